package train

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// record is one labelled message: a customer's message with whether it
// is a complaint, or a labelled exchange of the linter's corpus (a reply,
// the message it answers and the rules that must fire).
type record struct {
	ID        string   `json:"id"`
	Lang      string   `json:"lang"`
	Domain    string   `json:"domain"` // the ACL tweets' domain: apparel, electronics, …, random_tweet
	Text      string   `json:"text"`
	Incoming  string   `json:"incoming"`
	Message   string   `json:"message"`
	InReplyTo *string  `json:"in_reply_to"`
	Reply     string   `json:"reply"`
	Channel   string   `json:"channel"`
	Complaint *bool    `json:"complaint"`
	Intent    string   `json:"intent"`
	Expect    []string `json:"expect"`
	Allow     []string `json:"allow"`
	// Signals, NeedsHuman and Reach label the reading beyond complaint
	// (testdata/customer).
	Signals    []string `json:"signals"`
	NeedsHuman *bool    `json:"needs_human"`
	Reach      *int     `json:"reach"`
}

// message returns the customer's words of a record.
func (r record) message() string {
	switch {
	case r.Text != "":
		return r.Text
	case r.Incoming != "":
		return r.Incoming
	case r.Message != "":
		return r.Message
	case r.InReplyTo != nil:
		return *r.InReplyTo
	}
	return ""
}

// label returns whether the record's message is a complaint, and whether
// the record says.
func (r record) label() (complaint, ok bool) {
	switch {
	case r.Complaint != nil:
		return *r.Complaint, true
	case r.Intent != "":
		return r.Intent == "complaint", true
	}
	return false, false
}

// readRecords reads a JSON-lines file; errors name the file and line.
func readRecords(path string) ([]record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// counts are a confusion matrix for the complaint class.
type counts struct{ tp, fp, fn, tn int }

func (c *counts) add(pred, gold bool) {
	switch {
	case pred && gold:
		c.tp++
	case pred:
		c.fp++
	case gold:
		c.fn++
	default:
		c.tn++
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// prf returns precision, recall and F1 of the complaint class.
func (c counts) prf() (p, r, f float64) {
	p, r = ratio(c.tp, c.tp+c.fp), ratio(c.tp, c.tp+c.fn)
	return p, r, f1(p, r)
}

// macroF1 is the mean F1 of the complaint and the other class.
func (c counts) macroF1() float64 {
	_, _, fc := c.prf()
	inv := counts{tp: c.tn, fp: c.fn, fn: c.fp, tn: c.tp}
	_, _, fo := inv.prf()
	return (fc + fo) / 2
}

func (c counts) String() string {
	p, r, f := c.prf()
	return fmt.Sprintf("n=%d complaint P=%.3f R=%.3f F1=%.3f macro-F1=%.3f (tp=%d fp=%d fn=%d tn=%d)",
		c.tp+c.fp+c.fn+c.tn, p, r, f, c.macroF1(), c.tp, c.fp, c.fn, c.tn)
}

// Evaluate prints the complaint figures of ReadMessage on a labelled file,
// and for a file of labelled exchanges the apology-missing rule's.
func Evaluate(w io.Writer, path string, verbose bool) error {
	recs, err := readRecords(path)
	if err != nil {
		return err
	}
	var msg, rule, human counts
	unsure := 0
	sig := map[string]*counts{}
	for _, r := range recs {
		text := r.message()
		if gold, ok := r.label(); ok && text != "" {
			m := tone.ReadMessage(text, langOf(r))
			msg.add(m.Complaint, gold)
			if m.NeedsHuman {
				unsure++
			}
			if r.NeedsHuman != nil {
				human.add(m.NeedsHuman, *r.NeedsHuman)
				if verbose && m.NeedsHuman != *r.NeedsHuman {
					fmt.Fprintf(w, "%s\tneeds_human gold=%v p=%.2f\t%s\n", r.ID, *r.NeedsHuman, m.Confidence, oneLine(text))
				}
			}
			if r.Signals != nil {
				for _, s := range []string{"sarcasm", "abuse", "privacy", "safety", "legal", "press", "churn", "reach", "outage"} {
					if sig[s] == nil {
						sig[s] = &counts{}
					}
					gold := slices.Contains(r.Signals, s)
					got := m.Has(tone.Signal(s))
					sig[s].add(got, gold)
					if verbose && got != gold {
						fmt.Fprintf(w, "%s\tsignal %s gold=%v\t%s\n", r.ID, s, gold, oneLine(text))
					}
				}
			}
			if verbose && m.Complaint != gold {
				fmt.Fprintf(w, "%s\tgold=%v p=%.2f\t%s\t%s\n", r.ID, gold, m.Confidence, why(m), oneLine(text))
			}
		}
		if r.Reply != "" && r.InReplyTo != nil && !slices.Contains(r.Allow, "apology-missing") {
			res := lint.Lint(tone.Input{Text: r.Reply, Incoming: *r.InReplyTo, Lang: r.Lang, Channel: r.Channel}, nil)
			fired := false
			for _, f := range res.Findings {
				fired = fired || f.Rule == "apology-missing" && f.Severity >= lint.Warning
			}
			gold := slices.Contains(r.Expect, "apology-missing")
			rule.add(fired, gold)
			if verbose && fired != gold {
				fmt.Fprintf(w, "%s\tapology-missing gold=%v\t%s\n", r.ID, gold, oneLine(*r.InReplyTo))
			}
		}
	}
	if n := msg.tp + msg.fp + msg.fn + msg.tn; n > 0 {
		fmt.Fprintf(w, "%s: %s; needs a human: %d\n", path, msg, unsure)
	}
	if n := human.tp + human.fp + human.fn + human.tn; n > 0 {
		p, r, _ := human.prf()
		fmt.Fprintf(w, "%s: needs_human P=%.3f R=%.3f (tp=%d fp=%d fn=%d)\n", path, p, r, human.tp, human.fp, human.fn)
	}
	for _, s := range []string{"sarcasm", "abuse", "privacy", "safety", "legal", "press", "churn", "reach", "outage"} {
		if c := sig[s]; c != nil && c.tp+c.fn+c.fp > 0 {
			p, r, _ := c.prf()
			fmt.Fprintf(w, "%s: signal %-8s P=%.3f R=%.3f (tp=%d fp=%d fn=%d)\n", path, s, p, r, c.tp, c.fp, c.fn)
		}
	}
	if n := rule.tp + rule.fp + rule.fn + rule.tn; n > 0 {
		p, r, f := rule.prf()
		fmt.Fprintf(w, "%s: apology-missing n=%d P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)\n", path, n, p, r, f, rule.tp, rule.fp, rule.fn)
	}
	return nil
}

func langOf(r record) string {
	if r.Lang == "nl" || r.Lang == "en" {
		return r.Lang
	}
	return ""
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 160 {
		s = s[:160]
	}
	return s
}

func why(m *tone.Message) string {
	var s []string
	for _, w := range m.Why {
		s = append(s, fmt.Sprintf("%s%+.1f", w.Feature, w.Weight))
	}
	return strings.Join(s, " ")
}
