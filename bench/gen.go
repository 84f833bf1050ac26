//go:build ignore

// gen writes a bulk-audit test set: N generated replies, mixing clean and
// rule-triggering Dutch and English replies, as one .jsonl file, as the
// same export in .csv, and as N .txt files. Records carry an agent and a
// date in March 2025, for the team report. It is run by bench/run.sh (go
// run bench/gen.go) and is not part of any package, so `go install ./...`
// does not build it.
package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

var (
	openers = []string{
		"Wat balen dat je %s nog niet binnen is, %s!", "Goed voor te stellen dat je baalt van je %s, %s.",
		"Wat vervelend om te lezen, %s.", "Excuses voor het ongemak met je %s, %s.",
		"Misschien is je %s morgen al binnen, %s.", "Zoals eerder aangegeven komt je %s later, %s.",
		"Sorry that your %s is late, %s.", "Sorry to hear that, %s, about your %s.",
		"Maybe your %s arrives tomorrow, %s.", "That's frustrating about your %s, %s.",
	}
	things = []string{"pakket", "bestelling", "boodschappen", "factuur", "retour", "parcel", "order", "refund"}
	names  = []string{"Sanne", "Daan", "Noor", "Bram", "Lisa", "Tom", "Emma", "Sam"}
	steps  = []string{
		"Stuur ons een DM met je ordernummer, dan regelen we het vandaag nog.",
		"We sturen je morgen een nieuwe.", "Wat is je ordernummer? Dan kijk ik mee.",
		"Bel ons gerust op 0800-0123.", "DM us your order number and we'll sort it today.",
		"We'll send a replacement tomorrow.", "Het is maar een kleine vertraging.", "Dat staat duidelijk op de website.",
	}
	signs = []string{" ^EK", " ^Anne", " -Jimy", "\nGroet, Noor (webcare)", " Team Webcare", "", " ~Sam", " /MT"}
)

func main() {
	n := flag.Int("n", 20000, "number of replies")
	out := flag.String("out", "bench/data", "output directory")
	txt := flag.Bool("txt", true, "also write one .txt file per reply")
	flag.Parse()
	r := rand.New(rand.NewPCG(1, 2))
	if err := os.MkdirAll(filepath.Join(*out, "txt"), 0o755); err != nil {
		panic(err)
	}
	f, err := os.Create(filepath.Join(*out, "replies.jsonl"))
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(f)
	cf, err := os.Create(filepath.Join(*out, "replies.csv"))
	if err != nil {
		panic(err)
	}
	cw := csv.NewWriter(cf)
	cw.Write([]string{"id", "date", "agent", "reply"})
	// Agents and dates come from their own generator, so the replies are
	// the same as before they were added.
	meta := rand.New(rand.NewPCG(3, 4))
	agents := []string{"Anne", "Jimy", "Noor", "Sam", ""}
	total := 0
	for i := range *n {
		thing, name := things[r.IntN(len(things))], names[r.IntN(len(names))]
		op := openers[r.IntN(len(openers))]
		var opening string
		if strings.Index(op, "%s") < strings.LastIndex(op, "%s") && strings.HasPrefix(op, "Sorry to hear") {
			opening = fmt.Sprintf(op, name, thing)
		} else {
			opening = fmt.Sprintf(op, thing, name)
		}
		reply := "@user " + opening + " " + steps[r.IntN(len(steps))] + " " + steps[r.IntN(len(steps))] + " " + steps[r.IntN(len(steps))] + signs[r.IntN(len(signs))]
		total += len(reply)
		id := fmt.Sprintf("r%06d", i)
		agent := agents[meta.IntN(len(agents))]
		date := fmt.Sprintf("2025-03-%02dT%02d:%02d:00+01:00", 1+meta.IntN(31), 8+meta.IntN(12), meta.IntN(60))
		b, _ := json.Marshal(map[string]string{"id": id, "reply": reply, "agent": agent, "date": date})
		w.Write(b)
		w.WriteByte('\n')
		cw.Write([]string{id, date, agent, reply})
		if *txt {
			if err := os.WriteFile(filepath.Join(*out, "txt", fmt.Sprintf("r%06d.txt", i)), []byte(reply), 0o644); err != nil {
				panic(err)
			}
		}
	}
	if err := w.Flush(); err != nil {
		panic(err)
	}
	f.Close()
	cw.Flush()
	if err := cw.Error(); err != nil {
		panic(err)
	}
	cf.Close()
	fmt.Fprintf(os.Stderr, "wrote %d replies, %.1f MB of reply text, to %s\n", *n, float64(total)/1e6, *out)
}
