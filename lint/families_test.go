package lint

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/replylint/replylint/tone"
)

// familyCase is a reply and the words one rule must flag at warning or
// above (nil: silent).
type familyCase struct {
	name, reply, incoming string
	want                  []string
}

// flaggedBy returns the words a rule reports at warning or above.
func flaggedBy(rule string, c familyCase) []string {
	res := Lint(tone.Input{Text: c.reply, Incoming: c.incoming}, nil)
	var out []string
	for _, f := range res.Findings {
		if f.Rule == rule && f.Severity >= Warning {
			out = append(out, f.Span.In(c.reply))
		}
	}
	return out
}

func checkFamily(t *testing.T, rule string, cases []familyCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := flaggedBy(rule, c)
			if c.want == nil {
				assert.Empty(t, got, "%s must stay silent on %q", rule, c.reply)
				return
			}
			assert.Equal(t, c.want, got, "%s on %q", rule, c.reply)
		})
	}
}

// A soft line break inside a paragraph is a space to the rules; a blank
// line still ends the paragraph.
func TestLineBreakInsideAPhrase(t *testing.T) {
	checkFamily(t, "hedging", []familyCase{
		{name: "zo snel\\nmogelijk is no hedging", reply: "@user We lossen het zo snel\nmogelijk op. ^Anne"},
		{name: "als het\\ngoed is is hedging", reply: "@user Als het\ngoed is komt hij morgen. ^Anne", want: []string{"Als het\ngoed is"}},
		{name: "a blank line ends the paragraph", reply: "@user We lossen het zo snel\n\nmogelijk is het morgen klaar. ^Anne", want: []string{"mogelijk"}},
		{name: "english: as soon as\\npossible is no hedging", reply: "@user We'll fix it as soon as\npossible. ^Sam"},
	})
	checkFamily(t, "hollow-cliche", []familyCase{
		{name: "excuses voor het\\nongemak", reply: "@user Excuses voor het\nongemak. We sturen vandaag een nieuwe. ^Anne", want: []string{"Excuses voor het\nongemak"}},
		{name: "sorry for the\\ninconvenience", reply: "@user Sorry for the\ninconvenience, a new one ships today. ^Sam", want: []string{"Sorry for the\ninconvenience"}},
	})
	checkFamily(t, "defensive", []familyCase{
		{name: "zoals eerder\\naangegeven", reply: "@user Zoals eerder\naangegeven komt hij morgen. ^Anne", want: []string{"Zoals eerder\naangegeven"}},
		{name: "a new line with a capital starts a sentence", reply: "@user Zoals eerder\nAangegeven door je buurman: hij komt morgen. ^Anne"},
	})
	msg := "Waar blijft mijn pakket? Ik wacht al drie dagen, belachelijk."
	for _, rule := range []string{"dm-move", "no-next-step"} {
		checkFamily(t, rule, []familyCase{
			{name: "je pakket komt\\nmorgen is a next step", reply: "@user Sorry! Je pakket komt\nmorgen. ^Anne", incoming: msg},
		})
	}
}

func TestMogelijkOpeningASentenceIsHedging(t *testing.T) {
	checkFamily(t, "hedging", []familyCase{
		{name: "mogelijk is je pakket", reply: "@user Mogelijk is je pakket verkeerd bezorgd. ^Anne", want: []string{"Mogelijk"}},
		{name: "mogelijk komt het", reply: "@user Mogelijk komt het morgen. ^Anne", want: []string{"Mogelijk"}},
		{name: "als dat mogelijk is", reply: "@user Als dat mogelijk is, sturen we hem morgen. ^Anne"},
		{name: "alles wat mogelijk is", reply: "@user We doen alles wat mogelijk is. ^Anne"},
	})
}

func TestPostcodeSpanLeavesTheHouseNumber(t *testing.T) {
	checkFamily(t, "public-pii", []familyCase{
		{name: "street, number, postcode", reply: "@user Je adres is Kerkstraat 12, 1234 AB Amsterdam. ^Anne", want: []string{"Kerkstraat 12", "1234 AB"}},
		{name: "postcode then number", reply: "@user We bezorgen op 1234 AB 12. ^Anne", want: []string{"1234 AB 12"}},
		{name: "a PO box is the company's", reply: "@user Stuur het naar Postbus 123, 1234 AB Amsterdam. ^Anne"},
	})
}
