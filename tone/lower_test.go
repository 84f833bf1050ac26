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

// TestCueWorthyAsFields holds cueWorthy to its definition by
// strings.FieldsFunc, on every corpus text and each of its words.
func TestCueWorthyAsFields(t *testing.T) {
	want := func(term, surface string) bool {
		if strings.HasPrefix(term, "<") {
			return false
		}
		worthy := false
		notWord := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }
		for _, w := range strings.FieldsFunc(strings.ToLower(strings.ReplaceAll(surface, "’", "'")), notWord) {
			if strings.HasPrefix(w, "<") || stopEN[w] || langEN[w] {
				continue
			}
			for _, r := range w {
				if unicode.IsLetter(r) {
					worthy = true
					break
				}
			}
		}
		return worthy
	}
	for _, text := range append(corpusTexts(t), "", "the", "İS it", "it’s the 2nd", "?!", "bad \xff", "<user>") {
		require.Equal(t, want("x", text), cueWorthy("x", text), "%q", text)
		for _, w := range strings.Fields(text) {
			require.Equal(t, want("x", w), cueWorthy("x", w), "%q", w)
		}
	}
}

// TestClassifyAlnum holds classifyAlnum to classify on every token of
// letters and digits of the corpora, and on odd ones.
func TestClassifyAlnum(t *testing.T) {
	words := []string{"xD", "XD", "a", "1", "1st", "café", "١٢٣", "Ωmega", "www", "http", "0800123456789"}
	for _, text := range corpusTexts(t) {
		words = append(words, strings.FieldsFunc(text, func(r rune) bool { return !isLetterOrDigit(r) })...)
	}
	for _, w := range words {
		require.Equal(t, classify(w), classifyAlnum(w), "%q", w)
	}
}
