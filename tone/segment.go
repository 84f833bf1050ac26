package tone

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
	"gopkg.in/neurosnap/sentences.v1"

	"github.com/replylint/replylint/tone/internal/punkt"
)

// punktModel is prose's punkt segmenter with the Dutch training and our
// abbreviations, built once per process. The storage is complete before
// the segmenter sees it and never changes afterwards, so sharing it across
// goroutines is safe.
type punktModel struct {
	seg      *segment.Segmenter
	training *sentences.Storage
}

var dutchSegmenter = sync.OnceValues(func() (*punktModel, error) {
	training, err := punkt.Load()
	if err != nil {
		return nil, err
	}
	for abbr := range abbreviations {
		training.AbbrevTypes.Add(strings.TrimSuffix(abbr, "."))
	}
	return &punktModel{seg: segment.WithTraining(training), training: training}, nil
})

// segmentSentences splits text into sentences and maps them onto tokens.
// Punkt decides where sentences end; line breaks and an emoji after
// sentence-final punctuation ("Top!👍 Tot morgen") end a sentence too,
// which punkt, written for edited prose, does not see.
func segmentSentences(text string, tokens []Token) []Sentence {
	spans := sentenceSpans(text)
	// Map punkt's spans to token ranges, and split further at line
	// breaks and at emoji that follow sentence-final punctuation.
	out := make([]Sentence, 0, len(spans)+2)
	ti := 0
	for _, sp := range spans {
		for ti < len(tokens) && tokens[ti].Span.End <= sp.Start {
			ti++
		}
		first := ti
		// A token that straddles punkt's boundary (it never should)
		// belongs to this sentence.
		for ; ti < len(tokens) && tokens[ti].Span.Start < sp.End; ti++ {
			if ti > first && breaksBefore(text, tokens, ti) {
				out = append(out, sentenceOf(tokens, first, ti))
				first = ti
			}
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

// sentenceSpans returns the sentences punkt finds in text, or the whole
// text when its model does not load. quickBreaks gives punkt's answer on
// most texts and reads the training only for a word with a period, and
// then only a few of its keys, where they lie (punktKeys): the segmenter,
// whose maps hold every key of the training, is loaded only when
// quickBreaks gives up. A short message need not pay for it.
func sentenceSpans(text string) []Span {
	var keys *punktKeys
	if strings.IndexByte(text, '.') >= 0 {
		var err error
		if keys, err = dutchKeys(); err != nil {
			return []Span{{0, len(text)}}
		}
	}
	var breaks [16]int
	if b, ok := quickBreaks(text, keys, breaks[:0]); ok {
		return spansBetween(text, b)
	}
	model, err := dutchSegmenter()
	if err != nil {
		return []Span{{0, len(text)}}
	}
	var spans []Span
	for _, s := range model.seg.Segment(text) {
		spans = append(spans, Span{s.Start, s.End()})
	}
	return spans
}

// punktKeys answers quickBreaks's look-ups in the Dutch training as the
// segmenter's storage would, our abbreviations added.
type punktKeys struct {
	table *punkt.Table
	// abbrevs are our abbreviations as dutchSegmenter adds them to the
	// training's.
	abbrevs map[string]bool
}

var dutchKeys = sync.OnceValues(func() (*punktKeys, error) {
	table, err := punkt.LoadTable()
	if err != nil {
		return nil, err
	}
	k := &punktKeys{table: table, abbrevs: make(map[string]bool, len(abbreviations))}
	for abbr := range abbreviations {
		k.abbrevs[strings.TrimSuffix(abbr, ".")] = true
	}
	return k, nil
})

// abbrev reports whether the training (with ours) lists an abbreviation.
func (k *punktKeys) abbrev(typ string) bool {
	return k.abbrevs[typ] || k.table.Get(punkt.AbbrevTypes, typ) != 0
}

// collocation reports whether the training lists two types, "a,b", as a
// collocation.
func (k *punktKeys) collocation(pair string) bool { return k.table.Get(punkt.Collocations, pair) != 0 }

// ortho returns the orthographic context of a type.
func (k *punktKeys) ortho(typ string) int { return k.table.Get(punkt.OrthoContext, typ) }

func sentenceOf(tokens []Token, first, last int) Sentence {
	return Sentence{Span: Span{tokens[first].Span.Start, tokens[last-1].Span.End}, First: first, Last: last}
}

// breaksBefore reports whether a new sentence starts at token i.
func breaksBefore(text string, tokens []Token, i int) bool {
	prev := &tokens[i-1]
	gap := text[prev.Span.End:tokens[i].Span.Start]
	if strings.IndexByte(gap, '\n') >= 0 {
		return !softBreak(gap, *prev, tokens[i])
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

// softBreak reports a line break inside a paragraph, as a hard-wrapped
// text or a multi-line cell has them: one line break (no blank line)
// between a word or comma and a word in lower case ("zo snel\nmogelijk",
// "Excuses voor het\nongemak"). The phrase goes on across it. A blank
// line, a line that ends a sentence or starts with a capital, a list
// mark or a sign-off still breaks.
func softBreak(gap string, prev, next Token) bool {
	if strings.Count(gap, "\n") != 1 || next.Kind != Word {
		return false
	}
	switch {
	case prev.Kind == Word || prev.Kind == Number:
	case prev.Kind == Punct && prev.Text == ",":
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(next.Text)
	return unicode.IsLower(r)
}

// spansBetween returns the sentences between break positions, trimmed of
// white space, as prose's Segment does; blank ones are dropped.
func spansBetween(text string, breaks []int) []Span {
	out := make([]Span, 0, len(breaks)+1)
	last := 0
	for _, b := range append(breaks, len(text)) {
		if b <= last {
			continue
		}
		s, e := last, b
		for s < e {
			r, size := utf8.DecodeRuneInString(text[s:e])
			if !isSpace(r) {
				break
			}
			s += size
		}
		for e > s {
			r, size := utf8.DecodeLastRuneInString(text[s:e])
			if !isSpace(r) {
				break
			}
			e -= size
		}
		if s < e {
			out = append(out, Span{s, e})
		}
		last = b
	}
	return out
}

// quickBreaks returns the positions where punkt ends a sentence in text,
// for the common text where it can tell without punkt's machinery; ok is
// false for any other, which punkt then segments. It follows punkt's word
// tokenizer and annotation passes (gopkg.in/neurosnap/sentences.v1 as
// prose configures it) for two kinds of words with sentence punctuation:
//
//   - letters or digits ending in ! or ? ("echt?", "Top!!"): always a
//     break;
//   - two or more letters and a period ("binnen."), not a known
//     abbreviation: a break unless the word and the next one are a known
//     collocation (then punkt's orthographic heuristics decide: not ok);
//   - a number and a period ("0800-0123."): the same, and no break before
//     a lower-case word that punkt's orthographic heuristic says does not
//     start a sentence.
//
// Any other word with . ! or ? in it (abbreviations, initials, numbers,
// URLs, ellipses, quotes after the mark) makes the text not ok.
// TestQuickBreaksAsPunkt and FuzzAnalyze hold this to punkt's own answer.
func quickBreaks(text string, st *punktKeys, out []int) (breaks []int, ok bool) {
	n := len(text)
	last := 0
	pendTyp, pendAt := "", -1 // a word with a period, waiting for the next word
	// marked: the word being read has a ".", "!" or "?", seen as its
	// bytes go by.
	marked := false
	for i := 0; i < n; {
		// Most bytes are ASCII inside a word: passed in one tight loop.
		var m bool
		i, m = quickSkip(text, i)
		marked = marked || m
		// quickSkip stops at an ASCII byte only when it is white space
		// or the last.
		c, size := rune(text[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(text[i:])
			if c == '。' || c == '；' || c == '！' || c == '？' {
				return nil, false
			}
			if !isSpace(c) && i != n-1 {
				i += size
				continue
			}
		}
		// c ends a word, or is the text's last rune at its last byte
		// (a word ending in a longer rune is not read).
		cursor := i
		if i == n-1 {
			cursor = n
			marked = marked || c < utf8.RuneSelf && quickClass[c] == quickMark
		}
		i += size
		word := trimWordSpace(text[last:cursor])
		hasMark := marked
		marked = false
		if word == "" {
			continue
		}
		last = cursor
		if pendAt >= 0 {
			if strings.ContainsAny(word, "0123456789") {
				return nil, false // its type needs punkt's number rule
			}
			typ := strings.ToLower(word)
			if strings.HasSuffix(word, ".") {
				// The first pass made it a break unless it is an
				// abbreviation; a break's type drops the period.
				core, abbrev, ok := periodWord(word, st)
				if !ok {
					return nil, false
				}
				if !abbrev {
					typ = strings.ToLower(core)
				}
			} else if len(typ) > 1 {
				typ = strings.ReplaceAll(typ, ",", "")
			}
			if st.collocation(pendTyp + "," + typ) {
				return nil, false
			}
			// After a number, punkt asks its orthographic heuristic: a
			// next word in lower case that the training has seen in
			// capitals, or never at a sentence start in lower case, goes
			// on the sentence.
			r, _ := utf8.DecodeRuneInString(word)
			ctx := st.ortho(typ)
			lowerGoesOn := unicode.IsLower(r) && (ctx&orthoUc != 0 || ctx&orthoBegLc == 0)
			punctGoesOn := len(word) == 1 && strings.Contains(";:,.!?", word)
			if !(pendTyp == numberType && (lowerGoesOn || punctGoesOn)) {
				out = append(out, pendAt)
			}
			pendAt = -1
		}
		if !hasMark {
			continue
		}
		if core := marks.trimRight(word); core != word {
			if core == "" || strings.Contains(word, "Yahoo!") || !allLettersDigits(core) {
				return nil, false
			}
			out = append(out, cursor)
			continue
		}
		if numberPeriod(word) {
			// "0800-0123.": punkt's type is a number; a break unless
			// its training lists the number as an abbreviation.
			if st.abbrev(word[:len(word)-1]) || st.abbrev(word[strings.LastIndexByte(word, '-')+1:len(word)-1]) {
				return nil, false
			}
			pendTyp, pendAt = numberType, cursor
			continue
		}
		core, abbrev, ok := periodWord(word, st)
		if !ok || abbrev {
			return nil, false
		}
		pendTyp, pendAt = strings.ToLower(core), cursor
	}
	if pendAt >= 0 {
		out = append(out, pendAt) // no next word: the break stands
	}
	return out, true
}

// Byte classes of quickBreaks's scan: white space (isSpace), the
// sentence marks ". ! ?" and the rest.
const (
	quickOther = iota
	quickSpace
	quickMark
)

// quickClass classes the ASCII bytes for quickBreaks.
var quickClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case isSpace(rune(c)):
			t[c] = quickSpace
		case c == '.' || c == '!' || c == '?':
			t[c] = quickMark
		}
	}
	return t
}()

// quickSkip passes the ASCII bytes from text[i] on that are no white
// space, up to the last byte, and reports whether one was a sentence
// mark: it returns where quickBreaks must look at a rune.
func quickSkip(text string, i int) (int, bool) {
	marked := false
	for i < len(text)-1 {
		c := text[i]
		if c >= utf8.RuneSelf {
			break
		}
		cl := quickClass[c]
		if cl == quickSpace {
			break
		}
		if cl == quickMark {
			marked = true
		}
		i++
	}
	return i, marked
}

// trimWordSpace is strings.TrimSpace of a word quickBreaks cut out: white
// space before it, ASCII in line, and at most one rune after it.
func trimWordSpace(s string) string {
	for s != "" && s[0] < utf8.RuneSelf && quickClass[s[0]] == quickSpace {
		s = s[1:]
	}
	for s != "" {
		switch c := s[len(s)-1]; {
		case s[0] >= utf8.RuneSelf || c >= utf8.RuneSelf:
			return strings.TrimSpace(s)
		case quickClass[c] != quickSpace:
			return s
		}
		s = s[:len(s)-1]
	}
	return s
}

// numberType is punkt's type of a number.
const numberType = "##number##"

// Orthographic contexts in punkt's training: where a word was seen, in
// which case (gopkg.in/neurosnap/sentences.v1 ortho.go).
const (
	orthoBegUc = 1 << 1
	orthoMidUc = 1 << 2
	orthoUnkUc = 1 << 3
	orthoBegLc = 1 << 4
	orthoUc    = orthoBegUc + orthoMidUc + orthoUnkUc
)

// numberPeriod reports a number with one period, at its end: digits, with
// "-" or "," between them ("0800-0123.", "12,5."). punkt types all of it
// as a number.
func numberPeriod(word string) bool {
	if len(word) < 2 || word[len(word)-1] != '.' || !isDigitASCII(word[0]) || !isDigitASCII(word[len(word)-2]) {
		return false
	}
	for i := 1; i < len(word)-1; i++ {
		if c := word[i]; !isDigitASCII(c) && c != '-' && c != ',' {
			return false
		}
	}
	return true
}

// periodWord takes a word of two or more letters and a period ("binnen."),
// and tells whether punkt's first pass takes it for an abbreviation; ok
// is false for any other word.
func periodWord(word string, st *punktKeys) (core string, abbrev, ok bool) {
	if !strings.HasSuffix(word, ".") {
		return "", false, false
	}
	core = word[:len(word)-1]
	if utf8.RuneCountInString(core) < 2 || !allLetters(core) {
		return "", false, false
	}
	// punkt looks the word up without its last rune, counting runes as
	// bytes: the same expression, so the same answer.
	return core, st.abbrev(strings.ToLower(word[:utf8.RuneCountInString(word)-1])), true
}

func allLettersDigits(s string) bool {
	for _, r := range s {
		if !isLetterOrDigit(r) {
			return false
		}
	}
	return true
}
