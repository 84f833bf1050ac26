package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/replylint/replylint/internal/drive"
	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/internal/report"
	"github.com/replylint/replylint/internal/textpos"
	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// Options configure a server.
type Options struct {
	// Version is reported in serverInfo.
	Version string
	// Log receives what the server cannot tell the client: broken
	// notifications, write errors. nil discards it.
	Log io.Writer
	// LintDelay is how long a document must go unchanged before it is
	// linted; 0 means DefaultLintDelay.
	LintDelay time.Duration
}

// DefaultLintDelay is how long the server waits after a change before it
// lints: typing goes on without a lint per keystroke, and the
// diagnostics follow a pause.
const DefaultLintDelay = 150 * time.Millisecond

// Serve runs a language server that reads messages from r and writes to
// w, until the client sends exit, the stream ends or ctx is done. It
// returns nil after shutdown and exit; an error when the client exits
// without shutdown, the stream ends or breaks, or ctx is done.
func Serve(ctx context.Context, r io.Reader, w io.Writer, opts Options) error {
	s := &server{
		w: w, log: opts.Log, version: opts.Version, encoding: EncodingUTF16,
		docs: map[string]*document{}, dirty: map[string]bool{},
		delay: opts.LintDelay, results: make(chan lintResult, 1),
	}
	s.configs = &drive.Configs{OnFail: s.showConfigError}
	s.matrices = &drive.Matrices{}
	s.matrixErrs = map[string]string{}
	s.defaultTeam = drive.DefaultTeam()
	if s.log == nil {
		s.log = io.Discard
	}
	if s.delay <= 0 {
		s.delay = DefaultLintDelay
	}
	defer s.cancelRunning()
	type read struct {
		body []byte
		err  error
	}
	reads := make(chan read)
	done := make(chan struct{})
	defer close(done)
	go func() {
		rd := NewReader(r)
		for {
			body, err := rd.Read()
			select {
			case reads <- read{body, err}:
			case <-done:
				return
			}
			var fe *FramingError
			if err != nil && !errors.As(err, &fe) {
				return
			}
		}
	}()
	for {
		var m read
		// A document is linted once it has gone s.delay without a change,
		// on another goroutine, one at a time; a change meanwhile makes
		// that lint stale: it stops at its next record and its result is
		// dropped.
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-s.timerC:
			s.timerC = nil
			s.startLint()
			continue
		case r := <-s.results:
			s.finishLint(r)
			if s.timerC == nil {
				s.startLint()
			}
			if s.writeErr != nil {
				return fmt.Errorf("lsp: writing: %w", s.writeErr)
			}
			continue
		case m = <-reads:
		}
		if m.err != nil {
			var fe *FramingError
			if errors.As(m.err, &fe) {
				s.replyError(nullID, CodeParseError, fe.Error())
				continue
			}
			if m.err == io.EOF {
				return errors.New("lsp: the client closed the stream without exit")
			}
			return fmt.Errorf("lsp: reading: %w", m.err)
		}
		if s.handle(m.body) {
			if s.shutdown {
				return nil
			}
			return errExitWithoutShutdown
		}
		if s.writeErr != nil {
			return fmt.Errorf("lsp: writing: %w", s.writeErr)
		}
	}
}

// server is the state of one session. Messages are handled one at a time
// on one goroutine, in the order they arrive.
type server struct {
	w        io.Writer
	writeErr error
	log      io.Writer
	version  string

	initialized bool
	shutdown    bool
	encoding    string
	root        string // workspace root directory, or ""
	watch       bool   // the client can register file watchers
	nextID      int

	docs map[string]*document // by URI
	// dirty holds the URIs of documents changed since they were linted.
	dirty map[string]bool
	// configs finds and loads the config of each document's directory
	// as the CLI and the web page do; a file that stops loading leaves
	// the last good config in force, one that never loaded the defaults.
	configs *drive.Configs
	// defaultTeam is the team of a document no config governs.
	defaultTeam *drive.Team
	// matrices finds the escalation matrix of each document's directory
	// for drafts, as the CLI does; matrixErrs is the error last shown for
	// each matrix file that does not load.
	matrices   *drive.Matrices
	matrixErrs map[string]string
	// locale is the editor's language (initialize), for the titles of
	// code actions; applyEdit tells that the client applies edits the
	// server sends; draftOpts are the user's name and role for drafts.
	locale    string
	applyEdit bool
	draftOpts draftOptions

	delay   time.Duration
	timer   *time.Timer
	timerC  <-chan time.Time // the timer's channel while it is set, else nil
	running *runningLint     // the lint in progress, or nil
	results chan lintResult
}

// runningLint is a lint in progress on its own goroutine.
type runningLint struct {
	uri    string
	cancel context.CancelFunc
	// stale is set when the document changed or was linted otherwise
	// since: the result is dropped.
	stale bool
}

// lintJob is what a lint needs of a document, taken on the server's
// goroutine.
type lintJob struct {
	uri, name, text string
	version         int
	format          input.Format
	cfg             *lint.Config
}

// lintResult is what a lint found.
type lintResult struct {
	uri     string
	version int
	diags   []Diagnostic
	files   []*report.File
}

// document is an open text document.
type document struct {
	uri        string
	path       string // "" when the URI is not a file
	languageID string
	version    int
	text       string
	// files are the replies of the last lint, for code actions.
	files []*report.File
	// draft is the last draft for the document's customer's message.
	draft *cachedDraft
}

// name is how messages name a document: its file, else its URI.
func (d *document) name() string {
	if d.path != "" {
		return d.path
	}
	return d.uri
}

// handle handles one message and reports whether the session ends.
func (s *server) handle(body []byte) (exit bool) {
	var m message
	if err := json.Unmarshal(body, &m); err != nil {
		s.replyError(nullID, CodeParseError, "parse error: "+err.Error())
		return false
	}
	isRequest := len(m.ID) > 0 && string(m.ID) != "null"
	switch {
	case m.JSONRPC != "2.0":
		s.invalid(m, isRequest, `"jsonrpc" must be "2.0"`)
		return false
	case m.Method == "" && (m.Result != nil || m.Error != nil):
		return false // a response to a request of ours; nothing waits for it
	case m.Method == "":
		s.invalid(m, isRequest, "no method")
		return false
	case isRequest && !validID(m.ID):
		s.replyError(nullID, CodeInvalidRequest, "id must be a number or a string")
		return false
	}
	if m.Method == "exit" {
		return true
	}
	if !isRequest {
		s.notification(m)
		return false
	}
	result, rerr := s.request(m)
	if rerr != nil {
		s.replyError(m.ID, rerr.Code, rerr.Message)
	} else {
		s.send(response{JSONRPC: "2.0", ID: m.ID, Result: result})
	}
	return false
}

// invalid answers a message that is not valid JSON-RPC: a request gets
// InvalidRequest, a notification is logged.
func (s *server) invalid(m message, isRequest bool, why string) {
	if isRequest && validID(m.ID) {
		s.replyError(m.ID, CodeInvalidRequest, why)
		return
	}
	if len(m.ID) > 0 {
		s.replyError(nullID, CodeInvalidRequest, why)
		return
	}
	fmt.Fprintf(s.log, "replylint lsp: ignored a message: %s\n", why)
}

// request handles a request and returns its result or error.
func (s *server) request(m message) (any, *ResponseError) {
	if s.shutdown {
		return nil, &ResponseError{Code: CodeInvalidRequest, Message: "the server is shut down"}
	}
	if !s.initialized && m.Method != "initialize" {
		return nil, &ResponseError{Code: CodeServerNotInitialized, Message: "initialize first"}
	}
	switch m.Method {
	case "initialize":
		if s.initialized {
			return nil, &ResponseError{Code: CodeInvalidRequest, Message: "initialize was sent twice"}
		}
		var p initializeParams
		if err := decodeParams(m.Params, &p); err != nil {
			return nil, invalidParams(err)
		}
		return s.initialize(p), nil
	case "shutdown":
		s.shutdown = true
		return nil, nil
	case "textDocument/codeAction":
		var p codeActionParams
		if err := decodeParams(m.Params, &p); err != nil {
			return nil, invalidParams(err)
		}
		if s.running != nil && s.running.uri == p.TextDocument.URI {
			s.dirty[p.TextDocument.URI] = true // its findings are not in yet
		}
		s.flush() // the fixes of the text as it is now
		return s.codeActions(p), nil
	case "workspace/executeCommand":
		var p executeCommandParams
		if err := decodeParams(m.Params, &p); err != nil {
			return nil, invalidParams(err)
		}
		return s.executeCommand(p)
	}
	return nil, &ResponseError{Code: CodeMethodNotFound, Message: "method not found: " + m.Method}
}

func invalidParams(err error) *ResponseError {
	return &ResponseError{Code: CodeInvalidParams, Message: "invalid params: " + err.Error()}
}

// notification handles a notification. Unknown ones are ignored, as the
// protocol asks; so is everything before initialize.
func (s *server) notification(m message) {
	if !s.initialized || s.shutdown {
		return
	}
	var err error
	switch m.Method {
	case "initialized":
		s.registerWatcher()
	case "textDocument/didOpen":
		var p didOpenParams
		if err = decodeParams(m.Params, &p); err == nil {
			s.didOpen(p)
		}
	case "textDocument/didChange":
		var p didChangeParams
		if err = decodeParams(m.Params, &p); err == nil {
			s.didChange(p)
		}
	case "textDocument/didSave":
		var p didSaveParams
		if err = decodeParams(m.Params, &p); err == nil {
			s.didSave(p)
		}
	case "textDocument/didClose":
		var p didCloseParams
		if err = decodeParams(m.Params, &p); err == nil {
			s.didClose(p)
		}
	case "workspace/didChangeWatchedFiles":
		var p didChangeWatchedFilesParams
		if err = decodeParams(m.Params, &p); err == nil {
			s.didChangeWatchedFiles(p)
		}
	}
	if err != nil {
		fmt.Fprintf(s.log, "replylint lsp: %s: invalid params: %v\n", m.Method, err)
	}
}

func (s *server) initialize(p initializeParams) initializeResult {
	s.initialized = true
	if slices.Contains(p.Capabilities.General.PositionEncodings, EncodingUTF8) {
		s.encoding = EncodingUTF8
	}
	s.watch = p.Capabilities.Workspace.DidChangeWatchedFiles.DynamicRegistration
	s.applyEdit = p.Capabilities.Workspace.ApplyEdit
	s.locale = p.Locale
	if len(p.InitializationOptions) > 0 && string(p.InitializationOptions) != "null" {
		if err := json.Unmarshal(p.InitializationOptions, &s.draftOpts); err != nil {
			fmt.Fprintf(s.log, "replylint lsp: initializationOptions ignored: %v\n", err)
		}
	}
	switch {
	case len(p.WorkspaceFolders) > 0:
		s.root = uriPath(p.WorkspaceFolders[0].URI)
	case p.RootURI != "":
		s.root = uriPath(p.RootURI)
	default:
		s.root = p.RootPath
	}
	return initializeResult{
		Capabilities: serverCapabilities{
			PositionEncoding:       s.encoding,
			TextDocumentSync:       textDocumentSyncOptions{OpenClose: true, Change: syncFull, Save: saveOptions{IncludeText: true}},
			CodeActionProvider:     codeActionOptions{CodeActionKinds: []string{"quickfix", KindDraft}},
			ExecuteCommandProvider: executeCommandOptions{Commands: []string{DraftCommand}},
		},
		ServerInfo: serverInfo{Name: "replylint", Version: s.version},
	}
}

// registerWatcher asks the client to report changes to config files,
// when it can.
func (s *server) registerWatcher() {
	if !s.watch {
		return
	}
	var globs []fileSystemWatcher
	for _, name := range lint.ConfigFileNames {
		globs = append(globs, fileSystemWatcher{GlobPattern: "**/" + name})
	}
	s.call("client/registerCapability", registrationParams{
		Registrations: []registration{{ID: "replylint-config", Method: "workspace/didChangeWatchedFiles",
			RegisterOptions: didChangeWatchedFilesRegistrationOptions{Watchers: globs}}},
	})
}

func (s *server) didOpen(p didOpenParams) {
	td := p.TextDocument
	d := &document{uri: td.URI, path: uriPath(td.URI), languageID: td.LanguageID, version: td.Version, text: td.Text}
	s.docs[td.URI] = d
	s.changed(td.URI)
}

func (s *server) didChange(p didChangeParams) {
	d, ok := s.docs[p.TextDocument.URI]
	if !ok {
		return
	}
	for _, c := range p.ContentChanges {
		if c.Range == nil {
			d.text = c.Text
			continue
		}
		starts := textpos.LineStarts(d.text)
		from := s.offsetAt(d.text, starts, c.Range.Start)
		to := max(from, s.offsetAt(d.text, starts, c.Range.End))
		d.text = d.text[:from] + c.Text + d.text[to:]
	}
	d.version = p.TextDocument.Version
	s.changed(d.uri)
}

func (s *server) didSave(p didSaveParams) {
	path := uriPath(p.TextDocument.URI)
	if isConfig(path) {
		s.reloadConfig(path)
		return
	}
	if d, ok := s.docs[p.TextDocument.URI]; ok && p.Text != nil && *p.Text != d.text {
		d.text = *p.Text
		s.changed(d.uri)
	}
}

func (s *server) didClose(p didCloseParams) {
	if _, ok := s.docs[p.TextDocument.URI]; !ok {
		return
	}
	delete(s.docs, p.TextDocument.URI)
	delete(s.dirty, p.TextDocument.URI)
	if s.running != nil && s.running.uri == p.TextDocument.URI {
		s.running.stale = true
		s.running.cancel()
	}
	s.publish(p.TextDocument.URI, nil, []Diagnostic{})
}

func (s *server) didChangeWatchedFiles(p didChangeWatchedFilesParams) {
	for _, c := range p.Changes {
		if path := uriPath(c.URI); drive.IsConfigName(path) {
			s.reloadConfig(path)
		}
	}
}

// reloadConfig reads a config file again (or forgets one that is gone)
// and lints every open document with the configs now in force. A config
// that fails to load keeps the one before it, and the client is told why
// at once, open documents or not.
func (s *server) reloadConfig(path string) {
	s.configs.Changed(path)
	if st, err := os.Stat(path); err == nil && !st.IsDir() {
		s.configs.For(filepath.Dir(path))
	}
	s.relintAll()
}

// showConfigError tells the user a config file is broken.
func (s *server) showConfigError(path string, err error, previous bool) {
	then := "linting with the defaults"
	if previous {
		then = "the previous config stays in force"
	}
	s.showFileError(path, err, then)
}

// showFileError tells the user that a file (a config, an escalation
// matrix) does not load, and what happens instead (then, if not "").
func (s *server) showFileError(path string, err error, then string) {
	// A *lint.ConfigError names the file and line, an *os.PathError the
	// file; anything else gets the path.
	msg := err.Error()
	if !strings.Contains(msg, path) {
		msg = path + ": " + msg
	}
	msg = "replylint: " + msg
	if then != "" {
		msg += " (" + then + ")"
	}
	s.notify("window/showMessage", showMessageParams{Type: messageError, Message: msg})
}

// relintAll marks every open document for linting, after a config
// change.
func (s *server) relintAll() {
	for uri := range s.docs {
		s.changed(uri)
	}
}

// changed marks a document for linting once it has gone s.delay without
// another change; a lint of it in progress is stale from now on.
func (s *server) changed(uri string) {
	s.dirty[uri] = true
	if s.running != nil && s.running.uri == uri && !s.running.stale {
		s.running.stale = true
		s.running.cancel()
	}
	if s.timer == nil {
		s.timer = time.NewTimer(s.delay)
	} else {
		s.timer.Reset(s.delay)
	}
	s.timerC = s.timer.C
}

// dirtyURIs returns the documents changed since their last lint, in a
// stable order.
func (s *server) dirtyURIs() []string {
	uris := make([]string, 0, len(s.dirty))
	for uri := range s.dirty {
		uris = append(uris, uri)
	}
	slices.Sort(uris)
	return uris
}

// startLint starts linting the next changed document on its own
// goroutine, unless a lint is in progress.
func (s *server) startLint() {
	if s.running != nil {
		return
	}
	for _, uri := range s.dirtyURIs() {
		delete(s.dirty, uri)
		d, ok := s.docs[uri]
		if !ok {
			continue
		}
		j, ok := s.job(d)
		if !ok {
			continue
		}
		ctx, cancel := context.WithCancel(context.Background())
		s.running = &runningLint{uri: uri, cancel: cancel}
		go func() {
			r, ok := s.run(ctx, j)
			cancel()
			if !ok {
				r = lintResult{uri: j.uri} // stale: dropped
			}
			s.results <- r
		}()
		return
	}
}

// finishLint publishes the result of a lint that is not stale.
func (s *server) finishLint(r lintResult) {
	run := s.running
	s.running = nil
	d, ok := s.docs[r.uri]
	if run == nil || run.stale || !ok || s.dirty[r.uri] || d.version != r.version {
		return
	}
	d.files = r.files
	v := r.version
	s.publish(r.uri, &v, r.diags)
}

// cancelRunning stops a lint in progress; its result is never read.
func (s *server) cancelRunning() {
	if s.running != nil {
		s.running.stale = true
		s.running.cancel()
	}
}

// flush lints the documents changed since their last lint now, in a
// stable order, on the server's goroutine: a code action needs the
// findings of the text as it is.
func (s *server) flush() {
	if s.running != nil && s.dirty[s.running.uri] {
		s.running.stale = true
		s.running.cancel()
	}
	for _, uri := range s.dirtyURIs() {
		delete(s.dirty, uri)
		if d, ok := s.docs[uri]; ok {
			s.lint(d)
		}
	}
}

// configFor returns the config for a document: the nearest config file
// from its directory (or the workspace root for a document that is not a
// file), else the defaults.
func (s *server) configFor(d *document) *lint.Config { return s.teamFor(d).Lint }

// teamFor returns the team config for a document, as configFor: its lint
// settings, drafting profile and templates, from one read of the file.
func (s *server) teamFor(d *document) *drive.Team {
	dir := s.dirOf(d)
	if dir == "" {
		return s.defaultTeam
	}
	t, _ := s.configs.For(dir) // a failure is shown by OnFail
	if t == nil {
		return s.defaultTeam
	}
	return t
}

// dirOf returns the directory whose config and escalation matrix govern a
// document: the file's own, or the workspace root for a document that is
// not a file; "" when there is neither.
func (s *server) dirOf(d *document) string {
	if d.path != "" {
		return filepath.Dir(d.path)
	}
	return s.root
}

// isConfig reports whether a path names a replylint config file.
func isConfig(path string) bool { return drive.IsConfigName(path) }

// formatOf says how a document is read: by its file's extension, else by
// its language. ok is false for documents that are not replies.
func formatOf(d *document) (input.Format, bool) {
	if isConfig(d.path) {
		return 0, false
	}
	name := d.name()
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return input.Text, true
	case ".md", ".markdown", ".jsonl", ".ndjson", ".csv":
		return input.FormatOf(name), true
	}
	switch d.languageID {
	case "markdown":
		return input.Markdown, true
	case "plaintext", "text", "txt":
		return input.Text, true
	}
	return 0, false
}

// lint lints a document and publishes its diagnostics, on the server's
// goroutine.
func (s *server) lint(d *document) {
	j, ok := s.job(d)
	if !ok {
		return
	}
	r, _ := s.run(context.Background(), j)
	d.files = r.files
	v := r.version
	s.publish(d.uri, &v, r.diags)
}

// job takes what a lint of a document needs; ok is false for a document
// that is not a reply.
func (s *server) job(d *document) (lintJob, bool) {
	format, ok := formatOf(d)
	if !ok {
		return lintJob{}, false
	}
	return lintJob{uri: d.uri, name: d.name(), text: d.text, version: d.version, format: format, cfg: s.configFor(d)}, true
}

// run lints a document's text. It reads nothing of the server that
// changes, so it may run on another goroutine. ok is false when ctx ended
// first: the text of an export stopped being linted between two records.
func (s *server) run(ctx context.Context, j lintJob) (r lintResult, ok bool) {
	r = lintResult{uri: j.uri, version: j.version}
	cfg, name := j.cfg, j.name
	var diags []Diagnostic
	switch j.format {
	case input.JSONL, input.CSV:
		var rd interface{ Next() (*input.Record, error) }
		if j.format == input.CSV {
			// The columns are found by their header names, as the CLI
			// does without --columns.
			rd = input.NewCSVReader(strings.NewReader(j.text), name, cfg.MaxReplyBytes, nil)
		} else {
			rd = input.NewReader(strings.NewReader(j.text), name, cfg.MaxReplyBytes)
		}
		for {
			if ctx.Err() != nil {
				return r, false
			}
			rec, err := rd.Next()
			if err == io.EOF {
				break
			}
			if err != nil { // a .csv header without a reply column
				diags = append(diags, s.inputDiagnostic(0, err))
				break
			}
			for _, w := range rec.Warnings {
				dg := s.inputDiagnostic(w.Line, w)
				dg.Severity = severityWarning
				diags = append(diags, dg)
			}
			if rec.Err != nil {
				diags = append(diags, s.inputDiagnostic(rec.Line, rec.Err))
				continue
			}
			if ok, dg := s.checkReply(rec.Line, rec.Input.Text, cfg); !ok {
				diags = append(diags, dg...)
				continue
			}
			diags = s.diagnose(&r, report.Record(name, rec, s.lintSafely(rec.Input, cfg)), diags)
		}
	default:
		doc, err := input.ReadText([]byte(j.text)), error(nil)
		if j.format == input.Markdown {
			doc, err = input.ReadMarkdown(name, []byte(j.text))
		}
		if err != nil {
			diags = append(diags, s.inputDiagnostic(0, err))
			break
		}
		if ok, dg := s.checkReply(doc.Line+1, doc.Input.Text, cfg); !ok {
			diags = append(diags, dg...)
			break
		}
		diags = s.diagnose(&r, report.Document(name, doc, s.lintSafely(doc.Input, cfg)), diags)
	}
	if ctx.Err() != nil {
		return r, false
	}
	if diags == nil {
		diags = []Diagnostic{}
	}
	r.diags = diags
	return r, true
}

// checkReply checks a reply as the CLI and the web page do
// (drive.CheckText); ok is false when it is not linted, with the reason
// as a diagnostic at line (1-based), except for a blank reply: a new,
// empty document is no error in an editor.
func (s *server) checkReply(line int, text string, cfg *lint.Config) (ok bool, diags []Diagnostic) {
	_, err := drive.CheckText("reply", text, cfg.MaxReplyBytes)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, drive.ErrEmpty):
		return false, nil
	}
	return false, []Diagnostic{s.inputDiagnostic(line, err)}
}

// lintSafely lints a reply; a panic in a rule becomes no findings and a
// line in the log rather than the end of the session.
func (s *server) lintSafely(in tone.Input, cfg *lint.Config) lint.Result {
	res, err := drive.Lint("", in, cfg)
	var pe *drive.PanicError
	if errors.As(err, &pe) {
		fmt.Fprintf(s.log, "replylint lsp: %v\n%s\n", err, pe.Stack)
		return lint.Result{Findings: []lint.Finding{}}
	}
	return res
}

// diagnose adds a file's findings to diags and keeps the file for code
// actions.
func (s *server) diagnose(r *lintResult, f *report.File, diags []Diagnostic) []Diagnostic {
	r.files = append(r.files, f)
	for _, fd := range f.Findings {
		diags = append(diags, s.diagnostic(fd))
	}
	return diags
}

func (s *server) diagnostic(fd report.Finding) Diagnostic {
	msg := fd.Message
	for _, sg := range fd.Suggestions {
		msg += "\n→ " + sg
	}
	return Diagnostic{
		Range:    s.rangeOf(fd.Start, fd.End),
		Severity: severityOf(fd.Severity),
		Code:     fd.Rule, CodeDescription: &codeDescription{Href: report.RuleURL(fd.Rule)},
		Source:  "replylint",
		Message: msg,
	}
}

// inputDiagnostic shows an input error (front matter, a .jsonl record)
// on its line; line 0 takes the error's own line, else the first.
func (s *server) inputDiagnostic(line int, err error) Diagnostic {
	msg := err.Error()
	var ie *input.Error
	if errors.As(err, &ie) {
		msg = ie.Msg
		if line <= 0 {
			line = ie.Line
		}
	}
	l := max(0, line-1)
	return Diagnostic{Range: Range{Start: Position{Line: l}, End: Position{Line: l + 1}},
		Severity: severityError, Source: "replylint", Message: msg}
}

func severityOf(s lint.Severity) int {
	switch s {
	case lint.Error:
		return severityError
	case lint.Warning:
		return severityWarning
	}
	return severityInformation
}

// rangeOf converts positions in the file to a range in the negotiated
// encoding.
func (s *server) rangeOf(start, end report.Position) Range {
	return Range{Start: s.position(start), End: s.position(end)}
}

// offsetAt returns the byte offset of a position the client sent, in the
// negotiated encoding (textpos.OffsetAt).
func (s *server) offsetAt(text string, starts []int, p Position) int {
	return textpos.OffsetAt(text, starts, p.Line, p.Character, s.unit())
}

// unit is what the negotiated encoding counts.
func (s *server) unit() textpos.Unit {
	if s.encoding == EncodingUTF8 {
		return textpos.Bytes
	}
	return textpos.UTF16
}

func (s *server) position(p report.Position) Position {
	ch := p.UTF16Column - 1
	if s.encoding == EncodingUTF8 {
		ch = p.ByteColumn - 1
	}
	return Position{Line: p.Line - 1, Character: ch}
}

// codeActions returns the code actions of a range: the quick fixes of
// its findings, and for a document with a customer's message the draft
// (KindDraft), whatever the range, as the reply is drafted as a whole.
func (s *server) codeActions(p codeActionParams) []CodeAction {
	out := []CodeAction{}
	d, ok := s.docs[p.TextDocument.URI]
	if !ok {
		return out
	}
	if wants(p.Context.Only, "quickfix") {
		out = append(out, s.quickFixes(d, p.Range)...)
	}
	if wants(p.Context.Only, KindDraft) {
		if a, ok := s.draftAction(d); ok {
			out = append(out, a)
		}
	}
	return out
}

// wants reports whether a code action of kind is asked for: only is
// empty, or it names the kind or a kind that holds it ("refactor" holds
// "refactor.rewrite.draft"), as the protocol's kinds are hierarchical.
func wants(only []string, kind string) bool {
	if len(only) == 0 {
		return true
	}
	return slices.ContainsFunc(only, func(k string) bool {
		return k == "" || k == kind || strings.HasPrefix(kind, k+".")
	})
}

// quickFixes returns the quick fixes of the findings in a range: a
// finding whose suggestion is a literal replacement.
func (s *server) quickFixes(d *document, rng Range) []CodeAction {
	var out []CodeAction
	for _, f := range d.files {
		for _, fd := range f.Findings {
			r := s.rangeOf(fd.Start, fd.End)
			if len(fd.Fixes) == 0 || !overlaps(r, rng) {
				continue
			}
			for _, e := range fd.Fixes {
				old := f.Text[fd.Offset:fd.EndOffset]
				out = append(out, CodeAction{
					Title:       fmt.Sprintf("Replace %q with %q", old, e.NewText),
					Kind:        "quickfix",
					Diagnostics: []Diagnostic{s.diagnostic(fd)},
					IsPreferred: len(fd.Fixes) == 1,
					Edit: workspaceEdit{Changes: map[string][]TextEdit{
						d.uri: {{Range: s.rangeOf(e.Start, e.End), NewText: e.NewText}},
					}},
				})
			}
		}
	}
	return out
}

// overlaps reports whether two ranges share a position; an empty range
// (the cursor) overlaps a range it touches.
func overlaps(a, b Range) bool {
	return !before(a.End, b.Start) && !before(b.End, a.Start)
}

func before(p, q Position) bool {
	return p.Line < q.Line || (p.Line == q.Line && p.Character < q.Character)
}

func (s *server) publish(uri string, version *int, diags []Diagnostic) {
	s.notify("textDocument/publishDiagnostics", publishDiagnosticsParams{URI: uri, Version: version, Diagnostics: diags})
}

func (s *server) notify(method string, params any) {
	s.send(outgoing{JSONRPC: "2.0", Method: method, Params: params})
}

// call sends a request to the client, with the next of the server's ids;
// the client's answer is not awaited.
func (s *server) call(method string, params any) {
	s.nextID++
	id := s.nextID
	s.send(outgoing{JSONRPC: "2.0", ID: &id, Method: method, Params: params})
}

func (s *server) replyError(id json.RawMessage, code int, msg string) {
	s.send(response{JSONRPC: "2.0", ID: id, Error: &ResponseError{Code: code, Message: msg}})
}

// send writes a message; after a write error the session ends.
func (s *server) send(v any) {
	if s.writeErr != nil {
		return
	}
	if err := WriteMessage(s.w, v); err != nil {
		s.writeErr = err
		fmt.Fprintf(s.log, "replylint lsp: %v\n", err)
	}
}

// uriPath returns the file path of a file:// URI, or "" for any other
// URI (untitled:, a remote scheme).
func uriPath(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return ""
	}
	p := u.Path
	if runtime.GOOS == "windows" {
		p = strings.TrimPrefix(p, "/") // file:///C:/x
	}
	return filepath.Clean(filepath.FromSlash(p))
}
