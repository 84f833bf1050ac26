package tone

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func texts(tokens []Token) []string {
	out := make([]string, len(tokens))
	for i, t := range tokens {
		out[i] = t.Text
	}
	return out
}

func TestTokensKeepDutchWordsWhole(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"abbreviations stay one token", "Bijv. o.a. d.w.z. z.s.m. mevr. dhr. ca. min.",
			[]string{"Bijv.", "o.a.", "d.w.z.", "z.s.m.", "mevr.", "dhr.", "ca.", "min."}},
		{"elisions stay whole", "'s avonds in 's-Hertogenbosch met m'n foto's, z'n da's",
			[]string{"'s", "avonds", "in", "'s-Hertogenbosch", "met", "m'n", "foto's", ",", "z'n", "da's"}},
		{"foto's before a full stop keeps its text", "Stuur ons de foto's.", []string{"Stuur", "ons", "de", "foto's", "."}},
		{"leading quote keeps the word", "'Mijn pakket'", []string{"'", "Mijn", "pakket", "'"}},
		{"web tokens stay whole", "@user #webcare https://ah.nl/a?b=1 info@ah.nl 06-12345678 ^AB",
			[]string{"@user", "#webcare", "https://ah.nl/a?b=1", "info@ah.nl", "06-12345678", "^AB"}},
		{"emoticons stay whole", "Top :) en :-( ;)", []string{"Top", ":)", "en", ":-(", ";)"}},
		{"emoji split off words", "top👍 weer!😊", []string{"top", "👍", "weer", "!", "😊"}},
		{"glued sign-off", "aan de slag.^Liza", []string{"aan", "de", "slag", ".", "^Liza"}},
		{"a link cut off with an ellipsis", "zie https://t.co/bu6vq…Wellicht helpt dit",
			[]string{"zie", "https://t.co/bu6vq", "…", "Wellicht", "helpt", "dit"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, texts(tokenizeText(c.text)))
		})
	}
}

func TestTokenKinds(t *testing.T) {
	toks := tokenizeText("@user #tag https://x.nl a@b.nl 06-12345678 ^EK *TM 👍 :) 12 woord !")
	var kinds []TokenKind
	for _, tk := range toks {
		kinds = append(kinds, tk.Kind)
	}
	assert.Equal(t, []TokenKind{Handle, Hashtag, URL, Email, Phone, SignMark, SignMark, Emoji, Emoji, Number, Word, Punct}, kinds)
}

// Every token and sentence span points at its own text, for every reply
// in the labelled corpus and for awkward input.
func TestSpansLocateTheirText(t *testing.T) {
	inputs := []string{
		"Héél vervelend!! 😡😡 Stuur ons een DM. ^EK",
		"\ufeffBOM first\r\nthen CRLF\r\n",
		"tabs\tand\u00a0nbsp, right-to-left: שלום עולם, and a " + strings.Repeat("x", 5000),
		strings.Repeat("!", 10000),
		"bad \xff\xfe utf-8 \xc3",
		"",
		"   \n\t ",
	}
	for _, r := range readCorpusReplies(t) {
		inputs = append(inputs, r)
	}
	for _, in := range inputs {
		a := Analyze(Input{Text: in})
		prev := 0
		for _, tk := range a.Tokens {
			require.Equal(t, tk.Text, tk.Span.In(in))
			require.GreaterOrEqual(t, tk.Span.Start, prev, "tokens in order")
			prev = tk.Span.End
		}
		for _, s := range a.Sentences {
			require.True(t, s.Span.Start <= s.Span.End && s.Span.End <= len(in))
			require.Equal(t, a.Tokens[s.First].Span.Start, s.Span.Start)
		}
		for _, h := range a.Hits {
			require.True(t, h.Span.End <= len(in) && h.Span.Start <= h.Span.End)
			if utf8.ValidString(in) {
				require.True(t, utf8.ValidString(h.Span.In(in)))
			}
		}
	}
}

func readCorpusReplies(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, p := range []string{"../testdata/corpus/replies.jsonl", "../testdata/corpus/exchanges.jsonl"} {
		f, err := os.Open(p)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var r struct {
				Reply string `json:"reply"`
			}
			require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
			out = append(out, r.Reply)
		}
		f.Close()
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"abbreviation ends no sentence", "Je kunt bijv. morgen langskomen. Tot dan!",
			[]string{"Je kunt bijv. morgen langskomen.", "Tot dan!"}},
		{"emoji after ! ends it", "Wat leuk!👍 Tot morgen", []string{"Wat leuk!👍", "Tot morgen"}},
		{"line break ends it", "Hoi Sanne\nJe pakket komt morgen", []string{"Hoi Sanne", "Je pakket komt morgen"}},
		{"sign-off after ?", "Is het gelukt? ^Lisa", []string{"Is het gelukt?", "^Lisa"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := Analyze(Input{Text: c.text, Lang: "nl"})
			var got []string
			for _, s := range a.Sentences {
				got = append(got, s.Span.In(c.text))
			}
			assert.Equal(t, c.want, got)
		})
	}
}

func TestDetectLanguage(t *testing.T) {
	assert.Equal(t, "nl", Analyze(Input{Text: "Wat vervelend dat je pakket nog niet binnen is. ^EK"}).Lang)
	assert.Equal(t, "en", Analyze(Input{Text: "We're sorry your parcel hasn't arrived yet. ^JS"}).Lang)
	assert.Equal(t, "en", Analyze(Input{Text: "Dit is Nederlands", Lang: "en"}).Lang, "a given language wins")
	assert.Equal(t, "nl", Analyze(Input{Text: "@user https://t.co/x"}).Lang, "no words: Dutch first")
}

// TestDetectLanguageCorpus measures the stop-word model on the project's
// labelled replies (and, when present, the shared third-party corpora).
func TestDetectLanguageCorpus(t *testing.T) {
	type rec struct {
		Lang  string `json:"lang"`
		Reply string `json:"reply"`
	}
	files := map[string]string{
		"../testdata/corpus/replies.jsonl":                 "",
		"../testdata/corpus/exchanges.jsonl":               "",
		"../../shared/corpus/nl_webcare_tweets.jsonl":      "nl",
		"../../shared/corpus/en_customer_care.jsonl":       "en",
		"../../shared/corpus/dev.jsonl":                    "",
		"../testdata/corpus/does-not-exist-on-purpose.jsn": "",
	}
	for path, lang := range files {
		f, err := os.Open(path)
		if err != nil {
			continue // the shared corpora are outside the repo
		}
		right, total := 0, 0
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var r rec
			require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
			want := r.Lang
			if want == "" {
				want = lang
			}
			total++
			if detectLang(tokenizeText(r.Reply)) == want {
				right++
			}
		}
		f.Close()
		acc := float64(right) / float64(total)
		t.Logf("%s: %d/%d right (%.3f)", path, right, total, acc)
		assert.GreaterOrEqual(t, acc, 0.97, path)
	}
}

func TestAddress(t *testing.T) {
	a := Analyze(Input{Text: "Je pakket komt morgen. Kunt u thuis zijn? Jullie zijn welkom. Vak U.", Lang: "nl"})
	assert.Len(t, a.Address.Informal, 1)
	require.Len(t, a.Address.Formal, 1)
	assert.Equal(t, "u", a.Address.Formal[0].In(a.Text))
	assert.Equal(t, "mixed", a.Address.Form())
	assert.Equal(t, "", Analyze(Input{Text: "Are you there?", Lang: "en"}).Address.Form())
}

func TestSignOff(t *testing.T) {
	cases := []struct {
		text       string
		name, role string
		team       bool
		found      bool
	}{
		{"Fijne dag! ^EK", "EK", "", false, true},
		{"Fijne dag! ^EK 😊 https://t.co/x 2/2", "EK", "", false, true},
		{"We sturen hem vandaag. -Anne", "Anne", "", false, true},
		{"We'll send it today. - Jimy", "Jimy", "", false, true},
		{"We'll send it today. /MT", "MT", "", false, true},
		{"We'll send it today. ~Sam", "Sam", "", false, true},
		{"Hij komt morgen.\nMet vriendelijke groet,\nMarieke Jansen, teamleider klantenservice", "Marieke Jansen", "teamleider klantenservice", false, true},
		{"Hi Tom, it ships today.\n\nBest, Laura, Customer Care Team Lead", "Laura", "Customer Care Team Lead", false, true},
		{"Groet, Anne (webcare)", "Anne", "webcare", false, true},
		{"It ships today.\nBest,\nOliver Grant Customer Care Lead", "Oliver Grant", "Customer Care Lead", false, true},
		{"We sturen hem vandaag. Team Webcare", "", "", true, true},
		{"We sturen hem vandaag.", "", "", false, false},
		{"Anne hier! We sturen hem vandaag.", "", "", false, false},
		{"Tot morgen!", "", "", false, false},
		{"Hopelijk ben je snel aan de beurt Michel!", "", "", false, false},
		{"Did that start before the update? –jeh", "jeh", "", false, true},
		{"Try a restart first. -kc", "kc", "", false, true},
		{"It works with the e-mail app -ish", "", "", false, false},
		{"That's the plan -lol, see you", "", "", false, false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			so := Analyze(Input{Text: c.text}).SignOff
			assert.Equal(t, c.found, so.Found)
			assert.Equal(t, c.name, so.Name)
			assert.Equal(t, c.role, so.Role)
			assert.Equal(t, c.team, so.Team)
		})
	}
}

func TestSignOffSpanIncludesTheRole(t *testing.T) {
	so := Analyze(Input{Text: "Hij komt morgen. Groet, Anne (webcare)"}).SignOff
	assert.Equal(t, "Groet, Anne (webcare)", so.Text)
}

func TestThread(t *testing.T) {
	assert.Equal(t, &Thread{Part: 1, Of: 2, Span: Span{6, 9}}, Analyze(Input{Text: "@user 1/2 Je pakket"}).Thread)
	th := Analyze(Input{Text: "komt morgen. ^EK (2/2)"}).Thread
	require.NotNil(t, th)
	assert.Equal(t, 2, th.Part)
	assert.Nil(t, Analyze(Input{Text: "Open van 9/17 uur, 24/7 bereikbaar"}).Thread)
}

func TestEntities(t *testing.T) {
	a := Analyze(Input{Text: "Mail sanne@gmail.com of service@bol.com, bel 06-12345678 of 0800-1234, IBAN NL91ABNA0417164300, order 123456789012345678."})
	var got []string
	for _, e := range a.PersonalData() {
		got = append(got, string(e.Kind)+":"+e.Text)
	}
	assert.Equal(t, []string{"email:sanne@gmail.com", "mobile:06-12345678", "iban:NL91ABNA0417164300"}, got)
}

func TestLexiconPatterns(t *testing.T) {
	lx, err := ParseLexicon("nl", []byte(`
test:
  - match: "(we|wij) (kunnen|kan) <eventueel>"
  - match: "zo * mogelijk"
  - match: "sorry (voor het)? ongemak"
  - match: "^ tja"
  - match: "had ... moeten"
`))
	require.NoError(t, err)
	an := NewAnalyzer(map[string]*Lexicon{"nl": lx})
	find := func(text string) []string {
		a := an.Analyze(Input{Text: text, Lang: "nl"})
		var out []string
		for _, h := range a.Hits {
			out = append(out, h.Text(text))
		}
		return out
	}
	assert.Equal(t, []string{"eventueel"}, find("We kunnen eventueel iemand sturen."), "focus narrows the hit")
	assert.Equal(t, []string{"zo snel mogelijk"}, find("Het komt zo snel mogelijk."))
	assert.Equal(t, []string{"sorry voor het ongemak", "Sorry ongemak"}, find("Echt sorry voor het ongemak. Sorry ongemak."))
	assert.Equal(t, []string{"Tja"}, find("@user Tja, zo gaat dat."), "^ skips the opening handles")
	assert.Empty(t, find("Zo gaat dat, tja."))
	assert.Equal(t, []string{"had het pakket eerder moeten"}, find("Je had het pakket eerder moeten sturen."))
}

// TestGroupsMatchAsTheirAlternativesWrittenOut: a group with several-word
// alternatives finds what its alternatives written out one pattern each
// find, hit for hit, also after a gap or an optional word (where the
// one-word alternatives must stay patterns of their own) and in an
// except: pattern; and it compiles to fewer patterns than one per
// combination.
func TestGroupsMatchAsTheirAlternativesWrittenOut(t *testing.T) {
	grouped, err := ParseLexicon("nl", []byte(`
minimizing:
  - match: "(het|dit|het bedrag) (is|ging om) (maar|nog maar) (een paar|twee|#)"
  - match: "kun|kan (je|u) ... (sturen|laten weten|vertellen)"
  - match: "(echt)? (zo|heel erg) (vervelend|sorry)"
  - match: "sorry|spijt"
    except: ["(het|ons|heel erg) ... (sorry|spijt) (hoor|zeg)"]
`))
	require.NoError(t, err)
	written, err := ParseLexicon("nl", []byte(`
minimizing:
  - match: ["het is maar een paar", "het is maar twee", "het is maar #", "het is nog maar een paar", "het is nog maar twee", "het is nog maar #",
      "het ging om maar een paar", "het ging om maar twee", "het ging om maar #", "het ging om nog maar een paar", "het ging om nog maar twee", "het ging om nog maar #",
      "dit is maar een paar", "dit is maar twee", "dit is maar #", "dit is nog maar een paar", "dit is nog maar twee", "dit is nog maar #",
      "dit ging om maar een paar", "dit ging om maar twee", "dit ging om maar #", "dit ging om nog maar een paar", "dit ging om nog maar twee", "dit ging om nog maar #",
      "het bedrag is maar een paar", "het bedrag is maar twee", "het bedrag is maar #", "het bedrag is nog maar een paar", "het bedrag is nog maar twee", "het bedrag is nog maar #",
      "het bedrag ging om maar een paar", "het bedrag ging om maar twee", "het bedrag ging om maar #", "het bedrag ging om nog maar een paar", "het bedrag ging om nog maar twee", "het bedrag ging om nog maar #"]
  - match: ["kun|kan (je|u) ... sturen", "kun|kan (je|u) ... laten weten", "kun|kan (je|u) ... vertellen"]
  - match: ["(echt)? zo vervelend", "(echt)? zo sorry", "(echt)? heel erg vervelend", "(echt)? heel erg sorry"]
  - match: "sorry|spijt"
    except: ["het ... sorry hoor", "het ... sorry zeg", "het ... spijt hoor", "het ... spijt zeg", "ons ... sorry hoor", "ons ... sorry zeg",
      "ons ... spijt hoor", "ons ... spijt zeg", "heel erg ... sorry hoor", "heel erg ... sorry zeg", "heel erg ... spijt hoor", "heel erg ... spijt zeg"]
`))
	require.NoError(t, err)
	patterns := func(lx *Lexicon) (n int) {
		for _, e := range lx.Entries {
			n += len(e.pats)
		}
		return n
	}
	assert.Less(t, patterns(grouped), patterns(written), "one-word alternatives share an element")
	hits := func(lx *Lexicon, text string) []string {
		a := NewAnalyzer(map[string]*Lexicon{"nl": lx}).Analyze(Input{Text: text, Lang: "nl"})
		var out []string
		for _, h := range a.Hits {
			out = append(out, h.Text(text))
		}
		return out
	}
	for _, text := range []string{
		"Het bedrag is nog maar 5 euro, dit ging om maar twee dagen.",
		"Het is maar een paar minuten.",
		"Het is maar drie minuten.",                          // near miss
		"Kun je ons je adres sturen en vertellen wat er is?", // the gap reaches "vertellen"
		"Kun je het laten weten?",
		"Kun je morgen bellen?", // near miss
		"Echt zo vervelend, heel erg sorry.",
		"Het spijt ons heel erg, sorry hoor.", // except after a gap
		"Sorry, dat had niet gemogen.",
		"Can you send it and tell us?", // near miss
	} {
		assert.Equal(t, hits(written, text), hits(grouped, text), text)
	}
	assert.Equal(t, []string{"Kun je ons je adres sturen en vertellen"}, hits(grouped, "Kun je ons je adres sturen en vertellen wat er is?"))
}

func TestNewAnalyzerFuncAsksOnlyForTheLanguageRead(t *testing.T) {
	lx, err := ParseLexicon("nl", []byte("test:\n  - match: pakketje\n"))
	require.NoError(t, err)
	var mu sync.Mutex
	asked := map[string]int{}
	an := NewAnalyzerFunc(func(lang string) *Lexicon {
		mu.Lock()
		defer mu.Unlock()
		asked[lang]++
		if lang == "nl" {
			return lx
		}
		return nil
	})
	a := an.AnalyzeIncoming("Waar blijft mijn pakketje? Het is er nog steeds niet.", "")
	assert.Equal(t, "nl", a.Lang)
	assert.Contains(t, asked, "nl")
	assert.NotContains(t, asked, "en", "an English lexicon is not asked for to read a Dutch message")
	require.Len(t, a.Hits, 1, "the caller's lexicon is used")
	assert.Equal(t, "pakketje", a.Hits[0].Text(a.Text))
	assert.Same(t, DefaultLexicon("en"), an.Lexicon("en"), "a nil answer is the built-in lexicon")
}

func TestLexiconErrorsNameTheLine(t *testing.T) {
	_, err := ParseLexicon("nl", []byte("hedging:\n  - match: misschien\n  - match: \"(a|b\"\n"))
	var ee *EntryError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, 3, ee.Line)

	_, err = ParseLexicon("nl", []byte("hedging:\n  - match: misschien\n    colour: red\n"))
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, 3, ee.Line)
	assert.Equal(t, "colour", ee.Field)

	_, err = ParseLexicon("nl", []byte("hedging:\n  - regex: '(unclosed'\n"))
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, "regex", ee.Field)

	for _, bad := range []string{"<naar", "naar>", "<a <b> c>"} {
		_, err = ParseLexicon("nl", []byte("hedging:\n  - match: \""+bad+"\"\n"))
		require.ErrorAs(t, err, &ee, bad)
	}
}

func TestBuiltinLexiconsLoad(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		lx := DefaultLexicon(lang)
		require.NotEmpty(t, lx.Entries)
		for _, cat := range []string{"hedging", "cliche", "defensive", "minimizing", "emotional", "apology", "empathy",
			"private-channel", "data-request", "next-step", "closing", "complaint", "problem", "personal-matter"} {
			assert.NotEmpty(t, lx.Category(cat), "%s has %s", lang, cat)
		}
	}
}

func TestIncomingMessage(t *testing.T) {
	cases := []struct {
		incoming string
		intent   Intent
		personal bool
	}{
		{"Mijn pakket is al een week te laat. Belachelijk!", IntentComplaint, true},
		{"Hoe laat zijn jullie open op zondag?", IntentQuestion, false},
		{"Top service, dank jullie wel!", IntentCompliment, false},
		{"My order never arrived and nobody answers.", IntentComplaint, true},
		{"Can I swim with my watch if it doesn't have a case?", IntentQuestion, false},
		{"Trein geschrapt zonder melding, sta nu in de kou.", IntentComplaint, false},
		// Waiting or trying for days, or being told the same thing over
		// and over, is a complaint even when it ends in a question.
		{"Ik wacht al 3 weken op mijn retourgeld, wanneer komt het?", IntentComplaint, true},
		{"Al dagen geen reactie op mijn mail. Kan iemand helpen?", IntentComplaint, false},
		{"Locked out of my account and they keep telling me it's not mine. Any suggestions?", IntentComplaint, true},
		{"How do I reach support?? I've been trying to contact them for weeks", IntentComplaint, false},
		// Time without the waiting is not.
		{"Ik heb de app al weken en hij werkt top, dank jullie!", IntentCompliment, false},
		{"I've been using it for weeks, how do I export my data?", IntentQuestion, false},
		// Moral criticism, hashtags and being ignored are complaints.
		{"Why are you letting price gougers sell masks? Shut them down!!", IntentComplaint, false},
		{"They should be ashamed of themselves. #Ridiculous", IntentComplaint, false},
		{"Sent an e-mail two weeks ago, no answer. Please open my channel again", IntentComplaint, false},
		// Capitals without a problem, a polite request around one problem,
		// and self-mockery are not; a request is asked, so triage answers it.
		{"Learn Photoshop on iPad LIVE NOW on Behance!", IntentOther, false},
		{"Hi friends, I need help finding new shows on Netflix", IntentQuestion, false},
		{"Couldn't back you more, but could you get the mixtape on Spotify please", IntentQuestion, false},
		{"Big fan. For those of us who are terrible with names, how about photos in the contact list", IntentOther, false},
		// Being left waiting, a defect, paying for nothing, leaving, and
		// accusations of dishonesty are complaints without a stock word.
		{"They said they'd email me in 6 hours, then nothing. I haven't used it for months now", IntentComplaint, false},
		{"Please advise how to rectify this major flaw ASAP", IntentComplaint, false},
		{"I cant watch anything ever since i paid the subscription", IntentComplaint, false},
		{"Seriously considering uninstalling it and telling my clients to do the same", IntentComplaint, false},
		{"Charging me twice and calling it a fee. This is really shady", IntentComplaint, false},
		// A fault that has gone away is not.
		{"Update: it just started working again, thanks", IntentCompliment, false},
		{"I've been making videos for 5 years now, how do I add a second channel?", IntentQuestion, false},
	}
	for _, c := range cases {
		t.Run(c.incoming, func(t *testing.T) {
			m := Analyze(Input{Text: "x", Incoming: c.incoming}).Incoming.Message
			assert.Equal(t, c.intent, m.Intent)
			assert.Equal(t, c.personal, m.Personal)
		})
	}
}

func TestStemMatchesWordForms(t *testing.T) {
	assert.Equal(t, Stem("nl", "bezorging"), Stem("nl", "bezorgd"))
	assert.Equal(t, Stem("nl", "pakketten"), Stem("nl", "pakket"))
	assert.Equal(t, Stem("en", "delivery"), Stem("en", "deliveries"))
}

func TestPosition(t *testing.T) {
	a := Analyze(Input{Text: "één\r\ntwee 😊 drie"})
	line, col := a.Position(strings.Index(a.Text, "drie"))
	assert.Equal(t, 2, line)
	assert.Equal(t, 8, col, "columns count code points")
}

func TestCurrencyAmountsAreNumbers(t *testing.T) {
	toks := tokenizeText("Je krijgt €612 terug, of $40.")
	kinds := map[string]TokenKind{}
	for _, tk := range toks {
		kinds[tk.Text] = tk.Kind
	}
	assert.Equal(t, Number, kinds["€612"])
	assert.Equal(t, Number, kinds["$40"])
}

func TestLexiconWords(t *testing.T) {
	lx := DefaultLexicon("nl")
	assert.True(t, lx.HasWord("emphasis", "niet"))
	assert.False(t, lx.HasWord("emphasis", "pakket"))
	assert.False(t, lx.HasWord("no-such-category", "niet"))
	w := lx.Words("emphasis")
	require.True(t, w["niet"])
	delete(w, "niet")
	assert.True(t, lx.HasWord("emphasis", "niet"), "Words returns a copy")
}

// TestExceptCoversTheWholeHit: an except: pattern with a gap keeps
// trying longer gaps until it covers the hit ("usually ... within 10
// working days" is a general rule, not a next step).
func TestExceptCoversTheWholeHit(t *testing.T) {
	has := func(text, cat string) bool {
		return Analyze(Input{Text: text, Lang: "en"}).Has(cat)
	}
	assert.False(t, has("Refunds of duplicate payments are usually processed within 10 working days.", "next-step"))
	assert.True(t, has("Your refund will be with you within 10 working days.", "next-step"))
}

// TestHashtagsMatchTheirWords: a hashtag matches as its word, also as the
// second word of a phrase.
func TestHashtagsMatchTheirWords(t *testing.T) {
	a := Analyze(Input{Text: "Waited all week. #Bad #service", Lang: "en"})
	var got []string
	for _, h := range a.HitsOf("complaint") {
		got = append(got, h.Text(a.Text))
	}
	assert.Contains(t, got, "#Bad #service")
}

// TestExceptPatternsOfEveryShapeCancel: an except: pattern cancels the
// hit it covers whatever it starts with (a word, alternatives, a prefix,
// an optional word, a wildcard, a number, a gap, the sentence start), and
// leaves a hit it does not cover alone.
func TestExceptPatternsOfEveryShapeCancel(t *testing.T) {
	lx, err := ParseLexicon("nl", []byte(`
hedging:
  - match: mogelijk
    except: ["zo snel mogelijk", "(zo|zsm) * mogelijk", "onmo* mogelijk"]
  - match: misschien
    except: ["(echt)? heel misschien", "* toch misschien", "# keer misschien", "... of misschien niet", "^ misschien"]
  - match: perhaps
    except: ["as soon as perhaps", "not ... perhaps", "well|oh perhaps"]
`))
	require.NoError(t, err)
	an := NewAnalyzer(map[string]*Lexicon{"nl": lx, "en": lx})
	for _, tc := range []struct {
		text string
		lang string
		hit  bool
	}{
		{"Dat komt zo snel mogelijk.", "nl", false},
		{"Dat komt zo vlot mogelijk.", "nl", false},
		{"Dat is onmogelijk mogelijk.", "nl", false},
		{"Dat is mogelijk morgen.", "nl", true},
		{"Dat komt heel misschien morgen.", "nl", false},
		{"Dat komt echt heel misschien morgen.", "nl", false},
		{"Dat komt dan toch misschien morgen.", "nl", false},
		{"Dat heb ik 3 keer misschien gezegd.", "nl", false},
		{"Het komt morgen of misschien niet.", "nl", false},
		{"Misschien komt het morgen.", "nl", false},
		{"@user Misschien komt het morgen.", "nl", false},
		{"Het komt morgen, misschien.", "nl", true},
		{"It is not there yet, perhaps tomorrow.", "en", false},
		{"Well perhaps tomorrow.", "en", false},
		{"It arrives tomorrow, perhaps.", "en", true},
	} {
		a := an.Analyze(Input{Text: tc.text, Lang: tc.lang})
		assert.Equal(t, tc.hit, a.Has("hedging"), tc.text)
	}
}
