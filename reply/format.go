package reply

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// labels returns the labels of the decision's output language: the
// matrix's, else the message's.
func (d Decision) labels() map[string]string {
	lang := d.view
	if lang == "" {
		lang = d.Lang
	}
	return triageFor(lang).Labels
}

// WriteText writes the decision as a person reads it, in the team's
// language (the matrix's): priority and kind, subject, the owner and how
// to reach them, who is on call, the deadline and escalation, the wave
// and its standard answer, the cues and the advice steps.
func (d Decision) WriteText(w io.Writer) error {
	l := d.labels()
	var b strings.Builder
	cat := l["cat_"+string(d.Category)]
	if cat == "" {
		cat = string(d.Category)
	}
	fmt.Fprintf(&b, "%s: %s (%s %d) · %s: %s", l["priority"], d.Priority, l["level"], d.Level, l["category"], cat)
	yes := l["no"]
	if d.Complaint {
		yes = l["yes"]
	}
	fmt.Fprintf(&b, " · %s: %s (%s %.2f)\n", l["complaint_label"], yes, l["confidence_label"], d.Confidence)
	if d.NeedsHuman {
		fmt.Fprintf(&b, "%s\n", l["needs_human_label"])
	}
	if d.Subject != "" {
		fmt.Fprintf(&b, "%s: %s\n", l["subject_label"], d.Subject)
	}
	owner := joinParts(d.Owner.Name, d.Owner.Department, d.Owner.Email, d.Owner.Phone)
	if d.Owner.Deputy != nil {
		owner += "; " + l["deputy_label"] + ": " + joinParts(d.Owner.Deputy.Name, d.Owner.Deputy.Department, d.Owner.Deputy.Email, d.Owner.Deputy.Phone)
	}
	if owner != "" {
		fmt.Fprintf(&b, "%s: %s\n", l["owner_label"], owner)
	}
	if d.OnCall != nil {
		fmt.Fprintf(&b, "%s: %s\n", l["on_call_label"], joinParts(d.OnCall.Name, d.OnCall.Department, d.OnCall.Email, d.OnCall.Phone))
	}
	for i, c := range d.Contacts {
		if i == 0 {
			fmt.Fprintf(&b, "%s:\n", l["contacts_label"])
		}
		fmt.Fprintf(&b, "  - %s\n", joinParts(c.Name, c.Department, c.Email, c.Phone))
	}
	fmt.Fprintf(&b, "%s: %s", l["respond_within"], humanDuration(time.Duration(d.RespondWithin), l))
	if !d.Deadline.IsZero() {
		fmt.Fprintf(&b, " (%s %s)", l["deadline"], d.Deadline.Format("2006-01-02 15:04"))
	}
	b.WriteString("\n")
	if d.Escalate != nil {
		fmt.Fprintf(&b, "%s: %s\n", l["escalate_label"], fmt.Sprintf(l["escalate_text"],
			joinParts(d.Escalate.To.Name, d.Escalate.To.Email, d.Escalate.To.Phone), humanDuration(time.Duration(d.Escalate.After), l)))
	}
	if d.Hold {
		fmt.Fprintf(&b, "%s\n", l["hold"])
	}
	if d.Reach > 0 {
		fmt.Fprintf(&b, "%s: %d %s\n", l["reach_label"], d.Reach, l["followers"])
	}
	if d.Wave != nil {
		fmt.Fprintf(&b, "%s: %s\n", l["wave_label"], fmt.Sprintf(l["wave_text"], d.Wave.Count, d.Wave.Subject,
			humanDuration(time.Duration(d.Wave.Window), l), strconv.FormatFloat(d.Wave.Normal, 'f', -1, 64)))
		fmt.Fprintf(&b, "%s:\n  %s\n", l["holding_label"], d.Holding)
	}
	// Two features may weigh the same words ("kapotte" is a failure and
	// negative); the customer's words are shown once.
	var why []string
	shown := map[string]bool{}
	for _, r := range d.Why {
		if r.Text != "" && r.Weight != 0 && !shown[r.Text] {
			shown[r.Text] = true
			why = append(why, fmt.Sprintf("%q", r.Text))
		}
	}
	if len(why) > 0 {
		fmt.Fprintf(&b, "%s: %s\n", l["why_label"], strings.Join(why, ", "))
	}
	if len(d.Cues) > 0 {
		var cues []string
		for _, c := range d.Cues {
			kind := l["cue_"+string(c.Kind)]
			if kind == "" {
				kind = string(c.Kind)
			}
			cues = append(cues, fmt.Sprintf("%s %q", kind, c.Text))
		}
		fmt.Fprintf(&b, "%s: %s\n", l["cues_label"], strings.Join(cues, ", "))
	}
	if len(d.Advice) > 0 {
		fmt.Fprintf(&b, "%s:\n", l["advice_label"])
		for i, a := range d.Advice {
			fmt.Fprintf(&b, "  %d. %s\n", i+1, a)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// QueueLine is one line of the compact queue view: a decision and the
// message it is about, or an input error in its place.
type QueueLine struct {
	// Decision is the triage decision; unused when Err is set.
	Decision Decision
	// Text is the customer's message.
	Text string
	// Err is the input error of a record that could not be read.
	Err string
	// Where names the record, e.g. "queue.jsonl:4".
	Where string
}

// WriteQueue writes the compact queue view in the language lang (the
// matrix's): one line per message with priority, deadline, owner, subject
// and the first words of the message; a record that could not be read is
// a line with the error in its place.
func WriteQueue(w io.Writer, lang string, lines []QueueLine) error {
	l := triageFor(lang).Labels
	var b strings.Builder
	b.WriteString(l["queue_header"] + "\n")
	for _, q := range lines {
		if q.Err != "" {
			fmt.Fprintf(&b, "%-8s %s: %s\n", l["queue_error"], q.Where, q.Err)
			continue
		}
		d := q.Decision
		due := l["no_deadline"]
		if !d.Deadline.IsZero() {
			due = d.Deadline.Format("2006-01-02 15:04")
		}
		prio := d.Priority
		if d.Hold {
			prio += "!"
		}
		if d.NeedsHuman {
			prio += "?"
		}
		owner := personName(d.Owner.Name, d.Owner.Department, "")
		if d.OnCall != nil {
			owner = personName(d.OnCall.Name, d.OnCall.Department, owner)
		}
		fmt.Fprintf(&b, "%-8s %-17s %-32s %-14s %s\n", clip(prio, 8), due, clip(owner, 32), clip(d.Subject, 14), firstWords(q.Text, 60))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// joinParts joins the non-empty parts with ", ".
func joinParts(parts ...string) string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, strings.TrimSpace(p))
		}
	}
	return strings.Join(out, ", ")
}

// clip cuts s to n characters, with "…" when cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// firstWords returns the start of a message on one line, cut at a word
// boundary within n characters.
func firstWords(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + " …"
}
