package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The reading of a customer's message: what it is, and the signals triage
// routes on. Every text here is invented for the test.

func TestReadingDecidesComplaintQuestionCompliment(t *testing.T) {
	cases := []struct {
		text      string
		intent    Intent
		complaint bool
	}{
		// Abuse is a complaint, even when it opens like a question.
		{"Wat een KUTBEDRIJF", IntentComplaint, true},
		{"What a bunch of crooks, charging me twice for one ticket", IntentComplaint, true},
		// Thanks about a failure is sarcasm, and a complaint.
		{"Dank je wel dat mijn trein alweer is uitgevallen 🙃", IntentComplaint, true},
		{"Thanks for nothing, my parcel is lost again", IntentComplaint, true},
		// Thanks for a fix after a problem is a compliment.
		{"missed my flight this morning… thank you so much for rebooking me, you saved my holiday", IntentCompliment, false},
		{"Trein had vertraging maar de conducteur regelde meteen een taxi, top service, dank jullie wel!", IntentCompliment, false},
		// Non-events and waiting, stated flatly.
		{"Al drie weken niks gehoord over mijn terugbetaling", IntentComplaint, true},
		{"haven't heard back, 4 days later and still no refund", IntentComplaint, true},
		{"internet is down again, 7th outage this month", IntentComplaint, true},
		// A grievance asked as a question is a complaint; a plain question is not.
		{"Waarom moet ik elke maand opnieuw bellen over dezelfde fout?", IntentComplaint, true},
		{"why do you keep charging me for a plan I cancelled?", IntentComplaint, true},
		{"Hoe laat gaat de winkel in Zwolle open op zaterdag?", IntentQuestion, false},
		{"How do I change the delivery address of my order?", IntentQuestion, false},
		// A polite question about one problem asks.
		{"Kunt u mij vertellen waarom mijn rekening niet meer zichtbaar is in de app?", IntentQuestion, false},
		// Hashtags are read as words.
		{"Stood in line for 40 minutes #targetsucks", IntentComplaint, true},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			m := ReadMessage(c.text, "")
			assert.Equal(t, c.intent, m.Intent, "why: %v", m.Why)
			assert.Equal(t, c.complaint, m.Complaint, "p-confidence %.2f", m.Confidence)
		})
	}
}

func TestReadingSignalsHitsAndNearMisses(t *testing.T) {
	cases := []struct {
		text   string
		signal Signal
		want   bool
	}{
		{"Dank je wel dat mijn trein alweer is uitgevallen 🙃", SignalSarcasm, true},
		{"Dank je wel voor het snelle antwoord!", SignalSarcasm, false},
		{"Gotta love paying £20 for a delivery that never came", SignalSarcasm, true},
		{"I love the new app, ordering takes a minute now", SignalSarcasm, false},
		{"Leuk hoor, die nieuwe dienstregeling. Nu sta ik elke ochtend 40 minuten te wachten.", SignalSarcasm, true},
		{"Trein had vertraging maar de conducteur regelde meteen een taxi, top!", SignalSarcasm, false},

		{"Wat een KUTBEDRIJF", SignalAbuse, true},
		{"Het pakket is kapot aangekomen, kunnen jullie een nieuwe sturen?", SignalAbuse, false},
		{"you lot are a bunch of crooks", SignalAbuse, true},
		{"my parcel arrived damaged, can you send a new one?", SignalAbuse, false},

		{"Ik kreeg een mail met het adres en telefoonnummer van een wildvreemde", SignalPrivacy, true},
		{"Hierbij mijn AVG-verzoek: welke gegevens bewaren jullie van mij?", SignalPrivacy, true},
		{"Er zijn drie onbekende inlogpogingen op mijn account geweest", SignalPrivacy, true},
		{"Waar vind ik jullie privacyverklaring?", SignalPrivacy, false},
		{"Mijn IBAN stond gewoon zichtbaar voor iedereen in jullie klantportaal", SignalPrivacy, true},
		{"Mijn adres is gewijzigd, waar pas ik dat aan?", SignalPrivacy, false},
		{"you sent a copy of my passport to someone else", SignalPrivacy, true},
		{"how do I update my address?", SignalPrivacy, false},
		{"Someone logged into my account from an unknown device", SignalPrivacy, true},
		{"where can I change my privacy settings?", SignalPrivacy, false},

		{"Er zat een stuk glas in mijn salade", SignalSafety, true},
		{"Mijn zoon is gevallen over een losliggende tegel in jullie winkel", SignalSafety, true},
		{"In beide gevallen kreeg ik geen bon", SignalSafety, false},
		{"found a piece of metal in my burger", SignalSafety, true},
		{"this burger is dangerously good", SignalSafety, false},
		{"Er zat een stuk glas in mijn salade", SignalHazard, true},
		{"I slipped on a wet floor in your store and hurt my wrist", SignalInjury, true},

		{"Mijn advocaat neemt contact met jullie op", SignalLegal, true},
		{"Ik ben zelf advocaat en wil een zakelijke rekening", SignalLegal, false},
		{"see you in court", SignalLegal, true},
		{"I'm a lawyer, can I open a business account?", SignalLegal, false},

		{"Ik heb de krant al gemaild over deze toestand", SignalPress, true},
		{"Zag jullie reclame in de krant, leuk gedaan!", SignalPress, false},
		{"I've contacted a journalist about this", SignalPress, true},
		{"Loved your ad on social media", SignalPress, false},

		{"Met mijn 40.000 volgers ga ik dit zeker delen als het niet snel opgelost wordt", SignalViral, true},
		{"Ik heb 40 minuten gewacht op de bus", SignalViral, false},
		{"my video of your driver already has 200k views", SignalViral, true},

		{"Ik stap over naar een andere provider, dit is de derde storing", SignalChurn, true},
		{"Hoe kan ik mijn abonnement opzeggen?", SignalChurn, false},
		{"Third outage this week, I'm switching providers", SignalChurn, true},
		{"How do I cancel my subscription?", SignalChurn, false},

		{"Storing in heel Nederland, niemand kan pinnen", SignalOutage, true},
		{"Mijn pinpas werkt niet bij de automaat", SignalOutage, false},
		{"the whole network is down, nobody can make calls", SignalOutage, true},

		{"Jullie zijn gehackt en mijn klantgegevens liggen op straat", SignalBreach, true},
		{"Mijn Instagram is gehackt, kunnen jullie helpen?", SignalBreach, false},
		{"your data breach leaked my address", SignalBreach, true},

		{"Moet ik mijn pindakaas terugbrengen vanwege de terugroepactie?", SignalRecall, true},
		{"I can't recall my order number", SignalRecall, false},

		{"Mijn bedrijf kan al twee dagen niet pinnen", SignalBusiness, true},
		{"our business account has been frozen for a week", SignalBusiness, true},
		{"my parcel has been frozen at the depot", SignalBusiness, false},
	}
	for _, c := range cases {
		t.Run(string(c.signal)+": "+c.text, func(t *testing.T) {
			m := ReadMessage(c.text, "")
			assert.Equal(t, c.want, m.Has(c.signal), "signals: %v", m.Signals)
		})
	}
}

func TestReadingStatedReach(t *testing.T) {
	cases := []struct {
		text string
		want int
	}{
		{"Met mijn 40.000 volgers ga ik dit delen", 40000},
		{"I'll tell my 12k followers about this", 12000},
		{"Ik heb 1.200 volgers en niemand hoort iets van jullie", 1200},
		{"Bestelling 40000 is nog niet binnen", 0},
		{"I have 3 kids and no hot water", 0},
		{"Ik heb 85k+ volgers op insta en deel dit", 85000},
		{"I've got 85K+ followers and they'll hear about this", 85000},
		{"Mijn 85 000 volgers gaan dit lezen", 85000},
		{"Met 85K aan volgers weet ik hoe dit werkt", 85000},
		{"Over 85k people follow me, so think twice", 85000},
		{"20.000 mensen volgen mij op TikTok", 20000},
		{"Ik heb 85 000 euro schade door jullie", 0},
		{"Al 2 000 mensen wachten op het perron", 0},
		{"85k people were affected by the outage", 0},
		// The members of a group the customer runs are an audience; a
		// household's members or a company's staff are not.
		{"I run a neighbourhood group of 8,000 members and they all shop with you", 8000},
		{"Mijn facebookgroep met 12.000 ouders gaat dit horen", 12000},
		{"Onze blog heeft 30k lezers", 30000},
		{"We are a family of 5 members and the fridge broke", 0},
		{"Wij zijn een bedrijf met 40 medewerkers", 0},
		{"We sat in a group of 20 people on the platform for an hour", 0},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			m := ReadMessage(c.text, "")
			assert.Equal(t, c.want, m.Reach)
			assert.Equal(t, c.want > 0, m.Has(SignalReach))
		})
	}
}

func TestReadingIsUnsureOfLittle(t *testing.T) {
	m := ReadMessage("hmm ok.", "")
	assert.True(t, m.NeedsHuman, "nothing to read")
	assert.False(t, m.Complaint)
	m = ReadMessage("Mijn pakket is al een week te laat en niemand reageert. Belachelijk!", "")
	assert.False(t, m.NeedsHuman)
	assert.True(t, m.Complaint)
	assert.GreaterOrEqual(t, m.Confidence, 0.65)
}

func TestReadingSaysWhy(t *testing.T) {
	text := "Al drie weken niks gehoord over mijn terugbetaling, waardeloos"
	m := ReadMessage(text, "nl")
	require.True(t, m.Complaint)
	require.NotEmpty(t, m.Why)
	for i, w := range m.Why {
		assert.Greater(t, w.Weight, 0.0, "towards the complaint")
		if i > 0 {
			assert.LessOrEqual(t, w.Weight, m.Why[i-1].Weight, "heaviest first")
		}
	}
	require.NotEmpty(t, m.Cues)
	for _, c := range m.Cues {
		assert.NotEmpty(t, c.In(text))
	}
}

func TestReadingTopicsAndAddress(t *testing.T) {
	m := ReadMessage("Geachte heer, mijn pakket is niet bezorgd in Amersfoort. Hoogachtend, J. de Vries", "nl")
	assert.Equal(t, "u", m.Address)
	assert.Contains(t, m.Topics, "delivery", "pakket and bezorgd fold into one topic")
	assert.NotContains(t, m.Topics, "bezorg")
	assert.Contains(t, m.Topics, Stem("nl", "amersfoort"), "a place name is kept")
	assert.NotContains(t, m.Topics, "mijn")
	m = ReadMessage("Hoi, kun je kijken waar mijn pakketje blijft?", "nl")
	assert.Equal(t, "je", m.Address)
	m = ReadMessage("Where is my parcel?", "en")
	assert.Equal(t, "", m.Address)
}

func TestAnalyzeCarriesTheSameReading(t *testing.T) {
	text := "Waarom moet ik elke maand opnieuw bellen over dezelfde fout?"
	a := Analyze(Input{Text: "Sorry!", Incoming: text})
	require.NotNil(t, a.Incoming.Message)
	assert.Equal(t, ReadMessage(text, "").Complaint, a.Incoming.Message.Complaint)
	assert.True(t, a.Complaint())
}

func TestReadingNeverPanics(t *testing.T) {
	for _, s := range []string{"", " ", "?", "🙃", "#", "#a", "@x", "\xff\xfe", "40.000.000.000 volgers", "9999999999999999999999k followers"} {
		assert.NotPanics(t, func() { ReadMessage(s, "") }, "%q", s)
	}
}
