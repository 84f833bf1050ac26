package lint

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/tone"
)

// A directive is not part of the reply: on the last line it is neither
// the reply's end nor its sign-off, so what it does not disable is still
// reported (issue 16.4).
func TestDirectiveOnTheLastLineHidesOnlyWhatItNames(t *testing.T) {
	cases := []struct {
		name, reply string
		want        []string // rules reported at warning or above
	}{
		{"Dutch: missing sign-off is still reported", "@sanne Dat doen we NIET zo.\nreplylint-disable emotional", []string{"signature"}},
		{"English: missing sign-off is still reported", "@tom We will NOT do that.\n<!-- replylint-disable emotional -->", []string{"signature"}},
		{"Dutch: the sign-off before the directive counts", "@sanne Dat doen we NIET zo. ^Anne, webcare\nreplylint-disable emotional", nil},
		{"English: the sign-off before the directive counts", "@tom We will NOT do that. ^Jo, support lead\nreplylint-disable emotional", nil},
		{"disabling the sign-off rule hides it", "@sanne Dat doen we NIET zo.\nreplylint-disable emotional, signature", nil},
		{"a directive without IDs disables all", "@sanne Misschien NIET.\nreplylint-disable", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Lint(tone.Input{Text: c.reply}, nil)
			assert.Equal(t, c.want, rulesOf(res), "%+v", res.Findings)
			for _, f := range res.Findings {
				assert.LessOrEqual(t, f.EndOffset, len(c.reply))
			}
			assert.Equal(t, c.reply, res.Analysis.Text, "the result keeps the reply as written")
		})
	}
}

func TestUnknownRuleInADirectiveIsAnError(t *testing.T) {
	cases := []struct {
		name, reply string
		want        string // the unknown ID, or "" for none
		line        int
	}{
		{"Dutch: a typo on its own line", "@sanne Misschien morgen. ^Anne, webcare\nreplylint-disable hedgin", "hedgin", 2},
		{"English: a typo in a comment", "<!-- replylint-disable hedging, signatur -->\n@tom Maybe tomorrow.", "signatur", 1},
		{"known IDs are fine", "@sanne Misschien morgen.\nreplylint-disable hedging, signature", "", 0},
		{"no IDs is fine", "@tom Maybe tomorrow.\nreplylint-disable", "", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []Finding
			for _, f := range Lint(tone.Input{Text: c.reply}, nil).Findings {
				if f.Rule == "directive" {
					got = append(got, f)
				}
			}
			if c.want == "" {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.Equal(t, Error, got[0].Severity)
			assert.Equal(t, c.want, got[0].Span.In(c.reply))
			assert.Equal(t, c.line, got[0].Line)
			assert.Contains(t, got[0].Message, `"`+c.want+`"`)
		})
	}
	t.Run("the caller's own rules are known", func(t *testing.T) {
		l, err := New(nil, WithRules(exclaims))
		require.NoError(t, err)
		res := l.Lint(tone.Input{Text: "@sanne Helaas uitverkocht! ^Anne, webcare\nreplylint-disable sad-exclamation"})
		assert.Empty(t, rulesOf(res))
	})
}
