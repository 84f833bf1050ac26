package reply

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/tone"
)

// TestSubjectsRouteByTopicVocabulary: the default matrix routes by the
// reading's topic vocabulary (forms, compounds, both languages), not by a
// list of its own strings.
func TestSubjectsRouteByTopicVocabulary(t *testing.T) {
	tests := []struct {
		name, lang, text, subject string
	}{
		{"billing by a compound", "nl", "Mijn energierekening is ineens twee keer zo hoog.", "facturatie"},
		{"a listed compound is the account's", "nl", "Mijn betaalrekening is opeens geblokkeerd.", "account"},
		{"delivery by a plural", "nl", "Twee pakketbezorgers en nog steeds niks ontvangen.", "bezorging"},
		{"delivery quoted back", "nl", "'Vandaag bezorgd' zeiden ze. Welke vandaag?", "bezorging"},
		{"English word in Dutch", "nl", "My order got cancelled na een uur wachten.", "bezorging"},
		{"transport", "nl", "De sprinter naar Zwolle reed weer niet.", "vervoer"},
		{"a train outage is the train's", "nl", "Al het treinverkeer ligt stil, duizenden reizigers op de perrons.", "vervoer"},
		{"gas smell to the outage desk", "nl", "Ik ruik gas in de meterkast, wat moet ik doen?", "storing"},
		{"a smoking device to product safety", "nl", "De powerbank die ik kocht begon te roken. Bijna brand!", "productveiligheid"},
		{"a smoking device to product safety en", "en", "The power bank I bought started smoking last night.", "productveiligheid"},
		{"billing en by stem", "en", "Two charges on my statement for one invoice.", "facturatie"},
		{"store en", "en", "The queue at the checkout took forty minutes.", "winkel"},
		{"account en", "en", "I'm locked out of my account after the password reset.", "account"},
		{"cancelling a subscription is the account's", "en", "How do I cancel my subscription before it renews?", "account"},
		{"cancelling a flight is no account matter", "en", "I need to cancel my flight to Leeds on Friday.", "vervoer"},
		{"nothing specific nl", "nl", "Wie gaat er zaterdag mee naar de opening?", "algemeen"},
		{"nothing specific en", "en", "What time do you open tomorrow?", "algemeen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := TriageMessage(Incoming{Text: tt.text, Lang: tt.lang}, nil)
			assert.Equal(t, tt.subject, d.Subject)
		})
	}
}

func TestMatrixSubjectTopics(t *testing.T) {
	m, err := ParseMatrix("escalation.yaml", []byte(`
onderwerpen:
  - naam: geld
    themas: [billing]
  - naam: rest
niveaus:
  - naam: laag
    reageer_binnen: 1 uur
`))
	require.NoError(t, err)
	assert.Equal(t, []string{"billing"}, m.Subjects[0].Topics)
	d := TriageMessage(Incoming{Text: "Waarom is mijn factuur zo hoog?"}, m)
	assert.Equal(t, "geld", d.Subject)
	d = TriageMessage(Incoming{Text: "Why was I charged twice?", Lang: "en"}, m)
	assert.Equal(t, "geld", d.Subject, "one topic name serves both languages")
	d = TriageMessage(Incoming{Text: "Waar blijft mijn pakket?"}, m)
	assert.Equal(t, "rest", d.Subject)

	// "thema's" and "topics" are the same key.
	for _, key := range []string{"thema's", "topics"} {
		m, err := ParseMatrix("escalation.yaml", []byte("onderwerpen:\n  - naam: pakketten\n    "+key+": [delivery]\n  - naam: rest\nniveaus:\n  - naam: laag\n    reageer_binnen: 1 uur\n"))
		require.NoError(t, err, key)
		assert.Equal(t, "pakketten", TriageMessage(Incoming{Text: "Mijn pakketje is zoek."}, m).Subject, key)
	}

	for _, tt := range []struct{ yaml, want string }{
		{"onderwerpen:\n  - naam: geld\n    themas: [facturen]\nniveaus:\n  - naam: laag\n    reageer_binnen: 1 uur\n", "onbekend thema \"facturen\""},
		{"subjects:\n  - name: money\n    topics: [invoices]\nlevels:\n  - name: low\n    respond_within: 1h\n", "unknown topic \"invoices\""},
	} {
		_, err := ParseMatrix("escalation.yaml", []byte(tt.yaml))
		require.Error(t, err)
		var me *MatrixError
		require.True(t, errors.As(err, &me))
		assert.Contains(t, err.Error(), tt.want)
		assert.Contains(t, err.Error(), "billing", "names the topics there are")
		assert.Equal(t, 3, me.Line, "the line of the unknown topic")
	}
}

// TestUnsureQuestionIsTriagedAsOther: when the reading cannot tell
// whether a question complains, triage does not guess a complaint: it is
// other at middel, for a person to tell (as a team lead files a message
// they cannot tell); a clear question stays a question at laag.
func TestUnsureQuestionIsTriagedAsOther(t *testing.T) {
	tests := []struct {
		name, lang, text string
		category         Category
		priority         string
		human            bool
	}{
		{"unsure en", "en", "My parcel has said 'processing' for a while, how long does that usually take?", CategoryOther, "middel", true},
		{"a bare hello is other", "en", "hello??", CategoryOther, "middel", true},
		{"near miss: a clear reopening question en", "en", "When does the Leeds store reopen after the refit?", CategoryQuestion, "laag", false},
		{"near miss: a clear reopening question nl", "nl", "Wanneer gaat de winkel in Assen weer open na de verbouwing?", CategoryQuestion, "laag", false},
		{"near miss: a clear question nl", "nl", "Hoe laat gaat de winkel morgen open?", CategoryQuestion, "laag", false},
		{"near miss: a clear question en", "en", "What time does the store open tomorrow?", CategoryQuestion, "laag", false},
		{"near miss: unclear is other", "nl", "hmm ok.", CategoryOther, "middel", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := TriageMessage(Incoming{Text: tt.text, Lang: tt.lang}, nil)
			assert.Equal(t, tt.category, d.Category)
			assert.Equal(t, tt.priority, d.Priority)
			assert.Equal(t, tt.human, d.NeedsHuman)
		})
	}
}

// TestQuestionReadAsUnsureIsOtherAtMiddel: whatever message the model
// happens to place in its unsure band (the band moves a little with every
// refit), triage files a question the reading is unsure of as other at
// middel with needs_human, in both languages; the same question read
// surely stays a question at laag.
func TestQuestionReadAsUnsureIsOtherAtMiddel(t *testing.T) {
	for _, tt := range []struct{ lang, text string }{
		{"nl", "Mijn retour staat op 'in behandeling', hoe lang duurt dat meestal?"},
		{"en", "Can I change the delivery address on my order?"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			m := orDefault(nil)
			r := m.read(tt.text, tt.lang)
			require.Equal(t, tone.IntentQuestion, r.msg.Intent, "the test needs a question")
			sure := m.decide(Incoming{Text: tt.text, Lang: tt.lang}, r, nil, 0)
			if !sure.NeedsHuman {
				assert.Equal(t, CategoryQuestion, sure.Category)
				assert.Equal(t, "laag", sure.Priority)
			}
			r.needsHuman = true
			d := m.decide(Incoming{Text: tt.text, Lang: tt.lang}, r, nil, 0)
			assert.Equal(t, CategoryOther, d.Category)
			assert.Equal(t, "middel", d.Priority)
			assert.True(t, d.NeedsHuman)
		})
	}
}
