package tone

import (
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// byteSet is a set of bytes.
type byteSet [256]bool

// regexGate is what a token must have for a regex entry to match it,
// read off the regex's syntax tree, so that most tokens are turned away
// without running the regex: a regex with no literal prefix
// ("(kut|klote|…)(bedrijf|…)", "(noten|pinda|…)-?allergie") was run on
// every token. A gate may let through tokens the regex does not match; it
// never turns one away that it does.
type regexGate struct {
	// first holds the bytes a match can start with; nil for any byte.
	first *byteSet
	// minLen is the fewest bytes a match has.
	minLen int
	// ends holds literals one of which every match ends with, in any
	// case ("nummer", "nr", "code" of "[\p{L}-]+(nummer|nr|code)");
	// nil when there are none to tell.
	ends [][]rune
	// byLast holds ends by the last bytes a token that ends with them can
	// have, in any case: a token is compared only with the few ends its
	// last byte allows, not with all of them (sixty Dutch outage
	// compounds). Nil when ends is nil or the last byte cannot tell.
	byLast *[256][][]rune
}

// gateOf returns the gate of the regular expression expr.
func gateOf(expr string) regexGate {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return regexGate{}
	}
	re = re.Simplify()
	ends, ok := lastLiterals(re)
	if !ok {
		ends = nil
	}
	return regexGate{first: firstBytes(re), minLen: minBytes(re), ends: ends, byLast: endsByLast(ends)}
}

// endsByLast files each literal of ends under the last byte of each
// case of its last rune: the last bytes of the texts that end with it in
// any case (endsWithFold; the Kelvin sign, a case of "k", ends in 0xAA).
// It returns nil when the last byte cannot tell: no ends, an empty
// literal (every text ends with it), or a literal ending in
// utf8.RuneError (which any invalid last byte decodes to).
func endsByLast(ends [][]rune) *[256][][]rune {
	if ends == nil {
		return nil
	}
	var by [256][][]rune
	for _, lit := range ends {
		if len(lit) == 0 {
			return nil
		}
		r := lit[len(lit)-1]
		f := r
		for {
			if f == utf8.RuneError {
				return nil
			}
			enc := utf8.AppendRune(nil, f)
			b := enc[len(enc)-1]
			if l := by[b]; len(l) == 0 || !slices.Equal(l[len(l)-1], lit) {
				by[b] = append(l, lit)
			}
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
	}
	return &by
}

// lastLiterals returns literals one of which every string re matches
// ends with, and false when it cannot tell.
func lastLiterals(re *syntax.Regexp) ([][]rune, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return [][]rune{re.Rune}, len(re.Rune) > 0
	case syntax.OpCapture:
		return lastLiterals(re.Sub[0])
	case syntax.OpConcat:
		// The strings of the last parts that match few ("n(ummer|r)"
		// after Simplify's factoring), joined as long as they stay few
		// (every match ends with one of the strings of the parts after a
		// part too many to join: "(kut|klote|…)(bedrijf|zooi|…)" ends
		// with "bedrijf", "zooi", …); else the last part's.
		var ends [][]rune
		i := len(re.Sub) - 1
		for ; i >= 0; i-- {
			switch re.Sub[i].Op {
			case syntax.OpEndText, syntax.OpEndLine, syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
				continue // takes no text
			}
			strs, ok := fewStrings(re.Sub[i])
			if !ok {
				break
			}
			joined := joinStrings(strs, ends)
			if joined == nil {
				break // too many
			}
			ends = joined
		}
		if ends != nil && !slices.ContainsFunc(ends, func(e []rune) bool { return len(e) == 0 }) {
			return ends, true
		}
		if i >= 0 && ends == nil {
			return lastLiterals(re.Sub[i])
		}
	case syntax.OpAlternate:
		var out [][]rune
		for _, sub := range re.Sub {
			lits, ok := lastLiterals(sub)
			if !ok {
				return nil, false
			}
			out = append(out, lits...)
		}
		return out, true
	}
	return nil, false
}

// fewStrings returns every string re matches when they are a few
// literals, and false otherwise.
func fewStrings(re *syntax.Regexp) ([][]rune, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return [][]rune{re.Rune}, true
	case syntax.OpEmptyMatch:
		return [][]rune{nil}, true
	case syntax.OpCapture:
		return fewStrings(re.Sub[0])
	case syntax.OpQuest:
		strs, ok := fewStrings(re.Sub[0])
		return append(strs, nil), ok
	case syntax.OpAlternate:
		var out [][]rune
		for _, sub := range re.Sub {
			strs, ok := fewStrings(sub)
			if !ok || len(out)+len(strs) > maxEnds {
				return nil, false
			}
			out = append(out, strs...)
		}
		return out, true
	case syntax.OpConcat:
		out := [][]rune{nil}
		for k := len(re.Sub) - 1; k >= 0; k-- {
			strs, ok := fewStrings(re.Sub[k])
			if !ok {
				return nil, false
			}
			if out = joinStrings(strs, out); out == nil {
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// maxEnds bounds the literals a gate compares a token's end with.
const maxEnds = 64

// joinStrings returns each of heads followed by each of tails (tails nil:
// heads alone), or nil when they would be more than maxEnds.
func joinStrings(heads, tails [][]rune) [][]rune {
	if tails == nil {
		return heads
	}
	if len(heads)*len(tails) > maxEnds {
		return nil
	}
	out := make([][]rune, 0, len(heads)*len(tails))
	for _, h := range heads {
		for _, t := range tails {
			out = append(out, append(slices.Clip(h), t...))
		}
	}
	return out
}

// endsWithFold reports whether text ends with lit, rune by rune in any
// case (simple folding, as the regexp package's (?i) does; an invalid
// byte reads as utf8.RuneError).
func endsWithFold(text string, lit []rune) bool {
	for k := len(lit) - 1; k >= 0; k-- {
		// ASCII, most of a word's letters, in line.
		if n := len(text); n > 0 && text[n-1] < utf8.RuneSelf && lit[k] < utf8.RuneSelf {
			if lowerASCII(rune(text[n-1])) != lowerASCII(lit[k]) {
				return false
			}
			text = text[:n-1]
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text)
		if size == 0 || !equalFoldRune(r, lit[k]) {
			return false
		}
		text = text[:len(text)-size]
	}
	return true
}

func equalFoldRune(a, b rune) bool {
	if a == b {
		return true
	}
	if a < utf8.RuneSelf && b < utf8.RuneSelf {
		// ASCII folds only to ASCII here: "k" and "s" also fold to the
		// Kelvin sign and the long s, which are not ASCII.
		return lowerASCII(a) == lowerASCII(b)
	}
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}

// firstBytes returns the bytes a string re matches can start with, or
// nil when that can be any byte (or re matches the empty string). It may
// hold bytes that start no match; it never leaves one out.
func firstBytes(re *syntax.Regexp) *byteSet {
	var set byteSet
	if nullable := addFirst(&set, re); nullable || set == (byteSet{}) {
		return nil
	}
	for _, in := range set {
		if !in {
			return &set
		}
	}
	return nil // any byte
}

// mayStartWith reports whether a token's text may match by its length
// and its first byte (admits tells more).
func (g *regexGate) mayStartWith(text string) bool {
	return len(text) >= g.minLen && (g.first == nil || text != "" && g.first[text[0]])
}

// admits reports whether a token's text may match.
func (g *regexGate) admits(text string) bool {
	if !g.mayStartWith(text) {
		return false
	}
	if g.ends == nil {
		return true
	}
	ends := g.ends
	if g.byLast != nil && text != "" {
		ends = g.byLast[text[len(text)-1]]
	}
	for _, lit := range ends {
		if endsWithFold(text, lit) {
			return true
		}
	}
	return false
}

// addFirst adds the first bytes of the non-empty strings re matches to
// set and reports whether re matches the empty string. An operator it
// does not know adds every byte.
func addFirst(set *byteSet, re *syntax.Regexp) (nullable bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		r := re.Rune[0]
		addRune(set, r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				addRune(set, f)
			}
		}
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			for b := lo; b <= hi && b < utf8.RuneSelf; b++ {
				set[b] = true
			}
			if hi >= utf8.RuneSelf {
				// The first byte of a rune's encoding grows with the rune.
				for b := firstByteOf(max(lo, utf8.RuneSelf)); b <= firstByteOf(hi); b++ {
					set[b] = true
				}
			}
			if lo <= utf8.RuneError && utf8.RuneError <= hi {
				addInvalid(set)
			}
		}
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return addFirst(set, re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		addFirst(set, re.Sub[0])
		return true
	case syntax.OpRepeat:
		nullable := addFirst(set, re.Sub[0])
		return nullable || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !addFirst(set, sub) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		nullable := false
		for _, sub := range re.Sub {
			nullable = addFirst(set, sub) || nullable
		}
		return nullable
	}
	// Any character, or an operator not known here.
	for b := range set {
		set[b] = true
	}
	return true
}

func addRune(set *byteSet, r rune) {
	set[firstByteOf(r)] = true
	if r == utf8.RuneError {
		addInvalid(set)
	}
}

// addInvalid adds the bytes that start no valid encoding, each of which
// the regexp package reads as utf8.RuneError.
func addInvalid(set *byteSet) {
	for b := 0x80; b < 0x100; b++ {
		set[b] = true
	}
}

// minBytes returns a length in bytes no string re matches is shorter
// than (0 when it cannot tell).
func minBytes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			n += minRuneLen(r, re.Flags&syntax.FoldCase != 0)
		}
		return n
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minBytes(re.Sub[0])
	case syntax.OpRepeat:
		return max(re.Min, 0) * minBytes(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += minBytes(sub)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, sub := range re.Sub {
			if m := minBytes(sub); n < 0 || m < n {
				n = m
			}
		}
		return max(n, 0)
	}
	return 0
}

// minRuneLen returns the shortest encoding of r, or of a rune r folds to
// ("ſ" takes two bytes, "s" one); utf8.RuneError also stands for one
// invalid byte.
func minRuneLen(r rune, fold bool) int {
	n := utf8.RuneLen(r)
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			n = min(n, utf8.RuneLen(f))
		}
	}
	if r == utf8.RuneError || n < 1 {
		return 1
	}
	return n
}

// firstByteOf returns the first byte of r's UTF-8 encoding.
func firstByteOf(r rune) int {
	var buf [utf8.UTFMax]byte
	utf8.EncodeRune(buf[:], r)
	return int(buf[0])
}

func lowerASCII(r rune) rune {
	if 'A' <= r && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}
