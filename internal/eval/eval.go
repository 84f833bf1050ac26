// Package eval scores replylint's rules on labelled replies, and triage
// on labelled customer messages; main.go in this directory runs it:
//
//	go run ./internal/eval/main.go [-v] [-rule ID] [-info IDs] FILE.jsonl...
//	go run ./internal/eval/main.go -triage [-v] FILE.jsonl...
//
// With -triage each line is a message {"id", "lang", "incoming" or
// "in_reply_to", "meta", "category", "priority", "hold", "needs_human",
// "subject", "signals"} (testdata/customer/README.md); each is triaged
// alone with the default matrix, as `replylint triage` does, and it prints
// agreement on category, priority, both, subject, hold and needs_human, a
// confusion table, and how many privacy, safety or legal messages land at
// laag; -v lists each disagreement with the decision's cues.
//
// Each line of a file is a record {"id", "lang", "reply", "in_reply_to",
// "channel", "kind", "expect", "allow"}: expect lists the rules that must
// fire at warning or error, allow the rules that may; any other rule
// firing at warning or error is a false positive. Rules that need the
// customer's message are scored only on records with in_reply_to. It
// prints per rule the true and false positives, the false negatives,
// precision and recall, and the micro totals; -v lists each error.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// record is one labelled reply.
type record struct {
	ID        string   `json:"id"`
	Lang      string   `json:"lang"`
	Reply     string   `json:"reply"`
	InReplyTo *string  `json:"in_reply_to"`
	Channel   string   `json:"channel"`
	Kind      string   `json:"kind"`
	Expect    []string `json:"expect"`
	Allow     []string `json:"allow"`
	// where is "file:line", for error listings.
	where string
}

// counts are one rule's agreement with the labels.
type counts struct{ TP, FP, FN int }

func (c counts) precision() float64 {
	if c.TP+c.FP == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

func (c counts) recall() float64 {
	if c.TP+c.FN == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// miss is one disagreement with a label, for -v.
type miss struct {
	Rule, Kind string // Kind is "FP" or "FN"
	Rec        *record
	Words      string // what the rule flagged, for a false positive
}

// score lints every record and counts, per rule, agreement with its
// labels.
func score(recs []*record, info map[string]bool) (map[string]*counts, []miss) {
	out := map[string]*counts{}
	for _, r := range lint.Rules() {
		out[r.ID] = &counts{}
	}
	var misses []miss
	for _, rec := range recs {
		in := tone.Input{Text: rec.Reply, Lang: rec.Lang, Channel: rec.Channel, Kind: rec.Kind}
		if rec.InReplyTo != nil {
			in.Incoming = *rec.InReplyTo
		}
		res := lint.Lint(in, nil)
		fired := map[string]string{}
		for _, f := range res.Findings {
			if _, seen := fired[f.Rule]; (f.Severity >= lint.Warning || info[f.Rule]) && !seen {
				fired[f.Rule] = f.Span.In(rec.Reply)
			}
		}
		expect, allow := setOf(rec.Expect), setOf(rec.Allow)
		for _, r := range lint.Rules() {
			id := r.ID
			if r.NeedsIncoming && rec.InReplyTo == nil || allow[id] {
				continue
			}
			words, got := fired[id]
			c := out[id]
			switch {
			case got && expect[id]:
				c.TP++
			case got:
				c.FP++
				misses = append(misses, miss{Rule: id, Kind: "FP", Rec: rec, Words: words})
			case expect[id]:
				c.FN++
				misses = append(misses, miss{Rule: id, Kind: "FN", Rec: rec})
			}
		}
	}
	return out, misses
}

func setOf(list []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range list {
		m[s] = true
	}
	return m
}

// readRecords reads a labelled .jsonl file; errors name the file and line.
// Labels of rules the linter does not have (a rule a corpus labels ahead
// of its implementation, or a typo) are not scored; each is reported once
// on warn with the file and line where it first appears.
func readRecords(path string, r io.Reader, warn io.Writer) ([]*record, error) {
	unknown := map[string]bool{}
	return readLabelled(path, r, func(n int, rec *record) error {
		for _, id := range append(append([]string(nil), rec.Expect...), rec.Allow...) {
			if _, ok := lint.RuleByID(id); !ok && !unknown[id] {
				unknown[id] = true
				fmt.Fprintf(warn, "eval: %s:%d: the labels name rule %q, which the linter does not have; not scored\n", path, n, id)
			}
		}
		rec.where = fmt.Sprintf("%s:%d", path, n)
		return nil
	})
}

// readLabelled reads the non-blank lines of a labelled .jsonl file, each
// into a new T that check sees with its line number (it may refuse the
// line); errors name the file and line. It is the one reader of labelled
// replies (readRecords) and labelled messages (readMessages).
func readLabelled[T any](path string, r io.Reader, check func(n int, v *T) error) ([]*T, error) {
	var out []*T
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		v := new(T)
		if err := json.Unmarshal(line, v); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if err := check(n, v); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// readFiles reads the labelled files in paths with read, in order; an
// error is the first file's that fails.
func readFiles[T any](paths []string, read func(path string, r io.Reader) ([]*T, error)) ([]*T, error) {
	var out []*T
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		vs, err := read(path, f)
		f.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, vs...)
	}
	return out, nil
}

// writeTable prints the per-rule figures and the micro totals. Rules with
// nothing to count are left out.
func writeTable(w io.Writer, c map[string]*counts, n int) {
	ids := make([]string, 0, len(c))
	for id := range c {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	fmt.Fprintf(w, "%d labelled replies\n", n)
	fmt.Fprintf(w, "%-16s %4s %4s %4s %6s %6s\n", "rule", "tp", "fp", "fn", "P", "R")
	var tot counts
	for _, id := range ids {
		k := c[id]
		if k.TP+k.FP+k.FN == 0 {
			continue
		}
		tot.TP, tot.FP, tot.FN = tot.TP+k.TP, tot.FP+k.FP, tot.FN+k.FN
		fmt.Fprintf(w, "%-16s %4d %4d %4d %6.2f %6.2f\n", id, k.TP, k.FP, k.FN, k.precision(), k.recall())
	}
	fmt.Fprintf(w, "%-16s %4d %4d %4d %6.2f %6.2f\n", "micro", tot.TP, tot.FP, tot.FN, tot.precision(), tot.recall())
}

// writeMisses lists the disagreements, grouped by rule.
func writeMisses(w io.Writer, ms []miss, only string) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Rule < ms[j].Rule })
	for _, m := range ms {
		if only != "" && m.Rule != only {
			continue
		}
		fmt.Fprintf(w, "%s %-15s %s", m.Kind, m.Rule, m.Rec.where)
		if m.Rec.ID != "" {
			fmt.Fprintf(w, " %s", m.Rec.ID)
		}
		if m.Words != "" {
			fmt.Fprintf(w, " flagged %q", m.Words)
		}
		fmt.Fprintf(w, "\n    reply: %q\n", m.Rec.Reply)
		if m.Rec.InReplyTo != nil {
			fmt.Fprintf(w, "    to:    %q\n", *m.Rec.InReplyTo)
		}
	}
}

// runTriage scores triage on the labelled message files in paths.
func runTriage(paths []string, verbose bool, stdout, stderr io.Writer) int {
	msgs, err := readFiles(paths, readMessages)
	if err != nil {
		fmt.Fprintf(stderr, "eval: %v\n", err)
		return 2
	}
	s := scoreTriage(msgs)
	if verbose {
		for _, m := range s.misses {
			fmt.Fprintln(stdout, m)
		}
		fmt.Fprintln(stdout)
	}
	writeTriage(stdout, s)
	return 0
}

// Run scores the labelled files named in args (after the flags) and
// writes the table to stdout; it returns the exit status: 0, or 2 for a
// usage or input error (named by file and line on stderr).
func Run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	verbose := fs.Bool("v", false, "list every false positive and false negative")
	only := fs.String("rule", "", "with -v, list the errors of this rule only")
	infoList := fs.String("info", "", "comma-separated rules that count at info level too (advisory rules a corpus labels)")
	triage := fs.Bool("triage", false, "score triage (default matrix) on labelled customer messages instead of the rules on replies")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: go run ./internal/eval/main.go [-v] [-rule ID] [-info IDs] FILE.jsonl...\n       go run ./internal/eval/main.go -triage [-v] FILE.jsonl...\n\nScores the rules on labelled replies (expect/allow per record), or with\n-triage triage on labelled messages (category, priority, hold, needs_human).\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	if *triage {
		return runTriage(fs.Args(), *verbose, stdout, stderr)
	}
	if _, ok := lint.RuleByID(*only); *only != "" && !ok {
		fmt.Fprintf(stderr, "eval: unknown rule %q\n", *only)
		return 2
	}
	recs, err := readFiles(fs.Args(), func(path string, r io.Reader) ([]*record, error) {
		return readRecords(path, r, stderr)
	})
	if err != nil {
		fmt.Fprintf(stderr, "eval: %v\n", err)
		return 2
	}
	info := map[string]bool{}
	for _, id := range strings.Split(*infoList, ",") {
		if id = strings.TrimSpace(id); id == "" {
			continue
		}
		if _, ok := lint.RuleByID(id); !ok {
			fmt.Fprintf(stderr, "eval: unknown rule %q in -info\n", id)
			return 2
		}
		info[id] = true
	}
	c, ms := score(recs, info)
	if *verbose {
		writeMisses(stdout, ms, *only)
		fmt.Fprintln(stdout)
	}
	writeTable(stdout, c, len(recs))
	return 0
}
