package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

const stofzuiger = "Ik heb vorige week een stofzuiger gekocht en hij maakt mijn huis juist viezer. Waardeloos!"

func TestScoreSeed003Ordering(t *testing.T) {
	// Seed 003's example reply, and the same reply with its hollow
	// opening instead.
	good := Score(Analyze(Input{Incoming: stofzuiger, Text: "@user Goed voor te stellen dat dit behoorlijk teleurstellend is, Sanne. " +
		"Het is natuurlijk niet de bedoeling dat de stofzuiger je huis juist viezer maakt. Sorry! " +
		"Stuur ons even een DM met je gegevens, dan zorgen we ervoor dat je een wél goed werkend apparaat krijgt! ^Anne, webcare"}))
	cliche := Score(Analyze(Input{Incoming: stofzuiger, Text: "@user Wat vervelend om te lezen dat je dit zo ervaren hebt, Sanne. " +
		"Het is natuurlijk niet de bedoeling dat de stofzuiger je huis juist viezer maakt. Sorry! " +
		"Stuur ons even een DM met je gegevens, dan zorgen we ervoor dat je een wél goed werkend apparaat krijgt! ^Anne, webcare"}))
	assert.Greater(t, good.Total, cliche.Total)
	assert.Greater(t, good.Empathy, cliche.Empathy)
	assert.GreaterOrEqual(t, good.Total, 90, "a reply that passes every rule scores 90 or more")
}

func TestScorePartsMoveWithFindings(t *testing.T) {
	base := Score(Analyze(Input{Text: "@user Je pakket komt morgen. ^Anne, webcare"}))
	assert.Equal(t, 100, base.Total)

	cases := []struct {
		name, text, part, rule string
	}{
		{"hedging costs clarity", "@user Je pakket komt misschien morgen. ^Anne, webcare", "clarity", "hedging"},
		{"a cliché costs empathy", "@user Excuses voor het ongemak, je pakket komt morgen. ^Anne, webcare", "empathy", "hollow-cliche"},
		{"no sign-off costs personal", "@user Je pakket komt morgen.", "personal", "signature"},
		{"defensive costs de-escalation", "@user Zoals eerder aangegeven komt je pakket morgen. ^Anne, webcare", "de_escalation", "defensive"},
		{"a mobile number costs privacy", "@user We bellen je morgen op 06-12345678. ^Anne, webcare", "privacy", "public-pii"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := Score(Analyze(Input{Text: c.text}))
			parts := map[string]int{"empathy": sc.Empathy, "personal": sc.Personal, "clarity": sc.Clarity,
				"de_escalation": sc.DeEscalation, "privacy": sc.Privacy}
			assert.Less(t, parts[c.part], 100)
			assert.Less(t, sc.Total, base.Total)
			var rules []string
			for _, r := range sc.Reasons {
				if r.Points < 0 {
					rules = append(rules, r.Rule)
					assert.Equal(t, c.part, r.Part)
				}
			}
			assert.Equal(t, []string{c.rule}, rules)
		})
	}
}

func TestScoreWeights(t *testing.T) {
	a := Analyze(Input{Text: "@user Je pakket komt misschien morgen. ^Anne, webcare"})
	onlyClarity := ScoreWith(a, Weights{Clarity: 1})
	assert.Equal(t, onlyClarity.Clarity, onlyClarity.Total)
	assert.Equal(t, Score(a), ScoreWith(a, Weights{}), "zero weights fall back to the defaults")
}

// TestScoreLeavesOutEchoes: the score costs what lint reports: the
// customer's own "misschien" said back costs nothing, a doubt of ours does.
func TestScoreLeavesOutEchoes(t *testing.T) {
	echo := Score(Analyze(Input{Text: "@user Misschien morgen, vraag je? Nee: hij komt vandaag. ^Anne (webcare)", Incoming: "Komt mijn pakket misschien morgen?"}))
	own := Score(Analyze(Input{Text: "@user Hij komt misschien morgen. ^Anne (webcare)", Incoming: "Komt mijn pakket morgen?"}))
	for _, r := range echo.Reasons {
		assert.NotEqual(t, "hedging", r.Rule, "an echo costs nothing")
	}
	var hedged bool
	for _, r := range own.Reasons {
		hedged = hedged || r.Rule == "hedging"
	}
	assert.True(t, hedged)
}

// TestScoreSparesCompanyLines: the company's own WhatsApp number costs no
// privacy points, as public-pii reports none.
func TestScoreSparesCompanyLines(t *testing.T) {
	sc := Score(Analyze(Input{Text: "@user Bereik ons via WhatsApp op 06-12345678, dan kijken we vandaag mee. ^Anne (webcare)"}))
	for _, r := range sc.Reasons {
		assert.NotEqual(t, "public-pii", r.Rule)
	}
}

// TestScoreCountsShouting: capitals and "!!" cost de-escalation points,
// as the emotional rule reports them.
func TestScoreCountsShouting(t *testing.T) {
	sc := Score(Analyze(Input{Text: "@user Sorry Tom, balen! We lossen het NIET vandaag op!! ^Anne (webcare)"}))
	var spans []string
	for _, r := range sc.Reasons {
		if r.Rule == "emotional" {
			spans = append(spans, r.Span.In("@user Sorry Tom, balen! We lossen het NIET vandaag op!! ^Anne (webcare)"))
		}
	}
	assert.Equal(t, []string{"NIET", "!!"}, spans)
}
