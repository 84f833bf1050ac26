package tone

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// topicWords returns the words of a message that name a topic, by topic.
func topicWords(text, lang string) map[string][]string {
	m := ReadMessage(text, lang)
	out := map[string][]string{}
	for t, spans := range m.TopicSpans {
		for _, sp := range spans {
			out[t] = append(out[t], sp.In(text))
		}
	}
	return out
}

func TestTopicVocabularyFoldsFormsAndCompounds(t *testing.T) {
	tests := []struct {
		name, lang, text, topic, word string
	}{
		{"a listed word", "nl", "Mijn pakket is er nog niet.", "delivery", "pakket"},
		{"another form by stem", "nl", "De pakketten liggen nog bij jullie.", "delivery", "pakketten"},
		{"compound head", "nl", "Mijn energierekening is dit jaar verdubbeld.", "billing", "energierekening"},
		{"compound head, plural", "nl", "Twee pakketbezorgers reden langs en niemand belde aan.", "delivery", "pakketbezorgers"},
		{"a listed compound wins over its head", "nl", "Mijn betaalrekening staat op slot.", "account", "betaalrekening"},
		{"an English word in Dutch", "nl", "My order got cancelled, echt balen.", "delivery", "order"},
		{"a quoted word counts", "nl", "'Vandaag bezorgd' zeiden ze.", "delivery", "bezorgd"},
		{"English stem", "en", "Two charges for one month again.", "billing", "charges"},
		{"English phrase", "en", "My parcel is out for delivery since Monday.", "delivery", "parcel"},
		{"a phone as a device", "en", "The screen of my new phone cracked on day two.", "product", "phone"},
		{"een telefoon als toestel", "nl", "Mijn nieuwe telefoon doet het niet meer.", "product", "telefoon"},
		{"in-flight is travel", "en", "This has been my inflight studio experience today. Nothing works.", "transport", "inflight"},
		{"a ride's driver is transport", "en", "My uber driver took the wrong exit twice.", "transport", "uber driver"},
		{"an application is a product", "en", "Your application isnt helping, it crashes on every save.", "product", "application"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := topicWords(tt.text, tt.lang)
			assert.Contains(t, got[tt.topic], tt.word, "%v", got)
			assert.Contains(t, ReadMessage(tt.text, tt.lang).Topics, tt.topic)
		})
	}
}

func TestTopicVocabularyNearMisses(t *testing.T) {
	tests := []struct {
		name, lang, text string
	}{
		{"gaat is no gate", "nl", "Wie gaat er zaterdag mee?"},
		{"bereikbaar is no network range", "nl", "Hoe laat zijn jullie morgen bereikbaar?"},
		{"a short first part is no compound", "nl", "Ik heb een ovenschotel gemaakt."},
		{"pas alone is no card", "nl", "Ik woon hier pas twee weken."},
		{"my data plan is no privacy", "en", "Maybe time to increase my data plan!"},
		{"on the phone is no device", "en", "I was on the phone for an hour and nobody helped."},
		{"aan de telefoon is geen toestel", "nl", "Ik hing een uur aan de telefoon en niemand hielp."},
		{"a driver alone is no ride", "en", "Ugh, a driver honked at me all the way down the road."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := topicWords(tt.text, tt.lang)
			delete(got, "internet") // "data plan" may be the internet's
			assert.Empty(t, got)
		})
	}
}

// TestTopicWordsBelongToOneTopic: a word, or its stem, names one topic;
// every topic is named in both languages.
func TestTopicWordsBelongToOneTopic(t *testing.T) {
	names := map[string]map[string]bool{}
	for _, lang := range []string{"nl", "en"} {
		lx, err := topicLexicon(lang)
		require.NoError(t, err)
		stems := map[string]string{}
		for cat, words := range lx.words {
			name := strings.TrimPrefix(cat, topicPrefix)
			if names[name] == nil {
				names[name] = map[string]bool{}
			}
			names[name][lang] = true
			for w := range words {
				st := Stem(lang, w)
				if len(st) < 4 {
					st = w
				}
				if other, ok := stems[st]; ok && other != name {
					t.Errorf("%s: %q (stem %q) is in topic:%s and topic:%s", lang, w, st, other, name)
				}
				stems[st] = name
			}
		}
	}
	for name, langs := range names {
		assert.Len(t, langs, 2, "topic:%s in both languages", name)
	}
	assert.Equal(t, len(names), len(TopicNames()))
}

func TestTopicCompoundOfOneLongWordIsBounded(t *testing.T) {
	long := strings.Repeat("a", 100000) + "rekening"
	m := ReadMessage(long, "nl")
	assert.Contains(t, m.TopicSpans, "billing", "the head is found at the end of a very long word")
}
