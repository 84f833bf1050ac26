package reply

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// ownMessages are customer messages written for these tests, with the
// words a draft must never repeat: insults, profanity, sarcasm, typos.
var ownMessages = []struct {
	name, text string
	never      []string
}{
	{"parcel, insult", "Al 9 dagen wacht ik op mijn pakket en jullie klantenservice is een stelletje prutsers die nooit terugbellen.", []string{"prutsers", "stelletje"}},
	{"typo and profanity", "mijn factur klopt weer niet, dubbel afgeschreven. kut bedrijf", []string{"kut", "factur"}},
	{"sarcasm", "Geweldig hoor, alweer geen internet sinds vanochtend. Echt top service 👏", []string{"geweldig", "top service"}},
	{"third party", "De bezorger van PakketSnel heeft mijn bestelling alweer bij nummer 14 neergezet, niet bij mij. Belachelijk.", []string{"PakketSnel"}},
	{"long clause", "Ik heb vorige week dinsdag een nieuwe wasmachine besteld en die is nog steeds niet geleverd terwijl dat beloofd was", nil},
	{"en insult", "Your useless muppets lost my parcel again, 5 days and still not delivered. Pathetic.", []string{"muppets", "pathetic", "useless"}},
	{"en profanity", "wtf is this bill?? charged me twice for the same damn month", []string{"wtf", "damn"}},
	{"en sarcasm", "Oh great, my train is cancelled AGAIN. Thanks so much for nothing.", []string{"oh great", "thanks so much"}},
}

func TestDraftParaphrasesNeverQuotes(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	for _, m := range ownMessages {
		t.Run(m.name, func(t *testing.T) {
			r := Draft(tone.Input{Incoming: m.text}, p)
			require.False(t, r.Hold, r.Note)
			assert.LessOrEqual(t, CopiedWords(r.Text, m.text), maxCopied, r.Text)
			low := strings.ToLower(r.Text)
			for _, w := range m.never {
				assert.NotContains(t, low, strings.ToLower(w), r.Text)
			}
			assert.NotContains(t, r.Text, "“", "no quotation of the customer")
			assert.True(t, r.PassesRules(), r.Text)
			assert.True(t, tone.Analyze(r.Input()).Apologizes(), "a complaint gets an apology: %s", r.Text)
		})
	}
}

func TestDraftSaysTheSituationBack(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"parcel and how long", "Al een week wacht ik op mijn pakketje. Belachelijk.", "je pakket na een week nog steeds niet bij je is"},
		{"broken", "Mijn wasmachine is na twee weken al kapot!", "je wasmachine kapot is"},
		{"billing", "Er is dubbel afgeschreven voor mijn abonnement.", "er dubbel is afgeschreven voor je abonnement"},
		{"not working and how long", "Mijn internet ligt er al 3 dagen uit. Echt belachelijk.", "je internet al 3 dagen niet goed werkt"},
		{"u", "Geachte heer/mevrouw, mijn factuur is twee keer geïncasseerd. Hoogachtend, J. de Boer", "er dubbel is afgeschreven voor uw factuur"},
		{"wrong amount", "Mijn factuur is veel te hoog deze maand.", "er iets niet klopt aan je factuur"},
		{"en parcel", "My parcel still hasn't arrived after 4 days.", "your parcel still hasn't reached you"},
		{"en outage", "My banking app has not been working for two days. Useless.", "your app hasn't been working properly for two days"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Draft(tone.Input{Incoming: tt.in}, Profile{Agent: "Anne", Role: "webcare"})
			assert.Contains(t, r.Text, tt.want)
			assert.True(t, r.PassesRules(), r.Text)
		})
	}
}

func TestDraftToneFollowsTheReading(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	t.Run("privacy: act, no thanks", func(t *testing.T) {
		for _, in := range []string{
			"Als ik inlog zie ik ineens de gegevens van iemand anders. Hoe kan dat?",
			"I can see someone else's personal data in my account. How is that possible?",
		} {
			r := Draft(tone.Input{Incoming: in}, p)
			low := strings.ToLower(r.Text)
			for _, w := range []string{"bedankt", "dank je", "thank", "thanks"} {
				assert.NotContains(t, low, w, r.Text)
			}
			assert.Regexp(t, `(?i)zoeken meteen uit|finding out right now`, r.Text)
		}
	})
	t.Run("question: an answer slot, no apology", func(t *testing.T) {
		r := Draft(tone.Input{Incoming: "Tot hoe laat kan ik vandaag nog bestellen voor bezorging morgen?"}, p)
		assert.Contains(t, r.Text, "[antwoord op je vraag]")
		assert.False(t, tone.Analyze(r.Input()).Apologizes(), r.Text)
	})
	t.Run("compliment names the colleague", func(t *testing.T) {
		r := Draft(tone.Input{Incoming: "Wat was conducteur Ahmed vanochtend behulpzaam, echt top!"}, p)
		assert.Contains(t, r.Text, "Ahmed")
		r = Draft(tone.Input{Incoming: "Huge thanks to Priya from your Leeds branch, she sorted everything."}, p)
		assert.Contains(t, r.Text, "Priya")
		assert.False(t, tone.Analyze(r.Input()).Apologizes(), r.Text)
	})
	t.Run("unclear: read the thread back, don't make them explain again", func(t *testing.T) {
		r := Draft(tone.Input{Incoming: "hmm ok."}, p)
		assert.Contains(t, r.Text, "gesprek even terug")
		assert.NotContains(t, r.Text, "iets meer vertellen")
	})
	t.Run("bereavement: condolences, no apology for the death", func(t *testing.T) {
		in := "Geachte heer/mevrouw,\n\nMijn moeder is vorige maand overleden. Ik wil haar abonnement opzeggen, maar ik krijg al twee weken geen reactie.\n\nHoogachtend,\nmevr. Visser"
		r := Draft(tone.Input{Incoming: in}, p)
		assert.Contains(t, strings.ToLower(r.Text), "gecondoleerd")
		assert.NotContains(t, strings.ToLower(r.Text), "sorry daarvoor")
		assert.True(t, strings.HasPrefix(r.Text, "Geachte mevrouw Visser,"), r.Text)
		assert.Equal(t, "u", r.Address, "Geachte … Hoogachtend gets u")
		assert.True(t, r.PassesRules(), r.Text)
	})
}

func TestDraftFollowsTriage(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	t.Run("hold: no public draft, a note with who to involve", func(t *testing.T) {
		for _, in := range []string{
			"Mijn advocaat neemt contact met jullie op over die onterechte incasso.",
			"I've sent my story to a national newspaper. Let's see what they make of your refund delays.",
		} {
			r := Draft(tone.Input{Incoming: in}, p)
			assert.True(t, r.Hold, in)
			assert.Empty(t, r.Text)
			assert.Regexp(t, `Niet publiek reageren voordat .+ akkoord geeft. Betrek: .+@`, r.Note, "the team's language")
		}
	})
	t.Run("press asking: held for the spokesperson", func(t *testing.T) {
		for _, in := range []string{
			"Ik ben journalist bij een regionale krant en werk aan een artikel over jullie bezorging. Kunt u reageren?",
			"Hi, I'm a reporter working on a story about last week's outage. Who can I speak to in your press office?",
		} {
			r := Draft(tone.Input{Incoming: in}, p)
			assert.True(t, r.Hold, in)
			assert.Empty(t, r.Text, in)
			assert.Contains(t, r.Note, "pers@example.nl", in)
		}
		// Near miss: a customer asking us to react is no journalist and
		// gets a reply.
		r := Draft(tone.Input{Incoming: "Ik heb mijn vraag over de bezorging al twee keer gesteld. Kunt u reageren?"}, p)
		assert.False(t, r.Hold)
		assert.NotEmpty(t, r.Text)
	})
	t.Run("a wave: one holding message for everyone", func(t *testing.T) {
		items := batchOf(outageMessages, 20, time.Minute)
		items[3].Customer = "Sanne"
		queue, replies := DraftBatch(items, Profile{Agent: "Ilse", Role: "webcare", InfoPage: "https://example.nl/storing", NextUpdate: "16:00"})
		require.Len(t, replies, 20)
		texts := map[string]bool{}
		for i, r := range replies {
			require.NotNil(t, queue[i].Wave)
			assert.Equal(t, tone.KindHolding, r.Kind)
			texts[r.Text] = true
		}
		require.Len(t, texts, 1, "the same standard answer for every customer (webcarecrisis, step 3)")
		for text := range texts {
			assert.Contains(t, text, "https://example.nl/storing")
			assert.NotContains(t, text, "Sanne")
			res := lint.Lint(tone.Input{Text: text, Kind: tone.KindHolding}, nil)
			for _, f := range res.Findings {
				assert.Less(t, f.Severity, lint.Warning, "%s: %s", f.Rule, f.Message)
			}
		}
	})
}
