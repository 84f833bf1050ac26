package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Trouble told by what is there instead: a blank screen, the same error
// again, something in the food; asking for someone higher up; a
// rhetorical "what good is that". Near misses: a screen protector, a
// dark theme, the same order again.
func TestTroubleToldByWhatIsThereInstead(t *testing.T) {
	for _, tc := range []struct {
		in, lang  string
		complaint bool
	}{
		{"It still keeps giving me the same message.", "en", true},
		{"I'd like to add tracking info to my invoice but the link always leads to a blank page. Please help.", "en", true},
		{"I found a hair in food I bought from you. It's not mine, I have a buzz cut.", "en", true},
		{"Well how much does that help me now?", "en", true},
		{"Want to speak to someone at corporate to address these issues.", "en", true},
		{"Ik krijg nog steeds dezelfde foutmelding bij het inloggen.", "nl", true},
		{"Er zat een haar in mijn maaltijd van gisteren, echt smerig.", "nl", true},
		{"Wat heb ik daar nou aan? Ik zit nog steeds zonder internet.", "nl", true},
		{"Ik wil nu een leidinggevende spreken.", "nl", true},

		{"Does the phone come with a black screen protector?", "en", false},
		{"Kan ik het donkere thema aanzetten, dus een zwart scherm modus?", "nl", false},
		{"Can I get the same burrito as last time with extra guac?", "en", false},
	} {
		m := ReadMessage(tc.in, tc.lang)
		assert.Equal(t, tc.complaint, m.Complaint, tc.in)
	}
}
