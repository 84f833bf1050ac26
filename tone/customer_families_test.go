package tone

// Families of the customer's message found on fresh real exchanges: who
// lays hands on the customer, leaving for a rival, a standard not met, a
// suggestion of what we should do, thanks that open an answer, what the
// service forgot, a queue out the door. Every text is invented.

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Someone of the service who lays hands on the customer or threatens
// them is a safety matter (an injury to a person, hoog), told in any
// words: the driver, a guard, "he"; touched, shoved, threatened to hit.
// A fee that hits, an agent who pushes an upgrade or threatens to close
// an account, and "touched by your kindness" hurt nobody.
func TestAssaultByStaffIsSafety(t *testing.T) {
	checkSignals(t, []signalCase{
		{"The driver kept touching my leg and then grabbed my thigh when I got out", SignalSafety, true},
		{"your security guard shoved my son against the wall for no reason", SignalSafety, true},
		{"The courier threatened to punch me when I asked him to wait", SignalSafety, true},
		{"I was assaulted on your train last night and the guard did nothing", SignalSafety, true},
		{"Your driver harassed me the whole ride, I felt unsafe", SignalSafety, true},
		{"staff were not even concerned for our safety when the fight broke out", SignalSafety, true},
		{"You hit me with another £40 fee this month", SignalSafety, false},
		{"The agent pushed me to upgrade to the premium plan", SignalSafety, false},
		{"The rep threatened to close my account if I didn't pay today", SignalSafety, false},
		{"Really touched by your kindness yesterday, thank you Sam", SignalSafety, false},
		{"Can I change my security questions in the app?", SignalSafety, false},
		{"The driver pushed my parcel through the letterbox, now it's soaked", SignalSafety, false},
		{"The courier grabbed my bag from the porch and took it back to the depot", SignalSafety, false},
		{"The driver pushed my son off the bus before he could get his balance", SignalSafety, true},

		{"De chauffeur heeft me tijdens de rit betast, ik wil dat hier iets mee gebeurt", SignalSafety, true},
		{"Jullie beveiliger duwde mijn zoon hardhandig tegen de muur", SignalSafety, true},
		{"De bezorger dreigde me te slaan toen ik zei dat het pakket beschadigd was", SignalSafety, true},
		{"Ik ben gisteravond in de trein aangerand en de conducteur deed niks", SignalSafety, true},
		{"Ik voel me niet meer veilig in jullie bus na 22:00", SignalSafety, true},
		{"Ze dreigen me met een deurwaarder voor een rekening die al betaald is", SignalSafety, false},
		{"Mijn account is aangevallen door hackers, wat nu?", SignalSafety, false},
		{"De bezorger heeft mijn pakket gewoon tegen de deur geduwd", SignalSafety, false},
		{"De chauffeur heeft mijn zoon van de bus geduwd", SignalSafety, true},
		{"Wat een fijne chauffeur vanochtend, hij hielp me met mijn rolstoel", SignalSafety, false},
	})
}

// Leaving, told as the rival the customer uses from now on, the customer
// the company just lost, or the account they want closed.
func TestChurnToTheRivalAndTheAccountClosed(t *testing.T) {
	checkSignals(t, []signalCase{
		{"Third late order. @rivaleats would do a better job. Using them from now on.", SignalChurn, true},
		{"Thirty minutes late again. Loyal customer just lost.", SignalChurn, true},
		{"I want my savings account CLOSED. Sort it out.", SignalChurn, true},
		{"I'll be using the app from now on instead of calling, much quicker", SignalChurn, false},
		{"Lost my card yesterday, can you block it?", SignalChurn, false},
		{"I want my account details updated, I moved house", SignalChurn, false},
	})
}

// A service still down, said in a thread without naming it again.
func TestStillDownInAThreadIsAnOutage(t *testing.T) {
	checkSignals(t, []signalCase{
		{"nope still down.", SignalOutage, true},
		{"Restarted the router like you said, it's down again", SignalOutage, true},
		{"Prices still down?", SignalOutage, false},
		{"I'm still down in Brighton till Friday, can I collect next week?", SignalOutage, false},
	})
}

// A standard not met, said outright: "you guys could do better", "dat kan
// echt beter". Asking whether something can be done better, or the
// customer's own plan, is none.
func TestCouldDoBetterIsDissatisfaction(t *testing.T) {
	checkComplaints(t, []complaintCase{
		{"Waited at home all day on 3 Nov. Frankly you guys could do better!!", "", true},
		{"Third cancelled delivery slot this month. Do better.", "", true},
		{"Can I do better than the basic plan for streaming in HD?", "", false},
		{"Drie keer een verkeerde bezorgtijd gekregen. Dat kan echt beter.", "", true},
		{"Jullie moeten het echt beter regelen met die bezorgtijden", "", true},
		{"Kan ik beter morgen bellen of vandaag mailen?", "", false},
	})
}

// What the company should be doing, put as a suggestion, is a demand:
// "how about getting the flight off the ground", "wat dacht je van eens
// de telefoon opnemen". Suggesting a thing is none.
func TestSuggestionOfWhatWeShouldDoIsADemand(t *testing.T) {
	checkComplaints(t, []complaintCase{
		{"@airline how about getting flight 2210 off the ground", "", true},
		{"How about answering your phones for once, 50 minutes on hold", "", true},
		{"How about the blue one, is it back in stock?", "", false},
		{"Wat dacht je ervan om eens de telefoon op te nemen, al drie dagen niks", "", true},
		{"Wat dacht je van de blauwe, is die weer op voorraad?", "", false},
	})
}

// Thanks that open an answer in a conversation ("Thanks, the codes are
// #0C2340 and #003B49", "Bedankt, mijn ordernummer is 4471203") are no
// compliment: the answer is what to read on, in the thread. Thanks for
// something, thanks beside praise, bare thanks and thanks beside trouble
// keep their reading.
func TestThanksThatOpenAnAnswer(t *testing.T) {
	for _, c := range []struct {
		text   string
		intent Intent
		thread bool
	}{
		{"@brand Thanks, the codes are #0C2340 and #003B49", IntentOther, true},
		{"@brand Thank you, call me tomorrow afternoon at 3 pm", IntentOther, true},
		{"Bedankt, mijn ordernummer is 4471203", IntentOther, true},
		{"Dank je, ik probeer het vanavond opnieuw met de nieuwe kabel", IntentOther, true},
		{"Thanks for the quick reply, that helped a lot!", IntentCompliment, false},
		{"Thanks, you guys were brilliant today", IntentCompliment, false},
		{"Thank you nike", IntentCompliment, false},
		{"Bedankt voor de snelle hulp!", IntentCompliment, false},
		{"Thanks, but the refund still hasn't arrived after two weeks", IntentComplaint, false},
	} {
		t.Run(c.text, func(t *testing.T) {
			m := ReadMessage(c.text, "")
			assert.Equal(t, c.intent, m.Intent, "why: %v", m.Why)
			assert.Equal(t, c.thread, m.Thread)
			if c.thread {
				assert.False(t, m.ClosesThread, "an answer does not close the thread")
			}
		})
	}
}

// What someone of the service left out is a failure in both languages:
// "they forgot to put it in my bag", "de bezorger vergat mijn drinken".
// What the customer forgot is their own doing.
func TestWhatTheServiceForgotIsAFailure(t *testing.T) {
	checkComplaints(t, []complaintCase{
		{"I ordered chips but they forgot to put them in my bag... now I'm sad", "", true},
		{"The driver forgot my drink again, third time this month", "", true},
		{"I forgot my password, how do I reset it?", "", false},
		{"Don't forget to bring the receipt?", "", false},
		{"Ik had friet besteld maar ze zijn vergeten het in de tas te doen", "", true},
		{"De bezorger vergat mijn drinken, alweer", "", true},
		{"Ik ben mijn wachtwoord vergeten, hoe kan ik inloggen?", "", false},
	})
}

// A queue "out the door" is a busy shop, not a service that is out; a
// line that is out is.
func TestOutTheDoorIsNoOutage(t *testing.T) {
	m := ReadMessage("If you're at the airport, that burrito line is out the door.", "")
	assert.False(t, m.Complaint, "why: %v", m.Why)
	assert.False(t, m.Has(SignalOutage))
	m = ReadMessage("My phone line is out since this morning", "")
	assert.True(t, m.Complaint, "why: %v", m.Why)
}

// A mark of irony of the customer's own (🙃, 🙄) makes the praise beside
// it what it mocks, though no trouble is named: "Top service 👍🙃".
// Praise beside trouble put right, or with a happy emoji, stays praise.
func TestIronyMarkMocksThePraiseBesideIt(t *testing.T) {
	checkComplaints(t, []complaintCase{
		{"Heerlijk hoor, bezorgd om kwart voor tien 's avonds. Top service 👍🙃", "nl", true},
		{"Echt een briljant idee van jullie bezorger om mijn pakket in de papiercontainer te leggen 🙄", "nl", true},
		{"Great service as always, delivered to the wrong house again 🙃", "en", true},
		{"Brilliant idea to move the self checkouts next to the exit 🙄", "en", true},
		{"Top service vandaag, binnen een uur geholpen 😊", "nl", false},
		{"Great service today, the driver even carried it upstairs 👍", "en", false},
	})
}

// What happened against what was stated, promised or booked is a
// mismatch in both languages; a time ("terwijl ik aan het koken was") or
// a comparison without a promise is none.
func TestAgainstWhatWasPromised(t *testing.T) {
	checkComplaints(t, []complaintCase{
		{"Bezorgd om 21.50 terwijl het tijdslot 17-18u was.", "nl", true},
		{"Ik kreeg geen welkomstkorting, terwijl dat wel in de advertentie stond.", "nl", true},
		{"Mijn premie is 23 euro hoger dan op de website stond toen ik me aanmeldde.", "nl", true},
		{"Het pakket kwam terwijl ik aan het koken was, prima geregeld.", "nl", false},
		{"Delivered at 9.50pm even though the slot I booked was 5-6pm.", "en", true},
		{"The bill is £23 more than the website said when I signed up.", "en", true},
		{"The parcel came while I was cooking, all good thanks.", "en", false},
	})
}

// More of what went wrong, said in other words, in both languages: what
// came instead of what was ordered, a parcel thrown over the fence, what
// tears in plain use, a chatbot that understands nothing, nothing to date,
// who pays for the damage, staff laying hands on another passenger, a van
// that nearly hit a child. Near misses: an order that came on time, no
// problems to date, a question how to pay.
func TestMoreOfWhatWentWrong(t *testing.T) {
	checkComplaints(t, []complaintCase{
		{"Ik had een kamerplant besteld, er kwam een dode cactus aan 🌵", "nl", true},
		{"de bezorger heeft mijn pakket gewoon over het hek gegooid. er zat een lamp in", "nl", true},
		{"De nieuwe tassen scheuren al als je er twee pakken melk in doet.", "nl", true},
		{"jullie chatbot snapt echt helemaal niks, tien keer dezelfde vraag", "nl", true},
		{"Geachte heer/mevrouw, op 14 november heb ik bezwaar ingediend. Tot op heden heb ik geen ontvangstbevestiging ontvangen.", "nl", true},
		{"Uw monteur boorde een gat door de waterleiding. Wie betaalt dit?", "nl", true},
		{"Ik had maandag besteld en kreeg het dinsdag keurig binnen, top!", "nl", false},
		{"Tot nu toe geen problemen gehad met de nieuwe router.", "nl", false},
		{"The new bags split as soon as you put two cartons of milk in.", "en", true},
		{"your chatbot doesn't understand a thing, ten times the same answer", "en", true},
		{"I objected on 14 November. To date I have had no acknowledgement.", "en", true},
		{"Your engineer drilled through a water pipe. Who is going to pay for this?", "en", true},
		{"So far no problems with the new router, thanks.", "en", false},
		// Near misses: who pays for a return, a bag the customer overfilled,
		// an order placed while the customer was away.
		{"Who pays for it if I send the jacket back?", "en", false},
		{"Wie betaalt het retourneren als het te klein is?", "nl", false},
		{"Do the bags tear when you overfill them? Just checking the limit", "en", false},
		{"Ik heb besteld terwijl ik in het buitenland was, kan ik het pakket later ophalen?", "nl", false},
	})
	checkSignals(t, []signalCase{
		{"Gisteren zag ik hoe een conducteur een jongen uitschold en duwde op het perron.", SignalSafety, true},
		{"De bezorger reed te hard door de straat en raakte bijna mijn zoontje op de fiets.", SignalSafety, true},
		{"De conducteur hielp een jongen met zijn fiets de trein in.", SignalSafety, false},
	})
}

// How long something usually takes asks for information: nobody has
// waited yet. How long trouble will last, or a wait told beside it, is
// waiting.
func TestHowLongItUsuallyTakesIsAQuestion(t *testing.T) {
	checkComplaints(t, []complaintCase{
		{"How long does a refund usually take to show on my card?", "en", false},
		{"Hoe lang duurt een terugbetaling meestal?", "nl", false},
		{"How long will this outage go on?", "en", true},
		{"Hoe lang duurt die storing nog?", "nl", true},
	})
}

// An account the company shut ("it has been deactivated again", "mijn
// account is gedeactiveerd") is a failure; one the customer shut is not.
func TestAccountShutByTheCompany(t *testing.T) {
	checkComplaints(t, []complaintCase{
		{"My account was reactivated but after 48 hours it has been deactivated again. Please help", "en", true},
		{"Mijn account is zonder uitleg gedeactiveerd, ik kan niet meer bestellen", "nl", true},
		{"I deactivated my account last year, can I get it back?", "en", false},
		{"Ik heb mijn account vorig jaar zelf gedeactiveerd, kan ik het terugzetten?", "nl", false},
	})
}

// Thanks in any spelling are thanks ("Thankx", "dankjeeee"); the holiday,
// "thankfully" and "thankless" are not.
func TestThanksInAnySpelling(t *testing.T) {
	checkIntents(t, []intentCase{
		{"misspelt thanks", "@brand Thankx", "", IntentCompliment},
		{"thanks run together", "thankyou so much!!", "", IntentCompliment},
		{"dankje drawn out", "dankjeeee!!", "", IntentCompliment},
		{"near miss: the holiday", "Happy thanksgiving from the whole team", "", IntentOther},
	})
	for _, text := range []string{"thankfully our contract is up and we won't renew", "a thankless job, I know"} {
		assert.Zero(t, ReadMessage(text, "en").Feature("gratitude"), text)
	}
}

// What someone of the company, or its tracking, says against what the
// customer saw ("the driver says I wasn't home, but I was", "de status
// zegt bezorgd, maar hier ligt niks"), and a lie named, are complaints;
// the customer's own lie down or a question what the status means are
// not.
func TestClaimsOfTheCompanyContradicted(t *testing.T) {
	checkComplaints(t, []complaintCase{
		{"De bezorger zegt dat ik niet thuis was, maar ik was gewoon thuis. Bedankt", "nl", true},
		{"De status zegt al twee dagen bezorgd, maar hier ligt niks.", "nl", true},
		{"Dat is gewoon gelogen, niemand heeft aangebeld.", "nl", true},
		{"The driver says I wasn't home, but I was in all day. Thanks", "en", true},
		{"Your agent told us the fee would be waived but it is still on the bill", "en", true},
		{"That's a lie, nobody rang the bell.", "en", true},
		{"Wat betekent het als de status zegt dat mijn pakket gesorteerd is?", "nl", false},
		{"Ik moest even gaan liggen na de reis, maar de bemanning was top!", "nl", false},
		{"I had to lie down after the flight, long day. Lovely crew though!", "en", false},
		{"What does it mean when the tracking says 'in transit'?", "en", false},
	})
}

// Families a blind audit of 600 real English exchanges named (apology
// expected, none read): praise that is irony or a concession beside what
// went wrong, "gotta love" before trouble, a refusal, a subscription never
// asked for, what keeps messing up, staff who lose it, food off in texture,
// "you call this chicken?"; each with near misses, in both languages.
func TestAuditedComplaintFamilies(t *testing.T) {
	checkComplaints(t, []complaintCase{
		{"Found this lovely piece of glass in my salad today.", "en", true},
		{"Amazing phone, but the camera still messes up every other photo.", "en", true},
		{"Leuke app, maar hij crasht steeds bij het afrekenen.", "nl", true},
		{"Gotta luv this airline, they tried to charge me £90 for a seat that is £45 online.", "en", true},
		{"Bij de kassa €30 gerekend terwijl het online maar €15 kost.", "nl", true},
		{"They refuse to help me because they cannot find my account.", "en", true},
		{"Ze weigeren mijn geld terug te betalen, terwijl het product kapot was.", "nl", true},
		{"Please delete this add-on, I didn't subscribe to it.", "en", true},
		{"Ik heb me nooit aangemeld voor dit abonnement, haal het eraf.", "nl", true},
		{"The manager at your Leeds store was screaming at customers tonight.", "en", true},
		{"De caissière schreeuwde tegen mij omdat mijn pas niet werkte.", "nl", true},
		{"What's going on with the queso? It's so chalky.", "en", true},
		{"De friet was koud en slap, en dat voor zes euro.", "nl", true},
		{"You guys call this chicken?", "en", true},
		{"Noemen jullie dit service?", "nl", true},
		// Near misses.
		{"Thanks for the quick help, my parcel was lost but you found it!", "en", false},
		{"Lovely crew, and the new seats are great!", "en", false},
		{"Gotta love your new app, so quick to order now!", "en", false},
		{"Is it true you refuse cash at the self-checkouts now?", "en", false},
		{"Wat kost die jas online? In de winkel is hij €80.", "nl", false},
		{"Is the cold brew back on the menu this summer?", "en", false},
		{"Wat noemen jullie een werkdag, is zaterdag er ook een?", "nl", false},
	})
}

// A recall asked about is a question (the rubric: a recall question needs
// no apology), and so is how long something takes roughly; a recall that
// made the customer ill, or a wait that goes on, is a complaint.
func TestRecallAskedAndRoughWaits(t *testing.T) {
	checkComplaints(t, []complaintCase{
		{"Ik zag dat jullie de kipfilet terugroepen. Geldt dat ook voor de verpakking met THT 12-03?", "nl", false},
		{"Does the recall of the chicken fillets include the packs dated 12 March?", "en", false},
		{"Hoe lang is de wachttijd ongeveer voor een huurwoning?", "nl", false},
		{"How long does a refund take roughly?", "en", false},
		{"Ik ben ziek geworden van jullie kipfilet die nu wordt teruggeroepen, waarom hoorde ik niks?", "nl", true},
		{"Al drie maanden op de wachtlijst en nog steeds niks gehoord.", "nl", true},
	})
	m := ReadMessage("Valt mijn babyfoon ook onder de terugroepactie van de adapter?", "nl")
	assert.True(t, m.Has(SignalSafety) || len(m.Signals) > 0, "the recall is still read: %v", m.Signals)
}

// Dutch families from the third author's set: an arm trapped and bruised
// is an injury; a hospital appointment is none; a hero is praise; a new
// card already in the letterbox puts the loss right; a customer sworn at
// complains; the tracking says one thing and the photo another.
func TestThirdAuthorFamilies(t *testing.T) {
	checkComplaints(t, []complaintCase{
		{"De deur ging dicht terwijl ik instapte, mijn arm zat klem en is nu blauw en opgezwollen.", "nl", true},
		{"Uw bezorger heeft mij vanavond uitgescholden omdat ik twee minuten nodig had. Da's toch geen manier van doen?", "nl", true},
		{"Volgens de track & trace is mijn pakket bezorgd, maar op de foto zie ik een andere voordeur. Waar ligt het?", "nl", true},
		{"According to the tracking it was delivered, but the photo shows a door that isn't mine.", "en", true},
		{"Rijdt lijn 12 morgen ook tijdens de staking? Ik moet om 8 uur in het ziekenhuis zijn.", "nl", false},
		{"Bedankt! Zaterdag mijn pas kwijt, binnen 5 minuten geblokkeerd via de chat en maandag lag de nieuwe pas al in de bus.", "nl", false},
		{"Onze bezorger droeg vandaag zonder mopperen vier dozen tegels naar boven. Held! 🙌", "nl", false},
		{"snelste bezorging ooit, 15 min na bestellen stond ie voor de deur, nog gloeiend heet. top", "nl", false},
	})
	m := ReadMessage("De deur ging dicht terwijl ik instapte, mijn arm zat klem en is nu blauw en opgezwollen.", "nl")
	assert.True(t, m.Has(SignalSafety), "an injury is safety: %v", m.Signals)
	assert.False(t, ReadMessage("Rijdt lijn 12 morgen ook tijdens de staking? Ik moet om 8 uur in het ziekenhuis zijn.", "nl").Has(SignalSafety))
	assert.Equal(t, IntentCompliment, ReadMessage("Onze bezorger droeg vandaag zonder mopperen vier dozen tegels naar boven. Held! 🙌", "nl").Intent)
}
