// Package teamreport tells a webcare lead how the team answered over a
// period: it aggregates the lint results of many replies into a Report and
// renders it as one HTML page, as JSON or as Markdown, with the same
// numbers in each.
//
// Use it as a stream:
//
//	b, err := teamreport.NewBuilder(teamreport.Options{Lang: "nl"})
//	for each reply {
//		res := lint.Lint(tone.Input{Text: reply, ...}, cfg)
//		b.Add(teamreport.Record{ID: id, Agent: agent, Date: date, Reply: reply, Result: res})
//	}
//	err = b.Report().WriteHTML(w)
//
// The Builder keeps counts, the 20 lowest-scoring replies and three
// example replies per rule, never every record, so its memory does not
// grow with the number of replies; Add is safe to call from many workers.
//
// The report holds totals (replies, findings per rule and severity, the
// share of replies in which each rule reported at warning or above, and
// separately at info only), a histogram of scores in 10-point buckets, the
// mean and median score, the mean score per day or week when records have
// dates, per agent the replies, mean score and top three rules, the
// lowest-scoring replies with their findings marked in the text, and per
// rule example replies with its words marked. An agent is Record.Agent,
// else the name the reply is signed with; replies signed by nobody, or by a
// team only, form the group "(niet ondertekend)" / "(unsigned)".
//
// The interface language is Dutch by default, or English; the texts are
// data, in templates/labels.<lang>.yaml, next to the page templates.
//
// # Why the charts are hand-written SVG
//
// The HTML report must open anywhere without a network: no CDN scripts, no
// web fonts, no JavaScript. Its four charts (bars per rule, a histogram,
// a line over time, bars per agent) are a few dozen rectangles, lines and
// labels each. Writing that SVG directly (charts.go) costs about 250
// lines, has no dependency, gives exact control over labels, contrast and
// print, and yields text that diffs and tests well. A plotting library
// such as gonum/plot would add a large dependency tree to a module that
// keeps its go.mod small, and renders to its own canvas with its own
// fonts, which makes accessible titles, aria labels and values printed on
// the bars harder, not easier.
package teamreport
