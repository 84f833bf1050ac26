package lint

import "testing"

// Complaints the tests below answer, in both languages.
const (
	lateParcel  = "My parcel still hasn't arrived after two weeks, this is ridiculous"
	noInternet  = "Been without internet all day again, useless service"
	chargedTwo  = "Your app charged me twice for the same order, disgraceful"
	coldFries   = "Cold fries again at your Main Street drive-thru, not good enough"
	pakketLaat  = "Mijn pakket is na twee weken nog steeds niet binnen, belachelijk"
	geenNet     = "Al de hele dag geen internet, waardeloze service"
	dubbelBetal = "Jullie app heeft twee keer afgeschreven voor dezelfde bestelling, schandalig"
	kouweFriet  = "Alweer koude friet bij jullie drive-thru in Zwolle, niet normaal"
)

// TestNextStepCommitmentGrammar: a commitment is an agent (we, a named
// colleague or team, "they") with an action the customer will see done;
// an escalation to someone named; an instruction to the customer however
// it opens ("Kindly", "Stop by", "Loop even langs"); or a question about
// what is going on. Not a step: looking into it, passing feedback on,
// hoping, and a question that only offers more help.
func TestNextStepCommitmentGrammar(t *testing.T) {
	cfg := &Config{Rules: map[string]RuleConfig{"no-next-step": {Severity: Warning}}}
	checkNextStep(t, cfg, []firesCase{
		{"someone else reverses it", "@user Sorry! I've forwarded your case to our billing team and they'll reverse the second charge. ^Jo", chargedTwo, false},
		{"a supervisor will call back", "@user Sorry! I've put a note on your account and a supervisor will call you back this afternoon. ^Jo", lateParcel, false},
		{"the subject left out after and", "@user Sorry! I'm chasing the courier now and will update you by 5pm. ^Jo", lateParcel, false},
		{"escalated to someone named", "@user Sorry about that. We've escalated this to our network engineers. ^Jo", noInternet, false},
		{"reported to someone named", "@user Sorry! We've reported the fault to our engineers and they're on site now. ^Jo", noInternet, false},
		{"kindly as please", "@user Sorry! Kindly reinstall the app from the store and sign in again. ^Jo", noInternet, false},
		{"see a member of staff", "@user Sorry! Please see a member of staff at the desk and they'll sort it. ^Jo", lateParcel, false},
		{"stop by", "@user Sorry! Stop by the depot with your card and collect it from the counter. ^Jo", lateParcel, false},
		{"a question about what is going on", "@user That's not good. Can you confirm the model of your router? ^Jo", noInternet, false},
		{"near miss: passing feedback on", "@user Sorry! I've passed your feedback on to the team. ^Jo", lateParcel, true},
		{"near miss: escalating feedback is passing it on", "@user Sorry! I've forwarded your feedback to our delivery team. ^Jo", lateParcel, true},
		{"near miss: a colleague will look into it", "@user Sorry! A colleague will look into this. ^Jo", lateParcel, true},
		{"near miss: anything else we can help with", "@user Sorry! Is there anything else we can help with? ^Jo", lateParcel, true},
		{"near miss: can we help with anything else", "@user Sorry! Can we help with anything else? ^Jo", lateParcel, true},
		{"near miss: feel free to DM if you have questions", "@user Sorry! Feel free to DM us if you have any other questions. ^Jo", chargedTwo, true},
		{"near miss: if you need assistance reach out", "@user Sorry! If you need assistance, reach out to us. ^Jo", noInternet, true},
		{"near miss: see you soon", "@user Sorry! See you soon. ^Jo", lateParcel, true},

		{"zij bellen je morgen", "@user Sorry! Ik heb je zaak doorgezet naar onze bezorgafdeling en zij bellen je morgen. ^Anne", pakketLaat, false},
		{"gemeld bij de monteurs", "@user Sorry! We hebben de storing gemeld bij onze monteurs. ^Anne", geenNet, false},
		{"een medewerker boekt het terug", "@user Sorry! Een medewerker van de financiële afdeling boekt de tweede afschrijving terug. ^Anne", dubbelBetal, false},
		{"loop even langs", "@user Sorry! Loop even langs bij de servicebalie met je bon, dan ruilen ze het meteen. ^Anne", dubbelBetal, false},
		{"welk lampje brandt er", "@user Sorry! Kun je me vertellen welk lampje er op je modem brandt? ^Anne", geenNet, false},
		{"near miss: feedback doorgegeven", "@user Sorry! Ik heb je feedback doorgegeven aan het team. ^Anne", pakketLaat, true},
		{"near miss: nog ergens mee helpen", "@user Sorry! Kunnen we je verder nog ergens mee helpen? ^Anne", pakketLaat, true},
		{"near miss: nog iets waarmee we helpen", "@user Sorry! Is er verder nog iets waarmee we je kunnen helpen? ^Anne", pakketLaat, true},
		{"near miss: we hopen het", "@user Sorry! We hopen dat het snel weer werkt. ^Anne", geenNet, true},
	})
}

// TestEmpathyFeelingGrammar: a word of feeling (negative in the
// language's sentiment lexicon, or the lexicon's empathy-word list) in a
// frame about the customer's situation acknowledges it; an apology that
// names the situation in its own words does too. Not: the same word about
// something else, negated, or leaning on a cliché; a conditional apology.
func TestEmpathyFeelingGrammar(t *testing.T) {
	cases := []firesCase{
		{"what a nightmare", "@user What a nightmare, sorry! Can you DM us the order number? ^Jo", lateParcel, false},
		{"that's a horrible experience", "@user That's a horrible experience and I'm sorry. ^Jo", noInternet, false},
		{"such a bad time", "@user I'm sorry you've had such a bad time with us. ^Jo", chargedTwo, false},
		{"I'd be fuming too", "@user I'd be fuming too. Sorry! ^Jo", noInternet, false},
		{"let down", "@user I hate hearing that you've been let down like this. ^Jo", lateParcel, false},
		{"not the service you should get", "@user That's not the service you should expect from us, sorry. ^Jo", chargedTwo, false},
		{"an apology naming the situation", "@user I'm sorry your order hasn't arrived yet! ^Jo", lateParcel, false},
		{"an apology for a named thing", "@user Sorry about the cold fries, that's not what we want to serve. ^Jo", coldFries, false},
		{"near miss: awful about our week", "@user Our drivers have had an awful week with the snow. ^Jo", lateParcel, true},
		{"near miss: terrible about the weather", "@user The weather has been terrible, so deliveries are running late. ^Jo", lateParcel, true},
		{"near miss: not bad", "@user It's not bad news: the second charge is only a hold. ^Jo", chargedTwo, true},
		{"near miss: a conditional apology", "@user Our service should be consistent everywhere. So sorry if you experienced otherwise. ^Jo", lateParcel, true},
		{"near miss: an intensified cliché", "@user Really sorry to hear that and I hope it turns up. ^Jo", lateParcel, true},
		{"near miss: sorry for the inconvenience", "@user So sorry for the inconvenience this has caused. ^Jo", lateParcel, true},
		{"near miss: our own late reply", "@user Sorry for the delay in getting back to you. ^Jo", lateParcel, true},

		{"dat is echt slecht", "@user Dat is echt slecht, een hele dag zonder internet. ^Anne", geenNet, false},
		{"een verbogen gevoelswoord", "@user Wat een waardeloze ervaring, sorry daarvoor. ^Anne", pakketLaat, false},
		{"ik zou ook boos zijn", "@user Ik zou ook boos zijn. Sorry! ^Anne", geenNet, false},
		{"excuses die de situatie noemen", "@user Sorry voor de koude friet, zo hoort hij niet bij je te komen. ^Anne", kouweFriet, false},
		{"near miss: zware week van de bezorgers", "@user Onze bezorgers hebben een zware week gehad door de sneeuw. ^Anne", pakketLaat, true},
		{"near miss: niet slecht", "@user Dat is niet slecht: de storing is bijna voorbij. ^Anne", geenNet, true},
		{"near miss: sorry voor de late reactie", "@user Sorry voor de late reactie. ^Anne", pakketLaat, true},
		{"near miss: sorry dat je het zo ervaart", "@user Sorry dat je het zo ervaart. ^Anne", pakketLaat, true},
	}
	checkFires(t, "empathy-missing", nil, cases)
}

// TestStockAndDefenceFamiliesWidened: an intensified "sorry to hear that"
// running on into a hope, "troubles and inconvenience", "always looking
// to improve" are stock; the standard portion told against a complaint
// defends the product. Near misses name the situation or answer a
// question.
func TestStockAndDefenceFamiliesWidened(t *testing.T) {
	checkFamily(t, "hollow-cliche", []familyCase{
		{name: "sorry to hear that and I hope", reply: "@user I am really sorry to hear that and I hope you'll fly with us again. ^Jo", want: []string{"sorry to hear that and I hope"}},
		{name: "troubles and inconvenience", reply: "@user I'm truly sorry for the troubles and inconvenience. DM us your order number. ^Jo", want: []string{"sorry for the troubles and inconvenience"}},
		{name: "always looking to improve", reply: "@user Thanks, we're always looking to improve the customer experience. ^Jo", want: []string{"we're always looking to improve"}},
		{name: "near miss: sorry to hear the parcel is late", reply: "@user Sorry to hear your parcel is late and I'll chase it now. ^Jo"},
		{name: "near miss: always looking for your order", reply: "@user We're looking for your order now and will update you by 5pm. ^Jo"},
		{name: "altijd bezig te verbeteren", reply: "@user We zijn altijd bezig om onze service te verbeteren. ^Anne", want: []string{"We zijn altijd bezig om onze service te verbeteren"}},
		{name: "near miss: nu bezig met je bestelling", reply: "@user We zijn nu bezig met je bestelling en sturen hem vandaag. ^Anne"},
	})
	checkFamily(t, "defensive", []familyCase{
		{name: "the standard portion against a complaint", reply: "@user The standard portion is two ounces. ^Jo", incoming: "Your dressing cups are never filled to the top, what a rip-off", want: []string{"The standard portion is"}},
		{name: "near miss: the standard portion asked for", reply: "@user The standard portion is two ounces. ^Jo", incoming: "How much dressing comes in a cup?"},
		{name: "de standaard portie tegen een klacht", reply: "@user De standaard portie is 50 gram. ^Anne", incoming: "Jullie bakjes saus zijn nooit vol, belachelijk", want: []string{"De standaard portie is"}},
		{name: "near miss: de standaard portie gevraagd", reply: "@user De standaard portie is 50 gram. ^Anne", incoming: "Hoeveel saus zit er in een bakje?"},
	})
}

// TestHedgingHearsayAndHalfCertainty: hearsay ("apparently",
// "blijkbaar"), knowledge with a limit ("as far as I'm aware", "voor
// zover ik weet"), half certainty ("I'm not 100% sure", "ik weet het
// niet helemaal zeker") and assuming ("I reckon", "I would assume") are
// hedging; agreeing with the customer is not ("I think you're right",
// "ik denk dat je gelijk hebt"), nor is "It looks like you've been
// waiting" about them.
func TestHedgingHearsayAndHalfCertainty(t *testing.T) {
	checkFamily(t, "hedging", []familyCase{
		{name: "apparently", reply: "@user Sorry! Apparently the courier had a van breakdown. ^Jo", want: []string{"Apparently"}},
		{name: "as far as I'm aware", reply: "@user Sorry! As far as I'm aware it left the depot yesterday. ^Jo", want: []string{"As far as I'm aware"}},
		{name: "not 100% sure", reply: "@user Sorry! I'm not 100% sure where it is. ^Jo", want: []string{"I'm not 100% sure"}},
		{name: "I reckon", reply: "@user Sorry! I reckon it will turn up tomorrow. ^Jo", want: []string{"I reckon"}},
		{name: "I would assume", reply: "@user Sorry! I would assume it's in the local depot. ^Jo", want: []string{"I would assume"}},
		{name: "may well be", reply: "@user Sorry! It may well be with a neighbour. ^Jo", want: []string{"may well be"}},
		{name: "near miss: I think you're right", reply: "@user Sorry! I think you're right, it's far too late. ^Jo"},
		{name: "near miss: it looks like you've been waiting", reply: "@user Sorry! It looks like you've been waiting far too long. ^Jo"},
		{name: "blijkbaar", reply: "@user Sorry! Blijkbaar had de bezorger pech met zijn bus. ^Anne", want: []string{"Blijkbaar"}},
		{name: "voor zover ik weet", reply: "@user Sorry! Voor zover ik weet is hij gisteren vertrokken. ^Anne", want: []string{"Voor zover ik weet"}},
		{name: "niet 100% zeker", reply: "@user Sorry! Ik weet het niet 100% zeker, maar hij ligt in het depot. ^Anne", want: []string{"Ik weet het niet 100% zeker"}},
		{name: "near miss: je hebt gelijk", reply: "@user Sorry! Ik denk dat je gelijk hebt, dit duurt veel te lang. ^Anne"},
		{name: "near miss: voor zover mogelijk", reply: "@user Sorry! Voor zover mogelijk regelen we het vandaag. ^Anne"},
	})
	cfg := &Config{Rules: map[string]RuleConfig{"no-next-step": {Severity: Warning}}}
	checkNextStep(t, cfg, []firesCase{
		{"a guess with a time is no commitment", "@user Sorry! I reckon it will turn up tomorrow. ^Jo", lateParcel, true},
	})
}

// TestDataRequestAnyIdentifier: any number or reference of the
// customer's own is personal data, whatever it is called ("your meter
// number", "your customer reference", "je aansluitnummer", "je
// EAN-code"), and where they live; not ours, not the bus's, not a model
// number, and not when the request goes to DM.
func TestDataRequestAnyIdentifier(t *testing.T) {
	bill := "Your energy bill is wrong again, you're overcharging me, disgraceful"
	rekening := "Mijn energierekening klopt niet, jullie rekenen veel te veel af, schandalig"
	checkFamily(t, "dm-move", []familyCase{
		{name: "your meter number", reply: "@user Sorry! What's your meter number? I'll check it. ^Jo", incoming: bill, want: []string{"meter number"}},
		{name: "your policy number and the town you live in", reply: "@user Sorry! Please reply with your policy number and the town you live in. ^Jo", incoming: bill, want: []string{"policy number"}},
		{name: "your customer reference", reply: "@user Sorry! Tell us your customer reference and we'll look. ^Jo", incoming: bill, want: []string{"customer reference"}},
		{name: "near miss: meter number by DM", reply: "@user Sorry! DM us your meter number and I'll check it. ^Jo", incoming: bill},
		{name: "near miss: where to find it", reply: "@user Sorry! Your meter number is on your annual statement. ^Jo", incoming: bill},
		{name: "near miss: the bus's number", reply: "@user Sorry! What's the route number of the bus? ^Jo", incoming: bill},
		{name: "near miss: your flight number", reply: "@user Sorry! What's your flight number? ^Jo", incoming: bill},
		{name: "near miss: your boiler's fault number", reply: "@user Sorry! What's your boiler's fault number on the display? ^Jo", incoming: bill},
		{name: "near miss: your part number", reply: "@user Sorry! Tell us your part number from the sticker and we'll send a new one. ^Jo", incoming: bill},
		{name: "je meternummer", reply: "@user Sorry! Wat is je meternummer? Dan kijk ik het na. ^Anne", incoming: rekening, want: []string{"meternummer"}},
		{name: "je aansluitnummer en woonplaats", reply: "@user Sorry! Stuur je aansluitnummer en woonplaats hier, dan zoek ik het uit. ^Anne", incoming: rekening, want: []string{"aansluitnummer"}},
		{name: "je EAN-code", reply: "@user Sorry! Geef je EAN-code even door, dan kijk ik mee. ^Anne", incoming: rekening, want: []string{"EAN-code"}},
		{name: "near miss: meternummer via DM", reply: "@user Sorry! Stuur je meternummer via een DM, dan kijk ik het na. ^Anne", incoming: rekening},
		{name: "near miss: ons telefoonnummer", reply: "@user Sorry! Bel ons telefoonnummer 0800-1234 en we lossen het op. ^Anne", incoming: rekening},
		{name: "near miss: het lijnnummer", reply: "@user Sorry! Wat is het lijnnummer van de bus? ^Anne", incoming: rekening},
		{name: "near miss: welke storingscode", reply: "@user Sorry! Welke storingscode geeft je ketel aan? ^Anne", incoming: rekening},
		{name: "near miss: welk foutnummer", reply: "@user Sorry! Welk foutnummer zie je op het scherm van je meter? ^Anne", incoming: rekening},
		{name: "near miss: welke kleurcode", reply: "@user Sorry! Welke kleurcode heeft het lampje op je modem? ^Anne", incoming: rekening},
	})
}

// TestNextStepSetUpAndUnderWay: something set up for the customer ("I've
// requested a callback", "We've opened a case with the courier", "We
// hebben een onderzoek gestart") and someone else at work on it now or to
// a time ("Our billing team is reversing the second charge now", "Onze
// monteurs werken eraan om het voor 17.00 uur te herstellen") are steps;
// working on it without a time, hoping it is resolved, and noting or
// reviewing feedback are not.
func TestNextStepSetUpAndUnderWay(t *testing.T) {
	cfg := &Config{Rules: map[string]RuleConfig{"no-next-step": {Severity: Warning}}}
	checkNextStep(t, cfg, []firesCase{
		{"a callback requested", "@user Sorry! I've added a note and requested a callback for you this afternoon. ^Jo", chargedTwo, false},
		{"a case opened", "@user Sorry! We've opened a case for you with the courier. ^Jo", lateParcel, false},
		{"working to a time", "@user Sorry! Our technicians are working to restore service by 5pm. ^Jo", noInternet, false},
		{"reversing it now", "@user Sorry! Our billing team is reversing the second charge now. ^Jo", chargedTwo, false},
		{"near miss: working on a fix", "@user Sorry! We're aware of the issue and our team is working on a fix. ^Jo", noInternet, true},
		{"near miss: hopefully resolved soon", "@user Sorry! Hopefully this will be resolved soon. ^Jo", noInternet, true},
		{"near miss: review with the team", "@user Sorry! We'll review this with the team. ^Jo", lateParcel, true},
		{"near miss: comments logged", "@user Sorry! We've logged your comments. ^Jo", lateParcel, true},

		{"een terugbelverzoek aangemaakt", "@user Sorry! Ik heb een terugbelverzoek voor je aangemaakt. ^Anne", pakketLaat, false},
		{"een onderzoek gestart", "@user Sorry! We hebben een onderzoek gestart bij de vervoerder. ^Anne", pakketLaat, false},
		{"werken eraan tot een tijd", "@user Sorry! Onze monteurs werken eraan om het voor 17.00 uur te herstellen. ^Anne", geenNet, false},
		{"near miss: werken eraan", "@user Sorry! Onze monteurs werken eraan. ^Anne", geenNet, true},
		{"near miss: hopelijk snel opgelost", "@user Sorry! Hopelijk is het snel opgelost. ^Anne", geenNet, true},
		{"near miss: opmerking genoteerd", "@user Sorry! We hebben je opmerking genoteerd. ^Anne", pakketLaat, true},
	})
}

// TestNextStepContractedAgent: "they'll", "she'll" and "they're" are one
// token each, and a colleague who will act is a step however the verb is
// written ("and they'll call you today"). Not: they'll look into it, or
// call only if something goes wrong. Dutch has no contraction; "zij bellen
// je" is the same step.
func TestNextStepContractedAgent(t *testing.T) {
	cfg := &Config{Rules: map[string]RuleConfig{"no-next-step": {Severity: Warning}}}
	checkNextStep(t, cfg, []firesCase{
		{"pass it on and they'll call", "@user Sorry! I'll pass it on to the courier team and they'll call you today. ^Jo", lateParcel, false},
		{"she'll call you back", "@user Sorry! She'll call you back this afternoon. ^Jo", lateParcel, false},
		{"they're reversing it", "@user Sorry! They're reversing the second charge now. ^Jo", chargedTwo, false},
		{"near miss: they'll look into it", "@user Sorry! They'll look into it. ^Jo", lateParcel, true},
		{"near miss: they're looking into it", "@user Sorry! They're looking into it. ^Jo", chargedTwo, true},
		{"near miss: they'll call only if", "@user Sorry! If it's still missing, they'll call you. ^Jo", lateParcel, true},

		{"doorgeven en zij bellen", "@user Sorry! Ik geef het door aan de bezorgdienst en zij bellen je vandaag. ^Anne", pakketLaat, false},
		{"near miss: zij kijken ernaar", "@user Sorry! Zij kijken ernaar. ^Anne", pakketLaat, true},
	})
}
