package input

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"
)

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
	if len(l.text) <= 2*markStep {
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

// position is Locator.At for a short text, counted from its start.
func position[T string | []byte](b T, off int) Position {
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
	p := position(data, off)
	if p.Line == 1 && bytes.HasPrefix(data, bom) && p.Offset >= len(bom) {
		p.Column--
		p.UTF16Column--
		p.ByteColumn -= len(bom)
	}
	return p
}
