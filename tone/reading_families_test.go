package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Families of customer messages the reading once missed. Every text here
// is invented for the test.

func TestIncomingTooShortToTellTakesTheReplysLanguage(t *testing.T) {
	cases := []struct {
		reply, incoming, want string
	}{
		{"Thanks for letting us know, we will look into it.", "ok", "en"},
		{"Thanks for letting us know, we will look into it.", "hmm", "en"},
		{"Bedankt voor je bericht, we kijken ernaar.", "ok", "nl"},
		{"Bedankt voor je bericht, we kijken ernaar.", "hmm", "nl"},
		// A message that tells its own language keeps it.
		{"Thanks for letting us know, we will look into it.", "mijn pakket is nog steeds niet bezorgd", "nl"},
		{"Bedankt voor je bericht, we kijken ernaar.", "my parcel still has not arrived", "en"},
	}
	for _, c := range cases {
		t.Run(c.incoming+" after "+c.reply, func(t *testing.T) {
			a := Analyze(Input{Text: c.reply, Incoming: c.incoming})
			if assert.NotNil(t, a.Incoming) {
				assert.Equal(t, c.want, a.Incoming.Lang)
			}
		})
	}
}
