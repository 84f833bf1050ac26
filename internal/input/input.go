// Package input reads webcare replies from the files replylint lints: a
// plain-text reply (.txt), a reply with YAML front matter (.md), and
// exports of many replies: one JSON record per line (.jsonl) or one row
// per reply under a header row (.csv).
//
// The readers return tone.Input values plus what a driver needs to point
// into the file: the front matter's line and byte offset, a record's line
// and the file position of any byte of its reply. Exports are streamed in
// constant memory. The readers never print and never exit; the CLI, the
// language server and the web page decide what to do with an *Error.
package input

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/replylint/replylint/tone"
)

// Error is a problem in an input file, at a line where there is one.
type Error struct {
	Path string
	// Line is 1-based; 0 when the problem has no line.
	Line int
	Msg  string
	// Err is the kind of problem, for errors.Is, e.g. ErrBinary; often nil.
	Err error
}

// ErrBinary is the kind of Error for input with NUL bytes: not a text file.
var ErrBinary = errors.New("not a text file")

// Unwrap returns the kind of problem.
func (e *Error) Unwrap() error { return e.Err }

// Error returns "path:line: message", or "path: message" without a line.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return e.Path + ": " + e.Msg
}

// Format is the kind of input a file holds.
type Format int

// Input formats, chosen by file extension.
const (
	Text     Format = iota // .txt and anything unknown: the reply as it stands
	Markdown               // .md: the reply after optional front matter
	JSONL                  // .jsonl: one record per line
	CSV                    // .csv: a header row, then one record per row
)

// FormatOf returns the format of a file by its extension.
func FormatOf(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return Markdown
	case ".jsonl", ".ndjson":
		return JSONL
	case ".csv":
		return CSV
	}
	return Text
}

// Stream reports whether a format holds many records, read with a
// Reader or a CSVReader, rather than one reply.
func (f Format) Stream() bool { return f == JSONL || f == CSV }

// ReplyFile reports whether a directory walk lints a file: .txt, .md,
// .jsonl and .csv files hold replies.
func ReplyFile(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".jsonl", ".csv":
		return true
	}
	return false
}

// Keys are the context fields that front matter and records may set, in
// the order the documentation lists them.
var Keys = []string{"in_reply_to", "channel", "lang", "kind", "customer"}

// CheckValue checks the value of a context field and returns it in its
// canonical form: lang "auto" is "", the other enumerations are lower
// case. Free-text fields are returned as they are.
func CheckValue(key, value string) (string, error) {
	v := strings.ToLower(strings.TrimSpace(value))
	switch key {
	case "lang":
		switch v {
		case "", "auto":
			return "", nil
		case "nl", "en":
			return v, nil
		}
		return "", fmt.Errorf("lang %q: want nl, en or auto", value)
	case "channel":
		switch v {
		case "", tone.ChannelPublic, tone.ChannelPrivate, tone.ChannelEmail:
			return v, nil
		}
		return "", fmt.Errorf("channel %q: want public, private or email", value)
	case "kind":
		switch v {
		case "", tone.KindReply, tone.KindHolding, tone.KindStatement:
			return v, nil
		}
		return "", fmt.Errorf("kind %q: want reply, holding or statement", value)
	}
	return value, nil
}

// set stores a checked context field in an Input.
func set(in *tone.Input, key, value string) error {
	v, err := CheckValue(key, value)
	if err != nil {
		return err
	}
	switch key {
	case "in_reply_to":
		in.Incoming = v
	case "channel":
		in.Channel = v
	case "lang":
		in.Lang = v
	case "kind":
		in.Kind = v
	case "customer":
		in.Customer = v
	default:
		return fmt.Errorf("unknown key %q (want %s)", key, strings.Join(Keys, ", "))
	}
	return nil
}

// Defaults fills the context fields of in that the file left empty from
// def: a file's own front matter or record says more about a reply than
// a flag given for a whole run.
func Defaults(in tone.Input, def tone.Input) tone.Input {
	if in.Incoming == "" {
		in.Incoming = def.Incoming
	}
	if in.Channel == "" {
		in.Channel = def.Channel
	}
	if in.Lang == "" {
		in.Lang = def.Lang
	}
	if in.Kind == "" {
		in.Kind = def.Kind
	}
	if in.Customer == "" {
		in.Customer = def.Customer
	}
	return in
}

// InvalidUTF8 returns the byte offset of the first byte in b that is not
// valid UTF-8, or -1.
func InvalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// InvalidUTF8String is InvalidUTF8 of a string, without a copy.
func InvalidUTF8String(s string) int {
	if utf8.ValidString(s) {
		return -1
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// Blank reports whether a reply has no text other than white space.
func Blank(s string) bool { return strings.TrimSpace(s) == "" }
