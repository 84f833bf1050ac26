package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
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
	starts := tone.LineStarts(f.Text)
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

// cellWidth returns how many terminal cells a code point takes: 0 for
// combining marks and joiners, 2 for wide East Asian characters and
// emoji, 1 otherwise.
func cellWidth(r rune) int {
	switch {
	case r < 0x300:
		return 1 // Latin, before the combining marks
	case r == 0x200D || (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0xE0100 && r <= 0xE01EF):
		return 0 // joiner, variation selectors
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	case r >= 0x1F1E6 && r <= 0x1F1FF:
		return 1 // a regional indicator: two make one wide flag
	case r >= 0x1100 && r <= 0x115F,
		r >= 0x2E80 && r <= 0xA4CF && r != 0x303F,
		r >= 0xAC00 && r <= 0xD7A3,
		r >= 0xF900 && r <= 0xFAFF,
		r >= 0xFE30 && r <= 0xFE4F,
		r >= 0xFF00 && r <= 0xFF60,
		r >= 0xFFE0 && r <= 0xFFE6,
		r >= 0x1F300 && r <= 0x1F64F,
		r >= 0x1F680 && r <= 0x1F6FF,
		r >= 0x1F900 && r <= 0x1FAFF,
		r >= 0x20000 && r <= 0x3FFFD:
		return 2
	}
	return 1
}

// cell is one code point of a source line as shown: its text and width.
type cell struct {
	text  string
	width int
}

// cells splits a line into shown cells, one per code point: tabs expand
// to the next tab stop, control characters and invalid bytes show as
// U+FFFD, and a text-style symbol followed by the emoji variation
// selector (U+FE0F) is wide.
func cells(line string) []cell {
	out := make([]cell, 0, len(line))
	col := 0
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		c := cell{text: line[i : i+n], width: cellWidth(r)}
		switch {
		case r == '\t':
			c = cell{text: strings.Repeat(" ", tabWidth-col%tabWidth), width: tabWidth - col%tabWidth}
		case r == utf8.RuneError && n == 1, r < 0x20, r == 0x7F:
			c = cell{text: "\uFFFD", width: 1}
		case r == 0xFE0F && len(out) > 0 && out[len(out)-1].width == 1:
			out[len(out)-1].width = 2
			col++
		}
		out = append(out, c)
		col += c.width
		i += n
	}
	return out
}

// caretLine renders a source line and the caret line under the code
// points [from, to) (1-based columns in code points; to == from marks a
// point). Lines wider than maxShown are cut around the span with "…";
// cutBefore and cutAfter say the line was cut before it came here.
func caretLine(line string, from, to int, cutBefore, cutAfter bool) (shown, carets string) {
	cs := cells(line)
	from = max(1, min(from, len(cs)+1))
	to = max(from, min(to, len(cs)+1))
	start := 0 // cells before the span
	for _, c := range cs[:from-1] {
		start += c.width
	}
	width := 0
	for _, c := range cs[from-1 : to-1] {
		width += c.width
	}
	width = max(1, width)
	total := 0
	for _, c := range cs {
		total += c.width
	}

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
