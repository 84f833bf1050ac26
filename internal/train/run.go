// Package train fits the complaint model of tone.ReadMessage and measures
// it. Its command (kept out of the build, as the module's only command is
// cmd/replylint) runs from the repository root:
//
//	go run ./internal/train/main.go            # fit on the inputs, write tone/model/complaint.json and words.en.json, print 10-fold CV
//	go run ./internal/train/main.go -check     # fit and compare with the shipped files (exit 1 when they differ)
//	go run ./internal/train/main.go -select    # 10-fold CV of the word model's settings (wordSettings)
//	go run ./internal/train/main.go -eval FILE # complaint P/R/F1 of the shipped model on a labelled .jsonl
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
package train

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/replylint/replylint/tone"
)

// Run runs the command with its arguments and returns the exit code.
func Run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	eval := fs.Bool("eval", false, "measure the shipped model on the labelled files given as arguments")
	verbose := fs.Bool("v", false, "with -eval: list the messages the reading gets wrong")
	check := fs.Bool("check", false, "fit and compare with the shipped model file instead of writing it")
	out := fs.String("out", "tone/model/complaint.json", "where to write the complaint model")
	wordsOut := fs.String("words-out", "tone/model/words.en.json", "where to write the English word model")
	sel := fs.Bool("select", false, "compare the word model's settings by 10-fold cross-validation instead of fitting")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *eval {
		for _, p := range fs.Args() {
			if err := Evaluate(stdout, p, *verbose); err != nil {
				fmt.Fprintln(stderr, "train:", err)
				return 2
			}
		}
		return 0
	}
	if *sel {
		if err := Select(stdout, DefaultInputs()); err != nil {
			fmt.Fprintln(stderr, "train:", err)
			return 2
		}
		return 0
	}
	models, report, err := Build(DefaultInputs())
	if err != nil {
		fmt.Fprintln(stderr, "train:", err)
		return 2
	}
	fmt.Fprint(stdout, report)
	files := []struct {
		path string
		data []byte
	}{{*out, models.Complaint}, {*wordsOut, models.Words}}
	for _, f := range files {
		if *check {
			old, err := os.ReadFile(f.path)
			if err != nil {
				fmt.Fprintln(stderr, "train:", err)
				return 2
			}
			if !bytes.Equal(old, f.data) {
				fmt.Fprintf(stderr, "train: %s differs from what the inputs give; run go run ./internal/train/main.go\n", f.path)
				return 1
			}
			continue
		}
		if err := os.WriteFile(f.path, f.data, 0o644); err != nil {
			fmt.Fprintln(stderr, "train:", err)
			return 2
		}
		fmt.Fprintf(stdout, "wrote %s\n", f.path)
	}
	return 0
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
	x         []float64
	politeAsk bool // tone.ModelInput.PoliteAsk
	lang      string
	terms     []string // tone.ModelInput.Terms
	// word is the word model's score and base the shared features'
	// log-odds, each from a model that did not see the sample (Build);
	// the complaint model's stack for the language combines them.
	word, base float64
	y          float64
	weight     float64
	source     string // the input's file name
	domain     string // the record's domain, if it has one
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
			mi := tone.MessageModelInput(text, langOf(r))
			// The word feature is the script's to compute (Build), never
			// the shipped word model's, which saw these labels.
			mi.X[slices.Index(tone.FeatureNames(), "words")] = 0
			out = append(out, sample{x: mi.X, politeAsk: mi.PoliteAsk, lang: mi.Lang, terms: mi.Terms, y: y, weight: in.Weight, source: filepath.Base(in.Path), domain: r.Domain})
			n++
		}
		names = append(names, fmt.Sprintf("%s: %d messages", in.Name, n))
	}
	return out, names, nil
}
