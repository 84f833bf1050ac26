package tone

import (
	"strings"

	snowball "github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/english"
)

// Intent is what a customer's message is: a complaint, a question, a
// compliment or something else.
type Intent string

// Intents of a customer's message.
const (
	IntentComplaint  Intent = "complaint"
	IntentQuestion   Intent = "question"
	IntentCompliment Intent = "compliment"
	IntentOther      Intent = "other"
)

// Message describes a customer's message.
type Message struct {
	Intent Intent
	// Cues are the words that decided the intent.
	Cues []Span
	// Personal is set when the matter is the customer's own (an order, an
	// account, a refund); PersonalCues are the words that say so.
	Personal     bool
	PersonalCues []Span
	// Name is the customer's name where they sign their message, or "".
	Name string
	// Keywords are the stems of the message's content words.
	Keywords map[string]bool
}

// describeMessage derives intent, personal matter, name and key words from
// the analysis of a customer's message.
func describeMessage(a *Analysis) *Message {
	m := &Message{Keywords: map[string]bool{}}
	var complaint, problem, question, compliment []Span
	for _, h := range a.Hits {
		switch h.Category {
		case "complaint":
			complaint = append(complaint, h.Span)
		case "problem":
			problem = append(problem, h.Span)
		case "question":
			question = append(question, h.Span)
		case "compliment":
			compliment = append(compliment, h.Span)
		case "personal-matter":
			m.PersonalCues = append(m.PersonalCues, h.Span)
		}
	}
	qmark := false
	var shouts []Span
	for _, t := range a.Tokens {
		if t.Kind == Punct && strings.Contains(t.Text, "?") {
			qmark = true
		}
		// Shouting ("NOTHING WORKS", "NIET") is a complaint cue of its
		// own; acronyms (LTE, GTX) are not words we know.
		if t.Kind == Word && len(t.Text) >= 3 && (stopNL[t.Lower] || stopEN[t.Lower] || shoutWords[t.Lower]) &&
			t.Text != t.Lower && Shouted(t.Text) > 0 {
			shouts = append(shouts, t.Span)
		}
	}
	// Shouting about a problem is a complaint, and so are shouted words
	// that complain by themselves ("NOOIT", "VIJFDE"); other capitals
	// alone may be a promotion ("LIVE NOW") or a warning.
	for _, sp := range shouts {
		if len(complaint)+len(problem) > 0 || shoutWords[strings.ToLower(sp.In(a.Text))] {
			complaint = append(complaint, sp)
		}
	}
	// A polite request for help ("could you", "please", "I need help")
	// around one problem asks for help rather than complains.
	asks := a.Has("help-request")
	// A strong complaint cue outweighs politeness around it. One problem
	// ("can't", "werkt niet") asked about with a question mark or in a
	// polite request is a question; stated without one, or two problems,
	// make a complaint. Thanks alone is a compliment.
	switch {
	case len(complaint) > 0 && len(complaint) >= len(compliment):
		m.Intent, m.Cues = IntentComplaint, complaint
	case (len(problem) >= 2 || len(problem) == 1 && !qmark && !asks) && len(problem) >= len(compliment):
		m.Intent, m.Cues = IntentComplaint, problem
	case len(compliment) > 0 && !qmark:
		m.Intent, m.Cues = IntentCompliment, compliment
	case qmark || len(question) > 0 && sentenceStartsWithAny(a, question):
		m.Intent, m.Cues = IntentQuestion, question
	case len(compliment) > 0:
		m.Intent, m.Cues = IntentCompliment, compliment
	default:
		m.Intent = IntentOther
	}
	m.Personal = len(m.PersonalCues) > 0
	// The customer's own sign-off, if any, names them.
	if so := findSignOff(a); so.Found && !so.Team {
		m.Name = so.Name
	}
	for st := range a.Keywords(0, len(a.Tokens)) {
		m.Keywords[st] = true
	}
	return m
}

func sentenceStartsWithAny(a *Analysis, spans []Span) bool {
	for _, sp := range spans {
		for _, s := range a.Sentences {
			if s.Span.Start == sp.Start {
				return true
			}
		}
	}
	return false
}

// shoutWords are words that, written in capitals, shout.
var shoutWords = setOf("nothing", "works", "never", "again", "still", "fix", "stop", "worst", "always", "late", "why",
	"niks", "niets", "nooit", "weer", "nu", "slecht", "schandalig", "belachelijk", "waardeloos", "altijd",
	"vijfde", "vierde", "derde", "tiende", "keer")

// contentStop are frequent words that carry no topic, beyond the stop
// words of language detection.
var contentStop = setOf("hoi", "hallo", "hey", "beste", "goedemorgen", "goedemiddag", "goedenavond",
	"dank", "bedankt", "groet", "groetjes", "user", "jullie", "mijn", "jouw", "onze", "zijn", "haar",
	"hun", "waarom", "wanneer", "waar", "welke", "hoe", "heel", "echt", "gewoon", "alweer", "steeds",
	"please", "thanks", "thank", "your", "their", "they", "them", "just", "really", "still", "again",
	"why", "when", "where", "which", "how", "who", "hours", "days", "today", "tomorrow", "vandaag",
	"morgen", "gisteren", "yesterday", "week", "weken", "dagen", "uur", "keer", "time", "times",
	"nog", "niet", "geen", "wel", "zelf", "iets", "niets", "alles", "iemand", "everyone", "anyone",
	"something", "nothing", "everything", "wordt", "worden", "werd", "had", "hadden", "heb", "hebben",
	"krijg", "krijgen", "kreeg", "gaat", "ging", "doen", "doet", "deed", "maak", "maakt", "make",
	"get", "got", "going", "went", "been", "being", "done", "does", "did", "would", "could", "should")

// Stem returns the snowball stem of a lower-case word in the language
// ("nl" or "en"). Dutch stems lose a final d or t after the snowball step,
// so "bezorgd" and "bezorging" share the stem "bezorg".
func Stem(lang, word string) string {
	env := snowball.NewEnv(word)
	if lang == "en" {
		english.Stem(env)
		return env.Current()
	}
	dutch.Stem(env)
	s := env.Current()
	if len(s) > 4 && (strings.HasSuffix(s, "d") || strings.HasSuffix(s, "t")) {
		s = s[:len(s)-1]
	}
	return s
}

// Keywords returns the stems of the content words in tokens [first, last).
func (a *Analysis) Keywords(first, last int) map[string]Span {
	out := map[string]Span{}
	for _, t := range a.Tokens[first:last] {
		if t.Kind != Word || len(t.Lower) < 3 || stopNL[t.Lower] || stopEN[t.Lower] || contentStop[t.Lower] {
			continue
		}
		st := Stem(a.Lang, t.Lower)
		if _, ok := out[st]; !ok {
			out[st] = t.Span
		}
	}
	return out
}
