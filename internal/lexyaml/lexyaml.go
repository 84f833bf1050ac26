// Package lexyaml decodes lexicon entries (tone.Entry) from YAML nodes,
// for the files that carry entries of their own: .replylint.yaml
// (lexicon:) and the escalation matrix. It keeps the YAML library out of
// tone's and lint's public API.
package lexyaml

import (
	"errors"
	"slices"

	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/tone"
)

// DecodeEntries decodes a YAML list of entries of one category, strictly,
// and compiles them: an unknown field or a bad pattern is a
// *tone.EntryError with its line. An entry is a pattern, or a mapping of
// tone.Entry's fields, where match and except may be one string.
func DecodeEntries(category string, list *yaml.Node) ([]*tone.Entry, error) {
	if list.Kind != yaml.SequenceNode {
		return nil, &tone.EntryError{Line: list.Line, Field: category, Err: errors.New("want a list of entries")}
	}
	var out []*tone.Entry
	for _, n := range list.Content {
		e := &tone.Entry{Category: category, Line: n.Line, Column: n.Column}
		switch n.Kind {
		case yaml.ScalarNode:
			e.Match = tone.Patterns{n.Value}
		case yaml.MappingNode:
			for k := 0; k+1 < len(n.Content); k += 2 {
				if key := n.Content[k]; !tone.IsEntryField(key.Value) {
					return nil, &tone.EntryError{Line: key.Line, Field: key.Value, Err: errors.New("unknown field")}
				}
			}
			if err := patternLists(n).Decode(e); err != nil {
				return nil, &tone.EntryError{Line: n.Line, Field: category, Err: err}
			}
		default:
			return nil, &tone.EntryError{Line: n.Line, Field: category, Err: errors.New("want a pattern or a mapping with match")}
		}
		if err := e.Compile(); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// patternLists returns the mapping with a match or except given as one
// string turned into a list of one; n is unchanged.
func patternLists(n *yaml.Node) *yaml.Node {
	cp := *n
	cp.Content = slices.Clone(n.Content)
	for k := 0; k+1 < len(cp.Content); k += 2 {
		if v := cp.Content[k+1]; (cp.Content[k].Value == "match" || cp.Content[k].Value == "except") && v.Kind == yaml.ScalarNode {
			one := *v
			cp.Content[k+1] = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: v.Line, Column: v.Column, Content: []*yaml.Node{&one}}
		}
	}
	return &cp
}
