package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A video, vlog or TikTok the customer makes about us, or a channel's
// audience, spreads the matter (viral), so triage holds it for the
// spokesperson; a video of their own unboxing or a question about one does
// not.
func TestAVideoAboutUsSpreads(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Ik zet hier een filmpje over online, benieuwd wat mijn kijkers ervan vinden.", SignalViral, true},
		{"Zaterdag staat er een vlog over jullie op mijn YouTube-kanaal.", SignalViral, true},
		{"Mijn nieuwe video gaat over jullie bedrijf en hoe jullie klanten behandelen.", SignalViral, true},
		{"Ik film het uitpakken van mijn nieuwe laptop, zo blij mee!", SignalViral, false},
		{"Is er een video die laat zien hoe ik de router installeer?", SignalViral, false},
		{"Kan ik YouTube kijken op de tv-box?", SignalViral, false},

		{"My next vlog is going to be about how you treat your customers.", SignalViral, true},
		{"This is going on my YouTube channel tonight.", SignalViral, true},
		{"I'll show my 80k subscribers exactly what you sent me.", SignalViral, true},
		{"Is there a video that shows how to reset the router?", SignalViral, false},
		{"Can I watch YouTube on the new TV box?", SignalViral, false},
	})
}

// Praise of a colleague is read as praise in every shape a customer gives
// it: a name with where they work and, later in the sentence, what they did
// or how they were; a shout-out; going out of one's way, which is no
// failure. Where they work alone, or a role in a plain question, praises
// nobody.
func TestAColleagueIsPraisedForWhatTheyDid(t *testing.T) {
	cases := []struct {
		text    string
		want    Colleague
		praised bool
	}{
		{"Wilde even kwijt dat Fenna bij de servicebalie zo geduldig was met mijn moeder.", Colleague{Name: "Fenna"}, true},
		{"Mijn factuur klopte niet, maar Ruben van de chat had het binnen tien minuten opgelost.", Colleague{Name: "Ruben"}, true},
		{"Shout-out naar Daan, wat een held.", Colleague{Name: "Daan"}, true},
		{"Ik heb gisteren met Karin van jullie klantenservice gebeld over de meter.", Colleague{Name: "Karin"}, false},
		{"Hoe laat komt de monteur morgen?", Colleague{Role: "monteur"}, false},
		{"Ik woon in Zwolle en de winkel was dicht.", Colleague{}, false},

		{"Big shout-out to Marcus, he went out of his way to find my lost bag.", Colleague{Name: "Marcus"}, true},
		{"Just to say Aisha on the phone line fixed my account in two minutes.", Colleague{Name: "Aisha"}, true},
		{"I spoke to Tom from your billing team yesterday about the meter.", Colleague{Name: "Tom"}, false},
		{"When is the engineer coming tomorrow?", Colleague{Role: "engineer"}, false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			m := ReadMessage(c.text, "")
			assert.Equal(t, c.want, Colleague{Name: m.Colleague.Name, Role: m.Colleague.Role})
			assert.Equal(t, c.praised, m.Colleague.Praised)
		})
	}
	for _, text := range []string{
		"Kevin at the Bath branch went out of his way for me today.",
		"Shout-out to Lena, she went out of her way to help my grandad with the app.",
		"The guard on the 8:15 found my lost scarf and handed it in. Lovely!",
	} {
		m := ReadMessage(text, "")
		assert.False(t, m.Complaint, "going out of one's way is kindness: %s (%v)", text, m.Why)
	}
	m := ReadMessage("Still no news on my lost parcel after ten days.", "")
	assert.True(t, m.Complaint, "a parcel lost by us is a failure: %v", m.Why)
}

// Something that fell on a person, and the bump or cut it left, is an
// injury; a thing that fell on the floor, or a day a parcel came on, is
// not.
func TestSomethingThatFellOnSomeoneIsAnInjury(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Het wandrek kwam los en is bovenop mijn zoontje gevallen.", SignalInjury, true},
		{"De kast kantelde en nu heeft mijn dochter een bult op haar voorhoofd.", SignalInjury, true},
		{"Mijn man moest gehecht worden nadat de plank losschoot.", SignalInjury, true},
		{"De doos is omgevallen op de vloer, maar er is niks kapot.", SignalInjury, false},
		{"Mijn pakket kwam op mijn verjaardag, top!", SignalInjury, false},

		{"The shelf came off the wall and landed on my daughter.", SignalInjury, true},
		{"Your bookcase toppled onto my 2 year old last night.", SignalInjury, true},
		{"My son has a nasty gash on his forehead from the broken gate.", SignalInjury, true},
		{"The parcel came on my 30th birthday, thanks!", SignalInjury, false},
		{"The parcel landed on my doorstep in the pouring rain.", SignalInjury, false},
	})
}

// A household member with asthma is a vulnerable household, as a baby or
// someone ill is; mould in the home is told as such, not as mouldy food.
func TestAsthmaIsAVulnerableHousehold(t *testing.T) {
	cases := []struct {
		text, kind string
	}{
		{"Mijn dochter is astmatisch en de hele badkamer zit onder de schimmel.", "asthma"},
		{"Sinds de lekkage hebben we vochtplekken en mijn zoon heeft astma.", "asthma"},
		{"Mijn opa gebruikt een puffer en de verwarming is al dagen kapot.", "asthma"},
		{"Our son is asthmatic and there's mould on the bedroom ceiling.", "asthma"},
		{"My partner uses an inhaler and the damp and mould keep coming back.", "asthma"},
		{"Er zat schimmel op het brood dat ik gisteren kocht.", ""},
		{"The bread I bought had mould on it.", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.kind, ReadMessage(c.text, "").Vulnerable)
		})
	}
}

// A customer who asks whether a mail, text or call is really ours checks a
// message that may be phishing: a question, never a complaint about what
// that message claims. A question whether a parcel or an outage is ours
// asks something else.
func TestAskingWhetherAMailIsOursIsAQuestion(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Ik kreeg een sms dat mijn pas verloopt en ik via een linkje moet inloggen. Komt die sms echt van jullie?", true},
		{"Er staat in een mail dat ik nog 4 euro moet betalen, anders wordt mijn account geblokkeerd. Is dit phishing?", true},
		{"Is het pakket van jullie nou al onderweg?", false},
		{"Is mijn bericht van gisteren al gelezen door jullie?", false},
		{"Got a text saying my parcel is held and I need to pay £1.45 through a link. Is this from you?", true},
		{"This email says my account will be closed unless I confirm my card details. Is it really from you?", true},
		{"Is this parcel from you? It has no label.", false},
		{"Did you send my refund yet?", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			m := ReadMessage(c.text, "")
			assert.Equal(t, c.want, m.ChecksSender)
			if c.want {
				assert.False(t, m.Complaint, "what the mail claims is no complaint: %v", m.Why)
			}
		})
	}
}

// "Ik wil gewoon mijn geld terug" asks for a refund as "ik wil mijn geld
// terug" does; an appointment moved again and again, and a visit that
// never came, are ways of going wrong of their own.
func TestRefundsMovedAppointmentsAndMissedVisitsAreRead(t *testing.T) {
	assert.True(t, ReadMessage("Ik wil gewoon mijn geld terug, de jas ging na een week al kapot.", "").Does("refund"))
	assert.True(t, ReadMessage("I just want my money back, the kettle leaks.", "").Does("refund"))
	assert.False(t, ReadMessage("Wanneer krijg ik mijn geld terug van de retour?", "").Does("refund"))
	cases := []struct{ text, situation string }{
		{"Mijn afspraak voor de meterwissel is alweer verzet, nu naar maart.", "afspraak_verzet"},
		{"Voor de vierde keer verplaatst, die afspraak met de installateur.", "afspraak_verzet"},
		{"They rescheduled my appointment again without asking.", "rescheduled"},
		{"De installateur zou dinsdag komen maar is nooit verschenen.", "niemand_kwam"},
		{"The plumber was booked for 9 but never came.", "no_show"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.GreaterOrEqual(t, ReadMessage(c.text, "").FirstSituation(c.situation), 0)
		})
	}
	assert.Less(t, ReadMessage("Kan ik mijn afspraak verzetten naar volgende week?", "").FirstSituation("afspraak_verzet"), 0,
		"a customer who wants to move it tells nothing that went wrong")
}

// A question about what will happen ("Gaan de prijzen omhoog?") is
// hypothetical: no trouble told; one that tells how long it has already
// gone on is not.
func TestAQuestionAboutWhatWillHappenTellsNoTrouble(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Worden de tarieven per 1 januari hoger?", true},
		{"Stijgt de huur van de modem volgend jaar?", true},
		{"Will my monthly price go up after the first year?", true},
		{"Gaat het nog goedkomen met mijn pakket? Het staat al een week stil.", false},
		{"Mijn rekening is omhoog gegaan. Waarom?", false},
		{"My bill went up by £12 this month, why?", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, ReadMessage(c.text, "").Hypothetical)
		})
	}
}

// The emergency number out of reach is a hazard (Message.EmergencyLine): a
// customer in need cannot call for help. A question about calling it
// abroad is not.
func TestTheEmergencyNumberOutOfReachIsAHazard(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Gisteravond kon ik geen 112 bellen met mijn mobiel, mijn vader was gevallen.", SignalHazard, true},
		{"Het alarmnummer is niet bereikbaar via jullie netwerk!", SignalHazard, true},
		{"Kan ik in het buitenland ook 112 bellen met mijn bundel?", SignalHazard, false},
		{"We couldn't get through to 999 last night, my husband had chest pains.", SignalHazard, true},
		{"Can I call 911 from my phone when I'm in the US?", SignalHazard, false},
	})
	for _, text := range []string{"Gisteravond kon ik geen 112 bellen met mijn mobiel, mijn vader was gevallen.", "We couldn't get through to 999 last night, my husband had chest pains."} {
		assert.True(t, ReadMessage(text, "").EmergencyLine, text)
	}
	assert.False(t, ReadMessage("Er kwam rook uit de oplader, ik heb 112 gebeld.", "").EmergencyLine, "112 called: the hazard is the charger")
}

// A photo of the customer's children or family that we put online is a
// privacy matter (an ex who must not find them now can); a photo they
// praise or offer to send is not.
func TestAPhotoOfTheirChildrenPostedByUsIsPrivacy(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Jullie hebben zonder te vragen een foto van mijn dochter op Instagram gezet, mijn ex volgt jullie.", SignalPrivacy, true},
		{"Wat een leuke foto van mijn kinderen in jullie folder, ze zijn er zo trots op!", SignalPrivacy, false},
		{"You shared a picture of my kids on your page without asking. Please take it down.", SignalPrivacy, true},
		{"Can I send you a photo of my kids with your new toy?", SignalPrivacy, false},
	})
	m := ReadMessage("Jullie hebben een foto van mijn zoon op de site geplaatst. Haal die weg, mijn ex mag niet weten waar we wonen.", "")
	assert.True(t, m.NamesPersonalData && m.AsksRemoval, "a photo of their child is theirs to see taken down")
}
