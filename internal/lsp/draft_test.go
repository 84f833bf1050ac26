package lsp

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/internal/drive"
	"github.com/replylint/replylint/internal/textpos"
	"github.com/replylint/replylint/reply"
	"github.com/replylint/replylint/tone"
)

// draftTeamYAML signs drafts as Anne (webcare) and says "PB" for DM: a
// draft made without the team's config shows.
const draftTeamYAML = "profile:\n  agent: Anne\n  role: webcare\ntemplates:\n  nl:\n    dm: PB\n"

// wantDraft is what "replylint draft" prints for a message under the
// config file: the same library calls (drive.LoadTeam, DraftProfile,
// reply.Draft); cmd/replylint's TestLanguageServerDraftsAsTheCLI runs the
// CLI itself.
func wantDraft(t *testing.T, cfgPath string, in tone.Input, ask reply.Profile) string {
	t.Helper()
	team := drive.DefaultTeam()
	if cfgPath != "" {
		var err error
		team, err = drive.LoadTeam(cfgPath)
		require.NoError(t, err)
	}
	d := reply.Draft(in, team.DraftProfile(ask))
	if d.Hold {
		return d.Note + "\n"
	}
	return d.Text + "\n"
}

// markdown is a reply document with the customer's message in its front
// matter.
func markdown(message, customer, body string) string {
	s := "---\nin_reply_to: |\n  " + message + "\n"
	if customer != "" {
		s += "customer: \"" + customer + "\"\n"
	}
	return s + "---\n" + body
}

// codeActions asks for the code actions at the start of a document.
func (c *client) codeActions(uri string, only ...string) []CodeAction {
	c.t.Helper()
	ctx := map[string]any{"diagnostics": []Diagnostic{}}
	if len(only) > 0 {
		ctx["only"] = only
	}
	m := c.request("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri}, "range": Range{}, "context": ctx})
	require.Nil(c.t, m.Error)
	var actions []CodeAction
	require.NoError(c.t, json.Unmarshal(m.Result, &actions))
	return actions
}

func draftAction(actions []CodeAction) *CodeAction {
	for i := range actions {
		if actions[i].Kind == KindDraft {
			return &actions[i]
		}
	}
	return nil
}

// apply applies a document's edits, positions in UTF-16 code units.
func apply(t *testing.T, text string, edits []TextEdit) string {
	t.Helper()
	require.Len(t, edits, 1)
	starts := textpos.LineStarts(text)
	e := edits[0]
	from := textpos.OffsetAt(text, starts, e.Range.Start.Line, e.Range.Start.Character, textpos.UTF16)
	to := textpos.OffsetAt(text, starts, e.Range.End.Line, e.Range.End.Character, textpos.UTF16)
	return text[:from] + e.NewText + text[to:]
}

// An editor asks for code actions and runs the command as it would: the
// draft replaces the reply below the front matter and is what the CLI
// drafts under the team's config, in Dutch and in English; a held message
// gets the internal note; a document without a customer's message gets
// no draft.
func TestDraftSession(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, ".replylint.yaml")
	writeFile(t, cfg, draftTeamYAML)
	c := startServer(t)
	c.initialize(map[string]any{"workspace": map[string]any{"applyEdit": true}})

	cases := []struct {
		name, message, customer, body, title string
		hold                                 bool
		want                                 []string
	}{
		{"Dutch", "Al een week wacht ik op mijn pakket 😡 Echt belachelijk.", "@marieke", "",
			"Concept-antwoord maken", false, []string{"@marieke", " PB ", "(webcare)"}},
		{"English, over a reply", "My parcel has been lost for a week, can you check? Order 12345", "@tom", "@tom Maybe tomorrow. 😀\n",
			"Replace the reply with a draft", false, []string{"@tom", "Anne (webcare)"}},
		{"held: a legal threat", "Als jullie mijn geld niet vandaag terugstorten, schakel ik mijn advocaat in.", "", "",
			"Interne notitie invoegen: nog geen openbaar antwoord", true, []string{"Jurist"}},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			want := wantDraft(t, cfg, tone.Input{Incoming: tc.message + "\n", Customer: tc.customer}, reply.Profile{})
			for _, w := range tc.want {
				require.Contains(t, want, w)
			}
			uri := fileURI(filepath.Join(dir, "answer"+string(rune('a'+i))+".md"))
			text := markdown(tc.message, tc.customer, tc.body)
			open(c, uri, "markdown", text)
			c.diagnostics(uri)

			a := draftAction(c.codeActions(uri))
			require.NotNil(t, a)
			assert.Equal(t, tc.title, a.Title)
			assert.Empty(t, a.Diagnostics)
			assert.Equal(t, markdown(tc.message, tc.customer, want), apply(t, text, a.Edit.Changes[uri]))

			c.nextID++
			c.write(map[string]any{"jsonrpc": "2.0", "id": c.nextID, "method": "workspace/executeCommand",
				"params": map[string]any{"command": DraftCommand, "arguments": []any{map[string]string{"uri": uri}}}})
			ae := c.next()
			require.Equal(t, "workspace/applyEdit", ae.Method, "the edit comes first")
			var ap applyWorkspaceEditParams
			require.NoError(t, json.Unmarshal(ae.Params, &ap))
			assert.Equal(t, tc.title, ap.Label)
			assert.Equal(t, a.Edit, ap.Edit)
			m := c.next()
			require.Nil(t, m.Error)
			var dr DraftResult
			require.NoError(t, json.Unmarshal(m.Result, &dr))
			assert.Equal(t, want, dr.Text)
			assert.Equal(t, tc.hold, dr.Hold)
			assert.Equal(t, a.Edit, dr.Edit)
		})
	}

	t.Run("no customer's message", func(t *testing.T) {
		for _, doc := range []struct{ name, lang, text string }{
			{"reply.txt", "plaintext", sampleReply},
			{"plain.md", "markdown", "@klant Misschien morgen.\n"},
			{"front.md", "markdown", "---\nchannel: public\nin_reply_to: \" \"\n---\n@klant Misschien morgen.\n"},
			{"broken.md", "markdown", "---\nin_reply_to: Waar is mijn pakket?\nchanel: public\n---\nHoi!\n"},
		} {
			uri := fileURI(filepath.Join(dir, doc.name))
			open(c, uri, doc.lang, doc.text)
			c.diagnostics(uri)
			assert.Nil(t, draftAction(c.codeActions(uri)), doc.name)
			m := c.request("workspace/executeCommand", map[string]any{"command": DraftCommand, "arguments": []string{uri}})
			require.NotNil(t, m.Error, doc.name)
			assert.Equal(t, CodeRequestFailed, m.Error.Code)
		}
	})
	c.exit()
}

// The draft follows the config: a change to it gives the next draft with
// the new profile, as a lint gets the new rules.
func TestDraftFollowsAConfigChange(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, ".replylint.yaml")
	writeFile(t, cfg, draftTeamYAML)
	c := startServer(t)
	c.initialize(map[string]any{})
	uri := fileURI(filepath.Join(dir, "answer.md"))
	msg := "Mijn pakket is al een week zoek, kunt u kijken?"
	open(c, uri, "markdown", markdown(msg, "", ""))
	c.diagnostics(uri)
	a := draftAction(c.codeActions(uri))
	require.NotNil(t, a)
	assert.Contains(t, a.Edit.Changes[uri][0].NewText, "Anne (webcare)")

	writeFile(t, cfg, strings.ReplaceAll(draftTeamYAML, "Anne", "Sanne"))
	c.notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": fileURI(cfg)}})
	c.diagnostics(uri)
	a = draftAction(c.codeActions(uri))
	require.NotNil(t, a)
	assert.Contains(t, a.Edit.Changes[uri][0].NewText, "Sanne (webcare)")
	assert.Equal(t, wantDraft(t, cfg, tone.Input{Incoming: msg + "\n"}, reply.Profile{}), a.Edit.Changes[uri][0].NewText)
	c.exit()
}

// The title speaks the editor's language (initialize's locale) when it
// is Dutch or English, else the message's; the user's name and role from
// initializationOptions sign the draft, as --agent and --role do; a
// client that asks for quick fixes only gets no draft, one that asks for
// refactorings does; without applyEdit the command only answers.
func TestDraftOptions(t *testing.T) {
	dir := t.TempDir()
	msg := "Mijn pakket is al een week zoek, kunt u kijken?"
	for _, tc := range []struct {
		locale, message, title string
	}{
		{"en-US", msg, "Draft a reply"},
		{"nl", "Where is my parcel? It has been a week.", "Concept-antwoord maken"},
		{"de", "Where is my parcel? It has been a week.", "Draft a reply"},
		{"", msg, "Concept-antwoord maken"},
	} {
		c := startServer(t)
		m := c.request("initialize", map[string]any{"processId": nil, "rootUri": nil, "locale": tc.locale, "capabilities": map[string]any{},
			"initializationOptions": map[string]string{"agent": "Jimy", "role": "social care"}})
		require.Nil(t, m.Error)
		c.notify("initialized", map[string]any{})
		uri := fileURI(filepath.Join(dir, "answer.md"))
		open(c, uri, "markdown", markdown(tc.message, "", ""))
		c.diagnostics(uri)
		a := draftAction(c.codeActions(uri))
		require.NotNil(t, a)
		assert.Equal(t, tc.title, a.Title, "locale %q", tc.locale)
		want := wantDraft(t, "", tone.Input{Incoming: tc.message + "\n"}, reply.Profile{Agent: "Jimy", Role: "social care"})
		assert.Contains(t, want, "Jimy (social care)")
		assert.Equal(t, want, a.Edit.Changes[uri][0].NewText)

		assert.Nil(t, draftAction(c.codeActions(uri, "quickfix")))
		assert.NotNil(t, draftAction(c.codeActions(uri, "refactor")))
		assert.NotNil(t, draftAction(c.codeActions(uri, "quickfix", KindDraft)))

		m = c.request("workspace/executeCommand", map[string]any{"command": DraftCommand, "arguments": []string{uri}})
		require.Nil(t, m.Error, "no workspace/applyEdit came first")
		m = c.request("workspace/executeCommand", map[string]any{"command": "replylint.nope", "arguments": []string{uri}})
		require.NotNil(t, m.Error)
		assert.Equal(t, CodeInvalidParams, m.Error.Code)
		m = c.request("workspace/executeCommand", map[string]any{"command": DraftCommand, "arguments": []string{fileURI(filepath.Join(dir, "closed.md"))}})
		require.NotNil(t, m.Error)
		assert.Equal(t, CodeInvalidParams, m.Error.Code)
		c.exit()
	}
}

// A broken escalation.yaml beside the document: no draft triaged by
// another matrix (the CLI refuses too), and the user is told why.
func TestDraftWithABrokenMatrix(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, reply.MatrixFileName), "levels: [\n")
	c := startServer(t)
	c.initialize(map[string]any{})
	uri := fileURI(filepath.Join(dir, "answer.md"))
	open(c, uri, "markdown", markdown("Waar blijft mijn pakket?", "", ""))
	c.diagnostics(uri)
	c.nextID++
	c.write(map[string]any{"jsonrpc": "2.0", "id": c.nextID, "method": "textDocument/codeAction", "params": map[string]any{
		"textDocument": map[string]any{"uri": uri}, "range": Range{}, "context": map[string]any{"diagnostics": []Diagnostic{}}}})
	sm := c.expect("window/showMessage")
	assert.Contains(t, string(sm.Params), reply.MatrixFileName)
	m := c.next()
	require.Nil(t, m.Error)
	assert.JSONEq(t, "[]", string(m.Result))
	m = c.request("workspace/executeCommand", map[string]any{"command": DraftCommand, "arguments": []string{uri}})
	require.NotNil(t, m.Error, "shown once; the command says why too")
	assert.Equal(t, CodeRequestFailed, m.Error.Code)
	assert.Contains(t, m.Error.Message, reply.MatrixFileName)
	c.exit()
}

// Every language has every title.
func TestActionTitles(t *testing.T) {
	data, err := os.ReadFile("titles/actions.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, data)
	for _, lang := range []string{"nl", "en"} {
		tt := actionTitles()[lang]
		assert.NotEmpty(t, tt.Draft, lang)
		assert.NotEmpty(t, tt.Replace, lang)
		assert.NotEmpty(t, tt.Note, lang)
	}
}
