package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Praise of a thing of ours ("cool feature", "mooie nieuwe update"), or a
// lone word of praise closing a sentence ("gr8", "top."), said beside
// trouble is sarcasm; beside none, or beside trouble put right, it
// praises. Every text is invented for the test.
func TestPraiseOfOurThingsBesideTroubleIsSarcasm(t *testing.T) {
	cases := []struct {
		name, text, lang string
		sarcasm          bool
	}{
		{"en cool feature", "Love how the new version has this cool feature where you can't save anything. Sick update guys.", "en", true},
		{"en gr8 at the end", "Okay so you lost my package again gr8", "en", true},
		{"nl mooie nieuwe update", "Wat een mooie nieuwe update, ik kan niks meer exporteren.", "nl", true},
		{"nl top at the end", "Pakket kwijt en niemand weet waar het is, top.", "nl", true},
		{"en near miss: plain praise", "Love the new update, great", "en", false},
		{"en near miss: put right", "My parcel was late but it arrived today, great", "en", false},
		{"nl near miss: plain praise", "Pakket is netjes bezorgd, top.", "nl", false},
		{"en sentence-initial praise beside a new delay", "Great, another delay on the 8:15.", "en", true},
		{"en near miss: praise followed by thanks", "Great, thanks! My parcel came a day late but it is here now.", "en", false},
		{"en near miss: a refund that came through", "Nice! The refund came through after two weeks of waiting.", "en", false},
		{"nl near miss: praise followed by thanks", "Top, bedankt! Pakket kwam een dag te laat maar is er nu.", "nl", false},
		{"nl near miss: a new feature praised", "Wat een handige nieuwe functie in de app, echt fijn!", "nl", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := ReadMessage(c.text, c.lang)
			assert.Equal(t, c.sarcasm, m.Has(SignalSarcasm), "intent %s, why %v", m.Intent, m.Why)
			if c.sarcasm {
				assert.True(t, m.Complaint, c.text)
			}
		})
	}
}

// A word of praise after a verb says how something is ("hij werkt top",
// "it works great"): no lone closing word, so no irony beside waiting.
func TestPraiseAfterAVerbIsNoLoneClosingWord(t *testing.T) {
	for _, c := range []struct{ text, lang string }{
		{"Ik heb de app al weken en hij werkt top, dank jullie!", "nl"},
		{"Had the new router for two weeks now and it works great, thanks!", "en"},
	} {
		m := ReadMessage(c.text, c.lang)
		assert.False(t, m.Has(SignalSarcasm), c.text)
		assert.Equal(t, IntentCompliment, m.Intent, c.text)
	}
}
