package main

func runPolicyFloor(e *env, args []string) int {
	return fail(e, "runPolicyFloor", badf("not implemented yet"))
}

func runReplay(e *env, args []string) int {
	return fail(e, "replay", badf("not implemented yet"))
}

func runTest(e *env, args []string) int {
	return fail(e, "test", badf("not implemented yet"))
}
