package lint_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// Messages name the guidance they follow ("escalatiematrix", "reageer
// nooit anoniem"), never the internal numbering of the source texts.
func TestNoUserVisibleTextCitesSeeds(t *testing.T) {
	files, err := filepath.Glob("messages/*.yaml")
	require.NoError(t, err)
	require.Len(t, files, 2)
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		for i, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "#") {
				continue // comments are for translators
			}
			assert.NotContains(t, strings.ToLower(line), "seed", "%s:%d", f, i+1)
		}
	}
	for _, r := range lint.Rules() {
		assert.NotContains(t, strings.ToLower(r.Doc), "seed", "doc of %s (replylint rules, /api/rules)", r.ID)
	}
}

// The kind of personal data is named in the reply's language: no
// "(mobile)" in a Dutch finding, no "(mobiel nummer)" in an English one.
func TestPersonalDataKindsSpeakTheRepliesLanguage(t *testing.T) {
	tests := []struct {
		name, reply string
		want        []string
		notWant     []string
	}{
		{"Dutch", "@klant Bel me gerust op 06-12345678, of kom langs op Kerkstraat 12. Groet, Anne (webcare)",
			[]string{"(mobiel nummer)", "(adres)"}, []string{"mobile", "street-address", "street address"}},
		{"English", "@user Call me on 06-12345678 or drop by at Kerkstraat 12. Best, Anne (customer care)",
			[]string{"(mobile number)", "(street address)"}, []string{"(mobile)", "street-address", "mobiel"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := lint.Lint(tone.Input{Text: tt.reply, Channel: tone.ChannelPublic}, nil)
			var msgs []string
			for _, f := range res.Findings {
				if f.Rule == "public-pii" {
					msgs = append(msgs, f.Message)
				}
			}
			all := strings.Join(msgs, "\n")
			for _, w := range tt.want {
				assert.Contains(t, all, w)
			}
			for _, w := range tt.notWant {
				assert.NotContains(t, all, w)
			}
		})
	}
}
