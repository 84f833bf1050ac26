package reply_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/replylint/replylint/reply"
	"github.com/replylint/replylint/tone"
)

func ExampleTriage() {
	d := reply.Triage(tone.Input{
		Incoming: "Ik heb Radar gemaild over jullie weigering om mijn kapotte wasmachine te vervangen.",
	}, nil) // nil: the default Dutch matrix
	fmt.Println(d.Category, d.Priority, d.Level, d.RespondWithin, "hold:", d.Hold)
	fmt.Println(d.Owner.Name, "<"+d.Owner.Email+">")
	for _, c := range d.Cues {
		fmt.Printf("%s %q at %d\n", c.Kind, c.Text, c.Start)
	}
	fmt.Println(d.Advice[0])
	// Output:
	// reputation-risk hoog 2 30m hold: true
	// Woordvoerder <pers@example.nl>
	// press "Radar" at 7
	// complaint "kapotte" at 51
	// complaint "vervangen" at 73
	// Wacht even met een inhoudelijke reactie en schakel direct Woordvoerder in (Communicatie, pers@example.nl, 088 123 45 21) (escalatiematrix).
}

func ExampleTriageMessage() {
	// Metadata counts: a complaint from a sender with a large reach is a
	// reputation risk.
	d := reply.TriageMessage(reply.Incoming{
		Text: "Two hours on hold with @Telvio about my refund. Absolutely shocking service.",
		Meta: reply.Meta{Followers: 230000, Verified: true},
	}, nil)
	fmt.Println(d.Category, d.Priority)
	fmt.Println(d.Cues[0].Kind, d.Cues[0].Text)
	// Output:
	// reputation-risk hoog
	// influence geverifieerd account, 230000 volgers
}

func ExampleTriageBatch() {
	t0 := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	queue := reply.TriageBatch([]reply.Incoming{
		{ID: "a", Text: "Tot hoe laat is de winkel open?", Time: t0},
		{ID: "b", Text: "Al 40 minuten in de wacht. Echt waardeloos.", Time: t0},
		{ID: "c", Text: "De powerbank die ik kocht begon te roken. Bijna brand!", Time: t0.Add(5 * time.Minute)},
	}, nil)
	for _, d := range queue {
		fmt.Println(d.ID, d.Category, d.Priority, d.Deadline.Format("15:04"))
	}
	// Output:
	// c safety crisis 09:20
	// b complaint middel 09:45
	// a question laag 10:00
}

func ExampleDraft() {
	r := reply.Draft(tone.Input{
		Incoming: "@Kwikr Al een week wacht ik op mijn pakket en de track & trace zegt nog steeds 'onderweg'. Echt belachelijk.",
		Customer: "@marieke",
	}, reply.Profile{Agent: "Sanne", Role: "webcare"})
	fmt.Println(r.Text)
	fmt.Println("passes the rules:", r.PassesRules())
	fmt.Println("ready to send:", r.Clean)
	for _, p := range r.Placeholders {
		fmt.Println("fill in:", p.Text)
	}
	// Output:
	// @marieke Hoi, balen dat je pakket na een week nog steeds niet bij je is. Het spijt ons. Stuur je ons een DM met je ordernummer? Dan [wat we doen en wanneer].
	// Groetjes, Sanne (webcare)
	// passes the rules: true
	// ready to send: false
	// fill in: [wat we doen en wanneer]
}

func ExampleDraft_holding() {
	r := reply.Draft(tone.Input{
		Incoming: "Kan niemand pinnen vandaag? Wat is er aan de hand?",
		Kind:     tone.KindHolding,
	}, reply.Profile{
		Agent: "Ilse", Role: "webcare",
		Incident: "de storing bij het pinnen", NextUpdate: "16:00", InfoPage: "https://example.nl/storing",
	})
	fmt.Println(r.Text)
	// Output:
	// We weten van de storing bij het pinnen, en het spijt ons dat dit zoveel overlast geeft. We zoeken uit wat er aan de hand is. Om 16:00 volgt een update op https://example.nl/storing.
	// Groet, Ilse (webcare)
}

func ExampleStatement() {
	s := reply.Statement(reply.Facts{
		Brand:        "Betaalbaar",
		Incident:     "de storing bij het pinnen",
		Situation:    "Klanten in heel Nederland konden vanochtend niet pinnen in winkels",
		Since:        "vanochtend 9:12",
		Affected:     "iedereen die met een pas van Betaalbaar betaalt",
		Cause:        "een fout in een software-update van ons betaalsysteem",
		AtFault:      true,
		Actions:      []string{"we hebben de update teruggedraaid", "dubbele afschrijvingen storten we automatisch terug"},
		When:         "pinnen werkt sinds 11:40 weer",
		InfoPage:     "https://betaalbaar.example.nl/storing",
		Spokesperson: "Marieke Jansen",
		Role:         "woordvoerder",
	})
	fmt.Println(s.Words >= 150 && s.Words <= 300, s.Clean)
	fmt.Println(strings.SplitN(s.Text, "\n", 2)[0])
	// Output:
	// true true
	// Update over de storing bij het pinnen
}

func ExampleParseMatrix() {
	m, err := reply.ParseMatrix("escalation.yaml", []byte(`
levels:
  - name: normaal
    respond_within: 2h
  - name: pers
    match: {cues: [press]}
    respond_within: 15m
    hold: true
    owner: {name: Woordvoerder, email: pers@example.nl}
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	d := reply.Triage(tone.Input{Text: "Ik ga met dit verhaal naar de krant."}, m)
	fmt.Println(d.Priority, d.Owner.Name)

	_, err = reply.ParseMatrix("escalation.yaml", []byte("levels:\n  - name: laag\n    respond_within: straks\n"))
	fmt.Println(err)
	// Output:
	// pers Woordvoerder
	// escalation.yaml:3: levels[0].respond_within: "straks": want a positive duration such as 15m, 1h, 4h, 1 hour or 1d
}
