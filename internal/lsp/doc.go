// Package lsp is replylint's language server: it lints the replies an
// editor has open as the user types and shows the findings in place, with
// the rule, its severity, a link to the rule's documentation, and a quick
// fix where a suggestion is a literal replacement; and it drafts a first
// reply to the customer's message of a document. "replylint lsp" runs it
// over stdin and stdout for any editor with an LSP client.
//
// The server speaks LSP 3.17: initialize (positionEncoding utf-8 when the
// client offers it, else utf-16), initialized, textDocument/didOpen,
// didChange (full sync; a range change is applied too), didSave, didClose,
// codeAction, workspace/executeCommand (DraftCommand),
// workspace/didChangeWatchedFiles, shutdown and exit; it sends
// textDocument/publishDiagnostics, window/showMessage,
// workspace/applyEdit (a draft, when the client applies edits) and
// client/registerCapability (a watcher for .replylint.yaml, when the
// client can register one). An unknown request gets MethodNotFound
// (-32601); an unknown notification is ignored. A message that cannot be
// parsed gets a ParseError (-32700) response with a null id, and the
// session goes on with the next message.
//
// A .md document whose front matter has the customer's message
// (in_reply_to) gets a code action of kind KindDraft, "Draft a reply" or
// "Concept-antwoord maken" (in the editor's language from initialize's
// locale, else the message's), and the command DraftCommand does the
// same: the draft takes the place of the text below the front matter.
// The draft is the one "replylint draft" prints for that message in the
// document's directory and the web page's "Schrijf een antwoord" writes:
// the same config (drive.Configs), profile and templates
// (drive.Team.DraftProfile), and escalation matrix (drive.Matrices), with
// the front matter's lang, channel, kind and customer, and the agent and
// role of initializationOptions ({"agent": "Anne", "role": "webcare"}) as
// --agent and --role. A message that waits for its owner (press, legal,
// another language) gets no public draft: the action inserts the
// internal note for the team, as the CLI prints it.
//
// A document is linted as the CLI lints its file: a .md file's body after
// the front matter (ranges point into the file), a .jsonl or .csv file record
// by record (a .csv file's columns found by their header names), anything
// else as one reply. The config is the one the CLI would
// use, found from the document's directory and loaded by drive.Configs (the
// CLI's and the web page's loader); it is read again when it changes, and
// at once when the client reports a change to a .replylint.yaml or one is
// saved in the editor. A config that fails to load leaves the previous one
// in force (the defaults while it never loaded), and the error is shown
// with window/showMessage.
//
// A document is linted once it has gone Options.LintDelay (DefaultLintDelay)
// without a change, on a goroutine of its own, one document at a time,
// while messages go on being read: a change during a lint makes it stale,
// an export's lint stops at its next record, and a stale result is never
// published. A code action lints the document at once when its findings
// are not in.
//
// A Content-Length that does not match its body (a client counting
// characters instead of bytes) costs at most that message: a body that
// ends before its length with the next header after it is read up to the
// header, and a header run into by the tail of a body that was too short
// is found within its line.
//
// # Why a framing layer of its own
//
// The protocol layer is this package's own: Content-Length framing (a
// Reader that skips a broken message and goes on, fuzzed), JSON-RPC 2.0
// messages and plain structs for the dozen LSP messages used. The
// alternative, go.lsp.dev/protocol v1.0.1 with go.lsp.dev/jsonrpc2
// (v0.12.0, which @latest resolves to, does not build with the current
// jsonrpc2), needs Go 1.26 (replylint supports 1.25), brings a
// pre-release JSON library (go-json-experiment at a pseudo-version) and a
// go.mod that lists over two hundred modules (its linters and tools) as
// requirements, for
// types covering the whole protocol when replylint uses a small part of
// it. Owning the layer also lets the server answer as the protocol asks
// where a generic layer decides for it: a malformed message is answered
// and skipped rather than ending the connection, and notifications are
// handled in order on one goroutine, so diagnostics always match the
// latest text (lints run beside it and are dropped when stale).
package lsp
