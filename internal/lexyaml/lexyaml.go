// Package lexyaml decodes lexicon entries (tone.Entry) from YAML nodes,
// for the files that carry entries of their own: .replylint.yaml
// (lexicon:) and the escalation matrix. It keeps the YAML library out of
// tone's and lint's public API.
package lexyaml

import (
	"errors"

	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/tone"
)

// DecodeEntries decodes a YAML list of entries of one category, strictly,
// and compiles them: an unknown field or a bad pattern is a
// *tone.EntryError with its line. An entry is a pattern, or a mapping
// with match, regex, except, note, suggestion, level and context.
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
				key, v := n.Content[k], n.Content[k+1]
				var err error
				switch key.Value {
				case "match":
					e.Match, err = patterns(v)
				case "except":
					e.Except, err = patterns(v)
				case "regex":
					err = v.Decode(&e.Regex)
				case "note":
					err = v.Decode(&e.Note)
				case "suggestion":
					err = v.Decode(&e.Suggestion)
				case "level":
					err = v.Decode(&e.Level)
				case "context":
					err = v.Decode(&e.Context)
				default:
					return nil, &tone.EntryError{Line: key.Line, Field: key.Value, Err: errors.New("unknown field")}
				}
				if err != nil {
					return nil, &tone.EntryError{Line: v.Line, Field: key.Value, Err: err}
				}
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

// patterns decodes a string or a list of strings.
func patterns(n *yaml.Node) (tone.Patterns, error) {
	if n.Kind == yaml.ScalarNode {
		return tone.Patterns{n.Value}, nil
	}
	var list []string
	if err := n.Decode(&list); err != nil {
		return nil, err
	}
	return list, nil
}
