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
)

var names = []string{"Sanne", "Daan", "Noor", "Bram", "Lisa", "Tom", "Emma", "Sam"}

// Each reply is in one language; the Dutch set is drawn twice as often.
// Openers take the thing, then the name ("%[1]s", "%[2]s").
type language struct {
	openers, things, steps, signs []string
}

var (
	dutch = language{
		openers: []string{
			"Wat balen dat je %[1]s nog niet binnen is, %[2]s!", "Goed voor te stellen dat je baalt van je %[1]s, %[2]s.",
			"Wat vervelend om te lezen, %[2]s.", "Excuses voor het ongemak met je %[1]s, %[2]s.",
			"Misschien is je %[1]s morgen al binnen, %[2]s.", "Zoals eerder aangegeven komt je %[1]s later, %[2]s.",
			"Sorry dat je %[1]s zo laat is, %[2]s.", "Dank voor je bericht over je %[1]s, %[2]s.",
		},
		things: []string{"pakket", "bestelling", "boodschappen", "factuur", "retour"},
		steps: []string{
			"Stuur ons een DM met je ordernummer, dan regelen we het vandaag nog.",
			"We sturen je morgen een nieuwe.", "Wat is je ordernummer? Dan kijk ik mee.",
			"Bel ons gerust op 0800-0123.", "Het is maar een kleine vertraging.", "Dat staat duidelijk op de website.",
			"Ik heb het doorgegeven aan onze bezorgers.", "Je krijgt het bedrag binnen vijf werkdagen terug.",
		},
		signs: []string{" ^EK", " ^Anne", "\nGroet, Noor (webcare)", " Team Webcare", "", " ~Sam", " /MT"},
	}
	english = language{
		openers: []string{
			"Sorry that your %[1]s is late, %[2]s.", "Sorry to hear that, %[2]s, about your %[1]s.",
			"Maybe your %[1]s arrives tomorrow, %[2]s.", "That's frustrating about your %[1]s, %[2]s.",
			"Thanks for letting us know, %[2]s.", "As previously stated, your %[1]s is on its way, %[2]s.",
		},
		things: []string{"parcel", "order", "refund", "delivery"},
		steps: []string{
			"DM us your order number and we'll sort it today.", "We'll send a replacement tomorrow.",
			"Could you DM us your postcode?", "It's only a small delay.", "Please call us on 0800 123 4567.",
			"I've passed this on to our delivery team.", "This is clearly stated on our website.",
		},
		signs: []string{" -Jimy", " ^AB", "\nCheers, Tom (Customer Care)", "", " /MT"},
	}
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
		lang := dutch
		if r.IntN(3) == 0 {
			lang = english
		}
		thing, name := lang.things[r.IntN(len(lang.things))], names[r.IntN(len(names))]
		opening := fmt.Sprintf(lang.openers[r.IntN(len(lang.openers))], thing, name)
		reply := "@user " + opening
		for range 3 {
			reply += " " + lang.steps[r.IntN(len(lang.steps))]
		}
		reply += lang.signs[r.IntN(len(lang.signs))]
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
