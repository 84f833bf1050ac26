package tone

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// proseReference tokenizes the whole text with prose in one call, as
// tokenizeText did before it took plain words as they stand.
func proseReference(text string) []Token {
	tokens := appendProse(text, 0, nil)
	for i := range tokens {
		tokens[i].Lower = lowerNorm(tokens[i].Text) // word by word, as newToken did
	}
	markQuoted(tokens)
	return tokens
}

func checkTokenizeAsProse(t testing.TB, text string) {
	t.Helper()
	got, want := tokenizeText(text), proseReference(text)
	if len(want) == 0 {
		want = nil
	}
	if len(got) == 0 {
		got = nil
	}
	require.Equal(t, want, got, "tokens of %q", text)
}

// TestTokenizeAsProse checks that the fast path for plain words gives
// prose's tokens to the byte: on hand-made edge cases, on the labelled
// corpus and, when REPLYLINT_CORPUS names a directory, on every reply and
// customer message in its .jsonl files (the shared corpus: about 12,000).
func TestTokenizeAsProse(t *testing.T) {
	for _, text := range []string{
		"", " ", "\n\n", "Hoi Sanne, wat vervelend! Ik. Top. Dr. Jansen", "xD XD :) (: <3 ^^",
		"'s avonds m'n foto's.👍 ^AB 1/2", "top👍 weer!😊 slag.^Liza community.~",
		"https://t.co/x…Wellicht morgen", "06-12345678 +31612345678 NL91ABNA0417164300 1234 AB 12",
		"\xff\xfe woord \xc3", "a\u00a0b\u2003c\td\r\ne", "„Dutch” «quoted» “curly” ‘single’ \"plain\"",
		"O.a. bijv. i.v.m. z.s.m.", "Ik. Top. nr. www. Dhr. ca. xD, 8D! abcdefg. abcdefgh. 12345678. Één. één;",
		"Sanne, binnen! echt? zo; dit: a, ,, !, x.. y!! z?! ónmogelijk,",
		"keer!! echt?! nu... bijv.!! Ik.?! Abc.. www.!! WWW.) www!! zo.” ja… toch?” klaar.’ nr.). 12:: abcdefgh.! Één!!",
		"Really?!! ok..., (it's) fine.\" no!!! e.g.; etc.. Mr.?",
		"(webcare) 8-) :) O.o ~Sam -Jimy /MT 0800-0123. We'll Yahoo! http://x.nl/a…Wellicht top👍 💪🏻 3. A. AB. Abc. ABC. Abcd. Www. WWW. Ça.",
		"@user^Anne @user! #tag, ^AB. *EK (:-)) 'quoted' \"x\" «y» ‹z› ¿que? ¡si! …en …", "mr. Mr. MR. St. st. i.e. e.g.", "ÉÉN één Ærø İstanbul ǅemal", "١٢٣ ٤٥ 𝟙𝟚𝟛",
	} {
		checkTokenizeAsProse(t, text)
	}
	for _, r := range corpusSeeds(t) {
		checkTokenizeAsProse(t, r[0])
		checkTokenizeAsProse(t, r[1])
	}
	dir := os.Getenv("REPLYLINT_CORPUS")
	if dir == "" {
		return
	}
	for _, name := range []string{"nl_webcare_tweets.jsonl", "en_customer_care.jsonl", "dev.jsonl"} {
		f, err := os.Open(dir + "/" + name)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		n := 0
		for sc.Scan() {
			var rec map[string]any
			require.NoError(t, json.Unmarshal(sc.Bytes(), &rec))
			for _, v := range rec {
				if s, ok := v.(string); ok {
					checkTokenizeAsProse(t, s)
					n++
				}
			}
		}
		require.NoError(t, sc.Err())
		f.Close()
		t.Logf("%s: %d texts", name, n)
	}
}

func TestEmoticonsAreShort(t *testing.T) {
	for e := range emoticons {
		require.LessOrEqual(t, len(e), 3, "isEmoticon skips longer tokens: %q", e)
		require.True(t, isEmoticon(e))
	}
}

// TestTokenLowerIsTheWordLowerCased: every token's Lower is its own text
// lower-cased with straight apostrophes, whether the text lower-cases at
// the same length (taken as one slice) or not (Turkish İ, the Kelvin sign,
// invalid UTF-8, word by word).
func TestTokenLowerIsTheWordLowerCased(t *testing.T) {
	for _, text := range []string{
		"Wat BALEN dat je Pakket NIET binnen is, Sanne! ^EK",
		"We’re SORRY, it’s Déjà Vu for ÉÉN klant 👍🏽",
		"İstanbul en 5 K (Kelvin) zijn KOUD",
		"bad \xff\xfe UTF-8 \xc3 Woord",
		"Geen hoofdletters hier, alleen ’s avonds",
		"",
	} {
		for _, tk := range tokenizeText(text) {
			assert.Equal(t, lowerNorm(tk.Text), tk.Lower, "%q in %q", tk.Text, text)
		}
	}
}

// Words a hasty customer glues with marks are read as words, with the
// marks between them: "delivery..unacceptable", "again!!and",
// "Worst*service", "echt…niet". A censored word ("f*ck", "sh*t"), a
// domain, an abbreviation, a link, an address and a handle stay whole.
func TestGluedWordsAreSplit(t *testing.T) {
	texts := func(s string) []string {
		var out []string
		for _, tk := range tokenizeText(s) {
			out = append(out, tk.Text)
		}
		return out
	}
	assert.Equal(t, []string{"Late", "delivery", "..", "unacceptable"}, texts("Late delivery..unacceptable"))
	assert.Equal(t, []string{"again", "!!", "and", "no", "refund"}, texts("again!!and no refund"))
	assert.Equal(t, []string{"Worst", "*", "service", "ever"}, texts("Worst*service ever"))
	assert.Equal(t, []string{"echt", "…", "niet"}, texts("echt…niet"))
	for _, whole := range []string{"f*ck", "sh*t", "nu.nl", "i.v.m.", "www.site.nl/a..b", "me@x.nl"} {
		assert.Equal(t, []string{whole}, texts(whole))
	}
	// Read as words, the glued complaint is a complaint.
	assert.True(t, ReadMessage("Late delivery..unacceptable..worst*service ever", "en").Complaint)
}

// A dash glued to the word before a space ("Yikes- I know", "Oei- dat
// is") and a part marker glued to a sentence's full stop
// ("sorry.2/2^Corry") are split off, so the word is read; a hyphen inside
// a word ("e-mail", "oud-klant") and a lone dash stay as they are.
func TestGluedDashAndPartMarkerAreSplit(t *testing.T) {
	texts := func(s string) []string {
		var out []string
		for _, tk := range tokenizeText(s) {
			out = append(out, tk.Text)
		}
		return out
	}
	assert.Equal(t, []string{"Yikes", "-", "I", "know"}, texts("Yikes- I know"))
	assert.Equal(t, []string{"Oei", "-", "dat", "is", "balen"}, texts("Oei- dat is balen"))
	assert.Equal(t, []string{"genuinely", "sorry", ".", "2/2^Corry"}, texts("genuinely sorry.2/2^Corry"))
	assert.Equal(t, []string{"Je", "e-mail", "-", "en", "oud-klant"}, texts("Je e-mail - en oud-klant"))
	th := Analyze(Input{Text: "@user We understand how this affects your day and we're genuinely sorry.2/2^Corry", Lang: "en"}).Thread
	if assert.NotNil(t, th) {
		assert.Equal(t, [2]int{2, 2}, [2]int{th.Part, th.Of})
	}
}
