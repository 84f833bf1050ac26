package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A journalist who asks for comment about other people's trouble is no
// complaint to apologise for: a question with the press signal (the reply
// is held for the spokesperson). A journalist whose own parcel is lost
// and who only tells it is still a customer with a complaint.
func TestAJournalistAskingForCommentIsNoComplaint(t *testing.T) {
	for _, tc := range []struct {
		in        string
		lang      string
		complaint bool
	}{
		{"Goedemiddag, ik ben journalist bij de Stentor. Wij schrijven over klanten die al weken wachten op hun terugbetaling na een storing. Kunt u vandaag reageren?", "nl", false},
		{"Hallo, ik werk als verslaggever voor RTV Oost en maak een item over kapotte liften in uw stations. Wie kan ik bellen voor een reactie?", "nl", false},
		{"Hi, I'm a journalist with the Daily Echo writing about customers whose refunds have been stuck for weeks. Could your press office comment by 4pm?", "en", false},
		{"Ik ben journalist, maar dit is privé: mijn pakket is al twee weken kwijt en niemand reageert. Schandalig.", "nl", true},
		{"I'm a reporter, but this is personal: my parcel has been lost for two weeks and nobody answers. Disgraceful.", "en", true},
	} {
		m := ReadMessage(tc.in, tc.lang)
		assert.Equal(t, tc.complaint, m.Complaint, tc.in)
		if !tc.complaint {
			assert.True(t, m.FromPress, tc.in)
			assert.Equal(t, IntentQuestion, m.Intent, tc.in)
			assert.NotEmpty(t, m.Signals[SignalPress], tc.in)
		}
	}
}

// The sender's role is read from the words of a role at a newsroom, not
// from any mention of the press: a customer writing about an order, or
// who read something in the paper, is no journalist.
func TestPressSenderIsARoleNotAMention(t *testing.T) {
	for _, tc := range []struct {
		in, lang string
		press    bool
	}{
		{"Ik werk als verslaggever voor de Gooi- en Eemlander en maak een item over de nieuwe tarieven.", "nl", true},
		{"I'm writing about my order from last week, it still hasn't arrived.", "en", false},
		{"Las in de krant dat jullie gaan sluiten op zondag, klopt dat?", "nl", false},
		{"Mijn dochter is journalist, maar ik vraag dit als klant: waar blijft mijn pakket?", "nl", false},
	} {
		m := ReadMessage(tc.in, tc.lang)
		assert.Equal(t, tc.press, m.FromPress, tc.in)
	}
}

// A journalist's question that names a lawyer, a court or a data leak
// reports other people's matter: the intent is decided before the
// signals' gates, so the lawyer is no legal threat and no doubt for a
// person, and the press signal holds the reply. A customer who asks the
// same while complaining about their own matter keeps the legal signal.
func TestAJournalistsLawyerIsReportedNotThreatened(t *testing.T) {
	for _, tc := range []struct {
		in, lang string
		legal    bool
	}{
		{"Ik ben journalist bij het Dagblad van het Noorden. Klopt het dat klanten hun advocaat inschakelen omdat hun terugbetaling al maanden uitblijft?", "nl", false},
		{"Hi, I'm a reporter at the Evening Post. Is it true that customers are taking you to court over the refunds that never came?", "en", false},
		{"Mijn terugbetaling blijft al drie maanden uit en niemand reageert. Moet ik echt mijn advocaat inschakelen?", "nl", true},
	} {
		m := ReadMessage(tc.in, tc.lang)
		assert.Equal(t, tc.legal, m.Has(SignalLegal), tc.in)
		if !tc.legal {
			assert.False(t, m.Complaint, tc.in)
			assert.Equal(t, IntentQuestion, m.Intent, tc.in)
			assert.NotEmpty(t, m.Signals[SignalPress], tc.in)
			assert.Empty(t, m.Doubts[SignalLegal], tc.in)
		}
	}
}
