package tone

import (
	"math/big"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// entityPatterns find contact and personal data. They are compiled once.
// Each has a clue that gates it, so most texts skip most regular
// expressions.
var entityPatterns = sync.OnceValue(func() []entityPattern {
	return []entityPattern{
		{EntityMobile, clueMobile, regexp.MustCompile(`(?:\+31|\b0031|\b0)[\s-]?\(?0?\)?6[\s-]?(?:[\d*xX][\s-]?){7}[\d*xX]\b`)},
		{EntityMobile, clueMobile, regexp.MustCompile(`(?:\+44[\s-]?\(?0?\)?7|\b07)\d{3}[\s-]?\d{3}[\s-]?\d{3}\b`)},
		{EntityPhone, cluePhone, regexp.MustCompile(`\b0(?:800|88|900|85|90\d)[\s-]?\d{2,3}[\s-]?\d{2,4}(?:[\s-]?\d{2})?\b`)},
		{EntityIBAN, clueIBAN, regexp.MustCompile(`\b[A-Z]{2}\d{2}[ ]?[A-Z0-9*]{4}(?:[ ]?[A-Z0-9*]{4}){1,6}(?:[ ]?[A-Z0-9*]{1,3})?\b`)},
		{EntityStreet, clueStreet, regexp.MustCompile(`\b\p{Lu}[\p{L}'-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|dreef|pad|steeg|markt|park|baan|veld|erf|ring|wal|plantsoen|boulevard)\s+\d{1,4}(?:\s?[a-zA-Z]\b|-\d+)?\b`)},
		{EntityStreet, clueStreet, regexp.MustCompile(`\b\d{1,5}\s+(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Boulevard|Blvd|Grove|Crescent|Gardens|Place|Court|Terrace|Row|Square|Hill|Walk|Mews)\b`)},
		{EntityPostcode, cluePostcode, regexp.MustCompile(`\b[1-9]\d{3}\s?[A-Z]{2}\b[\s,]+(?:nr\.?\s?|huisnummer\s)?\d{1,4}[a-zA-Z]?\b`)},
		// "12, 1234 AB": the house number before the postcode makes it
		// personal; the finding marks the postcode (the street pattern
		// marks "Kerkstraat 12").
		{EntityPostcode, cluePostcode, regexp.MustCompile(`\b\d{1,4}[a-zA-Z]?,?\s+([1-9]\d{3}\s?[A-Z]{2})\b`)},
		{EntityBSN, clueBSN, regexp.MustCompile(`(?i)\b(?:bsn|burgerservicenummer)(?:-?nummer)?\b[:\s-]*(?:is\s)?\d{8,9}\b`)},
		{EntityBirth, clueBirth, regexp.MustCompile(`(?i)\b(?:(?:geboortedatum|geboren\sop|date\sof\sbirth|dob|born\son|birthday)\b|geb\.)[:\s]*(?:(?:is|was|stond|staat|als|op|as|is\sset\sto)\s){0,2}\d{1,2}[-/. ]\d{1,2}[-/. ]\d{2,4}\b`)},
		{EntityBirth, clueBirthWord, regexp.MustCompile(`(?i)\b(?:geboortedatum|geboren\sop|date\sof\sbirth|born\son)\b[:\s]*(?:is\s)?\d{1,2}\s(?:jan|feb|maa|mar|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)\p{L}*\.?\s\d{4}\b`)},
	}
})

type entityPattern struct {
	kind EntityKind
	clue clue // what the text must hold for the pattern to match
	// re finds the entity; when it has a group, the group is the
	// entity's span and the rest only context.
	re *regexp.Regexp
}

// A clue is a cheap test of a shape or word an entity pattern cannot
// match without. Several patterns share a clue; each is tested at most
// once per text.
type clue uint8

const (
	clueMobile    clue = iota // 06-, +31 6, 07700
	cluePhone                 // 08…, 09… company lines
	clueIBAN                  // two capitals, two digits
	clueStreet                // a number next to a street word
	cluePostcode              // 1234 AB
	clueBSN                   // "bsn"
	clueBirth                 // "geboren", "geb.", "dob", …
	clueBirthWord             // "geboren", "birth", "born" (with a month name)
	clueCount
)

// clueTests are the tests, by clue.
var clueTests = [clueCount]func(*entityClues) bool{
	clueMobile:    hasMobileShape,
	cluePhone:     func(c *entityClues) bool { return strings.Contains(c.text, "08") || strings.Contains(c.text, "09") },
	clueIBAN:      hasIBANShape,
	clueStreet:    func(c *entityClues) bool { return hasStreetWord(c.tokens) },
	cluePostcode:  hasPostcodeShape,
	clueBSN:       hasFold("bsn", "burgerservicenummer"),
	clueBirth:     hasFold("geboortedatum", "geboren", "geb.", "birth", "dob", "born"),
	clueBirthWord: hasFold("geboortedatum", "geboren", "birth", "born"),
}

// entityClues is what the clue tests look at, the text and its tokens,
// and the answers so far.
type entityClues struct {
	text        string
	tokens      []Token
	known, hold [clueCount]bool
}

// holds reports whether the text holds a clue, testing it on first use.
func (c *entityClues) holds(k clue) bool {
	if !c.known[k] {
		c.known[k], c.hold[k] = true, clueTests[k](c)
	}
	return c.hold[k]
}

// hasMobileShape reports a 6 or 7 with a 0 or + at most five bytes before
// it, as in 06-, +31 6, 0031 6, 07700 and +44 7: where a mobile number
// starts.
func hasMobileShape(c *entityClues) bool {
	t := c.text
	for i := 1; i < len(t); i++ {
		if t[i] != '6' && t[i] != '7' {
			continue
		}
		if strings.ContainsAny(t[max(0, i-5):i], "0+") {
			return true
		}
	}
	return false
}

// hasFold returns a gate that reports one of the words (ASCII, lower
// case) anywhere in the text, in any case.
func hasFold(words ...string) func(*entityClues) bool {
	return func(c *entityClues) bool {
		t := c.text
		for i := 0; i < len(t); i++ {
			b := t[i] | 0x20 // ASCII lower case; other bytes never match a word's first letter
			for _, w := range words {
				if b == w[0] && len(t)-i >= len(w) && strings.EqualFold(t[i:i+len(w)], w) {
					return true
				}
			}
		}
		return false
	}
}

// hasIBANShape reports two capitals followed by two digits, where every
// IBAN starts.
func hasIBANShape(c *entityClues) bool {
	text := c.text
	for i := 0; i+3 < len(text); i++ {
		if isUpperASCII(text[i]) && isUpperASCII(text[i+1]) && isDigitASCII(text[i+2]) && isDigitASCII(text[i+3]) {
			return true
		}
	}
	return false
}

// hasPostcodeShape reports a Dutch postcode: four digits, the first not
// 0, an optional white space, two capitals.
func hasPostcodeShape(c *entityClues) bool {
	text := c.text
	for i := 0; i+5 < len(text); i++ {
		if text[i] < '1' || text[i] > '9' || !isDigitASCII(text[i+1]) || !isDigitASCII(text[i+2]) || !isDigitASCII(text[i+3]) {
			continue
		}
		j := i + 4
		if strings.IndexByte(" \t\n\r\f\v", text[j]) >= 0 {
			j++
		}
		if j+1 < len(text) && isUpperASCII(text[j]) && isUpperASCII(text[j+1]) {
			return true
		}
	}
	return false
}

func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }
func isDigitASCII(b byte) bool { return b >= '0' && b <= '9' }

// minDigits is the fewest digits a text needs before a kind of entity can
// be in it; most replies have none of these, and skip the regexes.
var minDigits = map[EntityKind]int{EntityStreet: 1, EntityPostcode: 5, EntityBirth: 4, EntityBSN: 8,
	EntityMobile: 9, EntityPhone: 7, EntityIBAN: 8}

// companyMailboxes are the local parts of company addresses: service@,
// info@ and the like are contact details, not personal data.
var companyMailboxes = setOf("service", "info", "klantenservice", "support", "help", "helpdesk", "contact",
	"webcare", "noreply", "no-reply", "privacy", "klachten", "care", "customercare", "customerservice",
	"hello", "hallo", "team", "sales", "feedback", "pers", "press", "media", "servicedesk", "admin",
	"billing", "facturen", "administratie", "bestellingen", "orders", "retour", "returns", "webshop",
	"klantcontact", "communicatie", "service-nl", "reserveringen", "booking", "bookings", "social",
	"phishing", "abuse", "security", "fraude", "fraud", "valsemail", "spam", "meldpunt", "storingen", "woordvoering")

// markCompanyContacts marks the contact details a sentence offers as the
// company's own: "bereik ons via WhatsApp op 06-…", "WhatsApp us on 07…",
// "onze winkel op de Kalverstraat 1, 1012 NX Amsterdam". They are not the
// customer's personal data, for the rules and the score alike.
func markCompanyContacts(a *Analysis) {
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Company || e.Kind == EntityEmail || e.Kind == EntityIBAN || e.Kind == EntityBSN || e.Kind == EntityBirth {
			continue
		}
		si := a.SentenceAt(e.Span.Start)
		if si < 0 {
			continue
		}
		s := a.Sentences[si]
		us, reach, place, youCalled := false, false, false, false
		for k, t := range a.Tokens[s.First:s.Last] {
			switch t.Lower {
			case "whatsapp", "whats'app":
				e.Company = true
			case "ons", "us":
				us = true
			case "onze", "our":
				if k+1 < s.Last-s.First && companyPlaces[a.Tokens[s.First+k+1].Lower] {
					place = true
				}
			case "bereiken", "bereikbaar", "bereik", "reach", "bel", "bellen", "call", "text", "app", "sms", "sms'en":
				reach = true
				// "Ik bel je terug op 06-…": the number is the customer's.
				if k+1 < s.Last-s.First {
					switch a.Tokens[s.First+k+1].Lower {
					case "je", "jou", "u", "you":
						youCalled = true
					}
				}
			}
		}
		isPhone := e.Kind == EntityMobile || e.Kind == EntityPhone
		if isPhone && us && reach && !youCalled || !isPhone && place {
			e.Company = true
		}
	}
}

// companyPlaces are the company's own places an address can belong to.
var companyPlaces = setOf("winkel", "vestiging", "filiaal", "servicebalie", "kantoor", "hoofdkantoor", "magazijn",
	"store", "shop", "branch", "office", "warehouse")

// helpdeskDomains are the mail domains of customer-service platforms: an
// address there is a company's inbox ("ahmobiel@….mypurecloud.de").
var helpdeskDomains = []string{"mypurecloud.", "zendesk.", "freshdesk.", "salesforce.", "force.com", "helpscout.",
	"intercom-mail.", "kustomer", "gorgias.", "servicenow.", "happyfox.", "desk.com"}

func helpdeskDomain(domain string) bool {
	for _, d := range helpdeskDomains {
		if strings.Contains(domain, d) {
			return true
		}
	}
	return false
}

// findEntities finds contact and personal data in text, left to right.
// E-mail addresses come from the tokens; the other patterns need digits,
// and run only on a text with enough of them.
func findEntities(text string, tokens []Token) []Entity {
	return findEntitiesGated(text, tokens, true)
}

// findEntitiesGated is findEntities; without gates every pattern runs on
// every text with enough digits (tests check that the gates lose nothing).
func findEntitiesGated(text string, tokens []Token, gated bool) []Entity {
	var out []Entity
	for _, t := range tokens {
		if t.Kind == Email {
			e := Entity{Kind: EntityEmail, Span: t.Span, Text: t.Text}
			e.Masked = strings.ContainsAny(e.Text, "*…") || strings.Contains(strings.ToLower(e.Text), "xxx")
			at := strings.IndexByte(e.Text, '@')
			e.Company = companyMailboxes[strings.ToLower(e.Text[:at])] || helpdeskDomain(strings.ToLower(e.Text[at+1:]))
			out = append(out, e)
		}
	}
	digits := 0
	for i := 0; i < len(text) && digits < 9; i++ {
		if text[i] >= '0' && text[i] <= '9' {
			digits++
		}
	}
	if digits == 0 {
		return out
	}
	clues := &entityClues{text: text, tokens: tokens}
	for _, p := range entityPatterns() {
		if digits < minDigits[p.kind] || gated && !clues.holds(p.clue) {
			continue
		}
		for _, loc := range p.re.FindAllStringSubmatchIndex(text, -1) {
			whole := loc[0]
			if len(loc) >= 4 && loc[2] >= 0 {
				loc = loc[2:4] // the pattern marks only its group
			}
			e := Entity{Kind: p.kind, Span: Span{loc[0], loc[1]}, Text: text[loc[0]:loc[1]]}
			e.Masked = strings.ContainsAny(e.Text, "*…") || strings.Contains(strings.ToLower(e.Text), "xxx")
			switch e.Kind {
			case EntityPhone:
				e.Company = true // 0800, 088, 0900: company lines
			case EntityIBAN:
				if !e.Masked && !validIBAN(e.Text) {
					continue
				}
			}
			if e.Kind == EntityMobile && strings.ContainsAny(e.Text, "xX") {
				e.Masked = true
			}
			if e.Kind == EntityPostcode && strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[max(0, whole-9):whole])), "postbus") {
				e.Company = true // a PO box is a company address
			}
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

// streetSuffixes end Dutch street names; streetWords are English ones.
var (
	streetSuffixes = []string{"straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "hof", "dreef",
		"pad", "steeg", "markt", "park", "baan", "veld", "erf", "ring", "wal", "plantsoen", "boulevard"}
	streetWords = setOf("street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "close", "way",
		"boulevard", "blvd", "grove", "crescent", "gardens", "place", "court", "terrace", "row", "square", "hill", "walk", "mews")
)

// hasStreetWord reports a number next to a word that can name a street:
// a Dutch street name before it ("Kerkstraat 12"), an English street word
// up to three words after it ("221 Baker Street"). The street patterns
// run only on texts where this holds.
func hasStreetWord(tokens []Token) bool {
	for i, t := range tokens {
		if t.Text == "" {
			continue
		}
		if i > 0 && isDigitASCII(t.Text[0]) {
			for _, s := range streetSuffixes {
				if strings.HasSuffix(tokens[i-1].Lower, s) {
					return true
				}
			}
		}
		if isDigitASCII(t.Text[len(t.Text)-1]) {
			for j := i + 1; j < len(tokens) && j <= i+3; j++ {
				if streetWords[tokens[j].Lower] {
					return true
				}
			}
		}
	}
	return false
}

// validIBAN checks the mod-97 checksum, so a long order number is not
// taken for an account number.
func validIBAN(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) < 15 || len(s) > 34 {
		return false
	}
	r := s[4:] + s[:4]
	var b strings.Builder
	for _, c := range r {
		switch {
		case c >= '0' && c <= '9':
			b.WriteRune(c)
		case c >= 'A' && c <= 'Z':
			b.WriteString(big.NewInt(int64(c - 'A' + 10)).String())
		default:
			return false
		}
	}
	n, ok := new(big.Int).SetString(b.String(), 10)
	return ok && new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
}
