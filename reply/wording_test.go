package reply

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/tone"
)

// Advice, labels, drafts, holding messages and statements name the
// guidance they follow ("escalatiematrix", "webcarecrisis, stap 1"),
// never the internal numbering of the source texts (a "seed" and a number).
// Comments in the files are for translators and are not checked.
func TestNoTemplateTextCitesSeeds(t *testing.T) {
	files, err := fs.Glob(templateFS, "templates/*.yaml")
	require.NoError(t, err)
	require.ElementsMatch(t, []string{
		"templates/draft.en.yaml", "templates/draft.nl.yaml",
		"templates/triage.en.yaml", "templates/triage.nl.yaml",
	}, files, "both languages, triage advice and draft/statement templates")
	texts := map[string][]byte{"escalation.example.yaml": ExampleMatrix()}
	for _, f := range files {
		data, err := fs.ReadFile(templateFS, f)
		require.NoError(t, err)
		texts[f] = data
	}
	for name, data := range texts {
		var root yaml.Node
		require.NoError(t, yaml.Unmarshal(data, &root), name)
		var n int
		walkScalars(&root, func(s *yaml.Node) {
			n++
			assert.NotContains(t, strings.ToLower(s.Value), "seed", "%s:%d", name, s.Line)
		})
		assert.Greater(t, n, 20, "%s has text to check", name)
	}
}

// The advice a team sees names the guidance, in Dutch for a Dutch matrix.
func TestTriageAdviceNamesTheGuidance(t *testing.T) {
	tests := map[string]struct {
		message string
		want    string
	}{
		"crisis: holding message now":    {"Kan niemand in heel Nederland pinnen? Alle kassa's hier liggen plat.", "(webcarecrisis, stap 1)"},
		"press: wait for the owner":      {"Ik heb Radar gemaild over jullie weigering om mijn kapotte wasmachine te vervangen.", "(escalatiematrix)"},
		"complaint: empathy and a DM":    {"Mijn pakket is al drie dagen zoek en niemand helpt me.", "(negatieve referenties, escalatie voorkomen)"},
		"question: the right department": {"Zijn jullie winkels op tweede paasdag open?", "(escalatiematrix)"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			d := Triage(tone.Input{Incoming: tt.message}, nil)
			all := strings.Join(d.Advice, "\n")
			assert.Contains(t, all, tt.want)
			assert.NotContains(t, strings.ToLower(all), "seed")
		})
	}
}

func walkScalars(n *yaml.Node, f func(*yaml.Node)) {
	if n.Kind == yaml.ScalarNode {
		f(n)
	}
	for _, c := range n.Content {
		walkScalars(c, f)
	}
}
