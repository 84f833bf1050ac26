package reply

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/tone"
)

// TestDraftSigns checks the families a team lead's rating of drafts found
// where the reply needs a fact of the customer's words (the reading's
// AcuteKind, HazardOver, Spam and Thread), each with a hit and a near miss, in Dutch and English: a smell of
// gas is answered with what to do about gas, a fire that is out with "don't
// use it again", praise after a problem put right with "glad it's sorted",
// and an answer in a conversation under way is read back instead of asked
// what happened. Every draft passes the rules.
func TestDraftSigns(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	tests := []struct {
		name, in  string
		want, not []string
	}{
		// Gas: what to do now, not "is there any danger, like gas?".
		{"nl gas smell asked: what to do about gas", "Sinds vanmiddag ruik ik een gaslucht in onze gang bij de meterkast. Moet ik jullie bellen of iemand anders?",
			[]string{"gaslucht is gevaarlijk", "0800-9009"}, []string{"zoals een gaslucht"}},
		{"en gas smell: what to do about gas", "There's a strong smell of gas in my kitchen since this morning, who do I call?",
			[]string{"smell of gas is dangerous", "gas emergency line"}, []string{"like a smell of gas"}},
		{"nl near miss: smoke, no gas: the general danger line", "Mijn nieuwe waterkoker begon net te roken en er kwamen vonken uit!",
			[]string{"112"}, []string{"0800-9009"}},
		// A stranger in the account, and the customer asks what to do: the
		// takeover's steps, never an answer slot.
		{"nl login from abroad, what to do: steps, no answer slot", "Ik krijg meldingen van logins op mijn account vanuit Roemenië. Ik ben dat niet. Wat moet ik doen??",
			[]string{"wachtwoord"}, []string{"[antwoord", "help ik je graag"}},
		{"en stranger's login, what to do: steps, no answer slot", "A stranger logged into my account from Lagos last night, that wasn't me. What should I do?",
			[]string{"password"}, []string{"[answer", "happy to help with your question"}},
		// A fire that is out: no "get outside", don't use it again.
		{"nl fire out: no get outside", "De powerbank die ik bij jullie kocht vloog gisteren in brand op de bank. De brandweer is geweest, gelukkig niemand gewond.",
			[]string{"wat een schrik", "niet meer"}, []string{"ga dan eerst naar buiten"}},
		{"en fire out: no get outside", "The heater I bought from you caught fire last night. The fire brigade came and put it out, nobody was hurt.",
			[]string{"what a scare", "don't use it again"}, []string{"get outside first"}},
		{"en near miss: still burning: get outside", "The charger you sold me is smoking and sparking on my desk right now!",
			[]string{"emergency services"}, []string{"what a scare"}},
		// Praise after a problem put right: glad it's sorted.
		{"en thanks for a refund: no enjoyed charge", "Thanks for sorting out the double payment so fast, the money is already back on my card 🙏",
			[]string{"sorted"}, []string{"enjoyed", "sorry"}},
		{"nl thanks after a lost suitcase: no case to pick up", "Koffer was eerst kwijt op Schiphol, maar jullie hebben hem toch gevonden en vandaag netjes thuisbezorgd. Dank jullie wel, ik had de hoop al opgegeven 😅",
			[]string{"goed is gekomen"}, []string{"ik pak het", "wat we doen", "dm"}},
		{"en thanks after a lost suitcase: the customer is no colleague", "My suitcase went missing at first, but you found it and brought it to my door today. Thank you so much, I'd given up 😅",
			[]string{"thank"}, []string{"to i'd", "sorry"}},
		{"nl near miss: plain praise keeps its thanks", "Wat een fijne service in jullie winkel in Deventer, echt top!",
			[]string{"dank"}, []string{"goed is gekomen"}},
		// An answer in a thread: read back, don't ask what happened.
		{"en thread: no info either", "@Helpdesk The shop has no info either..",
			[]string{"read back through our conversation"}, []string{"what happened", "what went wrong", "next step"}},
		{"en thread: same problem", "@Helpdesk Same problem on the other laptop",
			[]string{"still isn't sorted", "read back through our conversation"}, []string{"what went wrong", "trouble with the laptop"}},
		{"nl thread complaint: al gedaan", "@Klantenservice Heb ik al gedaan, werkt ook niet. Echt balen dit.",
			[]string{"nog steeds niet is opgelost", "gesprek even terug"}, []string{"wat er is gebeurd"}},
		{"nl thread answer: zelfde probleem", "@Klantenservice Nee hoor, zelfde probleem. Ik word er gek van.",
			[]string{"gesprek even terug"}, []string{"wat er is gebeurd", "[wat we doen"}},
		{"en near miss: either in a fresh complaint", "My laptop keeps crashing, either fix it or give me a refund",
			[]string{"your laptop"}, []string{"read back through our conversation"}},
		{"en near miss: a fresh complaint that says nothing is asked", "@Helpdesk What a joke your customer service is.",
			nil, []string{"read back through our conversation"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDraftCase(t, p, tt.in, tt.want, tt.not)
		})
	}
}

// TestDraftSpamHeld: an advertisement gets no public draft but a note to
// hide or report it; a customer who asks to be sent a DM is no spam.
func TestDraftSpamHeld(t *testing.T) {
	for _, in := range []string{
		"Verdien €300 per dag vanuit huis!! Kijk snel in mijn bio 💸",
		"Make $500 a day from home, link in bio!!",
	} {
		r := Draft(tone.Input{Incoming: in}, Profile{Agent: "Anne"})
		require.True(t, r.Hold, in)
		assert.Empty(t, r.Text, in)
		assert.NotEmpty(t, r.Note, in)
	}
	for _, in := range []string{
		"Kunnen jullie mij een DM sturen over mijn bestelling?",
		"Please DM me for the details of my refund",
		"Ik heb de bio van jullie nieuwe monteur gelezen, leuk!",
	} {
		r := Draft(tone.Input{Incoming: in}, Profile{Agent: "Anne"})
		assert.False(t, r.Hold, in)
		assert.NotEmpty(t, r.Text, in)
	}
}

// TestDraftNoShareForPostedData: a post of the customer's own name and
// e-mail address with a link is no fun to share ("love this"): it gets
// the warning that the details are public, never a thanks for sharing; a
// light post with a link still does.
func TestDraftNoShareForPostedData(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	checkDraftCase(t, p, "@AirHelp Tan Khai Wah. __email__ https://example.com/p/1", []string{"visible"}, []string{"love this", "thanks for sharing"})
	checkDraftCase(t, p, "Dressed up as quarterbacks for $3 burritos @BurritoBar! https://example.com/p/2", []string{"sharing"}, []string{"visible"})
}
