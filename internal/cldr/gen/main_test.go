package main

import (
	"os"
	"regexp"
	"testing"
)

// TestDataIsUpToDate regenerates data.go from the npm packages in
// $CLDR_SRC (internal/cldr/gen/fetch.sh prints the directory) and compares
// it with the committed file, ignoring the generation date. Without
// CLDR_SRC it skips: tests never reach the network.
func TestDataIsUpToDate(t *testing.T) {
	src := os.Getenv("CLDR_SRC")
	if src == "" {
		t.Skip("set CLDR_SRC to the node_modules directory of fetch.sh to check data.go")
	}
	got, err := generate(src)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../data.go")
	if err != nil {
		t.Fatal(err)
	}
	date := regexp.MustCompile(`(?m)^// Generated on .*$`)
	if string(date.ReplaceAll(got, nil)) != string(date.ReplaceAll(want, nil)) {
		t.Error("internal/cldr/data.go is not what the generator writes from $CLDR_SRC: regenerate it")
	}
}
