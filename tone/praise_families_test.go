package tone

import (
	"slices"
	"strings"
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

// Praise that may mock ("chapeau", "top hoor", "great job", "gotta love")
// is irony about something bad in the same message, and praise in one
// without it.
func TestMockPraiseIsIronyOnlyBesideSomethingBad(t *testing.T) {
	checkReadings(t, []readingCase{
		{"Chapeau, weer een uur vertraging op de A-lijn", IntentComplaint, true, true},
		{"Top hoor, derde keer deze maand dat mijn pakket kwijt is", IntentComplaint, true, true},
		{"Great job, third late parcel this month", IntentComplaint, true, true},
		{"gotta love paying extra for nothing", IntentComplaint, true, true},
		// Near misses: the same formulas with nothing bad beside them.
		{"Chapeau voor de monteur van vanochtend, keurig gewerkt", IntentCompliment, false, false},
		{"Top hoor, pakket een dag eerder binnen dan beloofd!", IntentCompliment, false, false},
		{"Great job on the new app, the checkout is so much easier", IntentCompliment, false, false},
		{"gotta love the new autumn menu, the pumpkin soup is amazing", IntentCompliment, false, false},
	})
}

// Thanks for a word in scare quotes are thanks for what did not happen.
func TestThanksForAScareQuotedWordIsIrony(t *testing.T) {
	checkReadings(t, []readingCase{
		{"Bedankt voor het 'bezorgen' van mijn pakket bij de buren, die twee weken op vakantie zijn. Echt heel attent.", IntentComplaint, true, true},
		{"Thanks for the \"help\" yesterday, I am right back where I started", IntentComplaint, true, true},
		// Near misses: a name or a longer quotation is what was thanked for.
		{"Thanks for the 'Winter Warmer' recipe card in my box, lovely touch", IntentCompliment, false, false},
		{"Bedankt voor het bericht 'uw pakket wordt morgen tussen 9 en 11 bezorgd', fijn zo!", IntentCompliment, false, false},
	})
}

// Waiting someone did for the customer is a kindness; the customer's own
// waiting is the grievance.
func TestWaitingDoneForTheCustomerIsNoGrievance(t *testing.T) {
	checkReadings(t, []readingCase{
		{"Merci aan de chauffeur van lijn 4, die heeft gewacht tot mijn moeder met haar rollator zat. Chapeau!", IntentCompliment, false, false},
		{"Shout out to the driver on route 9 who waited until my dad was seated, bravo", IntentCompliment, false, false},
		// The member of staff as the subject, words and a bracket between.
		{"Wil even kwijt dat de chauffeur van lijn 12 vanochtend in Hengelo (rond kwart over 8) gewoon wachtte tot mijn moeder met haar rollator zat. Zo lief ❤️", IntentCompliment, false, false},
		{"The driver on the 7.15 from Bath this morning patiently waited until my mum had sat down. Lovely man", IntentCompliment, false, false},
		// Near misses: the customer waited.
		{"Ik heb een uur gewacht op de chauffeur van lijn 4. Chapeau!", IntentComplaint, true, true},
		{"I waited an hour for the driver on route 9, bravo", IntentComplaint, true, true},
		{"De chauffeur van lijn 12 reed door en ik wachtte nog een half uur in de kou. Top hoor", IntentComplaint, true, true},
	})
}

// Praise under a negation is no praise, and so no irony either.
func TestNegatedPraiseIsNoPraise(t *testing.T) {
	checkReadings(t, []readingCase{
		{"not overly delighted at the long delay from Leeds today, nor the lack of information", IntentComplaint, true, false},
		{"Niet echt behulpzaam, die medewerker aan de telefoon. Drie keer doorverbonden.", IntentComplaint, true, false},
		// Near misses: praise itself.
		{"really delighted with the upgrade on my flight from Leeds today", IntentCompliment, false, false},
		{"Echt behulpzaam, die medewerker aan de telefoon. Meteen opgelost.", IntentCompliment, false, false},
	})
}

// A plain question is no complaint: asking whether a state goes on
// ("still available?", "nog steeds open?") or what something costs asks
// about it. A negation in the question, trouble told beside it, or "how
// long" about an issue make it a grievance.
func TestAQuestionWithoutAGrievanceIsAQuestion(t *testing.T) {
	checkReadings(t, []readingCase{
		{"kunnen jullie ook op zondag bezorgen?", IntentQuestion, false, false},
		{"does the app work offline?", IntentQuestion, false, false},
		{"is the late checkout still available on sundays?", IntentQuestion, false, false},
		{"Ik werk als advocaat en zoek een zakelijk abonnement voor ons kantoor. Wat kost dat?", IntentQuestion, false, false},
		{"Wij zoeken een energiecontract voor ons nieuwe huis, wat raden jullie aan?", IntentQuestion, false, false},
		// Near misses: a negation, told trouble, "how long", a lost parcel.
		{"Is mijn pakket nog steeds niet verstuurd?", IntentComplaint, true, false},
		{"My train is late again. Is it still delayed?", IntentComplaint, true, false},
		{"How long will this outage go on?", IntentComplaint, true, false},
		{"Mijn pakket is al een week zoek", IntentComplaint, true, false},
	})
}

// A word the customer puts in quotation marks before what it describes
// disputes the company's claim: irony. A name, or the label of a button,
// is quoted for what it is.
func TestAScareQuotedAttributeIsIrony(t *testing.T) {
	for _, tc := range []struct {
		in, lang string
		sarcasm  bool
	}{
		{"@SuperVers in de zak 'verse' sla zat een slak. Niet gevaarlijk maar wel smerig.", "nl", true},
		{"Thanks for the 'fresh' strawberries that had grown a fur coat by the time I got home.", "en", true},
		{"Zo, de 'snelle' levering duurt nu al negen dagen.", "nl", true},
		{"Thanks @GreenGrocer for the £3.50 'fresh' raspberries that were grey by dinner. Very generous of you", "en", true},
		{"Bedankt voor de €5 'verse' bloemen die na een dag al hingen, echt top", "nl", true},
		{"Ik klik op de 'verzenden' knop maar er gebeurt niks.", "nl", false},
		{"Thanks for the 'Winter Warmer' recipe card, lovely touch.", "en", false},
		{"Wat betekent 'vers' op jullie verpakking precies?", "nl", false},
	} {
		m := ReadMessage(tc.in, tc.lang)
		assert.Equal(t, tc.sarcasm, m.Has(SignalSarcasm), tc.in)
		if tc.sarcasm {
			assert.True(t, m.Complaint, tc.in)
		}
	}
}

// "like" that compares or asks is no kind word ("been like this for an
// hour", "looks like a scam", "I would like a refund"); "like" after a
// subject, a negation or an adverb likes. "loved ones" are family.
func TestLikeThatComparesIsNoKindWord(t *testing.T) {
	positiveAt := func(text, word string) bool {
		a := readingAnalysis(text, "")
		f := extractFeatures(a)
		for _, sp := range f.spans[featPositive] {
			if strings.EqualFold(sp.In(a.Text), word) {
				return true
			}
		}
		return false
	}
	for _, text := range []string{
		"wifi has been like this since friday, dropping every 5 minutes",
		"this email looks like a scam, is it from you?",
		"feels like nobody reads my messages",
		"your app is just like the old one, slow",
		"I would like a refund for the broken kettle",
		"Like, why is my parcel in Leeds?",
	} {
		assert.False(t, positiveAt(text, "like"), text)
	}
	// "loved ones" are family, not a feeling.
	assert.False(t, positiveAt("closing the only pharmacy means our loved ones drive 40 minutes for medicine", "loved"))
	assert.True(t, positiveAt("I loved the new menu, thank you", "loved"))
	for _, text := range []string{
		"I like the new app a lot",
		"we really like the self-checkout",
		"don't like the new layout",
		"Like the new menu!",
	} {
		a := readingAnalysis(text, "")
		f := extractFeatures(a)
		assert.NotZero(t, f.x[featPositive]+f.x[featNegative], text)
	}
	// Dutch has its own lexicon, in which "leuk" likes.
	assert.True(t, positiveAt("Ik vind jullie nieuwe app echt leuk", "leuk"))
}

// Thanks for a scare-quoted word are ironic once, however many passes
// read the quotes: "Thanks for the 'fresh' strawberries" is one ironic
// thanks, not two.
func TestScareQuotedThanksCountOnce(t *testing.T) {
	k := slices.Index(FeatureNames(), "ironic-thanks")
	for _, in := range []string{
		"Thanks for the 'fresh' strawberries that were grey by dinner.",
		"Bedankt voor de 'verse' bloemen die na een dag al hingen.",
	} {
		assert.Equal(t, 1.0, MessageFeatures(in, "")[k], in)
	}
}
