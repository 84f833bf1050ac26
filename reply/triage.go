package reply

import (
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

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
	// Priority is the name of the matrix level, e.g. "hoog".
	Priority string `json:"priority"`
	// Level is the 0-based index of the matrix level; higher is more
	// urgent.
	Level int `json:"level"`
	// Owner decides on the answer.
	Owner Owner `json:"owner"`
	// Contacts are the others to involve, from the matrix level.
	Contacts []Contact `json:"contacts,omitempty"`
	// RespondWithin is the level's response time.
	RespondWithin Duration `json:"respond_within"`
	// Deadline is the message's time plus RespondWithin, when the time is
	// known.
	Deadline time.Time `json:"deadline,omitzero"`
	// Hold means: do not reply before the owner agrees.
	Hold bool `json:"hold"`
	// Advice is what to do, drawn from the seeds, in the message's
	// language.
	Advice []string `json:"advice"`
	// Cues are the evidence, sorted by offset; cues from metadata come
	// first, with an empty span.
	Cues []Cue `json:"cues"`
	// Lang is the message's language.
	Lang string `json:"lang"`
	// Topic is set in a batch: the message's content word that most
	// messages within the volume window share.
	Topic string `json:"topic,omitempty"`
	// Volume is how many messages in the batch share Topic.
	Volume int `json:"volume,omitempty"`
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

// UnmarshalText reads "15m", "1h30m" or "1d".
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
// fixes the language. A tone.Input carries no metadata, so influence never
// counts: use TriageMessage for that.
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
// batch's order; Decision.Index points back into items. Messages that share
// a topic word within the matrix's volume window count towards the
// matrix's volume thresholds. Messages without a time count as arriving
// with the latest one.
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

	topics := m.topics(items, readings)
	out := make([]Decision, len(items))
	for i := range items {
		out[i] = m.decide(items[i], readings[i], &topics[i], i)
	}
	// Messages without a time are due as if they came in with the latest.
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
	return out
}

// orDefault returns m, or the default matrix for nil or a matrix without
// levels.
func orDefault(m *Matrix) *Matrix {
	if m == nil || len(m.Levels) == 0 {
		return DefaultMatrix()
	}
	return m
}

// topic is a message's most shared topic word in a batch.
type topic struct {
	word   string
	span   tone.Span
	volume int
}

// topics finds, for each message, the content word (by stem) that most
// other messages within the volume window share.
func (m *Matrix) topics(items []Incoming, rs []*reading) []topic {
	// Per stem: the times of its messages, sorted, and how many messages
	// have no time (they count as in every window).
	type members struct {
		times   []time.Time
		untimed int
	}
	byStem := map[string]*members{}
	stems := make([]map[string]tone.Span, len(items))
	for i, r := range rs {
		stop := triageFor(r.a.Lang).topicStop
		kw := r.a.Keywords(0, len(r.a.Tokens))
		for st := range kw {
			if stop[st] || len([]rune(st)) < 3 {
				delete(kw, st)
				continue
			}
			mb := byStem[st]
			if mb == nil {
				mb = &members{}
				byStem[st] = mb
			}
			if items[i].Time.IsZero() {
				mb.untimed++
			} else {
				mb.times = append(mb.times, items[i].Time)
			}
		}
		stems[i] = kw
	}
	for _, mb := range byStem {
		sort.Slice(mb.times, func(i, j int) bool { return mb.times[i].Before(mb.times[j]) })
	}
	window := m.VolumeWindow
	out := make([]topic, len(items))
	for i := range items {
		best := topic{}
		bestStem := ""
		for st, sp := range stems[i] {
			mb := byStem[st]
			n := mb.untimed + len(mb.times)
			if t := items[i].Time; !t.IsZero() {
				lo := sort.Search(len(mb.times), func(k int) bool { return !mb.times[k].Before(t.Add(-window)) })
				hi := sort.Search(len(mb.times), func(k int) bool { return mb.times[k].After(t.Add(window)) })
				n = mb.untimed + hi - lo
			}
			if n > best.volume || n == best.volume && st < bestStem {
				best, bestStem = topic{word: sp.In(rs[i].a.Text), span: sp, volume: n}, st
			}
		}
		if best.volume >= 2 {
			out[i] = best
		}
	}
	return out
}

// decide turns a reading into a decision.
func (m *Matrix) decide(msg Incoming, r *reading, tp *topic, index int) Decision {
	lang := r.a.Lang
	td := triageFor(lang)
	negative := r.base == CategoryComplaint
	var meta []Cue
	if negative && (msg.Meta.Verified || msg.Meta.Followers >= m.reach()) {
		text := strconv.Itoa(msg.Meta.Followers) + " " + td.Labels["followers"]
		if msg.Meta.Verified {
			text = td.Labels["verified"]
			if msg.Meta.Followers > 0 {
				text += ", " + strconv.Itoa(msg.Meta.Followers) + " " + td.Labels["followers"]
			}
		}
		c := Cue{Text: text, Kind: CueInfluence}
		r.cues[CueInfluence] = []Cue{c}
		meta = append(meta, c)
	}
	d := Decision{ID: msg.ID, Index: index, Lang: lang}
	if tp != nil && tp.volume > 0 {
		d.Topic, d.Volume = tp.word, tp.volume
		if v := m.volume(); v > 0 && tp.volume >= v && r.base != CategoryCompliment {
			r.cues[CueVolume] = []Cue{{Text: tp.word, Span: tp.span, Kind: CueVolume}}
		}
	}
	d.Category = r.category()

	level := 0
	for i, lv := range m.Levels {
		if m.matches(i, lv, d.Category, r, msg.Meta, d.Volume) {
			level = i
		}
	}
	lv := m.Levels[level]
	d.Level, d.Priority = level, lv.Name
	d.Owner, d.Contacts = lv.Owner, lv.Contacts
	d.RespondWithin, d.Hold = Duration(lv.RespondWithin), lv.holds(d.Category)
	if !msg.Time.IsZero() {
		d.Deadline = msg.Time.Add(lv.RespondWithin)
	}

	var cues []Cue
	for _, list := range r.cues {
		for _, c := range list {
			if c.Kind != CueInfluence {
				cues = append(cues, c)
			}
		}
	}
	for _, list := range r.levels {
		cues = append(cues, list...)
	}
	// A word that is already a cue of its own kind ("stap over" is churn)
	// is not repeated as a complaint cue.
	for _, b := range r.baseCues {
		if !overlapsAny(cues, b.Span) {
			cues = append(cues, b)
		}
	}
	sort.SliceStable(cues, func(i, j int) bool {
		if cues[i].Start != cues[j].Start {
			return cues[i].Start < cues[j].Start
		}
		return cues[i].Kind < cues[j].Kind
	})
	d.Cues = append(meta, dedupeCues(cues)...)
	d.Advice = m.advice(lang, d, r, lv)
	return d
}

func overlapsAny(cues []Cue, sp tone.Span) bool {
	for _, c := range cues {
		if c.Start < sp.End && sp.Start < c.End {
			return true
		}
	}
	return false
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
func (m *Matrix) matches(i int, lv Level, cat Category, r *reading, meta Meta, volume int) bool {
	for _, c := range lv.Match.Categories {
		if c == cat {
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
			default:
				all = all && r.has(k)
			}
		}
		if all && len(set) > 0 {
			return true
		}
	}
	if lv.Match.Reach > 0 && r.base == CategoryComplaint && (meta.Verified || meta.Followers >= lv.Match.Reach) {
		return true
	}
	if lv.Match.Volume > 0 && volume >= lv.Match.Volume && r.base != CategoryCompliment {
		return true
	}
	return len(r.levels[i]) > 0
}

// adviceCueKinds are the cue kinds with advice of their own, in the order
// the advice is given.
var adviceCueKinds = []CueKind{CuePress, CueInfluence, CuePrivacy, CueHazard, CueChurn, CueVolume}

// advice collects the advice for a decision in the message's language:
// the category's, the hold advice, the cue kinds', the crisis steps when
// the level is the matrix's crisis level, and the level's own.
func (m *Matrix) advice(lang string, d Decision, r *reading, lv Level) []string {
	td := triageFor(lang)
	owner := d.Owner.Name
	var contact []string
	if owner == "" {
		owner = d.Owner.Department
	} else if d.Owner.Department != "" {
		contact = append(contact, d.Owner.Department)
	}
	if owner == "" {
		owner = td.Labels["owner"]
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
	vars := strings.NewReplacer(
		"{owner}", owner,
		"{contact}", contactText,
		"{within}", humanDuration(lv.RespondWithin, td.Labels),
		"{count}", strconv.Itoa(d.Volume),
		"{topic}", d.Topic,
	)
	keys := []string{string(d.Category)}
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
