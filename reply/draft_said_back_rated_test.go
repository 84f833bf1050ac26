package reply

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// What the customer told is said back in our words, not as "problemen met
// je afspraak": an appointment moved again and again (with their count), a
// visit that never came, "al drie keer"; "ik wil gewoon mijn geld terug"
// gets the refund route.
func TestWhatWentWrongIsSaidBack(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
		not        []string
	}{
		{"nl appointment moved, counted", "De afspraak voor de meterwissel is nu al vier keer verzet. Ik neem elke keer vrij.",
			[]string{"afspraak al voor de vierde keer is verzet"}, []string{"problemen met"}},
		{"nl appointment moved again and again", "Jullie verplaatsen mijn afspraak steeds weer, nu naar maart.",
			[]string{"afspraak steeds weer wordt verzet"}, []string{"problemen met"}},
		{"en appointment moved, counted", "My appointment has been rescheduled again, that's the third time now.",
			[]string{"moved for the third time"}, []string{"trouble with", "third time and"}},
		{"nl visit that never came", "De installateur zou dinsdagochtend komen maar is nooit verschenen.",
			[]string{"niemand kwam opdagen"}, []string{"wat er is gebeurd"}},
		{"nl just wants a refund", "Ik wil gewoon mijn geld terug, de jas ging na een week al kapot.",
			[]string{"terugbetaling"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkSeedDrafts(t, c.text, c.want, c.not)
		})
	}
}

// A question about a price that will rise is answered, with no apology for
// a rise that has not happened and no "waarom je ineens meer moet betalen".
func TestAFuturePriceQuestionIsAnswered(t *testing.T) {
	for _, text := range []string{"Gaan jullie tarieven volgend jaar omhoog?", "Worden de abonnementen in maart duurder?", "Will your prices go up in April?"} {
		t.Run(text, func(t *testing.T) {
			for _, r := range draftSeeds(text) {
				low := strings.ToLower(r.Text)
				for _, w := range []string{"sorry", "excuses", "spijt", "ineens", "waarom", "apolog"} {
					assert.NotContains(t, low, w, r.Text)
				}
				assert.True(t, strings.Contains(low, "antwoord") || strings.Contains(low, "answer"), r.Text)
			}
		})
	}
}
