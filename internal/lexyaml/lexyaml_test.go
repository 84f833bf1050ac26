package lexyaml

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/tone"
)

func decode(t *testing.T, src string) ([]*tone.Entry, error) {
	t.Helper()
	var doc yaml.Node
	require.NoError(t, yaml.Unmarshal([]byte(src), &doc))
	return DecodeEntries("hedging", doc.Content[0])
}

func TestDecodeEntriesReadsEveryFieldOfAnEntry(t *testing.T) {
	es, err := decode(t, "- naar verluidt\n- match: [zo te zien, naar het schijnt]\n  except: zo te zien niet\n  suggestion: Zeg wat je weet.\n  level: info\n  context: complaint\n")
	require.NoError(t, err)
	require.Len(t, es, 2)
	assert.Equal(t, tone.Patterns{"naar verluidt"}, es[0].Match)
	assert.Equal(t, tone.Patterns{"zo te zien", "naar het schijnt"}, es[1].Match)
	assert.Equal(t, tone.Patterns{"zo te zien niet"}, es[1].Except)
	assert.Equal(t, "info", es[1].Level)
	assert.Equal(t, tone.ContextComplaint, es[1].Context)
	assert.Equal(t, 2, es[1].Line)
}

func TestDecodeEntriesNamesTheLineOfAProblem(t *testing.T) {
	for _, c := range []struct {
		name, src string
		line      int
		field     string
	}{
		{"an unknown field", "- match: x\n  colour: red\n", 2, "colour"},
		{"a pattern that does not compile", "- maybe\n- match: naar (verluidt\n", 2, "match"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := decode(t, c.src)
			var ee *tone.EntryError
			require.True(t, errors.As(err, &ee), "%v", err)
			assert.Equal(t, c.line, ee.Line)
			assert.Equal(t, c.field, ee.Field)
		})
	}
}
