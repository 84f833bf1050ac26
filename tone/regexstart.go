package tone

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// byteSet is a set of bytes.
type byteSet [256]bool

// firstBytes returns the bytes a string the regular expression expr
// matches can start with, or nil when that can be any byte (or the
// expression matches the empty string). A regex entry with no literal
// prefix ("(kut|klote|…)(bedrijf|…)") so skips the tokens it cannot match
// on their first byte, without running the regex. It may hold bytes that
// start no match; it never leaves one out.
func firstBytes(expr string) *byteSet {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	var set byteSet
	if nullable := addFirst(&set, re.Simplify()); nullable || set == (byteSet{}) {
		return nil
	}
	for _, in := range set {
		if !in {
			return &set
		}
	}
	return nil // any byte
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
}

// firstByteOf returns the first byte of r's UTF-8 encoding.
func firstByteOf(r rune) int {
	var buf [utf8.UTFMax]byte
	utf8.EncodeRune(buf[:], r)
	return int(buf[0])
}
