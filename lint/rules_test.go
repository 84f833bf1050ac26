package lint

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/tone"
)

// ruleCase is a reply and what one rule must say about it: the words it
// must flag (at warning or above), or nothing.
type ruleCase struct {
	name     string
	reply    string
	incoming string
	channel  string
	kind     string
	want     []string // flagged words, in order; nil: the rule stays silent
}

// flagged returns the words a rule reports at warning or above.
func flagged(t *testing.T, rule string, c ruleCase) []string {
	t.Helper()
	res := Lint(tone.Input{Text: c.reply, Incoming: c.incoming, Channel: c.channel, Kind: c.kind}, nil)
	var out []string
	for _, f := range res.Findings {
		require.LessOrEqual(t, f.Span.End, len(c.reply))
		if f.Rule == rule && f.Severity >= Warning {
			out = append(out, f.Span.In(c.reply))
		}
	}
	return out
}

func runRuleCases(t *testing.T, rule string, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := flagged(t, rule, c)
			if c.want == nil {
				assert.Empty(t, got, "%s must stay silent on %q", rule, c.reply)
				return
			}
			assert.Equal(t, c.want, got, "%s on %q", rule, c.reply)
		})
	}
}

func TestHedging(t *testing.T) {
	runRuleCases(t, "hedging", []ruleCase{
		{name: "misschien about our promise", reply: "@user Je pakket komt misschien morgen. ^Anne", want: []string{"misschien"}},
		{name: "wellicht", reply: "@user Wellicht ligt het aan de app. ^Anne", want: []string{"Wellicht"}},
		{name: "the customer's word inside another is still our doubt", reply: "@user Een monteur komt mogelijk morgen langs. ^Anne",
			incoming: "Het is onmogelijk om jullie te bereiken!", want: []string{"mogelijk"}},
		{name: "the customer's own word said back", reply: "@user Misschien morgen, vraag je? Nee: hij komt vandaag. ^Anne",
			incoming: "Komt mijn pakket misschien morgen?"},
		{name: "mogelijk as possibly", reply: "@user De storing is mogelijk al deze week verholpen. ^Anne", want: []string{"mogelijk"}},
		{name: "eventueel modifying our action", reply: "@user We kunnen eventueel een monteur sturen. ^Anne", want: []string{"eventueel"}},
		{name: "waarschijnlijk", reply: "@user Waarschijnlijk was de bezorger te vroeg. ^Anne", want: []string{"Waarschijnlijk"}},
		{name: "hopelijk", reply: "@user Hopelijk is het morgen opgelost! ^Anne", want: []string{"Hopelijk"}},
		{name: "in principe", reply: "@user In principe bezorgen we voor 18:00. ^Anne", want: []string{"In principe"}},
		{name: "als het goed is", reply: "@user Als het goed is werkt de app weer. ^Anne", want: []string{"Als het goed is"}},
		{name: "het zou kunnen dat", reply: "@user Het zou kunnen dat je mail in je spam staat. ^Anne", want: []string{"Het zou kunnen dat"}},
		{name: "we denken dat", reply: "@user We denken dat het aan de update ligt. ^Anne", want: []string{"We denken dat"}},
		{name: "wie weet", reply: "@user Wie weet komt hij volgende week terug in het assortiment. ^Anne", want: []string{"Wie weet"}},
		{name: "maybe", reply: "@user Maybe the courier missed your door. ^JS", want: []string{"Maybe"}},
		{name: "probably", reply: "@user It's probably a network issue on our side. ^JS", want: []string{"probably"}},
		{name: "I think", reply: "@user I think your refund has been processed. ^JS", want: []string{"I think"}},
		{name: "might", reply: "@user Your parcel might arrive tomorrow. ^JS", want: []string{"might"}},
		{name: "it seems", reply: "@user It seems the payment did not go through. ^JS", want: []string{"It seems"}},

		{name: "zo snel mogelijk is not hedging", reply: "@user We lossen het zo snel mogelijk op. ^Anne"},
		{name: "zo goed mogelijk is not hedging", reply: "@user We helpen je zo goed mogelijk verder. ^Anne"},
		{name: "het is niet mogelijk om is not hedging", reply: "@user Het is helaas niet mogelijk om je bestelling te wijzigen. ^Anne"},
		{name: "het is mogelijk om", reply: "@user Het is mogelijk om je bezorgmoment in de app te wijzigen. ^Anne"},
		{name: "mogelijkheid", reply: "@user Er is een mogelijkheid om af te halen. ^Anne"},
		{name: "eventuele kosten", reply: "@user Eventuele kosten betalen wij terug. ^Anne"},
		{name: "we denken graag met je mee", reply: "@user We denken graag met je mee over een oplossing. ^Anne"},
		{name: "polite DM request", reply: "@user Zou je ons misschien een DM willen sturen met je ordernummer? ^Anne"},
		{name: "quoted customer words", reply: "@user Je schreef \"misschien komt hij nooit\": hij komt vandaag. ^Anne"},
		{name: "as soon as possible", reply: "@user We'll fix this as soon as possible. ^JS"},
		{name: "if possible", reply: "@user If possible, please send us a photo by DM. ^JS"},
		{name: "could you", reply: "@user Could you DM us your order number? ^JS"},
		{name: "we proberen is allowed", reply: "@user We proberen het vandaag nog te regelen. ^Anne"},
		{name: "should be is allowed", reply: "@user It should be with you by Friday. ^JS"},
	})
}

func TestHollowCliche(t *testing.T) {
	runRuleCases(t, "hollow-cliche", []ruleCase{
		{name: "vervelend om te lezen", reply: "@user Wat vervelend om te lezen! We sturen je een nieuwe. ^Anne", want: []string{"Wat vervelend om te lezen"}},
		{name: "zo ervaren hebt", reply: "@user Jammer dat je dit zo ervaren hebt. ^Anne", want: []string{"dat je dit zo ervaren hebt"}},
		{name: "excuses voor het ongemak", reply: "@user Excuses voor het ongemak. ^Anne", want: []string{"Excuses voor het ongemak"}},
		{name: "sorry voor de overlast", reply: "@user Sorry voor de overlast. ^Anne", want: []string{"Sorry voor de overlast"}},
		{name: "we begrijpen je frustratie", reply: "@user We begrijpen je frustratie. ^Anne", want: []string{"We begrijpen je frustratie"}},
		{name: "bedankt voor je geduld", reply: "@user Bedankt voor je geduld! ^Anne", want: []string{"Bedankt voor je geduld"}},
		{name: "beste klant", reply: "Beste klant, uw pakket is onderweg. ^Anne", want: []string{"Beste klant"}},
		{name: "sorry to hear that", reply: "@user Sorry to hear that! We'll send a new one today. ^JS", want: []string{"Sorry to hear that"}},
		{name: "apologize for any inconvenience", reply: "@user We apologize for any inconvenience. ^JS", want: []string{"apologize for any inconvenience"}},
		{name: "we understand your frustration", reply: "@user We understand your frustration. ^JS", want: []string{"We understand your frustration"}},
		{name: "thank you for your patience", reply: "@user Thank you for your patience. ^JS", want: []string{"Thank you for your patience"}},
		{name: "ongoing patience", reply: "@user Thanks for your ongoing patience! The fix ships Friday. ^JS", want: []string{"Thanks for your ongoing patience"}},
		{name: "naar om te lezen", reply: "@user Wat naar om te lezen! We sturen je vandaag een nieuwe. ^Anne", want: []string{"Wat naar om te lezen"}},
		{name: "naar with the situation is specific", reply: "@user Wat naar dat je pakket kapot aankwam. We sturen je vandaag een nieuwe. ^Anne"},
		{name: "satisfaction is our priority", reply: "@user Your satisfaction is our top priority. ^JS", want: []string{"Your satisfaction is our top priority"}},
		{name: "dear customer", reply: "Dear customer, your order has shipped. ^JS", want: []string{"Dear customer"}},

		{name: "specific empathy", reply: "@user Wat vervelend dat je pakket na een week nog niet binnen is. ^Anne"},
		{name: "goed voor te stellen", reply: "@user Goed voor te stellen dat dit teleurstellend is. ^Anne"},
		{name: "specific apology", reply: "@user Sorry that your parcel arrived two days late. ^JS"},
	})
}

func TestClicheSuggestionUsesTheCustomersWords(t *testing.T) {
	res := Lint(tone.Input{
		Text:     "@user Wat vervelend om te lezen. We sturen vandaag een nieuwe. ^Anne",
		Incoming: "Mijn stofzuiger is na twee dagen al kapot, echt belachelijk.",
	}, nil)
	var sugg []string
	for _, f := range res.Findings {
		if f.Rule == "hollow-cliche" {
			sugg = f.Suggestions
		}
	}
	require.NotEmpty(t, sugg)
	assert.Contains(t, sugg[0], "stofzuiger")
}

func TestSignature(t *testing.T) {
	runRuleCases(t, "signature", []ruleCase{
		{name: "no sign-off", reply: "@user We sturen je vandaag een nieuwe.", want: []string{"."}},
		{name: "team only", reply: "@user We sturen je vandaag een nieuwe. Team Webcare", want: []string{"Team Webcare"}},
		{name: "english team only", reply: "@user We'll send a new one today. The Support Team", want: []string{"The Support Team"}},
		{name: "name only in the body", reply: "@user Hoi, Anne hier! We sturen je vandaag een nieuwe.", want: []string{"."}},
		{name: "last part of a thread", reply: "@user en je ontvangt hem morgen. 2/2", want: []string{"2/2"}},
		{name: "a closing word is not a sign-off", reply: "@tom Thanks! Maybe tomorrow.\nWe are not responsible.", want: []string{"."}},

		{name: "caret initials", reply: "@user We sturen je vandaag een nieuwe. ^EK"},
		{name: "caret name", reply: "@user We sturen je vandaag een nieuwe. ^Willemijn"},
		{name: "dash name", reply: "@user We sturen je vandaag een nieuwe. -Anne"},
		{name: "dash space name", reply: "@user We'll send a new one today. - Jimy"},
		{name: "slash initials", reply: "@user We'll send a new one today. /MT"},
		{name: "tilde name", reply: "@user We'll send a new one today. ~Sam"},
		{name: "groet", reply: "@user We sturen je vandaag een nieuwe.\nGroet, Anne"},
		{name: "groetjes", reply: "@user We sturen je vandaag een nieuwe. Groetjes, Noor"},
		{name: "full closing with role", reply: "Beste Sanne,\n\nWe sturen je vandaag een nieuwe.\n\nMet vriendelijke groet,\nMarieke Jansen, teamleider klantenservice"},
		{name: "english closing with role", reply: "Hi Tom, we'll send a new one today.\n\nBest, Laura, Customer Care Team Lead"},
		{name: "followed by emoji", reply: "@user Fijne dag! ^EK 😊"},
		{name: "followed by a link", reply: "@user Kijk hier voor de actie. ^Lino https://t.co/abc123"},
		{name: "followed by 2/2", reply: "@user en je ontvangt hem morgen. ^EK 2/2"},
		{name: "first part of a thread", reply: "@user 1/2 We hebben je bestelling gevonden"},
		{name: "glued caret", reply: "@user We gaan ermee aan de slag.^Liza"},
		{name: "hyphenated name", reply: "@user Ik zet het door. ^Jan-Nicolaas"},
		{name: "private channel", reply: "We hebben je geld teruggestort.", channel: "private"},
	})
}

func TestSignatureRoleIsInfo(t *testing.T) {
	res := Lint(tone.Input{Text: "@user We sturen je vandaag een nieuwe. ^Anne"}, nil)
	require.Len(t, res.Findings, 1)
	assert.Equal(t, "signature", res.Findings[0].Rule)
	assert.Equal(t, Info, res.Findings[0].Severity)

	cfg, err := ParseConfig("team.yaml", []byte("signature:\n  require_role: true\n"))
	require.NoError(t, err)
	res = Lint(tone.Input{Text: "@user We sturen je vandaag een nieuwe. ^Anne"}, cfg)
	require.Len(t, res.Findings, 1)
	assert.Equal(t, Warning, res.Findings[0].Severity)
}

func TestMixedAddress(t *testing.T) {
	runRuleCases(t, "mixed-address", []ruleCase{
		{name: "u among je", reply: "@user Je pakket komt morgen. Kunt u dan thuis zijn? Je hoort van ons. ^Anne", want: []string{"u"}},
		{name: "jouw among u", reply: "Beste heer Jansen, uw pakket komt morgen. Wij sturen u een mail met jouw code. ^Anne", want: []string{"jouw"}},

		{name: "only je", reply: "@user Je pakket komt morgen, we sturen je een mail. ^Anne"},
		{name: "only u", reply: "@user Uw pakket komt morgen, wij sturen u een mail. ^Anne"},
		{name: "jullie beside je", reply: "@user Leuk dat jullie er waren, je bent altijd welkom! ^Anne"},
		{name: "U as a letter", reply: "@user Je vindt de Coca-Cola in vak U bij de kassa. ^Anne"},
		{name: "english you", reply: "@user You can find it in aisle U. ^JS"},
	})
}

func TestPublicPII(t *testing.T) {
	runRuleCases(t, "public-pii", []ruleCase{
		{name: "personal e-mail", reply: "@user We mailen het naar sanne.devries@gmail.com. ^Anne", want: []string{"sanne.devries@gmail.com"}},
		{name: "mobile number", reply: "@user We bellen je op 06-12345678. ^Anne", want: []string{"06-12345678"}},
		{name: "mobile with spaces", reply: "@user We bellen je op 06 12 34 56 78. ^Anne", want: []string{"06 12 34 56 78"}},
		{name: "uk mobile", reply: "@user We'll call you on +44 7700 900123. ^JS", want: []string{"+44 7700 900123"}},
		{name: "our store's address", reply: "@user Onze winkel op de Kalverstraat 1, 1012 NX Amsterdam is vanaf morgen weer open. ^Anne"},
		{name: "your address near ours", reply: "@user Klopt je adres Kerkstraat 12, 3511 AB Utrecht? Onze winkel is dichtbij. ^Anne", want: []string{"Kerkstraat 12", "3511 AB"}},
		{name: "iban", reply: "@user We storten het op NL91ABNA0417164300. ^Anne", want: []string{"NL91ABNA0417164300"}},
		{name: "street address", reply: "@user We bezorgen op Dorpsstraat 12 in Utrecht. ^Anne", want: []string{"Dorpsstraat 12"}},
		{name: "postcode with number", reply: "@user Klopt het adres 1234 AB 12? ^Anne", want: []string{"1234 AB 12"}},
		{name: "bsn", reply: "@user Je BSN 123456782 hebben we genoteerd. ^Anne", want: []string{"BSN 123456782"}},
		{name: "date of birth", reply: "@user We zien geboortedatum 12-03-1985 in je account. ^Anne", want: []string{"geboortedatum 12-03-1985"}},

		{name: "0800 number", reply: "@user Bel ons gerust op 0800-0123. ^Anne"},
		{name: "088 number", reply: "@user Bel ons op 088 123 45 67. ^Anne"},
		{name: "service address", reply: "@user Mail naar klantenservice@winkel.nl. ^Anne"},
		{name: "info address", reply: "@user Mail us at info@example.com. ^JS"},
		{name: "masked phone", reply: "@user We bellen je op 06-****5678. ^Anne"},
		{name: "order number", reply: "@user Je bestelling 3051234567 is onderweg. ^Anne"},
		{name: "private channel", reply: "We bellen je op 06-12345678.", channel: "private"},
		{name: "the company's WhatsApp line", reply: "@user Je kunt ons ook bereiken via WhatsApp op 06-12345678. ^Anne"},
		{name: "a PO box", reply: "@user Stuur het naar Postbus 160, 3000 AD Rotterdam. ^Anne"},
	})
}

func TestDMMove(t *testing.T) {
	runRuleCases(t, "dm-move", []ruleCase{
		{name: "order number in public", reply: "@user Wat is je ordernummer? Dan kijk ik mee. ^Anne", want: []string{"ordernummer"}},
		{name: "address in public", reply: "@user Kun je je postcode en huisnummer sturen? ^Anne", want: []string{"postcode"}},
		{name: "english order number", reply: "@user Can you share your order number so we can check? ^JS", want: []string{"order number"}},
		{name: "ontvang ik graag", reply: "@user Daarvoor ontvang ik graag je ordernummer en e-mailadres. ^Anne", want: []string{"ordernummer"}},
		{name: "horen we graag", reply: "@user Dan horen we graag wat je bestelnummer is. ^Anne", want: []string{"bestelnummer"}},
		{name: "hebben we nodig", reply: "@user Om te kijken hebben we je postcode nodig. ^Anne", want: []string{"postcode"}},
		{name: "horen we graag without data", reply: "@user We horen graag hoe het smaakte! ^Anne"},
		{name: "data not needed", reply: "@user We hebben je gegevens niet nodig: de nieuwe bestelling staat al klaar. ^Anne"},
		{name: "personal matter left in public is info, not a warning", reply: "@user We gaan ernaar kijken. ^Anne",
			incoming: "Mijn bestelling is al twee weken niet geleverd, belachelijk!"},
		{name: "a how-to answer needs no DM", reply: "@user Dat kan tot 22:00 via Mijn bestellingen in de app. ^Anne",
			incoming: "Kan ik mijn bestelling nog wijzigen?"},

		{name: "DM request", reply: "@user Stuur ons een DM met je ordernummer, dan kijk ik mee. ^Anne"},
		{name: "PB", reply: "@user Wil je je postcode en huisnummer in een PB sturen? ^Anne"},
		{name: "we sent a DM", reply: "@user We hebben je een DM gestuurd. ^Anne"},
		{name: "call us", reply: "@user Bel ons op 0800-0123 met je klantnummer bij de hand. ^Anne"},
		{name: "DM us", reply: "@user Please DM us your order number. ^JS"},
		{name: "private message", reply: "@user Send us a private message with your booking number. ^JS"},
		{name: "order number not asked", reply: "@user Je ordernummer vind je in de bevestigingsmail. ^Anne"},
		{name: "general outage", reply: "@user De storing is verholpen, alles werkt weer. ^Anne",
			incoming: "Is de app nou weer plat? Ik kan niet inloggen!"},
		{name: "resolved without data", reply: "@user Ik heb je geld vandaag teruggestort. ^Anne",
			incoming: "Mijn bestelling is niet geleverd, ik wil mijn geld terug!"},
		{name: "a concrete step without data", reply: "@user Ik heb bij de bezorger nagevraagd waar het misging. Je hebt het morgen voor 18:00 in huis. ^Anne",
			incoming: "Mijn pakket is nog steeds niet bezorgd, belachelijk!"},
	})
}

func TestDefensive(t *testing.T) {
	runRuleCases(t, "defensive", []ruleCase{
		{name: "zoals eerder aangegeven", reply: "@user Zoals eerder aangegeven bezorgen we niet op zondag. ^Anne", want: []string{"Zoals eerder aangegeven"}},
		{name: "zoals mijn collega aangaf", reply: "@user Zoals mijn collega eerder aangaf, bezorgen we niet op zondag. ^Anne", want: []string{"Zoals mijn collega eerder aangaf"}},
		{name: "staat op de website", reply: "@user Dat staat duidelijk op de website. ^Anne", want: []string{"Dat staat duidelijk op de website"}},
		{name: "je had moeten", reply: "@user Je had het pakket binnen 14 dagen moeten retourneren. ^Anne", want: []string{"Je had het pakket binnen 14 dagen moeten"}},
		{name: "dat klopt niet", reply: "@user Dat klopt niet. ^Anne", want: []string{"Dat klopt niet"}},
		{name: "niet onze schuld", reply: "@user Dat is niet onze schuld. ^Anne", want: []string{"Dat is niet onze schuld"}},
		{name: "niet verantwoordelijk", reply: "@user Wij zijn niet verantwoordelijk voor PostNL. ^Anne", want: []string{"Wij zijn niet verantwoordelijk"}},
		{name: "niets aan doen", reply: "@user Daar kunnen wij niets aan doen. ^Anne", want: []string{"Daar kunnen wij niets aan doen"}},
		{name: "systeem nu eenmaal", reply: "@user Ons systeem is nu eenmaal zo. ^Anne", want: []string{"Ons systeem is nu eenmaal zo"}},
		{name: "iedereen tevreden", reply: "@user Iedereen anders is wel tevreden. ^Anne", want: []string{"Iedereen anders is wel tevreden"}},
		{name: "as previously stated", reply: "@user As previously stated, we don't ship on Sundays. ^JS", want: []string{"As previously stated"}},
		{name: "you should have", reply: "@user You should have checked the size chart. ^JS", want: []string{"You should have"}},
		{name: "not our fault", reply: "@user That's not our fault. ^JS", want: []string{"That's not our fault"}},
		{name: "we are not responsible", reply: "@user We are not responsible for courier delays. ^JS", want: []string{"We are not responsible"}},
		{name: "geen verband zien", reply: "@user Excuses voor het wachten. We zien echter niet de link met de storing van gisteren. ^Anne", want: []string{"We zien echter niet de link met"}},
		{name: "no connection", reply: "@user We don't see the connection between the update and your battery. ^JS", want: []string{"We don't see the connection between"}},

		{name: "volgens onze voorwaarden is allowed", reply: "@user Volgens onze voorwaarden kun je 30 dagen retourneren. ^Anne"},
		{name: "per our policy is allowed", reply: "@user Per our policy, returns are free within 30 days. ^JS"},
		{name: "you had to wait", reply: "@user Je hebt even geduld moeten hebben, maar hij is er! ^Anne"},
		{name: "mijn collega helpt", reply: "@user Mijn collega belt je vandaag, zoals afgesproken. ^Anne"},
		{name: "zoals besproken refers to a DM", reply: "@user Zoals besproken in het privébericht sturen we vandaag een nieuwe. ^Anne"},
		{name: "website as a reference", reply: "@user Dat staat op de website onder Retouren: je meldt het gratis aan via de link. ^Anne"},
		{name: "agreeing that it is wrong", reply: "@user Je hebt gelijk: dat klopt niet. We passen de prijs vandaag aan. ^Anne"},
		{name: "admitting a mistake", reply: "@user Dat klopt niet, excuses! De juiste prijs is €2,49. ^Anne"},
		{name: "dat ligt niet aan jou reassures", reply: "@user Nee hoor, dat ligt niet aan jou: de storing is landelijk. ^Anne"},
		{name: "a link that is a URL", reply: "@user We zien de link die je stuurde niet, kun je hem opnieuw sturen? ^Anne"},
		{name: "a link you sent", reply: "@user We can't see the link you sent, could you resend it? ^JS"},
		{name: "should have as possession", reply: "@user With the Plus plan you should have the extra storage straight away. ^JS"},
		{name: "you should have received is self-criticism", reply: "@user Je had hier een mail over moeten krijgen, onze excuses. ^Anne"},
	})
}

func TestMinimizing(t *testing.T) {
	runRuleCases(t, "minimizing", []ruleCase{
		{name: "maar een kleine vertraging", reply: "@user Het is maar een kleine vertraging. ^Anne", want: []string{"Het is maar een kleine vertraging"}},
		{name: "valt wel mee", reply: "@user Dat valt wel mee hoor. ^Anne", want: []string{"valt wel mee"}},
		{name: "slechts", reply: "@user Het gaat om slechts 10 minuten vertraging. ^Anne", want: []string{"slechts 10 minuten"}},
		{name: "geen ramp", reply: "@user Een dag later is toch geen ramp? ^Anne", want: []string{"is toch geen ramp"}},
		{name: "niet zo erg", reply: "@user Dat is niet zo erg. ^Anne", want: []string{"niet zo erg"}},
		{name: "just a minor", reply: "@user It's just a minor delay. ^JS", want: []string{"It's just a minor"}},
		{name: "no big deal", reply: "@user No big deal, it will arrive. ^JS", want: []string{"No big deal"}},
		{name: "only a small", reply: "@user There's only a small fee. ^JS", want: []string{"only a small"}},

		{name: "even in a request", reply: "@user Stuur ons even een DM? ^Anne"},
		{name: "gewoon as simply", reply: "@user Je kunt gewoon met pin betalen. ^Anne"},
		{name: "valt je mee", reply: "@user Fijn dat het je meevalt! ^Anne"},
		{name: "modesty after thanks", reply: "@user Graag gedaan hoor, het was maar een kleine moeite! ^Anne"},
		{name: "easy steps", reply: "@user Retourneren is maar een paar klikken: ga naar Mijn bestellingen. ^Anne"},
		{name: "it's nothing, to a compliment", reply: "@user Thanks Sam! It was just a small thing for us. ^JS", incoming: "Huge thanks to your team, you saved my holiday!"},
	})
}

func TestEmotional(t *testing.T) {
	runRuleCases(t, "emotional", []ruleCase{
		{name: "capitals for emphasis", reply: "@user We bezorgen NIET op zondag. ^Anne", want: []string{"NIET"}},
		{name: "a run of capitals is one finding", reply: "@user WE ARE NOT responsible. ^JS", want: []string{"WE ARE NOT"}},
		{name: "the run stops at an acronym", reply: "@user Those are NOT AAA batteries. ^JS", want: []string{"NOT"}},
		{name: "the customer's words quoted", reply: "@user Je schreef \"werkt NIET!!\", en dat snappen we. We sturen vandaag een nieuwe. ^Anne"},
		{name: "double exclamation", reply: "@user Dat hebben we al gezegd!! ^Anne", want: []string{"!!"}},
		{name: "interrobang", reply: "@user Heb je de mail niet gelezen?! ^Anne", want: []string{"?!"}},
		{name: "tja", reply: "@user Tja, zo gaat dat. ^Anne", want: []string{"Tja"}},
		{name: "nou nou", reply: "@user Nou nou, rustig maar. ^Anne", want: []string{"Nou nou"}},
		{name: "wie zijn wij om", reply: "@user Wie zijn wij om dat te beoordelen. ^Anne", want: []string{"Wie zijn wij om"}},
		{name: "seriously", reply: "@user Seriously?! Read the FAQ. ^JS", want: []string{"Seriously", "?!"}},

		{name: "acronyms", reply: "@user De NS en de KLM rijden weer, ook het OV. ^Anne"},
		{name: "one exclamation", reply: "@user Wat leuk om te horen! ^Anne"},
		{name: "emoji", reply: "@user Smakelijk eten 😄🎉 ^Anne"},
		{name: "kun je lezen is not a jab", reply: "@user Meer hierover kun je lezen op onze website. ^Anne"},
		{name: "an empathic opener", reply: "@user Jeetje, wat een schrik voor je dochter. Stuur ons een DM? ^Anne"},
	})
}

func TestContextRules(t *testing.T) {
	complaint := "Mijn pakket is al een week te laat en niemand reageert. Belachelijk!"
	t.Run("apology-missing", func(t *testing.T) {
		runRuleCases(t, "apology-missing", []ruleCase{
			{name: "complaint without apology", reply: "@user We sturen je vandaag een nieuw pakket. ^Anne", incoming: complaint,
				want: []string{"We sturen je vandaag een nieuw pakket."}},
			{name: "clichéd apology counts", reply: "@user Excuses voor het ongemak, we sturen vandaag een nieuwe. ^Anne", incoming: complaint},
			{name: "sorry", reply: "@user Sorry dat je pakket een week te laat is! ^Anne", incoming: complaint},
			{name: "question needs none", reply: "@user We zijn tot 22:00 open. ^Anne", incoming: "Hoe laat zijn jullie vanavond open?"},
			{name: "compliment needs none", reply: "@user Wat leuk, dank je! ^Anne", incoming: "Top service, snel geleverd! Bedankt!"},
			{name: "no incoming", reply: "@user We sturen je vandaag een nieuw pakket. ^Anne"},
		})
	})
	t.Run("address-match", func(t *testing.T) {
		runRuleCases(t, "address-match", []ruleCase{
			{name: "customer u, reply je", reply: "@user Sorry, je krijgt vandaag een nieuwe. ^Anne",
				incoming: "Kunt u mij vertellen waar mijn pakket blijft?", want: []string{"je"}},
			{name: "customer u, reply u", reply: "@user Sorry, u krijgt vandaag een nieuwe. ^Anne", incoming: "Kunt u mij vertellen waar mijn pakket blijft?"},
			{name: "customer je, reply je", reply: "@user Sorry, je krijgt vandaag een nieuwe. ^Anne", incoming: "Kun je me vertellen waar mijn pakket blijft?"},
		})
	})
	t.Run("length", func(t *testing.T) {
		long := "@user " + repeat("Wat balen dat je pakket te laat is. ", 9) + "^Anne"
		runRuleCases(t, "length", []ruleCase{
			{name: "over 280 in public", reply: long, want: []string{long[len("@user ")+280:]}},
			{name: "email has no limit", reply: long, channel: "email"},
			{name: "links count as 23", reply: "@user Kijk hier: https://www.example.com/" + repeat("a", 300) + " ^Anne"},
			{name: "an attached media link is free", reply: "@user " + repeat("Wat balen dat je pakket te laat is. ", 7) + "^Anne https://t.co/AbCdEfGh12"},
		})
	})
}

func repeat(s string, n int) string {
	out := ""
	for range n {
		out += s
	}
	return out
}

func TestAdvisoryContextRules(t *testing.T) {
	res := Lint(tone.Input{
		Text:     "@user We kijken ernaar. ^Anne",
		Incoming: "Mijn stofzuiger is na twee dagen kapot. Echt belachelijk!",
	}, nil)
	got := map[string]Severity{}
	for _, f := range res.Findings {
		got[f.Rule] = f.Severity
	}
	assert.Equal(t, Warning, got["apology-missing"])
	assert.Equal(t, Info, got["empathy-missing"])
	assert.Equal(t, Info, got["no-next-step"])
	assert.Equal(t, Info, got["mirror"])

	good := Lint(tone.Input{
		Text:     "@user Wat balen dat je stofzuiger na twee dagen al kapot is, sorry! Stuur ons een DM met je ordernummer, dan sturen we vandaag een nieuwe. ^Anne, webcare",
		Incoming: "Mijn stofzuiger is na twee dagen kapot. Echt belachelijk!",
	}, nil)
	assert.Empty(t, good.Findings)
}

// TestRulesExamples runs the remaining examples RULES.md gives, so every
// one of them is a test.
func TestRulesExamples(t *testing.T) {
	t.Run("hedging", func(t *testing.T) {
		runRuleCases(t, "hedging", []ruleCase{
			{name: "mogelijkerwijs", reply: "@user Mogelijkerwijs is het adres onjuist. ^EK", want: []string{"Mogelijkerwijs"}},
			{name: "vermoedelijk", reply: "@user Vermoedelijk is de bus uitgevallen. ^EK", want: []string{"Vermoedelijk"}},
			{name: "ik denk dat", reply: "@user Ik denk dat je pakket morgen komt. ^EK", want: []string{"Ik denk dat"}},
			{name: "perhaps", reply: "@user Perhaps the driver missed you. ^JS", want: []string{"Perhaps"}},
			{name: "possibly", reply: "@user It was possibly lost in transit. ^JS", want: []string{"possibly"}},
			{name: "hopefully", reply: "@user Hopefully it arrives tomorrow. ^JS", want: []string{"Hopefully"}},
			{name: "I believe", reply: "@user I believe the refund went through. ^JS", want: []string{"I believe"}},
			{name: "I guess", reply: "@user I guess the update caused it. ^JS", want: []string{"I guess"}},
			{name: "normaal gesproken is allowed", reply: "@user Normaal gesproken bezorgen we voor 18:00. ^EK"},
			{name: "we'll try is allowed", reply: "@user We'll try to get it to you today. ^JS"},
			{name: "would you", reply: "@user Would you DM us your order number? ^JS"},
		})
	})
	t.Run("public-pii", func(t *testing.T) {
		runRuleCases(t, "public-pii", []ruleCase{
			{name: "+31 6", reply: "@user We bellen je op +31 6 12345678. ^EK", want: []string{"+31 6 12345678"}},
			{name: "the company's URL", reply: "@user Kijk op https://www.winkel.nl/klantenservice. ^EK"},
		})
	})
	t.Run("dm-move", func(t *testing.T) {
		runRuleCases(t, "dm-move", []ruleCase{
			{name: "booking number", reply: "@user What's your booking number? ^JS", want: []string{"booking number"}},
			{name: "bank details", reply: "@user Kun je je rekeningnummer sturen? ^EK", want: []string{"rekeningnummer"}},
			{name: "date of birth", reply: "@user Can you confirm your date of birth? ^JS", want: []string{"date of birth"}},
			{name: "ik stuur je een DM", reply: "@user Ik stuur je een DM, daarin vraag ik je ordernummer. ^EK"},
			{name: "we've sent you a DM", reply: "@user We've sent you a DM asking for your account email. ^JS"},
			{name: "stuur ons een PB", reply: "@user Stuur ons een PB met je klantnummer? ^EK"},
		})
	})
	t.Run("minimizing", func(t *testing.T) {
		runRuleCases(t, "minimizing", []ruleCase{
			{name: "het is maar", reply: "@user Het is maar een dag later. ^EK", want: []string{"Het is maar een"}},
			{name: "not a big deal", reply: "@user It's not a big deal, it ships Monday. ^JS", want: []string{"not a big deal"}},
		})
	})
	t.Run("emotional", func(t *testing.T) {
		runRuleCases(t, "emotional", []ruleCase{
			{name: "BEST", reply: "@user Dat mag je BEST zelf nakijken. ^EK", want: []string{"BEST"}},
			{name: "WEL", reply: "@user We hebben WEL gebeld. ^EK", want: []string{"WEL"}},
			{name: "friendly humour", reply: "@user Haha, die komt goed 😉 ^EK"},
		})
	})
	t.Run("apology-missing", func(t *testing.T) {
		complaint := "I've been waiting two weeks for my refund. Terrible service."
		runRuleCases(t, "apology-missing", []ruleCase{
			{name: "english complaint without apology", reply: "@user Your refund is on its way. ^JS", incoming: complaint,
				want: []string{"Your refund is on its way."}},
			{name: "apologise", reply: "@user We apologise, your refund goes out today. ^JS", incoming: complaint},
			{name: "het spijt ons", reply: "@user Het spijt ons, je krijgt je geld vandaag terug. ^EK", incoming: "Al twee weken wacht ik op mijn geld. Waardeloos!"},
			// Apologies in forms other than "sorry": regret, pardon.
			{name: "we regret", reply: "@user We regret the wait; your refund goes out today. ^JS", incoming: complaint},
			{name: "pardon our delay", reply: "@user Pardon our delay, your refund goes out today. ^JS", incoming: complaint},
			{name: "wij betreuren", reply: "@user Wij betreuren dit, je krijgt je geld vandaag terug. ^EK", incoming: "Al twee weken wacht ik op mijn geld. Waardeloos!"},
			{name: "we betreuren het zeer", reply: "@user We betreuren het zeer dat dit zo liep. Je krijgt je geld vandaag terug. ^EK", incoming: "Al twee weken wacht ik op mijn geld. Waardeloos!"},
			// Near misses: "pardon?" asks, and "jammer" regrets nothing of ours.
			{name: "pardon asks", reply: "@user Pardon? Your refund goes out today. ^JS", incoming: complaint, want: []string{"Pardon?"}},
			{name: "jammer is no apology", reply: "@user Jammer dat je vertrekt. Je krijgt je geld vandaag terug. ^EK", incoming: "Al twee weken wacht ik op mijn geld. Waardeloos!", want: []string{"Jammer dat je vertrekt."}},
		})
	})
}
