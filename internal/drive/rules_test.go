package drive

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/lint"
)

func TestRulesShowTheEffectiveSeverityUnderAConfig(t *testing.T) {
	tests := []struct {
		name   string
		config string // "" is no config: the defaults
		want   map[string]string
	}{
		{"no config keeps every default", "", map[string]string{"hedging": defaultOf(t, "hedging"), "mirror": defaultOf(t, "mirror")}},
		{"a rule raised to error", "rules:\n  hedging: error\n", map[string]string{"hedging": "error", "mirror": defaultOf(t, "mirror")}},
		{"a rule turned off", "rules:\n  mirror: off\n", map[string]string{"hedging": defaultOf(t, "hedging"), "mirror": "off"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cfg *lint.Config
			if tt.config != "" {
				c, err := lint.ParseConfig(".replylint.yaml", []byte(tt.config))
				require.NoError(t, err)
				cfg = c
			}
			infos, err := Rules(cfg)
			require.NoError(t, err)
			require.Len(t, infos, len(lint.Rules()))
			got := map[string]string{}
			for i, r := range lint.Rules() {
				assert.Equal(t, r.ID, infos[i].ID)
				assert.Equal(t, r.Severity, infos[i].Severity, "the default stays the rule's own")
				assert.Equal(t, r.Doc, infos[i].Doc)
				got[r.ID] = infos[i].Effective
			}
			for id, want := range tt.want {
				assert.Equal(t, want, got[id], id)
			}
		})
	}
}

func defaultOf(t *testing.T, id string) string {
	t.Helper()
	for _, r := range lint.Rules() {
		if r.ID == id {
			return r.Severity.String()
		}
	}
	t.Fatalf("no rule %q", id)
	return ""
}
