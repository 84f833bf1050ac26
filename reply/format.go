package reply

import (
	"fmt"
	"io"
	"strings"
)

// WriteText writes the decision as a person reads it: priority and kind,
// the owner and how to reach them, the deadline, the cues and the advice
// steps, with labels in the message's language.
func (d Decision) WriteText(w io.Writer) error {
	l := triageFor(d.Lang).Labels
	var b strings.Builder
	cat := l["cat_"+string(d.Category)]
	if cat == "" {
		cat = string(d.Category)
	}
	fmt.Fprintf(&b, "%s: %s (%s %d) · %s: %s\n", l["priority"], d.Priority, l["level"], d.Level, l["category"], cat)
	owner := d.Owner.Name
	for _, part := range []string{d.Owner.Department, d.Owner.Email, d.Owner.Phone} {
		if part != "" {
			owner += ", " + part
		}
	}
	if owner != "" {
		fmt.Fprintf(&b, "%s: %s\n", l["owner_label"], strings.TrimPrefix(owner, ", "))
	}
	for i, c := range d.Contacts {
		if i == 0 {
			fmt.Fprintf(&b, "%s:\n", l["contacts_label"])
		}
		line := c.Name
		for _, part := range []string{c.Department, c.Email, c.Phone} {
			if part != "" {
				line += ", " + part
			}
		}
		fmt.Fprintf(&b, "  - %s\n", strings.TrimPrefix(line, ", "))
	}
	fmt.Fprintf(&b, "%s: %s", l["respond_within"], d.RespondWithin)
	if !d.Deadline.IsZero() {
		fmt.Fprintf(&b, " (%s %s)", l["deadline"], d.Deadline.Format("2006-01-02 15:04"))
	}
	b.WriteString("\n")
	if d.Hold {
		fmt.Fprintf(&b, "%s\n", l["hold"])
	}
	if d.Topic != "" && d.Volume > 1 {
		fmt.Fprintf(&b, "%s: %s (%d %s)\n", l["topic_label"], d.Topic, d.Volume, l["messages"])
	}
	if len(d.Cues) > 0 {
		var cues []string
		for _, c := range d.Cues {
			cues = append(cues, fmt.Sprintf("%s %q", c.Kind, c.Text))
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
