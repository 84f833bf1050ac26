package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A customer who asks to send their own data somewhere else reports no
// exposure of it; one who tells that their data went to someone else does.
func TestARequestAboutOnesOwnDataIsNoExposure(t *testing.T) {
	for _, tc := range []struct {
		in, lang string
		privacy  bool
	}{
		{"Kan ik mijn abonnement even omzetten naar een ander adres?", "nl", false},
		{"Mag ik de factuur voortaan naar een ander mailadres laten sturen?", "nl", false},
		{"Can I send the invoice to another address from now on?", "en", false},
		{"Mijn factuur met mijn adres erop is naar een andere klant gestuurd!", "nl", true},
		{"My invoice with my home address was sent to another customer.", "en", true},
	} {
		m := ReadMessage(tc.in, tc.lang)
		assert.Equal(t, tc.privacy, m.Has(SignalPrivacy), tc.in)
		if !tc.privacy {
			assert.False(t, m.Complaint, tc.in)
		}
	}
}
