package reply

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // office hours in Europe/Amsterdam on machines without a zone database

	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/internal/lexyaml"
	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// MatrixFileName is the name replylint gives an escalation matrix.
const MatrixFileName = "escalation.yaml"

//go:embed escalation.example.yaml
var exampleMatrix []byte

// ExampleMatrix returns the documented example matrix with Dutch keys and
// defaults (levels laag, middel, hoog, crisis; subjects with their
// departments), as `replylint init` writes it.
func ExampleMatrix() []byte { return append([]byte(nil), exampleMatrix...) }

// Matrix is an escalation matrix (escalatiematrix): subjects that route a message
// to the department that has the answer, priority levels in order from the
// least to the most urgent, a rota and the normal rate of messages against
// which a wave is measured. A Matrix is read-only once parsed and safe for
// concurrent use.
type Matrix struct {
	// File is the file the matrix was read from, or "" for the default.
	File string
	// Lang is the team's language, "nl" or "en": the language of triage
	// output and of errors in the matrix. It is the matrix's "taal"/"lang",
	// else Dutch when the matrix is written with Dutch keys.
	Lang string
	// Levels are the priority levels, least urgent first.
	Levels []Level
	// Subjects route a message to a department and owner, in order; the
	// first subject without words or signals takes the rest.
	Subjects []Subject
	// Rota says when the office is staffed and who is on call outside it.
	Rota Rota
	// WaveWindow is the sliding time window in which messages on one
	// subject are counted (default 30 minutes).
	WaveWindow time.Duration
	// Baseline is the normal number of messages per hour on one subject
	// (default 10); a subject may set its own.
	Baseline float64
	// WaveFactor is how many times the normal count within the window a
	// wave takes (default 3).
	WaveFactor float64
	// WaveMin is the fewest messages that make a wave (default 5).
	WaveMin int

	an *tone.Analyzer
}

// Level is one priority level of a matrix.
type Level struct {
	// Name is the level's name, e.g. "laag", "middel", "hoog", "crisis".
	Name string
	// Match says when a message belongs on this level.
	Match Match
	// Owner, when set, takes a message on this level over from the
	// subject's owner (a crisis manager, say); the subject's owner is then
	// a contact.
	Owner Owner
	// Contacts are the other people to involve on this level.
	Contacts []Contact
	// RespondWithin is the time within which the message gets an answer.
	RespondWithin time.Duration
	// Hold means: do not reply before the owner agrees. HoldFor limits
	// that to messages of some categories; Hold is false then.
	Hold bool
	// HoldFor lists the categories that wait for the owner when Hold is
	// false.
	HoldFor []Category
	// HoldCues lists the signals that make a message wait for the owner
	// when Hold is false: a legal threat waits, a privacy incident gets an
	// answer now.
	HoldCues []CueKind
	// Escalate says to whom a message goes when the owner has not
	// acknowledged it in time; nil: nobody.
	Escalate *Escalation
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
	// Wave puts a message that is part of a wave (many messages on one
	// subject, well above the baseline) on the level.
	Wave bool
	// Unsure puts a message whose reading is unsure (needs a human) on the
	// level.
	Unsure bool
	// Subjects lists matrix subjects that belong on the level (an AVG
	// request for the privacy officer is never laag).
	Subjects []string
	// Words are the team's own phrases (lexicon pattern syntax).
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
	// Deputy stands in when the owner is away.
	Deputy *Contact `json:"deputy,omitempty"`
}

func (o Owner) empty() bool {
	return o.Name == "" && o.Department == "" && o.Email == "" && o.Phone == ""
}

// contact returns the owner as a contact with a role.
func (o Owner) contact(role string) Contact {
	return Contact{Name: o.Name, Role: role, Department: o.Department, Email: o.Email, Phone: o.Phone}
}

// Contact is another person to involve.
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

// Escalation is "escalate to To when not acknowledged within After".
type Escalation struct {
	// To is who gets the message then.
	To Contact `json:"to"`
	// After is how long the owner has to acknowledge it.
	After Duration `json:"after"`
	// At is the message's time plus After, when the time is known.
	At time.Time `json:"at,omitzero"`
}

// Subject is what a message is about, with the department that has the
// answer (escalatiematrix: "bij welke afdeling je het antwoord kunt halen en wie
// hier verantwoordelijk voor is").
type Subject struct {
	// Name is the subject's name, e.g. "facturatie", "bezorging".
	Name string
	// Words are cue phrases by language ("" for every language), in the
	// lexicon pattern syntax.
	Words map[string][]string
	// Topics are topics of the shared reading's vocabulary
	// (tone.TopicNames: billing, delivery, transport, …) whose words count
	// for the subject in every language, with their stems and compounds.
	Topics []string
	// Signals route a message with any of these signals here before any
	// words are counted: privacy to the privacy officer, press to the
	// spokesperson.
	Signals []CueKind
	// Owner answers for the subject; Owner.Deputy stands in.
	Owner Owner
	// Contacts are the others to involve for the subject.
	Contacts []Contact
	// Baseline is the subject's normal number of messages per hour; 0
	// uses the matrix's.
	Baseline float64
	// Line is the subject's line in the matrix file.
	Line int
}

// catchAll reports a subject without words, topics or signals: it takes
// every message no other subject claims.
func (s Subject) catchAll() bool {
	return len(s.Words) == 0 && len(s.Topics) == 0 && len(s.Signals) == 0
}

// holdingSubject is the subject a holding message names its incident
// after: the decision's matrix subject, or "" (the agent fills it in)
// under the catch-all subject. Triage's holding text and the draft's
// both take it, so a wave gets one text.
func (m *Matrix) holdingSubject(subject string) string {
	if m.catchAllName(subject) {
		return ""
	}
	return subject
}

// catchAllName reports whether name is the matrix's catch-all subject:
// a holding message cannot name an incident after it ("de problemen met
// algemeen").
func (m *Matrix) catchAllName(name string) bool {
	for _, s := range m.Subjects {
		if s.Name == name {
			return s.catchAll()
		}
	}
	return false
}

// Rota is when the team is in and who is on call outside office hours.
type Rota struct {
	// OfficeHours are the staffed hours; none means always.
	OfficeHours []Hours
	// Location is the time zone of the office hours (default
	// Europe/Amsterdam).
	Location *time.Location
	// OnCall is who answers outside office hours.
	OnCall *Contact
}

// InOffice reports whether t falls within office hours.
func (r Rota) InOffice(t time.Time) bool {
	if len(r.OfficeHours) == 0 {
		return true
	}
	if r.Location != nil {
		t = t.In(r.Location)
	}
	for _, h := range r.OfficeHours {
		if h.contains(t) {
			return true
		}
	}
	return false
}

// MatrixError is a problem in an escalation matrix, at a line, for a key
// such as "niveaus[2].reageer_binnen". It is lint.ConfigError, so callers
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

// dutchKeyRE finds a Dutch key at the start of a line: the matrix is
// written in Dutch, so its errors are too.
var dutchKeyRE = regexp.MustCompile(`(?m)^[\s-]*(niveaus|naam|reageer_binnen|wanneer|eigenaar|onderwerpen|versie|taal|wachten|rooster|afdeling|woorden|basislijn)\s*:`)

var langKeyRE = regexp.MustCompile(`(?m)^(?:taal|lang|language)\s*:\s*["']?(nl|en)\b`)

// matrixLang decides the language of a matrix file before it is parsed.
func matrixLang(data []byte) string {
	if m := langKeyRE.FindSubmatch(data); m != nil {
		return string(m[1])
	}
	if dutchKeyRE.Match(data) || len(strings.TrimSpace(string(data))) == 0 {
		return "nl"
	}
	return "en"
}

// ParseMatrix checks and compiles a matrix in YAML. Keys and values may be
// written in English or Dutch ("niveaus", "reageer_binnen: 1 uur",
// "wachten: ja"). Unknown keys, wrong types, unknown categories or cue
// kinds, bad durations and bad patterns are *MatrixError values naming the
// file, line and key, in the matrix's language, with what to write
// instead.
func ParseMatrix(file string, data []byte) (*Matrix, error) {
	p := matrixParser{file: file, lang: matrixLang(data)}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, p.syntax(err)
	}
	if len(doc.Content) == 0 {
		return nil, p.errAt(nil, "levels", p.msg("empty"))
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, p.errAt(root, "", p.msg("want_levels"))
	}
	m := &Matrix{File: file, Lang: p.lang, WaveWindow: 30 * time.Minute, Baseline: 10, WaveFactor: 3, WaveMin: 5}
	var levelsNode, subjectsNode *yaml.Node
	var levelsKey, subjectsKey string
	extra := map[string][]*tone.Entry{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		key := k.Value
		var err error
		switch p.canon(k) {
		case "version":
			var n int
			if err = p.decode(v, key, &n); err == nil && n != 1 {
				err = p.errAt(v, key, p.msg("version", n))
			}
		case "lang":
			if !isLanguage(strings.TrimSpace(v.Value)) {
				err = p.errAt(v, key, p.msg("unknown_language", v.Value))
			}
		case "wave_window":
			m.WaveWindow, err = p.duration(v, key)
		case "baseline":
			m.Baseline, err = p.rate(v, key)
		case "wave_factor":
			if err = p.decode(v, key, &m.WaveFactor); err == nil && m.WaveFactor < 1 {
				err = p.errAt(v, key, p.msg("want_factor"))
			}
		case "wave_min":
			if err = p.decode(v, key, &m.WaveMin); err == nil && m.WaveMin < 2 {
				err = p.errAt(v, key, p.msg("want_wave_min"))
			}
		case "levels":
			levelsNode, levelsKey = v, key
		case "subjects":
			subjectsNode, subjectsKey = v, key
		case "rota":
			m.Rota, err = p.rota(v, key)
		case "cues":
			err = p.cues(v, key, extra)
		default:
			err = p.unknown(k, key, "version", "lang", "levels", "subjects", "rota", "baseline", "wave_window", "wave_factor", "wave_min", "cues")
		}
		if err != nil {
			return nil, err
		}
	}
	if m.Rota.Location == nil {
		m.Rota.Location, _ = time.LoadLocation("Europe/Amsterdam")
	}
	if levelsNode == nil {
		return nil, p.errAt(root, p.word("levels"), p.msg("missing_levels"))
	}
	if levelsNode.Kind != yaml.SequenceNode || len(levelsNode.Content) == 0 {
		return nil, p.errAt(levelsNode, levelsKey, p.msg("want_list_levels"))
	}
	seen := map[string]bool{}
	for i, n := range levelsNode.Content {
		key := fmt.Sprintf("%s[%d]", levelsKey, i)
		lv, err := p.level(n, key)
		if err != nil {
			return nil, err
		}
		if seen[strings.ToLower(lv.Name)] {
			return nil, p.errAt(n, key+"."+p.word("name"), p.msg("duplicate_level", lv.Name))
		}
		seen[strings.ToLower(lv.Name)] = true
		if wn := lv.Match.wordsNode; wn != nil {
			if err := p.words(levelCategory(i), wn, key+"."+p.word("match")+"."+p.word("words"), "", extra); err != nil {
				return nil, err
			}
		}
		m.Levels = append(m.Levels, lv)
	}
	if subjectsNode != nil {
		if subjectsNode.Kind != yaml.SequenceNode {
			return nil, p.errAt(subjectsNode, subjectsKey, p.msg("want_list"))
		}
		names := map[string]bool{}
		for i, n := range subjectsNode.Content {
			key := fmt.Sprintf("%s[%d]", subjectsKey, i)
			s, err := p.subject(n, key, subjectCategory(i), extra)
			if err != nil {
				return nil, err
			}
			if names[strings.ToLower(s.Name)] {
				return nil, p.errAt(n, key+"."+p.word("name"), p.msg("duplicate_subject", s.Name))
			}
			names[strings.ToLower(s.Name)] = true
			m.Subjects = append(m.Subjects, s)
		}
	}
	for i, lv := range m.Levels {
		for _, name := range lv.Match.Subjects {
			if !m.hasSubject(name) {
				return nil, &MatrixError{Path: matrixPath(file), Line: lv.Line, Key: fmt.Sprintf("%s[%d].%s.%s", levelsKey, i, p.word("match"), p.word("subjects")),
					Msg: p.msg("unknown_subject", name)}
			}
		}
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

func (m *Matrix) hasSubject(name string) bool {
	for _, s := range m.Subjects {
		if strings.EqualFold(s.Name, name) {
			return true
		}
	}
	return false
}

// holds reports whether a message of the category, with the reading's
// signals, waits for the owner on this level.
func (lv Level) holds(c Category, r *reading) bool {
	if lv.Hold {
		return true
	}
	for _, h := range lv.HoldFor {
		if h == c {
			return true
		}
	}
	for _, k := range lv.HoldCues {
		if r != nil && r.has(k) {
			return true
		}
	}
	return false
}

// analyzer returns the analyzer with the matrix's cue lexicons.
func (m *Matrix) analyzer() *tone.Analyzer {
	if m.an == nil {
		return builtinCueAnalyzer()
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

const defaultReach = 10000

func levelCategory(i int) string   { return "level:" + strconv.Itoa(i) }
func subjectCategory(i int) string { return "subject:" + strconv.Itoa(i) }

type matrixParser struct{ file, lang string }

// msg returns a message of the matrix's language.
func (p matrixParser) msg(id string, args ...any) string {
	format := triageFor(p.lang).Errors[id]
	if format == "" {
		format = triageFor("en").Errors[id]
	}
	if format == "" {
		format = id
	}
	return fmt.Sprintf(format, args...)
}

// categoryNames lists the categories as the matrix's language names them.
func (p matrixParser) categoryNames() string {
	if p.lang == "nl" {
		return dutchCategoryNames
	}
	return categoryNames()
}

// cueNames lists the cue kinds as the matrix's language names them.
func (p matrixParser) cueNames() string {
	if p.lang == "nl" {
		return dutchCueNames
	}
	return cueKindNames()
}

// word returns how the matrix's language writes a canonical key.
func (p matrixParser) word(key string) string {
	if p.lang == "nl" {
		if w := triageFor("nl").Keys[key]; w != "" {
			return w
		}
	}
	return key
}

// canon returns the canonical key of a key node.
func (p matrixParser) canon(k *yaml.Node) string {
	c, _ := canonKey(k.Value)
	return c
}

// unknown reports an unknown key with the keys that may stand there, in
// the matrix's language, and the closest one.
func (p matrixParser) unknown(k *yaml.Node, key string, want ...string) error {
	var words []string
	for _, w := range want {
		words = append(words, p.word(w))
	}
	msg := p.msg("unknown_key", strings.Join(words, ", "))
	if c := closest(k.Value, words); c != "" {
		msg += "; " + p.msg("did_you_mean", c)
	}
	return p.errAt(k, key, msg)
}

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
	if p.lang == "nl" {
		m = p.msg("syntax", m)
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
		switch v.(type) {
		case *int, *float64:
			msg = p.msg("want_number", n.Value)
		case *string:
			msg = p.msg("want_text")
		case *[]string:
			msg = p.msg("want_list")
		}
		return p.errAt(n, key, msg)
	}
	return nil
}

func (p matrixParser) mapping(n *yaml.Node, key string) error {
	if n.Kind != yaml.MappingNode {
		return p.errAt(n, key, p.msg("want_mapping"))
	}
	return nil
}

// scalar reads a plain value.
func (p matrixParser) scalar(n *yaml.Node, key string) (string, error) {
	if n.Kind != yaml.ScalarNode {
		return "", p.errAt(n, key, p.msg("want_text"))
	}
	return n.Value, nil
}

// duration parses "15m", "1h30m", "1 uur", "2u", "30 min" or "1 dag".
func (p matrixParser) duration(n *yaml.Node, key string) (time.Duration, error) {
	s, err := p.scalar(n, key)
	if err != nil {
		return 0, err
	}
	d, err := parseDuration(s)
	if err != nil || d <= 0 {
		return 0, p.errAt(n, key, p.msg("bad_duration", s))
	}
	return d, nil
}

// rate parses a baseline such as "10 per uur".
func (p matrixParser) rate(n *yaml.Node, key string) (float64, error) {
	s, err := p.scalar(n, key)
	if err != nil {
		return 0, err
	}
	r, err := parseRate(s)
	if err != nil || r <= 0 {
		return 0, p.errAt(n, key, p.msg("bad_rate", s))
	}
	return r, nil
}

// boolean parses yes/no in English or Dutch.
func (p matrixParser) boolean(n *yaml.Node, key string) (bool, error) {
	s, err := p.scalar(n, key)
	if err != nil {
		return false, err
	}
	b, ok := parseBool(s)
	if !ok {
		return false, p.errAt(n, key, p.msg("bad_bool", s))
	}
	return b, nil
}

// strings reads a list of strings, or one string as a list of one.
func (p matrixParser) strings(n *yaml.Node, key string) ([]string, error) {
	if n.Kind == yaml.ScalarNode {
		if strings.Contains(n.Value, ",") {
			var out []string
			for _, s := range strings.Split(n.Value, ",") {
				out = append(out, strings.TrimSpace(s))
			}
			return out, nil
		}
		return []string{n.Value}, nil
	}
	var list []string
	if err := p.decode(n, key, &list); err != nil {
		return nil, err
	}
	return list, nil
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
		switch p.canon(k) {
		case "name":
			lv.Name, err = p.scalar(v, kk)
			lv.Name = strings.TrimSpace(lv.Name)
			if err == nil && lv.Name == "" {
				err = p.errAt(v, kk, p.msg("empty_name"))
			}
		case "match":
			lv.Match, err = p.match(v, kk)
		case "owner":
			lv.Owner, err = p.owner(v, kk)
		case "contacts":
			lv.Contacts, err = p.contacts(v, kk)
		case "respond_within":
			lv.RespondWithin, err = p.duration(v, kk)
			haveWithin = true
		case "hold":
			if v.Kind == yaml.SequenceNode {
				var list []string
				if err = p.decode(v, kk, &list); err != nil {
					break
				}
				for j, s := range list {
					// A signal ("juridisch", "pers") or a category
					// ("reputatierisico").
					if ck, ok := parseCueKind(s); ok && (lexiconKinds[ck] || ck == CueInfluence || ck == CueWave) {
						lv.HoldCues = append(lv.HoldCues, ck)
						continue
					}
					c, ok := parseCategory(s)
					if !ok {
						err = p.errAt(itemNode(v, j), kk, p.msg("unknown_category", s, p.categoryNames()))
						break
					}
					lv.HoldFor = append(lv.HoldFor, c)
				}
				break
			}
			lv.Hold, err = p.boolean(v, kk)
		case "escalate":
			lv.Escalate, err = p.escalation(v, kk)
		case "advice":
			lv.Advice, err = p.strings(v, kk)
		default:
			err = p.unknown(k, kk, "name", "match", "owner", "contacts", "respond_within", "hold", "escalate", "advice")
		}
		if err != nil {
			return lv, err
		}
	}
	if lv.Name == "" {
		return lv, p.errAt(n, key+"."+p.word("name"), p.msg("missing_name"))
	}
	if !haveWithin {
		return lv, p.errAt(n, key+"."+p.word("respond_within"), p.msg("missing_within"))
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
		switch p.canon(k) {
		case "categories":
			list, err := p.strings(v, kk)
			if err != nil {
				return m, err
			}
			for j, s := range list {
				c, ok := parseCategory(s)
				if !ok {
					return m, p.errAt(itemNode(v, j), kk, p.msg("unknown_category", s, p.categoryNames()))
				}
				m.Categories = append(m.Categories, c)
			}
		case "cues":
			list, err := p.strings(v, kk)
			if err != nil {
				return m, err
			}
			for j, s := range list {
				var set []CueKind
				for _, part := range strings.Split(s, "+") {
					ck, ok := parseCueKind(part)
					if !ok {
						return m, p.errAt(itemNode(v, j), kk, p.msg("unknown_cue", strings.TrimSpace(part), p.cueNames()))
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
				return m, p.errAt(v, kk, p.msg("bad_reach"))
			}
		case "wave":
			b, err := p.boolean(v, kk)
			if err != nil {
				return m, err
			}
			m.Wave = b
		case "unsure":
			b, err := p.boolean(v, kk)
			if err != nil {
				return m, err
			}
			m.Unsure = b
		case "subjects":
			list, err := p.strings(v, kk)
			if err != nil {
				return m, err
			}
			m.Subjects = list
		case "volume":
			return m, p.errAt(k, kk, p.msg("volume_gone"))
		case "words":
			list, err := p.strings(v, kk)
			if err != nil {
				return m, err
			}
			for j, w := range list {
				if strings.TrimSpace(w) == "" {
					return m, p.errAt(itemNode(v, j), kk, p.msg("empty_phrase"))
				}
			}
			m.Words = list
			m.wordsNode = v
		default:
			return m, p.unknown(k, kk, "categories", "cues", "subjects", "reach", "wave", "unsure", "words")
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

// person decodes a contact; an owner also has a deputy.
func (p matrixParser) person(n *yaml.Node, key string, owner bool) (Contact, *Contact, error) {
	var c Contact
	var deputy *Contact
	if n.Kind == yaml.ScalarNode && strings.TrimSpace(n.Value) != "" {
		// "naar: Teamleider webcare" names a person or role only.
		c.Name = strings.TrimSpace(n.Value)
		return c, nil, nil
	}
	if err := p.mapping(n, key); err != nil {
		return c, nil, err
	}
	want := []string{"name", "role", "department", "email", "phone"}
	if owner {
		want = []string{"name", "department", "email", "phone", "deputy"}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		kk := key + "." + k.Value
		var dst *string
		switch p.canon(k) {
		case "name":
			dst = &c.Name
		case "department":
			dst = &c.Department
		case "email":
			dst = &c.Email
		case "phone":
			dst = &c.Phone
		case "role":
			if !owner {
				dst = &c.Role
			}
		case "deputy":
			if owner {
				d, _, err := p.person(v, kk, false)
				if err != nil {
					return c, nil, err
				}
				deputy = &d
				continue
			}
		}
		if dst == nil {
			return c, nil, p.unknown(k, kk, want...)
		}
		s, err := p.scalar(v, kk)
		if err != nil {
			return c, nil, err
		}
		*dst = strings.TrimSpace(s)
		if p.canon(k) == "email" && *dst != "" && !strings.Contains(*dst, "@") {
			return c, nil, p.errAt(v, kk, p.msg("bad_email", *dst))
		}
	}
	return c, deputy, nil
}

func (p matrixParser) owner(n *yaml.Node, key string) (Owner, error) {
	c, deputy, err := p.person(n, key, true)
	if err != nil {
		return Owner{}, err
	}
	return Owner{Name: c.Name, Department: c.Department, Email: c.Email, Phone: c.Phone, Deputy: deputy}, nil
}

func (p matrixParser) contacts(n *yaml.Node, key string) ([]Contact, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, p.errAt(n, key, p.msg("want_contacts"))
	}
	var out []Contact
	for j, cn := range n.Content {
		c, _, err := p.person(cn, fmt.Sprintf("%s[%d]", key, j), false)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// escalation reads {to: …, after: …} ("naar", "na").
func (p matrixParser) escalation(n *yaml.Node, key string) (*Escalation, error) {
	if err := p.mapping(n, key); err != nil {
		return nil, err
	}
	e := &Escalation{}
	var haveTo, haveAfter bool
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		kk := key + "." + k.Value
		switch p.canon(k) {
		case "to":
			c, _, err := p.person(v, kk, false)
			if err != nil {
				return nil, err
			}
			e.To, haveTo = c, true
		case "after":
			d, err := p.duration(v, kk)
			if err != nil {
				return nil, err
			}
			e.After, haveAfter = Duration(d), true
		default:
			return nil, p.unknown(k, kk, "to", "after")
		}
	}
	if !haveTo || !haveAfter {
		return nil, p.errAt(n, key, p.msg("want_escalation"))
	}
	return e, nil
}

// subject reads one subject and adds its words to the extra entries.
func (p matrixParser) subject(n *yaml.Node, key, cat string, extra map[string][]*tone.Entry) (Subject, error) {
	s := Subject{Line: n.Line}
	if err := p.mapping(n, key); err != nil {
		return s, err
	}
	var department string
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		kk := key + "." + k.Value
		var err error
		switch p.canon(k) {
		case "name":
			s.Name, err = p.scalar(v, kk)
			s.Name = strings.TrimSpace(s.Name)
		case "words":
			s.Words = map[string][]string{}
			if v.Kind == yaml.MappingNode {
				for j := 0; j+1 < len(v.Content); j += 2 {
					lk, lv := v.Content[j], v.Content[j+1]
					lang := strings.TrimSpace(lk.Value)
					if !isLanguage(lang) {
						return s, p.errAt(lk, kk+"."+lang, p.msg("unknown_language", lang))
					}
					if err := p.words(cat, lv, kk+"."+lang, lang, extra); err != nil {
						return s, err
					}
					s.Words[lang] = nodeStrings(lv)
				}
			} else {
				err = p.words(cat, v, kk, "", extra)
				s.Words[""] = nodeStrings(v)
			}
		case "topics":
			var list []string
			if list, err = p.strings(v, kk); err != nil {
				break
			}
			known := tone.TopicNames()
			for j, w := range list {
				w = strings.ToLower(strings.TrimSpace(w))
				if !slices.Contains(known, w) {
					return s, p.errAt(itemNode(v, j), kk, p.msg("unknown_topic", w, strings.Join(known, ", ")))
				}
				s.Topics = append(s.Topics, w)
			}
		case "cues":
			var list []string
			if list, err = p.strings(v, kk); err != nil {
				break
			}
			for j, w := range list {
				ck, ok := parseCueKind(w)
				if !ok {
					return s, p.errAt(itemNode(v, j), kk, p.msg("unknown_cue", w, p.cueNames()))
				}
				s.Signals = append(s.Signals, ck)
			}
		case "owner":
			s.Owner, err = p.owner(v, kk)
		case "department":
			department, err = p.scalar(v, kk)
		case "contacts":
			s.Contacts, err = p.contacts(v, kk)
		case "baseline":
			s.Baseline, err = p.rate(v, kk)
		default:
			err = p.unknown(k, kk, "name", "words", "topics", "cues", "department", "owner", "contacts", "baseline")
		}
		if err != nil {
			return s, err
		}
	}
	if s.Name == "" {
		return s, p.errAt(n, key+"."+p.word("name"), p.msg("missing_name"))
	}
	if s.Owner.Department == "" {
		s.Owner.Department = strings.TrimSpace(department)
	}
	return s, nil
}

func nodeStrings(n *yaml.Node) []string {
	var out []string
	for _, c := range n.Content {
		if c.Kind == yaml.ScalarNode {
			out = append(out, c.Value)
		} else if m := mappingValue(c, "match"); m != nil {
			out = append(out, m.Value)
		}
	}
	if n.Kind == yaml.ScalarNode {
		out = append(out, n.Value)
	}
	return out
}

// words compiles a list of phrases for one language ("" for both) into
// entries of the category.
func (p matrixParser) words(cat string, n *yaml.Node, key, lang string, extra map[string][]*tone.Entry) error {
	if n.Kind == yaml.ScalarNode {
		n = &yaml.Node{Kind: yaml.SequenceNode, Line: n.Line, Content: []*yaml.Node{n}}
	}
	langs := languages
	if lang != "" {
		langs = []string{lang}
	}
	// Each language gets entries of its own: a compiled entry belongs to
	// one lexicon.
	for _, l := range langs {
		entries, err := lexyaml.DecodeEntries(cat, n)
		if err != nil {
			var ee *tone.EntryError
			if errors.As(err, &ee) {
				return &MatrixError{Path: matrixPath(p.file), Line: ee.Line, Key: key, Msg: ee.Err.Error()}
			}
			return p.errAt(n, key, err.Error())
		}
		extra[l] = append(extra[l], entries...)
	}
	return nil
}

// rota reads office hours, time zone and the on-call contact.
func (p matrixParser) rota(n *yaml.Node, key string) (Rota, error) {
	var r Rota
	if err := p.mapping(n, key); err != nil {
		return r, err
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		kk := key + "." + k.Value
		switch p.canon(k) {
		case "office_hours":
			var list []string
			if v.Kind == yaml.ScalarNode {
				for _, s := range strings.Split(v.Value, ";") {
					list = append(list, strings.TrimSpace(s))
				}
			} else if err := p.decode(v, kk, &list); err != nil {
				return r, err
			}
			for j, s := range list {
				h, err := parseHours(s)
				if err != nil {
					return r, p.errAt(itemNode(v, j), kk, p.msg("bad_hours", s))
				}
				r.OfficeHours = append(r.OfficeHours, h)
			}
		case "timezone":
			loc, err := time.LoadLocation(strings.TrimSpace(v.Value))
			if err != nil {
				return r, p.errAt(v, kk, p.msg("bad_timezone", v.Value))
			}
			r.Location = loc
		case "on_call":
			c, _, err := p.person(v, kk, false)
			if err != nil {
				return r, err
			}
			r.OnCall = &c
		default:
			return r, p.unknown(k, kk, "office_hours", "timezone", "on_call")
		}
	}
	return r, nil
}

// cues decodes the team's extra cue entries: language → kind → entries.
func (p matrixParser) cues(n *yaml.Node, key string, extra map[string][]*tone.Entry) error {
	if err := p.mapping(n, key); err != nil {
		return err
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		lk, lv := n.Content[i], n.Content[i+1]
		lang := lk.Value
		if !isLanguage(lang) {
			return p.errAt(lk, key+"."+lang, p.msg("unknown_language", lang))
		}
		if err := p.mapping(lv, key+"."+lang); err != nil {
			return err
		}
		for j := 0; j+1 < len(lv.Content); j += 2 {
			kk, kv := lv.Content[j], lv.Content[j+1]
			k2 := key + "." + lang + "." + kk.Value
			ck, ok := parseCueKind(kk.Value)
			if !ok || !lexiconKinds[ck] {
				return p.errAt(kk, k2, p.msg("unknown_cue", kk.Value, lexiconKindNames()))
			}
			entries, err := lexyaml.DecodeEntries(cuePrefix+string(ck), kv)
			if err != nil {
				var ee *tone.EntryError
				if errors.As(err, &ee) {
					return &MatrixError{Path: matrixPath(p.file), Line: ee.Line, Key: k2 + "." + ee.Field, Msg: ee.Err.Error()}
				}
				return p.errAt(kv, k2, err.Error())
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
