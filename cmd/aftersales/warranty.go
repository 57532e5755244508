package main

func runWarranty(e *env, args []string) int {
	return fail(e, "runWarranty", badf("not implemented yet"))
}
