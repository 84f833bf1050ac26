package tone

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// punktSpans segments text with prose's punkt segmenter alone.
func punktSpans(t testing.TB, text string) []Span {
	model, err := dutchSegmenter()
	require.NoError(t, err)
	var out []Span
	for _, s := range model.seg.Segment(text) {
		out = append(out, Span{s.Start, s.End()})
	}
	return out
}

// checkQuickBreaks reports whether quickBreaks took text, and fails when
// its sentences differ from punkt's.
func checkQuickBreaks(t testing.TB, text string) bool {
	t.Helper()
	keys, err := dutchKeys()
	require.NoError(t, err)
	b, ok := quickBreaks(text, keys, nil)
	if !strings.Contains(text, ".") {
		// Without a period the training is never read: segmentSentences
		// then does not load it.
		nb, nok := quickBreaks(text, nil, nil)
		require.Equal(t, ok, nok, "without the training: %q", text)
		require.Equal(t, b, nb, "without the training: %q", text)
	}
	if !ok {
		return false
	}
	got, want := spansBetween(text, b), punktSpans(t, text)
	if len(got) == 0 {
		got = nil
	}
	require.Equal(t, want, got, "sentences of %q", text)
	return true
}

// TestQuickBreaksAsPunkt: where quickBreaks decides without punkt, its
// sentences are punkt's, on hand-made cases, the labelled corpus and, with
// REPLYLINT_CORPUS, the shared corpus.
func TestQuickBreaksAsPunkt(t *testing.T) {
	for _, c := range []struct {
		text string
		ok   bool
	}{
		{"Wat vervelend! We sturen je morgen een nieuwe. Groet, Anne", true},
		{"Echt?! Dat is balen. Sorry.", true},
		{"Dank je.   \n\nTot ziens.", true},
		{"Top 😊", true},
		{"Bel ons. 😊", true},
		{"Het kost 3.50 euro.", false},
		{"Zie www.ah.nl voor meer.", false},
		{"Dhr. Jansen belt je.", false},
		{"Wacht... we kijken.", false},
		{"Hij zei \"nee.\" Jammer.", false},
		{"J. Bach speelt.", false},
		{"", true}, {"   ", true}, {"!", false}, {"a. b.", false},
		{"Bel ons op 0800-0123. We helpen je graag.", true},
		{"Bel 0800-0123. ^EK", true},
		{"Het kost 12,5. en meer", true},
		{"Call 0800 123 4567. thanks", true},
		{"Nummer 12. , toch", true},
		{"Om 17.00. Tot dan", false},
		{"Top!! Echt? Ja", true}, {"wat?! nee", true}, {"a?b c", false}, {"Yahoo! mail", false},
		{"😀! ja", false}, {"Ok!\nTot morgen", true}, {"geen punt hier", true},
	} {
		require.Equal(t, c.ok, checkQuickBreaks(t, c.text), c.text)
	}
	taken, all := 0, 0
	count := func(text string) {
		all++
		if checkQuickBreaks(t, text) {
			taken++
		}
	}
	for _, r := range corpusSeeds(t) {
		count(r[0])
		count(r[1])
	}
	t.Logf("labelled corpus: quickBreaks took %d of %d texts", taken, all)
	dir := os.Getenv("REPLYLINT_CORPUS")
	if dir == "" {
		return
	}
	taken, all = 0, 0
	for _, name := range []string{"nl_webcare_tweets.jsonl", "en_customer_care.jsonl", "dev.jsonl"} {
		f, err := os.Open(dir + "/" + name)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var rec map[string]any
			require.NoError(t, json.Unmarshal(sc.Bytes(), &rec))
			for _, v := range rec {
				if s, ok := v.(string); ok {
					count(s)
				}
			}
		}
		require.NoError(t, sc.Err())
		f.Close()
	}
	t.Logf("shared corpus: quickBreaks took %d of %d texts", taken, all)
}

// TestPunktKeysAnswerAsTheSegmentersTraining: quickBreaks's look-ups
// give what the segmenter's storage, our abbreviations added, holds.
func TestPunktKeysAnswerAsTheSegmentersTraining(t *testing.T) {
	model, err := dutchSegmenter()
	require.NoError(t, err)
	keys, err := dutchKeys()
	require.NoError(t, err)
	st := model.training
	for k := range st.AbbrevTypes {
		require.Equal(t, st.AbbrevTypes[k] != 0, keys.abbrev(k), k)
		require.Equal(t, st.AbbrevTypes[k+"x"] != 0, keys.abbrev(k+"x"), k+"x")
	}
	for abbr := range abbreviations {
		require.True(t, keys.abbrev(strings.TrimSuffix(abbr, ".")), abbr)
	}
	for k := range st.Collocations {
		require.Equal(t, st.Collocations[k] != 0, keys.collocation(k), k)
	}
	for k := range st.OrthoContext {
		require.Equal(t, st.OrthoContext[k], keys.ortho(k), k)
		require.Equal(t, st.OrthoContext[k+"e"], keys.ortho(k+"e"), k+"e")
	}
}
