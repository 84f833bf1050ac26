package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReadMarkdown: any file reads as a reply or an *Error with a line
// inside the file, never a panic; the body is the file from Offset on,
// and Line counts the lines before it.
func FuzzReadMarkdown(f *testing.F) {
	for _, s := range []string{
		"---\nin_reply_to: |\n  Waar blijft mijn pakket?\nchannel: public\n---\n@sanne Misschien morgen.\n",
		"\ufeff---\nlang: en\n...\nMaybe.",
		"---\r\nkind: statement\r\n---\r\nTekst",
		"---\nchanel: x\n---\n",
		"---\nlang: [nl]\n---\n",
		"---\n: :\n",
		"no front matter\n---\n",
		"---",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ReadMarkdown("r.md", data)
		if err != nil {
			var ie *Error
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is not an *Error", err)
			}
			if ie.Path != "r.md" || !strings.HasPrefix(err.Error(), "r.md") {
				t.Fatalf("error %q does not name the file", err)
			}
			// YAML, like many editors, also ends a line at a lone "\r".
			breaks := bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r")) - bytes.Count(data, []byte("\r\n"))
			if ie.Line < 0 || ie.Line > breaks+1 {
				t.Fatalf("error line %d outside the file", ie.Line)
			}
			return
		}
		if doc.Offset < 0 || doc.Offset > len(data) {
			t.Fatalf("offset %d outside the file of %d bytes", doc.Offset, len(data))
		}
		if doc.Input.Text != string(data[doc.Offset:]) {
			t.Fatalf("the body is not the file from offset %d", doc.Offset)
		}
		// A closing "---" at the very end, without a line feed, has an
		// empty body "after" it: the line below.
		want := bytes.Count(data[:doc.Offset], []byte("\n"))
		if doc.Line != want && !(doc.Offset == len(data) && doc.Line == want+1) {
			t.Fatalf("Line %d, but %d lines before the body", doc.Line, want)
		}
	})
}

// FuzzJSONLReader: any stream reads as records, each a reply or an *Error
// on its own line, never a panic; lines increase, offsets are inside the
// input, and FilePosition maps every offset of a reply into its line.
func FuzzJSONLReader(f *testing.F) {
	for _, s := range []string{
		"{\"id\":1,\"reply\":\"@klant Misschien morgen.\"}\n{\"id\":\"x\",\"reply\":\"caf\\u00e9 \\ud83d\\ude00 \\n ok\"}\n",
		"{\"reply\":\"\\ud800 lone\"}\r\n\n{\"reply\":5}\n{not json\n",
		"{\"reply\":\"a\"} {\"reply\":\"b\"}\n{\"id\":[1],\"reply\":\"c\"}",
		"{\"reply\":\"caf\xe9\"}\n\x00\n",
	} {
		f.Add([]byte(s), 64)
	}
	f.Fuzz(func(t *testing.T, data []byte, maxLine int) {
		maxLine = 1 + (maxLine&0xffff)%4096
		rd := NewReader(bytes.NewReader(data), "r.jsonl", maxLine)
		last := 0
		for range len(data) + 2 {
			rec, err := rd.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				t.Fatalf("Next: %v (a bytes.Reader does not fail)", err)
			}
			if rec.Line <= last {
				t.Fatalf("line %d after line %d", rec.Line, last)
			}
			last = rec.Line
			if rec.Offset < 0 || rec.Offset > int64(len(data)) {
				t.Fatalf("offset %d outside the input", rec.Offset)
			}
			if rec.BadUTF8 >= 0 && (rec.BadUTF8 < rec.Offset || rec.BadUTF8 >= int64(len(data))) {
				t.Fatalf("BadUTF8 %d outside the record's line", rec.BadUTF8)
			}
			if rec.Err != nil {
				var ie *Error
				if !errors.As(rec.Err, &ie) || ie.Line != rec.Line || ie.Path != "r.jsonl" {
					t.Fatalf("record error %v does not name the file and line %d", rec.Err, rec.Line)
				}
				continue
			}
			raw := rec.Raw()
			if !bytes.Equal(data[rec.Offset:rec.Offset+int64(len(raw))], raw) {
				t.Fatalf("Raw is not the line at the record's offset")
			}
			// The one-to-one shortcut for replies without escapes places
			// every byte where the literal's full map does.
			full := *rec
			full.rawOffsets = literalOffsets(raw[rec.replyStart:], len(rec.Input.Text))
			for off := 0; off <= len(rec.Input.Text); off++ {
				if got, want := rec.Place(off), full.Place(off); got != want {
					t.Fatalf("Place(%d) = %+v, the literal's map gives %+v", off, got, want)
				}
			}
			prev := 0
			for off := 0; off <= len(rec.Input.Text); off++ {
				col, fileOff := rec.FilePosition(off)
				if fileOff < rec.Offset || fileOff > rec.Offset+int64(len(raw)) {
					t.Fatalf("FilePosition(%d) = offset %d outside the line", off, fileOff)
				}
				if col < 1 || col > utf8.RuneCount(raw)+1 || col < prev {
					t.Fatalf("FilePosition(%d) = column %d (previous %d)", off, col, prev)
				}
				prev = col
			}
		}
		t.Fatal("more records than bytes")
	})
}

// FuzzJSONLFastPath: the allocation-free reading of a valid record gives
// what the json.Decoder reading gives: the same fields, the same place of
// the reply, the same message for a value of the wrong type.
func FuzzJSONLFastPath(f *testing.F) {
	for _, s := range []string{
		`{"id":1,"reply":"@klant Misschien morgen.","agent":"Anne","date":"2025-03-07"}`,
		`{"id":"x","reply":"caf\u00e9 \ud83d\ude00 \n ok","extra":{"a":[1,"}"]},"reply":"twice"}`,
		`{"reply":5}`, `{"agent":["x"],"reply":"a"}`, `{"reply":null}`, `{"id":true,"reply":"x"}`,
		`{"lang":"de","reply":"x"}`, `{"in_reply_to":null,"reply":"x"}`, " { \"reply\" : \"x\" } ", `{}`,
		"{\"reply\":\"caf\xe9\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		fast := &Record{Line: 1, BadUTF8: -1, raw: line}
		msg, ok := fast.decodeFast("r.jsonl", line)
		if !ok {
			return
		}
		r := &Reader{path: "r.jsonl", line: 1}
		slow := &Record{Line: 1, BadUTF8: -1, raw: line}
		fail := func(format string, args ...any) *Record {
			slow.Err = &Error{Path: "r.jsonl", Line: 1, Msg: fmt.Sprintf(format, args...)}
			return slow
		}
		r.decodeSlow(slow, line, fail)
		if slow.Err != nil {
			if msg != slow.Err.(*Error).Msg {
				t.Fatalf("fast path: %q, decoder: %q", msg, slow.Err.(*Error).Msg)
			}
			return
		}
		if msg != "" {
			t.Fatalf("fast path: %q, decoder: no error", msg)
		}
		if fast.Input != slow.Input || !bytes.Equal(fast.ID, slow.ID) || fast.Agent != slow.Agent ||
			fast.Date != slow.Date || fast.replyStart != slow.replyStart {
			t.Fatalf("fast path read %+v, decoder %+v", fast, slow)
		}
	})
}
