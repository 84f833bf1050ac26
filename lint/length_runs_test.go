package lint

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/replylint/replylint/tone"
	"github.com/stretchr/testify/require"
)

// postLengthByRune is postLength as it was, one character at a time: what
// the runs of ASCII postLength counts at once must add up to.
func postLengthByRune(a *tone.Analysis, part tone.Span, limit int) (n, over int) {
	start := postStart(a, part)
	over = part.End
	found := false
	ti := 0
	for i := start; i < part.End; {
		for ti < len(a.Tokens) && a.Tokens[ti].Span.End <= i {
			ti++
		}
		step, width := 1, 1
		if ti < len(a.Tokens) && a.Tokens[ti].Kind == tone.URL && a.Tokens[ti].Span.Start == i {
			step, width = a.Tokens[ti].Span.Len(), 23
			if isAttachment(a, ti, part) {
				width = 0
			}
		} else if ent := htmlEntityAt(a.Text[i:]); ent > 0 {
			step = ent
		} else {
			_, step = utf8.DecodeRuneInString(a.Text[i:])
		}
		if !found && n+width > limit {
			over, found = i, true
		}
		n += width
		i += step
	}
	if n > 0 && strings.TrimSpace(a.Text[start:part.End]) == "" {
		n = 0
	}
	return n, over
}

// TestPostLengthByRuns holds postLength to its count one character at a
// time, on every reply of the labelled files (and the shared corpora when
// present), part by part, at several limits.
func TestPostLengthByRuns(t *testing.T) {
	var texts []string
	shared := sharedCorpus()
	for _, path := range []string{"../testdata/corpus/replies.jsonl", "../testdata/corpus/exchanges.jsonl",
		"../testdata/replies/nl_sectors_dev.jsonl", filepath.Join(shared, "dev.jsonl"),
		filepath.Join(shared, "nl_webcare_tweets.jsonl"), filepath.Join(shared, "en_customer_care.jsonl")} {
		f, err := os.Open(path)
		if err != nil {
			continue // the shared corpora are outside the repo
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var r struct{ Reply string }
			require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
			texts = append(texts, r.Reply)
		}
		f.Close()
	}
	texts = append(texts, "", "@a @b", "Zie https://example.com/x &amp; meer ☺ &gt; x", "&amp;&amp;&lt;", "é&amp;é https://t.co/x")
	for _, text := range texts {
		a := tone.Analyze(tone.Input{Text: text})
		for _, part := range postParts(a) {
			for _, limit := range []int{0, 1, 23, 140, 280} {
				wn, wo := postLengthByRune(a, part, limit)
				n, o := postLength(a, part, limit)
				require.Equal(t, [2]int{wn, wo}, [2]int{n, o}, "%q limit %d", text, limit)
			}
		}
	}
}
