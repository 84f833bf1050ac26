package teamreport

import (
	"cmp"
	"container/heap"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/replylint/replylint/lint"
)

// Record is one linted reply to add to a report.
type Record struct {
	// ID identifies the reply, e.g. the "id" of a .jsonl record; Path is
	// the file it came from. Both are optional and only shown.
	ID   string
	Path string
	// Agent is who wrote the reply. When empty, the report uses the name
	// of the reply's sign-off (Result.Analysis.SignOff.Name); replies
	// with neither form the unsigned group.
	Agent string
	// Date is when the reply was sent; the zero time means unknown. The
	// report counts it on its calendar day in Date's own location.
	Date time.Time
	// Reply is the text that was linted: the findings' offsets point into
	// it. When empty, Result.Analysis.Text is used.
	Reply string
	// Result is what lint.Lint returned for the reply.
	Result lint.Result
}

// Options configure a Builder. The zero value is a Dutch report with the
// defaults below.
type Options struct {
	// Lang is the interface language: "nl" (the default) or "en".
	Lang string
	// Title replaces the report's default heading.
	Title string
	// Period is the step of the score-over-time chart: "day", "week", or
	// "" to choose by itself: per day when the dates span at most
	// AutoWeekAfter days, else per week.
	Period string
	// Lowest is how many of the lowest-scoring replies to keep; 0 means
	// DefaultLowest.
	Lowest int
	// Examples is how many example replies to keep per rule; 0 means
	// DefaultExamples.
	Examples int
}

// Defaults of Options.
const (
	DefaultLowest   = 20
	DefaultExamples = 3
	// AutoWeekAfter is the longest span of dates, in days, that the
	// automatic period still shows per day.
	AutoWeekAfter = 62
)

// ErrOptions is the kind of error NewBuilder returns for invalid Options.
var ErrOptions = errors.New("invalid report options")

// Builder aggregates records into a Report as they stream in. Its memory
// is bounded by the number of rules, agents and distinct days, not by the
// number of records: it keeps counts, the Lowest lowest-scoring replies and
// Examples replies per rule. Which replies it keeps does not depend on the
// order they are added in (ties are broken on path, ID and text), so a
// report over the same records is the same however many workers add them.
//
// A Builder is safe for concurrent use. Make one with NewBuilder; the zero
// Builder works too and makes a Dutch report with the default options.
type Builder struct {
	mu   sync.Mutex
	opts Options

	replies        int
	scores         [101]int // replies per total score, for the median and histogram
	scoreSum       int
	findings       int
	errors         int
	warnings       int
	infos          int
	repliesWarning int
	undated        int

	rules  map[string]*ruleAcc
	days   map[string]*periodAcc // by "2006-01-02"
	agents map[string]*agentAcc  // by folded name; "" is the unsigned group
	lowest exampleHeap
}

type ruleAcc struct {
	findings, errors, warnings, infos int
	repliesWarning, repliesInfo       int
	examples                          exampleHeap
}

type periodAcc struct {
	day      time.Time
	replies  int
	scoreSum int
}

type agentAcc struct {
	spellings map[string]int
	replies   int
	scoreSum  int
	findings  int
	rules     map[string]int // replies with the rule at warning or above
}

// NewBuilder returns a Builder for a report with the given options. It
// fails with an error wrapping ErrOptions for an unknown language or period
// or a negative count.
func NewBuilder(opts Options) (*Builder, error) {
	if opts.Lang == "" {
		opts.Lang = "nl"
	}
	if !slices.Contains(Languages, opts.Lang) {
		return nil, fmt.Errorf("%w: language %q (want %s)", ErrOptions, opts.Lang, strings.Join(Languages, " or "))
	}
	switch opts.Period {
	case "", "day", "week":
	default:
		return nil, fmt.Errorf("%w: period %q (want day or week)", ErrOptions, opts.Period)
	}
	if opts.Lowest < 0 || opts.Examples < 0 {
		return nil, fmt.Errorf("%w: negative number of replies to keep", ErrOptions)
	}
	if opts.Lowest == 0 {
		opts.Lowest = DefaultLowest
	}
	if opts.Examples == 0 {
		opts.Examples = DefaultExamples
	}
	if _, err := labelsFor(opts.Lang); err != nil {
		return nil, err
	}
	return &Builder{
		opts:   opts,
		rules:  map[string]*ruleAcc{},
		days:   map[string]*periodAcc{},
		agents: map[string]*agentAcc{},
	}, nil
}

// severityClass folds a severity into "error", "warning" or "info";
// anything below warning counts as info.
func severityClass(s lint.Severity) string {
	switch {
	case s >= lint.Error:
		return "error"
	case s == lint.Warning:
		return "warning"
	}
	return "info"
}

// Add counts one record. It never fails: odd records (no analysis, spans
// outside the text, invalid UTF-8) are counted as they are and rendered
// safely.
func (b *Builder) Add(rec Record) {
	text := rec.Reply
	if text == "" && rec.Result.Analysis != nil {
		text = rec.Result.Analysis.Text
	}
	// The kept text is valid UTF-8 without control characters, so it
	// renders safely and survives JSON unchanged; offsets move with it.
	reply, at := cleanWithOffsets(text)
	p := pending{
		rec:   &rec,
		id:    cleanText(rec.ID),
		path:  cleanText(rec.Path),
		reply: reply,
		at:    at,
		agent: agentName(rec),
		score: min(100, max(0, rec.Result.Score.Total)),
	}
	if !rec.Date.IsZero() {
		p.date = rec.Date.Format(time.DateOnly)
	}
	score, agent, date := p.score, p.agent, p.date

	// What the record adds, worked out before taking the lock.
	type ruleHit struct{ warning, info bool }
	hits := map[string]*ruleHit{}
	var order []string
	anyWarning := false
	ruleIDs := make([]string, len(rec.Result.Findings))
	for i, f := range rec.Result.Findings {
		ruleIDs[i] = cleanText(f.Rule)
		h := hits[ruleIDs[i]]
		if h == nil {
			h = &ruleHit{}
			hits[ruleIDs[i]] = h
			order = append(order, ruleIDs[i])
		}
		if f.Severity >= lint.Warning {
			h.warning, anyWarning = true, true
		} else {
			h.info = true
		}
	}

	b.mu.Lock()
	defer b.mu.Unlock()
	if b.rules == nil { // a zero Builder: the default options
		b.rules, b.days, b.agents = map[string]*ruleAcc{}, map[string]*periodAcc{}, map[string]*agentAcc{}
		b.opts.Lowest = cmp.Or(b.opts.Lowest, DefaultLowest)
		b.opts.Examples = cmp.Or(b.opts.Examples, DefaultExamples)
	}
	b.replies++
	b.scores[score]++
	b.scoreSum += score
	if anyWarning {
		b.repliesWarning++
	}
	for i, f := range rec.Result.Findings {
		r := b.rule(ruleIDs[i])
		r.findings++
		b.findings++
		switch severityClass(f.Severity) {
		case "error":
			r.errors++
			b.errors++
		case "warning":
			r.warnings++
			b.warnings++
		default:
			r.infos++
			b.infos++
		}
	}

	key := strings.ToLower(agent)
	ag := b.agents[key]
	if ag == nil {
		ag = &agentAcc{spellings: map[string]int{}, rules: map[string]int{}}
		b.agents[key] = ag
	}
	ag.spellings[agent]++
	ag.replies++
	ag.scoreSum += score
	ag.findings += len(rec.Result.Findings)

	if date == "" {
		b.undated++
	} else {
		p := b.days[date]
		if p == nil {
			y, m, d := rec.Date.Date()
			p = &periodAcc{day: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
			b.days[date] = p
		}
		p.replies++
		p.scoreSum += score
	}

	base := candidate{score: score, path: p.path, id: p.id, reply: p.reply, length: len(p.reply)}
	if b.lowest.wants(base, b.opts.Lowest, lowerScore) {
		b.lowest.keep(base.with(p.example("")), b.opts.Lowest, lowerScore)
	}
	for _, id := range order {
		h := hits[id]
		r := b.rules[id]
		if h.warning {
			r.repliesWarning++
			ag.rules[id]++
		} else {
			r.repliesInfo++
		}
		c := base
		c.warning = h.warning
		if r.examples.wants(c, b.opts.Examples, betterExample) {
			r.examples.keep(c.with(p.example(id)), b.opts.Examples, betterExample)
		}
	}
}

// rule returns the accumulator of a rule, made on first use.
func (b *Builder) rule(id string) *ruleAcc {
	r := b.rules[id]
	if r == nil {
		r = &ruleAcc{}
		b.rules[id] = r
	}
	return r
}

// agentName is the record's agent, else its sign-off name, cleaned for
// display; "" for an unsigned reply.
func agentName(rec Record) string {
	name := rec.Agent
	if strings.TrimSpace(name) == "" && rec.Result.Analysis != nil && rec.Result.Analysis.SignOff.Found {
		name = rec.Result.Analysis.SignOff.Name
	}
	return strings.Clone(strings.Join(strings.Fields(cleanText(name)), " "))
}

// cleanText makes a string safe to show anywhere: valid UTF-8, without
// control characters other than newline and tab (XML forbids most of
// them).
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.IndexFunc(s, badControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if badControl(r) {
			return '\uFFFD'
		}
		return r
	}, s)
}

// cleanWithOffsets is cleanText for a reply whose findings point into it
// by byte offset: it also returns where an offset of s lands in the
// cleaned text. Offsets outside s are kept as they are (the renderers
// clip them); offsets inside a character land at its start.
func cleanWithOffsets(s string) (string, func(int) int) {
	if utf8.ValidString(s) && strings.IndexFunc(s, badControl) < 0 {
		return s, func(i int) int { return i }
	}
	var sb strings.Builder
	newAt := make([]int, len(s)+1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		for k := range size {
			newAt[i+k] = sb.Len()
		}
		if r == utf8.RuneError && size == 1 || badControl(r) {
			r = '\uFFFD'
		}
		sb.WriteRune(r)
		i += size
	}
	newAt[len(s)] = sb.Len()
	return sb.String(), func(i int) int {
		if i < 0 || i > len(s) {
			return i
		}
		return newAt[i]
	}
}

func badControl(r rune) bool {
	return r != '\n' && r != '\t' && (unicode.IsControl(r) || r == '\uFFFE' || r == '\uFFFF')
}

// pending is a record being added, cleaned for display.
type pending struct {
	rec             *Record
	id, path, reply string
	at              func(int) int // offset in rec's text → offset in reply
	agent, date     string
	score           int
}

// example copies what the report shows of the record, so the report pins
// none of the caller's buffers. With onlyRule set, it keeps only that
// rule's findings.
func (p *pending) example(onlyRule string) *Example {
	ex := &Example{
		ID:    strings.Clone(p.id),
		Path:  strings.Clone(p.path),
		Agent: strings.Clone(p.agent),
		Date:  p.date,
		Score: p.score,
		Reply: strings.Clone(p.reply),
		Marks: []Mark{},
	}
	for _, f := range p.rec.Result.Findings {
		rule := cleanText(f.Rule)
		if onlyRule != "" && rule != onlyRule {
			continue
		}
		start, end := f.Offset, f.EndOffset
		if start == 0 && end == 0 {
			start, end = f.Span.Start, f.Span.End
		}
		ex.Marks = append(ex.Marks, Mark{
			Rule:      rule,
			Severity:  severityClass(f.Severity),
			Message:   cleanText(f.Message),
			Offset:    p.at(start),
			EndOffset: p.at(end),
			Line:      f.Line,
			Column:    f.Column,
		})
	}
	return ex
}

// candidate is a reply that may be kept as an example, with the keys it
// is ranked on.
type candidate struct {
	score    int
	warning  bool
	length   int
	path, id string
	reply    string
	ex       *Example
}

// with returns c keeping ex, ranked on ex's own copies of the strings.
func (c candidate) with(ex *Example) candidate {
	c.ex, c.path, c.id, c.reply = ex, ex.Path, ex.ID, ex.Reply
	return c
}

// lowerScore ranks replies for the lowest list: lowest score first, ties
// on path, ID and text so the choice does not depend on the order of Add.
func lowerScore(a, b candidate) int {
	return cmp.Or(cmp.Compare(a.score, b.score), cmp.Compare(a.path, b.path),
		cmp.Compare(a.id, b.id), cmp.Compare(a.reply, b.reply))
}

// betterExample ranks the examples of a rule: replies where it reported
// at warning or above first, then short ones (quickest to read).
func betterExample(a, b candidate) int {
	w := 0
	if a.warning != b.warning {
		w = 1
		if a.warning {
			w = -1
		}
	}
	return cmp.Or(w, cmp.Compare(a.length, b.length), lowerScore(a, b))
}

// exampleHeap keeps the n best candidates under a ranking, the worst kept
// one on top so a better newcomer can replace it.
type exampleHeap struct {
	items []candidate
	rank  func(a, b candidate) int
}

func (h *exampleHeap) Len() int           { return len(h.items) }
func (h *exampleHeap) Less(i, j int) bool { return h.rank(h.items[i], h.items[j]) > 0 }
func (h *exampleHeap) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *exampleHeap) Push(x any)         { h.items = append(h.items, x.(candidate)) }
func (h *exampleHeap) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}

// wants reports whether c would be kept among n.
func (h *exampleHeap) wants(c candidate, n int, rank func(a, b candidate) int) bool {
	h.rank = rank
	return n > 0 && (len(h.items) < n || rank(c, h.items[0]) < 0)
}

// keep adds c, dropping the worst kept candidate beyond n.
func (h *exampleHeap) keep(c candidate, n int, rank func(a, b candidate) int) {
	h.rank = rank
	heap.Push(h, c)
	for len(h.items) > n {
		heap.Pop(h)
	}
}

// sorted returns the kept examples, best first.
func (h *exampleHeap) sorted() []Example {
	items := slices.Clone(h.items)
	if h.rank != nil {
		slices.SortFunc(items, h.rank)
	}
	out := make([]Example, 0, len(items))
	for _, c := range items {
		ex := *c.ex
		ex.Marks = slices.Clone(ex.Marks)
		out = append(out, ex)
	}
	return out
}

// round1 rounds to one decimal, the precision every format shows.
func round1(x float64) float64 { return math.Round(x*10) / 10 }

// pct is part as a percentage of whole, rounded to one decimal; 0 when
// whole is 0.
func pct(part, whole int) float64 {
	if whole == 0 {
		return 0
	}
	return round1(100 * float64(part) / float64(whole))
}

// mean is sum/n rounded to one decimal; 0 when n is 0.
func mean(sum, n int) float64 {
	if n == 0 {
		return 0
	}
	return round1(float64(sum) / float64(n))
}

// Report returns the report of the records added so far. It may be called
// more than once; the Builder keeps no reference to the returned Report.
func (b *Builder) Report() *Report {
	b.mu.Lock()
	defer b.mu.Unlock()
	lab, err := labelsFor(b.opts.Lang)
	if err != nil { // checked in NewBuilder; a zero Builder gets Dutch defaults
		lab = &labels{}
	}
	n := b.replies
	r := &Report{
		Lang:      cmp.Or(b.opts.Lang, "nl"),
		Title:     cleanText(b.opts.Title),
		Rules:     []RuleStats{},
		Histogram: make([]Bucket, 0, 10),
		Timeline:  []PeriodStats{},
		Agents:    []AgentStats{},
		Lowest:    b.lowest.sorted(),
	}
	r.Totals = Totals{
		Replies:        n,
		Findings:       b.findings,
		Errors:         b.errors,
		Warnings:       b.warnings,
		Infos:          b.infos,
		RepliesWarning: b.repliesWarning,
		PctWarning:     pct(b.repliesWarning, n),
		MeanScore:      mean(b.scoreSum, n),
		MedianScore:    median(b.scores[:], n),
		Agents:         len(b.agents),
		Undated:        b.undated,
	}

	// Rules: every catalogued rule, then any other ID seen.
	rank := map[string]int{}
	for i, rl := range lint.Rules() {
		rank[rl.ID] = i
	}
	ids := make([]string, 0, len(rank)+len(b.rules))
	for _, rl := range lint.Rules() {
		ids = append(ids, rl.ID)
	}
	var extra []string
	for id := range b.rules {
		if _, ok := rank[id]; !ok {
			extra = append(extra, id)
		}
	}
	slices.Sort(extra)
	for _, id := range extra {
		rank[id] = len(rank)
		ids = append(ids, id)
	}
	for _, id := range ids {
		acc := b.rules[id]
		if acc == nil {
			acc = &ruleAcc{}
		}
		r.Rules = append(r.Rules, RuleStats{
			Rule:           id,
			Findings:       acc.findings,
			Errors:         acc.errors,
			Warnings:       acc.warnings,
			Infos:          acc.infos,
			RepliesWarning: acc.repliesWarning,
			RepliesInfo:    acc.repliesInfo,
			PctWarning:     pct(acc.repliesWarning, n),
			PctInfo:        pct(acc.repliesInfo, n),
			Examples:       acc.examples.sorted(),
		})
	}
	slices.SortStableFunc(r.Rules, func(a, c RuleStats) int {
		return cmp.Or(cmp.Compare(c.Findings, a.Findings), cmp.Compare(rank[a.Rule], rank[c.Rule]))
	})

	for i := range 10 {
		bk := Bucket{Min: i * 10, Max: i*10 + 9}
		if i == 9 {
			bk.Max = 100
		}
		for s := bk.Min; s <= bk.Max; s++ {
			bk.Replies += b.scores[s]
		}
		bk.Pct = pct(bk.Replies, n)
		r.Histogram = append(r.Histogram, bk)
	}

	r.Period, r.From, r.To, r.Timeline = b.timeline()

	for key, ag := range b.agents {
		as := AgentStats{
			Name:      spelling(ag.spellings),
			Unsigned:  key == "",
			Replies:   ag.replies,
			MeanScore: mean(ag.scoreSum, ag.replies),
			Findings:  ag.findings,
			TopRules:  []RuleCount{},
		}
		if as.Unsigned {
			as.Name = lab.Unsigned
		}
		for id, c := range ag.rules {
			as.TopRules = append(as.TopRules, RuleCount{Rule: id, Replies: c})
		}
		slices.SortFunc(as.TopRules, func(a, c RuleCount) int {
			return cmp.Or(cmp.Compare(c.Replies, a.Replies), cmp.Compare(rankOf(rank, a.Rule), rankOf(rank, c.Rule)), cmp.Compare(a.Rule, c.Rule))
		})
		as.TopRules = as.TopRules[:min(3, len(as.TopRules))]
		r.Agents = append(r.Agents, as)
	}
	slices.SortFunc(r.Agents, func(a, c AgentStats) int {
		if a.Unsigned != c.Unsigned {
			if a.Unsigned {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(c.Replies, a.Replies), cmp.Compare(a.Name, c.Name))
	})
	return r
}

// rankOf is a rule's place in the catalogue; unknown rules come last.
func rankOf(rank map[string]int, id string) int {
	if i, ok := rank[id]; ok {
		return i
	}
	return math.MaxInt
}

// spelling picks the name to show for an agent whose replies spell it in
// different ways: the most frequent spelling, the first in sort order on a
// tie.
func spelling(m map[string]int) string {
	best, bestN := "", -1
	for s, n := range m {
		if n > bestN || n == bestN && s < best {
			best, bestN = s, n
		}
	}
	return best
}

// median returns the median of n scores given as counts per score.
func median(counts []int, n int) float64 {
	if n == 0 {
		return 0
	}
	// The scores at (0-based) ranks lo and hi, lo == hi for odd n.
	lo, hi := (n-1)/2, n/2
	at := func(k int) int {
		seen := 0
		for s, c := range counts {
			seen += c
			if seen > k {
				return s
			}
		}
		return len(counts) - 1
	}
	return round1(float64(at(lo)+at(hi)) / 2)
}

// timeline groups the per-day counts into the report's period.
func (b *Builder) timeline() (period, from, to string, out []PeriodStats) {
	out = []PeriodStats{}
	if len(b.days) == 0 {
		return "", "", "", out
	}
	days := make([]*periodAcc, 0, len(b.days))
	for _, p := range b.days {
		days = append(days, p)
	}
	slices.SortFunc(days, func(a, c *periodAcc) int { return a.day.Compare(c.day) })
	first, last := days[0].day, days[len(days)-1].day
	period = b.opts.Period
	if period == "" {
		period = "day"
		if last.Sub(first) > AutoWeekAfter*24*time.Hour {
			period = "week"
		}
	}
	for _, p := range days {
		start, label := p.day, p.day.Format(time.DateOnly)
		if period == "week" {
			start = p.day.AddDate(0, 0, -((int(p.day.Weekday()) + 6) % 7))
			y, w := p.day.ISOWeek()
			label = fmt.Sprintf("%04d-W%02d", y, w)
		}
		key := start.Format(time.DateOnly)
		if k := len(out) - 1; k >= 0 && out[k].Start == key {
			out[k].Replies += p.replies
			out[k].MeanScore += float64(p.scoreSum) // summed; divided below
			continue
		}
		out = append(out, PeriodStats{Start: key, Label: label, Replies: p.replies, MeanScore: float64(p.scoreSum)})
	}
	for i := range out {
		out[i].MeanScore = round1(out[i].MeanScore / float64(out[i].Replies))
	}
	return period, first.Format(time.DateOnly), last.Format(time.DateOnly), out
}
