// Command replylint lints webcare replies: it scores a draft reply against
// proven webcare guidance and explains every finding at the exact place
// in the text.
//
// Usage:
//
//	replylint [flags] [FILE|DIR|-]...   lint replies (.txt, .md, .jsonl, .csv)
//	replylint rules [--format text|json] list the rules
//	replylint score [flags] [FILE|-]     show a reply's scorecard
//	replylint report [flags] [FILE|DIR|-]... a team report: HTML, JSON or Markdown
//	replylint lsp                        run the language server on stdio
//	replylint init [--force] [DIR]       write a documented .replylint.yaml and escalation.yaml
//	replylint triage [flags] [FILE|-]    triage a customer message (or a .jsonl batch)
//	replylint draft [flags] [FILE|-]     draft a first reply to a customer message
//	replylint serve [--addr HOST:PORT]   the agents' web page and JSON API on this machine
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
// line.
//
// Exports of many replies are streamed, in memory that does not grow
// with the file, and linted by -j workers (at most 4 per core; the
// replies read ahead of the output hold about 32 MB at most); the results
// come in input order. A .jsonl file holds one record per line, {"id", "reply",
// "in_reply_to", "channel", "lang", "kind", "customer", "agent", "date"}
// (other keys are ignored). A .csv file has a header row and one record
// per row; a field may be quoted, span lines and hold "" for a quote, and
// the separator is the one the header uses (comma, semicolon or tab). Its
// columns are found by their header names (for the reply: reply,
// antwoord, answer, tekst, text, message…; see input.DefaultColumns) or named with
// --columns reply=Tekst,in_reply_to=Vraag,agent=3. A line or row that is
// not a valid record becomes an error record in its place, with its line,
// while the other records are linted. agent and date are read for the
// team report.
//
// A directory lints the .txt, .md, .jsonl and .csv files under it in
// lexical order, skipping hidden files and directories, files that are
// not regular (a FIFO, a device) and links to them or out of the
// directory (each with a line on stderr; a link to a file in the tree is
// read), and what an --exclude glob matches: the path
// below the directory argument (with slashes) or the base name, e.g.
// --exclude 'drafts/*,*.bak.txt'. A directory without such files is an
// input error, so that a wrong path in a CI job fails. No argument or "-" reads stdin;
// --stdin-filename names it in output, picks its format by extension and
// is where the config is looked for.
//
// Front matter and record fields win over --lang, --channel, --kind,
// --customer and --in-reply-to: the flags fill in what a reply leaves
// open. --in-reply-to applies to a single .txt or .md reply only.
//
// A reply of white space only is an input error ("empty reply"), as is a
// file with NUL bytes (skipped as not text) and a reply larger than the
// config's max_reply_bytes (for an export: a longer record). Invalid
// UTF-8 is linted anyway, with a warning on stderr that gives the line,
// column and byte offset; a file with no valid text at all is an input
// error. In .jsonl records such bytes read as U+FFFD. A byte order mark
// is not part of the reply. An export without records is no error.
//
// # Output
//
// --format text (the default) shows each finding with its source line and
// carets under the words, then a summary; colour only on a terminal
// without NO_COLOR or --no-color. --format line prints
// "path:line:col: severity: rule: message". --format json prints
// {"files": [...]} and --format jsonl one file object per line:
// {"path", "lang", "score", "findings"}, plus "id" and "line" (the
// record's line in the file) for records of an export, and {"path",
// "line", "error"} for an input that was not linted.
//
// Positions point into the file: past the front matter of a .md file, and
// for a record of an export in text and line output at the line and
// column of the words inside the JSON string or the CSV field (a quoted
// field may span lines). In json and jsonl output a record's findings
// keep their positions in the record's reply, where a tool that reads the
// record can use them.
//
// Messages about inputs and configs go to stderr, naming the file and
// line; with several inputs the others are still linted. The exit status
// is 0 when no finding is at or above the fail level (--fail-level, else
// the config's fail_level, else warning), 1 when one is, 2 on a usage,
// config or input error, and 130 when interrupted: on ^C replylint reports
// the replies that were done, in order, closes the JSON document and
// stops.
//
// A run that takes longer than a second shows a progress line on stderr
// when stderr is a terminal: the replies done and their rate, and the
// share done and the time left when the size of the work is known (the
// files to read, or the bytes of a single export). --progress always
// shows it anyway, --progress never never.
//
// # Team report
//
// "replylint report" reads the inputs the same way and writes one report
// of the team's replies (package internal/teamreport): --format html (a
// page that opens without a network), json or md, to stdout or -o FILE,
// in Dutch or English (--lang). The agent is a record's agent, else the
// reply's sign-off; the date a record's date. It exits 0 when the report
// was written from every input, whatever the findings; 2 on a usage or
// config error, an input that could not be read (the report is written
// from the rest) or a report that could not be written; 130 when
// interrupted, without writing.
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
	"runtime/pprof"
	"time"

	"github.com/replylint/replylint/cmd/replylint/internal/interrupt"
	"github.com/replylint/replylint/internal/report"
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
	// tty is set when stdout is a terminal, stdinTTY when stdin is and
	// stderrTTY when stderr is (for the progress line).
	tty       bool
	stdinTTY  bool
	stderrTTY bool
	getenv    func(string) string
	// progressDelay replaces the second a run goes before it shows
	// progress; for tests.
	progressDelay time.Duration
}

func main() {
	// A run's live heap is small (lexicons, the punkt model, a window of
	// records) and nearly all garbage is per reply, so the collector may
	// wait until the heap is three times the live heap rather than twice:
	// about 8% less CPU in bulk runs, peak RSS still about 35 MB (bench/run.sh).
	// GOGC in the environment wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	// The handler has been in place since the program started (package
	// interrupt); a second interrupt ends the process at once.
	ctx, cancel := context.WithCancel(context.Background())
	stop, ok := interrupt.Notify(cancel)
	if !ok { // a test binary running main: catch it from here on
		ctx, stop = signal.NotifyContext(ctx, os.Interrupt)
	}
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, tty: isTerminal(os.Stdout),
		stdinTTY: isTerminal(os.Stdin), stderrTTY: isTerminal(os.Stderr), getenv: os.Getenv}
	stopProfile := startProfile(e)
	code := run(ctx, os.Args[1:], e)
	stopProfile()
	stop()
	cancel()
	os.Exit(code)
}

// startProfile writes a CPU profile to the file REPLYLINT_CPUPROFILE
// names, for "go tool pprof"; an undocumented aid to speed work. It
// returns the function that ends the profile.
func startProfile(e *env) func() {
	path := e.getenv("REPLYLINT_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintln(e.stderr, "replylint: REPLYLINT_CPUPROFILE:", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
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
		case "report":
			return runReport(ctx, args[1:], e)
		case "lsp":
			return runLSP(ctx, args[1:], e)
		case "init":
			return runInit(args[1:], e)
		case "triage":
			return runTriage(args[1:], e)
		case "draft":
			return runDraft(args[1:], e)
		case "serve":
			return runServe(ctx, args[1:], e)
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
	printLine(e.stderr, fmt.Sprintf("replylint: "+format, args...))
	fmt.Fprintln(e.stderr, "Run 'replylint -h' for usage.")
	return exitError
}

// printLine writes a message line on stderr with the characters that
// would change what it says escaped (report.Printable): a file name with
// a newline or a terminal escape in it cannot forge a line.
func printLine(w io.Writer, msg string) {
	io.WriteString(w, report.Printable(msg)+"\n")
}

// version returns the module version the binary was built from, or
// "(devel)".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
