package reply

import (
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/internal/lexyaml"
	"github.com/replylint/replylint/tone"
)

//go:embed templates/*.yaml
var templateFS embed.FS

// languages are the languages reply has data for, Dutch first.
var languages = []string{"nl", "en"}

func isLanguage(lang string) bool { return lang == "nl" || lang == "en" }

// Category is what an incoming message is, for triage.
type Category string

// Categories of an incoming message, from the least to the most serious
// kind.
const (
	CategoryQuestion       Category = "question"
	CategoryComplaint      Category = "complaint"
	CategoryCompliment     Category = "compliment"
	CategoryReputationRisk Category = "reputation-risk"
	CategorySafety         Category = "safety"
	CategoryLegalPrivacy   Category = "legal-privacy"
	CategoryCrisis         Category = "crisis"
	// CategoryOther is a message that is none of the above: a greeting,
	// chatter, spam, an unclear word.
	CategoryOther Category = "other"
)

var allCategories = []Category{CategoryQuestion, CategoryComplaint, CategoryCompliment,
	CategoryReputationRisk, CategorySafety, CategoryLegalPrivacy, CategoryCrisis, CategoryOther}

func (c Category) valid() bool {
	for _, k := range allCategories {
		if c == k {
			return true
		}
	}
	return false
}

func categoryNames() string {
	var s []string
	for _, c := range allCategories {
		s = append(s, string(c))
	}
	return strings.Join(s, ", ")
}

// CueKind says what a cue is evidence of.
type CueKind string

// Cue kinds. The first group comes from the words of the message; influence
// and volume come from metadata and from a batch; custom from a matrix
// level's own words; complaint, question and compliment are the words that
// decided the message's basic category.
const (
	CuePress    CueKind = "press"    // journalist, Radar, Kassa, de krant, news
	CueViral    CueKind = "viral"    // viral, 200.000 views, 12k retweets
	CueLegal    CueKind = "legal"    // advocaat, aangifte, ACM, lawyer, sue
	CuePrivacy  CueKind = "privacy"  // datalek, AVG, GDPR, ICO
	CueHazard   CueKind = "hazard"   // brand, glas in eten, gaslucht, allergic reaction
	CueInjury   CueKind = "injury"   // gewond, gevallen, gevaarlijk, injury
	CueOutage   CueKind = "outage"   // heel Nederland, whole network down, 999
	CueBreach   CueKind = "breach"   // hack, data breach, klantgegevens op straat
	CueRecall   CueKind = "recall"   // terugroepactie, recall
	CueChurn    CueKind = "churn"    // opzeggen, overstappen, switching providers
	CueBusiness CueKind = "business" // zakelijke rekening, my business

	CueInfluence CueKind = "influence" // many followers or a verified account
	CueWave      CueKind = "wave"      // part of a wave: many messages on one subject, well above the baseline
	CueCustom    CueKind = "custom"    // a matrix level's own words

	CueComplaint  CueKind = "complaint"
	CueQuestion   CueKind = "question"
	CueCompliment CueKind = "compliment"
)

var allCueKinds = []CueKind{CuePress, CueViral, CueLegal, CuePrivacy, CueHazard, CueInjury, CueOutage,
	CueBreach, CueRecall, CueChurn, CueBusiness, CueInfluence, CueWave, CueCustom,
	CueComplaint, CueQuestion, CueCompliment}

func (k CueKind) valid() bool {
	for _, c := range allCueKinds {
		if k == c {
			return true
		}
	}
	return false
}

func cueKindNames() string {
	var s []string
	for _, k := range allCueKinds {
		s = append(s, string(k))
	}
	return strings.Join(s, ", ")
}

// lexiconKinds are the cue kinds that are word lists in the data; praise,
// negative and question are reported as compliment, complaint and
// question cues.
var lexiconKinds = map[CueKind]bool{
	CuePress: true, CueViral: true, CueLegal: true, CuePrivacy: true, CueHazard: true, CueInjury: true,
	CueOutage: true, CueBreach: true, CueRecall: true, CueChurn: true, CueBusiness: true,
	"praise": true, "negative": true, "question": true,
}

func lexiconKindNames() string {
	var s []string
	for k := range lexiconKinds {
		s = append(s, string(k))
	}
	sort.Strings(s)
	return strings.Join(s, ", ")
}

// cuePrefix marks the lexicon categories that hold cues.
const cuePrefix = "cue:"

// Cue is a piece of evidence for a triage decision: words in the message
// (with their byte span), or metadata (followers, a batch's volume) with an
// empty span at offset 0.
type Cue struct {
	// Text is the cue's words as written, or a description of metadata
	// ("48200 volgers").
	Text string `json:"text"`
	// Span is the byte range of Text in the message; JSON gives it as
	// offset and end_offset.
	tone.Span
	// Kind says what the cue is evidence of.
	Kind CueKind `json:"kind"`
}

// triageData is the per-language data of triage: cue entries, advice,
// labels and topic stop words (templates/triage.LANG.yaml).
type triageData struct {
	Cues      yaml.Node           `yaml:"cues"`
	Advice    map[string][]string `yaml:"advice"`
	Labels    map[string]string   `yaml:"labels"`
	TopicStop []string            `yaml:"topic_stop"`
	Keys      map[string]string   `yaml:"keys"`
	Errors    map[string]string   `yaml:"errors"`

	entries   []*tone.Entry
	topicStop map[string]bool
}

// builtinTriage holds the parsed triage data by language.
var builtinTriage = sync.OnceValues(func() (map[string]*triageData, error) {
	out := map[string]*triageData{}
	for _, lang := range languages {
		name := "templates/triage." + lang + ".yaml"
		data, err := templateFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		td := &triageData{}
		dec := yaml.NewDecoder(strings.NewReader(string(data)))
		dec.KnownFields(true)
		if err := dec.Decode(td); err != nil {
			return nil, fmt.Errorf("reply/%s: %w", name, err)
		}
		if td.Cues.Kind != yaml.MappingNode {
			return nil, fmt.Errorf("reply/%s: cues: want a mapping of kinds", name)
		}
		for i := 0; i+1 < len(td.Cues.Content); i += 2 {
			kind := td.Cues.Content[i].Value
			if !lexiconKinds[CueKind(kind)] {
				return nil, fmt.Errorf("reply/%s:%d: unknown cue kind %q", name, td.Cues.Content[i].Line, kind)
			}
			entries, err := lexyaml.DecodeEntries(cuePrefix+kind, td.Cues.Content[i+1])
			if err != nil {
				return nil, fmt.Errorf("reply/%s: %w", name, err)
			}
			td.entries = append(td.entries, entries...)
		}
		td.topicStop = map[string]bool{}
		for _, w := range td.TopicStop {
			td.topicStop[tone.Stem(lang, strings.ToLower(w))] = true
		}
		out[lang] = td
	}
	return out, nil
})

// triageFor returns the triage data of a language (Dutch for others).
func triageFor(lang string) *triageData {
	m, err := builtinTriage()
	if err != nil {
		// Embedded and tested: a build defect, not an input problem.
		panic(err)
	}
	if td, ok := m[lang]; ok {
		return td
	}
	return m["nl"]
}

// builtinCueLexicons are the default lexicons with the built-in cue
// entries added, built once.
var builtinCueLexicons = sync.OnceValues(func() (map[string]*tone.Lexicon, error) {
	out := map[string]*tone.Lexicon{}
	for _, lang := range languages {
		lx, err := tone.DefaultLexicon(lang).With(triageFor(lang).entries)
		if err != nil {
			return nil, err
		}
		out[lang] = lx
	}
	return out, nil
})

var builtinCueAnalyzer = sync.OnceValues(func() (*tone.Analyzer, error) {
	lx, err := builtinCueLexicons()
	if err != nil {
		return nil, err
	}
	return tone.NewAnalyzer(lx), nil
})

// cueAnalyzer returns an analyzer with the built-in cue lexicons plus the
// extra entries by language.
func cueAnalyzer(extra map[string][]*tone.Entry) (*tone.Analyzer, error) {
	if len(extra) == 0 {
		return builtinCueAnalyzer()
	}
	base, err := builtinCueLexicons()
	if err != nil {
		return nil, err
	}
	out := map[string]*tone.Lexicon{}
	for lang, lx := range base {
		if len(extra[lang]) == 0 {
			out[lang] = lx
			continue
		}
		with, err := lx.With(extra[lang])
		if err != nil {
			return nil, err
		}
		out[lang] = with
	}
	return tone.NewAnalyzer(out), nil
}

// reading is what triage reads off one incoming message.
type reading struct {
	a *tone.Analysis
	// base is the message's basic category: complaint, question or
	// compliment; baseCues are the words that decided it.
	base     Category
	baseCues []Cue
	// cues holds the cues by kind, after the context gates.
	cues map[CueKind][]Cue
	// levels holds the hits of the matrix levels' own words by level.
	levels map[int][]Cue
	// subjects holds the hits of the matrix subjects' words by subject.
	subjects map[int][]Cue
	// complaint is set when the message needs an apology; confidence is
	// how sure the reading is; needsHuman asks for a person to look.
	complaint  bool
	confidence float64
	needsHuman bool
	// sarcasm is set when the message says something nice about something
	// bad ("Dank je wel dat mijn trein alweer is uitgevallen 🙃").
	sarcasm bool
	// reach is the follower count the message states ("mijn 40.000
	// volgers"), or 0.
	reach int
}

// topics returns the stems of the message's topic words.
func (r *reading) topics() []string {
	stop := triageFor(r.a.Lang).topicStop
	var out []string
	for st := range r.a.Keywords(0, len(r.a.Tokens)) {
		if !stop[st] && len([]rune(st)) >= 3 {
			out = append(out, st)
		}
	}
	sort.Strings(out)
	return out
}

// topicSurface returns the word of the message with the stem, as written
// in lower case.
func (r *reading) topicSurface(stem string) string {
	if sp, ok := r.a.Keywords(0, len(r.a.Tokens))[stem]; ok {
		return strings.ToLower(sp.In(r.a.Text))
	}
	return stem
}

func (r *reading) has(kinds ...CueKind) bool {
	for _, k := range kinds {
		if len(r.cues[k]) > 0 {
			return true
		}
	}
	return false
}

// read analyses an incoming message and collects its cues.
func (m *Matrix) read(text, lang string) *reading {
	a := m.analyzer().Analyze(tone.Input{Text: text, Lang: lang})
	r := &reading{a: a, cues: map[CueKind][]Cue{}, levels: map[int][]Cue{}, subjects: map[int][]Cue{}}
	raw := map[string][]Cue{}
	for _, h := range a.Hits {
		if h.Quoted {
			continue
		}
		c := Cue{Text: h.Text(a.Text), Span: h.Span}
		switch {
		case strings.HasPrefix(h.Category, cuePrefix):
			raw[strings.TrimPrefix(h.Category, cuePrefix)] = append(raw[strings.TrimPrefix(h.Category, cuePrefix)], c)
		case strings.HasPrefix(h.Category, "subject:"):
			var i int
			if _, err := fmt.Sscanf(h.Category, "subject:%d", &i); err == nil {
				r.subjects[i] = append(r.subjects[i], c)
			}
		case strings.HasPrefix(h.Category, "level:"):
			var i int
			if _, err := fmt.Sscanf(h.Category, "level:%d", &i); err == nil {
				c.Kind = CueCustom
				r.levels[i] = append(r.levels[i], c)
			}
		case h.Category == "complaint" || h.Category == "problem" || h.Category == "question" || h.Category == "compliment":
			raw["tone:"+h.Category] = append(raw["tone:"+h.Category], c)
		}
	}
	r.classify(raw)
	r.complaint = r.base == CategoryComplaint
	// lint reads the message with tone's description: where that one
	// hears a complaint, the reply must apologise.
	if inc := tone.Analyze(tone.Input{Incoming: text, Lang: lang}).Incoming; inc != nil && inc.Message != nil &&
		inc.Message.Intent == tone.IntentComplaint {
		r.complaint = true
	}
	r.confidence = 0.9
	if len(r.baseCues) == 0 {
		r.confidence = 0.4
		r.needsHuman = len(raw) == 0
	}

	positive := r.base == CategoryCompliment
	negative := r.base == CategoryComplaint
	for kind := range lexiconKinds {
		switch kind {
		case "praise", "negative", "question":
			continue
		case CuePress, CueViral, CueLegal, CuePrivacy:
			// Praise that mentions Radar or the Consumentenbond is no
			// threat.
			if positive {
				continue
			}
		case CueChurn:
			// Asking how to cancel is a question; a threat to leave comes
			// with a complaint.
			if !negative {
				continue
			}
		}
		for _, c := range raw[string(kind)] {
			c.Kind = kind
			r.cues[kind] = append(r.cues[kind], c)
		}
	}
	return r
}

// classify decides the basic category from the tone hits and the praise,
// negative and question cue words. A strong complaint word outweighs
// politeness; praise without a question mark is a compliment; one problem
// asked about with a question mark is a question.
func (r *reading) classify(raw map[string][]Cue) {
	neg := spans(raw["tone:complaint"], raw["negative"], raw["churn"])
	prob := spans(raw["tone:problem"])
	pos := spans(raw["tone:compliment"], raw["praise"])
	var q []Cue
	for _, c := range raw["tone:question"] {
		if r.startsSentence(c.Span) {
			q = append(q, c)
		}
	}
	q = spans(q, raw["question"])
	qmark := false
	for _, t := range r.a.Tokens {
		if t.Kind == tone.Punct && strings.Contains(t.Text, "?") && !t.Quoted {
			qmark = true
			if len(q) == 0 {
				q = append(q, Cue{Text: t.Text, Span: t.Span})
			}
		}
	}
	switch {
	case len(neg) > 0 && len(neg) >= len(pos):
		r.base, r.baseCues = CategoryComplaint, neg
	case len(pos) > 0 && !qmark:
		r.base, r.baseCues = CategoryCompliment, pos
	case len(prob) >= 2 || len(prob) == 1 && !qmark:
		r.base, r.baseCues = CategoryComplaint, prob
	case len(q) > 0:
		r.base, r.baseCues = CategoryQuestion, q
	case len(pos) > 0:
		r.base, r.baseCues = CategoryCompliment, pos
	case r.a.Has("personal-matter"):
		// A statement about one's own order or account, without a
		// question, is a complaint.
		r.base = CategoryComplaint
		for _, h := range r.a.HitsOf("personal-matter") {
			r.baseCues = append(r.baseCues, Cue{Text: h.Text(r.a.Text), Span: h.Span})
		}
	case r.hasRaw(raw, CueLegal, CuePrivacy, CueHazard, CueInjury, CueBreach, CuePress, CueViral):
		// No question and no praise, but a lawyer, a fire or the press:
		// a statement like that is a complaint.
		r.base = CategoryComplaint
	default:
		r.base = CategoryQuestion
	}
	kind := CueKind(r.base)
	for i := range r.baseCues {
		r.baseCues[i].Kind = kind
	}
}

func (r *reading) hasRaw(raw map[string][]Cue, kinds ...CueKind) bool {
	for _, k := range kinds {
		if len(raw[string(k)]) > 0 {
			return true
		}
	}
	return false
}

func (r *reading) startsSentence(sp tone.Span) bool {
	for _, s := range r.a.Sentences {
		k := s.First
		for k < s.Last && (r.a.Tokens[k].Kind == tone.Handle || r.a.Tokens[k].Kind == tone.Punct) {
			k++
		}
		if k < s.Last && r.a.Tokens[k].Span.Start == sp.Start {
			return true
		}
	}
	return false
}

// spans merges cue lists, dropping cues that overlap one already taken, so
// "thanks" counted by two lists is one piece of praise.
func spans(lists ...[]Cue) []Cue {
	var all []Cue
	for _, l := range lists {
		all = append(all, l...)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Start < all[j].Start })
	var out []Cue
	for _, c := range all {
		if n := len(out); n > 0 && c.Start < out[n-1].End {
			continue
		}
		out = append(out, c)
	}
	return out
}

// category decides the triage category: the most serious kind of cue
// wins, then the basic category.
func (r *reading) category() Category {
	switch {
	case r.has(CueOutage, CueBreach, CueRecall):
		return CategoryCrisis
	case r.has(CueHazard, CueInjury):
		return CategorySafety
	case r.has(CueLegal, CuePrivacy):
		return CategoryLegalPrivacy
	case r.has(CuePress, CueViral, CueInfluence):
		return CategoryReputationRisk
	}
	return r.base
}
