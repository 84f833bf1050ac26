// Command train fits the complaint model of tone.ReadMessage and measures
// it.
//
//	go run ./internal/train            # fit on the inputs, write tone/model/complaint.json, print 10-fold CV
//	go run ./internal/train -check     # fit and compare with the shipped file (exit 1 when they differ)
//	go run ./internal/train -eval FILE # complaint P/R/F1 of the shipped model on a labelled .jsonl
//
// Inputs (run from the repository root): ../shared/corpus/complaints_dev.jsonl,
// the half of the labelled tweets of Preoţiuc-Pietro, Gaman & Aletras,
// "Automatically Identifying Complaints in Social Media" (ACL 2019) that
// the project may fit on, and testdata/customer/nl_dev.jsonl, the project's
// own labelled Dutch messages, when present. Never the test halves. The
// texts stay outside the repository; only the weights go in.
//
// The fit is plain logistic regression with an L2 penalty, solved by
// Newton's method from zero weights in a fixed order, so the same inputs
// give the same file byte for byte.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	eval := flag.Bool("eval", false, "measure the shipped model on the labelled files given as arguments")
	verbose := flag.Bool("v", false, "with -eval: list the messages the reading gets wrong")
	check := flag.Bool("check", false, "fit and compare with the shipped model file instead of writing it")
	out := flag.String("out", "tone/model/complaint.json", "where to write the model")
	flag.Parse()
	if *eval {
		for _, p := range flag.Args() {
			if err := evaluate(os.Stdout, p, *verbose); err != nil {
				fmt.Fprintln(os.Stderr, "train:", err)
				os.Exit(2)
			}
		}
		return
	}
	data, report, err := Build(DefaultInputs())
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(2)
	}
	fmt.Print(report)
	if *check {
		old, err := os.ReadFile(*out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(2)
		}
		if !bytes.Equal(old, data) {
			fmt.Fprintf(os.Stderr, "train: %s differs from what the inputs give; run go run ./internal/train\n", *out)
			os.Exit(1)
		}
		return
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(2)
	}
	fmt.Printf("wrote %s\n", *out)
}

// Input is a labelled file to fit on, with the weight of each of its
// records.
type Input struct {
	Path   string
	Name   string // how the model file names it
	Weight float64
}

// DefaultInputs are the files the shipped model is fitted on, relative to
// the repository root: the English tweets of the ACL 2019 set, and the
// Dutch labelled set when it is there.
func DefaultInputs() []Input {
	in := []Input{{Path: filepath.Join(SharedCorpus(), "complaints_dev.jsonl"), Name: "complaints_dev.jsonl (Preotiuc-Pietro, Gaman & Aletras, ACL 2019, dev half)", Weight: 1}}
	nl := filepath.Join("testdata", "customer", "nl_dev.jsonl")
	if _, err := os.Stat(nl); err == nil {
		in = append(in, Input{Path: nl, Name: "testdata/customer/nl_dev.jsonl (replylint's own Dutch messages)", Weight: 2})
	}
	return in
}

// SharedCorpus returns the folder of the project's shared corpus: the
// first of ../shared/corpus and ../../shared/corpus (from a worktree)
// that exists, relative to the repository root; "" when neither does.
func SharedCorpus() string {
	for _, dir := range []string{filepath.Join("..", "shared", "corpus"), filepath.Join("..", "..", "shared", "corpus")} {
		if _, err := os.Stat(filepath.Join(dir, "complaints_dev.jsonl")); err == nil {
			return dir
		}
	}
	return filepath.Join("..", "shared", "corpus")
}

// sample is one labelled message's features.
type sample struct {
	x      []float64
	y      float64
	weight float64
}

// loadSamples reads the inputs' labelled messages and their features.
func loadSamples(inputs []Input) ([]sample, []string, error) {
	var out []sample
	var names []string
	for _, in := range inputs {
		recs, err := readRecords(in.Path)
		if err != nil {
			return nil, nil, err
		}
		n := 0
		for _, r := range recs {
			gold, ok := r.label()
			text := r.message()
			if !ok || strings.TrimSpace(text) == "" {
				continue
			}
			y := 0.0
			if gold {
				y = 1
			}
			out = append(out, sample{x: featuresOf(text, langOf(r)), y: y, weight: in.Weight})
			n++
		}
		names = append(names, fmt.Sprintf("%s: %d messages", in.Name, n))
	}
	return out, names, nil
}
