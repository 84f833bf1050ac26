package tone

import (
	"strconv"
	"strings"
	"testing"
)

// BenchmarkLongLine reads one long line of a repeated unit at 2,000 and at
// 8,000 repetitions: every path of the reading is linear in its input, so
// the 8000x figure should be about four times the 2000x one, not sixteen
// (bench/run.sh prints the ratios). Each case is a shape that was once
// quadratic: a check per hit that scanned every hit or sentence.
//
//	go test ./tone -run '^$' -bench LongLine -benchtime 3x
func BenchmarkLongLine(b *testing.B) {
	read := func(lang, end string) func(string) {
		return func(s string) { MessageModelInput(s+end, lang) }
	}
	nextStep := func(lang, end string) func(string) {
		return func(s string) { Analyze(Input{Text: s + end, Lang: lang}).NextStep() }
	}
	// A reply of one long line against a customer's message as long: each
	// hedge is looked up in the message once per wording, not once per hit.
	echo := func(lang, unit, msgUnit string) func(string) {
		return func(s string) {
			msg := strings.Repeat(msgUnit, len(s)/len(unit))
			Analyze(Input{Text: s + "^Sanne", Incoming: msg, Lang: lang})
		}
	}
	cases := []struct {
		name, unit string
		run        func(string)
	}{
		// One sentence of failures and requests, without a period.
		{"stated-trouble/en", "still broken and it never arrived, can you help ", read("en", "")},
		{"stated-trouble/nl", "werkt het niet en nooit aangekomen, kunnen jullie helpen ", read("nl", "")},
		// Persistence words and nothing wrong: a sentence's words are read
		// once, not once per "still".
		{"persistence/en", "do you still sell gift cards and again ", read("en", "")},
		{"persistence/nl", "verkopen jullie nog steeds cadeaubonnen en weer ", read("nl", "")},
		// Times in a sentence that defends only at its end: the defensive
		// sentences are read once, not once per time.
		{"next-step/nl", "binnen 14 dagen en ", nextStep("nl", "je had het eerder moeten sturen")},
		{"next-step/en", "within 24 hours and ", nextStep("en", "you should have cancelled it yourself")},
		// Questions whether there is an outage, each against the questions
		// around it.
		{"outage-questions/en", "is there an outage? it is broken, down, not working, slow ", read("en", "")},
		{"outage-questions/nl", "is er een storing? ", read("nl", "")},
		// Thanks and failures in one sentence, a remedy at its end.
		{"thanks-for-remedy/en", "thanks and it is broken and ", read("en", "thanks for rebooking me")},
		{"thanks-for-remedy/nl", "bedankt en kapot en ", read("nl", "bedankt voor het omboeken")},
		// Many sentences that say "twice", money only at the end.
		{"duplicate-charges/en", "it came twice. ", read("en", "I was charged.")},
		{"duplicate-charges/nl", "het kwam twee keer. ", read("nl", "Er is afgeschreven.")},
		// Thanks, then a "but" and a failure, sentence after sentence.
		{"ironic-thanks/en", "thanks, but my parcel has not arrived? ", read("en", "")},
		{"ironic-thanks/nl", "bedankt, maar mijn pakket is niet aangekomen? ", read("nl", "")},
		// The customer's own mistakes and troubles in one sentence, each
		// in a clause of its own: a trouble is weighed against the nearest
		// own mistakes, not against every one of its sentence.
		{"own-doing/en", "my mistake and it failed ", read("en", "")},
		{"own-doing/nl", "per ongeluk en het werkt niet ", read("nl", "")},
		// Hedges in a reply, each checked for an echo of the customer's words.
		{"echo/nl", "misschien kunnen we wellicht iets doen, ", echo("nl", "misschien kunnen we wellicht iets doen, ", "waarom doen jullie niks aan mijn pakket ")},
		{"echo/en", "perhaps we could possibly look, ", echo("en", "perhaps we could possibly look, ", "why do you never fix my parcel ")},
	}
	for _, c := range cases {
		for _, n := range []int{2000, 8000} {
			text := strings.Repeat(c.unit, n)
			b.Run(c.name+"/"+strconv.Itoa(n)+"x", func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					c.run(text)
				}
			})
		}
	}
}
