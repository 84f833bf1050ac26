package tone

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRegexGateNeverTurnsAwayAMatch: the gate of a regex admits every
// token the regex matches, in any case (the Kelvin sign folds to k) and
// invalid UTF-8 included, and turns away tokens whose first byte starts
// no match or that are too short for one.
func TestRegexGateNeverTurnsAwayAMatch(t *testing.T) {
	for _, tc := range []struct {
		expr   string
		minLen int
		match  []string
		other  []string // tokens the gate turns away
	}{
		{"(kut|klote)(bedrijf|zooi)", 7, []string{"klotebedrijf", "KUTZOOI", "\u212Autzooi"}, []string{"bedrijf", "zooi", "okutzooi", "kut"}},
		{"(nut|egg)-(allergy|allergic)", 11, []string{"Nut-allergy", "egg-allergic"}, []string{"allergy", "nut-"}},
		{"a*b[c-e]", 2, []string{"aaabc", "bd", "Bd"}, []string{"cd", "b"}},
		{"\\d+-?jarige?", 6, []string{"79-jarige", "8jarig"}, []string{"jarige", "8jar"}},
		{"(é|ü)berhaupt", 9, []string{"überhaupt", "Überhaupt"}, []string{"uberhaupt"}},
		{"\\S+", 1, []string{"x", "é", "\xff", "#"}, []string{" ", ""}},
		{"[^a-z]x", 2, []string{"\xffx", "1x", "éx"}, []string{"ax", "x"}},
		{"[\\p{L}-]+(nummer|nr|code)", 3, []string{"klantnummer", "Order-NR", "kortingscode", "pasNummer"}, []string{"nummers", "codes", "order", "kode"}},
		{"(a|b)s", 2, []string{"aS", "bſ"}, []string{"ab", "s", "sa"}},
		{"(glas|metaal)(scherf|splinter)s?", 10, []string{"glasscherf", "Metaalsplinters"}, []string{"glas", "scherf", "glasscherfx"}},
		// The last byte turns away most tokens before the ends are
		// compared; a case of the last letter may end in another byte
		// (the Kelvin sign's is 0xAA).
		{"(stroom|net|internet)storing", 10, []string{"Stroomstoring", "NETSTORING", "internetstorinG"}, []string{"stroomstoringen", "netstoringx", "netstorin"}},
		{"(wifi|signal)-?(outage|drop)s?", 8, []string{"wifi-outage", "SIGNALDROPS", "wifidropſ"}, []string{"wifi-outages!", "signal-dropped"}},
		{"(a|b)k", 2, []string{"ak", "BK", "a\u212A"}, []string{"aq", "ka"}},
		// Heads and tails too many to join (17 × 7): the tails alone
		// still end every match.
		{"(kut|klote|tering|kanker|tyfus|tiefus|rot|pruts|ruk|shit|kloot|kolere|klere|bagger|waardeloos|waardeloze|ellende)(bedrijf|zooi|tent|toko|club|bank|winkel)", 7,
			[]string{"Klotebedrijf", "RUKTENT", "waardelozewinkel"}, []string{"terugbetaling", "reageert", "belachelijk", "klotebedrijven"}},
	} {
		full := "(?i)^(?:" + tc.expr + ")$"
		re := regexp.MustCompile(full)
		gate := gateOf(full)
		assert.Equal(t, tc.minLen, gate.minLen, tc.expr)
		for _, m := range tc.match {
			require.True(t, re.MatchString(m), m)
			assert.True(t, gate.admits(m), "%s admits %q", tc.expr, m)
		}
		for _, o := range tc.other {
			assert.False(t, gate.admits(o), "%s turns away %q", tc.expr, o)
		}
	}
	for _, any := range []string{"a?", ".b", "(x|)y?", "\\bfoo|."} {
		assert.Nil(t, gateOf("(?i)^(?:"+any+")$").first, "%s: the empty string or any byte, so no set", any)
	}
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

// TestEndsByLastCannotTellWithoutEnds: with no ends, an empty one, or one
// that ends in the replacement rune (which any invalid byte decodes to),
// the gate does not look at the last byte; otherwise each end is filed
// under the last byte of each case of its last letter.
func TestEndsByLastCannotTellWithoutEnds(t *testing.T) {
	assert.Nil(t, endsByLast(nil))
	assert.Nil(t, endsByLast([][]rune{[]rune("storing"), {}}))
	assert.Nil(t, endsByLast([][]rune{[]rune("x\uFFFD")}))
	by := endsByLast([][]rune{[]rune("storing"), []rune("outage"), []rune("uitval"), []rune("lek")})
	require.NotNil(t, by)
	filed := map[byte][]string{}
	for b := range 256 {
		for _, lit := range by[b] {
			filed[byte(b)] = append(filed[byte(b)], string(lit))
		}
	}
	assert.Equal(t, map[byte][]string{'g': {"storing"}, 'G': {"storing"}, 'e': {"outage"}, 'E': {"outage"},
		'l': {"uitval"}, 'L': {"uitval"}, 'k': {"lek"}, 'K': {"lek"}, 0xAA: {"lek"}}, filed)
}
