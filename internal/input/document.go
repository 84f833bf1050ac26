package input

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/tone"
)

// Document is one reply read from a .txt or .md file.
type Document struct {
	// Input holds the reply (the body) and the context the front matter
	// sets; fields the front matter does not set are empty.
	Input tone.Input
	// Line is the number of lines before the body: add it to a line in
	// the body to get the line in the file.
	Line int
	// Offset is the byte offset of the body in the file: add it to an
	// offset in the body to get the offset in the file.
	Offset int
	// Agent and Date are who sent the reply and when, as the front matter
	// gives them ("agent", "date"), for a team report; empty when it does
	// not. Date is not checked here (teamreport.ParseDate reads it), and
	// neither changes what the reply is linted against. DateLine is the
	// line of the file that gives the date.
	Agent, Date string
	DateLine    int
}

var bom = []byte("\ufeff")

// ReadDocument reads a reply from the contents of a file, by the file's
// extension: front matter is read from .md files only. A .jsonl or .csv
// path is an error; use NewReader or NewCSVReader.
func ReadDocument(path string, data []byte) (*Document, error) {
	switch FormatOf(path) {
	case Markdown:
		return ReadMarkdown(path, data)
	case JSONL, CSV:
		return nil, &Error{Path: path, Msg: "an export holds many replies; read it with a record reader"}
	}
	return ReadText(data), nil
}

// ReadText reads a plain-text reply. A byte order mark is not part of the
// reply.
func ReadText(data []byte) *Document {
	d := &Document{}
	if bytes.HasPrefix(data, bom) {
		d.Offset = len(bom)
	}
	d.Input.Text = string(data[d.Offset:])
	return d
}

// ReadMarkdown reads a reply with optional YAML front matter: a first line
// "---", the keys in_reply_to, channel, lang, kind, customer, agent and
// date, and a closing "---" (or "...") line. in_reply_to holds the text of the
// customer's message. Unknown keys, values of the wrong type or out of
// range, and front matter that is never closed are *Error values with the
// file's line.
func ReadMarkdown(path string, data []byte) (*Document, error) {
	d := ReadText(data)
	start := d.Offset
	first, next := lineAt(data, start)
	if strings.TrimRight(string(first), " \t\r") != "---" {
		return d, nil
	}
	fmStart := next
	for pos, n := next, 2; pos < len(data); n++ {
		l, after := lineAt(data, pos)
		if t := strings.TrimRight(string(l), " \t\r"); t == "---" || t == "..." {
			doc, err := frontMatter(path, data[fmStart:pos])
			if err != nil {
				return nil, err
			}
			doc.Input.Text = string(data[after:])
			doc.Line, doc.Offset = n, after
			return doc, nil
		}
		pos = after
	}
	return nil, &Error{Path: path, Line: 1, Msg: "front matter opened here is never closed with a \"---\" line"}
}

// lineAt returns the line starting at byte offset pos, without its line
// feed, and the offset of the next line.
func lineAt(data []byte, pos int) (line []byte, next int) {
	i := bytes.IndexByte(data[pos:], '\n')
	if i < 0 {
		return data[pos:], len(data)
	}
	return data[pos : pos+i], pos + i + 1
}

// frontMatter decodes the YAML between the "---" lines, which starts on
// line 2 of the file.
func frontMatter(path string, src []byte) (*Document, error) {
	const lineOffset = 1 // the opening "---"
	d := &Document{}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		line, m := yamlErrorLine(err)
		if line > 0 {
			line += lineOffset
		}
		return nil, &Error{Path: path, Line: line, Msg: "front matter: " + m}
	}
	if len(doc.Content) == 0 {
		return d, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, &Error{Path: path, Line: root.Line + lineOffset, Msg: "front matter: want key: value lines (" + strings.Join(frontMatterKeys, ", ") + ")"}
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if !known(k.Value) {
			return nil, &Error{Path: path, Line: k.Line + lineOffset,
				Msg: fmt.Sprintf("unknown front matter key %q (want %s)", k.Value, strings.Join(frontMatterKeys, ", "))}
		}
		if seen[k.Value] {
			return nil, &Error{Path: path, Line: k.Line + lineOffset, Msg: fmt.Sprintf("front matter key %q given twice", k.Value)}
		}
		seen[k.Value] = true
		if v.Kind != yaml.ScalarNode {
			return nil, &Error{Path: path, Line: v.Line + lineOffset, Msg: fmt.Sprintf("front matter %s: want a string", k.Value)}
		}
		val := v.Value
		if v.Tag == "!!null" {
			val = ""
		}
		switch k.Value {
		case "agent":
			d.Agent = strings.TrimSpace(val)
		case "date":
			d.Date, d.DateLine = strings.TrimSpace(val), v.Line+lineOffset
		default:
			if err := set(&d.Input, k.Value, val); err != nil {
				return nil, &Error{Path: path, Line: v.Line + lineOffset, Msg: "front matter " + err.Error()}
			}
		}
	}
	return d, nil
}

// frontMatterKeys are the keys front matter may hold: the context fields,
// then who sent the reply and when.
var frontMatterKeys = append(append([]string(nil), Keys...), "agent", "date")

func known(key string) bool {
	for _, k := range frontMatterKeys {
		if k == key {
			return true
		}
	}
	return false
}

var yamlLineRE = regexp.MustCompile(`^(?:yaml: )?line (\d+): `)

// yamlErrorLine splits "yaml: line 3: did not find expected key" into the
// line and the message.
func yamlErrorLine(err error) (int, string) {
	m := err.Error()
	if sm := yamlLineRE.FindStringSubmatch(m); sm != nil {
		n, _ := strconv.Atoi(sm[1])
		return n, m[len(sm[0]):]
	}
	return 0, strings.TrimPrefix(m, "yaml: ")
}
