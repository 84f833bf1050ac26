package input_test

import (
	"fmt"
	"io"
	"strings"

	"github.com/replylint/replylint/internal/input"
)

func ExampleReadMarkdown() {
	src := "---\nin_reply_to: Waar blijft mijn pakket?\nchannel: public\n---\n@sanne Ik stuur je vandaag een nieuwe. ^Anne\n"
	doc, err := input.ReadMarkdown("antwoord.md", []byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%q\n", doc.Input.Text)
	fmt.Println(doc.Input.Incoming, "|", doc.Input.Channel)
	fmt.Println("body on line", doc.Line+1, "at byte", doc.Offset)

	_, err = input.ReadMarkdown("fout.md", []byte("---\nauthor: anne\n---\nHoi\n"))
	fmt.Println(err)
	// Output:
	// "@sanne Ik stuur je vandaag een nieuwe. ^Anne\n"
	// Waar blijft mijn pakket? | public
	// body on line 5 at byte 62
	// fout.md:2: unknown front matter key "author" (want in_reply_to, channel, lang, kind, customer, agent, date)
}

func ExampleReader() {
	src := `{"id": 1, "reply": "@klant Misschien morgen."}
{"id": 2, "reply": 42}
`
	rd := input.NewReader(strings.NewReader(src), "export.jsonl", 1<<20)
	for {
		rec, err := rd.Next()
		if err == io.EOF {
			break
		}
		if rec.Err != nil {
			fmt.Println(rec.Err)
			continue
		}
		col, _ := rec.FilePosition(strings.Index(rec.Input.Text, "Misschien"))
		fmt.Printf("line %d, id %s: %q; \"Misschien\" at column %d\n", rec.Line, rec.ID, rec.Input.Text, col)
	}
	// Output:
	// line 1, id 1: "@klant Misschien morgen."; "Misschien" at column 28
	// export.jsonl:2: reply: want a string, got a number
}
