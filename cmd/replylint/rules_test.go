package main

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/lint"
)

// "replylint rules" lists exactly the rules of lint.Rules(), in both
// formats, in the catalogue's order: a rule added to lint shows up
// without a change to any script.
func TestRulesListsEveryRule(t *testing.T) {
	t.Chdir(t.TempDir()) // no team config
	var want []string
	for _, r := range lint.Rules() {
		want = append(want, r.ID+"  "+r.Severity.String())
	}

	code, out, stderr := runCLI(context.Background(), t, strings.NewReader(""), "rules")
	require.Equal(t, exitOK, code, stderr)
	var got []string
	for _, m := range regexp.MustCompile(`(?m)^([a-z-]+  (?:info|warning|error))\b`).FindAllStringSubmatch(out, -1) {
		got = append(got, m[1])
	}
	assert.Equal(t, want, got, "text")

	code, out, stderr = runCLI(context.Background(), t, strings.NewReader(""), "rules", "--format", "json")
	require.Equal(t, exitOK, code, stderr)
	var list struct {
		Rules []struct{ ID, Severity string }
	}
	require.NoError(t, json.Unmarshal([]byte(out), &list))
	got = nil
	for _, r := range list.Rules {
		got = append(got, r.ID+"  "+r.Severity)
	}
	assert.Equal(t, want, got, "json")
}
