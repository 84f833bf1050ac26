package teamreport

import (
	"encoding/xml"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/lint"
)

func TestLabelsComplete(t *testing.T) {
	all, err := loadLabels()
	require.NoError(t, err)
	for _, lang := range Languages {
		l := all[lang]
		require.NotNil(t, l, lang)
		v := reflect.ValueOf(*l)
		for i := range v.NumField() {
			assert.False(t, v.Field(i).IsZero(), "%s: %s is empty", lang, v.Type().Field(i).Name)
		}
		for _, r := range lint.Rules() {
			assert.NotEqual(t, r.ID, l.ruleName(r.ID), "%s: no name for rule %s (its label in lint/messages)", lang, r.ID)
		}
		for _, s := range []string{"error", "warning", "info"} {
			assert.NotEmpty(t, l.Severity[s], "%s: severity %s", lang, s)
		}
		assert.Contains(t, l.PeriodFromTo, "{from}")
		assert.Contains(t, l.LowestHeading, "{n}")
	}
	assert.Equal(t, "72,5%", all["nl"].percent(72.5))
	assert.Equal(t, "72.5", all["en"].number(72.46))
	assert.Equal(t, "7 mrt 2025", all["nl"].longDate("2025-03-07"))
	assert.Equal(t, "bogus", all["nl"].longDate("bogus"))
}

func m(rule string, start, end int) Mark {
	return Mark{Rule: rule, Severity: "warning", Message: rule, Offset: start, EndOffset: end}
}

func TestSegments(t *testing.T) {
	show := func(segs []segment) string {
		var parts []string
		for _, s := range segs {
			var rules []string
			for _, m := range s.marks {
				rules = append(rules, m.Rule)
			}
			switch {
			case s.point:
				parts = append(parts, "^"+strings.Join(rules, "+"))
			case len(rules) > 0:
				parts = append(parts, "["+s.text+"|"+strings.Join(rules, "+")+"]")
			default:
				parts = append(parts, s.text)
			}
		}
		return strings.Join(parts, "")
	}
	for _, tc := range []struct {
		name  string
		text  string
		marks []Mark
		want  string
	}{
		{"no marks", "abc", nil, "abc"},
		{"one mark", "a bc d", []Mark{m("x", 2, 4)}, "a [bc|x] d"},
		{"overlap", "abcdef", []Mark{m("x", 0, 4), m("y", 2, 6)}, "[ab|x][cd|x+y][ef|y]"},
		{"nested", "abcdef", []Mark{m("x", 0, 6), m("y", 2, 3)}, "[ab|x][c|x+y][def|x]"},
		{"same span twice", "abc", []Mark{m("x", 0, 3), m("y", 0, 3)}, "[abc|x+y]"},
		{"empty span at end", "abc", []Mark{m("x", 3, 3)}, "abc^x"},
		{"empty span inside", "abc", []Mark{m("x", 1, 1)}, "a^xbc"},
		{"past the end", "abc", []Mark{m("x", 2, 99)}, "ab[c|x]"},
		{"before the start", "abc", []Mark{m("x", -4, 1)}, "[a|x]bc"},
		{"reversed", "abc", []Mark{m("x", 2, 1)}, "ab^xc"},
		{"inside a character", "caféx", []Mark{m("x", 4, 5)}, "caf[é|x]x"},
		{"empty text", "", []Mark{m("x", 0, 5)}, "^x"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			segs := segments(tc.text, tc.marks)
			assert.Equal(t, tc.want, show(segs))
			var all string
			for _, s := range segs {
				all += s.text
			}
			assert.Equal(t, tc.text, all, "the pieces make up the text")
		})
	}
}

func TestHighlightHTML(t *testing.T) {
	lab, err := labelsFor("en")
	require.NoError(t, err)
	got := highlightHTML(`a <b> & "c"`, []Mark{{Rule: "hedging", Severity: "warning", Message: `say "no" <now>`, Offset: 2, EndOffset: 5}}, lab)
	assert.Equal(t, `a <mark class="sev-warning" title="hedging (warning): say &#34;no&#34; &lt;now&gt;">&lt;b&gt;</mark> &amp; &#34;c&#34;`, got)
	got = highlightHTML("x", []Mark{{Rule: "signature", Severity: "info", Message: "m", Offset: 1, EndOffset: 1}, {Rule: "a", Severity: "error", Offset: 0, EndOffset: 1}, {Rule: "b", Severity: "info", Offset: 0, EndOffset: 1}}, lab)
	assert.Equal(t, "<mark class=\"sev-error multi\" title=\"a (error): \nb (info): \">x</mark><mark class=\"sev-info point\" title=\"signature (info): m\">▲</mark>", got)
}

func TestMarkdownText(t *testing.T) {
	assert.Equal(t, `&lt;script&gt; \*a\* \_b\_ \[c\](d) \| \#1`, mdText("<script> *a* _b_ [c](d) | #1"))
	assert.Equal(t, "\\- item\n  \\+ x\n10\\. ten", mdText("- item\n  + x\n10. ten"))
	assert.Equal(t, "> a **b c** d\n>\n> **e**", highlightMarkdown("a b c d\n\ne", []Mark{m("x", 2, 5), m("y", 4, 5), m("z", 9, 10)}))
	assert.Equal(t, "> **a** \n> **b**", highlightMarkdown("a \nb", []Mark{m("x", 0, 4)}), "bold per line, spaces outside")
}

func TestCleanWithOffsets(t *testing.T) {
	text := "a\xffb\x00é"
	clean, at := cleanWithOffsets(text)
	assert.True(t, utf8.ValidString(clean))
	assert.Equal(t, "a\uFFFDb\uFFFDé", clean)
	assert.Equal(t, "b", clean[at(2):at(3)])
	assert.Equal(t, "é", clean[at(4):at(6)])
	assert.Equal(t, len(clean), at(len(text)))
	assert.Equal(t, 99, at(99), "outside the text: left for the renderer to clip")
}

// TestMemoryBounded adds many records and checks that the Builder keeps
// only the replies it shows.
func TestMemoryBounded(t *testing.T) {
	b, err := NewBuilder(Options{})
	require.NoError(t, err)
	for i := range 3000 {
		text := fmt.Sprintf("Misschien komt het goed, reply %d.", i)
		b.Add(Record{
			ID:    fmt.Sprint(i),
			Reply: text,
			Result: lint.Result{
				Score:    lint.Scorecard{Total: i % 101},
				Findings: []lint.Finding{{Rule: "hedging", Severity: lint.Warning, Offset: 0, EndOffset: 9}, {Rule: fmt.Sprintf("custom-%d", i%5), Severity: lint.Info}},
			},
		})
	}
	assert.Len(t, b.lowest.items, DefaultLowest)
	assert.Len(t, b.rules, 6)
	for id, r := range b.rules {
		assert.LessOrEqual(t, len(r.examples.items), DefaultExamples, id)
	}
	assert.Len(t, b.agents, 1)
	rep := b.Report()
	assert.Equal(t, 3000, rep.Totals.Replies)
	for _, ex := range rep.Lowest {
		assert.Zero(t, ex.Score)
	}
}

// FuzzHighlight: any text and any span renders to valid UTF-8 that an XML
// parser accepts inside an element, and the pieces always add up to the
// text.
func FuzzHighlight(f *testing.F) {
	f.Add("caf\u00e9 misschien", 3, 5, 0, 99)
	f.Add("\xff\xfe<b>&\x00", -1, 2, 4, 4)
	f.Add("", 0, 0, 5, 1)
	lab, err := labelsFor("nl")
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		marks := []Mark{m("a", s1, e1), m("b", s2, e2)}
		var all string
		for _, s := range segments(text, marks) {
			all += s.text
		}
		require.Equal(t, text, all)
		clean, at := cleanWithOffsets(text)
		for i := range marks {
			marks[i].Offset, marks[i].EndOffset = at(marks[i].Offset), at(marks[i].EndOffset)
		}
		out := highlightHTML(clean, marks, lab)
		require.True(t, utf8.ValidString(out))
		d := xml.NewDecoder(strings.NewReader("<p>" + out + "</p>"))
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			require.NoError(t, err, out)
		}
		require.True(t, utf8.ValidString(highlightMarkdown(clean, marks)))
	})
}
