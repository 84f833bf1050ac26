package reply

import "testing"

// TestDraftNamesWhatTheReadingKnows: a complaint whose way of going
// wrong the reading has no name for still says what it knows in our
// words, not the stock "je problemen hebt met …": that it keeps going
// wrong (a counted recurrence) or for how long; the stock line only when
// the reading knows neither. The thing right before the words that say
// it went wrong is the thing that did ("de app crasht als ik mijn rit
// betaal": the app). Every draft passes the rules and copies no run of
// the customer's words.
func TestDraftNamesWhatTheReadingKnows(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	tests := []struct {
		name, in string
		want     []string
		not      []string
	}{
		{"nl again, counted", "Voor de derde keer deze maand een fout in mijn bestelling bij jullie. Ik ben het zat.",
			[]string{"het al de derde keer deze maand misgaat met je bestelling"}, []string{"problemen"}},
		{"nl again, not counted", "Alweer een fout in mijn bestelling bij jullie. Ik ben het zat.",
			[]string{"het alweer misgaat met je bestelling"}, []string{"problemen", "keer"}},
		{"en again, counted", "My order was a mess again, 3rd time this month. What are you doing about it?",
			[]string{"things have gone wrong with your order for the 3rd time this month"}, []string{"having trouble"}},
		{"en again, not counted", "My order was a mess yet again. What are you doing about it?",
			[]string{"things have gone wrong with your order yet again"}, []string{"having trouble", "time"}},
		{"nl for how long", "Al 6 dagen staat mijn pakket op 'in behandeling' in de track en trace. Wat is er aan de hand?",
			[]string{"het al 6 dagen misgaat met je pakket"}, []string{"problemen"}},
		{"en for how long", "My parcel has said 'processing' in the tracker for 6 days now. What is going on?",
			[]string{"you've had trouble with your parcel for 6 days"}, nil},
		{"nl near miss: nothing more known, the thing", "Mijn bestelling was echt een puinhoop, ik ben er klaar mee.",
			[]string{"je bestelling"}, []string{"alweer", "al "}},
		{"en near miss: nothing more known, the thing", "My order was a mess. What are you doing about it?",
			[]string{"having trouble with your order"}, []string{"again", " for "}},
		{"en near miss: how often is not how long", "The wifi keeps being rubbish every 2 hours with your router, it's driving me mad.",
			nil, []string{"for 2 hours"}},
		{"nl bags that did not come", "Net geland op Schiphol en mijn koffer is niet aangekomen. Niemand bij de balie weet iets. Wat nu?",
			[]string{"je bagage niet met je is meegekomen"}, []string{"problemen"}},
		{"en bags that did not come", "Landed in Austin 40 minutes ago, no luggage and no baggage agent anywhere. Flight 212.",
			[]string{"your bags haven't made it to you"}, []string{"running into this"}},
		{"en near miss: a question about bags", "Are bags included on the flight to Rome or do I pay extra?",
			nil, []string{"made it to you"}},
		{"nl missing, week after week", "Voor de 4e zondag op rij ontbreken er producten in mijn bezorging. Vandaag: melk en eieren.",
			[]string{"er iets ontbrak aan je bezorging en het niet de eerste keer is"}, nil},
		{"en the battery", "Took my phone off charge at 7am, an hour later 60% battery remaining. Sort your battery life out please",
			[]string{"the battery runs down so fast"}, []string{"having trouble"}},
		{"en an app that seems down", "Your app seems to be down, I've been trying to order for half an hour.",
			[]string{"the app hasn't been working properly"}, []string{"having trouble", "for an hour"}},
		{"nl an app that barely works", "Sinds de laatste update werkt jullie app nauwelijks. Elke keer opnieuw inloggen.",
			[]string{"de app niet goed werkt"}, []string{"problemen met"}},
		{"en supposed to leave hours ago", "Just left on the 4pm train. I was supposed to leave at 10 this morning. Great.",
			nil, []string{"having trouble"}},
		{"nl the app crashes, not the ride", "De app crasht elke keer als ik mijn rit wil betalen. Wat nu?",
			[]string{"de app niet goed werkt"}, []string{"je rit niet"}},
		{"en the app crashed, not the ride", "The app crashed while I was paying for my ride and I was charged anyway.",
			[]string{"app"}, []string{"your ride hasn't"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDraftCase(t, p, tt.in, tt.want, tt.not) })
	}
}
