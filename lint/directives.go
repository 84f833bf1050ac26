package lint

import (
	"regexp"
	"strings"

	"github.com/replylint/replylint/tone"
)

// directiveRE finds inline directives: <!-- replylint-disable hedging,
// signature --> or, in plain text, a line "replylint-disable hedging".
// A directive without rule IDs disables every rule for the reply.
var directiveRE = regexp.MustCompile(`(?m)(?:<!--\s*replylint-disable\b([^>]*?)-->|^[ \t]*replylint-disable\b([^\n]*)$)`)

// applyDirectives drops findings and credits of rules the reply
// disables, and findings inside the directives themselves.
func applyDirectives(a *tone.Analysis, fs []Finding, credits []credit) ([]Finding, []credit) {
	if !strings.Contains(a.Text, "replylint-disable") {
		return fs, credits
	}
	all := false
	off := map[string]bool{}
	var spans []tone.Span
	for _, m := range directiveRE.FindAllStringSubmatchIndex(a.Text, -1) {
		spans = append(spans, tone.Span{Start: m[0], End: m[1]})
		args := ""
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				args = a.Text[m[g]:m[g+1]]
			}
		}
		ids := strings.FieldsFunc(args, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
		if len(ids) == 0 {
			all = true
		}
		for _, id := range ids {
			off[id] = true
		}
	}
	out := fs[:0]
	for _, f := range fs {
		if all || off[f.Rule] || inAny(spans, f.Span) {
			continue
		}
		out = append(out, f)
	}
	kept := credits[:0]
	for _, c := range credits {
		if !all && !off[c.rule] {
			kept = append(kept, c)
		}
	}
	return out, kept
}

func inAny(spans []tone.Span, sp tone.Span) bool {
	for _, s := range spans {
		if s.Contains(sp) {
			return true
		}
	}
	return false
}
