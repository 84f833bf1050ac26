package input

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Columns maps the fields of a record to the columns of a .csv file that
// hold them: a header name, matched without regard to case, spaces or
// hyphens ("Tweet ID" is tweet_id), or a 1-based column number. Fields it
// does not name are found by DefaultColumns.
type Columns map[string]string

// CSVFields are the record fields a .csv column can hold, in the order
// the documentation lists them.
var CSVFields = []string{"reply", "in_reply_to", "id", "agent", "date", "channel", "lang", "kind", "customer"}

// DefaultColumns are, per field, the header names that hold it when
// Columns does not say: the first of them the header has that no other
// field took. The reply is found first, so "Message" is the reply in a
// file without an answer column and the customer's message beside
// "Answer" or "Antwoord".
var DefaultColumns = map[string][]string{
	"reply":       {"reply", "antwoord", "answer", "reactie", "response", "tekst", "text", "message", "bericht"},
	"in_reply_to": {"in_reply_to", "incoming", "klantbericht", "customer_message", "vraag", "question", "message", "bericht"},
	"id":          {"id", "tweet_id"},
	"agent":       {"agent", "author", "medewerker"},
	"date":        {"date", "created_at", "datum"},
	"channel":     {"channel", "kanaal"},
	"lang":        {"lang", "language", "taal"},
	"kind":        {"kind"},
	"customer":    {"customer", "klant"},
}

// ErrColumns is the kind of Error for a .csv header without a column the
// reader needs: no reply column, or a column Columns names that is not
// there.
var ErrColumns = errors.New("column not found")

// ErrUnclosedQuote is the kind of Error for a row whose quoted field is
// never closed.
var ErrUnclosedQuote = errors.New("quoted field not closed")

// ParseColumns parses "reply=Tekst,in_reply_to=Vraag,id=3" into Columns:
// comma-separated field=column pairs, fields from CSVFields.
func ParseColumns(s string) (Columns, error) {
	c := Columns{}
	return c, c.Set(s)
}

// Set adds the pairs of "field=column,…" to c, as ParseColumns reads
// them; a later pair for a field replaces an earlier one.
func (c Columns) Set(s string) error {
	for _, pair := range strings.Split(s, ",") {
		if strings.TrimSpace(pair) == "" {
			continue
		}
		field, col, ok := strings.Cut(pair, "=")
		field, col = strings.TrimSpace(field), strings.TrimSpace(col)
		if !ok || col == "" {
			return fmt.Errorf("%q: want field=column, e.g. reply=Tekst", pair)
		}
		if _, known := DefaultColumns[field]; !known {
			return fmt.Errorf("%q: unknown field %q (want %s)", pair, field, strings.Join(CSVFields, ", "))
		}
		c[field] = col
	}
	return nil
}

// String returns the pairs in CSVFields order, as Set reads them.
func (c Columns) String() string {
	var parts []string
	for _, f := range CSVFields {
		if col, ok := c[f]; ok {
			parts = append(parts, f+"="+col)
		}
	}
	return strings.Join(parts, ",")
}

// headerName folds a header name for matching: lower case, spaces,
// hyphens and dots as underscores.
func headerName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '-', '.':
			return '_'
		}
		return r
	}, s)
}

// CSVReader reads records from a .csv export with a header row, one row
// at a time, in constant memory: a row longer than the limit is an error
// record, and the reader goes on with the next row. Rows are split the
// way encoding/csv splits them with LazyQuotes (a quoted field may span
// lines and hold "" for a quote; a stray quote is kept as it is) and
// their fields are read by encoding/csv; rows may have any number of
// fields. The separator is the one the header row uses most: a comma, a
// semicolon (as Excel writes in Dutch locales) or a tab. A byte order
// mark at the start is skipped.
//
// A file that is not UTF-8 is decoded: UTF-16 with a byte order mark, and
// Windows-1252 (Excel's "CSV" in Western Europe) when the first byte that
// is not ASCII does not start a UTF-8 character. The first record read
// after that carries a warning saying which encoding was assumed. Lines
// and columns (in characters) are those of the file; byte offsets and
// Raw count the text as decoded to UTF-8.
type CSVReader struct {
	br     *bufio.Reader
	sn     *sniffer
	path   string
	max    int
	cols   Columns
	comma  byte
	line   int   // lines read so far
	offset int64 // bytes read so far

	started bool
	index   map[string]int    // field → column index
	names   map[string]string // field → the header's name of its column
	feed    feeder
	cr      *csv.Reader
	fed     int64  // bytes given to cr
	ending  string // the line ending of the last row read, if any
	scratch []byte
	// unclosed is set by readRow when the row ends inside a quoted field:
	// at the end of the stream, or, in lineRows, at the end of its line.
	unclosed bool
	// strayLine is the line of the first stray quote in a quoted field
	// of the row being read, on a later line than its first; 0 if none.
	strayLine int
	// lineRows is set after a quoted field ran to the end of the stream:
	// the lines after it are read again, one row per line, so that one
	// stray quote costs one row and the rereading stays linear.
	lineRows bool
}

// NewCSVReader returns a CSVReader of the .csv stream r, named path in
// errors, that takes rows of up to maxRecord bytes and finds the fields
// in the columns cols names (nil: DefaultColumns).
func NewCSVReader(r io.Reader, path string, maxRecord int, cols Columns) *CSVReader {
	sn := newSniffer(r)
	return &CSVReader{br: bufio.NewReaderSize(sn, 64<<10), sn: sn, path: path, max: maxRecord, cols: cols}
}

// Buffered returns the number of bytes read from the stream but not yet
// returned as records. When it is 0, the next call to Next reads from the
// stream and may wait for it.
func (r *CSVReader) Buffered() int { return r.br.Buffered() }

// Offset returns the number of bytes of the stream that Next has
// returned as records so far: for a file that is not UTF-8, bytes of the
// file as near as the decoding tells (Record offsets count the text as
// decoded).
func (r *CSVReader) Offset() int64 { return r.sn.fileOffset(r.offset) }

// Next returns the next record. The first call reads the header row: a
// header without a reply column, or without a column that Columns names,
// is an *Error wrapping ErrColumns, and the file cannot be read further.
// Next returns io.EOF at the end of the stream (also for an empty one)
// and other errors when reading fails; a row that is not a valid record
// is a Record with Err set, never an error.
func (r *CSVReader) Next() (*Record, error) {
	rec, err := r.next()
	if rec != nil {
		if note := r.sn.note(r.path); note != nil {
			rec.Warnings = append([]*Error{note}, rec.Warnings...)
		}
	}
	return rec, err
}

func (r *CSVReader) next() (*Record, error) {
	if !r.started {
		if err := r.readHeader(); err != nil {
			return nil, err
		}
	}
	for {
		raw, start, line, tooLong, err := r.readRow()
		if err != nil && (err != io.EOF || (len(raw) == 0 && !tooLong)) {
			return nil, err
		}
		if r.unclosed {
			return r.unclosedRow(raw, start, line, tooLong), nil
		}
		if tooLong {
			return &Record{Line: line, Offset: start, BadUTF8: -1, Err: &Error{Path: r.path, Line: line,
				Msg: fmt.Sprintf("record longer than %d bytes (max_reply_bytes); skipped", r.max)}}, nil
		}
		if rec := r.parse(raw, start, line); rec != nil {
			if r.strayLine > 0 && rec.Err == nil {
				last := r.line // the row's last line
				if r.ending == "" {
					last++
				}
				rec.Warnings = append(rec.Warnings, &Error{Path: r.path, Line: line, Msg: fmt.Sprintf(
					"a quoted field opened on this line runs to line %d and holds a stray quote on line %d: if a quote here is not closed, lines %d to %d were read as part of this row",
					last, r.strayLine, line+1, last)})
			}
			return rec, nil
		}
	}
}

// unclosedRow makes the error record of a row whose quoted field is
// never closed, and has the lines after the row's first line read again
// as rows: with LazyQuotes the field would swallow the rest of the file.
func (r *CSVReader) unclosedRow(raw []byte, start int64, line int, tooLong bool) *Record {
	r.unclosed = false
	rec := &Record{Line: line, Offset: start, BadUTF8: -1}
	fail := func(format string, args ...any) *Record {
		rec.Err = &Error{Path: r.path, Line: line, Msg: fmt.Sprintf(format, args...), Err: ErrUnclosedQuote}
		return rec
	}
	if r.lineRows {
		return fail("a quoted field opened on this line is not closed on it; the line is skipped")
	}
	if tooLong {
		return fail("a quoted field opened on this line is never closed, and the %d lines from here to the end of the file are more than %d bytes (max_reply_bytes) to read again as rows; not linted",
			r.line-line+1, r.max)
	}
	first := bytes.IndexByte(raw, '\n')
	if first < 0 {
		return fail("a quoted field opened on this line is never closed")
	}
	rest := raw[first+1:]
	n := bytes.Count(rest, []byte("\n"))
	if len(rest) > 0 && rest[len(rest)-1] != '\n' {
		n++
	}
	// The stream has ended: read what follows the first line from memory.
	r.br = bufio.NewReaderSize(bytes.NewReader(rest), 64<<10)
	r.offset = start + int64(first+1)
	r.line = line
	r.lineRows = true
	return fail("a quoted field opened on this line is never closed; the %d lines after it are read as rows, one per line", n)
}

// readHeader reads the header row, picks the separator and finds the
// columns of the fields.
func (r *CSVReader) readHeader() error {
	r.started = true
	raw, _, line, tooLong, err := r.readRow()
	if err != nil && (err != io.EOF || len(raw) == 0) && !tooLong {
		return err
	}
	fail := func(kind error, format string, args ...any) error {
		return &Error{Path: r.path, Line: line, Msg: fmt.Sprintf(format, args...), Err: kind}
	}
	switch {
	case r.unclosed:
		return fail(nil, "a quoted field opened in the header row is never closed")
	case tooLong:
		return fail(nil, "header row longer than %d bytes (max_reply_bytes)", r.max)
	case bytes.IndexByte(raw, 0) >= 0:
		return fail(ErrBinary, "NUL bytes in the header row: not a text file; skipped")
	}
	header, _ := r.fields(raw)
	names := make([]string, len(header))
	for i, h := range header {
		names[i] = headerName(h)
	}
	r.index, r.names = map[string]int{}, map[string]string{}
	taken := map[int]bool{}
	// The columns named first, then the others by their default names,
	// each column for one field.
	for _, field := range CSVFields {
		if _, named := r.cols[field]; named {
			continue
		}
		for _, d := range DefaultColumns[field] {
			if i := indexOf(names, d); i >= 0 && !taken[i] && !r.namedColumn(names, i) {
				r.index[field], r.names[field] = i, header[i]
				taken[i] = true
				break
			}
		}
	}
	for _, field := range CSVFields {
		want, named := r.cols[field]
		if !named {
			continue
		}
		i := indexOf(names, headerName(want))
		if n, err := strconv.Atoi(want); err == nil && i < 0 {
			if n < 1 || n > len(header) {
				return fail(ErrColumns, "column %d for %s: the header has %d columns", n, field, len(header))
			}
			i = n - 1
		}
		if i < 0 {
			return fail(ErrColumns, "no column %q for %s (the header has %s)", want, field, quoteList(header))
		}
		r.index[field], r.names[field] = i, header[i]
	}
	if _, ok := r.index["reply"]; !ok {
		return fail(ErrColumns, "no column holds the reply: want a header named %s (the header has %s)",
			strings.Join(DefaultColumns["reply"], ", "), quoteList(header))
	}
	return nil
}

// namedColumn reports whether Columns names column i for some field.
func (r *CSVReader) namedColumn(names []string, i int) bool {
	for _, want := range r.cols {
		if indexOf(names, headerName(want)) == i {
			return true
		}
		if n, err := strconv.Atoi(want); err == nil && n == i+1 && indexOf(names, headerName(want)) < 0 {
			return true
		}
	}
	return false
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// quoteList lists a header's names for an error message: quoted, each
// cut to 40 characters, and at most 12 of them, so that a header of 100,000
// columns is one readable line.
func quoteList(list []string) string {
	const most, width = 12, 40
	if len(list) == 0 {
		return "no columns"
	}
	q := make([]string, 0, min(len(list), most)+1)
	for _, s := range list[:min(len(list), most)] {
		if utf8.RuneCountInString(s) > width {
			s = string([]rune(s)[:width]) + "…"
		}
		q = append(q, strconv.Quote(s))
	}
	if len(list) > most {
		q = append(q, fmt.Sprintf("… %d columns in all", len(list)))
	}
	return strings.Join(q, ", ")
}

// Row scanning states: where the scanner is in a row, as encoding/csv
// with LazyQuotes reads it.
const (
	atFieldStart = iota
	inUnquoted   // in a field that does not start with a quote
	inQuoted     // in a quoted field
	afterQuote   // a quote in a quoted field: the end, "" or a stray quote
	afterQuoteCR // a quote and a carriage return: the end if a line feed follows
	rowEnded     // a line feed outside quotes
)

// readRow reads the bytes of the next row, skipping empty lines, into a
// fresh slice without the row's final line ending. The first row of the
// stream sets the separator. When the row is longer than the limit it
// skips the rest of it and reports tooLong.
func (r *CSVReader) readRow() (raw []byte, start int64, line int, tooLong bool, err error) {
	buf := r.scratch[:0]
	r.strayLine = 0
	state := atFieldStart
	for {
		chunk, e := r.br.ReadSlice('\n')
		if len(buf) == 0 && !tooLong && state == atFieldStart {
			// Before a row: skip empty lines, and the byte order mark.
			if r.offset == 0 && bytes.HasPrefix(chunk, bom) {
				r.offset += int64(len(bom))
				chunk = chunk[len(bom):]
			}
			if e == nil && (len(chunk) == 1 || (len(chunk) == 2 && chunk[0] == '\r')) {
				r.offset += int64(len(chunk))
				r.line++
				continue
			}
			start, line = r.offset, r.line+1
			if r.comma == 0 {
				r.comma = sniffComma(chunk)
			}
		}
		r.offset += int64(len(chunk))
		if len(chunk) > 0 && chunk[len(chunk)-1] == '\n' {
			r.line++
		}
		var stray bool
		state, stray = scanRow(chunk, state, r.comma)
		if stray && r.strayLine == 0 {
			at := r.line + 1 // the chunk's line
			if len(chunk) > 0 && chunk[len(chunk)-1] == '\n' {
				at-- // its line feed is counted already
			}
			if at > line {
				// A stray quote in a quoted field on a later line than
				// the row's first: a sign that a quote there was never
				// closed.
				r.strayLine = at
			}
		}
		if !tooLong {
			if len(buf)+len(chunk) > r.max+2 { // room for "\r\n"
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if e == nil && r.lineRows && state == inQuoted {
			r.unclosed = true
			break
		}
		if e == bufio.ErrBufferFull || (e == nil && state != rowEnded) {
			continue
		}
		if e != nil && e != bufio.ErrBufferFull {
			err = e
			if e == io.EOF && state == inQuoted && !(len(buf) == 0 && !tooLong) {
				r.unclosed = true
			}
		}
		break
	}
	// A row ends at a line feed outside quotes, which is not part of it;
	// at the end of the stream a quoted field may hold the last one.
	r.ending = ""
	if state == rowEnded {
		r.ending = "\n"
		if bytes.HasSuffix(buf, []byte("\r\n")) {
			r.ending = "\r\n"
		}
		if !tooLong {
			buf = buf[:len(buf)-len(r.ending)]
		}
	}
	if len(buf) > r.max {
		tooLong = true
	}
	if cap(buf) <= 64<<10 {
		r.scratch = buf[:0]
		raw = bytes.Clone(buf)
	} else {
		raw = buf
		r.scratch = nil
	}
	return raw, start, line, tooLong, err
}

// scanRow advances the row scanner over a chunk of a line and returns the
// state after it: rowEnded when the chunk ends the row.
func scanRow(chunk []byte, state int, comma byte) (int, bool) {
	stray := false
	for _, c := range chunk {
		if state == afterQuoteCR {
			if c == '\n' {
				return rowEnded, stray
			}
			state = inQuoted // the quote and \r were text
		}
		switch state {
		case atFieldStart:
			switch c {
			case '"':
				state = inQuoted
			case comma:
			case '\n':
				return rowEnded, stray
			default:
				state = inUnquoted
			}
		case inUnquoted:
			switch c {
			case comma:
				state = atFieldStart
			case '\n':
				return rowEnded, stray
			}
		case inQuoted:
			if c == '"' {
				state = afterQuote
			}
		case afterQuote:
			switch c {
			case '"':
				state = inQuoted
			case comma:
				state = atFieldStart
			case '\n':
				return rowEnded, stray
			case '\r':
				state = afterQuoteCR
			default:
				state, stray = inQuoted, true // a stray quote, kept as text
			}
		}
	}
	return state, stray
}

// sniffComma returns the separator the header line uses most outside
// quotes: a comma, a semicolon or a tab; a comma when it has none.
func sniffComma(line []byte) byte {
	counts := map[byte]int{}
	quoted := false
	for _, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case !quoted && (c == ',' || c == ';' || c == '\t'):
			counts[c]++
		}
	}
	best := byte(',')
	for _, c := range []byte{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}

// feeder hands encoding/csv one row at a time.
type feeder struct{ b []byte }

func (f *feeder) Read(p []byte) (int, error) {
	if len(f.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, f.b)
	f.b = f.b[n:]
	return n, nil
}

// fields reads the fields of one row with encoding/csv. It returns the
// fields and the byte offset of each in raw.
func (r *CSVReader) fields(raw []byte) ([]string, error) {
	if r.cr == nil || r.fed != r.cr.InputOffset() {
		// A fresh reader: also after a row encoding/csv split otherwise
		// than the scanner, so one odd row does not shift the next.
		r.cr = csv.NewReader(&r.feed)
		r.cr.Comma = rune(r.comma)
		r.cr.FieldsPerRecord = -1
		r.cr.LazyQuotes = true
		r.cr.ReuseRecord = true
		r.fed = 0
	}
	r.feed.b = append(append(r.feed.b[:0], raw...), r.ending...)
	r.fed += int64(len(r.feed.b))
	return r.cr.Read()
}

// fieldStart returns the offset in raw where field i of the row just read
// starts.
func (r *CSVReader) fieldStart(raw []byte, i int) int {
	first, _ := r.cr.FieldPos(0)
	line, col := r.cr.FieldPos(i)
	off := 0
	for range line - first {
		j := bytes.IndexByte(raw[off:], '\n')
		if j < 0 {
			return 0
		}
		off += j + 1
	}
	return min(off+col-1, len(raw))
}

// parse makes a record of a row, or returns nil for a row with no
// fields.
func (r *CSVReader) parse(raw []byte, start int64, line int) *Record {
	rec := &Record{Line: line, Offset: start, BadUTF8: -1, raw: raw, csvComma: r.comma, csvEOF: r.ending == ""}
	fail := func(kind error, format string, args ...any) *Record {
		rec.Err = &Error{Path: r.path, Line: line, Msg: fmt.Sprintf(format, args...), Err: kind}
		rec.raw = nil
		return rec
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return fail(ErrBinary, "NUL byte at byte %d: not a text record", start+int64(i))
	}
	if i := InvalidUTF8(raw); i >= 0 {
		rec.BadUTF8 = start + int64(i)
	}
	fields, err := r.fields(raw)
	if err == io.EOF {
		return nil
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fail(nil, "not a CSV row: %v", err)
	}
	get := func(field string) (string, bool) {
		i, ok := r.index[field]
		if !ok || i >= len(fields) {
			return "", false
		}
		return fields[i], true
	}
	// The id first, so that an error record carries it too.
	if v, _ := get("id"); strings.TrimSpace(v) != "" {
		rec.ID, _ = json.Marshal(strings.TrimSpace(v))
	}
	v, _ := get("agent")
	rec.Agent = strings.TrimSpace(v)
	v, _ = get("date")
	rec.Date = strings.TrimSpace(v)
	col := r.index["reply"]
	if col >= len(fields) {
		return fail(nil, "row of %d fields has no reply: the column %q is field %d", len(fields), r.names["reply"], col+1)
	}
	rec.Input.Text = fields[col]
	rec.replyStart = r.fieldStart(raw, col)
	for _, field := range Keys {
		if v, ok := get(field); ok {
			if err := set(&rec.Input, field, v); err != nil {
				return fail(nil, "%s", err.Error())
			}
		}
	}
	return rec
}

// fieldOffsets maps each byte offset of a field as encoding/csv reads it
// (and its end) to the offset in the field as it stands in the file: a
// quoted field's "" is one quote, and "\r\n" reads as "\n". It returns a
// map of one entry when the field does not decode to decodedLen bytes.
func fieldOffsets(lit []byte, decodedLen int, comma byte, atEOF bool) []int {
	out := make([]int, 0, decodedLen+1)
	// lineEnd reports a line ending or the end of the row at i; at the end
	// of the stream, encoding/csv drops a last carriage return.
	lineEnd := func(i int) bool {
		return i >= len(lit) || lit[i] == '\n' || (lit[i] == '\r' && ((i+1 == len(lit) && atEOF) || (i+1 < len(lit) && lit[i+1] == '\n')))
	}
	i := 0
	if len(lit) > 0 && lit[0] == '"' {
		for i = 1; i < len(lit); {
			switch {
			case lit[i] == '"' && i+1 < len(lit) && lit[i+1] == '"':
				out = append(out, i)
				i += 2
				continue
			case lit[i] == '"' && (lineEnd(i+1) || lit[i+1] == comma):
				// the closing quote
			case lit[i] == '\r' && i+1 < len(lit) && lit[i+1] == '\n':
				i++ // "\r\n" reads as "\n"
				continue
			case lit[i] == '\r' && i+1 == len(lit) && atEOF:
				// a carriage return at the end of the stream is dropped
			default:
				out = append(out, i)
				i++
				continue
			}
			break
		}
	} else {
		for ; i < len(lit) && lit[i] != comma && !lineEnd(i); i++ {
			out = append(out, i)
		}
	}
	out = append(out, i)
	if len(out) != decodedLen+1 {
		return []int{0}
	}
	return out
}
