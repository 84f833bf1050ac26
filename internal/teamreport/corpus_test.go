package teamreport_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/internal/teamreport"
	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// labelled is one record of testdata/corpus/*.jsonl.
type labelled struct {
	ID        string  `json:"id"`
	Lang      string  `json:"lang"`
	Reply     string  `json:"reply"`
	InReplyTo *string `json:"in_reply_to"`
	Channel   string  `json:"channel"`
}

// corpusRecords lints the labelled corpus and gives the records dates in
// March 2025 (every tenth undated) and, for every ninth, an explicit agent,
// so both ways of naming an agent and the unsigned group are exercised.
func corpusRecords(t testing.TB) []teamreport.Record {
	t.Helper()
	var out []teamreport.Record
	for _, name := range []string{"replies.jsonl", "exchanges.jsonl"} {
		path := filepath.Join("..", "..", "testdata", "corpus", name)
		f, err := os.Open(path)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for n := 1; sc.Scan(); n++ {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var l labelled
			require.NoError(t, json.Unmarshal(sc.Bytes(), &l), "%s:%d", path, n)
			in := tone.Input{Text: l.Reply, Channel: l.Channel, Lang: l.Lang}
			if l.InReplyTo != nil {
				in.Incoming = *l.InReplyTo
			}
			i := len(out)
			rec := teamreport.Record{ID: l.ID, Path: name, Reply: l.Reply, Result: lint.Lint(in, nil)}
			if i%10 != 9 {
				rec.Date = time.Date(2025, 3, 1+i%31, 9+i%8, 0, 0, 0, time.UTC)
			}
			if i%9 == 4 {
				rec.Agent = "Noor"
			}
			out = append(out, rec)
		}
		require.NoError(t, sc.Err())
		require.NoError(t, f.Close())
	}
	require.Greater(t, len(out), 200)
	return out
}

func build(t testing.TB, opts teamreport.Options, recs []teamreport.Record) *teamreport.Report {
	t.Helper()
	b, err := teamreport.NewBuilder(opts)
	require.NoError(t, err)
	for _, r := range recs {
		b.Add(r)
	}
	return b.Report()
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

func TestCorpusNumbers(t *testing.T) {
	recs := corpusRecords(t)
	rep := build(t, teamreport.Options{}, recs)
	n := len(recs)

	// The direct count, from the records alone.
	findings := map[string]int{}
	warnReplies := map[string]int{}
	infoReplies := map[string]int{}
	var buckets [10]int
	agents := map[string]int{}
	unsigned, sum, anyWarn, total := 0, 0, 0, 0
	days := map[string]int{}
	var scores []int
	for _, r := range recs {
		warn, info := map[string]bool{}, map[string]bool{}
		for _, f := range r.Result.Findings {
			findings[f.Rule]++
			total++
			if f.Severity >= lint.Warning {
				warn[f.Rule] = true
			} else {
				info[f.Rule] = true
			}
		}
		for id := range warn {
			warnReplies[id]++
		}
		for id := range info {
			if !warn[id] {
				infoReplies[id]++
			}
		}
		if len(warn) > 0 {
			anyWarn++
		}
		s := r.Result.Score.Total
		scores = append(scores, s)
		sum += s
		buckets[min(s/10, 9)]++
		name := r.Agent
		if name == "" && r.Result.Analysis.SignOff.Found {
			name = r.Result.Analysis.SignOff.Name
		}
		if name == "" {
			unsigned++
		} else {
			agents[strings.ToLower(name)]++
		}
		if !r.Date.IsZero() {
			days[r.Date.Format("2006-01-02")]++
		}
	}

	tot := rep.Totals
	assert.Equal(t, n, tot.Replies)
	assert.Equal(t, total, tot.Findings)
	assert.Equal(t, total, tot.Errors+tot.Warnings+tot.Infos)
	assert.Equal(t, anyWarn, tot.RepliesWarning)
	assert.InDelta(t, float64(sum)/float64(n), tot.MeanScore, 0.05)
	slices.Sort(scores)
	med := float64(scores[(n-1)/2]+scores[n/2]) / 2
	assert.InDelta(t, med, tot.MedianScore, 0.05)
	undated := n
	for _, c := range days {
		undated -= c
	}
	assert.Equal(t, undated, tot.Undated)

	require.Len(t, rep.Rules, len(lint.Rules()), "every catalogued rule, even at zero")
	seen := map[string]bool{}
	for i, rs := range rep.Rules {
		seen[rs.Rule] = true
		assert.Equal(t, findings[rs.Rule], rs.Findings, rs.Rule)
		assert.Equal(t, rs.Findings, rs.Errors+rs.Warnings+rs.Infos, rs.Rule)
		assert.Equal(t, warnReplies[rs.Rule], rs.RepliesWarning, rs.Rule)
		assert.Equal(t, infoReplies[rs.Rule], rs.RepliesInfo, rs.Rule)
		assert.InDelta(t, 100*float64(warnReplies[rs.Rule])/float64(n), rs.PctWarning, 0.05, rs.Rule)
		assert.InDelta(t, 100*float64(infoReplies[rs.Rule])/float64(n), rs.PctInfo, 0.05, rs.Rule)
		if i > 0 {
			assert.GreaterOrEqual(t, rep.Rules[i-1].Findings, rs.Findings, "most findings first")
		}
		assert.LessOrEqual(t, len(rs.Examples), 3, rs.Rule)
		if rs.Findings > 0 {
			assert.NotEmpty(t, rs.Examples, rs.Rule)
		}
		for _, ex := range rs.Examples {
			require.NotEmpty(t, ex.Marks, rs.Rule)
			for _, m := range ex.Marks {
				assert.Equal(t, rs.Rule, m.Rule, "an example marks only its rule's words")
			}
		}
	}
	for id := range findings {
		assert.True(t, seen[id], id)
	}
	assert.NotZero(t, findings["hedging"], "the corpus has hedging findings, or this test proves little")

	require.Len(t, rep.Histogram, 10)
	for i, b := range rep.Histogram {
		assert.Equal(t, i*10, b.Min)
		assert.Equal(t, buckets[i], b.Replies, "bucket %d–%d", b.Min, b.Max)
	}
	assert.Equal(t, 100, rep.Histogram[9].Max)

	require.NotEmpty(t, rep.Agents)
	last := rep.Agents[len(rep.Agents)-1]
	require.True(t, last.Unsigned, "the unsigned group comes last")
	assert.Equal(t, "(niet ondertekend)", last.Name)
	assert.Equal(t, unsigned, last.Replies)
	assert.NotZero(t, unsigned, "the corpus has unsigned replies")
	got := map[string]int{}
	replies := 0
	for _, a := range rep.Agents {
		replies += a.Replies
		assert.LessOrEqual(t, len(a.TopRules), 3)
		if !a.Unsigned {
			got[strings.ToLower(a.Name)] = a.Replies
		}
	}
	assert.Equal(t, agents, got)
	assert.Equal(t, n, replies)
	assert.Equal(t, len(agents)+1, tot.Agents)
	assert.Greater(t, got["noor"], n/9-1, "Record.Agent is used")

	require.Len(t, rep.Lowest, 20)
	lowest := make([]int, len(rep.Lowest))
	for i, ex := range rep.Lowest {
		lowest[i] = ex.Score
	}
	assert.True(t, slices.IsSorted(lowest), "lowest first")
	assert.Equal(t, scores[:20], lowest, "the 20 lowest scores of the corpus")

	assert.Equal(t, "day", rep.Period)
	assert.Equal(t, "2025-03-01", rep.From)
	assert.Equal(t, "2025-03-31", rep.To)
	gotDays := map[string]int{}
	for _, p := range rep.Timeline {
		gotDays[p.Start] = p.Replies
	}
	assert.Equal(t, days, gotDays)
}

// TestAgentTopRules checks an agent's top rules against a direct count on
// a small, hand-made set.
func TestAgentTopRules(t *testing.T) {
	res := func(rules ...string) lint.Result {
		var r lint.Result
		for _, id := range rules {
			r.Findings = append(r.Findings, lint.Finding{Rule: id, Severity: lint.Warning})
		}
		r.Score.Total = 50
		return r
	}
	recs := []teamreport.Record{
		{Agent: "Anne", Result: res("hedging", "signature")},
		{Agent: "anne", Result: res("hedging", "hedging")},
		{Agent: "Anne", Result: res("defensive", "signature", "hedging")},
		{Agent: "Anne", Result: res("length")},
		{Agent: "Bo", Result: res()},
	}
	rep := build(t, teamreport.Options{Lang: "en"}, recs)
	require.Len(t, rep.Agents, 2)
	a := rep.Agents[0]
	assert.Equal(t, "Anne", a.Name, "the most frequent spelling")
	assert.Equal(t, 4, a.Replies)
	assert.Equal(t, 8, a.Findings)
	assert.Equal(t, []teamreport.RuleCount{{Rule: "hedging", Replies: 3}, {Rule: "signature", Replies: 2}, {Rule: "defensive", Replies: 1}}, a.TopRules)
	assert.Equal(t, teamreport.AgentStats{Name: "Bo", Replies: 1, MeanScore: 50, TopRules: []teamreport.RuleCount{}}, rep.Agents[1])
}

// svgRe finds the inline SVG charts of a page.
var svgRe = regexp.MustCompile(`(?s)<svg\b.*?</svg>`)

// checkXML parses a fragment strictly as XML.
func checkXML(t *testing.T, frag string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(frag))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		require.NoError(t, err, "%.300s", frag)
	}
}

// checkHTML parses a page as HTML-flavoured XML: void elements closed
// automatically, HTML entities known; mismatched tags still fail.
func checkHTML(page string) error {
	d := xml.NewDecoder(strings.NewReader(page))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	for {
		_, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func TestCheckHTMLCatchesBrokenPages(t *testing.T) {
	require.NoError(t, checkHTML(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>a &amp; b<br></p></body></html>`))
	require.Error(t, checkHTML(`<html><body><p><mark>a</p></mark></body></html>`))
	for _, bad := range []string{`<link rel="stylesheet" href="https://cdn.example/x.css">`, `<img src="x.png">`,
		`<script src="app.js"></script>`, `<style>@import "a.css";</style>`, `<div style="background:url(a.png)">`,
		`<use xlink:href="//example.com/s.svg#a"/>`} {
		assert.Regexp(t, resourceRe, bad)
	}
	assert.NotRegexp(t, resourceRe, `<p class="reply">see https://example.com/info &amp; more</p>`)
}

// resourceRe matches anything that would make a browser fetch something.
var resourceRe = regexp.MustCompile(`(?i)<script|<link\b|<img\b|<iframe|\bsrc\s*=|\bhref\s*=|url\(|@import|=\s*["']?(https?:)?//`)

func TestCorpusHTML(t *testing.T) {
	recs := corpusRecords(t)
	for _, lang := range teamreport.Languages {
		t.Run(lang, func(t *testing.T) {
			rep := build(t, teamreport.Options{Lang: lang}, recs)
			var buf bytes.Buffer
			require.NoError(t, rep.WriteHTML(&buf))
			page := buf.String()
			path := filepath.Join(t.TempDir(), "report-"+lang+".html")
			require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
			if dir := os.Getenv("TEAMREPORT_OUT"); dir != "" { // to look at it
				require.NoError(t, os.WriteFile(filepath.Join(dir, "report-"+lang+".html"), buf.Bytes(), 0o644))
			}

			require.NoError(t, checkHTML(page))
			svgs := svgRe.FindAllString(page, -1)
			require.Len(t, svgs, 4, "rules, histogram, timeline, agents")
			for _, s := range svgs {
				checkXML(t, s)
				assert.Regexp(t, `^<svg xmlns="http://www.w3.org/2000/svg" [^>]*role="img" aria-label="[^"]+"[^>]*><title>[^<]+</title>`, s)
			}
			withoutNS := strings.ReplaceAll(page, `xmlns="http://www.w3.org/2000/svg"`, "")
			if loc := resourceRe.FindStringIndex(withoutNS); loc != nil {
				t.Errorf("the page fetches something: %q", withoutNS[max(0, loc[0]-60):min(len(withoutNS), loc[1]+60)])
			}
			for _, m := range regexp.MustCompile(`https?://`).FindAllStringIndex(withoutNS, -1) {
				// Links in reply text are text, not resources: they sit
				// in a reply paragraph, never in an attribute.
				before := withoutNS[max(0, m[0]-2):m[0]]
				assert.NotContains(t, []string{`="`, `='`}, before, "a URL in an attribute at %d", m[0])
			}
			assert.Contains(t, page, "@media print")
			assert.Equal(t, len(rep.Lowest)+countExamples(rep), strings.Count(page, `<p class="reply">`))
			assert.Contains(t, page, `<html lang="`+lang+`">`)
			// The numbers of the report are on the page.
			for _, rs := range rep.Rules {
				assert.Contains(t, page, "<code>"+rs.Rule+"</code></td><td class=\"n\">"+strconv.Itoa(rs.Findings)+"</td>")
			}
		})
	}
}

func countExamples(rep *teamreport.Report) int {
	n := 0
	for _, rs := range rep.Rules {
		n += len(rs.Examples)
	}
	return n
}

// TestEscaping feeds replies and names with markup: the page must show
// them as text and stay well-formed.
func TestEscaping(t *testing.T) {
	reply := `<script>alert("x")</script> Misschien "lukt" het morgen & anders <b>niet</b>. ^Piet`
	res := lint.Lint(tone.Input{Text: reply, Lang: "nl"}, nil)
	require.NotEmpty(t, res.Findings, "the reply has findings to mark")
	rec := teamreport.Record{ID: `id"><img src=x>`, Path: "a<b>.jsonl", Agent: `Jan <i>de</i> "Man"`, Reply: reply, Result: res,
		Date: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)}
	b, err := teamreport.NewBuilder(teamreport.Options{Title: "<h1>Maart</h1>"})
	require.NoError(t, err)
	b.Add(rec)
	rep := b.Report()

	var buf bytes.Buffer
	require.NoError(t, rep.WriteHTML(&buf))
	page := buf.String()
	assert.NotContains(t, page, "<script")
	assert.NotContains(t, page, "<img")
	assert.NotContains(t, page, "<i>de</i>")
	assert.NotContains(t, page, "<b>niet")
	assert.Contains(t, page, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;")
	assert.Contains(t, page, "&lt;h1&gt;Maart&lt;/h1&gt;")
	assert.Contains(t, page, `<mark class="sev-warning" title="hedging (waarschuwing): `)
	require.NoError(t, checkHTML(page))
	for _, s := range svgRe.FindAllString(page, -1) {
		checkXML(t, s)
	}

	buf.Reset()
	require.NoError(t, rep.WriteMarkdown(&buf))
	md := buf.String()
	assert.NotContains(t, md, "<script")
	assert.NotContains(t, md, "<img")
	assert.Contains(t, md, `&lt;script&gt;`)
	assert.Contains(t, md, `**Misschien**`)
}

func TestJSONRoundTrip(t *testing.T) {
	recs := corpusRecords(t)
	rep := build(t, teamreport.Options{Lang: "en", Title: "March"}, recs)
	var buf bytes.Buffer
	require.NoError(t, rep.WriteJSON(&buf))
	first := buf.String()
	back, err := teamreport.ReadJSON(&buf)
	require.NoError(t, err)
	assert.Equal(t, rep, back)
	buf.Reset()
	require.NoError(t, back.WriteJSON(&buf))
	assert.Equal(t, first, buf.String())

	_, err = teamreport.ReadJSON(strings.NewReader(`{"totals":{"replies":"x"}}`))
	assert.Error(t, err)
	_, err = teamreport.ReadJSON(strings.NewReader(`{"bogus":1}`))
	assert.Error(t, err)
}

// TestFormatsAgree checks that Markdown and HTML show the numbers of the
// JSON.
func TestFormatsAgree(t *testing.T) {
	rep := build(t, teamreport.Options{Lang: "nl"}, corpusRecords(t))
	var h, md bytes.Buffer
	require.NoError(t, rep.WriteHTML(&h))
	require.NoError(t, rep.WriteMarkdown(&md))
	nl := func(x float64) string { return strings.Replace(strconv.FormatFloat(x, 'f', 1, 64), ".", ",", 1) }
	for _, rs := range rep.Rules {
		row := " | " + strconv.Itoa(rs.Findings) + " | " + strconv.Itoa(rs.Errors) + " | " + strconv.Itoa(rs.Warnings) + " | " +
			strconv.Itoa(rs.Infos) + " | " + strconv.Itoa(rs.RepliesWarning) + " (" + nl(rs.PctWarning) + "%) | " +
			strconv.Itoa(rs.RepliesInfo) + " (" + nl(rs.PctInfo) + "%) |"
		assert.Contains(t, md.String(), "(`"+rs.Rule+"`)"+row)
		assert.Contains(t, h.String(), "<td class=\"n\">"+strconv.Itoa(rs.RepliesWarning)+" ("+nl(rs.PctWarning)+"%)</td>")
	}
	for _, b := range rep.Histogram {
		assert.Contains(t, md.String(), "| "+strconv.Itoa(b.Min)+"–"+strconv.Itoa(b.Max)+" | "+strconv.Itoa(b.Replies)+" | "+nl(b.Pct)+"% |")
	}
	for _, a := range rep.Agents {
		assert.Contains(t, h.String(), nl(a.MeanScore)+" ("+strconv.Itoa(a.Replies)+")", a.Name) // bar label
	}
	for _, p := range rep.Timeline {
		assert.Contains(t, md.String(), "| "+p.Label+" | "+strconv.Itoa(p.Replies)+" | "+nl(p.MeanScore)+" |")
	}
	assert.Contains(t, md.String(), "| Gemiddelde score | "+nl(rep.Totals.MeanScore)+" |")
	assert.Contains(t, h.String(), ">"+nl(rep.Totals.MeanScore)+"</b>")
}

// TestDeterministic adds the same records in another order, from several
// goroutines, and expects the very same report.
func TestDeterministic(t *testing.T) {
	recs := corpusRecords(t)
	want := build(t, teamreport.Options{}, recs)

	shuffled := slices.Clone(recs)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	b, err := teamreport.NewBuilder(teamreport.Options{})
	require.NoError(t, err)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(shuffled); i += 4 {
				b.Add(shuffled[i])
			}
		}()
	}
	wg.Wait()
	got := b.Report()
	assert.Equal(t, want, got)

	var h1, h2 bytes.Buffer
	require.NoError(t, want.WriteHTML(&h1))
	require.NoError(t, got.WriteHTML(&h2))
	assert.Equal(t, h1.String(), h2.String())
}

func TestEmptyReport(t *testing.T) {
	for _, lang := range teamreport.Languages {
		b, err := teamreport.NewBuilder(teamreport.Options{Lang: lang})
		require.NoError(t, err)
		rep := b.Report()
		assert.Zero(t, rep.Totals.Replies)
		assert.Len(t, rep.Histogram, 10)
		assert.Empty(t, rep.Timeline)
		for _, w := range []func(io.Writer) error{rep.WriteHTML, rep.WriteJSON, rep.WriteMarkdown} {
			var buf bytes.Buffer
			require.NoError(t, w(&buf))
			assert.NotEmpty(t, buf.String())
		}
		var buf bytes.Buffer
		require.NoError(t, rep.WriteHTML(&buf))
		require.NoError(t, checkHTML(buf.String()))
		assert.NotContains(t, buf.String(), "<svg")
	}
	// The zero Builder works too.
	var b teamreport.Builder
	b.Add(teamreport.Record{Reply: "Hoi"})
	rep := b.Report()
	assert.Equal(t, 1, rep.Totals.Replies)
	assert.Equal(t, "nl", rep.Lang)
	var buf bytes.Buffer
	require.NoError(t, rep.WriteHTML(&buf))
}

// TestOddRecords: spans outside the text, reversed or inside a UTF-8
// sequence, invalid UTF-8 and control characters, no analysis at all.
func TestOddRecords(t *testing.T) {
	text := "caf\u00e9 \xff\xfe misschien \x00\x07 ëë"
	odd := lint.Result{
		Score: lint.Scorecard{Total: 140},
		Findings: []lint.Finding{
			{Rule: "hedging", Severity: lint.Warning, Message: "m<1>", Offset: 4, EndOffset: 7},                  // inside é and after
			{Rule: "hedging", Severity: lint.Error, Message: "m2", Offset: 50, EndOffset: 90},                    // past the end
			{Rule: "emotional", Severity: lint.Info, Message: "m3", Offset: 12, EndOffset: 3},                    // reversed
			{Rule: "x-custom", Severity: 0, Message: "\xff", Offset: -5, EndOffset: 2},                           // before the start
			{Rule: "signature", Severity: lint.Warning, Message: "end", Offset: len(text), EndOffset: len(text)}, // empty, at the end
			{Rule: "mirror", Severity: lint.Info, Message: "ë", Offset: len(text) - 3, EndOffset: len(text) - 1},
		},
	}
	recs := []teamreport.Record{
		{ID: "odd", Agent: "\xffAnne\x01", Reply: text, Result: odd, Date: time.Date(2025, 1, 1, 0, 0, 0, 0, time.FixedZone("x", 3600))},
		{ID: "negative", Result: lint.Result{Score: lint.Scorecard{Total: -3}}},
		{ID: "empty"},
	}
	rep := build(t, teamreport.Options{}, recs)
	assert.Equal(t, 2, rep.Histogram[0].Replies, "scores below 0 count as 0")
	assert.Equal(t, 1, rep.Histogram[9].Replies, "scores above 100 count as 100")
	var custom *teamreport.RuleStats
	for i := range rep.Rules {
		if rep.Rules[i].Rule == "x-custom" {
			custom = &rep.Rules[i]
		}
	}
	require.NotNil(t, custom, "an unknown rule gets a row")
	assert.Equal(t, 1, custom.Infos)

	for _, w := range []func(io.Writer) error{rep.WriteHTML, rep.WriteMarkdown, rep.WriteJSON} {
		var buf bytes.Buffer
		require.NoError(t, w(&buf))
		assert.True(t, utf8.ValidString(buf.String()), "output is valid UTF-8")
		assert.NotContains(t, buf.String(), "\x00")
		if strings.HasPrefix(buf.String(), "<!DOCTYPE") {
			require.NoError(t, checkHTML(buf.String()))
			for _, s := range svgRe.FindAllString(buf.String(), -1) {
				checkXML(t, s)
			}
		}
	}
}

func TestOptions(t *testing.T) {
	for name, o := range map[string]teamreport.Options{
		"unknown language": {Lang: "de"},
		"unknown period":   {Period: "month"},
		"negative lowest":  {Lowest: -1},
	} {
		_, err := teamreport.NewBuilder(o)
		assert.ErrorIs(t, err, teamreport.ErrOptions, name)
	}

	recs := corpusRecords(t)
	rep := build(t, teamreport.Options{Lowest: 5, Examples: 1, Period: "week"}, recs)
	assert.Len(t, rep.Lowest, 5)
	for _, rs := range rep.Rules {
		assert.LessOrEqual(t, len(rs.Examples), 1)
	}
	assert.Equal(t, "week", rep.Period)
	sum := 0
	for _, p := range rep.Timeline {
		assert.Regexp(t, `^2025-W(09|1[0-4])$`, p.Label)
		d, err := time.Parse("2006-01-02", p.Start)
		require.NoError(t, err)
		assert.Equal(t, time.Monday, d.Weekday())
		sum += p.Replies
	}
	assert.Equal(t, len(recs)-rep.Totals.Undated, sum)
}

func TestAutoPeriod(t *testing.T) {
	day := func(d int) teamreport.Record {
		return teamreport.Record{Date: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d), Result: lint.Result{Score: lint.Scorecard{Total: 60 + d%20}}}
	}
	short := build(t, teamreport.Options{}, []teamreport.Record{day(0), day(teamreport.AutoWeekAfter)})
	assert.Equal(t, "day", short.Period)
	long := build(t, teamreport.Options{}, []teamreport.Record{day(0), day(3), day(teamreport.AutoWeekAfter + 1)})
	assert.Equal(t, "week", long.Period)
	require.Len(t, long.Timeline, 2, "days 0 and 3 share the week of 30 Dec 2024")
	assert.Equal(t, "2025-W01", long.Timeline[0].Label)
	assert.Equal(t, "2024-12-30", long.Timeline[0].Start)
	assert.Equal(t, 2, long.Timeline[0].Replies)
	assert.InDelta(t, 61.5, long.Timeline[0].MeanScore, 0.001)
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2025-03-07":                "2025-03-07T00:00:00Z",
		"2025-03-07T14:05:00+01:00": "2025-03-07T14:05:00+01:00",
		"2025-03-07 14:05:00":       "2025-03-07T14:05:00Z",
		"07-03-2025":                "2025-03-07T00:00:00Z",
	} {
		got, err := teamreport.ParseDate(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got.Format(time.RFC3339), in)
	}
	got, err := teamreport.ParseDate(" ")
	require.NoError(t, err)
	assert.True(t, got.IsZero())
	_, err = teamreport.ParseDate("gisteren")
	assert.Error(t, err)
}
