// Package drive is the core the CLI (cmd/replylint), the language server
// (internal/lsp) and the web page (internal/serve) share, so that each of
// them only translates its protocol: rule info with the effective severity
// under a team's config (Rules); the one check of a text before it is
// read, too large, blank, NUL or not UTF-8 (CheckText); the one panic
// recovery, which turns a panic into an error naming the input (Safely,
// Recovered, and the lint calls Lint, LintWith, LintContext); a file that is
// read again when its modification time or size changes (Source), config
// discovery that refuses a directory named like a config file
// (FindConfig), and the one loader of a team's config for all three
// (Configs, LoadTeam): lint settings, drafting profile and templates from
// one read and one parse of the file; and the escalation matrix of a
// directory, found and reloaded the same way (Matrices), for a front end
// that drafts for documents in many directories.
package drive
