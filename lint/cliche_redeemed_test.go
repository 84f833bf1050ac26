package lint

import "testing"

// "I understand your frustration" closing a sentence that already named
// the customer's situation sums it up; opening one, it is a cliché.
func TestUnderstandingAfterTheSituation(t *testing.T) {
	checkFamily(t, "hollow-cliche", []familyCase{
		{name: "dutch: ergernis after the named wait",
			reply:    "@user Excuses, drie weken wachten op een nieuwe pas terwijl we vijf dagen beloofden is veel te lang en ik snap je ergernis. Je pas gaat vandaag aangetekend de deur uit. ^Lies",
			incoming: "Al drie weken wacht ik op mijn nieuwe pas, beloofd was vijf dagen"},
		{name: "english: frustration after the named outage",
			reply:    "@user Two evenings without broadband in the middle of your exams is rough, and we understand your frustration. An engineer is booked for 8am tomorrow. ^Kai",
			incoming: "No broadband two evenings running and I have exams this week"},
		{name: "without the message: a specific clause before it",
			reply: "@user Een monteur die twee keer niet komt opdagen terwijl je vrij nam is echt slordig en ik snap je ergernis. Morgen om 8:00 komt de teamleider zelf. ^Lies"},

		{name: "dutch: opening the sentence stays a cliché",
			reply:    "@user We begrijpen je frustratie over de pas. Die gaat vandaag de deur uit. ^Lies",
			incoming: "Al drie weken wacht ik op mijn nieuwe pas",
			want:     []string{"We begrijpen je frustratie"}},
		{name: "english: after a stock apology it stays a cliché",
			reply:    "@user Sorry for the inconvenience and we understand your frustration. Please DM us. ^Kai",
			incoming: "No broadband two evenings running and I have exams this week",
			want:     []string{"Sorry for the inconvenience", "we understand your frustration"}},
		{name: "dutch: a greeting before it names nothing",
			reply:    "@user Goedemiddag meneer Bakker, wij begrijpen uw frustratie. Stuurt u ons een DM? ^Wil",
			incoming: "Al vier keer gebeld over de verkeerde meterstand op mijn jaarafrekening",
			want:     []string{"wij begrijpen uw frustratie"}},
	})
}
