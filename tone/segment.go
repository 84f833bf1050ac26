package tone

import (
	"strings"
	"sync"

	"github.com/jdkato/prose/v3/segment"

	"github.com/replylint/replylint/tone/internal/punkt"
)

// dutchSegmenter is prose's punkt segmenter with the Dutch training and our
// abbreviations, built once per process. The storage is complete before the
// segmenter sees it and never changes afterwards, so sharing it across
// goroutines is safe.
var dutchSegmenter = sync.OnceValues(func() (*segment.Segmenter, error) {
	training, err := punkt.Load()
	if err != nil {
		return nil, err
	}
	for abbr := range abbreviations {
		training.AbbrevTypes.Add(strings.TrimSuffix(abbr, "."))
	}
	return segment.WithTraining(training), nil
})

// segmentSentences splits text into sentences and maps them onto tokens.
// Punkt decides where sentences end; line breaks and an emoji after
// sentence-final punctuation ("Top!👍 Tot morgen") end a sentence too,
// which punkt, written for edited prose, does not see.
func segmentSentences(text string, tokens []Token) []Sentence {
	seg, err := dutchSegmenter()
	var spans []Span
	if err == nil {
		for _, s := range seg.Segment(text) {
			spans = append(spans, Span{s.Start, s.End()})
		}
	} else {
		spans = []Span{{0, len(text)}}
	}
	// Map punkt's spans to token ranges, and split further at line
	// breaks and at emoji that follow sentence-final punctuation.
	out := make([]Sentence, 0, len(spans)+2)
	ti := 0
	for _, sp := range spans {
		for ti < len(tokens) && tokens[ti].Span.End <= sp.Start {
			ti++
		}
		first := ti
		for ti < len(tokens) && tokens[ti].Span.Start < sp.End {
			t := tokens[ti]
			if ti > first && breaksBefore(text, tokens, ti) {
				out = append(out, sentenceOf(tokens, first, ti))
				first = ti
			}
			// A token that straddles punkt's boundary (it never should)
			// belongs to this sentence.
			ti++
			_ = t
		}
		if ti > first {
			out = append(out, sentenceOf(tokens, first, ti))
		}
	}
	// Tokens punkt left outside every sentence (white space only is
	// dropped, so this is rare) form a sentence of their own.
	if ti < len(tokens) {
		out = append(out, sentenceOf(tokens, ti, len(tokens)))
	}
	return out
}

func sentenceOf(tokens []Token, first, last int) Sentence {
	return Sentence{Span: Span{tokens[first].Span.Start, tokens[last-1].Span.End}, First: first, Last: last}
}

// breaksBefore reports whether a new sentence starts at token i.
func breaksBefore(text string, tokens []Token, i int) bool {
	prev := tokens[i-1]
	gap := text[prev.Span.End:tokens[i].Span.Start]
	if strings.Contains(gap, "\n") {
		return true
	}
	// "…weer!👍 Tot morgen": the emoji closes the sentence.
	if prev.Kind == Emoji && gap != "" && i >= 2 {
		p2 := tokens[i-2]
		if p2.Kind == Punct && strings.ContainsAny(p2.Text, "!?.") {
			return true
		}
	}
	return false
}
