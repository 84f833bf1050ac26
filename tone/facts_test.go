package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Facts the reading reads about a message besides its intent: every text
// here is invented for the test.

func TestReadingStatesTheCustomersAge(t *testing.T) {
	cases := []struct {
		name, text, lang string
		want             int
	}{
		{"nl age after ik ben", "Ik ben 79 en heb geen computer, hoe kan ik dan mijn meterstand doorgeven?", "nl", 79},
		{"nl age after ben al", "Ik ben al 84 en snap die nieuwe app van jullie niet.", "nl", 84},
		{"nl the highest of two", "Ik ben 12 jaar klant en ik ben 71, maar zo ben ik nog nooit behandeld.", "nl", 71},
		{"en age after I'm", "I'm 82 and I can't read the tiny print on your new bills.", "en", 82},
		{"en age after i am", "i am 67 years old and nobody at your counter would help me", "en", 67},
		{"nl near miss: a number that is no age", "Ik ben 2000 euro kwijt door jullie fout.", "nl", 0},
		{"nl near miss: no lead before the number", "Bestelling 79 is nog niet binnen.", "nl", 0},
		{"nl near miss: ik ben without a number", "Ik ben het zat, al drie dagen geen internet.", "nl", 0},
		{"en near miss: a number later in the sentence", "I'm waiting 45 minutes for the 9 bus every day.", "en", 0},
		{"en near miss: a number with no lead", "Order 67 arrived broken.", "en", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, ReadMessage(c.text, c.lang).Age, c.text)
		})
	}
}

func TestFactListsParse(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		fw, err := factLists[lang]()
		if assert.NoError(t, err, lang) {
			assert.NotEmpty(t, fw.AgeLead, lang)
		}
	}
}
