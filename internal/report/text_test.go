package report

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shown, car := caretLine(tt.line, tt.from, tt.to)
			assert.Equal(t, tt.shown, shown)
			assert.Equal(t, tt.car, car)
		})
	}
}

func TestCaretLineLong(t *testing.T) {
	line := strings.Repeat("a ", 100) + "Misschien" + strings.Repeat(" b", 100)
	from := 201
	shown, car := caretLine(line, from, from+9)
	require.True(t, strings.HasPrefix(shown, "…") && strings.HasSuffix(shown, "…"), shown)
	assert.LessOrEqual(t, len([]rune(shown)), maxShown+2)
	i := strings.Index(car, "^")
	assert.Equal(t, "Misschien", string([]rune(shown)[i:i+9]), "the carets stay under the words")
	assert.Equal(t, 9, strings.Count(car, "^"))
}
