package reply

import (
	"embed"
	"fmt"
	"hash/crc32"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/tone"
)

//go:generate go test -run TestCompiled -update-compiled

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
	CuePress   CueKind = "press"   // journalist, Radar, Kassa, de krant, news
	CueViral   CueKind = "viral"   // viral, 200.000 views, 12k retweets
	CueLegal   CueKind = "legal"   // advocaat, aangifte, ACM, lawyer, sue
	CuePrivacy CueKind = "privacy" // datalek, AVG, GDPR, ICO
	CueHazard  CueKind = "hazard"  // brand, glas in eten, gaslucht, allergic reaction
	CueInjury  CueKind = "injury"  // gewond, gevallen, gevaarlijk, injury
	CueOutage  CueKind = "outage"  // geen internet, stroom weg, network down
	// CueWidespread: the matter reaches far beyond one customer: heel
	// Nederland, landelijk, the whole network, thousands of passengers.
	CueWidespread CueKind = "widespread"
	CueBreach     CueKind = "breach"   // hack, data breach, klantgegevens op straat
	CueRecall     CueKind = "recall"   // terugroepactie, recall
	CueChurn      CueKind = "churn"    // opzeggen, overstappen, switching providers
	CueBusiness   CueKind = "business" // zakelijke rekening, my business
	// CueVulnerable: a vulnerable household (a baby, someone older, ill or
	// on medical equipment: tone.Message.Vulnerable) that is without what
	// it cannot miss (heating, power, gas, water: a vital situation of
	// the draft templates), as the draft's urgent opening reads it.
	CueVulnerable CueKind = "vulnerable"
	// CueOwnData: the customer posts their own personal data (a phone
	// number, an e-mail address, a street address: tone.Message.
	// PostsOwnData) where everyone reads along. Not an incident of ours:
	// the category stays what the message is, but it is never left at
	// the lowest level, as the privacy rubric wants.
	CueOwnData CueKind = "own-data"

	CueInfluence CueKind = "influence" // many followers or a verified account
	CueWave      CueKind = "wave"      // part of a wave: many messages on one subject, well above the baseline
	CueCustom    CueKind = "custom"    // a matrix level's own words

	CueComplaint  CueKind = "complaint"
	CueQuestion   CueKind = "question"
	CueCompliment CueKind = "compliment"
)

var allCueKinds = []CueKind{CuePress, CueViral, CueLegal, CuePrivacy, CueHazard, CueInjury, CueOutage,
	CueWidespread, CueBreach, CueRecall, CueChurn, CueBusiness, CueVulnerable, CueOwnData, CueInfluence, CueWave, CueCustom,
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

// lexiconKinds are the signal kinds a team may add words to in its matrix
// (extra_signalen).
var lexiconKinds = map[CueKind]bool{
	CuePress: true, CueViral: true, CueLegal: true, CuePrivacy: true, CueHazard: true, CueInjury: true,
	CueOutage: true, CueWidespread: true, CueBreach: true, CueRecall: true, CueChurn: true, CueBusiness: true,
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

// triageData is the per-language data of triage: advice, labels, the
// matrix's Dutch keys and its error messages (templates/triage.LANG.yaml).
// The signals come from the shared reading of the message (tone).
type triageData struct {
	Advice map[string][]string `yaml:"advice"`
	Labels map[string]string   `yaml:"labels"`
	Keys   map[string]string   `yaml:"keys"`
	Errors map[string]string   `yaml:"errors"`
}

// builtinTriage holds the triage data by language, each parsed when first
// needed: a Dutch message with a Dutch matrix never parses the English.
var builtinTriage = func() map[string]func() (*triageData, error) {
	out := map[string]func() (*triageData, error){}
	for _, lang := range languages {
		out[lang] = sync.OnceValues(func() (*triageData, error) { return parseTriageData(lang) })
	}
	return out
}()

// compiledTriage returns a language's triage data as its YAML reads and
// the YAML's CRC-32, from compiled_triage.go (go generate ./reply):
// decoding the YAML took longer than triaging a message. Nil where there
// is none; the YAML is decoded where it changed since.
var compiledTriage func(lang string) (*triageData, uint32)

func parseTriageData(lang string) (*triageData, error) {
	name := triageSource(lang)
	data, err := templateFS.ReadFile(name)
	if err != nil {
		return nil, err
	}
	if compiledTriage != nil {
		if td, sum := compiledTriage(lang); td != nil && sum == crc32.ChecksumIEEE(data) {
			return td, nil
		}
	}
	return parseTriageYAML(name, data)
}

// triageSource is the file of a language's triage data.
func triageSource(lang string) string { return "templates/triage." + lang + ".yaml" }

func parseTriageYAML(name string, data []byte) (*triageData, error) {
	td := &triageData{}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(td); err != nil {
		return nil, fmt.Errorf("reply/%s: %w", name, err)
	}
	return td, nil
}

// triageFor returns the triage data of a language (Dutch for others).
func triageFor(lang string) *triageData {
	load, ok := builtinTriage[lang]
	if !ok {
		load = builtinTriage["nl"]
	}
	td, err := load()
	if err != nil {
		// Embedded and tested: a build defect, not an input problem.
		panic(err)
	}
	return td
}

// builtinCueAnalyzer reads with the built-in lexicons, each parsed when a
// message in its language first needs it.
var builtinCueAnalyzer = sync.OnceValue(func() *tone.Analyzer { return tone.NewAnalyzer(nil) })

// cueAnalyzer returns an analyzer with the built-in cue lexicons plus the
// extra entries by language. A language's lexicon is parsed and extended
// when a message in it is first read, so triaging a Dutch message never
// parses the English lexicon; a bad extra entry is still an error here.
func cueAnalyzer(extra map[string][]*tone.Entry) (*tone.Analyzer, error) {
	if len(extra) == 0 {
		return builtinCueAnalyzer(), nil
	}
	byLang := map[string]func() *tone.Lexicon{}
	for _, lang := range languages {
		entries := extra[lang]
		if len(entries) == 0 {
			continue
		}
		// The entries on their own, to report a bad one now (With
		// compiles what is not compiled yet); the index is small.
		if _, err := new(tone.Lexicon).With(entries); err != nil {
			return nil, err
		}
		byLang[lang] = sync.OnceValue(func() *tone.Lexicon {
			lx, err := tone.DefaultLexicon(lang).With(entries)
			if err != nil {
				panic(err) // With failed on the same entries above
			}
			return lx
		})
	}
	return tone.NewAnalyzerFunc(func(lang string) *tone.Lexicon {
		if f := byLang[lang]; f != nil {
			return f()
		}
		return nil
	}), nil
}

// reading is what triage and the draft know about one incoming message:
// the shared reading of the customer's message (tone.ReadMessage: intent,
// complaint, confidence, signals, reach, topics, register), and on top of
// it only what is the matrix's own: its subjects' words, its levels' words
// and the team's extra signal words.
type reading struct {
	// a is the analysis of the message with the matrix's lexicons.
	a *tone.Analysis
	// msg is the shared reading of the message.
	msg *tone.Message
	// base is the message's basic category from the reading's intent:
	// complaint, question, compliment or other; baseCues are the words
	// that decided it.
	base     Category
	baseCues []Cue
	// cues holds the signals by kind: the reading's, and the team's extra
	// words.
	cues map[CueKind][]Cue
	// levels holds the hits of the matrix levels' own words by level.
	levels map[int][]Cue
	// subjects holds the hits of the matrix subjects' words by subject.
	subjects map[int][]Cue
	// complaint, confidence and needsHuman are the reading's.
	complaint  bool
	confidence float64
	needsHuman bool
	// sarcasm is the reading's sarcasm signal.
	sarcasm bool
	// reach is the follower count the message states, or 0.
	reach int
}

// topics returns the reading's topics (stems, synonyms folded).
func (r *reading) topics() []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range r.msg.Topics {
		if !seen[t] && len([]rune(t)) >= 3 {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

func (r *reading) has(kinds ...CueKind) bool {
	for _, k := range kinds {
		if len(r.cues[k]) > 0 {
			return true
		}
	}
	return false
}

// signalKinds maps the reading's signals to triage's cue kinds. Sarcasm,
// abuse, safety (hazard or injury) and reach are read otherwise.
var signalKinds = map[tone.Signal]CueKind{
	tone.SignalPrivacy: CuePrivacy, tone.SignalHazard: CueHazard, tone.SignalInjury: CueInjury,
	tone.SignalLegal: CueLegal, tone.SignalPress: CuePress, tone.SignalViral: CueViral, tone.SignalChurn: CueChurn,
	tone.SignalOutage: CueOutage, tone.SignalWidespread: CueWidespread, tone.SignalBreach: CueBreach, tone.SignalRecall: CueRecall, tone.SignalBusiness: CueBusiness,
}

// read reads an incoming message once (the shared reading) and adds the
// matrix's own words: one analysis gives both.
func (m *Matrix) read(text, lang string) *reading {
	if !isLanguage(lang) {
		lang = ""
	}
	a := m.analyzer().AnalyzeIncoming(text, lang)
	msg := a.Message
	r := &reading{a: a, msg: msg, cues: map[CueKind][]Cue{}, levels: map[int][]Cue{}, subjects: map[int][]Cue{},
		complaint: msg.Complaint, confidence: msg.Confidence, needsHuman: msg.NeedsHuman,
		sarcasm: msg.Has(tone.SignalSarcasm), reach: msg.Reach}
	switch msg.Intent {
	case tone.IntentComplaint:
		r.base = CategoryComplaint
	case tone.IntentCompliment:
		r.base = CategoryCompliment
	case tone.IntentQuestion:
		r.base = CategoryQuestion
	default:
		r.base = CategoryOther
	}
	for _, sp := range msg.Cues {
		r.baseCues = append(r.baseCues, Cue{Text: sp.In(text), Span: sp, Kind: CueKind(r.base)})
	}
	for sig, spans := range msg.Signals {
		k, ok := signalKinds[sig]
		if !ok {
			continue
		}
		for _, sp := range spans {
			r.cues[k] = append(r.cues[k], Cue{Text: sp.In(text), Span: sp, Kind: k})
		}
	}
	for k := range r.cues {
		sort.Slice(r.cues[k], func(i, j int) bool { return r.cues[k][i].Start < r.cues[k][j].Start })
	}
	var extra map[CueKind][]Cue // the team's words, by kind, in text order
	for _, h := range a.Hits {
		if h.Quoted {
			continue
		}
		c := Cue{Text: h.Text(a.Text), Span: h.Span}
		switch {
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
		case strings.HasPrefix(h.Category, cuePrefix):
			// The team's extra signal words, gated as the reading gates
			// its own (Message.Admits): praise that mentions the press or
			// an outage that is over is no threat; leaving asked about
			// ("kan ik overstappen naar …?") counts with a complaint only.
			k := CueKind(strings.TrimPrefix(h.Category, cuePrefix))
			if !msg.Admits(tone.Signal(k), a.SentenceAsks(h.Sentence)) {
				continue
			}
			c.Kind = k
			if extra == nil {
				extra = map[CueKind][]Cue{}
			}
			extra[k] = append(extra[k], c)
		}
	}
	// A subject's topics count with its own words: the reading's topic
	// words (stems and compounds folded), once where the team's word is
	// the same.
	for i, sub := range m.Subjects {
		var spans []tone.Span
		for _, t := range sub.Topics {
			spans = append(spans, msg.TopicSpans[t]...)
		}
		if len(spans) == 0 {
			continue
		}
		sort.Slice(spans, func(a, b int) bool { return spans[a].Start < spans[b].Start })
		more := make([]Cue, len(spans))
		for k, sp := range spans {
			more[k] = Cue{Text: sp.In(text), Span: sp}
		}
		r.subjects[i] = appendFree(r.subjects[i], more)
		sort.SliceStable(r.subjects[i], func(a, b int) bool { return r.subjects[i][a].Start < r.subjects[i][b].Start })
	}
	// A team's word that the reading already read as the same signal
	// ("20000 views" in "filmpje heeft al 20000 views") is no second cue:
	// the reading decided it.
	for k, cs := range extra {
		r.cues[k] = appendFree(r.cues[k], cs)
	}
	return r
}

// category decides the triage category: the most serious kind of signal
// wins, then the reading's intent. An outage is a crisis when it is
// widespread (a region, the whole country, everyone); one household's
// outage, also a repeated one, is the complaint it is read as. A privacy
// incident that touches many customers is a data breach.
func (r *reading) category() Category {
	wide := r.has(CueWidespread)
	switch {
	case r.has(CueBreach, CueRecall), wide && r.has(CueOutage, CuePrivacy), wide && r.base == CategoryComplaint:
		return CategoryCrisis
	case r.has(CueHazard, CueInjury):
		return CategorySafety
	case r.has(CueLegal, CuePrivacy):
		return CategoryLegalPrivacy
	case r.has(CuePress, CueViral, CueInfluence):
		return CategoryReputationRisk
	case r.base == CategoryOther && r.msg.Has(tone.SignalAbuse):
		// An insult aimed at us that the reading files under no intent
		// ("prutsers 😂😂", "what a bunch of clowns lol") is the ordinary
		// complaint the rubric makes of abuse (middel), not chatter.
		return CategoryComplaint
	case r.base == CategoryQuestion && r.needsHuman:
		// The reading cannot tell what the question is: a grievance or a
		// plain ask ("hello??", "hoe lang duurt dat meestal?"). Triage
		// does not guess either way: it is for a person to tell, which
		// is what a team lead files as other (every message labelled
		// needs_human in testdata/customer and the English sets is
		// other/middel); unsure is never laag.
		return CategoryOther
	}
	return r.base
}
