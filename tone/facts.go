package tone

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/internal/datapack"
)

// factWords are one language's word lists for the facts the reading
// reads about a message besides its features (tone/lexicon/facts.*.yaml):
// each a list of word sequences, matched by messageWords.
type factWords struct {
	// AgeLead are the words before a stated age ("ik ben 79").
	AgeLead []string `yaml:"age_lead"`
	// Bereavement are the words of a death ("overleden", "funeral").
	Bereavement []string `yaml:"bereavement"`
	// Relations are the relatives and pets a customer names with a
	// possessive ("mijn vader", "my dog").
	Relations []string `yaml:"relations"`
	// Self are the words by which customers put themselves in what they
	// tell ("ik", "mijn", "we"; "I", "my", "us"): Message.Witness.
	Self []string `yaml:"self"`
	// Onlooker are the verbs of seeing and hearing ("zag", "saw"): a word
	// of self followed by one is the customer watching, not in what
	// happened.
	Onlooker []string `yaml:"onlooker"`
	// Others are the words of people who are neither the customer nor
	// theirs ("een oudere vrouw", "a cyclist", "iemand"): a witness names
	// one.
	Others []string `yaml:"others"`
	// Formal are the words of a formal salutation or closing
	// ("geachte", "met vriendelijke groet", "yours sincerely").
	Formal []string `yaml:"formal"`
	// Letter are the words of a letter's salutation or closing
	// ("geachte", "hoogachtend", "dear sir"): a subset of Formal.
	Letter []string `yaml:"letter"`
	// Foreign are function words of other languages (French, German,
	// Spanish) that neither Dutch nor English shares; only
	// facts.other.yaml has them.
	Foreign []string `yaml:"foreign"`
	// Share are the laughs and happy emoji of a message that shares
	// something cheerful ("haha", "😂").
	Share []string `yaml:"share"`
	// Confirm are the words of a message that only confirms ("klopt",
	// "correct").
	Confirm []string `yaml:"confirm"`
	// Durations are the words a stated duration is made of: "drie
	// dagen", "sinds maandag".
	Durations durationWords `yaml:"durations"`
	// Recurrence are the words of a count of how often it went wrong:
	// "voor de derde keer deze maand", "4th time this week".
	Recurrence recurrenceWords `yaml:"recurrence"`
	// PraiseLead are the words after which a compliment names the
	// colleague ("compliment voor Sanne", "shoutout to Priya").
	PraiseLead []string `yaml:"praise_lead"`
	// StaffRoles are the words of a staff role a customer praises
	// ("conducteur", "driver").
	StaffRoles []string `yaml:"staff_roles"`
	// HelpedVerbs say what a colleague did for a customer ("hielp",
	// "sorted"); PersonPraise praises a person, not a thing
	// ("behulpzaam", not "lekker"); NotNames are capitalised words that
	// name nobody ("De", "She"). The reading uses both languages' words
	// of these three: a name and what they did often switch language.
	HelpedVerbs  []string `yaml:"helped_verbs"`
	PersonPraise []string `yaml:"person_praise"`
	NotNames     []string `yaml:"not_names"`
	// NameLeads are the titles and particles before a surname
	// ("mevrouw De Boer", "Mr Jones"): the capitalised word after one is
	// a name, never a word of feeling ("Boer"). The reading uses both
	// languages' words.
	NameLeads []string `yaml:"name_leads"`
	// NameAt are the words between a colleague's name and where they
	// work, in both languages ("Priya on the helpline", "Joyce van de
	// chat"): with a deed or praise later in the sentence the name is the
	// colleague's.
	NameAt []string `yaml:"name_at"`
	// Grave are the kinds of complaint that are never small, in order:
	// the most specific first.
	Grave []namedWords `yaml:"grave"`
	// Vulnerable are the kinds of vulnerable household (a baby, someone
	// older or ill, medical equipment), in order, each with its words;
	// ElderLead are the words before the age of an older relative ("mijn
	// moeder van 91", "my mum is 88"): Message.Vulnerable.
	Vulnerable []namedWords `yaml:"vulnerable"`
	ElderLead  []string     `yaml:"elder_lead"`
	// Takeover are the kinds of someone else using what is the
	// customer's, in order, each with its words: their account
	// ("iemand heeft ingelogd op mijn account", "somebody logged into my
	// account") or their card ("someone is using my card"):
	// Message.Takeover.
	Takeover []namedWords `yaml:"takeover"`
	// Matters are the kinds of the customer's own matter a next step
	// finds by an identifier (an order, a booking, an online account), in
	// order, each with its words; a word listed under two kinds belongs to
	// the first.
	Matters []namedWords `yaml:"matters"`
	// Things are the words of things a reply can name back ("pakket",
	// "flight"): Message.Things. How the reply names each is in the
	// objects of the draft templates.
	Things []string `yaml:"things"`
	// Possessives are the customer's possessives before a thing ("mijn",
	// "my"), Yours the company's ("jullie", "your"), Determiners the
	// articles and demonstratives ("de", "this"). The reading uses both
	// languages' words of these three.
	Possessives []string `yaml:"possessives"`
	Yours       []string `yaml:"yours"`
	Determiners []string `yaml:"determiners"`
	// ThingVerbBefore are the pairs of a word and a thing's word in which
	// it is a verb or an idiom ("to watch", "te pas"), ThingCompoundHeads
	// the words before which it only starts a compound ("phone call",
	// "account manager"): neither is a thing.
	ThingVerbBefore    []string `yaml:"thing_verb_before"`
	ThingCompoundHeads []string `yaml:"thing_compound_heads"`
	// Situations are the ways a message says what went wrong, each with
	// its phrases ("niet_binnen": "nog steeds niet", "nooit aangekomen"):
	// Message.Situations. How the reply says each is in the frames of the
	// draft templates, by the same names.
	Situations []namedWords `yaml:"situations"`
	// Vital names the situations of a household without what it cannot
	// do without (heat, power, gas, water): Message.Vital.
	Vital []string `yaml:"vital"`
	// Acts are what a message does besides saying what went wrong, each
	// with its phrases: a request ("opzeggen", "erase my data", "speak to
	// a manager") or a turn in the thread ("that worked", "ingevuld"):
	// Message.Acts. How the reply answers each is in the draft templates,
	// by the same names.
	Acts []namedWords `yaml:"acts"`
	// LetterClosings are the closings of a letter a name stands under
	// ("hoogachtend", "kind regards"), looked for in the text as it is;
	// SignMarks are the words a signed name follows ("groet", "cheers").
	// The reading uses both languages' words of these two.
	LetterClosings []string `yaml:"letter_closings"`
	SignMarks      []string `yaml:"sign_marks"`
	// Grammar are the function words the features' grammar reads
	// (tone/features.go); the reading uses both languages' words.
	Grammar grammarWords `yaml:"grammar"`
	// Spelling maps a word as customers type it in chat or in Flemish
	// to its standard spelling ("nie": "niet", "da": "dat", "mn":
	// "mijn"), so every list of the language matches it (respell).
	Spelling map[string]string `yaml:"spelling"`
	// situations are the phrases of Situations, one list per situation;
	// acts those of Acts; takeover those of Takeover.
	situations, acts, takeover *phraseSet
	// phrases are the phrase lists compiled for one pass over a
	// message's words: the lists of factList, then Grave's, in order;
	// words are the one-word lists as sets, by YAML name.
	phrases *phraseSet
	words   map[string]map[string]bool
	// sets are the lists of words a reading looks up word by word, by
	// field; spelling is a wordBloom of Spelling's words; shareLower is
	// Share in lower case.
	sets       factSets
	spelling   *wordBloom
	shareLower []string
	// matterBloom holds matterStems' stems.
	matterBloom *wordBloom
	// ageLeads, elderLeads and praiseLeads are AgeLead, ElderLead and
	// PraiseLead split into lower-case words; periods are
	// Recurrence.Periods.
	ageLeads, elderLeads, praiseLeads, periods [][]string
	// lang is the language the lists are of ("nl", "en", "other");
	// matterStems are the stems of Matters' words, each with its kind's
	// index.
	lang        string
	matterStems map[string]int
	// PressSender are the words of a journalist asking for themselves ("ik ben journalist", "working on a story").
	PressSender []string `yaml:"press_sender"`
	// SentPrivate are the words of a customer who says they sent the details privately ("dm gestuurd", "sent you a dm").
	SentPrivate []string `yaml:"sent_private"`
	// Hypothetical are the words of a question about what might happen ("als", "in case").
	Hypothetical []string `yaml:"hypothetical"`
	// AskAhead are the first words of a question about what will happen
	// ("Gaan de prijzen omhoog?", "Will my bill go up?"): Hypothetical
	// too, no trouble told.
	AskAhead []string `yaml:"ask_ahead"`
	// Remove are the words of a request to take a post down ("haal ... weg", "take it down").
	Remove []string `yaml:"remove"`
	// PersonalData are the words for personal data ("huisadres", "phone number").
	PersonalData []string `yaml:"personal_data"`
	// ThreadClose are the words of thanks that close a conversation ("bedankt voor je reactie").
	ThreadClose []string `yaml:"thread_close"`
	// ThanksAhead are the words of thanks for help still to come ("alvast
	// bedankt", "thanks in advance"): no closing, the case is open.
	ThanksAhead []string `yaml:"thanks_ahead"`
	// Unmade are the words of an order, booking or payment that did not go
	// through ("can't place an order", "betalen lukt niet"): there is no
	// order number to ask for, so Message.Matter is left empty.
	Unmade []string `yaml:"unmade"`
	// NotCustomer are the words of someone who is no customer ("I'm not
	// even a customer", "ik ben helemaal geen klant"): a mail or text
	// "from us" to them is a sender to check (Message.ChecksSender).
	NotCustomer []string `yaml:"not_customer"`
	// SenderCheck are the words of a question whether a mail, text or
	// call is really ours ("is deze mail echt van jullie", "is this text
	// from you"): Message.ChecksSender.
	SenderCheck []string `yaml:"sender_check"`
	// SenderMedia are the kinds of message a sender check is about
	// ("mail", "sms", "text"): without one the question is about
	// something else ("Is het pakket van jullie al onderweg?").
	SenderMedia []string `yaml:"sender_media"`
	// Loyal are the words of a customer who says how long they have been one ("al 12 jaar klant").
	Loyal []string `yaml:"loyal"`
	// Acute are the kinds of danger that may be going on where the
	// customer is, in order, each with its words: "gas" ("gaslucht",
	// "smell of gas"), "co", "fire" ("rook", "sparks"): Message.Acute and
	// Message.AcuteKind.
	Acute []namedWords `yaml:"acute"`
	// HazardOver are the words of a danger that has passed ("brandweer is
	// geweest", "nobody was hurt"): Message.HazardOver.
	HazardOver []string `yaml:"hazard_over"`
	// Spam are the words of advertising ("verdien ... per dag", "link in
	// bio"): Message.Spam.
	Spam []string `yaml:"spam"`
	// Thread are the words of a message that answers a conversation under
	// way ("zelfde probleem", "as I said"), ThreadStart the first words
	// that answer our last reply ("Nee", "Yes"): Message.Thread.
	Thread      []string `yaml:"thread"`
	ThreadStart []string `yaml:"thread_start"`
	// Reactions are the words that only react ("hmm", "ok", "ja hoor",
	// "lol"), Pointer the words that only point to an earlier message
	// ("zie mijn vorige bericht"): a short message of these and function
	// words tells nothing a person can read without the thread
	// (tellsNothing).
	Reactions []string `yaml:"reactions"`
	Pointer   []string `yaml:"pointer"`
	// ThanksFor are the words that give thanks their object ("thanks
	// for the help", "bedankt voor"): thanks with an object are the
	// message, thanks without open an answer (thanksThenAnswer).
	ThanksFor []string `yaml:"thanks_for"`
	// Habitual are the words of what usually happens ("usually",
	// "meestal"): a question how long something usually takes asks for
	// information, not how long the customer has waited
	// (persistenceInTrouble).
	Habitual []string `yaml:"habitual"`
	// Subjects are the words of the customer as the subject of what they
	// tell ("ik", "I", "we"): with one a short message says what they did
	// ("I have not"), so it tells something (tellsNothing).
	Subjects []string `yaml:"subjects"`
	// EmergencyLine are the words of the emergency number ("112",
	// "alarmnummer", "999"): with a hazard, Message.EmergencyLine.
	EmergencyLine []string `yaml:"emergency_line"`
	// Why are the words of asking why ("waarom", "how come").
	Why []string `yaml:"why"`
	// SelfApology are the words of a customer who apologises for asking ("sorry voor het storen").
	SelfApology []string `yaml:"self_apology"`
	// Redacted are the marks an export puts where the customer posted
	// their own e-mail address or phone number ("__email__"), looked for
	// in the text as it is.
	Redacted []string `yaml:"redacted"`
	// LangHints are words and parts of @handles that say a message with no
	// function word of either language is in this one ("support",
	// "bedankt"): hintedLang.
	LangHints []string `yaml:"lang_hints"`
	// Adversatives are the words of contrast that set what follows against
	// what came before ("but", "maar"), not a concession ("although",
	// "ook al"): praise before one and a failure after it is conceded
	// (features.praiseBesideTrouble).
	Adversatives []string `yaml:"adversatives"`
	// Flemish are words only a Flemish customer writes ("ge", "gij",
	// "allez", "amai"), in Dutch or in English: Message.Flemish.
	Flemish []string `yaml:"flemish"`
	// DeskHandles are the parts of an @handle that name a support desk
	// ("@AppleSupport", "@comcastcares", "@KPNwebcare"): Message.ToDesk.
	DeskHandles []string `yaml:"desk_handles"`
	// Compromised are the words of a hack, fraud, phishing, a data leak or
	// theft ("gehackt", "scammed").
	Compromised []string `yaml:"compromised"`
}

var factLists = map[string]func() (*factWords, error){
	"nl": sync.OnceValues(func() (*factWords, error) { return parseFactWords("nl") }),
	"en": sync.OnceValues(func() (*factWords, error) { return parseFactWords("en") }),
	// other holds the words of the languages a message may be in besides
	// Dutch and English.
	"other": sync.OnceValues(func() (*factWords, error) { return parseFactWords("other") }),
}

// parseFactWords returns the fact word lists of a language, not
// compiled: from their packed form (tone/compiled/facts.LANG.pack, written
// by go generate ./tone), or from their YAML where that changed since.
func parseFactWords(lang string) (*factWords, error) {
	fw, err := packedFactWords(lang)
	if fw == nil && err == nil {
		fw, err = parseFactWordsYAML(lang)
	}
	if err != nil {
		return nil, err
	}
	return fw, nil
}

// factsSource is the YAML file of a language's fact words.
func factsSource(lang string) string { return "lexicon/facts." + lang + ".yaml" }

// The fact words of each language as their YAML decodes, packed
// (internal/datapack) after the YAML's checksum (sourceSum, 4 bytes, little
// endian): decoding the YAML took longer than the first reading that
// needs the lists. A pack made for another factWords (a list added or
// retyped since) is not read; nor is one whose YAML changed since.
var (
	//go:embed compiled/facts.nl.pack
	packedFactsNL string
	//go:embed compiled/facts.en.pack
	packedFactsEN string
	//go:embed compiled/facts.other.pack
	packedFactsOther string
)

var packedFacts = map[string]string{"nl": packedFactsNL, "en": packedFactsEN, "other": packedFactsOther}

// packedFactWords returns the fact words of a language from their pack,
// or nil when there is none or it is stale.
func packedFactWords(lang string) (*factWords, error) {
	data := packedFacts[lang]
	if len(data) < 4 {
		return nil, nil
	}
	sum, err := sourceSum([]string{factsSource(lang)})
	if err != nil {
		return nil, err
	}
	if binary.LittleEndian.Uint32([]byte(data[:4])) != sum {
		return nil, nil
	}
	fw := &factWords{}
	if err := datapack.Unpack(data[4:], fw); err != nil {
		return nil, nil // packed for an older factWords: the YAML
	}
	fw.lang = lang
	return fw, nil
}

// parseFactWordsYAML decodes the fact words of a language from YAML, not
// compiled.
func parseFactWordsYAML(lang string) (*factWords, error) {
	name := factsSource(lang)
	data, err := lexiconFS.ReadFile(name)
	if err != nil {
		return nil, err
	}
	fw := &factWords{lang: lang}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(fw); err != nil {
		return nil, fmt.Errorf("tone/%s: %w", name, err)
	}
	return fw, nil
}

// factList numbers the phrase lists of factWords that readFacts asks
// whether a message has; Grave's kinds follow them, from numFactLists.
type factList int

const (
	factBereavement factList = iota
	factFormal
	factLetter
	factPressSender
	factSentPrivate
	factHypothetical
	factRemove
	factPersonalData
	factThreadClose
	factLoyal
	factWhy
	factHazardOver
	factSpam
	factThread
	factPointer
	factSelfApology
	factCompromised
	factThanksAhead
	factSenderCheck
	factUnmade
	factNotCustomer
	factFlemish
	numFactLists
)

// compile builds the phrase index and word sets of the lists once, so that
// reading a message looks each of its words up once instead of trying
// every phrase of every list.
func (fw *factWords) compile() {
	lists := [numFactLists][]string{
		factBereavement: fw.Bereavement, factFormal: fw.Formal, factLetter: fw.Letter, factPressSender: fw.PressSender,
		factSentPrivate: fw.SentPrivate, factHypothetical: fw.Hypothetical, factRemove: fw.Remove,
		factPersonalData: fw.PersonalData, factThreadClose: fw.ThreadClose, factLoyal: fw.Loyal, factWhy: fw.Why,
		factHazardOver: fw.HazardOver, factSpam: fw.Spam, factThread: fw.Thread, factPointer: fw.Pointer, factSelfApology: fw.SelfApology, factCompromised: fw.Compromised,
		factThanksAhead: fw.ThanksAhead, factSenderCheck: fw.SenderCheck, factUnmade: fw.Unmade, factNotCustomer: fw.NotCustomer,
		factFlemish: fw.Flemish,
	}
	kinds := slices.Concat(fw.Grave, fw.Vulnerable, fw.Acute)
	n := wordCount(kinds)
	for _, list := range lists {
		n += len(list)
	}
	fw.phrases = newPhraseSet(n)
	for l, list := range lists {
		fw.phrases.add(l, list)
	}
	addKinds(fw.phrases, int(numFactLists), kinds)
	fw.phrases.index()
	fw.ageLeads, fw.praiseLeads = splitPhrases(fw.AgeLead), splitPhrases(fw.PraiseLead)
	fw.periods = splitPhrases(fw.Recurrence.Periods)
	fw.elderLeads = splitPhrases(fw.ElderLead)
	fw.situations = namedPhraseSet(0, fw.Situations)
	fw.takeover = namedPhraseSet(0, fw.Takeover)
	fw.acts = namedPhraseSet(0, fw.Acts)
	fw.matterStems = map[string]int{}
	for i, k := range fw.Matters {
		for _, w := range k.Words {
			st := stemOf(fw.lang, strings.ToLower(w))
			if _, ok := fw.matterStems[st]; !ok {
				fw.matterStems[st] = i
			}
		}
	}
	fw.words = map[string]map[string]bool{
		"relations": lowerSet(fw.Relations), "self": lowerSet(fw.Self), "onlooker": lowerSet(fw.Onlooker), "others": lowerSet(fw.Others), "foreign": lowerSet(fw.Foreign), "share": lowerSet(fw.Share),
		"confirm": lowerSet(fw.Confirm), "numbers": lowerSet(fw.Durations.Numbers), "units": lowerSet(fw.Durations.Units),
		"since": lowerSet(fw.Durations.Since), "since_joins": lowerSet(fw.Durations.SinceJoins),
		"since_not": lowerSet(fw.Durations.SinceNot), "since_clause": lowerSet(fw.Durations.SinceClause), "clock": lowerSet(fw.Durations.Clock), "duration_not": lowerSet(fw.Durations.Not), "duration_age": lowerSet(fw.Durations.Age), "duration_age_of": lowerSet(fw.Durations.AgeOf), "things": lowerSet(fw.Things),
		"lang_hints": lowerSet(fw.LangHints), "desk_handles": lowerSet(fw.DeskHandles), "adversatives": lowerSet(fw.Adversatives), "emergency_line": lowerSet(fw.EmergencyLine), "thread_start": lowerSet(fw.ThreadStart), "reactions": lowerSet(fw.Reactions), "thanks_for": lowerSet(fw.ThanksFor), "habitual": lowerSet(fw.Habitual), "subjects": lowerSet(fw.Subjects), "ask_ahead": lowerSet(fw.AskAhead), "sender_media": lowerSet(fw.SenderMedia), "ordinals": lowerSet(fw.Recurrence.Ordinals), "times": lowerSet(fw.Recurrence.Times),
	}
	w := fw.words
	fw.sets = factSets{relations: w["relations"], share: w["share"], confirm: w["confirm"], numbers: w["numbers"], units: w["units"],
		since: w["since"], sinceJoins: w["since_joins"], sinceNot: w["since_not"], sinceClause: w["since_clause"], clock: w["clock"], durationNot: w["duration_not"],
		durationAge: w["duration_age"], durationAgeOf: w["duration_age_of"], things: w["things"], ordinals: w["ordinals"], times: w["times"],
		foreign:    w["foreign"],
		shareBloom: bloomOf(w["share"]), sinceBloom: bloomOf(w["since"]), numbersBloom: bloomOf(w["numbers"]), thingsBloom: bloomOf(w["things"]),
		ordinalsBloom: bloomOf(w["ordinals"]), foreignBloom: bloomOf(w["foreign"]), timesBloom: bloomOf(w["times"])}
	fw.spelling = bloomOf(fw.Spelling)
	fw.matterBloom = bloomOf(fw.matterStems)
	fw.shareLower = make([]string, len(fw.Share))
	for i, w := range fw.Share {
		fw.shareLower[i] = strings.ToLower(w)
	}
}

// factSets are the one-word lists of factWords.words that a reading
// looks up word by word, each by a field rather than by its name, and
// the wordBlooms of those it looks every word up in.
type factSets struct {
	relations, share, confirm, numbers, units, since, sinceJoins, sinceNot, sinceClause, clock map[string]bool
	durationNot, durationAge, durationAgeOf, things, ordinals, times, foreign                  map[string]bool

	shareBloom, sinceBloom, numbersBloom, thingsBloom, ordinalsBloom, foreignBloom, timesBloom *wordBloom
}

// lowerSet returns the words of the lists as a set, in lower case.
func lowerSet(lists ...[]string) map[string]bool {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	m := make(map[string]bool, n) // grown, it would leave its smaller tables behind
	for _, l := range lists {
		for _, w := range l {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}

// splitPhrases returns the phrases split into lower-case words, without
// the empty ones.
func splitPhrases(list []string) [][]string {
	var out [][]string
	for _, ph := range list {
		if want := strings.Fields(strings.ToLower(ph)); len(want) > 0 {
			out = append(out, want)
		}
	}
	return out
}

// phraseSet is phrases of several lists split into words and indexed by
// their first word; a phrase that starts with "#" or "..." is tried
// everywhere. lists is the number of lists, list each phrase's own.
type phraseSet struct {
	phrases [][]string
	list    []int
	lists   int
	byFirst map[string][]int
	loose   []int
	// firsts holds the words of byFirst, made on first use (firstWords),
	// and seconds the high half of the wordHash of each phrase's second
	// word, 0 for none to compare (one word, "#", "...").
	firstsOnce sync.Once
	firsts     wordBloom
	seconds    []uint32
}

// firstWords returns the words the set's phrases start with, as a bloom
// for a message's words (messageWords.h).
func (ps *phraseSet) firstWords() *wordBloom {
	ps.firstsOnce.Do(func() {
		for w := range ps.byFirst {
			ps.firsts.add(wordHash(w))
		}
		ps.seconds = make([]uint32, len(ps.phrases))
		for k, p := range ps.phrases {
			if len(p) > 1 && p[1] != "#" && p[1] != "..." {
				ps.seconds[k] = uint32(wordHash(p[1]) >> 32)
			}
		}
	})
	return &ps.firsts
}

// mayMatchAt reports whether phrase k of ps may match from word i of a
// message by its second word's hash: false only when it cannot.
// firstWords must have been called.
func (mw *messageWords) mayMatchAt(ps *phraseSet, k, i int) bool {
	s := ps.seconds[k]
	return s == 0 || i+1 < len(mw.h) && uint32(mw.h[i+1]>>32) == s
}

// namedPhraseSet returns the phrase set of kinds, kind i's words as list
// from+i, indexed.
func namedPhraseSet(from int, kinds []namedWords) *phraseSet {
	ps := newPhraseSet(wordCount(kinds))
	addKinds(ps, from, kinds)
	ps.index()
	return ps
}

// addKinds adds the words of each of kinds to ps, kind i as list from+i.
func addKinds(ps *phraseSet, from int, kinds []namedWords) {
	for i, k := range kinds {
		ps.add(from+i, k.Words)
	}
}

// wordCount is how many phrases kinds have in all.
func wordCount(kinds []namedWords) int {
	n := 0
	for _, k := range kinds {
		n += len(k.Words)
	}
	return n
}

// newPhraseSet returns an empty set for up to n phrases: the lists grow
// into their room instead of leaving copies behind on a first reading's
// heap. index makes byFirst once they are added.
func newPhraseSet(n int) *phraseSet {
	return &phraseSet{phrases: make([][]string, 0, n), list: make([]int, 0, n)}
}

// index makes byFirst from the phrases added: a map made for the number
// of first words (about half the number of phrases), whose lists, in the
// order the phrases were added, are cut from one slab, instead of a map
// made for every phrase and a list grown for each word.
func (ps *phraseSet) index() {
	listed := make([]int, 0, len(ps.phrases)-len(ps.loose))
	for k, p := range ps.phrases {
		if !isLoose(p) {
			listed = append(listed, k)
		}
	}
	first := func(k int) string { return ps.phrases[k][0] }
	slices.SortStableFunc(listed, func(a, b int) int { return strings.Compare(first(a), first(b)) })
	n := 0
	for i, k := range listed {
		if i == 0 || first(k) != first(listed[i-1]) {
			n++
		}
	}
	ps.byFirst = make(map[string][]int, n)
	for i := 0; i < len(listed); {
		j := i + 1
		for j < len(listed) && first(listed[j]) == first(listed[i]) {
			j++
		}
		ps.byFirst[first(listed[i])] = listed[i:j:j]
		i = j
	}
}

// isLoose reports whether a phrase is tried at every word, not looked up
// by its first: one that starts with "#" or "...".
func isLoose(p []string) bool { return p[0] == "#" || p[0] == "..." }

// add adds the phrases of list l.
func (ps *phraseSet) add(l int, phrases []string) {
	ps.lists = max(ps.lists, l+1)
	for _, ph := range phrases {
		want := strings.Fields(strings.ToLower(ph))
		if len(want) == 0 {
			continue
		}
		k := len(ps.phrases)
		ps.phrases = append(ps.phrases, want)
		ps.list = append(ps.list, l)
		if isLoose(want) {
			ps.loose = append(ps.loose, k)
		}
	}
}

// compiledFacts compile the fact word lists of each language on first
// use: a reading compiles the lists of its own language only
// (factLexicon), and reads a few lists of the other as they are
// (factListsOf).
var compiledFacts = map[string]func() *factWords{
	"nl":    sync.OnceValue(func() *factWords { return compiledFactWords("nl") }),
	"en":    sync.OnceValue(func() *factWords { return compiledFactWords("en") }),
	"other": sync.OnceValue(func() *factWords { return compiledFactWords("other") }),
}

func compiledFactWords(lang string) *factWords {
	fw := factListsOf(lang)
	fw.compile()
	return fw
}

// factLexicon returns the fact word lists of a language (Dutch for
// languages other than "en" and "other"), parsed and compiled on first
// use.
func factLexicon(lang string) *factWords {
	load, ok := compiledFacts[lang]
	if !ok {
		load = compiledFacts["nl"]
	}
	return load()
}

// factListsOf returns the fact word lists of a language as factLexicon
// does, but only their exported lists, not compiled: what a reading takes
// of both languages (names, grammar, sign-offs) costs no compiling of the
// language it is not in (180 kB of a first reading's heap).
func factListsOf(lang string) *factWords {
	load, ok := factLists[lang]
	if !ok {
		load = factLists["nl"]
	}
	fw, err := load()
	if err != nil {
		panic(err) // embedded and tested: a build defect
	}
	return fw
}

// messageWords are a message's words and numbers in lower case (a
// hashtag as its word, "&" and currency signs as words), with the index of
// their token: the sequence the fact lists are matched against, across
// sentences and punctuation.
type messageWords struct {
	a  *Analysis
	w  []string
	at []int
	// h holds the wordHash of each word, all the words: a phrase list
	// is looked up only for a word that may start one of its phrases,
	// and a phrase whose first word the message lacks is not looked for.
	h   []uint64
	all wordBloom
}

func newMessageWords(a *Analysis) *messageWords {
	var mw *messageWords
	if sc := a.scratch; sc != nil && !sc.mwUsed {
		sc.mwUsed = true
		mw = &sc.mw
		*mw = messageWords{a: a, w: mw.w[:0], at: mw.at[:0], h: mw.h}
	} else {
		mw = &messageWords{a: a, w: make([]string, 0, len(a.Tokens)), at: make([]int, 0, len(a.Tokens))}
	}
	for i := range a.Tokens {
		t := &a.Tokens[i]
		switch {
		case t.Kind == Word || t.Kind == Number || t.Kind == Punct && (t.Text == "&" || strings.ContainsAny(t.Text, "€£$")):
			mw.w = append(mw.w, strings.ReplaceAll(t.Lower, "’", "'"))
			mw.at = append(mw.at, i)
		case t.Kind == Hashtag:
			// "same #stupid #answers": a tag in a sentence is its word.
			mw.w = append(mw.w, strings.TrimPrefix(t.Lower, "#"))
			mw.at = append(mw.at, i)
		}
	}
	mw.h = slices.Grow(mw.h[:0], len(mw.w))[:len(mw.w)]
	for i, w := range mw.w {
		// A classified token's word has its hash (as much of it as a
		// wordBloom reads) unless the word is not its Lower.
		if t := &a.Tokens[mw.at[i]]; t.cls != 0 && len(w) == len(t.Lower) {
			mw.h[i] = t.hash()
		} else {
			mw.h[i] = wordHash(w)
		}
		mw.all.add(mw.h[i])
	}
	return mw
}

// findIn returns the first index in [from, to) where the words of a
// phrase start, or -1.
func (mw *messageWords) findIn(want []string, from, to int) int {
	if len(want) == 0 {
		return -1
	}
	// A phrase that starts with a word is tried only where that word
	// stands.
	first := want[0]
	open := first == "#" || first == "..."
	if !open && !mw.all.has(wordHash(first)) {
		return -1
	}
	for i := max(0, from); i < min(to, len(mw.w)); i++ {
		if (open || mw.w[i] == first) && mw.matchAt(want, i, 0) {
			return i
		}
	}
	return -1
}

// matchAt reports whether the phrase words want[j:] match from word i.
// "#" stands for a number, "..." for up to four words ("ligt er ... uit").
func (mw *messageWords) matchAt(want []string, i, j int) bool {
	w := mw.w
	for ; j < len(want); i, j = i+1, j+1 {
		if want[j] == "..." {
			for skip := 0; skip <= 4 && i+skip <= len(w); skip++ {
				if mw.matchAt(want, i+skip, j+1) {
					return true
				}
			}
			return false
		}
		if i >= len(w) {
			return false
		}
		if want[j] == "#" {
			if mw.a.Tokens[mw.at[i]].Kind != Number {
				return false
			}
			continue
		}
		if w[i] != want[j] {
			return false
		}
	}
	return true
}

// phrasesAt calls found with each phrase k of the set that matches from
// word i: those that start with word i, then those tried everywhere.
// skip, when not nil, leaves out a phrase before it is matched.
func (mw *messageWords) phrasesAt(ps *phraseSet, i int, skip func(k int) bool, found func(k int)) {
	var listed []int
	if ps.firstWords().has(mw.h[i]) {
		listed = ps.byFirst[mw.w[i]]
	}
	for _, ks := range [2][]int{listed, ps.loose} {
		for _, k := range ks {
			if (skip == nil || !skip(k)) && mw.mayMatchAt(ps, k, i) && mw.matchAt(ps.phrases[k], i, 0) {
				found(k)
			}
		}
	}
}

// lists reports, per list of the set, whether the message has one of its
// phrases: one pass over the message's words for all the lists.
func (mw *messageWords) lists(ps *phraseSet) []bool {
	has := make([]bool, ps.lists)
	first := ps.firstWords()
	for i := range mw.w {
		// phrasesAt, with a phrase of a list found before left out.
		var listed []int
		if first.has(mw.h[i]) {
			listed = ps.byFirst[mw.w[i]]
		}
		for _, ks := range [2][]int{listed, ps.loose} {
			for _, k := range ks {
				if l := ps.list[k]; !has[l] && mw.mayMatchAt(ps, k, i) && mw.matchAt(ps.phrases[k], i, 0) {
					has[l] = true
				}
			}
		}
	}
	return has
}

// statedAge returns the age a customer states after one of the leads
// ("Ik ben 79 en heb geen computer": 79), the highest when they state
// several, or 0. A number over 110 is no age.
func statedAge(mw *messageWords, leads [][]string) int {
	age := 0
	for _, want := range leads {
		n := len(want)
		for i := mw.findIn(want, 0, len(mw.w)); i >= 0 && i+n < len(mw.w); i = mw.findIn(want, i+1, len(mw.w)) {
			if mw.a.Tokens[mw.at[i+n]].Kind != Number {
				continue
			}
			if v, err := strconv.Atoi(mw.w[i+n]); err == nil && v <= 110 && v > age {
				age = v
			}
		}
	}
	return age
}

// factReading is the pass over a message's words for the language's fact
// lists, made once: the intent needs one of its answers (a journalist
// writes) before readFacts reads the rest.
type factReading struct {
	fw  *factWords
	mw  *messageWords
	has []bool
}

// readFactLists makes the pass over the words of a for the fact lists.
func readFactLists(a *Analysis) *factReading {
	fw := factLexicon(a.Lang)
	mw := newMessageWords(a)
	return &factReading{fw: fw, mw: mw, has: mw.lists(fw.phrases)}
}

// readFacts reads the facts of a message besides its intent and signals
// into m: who the customer is and what is going on, from the language's
// fact lists (fr) and the customer lexicon's hits.
func readFacts(m *Message, a *Analysis, hits []Hit, fr *factReading) {
	fw, mw, has := fr.fw, fr.mw, fr.has
	m.Age = statedAge(mw, fw.ageLeads)
	m.Bereaved = has[factBereavement]
	m.Relation = relation(a.Tokens, fw.sets.relations)
	m.Formal = has[factFormal]
	m.Letter = has[factLetter]
	other := factLexicon("other")
	m.Foreign = foreign(a.Tokens, other.sets.foreign, other.sets.foreignBloom)
	readMood(m, a, mw, fw, hits)
	m.Colleague = colleague(a, mw, fw)
	m.Lasted = lasted(mw, fw)
	m.Again = again(mw, fw)
	// The lists of kinds follow the fact lists: Grave's, Vulnerable's,
	// Acute's (compile).
	vulnerableAt := int(numFactLists) + len(fw.Grave)
	acuteAt := vulnerableAt + len(fw.Vulnerable)
	grave := has[numFactLists:vulnerableAt]
	if i := slices.Index(grave, true); i >= 0 {
		m.Grave = fw.Grave[i].Name
	}
	if i := slices.Index(has[vulnerableAt:acuteAt], true); i >= 0 {
		m.Vulnerable = fw.Vulnerable[i].Name
	} else if max(m.Age, statedAge(mw, fw.elderLeads)) >= elderAge && len(fw.Vulnerable) > 0 {
		// "Ik ben 82", "mijn moeder van 91": an older household.
		m.Vulnerable = elderKind
	}
	m.SentPrivately = has[factSentPrivate]
	// A question about what will happen that tells no wait of its own
	// ("Gaan de prijzen omhoog?", not "Gaat het nog lukken, het ligt
	// al 5 dagen stil?").
	m.Hypothetical = has[factHypothetical] || m.Lasted == (Lasted{}) && asksAhead(a, fw.words["ask_ahead"])
	m.AsksRemoval = has[factRemove]
	m.NamesPersonalData = has[factPersonalData]
	m.ClosesThread = has[factThreadClose]
	m.Loyal = has[factLoyal]
	m.AsksWhy = has[factWhy]
	// Gas, smoke or fire in a message that reports a hazard: "een
	// gaslucht in de keuken", not "gas" in a question about a bill.
	if i := slices.Index(has[acuteAt:], true); i >= 0 && m.Has(SignalHazard) {
		m.Acute, m.AcuteKind = true, fw.Acute[i].Name
		// "Brandweer is geweest, gelukkig niemand gewond": it has passed.
		m.HazardOver = has[factHazardOver]
	}
	m.Spam = has[factSpam]
	// "Zelfde probleem", "Nee, nog steeds niks": an answer in a
	// conversation under way.
	m.Thread = m.Thread || has[factThread] || len(mw.w) > 0 && fw.words["thread_start"][mw.w[0]]
	// "112 bellen lukt niet": the hazard is the emergency number out of
	// reach.
	m.EmergencyLine = wordIn(a, m.Signals[SignalHazard], fw.words["emergency_line"])
	m.Witness = m.Has(SignalSafety) && m.Relation == "" && !selfIn(a, m.Signals[SignalSafety], fw.words["self"], fw.words["onlooker"]) &&
		slices.ContainsFunc(a.Tokens, func(t Token) bool { return fw.words["others"][t.Lower] })
	m.ApologizesForAsking = has[factSelfApology]
	m.Flemish = has[factFlemish]
	m.Takeover = takeover(a, mw, fw)
	m.Compromised = has[factCompromised] || m.Takeover != ""
	m.PostsOwnData = postsOwnData(a, fw.Redacted)
	if !has[factUnmade] {
		m.Matter = matter(a, fw) // an order that never went through has no number
	}
	readThings(m, a, mw, fw)
	m.ClosesThread = m.ClosesThread || !has[factThanksAhead] && closesThread(m, a)
	m.Signer = signer(a.Text, m.Name)
}

// wordIn reports whether a word of set stands inside one of spans: "112"
// in the hazard "112 bellen lukt niet", not in "ik heb 112 gebeld" after
// smoke from a charger.
func wordIn(a *Analysis, spans []Span, set map[string]bool) bool {
	if len(spans) == 0 {
		return false // no signal's words to stand in: no look-ups
	}
	for _, t := range a.Tokens {
		if !set[t.Lower] {
			continue
		}
		for _, sp := range spans {
			if t.Span.Start >= sp.Start && t.Span.End <= sp.End {
				return true
			}
		}
	}
	return false
}

// asksAhead reports a question about what will happen: a sentence that
// ends in a question mark and opens with a word of ahead ("Gaan de prijzen
// volgend jaar omhoog?", "Will my bill go up in April?").
func asksAhead(a *Analysis, ahead map[string]bool) bool {
	for _, s := range a.Sentences {
		first := -1
		for j := s.First; j < s.Last; j++ {
			if t := a.Tokens[j]; t.Kind == Word && first < 0 {
				first = j
			}
		}
		if first < 0 || !ahead[a.Tokens[first].Lower] {
			continue
		}
		for j := s.Last - 1; j > first; j-- {
			if t := a.Tokens[j]; t.Kind == Punct {
				if strings.Contains(t.Text, "?") {
					return true
				}
				continue
			}
			break
		}
	}
	return false
}

// matter returns the kind of the customer's own matter whose word comes
// first in the message (Message.Matter), or "". Words are compared as
// stems: "bestelde" is a word of an order as "bestelling" is.
func matter(a *Analysis, fw *factWords) string {
	for k, t := range a.Tokens {
		if t.Kind != Word {
			continue
		}
		st := a.stemAt(k) // a word's match key is its Lower
		if !fw.matterBloom.has(wordHash(st)) {
			continue
		}
		if i, ok := fw.matterStems[st]; ok {
			return fw.Matters[i].Name
		}
	}
	return ""
}

// SameMatter reports whether two words ("pakket", "bestelling") name the
// same kind of matter: one kind of the language's matters
// (tone/lexicon/facts.*.yaml) lists both, compared as stems.
func SameMatter(lang, a, b string) bool {
	fw := factLexicon(lang)
	sa, sb := stemOf(fw.lang, strings.ToLower(a)), stemOf(fw.lang, strings.ToLower(b))
	for _, k := range fw.Matters {
		hasA, hasB := false, false
		for _, w := range k.Words {
			st := stemOf(fw.lang, strings.ToLower(w))
			hasA = hasA || st == sa
			hasB = hasB || st == sb
		}
		if hasA && hasB {
			return true
		}
	}
	return false
}

// MatterOf returns the kind of matter a word is of in a language (the
// name of its matters list: "order" for "pakket"), compared as stems, or
// "" when it is of none.
func MatterOf(lang, word string) string {
	fw := factLexicon(lang)
	if i, ok := fw.matterStems[stemOf(fw.lang, strings.ToLower(word))]; ok {
		return fw.Matters[i].Name
	}
	return ""
}

// signer returns the name the customer signs the message with
// (Message.Signer): the name under a letter's closing, else the reading's
// Name when a closing word or a marker stands right before it.
func signer(text, name string) string {
	sw := signWords()
	if s := letterSigner(text, sw.closings, sw.search); s != "" {
		return s
	}
	name = strings.TrimSpace(name)
	if name == "" {
		return ""
	}
	i := strings.LastIndex(text, name)
	if i < 0 {
		return ""
	}
	before := strings.ToLower(strings.TrimRight(text[max(0, i-30):i], " \t\n,"))
	for _, mark := range sw.marks {
		if strings.HasSuffix(before, mark) {
			return name
		}
	}
	return ""
}

// signSymbols are the marks before a signed name in any language: "-
// Marieke", "^EK".
var signSymbols = []string{"-", "–", "^", "~", "*", "/"}

// signerWords are the words signer looks for, of both languages.
type signerWords struct {
	closings []string
	// anchors holds a part of each closing that the text itself holds,
	// in any ASCII case, wherever its lower case holds the closing
	// (closingAnchor); "" where no part tells.
	anchors [][]byte
	// search holds the anchors a text must hold one of to have a
	// closing: those that hold no other, once each.
	search [][]byte
	marks  []string
}

var signWords = sync.OnceValue(func() *signerWords {
	nl, en := factListsOf("nl"), factListsOf("en")
	sw := &signerWords{closings: slices.Concat(nl.LetterClosings, en.LetterClosings),
		marks: slices.Concat(nl.SignMarks, en.SignMarks, signSymbols)}
	for _, cl := range sw.closings {
		sw.anchors = append(sw.anchors, []byte(closingAnchor(cl)))
	}
	// A text holds an anchor that holds another only where it holds the
	// other ("e groeten" holds "e groet"): the other alone tells, and
	// an anchor listed twice tells once.
	for _, an := range sw.anchors {
		if slices.ContainsFunc(sw.anchors, func(o []byte) bool { return len(o) < len(an) && bytes.Contains(an, o) }) ||
			slices.ContainsFunc(sw.search, func(o []byte) bool { return bytes.Equal(o, an) }) {
			continue
		}
		sw.search = append(sw.search, an)
	}
	return sw
})

// closingAnchor returns the longest run of a closing's bytes that only
// ASCII letters, digits and spaces of the text lower-case to: no "i" or
// "k" (the lower case of "İ" and of the Kelvin sign), nothing outside
// ASCII. Where the lower-cased text holds the closing, the text holds
// the anchor in some ASCII case; so a text without any anchor has no
// closing, and is not lower-cased to look.
func closingAnchor(cl string) string {
	best, start := "", 0
	for k := 0; k <= len(cl); k++ {
		if k < len(cl) && (cl[k] == ' ' || 'a' <= cl[k] && cl[k] <= 'z' && cl[k] != 'i' && cl[k] != 'k' || '0' <= cl[k] && cl[k] <= '9') {
			continue
		}
		if k-start > len(best) {
			best = cl[start:k]
		}
		start = k + 1
	}
	return best
}

// foldASCII appends s to buf with its ASCII capitals in lower case and
// every other byte as it is.
func foldASCII(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		buf = append(buf, b)
	}
	return buf
}

// letterSigner returns the name under the last of a letter's closings
// ("Hoogachtend,\nmevr. Visser"): at most four words on the closing's
// line or the next, the last capitalised; or "". anchors are the
// closings' anchors (closingAnchor).
func letterSigner(text string, closings []string, anchors [][]byte) string {
	var buf [512]byte
	folded := foldASCII(buf[:0], text)
	if !slices.ContainsFunc(anchors, func(an []byte) bool { return len(an) == 0 || bytes.Contains(folded, an) }) {
		return ""
	}
	text = strings.TrimSpace(text)
	low := strings.ToLower(text)
	at := -1
	for _, cl := range closings {
		if i := strings.LastIndex(low, cl); i > at {
			at = i + len(cl)
		}
	}
	if at < 0 {
		return ""
	}
	rest := strings.Trim(text[at:], " ,.\n\r\t")
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = strings.TrimSpace(rest[:i])
	}
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > 4 {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(words[len(words)-1])
	if !unicode.IsUpper(r) {
		return ""
	}
	return rest
}

// postsOwnData reports whether the message carries the customer's own
// personal data (Message.PostsOwnData): an export's mark where it was, or
// an entity of theirs, not the company's and not masked.
func postsOwnData(a *Analysis, redacted []string) bool {
	for _, mark := range redacted {
		if strings.Contains(a.Text, mark) {
			return true
		}
	}
	for _, e := range a.Entities {
		if e.Company || e.Masked {
			continue
		}
		switch e.Kind {
		case EntityEmail, EntityMobile, EntityPhone, EntityIBAN, EntityBSN, EntityBirth, EntityStreet:
			return true
		}
	}
	return false
}

// closingWords is the most words of more than three letters a message
// of thanks that closes a thread has: "Cool, thanks" has two, "Great,
// thanks, will do" three; "the Boorito was delicious! Thank you!" praises.
const closingWords = 3

// turnWords is that most for a message that says what the customer did
// or that it worked: "No worries. I got my four burrito bowls without
// issue. Lucky me." has nine.
const turnWords = 12

// closesThread reports a message that closes a conversation without a
// phrase of thread_close: short thanks ("Cool, thanks"), or a turn that
// says what the customer did or that it worked (the acts "done" and
// "fixed": "Just filled it out!", "That worked") or that the trouble is
// over ("I got my order without issue"), with nothing asked, no
// complaint, no praise for anyone and no ironic thanks. Praise is a
// compliment to pass on ("Top, bedankt!" is too short to be one); a
// question or a complaint opens a new case.
func closesThread(m *Message, a *Analysis) bool {
	x := &m.features
	// A turn said in so many words may run longer than bare thanks; the
	// features' "it's over" alone only in a short message ("Pakket kwijt,
	// Lotte stuurde binnen een dag een nieuw. Bedankt!" is praise).
	turn := m.Does("done") || m.Does("fixed")
	if x[featGratitude] == 0 && !turn && x[featResolved] == 0 || m.thanksAnswer {
		return false
	}
	return !m.Complaint && !hasQuestionMark(a.Tokens) && x[featInfoRequest] == 0 && x[featDemand] == 0 &&
		(x[featPraise] == 0 || m.ContentWords <= 2) && x[featIronicThanks] == 0 && x[featSarcasm] == 0 &&
		m.Colleague == (Colleague{}) && (m.ContentWords <= closingWords || turn && m.ContentWords <= turnWords)
}

// contentWords counts the words of more than three letters.
func contentWords(toks []Token) int {
	n := 0
	for _, t := range toks {
		if t.Kind == Word && len([]rune(t.Lower)) > 3 {
			n++
		}
	}
	return n
}

// tellsNothing reports a message that gives a person nothing to read
// without the thread: only words that react ("hmm ok.", "ja hoor", "Yes")
// and function words ("Dus dat was het dan?"), words that point to an
// earlier message ("zie mijn vorige bericht"), or someone else's words in
// quotation marks. A short answer that tells
// something is no such message: a word of its own ("Done.", "USA's
// Amazon.com"), a number or time ("22:11:41"), or the customer saying what
// they did ("I have not", "I just did", "ik heb het al gedaan").
func tellsNothing(a *Analysis, fr *factReading) bool {
	if fr.has[factPointer] {
		return true
	}
	reactions, subjects := fr.fw.words["reactions"], fr.fw.words["subjects"]
	for _, t := range a.Tokens {
		if t.Quoted {
			continue // someone else's words ("“If I don't provide … by 15 Feb 1970” https://…")
		}
		switch t.Kind {
		case Number:
			return false
		case Word:
			// "Ok." keeps its period as an abbreviation might.
			w := strings.TrimRight(strings.ReplaceAll(t.Lower, "’", "'"), ".")
			if reactions[w] {
				continue
			}
			if subjects[w] || !functionWord(w) {
				return false
			}
		}
	}
	return true
}

// functionWord reports a function word of either language (the words
// language detection counts): "Dus dat was het dan?" has no other.
func functionWord(w string) bool {
	return stopNL[w] || stopEN[w] || langNL[w] || langEN[w]
}

// readMood reads how the message is put (Message.Calm, Cheerful, Light,
// Shares, Confirms) off its features, words and hits.
func readMood(m *Message, a *Analysis, mw *messageWords, fw *factWords, hits []Hit) {
	m.ContentWords = contentWords(a.Tokens)
	some := func(k int) bool { return m.features[k] > 0 }
	m.Calm = !slices.ContainsFunc(displeasedFeatures, some)
	sum := func(ks []int) float64 {
		v := 0.0
		for _, k := range ks {
			v += m.features[k]
		}
		return v
	}
	pos, neg, asks := sum(happyFeatures), sum(troubleFeatures), sum(askFeatures)
	// A cry for help asks too, though no feature counts it, and the
	// sentiment lexicon hears "help" as a happy word: "Help!" is no
	// happy exclamation.
	asksHelp := slices.ContainsFunc(hits, func(h Hit) bool { return h.Category == "help-request" && !h.Quoted })
	m.Cheerful = pos >= 1 && neg == 0 && asks == 0 && !asksHelp && m.ContentWords >= 2

	qmark := hasQuestionMark(a.Tokens)
	// Light: nothing negative and nothing asked, and a photo or link, or
	// an exclamation with a happy word ("Haal dat weg!" shares nothing).
	// A photo or link sent to a support desk with plain words ("@AppleSupport
	// This is what is happening… https://…") shows a problem, not a joke:
	// it is light only with a happy word or emoji.
	m.ToDesk = toDesk(a.Tokens)
	m.Light = !qmark && !asksHelp && m.ContentWords >= 1 && (pos > 0 || !m.ToDesk) && !slices.ContainsFunc(troubleFeatures, some) && !slices.ContainsFunc(askFeatures, some)
	m.Light = m.Light && slices.ContainsFunc(a.Tokens, func(t Token) bool {
		return t.Kind == URL || t.Kind == Punct && strings.Contains(t.Text, "!") && m.features[featPositive] > 0
	})

	marks, markBloom := fw.sets.share, fw.sets.shareBloom
	laughs := slices.ContainsFunc(a.Tokens, func(t Token) bool {
		if t.mayBeIn(markBloom) && marks[t.Lower] {
			return true
		}
		// A run of emoji is one token: "😂😂".
		return t.Kind == Emoji && slices.ContainsFunc(fw.shareLower, func(w string) bool { return strings.Contains(t.Text, w) })
	})
	m.Shares = !qmark && (m.Cheerful || laughs)

	ok := fw.sets.confirm
	m.Confirms = len(mw.w) > 0 && len(mw.w) <= 4 && !slices.ContainsFunc(mw.w, func(w string) bool { return !ok[w] })
}

// happyFeatures, troubleFeatures and askFeatures are the features of a
// message that is happy, that says something is wrong and that asks;
// displeasedFeatures those of a message that is not calm.
var (
	happyFeatures      = []int{featPositive, featPosEmoji}
	troubleFeatures    = []int{featFailure, featProblem, featInsult, featCondemn, featDissatisfaction, featProfanity, featSarcasm, featNegative, featNegEmoji}
	askFeatures        = []int{featDemand, featInfoRequest, featQuestion, featQuestionStart}
	displeasedFeatures = []int{featNegative, featNegEmoji, featInsult, featProfanity, featCondemn, featDissatisfaction, featSarcasm,
		featIronicThanks, featShout, featGrievanceQuestion, featDemand, featEscalation}
)

// foreign reports a message in another language than Dutch or English:
// three or more function words of French, German or Spanish, and more of
// them than Dutch and English ones.
func foreign(toks []Token, set map[string]bool, b *wordBloom) bool {
	n := 0
	for i := range toks {
		if t := &toks[i]; t.Kind == Word && t.mayBeIn(b) && set[t.Lower] {
			n++
		}
	}
	if n < 3 {
		return false // no need to count the votes
	}
	nl, en := langVotes(toks)
	return n > nl+en
}

// relation returns the first of the relatives or pets a customer names
// with a possessive of either language's possessives ("mijn dochter", "mn
// zoon", "my dog's": "dochter", "zoon", "dog"), or "".
func relation(toks []Token, rel map[string]bool) string {
	ts := thingSets()
	possessives := ts.possessives
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].mayBeIn(ts.possessiveBloom) || !possessives[toks[i].Lower] {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(toks[i+1].Lower, "'s"), "’s")
		if rel[w] {
			return w
		}
	}
	return ""
}

// colleagueWords are the word sets of colleague, per language, built once.
type colleagueWords struct {
	roles, helped, praise, notNames, nameLeads, nameAt map[string]bool
	// roleBloom holds roles, which every word of a message is looked up in.
	roleBloom *wordBloom
}

// nameLeads are the titles and particles of both languages before a
// surname ("mevrouw", "de", "Mr").
var nameLeads = sync.OnceValue(func() map[string]bool {
	return lowerSet(factListsOf("nl").NameLeads, factListsOf("en").NameLeads)
})

// surname reports a capitalised word (not all capitals) inside its
// sentence right after a title or particle: "Boer" in "mevrouw De Boer",
// "Jones" in "Mr Jones", "Helder" in "Den Helder". It names someone or
// somewhere; the sentiment lexicon's "boer" is not meant. Words in title
// case after other words in title case ("Worst Customer Service Ever")
// keep their feeling.
func surname(a *Analysis, i int) bool {
	if i < 1 || i >= len(a.Tokens) || !titled(a.Tokens[i]) || startsSentence(a, i) {
		return false
	}
	prev := a.Tokens[i-1]
	return prev.Kind == Word && nameLeads()[strings.TrimSuffix(prev.Lower, ".")]
}

// titled reports a word in title case: "Boer", not "BOER" or "boer".
func titled(t Token) bool {
	if t.Kind != Word || len(t.Text) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) && Shouted(t.Text) < 2
}

var colleagueSets = map[string]func() *colleagueWords{
	"nl": sync.OnceValue(func() *colleagueWords { return newColleagueWords("nl") }),
	"en": sync.OnceValue(func() *colleagueWords { return newColleagueWords("en") }),
}

func newColleagueWords(lang string) *colleagueWords {
	fw, nl, en := factListsOf(lang), factListsOf("nl"), factListsOf("en")
	cw := &colleagueWords{roles: lowerSet(fw.StaffRoles), helped: lowerSet(nl.HelpedVerbs, en.HelpedVerbs),
		praise: lowerSet(nl.PersonPraise, en.PersonPraise), notNames: lowerSet(nl.NotNames, en.NotNames),
		nameLeads: lowerSet(nl.NameLeads, en.NameLeads), nameAt: lowerSet(nl.NameAt, en.NameAt)}
	cw.roleBloom = bloomOf(cw.roles)
	return cw
}

// colleague finds the colleague a customer names: the name after a word
// of praise ("compliment voor Sanne"), a role and the name after it ("de
// conducteur, Ahmed"), a role alone ("the driver … was great"), a name
// with where they work ("Sue from your Bath branch"), or a name inside a
// sentence that did something for the customer ("en Priya regelde het").
func colleague(a *Analysis, mw *messageWords, fw *factWords) Colleague {
	load, ok := colleagueSets[a.Lang]
	if !ok {
		load = colleagueSets["nl"]
	}
	cw := load()
	toks := a.Tokens
	// Whether each token is a name, found once (0: not yet, 1: a name,
	// 2: none): the passes below ask it of a word up to four times, and
	// each time the message's handles are searched for it.
	var nameBuf [64]int8
	names := nameBuf[:]
	if len(toks) > len(nameBuf) {
		names = make([]int8, len(toks))
	}
	isName := func(k int) bool {
		if k < 0 || k >= len(toks) || toks[k].Kind != Word {
			return false
		}
		if names[k] == 0 {
			t := toks[k].Text
			r, _ := utf8.DecodeRuneInString(t)
			names[k] = 2
			if unicode.IsUpper(r) && len(t) >= 2 && Shouted(t) < 3 && !cw.notNames[toks[k].Lower] && !inHandle(toks, toks[k].Lower) {
				names[k] = 1
			}
		}
		return names[k] == 1
	}
	next := func(k int) int {
		for k++; k < len(toks) && toks[k].Kind == Punct && toks[k].Text == ","; k++ {
		}
		return k
	}
	for _, lead := range fw.praiseLeads {
		if i := mw.findIn(lead, 0, len(mw.w)); i >= 0 {
			// The name right after the lead, a comma at most between:
			// "Thank you Sarah", "Dank je wel, Ilse"; not the first word
			// of the next sentence ("Thank you. Great service").
			k := i + len(lead)
			if k >= len(mw.w) || next(mw.at[k-1]) != mw.at[k] {
				continue
			}
			if title := strings.TrimSuffix(mw.w[k], "."); !cw.nameLeads[title] && isName(mw.at[k]) {
				return Colleague{Name: toks[mw.at[k]].Text, Praised: true}
			} else if cw.nameLeads[title] {
				// "Dank u wel mevrouw De Boer": the title and the surname
				// with its particles.
				j := mw.at[k] + 1
				for j < len(toks) && toks[j].Kind == Word && cw.nameLeads[toks[j].Lower] && !titled(toks[j]) {
					j++
				}
				end := j
				for end < len(toks) && titled(toks[end]) && end-j < 3 {
					end++
				}
				if end > j {
					return Colleague{Name: a.Text[toks[mw.at[k]].Span.Start:toks[end-1].Span.End], Praised: true}
				}
			}
		}
	}
	didForSomeone := func(k int) bool {
		if k >= len(toks) {
			return false
		}
		if cw.helped[toks[k].Lower] {
			return true
		}
		switch toks[k].Lower {
		case "was", "is", "bleef", "stayed":
		default:
			return false
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if cw.praise[toks[j].Lower] {
				return true
			}
		}
		return false
	}
	for k, t := range toks {
		if t.Kind != Word {
			continue
		}
		if toks[k].mayBeIn(cw.roleBloom) && cw.roles[t.Lower] {
			if n := next(k); isName(n) {
				return Colleague{Name: toks[n].Text, Praised: deedLater(a, cw, n+1)}
			}
			return Colleague{Role: t.Lower, Praised: deedLater(a, cw, k+1)}
		}
		if isName(k) && k+2 < len(toks) && (toks[k+1].Lower == "from" || toks[k+1].Lower == "at" || toks[k+1].Lower == "van") &&
			(toks[k+2].Lower == "your" || toks[k+2].Lower == "jullie") {
			return Colleague{Name: t.Text, Praised: deedLater(a, cw, k+3)}
		}
		// A sentence's first word is left out: it is capitalised whatever
		// it is ("Service was great").
		if k > 0 && isName(k) && didForSomeone(k+1) && !startsSentence(a, k) {
			return Colleague{Name: t.Text, Praised: true}
		}
		// A name with where they work, then what they did or how they
		// were, later in the same sentence: "Priya on the helpline sorted
		// it", "Joyce van de chat had het binnen vijf minuten geregeld",
		// "dat Mehmet bij de kassa zo geduldig was".
		if k > 0 && isName(k) && !startsSentence(a, k) && k+1 < len(toks) && cw.nameAt[toks[k+1].Lower] && !cw.nameAt[toks[k-1].Lower] &&
			deedLater(a, cw, k+2) {
			return Colleague{Name: t.Text, Praised: true}
		}
	}
	return Colleague{}
}

// colleagueReach is how many tokens past a colleague's workplace a deed
// or praise may stand in the sentence ("Joyce van de chat had binnen vijf
// minuten een nieuw geregeld").
const colleagueReach = 10

// deedLater reports a word of what a colleague did or how they were
// (helped_verbs, person_praise) within colleagueReach tokens from k, in
// the sentence of k.
func deedLater(a *Analysis, cw *colleagueWords, k int) bool {
	if k >= len(a.Tokens) {
		return false
	}
	s := a.SentenceAt(a.Tokens[k].Span.Start)
	for j := k; j < len(a.Tokens) && j < k+colleagueReach; j++ {
		if s >= 0 && j >= a.Sentences[s].Last {
			return false
		}
		if w := a.Tokens[j].Lower; cw.helped[w] || cw.praise[w] {
			return true
		}
	}
	return false
}

// inHandle reports a word that is part of an @handle of the message:
// the brand the customer tags ("Topservice van Coolblue @Coolblue"), no
// colleague.
func inHandle(toks []Token, lower string) bool {
	if len(lower) < 3 {
		return false
	}
	for _, t := range toks {
		if t.Kind == Handle && strings.Contains(t.Lower, lower) {
			return true
		}
	}
	return false
}

// startsSentence reports whether token k is the first word or number of
// its sentence.
func startsSentence(a *Analysis, k int) bool {
	s := a.SentenceAt(a.Tokens[k].Span.Start)
	if s < 0 {
		return false
	}
	for j := a.Sentences[s].First; j < a.Sentences[s].Last; j++ {
		if t := a.Tokens[j]; t.Kind == Word || t.Kind == Number {
			return j == k
		}
	}
	return false
}

// durationWords are the words a stated duration is made of: numbers ("#"
// for any number of up to three digits), units and words of since.
type durationWords struct {
	Numbers []string `yaml:"numbers"`
	Units   []string `yaml:"units"`
	Since   []string `yaml:"since"`
	// SinceJoins are the words after a word of since that need the next
	// word too: "since the weekend", "sinds vorige week".
	SinceJoins []string `yaml:"since_joins"`
	// SinceNot are the words after which a word of since says no time
	// the reply can repeat: a subject pronoun that starts a clause ("since
	// I ordered it", "sinds ik belde") or a possessive the reply would say
	// from the other side ("since my birthday", "sinds jullie update").
	SinceNot []string `yaml:"since_not"`
	// SinceClause are the verbs that, right after the word that follows
	// "since", make it a clause of cause, not a start: "since machine was
	// unable to print" (English "since" as "because"). Dutch "sinds" is
	// never causal: none.
	SinceClause []string `yaml:"since_clause"`
	// Clock are the words before a number and unit that make it a time
	// of day, not a duration: "om 10 uur", "at 10 hrs".
	Clock []string `yaml:"clock"`
	// Not are the words before a number and unit that make it no time
	// the matter has gone on: how often ("om de 10 minuten", "every 2
	// hours"), a deadline or a time still to come ("binnen een dag",
	// "pas over 10 werkdagen", "within a day").
	Not []string `yaml:"not"`
	// Age are the words after a number and unit that make it someone's
	// age ("3 weeks old"), AgeOf those between a relative and them ("een
	// baby van 3 weken": the language's relations before "van").
	Age   []string `yaml:"age"`
	AgeOf []string `yaml:"age_of"`
}

// lasted returns the first duration the message states: "sinds maandag",
// or a number and a unit ("drie dagen", "2 weeks").
func lasted(mw *messageWords, fw *factWords) Lasted {
	fs := &fw.sets
	nums, units, since := fs.numbers, fs.units, fs.since
	joins, not, clock := fs.sinceJoins, fs.sinceNot, fs.clock
	notFor, age, ageOf, relations := fs.durationNot, fs.durationAge, fs.durationAgeOf, fs.relations
	sinceBloom, numBloom, anyNum := fs.sinceBloom, fs.numbersBloom, nums["#"]
	w, at, toks := mw.w, mw.at, mw.a.Tokens
	// noTime: a word before the number (or before its article: "om de
	// 10 minuten") that makes it no duration.
	noTime := func(i int) bool {
		return i > 0 && (clock[w[i-1]] || notFor[w[i-1]] || i > 1 && notFor[w[i-2]] && joins[w[i-1]])
	}
	for i := 0; i+1 < len(w); i++ {
		if sinceBloom.has(mw.h[i]) && since[w[i]] && toks[at[i+1]].Kind == Word && !not[w[i+1]] {
			// "since the weekend": a word that needs the next one takes
			// it, or says no time ("since the." would read wrong).
			if !joins[w[i+1]] {
				if i+2 < len(w) && fs.sinceClause[w[i+2]] {
					continue // "since machine was unable": because
				}
				return Lasted{Since: w[i] + " " + toks[at[i+1]].Text}
			}
			if i+2 < len(w) && toks[at[i+2]].Kind == Word && !joins[w[i+2]] {
				return Lasted{Since: w[i] + " " + toks[at[i+1]].Text + " " + toks[at[i+2]].Text}
			}
		}
		isNum := numBloom.has(mw.h[i]) && nums[w[i]] || anyNum && toks[at[i]].Kind == Number && len(w[i]) <= 3
		if !isNum || !units[w[i+1]] || noTime(i) {
			continue
		}
		// "een baby van 3 weken", "a 3 week old baby": an age.
		isAge := i+2 < len(w) && age[w[i+2]] || i > 1 && ageOf[w[i-1]] && relations[w[i-2]]
		if !isAge {
			// "30 min." ends a sentence of ours without its period.
			return Lasted{Amount: w[i], Unit: strings.TrimSuffix(w[i+1], ".")}
		}
	}
	return Lasted{}
}

// takeover returns the first kind of takeover (fw.Takeover) whose words
// stand in a sentence that tells it, not one that asks whether ("Is mijn
// account gehackt?"), or "".
func takeover(a *Analysis, mw *messageWords, fw *factWords) string {
	kind := -1
	for i := range mw.w {
		mw.phrasesAt(fw.takeover, i, nil, func(k int) {
			l := fw.takeover.list[k]
			if (kind < 0 || l < kind) && !sentenceHasQuestionMark(a, a.SentenceAt(a.Tokens[mw.at[i]].Span.Start)) {
				kind = l
			}
		})
	}
	if kind < 0 {
		return ""
	}
	return fw.Takeover[kind].Name
}

// elderAge is the stated age from which a household is vulnerable as
// older (Message.Vulnerable "older").
const (
	elderAge  = 75
	elderKind = "older"
)

// recurrenceWords are the words a count of how often something went
// wrong is made of: an ordinal and the word of times ("derde keer", "4th
// time"), and the periods that may follow ("deze maand", "in a row").
type recurrenceWords struct {
	Ordinals []string `yaml:"ordinals"`
	Times    []string `yaml:"times"`
	Periods  []string `yaml:"periods"`
	// Counts are numbers of times, in the order of Ordinals ("drie" is
	// "derde"), read after a word of CountLeads, at most one word
	// between: "al drie keer", "already called four times".
	Counts     []string `yaml:"counts"`
	CountLeads []string `yaml:"count_leads"`
}

// again returns the first count of a recurrence the message states: an
// ordinal right before the word of times ("voor de derde keer", "the 4th
// time"), with the period right after it ("deze maand", "this week").
func again(mw *messageWords, fw *factWords) Recurrence {
	ord, times, ordBloom := fw.sets.ordinals, fw.sets.times, fw.sets.ordinalsBloom
	for i := 0; i+1 < len(mw.w); i++ {
		if !ordBloom.has(mw.h[i]) || !ord[mw.w[i]] || !times[mw.w[i+1]] {
			continue
		}
		return Recurrence{Nth: mw.w[i], Period: periodAt(mw, fw, i+2)}
	}
	// "al drie keer", "already three times": the count said as its
	// ordinal.
	rw := fw.Recurrence
	timesBloom := fw.sets.timesBloom
	for i := 1; i+1 < len(mw.w); i++ {
		// The word of times after the number, first (a bit test for
		// most words); the lead right before the number or one word
		// before it: "al drie keer", "already called four times".
		if !timesBloom.has(mw.h[i+1]) || !times[mw.w[i+1]] {
			continue
		}
		if led := slices.Contains(rw.CountLeads, mw.w[i-1]) || i >= 2 && slices.Contains(rw.CountLeads, mw.w[i-2]); !led {
			continue
		}
		if n := slices.Index(rw.Counts, mw.w[i]); n >= 0 && n < len(rw.Ordinals) {
			return Recurrence{Nth: rw.Ordinals[n], Period: periodAt(mw, fw, i+2)}
		}
	}
	return Recurrence{}
}

// periodAt returns the period of the language's recurrence words that
// starts at word i ("deze maand"), or "".
func periodAt(mw *messageWords, fw *factWords, i int) string {
	for _, p := range fw.periods {
		if mw.matchAt(p, i, 0) {
			return strings.Join(p, " ")
		}
	}
	return ""
}

// grammarWords are the function words of the features' grammar in one
// language.
type grammarWords struct {
	// Copulas link a subject to what it is ("is", "waren"): judgedService.
	Copulas []string `yaml:"copulas"`
	// ServiceDeterminers stand before what the customer judges ("your",
	// "de"); SecondPerson is the company addressed ("you", "jullie");
	// DegreeWords may stand between the copula and the judgement ("so",
	// "echt").
	ServiceDeterminers []string `yaml:"service_determiners"`
	SecondPerson       []string `yaml:"second_person"`
	DegreeWords        []string `yaml:"degree_words"`
	// ClauseBreaks start a clause of its own ("but", "maar"): ownDoing.
	ClauseBreaks []string `yaml:"clause_breaks"`
	// FirstPersonSubjects are the subjects of what the customer keeps
	// doing ("we blijven genieten"); RecurrenceVerbs say something goes
	// on ("keeps", "blijft"); RecurrenceFillers may stand between such a
	// verb and what goes on ("maar", "still"): recurrence.
	FirstPersonSubjects []string `yaml:"first_person_subjects"`
	RecurrenceVerbs     []string `yaml:"recurrence_verbs"`
	RecurrenceFillers   []string `yaml:"recurrence_fillers"`
	// Conditionals open a clause of what might happen ("als", "if");
	// ConditionEnds close it before the main clause ("dan", "then"):
	// supposedTrouble.
	Conditionals  []string `yaml:"conditionals"`
	ConditionEnds []string `yaml:"condition_ends"`
	// HypotheticalLeads before a conditional make the whole sentence a
	// supposition ("what if", "wat als"): supposedTrouble.
	HypotheticalLeads []string `yaml:"hypothetical_leads"`
	// ComparisonLeads are the words besides comparatives in -er that a
	// "dan" or "than" compares with ("meer dan", "anders dan"), so it
	// ends no clause: supposedTrouble.
	ComparisonLeads []string `yaml:"comparison_leads"`
	// InterfaceWords name the kind of a labelled thing on a screen or a
	// form ("knop", "button"): a word quoted before one is its label,
	// not irony (scareQuotedAttribute).
	InterfaceWords []string `yaml:"interface_words"`
}

// grammarSet is the function words of both languages' grammar, as sets;
// recurrence verbs per language, as the word after them ends in -ing or
// -en.
type grammarSet struct {
	copulas, serviceDeterminers, secondPerson, degreeWords, clauseBreaks map[string]bool
	firstPersonSubjects, recurrenceFillers                               map[string]bool
	conditionals, conditionEnds, comparisonLeads, interfaceWords         map[string]bool
	hypotheticalLeads                                                    map[string]bool
	recurrenceEN, recurrenceNL                                           map[string]bool
	// copulaBloom holds copulas; recurrenceBloom recurrenceEN and
	// recurrenceNL.
	copulaBloom, recurrenceBloom *wordBloom
}

var grammarSets = sync.OnceValue(func() *grammarSet {
	nl, en := factListsOf("nl").Grammar, factListsOf("en").Grammar
	g := &grammarSet{
		copulas: lowerSet(nl.Copulas, en.Copulas), serviceDeterminers: lowerSet(nl.ServiceDeterminers, en.ServiceDeterminers),
		secondPerson: lowerSet(nl.SecondPerson, en.SecondPerson), degreeWords: lowerSet(nl.DegreeWords, en.DegreeWords),
		clauseBreaks: lowerSet(nl.ClauseBreaks, en.ClauseBreaks), firstPersonSubjects: lowerSet(nl.FirstPersonSubjects, en.FirstPersonSubjects),
		recurrenceFillers: lowerSet(nl.RecurrenceFillers, en.RecurrenceFillers),
		recurrenceEN:      lowerSet(en.RecurrenceVerbs), recurrenceNL: lowerSet(nl.RecurrenceVerbs),
		conditionals: lowerSet(nl.Conditionals, en.Conditionals), conditionEnds: lowerSet(nl.ConditionEnds, en.ConditionEnds),
		comparisonLeads: lowerSet(nl.ComparisonLeads, en.ComparisonLeads), interfaceWords: lowerSet(nl.InterfaceWords, en.InterfaceWords),
		hypotheticalLeads: lowerSet(nl.HypotheticalLeads, en.HypotheticalLeads),
	}
	g.copulaBloom, g.recurrenceBloom = bloomOf(g.copulas), bloomOf(g.recurrenceEN, g.recurrenceNL)
	return g
})

// namedWords are one kind (of grave complaint, of matter): its name and
// its words.
type namedWords struct {
	Name  string   `yaml:"name"`
	Words []string `yaml:"words"`
}

// selfIn reports whether a sentence holding one of the spans has a word
// of self: the customer or theirs is in what happened ("ik viel", "my
// son", "er zat glas in mijn yoghurt"), not only someone else ("een oude
// vrouw viel", "the driver ran a red light"). A word of self that one of
// the onlooker's verbs follows within three words is the customer
// watching, not in it ("ik zag een fietser vallen", "I saw a man fall").
func selfIn(a *Analysis, spans []Span, self, onlooker map[string]bool) bool {
	seen := map[int]bool{}
	for _, sp := range spans {
		k := a.SentenceAt(sp.Start)
		if k < 0 || seen[k] {
			continue
		}
		seen[k] = true
		s := a.Sentences[k]
		watches := func(j int) bool {
			for n := 0; j < s.Last && n < 3; j++ {
				if t := a.Tokens[j]; t.Kind == Word {
					if onlooker[t.Lower] {
						return true
					}
					n++
				}
			}
			return false
		}
		for j := s.First; j < s.Last; j++ {
			if self[a.Tokens[j].Lower] && !watches(j+1) {
				return true
			}
		}
	}
	return false
}

// respell gives the words of a that customers spell their own way the
// standard spelling of the language's facts lexicon (factWords.Spelling)
// as the form every list matches: "Da kan toch nie" reads as "dat kan
// toch niet". The text as written, and each token's Text and span, are
// kept.
func respell(a *Analysis) {
	if a.Lang != "nl" && a.Lang != "en" {
		return
	}
	fw := factLexicon(a.Lang)
	sp := fw.Spelling
	if len(sp) == 0 {
		return
	}
	for i := range a.Tokens {
		if t := &a.Tokens[i]; t.Kind == Word && t.mayBeIn(fw.spelling) {
			if w, ok := sp[t.Lower]; ok {
				t.Lower, t.cls, t.h = w, classOf(w), uint32(wordHash(w)>>32)
			}
		}
	}
}
