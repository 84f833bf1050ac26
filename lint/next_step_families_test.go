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
