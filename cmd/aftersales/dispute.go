package main

func runEscalation(e *env, args []string) int {
	return fail(e, "runEscalation", badf("not implemented yet"))
}

func runTakeover(e *env, args []string) int {
	return fail(e, "runTakeover", badf("not implemented yet"))
}

func runReference(e *env, args []string) int {
	return fail(e, "runReference", badf("not implemented yet"))
}
