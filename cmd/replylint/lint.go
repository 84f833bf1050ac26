package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/replylint/replylint/internal/drive"
	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/internal/report"
	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

const lintUsage = `Usage: replylint [flags] [FILE|DIR|-]...

Lints webcare replies. A .txt file is a reply; a .md file is a reply with
optional front matter (in_reply_to, channel, lang, kind, customer, agent, date); a .jsonl
file holds one record per line ({"id", "reply", "in_reply_to", "channel",
"lang", "kind", "customer", "agent", "date"}); a .csv file one record per
row under a header row (see --columns). A directory lints the .txt, .md,
.jsonl and .csv files under it (see --exclude). No file or "-" reads a
reply from stdin.

Front matter and record fields win over --lang, --channel, --kind,
--customer and --in-reply-to, which set what a reply leaves open.

Other commands:
  replylint rules [--format text|json]   list the rules
  replylint score [flags] [FILE|-]        show a reply's scorecard
  replylint report [flags] [FILE|DIR]...  a team report (HTML, JSON, Markdown)
  replylint lsp                           run the language server on stdio
  replylint init [--force] [DIR]          write .replylint.yaml and escalation.yaml
  replylint triage [flags] [FILE|-]       triage a customer's message
  replylint draft [flags] [FILE|-]        draft a first reply
  replylint serve [--addr HOST:PORT]      the agents' web page on this machine

Flags:
`

// options are the flags of the lint and score commands.
type options struct {
	format     string
	lang       string
	channel    string
	kind       string
	customer   string
	inReplyTo  string
	failLevel  string
	configPath string
	stdinName  string
	noColor    bool
	version    bool
	jobs       int
	// exclude are globs of paths to skip in directories; columns say
	// where a .csv file holds the fields; progress is auto, always or
	// never.
	exclude  stringList
	columns  input.Columns
	progress string
}

// bulkFlags adds the flags of runs over many replies, shared by lint and
// report.
func (o *options) bulkFlags(fs *flag.FlagSet) {
	fs.IntVar(&o.jobs, "j", runtime.GOMAXPROCS(0), "replies linted at once (at most 4 per core: more only costs memory)")
	fs.Var(&o.exclude, "exclude", "`GLOB` of files or directories to skip under a directory argument, matched against\nthe path below it and the base name (repeatable, or comma-separated)")
	o.columns = input.Columns{}
	fs.Var(o.columns, "columns", "where a .csv file holds the fields, as `FIELD=COLUMN,...` (a header name or number);\nfields: "+strings.Join(input.CSVFields, ", "))
	fs.StringVar(&o.progress, "progress", "auto", "progress line on stderr: auto (on a terminal, for runs over a second), always or never")
}

// checkBulk checks the flags bulkFlags adds.
func (o *options) checkBulk(e *env) int {
	if o.jobs < 1 {
		return usageError(e, "-j %d: want 1 or more", o.jobs)
	}
	// Linting is CPU work: workers beyond a few per core add no speed,
	// only replies in memory.
	o.jobs = min(o.jobs, maxJobs())
	for _, g := range o.exclude {
		if _, err := path.Match(g, ""); err != nil {
			return usageError(e, "--exclude %q: %v", g, err)
		}
	}
	switch o.progress {
	case "auto", "always", "never":
	default:
		return usageError(e, "--progress %q: want auto, always or never", o.progress)
	}
	return exitOK
}

// maxJobs is the most workers a run uses: 4 per core the process may
// use (GOMAXPROCS).
func maxJobs() int { return 4 * runtime.GOMAXPROCS(0) }

// contextFlags adds the flags that describe the reply and its config,
// shared by lint and score.
func (o *options) contextFlags(fs *flag.FlagSet) {
	fs.StringVar(&o.lang, "lang", "", "reply language: nl, en or auto (default auto)")
	fs.StringVar(&o.channel, "channel", "", "channel: public, private or email (default public)")
	fs.StringVar(&o.kind, "kind", "", "kind of reply: reply, holding or statement (default reply)")
	fs.StringVar(&o.customer, "customer", "", "the customer's name or handle")
	fs.StringVar(&o.inReplyTo, "in-reply-to", "", "`FILE` (or - for stdin) with the customer's message the reply answers")
	fs.StringVar(&o.configPath, "config", "", "config `PATH` (default: .replylint.yaml in the reply's directory or a parent)")
	fs.StringVar(&o.stdinName, "stdin-filename", "", "`NAME` of the reply read from stdin, for output and to find the config")
	fs.BoolVar(&o.noColor, "no-color", false, "no colour in text output (also: NO_COLOR=1)")
}

// prepareLang is the lexicon to load ahead: the one --lang names, else
// Dutch (English loads when a reply needs it).
func prepareLang(lang string) string {
	if lang == "en" {
		return "en"
	}
	return "nl"
}

func runLint(ctx context.Context, args []string, e *env) int {
	var o options
	fs := flag.NewFlagSet("replylint", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), lintUsage)
		fs.PrintDefaults()
	}
	fs.StringVar(&o.format, "format", "text", "output format: "+strings.Join(report.Formats, ", "))
	fs.StringVar(&o.failLevel, "fail-level", "", "lowest severity that fails the run: info, warning or error (default from the config, else warning)")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	o.bulkFlags(fs)
	o.contextFlags(fs)
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(err)
	}
	if o.version {
		fmt.Fprintln(e.stdout, "replylint", version())
		return exitOK
	}
	if !slices.Contains(report.Formats, o.format) {
		return usageError(e, "unknown --format %q (want %s)", o.format, strings.Join(report.Formats, ", "))
	}
	// The punkt model, the lexicon and the messages load on the other core
	// while this one finds the config and reads the input.
	go lint.Prepare(prepareLang(o.lang))
	if code := o.checkBulk(e); code != exitOK {
		return code
	}
	l, code := newLinter(&o, files, e)
	if l == nil {
		return code
	}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	f, err := report.New(o.format, w, report.Options{Color: l.color(e), Version: version()})
	if err != nil {
		return usageError(e, "--format: %v", err)
	}
	l.startProgress(files)
	code = l.lintAll(ctx, files, f, w)
	if err := w.Flush(); err != nil {
		printLine(e.stderr, "replylint: "+err.Error())
		return exitError
	}
	return code
}

// linter is one run over the inputs: the options, the defaults they set
// for every reply, and the configs found so far.
type linter struct {
	opts     *options
	env      *env
	defaults tone.Input
	// configs finds the config of each directory, or holds --config.
	configs *drive.Configs
	// failLevel is --fail-level; 0 means the config's.
	failLevel lint.Severity

	// stderr is where messages go: through the progress line, which it
	// clears first, when there is one.
	stderr   io.Writer
	progress *progress
	// printed are the broken configs named on stderr so far.
	printed map[string]bool
}

// newLinter checks the options for a run over files. It returns nil and
// the exit status when they are wrong.
func newLinter(o *options, files []string, e *env) (*linter, int) {
	l := &linter{opts: o, env: e, configs: &drive.Configs{Static: true, Name: shortPath}, stderr: e.stderr, printed: map[string]bool{}}
	for _, kv := range [][2]string{{"lang", o.lang}, {"channel", o.channel}, {"kind", o.kind}} {
		if _, err := input.CheckValue(kv[0], kv[1]); err != nil {
			return nil, usageError(e, "--%s", err)
		}
	}
	l.defaults.Lang, _ = input.CheckValue("lang", o.lang)
	l.defaults.Channel, _ = input.CheckValue("channel", o.channel)
	l.defaults.Kind, _ = input.CheckValue("kind", o.kind)
	l.defaults.Customer = o.customer
	if o.failLevel != "" {
		sev, err := lint.ParseSeverity(o.failLevel)
		if err != nil {
			return nil, usageError(e, "--fail-level: %v", err)
		}
		l.failLevel = sev
	}
	stdin := 0
	for _, f := range files {
		if f == "-" {
			stdin++
		}
	}
	if len(files) == 0 {
		if e.stdinTTY {
			// Waiting for a reply typed at the terminal is rarely meant;
			// "replylint -" still does it.
			return nil, usageError(e, "no reply given: name files or directories, or pipe a reply to stdin")
		}
		stdin = 1
	}
	if stdin > 1 {
		return nil, usageError(e, "stdin (-) given more than once")
	}
	if o.stdinName != "" && stdin == 0 {
		return nil, usageError(e, "--stdin-filename names stdin, but no reply is read from stdin")
	}
	if o.inReplyTo != "" {
		if len(files) > 1 {
			return nil, usageError(e, "--in-reply-to gives the customer's message for a single reply, not %d inputs", len(files))
		}
		name := o.stdinName
		if len(files) == 1 && files[0] != "-" {
			name = files[0]
			if st, err := os.Stat(name); err == nil && st.IsDir() {
				return nil, usageError(e, "--in-reply-to gives the customer's message for a single reply, not a directory")
			}
		}
		switch input.FormatOf(name) {
		case input.JSONL:
			return nil, usageError(e, "--in-reply-to does not apply to .jsonl records; give each its \"in_reply_to\"")
		case input.CSV:
			return nil, usageError(e, "--in-reply-to does not apply to .csv records; give them an in_reply_to column")
		}
		if o.inReplyTo == "-" && stdin > 0 {
			return nil, usageError(e, "the reply and --in-reply-to cannot both come from stdin")
		}
		text, err := readIncoming(o.inReplyTo, e)
		if err != nil {
			printLine(e.stderr, err.Error())
			return nil, exitError
		}
		l.defaults.Incoming = text
	}
	if o.configPath != "" {
		l.configs.Path = o.configPath
		if _, err := l.configs.For("."); err != nil {
			printLine(e.stderr, configMessage(o.configPath, err))
			return nil, exitError
		}
	}
	return l, exitOK
}

// configMessage names the config file in an error; a *lint.ConfigError
// does so itself, with the line.
func configMessage(path string, err error) string {
	var ce *lint.ConfigError
	var de *drive.ConfigDirError
	var pe *os.PathError
	switch {
	case errors.As(err, &ce):
		return ce.Error()
	case errors.As(err, &de):
		return de.Error()
	case errors.As(err, &pe) && errors.Is(err, os.ErrNotExist):
		return fmt.Sprintf("%s: config file not found", pe.Path)
	case errors.As(err, &pe):
		return fmt.Sprintf("%s: %v", pe.Path, pe.Err)
	case path == "":
		return err.Error()
	}
	return fmt.Sprintf("%s: %v", path, err)
}

// color reports whether text output is coloured: only on a terminal, and
// neither NO_COLOR nor --no-color says otherwise.
func (l *linter) color(e *env) bool {
	return e.tty && !l.opts.noColor && e.getenv("NO_COLOR") == "" && e.getenv("TERM") != "dumb"
}

// configFor returns the config for a reply in file path: --config, or the
// .replylint.yaml found from the file's directory upwards, or the
// defaults.
func (l *linter) configFor(path string) (*lint.Config, error) {
	dir := "."
	if path != "" {
		dir = filepath.Dir(path)
	}
	t, err := l.configs.For(dir)
	if err != nil {
		return nil, &configError{msg: configMessage("", err)}
	}
	return t.Lint, nil
}

// shortPath makes an absolute path relative to the working directory when
// it is below it, for messages.
func shortPath(p string) string {
	if !filepath.IsAbs(p) {
		return p
	}
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	if rel, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return p
}

// configError is a broken config file found for a reply. It is printed
// once, however many replies it concerns.
type configError struct{ msg string }

func (e *configError) Error() string { return e.msg }

// failAt returns the severity at which a reply's findings fail the run.
func (l *linter) failAt(it *item) lint.Severity {
	if l.failLevel != 0 {
		return l.failLevel
	}
	if it.cfg != nil && it.cfg.FailLevel != 0 {
		return it.cfg.FailLevel
	}
	return lint.Warning
}

// item is one reply of the run, or an input that could not be read as
// one. Items are produced in input order, linted by workers, and
// reported in the same order.
type item struct {
	// path names the file in output ("<stdin>" or --stdin-filename for stdin).
	path string
	// skip is set for a file a directory walk passes over: its warnings
	// say why, and it is neither linted nor reported.
	skip bool
	// load is set for a .txt or .md file that a worker is to read;
	// regularOnly when it is to be a regular file (found by a walk).
	load, regularOnly bool
	// doc is set for .txt and .md replies; rec for records of an export.
	doc *input.Document
	rec *input.Record
	in  tone.Input
	cfg *lint.Config
	// warnings are printed on stderr before the reply's findings.
	warnings []string
	// err is an input or config error: the item is not linted.
	err error
	res lint.Result
	// file is the result placed in the file, for the formatters.
	file *report.File
	// dateErr is why the team report could not read the reply's date.
	dateErr error
}

// lintAll lints every input with -j workers and reports the results in
// input order. On an interrupt it reports the replies that were done and
// returns exitInterrupted.
func (l *linter) lintAll(ctx context.Context, files []string, f report.Formatter, w *bufio.Writer) int {
	var st stats
	f.Begin()
	interrupted := l.pipeline(ctx, files, nil, func(it *item) {
		l.printMessages(it, w)
		if it.skip {
			return
		}
		if it.err != nil {
			st.Add(it.file)
		} else {
			st.add(it.file, l.failAt(it))
		}
		f.File(it.file)
	})
	l.progress.stop()
	f.End(st.Summary)
	switch {
	case interrupted:
		w.Flush()
		fmt.Fprintln(l.stderr, "replylint: interrupted")
		return exitInterrupted
	case st.Errors > 0:
		return exitError
	case st.failing > 0:
		return exitFindings
	}
	return exitOK
}

// printMessages prints an item's warnings and error on stderr, after what
// stdout holds so far, so the two read in order on a terminal. A broken
// config is named once, however many replies it concerns.
func (l *linter) printMessages(it *item, w *bufio.Writer) {
	flush := func() {
		if w != nil {
			w.Flush()
		}
	}
	for _, m := range it.warnings {
		flush()
		printLine(l.stderr, m)
	}
	if it.err == nil {
		return
	}
	var ce *configError
	if errors.As(it.err, &ce) {
		if l.printed[ce.msg] {
			return
		}
		l.printed[ce.msg] = true
	}
	flush()
	printLine(l.stderr, it.err.Error())
}

// lintItem lints one reply. A panic in a rule becomes an error for that
// reply, so one odd record does not end a bulk run.
func (l *linter) lintItem(it *item) {
	it.res, it.err = drive.Lint(it.where(), it.in, it.cfg)
}

// where names an item in messages: the path, and a record's line.
func (it *item) where() string {
	if it.rec != nil {
		return fmt.Sprintf("%s:%d", it.path, it.rec.Line)
	}
	return it.path
}

// stats are the run's totals for the summary and the exit status.
type stats struct {
	report.Summary
	failing int // findings at or above the fail level
}

func (s *stats) add(f *report.File, failAt lint.Severity) {
	s.Add(f)
	for _, fd := range f.Findings {
		if fd.Severity >= failAt {
			s.failing++
		}
	}
}
