package reply

import (
	"hash/fnv"
	"strconv"
	"strings"
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
	// incident (seed 001, step 2), for holding messages.
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
	// placeholder.
	Clean bool `json:"clean"`
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

// Input returns the tone.Input to lint the draft with, including the
// customer's message.
func (r Reply) Input() tone.Input {
	return tone.Input{Text: r.Text, Incoming: r.Incoming, Lang: r.Lang, Channel: r.Channel, Kind: r.Kind}
}

// Lint lints the draft with a config (nil: the default).
func (r Reply) Lint(cfg *lint.Config) lint.Result { return lint.Lint(r.Input(), cfg) }

// Draft writes a first reply to a customer's message (in.Incoming, or
// in.Text when Incoming is empty). It greets the customer by name when
// known (in.Customer or the name they sign with), opens with the
// customer's own words and an acknowledgement that carries emotion,
// apologises for a complaint, states the next step as a placeholder
// ("[wat we doen en wanneer]") with a DM invitation for personal matters,
// matches je/u to the customer and signs with the agent's name and role.
// With in.Kind "holding" it writes a holding message instead; with
// "statement" a statement with every fact a placeholder.
//
// The wording varies with p.Seed and the message. Every draft is linted;
// Draft tries other variants until no finding at warning or above lies
// outside a placeholder, and reports the outcome in Reply.Clean.
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

// attempts is how many variants Draft tries before it settles for the
// best; later attempts shorten the quote and drop the topic.
const attempts = 8

// mood is the kind of opening a draft needs.
type mood string

const (
	moodComplaint   mood = "complaint"
	moodSafety      mood = "safety"
	moodBereavement mood = "bereavement"
	moodQuestion    mood = "question"
	moodCompliment  mood = "compliment"
)

// composer holds what Draft knows about the message and the profile.
type composer struct {
	p        Profile
	text     string
	lang     string
	kind     string
	channel  string
	address  string
	lt       *langTemplates
	form     *formTemplates
	def      *formTemplates // the built-in form, for lists a team left out
	r        *reading       // triage's reading of the message
	msg      *tone.Message  // tone's description, as lint sees it
	category Category
	mood     mood
	name     string
	handle   string
	topic    string
	who      string // "je vader" for "mijn vader", or "" when no relation
	personal bool
	apology  bool
	data     string
}

func newComposer(in tone.Input, text string, p Profile) *composer {
	m := p.Matrix
	if m == nil {
		m = DefaultMatrix()
	}
	c := &composer{p: p, text: text, kind: in.Kind, channel: in.Channel}
	if c.kind == "" {
		c.kind = tone.KindReply
	}
	if c.channel == "" {
		c.channel = p.Channel
	}
	if c.channel == "" {
		c.channel = tone.ChannelPublic
	}
	c.r = m.read(text, in.Lang)
	c.lang = c.r.a.Lang
	c.category = c.r.category()
	// lint decides "complaint" and "personal" with tone's own reading of
	// the message, so the draft must satisfy that reading too.
	if inc := tone.Analyze(tone.Input{Incoming: text}).Incoming; inc != nil {
		c.msg = inc.Message
	}
	if c.msg == nil {
		c.msg = &tone.Message{Keywords: map[string]bool{}}
	}

	c.address = c.chooseAddress()
	c.lt = p.Templates.lang(c.lang)
	formName := c.address
	if c.lang != "nl" {
		formName = "you"
	}
	c.form = c.lt.form(formName)
	c.def = DefaultTemplates().lang(c.lang).form(formName)
	if c.form == nil {
		c.form = c.def
	}
	if c.def == nil {
		c.def = c.form
	}

	// Who: a handle opens a public reply; a name is used in the greeting.
	cust := strings.TrimSpace(in.Customer)
	switch {
	case strings.HasPrefix(cust, "@"):
		c.handle = strings.Fields(cust)[0]
	case cust != "":
		c.name = cust
	}
	if c.name == "" && c.msg.Name != "" {
		c.name = c.msg.Name
	}
	if c.name == "" && c.r.a.SignOff.Found && !c.r.a.SignOff.Team {
		c.name = c.r.a.SignOff.Name
	}
	if c.name != "" && !c.plausibleName(c.name) {
		c.name = ""
	}
	if c.name != "" && c.address != "u" {
		c.name = strings.Fields(c.name)[0]
	}

	c.personal = c.msg.Personal || c.r.a.Has("personal-matter")
	base := c.r.base
	switch {
	case c.bereaved():
		c.mood = moodBereavement
	case c.category == CategorySafety:
		c.mood = moodSafety
	case base == CategoryComplaint || c.msg.Intent == tone.IntentComplaint:
		c.mood = moodComplaint
	case base == CategoryCompliment:
		c.mood = moodCompliment
	default:
		c.mood = moodQuestion
	}
	c.apology = c.mood == moodComplaint || c.mood == moodSafety || c.msg.Intent == tone.IntentComplaint ||
		c.mood == moodBereavement && base == CategoryComplaint
	c.topic = c.findTopic()
	c.who = c.findRelation()
	c.data = c.dataAsk()
	return c
}

// chooseAddress applies the profile's register policy to the customer's
// je or u.
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
	switch c.r.a.Address.Form() {
	case "je":
		return "je"
	case "u":
		return "u"
	case "mixed":
		if len(c.r.a.Address.Formal) > len(c.r.a.Address.Informal) {
			return "u"
		}
		return "je"
	}
	if c.p.DefaultAddress == "u" {
		return "u"
	}
	return "je"
}

// plausibleName rejects a "name" that is a word the lexicons know, such as
// the "Dankjewel" a customer ends with.
func (c *composer) plausibleName(name string) bool {
	if strings.ContainsAny(name, "@#[]{}") {
		return false
	}
	words := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		words[w] = true
	}
	for _, h := range c.r.a.Hits {
		if h.Last-h.First == 1 && words[strings.ToLower(h.Text(c.r.a.Text))] {
			return false
		}
	}
	return true
}

// findRelation returns the customer's relative or pet they name with a
// possessive, as the reply says it: "mijn dochter" → "je dochter".
func (c *composer) findRelation() string {
	rel := map[string]bool{}
	for _, w := range c.lt.Relations {
		rel[strings.ToLower(w)] = true
	}
	toks := c.r.a.Tokens
	for i := 0; i+1 < len(toks); i++ {
		switch toks[i].Lower {
		case "mijn", "m'n", "my":
		default:
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(toks[i+1].Lower, "'s"), "’s")
		if rel[w] {
			return c.form.Poss + " " + strings.TrimSuffix(strings.TrimSuffix(toks[i+1].Text, "'s"), "’s")
		}
	}
	return ""
}

// bereaved reports a message about a death.
func (c *composer) bereaved() bool {
	toks := c.r.a.Tokens
	for _, phrase := range c.lt.Bereavement {
		words := strings.Fields(strings.ToLower(phrase))
		for i := 0; i+len(words) <= len(toks); i++ {
			ok := true
			for j, w := range words {
				if toks[i+j].Lower != w {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// findTopic turns the customer's "mijn pakket" into "je pakket" (or "uw
// pakket", "your parcel"): the first personal matter they name with a
// possessive.
func (c *composer) findTopic() string {
	a := c.r.a
	// Data words are no topic, and people are no thing that goes wrong.
	skip := map[string]bool{}
	for _, w := range append(append([]string(nil), c.lt.TopicSkip...), c.lt.Relations...) {
		skip[strings.ToLower(w)] = true
	}
	for _, h := range a.HitsOf("personal-matter") {
		if h.Last-h.First < 2 || h.Quoted {
			continue
		}
		switch a.Tokens[h.First].Lower {
		case "mijn", "m'n", "my":
		default:
			continue
		}
		rest := tone.Span{Start: a.Tokens[h.First+1].Span.Start, End: a.Tokens[h.Last-1].Span.End}.In(a.Text)
		if rest == "" || strings.ContainsAny(rest, "\n[]“”\"") || skip[strings.ToLower(a.Tokens[h.First+1].Lower)] {
			continue
		}
		return c.form.Poss + " " + rest
	}
	return ""
}

// dataAsk returns what to ask for in a DM, e.g. "je ordernummer".
func (c *composer) dataAsk() string {
	d := c.lt.Data
	if d == nil {
		d = DefaultTemplates().lang(c.lang).Data
	}
	poss := strings.NewReplacer("{poss}", c.form.Poss)
	if c.mood == moodSafety && d.Safety != "" {
		return poss.Replace(d.Safety)
	}
	// The rule whose word comes first in the message wins.
	rules := map[string]int{}
	for i, rule := range d.Rules {
		for _, w := range rule.Words {
			st := tone.Stem(c.lang, strings.ToLower(w))
			if _, ok := rules[st]; !ok {
				rules[st] = i
			}
		}
	}
	for _, t := range c.r.a.Tokens {
		if t.Kind != tone.Word {
			continue
		}
		if i, ok := rules[tone.Stem(c.lang, t.Lower)]; ok {
			return poss.Replace(d.Rules[i].Ask)
		}
	}
	return poss.Replace(d.Default)
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
	h := fnv.New64a()
	h.Write([]byte(strconv.FormatUint(c.p.Seed, 10)))
	h.Write([]byte{0})
	h.Write([]byte(c.text))
	h.Write([]byte{0})
	h.Write([]byte(part))
	return list[(h.Sum64()+uint64(attempt))%uint64(len(list))]
}

// compose writes one candidate draft.
func (c *composer) compose(attempt int) Reply {
	f, def := c.form, c.def // newComposer sets both
	vars := map[string]string{
		"name": c.name, "topic": c.topic, "data": c.data, "poss": f.Poss, "agent": c.p.Agent,
		"role": c.p.Role, "brand": c.p.Brand, "phone": c.p.Phone, "email": c.p.Email,
		"dm":       firstNonEmpty(c.p.DM, c.lt.DM, "DM"),
		"infopage": firstNonEmpty(c.p.InfoPage, c.lt.Placeholders["infopage"]),
		"incident": firstNonEmpty(c.p.Incident, c.lt.Placeholders["incident"]),
		"update":   firstNonEmpty(c.p.NextUpdate, c.lt.Placeholders["update"]),
		"who":      firstNonEmpty(c.who, f.Pronoun, def.Pronoun),
	}
	// Later attempts use shorter quotes and fewer parts, to fit the
	// channel and to dodge a finding a variant caused.
	quoteWords := []int{12, 12, 8, 8, 5, 5, 0, 0}[attempt]
	vars["quote"] = c.quote(quoteWords)
	useTopic := attempt < 6

	greetList, greetDef := greetingsOf(f).Plain, greetingsOf(def).Plain
	if c.name != "" {
		greetList, greetDef = greetingsOf(f).Named, greetingsOf(def).Named
	}
	greeting := fill(c.choose(greetList, greetDef, "greeting", attempt), vars)
	vars["greeting"] = greeting

	var parts []string
	kind := c.kind
	if c.category == CategoryCrisis && kind == tone.KindReply {
		// In a crisis the first answer is a holding message, the same
		// for everyone (seed 001, steps 1 and 3).
		kind = tone.KindHolding
	}
	if kind == tone.KindHolding {
		parts = append(parts, fill(c.choose(f.Holding, def.Holding, "holding", 0), vars))
		if c.personal && c.channel == tone.ChannelPublic && !strings.Contains(vars["infopage"], "://") {
			// A personal matter still needs a private route.
			parts = append(parts, fill(c.choose(f.HoldingDM, def.HoldingDM, "holding-dm", 0), vars))
		}
	} else {
		haveTopic := useTopic && c.topic != ""
		if c.mood == moodBereavement {
			// A condolence names the person, not a thing.
			haveTopic = c.who != ""
		}
		open := c.opening(attempt, vars["quote"] != "", haveTopic)
		parts = append(parts, joinGreeting(greeting, fill(open, vars)))
		if c.apology {
			parts = append(parts, c.choose(f.Apology, def.Apology, "apology", attempt))
		}
		parts = append(parts, fill(c.body(attempt), vars))
	}
	body := strings.Join(nonEmpty(parts), " ")
	if c.handle != "" && c.channel == tone.ChannelPublic {
		body = c.handle + " " + body
	}
	text := body + "\n" + c.signoff(attempt, vars)
	r := Reply{
		Text: text, Lang: c.lang, Kind: kind, Channel: c.channel, Category: c.category,
		Incoming: c.text,
	}
	if c.lang == "nl" {
		r.Address = c.address
	}
	r.Placeholders = placeholders(text)
	return r
}

// opening picks the first sentence for the mood: with the customer's
// topic, with a quote of their words, or plain. A safety matter prefers
// the quote: their own words say what happened.
func (c *composer) opening(attempt int, haveQuote, haveTopic bool) string {
	op := c.form.Open[string(c.mood)]
	dop := c.def.Open[string(c.mood)]
	if op == nil {
		op = dop
	}
	if op == nil {
		op = c.form.Open[string(moodQuestion)]
	}
	if dop == nil {
		dop = op
	}
	if op == nil {
		return ""
	}
	order := []string{"topic", "quote", "plain"}
	if c.mood == moodSafety || c.mood == moodCompliment {
		order = []string{"quote", "topic", "plain"}
	}
	for _, kind := range order {
		var list, fallback []string
		switch kind {
		case "topic":
			if !haveTopic {
				continue
			}
			list, fallback = op.Topic, dop.Topic
		case "quote":
			if !haveQuote {
				continue
			}
			list, fallback = op.Quote, dop.Quote
		default:
			list, fallback = op.Plain, dop.Plain
		}
		if s := c.choose(list, fallback, "open-"+kind, attempt); s != "" {
			return s
		}
	}
	return ""
}

// body is what follows the acknowledgement: the answer to a question,
// thanks for a compliment, or the next step with a move to a private
// channel for a personal matter.
func (c *composer) body(attempt int) string {
	f, def := c.form, c.def
	private := c.channel != tone.ChannelPublic
	needsContact := c.personal || c.mood == moodSafety || c.mood == moodBereavement ||
		c.category == CategoryLegalPrivacy
	switch {
	case c.mood == moodCompliment && !c.apology:
		return c.choose(f.Thanks, def.Thanks, "thanks", attempt)
	case c.mood == moodQuestion && !needsContact && !c.apology:
		return c.choose(f.Answer, def.Answer, "answer", attempt)
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
	so, dso := signoffsOf(c.form), signoffsOf(c.def)
	if strings.TrimSpace(c.p.Role) == "" {
		return fill(c.choose(so.Name, dso.Name, "signoff", attempt), vars)
	}
	return fill(c.choose(so.Role, dso.Role, "signoff", attempt), vars)
}

// check lints a candidate and returns the number of findings at warning
// or above outside placeholders.
func (c *composer) check(r *Reply) int {
	res := lint.Lint(r.Input(), c.p.Lint)
	r.Findings = res.Findings
	r.Words = countWords(res.Analysis)
	bad := 0
	for _, f := range res.Findings {
		if f.Severity >= lint.Warning && !inPlaceholder(r.Placeholders, f.Span) {
			bad++
		}
	}
	r.Clean = bad == 0
	return bad
}

// quote returns up to n words of the customer's message: a clause from
// the sentence with the cue that decided its category, or else the clause
// with the most content words; their own words to open with (seed 003).
// A clause ends at a comma, a conjunction ("en", "and"), a link, a handle,
// an emoji, personal data or other punctuation; shouted words are written
// in lower case. A clause needs two content words to be worth quoting.
func (c *composer) quote(n int) string {
	if n == 0 {
		return ""
	}
	a := c.r.a
	var cues []Cue
	if c.mood == moodSafety {
		cues = append(append(cues, c.r.cues[CueHazard]...), c.r.cues[CueInjury]...)
	}
	cues = append(cues, c.r.baseCues...)
	anchor := -1
	for _, cu := range cues {
		if s := a.SentenceAt(cu.Start); s >= 0 {
			for k := a.Sentences[s].First; k < a.Sentences[s].Last; k++ {
				if a.Tokens[k].Span.End > cu.Start {
					anchor = k
					break
				}
			}
			break
		}
	}
	clauses := c.clauses()
	var best []int
	bestScore := 0
	for _, cl := range clauses {
		score := len(a.Keywords(cl[0], cl[len(cl)-1]+1))
		if score < 2 {
			continue
		}
		for _, k := range cl {
			if k == anchor {
				score += 3 // the deciding words count more
			}
		}
		if s := a.SentenceAt(a.Tokens[cl[0]].Span.Start); s >= 0 && c.sentenceStart(s) == cl[0] {
			score += 2 // a main clause reads better than "terwijl ik …"
		}
		if score > bestScore {
			best, bestScore = cl, score
		}
	}
	if bestScore < 2 {
		return ""
	}
	words := func(ks []int) int {
		w := 0
		for _, k := range ks {
			if t := a.Tokens[k]; t.Kind != tone.Punct || strings.ContainsAny(t.Text, "0123456789") {
				w++
			}
		}
		return w
	}
	lead, cut := false, false
	if words(best) > n {
		// Keep n words; when the cue lies further on, start two words
		// before it.
		start := 0
		for i, k := range best {
			if k == anchor && words(best[:i]) >= n-1 {
				start = max(0, i-2)
				lead = start > 0
			}
		}
		kept := []int{}
		for _, k := range best[start:] {
			if words(kept) == n {
				break
			}
			kept = append(kept, k)
		}
		best, cut = kept, true
	}
	trim := map[string]bool{}
	for _, w := range c.lt.QuoteTrim {
		trim[w] = true
	}
	for len(best) > 0 {
		t := a.Tokens[best[len(best)-1]]
		if t.Kind == tone.Punct && !strings.ContainsAny(t.Text, "0123456789") || trim[t.Lower] {
			best = best[:len(best)-1]
			continue
		}
		break
	}
	if words(best) < 2 {
		return ""
	}
	var b strings.Builder
	if lead {
		b.WriteString("… ")
	}
	for i, k := range best {
		t := a.Tokens[k]
		if i > 0 && a.Tokens[best[i-1]].Span.End < t.Span.Start {
			b.WriteByte(' ')
		}
		w := t.Text
		if isShout(w) {
			w = strings.ToLower(w)
		}
		b.WriteString(w)
	}
	if cut {
		b.WriteString(" …")
	}
	return b.String()
}

// sentenceStart returns the first word or number of sentence s.
func (c *composer) sentenceStart(s int) int {
	a := c.r.a
	for k := a.Sentences[s].First; k < a.Sentences[s].Last; k++ {
		if t := a.Tokens[k]; t.Kind == tone.Word || t.Kind == tone.Number {
			return k
		}
	}
	return -1
}

// clauses splits the message into runs of quotable tokens: at sentence
// ends, at tokens that may not be quoted, at commas and at the language's
// conjunctions. Words in parentheses are left out.
func (c *composer) clauses() [][]int {
	a := c.r.a
	breaks := map[string]bool{}
	for _, w := range c.lt.QuoteBreak {
		breaks[strings.ToLower(w)] = true
	}
	var out [][]int
	for _, s := range a.Sentences {
		var cur []int
		flush := func() {
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur = nil
		}
		depth := 0
		for k := s.First; k < s.Last; k++ {
			t := a.Tokens[k]
			switch {
			case t.Kind == tone.Punct && t.Text == "(":
				depth++
				continue
			case t.Kind == tone.Punct && t.Text == ")":
				depth = max(0, depth-1)
				continue
			case depth > 0:
				continue
			case t.Kind == tone.Punct && t.Text == ",", breaks[t.Lower] && t.Kind == tone.Word:
				flush()
				continue
			case !c.quotable(k):
				flush()
				continue
			}
			if len(cur) == 0 && t.Kind == tone.Punct && !strings.ContainsAny(t.Text, "0123456789") {
				continue
			}
			cur = append(cur, k)
		}
		flush()
	}
	// A request frame ("kunt u mij vertellen", "can you tell me") or a
	// salutation ("Geachte heer/mevrouw") is no content: the quote starts
	// after it, or the clause goes.
	for i, cl := range out {
		for _, frame := range c.lt.QuoteSkip {
			words := strings.Fields(strings.ToLower(frame))
			if len(words) > len(cl) {
				continue
			}
			match := true
			for j, w := range words {
				if a.Tokens[cl[j]].Lower != w {
					match = false
					break
				}
			}
			if match {
				out[i] = cl[len(words):]
				break
			}
		}
	}
	kept := out[:0]
	for _, cl := range out {
		if len(cl) > 0 {
			kept = append(kept, cl)
		}
	}
	return kept
}

// quotable reports a token that may stand in a quote: a word, a number
// that is no order or account number, or a comma or hyphen; never
// personal data.
func (c *composer) quotable(k int) bool {
	a := c.r.a
	t := a.Tokens[k]
	for _, e := range a.Entities {
		if e.Span.Start < t.Span.End && t.Span.Start < e.Span.End && e.Kind != tone.EntityURL {
			return false
		}
	}
	switch t.Kind {
	case tone.Word:
		return !strings.ContainsAny(t.Text, "“”\"[]{}")
	case tone.Number:
		digits := 0
		for _, r := range t.Text {
			if unicode.IsDigit(r) {
				digits++
			}
		}
		return digits < 6
	case tone.Punct:
		// "€612" and "£35" come out of the tokenizer as punctuation.
		return t.Text == "," || t.Text == "-" || t.Text == "&" ||
			strings.ContainsAny(t.Text, "0123456789") && strings.ContainsAny(t.Text, "€£$")
	}
	return false
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

// countWords counts words and numbers as the length rule does.
func countWords(a *tone.Analysis) int {
	if a == nil {
		return 0
	}
	n := 0
	for _, t := range a.Tokens {
		if t.Kind == tone.Word || t.Kind == tone.Number {
			n++
		}
	}
	return n
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
