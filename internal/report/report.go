// Package report writes lint results in the formats people and tools
// read: text for a terminal, line for editors' error formats, json and
// jsonl, SARIF 2.1.0 for code scanning, reviewdog's rdjson and rdjsonl,
// checkstyle XML and GitHub Actions workflow commands. The CLI, the
// language server and the web page share it, so a finding is placed and
// named the same way everywhere.
//
// A File is one linted reply (or an input that could not be linted) with
// every finding's place in its file. Positions carry the column in each
// unit a format needs, because formats disagree on what a column is:
//
//	text, line, json, jsonl, checkstyle   Unicode code points
//	sarif, github                          UTF-16 code units
//	rdjson, rdjsonl                        UTF-8 bytes
//	language server                        UTF-8 or UTF-16, as negotiated
//
// All columns are 1-based ("😀 Misschien": the M is column 3 in code
// points, 4 in UTF-16 and 6 in bytes). SARIF says so in its columnKind;
// GitHub's annotations and most SARIF viewers are JavaScript and count
// UTF-16. An end column is exclusive: the column after the last
// character, as in SARIF and LSP.
//
// The rule ID appears as it is (hedging) in every format. Formatters
// never fail on a reply: write errors are the writer's to report (the CLI
// writes to a bufio.Writer and checks its Flush).
package report

import (
	"encoding/json"
	"errors"
	"strings"

	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/internal/textpos"
	"github.com/replylint/replylint/lint"
)

// DocsURL is where the rules are documented; diagnostics link to it.
const DocsURL = "https://github.com/replylint/replylint/blob/main/docs/rules.md"

// RuleURL returns the documentation link of a rule: its URL, or DocsURL.
func RuleURL(id string) string {
	if r, ok := lint.RuleByID(id); ok && r.URL != "" {
		return r.URL
	}
	return DocsURL
}

// Position is a place in a file, with its column in every unit a format
// may need. All are 1-based; Offset is the byte offset in the file.
type Position = textpos.Position

// Finding is a lint.Finding with its place in the file.
type Finding struct {
	lint.Finding
	// Start and End delimit the finding in the file; End is exclusive.
	Start, End Position
	// Fixes are the rule's edits (lint.Finding.Fixes) placed in the
	// file; most findings are advice, with no fix.
	Fixes []Edit
}

// Edit replaces a part of the file with new text.
type Edit struct {
	Start, End Position
	NewText    string
}

// File is one linted reply, or an input that could not be linted, as the
// formats report it.
type File struct {
	// Path names the file in output.
	Path string
	// ID is a .jsonl record's "id" as it stands in the file, or nil.
	ID json.RawMessage
	// RecordLine is a .jsonl record's line in the file; 0 for a reply
	// that is a whole file.
	RecordLine int
	// Text is the reply.
	Text string
	// Result is what lint.Lint returned; its findings are relative to
	// Text.
	Result lint.Result
	// Findings are Result.Findings placed in the file.
	Findings []Finding
	// Score is Result.Score with its reasons' spans in the file (for a
	// .jsonl record: in the reply, as its findings in json output).
	Score lint.Scorecard
	// Err is set for an input that was not linted. ErrLine is its line
	// in the file when it has one, and ErrMsg the message without the
	// path and line.
	Err     error
	ErrLine int
	ErrMsg  string

	// bodyLine and bodyOffset place a .md body in its file.
	bodyLine, bodyOffset int
}

// IsRecord reports whether the file is a record of an export (.jsonl or
// .csv) rather than a whole file.
func (f *File) IsRecord() bool { return f.RecordLine > 0 }

// Document places the result of linting a .txt or .md reply in its file:
// a .md body starts after its front matter.
func Document(path string, doc *input.Document, res lint.Result) *File {
	f := &File{Path: path, Text: doc.Input.Text, Result: res, bodyLine: doc.Line, bodyOffset: doc.Offset}
	loc := textpos.NewLocator(f.Text)
	at := func(off int) Position {
		p := loc.At(off)
		p.Line += doc.Line
		p.Offset += doc.Offset
		return p
	}
	f.place(at)
	f.Score = res.Score
	if doc.Offset != 0 {
		f.Score.Reasons = make([]lint.Reason, len(res.Score.Reasons))
		for i, r := range res.Score.Reasons {
			r.Span.Start += doc.Offset
			r.Span.End += doc.Offset
			f.Score.Reasons[i] = r
		}
	}
	return f
}

// Record places the result of linting a record of an export: a .jsonl
// record's findings are on its line, at the column of their words inside
// the JSON string; a .csv row's at their words inside the field, on the
// line of the row they are on.
func Record(path string, rec *input.Record, res lint.Result) *File {
	f := &File{Path: path, ID: rec.ID, RecordLine: rec.Line, Text: rec.Input.Text, Result: res, Score: res.Score}
	f.place(rec.Place)
	return f
}

// Failure is an input that was not linted. rec is the .jsonl record it
// stands for, or nil.
func Failure(path string, rec *input.Record, err error) *File {
	f := &File{Path: path, Err: err, ErrMsg: err.Error()}
	var ie *input.Error
	if errors.As(err, &ie) && ie.Path == path {
		f.ErrLine, f.ErrMsg = ie.Line, ie.Msg
	} else if strings.HasPrefix(f.ErrMsg, path+": ") {
		f.ErrMsg = strings.TrimPrefix(f.ErrMsg, path+": ")
	}
	if rec != nil {
		f.ID, f.RecordLine, f.ErrLine = rec.ID, rec.Line, rec.Line
	}
	return f
}

// place fills Findings from Result with the positions at gives.
func (f *File) place(at func(off int) Position) {
	f.Findings = make([]Finding, len(f.Result.Findings))
	for i, lf := range f.Result.Findings {
		fd := Finding{Finding: lf, Start: at(lf.Offset), End: at(lf.EndOffset)}
		for _, e := range lf.Fixes {
			fd.Fixes = append(fd.Fixes, Edit{Start: at(e.Span.Start), End: at(e.Span.End), NewText: e.NewText})
		}
		f.Findings[i] = fd
	}
}

// fileFindings returns the findings as json output shows them: placed in
// the file for a .txt or .md reply, relative to the reply for a .jsonl
// record, where a tool that reads the record can use them.
func (f *File) fileFindings() []lint.Finding {
	out := make([]lint.Finding, len(f.Findings))
	for i, fd := range f.Findings {
		lf := fd.Finding
		if !f.IsRecord() {
			lf.Line, lf.Column, lf.Offset = fd.Start.Line, fd.Start.Column, fd.Start.Offset
			lf.EndLine, lf.EndColumn, lf.EndOffset = fd.End.Line, fd.End.Column, fd.End.Offset
		}
		out[i] = lf
	}
	return out
}
