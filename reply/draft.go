package reply

import (
	"fmt"
	"hash/fnv"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// Profile is who replies and how: the agent, the brand, the team's address
// policy, the channel and its contact routes. The zero Profile drafts a
// Dutch public reply with placeholders for name and role.
type Profile struct {
	// Agent is the name the reply is signed with, e.g. "Anne".
	Agent string
	// Role is the agent's role, e.g. "webcare" or "teamleider klantenservice".
	Role string
	// Brand is the company's name, used in statements.
	Brand string
	// Address is the Dutch register policy: "match" (or "": the
	// customer's je or u), "je" or "u".
	Address string
	// DefaultAddress is the register when matching finds none: "je" (or
	// "") or "u".
	DefaultAddress string
	// Channel is the reply's channel when the input names none: "public"
	// (the default), "private" or "email".
	Channel string
	// DM is the word for a direct message in the channel, e.g. "DM", "PB"
	// or "privébericht"; "" uses the template's.
	DM string
	// Phone is the company's phone number; a safety matter asks the
	// customer to call it.
	Phone string
	// Email is the company's e-mail address, for templates that use
	// {email}.
	Email string
	// InfoPage is the link to the one page with all information about an
	// incident (webcarecrisis, step 2), for holding messages.
	InfoPage string
	// Incident says what is going on, for a holding message: "de storing
	// bij het pinnen". Empty: a placeholder.
	Incident string
	// NextUpdate is when the next update comes, for a holding message:
	// "16:00". Empty: a placeholder.
	NextUpdate string
	// Seed varies the wording: the same message and seed always give the
	// same draft, different messages get different variants.
	Seed uint64
	// Templates are the team's templates; nil uses DefaultTemplates.
	Templates *Templates
	// Lint is the config every draft is checked with; nil uses the
	// default config.
	Lint *lint.Config
	// Matrix classifies the message (safety, legal, …); nil uses
	// DefaultMatrix.
	Matrix *Matrix
	// Triage is the decision the draft follows, e.g. from TriageBatch
	// (a wave); nil: Draft triages the message itself with Matrix.
	Triage *Decision
}

// Reply is a drafted reply, holding message or statement.
type Reply struct {
	// Text is the draft. Placeholders in square brackets are for the agent
	// to fill before posting.
	Text string `json:"text"`
	// Lang is "nl" or "en".
	Lang string `json:"lang"`
	// Kind is "reply", "holding" or "statement". A crisis message gets a
	// holding message even when a reply was asked for.
	Kind string `json:"kind"`
	// Channel is "public", "private" or "email".
	Channel string `json:"channel"`
	// Address is the Dutch register the draft uses, "je" or "u"; "" in
	// English.
	Address string `json:"address,omitempty"`
	// Category is the incoming message's category; "" for statements.
	Category Category `json:"category,omitempty"`
	// Placeholders are the spans the agent must fill.
	Placeholders []Placeholder `json:"placeholders"`
	// Words is the number of words, as the length rule counts them.
	Words int `json:"words"`
	// Findings are what lint still reports on the draft: none at warning
	// or above outside placeholders, unless Clean is false.
	Findings []lint.Finding `json:"findings"`
	// Clean is set when no finding at warning or above lies outside a
	// placeholder and no placeholder is left: a draft with a slot to fill
	// is never ready to send.
	Clean bool `json:"clean"`
	// Hold is set when the message waits for the owner: there is no
	// public draft (Text is empty) and Note says who to involve.
	Hold bool `json:"hold"`
	// Note is an internal note for the team, in the team's language: who
	// to involve before anything is posted.
	Note string `json:"note,omitempty"`
	// Missing lists the facts a statement still needs (Facts.Missing);
	// the draft is then a holding message.
	Missing []string `json:"missing,omitempty"`
	// Incoming is the customer's message the draft answers.
	Incoming string `json:"-"`
}

// Placeholder is a span of a draft the agent must fill, e.g. "[wat we
// doen en wanneer]".
type Placeholder struct {
	// Text is the placeholder with its brackets.
	Text string `json:"text"`
	// Span is its byte range in the draft (offset, end_offset in JSON).
	tone.Span
}

// PassesRules reports whether lint finds nothing at warning or above
// outside the draft's placeholders: the draft is right as far as it goes,
// though it may still have slots to fill (then Clean is false).
func (r Reply) PassesRules() bool {
	for _, f := range r.Findings {
		if f.Severity >= lint.Warning && !inPlaceholder(r.Placeholders, f.Span) {
			return false
		}
	}
	return true
}

// Input returns the tone.Input to lint the draft with, including the
// customer's message.
func (r Reply) Input() tone.Input {
	return tone.Input{Text: r.Text, Incoming: r.Incoming, Lang: r.Lang, Channel: r.Channel, Kind: r.Kind}
}

// Lint lints the draft with a config (nil: the default).
func (r Reply) Lint(cfg *lint.Config) lint.Result { return lint.Lint(r.Input(), cfg) }

// Draft writes a first reply to a customer's message (in.Incoming, or
// in.Text when Incoming is empty) that follows the message's triage:
//
//   - a message that waits for the owner (hold) gets no public draft, only
//     Reply.Hold and an internal Note saying who to involve;
//   - a journalist asking for themselves is pointed to the spokesperson;
//   - a message in a wave, or about a crisis, gets the one standard
//     holding message, the same for every customer (webcarecrisis);
//   - any other message gets a reply that says the customer's situation
//     back in our own words (the thing, what went wrong, how long: never a
//     quote of their words, so never their typos, insults or sarcasm), with
//     the tone the reading asks for: specific empathy and an apology for a
//     complaint, taking the grievance seriously for sarcasm, acting
//     without thanks on a privacy or security matter, an answer slot for a
//     question, thanks (to the colleague they name) for a compliment,
//     condolences without an apology for the death.
//
// The register follows the customer's je or u and a formal letter's
// "Geachte … Hoogachtend". The wording varies with p.Seed and the message.
// Every draft is linted; Draft tries other variants until no finding at
// warning or above lies outside a placeholder, and reports the outcome in
// Reply.Clean. With in.Kind "holding" it writes the holding message; with
// "statement" a statement with every fact a placeholder.
func Draft(in tone.Input, p Profile) Reply {
	text := in.Incoming
	if strings.TrimSpace(text) == "" {
		text = in.Text
	}
	if in.Kind == tone.KindStatement {
		lang := in.Lang
		if !isLanguage(lang) {
			lang = tone.Analyze(tone.Input{Text: text}).Lang
		}
		return Statement(Facts{Lang: lang, Brand: p.Brand, Spokesperson: p.Agent, Role: p.Role,
			InfoPage: p.InfoPage, Incident: p.Incident, Address: p.Address, Templates: p.Templates, Lint: p.Lint})
	}
	c := newComposer(in, text, p)
	if c.kind == tone.KindReply && c.foreign() {
		// French, German, Spanish: no draft in the wrong language.
		return c.holdForeign()
	}
	if c.kind == tone.KindReply && c.r.msg.Spam && c.mood != moodSafety && c.mood != moodPrivacy {
		// "Verdien €500 per dag vanuit huis!! check mijn bio": nobody to
		// help, and a public reply only spreads it.
		return c.holdSpam()
	}
	if (c.d.Hold || c.r.msg.FromPress) && c.kind == tone.KindReply {
		// A journalist asking for themselves is held too: what we say
		// on record is the spokesperson's call, and the note names them.
		return c.hold()
	}
	var best Reply
	bestBad := -1
	for attempt := range attempts {
		r := c.compose(attempt)
		bad := c.check(&r)
		if bad == 0 {
			return r
		}
		if bestBad < 0 || bad < bestBad {
			best, bestBad = r, bad
		}
	}
	return best
}

// DraftBatch triages a batch as a queue (TriageBatch) and drafts a reply
// to each message that follows its decision: every message in one wave
// gets the same holding message. The replies come back in the queue's
// order, next to their decisions.
func DraftBatch(items []Incoming, p Profile) ([]Decision, []Reply) {
	queue := TriageBatch(items, p.Matrix)
	out := make([]Reply, len(queue))
	for i := range queue {
		q := p
		q.Triage = &queue[i]
		it := items[queue[i].Index]
		out[i] = Draft(tone.Input{Incoming: it.Text, Lang: it.Lang, Customer: it.Customer}, q)
	}
	return queue, out
}

// attempts is how many variants Draft tries before it settles for the
// best; later attempts drop the situation and then the apology's variant.
const attempts = 8

// maxCopied is the longest run of the customer's words a draft may repeat:
// more reads as a quote (escalatie voorkomen: pick up their language, don't
// parrot it).
const maxCopied = 5

// mood is the kind of opening a draft needs.
type mood string

const (
	moodComplaint   mood = "complaint"
	moodSarcasm     mood = "sarcasm"
	moodPrivacy     mood = "privacy"
	moodSafety      mood = "safety"
	moodBereavement mood = "bereavement"
	moodQuestion    mood = "question"
	moodCompliment  mood = "compliment"
	moodOther       mood = "other"
	// moodShare is a cheerful message that shares something (a photo, a
	// joke, their order) without praising anyone or asking anything.
	moodShare mood = "share"
	// moodSent is a customer who tells us they sent the details in a
	// private message: confirm it arrived and say when they hear back.
	moodSent mood = "sent"
	// moodFollow is a message with content that is no question, complaint
	// or compliment (an answer in a thread, details sent), or one the
	// reading hears as a complaint without being sure and without a
	// failure the draft can name: it acknowledges and leaves the next step
	// to fill, without admitting a failure nobody reported.
	moodFollow mood = "follow"
)

// unsureConfidence is the reading's confidence below which a complaint
// gets an apology only when the draft can name what went wrong (a frame
// of the templates matches).
const unsureConfidence = 0.5

// askConfidence is the reading's confidence below which a complaint that
// asks a question and names no failure the draft knows is answered as a
// question.
const askConfidence = 0.6

// composer holds what Draft knows about the message and the profile.
type composer struct {
	p         Profile
	text      string
	lang      string
	kind      string
	channel   string
	address   string
	lt        *langTemplates
	def       *langTemplates // the built-in language, for lists a team left out
	form      *formTemplates
	defForm   *formTemplates // the built-in form, for lists a team left out
	m         *Matrix
	r         *reading
	d         Decision
	mood      mood
	name      string
	handle    string
	who       string // "je vader" for "mijn vader", or "" when no relation
	object    string // "je pakket", "de trein", or ""
	situation string // "je pakket na drie dagen nog steeds niet bij je is", or ""
	// situationFirst is the situation without its added clause ("… en
	// het niet de eerste keer is"), or "" when it has none.
	situationFirst string
	colleague      string // "Sanne", "de conducteur", or ""
	// urgent is set when the reading says the household is without
	// heating, power or water (tone.Message.Vital) and it is a
	// vulnerable one (vulnerable says who: "met een baby in huis").
	urgent     bool
	vulnerable string
	// senderCheck is set when the customer asks whether a mail or text is
	// ours (tone.Message.ChecksSender) and tells no takeover: the answer
	// warns not to click and says how to check.
	senderCheck bool
	// takeover is what someone else used of theirs, "account" or "card"
	// (tone.Message.Takeover), when the templates answer it: it is made
	// safe first.
	takeover  string
	framed    bool       // a frame of the templates named what went wrong
	unsure    bool       // the reading hears a complaint without being sure
	troubled  bool       // a question that says what went wrong
	exposed   bool       // the customer posted their own personal data in public
	removal   bool       // a privacy matter that asks us to take a post down
	lasted    bool       // the situation says how long it has gone on
	serious   bool       // no casual words: see isSerious
	churn     bool       // a complaint from a customer who says they will leave
	needsData bool       // a complaint about their own order, booking, account or service
	grave     *graveKind // a complaint that is never small: see findGrave
	welcome   bool       // a bare thanks: answered with "graag gedaan"
	closes    bool       // thanks that close a conversation ("thanks for your reply")
	// act is what the customer asks us to do, when the draft answers it
	// (tone.Message.Acts: "cancel", "erase", "escalate"), or "";
	// actOpens is set when the act's opening says the regret too.
	act      string
	actOpens bool
	// wish is set for good wishes ("fijne dag gewenst"), wished back.
	wish bool
	// fixed is set for praise after something that went wrong and is
	// put right now ("Thanks for sorting out my double charge"): glad
	// it's sorted, not "so glad you enjoyed your charge".
	fixed bool
	// gas is set for a smell of gas that may still be there, told by
	// the customer about their own place: the opening says what to do now
	// and is the whole reply.
	gas bool
	// thread is set for a complaint that answers an earlier conversation
	// and says nothing new of what went wrong ("They have no info
	// either", "Nog steeds hetzelfde als gisteren"): regret, and the
	// thread read back, not "DM us what happened".
	thread bool
	// askWhat is set for a complaint that does not say what went wrong:
	// the draft asks in a DM what happened instead of promising a step.
	askWhat  bool
	personal bool
	apology  bool
	data     string
	// objectMarked is set when the message names the thing with a
	// possessive or an article ("mijn pas", "the flight"), not as a bare
	// word that may be a name ("Branch from Trolls").
	objectMarked bool
	// objectFirst is set when the thing is named in the first sentence;
	// objectOpens when it is the message's first word ("Schimmel in de
	// badkamer, al sinds februari gemeld."): what the whole message is
	// about.
	objectFirst, objectOpens bool
}

func newComposer(in tone.Input, text string, p Profile) *composer {
	m := orDefault(p.Matrix)
	c := &composer{p: p, text: text, kind: in.Kind, channel: in.Channel, m: m}
	if c.kind == "" {
		c.kind = tone.KindReply
	}
	if c.channel == "" {
		c.channel = p.Channel
	}
	if c.channel == "" {
		c.channel = tone.ChannelPublic
	}
	lang := in.Lang
	c.r = m.read(text, lang)
	c.lang = c.r.a.Lang
	if p.Triage != nil {
		c.d = *p.Triage
	} else {
		c.d = m.decide(Incoming{Text: text, Lang: lang, Customer: in.Customer}, c.r, nil, 0)
	}
	c.lt = p.Templates.lang(c.lang)
	c.def = DefaultTemplates().lang(c.lang)
	c.address = c.chooseAddress()
	formName := c.address
	if c.lang != "nl" {
		formName = "you"
	}
	c.form = c.lt.form(formName)
	c.defForm = c.def.form(formName)
	if c.form == nil {
		c.form = c.defForm
	}
	if c.defForm == nil {
		c.defForm = c.form
	}

	// Who: a handle opens a public reply; a name is used in the greeting.
	cust := strings.TrimSpace(in.Customer)
	switch {
	case strings.HasPrefix(cust, "@"):
		c.handle = strings.Fields(cust)[0]
	case cust != "":
		c.name = cust
	}
	if c.name == "" {
		c.name = c.r.msg.Signer
	}
	c.name = c.politeName(c.name)

	c.personal = c.r.msg.Personal
	unsureAsk := false
	postsData := c.r.msg.PostsOwnData
	switch {
	case c.bereaved():
		c.mood = moodBereavement
	case c.d.Category == CategorySafety:
		c.mood = moodSafety
	case c.r.has(CueBreach) || c.r.complaint && (c.r.has(CuePrivacy) || c.d.Subject != "" && c.subjectHasSignal(CuePrivacy)):
		// A leak or a complaint about data; a request to see one's own
		// data (AVG/GDPR) is a question and gets an answer slot.
		c.mood = moodPrivacy
	case c.r.complaint && c.r.sarcasm:
		c.mood = moodSarcasm
	case c.r.complaint:
		c.mood = moodComplaint
	case c.r.msg.SentPrivately:
		// "I've just sent you a DM with the details. Thanks!": no
		// compliment, the details are on their way.
		c.mood = moodSent
	case c.r.msg.Colleague.Praised && c.feature("question") == 0 && c.r.base != CategoryCompliment:
		// "Ik wil even zeggen dat Mehmet bij de kassa zo geduldig was",
		// "Priya on the helpline sorted it": praise of a colleague is
		// thanked and passed on to them, never taken up as a case.
		c.mood = moodCompliment
	case c.r.base == CategoryCompliment && c.asks() && c.feature("praise") == 0:
		// "Do you have an app for this? Thanks in advance": thanks for
		// an answer still to come is a question; praise ("Wat was
		// Ahmed behulpzaam!") stays a compliment.
		c.mood = moodQuestion
	case c.r.base == CategoryCompliment:
		c.mood = moodCompliment
	case c.r.base == CategoryQuestion && !c.d.NeedsHuman:
		c.mood = moodQuestion
	case c.r.base == CategoryQuestion && !c.r.complaint && c.feature("question-start") > 0 && c.feature("question") > 0:
		// A question the reading is unsure of that asks with a question
		// word and a question mark ("Hoe zet ik de app over?"): it gets
		// the answer, not "ik pak het op"; unless it says what went
		// wrong (see below).
		c.mood, unsureAsk = moodQuestion, true
	case c.shares() && c.findColleague() != "":
		// Cheerful about a colleague they name: praise for them.
		c.mood = moodCompliment
	case c.shares() || c.r.base == CategoryOther && !c.r.complaint && !c.r.needsHuman && c.light() && !postsData && !c.r.msg.Thread:
		// Their own e-mail address or phone number posted with a link
		// ("Tan Khai Wah. __email__ https://…") is no fun to share.
		c.mood = moodShare
	case !postsData && (c.r.needsHuman && c.contentWords() == 0 ||
		(c.r.needsHuman || c.r.base == CategoryOther && !c.r.complaint) && c.contentWords() <= 2 && !c.confirms() && c.findObject() == ""):
		// Nothing to read ("hmm ok.", "ja hoor", "Dus dat was het
		// dan?"): read the thread back, promise nothing yet. Their own
		// e-mail address or phone number posted in public is something
		// to act on: a DM.
		c.mood = moodOther
	case c.d.Category == CategoryOther || c.d.NeedsHuman || c.r.base == CategoryOther:
		c.mood = moodFollow
	default:
		c.mood = moodQuestion
	}
	if t := c.r.msg.Takeover; t != "" && c.mood != moodSafety && c.mood != moodBereavement && c.openings(takeoverOpening(t)) != nil {
		// "Somebody logged into my account and changed my email",
		// "someone is using my card": no "mistake with personal data", no
		// answer slot, but what they do now and what we do, in the
		// opening, with its own apology.
		c.mood, c.takeover = moodPrivacy, t
	}
	c.who = c.findRelation()
	c.object = c.findObject()
	c.situation = c.findSituation()
	if (c.mood == moodComplaint || c.mood == moodSarcasm) && !c.framed {
		// An unsure reading and no failure the draft can name: no
		// apology for something nobody reported, only regret that they
		// are dealing with it; a laugh shares a joke, and a question
		// ("Hoe lang duurt een nieuwe pas? Mijn oude is verlopen.") asks.
		switch {
		case c.shares():
			c.mood = moodShare
		case c.r.confidence < askConfidence && c.asks():
			// Regret without admitting a failure, then the answer.
			c.mood, c.unsure = moodQuestion, true
		case c.r.needsHuman || c.r.confidence < unsureConfidence:
			c.mood, c.unsure = moodFollow, true
		}
	}
	if (c.mood == moodQuestion || c.mood == moodFollow && !c.unsure) && c.framed && c.situation != "" &&
		!c.r.msg.Hypothetical && !c.r.msg.Resolved {
		// A question that says what went wrong ("mijn pakket is al zes
		// dagen onderweg, wat doet het daar?"): it opens with that, then
		// answers.
		c.troubled = true
	}
	if unsureAsk && c.troubled {
		// "Pakket stond op bezorgd maar hier ligt niks. Waar is het??":
		// a failure told, the next step as for a follow-up.
		c.mood = moodFollow
	}
	// Their order or customer number posted in public ("Klantnummer
	// 7730412", "Here its 615787351"): say it is visible, and don't ask
	// for it again.
	c.exposed = c.channel == tone.ChannelPublic && (postsData || c.r.msg.Does("gave_number") && c.mood != moodPrivacy)
	if c.r.msg.AsksRemoval && (c.mood == moodPrivacy || c.r.msg.NamesPersonalData) {
		// "Er staat mijn adres in jullie reactie, haal dat weg": a
		// post of ours to take down, whatever the reading's intent.
		c.mood, c.removal = moodPrivacy, true
	}
	// A safety opening, and the opening of a post to take down, carry
	// their own apology; a question that says what went wrong, and for
	// how long ("mijn pakket is al zes dagen onderweg, wat doet het daar?"),
	// gets one.
	// A message the reading hears as neither question nor complaint that
	// says what went wrong ("pakket stond op bezorgd maar hier ligt
	// niks") is a complaint told calmly: it gets one too.
	// A question that says what went wrong ("de router is rommel, na
	// elke reboot moet ik alles opnieuw instellen") is a complaint too:
	// the apology, then the next step, never an answer slot alone.
	c.apology = (c.r.complaint || c.troubled) && c.mood != moodSafety && c.mood != moodShare && !c.removal && c.takeover == ""
	if c.r.msg.ClosesThread && !c.r.complaint && c.findColleague() == "" && c.closable() {
		// "Cool, thanks", "Just filled it out! Thank you", "That worked.":
		// the thread closes, whatever intent the reading gives it; no
		// compliment to pass on and no new case.
		c.mood, c.troubled, c.apology = moodCompliment, false, false
	}
	if c.r.msg.Does("wish") && !c.r.complaint && c.feature("question") == 0 && c.feature("info-request") == 0 && c.findColleague() == "" && c.closable() && c.openings("wish") != nil {
		// "Goeiemorgen allemaal, fijne dag gewenst": wished back, no
		// compliment to pass on.
		c.mood, c.troubled, c.apology, c.wish = moodCompliment, false, false, true
	}
	if c.mood == moodCompliment {
		c.colleague = c.findColleague()
		// "Ok thanks." closes a conversation: you're welcome, no
		// compliment to pass on.
		c.closes = c.colleague == "" && c.r.msg.ClosesThread
		c.welcome = c.colleague == "" && c.contentWords() <= 1 || c.closes || c.wish
		// Something of theirs that is right now, or a failure told:
		// "thanks for getting back to me" fixed nothing.
		c.fixed = c.colleague == "" && !c.welcome && (c.r.msg.Resolved && len(c.r.msg.Things) > 0 || c.feature("failure") > 0)
	}
	if c.r.msg.ChecksSender && c.takeover == "" && !c.r.complaint && c.mood != moodSafety &&
		(c.openings("sender_check") != nil) {
		// "Is deze mail echt van jullie?": no apology for what a
		// phishing mail claims, no answer slot, but: don't click, and
		// how to check it yourself.
		c.mood, c.senderCheck, c.troubled, c.apology = moodQuestion, true, false, false
	}
	c.readAct()
	c.data = c.dataAsk()
	if c.r.msg.Does("gave_number") {
		// The number is in their message: the rest in a DM.
		c.data = c.dataDefault()
	}
	if c.mood == moodComplaint || c.mood == moodSarcasm || c.r.complaint && c.mood == moodFollow ||
		(c.mood == moodFollow || c.mood == moodQuestion) && c.framed && c.situation != "" {
		// A complaint, or a message that says what went wrong ("er kwam
		// niemand"); a question about booking assistance is none.
		c.grave = c.findGrave()
	}
	if c.grave != nil {
		// Discrimination, abuse by staff, assistance that never came:
		// the opening names it and carries its own apology, and the
		// rest moves to a DM.
		c.apology, c.churn, c.troubled = false, false, false
		if c.grave.Data != "" {
			c.data = strings.ReplaceAll(c.grave.Data, "{poss}", c.form.Poss)
		}
	}
	if c.r.msg.Vital && c.grave == nil && (c.mood == moodComplaint || c.mood == moodSarcasm || c.mood == moodFollow || c.troubled) {
		// "Ik heb een baby van 3 weken en we zitten zonder verwarming":
		// no stock empathy but the urgency, and a step that does not
		// wait.
		if v := c.vulnerablePhrase(); v != "" {
			c.urgent, c.vulnerable = true, v
		}
	}
	c.serious = c.isSerious()
	c.needsData = c.grave != nil || c.apology && (c.mood == moodComplaint || c.mood == moodSarcasm || c.troubled) && c.ownMatter()
	// Leaving said as a threat is worth keeping them for; asked for
	// ("close the account", "ik wil opzeggen") it is their call.
	c.churn = c.apology && (c.mood == moodComplaint || c.mood == moodSarcasm) && c.r.has(CueChurn) && c.act != "cancel"
	if c.actOpens {
		c.apology = false
	}
	// A complaint that names no way of going wrong and no matter of
	// theirs ("disgusted with your customer service", "are you kidding me
	// with this service"): we cannot tell what went wrong, so we ask.
	c.askWhat = c.apology && !c.unsure && (c.mood == moodComplaint || c.mood == moodSarcasm) && !c.framed && c.grave == nil &&
		c.r.msg.Matter == "" && c.act == "" && c.contentWords() <= unsaidWords && c.namesOnlyUs()
	c.gas = c.mood == moodSafety && c.r.msg.AcuteKind == "gas" && !c.r.msg.Witness && !c.r.msg.EmergencyLine &&
		!c.r.msg.HazardOver && c.openings("safety_gas") != nil
	if c.answersThread() {
		// "They have no info either..", "Nee, nog steeds hetzelfde": an
		// answer in a conversation under way. A complaint gets regret
		// that it still isn't sorted; either way the thread is read back
		// instead of asking what happened.
		if c.askWhat || c.apology || c.r.complaint {
			c.thread, c.askWhat, c.apology, c.unsure = true, false, false, false
		} else {
			c.mood = moodOther
		}
	}
	if c.askWhat && c.openings("unsaid") != nil {
		// Nothing of what went wrong to say back: regret that we let
		// them down, in the opening, and the question what happened.
		c.apology = false
	}
	return c
}

// answersThread reports a message that answers an earlier conversation
// (the reading's Thread) where the draft has nothing of its own
// to say back: no way of going wrong it can name, no request, no grave
// matter, no matter of theirs to look up, no confirmation, nothing to act
// on now.
func (c *composer) answersThread() bool {
	switch c.mood {
	case moodComplaint, moodSarcasm, moodFollow:
	default:
		return false
	}
	if c.framed || c.act != "" || c.grave != nil || c.exposed || c.urgent || c.needsData || c.confirms() ||
		c.r.msg.Compromised || c.openings("thread") == nil {
		return false
	}
	return c.r.msg.Thread
}

// holdSpam returns the outcome for advertising or spam: no public draft,
// a note to hide or report it.
func (c *composer) holdSpam() Reply {
	return c.held(CategoryOther, c.d.labels()["spam_note"])
}

// held is the outcome of a message that gets no public draft: the note
// for the team, and in Dutch the address form, as hold and holdSpam give.
func (c *composer) held(cat Category, note string) Reply {
	r := Reply{Lang: c.lang, Kind: c.kind, Channel: c.channel, Category: cat, Hold: true, Note: note,
		Clean: true, Placeholders: []Placeholder{}, Incoming: c.text}
	if c.lang == "nl" {
		r.Address = c.address
	}
	return r
}

// unsaidWords is the most words of more than three letters a complaint
// has that says too little to tell what went wrong ("are you kidding me
// with this customer service! It’s terrible." has seven); a longer one has
// told it, in words the draft does not know.
const unsaidWords = 7

// namesOnlyUs reports a message whose things, if any, name only us (the
// templates' unsaid: "your customer service"), not what went wrong ("de
// afrekening").
func (c *composer) namesOnlyUs() bool {
	unsaid := c.lt.Unsaid
	if len(unsaid) == 0 {
		unsaid = c.def.Unsaid
	}
	for _, t := range c.r.msg.Things {
		if !slices.Contains(unsaid, t.Word) {
			return false
		}
	}
	return true
}

// closable reports a mood that thanks closing the thread can take over:
// not a privacy matter, danger, a death or details sent privately.
func (c *composer) closable() bool {
	switch c.mood {
	case moodPrivacy, moodSafety, moodBereavement, moodSent, moodComplaint, moodSarcasm:
		return false
	}
	return true
}

// readAct sets the act the draft answers (tone.Message.Acts): a request
// to cancel, to erase their data, to reach someone higher up, an appeal
// against a fine or money back after something went wrong, when the
// templates have an answer for it and the mood is one that takes a
// request (no compliment, share, danger or death). Erasure goes before
// the others: it says the legal term. Without a way of going wrong to
// say back, the act's own opening says it ("I'm sorry it's come to
// this") and carries the regret.
func (c *composer) readAct() {
	switch c.mood {
	case moodComplaint, moodSarcasm, moodFollow, moodQuestion, moodOther:
	default:
		return
	}
	for _, act := range []string{"erase", "objection", "cancel", "escalate", "refund", "dm_me"} {
		if !c.r.msg.Does(act) || len(c.actLines(act)) == 0 {
			continue
		}
		if act == "refund" && (!c.apology || c.r.msg.Hypothetical) {
			// Money back is promised only for something that went wrong,
			// not for what might ("als het niet vrijdag komt, wil ik mijn
			// geld terug").
			continue
		}
		if act == "cancel" && c.r.msg.Hypothetical {
			// "If this isn't fixed I'll close my account": a threat, and
			// worth keeping them for (churn), not a request.
			continue
		}
		if act == "cancel" && c.mood == moodQuestion && !c.r.complaint {
			// "How do I cancel my subscription?": a question, answered.
			continue
		}
		c.act = act
		break
	}
	if c.act == "" {
		return
	}
	if c.mood == moodOther {
		c.mood = moodFollow
	}
	if c.mood == moodQuestion && !c.r.complaint {
		c.mood, c.unsure, c.troubled = moodFollow, false, false
	}
	// "Dm me" opens only a message that is no complaint: a complaint
	// opens with what went wrong and the apology.
	c.actOpens = !(c.framed && c.situation != "") && c.act != "refund" && !(c.act == "dm_me" && c.r.complaint) && c.openings(c.act) != nil
	if c.actOpens {
		c.unsure = false
	}
}

// actLines are the templates' answers to an act, the team's or the
// built-in ones.
func (c *composer) actLines(act string) []string {
	if l := c.form.Acts[act]; len(l) > 0 {
		return l
	}
	return c.defForm.Acts[act]
}

// openings are the templates' openings of a kind ("closing_fixed"), the
// team's or the built-in ones, or nil.
func (c *composer) openings(kind string) *openings {
	if op := c.form.Open[kind]; op != nil {
		return op
	}
	return c.defForm.Open[kind]
}

// findGrave returns the templates' kind of grave complaint the reading
// names (Message.Grave: the most specific kind the message has a word
// of), or nil.
func (c *composer) findGrave() *graveKind {
	if c.r.msg.Grave == "" {
		return nil
	}
	kinds := c.lt.Grave
	if kinds == nil {
		kinds = c.def.Grave
	}
	for i := range kinds {
		if kinds[i].Name == c.r.msg.Grave {
			return &kinds[i]
		}
	}
	return nil
}

// isSerious reports a message whose reply leaves out the templates'
// casual words ("Hoi", "balen", "Groetjes"): a high priority, a customer
// about to leave, a business customer or a legal threat, a matter of
// safety, privacy or a death, and an older customer who says their age.
func (c *composer) isSerious() bool {
	switch {
	case c.d.Level >= 2 && len(c.m.Levels) > 2:
		return true
	case c.mood == moodSafety || c.mood == moodPrivacy || c.mood == moodBereavement || c.grave != nil || c.urgent:
		return true
	case c.r.has(CueChurn, CueBusiness, CueLegal):
		return true
	}
	return c.statesAge()
}

// vulnerablePhrase says the vulnerable household the reading names
// (tone.Message.Vulnerable) as the templates do, or "".
func (c *composer) vulnerablePhrase() string {
	if c.r.msg.Vulnerable == "" {
		return ""
	}
	return firstNonEmpty(c.lt.Vulnerable[c.r.msg.Vulnerable], c.def.Vulnerable[c.r.msg.Vulnerable])
}

// takeoverOpening is the templates' opening for a kind of takeover:
// "takeover" for the account, "takeover_card" for a card.
func takeoverOpening(kind string) string {
	if kind == "account" {
		return "takeover"
	}
	return "takeover_" + kind
}

// takeoverAsk is what a DM asks after a takeover, or "".
func (c *composer) takeoverAsk(d *dataAsk) string {
	switch c.takeover {
	case "account":
		return firstNonEmpty(d.Takeover, c.def.Data.Takeover)
	case "card":
		return firstNonEmpty(d.TakeoverCard, c.def.Data.TakeoverCard)
	}
	return ""
}

// statesAge reports a customer who says they are olderAge or older ("Ik
// ben 79 en heb geen computer"): the reading's Age.
func (c *composer) statesAge() bool { return c.r.msg.Age >= olderAge }

// olderAge is the stated age from which a reply leaves out casual words
// and says u.
const olderAge = 65

// ownMatter reports a message about the customer's own order, booking,
// account or service: a kind of matter the reading names
// (tone.Message.Matter), or a subject the templates list for a private
// follow-up. It gets its next step in a private message.
func (c *composer) ownMatter() bool {
	if c.r.msg.Matter != "" {
		return true
	}
	d := c.lt.Data
	if d == nil {
		d = c.def.Data
	}
	return slices.Contains(d.Subjects, c.d.Subject)
}

// subjectHasSignal reports whether the decision's subject is routed by a
// signal kind (the privacy officer's subject).
func (c *composer) subjectHasSignal(k CueKind) bool {
	for _, s := range c.m.Subjects {
		if s.Name == c.d.Subject {
			for _, sk := range s.Signals {
				if sk == k {
					return true
				}
			}
		}
	}
	return false
}

func firstList(a, b []string) []string {
	if len(a) > 0 {
		return a
	}
	return b
}

// chooseAddress applies the profile's register policy to the customer's
// je or u; a formal letter ("Geachte …", "Hoogachtend") and a journalist
// get u.
func (c *composer) chooseAddress() string {
	if c.lang != "nl" {
		return ""
	}
	switch c.p.Address {
	case "je", "u":
		return c.p.Address
	}
	if c.p.Lint != nil && (c.p.Lint.Address == "je" || c.p.Lint.Address == "u") {
		return c.p.Lint.Address
	}
	if c.r.msg.Formal {
		return "u"
	}
	switch c.r.msg.Address {
	case "je", "u":
		return c.r.msg.Address
	}
	if c.r.msg.FromPress || c.p.DefaultAddress == "u" || c.statesAge() {
		// An older customer who says their age, and writes neither je
		// nor u, gets u.
		return "u"
	}
	return "je"
}

// politeName checks a name and shapes it for the greeting: the first name
// for je, "mevrouw Visser" for "mevr. Visser" with u. A word the lexicons
// know (the "Dankjewel" a customer ends with) is no name.
func (c *composer) politeName(name string) string {
	name = strings.TrimSpace(name)
	if name == "" || strings.ContainsAny(name, "@#[]{}0123456789") {
		return ""
	}
	words := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		words[w] = true
	}
	for _, h := range c.r.a.Hits {
		if h.Last-h.First == 1 && words[strings.ToLower(h.Text(c.r.a.Text))] {
			return ""
		}
	}
	fields := strings.Fields(name)
	titles := map[string]string{"mevr.": "mevrouw", "mevr": "mevrouw", "mw.": "mevrouw", "mw": "mevrouw", "mevrouw": "mevrouw",
		"dhr.": "meneer", "dhr": "meneer", "de heer": "meneer", "meneer": "meneer", "mr.": "Mr", "mr": "Mr", "mrs.": "Mrs", "mrs": "Mrs", "ms.": "Ms", "ms": "Ms"}
	if t, ok := titles[strings.ToLower(fields[0])]; ok && len(fields) > 1 {
		if c.address == "u" || c.lang == "en" {
			return t + " " + strings.Join(fields[1:], " ")
		}
		return ""
	}
	if c.address != "u" && !initial(fields[0]) {
		return fields[0]
	}
	// "R. Patel" under a letter: "Dear R. Patel", never "Dear R.".
	return name
}

// initial reports a first name given as an initial: "R.", "J".
func initial(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	rest := s[size:]
	return unicode.IsUpper(r) && (rest == "" || rest == ".")
}

// findRelation returns the customer's relative or pet they name with a
// possessive (the reading's Relation), as the reply says it: "mijn
// dochter" → "je dochter".
func (c *composer) findRelation() string {
	if c.r.msg.Relation == "" {
		return ""
	}
	return c.form.Poss + " " + c.r.msg.Relation
}

// bereaved reports a message about a death (the reading's Bereaved).
func (c *composer) bereaved() bool { return c.r.msg.Bereaved }

// findObject returns the thing the message is about as the reply names it:
// "je pakket" when the customer wrote "mijn pakketje", "de trein" for
// "de trein": the first of the reading's things the templates name. Only
// words the templates know are used, so a typo, an insult or a name never
// ends up in the reply.
func (c *composer) findObject() string {
	for _, t := range c.r.msg.Things {
		if s := c.objectAt(t); s != "" {
			c.objectMarked = t.Owned || t.Ours || t.Determined
			c.objectFirst = t.First
			c.objectOpens = t.At == 0
			return s
		}
	}
	return ""
}

// objectNear is the thing named in the sentence of word at, nearest to
// it (tone.Message.ThingNear): the thing that went wrong is named where
// it goes wrong, not in the sentence before, and of two things the one
// the words are about ("pay my hotel for cancelling my flight": the
// flight); their own thing ("mijn telefoon … een zwart scherm") before a
// thing that is only nearer.
func (c *composer) objectNear(at int) string {
	t, ok := c.r.msg.ThingNear(at, func(t tone.Thing) bool { return c.objectAt(t) != "" })
	if !ok {
		return ""
	}
	return c.objectAt(t)
}

// objects returns the templates' names of things.
func (c *composer) objects() map[string]string {
	if len(c.lt.Objects) == 0 {
		return c.def.Objects
	}
	return c.lt.Objects
}

// objectAt is a thing the reading found, as the reply says it, or "" when
// the templates do not know the word.
func (c *composer) objectAt(t tone.Thing) string {
	disp, ok := c.objects()[t.Word]
	if !ok {
		return ""
	}
	// "mijn (nieuwe) pakket" is theirs: "je pakket"; so is a bare noun at
	// the start of a clause ("Wasmachine na 3 weken kapot"). "de trein"
	// stays "de trein".
	_, noun, hasArticle := strings.Cut(disp, " ")
	if !hasArticle {
		return disp
	}
	if t.Owned {
		return c.form.Poss + " " + noun
	}
	if t.Determined {
		return disp
	}
	if (t.Leads || c.r.msg.Personal) && tone.MatterOf(c.lang, t.Word) != "" {
		// Theirs only when it is a matter of theirs (an order, a
		// booking, an account): "Wasmachine na 3 weken kapot" is their
		// washing machine, "Schimmel in de badkamer" is no mould of
		// theirs.
		return c.form.Poss + " " + noun
	}
	return disp
}

// findSituation says what went wrong, as a clause after "dat"/"that",
// from the frame whose words the message has first: the thing, what went
// wrong and for how long. A frame that does not fit the thing (a bus is
// never "nog steeds niet bij je") gives way to the next frame the message
// has. "" when no frame fits or a frame needs a thing the message does
// not name.
func (c *composer) findSituation() string {
	frames := c.lt.Frames
	if len(frames) == 0 {
		frames = c.def.Frames
	}
	// Every frame the reading found, at its first word; the frame whose
	// words come first says what went wrong first, a tie goes to the
	// earlier frame.
	type hit struct{ frame, at int }
	var hits []hit
	for i := range frames {
		if at := c.r.msg.FirstSituation(frames[i].Name); at >= 0 {
			hits = append(hits, hit{i, at})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	// A way of going wrong of its own goes first; one that may also
	// follow another ("je zo lang moet wachten") says it only when no
	// other does: "drie weken wachten op de monteur en dan komt die niet
	// opdagen" is a no-show first.
	first, firstAt, firstEnd := "", -1, -1
	var firstFr *frame
	for _, adds := range []bool{false, true} {
		for _, h := range hits {
			fr := &frames[h.frame]
			if fr.Add == "only" || (fr.Add == "also") != adds {
				continue
			}
			if s := c.situationOf(fr, h.at); s != "" {
				first, firstAt, firstEnd, firstFr = s, h.at, c.r.msg.SituationEnd(fr.Name, h.at), fr
				break
			}
		}
		if first != "" {
			break
		}
	}
	if first != "" {
		c.framed = true
		// A second thing that went wrong, or that it keeps going wrong,
		// said after the first: "je telefoon kapot is en je zo lang
		// moet wachten", never at the first's words.
		for _, h := range hits {
			fr := &frames[h.frame]
			at := h.at
			if fr.Add == "only" {
				// A recurrence near the first's words, not anywhere; it
				// may share them ("Bus weer eens vol").
				at = c.r.msg.SituationNear(fr.Name, firstAt, addReach)
				if at < 0 && c.r.msg.Again.Nth != "" && fr.counted(c.lang, c.address) != "" {
					// A count of how often it went wrong ("Third time
					// this month my package …") is about the grievance
					// wherever it stands.
					at = h.at
				}
			}
			if fr.Add == "" || at < 0 || at == firstAt && fr.Add != "only" {
				continue
			}
			if fr.Add == "only" && c.r.msg.Again.Nth != "" && firstFr.counted(c.lang, c.address) != "" {
				// The first already says the count ("je afspraak al
				// voor de vierde keer is verzet"): not twice.
				continue
			}
			if fr.Add == "also" && at > firstAt && at < firstEnd {
				// "wacht" in "in de wacht" is the first's own word: no
				// "en je zo lang moet wachten" after "in de wacht stond".
				continue
			}
			if s := c.situationOf(fr, at); s != "" && s != first && !strings.Contains(first, s) {
				c.situationFirst = first
				return first + " " + c.and() + " " + s
			}
		}
		return first
	}
	if c.object != "" {
		// No known way of going wrong, but a thing: "je problemen hebt
		// met je pakket", the frame the reading has no situation for.
		// What else the reading knows says which: that it keeps going
		// wrong ("het alweer misgaat met je bestelling"), for how long
		// ("het al 5 dagen misgaat met je pakket"), else trouble with
		// the thing.
		known := tone.Situations(c.lang)
		for i := range frames {
			fr := &frames[i]
			if slices.Contains(known, fr.Name) || !c.fits(fr.When, frames) {
				continue
			}
			if s := c.situationOf(fr, -1); s != "" {
				return s
			}
		}
	}
	return ""
}

// fits reports whether the reading knows what a fallback frame's When
// asks for: "again", a recurrence the reading found (a frame with add
// "only": "voor de derde keer", "yet again"); "lasted", how long it has
// gone on (Message.Lasted); "" always.
func (c *composer) fits(when string, frames []frame) bool {
	switch when {
	case "":
		return true
	case "again":
		for i := range frames {
			if frames[i].Add == "only" && c.r.msg.FirstSituation(frames[i].Name) >= 0 {
				return true
			}
		}
		return false
	case "lasted":
		d := c.r.msg.Lasted
		return d.Since != "" || d.Amount != ""
	}
	return false
}

// addReach is how many words apart the first frame's words and a
// recurrence ("only") may be for the recurrence to add to it: "Vandaag weer halve levering, 2e keer deze
// maand" is one grievance; "elke dag mailen … maar mijn vraag niet
// beantwoorden" is not a recurring unanswered question.
const addReach = 8

// and is the language's "and".
func (c *composer) and() string {
	if c.lang == "nl" {
		return "en"
	}
	return "and"
}

// situationOf says a frame's clause for the message, its words found at
// word index at (-1: a frame without words), or "" when the frame does
// not fit: it needs a thing and the message names none, or it is strict
// and the thing is of another kind.
func (c *composer) situationOf(fr *frame, at int) string {
	tmpl := fr.Je
	switch {
	case c.lang != "nl":
		tmpl = fr.You
	case c.address == "u":
		tmpl = fr.U
	}
	if tmpl == "" {
		return ""
	}
	period := ""
	if ag := c.r.msg.Again; ag.Nth != "" {
		// "voor de derde keer deze maand": the count said back.
		if ct := fr.counted(c.lang, c.address); ct != "" {
			tmpl = ct
			if ag.Period != "" {
				period = " " + ag.Period
			}
		}
	}
	obj := c.object
	if at >= 0 {
		// The thing named where it goes wrong, nearest to the words that
		// say so ("pay my hotel for cancelling my flight": the flight).
		obj = c.objectNear(at)
		if obj == "" && c.object != "" && (c.sameKind(c.object, fr.Object) || fr.Object == "" && c.objectOpens) {
			// "Is mijn pakket verstuurd? Ik wacht al een week.": the
			// thing from another sentence, when it is the kind of thing
			// the frame is about (both order words), or when the message
			// opens with it and the frame is about no kind of its own
			// ("Schimmel in de badkamer, … toen niks meer").
			obj = c.object
		}
	}
	poss := strings.NewReplacer("{poss}", c.form.Poss)
	if fr.Strict {
		// Only for its own kind of thing: a named thing of that kind, or
		// none named and a subject that is not about another kind.
		switch {
		case obj != "":
			if !c.sameKind(obj, fr.Object) {
				return ""
			}
		case c.subjectObject() != "" && !c.sameKind(c.subjectObject(), fr.Object):
			return ""
		case !c.matterIs(fr.Object):
			// Nothing named, and no word of the message is of the
			// frame's kind of matter ("wachten op ne technieker" names no
			// order): not "je bestelling".
			return ""
		}
	}
	if f := strings.Fields(obj); len(f) > 0 && slices.Contains(fr.BareFor, f[len(f)-1]) {
		// "de afschrijving" double debited says nothing new: bare.
		obj = ""
	}
	if obj == "" && strings.Contains(tmpl, "{obj}") {
		// No thing named: the frame's clause without one ("het kapot
		// is"), rather than a guess that names the wrong thing.
		if bare := fr.bare(c.lang, c.address); bare != "" {
			tmpl = bare
		}
	}
	if obj == "" && fr.Object != "" {
		obj = poss.Replace(fr.Object)
	}
	if obj == "" {
		obj = c.subjectObject()
	}
	if obj == "" && strings.Contains(tmpl, "{obj}") {
		return ""
	}
	dur := ""
	if fr.Dur != "" {
		if d := c.findDuration(fr.Dur); d != "" {
			dur = " " + d
			c.lasted = true
		}
	}
	return fill(tmpl, map[string]string{"obj": obj, "dur": dur, "pron": c.form.Pronoun, "nth": c.r.msg.Again.Nth, "period": period})
}

// sameKind reports whether two things ("het pakket", "{poss}
// bestelling") are the same kind: their nouns name one kind of matter
// (tone.SameMatter: an order, a booking, an account).
func (c *composer) sameKind(a, b string) bool {
	noun := func(s string) string {
		f := strings.Fields(s)
		if len(f) == 0 {
			return ""
		}
		return f[len(f)-1]
	}
	na, nb := noun(a), noun(b)
	if na == "" || nb == "" {
		return false
	}
	return tone.SameMatter(c.lang, na, nb)
}

// matterIs reports whether the message's kind of matter (the reading's
// Matter) is the kind of a frame's thing ("{poss} bestelling": an order).
func (c *composer) matterIs(object string) bool {
	f := strings.Fields(object)
	if len(f) == 0 || c.r.msg.Matter == "" {
		return false
	}
	return tone.MatterOf(c.lang, f[len(f)-1]) == c.r.msg.Matter
}

// subjectObject names the thing by the decision's subject ("je reis" for
// transport), or "".
func (c *composer) subjectObject() string {
	if c.d.Subject == "" {
		return ""
	}
	so := c.lt.SubjectObjects[c.d.Subject]
	if so == "" {
		so = c.def.SubjectObjects[c.d.Subject]
	}
	return strings.ReplaceAll(so, "{poss}", c.form.Poss)
}

// shares reports a cheerful message that shares something (the reading's
// Shares): a laugh, a happy emoji or happy words, and no question mark.
func (c *composer) shares() bool { return c.r.msg.Shares }

// asks reports a message the reading's features hear asking something:
// a question, a question word at the start, or a request for
// information.
func (c *composer) asks() bool {
	return c.feature("info-request") > 0 || c.feature("question") > 0 || c.feature("question-start") > 0
}

// feature returns the value of one of the reading's features of the
// message (tone.FeatureNames): the reading's own, not a second reading.
func (c *composer) feature(name string) float64 { return c.r.msg.Feature(name) }

// light reports a message that shares something without a word against
// anything and without asking (the reading's Light): a photo or link, or
// an exclamation ("Results are in!!! <link>", "Kip, rijst en
// guacamole!!!").
func (c *composer) light() bool { return c.r.msg.Light }

// confirms reports a message that only confirms (the reading's
// Confirms): "klopt", "correct", "yes".
func (c *composer) confirms() bool { return c.r.msg.Confirms }

// calm reports a complaint said without a word of feeling: no negative
// word or emoji, insult, profanity, condemnation, dissatisfaction,
// sarcasm, shouting, challenge ("this is how you treat me?"), demand or
// threat (leaving, a lawyer, the press): the reading's Calm.
func (c *composer) calm() bool { return c.r.msg.Calm }

// contentWords counts the message's words of more than three letters
// (the reading's ContentWords): what there is to read.
func (c *composer) contentWords() int { return c.r.msg.ContentWords }

// findDuration returns how long the customer has waited (the reading's
// Lasted), in our words: "al drie dagen", "sinds maandag", "for two
// weeks"; "" when the message says no duration.
func (c *composer) findDuration(prefix string) string {
	switch d := c.r.msg.Lasted; {
	case d.Since != "":
		return d.Since
	case d.Amount != "":
		return prefix + " " + d.Amount + " " + d.Unit
	}
	return ""
}

// findColleague returns the colleague a compliment names (the reading's
// Colleague): their name, or their role as the reply names it ("de
// conducteur", "the driver").
func (c *composer) findColleague() string {
	col := c.r.msg.Colleague
	if col.Name != "" || col.Role == "" {
		return col.Name
	}
	roles := c.lt.Roles
	if len(roles) == 0 {
		roles = c.def.Roles
	}
	// "the driver … was great": the role, as the reply names it.
	return roles[col.Role]
}

// dataAsk returns what to ask for in a DM, e.g. "je ordernummer".
func (c *composer) dataAsk() string {
	d := c.lt.Data
	if d == nil {
		d = c.def.Data
	}
	poss := strings.NewReplacer("{poss}", c.form.Poss)
	if c.mood == moodSafety && c.r.msg.Witness && d.Witness != "" {
		// A passer-by: where and when, so the team can act on it.
		return poss.Replace(d.Witness)
	}
	if c.mood == moodSafety && d.Safety != "" {
		return poss.Replace(d.Safety)
	}
	if ask := c.takeoverAsk(d); ask != "" {
		// Someone else changed their e-mail address: the one it had;
		// someone used their card: which payments.
		return poss.Replace(ask)
	}
	if c.r.msg.Compromised {
		// "Mijn account is gehackt": asking for a number now looks like
		// phishing.
		return poss.Replace(d.Default)
	}
	// The kind of matter whose word comes first in the message.
	if ask := firstNonEmpty(d.Asks[c.r.msg.Matter], c.def.Data.Asks[c.r.msg.Matter]); c.r.msg.Matter != "" && ask != "" {
		return poss.Replace(ask)
	}
	return poss.Replace(d.Default)
}

// dataDefault is what to ask for without a kind of matter: "de details".
func (c *composer) dataDefault() string {
	d := c.lt.Data
	if d == nil {
		d = c.def.Data
	}
	return strings.ReplaceAll(firstNonEmpty(d.Default, c.def.Data.Default), "{poss}", c.form.Poss)
}

// choose picks one variant of a list, the same one for the same seed,
// message, part and attempt.
func (c *composer) choose(list, fallback []string, part string, attempt int) string {
	if len(list) == 0 {
		list = fallback
	}
	if len(list) == 0 {
		return ""
	}
	if c.serious {
		list = without(list, firstList(c.lt.Casual, c.def.Casual))
	}
	if c.r.msg.Flemish {
		list = without(list, firstList(c.lt.Regional, c.def.Regional))
	}
	h := fnv.New64a()
	h.Write([]byte(strconv.FormatUint(c.p.Seed, 10)))
	h.Write([]byte{0})
	h.Write([]byte(c.text))
	h.Write([]byte{0})
	h.Write([]byte(part))
	return list[(h.Sum64()+uint64(attempt))%uint64(len(list))]
}

// without returns the variants with none of words (the templates' casual
// or regional words: "Hoi", "balen"), or the list when every variant has
// one.
func without(list, words []string) []string {
	if len(words) == 0 {
		return list
	}
	bad := map[string]bool{}
	for _, w := range words {
		bad[strings.ToLower(w)] = true
	}
	var out []string
	for _, v := range list {
		ok := true
		for _, w := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if bad[w] {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, v)
		}
	}
	if len(out) == 0 {
		return list
	}
	return out
}

// foreign reports a message in neither Dutch nor English (the reading's
// Foreign; "Le Pain Quotidien has no seats" is English).
func (c *composer) foreign() bool { return c.r.msg.Foreign }

// holdForeign returns the outcome for a message in another language: no
// public draft, a note to let a colleague who speaks it reply.
func (c *composer) holdForeign() Reply {
	return Reply{Lang: c.lang, Kind: c.kind, Channel: c.channel, Category: c.d.Category, Hold: true,
		Note: c.d.labels()["foreign_note"], Clean: true, Placeholders: []Placeholder{}, Incoming: c.text}
}

// hold returns the outcome for a message that waits for its owner: no
// public draft, and a note in the team's language with who to involve.
func (c *composer) hold() Reply {
	l := c.d.labels()
	owner := c.d.Owner
	if c.r.msg.FromPress {
		// A journalist: the spokesperson agrees what we say.
		if o, ok := c.pressOwner(); ok {
			owner = o
		}
	}
	var who []string
	seen := map[string]bool{}
	add := func(name, email, phone string) {
		if s := joinParts(name, email, phone); s != "" && !seen[s] {
			seen[s] = true
			who = append(who, s)
		}
	}
	add(owner.Name, owner.Email, owner.Phone)
	if owner.Name != c.d.Owner.Name {
		add(c.d.Owner.Name, c.d.Owner.Email, c.d.Owner.Phone)
	}
	for _, ct := range c.d.Contacts {
		add(ct.Name, ct.Email, ct.Phone)
	}
	note := fmt.Sprintf(l["hold_note"], personName(owner.Name, owner.Department, l["owner"]), strings.Join(who, "; "))
	return c.held(c.d.Category, note)
}

// compose writes one candidate draft.
func (c *composer) compose(attempt int) Reply {
	f, def := c.form, c.defForm
	vars := map[string]string{
		"name": c.name, "object": c.object, "situation": c.situation, "data": c.data, "poss": f.Poss,
		"agent": c.p.Agent, "role": c.p.Role, "brand": c.p.Brand, "phone": c.p.Phone, "email": c.p.Email,
		"dm":         firstNonEmpty(c.p.DM, c.lt.DM, "DM"),
		"who":        firstNonEmpty(c.who, f.Pronoun, def.Pronoun),
		"colleague":  c.colleague,
		"vulnerable": c.vulnerable,
	}
	// Later attempts shorten the situation to its first clause, then
	// leave it out, to dodge a finding a variant caused (a reply too long
	// for the channel) or a run of the customer's words.
	useSituation := attempt < 5
	if attempt >= 3 && c.situationFirst != "" {
		vars["situation"] = c.situationFirst
	}

	greetList, greetDef := greetingsOf(f).Plain, greetingsOf(def).Plain
	if c.name != "" {
		greetList, greetDef = greetingsOf(f).Named, greetingsOf(def).Named
	}
	formal := c.r.msg.Letter
	if formal {
		// A letter ("Geachte heer/mevrouw, … Hoogachtend") is answered
		// as a letter: "Geachte mevrouw Visser,".
		fl, fd := greetingsOf(f).FormalPlain, greetingsOf(def).FormalPlain
		if c.name != "" {
			fl, fd = greetingsOf(f).FormalNamed, greetingsOf(def).FormalNamed
		}
		if len(fl) > 0 || len(fd) > 0 {
			greetList, greetDef = fl, fd
		}
	}
	greeting := fill(c.choose(greetList, greetDef, "greeting", attempt), vars)

	var parts []string
	kind := c.kind
	if kind == tone.KindReply && (c.d.Wave != nil || c.d.Category == CategoryCrisis) {
		// In a wave or a crisis the first answer is the one holding
		// message, the same for everyone (webcarecrisis, steps 1 and 3).
		kind = tone.KindHolding
	}
	switch {
	case kind == tone.KindHolding:
		parts = append(parts, WaveHolding(c.lang, c.m.holdingSubject(c.d.Subject), c.p))
		if c.d.Wave == nil && c.personal && c.channel == tone.ChannelPublic {
			// One customer's own matter in a crisis still needs a private
			// route; in a wave the text stays the same for everyone.
			parts = append(parts, fill(c.choose(f.HoldingDM, def.HoldingDM, "holding-dm", 0), vars))
		}
	default:
		open := c.opening(attempt, useSituation)
		parts = append(parts, joinGreeting(greeting, fill(open, vars)))
		if c.apology {
			list, dlist := f.Apology, def.Apology
			switch {
			case c.mood == moodBereavement:
				// Condolences are no apology; an apology is for the
				// trouble, never "sorry daarvoor" after a death.
				list, dlist = f.BereavementApology, def.BereavementApology
			case c.unsure:
				// Regret that they deal with it, admitting no failure.
				list, dlist = f.UnsureApology, def.UnsureApology
			}
			parts = append(parts, c.choose(list, dlist, "apology", attempt))
		}
		if c.churn {
			// "Nog één keer en we stappen over": heard, and worth
			// keeping them for; after years with us, say so.
			list, dlist := f.Churn, def.Churn
			if c.r.msg.Loyal {
				list, dlist = f.ChurnLoyal, def.ChurnLoyal
			}
			parts = append(parts, c.choose(list, dlist, "churn", attempt))
		}
		if c.act == "cancel" || c.act == "refund" {
			// "Close the account, I'm done": their call; we help them
			// leave. "I want a refund": what they asked for, said.
			parts = append(parts, fill(c.choose(c.actLines(c.act), nil, "act", attempt), vars))
		}
		if c.exposed {
			// Their phone number or e-mail is out in the open: say so,
			// and move to a private channel.
			parts = append(parts, fill(c.choose(f.Exposed, def.Exposed, "exposed", attempt), vars))
		}
		body := fill(c.body(attempt), vars)
		if c.apology && c.r.msg.AsksWhy {
			// "Waarom …?", "Wat is er loos?": the slot explains the
			// cause too.
			next, why := c.lt.Placeholders["next"], c.lt.Placeholders["next_why"]
			if next != "" && why != "" {
				body = strings.Replace(body, next, why, 1)
			}
		}
		parts = append(parts, body)
	}
	body := strings.Join(nonEmpty(parts), " ")
	if c.handle != "" && c.channel == tone.ChannelPublic {
		body = c.handle + " " + body
	}
	signoff := c.signoff(attempt, vars)
	if kind == tone.KindHolding {
		// The same sign-off too: the holding message is one text.
		signoff = c.signoffFixed(vars)
	}
	text := body + "\n" + signoff
	r := Reply{
		Text: text, Lang: c.lang, Kind: kind, Channel: c.channel, Category: c.d.Category,
		Incoming: c.text,
	}
	if c.lang == "nl" {
		r.Address = c.address
	}
	r.Placeholders = placeholders(text)
	return r
}

// pressOwner returns the owner of the subject the press signal routes
// to: the spokesperson.
func (c *composer) pressOwner() (Owner, bool) {
	for _, s := range c.m.Subjects {
		for _, k := range s.Signals {
			if k == CuePress && s.Owner.Name != "" {
				return s.Owner, true
			}
		}
	}
	return Owner{}, false
}

// opening picks the first sentence for the mood: with the customer's
// situation (or the thing they ask about, the colleague they praise, the
// relative they lost), or plain.
func (c *composer) opening(attempt int, useSituation bool) string {
	if g := c.grave; g != nil {
		switch {
		case c.lang != "nl" && g.You != "":
			return g.You
		case c.lang == "nl" && c.address == "u" && g.U != "":
			return g.U
		case c.lang == "nl" && g.Je != "":
			return g.Je
		}
	}
	if c.urgent && useSituation && c.situation != "" {
		if op := c.openings("urgent"); op != nil {
			return c.choose(op.Topic, nil, "open-urgent", attempt)
		}
	}
	m := c.mood
	switch {
	case c.troubled && useSituation && c.calm() && !c.r.complaint && c.situation != "" && c.openings("calm_trouble") != nil:
		// "Where is my order?" asked calmly: we find out, no "I get why
		// you're frustrated" they never said.
		m = "calm_trouble"
	case c.troubled && useSituation:
		m = moodComplaint
	case c.senderCheck:
		m = "sender_check"
	case c.actOpens:
		m = mood(c.act)
	case c.askWhat && c.openings("unsaid") != nil:
		m = "unsaid"
	case c.thread:
		m = "thread"
	case c.wish:
		m = "wish"
	case c.closes && c.r.msg.Does("done") && c.openings("closing_done") != nil:
		// "Just filled it out!": thanks for doing it, and what happens next.
		m = "closing_done"
	case c.closes && (c.r.msg.Does("fixed") || c.r.msg.Resolved) && c.openings("closing_fixed") != nil:
		// "That worked. Thank you!": glad it works.
		m = "closing_fixed"
	case c.closes:
		m = "closing"
	case c.welcome:
		m = "welcome"
	case c.removal:
		m = "privacy_remove"
	case c.takeover != "":
		m = mood(takeoverOpening(c.takeover))
	case m == moodQuestion && c.r.msg.ApologizesForAsking:
		// "Sorry to bother you again": no bother at all.
		m = "no_bother"
	case m == moodComplaint && !(useSituation && c.situation != "") && c.calm():
		// A calm report ("The final scene is from another episode"):
		// thanks for pointing it out, not "fed up".
		m = "report"
	case m == moodFollow && !c.unsure && c.asks() && c.objectMarked && c.objectFirst && useSituation:
		// "Can my parcel go to a pickup point?" read as no plain
		// question: help with the thing it asks about, never "thanks
		// for your message about your parcel".
		m = moodQuestion
	case m == moodSafety && c.r.msg.EmergencyLine && c.openings("safety_emergency") != nil:
		// "112 bellen lukt niet": how to call for help now comes first,
		// not "how are you".
		m = "safety_emergency"
	case m == moodSafety && c.r.msg.Acute && c.r.msg.Witness:
		// Sparks or smoke out in the street, reported by a passer-by:
		// keep clear and call for help, not "get outside".
		m = "safety_witness_acute"
	case m == moodSafety && c.r.msg.HazardOver && c.openings("safety_over") != nil:
		// "Brandweer is geweest, gelukkig niemand gewond": the danger
		// has passed; no "get outside first", but don't use it again.
		m = "safety_over"
	case c.gas:
		// "Ik ruik een gaslucht bij de meterkast": what to do about gas
		// now, not "is there any danger, like a smell of gas?".
		m = "safety_gas"
	case m == moodSafety && c.r.msg.Acute:
		// Gas, smoke or fire that may still be going on: get out and
		// call for help first (seed: safety before anything else).
		m = "safety_acute"
	case m == moodSafety && c.r.msg.Witness:
		// Someone else was hurt or in danger: thanks for reporting it;
		// "how are you now?" asks the wrong person.
		m = "safety_witness"
	case m == moodFollow && !c.unsure && c.confirms():
		// "Correct", "Klopt": thanks for confirming; "ja hoor" is no
		// confirmation.
		m = "confirm"
	}
	complaining := m == moodComplaint
	if feeling := mood("feeling_" + c.r.msg.Feeling); complaining && c.r.msg.Feeling != "" && c.openings(string(feeling)) != nil {
		// The customer names their feeling ("I'm so worried", "ik ben
		// er kapot van"): it is picked up, not replaced by a stock one,
		// with the situation or the thing as a complaint's opening has
		// them.
		m = feeling
	}
	op := c.form.Open[string(m)]
	dop := c.defForm.Open[string(m)]
	if op == nil {
		op = dop
	}
	if dop == nil {
		dop = op
	}
	if op == nil {
		return ""
	}
	have := false
	switch {
	case complaining || m == moodSarcasm || m == "calm_trouble":
		have = useSituation && c.situation != ""
	case m == moodQuestion:
		// Only a thing the first sentence names with an article or a
		// possessive ("Zijn jullie winkels open?", "mijn pakket"): a
		// word the question merely mentions later ("En moet ik een
		// afspraak maken?") or an adverb ("als ik pas sinds maart klant
		// ben") is not what it is about.
		have = useSituation && c.objectMarked && c.objectFirst
	case m == moodFollow:
		have = useSituation && c.object != ""
	case m == moodCompliment:
		have = c.colleague != ""
		if !have && c.fixed {
			// Praise after a problem put right: glad it's sorted; the
			// thing was the trouble, not what they enjoyed.
			kind := "compliment_fixed"
			if c.r.complaint && c.openings("compliment_fixed_sorry") != nil {
				// The reading hears a complaint: sorry for what went
				// wrong first, never for the praise.
				kind = "compliment_fixed_sorry"
			}
			if op := c.openings(kind); op != nil {
				return c.choose(op.Plain, nil, "open-fixed", attempt)
			}
		}
		if !have && c.objectMarked {
			// Praise for a thing: say which ("fijn dat je zo blij bent
			// met je nieuwe pas").
			if s := c.choose(op.Thing, dop.Thing, "open-thing", attempt); s != "" {
				return s
			}
		}
	case m == moodBereavement:
		have = c.who != ""
	}
	if have && (complaining || m == moodSarcasm) && !c.framed {
		// A thing but no way of going wrong: a plain frame around it
		// ("I can imagine how frustrating it is that you're having
		// trouble with the bill"), not "I get why you're frustrated that
		// you're having trouble with …".
		if s := c.choose(op.Thing, dop.Thing, "open-thing", attempt); s != "" {
			return s
		}
	}
	if have {
		if s := c.choose(op.Topic, dop.Topic, "open-topic", attempt); s != "" {
			return s
		}
	}
	return c.choose(op.Plain, dop.Plain, "open-plain", attempt)
}

// body is what follows the acknowledgement: the answer to a question,
// thanks for a compliment, a question back for an unclear message, action
// on a privacy matter, or the next step with a move to a private channel
// for a personal matter.
func (c *composer) body(attempt int) string {
	f, def := c.form, c.defForm
	private := c.channel != tone.ChannelPublic
	needsContact := c.personal || c.exposed || c.mood == moodSafety || c.mood == moodBereavement || c.grave != nil ||
		c.d.Category == CategoryLegalPrivacy || c.needsData
	switch {
	case c.act == "erase":
		// The erasure asked for, with its term, and a private check that
		// it is them: no answer slot, no next step to invent.
		return c.choose(c.actLines("erase"), nil, "act", attempt)
	case c.act == "objection" && !private:
		// An appeal is assessed, not answered with a step we invent.
		return c.choose(c.actLines("objection"), nil, "act", attempt)
	case c.act == "escalate" && !private:
		return c.choose(c.actLines("escalate"), nil, "act", attempt)
	case c.act == "dm_me" && !private:
		// "Dm me please": we do, and say so; no question what happened
		// in public.
		return c.choose(c.actLines("dm_me"), nil, "act", attempt)
	case c.senderCheck:
		return c.choose(f.SenderCheck, def.SenderCheck, "sender-check", attempt)
	case c.mood == moodCompliment && !c.apology:
		if c.colleague != "" || c.welcome {
			return ""
		}
		return c.choose(f.Thanks, def.Thanks, "thanks", attempt)
	case c.gas:
		// The gas opening says it all: what to do now, then a DM.
		return ""
	case c.mood == moodOther, c.thread:
		return c.choose(f.Clarify, def.Clarify, "clarify", attempt)
	case c.mood == moodShare && c.r.complaint:
		// A joke about something that went wrong ("… but she couldn't
		// get out of the car 😂"): laugh along, and a light regret.
		return c.choose(f.ShareRegret, def.ShareRegret, "share-regret", attempt)
	case c.mood == moodShare:
		return ""
	case c.mood == moodFollow && !needsContact:
		return c.choose(f.Follow, def.Follow, "follow", attempt)
	case c.removal:
		return c.choose(f.PrivacyRemove, def.PrivacyRemove, "privacy-remove", attempt)
	case c.takeover == "card" && !private:
		return c.choose(f.TakeoverCard, def.TakeoverCard, "takeover", attempt)
	case c.takeover != "" && !private:
		return c.choose(f.Takeover, def.Takeover, "takeover", attempt)
	case c.mood == moodPrivacy && !private:
		return c.choose(f.Privacy, def.Privacy, "privacy", attempt)
	case c.mood == moodSent:
		return c.choose(f.Sent, def.Sent, "sent", attempt)
	case c.mood == moodQuestion && (!c.apology || c.unsure) && !c.exposed &&
		(c.d.Category != CategoryLegalPrivacy || !c.r.complaint && !c.r.has(CueBreach)),
		c.troubled && !c.apology:
		// A question is answered in public, also about their own thing
		// ("Kan mijn pakket ook naar een afhaalpunt?") or how we keep
		// their data ("Welke gegevens bewaren jullie van mij?").
		return c.choose(f.Answer, def.Answer, "answer", attempt)
	case c.askWhat && !private && (f.AskWhat != nil || def.AskWhat != nil):
		return c.choose(f.AskWhat, def.AskWhat, "ask-what", attempt)
	case c.urgent && !private:
		// A vulnerable household without heating, power or water: a
		// step that does not wait, and a visit brought forward when it
		// comes only later.
		visitLater := firstNonEmpty(c.lt.VisitLater, c.def.VisitLater)
		if visitLater != "" && c.r.msg.FirstSituation(visitLater) >= 0 {
			return c.choose(f.UrgentLater, def.UrgentLater, "urgent", attempt)
		}
		return c.choose(f.Urgent, def.Urgent, "urgent", attempt)
	case needsContact && private:
		return c.choose(f.Private, def.Private, "private", attempt)
	case c.mood == moodSafety && c.p.Phone != "":
		return c.choose(f.Call, def.Call, "call", attempt)
	case needsContact:
		return c.choose(f.DM, def.DM, "dm", attempt)
	}
	return c.choose(f.Next, def.Next, "next", attempt)
}

// signoff signs with the agent's name and role, or a placeholder.
func (c *composer) signoff(attempt int, vars map[string]string) string {
	if strings.TrimSpace(c.p.Agent) == "" {
		return firstNonEmpty(c.lt.Placeholders["signature"], "[naam en functie]")
	}
	so, dso := signoffsOf(c.form), signoffsOf(c.defForm)
	if strings.TrimSpace(c.p.Role) == "" {
		return fill(c.choose(so.Name, dso.Name, "signoff", attempt), vars)
	}
	return fill(c.choose(so.Role, dso.Role, "signoff", attempt), vars)
}

// signoffFixed signs a holding message with the profile's first variant,
// whatever the message, so every customer gets the same text.
func (c *composer) signoffFixed(vars map[string]string) string {
	if strings.TrimSpace(c.p.Agent) == "" {
		return firstNonEmpty(c.lt.Placeholders["signature"], "[naam en functie]")
	}
	so, dso := signoffsOf(c.form), signoffsOf(c.defForm)
	list, def := so.Role, dso.Role
	if strings.TrimSpace(c.p.Role) == "" {
		list, def = so.Name, dso.Name
	}
	list = firstList(list, def)
	if len(list) == 0 {
		return ""
	}
	return fill(list[int(c.p.Seed%uint64(len(list)))], vars)
}

// check lints a candidate and returns the number of findings at warning
// or above outside placeholders, plus one when the draft repeats more
// than maxCopied consecutive words of the customer's message.
func (c *composer) check(r *Reply) int {
	res := lint.Lint(r.Input(), c.lintConfig())
	r.Findings = res.Findings
	r.Words = res.Analysis.WordCount()
	bad := 0
	for _, f := range res.Findings {
		if f.Severity >= lint.Warning && !inPlaceholder(r.Placeholders, f.Span) {
			bad++
		}
	}
	r.Clean = bad == 0 && len(r.Placeholders) == 0
	if CopiedWords(r.Text, c.text) > maxCopied {
		bad++
	}
	return bad
}

// lintConfig is the profile's lint config; a profile that fixes the
// register (always u) without a config of its own is checked with that
// register, so address-match knows the team's policy.
func (c *composer) lintConfig() *lint.Config {
	if c.p.Lint != nil || c.p.Address != "je" && c.p.Address != "u" {
		return c.p.Lint
	}
	return registerConfig(c.p.Address)
}

var registerConfigs = sync.OnceValue(func() map[string]*lint.Config {
	out := map[string]*lint.Config{}
	for _, a := range []string{"je", "u"} {
		cfg, err := lint.ParseConfig("", []byte("address: "+a+"\n"))
		if err != nil {
			panic(err) // a constant config: a build defect
		}
		out[a] = cfg
	}
	return out
})

func registerConfig(a string) *lint.Config { return registerConfigs()[a] }

// CopiedWords returns the longest run of consecutive words the draft
// shares with the customer's message, in lower case: 6 or more reads as
// a quote.
func CopiedWords(draft, message string) int {
	norm := func(s string) []string {
		a := tone.Analyze(tone.Input{Text: s, Lang: "nl"})
		var out []string
		for _, t := range a.Tokens {
			if t.Kind == tone.Word || t.Kind == tone.Number {
				out = append(out, t.Lower)
			}
		}
		return out
	}
	d, m := norm(draft), norm(message)
	best := 0
	prev := make([]int, len(m)+1)
	cur := make([]int, len(m)+1)
	for i := 1; i <= len(d); i++ {
		for j := 1; j <= len(m); j++ {
			if d[i-1] == m[j-1] {
				cur[j] = prev[j-1] + 1
				best = max(best, cur[j])
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}

// isShout reports a word of three or more letters in capitals.
func isShout(s string) bool { return tone.Shouted(s) >= 3 }

// joinGreeting puts the greeting before the opening; after a comma the
// opening continues in lower case ("Hoi Sanne, balen dat …").
func joinGreeting(greeting, open string) string {
	if greeting == "" {
		return open
	}
	if open == "" {
		return greeting
	}
	if strings.HasSuffix(greeting, ",") {
		open = lowerFirst(open)
	}
	return greeting + " " + open
}

// lowerFirst lower-cases the first letter unless the word is an acronym
// or a name-like "I".
func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return s
	}
	next, _ := utf8.DecodeRuneInString(s[size:])
	if unicode.IsUpper(next) || (r == 'I' && (next == ' ' || next == '\'' || next == '’')) {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}

// fill replaces the {variables} of a template.
func fill(tmpl string, vars map[string]string) string {
	return varRE.ReplaceAllStringFunc(tmpl, func(m string) string {
		return vars[m[1:len(m)-1]]
	})
}

// placeholders finds the [bracketed] spans of a text.
func placeholders(text string) []Placeholder {
	out := []Placeholder{}
	for i := 0; i < len(text); i++ {
		if text[i] != '[' {
			continue
		}
		j := strings.IndexByte(text[i:], ']')
		if j < 0 {
			break
		}
		out = append(out, Placeholder{Text: text[i : i+j+1], Span: tone.Span{Start: i, End: i + j + 1}})
		i += j
	}
	return out
}

func inPlaceholder(ps []Placeholder, sp tone.Span) bool {
	for _, p := range ps {
		if p.Span.Contains(sp) || sp.Len() == 0 && p.Start <= sp.Start && sp.Start <= p.End {
			return true
		}
	}
	return false
}

func greetingsOf(f *formTemplates) *greetings {
	if f == nil || f.Greeting == nil {
		return &greetings{}
	}
	return f.Greeting
}

func signoffsOf(f *formTemplates) *signoffs {
	if f == nil || f.Signoff == nil {
		return &signoffs{}
	}
	return f.Signoff
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

func nonEmpty(ss []string) []string {
	out := ss[:0]
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}
