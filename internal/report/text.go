package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/rivo/uniseg"

	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/internal/textpos"
	"github.com/replylint/replylint/lint"
)

// textFormat is the default output, for a person at a terminal: each
// finding with its source line, carets under the words, the message and
// the suggestions, then a summary.
type textFormat struct {
	w io.Writer
	p Palette
}

func (t *textFormat) Begin() {}

func (t *textFormat) File(f *File) {
	if f.Err != nil || len(f.Findings) == 0 {
		return
	}
	starts := textpos.LineStarts(f.Text)
	p := t.p
	path := Printable(f.Path)
	for _, fd := range f.Findings {
		fmt.Fprintf(t.w, "%s%s:%d:%d%s %s %s%s%s", p.Bold, path, fd.Start.Line, fd.Start.Column, p.Reset,
			p.Severity(fd.Severity), p.Bold, fd.Rule, p.Reset)
		if id := input.IDText(f.ID); id != "" {
			fmt.Fprintf(t.w, " (id %s)", id)
		}
		io.WriteString(t.w, "\n")

		// The source line of the reply, with carets under the span.
		shown, carets := sourceLine(f.Text, starts, fd.Finding)
		gutter := ""
		if !f.IsRecord() {
			gutter = strconv.Itoa(fd.Start.Line)
		}
		blank := strings.Repeat(" ", len(gutter))
		fmt.Fprintf(t.w, "  %s%s |%s %s\n", p.Dim, gutter, p.Reset, shown)
		fmt.Fprintf(t.w, "  %s%s |%s %s%s%s\n", p.Dim, blank, p.Reset, p.Color(fd.Severity), carets, p.Reset)

		fmt.Fprintf(t.w, "  %s\n", fd.Message)
		for _, s := range fd.Suggestions {
			fmt.Fprintf(t.w, "  %s→ %s%s\n", p.Green, s, p.Reset)
		}
		io.WriteString(t.w, "\n")
	}
}

func (t *textFormat) End(s Summary) { fmt.Fprintln(t.w, s.String()) }

// clipBytes is how much of a line after a finding is looked at to show
// it (half of it before): enough for maxShown cells of up to four bytes, so that
// the work per finding does not grow with the line (a reply of one long
// line may have thousands of findings).
const clipBytes = maxShown * utf8.UTFMax

// sourceLine renders the line a finding starts on and the carets under
// it, from the bytes around the finding only: a line that goes on for
// more than clipBytes after it or half that before is cut there, and
// shown cut ("…").
func sourceLine(text string, starts []int, fd lint.Finding) (shown, carets string) {
	n := fd.Line
	if n < 1 || n > len(starts) {
		return "", "^"
	}
	lineStart, lineEnd := starts[n-1], len(text)
	if n < len(starts) {
		lineEnd = starts[n] - 1
	}
	if lineEnd > lineStart && text[lineEnd-1] == '\r' {
		lineEnd--
	}
	from := max(lineStart, min(fd.Offset, lineEnd))
	to := max(from, min(fd.EndOffset, lineEnd))
	if fd.EndLine > fd.Line {
		to = lineEnd
	}
	a, b := lineStart, lineEnd
	if from-lineStart > clipBytes/2 {
		a = from - clipBytes/2 // maxShown/3 cells are shown before
		for a < from && !utf8.RuneStart(text[a]) {
			a++
		}
	}
	if lineEnd-from > clipBytes {
		b = from + clipBytes
		for b > from && !utf8.RuneStart(text[b]) {
			b--
		}
	}
	to = min(to, b)
	col := utf8.RuneCountInString(text[a:from]) + 1
	end := col + utf8.RuneCountInString(text[from:to])
	return caretLine(text[a:b], col, end, a > lineStart, b < lineEnd)
}

// Palette holds the ANSI escapes of text output; all are empty without
// colour.
type Palette struct {
	On                                  bool
	Bold, Dim, Reset, Red, Yellow, Cyan string
	Green                               string
}

// NewPalette returns the escapes, or none when on is false.
func NewPalette(on bool) Palette {
	if !on {
		return Palette{}
	}
	return Palette{On: true, Bold: "\x1b[1m", Dim: "\x1b[2m", Reset: "\x1b[0m",
		Red: "\x1b[31m", Yellow: "\x1b[33m", Cyan: "\x1b[36m", Green: "\x1b[32m"}
}

// Color returns the escape for a severity.
func (p Palette) Color(s lint.Severity) string {
	switch s {
	case lint.Error:
		return p.Red
	case lint.Warning:
		return p.Yellow
	}
	return p.Cyan
}

// Severity returns a severity's name in its colour.
func (p Palette) Severity(s lint.Severity) string {
	if !p.On {
		return s.String()
	}
	return p.Bold + p.Color(s) + s.String() + p.Reset
}

// tabWidth is the tab stop used to show a source line.
const tabWidth = 4

// maxShown is the widest part of a source line shown under a finding;
// a longer line is cut around the finding, so carets stay aligned in a
// terminal that would wrap it.
const maxShown = 100

// cell is one grapheme cluster of a source line as shown (what a
// terminal draws as one character: a letter with its accents, a family
// emoji joined with ZWJ, a flag): its text, its width in terminal cells
// and the code points it holds.
type cell struct {
	text         string
	width, runes int
}

// cellBuffers are the cells of the lines shown, one slice reused for
// line after line: a reply of one long line may have thousands of
// findings, each shown with its part of the line.
var cellBuffers = sync.Pool{New: func() any { return new([]cell) }}

// cells appends to out the shown cells of a line, one per grapheme
// cluster, with the widths github.com/rivo/uniseg gives (East Asian wide
// characters and emoji presentation take 2, combining marks and joiners
// 0): tabs expand to the next tab stop, and control characters and
// invalid bytes show as U+FFFD.
func cells(out []cell, line string) []cell {
	col := 0
	for i := 0; i < len(line); {
		c := line[i]
		cl, n := cell{text: "\uFFFD", width: 1, runes: 1}, 1 // a control character
		switch {
		case c == '\t':
			w := tabWidth - col%tabWidth
			cl = cell{text: strings.Repeat(" ", w), width: w, runes: 1}
		case c < 0x20 || c == 0x7F:
		case c < utf8.RuneSelf && (i+1 == len(line) || line[i+1] < utf8.RuneSelf):
			cl = cell{text: line[i : i+1], width: 1, runes: 1} // ASCII: its own cluster
		default:
			r, size := utf8.DecodeRuneInString(line[i:])
			if r == utf8.RuneError && size == 1 || r >= 0x80 && r <= 0x9F {
				n = size // an invalid byte or a C1 control
				break
			}
			cluster, _, w, _ := uniseg.FirstGraphemeClusterInString(line[i:], -1)
			cl, n = cell{text: cluster, width: w, runes: utf8.RuneCountInString(cluster)}, len(cluster)
		}
		out = append(out, cl)
		col += cl.width
		i += n
	}
	return out
}

// caretLine renders a source line and the caret line under the code
// points [from, to) (1-based columns in code points; to == from marks a
// point). Lines wider than maxShown are cut around the span with "…";
// cutBefore and cutAfter say the line was cut before it came here.
func caretLine(line string, from, to int, cutBefore, cutAfter bool) (shown, carets string) {
	buf := cellBuffers.Get().(*[]cell)
	defer cellBuffers.Put(buf)
	cs := cells((*buf)[:0], line)
	*buf = cs
	// start is the cells before the span, width the cells of the
	// clusters it touches: a span starts and ends on whole clusters.
	start, width, total, at := 0, 0, 0, 1
	for _, c := range cs {
		switch {
		case at+c.runes <= from:
			start += c.width
		case at < to || (at <= from && to == from):
			width += c.width
		}
		at += c.runes
		total += c.width
	}
	width = max(1, width)

	// The window of cells shown: all of them, or maxShown around the span.
	lo, hi := 0, total
	if total > maxShown {
		lo = max(0, start-maxShown/3)
		hi = min(total, lo+maxShown)
		if hi == total {
			lo = max(0, hi-maxShown)
		}
	}
	var b strings.Builder
	pos := 0
	pad := start - lo
	if lo > 0 || cutBefore {
		b.WriteString("…")
		pad++
	}
	for _, c := range cs {
		if pos >= lo && pos+c.width <= hi {
			b.WriteString(c.text)
		}
		pos += c.width
	}
	if hi < total || cutAfter {
		b.WriteString("…")
	}
	width = min(width, max(1, hi-start))
	return b.String(), strings.Repeat(" ", pad) + strings.Repeat("^", width)
}
