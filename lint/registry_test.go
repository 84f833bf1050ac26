package lint

import (
	"encoding/json"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// catalogue returns the built-in rules as "id severity" (with "needs
// incoming" where it holds), sorted.
func catalogue(withIncoming bool) []string {
	var out []string
	for _, r := range Rules() {
		s := r.ID + " " + r.Severity.String()
		if withIncoming && r.NeedsIncoming {
			s += " needs incoming"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func ids() []string {
	var out []string
	for _, r := range Rules() {
		out = append(out, r.ID)
	}
	sort.Strings(out)
	return out
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

// Every list of rules outside lint names exactly the rules of Rules(),
// with their default severity where it gives one: a rule added to lint
// and forgotten in one of them, or one left behind, fails here. go
// generate ./lint writes the schema's, init.yaml's and the README's lists
// (TestGeneratedRuleListsAreFresh); docs/rules.md is prose a person
// writes, so a rule without its section there fails here only.
func TestEveryListOfRulesMatchesTheRegistry(t *testing.T) {
	t.Run("the config schema's rule IDs", func(t *testing.T) {
		var schema struct {
			Defs struct {
				RuleID struct {
					Enum []string `json:"enum"`
				} `json:"ruleId"`
			} `json:"$defs"`
		}
		require.NoError(t, json.Unmarshal([]byte(read(t, "../schema/replylint.schema.json")), &schema))
		got := append([]string(nil), schema.Defs.RuleID.Enum...)
		sort.Strings(got)
		assert.Equal(t, ids(), got)
	})
	t.Run("replylint init's list of defaults", func(t *testing.T) {
		var got []string
		for _, m := range regexp.MustCompile(`(?m)^#   ([a-z-]+): (info|warning|error) +(needs incoming)?`).FindAllStringSubmatch(read(t, "../cmd/replylint/init.yaml"), -1) {
			got = append(got, strings.TrimSpace(m[1]+" "+m[2]+" "+m[3]))
		}
		sort.Strings(got)
		assert.Equal(t, catalogue(true), got)
	})
	t.Run("the README's rule table", func(t *testing.T) {
		readme := read(t, "../README.md")
		i := strings.Index(readme, "\n## Rules")
		require.GreaterOrEqual(t, i, 0)
		section := readme[i+1:]
		section = section[:strings.Index(section, "\n## ")]
		var got []string
		for _, m := range regexp.MustCompile("(?m)^\\| `([a-z-]+)` \\| (info|warning|error)(, needs incoming)? \\|").FindAllStringSubmatch(section, -1) {
			got = append(got, m[1]+" "+m[2]+strings.ReplaceAll(m[3], ",", ""))
		}
		sort.Strings(got)
		assert.Equal(t, catalogue(true), got)
	})
	t.Run("the README's score table", func(t *testing.T) {
		readme := read(t, "../README.md")
		for _, r := range Rules() {
			if r.Cost == 0 {
				continue
			}
			row := regexp.MustCompile(`(?m)^\| ` + r.Part + ` \| \d+ \|[^\n]*\b` + regexp.QuoteMeta(r.ID) + `\b`)
			assert.Regexp(t, row, readme, "the %s row of the score table names %s", r.Part, r.ID)
		}
	})
	t.Run("docs/rules.md", func(t *testing.T) {
		doc := read(t, "../docs/rules.md")
		for _, id := range ids() {
			assert.Regexp(t, `(?m)^## .*\b`+regexp.QuoteMeta(id)+`\b`, doc, "docs/rules.md has a section on %s", id)
		}
	})
	// The web page and the team report name the rules with their labels
	// from lint/messages (RuleLabel, served by GET /api/rules); neither
	// keeps a list of its own.
	for _, lang := range []string{"nl", "en"} {
		t.Run("the rules' "+lang+" labels", func(t *testing.T) {
			for _, id := range ids() {
				assert.NotEqual(t, id, RuleLabel(lang, id), "%s: rule %s has no label in lint/messages/%s.yaml", lang, id, lang)
			}
		})
	}
	t.Run("no list of rules in the web page or the team report", func(t *testing.T) {
		assert.NotRegexp(t, `'?\br_[a-z-]+'?:`, read(t, "../internal/serve/static/app.js"))
		for _, lang := range []string{"nl", "en"} {
			assert.NotContains(t, read(t, "../internal/teamreport/templates/labels."+lang+".yaml"), "\nrules:")
		}
	})
}

// Every built-in rule speaks both languages: the same message keys in
// lint/messages/nl.yaml and en.yaml, and no messages of a rule that is
// gone.
func TestEveryRuleHasMessagesInBothLanguages(t *testing.T) {
	c := catalog()
	for _, lang := range []string{"nl", "en"} {
		var got []string
		for id := range c[lang] {
			got = append(got, id)
		}
		sort.Strings(got)
		assert.Equal(t, ids(), got, lang)
	}
	for _, id := range ids() {
		var nl, en []string
		for k := range c["nl"][id] {
			nl = append(nl, k)
		}
		for k := range c["en"][id] {
			en = append(en, k)
		}
		sort.Strings(nl)
		sort.Strings(en)
		assert.Equal(t, nl, en, id)
		assert.NotEmpty(t, nl, id)
	}
	for _, r := range Rules() {
		assert.NotEmpty(t, r.Doc, r.ID)
	}
}
