package tone

import (
	"cmp"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/internal/packread"
)

//go:embed lexicon/*.yaml
var lexiconFS embed.FS

// Entry is one lexicon entry: phrases of one category with the guidance
// that goes with them.
//
// A pattern is a sequence of words separated by spaces, matched against the
// tokens of one sentence, case-insensitively:
//
//	word        the word itself ("misschien"; curly apostrophes match ')
//	a|b|c       any of the alternatives
//	excus*      a word starting with "excus"
//	*           any one word, number or other token that is not punctuation
//	            or an @handle
//	#           a number
//	...         up to six tokens of any kind (as few as possible)
//	^           the start of the sentence (takes no token)
//	$           punctuation or the end of the sentence (takes no token)
//	word?       the element may be missing; (a|b)? likewise
//	<a b>       only a and b are reported as the hit, not the whole match
//
// Except lists patterns that cancel a hit they cover: "mogelijk" is hedging,
// but not in "zo snel mogelijk".
type Entry struct {
	// Category is the lexicon category the entry is listed under
	// ("hedging", "empathy"), set when the lexicon is parsed.
	Category string `yaml:"-"`
	// Match holds the patterns; a single string in YAML is a list of one.
	Match Patterns `yaml:"match"`
	// Regex is matched against a single token instead, case-insensitively.
	Regex string `yaml:"regex"`
	// Except holds patterns that cancel a hit they cover.
	Except Patterns `yaml:"except"`
	// Note explains why the phrase matters.
	Note string `yaml:"note"`
	// Suggestion is a concrete alternative to offer.
	Suggestion string `yaml:"suggestion"`
	// Level is "info" for grey phrases that a rule may mention but not
	// fail on; empty otherwise.
	Level string `yaml:"level"`
	// Context is "complaint" for phrases that count only in a reply to a
	// complaint ("made with real ingredients" defends the product against
	// one, and merely informs otherwise); empty for phrases that always
	// count.
	Context string `yaml:"context"`
	// Line is the entry's line in its YAML file, for messages.
	Line int `yaml:"-"`
	// Column is the entry's column in its YAML file, for messages.
	Column int `yaml:"-"`

	pats []pattern
	// unread, when set, holds the elements of pats, not read yet
	// (loadElems): a compiled lexicon's.
	unread *lazyElems
	exc    *exceptions // nil when the entry has no except patterns
	re     *lazyRegexp
}

// lazyRegexp is a regular expression compiled when it is first matched. A
// compiled lexicon (compiled.go) carries a regex entry's expression only:
// compiling the large case-insensitive ones ("(kut|klote|…)(bedrijf|…)")
// was most of reading it, and most runs match none of them.
type lazyRegexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// compiledRegexp returns re as a lazyRegexp that is compiled already.
func compiledRegexp(re *regexp.Regexp) *lazyRegexp {
	l := &lazyRegexp{expr: re.String()}
	l.once.Do(func() { l.re = re })
	return l
}

// regexp returns the compiled expression, compiling it on first use (a
// compiled lexicon's expressions were compiled when it was written).
func (l *lazyRegexp) regexp() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

// MatchString reports whether s matches the expression.
func (l *lazyRegexp) MatchString(s string) bool { return l.regexp().MatchString(s) }

// String returns the expression.
func (l *lazyRegexp) String() string { return l.expr }

// Patterns is a list of lexicon patterns; YAML may give one as a string.
type Patterns []string

// patternLists returns an entry's YAML mapping with a match or except
// given as one string turned into a list of one, so the entry decodes by
// its yaml tags; n is unchanged.
func patternLists(n *yaml.Node) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return n
	}
	cp := *n
	cp.Content = slices.Clone(n.Content)
	for k := 0; k+1 < len(cp.Content); k += 2 {
		if v := cp.Content[k+1]; (cp.Content[k].Value == "match" || cp.Content[k].Value == "except") && v.Kind == yaml.ScalarNode {
			one := *v
			cp.Content[k+1] = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: v.Line, Column: v.Column, Content: []*yaml.Node{&one}}
		}
	}
	return &cp
}

// EntryError is a lexicon entry that cannot be compiled, with its line.
type EntryError struct {
	// Line is the entry's line in the lexicon file.
	Line int
	// Field is the entry's field at fault ("match", "regex", …).
	Field string
	// Err says what is wrong.
	Err error
}

// Error returns "line N: field: message".
func (e *EntryError) Error() string {
	return fmt.Sprintf("line %d: %s: %v", e.Line, e.Field, e.Err)
}

// Unwrap returns the underlying error.
func (e *EntryError) Unwrap() error { return e.Err }

// Lexicon is a compiled set of entries for one language.
type Lexicon struct {
	// Lang is the language of the entries ("nl", "en").
	Lang string
	// Entries are the entries in lexicon order, each with its Category.
	Entries []*Entry
	// index maps a first word to the patterns that start with it; scan
	// holds patterns whose first element is not a plain word.
	index refIndex
	// pairIndex maps a first and second word to the patterns whose second
	// word is fixed ("we kunnen"): a token tries only the patterns its
	// next word allows, not every pattern of its word ("we" starts
	// hundreds). Its keys are pairKeys.
	pairIndex refIndex
	// byPrefix maps the first two bytes of a prefix ("excus*") to its
	// patterns.
	byPrefix map[string][]*patRef
	// prefixStart marks the first bytes of byPrefix's keys, to skip the
	// lookup for most tokens.
	prefixStart [256]bool
	scan        []*patRef
	// words holds the single-word entries of each category, lower-cased.
	words map[string]map[string]bool
	// builtFrom is the Entries the index was built from, so With can
	// tell whether it may add to the index instead of building it again.
	builtFrom []*Entry
	// scanWords is scan without the patterns that must start at a
	// number: what findHits tries at a token that is none. It is made
	// from scan on first use (scanNoNumber), so a compiled lexicon does
	// not carry it.
	scanWords atomic.Pointer[[]*patRef]
	// filters holds the words of index and the pairs of pairIndex, for
	// findHits to pass by a classified token's hash the look-ups that
	// would find nothing; made on first use (indexFilters).
	filters atomic.Pointer[indexFilters]
}

// indexFilters are the first words of a lexicon's patterns (index) and
// its first and second words (pairIndex, by pairHash).
type indexFilters struct {
	first, pairs *wordFilter
}

// indexFilters returns the filters of index and pairIndex.
func (lx *Lexicon) indexFilters() *indexFilters {
	if f := lx.filters.Load(); f != nil {
		return f
	}
	f := &indexFilters{first: newWordFilter(lx.index.len()), pairs: newWordFilter(lx.pairIndex.len())}
	for w := range lx.index.all() {
		f.first.add(wordHash(w))
	}
	for k := range lx.pairIndex.all() {
		f.pairs.add(pairKeyHash(k))
	}
	lx.filters.Store(f) // a race makes the same filters twice
	return f
}

// keyHash returns the hash of the token's match key as a wordFilter
// reads it, and false when the token is not classified (has none).
func (t *Token) keyHash() (uint64, bool) {
	switch {
	case t.cls == 0:
		return 0, false
	case t.Kind == Hashtag:
		return wordHash(matchKeyOf(t)), true
	}
	return t.hash(), true
}

// filterHash returns the hash of the token's match key as the filters
// of indexFilters read it (the high half of its wordHash).
func (t *Token) filterHash() uint64 {
	if h, ok := t.keyHash(); ok {
		return h
	}
	return wordHash(matchKeyOf(t))
}

// scanNoNumber returns scan without the patterns whose first element is
// a number that is not optional, in their order.
func (lx *Lexicon) scanNoNumber() []*patRef {
	if p := lx.scanWords.Load(); p != nil {
		return *p
	}
	var out []*patRef
	for _, ref := range lx.scan {
		if e0 := &ref.p.elems[0]; e0.kind == elNumber && !e0.optional {
			continue
		}
		out = append(out, ref)
	}
	lx.scanWords.Store(&out) // a race makes the same list twice
	return out
}

type patRef struct {
	e *Entry
	p *pattern
	// order is the entry's place in the lexicon, for hitOrder.
	order int32
	// loaded is set once try has had the entry read its elements
	// (Entry.loadElems): from then on try reads the patRef alone, not the
	// entry and its lazyElems, which lie elsewhere (a cache miss or two
	// for each pattern tried). It fills the patRef's padding.
	loaded atomic.Bool
	// fold is p.fold, here so findHits turns most patterns away with
	// the patRef alone (needFold).
	fold needFold
	// next, when set, holds the only words the token after the first can
	// be: a cheap test before the matcher runs ("we" starts 27 Dutch
	// patterns; "we kunnen" few).
	next []string
}

// nextWords returns the words the second element of a pattern must be,
// when its first element takes exactly one token (a word or "*") and its
// second is a required list of whole words; otherwise nil.
func nextWords(elems []elem) []string {
	if len(elems) < 2 {
		return nil
	}
	a, b := elems[0], elems[1]
	if a.kind != elWords && a.kind != elAny || a.optional || b.optional {
		return nil
	}
	if b.kind == elGroup {
		// "my (order|direct debit|…)": the first words of the
		// alternatives.
		var words []string
		for _, alt := range b.alts {
			w, ok := plainWord(&alt[0])
			if !ok {
				return nil
			}
			if !slices.Contains(words, w) {
				words = append(words, w)
			}
		}
		return words
	}
	if b.kind != elWords || len(b.prefixList()) > 0 || slices.Contains(b.words, "#") {
		return nil
	}
	return b.words
}

// gapMax is the most tokens a "..." gap spans.
const gapMax = 6

type elemKind uint8

const (
	elWords elemKind = iota
	elAny
	elGap
	elStart
	elEnd
	elRegex
	elNumber
	// elGroup is a group of alternatives, some of several words: "(be in
	// touch|contact|call)".
	elGroup
)

// elem's small fields come first, in one word (a lexicon holds
// thousands of elements).
type elem struct {
	kind     elemKind
	optional bool
	focusIn  bool     // focus starts here
	focusOut bool     // focus ends after this element
	number   bool     // words holds "#", which any number matches
	slot     uint8    // a group's place among the pattern's groups
	words    []string // exact alternatives; for a regex, its literal prefix
	// set holds the words of a long list (setMin or more) to look a
	// token up in; nil for a short list.
	set *wordTable
	// elemMore holds what only a regex (elRegex), a group (elGroup) or
	// a word with prefix alternatives has, and is nil for the other
	// elements: the thirteen thousand elements of the built-in Dutch
	// lexicons, nearly all plain words, took 208 bytes each with these
	// fields in place, most of the heap a first reading decodes. Read its
	// fields only where the kind says it is there (prefixList for the
	// prefixes).
	*elemMore
}

// elemMore is the part of an elem that only regexes, groups and words
// with prefixes have.
type elemMore struct {
	prefixes []string // prefix alternatives (written "excus*")
	re       *lazyRegexp
	// gate turns away the tokens a regex cannot match by their first
	// byte and length, when it has no literal prefix to test.
	gate regexGate
	// alts are a group's alternatives, each a run of elements that take
	// one token each.
	alts [][]elem
	// merged holds a group's one-word alternatives as one element, when
	// expandGroups would have kept them together (no gap or optional
	// element before the group); inMerged marks those alternatives.
	merged   *elem
	inMerged []bool
	// byFirst lists a long group's alternatives by the word they start
	// with, firstOpen those that start with a prefix, a wildcard or a
	// number: a token is looked up once instead of tried on each. A
	// short group has no byFirst, and firstOpen lists all its
	// alternatives.
	byFirst   map[string][]int32
	firstOpen []int32
}

// prefixList returns the element's prefix alternatives.
func (e *elem) prefixList() []string {
	if e.elemMore == nil {
		return nil
	}
	return e.prefixes
}

// setMin is the shortest list of words an element looks up in a set:
// below it, comparing the words is as quick.
const setMin = 8

type pattern struct {
	elems  []elem
	maxLen int32 // the most tokens a match takes (an int32: 8 bytes less a pattern)
	focus  bool
	// grouped marks a pattern with a multi-word group (elGroup): each
	// choice of its groups' alternatives has a first match of its own.
	grouped bool
	// needs are the words a match must take, one mask per element that
	// needs one (setNeeds): findHits tries the pattern only where the
	// rest of the sentence meets every mask.
	needs []wordMask
	// fold is needs folded, to turn most patterns away without reading
	// them (needFold).
	fold needFold
}

// expandGroups turns a group whose alternatives have several words,
// "(nu eenmaal|gewoon)" or "(of a)?", into one pattern per alternative, so
// the matcher itself only deals with one token per element. It compiles
// the patterns compileGrouped cannot keep whole (focus, a gap or an
// optional word inside a group), and defines what compileGrouped's
// patterns match.
//
// A group's one-word alternatives stay together as one element,
// "(gewoon|nou)", where that matches what a pattern per word would (one
// pattern per word multiplied the patterns of an entry with several such
// groups into the thousands, each tried at its first word). It does for
// an except pattern, which asks whether any match covers a hit, and for a
// pattern whose group no gap or optional element precedes: the matcher
// takes a pattern's first match, and after a choice a shared element
// would end the search at its first word ("kun je ... (sturen|vertellen)"
// would stop at "sturen" where the "vertellen" pattern goes on).
func expandGroups(src string, anyMatch bool) []string {
	for i := 0; i < len(src); i++ {
		if src[i] != '(' {
			continue
		}
		j := strings.IndexByte(src[i:], ')')
		if j < 0 {
			return []string{src} // compilePattern reports it
		}
		j += i
		inner := src[i+1 : j]
		if !strings.Contains(inner, " ") {
			continue
		}
		rest := src[j+1:]
		group := anyMatch || !hasChoice(src[:i])
		var alts, words []string
		for _, alt := range strings.Split(inner, "|") {
			if group && oneWordAlt(alt) {
				words = append(words, alt)
			} else {
				alts = append(alts, alt)
			}
		}
		if len(words) > 0 {
			alts = append(alts, "("+strings.Join(words, "|")+")")
		}
		if strings.HasPrefix(rest, "?") {
			rest = rest[1:]
			alts = append(alts, "")
		}
		var out []string
		for _, alt := range alts {
			out = append(out, expandGroups(src[:i]+alt+rest, anyMatch)...)
		}
		return out
	}
	return []string{src}
}

// hasChoice reports whether the start of a pattern has a gap or an
// optional element, where the matcher may take one of several paths.
func hasChoice(src string) bool {
	for _, f := range strings.Fields(src) {
		f = strings.TrimSuffix(f, ">")
		if f == "..." || len(f) > 1 && strings.HasSuffix(f, "?") {
			return true
		}
	}
	return false
}

// oneWordAlt reports an alternative of a group that is one plain word or
// word prefix, which may share an element with the group's other such
// words; not a number (#), a wildcard, a gap, an anchor or anything with
// syntax of its own.
func oneWordAlt(alt string) bool {
	switch alt {
	case "", "#", "*", "...", "^", "$":
		return false
	}
	return !strings.ContainsAny(alt, " ()<>?")
}

// compilePattern parses one pattern string without multi-word groups
// (expandGroups has spread them over several patterns).
func compilePattern(src string) (pattern, error) {
	fields := strings.Fields(normalizePattern(src))
	if len(fields) == 0 {
		return pattern{}, errors.New("empty pattern")
	}
	p := pattern{elems: make([]elem, 0, len(fields))}
	open := false // inside <…>
	for _, f := range fields {
		var e elem
		if strings.HasPrefix(f, "<") && len(f) > 1 {
			if open {
				return pattern{}, fmt.Errorf("nested < in %q", src)
			}
			e.focusIn, p.focus, open = true, true, true
			f = f[1:]
		}
		if strings.HasSuffix(f, ">") && len(f) > 1 {
			if !open {
				return pattern{}, fmt.Errorf("> without < in %q", src)
			}
			e.focusOut, p.focus, open = true, true, false
			f = f[:len(f)-1]
		}
		if err := compileField(&e, f, src); err != nil {
			return pattern{}, err
		}
		p.maxLen += int32(e.maxLen())
		p.elems = append(p.elems, e)
	}
	if open {
		return pattern{}, fmt.Errorf("< without > in %q", src)
	}
	return p, nil
}

// normalizePattern is a pattern as the matcher reads it: lower case, with
// curly apostrophes straight.
func normalizePattern(src string) string {
	return strings.ToLower(strings.ReplaceAll(src, "’", "'"))
}

// compileField fills e from one field of the pattern src, its focus
// marks taken off: a word or alternatives, "?" for optional, a wildcard, a
// gap or an anchor.
func compileField(e *elem, f, src string) error {
	if strings.HasSuffix(f, "?") && len(f) > 1 {
		e.optional = true
		f = f[:len(f)-1]
	}
	if strings.HasPrefix(f, "(") && strings.HasSuffix(f, ")") && len(f) > 2 {
		f = f[1 : len(f)-1]
	}
	if strings.ContainsAny(f, "()") && f != "(" && f != ")" {
		return fmt.Errorf("unbalanced parenthesis in %q (no spaces inside alternatives)", src)
	}
	switch f {
	case "#":
		e.kind = elNumber
	case "*":
		e.kind = elAny
	case "...":
		e.kind = elGap
	case "^":
		e.kind = elStart
	case "$":
		e.kind = elEnd
	default:
		e.kind = elWords
		alts := strings.Split(f, "|")
		if !strings.Contains(f, "*") && !slices.Contains(alts, "") {
			e.words = alts // all whole words, the common case: no copy
			break
		}
		for _, alt := range alts {
			switch {
			case alt == "":
				return fmt.Errorf("empty alternative in %q", src)
			case strings.HasSuffix(alt, "*") && len(alt) > 1:
				if e.elemMore == nil {
					e.elemMore = new(elemMore)
				}
				e.prefixes = append(e.prefixes, alt[:len(alt)-1])
			default:
				e.words = append(e.words, alt)
			}
		}
	}
	e.number = e.kind == elWords && slices.Contains(e.words, "#")
	if e.kind == elWords && len(e.words) >= setMin {
		e.set = newWordTable(e.words)
	}
	return nil
}

// maxLen is the most tokens the element takes.
func (e *elem) maxLen() int {
	switch e.kind {
	case elStart, elEnd:
		return 0
	case elGap:
		return gapMax
	case elGroup:
		n := 0
		for _, alt := range e.alts {
			n = max(n, len(alt))
		}
		return n
	}
	return 1
}

// groupSlots is the most multi-word groups one compiled pattern holds,
// groupSlotBits the bits of a choice each takes (see matcher.firstEnds).
const (
	groupSlots    = 8
	groupSlotBits = 8
)

// compileGrouped compiles a pattern whose multi-word groups, "(be in
// touch|contact|call)", stay one element each, when every alternative of
// such a group is a plain run of words, wildcards and numbers and the
// pattern has no focus; ok is false otherwise (and for a pattern with no
// such group, or one that does not compile), and the pattern is expanded
// instead (expandGroups). Expanding a group after a gap or an optional
// element multiplied one English entry into 5,640 patterns.
func compileGrouped(src string) (p pattern, ok bool) {
	if !strings.Contains(src, "(") || strings.ContainsAny(src, "<>") {
		return pattern{}, false
	}
	src = normalizePattern(src)
	// Hide the spaces inside groups, so a group is one field.
	b := []byte(src)
	groups := 0
	for i := 0; i < len(b); i++ {
		if b[i] != '(' {
			continue
		}
		j := strings.IndexByte(src[i:], ')')
		if j < 0 {
			return pattern{}, false
		}
		j += i
		if strings.Contains(src[i+1:j], " ") {
			groups++
			for k := i + 1; k < j; k++ {
				if b[k] == ' ' {
					b[k] = 0
				}
			}
		}
		i = j
	}
	if groups == 0 || groups > groupSlots {
		return pattern{}, false
	}
	fields := strings.Fields(string(b))
	p.elems = make([]elem, 0, len(fields))
	slot := uint8(0)
	choice := false // a gap or an optional element came before
	for _, f := range fields {
		var e elem
		if !strings.Contains(f, "\x00") {
			if compileField(&e, f, src) != nil {
				return pattern{}, false
			}
			choice = choice || e.kind == elGap || e.optional
		} else {
			e.kind, e.slot, e.elemMore = elGroup, slot, new(elemMore)
			slot++
			inner, optional := strings.CutSuffix(f, "?")
			e.optional = optional
			if !strings.HasPrefix(inner, "(") || !strings.HasSuffix(inner, ")") {
				return pattern{}, false
			}
			inner = inner[1 : len(inner)-1]
			alts := strings.Split(inner, "|")
			if len(alts) >= 1<<groupSlotBits-1 {
				return pattern{}, false
			}
			for _, alt := range alts {
				words := strings.Split(alt, "\x00")
				if slices.Contains(words, "") {
					return pattern{}, false // "(a  b|c)", "(a b|)": expandGroups decides
				}
				seq := make([]elem, len(words))
				for k, w := range words {
					if compileField(&seq[k], w, src) != nil || seq[k].optional ||
						seq[k].kind != elWords && seq[k].kind != elAny && seq[k].kind != elNumber {
						return pattern{}, false
					}
				}
				e.alts = append(e.alts, seq)
			}
			indexAlts(&e)
			if !choice {
				mergeOneWordAlts(&e, strings.Split(strings.ReplaceAll(inner, "\x00", " "), "|"), src)
			}
		}
		p.maxLen += int32(e.maxLen())
		p.elems = append(p.elems, e)
	}
	p.grouped = true
	return p, true
}

// indexAlts sets byFirst and firstOpen of a group: byFirst for setMin
// alternatives or more.
func indexAlts(e *elem) {
	if len(e.alts) < setMin {
		e.firstOpen = make([]int32, len(e.alts))
		for k := range e.firstOpen {
			e.firstOpen[k] = int32(k)
		}
		return
	}
	e.byFirst = map[string][]int32{}
	for k, alt := range e.alts {
		if w, ok := plainWord(&alt[0]); ok {
			e.byFirst[w] = append(e.byFirst[w], int32(k))
		} else {
			e.firstOpen = append(e.firstOpen, int32(k))
		}
	}
}

// plainWord returns the word an element matches when it is one whole
// word (not a prefix, a number, a wildcard or alternatives).
func plainWord(e *elem) (string, bool) {
	if e.kind != elWords || e.optional || len(e.words) != 1 || len(e.prefixList()) > 0 || e.number {
		return "", false
	}
	return e.words[0], true
}

// candidates returns the alternatives of a group that may match token ti,
// in two lists: those byFirst lists under its word and those it cannot
// rule out (for a short group, all of them).
func (m *matcher) candidates(e *elem, ti int) (listed, open []int32) {
	if e.byFirst != nil && ti < m.last {
		listed = e.byFirst[matchKeyOf(&m.tokens[ti])]
	}
	return listed, e.firstOpen
}

// mergeOneWordAlts sets a group's merged element: its one-word
// alternatives as expandGroups keeps them together, for pattern.spelt.
func mergeOneWordAlts(e *elem, alts []string, src string) {
	var words []string
	e.inMerged = make([]bool, len(alts))
	for k, alt := range alts {
		if oneWordAlt(alt) {
			words = append(words, alt)
			e.inMerged[k] = true
		}
	}
	if len(words) == 0 {
		e.inMerged = nil
		return
	}
	var m elem
	if compileField(&m, "("+strings.Join(words, "|")+")", src) != nil {
		e.inMerged = nil
		return
	}
	e.merged = &m
}

// compileMatch compiles one match or except pattern (anyMatch) into the
// patterns the matcher runs: one, unless the pattern has a multi-word
// group compileGrouped cannot keep together.
func compileMatch(src string, anyMatch bool) ([]pattern, error) {
	if p, ok := compileGrouped(src); ok {
		return []pattern{p}, nil
	}
	return compileExpanded(src, anyMatch)
}

// compileExpanded compiles a pattern as one pattern per alternative of
// each multi-word group (expandGroups).
func compileExpanded(src string, anyMatch bool) ([]pattern, error) {
	var out []pattern
	for _, variant := range expandGroups(src, anyMatch) {
		p, err := compilePattern(variant)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// Compile checks the entry and compiles its patterns; a problem is an
// *EntryError with the entry's line. Lexicon.With compiles entries that
// are not compiled yet, so a caller needs Compile only to check entries
// early.
func (e *Entry) Compile() error { return e.compile() }

func (e *Entry) compile() error {
	if len(e.Match) == 0 && e.Regex == "" {
		return &EntryError{Line: e.Line, Field: "match", Err: errors.New("entry needs match or regex")}
	}
	e.pats = make([]pattern, 0, len(e.Match)+1) // a fresh slice: lexicons built before may share the old one
	for _, m := range e.Match {
		pats, err := compileMatch(m, false)
		if err != nil {
			return &EntryError{Line: e.Line, Field: "match", Err: err}
		}
		e.pats = append(e.pats, pats...)
	}
	setNeeds(e.pats)
	if e.Regex != "" {
		re, err := regexp.Compile("(?i)^(?:" + e.Regex + ")$")
		if err != nil {
			return &EntryError{Line: e.Line, Field: "regex", Err: err}
		}
		e.re = compiledRegexp(re)
		// A literal prefix ("http" of "https?://…") lets the matcher skip
		// most tokens without running the regex.
		var prefix string
		if plain, err := regexp.Compile("^(?:" + e.Regex + ")"); err == nil {
			prefix, _ = plain.LiteralPrefix()
		}
		el := elem{kind: elRegex, elemMore: &elemMore{re: e.re}, words: []string{strings.ToLower(prefix)}}
		if prefix == "" {
			el.gate = gateOf(re.String())
		}
		e.pats = append(e.pats, pattern{elems: []elem{el}, maxLen: 1})
	}
	var except []pattern
	for _, m := range e.Except {
		pats, err := compileMatch(m, true)
		if err != nil {
			return &EntryError{Line: e.Line, Field: "except", Err: err}
		}
		except = append(except, pats...)
	}
	e.exc = exceptionsOf(except)
	switch e.Level {
	case "", "info":
	default:
		return &EntryError{Line: e.Line, Field: "level", Err: fmt.Errorf("level %q: want info or nothing", e.Level)}
	}
	switch e.Context {
	case "", ContextComplaint:
	default:
		return &EntryError{Line: e.Line, Field: "context", Err: fmt.Errorf("context %q: want complaint or nothing", e.Context)}
	}
	return nil
}

// ContextComplaint is the Entry.Context of phrases that count only in a
// reply to a complaint.
const ContextComplaint = "complaint"

// dropOutOfContext removes the hits whose entry counts only in a reply to
// a complaint, unless the reply answers one.
func dropOutOfContext(hits []Hit, complaint bool) []Hit {
	if complaint {
		return hits
	}
	out := hits[:0]
	for _, h := range hits {
		if h.Entry == nil || h.Entry.Context != ContextComplaint {
			out = append(out, h)
		}
	}
	return out
}

// ParseLexicon reads a lexicon in YAML: a mapping from category to a list
// of entries. Unknown fields are errors; errors carry the line.
func ParseLexicon(lang string, data []byte) (*Lexicon, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	lx := &Lexicon{Lang: lang}
	if len(doc.Content) == 0 {
		return lx.build()
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, &EntryError{Line: root.Line, Field: "lexicon", Err: errors.New("want a mapping from category to entries")}
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		cat, list := root.Content[i].Value, root.Content[i+1]
		entries, err := decodeEntries(cat, list)
		if err != nil {
			return nil, err
		}
		lx.Entries = append(lx.Entries, entries...)
	}
	return lx.build()
}

// decodeEntries decodes a YAML list of entries of one category, strictly:
// an unknown field is an error with its line. (internal/lexyaml decodes
// the entries of configs and matrices the same way.)
// entryFields are the keys an entry may have in YAML: Entry's yaml tags,
// so a field added to Entry is known to every decoder without a second
// list (a hand-kept list once dropped "context").
var entryFields = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	t := reflect.TypeFor[Entry]()
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name != "" && name != "-" {
			out[name] = true
		}
	}
	return out
})

// IsEntryField reports whether key is a field of a lexicon entry in YAML
// ("match", "except", "level", …), for decoders of team lexicons.
func IsEntryField(key string) bool { return entryFields()[key] }

func decodeEntries(category string, list *yaml.Node) ([]*Entry, error) {
	if list.Kind != yaml.SequenceNode {
		return nil, &EntryError{Line: list.Line, Field: category, Err: errors.New("want a list of entries")}
	}
	var out []*Entry
	for _, n := range list.Content {
		if n.Kind == yaml.MappingNode {
			for k := 0; k < len(n.Content); k += 2 {
				if !IsEntryField(n.Content[k].Value) {
					return nil, &EntryError{Line: n.Content[k].Line, Field: n.Content[k].Value, Err: errors.New("unknown field")}
				}
			}
		}
		e := &Entry{Category: category, Line: n.Line, Column: n.Column}
		if n.Kind == yaml.ScalarNode {
			e.Match = Patterns{n.Value}
		} else if err := patternLists(n).Decode(e); err != nil {
			return nil, &EntryError{Line: n.Line, Field: category, Err: err}
		}
		if err := e.compile(); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// build indexes the entries.
func (lx *Lexicon) build() (*Lexicon, error) {
	lx.index = refIndex{m: map[string][]*patRef{}}
	lx.pairIndex = refIndex{m: map[string][]*patRef{}}
	lx.byPrefix = map[string][]*patRef{}
	lx.prefixStart = [256]bool{}
	lx.scan = nil
	lx.words = map[string]map[string]bool{}
	lx.add(lx.Entries, nil)
	lx.builtFrom = lx.Entries
	return lx, nil
}

// add indexes entries after those indexed before. The word sets of the
// categories in shared belong to another lexicon too: the first word
// added to one copies it.
func (lx *Lexicon) add(entries []*Entry, shared map[string]bool) {
	first := len(lx.Entries) - len(entries)
	for n, e := range entries {
		for _, m := range e.Match {
			if !strings.ContainsAny(m, " |*") {
				if lx.words[e.Category] == nil {
					lx.words[e.Category] = map[string]bool{}
				} else if shared[e.Category] {
					lx.words[e.Category] = maps.Clone(lx.words[e.Category])
					delete(shared, e.Category)
				}
				lx.words[e.Category][strings.ToLower(m)] = true
			}
		}
		if wordListCategories[e.Category] {
			continue
		}
		e.loadElems()
		for i := range e.pats {
			p := &e.pats[i]
			words, prefixes, ok := firstWords(p.elems)
			if !ok {
				// "* (we|ik) …" is tried only before one of its second words.
				lx.scan = append(lx.scan, &patRef{e: e, p: p, order: int32(first + n), fold: p.fold, next: nextWords(p.elems)})
				continue
			}
			ref := &patRef{e: e, p: p, order: int32(first + n), fold: p.fold, next: nextWords(p.elems)}
			for _, w := range words {
				if ref.next == nil {
					lx.index.m[w] = append(lx.index.m[w], ref)
					continue
				}
				for j, n := range ref.next {
					if slices.Contains(ref.next[:j], n) {
						continue // a word listed twice is one key
					}
					k := pairKey(w, n)
					lx.pairIndex.m[k] = append(lx.pairIndex.m[k], ref)
				}
			}
			for _, pre := range prefixes {
				if l := lx.byPrefix[pre[:2]]; len(l) > 0 && l[len(l)-1].p == p {
					continue // "(excus* ons|excuu* voor)" is tried once
				}
				lx.byPrefix[pre[:2]] = append(lx.byPrefix[pre[:2]], ref)
				lx.prefixStart[pre[0]] = true
			}
		}
	}
}

// firstWords returns every word, and every word prefix, a match of the
// pattern can start with, so the pattern is only tried at those tokens. It
// reports false when the start is open (a wildcard, a regex, a number or
// a one-letter prefix).
func firstWords(elems []elem) (words, prefixes []string, ok bool) {
	for _, e := range elems {
		if e.kind == elStart {
			continue // zero-width; the matcher checks it
		}
		if e.kind == elGroup {
			for _, alt := range e.alts {
				w, pre, ok := firstWords(alt[:1])
				if !ok {
					return nil, nil, false
				}
				for _, x := range w {
					if !slices.Contains(words, x) {
						words = append(words, x)
					}
				}
				prefixes = append(prefixes, pre...)
			}
			if !e.optional {
				return words, prefixes, true
			}
			continue
		}
		if e.kind != elWords {
			return nil, nil, false
		}
		for _, w := range e.words {
			if w == "#" {
				return nil, nil, false
			}
		}
		for _, p := range e.prefixList() {
			if len(p) < 2 {
				return nil, nil, false
			}
		}
		words = append(words, e.words...)
		prefixes = append(prefixes, e.prefixList()...)
		if !e.optional {
			return words, prefixes, true
		}
	}
	return nil, nil, false
}

// startsWith reports what firstWords reads of elems without making its
// lists: whether the start is closed (ok) and whether low is one of its
// first words (has). tryGrouped asks it for each end it finds.
func startsWith(elems []elem, low string) (has, ok bool) {
	for k := range elems {
		e := &elems[k]
		if e.kind == elStart {
			continue // zero-width; the matcher checks it
		}
		if e.kind == elGroup {
			for _, alt := range e.alts {
				h, ok := startsWith(alt[:1], low)
				if !ok {
					return false, false
				}
				has = has || h
			}
			if !e.optional {
				return has, true
			}
			continue
		}
		if e.kind != elWords {
			return false, false
		}
		if slices.Contains(e.words, "#") {
			return false, false
		}
		for _, p := range e.prefixList() {
			if len(p) < 2 {
				return false, false
			}
		}
		has = has || slices.Contains(e.words, low)
		if !e.optional {
			return has, true
		}
	}
	return false, false
}

// wordListCategories are looked up word by word by the rules that need
// them, not matched over every text.
var wordListCategories = map[string]bool{"emphasis": true, "empathy-word": true, "empathy-not": true}

// Words returns the single-word entries of a category as a set, lower
// case. The set is a copy the caller may change.
func (lx *Lexicon) Words(cat string) map[string]bool {
	return maps.Clone(lx.words[cat])
}

// HasWord reports whether word (lower case) is a single-word entry of a
// category. Unlike Words it allocates nothing, for use per token.
func (lx *Lexicon) HasWord(cat, word string) bool {
	return lx.words[cat][word]
}

// With returns a new lexicon with extra entries added; lx and the
// entries are unchanged (the lexicon keeps copies, so it is safe to call
// With with the same entries from several goroutines).
func (lx *Lexicon) With(extra []*Entry) (*Lexicon, error) {
	out := &Lexicon{Lang: lx.Lang, Entries: append([]*Entry(nil), lx.Entries...)}
	for _, e := range extra {
		cp := *e
		if cp.pats == nil && cp.re == nil {
			if err := cp.compile(); err != nil {
				return nil, err
			}
		}
		out.Entries = append(out.Entries, &cp)
	}
	if !lx.index.built() || len(lx.builtFrom) != len(lx.Entries) ||
		len(lx.Entries) > 0 && &lx.builtFrom[0] != &lx.Entries[0] {
		return out.build() // lx was not built from the entries it has
	}
	// The index of lx plus the extra entries, instead of indexing all
	// entries again (a team's few cue words on a built-in lexicon). Lists
	// are clipped, so adding to one copies it and lx keeps its own.
	out.index = refIndex{m: lx.index.lists()}
	out.pairIndex = refIndex{m: lx.pairIndex.lists()}
	out.byPrefix = clippedLists(lx.byPrefix)
	out.prefixStart = lx.prefixStart
	out.scan = slices.Clip(lx.scan)
	out.words = maps.Clone(lx.words)
	shared := make(map[string]bool, len(out.words))
	for cat := range out.words {
		shared[cat] = true
	}
	out.add(out.Entries[len(lx.Entries):], shared)
	out.builtFrom = out.Entries
	return out, nil
}

// pairKey returns the key of pairIndex for a first word w and a second
// word n: w's length (a uvarint), w and n, as a compiled lexicon writes a
// string followed by more bytes, so a decoded lexicon's keys lie in the
// embedded data and no two pairs share a key. It is half the size of a
// [2]string in a map slot (pairIndex is the largest map of a first
// reading).
func pairKey(w, n string) string {
	return string(appendPairKey(make([]byte, 0, binary.MaxVarintLen64+len(w)+len(n)), w, n))
}

func appendPairKey(b []byte, w, n string) []byte {
	b = binary.AppendUvarint(b, uint64(len(w)))
	return append(append(b, w...), n...)
}

// pairKeyHash returns the pairHash of a pairKey's two words.
func pairKeyHash(k string) uint64 {
	w, n := pairWords(k)
	return pairHash(wordHash(w), wordHash(n))
}

// pairWords returns the first and second word of a pairKey.
func pairWords(k string) (string, string) {
	r := packread.Reader{Data: k}
	w := r.Str()
	return w, k[r.Pos:]
}

// clippedLists copies an index; its lists are shared, clipped to their
// length.
func clippedLists[K comparable](m map[K][]*patRef) map[K][]*patRef {
	out := make(map[K][]*patRef, len(m))
	for k, v := range m {
		out[k] = slices.Clip(v)
	}
	return out
}

// Category returns the entries of one category.
func (lx *Lexicon) Category(cat string) []*Entry {
	var out []*Entry
	for _, e := range lx.Entries {
		if e.Category == cat {
			out = append(out, e)
		}
	}
	return out
}

// builtin parses each built-in lexicon on first use, one language at a
// time: a Dutch reply never pays for the English lexicon.
var builtin = map[string]func() (*Lexicon, error){
	"nl": sync.OnceValues(func() (*Lexicon, error) { return parseBuiltin("nl") }),
	"en": sync.OnceValues(func() (*Lexicon, error) { return parseBuiltin("en") }),
}

// parseBuiltin returns the built-in lexicon of a language: its compiled
// form (compiled.go), or its YAML parsed where that changed since.
func parseBuiltin(lang string) (*Lexicon, error) {
	if lx := compiledLexicon(lang); lx != nil {
		return lx, nil
	}
	return parseBuiltinYAML(lang)
}

func parseBuiltinYAML(lang string) (*Lexicon, error) {
	data, err := lexiconFS.ReadFile("lexicon/" + lang + ".yaml")
	if err != nil {
		return nil, err
	}
	lx, err := ParseLexicon(lang, data)
	if err != nil {
		return nil, fmt.Errorf("tone/lexicon/%s.yaml: %w", lang, err)
	}
	return lx, nil
}

// DefaultLexicon returns the built-in lexicon of a language ("nl" or
// "en"); other languages get the Dutch one. It is parsed once per process.
func DefaultLexicon(lang string) *Lexicon {
	load, ok := builtin[lang]
	if !ok {
		load = builtin["nl"]
	}
	lx, err := load()
	if err != nil {
		// The built-in files are embedded and tested; failing here is a
		// build defect, not an input problem.
		panic(err)
	}
	return lx
}

// findHits runs every pattern over every sentence in one pass over the
// tokens and returns the hits sorted by position.
func (lx *Lexicon) findHits(tokens []Token, sents []Sentence) []Hit {
	return lx.findHitsTo(nil, tokens, sents)
}

// findHitsTo is findHits appending the hits to dst, an empty list.
func (lx *Lexicon) findHitsTo(dst []Hit, tokens []Token, sents []Sentence) []Hit {
	// The hits are found in a buffer on the stack and copied out once, at
	// their number: room for a hit every few tokens grew more often than
	// not on a customer's message, with its topic hits.
	var buf [32]Hit
	hits := buf[:0]
	var ord hitOrder
	// rest[i] holds the words from token i to the end of its sentence:
	// a pattern whose words are not all there is not tried.
	var restBuf [64]wordMask
	rest := restBuf[:]
	if len(tokens) > len(restBuf) {
		rest = make([]wordMask, len(tokens))
	}
	scanWords := lx.scanNoNumber()
	// A token whose hash the filters lack starts no pattern, or no pair,
	// and is not looked up: a classified token (a reading's) carries its
	// hash, another's is made once here.
	filters := lx.indexFilters()
	for si, s := range sents {
		var acc wordMask
		for i := s.Last - 1; i >= s.First; i-- {
			acc.add(matchKeyOf(&tokens[i]))
			rest[i] = acc
		}
		var h uint64
		if s.First < s.Last {
			h = tokens[s.First].filterHash()
		}
		for i := s.First; i < s.Last; i++ {
			base := len(hits)
			rf := rest[i].fold() // never 0: it holds token i's word
			ord.ranks, ord.grouped = ord.ranks[:0], false
			low := matchKeyOf(&tokens[i])
			// The word after this one, for patterns whose second word is
			// fixed: most are ruled out here without a call.
			after, hasAfter := "", i+1 < s.Last
			var h2 uint64
			if hasAfter {
				after = matchKeyOf(&tokens[i+1])
				h2 = tokens[i+1].filterHash()
			}
			if filters.first.has(h) {
				refs := lookup(&lx.index, low, h)
				for k := range refs {
					// Most patterns are ruled out by their words before the
					// call.
					if !refs[k].fold.excludes(rf) && refs[k].p.meetsNeeds(&rest[i]) {
						hits = lx.try(hits, refs[k], tokens, rest, s, si, i, fromIndex, &ord)
					}
				}
			}
			if hasAfter && filters.pairs.has(pairHash(h, h2)) {
				var key [64]byte // most pairs: the look-up allocates nothing
				pairs := lookup(&lx.pairIndex, appendPairKey(key[:0], low, after), pairHash(h, h2))
				for k := range pairs {
					if !pairs[k].fold.excludes(rf) && pairs[k].p.meetsNeeds(&rest[i]) {
						hits = lx.try(hits, pairs[k], tokens, rest, s, si, i, fromPair, &ord)
					}
				}
			}
			h = h2
			if len(low) >= 2 && lx.prefixStart[low[0]] {
				refs := lx.byPrefix[low[:2]]
				for k := range refs {
					if !refs[k].fold.excludes(rf) && refs[k].p.meetsNeeds(&rest[i]) {
						hits = lx.try(hits, refs[k], tokens, rest, s, si, i, fromPrefix, &ord)
					}
				}
			}
			scan := scanWords
			if tokens[i].Kind == Number {
				scan = lx.scan
			}
			for k := range scan {
				ref := scan[k]
				if ref.fold.excludes(rf) {
					continue
				}
				// Most tokens are no start of a group's alternatives: a
				// look at the first element rules them out before the
				// matcher runs; most are too short for a regex's gate, or
				// start with a byte it turns away, which is seen first.
				e0 := &ref.p.elems[0]
				if e0.kind == elRegex && !e0.optional && !e0.gate.mayStartWith(tokens[i].Text) {
					continue
				}
				if !ref.p.meetsNeeds(&rest[i]) || !mayStart(e0, &tokens[i]) {
					continue
				}
				hits = lx.try(hits, ref, tokens, rest, s, si, i, fromScan, &ord)
			}
			if ord.grouped {
				ord.sort(hits[base:])
			}
		}
	}
	if len(hits) == 0 {
		return nil // as before: no hits is a nil list
	}
	return append(dst, dedupeHits(hits, false)...)
}

// The lists a pattern is tried from at a token, in the order findHits
// tries them.
const (
	fromIndex = iota
	fromPair
	fromPrefix
	fromScan
)

// hitOrder keeps the hits found at one token in the order the patterns
// spelt out one per alternative found them (compileGrouped): by the list
// each was tried from, then by the entry's place in the lexicon. Of two
// hits of one span the first stays (dedupeHits), so the order decides
// which entry a hit names.
type hitOrder struct {
	ranks   []uint64 // one for each hit found at the token
	grouped bool     // a pattern with a multi-word group found one
}

func hitRank(from int, order int32) uint64 { return uint64(from)<<32 | uint64(uint32(order)) }

// sort sorts the hits found at the token by their ranks, stably.
func (o *hitOrder) sort(hits []Hit) {
	r := o.ranks
	for k := 1; k < len(hits); k++ {
		for j := k; j > 0 && r[j] < r[j-1]; j-- {
			r[j], r[j-1] = r[j-1], r[j]
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
}

// try adds the hits of one pattern at token i, which its words may
// start at (its caller asked admits). rest holds, at each token of the
// sentence, the words from there to its end (findHits).
func (lx *Lexicon) try(hits []Hit, ref *patRef, tokens []Token, rest []wordMask, s Sentence, si, i, from int, ord *hitOrder) []Hit {
	// A pattern in pairIndex was looked up by the next word already.
	if ref.next != nil && from != fromPair && (i+1 >= s.Last || !slices.Contains(ref.next, matchKeyOf(&tokens[i+1]))) {
		return hits
	}
	if !ref.loaded.Load() {
		ref.e.loadElems()
		ref.loaded.Store(true)
	}
	m := matcher{tokens: tokens, first: s.First, last: s.Last}
	if ref.p.grouped {
		return lx.tryGrouped(hits, ref, &m, rest, s, si, i, ord)
	}
	end, ok := m.match(ref.p.elems, 0, i)
	if !ok || end == i {
		return hits
	}
	fs, fe := i, end
	if ref.p.focus && m.focusEnd > m.focusStart {
		fs, fe = m.focusStart, m.focusEnd
	}
	if ref.e.exc != nil && ref.e.exc.covers(tokens, rest, s, fs, fe) {
		return hits
	}
	quoted := true
	for k := fs; k < fe; k++ {
		quoted = quoted && tokens[k].Quoted
	}
	ord.ranks = append(ord.ranks, hitRank(from, ref.order))
	return append(hits, Hit{
		Category: ref.e.Category, Entry: ref.e,
		Span:  Span{tokens[fs].Span.Start, tokens[fe-1].Span.End},
		First: fs, Last: fe, Sentence: si, Quoted: quoted,
	})
}

// tryGrouped adds the hits of a pattern with multi-word groups at token
// i: one for each end the first matches of its choices reach, as the
// patterns of each choice spelt out would (compileGrouped has no focus).
func (lx *Lexicon) tryGrouped(hits []Hit, ref *patRef, m *matcher, rest []wordMask, s Sentence, si, i int, ord *hitOrder) []Hit {
	var buf [8]firstEnd
	ends := m.firstEnds(ref.p.elems, 0, i, 0, buf[:0])
	low := matchKeyOf(&m.tokens[i])
	for k, fe := range ends {
		end := fe.end
		if end == i || slices.ContainsFunc(ends[:k], func(o firstEnd) bool { return o.end == end }) {
			continue
		}
		if ref.e.exc != nil && ref.e.exc.covers(m.tokens, rest, s, i, end) {
			continue
		}
		quoted := true
		for k := i; k < end; k++ {
			quoted = quoted && m.tokens[k].Quoted
		}
		// The first list a spelt-out pattern of this end was tried from.
		from := fromScan
		for _, o := range ends[k:] {
			if o.end == end {
				from = min(from, ref.p.speltFrom(o.choice, low))
			}
		}
		ord.ranks = append(ord.ranks, hitRank(from, ref.order))
		ord.grouped = true
		hits = append(hits, Hit{
			Category: ref.e.Category, Entry: ref.e,
			Span:  Span{m.tokens[i].Span.Start, m.tokens[end-1].Span.End},
			First: i, Last: end, Sentence: si, Quoted: quoted,
		})
	}
	return hits
}

// speltFrom returns the list findHits would have tried the pattern
// spelt out for one choice of alternatives from first, at a token whose
// match key is low (spelt.from): spelt out on the stack.
func (p *pattern) speltFrom(choice uint64, low string) int {
	var buf [8]elem
	return p.spelt(choice, buf[:0]).from(low)
}

// spelt returns the pattern expandGroups would have written for one
// choice of alternatives at the groups of p, appended to out.
func (p *pattern) spelt(choice uint64, out []elem) spelt {
	for k := range p.elems {
		e := &p.elems[k]
		if e.kind != elGroup {
			out = append(out, *e)
			continue
		}
		a := int(choice >> (groupSlotBits * uint(e.slot)) & (1<<groupSlotBits - 1))
		switch {
		case a == 0: // an optional group left out
		case e.merged != nil && e.inMerged[a-1]:
			out = append(out, *e.merged)
		default:
			out = append(out, e.alts[a-1]...)
		}
	}
	return out
}

// spelt is one pattern of a multi-word group spelt out.
type spelt []elem

// from returns the list findHits would have tried the pattern from first
// at a token whose match key is low, as Lexicon.add indexes it.
func (sp spelt) from(low string) int {
	has, ok := startsWith(sp, low)
	switch {
	case !ok:
		return fromScan
	case !has:
		return fromPrefix
	case nextWords(sp) != nil:
		return fromPair
	}
	return fromIndex
}

// exceptIndex indexes an entry's except patterns by the words they can
// start with, as Lexicon indexes its patterns, so a hit is checked against
// the few except patterns that can start at each token before it rather
// than against all of them at every token (one Dutch failure entry has
// over a hundred).
type exceptIndex struct {
	byWord map[string][]int32
	// wordBits has a bit of the hash of each of byWord's words
	// (setWordBits): a token whose bit is clear is not looked up, most
	// tokens before a hit of an entry with few first words.
	wordBits uint64
	byPrefix map[string][]int32 // first two bytes of a prefix ("excus*")
	open     []int32            // patterns whose start is open
	// gapped are the patterns that open with a gap ("... of misschien
	// niet"): the rest of such a pattern is tried once at each token the
	// gap can reach, not once for each start and gap length.
	gapped []int32
	maxLen int // the longest pattern's maxLen
}

func indexExcepts(pats []pattern) exceptIndex {
	var ix exceptIndex
	for k := range pats {
		p := &pats[k]
		ix.maxLen = max(ix.maxLen, int(p.maxLen))
		if p.elems[0].kind == elGap {
			ix.gapped = append(ix.gapped, int32(k))
			continue
		}
		words, prefixes, ok := firstWords(p.elems)
		if !ok {
			ix.open = append(ix.open, int32(k))
			continue
		}
		for _, w := range words {
			if ix.byWord == nil {
				ix.byWord = map[string][]int32{}
			}
			if l := ix.byWord[w]; len(l) == 0 || l[len(l)-1] != int32(k) {
				ix.byWord[w] = append(l, int32(k))
			}
		}
		for _, pre := range prefixes {
			if ix.byPrefix == nil {
				ix.byPrefix = map[string][]int32{}
			}
			if l := ix.byPrefix[pre[:2]]; len(l) == 0 || l[len(l)-1] != int32(k) {
				ix.byPrefix[pre[:2]] = append(l, int32(k))
			}
		}
	}
	ix.setWordBits()
	return ix
}

// setWordBits sets wordBits from byWord.
func (ix *exceptIndex) setWordBits() {
	ix.wordBits = 0
	for w := range ix.byWord {
		ix.wordBits |= wordBit(wordHash(w))
	}
}

// wordBit is the bit of a word's hash h in exceptIndex.wordBits: of its
// high half (a classified token keeps no more).
func wordBit(h uint64) uint64 { return 1 << (h >> 58) }

// exceptions are an entry's except patterns and their index. A compiled
// lexicon reads them when the entry first has a hit (load): most entries
// have none in a reading, and their except patterns were a sixth of the
// elements a first reading decoded.
type exceptions struct {
	pats []pattern
	ix   exceptIndex
	// data holds pats and ix compiled, for load to read once, and owner
	// is their entry; data is "" for exceptions compiled from the entry.
	data  string
	owner *Entry
	once  sync.Once
}

// exceptionsOf returns the exceptions of the except patterns pats, nil
// for none.
func exceptionsOf(pats []pattern) *exceptions {
	if len(pats) == 0 {
		return nil
	}
	setNeeds(pats)
	return &exceptions{pats: pats, ix: indexExcepts(pats)}
}

// covers reports whether one of the except patterns matches a stretch of
// the sentence that includes tokens [fs, fe) (exceptIndex.covers).
func (x *exceptions) covers(tokens []Token, rest []wordMask, s Sentence, fs, fe int) bool {
	if x.data != "" {
		x.once.Do(x.load)
	}
	return x.ix.covers(x.pats, tokens, rest, s, fs, fe)
}

// covers reports whether one of the except patterns pats (indexed by ix)
// matches a stretch of the sentence that includes tokens [fs, fe). rest
// holds the words from each token of the sentence to its end (findHits):
// a pattern whose words are not all there from a start on is not tried
// there (most hits have no except pattern that can match).
func (ix *exceptIndex) covers(pats []pattern, tokens []Token, rest []wordMask, s Sentence, fs, fe int) bool {
	lo := max(s.First, fs-ix.maxLen)
	n := ix.admitted(pats, &rest[lo])
	if n == 0 {
		return false
	}
	// The open patterns that may match from lo on: the others are not
	// tried at any start. When the patterns admitted are all open or
	// gapped, no start is looked up in the index.
	var openBuf [8]int32
	open := openBuf[:0]
	for _, k := range ix.open {
		if pats[k].admits(&rest[lo]) {
			open = append(open, k)
		}
	}
	for _, k := range ix.gapped {
		if pats[k].admits(&rest[lo]) {
			n--
		}
	}
	indexed := n > len(open)
	m := matcher{tokens: tokens, first: s.First, last: s.Last, minEnd: fe}
	try := func(k int32, start int) bool {
		p := &pats[k]
		if start < fs-int(p.maxLen) || !p.admits(&rest[start]) {
			return false
		}
		m.focusStart, m.focusEnd = 0, 0
		end, ok := m.match(p.elems, 0, start)
		return ok && end >= fe && end > start
	}
	for start := lo; start <= fs; start++ {
		if !indexed {
			for _, k := range open {
				if try(k, start) {
					return true
				}
			}
			continue
		}
		key := matchKeyOf(&tokens[start])
		if h, ok := tokens[start].keyHash(); !ok || ix.wordBits&wordBit(h) != 0 {
			for _, k := range ix.byWord[key] {
				if try(k, start) {
					return true
				}
			}
		}
		if len(key) >= 2 && ix.byPrefix != nil {
			for _, k := range ix.byPrefix[key[:2]] {
				if try(k, start) {
					return true
				}
			}
		}
		for _, k := range open {
			if try(k, start) {
				return true
			}
		}
	}
	// A pattern "... rest" matches from a start at or before fs when rest
	// matches at a token the gap reaches from there: from the first start
	// the pattern allows up to gapMax tokens past fs.
	for _, k := range ix.gapped {
		p := &pats[k]
		from := max(s.First, fs-int(p.maxLen))
		if from < s.Last && !p.admits(&rest[from]) {
			continue
		}
		for at := from; at <= fs+gapMax && at <= s.Last; at++ {
			if end, ok := m.match(p.elems, 1, at); ok && end >= fe {
				return true
			}
		}
	}
	return false
}

// admitted counts the except patterns that may match from a token whose
// words to the end of the sentence are rest.
func (ix *exceptIndex) admitted(pats []pattern, rest *wordMask) int {
	// pattern.admits with rest's fold made once: a pattern without needs
	// has a zero fold, which excludes no rest (a rest holds a word).
	rf := rest.fold()
	n := 0
	for k := range pats {
		if p := &pats[k]; !p.fold.excludes(rf) && p.meetsNeeds(rest) {
			n++
		}
	}
	return n
}

type matcher struct {
	tokens               []Token
	first, last          int
	focusStart, focusEnd int
	// minEnd is the token a match must reach: an except: pattern must
	// cover the whole hit, so its gaps and optional parts keep trying
	// until it does.
	minEnd int
}

// match matches elems[ei:] at token ti and returns the end token.
func (m *matcher) match(elems []elem, ei, ti int) (int, bool) {
	if ei == len(elems) {
		return ti, ti >= m.minEnd
	}
	e := &elems[ei]
	next := func(to int) (int, bool) {
		if e.focusIn {
			m.focusStart = ti
		}
		if e.focusOut {
			m.focusEnd = to
		}
		return m.match(elems, ei+1, to)
	}
	switch e.kind {
	case elStart:
		if !m.atStart(ti) {
			return 0, false
		}
		return next(ti)
	case elEnd:
		if ti == m.last || m.tokens[ti].Kind == Punct {
			return next(ti)
		}
		return 0, false
	case elGap:
		for n := 0; n <= gapMax && ti+n <= m.last; n++ {
			if end, ok := next(ti + n); ok {
				return end, true
			}
		}
		return 0, false
	case elGroup:
		listed, open := m.candidates(e, ti)
		for _, lists := range [2][]int32{listed, open} {
			for _, k := range lists {
				if end, ok := m.matchAlt(e.alts[k], ti, next); ok {
					return end, true
				}
			}
		}
		if e.optional {
			return m.match(elems, ei+1, ti)
		}
		return 0, false
	}
	if ti < m.last && elemMatches(e, &m.tokens[ti]) {
		if end, ok := next(ti + 1); ok {
			return end, true
		}
	}
	if e.optional {
		return m.match(elems, ei+1, ti)
	}
	return 0, false
}

// matchAlt matches one alternative of a group at token ti, then the rest
// of the pattern (next).
func (m *matcher) matchAlt(alt []elem, ti int, next func(int) (int, bool)) (int, bool) {
	if to, ok := m.run(alt, ti); ok {
		return next(to)
	}
	return 0, false
}

// atStart reports whether token ti starts the sentence: a sentence
// starts after the @handles a reply opens with.
func (m *matcher) atStart(ti int) bool {
	for k := m.first; k < ti; k++ {
		if m.tokens[k].Kind != Handle {
			return false
		}
	}
	return true
}

// run matches a group's alternative, elements of one token each, at
// token ti and returns the token after it.
func (m *matcher) run(alt []elem, ti int) (int, bool) {
	if ti+len(alt) > m.last {
		return 0, false
	}
	for k := range alt {
		if !elemMatches(&alt[k], &m.tokens[ti+k]) {
			return 0, false
		}
	}
	return ti + len(alt), true
}

// firstEnd is where the first match of one choice of a pattern's group
// alternatives ends; choice holds the alternative taken at each group,
// groupSlotBits each, counted from 1 (0: an optional group left out).
type firstEnd struct {
	choice uint64
	end    int
}

// firstEnds adds to ends the first match of elems[ei:] at token ti for
// each choice of alternatives at its groups that has one: what the
// patterns spelt out with one alternative per group would each match, in
// the order match tries the paths. (One path for all choices would stop
// at the first alternative that fits: "we will ... (call|be in touch)"
// would end at "call" in "we will call or be in touch", where the "be in
// touch" pattern goes on.) It walks every path, as a match that fails
// does.
func (m *matcher) firstEnds(elems []elem, ei, ti int, choice uint64, ends []firstEnd) []firstEnd {
	if ei == len(elems) {
		for _, f := range ends {
			if f.choice == choice {
				return ends // this choice matched on an earlier path
			}
		}
		return append(ends, firstEnd{choice, ti})
	}
	e := &elems[ei]
	switch e.kind {
	case elStart:
		if m.atStart(ti) {
			ends = m.firstEnds(elems, ei+1, ti, choice, ends)
		}
		return ends
	case elEnd:
		if ti == m.last || m.tokens[ti].Kind == Punct {
			ends = m.firstEnds(elems, ei+1, ti, choice, ends)
		}
		return ends
	case elGap:
		for n := 0; n <= gapMax && ti+n <= m.last; n++ {
			ends = m.firstEnds(elems, ei+1, ti+n, choice, ends)
		}
		return ends
	case elGroup:
		shift := groupSlotBits * uint(e.slot)
		listed, open := m.candidates(e, ti)
		for _, lists := range [2][]int32{listed, open} {
			for _, k := range lists {
				if to, ok := m.run(e.alts[k], ti); ok {
					ends = m.firstEnds(elems, ei+1, to, choice|uint64(k+1)<<shift, ends)
				}
			}
		}
		if e.optional {
			ends = m.firstEnds(elems, ei+1, ti, choice, ends)
		}
		return ends
	}
	if ti < m.last && elemMatches(e, &m.tokens[ti]) {
		ends = m.firstEnds(elems, ei+1, ti+1, choice, ends)
	}
	if e.optional {
		ends = m.firstEnds(elems, ei+1, ti, choice, ends)
	}
	return ends
}

// elemMatches reports whether an element that takes one token matches t.
func elemMatches(e *elem, t *Token) bool {
	switch e.kind {
	case elAny:
		// An @handle is whom the reply speaks to, not one of its words:
		// "@user Mogelijk is …" has no word before "Mogelijk".
		return t.Kind != Punct && t.Kind != Handle
	case elRegex:
		return regexMayMatch(e, t) && e.re.MatchString(t.Text)
	case elNumber:
		return t.Kind == Number
	}
	low := matchKeyOf(t)
	if e.number && t.Kind == Number {
		return true
	}
	if e.set != nil {
		if e.set.has(low) {
			return true
		}
	} else {
		for _, w := range e.words {
			if low == w {
				return true
			}
		}
	}
	for _, p := range e.prefixList() {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// mayStart reports whether a match of a pattern whose first element is e
// can start at token t. It is false only where the element is required
// and cannot take t: a regex whose literal prefix or gate turns t away
// (the regex itself runs in the matcher), a word, number or wildcard
// that does not match t, a group none of whose alternatives starts
// with t.
func mayStart(e *elem, t *Token) bool {
	if e.optional {
		return true
	}
	switch e.kind {
	case elRegex:
		return regexMayMatch(e, t)
	case elWords, elAny, elNumber:
		return elemMatches(e, t)
	case elGroup:
		if e.byFirst != nil && len(e.byFirst[matchKeyOf(t)]) > 0 {
			return true
		}
		for _, k := range e.firstOpen {
			if alt := e.alts[k]; elemMatches(&alt[0], t) {
				return true
			}
		}
		return false
	}
	return true
}

// regexMayMatch reports whether a regex element can match a token by its
// literal prefix and its gate, before the regex runs.
func regexMayMatch(e *elem, t *Token) bool {
	return e.gate.admits(t.Text) && strings.HasPrefix(t.Lower, e.words[0])
}

// matchKey is the word of a token that patterns match: its lower case,
// and a hashtag's word without the "#" ("#Ridiculous" says "ridiculous").
func matchKey(t Token) string { return matchKeyOf(&t) }

func matchKeyOf(t *Token) string {
	if t.Kind == Hashtag {
		return t.Lower[1:]
	}
	return t.Lower
}

// dedupeHits sorts hits and merges hits of the same category that overlap,
// so "Het is maar een kleine vertraging" is one hit, not two. With
// acrossContext false, a hit that counts only in a reply to a complaint
// is not merged with one that counts everywhere: whether it stays is known
// only once the customer's message is read (dropOutOfContext), and the
// hits left are merged then, with acrossContext true. The merged hit keeps
// the entry that binds less (bindsLess): a phrase that counts everywhere
// is not lost to one that counts only for a complaint, nor turned grey by
// a grey one.
func dedupeHits(hits []Hit, acrossContext bool) []Hit {
	sortHits(hits)
	out := hits[:0]
	for _, h := range hits {
		merged := false
		for k := len(out) - 1; k >= 0 && k >= len(out)-6; k-- {
			o := &out[k]
			// The numbers first: most hits near each other do not
			// overlap, and two categories of one length are compared
			// byte by byte (each entry holds its own copy).
			if o.Sentence == h.Sentence && h.Span.Start < o.Span.End && o.Category == h.Category &&
				(acrossContext || contextOf(o.Entry) == contextOf(h.Entry)) {
				if h.Span.End > o.Span.End {
					o.Span.End, o.Last = h.Span.End, h.Last
					o.Quoted = o.Quoted && h.Quoted
				}
				if bindsLess(h.Entry, o.Entry) {
					o.Entry = h.Entry
				}
				o.Echo = o.Echo && h.Echo
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, h)
		}
	}
	return out
}

// sortHits sorts hits by start, the longest first, stably. They come
// almost in order (findHits walks the tokens), so an insertion sort puts
// them in order in about one pass; one that would move more than a few
// places each on average hands over to a merge sort, whose answer is the
// same (both are stable), so a long text stays n log n at worst.
func sortHits(hits []Hit) {
	less := func(a, b *Hit) bool {
		return a.Span.Start < b.Span.Start || a.Span.Start == b.Span.Start && a.Span.End > b.Span.End
	}
	budget := 4*len(hits) + 32
	for k := 1; k < len(hits); k++ {
		if !less(&hits[k], &hits[k-1]) {
			continue
		}
		h := hits[k]
		j := k
		for j > 0 && less(&h, &hits[j-1]) {
			j--
		}
		if budget -= k - j; budget < 0 {
			break
		}
		copy(hits[j+1:k+1], hits[j:k])
		hits[j] = h
	}
	if budget < 0 {
		slices.SortStableFunc(hits, func(a, b Hit) int {
			if a.Span.Start != b.Span.Start {
				return cmp.Compare(a.Span.Start, b.Span.Start)
			}
			return cmp.Compare(b.Span.End, a.Span.End)
		})
	}
}

// contextOf returns an entry's context ("" for none or no entry).
func contextOf(e *Entry) string {
	if e == nil {
		return ""
	}
	return e.Context
}

// bindsLess reports whether entry a holds in more replies than b, or at a
// higher level: one without a context over one that counts only in a
// reply to a complaint, then one at the rule's level over a grey (info)
// one. Nil entries bind nothing.
func bindsLess(a, b *Entry) bool {
	if a == nil || b == nil {
		return false
	}
	if (a.Context == "") != (b.Context == "") {
		return a.Context == ""
	}
	return a.Level == "" && b.Level == "info"
}
