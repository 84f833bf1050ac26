package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/replylint/replylint/internal/drive"
	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/reply"
	"github.com/replylint/replylint/tone"
)

const triageUsage = `Usage: replylint triage [flags] [FILE|-]

Triages an incoming customer message through the escalation matrix: what
it is (complaint, question, compliment, or a risk), the subject and the
department and owner that have the answer, the priority, deadline, who is
on call and to whom it escalates, and the advice steps (escalatiematrix and webcarecrisis).

A .jsonl file is a queue, one message per line
({"id","incoming","lang","customer","time","meta":{"followers","verified"}}),
shown one line per message (--format queue, the default for a queue):
priority, deadline, owner, subject and the first words, most urgent first.
Messages on one subject well above the matrix's baseline within its wave
window are a wave and share one standard holding message. A line that
cannot be read is reported in its place; the rest is triaged and the exit
status is 2.

The matrix is --matrix, else escalation.yaml in the input's directory or a
parent, else the built-in Dutch default ('replylint init' writes it). The
output is in the matrix's language.

Flags:
`

const draftUsage = `Usage: replylint draft [flags] [FILE|-]

Drafts a first reply to an incoming customer message that follows its
triage: the customer's situation said back in our own words (never a quote
of theirs), an apology for a complaint, the next step as a placeholder to
fill in, a DM for personal matters, je or u as the customer writes, name
and role. A message that waits for its owner (press, a legal threat) gets
no public draft but a note saying who to involve; a journalist is pointed
to the spokesperson; a crisis gets the one standard holding message. A
.jsonl queue is drafted message by message: every message in one wave
gets the same holding message. Every draft passes replylint's rules.

--kind holding writes the holding message. --kind statement --facts FILE
writes a crisis statement of 150 to 300 words from a YAML file of facts
(brand, incident, kind, what_to_do, situation, since, affected, cause,
at_fault, actions, when, info_page, contact, spokesperson, role; Dutch keys
such as oorzaak, maatregelen, wat_nu_doen and infopagina work too). With
facts missing it writes the holding message and lists what is missing.

Profile values come from the flags, else from the "profile:" section of
.replylint.yaml (agent, role, brand, dm, phone, email, info_page).

Flags:
`

// replyOptions are the flags of triage and draft.
type replyOptions struct {
	format, configPath, matrixPath, lang, customer, kind string
	agent, role, brand, infoPage, incident, update       string
	stdinName, factsPath                                 string
	seed                                                 uint64
	followers                                            int
	verified                                             bool
}

func runTriage(args []string, e *env) int {
	var o replyOptions
	fs := flag.NewFlagSet("replylint triage", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { fmt.Fprint(fs.Output(), triageUsage); fs.PrintDefaults() }
	fs.StringVar(&o.format, "format", "", "output format: text, json or queue (default: text for one message, queue for a .jsonl queue)")
	fs.StringVar(&o.matrixPath, "matrix", "", "escalation matrix `PATH` (default: escalation.yaml upwards, else built in)")
	fs.StringVar(&o.lang, "lang", "", "message language: nl, en or auto")
	fs.StringVar(&o.stdinName, "stdin-filename", "", "`NAME` of stdin (a .jsonl name reads a batch)")
	fs.IntVar(&o.followers, "followers", 0, "the sender's follower count `N`, for one message")
	fs.BoolVar(&o.verified, "verified", false, "the sender's account is verified, for one message")
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(err)
	}
	if o.format != "" && o.format != "text" && o.format != "json" && o.format != "queue" {
		return usageError(e, "unknown --format %q (want text, json or queue)", o.format)
	}
	if o.followers < 0 {
		return usageError(e, "--followers %d: want a number of followers, 0 or more", o.followers)
	}
	if len(files) > 1 {
		return usageError(e, "triage reads one file, got %d", len(files))
	}
	name := "-"
	if len(files) == 1 {
		name = files[0]
	}
	where := name
	if name == "-" && o.stdinName != "" {
		where = o.stdinName
	}
	m, err := loadMatrix(o.matrixPath, where)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitError
	}
	data, path, err := readInput(name, o.stdinName, e)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitError
	}
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	if input.FormatOf(path) != input.JSONL {
		d := reply.TriageMessage(reply.Incoming{Text: string(data), Lang: o.lang,
			Meta: reply.Meta{Followers: o.followers, Verified: o.verified}}, m)
		switch o.format {
		case "json":
			return writeJSON(w, e, d)
		case "queue":
			reply.WriteQueue(w, matrixLang(m), []reply.QueueLine{{Decision: d, Text: string(data)}})
		default:
			d.WriteText(w)
		}
		return exitOK
	}
	batch, bad := readBatch(path, data, o.lang, matrixLang(m))
	var items []reply.Incoming
	var at []int // the line of each good record
	for _, r := range batch {
		if r.err == "" {
			items = append(items, r.in)
			at = append(at, r.line)
		}
	}
	queue := reply.TriageBatch(items, m)
	// The queue is sorted by urgency; records that could not be read
	// follow it, each with its line, so none is lost silently.
	type entry struct {
		d    *reply.Decision
		line int
		err  string
	}
	var out []entry
	for i := range queue {
		out = append(out, entry{d: &queue[i], line: at[queue[i].Index]})
	}
	for _, r := range batch {
		if r.err != "" {
			out = append(out, entry{line: r.line, err: r.err})
		}
	}
	switch o.format {
	case "json":
		var recs []any
		for _, en := range out {
			if en.err != "" {
				recs = append(recs, map[string]any{"line": en.line, "error": en.err})
				continue
			}
			recs = append(recs, en.d)
		}
		if recs == nil {
			recs = []any{}
		}
		if code := writeJSON(w, e, recs); code != exitOK {
			return code
		}
	case "text":
		for i, en := range out {
			if i > 0 {
				w.WriteString("\n")
			}
			if en.err != "" {
				fmt.Fprintf(w, "%s:%d: %s\n", path, en.line, en.err)
				continue
			}
			fmt.Fprintf(w, "#%d %s\n", i+1, firstNonEmpty(en.d.ID, fmt.Sprintf("%s:%d", path, en.line)))
			en.d.WriteText(w)
		}
	default:
		var lines []reply.QueueLine
		for _, en := range out {
			if en.err != "" {
				lines = append(lines, reply.QueueLine{Err: en.err, Where: fmt.Sprintf("%s:%d", path, en.line)})
				continue
			}
			lines = append(lines, reply.QueueLine{Decision: *en.d, Text: items[en.d.Index].Text})
		}
		reply.WriteQueue(w, matrixLang(m), lines)
	}
	if bad > 0 {
		w.Flush()
		for _, r := range batch {
			if r.err != "" {
				fmt.Fprintf(e.stderr, "%s:%d: %s\n", path, r.line, r.err)
			}
		}
		return exitError
	}
	return exitOK
}

// matrixLang is the language of triage output: the matrix's.
func matrixLang(m *reply.Matrix) string {
	if m == nil {
		return reply.DefaultMatrix().Lang
	}
	return m.Lang
}

func runDraft(args []string, e *env) int {
	var o replyOptions
	fs := flag.NewFlagSet("replylint draft", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { fmt.Fprint(fs.Output(), draftUsage); fs.PrintDefaults() }
	fs.StringVar(&o.format, "format", "text", "output format: text (the draft) or json (with score and placeholders)")
	fs.StringVar(&o.configPath, "config", "", "config `PATH` (default: .replylint.yaml upwards)")
	fs.StringVar(&o.lang, "lang", "", "language: nl, en or auto")
	fs.StringVar(&o.customer, "customer", "", "the customer's name or handle")
	fs.StringVar(&o.kind, "kind", "reply", "reply, holding or statement")
	fs.StringVar(&o.factsPath, "facts", "", "YAML `FILE` with the facts of a crisis, for --kind statement")
	fs.StringVar(&o.matrixPath, "matrix", "", "escalation matrix `PATH` (default: escalation.yaml upwards, else built in)")
	fs.StringVar(&o.agent, "agent", "", "your name, for the sign-off")
	fs.StringVar(&o.role, "role", "", "your role, for the sign-off")
	fs.StringVar(&o.brand, "brand", "", "the company's name")
	fs.StringVar(&o.infoPage, "info-page", "", "the incident's info page (holding messages)")
	fs.StringVar(&o.incident, "incident", "", "what is going on (holding messages)")
	fs.StringVar(&o.update, "next-update", "", "when the next update comes (holding messages)")
	fs.Uint64Var(&o.seed, "seed", 0, "vary the wording: the same message and seed give the same draft")
	fs.StringVar(&o.stdinName, "stdin-filename", "", "`NAME` of stdin, to find the config")
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(err)
	}
	if o.format != "text" && o.format != "json" {
		return usageError(e, "unknown --format %q (want text or json)", o.format)
	}
	if o.kind != tone.KindReply && o.kind != tone.KindHolding && o.kind != tone.KindStatement {
		return usageError(e, "unknown --kind %q (want reply, holding or statement)", o.kind)
	}
	if o.factsPath != "" && o.kind != tone.KindStatement {
		return usageError(e, "--facts needs --kind statement")
	}
	if o.kind == tone.KindStatement && o.factsPath != "" {
		return runStatement(o, e)
	}
	if len(files) > 1 {
		return usageError(e, "draft reads one message, got %d", len(files))
	}
	name := "-"
	if len(files) == 1 {
		name = files[0]
	}
	data, path, err := readInput(name, o.stdinName, e)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitError
	}
	team, err := loadTeam(o.configPath, inputDir(path))
	if err != nil {
		fmt.Fprintln(e.stderr, configMessage(o.configPath, err))
		return exitError
	}
	cfg := team.Lint
	m, err := loadMatrix(o.matrixPath, path)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitError
	}
	// The flags win over the config's profile.
	p := team.DraftProfile(reply.Profile{Agent: o.agent, Role: o.role, Brand: o.brand,
		InfoPage: o.infoPage, Incident: o.incident, NextUpdate: o.update, Seed: o.seed, Matrix: m})
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	if input.FormatOf(path) == input.JSONL && o.kind == tone.KindReply {
		return draftQueue(w, e, path, data, o, p)
	}
	d := reply.Draft(tone.Input{Incoming: string(data), Lang: o.lang, Customer: o.customer, Kind: o.kind}, p)
	if o.format == "json" {
		return writeJSON(w, e, draftJSON(d, cfg))
	}
	writeDraftText(w, e, d)
	return exitOK
}

// draftJSON is the JSON form of a draft: the text, its kind, whether it
// is clean (ready to send: no finding and no slot left) and whether it
// passes the rules apart from its slots, its placeholders, score and findings, and for a held message
// the note; for a statement the facts still missing.
func draftJSON(d reply.Reply, cfg *lint.Config) map[string]any {
	out := map[string]any{
		"draft": d.Text, "kind": d.Kind, "clean": d.Clean, "passes_rules": d.PassesRules(), "placeholders": d.Placeholders,
		"hold": d.Hold, "lang": d.Lang,
	}
	if d.Address != "" {
		out["address"] = d.Address
	}
	if d.Note != "" {
		out["note"] = d.Note
	}
	if len(d.Missing) > 0 {
		out["missing"] = d.Missing
	}
	if d.Text != "" {
		res := d.Lint(cfg)
		out["score"], out["findings"] = res.Score, res.Findings
	} else {
		out["findings"] = []lint.Finding{}
	}
	return out
}

// writeDraftText prints a draft as it would be posted; a held message
// prints the note for the team instead, and missing facts go to stderr.
func writeDraftText(w *bufio.Writer, e *env, d reply.Reply) {
	if d.Hold {
		fmt.Fprintln(w, d.Note)
		return
	}
	fmt.Fprintln(w, d.Text)
	if len(d.Missing) > 0 {
		w.Flush()
		fmt.Fprintf(e.stderr, "%s: %s\n", reply.MissingHeading(d.Lang), reply.MissingText(d.Lang, d.Missing))
	}
	if len(d.Placeholders) > 0 && e.tty {
		fmt.Fprintf(w, "\n(%d placeholder(s) to fill in)\n", len(d.Placeholders))
	}
}

// runStatement writes a crisis statement from a facts file.
func runStatement(o replyOptions, e *env) int {
	f, err := reply.LoadFacts(o.factsPath)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitError
	}
	// The facts file wins; flags fill what it leaves open, then the
	// config's profile.
	f.Lang = cmp.Or(f.Lang, o.lang)
	f.Spokesperson = cmp.Or(f.Spokesperson, o.agent)
	f.Role = cmp.Or(f.Role, o.role)
	f.Brand = cmp.Or(f.Brand, o.brand)
	f.InfoPage = cmp.Or(f.InfoPage, o.infoPage)
	f.Incident = cmp.Or(f.Incident, o.incident)
	team, err := loadTeam(o.configPath, inputDir(o.factsPath))
	if err != nil {
		fmt.Fprintln(e.stderr, configMessage(o.configPath, err))
		return exitError
	}
	f = team.Facts(f)
	cfg := team.Lint
	d := reply.Statement(f)
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	if o.format == "json" {
		out := draftJSON(d, cfg)
		out["words"] = d.Words
		return writeJSON(w, e, out)
	}
	writeDraftText(w, e, d)
	return exitOK
}

// draftQueue drafts every message of a .jsonl queue, one JSON object per
// line in queue order: {"id","priority","hold","kind","draft","note"}.
// Lines that cannot be read are reported as in triage, and exit 2.
func draftQueue(w *bufio.Writer, e *env, path string, data []byte, o replyOptions, p reply.Profile) int {
	batch, bad := readBatch(path, data, o.lang, matrixLang(p.Matrix))
	var items []reply.Incoming
	for _, r := range batch {
		if r.err == "" {
			items = append(items, r.in)
		}
	}
	queue, drafts := reply.DraftBatch(items, p)
	enc := json.NewEncoder(w)
	for i, d := range drafts {
		rec := map[string]any{"id": queue[i].ID, "priority": queue[i].Priority, "hold": d.Hold, "kind": d.Kind, "draft": d.Text}
		if d.Note != "" {
			rec["note"] = d.Note
		}
		if err := enc.Encode(rec); err != nil {
			fmt.Fprintln(e.stderr, "replylint:", err)
			return exitError
		}
	}
	for _, r := range batch {
		if r.err != "" {
			enc.Encode(map[string]any{"line": r.line, "error": r.err})
		}
	}
	if bad > 0 {
		w.Flush()
		for _, r := range batch {
			if r.err != "" {
				fmt.Fprintf(e.stderr, "%s:%d: %s\n", path, r.line, r.err)
			}
		}
		return exitError
	}
	return exitOK
}

// readInput reads the message or batch for triage and draft: a file, or
// stdin named by --stdin-filename. A batch may hold many messages.
func readInput(name, stdinName string, e *env) ([]byte, string, error) {
	return readMessage(name, firstNonEmpty(stdinName, stdinPath), 64*lint.DefaultMaxReplyBytes, "the message", "empty message; nothing to do", e)
}

// batchRecord is one line of a .jsonl queue: a message, or why it could
// not be read.
type batchRecord struct {
	in   reply.Incoming
	line int
	err  string
}

// readBatch parses a .jsonl queue of incoming messages. A line that cannot
// be read becomes a record with an error in the team's language; the
// count of those is returned too.
func readBatch(path string, data []byte, lang, uiLang string) ([]batchRecord, int) {
	var out []batchRecord
	bad := 0
	msg := batchErrors[uiLang]
	if msg == nil {
		msg = batchErrors["en"]
	}
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		rec := batchRecord{line: i + 1}
		var in reply.Incoming
		dec := json.NewDecoder(strings.NewReader(line))
		switch err := dec.Decode(&in); {
		case err != nil:
			rec.err = msg["json"]
			if uiLang != "nl" {
				rec.err = fmt.Sprintf(msg["json"], strings.TrimPrefix(err.Error(), "json: "))
			}
		case strings.TrimSpace(in.Text) == "":
			rec.err = msg["empty"]
		}
		if rec.err != "" {
			bad++
		} else {
			if in.Lang == "" {
				in.Lang = lang
			}
			rec.in = in
		}
		out = append(out, rec)
	}
	return out, bad
}

// batchErrors are the messages about a bad queue line, per language.
var batchErrors = map[string]map[string]string{
	"nl": {
		"json":  "geen geldig bericht: schrijf één volledig JSON-object per regel, zoals {\"id\":\"1\",\"incoming\":\"…\"}",
		"empty": "het bericht heeft geen tekst: zet die in \"incoming\"",
	},
	"en": {
		"json":  "not a valid record (%s): write one JSON object per line, such as {\"id\":\"1\",\"incoming\":\"…\"}",
		"empty": "the record has no text: put it in \"incoming\"",
	},
}

// loadMatrix reads --matrix, or escalation.yaml found upwards from the
// input, or returns the built-in matrix (nil).
func loadMatrix(flagPath, inputPath string) (*reply.Matrix, error) {
	path := drive.MatrixPath(flagPath, inputDir(inputPath))
	if path == "" {
		return nil, nil
	}
	return reply.LoadMatrix(path)
}

// loadTeam reads the config that governs dir (drive.Configs): --config
// when flagPath is set, else the nearest config file up, else the
// defaults.
func loadTeam(flagPath, dir string) (*drive.Team, error) {
	c := drive.Configs{Path: flagPath, Static: true, Name: shortPath}
	return c.For(dir)
}

// inputDir is the directory whose config governs an input: a file's, or
// --stdin-filename's for stdin, else the working directory.
func inputDir(inputPath string) string {
	if inputPath == stdinPath || inputPath == "" {
		return "."
	}
	return filepath.Dir(inputPath)
}

func writeJSON(w *bufio.Writer, e *env, v any) int {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		fmt.Fprintln(e.stderr, "replylint:", err)
		return exitError
	}
	return exitOK
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
