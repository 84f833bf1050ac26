package tone

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// TestLowerSameLengthAsToLower holds lowerSameLength to its definition:
// the text lower-cased by strings.ToLower when that keeps every
// character at its length in bytes, else "".
func TestLowerSameLengthAsToLower(t *testing.T) {
	want := func(text string) string {
		for i := 0; i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && size <= 1 || utf8.RuneLen(unicode.ToLower(r)) != size {
				return ""
			}
			i += size
		}
		return strings.ToLower(text)
	}
	texts := append(corpusTexts(t), "", "ABC", "Wat een KUTBEDRIJF 😡!!", "\u212a is Kelvin", "İstanbul", "ÄÖÜ äöü ß",
		"bad \xff byte", "\xe2\x82", "Ǆ Ǉ", "ＡＢＣ", "\uFFFD")
	for _, text := range texts {
		require.Equal(t, want(text), lowerSameLength(text), "%q", text)
	}
}

func TestIsSpaceAsUnicode(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		require.Equal(t, unicode.IsSpace(r), isSpace(r), "%U", r)
	}
}
