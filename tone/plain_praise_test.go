package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Warm words with nothing of trouble beside them praise, even without a
// word of thanks; beside trouble, or in a question, they do not. Every
// text is invented for the test.
func TestWarmWordsAloneArePraise(t *testing.T) {
	cases := []struct {
		name, text, lang string
		want             Intent
	}{
		{"en delicious as always", "@BurritoBar Good call, delicious burrito as always!", "en", IntentCompliment},
		{"en a blessing", "Honestly the night bus is a blessing @CityBus", "en", IntentCompliment},
		{"nl vriendelijk zoals altijd", "@SuperVers Weer zo vriendelijk geholpen aan de kassa, zoals altijd!", "nl", IntentCompliment},
		{"nl fijne service", "Wat een fijne en vriendelijke bezorger vandaag @PakketPost", "nl", IntentCompliment},
		{"en near miss: late as always", "@CityBus The 8:15 is late as always, great.", "en", IntentComplaint},
		{"nl near miss: kapot zoals altijd", "@SpoorNL De lift op perron 3 is kapot, zoals altijd.", "nl", IntentComplaint},
		{"en near miss: warm words in a question", "@BurritoBar Love your bowls, are you open on Sunday?", "en", IntentQuestion},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := ReadMessage(c.text, c.lang)
			assert.Equal(t, c.want, m.Intent, "p=%.2f, why %v", m.Confidence, m.Why)
		})
	}
}

// Time told with a determiner before it is elapsed time too: "for the
// past two weeks", "for the last 3 days".
func TestElapsedTimeWithADeterminer(t *testing.T) {
	checkComplaints(t, []complaintCase{
		{text: "@StreamHelp your app has shown a loading error for the past two weeks", lang: "en", complaint: true},
		{text: "@NetHelp my router has been dropping the connection for the last 3 days", lang: "en", complaint: true},
		{text: "@StreamHelp I've loved the new series for the past two weeks, more please!", lang: "en", complaint: false},
	})
}
