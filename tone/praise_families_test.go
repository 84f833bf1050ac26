package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Families on the boundary between sincere praise, sarcasm and complaint,
// and between a plain question and a complaint. Every text here is
// invented for the test.

// readingCase is one message and how the reading should take it.
type readingCase struct {
	text      string
	intent    Intent
	complaint bool
	sarcasm   bool
}

func checkReadings(t *testing.T, cases []readingCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			m := ReadMessage(c.text, "")
			assert.Equal(t, c.intent, m.Intent, "why: %v", m.Why)
			assert.Equal(t, c.complaint, m.Complaint, "confidence %.2f, why: %v", m.Confidence, m.Why)
			assert.Equal(t, c.sarcasm, m.Has(SignalSarcasm), "signals: %v", m.Signals)
		})
	}
}

// A word that is negative alone only says how much of the positive word
// after it there is: "ziek lekker", "fucking goed", "insanely good". Alone,
// or before a negative word, it keeps its own polarity.
func TestANegativeWordBeforeAPositiveOneIsADegree(t *testing.T) {
	checkReadings(t, []readingCase{
		{"Die nieuwe burger is echt ziek lekker 🤤 vette aanrader", IntentCompliment, false, false},
		{"niet normaal zo snel bezorgd, top!", IntentCompliment, false, false},
		{"fucking goed geholpen door jullie medewerker, dank!", IntentCompliment, false, false},
		{"Belachelijk snel geleverd, gisteren besteld en vanochtend al binnen. Top!", IntentCompliment, false, false},
		{"Love the new menu! The vegan burger is insane 🔥🔥", IntentCompliment, false, false},
		{"this is crazy good value, thanks!", IntentCompliment, false, false},
		{"your barista was insanely friendly this morning, cheers", IntentCompliment, false, false},
		// Near misses: the same words alone or before a negative word.
		{"Niet normaal hoe traag jullie klantenservice is", IntentComplaint, true, false},
		{"Die burger was ziek, ik lag de hele nacht op de bank", IntentComplaint, true, false},
		{"Belachelijk lange wachttijd aan de telefoon, al een uur", IntentComplaint, true, false},
		{"fucking slechte service weer", IntentComplaint, true, false},
		{"The service is insane, 3 hours on hold", IntentComplaint, true, false},
		{"your app is crazy slow since the update and keeps crashing", IntentComplaint, true, false},
	})
}

// A curse that only strengthens praise is no abuse; aimed at the company
// or before a negative word it is.
func TestACurseThatStrengthensPraiseIsNoAbuse(t *testing.T) {
	checkSignals(t, []signalCase{
		{"fucking goed geholpen door jullie medewerker, dank!", SignalAbuse, false},
		{"fucking great service today, thank you", SignalAbuse, false},
		{"fucking useless app, again", SignalAbuse, true},
		{"Jullie zijn een stelletje fucking oplichters", SignalAbuse, true},
	})
}
