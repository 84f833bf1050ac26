package reply

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/tone"
)

// A held message waits for whoever answers for what we say on record: a
// threat to go to the press or to put a video about us online waits for
// the spokesperson, a legal threat for the legal department; never for the
// agent on duty. The draft is no public reply but a note that names them.
func TestAHoldWaitsForWhoAnswersForIt(t *testing.T) {
	cases := []struct {
		name, text, owner string
	}{
		{"nl video about us", "Hier maak ik een filmpje over voor mijn kanaal, mijn kijkers mogen weten hoe jullie met klanten omgaan.", "Woordvoerder"},
		{"en vlog about us", "My next vlog is going to be about the way you treat your customers, this is shameful.", "Woordvoerder"},
		{"nl paper", "Ik stuur dit door naar de Telegraaf als het vandaag niet geregeld is.", "Woordvoerder"},
		{"nl lawyer", "Ik heb een advocaat ingeschakeld, jullie horen nog van mij over die kapotte vloer.", "Jurist"},
		{"en small claims", "I'm taking you to small claims court over the missing refund.", "Jurist"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Triage(tone.Input{Incoming: c.text}, nil)
			require.True(t, d.Hold, "held: %s", d.Category)
			assert.Equal(t, c.owner, d.Owner.Name)
			r := Draft(tone.Input{Incoming: c.text}, Profile{Agent: "Anne"})
			require.True(t, r.Hold)
			assert.Empty(t, r.Text, "no public draft")
			assert.Contains(t, r.Note, "voordat "+c.owner+" akkoord geeft")
			assert.NotContains(t, r.Note, "voordat Dienstdoende")
		})
	}
}
