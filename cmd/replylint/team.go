package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/internal/teamreport"
)

const reportUsage = `Usage: replylint report [flags] [FILE|DIR|-]...

Lints the replies of a period and writes a team report: totals, the share
of replies in which each rule reported, a score histogram and the mean
score per day or week, per agent the replies, mean score and top rules, the
lowest-scoring replies and examples per rule. The inputs are read as the
lint command reads them: .txt, .md, .jsonl and .csv files, directories and
stdin. --format html (the default) is one page that opens without a
network; json and md hold the same numbers.

An agent is the record's "agent" (for .csv the column --columns names),
else the name the reply is signed with. A date is the record's "date":
2025-03-07, 2025-03-07T14:05:00+01:00, 2025-03-07 14:05 or 07-03-2025; a
date that is none of these is counted as undated, with a warning.

Exit status: 0 when the report was written from every input (findings do
not fail it); 2 on a usage or config error, when an input or record could
not be read (the report is written from the rest, the messages name file
and line) or when the report could not be written; 130 when interrupted,
and then nothing is written.

Flags:
`

// maxDateWarnings is how many undated records are named on stderr, one by
// one; a count says how many more there were.
const maxDateWarnings = 10

// reportOptions are the flags of the report command that lint lacks.
type reportOptions struct {
	format, out, lang, title, period string
}

func runReport(ctx context.Context, args []string, e *env) int {
	var o options
	var ro reportOptions
	fs := flag.NewFlagSet("replylint report", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), reportUsage)
		fs.PrintDefaults()
	}
	fs.StringVar(&ro.format, "format", "html", "report format: html, json or md")
	fs.StringVar(&ro.out, "o", "", "write the report to `FILE` (default: stdout)")
	fs.StringVar(&ro.lang, "lang", "nl", "language of the report: nl or en")
	fs.StringVar(&ro.title, "title", "", "the report's heading (default: the language's)")
	fs.StringVar(&ro.period, "period", "", "step of the score over time: day or week (default: by the span of the dates)")
	fs.StringVar(&o.lang, "reply-lang", "", "language of replies that do not say: nl, en or auto (default auto)")
	fs.StringVar(&o.channel, "channel", "", "channel of replies that do not say: public, private or email (default public)")
	fs.StringVar(&o.kind, "kind", "", "kind of replies that do not say: reply, holding or statement (default reply)")
	fs.StringVar(&o.configPath, "config", "", "config `PATH` (default: .replylint.yaml in each reply's directory or a parent)")
	fs.StringVar(&o.stdinName, "stdin-filename", "", "`NAME` of the input read from stdin, for its format and to find the config")
	o.bulkFlags(fs)
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(err)
	}
	if !slices.Contains([]string{"html", "json", "md"}, ro.format) {
		return usageError(e, "unknown --format %q (want html, json or md)", ro.format)
	}
	if code := o.checkBulk(e); code != exitOK {
		return code
	}
	b, err := teamreport.NewBuilder(teamreport.Options{Lang: ro.lang, Title: ro.title, Period: ro.period})
	if err != nil {
		msg := err.Error()
		switch {
		case strings.Contains(msg, "language"):
			msg = "--lang: " + msg
		case strings.Contains(msg, "period"):
			msg = "--period: " + msg
		}
		return usageError(e, "%s", msg)
	}
	l, code := newLinter(&o, files, e)
	if l == nil {
		return code
	}
	out, err := openReport(ro.out)
	if err != nil {
		printLine(e.stderr, "replylint: "+err.Error())
		return exitError
	}
	defer out.discard()
	l.startProgress(files)

	errs, undated := 0, 0
	interrupted := l.pipeline(ctx, files, func(it *item) { addToReport(b, it) }, func(it *item) {
		if it.err == nil && it.dateErr != nil {
			if undated++; undated <= maxDateWarnings {
				_, _, line := it.sender()
				printLine(l.stderr, fmt.Sprintf("%s:%d: warning: %v; counted as undated", it.path, line, it.dateErr))
			}
		}
		l.printMessages(it, nil)
		if it.err != nil {
			errs++
		}
	})
	l.progress.stop()
	if undated > maxDateWarnings {
		fmt.Fprintf(e.stderr, "replylint: %d more records with a date that is not understood; counted as undated\n", undated-maxDateWarnings)
	}
	if interrupted {
		fmt.Fprintln(e.stderr, "replylint: interrupted; no report written")
		return exitInterrupted
	}
	if err := writeReport(b.Report(), ro.format, out, e); err != nil {
		printLine(e.stderr, "replylint: "+err.Error())
		return exitError
	}
	if errs > 0 {
		return exitError
	}
	return exitOK
}

// addToReport adds a linted reply to the report, in a worker.
func addToReport(b *teamreport.Builder, it *item) {
	rec := teamreport.Record{Path: it.path, Reply: it.in.Text, Result: it.res}
	if it.rec != nil {
		rec.ID = input.IDText(it.rec.ID)
	}
	agent, date, _ := it.sender()
	rec.Agent = agent
	if date != "" {
		// A bad date is undated, with a warning when the item is reported.
		rec.Date, it.dateErr = teamreport.ParseDate(date)
	}
	b.Add(rec)
}

// sender returns who sent a reply and when, as its record or front matter
// gives them, and the line that gives the date.
func (it *item) sender() (agent, date string, line int) {
	switch {
	case it.rec != nil:
		return it.rec.Agent, it.rec.Date, it.rec.Line
	case it.doc != nil:
		return it.doc.Agent, it.doc.Date, it.doc.DateLine
	}
	return "", "", 0
}

// reportFile is where -o FILE writes: a temporary file next to it,
// made before the run so that a directory that is not there fails at
// once, and renamed over FILE only when the whole report is written; an
// interrupted or failed run leaves FILE as it was.
type reportFile struct {
	name string
	tmp  *os.File
}

// openReport prepares -o FILE; nil for stdout.
func openReport(name string) (*reportFile, error) {
	if name == "" || name == "-" {
		return nil, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return &reportFile{name: name, tmp: tmp}, nil
}

// commit puts the written report in place.
func (r *reportFile) commit() error {
	if err := r.tmp.Chmod(0o644); err != nil {
		return err
	}
	if err := r.tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(r.tmp.Name(), r.name); err != nil {
		return err
	}
	r.tmp = nil
	return nil
}

// discard removes the temporary file of a report that was not committed.
func (r *reportFile) discard() {
	if r != nil && r.tmp != nil {
		r.tmp.Close()
		os.Remove(r.tmp.Name())
	}
}

// writeReport renders the report to -o FILE, or to stdout when out is
// nil.
func writeReport(r *teamreport.Report, format string, out *reportFile, e *env) error {
	var w io.Writer = e.stdout
	name := "stdout"
	if out != nil {
		w, name = out.tmp, out.name
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var err error
	switch format {
	case "json":
		err = r.WriteJSON(bw)
	case "md":
		err = r.WriteMarkdown(bw)
	default:
		err = r.WriteHTML(bw)
	}
	if err == nil {
		err = bw.Flush()
	}
	if err == nil && out != nil {
		err = out.commit()
	}
	if err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}
