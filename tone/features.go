package tone

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	snowball "github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/dutch"
)

// The features of a customer's message. Each is a number the complaint
// model weighs; the names are the same in every language, and each
// language supplies its own extractors (the customer lexicon
// lexicon/customer.LANG.yaml and the sentiment lexicon sentiment/).
const (
	featFailure           = iota // a non-event or breakage: "never received", "werkt niet", "broken"; or a shortfall against what was paid for, promised or expected: "paying for 300mbps and not even hit 100", "in plaats van", thrown away
	featProblem                  // a trouble word a question may ask about: "problem", "storing"
	featElapsed                  // time that passed: "4 days later", "for weeks", "al drie weken"
	featWaiting                  // waiting, repetition, urgency: "still", "again", "been trying for days", "nog steeds"
	featInsult                   // name-calling: "bunch of crooks", "KUTBEDRIJF", "oplichters"
	featCondemn                  // strong condemnation: "terrible", "belachelijk", "#targetsucks"
	featDissatisfaction          // the customer's displeasure: "disappointed", "fed up", "teleurgesteld", "klaar mee"
	featDemand                   // a demand: "fix this", "I want my money back", "los dit op"
	featProfanity                // swearing: "wtf", "kut"
	featSarcasm                  // irony markers: "thanks for nothing", "gotta love", 🙃
	featIronicThanks             // thanks or praise about a failure in the same sentence
	featGrievanceQuestion        // a complaint asked: "why do you…", "waarom moet ik…"
	featPoliteness               // please, could you, graag, a greeting
	featGratitude                // thanks, bedankt
	featPraise                   // great job, top, complimenten
	featInfoRequest              // how do I, is it possible, hebben jullie
	featResolved                 // the problem went away or was solved: "working again", "opgelost"
	featQuestion                 // a question mark
	featQuestionStart            // a sentence that opens like a question
	featMoney                    // refund, charged, afgeschreven (a price alone is no grievance: "$3 burritos")
	featNegative                 // negative sentiment, negation-aware, from the language's lexicon
	featPositive                 // positive sentiment, likewise
	featNegEmoji                 // 😡 👎 :(
	featPosEmoji                 // 😍 👍 :)
	featShout                    // words in capitals, "!!", "?!"
	featFirstPerson              // I, my, ik, mijn: the customer's own experience
	featPersonal                 // the customer's own order, account, refund
	featContrast                 // but, however, maar, helaas
	featEscalation               // legal, press, churn, safety, privacy incident, outage words (a privacy request is no complaint by itself)
	featLink                     // a link: often news or an offer shared, not a grievance
	featLaugh                    // a laugh: "haha", "lol", 😂 — a joke shared more often than a grievance
	featLength                   // log of the number of words
	featWords                    // the learned word model's evidence for a complaint (WordFeature): 0 or more; 0 in a language without one
	numFeatures
)

// featureNames are the features' names in the model file, in order.
var featureNames = [numFeatures]string{
	"failure", "problem", "elapsed", "waiting", "insult", "condemn", "dissatisfaction", "demand", "profanity",
	"sarcasm", "ironic-thanks", "grievance-question", "politeness", "gratitude", "praise", "info-request", "resolved", "question",
	"question-start", "money", "negative", "positive", "negative-emoji", "positive-emoji",
	"shout", "first-person", "personal", "contrast", "escalation", "link", "laugh", "length", "words",
}

// FeatureNames returns the names of the features a customer's message is
// read with, in the order MessageFeatures gives their values.
func FeatureNames() []string { return featureNames[:] }

// MessageFeatures returns the feature values of a customer's message, in
// the order of FeatureNames. The training script fits the complaint
// model on them.
func MessageFeatures(text, lang string) []float64 {
	a := readingAnalysis(text, lang)
	f := extractFeatures(a)
	return f.x[:]
}

// ModelInput is what the complaint model reads of a customer's message:
// the feature values in the order of FeatureNames, and whether the
// message asks politely about one problem, which ReadMessage lets
// outweigh a model that is not sure (a question needs no apology). The
// training script fits on X and measures the reading's own decision.
//
// Lang is the language the message was read in, and Terms are its terms
// as the word model weighs them (WordTerms), from which the training
// script fits the word model and recomputes X's "words" feature.
type ModelInput struct {
	X         []float64
	PoliteAsk bool
	Lang      string
	Terms     []string
}

// MessageModelInput returns what the complaint model reads of a
// customer's message in the language ("nl", "en" or "" to detect it).
func MessageModelInput(text, lang string) ModelInput {
	a := readingAnalysis(text, lang)
	f := extractFeatures(a)
	return ModelInput{X: f.x[:], PoliteAsk: f.politeAsk, Lang: a.Lang, Terms: wordTerms(a)}
}

// features holds a message's feature values and, per feature, the words
// that gave it.
type features struct {
	x     [numFeatures]float64
	spans [numFeatures][]Span
	// arena is memory of a reading's scratch that the first two spans of
	// each feature are taken from while it has room: a reading's spans
	// are copied out, and most features have one or two.
	arena []Span
	// hits are the customer lexicon's hits; signals come from them.
	hits []Hit
	// requests counts the polite requests ("could you", "graag"), not
	// greetings; words counts the words and hashtags.
	requests, words int
	// stated counts the failures the customer states rather than asks
	// about (statedTrouble).
	stated int
	// charged is set when money was taken twice ("billed twice").
	charged bool
	// ironic is set by a mark of irony of the customer's own: an irony
	// emoji (🙃, 🙄) or a phrase of the sarcasm lexicon ("thanks for
	// nothing", "lekker dan"), not praise that the trouble beside it
	// makes mock (mockPraise).
	ironic bool
	// legalAsked are the legal words in a sentence that asks ("Can my
	// lawyer pick it up?"): no escalation by themselves, and the reading's
	// doubt (Message.Doubts) unless the message complains.
	legalAsked []Span
	// politeAsk is politeAsk of these features, read once: the word
	// feature, the decision and the training script all need it.
	politeAsk bool
	// asks marks the sentences that have a question mark (askingSentences),
	// read once for every hit that asks it.
	asks []bool
	// mods marks the words that only strengthen a positive word after
	// them ("ziek lekker"), heads those words (degreeModifiers); nil when
	// there are none.
	mods, heads []bool
}

// asked reports a question mark in sentence si.
func (f *features) asked(si int) bool { return si >= 0 && si < len(f.asks) && f.asks[si] }

// askingSentences marks the sentences of an analysis that have a question
// mark, in one pass over the tokens: a check per hit would read a long
// sentence once for each of its hits.
func askingSentences(a *Analysis) []bool {
	asks := make([]bool, len(a.Sentences))
	for si, s := range a.Sentences {
		asks[si] = hasQuestionMark(a.Tokens[s.First:s.Last])
	}
	return asks
}

// modifier reports token i as a degree modifier (degreeModifiers).
func (f *features) modifier(i int) bool { return f.mods != nil && f.mods[i] }

// head reports token i as the positive word a degree modifier strengthens.
func (f *features) head(i int) bool { return f.heads != nil && f.heads[i] }

func (f *features) add(k int, v float64, sp Span) {
	f.x[k] += v
	if sp.End > sp.Start {
		if n := len(f.arena); f.spans[k] == nil && n+2 <= cap(f.arena) {
			f.arena = f.arena[:n+2]
			f.spans[k] = f.arena[n : n : n+2]
		}
		f.spans[k] = append(f.spans[k], sp)
	}
}

// featureOf maps a customer lexicon category to the feature it counts for.
var featureOf = map[string]int{
	"failure": featFailure, "problem": featProblem, "elapsed": featElapsed, "day-count": featElapsed, "waiting": featWaiting, "insult": featInsult, "condemn": featCondemn, "dissatisfaction": featDissatisfaction, "demand": featDemand, "resolved": featResolved,
	"profanity": featProfanity, "curse": featProfanity, "sarcasm": featSarcasm, "grievance-question": featGrievanceQuestion,
	"politeness": featPoliteness, "greeting": featPoliteness, "gratitude": featGratitude, "praise": featPraise,
	"info-request": featInfoRequest, "question-start": featQuestionStart, "money": featMoney,
	"personal": featPersonal, "contrast": featContrast, "mismatch": featFailure, "ironic-thanks": featIronicThanks, "laugh": featLaugh,
	"legal": featEscalation, "press": featEscalation, "churn": featEscalation, "privacy": featEscalation,
	"hazard": featEscalation, "injury": featEscalation, "outage": featEscalation, "breach": featEscalation,
	"recall": featEscalation, "viral": featEscalation, "widespread": featEscalation,
}

// firstPerson are the words a customer speaks of themselves with.
var firstPerson = setOf("i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "mine", "myself", "we", "our", "us",
	"ik", "mijn", "m'n", "me", "mij", "wij", "we", "ons", "onze", "mn")

// extractFeatures reads the features of a customer's message off its
// analysis.
func extractFeatures(a *Analysis) *features {
	f := &features{}
	f.read(a)
	return f
}

// read reads the features of a customer's message off its analysis into
// f, a zero value: the reading keeps it on its stack.
func (f *features) read(a *Analysis) {
	lx := customerLexicon(a.Lang)
	sent := sentimentLexicon(a.Lang)
	if sc := a.scratch; sc != nil {
		if cap(sc.spans) == 0 {
			sc.spans = make([]Span, 0, 48)
		}
		f.arena = sc.spans[:0]
		if f.hits = lx.findHitsTo(sc.hits[:0], a.Tokens, a.Sentences); f.hits != nil {
			sc.hits = f.hits[:0]
		}
	} else {
		f.hits = lx.findHits(a.Tokens, a.Sentences)
	}
	f.hits = hashtagPhrases(a, lx, f.hits)
	f.asks = askingSentences(a)
	f.hits = ownDoing(a, f.hits)
	f.hits = judgedService(a, f.hits, sent)
	f.hits = recurrence(a, f.hits, sent)
	f.hits = persistenceInTrouble(a, f.hits, sent, f.asks)
	f.hits = outageQuestions(f.hits)
	f.hits = askedResolution(f.hits, f.asks)
	f.hits = fixThatFailed(f.hits)
	f.hits = supposedTrouble(a, f.hits, f.asks)
	f.hits, f.charged = duplicateCharges(f.hits)
	f.mods, f.heads = degreeModifiers(a, f.hits, sent)
	f.hits = modifiedAway(f.hits, f.mods)
	f.hits = courtesyWaits(a, f.hits)
	f.hits = negatedPraise(a, f.hits)
	f.scareQuotedThanks(a)
	f.scareQuotedAttribute(a, sent)
	f.ironic = f.ironic || slices.ContainsFunc(f.hits, func(h Hit) bool { return h.Category == "sarcasm" && !h.Quoted })
	f.mockPraise(a, sent)
	f.thanksForRemedy(a.Tokens)
	// Gratitude or praise in a sentence, to find thanks about a failure
	// later in the same sentence.
	thanksAt := map[int]Span{}
	for _, h := range f.hits {
		if h.Quoted || strings.HasPrefix(h.Category, topicPrefix) {
			continue
		}
		k, ok := featureOf[h.Category]
		if !ok {
			continue
		}
		if h.Category == "legal" && f.asked(h.Sentence) {
			// A lawyer or a court named in a question is no threat by
			// itself ("Can my lawyer pick up the parcel?"); the reading
			// keeps it as a doubt unless the message complains.
			f.legalAsked = append(f.legalAsked, h.Span)
			continue
		}
		if h.Category == "recall" && slices.Contains(f.asks, true) {
			// A recall in a message that asks ("Ik zag dat jullie de
			// kipfilet terugroepen. Geldt dat ook voor THT 12-03?") is a
			// question to answer, no grievance (the rubric: a recall
			// question needs no apology); the recall signal stays, and
			// harm or waiting told beside it still complain.
			continue
		}
		f.add(k, 1, h.Span)
		switch h.Category {
		case "politeness":
			f.requests++
		case "ironic-thanks":
			// What the thanks are for went wrong: "thanks for cancelling".
			f.add(featFailure, 1, h.Span)
		case "gratitude", "praise":
			if _, seen := thanksAt[h.Sentence]; !seen {
				thanksAt[h.Sentence] = h.Span
			}
		}
	}
	f.dataExposure()
	f.stated = statedTrouble(a, f.hits)

	// Thanks about a failure: gratitude or praise, then in the same
	// sentence a failure, waiting or negative words, with no "but" between
	// ("Dank je wel dat mijn trein alweer is uitgevallen"). Not when the
	// message says the problem was solved.
	if f.x[featResolved] > 0 {
		thanksAt = nil
	}
	// The first "but" after the thanks in each sentence, in one pass.
	butAt := map[int]int{}
	for _, h := range f.hits {
		if th, ok := thanksAt[h.Sentence]; ok && h.Category == "contrast" && h.Span.Start >= th.End {
			if b, seen := butAt[h.Sentence]; !seen || h.Span.Start < b {
				butAt[h.Sentence] = h.Span.Start
			}
		}
	}
	for _, h := range f.hits {
		if h.Quoted {
			continue
		}
		switch h.Category {
		case "failure", "waiting", "insult", "condemn":
		default:
			continue
		}
		th, ok := thanksAt[h.Sentence]
		if !ok || h.Span.Start < th.End {
			continue
		}
		if b, but := butAt[h.Sentence]; but && b < h.Span.Start {
			continue
		}
		f.add(featIronicThanks, 1, Span{th.Start, h.Span.End})
		delete(thanksAt, h.Sentence)
	}
	// Bare thanks right before name-calling are thanks for nothing:
	// "Thanks @BritishAirways. Morons.", "Bedankt hoor. Prutsers.". Only
	// a thanks sentence that says nothing else, and only an insult next:
	// "Thanks for the quick help. The old app was awful" thanks truly.
	for _, h := range f.hits {
		if h.Quoted || h.Category != "insult" && h.Category != "curse" || h.Sentence < 1 {
			continue
		}
		th, ok := thanksAt[h.Sentence-1]
		if !ok || !bareSentence(a, h.Sentence-1, th) {
			continue
		}
		f.add(featIronicThanks, 1, Span{th.Start, h.Span.End})
		delete(thanksAt, h.Sentence-1)
	}

	f.trailingPraise(a)
	f.praiseAboutFailure(a)

	// Words of a request or greeting formula are manners, not feeling:
	// "help" in "can you help me?", "kindly", "please" say nothing of how
	// the customer feels about the service.
	// The verb the request asks for is part of the formula too: VADER
	// scores "help", "support" and "assist" as kind words, but in "please
	// help", "can you help?" or "kindly assist" the customer asks for them
	// and says nothing of how they feel ("kunt u helpen", "graag hulp").
	manners := make([]bool, len(a.Tokens))
	for _, h := range f.hits {
		switch h.Category {
		case "politeness", "greeting", "help-request":
		default:
			continue
		}
		for k := h.First; k < h.Last && k < len(manners); k++ {
			manners[k] = true
		}
		if h.Category == "politeness" && h.Last < len(a.Tokens) && a.Tokens[h.Last].Kind == Word &&
			h.Sentence >= 0 && h.Sentence < len(a.Sentences) && h.Last < a.Sentences[h.Sentence].Last {
			manners[h.Last] = true
		}
		if h.Category == "greeting" {
			markName(a.Tokens, h.Last, manners)
		}
	}
	words, caps := 0, 0
	for i, t := range a.Tokens {
		if t.Quoted {
			continue
		}
		switch t.Kind {
		case Word:
			words++
			if t.is(clsFirstPerson) {
				f.add(featFirstPerson, 1, Span{})
			}
			if v, ok := t.valence(sent); ok && !manners[i] && !f.modifier(i) && !withoutFeeling(a.Tokens, i) {
				if negatedAt(a.Tokens, i) && !f.head(i) {
					v = -0.74 * v
				}
				f.addValence(v, t.Span)
			}
			if len(t.Text) >= 3 && t.Text != t.Lower && Shouted(t.Text) >= 2 && isAllCaps(t.Text) &&
				(t.is(clsStopNL|clsStopEN|clsShout) || sent.known(t.Lower)) {
				caps++
				f.add(featShout, 1, t.Span)
			}
		case Hashtag:
			words++
			f.readHashtag(t, sent, lx)
		case Emoji:
			f.readEmoji(t)
		case Punct:
			if strings.Contains(t.Text, "?") {
				f.add(featQuestion, 1, t.Span)
			}
			if (t.Text == "!" || t.Text == "?") && i+1 < len(a.Tokens) && a.Tokens[i+1].Kind == Punct && a.Tokens[i+1].Span.Start == t.Span.End &&
				strings.ContainsAny(a.Tokens[i+1].Text, "!?") {
				f.add(featShout, 1, t.Span)
			}
		case URL:
			f.add(featLink, 1, t.Span)
		}
	}
	_ = caps
	// Thanks about a failure are irony: the message's words of thanks and
	// praise do not count as such ("Thanks for cancelling my flight,
	// really appreciated"). So with a mark of irony of the customer's own
	// (🙃, 🙄, "thanks for nothing", "lekker dan"): the praise beside it
	// is what it mocks ("Top service 👍🙃", "Echt briljant idee 🙄").
	if f.x[featIronicThanks] > 0 || f.ironic || f.x[featResolved] == 0 && f.praiseBesideTrouble(a) {
		for _, k := range []int{featGratitude, featPraise, featPositive, featPosEmoji} {
			f.x[k], f.spans[k] = 0, nil
		}
	}
	// Counts saturate: the third failure says little more than the
	// second.
	for k := range f.x {
		switch k {
		case featNegative, featPositive:
			f.x[k] = math.Min(f.x[k], 3)
		case featQuestion, featLink, featPersonal:
			// Whether the message is about the customer's own order,
			// account or trip, not how often it names it ("my phone …
			// on my phone").
			f.x[k] = math.Min(f.x[k], 1)
		case featFirstPerson:
			f.x[k] = math.Min(f.x[k], 3) / 3
		default:
			f.x[k] = math.Min(f.x[k], 2)
		}
	}
	f.words = words
	f.x[featLength] = math.Log1p(float64(words)) / math.Log(32)
	f.politeAsk = politeAsk(f)
	if wm := DefaultWordModel(a.Lang); wm != nil {
		score, spans := wordEvidence(wm, a)
		if f.x[featWords] = WordFeature(score, f.x[:], f.politeAsk, builtinModel().lean(f.x[:])); f.x[featWords] != 0 {
			f.spans[featWords] = spans
		}
	}
}

// ownDoing drops the trouble the customer says they caused: a failure or
// problem in the clause of an own mistake ("I can't log in because I
// forgot my password", "ik kan niet inloggen omdat ik mijn wachtwoord ben
// vergeten"). A trouble told in a clause of its own, after "and", "but"
// or "maar", stays: "I forgot my password and the reset link doesn't
// work".
func ownDoing(a *Analysis, hits []Hit) []Hit {
	if !slices.ContainsFunc(hits, func(h Hit) bool { return h.Category == "own-mistake" && !h.Quoted }) {
		return hits
	}
	// breaks[i] counts the clause breaks among the tokens before i, so
	// that whether two tokens are in one clause is one subtraction.
	breaks := make([]int, len(a.Tokens)+1)
	for i, t := range a.Tokens {
		breaks[i+1] = breaks[i]
		if t.Kind == Word && grammarSets().clauseBreaks[t.Lower] {
			breaks[i+1]++
		}
	}
	var own []Hit
	for _, h := range hits {
		if h.Category == "own-mistake" && !h.Quoted {
			own = append(own, h)
		}
	}
	sort.SliceStable(own, func(i, j int) bool {
		return own[i].Sentence < own[j].Sentence || own[i].Sentence == own[j].Sentence && own[i].First < own[j].First
	})
	// reach[j] is the furthest end of own[:j+1] in own[j]'s sentence.
	// Of the own mistakes of a trouble's sentence that start before it
	// ends, the one that reaches furthest overlaps it or is the nearest
	// before it; the first that starts after it is the nearest after it.
	// The nearest has the fewest clause breaks between, so two looks
	// decide, however many own mistakes a sentence has.
	reach := make([]int, len(own))
	for j, o := range own {
		reach[j] = o.Last
		if j > 0 && own[j-1].Sentence == o.Sentence {
			reach[j] = max(reach[j], reach[j-1])
		}
	}
	out := make([]Hit, 0, len(hits))
	for _, h := range hits {
		if h.Category != "failure" && h.Category != "problem" && h.Category != "mismatch" || h.Quoted {
			out = append(out, h)
			continue
		}
		j := sort.Search(len(own), func(j int) bool {
			return own[j].Sentence > h.Sentence || own[j].Sentence == h.Sentence && own[j].First >= h.Last
		})
		mine := false
		if j > 0 && own[j-1].Sentence == h.Sentence {
			r := reach[j-1]
			mine = r >= h.First || breaks[h.First]-breaks[r] == 0
		}
		if !mine && j < len(own) && own[j].Sentence == h.Sentence {
			mine = breaks[own[j].First]-breaks[h.Last] == 0
		}
		if !mine {
			out = append(out, h)
		}
	}
	return out
}

// judgedService reads what the customer says the service or product is,
// when the sentiment lexicon calls it bad, as condemnation: a subject the
// company owns or the customer met ("your site", "the staff", "this app",
// "jullie app", "de bezorging"), a form of "to be", at most two words of
// degree, and a negative word not negated: "yr site is confusing", "the
// staff were so rude", "de bezorging is echt waardeloos". It is the
// grammar of a negative evaluation, with the words from the language's
// sentiment lexicon instead of a list. Not "the app is not bad", not a
// word the lexicon calls only faintly negative (above -0.2), and not a
// word the customer lexicon already read.
func judgedService(a *Analysis, hits []Hit, sent *sentiment) []Hit {
	toks := a.Tokens
	g := grammarSets()
	var added []Hit
	for i, t := range toks {
		if t.Kind != Word || t.Quoted || !t.mayBeIn(g.copulaBloom) || !g.copulas[t.Lower] || i == 0 {
			continue
		}
		// The subject: a determiner at most three words before the
		// copula, or a second person right before it.
		subject := false
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if toks[k].Kind != Word {
				break
			}
			w := toks[k].Lower
			if g.serviceDeterminers[w] || k == i-1 && g.secondPerson[w] {
				subject = true
				break
			}
		}
		if !subject {
			continue
		}
		k := i + 1
		for n := 0; n < 2 && k < len(toks) && toks[k].Kind == Word && g.degreeWords[toks[k].Lower]; n++ {
			k++
		}
		if k >= len(toks) || toks[k].Kind != Word || toks[k].is(clsNegator) {
			continue
		}
		v, ok := toks[k].valence(sent)
		if !ok || v > -0.2 || negatedAt(toks, k) {
			continue
		}
		added = append(added, Hit{Category: "condemn", Span: Span{t.Span.Start, toks[k].Span.End}, Sentence: sentenceAt(a, i), First: i, Last: k + 1})
	}
	if len(added) == 0 {
		return hits
	}
	// A word the lexicon read already (a condemnation, an insult) is not
	// counted twice.
	read := map[int]bool{}
	for _, h := range hits {
		if h.Category == "condemn" || h.Category == "insult" || h.Category == "dissatisfaction" {
			for j := h.First; j < h.Last; j++ {
				read[j] = true
			}
		}
	}
	out := hits
	for _, h := range added {
		if !read[h.Last-1] {
			out = append(out, h)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

// recurrence reads a verb of going on followed by what keeps happening as
// waiting: "keeps crashing", "kept asking me", "keeps on appearing";
// "blijft vastlopen", "bleef maar haperen". The lexicon names a few such
// verbs; this is the grammar for all of them: "keeps"/"kept"/"keep on"
// with a word in -ing, "blijft"/"blijven"/"bleef"/"bleven" (with "maar",
// "steeds", "gewoon") with an infinitive. Not what the customer keeps
// doing without saying it is in vain ("we blijven genieten"), nor what
// keeps getting better:
// a verb or the word after it that the sentiment lexicon calls positive
// ("keeps improving", "blijft genieten", "keeps getting better").
func recurrence(a *Analysis, hits []Hit, sent *sentiment) []Hit {
	toks := a.Tokens
	g := grammarSets()
	// The furthest end of a waiting hit that starts at or before a
	// candidate, in one pass: hits come in text order, and so do the
	// candidates.
	var waits []Span
	for _, h := range hits {
		if h.Category == "waiting" {
			waits = append(waits, h.Span)
		}
	}
	w, waitEnd := 0, -1
	covered := func(sp Span) bool {
		for ; w < len(waits) && waits[w].Start <= sp.Start; w++ {
			waitEnd = max(waitEnd, waits[w].End)
		}
		return sp.End <= waitEnd
	}
	positive := func(k int) bool {
		if k >= len(toks) || toks[k].Kind != Word {
			return false
		}
		v, ok := toks[k].valence(sent)
		return ok && v >= 0.25
	}
	var added []Hit
	for i, t := range toks {
		if t.Kind != Word || t.Quoted || !t.mayBeIn(g.recurrenceBloom) {
			continue
		}
		en := g.recurrenceEN[t.Lower]
		if !en && !g.recurrenceNL[t.Lower] {
			continue
		}
		k := i + 1
		for k < len(toks) && toks[k].Kind == Word && g.recurrenceFillers[toks[k].Lower] {
			k++
		}
		if t.Lower == "keep" && (k == i+1 || toks[i+1].Lower != "on") {
			continue // "keep up the good work", "keep me posted"
		}
		// What the customer keeps doing is their habit unless they say it
		// goes on in vain: "we blijven genieten", but "ik blijf maar
		// bellen", "I kept on calling".
		if k == i+1 && i > 0 && g.firstPersonSubjects[toks[i-1].Lower] {
			continue
		}
		if k >= len(toks) || toks[k].Kind != Word || positive(k) || positive(k+1) {
			continue
		}
		v := toks[k].Lower
		if en && (len(v) < 6 || !strings.HasSuffix(v, "ing")) || !en && (len(v) < 5 || !strings.HasSuffix(v, "en")) {
			continue
		}
		sp := Span{t.Span.Start, toks[k].Span.End}
		if covered(sp) {
			continue
		}
		added = append(added, Hit{Category: "waiting", Span: sp, Sentence: sentenceAt(a, i), First: i, Last: k + 1})
	}
	if len(added) == 0 {
		return hits
	}
	out := append(hits, added...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

// sentenceAt returns the index of the sentence that holds token i.
func sentenceAt(a *Analysis, i int) int {
	k := sort.Search(len(a.Sentences), func(k int) bool { return a.Sentences[k].Last > i })
	if k == len(a.Sentences) {
		return len(a.Sentences) - 1
	}
	return k
}

// troubleCategories are the hits that say something is wrong; a word of
// persistence in their sentence is waiting.
var troubleCategories = map[string]bool{
	"failure": true, "problem": true, "elapsed": true, "waiting": true, "insult": true, "condemn": true,
	"dissatisfaction": true, "demand": true, "profanity": true, "curse": true, "sarcasm": true, "grievance-question": true,
	"mismatch": true, "outage": true, "hazard": true, "injury": true, "privacy": true, "breach": true, "money": true,
}

// persistenceInTrouble reads a word of persistence ("still", "again",
// "yet", "how long"; "nog steeds", "weer", "opnieuw") as waiting when its
// sentence or one next to it carries trouble: a trouble hit, money, a
// negation or a negative word ("it's still broken", "why is it not here
// yet", "toch weer een maand betaald", "Network down again. Nothing
// loads."). Elsewhere it is no grievance and is dropped ("do you still
// sell gift cards?", "how long does shipping take?", "ik bestel graag
// weer"). asks marks the sentences with a question mark (askingSentences).
func persistenceInTrouble(a *Analysis, hits []Hit, sent *sentiment, asks []bool) []Hit {
	if !slices.ContainsFunc(hits, func(h Hit) bool { return h.Category == "persistence" }) {
		return hits
	}
	// Per sentence: 1 trouble, -1 none, 0 not read yet. Its words are
	// read once, and only next to a word of persistence.
	trouble := make([]int8, len(a.Sentences))
	for _, h := range hits {
		if troubleCategories[h.Category] && !h.Quoted {
			trouble[h.Sentence] = 1
		}
	}
	troubled := func(k int) bool {
		if k < 0 || k >= len(trouble) {
			return false
		}
		if trouble[k] == 0 {
			trouble[k] = -1
			if negativeIn(a, a.Sentences[k], sent) {
				trouble[k] = 1
			}
		}
		return trouble[k] > 0
	}
	// Per sentence: 1 a negation, -1 none, 0 not read yet.
	negation := make([]int8, len(a.Sentences))
	negated := func(k int) bool {
		if negation[k] == 0 {
			negation[k] = -1
			if negationIn(a, a.Sentences[k]) {
				negation[k] = 1
			}
		}
		return negation[k] > 0
	}
	out := hits[:0]
	// The furthest end of a waiting or a resolved hit so far (hits come in
	// text order): a word of persistence inside one is that phrase ("yet
	// again", "steeds weer"; "werkt weer", "working again").
	waitingEnd := -1
	for _, h := range hits {
		if h.Category == "waiting" && asks[h.Sentence] && habitualIn(a, a.Sentences[h.Sentence]) {
			// "Hoe lang is de wachttijd ongeveer?": the usual wait, asked
			// for information.
			continue
		}
		if h.Category != "persistence" {
			if h.Category == "waiting" || h.Category == "resolved" {
				waitingEnd = max(waitingEnd, h.Span.End)
			}
			out = append(out, h)
			continue
		}
		if h.Span.End <= waitingEnd {
			continue
		}
		// Asked whether a state goes on ("rijdt lijn 5 nog steeds
		// omgeleid?", "is the late checkout still available?"), the trouble
		// in the question is what is asked about: only trouble told around
		// it, or a negation in it ("nog steeds niet"), makes it waiting.
		// "How long" asks how long the trouble will last, which is the
		// grievance ("How long will this outage go on?").
		own := troubled(h.Sentence)
		if own && a.Tokens[h.First].Lower != "how" && a.Tokens[h.First].Lower != "hoe" &&
			asks[h.Sentence] && !negated(h.Sentence) {
			own = false
		}
		if asks[h.Sentence] && habitualIn(a, a.Sentences[h.Sentence]) {
			// "How long does a refund usually take?": what usually
			// happens, asked for information; nobody has waited yet.
			continue
		}
		if troubled(h.Sentence-1) || own || troubled(h.Sentence+1) {
			h.Category = "waiting"
			out = append(out, h)
		}
	}
	return out
}

// habitualIn reports a word of what usually happens (facts habitual:
// "usually", "meestal") in a sentence.
func habitualIn(a *Analysis, s Sentence) bool {
	habitual := factLexicon(a.Lang).words["habitual"]
	for i := s.First; i < s.Last; i++ {
		if a.Tokens[i].Kind == Word && habitual[a.Tokens[i].Lower] {
			return true
		}
	}
	return false
}

// negationIn reports a negation in a sentence.
func negationIn(a *Analysis, s Sentence) bool {
	for i := s.First; i < s.Last; i++ {
		if t := &a.Tokens[i]; t.Kind == Word && t.is(clsNegator) {
			return true
		}
	}
	return false
}

// negativeIn reports a negation or a negative word of the sentiment
// lexicon in a sentence.
func negativeIn(a *Analysis, s Sentence, sent *sentiment) bool {
	for i := s.First; i < s.Last; i++ {
		t := a.Tokens[i]
		if t.Kind != Word {
			continue
		}
		// "Without" names a wish ("zonder opnieuw te registreren"), not
		// something that went wrong.
		if t.is(clsNegator) && !notKnowing(a.Tokens, i) && t.Lower != "without" && t.Lower != "zonder" {
			return true
		}
		if v, ok := t.valence(sent); ok && v <= -0.25 {
			return true
		}
	}
	return false
}

// statedTrouble counts the failures a customer states as facts, not the
// ones they ask about: a failure in a sentence before the first question
// ("My parcel never arrived. Could you check?"), or a non-event before a
// request for help in the question's sentence ("I can't log in, can you
// help me?"). One after the question's opening is asked about ("Kunt u
// mij vertellen waarom mijn rekening niet meer zichtbaar is?"), and so is
// one before a question for information ("Mijn fietsband is lek, verkopen
// jullie ook plaksets?") or after the first question, as its context
// ("Wanneer wordt mijn bestelling verzonden? Ik heb nog geen mail
// gehad.").
//
// Only what should have happened and did not (a failure under negation):
// a problem word or a thing broken, stated with a request ("I have an
// issue with my bill, can you help?", "Mijn wasmachine is kapot, kunnen
// jullie iemand sturen?"), asks for service as often as it complains.
func statedTrouble(a *Analysis, hits []Hit) int {
	ask := len(a.Sentences) // the first sentence with a question mark
	for i, s := range a.Sentences {
		if hasQuestionMark(a.Tokens[s.First:s.Last]) {
			ask = i
			break
		}
	}
	// In that sentence: where the first request or question's opening
	// starts, and where the last request for help or action starts (a
	// question for information after the failure asks about the matter).
	firstAsk, lastRequest := math.MaxInt, -1
	for _, q := range hits {
		if q.Sentence != ask || q.Quoted {
			continue
		}
		switch q.Category {
		case "politeness", "help-request":
			lastRequest = max(lastRequest, q.Span.Start)
			firstAsk = min(firstAsk, q.Span.Start)
		case "info-request", "question-start", "grievance-question":
			firstAsk = min(firstAsk, q.Span.Start)
		}
	}
	own := map[int]bool{} // sentences where the customer owns the cause
	for _, h := range hits {
		if h.Category == "own-mistake" && !h.Quoted {
			own[h.Sentence] = true
		}
	}
	n := 0
	for _, h := range hits {
		if h.Quoted || own[h.Sentence] {
			continue // the customer's own doing
		}
		if h.Sentence > ask {
			// A failure told after the question is what the question is
			// about: "How can I get help? Calling in isn't helping",
			// "Wanneer lossen jullie het op? Mijn internet werkt niet".
			// What the customer cannot do or has not had ("When will it
			// ship? I have no confirmation yet") and other trouble after
			// it is context for the question.
			if h.Category == "failure" && !ownTrouble(a, h) {
				n++
			}
			continue
		}
		switch h.Category {
		case "failure", "mismatch":
			// A shortfall against what was paid or promised is told as a
			// fact like a failure: "Ksh3,298 instead of 30, kindly help".
			if h.Sentence < ask || firstAsk >= h.Span.Start && lastRequest > h.Span.Start && (h.Category == "mismatch" || nonEvent(a, h)) {
				n++
			}
		case "problem":
			// Trouble with the service, told before the customer asks for
			// help: "I'm unable to activate my account, can you help me?",
			// "Having trouble paying, can you help?", "Ik kan niet
			// inloggen, kunnen jullie kijken?". Not what the customer does
			// not know ("I can't find where to change it").
			if notKnowing(a.Tokens, h.First) || notKnowing(a.Tokens, h.Last-1) {
				continue
			}
			if h.Sentence < ask || firstAsk >= h.Span.Start && lastRequest > h.Span.Start {
				n++
			}
		}
	}
	return n
}

// notKnowing reports a negation at token i that is about the customer's
// knowing or finding, not about the service failing: "don't know how
// long", "can't remember my password", "ik weet niet", "kan de knop niet
// weten". A word of knowing next to the negation, or one further after it.
func notKnowing(toks []Token, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	for _, k := range []int{i - 1, i + 1, i + 2} {
		if k >= 0 && k < len(toks) && toks[k].Kind == Word && knowingWords[toks[k].Lower] {
			return true
		}
	}
	return false
}

// knowingWords are verbs of knowing, finding and deciding: negated they say
// what the customer does not know, not what failed.
// Not opinions ("I don't think this is fair", "ik vind het niet
// normaal"): those carry the grievance.
// Nor finding: "still can't find my parcel" tells of a parcel lost.
var knowingWords = setOf("know", "remember", "recall", "figure", "decide", "wait",
	"weet", "weten", "wist", "herinner", "onthouden", "wachten", "kiezen")

// nonEvent reports a failure hit that says something did not happen or
// stopped: a negation or "unable", "stopped" among its words ("never
// arrived", "can't log in", "werkt niet", "unable to activate").
func nonEvent(a *Analysis, h Hit) bool {
	for _, t := range a.Tokens[h.First:h.Last] {
		if t.is(clsNegator) || nonEventWords[t.Lower] {
			return true
		}
	}
	return false
}

var nonEventWords = setOf("unable", "stopped", "stops", "gestopt", "stopt")

// ownTrouble reports a failure hit whose sentence has the customer as
// its subject before it: "I can't log in", "I haven't had a confirmation",
// "Ik heb nog geen bevestiging gehad". After a question such a sentence
// says why the customer asks, not what the company did.
func ownTrouble(a *Analysis, h Hit) bool {
	g := grammarSets()
	for _, t := range a.Tokens[a.Sentences[h.Sentence].First:h.First] {
		if g.firstPersonSubjects[t.Lower] {
			return true
		}
	}
	return false
}

// askedResolution drops the words of a problem solved from a sentence
// that asks: "wanneer is het opgelost?", "when will it be fixed?" and "is
// it working again?" ask for the solution, they do not report it.
func askedResolution(hits []Hit, asks []bool) []Hit {
	out := hits[:0]
	for _, h := range hits {
		if h.Category == "resolved" && !h.Quoted && h.Sentence < len(asks) && asks[h.Sentence] {
			continue
		}
		out = append(out, h)
	}
	return out
}

// fixThatFailed drops the words of a problem solved when the same
// sentence tells a failure after them: the fix did not hold ("Twee keer
// omgeboekt en nog sta ik hier zonder vlucht", "fixed it on Monday and it
// keeps dropping out"). A failure told before the fix ("was down, works
// again") is the fix's matter and the fix stands.
func fixThatFailed(hits []Hit) []Hit {
	// Only a fix can fail: without one nothing is dropped, and no
	// sentence's failures are looked up (most messages tell none).
	if !slices.ContainsFunc(hits, func(h Hit) bool { return h.Category == "resolved" && !h.Quoted }) {
		return hits
	}
	// lastFail[s] is where the last failure of sentence s starts: one pass
	// for all the fixes, so a long message costs linear time.
	var lastFail map[int]int
	for _, g := range hits {
		if !g.Quoted && (g.Category == "failure" || g.Category == "outage") {
			if lastFail == nil {
				lastFail = map[int]int{}
			}
			if first, ok := lastFail[g.Sentence]; !ok || g.First > first {
				lastFail[g.Sentence] = g.First
			}
		}
	}
	if lastFail == nil {
		return hits
	}
	out := hits[:0]
	for _, h := range hits {
		if first, ok := lastFail[h.Sentence]; ok && h.Category == "resolved" && !h.Quoted && first >= h.Last {
			continue
		}
		out = append(out, h)
	}
	return out
}

// outageQuestions reads a question whether there is an outage ("storing?",
// "is er een storing?", "is there an outage?") as asking about a problem:
// the failure and outage words inside it are dropped, its problem words
// ("storing", "outage") stay.
func outageQuestions(hits []Hit) []Hit {
	var asks []Span // in text order, as the hits come
	for _, h := range hits {
		if h.Category == "outage-question" && !h.Quoted {
			asks = append(asks, h.Span)
		}
	}
	if len(asks) == 0 {
		return hits
	}
	out := make([]Hit, 0, len(hits))
	k, askEnd := 0, -1 // askEnd: the furthest end of a question that starts at or before h
	for _, h := range hits {
		for ; k < len(asks) && asks[k].Start <= h.Span.Start; k++ {
			askEnd = max(askEnd, asks[k].End)
		}
		if h.Span.End <= askEnd && (h.Category == "failure" || h.Category == "outage") {
			continue
		}
		out = append(out, h)
	}
	return out
}

// duplicateCharges reads money and a word of doubling in one sentence
// ("did you charge me twice?", "is er twee keer afgeschreven?") as a
// failure, unless a failure already covers them or the customer says the
// mistake was their own ("per ongeluk twee keer betaald").
func duplicateCharges(hits []Hit) ([]Hit, bool) {
	own := map[int]bool{}  // sentences where the customer owns the mistake ("per ongeluk")
	money := map[int]Hit{} // the first money hit of each sentence
	for _, h := range hits {
		switch {
		case h.Quoted:
		case h.Category == "own-mistake":
			own[h.Sentence] = true
		case h.Category == "money":
			if _, seen := money[h.Sentence]; !seen {
				money[h.Sentence] = h
			}
		}
	}
	for _, d := range hits {
		if d.Category != "duplicate" || d.Quoted || own[d.Sentence] {
			continue
		}
		m, ok := money[d.Sentence]
		if !ok {
			continue
		}
		sp := Span{min(d.Span.Start, m.Span.Start), max(d.Span.End, m.Span.End)}
		covered := false
		for _, o := range hits {
			if o.Category == "failure" && o.Span.Start < sp.End && sp.Start < o.Span.End {
				covered = true
			}
		}
		if !covered {
			hits = append(hits, Hit{Category: "failure", Span: sp, Sentence: d.Sentence, First: d.First, Last: d.Last})
		}
		return hits, true
	}
	return hits, false
}

// thanksForRemedy reads thanks or praise for what puts a problem right
// ("thanks for rebooking me after my flight was cancelled", "bedankt voor
// het omboeken nadat mijn trein was uitgevallen", "shoutout to Mark who
// helped me, a lost tourist, find my platform") as a problem solved: a remedy after
// the thanks in the same sentence, with no failure between them, and
// nothing failing after it but in a clause that gives the background
// ("after", "nadat").
func (f *features) thanksForRemedy(toks []Token) {
	thanked := func(h Hit) bool { return (h.Category == "gratitude" || h.Category == "praise") && !h.Quoted }
	remedy := func(h Hit) bool { return h.Category == "remedy" && !h.Quoted }
	if !slices.ContainsFunc(f.hits, thanked) || !slices.ContainsFunc(f.hits, remedy) {
		return
	}
	// Per sentence, the starts of its remedies, failures and subordinators
	// in text order, so each thanks is a few binary searches, not a scan
	// of every hit.
	remedies, fails, subs := map[int][]Hit{}, map[int][]int{}, map[int][]int{}
	for _, h := range f.hits {
		switch {
		case remedy(h):
			remedies[h.Sentence] = append(remedies[h.Sentence], h)
		case h.Category == "subordinator":
			subs[h.Sentence] = append(subs[h.Sentence], h.Span.Start)
		case !h.Quoted && failing(h.Category):
			fails[h.Sentence] = append(fails[h.Sentence], h.Span.Start)
		}
	}
	for _, l := range fails {
		slices.Sort(l) // a failure read from a double charge comes last
	}
	// first returns the first start in starts at or after from.
	first := func(starts []int, from int) int {
		i, _ := slices.BinarySearch(starts, from)
		if i < len(starts) {
			return starts[i]
		}
		return math.MaxInt
	}
	for _, th := range f.hits {
		if !thanked(th) {
			continue
		}
		s := th.Sentence
		rs := remedies[s]
		i := sort.Search(len(rs), func(i int) bool { return rs[i].Span.Start >= th.Span.End })
		if i == len(rs) {
			continue
		}
		r := rs[i]
		if first(fails[s], th.Span.End) < r.Span.Start {
			continue // a failure between the thanks and the remedy
		}
		if th.Category == "praise" && first(fails[s], 0) < th.Span.Start {
			continue // praise after a failure is irony: "… alweer uitgevallen, top geregeld"
		}
		// Nothing fails after it but in a clause that gives the background,
		// or as what the remedy put right: "het oplossen van mijn storing",
		// "fixing my outage".
		after := remedyObjectEnd(toks, r)
		if first(fails[s], after) < first(subs[s], r.Span.End) {
			continue
		}
		f.add(featResolved, 1, Span{th.Span.Start, r.Span.End})
		// The refund thanked for is no money at stake, and the trouble it
		// put right ("het oplossen van mijn storing") no trouble now.
		kept := make([]Hit, 0, len(f.hits))
		for _, h := range f.hits {
			if (h.Category == "money" || h.Category == "personal") && h.Span.Start >= r.Span.Start && h.Span.End <= r.Span.End {
				continue
			}
			if putRight[h.Category] && h.Span.Start >= r.Span.End && h.Span.End <= after {
				continue
			}
			kept = append(kept, h)
		}
		f.hits = kept
		return
	}
}

// remedyObjectEnd returns where the object of a remedy ends: a short
// noun phrase right after it, with or without "van"/"of" and a determiner
// ("het oplossen van mijn storing", "fixing my outage", "het vervangen
// van de kapotte router"), so that the failure it names is what was put
// right, not a failure after it. Without such a phrase it is the remedy's
// end.
func remedyObjectEnd(toks []Token, r Hit) int {
	end := r.Span.End
	k := r.Last
	// A particle of a phrasal verb ("sorting out my double charge") and
	// the customer as its object, described after a comma ("helped me, a
	// lost tourist, find the platform").
	if k < len(toks) && remedyParticles[toks[k].Lower] {
		k++
	}
	if k+2 < len(toks) && remedyObjectPronouns[toks[k].Lower] && toks[k+1].Text == "," && remedyApposition[toks[k+2].Lower] {
		k += 3
		for n := 0; n < 4 && k < len(toks) && toks[k].Kind == Word && !remedyObjectStops[toks[k].Lower]; n, k = n+1, k+1 {
			end = toks[k].Span.End
		}
		return end
	}
	prep := k < len(toks) && remedyObjectPreps[toks[k].Lower]
	if prep {
		k++
	}
	det := k < len(toks) && remedyObjectDets[toks[k].Lower]
	if det {
		k++
	}
	if !prep && !det {
		return end // no object phrase: "bedankt voor het oplossen!"
	}
	for n := 0; n < 3 && k < len(toks) && toks[k].Kind == Word && !remedyObjectStops[toks[k].Lower]; n, k = n+1, k+1 {
		end = toks[k].Span.End
	}
	return end
}

var (
	// putRight are the categories of trouble a remedy's object names.
	putRight          = setOf("failure", "problem", "outage")
	remedyObjectPreps = setOf("van", "of", "voor", "met", "with")
	remedyObjectDets  = setOf("mijn", "m'n", "mn", "onze", "ons", "de", "het", "die", "dat", "deze", "dit",
		"my", "our", "the", "that", "this", "those", "these", "your", "jullie", "uw", "je")
	remedyParticles      = setOf("out", "up", "uit", "op")
	remedyObjectPronouns = setOf("me", "us", "mij", "ons")
	remedyApposition     = setOf("a", "an", "een")
	// A word that ends the object phrase: what follows is a new clause.
	remedyObjectStops = setOf("en", "maar", "and", "but", "want", "because", "terwijl", "while")
)

// failing reports the categories that say something failed: a remedy
// thanked for after one of them puts nothing right.
func failing(category string) bool {
	switch category {
	case "failure", "waiting", "insult", "condemn", "sarcasm":
		return true
	}
	return false
}

// praiseAboutFailure counts praise or thanks anywhere in a message that
// otherwise reports a failure, waiting or worse, as irony: "Leuk hoor die
// nieuwe dienstregeling. Nu mag ik 40 min wachten." Not when the message
// says the problem was solved, sets the praise against it ("but",
// "maar"), or asks for something (then the thanks are polite).
func (f *features) praiseAboutFailure(a *Analysis) {
	if f.x[featIronicThanks] > 0 || f.x[featResolved] > 0 || f.x[featContrast] > 0 || f.requests > 0 ||
		f.x[featQuestion] > 0 || f.x[featInfoRequest] > 0 {
		return
	}
	var praise Span
	praiseAt := -1 // the sentence of the praise
	bad := false
	for _, h := range f.hits {
		if h.Quoted {
			continue
		}
		switch h.Category {
		case "gratitude", "praise", "sarcasm":
			if praise.End == 0 && !(h.Category == "gratitude" && closingThanks(a, h)) {
				praise, praiseAt = h.Span, h.Sentence
			}
		case "failure", "waiting", "condemn":
			bad = true
		}
	}
	// Praise of what the sentiment lexicon calls bad in the same sentence
	// is irony too ("Fantastic, another delivery slot missed", "Knap hoe
	// jullie een pakket kwijtraken").
	if praise.End > 0 && !bad && praiseAt >= 0 {
		bad = f.negativeBesides(a, a.Sentences[praiseAt], praise)
	}
	// A happy emoji or clapping about the failure praises it too
	// ("Pakket weer kwijt 👏", "Third delay this week 😍"), and so does one
	// about the days counted ("We zitten op dag 5 👏👏").
	counted := slices.ContainsFunc(f.hits, func(h Hit) bool { return h.Category == "day-count" && !h.Quoted })
	clapped := false
	if praise.End == 0 && (bad || counted) {
		for _, t := range a.Tokens {
			if t.Kind == Emoji && !t.Quoted && emojiIn(t.Text, positiveEmoji) {
				praise, clapped = t.Span, true
				break
			}
		}
	}
	if (bad || clapped) && praise.End > 0 {
		f.add(featIronicThanks, 1, praise)
	}
}

// dataExposure finds a kind of personal data and something wrong with
// data in one sentence ("mijn IBAN stond zichtbaar voor iedereen", "sent a
// copy of my passport to someone else") and adds it as a privacy hit,
// which counts as escalation. A sentence that asks to do something with
// one's own data ("Kan ik mijn abonnement omzetten naar een ander
// adres?", "Can I send the invoice to another address?") tells of no
// exposure: its words of another place are where the customer wants it.
func (f *features) dataExposure() {
	kind := map[int][]Span{}
	asks := map[int]bool{}
	for _, h := range f.hits {
		if h.Category == "info-request" && !h.Quoted {
			asks[h.Sentence] = true
		}
	}
	for _, h := range f.hits {
		if h.Category == "data-kind" && !h.Quoted && !asks[h.Sentence] {
			kind[h.Sentence] = append(kind[h.Sentence], h.Span)
		}
	}
	if len(kind) == 0 {
		return
	}
	for _, h := range f.hits {
		if h.Category != "data-exposure" || h.Quoted {
			continue
		}
		// The data is what went somewhere, not where it went (the last
		// words of the exposure): "my parcel was delivered to the wrong
		// address" sent no data; "noemde mijn diagnose door de hele
		// apotheek" did.
		i := slices.IndexFunc(kind[h.Sentence], func(k Span) bool { return !h.Span.Contains(k) || k.End != h.Span.End })
		if i < 0 {
			continue
		}
		k := kind[h.Sentence][i]
		sp := Span{min(k.Start, h.Span.Start), max(k.End, h.Span.End)}
		for _, o := range f.hits {
			if o.Category == "privacy" && o.Span.Start < sp.End && sp.Start < o.Span.End {
				return // already a privacy hit
			}
		}
		f.hits = append(f.hits, Hit{Category: "privacy", Span: sp, Sentence: h.Sentence, First: h.First, Last: h.Last})
		f.add(featEscalation, 1, sp)
		return
	}
}

// negativeBesides reports a word of the sentiment lexicon with a negative
// valence, not negated, in sentence s outside the span skip.
func (f *features) negativeBesides(a *Analysis, s Sentence, skip Span) bool {
	sent := sentimentLexicon(a.Lang)
	for i := s.First; i < s.Last; i++ {
		t := a.Tokens[i]
		if t.Kind != Word || t.Quoted || skip.Contains(t.Span) || f.modifier(i) {
			continue
		}
		if v, ok := t.valence(sent); ok && v <= -0.25 && !negatedAt(a.Tokens, i) && !surname(a, i) {
			return true
		}
	}
	return false
}

// closingThanks reports thanks that close the message: the last sentence,
// of at most three words ("… still broken. thanks", "Alvast bedankt").
// They are politeness, not thanks for the failure.
func closingThanks(a *Analysis, h Hit) bool {
	if h.Sentence != len(a.Sentences)-1 {
		return false
	}
	s := a.Sentences[h.Sentence]
	words := 0
	for _, t := range a.Tokens[s.First:s.Last] {
		if t.Kind == Word {
			words++
		}
	}
	return words <= 3
}

// trailingPraise counts a short sentence of praise after a failure, in a
// message that asks for nothing, as irony: "It arrived Monday. Great
// job." Plain thanks at the end close the message politely ("still
// broken. thanks"), and a request makes any thanks polite ("…, can you
// check? Thanks").
func (f *features) trailingPraise(a *Analysis) {
	if f.requests > 0 || f.x[featQuestion] > 0 || f.x[featInfoRequest] > 0 || f.x[featResolved] > 0 {
		return
	}
	failedBefore := -1
	for _, h := range f.hits {
		if !h.Quoted && (h.Category == "failure" || h.Category == "waiting" || h.Category == "insult" || h.Category == "condemn") {
			failedBefore = h.Sentence
			break
		}
	}
	if failedBefore < 0 {
		return
	}
	for _, h := range f.hits {
		if h.Quoted || h.Sentence <= failedBefore || h.Category != "praise" {
			continue
		}
		s := a.Sentences[h.Sentence]
		words := 0
		for _, t := range a.Tokens[s.First:s.Last] {
			if t.Kind == Word {
				words++
			}
		}
		if words <= 4 {
			f.add(featIronicThanks, 1, h.Span)
			return
		}
	}
}

// wrongCategories are the categories of the customer lexicon that say
// something went wrong, for praiseBesideTrouble: narrower than
// troubleCategories (no money, demand or question).
var wrongCategories = map[string]bool{"failure": true, "mismatch": true, "waiting": true, "hazard": true, "injury": true,
	"spoiled": true, "insult": true, "condemn": true, "dissatisfaction": true}

// praiseBesideTrouble reports praise that is irony or a concession in
// the sentence that says what went wrong: praise of the failure itself,
// right before it ("Found this lovely piece of plastic in my bowl"), or
// praise before a "but" with the failure after it ("creates amazing
// technology… but talk to text still messes up"). Praise despite trouble
// is still praise ("Lovely crew even though we were delayed", "the lift
// was broken but they carried my bags up"); a problem put right is read
// before this (featResolved).
func (f *features) praiseBesideTrouble(a *Analysis) bool {
	nl, en := factLexicon("nl").words["adversatives"], factLexicon("en").words["adversatives"]
	for _, p := range f.hits {
		if p.Quoted || p.Category != "praise" {
			continue
		}
		for _, t := range f.hits {
			if t.Quoted || t.Sentence != p.Sentence || !wrongCategories[t.Category] || t.First < p.Last {
				continue
			}
			if t.First-p.Last <= 1 {
				return true // "lovely piece of plastic"
			}
			if slices.ContainsFunc(f.hits, func(c Hit) bool {
				if c.Category != "contrast" || c.First < p.Last || c.Last > t.First {
					return false
				}
				w := a.Tokens[c.First].Lower
				return nl[w] || en[w]
			}) {
				return true // "amazing … but … messes up"
			}
		}
	}
	return false
}

// addValence counts one word's valence (-1..1) as negative or positive.
func (f *features) addValence(v float64, sp Span) {
	switch {
	case v <= -0.25:
		f.add(featNegative, -v, sp)
	case v >= 0.25:
		f.add(featPositive, v, sp)
	}
}

// withoutFeeling reports a word at token i that the sentiment lexicon
// scores but that here names or compares and feels nothing: "like" that
// compares or asks (likeWithoutFeeling), and "loved ones", who are family
// ("put their loved ones at risk").
func withoutFeeling(toks []Token, i int) bool {
	switch toks[i].Lower {
	case "like":
		return likeWithoutFeeling(toks, i)
	case "loved":
		return i+1 < len(toks) && toks[i+1].Lower == "ones"
	}
	return false
}

// likeWithoutFeeling reports "like" at token i that compares or asks
// rather than likes: "been like this for an hour", "looks like", "feels
// like a scam", "just like amazon", "I would like a refund". VADER scores
// the verb of liking, and the preposition, far more frequent in a
// customer's message, would read as a kind word. "like" likes after a
// subject, a negation or an adverb between them ("I like", "don't like",
// "I really like"), or at the start ("Like the new app!"); after "would"
// or "I'd" it asks, which the politeness words read. Before a comma it
// fills a pause ("Like, why is my parcel in Leeds?").
func likeWithoutFeeling(toks []Token, i int) bool {
	if toks[i].Lower != "like" {
		return false
	}
	if i+1 < len(toks) && toks[i+1].Text == "," {
		return true
	}
	if i == 0 {
		return false
	}
	prev := toks[i-1]
	return prev.Kind != Word || !likeSubjects[prev.Lower]
}

// likeSubjects are the words after which "like" is the verb of liking:
// subjects, auxiliaries of a statement, negations and the adverbs that go
// between ("I really like").
var likeSubjects = setOf("i", "we", "you", "they", "u", "ya", "y'all", "people", "customers", "kids",
	"do", "don't", "dont", "did", "didn't", "didnt", "does", "doesn't", "doesnt", "not", "never",
	"really", "also", "totally", "actually", "definitely", "still", "always", "genuinely", "truly")

// negatedAt reports a negation among the three words before token i in
// its sentence ("not good", "niet blij"), as VADER does.
func negatedAt(toks []Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := toks[k]
		if t.Kind == Punct {
			return false
		}
		if t.is(clsNegator) {
			return true
		}
	}
	return false
}

var negators = setOf("not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "without", "cannot",
	"niet", "nie", "geen", "nooit", "niks", "niets", "niemand", "nergens", "zonder")

func isNegator(w string) bool { return negators[w] || negatorForm(w) }

// negatorForm reports a negator that is no word of negators: a
// contraction ("didn't", "dont", "cant").
func negatorForm(w string) bool {
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "nt") && len(w) > 3 && negators[w[:len(w)-2]+"not"]
}

// isAllCaps reports a word without lower-case letters.
func isAllCaps(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// hashtagPhrases adds the lexicon's phrases said in a CamelCase hashtag
// ("#ThanksForNothing", "#NoResponse", "#NeverAgain"): its parts are read
// as words, and a hit among them stands for the whole hashtag. A hashtag
// of one word is read by readHashtag.
func hashtagPhrases(a *Analysis, lx *Lexicon, hits []Hit) []Hit {
	var added []Hit
	for i, t := range a.Tokens {
		if t.Kind != Hashtag || len(t.Text) > 60 {
			continue
		}
		parts := handleParts(t.Text[1:]) // CamelCase parts, as a handle's
		if len(parts) < 2 {
			continue
		}
		toks := tokenizeInto(nil, strings.Join(parts, " "))
		si := sentenceAt(a, i)
		for _, h := range lx.findHits(toks, []Sentence{{Span: Span{0, len(t.Text)}, First: 0, Last: len(toks)}}) {
			h.Span, h.First, h.Last, h.Sentence = t.Span, i, i+1, si
			added = append(added, h)
		}
	}
	if len(added) == 0 {
		return hits
	}
	out := append(hits, added...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

// readHashtag splits a hashtag into known words ("#targetsucks": target
// sucks) and counts their sentiment and insults. A whole-word hashtag the
// lexicon already matches (#fail) is left to it.
func (f *features) readHashtag(t Token, sent *sentiment, lx *Lexicon) {
	tag := strings.TrimPrefix(t.Lower, "#")
	if _, ok := sent.valence(tag); ok {
		v, _ := sent.valence(tag)
		f.addValence(v, t.Span)
		return
	}
	n := len(tag)
	if n < 5 || n > 40 {
		return
	}
	known := func(w string) bool {
		_, ok := sent.valence(w)
		return ok || lx.HasWord("insult", w) || lx.HasWord("condemn", w) || lx.HasWord("profanity", w) || lx.HasWord("curse", w) || lx.HasWord("failure", w)
	}
	for _, r := range knownRuns(tag, known) {
		w := tag[r[0]:r[1]]
		switch {
		case lx.HasWord("insult", w):
			f.add(featInsult, 1, t.Span)
		case lx.HasWord("condemn", w):
			f.add(featCondemn, 1, t.Span)
		case lx.HasWord("profanity", w), lx.HasWord("curse", w):
			f.add(featProfanity, 1, t.Span)
		case lx.HasWord("failure", w):
			f.add(featFailure, 1, t.Span)
		default:
			v, _ := sent.valence(w)
			f.addValence(v, t.Span)
		}
	}
}

// knownRuns splits a run of letters at its known words: from the left,
// the longest known word (three letters or more) that starts at each
// point, as byte ranges [start, end); letters no known word starts at are
// skipped one by one. Hashtags are split so for the features
// (#targetsucks: target, sucks) and for the word model (splitKnown).
func knownRuns(s string, known func(string) bool) [][2]int {
	var out [][2]int
	for i := 0; i+3 <= len(s); {
		best := 0
		for j := len(s); j >= i+3; j-- {
			if known(s[i:j]) {
				best = j - i
				break
			}
		}
		if best == 0 {
			i++
			continue
		}
		out = append(out, [2]int{i, i + best})
		i += best
	}
	return out
}

// Emoji that carry a feeling; the irony ones mark sarcasm.
var (
	negativeEmoji = setOfRunes("😡😠🤬😤😒😞😟😔😩😫😢😭😥😰😱🤮🤢💩👎😑🤦😣😖☹🙁💔😕🙄🤥")
	positiveEmoji = setOfRunes("😍🥰😊😀😃😄😁🙂😇🤗👍👏🙌💪❤💙💚💛🧡💜🖤🤍♥😘🥳🎉✨⭐🌟🙏💯😻🤩🔥🤤😋👌")
	ironyEmoji    = setOfRunes("🙃🤡😏")
	// eyeRoll is annoyance (a negative emoji) that also marks the praise
	// beside it as mock ("Echt briljant idee 🙄").
	eyeRoll    = setOfRunes("🙄")
	laughEmoji = setOfRunes("😂🤣😆😹")
)

// emojiIn reports whether text holds a rune of set.
func emojiIn(text string, set map[rune]bool) bool {
	for _, r := range text {
		if set[r] {
			return true
		}
	}
	return false
}

func setOfRunes(s string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range s {
		m[r] = true
	}
	return m
}

// readEmoji counts the feeling of an emoji run or an emoticon.
func (f *features) readEmoji(t Token) {
	switch t.Text {
	case ":(", ":-(", ":'(", ">:(", "D:", ":/", ":-/", ":|", ":@":
		f.add(featNegEmoji, 1, t.Span)
		return
	case ":)", ":-)", ":D", ":-D", ";)", ";-)", "<3", ":P", ":p":
		f.add(featPosEmoji, 1, t.Span)
		return
	case "xD", "XD":
		f.add(featLaugh, 1, t.Span)
		return
	}
	for _, r := range t.Text {
		switch {
		case laughEmoji[r]:
			f.add(featLaugh, 1, t.Span)
		case ironyEmoji[r]:
			f.add(featSarcasm, 1, t.Span)
			f.ironic = true
		case negativeEmoji[r]:
			f.add(featNegEmoji, 1, t.Span)
			f.ironic = f.ironic || eyeRoll[r]
		case positiveEmoji[r]:
			f.add(featPosEmoji, 1, t.Span)
		}
	}
}

//go:embed sentiment/*.tsv
var sentimentFS embed.FS

// sentiment is a language's sentiment lexicon: word (English) or snowball
// stem (Dutch) to a valence from -1 to 1.
type sentiment struct {
	lang   string
	scores *valueTable[float64]
	// filter holds the words of scores, for a reading's tokens (their
	// hash); set by sentimentLexicon, nil before.
	filter *wordFilter
}

// withFilter returns s with its filter set.
func (s *sentiment) withFilter() *sentiment {
	s.filter = s.scores.filter()
	return s
}

// valence returns a lower-case word's valence, if the lexicon knows it.
func (s *sentiment) valence(w string) (float64, bool) {
	if v, ok := s.scores.get(w); ok {
		return v, true
	}
	return s.valenceOfForm(w)
}

// valenceOfToken is valence of a classified token's Lower, which the
// lexicon is asked for only when its filter may hold it.
func (s *sentiment) valenceOfToken(t *Token) (float64, bool) {
	if s.filter == nil || s.filter.has(t.hash()) {
		if v, ok := s.scores.getHashed(t.Lower, t.hash()); ok {
			return v, true
		}
	}
	return s.valenceOfForm(t.Lower)
}

// valenceOfForm returns the valence of a word the lexicon does not list
// by another form of it: a Dutch word's stem, an English word's base.
func (s *sentiment) valenceOfForm(w string) (float64, bool) {
	if s.lang == "nl" && len(w) > 3 {
		if v, ok := s.scores.get(snowballNL(w)); ok {
			return v, true
		}
	}
	if s.lang == "en" {
		return s.inflected(w)
	}
	return 0, false
}

// inflected looks up an English word the lexicon lacks by its base form:
// VADER lists many words in some inflections only ("inconvenience" but not
// "inconvenienced", "scam" but not "scammed"). A regular suffix (-s, -es,
// -ies, -ed, -ied, -ing, -ly) is taken off, with a final e put back or a
// doubled consonant undone; map look-ups only, no stemmer.
func (s *sentiment) inflected(w string) (float64, bool) {
	if len(w) < 5 {
		return 0, false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return 0, false
		}
	}
	var bases [3]string
	switch {
	case strings.HasSuffix(w, "ies"), strings.HasSuffix(w, "ied"):
		bases = [3]string{w[:len(w)-3] + "y"}
	case strings.HasSuffix(w, "es"):
		bases = [3]string{w[:len(w)-1], w[:len(w)-2]}
	case strings.HasSuffix(w, "ss"):
	case strings.HasSuffix(w, "s"):
		bases = [3]string{w[:len(w)-1]}
	case strings.HasSuffix(w, "ed"):
		b := w[:len(w)-2]
		bases = [3]string{w[:len(w)-1], b, undoubleConsonant(b)}
	case strings.HasSuffix(w, "ing"):
		b := w[:len(w)-3]
		bases = [3]string{b, b + "e", undoubleConsonant(b)}
	case strings.HasSuffix(w, "ly"):
		bases = [3]string{w[:len(w)-2]}
	}
	for _, b := range bases {
		if len(b) < 3 {
			continue // none, or too short to guess
		}
		if v, ok := s.scores.get(b); ok {
			return v, true
		}
	}
	return 0, false
}

// stemCache remembers the stems one stemmer gave for words seen before:
// customer messages share most of their words, and stemming is the
// reading's largest cost. One cache per stemmer keeps the key a plain
// word. Each stops growing at stemCacheMax words.
type stemCache struct {
	mu sync.RWMutex
	m  map[string]string
}

const stemCacheMax = 50000

var (
	stemsNL         = &stemCache{m: map[string]string{}}
	stemsEN         = &stemCache{m: map[string]string{}}
	stemsSnowballNL = &stemCache{m: map[string]string{}}
)

// stem returns fn(w), remembered.
func (c *stemCache) stem(w string, fn func(string) string) string {
	c.mu.RLock()
	st, ok := c.m[w]
	c.mu.RUnlock()
	if ok {
		return st
	}
	st = fn(w)
	c.mu.Lock()
	if len(c.m) < stemCacheMax {
		c.m[w] = st
	}
	c.mu.Unlock()
	return st
}

// snowballNL is the plain snowball Dutch stem, as the Pattern lexicon's
// keys are made.
func snowballNL(w string) string {
	return stemsSnowballNL.stem(w, func(w string) string {
		env := snowball.NewEnv(w)
		dutch.Stem(env)
		return env.Current()
	})
}

// stemOf is Stem, remembered.
func stemOf(lang, w string) string {
	if lang == "en" {
		return stemsEN.stem(w, func(w string) string { return Stem("en", w) })
	}
	return stemsNL.stem(w, func(w string) string { return Stem("nl", w) })
}

func (s *sentiment) known(w string) bool {
	return s.scores.has(w)
}

var sentiments = map[string]func() (*sentiment, error){
	"en": sync.OnceValues(func() (*sentiment, error) { return filtered(sentimentOf("en", "sentiment/vader.en.tsv", 4)) }),
	"nl": sync.OnceValues(func() (*sentiment, error) { return filtered(sentimentOf("nl", "sentiment/pattern.nl.tsv", 1)) }),
}

// filtered returns s with its filter set.
func filtered(s *sentiment, err error) (*sentiment, error) {
	if err != nil {
		return nil, err
	}
	return s.withFilter(), nil
}

// compiledSentiment returns a language's sentiment lexicon as its file
// reads and the file's checksum (fileSum), from compiled_sentiment.go
// (go generate ./tone); nil where it has none.
var compiledSentiment func(lang string) (*sentiment, uint32)

// sentimentOf returns a language's sentiment lexicon: its Go form, or the
// file parsed where that changed since the Go form was written.
func sentimentOf(lang, name string, scale float64) (*sentiment, error) {
	if compiledSentiment != nil {
		if s, sum := compiledSentiment(lang); s != nil {
			if now, err := fileSum(sentimentFS, name); err == nil && now == sum {
				return s, nil
			}
		}
	}
	return loadSentiment(lang, name, scale)
}

// sentimentLexicon returns the sentiment lexicon of a language (Dutch for
// others), parsed on first use.
func sentimentLexicon(lang string) *sentiment {
	load, ok := sentiments[lang]
	if !ok {
		load = sentiments["nl"]
	}
	s, err := load()
	if err != nil {
		panic(err) // embedded and tested: a build defect
	}
	return s
}

// loadSentiment parses a "word<TAB>score" file; scores are divided by
// scale to fall within -1..1.
func loadSentiment(lang, name string, scale float64) (*sentiment, error) {
	data, err := sentimentFS.ReadFile(name)
	if err != nil {
		return nil, err
	}
	scores := make(map[string]float64, bytes.Count(data, []byte{'\n'}))
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		word, score, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("tone/%s:%d: want word<TAB>score", name, n)
		}
		v, err := strconv.ParseFloat(score, 64)
		if err != nil {
			return nil, fmt.Errorf("tone/%s:%d: %w", name, n, err)
		}
		scores[word] = v / scale
	}
	return &sentiment{lang: lang, scores: valueTableOf(scores)}, nil
}

// parseEmbeddedLexicon parses one of the lexicon files built into the
// package; an error names the file.
func parseEmbeddedLexicon(name, lang string) (*Lexicon, error) {
	data, err := lexiconFS.ReadFile(name)
	if err != nil {
		return nil, err
	}
	lx, err := ParseLexicon(lang, data)
	if err != nil {
		return nil, fmt.Errorf("tone/%s: %w", name, err)
	}
	return lx, nil
}

var customerLexicons = map[string]func() (*Lexicon, error){
	"nl": sync.OnceValues(func() (*Lexicon, error) { return parseCustomer("nl") }),
	"en": sync.OnceValues(func() (*Lexicon, error) { return parseCustomer("en") }),
}

// parseCustomer returns the customer lexicon of a language with the
// topics added: its compiled form (compiled.go), or its YAML parsed where
// that changed since.
func parseCustomer(lang string) (*Lexicon, error) {
	if lx := compiledLexicon("customer." + lang); lx != nil {
		return lx, nil
	}
	return parseCustomerYAML(lang)
}

func parseCustomerYAML(lang string) (*Lexicon, error) {
	lx, err := parseEmbeddedLexicon("lexicon/customer."+lang+".yaml", lang)
	if err != nil {
		return nil, err
	}
	topics, err := parseTopicsYAML(lang)
	if err != nil {
		return nil, err
	}
	return lx.With(topics.Entries)
}

// customerLexicon returns the lexicon a customer's message is read with
// (Dutch for languages other than "en"), parsed on first use.
func customerLexicon(lang string) *Lexicon {
	load, ok := customerLexicons[lang]
	if !ok {
		load = customerLexicons["nl"]
	}
	lx, err := load()
	if err != nil {
		panic(err) // embedded and tested: a build defect
	}
	return lx
}

// supposedTrouble drops the trouble a question only supposes: the words
// of failure, waiting or time passed inside a conditional clause ("als",
// "if" up to a comma, "dan", "then" or the question mark) of a sentence
// that asks. "Als mijn trein meer dan 30 minuten vertraging had, hoe
// vraag ik dan geld terug?" and "If my flight is cancelled, can I get a
// refund?" ask about a case; "Waarom krijg ik een boete als ik gewoon
// heb ingecheckt?" keeps its grievance, which stands in the main clause,
// and a threat ("Als het niet opgelost wordt, stap ik over.") asks
// nothing. After "what" or "wat" ("What if my parcel doesn't come, do I
// have to stay home again?", "Wat als …") the whole sentence supposes.
func supposedTrouble(a *Analysis, hits []Hit, asks []bool) []Hit {
	g := grammarSets()
	var supposed []bool // per token: inside a conditional clause of an asking sentence
	for si, s := range a.Sentences {
		if si >= len(asks) || !asks[si] {
			continue
		}
		for i := s.First; i < s.Last; i++ {
			if t := a.Tokens[i]; t.Kind != Word || !g.conditionals[t.Lower] {
				continue
			}
			end := i + 1
			if i > s.First && g.hypotheticalLeads[a.Tokens[i-1].Lower] {
				// "What if …", "Wat als …": the whole sentence supposes.
				end = s.Last
			}
			for end < s.Last {
				t := a.Tokens[end]
				if t.Kind == Punct || t.Kind == Word && g.conditionEnds[t.Lower] && !comparativeBefore(a.Tokens, end) {
					break
				}
				end++
			}
			if supposed == nil {
				supposed = make([]bool, len(a.Tokens))
			}
			for k := i; k < end; k++ {
				supposed[k] = true
			}
			i = end
		}
	}
	if supposed == nil {
		return hits
	}
	out := hits[:0:0]
	for _, h := range hits {
		switch h.Category {
		case "failure", "waiting", "elapsed", "problem", "dissatisfaction":
			if h.First >= 0 && h.Last <= len(supposed) && h.First < h.Last && supposed[h.First] && supposed[h.Last-1] {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// comparativeBefore reports that the word before token i compares ("meer
// dan", "later dan", "langer dan"): the "dan" at i is then no end of a
// clause. A comparative is a word of the grammar's comparison leads or an
// adjective in -er of five letters or more; "er", "hier" and "weer"
// before "dan" compare nothing ("als het er dan niet is").
func comparativeBefore(toks []Token, i int) bool {
	if i == 0 || toks[i-1].Kind != Word {
		return false
	}
	w := toks[i-1].Lower
	return grammarSets().comparisonLeads[w] || len(w) >= 5 && strings.HasSuffix(w, "er")
}

// bareSentence reports that sentence si says nothing besides the words of
// span sp, handles, punctuation, emoji and at most one other word ("Thanks
// @BA.", "Bedankt hoor!").
func bareSentence(a *Analysis, si int, sp Span) bool {
	if si < 0 || si >= len(a.Sentences) {
		return false
	}
	s, other := a.Sentences[si], 0
	for _, t := range a.Tokens[s.First:s.Last] {
		if t.Kind == Word && !sp.Contains(t.Span) {
			other++
		}
	}
	return other <= 1
}

// namePrefixes are the words inside a Dutch or English surname: "J. de
// Groot", "van der Berg".
var namePrefixes = setOf("de", "van", "der", "den", "ten", "ter", "te", "het", "'t", "la", "le", "von", "mc", "o")

// markName marks the name that closes a message after a greeting or
// closing formula ("Met vriendelijke groet, J. de Groot", "Kind regards,
// Joy Goodman"): a name is no feeling, whatever a sentiment lexicon says
// of "Groot" or "Joy". It reads at most five tokens from i: capitalised
// words, initials and the words inside a surname, past a comma; only when
// nothing but punctuation, emoji or handles follows them, so a capitalised
// first word after "Hoi," ("Hoi, Super bedankt!") keeps its feeling.
func markName(toks []Token, i int, manners []bool) {
	var name []int
	j := i
	for n := 0; j < len(toks) && n < 5; j, n = j+1, n+1 {
		t := toks[j]
		if t.Kind == Punct && (t.Text == "," || t.Text == ".") {
			continue
		}
		if t.Kind == Word && t.Text != "" && (unicode.IsUpper([]rune(t.Text)[0]) || namePrefixes[t.Lower]) {
			name = append(name, j)
			continue
		}
		break
	}
	for ; j < len(toks); j++ {
		if toks[j].Kind == Word || toks[j].Kind == Number {
			return
		}
	}
	for _, k := range name {
		manners[k] = true
	}
}
