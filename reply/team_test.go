package reply

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parcelComplaints are ordinary delivery complaints, the daily bread of a
// large webshop: written for this test.
var parcelComplaints = []string{
	"Mijn pakket is al %d dagen onderweg volgens de track & trace. Wanneer komt het nou?",
	"Bezorger heeft mijn pakket gewoon bij de verkeerde buren afgeleverd, %d huizen verderop.",
	"Al %d dagen wachten op mijn bestelling, echt niet normaal.",
	"Weer niet bezorgd vandaag. Dit is de %de keer dat ik thuis blijf voor niks.",
	"Mijn pakketje staat al %d dagen op 'bijna bij je' maar er gebeurt niks.",
	"Waarom krijg ik een melding dat mijn pakket bezorgd is terwijl er niks is? Al %d uur gewacht.",
	"De levering is alweer verschoven, nu met %d dagen. Heel vervelend.",
	"Doos kwam helemaal ingedeukt aan, bestelling van %d dagen geleden. Jammer.",
}

// outageMessages are one outage told in many words: storing, wifi,
// verbinding, internet, tv.
var outageMessages = []string{
	"Is er een storing? Mijn internet ligt er al %d minuten uit.",
	"Wifi doet het niet meer, modem knippert rood. Storing in %d?",
	"Geen verbinding hier in Utrecht, al %d minuten. Wat is er aan de hand?",
	"Internet ligt plat bij ons, buren ook. Al %d minuten.",
	"Storing?? Tv en internet doen niks meer sinds %d minuten",
	"Mijn router krijgt geen verbinding, %d keer opnieuw opgestart.",
}

func batchOf(texts []string, n int, every time.Duration) []Incoming {
	t0 := time.Date(2026, 3, 3, 10, 0, 0, 0, time.UTC) // a Tuesday, in office hours
	var out []Incoming
	for i := range n {
		text := fmt.Sprintf(texts[i%len(texts)], i%5+2)
		out = append(out, Incoming{ID: fmt.Sprintf("m%02d", i), Text: text, Time: t0.Add(time.Duration(i) * every)})
	}
	return out
}

func TestRoutineParcelComplaintsAreNoWave(t *testing.T) {
	queue := TriageBatch(batchOf(parcelComplaints, 40, time.Minute), nil)
	require.Len(t, queue, 40)
	for _, d := range queue {
		assert.LessOrEqual(t, d.Level, 1, "%s: %q at %s", d.ID, d.Subject, d.Priority)
		assert.Nil(t, d.Wave, d.ID)
		assert.Equal(t, "bezorging", d.Subject, d.ID)
	}
}

func TestOutageWaveGetsOneHoldingMessage(t *testing.T) {
	queue := TriageBatch(batchOf(outageMessages, 30, time.Minute), nil)
	high := 0
	holding := map[string]int{}
	for _, d := range queue {
		if d.Level >= 2 {
			high++
		}
		require.NotNil(t, d.Wave, d.ID)
		assert.Equal(t, "storing", d.Wave.Subject)
		holding[d.Holding]++
	}
	assert.GreaterOrEqual(t, high, 24, "at least 80%% at hoog or above")
	require.Len(t, holding, 1, "one standard holding message for everyone (webcarecrisis, step 3)")
	for h := range holding {
		assert.Contains(t, h, "de storing")
		assert.NotContains(t, h, "Hoi", "no greeting with a name: the same text for all")
	}
}

func TestWaveNeedsTimes(t *testing.T) {
	items := batchOf(outageMessages, 30, time.Minute)
	for i := range items {
		items[i].Time = time.Time{}
	}
	for _, d := range TriageBatch(items, nil) {
		assert.Nil(t, d.Wave, "a batch without times is no burst")
	}
	// Spread over a day the same thirty messages are no wave either.
	for _, d := range TriageBatch(batchOf(outageMessages, 30, time.Hour), nil) {
		assert.Nil(t, d.Wave, d.ID)
	}
}

func TestSubjectsRouteToDepartments(t *testing.T) {
	tests := []struct {
		name, text, subject, owner string
	}{
		{"billing nl", "Er is twee keer €49 afgeschreven voor dezelfde factuur.", "facturatie", "Teamleider debiteuren"},
		{"billing en", "You charged me twice for the same bill, I want a refund.", "facturatie", "Teamleider debiteuren"},
		{"delivery nl", "Mijn pakket is niet bezorgd, de bezorger is niet eens aangebeld.", "bezorging", "Teamleider logistiek"},
		{"delivery en", "My parcel says delivered but nothing arrived.", "bezorging", "Teamleider logistiek"},
		{"privacy officer", "Ik kreeg een mail met de gegevens van een andere klant erin.", "privacy", "Functionaris gegevensbescherming"},
		{"press to the spokesperson", "Ik ben journalist bij een regionale krant en werk aan een artikel over jullie.", "pers", "Woordvoerder"},
		{"product quality", "De stofzuiger is na twee weken al kapot gegaan, slechte kwaliteit.", "productveiligheid", "Manager kwaliteit"},
		{"account", "Ik kan niet meer inloggen, mijn wachtwoord wordt steeds geweigerd.", "account", "Teamleider klantenservice"},
		{"store", "De caissière in jullie filiaal in Gouda was erg onbeleefd.", "winkel", "Regiomanager winkels"},
		{"nothing specific", "Hoe laat zijn jullie morgen bereikbaar?", "algemeen", "Dienstdoende webcaremedewerker"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := TriageMessage(Incoming{Text: tt.text}, nil)
			assert.Equal(t, tt.subject, d.Subject)
			assert.Equal(t, tt.owner, d.Owner.Name)
			assert.NotEmpty(t, d.Owner.Email)
			require.NotNil(t, d.Owner.Deputy, "a deputy per owner")
		})
	}
	billing := TriageMessage(Incoming{Text: "Mijn factuur klopt niet."}, nil)
	delivery := TriageMessage(Incoming{Text: "Mijn pakket is niet bezorgd."}, nil)
	assert.NotEqual(t, billing.Owner.Department, delivery.Owner.Department)
}

func TestReachRaisesAChurnThreat(t *testing.T) {
	text := "Na tien jaar ben ik er klaar mee. Als dit vandaag niet is opgelost, zeg ik mijn abonnement op."
	plain := TriageMessage(Incoming{Text: text}, nil)
	assert.Equal(t, "middel", plain.Priority)
	big := TriageMessage(Incoming{Text: text, Meta: Meta{Followers: 85000, Verified: true}}, nil)
	assert.GreaterOrEqual(t, big.Level, 2, big.Priority)
	assert.Equal(t, 85000, big.Reach)
	// A question from a large account is no threat.
	q := TriageMessage(Incoming{Text: "Tot hoe laat is de winkel open?", Meta: Meta{Followers: 85000, Verified: true}}, nil)
	assert.Equal(t, "laag", q.Priority)
}

func TestDecisionSaysWhy(t *testing.T) {
	d := TriageMessage(Incoming{Text: "Al drie dagen wacht ik op mijn pakket, echt belachelijk."}, nil)
	require.NotEmpty(t, d.Why, "the reading's heaviest reasons")
	for _, r := range d.Why {
		assert.Equal(t, r.Text, r.Span.In("Al drie dagen wacht ik op mijn pakket, echt belachelijk."))
	}
	var b strings.Builder
	require.NoError(t, d.WriteText(&b))
	assert.Contains(t, b.String(), "Waarom: ")
}

func TestDecisionShowsEachWordOnce(t *testing.T) {
	d := Decision{Lang: "nl", Why: []Reason{
		{Feature: "failure", Weight: 1.2, Text: "kapotte"},
		{Feature: "press", Weight: 0.9, Text: "Radar"},
		{Feature: "negative", Weight: 0.4, Text: "kapotte"},
	}}
	var b strings.Builder
	require.NoError(t, d.WriteText(&b))
	assert.Contains(t, b.String(), `Waarom: "kapotte", "Radar"`+"\n")
}

func TestUnsureGoesToAHuman(t *testing.T) {
	for _, text := range []string{"hmm ok.", "..", "nou ja"} {
		d := TriageMessage(Incoming{Text: text}, nil)
		assert.True(t, d.NeedsHuman, text)
		assert.GreaterOrEqual(t, d.Level, 1, "%q: never a silent laag", text)
		assert.Contains(t, strings.Join(d.Advice, "\n"), "collega", text)
	}
	clear := TriageMessage(Incoming{Text: "Tot hoe laat is de winkel in Gouda open?"}, nil)
	assert.False(t, clear.NeedsHuman)
	assert.Equal(t, "laag", clear.Priority)
}

func TestRotaAndEscalation(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	require.NoError(t, err)
	office := time.Date(2026, 3, 3, 11, 0, 0, 0, ams) // Tuesday 11:00
	evening := time.Date(2026, 3, 3, 21, 30, 0, 0, ams)
	sunday := time.Date(2026, 3, 8, 12, 0, 0, 0, ams)
	text := "Mijn pakket is al een week onderweg. Belachelijk!"
	d := TriageMessage(Incoming{Text: text, Time: office}, nil)
	assert.Nil(t, d.OnCall, "in office hours the owner picks it up")
	require.NotNil(t, d.Escalate)
	assert.Equal(t, "Teamleider webcare", d.Escalate.To.Name)
	assert.Equal(t, office.Add(time.Hour), d.Escalate.At, "escalate when not acknowledged within 1 uur")
	for _, at := range []time.Time{evening, sunday} {
		d := TriageMessage(Incoming{Text: text, Time: at}, nil)
		require.NotNil(t, d.OnCall, at)
		assert.Equal(t, "Piketdienst webcare", d.OnCall.Name)
		assert.Contains(t, strings.Join(d.Advice, "\n"), "Buiten kantooruren")
	}
}

func TestMatrixInDutch(t *testing.T) {
	m, err := ParseMatrix("team/escalation.yaml", []byte(`versie: 1
basislijn: 20 per uur
golfvenster: 1 uur
rooster:
  kantooruren: ma-vr 9-17
  piket: {naam: Jan, telefoon: 088 000 00 00}
onderwerpen:
  - naam: geld
    woorden: {nl: [factuur, afschrijving], en: [invoice]}
    eigenaar: {naam: Finance, plaatsvervanger: {naam: Piet}}
    basislijn: 5/uur
niveaus:
  - naam: gewoon
    reageer_binnen: 2u
    wachten: nee
  - naam: snel
    wanneer: {categorieën: [klacht], twijfel: ja}
    reageer_binnen: 30 min
    wachten: ja
    escaleer:
      naar: Teamleider
      na: 1,5 uur
`))
	require.NoError(t, err)
	assert.Equal(t, "nl", m.Lang)
	assert.Equal(t, time.Hour, m.WaveWindow)
	assert.InDelta(t, 20, m.Baseline, 0.001)
	assert.InDelta(t, 5, m.Subjects[0].Baseline, 0.001)
	assert.Equal(t, 2*time.Hour, m.Levels[0].RespondWithin)
	assert.True(t, m.Levels[1].Hold)
	assert.Equal(t, Duration(90*time.Minute), m.Levels[1].Escalate.After)
	d := TriageMessage(Incoming{Text: "Mijn factuur klopt niet, dit is echt belachelijk."}, m)
	assert.Equal(t, "snel", d.Priority)
	assert.Equal(t, "geld", d.Subject)
	assert.Equal(t, "Piet", d.Owner.Deputy.Name)
}

func TestParseDurationsAsATeamLeadWritesThem(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"1 uur", time.Hour}, {"2u", 2 * time.Hour}, {"30 min", 30 * time.Minute}, {"15m", 15 * time.Minute},
		{"1h30m", 90 * time.Minute}, {"1,5 uur", 90 * time.Minute}, {"anderhalf uur", 90 * time.Minute},
		{"1 uur en 15 minuten", 75 * time.Minute}, {"2 dagen", 48 * time.Hour}, {"1d", 24 * time.Hour},
		{"45 minutes", 45 * time.Minute}, {"1 hour and 30 minutes", 90 * time.Minute},
	}
	for _, tt := range tests {
		got, err := parseDuration(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
	for _, bad := range []string{"straks", "", "1 week", "uur"} {
		_, err := parseDuration(bad)
		assert.Error(t, err, bad)
	}
}

func TestMatrixErrorsInDutch(t *testing.T) {
	tests := []struct {
		name, yaml string
		line       int
		key, msg   string
	}{
		{"bad duration", "niveaus:\n  - naam: laag\n    reageer_binnen: straks\n", 3, "niveaus[0].reageer_binnen", `"straks" is geen duur: schrijf bijvoorbeeld 15 min, 1 uur`},
		{"yes or no", "niveaus:\n  - naam: laag\n    reageer_binnen: 1 uur\n    wachten: misschien\n", 4, "niveaus[0].wachten", `"misschien": schrijf ja of nee`},
		{"typo suggests the key", "niveaus:\n  - naam: laag\n    reageer_binen: 1 uur\n", 3, "niveaus[0].reageer_binen", `bedoel je "reageer_binnen"?`},
		{"unknown category", "niveaus:\n  - naam: laag\n    reageer_binnen: 1 uur\n    wanneer: {categorieën: [gezeur]}\n", 4, "niveaus[0].wanneer.categorieën", `onbekende categorie "gezeur"`},
		{"volume is a wave now", "niveaus:\n  - naam: laag\n    reageer_binnen: 1 uur\n    wanneer:\n      volume: 10\n", 5, "niveaus[0].wanneer.volume", "golf: ja"},
		{"office hours", "rooster:\n  kantooruren: maandag tot vrijdag\nniveaus:\n  - naam: laag\n    reageer_binnen: 1 uur\n", 2, "rooster.kantooruren", "ma-vr 8:00-18:00"},
		{"baseline", "basislijn: veel\nniveaus:\n  - naam: laag\n    reageer_binnen: 1 uur\n", 1, "basislijn", "10 per uur"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseMatrix("team/escalation.yaml", []byte(tt.yaml))
			require.Error(t, err)
			var me *MatrixError
			require.True(t, errors.As(err, &me), "%T: %v", err, err)
			assert.Equal(t, tt.line, me.Line, err.Error())
			assert.Equal(t, tt.key, me.Key)
			assert.Contains(t, me.Msg, tt.msg)
			assert.NotContains(t, me.Msg, "want", "no English in a Dutch matrix's errors")
		})
	}
	// The same mistake in an English matrix is reported in English.
	_, err := ParseMatrix("team.yaml", []byte("levels:\n  - name: low\n    respond_within: 1h\n    hold: maybe\n"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"maybe": want yes or no`)
}

func TestQueueView(t *testing.T) {
	items := []Incoming{
		{ID: "a", Text: "Tot hoe laat is de winkel open?", Time: time.Date(2026, 3, 3, 10, 0, 0, 0, time.UTC)},
		{ID: "b", Text: "Mijn factuur is veel te hoog, er is dubbel afgeschreven.", Time: time.Date(2026, 3, 3, 10, 5, 0, 0, time.UTC)},
	}
	var lines []QueueLine
	for _, d := range TriageBatch(items, nil) {
		lines = append(lines, QueueLine{Decision: d, Text: items[d.Index].Text})
	}
	lines = append(lines, QueueLine{Err: "geen geldige JSON", Where: "queue.jsonl:3"})
	var b strings.Builder
	require.NoError(t, WriteQueue(&b, "nl", lines))
	rows := strings.Split(strings.TrimSpace(b.String()), "\n")
	require.Len(t, rows, 4, b.String())
	assert.Contains(t, rows[0], "EIGENAAR")
	assert.Regexp(t, `^middel\s+2026-03-03 \d\d:\d\d\s+Teamleider debiteuren\s+facturatie\s+Mijn factuur`, rows[1])
	assert.Regexp(t, `^laag\s+.*winkel\s+Tot hoe laat`, rows[2])
	assert.Contains(t, rows[3], "FOUT")
	assert.Contains(t, rows[3], "queue.jsonl:3")
}

func TestSignalsSpeakTheOutputsLanguage(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		l := Decision{Lang: lang}.labels()
		for _, k := range allCueKinds {
			assert.NotEmpty(t, l["cue_"+string(k)], "%s has a %s name for signal kind %s", lang, lang, k)
		}
	}
	d := TriageMessage(Incoming{Text: "Ik heb Radar gemaild over jullie weigering om mijn kapotte wasmachine te vervangen.", Lang: "nl"}, nil)
	var b strings.Builder
	require.NoError(t, d.WriteText(&b))
	out := b.String()
	assert.Contains(t, out, `pers "Radar"`)
	assert.NotContains(t, out, "press ")
	assert.NotContains(t, out, "complaint ")
}
