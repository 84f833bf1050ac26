package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Trouble told by what came of it: trying without result ("to no avail",
// "tevergeefs"), a thing that cannot be reached or had, what the company
// did to the customer's things ("look what you did to my bag"), a mess
// made ("messed up again", "verknald"), what was ordered and did not come
// ("none of the sauces I ordered"), better off without the company
// ("lopen was sneller geweest"), contacts counted, no resolution, an
// ultimatum asked ("… or not?"), asking when the company will fix it,
// time said as "it's been a year". Near misses: "whether … or not" asked
// for information, the customer's own mess, a child's mischief, a repair
// date asked plainly, a maintenance window asked about, switching to the
// brand addressed, praise after a year.
func TestTroubleByWhatCameOfIt(t *testing.T) {
	for _, tc := range []struct {
		in, lang  string
		complaint bool
	}{
		{"I did a force reset to no avail.", "en", true},
		{"Calling your helpline isn't helping.", "en", true},
		{"The new console is literally unobtainable.", "en", true},
		{"Look what you did to my suitcase.", "en", true},
		{"Your team messed up my order again lol", "en", true},
		{"You brought me a poke bowl with none of the sauces that I ordered", "en", true},
		{"I believe you took me off the standby list", "en", true},
		{"It would have been quicker to walk.", "en", true},
		{"I have called you 4 times this week.", "en", true},
		{"No resolutions or follow ups.", "en", true},
		{"Are you going to email me back or not", "en", true},
		{"When are you gonna fix the voice chat on console", "en", true},
		{"It's been a year and my discovery playlist still suggests the same songs.", "en", true},
		{"Al drie keer de router herstart, tevergeefs.", "nl", true},
		{"Jullie klantenservice is gewoon onbereikbaar.", "nl", true},
		{"Kijk wat jullie met mijn koffer hebben gedaan.", "nl", true},
		{"Jullie hebben het weer verknald met mijn bestelling.", "nl", true},
		{"Geen van de sauzen die ik bestelde zat erbij.", "nl", true},
		{"Lopen was sneller geweest.", "nl", true},
		{"Gaan jullie me nou nog terugmailen of niet?", "nl", true},
		{"Wanneer gaan jullie die lift nou eens repareren?", "nl", true},

		{"I'd like to know whether the Leeds store is open on Sunday or not", "en", false},
		{"I messed up my order, can I still change the address?", "en", false},
		{"Look what my son did to my birthday cake haha", "en", false},
		{"I have a few questions about a watch I have with my old provider, I've switched to you recently", "en", false},
		{"It's been a year since I joined and I love it, thanks team!", "en", false},
		{"Weet iemand of de winkel in Gouda zondag open is of niet?", "nl", false},
		{"Ik heb mijn bestelling verprutst, kan ik het adres nog aanpassen?", "nl", false},
		{"Wanneer wordt mijn ketel gerepareerd? De monteur zou deze week komen toch?", "nl", false},
		{"Is de app tijdens het onderhoud vannacht onbereikbaar?", "nl", false},
	} {
		m := ReadMessage(tc.in, tc.lang)
		assert.Equal(t, tc.complaint, m.Complaint, "%s: %q", tc.lang, tc.in)
	}
}
