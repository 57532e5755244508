package main

func runPolicyFloor(e *env, args []string) int {
	return fail(e, "runPolicyFloor", badf("not implemented yet"))
}
