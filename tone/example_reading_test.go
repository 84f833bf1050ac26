package tone_test

import (
	"fmt"

	"github.com/replylint/replylint/tone"
)

// ExampleReadMessage reads a customer's message once: what it is, whether
// it needs an apology, and whether a person should look at it.
func ExampleReadMessage() {
	m := tone.ReadMessage("Al drie weken wacht ik op mijn terugbetaling en niemand reageert. Belachelijk.", "nl")
	fmt.Println("intent:", m.Intent)
	fmt.Println("needs an apology:", m.Complaint)
	fmt.Println("needs a human:", m.NeedsHuman)

	q := tone.ReadMessage("Tot hoe laat kan ik vandaag nog bestellen voor bezorging morgen?", "nl")
	fmt.Println("intent:", q.Intent, "- needs an apology:", q.Complaint)
	// Output:
	// intent: complaint
	// needs an apology: true
	// needs a human: false
	// intent: question - needs an apology: false
}
