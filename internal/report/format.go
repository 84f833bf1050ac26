package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/replylint/replylint/lint"
)

// Formatter writes the results of a run one file at a time, in input
// order: Begin, File for every reply and every input that was not
// linted, then End with the run's totals.
type Formatter interface {
	Begin()
	File(f *File)
	End(s Summary)
}

// Options are what a formatter needs besides the results.
type Options struct {
	// Color turns on ANSI colours in text output.
	Color bool
	// Version is the tool's version, for SARIF.
	Version string
}

// Formats are the format names New accepts, in the order help lists
// them.
var Formats = []string{"text", "line", "json", "jsonl", "sarif", "rdjson", "rdjsonl", "checkstyle", "github"}

// New returns the formatter of a format, writing to w.
func New(name string, w io.Writer, opt Options) (Formatter, error) {
	switch name {
	case "text":
		return &textFormat{w: w, p: NewPalette(opt.Color)}, nil
	case "line":
		return &lineFormat{w: w}, nil
	case "json":
		return &jsonFormat{w: w}, nil
	case "jsonl":
		return &jsonlFormat{w: w}, nil
	case "sarif":
		return &sarifFormat{w: w, version: opt.Version}, nil
	case "rdjson":
		return &rdjsonFormat{w: w}, nil
	case "rdjsonl":
		return &rdjsonFormat{w: w, lines: true}, nil
	case "checkstyle":
		return &checkstyleFormat{w: w}, nil
	case "github":
		return &githubFormat{w: w}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want %s)", name, strings.Join(Formats, ", "))
}

// Summary holds a run's totals.
type Summary struct {
	// Replies counts the replies linted, Errors the inputs that were not.
	Replies, Errors int
	// BySeverity counts the findings of each severity.
	BySeverity map[lint.Severity]int
	// LastScore is the score of the last reply.
	LastScore int
}

// Add counts a file in the totals.
func (s *Summary) Add(f *File) {
	if f.Err != nil {
		s.Errors++
		return
	}
	if s.BySeverity == nil {
		s.BySeverity = map[lint.Severity]int{}
	}
	s.Replies++
	s.LastScore = f.Result.Score.Total
	for _, fd := range f.Findings {
		s.BySeverity[fd.Severity]++
	}
}

// String is the last line of text output, e.g. "1 error, 2 warnings in
// 3 replies", or what was not linted.
func (s Summary) String() string {
	switch {
	case s.Replies == 0 && s.Errors > 0:
		return fmt.Sprintf("%d %s not linted", s.Errors, plural(s.Errors, "input", "inputs"))
	case s.Replies == 0:
		return "no replies to lint"
	}
	var parts []string
	for _, sev := range []lint.Severity{lint.Error, lint.Warning, lint.Info} {
		n := s.BySeverity[sev]
		if n == 0 {
			continue
		}
		name := sev.String()
		if n > 1 && sev != lint.Info {
			name += "s"
		}
		parts = append(parts, fmt.Sprintf("%d %s", n, name))
	}
	found := "no findings"
	if len(parts) > 0 {
		found = strings.Join(parts, ", ")
	}
	out := fmt.Sprintf("%s in %d %s", found, s.Replies, plural(s.Replies, "reply", "replies"))
	if s.Replies == 1 {
		out += fmt.Sprintf(" (score %d/100)", s.LastScore)
	}
	if s.Errors > 0 {
		out += fmt.Sprintf("; %d %s not linted", s.Errors, plural(s.Errors, "input", "inputs"))
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// messageWithSuggestions is a finding's message with its suggestions on
// the lines below, for formats that show one text per finding.
func messageWithSuggestions(f lint.Finding) string {
	var b strings.Builder
	b.WriteString(f.Message)
	for _, s := range f.Suggestions {
		b.WriteString("\n→ ")
		b.WriteString(s)
	}
	return b.String()
}
