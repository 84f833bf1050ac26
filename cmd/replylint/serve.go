package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"strings"

	"github.com/replylint/replylint/internal/serve"
	"github.com/replylint/replylint/lint"
)

const serveUsage = `Usage: replylint serve [flags]

Serves the agents' web page and its JSON API on this machine: paste the
customer's message, write or draft the reply, and see the findings, the
scorecard and the triage as you type. Stop it with Ctrl-C.

Flags:
`

// stringList is a repeatable, comma-separated flag.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ",") }

func (l *stringList) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

func runServe(ctx context.Context, args []string, e *env) int {
	var opts serve.Options
	var origins, hosts stringList
	fs := flag.NewFlagSet("replylint serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { fmt.Fprint(fs.Output(), serveUsage); fs.PrintDefaults() }
	addr := fs.String("addr", serve.DefaultAddr, "`host:port` to listen on")
	fs.StringVar(&opts.ConfigPath, "config", "", "config `PATH` (default: .replylint.yaml from the working directory up)")
	fs.StringVar(&opts.MatrixPath, "matrix", "", "escalation matrix `PATH` (default: escalation.yaml upwards, else built in)")
	fs.Var(&origins, "allow-origin", "`ORIGIN` whose pages may call the API (CORS), e.g. http://localhost:3000; repeatable")
	fs.Var(&hosts, "allow-host", "extra `HOST` name requests may be addressed to; repeatable")
	verbose := fs.Bool("v", false, "log requests to stderr")
	rest, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(rest) > 0 {
		return usageError(e, "serve takes no file arguments, got %q", rest[0])
	}
	opts.AllowOrigins, opts.AllowHosts = origins, hosts
	go lint.Prepare() // the first request need not wait for the models
	if *verbose {
		opts.Logger = slog.New(slog.NewTextHandler(e.stderr, nil))
	}
	ln, err := serve.Listen(ctx, *addr, &opts)
	if err != nil {
		printLine(e.stderr, "replylint: "+err.Error())
		return exitError
	}
	// Serve loads the config and matrix first: a broken file is reported
	// before the URL is.
	// The listener's own address: what it really listens on.
	opts.Ready = func(string) {
		line, warning := serve.Announce(ln.Addr().String(), serve.UserLang(e.getenv))
		fmt.Fprintln(e.stdout, line)
		if warning != "" {
			printLine(e.stderr, "replylint: "+warning)
		}
	}
	if err := serve.Serve(ctx, ln, opts); err != nil {
		printLine(e.stderr, "replylint: "+err.Error())
		return exitError
	}
	return exitOK
}
