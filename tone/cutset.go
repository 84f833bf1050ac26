package tone

// cutset is a set of ASCII bytes to trim, made once: strings.Trim with a
// cutset of several bytes makes the same set again at every call, most
// of its time on a short token, and the sign-off and the thread marker
// trim words of every reply.
type cutset [8]uint32

// newCutset returns the set of the bytes of chars, which are ASCII.
func newCutset(chars string) *cutset {
	var c cutset
	for i := 0; i < len(chars); i++ {
		b := chars[i]
		if b >= 0x80 {
			panic("tone: a cutset is ASCII")
		}
		c[b/32] |= 1 << (b % 32)
	}
	return &c
}

func (c *cutset) has(b byte) bool { return c[b/32]&(1<<(b%32)) != 0 }

// trim returns s without the leading and trailing bytes of c, as
// strings.Trim does with c's bytes as its cutset (an ASCII byte is never
// part of a longer character, so bytes and runes agree).
func (c *cutset) trim(s string) string { return c.trimRight(c.trimLeft(s)) }

// trimLeft returns s without the leading bytes of c (strings.TrimLeft).
func (c *cutset) trimLeft(s string) string {
	for len(s) > 0 && c.has(s[0]) {
		s = s[1:]
	}
	return s
}

// trimRight returns s without the trailing bytes of c
// (strings.TrimRight).
func (c *cutset) trimRight(s string) string {
	for len(s) > 0 && c.has(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// The cutsets of the words the analysis trims again and again.
var (
	brackets = newCutset("()[]")  // a thread marker's or a part's: "(1/3)"
	roleTrim = newCutset(",.()|") // around a role word: "(teamleider)"
	commaDot = newCutset(",.")    // after a word of a name: "Team,"
	marks    = newCutset("!?")    // shouting marks: "!!", "?!"
)
