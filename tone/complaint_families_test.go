package tone

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Families of complaints the reading missed on real English exchanges,
// and their near misses. Every text here is invented for the test.

// Trouble told before the request is no polite question about a problem
// (ModelInput.PoliteAsk), so the model decides; the customer's own
// doing, not knowing and trouble asked about stay polite questions.
func TestTroubleToldBeforeARequestIsAComplaintOwnDoingIsNot(t *testing.T) {
	cases := []struct {
		text            string
		told, complaint bool
	}{
		{"Hi, I'm unable to activate my new account, can you help me?", true, true},
		{"Having trouble paying for my basket in the app, can you help?", true, true},
		{"I have an issue with my last invoice. Could you look into it please?", true, true},
		{"Hoi, ik kan niet inloggen in de app, kunnen jullie even kijken?", true, false},
		{"Het lukt me niet om mijn abonnement te verlengen, kunnen jullie helpen?", true, true},
		// Near misses: the customer's own doing, not knowing, a question
		// about something that is no failure.
		{"I can't log in because I forgot my password, can you help me?", false, false},
		{"I don't know how long the shop stays closed, can you tell me?", false, false},
		{"Ik kan niet inloggen omdat ik mijn wachtwoord ben vergeten, kunnen jullie helpen?", false, false},
		{"Ik weet niet hoe lang de winkel dicht is, kunnen jullie dat zeggen?", false, false},
		{"Could you tell me why my invoice is not showing in the app?", false, false},
		{"Kunt u mij vertellen waarom mijn factuur niet in de app staat?", false, false},
		{"Couldn't back you more, but could you get the album on your app please", false, false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, !c.told, MessageModelInput(c.text, "").PoliteAsk, "a polite question about a problem")
			m := ReadMessage(c.text, "")
			assert.Equal(t, c.complaint, m.Complaint, "confidence %.2f, why %v", m.Confidence, m.Why)
		})
	}
}

func TestWhatKeepsHappeningIsWaiting(t *testing.T) {
	waiting := slices.Index(FeatureNames(), "waiting")
	cases := []struct {
		text string
		want bool
	}{
		{"the app keeps logging me out since the update", true},
		{"my card kept getting declined at the till", true},
		{"the router keeps on rebooting every night", true},
		{"de app blijft maar vastlopen bij het betalen", true},
		{"mijn pas bleef steeds weigeren bij de kassa", true},
		// Near misses: what keeps getting better, a wish to keep going.
		{"your app keeps getting better, well done", false},
		{"keep up the good work!", false},
		{"keep me posted on my order", false},
		{"we blijven genieten van jullie koffie", false},
		{"ik blijf graag klant bij jullie", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			x := MessageFeatures(c.text, "")
			assert.Equal(t, c.want, x[waiting] > 0, "waiting %.2f", x[waiting])
		})
	}
}

func TestAGrievanceAskedWhyIsAComplaint(t *testing.T) {
	cases := []struct {
		text      string
		complaint bool
	}{
		{"why does the 8:15 train always leave before the connection arrives?", true},
		{"Why the staff at the desk aren't allowed to rebook us is beyond me.", true},
		{"Stuck at the gate again. Not the first time on this route.", true},
		{"Weer vast bij de gate. Niet de eerste keer op deze route.", true},
		{"waarom vertrekt de trein van 8:15 altijd voordat de aansluiting er is?", true},
		// Near misses: "why" that gives a reason, or asks politely.
		{"That's why I always shop with you, great staff!", false},
		{"Why not try the new menu? Loved it!", false},
		{"Could you tell me why my invoice is not showing in the app?", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			m := ReadMessage(c.text, "")
			assert.Equal(t, c.complaint, m.Complaint, "confidence %.2f, why %v", m.Confidence, m.Why)
		})
	}
}

func TestWordsOfARequestAreMannersNotFeeling(t *testing.T) {
	positive := slices.Index(FeatureNames(), "positive")
	for _, text := range []string{
		"Hi, can you help me please?",
		"Could you kindly help me with my order?",
		"Kunnen jullie mij alsjeblieft helpen?",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Zero(t, MessageFeatures(text, "")[positive])
		})
	}
	// Near miss: praise outside the request still counts.
	assert.Positive(t, MessageFeatures("You were so helpful, thank you! Can you help me once more?", "")[positive])
	assert.Positive(t, MessageFeatures("Wat een fijne hulp, echt top! Kunnen jullie nog een keer helpen?", "nl")[positive])
}

func TestWithoutNamesAWishNotAFailure(t *testing.T) {
	for _, text := range []string{
		"I have a new phone. How do I move the banking app without registering again?",
		"Ik heb een nieuwe telefoon. Hoe zet ik de bankapp over zonder opnieuw te registreren?",
	} {
		t.Run(text, func(t *testing.T) {
			m := ReadMessage(text, "")
			assert.False(t, m.Complaint, "why %v", m.Why)
			assert.Equal(t, IntentQuestion, m.Intent)
		})
	}
	// Near miss: still without power is waiting for a failure.
	assert.True(t, ReadMessage("Still without power in our street since this morning.", "").Complaint)
	assert.True(t, ReadMessage("Nog steeds zonder stroom in onze straat sinds vanochtend.", "").Complaint)
}

func TestAFailureBeforeAskingWhatToDoIsTold(t *testing.T) {
	cases := []struct {
		text string
		told bool
	}{
		{"my music app is not working, what should I do?", true},
		{"The card reader does not work, how do I get it fixed?", true},
		{"mijn app werkt niet, wat moet ik doen?", true},
		{"De kaartlezer doet het niet, hoe krijg ik dit opgelost?", true},
		// Near misses: a question for information after trouble of one's
		// own, or the failure asked about.
		{"Mijn fietsband is lek, verkopen jullie ook plaksets?", false},
		{"My bike tyre is flat, do you sell repair kits?", false},
		{"what should I do if my parcel does not arrive?", false},
		{"wat moet ik doen als mijn pakket niet aankomt?", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, !c.told, MessageModelInput(c.text, "").PoliteAsk)
		})
	}
}

func TestWhatTheServiceIsJudgedToBeIsCondemnation(t *testing.T) {
	condemn := slices.Index(FeatureNames(), "condemn")
	cases := []struct {
		text string
		want bool
	}{
		{"your checkout page is confusing, where is the pay button", true},
		{"the staff at the desk were so rude to my mother", true},
		{"de bezorging is echt waardeloos geworden", true},
		// Near misses: negated, about the weather, praise.
		{"the app is not bad at all", false},
		{"the weather today is nice and the staff were lovely", false},
		{"de app is niet slecht eigenlijk", false},
		{"de medewerkers waren super vriendelijk", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			x := MessageFeatures(c.text, "")
			assert.Equal(t, c.want, x[condemn] > 0, "condemn %.2f", x[condemn])
		})
	}
}

func TestExclamationsOfDispleasureAreNotTheirWordsAnywhere(t *testing.T) {
	dissatisfaction := slices.Index(FeatureNames(), "dissatisfaction")
	cases := []struct {
		text string
		want bool
	}{
		{"Seriously? The app crashed again.", true},
		{"Really? Still no refund.", true},
		{"I'm beyond frustrated with this delivery", true},
		{"Serieus? Weer geen pakket.", true},
		// Near misses: the same words as degree or praise.
		{"I really could use some advice on a new phone", false},
		{"They went above and beyond for me, thank you", false},
		{"I seriously love this app", false},
		{"Ik neem het serieus, jullie hulp was top", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			x := MessageFeatures(c.text, "")
			assert.Equal(t, c.want, x[dissatisfaction] > 0, "dissatisfaction %.2f", x[dissatisfaction])
		})
	}
}

func TestTimePastWhatWasPromisedIsElapsed(t *testing.T) {
	elapsed := slices.Index(FeatureNames(), "elapsed")
	for _, c := range []struct {
		text string
		want bool
	}{
		{"my order showed up 50 min after the promised time", true},
		{"de pizza kwam 40 minuten te laat", true},
		// Near miss: a time that is a plan.
		{"can you deliver 40 min after I get home?", true}, // the grammar cannot tell; the model weighs the question
		{"we komen over 40 minuten langs", false},
	} {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, MessageFeatures(c.text, "")[elapsed] > 0)
		})
	}
}

func TestWhatTheCustomerPaysWentUpIsAFailure(t *testing.T) {
	failure := slices.Index(FeatureNames(), "failure")
	for _, c := range []struct {
		text string
		want bool
	}{
		{"My premium went up 18% without a word. Thanks a lot 🙃", true},
		{"you doubled my bill after the first month", true},
		{"Mijn voorschot is 30% omhoog. Fijn hoor 🙃", true},
		{"het abonnement is alweer verhoogd", true},
		// Near misses: a rise asked about, or denied.
		{"Will prices go up next year?", false},
		{"Gaat de premie volgend jaar omhoog?", false},
		{"my rent has not gone up this year, nice", false},
		{"mijn premie is niet gestegen, fijn", false},
	} {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, MessageFeatures(c.text, "")[failure] > 0)
		})
	}
	assert.True(t, ReadMessage("Mijn voorschot is 30% omhoog. Fijn hoor 🙃", "").Complaint)
	assert.True(t, ReadMessage("My premium went up 18% without a word. Thanks a lot 🙃", "").Complaint)
}
