package input

import (
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

func TestFrontMatterAgentAndDate(t *testing.T) {
	doc, err := ReadMarkdown("r.md", []byte("---\nlang: nl\nagent: Noor\ndate: 2025-03-07\n---\nHoi\n"))
	require.NoError(t, err)
	assert.Equal(t, "Noor", doc.Agent)
	assert.Equal(t, "2025-03-07", doc.Date)
	assert.Equal(t, 4, doc.DateLine, "the file's line of the date key")
	assert.Equal(t, tone.Input{Text: "Hoi\n", Lang: "nl"}, doc.Input, "agent and date are no lint context")
	_, err = ReadMarkdown("r.md", []byte("---\nagent: [Noor, Sam]\n---\nHoi\n"))
	require.EqualError(t, err, "r.md:2: front matter agent: want a string")
}

func TestReadMarkdown(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		want    tone.Input
		line    int
		wantErr string
	}{
		{
			name: "no front matter is all reply",
			src:  "@klant Je pakket komt morgen. ^Anne\n",
			want: tone.Input{Text: "@klant Je pakket komt morgen. ^Anne\n"},
		},
		{
			name: "front matter sets the context and the body starts after it",
			src:  "---\nin_reply_to: Waar blijft mijn pakket?\nchannel: Public\nlang: nl\nkind: holding\ncustomer: sanne\n---\n@sanne Ik zoek het uit. ^Anne\n",
			want: tone.Input{Text: "@sanne Ik zoek het uit. ^Anne\n", Incoming: "Waar blijft mijn pakket?",
				Channel: "public", Lang: "nl", Kind: "holding", Customer: "sanne"},
			line: 7,
		},
		{
			name: "a block scalar holds a multi-line message",
			src:  "---\nin_reply_to: |\n  Hoi,\n  waar blijft mijn pakket?\n---\nHoi!\n",
			want: tone.Input{Text: "Hoi!\n", Incoming: "Hoi,\nwaar blijft mijn pakket?\n"},
			line: 5,
		},
		{
			name: "empty front matter",
			src:  "---\n---\nHoi\n",
			want: tone.Input{Text: "Hoi\n"},
			line: 2,
		},
		{
			name: "CRLF line endings and a closing ...",
			src:  "---\r\nlang: en\r\n...\r\nHi there\r\n",
			want: tone.Input{Text: "Hi there\r\n", Lang: "en"},
			line: 3,
		},
		{
			name: "lang auto is detection",
			src:  "---\nlang: auto\n---\nHoi\n",
			want: tone.Input{Text: "Hoi\n"},
			line: 3,
		},
		{
			name: "null is no value",
			src:  "---\ncustomer:\n---\nHoi\n",
			want: tone.Input{Text: "Hoi\n"},
			line: 3,
		},
		{
			name:    "unknown key names its line",
			src:     "---\nchannel: public\nauthor: anne\n---\nHoi\n",
			wantErr: `r.md:3: unknown front matter key "author" (want in_reply_to, channel, lang, kind, customer, agent, date)`,
		},
		{
			name:    "unclosed front matter names the opening line",
			src:     "---\nchannel: public\nHoi\n",
			wantErr: `r.md:1: front matter opened here is never closed with a "---" line`,
		},
		{
			name:    "a value out of range",
			src:     "---\n\nkind: tweet\n---\nHoi\n",
			wantErr: `r.md:3: front matter kind "tweet": want reply, holding or statement`,
		},
		{
			name:    "a list where a string belongs",
			src:     "---\ncustomer: [a, b]\n---\nHoi\n",
			wantErr: `r.md:2: front matter customer: want a string`,
		},
		{
			name:    "a key given twice",
			src:     "---\nlang: nl\nlang: en\n---\nHoi\n",
			wantErr: `r.md:3: front matter key "lang" given twice`,
		},
		{
			name:    "not a mapping",
			src:     "---\n- lang\n---\nHoi\n",
			wantErr: `r.md:2: front matter: want key: value lines`,
		},
		{
			name:    "a YAML syntax error has the file's line",
			src:     "---\nlang: nl\nin_reply_to: \"open\n---\nHoi\n",
			wantErr: `r.md:3: front matter: found unexpected end of stream`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ReadMarkdown("r.md", []byte(tt.src))
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				var ie *Error
				assert.True(t, errors.As(err, &ie))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, doc.Input)
			assert.Equal(t, tt.line, doc.Line)
			assert.Equal(t, tt.src[doc.Offset:], doc.Input.Text, "Offset is where the body starts")
			assert.Equal(t, tt.line, strings.Count(tt.src[:doc.Offset], "\n"), "Line counts the lines before the body")
		})
	}
}

func TestReadDocument(t *testing.T) {
	doc, err := ReadDocument("r.txt", []byte("\ufeff---\nlang: en\n---\nHoi"))
	require.NoError(t, err)
	assert.Equal(t, "---\nlang: en\n---\nHoi", doc.Input.Text, "a .txt file has no front matter")
	assert.Equal(t, 3, doc.Offset, "the byte order mark is not part of the reply")

	doc, err = ReadDocument("r.md", []byte("\ufeff---\nlang: en\n---\nHoi"))
	require.NoError(t, err)
	assert.Equal(t, "Hoi", doc.Input.Text)
	assert.Equal(t, "en", doc.Input.Lang)

	_, err = ReadDocument("r.jsonl", nil)
	require.Error(t, err)
}

func readAll(t *testing.T, src string, maxLine int) []*Record {
	t.Helper()
	rd := NewReader(strings.NewReader(src), "r.jsonl", maxLine)
	var out []*Record
	for {
		rec, err := rd.Next()
		if err == io.EOF {
			return out
		}
		require.NoError(t, err)
		out = append(out, rec)
	}
}

func TestReaderRecords(t *testing.T) {
	src := `{"id": 1, "reply": "@klant Misschien morgen.", "channel": "private", "lang": "NL", "kind": "reply", "customer": "sanne", "in_reply_to": "Waar is het?"}

{"id": "a-2", "reply": "Hoi", "author": {"name": "x"}, "tags": [1, 2], "in_reply_to": null}
{"reply": 42}
{"reply": "Hoi"
[1, 2]
{"id": true, "reply": "Hoi"}
{"id": 3}
{"id": 4, "reply": "Hoi", "lang": "de"}
{"id": 5, "reply": "Hoi"} {"id": 6}
{"id": 7, "reply": null}
{"id": 8, "channel": 1, "reply": "Hoi"}
  {"id": 9, "reply": "laatste"}  `
	recs := readAll(t, src, 1<<20)
	require.Len(t, recs, 12)

	r := recs[0]
	require.NoError(t, r.Err)
	assert.Equal(t, 1, r.Line)
	assert.Equal(t, json.RawMessage("1"), r.ID)
	assert.Equal(t, tone.Input{Text: "@klant Misschien morgen.", Incoming: "Waar is het?", Channel: "private", Lang: "nl", Kind: "reply", Customer: "sanne"}, r.Input)

	r = recs[1]
	require.NoError(t, r.Err, "unknown keys, nested values and null are fine")
	assert.Equal(t, 3, r.Line, "blank lines are skipped but counted")
	assert.Equal(t, json.RawMessage(`"a-2"`), r.ID)
	assert.Equal(t, "Hoi", r.Input.Text)

	wantErr := []struct {
		line int
		msg  string
	}{
		{4, "reply: want a string, got a number"},
		{5, "not a JSON object: unexpected end of line"},
		{6, "not a JSON object"},
		{7, "id: want a string or a number, got a boolean"},
		{8, `no "reply" in the record`},
		{9, `lang "de": want nl, en or auto`},
		{10, "more than one JSON value on the line"},
		{11, "reply: want a string, got null"},
		{12, "channel: want a string, got a number"},
	}
	for i, w := range wantErr {
		r := recs[2+i]
		require.Error(t, r.Err, "line %d", w.line)
		assert.Equal(t, w.line, r.Line)
		assert.Contains(t, r.Err.Error(), "r.jsonl:"+itoa(w.line)+": "+w.msg)
	}
	last := recs[11]
	require.NoError(t, last.Err, "a last line without line feed, with spaces around")
	assert.Equal(t, "laatste", last.Input.Text)
	assert.Equal(t, 13, last.Line)
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestReaderLongLines(t *testing.T) {
	long := `{"id": 1, "reply": "` + strings.Repeat("a", 200<<10) + `"}`
	src := long + "\n" + `{"id": 2, "reply": "kort"}` + "\n" + long + "\r\n" + `{"id": 3, "reply": "ook kort"}`
	recs := readAll(t, src, 100<<10)
	require.Len(t, recs, 4)
	assert.ErrorContains(t, recs[0].Err, "r.jsonl:1: record longer than 102400 bytes")
	assert.Equal(t, "kort", recs[1].Input.Text)
	assert.Equal(t, int64(len(long)+1), recs[1].Offset)
	assert.ErrorContains(t, recs[2].Err, "r.jsonl:3: record longer than")
	assert.Equal(t, "ook kort", recs[3].Input.Text)
	assert.Equal(t, 4, recs[3].Line)

	// A line of exactly the limit is read; a record far above the reader's
	// buffer is read whole when the limit allows.
	recs = readAll(t, long, len(long))
	require.Len(t, recs, 1)
	require.NoError(t, recs[0].Err)
	assert.Len(t, recs[0].Input.Text, 200<<10)
}

func TestReaderBadBytes(t *testing.T) {
	recs := readAll(t, "{\"reply\": \"caf\xe9\"}\n\x00\x00\n", 1<<20)
	require.Len(t, recs, 2)
	require.NoError(t, recs[0].Err)
	assert.Equal(t, int64(14), recs[0].BadUTF8)
	assert.Equal(t, "caf\uFFFD", recs[0].Input.Text, "invalid bytes read as U+FFFD")
	assert.ErrorIs(t, recs[1].Err, ErrBinary)
}

func TestFilePosition(t *testing.T) {
	tests := []struct {
		name  string
		line  string
		reply string // the decoded reply, to find the word in
		word  string
	}{
		{"plain", `{"id": 1, "reply": "@klant Misschien morgen."}`, "", "Misschien"},
		{"after escapes", `{"reply": "Hoi\n\"jij\"\t\u00e9 \/ Misschien"}`, "", "Misschien"},
		{"after a surrogate pair", `{"reply": "\ud83d\ude00 Misschien"}`, "", "Misschien"},
		{"after a lone surrogate", `{"reply": "\ud83d Misschien"}`, "", "Misschien"},
		{"after multi-byte characters", `{"reply": "Café ☕ Misschien"}`, "", "Misschien"},
		{"after invalid UTF-8", "{\"reply\": \"caf\xe9 Misschien\"}", "", "Misschien"},
		{"the reply after other keys with escapes", `{"in_reply_to": "a\"b", "reply": "x Misschien"}`, "", "Misschien"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := readAll(t, tt.line, 1<<20)
			require.Len(t, recs, 1)
			r := recs[0]
			require.NoError(t, r.Err)
			off := strings.Index(r.Input.Text, tt.word)
			require.GreaterOrEqual(t, off, 0)
			raw := strings.LastIndex(tt.line, tt.word)
			col, fileOff := r.FilePosition(off)
			assert.Equal(t, int64(raw), fileOff)
			assert.Equal(t, utf8.RuneCountInString(tt.line[:raw])+1, col)
			// The end of the reply is the closing quote.
			_, end := r.FilePosition(len(r.Input.Text))
			assert.Equal(t, int64(strings.LastIndex(tt.line, `"`)), end)
		})
	}
}

func TestCheckValue(t *testing.T) {
	v, err := CheckValue("channel", " Email ")
	require.NoError(t, err)
	assert.Equal(t, "email", v)
	v, err = CheckValue("lang", "AUTO")
	require.NoError(t, err)
	assert.Equal(t, "", v)
	_, err = CheckValue("kind", "tweet")
	assert.EqualError(t, err, `kind "tweet": want reply, holding or statement`)
	v, err = CheckValue("customer", " Sanne ")
	require.NoError(t, err)
	assert.Equal(t, " Sanne ", v, "free text stays as it is")
}

func TestDefaults(t *testing.T) {
	in := Defaults(tone.Input{Text: "x", Lang: "en"}, tone.Input{Text: "ignored", Lang: "nl", Channel: "private", Incoming: "m"})
	assert.Equal(t, tone.Input{Text: "x", Lang: "en", Channel: "private", Incoming: "m"}, in)
}

func TestInvalidUTF8(t *testing.T) {
	assert.Equal(t, -1, InvalidUTF8([]byte("café ☕")))
	assert.Equal(t, 3, InvalidUTF8([]byte("caf\xe9")))
	assert.Equal(t, 0, InvalidUTF8([]byte("\xff")))
}

func TestReaderAgentAndDate(t *testing.T) {
	src := `{"id": 1, "reply": "Hoi", "agent": "Anne", "date": "2025-03-07T14:05:00+01:00", "author": {"x": 1}}
{"id": 2, "reply": "Hoi", "agent": null, "date": null}
{"id": 3, "reply": "Hoi", "agent": 5}
{"id": 4, "reply": "Hoi", "date": ["2025"]}
` + "\ufeff" + `{"id": 5, "reply": "not at the start: a BOM is no white space"}`
	recs := readAll(t, src, 1<<20)
	require.Len(t, recs, 5)
	require.NoError(t, recs[0].Err)
	assert.Equal(t, "Anne", recs[0].Agent)
	assert.Equal(t, "2025-03-07T14:05:00+01:00", recs[0].Date)
	require.NoError(t, recs[1].Err, "null is no agent")
	assert.Empty(t, recs[1].Agent)
	assert.EqualError(t, recs[2].Err, "r.jsonl:3: agent: want a string, got a number")
	assert.EqualError(t, recs[3].Err, "r.jsonl:4: date: want a string, got an array")
	assert.Error(t, recs[4].Err)
}

func TestReaderByteOrderMark(t *testing.T) {
	recs := readAll(t, "\ufeff{\"id\": 1, \"reply\": \"@klant Misschien.\"}\r\n{\"id\": 2, \"reply\": \"Wellicht.\"}\r\n", 1<<20)
	require.Len(t, recs, 2)
	require.NoError(t, recs[0].Err)
	assert.Equal(t, int64(3), recs[0].Offset, "the record starts after the mark")
	p := recs[0].Place(strings.Index(recs[0].Input.Text, "Misschien"))
	assert.Equal(t, textpos.Position{Line: 1, Column: 28, ByteColumn: 28, UTF16Column: 28, Offset: 3 + 27}, p, "columns do not count the mark")
	require.NoError(t, recs[1].Err)
	assert.Equal(t, 2, recs[1].Line)
	assert.Equal(t, "{\"id\": 2, \"reply\": \"Wellicht.\"}", string(recs[1].Raw()), "no \\r")
}

func TestIDText(t *testing.T) {
	assert.Equal(t, "a1", IDText([]byte(`"a1"`)))
	assert.Equal(t, "12", IDText([]byte(`12`)))
	assert.Equal(t, "", IDText(nil))
}
