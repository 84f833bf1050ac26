package tone

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

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

// Message is the one reading of a customer's message: what it is, how
// sure the reading is and why, the signals triage needs, and the words
// lint and the draft reuse. ReadMessage makes it; Analyze puts the same
// reading in Analysis.Incoming.Message. Consumers read it and do not
// decide again.
type Message struct {
	// Intent is complaint, question, compliment or other.
	Intent Intent
	// Complaint is set when the message needs an apology: the complaint
	// model's probability reached its threshold.
	Complaint bool
	// Confidence is the model's probability of the answer it gave on
	// Complaint: p for a complaint, 1-p otherwise.
	Confidence float64
	// NeedsHuman is set when the reading is unsure: the probability lies
	// within the model's unsure_margin of its threshold
	// (tone/model/complaint.json), or the message has nothing to read
	// ("hmm ok.", "?", a lone emoji).
	NeedsHuman bool
	// Cues are the words that decided the intent, in text order.
	Cues []Span
	// Why are the features that weighed most towards the answer, heaviest
	// first, with the words that gave them.
	Why []Weighed
	// Signals holds, per signal, the words that raise it. Signals that
	// praise makes harmless (press, legal, privacy, viral, churn in a
	// compliment), sarcasm outside a complaint and churn asked about
	// outside a complaint ("Can I switch to the annual plan?") are left out.
	Signals map[Signal][]Span
	// Doubts holds, per signal, words of the signal in a use the reading
	// cannot tell from a harmless one (a lawyer named in a plain
	// question); they set NeedsHuman and are not in Signals.
	Doubts map[Signal][]Span
	// Reach is the number of followers the customer states in the text
	// ("mijn 40.000 volgers": 40000), or 0.
	Reach int
	// Topics are the message's content words as stems, in text order:
	// the words of the topic vocabulary folded into their topic
	// ("pakket", "bezorger", "pakketbezorger": delivery), stop words left
	// out, place names kept.
	Topics []string
	// TopicSpans holds, per topic of the vocabulary (TopicNames), the
	// words that name it, in text order.
	TopicSpans map[string][]Span
	// Personal is set when the matter is the customer's own (an order, an
	// account, a refund); PersonalCues are the words that say so.
	Personal     bool
	PersonalCues []Span
	// Feeling is the customer's own feeling as they name it, one of
	// FeelingNames() ("upset": "heartbroken", "verdrietig"; "worried": "I'm
	// so worried", "ik maak me zorgen"), or "" when they name none; the
	// first of FeelingNames() the message has. FeelingSpan holds its words.
	// A draft picks it up instead of a stock feeling word.
	Feeling     string
	FeelingSpan Span
	// Name is the customer's name where they sign their message, or "".
	Name string
	// Signer is the name the customer signs with as a reply may greet
	// them: the name under a letter's closing ("Hoogachtend, mevr.
	// Visser"), else Name when a closing word or a marker stands right
	// before it ("Groet, Marieke", "- Marieke"); a bare last word ("…
	// Pathetic.") names nobody. The closings and marks are the languages'
	// letter_closings and sign_marks (tone/lexicon/facts.*.yaml).
	Signer string
	// Keywords are the stems of the message's content words.
	Keywords map[string]bool
	// Address is the customer's Dutch register from their own words, "je"
	// or "u" ("Geachte", "Hoogachtend" are u), or "".
	Address string
	// Age is the age the customer states ("Ik ben 79 en heb geen
	// computer", "I'm 82": 79, 82), the highest when they state several,
	// or 0. The words before it are the language's age_lead
	// (tone/lexicon/facts.*.yaml); a number over 110 is no age.
	Age int
	// Bereaved is set when the message tells of a death ("mijn moeder is
	// overleden", "the funeral"): the language's bereavement words.
	Bereaved bool
	// Relation is the relative or pet the customer names as theirs ("mijn
	// vader", "my dog's lead": "vader", "dog"), the first one, or "": the
	// language's relations after mijn, m'n, onze, my or our.
	Relation string
	// Formal is set when the message has a formal salutation or closing
	// ("Geachte", "Met vriendelijke groet", "Yours sincerely"): the
	// language's formal words.
	Formal bool
	// Letter is set when the message is written as a letter: a letter's
	// salutation or closing ("Geachte heer/mevrouw", "Hoogachtend", "Dear
	// Sir", "Yours faithfully"), the language's letter words. A letter is
	// formal too.
	Letter bool
	// Foreign is set when the message is in neither Dutch nor English
	// (French, German, Spanish): three or more of those languages'
	// function words (tone/lexicon/facts.other.yaml), and more of them
	// than Dutch and English ones. Lang is then the nearer of the two.
	Foreign bool
	// ContentWords counts the message's words of more than three letters:
	// "hmm ok." has none.
	ContentWords int
	// Calm is set when the message tells its matter without displeasure:
	// no negative words or emoji, insult, swearing, condemnation,
	// sarcasm, shouting, demand, grievance asked as a question or
	// escalation word.
	Calm bool
	// Cheerful is set when the message has positive words or a happy
	// emoji and nothing negative, asks nothing and has two content words
	// or more.
	Cheerful bool
	// ToDesk is set when the message is addressed to a support desk's
	// @handle ("@AppleSupport", "@AskPlayStation", "@comcastcares",
	// "@KPNwebcare") rather than to a brand's own account.
	ToDesk bool
	// Light is set when the message shows something (a photo or a link,
	// or an exclamation with a happy word), with nothing negative and
	// nothing asked: "Kijk wat ik vond!". "Haal dat weg!" is not light,
	// nor a photo sent to a support desk (ToDesk) without a happy word.
	Light bool
	// Shares is set when the message shares something cheerful without a
	// question mark: Cheerful, or a laugh or happy emoji (the language's
	// share words: "haha", "😂").
	Shares bool
	// Confirms is set when the message only confirms: at most four words,
	// all of the language's confirm words ("Klopt", "Correct, that's
	// it").
	Confirms bool
	// FromPress is set when the sender says they are a journalist asking
	// for themselves ("ik ben journalist", "I'm working on a story"), not
	// a customer who threatens to go to the press (SignalPress).
	FromPress bool
	// SentPrivately is set when the customer says they sent the details
	// in a private message ("heb je een DM gestuurd", "sent you a DM").
	SentPrivately bool
	// Hypothetical is set when the message asks about what might happen
	// ("als mijn pakket niet komt", "what happens if …"): no trouble told.
	Hypothetical bool
	// ChecksSender is set when the message asks whether a mail, text,
	// call or link is really ours ("Is deze mail echt van jullie?", "Is
	// this text from you?", the language's sender_check words), or
	// tells of one sent to someone who is no customer ("I'm not even a
	// customer", not_customer): a question, never a complaint about what
	// that message claims.
	ChecksSender bool
	// AsksRemoval is set when the customer asks to take a post down ("haal
	// dat weg", "delete this").
	AsksRemoval bool
	// NamesPersonalData is set when the message names a kind of personal
	// data ("huisadres", "phone number"), as one who sees theirs in a post.
	NamesPersonalData bool
	// ClosesThread is set when the message has thanks that close a
	// conversation ("ok bedankt", "thanks for your reply").
	ClosesThread bool
	// Loyal is set when the customer says how long they have been one
	// ("na 12 jaar", "trouwe klant", "customer for 10 years").
	Loyal bool
	// Acute is set when a hazard the message reports may still be going
	// on where the customer is: a smell of gas, smoke, fire, sparks
	// ("Ik ruik al de hele ochtend gas", "the charger was sparking").
	// Safety comes before anything else in the reply.
	Acute bool
	// AcuteKind names the kind of that danger: "gas", "co" or "fire" (the
	// language's acute kinds, the first found in their order), or "".
	AcuteKind string
	// HazardOver is set when the message says that acute danger has
	// passed ("brandweer is geweest, gelukkig niemand gewond", "the fire
	// is out"): no "get outside first", but don't use it again.
	HazardOver bool
	// Spam is set when the message advertises ("verdien €500 per dag
	// vanuit huis", "link in my bio"): there is nobody to help, and a
	// public reply only spreads it.
	Spam bool
	// Thread is set when the message answers a conversation under way:
	// it says so ("zelfde probleem", "as I said", "they have no info
	// either") or opens with an answer ("Nee, …", "Yes …", the
	// language's thread_start words). A reply reads the thread back
	// instead of asking what happened.
	Thread bool
	// EmergencyLine is set when the hazard a message reports is the
	// emergency number out of reach ("112 bellen lukt niet via jullie
	// netwerk", "I couldn't reach 999"): the reply says how to call for
	// help another way first.
	EmergencyLine bool
	// Witness is set when a safety message tells of harm or danger to
	// others: it names someone else (a woman, a cyclist, children), and
	// neither the customer nor a relative of theirs is in the sentences
	// of the danger ("een oud vrouwtje viel toen de tram hard
	// remde", "the driver was on his phone at a red light"): the reply
	// thanks them for reporting it instead of asking how they are.
	Witness bool
	// Resolved is set when the customer says the trouble is over ("alles
	// doet het weer", "it's working again", "netjes opgelost"): what
	// went wrong is told as the past, not as trouble to open with.
	Resolved bool
	// AsksWhy is set when the message asks why ("waarom", "hoe kan dat",
	// "how come").
	AsksWhy bool
	// Flemish is set when a message has a word only a Flemish customer
	// writes ("ge", "gij", "allez", "amai"; the flemish lists of
	// tone/lexicon/facts.*.yaml): a Dutch reply leaves out words of the
	// Netherlands ("Hoi", "balen").
	Flemish bool
	// ApologizesForAsking is set when the customer apologises for asking
	// ("sorry voor het storen", "sorry to bother you").
	ApologizesForAsking bool
	// Compromised is set when the message tells of a hack, fraud,
	// phishing, a data leak or theft ("mijn account is gehackt", "I got
	// scammed"): the language's compromised words. A reply that asks for
	// an account or order number then reads like phishing.
	Compromised bool
	// Takeover names what someone else is using that is the customer's,
	// as the message tells it: "account" ("iemand heeft ingelogd op mijn
	// account en mijn e-mailadres veranderd", "my account was hacked") or
	// "card" ("someone is using my card"), the language's takeover kinds,
	// in a sentence without a question mark; "" when it tells none. It is
	// to be made safe first; Compromised is set too.
	Takeover string
	// PostsOwnData is set when the message carries the customer's own
	// personal data: a phone number, an e-mail address, an IBAN, a BSN, a
	// date of birth or a street address (Analysis.Entities) that is
	// neither the company's nor masked, or the mark an export puts where
	// one was (the language's redacted marks, "__phone__"). In public it is
	// there for anyone to see.
	PostsOwnData bool
	// Matter names the kind of the customer's own matter the message is
	// about, as a next step finds it by an identifier: the kind whose word
	// comes first ("order" for "mijn pakket", "booking" for "my flight",
	// "login" for "wachtwoord"; the language's matters, compared as
	// stems), or "". Unlike Personal it says which kind, not whether the
	// matter is the customer's alone.
	Matter string
	// Things are the things the message names that a reply can name back
	// (the language's things: "pakket", "factuur", "flight"), in text
	// order, with how the customer marks each (Thing).
	Things []Thing
	// Situations are the places where the message says what went wrong in
	// one of the language's ways (its situations: "niet_binnen" for "nog
	// steeds niet binnen", "in_de_wacht" for "on hold"), in text order:
	// every place each phrase starts. FirstSituation, SituationNear and
	// ThingNear read them.
	Situations []Situation
	// Vital is set when one of the Situations leaves the household
	// without what it cannot do without: heating, power, gas, water, or a
	// home free of mould ("de cv doet het al drie dagen niet", "no power
	// since Monday"; the language's vital situations). With a vulnerable
	// household (Vulnerable) it cannot wait.
	Vital bool
	// wordSentences are the sentence of each of the message's words.
	wordSentences []int
	// Colleague is the colleague the customer names, by name or by role
	// ("compliment voor Sanne", "the driver was lovely"), or the zero
	// value.
	Colleague Colleague
	// Lasted is how long the matter has gone on, as the message says it
	// first: "sinds maandag", "drie dagen", "2 weeks" (the language's
	// durations words); the zero value when it says none.
	Lasted Lasted
	// Vulnerable names the kind of vulnerable household the message
	// tells of: "baby", "older", "ill", "asthma" or "medical" (the language's
	// vulnerable words: "een baby van 3 weken", "my husband is on
	// oxygen"), "older" also for a stated age of 75 or more of the
	// customer or a relative ("mijn moeder van 91"); "" when it tells of
	// none. It is a fact of the words: whether it makes the matter urgent
	// (no heating, power or water) is the reply's to weigh.
	Vulnerable string
	// Again is how often it has now gone wrong, as the message counts
	// it: "derde" and "deze maand" of "voor de derde keer deze maand",
	// "4th" of "the 4th time" (the language's recurrence words); the
	// zero value when it counts none.
	Again Recurrence
	// Grave names the kind of complaint that is never small the message
	// has a word of ("discriminatie", "abuse", "assistance"), the most
	// specific first (the language's grave list), or "". It is a fact of
	// the words: whether the message complains is Complaint's to say.
	Grave string
	// features are the values the model read the message with (Feature).
	features [numFeatures]float64
	// thanksAnswer is set where thanks open an answer in a conversation
	// (thanksThenAnswer): no closing of the thread.
	thanksAnswer bool
}

// Colleague is a member of staff a customer names: by name ("Sanne",
// "Priya"), or by the word of their role as the customer wrote it
// ("conducteur", "driver") when they give no name.
type Colleague struct {
	Name string
	Role string
	// Praised is set when the message thanks them or says what they did
	// for the customer or how they were ("compliment voor Sanne", "Priya
	// on the helpline sorted it", "Mehmet bij de kassa was zo geduldig"),
	// not only where they work.
	Praised bool
}

// Lasted is a duration a customer states: Since the words of a start
// ("sinds maandag", "since Monday"), or an Amount and a Unit ("drie",
// "dagen"; "2", "weeks").
type Lasted struct {
	Since  string
	Amount string
	Unit   string
}

// Recurrence is a count a customer states of how often it went wrong:
// the ordinal as written ("derde", "3e", "fourth") and the period after
// it ("deze maand", "in a row"), or "".
type Recurrence struct {
	Nth    string
	Period string
}

// Weighed is one feature's part in a reading: its name (FeatureNames), its
// weight times its value, and the first words that gave it.
type Weighed struct {
	Feature string
	Weight  float64
	Span    Span
}

// Signal is something in a customer's message that triage routes on.
type Signal string

// Signals of a customer's message.
const (
	// SignalSarcasm: irony that turns praise into a complaint ("thanks for
	// nothing", "gotta love", "Dank je wel dat mijn trein alweer is
	// uitgevallen", 🙃).
	SignalSarcasm Signal = "sarcasm"
	// SignalAbuse: insults aimed at people or the company ("bunch of
	// crooks", "KUTBEDRIJF", "your support sucks"); a mild exclamation
	// ("damn", "verdorie") is not.
	SignalAbuse Signal = "abuse"
	// SignalPrivacy: someone else's data, unknown logins, a data leak, a
	// breach (SignalBreach is privacy too; these count towards a
	// complaint), or a GDPR/AVG request (which does not by itself).
	SignalPrivacy Signal = "privacy"
	// SignalSafety: a hazard, an injury or spoiled food (SignalHazard,
	// SignalInjury or SignalSpoiled).
	SignalSafety Signal = "safety"
	// SignalHazard: a product or place that can harm: glass in food, fire,
	// gas, an allergic reaction.
	SignalHazard Signal = "hazard"
	// SignalInjury: someone got hurt: fell, cut, hospital.
	SignalInjury Signal = "injury"
	// SignalSpoiled: food that went off before its date: mould on the
	// bread, mouldy fruit. A safety matter for the reading (SignalSafety),
	// but a quality complaint for triage, not a hazard to every buyer.
	SignalSpoiled Signal = "spoiled"
	// SignalLegal: a lawyer, court, police, a regulator.
	SignalLegal Signal = "legal"
	// SignalPress: journalists, the papers, consumer programmes.
	SignalPress Signal = "press"
	// SignalViral: the matter spreads: retweets, views, trending.
	SignalViral Signal = "viral"
	// SignalChurn: the customer means to leave: switch, cancel, never buy
	// again ("I'm switching to …", "ik zeg mijn abonnement op"); not in
	// praise, and in a question only with a complaint.
	SignalChurn Signal = "churn"
	// SignalOutage: a service is down: no internet, no power, the network
	// or an app out, trains halted (one household or many; SignalWidespread
	// says it is wide).
	SignalOutage Signal = "outage"
	// SignalBreach: the company was hacked or leaked data.
	SignalBreach Signal = "breach"
	// SignalWidespread: the matter reaches far beyond this customer: the
	// whole country or network, everyone, thousands of passengers.
	SignalWidespread Signal = "widespread"
	// SignalRecall: a product recall.
	SignalRecall Signal = "recall"
	// SignalBusiness: a business customer ("my business", "zakelijk").
	SignalBusiness Signal = "business"
	// SignalReach: the customer states a large following in the text
	// (Message.Reach).
	SignalReach Signal = "reach"
)

// Has reports whether the message raises a signal.
func (m *Message) Has(s Signal) bool { return m != nil && len(m.Signals[s]) > 0 }

// ReadMessage reads a customer's message in the language ("nl", "en" or ""
// to detect it). It never fails; an empty text reads as other, unsure.
func ReadMessage(text, lang string) *Message {
	sc := readingScratches.Get().(*readingScratch)
	m := readMessage(sc.analysis(text, lang))
	sc.keep()
	readingScratches.Put(sc)
	return m
}

// readingScratch is the memory a reading makes and drops (the analysis,
// its tokens and stems, the message's words, the lexicon's hits), kept
// for the next reading: a Message holds none of it.
type readingScratch struct {
	a      Analysis
	tokens []Token
	stems  []string
	mw     messageWords
	mwUsed bool
	hits   []Hit
	// spans is the memory of the features' first spans (features.arena).
	spans []Span
	// topicAt and topics are the memory of the topics' phrases and of
	// all the topic hits (topicHits), which the reading drops once it
	// has the topics and their spans.
	topicAt, topics []Hit
}

var readingScratches = sync.Pool{New: func() any { return new(readingScratch) }}

// analysis returns the reading's analysis of text (readingAnalysis) in
// the scratch's memory.
func (sc *readingScratch) analysis(text, lang string) *Analysis {
	sc.a = Analysis{Text: text, scratch: sc}
	sc.mwUsed = false
	a := &sc.a
	a.Tokens = tokenizeInto(sc.tokens[:0], text)
	sc.stems = slices.Grow(sc.stems[:0], len(a.Tokens))[:len(a.Tokens)]
	clear(sc.stems)
	a.stems = sc.stems
	return readingAnalysisOf(a, lang)
}

// keep keeps the memory the reading grew for the next one.
func (sc *readingScratch) keep() {
	sc.tokens = sc.a.Tokens
	sc.a = Analysis{}
}

// readKept reads the message of a, an analysis its caller keeps (Analyze,
// AnalyzeIncoming), with a pooled scratch for the memory the reading makes
// and drops: the customer lexicon's hits, the features' first spans and
// the message's words. The analysis' own memory (tokens, stems) stays its
// own, and it holds no scratch afterwards.
func readKept(a *Analysis) *Message {
	sc := readingScratches.Get().(*readingScratch)
	sc.mwUsed = false
	a.scratch = sc
	m := readMessage(a)
	a.scratch = nil
	readingScratches.Put(sc)
	return m
}

// readingAnalysis is the part of an analysis the reading needs: tokens,
// sentences, language, address and entities, without the reply lexicon's
// hits.
func readingAnalysis(text, lang string) *Analysis {
	a := &Analysis{Text: text}
	a.Tokens = tokenizeText(text)
	return readingAnalysisOf(a, lang)
}

// readingAnalysisOf is readingAnalysis of a, whose Text and Tokens are
// set.
func readingAnalysisOf(a *Analysis, lang string) *Analysis {
	text := a.Text
	classifyTokens(a.Tokens)
	a.Sentences = segmentSentences(text, a.Tokens)
	a.Lang, a.LangDetected = lang, false
	if lang != "nl" && lang != "en" {
		a.Lang, a.LangDetected = incomingLang(a.Tokens), true
	}
	respell(a)
	if a.Lang == "nl" {
		a.Address = findAddress(a.Tokens)
	}
	a.Entities = findEntities(text, a.Tokens)
	markCompanyContacts(a)
	return a
}

// analyzeIncoming analyses a customer's message, detecting its language
// as incomingLangOr does; context ("nl" or "en", the reply's language)
// decides a message too short to tell ("ok", "hmm").
func (an *Analyzer) analyzeIncoming(text, lang, context string) *Analysis {
	if lang != "nl" && lang != "en" {
		tokens := tokenizeText(text)
		classifyTokens(tokens) // for the language and the reading
		return an.analyzeTokens(text, tokens, incomingLangOr(tokens, context))
	}
	return an.analyzeText(text, lang)
}

// AnalyzeIncoming analyses a customer's message on its own, with the
// analyzer's lexicons, and reads it once (Analysis.Message): for a
// consumer such as triage that needs both the hits of its own words and
// the shared reading. lang is "nl", "en" or "" to detect it (Dutch when
// nothing tells).
func (an *Analyzer) AnalyzeIncoming(text, lang string) *Analysis {
	a := an.analyzeIncoming(text, lang, "")
	a.LangDetected = lang != "nl" && lang != "en"
	a.Input = Input{Text: text, Channel: ChannelPublic, Kind: KindReply}
	a.Message = readKept(a)
	return a
}

// incomingLang detects the language of a customer's message, Dutch when
// nothing tells.
func incomingLang(tokens []Token) string { return incomingLangOr(tokens, "nl") }

// incomingLangOr detects the language of a customer's message. Short
// messages often have no function words ("Horrible customer service!",
// "@AppleSupport iPhone 8 :)"): with none at all, the language's hints
// among its words and the parts of its @handles decide (hintedLang); when
// those tie, the words the two sentiment lexicons know decide, and when
// those tie too ("ok", "hmm", "?"), fallback does ("nl" unless it is
// "en").
func incomingLangOr(tokens []Token, fallback string) string {
	nl, en := langVotes(tokens)
	switch {
	case en > nl:
		return "en"
	case nl > en:
		return "nl"
	case nl == 0 && hintedLang(tokens) == "en":
		return "en"
	}
	sEN, sNL := sentimentLexicon("en"), sentimentLexicon("nl")
	for _, t := range tokens {
		if t.Kind != Word && t.Kind != Hashtag || len(t.Lower) < 3 {
			continue
		}
		w := matchKey(t)
		inEN, inNL := sEN.scores.has(w), sNL.scores.has(w)
		switch {
		case inEN && !inNL:
			en++
		case inNL && !inEN:
			nl++
		}
	}
	switch {
	case en > nl:
		return "en"
	case nl > en:
		return "nl"
	case fallback == "en":
		return "en"
	}
	return "nl"
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// thanksForFixBelow is the complaint probability under which thanks and
// praise for a problem put right are read as praise.
const thanksForFixBelow = 0.5

// feelingNames are the feelings Message.Feeling names, strongest first:
// when a message names two ("so disappointed … heartbroken"), the first
// of these is its feeling. The customer lexicons have a category
// "feeling-" + name for each.
var feelingNames = []string{"upset", "worried", "stressed", "angry", "disappointed"}

// FeelingNames returns the feelings Message.Feeling names, strongest
// first (a copy: "upset", "worried", "stressed", "angry",
// "disappointed").
func FeelingNames() []string { return slices.Clone(feelingNames) }

// feelingPrefix starts the customer lexicons' categories of Message.Feeling.
const feelingPrefix = "feeling-"

// plainPraise is the sum of warm words that makes a message praise when
// nothing of trouble, displeasure or waiting is beside them.
const plainPraise = 1.0

// readMessage reads a customer's message off its analysis.
func readMessage(a *Analysis) *Message {
	if len(a.Tokens) > 0 && a.Tokens[0].cls == 0 {
		classifyTokens(a.Tokens)
	}
	rateTokens(a.Tokens, sentimentLexicon(a.Lang))
	m := &Message{Keywords: make(map[string]bool, contentWordCount(a)), Signals: map[Signal][]Span{}}
	var fv features // on the stack: a reading makes one and drops it
	f := &fv
	f.read(a)
	m.features = f.x
	model := builtinModel()
	p := model.Probability(f.x[:])
	m.Complaint = p >= model.Threshold
	// A polite question about one problem asks rather than complains
	// (RULES.md: a question needs no apology): "Kunt u mij vertellen
	// waarom mijn rekening niet meer zichtbaar is?". Anger, sarcasm,
	// waiting or a second problem make it a complaint again, and so does
	// a model that is sure.
	if m.Complaint && PoliteAskOutweighs(p) && f.politeAsk {
		m.Complaint = false
	}
	m.Confidence = p
	if !m.Complaint {
		m.Confidence = 1 - p
	}
	m.Why = weighed(model, f, m.Complaint)
	fr := readFactLists(a)
	m.FromPress = fr.has[factPressSender]

	sig := map[string][]Span{}
	var topicAt []Hit
	if sc := a.scratch; sc != nil {
		topicAt = sc.topicAt[:0]
	}
	var churnAsked []Span // churn words in a sentence that asks ("Can I switch to …?")
	for _, h := range f.hits {
		if h.Quoted && !strings.HasPrefix(h.Category, topicPrefix) {
			continue // the company's words quoted back; a topic still counts
		}
		switch {
		case h.Category == "churn" && f.asked(h.Sentence):
			churnAsked = append(churnAsked, h.Span)
		case h.Category == "legal" && f.asked(h.Sentence):
			continue // asked about: a doubt or, in a complaint, the signal (below)
		case h.Category == "whole-place":
			// "Heel Rotterdam-Zuid", "the whole of Leeds": a place name
			// after the words of a whole is widespread; "heel erg" is not.
			if placeName(a, h.Last-1) {
				sig["widespread"] = append(sig["widespread"], h.Span)
			}
		case h.Category == "place-range":
			// "van Groningen tot Maastricht": a stretch between two
			// places; "van maandag tot vrijdag" is a time.
			if placeName(a, h.First+1) && placeName(a, h.Last-1) {
				sig["widespread"] = append(sig["widespread"], h.Span)
			}
		case h.Category == "personal":
			m.PersonalCues = append(m.PersonalCues, h.Span)
		case strings.HasPrefix(h.Category, feelingPrefix):
			if name := h.Category[len(feelingPrefix):]; m.Feeling == "" || slices.Index(feelingNames, name) < slices.Index(feelingNames, m.Feeling) {
				m.Feeling, m.FeelingSpan = name, h.Span
			}
		case strings.HasPrefix(h.Category, topicPrefix):
			topicAt = append(topicAt, h)
		default:
			if _, ok := signalOf(h.Category); ok {
				sig[h.Category] = append(sig[h.Category], h.Span)
			}
		}
	}
	m.Personal = len(m.PersonalCues) > 0

	qmark := f.x[featQuestion] > 0
	asks := qmark || f.x[featQuestionStart] > 0 || f.x[featInfoRequest] > 0 || f.requests > 0
	// Praise needs words of thanks or praise, or a happy emoji; kind
	// words around a request ("Hi friends, I need help") are no compliment.
	// Kind words that are part of a formula ("Met vriendelijke groet",
	// "Kind regards", "alvast bedankt") are manners, not praise: a formal
	// request or letter that closes kindly is no compliment.
	// Warm words with nothing of trouble beside them ("Good call,
	// delicious burrito as always!", "Chipotle is honestly a blessing")
	// praise too, at a lower sum than warm words beside trouble.
	untroubled := !slices.ContainsFunc(troubleFeatures, func(k int) bool { return f.x[k] > 0 }) &&
		!slices.ContainsFunc(displeasedFeatures, func(k int) bool { return f.x[k] > 0 }) && f.x[featWaiting] == 0
	positive := praiseOutsideFormulas(f) || f.x[featPosEmoji] > 0 ||
		(f.x[featPositive] >= 1.5 || f.x[featPositive] >= plainPraise && untroubled) && !asks
	if positive && f.x[featPraise] == 0 && f.x[featPosEmoji] == 0 && f.x[featResolved] == 0 &&
		slices.ContainsFunc(displeasedFeatures, func(k int) bool { return f.x[k] > 0 }) && thanksOnlyClose(a, f) {
		// "… had nothing to do with comfort class, so please none of
		// these as an excuse! Thanks": thanks that only close a displeased
		// message are manners, not praise. A problem put right ("Restarting
		// does resolve the issue. Thanks.") is still thanked for.
		positive = false
	}
	// Nothing to read: a short message with no feature of the model that
	// tells nothing of its own ("hmm ok.", "?", a lone emoji, "zie mijn
	// vorige bericht"); "Done." and "I have not" answer in a thread.
	unclear := nothingToRead(f) && tellsNothing(a, fr)
	// A journalist who asks for comment reports other people's grievance:
	// it is no complaint of theirs to apologise for but a question (the
	// press signal holds the reply for the spokesperson), decided before
	// the signals' gates read the intent: the lawyer in "Klopt het dat
	// klanten hun advocaat inschakelen?" is reported, not threatened. A
	// reporter who only tells, without asking, keeps the model's reading.
	asksOnly := m.FromPress && m.Complaint && asks
	// "Is deze mail echt van jullie? Er staat dat mijn rekening is
	// geblokkeerd": the customer checks a message that may be phishing;
	// the trouble it tells is the message's claim, not theirs. A question
	// to answer (don't click, how to check), no complaint.
	media := fr.fw.words["sender_media"]
	// Someone who is no customer and gets a mail or text "from us" checks
	// its sender whether they ask or not.
	m.ChecksSender = (fr.has[factSenderCheck] && qmark || fr.has[factNotCustomer]) && slices.ContainsFunc(a.Tokens, func(t Token) bool { return media[t.Lower] })
	if m.ChecksSender && m.Complaint {
		asksOnly = true
	}
	// An incident nobody at the company caused, with a question what to
	// do, asks for advice (asksAdvice).
	if m.Complaint && asksAdvice(f) {
		asksOnly = true
	}
	// Thanks and praise, asking nothing and without irony, in a message
	// the model only just hears as a complaint: a problem told as the past
	// that the company put right ("Pakket was eerst zoek, maar jullie
	// hebben het toch gevonden. Dank jullie wel"). Praise, no apology.
	thanksForFix := m.Complaint && !asksOnly && p < thanksForFixBelow && f.x[featGratitude] > 0 && f.x[featPraise] > 0 &&
		f.x[featQuestion] == 0 && f.x[featSarcasm] == 0 && f.x[featIronicThanks] == 0
	if asksOnly || thanksForFix {
		m.Complaint = false
		m.Confidence = 1 - p
		m.Why = weighed(model, f, false)
	}
	switch {
	case thanksForFix:
		m.Intent = IntentCompliment
		m.Cues = spansOf(f, featGratitude, featPraise, featPosEmoji)
	case asksOnly:
		m.Intent = IntentQuestion
		m.Cues = spansOf(f, featQuestionStart, featInfoRequest, featQuestion, featPoliteness)
	case m.Complaint:
		m.Intent = IntentComplaint
		for _, w := range m.Why {
			if w.Weight > 0 {
				m.Cues = append(m.Cues, f.spans[featureIndex(w.Feature)]...)
			}
		}
	case unclear:
		// "?", "Dus dat was het dan?", "Yes": no question a person could
		// answer without the thread; other, for a person to read.
		m.Intent = IntentOther
	case thanksThenAnswer(a, f):
		// "Thanks, they are #0C2340 and #003B49", "Bedankt, mijn
		// ordernummer is 4471203": the thanks open an answer in the
		// conversation; the answer is what to read on.
		m.Intent = IntentOther
		m.Thread, m.thanksAnswer = true, true
	case positive && !qmark:
		m.Intent = IntentCompliment
		m.Cues = spansOf(f, featGratitude, featPraise, featPosEmoji)
	case asks:
		m.Intent = IntentQuestion
		m.Cues = spansOf(f, featQuestionStart, featInfoRequest, featQuestion, featPoliteness)
	case positive:
		m.Intent = IntentCompliment
		m.Cues = spansOf(f, featGratitude, featPraise, featPosEmoji)
	default:
		m.Intent = IntentOther
	}
	m.Cues = sortSpans(m.Cues)
	// Unsure: the model is close to its threshold, or the message gives
	// nothing to read ("hmm ok.", "?", a lone emoji). A model just over
	// or just under its threshold on a polite question about one problem
	// is no doubt: the question decides ("Ik ben in gebreke gebleven, kan
	// ik een regeling treffen?"), or agrees.
	m.NeedsHuman = math.Abs(p-model.Threshold) < model.UnsureMargin && !f.politeAsk || unclear

	// Signals, with the gates of context: praise that mentions the press
	// or a lawyer is no threat; leaving is a threat unless the message
	// praises, and asked about ("How do I cancel?") only in a complaint.
	if m.Admits(SignalChurn, true) {
		sig["churn"] = append(sig["churn"], churnAsked...)
	}
	// A lawyer, a court or the police named in a question outside a
	// complaint may be a threat ("Moet ik eerst naar de
	// Geschillencommissie?") or an errand ("Can my lawyer pick up the
	// parcel?"): the reading cannot tell, so a person looks and the words
	// are a doubt, not the signal.
	if m.Complaint {
		sig["legal"] = append(sig["legal"], f.legalAsked...)
	} else if len(f.legalAsked) > 0 && m.Intent != IntentCompliment && !m.FromPress {
		if m.Doubts == nil {
			m.Doubts = map[Signal][]Span{}
		}
		m.Doubts[SignalLegal] = append(m.Doubts[SignalLegal], f.legalAsked...)
		m.NeedsHuman = true
	}
	for cat, spans := range sig {
		s, ok := signalOf(cat)
		if !ok {
			continue
		}
		if cat == "privacy-request" {
			// A request about one's own data or a warning of phishing is
			// privacy in any tone, also with a kind closing.
			m.Signals[SignalPrivacy] = append(m.Signals[SignalPrivacy], spans...)
			continue
		}
		if !m.Admits(s, false) {
			continue
		}
		m.Signals[s] = append(m.Signals[s], spans...)
	}
	if m.Complaint {
		m.Signals[SignalSarcasm] = append(m.Signals[SignalSarcasm], f.spans[featIronicThanks]...)
		for _, sp := range f.spans[featSarcasm] {
			if !containsSpan(m.Signals[SignalSarcasm], sp) {
				m.Signals[SignalSarcasm] = append(m.Signals[SignalSarcasm], sp)
			}
		}
	}
	m.Signals[SignalSafety] = slices.Concat(m.Signals[SignalHazard], m.Signals[SignalInjury], m.Signals[SignalSpoiled])
	// A breach (the company hacked, customers' data on a forum) is a
	// privacy incident too, of many at once.
	for _, sp := range m.Signals[SignalBreach] {
		if !containsSpan(m.Signals[SignalPrivacy], sp) {
			m.Signals[SignalPrivacy] = append(m.Signals[SignalPrivacy], sp)
		}
	}
	if reach, sp := statedReach(a); reach > 0 {
		m.Reach = reach
		m.Signals[SignalReach] = []Span{sp}
	}
	for s, spans := range m.Signals {
		if len(spans) == 0 {
			delete(m.Signals, s)
		} else {
			m.Signals[s] = sortSpans(spans)
		}
	}

	// The customer's own sign-off, if any, names them.
	if so := findSignOff(a); so.Found && !so.Team {
		m.Name = so.Name
	}
	phrases := topicAt
	topicAt = topicHits(a, phrases)
	m.TopicSpans = topicSpans(topicAt)
	m.Topics = topics(a, topicAt, m.Keywords)
	if sc := a.scratch; sc != nil {
		sc.topicAt, sc.topics = phrases[:0], topicAt[:0]
	}
	m.Address = customerAddress(a)
	readFacts(m, a, f.hits, fr)
	m.Resolved = f.x[featResolved] > 0
	return m
}

// signalOf returns the signal the hits of a customer lexicon category
// raise, if any. Abuse is name-calling aimed at people or the company, or
// a strong curse ("fuck", "kanker"); a mild exclamation ("damn",
// "verdorie", "wtf") is a feature of the complaint, not abuse. A request
// about one's own data ("privacy-request") is privacy in any tone.
func signalOf(cat string) (Signal, bool) {
	switch cat {
	case "insult", "curse":
		return SignalAbuse, true
	case "sarcasm":
		return SignalSarcasm, true
	case "privacy-request":
		return SignalPrivacy, true
	case "privacy", "hazard", "injury", "spoiled", "legal", "press", "viral", "outage", "widespread", "breach", "recall", "churn", "business":
		return Signal(cat), true
	}
	return "", false
}

// Admits reports whether a word of signal s counts in this message: the
// gates of context the reading applies to its own signal words, and
// triage to a team's extra ones. Praise that mentions the press, a lawyer,
// privacy, an outage that is over or leaving is no threat; sarcasm needs a
// complaint; leaving asked about in a sentence with a question mark
// (asked: "How do I cancel?") counts only in a complaint.
func (m *Message) Admits(s Signal, asked bool) bool {
	switch s {
	case SignalPress, SignalViral, SignalLegal, SignalPrivacy, SignalOutage, SignalChurn:
		if m.Intent == IntentCompliment {
			return false
		}
	case SignalSarcasm:
		return m.Complaint
	}
	return s != SignalChurn || !asked || m.Complaint
}

// placeName reports a word that starts with a capital and is not the
// first word of its sentence: "Rotterdam-Zuid" in "Heel Rotterdam-Zuid".
func placeName(a *Analysis, i int) bool {
	if i < 0 || i >= len(a.Tokens) || a.Tokens[i].Kind != Word {
		return false
	}
	if si := sentenceAt(a, i); si >= 0 && a.Sentences[si].First == i {
		return false
	}
	r, _ := utf8.DecodeRuneInString(a.Tokens[i].Text)
	return unicode.IsUpper(r)
}

// SentenceAsks reports a question mark in sentence si of the analysis.
func (a *Analysis) SentenceAsks(si int) bool { return sentenceHasQuestionMark(a, si) }

// sentenceHasQuestionMark reports a "?" in sentence si.
func sentenceHasQuestionMark(a *Analysis, si int) bool {
	if si < 0 || si >= len(a.Sentences) {
		return false
	}
	s := a.Sentences[si]
	return hasQuestionMark(a.Tokens[s.First:s.Last])
}

// nothingToRead reports a short message (five words at most) without any
// evidence: no feature fired beyond length, pronouns, a question mark and
// a greeting ("hmm ok.", "?", "zie mijn vorige bericht").
func nothingToRead(f *features) bool {
	if f.words > 5 {
		return false
	}
	if f.words == 0 {
		return true // a lone emoji ("👍", "😐"): to what, a person reads the thread
	}
	for k := range numFeatures {
		switch k {
		case featLength, featFirstPerson, featQuestion, featLink, featWords:
			continue
		case featPoliteness:
			if f.requests == 0 {
				continue
			}
		}
		if f.x[k] != 0 {
			return false
		}
	}
	return true
}

// praiseOutsideFormulas reports words of thanks or praise that are not
// inside a greeting or a polite formula ("met vriendelijke groet",
// "alvast bedankt").
func praiseOutsideFormulas(f *features) bool {
	var formulas []Span
	for _, h := range f.hits {
		if h.Category == "greeting" || h.Category == "politeness" {
			formulas = append(formulas, h.Span)
		}
	}
	for _, k := range []int{featGratitude, featPraise} {
		if f.x[k] == 0 {
			continue
		}
		if len(f.spans[k]) == 0 {
			return true // counted without words to point at
		}
		for _, sp := range f.spans[k] {
			if !containsSpan(formulas, sp) {
				return true
			}
		}
	}
	return false
}

// PushesBack reports a message a reply could defend itself against, as
// the reading has it: a complaint, or a message that is not calm
// (displeasure, sarcasm, a demand) though the reading hears no complaint,
// no question and no praise in it ("Oh, so earlier you actually meant the
// same email CAN'T be used. Gotcha!!").
func (m *Message) PushesBack() bool {
	return m.Complaint || !m.Calm && m.Intent != IntentCompliment && m.Intent != IntentQuestion
}

// thanksOnlyClose reports a message of more than one sentence whose
// thanks all stand in its short last one (closingThanks): "… So please
// none of these as an excuse! Thanks", "… still no refund. Thank you.".
func thanksOnlyClose(a *Analysis, f *features) bool {
	if len(f.spans[featGratitude]) == 0 || len(a.Sentences) < 2 {
		return false
	}
	return !slices.ContainsFunc(f.hits, func(h Hit) bool { return h.Category == "gratitude" && !closingThanks(a, h) })
}

// thanksThenAnswer reports a message that opens with thanks and goes on
// to tell something else, with no other word of praise or warmth and no
// trouble, question or demand: an answer in a conversation under way
// ("Thanks, they are #0C2340 and #003B49", "Thank you, call me tomorrow
// at 3 pm", "Bedankt, mijn ordernummer is 4471203"). Thanks for
// something ("Thanks for the quick reply"), praise beside them ("Thanks,
// you were great"), a problem put right and bare thanks ("Thank you!")
// are no such answer.
func thanksThenAnswer(a *Analysis, f *features) bool {
	thanks := f.spans[featGratitude]
	if len(thanks) == 0 || f.x[featPraise] > 0 || f.x[featPosEmoji] > 0 || f.x[featResolved] > 0 ||
		f.x[featQuestion] > 0 || f.x[featInfoRequest] > 0 || f.x[featDemand] > 0 || f.x[featIronicThanks] > 0 ||
		f.x[featSarcasm] > 0 || slices.ContainsFunc(troubleFeatures, func(k int) bool { return f.x[k] > 0 }) {
		return false
	}
	for _, sp := range f.spans[featPositive] {
		if !containsSpan(thanks, sp) {
			return false // warmth of its own beside the thanks
		}
	}
	first := -1 // the first word, past handles
	for i, t := range a.Tokens {
		if t.Kind == Word {
			first = i
			break
		}
	}
	if first < 0 || !containsSpan(thanks[:1], a.Tokens[first].Span) {
		return false
	}
	// What the thanks are for ("Thanks for the help") makes them the
	// message; something said after them is the answer.
	thanksFor := factLexicon(a.Lang).words["thanks_for"]
	rest := 0
	for _, t := range a.Tokens[first+1:] {
		switch {
		case containsSpan(thanks, t.Span):
		case t.Kind == Word && thanksFor[t.Lower]:
			return false
		case t.Kind == Word && len([]rune(t.Lower)) > 3 || t.Kind == Number || t.Kind == Hashtag:
			rest++ // a word of its own, as contentWords counts them
		}
	}
	return rest >= 2
}

// asksAdvice reports a message that tells of an incident that is nobody's
// doing at the company (a gas smell at home, a stranger in the customer's
// account, a recall or a hack they read about: the lexicon's "no-fault")
// and asks what to do about it ("advice"): "Ik ruik gas bij de meterkast.
// Moet ik jullie bellen of de netbeheerder?". It needs advice, not an
// apology (testdata/customer/README.md: a gas-smell or recall question is
// no complaint). Blame in any form keeps the complaint: trouble told as a
// fact, anger, a demand, waiting, an injury, spoiled food, irony.
func asksAdvice(f *features) bool {
	var advice, noFault []Span // in text order, as the hits come
	for _, h := range f.hits {
		switch {
		case h.Quoted:
		case h.Category == "advice" || h.Category == "help-request":
			advice = append(advice, h.Span)
		case h.Category == "no-fault" || h.Category == "recall":
			// A recall is the company's own warning, no fault told.
			noFault = append(noFault, h.Span)
		}
	}
	if len(advice) == 0 || len(noFault) == 0 || f.stated > 0 || f.charged || blame(f) > 0 {
		return false
	}
	inAdvice, inNoFault := overlapCursor(advice), overlapCursor(noFault)
	for _, h := range f.hits {
		switch h.Category {
		case "mismatch", "duplicate", "injury", "spoiled", "curse", "legal", "churn", "press", "viral":
			return false
		case "dissatisfaction", "grievance-question":
			// "Dat was ik echt niet", "Wat moet ik nu doen?": the
			// incident's own words or the question for advice.
			if !inAdvice(h.Span) && !inNoFault(h.Span) {
				return false
			}
		}
	}
	return true
}

// overlapCursor returns a test whether a span overlaps one of spans (in
// text order), asked with spans in text order: it walks spans once over
// all the questions, so a long message costs linear time.
func overlapCursor(spans []Span) func(Span) bool {
	i := 0
	return func(sp Span) bool {
		for i < len(spans) && spans[i].End <= sp.Start {
			i++
		}
		for k := i; k < len(spans) && spans[k].Start < sp.End; k++ {
			if spans[k].End > sp.Start {
				return true
			}
		}
		return false
	}
}

// blame sums the features of anger and irony a message carries: insults,
// condemnation, demands, swearing, sarcasm, thanks about a failure and
// waiting. Any of them keeps a question or a request for advice a
// complaint.
func blame(f *features) float64 {
	return f.x[featInsult] + f.x[featCondemn] + f.x[featDemand] + f.x[featProfanity] +
		f.x[featSarcasm] + f.x[featIronicThanks] + f.x[featWaiting]
}

// politeAskCeiling is the probability from which a polite question about
// one problem still reads as a complaint.
const politeAskCeiling = 0.85

// PoliteAskOutweighs reports whether a polite question about one problem
// (ModelInput.PoliteAsk) outweighs the complaint model's probability p:
// it does below politeAskCeiling, where the model is not sure.
func PoliteAskOutweighs(p float64) bool { return p < politeAskCeiling }

// politeAsk reports a question or request, asked politely or as a plain
// information question, about at most one problem and with no sign of
// anger, irony, waiting or a grievance asked as a question.
func politeAsk(f *features) bool {
	asks := f.x[featQuestion] > 0 || f.requests > 0
	polite := f.requests > 0 || f.x[featInfoRequest] > 0 || f.x[featQuestionStart] > 0
	strong := blame(f) + f.x[featDissatisfaction] + f.x[featGrievanceQuestion] + f.x[featNegEmoji] + f.x[featShout]
	for _, h := range f.hits {
		switch h.Category {
		case "legal", "press", "churn", "privacy", "hazard", "injury", "breach", "recall", "viral", "outage", "widespread":
			strong++
		}
	}
	strong -= float64(len(f.legalAsked)) // a lawyer named in a question is a doubt, not a threat
	// A customer who asks how to put it right themselves ("How can I
	// correct this?") asks, even about two problems.
	problems := f.x[featFailure] + f.x[featProblem]
	if f.charged {
		strong++ // money taken twice is a grievance, however politely asked
	}
	return asks && polite && strong == 0 && (f.stated == 0 || f.x[featLaugh] > 0) && (problems <= 1 || problems <= 2 && f.x[featInfoRequest] > 0)
}

// weighed returns the features that pushed towards the answer, heaviest
// first, at most four.
func weighed(model *ComplaintModel, f *features, complaint bool) []Weighed {
	counts := func(k int) bool {
		c := model.w[k] * f.x[k]
		return c != 0 && (c > 0) == complaint && k != featLength
	}
	n := 0
	for k := range numFeatures {
		if counts(k) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Weighed, 0, n)
	for k := range numFeatures {
		if !counts(k) {
			continue
		}
		w := Weighed{Feature: featureNames[k], Weight: model.w[k] * f.x[k]}
		if len(f.spans[k]) > 0 {
			w.Span = f.spans[k][0]
		}
		out = append(out, w)
	}
	// Heaviest first, then by name: a total order (names differ), so the
	// result does not depend on the sort.
	slices.SortFunc(out, func(a, b Weighed) int {
		if x, y := math.Abs(a.Weight), math.Abs(b.Weight); x != y {
			return cmp.Compare(y, x)
		}
		return strings.Compare(a.Feature, b.Feature)
	})
	if len(out) > 4 {
		out = out[:4]
	}
	return out
}

func featureIndex(name string) int {
	for i, n := range featureNames {
		if n == name {
			return i
		}
	}
	return -1
}

func spansOf(f *features, ks ...int) []Span {
	var out []Span
	for _, k := range ks {
		out = append(out, f.spans[k]...)
	}
	return out
}

func containsSpan(list []Span, sp Span) bool {
	for _, s := range list {
		if s.Start <= sp.Start && sp.End <= s.End {
			return true
		}
	}
	return false
}

// sortSpans sorts spans by position and drops repeats and spans inside
// the one before.
func sortSpans(spans []Span) []Span {
	// A span equal to another is the same value: no order of the two
	// shows.
	slices.SortFunc(spans, func(a, b Span) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(b.End, a.End)
	})
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 && out[n-1].Contains(sp) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// statedReach finds a follower count the customer states: "mijn 40.000
// volgers", "40k followers", "12K volgers", "85k+ volgers", "85 000
// volgers", "85K aan volgers", "85k people follow me", "mijn 20.000
// abonnees". It looks at most four tokens past each number, so a message
// of any length costs one pass.
func statedReach(a *Analysis) (int, Span) {
	toks := a.Tokens
	word := func(j int) string {
		if j < len(toks) {
			return toks[j].Lower
		}
		return ""
	}
	for i, t := range toks {
		if t.Kind != Number {
			continue
		}
		num := strings.TrimSuffix(t.Lower, "+")
		j := i + 1
		// "85 000": a group of three digits written after a space.
		if j < len(toks) && toks[j].Kind == Number && len(toks[j].Lower) == 3 && allDigits(toks[j].Lower) &&
			allDigits(num) && len(num) <= 3 && toks[j].Span.Start == toks[i].Span.End+1 {
			num += toks[j].Lower
			j++
		}
		mult := 1.0
		switch word(j) {
		case "k", "duizend", "thousand":
			mult = 1000
			j++
		case "m", "mln", "miljoen", "million":
			mult = 1e6
			j++
		}
		if word(j) == "+" {
			j++
		}
		if word(j) == "aan" { // "85K aan volgers"
			j++
		}
		switch {
		case audienceNouns[word(j)]:
		case audienceGroup(toks, i) && j < len(toks) && toks[j].Kind == Word:
			// "a Facebook group of 25,000 parents", "een groep met 3.000
			// ouders": the members of a group the customer runs.
		case word(j) == "mensen" || word(j) == "people":
			// "85k people follow me", "20.000 mensen volgen mij"
			if !reachVerbs[word(j+1)] {
				continue
			}
			j++
		default:
			continue
		}
		n, ok := parseCount(num, a.Lang)
		if !ok {
			continue
		}
		return int(n * mult), Span{t.Span.Start, toks[j].Span.End}
	}
	return 0, Span{}
}

// audienceNouns name an audience after a number: "40k followers", "12k
// lezers". Members count only in a group (audienceGroup): "a household of
// 4 members" is no audience.
var audienceNouns = setOf("volgers", "followers", "follower", "volger", "subscribers", "abonnees", "fans",
	"lezers", "readers", "kijkers", "viewers", "luisteraars", "listeners")

// audienceGroups are what a customer runs whose members are an audience:
// "a Facebook group of 25,000 parents".
var audienceGroups = setOf("group", "groep", "facebookgroep", "facebookgroup", "community", "page", "pagina",
	"channel", "kanaal", "newsletter", "nieuwsbrief", "forum", "groepsapp", "whatsappgroep", "blog", "podcast")

// groupOwners say the group is the customer's: "I run a group of …",
// "mijn facebookgroep met …".
var groupOwners = setOf("my", "our", "mijn", "m'n", "onze", "ons", "run", "runs", "admin", "moderate", "manage",
	"beheer", "beheren", "leid", "heb", "hebben", "have", "has")

// audienceGroup reports a number i after a group of the customer's and
// "of", "met" or "van": "I run a Facebook group of 25,000", "mijn groep
// met 3.000". A group the customer stood in ("a group of 20 people on the
// platform") is no audience.
func audienceGroup(toks []Token, i int) bool {
	if i < 3 {
		return false
	}
	switch toks[i-1].Lower {
	case "of", "met", "van", "with":
	default:
		return false
	}
	if !audienceGroups[toks[i-2].Lower] {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-6; k-- {
		if groupOwners[toks[k].Lower] {
			return true
		}
	}
	return false
}

// reachVerbs follow "people" in a stated audience: "85k people follow me".
var reachVerbs = setOf("follow", "follows", "volgen", "volgt", "watch", "kijken", "lezen", "read")

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// parseCount reads "40.000", "40,000", "40k", "1,2m", "12K".
func parseCount(s, lang string) (float64, bool) {
	mult := 1.0
	switch {
	case strings.HasSuffix(s, "k"):
		mult, s = 1000, s[:len(s)-1]
	case strings.HasSuffix(s, "m"):
		mult, s = 1e6, s[:len(s)-1]
	}
	// A group separator is followed by exactly three digits; anything
	// else is a decimal mark.
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
		case c == '.' || c == ',':
			rest := s[i+1:]
			if len(rest) == 3 && mult == 1 || len(rest) > 3 && (rest[3] == '.' || rest[3] == ',') {
				continue
			}
			b.WriteByte('.')
		default:
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	if err != nil {
		return 0, false
	}
	return v * mult, true
}

// contentWordCount counts the words topics takes the stems of as
// keywords: room for them all, so the keywords map is not grown word by
// word.
func contentWordCount(a *Analysis) int {
	n := 0
	for i := range a.Tokens {
		if t := &a.Tokens[i]; t.Kind == Word && len(t.Lower) >= 3 && !t.is(clsStopNL|clsStopEN|clsContentStop) {
			n++
		}
	}
	return n
}

// topics returns the content stems in text order, with the words of a
// topic hit folded into the topic's name, and adds the stems of all
// content words to keywords (as Analysis.Keywords gives them).
func topics(a *Analysis, topicHits []Hit, keywords map[string]bool) []string {
	var out []string
	var seen map[string]bool // for a long message; a short one's topics are compared
	add := func(s string) {
		if s == "" {
			return
		}
		if seen == nil && len(out) >= 32 {
			seen = make(map[string]bool, 2*len(out))
			for _, o := range out {
				seen[o] = true
			}
		}
		if seen != nil && seen[s] || seen == nil && slices.Contains(out, s) {
			return
		}
		if seen != nil {
			seen[s] = true
		}
		if out == nil {
			out = make([]string, 0, 8) // most messages have a few
		}
		out = append(out, s)
	}
	h := 0
	for i, t := range a.Tokens {
		// A content word's stem is a keyword and, outside a topic and
		// unless it negates, a topic stem: looked up and stemmed once
		// for both.
		content := t.Kind == Word && len(t.Lower) >= 3 && !t.is(clsStopNL|clsStopEN|clsContentStop)
		stem := ""
		if content {
			stem = a.stemAt(i) // t.Lower is a word's match key
			keywords[stem] = true
		}
		for h < len(topicHits) && topicHits[h].Last <= i {
			h++
		}
		if h < len(topicHits) && topicHits[h].First <= i {
			if topicHits[h].First == i {
				add(strings.TrimPrefix(topicHits[h].Category, topicPrefix))
			}
			continue
		}
		if t.Quoted || t.Kind != Word && t.Kind != Hashtag {
			continue
		}
		if t.Kind == Word {
			if !content || negators[t.Lower] {
				continue
			}
			add(stem)
			continue
		}
		w := matchKey(t) // a hashtag's word
		if len(w) < 3 || stopNL[w] || stopEN[w] || contentStop[w] || negators[w] {
			continue
		}
		add(a.stemAt(i))
	}
	return out
}

// customerAddress returns "je" or "u" from the customer's own words: the
// pronouns they use, and "Geachte" or "Hoogachtend" for u.
func customerAddress(a *Analysis) string {
	if a.Lang != "nl" {
		return ""
	}
	formal, informal := len(a.Address.Formal), len(a.Address.Informal)
	for _, t := range a.Tokens {
		switch t.Lower {
		case "geachte", "hoogachtend":
			formal += 2
		}
	}
	switch {
	case formal == 0 && informal == 0:
		return ""
	case formal >= informal:
		return "u"
	}
	return "je"
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
		if t.Kind != Word || len(t.Lower) < 3 || t.is(clsStopNL|clsStopEN|clsContentStop) {
			continue
		}
		st := Stem(a.Lang, t.Lower)
		if _, ok := out[st]; !ok {
			out[st] = t.Span
		}
	}
	return out
}

// Feature returns the value of one of the features the message was read
// with (a name of FeatureNames: "grievance-question", "negative", …), so a
// consumer that weighs the message further (the drafter's tone) reads the
// same reading instead of reading the text again. An unknown name is 0.
func (m *Message) Feature(name string) float64 {
	if k := slices.Index(featureNames[:], name); k >= 0 && m != nil {
		return m.features[k]
	}
	return 0
}
