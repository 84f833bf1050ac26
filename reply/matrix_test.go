package reply

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/tone"
)

func TestDefaultMatrix(t *testing.T) {
	m := DefaultMatrix()
	var names []string
	for _, lv := range m.Levels {
		names = append(names, lv.Name)
		assert.Positive(t, lv.RespondWithin, lv.Name)
	}
	assert.Equal(t, []string{"laag", "middel", "hoog", "crisis"}, names)
	assert.Equal(t, 30*time.Minute, m.WaveWindow)
	assert.Equal(t, time.Hour, m.Levels[0].RespondWithin, "a public question is answered within about an hour")
	assert.Equal(t, "nl", m.Lang)
	for _, s := range m.Subjects {
		assert.NotEmpty(t, s.Owner.Email, s.Name)
		assert.NotNil(t, s.Owner.Deputy, "%s: every owner has a deputy", s.Name)
	}
	assert.NotNil(t, m.Rota.OnCall, "someone is on call outside office hours")

	// The example `replylint init` writes is the default and parses.
	m2, err := ParseMatrix(MatrixFileName, ExampleMatrix())
	require.NoError(t, err)
	assert.Len(t, m2.Levels, 4)
	assert.Contains(t, string(ExampleMatrix()), "escalatiematrix", "the example is documented")
}

func TestLoadMatrix(t *testing.T) {
	path := filepath.Join(t.TempDir(), MatrixFileName)
	require.NoError(t, os.WriteFile(path, ExampleMatrix(), 0o644))
	m, err := LoadMatrix(path)
	require.NoError(t, err)
	assert.Equal(t, path, m.File)
	_, err = LoadMatrix(filepath.Join(t.TempDir(), "missing.yaml"))
	assert.Error(t, err)
}

func TestMatrixErrors(t *testing.T) {
	tests := []struct {
		name, yaml string
		line       int
		key, msg   string
	}{
		{"empty", "", 0, "levels", "lege matrix"},
		{"syntax", "levels:\n  - name: laag\n    match: x: y\n", 3, "", "mapping values"},
		{"unknown top-level key", "levelz: []\n", 1, "levelz", "unknown key"},
		{"no levels", "version: 1\n", 1, "levels", "missing"},
		{"levels not a list", "levels: laag\n", 1, "levels", "want a list"},
		{"unknown level key", "levels:\n  - name: laag\n    respond_within: 1h\n    owner_name: Anne\n", 4, "levels[0].owner_name", "unknown key"},
		{"missing name", "levels:\n  - respond_within: 1h\n", 2, "levels[0].name", "missing"},
		{"missing respond_within", "levels:\n  - name: laag\n", 2, "levels[0].respond_within", "missing"},
		{"bad duration", "levels:\n  - name: laag\n    respond_within: soon\n", 3, "levels[0].respond_within", "positive duration"},
		{"unknown category", "levels:\n  - name: laag\n    respond_within: 1h\n    match:\n      categories: [question, gripe]\n", 5, "levels[0].match.categories", `unknown category "gripe"`},
		{"unknown cue kind", "levels:\n  - name: laag\n    respond_within: 1h\n    match:\n      cues: [press+tv]\n", 5, "levels[0].match.cues", `unknown cue kind "tv"`},
		{"duplicate level", "levels:\n  - name: laag\n    respond_within: 1h\n  - name: Laag\n    respond_within: 1h\n", 4, "levels[1].name", "duplicate"},
		{"bad e-mail", "levels:\n  - name: laag\n    respond_within: 1h\n    owner:\n      email: webcare\n", 5, "levels[0].owner.email", "not an e-mail"},
		{"hold not a bool", "levels:\n  - name: laag\n    respond_within: 1h\n    hold: maybe\n", 4, "levels[0].hold", ""},
		{"bad reach", "levels:\n  - name: laag\n    respond_within: 1h\n    match:\n      reach: -5\n", 5, "levels[0].match.reach", "followers"},
		{"bad word pattern", "levels:\n  - name: laag\n    respond_within: 1h\n    match:\n      words: [\"(a b\"]\n", 5, "levels[0].match.words", ""},
		{"unknown cue language", "cues:\n  de:\n    press: [Bild]\nlevels:\n  - name: laag\n    respond_within: 1h\n", 2, "cues.de", "unknown language"},
		{"unknown cue list kind", "cues:\n  nl:\n    tv: [Bild]\nlevels:\n  - name: laag\n    respond_within: 1h\n", 3, "cues.nl.tv", "unknown cue kind"},
		{"bad cue entry", "cues:\n  nl:\n    press:\n      - match: tweakers\n        colour: red\nlevels:\n  - name: laag\n    respond_within: 1h\n", 5, "cues.nl.press.colour", "unknown field"},
		{"hold category", "levels:\n  - name: laag\n    respond_within: 1h\n    hold: [reputation-risk, gezeur]\n", 4, "levels[0].hold", `unknown category "gezeur"`},
		{"version", "version: 2\nlevels:\n  - name: laag\n    respond_within: 1h\n", 1, "version", "unsupported"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseMatrix("team/escalation.yaml", []byte(tt.yaml))
			require.Error(t, err)
			var me *MatrixError
			require.True(t, errors.As(err, &me), "%T: %v", err, err)
			assert.Equal(t, "team/escalation.yaml", me.Path)
			assert.Equal(t, tt.line, me.Line, err.Error())
			assert.Equal(t, tt.key, me.Key, err.Error())
			assert.Contains(t, me.Msg, tt.msg)
			assert.True(t, strings.HasPrefix(err.Error(), "team/escalation.yaml"), err.Error())
		})
	}
}

func TestMatrixTeamRules(t *testing.T) {
	m, err := ParseMatrix("escalation.yaml", []byte(`
volume_window: 30m
cues:
  nl:
    press: ["omroep zwart"]
levels:
  - name: normaal
    respond_within: 2h
    owner: {name: Sam, department: Webcare}
  - name: ceo
    match:
      words: ["onze ceo", "directeur|directrice"]
    respond_within: 20m
    hold: true
    owner: {name: Communicatie}
    advice: [Bel Pieter van communicatie.]
  - name: pers
    match:
      cues: [press]
    respond_within: 10m
`))
	require.NoError(t, err)
	assert.Equal(t, 30*time.Minute, m.WaveWindow)

	d := Triage(tone.Input{Text: "Ik heb Omroep Zwart gemaild over jullie service."}, m)
	assert.Equal(t, "pers", d.Priority, "a team's own press cue")
	assert.Equal(t, 2, d.Level)

	d = Triage(tone.Input{Text: "Ik wil jullie directeur spreken over deze factuur."}, m)
	assert.Equal(t, "ceo", d.Priority, "a level's own words")
	assert.True(t, hasKind(d.Cues, CueCustom))
	assert.Contains(t, d.Advice, "Bel Pieter van communicatie.")
	assert.Equal(t, "Communicatie", d.Owner.Name)

	d = Triage(tone.Input{Text: "Hoe laat gaat de winkel open?"}, m)
	assert.Equal(t, "normaal", d.Priority, "no match: the first level")
}

func TestMatrixCueSets(t *testing.T) {
	m, err := ParseMatrix("", []byte(`
levels:
  - name: low
    respond_within: 4h
  - name: churn-business
    match: {cues: [churn+business]}
    respond_within: 1h
`))
	require.NoError(t, err)
	assert.Equal(t, "low", Triage(tone.Input{Text: "Derde storing deze maand. Ik stap over naar een andere provider."}, m).Priority,
		"churn alone is not the set")
	assert.Equal(t, "churn-business", Triage(tone.Input{Text: "Ik zeg mijn abonnement op, en mijn zakelijke rekening gaat ook weg. Klaar mee."}, m).Priority)
}

func TestTeamMatrixFile(t *testing.T) {
	m, err := LoadMatrix("testdata/escalation.team.yaml")
	require.NoError(t, err)
	d := Triage(tone.Input{Text: "Tweakers schrijft vandaag over jullie lekke app, echt slecht."}, m)
	assert.Equal(t, "urgent", d.Priority)
	assert.True(t, d.Hold)
	d = TriageMessage(Incoming{Text: "Al drie dagen doet mijn app het niet. Waardeloos.", Meta: Meta{Followers: 6000}}, m)
	assert.Equal(t, "urgent", d.Priority, "the team's lower reach")
	assert.True(t, hasKind(d.Cues, CueInfluence))
	d = Triage(tone.Input{Text: "Ik wil jullie CEO spreken."}, m)
	assert.Equal(t, "directie", d.Priority)
	assert.Contains(t, d.Advice, "Bel de bestuurssecretaris voordat je iets zegt.")
}

// A team's extra signal words are gated as the reading gates its own: an
// outage the customer praises as fixed is no outage (tone.readMessage),
// one they complain about is.
func TestMatrixExtraOutageWordsAreGatedInPraise(t *testing.T) {
	m, err := ParseMatrix("", []byte(`
cues:
  nl:
    outage: ["modem knippert"]
  en:
    outage: ["router blinks"]
levels:
  - name: low
    respond_within: 4h
  - name: outage
    match: {cues: [outage]}
    respond_within: 1h
`))
	require.NoError(t, err)
	tests := []struct{ name, text, priority string }{
		{"Dutch praise for a fixed modem is no outage", "Dank jullie wel, het modem knippert niet meer en alles werkt weer top!", "low"},
		{"a Dutch complaint about a blinking modem is one", "Al drie dagen: het modem knippert oranje en niks werkt.", "outage"},
		{"English praise for a fixed router is no outage", "Thanks so much for the quick fix, the router blinks green again. Love it!", "low"},
		{"an English complaint about a blinking router is one", "Three days now the router blinks orange and nothing works.", "outage"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := TriageMessage(Incoming{Text: tt.text}, m)
			assert.Equal(t, tt.priority, d.Priority, "%v", d.Cues)
		})
	}
}
