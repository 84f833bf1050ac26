package lsp

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strconv"
	"testing"
	"time"
)

// FuzzReader: the framing reader never panics, ends on any input, and
// returns bodies that were in the input, of the length their header said.
func FuzzReader(f *testing.F) {
	for _, s := range []string{
		"Content-Length: 2\r\n\r\n{}",
		"Content-Length: 2\r\n\r\n{}Content-Length: 5\r\n\r\n[1,2]",
		"X: y\r\n\r\n{}Content-Length: 2\r\n\r\n{}",
		"content-length:3\n\n{}}",
		"Content-Length: 99999999999999999999\r\n\r\n",
		"Content-Length: 4\r\n\r\n{",
		"\r\n\r\nContent-Length: 0\r\n\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rd := NewReader(bytes.NewReader(data))
		total := 0
		for n := 0; ; n++ {
			if n > len(data)+1 {
				t.Fatalf("more messages than bytes: the reader does not advance")
			}
			body, err := rd.Read()
			var fe *FramingError
			if errors.As(err, &fe) {
				continue
			}
			if err != nil {
				if err != io.EOF && err != io.ErrUnexpectedEOF {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			total += len(body)
			if total > len(data) {
				t.Fatalf("read %d bytes of bodies from %d bytes", total, len(data))
			}
			if !bytes.Contains(data, body) {
				t.Fatalf("body %q is not in the input", body)
			}
		}
	})
}

// FuzzServer: after a valid initialize, any bytes from the client end in
// a return from Serve, never in a panic or a hang.
func FuzzServer(f *testing.F) {
	for _, s := range []string{
		`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///r.md","languageId":"markdown","version":1,"text":"---\nlang: nl\n---\nMisschien! NIET"}}}`,
		`{"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///r.md"},"range":{"start":{"line":0,"character":0},"end":{"line":9,"character":0}},"context":{"diagnostics":[]}}}`,
		`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///r.md","version":2},"contentChanges":[{"range":{"start":{"line":3,"character":-4},"end":{"line":0,"character":99}},"text":"x"}]}}`,
		`{"jsonrpc":"2.0","id":null,"method":"shutdown"}`,
		`[1,2]`,
		`{"jsonrpc":"2.0","id":{},"method":"x"}`,
	} {
		f.Add([]byte("Content-Length: " + strconv.Itoa(len(s)) + "\r\n\r\n" + s))
	}
	init := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`
	f.Fuzz(func(t *testing.T, data []byte) {
		stream := append([]byte("Content-Length: "+strconv.Itoa(len(init))+"\r\n\r\n"+init), data...)
		done := make(chan error, 1)
		go func() {
			done <- Serve(context.Background(), bytes.NewReader(stream), io.Discard, Options{})
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("the server does not return at the end of its input")
		}
	})
}
