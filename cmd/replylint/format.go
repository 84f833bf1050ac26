package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// formatter writes the results of a run, one item at a time, in input
// order. Input errors are printed on stderr by the caller; a formatter
// only records them where its format has a place for them.
type formatter interface {
	begin()
	reply(it *item)
	failure(it *item)
	end(st stats)
}

// formats are the --format values.
var formats = map[string]func(w *bufio.Writer, color bool) formatter{
	"text":  func(w *bufio.Writer, color bool) formatter { return &textFormat{w: w, p: newPalette(color)} },
	"line":  func(w *bufio.Writer, _ bool) formatter { return &lineFormat{w: w} },
	"json":  func(w *bufio.Writer, _ bool) formatter { return &jsonFormat{w: w} },
	"jsonl": func(w *bufio.Writer, _ bool) formatter { return &jsonlFormat{w: w} },
}

// filePosition returns the line and column in the file of a finding: a
// .md body starts after its front matter, and a .jsonl record's reply is
// a string on the record's line.
func (it *item) filePosition(f lint.Finding) (line, col int) {
	switch {
	case it.rec != nil:
		col, _ = it.rec.FilePosition(f.Offset)
		return it.rec.Line, col
	case it.doc != nil:
		return f.Line + it.doc.Line, f.Column
	}
	return f.Line, f.Column
}

// fileFindings returns the findings with positions in the file, for a
// .txt or .md reply. A .jsonl record's findings stay relative to its
// reply, where a tool reading the record can use them.
func (it *item) fileFindings() []lint.Finding {
	if it.doc == nil || (it.doc.Line == 0 && it.doc.Offset == 0) {
		return it.res.Findings
	}
	out := make([]lint.Finding, len(it.res.Findings))
	for i, f := range it.res.Findings {
		f.Line += it.doc.Line
		f.EndLine += it.doc.Line
		f.Offset += it.doc.Offset
		f.EndOffset += it.doc.Offset
		out[i] = f
	}
	return out
}

// fileScore returns the scorecard with its reasons' spans in the file,
// as fileFindings does for findings.
func (it *item) fileScore() tone.Scorecard {
	sc := it.res.Score
	if it.doc == nil || it.doc.Offset == 0 {
		return sc
	}
	sc.Reasons = make([]tone.Reason, len(it.res.Score.Reasons))
	for i, r := range it.res.Score.Reasons {
		r.Span.Start += it.doc.Offset
		r.Span.End += it.doc.Offset
		sc.Reasons[i] = r
	}
	return sc
}

// recordID returns a record's id for text output, unquoted.
func recordID(rec *input.Record) string {
	if rec == nil || len(rec.ID) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(rec.ID, &s) == nil {
		return s
	}
	return string(rec.ID)
}

// textFormat is the default output, for a person at a terminal: each
// finding with its source line, carets under the words, the message and
// the suggestions, then a summary.
type textFormat struct {
	w *bufio.Writer
	p palette
}

func (t *textFormat) begin()        {}
func (t *textFormat) failure(*item) {}

func (t *textFormat) reply(it *item) {
	if len(it.res.Findings) == 0 {
		return
	}
	text := it.in.Text
	starts := tone.LineStarts(text)
	p := t.p
	for _, f := range it.res.Findings {
		line, col := it.filePosition(f)
		fmt.Fprintf(t.w, "%s%s:%d:%d%s %s %s%s%s", p.bold, it.path, line, col, p.reset,
			p.severity(f.Severity), p.bold, f.Rule, p.reset)
		if id := recordID(it.rec); id != "" {
			fmt.Fprintf(t.w, " (id %s)", id)
		}
		t.w.WriteString("\n")

		// The source line of the reply, with carets under the span.
		src := lineOf(text, starts, f.Line)
		to := f.EndColumn
		if f.EndLine > f.Line {
			to = len([]rune(src)) + 1
		}
		shown, carets := caretLine(src, f.Column, to)
		gutter := ""
		if it.rec == nil {
			gutter = strconv.Itoa(line)
		}
		blank := strings.Repeat(" ", len(gutter))
		fmt.Fprintf(t.w, "  %s%s |%s %s\n", p.dim, gutter, p.reset, shown)
		fmt.Fprintf(t.w, "  %s%s |%s %s%s%s\n", p.dim, blank, p.reset, p.color(f.Severity), carets, p.reset)

		fmt.Fprintf(t.w, "  %s\n", f.Message)
		for _, s := range f.Suggestions {
			fmt.Fprintf(t.w, "  %s→ %s%s\n", p.green, s, p.reset)
		}
		t.w.WriteString("\n")
	}
}

func (t *textFormat) end(st stats) {
	switch {
	case st.replies == 0 && st.errors > 0:
		fmt.Fprintf(t.w, "%d %s not linted\n", st.errors, plural(st.errors, "input", "inputs"))
		return
	case st.replies == 0:
		fmt.Fprintln(t.w, "no replies to lint")
		return
	}
	fmt.Fprintln(t.w, st.summary())
}

// lineOf returns line n (1-based) of text without its line ending.
func lineOf(text string, starts []int, n int) string {
	if n < 1 || n > len(starts) {
		return ""
	}
	end := len(text)
	if n < len(starts) {
		end = starts[n] - 1
	}
	return strings.TrimSuffix(text[starts[n-1]:end], "\r")
}

// lineFormat is "path:line:col: severity: rule: message", for editors'
// error formats.
type lineFormat struct{ w *bufio.Writer }

func (l *lineFormat) begin()        {}
func (l *lineFormat) failure(*item) {}
func (l *lineFormat) end(stats)     {}

func (l *lineFormat) reply(it *item) {
	for _, f := range it.res.Findings {
		line, col := it.filePosition(f)
		msg := strings.ReplaceAll(f.Message, "\n", " ")
		fmt.Fprintf(l.w, "%s:%d:%d: %s: %s: %s\n", it.path, line, col, f.Severity, f.Rule, msg)
	}
}

// fileReport is the JSON object of one reply.
type fileReport struct {
	Path string          `json:"path"`
	ID   json.RawMessage `json:"id,omitempty"`
	// Line is a .jsonl record's line in the file.
	Line     int            `json:"line,omitempty"`
	Lang     string         `json:"lang"`
	Score    tone.Scorecard `json:"score"`
	Findings []lint.Finding `json:"findings"`
}

// errorReport is the JSON object of an input that was not linted.
type errorReport struct {
	Path  string          `json:"path"`
	ID    json.RawMessage `json:"id,omitempty"`
	Line  int             `json:"line,omitempty"`
	Error string          `json:"error"`
}

func report(it *item) any {
	if it.err != nil {
		r := errorReport{Path: it.path, Error: it.err.Error()}
		var ie *input.Error
		if errors.As(it.err, &ie) && ie.Path == it.path {
			r.Line, r.Error = ie.Line, ie.Msg
		} else if strings.HasPrefix(r.Error, it.path+": ") {
			r.Error = strings.TrimPrefix(r.Error, it.path+": ")
		}
		if it.rec != nil {
			r.ID, r.Line = it.rec.ID, it.rec.Line
		}
		return r
	}
	r := fileReport{Path: it.path, Lang: it.res.Lang, Score: it.fileScore(), Findings: it.fileFindings()}
	if it.rec != nil {
		r.ID, r.Line = it.rec.ID, it.rec.Line
	}
	return r
}

// marshal encodes v without escaping <, > and &, which replies use.
func marshal(v any, prefix, indent string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, indent)
	if err := enc.Encode(v); err != nil {
		return []byte(strconv.Quote(err.Error()))
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// jsonFormat is one document, {"files": [...]}, streamed one file object
// at a time so a large .jsonl input needs no memory for its output.
type jsonFormat struct {
	w *bufio.Writer
	n int
}

func (j *jsonFormat) begin() { j.w.WriteString("{\n  \"files\": [") }

func (j *jsonFormat) reply(it *item)   { j.write(report(it)) }
func (j *jsonFormat) failure(it *item) { j.write(report(it)) }

func (j *jsonFormat) write(v any) {
	if j.n > 0 {
		j.w.WriteString(",")
	}
	j.n++
	j.w.WriteString("\n    ")
	j.w.Write(marshal(v, "    ", "  "))
}

func (j *jsonFormat) end(stats) {
	if j.n > 0 {
		j.w.WriteString("\n  ")
	}
	j.w.WriteString("]\n}\n")
}

// jsonlFormat writes one file object per line.
type jsonlFormat struct{ w *bufio.Writer }

func (j *jsonlFormat) begin()           {}
func (j *jsonlFormat) end(stats)        {}
func (j *jsonlFormat) reply(it *item)   { j.write(report(it)) }
func (j *jsonlFormat) failure(it *item) { j.write(report(it)) }

func (j *jsonlFormat) write(v any) {
	j.w.Write(marshal(v, "", ""))
	j.w.WriteString("\n")
}

// palette holds the ANSI escapes of text output; all are empty without
// colour.
type palette struct {
	on                                  bool
	bold, dim, reset, red, yellow, cyan string
	green                               string
}

func newPalette(on bool) palette {
	if !on {
		return palette{}
	}
	return palette{on: true, bold: "\x1b[1m", dim: "\x1b[2m", reset: "\x1b[0m",
		red: "\x1b[31m", yellow: "\x1b[33m", cyan: "\x1b[36m", green: "\x1b[32m"}
}

// color returns the escape for a severity.
func (p palette) color(s lint.Severity) string {
	switch s {
	case lint.Error:
		return p.red
	case lint.Warning:
		return p.yellow
	}
	return p.cyan
}

// severity returns a severity's name in its colour.
func (p palette) severity(s lint.Severity) string {
	if !p.on {
		return s.String()
	}
	return p.bold + p.color(s) + s.String() + p.reset
}
