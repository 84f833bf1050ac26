package report

import (
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/replylint/replylint/lint"
)

// SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/), the
// subset replylint writes. Columns are UTF-16 code units, as the run's
// columnKind says: GitHub code scanning and the SARIF viewers are
// JavaScript and count so whatever the file claims, and it is SARIF's
// default unit.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool        sarifTool         `json:"tool"`
		ColumnKind  string            `json:"columnKind"`
		Results     []sarifResult     `json:"results"`
		Invocations []sarifInvocation `json:"invocations"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string             `json:"id"`
		Name                 string             `json:"name"`
		ShortDescription     sarifMessage       `json:"shortDescription"`
		FullDescription      sarifMessage       `json:"fullDescription"`
		Help                 sarifMessage       `json:"help"`
		HelpURI              string             `json:"helpUri"`
		DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
	}
	sarifConfiguration struct {
		Level string `json:"level"`
	}
	sarifMessage struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifResult struct {
		RuleID     string          `json:"ruleId"`
		RuleIndex  int             `json:"ruleIndex"`
		Level      string          `json:"level"`
		Message    sarifMessage    `json:"message"`
		Locations  []sarifLocation `json:"locations"`
		Properties map[string]any  `json:"properties,omitempty"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	}
	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           *sarifRegion          `json:"region,omitempty"`
	}
	sarifArtifactLocation struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications"`
	}
	sarifNotification struct {
		Level     string          `json:"level"`
		Message   sarifMessage    `json:"message"`
		Locations []sarifLocation `json:"locations,omitempty"`
	}
)

// sarifFormat streams one SARIF log: the tool with every rule, then a
// result per finding. Inputs that were not linted are tool execution
// notifications at the end.
type sarifFormat struct {
	w       io.Writer
	version string
	results jsonArray
	index   map[string]int
	notes   []sarifNotification
}

func (s *sarifFormat) Begin() {
	rules := lint.Rules()
	driver := sarifDriver{Name: "replylint", Version: s.version,
		InformationURI: "https://github.com/replylint/replylint", Rules: make([]sarifRule, len(rules))}
	s.index = map[string]int{}
	for i, r := range rules {
		s.index[r.ID] = i
		doc := r.Doc
		driver.Rules[i] = sarifRule{
			ID: r.ID, Name: ruleName(r.ID),
			ShortDescription:     sarifMessage{Text: shortDoc(doc)},
			FullDescription:      sarifMessage{Text: doc},
			Help:                 sarifMessage{Text: doc + "\n\nDocumentation: " + RuleURL(r.ID), Markdown: doc + "\n\n[Documentation](" + RuleURL(r.ID) + ")"},
			HelpURI:              RuleURL(r.ID),
			DefaultConfiguration: sarifConfiguration{Level: sarifLevel(r.Severity)},
		}
	}
	io.WriteString(s.w, "{\n  \"$schema\": \"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"tool\": ")
	s.w.Write(Marshal(sarifTool{Driver: driver}, "      ", "  "))
	io.WriteString(s.w, ",\n      \"columnKind\": \"utf16CodeUnits\",\n      \"results\": [")
	s.results = jsonArray{w: s.w, indent: "        "}
}

func (s *sarifFormat) File(f *File) {
	uri := artifactURI(f.Path)
	if f.Err != nil {
		n := sarifNotification{Level: "error", Message: sarifMessage{Text: f.Err.Error()}}
		loc := sarifLocation{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: sarifArtifactLocation{URI: uri}}}
		if f.ErrLine > 0 {
			loc.PhysicalLocation.Region = &sarifRegion{StartLine: f.ErrLine}
		}
		n.Locations = []sarifLocation{loc}
		s.notes = append(s.notes, n)
		return
	}
	for _, fd := range f.Findings {
		r := sarifResult{
			RuleID: fd.Rule, RuleIndex: s.index[fd.Rule], Level: sarifLevel(fd.Severity),
			Message: sarifMessage{Text: messageWithSuggestions(fd.Finding)},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: sarifArtifactLocation{URI: uri},
				Region: &sarifRegion{StartLine: fd.Start.Line, StartColumn: fd.Start.UTF16Column,
					EndLine: fd.End.Line, EndColumn: fd.End.UTF16Column},
			}}},
		}
		if len(f.ID) > 0 {
			r.Properties = map[string]any{"recordId": f.ID}
		}
		s.results.add(r)
	}
}

func (s *sarifFormat) End(Summary) {
	s.results.close()
	io.WriteString(s.w, ",\n      \"invocations\": ")
	notes := s.notes
	if notes == nil {
		notes = []sarifNotification{}
	}
	s.w.Write(Marshal([]sarifInvocation{{ExecutionSuccessful: len(s.notes) == 0, ToolExecutionNotifications: notes}}, "      ", "  "))
	io.WriteString(s.w, "\n    }\n  ]\n}\n")
}

func sarifLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "note"
}

// ruleName makes a rule ID a SARIF rule name: "hollow-cliche" is
// "HollowCliche".
func ruleName(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "-") {
		if part == "" {
			continue
		}
		r := []rune(part)
		b.WriteString(string(unicode.ToUpper(r[0])) + string(r[1:]))
	}
	return b.String()
}

// shortDoc returns the first sentence of a rule's documentation: up to
// the first full stop outside parentheses and quotes.
func shortDoc(doc string) string {
	depth, quoted := 0, false
	for i, r := range doc {
		switch r {
		case '(':
			depth++
		case ')':
			depth = max(0, depth-1)
		case '"':
			quoted = !quoted
		case '.':
			if depth == 0 && !quoted && (i+1 == len(doc) || doc[i+1] == ' ') {
				return doc[:i+1]
			}
		}
	}
	return doc
}

// artifactURI turns a path as the CLI prints it into a URI reference: a
// relative path stays relative (to the repository root, where CI runs),
// an absolute one becomes a file:// URI.
func artifactURI(path string) string {
	p := filepath.ToSlash(path)
	if filepath.IsAbs(path) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // C:/x on Windows
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}
