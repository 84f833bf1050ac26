package tone

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sync"
)

// ComplaintModel is the logistic regression that turns a message's
// features into the probability that it is a complaint (needs an
// apology). Its weights are fitted offline by `go run ./internal/train`
// and shipped as tone/model/complaint.json.
type ComplaintModel struct {
	// Source names the data the weights were fitted on.
	Source string `json:"source"`
	// Inputs are the files the script read, with their number of records.
	Inputs []string `json:"inputs"`
	// Bias is the intercept.
	Bias float64 `json:"bias"`
	// Weights maps a feature name (FeatureNames) to its weight; a feature
	// the file does not name weighs nothing.
	Weights map[string]float64 `json:"weights"`
	// Threshold is the probability from which a message is a complaint.
	Threshold float64 `json:"threshold"`
	// UnsureMargin is how close to Threshold a probability must be for
	// the reading to ask for a human (Message.NeedsHuman).
	UnsureMargin float64 `json:"unsure_margin"`
	// CV describes the cross-validated figures of the fit, for the record.
	CV string `json:"cv,omitempty"`

	w [numFeatures]float64
}

// ParseComplaintModel reads a model file; unknown feature names are an
// error, so a model made for other features is not used unnoticed.
func ParseComplaintModel(data []byte) (*ComplaintModel, error) {
	m := &ComplaintModel{}
	if err := json.Unmarshal(data, m); err != nil {
		return nil, err
	}
	idx := map[string]int{}
	for i, n := range featureNames {
		idx[n] = i
	}
	for name, w := range m.Weights {
		i, ok := idx[name]
		if !ok {
			return nil, fmt.Errorf("unknown feature %q", name)
		}
		m.w[i] = w
	}
	if m.Threshold <= 0 || m.Threshold >= 1 {
		m.Threshold = 0.5
	}
	return m, nil
}

// Probability returns the model's probability of a complaint for feature
// values in the order of FeatureNames.
func (m *ComplaintModel) Probability(x []float64) float64 {
	z := m.Bias
	for i := 0; i < len(x) && i < int(numFeatures); i++ {
		z += m.w[i] * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// lean returns the features' evidence for a complaint: the log-odds of
// Probability less the bias.
func (m *ComplaintModel) lean(x []float64) float64 {
	z := 0.0
	for i := 0; i < len(x) && i < int(numFeatures); i++ {
		z += m.w[i] * x[i]
	}
	return z
}

//go:embed model/complaint.json
var complaintModelJSON []byte

// builtinModel is the shipped model, parsed on first use.
var builtinModel = sync.OnceValue(func() *ComplaintModel {
	m, err := ParseComplaintModel(complaintModelJSON)
	if err != nil {
		panic(fmt.Errorf("tone/model/complaint.json: %w", err)) // embedded and tested
	}
	return m
})

// DefaultComplaintModel returns the shipped complaint model.
func DefaultComplaintModel() *ComplaintModel { return builtinModel() }
