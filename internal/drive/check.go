package drive

import (
	"errors"
	"fmt"
	"strings"

	"github.com/replylint/replylint/internal/input"
)

// Kinds of TextError, for errors.Is.
var (
	// ErrEmpty is a text with nothing but white space.
	ErrEmpty = errors.New("empty")
	// ErrTooLarge is a text over the config's max_reply_bytes.
	ErrTooLarge = errors.New("too large")
	// ErrBinary is a text with a NUL character: not text.
	ErrBinary = input.ErrBinary
	// ErrNotUTF8 is a text with no valid UTF-8 in it.
	ErrNotUTF8 = errors.New("no valid UTF-8 text")
)

// TextError is a reply or message that is not linted, drafted or
// triaged, and why. The front ends add where it is (file and line, an
// HTTP status, an editor diagnostic); the check and its words are here,
// so that the CLI, the language server and the web page refuse the same
// texts for the same reasons.
type TextError struct {
	// Kind is ErrEmpty, ErrTooLarge, ErrBinary or ErrNotUTF8.
	Kind error
	// What names the text: "reply", "in_reply_to", "incoming".
	What string
	// Size and Limit are the text's length and max_reply_bytes, for
	// ErrTooLarge.
	Size, Limit int
	// Offset is the byte offset of the NUL or of the first invalid byte;
	// a front end may add the text's offset in its file.
	Offset int
	// Then says what is not done with it: "not linted" when empty.
	Then string
}

// Error says what is wrong with the text, without where it is.
func (e *TextError) Error() string {
	then := e.Then
	if then == "" {
		then = "not linted"
	}
	switch e.Kind {
	case ErrEmpty:
		return "empty " + e.What + "; nothing to lint"
	case ErrTooLarge:
		return fmt.Sprintf("%s of %d bytes is larger than max_reply_bytes (%d); %s", e.What, e.Size, e.Limit, then)
	case ErrBinary:
		return e.What + " holds a NUL character; " + then
	case ErrNotUTF8:
		return fmt.Sprintf("no valid UTF-8 text (invalid from byte %d); %s", e.Offset, then)
	}
	return e.What + ": " + e.Kind.Error()
}

// Unwrap returns the kind.
func (e *TextError) Unwrap() error { return e.Kind }

// CheckText checks a text before the library reads it: the one check of
// the CLI, the language server and the web page. In order: larger than
// limit (max_reply_bytes; 0 is no limit), blank, a NUL character, no valid UTF-8 at all. A text with some invalid
// bytes among valid text is linted: badUTF8 is the offset of the first
// one, for a warning, or -1. An optional text (the customer's message)
// may be blank: ignore ErrEmpty for it.
func CheckText(what, text string, limit int) (badUTF8 int, err error) {
	badUTF8 = -1
	switch {
	case limit > 0 && len(text) > limit:
		return badUTF8, &TextError{Kind: ErrTooLarge, What: what, Size: len(text), Limit: limit}
	case input.Blank(text):
		return badUTF8, &TextError{Kind: ErrEmpty, What: what}
	}
	if i := strings.IndexByte(text, 0); i >= 0 {
		return badUTF8, &TextError{Kind: ErrBinary, What: what, Offset: i}
	}
	if badUTF8 = input.InvalidUTF8String(text); badUTF8 >= 0 && input.Blank(strings.ToValidUTF8(text, "")) {
		return badUTF8, &TextError{Kind: ErrNotUTF8, What: what, Offset: badUTF8}
	}
	return badUTF8, nil
}
