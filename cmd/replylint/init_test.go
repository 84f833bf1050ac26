package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/reply"
)

// The config "replylint init" writes loads, is valid against the schema
// its first line names, documents every rule, and changes no default.
func TestInitConfig(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := runCLI(context.Background(), t, strings.NewReader(""), "init", dir)
	require.Equal(t, exitOK, code, errOut)
	path := filepath.Join(dir, ".replylint.yaml")
	assert.Equal(t, "wrote "+path+"\nwrote "+filepath.Join(dir, "escalation.yaml")+"\n", out)
	_, err := reply.LoadMatrix(filepath.Join(dir, "escalation.yaml"))
	require.NoError(t, err, "the written matrix loads")

	data, err := os.ReadFile(path)
	require.NoError(t, err)
	first, _, _ := strings.Cut(string(data), "\n")
	assert.Equal(t, "# yaml-language-server: $schema=https://raw.githubusercontent.com/replylint/replylint/main/schema/replylint.schema.json", first)

	cfg, err := lint.LoadConfig(path)
	require.NoError(t, err)
	def := lint.DefaultConfig()
	assert.Equal(t, def.FailLevel, cfg.FailLevel)
	assert.Equal(t, def.Address, cfg.Address)
	assert.Equal(t, def.MaxReplyBytes, cfg.MaxReplyBytes)
	assert.Equal(t, def.Weights, cfg.Weights)
	assert.Equal(t, def.Channels, cfg.Channels)
	assert.Equal(t, def.Signature.RequireRole, cfg.Signature.RequireRole)
	assert.Equal(t, def.Signature.OnPrivate, cfg.Signature.OnPrivate)
	assert.Empty(t, cfg.Signature.Roster)
	assert.Empty(t, cfg.AllowedContacts)
	assert.Empty(t, cfg.Rules, "every rule at its default")
	assert.Empty(t, cfg.Lexicon)

	for _, r := range lint.Rules() {
		assert.Contains(t, string(data), "#   "+r.ID+": "+r.Severity.String(), "the rule list names %s with its default", r.ID)
	}

	raw, err := os.ReadFile("../../schema/replylint.schema.json")
	require.NoError(t, err)
	schemaDoc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource("replylint.schema.json", schemaDoc))
	sch, err := c.Compile("replylint.schema.json")
	require.NoError(t, err)
	var v any
	require.NoError(t, yaml.Unmarshal(data, &v))
	j, err := json.Marshal(v)
	require.NoError(t, err)
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(j))
	require.NoError(t, err)
	assert.NoError(t, sch.Validate(inst))

	// The commented examples are valid settings too, once uncommented.
	assert.Contains(t, string(data), "#   rules:\n#     mirror: off\n")
	for _, start := range []string{"#   rules:\n", "#   lexicon:\n"} {
		example := uncomment(string(data), start)
		_, err = lint.ParseConfig("example.yaml", []byte(example))
		assert.NoError(t, err, example)
	}
}

// uncomment returns the commented block that starts with the line from:
// the lines of the same comment, "#   " taken off.
func uncomment(text, from string) string {
	i := strings.Index(text, from)
	var b strings.Builder
	for _, l := range strings.Split(text[i:], "\n") {
		if !strings.HasPrefix(l, "#   ") {
			break
		}
		b.WriteString(strings.TrimPrefix(l, "#   ") + "\n")
	}
	return b.String()
}

func TestInitNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, ".replylint.yaml")
	require.NoError(t, os.WriteFile(path, []byte("fail_level: error\n"), 0o644))
	code, _, errOut := runCLI(context.Background(), t, strings.NewReader(""), "init", dir)
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, path+" already exists; use --force to overwrite it")
	data, _ := os.ReadFile(path)
	assert.Equal(t, "fail_level: error\n", string(data), "untouched")

	code, _, errOut = runCLI(context.Background(), t, strings.NewReader(""), "init", "--force", dir)
	assert.Equal(t, exitOK, code, errOut)
	data, _ = os.ReadFile(path)
	assert.Equal(t, initConfig, data)

	// A .replylint.yml is a config too: init does not shadow it.
	other := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(other, ".replylint.yml"), []byte("{}\n"), 0o644))
	for _, args := range [][]string{{"init", other}, {"init", "--force", other}} {
		code, _, errOut = runCLI(context.Background(), t, strings.NewReader(""), args...)
		assert.Equal(t, exitError, code, "%v", args)
		assert.Contains(t, errOut, ".replylint.yml already exists")
		assert.NoFileExists(t, filepath.Join(other, ".replylint.yaml"))
	}
}
