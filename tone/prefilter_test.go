package tone

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpusTexts returns every text of the labelled files in testdata and,
// when they are there, of the shared third-party corpora outside the
// repo: replies, customers' messages and tweets.
func corpusTexts(t *testing.T) []string {
	t.Helper()
	files := []string{
		"../testdata/corpus/replies.jsonl", "../testdata/corpus/exchanges.jsonl",
		"../testdata/customer/nl_dev.jsonl", "../testdata/customer/nl_test.jsonl", "../testdata/customer/nl_dev2.jsonl", "../testdata/customer/nl_dev3.jsonl",
		"../testdata/replies/nl_sectors_dev.jsonl", "../testdata/replies/nl_sectors_test.jsonl",
		"../testdata/triage/incoming.jsonl",
		"../../shared/corpus/complaints_dev.jsonl", "../../shared/corpus/dev.jsonl",
		"../../shared/corpus/en_customer_care.jsonl", "../../shared/corpus/fresh_pool.jsonl",
		"../../shared/corpus/nl_webcare_tweets.jsonl",
	}
	var texts []string
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			continue // the shared corpora are outside the repo
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var r map[string]any
			require.NoError(t, json.Unmarshal(sc.Bytes(), &r), path)
			for _, k := range []string{"text", "incoming", "in_reply_to", "reply"} {
				if s, ok := r[k].(string); ok && s != "" {
					texts = append(texts, s)
				}
			}
		}
		f.Close()
	}
	require.NotEmpty(t, texts)
	return texts
}

// withoutNeeds returns lx built again from copies of its entries whose
// patterns need nothing: every pattern is tried wherever it may start.
func withoutNeeds(t *testing.T, lx *Lexicon) *Lexicon {
	t.Helper()
	out := &Lexicon{Lang: lx.Lang}
	for _, e := range lx.Entries {
		e.loadElems() // before its patterns are copied
		cp := *e
		cp.pats, cp.unread = slices.Clone(e.pats), nil
		for i := range cp.pats {
			cp.pats[i].needs = nil
		}
		out.Entries = append(out.Entries, &cp)
	}
	out, err := out.build()
	require.NoError(t, err)
	return out
}

// TestNeedsTurnNoMatchAway holds findHits with the patterns' word masks
// to findHits without them, on every text of the corpora, with the reply
// and the customer lexicons of both languages: the masks only spare the
// matcher tries that fail.
func TestNeedsTurnNoMatchAway(t *testing.T) {
	texts := corpusTexts(t)
	for _, lang := range []string{"nl", "en"} {
		for name, lx := range map[string]*Lexicon{"reply": DefaultLexicon(lang), "customer": customerLexicon(lang)} {
			plain := withoutNeeds(t, lx)
			// A hit names its entry by its place: the copies are other
			// values.
			placed := func(lx *Lexicon, hits []Hit) []Hit {
				for i := range hits {
					hits[i].Entry = &Entry{Line: slices.Index(lx.Entries, hits[i].Entry)}
				}
				return hits
			}
			differ := 0
			for _, text := range texts {
				toks := tokenizeText(text)
				sents := segmentSentences(text, toks)
				want, got := placed(plain, plain.findHits(toks, sents)), placed(lx, lx.findHits(toks, sents))
				if !assert.Equal(t, want, got, "%s %s: %q", lang, name, text) {
					if differ++; differ > 3 {
						t.FailNow()
					}
				}
			}
		}
	}
}

// TestLexiconsKeepTheirNeeds checks that every pattern of the lexicons in
// use carries the word masks its elements call for, however the lexicon
// was made: a lexicon whose patterns lost them still reads right, only
// slower, so nothing else would tell.
func TestLexiconsKeepTheirNeeds(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		for name, lx := range map[string]*Lexicon{"reply": DefaultLexicon(lang), "customer": customerLexicon(lang), "topics": mustTopics(t, lang)} {
			for _, e := range lx.Entries {
				e.loadElems() // before its patterns are copied
				want := slices.Clone(e.pats)
				for i := range want {
					want[i].needs = nil
				}
				setNeeds(want)
				for i := range want {
					require.Equal(t, want[i].needs, e.pats[i].needs, "%s %s: %s %v", lang, name, e.Category, e.Match)
				}
			}
		}
	}
}

func mustTopics(t *testing.T, lang string) *Lexicon {
	t.Helper()
	lx, err := topicLexicon(lang)
	require.NoError(t, err)
	return lx
}
