package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/lint"
)

func TestCaretLine(t *testing.T) {
	tests := []struct {
		name       string
		line       string
		from, to   int
		shown, car string
	}{
		{"ascii", "@klant Misschien morgen.", 8, 17, "@klant Misschien morgen.", "       ^^^^^^^^^"},
		{"a point at the end", "Hoi.", 5, 5, "Hoi.", "    ^"},
		{"a tab expands to the tab stop", "\tMisschien", 2, 11, "    Misschien", "    ^^^^^^^^^"},
		{"a tab after text", "ab\tMisschien", 4, 13, "ab  Misschien", "    ^^^^^^^^^"},
		{"an emoji is two cells wide", "😀 Misschien", 3, 12, "😀 Misschien", "   ^^^^^^^^^"},
		{"a carets under an emoji", "Top 😀!", 5, 6, "Top 😀!", "    ^^"},
		{"an accent on its own code point is no cell", "Cafe\u0301 Misschien", 7, 16, "Cafe\u0301 Misschien", "     ^^^^^^^^^"},
		{"a text symbol with the emoji selector is wide", "\u2764\ufe0f Misschien", 4, 13, "\u2764\ufe0f Misschien", "   ^^^^^^^^^"},
		{"CJK is wide", "日本 Misschien", 4, 13, "日本 Misschien", "     ^^^^^^^^^"},
		{"invalid bytes show as U+FFFD", "caf\xe9 Misschien", 6, 15, "caf\uFFFD Misschien", "     ^^^^^^^^^"},
		{"a family joined with ZWJ is one wide character", "\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 Misschien", 9, 18, "\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 Misschien", "   ^^^^^^^^^"},
		{"carets under the family itself", "Top \U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466!", 5, 12, "Top \U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466!", "    ^^"},
		{"a flag is one wide character", "\U0001F1F3\U0001F1F1 Misschien", 4, 13, "\U0001F1F3\U0001F1F1 Misschien", "   ^^^^^^^^^"},
		{"a skin tone joins its emoji", "\U0001F44D\U0001F3FD Wellicht", 4, 12, "\U0001F44D\U0001F3FD Wellicht", "   ^^^^^^^^"},
		{"a C1 control shows as U+FFFD", "a\u0085b Misschien", 5, 14, "a\uFFFDb Misschien", "    ^^^^^^^^^"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shown, car := caretLine(tt.line, tt.from, tt.to, false, false)
			assert.Equal(t, tt.shown, shown)
			assert.Equal(t, tt.car, car)
		})
	}
}

func TestCaretLineLong(t *testing.T) {
	line := strings.Repeat("a ", 100) + "Misschien" + strings.Repeat(" b", 100)
	from := 201
	shown, car := caretLine(line, from, from+9, false, false)
	require.True(t, strings.HasPrefix(shown, "…") && strings.HasSuffix(shown, "…"), shown)
	assert.LessOrEqual(t, len([]rune(shown)), maxShown+2)
	i := strings.Index(car, "^")
	assert.Equal(t, "Misschien", string([]rune(shown)[i:i+9]), "the carets stay under the words")
	assert.Equal(t, 9, strings.Count(car, "^"))
}

// TestSourceLineOfALongLine shows a finding on a very long line (a reply
// of one line of 200 KB): only the part around the finding is shown, cut
// with "…", the carets under the words, whatever the finding's place.
func TestSourceLineOfALongLine(t *testing.T) {
	unit := "NIET!! Dat klopt niet. Wellicht morgen. "
	line := strings.Repeat(unit, 200<<10/len(unit))
	starts := []int{0}
	find := func(word string, nth int) lint.Finding {
		at := 0
		for range nth {
			at += strings.Index(line[at:], word) + 1
		}
		at--
		col := utf8.RuneCountInString(line[:at]) + 1
		return lint.Finding{Offset: at, EndOffset: at + len(word), Line: 1, Column: col, EndLine: 1, EndColumn: col + utf8.RuneCountInString(word)}
	}
	last := strings.Count(line, "Wellicht")
	tests := []struct {
		name                string
		fd                  lint.Finding
		word                string
		cutBefore, cutAfter bool
	}{
		{"at the start", find("NIET", 1), "NIET", false, true},
		{"in the middle", find("Wellicht", last/2), "Wellicht", true, true},
		{"near the end", find("Wellicht", last), "Wellicht", true, false},
		{"the last words", find("morgen.", last), "morgen.", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shown, car := sourceLine(line, starts, tt.fd)
			assert.LessOrEqual(t, utf8.RuneCountInString(shown), maxShown+2, "a window of the line")
			assert.Equal(t, tt.cutBefore, strings.HasPrefix(shown, "…"), shown)
			assert.Equal(t, tt.cutAfter, strings.HasSuffix(shown, "…"), shown)
			i := strings.Index(car, "^")
			require.GreaterOrEqual(t, i, 0)
			assert.Equal(t, tt.word, string([]rune(shown)[i:i+len(tt.word)]), "the carets under the words")
			assert.Equal(t, len(tt.word), strings.Count(car, "^"))
		})
	}
}

// TestSourceLineOfAShortLine is the whole line, with a CR before the line
// feed left out.
func TestSourceLineOfAShortLine(t *testing.T) {
	text := "Hoi Sam,\r\nWellicht komt het morgen.\r\n^Anne"
	fd := lint.Finding{Offset: 10, EndOffset: 18, Line: 2, Column: 1, EndLine: 2, EndColumn: 9}
	shown, car := sourceLine(text, []int{0, 10, 37}, fd)
	assert.Equal(t, "Wellicht komt het morgen.", shown)
	assert.Equal(t, "^^^^^^^^", car)
}
