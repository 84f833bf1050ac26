package tone

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The sign-off grammar: a name at the end with a marker, a closing or a
// line of its own, glued to the text or not, with a role, emoji, link or
// part marker after it. All replies are invented.
func TestSignOffGrammar(t *testing.T) {
	cases := []struct {
		name, text string
		who, role  string // who is "" when no person signs
		team       bool
	}{
		// Markers, glued or apart.
		{"star and CamelCase", "Send us a DM and we'll sort it. *BrittaLund", "BrittaLund", "", false},
		{"star and a name with an initial", "We'll check the line today. *OwenK", "OwenK", "", false},
		{"dash glued to a word", "Glad the new router works for you-Priya", "Priya", "", false},
		{"dash after a closing with a space", "We've re-sent the code, thank you- Noor", "Noor", "", false},
		{"closing glued after a full stop", "Your seat is booked.Thanks-Ravi", "Ravi", "", false},
		{"initials glued after a full stop", "The outage is over now.-TK", "TK", "", false},
		{"double dash glued", "Happy to help with the bill.--MB", "MB", "", false},
		{"initials after a question mark", "Which store was it?BW", "BW", "", false},
		{"caret after an emoji", "Fijne avond nog 🌙^Sanne", "Sanne", "", false},
		{"caret after a part marker", "Hij komt vrijdag. 2/2^Jesse", "Jesse", "", false},
		{"caret with initials that spell a word", "Stuur ons je bonnetje. ^DO", "DO", "", false},
		{"caret with lower-case initials", "We pass it on to the store. ^rk", "rk", "", false},
		{"dash with a name that is a Dutch word", "We kijken met je mee. -Dan", "Dan", "", false},
		{"caret name with particle and brand", "Tot morgen! ^Lotte van Zonnedal", "Lotte van Zonnedal", "", false},
		// Closings.
		{"closing, dash, name, part", "We'll call the depot. TY - Marco 2/2", "Marco", "", false},
		{"abbreviated closing and name", "Photos would help us here. Ty - Hana", "Hana", "", false},
		{"closing and name with a full stop", "We'll look into it. Thanks, Ilse.", "Ilse", "", false},
		{"Dutch closing with particle and role", "Je krijgt vandaag bericht.\nMet vriendelijke groet,\nKees de Vries, teamleider webcare", "Kees de Vries", "teamleider webcare", false},
		{"English closing with role in brackets", "Your refund is on its way. Best, Tom (Support Lead)", "Tom", "Support Lead", false},
		// Followers in any order.
		{"name, link", "Here is the form. - Lucas https://example.com/form", "Lucas", "", false},
		{"emoticon before the name", "Check your inbox =) Mira", "Mira", "", false},
		{"emoji glued after the name", "Geniet ervan! ^Bram💪", "Bram", "", false},
		// Team only.
		{"team sign-off", "We sturen hem morgen. Team Klantenservice", "", "", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			so := Analyze(Input{Text: c.text}).SignOff
			assert.True(t, so.Found, "sign-off in %q", c.text)
			assert.Equal(t, c.who, so.Name)
			assert.Equal(t, c.role, so.Role)
			assert.Equal(t, c.team, so.Team)
		})
	}
}

func TestSignOffGrammarNearMisses(t *testing.T) {
	for name, text := range map[string]string{
		"a closing alone with an emoji":     "Thanks for letting us know. Cheers 🙂",
		"thanks alone":                      "We've fixed it. Thanks!",
		"groetjes alone":                    "Je pakket komt morgen. Groetjes!",
		"the customer's name after a comma": "Thanks for reaching out, Andrew.",
		"a brand with a hyphen":             "Did you try the T-Mobile app?",
		"a compound with a capital":         "We sell Coca-Cola",
		"a suffix after a dash":             "It works with the mail app -ish",
		"a name cheered at the end":         "Succes met de verhuizing Michel!",
		"an abbreviation glued to a period": "Send us a DM.OK",
		"a sentence that trails off":        "Well Kim....",
		"a handle before one letter":        "@115797 H",
		"a time glued to a caret":           "We're open 07:30-20:00^",
		"a word in a multi-word phrase":     "Open the app. Reply in DM.",
	} {
		t.Run(name, func(t *testing.T) {
			so := Analyze(Input{Text: text}).SignOff
			assert.False(t, so.Found, "no sign-off in %q, got %q", text, so.Text)
		})
	}
}

// TestSignOffAfterAnyLengthOfText: the sign-off is read from the last
// fields of a reply, however many come before it; a name on a line of its
// own is found after a long reply as after a short one.
func TestSignOffAfterAnyLengthOfText(t *testing.T) {
	for _, words := range []int{0, 1, 14, 15, 16, 17, 31, 32, 33, 500} {
		body := strings.TrimSpace(strings.Repeat("Stuur ons even een DM. ", words/5+1))
		for _, tc := range []struct{ text, who string }{
			{body + " ^EK", "EK"},
			{body + "\nGroet,\nAnne", "Anne"},
			{body + " We kijken ernaar, Andrew.", ""},
		} {
			so := Analyze(Input{Text: tc.text, Lang: "nl"}).SignOff
			assert.Equal(t, tc.who != "", so.Found, "%d words: %q", words, tc.text[max(0, len(tc.text)-40):])
			assert.Equal(t, tc.who, so.Name, "%d words", words)
		}
	}
}
