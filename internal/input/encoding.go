package input

import (
	"bufio"
	"bytes"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Encodings a .csv file is read in besides UTF-8, as CSVReader names
// them in its warning.
const (
	EncodingWindows1252 = "Windows-1252"
	EncodingUTF16LE     = "UTF-16LE"
	EncodingUTF16BE     = "UTF-16BE"
)

// sniffer decodes a stream to UTF-8, deciding its encoding as it goes: a
// UTF-16 byte order mark at the start means UTF-16; otherwise the first
// byte that is not ASCII decides, UTF-8 when it starts a valid UTF-8
// character and Windows-1252 (what Excel writes in Western Europe) when
// it does not. Until then the stream is ASCII, the same in both, and is
// passed on as it is.
type sniffer struct {
	src     *bufio.Reader
	decided io.Reader // the stream once the encoding is known
	enc     string    // the encoding assumed, when not UTF-8
	lines   int       // line feeds passed on before the decision
	at      int       // the line the decision was made on
	noted   bool      // the encoding has been reported
	// in counts the bytes read from the stream, out the bytes handed on.
	in  *countingReader
	out int64
}

func newSniffer(r io.Reader) *sniffer {
	in := &countingReader{r: r}
	return &sniffer{src: bufio.NewReaderSize(in, 4<<10), in: in}
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// fileOffset returns the offset in the stream of an offset in what the
// sniffer handed on: the same for UTF-8, else as near as the ratio of the
// bytes read to the bytes handed on tells (exact at the end).
func (d *sniffer) fileOffset(off int64) int64 {
	if d.enc == "" || d.out == 0 {
		return off
	}
	return int64(float64(off) * float64(d.in.n) / float64(d.out))
}

func (d *sniffer) Read(p []byte) (n int, err error) {
	defer func() { d.out += int64(n) }()
	if d.decided != nil {
		return d.decided.Read(p)
	}
	if len(p) == 0 {
		return 0, nil
	}
	head, err := d.src.Peek(1)
	if len(head) == 0 {
		return 0, err
	}
	if d.lines == 0 && (head[0] == 0xff || head[0] == 0xfe) {
		if bom, _ := d.src.Peek(2); bytes.Equal(bom, []byte{0xff, 0xfe}) || bytes.Equal(bom, []byte{0xfe, 0xff}) {
			order, enc := unicode.LittleEndian, EncodingUTF16LE
			if bom[0] == 0xfe {
				order, enc = unicode.BigEndian, EncodingUTF16BE
			}
			// The decoder drops the byte order mark.
			d.decide(enc, transform.NewReader(d.src, unicode.UTF16(order, unicode.ExpectBOM).NewDecoder()))
			return d.decided.Read(p)
		}
	}
	// Pass on the ASCII that is buffered, up to the first other byte.
	b, _ := d.src.Peek(min(len(p), max(1, d.src.Buffered())))
	n = 0
	for n < len(b) && b[n] < utf8.RuneSelf {
		n++
	}
	if n > 0 {
		copy(p, b[:n])
		d.lines += bytes.Count(b[:n], []byte("\n"))
		d.src.Discard(n)
		return n, nil
	}
	// A byte that is not ASCII: valid UTF-8 (or a character cut off by
	// the end of the stream) means UTF-8.
	c, _ := d.src.Peek(utf8.UTFMax)
	if r, size := utf8.DecodeRune(c); (r != utf8.RuneError || size > 1) || !utf8.FullRune(c) {
		d.decide("", d.src)
	} else {
		d.decide(EncodingWindows1252, transform.NewReader(d.src, charmap.Windows1252.NewDecoder()))
	}
	return d.decided.Read(p)
}

func (d *sniffer) decide(enc string, r io.Reader) {
	d.enc, d.decided, d.at = enc, r, d.lines+1
}

// note returns, once, the warning that the stream was not read as UTF-8,
// or nil.
func (d *sniffer) note(path string) *Error {
	if d.enc == "" || d.noted {
		return nil
	}
	d.noted = true
	msg := "the file is not UTF-8: read as " + d.enc + " (as Excel saves CSV in Western Europe); columns count its characters"
	if d.enc != EncodingWindows1252 {
		msg = "the file is " + d.enc + " (it starts with a byte order mark): read as such; columns count its characters"
	}
	return &Error{Path: path, Line: d.at, Msg: msg}
}
