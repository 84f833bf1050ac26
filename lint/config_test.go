package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/tone"
)

func TestParseConfig(t *testing.T) {
	cfg, err := ParseConfig("team/.replylint.yaml", []byte(`
fail_level: error
address: u
rules:
  mirror: off
  hedging: error
  signature: {severity: info}
signature:
  require_role: true
  roster: [Anne, Jimy]
allowed_contacts: ["06-11112222"]
channels:
  public: {max_chars: 500}
weights: {empathy: 40}
lexicon:
  nl:
    hedging:
      - match: naar verluidt
        suggestion: Zeg wat je zeker weet.
`))
	require.NoError(t, err)
	assert.Equal(t, Error, cfg.FailLevel)
	assert.Equal(t, "u", cfg.Address)
	assert.True(t, cfg.Rules["mirror"].Off)
	assert.Equal(t, Error, cfg.Rules["hedging"].Severity)
	assert.Equal(t, []string{"Anne", "Jimy"}, cfg.Signature.Roster)
	assert.Equal(t, 500, cfg.channelLimit("public"))
	assert.Equal(t, 40, cfg.Weights.Empathy)

	res := Lint(tone.Input{Text: "@user Naar verluidt komt hij morgen. Bel 06-1111 2222. ^Anne, webcare"}, cfg)
	require.Len(t, res.Findings, 1, "%+v", res.Findings)
	assert.Equal(t, "hedging", res.Findings[0].Rule)
	assert.Equal(t, Error, res.Findings[0].Severity)
	assert.Equal(t, "Zeg wat je zeker weet.", res.Findings[0].Suggestions[0])
}

func TestConfigErrorsNameFileLineAndKey(t *testing.T) {
	cases := []struct {
		name, yaml string
		line       int
		key        string
	}{
		{"syntax error", "rules:\n  hedging: [error\n", 0, ""},
		{"unknown key", "fail_level: warning\ncolour: red\n", 2, "colour"},
		{"wrong type", "signature:\n  require_role: [yes]\n", 2, "signature.require_role"},
		{"unknown rule", "rules:\n  hedgeing: off\n", 2, "rules.hedgeing"},
		{"bad severity", "fail_level: loud\n", 1, "fail_level"},
		{"bad address", "address: jij\n", 1, "address"},
		{"bad regex", "lexicon:\n  nl:\n    hedging:\n      - regex: '(open'\n", 4, "lexicon.nl.hedging.regex"},
		{"unknown lexicon field", "lexicon:\n  nl:\n    hedging:\n      - match: x\n        colour: red\n", 5, "lexicon.nl.hedging.colour"},
		{"unknown language", "lexicon:\n  de:\n    hedging: []\n", 2, "lexicon.de"},
		{"unknown category", "lexicon:\n  nl:\n    twijfel: [x]\n", 3, "lexicon.nl.twijfel"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseConfig("x/.replylint.yaml", []byte(c.yaml))
			var ce *ConfigError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, "x/.replylint.yaml", ce.Path)
			if c.line == 0 {
				assert.Positive(t, ce.Line, err.Error()) // the YAML parser's line
			} else {
				assert.Equal(t, c.line, ce.Line, err.Error())
			}
			assert.Equal(t, c.key, ce.Key, err.Error())
			assert.Contains(t, err.Error(), "x/.replylint.yaml:")
		})
	}
}

func TestConfigErrorSaysTheLineOnce(t *testing.T) {
	_, err := ParseConfig("wrongtype.yaml", []byte("fail_level: [warning]\n"))
	require.Error(t, err)
	assert.Equal(t, 1, strings.Count(err.Error(), "1"), err.Error())
	assert.True(t, strings.HasPrefix(err.Error(), "wrongtype.yaml:1: fail_level: "), err.Error())
}

func TestMessagesClipLongQuotes(t *testing.T) {
	res := Lint(tone.Input{Text: "@user Nee" + strings.Repeat("!", 10000) + " ^EK"}, nil)
	require.NotEmpty(t, res.Findings)
	for _, f := range res.Findings {
		assert.Less(t, len(f.Message), 300, f.Rule)
	}
}

func TestFindConfigWalksUp(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	require.NoError(t, os.MkdirAll(deep, 0o755))
	assert.Equal(t, "", FindConfig(deep))
	p := filepath.Join(root, ".replylint.yaml")
	require.NoError(t, os.WriteFile(p, []byte("fail_level: info\n"), 0o644))
	assert.Equal(t, p, FindConfig(deep))
	cfg, err := LoadConfig(FindConfig(deep))
	require.NoError(t, err)
	assert.Equal(t, Info, cfg.FailLevel)
}

func TestADirectoryNamedLikeTheConfigIsAnError(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a")
	require.NoError(t, os.MkdirAll(filepath.Join(deep, ".replylint.yaml"), 0o755))
	p := FindConfig(deep)
	assert.Equal(t, filepath.Join(deep, ".replylint.yaml"), p, "found, not passed over in silence")
	_, err := LoadConfig(p)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "is a directory, not a config file")

	// A config file beside a differently named directory is found as before.
	other := filepath.Join(root, "b")
	require.NoError(t, os.MkdirAll(filepath.Join(other, ".replylint"), 0o755))
	assert.Equal(t, "", FindConfig(other))
}

func TestEmptyConfigIsTheDefault(t *testing.T) {
	cfg, err := ParseConfig("empty.yaml", nil)
	require.NoError(t, err)
	assert.Equal(t, DefaultConfig().FailLevel, cfg.FailLevel)
}

func TestDirectives(t *testing.T) {
	res := Lint(tone.Input{Text: "<!-- replylint-disable hedging -->\n@user Misschien morgen. ^Anne, webcare"}, nil)
	assert.Empty(t, res.Findings)
	res = Lint(tone.Input{Text: "@user Misschien morgen.\nreplylint-disable signature"}, nil)
	require.Len(t, res.Findings, 1)
	assert.Equal(t, "hedging", res.Findings[0].Rule)
}

func TestFindingsAreSortedWithPositions(t *testing.T) {
	text := "@user Héél vervelend om te lezen!!\nMisschien morgen."
	res := Lint(tone.Input{Text: text}, nil)
	require.NotEmpty(t, res.Findings)
	for i, f := range res.Findings {
		if i > 0 {
			assert.LessOrEqual(t, res.Findings[i-1].Offset, f.Offset)
		}
		assert.Equal(t, f.Span.Start, f.Offset)
	}
	last := res.Findings[len(res.Findings)-1]
	assert.Equal(t, 2, last.Line)
	assert.Equal(t, "nl", res.Lang)
}

func TestMessagesSpeakTheRepliesLanguage(t *testing.T) {
	nl := Lint(tone.Input{Text: "@user Misschien komt hij morgen. ^Anne, webcare"}, nil)
	en := Lint(tone.Input{Text: "@user Maybe it arrives tomorrow. ^Anne, support lead"}, nil)
	require.Len(t, nl.Findings, 1)
	require.Len(t, en.Findings, 1)
	assert.Contains(t, nl.Findings[0].Message, "Twijfeltaal")
	assert.Contains(t, en.Findings[0].Message, "Hedging")
}

// The config example in the README must load as written.
func TestReadmeConfigExample(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	s := string(readme)
	i := strings.Index(s, "## Config")
	require.Positive(t, i)
	start := strings.Index(s[i:], "```yaml\n") + i + len("```yaml\n")
	end := strings.Index(s[start:], "```") + start
	cfg, err := ParseConfig("README.md", []byte(s[start:end]))
	require.NoError(t, err)
	assert.True(t, cfg.Signature.RequireRole)
	res := Lint(tone.Input{Text: "@user Naar verluidt komt hij morgen. ^Anne, webcare"}, cfg)
	require.NotEmpty(t, res.Findings)
	assert.Equal(t, "hedging", res.Findings[0].Rule)
}
