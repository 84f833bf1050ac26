package teamreport_test

import (
	"fmt"

	"github.com/replylint/replylint/internal/teamreport"
	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

func Example() {
	b, err := teamreport.NewBuilder(teamreport.Options{Lang: "en"})
	if err != nil {
		panic(err)
	}
	replies := []struct{ id, text, date string }{
		{"1", "@sanne Misschien is je pakket morgen al binnen. ^Anne", "2025-03-03"},
		{"2", "@joost Sorry dat je zo lang moest wachten! Ik stuur je vandaag een nieuwe pas. ^Anne", "2025-03-04"},
		{"3", "@kim Excuses voor het ongemak.", "2025-03-04"},
	}
	for _, r := range replies {
		date, err := teamreport.ParseDate(r.date)
		if err != nil {
			panic(err)
		}
		res := lint.Lint(tone.Input{Text: r.text, Lang: "nl"}, nil)
		b.Add(teamreport.Record{ID: r.id, Date: date, Reply: r.text, Result: res})
	}
	rep := b.Report()
	fmt.Println("replies:", rep.Totals.Replies, "period:", rep.Period, rep.From, "to", rep.To)
	for _, a := range rep.Agents {
		fmt.Printf("%s: %d replies\n", a.Name, a.Replies)
	}
	// rep.WriteHTML(w) writes the page; WriteJSON and WriteMarkdown the
	// same numbers in other forms.
	fmt.Println("lowest:", rep.Lowest[0].ID)

	// Output:
	// replies: 3 period: day 2025-03-03 to 2025-03-04
	// Anne: 2 replies
	// (unsigned): 1 replies
	// lowest: 3
}
