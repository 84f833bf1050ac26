package serve

import (
	"errors"
	"net/http"
	"strings"

	"github.com/replylint/replylint/internal/drive"
	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/internal/report"
	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/reply"
	"github.com/replylint/replylint/tone"
)

// LintRequest is the body of POST /api/lint and /api/score: a reply with
// the context fields of a .jsonl record.
type LintRequest struct {
	// Reply is the draft reply.
	Reply string `json:"reply"`
	// InReplyTo is the customer's message; optional.
	InReplyTo string `json:"in_reply_to"`
	// Lang is "nl", "en", "auto" or "" (detect).
	Lang string `json:"lang"`
	// Channel is "public" (the default), "private" or "email".
	Channel string `json:"channel"`
	// Kind is "reply" (the default), "holding" or "statement".
	Kind string `json:"kind"`
	// Customer is the customer's name or handle; optional.
	Customer string `json:"customer"`
	// Path names the reply in the answer; default "<request>".
	Path string `json:"path"`
}

// DraftRequest is the body of POST /api/draft: the customer's message and
// who answers it (reply.Profile).
type DraftRequest struct {
	// Incoming is the customer's message; it may be empty for a holding
	// message or a statement.
	Incoming string `json:"incoming"`
	// Lang, Channel, Kind and Customer are as in LintRequest.
	Lang     string `json:"lang"`
	Channel  string `json:"channel"`
	Kind     string `json:"kind"`
	Customer string `json:"customer"`
	// Agent and Role sign the reply; Brand names the company in a
	// statement.
	Agent string `json:"agent"`
	Role  string `json:"role"`
	Brand string `json:"brand"`
	// InfoPage, Incident and NextUpdate fill a holding message or a
	// statement; empty ones stay placeholders.
	InfoPage   string `json:"info_page"`
	Incident   string `json:"incident"`
	NextUpdate string `json:"next_update"`
	// Seed picks another wording for the same message.
	Seed uint64 `json:"seed"`
	// Facts are the facts of a crisis for kind statement (reply.Facts):
	// with them the statement is written from the facts, and missing ones
	// give the holding message and the list of what is missing.
	Facts *reply.Facts `json:"facts,omitempty"`
}

// defaultPath names a reply from a request that names none.
const defaultPath = "<request>"

// signOffInfo is the reply's sign-off as the page shows it.
type signOffInfo struct {
	Found     bool   `json:"found"`
	Text      string `json:"text,omitempty"`
	Name      string `json:"name,omitempty"`
	Role      string `json:"role,omitempty"`
	Team      bool   `json:"team,omitempty"`
	Offset    int    `json:"offset"`
	EndOffset int    `json:"end_offset"`
}

// fixInfo is an edit that carries out a finding's suggestion literally.
type fixInfo struct {
	// Finding is the index of the finding in "findings".
	Finding   int    `json:"finding"`
	Offset    int    `json:"offset"`
	EndOffset int    `json:"end_offset"`
	NewText   string `json:"new_text"`
}

// lintExtras are the fields /api/lint adds to the json format's file
// object.
type lintExtras struct {
	// Address is the reply's Dutch register: "je", "u", "mixed" or "".
	Address string `json:"address"`
	// CustomerAddress is the customer's register, "je", "u" or "".
	CustomerAddress string      `json:"customer_address"`
	SignOff         signOffInfo `json:"signoff"`
	Fixes           []fixInfo   `json:"fixes"`
	// Collapsed counts, per rule, the findings left out over
	// MaxFindingsPerRule.
	Collapsed []collapsedInfo `json:"collapsed"`
	// ConfigError says why a changed config file is not in force.
	ConfigError string `json:"config_error,omitempty"`
}

// lintConfig returns the config in force, and the message of a config
// file that stopped loading.
func (s *server) lintConfig() (*lint.Config, string, error) {
	t, msg, err := s.team()
	if err != nil {
		return nil, "", err
	}
	return t.Lint, msg, nil
}

// team returns the team config in force (lint settings, profile and
// templates, read together), and the message of a config file that
// stopped loading.
func (s *server) team() (*drive.Team, string, error) {
	t, err := s.config.For(s.dir)
	if t == nil {
		if err == nil {
			err = errors.New("no config")
		}
		return nil, "", err
	}
	if err != nil {
		return t, err.Error(), nil
	}
	return t, "", nil
}

// contextInput checks the context fields of a request and returns them as
// a tone.Input.
func contextInput(lang, channel, kind, customer string) (tone.Input, error) {
	var in tone.Input
	var err error
	if in.Lang, err = input.CheckValue("lang", lang); err != nil {
		return in, badRequest("%v", err)
	}
	if in.Channel, err = input.CheckValue("channel", channel); err != nil {
		return in, badRequest("%v", err)
	}
	if in.Kind, err = input.CheckValue("kind", kind); err != nil {
		return in, badRequest("%v", err)
	}
	in.Customer = customer
	return in, nil
}

// checkText checks a text of a request as the CLI and the language
// server do (drive.CheckText): too large is 413, a NUL character or no
// valid UTF-8 is 400. Blank is left to the caller: each endpoint says
// what it needs.
func checkText(field, text string, cfg *lint.Config) error {
	_, err := drive.CheckText(field, text, cfg.MaxReplyBytes)
	var te *drive.TextError
	if !errors.As(err, &te) || te.Kind == drive.ErrEmpty {
		return nil
	}
	if field != "reply" {
		te.Then = "not read"
	}
	if te.Kind == drive.ErrTooLarge {
		return &requestError{http.StatusRequestEntityTooLarge, te.Error()}
	}
	return badRequest("%v", te)
}

func (s *server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var re *requestError
	if errors.As(err, &re) {
		writeError(w, re.status, re.msg)
		return
	}
	s.logger.Error("request failed", "path", r.URL.Path, "err", err)
	writeError(w, http.StatusInternalServerError, err.Error())
}

// prepare reads the config in force, checks a request's context fields
// and the size of each named text, and returns the input to fill. cfgErr
// says why a changed config is not in force, if it is not.
func (s *server) prepare(lang, channel, kind, customer string, texts ...[2]string) (in tone.Input, cfg *lint.Config, cfgErr string, err error) {
	cfg, cfgErr, err = s.lintConfig()
	if err != nil {
		return in, nil, "", err
	}
	in, err = contextInput(lang, channel, kind, customer)
	for i := 0; err == nil && i < len(texts); i++ {
		err = checkText(texts[i][0], texts[i][1], cfg)
	}
	return in, cfg, cfgErr, err
}

// handleLint lints a reply and answers with one file object of the json
// format and the page's extras.
func (s *server) handleLint(w http.ResponseWriter, r *http.Request) {
	var req LintRequest
	if err := s.decode(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	in, cfg, cfgErr, err := s.prepare(req.Lang, req.Channel, req.Kind, req.Customer,
		[2]string{"reply", req.Reply}, [2]string{"in_reply_to", req.InReplyTo})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if input.Blank(req.Reply) {
		// prepare has checked the rest (drive.CheckText); blank is what
		// this endpoint refuses of its own, in the same words.
		s.fail(w, r, badRequest("%v", &drive.TextError{Kind: drive.ErrEmpty, What: "reply"}))
		return
	}
	in.Text, in.Incoming = req.Reply, req.InReplyTo
	path := req.Path
	if path == "" {
		path = defaultPath
	}
	release, err := s.acquire(r, req.Reply, req.InReplyTo)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	defer release()
	res, err := drive.LintContext(r.Context(), path, in, cfg)
	var pe *drive.PanicError
	if errors.As(err, &pe) {
		s.panicked(w, r, pe)
		return
	}
	if err != nil {
		return // answered already: too late, or the client has gone
	}
	res, collapsed := collapse(res)
	f := report.Document(path, &input.Document{Input: in}, res)
	x := lintExtras{Fixes: []fixInfo{}, Collapsed: collapsed, ConfigError: cfgErr}
	if a := res.Analysis; a != nil {
		x.Address = a.Address.Form()
		x.CustomerAddress = a.CustomerAddress()
		so := a.SignOff
		x.SignOff = signOffInfo{Found: so.Found, Text: so.Text, Name: so.Name, Role: so.Role, Team: so.Team,
			Offset: so.Span.Start, EndOffset: so.Span.End}
	}
	for i, fd := range f.Findings {
		for _, e := range fd.Fixes {
			x.Fixes = append(x.Fixes, fixInfo{Finding: i, Offset: e.Start.Offset, EndOffset: e.End.Offset, NewText: e.NewText})
		}
	}
	body, err := mergeObjects(report.Marshal(f.JSON(), "", ""), report.Marshal(x, "", ""))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeRawJSON(w, http.StatusOK, body)
}

// mergeObjects joins two encoded JSON objects into one: the file object
// keeps the json format's encoding, field for field, and the extras
// follow.
func mergeObjects(a, b []byte) ([]byte, error) {
	if len(a) < 2 || a[0] != '{' || a[len(a)-1] != '}' || len(b) < 2 || b[0] != '{' || b[len(b)-1] != '}' {
		return nil, errors.New("internal error: answer is not a JSON object")
	}
	if len(b) == 2 {
		return a, nil
	}
	out := make([]byte, 0, len(a)+len(b))
	out = append(out, a[:len(a)-1]...)
	if len(a) > 2 {
		out = append(out, ',')
	}
	return append(out, b[1:]...), nil
}

// handleTriage triages a customer's message with the escalation matrix and
// answers with the reply.Decision.
func (s *server) handleTriage(w http.ResponseWriter, r *http.Request) {
	var msg reply.Incoming
	if err := s.decode(w, r, &msg); err != nil {
		s.fail(w, r, err)
		return
	}
	cfg, _, err := s.lintConfig()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if msg.Lang, err = input.CheckValue("lang", msg.Lang); err != nil {
		s.fail(w, r, badRequest("%v", err))
		return
	}
	if strings.TrimSpace(msg.Text) == "" {
		s.fail(w, r, badRequest("incoming is empty: send the customer's message"))
		return
	}
	if err := checkText("incoming", msg.Text, cfg); err != nil {
		s.fail(w, r, err)
		return
	}
	m, err := s.matrix.Get()
	if m == nil {
		s.fail(w, r, err)
		return
	}
	release, aerr := s.acquire(r, msg.Text)
	if aerr != nil {
		s.fail(w, r, aerr)
		return
	}
	defer release()
	var x struct {
		// MatrixError says why a changed matrix file is not in force.
		MatrixError string `json:"matrix_error,omitempty"`
	}
	if err != nil {
		x.MatrixError = err.Error()
	}
	body, err := mergeObjects(report.Marshal(reply.TriageMessage(msg, m), "", ""), report.Marshal(x, "", ""))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeRawJSON(w, http.StatusOK, body)
}

// handleDraft drafts a reply to a customer's message and answers with the
// reply.Reply.
func (s *server) handleDraft(w http.ResponseWriter, r *http.Request) {
	var req DraftRequest
	if err := s.decode(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	in, _, _, err := s.prepare(req.Lang, req.Channel, req.Kind, req.Customer, [2]string{"incoming", req.Incoming})
	var team *drive.Team
	if err == nil {
		team, _, err = s.team()
	}
	if err == nil && strings.TrimSpace(req.Incoming) == "" && (in.Kind == "" || in.Kind == tone.KindReply) {
		err = badRequest("incoming is empty: send the customer's message (or kind holding or statement)")
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	in.Incoming = req.Incoming
	m, _ := s.matrix.Get()
	// What the page asks for wins over the config's profile, as the CLI's
	// flags do.
	p := team.DraftProfile(reply.Profile{
		Agent: req.Agent, Role: req.Role, Brand: req.Brand,
		InfoPage: req.InfoPage, Incident: req.Incident, NextUpdate: req.NextUpdate,
		Seed: req.Seed, Matrix: m,
	})
	release, err := s.acquire(r, req.Incoming)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	defer release()
	var d reply.Reply
	if req.Facts != nil && in.Kind == tone.KindStatement {
		f := team.Facts(*req.Facts)
		if f.Lang == "" {
			f.Lang = in.Lang
		}
		d = reply.Statement(f)
	} else {
		d = reply.Draft(in, p)
	}
	if r.Context().Err() != nil {
		return
	}
	if d.Findings == nil {
		d.Findings = []lint.Finding{}
	}
	if d.Placeholders == nil {
		d.Placeholders = []reply.Placeholder{}
	}
	writeJSON(w, http.StatusOK, d)
}

// handleRules lists the rules as "replylint rules --format json" does,
// with the severity each has under the config in force ("effective").
func (s *server) handleRules(w http.ResponseWriter, r *http.Request) {
	cfg, cfgErr, err := s.lintConfig()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	infos, err := drive.Rules(cfg)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Rules []drive.RuleInfo `json:"rules"`
		// ConfigError says why a changed config file is not in force.
		ConfigError string `json:"config_error,omitempty"`
	}{infos, cfgErr})
}

func (s *server) handleHealth(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, struct {
		Status string `json:"status"`
	}{"ok"})
}
