package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIncidentWithAdviceAskedIsAQuestion: an incident nobody at the
// company caused (a gas smell at home, a stranger in the customer's
// account, a recall or a hack read about) with a question what to do
// needs advice, not an apology; the signal stays for triage. Its near
// misses keep the complaint: the company's product did the harm, the
// company failed too, or the customer blames the company.
func TestIncidentWithAdviceAskedIsAQuestion(t *testing.T) {
	cases := []struct {
		text, lang string
		intent     Intent
		signal     Signal
	}{
		// A gas smell at home: whom to call.
		{"Ik ruik gas bij de meterkast. Moet ik jullie bellen of de netbeheerder?", "nl", IntentQuestion, SignalSafety},
		{"ik ruik al de hele middag gas in de keuken. moet ik jullie bellen??", "nl", IntentQuestion, SignalSafety},
		{"I smell gas near the meter cupboard. Who do I call?", "en", IntentQuestion, SignalSafety},
		// A stranger in the account.
		{"Er is vannacht ingelogd op mijn bankrekening vanuit Spanje, dat was ik niet. Wat moet ik doen?", "nl", IntentQuestion, SignalPrivacy},
		{"A stranger logged into my account from Lagos last night, that wasn't me. What should I do?", "en", IntentQuestion, SignalPrivacy},
		// A recall or a hack the customer read about.
		{"Ik zag dat jullie de kipnuggets terugroepen. We hebben ze gisteren gegeten. Moeten we naar de huisarts?", "nl", IntentQuestion, SignalRecall},
		{"You recalled the chicken nuggets and we ate them yesterday with the kids. Should we see a doctor?", "en", IntentQuestion, SignalRecall},
		// Near misses: the product did the harm.
		{"Er zat een stuk glas in mijn appelmoes van jullie huismerk. Wat moet ik nu doen?", "nl", IntentComplaint, SignalSafety},
		// The company failed as well.
		{"Al drie dagen ruik ik gas en jullie monteur is nog steeds niet geweest. Wat moet ik nou doen?", "nl", IntentComplaint, SignalSafety},
		{"Your engineer never showed up and now I smell gas in the hallway. Who do I call??", "en", IntentComplaint, SignalSafety},
		// The customer blames the company.
		{"Iemand heeft mijn wachtwoord veranderd omdat jullie mijn gegevens gelekt hebben. Schandalig! Wat moet ik nu doen?", "nl", IntentComplaint, SignalPrivacy},
		{"Someone logged into my account because your site leaked my password. This is outrageous. What do I do now?", "en", IntentComplaint, SignalPrivacy},
	}
	for _, c := range cases {
		m := ReadMessage(c.text, c.lang)
		assert.Equal(t, c.intent, m.Intent, c.text)
		assert.Equal(t, c.intent == IntentComplaint, m.Complaint, c.text)
		assert.True(t, m.Has(c.signal), "%s: signal %s, got %v", c.text, c.signal, m.Signals)
	}
}

// TestNotKnowingIsNoDissatisfaction: "weet het echt niet" and "dat was ik
// echt niet" say not knowing and not having done it; "dit kan echt niet"
// is still dissatisfaction.
func TestNotKnowingIsNoDissatisfaction(t *testing.T) {
	for text, want := range map[string]bool{
		"Moet ik de monteur of de netbeheerder bellen? Weet het echt niet":    false,
		"Er staat een inlog uit Polen op mijn account. Dat was ik echt niet.": false,
		"Drie keer een verkeerde rekening. Dit kan echt niet.":                true,
	} {
		f := extractFeatures(readingAnalysis(text, "nl"))
		assert.Equal(t, want, f.x[featDissatisfaction] > 0, text)
	}
}

// TestSomeoneFromTheCompanyIsNoStranger: staff who misused a customer's
// data are no incident nobody at the company caused, so the question
// what to do does not turn the message into a plain question.
func TestSomeoneFromTheCompanyIsNoStranger(t *testing.T) {
	for _, c := range []struct{ text, lang string }{
		{"Iemand van jullie heeft mijn nummer gebruikt om me privé te appen. Wat moet ik doen?", "nl"},
		{"Someone from your store used my number to text me privately. What should I do?", "en"},
	} {
		f := extractFeatures(readingAnalysis(c.text, c.lang))
		assert.False(t, asksAdvice(f), c.text)
	}
	f := extractFeatures(readingAnalysis("Er is ingelogd op mijn account vanuit Spanje, dat was ik niet. Wat moet ik doen?", "nl"))
	assert.True(t, asksAdvice(f))
}

// TestOverlapCursorFindsOverlapsInOnePass: the cursor answers questions in
// text order as a scan over every span would.
func TestOverlapCursorFindsOverlapsInOnePass(t *testing.T) {
	spans := []Span{{0, 5}, {10, 20}, {12, 14}, {30, 31}}
	in := overlapCursor(spans)
	for _, c := range []struct {
		sp   Span
		want bool
	}{{Span{2, 3}, true}, {Span{5, 10}, false}, {Span{13, 40}, true}, {Span{21, 30}, false}, {Span{30, 35}, true}, {Span{40, 41}, false}} {
		assert.Equal(t, c.want, in(c.sp), "%v", c.sp)
	}
}

// TestHelpRequestAsksForAdviceToo: "Wat moet ik nu doen?" and "What should
// I do?" (help-request words) ask for advice as the advice words do.
func TestHelpRequestAsksForAdviceToo(t *testing.T) {
	for _, c := range []struct{ text, lang string }{
		{"Ik ruik al een uur gas in de gang bij de meterkast. Wat moet ik nu doen?", "nl"},
		{"There's a strong smell of gas in our hallway. What should I do?", "en"},
	} {
		m := ReadMessage(c.text, c.lang)
		assert.Equal(t, IntentQuestion, m.Intent, c.text)
		assert.True(t, m.Has(SignalSafety), c.text)
	}
}
