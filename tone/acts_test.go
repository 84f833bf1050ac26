package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// What a message does besides saying what went wrong (Message.Acts): a
// request, or a turn in the thread. Every text here is invented for the
// test.
func TestReadingTellsWhatTheMessageDoes(t *testing.T) {
	cases := []struct {
		name, text, lang string
		want             []string
	}{
		{"nl cancel asked", "Ik wil opzeggen, dit is de derde storing deze maand. Regel het maar.", "nl", []string{"cancel"}},
		{"en cancel asked", "Just go ahead and close my account, I've had it with you.", "en", []string{"cancel"}},
		{"en cancel blocked", "The app won't let me in so I can't cancel my subscription, and you keep charging me.", "en", []string{"cancel"}},
		{"nl near miss: leaving announced", "Na twaalf jaar stap ik over naar een andere provider.", "nl", nil},
		{"en near miss: a cancelled train", "My train was cancelled again this morning.", "en", nil},
		{"nl erase", "Graag verwijder ik mijn gegevens uit jullie systemen, op grond van artikel 17 van de AVG.", "nl", []string{"erase"}},
		{"en erase", "Please delete all my data, I'm using my right to be forgotten.", "en", []string{"erase"}},
		{"nl near miss: which data", "Welke gegevens bewaren jullie eigenlijk van mij?", "nl", nil},
		{"nl escalate", "Ik wil nu een leidinggevende spreken, dit loopt al maanden.", "nl", []string{"escalate"}},
		{"en escalate", "I want to speak to a manager about this, not another bot.", "en", []string{"escalate"}},
		{"en near miss: the manager helped", "The manager at your Leeds branch sorted it in five minutes.", "en", nil},
		{"nl refund", "Verkeerde maaltijd bezorgd en ik wil mijn geld terug.", "nl", []string{"refund"}},
		{"en refund", "Got the wrong size twice now. I want a refund.", "en", []string{"refund"}},
		{"en near miss: a refund asked about", "How long does a refund usually take?", "en", nil},
		{"nl near miss: money back received", "Binnen tien minuten geblokkeerd en geld terug, top geregeld!", "nl", nil},
		{"en near miss: a trip cut short", "I had to cancel my trip early because my mum was ill.", "en", nil},
		{"nl done", "Formulier heb ik net ingevuld, dank je!", "nl", []string{"done"}},
		{"en done", "Just filled it out, thanks!", "en", []string{"done"}},
		{"nl fixed", "Router opnieuw opgestart en het werkt weer. Top!", "nl", []string{"fixed"}},
		{"en fixed", "Cleared the cache and that worked, thanks.", "en", []string{"fixed"}},
		{"nl objection", "Hierbij maak ik bezwaar tegen de boete van 12 maart en verzoek u deze te vernietigen.", "nl", []string{"objection"}},
		{"en objection", "I wish to appeal the parking fine I got on Tuesday, the machine was broken.", "en", []string{"objection"}},
		{"nl near miss: asks how to object", "Hoe kan ik bezwaar indienen tegen een boete?", "nl", nil},
		{"nl wish", "Goedemorgen allemaal, fijne dag gewenst!", "nl", []string{"wish"}},
		{"en wish", "Have a great weekend, team!", "en", []string{"wish"}},
		{"nl number given", "Mijn termijnbedrag is ineens verdubbeld. Klantnummer 4410932.", "nl", []string{"gave_number"}},
		{"en number given", "Still no parcel, order number 55120943.", "en", []string{"gave_number"}},
		{"nl near miss: asks for the number", "Waar vind ik mijn klantnummer?", "nl", nil},
		{"nl near miss: not fixed", "Het is nog steeds niet opgelost.", "nl", nil},
		{"en account wanted closed", "I want my payments account CLOSED, today.", "en", []string{"cancel"}},
		{"nl account wanted closed", "Ik wil dat mijn account per direct wordt opgeheven.", "nl", []string{"cancel"}},
		{"en dm me", "Still no refund. DM me please.", "en", []string{"dm_me"}},
		{"nl dm me", "Nog steeds geen terugbetaling, stuur me even een DM.", "nl", []string{"dm_me"}},
		{"en near miss: I sent you a DM", "I sent you a DM with my order number.", "en", nil},
		{"nl near miss: should I send a DM", "Moet ik jullie een DM sturen met mijn ordernummer?", "nl", nil},
		{"en near miss: still not working", "I restarted it but it still isn't working.", "en", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := ReadMessage(c.text, c.lang)
			assert.Equal(t, c.want, m.Acts(), c.text)
			for _, a := range c.want {
				assert.True(t, m.Does(a), c.text)
			}
		})
	}
}

// An act's name is never a situation's: the drafter finds frames by name.
func TestActNamesAreNoSituations(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		fw := factLexicon(lang)
		assert.NotEmpty(t, fw.Acts, lang)
		for _, a := range fw.Acts {
			assert.NotContains(t, Situations(lang), a.Name, lang)
		}
	}
}

// Short thanks and a turn that says it worked or is done close the thread:
// no praise to pass on, no new case.
func TestReadingTellsAThreadClosing(t *testing.T) {
	cases := []struct {
		name, text, lang string
		want             bool
	}{
		{"en cool thanks", "Cool, thanks", "en", true},
		{"nl top bedankt", "Top, bedankt!", "nl", true},
		{"en done and thanks", "Just filled it out! Thank you", "en", true},
		{"nl done and thanks", "Heb het formulier ingevuld, dank je wel", "nl", true},
		{"en it worked", "I reset the router. That worked. Thank you!", "en", true},
		{"nl it works again", "Stekker eruit en erin gedaan, werkt weer. Dank!", "nl", true},
		{"en over without thanks", "No worries, I got my two pizzas without issue in the end. We made it!", "en", true},
		{"en near miss: praise for a thing", "Popped in for lunch and the wrap was delicious! Thank you!", "en", false},
		{"en near miss: thanks ahead", "Thanks in advance for sorting my refund.", "en", false},
		{"nl near miss: thanks ahead", "Alvast bedankt voor het uitzoeken.", "nl", false},
		{"nl near miss: thanks and a question", "Bedankt! Komt de monteur dan morgen?", "nl", false},
		{"en near miss: ironic thanks", "Thanks for nothing, my parcel is still missing.", "en", false},
		{"nl near miss: praise for a colleague", "Dank aan Priya, zij regelde het meteen!", "nl", false},
		{"nl near miss: praise told as what happened", "Pakket kwijt, klantenservice Lotte heeft binnen een dag een nieuw exemplaar gestuurd. Bedankt!", "nl", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, ReadMessage(c.text, c.lang).ClosesThread, c.text)
		})
	}
}

// Webcare passes feedback on; nobody died.
func TestReadingNoDeathInPassedOnFeedback(t *testing.T) {
	assert.False(t, ReadMessage("Wrong pizza again. I want a refund, not another 'we have passed on your feedback'.", "en").Bereaved)
	assert.True(t, ReadMessage("My mum passed away last month and I need to close her account.", "en").Bereaved)
}

// New ways of going wrong: a no-show in Flemish word order, nothing done
// since, a queue, a missed connection, something else than ordered.
func TestReadingSaysMoreWaysOfGoingWrong(t *testing.T) {
	cases := []struct {
		name, text, lang, want string
	}{
		{"nl no-show after a wait", "Twee weken wachten op de monteur en dan komt die gewoon niet opdagen.", "nl", "niemand_kwam"},
		{"nl nothing done since", "Lekkage gemeld in maart, iemand kwam kijken, toen niks meer.", "nl", "niets_gedaan"},
		{"en nothing done since", "Damp reported in May, someone came to look, then nothing.", "en", "not_fixed"},
		{"nl queue", "Een half uur in de rij gestaan omdat er maar één kassa open was.", "nl", "in_de_rij"},
		{"en queue", "Stood in line for 40 minutes with only one till open.", "en", "in_line"},
		{"nl missed connection", "Door de vertraging heb ik mijn aansluiting gemist in Utrecht.", "nl", "aansluiting_gemist"},
		{"en missed connection", "So my son missed the connection to Leeds, what now?", "en", "missed_connection"},
		{"en ordered one thing, got another", "Ordered a veggie burger, got a chicken one.", "en", "wrong"},
		{"en still the same", "Restarted it twice, it still keeps giving me the same error.", "en", "still_same"},
		{"nl still the same", "Opnieuw geïnstalleerd maar nog steeds dezelfde foutmelding.", "nl", "nog_steeds_zo"},
		{"en battery", "My phone drains 10 percent in five minutes since the update.", "en", "battery"},
		{"nl battery", "Sinds de update loopt mijn telefoon zo snel leeg.", "nl", "batterij"},
		{"en poor signal", "We are facing very poor network in our village for weeks.", "en", "poor_signal"},
		{"nl poor signal", "Al maanden slecht bereik in ons dorp, bellen gaat niet.", "nl", "slecht_bereik"},
		{"en no reply to update requests", "You do not reply to my requests for an update on my claim.", "en", "no_response"},
		{"en unable to", "Unable to send invites since the patch.", "en", "not_working"},
		{"en got none", "Ordered fries and a shake and got no fries.", "en", "missing"},
		{"nl got none", "Friet en een milkshake besteld en kreeg geen friet.", "nl", "ontbreekt"},
		{"en no help", "My order didn't come and the web chat was no help at all.", "en", "no_help"},
		{"nl no help", "Pakket niet gekomen en de chat kon me niet helpen.", "nl", "geen_hulp"},
		{"nl ordered one thing, got another", "Pizza margherita besteld en een salami gekregen.", "nl", "verkeerd"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := ReadMessage(c.text, c.lang)
			assert.GreaterOrEqual(t, m.FirstSituation(c.want), 0, "%s: %v", c.text, m.Situations)
		})
	}
	// Near misses.
	assert.Less(t, ReadMessage("Zijn jullie kassa's op zondag open?", "nl").FirstSituation("in_de_rij"), 0)
	assert.Less(t, ReadMessage("Do I need to book a connection in advance?", "en").FirstSituation("missed_connection"), 0)
	assert.Less(t, ReadMessage("How long does the battery last on the new model?", "en").FirstSituation("battery"), 0)
	assert.Less(t, ReadMessage("Wat is het bereik van jullie 5G-netwerk in Zeeland?", "nl").FirstSituation("slecht_bereik"), 0)
}

func TestMatterOf(t *testing.T) {
	assert.Equal(t, "order", MatterOf("nl", "bestelling"))
	assert.Equal(t, "order", MatterOf("en", "parcel"))
	assert.Equal(t, "", MatterOf("en", "tracks"), "music tracks are no parcel tracking")
	assert.Equal(t, "", MatterOf("nl", "technieker"))
}
