package reply

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/replylint/replylint/tone"
)

// TestDraftLeadFamilies checks the families a team lead's second blind
// rating found, each with a hit and a near miss in Dutch and English: a
// letter is answered as a letter, a grave complaint (discrimination, abuse
// by staff, assistance that never came) is named and taken seriously, and
// a DM asks for what fits the matter. Every draft passes the rules and
// copies at most a few words of the message.
func TestDraftLeadFamilies(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	tests := []struct {
		name, in string
		prefix   string
		want     []string
		not      []string
	}{
		// A letter gets a letter's greeting and u.
		{"nl letter with a signer", "Geachte heer/mevrouw,\n\nMijn verzoek van 12 januari om de jaarnota aan te passen is nog altijd niet behandeld. Graag ontvang ik bericht.\n\nHoogachtend,\ndhr. Jansen",
			"Geachte meneer Jansen,", []string{"u"}, []string{"Hallo", "Hoi", " je "}},
		{"nl letter without a signer", "Geachte heer/mevrouw, hierbij maak ik bezwaar tegen de naheffing op mijn laatste nota.",
			"Geachte heer of mevrouw,", nil, []string{"Hallo", "Hoi"}},
		{"nl near miss: a friendly closing is no letter", "Mijn nota klopt niet, er staat twee keer hetzelfde bedrag op. Met vriendelijke groet, Karin",
			"", nil, []string{"Geachte"}},
		{"en letter", "Dear Sir or Madam, I wrote to you on 2 May about an incorrect charge and have had no response. Yours faithfully, Mrs Patel",
			"Dear Mrs Patel,", nil, []string{"Hi", "Hey"}},
		{"en near miss: a plain complaint", "I was charged twice for my order this month, please sort it out.",
			"", nil, []string{"Dear"}},
		// A DM asks for what fits: no account number for a meal or a hack.
		{"en meal: no account number", "Bruh you really made me pay full price for my burrito, not happy",
			"", []string{"DM"}, []string{"account number"}},
		{"en hacked account: no number", "My account was hacked and someone changed my password, help",
			"", nil, []string{"account number"}},
		{"en near miss: a bill asks for the account", "I've been billed twice on my last invoice, this is the second month running!",
			"", []string{"account number"}, nil},
		{"nl gehackt: geen nummer", "Mijn account is gehackt en er is geld van mijn rekening verdwenen!",
			"", nil, []string{"klantnummer"}},
		{"nl near miss: een rekening vraagt het klantnummer", "Mijn rekening klopt niet, er is twee keer afgeschreven.",
			"", []string{"klantnummer"}, nil},
		// A failure told calmly is still a complaint: an apology and a DM.
		{"nl meter calmly", "De nieuwe slimme meter die jullie monteur vorige week plaatste geeft helemaal niks door. App blijft op 0 staan.",
			"", []string{"de meter niet goed werkt", "DM", "klantnummer"}, []string{"monteur", "bericht over"}},
		{"nl parcel marked delivered", "Volgens de app is mijn pakket gisteren bezorgd, maar er ligt hier niks. Ook niet bij de buren gevraagd trouwens.",
			"", []string{"ordernummer"}, []string{"bericht over"}},
		{"nl near miss: a parcel that came", "Mijn pakket is vandaag netjes bezorgd, dank je!",
			"", nil, []string{"spijt", "excuses", "Sorry", "DM"}},
		{"en meter calmly", "The smart meter your engineer fitted last week shows nothing at all, the app stays at zero.",
			"", []string{"DM"}, []string{"engineer hasn't", "message about"}},
		{"en near miss: a meter that works", "The smart meter your engineer fitted last week works great, thanks!",
			"", nil, []string{"sorry", "DM"}},
		// Contact details posted in public (an export marks them): advise
		// taking the post down, and move to a DM.
		{"en posted e-mail", "Can you please contact me at __email__ so I can give you further details",
			"", []string{"deleting it", "DM"}, nil},
		{"nl geplaatst nummer", "Bel me even op __phone__, dan leg ik het uit.",
			"", []string{"haal dat bericht", "DM"}, nil},
		{"en near miss: no details posted", "Can you please contact me so I can give you further details",
			"", nil, []string{"deleting it"}},
		// Thanks that close a conversation: you're welcome, nothing to
		// pass on to the team.
		{"en closing thanks", "Ok thanks for your reply. I will keep an eye on the website for the new route.",
			"", []string{"welcome"}, []string{"lovely", "team"}},
		{"nl closing thanks", "Oké, bedankt voor je reactie! Ik houd de website in de gaten.",
			"", []string{"graag gedaan"}, []string{"team", "blij"}},
		{"en near miss: thanks, but still broken", "Thanks for your reply but the app is still broken.",
			"", []string{"apologies"}, []string{"welcome"}},
		{"nl near miss: dank, maar nog steeds niets", "Oké bedankt, maar mijn pakket is er nog steeds niet.",
			"", []string{"ordernummer"}, []string{"raag gedaan"}},
		// A blocked card or account is said back as blocked, not as
		// "problemen met je pas".
		{"nl pas geblokkeerd", "Waarom wordt mijn pas nou weer geblokkeerd zonder dat iemand belt? Ik sta bij de kassa!",
			"", []string{"pas is geblokkeerd"}, []string{"problemen met"}},
		{"en card blocked", "Why has my card been blocked again without anyone calling me? I'm standing at the till!",
			"", []string{"card was blocked"}, []string{"trouble with"}},
		{"nl near miss: pas kwijt", "Ik ben mijn pas kwijt, hoe vraag ik een nieuwe aan?",
			"", nil, []string{"geblokkeerd"}},
		// A grave complaint is named and taken seriously, never "balen".
		{"nl staff abuse", "Bij deze dien ik een klacht in over uw medewerker aan de kassa in Utrecht. Ik werd waar iedereen bij stond uitgescholden.",
			"", []string{"niemand van ons", "spijt", "DM"}, []string{"balen", "Balen", "Hoi", "dwarszit"}},
		{"nl assistance that never came", "Ik ben rolstoelgebruiker en had assistentie aangevraagd op station Zwolle. Er kwam niemand en ik heb twee treinen gemist.",
			"", []string{"hulp aangevraagd", "nooit mogen gebeuren", "DM"}, []string{"balen", "Balen"}},
		{"nl near miss: booking assistance", "Ik heb assistentie aangevraagd voor morgen 9 uur in Utrecht, referentie 4471.",
			"", nil, []string{"nooit mogen gebeuren"}},
		{"nl near miss: a question about assistance", "Ik ben rolstoelgebruiker. Kan ik assistentie aanvragen voor zaterdag op station Utrecht?",
			"", nil, []string{"nooit mogen gebeuren", "ernstig"}},
		{"nl discrimination", "De chauffeur weigerde mij mee te nemen, puur racistisch. Hoe dien ik een klacht in?",
			"", []string{"discriminatie", "spijt", "DM"}, []string{"klantnummer", "vervelend"}},
		{"en discrimination", "What the hell. My driver refused the ride and made racist comments. How do I report him?",
			"", []string{"discrimination", "sorry", "DM"}, []string{"account number", "frustrat"}},
		{"en assistance that never came", "I use a wheelchair and booked assistance at Leeds, nobody turned up and I missed my train.",
			"", []string{"assistance", "never happen", "DM"}, []string{"frustrat"}},
		{"en near miss: a question about assistance", "Does your app let me book wheelchair assistance for next week?",
			"", nil, []string{"never happen", "serious"}},
		{"en near miss: praise for assistance", "The assistance team at Gatwick was amazing with my mum's wheelchair, thank you!",
			"", nil, []string{"never happen", "serious", "sorry"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Draft(tone.Input{Incoming: tt.in}, p)
			if tt.prefix != "" {
				assert.True(t, strings.HasPrefix(r.Text, tt.prefix), r.Text)
			}
			for _, w := range tt.want {
				assert.Contains(t, r.Text, w, r.Text)
			}
			for _, w := range tt.not {
				assert.NotContains(t, r.Text, w, r.Text)
			}
			assert.True(t, r.PassesRules(), "%s\n%v", r.Text, r.Findings)
			assert.LessOrEqual(t, CopiedWords(r.Text, tt.in), maxCopied, r.Text)
		})
	}
}

// TestDraftUnclearPromisesNoAction: a reply we cannot read yet ("😐",
// "meh") promises to come back after reading the thread, not an action
// nobody knows yet; a message that says what is wrong keeps its slot.
func TestDraftUnclearPromisesNoAction(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	for _, in := range []string{"😐", "meh"} {
		r := Draft(tone.Input{Incoming: in}, p)
		assert.NotContains(t, r.Text, "[", r.Text)
		assert.Regexp(t, `terug|get back`, r.Text)
		assert.True(t, r.PassesRules(), r.Text)
	}
	for _, in := range []string{"Mijn internet ligt er al twee dagen uit.", "My internet has been down for two days."} {
		r := Draft(tone.Input{Incoming: in}, p)
		assert.Contains(t, r.Text, "[", r.Text)
	}
}

// TestDraftForeignIsHeld: a message in French or German gets no draft in
// Dutch or English but a note to let a colleague who speaks it reply; a
// Dutch or English message with a foreign name is drafted.
func TestDraftForeignIsHeld(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	for _, in := range []string{
		"Quand ton hôtel ne ressemble pas à la photo et que tu dors à dix dans une chambre sale, c'est pas normal !",
		"Ich habe mein Paket nicht bekommen und der Kundendienst ist sehr schlecht, das ist nicht ok",
		"Quand ta chambre ne ressemble pas à celle que tu as payée, et en plus elle est sale !",
	} {
		r := Draft(tone.Input{Incoming: in}, p)
		assert.True(t, r.Hold, in)
		assert.Empty(t, r.Text, in)
		assert.Contains(t, r.Note, "taal", in)
	}
	for _, in := range []string{
		"Ik heb een tafel gereserveerd bij La Place, is mijn kortingspas daar ook geldig?",
		"Le Pain Quotidien at the station has no seats left, la la la, is the other branch open?",
	} {
		r := Draft(tone.Input{Incoming: in}, p)
		assert.False(t, r.Hold, in)
		assert.NotEmpty(t, r.Text, in)
	}
}

// TestDraftHowQuestionIsAnswered: a how-to question gets an answer slot,
// not "I'll pick this up", also when the reading is unsure of it; a
// question that says what went wrong gets the next step and a DM.
func TestDraftHowQuestionIsAnswered(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	for _, in := range []string{
		"Ik heb een nieuwe telefoon gekocht. Hoe krijg ik de bank-app daarop zonder weer alles te registreren?",
		"I just got a new phone. How do I get the banking app on it without registering everything again?",
	} {
		r := Draft(tone.Input{Incoming: in}, p)
		assert.Regexp(t, `\[(antwoord op je vraag|answer to the question)\]`, r.Text)
		assert.NotContains(t, r.Text, "pak het meteen op", r.Text)
		assert.True(t, r.PassesRules(), r.Text)
	}
	for _, in := range []string{
		"Mijn pakket stond gisteren op bezorgd maar hier ligt niks. Waar is het??",
		"My parcel was marked delivered yesterday but it never arrived. Where is it??",
	} {
		r := Draft(tone.Input{Incoming: in}, p)
		assert.Contains(t, r.Text, "DM", r.Text)
		assert.True(t, r.PassesRules(), r.Text)
	}
}
