// Package archtest holds the test that keeps the package map of docs/design.md
// (version 2) true: imports point down only. It has no code of its own.
package archtest
