package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The customer's own feeling, named in their words, is read; a feeling
// denied, asked about, told to someone else ("don't worry") or a laugh
// is not.
func TestReadingNamesTheCustomersFeeling(t *testing.T) {
	cases := []struct{ text, lang, want string }{
		{"My son is heartbroken, his birthday parcel never arrived", "en", "upset"},
		{"I'm really worried, my medication order still hasn't come and I run out tomorrow", "en", "worried"},
		{"So stressed out, the movers come tomorrow and the internet still isn't connected", "en", "stressed"},
		{"I am absolutely furious, third time the engineer didn't show", "en", "angry"},
		{"Really disappointed with the state of the room", "en", "disappointed"},
		{"Disappointed at first, now heartbroken: the ring never arrived", "en", "upset"},
		{"Mijn dochter is er kapot van, haar verjaardagscadeau is nooit bezorgd", "nl", "upset"},
		{"Ik maak me echt zorgen, mijn medicijnen zijn nog steeds niet geleverd", "nl", "worried"},
		{"Ik ben zo bang dat mijn geld weg is", "nl", "worried"},
		{"Dit geeft me zoveel stress, morgen komt de verhuizer en er is nog geen internet", "nl", "stressed"},
		{"Ik ben echt woedend, de monteur is voor de derde keer niet gekomen", "nl", "angry"},
		{"Heel teleurgesteld in de service van vandaag", "nl", "disappointed"},
		// Near misses.
		{"Don't worry, I'm not angry, just wondering where my parcel is", "en", ""},
		{"I'm afraid I can't make the appointment, can we move it?", "en", ""},
		{"lol I'm in tears of laughter at this ad", "en", ""},
		{"Never disappointed by your coffee!", "en", ""},
		{"Are you worried about the strike next week?", "en", ""},
		{"Maak je geen zorgen, ik ben niet boos, ik vraag het alleen", "nl", ""},
		{"Mijn pakket is gisteren bezorgd, dank je", "nl", ""},
		{"Huilen van het lachen om jullie reclame", "nl", ""},
		{"Jullie stellen nooit teleur!", "nl", ""},
	}
	for _, c := range cases {
		m := ReadMessage(c.text, c.lang)
		assert.Equal(t, c.want, m.Feeling, c.text)
		if c.want != "" {
			assert.NotEmpty(t, m.FeelingSpan.In(c.text), c.text)
		}
	}
}

// FeelingNames lists every feeling a reading names, strongest first, and
// a caller cannot change the reading's order through it.
func TestFeelingNamesAreACopy(t *testing.T) {
	names := FeelingNames()
	assert.Equal(t, []string{"upset", "worried", "stressed", "angry", "disappointed"}, names)
	names[0] = "changed"
	assert.Equal(t, "upset", FeelingNames()[0])
	assert.Equal(t, "upset", ReadMessage("Disappointed at first, now heartbroken: the ring never arrived", "en").Feeling)
}
