package lint

import "testing"

// TestMirrorNeedsSomethingToPaceWith: the reply echoes the customer's own
// words when they complain, ask or praise. A message with nothing of its
// own to echo (a place name sent on request, "ok, sent it", a lone
// "ok") leaves the rule silent, whatever the reply opens with.
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
			"Wat een topservice vandaag bij de balie in Utrecht, de medewerker hielp me binnen vijf minuten aan een nieuwe pas", true},
		{"english follow-up sent on request", "@user Thanks, I'll pass this on to the store team. ^Sam", "Leeds.", false},
		{"english follow-up in a thread", "@user Hi Ana, please send us a DM with your email address. ^Sam", "ok, sent it", false},
		{"dutch follow-up in a thread", "@user Dank je! Ik geef het door aan mijn collega's. ^Noor", "zie mijn vorige bericht", false},
	})
}
