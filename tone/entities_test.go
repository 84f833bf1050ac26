package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// entityTexts hold one or more entities of every kind, and near-misses.
var entityTexts = []struct {
	text string
	want []string // kind:text of the entities found
}{
	{"Bel me op 06-12345678 of +31 (0)6 1234 5678.", []string{"mobile:06-12345678", "mobile:+31 (0)6 1234 5678"}},
	{"Call 07700 900123 please", []string{"mobile:07700 900123"}},
	{"Of 0031 6 12345678, of +44 7700 900123.", []string{"mobile:0031 6 12345678", "mobile:+44 7700 900123"}},
	{"Call 0800 123 4567 or 020 123 4567.", []string{"phone:0800 123 4567"}},
	{"Bel gerust 0800-0123 of 088 123 45 67.", []string{"phone:0800-0123", "phone:088 123 45 67"}},
	{"Mijn IBAN is NL91 ABNA 0417 1643 00, toch?", []string{"iban:NL91 ABNA 0417 1643 00"}},
	{"Order NL12ABCD3456789012 is geen IBAN.", nil},
	{"Ik woon op de Kerkstraat 12a in Utrecht.", []string{"street-address:Kerkstraat 12a"}},
	{"Send it to 221 Baker Street, London.", []string{"street-address:221 Baker Street"}},
	{"Ship to #221 Baker Street or Sint-Jansstraat 5-7.", []string{"street-address:221 Baker Street", "street-address:Sint-Jansstraat 5-7"}},
	{"De straat 12 keer gebeld; 3 streets away.", nil},
	{"Adres: 3511 AB, 12 in Utrecht", []string{"postcode:3511 AB, 12"}},
	{"Huisnummer 12, 3511AB Utrecht", []string{"postcode:3511AB"}},
	{"Postbus 1234, 1000 AB Amsterdam", []string{"postcode:1000 AB"}},
	{"Mijn BSN-nummer is 123456782.", []string{"bsn:BSN-nummer is 123456782"}},
	{"geboortedatum: 12-03-1985", []string{"date-of-birth:geboortedatum: 12-03-1985"}},
	{"(geb. 1-2-1990)", []string{"date-of-birth:geb. 1-2-1990"}},
	{"Date of birth is 3 March 1990", []string{"date-of-birth:Date of birth is 3 March 1990"}},
	{"Born on 3 March 1990", []string{"date-of-birth:Born on 3 March 1990"}},
	{"Ordernummer 1234567 komt morgen; bestelling 2024 ABC.", nil},
	{"Sorry voor het wachten, we bellen je om 10.30 uur.", nil},
}

func TestCompanyMailboxes(t *testing.T) {
	a := Analyze(Input{Text: "Mail ons op service@bol.com of webcare@ah.mypurecloud.de, niet naar sanne.jansen@gmail.com."})
	var company, personal []string
	for _, e := range a.Entities {
		if e.Company {
			company = append(company, e.Text)
		} else {
			personal = append(personal, e.Text)
		}
	}
	assert.Equal(t, []string{"service@bol.com", "webcare@ah.mypurecloud.de"}, company)
	assert.Equal(t, []string{"sanne.jansen@gmail.com"}, personal)
}

func TestEntityKinds(t *testing.T) {
	for _, c := range entityTexts {
		a := Analyze(Input{Text: c.text, Lang: "nl"})
		var got []string
		for _, e := range a.Entities {
			if e.Kind != EntityEmail {
				got = append(got, string(e.Kind)+":"+e.Text)
			}
		}
		assert.Equal(t, c.want, got, c.text)
	}
}

// TestEntityGatesLoseNothing: the cheap gates in front of the entity
// patterns only skip work; with and without them the entities are the same.
func TestEntityGatesLoseNothing(t *testing.T) {
	texts := []string{}
	for _, c := range entityTexts {
		texts = append(texts, c.text, c.text+" "+c.text, "("+c.text+")")
	}
	for _, r := range corpusSeeds(t) {
		texts = append(texts, r[0], r[1])
	}
	for _, text := range texts {
		tokens := tokenizeText(text)
		require.Equal(t, findEntitiesGated(text, tokens, false), findEntitiesGated(text, tokens, true), text)
	}
}
