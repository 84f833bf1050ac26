package main

import (
	"flag"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// update rewrites the expected output in the scripts' cmp files:
// go test ./cmd/replylint -run TestScripts -update. Review the diff.
var update = flag.Bool("update", false, "update the expected output of the test scripts")

// TestMain lets the test scripts run replylint as a command, in this test
// binary.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"replylint": main})
}

// TestScripts runs the CLI scripts in testdata/script: each shows a
// command, its input files, and the output and exit status expected.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *update,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"writebytes": writeBytes,
		},
		Setup: func(e *testscript.Env) error {
			e.Setenv("NO_COLOR", "")
			return nil
		},
	})
}

// writeBytes is a script command, "writebytes FILE QUOTED": it writes the
// Go-quoted string to FILE, for inputs a txtar file cannot hold (NUL
// bytes, invalid UTF-8).
func writeBytes(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: writebytes FILE QUOTED")
	}
	data, err := strconv.Unquote(`"` + strings.ReplaceAll(args[1], `"`, `\"`) + `"`)
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(data), 0o644))
}
