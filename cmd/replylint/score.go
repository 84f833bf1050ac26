package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/internal/report"
	"github.com/replylint/replylint/lint"
)

const scoreUsage = `Usage: replylint score [flags] [FILE|-]

Shows a reply's scorecard: the five parts (empathy, personal, clarity,
de-escalation, privacy), the total, and the three things that cost the
most points. The exit status is 0 unless the reply cannot be read.

Flags:
`

func runScore(ctx context.Context, args []string, e *env) int {
	var o options
	fs := flag.NewFlagSet("replylint score", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), scoreUsage)
		fs.PrintDefaults()
	}
	fs.StringVar(&o.format, "format", "text", "output format: text or json")
	o.contextFlags(fs)
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(err)
	}
	if o.format != "text" && o.format != "json" {
		return usageError(e, "unknown --format %q (want text or json)", o.format)
	}
	if len(files) > 1 {
		return usageError(e, "score reads one reply, got %d inputs", len(files))
	}
	name := o.stdinName
	if len(files) == 1 && files[0] != "-" {
		name = files[0]
		if st, err := os.Stat(name); err == nil && st.IsDir() {
			return usageError(e, "score reads one reply, not a directory; use 'replylint --format json %s'", name)
		}
	}
	if input.FormatOf(name).Stream() {
		return usageError(e, "score reads one reply; for the records of %s use 'replylint --format jsonl'", name)
	}
	o.jobs = 1
	go lint.Prepare(prepareLang(o.lang))
	l, code := newLinter(&o, files, e)
	if l == nil {
		return code
	}
	var it *item
	l.produce(ctx, files, emitFunc(func(x *item) bool { it = x; return true }))
	if ctx.Err() != nil {
		return exitInterrupted
	}
	if it == nil {
		return usageError(e, "no reply to score")
	}
	if it.load {
		l.load(it)
	}
	for _, m := range it.warnings {
		fmt.Fprintln(e.stderr, m)
	}
	if it.err == nil {
		l.lintItem(it)
	}
	if it.err != nil {
		fmt.Fprintln(e.stderr, it.err)
		return exitError
	}
	w := bufio.NewWriter(e.stdout)
	if o.format == "json" {
		w.Write(report.Marshal(it.report().Score, "", "  "))
		w.WriteString("\n")
	} else {
		writeScorecard(w, it, report.NewPalette(l.color(e)))
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(e.stderr, "replylint:", err)
		return exitError
	}
	return exitOK
}

// scorePart is one labelled bar of the scorecard.
type scorePart struct {
	label  string
	value  int
	weight int
}

// writeScorecard prints a scorecard for a person: five bars, the total,
// and the three things that cost the most points with their findings.
// Every cost is a finding's, so each is shown at its finding.
func writeScorecard(w *bufio.Writer, it *item, p report.Palette) {
	sc := it.res.Score
	wt := it.cfg.Weights
	if wt.Sum() == 0 {
		wt = lint.DefaultWeights()
	}
	fmt.Fprintf(w, "%s%s%s: score %s%d/100%s (%s)\n\n", p.Bold, it.path, p.Reset, p.Bold, sc.Total, p.Reset, it.res.Lang)
	for _, part := range lint.Parts() {
		fmt.Fprintf(w, "  %-14s %s %3d   weight %d%%\n", strings.ReplaceAll(part, "_", "-"), bar(p, sc.Part(part)), sc.Part(part), 100*wt.Of(part)/wt.Sum())
	}
	fmt.Fprintf(w, "  %-14s %s %s%3d%s\n", "total", bar(p, sc.Total), p.Bold, sc.Total, p.Reset)

	costs := sc.Costs()
	costs = costs[:min(3, len(costs))]
	if len(costs) == 0 {
		fmt.Fprintf(w, "\nNothing cost points.\n")
		return
	}
	fmt.Fprintf(w, "\nTo improve first:\n")
	file := it.report()
	for i, c := range costs {
		f := file.Findings[c.First]
		times := ""
		if c.Findings > 1 {
			times = fmt.Sprintf(", %d×", c.Findings)
		}
		fmt.Fprintf(w, "  %d. %s%s%s: %s −%d%s (line %d, column %d)\n", i+1, p.Bold, c.Rule, p.Reset,
			strings.ReplaceAll(c.Part, "_", "-"), -c.Points, times, f.Start.Line, f.Start.Column)
		fmt.Fprintf(w, "     %s\n", f.Message)
		for _, s := range f.Suggestions {
			fmt.Fprintf(w, "     %s→ %s%s\n", p.Green, s, p.Reset)
		}
	}
}

// bar draws a 0-100 value as 20 cells, coloured by how good it is.
func bar(p report.Palette, v int) string {
	const cellsWide = 20
	full := max(0, min(cellsWide, (v*cellsWide+50)/100))
	c := p.Green
	switch {
	case v < 50:
		c = p.Red
	case v < 80:
		c = p.Yellow
	}
	return c + strings.Repeat("█", full) + p.Reset + p.Dim + strings.Repeat("░", cellsWide-full) + p.Reset
}
