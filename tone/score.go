package tone

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

// Scorecard rates a reply from 0 to 100 in total and in five parts.
type Scorecard struct {
	Total        int `json:"total"`
	Empathy      int `json:"empathy"`
	Personal     int `json:"personal"`
	Clarity      int `json:"clarity"`
	DeEscalation int `json:"de_escalation"`
	Privacy      int `json:"privacy"`
	// Reasons say what cost or earned points, in order of the parts.
	Reasons []Reason `json:"reasons"`
}

// Reason is one thing that moved a part of the score.
type Reason struct {
	// Part is "empathy", "personal", "clarity", "de_escalation" or "privacy".
	Part string `json:"part"`
	// Rule is the rule ID the reason belongs to, e.g. "hedging".
	Rule string `json:"rule"`
	// Points is negative for a cost, positive for points earned.
	Points int  `json:"points"`
	Span   Span `json:"span"`
}

// Score rates a reply with the default weights.
func Score(a *Analysis) Scorecard { return ScoreWith(a, DefaultWeights()) }

// Costs and credits per signal. A part starts at 100 (credits restore
// points a cost took, never past 100) and never drops below 0.
const (
	costCliche       = 25
	costNoApology    = 45
	costNoEmpathy    = 35
	creditEmpathy    = 10
	costNoSignOff    = 60
	costTeamSignOff  = 50
	costNoRole       = 10
	costAddress      = 30
	costNoName       = 10
	costHedge        = 20
	costNoNextStep   = 40
	costDefensive    = 35
	costMinimizing   = 30
	costEmotional    = 25
	costPII          = 60
	costDataInPublic = 40
	costPersonalNoDM = 30
)

// ScoreWith rates a reply with the given weights. The signals are the ones
// the lint rules report, so every cost has a rule ID and a span.
func ScoreWith(a *Analysis, w Weights) Scorecard {
	if w.Sum() == 0 {
		w = DefaultWeights()
	}
	var sc Scorecard
	parts := map[string]int{"empathy": 100, "personal": 100, "clarity": 100, "de_escalation": 100, "privacy": 100}
	add := func(part, rule string, points int, sp Span) {
		parts[part] = max(0, min(100, parts[part]+points))
		sc.Reasons = append(sc.Reasons, Reason{Part: part, Rule: rule, Points: points, Span: sp})
	}
	end := a.EndSpan() // where lint anchors "missing" findings

	// Empathy: acknowledgement, emotion words, apology; no clichés.
	for _, h := range a.Hits {
		if h.Quoted || h.Echo || h.Entry.Level == "info" {
			continue
		}
		switch h.Category {
		case "cliche":
			add("empathy", "hollow-cliche", -costCliche, h.Span)
		case "hedging":
			add("clarity", "hedging", -costHedge, h.Span)
		case "defensive":
			add("de_escalation", "defensive", -costDefensive, h.Span)
		case "minimizing":
			add("de_escalation", "minimizing", -costMinimizing, h.Span)
		case "emotional":
			add("de_escalation", "emotional", -costEmotional, h.Span)
		}
	}
	for _, sh := range a.Shouts() {
		add("de_escalation", "emotional", -costEmotional, sh.Span)
	}
	if a.Complaint() {
		if !a.Apologizes() {
			add("empathy", "apology-missing", -costNoApology, end)
		}
		if !a.Empathic() {
			add("empathy", "empathy-missing", -costNoEmpathy, end)
		}
		if _, ok := a.NextStep(); !ok && !a.MovesToPrivate() {
			add("clarity", "no-next-step", -costNoNextStep, end)
		}
	}
	if sp, ok := a.empathy(); ok {
		add("empathy", "empathy-missing", creditEmpathy, sp)
	}

	// Personal: signed with name and role, the customer's register, their name.
	if a.Input.Channel == ChannelPublic && (a.Thread == nil || a.Thread.Part == a.Thread.Of) {
		switch {
		case !a.SignOff.Found:
			add("personal", "signature", -costNoSignOff, end)
		case a.SignOff.Team:
			add("personal", "signature", -costTeamSignOff, a.SignOff.Span)
		case a.SignOff.Role == "":
			add("personal", "signature", -costNoRole, a.SignOff.Span)
		}
	}
	if a.Address.Form() == "mixed" {
		add("personal", "mixed-address", -costAddress, a.Address.Formal[0])
	} else if want := a.CustomerAddress(); want != "" && a.Address.Form() != "" && a.Address.Form() != want {
		add("personal", "address-match", -costAddress, end)
	}
	if a.Incoming != nil && a.Incoming.Message != nil && a.Incoming.Message.Name != "" && !mentions(a, a.Incoming.Message.Name) {
		add("personal", "greeting", -costNoName, end)
	}

	// Privacy: no personal data in public, personal matters to DM.
	if a.Input.Channel == ChannelPublic {
		for _, e := range a.PersonalData() {
			add("privacy", "public-pii", -costPII, e.Span)
		}
		if !a.MovesToPrivate() {
			if reqs := a.DataRequests(); len(reqs) > 0 {
				add("privacy", "dm-move", -costDataInPublic, reqs[0].Span)
			} else if a.PersonalLeftPublic() {
				add("privacy", "dm-move", -costPersonalNoDM, end)
			}
		}
	}

	sc.Empathy, sc.Personal, sc.Clarity = parts["empathy"], parts["personal"], parts["clarity"]
	sc.DeEscalation, sc.Privacy = parts["de_escalation"], parts["privacy"]
	total := sc.Empathy*w.Empathy + sc.Personal*w.Personal + sc.Clarity*w.Clarity +
		sc.DeEscalation*w.DeEscalation + sc.Privacy*w.Privacy
	sc.Total = (total + w.Sum()/2) / w.Sum()
	if sc.Reasons == nil {
		sc.Reasons = []Reason{}
	}
	return sc
}

// mentions reports whether the reply uses a name (case-insensitively).
func mentions(a *Analysis, name string) bool {
	for _, t := range a.Tokens {
		if t.Kind == Word && t.Lower == lowerNorm(name) {
			return true
		}
	}
	return false
}
