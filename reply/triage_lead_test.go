package reply

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTriageTakeoverIsPrivacy: someone else in the customer's account or
// using their card, as the reading tells it (tone.Message.Takeover), is a
// privacy incident at hoog, as an unknown login is; a question whether
// someone else may use a card tells no takeover and stays a question.
func TestTriageTakeoverIsPrivacy(t *testing.T) {
	tests := []struct {
		name, lang, text string
		category         Category
		priority         string
	}{
		{"a stranger using my debit card is privacy", "nl", "Er staan drie afschrijvingen van een webwinkel die ik niet ken, iemand gebruikt mijn pinpas. Wat moet ik nu doen?", CategoryLegalPrivacy, "hoog"},
		{"may my son use my card is a question", "nl", "Mag mijn zoon met mijn pinpas betalen als ik ernaast sta?", CategoryQuestion, "laag"},
		{"a stranger using my card is privacy", "en", "Someone has been using my card at a petrol station in Leeds. How do I stop it?", CategoryLegalPrivacy, "hoog"},
		{"can my son use my card is a question", "en", "Can my son pay with my card if I'm standing next to him?", CategoryQuestion, "laag"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := TriageMessage(Incoming{Text: tt.text, Lang: tt.lang}, nil)
			assert.Equal(t, tt.category, d.Category, "%v", d.Cues)
			assert.Equal(t, tt.priority, d.Priority, "%v", d.Cues)
		})
	}
}

// TestTriageUnsureQuestionIsOther: a question the reading is unsure of is
// other at middel with needs_human, for a person to tell what it is (a
// team lead files such a message as other); a clear question stays a
// question at laag.
func TestTriageUnsureQuestionIsOther(t *testing.T) {
	tests := []struct {
		name, lang, text string
		category         Category
		priority         string
		human            bool
	}{
		{"an unsure status question is other", "nl", "Mijn retour staat op 'in behandeling', hoe lang duurt dat meestal?", CategoryOther, "middel", true},
		{"a clear opening-hours question stays a question", "nl", "Wanneer gaat de winkel in Assen weer open na de verbouwing?", CategoryQuestion, "laag", false},
		{"a bare hello is other", "en", "hello??", CategoryOther, "middel", true},
		{"a clear reopening question stays a question", "en", "When does the Leeds store reopen after the refit?", CategoryQuestion, "laag", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := TriageMessage(Incoming{Text: tt.text, Lang: tt.lang}, nil)
			assert.Equal(t, tt.category, d.Category, "%v", d.Cues)
			assert.Equal(t, tt.priority, d.Priority, "%v", d.Cues)
			assert.Equal(t, tt.human, d.NeedsHuman)
		})
	}
}
