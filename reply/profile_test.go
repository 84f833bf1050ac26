package reply

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/lint"
)

func TestProfileFromConfig(t *testing.T) {
	cfg := []byte("fail_level: warning\nprofile:\n  agent: Anne\n  role: webcare\n  dm: PB\n")
	p, err := ProfileFromConfig("team/.replylint.yaml", cfg)
	require.NoError(t, err)
	assert.Equal(t, "Anne", p.Agent)
	assert.Equal(t, "webcare", p.Role)
	assert.Equal(t, "PB", p.DM)
	assert.Nil(t, p.Templates)
	_, err = lint.ParseConfig("team/.replylint.yaml", cfg)
	require.NoError(t, err, "lint accepts the profile section")

	p, err = ProfileFromConfig("c.yaml", []byte("rules:\n  mirror: off\n"))
	require.NoError(t, err)
	assert.Equal(t, Profile{}, p)

	_, err = ProfileFromConfig("c.yaml", []byte("profile:\n  agnt: Anne\n"))
	var ce *lint.ConfigError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, 2, ce.Line)
	assert.Equal(t, "profile.agnt", ce.Key)
}
