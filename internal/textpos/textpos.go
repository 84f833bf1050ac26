// Package textpos turns byte offsets in a text into lines and columns and
// back: the one place positions are computed, for the library's findings
// (tone.Analysis.Position, lint's Finding.Line and Column), the output
// formats (internal/report), the readers of exports (internal/input), the
// CLI's warnings and the language server's edits and ranges. Lines and
// columns are 1-based unless a function says otherwise; offsets are byte
// offsets; a line ends at "\n".
package textpos

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"
)

// LineIndex turns byte offsets into line and column. It remembers the
// last position it gave, so a run of increasing offsets on one long line
// is counted once, not from the line start each time (which made
// positions quadratic in a long single-line reply).
type LineIndex struct {
	text                   string
	starts                 []int
	lastOff, lastLine, col int
}

// NewLineIndex indexes the lines of text.
func NewLineIndex(text string) *LineIndex {
	return LineIndexOf(text, LineStarts(text))
}

// LineIndexOf is a LineIndex of text with its line starts already found
// (LineStarts), which it shares.
func LineIndexOf(text string, starts []int) *LineIndex {
	return &LineIndex{text: text, starts: starts, lastOff: -1}
}

// Position returns the 1-based line and code-point column of off.
func (ix *LineIndex) Position(off int) (line, col int) {
	off = max(0, min(off, len(ix.text)))
	if ix.lastOff >= 0 && off >= ix.lastOff {
		l := ix.lastLine
		if l == len(ix.starts) || ix.starts[l] > off { // same line: count on
			ix.col += utf8.RuneCountInString(ix.text[ix.lastOff:off])
			ix.lastOff = off
			return l, ix.col
		}
	}
	line, col = PositionIn(ix.text, ix.starts, off)
	ix.lastOff, ix.lastLine, ix.col = off, line, col
	return line, col
}

// Starts returns the byte offsets at which the lines start.
func (ix *LineIndex) Starts() []int { return ix.starts }

// LineStarts returns the byte offsets at which the lines of text start.
func LineStarts(text string) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// PositionIn turns a byte offset into a 1-based line and a 1-based column
// counted in code points, with the line starts from LineStarts. A carriage
// return before the line feed is not counted in any column.
func PositionIn(text string, starts []int, off int) (line, col int) {
	off = max(0, min(off, len(text)))
	i := sort.Search(len(starts), func(i int) bool { return starts[i] > off }) - 1
	return i + 1, utf8.RuneCountInString(text[starts[i]:off]) + 1
}

// OffsetIn turns a 1-based line and code-point column back into a byte
// offset: the inverse of PositionIn. Out-of-range values are clamped.
func OffsetIn(text string, starts []int, line, col int) int {
	line = max(1, min(line, len(starts)))
	off := starts[line-1]
	for n := 1; n < col && off < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[off:])
		off += size
	}
	return off
}

// Position is a place in a file, with its column in every unit an output
// format may need. All are 1-based.
type Position struct {
	Line int
	// Column counts Unicode code points, ByteColumn UTF-8 bytes and
	// UTF16Column UTF-16 code units, from the start of the line. An
	// invalid byte counts as one of each, as the U+FFFD it stands for.
	Column, ByteColumn, UTF16Column int
	// Offset is the byte offset in the file.
	Offset int
}

// markStep is the distance in bytes between the checkpoints a Locator
// keeps on long lines.
const markStep = 512

// ShortText is the length in bytes up to which a Locator counts each
// position from the start (or the previous one): for a text this short,
// PositionOf does as well without building a Locator.
const ShortText = 2 * markStep

// Locator turns byte offsets in a text into lines and columns. Each
// answer costs at most a few hundred bytes of scanning, whatever the
// length of the line and the order of the questions, so placing every
// finding of a long one-line reply stays linear in its length.
// A Locator remembers what it worked out, so it is not safe for
// concurrent use; give each goroutine its own.
type Locator struct {
	text   string
	starts []int // the offset where each line starts
	marks  []mark
	// last is the previous answer on a short text; a later offset is
	// counted on from it (findings come roughly in order).
	last Position
}

// mark is the column at a code point boundary of a long line.
type mark struct{ off, col, u16 int }

// NewLocator returns a Locator of text. Lines end at "\n".
func NewLocator(text string) *Locator { return &Locator{text: text, last: origin} }

// origin is the position of offset 0.
var origin = Position{Line: 1, Column: 1, ByteColumn: 1, UTF16Column: 1}

// Lines returns the number of lines of the text: one more than its line
// feeds.
func (l *Locator) Lines() int { return strings.Count(l.text, "\n") + 1 }

// At returns the position of a byte offset, clamped to the text. An
// offset inside a UTF-8 sequence counts the sequence's code point.
func (l *Locator) At(off int) Position {
	if len(l.text) <= ShortText {
		off = max(0, min(off, len(l.text)))
		from := l.last
		if off < from.Offset || from.Offset < len(l.text) && !utf8.RuneStart(l.text[from.Offset]) {
			from = origin
		}
		l.last = advance(l.text, from, off)
		return l.last
	}
	if l.starts == nil {
		l.starts = []int{0}
		for i := 0; ; {
			j := strings.IndexByte(l.text[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			l.starts = append(l.starts, i)
		}
	}
	off = max(0, min(off, len(l.text)))
	line := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off }) - 1
	from := l.starts[line]
	col, u16 := 1, 1
	if off-from > markStep {
		if l.marks == nil {
			l.mark()
		}
		if k := sort.Search(len(l.marks), func(i int) bool { return l.marks[i].off > off }) - 1; k >= 0 && l.marks[k].off >= from {
			m := l.marks[k]
			from, col, u16 = m.off, m.col, m.u16
		}
	}
	for i := from; i < off; {
		r, n := utf8.DecodeRuneInString(l.text[i:])
		col++
		u16++
		if r >= 0x10000 {
			u16++
		}
		i += n
	}
	return Position{Line: line + 1, Column: col, ByteColumn: off - l.starts[line] + 1, UTF16Column: u16, Offset: off}
}

// mark sets a checkpoint every markStep bytes.
func (l *Locator) mark() {
	l.marks = []mark{}
	col, u16, next := 1, 1, markStep
	for i := 0; i < len(l.text); {
		if i >= next {
			l.marks = append(l.marks, mark{off: i, col: col, u16: u16})
			next = i + markStep
		}
		r, n := utf8.DecodeRuneInString(l.text[i:])
		switch {
		case r == '\n':
			col, u16 = 1, 1
		case r >= 0x10000:
			col++
			u16 += 2
		default:
			col++
			u16++
		}
		i += n
	}
}

// advance returns the position of off in text, counted on from p, an
// earlier position at a code point boundary (or the origin). It gives
// what position gives.
func advance(text string, p Position, off int) Position {
	seg := text[p.Offset:off]
	if nl := strings.LastIndexByte(seg, '\n'); nl >= 0 {
		p.Line += strings.Count(seg, "\n")
		p.Column, p.ByteColumn, p.UTF16Column = 1, 1, 1
		seg = seg[nl+1:]
	}
	p.ByteColumn += len(seg)
	for i := 0; i < len(seg); {
		if seg[i] < utf8.RuneSelf {
			i++
			p.Column++
			p.UTF16Column++
			continue
		}
		r, n := utf8.DecodeRuneInString(seg[i:])
		p.Column++
		p.UTF16Column++
		if r >= 0x10000 {
			p.UTF16Column++
		}
		i += n
	}
	p.Offset = off
	return p
}

// PositionOf is Locator.At for a short text, counted from its start: for
// one position, with no Locator to build.
func PositionOf[T string | []byte](b T, off int) Position {
	off = max(0, min(off, len(b)))
	line, start := 1, 0
	for i := range off {
		if b[i] == '\n' {
			line, start = line+1, i+1
		}
	}
	col, u16 := 1, 1
	for _, r := range string(b[start:off]) {
		col++
		u16++
		if r >= 0x10000 {
			u16++
		}
	}
	return Position{Line: line, Column: col, ByteColumn: off - start + 1, UTF16Column: u16, Offset: off}
}

// FilePosition returns the position of a byte offset in a file's
// contents, for a message about the file itself (an invalid byte): a
// byte order mark at the start is no column.
func FilePosition(data []byte, off int) Position {
	p := PositionOf(data, off)
	if p.Line == 1 && bytes.HasPrefix(data, bom) && p.Offset >= len(bom) {
		p.Column--
		p.UTF16Column--
		p.ByteColumn -= len(bom)
	}
	return p
}

// Unit is what a column counts in OffsetAt.
type Unit int

// Units a column may count.
const (
	UTF16 Unit = iota // UTF-16 code units: the language server protocol's default
	Bytes             // UTF-8 bytes
)

// OffsetAt returns the byte offset of a 0-based line and a 0-based
// character counted in unit, as the language server protocol gives a
// position, with the line starts of LineStarts. A character past the end
// of its line means the line's end (before "\r\n"), as the protocol says;
// a line past the end means the end of the text; a position inside a
// character means its start.
func OffsetAt(text string, starts []int, line, character int, unit Unit) int {
	if line < 0 {
		return 0
	}
	if line >= len(starts) {
		return len(text)
	}
	off := starts[line]
	end := len(text)
	if line+1 < len(starts) {
		end = starts[line+1] - 1 // the "\n"
		if end > off && text[end-1] == '\r' {
			end--
		}
	}
	for n := 0; off < end; {
		r, size := utf8.DecodeRuneInString(text[off:end])
		units := size
		if unit != Bytes {
			units = 1
			if r >= 0x10000 {
				units = 2
			}
		}
		if n+units > character {
			break
		}
		n += units
		off += size
	}
	return off
}

// bom is the byte order mark some editors write at the start of a file.
var bom = []byte("\ufeff")
