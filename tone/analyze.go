package tone

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/replylint/replylint/internal/textpos"
)

// Analysis is everything tone knows about a reply. Rules read it; none of
// them tokenises the text again.
type Analysis struct {
	// Input is what was analysed, as given.
	Input Input
	// Text is the analysed text (Input.Text).
	Text string
	// Lang is "nl" or "en"; LangDetected is set when it was detected.
	Lang         string
	LangDetected bool
	Tokens       []Token    // the text's tokens, in order
	Sentences    []Sentence // the text's sentences, in order
	Address      Address    // how the reply addresses the reader
	SignOff      SignOff    // the reply's sign-off
	// Thread is the "i/n" marker of a multi-part reply, or nil.
	Thread *Thread
	// Entities are the contact and personal data in the text, in order.
	Entities []Entity
	// Hits are the lexicon phrases found, sorted by position.
	Hits []Hit
	// Incoming is the analysis of the customer's message, or nil.
	Incoming *Analysis
	// Message describes the customer's message: intent, personal matter,
	// key words, name. Only set on the analysis of an incoming message.
	Message *Message

	starts  []int    // line starts, for positions
	lexicon *Lexicon // the lexicon the hits come from
	// mirror gives the index of the customer's message that mirroring,
	// empathy and the cliché reading compare the reply with, built once.
	mirror func() *mirrorIndex
	// stems holds the stem of each token's match key once the reading
	// asked for it (stemAt).
	stems []string
	// scratch, while a reading runs (ReadMessage, readKept), holds the
	// memory of the readings before (readingScratch).
	scratch *readingScratch
}

// stemAt returns the stem of token i's match key (stemOf), remembered:
// the reading's topics, keywords and matter stem the same words. Only
// the reading calls it, before the analysis is shared.
func (a *Analysis) stemAt(i int) string {
	if a.stems == nil {
		a.stems = make([]string, len(a.Tokens))
	}
	if a.stems[i] == "" {
		a.stems[i] = stemOf(a.Lang, matchKey(a.Tokens[i]))
	}
	return a.stems[i]
}

// Analyzer analyses texts with a fixed set of lexicons. The zero value is
// not usable; use NewAnalyzer. An Analyzer is safe for concurrent use.
type Analyzer struct {
	lexicons map[string]*Lexicon // the caller's; others are built in
	// lexiconOf, when set, gives the caller's lexicons instead, one
	// language at a time (nil: the built-in one).
	lexiconOf func(lang string) *Lexicon
}

// NewAnalyzer returns an Analyzer with the given lexicons; languages not in
// the map use the built-in lexicon, parsed when first needed.
func NewAnalyzer(lexicons map[string]*Lexicon) *Analyzer {
	m := map[string]*Lexicon{}
	for lang, lx := range lexicons {
		if lx != nil {
			m[lang] = lx
		}
	}
	return &Analyzer{lexicons: m}
}

// NewAnalyzerFunc returns an Analyzer that asks lexicon for a language's
// lexicon each time it needs one; a nil answer means the built-in lexicon.
// A caller with lexicons of its own for several languages can so build
// each on first use: a Dutch message never pays for the English one.
// lexicon must be safe for concurrent use and cheap after its first call
// for a language (sync.OnceValue per language does both).
func NewAnalyzerFunc(lexicon func(lang string) *Lexicon) *Analyzer {
	return &Analyzer{lexiconOf: lexicon}
}

// Lexicon returns the lexicon the analyzer uses for a language.
func (an *Analyzer) Lexicon(lang string) *Lexicon {
	if an.lexiconOf != nil {
		if lx := an.lexiconOf(lang); lx != nil {
			return lx
		}
	} else if lx, ok := an.lexicons[lang]; ok {
		return lx
	}
	return DefaultLexicon(lang)
}

// Analyze analyses a reply with the built-in lexicons. It never fails:
// invalid UTF-8 is analysed as it stands (spans stay on the input's bytes).
func Analyze(in Input) *Analysis {
	return builtinAnalyzer().Analyze(in)
}

// builtinAnalyzer is the Analyzer with the built-in lexicons, made once.
var builtinAnalyzer = sync.OnceValue(func() *Analyzer { return NewAnalyzer(nil) })

// Analyze analyses a reply and, when Input.Incoming is set, the customer's
// message it answers.
func (an *Analyzer) Analyze(in Input) *Analysis {
	a := an.analyzeText(in.Text, in.Lang)
	a.Input = in
	if a.Input.Channel == "" {
		a.Input.Channel = ChannelPublic
	}
	if a.Input.Kind == "" {
		a.Input.Kind = KindReply
	}
	a.SignOff = findSignOff(a)
	if strings.TrimSpace(in.Incoming) != "" {
		inc := an.analyzeIncoming(in.Incoming, "", a.Lang)
		inc.LangDetected = true
		inc.Input = Input{Text: in.Incoming, Channel: a.Input.Channel}
		inc.Message = readKept(inc)
		a.Incoming = inc
		a.mirror = sync.OnceValue(func() *mirrorIndex { return mirrorIndexOf(a.Lang, inc) })
		// Few hits are compared with the message as they come; many are
		// remembered by wording (echoes), so a long reply stays linear.
		var echoed map[string]bool
		if len(a.Hits) > echoMemoMin {
			echoed = map[string]bool{}
		}
		// The message's words in a mask: a hit with a word the mask
		// lacks is no echo, and the message is not scanned for it.
		var said wordMask
		for i := range inc.Tokens {
			said.add(inc.Tokens[i].Lower)
		}
		for i := range a.Hits {
			a.Hits[i].Echo = echoes(a, a.Hits[i], inc, &said, echoed)
		}
	}
	a.Hits = dropOutOfContext(a.Hits, a.PushedBack())
	if a.PushedBack() && len(a.Hits) > 0 {
		// Hits that count only for a complaint stay: merge them with
		// the ones they overlap.
		a.Hits = dedupeHits(a.Hits, true)
	}
	a.Hits = dropRedeemedCliches(a)
	if a.Incoming != nil {
		a.SignOff = brandSignOff(a.SignOff, a.Incoming)
	}
	return a
}

// echoMemoMin is the most hits whose echoes Analyze looks for without
// remembering the answers: as many scans of the message are linear in it.
const echoMemoMin = 32

// echoes reports whether the customer's message has the words of a hit,
// as whole tokens: "misschien" echoes "misschien", not "onmogelijk"
// "mogelijk". said holds the message's words (a wordMask): a hit with a
// word it lacks is answered without a scan. The answer for each wording
// is kept in seen, when it is not nil, so a reply that repeats a phrase
// many times scans the message once per distinct wording (a lexicon's
// worth), not once per hit: linear in both texts.
func echoes(a *Analysis, h Hit, inc *Analysis, said *wordMask, seen map[string]bool) bool {
	want := a.Tokens[h.First:h.Last]
	if len(h.Text(a.Text)) <= 3 {
		return false
	}
	for k := range want {
		var w wordMask
		if w.add(want[k].Lower); !w.meets(said) {
			return false // a word the message does not have
		}
	}
	var key strings.Builder
	if seen != nil {
		for _, t := range want {
			key.WriteString(t.Lower)
			key.WriteByte(0)
		}
		if v, ok := seen[key.String()]; ok {
			return v
		}
	}
	found := false
	for i := 0; i+len(want) <= len(inc.Tokens) && !found; i++ {
		k := 0
		for k < len(want) && inc.Tokens[i+k].Lower == want[k].Lower {
			k++
		}
		found = k == len(want)
	}
	if seen != nil {
		seen[key.String()] = found
	}
	return found
}

// analyzeText classifies the tokens first, as a reading does: the
// language's votes, respell, the lexicon's filters and the classes read
// the class and hash each token then carries instead of looking its word
// up again.
func (an *Analyzer) analyzeText(text, lang string) *Analysis {
	tokens := tokenizeText(text)
	classifyTokens(tokens)
	return an.analyzeTokens(text, tokens, lang)
}

// analyzeTokens is analyzeText with the text's tokens already made, so a
// caller that looked at them first (to detect a customer's language) does
// not tokenise the text twice.
func (an *Analyzer) analyzeTokens(text string, tokens []Token, lang string) *Analysis {
	a := &Analysis{Text: text, starts: LineStarts(text)}
	a.Tokens = tokens
	a.Sentences = segmentSentences(text, a.Tokens)
	switch lang {
	case "nl", "en":
		a.Lang = lang
	default:
		a.Lang, a.LangDetected = detectLang(a.Tokens), true
	}
	respell(a)
	if a.Lang == "nl" {
		a.Address = findAddress(a.Tokens)
	}
	a.Thread = findThread(a.Tokens)
	a.Entities = findEntities(text, a.Tokens)
	markCompanyContacts(a)
	a.lexicon = an.Lexicon(a.Lang)
	a.Hits = a.lexicon.findHits(a.Tokens, a.Sentences)
	return a
}

// WordCount returns how many words and numbers the text has: what the
// length rule counts for a statement and what a draft reports as its
// length. A nil analysis has none.
func (a *Analysis) WordCount() int {
	if a == nil {
		return 0
	}
	n := 0
	for _, t := range a.Tokens {
		if t.Kind == Word || t.Kind == Number {
			n++
		}
	}
	return n
}

// HitsOf returns the hits of one category.
func (a *Analysis) HitsOf(category string) []Hit {
	var out []Hit
	for _, h := range a.Hits {
		if h.Category == category {
			out = append(out, h)
		}
	}
	return out
}

// Has reports whether any unquoted hit of the category is present.
func (a *Analysis) Has(category string) bool {
	for _, h := range a.Hits {
		if h.Category == category && !h.Quoted {
			return true
		}
	}
	return false
}

// SentenceAt returns the index of the sentence containing byte offset off,
// or -1.
func (a *Analysis) SentenceAt(off int) int {
	i := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].Span.End > off })
	if i < len(a.Sentences) && a.Sentences[i].Span.Start <= off {
		return i
	}
	return -1
}

// Position returns the 1-based line and column (in Unicode code points) of
// a byte offset. It is safe for concurrent use; for many positions in
// increasing order, Lines counts each from the previous one.
func (a *Analysis) Position(off int) (line, col int) {
	return PositionIn(a.Text, a.lineStarts(), off)
}

// Lines returns a LineIndex of the text for one goroutine's run of
// positions; it shares the analysis' line starts.
func (a *Analysis) Lines() *LineIndex {
	return textpos.LineIndexOf(a.Text, a.lineStarts())
}

func (a *Analysis) lineStarts() []int {
	if a.starts == nil {
		return LineStarts(a.Text) // an Analysis not made by Analyze
	}
	return a.starts
}

// LineIndex turns byte offsets into line and column, counting a run of
// increasing offsets on one line once (textpos.LineIndex).
type LineIndex = textpos.LineIndex

// NewLineIndex indexes the lines of text.
func NewLineIndex(text string) *LineIndex { return textpos.NewLineIndex(text) }

// LineStarts returns the byte offsets at which the lines of text start.
func LineStarts(text string) []int { return textpos.LineStarts(text) }

// PositionIn turns a byte offset into a 1-based line and a 1-based column
// counted in code points, with the line starts from LineStarts.
func PositionIn(text string, starts []int, off int) (line, col int) {
	return textpos.PositionIn(text, starts, off)
}

// OffsetIn turns a 1-based line and code-point column back into a byte
// offset: the inverse of PositionIn. Out-of-range values are clamped.
func OffsetIn(text string, starts []int, line, col int) int {
	return textpos.OffsetIn(text, starts, line, col)
}

// findAddress collects the Dutch informal and formal pronouns.
func findAddress(tokens []Token) Address {
	var ad Address
	for i, t := range tokens {
		if t.Kind != Word || t.Quoted {
			continue
		}
		switch t.Lower {
		case "je", "jij", "jou", "jouw", "jezelf", "jijzelf":
			ad.Informal = append(ad.Informal, t.Span)
		case "u", "uw", "uzelf":
			if t.Text == "U" && isLetterU(tokens, i) {
				continue
			}
			ad.Formal = append(ad.Formal, t.Span)
		}
	}
	return ad
}

// isLetterU tells the letter or abbreviation "U" from the pronoun: "de
// letter U", "vak U", "U-bocht" (one token), "Vitamine U".
func isLetterU(tokens []Token, i int) bool {
	if i > 0 {
		switch tokens[i-1].Lower {
		case "letter", "vak", "rij", "blok", "gang", "kassa", "pad", "hal", "perron", "spoor", "type", "model", "vitamine":
			return true
		}
	}
	if i+1 < len(tokens) && tokens[i+1].Text == "." && i+2 < len(tokens) && len(tokens[i+2].Text) == 1 {
		return true // U.S.
	}
	return false
}

// findThread finds an "i/n" marker at the start or end of the text,
// also with a sign-off glued after it ("2/2^Corry").
func findThread(tokens []Token) *Thread {
	check := func(t Token) *Thread {
		s := brackets.trim(t.Text)
		n, ok := partMarker(s)
		if !ok {
			return nil
		}
		slash := strings.IndexByte(s, '/')
		part, _ := smallInt(s[:slash])
		of, _ := smallInt(s[slash+1 : n])
		at := t.Span.Start + strings.Index(t.Text, s)
		return &Thread{Part: part, Of: of, Span: Span{Start: at, End: at + n}}
	}
	// The marker opens the reply (after its handles) or closes it.
	i := 0
	for i < len(tokens) && (tokens[i].Kind == Handle || tokens[i].Kind == Punct) {
		i++
	}
	if i < len(tokens) {
		if th := check(tokens[i]); th != nil {
			return th
		}
	}
	for i := len(tokens) - 1; i >= 0 && i >= len(tokens)-3; i-- {
		if th := check(tokens[i]); th != nil {
			return th
		}
	}
	return nil
}

func smallInt(s string) (int, bool) {
	if s == "" || len(s) > 2 {
		return 0, false
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, true
}

// isCapitalized reports a word that starts with an upper-case letter.
func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
