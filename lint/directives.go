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

// directives are a reply's inline directives.
type directives struct {
	all bool            // a directive without rule IDs
	off map[string]bool // the rules disabled
	// unknown are the IDs that name no rule, at their place in the text.
	unknown []unknownID
}

type unknownID struct {
	id   string
	span tone.Span
}

// readDirectives finds the directives of a text and returns the text with
// them blanked out (every byte but line breaks a space, so offsets and
// lines stay), so the rules never read them: a directive on the last line
// is not the reply's end, nor its sign-off. known says whether an ID names
// a rule.
func readDirectives(text string, known func(id string) bool) (string, *directives) {
	if !strings.Contains(text, "replylint-disable") {
		return text, nil
	}
	ms := directiveRE.FindAllStringSubmatchIndex(text, -1)
	if len(ms) == 0 {
		return text, nil
	}
	d := &directives{off: map[string]bool{}}
	b := []byte(text)
	for _, m := range ms {
		for i := m[0]; i < m[1]; i++ {
			if b[i] != '\n' && b[i] != '\r' {
				b[i] = ' '
			}
		}
		start, end := -1, -1
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				start, end = m[g], m[g+1]
			}
		}
		if start < 0 {
			d.all = true
			continue
		}
		args := text[start:end]
		n := 0
		for _, f := range strings.FieldsFunc(args, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
			n++
			d.off[f] = true
			if !known(f) {
				at := start + strings.Index(text[start:end], f)
				d.unknown = append(d.unknown, unknownID{id: f, span: tone.Span{Start: at, End: at + len(f)}})
			}
		}
		if n == 0 {
			d.all = true
		}
	}
	return string(b), d
}

// apply drops findings and credits of the rules the directives disable.
// A directive that disables every rule leaves its own findings about
// unknown IDs alone: there are none without IDs.
func (d *directives) apply(fs []Finding, credits []credit) ([]Finding, []credit) {
	if d == nil {
		return fs, credits
	}
	out := fs[:0]
	for _, f := range fs {
		if d.all || d.off[f.Rule] {
			continue
		}
		out = append(out, f)
	}
	kept := credits[:0]
	for _, c := range credits {
		if !d.all && !d.off[c.rule] {
			kept = append(kept, c)
		}
	}
	return out, kept
}
