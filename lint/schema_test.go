package lint

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// The JSON Schema in schema/ (for editor completion) and the config
// loader agree: what one accepts, the other accepts.
func TestConfigSchemaAgreesWithLoader(t *testing.T) {
	raw, err := os.ReadFile("../schema/replylint.schema.json")
	require.NoError(t, err)
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource("replylint.schema.json", doc))
	sch, err := c.Compile("replylint.schema.json")
	require.NoError(t, err)

	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	s := string(readme)
	i := strings.Index(s, "## Config")
	start := strings.Index(s[i:], "```yaml\n") + i + len("```yaml\n")
	readmeConfig := s[start : strings.Index(s[start:], "```")+start]

	cases := []struct {
		name, yaml string
		valid      bool
	}{
		{"README example", readmeConfig, true},
		{"empty", "{}", true},
		{"rule off", "rules:\n  mirror: off\n", true},
		{"unknown key", "colour: red\n", false},
		{"unknown rule", "rules:\n  hedgeing: off\n", false},
		{"bad severity", "fail_level: loud\n", false},
		{"bad address", "address: jij\n", false},
		{"unknown signature key", "signature:\n  role: true\n", false},
		{"negative weight", "weights: {empathy: -1}\n", false},
		{"unknown entry field", "lexicon:\n  nl:\n    hedging:\n      - match: x\n        colour: red\n", false},
		{"unknown language", "lexicon:\n  de:\n    hedging: [x]\n", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var v any
			require.NoError(t, yaml.Unmarshal([]byte(tc.yaml), &v))
			b, err := json.Marshal(v)
			require.NoError(t, err)
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
			require.NoError(t, err)
			schemaErr := sch.Validate(inst)
			_, loadErr := ParseConfig("c.yaml", []byte(tc.yaml))
			assert.Equal(t, tc.valid, schemaErr == nil, "schema: %v", schemaErr)
			assert.Equal(t, tc.valid, loadErr == nil, "loader: %v", loadErr)
		})
	}
}
