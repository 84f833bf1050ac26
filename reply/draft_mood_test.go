package reply

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/tone"
)

// The draft's opening follows what the message is: a cheerful share, an
// answer in a thread, a safety matter, a broken thing it cannot name.
func TestDraftFollowsTheMessage(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	cases := []struct {
		name    string
		text    string
		want    []string // all of these, lower case
		never   []string // none of these, lower case
		apology bool
		slot    bool
	}{
		{"nl share: light reply, no slot", "Kijk wat onze kat vanavond in jullie doos vond haha 😂", []string{"delen"}, []string{"excuses", "sorry", "vertellen"}, false, false},
		{"en share: light reply, no slot", "Movie night sorted with your popcorn 😂😂", []string{"thanks for sharing"}, []string{"sorry", "tell us"}, false, false},
		{"en a screenshot sent to a support desk: no share", "@PhoneCoSupport This is what my screen does now https://example.com/p", nil, []string{"sharing", "smile", "love this"}, false, true},
		{"nl a screenshot sent to a support desk: no share", "@NetKabelWebcare Dit zie ik nu op mijn scherm https://example.com/p", nil, []string{"delen", "leuk"}, false, true},
		{"en near miss: a photo to the brand's own account is shared", "@SnackCo Dressed up as your burrito tonight https://example.com/p", []string{"sharing"}, []string{"sorry"}, false, false},
		{"en the customer's own feeling is picked up", "I'm really worried, my medication order still hasn't arrived and I run out tomorrow.", []string{"worrying"}, []string{"frustrat"}, true, true},
		{"nl the customer's own feeling is picked up", "Ik maak me echt zorgen, mijn medicijnen zijn nog steeds niet geleverd.", []string{"zorgen"}, []string{"balen", "vervelend"}, true, true},
		{"en heartbroken is no 'really annoying'", "My daughter is heartbroken, her birthday parcel never arrived.", []string{"upsetting"}, []string{"annoying", "frustrat"}, true, true},
		{"nl kapot van is no 'balen'", "Mijn zoon is er kapot van, zijn verjaardagscadeau is nooit bezorgd.", []string{"verdrietig"}, []string{"balen", "vervelend"}, true, true},
		{"en near miss: a feeling denied is not picked up", "I'm not angry, but my parcel still hasn't arrived after two weeks.", nil, []string{"angry"}, true, true},
		{"en asked to DM: we do, no answer slot", "Sure. Please drop me a message now.", []string{"dm"}, []string{"[answer", "sorry"}, false, false},
		{"nl asked to DM: we do, no answer slot", "Ja, dat is goed. Stuur me maar een DM.", []string{"dm"}, []string{"[antwoord", "excuses"}, false, false},
		{"en an account wanted closed: help to leave, no retention", "I want my payments account CLOSED. Dm me please.", []string{"cancel"}, []string{"keep you"}, true, true},
		{"en no email and no call: not heard back, no phone", "No. Did not receive an email nor a phone call yesterday. Completely unacceptable.", []string{"heard back"}, []string{"the phone"}, true, true},
		{"nl no mail and no call: nothing heard", "Geen mail ontvangen en geen telefoontje, terwijl dat beloofd was. Belachelijk.", []string{"niets van ons"}, nil, true, true},
		{"en a verb is no thing: no 'the watch'", "Wow, you want to watch the final and the network has an outage!!!", nil, []string{"the watch"}, true, true},
		{"nl thread answer: next step, no 'tell us more'", "Gegevens zijn net verstuurd via het formulier.", []string{"[wat we doen en wanneer]"}, []string{"iets meer vertellen", "excuses"}, false, true},
		{"en thread answer: next step, no 'tell us more'", "Sent the details over through the form just now", []string{"[what we'll do and when]"}, []string{"tell us a bit more", "sorry"}, false, true},
		{"nl one word: no share, the thread read back", "Hulp", []string{"gesprek even terug"}, []string{"delen", "excuses", "dank je"}, false, false},
		{"en one word: no share, the thread read back", "Help", []string{"read back"}, []string{"sharing", "sorry"}, false, false},
		{"nl a cry for help with marks: no share, the thread read back", "Hulp!!", []string{"gesprek even terug"}, []string{"delen", "excuses"}, false, false},
		{"nl the word of the trouble is not its thing", "Alweer een storing, belachelijk", []string{"niet goed werkt"}, []string{"storing niet goed werkt"}, true, true},
		{"nl near miss: the thing beside the trouble is said back", "Mijn wifi valt steeds weg, belachelijk", []string{"je wifi niet goed werkt"}, nil, true, true},
		{"en near miss: the thing beside the trouble is said back", "My wifi keeps dropping out, ridiculous", []string{"your wifi"}, nil, true, true},
		{"en a cry for help with marks: no share, the thread read back", "Help!!", []string{"read back"}, []string{"sharing", "love this", "smile"}, false, false},
		{"nl price rise: said back", "Waarom gaat mijn maandbedrag alweer omhoog zonder bericht? Ik stap over.", []string{"je maandbedrag omhoog gaat"}, nil, true, true},
		{"en price rise: said back", "My monthly price went up again without any notice, I'm switching.", []string{"gone up"}, nil, true, true},
		{"nl request to see own data: no 'fout met persoonsgegevens'", "Hoe kan ik opvragen welke gegevens jullie van mij hebben?", nil, []string{"fout met persoonsgegevens", "excuses"}, false, true},
		{"en request to see own data: no 'mistake with personal data'", "How do I request a copy of the personal data you hold on me?", nil, []string{"mistake with personal data", "sorry"}, false, true},
		{"nl thing in another sentence: not paired with the delay", "Na tien jaar zeg ik mijn abonnement op. Elke ochtend weer vertraging, ik ben er klaar mee.", []string{"vertraagd"}, []string{"abonnement zo vertraagd"}, true, true},
		{"en thing in another sentence: not paired with the delay", "I'm cancelling my subscription. Every single morning another delay, I'm done.", []string{"delayed"}, []string{"subscription was delayed"}, true, true},
		{"nl thing in the sentence before, same kind: kept", "Is mijn pakketje eigenlijk al verstuurd? Ik wacht nu al een week.", []string{"je pakket"}, []string{"je bestelling"}, true, true},
		{"en thing in the sentence before, same kind: kept", "Has my parcel even been sent? Still waiting after a week.", []string{"your parcel"}, []string{"your order still"}, true, true},
		{"nl question that says what went wrong: opens with it, apologises, next step", "Mijn wasmachine is kapot, kunnen jullie iemand sturen?", []string{"kapot", "[wat we doen en wanneer]"}, []string{"[antwoord op je vraag]"}, true, true},
		{"en question that says what went wrong: opens with it, apologises, next step", "My dishwasher is broken, can you send someone round?", []string{"damaged", "[what we'll do and when]"}, []string{"[answer to the question]"}, true, true},
		{"nl question about what might happen: no trouble said back", "Wat moet ik doen als mijn wasmachine kapot is?", []string{"[antwoord op je vraag]"}, []string{"kapot"}, false, true},
		{"nl compliment names the colleague after the praise", "Compliment voor Fenna van de servicebalie, zo geduldig met mijn moeder!", []string{"Fenna"}, []string{"excuses"}, false, false},
		{"en compliment names the colleague after the praise", "Shoutout to Marcus at the help desk, so patient with my dad!", []string{"Marcus"}, []string{"sorry"}, false, false},
		{"nl compliment names the colleague who helped", "Wat een top service vandaag in de winkel in Utrecht, Fatima was super behulpzaam!", []string{"Fatima"}, []string{"excuses", "utrecht"}, false, false},
		{"en compliment names the colleague who helped", "Popped into the Leeds store this morning and Priya sorted my phone in minutes, brilliant!", []string{"Priya"}, []string{"sorry", "leeds"}, false, false},
		{"nl near miss: a place and a capitalised first word are nobody", "Bezorging was super snel vandaag in Utrecht, echt top geholpen!", []string{"team"}, []string{"bezorging door", "utrecht door"}, false, false},
		{"en near miss: a place and a capitalised first word are nobody", "Delivery was quick and the Leeds store is brilliant!", []string{"team"}, []string{"delivery for", "leeds for"}, false, false},
		{"en staff praised: the team gets it, not 'your colleague'", "Lovely staff at the Bristol branch today, thank you!", []string{"the team"}, []string{"your colleague", "sorry"}, false, false},
		{"nl collega praised: onze collega, not 'je collega'", "Je collega aan de telefoon was heel behulpzaam vanochtend, dank!", []string{"onze collega"}, []string{"aan je collega", "excuses"}, false, false},
		{"en a challenge is no calm report", "I've been a customer for 15 years and this is how you treat me? Moving to Vodafone next month.", []string{"frustrated"}, []string{"pointing this out", "letting us know"}, true, true},
		{"nl a challenge is no calm report", "Twaalf jaar klant en zo behandelen jullie trouwe klanten? Ik stap over.", []string{"als klant houden"}, []string{"dank je dat je het laat weten"}, true, true},
		{"en near miss: a calm report is thanked for", "The final scene of episode 4 is from another episode.", []string{"thanks for letting us know"}, []string{"frustrat"}, false, true},
		{"nl near miss: a calm report is thanked for", "De ondertitels bij aflevering 3 lopen een paar seconden achter.", []string{"dank je dat je het laat weten"}, []string{"balen"}, false, true},
		{"en near miss: a praised product is no colleague", "Popped in for lunch and the Boorito was delicious! Thank you!", []string{"team"}, []string{"to boorito", "sorry"}, false, false},
		{"nl near miss: a praised product is no colleague", "Net de nieuwe Hazelnootreep geprobeerd en die Hazelnootreep is echt lekker!", nil, []string{"aan hazelnootreep", "excuses"}, false, false},
		{"nl bare thanks: graag gedaan, no compliment passed on", "Oké, bedankt.", []string{"graag gedaan"}, []string{"compliment", "team"}, false, false},
		{"en bare thanks: you're welcome, no compliment passed on", "Ok thanks.", nil, []string{"compliment", "team", "made our day"}, false, false},
		{"nl nobody came: said back", "De monteur zou vanochtend tussen acht en twaalf komen, maar er is niemand gekomen. Belachelijk.", []string{"niemand kwam opdagen"}, nil, true, true},
		{"en nobody came: said back", "The engineer was booked between eight and twelve and nobody came. Ridiculous.", []string{"nobody turned up"}, nil, true, true},
		{"en an hour on the phone: on hold, not 'haven't heard back'", "Awful service, an hour on the phone and got nowhere.", []string{"on hold"}, []string{"heard back"}, true, true},
		{"nl compliment: thanks once", "Top geholpen vandaag in de winkel, echt super vriendelijk!", []string{"team"}, []string{"dank je wel! dank"}, false, false},
		{"en compliment: thanks once", "Brilliant help in store today, so friendly!", []string{"team"}, []string{"thank you! thank"}, false, false},
		{"nl broken thing it doesn't know: no guessed order", "Mijn gitaar is kapot aangekomen, de koffer was helemaal nat. Belachelijk.", []string{"kapot"}, []string{"bestelling"}, true, true},
		{"en broken thing it doesn't know: no guessed order", "My amp arrived broken and the box was soaked. Ridiculous.", []string{"damaged"}, []string{"order"}, true, true},
		{"nl known thing without a way of going wrong: named, not 'het zo misgaat'", "Wat een gedoe weer met de afrekening, ik word er gek van.", []string{"de afrekening"}, []string{"misgaat"}, true, true},
		{"en known thing without a way of going wrong: named, not 'things went wrong'", "Honestly fed up with this invoice, what a mess.", []string{"the invoice"}, []string{"went wrong"}, true, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := Draft(tone.Input{Incoming: tc.text}, p)
			low := strings.ToLower(r.Text)
			for _, w := range tc.want {
				assert.Contains(t, low, strings.ToLower(w), r.Text)
			}
			for _, w := range tc.never {
				assert.NotContains(t, low, strings.ToLower(w), r.Text)
			}
			assert.Equal(t, tc.apology, tone.Analyze(r.Input()).Apologizes(), r.Text)
			assert.Equal(t, tc.slot, len(r.Placeholders) > 0, r.Text)
			assert.True(t, r.PassesRules(), "%s\n%v", r.Text, r.Findings)
			assert.LessOrEqual(t, CopiedWords(r.Text, tc.text), maxCopied, r.Text)
		})
	}
}

// A safety matter: the apology comes with the shock, before the question
// how they are, never a bare "Sorry daarvoor" after it.
func TestDraftSafetyApologyBeforeTheQuestion(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	for _, text := range []string{
		"Mijn dochter is gisteren in jullie winkel gevallen over een losse tegel en heeft een snee in haar knie.",
		"My son slipped on a wet floor in your store yesterday and cut his hand, nobody helped.",
	} {
		r := Draft(tone.Input{Incoming: text}, p)
		q := strings.Index(r.Text, "?")
		require.Positive(t, q, r.Text)
		a := tone.Analyze(tone.Input{Text: r.Text, Lang: r.Lang})
		require.True(t, a.Apologizes(), r.Text)
		for _, h := range a.HitsOf("apology") {
			assert.Less(t, h.Span.Start, q, "apology after the question: %s", r.Text)
		}
		assert.NotContains(t, r.Text, "Sorry daarvoor", r.Text)
		assert.True(t, r.PassesRules(), r.Text)
	}
}

// An English DM request reads as two sentences, never "… number and
// [what we'll do and when]".
func TestDraftDMSentenceIsWhole(t *testing.T) {
	for seed := range uint64(6) {
		p := Profile{Agent: "Anne", Role: "webcare", Seed: seed}
		r := Draft(tone.Input{Incoming: "I was charged twice for my subscription this month, please sort it out."}, p)
		assert.NotContains(t, r.Text, " and [", r.Text)
		assert.NotContains(t, r.Text, ", then [", r.Text)
	}
}

// A Flemish customer who writes ge/gij gets je, all through: never u
// beside je, never ge.
func TestDraftFlemishGetsJe(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	for _, text := range []string{
		"Kunt gij mij eens uitleggen waarom mijn factuur zo hoog is? Ge zei vorige maand nog dat alles klopte.",
		"Allez, hebt ge mijn bestelling nu verstuurd of niet? Ik wacht al een week.",
		"Ge zijt weer te laat hé, drie dagen op rij. Hoe moet ik zo op tijd op mijn werk geraken?",
	} {
		r := Draft(tone.Input{Incoming: text}, p)
		assert.Equal(t, "je", r.Address, r.Text)
		words := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(r.Text), func(r rune) bool { return !('a' <= r && r <= 'z') }) {
			words[w] = true
		}
		for _, w := range []string{"u", "uw", "ge", "gij", "uwe", "hoi", "balen"} {
			assert.False(t, words[w], "%q in %s", w, r.Text)
		}
		assert.True(t, r.PassesRules(), r.Text)
	}
}

// A customer who posts their own phone number or e-mail in public is told
// it is visible and moved to a private channel; in a private channel, and
// without such data, nothing is said about it.
func TestDraftWarnsAboutPublicPersonalData(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	cases := []struct {
		name, text, channel string
		warn                bool
	}{
		{"nl phone in public", "Ik wacht al drie dagen op een monteur, bel me terug op 06-12345678.", tone.ChannelPublic, true},
		{"en e-mail in public", "Been waiting three days for an engineer, reach me at sam.k@example.com", tone.ChannelPublic, true},
		{"nl phone in a private message", "Ik wacht al drie dagen op een monteur, bel me terug op 06-12345678.", tone.ChannelPrivate, false},
		{"en no personal data", "Been waiting three days for an engineer, nobody turned up.", tone.ChannelPublic, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := Draft(tone.Input{Incoming: tc.text, Channel: tc.channel}, p)
			low := strings.ToLower(r.Text)
			warned := strings.Contains(low, "zichtbaar") || strings.Contains(low, "visible")
			assert.Equal(t, tc.warn, warned, r.Text)
			if tc.warn {
				assert.True(t, tone.Analyze(r.Input()).MovesToPrivate(), r.Text)
			}
			assert.True(t, r.PassesRules(), "%s\n%v", r.Text, r.Findings)
		})
	}
}

// A product-safety holding message tells what to do now: stop using it
// (seed 001; a blind rater's "doesn't say what to do with the two
// recalled power banks").
func TestProductSafetyHoldingSaysStopUsing(t *testing.T) {
	for lang, want := range map[string]string{"nl": "Gebruik het product niet", "en": "stop using the product"} {
		assert.Contains(t, WaveHolding(lang, "productveiligheid", Profile{}), want, lang)
	}
}
