package report

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"

	"github.com/replylint/replylint/lint"
)

// lineFormat is "path:line:col: severity: rule: message", for editors'
// error formats (vim's errorformat, Emacs compile mode, flymake).
type lineFormat struct {
	w   io.Writer
	buf []byte
}

func (l *lineFormat) Begin()      {}
func (l *lineFormat) End(Summary) {}

func (l *lineFormat) File(f *File) {
	if f.Err != nil {
		return
	}
	for _, fd := range f.Findings {
		b := append(l.buf[:0], Printable(f.Path)...)
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(fd.Start.Line), 10)
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(fd.Start.Column), 10)
		b = append(b, ": "...)
		b = append(b, fd.Severity.String()...)
		b = append(b, ": "...)
		b = append(b, fd.Rule...)
		b = append(b, ": "...)
		for i := 0; i < len(fd.Message); i++ {
			if c := fd.Message[i]; c == '\n' {
				b = append(b, ' ')
			} else {
				b = append(b, c)
			}
		}
		b = append(b, '\n')
		l.w.Write(b)
		l.buf = b
	}
}

// fileReport is the JSON object of one reply.
type fileReport struct {
	Path string          `json:"path"`
	ID   json.RawMessage `json:"id,omitempty"`
	// Line is a .jsonl record's line in the file.
	Line     int            `json:"line,omitempty"`
	Lang     string         `json:"lang"`
	Score    lint.Scorecard `json:"score"`
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
	return bytes.Clone(newEncoder(prefix, indent).encode(v))
}

// encoder encodes values as Marshal does into a buffer it reuses, for the
// formats that write one object per reply.
type encoder struct {
	buf bytes.Buffer
	enc *json.Encoder
}

func newEncoder(prefix, indent string) *encoder {
	e := &encoder{}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	if prefix != "" || indent != "" {
		e.enc.SetIndent(prefix, indent)
	}
	return e
}

// encode returns v as JSON without a final line feed; the bytes are valid
// until the next call.
func (e *encoder) encode(v any) []byte {
	e.buf.Reset()
	if err := e.enc.Encode(v); err != nil {
		return []byte(strconv.Quote(err.Error()))
	}
	return bytes.TrimSuffix(e.buf.Bytes(), []byte("\n"))
}

// jsonFormat is one document, {"files": [...]}, streamed one file object
// at a time so a large .jsonl input needs no memory for its output.
type jsonFormat struct {
	w     io.Writer
	files jsonArray
	buf   []byte
}

func (j *jsonFormat) Begin() {
	io.WriteString(j.w, "{\n  \"files\": [")
	j.files = jsonArray{w: j.w, indent: "    "}
}

func (j *jsonFormat) File(f *File) {
	j.buf = appendFileJSON(j.buf[:0], f)
	j.files.addCompact(j.buf)
}

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
	enc    *encoder
	ind    bytes.Buffer
}

func (a *jsonArray) add(v any) {
	if a.n > 0 {
		io.WriteString(a.w, ",")
	}
	a.n++
	io.WriteString(a.w, "\n")
	io.WriteString(a.w, a.indent)
	if a.enc == nil {
		a.enc = newEncoder(a.indent, "  ")
	}
	a.w.Write(a.enc.encode(v))
}

// addCompact adds an element given as compact JSON, indented as add
// indents.
func (a *jsonArray) addCompact(compact []byte) {
	if a.n > 0 {
		io.WriteString(a.w, ",")
	}
	a.n++
	io.WriteString(a.w, "\n")
	io.WriteString(a.w, a.indent)
	a.ind.Reset()
	if err := json.Indent(&a.ind, compact, a.indent, "  "); err != nil {
		a.w.Write(compact)
		return
	}
	a.w.Write(a.ind.Bytes())
}

// close writes the "]", on a line of its own after elements.
func (a *jsonArray) close() {
	if a.n > 0 {
		io.WriteString(a.w, "\n"+a.indent[:len(a.indent)-2])
	}
	io.WriteString(a.w, "]")
}

// jsonlFormat writes one file object per line.
type jsonlFormat struct {
	w   io.Writer
	buf []byte
}

func (j *jsonlFormat) Begin()      {}
func (j *jsonlFormat) End(Summary) {}

func (j *jsonlFormat) File(f *File) {
	j.buf = append(appendFileJSON(j.buf[:0], f), '\n')
	j.w.Write(j.buf)
}
