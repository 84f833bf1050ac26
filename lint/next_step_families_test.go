package lint

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/replylint/replylint/tone"
)

// TestNextStepFollowUpsThreadsAndRules: a follow-up that asks how things
// stand is a question to the customer; one part of a thread may leave the
// step to another part; a time inside a rule the reply lectures with is no
// step.
func TestNextStepFollowUpsThreadsAndRules(t *testing.T) {
	cfg := &Config{Rules: map[string]RuleConfig{"no-next-step": {Severity: Warning}}}
	cases := []firesCase{
		{"english follow-up without a question mark", "@user Hi Ron! Just checking in to see if you are still experiencing issues with your TV service. -GO",
			"My TV service has been down all evening, this is ridiculous", false},
		{"dutch follow-up without a question mark", "@user Hoi Mila, even checken of je nog last hebt van de storing op je tv. ^Noor",
			"Mijn tv doet het al de hele avond niet, belachelijk", false},
		{"the second part of a thread", "@user us your booking reference, email address and contact number. 2/2 ^Linda",
			"You cancelled my flight home and now I'm stuck paying for a hotel myself, disgraceful", false},
		{"a rule with a time is no step", "@user To qualify for a full refund you would have to cancel within 24 hours of booking. ^HF",
			"Your site promised a full refund and I got nothing back, absolutely disgraceful", true},
		{"dutch: a lecture with a time is no step", "@user Je had binnen 14 dagen moeten retourneren, dat staat in de voorwaarden. ^Rik",
			"Mijn retour is geweigerd en ik krijg mijn geld niet terug, schandalig", true},
		{"a real commitment with a time is a step", "@user Sorry! I've refunded the full fare today; you'll see it within 5 working days. ^HF",
			"Your site promised a full refund and I got nothing back, absolutely disgraceful", false},
		{"hoping to see it is still no step", "@user Sorry to hear that. We hope everything is working again soon. ^Kim",
			"My TV service has been down all evening, this is ridiculous", true},
	}
	checkNextStep(t, cfg, cases)
}

// TestNextStepOfThingsAndOthers: a step is also something of the
// customer's that arrives, resumes or is done at a time, a visit booked
// for one, or someone else who will act ("who will update you by 6pm",
// "een collega neemt contact met je op"). Not a step: hoping for it, a
// team that "will look into it", an offer for later.
func TestNextStepOfThingsAndOthers(t *testing.T) {
	cfg := &Config{Rules: map[string]RuleConfig{"no-next-step": {Severity: Warning}}}
	late := "My order still hasn't arrived after two weeks, ridiculous"
	down := "My internet has been down all day, useless"
	laat := "Mijn bestelling is na twee weken nog steeds niet binnen, belachelijk"
	plat := "Mijn internet ligt er al de hele dag uit, waardeloos"
	cases := []firesCase{
		{"a replacement arrives by a day", "@user Sorry! A replacement is on its way and should arrive by Thursday. ^Sam", late, false},
		{"delivered tomorrow", "@user Sorry! Your order will be delivered tomorrow before noon. ^Sam", late, false},
		{"services resume at a time", "@user Sorry! Services will resume from 7pm tonight. ^Sam", "The trains have been cancelled all evening, ridiculous", false},
		{"a visit booked for a day", "@user Sorry! A technician is booked for Friday between 8 and 12. ^Sam", down, false},
		{"engineers expect to restore by a time", "@user Sorry! Our engineers are on site now and expect to restore service by 4pm. ^Sam", down, false},
		{"a team who will update", "@user Sorry! I've flagged this to our warehouse team, who will update you here by 6pm. ^Sam", late, false},
		{"near miss: hoping to have it fixed", "@user Sorry! We hope to have it fixed soon. ^Sam", down, true},
		{"near miss: hoping it will arrive tomorrow", "@user Sorry! We hope it will arrive tomorrow. ^Sam", late, true},
		{"near miss: our team will look into it", "@user Sorry! Our team will look into this. ^Sam", late, true},
		{"near miss: working on it", "@user Sorry! We're aware of the outage and our engineers are working on it. ^Sam", down, true},

		{"morgen bezorgd", "@user Sorry! Je bestelling wordt morgen alsnog bezorgd. ^Anne", laat, false},
		{"donderdag bij je", "@user Sorry! Er is een nieuwe onderweg; die is donderdag bij je. ^Anne", laat, false},
		{"een monteur ingepland", "@user Sorry! Een monteur is ingepland voor vrijdag tussen 8 en 12 uur. ^Anne", plat, false},
		{"monteurs verwachten het op te lossen", "@user Sorry! Onze monteurs zijn ter plaatse en verwachten het om 16:00 op te lossen. ^Anne", plat, false},
		{"een collega neemt contact op", "@user Sorry! Een collega van de afdeling bezorging neemt contact met je op. ^Anne", laat, false},
		{"near miss: hopelijk morgen binnen", "@user Sorry! Hopelijk is je pakket morgen binnen. ^Anne", laat, true},
		{"near miss: hopen dat het is opgelost", "@user Sorry! We hopen dat het snel is opgelost. ^Anne", laat, true},
		{"near miss: een aanbod voor later", "@user Sorry! Laat het ons weten als we nog iets voor je kunnen doen. ^Anne", laat, true},
		{"near miss: ermee bezig", "@user Sorry! Onze collega's zijn ermee bezig. ^Anne", laat, true},
	}
	checkNextStep(t, cfg, cases)
}

// TestNextStepClosingOffersAndReadingLinks: an offer for later ("Message
// us if you need anything else", "Stuur ons een bericht als je nog vragen
// hebt") and a link to read ("Here is our delivery policy: https://…")
// are no step; a link or a message with a purpose is.
func TestNextStepClosingOffersAndReadingLinks(t *testing.T) {
	cfg := &Config{Rules: map[string]RuleConfig{"no-next-step": {Severity: Warning}}}
	never := "My order never arrived, useless"
	nooit := "Mijn bestelling is nooit aangekomen, waardeloos"
	cases := []firesCase{
		{"message us if you need anything else", "@user Sorry about this! Message us if you need anything else. ^Sam", never, true},
		{"contact us anytime", "@user Sorry! Contact us anytime if you have questions. ^Sam", never, true},
		{"feel free to reach out", "@user Sorry! Feel free to reach out to us anytime. ^Sam", never, true},
		{"a policy to read", "@user Sorry! Here is our delivery policy: https://example.com/policy ^Sam", never, true},
		{"find more about our promise", "@user Sorry! You can find more about our delivery promise here: https://example.com/promise ^Sam", never, true},
		{"you'll be glad to know", "@user Sorry to hear that. You'll be glad to know we value your feedback. ^Sam", never, true},
		{"near miss: a link to write to us", "@user Sorry! Please write to us here so we can investigate: https://example.com/help ^Sam", never, false},
		{"near miss: how to request a refund", "@user Sorry! Here's how to request a refund: https://example.com/refund ^Sam", never, false},
		{"near miss: message us your order number", "@user Sorry! Message us your order number if you'd like us to chase it. ^Sam", never, false},

		{"stuur ons een bericht als je nog vragen hebt", "@user Sorry! Stuur ons een bericht als je nog vragen hebt. ^Anne", nooit, true},
		{"hier lees je meer", "@user Sorry! Hier lees je meer over onze bezorgbelofte: https://example.com/belofte ^Anne", nooit, true},
		{"near miss: bel ons om het te regelen", "@user Sorry! Bel ons als je wilt dat we het vandaag nog regelen: 088-1234567. ^Anne", nooit, false},
		{"near miss: een formulier om in te vullen", "@user Sorry! Vul dit formulier in, dan storten we het terug: https://example.com/terug ^Anne", nooit, false},
	}
	checkNextStep(t, cfg, cases)
}

// TestNextStepHandedOnAndDoubted: handing the matter to someone named is a
// step once done ("Ik heb het doorgegeven aan de planning", "I've passed
// this on to our delivery team"), and so is a colleague who calls today
// or a replacement on its way; a promise to hand it on with no time or
// outcome ("We zetten het door naar de afdeling techniek", "I'll pass it
// on to the fleet team"), handing on feedback, or a thing of the
// customer's that was already under way is not. A step that a hedge of
// its own clause doubts ("We might be able to send a new one", "We zullen
// het eventueel laten controleren") is a maybe, not a step; a hedge in
// another clause leaves the step standing.
func TestNextStepHandedOnAndDoubted(t *testing.T) {
	cfg := &Config{Rules: map[string]RuleConfig{"no-next-step": {Severity: Warning}}}
	plat := "Mijn internet ligt er al twee dagen uit, belachelijk!"
	dubbel := "Er is twee keer 45 euro van mijn rekening afgeschreven, wat is dit nou weer?"
	kaart := "Mijn nieuwe pinpas is na twee weken nog steeds niet binnen, echt slecht"
	card := "My new debit card still hasn't arrived after two weeks, ridiculous"
	cases := []firesCase{
		{"ik heb het doorgegeven aan de monteurs", "@user Sorry voor het lange wachten. Ik heb je melding doorgegeven aan onze monteurs in Deventer. ^Fleur", plat, false},
		{"ik zet het door en zij bellen vandaag", "@user Sorry! Ik zet het door naar de storingsdienst, zodat zij je vandaag nog bellen. ^Fleur", plat, false},
		{"near miss: we zetten het door naar de afdeling", "@user Sorry! We zetten het door naar de afdeling techniek. ^Fleur", plat, true},
		{"near miss: je melding zet ik door", "@user Balen! Je melding zet ik door naar de storingsdienst. ^Fleur", plat, true},
		{"near miss: feedback doorgegeven", "@user Sorry! We hebben je feedback doorgegeven aan het team. ^Fleur", plat, true},
		{"a colleague calls today", "@user Excuses! Mijn collega van de financiële afdeling neemt vandaag nog contact met je op. ^Bas", dubbel, false},
		{"een nieuwe pas is onderweg", "@user Sorry! Er is een nieuwe pas onderweg naar je. ^Bas", kaart, false},
		{"near miss: ik geef het door, aan niemand", "@user Sorry! Ik geef het door. ^Fleur", plat, true},
		{"near miss: je pas is onderweg", "@user Sorry! Je pas is onderweg. ^Bas", kaart, true},
		{"near miss: eventueel laten controleren", "@user Sorry dat het weer mis is. We zullen het eventueel laten controleren. ^Bas", dubbel, true},
		{"near miss: wellicht bellen we je morgen", "@user Sorry! Wellicht bellen we je morgen. ^Fleur", plat, true},
		{"a guess in another clause leaves the step", "@user Sorry! Misschien ligt het aan je modem; ik bel je morgen om 10 uur. ^Fleur", plat, false},

		{"passed on to the delivery team", "@user So sorry, Jo. I've passed this on to our card delivery team. ^Ray", card, false},
		{"handed over to the card team", "@user Sorry! We've handed your case over to our card team. ^Ray", card, false},
		{"near miss: I'll pass it on to a team", "@user Sorry! I'll pass it on to our card team. ^Ray", card, true},
		{"a new card on the way", "@user Sorry! A new card is on the way to you. ^Ray", card, false},
		{"near miss: feedback passed on to a team", "@user Sorry! We'll pass your feedback on to our delivery team. ^Ray", card, true},
		{"near miss: your card is on its way", "@user Sorry! Your card is on its way. ^Ray", card, true},
		{"near miss: might be able to send", "@user Sorry! We might be able to send a new one. ^Ray", card, true},
		{"near miss: possibly", "@user Sorry! We'll possibly order a new card today. ^Ray", card, true},
		{"a guess before the comma leaves the step", "@user Sorry! Maybe it got lost in the post, but I'll order a new card today. ^Ray", card, false},
	}
	checkNextStep(t, cfg, cases)

	// "Eventueel" with our own action is hedging, also with an object
	// between; "eventuele kosten" is not.
	checkFires(t, "hedging", nil, []firesCase{
		{"we zullen het eventueel", "@user Sorry! We zullen het eventueel laten controleren. ^Bas", dubbel, true},
		{"eventueel sturen we", "@user Sorry! Eventueel sturen we morgen een nieuwe pas. ^Bas", kaart, true},
		{"near miss: eventuele kosten", "@user Sorry! We vergoeden eventuele kosten; stuur je bon via https://example.nl/bon ^Bas", dubbel, false},
	})
}

// firesCase is a reply to a customer's message and whether a rule fires
// on it.
type firesCase struct {
	name, reply, incoming string
	fires                 bool
}

// checkNextStep lints every case's reply against its message and asserts
// whether no-next-step fires.
func checkNextStep(t *testing.T, cfg *Config, cases []firesCase) {
	t.Helper()
	checkFires(t, "no-next-step", cfg, cases)
}

// checkFires lints every case's reply against its message and asserts
// whether the rule fires.
func checkFires(t *testing.T, rule string, cfg *Config, cases []firesCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Lint(tone.Input{Text: c.reply, Incoming: c.incoming}, cfg)
			fired := false
			for _, f := range res.Findings {
				fired = fired || f.Rule == rule
			}
			assert.Equal(t, c.fires, fired, "%q after %q", c.reply, c.incoming)
		})
	}
}
