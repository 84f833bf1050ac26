package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A video, vlog or TikTok the customer makes about us, or a channel's
// audience, spreads the matter (viral), so triage holds it for the
// spokesperson; a video of their own unboxing or a question about one does
// not.
func TestAVideoAboutUsSpreads(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Ik zet hier een filmpje over online, benieuwd wat mijn kijkers ervan vinden.", SignalViral, true},
		{"Zaterdag staat er een vlog over jullie op mijn YouTube-kanaal.", SignalViral, true},
		{"Mijn nieuwe video gaat over jullie bedrijf en hoe jullie klanten behandelen.", SignalViral, true},
		{"Ik film het uitpakken van mijn nieuwe laptop, zo blij mee!", SignalViral, false},
		{"Is er een video die laat zien hoe ik de router installeer?", SignalViral, false},
		{"Kan ik YouTube kijken op de tv-box?", SignalViral, false},

		{"My next vlog is going to be about how you treat your customers.", SignalViral, true},
		{"This is going on my YouTube channel tonight.", SignalViral, true},
		{"I'll show my 80k subscribers exactly what you sent me.", SignalViral, true},
		{"Is there a video that shows how to reset the router?", SignalViral, false},
		{"Can I watch YouTube on the new TV box?", SignalViral, false},
	})
}

// Praise of a colleague is read as praise in every shape a customer gives
// it: a name with where they work and, later in the sentence, what they did
// or how they were; a shout-out; going out of one's way, which is no
// failure. Where they work alone, or a role in a plain question, praises
// nobody.
func TestAColleagueIsPraisedForWhatTheyDid(t *testing.T) {
	cases := []struct {
		text    string
		want    Colleague
		praised bool
	}{
		{"Wilde even kwijt dat Fenna bij de servicebalie zo geduldig was met mijn moeder.", Colleague{Name: "Fenna"}, true},
		{"Mijn factuur klopte niet, maar Ruben van de chat had het binnen tien minuten opgelost.", Colleague{Name: "Ruben"}, true},
		{"Shout-out naar Daan, wat een held.", Colleague{Name: "Daan"}, true},
		{"Ik heb gisteren met Karin van jullie klantenservice gebeld over de meter.", Colleague{Name: "Karin"}, false},
		{"Hoe laat komt de monteur morgen?", Colleague{Role: "monteur"}, false},
		{"Ik woon in Zwolle en de winkel was dicht.", Colleague{}, false},

		{"Big shout-out to Marcus, he went out of his way to find my lost bag.", Colleague{Name: "Marcus"}, true},
		{"Just to say Aisha on the phone line fixed my account in two minutes.", Colleague{Name: "Aisha"}, true},
		{"I spoke to Tom from your billing team yesterday about the meter.", Colleague{Name: "Tom"}, false},
		{"When is the engineer coming tomorrow?", Colleague{Role: "engineer"}, false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			m := ReadMessage(c.text, "")
			assert.Equal(t, c.want, Colleague{Name: m.Colleague.Name, Role: m.Colleague.Role})
			assert.Equal(t, c.praised, m.Colleague.Praised)
		})
	}
	for _, text := range []string{
		"Kevin at the Bath branch went out of his way for me today.",
		"Shout-out to Lena, she went out of her way to help my grandad with the app.",
		"The guard on the 8:15 found my lost scarf and handed it in. Lovely!",
	} {
		m := ReadMessage(text, "")
		assert.False(t, m.Complaint, "going out of one's way is kindness: %s (%v)", text, m.Why)
	}
	m := ReadMessage("Still no news on my lost parcel after ten days.", "")
	assert.True(t, m.Complaint, "a parcel lost by us is a failure: %v", m.Why)
}
