package tone

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The things a message names and the situations it says: every text here
// is invented for the test.

func TestReadingFindsTheThingsNamed(t *testing.T) {
	cases := []struct {
		name, text, lang string
		want             []string
		owned, marked    bool
	}{
		{"nl own parcel", "Mijn pakketje is nog steeds niet binnen.", "nl", []string{"pakketje"}, true, true},
		{"nl a possessive three words before", "Mijn gloednieuwe zwarte telefoon doet het niet meer.", "nl", []string{"telefoon"}, true, true},
		{"nl the company's app", "Jullie nieuwe app crasht bij het openen.", "nl", []string{"app"}, false, true},
		{"nl a bare noun leads", "Wasmachine na drie weken alweer kapot.", "nl", []string{"wasmachine"}, false, false},
		{"en the flight and the hotel", "I had to pay my hotel because you cancelled the flight.", "en", []string{"hotel", "flight"}, true, true},
		{"nl near miss: a thing the lexicon does not know", "Mijn kat heeft het weer eens over de bank gegooid.", "nl", nil, false, false},
		{"en near miss: a bare word that may be a name is unmarked", "Branch from Trolls is my favourite.", "en", []string{"branch"}, false, false},
		{"en near miss: nothing a reply names", "Loved the concert last night, what a voice!", "en", nil, false, false},
		{"en near miss: a thing's word as a verb", "I just wanted to watch tonight and the stream died again.", "en", nil, false, false},
		{"en near miss: the first word of a compound", "No phone call and no account manager who knows anything. My order is lost.", "en", []string{"order"}, true, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := ReadMessage(c.text, c.lang)
			var got []string
			for _, th := range m.Things {
				got = append(got, th.Word)
				assert.Equal(t, th.Word, strings.ToLower(c.text[th.Span.Start:th.Span.End]), "span")
			}
			assert.Equal(t, c.want, got, c.text)
			if len(m.Things) > 0 {
				th := m.Things[0]
				assert.Equal(t, c.owned, th.Owned, "owned")
				assert.Equal(t, c.marked, th.Owned || th.Ours || th.Determined, "marked")
			}
		})
	}
}

func TestReadingSaysWhatWentWrong(t *testing.T) {
	cases := []struct {
		name, text, lang, want string
	}{
		{"nl not arrived", "Mijn pakket is na een week nog steeds niet bezorgd.", "nl", "niet_binnen"},
		{"nl on hold", "Ik hang al een half uur in de wacht bij jullie klantenservice.", "nl", "in_de_wacht"},
		{"nl the bus drove past", "De bus reed gewoon voorbij terwijl ik zwaaide.", "nl", "laten_staan"},
		{"en no reply", "Still no reply to my email from last Tuesday.", "en", "no_response"},
		{"en never arrived", "My order never arrived and tracking says delivered.", "en", "not_arrived"},
		{"nl near miss: a question about delivery times", "Hoe laat bezorgen jullie op zaterdag?", "nl", ""},
		{"en near miss: thanks for a delivery", "Parcel came early today, thanks a lot!", "en", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := ReadMessage(c.text, c.lang)
			got := ""
			if len(m.Situations) > 0 {
				first := m.Situations[0]
				for _, s := range m.Situations {
					if s.At < first.At {
						first = s
					}
				}
				got = first.Name
				assert.Equal(t, first.At, m.FirstSituation(first.Name))
			}
			if c.want == "" {
				assert.Empty(t, m.Situations, c.text)
				return
			}
			assert.Contains(t, Situations(c.lang), c.want)
			assert.Equal(t, c.want, got, c.text)
		})
	}
}

func TestThingNearAndSituationNear(t *testing.T) {
	// "Ik zeg mijn abonnement op. Elke ochtend vertraging met de trein.":
	// the delay is the train's, not the subscription's.
	m := ReadMessage("Ik zeg mijn abonnement op. Elke ochtend vertraging met de trein.", "nl")
	at := m.FirstSituation("vertraging")
	require.GreaterOrEqual(t, at, 0)
	th, ok := m.ThingNear(at, func(Thing) bool { return true })
	require.True(t, ok)
	assert.Equal(t, "trein", th.Word)
	_, ok = m.ThingNear(at, func(t Thing) bool { return t.Word != "trein" })
	assert.False(t, ok, "no known thing in the sentence")

	// English: their own thing before one that is only nearer.
	m = ReadMessage("My phone shows a black screen since your update.", "en")
	for _, s := range m.Situations {
		if th, ok := m.ThingNear(s.At, func(Thing) bool { return true }); ok {
			assert.True(t, th.Owned || th.Word != "phone", th.Word)
		}
	}

	// A recurrence counts near the first words, in their sentence only.
	m = ReadMessage("Bus weer eens vol bij de halte, tweede keer deze week.", "nl")
	at = m.FirstSituation("laten_staan")
	require.GreaterOrEqual(t, at, 0)
	assert.Equal(t, -1, m.SituationNear("laten_staan", at+100, 8), "out of range")
	assert.Equal(t, -1, m.SituationNear("geen_situatie", at, 8), "near miss: unknown name")
	assert.Equal(t, at, m.SituationNear("laten_staan", at, 8))
}
