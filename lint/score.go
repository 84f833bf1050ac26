package lint

import (
	"slices"

	"github.com/replylint/replylint/tone"
)

// The five parts of the scorecard. A Rule names the part its findings
// cost points in.
const (
	PartEmpathy      = "empathy"
	PartPersonal     = "personal"
	PartClarity      = "clarity"
	PartDeEscalation = "de_escalation"
	PartPrivacy      = "privacy"
)

// Parts lists the score parts in the order the scorecard shows them.
func Parts() []string {
	return []string{PartEmpathy, PartPersonal, PartClarity, PartDeEscalation, PartPrivacy}
}

// Weights are the shares of the five parts in the total score.
type Weights struct {
	Empathy      int `json:"empathy"`
	Personal     int `json:"personal"`
	Clarity      int `json:"clarity"`
	DeEscalation int `json:"de_escalation"`
	Privacy      int `json:"privacy"`
}

// DefaultWeights are the documented default weights: empathy 25,
// personal 20, clarity 20, de-escalation 20, privacy 15.
func DefaultWeights() Weights {
	return Weights{Empathy: 25, Personal: 20, Clarity: 20, DeEscalation: 20, Privacy: 15}
}

// Sum returns the sum of the weights.
func (w Weights) Sum() int { return w.Empathy + w.Personal + w.Clarity + w.DeEscalation + w.Privacy }

// index returns the place of a part in Parts, or -1.
func (Weights) index(part string) int {
	for i, p := range Parts() {
		if p == part {
			return i
		}
	}
	return -1
}

// Of returns the weight of a part, or 0 for an unknown part.
func (w Weights) Of(part string) int {
	switch part {
	case PartEmpathy:
		return w.Empathy
	case PartPersonal:
		return w.Personal
	case PartClarity:
		return w.Clarity
	case PartDeEscalation:
		return w.DeEscalation
	case PartPrivacy:
		return w.Privacy
	}
	return 0
}

// Scorecard rates a reply from 0 to 100 in total and in five parts. It is
// built from the findings: every cost is a finding's, so a rule that is
// off, disabled inline or reported below the config's score level costs
// nothing.
type Scorecard struct {
	Total        int `json:"total"`
	Empathy      int `json:"empathy"`
	Personal     int `json:"personal"`
	Clarity      int `json:"clarity"`
	DeEscalation int `json:"de_escalation"`
	Privacy      int `json:"privacy"`
	// Reasons say what cost or earned points: the costs in the order of
	// the findings, then the credits.
	Reasons []Reason `json:"reasons"`
}

// Part returns the value of a part by name, or 0 for an unknown part.
func (sc Scorecard) Part(part string) int {
	switch part {
	case PartEmpathy:
		return sc.Empathy
	case PartPersonal:
		return sc.Personal
	case PartClarity:
		return sc.Clarity
	case PartDeEscalation:
		return sc.DeEscalation
	case PartPrivacy:
		return sc.Privacy
	}
	return 0
}

// Reason is one thing that moved a part of the score.
type Reason struct {
	// Part is "empathy", "personal", "clarity", "de_escalation" or "privacy".
	Part string `json:"part"`
	// Rule is the ID of the rule the reason belongs to, e.g. "hedging".
	Rule string `json:"rule"`
	// Points is negative for a cost, positive for points earned.
	Points int `json:"points"`
	// Span is the cost's finding's span, or the words that earned a
	// credit.
	Span tone.Span `json:"span"`
	// Finding is the index in Result.Findings of the finding a cost
	// charges; -1 for a credit, which no finding reports.
	Finding int `json:"-"`
}

// RuleCost is what one rule's findings cost one part of the score, all
// together.
type RuleCost struct {
	// Rule and Part say whose findings cost points, and where.
	Rule, Part string
	// Points is the sum of the costs, negative.
	Points int
	// Findings is the number of findings charged.
	Findings int
	// First is the index in Result.Findings of the first of them.
	First int
}

// Costs returns the scorecard's costs grouped by rule and part, the most
// points first (a tie in the order of the first findings): what to
// improve first. Credits are not costs.
func (sc Scorecard) Costs() []RuleCost {
	var out []RuleCost
	index := map[[2]string]int{}
	for _, r := range sc.Reasons {
		if r.Points >= 0 || r.Finding < 0 {
			continue
		}
		k := [2]string{r.Rule, r.Part}
		j, ok := index[k]
		if !ok {
			j = len(out)
			index[k] = j
			out = append(out, RuleCost{Rule: r.Rule, Part: r.Part, First: r.Finding})
		}
		out[j].Points += r.Points
		out[j].Findings++
	}
	slices.SortStableFunc(out, func(a, b RuleCost) int { return a.Points - b.Points })
	return out
}

// credit is points a rule gives for something the reply does well
// ("empathy found"): a reason without a finding.
type credit struct {
	rule, part string
	points     int
	span       tone.Span
}

// scorecard charges each finding at or above level its cost in its rule's
// part, adds the credits, and weighs the parts. A part starts at 100,
// never drops below 0, and credits restore points a cost took, never
// past 100.
func scorecard(fs []Finding, credits []credit, level Severity, w Weights) Scorecard {
	if w.Sum() <= 0 {
		w = DefaultWeights()
	}
	sc := Scorecard{Reasons: []Reason{}}
	var cost, earned [5]int
	index := Weights{}.index
	for i, f := range fs {
		p := index(f.part)
		if f.Cost <= 0 || f.Severity < level || p < 0 {
			continue
		}
		cost[p] += f.Cost
		sc.Reasons = append(sc.Reasons, Reason{Part: f.part, Rule: f.Rule, Points: -f.Cost, Span: f.Span, Finding: i})
	}
	for _, c := range credits {
		p := index(c.part)
		if c.points <= 0 || p < 0 {
			continue
		}
		earned[p] += c.points
		sc.Reasons = append(sc.Reasons, Reason{Part: c.part, Rule: c.rule, Points: c.points, Span: c.span, Finding: -1})
	}
	var v [5]int
	for p := range v {
		v[p] = min(100, max(0, 100-cost[p])+min(earned[p], cost[p]))
	}
	sc.Empathy, sc.Personal, sc.Clarity, sc.DeEscalation, sc.Privacy = v[0], v[1], v[2], v[3], v[4]
	total := v[0]*w.Empathy + v[1]*w.Personal + v[2]*w.Clarity + v[3]*w.DeEscalation + v[4]*w.Privacy
	sc.Total = (total + w.Sum()/2) / w.Sum()
	return sc
}
