package lsp

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/internal/drive"
	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/internal/textpos"
	"github.com/replylint/replylint/reply"
	"github.com/replylint/replylint/tone"
)

// DraftCommand is the workspace/executeCommand command that drafts a
// first reply to the customer's message of a document (its front
// matter's in_reply_to) and puts it in place of the document's reply,
// with the config, profile, templates and escalation matrix that
// "replylint draft" would use for a message in the document's directory.
// Its one argument is the document: its URI as a string, or a
// TextDocumentIdentifier ({"uri": …}). The server applies the edit with
// workspace/applyEdit when the client can, and answers with a DraftResult.
const DraftCommand = "replylint.draft"

// KindDraft is the code action kind of the draft action ("Draft a
// reply", "Concept-antwoord maken"): a rewrite of the document's reply as
// a whole, so that a client can ask for it alone (context.only).
const KindDraft = "refactor.rewrite.draft"

// CodeRequestFailed is the LSP error of a request that was understood but
// could not be done: DraftCommand for a document without a customer's
// message, or with a broken escalation matrix.
const CodeRequestFailed = -32803

// DraftResult is the answer to DraftCommand.
type DraftResult struct {
	// Title says what the edit does, as the code action's title does.
	Title string `json:"title"`
	// Text is what takes the reply's place: the draft, or for a held
	// message the internal note.
	Text string `json:"text"`
	// Hold is set for a message that waits for its owner (press, legal,
	// another language): Text is the note for the team, never a reply
	// to post.
	Hold bool `json:"hold"`
	// Lang is the draft's language, "nl" or "en".
	Lang string `json:"lang"`
	// Edit replaces the document's reply (the text after the front
	// matter) with Text.
	Edit workspaceEdit `json:"edit"`
}

// draftOptions are what an editor may pass in initializationOptions for
// drafts: the user's name and role for the sign-off, as the CLI's --agent
// and --role. They win over the config's profile.
type draftOptions struct {
	Agent string `json:"agent"`
	Role  string `json:"role"`
}

// errNoMessage is a document without a customer's message: nothing to
// draft a reply to.
var errNoMessage = errors.New(`no customer's message to answer: put it under "in_reply_to:" in the front matter of a .md file`)

// draftKey is everything a draft depends on: the same key gives the same
// draft, so a document's draft is made again only when its message, its
// front matter or the config or matrix in force changes, not as the reply
// is typed.
type draftKey struct {
	in     tone.Input
	team   *drive.Team
	matrix *reply.Matrix
}

// cachedDraft is a document's last draft.
type cachedDraft struct {
	key   draftKey
	reply reply.Reply
}

// docDraft is the draft for a document as it is now.
type docDraft struct {
	reply reply.Reply
	// text is what replaces the reply: the draft, or the note.
	text string
	// from is the byte offset where the reply starts (after the front
	// matter); it runs to the end of the document.
	from int
	// replaces tells that the document already holds a reply.
	replaces bool
}

// draftFor drafts the reply to a document's customer's message as "replylint
// draft" does: the team's config found from the document's directory
// (drive.Configs), its profile and templates with the editor's agent and
// role on top (drive.Team.DraftProfile), and the escalation matrix found
// the same way (drive.Matrices). A held message gives the internal note.
// It runs on the server's goroutine.
func (s *server) draftFor(d *document) (docDraft, error) {
	if f, ok := formatOf(d); !ok || f != input.Markdown {
		return docDraft{}, errNoMessage
	}
	name := d.name()
	doc, err := input.ReadMarkdown(name, []byte(d.text))
	if err != nil {
		return docDraft{}, err // shown as a diagnostic already
	}
	if input.Blank(doc.Input.Incoming) {
		return docDraft{}, errNoMessage
	}
	team := s.teamFor(d)
	if _, err := drive.CheckText("in_reply_to", doc.Input.Incoming, team.Lint.MaxReplyBytes); err != nil {
		var te *drive.TextError
		if errors.As(err, &te) {
			te.Then = "no draft"
		}
		return docDraft{}, err
	}
	mx, err := s.matrixFor(d)
	if err != nil && mx == nil {
		// The CLI refuses to draft with a matrix that does not load,
		// rather than triage with another one.
		return docDraft{}, err
	}
	in := doc.Input
	in.Text = ""
	key := draftKey{in: in, team: team, matrix: mx}
	out := docDraft{from: doc.Offset, replaces: !input.Blank(doc.Input.Text)}
	if c := d.draft; c != nil && c.key == key {
		out.reply = c.reply
	} else {
		p := team.DraftProfile(reply.Profile{Agent: s.draftOpts.Agent, Role: s.draftOpts.Role, Matrix: mx})
		if err := drive.Safely(name, func() { out.reply = reply.Draft(in, p) }); err != nil {
			var pe *drive.PanicError
			if errors.As(err, &pe) {
				fmt.Fprintf(s.log, "replylint lsp: %v\n%s\n", err, pe.Stack)
			}
			return docDraft{}, err
		}
		d.draft = &cachedDraft{key: key, reply: out.reply}
	}
	// What "replylint draft" prints: the draft, or the note of a held
	// message, and a line feed.
	out.text = out.reply.Text
	if out.reply.Hold {
		out.text = out.reply.Note
	}
	if out.text == "" {
		return docDraft{}, fmt.Errorf("%s: no draft for this message", name)
	}
	out.text += "\n"
	return out, nil
}

// matrixFor returns the escalation matrix for a document's directory. A
// matrix file that does not load is shown to the user once per error;
// after a good load, the last good matrix stays in force.
func (s *server) matrixFor(d *document) (*reply.Matrix, error) {
	dir := s.dirOf(d)
	if dir == "" {
		return nil, nil
	}
	mx, path, err := s.matrices.For(dir)
	if err == nil {
		delete(s.matrixErrs, path)
		return mx, nil
	}
	if s.matrixErrs[path] != err.Error() {
		s.matrixErrs[path] = err.Error()
		then := ""
		if mx != nil {
			then = "the previous matrix stays in force"
		}
		s.showFileError(path, err, then)
	}
	return mx, err
}

// draftAction is the code action that puts the draft in place of the
// reply; ok is false for a document with no customer's message.
func (s *server) draftAction(d *document) (CodeAction, bool) {
	dr, err := s.draftFor(d)
	if err != nil {
		return CodeAction{}, false
	}
	return CodeAction{Title: s.draftTitle(dr), Kind: KindDraft, Edit: s.draftEdit(d, dr)}, true
}

// draftEdit replaces the document's reply, from the end of its front
// matter to the end of the document, with the draft.
func (s *server) draftEdit(d *document, dr docDraft) workspaceEdit {
	at := func(off int) Position { return s.position(textpos.PositionOf(d.text, off)) }
	return workspaceEdit{Changes: map[string][]TextEdit{
		d.uri: {{Range: Range{Start: at(dr.from), End: at(len(d.text))}, NewText: dr.text}},
	}}
}

// executeCommand runs DraftCommand.
func (s *server) executeCommand(p executeCommandParams) (any, *ResponseError) {
	if p.Command != DraftCommand {
		return nil, &ResponseError{Code: CodeInvalidParams, Message: fmt.Sprintf("unknown command %q (the server has %s)", p.Command, DraftCommand)}
	}
	if len(p.Arguments) != 1 {
		return nil, &ResponseError{Code: CodeInvalidParams, Message: DraftCommand + " takes one argument: the document's URI"}
	}
	var uri string
	if json.Unmarshal(p.Arguments[0], &uri) != nil {
		var td textDocumentIdentifier
		if err := json.Unmarshal(p.Arguments[0], &td); err != nil {
			return nil, invalidParams(err)
		}
		uri = td.URI
	}
	d, ok := s.docs[uri]
	if !ok {
		return nil, &ResponseError{Code: CodeInvalidParams, Message: "no open document " + uri}
	}
	dr, err := s.draftFor(d)
	if err != nil {
		return nil, &ResponseError{Code: CodeRequestFailed, Message: "replylint: " + err.Error()}
	}
	res := DraftResult{Title: s.draftTitle(dr), Text: dr.text, Hold: dr.reply.Hold, Lang: dr.reply.Lang, Edit: s.draftEdit(d, dr)}
	if s.applyEdit {
		s.call("workspace/applyEdit", applyWorkspaceEditParams{Label: res.Title, Edit: res.Edit})
	}
	return res, nil
}

// draftTitle names the draft action in the user's language.
func (s *server) draftTitle(dr docDraft) string {
	t := actionTitles()[s.uiLang(dr.reply.Lang)]
	switch {
	case dr.reply.Hold:
		return t.Note
	case dr.replaces:
		return t.Replace
	}
	return t.Draft
}

// uiLang is the language to speak to the user in: the editor's (the
// locale sent with initialize) when it is Dutch or English, else lang,
// the draft's.
func (s *server) uiLang(lang string) string {
	loc := strings.ToLower(s.locale)
	switch {
	case loc == "nl" || strings.HasPrefix(loc, "nl-") || strings.HasPrefix(loc, "nl_"):
		return "nl"
	case loc == "en" || strings.HasPrefix(loc, "en-") || strings.HasPrefix(loc, "en_"):
		return "en"
	case lang == "nl":
		return "nl"
	}
	return "en"
}

// titles are the code action titles of one language.
type titles struct {
	Draft   string `yaml:"draft"`
	Replace string `yaml:"replace"`
	Note    string `yaml:"note"`
}

//go:embed titles/actions.yaml
var titleFiles embed.FS

// actionTitles are the titles of titles/actions.yaml by language, read on
// first use.
var actionTitles = sync.OnceValue(func() map[string]titles {
	data, err := titleFiles.ReadFile("titles/actions.yaml")
	if err != nil {
		panic(err) // embedded: cannot happen
	}
	var m map[string]titles
	if err := yaml.Unmarshal(data, &m); err != nil {
		panic(fmt.Sprintf("titles/actions.yaml: %v", err)) // a test reads it
	}
	return m
})
