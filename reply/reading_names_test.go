package reply

import (
	"os"
	"testing"

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
