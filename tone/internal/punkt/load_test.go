package punkt

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/neurosnap/sentences.v1"
)

func TestLoadMatchesLoadTraining(t *testing.T) {
	want, err := sentences.LoadTraining(Dutch)
	require.NoError(t, err)
	got, err := Load()
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

func TestParseRejectsBrokenInput(t *testing.T) {
	for _, in := range []string{"", "[", `{"OrthoContext": {"a": }}`, `{"Other": {}}`, `{"AbbrevTypes": {"a`} {
		_, err := parse([]byte(in))
		assert.Error(t, err, in)
	}
	st, err := parse([]byte(`{"AbbrevTypes": {"bijv": 1, "caf\u00e9": -2}}`))
	require.NoError(t, err)
	assert.Equal(t, sentences.SetString{"bijv": 1, "café": -2}, st.AbbrevTypes)
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		Load()
	}
}

func BenchmarkLoadTraining(b *testing.B) {
	for b.Loop() {
		sentences.LoadTraining(Dutch)
	}
}
