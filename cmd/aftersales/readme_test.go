package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadmeCommandsRun runs every `go run ./cmd/aftersales …` line of the
// README's sh blocks in-process, from the repository root, and wants exit
// status 0: every command the README shows runs as it stands from a fresh
// clone (its input files are under examples/data/).
func TestReadmeCommandsRun(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	tmp := t.TempDir()
	outputs := map[string]string{} // a file a command wrote with "> name" → its temp path
	n := 0
	for _, line := range shLines(string(readme)) {
		stdin := ""
		if before, after, ok := strings.Cut(line, "| go run ./cmd/aftersales "); ok {
			words := shellWords(before)
			if len(words) < 1 || words[0] != "echo" {
				t.Fatalf("unsupported pipe in README line %q", line)
			}
			stdin = strings.Join(words[1:], " ") + "\n"
			line = "go run ./cmd/aftersales " + after
		}
		rest, ok := strings.CutPrefix(line, "go run ./cmd/aftersales ")
		if !ok {
			continue
		}
		words := shellWords(rest)
		redirect := ""
		if i := indexOf(words, ">"); i >= 0 && i+1 < len(words) {
			redirect = words[i+1]
			words = words[:i]
		}
		for i, w := range words {
			if p, ok := outputs[w]; ok {
				words[i] = p
			}
		}
		var out, errs bytes.Buffer
		code := run(words, strings.NewReader(stdin), &out, &errs)
		if code != 0 {
			t.Errorf("README: %s\nexit %d: %s", line, code, errs.String())
		}
		if redirect != "" {
			p := filepath.Join(tmp, filepath.Base(redirect))
			if err := os.WriteFile(p, out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			outputs[redirect] = p
		}
		n++
	}
	if n < 20 {
		t.Errorf("ran %d README commands, want every one (at least 20)", n)
	}
}

// shLines returns the lines of the README's ```sh blocks, without
// comments and blank lines.
func shLines(md string) []string {
	var out []string
	in := false
	for _, l := range strings.Split(md, "\n") {
		switch {
		case strings.HasPrefix(l, "```sh"):
			in = true
			continue
		case strings.HasPrefix(l, "```"):
			in = false
			continue
		}
		if !in {
			continue
		}
		l = strings.TrimSpace(stripComment(l))
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// stripComment removes a " # comment" outside quotes.
func stripComment(l string) string {
	var q byte
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '\'' || c == '"':
			q = c
		case c == '#' && (i == 0 || l[i-1] == ' '):
			return l[:i]
		}
	}
	return l
}

// shellWords splits a command line as sh does for the README's simple
// lines: spaces separate words, single and double quotes group them.
func shellWords(s string) []string {
	var words []string
	var cur strings.Builder
	var q byte
	has := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case q != 0:
			if c == q {
				q = 0
			} else {
				cur.WriteByte(c)
			}
		case c == '\'' || c == '"':
			q, has = c, true
		case c == ' ' || c == '\t':
			if has || cur.Len() > 0 {
				words = append(words, cur.String())
				cur.Reset()
				has = false
			}
		default:
			cur.WriteByte(c)
		}
	}
	if has || cur.Len() > 0 {
		words = append(words, cur.String())
	}
	return words
}

func indexOf(words []string, w string) int {
	for i, x := range words {
		if x == w {
			return i
		}
	}
	return -1
}

func TestShellWords(t *testing.T) {
	got := shellWords(`test policy/x.jsonl --run '^opisto-' -v "a b"`)
	want := []string{"test", "policy/x.jsonl", "--run", "^opisto-", "-v", "a b"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("shellWords = %q, want %q", got, want)
	}
	if got := stripComment(`go run x > o.json     # a starting point`); strings.TrimSpace(got) != "go run x > o.json" {
		t.Errorf("stripComment = %q", got)
	}
}
