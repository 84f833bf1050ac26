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
		{"all facts, u", func() Facts {
			f := fullFacts()
			f.Address, f.When = "u", "Pinnen werkt sinds 11:40 weer; terugstortingen staan uiterlijk vrijdag op uw rekening"
			return f
		}(), true},
		{"English facts, not at fault", en, true},
		{"facts alone over 300 words", long, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Statement(tt.facts)
			assert.Equal(t, tone.KindStatement, r.Kind)
			res := lint.Lint(r.Input(), nil)
			assert.Equal(t, r.Words, res.Analysis.WordCount())
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

	// Not at fault: sorry for the trouble, without pointing at anyone
	// (webcarecrisis: stand up for yourself without blame).
	f.AtFault = false
	r = Statement(f)
	assert.Contains(t, r.Text, "Het spijt ons dat je hier last van hebt")
	assert.NotContains(t, r.Text, "Dit had niet mogen gebeuren")
	assert.NotContains(t, r.Text, "niet bij ons")
	assert.NotContains(t, r.Text, "hetzelfde antwoord", "no internal process as filler")
	assert.True(t, r.Clean, r.Text)
}

func TestStatementRecallSaysWhatToDoFirst(t *testing.T) {
	f := fullFacts()
	f.Kind = "terugroepactie"
	f.Incident = "de terugroepactie van de PowerMax 10 powerbank"
	f.WhatToDo = []string{"Gebruik de powerbank niet meer", "breng hem terug naar een van onze winkels, je krijgt je geld terug"}
	r := Statement(f)
	paras := strings.Split(r.Text, "\n\n")
	require.Greater(t, len(paras), 2)
	assert.True(t, strings.HasPrefix(paras[1], "Wat moet je nu doen? Gebruik de powerbank niet meer"), paras[1])
	assert.True(t, r.Clean, r.Text)
	f.WhatToDo = nil
	r = Statement(f)
	assert.Equal(t, tone.KindHolding, r.Kind)
	assert.Contains(t, r.Missing, "what_to_do", "a recall needs what to do now")
}

func TestParseFacts(t *testing.T) {
	f, err := ParseFacts("facts.yaml", []byte(`merk: Betaalbaar
incident: de storing bij het pinnen
situatie: Klanten konden niet pinnen
oorzaak: een fout in een update
onze_schuld: ja
maatregelen:
  - We hebben de update teruggedraaid
  - we storten dubbele afschrijvingen terug
wanneer: Pinnen werkt weer sinds 11:40
infopagina: https://example.nl/storing
woordvoerder: Marieke Jansen
`))
	require.NoError(t, err)
	assert.True(t, f.AtFault)
	assert.Len(t, f.Actions, 2)
	assert.Empty(t, f.Missing())
	_, err = ParseFacts("facts.yaml", []byte("merk: X\noorzaakk: y\n"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "facts.yaml:2: oorzaakk:")
	assert.Contains(t, err.Error(), `bedoel je "oorzaak"?`)
	_, err = ParseFacts("facts.yaml", []byte("at_fault: maybe\n"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "want yes or no")
}

func TestStatementNeverInvents(t *testing.T) {
	for _, f := range []Facts{{}, {Address: "u"}, {Lang: "en"}, {Situation: "Klanten konden niet inloggen in de app", Incident: "de storing in de app"}} {
		r := Statement(f)
		assert.Equal(t, tone.KindHolding, r.Kind, "too few facts: a holding message, no statement with gaps")
		assert.False(t, r.Clean, "a holding message with slots is not clean")
		assert.Contains(t, r.Missing, "cause")
		assert.Contains(t, r.Missing, "actions")
		assert.Less(t, r.Words, 80, "no filler: %s", r.Text)
		require.NotEmpty(t, r.Placeholders)
		for _, p := range r.Placeholders {
			assert.Equal(t, p.Text, p.Span.In(r.Text))
		}
		res := lint.Lint(r.Input(), nil)
		assert.Empty(t, blocking(r, res), r.Text)
	}
	r := Statement(Facts{Situation: "Klanten konden niet inloggen in de app", Incident: "de storing in de app"})
	assert.NotContains(t, r.Missing, "situation")
	assert.Contains(t, r.Text, "de storing in de app")
	assert.Contains(t, MissingText("nl", r.Missing), "de oorzaak (oorzaak)")
}
