package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/internal/lsp"
	"github.com/replylint/replylint/reply"
)

// The language server drafts what "replylint draft" prints for the same
// message in the same directory: the team's profile and templates from
// .replylint.yaml, the escalation matrix found beside it, and for a held
// message the internal note instead of a reply. An editor gets the draft
// as a code action and as the command replylint.draft; a document with
// no customer's message gets neither.
func TestLanguageServerDraftsAsTheCLI(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	write(".replylint.yaml", driverTeamYAML)
	// The team's matrix names its own press contact: a held message's
	// note shows whether a driver found it.
	example, err := os.ReadFile("../../reply/escalation.example.yaml")
	require.NoError(t, err)
	write(reply.MatrixFileName, strings.ReplaceAll(string(example), "pers@example.nl", "pers@kwikr.example"))
	t.Chdir(dir)

	ls := startLanguageServerWith(t, map[string]any{
		"processId": os.Getpid(), "rootUri": fileURL(dir),
		"capabilities": map[string]any{
			"general":   map[string]any{"positionEncodings": []string{"utf-8"}},
			"workspace": map[string]any{"applyEdit": true},
		}})
	cases := []struct {
		name, message, customer, body string
		wantTitle                     string
		wantHold                      bool
		want                          []string // in the CLI's draft: the team's config is in force
	}{
		{"Dutch", "Mijn pakket is al een week zoek, kunt u kijken? Bestelling 12345", "@marieke", "",
			"Concept-antwoord maken", false, []string{" PB ", "Anne (webcare)", "@marieke"}},
		{"English, over a reply already written", "My parcel has been lost for a week, can you check? Order 12345", "@tom",
			"@tom Maybe tomorrow.\n", "Replace the reply with a draft", false, []string{"Anne (webcare)", "@tom"}},
		{"held: a journalist asks", "Ik ben journalist bij de Volkskrant en schrijf een artikel over de storing van vandaag. Kunnen jullie reageren?", "", "",
			"Interne notitie invoegen: nog geen openbaar antwoord", true, []string{"pers@kwikr.example"}},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			msgName := "message" + string(rune('a'+i)) + ".txt"
			write(msgName, tc.message+"\n")
			args := []string{"draft", msgName}
			if tc.customer != "" {
				args = []string{"draft", "--customer", tc.customer, msgName}
			}
			code, cli, stderr := runCLI(context.Background(), t, strings.NewReader(""), args...)
			require.Equal(t, exitOK, code, stderr)
			for _, w := range tc.want {
				require.Contains(t, cli, w)
			}

			front := "---\nin_reply_to: |\n  " + tc.message + "\n"
			if tc.customer != "" {
				front += "customer: \"" + tc.customer + "\"\n"
			}
			front += "---\n"
			uri := fileURL(filepath.Join(dir, "answer"+string(rune('a'+i))+".md"))
			ls.openAs(t, filepath.Join(dir, "answer"+string(rune('a'+i))+".md"), front+tc.body, 1, "markdown")

			// The code action, as the editor's menu of actions asks for
			// it at the cursor.
			actions := ls.codeActions(t, uri, nil)
			draft := findAction(actions, lsp.KindDraft)
			require.NotNil(t, draft, "%+v", actions)
			assert.Equal(t, tc.wantTitle, draft.Title)
			got := applyEdits(t, front+tc.body, draft.Edit.Changes[uri])
			assert.Equal(t, front+cli, got, "the code action puts the CLI's draft in place of the reply")

			// The command: the server applies the edit itself and
			// answers with the draft.
			var applied map[string]json.RawMessage
			res := ls.request(t, "workspace/executeCommand", map[string]any{
				"command": lsp.DraftCommand, "arguments": []string{uri}}, func(m map[string]json.RawMessage) {
				if string(m["method"]) == `"workspace/applyEdit"` {
					applied = m
				}
			})
			require.Nil(t, res["error"], "%s", res["error"])
			var dr lsp.DraftResult
			require.NoError(t, json.Unmarshal(res["result"], &dr))
			assert.Equal(t, cli, dr.Text)
			assert.Equal(t, tc.wantHold, dr.Hold)
			require.NotNil(t, applied, "workspace/applyEdit sent before the answer")
			var ap struct {
				Edit struct{ Changes map[string][]lsp.TextEdit }
			}
			require.NoError(t, json.Unmarshal(applied["params"], &ap))
			assert.Equal(t, front+cli, applyEdits(t, front+tc.body, ap.Edit.Changes[uri]))
		})
	}

	t.Run("no customer's message, no draft", func(t *testing.T) {
		for _, doc := range []struct{ name, lang, text string }{
			{"plain.txt", "plaintext", "@klant Misschien morgen.\n"},
			{"nomessage.md", "markdown", "---\nchannel: public\n---\n@klant Misschien morgen.\n"},
		} {
			path := filepath.Join(dir, doc.name)
			ls.openAs(t, path, doc.text, 1, doc.lang)
			assert.Nil(t, findAction(ls.codeActions(t, fileURL(path), nil), lsp.KindDraft), doc.name)
			res := ls.request(t, "workspace/executeCommand", map[string]any{
				"command": lsp.DraftCommand, "arguments": []any{map[string]string{"uri": fileURL(path)}}}, nil)
			var e lsp.ResponseError
			require.NoError(t, json.Unmarshal(res["error"], &e), doc.name)
			assert.Equal(t, lsp.CodeRequestFailed, e.Code)
			assert.Contains(t, e.Message, "in_reply_to")
		}
	})
}

// findAction returns the code action of a kind, or nil.
func findAction(actions []lsp.CodeAction, kind string) *lsp.CodeAction {
	for i := range actions {
		if actions[i].Kind == kind {
			return &actions[i]
		}
	}
	return nil
}

// codeActions asks for the code actions at the start of a document.
func (ls *languageServer) codeActions(t *testing.T, uri string, only []string) []lsp.CodeAction {
	t.Helper()
	ctx := map[string]any{"diagnostics": []any{}}
	if only != nil {
		ctx["only"] = only
	}
	res := ls.request(t, "textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri},
		"range":        lsp.Range{},
		"context":      ctx,
	}, nil)
	require.Nil(t, res["error"], "%s", res["error"])
	var actions []lsp.CodeAction
	require.NoError(t, json.Unmarshal(res["result"], &actions))
	return actions
}

// request sends a request and returns its response; seen hears every
// message that comes before it.
func (ls *languageServer) request(t *testing.T, method string, params any, seen func(map[string]json.RawMessage)) map[string]json.RawMessage {
	t.Helper()
	ls.nextID++
	id := ls.nextID + 100 // above the ids the sessions's setup uses
	ls.send(t, map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params})
	return ls.until(t, func(m map[string]json.RawMessage) bool {
		if string(m["id"]) == jsonInt(id) && m["method"] == nil {
			return true
		}
		if seen != nil {
			seen(m)
		}
		return false
	})
}

func jsonInt(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// applyEdits applies text edits whose positions count UTF-8 bytes, as
// the session negotiated.
func applyEdits(t *testing.T, text string, edits []lsp.TextEdit) string {
	t.Helper()
	require.NotEmpty(t, edits)
	offset := func(p lsp.Position) int {
		lines := strings.SplitAfter(text, "\n")
		off := 0
		for i := 0; i < p.Line && i < len(lines); i++ {
			off += len(lines[i])
		}
		return min(off+p.Character, len(text))
	}
	// Last edit first, so the earlier offsets stay right.
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		from, to := offset(e.Range.Start), offset(e.Range.End)
		text = text[:from] + e.NewText + text[to:]
	}
	return text
}
