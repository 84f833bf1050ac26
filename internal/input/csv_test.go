package input

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/internal/textpos"
	"github.com/replylint/replylint/tone"
)

func readCSV(t *testing.T, src string, maxRecord int, cols Columns) ([]*Record, error) {
	t.Helper()
	rd := NewCSVReader(strings.NewReader(src), "r.csv", maxRecord, cols)
	var out []*Record
	for {
		rec, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, rec)
	}
}

func TestCSVRecords(t *testing.T) {
	src := "Tweet ID,Created At,Author,Text,Question,Channel,Extra\n" +
		"1,2025-03-07 14:05,Anne,@klant Misschien morgen.,Waar is het?,public,x\n" +
		"\n" +
		"2,2025-03-08,Jimy,\"@sanne Regel één,\nregel \"\"twee\"\"\",,private\n" +
		"3,,,@tom Hi,,tv\n" +
		"4,2025-03-09\n" +
		"\"5\",,  Noor  ,\"@kim Laatste\"\n"
	recs, err := readCSV(t, src, 1<<20, nil)
	require.NoError(t, err)
	require.Len(t, recs, 5)

	r := recs[0]
	require.NoError(t, r.Err)
	assert.Equal(t, 2, r.Line)
	assert.Equal(t, json.RawMessage(`"1"`), r.ID)
	assert.Equal(t, tone.Input{Text: "@klant Misschien morgen.", Incoming: "Waar is het?", Channel: "public"}, r.Input)
	assert.Equal(t, "Anne", r.Agent)
	assert.Equal(t, "2025-03-07 14:05", r.Date)

	r = recs[1]
	require.NoError(t, r.Err, "a quoted field spans lines and holds escaped quotes")
	assert.Equal(t, 4, r.Line, "the empty line is skipped but counted")
	assert.Equal(t, "@sanne Regel één,\nregel \"twee\"", r.Input.Text)
	assert.Equal(t, "private", r.Input.Channel)

	assert.EqualError(t, recs[2].Err, `r.csv:6: channel "tv": want public, private or email`)
	assert.Equal(t, json.RawMessage(`"3"`), recs[2].ID)
	assert.EqualError(t, recs[3].Err, `r.csv:7: row of 2 fields has no reply: the column "Text" is field 4`)

	r = recs[4]
	require.NoError(t, r.Err)
	assert.Equal(t, 8, r.Line)
	assert.Equal(t, json.RawMessage(`"5"`), r.ID)
	assert.Equal(t, "Noor", r.Agent)
	assert.Equal(t, "@kim Laatste", r.Input.Text)
}

func TestCSVHeader(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		cols    string
		want    tone.Input
		agent   string
		wantErr string
	}{
		{name: "defaults", src: "id,reply,agent\n1,Hoi,Anne\n", want: tone.Input{Text: "Hoi"}, agent: "Anne"},
		{name: "a byte order mark and CRLF", src: "\ufeffText,Medewerker\r\nHoi,Anne\r\n", want: tone.Input{Text: "Hoi"}, agent: "Anne"},
		{name: "semicolons, as Dutch Excel writes", src: "antwoord;klantbericht;datum\nHoi, daar;Waar?;07-03-2025\n", want: tone.Input{Text: "Hoi, daar", Incoming: "Waar?"}},
		{name: "tabs", src: "message\tauthor\nHoi\tAnne\n", want: tone.Input{Text: "Hoi"}, agent: "Anne"},
		{name: "named columns", src: "nr,tekst,wie\n1,Hoi,Anne\n", cols: "reply=Tekst, agent=WIE", want: tone.Input{Text: "Hoi"}, agent: "Anne"},
		{name: "numbered columns", src: "a,b,c\n1,Hoi,Anne\n", cols: "reply=2,agent=3", want: tone.Input{Text: "Hoi"}, agent: "Anne"},
		{name: "a named column wins over the default", src: "text,body\nniet,Hoi\n", cols: "reply=body", want: tone.Input{Text: "Hoi"}},
		{name: "no reply column", src: "id,body\n1,Hoi\n",
			wantErr: `r.csv:1: no column holds the reply: want a header named reply, antwoord, answer, reactie, response, tekst, text, message, bericht (the header has "id", "body")`},
		{name: "a named column that is not there", src: "id,body\n1,Hoi\n", cols: "reply=tekst",
			wantErr: `r.csv:1: no column "tekst" for reply (the header has "id", "body")`},
		{name: "a column number out of range", src: "id,body\n1,Hoi\n", cols: "reply=3",
			wantErr: `r.csv:1: column 3 for reply: the header has 2 columns`},
		{name: "the header after empty lines", src: "\n\nreply\nHoi\n", want: tone.Input{Text: "Hoi"}},
		{name: "Dutch Excel: Vraag and Antwoord", src: "Vraag;Antwoord\nWaar?;Hoi\n", want: tone.Input{Text: "Hoi", Incoming: "Waar?"}},
		{name: "Dutch: Klantbericht and Tekst", src: "Klantbericht;Tekst\nWaar?;Hoi\n", want: tone.Input{Text: "Hoi", Incoming: "Waar?"}},
		{name: "English: Question and Answer", src: "Question,Answer\nWhere?,Hi\n", want: tone.Input{Text: "Hi", Incoming: "Where?"}},
		{name: "English in capitals: Message beside Answer is the customer's", src: "MESSAGE,ANSWER\nWhere?,Hi\n", want: tone.Input{Text: "Hi", Incoming: "Where?"}},
		{name: "English: Text and Message", src: "Text,Message\nHi,Where?\n", want: tone.Input{Text: "Hi", Incoming: "Where?"}},
		{name: "Message alone is the reply", src: "id,Message\n1,Hi\n", want: tone.Input{Text: "Hi"}},
		{name: "a column named for one field is not another's default", src: "Message,Text\nWhere?,Hi\n", cols: "in_reply_to=Message", want: tone.Input{Text: "Hi", Incoming: "Where?"}},
		{name: "near miss: Tekstje is no column name", src: "Tekstje\nHoi\n",
			wantErr: `r.csv:1: no column holds the reply: want a header named reply, antwoord, answer, reactie, response, tekst, text, message, bericht (the header has "Tekstje")`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cols Columns
			if tt.cols != "" {
				var err error
				cols, err = ParseColumns(tt.cols)
				require.NoError(t, err)
			}
			recs, err := readCSV(t, tt.src, 1<<20, cols)
			if tt.wantErr != "" {
				require.EqualError(t, err, tt.wantErr)
				assert.ErrorIs(t, err, ErrColumns)
				return
			}
			require.NoError(t, err)
			require.Len(t, recs, 1)
			require.NoError(t, recs[0].Err)
			assert.Equal(t, tt.want, recs[0].Input)
			assert.Equal(t, tt.agent, recs[0].Agent)
		})
	}
}

func TestParseColumns(t *testing.T) {
	c, err := ParseColumns("reply=Tekst, in_reply_to = Vraag ,id=3")
	require.NoError(t, err)
	assert.Equal(t, Columns{"reply": "Tekst", "in_reply_to": "Vraag", "id": "3"}, c)
	assert.Equal(t, "reply=Tekst,in_reply_to=Vraag,id=3", c.String())
	require.NoError(t, c.Set("reply=Body"))
	assert.Equal(t, "Body", c["reply"], "a later pair replaces an earlier one")

	_, err = ParseColumns("antwoord=Tekst")
	assert.EqualError(t, err, `"antwoord=Tekst": unknown field "antwoord" (want reply, in_reply_to, id, agent, date, channel, lang, kind, customer)`)
	_, err = ParseColumns("reply")
	assert.EqualError(t, err, `"reply": want field=column, e.g. reply=Tekst`)
}

func TestCSVEmpty(t *testing.T) {
	for _, src := range []string{"", "\ufeff", "\n\n", "reply\n", "reply\n\n\r\n"} {
		recs, err := readCSV(t, src, 1<<20, nil)
		require.NoError(t, err, "%q", src)
		assert.Empty(t, recs, "%q", src)
	}
}

func TestCSVLongRows(t *testing.T) {
	long := strings.Repeat("a", 200<<10)
	src := "id,reply\n1," + long + "\n2,kort\n3,\"" + long + "\nnog steeds in het veld\"\r\n4,ook kort"
	recs, err := readCSV(t, src, 100<<10, nil)
	require.NoError(t, err)
	require.Len(t, recs, 4)
	assert.EqualError(t, recs[0].Err, "r.csv:2: record longer than 102400 bytes (max_reply_bytes); skipped")
	assert.Equal(t, "kort", recs[1].Input.Text)
	assert.EqualError(t, recs[2].Err, "r.csv:4: record longer than 102400 bytes (max_reply_bytes); skipped")
	assert.Equal(t, "ook kort", recs[3].Input.Text)
	assert.Equal(t, 6, recs[3].Line, "the long quoted field's second line is counted")
}

func TestCSVBadBytes(t *testing.T) {
	// UTF-8 from its first character that is not ASCII: a bad byte later
	// is not Windows-1252 (TestCSVEncodings) but stays as it is.
	recs, err := readCSV(t, "reply\ncafé\ncaf\xe9\nx\x00y\n", 1<<20, nil)
	require.NoError(t, err)
	require.Len(t, recs, 3)
	require.NoError(t, recs[1].Err)
	assert.Equal(t, int64(15), recs[1].BadUTF8)
	assert.Equal(t, "caf\xe9", recs[1].Input.Text, "invalid bytes stay, as in a .txt reply")
	assert.Empty(t, recs[1].Warnings)
	assert.ErrorIs(t, recs[2].Err, ErrBinary)

	_, err = readCSV(t, "re\x00ply\nx\n", 1<<20, nil)
	assert.ErrorIs(t, err, ErrBinary)
}

// TestCSVPlace: a word of the reply is placed at its line and column in
// the file, through quotes, escaped quotes, CRLF and lines of the field.
func TestCSVPlace(t *testing.T) {
	src := "id,reply\r\n" +
		"1,\"@klant \"\"Hoi\"\", 😀 Misschien\r\nmorgen, of Wellicht\"\r\n" +
		"2,@tom Maybe\r\n"
	recs, err := readCSV(t, src, 1<<20, nil)
	require.NoError(t, err)
	require.Len(t, recs, 2)
	r := recs[0]
	require.NoError(t, r.Err)
	assert.Equal(t, "@klant \"Hoi\", 😀 Misschien\nmorgen, of Wellicht", r.Input.Text)

	p := r.Place(strings.Index(r.Input.Text, "Misschien"))
	assert.Equal(t, textpos.Position{Line: 2, Column: 22, ByteColumn: 25, UTF16Column: 23, Offset: strings.Index(src, "Misschien")}, p)
	p = r.Place(strings.Index(r.Input.Text, "Wellicht"))
	assert.Equal(t, textpos.Position{Line: 3, Column: 12, ByteColumn: 12, UTF16Column: 12, Offset: strings.Index(src, "Wellicht")}, p)
	p = r.Place(len(r.Input.Text))
	assert.Equal(t, strings.Index(src, "\"\r\n2,"), p.Offset, "the end of the reply is its closing quote")

	p = recs[1].Place(strings.Index(recs[1].Input.Text, "Maybe"))
	assert.Equal(t, textpos.Position{Line: 4, Column: 8, ByteColumn: 8, UTF16Column: 8, Offset: strings.Index(src, "Maybe")}, p)
}

// TestCSVAgreesWithEncodingCSV: the row scanner splits rows where
// encoding/csv does, over inputs that are hard to split.
func TestCSVAgreesWithEncodingCSV(t *testing.T) {
	for _, body := range []string{
		"1,plain\n2,\"quoted, with comma\"\n",
		"1,\"multi\nline\n\nwith empty line\"\n2,next\n",
		"1,\"escaped \"\" quote\"\n2,\"\"\"\"\n",
		"1,stray \" quote\n2,\"stray \"quote\" inside\"\n",
		"1,\"quote then cr\"\r\n2,\"cr \r inside\"\n3,\"ends \"\r",
		"1,\"unterminated\n2,swallowed\n",
		"\n\r\n1,after empty lines\r\n\r\n2,x",
		"1,\"\"\n2,\n3\n",
		" 1, \"not quoted\"\n",
	} {
		src := "id,reply\n" + body
		recs, err := readCSV(t, src, 1<<20, nil)
		require.NoError(t, err, "%q", body)
		assertAgrees(t, src, recs)
	}
}

// assertAgrees checks records against what encoding/csv reads from the
// whole stream, and each reply's placement against the bytes in the file.
func assertAgrees(t testing.TB, src string, recs []*Record) {
	t.Helper()
	src = strings.TrimPrefix(src, "\ufeff")
	cr := csv.NewReader(strings.NewReader(src))
	cr.FieldsPerRecord, cr.LazyQuotes = -1, true
	header, _, _ := strings.Cut(src, "\n")
	cr.Comma = rune(sniffComma([]byte(header)))
	rows, err := cr.ReadAll()
	require.NoError(t, err)
	require.NotEmpty(t, rows)
	rows = rows[1:]
	// A quoted field never closed is where the reader parts from
	// encoding/csv, which reads it to the end: an error, and the lines
	// after it are read again (TestCSVUnclosedQuote).
	for i, rec := range recs {
		if errors.Is(rec.Err, ErrUnclosedQuote) {
			if len(rows) != i+1 {
				t.Fatalf("record %d: %v, but encoding/csv reads %d rows from %q", i, rec.Err, len(rows), src)
			}
			rows, recs = rows[:i], recs[:i]
			break
		}
	}
	if len(rows) != len(recs) {
		t.Fatalf("%d records, encoding/csv reads %d rows from %q", len(recs), len(rows), src)
	}
	for i, row := range rows {
		rec := recs[i]
		if len(row) < 2 {
			if rec.Err == nil {
				t.Fatalf("row %d %q has no reply but read as %q", i, row, rec.Input.Text)
			}
			continue
		}
		if rec.Err != nil {
			t.Fatalf("row %d %q: %v", i, row, rec.Err)
		}
		if rec.Input.Text != row[1] {
			t.Fatalf("row %d: reply %q, encoding/csv reads %q", i, rec.Input.Text, row[1])
		}
		if len(rec.Input.Text) > 0 && rec.Place(0) == rec.Place(len(rec.Input.Text)) {
			t.Fatalf("row %d: reply %q not placed in %q", i, rec.Input.Text, rec.Raw())
		}
		full := *rec
		full.rawOffsets = fieldOffsets(rec.raw[rec.replyStart:], len(rec.Input.Text), rec.csvComma, rec.csvEOF)
		for off := 0; off <= len(rec.Input.Text); off++ {
			if got, want := rec.Place(off), full.Place(off); got != want {
				t.Fatalf("row %d: Place(%d) = %+v, the field's map gives %+v", i, off, got, want)
			}
		}
		for off := 0; off < len(rec.Input.Text); off++ {
			p := rec.Place(off)
			if src[p.Offset] != rec.Input.Text[off] {
				t.Fatalf("row %d: byte %d of %q placed at %d, on %q", i, off, rec.Input.Text, p.Offset, src[p.Offset])
			}
		}
	}
}

// FuzzCSVReader: any stream after a header reads as the rows encoding/csv
// reads, each reply placed on its bytes in the file; never a panic.
func FuzzCSVReader(f *testing.F) {
	for _, s := range []string{
		"1,plain\n2,\"quoted, \"\"x\"\"\nline\"\r\n",
		"1,stray \" quote\n2,\"a\"b\"\n\n",
		"1,\"cr\r\"\r\n2,\"unterminated",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		if strings.ContainsAny(body, "\x00") || bytes.HasPrefix([]byte(body), bom) {
			return
		}
		src := "id,reply\n" + body
		rd := NewCSVReader(strings.NewReader(src), "r.csv", 1<<20, nil)
		var recs []*Record
		for {
			rec, err := rd.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			recs = append(recs, rec)
		}
		// A file that is not UTF-8 is decoded (Windows-1252, UTF-16) before
		// it is read, so encoding/csv on its raw bytes is no reference:
		// TestCSVEncodings checks those; here they only must not panic or
		// stop the reader.
		if utf8.ValidString(src) {
			assertAgrees(t, src, recs)
		}
	})
}
