package reply

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/replylint/replylint/tone"
)

// draftSeeds drafts a message with several seeds, so a test sees every
// variant a team may get, not only the first.
func draftSeeds(text string) []Reply {
	var out []Reply
	for seed := uint64(0); seed < 6; seed++ {
		out = append(out, Draft(tone.Input{Incoming: text}, Profile{Agent: "Anne", Seed: seed}))
	}
	return out
}

// A team lead reads a complaint's first sentence for what went wrong, said
// in our words. A stock frame around it ("…, dat snap ik goed", "…, I
// completely understand", "goed voor te stellen dat je baalt nu …") makes a
// specific sentence read as a canned one; a complaint without a named
// situation still gets empathy and an apology.
func TestComplaintOpenerHasNoStockFrame(t *testing.T) {
	stock := []string{"dat snap ik goed", "goed voor te stellen dat je baalt", "i completely understand", "i can see why you're frustrated with this"}
	cases := []struct {
		name, text string
		want       string // a word of the situation said back; "" for none
	}{
		{"nl parcel a week late: named, no stock tail", "Mijn bestelling is al een week onderweg en er gebeurt niks. Schandalig.", "week"},
		{"en parcel a week late: named, no stock tail", "My order has been in transit for a week now and nothing happens. Shocking.", "week"},
		{"nl broken kettle: named", "Mijn nieuwe waterkoker is na drie dagen al kapot. Wat een rommel.", "kapot"},
		{"en broken kettle: named", "My new kettle is already broken after three days. What rubbish.", "damaged"},
		{"nl near miss: nothing named, still empathy and apology", "Ik ben er echt klaar mee met jullie, wat een drama weer.", ""},
		{"en near miss: nothing named, still empathy and apology", "Honestly I am so done with you lot, what a shambles again.", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, r := range draftSeeds(tc.text) {
				low := strings.ToLower(r.Text)
				for _, s := range stock {
					assert.NotContains(t, low, s, r.Text)
				}
				if tc.want != "" {
					assert.Contains(t, low, tc.want, r.Text)
				}
				a := tone.Analyze(r.Input())
				assert.True(t, a.Apologizes(), r.Text)
				assert.True(t, r.PassesRules(), "%s\n%v", r.Text, r.Findings)
			}
		})
	}
}
