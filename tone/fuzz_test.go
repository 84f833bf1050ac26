package tone

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzAnalyze checks the invariants every caller relies on: no panic,
// every span inside the text and on UTF-8 boundaries, tokens and hits in
// order, and line/column positions that round-trip to their offsets.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"@user Misschien morgen!! ^EK", "Beste klant,\r\nexcuses voor het ongemak. Team Webcare",
		"'s avonds m'n foto's.👍 ^AB 1/2", "06-12345678 NL91ABNA0417164300 1234 AB 12", "\xff\xfe", "",
		"Sorry to hear that! DM us your order number. -Jimy", "«quoted» “curly” ‘single’ \"plain\"", "Bel 0800-0123. thanks, 12. , x 3-4. Ja 5,5. één",
	} {
		f.Add(s, "Mijn pakket is kapot!")
	}
	// Seeds from the labelled corpus: real-looking replies with their
	// customers' messages.
	for _, r := range corpusSeeds(f) {
		f.Add(r[0], r[1])
	}
	f.Fuzz(func(t *testing.T, text, incoming string) {
		a := Analyze(Input{Text: text, Incoming: incoming})
		checkAnalysis(t, a)
		checkTokenizeAsProse(t, text)
		checkQuickBreaks(t, text)
		if a.Incoming != nil {
			checkAnalysis(t, a.Incoming)
		}
	})
}

func checkAnalysis(t *testing.T, a *Analysis) {
	t.Helper()
	text := a.Text
	valid := utf8.ValidString(text)
	inText := func(sp Span, what string) {
		if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
			t.Fatalf("%s span %v outside text of %d bytes", what, sp, len(text))
		}
		if valid && (!utf8.RuneStart(at(text, sp.Start)) || !utf8.RuneStart(at(text, sp.End))) {
			t.Fatalf("%s span %v not on rune boundaries in %q", what, sp, text)
		}
	}
	prev := 0
	for _, tk := range a.Tokens {
		inText(tk.Span, "token")
		if tk.Span.Start < prev || tk.Span.In(text) != tk.Text {
			t.Fatalf("token %q at %v out of order or wrong text", tk.Text, tk.Span)
		}
		prev = tk.Span.End
	}
	for _, s := range a.Sentences {
		inText(s.Span, "sentence")
	}
	for i, h := range a.Hits {
		inText(h.Span, "hit")
		if i > 0 && a.Hits[i-1].Span.Start > h.Span.Start {
			t.Fatalf("hits out of order")
		}
	}
	for _, e := range a.Entities {
		inText(e.Span, "entity")
	}
	if a.SignOff.Found {
		inText(a.SignOff.Span, "sign-off")
	}
	starts := LineStarts(text)
	for _, tk := range a.Tokens {
		line, col := a.Position(tk.Span.Start)
		if valid && OffsetIn(text, starts, line, col) != tk.Span.Start {
			t.Fatalf("position %d:%d does not round-trip to %d", line, col, tk.Span.Start)
		}
	}
}

// corpusSeeds returns reply and incoming pairs from testdata/corpus.
func corpusSeeds(f testing.TB) [][2]string {
	var out [][2]string
	for _, p := range []string{"../testdata/corpus/replies.jsonl", "../testdata/corpus/exchanges.jsonl"} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			var r struct {
				Reply     string  `json:"reply"`
				InReplyTo *string `json:"in_reply_to"`
			}
			if json.Unmarshal([]byte(line), &r) != nil {
				continue
			}
			in := ""
			if r.InReplyTo != nil {
				in = *r.InReplyTo
			}
			out = append(out, [2]string{r.Reply, in})
		}
	}
	return out
}

// at returns the byte at i, or a rune-start byte at the end of the text.
func at(s string, i int) byte {
	if i >= len(s) {
		return 'x'
	}
	return s[i]
}
