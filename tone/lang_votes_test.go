package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLangVotesCountsFunctionWords(t *testing.T) {
	nl, en := LangVotes("Mijn pakket komt nog niet")
	assert.Positive(t, nl)
	assert.Zero(t, en)
	nl, en = LangVotes("My parcel still has not arrived")
	assert.Zero(t, nl)
	assert.Positive(t, en)
	nl, en = LangVotes("@ZephyrSupport Galaxy S9 :)")
	assert.Zero(t, nl, "a handle and a model name say nothing")
	assert.Zero(t, en)
}
