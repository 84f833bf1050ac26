package lint

import "testing"

// Families found by a blind audit of 600 real English replies (five rules
// labelled by a team lead before the tool was run): stock sympathy around
// "sorry to hear", feedback "taken under advisement", what is "important to
// us"; guesses; a rebuke of the customer's language asked politely; the
// rule as a wall; the matter passed to another company; a phone number
// asked for in public. Each with its near misses.
func TestAuditedReplyFamilies(t *testing.T) {
	const complaint = "I was charged $50 to bring a small gift bag on board, that was uncalled for. Absolutely ridiculous."
	checkFamily(t, "hollow-cliche", []familyCase{
		{name: "sorry to hear about the trouble you are running into", reply: "@sam I am sorry to hear about this trouble you are running into. Please send me a DM. ^GA", want: []string{"sorry to hear about this trouble you are running into"}},
		{name: "sorry to hear about the inconveniences", reply: "@sam Sorry to hear about the inconveniences, are you getting an error code? ^GA", want: []string{"Sorry to hear about the inconveniences"}},
		{name: "sorry to hear you're disappointed", reply: "@sam We're sorry to hear you're disappointed. We'll look into it today. ^GA", want: []string{"sorry to hear you're disappointed"}},
		{name: "sorry to hear this was so frustrating", reply: "@sam Sorry to hear this process was so frustrating. ^N", want: []string{"Sorry to hear this process was so frustrating"}},
		{name: "I apologize that you think that", reply: "@sam I apologize that you think that. We're here to help. -DG", want: []string{"apologize that you think that"}},
		{name: "regret that you aren't happy", reply: "@sam I regret that you aren't happy with the information given. -DG", want: []string{"regret that you aren't happy with"}},
		{name: "never want your experience to be anything less than", reply: "@sam We never want your experience to be anything less than perfect. The Wi-Fi team is checking the router on that aircraft. ^KT", want: []string{"We never want your experience to be anything less than"}},
		{name: "want you to have a great experience", reply: "@sam We want you to have a great experience! Send us a DM with more details. ^CR", want: []string{"We want you to have a great experience"}},
		{name: "constructive feedback under advisement", reply: "@sam We appreciate your constructive feedback and are taking it under serious advisement. *AFC", want: []string{"We appreciate your constructive feedback", "taking it under serious advisement"}},
		{name: "X is very important to us", reply: "@sam Getting the expected performance from your phone is very important to us. Which version are you on? ^KT", want: []string{"is very important to us"}},
		// Near misses: the customer's own problem named.
		{name: "near miss: sorry to hear your parcel is late", reply: "@sam Sorry to hear your parcel still hasn't arrived after a week. Can you DM us the order number? ^GA"},
		{name: "near miss: sorry to hear about the delay to your flight to Leeds", reply: "@sam Sorry to hear about the trouble with your flight to Leeds tonight; the crew is on its way. ^GA"},
		{name: "near miss: important to us, then what we do", reply: "@sam It's important to us that you get this refund, so I've sent it today. ^GA"},
		{name: "near miss: we appreciate you letting us know about the broken door", reply: "@sam We appreciate you letting us know about the broken door at the Leeds store; a technician comes tomorrow. ^GA"},
	})
	checkFamily(t, "hedging", []familyCase{
		{name: "I'm guessing", reply: "@sam I'm guessing they found it and tagged it for a later flight? -Tara", want: []string{"I'm guessing"}},
		{name: "hope to have it restored", reply: "@sam We apologize and hope to have it restored soon. = JJ", want: []string{"and hope to have"}},
		{name: "near miss: assume you mean", reply: "@sam We assume you mean iOS 11, right? Which phone is it? ^KT"},
		{name: "near miss: an app that seems to cause it", reply: "@sam Is there a particular app that seems to cause these issues? ^KT"},
		{name: "near miss: reasons could be", reply: "@sam A few examples could be an aircraft change or a family seated together. 2/2"},
	})
	checkFamily(t, "defensive", []familyCase{
		{name: "ask you to avoid that language", reply: "@sam I would ask you please to avoid the use of that type of language. *AFC", incoming: "Your gate agents are useless, total clowns", want: []string{"ask you please to avoid the use of that type of language"}},
		{name: "only able to, against a complaint", reply: "@sam You're only able to have one personal item under the seat with this ticket type.", incoming: complaint, want: []string{"You're only able to"}},
		{name: "passed to the other airline, against a complaint", reply: "@sam If they operated your last flight, you would need to contact them regarding your delayed bag. ^Lolly", incoming: "My bag is still missing after four days, this is a disgrace", want: []string{"you would need to contact them regarding"}},
		{name: "near miss: only able to, to a question", reply: "@sam You're only able to bring one personal item with this ticket type. ^Lolly", incoming: "How many bags can I bring on a basic ticket?"},
		{name: "near miss: we contact them for you", reply: "@sam I've contacted the other airline for you about your bag and will update you tonight. ^Lolly", incoming: "My bag is still missing after four days, this is a disgrace"},
	})
	checkFamily(t, "dm-move", []familyCase{
		{name: "a contact number asked in public", reply: "@sam Do you have a good contact number where you can be reached? ^KT", want: []string{"contact number where you can be reached"}},
		{name: "near miss: asked through the private link", reply: "@sam Do you have a good contact number where you can be reached? Please send it through the private link. ^KT"},
		{name: "near miss: our contact number", reply: "@sam Our contact number is 0800 123 4567, open until 8pm. ^KT"},
	})
}

// Defence of the company against a complaint, from a second audit: its
// quality, service and staff praised, the customer's report contradicted,
// fairness and rules as a wall. The same words to a question are
// information.
func TestAuditedDefensiveFamilies(t *testing.T) {
	const complaint = "You guys call this chicken? It was raw in the middle, disgusting."
	checkFamily(t, "defensive", []familyCase{
		{name: "we take food quality seriously", reply: "@sam We take food quality seriously. Have you spoken to the store manager? ^AH", incoming: complaint, want: []string{"We take food quality seriously"}},
		{name: "great emphasis on customer service", reply: "@sam We place great emphasis on customer service. DM us if you need support. ^AH", incoming: "You are not a customer service company, you're a joke.", want: []string{"We place great emphasis on customer service"}},
		{name: "crew there to serve you", reply: "@sam Our crew is there to serve you and not deceive you. Please DM your flight details. ^AH", incoming: "Fifteen flights with you this year and only four left on time. Useless.", want: []string{"Our crew is there to serve you and"}},
		{name: "the team didn't recall saying this", reply: "@sam The team didn't recall saying this to anyone. Please have your friends contact us. -Becky", incoming: "My friends were told there was no guac left, ridiculous.", want: []string{"The team didn't recall saying"}},
		{name: "fair to all our guests, rules apply", reply: "@sam We just have to be fair to all of our guests, hence booking rules apply. -Sha", incoming: "You closed my case without a refund, $400 for three bags is robbery.", want: []string{"We just have to be fair to all of our guests", "booking rules apply"}},
		{name: "near miss: quality seriously to a question", reply: "@sam We take food quality seriously, so every batch is tested. ^AH", incoming: "How do you check your chicken before it goes out?"},
		{name: "near miss: our team will call you", reply: "@sam Our team is there to help: they'll call you back today about the refund. ^AH", incoming: complaint},
	})
}

// Clichés, guesses and data asked from the second audit, with near misses.
func TestAuditedSecondBatchFamilies(t *testing.T) {
	checkFamily(t, "hollow-cliche", []familyCase{
		{name: "I hear the frustration", reply: "@sam I hear the frustration. Please DM us the details. *AFC", want: []string{"I hear the frustration"}},
		{name: "apologise the inconvenience caused", reply: "@sam The fault is with our engineers. I apologise the inconvenience caused. ^TK", want: []string{"apologise the inconvenience caused"}},
		{name: "near miss: I hear the engineer is on his way", reply: "@sam I hear the engineer is on his way to you now and arrives before noon. ^TK"},
	})
	checkFamily(t, "hedging", []familyCase{
		{name: "hoping to have you on your way", reply: "@sam The airport is congested. Hoping to have you on your way soon. *ALA", want: []string{"Hoping to have"}},
		{name: "I hope they're able to resolve it", reply: "@sam I hope they're able to resolve the full issue this time. -KB", want: []string{"I hope they're able to resolve"}},
		{name: "seems that, opening a sentence", reply: "@sam Seems that channel is moving. It will be back within two days. ^RMD", want: []string{"Seems that"}},
		{name: "near miss: what seems to be the issue", reply: "@sam We're happy to help. What seems to be the issue? -JD"},
		{name: "near miss: you appear to be frustrated", reply: "@sam I saw your tweet and you appear to be frustrated. Please tell me what happened. ^NC"},
		{name: "near miss: we wish we could have come", reply: "@sam We're so jealous, we wish we could have got a cuddle too! ^Dani"},
		{name: "near miss: we hope you enjoy it", reply: "@sam We hope you enjoy the new seats on your next trip! ^Dani"},
	})
	checkFamily(t, "dm-move", []familyCase{
		{name: "name/ZIP/phone run together", reply: "@sam Please send us your full name/ZIP/phone #/account type so our team can call you. ^sp", want: []string{"name/ZIP/phone"}},
		{name: "near miss: the same by DM", reply: "@sam Please DM us your full name/ZIP/phone # so our team can call you. ^sp"},
	})
}

// Dutch families from a blind audit of 400 supermarket replies.
func TestAuditedDutchFamilies(t *testing.T) {
	checkFamily(t, "hedging", []familyCase{
		{name: "kan het zo zijn dat", reply: "@user Door de drukte kan het zo zijn dat de momenten vol zitten. ^Lisa", want: []string{"kan het zo zijn dat"}},
		{name: "het lijkt er inderdaad op dat", reply: "@user Het lijkt er inderdaad op dat er een storing was, sorry. ^SW", want: []string{"Het lijkt er inderdaad op dat"}},
		{name: "ik hoop dat het dan werkt", reply: "@user Ik heb het geregistreerd. Ik hoop dat het dan wel werkt. ^Rachel", want: []string{"Ik hoop dat het dan wel werkt"}},
		{name: "near miss: a question to the customer", reply: "@user Kan het zijn dat je een VPN aan hebt staan? Zet die dan even uit. ^EK"},
		{name: "near miss: het is mogelijk om", reply: "@user Het is mogelijk contant geld te krijgen met een volle spaarkaart. ^Sander"},
		{name: "near miss: ik hoop dat je geniet", reply: "@user Ik hoop dat je geniet van je taart! ^Sander"},
	})
	checkFamily(t, "hollow-cliche", []familyCase{
		{name: "sorry als het enige ongemak heeft veroorzaakt", reply: "@user Dit bespreken we met de winkel. Sorry als het enige ongemak heeft veroorzaakt! ^Nienke", want: []string{"Sorry als het enige ongemak heeft veroorzaakt"}},
	})
	checkFamily(t, "defensive", []familyCase{
		{name: "in andere supermarkten ook", reply: "@user De inhoud is inderdaad gewijzigd. Dit zul je in andere supermarkten ook vinden. ^LH", want: []string{"zul je in andere supermarkten ook"}},
		{name: "vijf tweets met dezelfde vraag", reply: "@user Je hebt zojuist 5 tweets met dezelfde vraag gestuurd. ^Stéphanie", want: []string{"Je hebt zojuist 5 tweets met dezelfde vraag"}},
		{name: "iedereen aangeraden op tijd te bestellen", reply: "@user Wegens de drukte hebben wij iedereen aangeraden ruim van tevoren te bestellen. ^SW", want: []string{"hebben wij iedereen aangeraden ruim van tevoren te bestellen"}},
		{name: "niet meer momenten dan er zijn", reply: "@user We kunnen niet meer momenten maken dan er zijn. ^Yfke", want: []string{"We kunnen niet meer momenten maken dan er zijn"}},
		{name: "near miss: we maken extra momenten", reply: "@user We maken deze week extra momenten vrij, kijk morgen nog eens. ^Yfke"},
	})
	checkFamily(t, "minimizing", []familyCase{
		{name: "het gaat sneller dan je denkt", reply: "@user Het lijkt een groot getal, maar het gaat sneller dan je denkt! ^AH", want: []string{"het gaat sneller dan je denkt"}},
	})
	checkFamily(t, "dm-move", []familyCase{
		{name: "near miss: a car's number is nobody's data", reply: "@user Dat klinkt niet best! Heb je het kenteken of autonummer gezien? Dan maak ik er een melding van. ^Daphne"},
	})
}

// A third audit, defensive only (1,100 real English replies): no
// exceptions, no going back on a decision, the information given before,
// the matter sent on to another company, the customer contradicted; and
// a customer who pushes back without a complaint the reading hears
// ("Oh, so you actually meant it CAN'T be used. Gotcha!!") is defended
// against as well.
func TestAuditedThirdBatchDefensive(t *testing.T) {
	const complaint = "I waited 30 days already and still can't change my name, this is ridiculous."
	checkFamily(t, "defensive", []familyCase{
		{name: "unable to make exceptions", reply: "@sam I'm sorry, but we're unable to make exceptions to the 30 day wait. ^SA", incoming: complaint, want: []string{"we're unable to make exceptions"}},
		{name: "unable to overturn the decision", reply: "@sam We would be unable to overturn the decision on your account. ^SA", incoming: "You banned my account for nothing, disgraceful.", want: []string{"unable to overturn the decision"}},
		{name: "information previously provided", reply: "@sam Here is the link again, according to the information previously provided to you. ^SA", incoming: "Still not working, useless.", want: []string{"information previously provided to you"}},
		{name: "you'll need to contact another company", reply: "@sam Due to contractual agreements, you'll need to contact your broadband provider for a resolution. -MD", incoming: "My mail has been down for two days, fix it.", want: []string{"Due to contractual agreements", "you'll need to contact your broadband provider for a resolution"}},
		{name: "doesn't sound like a bug", reply: "@sam That doesn't sound like a bug, it sounds like a GPU error. Which card do you have? ^Caroline", incoming: "Your game keeps crashing, total garbage.", want: []string{"That doesn't sound like a bug,"}},
		{name: "a customer pushing back is defended against", reply: "@sam No, my earlier message was correct. Several families share one address. ^JB", incoming: "Oh, so earlier you actually meant the same email CAN'T be used. Gotcha!!", want: []string{"my earlier message was correct"}},
		{name: "near miss: contact the manufacturer, asked which", reply: "@sam Please contact the manufacturer for the warranty; their number is on the box. ^SA", incoming: "Who handles the warranty on this blender?"},
		{name: "near miss: we made an exception", reply: "@sam We've made an exception and refunded the fee today. ^SA", incoming: complaint},
	})
}

// More walls against a complaint from the defensive audit, with near
// misses: the same words answering a question, or our own step.
func TestAuditedWallsAgainstAComplaint(t *testing.T) {
	const complaint = "Charged 5p for a bag for raw meat, ridiculous, other shops don't do that."
	checkFamily(t, "defensive", []familyCase{
		{name: "as per legislation", reply: "@sam Any extra bags require a 5p charge as per legislation. Thanks", incoming: complaint, want: []string{"as per legislation"}},
		{name: "it's all on the website", reply: "@sam All charges are available to view on our website before you call. ^Lisa", incoming: "You charged me 10 pounds for a phone call, a rip-off.", want: []string{"All charges are available to view on our website"}},
		{name: "no reported errors lately", reply: "@sam Hm, we haven't had any reported errors lately. Have you tried another browser? ^MA", incoming: "Your website has been broken for a week, useless.", want: []string{"we haven't had any reported errors lately"}},
		{name: "report it to our partner", reply: "@sam Sorry about the Wi-Fi! Please report the matter to our Wi-Fi partner at their number. *AFM", incoming: "Paid for Wi-Fi on the flight and it never worked, disgraceful.", want: []string{"Please report the matter to our Wi-Fi partner"}},
		{name: "discuss it in the forums", reply: "@sam For further investigation please discuss this in our Community forums. ^SA", incoming: "Your update deleted my saves, total garbage.", want: []string{"please discuss this in our Community forums"}},
		{name: "near miss: the law, to a question", reply: "@sam Bags cost 5p as per legislation. ^Lisa", incoming: "Do you charge for bags at the self-checkout?"},
		{name: "near miss: we report it to our partner ourselves", reply: "@sam Sorry about the Wi-Fi! I've reported it to our Wi-Fi partner and refunded the fee. *AFM", incoming: "Paid for Wi-Fi on the flight and it never worked, disgraceful."},
	})
}

// Near misses a webcare lead would not flag, found in review: a fix
// announced, the law in the customer's favour, our own step with a
// partner, and what is important to us followed by what we did.
func TestAuditedFamiliesReviewNearMisses(t *testing.T) {
	const complaint = "Trains cancelled all morning and no information, disgraceful."
	checkFamily(t, "defensive", []familyCase{
		{name: "a fix announced", reply: "@sam Sorry for this morning. Trains are now running as normal again. ^Kit", incoming: complaint},
		{name: "the law in the customer's favour", reply: "@sam Sorry about this. As per the law, you're entitled to a full refund, which I've sent. ^Kit", incoming: complaint},
		{name: "we raise it with our partner", reply: "@sam Sorry about the Wi-Fi! We'll raise this with our Wi-Fi partner today and refund the fee. *AFM", incoming: "Paid for Wi-Fi on the flight and it never worked, disgraceful."},
		{name: "hit: running as normal, told against the complaint", reply: "@sam All our trains were running as normal this morning. ^Kit", incoming: complaint, want: []string{"running as normal"}},
	})
	checkFamily(t, "hollow-cliche", []familyCase{
		{name: "important to us, then what we did", reply: "@sam Getting this right for you is important to us, so I've booked an engineer for tomorrow morning. ^TK"},
	})
}
