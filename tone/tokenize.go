package tone

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tokenize"
)

// The prose tokenizer is configured once per process: Dutch elisions and
// abbreviations stay whole, contractions are not split (Dutch "foto's" and
// English "don't" stay one token each, so the lexicon matches them as
// written), and web tokens (URLs, e-mail, @handles, #tags, phone numbers,
// ^AB sign-offs) are kept in one piece.
var proseTokenizer = sync.OnceValue(func() *tokenize.Tokenizer {
	return tokenize.New(
		tokenize.UsingPrefixes(prosePrefixes),
		tokenize.UsingSuffixes(proseSuffixes),
		tokenize.UsingSplitCases(nil),
		tokenize.UsingSpecialTest(keepWhole),
	)
})

// prosePrefixes and proseSuffixes are the marks prose peels off the front
// and the end of a span.
var (
	prosePrefixes = []string{"(", `"`, "[", "“", "‘", "'", "„", "«", "‹", "¿", "¡", "*", "…"}
	proseSuffixes = []string{",", ")", `"`, "]", "!", ";", ".", "?", ":", "'", "”", "’", "»", "›", "…"}
)

// abbreviations end no sentence and stay one token with their dot.
var abbreviations = map[string]bool{
	"bijv.": true, "bv.": true, "o.a.": true, "d.w.z.": true, "z.s.m.": true, "mevr.": true,
	"dhr.": true, "ca.": true, "min.": true, "max.": true, "evt.": true, "enz.": true,
	"etc.": true, "i.v.m.": true, "m.b.t.": true, "t.a.v.": true, "n.a.v.": true, "o.b.v.": true,
	"a.u.b.": true, "s.v.p.": true, "z.o.z.": true, "incl.": true, "excl.": true, "tel.": true,
	"nr.": true, "p.s.": true, "m.v.g.": true, "mvg.": true, "e.g.": true, "i.e.": true,
	"approx.": true, "mr.": true, "mrs.": true, "ms.": true, "dr.": true,
	"st.": true, "vs.": true, "jan.": true, "feb.": true, "aug.": true, "sept.": true,
	"okt.": true, "nov.": true, "dec.": true, "ma.": true, "di.": true, "wo.": true,
	"vr.": true, "za.": true, "resp.": true, "t.z.t.": true, "m.i.v.": true,
}

// elisions are Dutch words that start with an apostrophe.
var elisions = map[string]bool{"'s": true, "'t": true, "'n": true, "’s": true, "’t": true, "’n": true}

// keepWhole reports whether a span must not be split further.
func keepWhole(s string) bool {
	if elisions[s] || emoticons[s] || strings.HasPrefix(s, "'s-") || strings.HasPrefix(s, "’s-") {
		return true
	}
	if len(s) <= 8 && strings.HasSuffix(s, ".") && abbreviations[strings.ToLower(s)] {
		return true
	}
	return webKind(s) != Word
}

// webKind classifies a whole token as a web token, or returns Word.
func webKind(s string) TokenKind {
	if len(s) < 2 {
		return Word
	}
	switch s[0] {
	case '@':
		if allWordRunes(s[1:]) {
			return Handle
		}
	case '#':
		if allWordRunes(s[1:]) {
			return Hashtag
		}
	case '^':
		if allLetters(strings.ReplaceAll(s[1:], "-", "")) {
			return SignMark
		}
	case '*':
		if len(s) <= 4 && allUpper(s[1:]) {
			return SignMark
		}
	}
	if hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "www.") {
		return URL
	}
	if at := strings.IndexByte(s, '@'); at > 0 && at < len(s)-3 && strings.IndexByte(s[at:], '.') > 1 && isEmailish(s) {
		return Email
	}
	if isPhoneToken(s) {
		return Phone
	}
	return Word
}

// hasPrefixFold reports an ASCII prefix in any case, without allocating.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func isEmailish(s string) bool {
	last := s[len(s)-1]
	if !(last >= 'a' && last <= 'z' || last >= 'A' && last <= 'Z') {
		return false
	}
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("@.-_+*", r)) {
			return false
		}
	}
	return true
}

// isPhoneToken reports a phone number written without spaces: at least
// nine digits with only + - ( ) between them.
func isPhoneToken(s string) bool {
	digits := 0
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '+' && i == 0, r == '-':
		default:
			return false
		}
	}
	return digits >= 9 && digits <= 15 && strings.ContainsAny(s, "-+")
}

// isSpace is unicode.IsSpace, ASCII in line.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// The classes of an ASCII byte for the tokenizer: a letter or digit
// (isLetterOrDigit), white space (isSpace) or another character.
const (
	asciiAlnum = iota
	asciiSpace
	asciiOther
)

// asciiClass classes the ASCII bytes.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch r := rune(c); {
		case isLetterOrDigit(r):
			t[c] = asciiAlnum
		case isSpace(r):
			t[c] = asciiSpace
		default:
			t[c] = asciiOther
		}
	}
	return t
}()

// isLetterOrDigit reports a letter or digit, ASCII first.
func isLetterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func allWordRunes(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_') {
			return false
		}
	}
	return true
}

func allLetters(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func allUpper(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// Shouted returns the number of letters of a word written all in
// capitals ("NIET" → 4), or 0 when the word has a lower-case letter or a
// character that is not a letter.
func Shouted(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) || !unicode.IsUpper(r) {
			return 0
		}
		n++
	}
	return n
}

// isEmojiRune reports pictographs, dingbats and the joiners and modifiers
// that build emoji sequences.
func isEmojiRune(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF, r >= 0x2B00 && r <= 0x2BFF,
		r >= 0x2190 && r <= 0x21FF, r >= 0x2300 && r <= 0x23FF,
		r == 0x200D, r >= 0xFE00 && r <= 0xFE0F, r >= 0x1F3FB && r <= 0x1F3FF, r == 0x20E3,
		r == 0x00A9, r == 0x00AE, r == 0x2122, r == 0x3030, r == 0x303D:
		return true
	}
	return false
}

// peelsPlain reports whether prose splits span, a word of letters and
// digits followed by one mark, into the word and the mark. It does for
// , ! ? ; : always. A word with a period stays whole when prose takes it
// for an abbreviation: a capital and one or two small letters ("Ik.",
// "Dhr.": prose's internal pattern), one of ours ("nr.", "bijv."), or
// "www." (keptWithMarks). TestTokenizeAsProse holds this to prose's own
// answer.
func peelsPlain(span string) bool {
	switch span[len(span)-1] {
	case ',', '!', '?', ';', ':':
		return true
	case '.':
		return !keptWithMarks(span)
	}
	return false
}

// onlySuffixMarks reports whether s is made of marks prose peels off the
// end of a span (proseSuffixes, each one character).
func onlySuffixMarks(s string) bool {
	if s == "" {
		return false
	}
	for s != "" {
		n := len(s)
		for _, p := range proseSuffixes {
			if strings.HasPrefix(s, p) {
				s = s[len(p):]
				break
			}
		}
		if len(s) == n {
			return false
		}
	}
	return true
}

// peelMarks appends the tokens prose makes of span, a word of letters and
// digits (span[:core]) followed by marks onlySuffixMarks accepts, at byte
// base of the text. prose peels the marks off the end one at a time and
// stops when what is left is a span it keeps whole: for a word and marks
// that is "www." and a following mark (a URL to prose), an abbreviation
// of ours ("bijv.") or a capital with one or two small letters and a
// period ("Ik."). No emoticon of prose's or ours is a word followed by
// such marks.
func peelMarks(span string, core, base int, tokens []Token) []Token {
	end := len(span)
	for end > core && !keptWithMarks(span[:end]) {
		_, size := utf8.DecodeLastRuneInString(span[:end])
		end -= size
	}
	tokens = append(tokens, newToken(span[:end], base))
	for i := end; i < len(span); {
		_, size := utf8.DecodeRuneInString(span[i:])
		tokens = append(tokens, newToken(span[i:i+size], base+i))
		i += size
	}
	return tokens
}

// keptWithMarks reports whether prose keeps s, a word followed by one or
// more marks, as one token.
func keptWithMarks(s string) bool {
	if hasPrefixFold(s, "www.") {
		return true
	}
	if !strings.HasSuffix(s, ".") {
		return false
	}
	if len(s) <= 8 && abbreviations[strings.ToLower(s)] {
		return true
	}
	core := s[:len(s)-1] // prose: ^[A-Z][a-z]{1,2}\.$
	return len(core) >= 2 && len(core) <= 3 && isUpperASCII(core[0]) && strings.Trim(core[1:], "abcdefghijklmnopqrstuvwxyz") == ""
}

// peelsNothing reports whether prose would find no mark to peel off
// either end of a span, so it gives the span back as one token.
func peelsNothing(span string) bool {
	for _, p := range prosePrefixes {
		if strings.HasPrefix(span, p) {
			return false
		}
	}
	for _, p := range proseSuffixes {
		if strings.HasSuffix(span, p) {
			return false
		}
	}
	return true
}

// tokenizeText splits text into tokens with byte spans. prose splits on
// white space and peels punctuation; emoji glued to words ("top👍",
// "weer!😊") are split off here, which prose does not do.
//
// A span of letters and digits between white space is one token whatever
// prose's options are (nothing to peel, nothing special), so it is taken
// as it stands, and so is a span with no mark to peel at either end, and a
// word with one trailing mark prose peels ("Sanne,"). prose tokenizes the
// runs of other spans in between.
// Plain words are most of a reply, and this saves prose's per-span regular
// expressions on them. The result is prose's to the byte:
// TestTokenizeAsProse and FuzzAnalyze compare the two.
func tokenizeText(text string) []Token {
	return tokenizeInto(make([]Token, 0, len(text)/5+4), text)
}

// tokenizeInto is tokenizeText appending to tokens, an empty list with
// room.
func tokenizeInto(tokens []Token, text string) []Token {
	run := -1 // start of the pending run of spans with punctuation
	flush := func(end int) {
		if run >= 0 {
			tokens = appendProse(text[run:end], run, tokens)
			run = -1
		}
	}
	for i := 0; i < len(text); {
		// Most runes are ASCII: decoded in line.
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isSpace(r) {
			i += size
			continue
		}
		start, other := i, -1 // other: the first rune that is no letter or digit
	span:
		for i < len(text) {
			// An ASCII byte is classed by one look-up.
			if c := text[i]; c < utf8.RuneSelf {
				switch asciiClass[c] {
				case asciiSpace:
					break span
				case asciiOther:
					if other < 0 {
						other = i
					}
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if isSpace(r) {
				break
			}
			if other < 0 && !isLetterOrDigit(r) {
				other = i
			}
			i += size
		}
		switch {
		case other < 0:
			flush(start)
			tokens = append(tokens, newAlnumToken(text[start:i], start))
		case other == i-1 && other > start && peelsPlain(text[start:i]):
			// "Sanne," "binnen!": a plain word and one mark prose peels.
			flush(start)
			tokens = append(tokens, newAlnumToken(text[start:other], start), newToken(text[other:i], other))
		case other > start && onlySuffixMarks(text[other:i]):
			// "keer!!", "echt?!", "nu...": a plain word and marks prose
			// peels one by one.
			flush(start)
			tokens = peelMarks(text[start:i], other-start, start, tokens)
		case peelsNothing(text[start:i]):
			// "@user", "^Anne", "we'll", "0800-0123": one token to prose.
			flush(start)
			tokens = appendRaw(text[start:i], start, tokens)
		default:
			if run < 0 {
				run = start
			}
		}
	}
	flush(len(text))
	lowerTokens(text, tokens)
	markQuoted(tokens)
	return tokens
}

// lowerTokens fills in the tokens' Lower. When lower-casing keeps every
// character of the text at its length in bytes, the text is lower-cased
// once and each token takes its slice of that, instead of one allocation
// per capitalised word; strings.ToLower maps rune by rune, so the slice is
// the token lower-cased. Tokens with a curly apostrophe, or text that
// lower-cases to other lengths (or is not valid UTF-8), go word by word.
func lowerTokens(text string, tokens []Token) {
	low := lowerSameLength(text)
	// Without a curly apostrophe in the text, no token's slice has one.
	curly := strings.Contains(low, "’")
	for i := range tokens {
		t := &tokens[i]
		if low != "" && t.Span.End <= len(low) && t.Text == text[t.Span.Start:t.Span.End] {
			if l := low[t.Span.Start:t.Span.End]; !curly || !strings.Contains(l, "’") {
				t.Lower = l
				continue
			}
		}
		t.Lower = lowerNorm(t.Text)
	}
}

// lowerSameLength returns text lower-cased when that leaves every
// character at its length in bytes, and "" otherwise.
func lowerSameLength(text string) string {
	i := 0
	for i < len(text) && text[i] < utf8.RuneSelf {
		i++
	}
	if i == len(text) {
		return lowerASCIIText(text)
	}
	// strings.ToLower maps the whole text rune by rune once it has one
	// rune outside ASCII (an emoji); here ASCII letters go byte by byte.
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b.WriteByte(c + 'a' - 'A')
				i++
				continue
			}
			j := i + 1 // a run of ASCII without capitals, as it is
			for j < len(text) && text[j] < utf8.RuneSelf && (text[j] < 'A' || text[j] > 'Z') {
				j++
			}
			b.WriteString(text[i:j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size <= 1 {
			return ""
		}
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != size {
			return ""
		}
		b.WriteRune(l)
		i += size
	}
	return b.String()
}

// lowerASCIIText is strings.ToLower of ASCII text: s itself when it has no
// capital, else a copy with each capital lower-cased, the runs between
// copied whole. The copy is built in place (strings.Builder): a slice
// turned into a string was a second copy, a third of a reply's bytes.
func lowerASCIIText(s string) string {
	k := 0
	for k < len(s) && (s[k] < 'A' || s[k] > 'Z') {
		k++
	}
	if k == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for k < len(s) {
		b.WriteString(s[b.Len():k])
		b.WriteByte(asciiLower[s[k]])
		k++
		for k < len(s) && (s[k] < 'A' || s[k] > 'Z') {
			k++
		}
	}
	b.WriteString(s[b.Len():])
	return b.String()
}

// asciiLower maps each byte to its lower case, ASCII capitals only.
var asciiLower = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// appendProse tokenizes s, which starts at byte base of the text, with
// prose and appends the tokens.
func appendProse(s string, base int, tokens []Token) []Token {
	for _, rt := range proseTokenizer().Tokenize(s) {
		tokens = appendRaw(rt.Text, base+rt.Start, tokens)
	}
	return tokens
}

// appendRaw appends one token prose made, at byte start, splitting off
// glued emoji, a cut-off link and a glued sign-off mark.
func appendRaw(s string, start int, tokens []Token) []Token {
	if hasEmojiMix(s) {
		return splitEmoji(s, start, tokens)
	}
	kind := webKind(s) // once, for the cases below and the token
	switch {
	case kind == URL && strings.Contains(s, "…"):
		// "https://t.co/x…Wellicht": a copied link cut off with an
		// ellipsis, the next sentence glued to it. A URL never holds a
		// literal "…", so the link ends there.
		cut := strings.Index(s, "…")
		tokens = append(tokens, newToken(s[:cut], start))
		for _, t := range proseTokenizer().Tokenize(s[cut:]) {
			tokens = append(tokens, newToken(t.Text, start+cut+t.Start))
		}
		return tokens
	case gluedWords(s, kind) > 0:
		// "delivery..unacceptable", "again!!and", "Worst*service": two
		// words a run of marks glues together, each read as a word.
		at := gluedWords(s, kind)
		end := at
		for end < len(s) && strings.IndexByte(gluingMarks, s[end]) >= 0 || strings.HasPrefix(s[end:], "…") {
			if strings.HasPrefix(s[end:], "…") {
				end += len("…")
			} else {
				end++
			}
		}
		tokens = appendRaw(s[:at], start, tokens)
		tokens = append(tokens, newToken(s[at:end], start+at))
		return appendRaw(s[end:], start+end, tokens)
	case trailingDash(s):
		// "Yikes- I know", "you- Mariya": a dash glued to the word before
		// a space is a dash, not part of the word.
		tokens = appendRaw(s[:len(s)-1], start, tokens)
		return append(tokens, newToken("-", start+len(s)-1))
	case gluedPart(s) > 0:
		// "sorry.2/2^Corry": a part marker glued to the sentence before
		// it; the sentence is read on its own.
		cut := gluedPart(s)
		for _, t := range proseTokenizer().Tokenize(s[:cut]) {
			tokens = append(tokens, newToken(t.Text, start+t.Start))
		}
		return appendRaw(s[cut:], start+cut, tokens)
	case gluedSignMark(s) > 0:
		// "slag.^Liza", "community.~": the sign-off marker is glued to
		// the sentence before it.
		cut := gluedSignMark(s)
		for _, t := range proseTokenizer().Tokenize(s[:cut]) {
			tokens = append(tokens, newToken(t.Text, start+t.Start))
		}
		return append(tokens, newToken(s[cut:], start+cut))
	}
	t := Token{Text: s, Span: Span{start, start + len(s)}} // Lower: lowerTokens
	t.Kind = classifyOf(s, kind)
	return append(tokens, t)
}

// gluingMarks are the marks that glue two words in a hasty message.
const gluingMarks = ".!?*"

// gluedWords returns the offset of a run of marks that glues two words in
// s ("delivery..unacceptable", "again!!and", "ever…never",
// "Worst*service"), or 0: letters on both sides, and a run of two marks
// or more, a lone "!", "?" or "…", or a lone "*" between words of three
// letters or more ("f*ck" and "sh*t" are one censored word). A lone "."
// glues nothing: "nu.nl", "i.v.m.", "e.g." stay whole, and so do links,
// addresses and handles. k is the webKind of s.
func gluedWords(s string, k TokenKind) int {
	if k == URL || k == Email || k == Handle || strings.IndexByte(s, '@') >= 0 || strings.IndexByte(s, '/') >= 0 || strings.IndexByte(s, ':') >= 0 {
		return 0
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		// i is a letter; look at the marks after the word it is in.
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += size
		}
		k, marks, star := j, 0, false
		for k < len(s) {
			switch {
			case strings.HasPrefix(s[k:], "…"):
				k += len("…")
				marks += 2
			case strings.IndexByte(gluingMarks, s[k]) >= 0:
				star = star || s[k] == '*'
				k++
				marks++
			default:
				goto done
			}
		}
	done:
		if marks == 0 || k >= len(s) {
			i = max(k, j)
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[k:]); !unicode.IsLetter(r) {
			i = k
			continue
		}
		right := k
		for right < len(s) {
			r, size := utf8.DecodeRuneInString(s[right:])
			if !unicode.IsLetter(r) {
				break
			}
			right += size
		}
		switch {
		case marks >= 2 && !star, s[j] == '!' || s[j] == '?' || strings.HasPrefix(s[j:], "…"):
			return j
		case star && marks == 1 && utf8.RuneCountInString(s[i:j]) >= 3 && utf8.RuneCountInString(s[k:right]) >= 3:
			return j
		}
		i = k
	}
	return 0
}

// gluedSignMark returns the offset of a ^ or ~ that follows sentence
// punctuation inside a token, or 0.
func gluedSignMark(s string) int {
	for i := 1; i < len(s); i++ {
		if (s[i] == '^' || s[i] == '~') && strings.IndexByte(".!?,)", s[i-1]) >= 0 {
			return i
		}
	}
	return 0
}

// trailingDash reports a word of two letters or more with one hyphen
// glued at its end ("Yikes-"); the tokenizer splits at spaces, so the dash
// stood before one. Not a lone "-", "--" or "co-" style prefixes inside a
// word ("e-mail" has its hyphen inside).
func trailingDash(s string) bool {
	if len(s) < 3 || s[len(s)-1] != '-' || strings.IndexByte(s[:len(s)-1], '-') >= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-1])
	if !unicode.IsLetter(r) {
		return false
	}
	for _, r := range s[:len(s)-1] {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// gluedPart returns the offset of a part marker glued after a sentence's
// last word and its full stop ("sorry.2/2", "sorry.2/2^Corry"), or 0.
func gluedPart(s string) int {
	k := strings.LastIndexAny(s, ".!?")
	if k <= 0 || k == len(s)-1 {
		return 0
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:k]); !unicode.IsLetter(r) {
		return 0
	}
	if _, ok := partMarker(s[k+1:]); !ok {
		return 0
	}
	return k + 1
}

// partMarker reads the "i/n" that opens s up to a sign-off mark ("2/2",
// "2/2^Corry"): i and n small numbers, 1 <= i <= n, n from 2 to 20. It
// returns the marker's length.
func partMarker(s string) (int, bool) {
	end := len(s)
	if k := strings.IndexFunc(s, isSignMarkByte); k >= 0 {
		end = k
	}
	m := s[:end]
	slash := strings.IndexByte(m, '/')
	if slash <= 0 || slash == len(m)-1 {
		return 0, false
	}
	part, ok1 := smallInt(m[:slash])
	of, ok2 := smallInt(m[slash+1:])
	if !ok1 || !ok2 || part < 1 || of < 2 || part > of || of > 20 {
		return 0, false
	}
	return end, true
}

// isSignMarkByte reports the marks a sign-off may follow a part marker
// with: "^", "*" and "~" (strings.IndexAny builds a set for each call).
func isSignMarkByte(r rune) bool { return r == '^' || r == '*' || r == '~' }

// hasEmojiMix reports a token that holds emoji and other characters.
func hasEmojiMix(s string) bool {
	emoji, other := false, false
	for _, r := range s {
		if r < 0x80 {
			other = true
			continue
		}
		if isEmojiRune(r) {
			emoji = true
		} else {
			other = true
		}
	}
	return emoji && other
}

// splitEmoji splits a token into emoji runs and other runs; the other runs
// go through prose again so their punctuation is peeled as usual.
func splitEmoji(s string, base int, tokens []Token) []Token {
	start := 0
	inEmoji := false
	flush := func(end int) {
		if start >= end {
			return
		}
		part := s[start:end]
		if inEmoji {
			tokens = append(tokens, newToken(part, base+start))
			return
		}
		for _, t := range proseTokenizer().Tokenize(part) {
			tokens = append(tokens, newToken(t.Text, base+start+t.Start))
		}
	}
	for i, r := range s {
		e := isEmojiRune(r)
		if i == 0 {
			inEmoji = e
			continue
		}
		if e != inEmoji {
			flush(i)
			start, inEmoji = i, e
		}
	}
	flush(len(s))
	return tokens
}

func newToken(text string, start int) Token {
	t := Token{Text: text, Span: Span{start, start + len(text)}} // Lower: lowerTokens
	t.Kind = classify(text)
	return t
}

// newAlnumToken is newToken of text of letters and digits only
// (isLetterOrDigit), most of a text's tokens: such a token is no web
// token, so classify's answer is its first rune's, unless it is an
// emoticon ("xD").
func newAlnumToken(text string, start int) Token {
	t := Token{Text: text, Span: Span{start, start + len(text)}} // Lower: lowerTokens
	t.Kind = classifyAlnum(text)
	return t
}

// classifyAlnum is classify of letters and digits only
// (TestClassifyAlnum holds it to classify).
func classifyAlnum(s string) TokenKind {
	if len(s) <= 3 && slices.Contains(alnumEmoticons, s) {
		return Emoji
	}
	r := rune(s[0])
	if r >= utf8.RuneSelf {
		r, _ = utf8.DecodeRuneInString(s)
	}
	if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') || r >= utf8.RuneSelf && unicode.IsLetter(r) {
		return Word
	}
	return Number
}

// lowerNorm lower-cases s and straightens curly apostrophes, allocating
// only when something changes.
func lowerNorm(s string) string {
	l := strings.ToLower(s)
	if strings.ContainsRune(l, '’') {
		l = strings.ReplaceAll(l, "’", "'")
	}
	return l
}

func classify(s string) TokenKind { return classifyOf(s, webKind(s)) }

// classifyOf is classify of s, whose webKind is k.
func classifyOf(s string, k TokenKind) TokenKind {
	if k != Word {
		return k
	}
	if len(s) == 1 && s[0] < utf8.RuneSelf {
		// One ASCII character, most often a mark: no emoji, emoticon
		// or currency amount is one.
		switch asciiClass[s[0]] {
		case asciiAlnum:
			return classifyAlnum(s)
		default:
			return Punct
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case isEmojiRune(r):
		return Emoji
	case isEmoticon(s):
		return Emoji
	case unicode.IsLetter(r):
		return Word
	case unicode.IsDigit(r):
		return Number
	case strings.ContainsRune("€$£¥", r) && len(s) > len(string(r)) && strings.ContainsAny(s, "0123456789"):
		return Number // €612, $40
	case r == '\'' || r == '’':
		if len(s) > 1 {
			return Word // 's, 't
		}
	}
	if len(s) == 1 || !strings.ContainsFunc(s, unicode.IsLetter) {
		return Punct
	}
	return Word
}

var emoticons = map[string]bool{
	":)": true, ":-)": true, ":(": true, ":-(": true, ";)": true, ";-)": true, ":D": true,
	":-D": true, ":P": true, ":p": true, ":-P": true, ":o": true, ":O": true, "(:": true,
	":/": true, ":-/": true, "xD": true, "XD": true, "<3": true, ":')": true, ":'(": true,
	"^^": true, "^_^": true, ":-*": true, ":*": true, ";D": true, ";-D": true, ":-p": true,
}

// alnumEmoticons are the emoticons of letters and digits only ("xD"),
// the ones a token of letters and digits may be (classifyAlnum): a
// comparison or two instead of a map look-up for each short word.
var alnumEmoticons = func() []string {
	var out []string
	for e := range emoticons {
		if !strings.ContainsFunc(e, func(r rune) bool { return !isLetterOrDigit(r) }) {
			out = append(out, e)
		}
	}
	slices.Sort(out)
	return out
}()

// isEmoticon reports an emoticon; none is longer than three bytes, which
// spares most tokens the map lookup.
func isEmoticon(s string) bool { return len(s) <= 3 && emoticons[s] }

// quoteOpen pairs each opening quotation mark with the marks that close it.
var quoteOpen = map[string]string{`"`: `"`, "“": "”", "‘": "’", "'": "'", "„": "”“", "«": "»"}

// quoteFirst holds the first bytes of quoteOpen's marks.
var quoteFirst = func() (t [256]bool) {
	for open := range quoteOpen {
		t[open[0]] = true
	}
	return t
}()

// markQuoted flags the tokens between an opening quotation mark and its
// closing mark.
func markQuoted(tokens []Token) {
	for i := 0; i < len(tokens); i++ {
		// Every opening mark starts with one of quoteFirst's bytes: most
		// marks ("," "." "!") are passed without a look-up.
		if tokens[i].Kind != Punct || tokens[i].Text == "" || !quoteFirst[tokens[i].Text[0]] {
			continue
		}
		closers, ok := quoteOpen[tokens[i].Text]
		if !ok {
			continue
		}
		for j := i + 1; j < len(tokens) && j <= i+40; j++ {
			if tokens[j].Kind == Punct && strings.Contains(closers, tokens[j].Text) {
				for k := i + 1; k < j; k++ {
					tokens[k].Quoted = true
				}
				i = j
				break
			}
		}
	}
}
