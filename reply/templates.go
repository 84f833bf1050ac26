package reply

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"reflect"
	"regexp"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/internal/datapack"
	"github.com/replylint/replylint/lint"
)

// Templates are the texts Draft and Statement compose replies from, per
// language and address form. The built-in templates live in
// templates/draft.nl.yaml and templates/draft.en.yaml; a team overrides
// any list of them in its config. Templates are read-only once parsed and
// safe for concurrent use.
type Templates struct {
	langs map[string]*langTemplates
}

// langTemplates are one language's templates.
type langTemplates struct {
	DM           string            `yaml:"dm"`
	Placeholders map[string]string `yaml:"placeholders"`
	Data         *dataAsk          `yaml:"data"`
	// Objects map a thing the reading finds (tone.Message.Things:
	// "pakketje") to how the reply names it, with its article ("het
	// pakket").
	Objects map[string]string `yaml:"objects"`
	// SubjectObjects name the thing when the message names none, by
	// matrix subject ("{poss} bestelling").
	SubjectObjects map[string]string `yaml:"subject_objects"`
	// Frames say what went wrong, in a clause, by the situation the
	// reading finds (tone.Message.Situations).
	Frames []frame `yaml:"frames"`
	// Grave are the kinds of complaint that are never small
	// (discrimination, abuse by staff, assistance that never came), by
	// the name the reading gives (Message.Grave): a complaint of one
	// opens by naming it, with a serious apology, and moves to a DM.
	Grave []graveKind `yaml:"grave"`
	// Roles map a staff role a customer praises (tone's staff_roles) to
	// how the reply names it.
	Roles map[string]string `yaml:"roles"`
	// Unsaid are the things (words of tone.Message.Things) that name us,
	// not what went wrong ("service", "klantenservice"): a complaint that
	// names no other thing and no way of going wrong does not say what
	// happened, and the draft asks.
	Unsaid []string `yaml:"unsaid"`
	// Casual are the words a serious message's reply leaves out ("Hoi",
	// "balen", "Groetjes"): a variant with one is skipped when another
	// variant has none.
	Casual []string `yaml:"casual"`
	// Regional are the words of one region's language a customer from
	// another leaves out: Netherlands Dutch "Hoi", "balen" for a Flemish
	// customer (tone.Message.Flemish).
	Regional []string `yaml:"regional"`
	// Vulnerable says a vulnerable household back, by the kind the
	// reading names (tone.Message.Vulnerable: "baby" → "met een baby in
	// huis"): with no heating, power or water (tone.Message.Vital) the
	// draft opens with its urgency. VisitLater is the situation that says
	// a visit comes only later ("monteur komt pas vrijdag"): then the
	// draft looks at bringing it forward.
	Vulnerable map[string]string         `yaml:"vulnerable"`
	VisitLater string                    `yaml:"visit_later"`
	Forms      map[string]*formTemplates `yaml:"forms"`
	// WaveHolding is the one holding message for every customer in a
	// wave; Incidents names a wave's subject in it ("de storing").
	WaveHolding string            `yaml:"wave_holding"`
	Incidents   map[string]string `yaml:"incidents"`
	// WaveHoldingFor is the holding message for a subject where the
	// general one would say the wrong thing: a data leak or an unsafe
	// product is no "overlast" but something taken seriously, with
	// priority. Keys are matrix subjects; a subject not listed gets
	// WaveHolding.
	WaveHoldingFor map[string]string `yaml:"wave_holding_for"`
}

// graveKind is one kind of grave complaint, by the name the reading gives
// it (tone's grave list, Message.Grave): the opening that names it for je,
// u and you (with its own apology), and what a DM asks for.
type graveKind struct {
	Name string `yaml:"name"`
	Je   string `yaml:"je"`
	U    string `yaml:"u"`
	You  string `yaml:"you"`
	Data string `yaml:"data"`
}

// frame is one kind of thing going wrong, named as the reading names its
// situation (tone.Message.Situations; a frame whose name the reading does
// not know says trouble with a thing, no way it went wrong): the clause
// that says it back, per address form.
type frame struct {
	Name   string `yaml:"name"`
	Object string `yaml:"object"`
	Dur    string `yaml:"dur"`
	Je     string `yaml:"je"`
	U      string `yaml:"u"`
	You    string `yaml:"you"`
	// BareJe, BareU and BareYou say it without a thing, for a message
	// that names none the reply knows ("het kapot is"): better than
	// guessing the wrong thing.
	BareJe  string `yaml:"bare_je"`
	BareU   string `yaml:"bare_u"`
	BareYou string `yaml:"bare_you"`
	// BareFor are the nouns of things the frame says nothing new of
	// ("er dubbel is afgeschreven voor de afschrijving"): with one of
	// them, the bare clause.
	BareFor []string `yaml:"bare_for"`
	// CountJe, CountU and CountYou say it with the count the customer
	// states (tone.Message.Again: {nth} "derde", {period} " deze
	// maand"), when they do.
	CountJe  string `yaml:"count_je"`
	CountU   string `yaml:"count_u"`
	CountYou string `yaml:"count_you"`
	// Strict frames say something of their own kind of thing only (a
	// parcel that has not arrived): a thing of another kind named where
	// it goes wrong, or a subject of another kind, and the next frame
	// the message has says it.
	Strict bool `yaml:"strict"`
	// Add says whether the frame may follow another frame's clause
	// after "en"/"and": "also" (first or second), "only" (second only:
	// "het niet de eerste keer is" names no failure by itself), or ""
	// (first only).
	Add string `yaml:"add"`
	// When is for a frame the reading has no situation for (a thing,
	// no known way of going wrong): the clause says what else the
	// reading knows of it, "again" when it keeps going wrong (a frame
	// with add "only" is found: "voor de derde keer"), "lasted" when
	// it says how long ("al 5 dagen"); "" always fits. The first frame
	// that fits says it.
	When string `yaml:"when"`
}

// bare returns the frame's clause without a thing for a language and
// register, or "".
func (f *frame) bare(lang, address string) string {
	switch {
	case lang != "nl":
		return f.BareYou
	case address == "u":
		return f.BareU
	}
	return f.BareJe
}

// counted returns the frame's clause with a count for a language and
// register, or "".
func (f *frame) counted(lang, address string) string {
	switch {
	case lang != "nl":
		return f.CountYou
	case address == "u":
		return f.CountU
	}
	return f.CountJe
}

// dataAsk says what to ask for in a DM, by the kind of matter the reading
// names (tone.Message.Matter).
type dataAsk struct {
	// Asks are what to ask for per kind of matter ("order": "{poss}
	// ordernummer").
	Asks map[string]string `yaml:"asks"`
	// Subjects are the matrix subjects whose complaints are about the
	// customer's own matter (a delivery, a bill): next step in a DM.
	Subjects []string `yaml:"subjects"`
	// Safety is what to ask someone who was hurt or in danger (a phone
	// number to call them); Witness what to ask a passer-by who reports
	// danger to others (the place and the time).
	Safety  string `yaml:"safety"`
	Witness string `yaml:"witness"`
	Default string `yaml:"default"`
	// Takeover is what to ask when someone else got into their account
	// (tone.Message.Takeover): how to find it back, never a password.
	Takeover string `yaml:"takeover"`
	// TakeoverCard is what to ask when someone else used their card:
	// which payments, never a PIN.
	TakeoverCard string `yaml:"takeover_card"`
}

// formTemplates are the templates of one address form (je, u; you).
type formTemplates struct {
	Poss     string               `yaml:"poss"`
	Pronoun  string               `yaml:"pronoun"`
	Greeting *greetings           `yaml:"greeting"`
	Open     map[string]*openings `yaml:"open"`
	Apology  []string             `yaml:"apology"`
	// BereavementApology apologises for the trouble, never for the death.
	BereavementApology []string `yaml:"bereavement_apology"`
	// UnsureApology regrets the trouble without admitting a failure, for
	// a complaint the reading is unsure of.
	UnsureApology []string `yaml:"unsure_apology"`
	// Privacy acts on a privacy or security matter: no thanks.
	Privacy []string `yaml:"privacy"`
	// Takeover is the next step when someone else got into their
	// account, after the opening that makes it safe: a DM to find the
	// account back, and that we never ask for a password.
	Takeover []string `yaml:"takeover"`
	// TakeoverCard is the next step when someone else used their card.
	TakeoverCard []string `yaml:"takeover_card"`
	// Urgent is the next step for a vulnerable household without
	// heating, power or water, in a DM; UrgentLater when a visit comes
	// only later: we look at bringing it forward.
	Urgent      []string `yaml:"urgent"`
	UrgentLater []string `yaml:"urgent_later"`
	// PrivacyRemove takes down a post with personal data that the
	// customer asks us to remove, first thing.
	PrivacyRemove []string `yaml:"privacy_remove"`
	// ShareRegret follows a cheerful share that jokes about something
	// that went wrong: a light regret, no slot.
	ShareRegret []string `yaml:"share_regret"`
	// Churn answers a customer who says they will leave, after the
	// apology: heard, and worth keeping.
	Churn []string `yaml:"churn"`
	// ChurnLoyal is Churn for a customer of many years.
	ChurnLoyal []string `yaml:"churn_loyal"`
	// Sent confirms that the customer's private message arrived and says
	// when they hear back.
	Sent []string `yaml:"sent"`
	// Clarify asks an unclear message what is going on.
	Clarify []string `yaml:"clarify"`
	// SenderCheck answers a customer who asks whether a mail or text is
	// ours (tone.Message.ChecksSender): don't click, how to check it
	// yourself, a screenshot in a DM.
	SenderCheck []string `yaml:"sender_check"`
	// Exposed tells a customer who posted their own phone number or
	// e-mail in public that it is visible, and moves to a private channel.
	Exposed []string `yaml:"exposed"`
	// Follow takes a message up that asks nothing and reports no failure
	// (an answer in a thread, details sent): the next step to fill.
	Follow []string `yaml:"follow"`
	// Acts answer what the customer asks us to do (tone.Message.Acts, by
	// the acts' names): "cancel" helps them leave without a word about
	// keeping them, "erase" takes an erasure request on with its legal
	// term, "escalate" takes it to someone higher up.
	Acts map[string][]string `yaml:"acts"`
	// AskWhat asks in a DM what happened, for a complaint that does not
	// say what went wrong ("disgusted with your customer service"): no
	// next step to promise before we know.
	AskWhat   []string            `yaml:"ask_what"`
	Next      []string            `yaml:"next"`
	DM        []string            `yaml:"dm"`
	Call      []string            `yaml:"call"`
	Private   []string            `yaml:"private"`
	Answer    []string            `yaml:"answer"`
	Thanks    []string            `yaml:"thanks"`
	Holding   []string            `yaml:"holding"`
	HoldingDM []string            `yaml:"holding_dm"`
	Signoff   *signoffs           `yaml:"signoff"`
	Statement *statementTemplates `yaml:"statement"`
}

type greetings struct {
	Named []string `yaml:"named"`
	Plain []string `yaml:"plain"`
	// FormalNamed and FormalPlain answer a formal letter ("Geachte
	// heer/mevrouw, … Hoogachtend"): "Geachte mevrouw Visser,".
	FormalNamed []string `yaml:"formal_named"`
	FormalPlain []string `yaml:"formal_plain"`
}

// openings are the first sentence of a reply in one mood: with the
// customer's situation said back in our words ("dat je pakket na drie
// dagen nog steeds niet bij je is"), or plain.
type openings struct {
	Topic []string `yaml:"topic"`
	Plain []string `yaml:"plain"`
	// Thing names what a compliment is about ("{object}") when it names
	// no colleague; for a complaint, it opens when the message names a
	// thing but no way it went wrong ("je problemen hebt met de
	// factuur"), so no frame is built around a vague clause.
	Thing []string `yaml:"thing"`
}

type signoffs struct {
	Role []string `yaml:"role"`
	Name []string `yaml:"name"`
}

type statementTemplates struct {
	Title         string   `yaml:"title"`
	WhatToDo      string   `yaml:"what_to_do"`
	Situation     string   `yaml:"situation"`
	Since         string   `yaml:"since"`
	Affected      string   `yaml:"affected"`
	SinceAffected string   `yaml:"since_affected"`
	Cause         string   `yaml:"cause"`
	Apology       string   `yaml:"apology"`
	Regret        string   `yaml:"regret"`
	Actions       string   `yaml:"actions"`
	When          string   `yaml:"when"`
	InfoPage      string   `yaml:"infopage"`
	Contact       string   `yaml:"contact"`
	Filler        []string `yaml:"filler"`
	Closing       string   `yaml:"closing"`
}

// TemplateError is a problem in a template file, at a line, for a key
// such as "nl.forms.je.apology[1]". It is lint.ConfigError.
type TemplateError = lint.ConfigError

// templateVars are the variables a template may use.
var templateVars = map[string]bool{
	"name": true, "topic": true, "quote": true, "data": true, "poss": true, "dm": true, "agent": true,
	"role": true, "brand": true, "phone": true, "email": true, "incident": true, "update": true,
	"infopage": true, "greeting": true, "situation": true, "since": true, "affected": true, "cause": true,
	"actions": true, "when": true, "contact": true, "spokesperson": true, "who": true,
	"object": true, "colleague": true, "todo": true, "pron": true, "obj": true, "dur": true, "nth": true, "period": true, "vulnerable": true,
}

var varRE = regexp.MustCompile(`\{([^{}]*)\}`)

// DefaultTemplates returns the built-in templates, parsed once.
func DefaultTemplates() *Templates { return defaultTemplates() }

var defaultTemplates = sync.OnceValue(func() *Templates {
	t := &Templates{langs: map[string]*langTemplates{}}
	for _, lang := range languages {
		name := draftSource(lang)
		data, err := templateFS.ReadFile(name)
		if err != nil {
			panic(err)
		}
		if lt := packedTemplates(lang, data); lt != nil {
			t.langs[lang] = lt
			continue
		}
		lt, err := parseDraftYAML(name, lang, data)
		if err != nil {
			// Embedded and tested: a build defect, not an input problem.
			panic(err)
		}
		t.langs[lang] = lt
	}
	return t
})

// draftSource is the file of a language's draft templates.
func draftSource(lang string) string { return "templates/draft." + lang + ".yaml" }

// parseDraftYAML decodes and checks a language's built-in templates.
func parseDraftYAML(name, lang string, data []byte) (*langTemplates, error) {
	var n yaml.Node
	if err := yaml.Unmarshal(data, &n); err != nil {
		return nil, fmt.Errorf("reply/%s: %v", name, err)
	}
	return decodeLang("reply/"+name, lang, n.Content[0])
}

// The built-in templates of each language as their YAML decodes, packed
// (internal/datapack) after the YAML's CRC-32 (4 bytes, little endian),
// written by go generate ./reply: decoding and checking the YAML took
// most of drafting one reply from the command line. A pack made from
// other YAML or for another langTemplates (a key added or retyped) is not
// read: the YAML is.
var (
	//go:embed compiled/draft.nl.pack
	packedDraftNL string
	//go:embed compiled/draft.en.pack
	packedDraftEN string
)

var packedDrafts = map[string]string{"nl": packedDraftNL, "en": packedDraftEN}

// packedTemplates returns a language's templates from their pack, or nil
// when there is none or it is stale; data is the YAML.
func packedTemplates(lang string, data []byte) *langTemplates {
	p := packedDrafts[lang]
	if len(p) < 4 || binary.LittleEndian.Uint32([]byte(p[:4])) != crc32.ChecksumIEEE(data) {
		return nil
	}
	lt := &langTemplates{}
	if datapack.Unpack(p[4:], lt) != nil {
		return nil
	}
	return lt
}

// LoadTemplates reads template overrides from a file; see ParseTemplates.
func LoadTemplates(path string) (*Templates, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseTemplates(path, data)
}

// ParseTemplates reads a team's template overrides and returns the
// built-in templates with them applied. The YAML maps a language ("nl",
// "en") to the same keys as the built-in files; a list given replaces the
// built-in list, everything else stays. A whole .replylint.yaml may be
// passed: then only its "templates" key is read. Unknown keys, unknown
// {variables} and empty lists are *TemplateError values with file, line
// and key.
func ParseTemplates(file string, data []byte) (*Templates, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		ms := matrixParser{file: file}.syntax(err).(*MatrixError)
		return nil, &TemplateError{Path: file, Line: ms.Line, Msg: ms.Msg}
	}
	if len(doc.Content) == 0 {
		return templatesFrom(file, nil, "")
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, &TemplateError{Path: file, Line: root.Line, Column: root.Column, Msg: "want a mapping from language to templates"}
	}
	prefix := ""
	if n := mappingValue(root, "templates"); n != nil {
		root, prefix = n, "templates."
	}
	return templatesFrom(file, root, prefix)
}

// templatesFrom applies the overrides in root, a mapping from language to
// templates (nil for none), to the built-in templates; prefix is the key
// root is under, for errors.
func templatesFrom(file string, root *yaml.Node, prefix string) (*Templates, error) {
	out := &Templates{langs: map[string]*langTemplates{}}
	for lang, lt := range DefaultTemplates().langs {
		out.langs[lang] = lt
	}
	if root == nil {
		return out, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, &TemplateError{Path: file, Line: root.Line, Column: root.Column, Key: strings.TrimSuffix(prefix, "."), Msg: "want a mapping from language to templates"}
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if !isLanguage(k.Value) {
			return nil, &TemplateError{Path: file, Line: k.Line, Column: k.Column, Key: prefix + k.Value, Msg: "unknown language (want nl or en)"}
		}
		over, err := decodeLang(file, prefix+k.Value, v)
		if err != nil {
			return nil, err
		}
		merged := &langTemplates{}
		mergeInto(reflect.ValueOf(merged).Elem(), reflect.ValueOf(out.langs[k.Value]).Elem())
		mergeInto(reflect.ValueOf(merged).Elem(), reflect.ValueOf(over).Elem())
		if over.WaveHolding != "" && len(over.WaveHoldingFor) == 0 {
			// A team that wrote its own holding message means it for
			// every subject, also those the built-in file words apart.
			merged.WaveHoldingFor = nil
		}
		out.langs[k.Value] = merged
	}
	return out, nil
}

func mappingValue(n *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// decodeLang checks the variables and list lengths of one language's
// templates, then decodes them strictly.
func decodeLang(file, key string, n *yaml.Node) (*langTemplates, error) {
	if err := checkNode(file, key, n); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	if err := enc.Encode(n); err != nil {
		return nil, &TemplateError{Path: file, Line: n.Line, Key: key, Msg: err.Error()}
	}
	// Decoding the re-encoded node loses the file's line numbers, so
	// unknown fields are found on the node first (checkNode) and this
	// decode only fills the struct.
	lt := &langTemplates{}
	dec := yaml.NewDecoder(&buf)
	dec.KnownFields(true)
	if err := dec.Decode(lt); err != nil && !errors.Is(err, io.EOF) {
		return nil, &TemplateError{Path: file, Line: n.Line, Key: key, Msg: strings.TrimPrefix(err.Error(), "yaml: unmarshal errors:\n  ")}
	}
	return lt, nil
}

// checkNode walks a language's YAML against the shape of langTemplates:
// every key must exist, every list must have an entry, and every {name}
// must be a known variable.
func checkNode(file, key string, n *yaml.Node) error {
	return checkShape(file, key, n, reflect.TypeOf(langTemplates{}))
}

func checkShape(file, key string, n *yaml.Node, t reflect.Type) error {
	errAt := func(n *yaml.Node, key, msg string) error {
		return &TemplateError{Path: file, Line: n.Line, Key: key, Msg: msg}
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return errAt(n, key, "want a mapping")
		}
		fields := map[string]reflect.Type{}
		var names []string
		for i := 0; i < t.NumField(); i++ {
			tag := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]
			if tag != "" && tag != "-" {
				fields[tag] = t.Field(i).Type
				names = append(names, tag)
			}
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			ft, ok := fields[k.Value]
			if !ok {
				return errAt(k, key+"."+k.Value, "unknown key (want "+strings.Join(names, ", ")+")")
			}
			if err := checkShape(file, key+"."+k.Value, v, ft); err != nil {
				return err
			}
		}
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			return errAt(n, key, "want a mapping")
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if err := checkShape(file, key+"."+k.Value, v, t.Elem()); err != nil {
				return err
			}
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return errAt(n, key, "want a list")
		}
		if len(n.Content) == 0 {
			return errAt(n, key, "empty list: give at least one variant")
		}
		for i, c := range n.Content {
			if err := checkShape(file, fmt.Sprintf("%s[%d]", key, i), c, t.Elem()); err != nil {
				return err
			}
		}
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			return errAt(n, key, "want text")
		}
		for _, m := range varRE.FindAllStringSubmatch(n.Value, -1) {
			if !templateVars[m[1]] {
				return errAt(n, key, fmt.Sprintf("unknown variable {%s}", m[1]))
			}
		}
	}
	return nil
}

// mergeInto copies the set parts of src over dst: non-empty strings and
// lists replace, maps and structs merge key by key.
func mergeInto(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		if dst.IsNil() {
			dst.Set(reflect.New(src.Type().Elem()))
		} else {
			// Copy before writing: dst may be shared with the defaults.
			cp := reflect.New(dst.Type().Elem())
			cp.Elem().Set(dst.Elem())
			dst.Set(cp)
		}
		mergeInto(dst.Elem(), src.Elem())
	case reflect.Struct:
		for i := 0; i < src.NumField(); i++ {
			if dst.Field(i).CanSet() {
				mergeInto(dst.Field(i), src.Field(i))
			}
		}
	case reflect.Map:
		if src.Len() == 0 {
			return
		}
		m := reflect.MakeMap(src.Type())
		if !dst.IsNil() {
			for _, k := range dst.MapKeys() {
				m.SetMapIndex(k, dst.MapIndex(k))
			}
		}
		for _, k := range src.MapKeys() {
			sv := src.MapIndex(k)
			nv := reflect.New(src.Type().Elem()).Elem()
			if dv := m.MapIndex(k); dv.IsValid() {
				nv.Set(dv)
			}
			mergeInto(nv, sv)
			m.SetMapIndex(k, nv)
		}
		dst.Set(m)
	case reflect.Slice:
		if src.Len() > 0 {
			dst.Set(src)
		}
	case reflect.String:
		if src.String() != "" {
			dst.Set(src)
		}
	case reflect.Bool:
		if src.Bool() {
			dst.Set(src)
		}
	}
}

// lang returns the templates of a language, Dutch for others.
func (t *Templates) lang(lang string) *langTemplates {
	if t == nil {
		t = DefaultTemplates()
	}
	if lt, ok := t.langs[lang]; ok {
		return lt
	}
	return t.langs["nl"]
}

// form returns the templates of an address form, or the language's only or
// first form.
func (lt *langTemplates) form(name string) *formTemplates {
	if f, ok := lt.Forms[name]; ok {
		return f
	}
	for _, n := range []string{"je", "you", "u"} {
		if f, ok := lt.Forms[n]; ok {
			return f
		}
	}
	return nil
}
