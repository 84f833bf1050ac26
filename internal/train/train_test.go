package train

import (
	"bytes"
	"fmt"
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
	for _, f := range []struct {
		name string
		data []byte
	}{{"complaint.json", got.Complaint}, {"words.en.json", got.Words}} {
		shipped, err := os.ReadFile(filepath.Join("tone", "model", f.name))
		require.NoError(t, err)
		assert.Equal(t, string(shipped), string(f.data), "%s: run: go run ./internal/train/main.go", f.name)
	}
	again, _, err := Build(inputs)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(got.Complaint, again.Complaint), "the fit is deterministic")
	assert.True(t, bytes.Equal(got.Words, again.Words), "the word model's fit is deterministic")
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
	assert.Greater(t, m.Weights["words"], 0.0, "English reads its word model")

	data, err = os.ReadFile(filepath.Join("tone", "model", "words.en.json"))
	require.NoError(t, err)
	wm, err := tone.ParseWordModel(data)
	require.NoError(t, err)
	assert.Contains(t, wm.Source, "ACL 2019")
	assert.Equal(t, "en", wm.Lang)
	assert.NotEmpty(t, wm.Weights)
	for term := range wm.Weights {
		// Derived weights of single terms and pairs only: no texts.
		assert.LessOrEqual(t, strings.Count(term, " "), 1, term)
	}
}

func TestWordModelLearnsTheWordsOfEachClass(t *testing.T) {
	var docs [][]string
	var y []float64
	for i := range 20 {
		docs = append(docs, []string{"<user>", "broken", "again", "broken again"}, []string{"<user>", "thank", "love", "thank love"})
		y = append(y, 1, 0)
		if i%5 == 0 {
			docs = append(docs, []string{"rare"}) // in fewer than three messages after all
			y = append(y, 1)
		}
	}
	for _, c := range []wordConfig{{lambda: 1, minDF: 3}, {nb: true, lambda: 1, minDF: 3}, {bigrams: true, lambda: 1, minDF: 3}} {
		m := fitWords(docs, y, nil, c)
		assert.Greater(t, m.weights["broken"], 0.5, "%v", c)
		assert.Less(t, m.weights["thank"], -0.5, "%v", c)
		assert.Greater(t, m.probability([]string{"<user>", "broken", "again"}), 0.8, "%v", c)
		assert.Less(t, m.probability([]string{"<user>", "thank", "love"}), 0.2, "%v", c)
		assert.Greater(t, m.weights["rare"], 0.0, "%v: a term in four messages is kept", c)
		assert.Equal(t, c.bigrams, m.weights["broken again"] != 0, "%v", c)
	}
}

func TestWordModelLeavesOutTermsOfOneDomain(t *testing.T) {
	// "acme" is a brand only the electronics tweets name, and all of them
	// complain: its name is no evidence elsewhere. "broken" is in two
	// domains.
	var docs [][]string
	var y []float64
	var domains []string
	for i := range 12 {
		docs = append(docs, []string{"acme", "broken"}, []string{"broken", "again"}, []string{"thank", "love"})
		y = append(y, 1, 1, 0)
		domains = append(domains, "electronics", "food", []string{"random_tweet", "food"}[i%2])
	}
	c := wordConfig{bigrams: true, lambda: 1, minDF: 3, minDomains: 2}
	m := fitWords(docs, y, domains, c)
	assert.NotContains(t, m.weights, "acme")
	assert.NotContains(t, m.weights, "acme broken")
	assert.Greater(t, m.weights["broken"], 0.0)
	assert.Less(t, m.weights["thank"], 0.0)
	c.minDomains = 0
	assert.Contains(t, fitWords(docs, y, domains, c).weights, "acme", "kept without the rule")
}

func TestOutOfFoldWordScoresNeverSeeTheirOwnLabel(t *testing.T) {
	// Each fold has words of its own; a message's out-of-fold word score
	// can only come from the other folds, so it is the same for every
	// message of a fold whatever its label.
	var s []sample
	for i := range 100 {
		k := i % folds
		y := float64(i / folds % 2)
		s = append(s, sample{x: make([]float64, len(tone.FeatureNames())), lang: "en", y: y, weight: 1,
			terms: []string{"shared", fmt.Sprintf("fold%d", k)}})
	}
	outOfFold(s, allIndices(len(s)), wordConfig{lambda: 1, minDF: 3})
	for i := range s {
		assert.InDelta(t, s[i%folds].word, s[i].word, 1e-9, "message %d", i)
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

func TestBuildReportsTheReadingsDecisionPerInputFile(t *testing.T) {
	dir := t.TempDir()
	en := filepath.Join(dir, "en_mini.jsonl")
	nl := filepath.Join(dir, "nl_mini.jsonl")
	var enLines, nlLines strings.Builder
	for i := range 10 {
		enLines.WriteString(`{"id":"e` + string(rune('a'+i)) + `","lang":"en","text":"My parcel never arrived and nobody answers, terrible","complaint":true}` + "\n")
		enLines.WriteString(`{"id":"f` + string(rune('a'+i)) + `","lang":"en","text":"What time do you open on Sunday?","complaint":false}` + "\n")
		nlLines.WriteString(`{"id":"n` + string(rune('a'+i)) + `","lang":"nl","text":"Al drie weken wacht ik op mijn geld, belachelijk","complaint":true}` + "\n")
		nlLines.WriteString(`{"id":"m` + string(rune('a'+i)) + `","lang":"nl","text":"Hoe laat gaan jullie zondag open?","complaint":false}` + "\n")
	}
	require.NoError(t, os.WriteFile(en, []byte(enLines.String()), 0o644))
	require.NoError(t, os.WriteFile(nl, []byte(nlLines.String()), 0o644))
	data, report, err := Build([]Input{{Path: en, Name: "en", Weight: 1}, {Path: nl, Name: "nl", Weight: 1}})
	require.NoError(t, err)
	assert.Contains(t, report, "10-fold cross-validation on en_mini.jsonl as the reading decides: n=20 complaint P=1.000 R=1.000")
	assert.Contains(t, report, "10-fold cross-validation on nl_mini.jsonl as the reading decides: n=20 complaint P=1.000 R=1.000")
	assert.Contains(t, string(data.Complaint), "nl_mini.jsonl as the reading decides", "the model file keeps the figures")
	assert.Contains(t, string(data.Words), "ACL 2019", "the word model names its source")
}
