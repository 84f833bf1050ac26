// Package drive is the core the CLI (cmd/replylint), the language server
// (internal/lsp) and the web page (internal/serve) share, so that each of
// them only translates its protocol: rule info under a team's config, and
// (as it moves here) config resolution, reload and safe linting.
package drive
