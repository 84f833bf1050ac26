package tone

import (
	"regexp/syntax"
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
}

// gateOf returns the gate of the regular expression expr.
func gateOf(expr string) regexGate {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return regexGate{}
	}
	re = re.Simplify()
	return regexGate{first: firstBytes(re), minLen: minBytes(re)}
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

// admits reports whether a token's text may match.
func (g *regexGate) admits(text string) bool {
	if len(text) < g.minLen {
		return false
	}
	return g.first == nil || text != "" && g.first[text[0]]
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
