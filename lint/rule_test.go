package lint

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/tone"
)

// exclaims is a caller's own rule: an exclamation mark in a sentence of
// the reply that starts with "Helaas" or "Unfortunately".
var exclaims = Rule{
	ID:       "sad-exclamation",
	Doc:      "Sad exclamation: bad news with an exclamation mark.",
	Severity: Warning,
	Part:     PartDeEscalation,
	Cost:     15,
	Run: func(p *Pass) {
		a := p.Analysis
		for _, s := range a.Sentences {
			toks := a.Tokens[s.First:s.Last]
			for len(toks) > 0 && toks[0].Kind == tone.Handle {
				toks = toks[1:]
			}
			if len(toks) == 0 || toks[0].Lower != "helaas" && toks[0].Lower != "unfortunately" {
				continue
			}
			for _, t := range toks {
				if t.Text == "!" {
					p.Report(t.Span, "Bad news needs no exclamation mark.", Fix{Span: t.Span, NewText: "."})
				}
			}
		}
	},
}

func TestCallersAddTheirOwnRules(t *testing.T) {
	l, err := New(nil, WithRules(exclaims))
	require.NoError(t, err)
	cases := []struct {
		name, reply string
		want        []string
	}{
		{"Dutch bad news with !", "@user Helaas is hij uitverkocht!\nHij komt morgen terug. ^Anne, webcare", []string{"!"}},
		{"English bad news with !", "@user Unfortunately it's sold out! It's back tomorrow. ^Jo, support lead", []string{"!"}},
		{"Dutch good news with ! is fine", "@user Hij is er morgen weer! ^Anne, webcare", nil},
		{"English bad news without ! is fine", "@user Unfortunately it's sold out. It's back tomorrow. ^Jo, support lead", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := l.Lint(tone.Input{Text: c.reply})
			var got []string
			for _, f := range res.Findings {
				if f.Rule != exclaims.ID {
					continue
				}
				got = append(got, f.Span.In(c.reply))
				assert.Equal(t, Warning, f.Severity)
				assert.Positive(t, f.Line, "the driver fills the position")
				assert.Equal(t, []Fix{{Span: f.Span, NewText: "."}}, f.Fixes)
				assert.Equal(t, 15, costs(res.Score)[exclaims.ID], "the rule's cost in its part")
			}
			assert.Equal(t, c.want, got)
		})
	}
	assert.Equal(t, len(Rules())+1, len(l.Rules()))

	off, err := New(&Config{Rules: map[string]RuleConfig{exclaims.ID: {Off: true}}}, WithRules(exclaims))
	require.NoError(t, err, "the config knows the caller's rules")
	assert.Empty(t, off.Lint(tone.Input{Text: "@user Helaas is hij uitverkocht! ^Anne, webcare"}).Score.Reasons)
}

func TestDriverRunsIncomingRulesOnlyWithTheCustomersMessage(t *testing.T) {
	ran := 0
	r := Rule{ID: "needs-message", Doc: "Needs the message.", Severity: Info, NeedsIncoming: true,
		Run: func(p *Pass) {
			ran++
			require.NotNil(t, p.Analysis.Incoming)
		}}
	l, err := New(nil, WithRules(r))
	require.NoError(t, err)
	l.Lint(tone.Input{Text: "@user Je pakket komt morgen. ^Anne"})
	assert.Equal(t, 0, ran)
	l.Lint(tone.Input{Text: "@user Je pakket komt morgen. ^Anne", Incoming: "Waar blijft mijn pakket?"})
	assert.Equal(t, 1, ran)
}

func TestWithRulesRefusesBadRules(t *testing.T) {
	run := func(*Pass) {}
	for _, r := range []Rule{
		{ID: "", Severity: Warning, Run: run},
		{ID: "no-run", Severity: Warning},
		{ID: "hedging", Severity: Warning, Run: run},
		{ID: "no-severity", Run: run},
		{ID: "odd-part", Severity: Warning, Part: "tone", Run: run},
	} {
		_, err := New(nil, WithRules(r))
		assert.Error(t, err, r.ID)
	}
}

// One file per rule, named after its ID, that declares it: a rule added
// elsewhere, or a file left behind, fails here.
func TestEachRuleHasItsOwnFile(t *testing.T) {
	for _, r := range Rules() {
		name := strings.ReplaceAll(r.ID, "-", "_") + ".go"
		src, err := os.ReadFile(name)
		require.NoError(t, err, "rule %s lives in lint/%s", r.ID, name)
		assert.Regexp(t, `\n\tID: +"`+regexp.QuoteMeta(r.ID)+`",\n`, string(src), "lint/%s declares %s", name, r.ID)
		assert.NotEmpty(t, r.URL, r.ID)
		assert.NotEmpty(t, listings[r.ID].finds, "%s: its listing says what it finds, for the README", r.ID)
		assert.NotEmpty(t, listings[r.ID].brief, "%s: its listing has a brief line, for init.yaml", r.ID)
		if r.Cost > 0 {
			assert.GreaterOrEqual(t, Weights{}.index(r.Part), 0, "%s costs points in a part of the score", r.ID)
		}
	}
}

// A rule's file registers it: a rule declared without register would
// never run, and no list would name it.
func TestEveryDeclaredRuleIsRegistered(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	unregistered := regexp.MustCompile(`(?m)^(?:var|\t)\s*\w+\s*=\s*&Rule\{`)
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		require.NoError(t, err)
		assert.NotRegexp(t, unregistered, string(src), "lint/%s declares a rule without register(&Rule{…}, listing{…})", name)
	}
}

func TestEmotionalFindingsCarryTheirFixes(t *testing.T) {
	cases := []struct {
		name, reply string
		want        map[string]string // flagged words → new text
	}{
		{"Dutch capitals and marks", "@user Dat doen we NIET zo!! ^Anne, webcare", map[string]string{"NIET": "niet", "!!": "!"}},
		{"English ?!", "@user Your parcel arrives tomorrow?! ^Jo, support lead", map[string]string{"?!": "?"}},
		{"an acronym is no shouting", "@user De NS rijdt weer. ^Anne, webcare", map[string]string{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := map[string]string{}
			for _, f := range Lint(tone.Input{Text: c.reply}, nil).Findings {
				if f.Rule == "emotional" {
					require.Len(t, f.Fixes, 1)
					assert.Equal(t, f.Span, f.Fixes[0].Span)
					got[f.Span.In(c.reply)] = f.Fixes[0].NewText
				}
			}
			assert.Equal(t, c.want, got)
		})
	}
}
