package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Other customers' data in the customer's hands, by the hundred: a breach
// whatever the customers are called (verzekerden, leden, patients) and
// however many; one stranger's letter is privacy, not a breach.
func TestOtherCustomersDataByTheHundredIsABreach(t *testing.T) {
	for _, tc := range []struct {
		in, lang string
		breach   bool
	}{
		{"Ik kreeg net een mail met een Excel als bijlage: namen, adressen en polisnummers van honderden andere verzekerden. @ZorgVerzekeraar", "nl", true},
		{"Your newsletter had a spreadsheet attached with the names and dates of birth of hundreds of other members!", "en", true},
		{"In mijn brievenbus lag een brief van jullie voor iemand anders, met zijn BSN erop.", "nl", false},
	} {
		m := ReadMessage(tc.in, tc.lang)
		assert.Equal(t, tc.breach, m.Has(SignalBreach), tc.in)
		assert.True(t, m.Has(SignalPrivacy), tc.in)
	}
}
