package lint

import "testing"

// TestNextStepWithoutATime: a lead asks a complaint for some action and
// calls one without a time vague, not missing. A promise the customer will
// see kept, someone named who will help further, a remedy already done, a
// step or advice for the customer in a later clause, and an answer to what
// the customer asked are next steps; an apology and stock words alone are
// not, nor an answer in doubt.
func TestNextStepWithoutATime(t *testing.T) {
	enParcel := "My parcel arrived with the box torn open and half the contents missing. Not happy."
	enBill := "Why is my bill 20 pounds higher this month?? Nobody told me anything about this."
	nlPakket := "Mijn pakket is kapot aangekomen en de helft ontbreekt. Echt balen dit."
	nlVoorschot := "Waarom is mijn voorschot ineens 40 euro hoger? Ik verbruik juist minder."
	checkFires(t, "no-next-step", nil, []firesCase{
		{"english promise of ours without a time", "@user So sorry the box arrived torn, Dana. I'll get this sorted for you and we'll get back to you with the courier's answer. ^Sam", enParcel, false},
		{"english someone named will help further", "@user So sorry the box arrived torn, Dana. The team at your local depot will be more than happy to help with a replacement. ^Sam", enParcel, false},
		{"english a remedy done and a step in a later clause", "@user Sorry about the torn box, Dana. I re-set your claim form, try it now. ^Sam", enParcel, false},
		{"english advice on what to do", "@user Sorry about the torn box, Dana. I'd advise returning it with the delivery note to your nearest store. ^Sam", enParcel, false},
		{"english apology and stock words only", "@user So sorry the box arrived torn, Dana. We always want your parcels to arrive safely. ^Sam", enParcel, true},
		{"english the question answered", "@user The extra 20 pounds on your bill is the yearly line rental, billed every October. ^Sam", enBill, false},
		{"english the question thanked, not answered", "@user We appreciate you reaching out to us today. ^Sam", enBill, true},
		{"dutch promise of ours without a time", "@user Wat balen van je kapotte pakket! We nemen contact met je op over een nieuw pakket. ^Noor", nlPakket, false},
		{"dutch advice on what to do", "@user Wat balen van je kapotte pakket! Ik raad je aan om het met de pakbon terug te brengen naar de winkel. ^Noor", nlPakket, false},
		{"dutch stock words only", "@user Wat balen van je kapotte pakket! We willen altijd dat alles heel aankomt. ^Noor", nlPakket, true},
		{"dutch the question answered", "@user Je voorschot is hoger omdat de energieprijzen per 1 januari zijn gestegen. ^Noor", nlVoorschot, false},
		{"dutch the answer in doubt", "@user Misschien is je voorschot hoger door de nieuwe prijzen. ^Noor", nlVoorschot, true},
		// Saying the customer's trouble back answers nothing.
		{"dutch the trouble said back", "@user Je voorschot is helaas hoger. ^Noor", nlVoorschot, true},
		{"english the trouble said back", "@user Your bill is higher this month. ^Sam", enBill, true},
	})
}

// TestMirrorPacedByACaseQuestion: an opening that asks about the
// customer's case takes up the matter in its own words; one that only
// asks for personal data or a DM could follow any complaint.
func TestMirrorPacedByACaseQuestion(t *testing.T) {
	cfg := &Config{Rules: map[string]RuleConfig{"mirror": {Severity: Warning}}}
	en := "Your checkout keeps crashing when I pay, this is ridiculous"
	nl := "Jullie betaalpagina loopt steeds vast bij het afrekenen, belachelijk"
	checkFires(t, "mirror", cfg, []firesCase{
		{"english a question about the case", "@user I'm so sorry, Andrew. Which phone and browser are you using? ^Dan", en, false},
		{"english a DM request only", "@user I'm so sorry, Andrew. Can you DM us your account email? ^Dan", en, true},
		{"dutch a question about the case", "@user Wat vervelend! Op welke telefoon en in welke browser gebeurt het? ^Noor", nl, false},
		{"dutch a DM request only", "@user Wat vervelend! Kun je ons even een DM sturen? ^Noor", nl, true},
	})
}
