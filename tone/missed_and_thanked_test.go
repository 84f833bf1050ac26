package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A connection missed because of what went wrong and bare thanks right before name-calling: each a grievance, with the
// near miss that is not.
func TestMissedWhereIsAndThanksForNothing(t *testing.T) {
	for _, tc := range []struct {
		in, lang  string
		complaint bool
	}{
		{"But she's now missed the connection to Blackburn?", "en", true},
		{"Door de vertraging heb ik mijn aansluiting gemist.", "nl", true},
		{"So I was supposed to leave at 10am and it's now 4:30pm. Thanks @SkyLine. Morons.", "en", true},
		{"Bedankt hoor. Prutsers.", "nl", true},

		{"I overslept and missed my flight, can I rebook?", "en", false},
		{"Ik had me verslapen en heb mijn trein gemist, kan ik mijn kaartje nog gebruiken?", "nl", false},
	} {
		m := ReadMessage(tc.in, tc.lang)
		assert.Equal(t, tc.complaint, m.Complaint, tc.in)
	}
	assert.True(t, ReadMessage("Thanks @SkyLine. Morons.", "en").Has(SignalSarcasm))
}
