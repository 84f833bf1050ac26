package lint

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/replylint/replylint/tone"
)

// FuzzLint checks that Lint never panics, that findings are sorted, lie in
// the text on rune boundaries, round-trip their positions, and marshal to
// JSON that parses.
func FuzzLint(f *testing.F) {
	for _, r := range []string{
		"@user Misschien komt hij morgen!! Excuses voor het ongemak. Team Webcare",
		"@user Wat is je ordernummer? Bel 06-12345678. ^EK 1/2",
		"Dear customer, as previously stated, it's just a minor delay?! -Jimy",
		"\ufeff\r\n\t", "\x00\xff", "",
	} {
		f.Add(r, "Mijn pakket is nooit ontvangen!", "public")
	}
	for _, p := range []string{"../testdata/corpus/replies.jsonl", "../testdata/corpus/exchanges.jsonl"} {
		for _, rec := range readLabelled(f, p) {
			in := ""
			if rec.InReplyTo != nil {
				in = *rec.InReplyTo
			}
			f.Add(rec.Reply, in, rec.Channel)
		}
	}
	f.Fuzz(func(t *testing.T, text, incoming, channel string) {
		res := Lint(tone.Input{Text: text, Incoming: incoming, Channel: channel}, nil)
		starts := tone.LineStarts(text)
		for i, fd := range res.Findings {
			if fd.Offset < 0 || fd.EndOffset > len(text) || fd.Offset > fd.EndOffset {
				t.Fatalf("finding %+v outside text", fd)
			}
			if i > 0 && res.Findings[i-1].Offset > fd.Offset {
				t.Fatalf("findings not sorted")
			}
			if utf8.ValidString(text) {
				if off := tone.OffsetIn(text, starts, fd.Line, fd.Column); off != fd.Offset {
					t.Fatalf("%d:%d -> %d, want %d", fd.Line, fd.Column, off, fd.Offset)
				}
			}
		}
		b, err := json.Marshal(res.Findings)
		if err != nil {
			t.Fatal(err)
		}
		var back []map[string]any
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzParseConfig: a config either loads or fails with a *ConfigError.
func FuzzParseConfig(f *testing.F) {
	f.Add("fail_level: warning\nrules:\n  mirror: off\n")
	f.Add("lexicon:\n  nl:\n    hedging:\n      - match: \"(a|b) c?\"\n        except: [\"x ...\"]\n")
	f.Add("lexicon:\n  nl:\n    hedging:\n      - regex: '(open'\n")
	f.Add("weights: {empathy: -1}\n")
	f.Add(":\n- [\n")
	f.Fuzz(func(t *testing.T, data string) {
		cfg, err := ParseConfig("fuzz.yaml", []byte(data))
		if err != nil {
			if _, ok := err.(*ConfigError); !ok {
				t.Fatalf("error %T %v is not a *ConfigError", err, err)
			}
			return
		}
		Lint(tone.Input{Text: "@user Misschien morgen. ^EK"}, cfg)
	})
}
