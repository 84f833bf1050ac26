package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/reply"
	"github.com/replylint/replylint/tone"
)

const triageUsage = `Usage: replylint triage [flags] [FILE|-]

Triages an incoming customer message through the escalation matrix:
category, priority, the owner and how to reach them, the deadline and the
advice steps (seeds 000 and 001). A .jsonl file is a batch, one message per
line ({"id","incoming","lang","customer","time","meta":{"followers","verified"}}),
triaged as a queue sorted by priority and deadline, with topic volume.

The matrix is --matrix, else escalation.yaml in the input's directory or a
parent, else the built-in Dutch default ('replylint init' writes it).

Flags:
`

const draftUsage = `Usage: replylint draft [flags] [FILE|-]

Drafts a first reply to an incoming customer message: it greets the
customer, picks up their words with real empathy, apologises for a
complaint, states the next step as a placeholder to fill in, moves
personal matters to DM, matches je/u and signs with name and role. Every
draft passes replylint's rules. --kind holding writes a holding message.

Profile values come from the flags, else from the "profile:" section of
.replylint.yaml (agent, role, brand, dm, phone, email, info_page).

Flags:
`

// replyOptions are the flags of triage and draft.
type replyOptions struct {
	format, configPath, matrixPath, lang, customer, kind string
	agent, role, brand, infoPage, incident, update       string
	stdinName                                            string
	seed                                                 uint64
}

func runTriage(args []string, e *env) int {
	var o replyOptions
	fs := flag.NewFlagSet("replylint triage", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { fmt.Fprint(fs.Output(), triageUsage); fs.PrintDefaults() }
	fs.StringVar(&o.format, "format", "text", "output format: text or json")
	fs.StringVar(&o.matrixPath, "matrix", "", "escalation matrix `PATH` (default: escalation.yaml upwards, else built in)")
	fs.StringVar(&o.lang, "lang", "", "message language: nl, en or auto")
	fs.StringVar(&o.stdinName, "stdin-filename", "", "`NAME` of stdin (a .jsonl name reads a batch)")
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(err)
	}
	if o.format != "text" && o.format != "json" {
		return usageError(e, "unknown --format %q (want text or json)", o.format)
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
		d := reply.TriageMessage(reply.Incoming{Text: string(data), Lang: o.lang}, m)
		if o.format == "json" {
			return writeJSON(w, e, d)
		}
		d.WriteText(w)
		return exitOK
	}
	batch, err := readBatch(path, data, o.lang)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitError
	}
	queue := reply.TriageBatch(batch, m)
	if o.format == "json" {
		return writeJSON(w, e, queue)
	}
	for i, d := range queue {
		if i > 0 {
			w.WriteString("\n")
		}
		fmt.Fprintf(w, "#%d %s\n", i+1, firstNonEmpty(d.ID, fmt.Sprintf("%s:%d", path, d.Index+1)))
		d.WriteText(w)
	}
	return exitOK
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
	fs.StringVar(&o.kind, "kind", "reply", "reply or holding")
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
	if o.kind != tone.KindReply && o.kind != tone.KindHolding {
		return usageError(e, "unknown --kind %q (want reply or holding)", o.kind)
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
	p, cfg, err := loadProfile(o.configPath, path)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitError
	}
	for _, f := range []struct {
		flag string
		val  *string
	}{{o.agent, &p.Agent}, {o.role, &p.Role}, {o.brand, &p.Brand},
		{o.infoPage, &p.InfoPage}, {o.incident, &p.Incident}, {o.update, &p.NextUpdate}} {
		if f.flag != "" {
			*f.val = f.flag
		}
	}
	p.Seed, p.Lint = o.seed, cfg
	d := reply.Draft(tone.Input{Incoming: string(data), Lang: o.lang, Customer: o.customer, Kind: o.kind}, p)
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	if o.format == "json" {
		res := d.Lint(cfg)
		return writeJSON(w, e, map[string]any{
			"draft": d.Text, "kind": d.Kind, "clean": d.Clean, "placeholders": d.Placeholders,
			"score": res.Score, "findings": res.Findings,
		})
	}
	fmt.Fprintln(w, d.Text)
	if len(d.Placeholders) > 0 && e.tty {
		fmt.Fprintf(w, "\n(%d placeholder(s) to fill in)\n", len(d.Placeholders))
	}
	return exitOK
}

// readInput reads the message or batch for triage and draft: a file, or
// stdin named by --stdin-filename. A batch may hold many messages.
func readInput(name, stdinName string, e *env) ([]byte, string, error) {
	return readMessage(name, firstNonEmpty(stdinName, stdinPath), 64*lint.DefaultMaxReplyBytes, "the message", "empty message; nothing to do", e)
}

// readBatch parses a .jsonl batch of incoming messages.
func readBatch(path string, data []byte, lang string) ([]reply.Incoming, error) {
	var out []reply.Incoming
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var in reply.Incoming
		dec := json.NewDecoder(strings.NewReader(line))
		if err := dec.Decode(&in); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, i+1, err)
		}
		if strings.TrimSpace(in.Text) == "" {
			return nil, fmt.Errorf("%s:%d: record has no \"incoming\" text", path, i+1)
		}
		if in.Lang == "" {
			in.Lang = lang
		}
		out = append(out, in)
	}
	return out, nil
}

// loadMatrix reads --matrix, or escalation.yaml found upwards from the
// input, or returns the built-in matrix (nil).
func loadMatrix(flagPath, inputPath string) (*reply.Matrix, error) {
	path := flagPath
	if path == "" {
		start := "."
		if inputPath != "-" {
			start = filepath.Dir(inputPath)
		}
		path = lint.FindUp(start, reply.MatrixFileName)
	}
	if path == "" {
		return nil, nil
	}
	return reply.LoadMatrix(path)
}

// loadProfile reads the drafting profile and lint config of the config
// that governs the input.
func loadProfile(flagPath, inputPath string) (reply.Profile, *lint.Config, error) {
	path := flagPath
	if path == "" {
		dir := "."
		if inputPath != stdinPath {
			dir = filepath.Dir(inputPath) // a file, or --stdin-filename
		}
		path = lint.FindConfig(dir)
	}
	if path == "" {
		return reply.Profile{}, nil, nil
	}
	cfg, err := lint.LoadConfig(path)
	if err != nil {
		return reply.Profile{}, nil, err
	}
	p, err := reply.LoadProfile(path)
	return p, cfg, err
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
