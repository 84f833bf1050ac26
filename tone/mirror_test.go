package tone

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMirrors: the reply's opening picks up the customer's message by a
// word (stem, inflection, participle, compound, part of a hyphenated
// word), a number or a topic; stock openings that share nothing do not.
func TestMirrors(t *testing.T) {
	cases := []struct {
		name, reply, incoming string
		mirrors               bool
	}{
		// Picks up: the same word in another form.
		{"participle and noun", "@user Sorry voor de annulering van je vlucht naar Lissabon. Ik zet de terugbetaling vandaag in gang. ^Fleur",
			"Mijn vlucht is geannuleerd en niemand zegt iets", true},
		{"english inflection the stemmer keeps apart", "@user I'm sorry about this. Were you home when the delivery was attempted? ^Dee",
			"Leaving a card is not delivering my parcel. Ridiculous.", true},
		{"compound holds the word", "@user Balen! Stuur je ons je bestelnummer via DM? Dan zoek ik het uit. ^Lotte",
			"Mijn bestelling is na tien dagen nog steeds niet binnen", true},
		{"compound ends in the word", "@user Wat schrikken. Deel hier geen bankrekening of pasnummer, we bellen je binnen het uur. ^Pim",
			"Er is 200 euro van mijn rekening verdwenen", true},
		{"part of a hyphenated word", "@user Dat had niet mogen gebeuren. Welk saldo zag je precies? ^Joost",
			"Ik kreeg een fout saldo-overzicht aan de balie", true},
		{"a number both name", "@user Dat hoort niet. Lijn 14 had moeten stoppen, ik meld het bij de planning. ^Ivo",
			"Bus 14 reed gewoon door bij de halte", true},
		{"a topic both speak of, dutch", "@user Vervelend! Je termijnbedrag is gestegen door de nieuwe tarieven per 1 juli. ^Sem",
			"Waarom is mijn factuur ineens zo hoog?", true},
		{"a topic both speak of, english", "@user So sorry about that. We've refunded the charge to your card today. ^Kay",
			"You billed me twice for the same month", true},
		{"the customer's help picked up", "@user Happy to help! Which version of the app are you on? ^Rae",
			"help!! can't change my phone number in the app", true},
		{"a quoted customer still speaks", "@user Thanks for flying with us, Sam. Which frequent flyer programme were you offered? *AB",
			"“You don’t fly with us enough for us to care” is what your agent told me", true},

		{"participle of a separable verb and its noun", "@user Balen! De oplossing voor je wijk staat voor vrijdag gepland. ^Fleur",
			"Al drie dagen geen tv en het is nog steeds niet opgelost", true},
		{"separable participle inside a compound", "@user Dat klopt niet. Welke incheckpaal heb je gebruikt? ^Ivo",
			"Boete gekregen terwijl ik gewoon had ingecheckt!", true},
		{"separable participle and its verb stem", "@user Welkom! Je overstap regelen wij, je hoeft niets op te zeggen. ^Sem",
			"Ik ben net overgestapt en krijg nu twee facturen", true},
		{"a compound holds the stem of the customer's verb", "@user Vervelend! Dat inlogprobleem komt door een update van vannacht. ^Pim",
			"Ik kan al de hele ochtend niet inloggen in de app", true},
		{"heating and the boiler are one topic", "@user Koud als je ketel uitvalt, snap ik. De monteur komt morgen tussen 8 en 12. ^Noor",
			"De verwarming doet het al twee dagen niet", true},

		// Shares nothing: the rule fires.
		{"a conjunction is no content word", "@user Sorry for the frustration! We'd love to help but can't access accounts here. ^Lee",
			"still no idea where my parcel is.. BUT at least the tracking page looks nice", false},
		{"dutch adverbs and conjunctions are no content words", "@user Wat vervelend om te horen. Je kunt altijd langskomen, ook zonder afspraak. ^Noor",
			"Nooit reageren jullie, altijd hetzelfde, zonder uitleg", false},
		{"near miss: 'weer' in 'doet het weer' carries the news", "@user Wat leuk om te horen, fijn dat het weer werkt! ^Thijs",
			"Dank voor de snelle hulp, alles werkt weer", true},
		{"a particle alone is no word", "@user Sorry voor het ongemak. Wat is je opdrachtnummer? ^Noor",
			"Het is opgelost, maar de monteur was echt onbeleefd", false},
		{"stock opening and a data request", "@user Sorry voor het ongemak. Wat is je klantnummer en postcode? ^Mo",
			"Jullie hebben mijn internet afgesloten terwijl ik betaald heb!", false},
		{"a request for an identifier names no topic", "@user Thanks for reaching out! Could you DM us your order number? ^JS",
			"Terrible delivery service, three hours late", false},
		{"function words are not picked up", "@user We'll refer this to our colleagues since we handle other accounts. They will be in touch. ^HB",
			"Ever since the upgrade my LTE speeds are awful", false},
		{"a bare sorry is a sentence", "@user Wat vervelend om te horen! Sorry. We kijken ernaar. ^Anne",
			"Ik heb 25 minuten op bus 48 gestaan, hij kwam niet", false},
		{"a short stem is no compound part in english", "@user Thanks for the message. We count on your feedback. ^Lee",
			"Why is my account locked", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := Analyze(Input{Text: c.reply, Incoming: c.incoming})
			assert.Equal(t, c.mirrors, a.Mirrors(), "%q after %q", c.reply, c.incoming)
		})
	}
}

// TestSameWord: the word relations mirroring counts, and near misses.
func TestSameWord(t *testing.T) {
	// sameWord: is x one of the words of a message that says only y?
	sameWord := func(lang, x, y string) bool {
		inc := Analyze(Input{Text: y, Lang: lang})
		return mirrorIndexOf(lang, inc).has(mirrorWord{lower: x, stem: Stem(lang, x)}, false)
	}
	cases := []struct {
		lang, x, y string
		same       bool
	}{
		{"nl", "geannuleerd", "annulering", true},
		{"nl", "bestelnummer", "bestelling", true},
		{"nl", "bankrekening", "rekening", true},
		{"nl", "meterkast", "meter", true},
		{"en", "delivery", "delivering", true},
		{"en", "account", "count", false},
		{"nl", "verstuurd", "verstoring", false},
		{"nl", "gebeld", "bellen", true},
		{"nl", "gelukt", "lukken", true},
		{"en", "order", "border", false},
	}
	for _, c := range cases {
		// The relation holds both ways: either word may be the message's.
		assert.Equal(t, c.same, sameWord(c.lang, c.x, c.y), "%s in %s", c.x, c.y)
		assert.Equal(t, c.same, sameWord(c.lang, c.y, c.x), "%s in %s", c.y, c.x)
	}
}

// TestApologyNamesSituation: an apology that names the customer's
// situation acknowledges it; a stock apology, a cliché with a bare
// "Excuses." after it, or an apology beside a data request does not.
func TestApologyNamesSituation(t *testing.T) {
	cases := []struct {
		name, reply, incoming string
		empathic              bool
	}{
		{"dutch: sorry names the rejected claim", "@user Sorry dat je claim is afgewezen. Ik stuur je een DM om deze week te bellen. ^Ruud",
			"Jullie weigeren mijn claim voor de waterschade, ongelofelijk", true},
		{"dutch: the long wait is the customer's two weeks", "@user Sorry voor het lange wachten! Stuur je je bestelnummer via DM? ^Jana",
			"Mijn bestelling is al twee weken onderweg", true},
		{"english: sorry names the delayed flight", "@user We're sorry your flight has been delayed, Bea. The new departure time is 15:30. ^Tom",
			"Over an hour delay on a short hop and nobody at the gate", true},
		{"a bare sorry after the sentence that names it", "@user Ja, er is een storing in Leiden-Noord sinds 9:00. Sorry! Om 13:00 werkt alles weer. ^Anne",
			"Is er een storing in Leiden? Mijn internet doet het niet", true},

		{"dutch: stock apology and a data request", "@user Sorry voor het ongemak. Wat is je klantnummer en postcode? ^Mo",
			"Mijn internet is afgesloten terwijl ik betaald heb", false},
		{"english: sorry for the issue names nothing", "@user Sorry for the issue. Please DM us your order number. ^Kim",
			"My order issue still isn't sorted, third time asking", false},
		{"a cliché then a bare apology", "@user Wij begrijpen uw frustratie over de meterstand. Onze excuses. Stuurt u ons een DM? ^Wil",
			"Al vier keer gebeld over de verkeerde meterstand op mijn jaarafrekening", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := Analyze(Input{Text: c.reply, Incoming: c.incoming})
			assert.Equal(t, c.empathic, a.Empathic(), "%q after %q", c.reply, c.incoming)
		})
	}
}

// TestSeparableParticleLongest holds separableParticle's look-up by
// length to the longest particle a comparison with each finds.
func TestSeparableParticleLongest(t *testing.T) {
	want := func(word string) (string, bool) {
		best := ""
		for _, p := range separableParticles {
			if len(p) > len(best) && strings.HasPrefix(word, p) && strings.HasPrefix(word[len(p):], "ge") {
				best = p
			}
		}
		return best, best != ""
	}
	words := []string{"", "g", "ge", "opge", "opgelost", "afgesloten", "teruggestort", "ingecheckt",
		"overgestapt", "achtergelaten", "binnengekomen", "buitengezet", "kwijtgeraakt", "gebeld",
		"geannuleerd", "omgeving", "ongeluk", "aangepast", "uitgesteld", "onderge", "vrijgegeven",
		"weggegooid", "opgeëist", "överge", "samengevoegd", "thuisgebracht", "tegengehouden"}
	for _, w := range words {
		p, ok := separableParticle(w)
		wp, wok := want(w)
		assert.Equal(t, wp, p, w)
		assert.Equal(t, wok, ok, w)
	}
}
