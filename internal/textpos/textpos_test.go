package textpos

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// naivePosition counts from the start of the text, the way the Locator's
// checkpoints must agree with.
func naivePosition(text string, off int) Position {
	lineStart := strings.LastIndexByte(text[:off], '\n') + 1
	prefix := text[lineStart:off]
	u16 := 0
	for _, r := range prefix {
		u16++
		if r >= 0x10000 {
			u16++
		}
	}
	return Position{Line: strings.Count(text[:off], "\n") + 1, Column: utf8.RuneCountInString(prefix) + 1,
		ByteColumn: len(prefix) + 1, UTF16Column: u16 + 1, Offset: off}
}

// TestLocator: every position of short and very long lines, in any order,
// is what counting from the start gives.
func TestLocator(t *testing.T) {
	pieces := []string{"a", "é", "☕", "😀", " ", "\n", "\t", "\xe9", "Misschien "}
	rnd := rand.New(rand.NewPCG(4, 2))
	for _, n := range []int{0, 1, 40, 3000, 20000} {
		var b strings.Builder
		for b.Len() < n {
			p := pieces[rnd.IntN(len(pieces))]
			if p == "\n" && rnd.IntN(8) > 0 && n > 1000 {
				continue // long lines
			}
			b.WriteString(p)
		}
		text := b.String()
		l := NewLocator(text)
		require.Equal(t, strings.Count(text, "\n")+1, l.Lines())
		offs := []int{0, len(text)}
		for i := range text {
			offs = append(offs, i)
		}
		rnd.Shuffle(len(offs), func(i, j int) { offs[i], offs[j] = offs[j], offs[i] })
		for _, off := range offs {
			require.Equal(t, naivePosition(text, off), l.At(off), "offset %d of %d", off, len(text))
			if len(text) < 4000 {
				require.Equal(t, naivePosition(text, off), PositionOf([]byte(text), off), "offset %d of %d", off, len(text))
			}
		}
		require.Equal(t, naivePosition(text, len(text)), l.At(len(text)+5), "clamped")
	}
}

// TestLocatorCountsOn: on a short text the Locator counts on from its
// previous answer; in rising order, in random order and at every byte
// (inside a UTF-8 sequence too), it answers what counting from the start
// gives.
func TestLocatorCountsOn(t *testing.T) {
	pieces := []string{"a", "é", "☕", "😀", " ", "\n", "\xe9", "\xf0\x9f", "Misschien "}
	rnd := rand.New(rand.NewPCG(7, 3))
	for range 200 {
		var b strings.Builder
		for n := rnd.IntN(300); b.Len() < n; {
			b.WriteString(pieces[rnd.IntN(len(pieces))])
		}
		text := b.String()
		l := NewLocator(text)
		for off := 0; off <= len(text); off++ {
			require.Equal(t, naivePosition(text, off), l.At(off), "rising, offset %d of %q", off, text)
		}
		for range 50 {
			off := rnd.IntN(len(text) + 1)
			require.Equal(t, naivePosition(text, off), l.At(off), "random, offset %d of %q", off, text)
		}
	}
}

// OffsetAt reads a language server position: a 0-based line and a
// character in UTF-16 code units or UTF-8 bytes.
func TestOffsetAt(t *testing.T) {
	text := "a😀b\r\nécd\n"
	starts := LineStarts(text)
	tests := []struct {
		name            string
		line, character int
		unit            Unit
		want            int
	}{
		{"after the first letter", 0, 1, UTF16, 1},
		{"after the emoji's surrogate pair", 0, 3, UTF16, 5},
		{"inside the surrogate pair: its start", 0, 2, UTF16, 1},
		{"bytes: after the emoji", 0, 5, Bytes, 5},
		{"past the end of a line: before \\r\\n", 0, 99, UTF16, 6},
		{"after é in UTF-16", 1, 1, UTF16, 10},
		{"after é in bytes", 1, 2, Bytes, 10},
		{"a line past the end: the text's end", 9, 0, UTF16, len(text)},
		{"a negative line: the start", -1, 0, UTF16, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, OffsetAt(text, starts, tt.line, tt.character, tt.unit))
		})
	}
}

// FilePosition does not count a byte order mark as a column.
func TestFilePositionSkipsAByteOrderMark(t *testing.T) {
	data := []byte("\ufeffCaf\xe9\nok")
	p := FilePosition(data, 6)
	require.Equal(t, Position{Line: 1, Column: 4, ByteColumn: 4, UTF16Column: 4, Offset: 6}, p)
	p = FilePosition([]byte("Caf\xe9"), 3)
	require.Equal(t, 4, p.Column, "no mark: as PositionOf")
}
