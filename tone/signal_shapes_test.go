package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Signals as customers phrase them beyond the plain word order: a stretch
// between two places is widespread, a cable down from its pole in any
// word order is a hazard, a paper with an adjective or a consumer
// programme is the press, an organisation that counts its shops or
// speaks for its practice is a business, talking to other providers is
// leaving. Each with its near miss.
func TestSignalsInTheirShapes(t *testing.T) {
	for _, tc := range []struct {
		in, lang string
		signal   Signal
		want     bool
	}{
		{"De app doet het bij niemand meer. Mijn hele groepsapp klaagt, van Groningen tot Maastricht.", "nl", SignalWidespread, true},
		{"Hebben hele dorpen in Zeeland nou geen gas? De buren van Goes tot Middelburg hebben hetzelfde.", "nl", SignalWidespread, true},
		{"Zijn jullie van maandag tot vrijdag open van 9 tot 17?", "nl", SignalWidespread, false},
		{"Hier in de Kapelstraat hangt sinds het onweer ne kabel van de paal tot bijna op de grond. Daar lopen kinderen langs.", "nl", SignalHazard, true},
		{"Ik hang de nieuwe kabel van de tv zelf wel op, kan ik de monteur afzeggen?", "nl", SignalHazard, false},
		{"Als het vrijdag niet is opgelost stap ik naar de regionale krant en naar een consumentenprogramma.", "nl", SignalPress, true},
		{"Als dit niet vandaag opgelost is, stap ik hiermee naar de Brabantse krant.", "nl", SignalPress, true},
		{"Ik las in de regionale krant over jullie nieuwe winkel, wanneer gaat die open?", "nl", SignalPress, false},
		{"Namens onze fysiotherapiepraktijk (3 vestigingen, 40 medewerkers): we verlengen ons contract niet na de storing.", "nl", SignalBusiness, true},
		{"Namens mijn moeder: haar pakket is nog steeds niet bezorgd.", "nl", SignalBusiness, false},
		{"We're a bakery chain with 14 shops on your business fibre. Fourth outage this quarter.", "en", SignalBusiness, true},
		{"Fourth outage this quarter and we're already talking to other providers.", "en", SignalChurn, true},
		{"I was talking to other parents at school about your new app, is it free?", "en", SignalChurn, false},
		{"@BurritoCo Your app seems to be down", "en", SignalOutage, true},
		{"I know you're working hard. Just a little update or an ETR would help a lot", "en", SignalOutage, true},
		{"Big game tonight and @CableCo is out in my Cypress neighborhood.", "en", SignalOutage, true},
		{"We are facing very poor network in my village for weeks now.", "en", SignalOutage, true},
		{"I was out in the neighborhood all day, is the store open tomorrow?", "en", SignalOutage, false},
		{"The new app looks great, love the dark mode", "en", SignalOutage, false},
		{"Someone keeps trying to buy gift cards on my account. Can't reach anyone.", "en", SignalPrivacy, true},
		{"Can someone log into my account and check my order?", "en", SignalPrivacy, false},
	} {
		m := ReadMessage(tc.in, tc.lang)
		assert.Equal(t, tc.want, m.Has(tc.signal), "%s: %s", tc.signal, tc.in)
	}
}
