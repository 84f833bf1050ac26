package tone

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLeftWithoutWhatWasOwed: trouble told as what the customer is left
// without, a "delivered" status with nothing there, a meter that reports
// nothing, charges that go on after cancelling, and a queue at the till;
// and their near misses: good news without problems, a question whether
// something can be done without, a plain question about a till.
func TestLeftWithoutWhatWasOwed(t *testing.T) {
	checkComplaints(t, []complaintCase{
		// Stranded without what was booked.
		{"Twee keer omgeboekt en nog sta ik om middernacht op het vliegveld zonder vlucht en zonder hotel.", "nl", true},
		{"Rebooked twice and I'm still stranded at the airport at midnight without a flight or a hotel.", "en", true},
		{"Alles ging zonder problemen, de monteur was binnen een uur klaar. Top!", "nl", false},
		{"Everything arrived without any damage, thanks for packing it so well!", "en", false},
		{"Kan ik ook zonder reservering langskomen bij het filiaal in Gouda?", "nl", false},
		// An order that came without part of it; done without asking.
		{"De bestelling kwam compleet zonder de drankjes en de friet. Wel betaald.", "nl", true},
		{"Jullie hebben mijn contract verlengd zonder het mij te vragen.", "nl", true},
		// Delivered, says the status; nothing here.
		{"Volgens de app bezorgd, maar hier ligt niks. De buren hebben ook niks.", "nl", true},
		{"Tracking says delivered but there's nothing on my doorstep and the neighbours have nothing either.", "en", true},
		{"Pakket is bezorgd bij de buren, ik haal het straks op. Dank!", "nl", false},
		// A meter that reports nothing.
		{"De nieuwe slimme meter geeft helemaal niks door, de app blijft op 0 staan.", "nl", true},
		// Charges that go on after cancelling.
		{"Ik heb het abonnement van mijn moeder na haar overlijden opgezegd, maar de incasso's gaan door.", "nl", true},
		{"I cancelled my late father's contract in March but the direct debits keep coming.", "en", true},
		// A fix that did not hold.
		{"Ze hebben het maandag gerepareerd en nu valt het alweer uit.", "nl", true},
		{"Fixed it on Monday and it keeps dropping out.", "en", true},
		{"Internet was down this morning but it works again, thanks.", "en", false},
		// What we should have had on record was not there.
		{"I made a reservation for 8pm and nobody had it when we arrived.", "en", true},
		{"We hadden om 19:00 gereserveerd maar niemand wist van onze reservering.", "nl", true},
		{"Niemand had het door, maar de taart was perfect. Dank!", "nl", false},
		// Queuing at the till.
		{"25 minuten in de rij gestaan bij jullie filiaal, maar 1 kassa open op zaterdag.", "nl", true},
		{"Stood in the queue for 25 minutes, only one till open on a Saturday.", "en", true},
		{"Hoeveel kassa's zijn er open op zondag in het filiaal in Zwolle?", "nl", false},
	})
}

// TestDegreeWordsAndNamesCarryNoFeeling: a kind word before a bad one only
// says how bad ("bijzonder pijnlijk", "pretty bad"); the name under a
// letter is no feeling ("J. de Groot", "Joy Goodman").
func TestDegreeWordsAndNamesCarryNoFeeling(t *testing.T) {
	positives := func(text string) []string {
		a := readingAnalysis(text, "")
		f := extractFeatures(a)
		var out []string
		for _, sp := range f.spans[featPositive] {
			out = append(out, strings.ToLower(sp.In(a.Text)))
		}
		return out
	}
	assert.NotContains(t, positives("Dit is voor ons gezin bijzonder pijnlijk."), "bijzonder")
	assert.NotContains(t, positives("The service was pretty bad tonight."), "pretty")
	assert.Contains(t, positives("Wat een bijzonder mooie winkel!"), "bijzonder", "a kind word before a kind word still counts")
	assert.NotContains(t, positives("Met vriendelijke groet, J. de Groot"), "groot")
	assert.NotContains(t, positives("Kind regards, Joy Goodman"), "joy")
	assert.Contains(t, positives("Het was een groot succes, dank jullie wel."), "groot", "outside a name it counts")
}

// TestFoundAfterAllIsThanks: what was lost or late, found or brought after
// all and thanked for, is praise for a remedy; a loss the customer caused
// ("Lost my wallet") is theirs. Near misses: nobody found it; thanks for
// nothing.
func TestFoundAfterAllIsThanks(t *testing.T) {
	cases := []struct {
		text, lang string
		intent     Intent
	}{
		{"Koffer was eerst kwijt op Schiphol, maar jullie hebben hem toch gevonden en vandaag thuisbezorgd. Dank jullie wel!", "nl", IntentCompliment},
		{"My suitcase went missing at first, but you found it and brought it to my door today. Thank you so much!", "en", IntentCompliment},
		{"Lost my wallet on tram 5 yesterday and it's already at lost & found with everything still in it. Thank you!!", "en", IntentCompliment},
		{"Mijn pakket is kwijt en niemand heeft het gevonden. Dank voor niks.", "nl", IntentComplaint},
		{"My suitcase is lost and nobody has found it in three weeks. Thanks for nothing.", "en", IntentComplaint},
	}
	for _, c := range cases {
		m := ReadMessage(c.text, c.lang)
		assert.Equal(t, c.intent, m.Intent, "%s (p=%.2f, why %v)", c.text, m.Confidence, m.Why)
	}
}

// TestAComplaintFiledIsTheChannel: "I filled in a complaint form" names
// the channel the customer used, not trouble; asking how long it takes is
// a question. Waiting a week for the answer is a complaint.
func TestAComplaintFiledIsTheChannel(t *testing.T) {
	problemWords := func(text, lang string) int {
		f := extractFeatures(readingAnalysis(text, lang))
		return int(f.x[featProblem] + f.x[featDissatisfaction])
	}
	assert.Zero(t, problemWords("I filled in an online complaint via your website, how long does it normally take to reply?", "en"))
	assert.Zero(t, problemWords("Ik heb een klacht ingediend via het formulier op de site, hoe lang duurt de behandeling?", "nl"))
	assert.NotZero(t, problemWords("I have a complaint about the driver on the 8:15.", "en"), "a complaint stated is trouble")
	m := ReadMessage("Sent a complaint via your website over a week ago, any idea when I'll get a response?", "en")
	assert.True(t, m.Complaint, "waiting a week for an answer to it is a complaint")
}

// TestVerdictsAndFixesThatDidNotHelp: the customer's own verdict that
// something is a problem, what they tried that did not help, and asking
// to be taken seriously are complaints; the same words asked, denied or
// after a fix that worked are not.
func TestVerdictsAndFixesThatDidNotHelp(t *testing.T) {
	checkComplaints(t, []complaintCase{
		{"Your booking form makes the return date a required field. That's a problem for anyone flying one way.", "en", true},
		{"Het boekingsformulier eist een retourdatum. Dat is een probleem voor iedereen die enkele reis boekt.", "nl", true},
		{"Is dat een probleem als ik de rekening een week later betaal?", "nl", false},
		{"That's not a problem, I'll pick the parcel up tomorrow.", "en", false},
		{"I just updated the app and the error is still coming up.", "en", true},
		{"App opnieuw geïnstalleerd en de foutmelding komt nog steeds.", "nl", true},
		{"I restarted the router and now it works again, thanks!", "en", false},
		{"Router herstart en nu doet hij het weer, dank!", "nl", false},
		{"My card was debited twice for one order. Please take it seriously.", "en", true},
		{"Neem dit nu eens serieus, het is de derde keer dat mijn pakket zoek is.", "nl", true},
	})
}

// TestClappingAboutDaysCountedIsIrony: clapping about the days counted
// ("We zitten op dag 5 👏👏") praises the wait, which is irony; a habit
// told with "elke dag" or "every day" is no waiting by itself.
func TestClappingAboutDaysCountedIsIrony(t *testing.T) {
	checkComplaints(t, []complaintCase{
		{"Hoe lang duurt 'morgen in huis' eigenlijk bij jullie? We zitten op dag 5 👏👏", "nl", true},
		{"Next day delivery they said. We're on day 5 now 👏👏", "en", true},
		{"Dag 3 van mijn nieuwe baan en ik kom elke dag met jullie trein, top 👍", "nl", false},
		{"I take your 7:40 train every day and it's always on time, well done 👏", "en", false},
	})
}

// TestMockPraiseOfSkillOrLostTime: "really knows how to …" and joy about
// one's own lost day, said about trouble, are irony; the same words about
// something that went well are praise. "Die niet kwam" is a non-event.
func TestMockPraiseOfSkillOrLostTime(t *testing.T) {
	cases := []struct {
		text, lang string
		sarcasm    bool
	}{
		{"@Netco really knows how to celebrate Halloween. I have basically no internet 😠", "en", true},
		{"Thrilled I stayed home all day for a delivery. 7pm... nothing.", "en", true},
		{"Jullie weten echt hoe je een feestdag viert. Sinds vanochtend geen internet.", "nl", true},
		{"Heerlijk dat ik de hele dag thuis heb gezeten voor een monteur die niet kwam.", "nl", true},
		{"Your chef really knows how to cook, best curry in town!", "en", false},
		{"Blij dat ik vandaag thuis ben gebleven, de monteur was er om 9 uur en alles werkt.", "nl", false},
	}
	for _, c := range cases {
		m := ReadMessage(c.text, c.lang)
		assert.Equal(t, c.sarcasm, m.Has(SignalSarcasm), c.text)
		assert.Equal(t, c.sarcasm, m.Complaint, c.text)
	}
}

// TestSeparableVerbsApart: Dutch separable verbs told apart ("zeggen wij
// het contract per 1 mei op", "jullie roepen de babyfoon terug") are the
// churn and the recall they are together; a question how to cancel is no
// threat.
func TestSeparableVerbsApart(t *testing.T) {
	m := ReadMessage("Als dit niet voor vrijdag is opgelost, zeggen wij het contract per 1 mei op.", "nl")
	assert.True(t, m.Has(SignalChurn), "%v", m.Signals)
	assert.True(t, m.Complaint)
	m = ReadMessage("Jullie roepen de babyfoon van het huismerk terug, maar ik hoor er niks over.", "nl")
	assert.True(t, m.Has(SignalRecall), "%v", m.Signals)
	m = ReadMessage("Hoe zeg ik mijn abonnement per 1 mei op?", "nl")
	assert.False(t, m.Has(SignalChurn), "%v", m.Signals)
	assert.False(t, m.Complaint)
	m = ReadMessage("Zeg, geldt mijn abonnement voor de tram ook op de kusttram?", "nl")
	assert.False(t, m.Has(SignalChurn), "%v", m.Signals)
	m = ReadMessage("Ik roep mijn zoon even terug, hij staat bij de kassa.", "nl")
	assert.False(t, m.Has(SignalRecall), "%v", m.Signals)
}

// TestAnAppThatCrashedHurtNobody: an app, game or device that crashed is
// a failure, not an injury; a vehicle that crashed is.
func TestAnAppThatCrashedHurtNobody(t *testing.T) {
	m := ReadMessage("The app crashed again when I tried to pay, third time today.", "en")
	assert.False(t, m.Has(SignalInjury), "%v", m.Signals)
	assert.True(t, m.Complaint)
	m = ReadMessage("My taxi crashed into a lamp post on the way to the airport.", "en")
	assert.True(t, m.Has(SignalInjury), "%v", m.Signals)
}

// complaintCase is one message, its language and whether the reading
// should take it as a complaint.
type complaintCase struct {
	text, lang string
	complaint  bool
}

func checkComplaints(t *testing.T, cases []complaintCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			m := ReadMessage(c.text, c.lang)
			assert.Equal(t, c.complaint, m.Complaint, "p=%.2f, why %v", m.Confidence, m.Why)
		})
	}
}

// TestAKindFirstWordAfterAGreetingKeepsItsFeeling: only a name that closes
// the message is left out of its feeling; "Hoi, Super bedankt" praises.
func TestAKindFirstWordAfterAGreetingKeepsItsFeeling(t *testing.T) {
	f := extractFeatures(readingAnalysis("Hoi, Super bedankt voor de snelle hulp!", "nl"))
	var words []string
	for _, sp := range f.spans[featPositive] {
		words = append(words, strings.ToLower(sp.In("Hoi, Super bedankt voor de snelle hulp!")))
	}
	assert.Contains(t, words, "super")
}

// TestComingApartAndNoExcuse: a product that comes apart, a number that
// is incomplete, asking and getting nothing back, "no excuse", "stop
// hassling us" and "jammer dat jullie …" are trouble; nothing coming apart
// is praise.
func TestComingApartAndNoExcuse(t *testing.T) {
	checkComplaints(t, []complaintCase{
		{"My earphones are falling apart at the seams after a month. How do I get them repaired?", "en", true},
		{"Mijn oordopjes vallen na een week al uit elkaar.", "nl", true},
		{"Reached out to the help desk and still got nothing. Please let me know if you could assist.", "en", true},
		{"The phone number on your letter is incomplete.", "en", true},
		{"There's no excuse for the power to go out this often in clear weather.", "en", true},
		{"Jammer dat jullie de bezorgkosten alweer verhogen.", "nl", true},
		{"Please stop hassling us with sales calls, we said no three times.", "en", true},
		{"Nothing falling apart after two years of daily use, great quality!", "en", false},
		{"Na twee jaar dagelijks gebruik valt er niets uit elkaar, topkwaliteit!", "nl", false},
	})
}
