package reply

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTriageTakeoverIsPrivacy: someone else in the customer's account or
// using their card, as the reading tells it (tone.Message.Takeover), is a
// privacy incident at hoog, as an unknown login is; a question whether
// someone else may use a card tells no takeover and stays a question.
func TestTriageTakeoverIsPrivacy(t *testing.T) {
	checkTriage(t, []triageCase{
		{"a stranger using my debit card is privacy", "nl", "Er staan drie afschrijvingen van een webwinkel die ik niet ken, iemand gebruikt mijn pinpas. Wat moet ik nu doen?", CategoryLegalPrivacy, "hoog"},
		{"may my son use my card is a question", "nl", "Mag mijn zoon met mijn pinpas betalen als ik ernaast sta?", CategoryQuestion, "laag"},
		{"a stranger using my card is privacy", "en", "Someone has been using my card at a petrol station in Leeds. How do I stop it?", CategoryLegalPrivacy, "hoog"},
		{"can my son use my card is a question", "en", "Can my son pay with my card if I'm standing next to him?", CategoryQuestion, "laag"},
	})
}

// TestTriageVulnerableHouseholdWithoutEssentials: a vulnerable household
// (a baby, someone ill, medical equipment) without power, heating or hot
// water is hoog in the default matrix; the same outage without one, and a
// vulnerable household with another complaint, stay middel.
func TestTriageVulnerableHouseholdWithoutEssentials(t *testing.T) {
	tests := []struct {
		name, lang, text string
		priority         string
		vulnerable       bool
	}{
		{"a newborn without power is hoog", "nl", "Sinds vannacht zitten we zonder stroom en we hebben een baby van twee weken. Wanneer komt er iemand?", "hoog", true},
		{"no power without a vulnerable household is middel", "nl", "Sinds vannacht zitten we zonder stroom. Wanneer komt er iemand?", "middel", false},
		{"an older mother paying for a paper bill is middel", "nl", "Mijn moeder van 91 moet opeens €2,50 per maand betalen voor een papieren factuur. Belachelijk.", "middel", false},
		{"no hot water during chemo is hoog", "en", "Three days without hot water now and my wife is halfway through chemo. Please send someone.", "hoog", true},
		{"no hot water alone is middel", "en", "Three days without hot water now. Please send someone.", "middel", false},
		// Told with time in between, or the age after "who is" / "die".
		{"a heater off for days with a mother of 88 is hoog", "nl", "Onze cv doet het al drie dagen niet en mijn moeder van 88 woont bij ons.", "hoog", true},
		{"a mum who is 88 without heating is hoog", "en", "My mum who is 88 has had no heating since Monday.", "hoog", true},
		{"a son who is 8 without heating is middel", "en", "My son who is 8 has had no heating since Monday.", "middel", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := TriageMessage(Incoming{Text: tt.text, Lang: tt.lang}, nil)
			assert.Equal(t, CategoryComplaint, d.Category, "%v", d.Cues)
			assert.Equal(t, tt.priority, d.Priority, "%v", d.Cues)
			has := false
			for _, c := range d.Cues {
				has = has || c.Kind == CueVulnerable
			}
			assert.Equal(t, tt.vulnerable, has, "%v", d.Cues)
		})
	}
}

// TestMatrixReadsVulnerableSignal: a Dutch matrix names the signal
// "kwetsbaar", an English one "vulnerable"; a misspelling is an error.
func TestMatrixReadsVulnerableSignal(t *testing.T) {
	for _, src := range []string{
		"niveaus:\n  - naam: normaal\n    reageer_binnen: 1 uur\n  - naam: hoog\n    wanneer:\n      signalen: [kwetsbaar]\n    reageer_binnen: 30 min\n",
		"levels:\n  - name: normal\n    respond_within: 1h\n  - name: high\n    match:\n      cues: [vulnerable]\n    respond_within: 30m\n",
	} {
		m, err := ParseMatrix("escalation.yaml", []byte(src))
		require.NoError(t, err, src)
		d := TriageMessage(Incoming{Text: "We've had no power since last night and our baby is only three weeks old.", Lang: "en"}, m)
		assert.Equal(t, 1, d.Level, "%v", d.Cues)
	}
	_, err := ParseMatrix("escalation.yaml", []byte("niveaus:\n  - naam: hoog\n    wanneer:\n      signalen: [kwetsbar]\n    reageer_binnen: 30 min\n"))
	require.Error(t, err)
}

// TestTriageAbuseIsAComplaint: an insult aimed at us is an ordinary
// complaint at middel, also when the reading files it under no intent
// (a laughing emoji or "lol" beside it); praise in the same shape stays
// a compliment.
func TestTriageAbuseIsAComplaint(t *testing.T) {
	checkTriage(t, []triageCase{
		{"prutsers with laughing emoji is a complaint", "nl", "@NoordBank prutsers 😂😂", CategoryComplaint, "middel"},
		{"toppers with haha is a compliment", "nl", "@NoordBank wat een stelletje toppers haha", CategoryCompliment, "laag"},
		{"a bunch of clowns lol is a complaint", "en", "@NorthBank what a bunch of clowns lol", CategoryComplaint, "middel"},
		{"a bunch of legends lol is a compliment", "en", "@NorthBank what a bunch of legends lol", CategoryCompliment, "laag"},
	})
}

// TestTriageOwnDataIsNeverLaag: a customer who puts their own phone
// number or e-mail address in a public message keeps the category of what
// the message does, but is never left at laag: the advice says to go on
// in a DM. The company's own number or address in a question is no
// customer's data.
func TestTriageOwnDataIsNeverLaag(t *testing.T) {
	tests := []struct {
		name, lang, text string
		category         Category
		priority         string
		ownData          bool
	}{
		{"a question with the customer's e-mail is middel", "en", "Can you send the invoice again to jamie.hollis@example.com please?", CategoryQuestion, "middel", true},
		{"a question with the customer's mobile is middel", "nl", "Kunnen jullie me morgen even bellen op 06-12345678? Het gaat om mijn overstap.", CategoryQuestion, "middel", true},
		{"a question without details stays laag", "en", "Can you send the invoice again please?", CategoryQuestion, "laag", false},
		{"a question about our service number stays laag", "nl", "Is 0800-0221 het juiste nummer voor de storingsdienst?", CategoryQuestion, "laag", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := TriageMessage(Incoming{Text: tt.text, Lang: tt.lang}, nil)
			assert.Equal(t, tt.category, d.Category, "%v", d.Cues)
			assert.Equal(t, tt.priority, d.Priority, "%v", d.Cues)
			has := slices.ContainsFunc(d.Cues, func(c Cue) bool { return c.Kind == CueOwnData })
			assert.Equal(t, tt.ownData, has, "%v", d.Cues)
			if tt.ownData {
				assert.Contains(t, strings.Join(d.Advice, " "), "DM")
			}
		})
	}
}
