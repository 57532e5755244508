package main

func runDeadline(e *env, args []string) int {
	return fail(e, "runDeadline", badf("not implemented yet"))
}

func runAbsence(e *env, args []string) int {
	return fail(e, "runAbsence", badf("not implemented yet"))
}

func runConversation(e *env, args []string) int {
	return fail(e, "runConversation", badf("not implemented yet"))
}
