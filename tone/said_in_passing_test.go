package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Words of a signal said in passing, with the near miss that means it.
func TestSignalWordsSaidInPassing(t *testing.T) {
	for _, tc := range []struct {
		in, lang string
		signal   Signal
		want     bool
	}{
		// Who sent the file: the customer, or the company to others.
		{"Ik heb mijn dossier doorgestuurd naar Test-Aankoop. Al drie maanden betaal ik voor een decoder die nooit geleverd is.", "nl", SignalPrivacy, false},
		{"Jullie hebben mijn dossier doorgestuurd naar mijn werkgever, zonder te vragen!", "nl", SignalPrivacy, true},
		// The last time I ask nicely is no leaving; the last time I order is.
		{"Dit is de laatste keer dat ik het netjes vraag. Al zes weken storing.", "nl", SignalChurn, false},
		{"Dit is de laatste keer dat ik bij jullie bestel, al zes weken wachten.", "nl", SignalChurn, true},
		// Cancelled and still charged is a billing grievance, not leaving.
		{"In augustus opgezegd en nu in december wordt er nog steeds €12,99 afgeschreven.", "nl", SignalChurn, false},
		// A lawyer's advice reported is no threat; calling one in is.
		{"Mijn advocaat zegt dat ik de opzegging niet aangetekend hoef te sturen. Mag het ook per mail?", "nl", SignalLegal, false},
		{"Als dit niet deze week geregeld is, schakel ik mijn advocaat in.", "nl", SignalLegal, true},
	} {
		m := ReadMessage(tc.in, tc.lang)
		assert.Equal(t, tc.want, m.Has(tc.signal), "%s: %s", tc.signal, tc.in)
	}
	// "Iets kwijt willen" is saying something, not losing it.
	m := ReadMessage("Wil even kwijt dat Joyce van de klantenservice gisteren 40 minuten met me heeft zitten puzzelen op de router. Geduld van een heilige 😇", "nl")
	assert.False(t, m.Complaint)
	// A journalist with a word before the role is still a journalist.
	m = ReadMessage("Hi, I'm a freelance reporter writing about rising energy bills among expats. Could your press office comment?", "en")
	assert.True(t, m.FromPress)
	assert.False(t, m.Complaint)
}
