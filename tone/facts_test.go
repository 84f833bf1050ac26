package tone

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Facts the reading reads about a message besides its intent: every text
// here is invented for the test.

func TestReadingStatesTheCustomersAge(t *testing.T) {
	cases := []struct {
		name, text, lang string
		want             int
	}{
		{"nl age after ik ben", "Ik ben 79 en heb geen computer, hoe kan ik dan mijn meterstand doorgeven?", "nl", 79},
		{"nl age after ben al", "Ik ben al 84 en snap die nieuwe app van jullie niet.", "nl", 84},
		{"nl the highest of two", "Ik ben 12 jaar klant en ik ben 71, maar zo ben ik nog nooit behandeld.", "nl", 71},
		{"en age after I'm", "I'm 82 and I can't read the tiny print on your new bills.", "en", 82},
		{"en age after i am", "i am 67 years old and nobody at your counter would help me", "en", 67},
		{"nl near miss: a number that is no age", "Ik ben 2000 euro kwijt door jullie fout.", "nl", 0},
		{"nl near miss: no lead before the number", "Bestelling 79 is nog niet binnen.", "nl", 0},
		{"nl near miss: ik ben without a number", "Ik ben het zat, al drie dagen geen internet.", "nl", 0},
		{"en near miss: a number later in the sentence", "I'm waiting 45 minutes for the 9 bus every day.", "en", 0},
		{"en near miss: a number with no lead", "Order 67 arrived broken.", "en", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, ReadMessage(c.text, c.lang).Age, c.text)
		})
	}
}

// Every list of the fact lexicons is filled in Dutch and English (a list
// added to factWords but forgotten in a language fails here), and only
// facts.other.yaml has the function words of other languages.
func TestFactListsParse(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		fw, err := factLists[lang]()
		if !assert.NoError(t, err, lang) {
			continue
		}
		v := reflect.ValueOf(*fw)
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			tag := f.Tag.Get("yaml")
			if tag == "" || tag == "foreign" || v.Field(i).Kind() != reflect.Slice {
				continue
			}
			assert.NotZero(t, v.Field(i).Len(), "%s: %s is empty", lang, tag)
		}
		assert.Empty(t, fw.Foreign, lang)
		assert.NotEmpty(t, fw.Durations.Units, lang)
	}
	other, err := factLists["other"]()
	if assert.NoError(t, err) {
		assert.NotEmpty(t, other.Foreign)
	}
}

func TestReadingTellsOfADeathAndNamesTheRelative(t *testing.T) {
	cases := []struct {
		name, text, lang string
		bereaved         bool
		relation         string
	}{
		{"nl a death and a father", "Mijn vader is vorige week overleden en ik wil zijn abonnement stopzetten.", "nl", true, "vader"},
		{"nl a funeral, no relative", "Morgen is de uitvaart, kan de bezorging een dag later?", "nl", true, ""},
		{"en passed away and a mum", "My mum passed away in March and you keep sending her letters.", "en", true, "mum"},
		{"en a dog's lead", "The lead I bought for my dog's walks snapped on day two.", "en", false, "dog"},
		{"nl near miss: a relative, no death", "M'n dochter heeft haar telefoon laten vallen, valt dat onder de garantie?", "nl", false, "dochter"},
		{"nl near miss: a relative without a possessive", "Een vader met kinderwagen kon de bus niet in.", "nl", false, ""},
		{"nl mn as a possessive", "mn zoon kreeg een verkeerde maat geleverd", "nl", false, "zoon"},
		{"nl ons before a het-word", "Ons kind is gisteren overleden, hoe zeg ik zijn abonnement op?", "nl", true, "kind"},
		{"nl near miss: ons as an object", "Jullie hebben ons een verkeerde vader-dochterkaart gestuurd.", "nl", false, ""},
		{"en near miss: a dead phone is no death", "My phone is dead again after an hour.", "en", false, ""},
		{"en near miss: a relative without a possessive", "The driver told a mother with a pram to wait for the next bus.", "en", false, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := ReadMessage(c.text, c.lang)
			assert.Equal(t, c.bereaved, m.Bereaved, c.text)
			assert.Equal(t, c.relation, m.Relation, c.text)
		})
	}
}

func TestReadingTellsAFormalLetter(t *testing.T) {
	cases := []struct {
		name, text, lang string
		formal, letter   bool
	}{
		{"nl a letter", "Geachte heer/mevrouw,\n\nIk heb op 3 mei een klacht ingediend en nooit antwoord gehad.\n\nHoogachtend,\nJ. de Wit", "nl", true, true},
		{"nl formal closing, no letter", "Mijn factuur klopt niet, kunt u dit nakijken?\n\nMet vriendelijke groet,\nPetra", "nl", true, false},
		{"en a letter", "Dear Sir or Madam, my claim has been open for six weeks. Yours faithfully, R. Ahmed", "en", true, true},
		{"nl near miss: a kind word, no formula", "Vriendelijke chauffeur vanochtend, top!", "nl", false, false},
		{"nl near miss: groet without met vriendelijke", "Pakket kwam netjes aan, groet Sanne", "nl", false, false},
		{"en near miss: dear as a word of affection", "Oh dear, the app logged me out again.", "en", false, false},
		{"en near miss: sincerely in a sentence", "I sincerely hope someone reads this today.", "en", false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := ReadMessage(c.text, c.lang)
			assert.Equal(t, c.formal, m.Formal, c.text)
			assert.Equal(t, c.letter, m.Letter, c.text)
		})
	}
}

func TestReadingTellsAMessageInAnotherLanguage(t *testing.T) {
	cases := []struct {
		name, text string
		want       bool
	}{
		{"French", "Bonjour, ma commande n'est pas arrivée et le service client ne répond pas.", true},
		{"German", "Ich habe das Paket nicht bekommen und der Kundendienst ist sehr langsam.", true},
		{"Spanish", "Hola, mi pedido no ha llegado y el servicio es muy lento para una tienda así.", true},
		{"nl near miss: a French name in Dutch", "Bij Le Pain Quotidien in de Pijp kreeg ik de verkeerde bestelling.", false},
		{"en near miss: a French name in English", "Le Pain Quotidien on Main Street has no seats left and the queue is huge.", false},
		{"en near miss: one German word", "My order from your Berlin store says 'nicht verfügbar' but the site says in stock.", false},
		{"nl near miss: plain Dutch", "Mijn pakket is niet bezorgd en de klantenservice reageert niet.", false},
		{"German, short", "Meine Bestellung ist nicht angekommen.", true},
		{"French, short", "Ma commande n'est toujours pas arrivée.", true},
		{"nl near miss: short Dutch", "Mijn bestelling is nog niet aangekomen.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, ReadMessage(c.text, "").Foreign, c.text)
		})
	}
}

func TestForeignWordsParse(t *testing.T) {
	fw, err := factLists["other"]()
	if assert.NoError(t, err) {
		assert.NotEmpty(t, fw.Foreign)
	}
}

func TestReadingTellsHowTheMessageIsPut(t *testing.T) {
	type mood struct{ calm, cheerful, light, shares, confirms bool }
	cases := []struct {
		name, text, lang string
		want             mood
	}{
		{"nl shares a laugh", "Kijk wat onze hond met jullie doos heeft gedaan haha 😂", "nl", mood{shares: true}},
		{"en cheerful", "Loving the new store layout, so much brighter and friendlier 😊", "en", mood{calm: true, cheerful: true, shares: true}},
		{"en light: a happy exclamation, shouted", "Great haul today!!! https://example.com/photo", "en", mood{light: true}},
		{"nl confirms", "Klopt, ja", "nl", mood{calm: true, confirms: true}},
		{"en confirms", "Yes that's correct", "en", mood{calm: true, confirms: true}},
		{"nl calm complaint", "Mijn pakket is vandaag niet bezorgd.", "nl", mood{calm: true}},
		{"nl near miss: an angry complaint is not calm", "Belachelijk, alweer geen pakket. Wat een prutsers!!", "nl", mood{}},
		{"nl near miss: a laugh with a question", "haha leuk, maar wanneer komt de rest?", "nl", mood{calm: true}},
		{"en near miss: a command is not light", "Take that post down now!", "en", mood{calm: true}},
		{"en a cry for help is no happy exclamation", "Help!!", "en", mood{}},
		{"nl a cry for help is no happy exclamation", "Help!", "nl", mood{calm: true}},
		{"en near miss: a happy exclamation with a photo is light", "Look what came today, love it! https://example.com/p", "en", mood{calm: true, light: true}},
		{"nl near miss: a happy exclamation with a photo is light", "Kijk wat er vandaag kwam, super mooi! https://example.com/p", "nl", mood{calm: true, cheerful: true, light: true, shares: true}},
		{"en a photo sent to a support desk with plain words shows a problem", "@AppleSupport This is what it does now https://example.com/p", "en", mood{calm: true}},
		{"nl a photo sent to a support desk with plain words shows a problem", "@KPNwebcare Dit krijg ik te zien https://example.com/p", "nl", mood{calm: true}},
		{"en near miss: a photo sent to a brand's own account is light", "@SnackCo Dressed up as your burrito tonight https://example.com/p", "en", mood{calm: true, light: true}},
		{"en near miss: a happy photo sent to a support desk is light", "@AppleSupport Love my new watch https://example.com/p", "en", mood{calm: true, light: true}},
		{"en near miss: confirming and more", "Yes that's correct, but the amount is still wrong on my bill", "en", mood{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := ReadMessage(c.text, c.lang)
			got := mood{m.Calm, m.Cheerful, m.Light, m.Shares, m.Confirms}
			assert.Equal(t, c.want, got, c.text)
		})
	}
}

func TestReadingCountsContentWords(t *testing.T) {
	assert.Equal(t, 0, ReadMessage("hmm ok.", "nl").ContentWords)
	assert.Equal(t, 5, ReadMessage("Pakket nooit aangekomen, echt jammer", "nl").ContentWords)
	assert.Equal(t, 3, ReadMessage("My parcel never got here", "en").ContentWords)
}

func TestReadingTellsWhatTheCustomerSaysTheyDidOrAsk(t *testing.T) {
	type says struct{ press, sent, hypo, removal, data, closes, loyal, why, sorry bool }
	cases := []struct {
		name, text, lang string
		want             says
	}{
		{"nl a journalist", "Ik ben journalist bij een regionale krant en werk aan een artikel over vertragingen. Wie kan ik spreken?", "nl", says{press: true}},
		{"en a journalist", "I'm a reporter working on a story about late refunds, who can I talk to?", "en", says{press: true}},
		{"nl near miss: a threat to go to the press", "Als dit niet wordt opgelost stap ik naar de krant.", "nl", says{hypo: true}},
		{"nl sent a DM", "Ik heb je een DM gestuurd met mijn ordernummer.", "nl", says{sent: true}},
		{"en sent a DM", "Just sent you a DM with my booking details.", "en", says{sent: true}},
		{"en near miss: asked to send a DM", "Should I send a DM with my order number?", "en", says{}},
		{"nl take a post down with an address", "Er staat mijn huisadres in jullie reactie, haal dat weg!", "nl", says{removal: true, data: true}},
		{"en take it down", "Your reply shows my phone number, please take it down.", "en", says{removal: true, data: true}},
		{"nl near miss: an address asked, nothing to remove", "Naar welk adres stuur ik het retourpakket?", "nl", says{data: true}},
		{"nl closes the thread", "Oké bedankt, dan wacht ik het af.", "nl", says{closes: true}},
		{"en near miss: thanks in advance", "Thanks in advance for looking into my refund.", "en", says{}},
		{"nl loyal and asks why", "Na 12 jaar word ik zo behandeld? Waarom?", "nl", says{loyal: true, why: true}},
		{"en loyal", "Customer for 15 years and this is how you treat me.", "en", says{loyal: true}},
		{"en near miss: years without being a customer", "The bridge has been closed for years.", "en", says{}},
		{"nl sorry for asking", "Sorry voor het storen, maar hoe laat gaat de winkel open?", "nl", says{sorry: true}},
		{"en sorry for asking", "Sorry to bother you again, is the store open on Sunday?", "en", says{sorry: true}},
		{"en near miss: an apology for something else", "Sorry, I meant the other store.", "en", says{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := ReadMessage(c.text, c.lang)
			got := says{m.FromPress, m.SentPrivately, m.Hypothetical, m.AsksRemoval, m.NamesPersonalData, m.ClosesThread, m.Loyal, m.AsksWhy, m.ApologizesForAsking}
			assert.Equal(t, c.want, got, c.text)
		})
	}
}

func TestReadingNamesThePraisedColleague(t *testing.T) {
	cases := []struct {
		name, text, lang string
		want             Colleague
	}{
		{"nl a name after praise", "Compliment voor Sanne van de kassa, wat een service!", "nl", Colleague{Name: "Sanne"}},
		{"nl a role and a name", "Wat was conducteur Ahmed vanochtend behulpzaam, echt top!", "nl", Colleague{Name: "Ahmed"}},
		{"nl a role alone", "De chauffeur van lijn 12 wachtte netjes tot ik binnen was, heel fijn.", "nl", Colleague{Role: "chauffeur"}},
		{"en a name from your branch", "Huge thanks to Priya from your Leeds branch, she sorted everything.", "en", Colleague{Name: "Priya"}},
		{"en a name that did something", "Called about my bill and Tom sorted it in five minutes.", "en", Colleague{Name: "Tom"}},
		{"nl near miss: a praised product", "De Boorito was echt heerlijk vandaag!", "nl", Colleague{}},
		{"en near miss: a capitalised first word", "Service was great today, thanks!", "en", Colleague{}},
		{"en near miss: a name of a place", "Your store in Leeds was closed at noon again.", "en", Colleague{}},
		// A name right after thanks, or after the service or help it gave.
		{"nl a name after the service", "Wat een topservice van Ilse aan de telefoon, binnen 5 minuten opgelost!", "nl", Colleague{Name: "Ilse"}},
		{"nl a name after thanks and a comma", "Dank je wel, Ilse! Top geregeld.", "nl", Colleague{Name: "Ilse"}},
		{"en a name after thanks", "Thank you Sarah for sorting out my refund so quickly, great service!", "en", Colleague{Name: "Sarah"}},
		{"en a name after the help", "Brilliant help from Tom in your Leeds store today.", "en", Colleague{Name: "Tom"}},
		{"en near miss: thanks, then the next sentence", "Thank you. Great service today!", "en", Colleague{}},
		{"nl near miss: the brand the customer tags", "Topservice van Coolblue weer @Coolblue", "nl", Colleague{}},
		{"nl near miss: an acronym after thanks", "Bedankt KPN, alles werkt weer", "nl", Colleague{}},
		{"nl a title and a surname with a particle", "Dank u wel mevrouw De Boer van de balie in Utrecht, u heeft mijn dag gered.", "nl", Colleague{Name: "mevrouw De Boer"}},
		{"en a title and a surname", "Thank you Mr Jones for your patience on the phone today.", "en", Colleague{Name: "Mr Jones"}},
		{"nl near miss: thanks, then an article and a thing", "Bedankt de winkel was top", "nl", Colleague{}},
		// The customer speaking ("I'd given up", "I’m so happy") is no name.
		{"en near miss: I'd after thanks", "You found my suitcase and brought it to my door. Thank you so much, I'd given up", "en", Colleague{}},
		{"en near miss: I’m with a curly apostrophe", "Thanks, I’m so relieved you sorted it", "en", Colleague{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ReadMessage(c.text, c.lang).Colleague
			assert.Equal(t, c.want, Colleague{Name: got.Name, Role: got.Role}, c.text)
		})
	}
}

func TestReadingSaysHowLongItHasGoneOn(t *testing.T) {
	cases := []struct {
		name, text, lang string
		want             Lasted
	}{
		{"nl a number in words", "Mijn pakket is al drie dagen onderweg.", "nl", Lasted{Amount: "drie", Unit: "dagen"}},
		{"nl since", "Sinds maandag geen internet meer.", "nl", Lasted{Since: "sinds maandag"}},
		{"en digits", "Been on hold for 45 minutes now.", "en", Lasted{Amount: "45", Unit: "minutes"}},
		{"en since", "No hot water since Friday, nobody came.", "en", Lasted{Since: "since Friday"}},
		{"nl since with a word that needs the next", "Al geen internet sinds het weekend, belachelijk.", "nl", Lasted{Since: "sinds het weekend"}},
		{"en since with a word that needs the next", "No hot water since last week, nobody came.", "en", Lasted{Since: "since last week"}},
		{"nl near miss: since starts a clause", "Geen internet meer sinds ik belde.", "nl", Lasted{}},
		{"en near miss: since starts a clause", "My parcel has not arrived since I ordered it.", "en", Lasted{}},
		{"en near miss: since and the customer's own", "Nothing works since my upgrade.", "en", Lasted{}},
		{"nl near miss: a number that is no duration", "Ik heb 3 pakketten besteld en er kwam er 1.", "nl", Lasted{}},
		{"en near miss: a year, not a count of years", "I've been a customer since 2015 and never had this.", "en", Lasted{}},
		{"en near miss: a long number", "Order 123456 days late? No, just the order number.", "en", Lasted{}},
		{"nl near miss: a time of day", "Dank aan de monteur die zaterdagavond om 10 uur nog langskwam!", "nl", Lasted{}},
		{"nl a duration beside a time of day", "Sta hier al 2 uur te wachten, om 8 uur zou hij komen.", "nl", Lasted{Amount: "2", Unit: "uur"}},
		{"en near miss: a time of day", "The engineer came at 10 hrs on a Saturday, brilliant.", "en", Lasted{}},
		// How often, a deadline or a time to come is no time it has gone on.
		{"nl near miss: how often", "Internet valt om de 10 minuten weg, al sinds de update.", "nl", Lasted{Since: "sinds de update"}},
		{"nl near miss: within a day", "Foutje in mijn factuur binnen een dag rechtgezet, top!", "nl", Lasted{}},
		{"nl near miss: a refund still to come", "Bestelling geannuleerd en mijn geld krijg ik pas over 10 dagen terug.", "nl", Lasted{}},
		{"nl a duration after a frequency word elsewhere", "Elke keer hetzelfde: al 4 dagen geen tv.", "nl", Lasted{Amount: "4", Unit: "dagen"}},
		{"en near miss: how often", "The wifi drops every 2 hours, it's driving me mad.", "en", Lasted{}},
		{"en near miss: within a day", "Refund landed within a day, thanks!", "en", Lasted{}},
		{"en a duration", "Stuck at the gate for two hours without any information.", "en", Lasted{Amount: "two", Unit: "hours"}},
		{"nl near miss: since the last (what?)", "Sinds de laatste update werkt jullie app nauwelijks.", "nl", Lasted{}},
		{"en near miss: half an hour is no hour", "Trying to order for half an hour now, the app is down.", "en", Lasted{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, ReadMessage(c.text, c.lang).Lasted, c.text)
		})
	}
}

func TestReadingNamesAGraveKindOfComplaint(t *testing.T) {
	cases := []struct {
		name, text, lang, want string
	}{
		{"nl discrimination", "De beveiliger maakte een racistische opmerking tegen mijn zoon.", "nl", "discriminatie"},
		{"nl assistance that never came", "Ik had assistentie aangevraagd op Utrecht maar er kwam niemand.", "nl", "assistentie"},
		{"en abuse by staff", "Your cashier shouted at me in front of everyone.", "en", "abuse"},
		{"en accessibility", "The lift was broken again and I'm a wheelchair user.", "en", "accessibility"},
		{"nl near miss: rude, not grave", "De medewerker was nogal kortaf vandaag.", "nl", ""},
		{"en near miss: help asked for, no assistance booked", "Can someone help me with my booking?", "en", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, ReadMessage(c.text, c.lang).Grave, c.text)
		})
	}
}

// A hazard that may still be going on where the customer is (gas, smoke,
// fire, sparks) is acute: the reply puts safety first. The same words
// without a hazard, or a hazard of another kind, are not.
func TestReadingTellsAnAcuteDanger(t *testing.T) {
	cases := []struct {
		name, text, lang string
		want             bool
	}{
		{"nl gas smell at home", "Ik ruik al de hele ochtend een gaslucht in onze keuken, wat moet ik doen?", "nl", true},
		{"nl sparks from a socket", "Het stopcontact dat jullie monteur heeft geplaatst geeft vonken en er komt rook uit!", "nl", true},
		{"en gas near the meter", "There's a strong smell of gas near the meter since your engineer left.", "en", true},
		{"en a charger sparking", "My new charger was sparking and smoking when I plugged it in!", "en", true},
		{"nl near miss: gas on the bill", "Waarom is mijn voorschot voor gas en licht zo hoog geworden?", "nl", false},
		{"nl near miss: glass in food is a hazard, not acute", "Er zat een stuk glas in mijn brood!", "nl", false},
		{"en near miss: a fire stick that does not work", "My Fire TV stick keeps freezing since the update.", "en", false},
		{"en near miss: petrol gas station", "The gas station next to your store has been closed for weeks.", "en", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, ReadMessage(c.text, c.lang).Acute, c.text)
		})
	}
}

func TestReadingTellsACompromise(t *testing.T) {
	cases := []struct {
		name, text, lang string
		want             bool
	}{
		{"nl a hacked account", "Mijn account is gehackt en er zijn twee bestellingen op mijn naam geplaatst!", "nl", true},
		{"nl fraud", "Ik ben opgelicht via een nepmail met jullie logo, wat nu?", "nl", true},
		{"nl a data leak", "Klopt het dat er een datalek was? Ik kreeg een rare sms.", "nl", true},
		{"en scammed", "I got scammed by someone pretending to be your support team.", "en", true},
		{"en a data leak, two words", "Was there a data leak? My email gets spam with my order details.", "en", true},
		{"nl near miss: a blocked account", "Mijn account is geblokkeerd na drie keer een fout wachtwoord.", "nl", false},
		{"nl near miss: a lost card", "Ik ben mijn pas kwijt, hoe vraag ik een nieuwe aan?", "nl", false},
		{"en near miss: a declined card", "My card was declined at checkout twice today.", "en", false},
		{"en near miss: leak without data", "The tap you fitted last week has a leak again.", "en", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, ReadMessage(c.text, c.lang).Compromised, c.text)
		})
	}
}

func TestReadingTellsTheCustomersOwnDataPosted(t *testing.T) {
	cases := []struct {
		name, text, lang string
		want             bool
	}{
		{"nl own mobile number", "Bel me maar terug op 06-12345678, ik ben de hele dag thuis.", "nl", true},
		{"nl own e-mail address", "Stuur de factuur nog een keer naar jan.devries@voorbeeld.nl aub", "nl", true},
		{"nl an export's mark", "Mijn mail is __email__ graag contact opnemen", "nl", true},
		{"en own e-mail address", "Please email me at priya.k@example.com about my refund.", "en", true},
		{"en an export's mark", "Call me back on __phone__ please", "en", true},
		{"nl near miss: a masked address", "Jullie mail kwam aan op j***@voorbeeld.nl maar de link werkt niet.", "nl", false},
		{"nl near miss: the company's own address", "Ik heb al gemaild naar klantenservice@voorbeeld.nl maar niks gehoord.", "nl", false},
		{"en near miss: a number that is an order", "Order 48213 still not here after two weeks.", "en", false},
		{"en near miss: names the data, posts none", "Why does your app show my phone number to other users?", "en", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, ReadMessage(c.text, c.lang).PostsOwnData, c.text)
		})
	}
}

func TestReadingNamesTheKindOfMatter(t *testing.T) {
	cases := []struct {
		name, text, lang, want string
	}{
		{"nl an order by a verb form", "Ik heb vorige week besteld en er is nog steeds niks.", "nl", "order"},
		{"nl a booking", "Mijn vlucht naar Lissabon is verzet zonder bericht.", "nl", "booking"},
		{"nl the first kind named wins", "Mijn pakket is zoek en nu staat er ook een rare afschrijving op mijn rekening.", "nl", "order"},
		{"nl a login", "Ik kan niet meer inloggen in de app sinds de update.", "nl", "login"},
		{"en a booking", "Our hotel booking vanished from the app.", "en", "booking"},
		{"en a bill before an order", "My bill is double this month and my refund never came.", "en", "customer"},
		{"nl near miss: a matter of nobody's", "Wat een mooie nieuwe winkel in het centrum!", "nl", ""},
		{"nl near miss: order as a word of peace", "Alles in orde hoor, dank voor het snelle antwoord.", "nl", ""},
		{"en near miss: no kind of matter", "Your staff at the Leeds store were lovely today.", "en", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, ReadMessage(c.text, c.lang).Matter, c.text)
		})
	}
}

func TestSameMatter(t *testing.T) {
	cases := []struct {
		name, lang, a, b string
		want             bool
	}{
		{"nl parcel and order", "nl", "pakket", "bestelling", true},
		{"nl stems fold", "nl", "pakketje", "Bezorging", true},
		{"en flight and booking", "en", "flight", "booking", true},
		{"nl near miss: parcel and trip", "nl", "pakket", "reis", false},
		{"en near miss: bill and parcel", "en", "bill", "parcel", false},
		{"en near miss: a word of no kind", "en", "train", "train", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, SameMatter(c.lang, c.a, c.b))
		})
	}
}

func TestHandleParts(t *testing.T) {
	assert.Equal(t, []string{"verizon", "support"}, handleParts("@VerizonSupport"))
	assert.Equal(t, []string{"british", "airways"}, handleParts("@British_Airways"))
	assert.Equal(t, []string{"rail", "nl"}, handleParts("@RailNL"))
	assert.Equal(t, []string{"klm"}, handleParts("@KLM"))
}

// A message with no function word of either language is read in the
// language its words and the brand's handle hint at; function words
// decide before any hint, and with nothing to go on it stays Dutch.
func TestReadingHearsTheLanguageOfShortMessages(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"en handle and a model name", "@ZephyrSupport Galaxy S9 :)", "en"},
		{"en handle, one word", "@AcmeCares Done", "en"},
		{"nl handle, one word", "@TreinNL Klopt", "nl"},
		{"nl word", "Verstuurd", "nl"},
		{"near miss: nothing to go on stays Dutch", "Xyzzy 42", "nl"},
		{"near miss: Dutch function words before an English handle", "@ZephyrSupport mijn pakket is nog niet binnen", "nl"},
		{"near miss: English function words before a Dutch handle", "@TreinNL my train is late again", "en"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, readingAnalysis(c.text, "").Lang, c.text)
		})
	}
}

func TestReadingNamesTheSigner(t *testing.T) {
	cases := []struct {
		name, text, lang, want string
	}{
		{"nl under a letter's closing", "Geachte heer/mevrouw,\n\nMijn factuur klopt niet.\n\nHoogachtend,\nmevr. Visser", "nl", "mevr. Visser"},
		{"nl after a closing word", "Pakket nog steeds niet binnen, graag snel reactie. Groet, Marieke", "nl", "Marieke"},
		{"en under a letter's closing", "My claim is still open after six weeks.\n\nYours sincerely,\nR. Ahmed", "en", "R. Ahmed"},
		{"en after a marker", "Still no refund for order 5521 - Tom", "en", "Tom"},
		{"nl near miss: a lower-case word under the closing", "Dank voor de hulp, met vriendelijke groet en een fijne dag", "nl", ""},
		{"en near miss: a bare last word names nobody", "Third delayed train this week. Pathetic.", "en", ""},
		{"nl closing in capitals", "Al drie weken geen antwoord op mijn klacht.\n\nMET VRIENDELIJKE GROET,\nJ. de Wit", "nl", "J. de Wit"},
		{"nl near miss: no closing, no signer", "Mijn pakket is zoek en niemand reageert", "nl", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, ReadMessage(c.text, c.lang).Signer, c.text)
		})
	}
}

// TestClosingAnchorIsInEveryTextWithTheClosing: a text whose lower case
// holds a closing holds its anchor in some ASCII case, also where an
// "i" or "k" of the closing was written "İ" or with the Kelvin sign;
// a text without a closing's anchor is not searched for the closing.
func TestClosingAnchorIsInEveryTextWithTheClosing(t *testing.T) {
	assert.Equal(t, "e groet", closingAnchor("met vriendelijke groet"))
	assert.Equal(t, "yours s", closingAnchor("yours sincerely"))
	assert.Equal(t, "", closingAnchor("ik"))
	for _, text := range []string{
		"Hoogachtend, mevr. Visser", "HOOGACHTEND", "Met Vriendelijke Groet", "met vriendeli\u212Ae groet",
		"Kind Regards, Sam", "\u212AIND REGARDS", "yours s\u0130ncerely",
	} {
		low := strings.ToLower(text)
		sw := signWords()
		for k, cl := range sw.closings {
			if strings.Contains(low, cl) {
				assert.True(t, bytes.Contains(foldASCII(nil, text), sw.anchors[k]), "%q holds %q", text, cl)
			}
		}
	}
	assert.Equal(t, "kind regards, \u212Aees", string(foldASCII(nil, "KIND Regards, \u212Aees")))
}

// TestReadingHearsItGoingWrongAgainAndApps: a counted recurrence ("voor
// de derde keer", "4th time") is the situation of going wrong again, and
// an app that crashes does not work; a count of other things, or a crash
// course, is neither.
func TestReadingHearsItGoingWrongAgainAndApps(t *testing.T) {
	cases := []struct {
		name, text, lang, situation string
		want                        bool
	}{
		{"nl counted", "Voor de 4e keer mijn bestelling geannuleerd zonder reden.", "nl", "steeds_weer", true},
		{"nl counted in words", "Vijfde keer deze maand dat de stroom uitvalt in onze straat.", "nl", "steeds_weer", true},
		{"nl near miss: a first time", "Eerste keer besteld bij jullie en meteen goed, top.", "nl", "steeds_weer", false},
		{"en counted", "Order messed up again, 4th time this month.", "en", "again", true},
		{"en wrong again", "Delivery went wrong again, same driver.", "en", "again", true},
		{"en near miss: a first time", "First time ordering and it came early, lovely.", "en", "again", false},
		{"nl app crashes", "De app crasht zodra ik wil inchecken.", "nl", "werkt_niet", true},
		{"nl app freezes", "Jullie app loopt vast bij het betalen.", "nl", "werkt_niet", true},
		{"nl near miss: a crash course", "Ik volg een crashcursus Spaans voor de reis.", "nl", "werkt_niet", false},
		{"en app crashed", "Your app crashed halfway through my payment.", "en", "not_working", true},
		{"en app freezes", "The app freezes every time I open my basket.", "en", "not_working", true},
		{"en near miss: freezing weather", "It's freezing on platform 3, any chance of a waiting room?", "en", "not_working", false},
		{"en seems to be down", "Your app seems to be down again, can't order anything.", "en", "not_working", true},
		{"en barely works", "Updated my phone and now it barely works.", "en", "not_working", true},
		{"en near miss: down to", "Got the price down to a fair amount, thanks to your agent.", "en", "not_working", false},
		{"nl werkt nauwelijks", "De app werkt nauwelijks sinds de update.", "nl", "werkt_niet", true},
		{"nl werkt ... amper", "Sinds de update werkt de app amper, alles laadt traag.", "nl", "werkt_niet", true},
		{"en supposed to leave", "I was supposed to leave at 10am and I'm still on the platform at 4pm.", "en", "delay", true},
		{"nl weeks in a row", "Voor de 4e zondag op rij ontbreken er producten in mijn bezorging.", "nl", "steeds_weer", true},
		{"nl near miss: a row of seats", "Ik zit op rij 12 en mijn stoel is kapot, kan iemand helpen?", "nl", "steeds_weer", false},
		{"nl things missing", "Er ontbreken weer twee pakken melk in mijn bezorging.", "nl", "ontbreekt", true},
		{"nl bags lost", "Net geland en mijn koffer is niet aangekomen, niemand weet iets.", "nl", "bagage_kwijt", true},
		{"nl near miss: a bag on time", "Mijn koffer was prima op tijd op de band, fijne vlucht.", "nl", "bagage_kwijt", false},
		{"en bags lost", "Landed 40 minutes ago, no luggage and no agent anywhere.", "en", "lost_bags", true},
		{"en near miss: asking about bags", "Are bags included on the flight to Rome or do I pay extra?", "en", "lost_bags", false},
		{"en battery", "Off charge at 7, an hour later 60% battery remaining. Sort your battery life out.", "en", "battery", true},
		{"en near miss: praise for the battery", "Love the new phone, the battery lasts two days.", "en", "battery", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := ReadMessage(c.text, c.lang)
			assert.Equal(t, c.want, m.FirstSituation(c.situation) >= 0, "%s: %+v", c.text, m.Situations)
		})
	}
}

func TestReadingCountsHowOftenItWentWrong(t *testing.T) {
	cases := []struct {
		name, text, lang string
		want             Recurrence
	}{
		{"nl an ordinal and a period", "Voor de derde keer deze maand staat mijn pakket bij de verkeerde buren.", "nl", Recurrence{Nth: "derde", Period: "deze maand"}},
		{"nl digits and in a row", "Pakket weer bij de buren, 2e keer op rij.", "nl", Recurrence{Nth: "2e", Period: "op rij"}},
		{"en an ordinal without a period", "This is the fourth time my train has been cancelled.", "en", Recurrence{Nth: "fourth"}},
		{"en digits and a period", "Wrong order for the 3rd time this week.", "en", Recurrence{Nth: "3rd", Period: "this week"}},
		{"nl near miss: an ordinal of something else", "Mijn tweede pakket kwam wel aan.", "nl", Recurrence{}},
		{"en near miss: a second that is no count", "Give me a second, I'll find the order number.", "en", Recurrence{}},
		// "al drie keer" counts how often it went wrong as "derde" does
		// (issue 15: the count said back); a number of times without
		// "al" is no count of it.
		{"nl how many times after al: the count as its ordinal", "Ik heb al drie keer gebeld.", "nl", Recurrence{Nth: "derde"}},
		{"en how many times after already", "I've already called four times this week.", "en", Recurrence{Nth: "fourth", Period: "this week"}},
		{"nl near miss: a number of times without al", "Ik heb twee keer betaald voor dezelfde bestelling.", "nl", Recurrence{}},
		{"en near miss: how often something should happen", "Can you deliver three times a week?", "en", Recurrence{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, ReadMessage(c.text, c.lang).Again, c.text)
		})
	}
}

func TestReadingParcelAtTheWrongAddressIsNoDataSent(t *testing.T) {
	cases := []struct {
		name, text, lang string
		privacy          bool
	}{
		{"en a parcel to the wrong address", "My parcel was delivered to the wrong address for the 4th time this week. Seriously?", "en", false},
		{"en near miss: an invoice to the wrong address", "You sent my invoice to the wrong address, now my neighbour knows my salary.", "en", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.privacy, ReadMessage(c.text, c.lang).Has(SignalPrivacy), c.text)
		})
	}
}

func TestReadingNamesAVulnerableHousehold(t *testing.T) {
	cases := []struct {
		name, text, lang, want string
	}{
		{"nl a baby", "Ik heb een baby van 3 weken en we zitten al sinds gisteren zonder verwarming.", "nl", "baby"},
		{"nl a mother of 91", "Mijn moeder van 91 zit al twee dagen zonder warm water.", "nl", "older"},
		{"nl a father (92)", "Sinds zaterdag heeft mijn vader (92) geen warm water.", "nl", "older"},
		{"en medical equipment", "We have no power since this morning and my husband is on a home oxygen machine.", "en", "medical"},
		{"en someone ill", "My wife is seriously ill and the boiler broke down on Friday.", "en", "ill"},
		{"en a stated age", "I'm 84 and my heating has not worked since Monday.", "en", "older"},
		{"nl near miss: sick of it", "Ik word ziek van jullie, alweer geen internet.", "nl", ""},
		{"en near miss: sick of it", "Sick of this, no internet again.", "en", ""},
		{"nl near miss: a young mother", "Mijn moeder van 54 heeft geen warm water.", "nl", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, ReadMessage(c.text, c.lang).Vulnerable, c.text)
		})
	}
}

func TestReadingAnAgeIsNoDuration(t *testing.T) {
	cases := []struct {
		name, text, lang string
		want             Lasted
	}{
		{"nl a baby's age, then a since", "Ik heb een baby van 3 weken en we zitten al sinds gisteren zonder verwarming.", "nl", Lasted{Since: "sinds gisteren"}},
		{"en weeks old", "Our 3 weeks old baby has no heating for 2 days now.", "en", Lasted{Amount: "2", Unit: "days"}},
		{"nl near miss: a waiting time of weeks", "Ik wacht al 3 weken op mijn monteur.", "nl", Lasted{Amount: "3", Unit: "weken"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, ReadMessage(c.text, c.lang).Lasted, c.text)
		})
	}
}

func TestReadingTellsATakeoverOfTheAccount(t *testing.T) {
	cases := []struct {
		name, text, lang, want string
	}{
		{"en someone logged in and changed the email", "Somebody logged into my account from another country last night and changed my email. Help!", "en", "account"},
		{"nl someone logged in and changed the password", "Iemand heeft ingelogd op mijn account en mijn wachtwoord veranderd. Wat nu?", "nl", "account"},
		{"nl hacked with orders", "Mijn account is gehackt, er zijn bestellingen gedaan die ik niet heb gedaan", "nl", "account"},
		{"en someone using my card", "I think someone is using my card, there are three payments I don't recognise from last night.", "en", "card"},
		{"nl a stolen card", "Mijn pinpas is gestolen in de trein. Wat moet ik doen?", "nl", "card"},
		{"nl a login from abroad denied", "Ik kreeg een melding dat er is ingelogd op mijn account vanuit Roemenië. Dat was ik niet. Wat moet ik doen?", "nl", "account"},
		{"en a stranger's login from abroad", "A stranger logged into my account from Lagos last night, that wasn't me. What should I do?", "en", "account"},
		{"en a sign-in from a device", "Got an alert about a sign-in from a device in Brazil. Not me!", "en", "account"},
		{"nl near miss: asked whether", "Is mijn account gehackt? Ik kreeg een rare mail", "nl", ""},
		{"nl near miss: logging in from abroad asked", "Kan ik ook inloggen vanuit het buitenland als ik op vakantie ben?", "nl", ""},
		{"en near miss: they changed it themselves", "I changed my email address last week and now I can't log in.", "en", ""},
		{"en near miss: a data leak is no takeover", "Your data leak exposed my address, how is this possible?", "en", ""},
		{"nl near miss: a question about the card", "Kan ik mijn pas ook gebruiken in Amerika?", "nl", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := ReadMessage(c.text, c.lang)
			assert.Equal(t, c.want, m.Takeover, c.text)
			if c.want != "" {
				assert.True(t, m.Compromised, c.text)
			}
		})
	}
}

func TestReadingAnotherPriceRiseThankedIsSarcasm(t *testing.T) {
	cases := []struct {
		name, text, lang string
		sarcasm          bool
		intent           Intent
	}{
		{"en oh great, another price rise", "Oh great, another price rise. Thanks for that.", "en", true, IntentComplaint},
		{"en thanks for another price rise", "Thanks for another price rise.", "en", true, IntentComplaint},
		{"nl wat fijn, weer een prijsverhoging", "Wat fijn, weer een prijsverhoging. Bedankt hoor.", "nl", true, IntentComplaint},
		{"en near miss: thanks for a clear letter about prices", "Thanks for the clear letter about the new prices, very helpful!", "en", false, IntentCompliment},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := ReadMessage(c.text, c.lang)
			assert.Equal(t, c.sarcasm, m.Has(SignalSarcasm), c.text)
			assert.Equal(t, c.intent, m.Intent, c.text)
		})
	}
}

func TestReadingASurnameIsNoWordOfFeeling(t *testing.T) {
	// "Boer" (a boor) and "Groot" name someone after a title or particle.
	m := ReadMessage("Dank u wel mevrouw De Boer van de balie in Utrecht, u heeft mijn dag gered.", "nl")
	assert.Equal(t, IntentCompliment, m.Intent)
	assert.False(t, m.Has(SignalSarcasm))
	// Near miss: the same word as a word, lower case, still counts.
	assert.Equal(t, IntentComplaint, ReadMessage("Wat een boer aan de balie, ik werd gewoon afgesnauwd.", "nl").Intent)
}

// "Since" that says a cause ("since machine was unable to print", as
// "because") is no start of the trouble; "since Monday" and Dutch "sinds
// de storing" are.
func TestSinceThatSaysACauseIsNoStart(t *testing.T) {
	cases := []struct {
		name, text, lang, since string
	}{
		{"en since as because", "No staff at the counter when the kiosk sends you there since machine was unable to print my boarding pass.", "en", ""},
		{"en since monday", "My internet has been down since Monday, nobody has called back.", "en", "since Monday"},
		{"en since the update", "The app crashes since the update, every single time.", "en", "since the update"},
		{"nl sinds maandag is", "Sinds maandag is de verbinding weg en niemand belt terug.", "nl", "sinds maandag"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.since, ReadMessage(c.text, c.lang).Lasted.Since, c.text)
		})
	}
}

func TestReadingKnowsASupportDeskHandle(t *testing.T) {
	for _, h := range []string{"@AppleSupport hi", "@Uber_Support hi", "@AskPlayStation hi", "@comcastcares hi", "@UPSHELP hi", "@KPNwebcare hoi", "@NS_online hoi"} {
		assert.True(t, ReadMessage(h, "").ToDesk, h)
	}
	for _, h := range []string{"@SnackCo hi", "@SouthwestAir hi", "@AlbertHeijn hoi", "@115817 hi", "I need support with my order"} {
		assert.False(t, ReadMessage(h, "").ToDesk, h)
	}
}

// A Dutch message with a word only a Flemish customer writes is Flemish;
// one from the Netherlands, or "ge" in an English message, is not.
func TestReadingKnowsAFlemishCustomer(t *testing.T) {
	for _, text := range []string{"Ge zijt weer te laat hé, drie dagen op rij.", "Allez, hebben jullie dat bierpakket ook in Gent?", "Amai, wat een wachtrij aan de kassa vandaag."} {
		assert.True(t, ReadMessage(text, "nl").Flemish, text)
	}
	for _, text := range []string{"Mijn trein is weer te laat, drie dagen op rij.", "Hoi, hebben jullie dat bierpakket ook in Utrecht?"} {
		assert.False(t, ReadMessage(text, "nl").Flemish, text)
	}
	assert.False(t, ReadMessage("My train is late again, third day in a row.", "en").Flemish)
}
