package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Trouble as customers tell it, in the word orders and forms of each
// language: a no-show in a subordinate clause, fed up with words in
// between, a count "in a row", damage named by a noun, "hoezo" as a
// why-word. Near misses: a customer who cannot come, an ordinal that
// dates, "genoeg" of something wanted.
func TestTroubleAsCustomersTellIt(t *testing.T) {
	for _, tc := range []struct {
		in, lang  string
		complaint bool
	}{
		{"Dit is de derde monteur die niet komt opdagen. Ik heb er echt schoon genoeg van.", "nl", true},
		{"De monteur kwam gisteren weer niet opdagen.", "nl", true},
		{"Het hangt me de keel uit, elke week hetzelfde gedoe met de bezorging", "nl", true},
		{"Voor de 4e zondag op rij ontbreken er producten in mijn bezorging.", "nl", true},
		{"Drie dagen op rij zonder warm water in onze flat", "nl", true},
		{"Nieuwe tv kwam vandaag binnen met een deuk in de doos en een barst in het scherm.", "nl", true},
		{"Hoezo moet ik 75 euro boete betalen? Ik had gewoon ingecheckt!", "nl", true},
		{"This is the third engineer who didn't show up. I've really had enough.", "en", true},
		{"New TV arrived today with a dent in the box and a crack in the screen.", "en", true},
		{"Three days in a row without hot water in our building", "en", true},
		{"Since the update the app no longer shows my loyalty points", "en", true},
		{"My card no longer scans at the gates, second time this week", "en", true},
		{"I no longer need my second line, how do I cancel it?", "en", false},
		{"We no longer live at this address, can you update it?", "en", false},

		{"Ik kan morgen niet komen, kan de afspraak verzet worden?", "nl", false},
		{"In de derde week van januari ben ik op vakantie, kan ik de bezorging pauzeren?", "nl", false},
		{"Ik heb genoeg aan een klein abonnement, welke raden jullie aan?", "nl", false},
		{"In the third week of January I'm away, can I pause my deliveries?", "en", false},
		{"The new phone arrived without a scratch on it, great packaging", "en", false},
	} {
		m := ReadMessage(tc.in, tc.lang)
		assert.Equal(t, tc.complaint, m.Complaint, tc.in)
	}
}
