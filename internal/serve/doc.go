// Package serve is replylint's local web page for webcare agents, and the
// JSON API behind it: "replylint serve" runs it.
//
// The page has two fields, the customer's message and the draft reply. As
// the agent types, the draft is linted: findings are highlighted in place
// with their message and suggestion, a suggestion that is a literal
// replacement (or a missing sign-off with the agent's remembered name and
// role) is applied with a click, and the scorecard, the sign-off and the
// je/u state follow every change. "Draft a reply" fills the draft from the
// message (reply.Draft, placeholders marked), "Triage" shows priority,
// owner, deadline and advice from the escalation matrix (reply.Triage),
// "Copy" copies the draft. The page is plain HTML, CSS and JavaScript
// embedded in the binary: no external fonts, scripts or CDNs. It speaks
// the reply's language, so that its labels and the findings never mix: the
// language chosen in its settings, else the one /api/lint found in the
// draft, else the one /api/triage found in the customer's message, else
// the browser's preference. A pasted text whose findings of one rule run
// into the thousands lists the first MaxFindingsPerRule and counts the
// rest.
//
// # API
//
//	POST /api/lint    {"reply","in_reply_to","lang","channel","kind","customer","path"}
//	POST /api/score   same request and answer as /api/lint
//	POST /api/triage  {"incoming","lang","customer","time","meta":{"followers","verified"},"id"}
//	POST /api/draft   {"incoming","agent","role","brand","lang","channel","kind","customer","seed",…}
//	                  kind "statement" with "facts":{"brand","incident","situation","cause","at_fault","actions","when","info_page","spokesperson",…}
//	GET  /api/rules   {"rules":[{"id","severity","effective","needs_incoming","doc","labels":{"nl","en"}}]}
//	                  (effective: the severity under the config in force, or "off")
//	GET  /healthz     {"status":"ok"}
//
// /api/lint answers with one file object of the CLI's json format,
// {"path","lang","score","findings"}, plus what the page shows besides the
// findings: "address", "customer_address", "signoff", "fixes" (the edits
// that carry out a suggestion literally, by finding index) and, when the
// config file stopped loading, "config_error". /api/triage answers with a
// reply.Decision and /api/draft with a reply.Reply, as the library encodes
// them. Offsets are UTF-8 byte offsets into the request's text. An empty
// reply is refused (400), as the CLI refuses it. Of each rule, /api/lint
// lists at most MaxFindingsPerRule findings (and as many score reasons);
// "collapsed" counts the rest by rule, [{"rule","count"}], and the score
// counts them all.
//
// Request bodies are JSON objects of at most Options.MaxBodyBytes; unknown
// fields are an error, as in the config file. Every error is
// {"error":"..."} with a 4xx or 5xx status.
//
// # Safety
//
// The server is meant for one agent on one machine: it binds 127.0.0.1 by
// default and answers only requests whose Host is the address it is bound
// to (an IP literal or localhost with its port), so a web page elsewhere
// cannot reach it through DNS rebinding. A request with an Origin header
// must come from the page itself or from an origin in
// Options.AllowOrigins, which also turns on CORS for that origin. Bodies
// are limited (413), the http.Server has read, write and idle timeouts, an
// API request that takes longer than HandlerTimeout is answered with 503
// and one whose body does not arrive in time with 408 (both with the JSON
// error shape), at most one request per CPU lints, drafts or triages at a
// time, and of those only one with texts of HeavyBytes or more. A request
// whose client has gone or whose time is up stops at the next step of its
// work (linting a reply is one step: lint.Lint takes no context).
//
// The config is the CLI's: Options.ConfigPath, or the .replylint.yaml found
// from Options.Dir upwards, loaded by drive.Configs as the CLI and the
// language server load it: lint settings, profile and templates in one
// pass. /api/draft drafts with the config's profile and templates; what
// the request gives (agent, role, …) wins. It is read again when the file
// changes; a file that no longer loads leaves the previous config in force
// and the answers say why. The escalation matrix for triage is
// Options.MatrixPath, or escalation.yaml found the same way, or the
// built-in matrix.
//
// The package never prints: it logs through Options.Logger only.
package serve
