package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// incoming is a message the server sent.
type incoming struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
	Result json.RawMessage `json:"result"`
	Error  *ResponseError  `json:"error"`
}

// client drives a server through pipes with real, framed JSON-RPC
// messages, as an editor does.
type client struct {
	t      *testing.T
	w      *io.PipeWriter
	msgs   chan incoming
	done   chan error
	nextID int
	log    *syncBuffer
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func startServer(t *testing.T) *client {
	t.Helper()
	return startServerWith(t, Options{})
}

// startServerWith starts a server with opts; Version and Log are the
// test's.
func startServerWith(t *testing.T, opts Options) *client {
	t.Helper()
	toServer, cw := io.Pipe()
	fromServer, sw := io.Pipe()
	c := &client{t: t, w: cw, msgs: make(chan incoming, 100), done: make(chan error, 1), log: &syncBuffer{}}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		opts.Version, opts.Log = "v0.0.0-test", c.log
		c.done <- Serve(ctx, toServer, sw, opts)
		sw.Close()
	}()
	go func() {
		defer close(c.msgs)
		rd := NewReader(fromServer)
		for {
			body, err := rd.Read()
			if err != nil {
				return
			}
			var m incoming
			if err := json.Unmarshal(body, &m); err != nil {
				t.Errorf("the server sent invalid JSON: %s", body)
				return
			}
			c.msgs <- m
		}
	}()
	t.Cleanup(func() {
		cancel()
		cw.Close()
		fromServer.Close()
	})
	return c
}

// raw writes bytes as they are.
func (c *client) raw(s string) {
	c.t.Helper()
	_, err := io.WriteString(c.w, s)
	require.NoError(c.t, err)
}

func (c *client) write(v any) {
	c.t.Helper()
	require.NoError(c.t, WriteMessage(c.w, v))
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	c.write(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

// request sends a request and returns its response; notifications that
// come first are checked by skip.
func (c *client) request(method string, params any) incoming {
	c.t.Helper()
	c.nextID++
	id := c.nextID
	c.write(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params})
	for {
		m := c.next()
		if m.Method == "" && string(m.ID) == fmt.Sprint(id) {
			return m
		}
	}
}

// next returns the next message from the server.
func (c *client) next() incoming {
	c.t.Helper()
	select {
	case m, ok := <-c.msgs:
		require.True(c.t, ok, "the server closed the stream; log:\n%s", c.log.String())
		return m
	case <-time.After(10 * time.Second):
		c.t.Fatalf("no message from the server; log:\n%s", c.log.String())
	}
	return incoming{}
}

// expect returns the next message, which must be a notification of
// method.
func (c *client) expect(method string) incoming {
	c.t.Helper()
	m := c.next()
	require.Equal(c.t, method, m.Method, "got %+v", m)
	return m
}

func (c *client) diagnostics(uri string) publishDiagnosticsParams {
	c.t.Helper()
	m := c.expect("textDocument/publishDiagnostics")
	var p publishDiagnosticsParams
	require.NoError(c.t, json.Unmarshal(m.Params, &p))
	require.Equal(c.t, uri, p.URI)
	return p
}

func (c *client) initialize(caps map[string]any) initializeResult {
	c.t.Helper()
	m := c.request("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": caps})
	require.Nil(c.t, m.Error)
	var r initializeResult
	require.NoError(c.t, json.Unmarshal(m.Result, &r))
	c.notify("initialized", map[string]any{})
	return r
}

// exit shuts the server down and checks that Serve returned nil.
func (c *client) exit() {
	c.t.Helper()
	m := c.request("shutdown", nil)
	require.Nil(c.t, m.Error)
	assert.Equal(c.t, "null", string(m.Result))
	c.notify("exit", nil)
	select {
	case err := <-c.done:
		assert.NoError(c.t, err)
	case <-time.After(10 * time.Second):
		c.t.Fatal("the server did not exit")
	}
}

func fileURI(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

func open(c *client, uri, lang, text string) {
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": lang, "version": 1, "text": text}})
}

func find(t *testing.T, diags []Diagnostic, code string) Diagnostic {
	t.Helper()
	for _, d := range diags {
		if d.Code == code {
			return d
		}
	}
	t.Fatalf("no %s diagnostic in %+v", code, diags)
	return Diagnostic{}
}

// sampleReply is a reply with an emoji before "Misschien" and capitals later:
// in UTF-16, "Misschien" starts at character 10 (the emoji takes two
// code units), in UTF-8 at 12.
const sampleReply = "@klant 😀 Misschien is je pakket NIET verzonden.\n"

func TestSessionUTF16(t *testing.T) {
	dir := t.TempDir()
	c := startServer(t)
	r := c.initialize(map[string]any{})
	assert.Equal(t, EncodingUTF16, r.Capabilities.PositionEncoding, "utf-16 unless the client offers utf-8")
	assert.Equal(t, syncFull, r.Capabilities.TextDocumentSync.Change)
	assert.True(t, r.Capabilities.TextDocumentSync.OpenClose)
	assert.Equal(t, []string{"quickfix", KindDraft}, r.Capabilities.CodeActionProvider.CodeActionKinds)
	assert.Equal(t, []string{DraftCommand}, r.Capabilities.ExecuteCommandProvider.Commands)
	assert.Equal(t, "replylint", r.ServerInfo.Name)

	uri := fileURI(filepath.Join(dir, "reply.txt"))
	open(c, uri, "plaintext", sampleReply)
	p := c.diagnostics(uri)
	require.NotNil(t, p.Version)
	assert.Equal(t, 1, *p.Version)
	h := find(t, p.Diagnostics, "hedging")
	assert.Equal(t, Range{Start: Position{0, 10}, End: Position{0, 19}}, h.Range)
	assert.Equal(t, severityWarning, h.Severity)
	assert.Equal(t, "replylint", h.Source)
	require.NotNil(t, h.CodeDescription)
	assert.Equal(t, "https://github.com/replylint/replylint/blob/main/docs/rules.md", h.CodeDescription.Href)
	assert.Contains(t, h.Message, "Twijfeltaal")
	assert.Contains(t, h.Message, "\n→ ", "with the suggestion")

	// A quick fix for the capitals: the suggestion names the replacement.
	caps := find(t, p.Diagnostics, "emotional")
	assert.Equal(t, Range{Start: Position{0, 33}, End: Position{0, 37}}, caps.Range)
	m := c.request("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri},
		"range":        Range{Start: Position{0, 34}, End: Position{0, 34}},
		"context":      map[string]any{"diagnostics": []Diagnostic{caps}},
	})
	require.Nil(t, m.Error)
	var actions []CodeAction
	require.NoError(t, json.Unmarshal(m.Result, &actions))
	require.Len(t, actions, 1)
	assert.Equal(t, "quickfix", actions[0].Kind)
	assert.Equal(t, `Replace "NIET" with "niet"`, actions[0].Title)
	assert.Equal(t, []TextEdit{{Range: caps.Range, NewText: "niet"}}, actions[0].Edit.Changes[uri])
	require.Len(t, actions[0].Diagnostics, 1)
	assert.Equal(t, "emotional", actions[0].Diagnostics[0].Code)

	// Advice is no quick fix.
	m = c.request("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri}, "range": h.Range, "context": map[string]any{"diagnostics": []Diagnostic{h}},
	})
	assert.JSONEq(t, "[]", string(m.Result))

	// Full sync: the new text replaces the old and is linted at once.
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 2},
		"contentChanges": []map[string]any{{"text": "@klant 👍🏽 Wellicht morgen.\n"}},
	})
	p = c.diagnostics(uri)
	assert.Equal(t, 2, *p.Version)
	h = find(t, p.Diagnostics, "hedging")
	assert.Equal(t, Range{Start: Position{0, 12}, End: Position{0, 20}}, h.Range, "👍🏽 is four UTF-16 code units")

	c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}})
	p = c.diagnostics(uri)
	assert.Empty(t, p.Diagnostics, "closing clears the diagnostics")
	c.exit()
}

func TestSessionUTF8(t *testing.T) {
	c := startServer(t)
	r := c.initialize(map[string]any{"general": map[string]any{"positionEncodings": []string{"utf-16", "utf-8"}}})
	assert.Equal(t, EncodingUTF8, r.Capabilities.PositionEncoding)
	uri := fileURI(filepath.Join(t.TempDir(), "reply.txt"))
	open(c, uri, "plaintext", sampleReply)
	h := find(t, c.diagnostics(uri).Diagnostics, "hedging")
	assert.Equal(t, Range{Start: Position{0, 12}, End: Position{0, 21}}, h.Range, "UTF-8 bytes")
	c.exit()
}

// A .md file's front matter is read and skipped: ranges point into the
// file, below it.
func TestMarkdownFrontMatter(t *testing.T) {
	c := startServer(t)
	c.initialize(map[string]any{})
	uri := fileURI(filepath.Join(t.TempDir(), "answer.md"))
	open(c, uri, "markdown", "---\nin_reply_to: Waar blijft mijn pakket?\nchannel: public\n---\nHoi! Misschien komt het morgen. ^Anne (webcare)\n")
	h := find(t, c.diagnostics(uri).Diagnostics, "hedging")
	assert.Equal(t, Range{Start: Position{4, 5}, End: Position{4, 14}}, h.Range)

	// Broken front matter is shown on its line.
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 2},
		"contentChanges": []map[string]any{{"text": "---\nchanel: public\n---\nHoi!\n"}},
	})
	p := c.diagnostics(uri)
	require.Len(t, p.Diagnostics, 1)
	assert.Equal(t, 1, p.Diagnostics[0].Range.Start.Line)
	assert.Equal(t, severityError, p.Diagnostics[0].Severity)
	assert.Contains(t, p.Diagnostics[0].Message, `unknown front matter key "chanel"`)
	c.exit()
}

func TestJSONLRecords(t *testing.T) {
	c := startServer(t)
	c.initialize(map[string]any{})
	uri := fileURI(filepath.Join(t.TempDir(), "export.jsonl"))
	open(c, uri, "json", "{\"id\":1,\"reply\":\"Ok.\"}\n{\"id\":2,\"reply\":\"@klant Misschien morgen.\"}\n{\"id\":3}\n")
	p := c.diagnostics(uri)
	h := find(t, p.Diagnostics, "hedging")
	assert.Equal(t, Range{Start: Position{1, 24}, End: Position{1, 33}}, h.Range, "inside the record's string")
	var errs []Diagnostic
	for _, d := range p.Diagnostics {
		if d.Code == "" {
			errs = append(errs, d)
		}
	}
	require.Len(t, errs, 1)
	assert.Equal(t, 2, errs[0].Range.Start.Line)
	assert.Contains(t, errs[0].Message, `no "reply"`)
	c.exit()
}

func TestCSVRecords(t *testing.T) {
	c := startServer(t)
	c.initialize(map[string]any{})
	dir := t.TempDir()
	uri := fileURI(filepath.Join(dir, "export.csv"))
	// Semicolons, as Dutch Excel writes; the second reply is quoted and
	// spans two lines.
	open(c, uri, "csv", "id;agent;antwoord\n1;Anne;Ok. ^Anne (webcare)\n2;Sam;\"@klant Dank je.\nMisschien morgen. ^Sam (webcare)\"\n")
	p := c.diagnostics(uri)
	require.Len(t, p.Diagnostics, 1, "%+v", p.Diagnostics)
	h := find(t, p.Diagnostics, "hedging")
	assert.Equal(t, Range{Start: Position{3, 0}, End: Position{3, 9}}, h.Range, "inside the quoted field, on its second line")

	// A header without a reply column: one error on the header line.
	bad := fileURI(filepath.Join(dir, "other.csv"))
	open(c, bad, "csv", "id,name\n1,Anne\n")
	p = c.diagnostics(bad)
	require.Len(t, p.Diagnostics, 1)
	assert.Equal(t, 0, p.Diagnostics[0].Range.Start.Line)
	assert.Equal(t, severityError, p.Diagnostics[0].Severity)
	assert.Contains(t, p.Diagnostics[0].Message, "reply")
	c.exit()
}

// A broken message gets a ParseError and the session goes on; an unknown
// request gets MethodNotFound; an unknown notification nothing.
func TestMalformedAndUnknownMessages(t *testing.T) {
	c := startServer(t)

	// Before initialize, requests are refused.
	m := c.request("textDocument/codeAction", map[string]any{})
	require.NotNil(t, m.Error)
	assert.Equal(t, CodeServerNotInitialized, m.Error.Code)
	c.initialize(map[string]any{})

	// Valid framing, invalid JSON.
	c.raw("Content-Length: 9\r\n\r\n{not json")
	m = c.next()
	require.NotNil(t, m.Error)
	assert.Equal(t, CodeParseError, m.Error.Code)
	assert.Equal(t, "null", string(m.ID))

	// A header without a length, then a good message: the reader skips to
	// the next Content-Length and the session goes on.
	c.raw("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"x\"}")
	m = c.next()
	require.NotNil(t, m.Error)
	assert.Equal(t, CodeParseError, m.Error.Code)
	c.raw("Content-Length: abc\r\n\r\n")
	m = c.next()
	require.NotNil(t, m.Error)
	assert.Equal(t, CodeParseError, m.Error.Code)

	// Valid JSON that is not a request.
	c.write(map[string]any{"jsonrpc": "1.0", "id": 70, "method": "shutdown"})
	m = c.next()
	require.NotNil(t, m.Error)
	assert.Equal(t, CodeInvalidRequest, m.Error.Code)
	assert.Equal(t, "70", string(m.ID))

	// Unknown methods.
	c.notify("$/unknownNotification", map[string]any{"x": 1})
	c.notify("$/cancelRequest", map[string]any{"id": 1})
	m = c.request("textDocument/hover", map[string]any{})
	require.NotNil(t, m.Error, "the notifications before got no answer: this is the request's")
	assert.Equal(t, CodeMethodNotFound, m.Error.Code)

	// Bad params of a known request.
	m = c.request("textDocument/codeAction", []int{1})
	require.NotNil(t, m.Error)
	assert.Equal(t, CodeInvalidParams, m.Error.Code)

	// String ids are answered with the same id.
	c.write(map[string]any{"jsonrpc": "2.0", "id": "abc", "method": "nope"})
	m = c.next()
	assert.Equal(t, `"abc"`, string(m.ID))
	c.exit()
}

// Incremental changes are applied too, in the negotiated encoding.
func TestRangeChange(t *testing.T) {
	c := startServer(t)
	c.initialize(map[string]any{})
	uri := fileURI(filepath.Join(t.TempDir(), "reply.txt"))
	open(c, uri, "plaintext", "@klant 😀 Zeker morgen.\n")
	c.diagnostics(uri)
	// Replace "Zeker" (characters 10-15 in UTF-16) by "Misschien".
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 2},
		"contentChanges": []map[string]any{{"range": Range{Start: Position{0, 10}, End: Position{0, 15}}, "text": "Misschien"}},
	})
	h := find(t, c.diagnostics(uri).Diagnostics, "hedging")
	assert.Equal(t, Range{Start: Position{0, 10}, End: Position{0, 19}}, h.Range)
	c.exit()
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
}

// The config is the one the CLI would find; a change to it is picked up,
// and a broken config keeps the previous one in force.
func TestConfigReload(t *testing.T) {
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, ".replylint.yaml")
	writeFile(t, cfgPath, "rules:\n  hedging: error\n")
	require.NoError(t, os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	uri := fileURI(filepath.Join(dir, "sub", "reply.txt"))

	c := startServer(t)
	c.initialize(map[string]any{"workspace": map[string]any{"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true}}})
	reg := c.next()
	require.Equal(t, "client/registerCapability", reg.Method, "a watcher for config files")
	assert.Contains(t, string(reg.Params), `"globPattern":"**/.replylint.yaml"`)
	c.write(map[string]any{"jsonrpc": "2.0", "id": json.RawMessage(reg.ID), "result": nil}) // the client's answer

	open(c, uri, "plaintext", sampleReply)
	assert.Equal(t, severityError, find(t, c.diagnostics(uri).Diagnostics, "hedging").Severity, "from the config in the parent directory")

	// A broken config: the previous one stays, and the user is told.
	writeFile(t, cfgPath, "rules:\n  hedgeing: off\n")
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []fileEvent{{URI: fileURI(cfgPath), Type: fileChanged}}})
	m := c.expect("window/showMessage")
	var sm showMessageParams
	require.NoError(t, json.Unmarshal(m.Params, &sm))
	assert.Equal(t, messageError, sm.Type)
	assert.Contains(t, sm.Message, cfgPath+":2: rules.hedgeing: unknown rule")
	assert.Equal(t, severityError, find(t, c.diagnostics(uri).Diagnostics, "hedging").Severity, "the previous config is in force")

	// Fixed and saved in the editor: the new config applies.
	writeFile(t, cfgPath, "rules:\n  hedging: off\n")
	c.notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": fileURI(cfgPath)}})
	for _, d := range c.diagnostics(uri).Diagnostics {
		assert.NotEqual(t, "hedging", d.Code)
	}

	// Deleted: back to the defaults.
	require.NoError(t, os.Remove(cfgPath))
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []fileEvent{{URI: fileURI(cfgPath), Type: fileDeleted}}})
	assert.Equal(t, severityWarning, find(t, c.diagnostics(uri).Diagnostics, "hedging").Severity)
	c.exit()
}

// A config that is broken from the start: the defaults, and a message.
func TestBrokenConfigAtOpen(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, ".replylint.yaml"), "fail_level: loud\n")
	c := startServer(t)
	c.initialize(map[string]any{})
	uri := fileURI(filepath.Join(dir, "reply.txt"))
	open(c, uri, "plaintext", sampleReply)
	m := c.expect("window/showMessage")
	assert.Contains(t, string(m.Params), ".replylint.yaml:1: fail_level")
	assert.Equal(t, severityWarning, find(t, c.diagnostics(uri).Diagnostics, "hedging").Severity)
	c.exit()
}

func TestNotAReply(t *testing.T) {
	c := startServer(t)
	c.initialize(map[string]any{})
	dir := t.TempDir()
	open(c, fileURI(filepath.Join(dir, "main.go")), "go", "package main // Misschien\n")
	open(c, fileURI(filepath.Join(dir, ".replylint.yaml")), "yaml", "rules: {}\n")
	uri := fileURI(filepath.Join(dir, "r.txt"))
	open(c, uri, "plaintext", sampleReply)
	c.diagnostics(uri) // the first diagnostics are the reply's: the others got none
	c.exit()
}

func TestExitWithoutShutdown(t *testing.T) {
	c := startServer(t)
	c.initialize(map[string]any{})
	c.notify("exit", nil)
	select {
	case err := <-c.done:
		assert.ErrorIs(t, err, errExitWithoutShutdown)
	case <-time.After(10 * time.Second):
		t.Fatal("no exit")
	}
}

func TestRequestsAfterShutdown(t *testing.T) {
	c := startServer(t)
	c.initialize(map[string]any{})
	require.Nil(t, c.request("shutdown", nil).Error)
	m := c.request("textDocument/codeAction", map[string]any{})
	require.NotNil(t, m.Error)
	assert.Equal(t, CodeInvalidRequest, m.Error.Code)
	c.notify("exit", nil)
	assert.NoError(t, <-c.done)
}

func TestClosedStream(t *testing.T) {
	c := startServer(t)
	c.initialize(map[string]any{})
	c.w.Close()
	select {
	case err := <-c.done:
		assert.ErrorContains(t, err, "closed the stream")
	case <-time.After(10 * time.Second):
		t.Fatal("no return")
	}
}

func TestURIPath(t *testing.T) {
	assert.Equal(t, filepath.FromSlash("/tmp/a b/r.md"), uriPath("file:///tmp/a%20b/r.md"))
	assert.Equal(t, "", uriPath("untitled:Untitled-1"))
	assert.True(t, strings.HasSuffix(uriPath(fileURI("/x/.replylint.yaml")), ".replylint.yaml"))
}

// A burst of changes ends with the diagnostics of the last text: changes
// that came in together may be linted once.
func TestBurstOfChanges(t *testing.T) {
	c := startServer(t)
	c.initialize(map[string]any{})
	uri := fileURI(filepath.Join(t.TempDir(), "reply.txt"))
	var burst strings.Builder
	texts := []string{"@klant Zeker.", "@klant Misschien.", "@klant Wellicht.", "@klant Zeker NIET."}
	for i, text := range texts {
		var msg any = map[string]any{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": map[string]any{
			"textDocument": map[string]any{"uri": uri, "version": i + 1}, "contentChanges": []map[string]any{{"text": text}}}}
		if i == 0 {
			msg = map[string]any{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": map[string]any{
				"textDocument": map[string]any{"uri": uri, "languageId": "plaintext", "version": 1, "text": text}}}
		}
		var b bytes.Buffer
		require.NoError(t, WriteMessage(&b, msg))
		burst.Write(b.Bytes())
	}
	c.raw(burst.String())
	for n := 1; ; n++ {
		require.LessOrEqual(t, n, len(texts), "at most one publish per change")
		p := c.diagnostics(uri)
		if *p.Version == len(texts) {
			find(t, p.Diagnostics, "emotional")
			for _, d := range p.Diagnostics {
				assert.NotEqual(t, "hedging", d.Code, "nothing of an older text")
			}
			break
		}
	}
	c.write(map[string]any{"jsonrpc": "2.0", "id": 99, "method": "shutdown"})
	m := c.next()
	assert.Equal(t, "99", string(m.ID), "no diagnostics after the last text's: %+v", m)
}
