package reply

import (
	"os"
	"slices"
	"testing"

	"github.com/replylint/replylint/tone"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// TestTemplatesNameWhatTheReadingNames: the draft looks up the reading's
// staff role (Message.Colleague.Role) in the templates' roles and its
// grave kind (Message.Grave) in the templates' grave kinds by name; a
// role or kind the reading names and the templates lack would leave a
// praised driver unthanked or a discrimination complaint without its
// opening, with no error anywhere.
func TestTemplatesNameWhatTheReadingNames(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		data, err := os.ReadFile("../tone/lexicon/facts." + lang + ".yaml")
		require.NoError(t, err)
		var facts struct {
			StaffRoles []string `yaml:"staff_roles"`
			Grave      []struct {
				Name string `yaml:"name"`
			} `yaml:"grave"`
		}
		require.NoError(t, yaml.Unmarshal(data, &facts), lang)
		lt := DefaultTemplates().lang(lang)
		require.NotNil(t, lt, lang)
		require.NotEmpty(t, facts.StaffRoles, lang)
		for _, role := range facts.StaffRoles {
			assert.NotEmpty(t, lt.Roles[role], "%s: the templates name the role %q", lang, role)
		}
		require.NotEmpty(t, facts.Grave, lang)
		for _, g := range facts.Grave {
			found := false
			for _, k := range lt.Grave {
				found = found || k.Name == g.Name
			}
			assert.True(t, found, "%s: the templates open a grave complaint of kind %q", lang, g.Name)
		}
	}
}

// TestTemplatesNameTheReadingsThingsSituationsAndMatters: the draft names
// the reading's things (Message.Things) by the templates' objects, says
// its situations (Message.Situations) with the templates' frames and asks
// for what finds its kind of matter (Message.Matter) by name. A thing,
// situation or matter the reading finds and the templates lack would
// drop out of the draft with no error anywhere; a frame the reading has
// no situation for is the one for trouble with a thing (exactly one).
func TestTemplatesNameTheReadingsThingsSituationsAndMatters(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		data, err := os.ReadFile("../tone/lexicon/facts." + lang + ".yaml")
		require.NoError(t, err)
		var facts struct {
			Things  []string `yaml:"things"`
			Matters []struct {
				Name string `yaml:"name"`
			} `yaml:"matters"`
		}
		require.NoError(t, yaml.Unmarshal(data, &facts), lang)
		lt := DefaultTemplates().lang(lang)
		require.NotEmpty(t, facts.Things, lang)
		for _, w := range facts.Things {
			assert.NotEmpty(t, lt.Objects[w], "%s: the templates name the thing %q", lang, w)
		}
		for w := range lt.Objects {
			assert.Contains(t, facts.Things, w, "%s: the reading finds the thing %q", lang, w)
		}
		for _, m := range facts.Matters {
			assert.NotEmpty(t, lt.Data.Asks[m.Name], "%s: the templates ask for the matter %q", lang, m.Name)
		}
		known := tone.Situations(lang)
		general := 0
		for _, fr := range lt.Frames {
			if !slices.Contains(known, fr.Name) {
				// A fallback that says what else the reading knows
				// (it keeps going wrong, for how long) asks for one
				// thing the reading has.
				assert.Contains(t, []string{"", "again", "lasted"}, fr.When, "%s: frame %q", lang, fr.Name)
				if fr.When == "" {
					general++
				}
			}
		}
		assert.Equal(t, 1, general, "%s: one frame for trouble with a thing", lang)
		for _, s := range known {
			found := false
			for _, fr := range lt.Frames {
				found = found || fr.Name == s
			}
			assert.True(t, found, "%s: the templates say the situation %q", lang, s)
		}
	}
}
