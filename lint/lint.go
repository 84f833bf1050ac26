// Package lint checks a webcare reply against replylint's rules: each
// rule reads a tone.Analysis and reports findings at the exact words, with
// a message in the reply's language and a concrete suggestion. The
// scorecard is built from the findings. docs/rules.md in the repository
// documents every rule: what it covers and what must not fire.
//
// New compiles a Config (plain data; a zero value means the defaults) into
// a Linter, which is safe for concurrent use; Lint is a one-off
// convenience. The CLI, the language server and the web page are drivers
// over them.
package lint

import (
	"embed"
	"fmt"
	"hash/crc32"
	"strings"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/tone"
)

// Severity of a finding.
type Severity int

// Severities, from least to most severe.
const (
	Info Severity = iota + 1
	Warning
	Error
)

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "off"
}

// ParseSeverity parses "info", "warning" or "error".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(s) {
	case "info":
		return Info, nil
	case "warning", "warn":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want info, warning or error)", s)
}

// MarshalText makes a Severity print as its name in JSON and YAML.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a Severity by its name, so findings read back from
// JSON output keep their severity.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Finding is one problem in a reply, at a span of its text.
type Finding struct {
	Rule     string    `json:"rule"`     // the rule's name
	Severity Severity  `json:"severity"` // the rule's severity, or the config's
	Message  string    `json:"message"`  // what is wrong, shown to the user
	Span     tone.Span `json:"-"`        // the text the finding is about
	// Line and Column (1-based; columns count Unicode code points) and
	// Offset (bytes) are where Span starts, the End fields where it ends;
	// Suggestions are replacements or advice to show with the finding.
	Line        int      `json:"line"`
	Column      int      `json:"column"`
	EndLine     int      `json:"end_line"`
	EndColumn   int      `json:"end_column"`
	Offset      int      `json:"offset"`
	EndOffset   int      `json:"end_offset"`
	Suggestions []string `json:"suggestions"`
	// Fixes are edits that carry out the finding literally, where the
	// rule knows one ("NIET" → "niet"); most findings are advice and
	// have none.
	Fixes []Fix `json:"-"`
	// Cost is the points the finding costs in its rule's score part when
	// it is at or above the config's score level.
	Cost int `json:"-"`

	part string // the rule's score part, set by the driver
}

// Fix is one edit of the reply: its span replaced by new text.
type Fix struct {
	Span    tone.Span // the text to replace
	NewText string    // what replaces it
}

// Result is the outcome of linting one reply.
type Result struct {
	// Lang is the reply's language, "nl" or "en".
	Lang string
	// Findings are sorted by offset, then by rule.
	Findings []Finding
	// Score is the reply's scorecard, built from the findings.
	Score Scorecard
	// Analysis is what the rules read.
	Analysis *tone.Analysis
}

// Max returns the highest severity among the findings, or 0.
func (r Result) Max() Severity {
	var m Severity
	for _, f := range r.Findings {
		m = max(m, f.Severity)
	}
	return m
}

// Prepare builds now, in parallel, what the first Lint would otherwise
// build on first use: tone's segmenter, tokenizer and built-in lexicons of
// langs ("nl" and "en" when none are given, see tone.Prepare), the
// built-in configuration and the messages. It returns when all are ready.
// A one-shot command or a server can run it in a goroutine at start-up;
// nothing else needs it.
func Prepare(langs ...string) {
	var wg sync.WaitGroup
	wg.Go(func() { tone.Prepare(langs...) })
	wg.Go(func() {
		catalog()
		defaultLinter()
	})
	wg.Wait()
}

//go:generate go test -run "TestCompiled|TestGenerated" -update-compiled

//go:embed messages/*.yaml
var messageFS embed.FS

// catalog maps language → rule → key → message template.
var catalog = sync.OnceValue(func() map[string]map[string]map[string]string {
	out := map[string]map[string]map[string]string{}
	for _, lang := range []string{"nl", "en"} {
		data, err := messageFS.ReadFile(messagesSource(lang))
		if err != nil {
			panic(err) // embedded; a test covers it
		}
		if compiledMessages != nil {
			if m, sum := compiledMessages(lang); m != nil && sum == crc32.ChecksumIEEE(data) {
				out[lang] = m
				continue
			}
		}
		m, err := parseMessages(lang, data)
		if err != nil {
			panic(err)
		}
		out[lang] = m
	}
	return out
})

// messagesSource is the file of a language's messages.
func messagesSource(lang string) string { return "messages/" + lang + ".yaml" }

// parseMessages decodes a language's messages from YAML.
func parseMessages(lang string, data []byte) (map[string]map[string]string, error) {
	m := map[string]map[string]string{}
	if err := yaml.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("lint/messages/%s.yaml: %v", lang, err)
	}
	return m, nil
}

// compiledMessages returns a language's messages as their YAML reads and
// the YAML's CRC-32, from compiled_messages.go (go generate ./lint):
// decoding both languages' YAML took longer than linting a reply. Nil
// where there is none; the YAML is decoded where it changed since.
var compiledMessages func(lang string) (map[string]map[string]string, uint32)

// msg returns the message template for a rule and key in a language,
// filled with the variables given as name, value pairs.
func msg(lang, rule, key string, vars ...string) string {
	c := catalog()
	m, ok := c[lang]
	if !ok {
		m = c["nl"]
	}
	s := m[rule][key]
	if s == "" {
		s = c["en"][rule][key]
	}
	for i := 0; i+1 < len(vars); i += 2 {
		s = strings.ReplaceAll(s, "{"+vars[i]+"}", clip(vars[i+1]))
	}
	return s
}

// RuleLabel returns a rule's short name for people in a language ("nl",
// "en"; another language gets the Dutch), as the web page, the team
// report and "replylint rules --format json" show it: the "label" of the
// rule's messages in lint/messages. A rule without one (a caller's own)
// is named by its ID.
func RuleLabel(lang, id string) string {
	if s := msg(lang, id, "label"); s != "" {
		return s
	}
	return id
}

// clip shortens text quoted in a message: "!!!!!!!!…" for a run of 10,000.
func clip(s string) string {
	const most = 60
	if utf8.RuneCountInString(s) <= most {
		return s
	}
	n := 0
	for i := range s {
		if n == most {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
