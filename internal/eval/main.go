//go:build ignore

// main runs the scorer of package eval:
//
//	go run ./internal/eval/main.go [-v] [-rule ID] [-info IDs] FILE.jsonl...
//	go run ./internal/eval/main.go -triage [-v] FILE.jsonl...
//
// It is kept out of the package build (the module's only command is
// cmd/replylint, which "go install ./..." installs).
package main

import (
	"os"

	"github.com/replylint/replylint/internal/eval"
)

func main() { os.Exit(eval.Run(os.Args[1:], os.Stdout, os.Stderr)) }
