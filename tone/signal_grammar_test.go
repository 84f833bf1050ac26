package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Privacy by its grammar, who did what with whose data: the data of a
// (completely) different person or a previous tenant, a third party who
// got the customer's data through the company, staff who copy an
// identity document, "where did you get my number", data changed that
// the customer did not change. Changing one's own data is no incident.
func TestPrivacyWhoDidWhatWithWhoseData(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Vandaag een brief gekregen met naam en klantnummer van een heel andere meneer erin.", SignalPrivacy, true},
		{"Ik krijg steeds de aanmaningen van mijn vorige verhuurder in mijn mailbox, met zijn IBAN erop", SignalPrivacy, true},
		{"Mijn ex-man heeft via jullie servicedesk mijn nieuwe adres gekregen!", SignalPrivacy, true},
		{"De medewerker bij de kassa maakte met zijn mobiel een foto van mijn identiteitskaart.", SignalPrivacy, true},
		{"Hoe komen jullie aan mijn 06-nummer? Ik ben nooit klant geweest.", SignalPrivacy, true},
		{"Wie heeft mijn bezorgadres gewijzigd? Mijn pakket ging naar Tilburg.", SignalPrivacy, true},
		{"Hoe kan ik mijn bezorgadres wijzigen voor de volgende bestelling?", SignalPrivacy, false},
		{"Ik heb een foto van mijn kapotte lamp gemaakt, waar kan ik die sturen?", SignalPrivacy, false},
		{"Voortaan ben ik bereikbaar op een ander nummer, kunnen jullie dat aanpassen?", SignalPrivacy, false},

		{"The letter had the account number of a completely different customer on it.", SignalPrivacy, true},
		{"Still receiving bills meant for the previous tenant, with her bank details.", SignalPrivacy, true},
		{"My ex got my new address from your call centre. Unbelievable.", SignalPrivacy, true},
		{"Where did you get my phone number? I never gave it to you.", SignalPrivacy, true},
		{"Who changed my delivery address? My order went to Leeds.", SignalPrivacy, true},
		{"How do I change my delivery address for the next order?", SignalPrivacy, false},
		{"I took a photo of the broken lamp, where do I send it?", SignalPrivacy, false},
	})
}

// Churn told as the future with another company: "next month I'm with
// X", "from now on I shop at X", "I'll order from them instead", the last
// order ever, looking around among other providers. The future with this
// company, or a question about it, is no intent to leave.
func TestChurnToAnotherCompanyInTheFuture(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Klaar mee. Vanaf volgende maand zit ik gewoon bij de concurrent.", SignalChurn, true},
		{"Mijn pakketten gaan voortaan via PostNL, daar komen ze tenminste aan.", SignalChurn, true},
		{"De Lidl heeft het wel gewoon op voorraad, daar koop ik voortaan.", SignalChurn, true},
		{"We zijn aan het rondkijken bij andere internetaanbieders.", SignalChurn, true},
		{"Voortaan bestel ik alleen nog bij jullie, top service!", SignalChurn, false},
		{"Kan ik voortaan ook via de app betalen?", SignalChurn, false},
		{"Voortaan kijk ik eerst in mijn account voordat ik bel.", SignalChurn, false},

		{"From now on I'm buying my coffee at the place across the road.", SignalChurn, true},
		{"Their van actually turns up, so I'll be ordering from them instead.", SignalChurn, true},
		{"That is the last booking I ever make with you.", SignalChurn, true},
		{"From now on I'll order through your app, so much easier!", SignalChurn, false},
		{"Can I pay with the app from now on?", SignalChurn, false},
	})
}

// Legal as liability in any word order, and a lawyer or a court named in
// a plain question: a doubt, not the signal; a person looks.
func TestLegalLiabilityAndTheDoubtOfAQuestion(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Ik stel jullie volledig aansprakelijk voor de waterschade.", SignalLegal, true},
		{"Mijn rechtsbijstandsverzekeraar stuurt jullie een brief.", SignalLegal, true},
		{"Ik ga hiermee naar het Juridisch Loket.", SignalLegal, true},
		{"I am holding you liable for the broken windscreen.", SignalLegal, true},
		{"Goedemiddag, mag mijn advocaat het pakket voor mij ophalen?", SignalLegal, false},
		{"Hi, could my lawyer collect the parcel for me? Thanks", SignalLegal, false},
	})
	for _, c := range []struct{ text, lang string }{
		{"Goedemiddag, mag mijn advocaat het pakket voor mij ophalen?", "nl"},
		{"Hi, could my lawyer collect the parcel for me? Thanks", "en"},
	} {
		m := ReadMessage(c.text, c.lang)
		assert.True(t, m.NeedsHuman, c.text)
		assert.NotEmpty(t, m.Doubts[SignalLegal], c.text)
	}
	m := ReadMessage("Drie weken geen antwoord. Moet ik eerst een advocaat inschakelen voordat jullie reageren?", "nl")
	assert.True(t, m.Has(SignalLegal), "a lawyer asked about in a complaint is the signal: %v", m.Why)
	assert.Empty(t, m.Doubts)
}

// Safety with words between the parts: a product that got so hot it
// melted, a gas smell "al dagen", an alarm that did not go off in smoke,
// a finger sliced open, sick all night after a meal. The same words for
// chocolate in the sun, a red light, a smoke alarm's battery or a cold are
// no danger, and mould on food is a spoiled product (SignalSpoiled: the
// safety signal the handmade labels give it, but a complaint for triage,
// as a slug in the salad is), not a hazard.
func TestSafetyWithWordsBetween(t *testing.T) {
	checkSignals(t, []signalCase{
		{"De oplader werd zo heet dat het plastic begon te smelten.", SignalSafety, true},
		{"In de hal van ons flatgebouw ruikt het al een week naar gas.", SignalSafety, true},
		{"Toen de pan vlam vatte ging jullie rookmelder gewoon niet af.", SignalSafety, true},
		{"Vannacht ging de koolmonoxidemelder af bij de nieuwe ketel.", SignalSafety, true},
		{"De chocolade begon te smelten in de auto, jammer.", SignalSafety, false},
		{"Het oranje lampje begint te branden bij het opstarten, wat betekent dat?", SignalSafety, false},
		{"Mijn rookmelder piept steeds, welke batterij moet erin?", SignalSafety, false},

		{"The charger got so hot that the casing started to melt.", SignalSafety, true},
		{"Green mould growing on the bottom of the wraps I bought today.", SignalHazard, false},
		{"Green mould growing on the bottom of the wraps I bought today.", SignalSpoiled, true},
		{"Vanochtend zat er al groene schimmel op het brood van gisteren.", SignalHazard, false},
		{"Vanochtend zat er al groene schimmel op het brood van gisteren.", SignalSpoiled, true},
		{"My daughter sliced her thumb open on the lid of your tin.", SignalSafety, true},
		{"We were sick all night after the prawns from your deli.", SignalSafety, true},
		{"The CO alarm went off twice after your engineer fitted the boiler.", SignalSafety, true},
		{"The ice cream started to melt before it arrived, a bit annoying.", SignalSafety, false},
		{"Been ill since Monday so I couldn't collect the parcel, can you hold it?", SignalSafety, false},
		{"How do I test my smoke alarm?", SignalSafety, false},
	})
}

// Press by who writes and where: an editor writing a piece, the papers
// and programmes by name, a customer who sends it to them. The same
// words for an advert seen in the paper, a legal guardian or news read
// with pleasure are no press.
func TestPressByWhoWritesAndWhere(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Ik ben redacteur bij een regionale krant en schrijf een stuk over jullie wachttijden.", SignalPress, true},
		{"Dit stuur ik door naar de Volkskrant, eens kijken of jullie dan wel reageren.", SignalPress, true},
		{"Hallo, ik werk aan een artikel over de storingen van vorige week. Wie kan ik spreken?", SignalPress, true},
		{"Jullie zijn een klant kwijt. Twintig jaar trouw geweest en dit is de dank.", SignalPress, false},
		{"Ik ben opgelicht door een nepwebshop die jullie logo gebruikt.", SignalPress, false},

		{"I'm an editor at a consumer magazine working on a piece about your refund delays.", SignalPress, true},
		{"Forwarding this whole thread to the local paper.", SignalPress, true},
		{"I'm her legal guardian, can I collect the prescription for her?", SignalPress, false},
		{"Saw your offer in the paper, do you deliver to York?", SignalPress, false},
	})
}

// An outage in more word orders: a separable verb in a subordinate
// clause ("internet valt elke avond uit"), "weer eens niet", no picture,
// "internet's been down". Asking whether there is an outage is not.
func TestOutageInMoreWordOrders(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Het internet valt elke avond rond negen uur uit.", SignalOutage, true},
		{"De app doet het weer eens niet, ik kan niet betalen.", SignalOutage, true},
		{"Sinds vanmiddag zwart beeld op alle zenders.", SignalOutage, true},
		{"Is er een storing in Amersfoort?", SignalOutage, false},
		{"Internet's been down since this morning, nothing works.", SignalOutage, true},
		{"Is there an outage in Leeds?", SignalOutage, false},
		// A service with "is"/"was" before the negation, in both languages.
		{"The banking app is not working again, can't pay anyone.", SignalOutage, true},
		{"Your website was not loading all evening.", SignalOutage, true},
		{"De website werkt vandaag weer niet.", SignalOutage, true},
		{"The app is working again, thanks for the quick fix!", SignalOutage, false},
		{"De app werkt weer, top!", SignalOutage, false},
	})
}

// Sarcasm: praise about a failure told with a Dutch separable verb in a
// subordinate clause ("weer een trein die uitvalt"), "never disappoint",
// "stellen nooit teleur". Plain praise is none.
func TestSarcasmPraisesAFailureInASubordinateClause(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Geweldig hoor, weer een bus die uitvalt. Echt fantastisch geregeld.", SignalSarcasm, true},
		{"Jullie stellen ook nooit teleur, pakket alweer kwijt.", SignalSarcasm, true},
		{"Wow, another cancelled train. You never disappoint 🙄", SignalSarcasm, true},
		{"Echt fantastisch geregeld, de monteur was binnen een uur hier. Dank!", SignalSarcasm, false},
		{"Your staff never disappoint, lovely evening, thank you!", SignalSarcasm, false},
	})
}

// A request about the data a company stores on the customer, in more
// words: privacy without a grievance.
func TestPrivacyRequestAboutStoredData(t *testing.T) {
	checkSignals(t, []signalCase{
		{"I'd like to know what information you've got stored on me.", SignalPrivacy, true},
		{"Ik wil graag weten welke gegevens jullie van mij hebben opgeslagen.", SignalPrivacy, true},
		{"What information do I need to store my bike at the station?", SignalPrivacy, false},
	})
}

// More of who did what with whose data: data listed with a neighbour as
// its owner, staff with their own phone at an identity document, someone
// elsewhere using the customer's account, customers' data on a forum (a
// breach, which is privacy too). A neighbour taking in a parcel is none.
func TestPrivacyOfNeighboursAccountsAndForums(t *testing.T) {
	checkSignals(t, []signalCase{
		{"In de envelop zaten de naam, het polisnummer en de declaraties van mijn overbuurman.", SignalPrivacy, true},
		{"De bezorger scande mijn rijbewijs met zijn eigen telefoon.", SignalPrivacy, true},
		{"Volgens de app kijkt iemand vanuit Breda mee op mijn account.", SignalPrivacy, true},
		{"Op een darkweb-site staat een lijst met namen en adressen van jullie klanten.", SignalPrivacy, true},
		{"Mijn buurvrouw heeft het pakket aangenomen, kan ik het daar ophalen?", SignalPrivacy, false},

		{"The envelope had the name and medical bills of my neighbour in it.", SignalPrivacy, true},
		{"Someone in Leeds is watching on my account and I live in Bristol.", SignalPrivacy, true},
		{"There's a dump with names and card numbers of your customers on a hacker forum.", SignalPrivacy, true},
		{"My neighbour took in the parcel, can I collect it from her?", SignalPrivacy, false},
	})
}

// An allergic reaction of one customer is an injury (hoog by the rubric),
// an allergen missing from the label a hazard for every buyer (crisis);
// "-gevaar" compounds and metal or glass compounds are hazards.
func TestAllergyReactionIsInjuryMissingAllergenIsHazard(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Mijn zoon kreeg een allergische reactie na de verkeerde saus op zijn bestelling.", SignalInjury, true},
		{"Mijn zoon kreeg een allergische reactie na de verkeerde saus op zijn bestelling.", SignalHazard, false},
		{"Er zit sesam in de crackers maar het staat nergens op het etiket.", SignalHazard, true},
		{"Jullie lamp heeft brandgevaar volgens de fabrikant, wat nu?", SignalHazard, true},
		{"Er zat een metaalsplinter in mijn soep.", SignalHazard, true},
		{"Is jullie nieuwe brood geschikt bij een glutenallergie?", SignalSafety, false},

		{"My daughter had an allergic reaction after you put nuts on her order.", SignalInjury, true},
		{"My daughter had an allergic reaction after you put nuts on her order.", SignalHazard, false},
		{"Your bread has wheat flour in it but it is not on the pack. My coeliac son ate it.", SignalHazard, true},
		{"Is the new bread suitable for a nut allergy?", SignalSafety, false},
	})
}

// The whole of a region is widespread; the whole of an order is not.
func TestWidespreadNamesARegion(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Heel Noord-Brabant zit zonder internet sinds twee uur.", SignalWidespread, true},
		{"Halve Nederland klaagt over storing bij jullie.", SignalWidespread, true},
		{"The whole of Scotland has no mobile signal since this morning.", SignalWidespread, true},
		{"Your app has been down across the whole UK for three hours.", SignalWidespread, true},
		{"I paid the whole of the bill and still got a reminder.", SignalWidespread, false},
	})
}

// Privacy as what anyone can see, a login code nobody asked for, staff
// who use a customer's number privately, medication handed to the wrong
// person, an erasure asked in any word order, another customer's account
// in the possessive.
func TestPrivacyWhatAnyoneCanSeeAndCodesNobodyAsked(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Via jullie app kan iedereen zien waar ik woon als ze mijn naam intypen.", SignalPrivacy, true},
		{"Ik kreeg een inlogcode per sms terwijl ik helemaal niet aan het inloggen was.", SignalPrivacy, true},
		{"De monteur heeft mijn nummer uit de opdracht gebruikt om mij privé te appen.", SignalPrivacy, true},
		{"De apotheek gaf mijn medicijnen mee aan de verkeerde persoon.", SignalPrivacy, true},
		{"Ik wil dat u al mijn gegevens per direct verwijdert.", SignalPrivacy, true},
		{"Iedereen kan zien dat de bus vol zit, zet er een extra bus in.", SignalPrivacy, false},
		{"Ik kreeg de inlogcode niet binnen, kunnen jullie hem opnieuw sturen?", SignalPrivacy, false},

		{"Through your app anyone can find out where I live from my name.", SignalPrivacy, true},
		{"Got a login code by text and I wasn't even trying to log in.", SignalPrivacy, true},
		{"Your engineer used my number from the job sheet to text me on WhatsApp.", SignalPrivacy, true},
		{"I logged in and saw a different customer's account and card.", SignalPrivacy, true},
		{"I want all my personal data deleted from your systems.", SignalPrivacy, true},
		{"The login code never arrives, can you resend it?", SignalPrivacy, false},
	})
}

// Safety in a shop or kitchen: a lid that shattered on its own, a spill
// without a sign, a fall nearly made. Falling asleep is none.
func TestSafetyShatteredAndNearlyFell(t *testing.T) {
	checkSignals(t, []signalCase{
		{"The glass lid of your casserole dish shattered on its own in the oven.", SignalSafety, true},
		{"Puddle of water by the tills and no sign, my dad nearly went flying.", SignalSafety, true},
		{"Your film was so slow I nearly fell asleep.", SignalSafety, false},
	})
}

// Privacy as an objection to the use of one's data, a question of whom it
// was shared with, a sign-in the customer does not know, a contract they
// never took out, a third person's data on their letter, data called out
// across a room or posted on a courier's own social media. A new phone
// and a newsletter to leave are none.
func TestPrivacyObjectionsSignInsAndThirdPersons(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Hierbij maak ik bezwaar tegen het gebruik van mijn gegevens voor reclame.", SignalPrivacy, true},
		{"Aan wie hebben jullie mijn telefoonnummer doorgegeven? Ik word overal gebeld.", SignalPrivacy, true},
		{"Melding gekregen: nieuwe inlog vanaf een laptop in Rotterdam. Ik zat thuis.", SignalPrivacy, true},
		{"Er loopt een verzekering op mijn rekening die ik nooit heb afgesloten.", SignalPrivacy, true},
		{"In jullie mail stond onderaan gewoon haar volledige adres.", SignalPrivacy, true},
		{"De apothekersassistente noemde mijn diagnose door de hele apotheek.", SignalPrivacy, true},
		{"De bezorger zette een foto van ons huisnummer op zijn eigen Instagram.", SignalPrivacy, true},
		{"Ik heb een nieuwe telefoon, hoe log ik in op de app?", SignalPrivacy, false},

		{"I object to you processing my personal data for advertising.", SignalPrivacy, true},
		{"Got a notification about a new sign-in from Madrid. I live in Leeds.", SignalPrivacy, true},
		{"The letter you sent me shows her full home address and account number.", SignalPrivacy, true},
		{"She read my date of birth out in front of the whole queue.", SignalPrivacy, true},
		{"Your courier put a photo of my house number on his Instagram story.", SignalPrivacy, true},
		{"How do I unsubscribe from your newsletter?", SignalPrivacy, false},
		{"I've got a new phone, how do I log in to the app?", SignalPrivacy, false},
	})
}

// A business customer names itself by its trade or its size; a household
// with two connections is none.
func TestBusinessByTradeOrSize(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Wij zijn als installatiebedrijf al tien jaar klant en zeggen nu op.", SignalBusiness, true},
		{"We hebben 30 medewerkers die sinds maandag niet kunnen bellen.", SignalBusiness, true},
		{"Wij hebben thuis 2 aansluitingen en allebei geen internet.", SignalBusiness, false},
		{"We're a construction firm and your invoices are wrong again.", SignalBusiness, true},
		{"We employ 40 staff and none of them can log in.", SignalBusiness, true},
		{"We have 2 lines at home and both are down.", SignalBusiness, false},
	})
}

// A lone emoji says nothing a person can answer without the thread: the
// reading is unsure.
func TestALoneEmojiIsUnclear(t *testing.T) {
	for _, text := range []string{"👍", "😐", "🙏🙏"} {
		m := ReadMessage(text, "")
		assert.True(t, m.NeedsHuman, text)
		assert.Equal(t, IntentOther, m.Intent, text)
	}
	m := ReadMessage("Top geregeld, dank je wel 👍", "nl")
	assert.False(t, m.NeedsHuman)
}

// "Data breach" as the customer's name for seeing one other customer's
// data is privacy (as "datalek" is in Dutch), not a breach of many.
func TestADataBreachNamedByOneCustomerIsPrivacy(t *testing.T) {
	m := ReadMessage("I can see another customer's orders and address in my account. This is a data breach.", "en")
	assert.True(t, m.Has(SignalPrivacy))
	assert.False(t, m.Has(SignalBreach))
	m = ReadMessage("Hackers have put your customer data online, is mine in it?", "en")
	assert.True(t, m.Has(SignalBreach))
}

// Safety by what happened, not by the word: an allergy the customer
// names is a condition until the allergen was served anyway; a label
// that calls a product free of what it contains is a hazard; a body part
// caught in a door, a driver through a red light or a close call with a
// cyclist is an injury. The same words for an allergy to hold music, a
// hospital as the organisation, a close call with a train, "haar" as
// a pronoun, a hair or slug in the soup (gross, a complaint, no danger) and
// a bug in a game are none.
func TestSafetyByWhatHappened(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Ik had nog gezegd dat mijn zoon een pinda-allergie heeft, toch zat er pindasaus op zijn wrap.", SignalInjury, true},
		{"Mijn dochter heeft een glutenallergie. Hebben jullie ook glutenvrije pizza's?", SignalSafety, false},
		{"Ik raak echt allergisch van die eindeloze wachtrij bij jullie loket.", SignalSafety, false},
		{"Mijn vader heeft volgende week een afspraak in jullie ziekenhuis, waar kan ik parkeren?", SignalSafety, false},
		{"Op de verpakking staat lactosevrij maar achterop staat gewoon melkpoeder.", SignalHazard, true},
		{"Jullie lactosevrije yoghurt bevat echt geen melk, fijn!", SignalSafety, false},
		{"Jullie bezorger reed met zijn busje gewoon door rood terwijl wij overstaken.", SignalInjury, true},
		{"Het scheelde maar een haar met een fietser, die chauffeur keek niet eens.", SignalInjury, true},
		{"Het scheelde een haar of ik had mijn trein gemist, gelukkig was hij te laat.", SignalSafety, false},
		{"Mijn vrouw belde, het pakket ligt nu bij haar op de mat.", SignalSafety, false},
		{"Er zat een schroefje in mijn soep.", SignalHazard, true},
		{"Er zat een lange haar in mijn soep.", SignalSafety, false},
		{"Er kroop een slak over de sla die ik net bij jullie kocht.", SignalSafety, false},
		{"Wanneer gaan jullie minder plastic in de verpakking van het fruit gebruiken?", SignalSafety, false},
		{"Er zat een nietje in mijn broodje gezond.", SignalHazard, true},

		{"The packet says gluten free but the back lists wheat flour.", SignalHazard, true},
		{"It says dairy free and it contains no milk at all, great stuff.", SignalSafety, false},
		{"I'm becoming allergic to your hold music, forty minutes now.", SignalSafety, false},
		{"My son got his hand trapped in the lift door at your station.", SignalInjury, true},
		{"My card got stuck in the ticket machine again.", SignalSafety, false},
		{"Found a staple baked into my bread roll.", SignalHazard, true},
		{"There is a bug in the game where it won't let me load into the shack.", SignalSafety, false},
		{"There was a fly in my soup at your Leeds branch.", SignalSafety, false},
		{"What are you doing to reduce the use of single use plastic in the product lines you carry?", SignalSafety, false},
		{"There was a piece of wire in my kid's burger.", SignalHazard, true},
		{"Is your urgent care clinic open on Sundays?", SignalSafety, false},
	})
}

// Food gone off is spoiled (the safety signal, no hazard); mould in a
// home or on a cheese meant to have it is not.
func TestSpoiledFood(t *testing.T) {
	checkSignals(t, []signalCase{
		{"De aardbeien van vanochtend zijn nu al beschimmeld.", SignalSpoiled, true},
		{"De aardbeien van vanochtend zijn nu al beschimmeld.", SignalHazard, false},
		{"Ik stuur foto's van de schimmel in onze huurwoning naar de verhuurder.", SignalSafety, false},
		{"Lekkere schimmelkaas gekocht bij jullie!", SignalSafety, false},
		{"Bought strawberries yesterday and they're already mouldy.", SignalSpoiled, true},
		{"Our flat has black mould on the bathroom wall again.", SignalSafety, false},
		{"Do you sell silicone cake moulds?", SignalSafety, false},
	})
}

// Privacy by who got whose data: a stranger's claim form in the
// customer's envelope, the customer's letter delivered at a neighbour's
// address, an ex who turns up with the new address, transactions that
// are not the customer's. The same words for a privacy statement read,
// one's own details updated in the app, a gift sent to one's mother's
// address, an ex who blocked a number are no incident.
func TestPrivacyByWhoGotWhoseData(t *testing.T) {
	checkSignals(t, []signalCase{
		{"In mijn post zat ook de factuur van een meneer uit Almere, met zijn IBAN erop.", SignalPrivacy, true},
		{"De overbuurman bracht net mijn jaaroverzicht, jullie hadden het op zijn adres bezorgd.", SignalPrivacy, true},
		{"Mijn ex-vriend stond gisteren voor de deur met mijn nieuwe adres, dat had hij van jullie balie.", SignalPrivacy, true},
		{"Ik heb de AVG-verklaring doorgelezen, waar staat de opzegtermijn?", SignalPrivacy, false},
		{"Waar kan ik mijn persoonsgegevens wijzigen? Ik heb een nieuw mobiel nummer.", SignalPrivacy, false},
		{"Kunnen jullie het cadeau naar haar adres sturen? Mijn moeder is jarig.", SignalPrivacy, false},
		{"Mijn ex heeft mijn nummer geblokkeerd, dus bel mij maar.", SignalPrivacy, false},

		{"Opened my statement and half the payments on it aren't mine.", SignalPrivacy, true},
		{"My balance and address are showing on someone else's app, her screenshot proves it.", SignalPrivacy, true},
		{"My ex showed up at my new address, and only your branch had it.", SignalPrivacy, true},
		{"Where do I update my personal details in the app? New phone number.", SignalPrivacy, false},
		{"The parcel that isn't mine is still in my hallway, when will you collect it?", SignalPrivacy, false},
		{"I read your GDPR notice but can't find the cancellation period.", SignalPrivacy, false},
	})
}

// Legal in any wording, also the Flemish bodies (vrederechter,
// ombudsdienst, Test-Aankoop) and a formal complaint lodged with a
// regulator; a lawyer in passing (moved offices, a lunch) is none.
func TestLegalStepInAnyWording(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Als mijn huurwaarborg er maandag niet is, trek ik naar het vredegerecht.", SignalLegal, true},
		{"Ik heb mijn dossier al bij de Ombudsdienst voor Telecommunicatie gelegd.", SignalLegal, true},
		{"Onze advocaat is net verhuisd, mag de post voortaan naar zijn nieuwe kantoor?", SignalLegal, false},
		{"Ik had een lunch met mijn advocaat en vergat mijn bonuskaart, kan ik punten nabestellen?", SignalLegal, false},

		{"I'll be filing a complaint with the ombudsman if the refund isn't here by Friday.", SignalLegal, true},
		{"Next stop is the small claims court.", SignalLegal, true},
		{"My solicitor has moved offices, please send the statements to the new address.", SignalLegal, false},
	})
}

// Press is a step towards the papers; news read in them is a source.
func TestPressReadIsNoThreat(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Zag gisteravond op het nieuws dat jullie een nieuwe app hebben, wanneer komt die?", SignalPress, false},
		{"Ik las in de krant dat de tarieven omhooggaan, geldt dat ook voor mij?", SignalPress, false},
		{"Als ik vandaag niks hoor, stap ik naar de krant.", SignalPress, true},
		{"Saw on the news that you're closing the Elm Street branch, is that true?", SignalPress, false},
		{"I'm forwarding the whole thread to the local paper.", SignalPress, true},
	})
}

// Leaving told as shopping around (quotes from other providers, seeing
// what others offer) is churn; a new address for the post is not.
func TestChurnAsShoppingAround(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Ik heb intussen offertes aangevraagd bij drie andere leveranciers.", SignalChurn, true},
		{"Ik ga eens vergelijken wat andere verzekeraars vragen.", SignalChurn, true},
		{"Kunnen de facturen voortaan naar ons nieuwe adres, of gaat dat via de app?", SignalChurn, false},
		{"Kunnen jullie mij een offerte sturen voor een zakelijk abonnement?", SignalChurn, false},
		{"Already got quotes from two other suppliers after this mess.", SignalChurn, true},
		{"I'm going to look at what other networks offer.", SignalChurn, true},
		{"Can you send me a quote for the business plan?", SignalChurn, false},
	})
}

// An outage with words between (after an adverb, "doet de tv het al
// sinds gisteren niet"), without a working service, widespread over a
// named place or down for everyone; "down" as a mood, "heel erg", the
// whole of an order and "just me?" are not.
func TestOutageAndItsReach(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Bij mijn moeder doet het internet het al twee dagen niet.", SignalOutage, true},
		{"Het kantoor zit sinds vanochtend zonder werkende vaste lijn.", SignalOutage, true},
		{"Ik voel me nogal down, maar jullie bezorger was een lichtpuntje.", SignalOutage, false},
		{"Heel Amersfoort-Noord heeft geen stroom sinds het onweer.", SignalWidespread, true},
		{"Heel erg jammer dat de levering later is.", SignalWidespread, false},
		{"Betalen lukt nergens meer, in geen enkele winkel hier.", SignalWidespread, true},

		{"The whole of Kent-East has had no signal since lunch.", SignalWidespread, true},
		{"The whole of my order arrived broken.", SignalWidespread, false},
		{"Is the website down for everyone? Checkout just spins.", SignalWidespread, true},
		{"Is the site down for everyone or just me?", SignalWidespread, false},
		{"Feeling pretty down today, but your driver made me smile.", SignalOutage, false},
	})
}

// Near misses of the signal words in their everyday senses, and the
// families they border: "brand van nieuwsgierigheid" and a scorch mark;
// working at the police and reporting to it; an advert seen in the paper;
// a train change and leaving; an outage yet to come and one stated; a
// third party who opened the customer's letter; orders never placed.
func TestSignalWordsInTheirEverydaySense(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Ik brand van nieuwsgierigheid, wanneer komt de wintercollectie?", SignalSafety, false},
		{"De föhn werd gloeiend heet en nu zit er een brandplek in de badmat.", SignalHazard, true},
		{"Mijn man werkt bij de politie, geldt de korting voor hulpverleners ook voor hem?", SignalLegal, false},
		{"Ik zag jullie aanbieding in de krant, geldt die ook online?", SignalPress, false},
		{"In Utrecht stap ik over op de intercity, redt ik dat met deze vertraging?", SignalChurn, false},
		{"Wij hebben vandaag ons abonnement per direct opgezegd.", SignalChurn, true},
		{"Bij de volgende storing zeg ik op.", SignalOutage, false},
		{"Jullie webshop is al de hele ochtend onbereikbaar.", SignalOutage, true},
		{"Er rijden vandaag geen treinen tussen Zwolle en Groningen.", SignalOutage, true},
		{"Op het overzicht van mijn collega stond gewoon mijn salaris.", SignalPrivacy, true},

		{"My landlord received my bank statement and opened it.", SignalPrivacy, true},
		{"My neighbour got my parcel, can I pick it up tonight?", SignalPrivacy, false},
		{"Three payments on my card that I never authorised.", SignalPrivacy, true},
		{"I've instructed a solicitor and you will hear from her.", SignalLegal, true},
		{"My aunt is a solicitor and says the return is fine, right?", SignalLegal, false},
		{"Moving house next month, can I take my broadband with me?", SignalChurn, false},
		{"No trains running out of Cardiff all morning.", SignalOutage, true},
		{"Trains were stopped for the royal visit, lovely to see.", SignalOutage, false},
	})
}
