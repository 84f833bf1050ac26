package lint

import (
	"strings"

	"github.com/replylint/replylint/tone"
)

// Rule is one check of a reply.
type Rule interface {
	// ID is the rule's stable identifier, e.g. "hedging".
	ID() string
	// Doc says what the rule checks, in English.
	Doc() string
	// DefaultSeverity is the severity when the config sets none.
	DefaultSeverity() Severity
	// NeedsIncoming is set for rules that stay silent without the
	// customer's message.
	NeedsIncoming() bool
	// Check returns the rule's findings on an analysis.
	Check(a *tone.Analysis, c *Config) []Finding
}

// rule is the one implementation of Rule: a plain value per rule, each
// in its own file, registered in registry.
type rule struct {
	id       string
	doc      string
	severity Severity
	incoming bool
	// part is the score part the rule's findings cost points in, and
	// cost what one finding costs there; "" and 0 for rules outside the
	// score.
	part string
	cost int
	run  func(p *Pass)
}

func (r *rule) ID() string                { return r.id }
func (r *rule) Doc() string               { return r.doc }
func (r *rule) DefaultSeverity() Severity { return r.severity }
func (r *rule) NeedsIncoming() bool       { return r.incoming }
func (r *rule) Check(a *tone.Analysis, c *Config) []Finding {
	if c == nil {
		c = DefaultConfig()
	}
	p := &Pass{Analysis: a, Config: c, rule: r}
	r.run(p)
	return p.findings
}

// Pass is one rule's run over one reply: what the rule reads and where it
// reports. The driver fills in each finding's rule, severity and
// position.
type Pass struct {
	// Analysis is the reply, with the customer's message when given.
	Analysis *tone.Analysis
	// Config is the team's configuration; rules only read it.
	Config *Config

	rule     *rule
	findings []Finding
	credits  []credit
}

// Report reports a finding at a span, with edits that carry it out
// literally where there are any. It costs the rule's Cost in its Part.
func (p *Pass) Report(sp tone.Span, message string, fixes ...Fix) {
	p.ReportFinding(Finding{Span: sp, Message: message, Fixes: fixes, Cost: p.rule.cost})
}

// ReportFinding reports a finding the rule filled in itself: Span,
// Message, Suggestions, Fixes and Cost (the points it costs in the rule's
// score part; 0 costs nothing). A Severity of 0 or Warning becomes the
// rule's severity under the config; Info and Error stay as given.
func (p *Pass) ReportFinding(f Finding) {
	p.findings = append(p.findings, f)
}

// Credit earns points in the rule's score part for words that do what
// the rule asks ("empathy found"). A credit has no finding; it restores
// points that costs took, never past 100.
func (p *Pass) Credit(sp tone.Span, points int) {
	p.credits = append(p.credits, credit{rule: p.rule.id, part: p.rule.part, points: points, span: sp})
}

// msg returns the rule's message for a key in the reply's language.
func (p *Pass) msg(key string, vars ...string) string {
	return msg(p.Analysis.Lang, p.rule.id, key, vars...)
}

// registry lists every rule in the order of the catalogue.
var registry = []*rule{
	hedgingRule, clicheRule, signatureRule, mixedAddressRule, defensiveRule, minimizingRule,
	emotionalRule, publicPIIRule, dmMoveRule, empathyMissingRule, apologyMissingRule,
	noNextStepRule, mirrorRule, addressMatchRule, lengthRule,
}

// Rules returns every rule with its documentation.
func Rules() []Rule {
	out := make([]Rule, len(registry))
	for i, r := range registry {
		out[i] = r
	}
	return out
}

// RuleByID returns the rule with the given ID, or nil.
func RuleByID(id string) Rule {
	for _, r := range registry {
		if r.id == id {
			return r
		}
	}
	return nil
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
		f := Finding{Span: h.Span, Message: p.msg("message", "words", h.Text(a.Text)), Cost: p.rule.cost}
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
	var words []string
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
