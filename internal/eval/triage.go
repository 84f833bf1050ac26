package eval

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/replylint/replylint/reply"
)

// message is one labelled customer message: testdata/customer/nl_*.jsonl
// (the text in "incoming") or an English set of the same labels (the text
// in "in_reply_to").
type message struct {
	ID         string     `json:"id"`
	Lang       string     `json:"lang"`
	Incoming   string     `json:"incoming"`
	InReplyTo  string     `json:"in_reply_to"`
	Meta       reply.Meta `json:"meta"`
	Category   string     `json:"category"`
	Priority   string     `json:"priority"`
	NeedsHuman *bool      `json:"needs_human"`
	Hold       *bool      `json:"hold"`
	Subject    string     `json:"subject"`
	Signals    []string   `json:"signals"`
	where      string
}

func (m *message) text() string {
	if m.Incoming != "" {
		return m.Incoming
	}
	return m.InReplyTo
}

// risky reports whether a team lead labelled the message as privacy,
// safety or legal: by category or by signal. Such a message is never laag.
func (m *message) risky() bool {
	switch m.Category {
	case "safety", "legal-privacy":
		return true
	}
	for _, s := range m.Signals {
		switch s {
		case "privacy", "safety", "legal":
			return true
		}
	}
	return false
}

// labelSubjects maps the labels' subjects to the default matrix's.
var labelSubjects = map[string]string{
	"billing": "facturatie", "delivery": "bezorging", "product": "productveiligheid", "privacy": "privacy",
	"account": "account", "store": "winkel", "outage": "storing", "transport": "vervoer", "other": "algemeen",
}

// triageScore is triage's agreement with a team lead's labels.
type triageScore struct {
	n, category, priority, both, subject, subjectN int
	hold, holdN, human, humanN, riskLow, riskN     int
	// confusion counts label -> triage, for "category/priority" pairs.
	confusion map[string]map[string]int
	misses    []string
}

// scoreTriage triages each message alone with the default matrix, as
// `replylint triage` does, and counts agreement with its labels.
func scoreTriage(msgs []*message) *triageScore {
	s := &triageScore{confusion: map[string]map[string]int{}}
	m := reply.DefaultMatrix()
	for _, msg := range msgs {
		d := reply.TriageMessage(reply.Incoming{ID: msg.ID, Text: msg.text(), Lang: msg.Lang, Meta: msg.Meta}, m)
		s.n++
		cat, prio := string(d.Category) == msg.Category, d.Priority == msg.Priority
		if cat {
			s.category++
		}
		if prio {
			s.priority++
		}
		if cat && prio {
			s.both++
		}
		want, got := msg.Category+"/"+msg.Priority, string(d.Category)+"/"+d.Priority
		if s.confusion[want] == nil {
			s.confusion[want] = map[string]int{}
		}
		s.confusion[want][got]++
		var why []string
		if !cat || !prio {
			why = append(why, got+" want "+want)
		}
		if sub, ok := labelSubjects[msg.Subject]; ok {
			s.subjectN++
			if d.Subject == sub {
				s.subject++
			} else {
				why = append(why, "subject "+d.Subject+" want "+sub)
			}
		}
		if msg.Hold != nil {
			s.holdN++
			if d.Hold == *msg.Hold {
				s.hold++
			} else {
				why = append(why, fmt.Sprintf("hold %v want %v", d.Hold, *msg.Hold))
			}
		}
		if msg.NeedsHuman != nil {
			s.humanN++
			if d.NeedsHuman == *msg.NeedsHuman {
				s.human++
			} else {
				why = append(why, fmt.Sprintf("needs_human %v want %v", d.NeedsHuman, *msg.NeedsHuman))
			}
		}
		if msg.risky() {
			s.riskN++
			if d.Level == 0 {
				s.riskLow++
				why = append(why, "risk at "+d.Priority)
			}
		}
		if len(why) > 0 {
			line := fmt.Sprintf("%s %s: %s", msg.where, msg.ID, strings.Join(why, "; "))
			if len(msg.Signals) > 0 {
				line += " [" + strings.Join(msg.Signals, ",") + "]"
			}
			var cues []string
			for _, c := range d.Cues {
				cues = append(cues, string(c.Kind)+":"+c.Text)
			}
			line += fmt.Sprintf("\n    %q\n    cues: %s", msg.text(), strings.Join(cues, " | "))
			s.misses = append(s.misses, line)
		}
	}
	return s
}

// readMessages reads a labelled .jsonl file of customer messages; errors
// name the file and line.
func readMessages(path string, r io.Reader) ([]*message, error) {
	return readLabelled(path, r, func(n int, msg *message) error {
		if msg.text() == "" || msg.Category == "" || msg.Priority == "" {
			return errors.New("a labelled message needs incoming (or in_reply_to), category and priority")
		}
		msg.where = fmt.Sprintf("%s:%d", path, n)
		return nil
	})
}

// writeTriage prints the agreement figures and the confusion table
// (labelled category/priority against triage's, disagreements only).
func writeTriage(w io.Writer, s *triageScore) {
	fmt.Fprintf(w, "%d labelled messages\n", s.n)
	row := func(name string, k, n int) {
		fmt.Fprintf(w, "%-12s %4d/%-4d %5.1f%%\n", name, k, n, pct(k, n))
	}
	row("category", s.category, s.n)
	row("priority", s.priority, s.n)
	row("both", s.both, s.n)
	row("subject", s.subject, s.subjectN)
	row("hold", s.hold, s.holdN)
	row("needs_human", s.human, s.humanN)
	fmt.Fprintf(w, "privacy/safety/legal at laag: %d of %d\n", s.riskLow, s.riskN)
	fmt.Fprintf(w, "\nconfusion (label -> triage, n)\n")
	wants := make([]string, 0, len(s.confusion))
	for k := range s.confusion {
		wants = append(wants, k)
	}
	sort.Strings(wants)
	for _, want := range wants {
		gots := make([]string, 0, len(s.confusion[want]))
		total := 0
		for g, n := range s.confusion[want] {
			gots = append(gots, g)
			total += n
		}
		sort.Slice(gots, func(i, j int) bool {
			a, b := s.confusion[want][gots[i]], s.confusion[want][gots[j]]
			return a > b || a == b && gots[i] < gots[j]
		})
		var cells []string
		for _, g := range gots {
			mark := ""
			if g == want {
				mark = "="
			}
			cells = append(cells, fmt.Sprintf("%s%s %d", mark, g, s.confusion[want][g]))
		}
		fmt.Fprintf(w, "%-28s %3d  %s\n", want, total, strings.Join(cells, ", "))
	}
}

func pct(k, n int) float64 {
	if n == 0 {
		return 0
	}
	return 100 * float64(k) / float64(n)
}
