package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/replylint/replylint/tone"
)

// Record is one line of a .jsonl file: a reply with its context, or the
// reason the line is not one (Err).
type Record struct {
	// Line is the record's 1-based line in the file.
	Line int
	// Offset is the byte offset of the line in the file.
	Offset int64
	// ID is the record's "id" as it stands in the file (a JSON string or
	// number), or nil.
	ID json.RawMessage
	// Input is the reply and its context; Input.Text is the "reply".
	// Fields the record does not set are empty.
	Input tone.Input
	// BadUTF8 is the file offset of the first byte of the line that is not
	// valid UTF-8, or -1. Such bytes read as U+FFFD.
	BadUTF8 int64
	// Err is an *Error when the line is not a valid record.
	Err error

	raw        []byte // the line
	replyStart int    // offset of the "reply" string literal in raw
	rawOffsets []int  // byte offset in the reply → offset in the literal
}

// recordKeys are the keys a record may set; other keys are ignored, since
// exported replies carry more (author, date, labels).
var recordKeys = map[string]bool{
	"id": true, "reply": true, "in_reply_to": true, "channel": true, "lang": true, "kind": true, "customer": true,
}

// Reader reads records from a .jsonl stream one line at a time, in
// constant memory: a line longer than the limit is an error record, and
// the reader goes on with the next line.
type Reader struct {
	br      *bufio.Reader
	path    string
	max     int
	line    int
	offset  int64
	scratch []byte
}

// NewReader returns a Reader of the .jsonl stream r, named path in errors,
// that takes lines of up to maxLine bytes (without the line feed).
func NewReader(r io.Reader, path string, maxLine int) *Reader {
	return &Reader{br: bufio.NewReaderSize(r, 64<<10), path: path, max: maxLine}
}

// Next returns the next record, skipping blank lines. It returns io.EOF at
// the end of the stream and other errors when reading fails; a line that
// is not a valid record is a Record with Err set, never an error.
func (r *Reader) Next() (*Record, error) {
	for {
		line, start, tooLong, err := r.readLine()
		if err != nil && (err != io.EOF || (len(line) == 0 && !tooLong)) {
			return nil, err
		}
		if tooLong {
			return &Record{Line: r.line, Offset: start, BadUTF8: -1,
				Err: &Error{Path: r.path, Line: r.line, Msg: fmt.Sprintf("record longer than %d bytes (max_reply_bytes); skipped", r.max)}}, nil
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		return r.parse(line, start), nil
	}
}

// readLine reads one line into a fresh slice. When the line is longer
// than the limit it discards the rest of it and reports tooLong.
func (r *Reader) readLine() (line []byte, start int64, tooLong bool, err error) {
	start = r.offset
	r.line++
	buf := r.scratch[:0]
	for {
		chunk, e := r.br.ReadSlice('\n')
		r.offset += int64(len(chunk))
		if !tooLong {
			if len(buf)+len(chunk) > r.max+2 { // room for "\r\n"
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if e != nil {
			err = e
		}
		break
	}
	buf = bytes.TrimSuffix(buf, []byte("\n"))
	buf = bytes.TrimSuffix(buf, []byte("\r"))
	if len(buf) > r.max {
		tooLong = true
	}
	if cap(buf) <= 64<<10 {
		r.scratch = buf[:0]
		line = bytes.Clone(buf)
	} else {
		line = buf // a large line is not kept as scratch
		r.scratch = nil
	}
	return line, start, tooLong, err
}

func (r *Reader) parse(line []byte, start int64) *Record {
	rec := &Record{Line: r.line, Offset: start, BadUTF8: -1, raw: line}
	fail := func(format string, args ...any) *Record {
		rec.Err = &Error{Path: r.path, Line: r.line, Msg: fmt.Sprintf(format, args...)}
		rec.raw = nil
		return rec
	}
	if i := bytes.IndexByte(line, 0); i >= 0 {
		fail("NUL byte at byte %d: not a text record", start+int64(i))
		rec.Err.(*Error).Err = ErrBinary
		return rec
	}
	if i := InvalidUTF8(line); i >= 0 {
		rec.BadUTF8 = start + int64(i)
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return fail("not a JSON object: %s", jsonMsg(err, line))
	}
	hasReply := false
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return fail("not a JSON object: %s", jsonMsg(err, line))
		}
		key, _ := t.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return fail("not a JSON object: %s", jsonMsg(err, line))
		}
		if !recordKeys[key] {
			continue
		}
		if key == "id" {
			switch {
			case bytes.Equal(raw, []byte("null")):
				rec.ID = nil
			case raw[0] == '"' || raw[0] == '-' || (raw[0] >= '0' && raw[0] <= '9'):
				rec.ID = bytes.Clone(raw)
			default:
				return fail("id: want a string or a number, got %s", kindOf(raw))
			}
			continue
		}
		var s *string
		if err := json.Unmarshal(raw, &s); err != nil {
			return fail("%s: want a string, got %s", key, kindOf(raw))
		}
		if key == "reply" {
			if s == nil {
				return fail("reply: want a string, got null")
			}
			hasReply = true
			rec.Input.Text = *s
			rec.replyStart = int(dec.InputOffset()) - len(raw)
			continue
		}
		if s != nil {
			if err := set(&rec.Input, key, *s); err != nil {
				return fail("%s", err.Error())
			}
		}
	}
	if _, err := dec.Token(); err != nil {
		return fail("not a JSON object: %s", jsonMsg(err, line))
	}
	if rest := bytes.TrimSpace(line[dec.InputOffset():]); len(rest) > 0 {
		return fail("more than one JSON value on the line")
	}
	if !hasReply {
		return fail("no \"reply\" in the record")
	}
	return rec
}

// jsonMsg describes a JSON error, naming the end of the line rather than
// "unexpected EOF".
func jsonMsg(err error, line []byte) string {
	if err == nil {
		return "want {…}"
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "unexpected end of line"
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s (at column %d)", se.Error(), utf8.RuneCount(line[:min(int(se.Offset), len(line))]))
	}
	return err.Error()
}

func kindOf(raw json.RawMessage) string {
	switch raw[0] {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// Raw returns the record's line as it stands in the file, without its
// line ending, or nil for a line that is not a valid record. Drivers that
// count columns in other units than code points (UTF-8 bytes, UTF-16)
// measure the part of it before the offset FilePosition returns.
func (r *Record) Raw() []byte { return r.raw }

// FilePosition returns the 1-based column in the file's line (in code
// points) and the file offset of a byte offset in the record's reply. A
// reply's escapes (\n, \u00e9) are one column each, as they stand in the
// file.
func (r *Record) FilePosition(off int) (col int, offset int64) {
	if r.raw == nil {
		return 1, r.Offset
	}
	if r.rawOffsets == nil {
		r.rawOffsets = literalOffsets(r.raw[r.replyStart:], len(r.Input.Text))
	}
	i := r.replyStart
	if r.rawOffsets != nil {
		i += r.rawOffsets[max(0, min(off, len(r.rawOffsets)-1))]
	}
	return utf8.RuneCount(r.raw[:i]) + 1, r.Offset + int64(i)
}

// literalOffsets maps each byte offset of a decoded JSON string (and its
// end) to the offset in the literal where the character starts, decoding
// the way encoding/json does: invalid UTF-8 and lone surrogates read as
// U+FFFD. It returns a map of one entry for an unexpected literal.
func literalOffsets(lit []byte, decodedLen int) []int {
	out := make([]int, 0, decodedLen+1)
	if len(lit) < 2 || lit[0] != '"' {
		return []int{0}
	}
	emit := func(n, at int) {
		for range n {
			out = append(out, at)
		}
	}
	i := 1
	for i < len(lit) && lit[i] != '"' {
		c := lit[i]
		switch {
		case c == '\\' && i+1 < len(lit):
			if lit[i+1] != 'u' {
				emit(1, i)
				i += 2
				continue
			}
			r := hex4(lit[i+2:])
			w := 6
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if i+8 <= len(lit) && lit[i+6] == '\\' && lit[i+7] == 'u' {
					r2 = hex4(lit[i+8:])
				}
				if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
					r, w = d, 12
				} else {
					r = utf8.RuneError
				}
			}
			if r < 0 {
				r = utf8.RuneError
			}
			emit(utf8.RuneLen(r), i)
			i += w
		case c < utf8.RuneSelf:
			emit(1, i)
			i++
		default:
			r, n := utf8.DecodeRune(lit[i:])
			if r == utf8.RuneError && n == 1 {
				emit(3, i) // U+FFFD
			} else {
				for k := range n {
					out = append(out, i+k)
				}
			}
			i += n
		}
	}
	out = append(out, i)
	if len(out) != decodedLen+1 {
		return []int{0}
	}
	return out
}

func hex4(b []byte) rune {
	if len(b) < 4 {
		return -1
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}
