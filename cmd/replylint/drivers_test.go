package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/internal/lsp"
	"github.com/replylint/replylint/internal/serve"
)

// driverTeamYAML is a team's config that changes what each driver does,
// so a driver that does not read it shows: hedging raised to error, the
// draft signed by Anne (webcare) in the u-form, and "PB" instead of "DM"
// from the templates.
const driverTeamYAML = `rules:
  hedging: error
address: u
profile:
  agent: Anne
  role: webcare
  brand: Kwikr
templates:
  nl:
    dm: PB
`

// driverFinding is what the three drivers must agree on about a finding.
type driverFinding struct {
	Rule, Severity string
	Line, Column   int // 1-based; the replies here are ASCII, so columns agree in any unit
}

// The CLI, the web page and the language server find the team's config
// the same way (from the reply's directory up) and lint with it the same
// way; the CLI and the web page draft with its profile and templates the
// same way (the language server's drafts: TestLanguageServerDraftsAsTheCLI).
func TestDriversLintAndDraftWithTheSameTeamConfig(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	write(".replylint.yaml", driverTeamYAML)
	cases := []struct {
		name, reply, message string
		wantDraft            []string // in the draft under the team's config
	}{
		{"Dutch", "@klant Misschien komt je pakket morgen. Sorry! ^Anne\n",
			"Mijn pakket is al een week zoek, kunt u kijken? Bestelling 12345\n",
			[]string{" PB ", "Anne (webcare)"}},
		{"English", "@customer Maybe your parcel arrives tomorrow. Sorry! ^Anne\n",
			"My parcel has been lost for a week, can you check? Order 12345\n",
			[]string{"Anne (webcare)"}},
	}
	srv, err := serve.New(serve.Options{Addr: "127.0.0.1:8080", Dir: dir})
	require.NoError(t, err)
	ls := startLanguageServer(t, dir)

	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			replyName, msgName := tc.name+"-reply.txt", tc.name+"-message.txt"
			write(replyName, tc.reply)
			write(msgName, tc.message)

			// The CLI, run in the team's directory.
			t.Chdir(dir)
			_, out, stderr := runCLI(context.Background(), t, strings.NewReader(""), "--format", "json", replyName)
			require.Empty(t, stderr)
			var cliLint struct {
				Files []struct{ Findings []cliFinding }
			}
			require.NoError(t, json.Unmarshal([]byte(out), &cliLint), out)
			require.Len(t, cliLint.Files, 1)
			cli := fromCLI(cliLint.Files[0].Findings)
			require.Contains(t, cli, driverFinding{"hedging", "error", 1, strings.Index(tc.reply, "M") + 1},
				"the CLI reads the team's config: hedging is an error")

			code, out, stderr := runCLI(context.Background(), t, strings.NewReader(""), "draft", "--format", "json", msgName)
			require.Equal(t, exitOK, code, stderr)
			var cliDraft struct{ Draft string }
			require.NoError(t, json.Unmarshal([]byte(out), &cliDraft), out)
			for _, w := range tc.wantDraft {
				assert.Contains(t, cliDraft.Draft, w, "the CLI drafts with the team's profile and templates")
			}

			// The web page.
			var page struct{ Findings []cliFinding }
			post(t, srv, "/api/lint", map[string]string{"reply": tc.reply, "path": replyName}, &page)
			assert.Equal(t, cli, fromCLI(page.Findings), "the page lints as the CLI does")
			var pageDraft struct{ Text string }
			post(t, srv, "/api/draft", map[string]string{"incoming": tc.message}, &pageDraft)
			assert.Equal(t, cliDraft.Draft, pageDraft.Text, "the page drafts as the CLI does")

			// The language server, on the same file opened in an editor.
			diags := ls.open(t, filepath.Join(dir, replyName), tc.reply, i+1)
			assert.Equal(t, cli, diags, "the language server lints as the CLI does")
		})
	}

	// Without the team's config the drafts differ: the test above would
	// see a driver that ignored it.
	t.Chdir(t.TempDir())
	require.NoError(t, os.WriteFile("message.txt", []byte(cases[0].message), 0o644))
	_, out, _ := runCLI(context.Background(), t, strings.NewReader(""), "draft", "message.txt")
	assert.NotContains(t, out, " PB ")
	assert.NotContains(t, out, "Anne (webcare)")
}

type cliFinding struct {
	Rule, Severity string
	Line, Column   int
}

func fromCLI(fs []cliFinding) []driverFinding {
	out := []driverFinding{}
	for _, f := range fs {
		out = append(out, driverFinding(f))
	}
	return out
}

// post sends a JSON request to the page's API and decodes a 200 answer.
func post(t *testing.T, h http.Handler, path string, body any, into any) {
	t.Helper()
	b, err := json.Marshal(body)
	require.NoError(t, err)
	req := httptest.NewRequest("POST", path, strings.NewReader(string(b)))
	req.Host = "127.0.0.1:8080"
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), into))
}

// languageServer is a session of lsp.Serve over pipes, as an editor
// would hold it.
type languageServer struct {
	in     io.Writer
	msgs   chan map[string]json.RawMessage
	nextID int // of the requests the test sends after initialize
}

func startLanguageServer(t *testing.T, dir string) *languageServer {
	t.Helper()
	return startLanguageServerWith(t, map[string]any{
		"processId": os.Getpid(), "rootUri": fileURL(dir), "capabilities": map[string]any{}})
}

// startLanguageServerWith starts a session with the initialize params an
// editor sends.
func startLanguageServerWith(t *testing.T, params map[string]any) *languageServer {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = lsp.Serve(ctx, inR, outW, lsp.Options{LintDelay: time.Millisecond})
		outW.Close()
	}()
	t.Cleanup(func() {
		cancel()
		inW.Close()
		<-done
	})
	ls := &languageServer{in: inW, msgs: make(chan map[string]json.RawMessage, 16)}
	go func() {
		rd := lsp.NewReader(outR)
		for {
			body, err := rd.Read()
			if err != nil {
				close(ls.msgs)
				return
			}
			var m map[string]json.RawMessage
			if json.Unmarshal(body, &m) == nil {
				ls.msgs <- m
			}
		}
	}()
	ls.send(t, map[string]any{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": params})
	ls.until(t, func(m map[string]json.RawMessage) bool { return string(m["id"]) == "1" })
	ls.send(t, map[string]any{"jsonrpc": "2.0", "method": "initialized", "params": map[string]any{}})
	return ls
}

func (ls *languageServer) send(t *testing.T, v any) {
	t.Helper()
	require.NoError(t, lsp.WriteMessage(ls.in, v))
}

// until returns the first message for which ok holds.
func (ls *languageServer) until(t *testing.T, ok func(map[string]json.RawMessage) bool) map[string]json.RawMessage {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		select {
		case m, open := <-ls.msgs:
			require.True(t, open, "the language server stopped")
			if ok(m) {
				return m
			}
		case <-deadline:
			t.Fatal("no answer from the language server")
		}
	}
}

// open opens a document and returns its diagnostics as findings.
func (ls *languageServer) open(t *testing.T, path, text string, version int) []driverFinding {
	t.Helper()
	return ls.openAs(t, path, text, version, "plaintext")
}

// openAs opens a document of an editor's language (plaintext, markdown)
// and returns its diagnostics as findings.
func (ls *languageServer) openAs(t *testing.T, path, text string, version int, languageID string) []driverFinding {
	t.Helper()
	uri := fileURL(path)
	ls.send(t, map[string]any{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": map[string]any{
		"textDocument": map[string]any{"uri": uri, "languageId": languageID, "version": version, "text": text}}})
	var p struct {
		URI         string
		Diagnostics []lsp.Diagnostic
	}
	ls.until(t, func(m map[string]json.RawMessage) bool {
		if string(m["method"]) != `"textDocument/publishDiagnostics"` {
			return false
		}
		require.NoError(t, json.Unmarshal(m["params"], &p))
		return p.URI == uri
	})
	severity := map[int]string{1: "error", 2: "warning", 3: "info"}
	out := []driverFinding{}
	for _, d := range p.Diagnostics {
		out = append(out, driverFinding{Rule: d.Code, Severity: severity[d.Severity],
			Line: d.Range.Start.Line + 1, Column: d.Range.Start.Character + 1})
	}
	return out
}
