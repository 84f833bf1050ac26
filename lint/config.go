package lint

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/internal/confdoc"
	"github.com/replylint/replylint/internal/lexyaml"
	"github.com/replylint/replylint/tone"
)

// ConfigFileNames are the names a config file may have; FindConfig looks
// for them from a directory upwards.
var ConfigFileNames = []string{".replylint.yaml", ".replylint.yml"}

// DefaultMaxReplyBytes is the largest reply linted unless the config says
// otherwise: far above any real reply, low enough to bound memory.
const DefaultMaxReplyBytes = 1 << 20

// Config is a team's replylint configuration (.replylint.yaml): plain
// data that copies by value (Clone to change a copy's maps and lists
// without changing the original's). Every zero value means the default, so a
// Config built in Go needs only what differs (&Config{} keeps the
// 280-character limit of public replies). New compiles a Config into a
// Linter; the Linter keeps its own copy, so changing a Config later does
// not change a Linter made from it.
type Config struct {
	// Path is the file the config was read from, or "" for the defaults.
	Path string
	// FailLevel is the lowest severity that makes the CLI exit 1; 0
	// means warning.
	FailLevel Severity
	// Rules holds per-rule settings by rule ID.
	Rules map[string]RuleConfig
	// Signature sets the signature policy.
	Signature SignatureConfig
	// AllowedContacts are the company's own phone numbers and addresses;
	// public-pii never reports them.
	AllowedContacts []string
	// Address fixes the register: "je", "u", or "match" (the customer's;
	// the default, also for "").
	Address string
	// Channels sets per-channel limits by channel name. A public channel
	// not in the map keeps the default limit of 280 characters.
	Channels map[string]ChannelConfig
	// MaxReplyBytes is the largest reply the CLI reads; 0 means
	// DefaultMaxReplyBytes.
	MaxReplyBytes int
	// ScoreLevel is the lowest severity whose findings cost points; 0
	// counts every finding (the default, info).
	ScoreLevel Severity
	// Weights of the scorecard parts; all zero means DefaultWeights.
	Weights Weights
	// Lexicon holds extra lexicon entries by language ("nl", "en"), each
	// with its Category set.
	Lexicon map[string][]*tone.Entry
}

// RuleConfig switches a rule off or sets its severity.
type RuleConfig struct {
	Off      bool     // the rule does not run
	Severity Severity // 0: the rule's default
}

// SignatureConfig is the signature policy.
type SignatureConfig struct {
	// RequireRole makes a sign-off without a role a warning.
	RequireRole bool
	// Roster lists the team's names; an unknown name is reported.
	Roster []string
	// OnPrivate asks for a sign-off on private channels and e-mail too
	// (private_exempt: false); by default those need none.
	OnPrivate bool
}

// ChannelConfig holds a channel's limits.
type ChannelConfig struct {
	// MaxChars is the longest post part in characters; 0 means no limit.
	MaxChars int
}

// ConfigError is a problem in a config file, at a line and column, for a
// key. The reply package reports escalation matrices and templates with
// it too. Callers tell it apart with errors.As.
type ConfigError struct {
	// Path is the file, or "" for a config given as bytes or built in Go.
	Path string
	// Line and Column are 1-based; 0 when the problem has no place.
	Line, Column int
	// Key is the setting, e.g. "rules.hedgeing" or "lexicon.nl.hedging.match".
	Key string
	// Msg says what is wrong.
	Msg string
}

// Error returns "path:line: key: message"; tools that place the problem
// read Column as well.
func (e *ConfigError) Error() string {
	var b strings.Builder
	if e.Path == "" {
		b.WriteString("(config given as bytes)")
	}
	b.WriteString(e.Path)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
	}
	if e.Key != "" {
		b.WriteString(": " + e.Key)
	}
	b.WriteString(": " + e.Msg)
	return b.String()
}

// DefaultPublicMaxChars is the length limit of a public post part unless
// the config sets another (X/Twitter's 280 characters).
const DefaultPublicMaxChars = 280

// DefaultConfig returns the built-in configuration with every default
// spelled out: a fresh value on each call, which the caller may change.
func DefaultConfig() *Config { return newConfig() }

func newConfig() *Config {
	return &Config{
		FailLevel:     Warning,
		ScoreLevel:    Info,
		Rules:         map[string]RuleConfig{},
		Address:       "match",
		Channels:      map[string]ChannelConfig{tone.ChannelPublic: {MaxChars: DefaultPublicMaxChars}},
		MaxReplyBytes: DefaultMaxReplyBytes,
		Weights:       DefaultWeights(),
		Lexicon:       map[string][]*tone.Entry{},
	}
}

// Clone returns a copy of c with maps and slices of its own, to change
// without changing c: a plain copy (d := *c) shares Rules, Channels and
// the lists, so setting a rule off in it sets it off in c as well.
// Lexicon entries are shared; nothing changes them once parsed. A nil c
// clones the defaults.
func (c *Config) Clone() *Config {
	if c == nil {
		return DefaultConfig()
	}
	out := c.clone()
	return &out
}

// clone returns a copy of c that shares nothing c's caller can change.
func (c *Config) clone() Config {
	out := *c
	out.Rules = maps.Clone(c.Rules)
	out.Channels = maps.Clone(c.Channels)
	out.AllowedContacts = slices.Clone(c.AllowedContacts)
	out.Signature.Roster = slices.Clone(c.Signature.Roster)
	out.Lexicon = make(map[string][]*tone.Entry, len(c.Lexicon))
	for lang, entries := range c.Lexicon {
		out.Lexicon[lang] = slices.Clone(entries)
	}
	return out
}

// MaxBytes returns the largest reply to read: MaxReplyBytes, or
// DefaultMaxReplyBytes when it is 0.
func (c *Config) MaxBytes() int {
	if c == nil || c.MaxReplyBytes <= 0 {
		return DefaultMaxReplyBytes
	}
	return c.MaxReplyBytes
}

// Fail returns the lowest severity that fails a run: FailLevel, or
// Warning when it is 0.
func (c *Config) Fail() Severity {
	if c == nil || c.FailLevel == 0 {
		return Warning
	}
	return c.FailLevel
}

// severity returns a rule's severity under this config, and false when the
// rule is off.
func (c *Config) severity(id string, def Severity) (Severity, bool) {
	rc, ok := c.Rules[id]
	if !ok {
		return def, true
	}
	if rc.Off {
		return 0, false
	}
	if rc.Severity != 0 {
		return rc.Severity, true
	}
	return def, true
}

// channelLimit returns a channel's length limit; a public channel the
// config does not name keeps the default.
func (c *Config) channelLimit(channel string) int {
	if channel == "" {
		channel = tone.ChannelPublic
	}
	if ch, ok := c.Channels[channel]; ok {
		return ch.MaxChars
	}
	if channel == tone.ChannelPublic {
		return DefaultPublicMaxChars
	}
	return 0
}

func (c *Config) allowedContact(s string) bool {
	n := normalizeContact(s)
	for _, a := range c.AllowedContacts {
		if normalizeContact(a) == n {
			return true
		}
	}
	return false
}

// FindConfig looks for a config file in dir and its parents and returns
// its path, or "" when there is none.
func FindConfig(dir string) string { return FindUp(dir, ConfigFileNames...) }

// FindUp looks for a file with one of the names in dir and its parents,
// nearest first, and returns its path, or "". The CLI, the language server
// and the web server find configs and escalation matrices with it. A
// directory with one of the names is returned too: someone meant to write
// that file, so loading it says what is wrong instead of passing it over.
func FindUp(dir string, names ...string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		for _, name := range names {
			p := filepath.Join(dir, name)
			if _, err := os.Stat(p); err == nil {
				return p
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// LoadConfig reads and checks a config file. A directory is an error
// that says so.
func LoadConfig(path string) (*Config, error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return nil, fmt.Errorf("%s: is a directory, not a config file; the config is a YAML file of this name (replylint init writes one)", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseConfig(path, data)
}

// ParseConfig checks and compiles a config. Unknown keys, wrong types,
// unknown rule IDs and bad lexicon entries are *ConfigError values naming
// the file, line and key.
func ParseConfig(path string, data []byte) (*Config, error) {
	d, err := parseDoc(path, data)
	if err != nil {
		return nil, err
	}
	return configFromDoc(d)
}

func init() {
	confdoc.Parse = parseDoc
	confdoc.Lint = func(d *confdoc.Doc) (any, error) { return configFromDoc(d) }
}

// parseDoc parses a config file once, for lint and for the packages that
// read other sections of it (see internal/confdoc).
func parseDoc(path string, data []byte) (*confdoc.Doc, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, yamlError(path, err)
	}
	d := &confdoc.Doc{Path: path}
	if len(doc.Content) == 0 {
		return d, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, &ConfigError{Path: path, Line: root.Line, Column: root.Column, Msg: "want a mapping of settings"}
	}
	d.Root = root
	return d, nil
}

// configFromDoc reads lint's settings from a parsed config file.
func configFromDoc(d *confdoc.Doc) (*Config, error) {
	path, root := d.Path, d.Root
	c := newConfig()
	c.Path = path
	if root == nil {
		return c, nil
	}
	p := configParser{path: path}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		var err error
		switch k.Value {
		case "fail_level":
			c.FailLevel, err = p.severity(k.Value, v)
		case "score_level":
			c.ScoreLevel, err = p.severity(k.Value, v)
		case "rules":
			err = p.rules(c, v)
		case "signature":
			err = p.signature(c, v)
		case "allowed_contacts":
			err = p.decode(k.Value, v, &c.AllowedContacts)
		case "address":
			err = p.decode(k.Value, v, &c.Address)
			if err == nil && c.Address != "je" && c.Address != "u" && c.Address != "match" {
				err = p.errAt(v, k.Value, fmt.Sprintf("%q: want je, u or match", c.Address))
			}
		case "channels":
			err = p.channels(c, v)
		case "max_reply_bytes":
			err = p.decode(k.Value, v, &c.MaxReplyBytes)
			if err == nil && c.MaxReplyBytes <= 0 {
				err = p.errAt(v, k.Value, "want a positive number of bytes")
			}
		case "weights":
			err = p.weights(c, v)
		case "lexicon":
			err = p.lexicon(c, v)
		case "templates", "profile":
			// Drafting settings: read and checked by the reply package
			// (reply.ProfileFromConfig), which lint does not import.
			if v.Kind != yaml.MappingNode {
				err = p.errAt(v, k.Value, "want a mapping")
			}
		default:
			err = p.errAt(k, k.Value, "unknown key")
		}
		if err != nil {
			return nil, err
		}
	}
	if len(c.Lexicon) > 0 {
		// Compiled now, so a bad entry is an error here and the first
		// Lint with this config need not compile again.
		an, err := compileLexicons(c)
		if err != nil {
			return nil, err
		}
		remember(c, an)
	}
	return c, nil
}

type configParser struct{ path string }

func (p configParser) errAt(n *yaml.Node, key, m string) error {
	return &ConfigError{Path: p.path, Line: n.Line, Column: n.Column, Key: key, Msg: m}
}

func (p configParser) decode(key string, n *yaml.Node, v any) error {
	if err := n.Decode(v); err != nil {
		m := strings.TrimPrefix(err.Error(), "yaml: unmarshal errors:\n  ")
		if i := strings.Index(m, ": "); strings.HasPrefix(m, "line ") && i > 0 {
			m = m[i+2:] // the line is in the error's position already
		}
		return p.errAt(n, key, m)
	}
	return nil
}

func (p configParser) mapping(key string, n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return p.errAt(n, key, "want a mapping")
	}
	return nil
}

func (p configParser) severity(key string, n *yaml.Node) (Severity, error) {
	var s string
	if err := p.decode(key, n, &s); err != nil {
		return 0, err
	}
	sev, err := ParseSeverity(s)
	if err != nil {
		return 0, p.errAt(n, key, err.Error())
	}
	return sev, nil
}

func (p configParser) rules(c *Config, n *yaml.Node) error {
	if err := p.mapping("rules", n); err != nil {
		return err
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := "rules." + k.Value
		if _, ok := RuleByID(k.Value); !ok {
			return p.errAt(k, key, "unknown rule (see 'replylint rules')")
		}
		var rc RuleConfig
		switch {
		case v.Kind == yaml.ScalarNode && (v.Value == "off" || v.Value == "false"):
			rc.Off = true
		case v.Kind == yaml.ScalarNode && (v.Value == "on" || v.Value == "true"):
		case v.Kind == yaml.ScalarNode:
			sev, err := p.severity(key, v)
			if err != nil {
				return err
			}
			rc.Severity = sev
		case v.Kind == yaml.MappingNode:
			for j := 0; j+1 < len(v.Content); j += 2 {
				kk, vv := v.Content[j], v.Content[j+1]
				switch kk.Value {
				case "severity":
					sev, err := p.severity(key+".severity", vv)
					if err != nil {
						return err
					}
					rc.Severity = sev
				case "enabled":
					var on bool
					if err := p.decode(key+".enabled", vv, &on); err != nil {
						return err
					}
					rc.Off = !on
				default:
					return p.errAt(kk, key+"."+kk.Value, "unknown key (want severity or enabled)")
				}
			}
		default:
			return p.errAt(v, key, "want off, a severity, or {severity, enabled}")
		}
		c.Rules[k.Value] = rc
	}
	return nil
}

func (p configParser) signature(c *Config, n *yaml.Node) error {
	if err := p.mapping("signature", n); err != nil {
		return err
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := "signature." + k.Value
		var err error
		switch k.Value {
		case "require_role":
			err = p.decode(key, v, &c.Signature.RequireRole)
		case "roster":
			err = p.decode(key, v, &c.Signature.Roster)
		case "private_exempt":
			var exempt bool
			err = p.decode(key, v, &exempt)
			c.Signature.OnPrivate = !exempt
		default:
			err = p.errAt(k, key, "unknown key (want require_role, roster or private_exempt)")
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (p configParser) channels(c *Config, n *yaml.Node) error {
	if err := p.mapping("channels", n); err != nil {
		return err
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := "channels." + k.Value
		if err := p.mapping(key, v); err != nil {
			return err
		}
		var ch ChannelConfig
		for j := 0; j+1 < len(v.Content); j += 2 {
			kk, vv := v.Content[j], v.Content[j+1]
			if kk.Value != "max_chars" {
				return p.errAt(kk, key+"."+kk.Value, "unknown key (want max_chars)")
			}
			if err := p.decode(key+".max_chars", vv, &ch.MaxChars); err != nil {
				return err
			}
		}
		c.Channels[k.Value] = ch
	}
	return nil
}

func (p configParser) weights(c *Config, n *yaml.Node) error {
	if err := p.mapping("weights", n); err != nil {
		return err
	}
	w := map[string]*int{
		"empathy": &c.Weights.Empathy, "personal": &c.Weights.Personal, "clarity": &c.Weights.Clarity,
		"de_escalation": &c.Weights.DeEscalation, "privacy": &c.Weights.Privacy,
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		ptr, ok := w[k.Value]
		if !ok {
			return p.errAt(k, "weights."+k.Value, "unknown part (want empathy, personal, clarity, de_escalation or privacy)")
		}
		if err := p.decode("weights."+k.Value, v, ptr); err != nil {
			return err
		}
		if *ptr < 0 {
			return p.errAt(v, "weights."+k.Value, "want a weight of 0 or more")
		}
	}
	if c.Weights.Sum() == 0 {
		return p.errAt(n, "weights", "at least one weight must be above 0")
	}
	return nil
}

func (p configParser) lexicon(c *Config, n *yaml.Node) error {
	if err := p.mapping("lexicon", n); err != nil {
		return err
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		lang := k.Value
		if lang != "nl" && lang != "en" {
			return p.errAt(k, "lexicon."+lang, "unknown language (want nl or en)")
		}
		if err := p.mapping("lexicon."+lang, v); err != nil {
			return err
		}
		for j := 0; j+1 < len(v.Content); j += 2 {
			ck, cv := v.Content[j], v.Content[j+1]
			if len(tone.DefaultLexicon(lang).Category(ck.Value)) == 0 {
				return p.errAt(ck, "lexicon."+lang+"."+ck.Value, "unknown category (see tone/lexicon/"+lang+".yaml)")
			}
			entries, err := lexyaml.DecodeEntries(ck.Value, cv)
			if err != nil {
				var ee *tone.EntryError
				if errors.As(err, &ee) {
					return &ConfigError{Path: p.path, Line: ee.Line, Key: "lexicon." + lang + "." + ck.Value + "." + ee.Field, Msg: ee.Err.Error()}
				}
				return p.errAt(cv, "lexicon."+lang+"."+ck.Value, err.Error())
			}
			c.Lexicon[lang] = append(c.Lexicon[lang], entries...)
		}
	}
	return nil
}

// yamlError turns a YAML syntax error into a ConfigError with its line.
func yamlError(path string, err error) error {
	m := err.Error()
	line := 0
	if i := strings.Index(m, "line "); i >= 0 {
		rest := m[i+5:]
		j := strings.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' })
		if j > 0 {
			line, _ = strconv.Atoi(rest[:j])
			m = strings.TrimLeft(rest[j:], ": ")
		}
	}
	return &ConfigError{Path: path, Line: line, Msg: strings.TrimPrefix(m, "yaml: ")}
}
