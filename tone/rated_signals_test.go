package tone

import "testing"

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
