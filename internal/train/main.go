//go:build ignore

// main runs the training command of package train:
//
//	go run ./internal/train/main.go [-check] [-eval [-v] FILE.jsonl...]
//
// It is kept out of the package build (the module's only command is
// cmd/replylint, which "go install ./..." installs).
package main

import (
	"os"

	"github.com/replylint/replylint/internal/train"
)

func main() { os.Exit(train.Run(os.Args[1:], os.Stdout, os.Stderr)) }
