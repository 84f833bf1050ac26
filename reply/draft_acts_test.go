package reply

import "testing"

// Drafts for what the customer asks us to do, for a thread that closes,
// and for a complaint that says too little to tell what went wrong; each
// with a near miss. Every text here is invented for the test.
func TestDraftAnswersTheRequestAndTheTurn(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	tests := []struct {
		name, in string
		want     []string
		not      []string
	}{
		// Thanks that close the thread: no praise passed on, no new case.
		{"en short thanks closes", "@Acme Cool, thanks",
			[]string{"you're welcome"}, []string{"team", "made our day", "lovely to read", "next step"}},
		{"nl short thanks closes", "Top, bedankt!",
			[]string{"graag gedaan"}, []string{"team", "compliment"}},
		{"en it worked", "@Acme I cleared the cache. That worked. Thank you!",
			[]string{"glad", "let us know"}, []string{"team", "made our day"}},
		{"nl it works again", "Modem opnieuw opgestart, werkt weer. Dank je!",
			[]string{"fijn dat het nu werkt"}, []string{"team", "compliment"}},
		{"en done what we asked", "@Acme Just filled it out! Thank you",
			[]string{"thanks for doing that", "[what happens next and when]"}, []string{"team", "made our day"}},
		{"nl done what we asked", "Heb het formulier ingevuld, dank je wel",
			[]string{"wij nemen het vanaf hier over"}, []string{"team", "compliment"}},
		{"en over without thanks", "No worries, I got my two pizzas without issue in the end. We made it!",
			[]string{"glad"}, []string{"next step", "sorry"}},
		{"en near miss: praise is passed on", "Popped in for lunch and the wrap was delicious! Thank you!",
			nil, []string{"you're welcome"}},
		{"nl near miss: thanks and a question", "Bedankt! Komt de monteur dan morgen?",
			nil, []string{"graag gedaan"}},
		// Good wishes: wished back.
		{"nl wish", "goeiemorgen allemaal ☀️ fijne dag gewenst",
			[]string{"jij ook een fijne dag"}, []string{"team", "compliment"}},
		{"en wish", "Have a great weekend everyone!",
			[]string{"same to you"}, []string{"team", "made our day"}},
		{"nl near miss: a wish after a complaint", "Weer geen internet vandaag. Fijne dag nog.",
			nil, []string{"jij ook een fijne dag"}},
		// An appeal: received, assessed, the reference in a DM.
		{"nl objection", "Geachte heer, mevrouw,\n\nOp 4 maart kreeg ik in tram 7 een boete wegens niet inchecken, terwijl mijn pas wel is gescand. Ik maak hierbij bezwaar en verzoek u de boete te vernietigen.\n\nMet vriendelijke groet,\nK. Bakker",
			[]string{"bezwaar", "uitkomst", "DM"}, []string{"problemen met", "klantnummer"}},
		{"en objection", "I wish to appeal the fine I got on the 8:15 yesterday. My card was scanned at the barrier.",
			[]string{"appeal", "outcome"}, nil},
		// Their number posted in public: visible, and not asked again.
		{"nl number given", "Mijn termijnbedrag gaat van 80 naar 150 euro, dat klopt toch niet? Klantnummer 4410932.",
			[]string{"zichtbaar", "DM"}, []string{"met je klantnummer", "met uw klantnummer"}},
		{"en number given", "Still no parcel after ten days, order number 55120943. Sort it out.",
			[]string{"visible", "DM"}, []string{"your order number"}},
		{"en number given with a cancellation: within the channel's length", "@Acme Here it is 615787351 and just go ahead and close the account, I am done with you. I'll cancel my card with the bank too. Bye",
			[]string{"help you cancel", "visible"}, []string{"keep you", "account number"}},
		{"en near miss: no number, asked for", "Still no parcel after ten days. Sort it out.",
			[]string{"order number"}, []string{"visible"}},
		// A second grievance about our help, said after the first.
		{"en no help", "My order was supposed to come today and it's not arrived! Web chat was no help at all!",
			[]string{"no real help"}, nil},
		// Asked to cancel: their call, no "we'd like to keep you".
		{"en cancel asked", "Here's my number, just go ahead and close my account. I'm done with you.",
			[]string{"help you cancel"}, []string{"keep you"}},
		{"nl cancel asked", "Ik wil opzeggen. Drie storingen in een maand, het is klaar.",
			[]string{"opzeggen"}, []string{"als klant houden"}},
		{"en cancel blocked", "It's not allowing me to access my account to cancel my membership, and I haven't used it in months.",
			[]string{"locked out", "help you cancel"}, []string{"keep you"}},
		{"en near miss: leaving threatened", "If this isn't fixed by Friday I'll close my account. Third outage this week.",
			nil, []string{"help you cancel"}},
		// Erasure: received, the legal term, a check in private.
		{"nl erase", "Graag verwijder ik mijn account en alle persoonsgegevens die u van mij bewaart, conform artikel 17 AVG.\n\nMet vriendelijke groet,\nP. de Vries",
			[]string{"verzoek", "wettelijke termijn", "DM"}, []string{"[antwoord op uw vraag]", "je "}},
		{"en erase", "Please delete all my data, I'm using my right to be forgotten.",
			[]string{"delete your data", "legal term", "DM"}, []string{"[answer to the question]"}},
		{"nl near miss: which data is a question", "Welke gegevens bewaren jullie eigenlijk van mij?",
			[]string{"[antwoord op je vraag]"}, []string{"wettelijke termijn"}},
		// Someone higher up: taken there, and what happened so far.
		{"en escalate", "@Acme Want to speak to someone at corporate to address these issues.",
			[]string{"right person", "DM"}, []string{"thanks for letting us know"}},
		{"nl escalate", "Ik wil nu een leidinggevende spreken, dit loopt al maanden.",
			[]string{"juiste persoon"}, nil},
		// Money back asked for a wrong order: said, with the DM.
		{"en refund for a wrong order", "Ordered a veggie burger, got a chicken one. I'm vegetarian. I want a refund.",
			[]string{"something other than you ordered", "refund you asked for", "order number"}, []string{"loss"}},
		{"nl refund for a wrong order", "Pizza margherita besteld en een salami gekregen. Ik eet geen vlees, ik wil mijn geld terug.",
			[]string{"iets anders kreeg", "terugbetaling"}, nil},
		// A complaint that says neither what went wrong nor about what:
		// ask what happened, no step to promise yet.
		{"en unsaid", "@Acme disgusted with your customer service. 🙄",
			[]string{"let you down", "DM", "what"}, []string{"trouble with the service", "[what we'll do and when]"}},
		{"nl unsaid", "Jullie klantenservice is echt een grap.",
			[]string{"teleurgesteld", "wat er is gebeurd"}, []string{"[wat we doen en wanneer]"}},
		{"nl near miss: a thing named is said back", "Wat een gedoe weer met de afrekening, ik word er gek van.",
			[]string{"de afrekening"}, []string{"wat er is gebeurd"}},
		{"en near miss: told in words we don't know", "I used my phone for 2 minutes and the battery dropped 8 percent, ridiculous.",
			nil, []string{"what happened", "what went wrong"}},
		// What went wrong, said back from the family, not from a keyword.
		{"nl technician no-show is no parcel", "Ge moet het maar kunnen: twee weken wachten op ne technieker en dan komt die gewoon niet opdagen.",
			[]string{"niemand kwam opdagen"}, []string{"bestelling", "pakket"}},
		{"en missing from a catalogue is no order", "Why are all her albums from the nineties missing from the catalogue?",
			nil, []string{"order"}},
		{"nl queue", "Een half uur aan de kassa gestaan omdat er maar één kassa open was. Kan toch niet?",
			[]string{"in de rij"}, []string{"problemen met de kassa"}},
		{"en still the same", "@Acme It still keeps giving me the same message.",
			[]string{"still not working", "sorry"}, []string{"thanks for letting us know"}},
		{"en battery", "I used my phone for 2 minutes and it drains 8 percent, ridiculous",
			[]string{"battery runs down"}, []string{"trouble with"}},
		{"en poor signal", "Still facing very poor network in my village and the villages around it.",
			[]string{"network is so poor", "area"}, nil},
		{"nl poor signal", "Al weken slecht bereik in ons dorp, bellen lukt amper.",
			[]string{"slecht bereik"}, nil},
		{"en unanswered update requests", "Terrible customer service, you do not reply to my requests for update. And you delayed the flight.",
			[]string{"haven't heard back"}, nil},
		{"nl mould is no matter of theirs", "Schimmel in de badkamer, al sinds februari gemeld. Iemand kwam kijken, toen niks meer.",
			[]string{"sinds februari schimmel in huis"}, []string{"je schimmel"}},
		{"nl near miss: a washing machine is theirs", "Wasmachine na 3 weken alweer kapot, dit is de tweede keer.",
			[]string{"je wasmachine"}, nil},
		{"en still nothing: waited", "Applied for a permit in August, paid for it, still nothing. Every call it's 'processing'.",
			[]string{"wait so long"}, []string{"pointing this out"}},
		// A calm question that says what went wrong: we find out, no
		// feelings they did not voice.
		{"en calm where is", "@Acme Where is my order? It said Tuesday.",
			[]string{"let's find out why your order"}, []string{"frustrat"}},
		{"nl calm where is", "Waar is mijn pakket eigenlijk? Het stond voor vandaag gepland.",
			[]string{"ik zoek voor je uit waarom je pakket"}, []string{"vervelend"}},
		{"nl where is: said back", "Waar blijft mijn pakket? Het zou gisteren komen.",
			[]string{"je pakket nog steeds niet bij je is"}, []string{"problemen met"}},
		{"en near miss: an angry where is", "Where the hell is my order?? Third time asking, useless!",
			nil, []string{"let's find out"}},
		{"nl nothing done since", "Lekkage in de keuken, al sinds maart gemeld. Iemand kwam kijken, toen niks meer.",
			[]string{"nog steeds niet"}, []string{"dit is echt niet de bedoeling"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDraftCase(t, p, tt.in, tt.want, tt.not) })
	}
}
