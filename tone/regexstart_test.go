package tone

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFirstBytesNeverLeaveOutAMatch: the first bytes of a regex hold the
// first byte of every token it matches, in any case (the Kelvin sign
// folds to k), and leave out bytes no match starts with.
func TestFirstBytesNeverLeaveOutAMatch(t *testing.T) {
	for _, tc := range []struct {
		expr  string
		match []string
		other []string // tokens the set keeps out
	}{
		{"(kut|klote)(bedrijf|zooi)", []string{"klotebedrijf", "KUTZOOI", "\u212Autzooi"}, []string{"bedrijf", "zooi", "okut"}},
		{"(nut|egg)-(allergy|allergic)", []string{"Nut-allergy", "egg-allergic"}, []string{"allergy"}},
		{"a*b[c-e]", []string{"aaabc", "bd", "Bd"}, []string{"cd"}},
		{"\\d+-?jarige?", []string{"79-jarige", "8jarig"}, []string{"jarige"}},
		{"(é|ü)berhaupt", []string{"überhaupt", "Überhaupt"}, []string{"uberhaupt"}},
	} {
		full := "(?i)^(?:" + tc.expr + ")$"
		re := regexp.MustCompile(full)
		set := firstBytes(full)
		require.NotNil(t, set, tc.expr)
		for _, m := range tc.match {
			require.True(t, re.MatchString(m), m)
			assert.True(t, set[m[0]], "%s keeps %q", tc.expr, m)
		}
		for _, o := range tc.other {
			assert.False(t, set[o[0]], "%s leaves out %q", tc.expr, o)
		}
	}
	for _, any := range []string{"a?", ".b", "(x|)y?", "\\bfoo|."} {
		assert.Nil(t, firstBytes("(?i)^(?:"+any+")$"), "%s: the empty string or any byte, so no set", any)
	}
	set := firstBytes("(?i)^(?:\\S+)$")
	require.NotNil(t, set)
	assert.True(t, set['z'] && set["é"[0]] && set['#'])
	assert.False(t, set[' '], "a space starts no match of \\S+")
}

// TestRegexEntriesMatchWhatTheirRegexMatches: a regex entry without a
// literal prefix finds its compounds in Dutch and English, and not the
// words they are made of.
func TestRegexEntriesMatchWhatTheirRegexMatches(t *testing.T) {
	lx, err := ParseLexicon("nl", []byte(`
insult:
  - regex: "(kut|klote|rot)(bedrijf|zooi|tent)"
  - regex: "(nut|peanut|egg)-(allergy|allergic)"
`))
	require.NoError(t, err)
	an := NewAnalyzer(map[string]*Lexicon{"nl": lx, "en": lx})
	hits := func(text, lang string) []string {
		a := an.Analyze(Input{Text: text, Lang: lang})
		var out []string
		for _, h := range a.Hits {
			out = append(out, h.Text(text))
		}
		return out
	}
	assert.Equal(t, []string{"Klotebedrijf", "ROTTENT"}, hits("Klotebedrijf! Wat een ROTTENT, dit bedrijf.", "nl"))
	assert.Empty(t, hits("Wat een rot bedrijf, die tent.", "nl"))
	assert.Equal(t, []string{"peanut-allergy"}, hits("My son has a peanut-allergy.", "en"))
	assert.Empty(t, hits("He is allergic to nuts.", "en"))
}
