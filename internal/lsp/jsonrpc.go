package lsp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// MaxMessageSize is the largest message body the server reads: far above
// any reply (the linted text is bounded by max_reply_bytes), low enough
// to bound memory when a client sends garbage.
const MaxMessageSize = 64 << 20

// maxHeaderLine bounds one header line.
const maxHeaderLine = 4 << 10

// JSON-RPC and LSP error codes.
const (
	CodeParseError           = -32700
	CodeInvalidRequest       = -32600
	CodeMethodNotFound       = -32601
	CodeInvalidParams        = -32602
	CodeInternalError        = -32603
	CodeServerNotInitialized = -32002
)

// FramingError is a message whose header the Reader could not use: no
// Content-Length, a malformed header line, or a body over
// MaxMessageSize. The Reader has skipped it, so the next Read goes on
// with the next message.
type FramingError struct{ Msg string }

// Error says what is wrong with the message's framing.
func (e *FramingError) Error() string { return "lsp: malformed message: " + e.Msg }

// Reader reads the messages of the LSP base protocol: headers
// ("Content-Length: N", optionally "Content-Type: …") ending in an empty
// line, then N bytes of JSON.
type Reader struct {
	br *bufio.Reader
	// resync is set after a header that could not be used: the next Read
	// first skips to the next "Content-Length:".
	resync bool
	// prefix is the start of the next header line, found by skipToHeader.
	prefix string
}

// NewReader returns a Reader of the stream r.
func NewReader(r io.Reader) *Reader { return &Reader{br: bufio.NewReaderSize(r, 64<<10)} }

// Read returns the body of the next message. It returns io.EOF when the
// stream ends between messages, io.ErrUnexpectedEOF when it ends inside
// one, and a *FramingError for a message it skipped.
func (r *Reader) Read() ([]byte, error) {
	if r.resync {
		if err := r.skipToHeader(); err != nil {
			return nil, err
		}
		r.resync = false
	}
	length, headers := -1, 0
	for {
		line, err := r.headerLine()
		if err != nil {
			if err == io.EOF && headers > 0 {
				return nil, io.ErrUnexpectedEOF
			}
			return nil, err
		}
		if line == "" {
			if headers == 0 {
				continue // a stray blank line between messages
			}
			break
		}
		if i := indexContentLength(line); i > 0 {
			// The tail of a message whose Content-Length was too short
			// runs into this header: start the message here.
			line, length, headers = line[i:], -1, 0
		}
		headers++
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			r.resync = true
			return nil, &FramingError{Msg: fmt.Sprintf("header line %q is not \"Name: value\"", clip(line))}
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			v, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || v < 0 {
				r.resync = true
				return nil, &FramingError{Msg: fmt.Sprintf("Content-Length %q is not a length", clip(value))}
			}
			length = v
		}
	}
	if length < 0 {
		r.resync = true
		return nil, &FramingError{Msg: "no Content-Length header"}
	}
	if length > MaxMessageSize {
		if _, err := io.CopyN(io.Discard, r.br, int64(length)); err != nil {
			return nil, io.ErrUnexpectedEOF
		}
		return nil, &FramingError{Msg: fmt.Sprintf("message of %d bytes is larger than %d", length, MaxMessageSize)}
	}
	return r.body(length)
}

// body reads a message body of length bytes. When the body is a JSON
// object or array that ends before length bytes and the next header
// follows it (a Content-Length too large, as a client counting characters
// rather than bytes sends), it stops after the value, so that the next
// message is not swallowed.
func (r *Reader) body(length int) ([]byte, error) {
	body := make([]byte, 0, min(length, 64<<10))
	var sc valueScanner
	for len(body) < length {
		if r.br.Buffered() == 0 {
			if _, err := r.br.Peek(1); err != nil {
				return nil, io.ErrUnexpectedEOF
			}
		}
		chunk, _ := r.br.Peek(min(length-len(body), r.br.Buffered()))
		end := sc.scan(chunk)
		if end < 0 {
			body = append(body, chunk...)
			r.br.Discard(len(chunk))
			continue
		}
		for end < len(chunk) && isSpace(chunk[end]) {
			end++
		}
		body = append(body, chunk[:end]...)
		r.br.Discard(end)
		if len(body) == length {
			break
		}
		// The value ended early: a header next means the length was
		// wrong; anything else is read as the body's rest.
		next, err := r.br.Peek(len(contentLength))
		if err != nil && len(next) == 0 {
			return nil, io.ErrUnexpectedEOF
		}
		if lower := bytes.ToLower(next); bytes.HasPrefix(lower, contentLength) || bytes.HasPrefix(lower, []byte("content-type:")) {
			return body, nil
		}
		sc.other = true
	}
	return body, nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// valueScanner finds the end of a JSON object or array in a stream of
// chunks: brackets are counted outside strings.
type valueScanner struct {
	started       bool
	inString, esc bool
	depth         int
	other         bool // the body is not an object or array: read it whole
}

// scan reads the next chunk and returns the offset in it just after the
// value's end, or -1 when the value goes on (or cannot be told).
func (v *valueScanner) scan(chunk []byte) int {
	if v.other {
		return -1
	}
	for i, c := range chunk {
		switch {
		case !v.started:
			switch {
			case isSpace(c):
				continue
			case c == '{' || c == '[':
				v.started, v.depth = true, 1
			default:
				v.other = true
				return -1
			}
		case v.inString:
			switch {
			case v.esc:
				v.esc = false
			case c == '\\':
				v.esc = true
			case c == '"':
				v.inString = false
			}
		case c == '"':
			v.inString = true
		case c == '{' || c == '[':
			v.depth++
		case c == '}' || c == ']':
			v.depth--
			if v.depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}

// indexContentLength returns where "Content-Length:" starts in a line,
// in any case, or -1.
func indexContentLength(line string) int {
	// Compared in place, ASCII-case-insensitively: lower-casing a copy
	// changes its length where the line holds invalid UTF-8, and the
	// index would not fit the line.
	for i := 0; i+len(contentLength) <= len(line); i++ {
		if strings.EqualFold(line[i:i+len(contentLength)], string(contentLength)) {
			return i
		}
	}
	return -1
}

// headerLine reads one header line without its line ending ("\r\n", or
// "\n" from a lenient client). A line longer than maxHeaderLine is a
// framing error.
func (r *Reader) headerLine() (string, error) {
	line, err := r.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull || len(line) > maxHeaderLine {
		r.resync = true
		return "", &FramingError{Msg: "header line too long"}
	}
	if err != nil {
		if len(line) > 0 && err == io.EOF {
			return "", io.ErrUnexpectedEOF
		}
		return "", err
	}
	line = bytes.TrimSuffix(line[:len(line)-1], []byte("\r"))
	out := r.prefix + string(line)
	r.prefix = ""
	return out, nil
}

var contentLength = []byte("content-length:")

// skipToHeader discards input up to the next "Content-Length:", so that
// one broken message does not end the session. The header it found is
// read by the next headerLine.
func (r *Reader) skipToHeader() error {
	matched := 0
	for {
		c, err := r.br.ReadByte()
		if err != nil {
			return err
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		switch {
		case c == contentLength[matched]:
			matched++
			if matched == len(contentLength) {
				r.prefix = "Content-Length:"
				return nil
			}
		case c == contentLength[0]:
			matched = 1
		default:
			matched = 0
		}
	}
}

// clip shortens a header value for an error message.
func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// WriteMessage writes v as one message: its Content-Length header and
// its JSON.
func WriteMessage(w io.Writer, v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(body))
	b.Write(body)
	_, err = w.Write(b.Bytes())
	return err
}

// message is any JSON-RPC 2.0 message: a request (method and id), a
// notification (method, no id) or a response (id, result or error).
type message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *ResponseError  `json:"error,omitempty"`
}

// ResponseError is the error of a JSON-RPC response.
type ResponseError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// Error returns the message and its code.
func (e *ResponseError) Error() string { return fmt.Sprintf("%s (%d)", e.Message, e.Code) }

// response is a response the server sends. ID is null when the request's
// id could not be read.
type response struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  any             `json:"result"`
	Error   *ResponseError  `json:"error,omitempty"`
}

// MarshalJSON leaves out "result" in an error response, as JSON-RPC
// requires.
func (r response) MarshalJSON() ([]byte, error) {
	if r.Error != nil {
		return json.Marshal(struct {
			JSONRPC string          `json:"jsonrpc"`
			ID      json.RawMessage `json:"id"`
			Error   *ResponseError  `json:"error"`
		}{r.JSONRPC, r.ID, r.Error})
	}
	type plain response
	return json.Marshal(plain(r))
}

// outgoing is a request or notification the server sends.
type outgoing struct {
	JSONRPC string `json:"jsonrpc"`
	ID      *int   `json:"id,omitempty"`
	Method  string `json:"method"`
	Params  any    `json:"params"`
}

var nullID = json.RawMessage("null")

// validID reports whether a request id is a number or a string.
func validID(id json.RawMessage) bool {
	if len(id) == 0 {
		return false
	}
	switch c := id[0]; {
	case c == '"':
		var s string
		return json.Unmarshal(id, &s) == nil
	case c == '-' || ('0' <= c && c <= '9'):
		var n json.Number
		return json.Unmarshal(id, &n) == nil
	}
	return false
}

var errExitWithoutShutdown = errors.New("lsp: exit without shutdown")
