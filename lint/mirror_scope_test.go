package lint

import "testing"

// TestMirrorNeedsSomethingToPaceWith: the reply echoes an upset
// customer's own words. A question or praise is answered in the reply's
// own words, a message with nothing of its own to echo (a place name sent
// on request, "ok, sent it") has nothing to pace with, and a later part of
// a thread (2/2) continues an opening made before: the rule is silent
// there, whatever the reply opens with.
func TestMirrorNeedsSomethingToPaceWith(t *testing.T) {
	cfg := &Config{Rules: map[string]RuleConfig{"mirror": {Severity: Warning}}}
	checkFires(t, "mirror", cfg, []firesCase{
		{"english complaint, generic opening", "@user Hi there! Please send us a DM so we can help. ^Kim",
			"My parcel was marked delivered but it's nowhere, the neighbours don't have it either", true},
		{"english complaint, its words picked up", "@user Sorry your parcel isn't with you or the neighbours, Kim. I've opened a search with the driver today. ^Sam",
			"My parcel was marked delivered but it's nowhere, the neighbours don't have it either", false},
		{"dutch complaint, generic opening", "@user Hoi! Stuur ons even een DM, dan helpen we je verder. ^Noor",
			"Mijn pakket staat op bezorgd maar ligt nergens, de buren hebben ook niks", true},
		{"dutch praise, generic thanks", "@user Dankjewel, leuk om te lezen! ^Noor",
			"Wat een topservice vandaag bij de balie in Utrecht, de medewerker hielp me binnen vijf minuten aan een nieuwe pas", false},
		{"english question, answered in other words", "@user Good afternoon, can you try clearing your cache first? ^JP",
			"How do I get the bonus items from the pack I bought yesterday?", false},
		{"english complaint, second part of a thread", "@user We understand how this affects your day and we're genuinely sorry.2/2^Corry",
			"Three hours late from Edinburgh today and not a word of explanation", false},
		{"english complaint, first part of a thread", "@user Hi there! Please send us a DM so we can help. 1/2 ^Kim",
			"My parcel was marked delivered but it's nowhere, the neighbours don't have it either", true},
		{"dutch complaint, second part of a thread", "@user Onze excuses voor het ongemak. 2/2 ^Noor",
			"Mijn pakket staat op bezorgd maar ligt nergens, de buren hebben ook niks", false},
		{"english follow-up sent on request", "@user Thanks, I'll pass this on to the store team. ^Sam", "Leeds.", false},
		{"english follow-up in a thread", "@user Hi Ana, please send us a DM with your email address. ^Sam", "ok, sent it", false},
		{"dutch follow-up in a thread", "@user Dank je! Ik geef het door aan mijn collega's. ^Noor", "zie mijn vorige bericht", false},
	})
}

// TestMirrorFiresOnAStockOpening: an opening that shares no word with the
// complaint but speaks of the matter in its own words paces the customer;
// one of stock words, clichés and a move to DM does not, past a greeting
// or an interjection and whatever name it says.
func TestMirrorFiresOnAStockOpening(t *testing.T) {
	cfg := &Config{Rules: map[string]RuleConfig{"mirror": {Severity: Warning}}}
	en := "I can't order online, the app just spins. Ridiculous."
	nl := "Ik kan vanavond niet online bestellen, de app blijft laden. Belachelijk."
	checkFires(t, "mirror", cfg, []firesCase{
		{"english stock thanks and DM", "@user Thanks for reaching out! Please DM us so we can help. ^Kim", en, true},
		{"english interjection, then stock", "@user Oh no! We're so sorry to hear about this, Sarah. ^Kim", en, true},
		{"english the matter in other words", "@user We switched the web shop off for the promotion this evening; it's back tomorrow at 9. ^Kim", en, false},
		{"dutch stock opening", "@user Hoi! Wat vervelend om te lezen. Stuur ons even een DM, dan helpen we je graag. ^Noor", nl, true},
		{"dutch the matter in other words", "@user De webwinkel staat vanavond uit voor de actie, morgen om 9 uur kun je weer terecht. ^Noor", nl, false},
	})
}

// TestApologyGluedToAPartMarker: an apology that ends a sentence with the
// part marker and sign-off glued to it ("sorry.2/2^Corry") is read as an
// apology; the same reply without it still misses one.
func TestApologyGluedToAPartMarker(t *testing.T) {
	incoming := "Three hours late from Edinburgh today and not a word of explanation, not impressed"
	checkFires(t, "apology-missing", nil, []firesCase{
		{"english apology glued to 2/2", "@user We understand how this affects your day and we're genuinely sorry.2/2^Corry", incoming, false},
		{"english no apology, glued 1/2", "@user We understand how this affects your day.1/2", incoming, true},
		{"dutch apology glued to 2/2", "@user We snappen hoe vervelend dit voor je dag is en het spijt ons echt.2/2^Noor",
			"Drie uur vertraging vandaag en geen woord uitleg, echt belachelijk", false},
	})
}

// TestFeelingGluedToADash: a word of feeling with a dash glued to it
// ("Yikes- …", "Oei- …") is read as that word; without it the same reply
// shows no feeling.
func TestFeelingGluedToADash(t *testing.T) {
	cfg := &Config{Rules: map[string]RuleConfig{"empathy-missing": {Severity: Warning}}}
	checkFires(t, "empathy-missing", cfg, []firesCase{
		{"english yikes with a dash", "@user Yikes- messages in the wrong language after four calls. Send us a DM and we'll switch it today! *Sage",
			"All my messages from you are in Spanish. I have called 4 times to fix nothing!", false},
		{"english without it", "@user Messages in the wrong language after four calls. Send us a DM and we'll switch it today! *Sage",
			"All my messages from you are in Spanish. I have called 4 times to fix nothing!", true},
		{"dutch oei with a dash", "@user Oei- al vier keer gebeld en nog steeds alles in het Spaans. Stuur ons een DM, dan zetten we het vandaag om. ^Noor",
			"Al mijn berichten van jullie zijn in het Spaans. Al 4 keer gebeld en niks opgelost!", false},
	})
}
