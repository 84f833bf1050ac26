package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestUnclearMessageIsOther: a message with nothing to read is other and
// for a person to read, never a question or a compliment; a short message
// that does say something is not.
func TestUnclearMessageIsOther(t *testing.T) {
	tests := []struct {
		name, lang, text string
		intent           Intent
		human            bool
	}{
		{"a lone question mark", "nl", "?", IntentOther, true},
		{"a question about nothing seen", "nl", "Dus dat was het dan?", IntentOther, true},
		{"a reference to an unseen message", "nl", "zie mijn vorige bericht", IntentOther, true},
		{"a lone answer word en", "en", "@TelcoHelp Correct", IntentOther, true},
		{"a fragment en", "en", "@TelcoHelp I did", IntentOther, true},
		{"near miss: a short real question", "nl", "Tot hoe laat is de winkel open?", IntentQuestion, false},
		{"near miss: short thanks", "en", "Great, thanks so much!", IntentCompliment, false},
		{"near miss: short praise", "nl", "Top geregeld, dank!", IntentCompliment, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := ReadMessage(tt.text, tt.lang)
			assert.Equal(t, tt.intent, m.Intent)
			if tt.human {
				assert.True(t, m.NeedsHuman)
			}
		})
	}
}

// TestClosingFormulaIsNoPraise: "Met vriendelijke groet" and "Kind
// regards" close a letter politely; they make no compliment of a request.
func TestClosingFormulaIsNoPraise(t *testing.T) {
	tests := []struct {
		name, lang, text string
		compliment       bool
	}{
		{"a formal request nl", "nl", "Geachte heer/mevrouw, hierbij verzoek ik om een kopie van mijn contract. Met vriendelijke groet, P. de Wit", false},
		{"a formal request en", "en", "Dear team, I request a copy of my contract. Kind regards, Paul Smith", false},
		{"near miss: praise that also closes kindly nl", "nl", "Wat een vriendelijke medewerker had ik vandaag aan de lijn, top geholpen. Met vriendelijke groet, P. de Wit", true},
		{"near miss: praise that also closes kindly en", "en", "Your staff were so helpful today, brilliant service. Kind regards, Paul Smith", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := ReadMessage(tt.text, tt.lang)
			assert.Equal(t, tt.compliment, m.Intent == IntentCompliment, "intent %s", m.Intent)
		})
	}
}
