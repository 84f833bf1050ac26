package report

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// TestAppendFileJSON: the hand-written encoding of a file object is
// encoding/json's, compact and indented, for every reply of the labelled
// corpus as a .jsonl record and as a .md file, and for error records.
func TestAppendFileJSON(t *testing.T) {
	var files []*File
	for _, name := range []string{"replies.jsonl", "exchanges.jsonl"} {
		path := filepath.Join("..", "..", "testdata", "corpus", name)
		f, err := os.Open(path)
		require.NoError(t, err)
		rd := input.NewReader(bufio.NewReader(f), path, 1<<20)
		for {
			rec, err := rd.Next()
			if err != nil {
				break
			}
			require.NoError(t, rec.Err)
			res := lint.Lint(rec.Input, nil)
			files = append(files, Record(path, rec, res))
			md := "---\nchannel: public\n---\n" + rec.Input.Text
			doc, err := input.ReadDocument("r.md", []byte(md))
			require.NoError(t, err)
			files = append(files, Document("r.md", doc, lint.Lint(doc.Input, nil)))
		}
		f.Close()
	}
	files = append(files,
		Failure("r.jsonl", &input.Record{Line: 3, ID: []byte(`"x<3>"`)}, &input.Error{Path: "r.jsonl", Line: 3, Msg: "not a JSON object: \"x\"\n\t\u2028"}),
		Failure("a.txt", nil, errors.New("a.txt: no such file or directory")),
		&File{Path: "nil.txt", Result: lint.Result{Findings: []lint.Finding{{Rule: "x"}}}, Findings: []Finding{{}}},
	)
	require.Greater(t, len(files), 500)
	for _, f := range files {
		want := Marshal(f.JSON(), "", "")
		require.Equal(t, string(want), string(appendFileJSON(nil, f)))
		var a jsonArray
		var b1, b2 []byte
		a.w = writerFunc(func(p []byte) { b1 = append(b1, p...) })
		a.indent = "    "
		a.add(f.JSON())
		a2 := jsonArray{w: writerFunc(func(p []byte) { b2 = append(b2, p...) }), indent: "    "}
		a2.addCompact(appendFileJSON(nil, f))
		require.Equal(t, string(b1), string(b2))
	}
}

type writerFunc func(p []byte)

func (w writerFunc) Write(p []byte) (int, error) { w(p); return len(p), nil }

// FuzzAppendFileJSON: any strings in a file object encode as encoding/json
// encodes them.
func FuzzAppendFileJSON(f *testing.F) {
	f.Add("r.txt", "msg \"q\" <b> & \\", "sugg\n\t\x01", "nl", "hedging")
	f.Add("caf\xe9.txt", "\u2028\u2029 \x7f", "", "en", "\xff")
	f.Fuzz(func(t *testing.T, path, msg, sugg, lang, rule string) {
		fl := &File{Path: path, RecordLine: len(msg) % 3,
			Result: lint.Result{Lang: lang},
			Score:  lint.Scorecard{Total: len(path), Reasons: []lint.Reason{{Part: lang, Rule: rule, Points: -len(sugg), Span: tone.Span{Start: 1, End: 2}}}},
			Findings: []Finding{{Finding: lint.Finding{Rule: rule, Severity: lint.Severity(len(rule) % 4), Message: msg,
				Suggestions: []string{sugg, msg}}}}}
		if len(sugg)%2 == 0 {
			fl.Findings[0].Suggestions = nil
		}
		require.Equal(t, string(Marshal(fl.JSON(), "", "")), string(appendFileJSON(nil, fl)))
		fl.Err, fl.ErrMsg, fl.ErrLine = errors.New(msg), msg, len(rule)
		require.Equal(t, string(Marshal(fl.JSON(), "", "")), string(appendFileJSON(nil, fl)))
	})
}
