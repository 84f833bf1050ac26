package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Widespread is where something goes wrong, not the range of a
// superlative: "de slechtste provider van heel België", "the worst
// airline in the whole of the UK" compare; "storing in heel Vlaanderen",
// "no signal in the whole of Leeds" spread.
func TestSuperlativeOverARegionIsNoSpread(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Storing in heel Vlaanderen? Geen internet, geen tv.", SignalWidespread, true},
		{"Gij zijt echt de slechtste provider van heel België, bende prutsers.", SignalWidespread, false},
		{"No signal in the whole of Leeds since 6am", SignalWidespread, true},
		{"Worst airline in the whole of the UK, 3 hours late again", SignalWidespread, false},
		{"You are the worst provider in the whole country, useless lot.", SignalWidespread, false},
	})
}

// Someone else's data by what it is and whose it is: a neighbour's
// national number in the customer's letter, the orders of "a certain
// Mark", staff who take the customer's number for themselves. Near
// misses: a parcel taken in for a neighbour, staff who used the number
// to call about the delivery.
func TestOthersDataAndStaffWhoTakeIt(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Kreeg daarnet een brief van jullie met het contract én het rijksregisternummer van mijn buurman erin.", SignalPrivacy, true},
		{"Ik zie in mijn app ineens de bestellingen van een zekere Mark uit Zwolle, met zijn adres.", SignalPrivacy, true},
		{"Jullie bezorger heeft mijn nummer uit de bezorgapp gehaald en stuurt me nu appjes.", SignalPrivacy, true},
		{"Your driver got my number from the app and keeps texting me.", SignalPrivacy, true},
		{"My account shows the orders of a certain Mark from Leeds, with his address.", SignalPrivacy, true},
		{"Ik heb het pakket van mijn buurvrouw aangenomen, kunnen jullie dat doorgeven?", SignalPrivacy, false},
		{"De bezorger heeft mijn nummer gebruikt om te bellen dat hij eraan kwam, top!", SignalPrivacy, false},
		{"De bezorger heeft mijn nummer gebruikt om te bellen dat hij eraan kwam, top!", SignalSafety, false},
		{"De buschauffeur zat tijdens het rijden te appen op lijn 8!", SignalInjury, true},
		{"The driver rang me to say he was outside, great service", SignalPrivacy, false},
	})
}

// A cable hanging loose with words between ("hangt nen kabel van jullie
// los over het voetpad") is a hazard; a cable asked about is not.
func TestLooseCableWithWordsBetween(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Er hangt nen kabel van jullie los over het voetpad in de Stationsstraat, ligt half op de grond.", SignalHazard, true},
		{"Hangt de nieuwe kabel van de glasvezel straks los in de meterkast of zit hij in een kastje?", SignalHazard, false},
	})
}

// A hypothetical question about the customer's own trip or order ("If my
// flight gets cancelled, do I get a refund?") asks; it is no complaint.
// Told as a fact, it is.
func TestHypotheticalOwnMatterAsks(t *testing.T) {
	for _, tc := range []struct {
		in        string
		complaint bool
	}{
		{"If my flight gets cancelled because of the strike next week, do I get a refund or just a voucher?", false},
		{"Would I get a refund if my train is more than an hour late?", false},
		{"My flight got cancelled because of the strike and I still have no refund.", true},
	} {
		assert.Equal(t, tc.complaint, ReadMessage(tc.in, "en").Complaint, tc.in)
	}
}
