package lint

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/internal/golit"
)

// ruleList is a list of the built-in rules in a file outside lint that go
// generate ./lint writes from the rules' declarations and listings; the
// rest of the file is left as it is.
type ruleList struct {
	path string
	// write returns the file with the list written into it, from the file
	// as it is now.
	write func(old string) (string, error)
}

var ruleLists = []ruleList{
	{"../schema/replylint.schema.json", writeSchemaRuleIDs},
	{"../cmd/replylint/init.yaml", writeInitDefaults},
	{"../README.md", writeReadmeTables},
}

// TestGeneratedRuleListsAreFresh holds every list of the rules to the
// rules' own declarations: the catalogue's order (compiled_catalogue.go),
// the schema's rule IDs, init.yaml's defaults and the README's rule and
// score tables. With -update-compiled (go generate ./lint) it writes them,
// so that a new rule needs its own file, messages and tests only.
func TestGeneratedRuleListsAreFresh(t *testing.T) {
	w := &golit.Writer{Pkg: "lint"}
	w.WriteString(golit.Header("lint", "go test ./lint -run TestGenerated"))
	w.WriteString("func init() {\n\t// The catalogue's order, from the rules registered when go generate ran:\n" +
		"\t// a rule keeps its place, and a new rule comes last.\n\tcatalogueOrder = []string{\n")
	for _, r := range registry() {
		w.Printf("\t\t%q,\n", r.ID)
	}
	w.WriteString("\t}\n}\n")
	if err := w.Check("compiled_catalogue.go", *updateCompiled); errors.Is(err, golit.ErrStale) {
		t.Error("lint/compiled_catalogue.go is not the catalogue's order now: run go generate ./lint")
	} else {
		require.NoError(t, err)
	}

	for _, l := range ruleLists {
		old, err := os.ReadFile(l.path)
		require.NoError(t, err)
		s, err := l.write(string(old))
		require.NoError(t, err, l.path)
		if *updateCompiled {
			require.NoError(t, os.WriteFile(l.path, []byte(s), 0o644))
			continue
		}
		if s != string(old) {
			t.Errorf("%s does not list the rules as they are declared now: run go generate ./lint\n%s", l.path, firstDifference(string(old), s))
		}
	}
}

// firstDifference shows the first line where have and want differ.
func firstDifference(have, want string) string {
	h, w := strings.Split(have, "\n"), strings.Split(want, "\n")
	for i := range max(len(h), len(w)) {
		var a, b string
		if i < len(h) {
			a = h[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf("line %d\n have: %s\n want: %s", i+1, a, b)
		}
	}
	return ""
}

// replaceOnce replaces the one match of re in s with repl's result.
func replaceOnce(s string, re *regexp.Regexp, what string, repl func(match []string) string) (string, error) {
	loc := re.FindAllStringSubmatchIndex(s, -1)
	if len(loc) != 1 {
		return "", fmt.Errorf("%d places for %s, want 1", len(loc), what)
	}
	var m []string
	for i := 0; i < len(loc[0]); i += 2 {
		if loc[0][i] < 0 {
			m = append(m, "")
			continue
		}
		m = append(m, s[loc[0][i]:loc[0][i+1]])
	}
	return s[:loc[0][0]] + repl(m) + s[loc[0][1]:], nil
}

// writeSchemaRuleIDs writes the schema's enum of rule IDs, in the order of
// the catalogue, in lines of at most 102 characters.
func writeSchemaRuleIDs(old string) (string, error) {
	re := regexp.MustCompile(`(?s)("ruleId": \{\n)( *)"enum": \[[^\]]*\]\n`)
	return replaceOnce(old, re, `the "ruleId" enum`, func(m []string) string {
		const width = 102
		line := m[2] + `"enum": [`
		cont := strings.Repeat(" ", len(line))
		var b strings.Builder
		b.WriteString(m[1])
		rules := registry()
		for i, r := range rules {
			tok := fmt.Sprintf("%q,", r.ID)
			if i == len(rules)-1 {
				tok = fmt.Sprintf("%q]", r.ID)
			}
			switch {
			case strings.HasSuffix(line, "["):
				line += tok
			case len(line)+1+len(tok) > width:
				b.WriteString(line + "\n")
				line = cont + tok
			default:
				line += " " + tok
			}
		}
		b.WriteString(line + "\n")
		return b.String()
	})
}

// writeInitDefaults writes init.yaml's commented list of the rules'
// default severities, in the order of the catalogue.
func writeInitDefaults(old string) (string, error) {
	re := regexp.MustCompile(`(?m)(?:^#   [a-z-]+: (?:info|warning|error) .*\n)+`)
	return replaceOnce(old, re, "the list of defaults", func([]string) string {
		var b strings.Builder
		for _, r := range registry() {
			text := listings[r.ID].brief
			if r.NeedsIncoming {
				text = "needs incoming: " + text
			}
			fmt.Fprintf(&b, "#   %-26s %s\n", r.ID+": "+r.Severity.String(), text)
		}
		return b.String()
	})
}

// writeReadmeTables writes the README's rule table and score table. The
// rule table keeps the order its rows have (a person may move a row), a
// rule it lacks comes last; the score table names each part's rules in
// the rule table's order and keeps a note in brackets after them.
func writeReadmeTables(old string) (string, error) {
	rows := regexp.MustCompile("(?m)^(\\| rule \\| default \\| what it finds \\|\n\\|---\\|---\\|---\\|\n)((?:\\| `.*\n)*)")
	var order []string
	s, err := replaceOnce(old, rows, "the rule table", func(m []string) string {
		for _, row := range regexp.MustCompile("(?m)^\\| `([a-z0-9-]+)` \\|").FindAllStringSubmatch(m[2], -1) {
			if _, ok := RuleByID(row[1]); ok {
				order = append(order, row[1])
			}
		}
		for _, r := range registry() {
			if !slices.Contains(order, r.ID) {
				order = append(order, r.ID)
			}
		}
		var b bytes.Buffer
		b.WriteString(m[1])
		for _, id := range order {
			r, _ := RuleByID(id)
			def := r.Severity.String()
			if r.NeedsIncoming {
				def += ", needs incoming"
			}
			fmt.Fprintf(&b, "| `%s` | %s | %s |\n", r.ID, def, listings[r.ID].finds)
		}
		return b.String()
	})
	if err != nil {
		return "", err
	}
	parts := regexp.MustCompile(`(?m)^(\| part \| default weight \| moved by \|\n\|---\|---\|---\|\n)((?:\| [a-z_]+ \|.*\n)*)`)
	return replaceOnce(s, parts, "the score table", func(m []string) string {
		notes := map[string]string{}
		for _, row := range regexp.MustCompile(`(?m)^\| ([a-z_]+) \| \d+ \| [^(|\n]*( \([^)]*\))? \|$`).FindAllStringSubmatch(m[2], -1) {
			notes[row[1]] = row[2]
		}
		var b strings.Builder
		b.WriteString(m[1])
		weights := DefaultWeights()
		for _, part := range Parts() {
			var ids []string
			for _, id := range order {
				if r, _ := RuleByID(id); r.Part == part && r.Cost > 0 {
					ids = append(ids, id)
				}
			}
			fmt.Fprintf(&b, "| %s | %d | %s%s |\n", part, weights.Of(part), strings.Join(ids, ", "), notes[part])
		}
		return b.String()
	})
}
