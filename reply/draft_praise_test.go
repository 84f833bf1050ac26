package reply

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Praise of a colleague gets thanks and is passed on to them by name, and
// nothing else: no case to open, no "what happened", no DM, no slot to
// fill; also when the praise mentions what had gone wrong, or reads as a
// statement ("Ik wil even zeggen dat …").
func TestPraiseOfAColleagueIsThankedNotTakenUp(t *testing.T) {
	cases := []struct{ name, text, colleague string }{
		{"nl name at the counter, how she was", "Wilde even kwijt dat Fenna bij de servicebalie zo geduldig was met mijn moeder.", "Fenna"},
		{"nl trouble fixed by a named colleague", "Mijn factuur klopte niet, maar Ruben van de chat had het binnen tien minuten opgelost.", "Ruben"},
		{"en went out of his way", "Big shout-out to Marcus at the Bath store, he went out of his way to find my lost bag.", "Marcus"},
		{"en name on the phone line fixed it", "Just to say Aisha on the phone line fixed my account in two minutes.", "Aisha"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, r := range draftSeeds(c.text) {
				assert.False(t, r.Hold)
				assert.Contains(t, r.Text, c.colleague, "names the colleague")
				assert.Empty(t, r.Placeholders, "nothing to fill: %s", r.Text)
				low := strings.ToLower(r.Text)
				for _, w := range []string{" dm", "sorry", "excuses", "spijt", "wat er is gebeurd", "what happened", "details"} {
					assert.NotContains(t, low, w, r.Text)
				}
				assert.True(t, r.Clean, r.Text)
			}
		})
	}
}
