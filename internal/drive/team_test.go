package drive

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/reply"
	"github.com/replylint/replylint/tone"
)

// teamYAML is a team's config with lint settings, a profile and
// templates in one file.
const teamYAML = `rules:
  hedging: error
address: u
profile:
  agent: Anne
  role: webcare
  brand: Kwikr
templates:
  nl:
    dm: PB
`

func TestParseTeamReadsConfigProfileAndTemplatesInOnePass(t *testing.T) {
	team, err := ParseTeam("team/.replylint.yaml", []byte(teamYAML))
	require.NoError(t, err)
	assert.Equal(t, "team/.replylint.yaml", team.Path)
	sev, on := mustLinter(t, team.Lint).Severity("hedging")
	assert.True(t, on)
	assert.Equal(t, lint.Error, sev, "the lint settings")
	assert.Equal(t, "u", team.Lint.Address)
	assert.Equal(t, "Anne", team.Profile.Agent, "the profile")
	assert.Equal(t, "webcare", team.Profile.Role)
	assert.Same(t, team.Lint, team.Profile.Lint, "the profile drafts with the same config")
	require.NotNil(t, team.Profile.Templates, "the templates")

	// The same draft as reply's own two readers give.
	cfg, err := lint.ParseConfig("team/.replylint.yaml", []byte(teamYAML))
	require.NoError(t, err)
	prof, err := reply.ProfileFromConfig("team/.replylint.yaml", []byte(teamYAML))
	require.NoError(t, err)
	prof.Lint = cfg
	in := tone.Input{Incoming: "Mijn pakket is al een week zoek, kunt u kijken? Bestelling 12345", Lang: "nl"}
	assert.Equal(t, reply.Draft(in, prof).Text, reply.Draft(in, team.DraftProfile(reply.Profile{})).Text)
}

func TestParseTeamErrorsNameFileLineAndColumn(t *testing.T) {
	tests := []struct {
		name       string
		yaml       string
		line, col  int
		key, inMsg string
	}{
		{"a lint setting", "rules:\n  hedgeing: off\n", 2, 3, "rules.hedgeing", "unknown rule"},
		{"a profile key", "profile:\n  agent: Anne\n  rol: webcare\n", 3, 3, "profile.rol", "unknown key"},
		{"a profile value", "profile:\n  address: jij\n", 2, 12, "profile.address", "want je, u or match"},
		{"a profile that is a list", "profile:\n  - Anne\n", 2, 3, "profile", "want a mapping"},
		{"a templates language", "templates:\n  de:\n    dm: DM\n", 2, 3, "templates.de", "unknown language"},
		{"a syntax error", "fail_level: warning\naddress: u: je\n", 2, 0, "", "mapping values are not allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseTeam("team/.replylint.yaml", []byte(tt.yaml))
			var ce *lint.ConfigError
			require.True(t, errors.As(err, &ce), "%v", err)
			assert.Equal(t, "team/.replylint.yaml", ce.Path)
			assert.Equal(t, tt.line, ce.Line, "line")
			assert.Equal(t, tt.col, ce.Column, "column")
			assert.Equal(t, tt.key, ce.Key)
			assert.Contains(t, ce.Msg, tt.inMsg)
		})
	}
	t.Run("near miss: a valid profile and templates are no error", func(t *testing.T) {
		_, err := ParseTeam("team/.replylint.yaml", []byte("profile:\n  address: match\ntemplates:\n  en:\n    dm: DM\n"))
		assert.NoError(t, err)
	})
}

func TestDraftProfileAskWinsOverTheTeam(t *testing.T) {
	team, err := ParseTeam("", []byte(teamYAML))
	require.NoError(t, err)
	p := team.DraftProfile(reply.Profile{Agent: "Bas", Seed: 7})
	assert.Equal(t, "Bas", p.Agent, "asked for")
	assert.Equal(t, "webcare", p.Role, "left to the team")
	assert.Equal(t, uint64(7), p.Seed)
	assert.Same(t, team.Lint, p.Lint)
	assert.Same(t, team.Profile.Templates, p.Templates)

	f := team.Facts(reply.Facts{Brand: "Other"})
	assert.Equal(t, "Other", f.Brand, "the facts win")
	assert.Equal(t, "Anne", f.Spokesperson, "the profile fills what they leave open")
	assert.Same(t, team.Lint, f.Lint)
}

func TestConfigsFindLoadAndReload(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "nl", "replies")
	require.NoError(t, os.MkdirAll(sub, 0o755))
	path := filepath.Join(dir, ".replylint.yaml")
	write := func(s string, i int) {
		require.NoError(t, os.WriteFile(path, []byte(s), 0o644))
		mt := time.Unix(int64(1_700_000_000+i*10), 0)
		require.NoError(t, os.Chtimes(path, mt, mt))
	}
	hedging := func(team *Team) string {
		sev, on := mustLinter(t, team.Lint).Severity("hedging")
		if !on {
			return "off"
		}
		return sev.String()
	}
	type fail struct {
		path     string
		previous bool
	}
	var mu sync.Mutex
	var fails []fail
	onFail := func(p string, err error, previous bool) {
		mu.Lock()
		defer mu.Unlock()
		fails = append(fails, fail{p, previous})
	}

	t.Run("no file: the defaults", func(t *testing.T) {
		c := &Configs{}
		team, err := c.For(sub)
		require.NoError(t, err)
		assert.Equal(t, "", team.Path)
	})

	write("rules:\n  hedging: error\n", 1)
	live := &Configs{OnFail: onFail}
	static := &Configs{Static: true, OnFail: onFail}
	for _, c := range []*Configs{live, static} {
		team, err := c.For(sub)
		require.NoError(t, err)
		assert.Equal(t, path, team.Path, "found from a subdirectory")
		assert.Equal(t, "error", hedging(team))
	}

	write("rules:\n  hedging: info\n", 2)
	team, err := live.For(sub)
	require.NoError(t, err)
	assert.Equal(t, "info", hedging(team), "a live set reads a change")
	team, err = static.For(sub)
	require.NoError(t, err)
	assert.Equal(t, "error", hedging(team), "a static set (one CLI run) reads a file once")

	write("rules:\n  hedging: [nope\n", 3)
	team, err = live.For(sub)
	require.Error(t, err)
	assert.Equal(t, "info", hedging(team), "a broken change leaves the last good config")
	_, err = live.For(sub)
	require.Error(t, err)
	assert.Equal(t, []fail{{path, true}}, fails, "told once per version of the file")

	// The same size and time: only Changed makes it be read again.
	require.NoError(t, os.WriteFile(path, []byte("rules:\n  hedging: [off!\n"), 0o644))
	require.NoError(t, os.Chtimes(path, time.Unix(1_700_000_030, 0), time.Unix(1_700_000_030, 0)))
	fixed := "rules:\n  hedging: off\n  "
	require.Len(t, fixed, len("rules:\n  hedging: [off!\n"))
	require.NoError(t, os.WriteFile(path, []byte(fixed), 0o644))
	require.NoError(t, os.Chtimes(path, time.Unix(1_700_000_030, 0), time.Unix(1_700_000_030, 0)))
	live.Changed(path)
	team, err = live.For(sub)
	require.NoError(t, err)
	assert.Equal(t, "off", hedging(team), "Changed reads the file again")

	require.NoError(t, os.Remove(path))
	live.Changed(path)
	team, err = live.For(sub)
	require.NoError(t, err)
	assert.Equal(t, "", team.Path, "a removed file: the defaults")

	t.Run("a directory named like a config is an error, told once", func(t *testing.T) {
		d := t.TempDir()
		require.NoError(t, os.Mkdir(filepath.Join(d, ".replylint.yaml"), 0o755))
		var told []string
		c := &Configs{OnFail: func(p string, err error, _ bool) { told = append(told, p) }}
		for range 2 {
			_, err := c.For(d)
			var de *ConfigDirError
			require.True(t, errors.As(err, &de), "%v", err)
		}
		assert.Equal(t, []string{filepath.Join(d, ".replylint.yaml")}, told)
	})
	t.Run("a fixed path governs every directory", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "team.yaml")
		require.NoError(t, os.WriteFile(p, []byte("rules:\n  hedging: info\n"), 0o644))
		c := &Configs{Path: p, Static: true}
		team, err := c.For(sub)
		require.NoError(t, err)
		assert.Equal(t, "info", hedging(team))
	})
}

func mustLinter(t *testing.T, cfg *lint.Config) *lint.Linter {
	t.Helper()
	l, err := lint.New(cfg)
	require.NoError(t, err)
	return l
}
