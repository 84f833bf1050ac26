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

	"github.com/replylint/replylint/internal/textpos"
	"github.com/replylint/replylint/tone"
)

// IDText returns a record's id for people: a JSON string unquoted, a
// number or other value as it stands, "" when there is none.
func IDText(id json.RawMessage) string {
	if len(id) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(id, &s) == nil {
		return s
	}
	return string(id)
}

// Record is one exported reply: a line of a .jsonl file or a row of a
// .csv file. It is a reply with its context, or the reason the line is
// not one (Err).
type Record struct {
	// Line is the record's 1-based line in the file: for a .csv row that
	// spans lines, the line it starts on.
	Line int
	// Offset is the byte offset of the record in the file.
	Offset int64
	// ID is the record's "id" as JSON: for .jsonl as it stands in the
	// file (a string or a number), for .csv a JSON string. Nil when the
	// record has none.
	ID json.RawMessage
	// Input is the reply and its context; Input.Text is the "reply".
	// Fields the record does not set are empty.
	Input tone.Input
	// Agent is who sent the reply and Date when, as the record gives
	// them ("agent" and "date"); empty when it does not. Date is not
	// checked here: a report reads it with teamreport.ParseDate.
	Agent, Date string
	// BadUTF8 is the file offset of the first byte of the record that is
	// not valid UTF-8, or -1. In .jsonl such bytes read as U+FFFD; in .csv
	// they stay as they are, as in a .txt reply.
	BadUTF8 int64
	// Err is an *Error when the record is not valid.
	Err error
	// Warnings are problems that do not stop the record from being
	// linted, each naming the file and a line: a key given twice, the
	// encoding a .csv file was read in.
	Warnings []*Error

	raw        []byte // the record as it stands in the file
	replyStart int    // offset in raw of the reply's literal or field
	csvComma   byte   // the field separator of a .csv record; 0 for .jsonl
	csvEOF     bool   // the .csv record ends the stream without a line ending
	rawOffsets []int  // byte offset in the reply → offset in its literal
	loc        *textpos.Locator
}

// recordKeys are the keys a .jsonl record may set, each with its bit in
// a set of keys seen; other keys are ignored, since exported replies
// carry more (labels, URLs).
var recordKeys = map[string]uint{
	"id": 0, "reply": 1, "in_reply_to": 2, "channel": 3, "lang": 4, "kind": 5, "customer": 6,
	"agent": 7, "date": 8,
}

// seeKey notes a key of the record in seen and warns when it was given
// before: the last one counts, as encoding/json reads it, and the user
// should know that the first was not linted.
func (rec *Record) seeKey(path, key string, seen *uint) {
	bit, ok := recordKeys[key]
	if !ok {
		return
	}
	if *seen&(1<<bit) != 0 {
		what := "the last one counts"
		if key == "reply" {
			what = "only the last one is linted"
		}
		rec.Warnings = append(rec.Warnings, &Error{Path: path, Line: rec.Line, Msg: fmt.Sprintf("key %q given more than once in the record; %s", key, what)})
	}
	*seen |= 1 << bit
}

// Reader reads records from a .jsonl stream one line at a time, in
// constant memory: a line longer than the limit is an error record, and
// the reader goes on with the next line. A byte order mark at the start
// of the stream is skipped.
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

// Buffered returns the number of bytes read from the stream but not yet
// returned as records. When it is 0, the next call to Next reads from the
// stream and may wait for it.
func (r *Reader) Buffered() int { return r.br.Buffered() }

// Offset returns the number of bytes of the stream that Next has
// returned as records so far.
func (r *Reader) Offset() int64 { return r.offset }

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
			if len(buf)+len(chunk) > r.max+len(bom)+2 { // room for a BOM and "\r\n"
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
	if start == 0 && bytes.HasPrefix(buf, bom) {
		buf, start = buf[len(bom):], int64(len(bom))
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
		rec.raw, rec.Warnings = nil, nil
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
	if msg, ok := rec.decodeFast(r.path, line); ok {
		if msg != "" {
			return fail("%s", msg)
		}
		return rec
	}
	// Not valid JSON, or keys with escapes: the decoder says what is wrong
	// and where.
	rec.Warnings = nil
	return r.decodeSlow(rec, line, fail)
}

// decodeSlow reads a line with a json.Decoder, token by token, so that an
// error says what is wrong and where; fail makes rec an error record.
func (r *Reader) decodeSlow(rec *Record, line []byte, fail func(format string, args ...any) *Record) *Record {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return fail("not a JSON object: %s", jsonMsg(err, line))
	}
	hasReply := false
	var seen uint
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
		if msg := rec.setJSON(key, raw, int(dec.InputOffset())-len(raw)); msg != "" {
			return fail("%s", msg)
		}
		rec.seeKey(r.path, key, &seen)
		hasReply = hasReply || key == "reply"
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

// decodeFast reads a line that is one valid JSON object whose keys have
// no escapes, without the allocations of a json.Decoder per token. It
// returns ok false for any other line, which parse then reads with the
// decoder to describe the problem; msg is what is wrong with a valid
// object (a key of the wrong type, no reply).
func (rec *Record) decodeFast(path string, line []byte) (msg string, ok bool) {
	if !json.Valid(line) {
		return "", false
	}
	i := skipSpace(line, 0)
	if line[i] != '{' {
		return "", false
	}
	i++
	hasReply := false
	var seen uint
	for {
		i = skipSpace(line, i)
		switch line[i] {
		case '}':
			if !hasReply {
				return "no \"reply\" in the record", true
			}
			return "", true
		case ',':
			i = skipSpace(line, i+1)
		}
		end := valueEnd(line, i)
		key := line[i+1 : end-1]
		if bytes.IndexByte(key, '\\') >= 0 {
			return "", false
		}
		i = skipSpace(line, end)
		i = skipSpace(line, i+1) // the colon
		end = valueEnd(line, i)
		if msg := rec.setJSON(string(key), line[i:end], i); msg != "" {
			return msg, true
		}
		rec.seeKey(path, string(key), &seen)
		hasReply = hasReply || string(key) == "reply"
		i = end
	}
}

// setJSON stores the value of a record key; at is the value's offset in
// the line. It returns what is wrong with a value of the wrong type.
func (rec *Record) setJSON(key string, raw []byte, at int) string {
	if _, ok := recordKeys[key]; !ok {
		return ""
	}
	if key == "id" {
		switch {
		case bytes.Equal(raw, []byte("null")):
			rec.ID = nil
		case raw[0] == '"' || raw[0] == '-' || (raw[0] >= '0' && raw[0] <= '9'):
			rec.ID = bytes.Clone(raw)
		default:
			return fmt.Sprintf("id: want a string or a number, got %s", kindOf(raw))
		}
		return ""
	}
	s, null, ok := jsonString(raw)
	switch {
	case !ok:
		return fmt.Sprintf("%s: want a string, got %s", key, kindOf(raw))
	case key == "reply" && null:
		return "reply: want a string, got null"
	case null:
		return ""
	}
	switch key {
	case "reply":
		rec.Input.Text = s
		rec.replyStart = at
	case "agent":
		rec.Agent = s
	case "date":
		rec.Date = s
	default:
		if err := set(&rec.Input, key, s); err != nil {
			return err.Error()
		}
	}
	return ""
}

// jsonString decodes a JSON string literal, or null. Invalid UTF-8 and
// lone surrogates read as U+FFFD, as encoding/json reads them.
func jsonString(raw []byte) (s string, null, ok bool) {
	switch {
	case bytes.Equal(raw, []byte("null")):
		return "", true, true
	case len(raw) < 2 || raw[0] != '"':
		return "", false, false
	}
	lit := raw[1 : len(raw)-1]
	if bytes.IndexByte(lit, '\\') < 0 && utf8.Valid(lit) {
		return string(lit), false, true
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", false, false
	}
	return s, false, true
}

// skipSpace returns the offset of the first byte at or after i that is
// not JSON white space.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

// valueEnd returns the offset just after the JSON value that starts at i
// in b, which must be valid JSON.
func valueEnd(b []byte, i int) int {
	switch b[i] {
	case '"':
		for j := i + 1; j < len(b); j++ {
			switch b[j] {
			case '\\':
				j++
			case '"':
				return j + 1
			}
		}
		return len(b)
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				j = valueEnd(b, j) - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1
				}
			}
		}
		return len(b)
	}
	j := i
	for ; j < len(b); j++ {
		switch b[j] {
		case ',', '}', ']', ' ', '\t', '\r', '\n':
			return j
		}
	}
	return j
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

// Raw returns the record as it stands in the file, without the line
// ending of its last line, or nil for a record that is not valid. Drivers
// that count columns in other units than code points (UTF-8 bytes,
// UTF-16) can measure in it; Place gives every unit.
func (r *Record) Raw() []byte { return r.raw }

// Place returns the position in the file of a byte offset in the
// record's reply. A reply's escapes (\n, \u00e9 in .jsonl; "" in .csv)
// are counted as they stand in the file. A record that is not valid
// places everything at its start. Place is not safe for concurrent use
// on one Record.
func (r *Record) Place(off int) textpos.Position {
	if r.raw == nil {
		return textpos.Position{Line: r.Line, Column: 1, ByteColumn: 1, UTF16Column: 1, Offset: int(r.Offset)}
	}
	if r.rawOffsets == nil {
		lit := r.raw[r.replyStart:]
		switch {
		case r.verbatim(lit):
			// The reply stands in the file as it reads: no map needed.
			r.rawOffsets = []int{}
		case r.csvComma != 0:
			r.rawOffsets = fieldOffsets(lit, len(r.Input.Text), r.csvComma, r.csvEOF)
		default:
			r.rawOffsets = literalOffsets(lit, len(r.Input.Text))
		}
	}
	i := r.replyStart
	if len(r.rawOffsets) == 0 {
		off = max(0, min(off, len(r.Input.Text)))
		if len(r.raw) > r.replyStart && r.raw[r.replyStart] == '"' {
			i++
		}
		i += off
	} else {
		i += r.rawOffsets[max(0, min(off, len(r.rawOffsets)-1))]
	}
	// Inside a character, the column is the character's (so columns never
	// go back as offsets grow); the byte offset stays exact.
	start := runeStart(r.raw, i, r.replyStart)
	var p textpos.Position
	if len(r.raw) <= textpos.ShortText {
		p = textpos.PositionOf(r.raw, start)
	} else {
		if r.loc == nil {
			r.loc = textpos.NewLocator(string(r.raw))
		}
		p = r.loc.At(start)
	}
	p.Offset += i - start
	p.ByteColumn += i - start
	p.Line += r.Line - 1
	p.Offset += int(r.Offset)
	return p
}

// runeStart returns the start of the valid multi-byte character that
// holds byte i, or i itself (also for a stray continuation byte of invalid
// UTF-8, which stands for itself).
func runeStart(b []byte, i, floor int) int {
	for s := i - 1; s >= max(floor, i-3); s-- {
		if utf8.RuneStart(b[s]) {
			if _, n := utf8.DecodeRune(b[s:]); n > i-s && n > 1 {
				return s
			}
			break
		}
	}
	return i
}

// verbatim reports whether the reply's literal or field is the reply
// itself, between quotes or not: no escapes, so offsets map one to one.
func (r *Record) verbatim(lit []byte) bool {
	text := r.Input.Text
	quoted := len(lit) > 0 && lit[0] == '"'
	if quoted {
		lit = lit[1:]
	}
	if len(lit) < len(text) || string(lit[:len(text)]) != text {
		return false
	}
	if r.csvComma != 0 && !quoted {
		return true // an unquoted field has no escapes
	}
	// A JSON string without backslashes, or a quoted CSV field without
	// quotes inside, that ends where the reply does.
	inner := lit[:len(text)]
	esc := byte('\\')
	if r.csvComma != 0 {
		esc = '"'
	}
	return quoted && len(lit) > len(text) && lit[len(text)] == '"' && bytes.IndexByte(inner, esc) < 0
}

// FilePosition returns the 1-based column in the file's line (in code
// points) and the file offset of a byte offset in the record's reply: the
// Column and Offset of Place.
func (r *Record) FilePosition(off int) (col int, offset int64) {
	p := r.Place(off)
	return p.Column, int64(p.Offset)
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
