package lint

import "testing"

// TestLaterPartNeedsNoApology: the apology and the word of feeling open
// part 1 of a thread; a later part ("2/2") goes on with the answer and
// needs neither. Part 1, and a reply with no marker, still do.
func TestLaterPartNeedsNoApology(t *testing.T) {
	en := "@ShopHelp My parcel was marked delivered but it's not here, third time this month!"
	nl := "@PakketPost Pakket staat op bezorgd maar hier ligt niks, al de derde keer deze maand!"
	info := &Config{Rules: map[string]RuleConfig{"empathy-missing": {Severity: Warning}}}
	for _, rule := range []string{"apology-missing", "empathy-missing"} {
		checkFires(t, rule, info, []firesCase{
			{"en later part", "@user 2/2 Here is where you can follow the claim: https://example.com/claims ^Heather", en, false},
			{"en later part, marker at the end", "@user You can follow the claim at https://example.com/claims. ^Heather 3/3", en, false},
			{"nl later part", "@user Je kunt de claim volgen via https://example.nl/claim ^Noor 2/2", nl, false},
			{"near miss: en first part", "@user You can follow the claim at https://example.com/claims. 1/2", en, true},
			{"near miss: nl no marker", "@user Je kunt de claim volgen via https://example.nl/claim ^Noor", nl, true},
		})
	}
}
