package main

import (
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/reply"
)

// initConfig is the documented config "replylint init" writes: every
// setting at its default, with what it does.
//
//go:embed init.yaml
var initConfig []byte

const initUsage = `Usage: replylint init [--force] [DIR]

Writes a documented .replylint.yaml with every setting at its default,
and escalation.yaml, the example escalation matrix with Dutch defaults
for 'replylint triage', to DIR (default: the current directory; created
when it does not exist). Existing files are left alone unless --force
is given.

Flags:
`

func runInit(args []string, e *env) int {
	fs := flag.NewFlagSet("replylint init", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), initUsage)
		fs.PrintDefaults()
	}
	force := fs.Bool("force", false, "overwrite an existing config")
	rest, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(rest) > 1 {
		return usageError(e, "init takes one directory, got %d", len(rest))
	}
	dir := "."
	if len(rest) == 1 {
		dir = rest[0]
	}
	switch st, err := os.Stat(dir); {
	case errors.Is(err, os.ErrNotExist):
		// A new team's directory: made, with its parents.
		if err := os.MkdirAll(dir, 0o755); err != nil {
			printLine(e.stderr, fileError(dir, err).Error())
			return exitError
		}
		fmt.Fprintf(e.stdout, "created %s\n", dir)
	case err != nil:
		printLine(e.stderr, fileError(dir, err).Error())
		return exitError
	case !st.IsDir():
		return usageError(e, "init: %s is not a directory", dir)
	}
	path := filepath.Join(dir, lint.ConfigFileNames[0])
	for _, name := range lint.ConfigFileNames {
		p := filepath.Join(dir, name)
		if _, err := os.Lstat(p); err == nil && (!*force || p != path) {
			if *force {
				// --force replaces .replylint.yaml, never a config of
				// another name that would then be shadowed.
				printLine(e.stderr, fmt.Sprintf("replylint: %s already exists; remove it first, or edit it", p))
			} else {
				printLine(e.stderr, fmt.Sprintf("replylint: %s already exists; use --force to overwrite it", p))
			}
			return exitError
		}
	}
	matrix := filepath.Join(dir, reply.MatrixFileName)
	if _, err := os.Lstat(matrix); err == nil && !*force {
		printLine(e.stderr, fmt.Sprintf("replylint: %s already exists; use --force to overwrite it", matrix))
		return exitError
	}
	for _, f := range []struct {
		path string
		data []byte
	}{{path, initConfig}, {matrix, reply.ExampleMatrix()}} {
		if err := writeNew(f.path, f.data, *force); err != nil {
			printLine(e.stderr, err.Error())
			return exitError
		}
		fmt.Fprintf(e.stdout, "wrote %s\n", f.path)
	}
	return exitOK
}

// writeNew writes a file that must not exist yet, unless force is set.
func writeNew(path string, data []byte, force bool) error {
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("replylint: %s already exists; use --force to overwrite it", path)
		}
		return fileError(path, err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fileError(path, err)
	}
	return nil
}
