package lint

import (
	"strings"

	"github.com/replylint/replylint/tone"
)

// publicPIIRule: AVG/GDPR, no personal data in a public reply.
var publicPIIRule = register(&Rule{
	ID:       "public-pii",
	Doc:      "Personal data in public (AVG/GDPR): a public reply contains a personal e-mail address, a mobile number, an IBAN, a street address or postcode with house number, a BSN or a date of birth. Not: company contact details (0800/088/0900, service@ addresses), masked values, order numbers.",
	URL:      rulesURL,
	Severity: Error,
	Part:     PartPrivacy,
	Cost:     60,
	Run: func(p *Pass) {
		a := p.Analysis
		if a.Input.Channel != tone.ChannelPublic {
			return
		}
		for _, e := range a.PersonalData() {
			if p.Config.allowedContact(e.Text) {
				continue
			}
			kind := p.msg("kind-" + string(e.Kind)) // in the reply's language
			if kind == "" {
				kind = string(e.Kind)
			}
			p.ReportFinding(Finding{Span: e.Span, Cost: p.Rule.Cost,
				Message:     p.msg("message", "kind", kind, "words", e.Text),
				Suggestions: []string{p.msg("suggestion")},
			})
		}
	},
}, listing{
	finds: "personal data in a public reply: personal e-mail, mobile number, IBAN (checksum-validated), street address or postcode with house number, BSN, date of birth. Not company numbers (0800/088/0900), service@/info@ addresses, masked values, order numbers.",
	brief: "personal e-mail, phone, IBAN, address in public",
})

// normalizeContact reduces a phone number to its digits and an address to
// lower case, so "06-1234 5678" and "0612345678" compare equal.
func normalizeContact(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if strings.Contains(s, "@") {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
