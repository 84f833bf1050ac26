package reply

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Danger is heard in the draft's urgency and wording: a child hurt by
// furniture gets the safety opening (how are they now), never "balen" or a
// plain case; mould in the home with someone with asthma is urgent and
// says why, as no heating with a baby is.
func TestDangerIsHeardInTheDraft(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // one of each group of words, any seed
		not        []string
	}{
		{"nl shelf on a toddler", "Het wandrek kwam los en is bovenop mijn zoontje gevallen, hij heeft een bult op zijn hoofd.",
			[]string{"hoe gaat het nu met je zoon"}, []string{"balen", "vervelend"}},
		{"en bookcase on a child", "Your bookcase toppled onto my son last night, he has a cut on his head.",
			[]string{"your son"}, []string{"frustrat", "trouble with"}},
		{"nl mould with asthma", "Al maanden vochtplekken in de kinderkamer en mijn dochter heeft astma. Wanneer komen jullie?",
			[]string{"astma", "voorrang"}, []string{"balen"}},
		{"en mould with asthma", "There's mould on the bedroom walls again and our son is asthmatic. Nobody has come.",
			[]string{"asthma", "priority"}, []string{"frustrat"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkSeedDrafts(t, c.text, c.want, c.not)
		})
	}
}

// A customer who asks whether a mail or text is ours gets the warning and
// how to check, never an apology for what the phishing mail claims ("your
// account is blocked") or a request for their account number.
func TestAPhishingCheckIsWarnedNotApologisedFor(t *testing.T) {
	for _, text := range []string{
		"Ik kreeg een sms dat mijn pas verloopt en ik via een linkje moet inloggen. Komt die sms echt van jullie?",
		"Got a text saying my parcel is held and I need to pay £1.45 through a link. Is this from you?",
	} {
		t.Run(text, func(t *testing.T) {
			for _, r := range draftSeeds(text) {
				low := strings.ToLower(r.Text)
				assert.Contains(t, low, "link", r.Text)
				assert.True(t, strings.Contains(low, "klik niet") || strings.Contains(low, "don't click"), r.Text)
				for _, w := range []string{"sorry", "excuses", "spijt", "nummer", "number", "["} {
					assert.NotContains(t, low, w, r.Text)
				}
				assert.True(t, r.Clean, r.Text)
			}
		})
	}
}

// The emergency number out of reach: the draft says first how to call for
// help now, with an apology; never "balen" or a plain outage case.
func TestAnEmergencyNumberOutageSaysHowToCallForHelp(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Gisteravond kon ik geen 112 bellen met mijn mobiel, mijn vader was gevallen.", "vaste lijn"},
		{"We couldn't get through to 999 last night, my husband had chest pains.", "landline"},
	} {
		t.Run(c.text, func(t *testing.T) {
			checkSeedDrafts(t, c.text, []string{c.want}, []string{"balen"})
		})
	}
}

// A photo of their children that we posted, asked to be taken down: we
// take it down now and say so, as for any personal data of theirs in a
// post of ours; no answer slot, no thanks.
func TestAPhotoOfTheirChildrenIsTakenDown(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Jullie hebben een foto van mijn zoon op de site geplaatst. Haal die weg, mijn ex mag niet weten waar we wonen.", "meteen weg"},
		{"You shared a picture of my kids on your page without asking. Please take it down, my ex can't know where we live.", "take"},
	} {
		t.Run(c.text, func(t *testing.T) {
			checkSeedDrafts(t, c.text, []string{c.want}, []string{"["})
		})
	}
}
