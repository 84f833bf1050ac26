package reply

import (
	"cmp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/replylint/replylint/tone"
)

// Incoming is a customer's message with the metadata triage reads: who
// sent it, how far it reaches, when it came in. Its JSON field names match
// the records of testdata/triage/incoming.jsonl.
type Incoming struct {
	// ID identifies the message in a batch; it is copied to the decision.
	ID string `json:"id,omitempty"`
	// Text is the customer's message.
	Text string `json:"incoming"`
	// Lang is "nl", "en" or "" to detect the language.
	Lang string `json:"lang,omitempty"`
	// Customer is the sender's name or handle, optional.
	Customer string `json:"customer,omitempty"`
	// Time is when the message came in; the zero time means unknown.
	Time time.Time `json:"time,omitzero"`
	// Meta is the sender's reach.
	Meta Meta `json:"meta,omitzero"`
}

// Meta is what a channel tells about a sender.
type Meta struct {
	// Followers is the sender's follower count.
	Followers int `json:"followers"`
	// Verified is set for a verified account.
	Verified bool `json:"verified"`
}

// Decision is the outcome of triaging one message through a matrix. Its
// JSON form is the one `replylint triage --format json` prints.
type Decision struct {
	// ID is the message's ID in a batch.
	ID string `json:"id,omitempty"`
	// Index is the message's position in the batch given to TriageBatch.
	Index int `json:"index"`
	// Category is what the message is.
	Category Category `json:"category"`
	// Complaint is set when the message needs an apology.
	Complaint bool `json:"complaint"`
	// Confidence is how sure the reading of the message is, 0 to 1.
	Confidence float64 `json:"confidence"`
	// NeedsHuman is set when the reading is unsure: a person looks at the
	// message, and it is never left at the lowest level.
	NeedsHuman bool `json:"needs_human"`
	// Priority is the name of the matrix level, e.g. "hoog".
	Priority string `json:"priority"`
	// Level is the 0-based index of the matrix level; higher is more
	// urgent.
	Level int `json:"level"`
	// Subject is the matrix subject the message is about, e.g.
	// "bezorging"; "" when the matrix has no subjects.
	Subject string `json:"subject,omitempty"`
	// Owner decides on the answer: the subject's owner, or the level's
	// when the level names one.
	Owner Owner `json:"owner"`
	// Contacts are the others to involve, from the subject and the level.
	Contacts []Contact `json:"contacts,omitempty"`
	// OnCall is who picks the message up now, when it came in outside
	// office hours.
	OnCall *Contact `json:"on_call,omitempty"`
	// RespondWithin is the level's response time.
	RespondWithin Duration `json:"respond_within"`
	// Deadline is the message's time plus RespondWithin, when the time is
	// known.
	Deadline time.Time `json:"deadline,omitzero"`
	// Escalate says to whom the message goes when the owner does not pick
	// it up in time.
	Escalate *Escalation `json:"escalate,omitempty"`
	// Hold means: do not reply before the owner agrees.
	Hold bool `json:"hold"`
	// Reach is the sender's follower count, from the channel or stated in
	// the message, whichever is larger.
	Reach int `json:"reach,omitempty"`
	// Wave is set when the message is part of a wave in a batch.
	Wave *Wave `json:"wave,omitempty"`
	// Holding is the one standard holding message for the wave, the same
	// for every customer in it (webcarecrisis, steps 1 to 3).
	Holding string `json:"holding,omitempty"`
	// Advice is what to do, drawn from the guidance articles, in the matrix's
	// language.
	Advice []string `json:"advice"`
	// Cues are the evidence, sorted by offset; cues from metadata come
	// first, with an empty span.
	Cues []Cue `json:"cues"`
	// Why are the reading's heaviest reasons for Complaint, heaviest
	// first: the feature, its weight and the customer's words that gave
	// it.
	Why []Reason `json:"why,omitempty"`
	// Lang is the message's language.
	Lang string `json:"lang"`

	// view is the language of the labels and advice: the matrix's.
	view string
}

// Reason is one feature's part in the reading of a message.
type Reason struct {
	// Feature names the feature, e.g. "failure" or "waiting".
	Feature string `json:"feature"`
	// Weight is its weight times its value; positive towards a complaint.
	Weight float64 `json:"weight"`
	// Text is the customer's words that gave it, or "".
	Text string `json:"text,omitempty"`
	// Span is where Text is in the message.
	tone.Span
}

// Wave is a burst of messages on one subject, well above its baseline.
type Wave struct {
	// Subject is the matrix subject, or the shared topic word when the
	// messages fall under the catch-all subject.
	Subject string `json:"subject"`
	// Count is the most messages on the subject within one window around
	// this message.
	Count int `json:"count"`
	// Window is the matrix's wave window.
	Window Duration `json:"window"`
	// Normal is how many messages the baseline expects in one window.
	Normal float64 `json:"normal"`
}

// Duration is a response time; in JSON and YAML it reads "15m", "1h30m" or
// "1d".
type Duration time.Duration

// String returns the duration as "15m", "4h", "1h30m" or "2d".
func (d Duration) String() string {
	t := time.Duration(d)
	if t <= 0 {
		return "0m"
	}
	if t%(24*time.Hour) == 0 {
		return strconv.Itoa(int(t/(24*time.Hour))) + "d"
	}
	var b strings.Builder
	if h := t / time.Hour; h > 0 {
		b.WriteString(strconv.Itoa(int(h)) + "h")
		t -= h * time.Hour
	}
	if m := t / time.Minute; m > 0 {
		b.WriteString(strconv.Itoa(int(m)) + "m")
		t -= m * time.Minute
	}
	if t > 0 || b.Len() == 0 {
		b.WriteString(strconv.Itoa(int(t/time.Second)) + "s")
	}
	return b.String()
}

// MarshalText writes the duration as String does.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads "15m", "1h30m", "1d" or "1 uur".
func (d *Duration) UnmarshalText(b []byte) error {
	t, err := parseDuration(string(b))
	if err != nil {
		return err
	}
	*d = Duration(t)
	return nil
}

// Triage reads one incoming message and decides its category, priority,
// owner, response time and advice with the matrix (nil: DefaultMatrix).
// The message is in.Incoming, or in.Text when Incoming is empty; in.Lang
// fixes the language. A tone.Input carries no metadata, so only reach
// stated in the text counts: use TriageMessage for followers.
func Triage(in tone.Input, m *Matrix) Decision {
	text := in.Incoming
	if strings.TrimSpace(text) == "" {
		text = in.Text
	}
	return TriageMessage(Incoming{Text: text, Lang: in.Lang, Customer: in.Customer}, m)
}

// TriageMessage triages one message with its metadata.
func TriageMessage(msg Incoming, m *Matrix) Decision {
	m = orDefault(m)
	r := m.read(msg.Text, msg.Lang)
	return m.decide(msg, r, nil, 0)
}

// TriageBatch triages a batch of messages as a queue: the decisions come
// back sorted by level (most urgent first), then by deadline, then in the
// batch's order; Decision.Index points back into items. Messages on one
// subject count towards a wave when, within the matrix's wave window,
// there are WaveFactor times as many as the baseline expects (and at least
// WaveMin). Messages without a time are in no wave: a batch without times
// is no burst.
func TriageBatch(items []Incoming, m *Matrix) []Decision {
	m = orDefault(m)
	readings := make([]*reading, len(items))
	workers := min(runtime.GOMAXPROCS(0), len(items))
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				readings[i] = m.read(items[i].Text, items[i].Lang)
			}
		}()
	}
	for i := range items {
		next <- i
	}
	close(next)
	wg.Wait()

	waves := m.waves(items, readings)
	out := make([]Decision, len(items))
	for i := range items {
		out[i] = m.decide(items[i], readings[i], waves[i], i)
	}
	sortQueue(out, items)
	return out
}

// sortQueue sorts decisions by level, then due time, then batch order.
// Messages without a time are due as if they came in with the latest.
func sortQueue(out []Decision, items []Incoming) {
	var latest time.Time
	for _, it := range items {
		if it.Time.After(latest) {
			latest = it.Time
		}
	}
	due := func(d Decision) time.Time {
		if !d.Deadline.IsZero() {
			return d.Deadline
		}
		return latest.Add(time.Duration(d.RespondWithin))
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Level != out[j].Level {
			return out[i].Level > out[j].Level
		}
		if di, dj := due(out[i]), due(out[j]); !di.Equal(dj) {
			return di.Before(dj)
		}
		return out[i].Index < out[j].Index
	})
}

// orDefault returns m, or the default matrix for nil or a matrix without
// levels.
func orDefault(m *Matrix) *Matrix {
	if m == nil || len(m.Levels) == 0 {
		return DefaultMatrix()
	}
	return m
}

// subjectOf routes a reading to a subject: the first subject with one of
// the message's signals, else the subject with the most cue words (the
// earlier word wins a tie), else the catch-all subject; -1 without
// subjects.
func (m *Matrix) subjectOf(r *reading) int {
	for i, s := range m.Subjects {
		for _, k := range s.Signals {
			if r.has(k) {
				return i
			}
		}
	}
	best, bestN, bestAt := -1, 0, 0
	for i := range m.Subjects {
		hits := r.subjects[i]
		if len(hits) == 0 {
			continue
		}
		if len(hits) > bestN || len(hits) == bestN && hits[0].Start < bestAt {
			best, bestN, bestAt = i, len(hits), hits[0].Start
		}
	}
	if best >= 0 {
		return best
	}
	for i, s := range m.Subjects {
		if s.catchAll() {
			return i
		}
	}
	return -1
}

// fullestWindows returns, for each k in sorted times, the most messages
// in one window [times[j], times[j]+w] that starts no earlier than
// times[k]-w and no later than times[k]: the fullest window of length w
// that holds times[k]. Two pointers and a monotone queue keep it linear
// in len(times), also when a whole batch falls in one window.
func fullestWindows(times []time.Time, w time.Duration) []int {
	n := len(times)
	count := make([]int, n) // messages in [times[j], times[j]+w]
	end := 0
	for j := range times {
		end = max(end, j)
		for end < n && !times[end].After(times[j].Add(w)) {
			end++
		}
		count[j] = end - j
	}
	best := make([]int, n)
	queue := make([]int, 0, n) // starts j with falling count
	head, lo := 0, 0
	for k := range times {
		for len(queue) > head && count[queue[len(queue)-1]] <= count[k] {
			queue = queue[:len(queue)-1]
		}
		queue = append(queue, k)
		for times[lo].Before(times[k].Add(-w)) {
			lo++
		}
		for queue[head] < lo {
			head++
		}
		best[k] = count[queue[head]]
	}
	return best
}

// waves finds, for each timed message, whether it is part of a wave on its
// subject (or, under the catch-all subject, on its most shared topic word).
func (m *Matrix) waves(items []Incoming, rs []*reading) []*Wave {
	type group struct {
		label    string
		baseline float64
		times    []time.Time
	}
	groups := map[string]*group{}
	keyOf := make([]string, len(items))
	topics := m.sharedTopics(items, rs)
	for i, r := range rs {
		if items[i].Time.IsZero() {
			continue
		}
		key, label, base := "", "", m.Baseline
		if s := m.subjectOf(r); s >= 0 && !m.Subjects[s].catchAll() {
			key, label = "s:"+m.Subjects[s].Name, m.Subjects[s].Name
			if m.Subjects[s].Baseline > 0 {
				base = m.Subjects[s].Baseline
			}
		} else if topics[i] != "" {
			key, label = "t:"+topics[i], topics[i]
		}
		if key == "" {
			continue
		}
		g := groups[key]
		if g == nil {
			g = &group{label: label, baseline: base}
			groups[key] = g
		}
		g.times = append(g.times, items[i].Time)
		keyOf[i] = key
	}
	w := m.WaveWindow
	fullest := map[string][]int{}
	for key, g := range groups {
		sort.Slice(g.times, func(i, j int) bool { return g.times[i].Before(g.times[j]) })
		fullest[key] = fullestWindows(g.times, w)
	}
	out := make([]*Wave, len(items))
	for i, key := range keyOf {
		if key == "" {
			continue
		}
		g := groups[key]
		t := items[i].Time
		// The fullest window of length w that holds t: the last message
		// at or before t carries it.
		last := sort.Search(len(g.times), func(k int) bool { return g.times[k].After(t) }) - 1
		best := fullest[key][last]
		normal := g.baseline * w.Hours()
		need := max(m.WaveMin, int(m.WaveFactor*normal+0.999))
		if best >= need {
			out[i] = &Wave{Subject: g.label, Count: best, Window: Duration(w), Normal: normal}
		}
	}
	return out
}

// sharedTopics returns, per message, the content word (by stem) that most
// timed messages of the batch share, or "".
func (m *Matrix) sharedTopics(items []Incoming, rs []*reading) []string {
	count := map[string]int{}
	stems := make([][]string, len(items))
	for i, r := range rs {
		if items[i].Time.IsZero() {
			continue
		}
		for _, st := range r.topics() {
			count[st]++
			stems[i] = append(stems[i], st)
		}
	}
	out := make([]string, len(items))
	for i := range items {
		best, bestN := "", 1
		for _, st := range stems[i] {
			if n := count[st]; n > bestN || n == bestN && best != "" && st < best {
				best, bestN = st, n
			}
		}
		out[i] = best
	}
	return out
}

// decide turns a reading into a decision.
func (m *Matrix) decide(msg Incoming, r *reading, wave *Wave, index int) Decision {
	d := Decision{ID: msg.ID, Index: index, Lang: r.a.Lang, view: m.Lang, Wave: wave}
	if d.view == "" {
		d.view = "nl"
	}
	td := triageFor(d.view)
	d.Complaint, d.Confidence, d.NeedsHuman = r.complaint, r.confidence, r.needsHuman
	for _, w := range r.msg.Why {
		if len(d.Why) == 5 {
			break
		}
		d.Why = append(d.Why, Reason{Feature: w.Feature, Weight: w.Weight, Text: w.Span.In(r.a.Text), Span: w.Span})
	}
	d.Reach = max(msg.Meta.Followers, r.reach)
	if r.reach > 0 && d.Reach < m.reach() && !msg.Meta.Verified {
		// An audience the customer states in numbers ("aan mijn 1200
		// volgers") is weighed by the matrix's reach threshold: a small
		// one keeps the complaint where it is. Only the words that state
		// it go (the reading's reach span); views the message counts
		// ("50.000 views") still spread it.
		stated := r.msg.Signals[tone.SignalReach]
		r.cues[CueViral] = slices.DeleteFunc(r.cues[CueViral], func(c Cue) bool {
			return slices.ContainsFunc(stated, func(sp tone.Span) bool { return sp.Start < c.End && c.Start < sp.End })
		})
	}
	var meta []Cue
	if r.complaint && (msg.Meta.Verified || d.Reach >= m.reach()) {
		text := strconv.Itoa(d.Reach) + " " + td.Labels["followers"]
		if msg.Meta.Verified {
			text = td.Labels["verified"]
			if d.Reach > 0 {
				text += ", " + strconv.Itoa(d.Reach) + " " + td.Labels["followers"]
			}
		}
		c := Cue{Text: text, Kind: CueInfluence}
		r.cues[CueInfluence] = []Cue{c}
		meta = append(meta, c)
	}
	if t := r.msg.Takeover; t != "" && !r.has(CuePrivacy, CueBreach) {
		// Someone else in the customer's account or using their card, as
		// the reading tells it (tone.Message.Takeover: "iemand gebruikt
		// mijn pinpas", "someone logged into my account"), is a privacy
		// incident as an unknown login is (rubric: legal-privacy, never
		// laag), also where the reading's privacy words did not catch it.
		c := Cue{Text: cmp.Or(td.Labels["takeover_"+t], t), Kind: CuePrivacy}
		r.cues[CuePrivacy] = []Cue{c}
		meta = append(meta, c)
	}
	if kind := r.msg.Vulnerable; kind != "" && r.msg.Vital {
		// A baby, someone older or ill, or medical equipment in a house
		// without heating, power, gas or water: the matrix may raise it
		// (the default matrix: hoog), as the draft opens with the
		// urgency. A vulnerable household alone (a fee, a delay) keeps
		// its level: team leads file those as the complaint they are.
		c := Cue{Text: cmp.Or(td.Labels["vulnerable_"+kind], kind), Kind: CueVulnerable}
		r.cues[CueVulnerable] = []Cue{c}
		meta = append(meta, c)
	}
	if r.msg.PostsOwnData {
		// The customer's own phone number, e-mail address or street
		// address in the message (tone.Message.PostsOwnData): in public,
		// anyone reads along. Team leads keep the category and never file
		// it at laag: take it to a private channel and ask to remove it.
		c := Cue{Text: td.Labels["cue_own-data"], Kind: CueOwnData}
		r.cues[CueOwnData] = []Cue{c}
		meta = append(meta, c)
	}
	if wave != nil && r.base != CategoryCompliment {
		c := Cue{Text: wave.Subject, Kind: CueWave}
		r.cues[CueWave] = []Cue{c}
		meta = append(meta, c)
	} else {
		d.Wave = nil
	}
	d.Category = r.category()
	subject := m.subjectOf(r)
	if subject >= 0 {
		d.Subject = m.Subjects[subject].Name
	}

	level := 0
	for i, lv := range m.Levels {
		if m.matches(i, lv, d, r, msg.Meta) {
			level = i
		}
	}
	if level == 0 && len(m.Levels) > 1 && (r.has(floorCueKinds...) || d.NeedsHuman) {
		// The floor holds whatever the matrix lists: privacy, safety and
		// legal are never on the lowest level, and neither is a message
		// the reading is unsure of (a person looks; never a silent laag).
		level = 1
	}
	lv := m.Levels[level]
	d.Level, d.Priority = level, lv.Name
	d.RespondWithin, d.Hold = Duration(lv.RespondWithin), lv.holds(d.Category, r)
	if !msg.Time.IsZero() {
		d.Deadline = msg.Time.Add(lv.RespondWithin)
	}

	// Owner: the level's when it names one (a crisis manager takes over),
	// else the subject's, else the nearest lower level's.
	var contacts []Contact
	if subject >= 0 {
		s := m.Subjects[subject]
		if !lv.Owner.empty() {
			d.Owner = lv.Owner
			contacts = append(contacts, s.Owner.contact(s.Name))
		} else {
			d.Owner = s.Owner
		}
		contacts = append(contacts, s.Contacts...)
	} else {
		for i := level; i >= 0; i-- {
			if !m.Levels[i].Owner.empty() {
				d.Owner = m.Levels[i].Owner
				break
			}
		}
	}
	contacts = append(contacts, lv.Contacts...)
	if d.Hold {
		// A held message waits for whoever answers for what we say on
		// record: the spokesperson for the press or a video about us, the legal
		// department for a legal threat; the subject's owner is then one
		// to involve.
		if o, ok := m.holdOwner(d, r, contacts); ok && o.Name+"|"+o.Email != d.Owner.Name+"|"+d.Owner.Email {
			contacts = append([]Contact{d.Owner.contact(d.Subject)}, contacts...)
			d.Owner = o
		}
	}
	seen := map[string]bool{d.Owner.Name + "|" + d.Owner.Email: true}
	for _, c := range contacts {
		k := c.Name + "|" + c.Email
		if !seen[k] {
			seen[k] = true
			d.Contacts = append(d.Contacts, c)
		}
	}
	if !msg.Time.IsZero() && m.Rota.OnCall != nil && !m.Rota.InOffice(msg.Time) {
		oc := *m.Rota.OnCall
		d.OnCall = &oc
	}
	if lv.Escalate != nil {
		e := *lv.Escalate
		if !msg.Time.IsZero() {
			e.At = msg.Time.Add(time.Duration(e.After))
		}
		d.Escalate = &e
	}
	if d.Wave != nil {
		// The draft's own text: named after the matrix subject; a wave
		// under the catch-all subject (grouped by a shared topic word)
		// leaves the incident for the agent to fill in, as the draft does.
		d.Holding = waveHolding(d.Lang, m.holdingSubject(d.Subject))
	}

	var cues []Cue
	for _, list := range r.cues {
		for _, c := range list {
			if !slices.Contains(meta, c) {
				cues = append(cues, c)
			}
		}
	}
	for _, list := range r.levels {
		cues = append(cues, list...)
	}
	// A word that is already a cue of its own kind ("stap over" is churn)
	// is not repeated as a complaint cue.
	cues = appendFree(cues, r.baseCues)
	sort.SliceStable(cues, func(i, j int) bool {
		if cues[i].Start != cues[j].Start {
			return cues[i].Start < cues[j].Start
		}
		return cues[i].Kind < cues[j].Kind
	})
	d.Cues = append(meta, dedupeCues(cues)...)
	d.Advice = m.advice(d, r, lv)
	return d
}

// appendFree appends to cues each of more (in text order, as the
// reading gives them) that overlaps none of cues nor one appended before
// it. It sorts cues by start and answers each overlap with a binary
// search over the running maximum of their ends, so a long message with
// thousands of cues costs n log n, not n² (a 384 KB message: 1.13 s, of
// which 75% was a scan of every cue per cue).
func appendFree(cues, more []Cue) []Cue {
	sort.SliceStable(cues, func(i, j int) bool { return cues[i].Start < cues[j].Start })
	maxEnd := make([]int, len(cues)) // maxEnd[i]: the furthest end of cues[:i+1]
	for i, c := range cues {
		maxEnd[i] = c.End
		if i > 0 {
			maxEnd[i] = max(maxEnd[i], maxEnd[i-1])
		}
	}
	fixed, lastEnd := len(cues), -1
	for _, b := range more {
		// cues[:k] start before b ends; one of them overlaps b when its
		// end passes b's start. Those appended before b start no later
		// than b (text order).
		k := sort.Search(fixed, func(i int) bool { return cues[i].Start >= b.End })
		if k > 0 && maxEnd[k-1] > b.Start || lastEnd > b.Start {
			continue
		}
		cues = append(cues, b)
		lastEnd = max(lastEnd, b.End)
	}
	return cues
}

// dedupeCues drops a cue of the same kind and span as the one before.
func dedupeCues(cues []Cue) []Cue {
	out := cues[:0]
	for _, c := range cues {
		if n := len(out); n > 0 && out[n-1].Span == c.Span && out[n-1].Kind == c.Kind {
			continue
		}
		out = append(out, c)
	}
	if out == nil {
		return []Cue{}
	}
	return out
}

// matches reports whether a message belongs on level i.
func (m *Matrix) matches(i int, lv Level, d Decision, r *reading, meta Meta) bool {
	for _, c := range lv.Match.Categories {
		if c == d.Category {
			return true
		}
	}
	for _, set := range lv.Match.Cues {
		all := true
		for _, k := range set {
			switch k {
			case CueCustom:
				all = all && len(r.levels) > 0
			case CueComplaint, CueQuestion, CueCompliment:
				all = all && r.base == Category(k)
			case CueWave:
				all = all && d.Wave != nil
			default:
				all = all && r.has(k)
			}
		}
		if all && len(set) > 0 {
			return true
		}
	}
	for _, name := range lv.Match.Subjects {
		if strings.EqualFold(name, d.Subject) {
			return true
		}
	}
	if lv.Match.Reach > 0 && r.complaint && (meta.Verified || d.Reach >= lv.Match.Reach) {
		return true
	}
	if lv.Match.Wave && d.Wave != nil {
		return true
	}
	if lv.Match.Unsure && d.NeedsHuman {
		return true
	}
	return len(r.levels[i]) > 0
}

// floorCueKinds are the signals that never leave a message on a matrix's
// lowest level: privacy, safety and legal (rubric: never laag).
var floorCueKinds = []CueKind{CuePrivacy, CueBreach, CueHazard, CueInjury, CueRecall, CueLegal, CueOwnData}

// adviceCueKinds are the cue kinds with advice of their own, in the order
// the advice is given.
var adviceCueKinds = []CueKind{CuePress, CueInfluence, CuePrivacy, CueHazard, CueVulnerable, CueOwnData, CueChurn, CueWave}

// advice collects the advice for a decision in the matrix's language: the
// category's, unsure, the hold advice, the cue kinds', the crisis steps
// when the level is the matrix's crisis level, on call, escalation, and
// the level's own.
func (m *Matrix) advice(d Decision, r *reading, lv Level) []string {
	td := triageFor(d.view)
	owner := personName(d.Owner.Name, d.Owner.Department, td.Labels["owner"])
	var contact []string
	if d.Owner.Name != "" && d.Owner.Department != "" {
		contact = append(contact, d.Owner.Department)
	}
	for _, s := range []string{d.Owner.Email, d.Owner.Phone} {
		if s != "" {
			contact = append(contact, s)
		}
	}
	contactText := ""
	if len(contact) > 0 {
		contactText = " (" + strings.Join(contact, ", ") + ")"
	}
	count, topic := "", ""
	if d.Wave != nil {
		count, topic = strconv.Itoa(d.Wave.Count), d.Wave.Subject
	}
	oncall, escalate, after := "", "", ""
	if d.OnCall != nil {
		oncall = personName(d.OnCall.Name, d.OnCall.Department, "") + phoneOf(d.OnCall.Phone)
	}
	if d.Escalate != nil {
		escalate = personName(d.Escalate.To.Name, d.Escalate.To.Department, "") + phoneOf(d.Escalate.To.Phone)
		after = humanDuration(time.Duration(d.Escalate.After), td.Labels)
	}
	vars := strings.NewReplacer(
		"{owner}", owner,
		"{contact}", contactText,
		"{within}", humanDuration(lv.RespondWithin, td.Labels),
		"{count}", count,
		"{topic}", topic,
		"{oncall}", oncall,
		"{escalate}", escalate,
		"{after}", after,
	)
	keys := []string{string(d.Category)}
	if d.NeedsHuman {
		keys = append(keys, "unsure")
	}
	if d.Hold {
		keys = append(keys, "hold")
	}
	for _, k := range adviceCueKinds {
		if r.has(k) {
			keys = append(keys, "cue-"+string(k))
		}
	}
	if d.Category != CategoryCrisis {
		for _, c := range lv.Match.Categories {
			if c == CategoryCrisis {
				keys = append(keys, string(CategoryCrisis))
			}
		}
	}
	if oncall != "" {
		keys = append(keys, "on-call")
	}
	if escalate != "" {
		keys = append(keys, "escalate")
	}
	seen := map[string]bool{}
	out := []string{}
	add := func(s string) {
		s = vars.Replace(s)
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, k := range keys {
		for _, s := range td.Advice[k] {
			add(s)
		}
	}
	for _, s := range lv.Advice {
		add(s)
	}
	return out
}

// holdOwner returns whose agreement a held message waits for: the owner
// of the subject the press signal routes to for the press or a post or
// video about us that spreads (a large account's complaint stays with its
// subject's owner), else for a legal threat the contact
// whose name, role or department is legal (the languages'
// legal_owner_words). ok is false when the matrix names neither.
func (m *Matrix) holdOwner(d Decision, r *reading, contacts []Contact) (Owner, bool) {
	if r.has(CuePress, CueViral) {
		for _, s := range m.Subjects {
			for _, k := range s.Signals {
				if k == CuePress && !s.Owner.empty() {
					return s.Owner, true
				}
			}
		}
	}
	if !r.has(CueLegal) {
		return Owner{}, false
	}
	for _, c := range contacts {
		if legalContact(c) {
			return Owner{Name: c.Name, Department: c.Department, Email: c.Email, Phone: c.Phone}, true
		}
	}
	return Owner{}, false
}

// legalContact reports whether a contact's name, role or department has a
// word of either language's legal_owner_words ("Jurist", "Juridische
// zaken", "Legal").
func legalContact(c Contact) bool {
	for _, lang := range []string{"nl", "en"} {
		for _, w := range strings.Fields(triageFor(lang).Labels["legal_owner_words"]) {
			for _, f := range []string{c.Name, c.Role, c.Department} {
				for _, word := range strings.FieldsFunc(strings.ToLower(f), func(r rune) bool {
					return !unicode.IsLetter(r)
				}) {
					if word == w {
						return true
					}
				}
			}
		}
	}
	return false
}

func personName(name, department, fallback string) string {
	switch {
	case name != "":
		return name
	case department != "":
		return department
	}
	return fallback
}

func phoneOf(phone string) string {
	if phone == "" {
		return ""
	}
	return " (" + phone + ")"
}

// humanDuration writes a duration in words: "30 minuten", "1 uur",
// "1 hour and 30 minutes", "2 days".
func humanDuration(d time.Duration, labels map[string]string) string {
	unit := func(n int, one, many string) string {
		if n == 1 {
			return "1 " + labels[one]
		}
		return strconv.Itoa(n) + " " + labels[many]
	}
	if d >= 24*time.Hour && d%(24*time.Hour) == 0 {
		return unit(int(d/(24*time.Hour)), "day", "days")
	}
	h, mins := int(d/time.Hour), int(d%time.Hour/time.Minute)
	switch {
	case h > 0 && mins > 0:
		return unit(h, "hour", "hours") + " " + labels["and"] + " " + unit(mins, "minute", "minutes")
	case h > 0:
		return unit(h, "hour", "hours")
	}
	return unit(max(mins, 1), "minute", "minutes")
}
