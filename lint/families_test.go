package lint

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/replylint/replylint/tone"
)

// familyCase is a reply and the words one rule must flag at warning or
// above (nil: silent).
type familyCase struct {
	name, reply, incoming string
	want                  []string
}

// flaggedBy returns the words a rule reports at warning or above.
func flaggedBy(rule string, c familyCase) []string {
	res := Lint(tone.Input{Text: c.reply, Incoming: c.incoming}, nil)
	var out []string
	for _, f := range res.Findings {
		if f.Rule == rule && f.Severity >= Warning {
			out = append(out, f.Span.In(c.reply))
		}
	}
	return out
}

func checkFamily(t *testing.T, rule string, cases []familyCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := flaggedBy(rule, c)
			if c.want == nil {
				assert.Empty(t, got, "%s must stay silent on %q", rule, c.reply)
				return
			}
			assert.Equal(t, c.want, got, "%s on %q", rule, c.reply)
		})
	}
}

// A soft line break inside a paragraph is a space to the rules; a blank
// line still ends the paragraph.
func TestLineBreakInsideAPhrase(t *testing.T) {
	checkFamily(t, "hedging", []familyCase{
		{name: "zo snel\\nmogelijk is no hedging", reply: "@user We lossen het zo snel\nmogelijk op. ^Anne"},
		{name: "als het\\ngoed is is hedging", reply: "@user Als het\ngoed is komt hij morgen. ^Anne", want: []string{"Als het\ngoed is"}},
		{name: "a blank line ends the paragraph", reply: "@user We lossen het zo snel\n\nmogelijk is het morgen klaar. ^Anne", want: []string{"mogelijk"}},
		{name: "english: as soon as\\npossible is no hedging", reply: "@user We'll fix it as soon as\npossible. ^Sam"},
	})
	checkFamily(t, "hollow-cliche", []familyCase{
		{name: "excuses voor het\\nongemak", reply: "@user Excuses voor het\nongemak. We sturen vandaag een nieuwe. ^Anne", want: []string{"Excuses voor het\nongemak"}},
		{name: "sorry for the\\ninconvenience", reply: "@user Sorry for the\ninconvenience, a new one ships today. ^Sam", want: []string{"Sorry for the\ninconvenience"}},
	})
	checkFamily(t, "defensive", []familyCase{
		{name: "zoals eerder\\naangegeven", reply: "@user Zoals eerder\naangegeven komt hij morgen. ^Anne", want: []string{"Zoals eerder\naangegeven"}},
		{name: "a new line with a capital starts a sentence", reply: "@user Zoals eerder\nAangegeven door je buurman: hij komt morgen. ^Anne"},
	})
	msg := "Waar blijft mijn pakket? Ik wacht al drie dagen, belachelijk."
	for _, rule := range []string{"dm-move", "no-next-step"} {
		checkFamily(t, rule, []familyCase{
			{name: "je pakket komt\\nmorgen is a next step", reply: "@user Sorry! Je pakket komt\nmorgen. ^Anne", incoming: msg},
		})
	}
}

func TestMogelijkOpeningASentenceIsHedging(t *testing.T) {
	checkFamily(t, "hedging", []familyCase{
		{name: "mogelijk is je pakket", reply: "@user Mogelijk is je pakket verkeerd bezorgd. ^Anne", want: []string{"Mogelijk"}},
		{name: "mogelijk komt het", reply: "@user Mogelijk komt het morgen. ^Anne", want: []string{"Mogelijk"}},
		{name: "als dat mogelijk is", reply: "@user Als dat mogelijk is, sturen we hem morgen. ^Anne"},
		{name: "alles wat mogelijk is", reply: "@user We doen alles wat mogelijk is. ^Anne"},
	})
}

func TestPostcodeSpanLeavesTheHouseNumber(t *testing.T) {
	checkFamily(t, "public-pii", []familyCase{
		{name: "street, number, postcode", reply: "@user Je adres is Kerkstraat 12, 1234 AB Amsterdam. ^Anne", want: []string{"Kerkstraat 12", "1234 AB"}},
		{name: "postcode then number", reply: "@user We bezorgen op 1234 AB 12. ^Anne", want: []string{"1234 AB 12"}},
		{name: "a PO box is the company's", reply: "@user Stuur het naar Postbus 123, 1234 AB Amsterdam. ^Anne"},
	})
}

// The cliché families: stock apologies, understanding in general,
// reassurance and mission statements, in both languages; stock positive
// phrases after praise and apologies that name the problem are not
// clichés.
func TestClicheFamilies(t *testing.T) {
	checkFamily(t, "hollow-cliche", []familyCase{
		{name: "sorry for your frustration", reply: "@user We're sorry for your frustration. A new router ships today. ^Sam", want: []string{"sorry for your frustration"}},
		{name: "my apologies for any disappointment", reply: "@user My apologies for any disappointment. The refund is on its way. ^Sam", want: []string{"apologies for any disappointment"}},
		{name: "apologise for the confusion", reply: "@user We apologise for the confusion, the sale ends Sunday. ^Sam", want: []string{"apologise for the confusion"}},
		{name: "I completely understand how this is frustrating", reply: "@user I completely understand how this is frustrating. Please DM us your order. ^Sam", want: []string{"I completely understand how this is frustrating"}},
		{name: "we know how frustrating delays can be", reply: "@user We know how frustrating delays can be. The train leaves at 10:05. ^Sam", want: []string{"We know how frustrating"}},
		{name: "sorry that you feel this way", reply: "@user I'm sorry that you feel this way about the new menu. ^Sam", want: []string{"sorry that you feel this"}},
		{name: "rest assured that we care", reply: "@user Rest assured that we care about your concerns. ^Sam", want: []string{"Rest assured that we care about your concerns"}},
		{name: "we always strive to", reply: "@user We always strive to give you a great experience. ^Sam", want: []string{"We always strive to"}},
		{name: "your satisfaction is our top priority", reply: "@user Your satisfaction is our top priority. ^Sam", want: []string{"Your satisfaction is our top priority"}},
		{name: "sorry to hear that, alone", reply: "@user Sorry to hear that. We'll send a new one today. ^Sam", want: []string{"Sorry to hear that"}},
		{name: "sorry to know that, alone", reply: "@user Sorry to know that. Please try the steps on this page: https://example.com/reset ^Sam", want: []string{"Sorry to know that"}},
		{name: "your patience is appreciated", reply: "@user I'm sorry the flight is still at the gate. Your patience is appreciated. ^Sam", want: []string{"Your patience is appreciated"}},
		{name: "sorry to know what went wrong, named", reply: "@user Sorry to know your card was declined twice at the till. ^Sam"},
		{name: "sorry to hear this was your experience", reply: "@user We're sorry to hear this was your experience. ^Sam", want: []string{"sorry to hear this was your experience"}},

		{name: "praise answered with a stock positive phrase", reply: "@user That's what we like to hear! Enjoy the new phone. ^Sam", incoming: "Best service ever, thank you!"},
		{name: "sorry to hear what went wrong, named", reply: "@user I'm so sorry to hear your parcel was marked delivered when it wasn't. ^Sam"},
		{name: "understanding the specific problem", reply: "@user Waiting three days for a refund you were promised in one is maddening. ^Sam"},
		{name: "sorry for the wait, specific", reply: "@user Sorry your order arrived two hours late. ^Sam"},

		{name: "excuses voor de frustratie", reply: "@user Excuses voor de frustratie, de actie loopt tot zondag. ^Anne", want: []string{"Excuses voor de frustratie"}},
		{name: "sorry voor de teleurstelling", reply: "@user Sorry voor de teleurstelling. We sturen vandaag een nieuwe. ^Anne", want: []string{"Sorry voor de teleurstelling"}},
		{name: "ik begrijp helemaal dat dit frustrerend is", reply: "@user Ik begrijp helemaal dat dit frustrerend is. Stuur ons een DM. ^Anne", want: []string{"Ik begrijp helemaal dat dit frustrerend is"}},
		{name: "sorry dat je je zo voelt", reply: "@user Sorry dat je je zo voelt. ^Anne", want: []string{"Sorry dat je je zo voelt"}},
		{name: "wees gerust dat we", reply: "@user Wees gerust dat we je feedback serieus nemen. ^Anne", want: []string{"Wees gerust dat we"}},
		{name: "we streven er altijd naar", reply: "@user We streven er altijd naar je zo goed mogelijk te helpen. ^Anne", want: []string{"We streven er altijd naar"}},

		{name: "dutch: understanding that names the situation", reply: "@user Ik snap dat het vervelend is dat je nu al een uur in de wachtrij staat. ^Anne"},
		{name: "dutch: sorry for a misunderstanding after explaining it", reply: "@user Je kunt je bestelling wijzigen tot het tijdslot sluit. Sorry voor de verwarring. ^Anne"},
		{name: "dutch: goed voor te stellen", reply: "@user Goed voor te stellen dat dit teleurstellend is. ^Anne"},
		{name: "dutch: praise answered positively", reply: "@user Dat horen we graag! Geniet ervan. ^Anne", incoming: "Top geholpen, bedankt!"},
	})
}

// The defensive families: nothing (more) we can do, comparisons that
// excuse, lecturing the customer, and defending the product against a
// complaint.
func TestDefensiveFamilies(t *testing.T) {
	complaint := "Your chicken burger was disgusting, tasted like rubber. Never again."
	klacht := "Jullie kip was echt smerig en veel te taai. Nooit meer."
	checkFamily(t, "defensive", []familyCase{
		{name: "nothing more we can do", reply: "@user Unfortunately there's nothing more we can do for this booking. ^Sam", want: []string{"nothing more we can do"}},
		{name: "could happen with any airline", reply: "@user Delays like this could happen with any airline. ^Sam", want: []string{"could happen with any airline"}},
		{name: "please avoid that type of language", reply: "@user Please avoid the use of that type of language. ^Sam", want: []string{"Please avoid the use of that type of language"}},
		{name: "it's upsetting to call us that", reply: "@user It's very upsetting to call us that. ^Sam", want: []string{"It's very upsetting to call"}},
		{name: "defending the product against a complaint", reply: "@user It's made with real, high-quality ingredients. ^Sam", incoming: complaint, want: []string{"made with real, high-quality ingredients"}},

		{name: "offering more help is not defensive", reply: "@user Let us know if there's anything else we can do for you! ^Sam"},
		{name: "the same words answering a question", reply: "@user It's made with real, high-quality ingredients. ^Sam", incoming: "What's in your veggie burger?"},
		{name: "a comparison that helps", reply: "@user Like any airline we rebook you for free: DM us your booking. ^Sam"},

		{name: "daar kunnen we niets meer voor je doen", reply: "@user We kunnen helaas niets meer voor je doen. ^Anne", want: []string{"We kunnen helaas niets meer voor je doen"}},
		{name: "dat kan bij elke vervoerder gebeuren", reply: "@user Zoiets kan bij elke vervoerder gebeuren. ^Anne", want: []string{"kan bij elke vervoerder"}},
		{name: "let op je taalgebruik", reply: "@user Let wel op je taalgebruik. ^Anne", want: []string{"Let wel op je taalgebruik"}},
		{name: "het product verdedigen tegen een klacht", reply: "@user Onze kip is altijd van goede kwaliteit. ^Anne", incoming: klacht, want: []string{"Onze kip is altijd van goede"}},

		{name: "dutch: the same words answering a question", reply: "@user Onze kip is altijd van goede kwaliteit. ^Anne", incoming: "Waar komt jullie kip vandaan?"},
		{name: "dutch: asking what else we can do", reply: "@user Kunnen we nog iets anders voor je doen? ^Anne"},
	})
}

// dm-move: any public request for personal data without a private
// channel; the personal-matter branch reads the customer's message, so
// praise and thanks never trigger it.
func TestDMMoveFamilies(t *testing.T) {
	checkFamily(t, "dm-move", []familyCase{
		{name: "the e-mail address you used", reply: "@user Please provide the email address you used to sign up. ^Sam", want: []string{"email address"}},
		{name: "name, zip, phone and account type", reply: "@user Please send us your name, ZIP, phone # and account type. ^Sam", want: []string{"your name"}},
		{name: "your email", reply: "@user Oh no! Send us your email and we'll check. ^Sam", want: []string{"your email"}},
		{name: "date of birth as a question", reply: "@user What's your date of birth? ^Sam", want: []string{"date of birth"}},
		{name: "a personal complaint left in public is advice, not a warning", reply: "@user Sorry about that! ^Sam", incoming: "My order never arrived and nobody answers. Useless."},

		{name: "address as a verb", reply: "@user Have you had a chance to address this with the store manager? ^Sam"},
		{name: "asked through a form link", reply: "@user Please share your details here: https://example.com/form and we'll call you. ^Sam"},
		{name: "asked by DM", reply: "@user Please DM us your email address. ^Sam"},
		{name: "a warning not to share", reply: "@user Please never share your account number publicly. ^Sam"},
		{name: "without posting account information", reply: "@user Without posting any personal or account information, tell us what happened. ^Sam"},
		{name: "praise about my flight", reply: "@user Glad we could help! Enjoy the trip. ^Sam", incoming: "Thanks so much for sorting my flight, you guys rock!"},
		{name: "thanks about my account", reply: "@user Happy to help! ^Sam", incoming: "Love my new account features, thank you!"},

		{name: "naam, postcode en huisnummer", reply: "@user Stuur ons je naam, postcode en huisnummer. ^Anne", want: []string{"je naam"}},
		{name: "geboortedatum als vraag", reply: "@user Wat is je geboortedatum? ^Anne", want: []string{"geboortedatum"}},
		{name: "het e-mailadres waarmee je inlogt", reply: "@user Mag ik het e-mailadres waarmee je inlogt? ^Anne", want: []string{"e-mailadres"}},

		{name: "gegevens via een DM", reply: "@user Stuur je e-mailadres even via een DM. ^Anne"},
		{name: "adres wijzigen in de app", reply: "@user Je kunt je adres wijzigen in de app. ^Anne"},
		{name: "compliment over mijn bestelling", reply: "@user Fijn dat het gelukt is! ^Anne", incoming: "Top, mijn bestelling is binnen, bedankt!"},
		{name: "nooit openbaar delen", reply: "@user Deel je rekeningnummer nooit openbaar. ^Anne"},
	})
}

// The personal-matter branch of dm-move is advice (info): whether a matter
// is too personal for a public thread is the agent's call, while personal
// data asked in public is a warning. Praise never gets either.
func TestDMMovePersonalMatterIsInfo(t *testing.T) {
	cases := []struct {
		name, reply, incoming string
		want                  Severity // 0: no dm-move finding at all
	}{
		{name: "english order left in public", reply: "@user Sorry about that! ^Sam", incoming: "My order never arrived and nobody answers. Useless.", want: Info},
		{name: "dutch claim left in public", reply: "@user Sorry dat het zo lang duurt. ^Ruud", incoming: "Al vijf weken wacht ik op nieuws over mijn claim. Wat doen jullie eigenlijk?", want: Info},
		{name: "english data asked in public still warns", reply: "@user Sorry about that! What's your order number? ^Sam", incoming: "My order never arrived and nobody answers. Useless.", want: Warning},
		{name: "dutch data asked in public still warns", reply: "@user Wat is je klantnummer en postcode? ^Mo", incoming: "Jullie hebben mijn internet afgesloten terwijl ik betaald heb!", want: Warning},
		{name: "english praise about my flight", reply: "@user Glad we could help! ^Sam", incoming: "Thanks so much for sorting my flight, you guys rock!"},
		{name: "dutch order moved to DM", reply: "@user Balen! Stuur ons een DM met je ordernummer, dan zoek ik het uit. ^Anne", incoming: "Mijn bestelling is nog steeds niet binnen, belachelijk."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Lint(tone.Input{Text: c.reply, Incoming: c.incoming}, nil)
			var got Severity
			for _, f := range res.Findings {
				if f.Rule == "dm-move" {
					got = max(got, f.Severity)
				}
			}
			assert.Equal(t, c.want, got)
		})
	}
}

// Dutch replies from other sectors: word orders and shapes the supermarket
// replies did not show.
func TestDutchSectorShapes(t *testing.T) {
	checkFamily(t, "defensive", []familyCase{
		{name: "daar zijn wij niet verantwoordelijk voor", reply: "@user Dat zit in je eigen meterkast, daar zijn wij niet verantwoordelijk voor. ^Rob", want: []string{"daar zijn wij niet verantwoordelijk"}},
		{name: "wilt u op uw taalgebruik letten", reply: "@user Wilt u alstublieft op uw taalgebruik letten? ^Kevin", want: []string{"Wilt u alstublieft op uw taalgebruik letten"}},
		{name: "het is niet belachelijk", reply: "@user Het is niet belachelijk, de brug stond open. ^Dirk", want: []string{"Het is niet belachelijk"}},
		{name: "staat niet voor niks in de voorwaarden", reply: "@user Dat staat niet voor niks in de voorwaarden. ^Gijs", want: []string{"Dat staat niet voor niks in de"}},
		{name: "near miss: het is niet mogelijk", reply: "@user Het is niet mogelijk om je abonnement online over te zetten; bel ons op 0800-1234. ^Rob"},
	})
	checkFamily(t, "minimizing", []familyCase{
		{name: "dat valt vast wel mee", reply: "@user Dat valt vast wel mee, een kras is zo weggewerkt. ^Sem", want: []string{"valt vast wel mee"}},
		{name: "het is slechts één rijtuig", reply: "@user Het is slechts één rijtuig dat stuk is. ^Tom", want: []string{"Het is slechts één"}},
	})
	checkFamily(t, "emotional", []familyCase{
		{name: "Tja. as its own sentence", reply: "@user Tja. Je had eerder moeten inchecken. ^Jelle", want: []string{"Tja."}},
	})
	checkFamily(t, "hedging", []familyCase{
		{name: "we verwachten dat with a time is a commitment", reply: "@user We verwachten dat pinnen om 18:00 weer werkt. ^Sam"},
		{name: "we verwachten dat without one doubts", reply: "@user We verwachten dat het snel weer werkt. ^Sam", want: []string{"We verwachten dat"}},
	})
	checkFamily(t, "signature", []familyCase{
		{name: "closing, name, dash, role", reply: "@user De storing is voorbij. Groet, Anne – webcare"},
		{name: "team with the brand", reply: "@user De overname is binnen 2 werkdagen rond. Team NetKabel", want: []string{"Team NetKabel"}},
		{name: "the brand after a caret", reply: "@user Herstart je modem. ^Telecomm", incoming: "@Telecomm_BE mijn internet valt weg", want: []string{"^Telecomm"}},
	})
	checkFamily(t, "public-pii", []familyCase{
		{name: "the customer's number we call back on", reply: "@user Ik bel je morgen om 9:00 terug op 06-41287733, het nummer dat bij ons bekend is. ^Fleur", want: []string{"06-41287733"}},
		{name: "our number to call", reply: "@user Bel ons gerust op 06-12345678, dat is onze WhatsApp-lijn. ^Fleur"},
		{name: "a phishing mailbox is the company's", reply: "@user Stuur het bericht door naar phishing@belmobiel.example. ^Saar"},
	})
}

// no-next-step reads a next step as a grammar: first person + an action +
// a time is a commitment in either language and either word order;
// an instruction or a question to the customer keeps the conversation
// going; thinking, hoping, an offer ("we kunnen"), a negation and a
// closing offer for later are no step.
func TestNextStepGrammar(t *testing.T) {
	klacht := "Mijn pakket is al een week zoek en niemand weet waar het is. Belachelijk."
	complaint := "My parcel has been lost for a week and nobody knows where it is. Ridiculous."
	cases := []struct {
		name, reply, incoming string
		step                  bool
	}{
		{"ik zoek het vandaag uit en laat het voor 17.00 weten", "@user Sorry! Ik zoek het vandaag voor je uit bij de vervoerder en laat je voor 17.00 uur weten waar het is. ^Anne", klacht, true},
		{"morgen bel ik je", "@user Excuses. Morgen bel ik je met een nieuwe bezorgdatum. ^Anne", klacht, true},
		{"in de winkel ruilen we hem direct", "@user Wat balen dat hij stuk is! In iedere winkel van ons ruilen we hem direct voor je om. ^Anne", klacht, true},
		{"dan kijk ik het na", "@user Sorry! Wat is de datum van je bestelling? Dan kijk ik het na. ^Anne", klacht, true},
		{"herstart en laat het weten", "@user Sorry! Herstart je modem en laat het even weten. ^Anne", klacht, true},
		{"een vraag om het probleem te vinden", "@user Balen! Welke bezorger staat er in je track & trace? ^Anne", klacht, true},
		{"vanaf maandag is het voorbij", "@user Sorry voor de vertraging. Vanaf maandag is de omleiding voorbij. ^Anne", klacht, true},
		{"near miss: we begrijpen dat het vandaag", "@user We begrijpen dat je het vandaag nodig had. ^Anne", klacht, false},
		{"near miss: we kunnen vandaag niets doen", "@user Sorry, we kunnen vandaag helaas niets voor je doen. ^Anne", klacht, false},
		{"near miss: fijn dat we vandaag", "@user Jammer dat we het gisteren niet wisten. ^Anne", klacht, false},

		{"I'll check today and get back by 5pm", "@user Sorry! I'll check with the courier today and get back to you by 5pm. ^Sam", complaint, true},
		{"tomorrow we'll call", "@user So sorry. Tomorrow, we'll call you with a new delivery date. ^Sam", complaint, true},
		{"a technician will call", "@user Sorry about that. A technician will call you to book a visit. ^Sam", complaint, true},
		{"please restart", "@user Sorry! Please restart the router and tell us what the light shows. ^Sam", complaint, true},
		{"can you try a wired test", "@user Sorry to hear! Can you try a wired test? ^Sam", complaint, true},
		{"did you file a report", "@user Sorry! Did you file a report with our baggage team? ^Sam", complaint, true},
		{"near miss: we hope it arrives today", "@user Sorry! We hope it arrives today. ^Sam", complaint, false},
		{"near miss: we can't do anything today", "@user Sorry, we can't do anything more today. ^Sam", complaint, false},
		{"near miss: anything else in the future", "@user Sorry. If there's anything else you need in the future, feel free to reach out to us here. ^Sam", complaint, false},
		{"near miss: let us know if we can help further", "@user Sorry. Please let us know if we can be of further assistance. ^Sam", complaint, false},
		{"near miss: a rhetorical jab", "@user Seriously? Did you even read the label on the box? ^Sam", complaint, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Lint(tone.Input{Text: c.reply, Incoming: c.incoming}, nil)
			found := false
			for _, f := range res.Findings {
				found = found || f.Rule == "no-next-step"
			}
			assert.Equal(t, !c.step, found, "no-next-step on %q", c.reply)
		})
	}
}

// English hedging is a family of guesses at the facts: might, possibly,
// it seems, sounds like it could be, may (not) have been, most likely,
// not sure why. A stated maximum ("may take up to"), permission ("may be
// used"), "hope this helps" and small talk are no hedging; likewise in
// Dutch "het lijkt erop dat" guesses and "dat lijkt me leuk" does not.
func TestHedgingGuessFamily(t *testing.T) {
	checkFamily(t, "hedging", []familyCase{
		{name: "sounds like it could be the router", reply: "@user Sounds like it could be your router, so let's start there. ^Sam", want: []string{"Sounds like it could be"}},
		{name: "sounds like a connection issue", reply: "@user That sounds like a connection issue on the line. ^Sam", want: []string{"sounds like a connection issue"}},
		{name: "may not have been scanned", reply: "@user The parcel may not have been scanned at the depot. ^Sam", want: []string{"may not have been"}},
		{name: "might have been sent", reply: "@user Your card might have been sent to your old address. ^Sam", want: []string{"might have been"}},
		{name: "could be due to", reply: "@user The delay could be due to the storm in Denver. ^Sam", want: []string{"could be due"}},
		{name: "there seems to be", reply: "@user There seems to be a problem with your billing profile. ^Sam", want: []string{"There seems to be"}},
		{name: "appears to have", reply: "@user Your order appears to have shipped twice. ^Sam", want: []string{"appears to have"}},
		{name: "most likely", reply: "@user This is most likely a sync error. ^Sam", want: []string{"likely"}},
		{name: "not sure why", reply: "@user I'm not sure why that happened. ^Sam", want: []string{"I'm not sure"}},
		{name: "near miss: the customer is not sure", reply: "@user If you're not sure how to, follow the steps in the app. ^Sam"},
		{name: "near miss: could be an option", reply: "@user Do Not Disturb could be an option for your evenings. ^Sam"},

		{name: "near miss: may take up to", reply: "@user Refunds may take up to 5 business days to show. ^Sam"},
		{name: "near miss: may be used for", reply: "@user The watch may be used for swimming in a pool. ^Sam"},
		{name: "near miss: hope this helps", reply: "@user It weighs just over 15kg, so it can be carried. Hope this helps! ^Sam"},
		{name: "near miss: sounds like a great trip", reply: "@user Sounds like your trip is going well, enjoy! ^Sam"},
		{name: "near miss: as soon as possible", reply: "@user We'll get you on your way as soon as possible. ^Sam"},

		{name: "het lijkt erop dat", reply: "@user Het lijkt erop dat je pakket bij de buren is bezorgd. ^Anne", want: []string{"Het lijkt erop dat"}},
		{name: "dat kan komen door", reply: "@user Dat kan komen door een storing in je wijk. ^Anne", want: []string{"Dat kan komen door"}},
		{name: "near miss: dat lijkt me leuk", reply: "@user Dat lijkt me een goed plan! Veel plezier. ^Anne"},
		{name: "near miss: zo snel mogelijk", reply: "@user We bezorgen het zo snel mogelijk. ^Anne"},
	})
}

// More of the defensive families: out of our hands, excusing by what is
// usual, pointing back at what was said or agreed, and contradicting the
// customer or defending the staff against the complaint (only in a reply
// to one).
func TestDefensiveFamiliesWidened(t *testing.T) {
	complaint := "Your driver shouted at me and drove off before I could get on. Disgraceful."
	klacht := "Jullie chauffeur reed gewoon door terwijl ik stond te zwaaien. Schandalig."
	checkFamily(t, "defensive", []familyCase{
		{name: "beyond our control", reply: "@user Sorry, the weather is beyond our control. ^Sam", want: []string{"beyond our control"}},
		{name: "our hands are tied", reply: "@user I'm afraid our hands are tied on this one. ^Sam", want: []string{"our hands are tied"}},
		{name: "happens to everyone", reply: "@user Delays happen to everyone in winter. ^Sam", want: []string{"Delays happen to everyone"}},
		{name: "industry standard", reply: "@user The booking fee is industry standard. ^Sam", want: []string{"industry standard"}},
		{name: "as I said", reply: "@user As I said, the offer ended on Sunday. ^Sam", want: []string{"As I said"}},
		{name: "we already told you", reply: "@user We already told you that the store is closed. ^Sam", want: []string{"We already told you"}},
		{name: "clearly stated in our terms", reply: "@user This is clearly stated in our terms. ^Sam", want: []string{"This is clearly stated in our terms"}},
		{name: "you agreed to our terms", reply: "@user You agreed to the terms when you booked. ^Sam", want: []string{"You agreed to the terms"}},
		{name: "that's not the case", reply: "@user That's not the case, the bus left on time. ^Sam", incoming: complaint, want: []string{"That's not the case"}},
		{name: "our driver followed procedure", reply: "@user Our driver followed the procedure for full buses. ^Sam", incoming: complaint, want: []string{"Our driver followed the procedure"}},
		{name: "strict standards against a complaint", reply: "@user All our kitchens follow strict hygiene standards. ^Sam", incoming: "Found a hair in my burger. Gross.", want: []string{"strict hygiene standards"}},

		{name: "near miss: not the case in a question", reply: "@user If that's not the case, DM us the route and time. ^Sam", incoming: "What time does the 12 leave on Sundays?"},
		{name: "near miss: if that's not the case, to a complaint", reply: "@user Sorry! If that's not the case, DM us the route and time. ^Sam", incoming: complaint},
		{name: "near miss: beyond in another sense", reply: "@user We went beyond the usual checks and found your bag: it arrives today. ^Sam"},
		{name: "near miss: as I said, thanks", reply: "@user Like I promised, your refund went out today. ^Sam"},

		{name: "buiten onze macht", reply: "@user Het weer ligt helaas buiten onze macht. ^Anne", want: []string{"ligt helaas buiten onze macht"}},
		{name: "normaal in de branche", reply: "@user Dat is heel normaal in de branche. ^Anne", want: []string{"Dat is heel normaal in de branche"}},
		{name: "akkoord gegaan met de voorwaarden", reply: "@user Je bent akkoord gegaan met de voorwaarden. ^Anne", want: []string{"Je bent akkoord gegaan met de voorwaarden"}},
		{name: "je vergist je", reply: "@user Je vergist je, de bus reed op tijd. ^Anne", incoming: klacht, want: []string{"Je vergist je"}},
		{name: "near miss: buiten de spits", reply: "@user Buiten de spits rijdt de bus elk kwartier. ^Anne"},
	})
}

// Defending against a complaint with what is measured, recorded or
// required: comparing with other companies ("comparable to other
// airlines"), the company's own records or earlier message against the
// customer's account ("my earlier message was correct", "volgens ons
// systeem reed de trein op tijd"), and the rules followed ("we do follow
// EU regulations"). Only in a reply to a complaint: the same words answer
// a question.
func TestDefensiveByRecordsRulesAndOthers(t *testing.T) {
	complaint := "Crushed knees the whole flight, the seats are a disgrace. Never again."
	klacht := "De trein van 8:12 vertrok gewoon te vroeg, ik stond er nog. Belachelijk."
	question := "Do your products contain nuts, and how much legroom do your seats have?"
	vraag := "Rijdt de trein van 8:12 morgen ook, en hoeveel beenruimte hebben jullie stoelen?"
	checkFamily(t, "defensive", []familyCase{
		{name: "comparable to other airlines", reply: "@user Sorry to hear this, Julian. Our seat pitch is comparable to other airlines. ^Helen", incoming: complaint, want: []string{"comparable to other airlines"}},
		{name: "my earlier message was correct", reply: "@user No, my earlier message was correct. Several families share one address. ^JB", incoming: complaint, want: []string{"my earlier message was correct"}},
		{name: "our records show it ran on time", reply: "@user Sorry Simon, our records show the 8:12 ran to schedule. ^JW", incoming: complaint, want: []string{"our records show the 8:12 ran to schedule"}},
		{name: "we follow EU regulations", reply: "@user I'm sorry you feel that way, but we do follow EU regulations with all our products. ^Ana", incoming: complaint, want: []string{"we do follow EU regulations"}},
		{name: "vergelijkbaar met andere maatschappijen", reply: "@user Sorry om te horen. Onze beenruimte is vergelijkbaar met andere maatschappijen. ^Anne", incoming: klacht, want: []string{"vergelijkbaar met andere maatschappijen"}},
		{name: "volgens ons systeem op tijd vertrokken", reply: "@user Sorry Eva, volgens ons systeem is de trein op tijd vertrokken. ^Anne", incoming: klacht, want: []string{"volgens ons systeem is de trein op tijd vertrokken"}},
		{name: "wij houden ons aan alle regels", reply: "@user Sorry dat het zo voelt, maar wij houden ons aan alle wettelijke regels. ^Anne", incoming: klacht, want: []string{"wij houden ons aan alle wettelijke regels"}},

		{name: "near miss: comparable, to a question", reply: "@user Our seat pitch is comparable to other airlines: 31 inches in economy. ^Helen", incoming: question},
		{name: "near miss: records show, to a question", reply: "@user Our records show the 8:12 runs tomorrow as usual. ^JW", incoming: question},
		{name: "near miss: records show the refund, to a complaint", reply: "@user Sorry Simon! Our records show the refund is pending; I've pushed it through today. ^JW", incoming: complaint},
		{name: "near miss: vergelijkbaar, op een vraag", reply: "@user Onze beenruimte is vergelijkbaar met andere maatschappijen: 79 cm. ^Anne", incoming: vraag},
		{name: "near miss: regels voor de klant, op een vraag", reply: "@user Wij houden ons aan alle regels voor allergenen: noten staan altijd op het etiket. ^Anne", incoming: vraag},
	})
}

// More of the cliché families: stock apologies for "any trouble this may
// have caused", sorry for the feeling ("sorry you're frustrated"),
// imagining in general, thanks for bearing with us, valued-customer
// lines; in Dutch "sorry dat je teleurgesteld bent", "we hechten veel
// waarde aan je mening", "u bent een gewaardeerde klant". Named
// situations stay specific.
func TestClicheFamiliesWidened(t *testing.T) {
	checkFamily(t, "hollow-cliche", []familyCase{
		{name: "sorry for any trouble this may have caused", reply: "@user Sorry for any trouble this may have caused. A new card is on its way. ^Sam", want: []string{"Sorry for any trouble this may have caused"}},
		{name: "sorry you're frustrated", reply: "@user We're sorry you're frustrated. ^Sam", want: []string{"sorry you're frustrated"}},
		{name: "I can only imagine how frustrating that must be", reply: "@user I can only imagine how frustrating that must be. DM us your order number. ^Sam", want: []string{"I can only imagine how frustrating that must be"}},
		{name: "thanks for bearing with us", reply: "@user Thanks for bearing with us, the app is back up. ^Sam", want: []string{"Thanks for bearing with us"}},
		{name: "you are a valued customer", reply: "@user You are a valued customer and we want to keep you. ^Sam", want: []string{"You are a valued customer"}},
		{name: "we want all our customers to", reply: "@user We want all our customers to have a great experience. ^Sam", want: []string{"We want all our customers to have a great experience"}},

		{name: "near miss: sorry for the trouble with your named order", reply: "@user Sorry your order #4411 arrived without the charger. A charger ships today. ^Sam"},
		{name: "near miss: imagining the named situation", reply: "@user I can imagine how frustrating it is to wait three weeks for a refund. ^Sam"},
		{name: "near miss: thanks for the photo", reply: "@user Thanks for sending the photo, that helps. ^Sam"},

		{name: "sorry dat je teleurgesteld bent", reply: "@user Sorry dat je zo teleurgesteld bent. ^Anne", want: []string{"Sorry dat je zo teleurgesteld bent"}},
		{name: "we hechten veel waarde aan je mening", reply: "@user We hechten veel waarde aan je mening. ^Anne", want: []string{"We hechten veel waarde aan je mening"}},
		{name: "u bent een gewaardeerde klant", reply: "@user U bent een gewaardeerde klant van ons. ^Anne", want: []string{"U bent een gewaardeerde klant"}},
		{name: "near miss: teleurgesteld over het pakket, benoemd", reply: "@user Balen dat je pakket na een week nog niet binnen is. ^Anne"},
	})
}

// Blaming the customer, in both languages: their responsibility, "you
// need to read the terms", "rules are rules", "we did nothing wrong";
// telling them what they will need to do next is help, not blame.
func TestDefensiveBlameFamily(t *testing.T) {
	checkFamily(t, "defensive", []familyCase{
		{name: "your own responsibility", reply: "@user It's your responsibility to check the departure time. ^Sam", want: []string{"It's your responsibility"}},
		{name: "you need to read the terms", reply: "@user You need to read the terms before booking. ^Sam", want: []string{"You need to read the terms"}},
		{name: "rules are rules", reply: "@user Sorry, rules are rules. ^Sam", want: []string{"rules are rules"}},
		{name: "we did nothing wrong", reply: "@user We did nothing wrong here. ^Sam", want: []string{"We did nothing wrong"}},
		{name: "near miss: you'll need to bring ID", reply: "@user You'll need to bring a photo ID to the desk. ^Sam"},
		{name: "near miss: check the app for the new time", reply: "@user You need to check the app for the new time; it updates every minute. ^Sam"},

		{name: "je eigen verantwoordelijkheid", reply: "@user Dat is je eigen verantwoordelijkheid. ^Anne", want: []string{"Dat is je eigen verantwoordelijkheid"}},
		{name: "je moet wel goed opletten", reply: "@user Je moet wel goed opletten bij het inchecken. ^Anne", want: []string{"Je moet wel goed opletten"}},
		{name: "had je maar eerder gebeld", reply: "@user Had je maar eerder gebeld. ^Anne", want: []string{"Had je maar"}},
		{name: "niets fout gedaan", reply: "@user Onze chauffeur reed op tijd, we hebben niets fout gedaan. ^Anne", want: []string{"we hebben niets fout gedaan"}},
		{name: "near miss: je moet je pas even activeren", reply: "@user Je kunt je pas activeren in de app, dan werkt hij direct. ^Anne"},
	})
}

// Defensive rebuttals without a stock phrase, in both languages: passing
// the matter to someone else, excusing it as normal or inevitable,
// defending the rule, putting the fault on the customer's side, praising
// the staff, product or prices against the complaint, a lesson for next
// time, and telling the customer that what they saw was in order. Near
// misses: the same words with a cause and a fix, a fix that is back, a
// third party we act on, an answer to a question.
func TestDefensiveRebuttalFamilies(t *testing.T) {
	film := "The film stops before the last scene, your stream is broken"
	lift := "The lift at Castle Street station has been broken for three weeks"
	late := "My train was 40 minutes late again this morning"
	fee := "You charged me £30 just to change a name on my ticket, disgraceful"
	wifi := "My wifi drops every single evening, useless service"
	rude := "Your cashier was incredibly rude to me at the till today"
	bags := "You charged me for two bags I never checked in, this is a scam"
	dogs := "There were dogs running all over the cabin on my flight, a disgrace"
	app := "Your app keeps crashing when I pay, useless"
	checkFamily(t, "defensive", []familyCase{
		{name: "the version a third party offers", incoming: film, reply: "@user This is the only version we're able to offer from the studio. ^Sam", want: []string{"we're able to offer from the studio"}},
		{name: "handled by someone else, not by us", incoming: lift, reply: "@user Lifts are handled by the station operator, not by us. ^Sam", want: []string{"not by us"}},
		{name: "the responsibility of a third party", incoming: lift, reply: "@user The lifts are the responsibility of the station operator. ^Sam", want: []string{"are the responsibility of the station"}},
		{name: "these things happen", incoming: late, reply: "@user These things happen, especially in winter. ^Sam", want: []string{"These things happen"}},
		{name: "that can happen at this time of year", incoming: late, reply: "@user Unfortunately that can happen at this time of year. ^Sam", want: []string{"that can happen at this time of year"}},
		{name: "that's our policy", incoming: fee, reply: "@user That's our policy for all name changes. ^Sam", want: []string{"That's our policy"}},
		{name: "applies to every booking", incoming: fee, reply: "@user The fee applies to every booking, whoever made it. ^Sam", want: []string{"applies to every booking"}},
		{name: "the problem is on your end", incoming: wifi, reply: "@user The problem is on your end, please check your router. ^Sam", want: []string{"The problem is on your end"}},
		{name: "our network is working fine", incoming: wifi, reply: "@user Our network is working fine in your area. ^Sam", want: []string{"Our network is working fine"}},
		{name: "our staff are fully trained", incoming: rude, reply: "@user Our staff are fully trained to treat every customer with respect. ^Sam", want: []string{"Our staff are fully trained"}},
		{name: "our prices are fair", incoming: fee, reply: "@user Our fees are fair and clearly listed. ^Sam", want: []string{"Our fees are fair"}},
		{name: "next time, please read", incoming: bags, reply: "@user Next time, please read the fare rules before you book. ^Sam", want: []string{"Next time, please read"}},
		{name: "what you saw was in order", incoming: dogs, reply: "@user Any dogs you saw in the cabin were trained service animals. ^Sam", want: []string{"Any dogs you saw in the cabin were"}},

		{name: "near miss: the third party we act on", incoming: lift, reply: "@user Sorry! The lifts are the responsibility of Network Rail, so I've reported it to them and asked for a repair date. ^Sam"},
		{name: "near miss: a cause and a fix", incoming: app, reply: "@user Sorry! This can happen when the app's cache is full. Clear it under Settings > Apps and it works again. ^Sam"},
		{name: "near miss: working again", incoming: wifi, reply: "@user Sorry, our network is working normally again since 3pm. ^Sam"},
		{name: "near miss: up to you", incoming: "My parcel still hasn't arrived, ridiculous", reply: "@user Sorry! It's up to you: we can reship it today or refund you right away. ^Sam"},
		{name: "near miss: our team's responsibility", incoming: "The train was cancelled and nobody told me", reply: "@user That's not okay, sorry. It's the responsibility of our team to keep you informed, and we failed. ^Sam"},
		{name: "near miss: a tip after the fix", incoming: "You charged me twice for one ticket", reply: "@user Sorry! I've refunded the second charge today. Next time you can also use the app to see every payment. ^Sam"},
		{name: "near miss: policy answering a question", incoming: "Can I bring my dog on the train?", reply: "@user Yes! Dogs travel free on a lead. That's our policy on all routes. ^Sam"},
		{name: "near miss: prices answering a question", incoming: "What does the family ticket cost?", reply: "@user Our prices are fair and simple: £25 for a family of four. ^Sam"},
	})
	film, lift, late, fee = "De film stopt voor de laatste scène, jullie stream is kapot", "De lift op station Zwolle is al drie weken kapot", "Mijn trein was vanochtend weer 40 minuten te laat", "Jullie rekenen 30 euro om een naam op mijn kaartje te wijzigen, schandalig"
	wifi, rude, bags, app = "Mijn wifi valt elke avond weg, waardeloze service", "Jullie caissière was vandaag ontzettend onbeschoft tegen me", "Jullie hebben bagagekosten afgeschreven voor koffers die ik niet had, belachelijk en schandalig", "Jullie app crasht steeds bij het betalen, waardeloos"
	checkFamily(t, "defensive", []familyCase{
		{name: "daar gaan wij niet over", incoming: "Mijn pakket is over het hek gegooid en helemaal nat", reply: "@user De bezorging doet de vervoerder, daar gaan wij niet over. ^Anne", want: []string{"daar gaan wij niet over"}},
		{name: "de verantwoordelijkheid van een ander", incoming: lift, reply: "@user De liften zijn de verantwoordelijkheid van ProRail. ^Anne", want: []string{"zijn de verantwoordelijkheid van ProRail"}},
		{name: "daar hebben wij geen invloed op", incoming: film, reply: "@user Dit is de versie die we van de studio krijgen, daar hebben wij geen invloed op. ^Anne", want: []string{"daar hebben wij geen invloed op"}},
		{name: "dat kan gebeuren in de winter", incoming: late, reply: "@user Dat kan gebeuren in de winter. ^Anne", want: []string{"Dat kan gebeuren in de winter"}},
		{name: "zoiets gebeurt nu eenmaal", incoming: late, reply: "@user Zoiets gebeurt nu eenmaal bij vorst. ^Anne", want: []string{"Zoiets gebeurt nu eenmaal bij vorst"}},
		{name: "dat is ons beleid", incoming: fee, reply: "@user Dat is ons beleid voor alle naamswijzigingen. ^Anne", want: []string{"Dat is ons beleid"}},
		{name: "dat geldt voor iedereen", incoming: fee, reply: "@user Die kosten rekenen we bij elke wijziging, dat geldt voor iedereen. ^Anne", want: []string{"geldt voor iedereen"}},
		{name: "het probleem ligt aan jouw kant", incoming: wifi, reply: "@user Het probleem ligt aan jouw kant, kijk even naar je router. ^Anne", want: []string{"Het probleem ligt aan jouw kant"}},
		{name: "geen storing bij ons", incoming: app, reply: "@user Er is geen storing bij ons, probeer het later nog eens. ^Anne", want: []string{"Er is geen storing bij ons"}},
		{name: "onze medewerkers zijn goed opgeleid", incoming: rude, reply: "@user Onze medewerkers zijn goed opgeleid en altijd vriendelijk. ^Anne", want: []string{"Onze medewerkers zijn goed opgeleid"}},
		{name: "onze prijzen zijn eerlijk", incoming: fee, reply: "@user Onze tarieven zijn eerlijk en staan op de site. ^Anne", want: []string{"Onze tarieven zijn eerlijk"}},
		{name: "lees volgende keer", incoming: bags, reply: "@user Lees volgende keer de voorwaarden even goed door. ^Anne", want: []string{"Lees volgende keer"}},
		{name: "wat je zag was in orde", incoming: "Er liepen honden door de hele cabine, schandalig", reply: "@user Alle honden die je zag waren hulphonden. ^Anne", want: []string{"Alle honden die je zag waren"}},

		{name: "near miss: de ander die we inschakelen", incoming: lift, reply: "@user Sorry! De liften zijn de verantwoordelijkheid van ProRail; ik heb het vandaag bij hen gemeld. ^Anne"},
		{name: "near miss: een oorzaak en een oplossing", incoming: app, reply: "@user Sorry! Dat kan gebeuren als de cache vol is. Wis die in de instellingen, dan werkt het weer. ^Anne"},
		{name: "near miss: dat had niet mogen gebeuren", incoming: late, reply: "@user Sorry! Dat had niet mogen gebeuren. We zoeken vandaag uit waarom het misging. ^Anne"},
		{name: "near miss: werkt weer", incoming: wifi, reply: "@user Sorry, ons netwerk werkt sinds 15:00 weer normaal. ^Anne"},
		{name: "near miss: geen storing bekend, met een stap", incoming: wifi, reply: "@user Wat vervelend! Er is geen storing bij ons bekend. Herstart je modem en laat het weten. ^Anne"},
		{name: "near miss: de taak van ons team", incoming: "Mijn factuur klopt niet", reply: "@user Sorry! Het is de taak van ons team om dat goed te doen; ik pas hem vandaag aan. ^Anne"},
		{name: "near miss: valt onder de garantie", incoming: "Mijn reparatie duurt al 3 weken", reply: "@user Sorry! De reparatie valt onder de garantie, dus je betaalt niets; de monteur komt donderdag. ^Anne"},
		{name: "near miss: voortaan in de app", incoming: "Jullie hebben me twee keer laten betalen", reply: "@user Sorry! Ik heb het dubbele bedrag vandaag teruggestort. Voortaan zie je elke betaling ook in de app. ^Anne"},
		{name: "near miss: regel op een vraag", incoming: "Mag mijn hond mee in de trein?", reply: "@user Ja! Honden reizen gratis mee aan de lijn, dat geldt voor iedereen. ^Anne"},
	})
}

// Asking for personal data in public, in both languages, and its near
// misses: asking the customer to check their own data where it is kept
// (in the app, in their account, "to hand") is no request to post it.
func TestDataRequestFamilies(t *testing.T) {
	parcel := "My parcel still hasn't arrived after ten days"
	bills := "I'm not getting my bills by email any more"
	pakket := "Mijn pakket is na tien dagen nog steeds niet bezorgd"
	facturen := "Ik krijg mijn facturen niet meer per mail"
	checkFamily(t, "dm-move", []familyCase{
		{name: "the address it was going to", incoming: parcel, reply: "@user Sorry! What's the address it was going to? ^Sam", want: []string{"address"}},
		{name: "tweet us your order number", incoming: parcel, reply: "@user Sorry! Tweet us your order number and we'll chase it. ^Sam", want: []string{"order number"}},
		{name: "the phone number on the account", incoming: bills, reply: "@user Sorry! What phone number is on the account? ^Sam", want: []string{"phone number"}},
		{name: "near miss: check the email address in your account", incoming: bills, reply: "@user Sorry! Is the email address in your account still correct? We send them there. ^Sam"},
		{name: "near miss: check your details in the app", incoming: bills, reply: "@user Sorry! Can you check your details in the app? ^Sam"},
		{name: "near miss: your card number to hand", incoming: "My card was stolen last night", reply: "@user So sorry! Freeze your card in the app now or call 0800 123 456. Do you have your card number to hand? ^Sam"},
		{name: "near miss: address as a verb", incoming: parcel, reply: "@user Sorry! We'll address this with the courier today. ^Sam"},

		{name: "het nummer van je OV-chipkaart", incoming: "Mijn trein was te laat en ik wil mijn geld terug", reply: "@user Sorry! Wat is het nummer van je OV-chipkaart? ^Anne", want: []string{"nummer"}},
		{name: "welk telefoonnummer staat op het account", incoming: facturen, reply: "@user Sorry! Welk telefoonnummer staat op het account? ^Anne", want: []string{"telefoonnummer"}},
		{name: "near miss: klopt je e-mailadres in Mijn", incoming: facturen, reply: "@user Sorry! Klopt je e-mailadres in Mijn NetKabel nog? Daar sturen we ze heen. ^Anne"},
		{name: "near miss: je gegevens in de app gecontroleerd", incoming: facturen, reply: "@user Sorry! Heb je je gegevens in de app al gecontroleerd? ^Anne"},
		{name: "near miss: kijken of je klantnummer klopt", incoming: facturen, reply: "@user Sorry! Kun je in de app onder Facturen kijken of je klantnummer bovenaan klopt? ^Anne"},
		{name: "near miss: je pasnummer bij de hand", incoming: "Mijn pas is gestolen", reply: "@user Wat vervelend! Blokkeer je pas direct in de app of bel 088-1234567. Heb je je pasnummer bij de hand? ^Anne"},
		{name: "near miss: deel hier geen gegevens", incoming: pakket, reply: "@user Sorry! Bel direct onze fraudelijn 088-6600010 en deel hier geen gegevens. ^Anne"},
	})
}

// Downplaying the size of the customer's problem, as a grammar in both
// languages (in a reply to a complaint); near misses: an easy step, our
// own effort, a price answering a question. A phrase that counts in every
// reply stays when a complaint-only phrase overlaps it in a reply to a
// question ("It's only a few minutes late").
func TestMinimizingFamilies(t *testing.T) {
	late := "My train was 20 minutes late and I missed my connection"
	bill := "My bill went up by £5 and nobody told me, ridiculous"
	box := "My parcel arrived with the box smashed in"
	down := "My internet was down for two hours tonight, useless"
	checkFamily(t, "minimizing", []familyCase{
		{name: "it's only £5", incoming: bill, reply: "@user It's only £5 a month. ^Sam", want: []string{"It's only £5"}},
		{name: "only twenty minutes, within our window", incoming: late, reply: "@user It was only twenty minutes, which is within our window. ^Sam", want: []string{"It was only twenty", "within our window"}},
		{name: "not much of a delay", incoming: late, reply: "@user Twenty minutes isn't really much of a delay. ^Sam", want: []string{"isn't really much of a delay"}},
		{name: "a brief outage for a small number", incoming: down, reply: "@user It was a brief outage affecting a small number of customers. ^Sam", want: []string{"a brief outage", "a small number of customers"}},
		{name: "hardly the end of the world", incoming: box, reply: "@user A dent in the box is hardly the end of the world. ^Sam", want: []string{"hardly the end of the world"}},
		{name: "just the box", incoming: box, reply: "@user It's just the box that's damaged, the contents are fine. ^Sam", want: []string{"It's just the box that's"}},
		{name: "overreacting", incoming: bill, reply: "@user Aren't you overreacting a little? ^Sam", want: []string{"Aren't you overreacting"}},
		{name: "an always-phrase overlapped in a question", incoming: "What time is the train?", reply: "@user It's only a few minutes late. ^Sam", want: []string{"It's only a few minutes late"}},
		{name: "near miss: an easy step", incoming: down, reply: "@user Sorry! It only takes a minute to reset it: hold the button for 10 seconds. ^Sam"},
		{name: "near miss: not much trouble for us", incoming: bill, reply: "@user Sorry! It's not much trouble to fix: I've corrected it today. ^Sam"},
		{name: "near miss: a price answering a question", incoming: "What does the day pass cost?", reply: "@user It's only £12 for the whole day! ^Sam"},
		{name: "near miss: our planned work", incoming: down, reply: "@user Sorry! There'll be a brief interruption tonight at 2am while our engineers replace the faulty card. ^Sam"},
		{name: "near miss: our own credit", incoming: late, reply: "@user Sorry! We'll send a small amount of credit to your account today for the missed connection. ^Sam"},
		{name: "near miss: the window they choose", incoming: box, reply: "@user Sorry! Pick a slot in the app and we'll bring a new one within the window you choose. ^Sam"},

		{name: "het is maar 5 euro", incoming: "Mijn rekening is 5 euro hoger en niemand zei iets, belachelijk", reply: "@user Het is maar 5 euro per maand. ^Anne", want: []string{"Het is maar 5"}},
		{name: "het ging om twintig minuten, binnen de marge", incoming: "Mijn trein was 20 minuten te laat en ik miste mijn aansluiting", reply: "@user Het ging om twintig minuten, dat is binnen de marge. ^Anne", want: []string{"Het ging om twintig minuten", "binnen de marge"}},
		{name: "een kleine storing van korte duur", incoming: "Mijn internet lag vanavond twee uur plat, waardeloos", reply: "@user Het was een kleine storing van korte duur. ^Anne", want: []string{"een kleine storing van korte duur"}},
		{name: "niet het einde van de wereld", incoming: "Mijn pakket kwam aan met een kapotte doos", reply: "@user Een deukje in de doos is nou niet het einde van de wereld. ^Anne", want: []string{"nou niet het einde van de wereld"}},
		{name: "dat overleef je wel", incoming: "Mijn internet lag vanavond twee uur plat, waardeloos", reply: "@user Twee uurtjes zonder internet, dat overleef je wel. ^Anne", want: []string{"overleef je wel"}},
		{name: "overdrijf je niet", incoming: "Mijn rekening is 5 euro hoger en niemand zei iets, belachelijk", reply: "@user Overdrijf je niet een beetje? ^Anne", want: []string{"Overdrijf je niet een beetje"}},
		{name: "een altijd-zin overlapt in een vraag", incoming: "Hoe laat vertrekt de trein?", reply: "@user Het ging om slechts tien minuten vertraging. ^Anne", want: []string{"slechts tien minuten"}},
		{name: "near miss: een makkelijke stap", incoming: "Mijn modem valt steeds weg, waardeloos", reply: "@user Sorry! Het duurt maar een minuutje om hem te resetten: houd de knop 10 seconden in. ^Anne"},
		{name: "near miss: niet veel moeite voor ons", incoming: "Mijn factuur klopt weer niet, belachelijk", reply: "@user Sorry! Het is niet veel moeite om dat aan te passen, ik doe het vandaag. ^Anne"},
		{name: "near miss: niet lang meer", incoming: "Mijn trein is weer te laat, belachelijk", reply: "@user Sorry! Het duurt niet lang meer: de vervangende bus vertrekt om 14:10. ^Anne"},
		{name: "near miss: een prijs op een vraag", incoming: "Wat kost een dagkaart?", reply: "@user Het is maar 12 euro voor de hele dag! ^Anne"},
		{name: "near miss: ons geplande werk", incoming: "Mijn internet lag vanavond twee uur plat, waardeloos", reply: "@user Sorry! Vannacht om 2 uur komt er een korte onderbreking terwijl onze monteurs de kaart vervangen. ^Anne"},
		{name: "near miss: onze eigen vergoeding", incoming: "Mijn trein was 20 minuten te laat en ik miste mijn aansluiting", reply: "@user Sorry! We storten vandaag een klein bedrag terug voor de gemiste aansluiting. ^Anne"},
	})
}

// Dismay at what went wrong, said as ours, acknowledges the customer's
// situation ("That's very troubling", "not how it should be"; "Dat is
// verontrustend", "zo hoort het echt niet"); a bare request does not.
func TestEmpathyDismayFamily(t *testing.T) {
	plastic := "There's a piece of plastic in my burrito, disgusting"
	charged := "My card was charged three times for one order, ridiculous"
	plastiek := "Er zat een stuk plastic in mijn maaltijd, smerig"
	belast := "Mijn pas is drie keer belast voor één bestelling, belachelijk"
	cases := []firesCase{
		{"that's very troubling", "@user That's very troubling. DM us the store and the time. -Becky", plastic, false},
		{"not the standard", "@user That's not the standard we hold ourselves to. DM us the store and the time. -Becky", plastic, false},
		{"not how it should be", "@user That's definitely not how it should be. DM us the order number. ^Sam", charged, false},
		{"near miss: a bare request", "@user DM us the store and the time. -Becky", plastic, true},
		{"near miss: not right as a contradiction is no dismay", "@user Not right? Our records show one charge. DM us the order number. ^Sam", charged, true},
		{"dat is verontrustend", "@user Dat is verontrustend. Stuur ons een DM met de winkel en de tijd. ^Anne", plastiek, false},
		{"zo hoort het echt niet", "@user Zo hoort het echt niet. Stuur ons een DM met het ordernummer. ^Anne", belast, false},
		{"dat is zorgelijk", "@user Dat is zorgelijk. Stuur ons een DM met het ordernummer. ^Anne", belast, false},
		{"near miss: alleen een verzoek", "@user Stuur ons een DM met de winkel en de tijd. ^Anne", plastiek, true},
	}
	checkFires(t, "empathy-missing", nil, cases)
}

// TestEmpathyUnderstandingAndNotAsItShould: understanding said with an
// adverb or "no wonder" ("I totally get why you're fed up", "No wonder
// you're annoyed", "you're right to be upset"), what went wrong said not
// to be as it should ("Dat had niet zo lang mogen duren", "Dit is niet
// zoals het hoort"), the customer's feeling called right ("Terecht dat je
// hier iets van zegt") and words of feeling after a frame ("Dat is
// afzien") acknowledge the customer. Near misses: "I can see that" about
// a fact, "terecht" about a rule, a lecture with "had niet moeten".
func TestEmpathyUnderstandingAndNotAsItShould(t *testing.T) {
	down := "My broadband has been down for two days and I work from home, ridiculous!"
	plat := "Mijn internet ligt er al twee dagen uit en ik werk thuis, belachelijk!"
	kou := "Ik sta al een uur in de kou op het perron, trein weer uitgevallen!"
	boete := "Hoezo krijg ik een boete van 50 euro, ik had gewoon ingecheckt!"
	cases := []firesCase{
		{"i totally get why", "@user I totally get why you're fed up. An engineer will call you tomorrow before 10. ^Ann", down, false},
		{"no wonder you're annoyed", "@user No wonder you're annoyed. An engineer will call you tomorrow before 10. ^Ann", down, false},
		{"right to be upset", "@user You're right to be upset. An engineer will call you tomorrow before 10. ^Ann", down, false},
		{"near miss: i can see that, a fact", "@user I can see that the line was tested on Monday. An engineer will call you tomorrow before 10. ^Ann", down, true},
		{"dat had niet zo lang mogen duren", "@user Dat had niet zo lang mogen duren. De monteur komt morgen om 9 uur. ^Fleur", plat, false},
		{"niet zoals het hoort", "@user Dit is niet zoals het hoort. De monteur komt morgen om 9 uur. ^Fleur", plat, false},
		{"terecht dat je het zegt", "@user Helemaal terecht dat je hier iets van zegt. De monteur komt morgen om 9 uur. ^Fleur", plat, false},
		{"dat is afzien", "@user Brr, een uur op het perron, dat is afzien. De volgende trein rijdt om 18:12. ^Ivo", kou, false},
		{"near miss: terecht over een regel", "@user De boete is terecht opgelegd: er staat geen incheck op je kaart. Je kunt bezwaar maken via het formulier. ^Ivo", boete, true},
		{"near miss: had niet moeten wachten", "@user Je had niet zo lang moeten wachten met melden. De monteur komt morgen om 9 uur. ^Fleur", plat, true},
	}
	checkFires(t, "empathy-missing", nil, cases)
}

// More guessing and hoping, in both languages; near misses: what can be
// done ("it's possible to", "if possible", "a chance to"), a stated
// chance that is a fact, "dat valt vast wel mee" (minimizing, not a
// guess).
func TestHedgingGuessFamilies(t *testing.T) {
	checkFamily(t, "hedging", []familyCase{
		{name: "chances are", reply: "@user Sorry! Chances are it's stuck at the depot. ^Sam", want: []string{"Chances are"}},
		{name: "fingers crossed", reply: "@user Fingers crossed it turns up tomorrow. ^Sam", want: []string{"Fingers crossed"}},
		{name: "as far as I know", reply: "@user As far as I know it left the depot yesterday. ^Sam", want: []string{"As far as I know"}},
		{name: "if all goes well", reply: "@user If all goes well it arrives tomorrow. ^Sam", want: []string{"If all goes well"}},
		{name: "it's possible that", reply: "@user It's possible that the courier missed your street. ^Sam", want: []string{"It's possible that"}},
		{name: "there's a chance", reply: "@user There's a chance it went to a neighbour. ^Sam", want: []string{"There's a chance"}},
		{name: "I'm fairly sure", reply: "@user I'm fairly sure it's on the van today. ^Sam", want: []string{"I'm fairly sure"}},
		{name: "near miss: it's possible to", reply: "@user It's possible to reroute it to a pickup point in the app. ^Sam"},
		{name: "near miss: if possible", reply: "@user If possible, reply with the tracking link. ^Sam"},
		{name: "near miss: a chance to", reply: "@user You'll have a chance to pick a new slot in the app. ^Sam"},

		{name: "grote kans dat", reply: "@user Sorry! Grote kans dat het bij de buren ligt. ^Anne", want: []string{"Grote kans dat"}},
		{name: "in theorie", reply: "@user In theorie is het morgen bij je. ^Anne", want: []string{"In theorie"}},
		{name: "als alles goed gaat", reply: "@user Als alles goed gaat is het morgen bij je. ^Anne", want: []string{"Als alles goed gaat"}},
		{name: "volgens mij", reply: "@user Volgens mij ligt het nog in het depot. ^Anne", want: []string{"Volgens mij"}},
		{name: "ik neem aan dat", reply: "@user Ik neem aan dat de bezorger een kaartje heeft achtergelaten. ^Anne", want: []string{"Ik neem aan dat"}},
		{name: "we gaan ervan uit dat", reply: "@user We gaan ervan uit dat het morgen komt. ^Anne", want: []string{"We gaan ervan uit dat"}},
		{name: "near miss: de kans op schade is klein", reply: "@user De kans op schade is klein, want we verpakken het dubbel. ^Anne"},
		{name: "near miss: kans op een tegoedbon", reply: "@user Je maakt kans op een tegoedbon als je de enquête invult. ^Anne"},
		{name: "near miss: valt vast wel mee is minimizing", reply: "@user Oei, dat valt vast wel mee. ^Anne"},
	})
}

// Denying the complaint or arguing it away, in a reply to one: "we never
// promised that", "that can't be right", "the price was clearly shown",
// "our agent was just doing his job"; the same words answering a
// question stay silent.
func TestDefensiveDenialFamily(t *testing.T) {
	scam := "You charged me an extra 50 pounds, disgraceful, a total scam"
	oplichting := "Jullie hebben me 50 euro extra gerekend, schandalig en oplichterij"
	checkFamily(t, "defensive", []familyCase{
		{name: "we never promised that", incoming: scam, reply: "@user We never promised that. ^Sam", want: []string{"We never promised"}},
		{name: "that can't be right", incoming: scam, reply: "@user That can't be right, we don't charge extra fees. ^Sam", want: []string{"That can't be right"}},
		{name: "nothing went wrong on our side", incoming: scam, reply: "@user Nothing went wrong on our side. ^Sam", want: []string{"Nothing went wrong on our side"}},
		{name: "clearly shown", incoming: scam, reply: "@user The price was clearly shown when you ordered. ^Sam", want: []string{"was clearly shown"}},
		{name: "in no way a scam", incoming: scam, reply: "@user This is in no way a scam. ^Sam", want: []string{"in no way a scam"}},
		{name: "required by law", incoming: scam, reply: "@user That's required by law. ^Sam", want: []string{"required by law"}},
		{name: "we've been over this", incoming: scam, reply: "@user We've been over this before. ^Sam", want: []string{"We've been over this before"}},
		{name: "your own choice", incoming: scam, reply: "@user That was your own choice. ^Sam", want: []string{"That was your own choice"}},
		{name: "just doing his job", incoming: scam, reply: "@user Our agent was just doing his job. ^Sam", want: []string{"Our agent was just doing his job"}},
		{name: "near miss: clearly shown, to a question", incoming: "Where do I see the new prices?", reply: "@user The new prices are clearly shown in the app under Tariffs. ^Sam"},

		{name: "dat hebben we nooit beloofd", incoming: oplichting, reply: "@user Dat hebben we nooit beloofd. ^Anne", want: []string{"Dat hebben we nooit beloofd"}},
		{name: "dat kan niet kloppen", incoming: oplichting, reply: "@user Dat kan niet kloppen, wij rekenen geen extra kosten. ^Anne", want: []string{"Dat kan niet kloppen"}},
		{name: "niets misgegaan", incoming: oplichting, reply: "@user Er is bij ons niets misgegaan. ^Anne", want: []string{"niets misgegaan"}},
		{name: "correct gehandeld", incoming: oplichting, reply: "@user Wij hebben correct gehandeld. ^Anne", want: []string{"Wij hebben correct gehandeld"}},
		{name: "geen sprake van oplichting", incoming: oplichting, reply: "@user Van oplichting is geen sprake. ^Anne", want: []string{"oplichting is geen sprake"}},
		{name: "het ligt niet aan ons", incoming: oplichting, reply: "@user Het ligt niet aan ons. ^Anne", want: []string{"Het ligt niet aan ons"}},
		{name: "aan de regels houden", incoming: oplichting, reply: "@user U moet zich gewoon aan de regels houden. ^Anne", want: []string{"U moet zich gewoon aan de regels houden"}},
		{name: "deed gewoon zijn werk", incoming: oplichting, reply: "@user Onze medewerker deed gewoon zijn werk. ^Anne", want: []string{"Onze medewerker deed gewoon zijn werk"}},
		{name: "near miss: geen sprake van extra kosten", incoming: oplichting, reply: "@user Sorry voor de schrik! Er is geen sprake van extra kosten: het is een reservering die morgen vervalt. ^Anne"},
		{name: "near miss: duidelijk vermeld, op een vraag", incoming: "Waar zie ik de nieuwe prijzen?", reply: "@user De nieuwe prijzen staan duidelijk vermeld in de app onder Tarieven. ^Anne"},
	})
}
