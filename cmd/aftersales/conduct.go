package main

func runScreen(e *env, args []string) int {
	return fail(e, "screen", badf("not implemented yet"))
}

func runListing(e *env, args []string) int {
	return fail(e, "listing", badf("not implemented yet"))
}
