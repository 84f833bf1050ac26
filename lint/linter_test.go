package lint

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/tone"
)

// rulesOf returns the rule IDs of a result's findings at warning or above.
func rulesOf(res Result) []string {
	var out []string
	for _, f := range res.Findings {
		if f.Severity >= Warning {
			out = append(out, f.Rule)
		}
	}
	return out
}

const hedgedNL = "@user Je pakket komt misschien morgen. ^Anne, webcare"

func TestDefaultConfigIsFreshOnEachCall(t *testing.T) {
	c := DefaultConfig()
	c.Rules["hedging"] = RuleConfig{Off: true}
	c.Channels["public"] = ChannelConfig{MaxChars: 10}
	assert.Empty(t, DefaultConfig().Rules, "a change to one default leaks into no other")
	assert.Equal(t, 280, DefaultConfig().Channels["public"].MaxChars)
	assert.Contains(t, rulesOf(Lint(tone.Input{Text: hedgedNL}, nil)), "hedging", "a nil config is still the defaults")
}

func TestZeroConfigMeansTheDefaults(t *testing.T) {
	long := "@user " + strings.Repeat("Je pakket komt morgen. ", 14) + "^Anne, webcare"
	assert.Contains(t, rulesOf(Lint(tone.Input{Text: long}, &Config{})), "length", "the 280-character limit holds")
	assert.Contains(t, rulesOf(Lint(tone.Input{Text: hedgedNL}, &Config{})), "hedging")
	assert.NotContains(t, rulesOf(Lint(tone.Input{Text: "Je pakket komt morgen.", Channel: tone.ChannelPrivate}, &Config{})), "signature",
		"private replies need no sign-off unless the config says so")
	res := Lint(tone.Input{Text: hedgedNL}, &Config{})
	assert.Equal(t, Lint(tone.Input{Text: hedgedNL}, nil).Score, res.Score, "zero weights are the default weights")
	assert.Equal(t, Warning, (&Config{}).Fail())
	assert.Equal(t, DefaultMaxReplyBytes, (&Config{}).MaxBytes())

	noLimit := &Config{Channels: map[string]ChannelConfig{"public": {MaxChars: 0}}}
	assert.NotContains(t, rulesOf(Lint(tone.Input{Text: long}, noLimit)), "length", "naming the public channel with 0 lifts the limit")
}

func TestConfigCopiesByValue(t *testing.T) {
	c := *DefaultConfig()
	d := c // plain data: go vet has no lock to complain about
	d.Address = "u"
	assert.Equal(t, "match", c.Address)
}

func TestConfigCloneSharesNoMapOrList(t *testing.T) {
	c, err := ParseConfig("c.yaml", []byte("rules: {mirror: warning}\nallowed_contacts: ['06 1234 5678']\nsignature: {roster: [Anne]}\n"))
	require.NoError(t, err)
	d := c.Clone()
	d.Rules["hedging"] = RuleConfig{Off: true}
	d.Channels["public"] = ChannelConfig{MaxChars: 10}
	d.AllowedContacts[0] = "x"
	d.Signature.Roster[0] = "Bert"
	d.Lexicon["nl"] = nil
	assert.Equal(t, map[string]RuleConfig{"mirror": {Severity: Warning}}, c.Rules)
	assert.Equal(t, DefaultPublicMaxChars, c.Channels["public"].MaxChars)
	assert.Equal(t, []string{"06 1234 5678"}, c.AllowedContacts)
	assert.Equal(t, []string{"Anne"}, c.Signature.Roster)
	assert.NotContains(t, c.Lexicon, "nl")
	assert.Contains(t, rulesOf(Lint(tone.Input{Text: hedgedNL}, c)), "hedging", "the original still reports hedging")

	var none *Config
	assert.Equal(t, DefaultConfig(), none.Clone(), "a nil config clones the defaults")
}

func TestConfigBuiltInGoHonoursItsLexicon(t *testing.T) {
	cfg := &Config{Lexicon: map[string][]*tone.Entry{
		"nl": {{Category: "hedging", Match: tone.Patterns{"naar verluidt"}, Suggestion: "Zeg wat je zeker weet."}},
		"en": {{Category: "hedging", Match: tone.Patterns{"reportedly"}}},
	}}
	for _, text := range []string{"@user Naar verluidt komt hij morgen. ^Anne, webcare", "@user Reportedly it arrives tomorrow. ^Jo, support lead"} {
		assert.Equal(t, []string{"hedging"}, rulesOf(Lint(tone.Input{Text: text}, cfg)), text)
		l, err := New(cfg)
		require.NoError(t, err)
		assert.Equal(t, []string{"hedging"}, rulesOf(l.Lint(tone.Input{Text: text})), text)
	}
	assert.Empty(t, rulesOf(Lint(tone.Input{Text: "@user Naar verluidt komt hij morgen. ^Anne, webcare"}, nil)), "the built-in lexicon is unchanged")
}

func TestLinterKeepsItsOwnCopy(t *testing.T) {
	cfg := DefaultConfig()
	l, err := New(cfg)
	require.NoError(t, err)
	cfg.Rules["hedging"] = RuleConfig{Off: true}
	assert.Contains(t, rulesOf(l.Lint(tone.Input{Text: hedgedNL})), "hedging")
	l.Config().Rules["hedging"] = RuleConfig{Off: true}
	assert.Contains(t, rulesOf(l.Lint(tone.Input{Text: hedgedNL})), "hedging")
}

func TestNewReportsConfigErrors(t *testing.T) {
	cases := []struct {
		name string
		cfg  *Config
		key  string
	}{
		{"unknown rule", &Config{Rules: map[string]RuleConfig{"hedgin": {Off: true}}}, "rules.hedgin"},
		{"unknown register", &Config{Address: "jij"}, "address"},
		{"unknown language", &Config{Lexicon: map[string][]*tone.Entry{"de": {{Category: "hedging", Match: tone.Patterns{"vielleicht"}}}}}, "lexicon.de"},
		{"a pattern that does not compile", &Config{Lexicon: map[string][]*tone.Entry{"nl": {{Category: "hedging", Match: tone.Patterns{"naar (verluidt"}}}}}, "lexicon.nl.match"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := New(c.cfg)
			var ce *ConfigError
			require.True(t, errors.As(err, &ce), "%v", err)
			assert.Equal(t, c.key, ce.Key)
		})
	}
}

func TestConfigErrorHasLineAndColumn(t *testing.T) {
	_, err := ParseConfig("c.yaml", []byte("fail_level: warning\nrules:\n  hedgin: off\n"))
	var ce *ConfigError
	require.True(t, errors.As(err, &ce), "%v", err)
	assert.Equal(t, 3, ce.Line)
	assert.Equal(t, 3, ce.Column)
	assert.Equal(t, "c.yaml:3: rules.hedgin: unknown rule (see 'replylint rules')", ce.Error())
}

// Linting with one Linter and reading positions off one shared result from
// many goroutines: under -race this shows both are safe, and results do
// not depend on what runs beside them.
func TestLinterAndPositionsAreSafeForConcurrentUse(t *testing.T) {
	l, err := New(&Config{Rules: map[string]RuleConfig{"mirror": {Severity: Warning}}})
	require.NoError(t, err)
	replies := []tone.Input{
		{Text: "@user Misschien\nkomt je pakket morgen!! ^Anne", Incoming: "Waar blijft mijn pakket? Belachelijk!"},
		{Text: "@user Maybe your parcel arrives tomorrow.\nSorry for any inconvenience.", Incoming: "My parcel is a week late."},
		{Text: "@user Bel ons op 06-12345678.\n\nWe helpen je graag. ^EK"},
	}
	want := make([]Result, len(replies))
	for i, in := range replies {
		want[i] = l.Lint(in)
	}
	shared := want[0]
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 30 {
				i := (k + g) % len(replies)
				got := l.Lint(replies[i])
				assert.Equal(t, want[i].Findings, got.Findings)
				for _, f := range shared.Findings {
					line, col := shared.Analysis.Position(f.Offset)
					assert.Equal(t, f.Line, line)
					assert.Equal(t, f.Column, col)
				}
			}
		})
	}
	wg.Wait()
}

func TestLintContextStopsWhenTheContextEnds(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err := LintContext(ctx, tone.Input{Text: "Misschien komt je pakket morgen."}, nil)
	require.ErrorIs(t, err, context.Canceled)
	assert.Empty(t, res.Findings)

	// A rule that ends the context stops the rules after it.
	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	var after bool
	l, err := New(nil, WithRules(
		Rule{ID: "stop-here", Doc: "ends the request", Severity: Warning, Run: func(*Pass) { cancel() }},
		Rule{ID: "after-stop", Doc: "must not run", Severity: Warning, Run: func(*Pass) { after = true }},
	))
	require.NoError(t, err)
	_, err = l.LintContext(ctx, tone.Input{Text: "Misschien komt je pakket morgen."})
	require.ErrorIs(t, err, context.Canceled)
	assert.False(t, after, "no rule runs after the context ended")

	// A live context lints as Lint does.
	res, err = LintContext(context.Background(), tone.Input{Text: "Misschien komt je pakket morgen."}, nil)
	require.NoError(t, err)
	assert.Equal(t, Lint(tone.Input{Text: "Misschien komt je pakket morgen."}, nil).Findings, res.Findings)
}
