package tone

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLeftWithoutWhatWasOwed: trouble told as what the customer is left
// without, a "delivered" status with nothing there, a meter that reports
// nothing, charges that go on after cancelling, and a queue at the till;
// and their near misses: good news without problems, a question whether
// something can be done without, a plain question about a till.
func TestLeftWithoutWhatWasOwed(t *testing.T) {
	cases := []struct {
		text, lang string
		complaint  bool
	}{
		// Stranded without what was booked.
		{"Twee keer omgeboekt en nog sta ik om middernacht op het vliegveld zonder vlucht en zonder hotel.", "nl", true},
		{"Rebooked twice and I'm still stranded at the airport at midnight without a flight or a hotel.", "en", true},
		{"Alles ging zonder problemen, de monteur was binnen een uur klaar. Top!", "nl", false},
		{"Everything arrived without any damage, thanks for packing it so well!", "en", false},
		{"Kan ik ook zonder reservering langskomen bij het filiaal in Gouda?", "nl", false},
		// An order that came without part of it; done without asking.
		{"De bestelling kwam compleet zonder de drankjes en de friet. Wel betaald.", "nl", true},
		{"Jullie hebben mijn contract verlengd zonder het mij te vragen.", "nl", true},
		// Delivered, says the status; nothing here.
		{"Volgens de app bezorgd, maar hier ligt niks. De buren hebben ook niks.", "nl", true},
		{"Tracking says delivered but there's nothing on my doorstep and the neighbours have nothing either.", "en", true},
		{"Pakket is bezorgd bij de buren, ik haal het straks op. Dank!", "nl", false},
		// A meter that reports nothing.
		{"De nieuwe slimme meter geeft helemaal niks door, de app blijft op 0 staan.", "nl", true},
		// Charges that go on after cancelling.
		{"Ik heb het abonnement van mijn moeder na haar overlijden opgezegd, maar de incasso's gaan door.", "nl", true},
		{"I cancelled my late father's contract in March but the direct debits keep coming.", "en", true},
		// A fix that did not hold.
		{"Ze hebben het maandag gerepareerd en nu valt het alweer uit.", "nl", true},
		{"Fixed it on Monday and it keeps dropping out.", "en", true},
		{"Internet was down this morning but it works again, thanks.", "en", false},
		// Queuing at the till.
		{"25 minuten in de rij gestaan bij jullie filiaal, maar 1 kassa open op zaterdag.", "nl", true},
		{"Stood in the queue for 25 minutes, only one till open on a Saturday.", "en", true},
		{"Hoeveel kassa's zijn er open op zondag in het filiaal in Zwolle?", "nl", false},
	}
	for _, c := range cases {
		m := ReadMessage(c.text, c.lang)
		assert.Equal(t, c.complaint, m.Complaint, "%s (p=%.2f, why %v)", c.text, m.Confidence, m.Why)
	}
}

// TestDegreeWordsAndNamesCarryNoFeeling: a kind word before a bad one only
// says how bad ("bijzonder pijnlijk", "pretty bad"); the name under a
// letter is no feeling ("J. de Groot", "Joy Goodman").
func TestDegreeWordsAndNamesCarryNoFeeling(t *testing.T) {
	positives := func(text string) []string {
		a := readingAnalysis(text, "")
		f := extractFeatures(a)
		var out []string
		for _, sp := range f.spans[featPositive] {
			out = append(out, strings.ToLower(sp.In(a.Text)))
		}
		return out
	}
	assert.NotContains(t, positives("Dit is voor ons gezin bijzonder pijnlijk."), "bijzonder")
	assert.NotContains(t, positives("The service was pretty bad tonight."), "pretty")
	assert.Contains(t, positives("Wat een bijzonder mooie winkel!"), "bijzonder", "a kind word before a kind word still counts")
	assert.NotContains(t, positives("Met vriendelijke groet, J. de Groot"), "groot")
	assert.NotContains(t, positives("Kind regards, Joy Goodman"), "joy")
	assert.Contains(t, positives("Het was een groot succes, dank jullie wel."), "groot", "outside a name it counts")
}
