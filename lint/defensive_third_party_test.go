package lint

import "testing"

// TestDefensivePointsAtAThirdParty: in a reply to a complaint, "this is
// an issue with the licensing agreement between the network, the league
// and us" points elsewhere instead of helping; saying what we did about
// it, or an issue of our own, does not.
func TestDefensivePointsAtAThirdParty(t *testing.T) {
	en := "@TVHelp You showed the wrong game twice and now blame someone else? Ridiculous."
	nl := "@NetKabel Al drie dagen geen internet en jullie zeggen dat het niet aan jullie ligt?!"
	checkFires(t, "defensive", nil, []firesCase{
		{"en an issue with the licensing", "@user I understand your frustration; however, this is an issue with the licensing agreement between the network, the league and us. -RM", en, true},
		{"en an issue with the manufacturer", "@user Sorry, this is an issue with the manufacturer, please contact them. -RM", en, true},
		{"nl een probleem van de netbeheerder", "@user Dat is helaas een probleem van de netbeheerder. ^Kim", nl, true},
		{"near miss: en what we did about it", "@user Sorry! This is an issue with the courier in your area; we've reported it and they deliver by 6pm. -RM", en, false},
		{"near miss: en an issue of our own", "@user Sorry, this is an issue with the app, we're fixing it today. -RM", en, false},
	})
}
