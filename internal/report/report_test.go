package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/lint"
)

// reply.md has front matter of three lines; its body's first line has an
// accent and an emoji before "Misschien": the M is column 8 in code
// points, 9 in UTF-16 code units and 12 in UTF-8 bytes, on line 4.
const replyMD = "---\nchannel: public\n---\nCafé 😀 Misschien is je pakket NIET verzonden.\n"

// The same reply as a .jsonl record, with é escaped: the M is column 33
// in code points, 34 in UTF-16 and 36 in bytes of the record's line.
const replyJSONL = "{\"id\":\"r1\",\"reply\":\"Caf\\u00e9 😀 Misschien is je pakket NIET verzonden.\"}\n"

func document(t *testing.T, path, src string) *File {
	t.Helper()
	doc, err := input.ReadDocument(path, []byte(src))
	require.NoError(t, err)
	return Document(path, doc, lint.Lint(doc.Input, nil))
}

func record(t *testing.T, path, src string) *File {
	t.Helper()
	rec, err := input.NewReader(strings.NewReader(src), path, 1<<20).Next()
	require.NoError(t, err)
	require.NoError(t, rec.Err)
	return Record(path, rec, lint.Lint(rec.Input, nil))
}

// render writes files in a format as the CLI does.
func render(t *testing.T, format string, files ...*File) string {
	t.Helper()
	var b bytes.Buffer
	f, err := New(format, &b, Options{Version: "v1.2.3"})
	require.NoError(t, err)
	var s Summary
	f.Begin()
	for _, fl := range files {
		s.Add(fl)
		f.File(fl)
	}
	f.End(s)
	return b.String()
}

func findingOf(t *testing.T, f *File, rule string) Finding {
	t.Helper()
	for _, fd := range f.Findings {
		if fd.Rule == rule {
			return fd
		}
	}
	t.Fatalf("no %s finding in %s: %+v", rule, f.Path, f.Findings)
	return Finding{}
}

func TestPositionsInEveryUnit(t *testing.T) {
	md := findingOf(t, document(t, "reply.md", replyMD), "hedging")
	assert.Equal(t, Position{Line: 4, Column: 8, ByteColumn: 12, UTF16Column: 9, Offset: 24 + 11}, md.Start)
	assert.Equal(t, Position{Line: 4, Column: 17, ByteColumn: 21, UTF16Column: 18, Offset: 24 + 20}, md.End)
	assert.Equal(t, "Misschien", replyMD[md.Start.Offset:md.End.Offset], "offsets are in the file")

	rec := findingOf(t, record(t, "replies.jsonl", replyJSONL), "hedging")
	assert.Equal(t, Position{Line: 1, Column: 33, ByteColumn: 36, UTF16Column: 34, Offset: 35}, rec.Start)
	assert.Equal(t, "Misschien", replyJSONL[rec.Start.Offset:rec.End.Offset])
}

// Every format puts the hedging finding at the column of its unit.
func TestColumnUnitsPerFormat(t *testing.T) {
	md := document(t, "reply.md", replyMD)
	rec := record(t, "replies.jsonl", replyJSONL)
	tests := []struct {
		format string
		want   []string // substrings, md then jsonl
	}{
		{"line", []string{"reply.md:4:8: warning: hedging: ", "replies.jsonl:1:33: warning: hedging: "}},
		{"text", []string{"reply.md:4:8 warning hedging", "replies.jsonl:1:33 warning hedging (id r1)"}},
		{"checkstyle", []string{`<error line="4" column="8" severity="warning"`, `<error line="1" column="33" severity="warning"`}},
		{"github", []string{"::warning file=reply.md,line=4,col=9,endColumn=18,title=hedging::", "::warning file=replies.jsonl,line=1,col=34,endColumn=43,title=hedging::"}},
		{"rdjsonl", []string{`"range":{"start":{"line":4,"column":12},"end":{"line":4,"column":21}}`, `"range":{"start":{"line":1,"column":36},"end":{"line":1,"column":45}}`}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			out := render(t, tt.format, md, rec)
			for _, w := range tt.want {
				assert.Contains(t, out, w)
			}
		})
	}
	t.Run("sarif", func(t *testing.T) {
		log := decodeSARIF(t, render(t, "sarif", md, rec))
		run := log.Runs[0]
		assert.Equal(t, "utf16CodeUnits", run.ColumnKind)
		var regions []sarifRegion
		for _, r := range run.Results {
			if r.RuleID == "hedging" {
				regions = append(regions, *r.Locations[0].PhysicalLocation.Region)
			}
		}
		assert.Equal(t, []sarifRegion{{StartLine: 4, StartColumn: 9, EndLine: 4, EndColumn: 18},
			{StartLine: 1, StartColumn: 34, EndLine: 1, EndColumn: 43}}, regions)
	})
	t.Run("json", func(t *testing.T) {
		var doc struct {
			Files []struct {
				Findings []struct {
					Line, Column, Offset int
				} `json:"findings"`
			} `json:"files"`
		}
		require.NoError(t, json.Unmarshal([]byte(render(t, "json", md, rec)), &doc))
		h := doc.Files[0].Findings[0]
		assert.Equal(t, []int{4, 8, 35}, []int{h.Line, h.Column, h.Offset}, "a .md finding is placed in the file")
		h = doc.Files[1].Findings[0]
		assert.Equal(t, []int{1, 8, 11}, []int{h.Line, h.Column, h.Offset}, "a record's finding stays in its reply")
	})
}

func decodeSARIF(t *testing.T, out string) sarifLog {
	t.Helper()
	var log sarifLog
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&log), out)
	require.Len(t, log.Runs, 1)
	return log
}

// The SARIF log is valid against the official SARIF 2.1.0 schema, with
// findings, a .jsonl record and an input that was not linted.
func TestSARIFValidatesAgainstSchema(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/sarif-schema-2.1.0.json")
	require.NoError(t, err)
	schemaDoc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	require.NoError(t, c.AddResource("sarif-schema-2.1.0.json", schemaDoc))
	sch, err := c.Compile("sarif-schema-2.1.0.json")
	require.NoError(t, err)

	broken := Failure("broken.md", nil, &input.Error{Path: "broken.md", Line: 3, Msg: "unknown front matter key \"x\""})
	clean := document(t, "dir with space/clean.txt", "@sanne Wat balen! Ik stuur je vandaag een nieuwe. ^Anne (webcare)")
	for name, files := range map[string][]*File{
		"findings and an error": {document(t, "reply.md", replyMD), record(t, "replies.jsonl", replyJSONL), broken},
		"no findings":           {clean},
		"nothing":               nil,
	} {
		t.Run(name, func(t *testing.T) {
			out := render(t, "sarif", files...)
			inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
			require.NoError(t, err, out)
			assert.NoError(t, sch.Validate(inst))
		})
	}

	// The schema catches what is wrong: a 0 column is not 1-based.
	bad := strings.Replace(render(t, "sarif", document(t, "reply.md", replyMD)), `"startColumn": 9`, `"startColumn": 0`, 1)
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
	require.NoError(t, err)
	assert.Error(t, sch.Validate(inst), "the schema test can fail")
}

// One rules entry per rule, with the descriptions and help GitHub shows.
func TestSARIFRules(t *testing.T) {
	log := decodeSARIF(t, render(t, "sarif", document(t, "reply.md", replyMD), Failure("gone.txt", nil, errors.New("gone.txt: no such file or directory"))))
	run := log.Runs[0]
	rules := run.Tool.Driver.Rules
	require.Len(t, rules, len(lint.Rules()))
	for i, r := range lint.Rules() {
		sr := rules[i]
		assert.Equal(t, r.ID, sr.ID)
		assert.NotEmpty(t, sr.ShortDescription.Text)
		assert.Less(t, len(sr.ShortDescription.Text), len(r.Doc)+1)
		assert.Equal(t, r.Doc, sr.FullDescription.Text)
		assert.Contains(t, sr.Help.Text, r.Doc)
		assert.Equal(t, DocsURL, sr.HelpURI)
		assert.Equal(t, sarifLevel(r.Severity), sr.DefaultConfiguration.Level)
	}
	assert.Equal(t, "v1.2.3", run.Tool.Driver.Version)
	for _, res := range run.Results {
		assert.Equal(t, res.RuleID, rules[res.RuleIndex].ID, "ruleIndex points at the rule")
	}
	require.Len(t, run.Invocations, 1)
	assert.False(t, run.Invocations[0].ExecutionSuccessful)
	require.Len(t, run.Invocations[0].ToolExecutionNotifications, 1)
	assert.Equal(t, "gone.txt", run.Invocations[0].ToolExecutionNotifications[0].Locations[0].PhysicalLocation.ArtifactLocation.URI)
}

// The rule ID appears as it is in every machine format.
func TestRuleIDAsIs(t *testing.T) {
	f := document(t, "reply.md", replyMD)

	run := decodeSARIF(t, render(t, "sarif", f)).Runs[0]
	assert.Equal(t, "hedging", run.Results[0].RuleID)

	var d rdDiagnostic
	require.NoError(t, json.Unmarshal([]byte(strings.SplitN(render(t, "rdjsonl", f), "\n", 2)[0]), &d))
	assert.Equal(t, "hedging", d.Code.Value)
	assert.Equal(t, "replylint", d.Source.Name)

	var rd rdResult
	require.NoError(t, json.Unmarshal([]byte(render(t, "rdjson", f)), &rd))
	require.NotEmpty(t, rd.Diagnostics)
	assert.Equal(t, "hedging", rd.Diagnostics[0].Code.Value)
	assert.Equal(t, "WARNING", rd.Diagnostics[0].Severity)

	var cs struct {
		Files []struct {
			Name   string `xml:"name,attr"`
			Errors []struct {
				Source  string `xml:"source,attr"`
				Message string `xml:"message,attr"`
			} `xml:"error"`
		} `xml:"file"`
	}
	require.NoError(t, xml.Unmarshal([]byte(render(t, "checkstyle", f)), &cs))
	assert.Equal(t, "replylint.hedging", cs.Files[0].Errors[0].Source)
	assert.Contains(t, cs.Files[0].Errors[0].Message, "\n→ ", "a line break survives the attribute")

	assert.Regexp(t, `(?m)^::warning file=reply\.md,line=4,col=9,endColumn=18,title=hedging::`, render(t, "github", f))
}

func TestGitHubEscaping(t *testing.T) {
	assert.Equal(t, "100%25 sure%0D%0Anext: a, b", githubData("100% sure\r\nnext: a, b"))
	assert.Equal(t, "a%3Ab%2Cc%25d%0Ae", githubProperty("a:b,c%d\ne"))

	// A path with a comma and a colon, and a message with a line break
	// (message and suggestion): one annotation per finding, one line each.
	f := document(t, "replies/a,b:c.txt", "@klant Misschien is je pakket morgen al binnen.\n")
	out := render(t, "github", f)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, len(f.Findings)+1, out)
	assert.True(t, strings.HasPrefix(lines[0], "::warning file=replies/a%2Cb%3Ac.txt,line=1,col=8,endColumn=17,title=hedging::Twijfeltaal: \"Misschien\""), lines[0])
	assert.Contains(t, lines[0], "%0A→ Laat")
	assert.Equal(t, "replylint: 2 warnings in 1 reply (score 84/100)", lines[len(lines)-1])

	// Severities: info is a notice; an input error is an error annotation.
	out = render(t, "github", Failure("x.md", nil, &input.Error{Path: "x.md", Line: 2, Msg: "front matter: bad"}))
	assert.Equal(t, "::error file=x.md,line=2,title=replylint::front matter: bad\nreplylint: 1 input not linted\n", out)
	assert.Equal(t, "notice", githubLevel(lint.Info))
}

func TestFixes(t *testing.T) {
	tests := []struct {
		name, text, rule, want string
	}{
		{"capitals become lower case", "Dat doen we NIET zo.", "emotional", "niet"},
		{"a run of capitals", "We ARE NOT doing that.", "emotional", "are not"},
		{"two exclamation marks become one", "Wat fijn!! ^Anne", "emotional", "!"},
		{"?! becomes a question mark", "Echt?! ^Anne", "emotional", "?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := document(t, "r.txt", tt.text)
			fd := findingOf(t, f, tt.rule)
			require.Len(t, fd.Fixes, 1)
			assert.Equal(t, tt.want, fd.Fixes[0].NewText)
			assert.Equal(t, fd.Start, fd.Fixes[0].Start)
			assert.Equal(t, fd.End, fd.Fixes[0].End)
		})
	}
	t.Run("advice is no fix", func(t *testing.T) {
		f := document(t, "r.txt", "@klant Misschien is je pakket morgen al binnen.")
		for _, fd := range f.Findings {
			assert.Empty(t, fd.Fixes, fd.Rule)
		}
	})
}

func TestCheckstyleIsXML(t *testing.T) {
	out := render(t, "checkstyle", document(t, "a&b.txt", "@klant Misschien <b>morgen</b> & \"zeker\"\x01."),
		Failure("gone.txt", nil, errors.New("gone.txt: no such file or directory")))
	dec := xml.NewDecoder(strings.NewReader(out))
	for {
		_, err := dec.Token()
		if err != nil {
			require.ErrorContains(t, err, "EOF")
			break
		}
	}
	assert.Contains(t, out, `<file name="a&amp;b.txt">`)
	assert.Contains(t, out, `<error severity="error" message="no such file or directory" source="replylint"/>`)
}

func TestRDJSONSuggestions(t *testing.T) {
	out := render(t, "rdjson", document(t, "r.txt", "Dat doen we NIET zo!! ^Anne"))
	var rd rdResult
	require.NoError(t, json.Unmarshal([]byte(out), &rd))
	var texts []string
	for _, d := range rd.Diagnostics {
		for _, s := range d.Suggestions {
			texts = append(texts, s.Text)
			assert.Equal(t, d.Location.Range, s.Range)
		}
	}
	assert.Equal(t, []string{"niet", "!"}, texts)
	assert.Equal(t, "replylint", rd.Source.Name)
}

func TestSummary(t *testing.T) {
	var s Summary
	assert.Equal(t, "no replies to lint", s.String())
	s.Add(Failure("x", nil, errors.New("x: gone")))
	assert.Equal(t, "1 input not linted", s.String())
	s.Add(document(t, "r.txt", "@klant Misschien is je pakket morgen al binnen."))
	assert.Equal(t, "2 warnings in 1 reply (score 84/100); 1 input not linted", s.String())
}

func TestArtifactURI(t *testing.T) {
	assert.Equal(t, "replies/a%20b.md", artifactURI("replies/a b.md"))
	assert.Equal(t, "./a:b.txt", artifactURI("a:b.txt"), "not a scheme")
	assert.Equal(t, "file:///tmp/r.txt", artifactURI("/tmp/r.txt"))
	assert.Regexp(t, regexp.MustCompile(`^%3Cstdin%3E$`), artifactURI("<stdin>"))
}

func TestUnknownFormat(t *testing.T) {
	_, err := New("xml", &bytes.Buffer{}, Options{})
	assert.ErrorContains(t, err, `unknown format "xml"`)
}
