package lint

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/replylint/replylint/tone"
)

func TestPlaceholder(t *testing.T) {
	runRuleCases(t, "placeholder", []ruleCase{
		{name: "a slot of the draft left open", reply: "@sanne Wat balen van je pakket, sorry! We gaan [wat we doen en wanneer]. ^Anne, webcare",
			want: []string{"[wat we doen en wanneer]"}},
		{name: "a name slot", reply: "Hoi [naam], je pakket komt morgen. ^Anne, webcare", want: []string{"[naam]"}},
		{name: "a slot in capitals", reply: "Beste [NAAM KLANT], je pakket komt morgen. ^Anne, webcare", want: []string{"[NAAM KLANT]"}},
		{name: "two slots", reply: "Hoi [naam], je pakket komt [datum]. ^Anne, webcare", want: []string{"[naam]", "[datum]"}},
		{name: "a template engine's slot", reply: "Hoi {{naam}}, je pakket komt morgen. ^Anne, webcare", want: []string{"{{naam}}"}},
		{name: "English answer slot", reply: "@tom Sorry about the delay! [answer] ^Jo, support lead", want: []string{"[answer]"}},
		{name: "English slot with a slash", reply: "@tom Your refund arrives on [date/time]. ^Jo, support lead", want: []string{"[date/time]"}},

		{name: "a markdown link is no slot", reply: "Hoi Sanne, zie [de handleiding](https://example.nl/hulp). ^Anne, webcare"},
		{name: "a markdown reference link is no slot", reply: "Hoi Sanne, zie [de handleiding][1]. ^Anne, webcare"},
		{name: "a part marker is no slot", reply: "@sanne Je pakket komt morgen, we sturen je de track & trace. [1/2]"},
		{name: "a quoted bracket is the customer's", reply: "@sanne Je schreef \"[naam]\" in het formulier: vul daar je eigen naam in. ^Anne, webcare"},
		{name: "an empty checkbox", reply: "@sanne Vink [ ] aan en klik op verzenden. ^Anne, webcare"},
		{name: "sic", reply: "@tom You wrote \"recieved\" [sic], no worries! It arrives tomorrow. ^Jo, support lead"},
		{name: "English link text", reply: "@tom See [our returns page](https://example.com/returns). ^Jo, support lead"},
		{name: "a bracket over two lines is no slot", reply: "@tom It arrives tomorrow [we checked\nwith the courier]. ^Jo, support lead", want: nil},
	})
}

func TestPlaceholderIsAnErrorThatCosts(t *testing.T) {
	res := Lint(tone.Input{Text: "Hoi [naam], je pakket komt morgen. ^Anne, webcare"}, nil)
	assert.Equal(t, Error, res.Max())
	assert.Equal(t, 50, costs(res.Score)["placeholder"])
}
