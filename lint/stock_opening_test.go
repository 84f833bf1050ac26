package lint

import "testing"

// TestDataRequestOpeningIsStock: an opening that only greets and asks for
// data or a DM ("Kindly send us details regarding your concern", "Please
// confirm your email address or phone number through direct message")
// says nothing of the customer's matter; an opening that names it in the
// reply's own words does.
func TestDataRequestOpeningIsStock(t *testing.T) {
	cfg := &Config{Rules: map[string]RuleConfig{"mirror": {Severity: Warning}}}
	en := "@RideHelp awful customer service, why bother trying to contact the head office?"
	nl := "@NetKabel Al drie weken geen internet in Zwolle en niemand belt terug!"
	checkFires(t, "mirror", cfg, []firesCase{
		{"en kindly send details", "@user Hi, Jenny! Kindly send us details regarding your concern so our team can assist. ^AC", en, true},
		{"en confirm email through direct message", "@user Thanks for following up. Please confirm your email address or phone number through direct message so we can further assist. *Lee", en, true},
		{"nl stuur je gegevens", "@user Hoi! Stuur ons je naam, postcode en telefoonnummer in een DM, dan helpen we je verder. ^Noor", nl, true},
		{"near miss: en names the matter", "@user Hi Jenny, the head office line moved to our app chat last month. Kindly send us your email address and we'll set it up. ^AC", en, false},
		{"near miss: nl names the matter", "@user Hoi! Er ligt een kabelstoring in Zwolle-Noord, de monteur is er vanmiddag. Stuur je postcode in een DM? ^Noor", nl, false},
	})
}
