package teamreport

import (
	"encoding/json"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	texttemplate "text/template"
	"time"
)

// view is what the HTML and Markdown templates read: the report plus its
// labels and the pieces rendered in Go (charts, highlighted replies).
type view struct {
	R         *Report
	L         *labels
	Lang      string // the language of L
	Title     string
	Period    string // "1 mrt 2025 t/m 31 mrt 2025" or "zonder datums"
	Rules     []ruleView
	Lowest    []exampleView
	LowestHdr string
	TimeChart string // the chart's title, per day or per week
	PeriodCol string // "Dag" or "Week"
	Charts    charts
}

// charts are the SVG charts of a report; empty when there is nothing to
// draw.
type charts struct {
	Rules, Histogram, Timeline, Agents htmltemplate.HTML
}

type ruleView struct {
	RuleStats
	Name     string
	Examples []exampleView
}

type exampleView struct {
	Example
	N        int
	HTML     htmltemplate.HTML // the reply, escaped, with <mark>s
	Markdown string            // the reply as an escaped block quote
	Items    []markView
}

type markView struct {
	Mark
	RuleName string
	SevName  string
	Words    string
}

// ErrNilReport is returned when a nil *Report is asked to write itself.
var ErrNilReport = errors.New("teamreport: nil report")

// newView prepares a report for the templates.
func (r *Report) newView() (*view, error) {
	if r == nil {
		return nil, ErrNilReport
	}
	lang := r.Lang
	if !slices.Contains(Languages, lang) { // e.g. a hand-edited JSON report
		lang = "nl"
	}
	lab, err := labelsFor(lang)
	if err != nil {
		return nil, err
	}
	v := &view{R: r, L: lab, Lang: lang, Title: r.Title}
	if v.Title == "" {
		v.Title = lab.Title
	}
	v.Period = lab.NoDates
	if r.From != "" {
		v.Period = fill(lab.PeriodFromTo, "from", lab.longDate(r.From), "to", lab.longDate(r.To))
	}
	v.LowestHdr = fill(lab.LowestHeading, "n", strconv.Itoa(len(r.Lowest)))
	v.TimeChart, v.PeriodCol = lab.TimeChartDay, lab.Day
	if r.Period == "week" {
		v.TimeChart, v.PeriodCol = lab.TimeChartWeek, lab.Week
	}
	for i, ex := range r.Lowest {
		v.Lowest = append(v.Lowest, newExampleView(i+1, ex, lab))
	}
	for _, rs := range r.Rules {
		rv := ruleView{RuleStats: rs, Name: lab.ruleName(rs.Rule)}
		for i, ex := range rs.Examples {
			rv.Examples = append(rv.Examples, newExampleView(i+1, ex, lab))
		}
		v.Rules = append(v.Rules, rv)
	}
	if r.Totals.Replies > 0 {
		v.Charts = r.charts(lab, v.TimeChart)
	}
	return v, nil
}

func newExampleView(n int, ex Example, lab *labels) exampleView {
	ev := exampleView{
		Example:  ex,
		N:        n,
		HTML:     htmltemplate.HTML(highlightHTML(ex.Reply, ex.Marks, lab)), // escaped by highlightHTML
		Markdown: highlightMarkdown(ex.Reply, ex.Marks),
	}
	for _, m := range ex.Marks {
		ev.Items = append(ev.Items, markView{
			Mark:     m,
			RuleName: lab.ruleName(m.Rule),
			SevName:  lab.severityName(m.Severity),
			Words:    markWords(ex.Reply, m),
		})
	}
	return ev
}

// charts draws the report's four charts.
func (r *Report) charts(lab *labels, timeTitle string) charts {
	var c charts
	var items []barItem
	maxFindings := 0.0
	for _, rs := range r.Rules {
		name := lab.ruleName(rs.Rule)
		items = append(items, barItem{
			Label: name,
			Value: float64(rs.Findings),
			Text:  strconv.Itoa(rs.Findings),
			Tip: fmt.Sprintf("%s (%s): %d %s; %s %d (%s)", name, rs.Rule, rs.Findings, strings.ToLower(lab.Findings),
				strings.ToLower(lab.ShareWarning), rs.RepliesWarning, lab.percent(rs.PctWarning)),
		})
		maxFindings = max(maxFindings, float64(rs.Findings))
	}
	c.Rules = htmltemplate.HTML(hbarChart(lab.RulesChart, items, maxFindings))

	items = items[:0]
	for _, b := range r.Histogram {
		label := fmt.Sprintf("%d–%d", b.Min, b.Max)
		items = append(items, barItem{
			Label: label,
			Value: float64(b.Replies),
			Text:  strconv.Itoa(b.Replies),
			Tip:   fmt.Sprintf("%s %s: %d %s (%s)", lab.Score, label, b.Replies, strings.ToLower(lab.Replies), lab.percent(b.Pct)),
			Fill:  bandColor(float64(b.Min)),
		})
	}
	c.Histogram = htmltemplate.HTML(columnChart(lab.HistChart, lab.Score, items))

	if len(r.Timeline) > 0 {
		first, _ := time.Parse(time.DateOnly, r.Timeline[0].Start)
		last, _ := time.Parse(time.DateOnly, r.Timeline[len(r.Timeline)-1].Start)
		span := last.Sub(first).Hours()
		var pts []linePoint
		for _, p := range r.Timeline {
			t, _ := time.Parse(time.DateOnly, p.Start)
			x := 0.5
			if span > 0 {
				x = t.Sub(first).Hours() / span
			}
			label := lab.shortDate(p.Start)
			if i := strings.Index(p.Label, "W"); r.Period == "week" && i >= 0 {
				label = p.Label[i:] // "W09"
			}
			pts = append(pts, linePoint{
				X: x, Value: p.MeanScore, Label: label, Text: lab.number(p.MeanScore),
				Tip: fmt.Sprintf("%s: %s %s, %d %s", p.Label, lab.MeanScore, lab.number(p.MeanScore), p.Replies, strings.ToLower(lab.Replies)),
			})
		}
		c.Timeline = htmltemplate.HTML(lineChart(timeTitle, pts))
	}

	items = items[:0]
	for _, a := range r.Agents {
		items = append(items, barItem{
			Label: a.Name,
			Value: a.MeanScore,
			Text:  fmt.Sprintf("%s (%d)", lab.number(a.MeanScore), a.Replies),
			Tip:   fmt.Sprintf("%s: %s %s, %d %s", a.Name, lab.MeanScore, lab.number(a.MeanScore), a.Replies, strings.ToLower(lab.Replies)),
			Fill:  bandColor(a.MeanScore),
		})
	}
	c.Agents = htmltemplate.HTML(hbarChart(lab.AgentsChart, items, 100))
	return c
}

// longDate formats an ISO date as "7 mrt 2025".
func (l *labels) longDate(iso string) string {
	if len(iso) != 10 {
		return iso
	}
	return l.shortDate(iso) + " " + iso[:4]
}

// funcs are the helpers both templates use.
func funcs(lab *labels) map[string]any {
	return map[string]any{
		"num":       lab.number,
		"pct":       lab.percent,
		"rule":      lab.ruleName,
		"sev":       lab.severityName,
		"date":      lab.longDate,
		"md":        mdText,
		"cell":      mdCell,
		"fill":      fill,
		"q":         lab.quote,
		"itoa":      strconv.Itoa,
		"bandOf":    bandClass,
		"bandOfInt": func(s int) string { return bandClass(float64(s)) },
		"ruleList":  func(rc []RuleCount) []string { return ruleList(rc, lab) },
	}
}

// bandClass is the CSS class of a score's colour band.
func bandClass(score float64) string {
	switch {
	case score < 50:
		return "band-low"
	case score < 75:
		return "band-mid"
	}
	return "band-high"
}

// ruleList formats an agent's top rules: "Twijfeltaal (3)".
func ruleList(rc []RuleCount, lab *labels) []string {
	out := make([]string, len(rc))
	for i, c := range rc {
		out[i] = fmt.Sprintf("%s (%d)", lab.ruleName(c.Rule), c.Replies)
	}
	return out
}

// The templates are parsed on first use, not when the package loads: every
// replylint run links this package, and most never write a report.
var (
	htmlTemplate = sync.OnceValue(func() *htmltemplate.Template {
		return htmltemplate.Must(htmltemplate.New("report.html.tmpl").
			Funcs(funcs(&labels{})).ParseFS(templateFS, "templates/report.html.tmpl"))
	})
	markdownTemplate = sync.OnceValue(func() *texttemplate.Template {
		return texttemplate.Must(texttemplate.New("report.md.tmpl").
			Funcs(funcs(&labels{})).ParseFS(templateFS, "templates/report.md.tmpl"))
	})
)

// WriteHTML writes the report as one self-contained HTML page: inline CSS
// (with print styles) and inline SVG charts, no scripts, fonts or other
// resources to fetch. Every text from the replies is escaped.
func (r *Report) WriteHTML(w io.Writer) error {
	v, err := r.newView()
	if err != nil {
		return err
	}
	t, err := htmlTemplate().Clone()
	if err != nil {
		return err
	}
	return t.Funcs(funcs(v.L)).Execute(w, v)
}

// WriteMarkdown writes the report as Markdown (CommonMark with tables),
// with the same numbers as the HTML page; marked words are in bold and
// everything from the replies is escaped.
func (r *Report) WriteMarkdown(w io.Writer) error {
	v, err := r.newView()
	if err != nil {
		return err
	}
	t, err := markdownTemplate().Clone()
	if err != nil {
		return err
	}
	return t.Funcs(funcs(v.L)).Execute(w, v)
}

// WriteJSON writes the report as one indented JSON object; ReadJSON reads
// it back.
func (r *Report) WriteJSON(w io.Writer) error {
	if r == nil {
		return ErrNilReport
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// ReadJSON reads a report written by WriteJSON, e.g. to render it again in
// another format or language.
func ReadJSON(rd io.Reader) (*Report, error) {
	var r Report
	dec := json.NewDecoder(rd)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("report JSON: %w", err)
	}
	return &r, nil
}
