package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Families of customer messages the reading once missed. Every text here
// is invented for the test.

func TestIncomingTooShortToTellTakesTheReplysLanguage(t *testing.T) {
	cases := []struct {
		reply, incoming, want string
	}{
		{"Thanks for letting us know, we will look into it.", "ok", "en"},
		{"Thanks for letting us know, we will look into it.", "hmm", "en"},
		{"Bedankt voor je bericht, we kijken ernaar.", "ok", "nl"},
		{"Bedankt voor je bericht, we kijken ernaar.", "hmm", "nl"},
		// A message that tells its own language keeps it.
		{"Thanks for letting us know, we will look into it.", "mijn pakket is nog steeds niet bezorgd", "nl"},
		{"Bedankt voor je bericht, we kijken ernaar.", "my parcel still has not arrived", "en"},
	}
	for _, c := range cases {
		t.Run(c.incoming+" after "+c.reply, func(t *testing.T) {
			a := Analyze(Input{Text: c.reply, Incoming: c.incoming})
			if assert.NotNil(t, a.Incoming) {
				assert.Equal(t, c.want, a.Incoming.Lang)
			}
		})
	}
}

func TestThanksAboutAFailureIsSarcasmAndThanksForARemedyIsNot(t *testing.T) {
	cases := []struct {
		text      string
		intent    Intent
		complaint bool
		sarcasm   bool
	}{
		{"Dank je wel dat mijn trein alweer is uitgevallen 🙃", IntentComplaint, true, true},
		{"Bedankt voor het annuleren van mijn trein, echt super", IntentComplaint, true, true},
		{"Super service weer, drie uur in de wacht", IntentComplaint, true, true},
		{"Thanks for cancelling my flight, really appreciated", IntentComplaint, true, true},
		{"thank you for losing my suitcase, great start of the holiday", IntentComplaint, true, true},
		// "Nu mag ik" states what the customer is made to do; it asks nothing.
		{"Leuk hoor, die nieuwe dienstregeling. Nu mag ik 40 minuten wachten op de bus. Echt top bedacht 👏", IntentComplaint, true, true},
		{"Great, the new timetable. So now I get to wait 40 minutes for the bus. Brilliant planning 👏", IntentComplaint, true, true},
		// Near misses: thanks for what put the problem right.
		{"thanks for rebooking me after my flight was cancelled", IntentCompliment, false, false},
		{"Thank you for the refund after my order went missing!", IntentCompliment, false, false},
		{"Bedankt voor het omboeken nadat mijn trein was uitgevallen", IntentCompliment, false, false},
		{"Dankjewel voor de snelle hulp toen mijn pas geblokkeerd was", IntentCompliment, false, false},
		{"thanks for keeping me updated on my order", IntentCompliment, false, false},
		{"Mag ik mijn abonnement een maand pauzeren?", IntentQuestion, false, false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			m := ReadMessage(c.text, "")
			assert.Equal(t, c.intent, m.Intent, "why: %v", m.Why)
			assert.Equal(t, c.complaint, m.Complaint, "confidence %.2f", m.Confidence)
			assert.Equal(t, c.sarcasm, m.Has(SignalSarcasm))
		})
	}
}

func TestAskingWhetherThereIsAnOutageIsAQuestion(t *testing.T) {
	cases := []struct {
		text       string
		intent     Intent
		complaint  bool
		widespread bool
	}{
		{"storing?", IntentQuestion, false, false},
		{"is er een storing?", IntentQuestion, false, false},
		{"Is er momenteel een storing in Zwolle?", IntentQuestion, false, false},
		{"is there an outage?", IntentQuestion, false, false},
		{"Is your app down?", IntentQuestion, false, false},
		// Near misses: an outage stated is a complaint, and a wide one is wide.
		{"Al de hele dag storing, geen internet", IntentComplaint, true, false},
		{"Storing in heel Utrecht, niemand kan pinnen", IntentComplaint, true, true},
		{"internet is down again, third time this week", IntentComplaint, true, false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			m := ReadMessage(c.text, "")
			assert.Equal(t, c.intent, m.Intent, "why: %v", m.Why)
			assert.Equal(t, c.complaint, m.Complaint, "confidence %.2f", m.Confidence)
			assert.Equal(t, c.widespread, m.Has(SignalWidespread))
		})
	}
}

func TestChargedTwiceIsAComplaintEvenAsAQuestion(t *testing.T) {
	cases := []struct {
		text      string
		complaint bool
	}{
		{"did you charge me twice this month?", true},
		{"why was I billed twice?", true},
		{"I see a double payment for one order", true},
		{"Waarom is er twee keer afgeschreven?", true},
		{"Is het bedrag van mijn abonnement nu dubbel afgeschreven?", true},
		{"Ik zie twee afschrijvingen voor dezelfde bestelling", true},
		// Near misses: paying twice a year, or a plain question on payment.
		{"Can I pay twice a year instead of monthly?", false},
		{"Kan ik de rekening twee keer per jaar betalen?", false},
		{"When will the payment for my order be taken?", false},
		// The customer's own mistake is no double charge.
		{"How do I get my money back? I accidentally paid the invoice twice", false},
		{"Hoe krijg ik mijn geld terug als ik per ongeluk twee keer heb betaald?", false},
		{"Wanneer wordt de factuur afgeschreven?", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			m := ReadMessage(c.text, "")
			assert.Equal(t, c.complaint, m.Complaint, "why: %v", m.Why)
		})
	}
}

func TestShortfallStatedIsAnImplicitComplaint(t *testing.T) {
	cases := []struct {
		text      string
		complaint bool
	}{
		{"paying for 300mbps and not even hit 100", true},
		{"all 6 sausages ended up in the bin", true},
		{"ordered the blue one and got a red one instead of it", true},
		{"the sofa was supposed to arrive last Friday", true},
		{"Ik betaal voor 500 mbit en haal niet eens de helft", true},
		{"Kreeg een oude versie in plaats van de nieuwe", true},
		{"De hele zak aardappelen kon ik weggooien", true},
		{"Het pakket zou gisteren komen maar er is niks gekomen", true},
		// Near misses: the same words in a question or a plain statement.
		{"Can I get a voucher instead of a refund?", false},
		{"Kan ik ook een tegoedbon krijgen in plaats van geld terug?", false},
		{"I am paying for the family plan and it works great", false},
		{"Ik betaal voor het gezinsabonnement, werkt prima", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			m := ReadMessage(c.text, "")
			assert.Equal(t, c.complaint, m.Complaint, "why: %v", m.Why)
		})
	}
}
