package lint

import "testing"

// TestHedgingHopeAndDontThink: hoping to do what we should promise ("we
// hope to get you going soon", "we hopen dit op te lossen") and a negated
// "I think" ("i dont think there are any") doubt our own words; a wish for
// the customer ("we hope you enjoy", "ik hoop dat er een alternatief voor
// je is") and agreeing with them ("I don't think you're wrong", "ik denk
// niet dat dat acceptabel is") do not.
func TestHedgingHopeAndDontThink(t *testing.T) {
	en := "@RailHelp Stuck outside Leeds for an hour, nobody tells us anything"
	nl := "@NetKabel Kan al de hele ochtend niet inloggen in de app!"
	checkFires(t, "hedging", nil, []firesCase{
		{"en we hope to get you going", "@user Sorry for the wait. We hope to get you going again soon. *AFM", en, true},
		{"en i dont think", "@user ok but i dont think there are any extra trains tonight. Marc", en, true},
		{"nl we hopen dit op te lossen", "@user Sorry Anna, er is een storing. We hopen dit zo snel mogelijk op te lossen. ^Kim", nl, true},
		{"near miss: en a wish", "@user Sorry for the wait! We hope you enjoy the rest of your trip. *AFM", en, false},
		{"near miss: en agreeing", "@user I don't think you're wrong at all: the 8:15 should have waited. We'll refund your ticket today. *AFM", en, false},
		{"near miss: en agreeing it was not acceptable", "@user I don't think that's acceptable either, sorry. We'll refund the fee today. *AFM", en, false},
		{"near miss: nl agreeing it was not acceptable", "@user Sorry! Ik denk niet dat dat acceptabel is, we storten het vandaag terug. ^Kim", nl, false},
		{"nl ik denk niet dat the engineer comes", "@user Ik denk niet dat de monteur vandaag nog komt. ^Kim", nl, true},
		{"near miss: nl a wish", "@user Sorry dat de app het niet doet. Ik hoop dat er een alternatief voor je is: je kunt ook via de website inloggen. ^Kim", nl, false},
	})
}
