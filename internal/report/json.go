package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// lineFormat is "path:line:col: severity: rule: message", for editors'
// error formats (vim's errorformat, Emacs compile mode, flymake).
type lineFormat struct{ w io.Writer }

func (l *lineFormat) Begin()      {}
func (l *lineFormat) End(Summary) {}

func (l *lineFormat) File(f *File) {
	if f.Err != nil {
		return
	}
	for _, fd := range f.Findings {
		msg := strings.ReplaceAll(fd.Message, "\n", " ")
		fmt.Fprintf(l.w, "%s:%d:%d: %s: %s: %s\n", f.Path, fd.Start.Line, fd.Start.Column, fd.Severity, fd.Rule, msg)
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

// JSON returns the object json and jsonl output hold for a file:
// {"path", "lang", "score", "findings"}, with "id" and "line" for a
// .jsonl record, or {"path", "line", "error"} for an input that was not
// linted.
func (f *File) JSON() any {
	if f.Err != nil {
		return errorReport{Path: f.Path, ID: f.ID, Line: f.ErrLine, Error: f.ErrMsg}
	}
	return fileReport{Path: f.Path, ID: f.ID, Line: f.RecordLine, Lang: f.Result.Lang, Score: f.Score, Findings: f.fileFindings()}
}

// Marshal encodes v as JSON without escaping <, > and &, which replies
// use.
func Marshal(v any, prefix, indent string) []byte {
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
	w     io.Writer
	files jsonArray
}

func (j *jsonFormat) Begin() {
	io.WriteString(j.w, "{\n  \"files\": [")
	j.files = jsonArray{w: j.w, indent: "    "}
}

func (j *jsonFormat) File(f *File) { j.files.add(f.JSON()) }

func (j *jsonFormat) End(Summary) {
	j.files.close()
	io.WriteString(j.w, "\n}\n")
}

// jsonArray streams the elements of an indented JSON array whose "[" is
// written: each on its own lines, at indent.
type jsonArray struct {
	w      io.Writer
	indent string
	n      int
}

func (a *jsonArray) add(v any) {
	if a.n > 0 {
		io.WriteString(a.w, ",")
	}
	a.n++
	io.WriteString(a.w, "\n"+a.indent)
	a.w.Write(Marshal(v, a.indent, "  "))
}

// close writes the "]", on a line of its own after elements.
func (a *jsonArray) close() {
	if a.n > 0 {
		io.WriteString(a.w, "\n"+a.indent[:len(a.indent)-2])
	}
	io.WriteString(a.w, "]")
}

// jsonlFormat writes one file object per line.
type jsonlFormat struct{ w io.Writer }

func (j *jsonlFormat) Begin()      {}
func (j *jsonlFormat) End(Summary) {}

func (j *jsonlFormat) File(f *File) {
	j.w.Write(Marshal(f.JSON(), "", ""))
	io.WriteString(j.w, "\n")
}
