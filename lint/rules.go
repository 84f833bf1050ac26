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
	check    func(a *tone.Analysis, c *Config) []Finding
}

func (r *rule) ID() string                { return r.id }
func (r *rule) Doc() string               { return r.doc }
func (r *rule) DefaultSeverity() Severity { return r.severity }
func (r *rule) NeedsIncoming() bool       { return r.incoming }
func (r *rule) Check(a *tone.Analysis, c *Config) []Finding {
	if c == nil {
		c = DefaultConfig()
	}
	return r.check(a, c)
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

// lexiconFindings turns the unquoted hits of a lexicon category into
// findings of a rule; entries marked "info" give info findings.
func lexiconFindings(a *tone.Analysis, category, ruleID string) []Finding {
	var out []Finding
	for _, h := range a.Hits {
		if h.Category != category || h.Quoted || h.Echo {
			continue
		}
		f := Finding{
			Rule:    ruleID,
			Message: msg(a.Lang, ruleID, "message", "words", h.Text(a.Text)),
		}
		f.Span = h.Span
		if h.Entry.Level == "info" {
			f.Severity = Info
		}
		if h.Entry.Suggestion != "" {
			f.Suggestions = []string{h.Entry.Suggestion}
		}
		out = append(out, f)
	}
	return out
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
