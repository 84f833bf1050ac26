package reply

import (
	"os"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/internal/confdoc"
	"github.com/replylint/replylint/lint"
)

// ProfileFromConfig reads the drafting settings of a team's
// .replylint.yaml: the "profile" section (agent, role, brand, address,
// default_address, channel, dm, phone, email, info_page) and the
// "templates" section. A config without them gives the zero Profile and
// the built-in templates. Problems are *lint.ConfigError values with file,
// line and key.
//
//	profile:
//	  agent: Anne
//	  role: webcare
//	  brand: Kwikr
//	  dm: DM
//	  phone: 0800-0123
func ProfileFromConfig(file string, data []byte) (Profile, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return Profile{}, matrixParser{file: file}.syntax(err)
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return Profile{}, nil
	}
	return profileFromDoc(&confdoc.Doc{Path: file, Root: doc.Content[0]})
}

func init() {
	confdoc.Profile = func(d *confdoc.Doc) (any, error) { return profileFromDoc(d) }
}

// profileFromDoc reads the profile and templates of a parsed config file.
func profileFromDoc(d *confdoc.Doc) (Profile, error) {
	var p Profile
	file, root := d.Path, d.Root
	if root == nil {
		return p, nil
	}
	if n := mappingValue(root, "profile"); n != nil {
		if n.Kind != yaml.MappingNode {
			return p, &lint.ConfigError{Path: file, Line: n.Line, Column: n.Column, Key: "profile", Msg: "want a mapping"}
		}
		fields := map[string]*string{
			"agent": &p.Agent, "role": &p.Role, "brand": &p.Brand, "address": &p.Address,
			"default_address": &p.DefaultAddress, "channel": &p.Channel, "dm": &p.DM, "phone": &p.Phone,
			"email": &p.Email, "info_page": &p.InfoPage,
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			ptr, ok := fields[k.Value]
			if !ok {
				return p, &lint.ConfigError{Path: file, Line: k.Line, Column: k.Column, Key: "profile." + k.Value,
					Msg: "unknown key (want agent, role, brand, address, default_address, channel, dm, phone, email or info_page)"}
			}
			if v.Kind != yaml.ScalarNode {
				return p, &lint.ConfigError{Path: file, Line: v.Line, Column: v.Column, Key: "profile." + k.Value, Msg: "want a string"}
			}
			*ptr = strings.TrimSpace(v.Value)
			switch val := *ptr; {
			case k.Value != "address" && k.Value != "default_address":
			case val == "" || val == "je" || val == "u" || k.Value == "address" && val == "match":
			default:
				return p, &lint.ConfigError{Path: file, Line: v.Line, Column: v.Column, Key: "profile." + k.Value, Msg: "want je, u or match"}
			}
		}
	}
	if n := mappingValue(root, "templates"); n != nil {
		t, err := templatesFrom(file, n, "templates.")
		if err != nil {
			return p, err
		}
		p.Templates = t
	}
	return p, nil
}

// LoadProfile reads ProfileFromConfig from a file.
func LoadProfile(path string) (Profile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Profile{}, err
	}
	return ProfileFromConfig(path, data)
}
