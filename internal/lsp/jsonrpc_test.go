package lsp

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readAll reads every message of a stream: bodies, and "!" for a skipped
// one, until the stream ends.
func readAll(t *testing.T, stream string) ([]string, error) {
	t.Helper()
	rd := NewReader(strings.NewReader(stream))
	var out []string
	for range 100 {
		body, err := rd.Read()
		var fe *FramingError
		switch {
		case errors.As(err, &fe):
			out = append(out, "!")
		case err != nil:
			return out, err
		default:
			out = append(out, string(body))
		}
	}
	t.Fatal("the reader does not end")
	return nil, nil
}

func frame(body string) string { return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body) }

func TestReader(t *testing.T) {
	tests := []struct {
		name   string
		stream string
		want   []string
		err    error
	}{
		{"two messages", frame(`{"a":1}`) + frame(`{"b":"😀"}`), []string{`{"a":1}`, `{"b":"😀"}`}, io.EOF},
		{"other headers and any case", "content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}", []string{"{}"}, io.EOF},
		{"bare line feeds", "Content-Length: 2\n\n{}", []string{"{}"}, io.EOF},
		{"a blank line between messages", frame("{}") + "\r\n" + frame("[]"), []string{"{}", "[]"}, io.EOF},
		{"no Content-Length, then a good message", "X-Foo: 1\r\n\r\n{\"lost\":1}" + frame("{}"), []string{"!", "{}"}, io.EOF},
		{"a line that is no header", "hello\r\n" + frame("{}"), []string{"!", "{}"}, io.EOF},
		{"a length that is no number", "Content-Length: -3\r\n\r\n" + frame("{}"), []string{"!", "{}"}, io.EOF},
		{"too large: skipped whole", fmt.Sprintf("Content-Length: %d\r\n\r\n", MaxMessageSize+1) + strings.Repeat(" ", MaxMessageSize+1) + frame("{}"), []string{"!", "{}"}, io.EOF},
		{"the stream ends in the body", "Content-Length: 10\r\n\r\n{}", nil, io.ErrUnexpectedEOF},
		{"the stream ends in the header", "Content-Length: 10\r\n", nil, io.ErrUnexpectedEOF},
		{"empty", "", nil, io.EOF},
		// A Content-Length that counts characters instead of bytes.
		{"a length too large: the next messages are kept", "Content-Length: 20\r\n\r\n{\"a\":\"é\"}" + frame("{}") + frame("[]"), []string{`{"a":"é"}`, "{}", "[]"}, io.EOF},
		{"a length too large, then Content-Type first", "Content-Length: 20\r\n\r\n{\"a\":\"é\"}Content-Type: x\r\n" + frame("{}"), []string{`{"a":"é"}`, "{}"}, io.EOF},
		{"a length too small: the next messages are kept", "Content-Length: 5\r\n\r\n{\"a\":\"é\"}" + frame("{}") + frame("[]"), []string{`{"a":`, "{}", "[]"}, io.EOF},
		{"near miss: a value that ends early without a header after it is read whole", "Content-Length: 10\r\n\r\n{} [1,2,3]" + frame("{}"), []string{"{} [1,2,3]", "{}"}, io.EOF},
		{"near miss: braces in strings", frame(`{"a":"}{\"}"}`) + frame("{}"), []string{`{"a":"}{\"}"}`, "{}"}, io.EOF},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readAll(t, tt.stream)
			assert.Equal(t, tt.want, got)
			assert.ErrorIs(t, err, tt.err)
		})
	}
}

func TestWriteMessage(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, WriteMessage(&b, map[string]string{"é": "😀"}))
	assert.Equal(t, "Content-Length: 13\r\n\r\n{\"é\":\"😀\"}", b.String(), "the length counts bytes")
	body, err := NewReader(&b).Read()
	require.NoError(t, err)
	assert.Equal(t, `{"é":"😀"}`, string(body))
}

func TestErrorResponseHasNoResult(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, WriteMessage(&b, response{JSONRPC: "2.0", ID: nullID, Error: &ResponseError{Code: CodeParseError, Message: "x"}}))
	assert.NotContains(t, b.String(), `"result"`)
	b.Reset()
	require.NoError(t, WriteMessage(&b, response{JSONRPC: "2.0", ID: []byte("1")}))
	assert.Contains(t, b.String(), `"result":null`, "a null result is still a result")
}
