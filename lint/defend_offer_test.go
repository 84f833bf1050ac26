package lint

import "testing"

// TestDefensiveRefusalsAndDefendedOffers: hiding behind what the company
// need not or cannot do, refusing "for complaints of this nature",
// praising its own crew or offer against the complaint, and "that's not
// something we do" are defensive after a complaint; the same offer
// explained after a question is an answer.
func TestDefensiveRefusalsAndDefendedOffers(t *testing.T) {
	checkFires(t, "defensive", nil, []firesCase{
		{"english only obligated", "@user We're only obligated to provide bags for loose meat. As ours is prepackaged, a charge applies. ^Al",
			"Why charge me for a meat bag? Poor service.", true},
		{"english best crew in the business", "@user We have some of the best crew in the business and we're glad to have you with us today! ^Al",
			"not one smile from the whole crew and your terminal is awful", true},
		{"english great option, cheaper than", "@user This is a great option for customers who want to share miles and it's cheaper than having to purchase them. ^Al",
			"$50 to transfer points to my spouse? this is ridiculous!!", true},
		{"english not something we do", "@user Hi, that's not something we do. If your domain is public, spammers can see it. ^KJ",
			"Stop selling my personal info to other companies, I'm reporting you", true},
		{"english no gesture for complaints of this nature", "@user I am sorry to hear that Polly, however we would not offer a gesture for complaints of this nature. TY - Chris",
			"You've lost me as a customer, your driver was so rude", true},
		{"english near miss: an obligation we meet", "@user Sorry about the double charge! We're required to refund you within 14 days, so the money is already on its way. ^Al",
			"You charged me twice, this is ridiculous", false},
		{"dutch near miss: een plicht die we nakomen", "@user Sorry voor de dubbele afschrijving! We zijn verplicht om je binnen 14 dagen terug te betalen, het geld staat al klaar. ^Al",
			"Jullie hebben twee keer afgeschreven, belachelijk", false},
		{"english near miss: the offer after a question", "@user This is a great option for customers who travel often: you can share miles with up to five people. ^Al",
			"Can I share my miles with my wife?", false},
		{"dutch alleen verplicht", "@user We zijn alleen verplicht om tasjes te geven voor los vlees. Voor voorverpakt vlees rekenen we een toeslag. ^Al",
			"Waarom moet ik betalen voor een vleestasje? Slechte service.", true},
		{"dutch vriendelijkste chauffeurs", "@user We hebben de vriendelijkste chauffeurs van het land en zijn blij dat je met ons reist! ^Al",
			"geen enkele chauffeur groet je hier, wat een chagrijnen", true},
		{"dutch near miss: the offer after a question", "@user Dit is een mooie optie voor klanten die vaak reizen: je deelt je tegoed met vijf mensen. ^Al",
			"Kan ik mijn tegoed delen met mijn vrouw?", false},
	})
}

// TestStockSorryAndStriving: "Sorry to read that", "sorry to hear that,
// Polly" and "we only want the best service for you" are stock; an
// apology that names what went wrong is not.
func TestStockSorryAndStriving(t *testing.T) {
	incoming := "Worst experience ever, nobody helped me and my parcel was left in the rain"
	checkFires(t, "hollow-cliche", nil, []firesCase{
		{"english sorry to read that", "@user Sorry to read that. Please check your DMs for assistance. ^Al", incoming, true},
		{"english sorry to hear that with a name", "@user I am sorry to hear that Polly, we'll send a new parcel today. ^Al", incoming, true},
		{"english only the best service", "@user We only want the best service for you at all times! Send us a DM. ^Al", incoming, true},
		{"english always want it to go smoothly", "@user We're very sorry about that. We always want your experience to go smoothly. ^Al", incoming, true},
		{"english near miss: the situation named", "@user Sorry to hear your parcel was left in the rain, Polly. A new one goes out today. ^Al", incoming, false},
		{"dutch altijd de beste service", "@user We willen altijd de beste service bieden! Stuur ons een DM. ^Al", "Slechtste ervaring ooit, pakket stond in de regen", true},
		{"dutch near miss: the situation named", "@user Balen dat je pakket in de regen stond. Er gaat vandaag een nieuw pakket naar je toe. ^Al", "Slechtste ervaring ooit, pakket stond in de regen", false},
	})
}

// TestDismayAndHearingAsEmpathy: "That's incredibly concerning", "I am not
// happy to hear this", "I hear you" and "ik ben er niet blij mee om dit
// te lezen" acknowledge the customer; a bare request for details does not.
func TestDismayAndHearingAsEmpathy(t *testing.T) {
	cfg := &Config{Rules: map[string]RuleConfig{"empathy-missing": {Severity: Warning}}}
	poisoned := "You gave me food poisoning and I've never been more heartbroken in my life"
	checkFires(t, "empathy-missing", cfg, []firesCase{
		{"english incredibly concerning", "@user That's incredibly concerning. Please tell us more here: https://example.com/form -Becky", poisoned, false},
		{"english not happy to hear", "@user Hello Valentina, I am not happy to hear this. How can I help you? -YE",
			"Getting really frustrated with you lately. Starting to look around for a new provider", false},
		{"english i hear you", "@user I hear you loud and clear Brandon! Shoot me a DM and we can chat about your options! *Danny",
			"Your upgrade plan is a rip-off, I pay more than everyone else", false},
		{"dutch niet blij om te lezen", "@user Ik ben er niet blij mee om dit te lezen. Waarmee kan ik je helpen? ^Al",
			"Ik word echt gek van jullie storingen, ik kijk al rond voor een andere provider", false},
		{"english near miss: details only", "@user Please tell us more here: https://example.com/form -Becky", poisoned, true},
		{"english near miss: hear you have a question", "@user We hear you have a question about the menu: DM us the branch and we'll check. ^Al", poisoned, true},
		{"dutch near miss: ik hoor je graag", "@user Ik hoor je graag in een DM met het filiaal, dan zoek ik het uit. ^Al",
			"Ik werd ziek van jullie kipsalade, ik heb de hele nacht overgegeven", true},
	})
}

// TestDataAskedOutrightInPublic: "provide the email address you used to
// reach out to us" and "reply with the email address on your account"
// ask for personal data in public; the same data asked by DM, or a check
// of data kept in the app, do not.
func TestDataAskedOutrightInPublic(t *testing.T) {
	charged := "I was charged twice for my order"
	checkFires(t, "dm-move", nil, []firesCase{
		{"english provide the email you used", "@user Happy to look into this, Frank. Please provide the email address you used to reach out to us so we can review. ^Al", charged, true},
		{"english reply with the email on your account", "@user Could you reply with the email address on your account? ^Al", charged, true},
		{"english near miss: by DM", "@user Please DM us the email address you used so we can check. ^Al", charged, false},
		{"english near miss: a check in the app", "@user Can you confirm the email address on your account is still correct in the app? ^Al", charged, false},
		{"dutch stuur het e-mailadres", "@user Wil je ons het e-mailadres sturen waarmee je contact opnam? Dan kijk ik mee. ^Al",
			"Ik ben twee keer afgeschreven voor mijn bestelling", true},
		{"dutch near miss: via een DM", "@user Stuur ons je postcode even via een DM, dan kijk ik mee. ^Al",
			"Ik ben twee keer afgeschreven voor mijn bestelling", false},
	})
}
