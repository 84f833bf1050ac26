package reply

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/tone"
)

// draftSeeds drafts a message with several seeds, so a test sees every
// variant a team may get, not only the first.
func draftSeeds(text string) []Reply {
	lang := ""
	if strings.HasPrefix(text, "en:") {
		// A message too short to tell its language by: the team's.
		text, lang = strings.TrimPrefix(text, "en:"), "en"
	}
	var out []Reply
	for seed := uint64(0); seed < 6; seed++ {
		out = append(out, Draft(tone.Input{Incoming: text, Lang: lang}, Profile{Agent: "Anne", Seed: seed}))
	}
	return out
}

// checkSeedDrafts drafts text with every seed (draftSeeds) and checks each
// draft holds the words of want (lower case), none of not, and passes the
// rules.
func checkSeedDrafts(t *testing.T, text string, want, not []string) {
	t.Helper()
	for _, r := range draftSeeds(text) {
		low := strings.ToLower(r.Text)
		for _, w := range want {
			assert.Contains(t, low, w, r.Text)
		}
		for _, w := range not {
			assert.NotContains(t, low, w, r.Text)
		}
		assert.True(t, r.PassesRules(), r.Text)
	}
}

// A team lead reads a complaint's first sentence for what went wrong, said
// in our words. A stock frame around it ("…, dat snap ik goed", "…, I
// completely understand", "goed voor te stellen dat je baalt nu …") makes a
// specific sentence read as a canned one; a complaint without a named
// situation still gets empathy and an apology.
func TestComplaintOpenerHasNoStockFrame(t *testing.T) {
	stock := []string{"dat snap ik goed", "goed voor te stellen dat je baalt", "i completely understand", "i can see why you're frustrated with this"}
	cases := []struct {
		name, text string
		want       string // a word of the situation said back; "" for none
	}{
		{"nl parcel a week late: named, no stock tail", "Mijn bestelling is al een week onderweg en er gebeurt niks. Schandalig.", "week"},
		{"en parcel a week late: named, no stock tail", "My order has been in transit for a week now and nothing happens. Shocking.", "week"},
		{"nl broken kettle: named", "Mijn nieuwe waterkoker is na drie dagen al kapot. Wat een rommel.", "kapot"},
		{"en broken kettle: named", "My new kettle is already broken after three days. What rubbish.", "damaged"},
		{"nl near miss: nothing named, still empathy and apology", "Ik ben er echt klaar mee met jullie, wat een drama weer.", ""},
		{"en near miss: nothing named, still empathy and apology", "Honestly I am so done with you lot, what a shambles again.", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, r := range draftSeeds(tc.text) {
				low := strings.ToLower(r.Text)
				for _, s := range stock {
					assert.NotContains(t, low, s, r.Text)
				}
				if tc.want != "" {
					assert.Contains(t, low, tc.want, r.Text)
				}
				a := tone.Analyze(r.Input())
				assert.True(t, a.Apologizes(), r.Text)
				assert.True(t, r.PassesRules(), "%s\n%v", r.Text, r.Findings)
			}
		})
	}
}

// A holding message says at once what is going on ("We weten van de
// storing"), not a vague "dat dit nu misgaat", and stays the same text for
// everyone in the wave.
func TestWaveHoldingNamesTheIncidentFirst(t *testing.T) {
	for _, tc := range []struct{ lang, subject, first string }{
		{"nl", "storing", "We weten van de storing,"},
		{"en", "storing", "We know about the outage,"},
		{"nl", "privacy", "We weten van de berichten over een datalek en nemen dit heel serieus;"},
		{"en", "privacy", "We know about the reports of a data breach and we take it very seriously;"},
		{"nl", "productveiligheid", "We weten van de meldingen over een van onze producten en nemen dit heel serieus, want veiligheid gaat voor;"},
		{"en", "productveiligheid", "We know about the reports about one of our products and we take it very seriously, because safety comes first;"},
	} {
		h := WaveHolding(tc.lang, tc.subject, Profile{})
		assert.True(t, strings.HasPrefix(h, tc.first), h)
		assert.NotContains(t, h, "misgaat", h)
		assert.NotContains(t, h, "going wrong", h)
		assert.Equal(t, h, WaveHolding(tc.lang, tc.subject, Profile{Agent: "Someone else"}), "one text for all")
	}
}

// A data leak or an unsafe product is not "overlast" or "trouble" to be
// sorry for but something looked into first; an outage still is a
// nuisance. A team's own holding text wins over the built-in ones.
func TestWaveHoldingFitsTheKindOfIncident(t *testing.T) {
	for _, subject := range []string{"privacy", "productveiligheid"} {
		assert.NotContains(t, WaveHolding("nl", subject, Profile{}), "overlast")
		assert.Contains(t, WaveHolding("nl", subject, Profile{}), "met voorrang")
		assert.NotContains(t, WaveHolding("en", subject, Profile{}), "trouble")
		assert.Contains(t, WaveHolding("en", subject, Profile{}), "as a priority")
	}
	assert.Contains(t, WaveHolding("nl", "storing", Profile{}), "overlast", "the near miss: an outage is a nuisance")

	own, err := ParseTemplates("team.yaml", []byte("nl:\n  wave_holding: \"Er is iets mis met {incident}. Meer om {update}.\"\n"))
	require.NoError(t, err)
	assert.Equal(t, "Er is iets mis met de berichten over een datalek. Meer om [tijdstip].", WaveHolding("nl", "privacy", Profile{Templates: own}), "the team's own text is meant for every subject")
	both, err := ParseTemplates("team.yaml", []byte("nl:\n  wave_holding: \"Er is iets mis met {incident}.\"\n  wave_holding_for:\n    privacy: \"Datalek: {incident}.\"\n"))
	require.NoError(t, err)
	assert.Equal(t, "Datalek: de berichten over een datalek.", WaveHolding("nl", "privacy", Profile{Templates: both}))
	assert.Equal(t, "Er is iets mis met de storing.", WaveHolding("nl", "storing", Profile{Templates: both}))
}

// A crisis about nothing the matrix can name (its catch-all subject) gets
// the holding message with the incident left for the agent to fill in, not
// "de problemen met algemeen"; a crisis with a named subject names it.
func TestCrisisHoldingNeverNamesTheCatchAllSubject(t *testing.T) {
	p := Profile{Agent: "Sanne"}
	for _, tc := range []struct{ lang, in, want string }{
		{"nl", "Heel Nederland heeft er last van sinds vanochtend, duizenden klanten gedupeerd, dit is een ramp!", "We weten van [het probleem],"},
		{"en", "Thousands of customers nationwide are affected since this morning, this is a disaster!", "We know about [the problem],"},
		// The near miss: a subject the matrix names is named.
		{"nl", "Storing in heel Nederland, al uren geen internet, niemand kan iets!", "We weten van de storing,"},
	} {
		r := Draft(tone.Input{Incoming: tc.in, Lang: tc.lang}, p)
		assert.True(t, strings.HasPrefix(r.Text, tc.want), r.Text)
		assert.NotContains(t, r.Text, "algemeen")
		assert.NotContains(t, r.Text, "general")
	}
}

// A reply with nothing to read ("Dus dat was het dan?", "ja hoor", "😐")
// reads the thread back and promises nothing yet: no cheerful thanks, no
// slot for a next step nobody knows. A confirmation ("Klopt", "Correct")
// is thanked for, the near miss.
func TestNothingToReadGetsTheThreadReadBack(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
		never      []string
	}{
		{"nl disappointed follow-up", "Dus dat was het dan?", []string{"gesprek even terug"}, []string{"dank je", "[", "daar help ik"}},
		{"nl ja hoor", "@Zorgloos ja hoor", []string{"gesprek even terug"}, []string{"dank je", "["}},
		{"nl emoji only", "😐", []string{"gesprek even terug"}, []string{"dank je", "["}},
		{"en nothing to read", "en:hmm ok.", []string{"read back through our conversation"}, []string{"["}},
		{"nl near miss: an answer in the thread goes on to the next step", "Ik heb de router vanochtend al opnieuw opgestart via de app.", nil, []string{"gesprek even terug"}},
		{"en near miss: a confirmation is thanked for", "@HelpDesk Correct", []string{"confirming"}, []string{"read back"}},
		{"en near miss: a yes is thanked for", "@HelpDesk Yes", []string{"confirming"}, []string{"read back"}},
		{"en two words, nothing to act on", "en:@HelpDesk Table seven", []string{"read back through our conversation"}, []string{"["}},
		{"en near miss: personal data posted moves to a DM", "en:@HelpDesk jan.devries@example.com", []string{"dm"}, []string{"read back"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, r := range draftSeeds(tc.text) {
				low := strings.ToLower(r.Text)
				for _, w := range tc.want {
					assert.Contains(t, low, w, r.Text)
				}
				for _, w := range tc.never {
					assert.NotContains(t, low, w, r.Text)
				}
				assert.True(t, r.PassesRules(), "%s\n%v", r.Text, r.Findings)
			}
		})
	}
}

// A DM asks for what the customer has at hand: an online account is found
// by its e-mail address (nobody knows an "account number" for a login), a
// bill by the account number on it.
func TestDMAsksForWhatTheCustomerHas(t *testing.T) {
	cases := []struct {
		name, text, want, never string
	}{
		{"en locked out of an online account", "Locked out of my account since this morning, the reset link does nothing. Useless.", "email address on your account", "account number"},
		{"nl account locked", "Ik kan al twee dagen niet inloggen op mijn account, het wachtwoord resetten werkt niet. Belachelijk.", "e-mailadres van je account", "klantnummer"},
		{"en near miss: a bill keeps the account number", "You charged me twice on my bill this month, sort it out.", "account number", "email address"},
		{"nl near miss: a bill keeps the klantnummer", "Jullie hebben deze maand twee keer afgeschreven voor mijn rekening, regel dat even.", "klantnummer", "e-mailadres"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, r := range draftSeeds(tc.text) {
				low := strings.ToLower(r.Text)
				assert.Contains(t, low, tc.want, r.Text)
				assert.NotContains(t, low, tc.never, r.Text)
				assert.True(t, r.PassesRules(), "%s\n%v", r.Text, r.Findings)
			}
		})
	}
}

// A question about how we keep someone's data is answered in public (the
// privacy statement, how to ask for a copy): no DM with a customer number
// for a general question. A leak stays private, the near miss.
func TestDataQuestionIsAnsweredInPublic(t *testing.T) {
	for _, tc := range []struct {
		name, text string
	}{
		{"nl which data do you keep", "Welke persoonsgegevens slaan jullie eigenlijk van mij op, en hoe lang bewaren jullie die?"},
		{"en which data do you keep", "What personal data do you store about me, and for how long do you keep it?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, r := range draftSeeds(tc.text) {
				low := strings.ToLower(r.Text)
				assert.True(t, strings.Contains(low, "[antwoord op je vraag]") || strings.Contains(low, "[answer to the question]"), r.Text)
				assert.NotContains(t, low, " dm", r.Text)
				assert.True(t, r.PassesRules(), "%s\n%v", r.Text, r.Findings)
			}
		})
	}
	for _, text := range []string{
		"Jullie hebben mijn adres naar een ander gestuurd, wie heeft er nog meer bij mijn gegevens gekund?",
		"You sent my address to another customer, who else has seen my personal data?",
	} {
		for _, r := range draftSeeds(text) {
			assert.NotContains(t, strings.ToLower(r.Text), "[antwoord op je vraag]", r.Text)
			assert.NotContains(t, strings.ToLower(r.Text), "[answer to the question]", r.Text)
		}
	}
}

// A complaint that names a thing but no way it went wrong gets one plain
// frame around "you're having trouble with …", never a second one ("I get
// why you're frustrated that you're having trouble with …"); a named way of
// going wrong may take either frame, the near miss.
func TestComplaintAboutAThingHasOneFrame(t *testing.T) {
	for _, r := range draftSeeds("Honestly sick of this invoice, what a joke.") {
		low := strings.ToLower(r.Text)
		assert.NotContains(t, low, "frustrated that you're having trouble", r.Text)
		assert.True(t, r.PassesRules(), "%s\n%v", r.Text, r.Findings)
	}
	seen := map[bool]bool{}
	for _, r := range draftSeeds("My flight was cancelled last night and nobody told me. Disgraceful.") {
		seen[strings.Contains(r.Text, "I get why you're frustrated that")] = true
	}
	assert.True(t, seen[true], "a named failure may take the other frame")
}

// A complaint about the customer's own ride, meal or dead spot in the
// network moves to a DM with what the next step needs (which ride, which
// order, where); a complaint about something everyone shares (a bus that
// is always full) gets the next step in public, the near miss.
func TestOwnMatterMovesToDM(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Your driver cancelled my ride after I waited 20 minutes and I still got charged. Unreal.", "details of the ride"},
		{"My pizza arrived cold and squashed flat, what a joke.", "order number"},
		{"No signal at all in my street for three days now, useless network.", "area where you're losing signal"},
		{"Al drie dagen geen bereik in mijn straat, waardeloos netwerk.", "postcode"},
		{"De taxirit van gisteren kwam een half uur te laat, belachelijk.", "details van de rit"},
	} {
		for _, r := range draftSeeds(tc.text) {
			assert.Contains(t, strings.ToLower(r.Text), tc.want, r.Text)
			assert.True(t, r.PassesRules(), "%s\n%v", r.Text, r.Findings)
		}
	}
	for _, r := range draftSeeds("The number 12 bus is full every single morning, nobody can get on. Sort it out.") {
		assert.NotContains(t, strings.ToLower(r.Text), " dm", r.Text)
	}
}

// Gas, smoke or fire that may still be going on: the draft tells the
// customer to get out and call for help (for gas: the gas emergency
// number) before anything else, in both
// languages and registers. A customer who was hurt (the near miss) is
// asked how they are; the draft still passes the rules.
func TestAcuteDangerPutsSafetyFirst(t *testing.T) {
	p := Profile{Agent: "Sanne"}
	for _, tc := range []struct{ lang, in, want, not string }{
		// A smell of gas: out, no switches, and the gas emergency number
		// (0800-9009), not 112, which is for fire or someone hurt.
		{"nl", "Ik ruik al de hele ochtend een gaslucht in onze keuken, wat moet ik doen?", "ga nu naar buiten, gebruik geen schakelaars of vuur en bel buiten 0800-9009", "Hoe gaat het nu met"},
		{"en", "My new charger was sparking and smoking when I plugged it in!", "get outside first and call the emergency services", "How are things"},
		{"nl", "Mijn zoontje heeft zich gesneden aan een kapotte schap in jullie winkel.", "Hoe gaat het nu met je zoontje?", "bel 112"},
	} {
		r := Draft(tone.Input{Incoming: tc.in, Lang: tc.lang}, p)
		assert.Contains(t, r.Text, tc.want)
		assert.NotContains(t, r.Text, tc.not)
		assert.True(t, r.PassesRules(), r.Text)
		first := strings.Index(r.Text, tc.want)
		if dm := strings.Index(r.Text, "DM"); dm >= 0 && tc.want != "Hoe gaat het nu met je zoontje?" {
			assert.Less(t, first, dm, "safety comes before the DM: %s", r.Text)
		}
	}
}

// A mild annoyance is not "klaar mee" or "fed up": the opener without a
// named situation does not put words in the customer's mouth (a rater:
// "overstates a mild annoyance"). It still apologises and passes the rules.
func TestPlainOpenerDoesNotOverstateAnnoyance(t *testing.T) {
	p := Profile{Agent: "Sanne"}
	for _, tc := range []struct{ lang, in string }{
		{"nl", "Het geluid loopt achter bij elke film sinds de update, irritant hoor"},
		{"en", "Since the last update the sound lags behind the picture on every film. A bit annoying."},
	} {
		r := Draft(tone.Input{Incoming: tc.in, Lang: tc.lang}, p)
		assert.NotContains(t, r.Text, "klaar mee", r.Text)
		assert.NotContains(t, r.Text, "fed up", r.Text)
		assert.True(t, tone.Analyze(r.Input()).Apologizes(), r.Text)
		assert.True(t, r.PassesRules(), "%s\n%v", r.Text, r.Findings)
	}
}

// A passer-by who reports danger to others is thanked for it and asked
// where and when, not asked how they are or for their phone number; the
// near miss, a parent whose child was hurt, still is.
func TestDraftThanksAWitnessAndAsksWhereAndWhen(t *testing.T) {
	p := Profile{Agent: "Sanne"}
	for _, tc := range []struct{ lang, in, want, not string }{
		{"nl", "De buschauffeur van lijn 3 zat met zijn telefoon te appen en reed bijna een fietser aan.", "dank je dat je dit meldt", "Hoe gaat het nu met"},
		{"en", "The driver of the number 9 ran a red light while on his phone, a cyclist had to swerve.", "thank you for reporting this", "How are things with"},
		{"en", "There's a cable hanging out of the junction box on Mill Lane and it's sparking in the rain. Children walk past it every morning.", "keep clear", "get outside"},
		{"nl", "Mijn zoontje heeft zich gesneden aan een kapotte schap in jullie winkel.", "Hoe gaat het nu met je zoontje?", "dank je dat je dit meldt"},
		// "Ik zag", "I saw": the customer watched it happen to someone else.
		{"nl", "Ik zag vanmiddag een fietser bijna onder jullie bus komen, de chauffeur zat op zijn telefoon.", "dank je dat je dit meldt", "Hoe gaat het nu met"},
		{"en", "I saw a cyclist nearly get hit by your bus this morning, the driver was on his phone.", "thank you for reporting this", "How are things with"},
	} {
		r := Draft(tone.Input{Incoming: tc.in, Lang: tc.lang}, p)
		assert.Contains(t, r.Text, tc.want, r.Text)
		assert.NotContains(t, r.Text, tc.not, r.Text)
		assert.True(t, r.PassesRules(), "%s\n%v", r.Text, r.Findings)
		if tc.not != "dank je dat je dit meldt" {
			assert.NotContains(t, r.Text, "phone number", r.Text)
			assert.NotContains(t, r.Text, "telefoonnummer", r.Text)
		}
	}
}

// Thanks after a fix tells the trouble as the past: the draft thanks and
// passes the praise on, never "balen dat het al 10 uur niet werkt" (a
// rater: "apologises for a fixed outage"). "om 10 uur" is a time of day.
// The near miss: a question that tells trouble still going on opens with it.
func TestThanksAfterAFixIsNoTrouble(t *testing.T) {
	p := Profile{Agent: "Sanne"}
	for _, tc := range []struct{ lang, in string }{
		{"nl", "Storing is verholpen, alles doet het weer. Dank aan de monteur die zaterdagavond om 10 uur nog langskwam!"},
		{"en", "Internet works again, thanks to the engineer who came out on a Sunday evening!"},
	} {
		m := tone.ReadMessage(tc.in, tc.lang)
		assert.True(t, m.Resolved, tc.in)
		r := Draft(tone.Input{Incoming: tc.in, Lang: tc.lang}, p)
		for _, not := range []string{"balen", "10 uur", "excuses", "sorry", "Sorry", "[wat we doen"} {
			assert.NotContains(t, r.Text, not, r.Text)
		}
	}
	in := "Mijn pakket is al zes dagen onderweg, wat doet het daar?"
	assert.False(t, tone.ReadMessage(in, "nl").Resolved)
	assert.Contains(t, Draft(tone.Input{Incoming: in, Lang: "nl"}, p).Text, "zes dagen")
}
