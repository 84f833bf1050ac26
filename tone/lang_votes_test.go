package tone

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLangVotesCountsFunctionWords(t *testing.T) {
	nl, en := LangVotes("Mijn pakket komt nog niet")
	assert.Positive(t, nl)
	assert.Zero(t, en)
	nl, en = LangVotes("My parcel still has not arrived")
	assert.Zero(t, nl)
	assert.Positive(t, en)
	nl, en = LangVotes("@ZephyrSupport Galaxy S9 :)")
	assert.Zero(t, nl, "a handle and a model name say nothing")
	assert.Zero(t, en)
}

// TestLanguageOfShortCustomerMessages: customers write short, and the words
// the two languages share ("is", "was", "in", "we", "over") tell nothing;
// Snowball's stop words of each language and informal spellings do.
func TestLanguageOfShortCustomerMessages(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Bezorging was super snel vandaag in Utrecht, echt top geholpen!", "nl"},
		{"Waarom is m'n pakket nog altijd niet hier?", "nl"},
		{"Ge hebt mijne bestelling weer vergeten", "nl"},
		{"Why is my parcel still not here, waiting since Monday", "en"},
		{"Been on hold for an hour again, why does this always happen", "en"},
		{"Which of these plans is cheaper for me?", "en"},
		// Near misses: shared words alone decide nothing, so Dutch, the
		// first language, wins the tie; an English sentiment word breaks it.
		{"was in over", "nl"},
		{"Horrible service!", "en"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, readingAnalysis(c.text, "").Lang, c.text)
	}
	nl, en := LangVotes("is was in we over")
	assert.Zero(t, nl, "words both languages use do not vote")
	assert.Zero(t, en)
}

// TestTextSpeakIsNoDutch: English text speak ("Good for u! R u …") and
// "even" are no Dutch words: the message is English. Formal Dutch with
// "u" and Dutch "even" stays Dutch by its other words.
func TestTextSpeakIsNoDutch(t *testing.T) {
	cases := []struct{ text, want string }{
		{"@Delta Good for u!  R u eliminating SLC to LHR nonstops??", "en"},
		{"@Delta Even #worse 😜", "en"},
		{"@ShopHelp Or even reply.", "en"},
		{"@ShopHelp thx, ur the best", "en"},
		{"Kunt u mij even helpen met mijn factuur?", "nl"},
		{"Wilt u dat even nakijken voor mij?", "nl"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, readingAnalysis(c.text, "").Lang, c.text)
	}
}

// TestHandleWordsRunTogether: a message with no word of either language
// ("@comcastcares 🎃", a link) takes the hint of its handle, also where
// the handle's words run together in one case: the longest hint word it
// ends with, so "@kpnwebcare" is Dutch though it ends in "care" too.
func TestHandleWordsRunTogether(t *testing.T) {
	cases := []struct{ text, want string }{
		{"@comcastcares 🎃", "en"},
		{"@argoshelpers ?", "en"},
		{"@AskPayPal https://t.co/abc", "en"},
		{"@kpnwebcare ?", "nl"},
		{"@ziggowebcare 🎃", "nl"},
		// Near miss: a brand alone tells nothing; Dutch, the first
		// language, wins.
		{"@DELTA", "nl"},
		// A handle of any length is read by its end.
		{"@" + strings.Repeat("brand", 20000) + "cares ?", "en"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, readingAnalysis(c.text, "").Lang, c.text)
	}
}
