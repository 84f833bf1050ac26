package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEntryFieldsAreEntrysYAMLTags(t *testing.T) {
	for _, key := range []string{"match", "regex", "except", "note", "suggestion", "level", "context"} {
		assert.True(t, IsEntryField(key), key)
	}
	for _, key := range []string{"Match", "category", "line", "column", "-", "", "matches"} {
		assert.False(t, IsEntryField(key), "%q is no key a lexicon file may use", key)
	}
}
