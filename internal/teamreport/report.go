package teamreport

// Report is the aggregate of every record added to a Builder: plain data
// that WriteHTML, WriteJSON and WriteMarkdown render, so the three formats
// carry the same numbers. Means and percentages are rounded to one decimal
// when the report is made, and every renderer prints those stored values.
//
// A Report round-trips through encoding/json: slices are never nil and
// dates are ISO strings ("2006-01-02").
type Report struct {
	// Lang is the interface language of the rendered report, "nl" or "en".
	Lang string `json:"lang"`
	// Title is the report's heading; empty means the language's default.
	Title string `json:"title"`
	// From and To are the first and last date among the records, or ""
	// when no record has a date.
	From string `json:"from"`
	To   string `json:"to"`
	// Period is "day" or "week": the step of Timeline; "" without dates.
	Period string `json:"period"`
	// Totals are the numbers over all replies.
	Totals Totals `json:"totals"`
	// Rules has one entry per rule of lint.Rules() plus any other rule ID
	// seen in a finding, most findings first, then in catalogue order.
	Rules []RuleStats `json:"rules"`
	// Histogram has ten buckets of scores: 0–9, 10–19, …, 90–100.
	Histogram []Bucket `json:"histogram"`
	// Timeline has the mean score per day or per week, oldest first; it
	// is empty when no record has a date.
	Timeline []PeriodStats `json:"timeline"`
	// Agents has one entry per agent, most replies first; the group of
	// unsigned replies comes last.
	Agents []AgentStats `json:"agents"`
	// Lowest are the lowest-scoring replies, lowest first, with all their
	// findings.
	Lowest []Example `json:"lowest"`
}

// Totals are the numbers over all replies of a report.
type Totals struct {
	// Replies is the number of records added.
	Replies int `json:"replies"`
	// Findings counts every finding; Errors, Warnings and Infos split it
	// by severity.
	Findings int `json:"findings"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	// RepliesWarning is the number of replies with at least one finding
	// at warning or above; PctWarning is its share of Replies in percent.
	RepliesWarning int     `json:"replies_warning"`
	PctWarning     float64 `json:"pct_warning"`
	// MeanScore is the mean of the replies' total scores; MedianScore
	// their median. Both are 0 for an empty report.
	MeanScore   float64 `json:"mean_score"`
	MedianScore float64 `json:"median_score"`
	// Agents is the number of agent groups, the unsigned group included.
	Agents int `json:"agents"`
	// Undated is the number of records without a date.
	Undated int `json:"undated"`
}

// RuleStats are the numbers of one rule.
type RuleStats struct {
	// Rule is the rule's ID, e.g. "hedging".
	Rule string `json:"rule"`
	// Findings counts the rule's findings; Errors, Warnings and Infos
	// split it by severity.
	Findings int `json:"findings"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	// RepliesWarning is the number of replies with a finding of this rule
	// at warning or above. RepliesInfo is the number of replies where the
	// rule reported only at info level: the two never count the same
	// reply, so together they are the replies where the rule reported.
	RepliesWarning int `json:"replies_warning"`
	RepliesInfo    int `json:"replies_info"`
	// PctWarning and PctInfo are those counts as a percentage of all
	// replies.
	PctWarning float64 `json:"pct_warning"`
	PctInfo    float64 `json:"pct_info"`
	// Examples are up to three replies where the rule reported, with only
	// this rule's findings: warning-level ones first, then the shortest.
	Examples []Example `json:"examples"`
}

// Bucket is one bar of the score histogram: the replies scoring Min to Max
// inclusive.
type Bucket struct {
	Min     int     `json:"min"`
	Max     int     `json:"max"`
	Replies int     `json:"replies"`
	Pct     float64 `json:"pct"`
}

// PeriodStats is the mean score of the replies of one day or week.
type PeriodStats struct {
	// Start is the day, or the Monday of the ISO week, as "2006-01-02".
	Start string `json:"start"`
	// Label is the day ("2006-01-02") or the ISO week ("2006-W01").
	Label     string  `json:"label"`
	Replies   int     `json:"replies"`
	MeanScore float64 `json:"mean_score"`
}

// AgentStats are the numbers of one agent.
type AgentStats struct {
	// Name is the agent (Record.Agent or the reply's sign-off name). For
	// the unsigned group it is the language's label, "(niet ondertekend)"
	// or "(unsigned)", and Unsigned is set.
	Name     string `json:"name"`
	Unsigned bool   `json:"unsigned"`
	Replies  int    `json:"replies"`
	// MeanScore is the mean total score of the agent's replies.
	MeanScore float64 `json:"mean_score"`
	// Findings counts every finding in the agent's replies.
	Findings int `json:"findings"`
	// TopRules are up to three rules that reported at warning or above in
	// most of the agent's replies.
	TopRules []RuleCount `json:"top_rules"`
}

// RuleCount is a number of replies in which a rule reported.
type RuleCount struct {
	Rule    string `json:"rule"`
	Replies int    `json:"replies"`
}

// Example is one reply as the report shows it: its text and the findings
// to mark in it.
type Example struct {
	ID    string `json:"id"`
	Path  string `json:"path"`
	Agent string `json:"agent"`
	// Date is "2006-01-02", or "" when the record had none.
	Date  string `json:"date"`
	Score int    `json:"score"`
	// Reply is the reply's text; Marks point into it by byte offset.
	// Invalid UTF-8 and control characters other than newline and tab are
	// replaced by U+FFFD (the offsets moved to match), so the text is
	// always safe to render and survives JSON unchanged.
	Reply string `json:"reply"`
	Marks []Mark `json:"marks"`
}

// Mark is a finding to highlight in an Example's text.
type Mark struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	// Offset and EndOffset are byte offsets into Example.Reply, End
	// exclusive; Line and Column are the finding's 1-based position.
	Offset    int `json:"offset"`
	EndOffset int `json:"end_offset"`
	Line      int `json:"line"`
	Column    int `json:"column"`
}
