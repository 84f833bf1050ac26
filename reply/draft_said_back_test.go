package reply

import "testing"

// TestDraftSaysBackWhatHappened checks the families of a team lead's
// rating that stock empathy missed, each with hits and near misses: the
// colleague a customer thanks by name is named back; a parcel at the
// wrong address is said as such, and the customer's count of how often it
// went wrong is said back; a vulnerable household without heating, power
// or water is urgent; someone else in their account is made safe first.
func TestDraftSaysBackWhatHappened(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	tests := []struct {
		name, in  string
		want, not []string
	}{
		// The colleague named after thanks, or after the service they gave.
		{"nl the colleague after the service", "Wat een topservice van Ilse aan de telefoon, binnen 5 minuten was mijn probleem opgelost!",
			[]string{"Ilse"}, []string{"over de telefoon"}},
		{"en the colleague after thanks", "Thank you Sarah for sorting out my refund so quickly, great service!",
			[]string{"Sarah"}, []string{"enjoyed your refund"}},
		{"en near miss: thanks, then a new sentence", "Thank you. Great service today!",
			[]string{"thank you"}, []string{"on to great"}},
		{"nl near miss: the brand tagged", "Topservice van Coolblue weer @Coolblue",
			nil, []string{"aan Coolblue"}},
		{"nl a title and a surname", "Dank u wel mevrouw De Boer van de balie in Utrecht, u heeft mijn dag gered.",
			[]string{"mevrouw De Boer", "uw compliment"}, []string{"ik pak het", "["}},
		{"en a title and a surname", "Thank you Mr Jones for your patience on the phone today.",
			[]string{"Mr Jones"}, []string{"on to Mr."}},
		// A parcel at the wrong address is no wrong item, and the count is said back.
		{"nl wrong neighbours, the third time this month", "Voor de derde keer deze maand staat mijn pakket bij de verkeerde buren. Ik ben het echt zat.",
			[]string{"verkeerde adres", "al de derde keer deze maand"}, []string{"anders kreeg dan je bestelde"}},
		{"en wrong address, the 4th time this week", "My parcel was delivered to the wrong address for the 4th time this week. Seriously?",
			[]string{"wrong address", "the 4th time this week"}, []string{"personal data", "other than you ordered"}},
		{"en the count at the start", "Third time this month my package went to the wrong house. Fed up.",
			[]string{"wrong address", "third time this month"}, nil},
		{"nl near miss: a wrong item stays a wrong item", "Ik bestelde een blauwe jas en kreeg de verkeerde maat.",
			[]string{"anders kreeg dan je bestelde"}, []string{"adres", "keer"}},
		{"nl near miss: no count, no number said", "Mijn pakket is weer bij de verkeerde buren afgeleverd.",
			[]string{"verkeerde adres"}, []string{"derde", "keer deze"}},
		{"en near miss: an invoice to the wrong address is a privacy matter", "You sent my invoice to the wrong address, now my neighbour knows my salary.",
			[]string{"personal data"}, []string{"parcel"}},
		// A vulnerable household without heating, power or water: urgency,
		// the address in a DM, a visit brought forward; no heating is no
		// "zonder energie".
		{"nl baby without heating, engineer on Friday", "Ik heb een baby van 3 weken en we zitten al sinds gisteren zonder verwarming. Monteur komt pas vrijdag??",
			[]string{"zorgelijk", "verwarming", "sinds gisteren", "met een baby", "postcode en huisnummer", "eerder kan komen"},
			[]string{"energie", "ordernummer", "klantnummer", "al 3 weken", "Hoi"}},
		{"nl older mother without hot water", "Mijn moeder van 91 zit al twee dagen zonder warm water.",
			[]string{"warme water", "al twee dagen", "op leeftijd", "voorrang"}, []string{"energie", "eerder kan komen"}},
		{"nl formal letter, father (92)", "Geachte heer/mevrouw, sinds zaterdag heeft mijn vader (92) geen warm water. Hoogachtend, J. de Vries",
			[]string{"zorgelijk", "op leeftijd", "Stuurt u"}, []string{" je "}},
		{"en medical equipment without power", "We have no power since this morning and my husband is on a home oxygen machine.",
			[]string{"worrying", "since this morning", "medical equipment", "priority"}, []string{"frustrat"}},
		{"en older mum, engineer next week", "Our boiler broke down on Friday and the landlord says an engineer can't come until next week. My mum is 88 and lives with us.",
			[]string{"heating", "someone older", "postcode", "come sooner"}, []string{"damaged", "order number"}},
		{"nl near miss: no heating, no one vulnerable", "Al drie dagen geen verwarming en de monteur komt pas maandag. Belachelijk.",
			[]string{"verwarming", "al drie dagen", "postcode"}, []string{"zorgelijk", "energie"}},
		{"nl near miss: a baby and a late parcel", "Ik heb een baby van 3 weken en mijn pakket met luiers is nog steeds niet binnen.",
			nil, []string{"zorgelijk", "postcode", "al 3 weken"}},
		// Someone else in their account: make it safe first, no "mistake
		// with personal data", no number that reads like phishing.
		{"en someone logged in and changed the email", "Somebody logged into my account from another country last night and changed my email. Help!",
			[]string{"change your password", "locking the account", "old email address", "never ask for your password", "sorry"},
			[]string{"mistake with personal data", "account number", "["}},
		{"nl account hacked with orders", "Mijn account is gehackt, er zijn bestellingen gedaan die ik niet heb gedaan",
			[]string{"wijzig meteen je wachtwoord", "op slot", "oude e-mailadres", "nooit om je wachtwoord"},
			[]string{"fout met persoonsgegevens", "ordernummer", "["}},
		{"nl formal: u", "Geachte heer/mevrouw, mijn account is overgenomen en er is een bestelling geplaatst. Hoogachtend, P. Jansen",
			[]string{"uw wachtwoord", "Stuurt u"}, []string{" je "}},
		{"en someone using my card", "I think someone is using my card, there are three payments I don't recognise from last night.",
			[]string{"card in the wrong hands", "freeze your card", "never ask for your PIN"},
			[]string{"mistake with personal data", "account number", "["}},
		{"nl a stolen card, formal", "Geachte heer/mevrouw, er zijn met mijn bankpas betalingen gedaan die ik niet heb gedaan. Hoogachtend, K. Smit",
			[]string{"Blokkeer uw pas", "nooit om uw pincode"}, []string{"[", " je "}},
		{"nl near miss: a question about the card", "Kan ik mijn pas ook gebruiken in Amerika?",
			[]string{"[antwoord op je vraag]"}, []string{"blokkeer", "verkeerde handen"}},
		{"en near miss: changed it themselves", "I changed my email address last week and now I can't log in.",
			nil, []string{"locking the account", "someone"}},
		{"nl near miss: a data mistake stays a data mistake", "Jullie hebben mijn factuur naar het verkeerde adres gestuurd, nu weet de buurman alles.",
			[]string{"persoonsgegevens"}, []string{"wachtwoord"}},
		// Sarcasm about a price rise is no praise.
		{"en oh great, another price rise", "Oh great, another price rise. Thanks for that.",
			[]string{"you're right", "paying more", "sorry"}, []string{"lovely to read", "made our day"}},
		{"nl wat fijn, weer een prijsverhoging", "Wat fijn, weer een prijsverhoging. Bedankt hoor.",
			[]string{"gelijk", "meer moet betalen"}, []string{"fijn om te lezen", "blij van"}},
		{"en near miss: thanks for a clear letter", "Thanks for the clear letter about the new prices, very helpful!",
			[]string{"thank"}, []string{"sorry", "you're right"}},
		// What went wrong said as such, not "problemen met": a card kept
		// by the machine, a parcel thrown, food that came cold, a cancelled
		// train in Flemish, no word back, a relative without power.
		{"nl card kept by the machine", "Mijn pinpas is ingeslikt door de automaat op het Stationsplein en het kantoor is dicht. Ik sta hier zonder geld.",
			[]string{"de automaat je pinpas heeft ingeslikt"}, []string{"dank je dat je het meldt", "problemen"}},
		{"en parcel thrown over the fence", "Absolutely disgusted. Your driver threw my parcel over the fence and it landed in the pond.",
			[]string{"thrown instead of handed over"}, []string{"trouble with"}},
		{"nl meal came cold", "De maaltijd kwam ijskoud aan en de friet was compleet slap. Voor 34 euro!",
			[]string{"koud aankwam"}, []string{"problemen"}},
		{"nl Flemish: train cancelled again", "Amai, de trein van 8u12 naar Gent was weer afgeschaft en niemand die iets zegt. Schandalig.",
			[]string{"niet doorging"}, []string{"problemen"}},
		{"nl near miss: an account abolished is no cancelled trip", "Jullie hebben de gratis rekening afgeschaft zonder het me te laten weten. Ik kijk nu al rond bij andere banken.",
			nil, []string{"niet doorging"}},
		{"nl formal: nothing heard", "Geachte heer/mevrouw, op 12 maart heb ik een bezwaar ingediend tegen de naheffing. Tot op heden heb ik niets vernomen. Met vriendelijke groet, A. Bakker",
			[]string{"nog niets van ons heeft gehoord", "Geachte A. Bakker"}, nil},
		{"nl a mother without power: no 'je zit'", "Mijn moeder van 88 heeft al sinds vrijdag geen stroom na de storm. Ze woont alleen.",
			[]string{"de stroom sinds vrijdag weg is", "op leeftijd"}, []string{"je zonder stroom"}},
		{"en water has been off, a newborn", "The water has been off since 6am and I have a newborn. No updates on your website either.",
			[]string{"water has been off", "with a baby"}, []string{"website"}},
		{"en a letter signed with an initial", "Dear Sir or Madam, I am writing to complain about the treatment I received at your Leeds branch on 3 May. Yours faithfully, R. Patel",
			[]string{"Dear R. Patel", "treated"}, []string{"Dear R.,"}},
		// A frame's own word is not said again as a second grievance;
		// being cut off is said after the wait.
		{"nl on hold, then cut off: no second wait", "Bedankt voor niks, weer 40 minuten in de wacht en toen werd de verbinding verbroken.",
			[]string{"in de wacht stond", "verbinding daarna werd verbroken"}, []string{"zo lang moet wachten"}},
		{"en on hold, then cut off", "45 minutes on hold and then I got cut off. Unbelievable.",
			[]string{"on hold for 45 minutes", "cut off"}, nil},
		{"nl near miss: broken and a wait stays two things", "Mijn koelkast is na 2 maanden kapot en nu moet ik 4 weken wachten op een monteur.",
			[]string{"kapot is en je zo lang moet wachten"}, nil},
		// A double debit of "the debit" is said bare; a housing repair asks
		// for the address, not a customer number.
		{"nl double debit of the debit", "Ik heb jullie vorige week een mail gestuurd over de dubbele afschrijving en nog steeds geen antwoord.",
			[]string{"dubbel is afgeschreven."}, []string{"voor de afschrijving"}},
		{"nl near miss: double debit for a subscription", "Er is dubbel afgeschreven voor mijn abonnement deze maand.",
			[]string{"dubbel is afgeschreven voor je abonnement"}, nil},
		{"nl a blocked drain in a rented home", "Al 3 weken wacht ik op de woningcorporatie voor mijn verstopte afvoer. Elke keer wordt de afspraak verzet.",
			[]string{"postcode en huisnummer"}, []string{"klantnummer", "ordernummer"}},
		{"nl near miss: rent paid by bank is no home matter", "Waarom staat de bankapp al de hele ochtend op 'onderhoud'? Ik moet vandaag de huur betalen!!",
			nil, []string{"postcode"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkDraftCase(t, p, tc.in, tc.want, tc.not)
		})
	}
}
