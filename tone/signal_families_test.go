package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// signalCase is one message and whether the reading raises a signal on
// it: a hit of the family, or a near miss that uses its words otherwise.
type signalCase struct {
	text   string
	signal Signal
	want   bool
}

func checkSignals(t *testing.T, cases []signalCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(string(c.signal)+": "+c.text, func(t *testing.T) {
			m := ReadMessage(c.text, "")
			assert.Equal(t, c.want, m.Has(c.signal), "signals: %v; why: %v", m.Signals, m.Why)
		})
	}
}

// Churn is the intent to leave in any tense and word order: switching,
// cancelling, closing, never buying again. Asking how to cancel, a train
// transfer, a cancellation by the company and a leaving already done
// set against a bill that goes on are not.
func TestChurnIsTheIntentToLeave(t *testing.T) {
	checkSignals(t, []signalCase{
		{"I'm switching to another network after this third dropped call", SignalChurn, true},
		{"Cancel my subscription, I've had it with your delays", SignalChurn, true},
		{"I am done with you, third late parcel this month", SignalChurn, true},
		{"That was the last time I shop here. Rude staff.", SignalChurn, true},
		{"You just lost a loyal customer", SignalChurn, true},
		{"Will never order from you again after this mess", SignalChurn, true},
		{"Taking my business elsewhere, the signal is useless", SignalChurn, true},
		{"My contract is up next month and I won't be renewing after this.", SignalChurn, true},
		{"I'm closing all my accounts with you after this fee.", SignalChurn, true},
		{"How do I cancel my subscription?", SignalChurn, false},
		{"Can I switch to the annual plan?", SignalChurn, false},
		{"I switched to dark mode and now the app crashes", SignalChurn, false},
		{"You cancelled my order without telling me", SignalChurn, false},
		{"I cancelled my membership in May but you still charge me every month", SignalChurn, false},
		{"Please leave me a review link", SignalChurn, false},
		{"u just lost my business", SignalChurn, true},
		{"i'll never spend another penny with you", SignalChurn, true},
		{"contract's up in march and i'm gone.", SignalChurn, true},
		{"I'm out of town until Monday", SignalChurn, false},
		{"I'm done with the survey, thanks", SignalChurn, false},

		{"Ik stap over naar een andere provider, dit is de derde storing", SignalChurn, true},
		{"Ik zeg mijn abonnement op, elke dag vertraging", SignalChurn, true},
		{"Nooit meer bij jullie, wat een ellende", SignalChurn, true},
		{"Ik ga opzeggen als dit niet snel opgelost wordt", SignalChurn, true},
		{"Nu ben ik echt weg bij jullie. Drie keer een verkeerde factuur.", SignalChurn, true},
		{"Bij de volgende storing stap ik over.", SignalChurn, true},
		{"Als dit zo doorgaat zijn jullie mij kwijt als klant.", SignalChurn, true},
		{"Mijn contract loopt af en ik verleng niet, veel te duur geworden.", SignalChurn, true},
		{"Hoe kan ik mijn abonnement opzeggen?", SignalChurn, false},
		{"In Utrecht moest ik overstappen en de trein was weg", SignalChurn, false},
		{"Ik heb vorige maand opgezegd maar jullie schrijven nog steeds af", SignalChurn, false},
		// A cancellation in a clause that gives the background is a fact,
		// not an intent to leave.
		{"waarom krijg ik nu weer een factuur van 300 euro terwijl ik al maanden geleden heb opgezegd??", SignalChurn, false},
		{"Nadat ik had opgezegd kreeg ik nog drie facturen", SignalChurn, false},
		{"Why am I still being billed even though I cancelled in March?", SignalChurn, false},
		{"I was charged again after I cancelled my plan", SignalChurn, false},
		{"After this I'm cancelling my contract", SignalChurn, true},
		{"Hopelijk nooit meer problemen met de verbinding, bedankt!", SignalChurn, false},
		{"amai, da's de laatste keer da'k bij jullie iets bestel", SignalChurn, true},
		{"zodra mijn contract afloopt ben ik hier weg", SignalChurn, true},
		{"Ik ben hier weg om 5 uur, de bezorger moet eerder komen.", SignalChurn, false},
		{"Nog één keer zo'n factuur en ik neem een ander abonnement.", SignalChurn, true},
		{"Dit is de druppel, ik ben weg.", SignalChurn, true},
		{"Jullie gaan mij als klant verliezen.", SignalChurn, true},
		{"Ik wil per direct van mijn contract af, 3 weken zonder internet!", SignalChurn, true},
		{"Ik ben even weg, bel straks terug.", SignalChurn, false},
		{"Ik zeg op tijd af als ik niet kan komen.", SignalChurn, false},
	})
}

// Privacy is an incident (someone else's data, unknown logins, a hacked
// account, data shown in public) or a request about one's own data or a
// warning of phishing in the brand's name; asking where the privacy
// policy is, or changing one's own address, is not.
func TestPrivacyIsAnIncidentARequestOrPhishing(t *testing.T) {
	checkSignals(t, []signalCase{
		{"I got an email with another customer's invoice in it", SignalPrivacy, true},
		{"There are logins I didn't make on my account", SignalPrivacy, true},
		{"My account was hacked and someone ordered three phones", SignalPrivacy, true},
		{"You emailed my bank statement to my neighbour.", SignalPrivacy, true},
		{"Somebody opened an account in my name.", SignalPrivacy, true},
		{"Someone keeps trying to log into my account", SignalPrivacy, true},
		{"How do I request a copy of the personal data you hold on me?", SignalPrivacy, true},
		{"Got a text pretending to be from you asking for my card details", SignalPrivacy, true},
		{"Where can I find your privacy policy?", SignalPrivacy, false},
		// Data sent to the wrong person or photographed by staff.
		{"Waarom staat mijn BSN gewoon op de brief die jullie naar de verkeerde buurman stuurden?", SignalPrivacy, true},
		{"De bezorger maakte een foto van mijn paspoort met zijn eigen telefoon", SignalPrivacy, true},
		{"Your delivery guy photographed my ID and put it on his own phone?? is that allowed", SignalPrivacy, true},
		{"Ik heb een foto gemaakt van mijn kapotte pakket, waar stuur ik die heen?", SignalPrivacy, false},
		{"I took a photo of my receipt, can I send it to you?", SignalPrivacy, false},
		{"Mijn pakket is bij de buren afgeleverd, kan dat voortaan niet?", SignalPrivacy, false},
		{"I shared my new email address with your agent yesterday, did it update?", SignalPrivacy, false},
		{"Can someone get in touch with me about my order?", SignalPrivacy, false},
		{"someone bought stuff on my account and i didn't authorize it", SignalPrivacy, true},
		{"your rep asked for my full social security number over twitter??", SignalPrivacy, true},
		{"why is my full name and phone number showing on the tracking page for anyone to see", SignalPrivacy, true},
		{"Can I ask for my password to be reset?", SignalPrivacy, false},
		{"Why do you need a copy of my passport to open a savings account?", SignalPrivacy, true},
		{"Where do I upload a copy of my passport?", SignalPrivacy, false},

		{"Ik kreeg de factuur van de buren in mijn mailbox", SignalPrivacy, true},
		{"Er is ingelogd op mijn account vanuit Roemenië, dat was ik niet", SignalPrivacy, true},
		{"Jullie hebben in een openbare reactie mijn huisadres gezet!", SignalPrivacy, true},
		{"Jullie sturen mijn facturen naar mijn ex.", SignalPrivacy, true},
		{"Er staan afschrijvingen die ik niet herken op mijn rekening", SignalPrivacy, true},
		{"Ik wil graag een kopie van al mijn persoonsgegevens die jullie bewaren", SignalPrivacy, true},
		{"Ik kreeg een sms namens jullie met een betaallink, is dat nep?", SignalPrivacy, true},
		{"Waar vind ik jullie privacyverklaring?", SignalPrivacy, false},
		{"mn account is overgenomen en nu kan ik er zelf niet meer in", SignalPrivacy, true},
		{"waarom krijg ik een wachtwoord-reset mail terwijl ik niks heb aangevraagd?", SignalPrivacy, true},
		{"een 'medewerker' belde me en vroeg om mijn pincode, hoort dat bij jullie?", SignalPrivacy, true},
		{"haal mijn gegevens uit jullie mailinglijst", SignalPrivacy, true},
		{"Ik vroeg om mijn pakket bij de buren te leggen, kan dat?", SignalPrivacy, false},
		{"Waarom willen jullie een kopie van mijn paspoort voor een simkaart?", SignalPrivacy, true},
		{"Er hangt een camera in de paskamer van jullie winkel!", SignalPrivacy, true},
		{"Hoe stuur ik een kopie van mijn paspoort?", SignalPrivacy, false},
		{"Ik heb mijn nieuwe mailadres gedeeld met jullie medewerker, is het aangepast?", SignalPrivacy, false},
	})
}

// A request about one's own data is privacy but no grievance: it does not
// feed the escalation feature, so it does not read as a complaint. An
// incident does.
func TestAPrivacyRequestIsNoComplaintAnIncidentIs(t *testing.T) {
	for _, c := range []struct {
		text      string
		complaint bool
	}{
		{"How do I request a copy of the personal data you hold on me?", false},
		{"What personal data do you keep about me?", false},
		{"Hierbij mijn AVG-verzoek: welke gegevens bewaren jullie van mij?", false},
		{"Ik wil graag inzage in mijn persoonsgegevens.", false},
		{"Someone logged into my account from an unknown device and changed my password", true},
		{"Mijn account is gehackt en er zijn bestellingen geplaatst die ik niet heb gedaan", true},
	} {
		t.Run(c.text, func(t *testing.T) {
			m := ReadMessage(c.text, "")
			assert.True(t, m.Has(SignalPrivacy), "signals: %v", m.Signals)
			assert.Equal(t, c.complaint, m.Complaint, "why: %v", m.Why)
			escalation := 0.0
			for _, w := range m.Why {
				if w.Feature == "escalation" {
					escalation = w.Weight
				}
			}
			if !c.complaint {
				assert.Zero(t, escalation, "a request feeds no escalation: %v", m.Why)
			}
		})
	}
}

// Safety: a foreign object in food, an allergen, fire, smoke, gas, an
// electric shock, a fall, food poisoning, a dangerous situation; near
// misses use the same words harmlessly.
func TestSafetyFamilies(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Found a screw in my sandwich today, my son almost bit on it", SignalSafety, true},
		{"My daughter is allergic to nuts and there were peanuts in the curry", SignalSafety, true},
		{"The charger started smoking and melted the socket", SignalSafety, true},
		{"Got an electric shock from the kettle you sold me", SignalSafety, true},
		{"My mum slipped on a wet floor in your store, no warning sign at all", SignalSafety, true},
		{"We all got sick after eating your chicken wraps", SignalSafety, true},
		{"The bus driver was on his phone the whole time and nearly hit a cyclist", SignalSafety, true},
		{"The tram door closed while my kid was standing in it.", SignalSafety, true},
		{"Does your bread contain sesame?", SignalSafety, false},
		{"The pizza was smoking hot and delicious, thanks!", SignalSafety, false},
		{"Our curry turned up in 20 minutes and still piping hot, that's how it's done", SignalSafety, false},
		{"My kid fell asleep on the train, lovely journey thanks", SignalSafety, false},
		{"The driver was going at 9 instead of 8, parcel late", SignalSafety, false},
		{"loose bolt on the playground at your store, kids could get badly hurt", SignalSafety, true},
		{"the charging point started crackling and then a loud bang", SignalSafety, true},
		{"my dog ate something from your kibble bag and had to go to the vet", SignalSafety, true},
		{"I went to the doctor so missed the delivery, can you rebook?", SignalSafety, false},
		{"I was sick since Monday so could not pick up the parcel", SignalSafety, false},

		{"Er zat een schroefje in mijn broodje, mijn zoon beet er bijna op", SignalSafety, true},
		{"Mijn dochter heeft een notenallergie en er zaten toch pinda's in de saté", SignalSafety, true},
		{"De oplader begon te roken en het stopcontact is gesmolten", SignalSafety, true},
		{"Ik kreeg een schok van de waterkoker die ik bij jullie kocht", SignalSafety, true},
		{"Mijn moeder gleed uit over een natte vloer in jullie winkel, geen bordje te zien", SignalSafety, true},
		{"We zijn allemaal ziek geworden van jullie kipwraps", SignalSafety, true},
		{"De trein remde zo hard dat een oudere dame viel en haar hoofd stootte.", SignalSafety, true},
		{"Is jullie nieuwe burger ook geschikt voor mensen met een sojaallergie?", SignalSafety, false},
		{"Mijn zoontje viel in slaap in de trein, heerlijke rit", SignalSafety, false},
		{"Het pakket viel op de stoep, doos gedeukt", SignalSafety, false},
		{"schroef los in de speeltuin bij jullie filiaal, kinderen kunnen zich lelijk bezeren", SignalSafety, true},
		{"we zijn met z'n vieren ziek na de kipburger van gisteren", SignalSafety, true},
		{"het lampje van de laadpaal ging knetteren en toen een knal", SignalSafety, true},
		{"Ik moest naar de huisarts en heb de bezorger gemist", SignalSafety, false},
		{"De kabel van mijn oplader is kapot, kan ik een nieuwe krijgen?", SignalSafety, false},
		{"In de sla zat een slak. Niet erg gevaarlijk maar wel smerig.", SignalSafety, false},
		// Food that arrives hot is praise, a device that gets hot a danger.
		{"De soep kwam binnen 20 minuten en was nog gloeiend heet, zo kan het dus ook", SignalSafety, false},
		{"De laptop die ik vorige week kocht werd gloeiend heet en begon te sissen", SignalSafety, true},
		// A stated speed of a vehicle through a street: danger.
		{"Jullie bezorger reed vanochtend met 80 door onze woonwijk, er spelen hier kinderen!", SignalSafety, true},
		{"Die bestelbus van jullie scheurde met ruim 70 over de dijk", SignalSafety, true},
		{"De bus reed met 2 minuten vertraging door de wijk, verder prima", SignalSafety, false},
		{"Jullie bezorger kwam met 2 pakketten in plaats van 1", SignalSafety, false},
	})
}

// Sarcasm: a positive evaluation of a negative event (praise words, a
// happy emoji, "perfect timing"), not plain praise, thanks that close a
// message politely, or exasperation ("as usual", "zoals altijd": a
// repetition, read as waiting).
func TestSarcasmPraisesAFailure(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Parcel lost again 👏", SignalSarcasm, true},
		{"My parcel is lost again. Thanks a lot.", SignalSarcasm, true},
		{"Love waiting 45 minutes on hold just to be cut off", SignalSarcasm, true},
		{"Great, my train is cancelled again. Brilliant work", SignalSarcasm, true},
		{"no its still broken. i deleted it. thanks", SignalSarcasm, false},
		{"Great service today, the driver was so friendly", SignalSarcasm, false},

		{"Pakket alweer kwijt 👏", SignalSarcasm, true},
		{"Weer een gezellige avond op het station doorgebracht, bedankt 😍", SignalSarcasm, true},
		{"Top hoor, mijn trein is weer geschrapt", SignalSarcasm, true},
		{"Heerlijk, weer drie kwartier in de wacht en dan opgehangen", SignalSarcasm, true},
		{"Mijn pakket kwam niet, kunnen jullie kijken? Alvast bedankt", SignalSarcasm, false},
		{"Top geholpen door jullie medewerker, bedankt!", SignalSarcasm, false},
		{"Zoals altijd weer te laat, de bus van 8 uur.", SignalSarcasm, false},
		{"Late again as usual, the 8am bus.", SignalSarcasm, false},
	})
}

// Abuse is an insult aimed at people or the company, or a strong curse;
// a mild exclamation is not.
func TestAbuseIsAnInsultNotAnExclamation(t *testing.T) {
	checkSignals(t, []signalCase{
		{"You guys are a bunch of thieves, charging me twice", SignalAbuse, true},
		{"Your support sucks, nobody answers", SignalAbuse, true},
		{"Fuck this, third time the app logs me out", SignalAbuse, true},
		{"Damn, my parcel is late again", SignalAbuse, false},
		{"What the hell is going on with my order?", SignalAbuse, false},
		{"I bought a bunch of flowers and they arrived dead", SignalAbuse, false},

		{"Wat een kuttent zijn jullie, vier keer gebeld", SignalAbuse, true},
		{"Stelletje oplichters, twee keer afgeschreven", SignalAbuse, true},
		{"Verdorie, mijn pakket is weer te laat", SignalAbuse, false},
		{"Kut, alweer geen internet", SignalAbuse, false},
		{"Mijn moeder heeft kanker en kan niet naar het servicepunt komen", SignalAbuse, false},
		{"Jullie zijn een stelletje toppers, bedankt!", SignalAbuse, false},
	})
}

// The families the default escalation matrix used to add on top of the
// reading (extra_signalen) are the reading's own now, so lint, triage and
// the draft read them alike.
func TestFormerMatrixSignalWordsAreTheReadings(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Hierbij stel ik u formeel in gebreke voor de terugbetaling.", SignalLegal, true},
		{"I will start small claims proceedings if this is not refunded.", SignalLegal, true},
		{"Omroep Gelderland heeft me gebeld over mijn verhaal met jullie.", SignalPress, true},
		{"I've written to my MP about the way you treat customers.", SignalPress, true},
		{"Het filmpje van jullie bezorger staat al op 3 miljoen views.", SignalViral, true},
		{"The video of your driver has 2 million views already.", SignalViral, true},
		{"De deur van de sprinter sloot op de arm van mijn zoontje, flinke blauwe plek.", SignalInjury, true},
		{"The doors shut on my son's arm and he has a big bruise.", SignalInjury, true},
		{"Er ligt een kabel los op de stoep waar kinderen spelen.", SignalHazard, true},
		{"There are exposed wires hanging by the entrance of your store.", SignalHazard, true},
		{"Duizenden klanten hebben hun gegevens zien lekken.", SignalWidespread, true},
		{"Thousands of customers can't access their money today.", SignalWidespread, true},
		{"Jullie zijn gehackt, en nu krijg ik phishing.", SignalBreach, true},
		{"You guys got hacked and now I get scam calls.", SignalBreach, true},
		{"Wij hebben een restaurant en al twee dagen geen pin.", SignalBusiness, true},
		{"We run a small business and your card machine is down again.", SignalBusiness, true},
		{"Ik heb een restaurant gereserveerd voor vrijdag, kan dat nog?", SignalBusiness, false},
		{"Please press the button to shut the doors.", SignalInjury, false},
	})
}

// Outage: a service stated down in any word order; asking whether there
// is one, or a condition, is not.
func TestOutageStatedInAnyWordOrder(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Your app and website still don't work", SignalOutage, true},
		{"No cell service in the whole street since this morning", SignalOutage, true},
		{"The wifi keeps dropping out every ten minutes", SignalOutage, true},
		{"Is your app down?", SignalOutage, false},
		{"If the app doesn't load, should I reinstall it?", SignalOutage, false},

		{"Wifi valt om de 10 minuten weg, al de hele week", SignalOutage, true},
		{"Mobiel netwerk weer eens weg in de wijk", SignalOutage, true},
		{"Pinnen lukt nergens, alle kassa's liggen eruit", SignalOutage, true},
		{"Is er een storing in Utrecht?", SignalOutage, false},
		{"Ondanks de storing van gisteren werkt alles weer prima, dank jullie", SignalOutage, false},
	})
}

// TestAdmitsIsTheGateOfContext: the one gate the reading and triage (for
// a team's own signal words) apply.
func TestAdmitsIsTheGateOfContext(t *testing.T) {
	praise := ReadMessage("Top geholpen door jullie team, echt geweldig!", "nl")
	complaint := ReadMessage("Al drie weken geen internet en niemand belt terug, belachelijk", "nl")
	question := ReadMessage("Hoe kan ik mijn abonnement opzeggen?", "nl")
	assert.False(t, praise.Admits(SignalPress, false), "praise that mentions the press is no threat")
	assert.True(t, complaint.Admits(SignalPress, false))
	assert.False(t, question.Admits(SignalChurn, true), "leaving asked about in a question")
	assert.True(t, complaint.Admits(SignalChurn, true), "leaving asked about in a complaint")
	assert.True(t, question.Admits(SignalChurn, false))
	assert.False(t, question.Admits(SignalSarcasm, false), "sarcasm needs a complaint")
	assert.True(t, complaint.Admits(SignalSafety, false))
}
