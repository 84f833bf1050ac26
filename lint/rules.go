package lint

import (
	"slices"
	"strings"
	"sync"

	"github.com/replylint/replylint/tone"
)

// Rule is one check of a reply, as a plain value in the spirit of
// golang.org/x/tools/go/analysis: what it is (ID, Doc, URL), how it
// reports (Severity, NeedsIncoming), what its findings cost in the score
// (Part, Cost) and what it does (Run). The built-in rules are listed by
// Rules, each in its own file; a caller adds its own with WithRules.
type Rule struct {
	// ID is the rule's stable identifier, e.g. "hedging".
	ID string
	// Doc says what the rule checks, in English; its first sentence up to
	// ":" names it.
	Doc string
	// URL is where the rule is documented.
	URL string
	// Severity is the rule's severity when the config sets none.
	Severity Severity
	// NeedsIncoming is set for rules that need the customer's message:
	// the driver does not run them without one.
	NeedsIncoming bool
	// Part is the score part the rule's findings cost points in
	// (PartEmpathy, …), and Cost what one finding costs there; "" and 0
	// for a rule outside the score.
	Part string
	Cost int
	// Run checks one reply and reports through the pass.
	Run func(*Pass)
}

// Pass is one rule's run over one reply: what the rule reads and where it
// reports. The driver fills in each finding's rule, severity and
// position, and builds the score from the findings.
type Pass struct {
	// Analysis is the reply, with the customer's message when given.
	Analysis *tone.Analysis
	// Config is the linter's configuration; rules only read it.
	Config *Config
	// Rule is the rule that runs.
	Rule *Rule

	findings   []Finding
	credits    []credit
	directives *directives // the reply's inline directives, or nil
}

// Report reports a finding at a span of the reply, with edits that carry
// it out literally where there are any. It costs the rule's Cost.
func (p *Pass) Report(sp tone.Span, message string, fixes ...Fix) {
	p.ReportFinding(Finding{Span: sp, Message: message, Fixes: fixes, Cost: p.Rule.Cost})
}

// ReportFinding reports a finding the rule filled in itself: Span,
// Message, Suggestions, Fixes and Cost (the points it costs in the rule's
// score part, as given: 0 costs nothing). A Severity of 0 or Warning
// becomes the rule's severity under the config; Info and Error stay.
func (p *Pass) ReportFinding(f Finding) {
	p.findings = append(p.findings, f)
}

// Credit earns points in the rule's score part for words that do what
// the rule asks ("empathy found"). A credit has no finding; it restores
// points that costs took, never past 100.
func (p *Pass) Credit(sp tone.Span, points int) {
	p.credits = append(p.credits, credit{rule: p.Rule.ID, part: p.Rule.Part, points: points, span: sp})
}

// msg returns a built-in rule's message for a key in the reply's
// language.
func (p *Pass) msg(key string, vars ...string) string {
	return msg(p.Analysis.Lang, p.Rule.ID, key, vars...)
}

// rulesURL documents the built-in rules.
const rulesURL = "https://github.com/replylint/replylint/blob/main/docs/rules.md"

// listing is how the README and "replylint init" describe a built-in
// rule, kept beside its declaration. go generate ./lint writes every list
// of the rules outside lint from the registered rules and their listings:
// the README's rule and score tables, init.yaml's defaults and the
// schema's rule IDs (TestGeneratedRuleListsAreFresh).
type listing struct {
	// finds is the README rule table's "what it finds": Markdown, one line.
	finds string
	// brief is the rule's line in init.yaml's list of defaults, after
	// "needs incoming: " where that holds.
	brief string
}

var (
	registered []*Rule // in the order their files are initialised
	listings   = map[string]listing{}
)

// register adds a built-in rule to the catalogue, from the rule's own
// file, with its listing. A new built-in rule needs its file (lint/ID.go,
// declaring it with register), its messages in lint/messages/nl.yaml and
// en.yaml (a label at least), its tests, its lexicon entries if it reads
// any, and a section in docs/rules.md (prose, checked by a test); then go
// generate ./... writes the compiled messages, the catalogue's order, the
// schema's rule IDs, init.yaml's defaults and the README's tables.
func register(r *Rule, l listing) *Rule {
	registered = append(registered, r)
	listings[r.ID] = l
	return r
}

// catalogueOrder is the order of the catalogue by rule ID, set by
// compiled_catalogue.go (go generate ./lint): the rules it knows keep
// their place, a newer rule comes last.
var catalogueOrder []string

// registry lists the built-in rules in the order of the catalogue: those
// of catalogueOrder in its order, then the others in the order of their
// files.
var registry = sync.OnceValue(func() []*Rule {
	place := map[string]int{}
	for i, id := range catalogueOrder {
		place[id] = i
	}
	out := slices.Clone(registered)
	slices.SortStableFunc(out, func(a, b *Rule) int {
		pa, oka := place[a.ID]
		pb, okb := place[b.ID]
		switch {
		case oka && okb:
			return pa - pb
		case oka:
			return -1
		case okb:
			return 1
		}
		return 0
	})
	return out
})

// Rules returns the built-in rules, in the order of the catalogue: copies
// the caller may change.
func Rules() []Rule {
	rules := registry()
	out := make([]Rule, len(rules))
	for i, r := range rules {
		out[i] = *r
	}
	return out
}

// RuleByID returns a copy of the built-in rule with the given ID, and
// false when there is none.
func RuleByID(id string) (Rule, bool) {
	for _, r := range registry() {
		if r.ID == id {
			return *r, true
		}
	}
	return Rule{}, false
}

// reportHits reports the reply's own hits of a lexicon category: not
// quoted, not the customer's words said back. Grey entries (level: info)
// are info findings that cost nothing.
func reportHits(p *Pass, category string) {
	a := p.Analysis
	for _, h := range a.Hits {
		if h.Category != category || h.Quoted || h.Echo {
			continue
		}
		f := Finding{Span: h.Span, Message: p.msg("message", "words", h.Text(a.Text)), Cost: p.Rule.Cost}
		if h.Entry.Level == "info" {
			f.Severity, f.Cost = Info, 0
		}
		if h.Entry.Suggestion != "" {
			f.Suggestions = []string{h.Entry.Suggestion}
		}
		p.ReportFinding(f)
	}
}

// openingSpan covers the reply's first sentence, for findings about the
// reply as a whole.
func openingSpan(a *tone.Analysis) tone.Span {
	for _, s := range a.Sentences {
		k := s.First
		for k < s.Last && a.Tokens[k].Kind == tone.Handle {
			k++
		}
		if k < s.Last {
			return tone.Span{Start: a.Tokens[k].Span.Start, End: s.Span.End}
		}
	}
	return a.EndSpan()
}

// situation describes the customer's problem in their own words, for
// suggestions: the first sentence of the incoming message with a
// complaint cue, shortened.
func situation(a *tone.Analysis) string {
	if a.Incoming == nil || a.Incoming.Message == nil || len(a.Incoming.Message.Cues) == 0 {
		if a.Lang == "en" {
			return "[what went wrong for this customer]"
		}
		return "[wat er voor deze klant misging]"
	}
	inc := a.Incoming
	si := inc.SentenceAt(inc.Message.Cues[0].Start)
	if si < 0 {
		return inc.Message.Cues[0].In(inc.Text)
	}
	s := inc.Sentences[si]
	words := make([]string, 0, 12)
	for _, t := range inc.Tokens[s.First:s.Last] {
		if t.Kind == tone.Word || t.Kind == tone.Number {
			words = append(words, t.Text)
		}
		if len(words) == 12 {
			break
		}
	}
	return "\"" + strings.Join(words, " ") + "\""
}
