package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Customers type as they speak: Flemish "nie", "da", "wa", chat "mn",
// "t", "ff". The reading reads them in the standard spelling, so every
// list of the language matches them, and keeps the text as written.
func TestChatAndFlemishSpellingsReadAsStandard(t *testing.T) {
	for _, tc := range []struct {
		in        string
		complaint bool
	}{
		{"25 minuten aan de kassa gestaan met één kassa open. Da kan toch nie @KwikMarkt", true},
		{"mn pakket is weeral nie geleverd, wa is da hier", true},
		{"de app doet t nie, al de hele dag", true},
		{"Zijn jullie ook open op tweede paasdag? Da zou handig zijn", false},
		{"Kan k mn abonnement ff omzetten naar een ander adres?", false},
	} {
		m := ReadMessage(tc.in, "nl")
		assert.Equal(t, tc.complaint, m.Complaint, tc.in)
	}
	a := readingAnalysis("Da kan toch nie", "nl")
	assert.Equal(t, "dat", a.Tokens[0].Lower)
	assert.Equal(t, "Da", a.Tokens[0].Text, "the text as written is kept")
	assert.Equal(t, "niet", a.Tokens[3].Lower)
	// English has no such table: "da" stays itself.
	assert.Equal(t, "da", readingAnalysis("da best service ever", "en").Tokens[0].Lower)
}

// Flemish "ge" and "gij" keep their own spelling: the address reads them
// as one register with "uw", so a Flemish reply is not mixed.
func TestFlemishAddressKeepsItsSpelling(t *testing.T) {
	a := Analyze(Input{Text: "@user Amai, da's vervelend. Ge krijgt uw geld deze week terug, dat beloof ik. ^Lien", Lang: "nl"})
	assert.NotEqual(t, "mixed", a.Address.Form())
	assert.Equal(t, "ge", a.Tokens[6].Lower)
}
