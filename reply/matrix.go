package reply

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// MatrixFileName is the name replylint gives an escalation matrix.
const MatrixFileName = "escalation.yaml"

//go:embed escalation.example.yaml
var exampleMatrix []byte

// ExampleMatrix returns the documented example matrix with Dutch defaults
// (levels laag, middel, hoog, crisis), as `replylint init` writes it.
func ExampleMatrix() []byte { return append([]byte(nil), exampleMatrix...) }

// Matrix is an escalation matrix (seed 000): priority levels in order, from
// the least to the most urgent, each with the rules that put a message on
// it, an owner and a response time. A Matrix is read-only once parsed and
// safe for concurrent use.
type Matrix struct {
	// File is the file the matrix was read from, or "" for the default.
	File string
	// Levels are the priority levels, least urgent first.
	Levels []Level
	// VolumeWindow is the time window within which messages on one topic
	// count towards a volume threshold.
	VolumeWindow time.Duration

	an *tone.Analyzer
}

// Level is one priority level of a matrix.
type Level struct {
	// Name is the level's name, e.g. "laag", "middel", "hoog", "crisis".
	Name string
	// Match says when a message belongs on this level.
	Match Match
	// Owner decides on the answer.
	Owner Owner
	// Contacts are the other people to involve.
	Contacts []Contact
	// RespondWithin is the time within which the message gets an answer.
	RespondWithin time.Duration
	// Hold means: do not reply before the owner agrees. HoldFor limits
	// that to messages of some categories (in YAML, hold: [reputation-risk,
	// legal-privacy]); Hold is false then.
	Hold bool
	// HoldFor lists the categories that wait for the owner when Hold is
	// false.
	HoldFor []Category
	// Advice holds the team's own advice for this level.
	Advice []string
	// Line is the level's line in the matrix file.
	Line int
}

// Match holds the rules that put a message on a level; any one of them is
// enough.
type Match struct {
	// Categories lists the categories that belong on the level.
	Categories []Category
	// Cues lists sets of cue kinds; a message matches when it has every
	// kind of one set ("churn+business" in YAML is one set of two).
	Cues [][]CueKind
	// Reach is the follower count from which a complaint belongs on the
	// level; a verified sender always counts. 0 disables it.
	Reach int
	// Volume is the number of messages on one topic in a batch from which
	// a message belongs on the level. 0 disables it.
	Volume int
	// Words are the team's own phrases (lexicon pattern syntax). They
	// take effect in a matrix made by ParseMatrix.
	Words []string

	wordsNode *yaml.Node
}

// Owner is the person who decides on the answer to a message.
type Owner struct {
	// Name is the person or role, e.g. "Teamleider webcare".
	Name string `json:"name"`
	// Department is the owner's department, e.g. "Communicatie".
	Department string `json:"department"`
	// Email is the owner's work e-mail address.
	Email string `json:"email"`
	// Phone is the owner's work phone number.
	Phone string `json:"phone"`
}

// Contact is another person to involve on a level.
type Contact struct {
	// Name is the person or role, e.g. "Woordvoerder".
	Name string `json:"name"`
	// Role says what they do in an escalation, e.g. "pers en media".
	Role string `json:"role,omitempty"`
	// Department is their department.
	Department string `json:"department,omitempty"`
	// Email is their work e-mail address.
	Email string `json:"email,omitempty"`
	// Phone is their work phone number.
	Phone string `json:"phone,omitempty"`
}

// MatrixError is a problem in an escalation matrix, at a line, for a key
// such as "levels[2].respond_within". It is lint.ConfigError, so callers
// handle every config file's errors alike with errors.As.
type MatrixError = lint.ConfigError

// DefaultMatrix returns the built-in matrix: the example matrix with Dutch
// defaults. It is parsed once per process.
func DefaultMatrix() *Matrix { return defaultMatrix() }

var defaultMatrix = sync.OnceValue(func() *Matrix {
	m, err := ParseMatrix("", exampleMatrix)
	if err != nil {
		// The example is embedded and covered by a test: failing here is a
		// build defect, not an input problem.
		panic(err)
	}
	return m
})

// LoadMatrix reads and checks a matrix file.
func LoadMatrix(path string) (*Matrix, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseMatrix(path, data)
}

// ParseMatrix checks and compiles a matrix in YAML. Unknown keys, wrong
// types, unknown categories or cue kinds, bad durations and bad patterns
// are *MatrixError values naming the file, line and key.
func ParseMatrix(file string, data []byte) (*Matrix, error) {
	p := matrixParser{file: file}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, p.syntax(err)
	}
	if len(doc.Content) == 0 {
		return nil, p.errAt(nil, "levels", "empty matrix: want at least one level")
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, p.errAt(root, "", "want a mapping with levels")
	}
	m := &Matrix{File: file, VolumeWindow: time.Hour}
	var levelsNode *yaml.Node
	extra := map[string][]*tone.Entry{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "version":
			var n int
			if err := p.decode(v, "version", &n); err != nil {
				return nil, err
			}
			if n != 1 {
				return nil, p.errAt(v, "version", fmt.Sprintf("unsupported version %d (want 1)", n))
			}
		case "volume_window":
			d, err := p.duration(v, "volume_window")
			if err != nil {
				return nil, err
			}
			m.VolumeWindow = d
		case "levels":
			levelsNode = v
		case "cues":
			if err := p.cues(v, extra); err != nil {
				return nil, err
			}
		default:
			return nil, p.errAt(k, k.Value, "unknown key (want version, volume_window, levels or cues)")
		}
	}
	if levelsNode == nil {
		return nil, p.errAt(root, "levels", "missing: want at least one level")
	}
	if levelsNode.Kind != yaml.SequenceNode || len(levelsNode.Content) == 0 {
		return nil, p.errAt(levelsNode, "levels", "want a list of at least one level")
	}
	seen := map[string]bool{}
	for i, n := range levelsNode.Content {
		lv, err := p.level(n, fmt.Sprintf("levels[%d]", i))
		if err != nil {
			return nil, err
		}
		if seen[strings.ToLower(lv.Name)] {
			return nil, p.errAt(n, fmt.Sprintf("levels[%d].name", i), fmt.Sprintf("duplicate level name %q", lv.Name))
		}
		seen[strings.ToLower(lv.Name)] = true
		if wn := lv.Match.wordsNode; wn != nil {
			// Each language gets entries of its own: a compiled entry
			// belongs to one lexicon.
			for _, lang := range languages {
				entries, err := tone.DecodeEntries(levelCategory(i), wn)
				if err != nil {
					var ee *tone.EntryError
					if errors.As(err, &ee) {
						return nil, &MatrixError{Path: matrixPath(file), Line: ee.Line, Key: fmt.Sprintf("levels[%d].match.words", i), Msg: ee.Err.Error()}
					}
					return nil, p.errAt(wn, fmt.Sprintf("levels[%d].match.words", i), err.Error())
				}
				extra[lang] = append(extra[lang], entries...)
			}
		}
		m.Levels = append(m.Levels, lv)
	}
	an, err := cueAnalyzer(extra)
	if err != nil {
		var ee *tone.EntryError
		if errors.As(err, &ee) {
			return nil, &MatrixError{Path: matrixPath(file), Line: ee.Line, Key: ee.Field, Msg: ee.Err.Error()}
		}
		return nil, &MatrixError{Path: matrixPath(file), Key: "cues", Msg: err.Error()}
	}
	m.an = an
	return m, nil
}

// holds reports whether a message of the category waits for the owner on
// this level.
func (lv Level) holds(c Category) bool {
	if lv.Hold {
		return true
	}
	for _, h := range lv.HoldFor {
		if h == c {
			return true
		}
	}
	return false
}

// analyzer returns the analyzer with the matrix's cue lexicons.
func (m *Matrix) analyzer() *tone.Analyzer {
	if m.an == nil {
		a, _ := builtinCueAnalyzer()
		return a
	}
	return m.an
}

// reach returns the lowest reach threshold of the matrix: from there a
// complaint is a reputation risk. Without any, 10,000 followers.
func (m *Matrix) reach() int {
	r := 0
	for _, lv := range m.Levels {
		if lv.Match.Reach > 0 && (r == 0 || lv.Match.Reach < r) {
			r = lv.Match.Reach
		}
	}
	if r == 0 {
		return defaultReach
	}
	return r
}

// volume returns the lowest volume threshold of the matrix, or 0.
func (m *Matrix) volume() int {
	v := 0
	for _, lv := range m.Levels {
		if lv.Match.Volume > 0 && (v == 0 || lv.Match.Volume < v) {
			v = lv.Match.Volume
		}
	}
	return v
}

const defaultReach = 10000

func levelCategory(i int) string { return "level:" + strconv.Itoa(i) }

type matrixParser struct{ file string }

func (p matrixParser) errAt(n *yaml.Node, key, msg string) error {
	line := 0
	if n != nil {
		line = n.Line
	}
	return &MatrixError{Path: matrixPath(p.file), Line: line, Key: key, Msg: msg}
}

// syntax turns a YAML syntax error into a MatrixError with its line.
func (p matrixParser) syntax(err error) error {
	m := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if i := strings.Index(m, "line "); i >= 0 {
		rest := m[i+5:]
		j := strings.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' })
		if j > 0 {
			line, _ = strconv.Atoi(rest[:j])
			m = strings.TrimLeft(rest[j:], ": ")
		}
	}
	return &MatrixError{Path: matrixPath(p.file), Line: line, Msg: m}
}

func (p matrixParser) decode(n *yaml.Node, key string, v any) error {
	if err := n.Decode(v); err != nil {
		msg := err.Error()
		msg = strings.TrimPrefix(msg, "yaml: unmarshal errors:\n  ")
		if i := strings.Index(msg, ": "); i >= 0 && strings.HasPrefix(msg, "line ") {
			msg = msg[i+2:]
		}
		return p.errAt(n, key, msg)
	}
	return nil
}

func (p matrixParser) mapping(n *yaml.Node, key string) error {
	if n.Kind != yaml.MappingNode {
		return p.errAt(n, key, "want a mapping")
	}
	return nil
}

// duration parses "15m", "1h30m", "4h" or "1d".
func (p matrixParser) duration(n *yaml.Node, key string) (time.Duration, error) {
	var s string
	if err := p.decode(n, key, &s); err != nil {
		return 0, err
	}
	d, err := parseDuration(s)
	if err != nil || d <= 0 {
		return 0, p.errAt(n, key, fmt.Sprintf("%q: want a positive duration such as 15m, 1h, 4h or 1d", s))
	}
	return d, nil
}

func parseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil {
			return 0, err
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	return time.ParseDuration(s)
}

func (p matrixParser) level(n *yaml.Node, key string) (Level, error) {
	lv := Level{Line: n.Line}
	if err := p.mapping(n, key); err != nil {
		return lv, err
	}
	var haveWithin bool
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		kk := key + "." + k.Value
		var err error
		switch k.Value {
		case "name":
			err = p.decode(v, kk, &lv.Name)
			if err == nil && strings.TrimSpace(lv.Name) == "" {
				err = p.errAt(v, kk, "empty name")
			}
		case "match":
			lv.Match, err = p.match(v, kk)
		case "owner":
			err = p.person(v, kk, func(c Contact) { lv.Owner = Owner{c.Name, c.Department, c.Email, c.Phone} }, false)
		case "contacts":
			if v.Kind != yaml.SequenceNode {
				err = p.errAt(v, kk, "want a list of contacts")
				break
			}
			for j, c := range v.Content {
				err = p.person(c, fmt.Sprintf("%s[%d]", kk, j), func(c Contact) { lv.Contacts = append(lv.Contacts, c) }, true)
				if err != nil {
					break
				}
			}
		case "respond_within":
			lv.RespondWithin, err = p.duration(v, kk)
			haveWithin = true
		case "hold":
			if v.Kind == yaml.SequenceNode {
				var list []string
				if err = p.decode(v, kk, &list); err != nil {
					break
				}
				for j, c := range list {
					if !Category(c).valid() {
						err = p.errAt(itemNode(v, j), kk, fmt.Sprintf("unknown category %q (want %s)", c, categoryNames()))
						break
					}
					lv.HoldFor = append(lv.HoldFor, Category(c))
				}
				break
			}
			err = p.decode(v, kk, &lv.Hold)
		case "advice":
			err = p.decode(v, kk, &lv.Advice)
		default:
			err = p.errAt(k, kk, "unknown key (want name, match, owner, contacts, respond_within, hold or advice)")
		}
		if err != nil {
			return lv, err
		}
	}
	if lv.Name == "" {
		return lv, p.errAt(n, key+".name", "missing: every level needs a name")
	}
	if !haveWithin {
		return lv, p.errAt(n, key+".respond_within", "missing: every level needs a response time such as 1h")
	}
	return lv, nil
}

func (p matrixParser) match(n *yaml.Node, key string) (Match, error) {
	var m Match
	if err := p.mapping(n, key); err != nil {
		return m, err
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		kk := key + "." + k.Value
		switch k.Value {
		case "categories":
			var list []string
			if err := p.decode(v, kk, &list); err != nil {
				return m, err
			}
			for j, s := range list {
				c := Category(strings.TrimSpace(s))
				if !c.valid() {
					return m, p.errAt(itemNode(v, j), kk, fmt.Sprintf("unknown category %q (want %s)", s, categoryNames()))
				}
				m.Categories = append(m.Categories, c)
			}
		case "cues":
			var list []string
			if err := p.decode(v, kk, &list); err != nil {
				return m, err
			}
			for j, s := range list {
				var set []CueKind
				for _, part := range strings.Split(s, "+") {
					ck := CueKind(strings.TrimSpace(part))
					if !ck.valid() {
						return m, p.errAt(itemNode(v, j), kk, fmt.Sprintf("unknown cue kind %q (want %s)", part, cueKindNames()))
					}
					set = append(set, ck)
				}
				m.Cues = append(m.Cues, set)
			}
		case "reach":
			if err := p.decode(v, kk, &m.Reach); err != nil {
				return m, err
			}
			if m.Reach < 0 {
				return m, p.errAt(v, kk, "want a number of followers, 0 or more")
			}
		case "volume":
			if err := p.decode(v, kk, &m.Volume); err != nil {
				return m, err
			}
			if m.Volume < 0 || m.Volume == 1 {
				return m, p.errAt(v, kk, "want a number of messages, 2 or more (0 disables it)")
			}
		case "words":
			if err := p.decode(v, kk, &m.Words); err != nil {
				return m, err
			}
			for j, w := range m.Words {
				if strings.TrimSpace(w) == "" {
					return m, p.errAt(itemNode(v, j), kk, "empty phrase")
				}
			}
			m.wordsNode = v
		default:
			return m, p.errAt(k, kk, "unknown key (want categories, cues, reach, volume or words)")
		}
	}
	return m, nil
}

func itemNode(list *yaml.Node, i int) *yaml.Node {
	if i < len(list.Content) {
		return list.Content[i]
	}
	return list
}

// person decodes an owner or a contact; only contacts have a role.
func (p matrixParser) person(n *yaml.Node, key string, set func(Contact), role bool) error {
	if err := p.mapping(n, key); err != nil {
		return err
	}
	var c Contact
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		kk := key + "." + k.Value
		var dst *string
		switch k.Value {
		case "name":
			dst = &c.Name
		case "department":
			dst = &c.Department
		case "email":
			dst = &c.Email
		case "phone":
			dst = &c.Phone
		case "role":
			if role {
				dst = &c.Role
			}
		}
		if dst == nil {
			want := "name, department, email or phone"
			if role {
				want = "name, role, department, email or phone"
			}
			return p.errAt(k, kk, "unknown key (want "+want+")")
		}
		if err := p.decode(v, kk, dst); err != nil {
			return err
		}
		if k.Value == "email" && *dst != "" && !strings.Contains(*dst, "@") {
			return p.errAt(v, kk, fmt.Sprintf("%q is not an e-mail address", *dst))
		}
	}
	set(c)
	return nil
}

// cues decodes the team's extra cue entries: language → kind → entries.
func (p matrixParser) cues(n *yaml.Node, extra map[string][]*tone.Entry) error {
	if err := p.mapping(n, "cues"); err != nil {
		return err
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		lk, lv := n.Content[i], n.Content[i+1]
		lang := lk.Value
		if !isLanguage(lang) {
			return p.errAt(lk, "cues."+lang, "unknown language (want nl or en)")
		}
		if err := p.mapping(lv, "cues."+lang); err != nil {
			return err
		}
		for j := 0; j+1 < len(lv.Content); j += 2 {
			kk, kv := lv.Content[j], lv.Content[j+1]
			key := "cues." + lang + "." + kk.Value
			if !lexiconKinds[CueKind(kk.Value)] {
				return p.errAt(kk, key, fmt.Sprintf("unknown cue kind (want %s)", lexiconKindNames()))
			}
			entries, err := tone.DecodeEntries(cuePrefix+kk.Value, kv)
			if err != nil {
				var ee *tone.EntryError
				if errors.As(err, &ee) {
					return &MatrixError{Path: matrixPath(p.file), Line: ee.Line, Key: key + "." + ee.Field, Msg: ee.Err.Error()}
				}
				return p.errAt(kv, key, err.Error())
			}
			extra[lang] = append(extra[lang], entries...)
		}
	}
	return nil
}

// matrixPath names a matrix given as bytes only by its default file name.
func matrixPath(file string) string {
	if file == "" {
		return MatrixFileName
	}
	return file
}
