package tone

import "math/bits"

// wordMask is a set of words kept as one bit of a hash of each: it can
// tell that none of a pattern's words is among the words left in a
// sentence, so the matcher need not run (findHits tries a pattern at a
// token for its first word; most tries fail on a later word that the
// sentence does not have). It never tells a word is absent that is
// there.
type wordMask [4]uint64

// add puts a word in the mask.
func (m *wordMask) add(w string) {
	// A hash of the word's length and its first, second, middle and last
	// bytes, cheap for the thousands of words of a lexicon: one bit of
	// 256. Words it cannot tell apart only let a pattern through for
	// the matcher to turn away.
	n := len(w)
	if n == 0 {
		m[0] |= 1
		return
	}
	h := uint64(n) | uint64(w[0])<<8 | uint64(w[n-1])<<16 | uint64(w[n/2])<<24 | uint64(w[min(1, n-1)])<<32
	b := (h * 0x9e3779b97f4a7c15) >> 56
	m[b>>6] |= 1 << (b & 63)
}

// fold returns the mask's four words or-ed into one: two masks that
// share a bit have folds that share it too, so folds that share none
// tell masks apart without reading all of them (needFold).
func (m *wordMask) fold() uint64 { return m[0] | m[1] | m[2] | m[3] }

// needFold holds the complements of the folds of a pattern's two most
// telling needs (the folds with fewest bits), zero where it has fewer: a
// rest of the sentence whose fold lies within one of them does not meet
// that need. It lies in the pattern and in its patRef, so most patterns
// are turned away without reading their needs, which lie elsewhere in
// memory (one cache miss per pattern looked up, most of a call's).
type needFold [2]uint64

// foldNeeds returns the needFold of needs.
func foldNeeds(needs []wordMask) needFold {
	var f needFold
	best := [2]int{65, 65}
	for k := range needs {
		x := needs[k].fold()
		n := bits.OnesCount64(x)
		switch {
		case n < best[0]:
			best[1], f[1] = best[0], f[0]
			best[0], f[0] = n, ^x
		case n < best[1]:
			best[1], f[1] = n, ^x
		}
	}
	return f
}

// excludes reports whether the rest of a sentence whose wordMask folds
// to r (never 0: the rest holds a word) meets a need of the fold's
// pattern in none of its bits, so the pattern cannot match there.
func (f *needFold) excludes(r uint64) bool { return r&^f[0] == 0 || r&^f[1] == 0 }

// meets reports whether the masks share a bit.
func (m *wordMask) meets(o *wordMask) bool {
	return m[0]&o[0]|m[1]&o[1]|m[2]&o[2]|m[3]&o[3] != 0
}

// setNeeds sets the needs of each pattern, in one allocation for all of
// them: a mask for each element that a match must take one of a few
// whole words for (elemNeeds).
func setNeeds(pats []pattern) {
	n := 0
	for i := range pats {
		for k := range pats[i].elems {
			if elemNeeds(&pats[i].elems[k], nil) {
				n++
			}
		}
	}
	if n == 0 {
		return
	}
	all := make([]wordMask, n)
	for i := range pats {
		p, j := &pats[i], 0
		for k := range p.elems {
			if j < len(all) && elemNeeds(&p.elems[k], &all[j]) {
				j++
			} else if j < len(all) {
				all[j] = wordMask{} // a group may add words before it finds an open alternative
			}
		}
		if j > 0 {
			p.needs, all = all[:j:j], all[j:]
			p.fold = foldNeeds(p.needs)
		}
	}
}

// elemNeeds adds to m the words one of which e must take, and reports
// whether there are such words: for a required element of whole words,
// its words; for a required group each of whose alternatives has such an
// element, theirs. Elements that may take any token, a number or a
// prefix, or that may be left out, need nothing. m may be nil, to ask
// only.
func elemNeeds(e *elem, m *wordMask) bool {
	if e.optional {
		return false
	}
	switch e.kind {
	case elWords:
		if e.number || len(e.prefixList()) > 0 || len(e.words) == 0 {
			return false
		}
		if m != nil {
			for _, w := range e.words {
				m.add(w)
			}
		}
		return true
	case elGroup:
		if len(e.alts) == 0 {
			return false
		}
		for _, alt := range e.alts {
			// The first element of the alternative that needs words:
			// the alternative takes one of them, or does not match.
			k := 0
			for k < len(alt) && !elemNeeds(&alt[k], m) {
				k++
			}
			if k == len(alt) {
				return false
			}
		}
		return true
	}
	return false
}

// admits reports whether a match of p may start where rest holds the
// words from there to the end of the sentence.
func (p *pattern) admits(rest *wordMask) bool {
	if len(p.needs) == 0 {
		return true
	}
	return !p.fold.excludes(rest.fold()) && p.meetsNeeds(rest)
}

// meetsNeeds is admits without the look at p's fold, for findHits, which
// has turned the pattern away by its patRef's fold already.
func (p *pattern) meetsNeeds(rest *wordMask) bool {
	for k := range p.needs {
		if !p.needs[k].meets(rest) {
			return false
		}
	}
	return true
}
