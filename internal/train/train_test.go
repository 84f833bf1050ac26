package train

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/tone"
)

// inRepoRoot runs the test from the repository root, where the command
// runs and its input paths are relative to.
func inRepoRoot(t *testing.T) {
	t.Helper()
	wd, err := os.Getwd()
	require.NoError(t, err)
	require.NoError(t, os.Chdir(filepath.Join("..", "..")))
	t.Cleanup(func() { _ = os.Chdir(wd) })
}

func TestShippedWeightsAreWhatTheScriptProduces(t *testing.T) {
	inRepoRoot(t)
	inputs := DefaultInputs()
	if _, err := os.Stat(inputs[0].Path); err != nil {
		t.Skip("the shared corpus (../shared/corpus) is not here: nothing to fit on")
	}
	got, _, err := Build(inputs)
	require.NoError(t, err)
	shipped, err := os.ReadFile(filepath.Join("tone", "model", "complaint.json"))
	require.NoError(t, err)
	assert.Equal(t, string(shipped), string(got), "run: go run ./internal/train/main.go")
	again, _, err := Build(inputs)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(got, again), "the fit is deterministic")
}

func TestShippedModelNamesItsSourceAndEveryFeature(t *testing.T) {
	inRepoRoot(t)
	data, err := os.ReadFile(filepath.Join("tone", "model", "complaint.json"))
	require.NoError(t, err)
	m, err := tone.ParseComplaintModel(data)
	require.NoError(t, err)
	assert.Contains(t, m.Source, "ACL 2019")
	for _, n := range tone.FeatureNames() {
		_, ok := m.Weights[n]
		assert.True(t, ok, "weight of %s", n)
	}
	for _, in := range m.Inputs {
		assert.NotContains(t, in, "nl_test", "never fitted on the held-out Dutch set")
		assert.NotContains(t, in, "fresh_test", "never fitted on the held-out English set")
	}
}

func TestSignsHoldInTheFit(t *testing.T) {
	// Thanks can only weigh against a complaint and failure only for one,
	// whatever the data says.
	s := []sample{
		{x: oneHot("gratitude"), y: 1, weight: 1}, {x: oneHot("gratitude"), y: 1, weight: 1},
		{x: oneHot("failure"), y: 0, weight: 1}, {x: oneHot("failure"), y: 0, weight: 1},
		{x: oneHot("failure"), y: 1, weight: 1}, {x: make([]float64, len(tone.FeatureNames())), y: 0, weight: 1},
	}
	w := fit(s)
	for i, n := range tone.FeatureNames() {
		switch n {
		case "gratitude":
			assert.LessOrEqual(t, w[i+1], 0.0, n)
		case "failure":
			assert.GreaterOrEqual(t, w[i+1], 0.0, n)
		}
	}
}

func oneHot(name string) []float64 {
	x := make([]float64, len(tone.FeatureNames()))
	for i, n := range tone.FeatureNames() {
		if n == name {
			x[i] = 1
		}
	}
	return x
}

func TestEvaluatePrintsComplaintFigures(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mini.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(
		`{"id":"a","lang":"nl","incoming":"Al drie weken niks gehoord, belachelijk","complaint":true}`+"\n"+
			`{"id":"b","lang":"en","text":"What time do you open on Sunday?","complaint":false}`+"\n"), 0o644))
	var out bytes.Buffer
	require.NoError(t, Evaluate(&out, path, false))
	assert.Contains(t, out.String(), "n=2 complaint P=1.000 R=1.000")
	assert.Error(t, Evaluate(&out, filepath.Join(dir, "missing.jsonl"), false))
	require.NoError(t, os.WriteFile(path, []byte("{not json\n"), 0o644))
	err := Evaluate(&out, path, false)
	require.Error(t, err)
	assert.True(t, strings.Contains(err.Error(), "mini.jsonl:1"), "names file and line: %v", err)
}
