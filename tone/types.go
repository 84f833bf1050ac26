package tone

// Input is a draft reply with the context it is written in.
type Input struct {
	// Text is the draft reply.
	Text string
	// Incoming is the customer's message the reply answers; optional.
	Incoming string
	// Lang is "nl", "en" or "" to detect the language.
	Lang string
	// Channel is "public" (the default), "private" or "email".
	Channel string
	// Kind is "reply" (the default), "holding" or "statement".
	Kind string
	// Customer is the customer's name or handle; optional.
	Customer string
}

// Channel and kind values understood by Input.
const (
	ChannelPublic  = "public"
	ChannelPrivate = "private"
	ChannelEmail   = "email"

	KindReply     = "reply"
	KindHolding   = "holding"
	KindStatement = "statement"
)

// Span is a byte range in a text; End is exclusive.
type Span struct {
	// Start is the offset of the first byte.
	Start int `json:"offset"`
	// End is the offset after the last byte.
	End int `json:"end_offset"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// In returns the text the span covers in src, or "" when it does not fit.
func (s Span) In(src string) string {
	if s.Start < 0 || s.End > len(src) || s.Start > s.End {
		return ""
	}
	return src[s.Start:s.End]
}

// TokenKind says what a token is.
type TokenKind uint8

// Token kinds.
const (
	Word TokenKind = iota
	Number
	Punct
	Emoji    // emoji, pictographs and emoticons such as :)
	Handle   // @user
	Hashtag  // #tag
	URL      // https://… or www.…
	Email    // name@example.nl
	Phone    // 06-12345678, +31612345678
	SignMark // ^EK, *TM: a webcare sign-off marker
)

var kindNames = [...]string{"word", "number", "punct", "emoji", "handle", "hashtag", "url", "email", "phone", "signmark"}

// String returns the kind's name.
func (k TokenKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Token is one token of the text with its byte span.
type Token struct {
	Text  string    // the token as written
	Lower string    // lower case, curly apostrophes made straight
	Span  Span      // where Text is in the analysed text
	Kind  TokenKind // word, number, punctuation, handle, …
	// Quoted is set for tokens between quotation marks: words the reply
	// quotes rather than says.
	Quoted bool
	// cls holds the classes of Lower once the token is classified
	// (classifyTokens); 0 before. h is then the high half of Lower's
	// wordHash (mayBeIn), and val its valence once rated (rateTokens).
	// The three fit in the room of a float64 and a uint64.
	cls wordClass
	h   uint32
	val float64
}

// Sentence is a sentence of the text: its span and its tokens
// Tokens[First:Last] of the analysis.
type Sentence struct {
	Span        Span // from its first token's start to its last token's end
	First, Last int  // its tokens, Tokens[First:Last]
}

// Address counts how a Dutch reply addresses the reader.
type Address struct {
	// Informal holds the spans of je, jij, jou, jouw, jezelf.
	Informal []Span
	// Formal holds the spans of u, uw, uzelf.
	Formal []Span
}

// Form returns "je", "u", "mixed" or "" (no address).
func (a Address) Form() string {
	switch {
	case len(a.Informal) > 0 && len(a.Formal) > 0:
		return "mixed"
	case len(a.Informal) > 0:
		return "je"
	case len(a.Formal) > 0:
		return "u"
	}
	return ""
}

// SignOff is the reply's closing signature, if any.
type SignOff struct {
	// Found is false when the reply ends without a sign-off.
	Found bool
	// Span covers the sign-off, e.g. "^EK" or "Groet, Anne (webcare)".
	Span Span
	// Text is the sign-off as written, the text at Span.
	Text string
	// Name is the person's name or initials; empty for a team sign-off.
	Name string
	// Role is the function the person gives, if any.
	Role string
	// Team is set when the reply is signed by a team only ("Team Webcare").
	Team bool
}

// Thread is an "i/n" marker of a multi-part reply.
type Thread struct {
	Part, Of int  // i and n of "i/n"
	Span     Span // the marker
}

// EntityKind says what personal or contact data an Entity is.
type EntityKind string

// Entity kinds found in a text.
const (
	EntityEmail    EntityKind = "email"
	EntityMobile   EntityKind = "mobile"
	EntityPhone    EntityKind = "phone"
	EntityIBAN     EntityKind = "iban"
	EntityStreet   EntityKind = "street-address"
	EntityPostcode EntityKind = "postcode"
	EntityBSN      EntityKind = "bsn"
	EntityBirth    EntityKind = "date-of-birth"
	EntityURL      EntityKind = "url"
)

// Entity is a piece of contact or personal data in the text.
type Entity struct {
	Kind EntityKind // what the data is: an e-mail address, an IBAN, …
	Span Span       // where the data is in the text
	Text string     // the data as written, the text at Span
	// Company is set for the company's own contact details (0800 numbers,
	// service@ addresses): these are not personal data.
	Company bool
	// Masked is set when the value is partly hidden (06-****5678).
	Masked bool
}

// Hit is a lexicon phrase found in the text.
type Hit struct {
	Category string // the entry's category
	Entry    *Entry // the lexicon entry that matched
	Span     Span   // the phrase, or its <focus> where the pattern marks one
	// First and Last delimit the matched tokens, Tokens[First:Last].
	First, Last int
	Sentence    int // the index of the hit's sentence in Sentences
	// Quoted is set for a hit between quotation marks; Echo for one whose
	// words the customer's message has too ("misschien" said back to a
	// customer who wrote it). Neither is the reply's own wording: rules
	// and the score leave them out.
	Quoted bool
	Echo   bool
}

// Text returns the words of the hit in src.
func (h Hit) Text(src string) string { return h.Span.In(src) }
