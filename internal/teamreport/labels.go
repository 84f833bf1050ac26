package teamreport

import (
	"bytes"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/lint"
)

//go:embed templates
var templateFS embed.FS

// Languages lists the interface languages a report can be written in.
var Languages = []string{"nl", "en"}

// labels are the texts of a report in one interface language, decoded from
// templates/labels.<lang>.yaml. Every field must be set in every language;
// a test checks it.
type labels struct {
	Title         string            `yaml:"title"`
	Subtitle      string            `yaml:"subtitle"`
	PeriodFromTo  string            `yaml:"period_from_to"`
	NoDates       string            `yaml:"no_dates"`
	Summary       string            `yaml:"summary"`
	Replies       string            `yaml:"replies"`
	Findings      string            `yaml:"findings"`
	MeanScore     string            `yaml:"mean_score"`
	MedianScore   string            `yaml:"median_score"`
	WithWarning   string            `yaml:"with_warning"`
	AgentsCount   string            `yaml:"agents_count"`
	Undated       string            `yaml:"undated"`
	RulesHeading  string            `yaml:"rules_heading"`
	RulesChart    string            `yaml:"rules_chart"`
	Rule          string            `yaml:"rule"`
	ShareWarning  string            `yaml:"share_warning"`
	ShareInfo     string            `yaml:"share_info"`
	Errors        string            `yaml:"errors"`
	Warnings      string            `yaml:"warnings"`
	Infos         string            `yaml:"infos"`
	HistHeading   string            `yaml:"histogram_heading"`
	HistChart     string            `yaml:"histogram_chart"`
	Score         string            `yaml:"score"`
	TimeHeading   string            `yaml:"timeline_heading"`
	TimeChartDay  string            `yaml:"timeline_chart_day"`
	TimeChartWeek string            `yaml:"timeline_chart_week"`
	Day           string            `yaml:"day"`
	Week          string            `yaml:"week"`
	AgentsHeading string            `yaml:"agents_heading"`
	AgentsChart   string            `yaml:"agents_chart"`
	Agent         string            `yaml:"agent"`
	TopRules      string            `yaml:"top_rules"`
	Unsigned      string            `yaml:"unsigned"`
	LowestHeading string            `yaml:"lowest_heading"`
	ExamplesHead  string            `yaml:"examples_heading"`
	ExamplesNone  string            `yaml:"examples_none"`
	NoReplies     string            `yaml:"no_replies"`
	Date          string            `yaml:"date"`
	ID            string            `yaml:"id"`
	Position      string            `yaml:"position"`
	Message       string            `yaml:"message"`
	Legend        string            `yaml:"legend"`
	Bands         string            `yaml:"bands"`
	Severity      map[string]string `yaml:"severity"`
	Quote         []string          `yaml:"quote"`
	Decimal       string            `yaml:"decimal"`
	Months        []string          `yaml:"months"`
	// lang is the language; the rules' names come from lint
	// (lint.RuleLabel), as the web page's do.
	lang string
}

// loadLabels decodes the labels of every language, strictly, so a
// misspelled key fails the tests rather than leaving a blank in a report.
var loadLabels = sync.OnceValues(func() (map[string]*labels, error) {
	out := map[string]*labels{}
	for _, lang := range Languages {
		name := "templates/labels." + lang + ".yaml"
		data, err := templateFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		l := &labels{lang: lang}
		if err := dec.Decode(l); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if len(l.Quote) != 2 {
			return nil, fmt.Errorf("%s: quote: want an opening and a closing mark", name)
		}
		if len(l.Months) != 12 {
			return nil, fmt.Errorf("%s: months: want 12 names, have %d", name, len(l.Months))
		}
		out[lang] = l
	}
	return out, nil
})

// labelsFor returns the labels of a language, Dutch for an unknown one.
// The labels are embedded and checked by a test, so the error cannot
// happen in a released binary; it is reported all the same.
func labelsFor(lang string) (*labels, error) {
	all, err := loadLabels()
	if err != nil {
		return nil, err
	}
	if l, ok := all[lang]; ok {
		return l, nil
	}
	return all["nl"], nil
}

// ruleName returns the readable name of a rule, or its ID.
func (l *labels) ruleName(id string) string { return lint.RuleLabel(l.lang, id) }

// severityName returns the readable name of a severity.
func (l *labels) severityName(s string) string {
	if n := l.Severity[s]; n != "" {
		return n
	}
	return s
}

// number formats x with one decimal and the language's decimal mark.
func (l *labels) number(x float64) string {
	s := strconv.FormatFloat(x, 'f', 1, 64)
	return strings.Replace(s, ".", l.Decimal, 1)
}

// percent formats a percentage with one decimal: "12,5%".
func (l *labels) percent(x float64) string { return l.number(x) + "%" }

// quote puts the language's quotation marks around s.
func (l *labels) quote(s string) string {
	if len(l.Quote) != 2 {
		return `"` + s + `"`
	}
	return l.Quote[0] + s + l.Quote[1]
}

// fill replaces {name} placeholders in a label.
func fill(s string, vars ...string) string {
	for i := 0; i+1 < len(vars); i += 2 {
		s = strings.ReplaceAll(s, "{"+vars[i]+"}", vars[i+1])
	}
	return s
}

// shortDate formats an ISO date ("2025-03-07") as "7 mrt"; anything else
// is returned as it is.
func (l *labels) shortDate(iso string) string {
	if len(iso) != 10 {
		return iso
	}
	m, err := strconv.Atoi(iso[5:7])
	d, err2 := strconv.Atoi(iso[8:10])
	if err != nil || err2 != nil || m < 1 || m > 12 {
		return iso
	}
	return strconv.Itoa(d) + " " + l.Months[m-1]
}
