package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestUnclearMessageIsOther: a message with nothing to read is other and
// for a person to read, never a question or a compliment; a short message
// that does say something is not. A short answer in a thread that tells
// something ("Done.", "I have not", "Correct") is other, but a team lead
// knows what it is: no person needs to read it first.
func TestUnclearMessageIsOther(t *testing.T) {
	tests := []struct {
		name, lang, text string
		intent           Intent
		human            bool
	}{
		{"a lone question mark", "nl", "?", IntentOther, true},
		{"a question about nothing seen", "nl", "Dus dat was het dan?", IntentOther, true},
		{"a reference to an unseen message", "nl", "zie mijn vorige bericht", IntentOther, true},
		{"only reacting nl", "nl", "@NetKabel hmm ok.", IntentOther, true},
		{"only reacting, ja hoor", "nl", "ja hoor", IntentOther, true},
		{"only reacting en", "en", "@TelcoHelp uhm...", IntentOther, true},
		{"a pointer en", "en", "@TelcoHelp see my previous tweet", IntentOther, true},
		{"a lone emoji", "en", "@TelcoHelp 😐", IntentOther, true},
		{"near miss: a short real question", "nl", "Tot hoe laat is de winkel open?", IntentQuestion, false},
		{"near miss: short thanks", "en", "Great, thanks so much!", IntentCompliment, false},
		{"near miss: short praise", "nl", "Top geregeld, dank!", IntentCompliment, false},
		{"near miss: an answer word en", "en", "@TelcoHelp Correct", IntentOther, false},
		{"near miss: what I did en", "en", "@TelcoHelp I did", IntentOther, false},
		{"near miss: what I did not en", "en", "@TelcoHelp I have not", IntentOther, false},
		{"near miss: done", "en", "@ShopHelp Done.", IntentOther, false},
		{"near miss: what I did nl", "nl", "@NetKabel Ik heb het al gedaan", IntentOther, false},
		{"near miss: a time", "en", "@RailHelp Sorry mean 22:11:41", IntentOther, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := ReadMessage(tt.text, tt.lang)
			assert.Equal(t, tt.intent, m.Intent)
			assert.Equal(t, tt.human, m.NeedsHuman)
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

// TestQuotedWordsAndFillersTellNothing: someone else's words in quotation
// marks, and fillers ("Ok.", "Now what?", "Like, any?"), tell nothing of
// the customer's own: a person reads the thread. A request put kindly
// ("that'd be great") is no praise.
func TestQuotedWordsAndFillersTellNothing(t *testing.T) {
	for _, text := range []string{
		"@PayHelp “If I don’t provide the required information by 15 Feb 1970” https://example.com/x",
		"@TelcoHelp Ok. Now what?",
		"@AirHelp Like, any?",
	} {
		m := ReadMessage(text, "en")
		assert.True(t, m.NeedsHuman, text)
		assert.Equal(t, IntentOther, m.Intent, text)
	}
	m := ReadMessage("Hey @NetHelp if you could hurry up with gigabit internet that'd be great! I need more upload speed!", "en")
	assert.NotEqual(t, IntentCompliment, m.Intent)
	assert.False(t, ReadMessage("@NetHelp I'm still waiting for the engineer, now what?", "en").NeedsHuman, "a message that tells something")
}
