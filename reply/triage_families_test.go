package reply

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTriageRubricFamilies checks the rubric's mapping from the reading's
// signals to category, priority and hold with the default matrix, in
// Dutch and English, each family with a hit and a near miss
// (testdata/customer/README.md, "Triage rubric").
func TestTriageRubricFamilies(t *testing.T) {
	tests := []struct {
		name, lang, text string
		meta             Meta
		category         Category
		priority         string
		hold             bool
	}{
		// An outage is a crisis when it is widespread; one household's, also
		// a repeated one, is an ordinary complaint.
		{"a city without power is a crisis", "nl", "Heel Utrecht zit sinds vanmiddag zonder stroom, ook de verkeerslichten doen het niet.", Meta{}, CategoryCrisis, "crisis", false},
		{"one house without power again is a complaint", "nl", "Wij zitten alweer zonder stroom, alleen ons huis. Derde keer deze maand.", Meta{}, CategoryComplaint, "middel", false},
		{"power out across the whole city is a crisis", "en", "The power has been out across the whole city since noon, nothing works.", Meta{}, CategoryCrisis, "crisis", false},
		{"no internet at my place again is a complaint", "en", "No internet again at my place, third time this week.", Meta{}, CategoryComplaint, "middel", false},
		// A privacy incident that touches many customers is a data breach;
		// one stranger's address is legal-privacy.
		{"hundreds of customers' data is a crisis", "nl", "Jullie nieuwsbrief ging naar honderden klanten met de adressen van andere klanten zichtbaar in de aanhef.", Meta{}, CategoryCrisis, "crisis", false},
		{"one other customer's address is legal-privacy", "nl", "Jullie mail bevatte het adres van een andere klant.", Meta{}, CategoryLegalPrivacy, "hoog", false},
		{"the company was hacked is a crisis", "nl", "Jullie zijn gehackt las ik, zijn mijn gegevens veilig?", Meta{}, CategoryCrisis, "crisis", false},
		// Legal threats wait for the owner.
		{"a formal notice of default is legal", "nl", "Hierbij stel ik u in gebreke: betaal binnen 14 dagen het toegezegde bedrag terug, anders volgen gerechtelijke stappen.", Meta{}, CategoryLegalPrivacy, "hoog", true},
		{"being in default oneself is a question", "nl", "Ik ben in gebreke gebleven met mijn betaling, kan ik een regeling treffen?", Meta{}, CategoryQuestion, "laag", false},
		{"legal proceedings are legal", "en", "I'm starting legal proceedings if the refund isn't paid by Friday.", Meta{}, CategoryLegalPrivacy, "hoog", true},
		// Injury is hoog, a hazard for everyone is a crisis.
		{"a door closing on a child's hand is injury", "nl", "De deur van de tram sloot op de hand van mijn dochter, ze heeft een flinke blauwe plek.", Meta{}, CategorySafety, "hoog", false},
		{"a staple in the muesli and a broken tooth: metal in food is a crisis", "nl", "In de verpakking van de muesli zat een metalen nietje, ik beet erop en er is een stuk van mijn kies af.", Meta{}, CategorySafety, "crisis", false},
		{"a stone in the salad and a chipped tooth", "en", "There was a stone in my salad and I chipped a tooth on it.", Meta{}, CategorySafety, "crisis", false},
		{"a tooth broken on a hard roll is injury", "nl", "Ik beet op jullie harde broodje en er is een stuk van mijn kies afgebroken.", Meta{}, CategorySafety, "hoog", false},
		{"a chipped tooth on a hard sweet is injury", "en", "Chipped a tooth on one of your boiled sweets last night.", Meta{}, CategorySafety, "hoog", false},
		{"a spare screw in a parcel is no hazard", "nl", "In mijn pakket zat een schroef te veel, mag ik die houden?", Meta{}, CategoryQuestion, "laag", false},
		{"a broken toothbrush is no injury", "en", "My new electric toothbrush broke after two days.", Meta{}, CategoryComplaint, "middel", false},
		{"a door closing too early is a complaint", "nl", "De deur van de trein sloot te vroeg, ik moest een half uur op de volgende wachten.", Meta{}, CategoryComplaint, "middel", false},
		{"a door closing on an arm is injury", "en", "The tram door closed on my son's arm and he has a bruise the size of a fist.", Meta{}, CategorySafety, "hoog", false},
		{"a loose cable at a bus stop is a hazard", "nl", "Er hangt een kabel los bij de bushalte en er lopen daar elke dag kinderen langs.", Meta{}, CategorySafety, "crisis", false},
		{"a loose charging cable in the box is a question", "nl", "Mijn laadkabel zit los in de doos, kan ik hem omruilen?", Meta{}, CategoryQuestion, "laag", false},
		{"a loose cable over the pavement is a hazard", "en", "There's a loose cable hanging over the pavement outside your depot.", Meta{}, CategorySafety, "crisis", false},
		// Reach stated in the text is weighed by the matrix's threshold.
		{"900 followers keep a complaint at middel", "nl", "Derde keer verkeerd afgeschreven. Ik stap over en ga het aan mijn 900 volgers vertellen.", Meta{}, CategoryComplaint, "middel", false},
		{"50.000 followers are a reputation risk", "nl", "Derde keer verkeerd afgeschreven. Ik stap over en ga het aan mijn 50.000 volgers vertellen.", Meta{}, CategoryReputationRisk, "hoog", true},
		{"85k+ followers are a reputation risk", "nl", "Pakket voor de derde keer kwijt. Ik heb 85k+ volgers en die gaan dit horen.", Meta{}, CategoryReputationRisk, "hoog", true},
		{"85K people who follow are a reputation risk", "en", "Third lost parcel this month. Over 85K people follow me and they will hear about it.", Meta{}, CategoryReputationRisk, "hoog", true},
		{"1 200 followers keep a complaint at middel", "nl", "Pakket voor de derde keer kwijt. Ik heb 1 200 volgers en die gaan dit horen.", Meta{}, CategoryComplaint, "middel", false},
		{"a question from 85K followers stays laag", "en", "I have 85K followers and a question: do you ship to Belgium?", Meta{}, CategoryQuestion, "laag", false},
		{"800 followers keep a complaint at middel", "en", "Third wrong bill in a row. I'm switching and telling my 800 followers.", Meta{}, CategoryComplaint, "middel", false},
		{"views counted beside a small audience still spread it", "nl", "Schandalig dat mijn pakket weer niet komt. Mijn filmpje erover heeft al 50.000 views en ik deel het met mijn 300 volgers.", Meta{}, CategoryReputationRisk, "hoog", true},
		{"a small audience without views keeps a complaint at middel", "nl", "Schandalig dat mijn pakket weer niet komt. Ik deel dit met mijn 300 volgers.", Meta{}, CategoryComplaint, "middel", false},
		{"views counted beside 300 followers still spread it", "en", "Terrible that my parcel is late again. My video about it has 50,000 views and I'm sharing it with my 300 followers.", Meta{}, CategoryReputationRisk, "hoog", true},
		// Press and views spread the matter; a train's announcements do not.
		{"a regional broadcaster is press", "nl", "Omroep Brabant belde me vandaag over mijn verhaal met jullie energierekening.", Meta{}, CategoryReputationRisk, "hoog", true},
		{"millions of views are viral", "nl", "Het filmpje van jullie bezorger die pakketten gooit staat al op 3 miljoen views.", Meta{}, CategoryReputationRisk, "hoog", true},
		{"two million views are viral", "en", "The video of your driver throwing parcels has 2 million views already.", Meta{}, CategoryReputationRisk, "hoog", true},
		// A business customer who threatens to leave is hoog.
		{"a bakery leaving is hoog", "nl", "Wij hebben een bakkerij en kregen weer maar de helft geleverd. Nog één keer en we stappen over.", Meta{}, CategoryComplaint, "hoog", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := TriageMessage(Incoming{Text: tt.text, Lang: tt.lang, Meta: tt.meta}, nil)
			assert.Equal(t, tt.category, d.Category, "%v", d.Cues)
			assert.Equal(t, tt.priority, d.Priority, "%v", d.Cues)
			assert.Equal(t, tt.hold, d.Hold)
		})
	}
}

// TestTriageTrainAnnouncementIsNoPress: "omroep" on a train is the
// announcement, not a broadcaster.
func TestTriageTrainAnnouncementIsNoPress(t *testing.T) {
	d := TriageMessage(Incoming{Text: "Trein weer een uur vertraagd en geen omroep, niemand wist iets. Belachelijk.", Lang: "nl"}, nil)
	assert.NotEqual(t, CategoryReputationRisk, d.Category)
	assert.False(t, d.Hold)
}

// TestTriageRoutesEnglishSubjects: English cue words per subject in the
// default matrix (hits, and "connection" that is the internet's, not a
// train's).
func TestTriageRoutesEnglishSubjects(t *testing.T) {
	for text, subject := range map[string]string{
		"The cabin crew on my flight to Leeds were rude to my mother.": "vervoer",
		"Your plane sat at the gate for two hours with us on board.":   "vervoer",
		"The battery of my new phone is dead after an hour.":           "productveiligheid",
		"There was a hair in my burrito bowl today.":                   "productveiligheid",
		"My LTE speeds are terrible since the upgrade.":                "storing",
		"I lost my connection at home again, no wifi all evening.":     "storing",
	} {
		d := TriageMessage(Incoming{Text: text, Lang: "en"}, nil)
		assert.Equal(t, subject, d.Subject, text)
	}
}

// TestTriagePrivacySafetyLegalAreNeverLaag: a message whose reading has
// privacy, safety or legal, also as a plain request or question, is hoog
// or above; a lawyer named in a plain question is a doubt: a person looks,
// at middel, not laag.
func TestTriagePrivacySafetyLegalAreNeverLaag(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"nl", "Hoe komen jullie aan mijn telefoonnummer? Ik heb nooit iets bij jullie besteld."},
		{"nl", "Mag ik weten welke gegevens u van mij bewaart? Met vriendelijke groet."},
		{"en", "Where did you get my number? I never signed up for anything."},
		{"en", "Could you tell me what personal data you hold about me? Thanks!"},
		{"nl", "Ik stel jullie aansprakelijk voor de schade aan mijn schutting."},
		{"en", "I'm holding you liable for the damage to my fence."},
	} {
		d := TriageMessage(Incoming{Text: c.text, Lang: c.lang}, nil)
		assert.GreaterOrEqual(t, d.Level, 2, "%s: %s %v", c.text, d.Priority, d.Cues)
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Goedemiddag, mag mijn advocaat het pakket voor mij ophalen?"},
		{"en", "Hi, could my lawyer collect the parcel for me? Thanks"},
	} {
		d := TriageMessage(Incoming{Text: c.text, Lang: c.lang}, nil)
		assert.True(t, d.NeedsHuman, c.text)
		assert.Equal(t, "middel", d.Priority, "%s: %v", c.text, d.Cues)
	}
}

// TestTriageFloorHoldsInAnyMatrix: a matrix whose levels name only
// categories still never leaves privacy, safety, legal or an unsure
// reading on its lowest level; a plain question stays there.
func TestTriageFloorHoldsInAnyMatrix(t *testing.T) {
	m, err := ParseMatrix("", []byte(`
levels:
  - name: low
    match:
      categories: [question, compliment, other]
    respond_within: 4h
  - name: normal
    match:
      categories: [complaint]
    respond_within: 1h
  - name: urgent
    match:
      categories: [crisis]
    respond_within: 15m
`))
	require.NoError(t, err)
	for _, c := range []struct{ lang, text, want string }{
		{"nl", "Graag ontvang ik een inzageverzoek-bevestiging: welke persoonsgegevens verwerkt u van mij?", "normal"},
		{"en", "Someone logged into my account from a device I don't recognise.", "normal"},
		{"nl", "Mijn zoon is in jullie winkel uitgegleden over een natte vloer zonder bordje.", "normal"},
		{"en", "My lawyer will be in touch about the damage to my car.", "normal"},
		{"en", "Hi, could my lawyer collect the parcel for me? Thanks", "normal"},
		{"nl", "hmm ok.", "normal"},
		{"nl", "Is de winkel in Zwolle zondag open?", "low"},
		{"en", "Do you ship to Belgium?", "low"},
	} {
		d := TriageMessage(Incoming{Text: c.text, Lang: c.lang}, m)
		assert.Equal(t, c.want, d.Priority, "%s: %s %v", c.text, d.Category, d.Cues)
	}
}

// Sincere praise, slang and all, is a compliment at the bottom of the
// queue; praise about a failure is a complaint; a plain question stays a
// question. Every text is invented for the test.
func TestTriagePraiseSarcasmAndQuestions(t *testing.T) {
	checkTriage(t, []triageCase{
		{"slang praise is a compliment", "nl", "Die nieuwe burger is echt ziek lekker 🤤 vette aanrader", CategoryCompliment, "laag"},
		{"niet normaal zo snel is praise", "nl", "niet normaal zo snel bezorgd, top!", CategoryCompliment, "laag"},
		{"insane with fire is praise", "en", "Love the new menu! The vegan burger is insane 🔥🔥", CategoryCompliment, "laag"},
		{"thanks for a cancelled train is a complaint", "nl", "Dank je wel dat mijn trein alweer is uitgevallen 🙃", CategoryComplaint, "middel"},
		{"gotta love paying for nothing is a complaint", "en", "gotta love paying extra for nothing", CategoryComplaint, "middel"},
		{"a Sunday delivery question is a question", "nl", "kunnen jullie ook op zondag bezorgen?", CategoryQuestion, "laag"},
		{"an offline question is a question", "en", "does the app work offline?", CategoryQuestion, "laag"},
	})
}

// triageCase is one message and the category and priority a team lead
// would give it.
type triageCase struct {
	name, lang, text string
	category         Category
	priority         string
}

func checkTriage(t *testing.T, cases []triageCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			d := TriageMessage(Incoming{Text: tt.text, Lang: tt.lang}, nil)
			assert.Equal(t, tt.category, d.Category, "%v", d.Cues)
			assert.Equal(t, tt.priority, d.Priority, "%v", d.Cues)
		})
	}
}
