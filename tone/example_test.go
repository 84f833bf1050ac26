package tone_test

import (
	"fmt"

	"github.com/replylint/replylint/tone"
)

func ExampleAnalyze() {
	a := tone.Analyze(tone.Input{Text: "@sanne Wat balen dat je pakket nog niet binnen is! We sturen vandaag een nieuwe. ^EK"})
	fmt.Println("lang:", a.Lang)
	fmt.Println("sentences:", len(a.Sentences))
	fmt.Println("address:", a.Address.Form())
	fmt.Println("signed by:", a.SignOff.Name)
	for _, h := range a.HitsOf("empathy") {
		fmt.Printf("empathy: %q\n", h.Text(a.Text))
	}
	// Output:
	// lang: nl
	// sentences: 3
	// address: je
	// signed by: EK
	// empathy: "balen"
}
