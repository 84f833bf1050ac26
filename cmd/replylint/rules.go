package main

import (
	"bufio"
	"flag"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/replylint/replylint/internal/drive"
	"github.com/replylint/replylint/internal/report"
)

func runRules(args []string, e *env) int {
	fs := flag.NewFlagSet("replylint rules", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: replylint rules [--format text|json] [--config PATH]\n\nLists every rule with its severity under the team's config (.replylint.yaml\nin the working directory or a parent), its default and what it checks.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	format := fs.String("format", "text", "output format: text or json")
	configPath := fs.String("config", "", "config `PATH` (default: .replylint.yaml in the working directory or a parent)")
	rest, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(rest) > 0 {
		return usageError(e, "rules takes no arguments, got %q", rest[0])
	}
	if *format != "text" && *format != "json" {
		return usageError(e, "unknown --format %q (want text or json)", *format)
	}
	team, err := loadTeam(*configPath, ".")
	if err != nil {
		printLine(e.stderr, configMessage(*configPath, err))
		return exitError
	}
	infos, err := drive.Rules(team.Lint)
	if err != nil {
		printLine(e.stderr, configMessage(team.Path, err))
		return exitError
	}
	w := bufio.NewWriter(e.stdout)
	switch *format {
	case "json":
		w.Write(report.Marshal(struct {
			Rules []drive.RuleInfo `json:"rules"`
		}{infos}, "", "  "))
		w.WriteString("\n")
	case "text":
		for i, r := range infos {
			if i > 0 {
				w.WriteString("\n")
			}
			fmt.Fprintf(w, "%s  %s", r.ID, r.Effective)
			if r.Effective != r.Severity.String() {
				fmt.Fprintf(w, "  (default %s; %s)", r.Severity, team.Path)
			}
			if r.NeedsIncoming {
				w.WriteString("  (needs the customer's message)")
			}
			w.WriteString("\n")
			for _, l := range wrap(r.Doc, 76) {
				fmt.Fprintf(w, "    %s\n", l)
			}
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(e.stderr, "replylint:", err)
		return exitError
	}
	return exitOK
}

// wrap breaks text into lines of at most width code points, at spaces.
func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	n := 0
	for _, word := range strings.Fields(text) {
		wn := utf8.RuneCountInString(word)
		if n > 0 && n+1+wn > width {
			lines = append(lines, cur.String())
			cur.Reset()
			n = 0
		}
		if n > 0 {
			cur.WriteString(" ")
			n++
		}
		cur.WriteString(word)
		n += wn
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}
