package drive

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

func TestLintTurnsAPanicIntoAnErrorNamingTheInput(t *testing.T) {
	boom := lint.Rule{ID: "boom", Doc: "Panics on a reply with 'boem' or 'boom'.", Severity: lint.Warning,
		Run: func(p *lint.Pass) {
			for _, w := range []string{"boem", "boom"} {
				if strings.Contains(p.Analysis.Text, w) {
					panic("odd input")
				}
			}
		}}
	l, err := lint.New(nil, lint.WithRules(boom))
	require.NoError(t, err)
	tests := []struct {
		name    string
		where   string
		text    string
		wantErr string // "" is no error
	}{
		{"Dutch near miss: capital Boem", "replies.jsonl:3", "@user Boem, je pakket is er morgen. ^Anne", ""},
		{"Dutch hit", "replies.jsonl:3", "@user boem, je pakket is er morgen. ^Anne", "replies.jsonl:3: internal error, please report it: odd input"},
		{"English hit", "reply.txt", "@user boom, your parcel arrives tomorrow. ^Anne", "reply.txt: internal error, please report it: odd input"},
		{"English near miss", "reply.txt", "@user bloom, your parcel arrives tomorrow. ^Anne", ""},
		{"no name for the input", "", "@user boom, tomorrow. ^Anne", "internal error, please report it: odd input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := LintWith(tt.where, l, tone.Input{Text: tt.text})
			if tt.wantErr == "" {
				require.NoError(t, err)
				assert.NotNil(t, res.Analysis)
				return
			}
			require.EqualError(t, err, tt.wantErr)
			var pe *PanicError
			require.True(t, errors.As(err, &pe))
			assert.NotEmpty(t, pe.Stack)
			assert.Empty(t, res.Findings)
		})
	}
}

func TestLintWithoutAPanicIsLintLint(t *testing.T) {
	for _, text := range []string{"@user Misschien komt het morgen. ^Anne", "@user Maybe it arrives tomorrow. ^Anne"} {
		res, err := Lint("reply.txt", tone.Input{Text: text}, nil)
		require.NoError(t, err)
		assert.Equal(t, lint.Lint(tone.Input{Text: text}, nil).Findings, res.Findings)
	}
}
