// Package confdoc lets the packages that read parts of one .replylint.yaml
// read them from a single parse of the file: lint its settings, reply the
// "profile:" and "templates:" sections. The parsed document is a YAML
// node, which must stay out of lint's and reply's public APIs, so each
// package registers its reader here when it is initialised and
// internal/drive calls them in turn.
package confdoc

import "go.yaml.in/yaml/v3"

// Doc is a config file parsed once.
type Doc struct {
	// Path is the file, or "" for a config given as bytes.
	Path string
	// Root is the document's top mapping, or nil for an empty file.
	Root *yaml.Node
}

var (
	// Parse parses a config file's bytes into a Doc; a syntax error or a
	// document that is not a mapping is a *lint.ConfigError. Set by
	// package lint.
	Parse func(path string, data []byte) (*Doc, error)
	// Lint reads lint's settings from a Doc: a *lint.Config. Set by
	// package lint.
	Lint func(d *Doc) (any, error)
	// Profile reads the drafting profile and templates from a Doc: a
	// reply.Profile. Set by package reply.
	Profile func(d *Doc) (any, error)
)

// Value returns the value of key in a mapping node, or nil.
func Value(m *yaml.Node, key string) *yaml.Node {
	if m == nil {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}
