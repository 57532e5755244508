package main

func runWithdrawal(e *env, args []string) int {
	return fail(e, "runWithdrawal", badf("not implemented yet"))
}

func runQuote(e *env, args []string) int {
	return fail(e, "runQuote", badf("not implemented yet"))
}
