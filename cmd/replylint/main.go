// Command replylint lints webcare replies: it scores a draft reply against
// proven webcare guidance and explains every finding at the exact place
// in the text.
//
// Usage:
//
//	replylint [flags] [FILE|DIR|-]...   lint replies (.txt, .md, .jsonl)
//	replylint rules [--format text|json] list the rules
//	replylint score [flags] [FILE|-]     show a reply's scorecard
//	replylint lsp                        run the language server on stdio
//	replylint init [--force] [DIR]       write a documented .replylint.yaml and escalation.yaml
//	replylint triage [flags] [FILE|-]    triage a customer message (or a .jsonl batch)
//	replylint draft [flags] [FILE|-]     draft a first reply to a customer message
//
// Run "replylint -h" for the flags; they may come before or after the
// files. A file named like a subcommand is linted as ./rules.
//
// # Inputs
//
// A .txt file is one reply. A .md file is one reply after optional YAML
// front matter with the keys in_reply_to (the text of the customer's
// message), channel, lang, kind and customer; an unknown key, a bad value
// or front matter that is never closed is an error naming the file and
// line. A .jsonl file holds one record per line, {"id", "reply",
// "in_reply_to", "channel", "lang", "kind", "customer"} (other keys are
// ignored); it is streamed, and a line that is not a valid record becomes
// an error record in its place while the other records are linted. A
// directory lints the .txt, .md and .jsonl files under it in lexical
// order, skipping hidden files and directories. No argument or "-" reads
// stdin; --stdin-filename names it in output, picks its format by
// extension and is where the config is looked for.
//
// Front matter and record fields win over --lang, --channel, --kind,
// --customer and --in-reply-to: the flags fill in what a reply leaves
// open. --in-reply-to applies to a single .txt or .md reply only.
//
// A reply of white space only is an input error ("empty reply"), as is a
// file with NUL bytes (skipped as not text) and a reply larger than the
// config's max_reply_bytes (for .jsonl: a longer line). Invalid UTF-8 is
// linted anyway, with a warning on stderr that gives the byte offset; in
// .jsonl records such bytes read as U+FFFD. A byte order mark is not part
// of the reply.
//
// # Output
//
// --format text (the default) shows each finding with its source line and
// carets under the words, then a summary; colour only on a terminal
// without NO_COLOR or --no-color. --format line prints
// "path:line:col: severity: rule: message". --format json prints
// {"files": [...]} and --format jsonl one file object per line:
// {"path", "lang", "score", "findings"}, plus "id" and "line" (the
// record's line in the file) for .jsonl records, and {"path", "line",
// "error"} for an input that was not linted.
//
// Positions point into the file: past the front matter of a .md file, and
// for a .jsonl record in text and line output at the record's line and the
// column of the words inside the JSON string. In json and jsonl output a
// record's findings keep their positions in the record's reply, where a
// tool that reads the record can use them.
//
// Messages about inputs and configs go to stderr, naming the file and
// line; with several inputs the others are still linted. The exit status
// is 0 when no finding is at or above the fail level (--fail-level, else
// the config's fail_level, else warning), 1 when one is, 2 on a usage,
// config or input error, and 130 when interrupted: on ^C replylint reports
// the replies that were done, in order, closes the JSON document and
// stops.
//
// --format sarif, rdjson, rdjsonl, checkstyle and github are for CI: SARIF
// 2.1.0 for code scanning, reviewdog's diagnostic format, Checkstyle XML
// and GitHub Actions annotations. Their columns are in the unit each
// format expects (internal/report documents them): UTF-16 code units for
// sarif and github, UTF-8 bytes for rdjson, code points for checkstyle.
//
// # Editors and hooks
//
// "replylint lsp" is a language server over stdio (package internal/lsp).
// .pre-commit-hooks.yaml at the repository root runs replylint on the
// staged .txt and .md files.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
)

// Exit statuses.
const (
	exitOK          = 0
	exitFindings    = 1
	exitError       = 2
	exitInterrupted = 130
)

// env is the process around a run: its streams and environment. main
// fills it from the os package; tests fill it themselves.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// tty is set when stdout is a terminal, stdinTTY when stdin is.
	tty      bool
	stdinTTY bool
	getenv   func(string) string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	go func() {
		<-ctx.Done()
		stop() // a second interrupt ends the process at once
	}()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, tty: isTerminal(os.Stdout),
		stdinTTY: isTerminal(os.Stdin), getenv: os.Getenv}
	code := run(ctx, os.Args[1:], e)
	stop()
	os.Exit(code)
}

// isTerminal reports whether f is a character device, without a
// dependency on golang.org/x/term.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// run runs replylint with the arguments after the program name and returns
// the exit status.
func run(ctx context.Context, args []string, e *env) int {
	if len(args) > 0 {
		switch args[0] {
		case "rules":
			return runRules(args[1:], e)
		case "score":
			return runScore(ctx, args[1:], e)
		case "lsp":
			return runLSP(ctx, args[1:], e)
		case "init":
			return runInit(args[1:], e)
		case "triage":
			return runTriage(args[1:], e)
		case "draft":
			return runDraft(args[1:], e)
		}
	}
	return runLint(ctx, args, e)
}

// parseInterleaved parses flags that may come before, between or after
// the file arguments, as in "replylint reply.txt --format json". A "--"
// ends the flags; "-" is stdin, an argument.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return files, nil
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(files, rest...), nil
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

// flagError reports a usage error: the flag package has printed the
// problem and the usage already, except for -h, which is no error.
func flagError(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitError
}

// usageError prints a usage problem found after flag parsing.
func usageError(e *env, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "replylint: "+format+"\n", args...)
	fmt.Fprintln(e.stderr, "Run 'replylint -h' for usage.")
	return exitError
}

// version returns the module version the binary was built from, or
// "(devel)".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
