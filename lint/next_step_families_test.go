package lint

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/replylint/replylint/tone"
)

// TestNextStepFollowUpsThreadsAndRules: a follow-up that asks how things
// stand is a question to the customer; one part of a thread may leave the
// step to another part; a time inside a rule the reply lectures with is no
// step.
func TestNextStepFollowUpsThreadsAndRules(t *testing.T) {
	cfg := &Config{Rules: map[string]RuleConfig{"no-next-step": {Severity: Warning}}}
	cases := []struct {
		name, reply, incoming string
		fires                 bool
	}{
		{"english follow-up without a question mark", "@user Hi Ron! Just checking in to see if you are still experiencing issues with your TV service. -GO",
			"My TV service has been down all evening, this is ridiculous", false},
		{"dutch follow-up without a question mark", "@user Hoi Mila, even checken of je nog last hebt van de storing op je tv. ^Noor",
			"Mijn tv doet het al de hele avond niet, belachelijk", false},
		{"the second part of a thread", "@user us your booking reference, email address and contact number. 2/2 ^Linda",
			"You cancelled my flight home and now I'm stuck paying for a hotel myself, disgraceful", false},
		{"a rule with a time is no step", "@user To qualify for a full refund you would have to cancel within 24 hours of booking. ^HF",
			"Your site promised a full refund and I got nothing back, absolutely disgraceful", true},
		{"dutch: a lecture with a time is no step", "@user Je had binnen 14 dagen moeten retourneren, dat staat in de voorwaarden. ^Rik",
			"Mijn retour is geweigerd en ik krijg mijn geld niet terug, schandalig", true},
		{"a real commitment with a time is a step", "@user Sorry! I've refunded the full fare today; you'll see it within 5 working days. ^HF",
			"Your site promised a full refund and I got nothing back, absolutely disgraceful", false},
		{"hoping to see it is still no step", "@user Sorry to hear that. We hope everything is working again soon. ^Kim",
			"My TV service has been down all evening, this is ridiculous", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Lint(tone.Input{Text: c.reply, Incoming: c.incoming}, cfg)
			fired := false
			for _, f := range res.Findings {
				fired = fired || f.Rule == "no-next-step"
			}
			assert.Equal(t, c.fires, fired, "%q after %q", c.reply, c.incoming)
		})
	}
}
