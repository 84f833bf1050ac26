package input

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// warnings returns the warnings of the records as "line: message".
func warnings(recs []*Record) []string {
	var out []string
	for _, r := range recs {
		for _, w := range r.Warnings {
			out = append(out, w.Error())
		}
	}
	return out
}

// TestCSVEncodings: an Excel export in Windows-1252 or UTF-16 reads as the
// text it holds, with one warning naming the file and the encoding; UTF-8
// reads without one.
func TestCSVEncodings(t *testing.T) {
	const text = "Tekst;Klantbericht\n" +
		"1;Waar blijft mijn pakket?\n" +
		"Sorry, wat vervelend! Je pakket komt morgen, ook als het regent. Groet, Anne (webcare);Waar blijft het?\n" +
		"Dank je wel voor je geduld: €5 tegoed staat klaar. Groet, Anne (webcare);Het café was dicht\n"
	cp1252, err := charmap.Windows1252.NewEncoder().String(text)
	require.NoError(t, err)
	utf16le, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
	require.NoError(t, err)
	utf16be, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(text)
	require.NoError(t, err)
	tests := []struct {
		name, src string
		warning   string // "" for none
	}{
		{"UTF-8", text, ""},
		{"UTF-8 with a byte order mark", "\ufeff" + text, ""},
		{"Windows-1252, as Dutch Excel saves CSV", cp1252, "r.csv:4: the file is not UTF-8: read as Windows-1252"},
		{"UTF-16LE with a byte order mark", utf16le, "r.csv:1: the file is UTF-16LE"},
		{"UTF-16BE with a byte order mark", utf16be, "r.csv:1: the file is UTF-16BE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := readCSV(t, tt.src, 1<<20, nil)
			require.NoError(t, err)
			require.Len(t, recs, 3)
			for _, r := range recs {
				require.NoError(t, r.Err)
				assert.Equal(t, int64(-1), r.BadUTF8, "no invalid UTF-8 left")
			}
			assert.Equal(t, "Dank je wel voor je geduld: €5 tegoed staat klaar. Groet, Anne (webcare)", recs[2].Input.Text)
			assert.Equal(t, "Het café was dicht", recs[2].Input.Incoming)
			assert.Equal(t, 4, recs[2].Line)
			w := warnings(recs)
			if tt.warning == "" {
				assert.Empty(t, w)
				return
			}
			require.Len(t, w, 1, "said once")
			assert.True(t, strings.HasPrefix(w[0], tt.warning), w[0])
			// Columns are the file's characters: "café" in the fourth line.
			p := recs[2].Place(strings.Index(recs[2].Input.Text, "€5"))
			assert.Equal(t, 4, p.Line)
			assert.Equal(t, 29, p.Column)
		})
	}
}

// TestCSVEncodingNearMiss: a UTF-8 file with one bad byte after a valid
// character is UTF-8 with a bad byte, not Windows-1252.
func TestCSVEncodingNearMiss(t *testing.T) {
	recs, err := readCSV(t, "reply\nHé daar\nte\x80st\n", 1<<20, nil)
	require.NoError(t, err)
	require.Len(t, recs, 2)
	assert.Equal(t, "Hé daar", recs[0].Input.Text)
	assert.GreaterOrEqual(t, recs[1].BadUTF8, int64(0))
	assert.Empty(t, warnings(recs))
}

// TestCSVUnclosedQuote: a quoted field that is never closed does not
// swallow the rest of the file: it is an error naming its line, and the
// lines after it are read as rows.
func TestCSVUnclosedQuote(t *testing.T) {
	type row struct {
		Line  int
		Text  string
		Error string
	}
	read := func(src string, max int) []row {
		recs, err := readCSV(t, src, max, nil)
		require.NoError(t, err)
		var out []row
		for _, r := range recs {
			x := row{Line: r.Line, Text: r.Input.Text}
			if r.Err != nil {
				x.Text, x.Error = "", r.Err.Error()
				assert.ErrorIs(t, r.Err, ErrUnclosedQuote)
			}
			out = append(out, x)
		}
		return out
	}
	t.Run("the issue's file", func(t *testing.T) {
		got := read("id,reply\n1,\"ok ^Anne\"\n2,\"Wellicht\n3,Hopelijk ^Anne\n4,ok ^Anne\n", 1<<20)
		assert.Equal(t, []row{
			{Line: 2, Text: "ok ^Anne"},
			{Line: 3, Error: "r.csv:3: a quoted field opened on this line is never closed; the 2 lines after it are read as rows, one per line"},
			{Line: 4, Text: "Hopelijk ^Anne"},
			{Line: 5, Text: "ok ^Anne"},
		}, got)
	})
	t.Run("another stray quote after it costs one line", func(t *testing.T) {
		got := read("id,reply\n1,\"a\n2,\"b\n3,c\n", 1<<20)
		assert.Equal(t, []row{
			{Line: 2, Error: "r.csv:2: a quoted field opened on this line is never closed; the 2 lines after it are read as rows, one per line"},
			{Line: 3, Error: "r.csv:3: a quoted field opened on this line is not closed on it; the line is skipped"},
			{Line: 4, Text: "c"},
		}, got)
	})
	t.Run("the last line", func(t *testing.T) {
		got := read("id,reply\n1,ok\n2,\"niet dicht", 1<<20)
		assert.Equal(t, []row{{Line: 2, Text: "ok"}, {Line: 3, Error: "r.csv:3: a quoted field opened on this line is never closed"}}, got)
	})
	t.Run("too long to read again: said, not dropped", func(t *testing.T) {
		got := read("id,reply\n1,\"open\n"+strings.Repeat("2,een regel\n", 20), 64)
		require.Len(t, got, 1)
		assert.Contains(t, got[0].Error, "r.csv:2: a quoted field opened on this line is never closed, and the 21 lines from here to the end of the file are more than 64 bytes")
	})
	t.Run("near miss: a field over lines that is closed", func(t *testing.T) {
		got := read("id,reply\n1,\"Regel een\nregel twee\"\n2,ok\n", 1<<20)
		assert.Equal(t, []row{{Line: 2, Text: "Regel een\nregel twee"}, {Line: 4, Text: "ok"}}, got)
	})
	t.Run("in the header", func(t *testing.T) {
		_, err := readCSV(t, "id,\"reply\n1,x\n", 1<<20, nil)
		assert.EqualError(t, err, "r.csv:1: a quoted field opened in the header row is never closed")
	})
}

// TestCSVStrayQuoteOverLines: when a later quote closes a field that was
// never meant to span lines, the rows it swallowed are pointed out.
func TestCSVStrayQuoteOverLines(t *testing.T) {
	recs, err := readCSV(t, "id,reply\n1,\"Wellicht\n2,Hopelijk\n3,\"ok\nmeer\"\n4,x\n", 1<<20, nil)
	require.NoError(t, err)
	require.Len(t, recs, 2)
	assert.Equal(t, []string{"r.csv:2: a quoted field opened on this line runs to line 5 and holds a stray quote on line 4: if a quote here is not closed, lines 3 to 5 were read as part of this row"},
		warnings(recs))
	// Near miss: escaped quotes in a field over lines are no stray quotes.
	recs, err = readCSV(t, "id,reply\n1,\"Zeg \"\"hoi\"\"\nen \"\"doei\"\"\"\n", 1<<20, nil)
	require.NoError(t, err)
	require.Len(t, recs, 1)
	assert.Empty(t, warnings(recs))
}

// TestCSVMissingColumnErrorIsClipped: a header of 100,000 columns gives
// an error of one readable line.
func TestCSVMissingColumnErrorIsClipped(t *testing.T) {
	cols := make([]string, 100000)
	for i := range cols {
		cols[i] = "kolom" + strings.Repeat("x", i%7*10)
	}
	_, err := readCSV(t, strings.Join(cols, ",")+"\n1\n", 4<<20, nil)
	require.ErrorIs(t, err, ErrColumns)
	assert.Less(t, len(err.Error()), 1000)
	assert.Contains(t, err.Error(), "… 100000 columns in all")
	assert.Contains(t, err.Error(), `"kolomxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…"`, "a long name is cut")
}

// TestJSONLDuplicateKeys: a key given twice is a warning naming the line;
// the last one counts, as encoding/json reads it.
func TestJSONLDuplicateKeys(t *testing.T) {
	recs := readAll(t, `{"id":1,"reply":"Misschien morgen","reply":"Morgen komt hij. ^Anne"}`+"\n"+
		`{"id":2,"reply":"caf\u00e9","lang":"nl","lang":"en"}`+"\n"+
		`{"id":3,"reply":"ok","other":1,"other":2}`+"\n", 1<<20)
	require.Len(t, recs, 3)
	assert.Equal(t, "Morgen komt hij. ^Anne", recs[0].Input.Text)
	assert.Equal(t, []string{`r.jsonl:1: key "reply" given more than once in the record; only the last one is linted`}, warnings(recs[:1]))
	assert.Equal(t, "en", recs[1].Input.Lang)
	assert.Equal(t, []string{`r.jsonl:2: key "lang" given more than once in the record; the last one counts`}, warnings(recs[1:2]))
	assert.Empty(t, warnings(recs[2:]), "keys replylint does not read may repeat")
	bad := readAll(t, `{"reply":"a","reply":5}`+"\n", 1<<20)
	require.Len(t, bad, 1)
	assert.True(t, errors.As(bad[0].Err, new(*Error)))
	assert.Empty(t, bad[0].Warnings, "an error record has no warnings besides its error")
}
