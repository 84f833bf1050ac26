package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Warm words with nothing of trouble beside them praise, even without a
// word of thanks; beside trouble, or in a question, they do not. Every
// text is invented for the test.
func TestWarmWordsAloneArePraise(t *testing.T) {
	checkIntents(t, []intentCase{
		{"en delicious as always", "@BurritoBar Good call, delicious burrito as always!", "en", IntentCompliment},
		{"en a blessing", "Honestly the night bus is a blessing @CityBus", "en", IntentCompliment},
		{"nl vriendelijk zoals altijd", "@SuperVers Weer zo vriendelijk geholpen aan de kassa, zoals altijd!", "nl", IntentCompliment},
		{"nl fijne service", "Wat een fijne en vriendelijke bezorger vandaag @PakketPost", "nl", IntentCompliment},
		{"en near miss: late as always", "@CityBus The 8:15 is late as always, great.", "en", IntentComplaint},
		{"nl near miss: kapot zoals altijd", "@SpoorNL De lift op perron 3 is kapot, zoals altijd.", "nl", IntentComplaint},
		{"en near miss: warm words in a question", "@BurritoBar Love your bowls, are you open on Sunday?", "en", IntentQuestion},
	})
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

// Thanks and praise for a problem the company put right are praise, also
// where the model only just hears a complaint in the problem told ("The
// app crashed all week but your update fixed it. Thank you, brilliant
// work!") and where the Dutch tells the finding without "toch" ("jullie
// hebben het gevonden"); thanks after a problem that was not put right
// stay ironic.
func TestThanksForAProblemPutRightArePraise(t *testing.T) {
	checkIntents(t, []intentCase{
		{"en update fixed it", "The app crashed all week but your update fixed it. Thank you, brilliant work!", "en", IntentCompliment},
		{"en engineer fixed it", "Internet was down for two days but your engineer fixed it this morning. Thanks, excellent service!", "en", IntentCompliment},
		{"nl jullie hebben het gevonden", "Mijn pakket was eerst zoek, maar jullie hebben het gevonden en vandaag bezorgd. Bedankt, top service!", "nl", IntentCompliment},
		{"nl near miss: niet gevonden", "Mijn pakket was zoek en jullie hebben het niet gevonden. Bedankt, top service!", "nl", IntentComplaint},
		{"en near miss: nothing fixed", "The app crashed all week and your update did nothing. Thank you, brilliant work!", "en", IntentComplaint},
	})
}

// intentCase is a message and the intent the reading must give it.
type intentCase struct {
	name, text, lang string
	want             Intent
}

// checkIntents reads every case's message and asserts its intent, and
// that it needs an apology exactly when it is a complaint.
func checkIntents(t *testing.T, cases []intentCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := ReadMessage(c.text, c.lang)
			assert.Equal(t, c.want, m.Intent, "p=%.2f, why %v", m.Confidence, m.Why)
			assert.Equal(t, c.want == IntentComplaint, m.Complaint)
		})
	}
}

// TestClosingThanksAfterDispleasureAreNoPraise: thanks that only close a
// displeased message are manners; thanks after a problem put right, or
// for something, still praise.
func TestClosingThanksAfterDispleasureAreNoPraise(t *testing.T) {
	for _, c := range []struct{ text, lang string }{
		{"OK the train was not full and the delay had nothing to do with the weather, so please don't give me that excuse! Thanks", "en"},
		{"Oké, de trein was niet vol en de vertraging had niks met het weer te maken, dus kom niet met dat smoesje! Bedankt", "nl"},
	} {
		m := ReadMessage(c.text, c.lang)
		assert.NotEqual(t, IntentCompliment, m.Intent, c.text)
	}
	checkIntents(t, []intentCase{
		{"en near miss: thanks after a fix", "Restarting the router did resolve the issue. Thanks.", "en", IntentCompliment},
		{"nl near miss: thanks after a fix", "Pakket was kwijt, maar Sanne van de klantenservice heeft binnen een dag een nieuw gestuurd. Bedankt!!", "nl", IntentCompliment},
		{"en near miss: thanks for something", "The new timetable is so much clearer, thanks for listening to us", "en", IntentCompliment},
	})
}
