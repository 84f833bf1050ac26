package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// What a draft needs to know of the customer's words besides the intent
// is read once, here, not again by the draft: the kind of an acute
// danger, whether it has passed, advertising, and an answer in a
// conversation under way. Every text is invented for the test.

func TestReadingNamesTheKindOfAcuteDanger(t *testing.T) {
	cases := []struct {
		name, text, lang, kind string
		over                   bool
	}{
		{"nl gas smell", "Ik ruik al de hele ochtend gas bij de meterkast, wat moet ik doen?", "nl", "gas", false},
		{"nl gas smell, ruikt naar", "Het ruikt naar gas in de hal sinds jullie monteur weg is!", "nl", "gas", false},
		{"nl fire that is out", "De nieuwe oplader vatte vlam in de keuken. De brandweer is geweest en gelukkig niemand gewond.", "nl", "fire", true},
		{"nl smoke still going", "Er komt rook uit de meterkast die jullie gisteren hebben vervangen!", "nl", "fire", false},
		{"en gas leak", "I can smell gas in the hallway since your engineer left this morning.", "en", "gas", false},
		{"en sparks, nobody hurt", "The charger you sold me caught fire last night, nobody was hurt but the desk is ruined.", "en", "fire", true},
		{"en carbon monoxide", "Our carbon monoxide alarm keeps going off since the new boiler was fitted!", "en", "co", false},
		{"nl near miss: gas on the bill", "Waarom is mijn voorschot voor gas en licht zo hoog geworden?", "nl", "", false},
		{"en near miss: nobody hurt, but no danger told", "Your driver was rude to me, luckily nobody was hurt when he braked.", "en", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := ReadMessage(c.text, c.lang)
			assert.Equal(t, c.kind, m.AcuteKind, c.text)
			assert.Equal(t, c.kind != "", m.Acute, c.text)
			assert.Equal(t, c.over, m.HazardOver, c.text)
		})
	}
}

func TestReadingTellsAdvertising(t *testing.T) {
	cases := []struct {
		name, text, lang string
		want             bool
	}{
		{"nl earn per day", "Verdien nu €500 per dag vanuit huis!! Check de link in bio 💰💰", "nl", true},
		{"nl quick rich", "Snel rijk worden? Stuur me een DM, info in mijn profiel", "nl", true},
		{"en earn from home", "Earn $300 a day from home, no experience needed. Link in bio!!", "en", true},
		{"en free phone", "RT and follow to win a FREE IPHONE 🎁🎁", "en", true},
		{"nl near miss: a complaint about pay", "Ik verdien te weinig om elke maand €40 extra voor internet te betalen.", "nl", false},
		{"en near miss: working from home without internet", "I work from home and my internet has been down since Monday!", "en", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, ReadMessage(c.text, c.lang).Spam, c.text)
		})
	}
}

func TestReadingTellsAnAnswerInAThread(t *testing.T) {
	cases := []struct {
		name, text, lang string
		want             bool
	}{
		{"nl opens with nee", "Nee, nog steeds geen bericht van de bezorger.", "nl", true},
		{"nl same problem", "Ik heb precies hetzelfde probleem als gisteren met de app.", "nl", true},
		{"nl see my previous", "Zie mijn vorige bericht, daar staat het ordernummer.", "nl", true},
		{"en they have no info either", "They have no info either.. what now?", "en", true},
		{"en opens with yes after a handle", "@ShopHelp Yes, I restarted the router twice.", "en", true},
		{"en as i said", "As I said, the refund never arrived.", "en", true},
		{"nl near miss: nee inside the sentence", "Ik wil gewoon een antwoord, nee zeggen kan ook.", "nl", false},
		{"nl near miss: a first message", "Mijn pakket is al vier dagen onderweg, waar blijft het?", "nl", false},
		{"en near miss: no as a word of the message", "Why is there no signal in the whole of Leeds today?", "en", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, ReadMessage(c.text, c.lang).Thread, c.text)
		})
	}
}

// A household without heating, power, gas or water, or with mould in the
// home, is in a vital situation, whatever else the message says; without
// one of these it is not.
func TestReadingTellsAVitalSituation(t *testing.T) {
	cases := []struct {
		name, text, lang string
		want             bool
	}{
		{"nl heating off for days", "De cv doet het al drie dagen niet en we hebben een baby van 4 weken!", "nl", true},
		{"nl no power", "Sinds vanochtend zitten we zonder stroom in de hele straat.", "nl", true},
		{"en no heating", "Our heating has not worked since Monday and my mum who is 88 lives with us.", "en", true},
		{"en no water", "We've had no water since 6am, when will it be back?", "en", true},
		{"nl near miss: a late parcel", "Mijn pakket is al drie dagen onderweg, waar blijft het?", "nl", false},
		{"en near miss: a bill about heating", "Why did my heating bill go up by £40 this month?", "en", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, ReadMessage(c.text, c.lang).Vital, c.text)
		})
	}
}
