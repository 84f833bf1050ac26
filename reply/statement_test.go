package reply

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

func fullFacts() Facts {
	return Facts{
		Brand:        "Betaalbaar",
		Incident:     "de storing bij het pinnen",
		Situation:    "Klanten in heel Nederland konden vanochtend niet pinnen in winkels.",
		Since:        "vanochtend 9:12",
		Affected:     "iedereen die met een pas van Betaalbaar betaalt",
		Cause:        "een fout in een software-update van ons betaalsysteem",
		AtFault:      true,
		Actions:      []string{"We hebben de update teruggedraaid", "we controleren alle betalingen van vanochtend", "dubbele afschrijvingen storten we automatisch terug"},
		When:         "Pinnen werkt sinds 11:40 weer; terugstortingen staan uiterlijk vrijdag op je rekening",
		InfoPage:     "https://betaalbaar.example.nl/storing",
		Contact:      "Bel ons gratis op 0800 1234.",
		Spokesperson: "Marieke Jansen",
		Role:         "woordvoerder",
	}
}

func TestStatementWordCount(t *testing.T) {
	en := Facts{Lang: "en", Brand: "Telvio", Incident: "the broadband outage in Norwich",
		Situation: "Customers in Norwich have had no broadband since this morning",
		Since:     "6:00 today", Affected: "about 4,000 homes", Cause: "a cable cut by roadworks",
		Actions:  []string{"Engineers are repairing the cable", "we will credit one day of service to every affected account"},
		When:     "We expect the repair to be finished by 18:00 and will post an update at 14:00",
		InfoPage: "https://telvio.example.co.uk/status", Spokesperson: "Sam Carter", Role: "Head of Customer Care"}
	long := fullFacts()
	long.Situation = strings.Repeat("Klanten konden niet pinnen en moesten hun boodschappen laten staan. ", 30)
	tests := []struct {
		name  string
		facts Facts
		clean bool
	}{
		{"all facts", fullFacts(), true},
		{"no facts at all", Facts{}, true},
		{"no facts, u", Facts{Address: "u"}, true},
		{"no facts, English", Facts{Lang: "en"}, true},
		{"English facts, not at fault", en, true},
		{"facts alone over 300 words", long, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Statement(tt.facts)
			assert.Equal(t, tone.KindStatement, r.Kind)
			res := lint.Lint(r.Input(), nil)
			assert.Equal(t, r.Words, countWords(res.Analysis))
			if tt.clean {
				assert.GreaterOrEqual(t, r.Words, 150, r.Text)
				assert.LessOrEqual(t, r.Words, 300, r.Text)
				assert.Empty(t, blocking(r, res), r.Text)
				assert.True(t, r.Clean)
			} else {
				assert.Greater(t, r.Words, 300)
				assert.False(t, r.Clean, "the length rule reports it")
			}
		})
	}
}

func TestStatementContent(t *testing.T) {
	f := fullFacts()
	r := Statement(f)
	for _, want := range []string{"Klanten in heel Nederland konden vanochtend niet pinnen", "Een fout in een software-update",
		"excuses", "We hebben de update teruggedraaid, we controleren alle betalingen van vanochtend en dubbele afschrijvingen",
		"uiterlijk vrijdag", "https://betaalbaar.example.nl/storing", "Marieke Jansen (woordvoerder, Betaalbaar)"} {
		assert.Contains(t, r.Text, want)
	}
	assert.Empty(t, r.Placeholders, "no fact is missing")
	a := tone.Analyze(r.Input())
	assert.True(t, a.Apologizes())
	assert.Equal(t, "Marieke Jansen", a.SignOff.Name)

	// Not at fault: sorry for the trouble, not for the cause.
	f.AtFault = false
	r = Statement(f)
	assert.Contains(t, r.Text, "ook al ligt de oorzaak niet bij ons")
	assert.NotContains(t, r.Text, "Dit had niet mogen gebeuren")
}

func TestStatementNeverInvents(t *testing.T) {
	r := Statement(Facts{Situation: "Klanten konden niet inloggen in de app"})
	var ph []string
	for _, p := range r.Placeholders {
		ph = append(ph, p.Text)
	}
	for _, want := range []string{"[de oorzaak]", "[wat we doen]", "[wanneer het is opgelost of de volgende update komt]", "[link naar infopagina]", "[naam en functie]"} {
		assert.Contains(t, ph, want)
	}
	assert.NotContains(t, ph, "[wat er is gebeurd]")
	require.NotEmpty(t, r.Placeholders)
	for _, p := range r.Placeholders {
		assert.Equal(t, p.Text, p.Span.In(r.Text))
	}
}
