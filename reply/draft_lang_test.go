package reply

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/replylint/replylint/tone"
)

// A message with no function word of either language is answered in the
// language its words and the brand's handle point to; with nothing to go
// on it stays Dutch, and a message with function words keeps tone's
// detection.
func TestDraftLanguageOfShortMessages(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	cases := []struct {
		name, text, want string
	}{
		{"en handle and a model name", "@ZephyrSupport Galaxy S9 :)", "en"},
		{"en handle, one word", "@AcmeCares Done", "en"},
		{"en words without function words", "Awesome costume ever!!! #halloween", "en"},
		{"nl handle, one word", "@TreinNL Klopt", "nl"},
		{"nl word", "Verstuurd", "nl"},
		{"nothing to go on stays Dutch", "Xyzzy 42", "nl"},
		{"function words decide, not the handle", "@ZephyrSupport mijn pakket is nog niet binnen", "nl"},
		{"function words decide, English", "@TreinNL my train is late again", "en"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := Draft(tone.Input{Incoming: tc.text}, p)
			assert.Equal(t, tc.want, r.Lang, r.Text)
		})
	}
	// A language the caller gives is kept.
	r := Draft(tone.Input{Incoming: "@ZephyrSupport Galaxy S9 :)", Lang: "nl"}, p)
	assert.Equal(t, "nl", r.Lang, r.Text)
}
