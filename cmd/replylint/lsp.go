package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/replylint/replylint/internal/lsp"
	"github.com/replylint/replylint/lint"
)

const lspUsage = `Usage: replylint lsp [--stdio]

Runs the replylint language server over stdin and stdout, for any editor
with an LSP client: diagnostics as you type in .txt, .md, .jsonl and .csv
replies, with the config the CLI would use, and for a .md reply whose
front matter has the customer's message (in_reply_to) the code action
"Draft a reply" (command replylint.draft), the draft replylint draft
writes. --stdio is the only transport and may be left out. See the README
for editor setups.

Flags:
`

func runLSP(ctx context.Context, args []string, e *env) int {
	fs := flag.NewFlagSet("replylint lsp", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), lspUsage)
		fs.PrintDefaults()
	}
	fs.Bool("stdio", true, "talk over stdin and stdout: the only transport, accepted for clients that pass it")
	rest, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(rest) > 0 {
		return usageError(e, "lsp takes no arguments, got %q", rest[0])
	}
	go lint.Prepare() // the first diagnostics need not wait for the models
	err = lsp.Serve(ctx, e.stdin, e.stdout, lsp.Options{Version: version(), Log: e.stderr})
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, context.Canceled):
		return exitInterrupted
	}
	// The protocol asks for exit status 1 when the client exits without
	// shutdown; the same goes for a stream that ends.
	printLine(e.stderr, "replylint: "+err.Error())
	return exitFindings
}
