package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A question about a case that might happen supposes the trouble; it does
// not report it. The grievance in a main clause, a threat and trouble told
// before the question still count.
func TestTroubleAQuestionOnlySupposes(t *testing.T) {
	for _, tc := range []struct {
		in, lang  string
		complaint bool
	}{
		{"Hoi! Als mijn trein meer dan 30 min vertraging had, hoe vraag ik dan geld terug?", "nl", false},
		{"Wat moet ik doen als mijn pakket niet wordt bezorgd?", "nl", false},
		{"If my flight is cancelled, can I get a refund?", "en", false},
		{"What do I do if my parcel never arrives?", "en", false},
		{"Waarom krijg ik een boete als ik gewoon heb ingecheckt?", "nl", true},
		{"Als het vandaag niet wordt opgelost, stap ik over.", "nl", true},
		{"Mijn trein had 40 minuten vertraging. Als ik geld terug wil, hoe doe ik dat?", "nl", true},
	} {
		m := ReadMessage(tc.in, tc.lang)
		assert.Equal(t, tc.complaint, m.Complaint, tc.in)
	}
	// A burning mouth from spicy crisps is praise, not a fire.
	m := ReadMessage("Wie heeft die nieuwe pittige chips bedacht? Mijn mond staat in brand 🔥🔥 heerlijk", "nl")
	assert.False(t, m.Has(SignalHazard))
}

// What the customer lost themselves is no failure of the company's; what
// the company lost is, and so is trouble told after it.
func TestOwnLossIsNoGrievance(t *testing.T) {
	for _, tc := range []struct {
		in        string
		complaint bool
	}{
		{"Ik ben mijn simkaart kwijt, hoe blokkeer ik hem?", false},
		{"Ik heb mijn pinpas verloren, kan ik een nieuwe aanvragen?", false},
		{"Mijn pakket is kwijt en niemand reageert", true},
		{"Ik ben mijn pas kwijt en de app laat me niet blokkeren, al drie keer geprobeerd", true},
	} {
		m := ReadMessage(tc.in, "nl")
		assert.Equal(t, tc.complaint, m.Complaint, tc.in)
	}
}

// A fault put right fast, told with the verbs of putting right
// ("rechtgezet", "gecorrigeerd", "het geld staat al terug"), is praise;
// the same verbs under "nog steeds niet" are the grievance.
func TestAFaultPutRightIsPraise(t *testing.T) {
	for _, tc := range []struct {
		in        string
		complaint bool
	}{
		{"Foutje in mijn factuur binnen een dag rechtgezet en het geld staat al terug op mijn rekening. Zo kan het dus ook, dank!", false},
		{"Dubbele afschrijving netjes gecorrigeerd door jullie chat, top!", false},
		{"Mijn factuur is nog steeds niet rechtgezet en het geld staat nog niet terug.", true},
	} {
		m := ReadMessage(tc.in, "nl")
		assert.Equal(t, tc.complaint, m.Complaint, tc.in)
	}
}

// A "dan" after a comparative compares ("meer dan 30 min", "later dan
// gepland"); after "er", "hier" or "weer" it ends the conditional clause.
func TestDanComparesOnlyAfterAComparative(t *testing.T) {
	for _, tc := range []struct {
		in      string
		compare bool
	}{
		{"meer dan", true}, {"later dan", true}, {"langer dan", true}, {"anders dan", true},
		{"er dan", false}, {"hier dan", false}, {"weer dan", false}, {"het dan", false},
	} {
		toks := tokenizeText(tc.in)
		assert.Equal(t, tc.compare, comparativeBefore(toks, 1), tc.in)
	}
}
