package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTroubleToldPlainly: trouble a customer tells without a complaint
// word (a bus that drives past, food that came cold, a status that does
// not move, being refused entry, how staff spoke), and its near misses:
// the same words in a question about a case, the customer's own doing, a
// thing that is asked about rather than reported.
func TestTroubleToldPlainly(t *testing.T) {
	checkComplaints(t, []complaintCase{
		// Left standing at the stop.
		{"lijn 47 reed gewoon langs de halte terwijl ik stond te zwaaien. volgende gaat over 40 min.", "nl", true},
		{"The 18 drove straight past the stop while we were waving. Next one in 40 minutes.", "en", true},
		{"Rijdt lijn 5 ook langs de halte bij het ziekenhuis?", "nl", false},
		{"Does the 18 go past the stop at the hospital?", "en", false},
		// Food that came wrong, and what the kitchen forgot.
		{"na anderhalf uur kwam het eten koud aan, friet slap, saus vergeten.", "nl", true},
		{"After 90 minutes the food arrived stone cold and they forgot the sauce.", "en", true},
		{"Ik ben de saus vergeten te bestellen, kan die er nog bij?", "nl", false},
		{"I forgot to add a drink to my order, can I still change it?", "en", false},
		// A status that does not move.
		{"Mijn melding over de verwarming staat nog steeds op 'in behandeling'. We zitten met een baby in de kou.", "nl", true},
		{"My refund has been stuck on pending for three weeks now.", "en", true},
		{"Mijn bestelling staat op verzonden, wanneer kan ik hem verwachten?", "nl", false},
		// Refused entry for what was paid for.
		{"Dagkaart voor de fiets gekocht en dan mag ik er niet in want 'vol'.", "nl", true},
		{"Bought a bike ticket and the guard wouldn't let me on the train.", "en", true},
		{"Mag ik met mijn vouwfiets in de spits mee in de trein?", "nl", false},
		{"Can you let me know if bikes are allowed on the 8:10?", "en", false},
		// How staff spoke to the customer, also in a letter.
		{"Geachte heer/mevrouw, bij het instappen sprak de chauffeur mij op onheuse wijze aan en hij weigerde de bus te laten zakken.", "nl", true},
		{"Dear Sir or Madam, the driver spoke to me in a very rude manner and refused to lower the ramp.", "en", true},
		{"Geachte heer/mevrouw, de chauffeur hielp mij op een bijzonder vriendelijke manier met mijn rollator.", "nl", false},
	})
}

// TestQuestionsThatOnlyMentionTrouble: a question about what might happen
// ("what if …"), about whether something is normal or should be checked,
// whether there is an outage, or about a thing the customer broke
// themselves asks; the same words told as a grievance complain.
func TestQuestionsThatOnlyMentionTrouble(t *testing.T) {
	checkComplaints(t, []complaintCase{
		{"Wat als ik mijn grofvuil buiten zet en het wordt niet opgehaald, moet ik het dan weer binnenzetten?", "nl", false},
		{"What if my parcel doesn't come on Saturday, do I have to stay home again on Monday?", "en", false},
		{"Als mijn pakket morgen weer niet komt, stap ik over.", "nl", true},
		{"Mijn nieuwe koelkast maakt een tikkend geluid. Is dat normaal de eerste dagen of moet ik hem laten nakijken?", "nl", false},
		{"My new fridge makes a ticking noise. Is that normal in the first days or should I get it checked?", "en", false},
		{"Is het normaal dat ik drie keer moet bellen voor een simpele vraag?", "nl", true},
		{"Vraagje: kan ik ergens zien of er een storing is in mijn postcode?", "nl", false},
		{"Is there a map where I can check whether there's an outage in my area?", "en", false},
		{"Weet iemand of er een storing is? Al 2 uur geen internet hier.", "nl", true},
		{"Ik heb al 3 dagen een storing, wanneer is het opgelost?", "nl", true},
		{"Mijn telefoonscherm is kapot gevallen (eigen schuld 🙈). Valt dat onder de toestelverzekering die ik bij jullie heb afgesloten?", "nl", false},
		{"My screen cracked when I dropped it, my own fault. Is that covered by the insurance I have with you?", "en", false},
		{"We zijn afgesloten van het gas terwijl alles betaald is!", "nl", true},
	})
}

// TestThanksAndIronyAroundARemedy: thanks or praise for what put a problem
// right is thanks, also for a phrasal verb or an object described after
// a comma; praise after a failure, a "… niet dus" or "love how you always"
// is irony.
func TestThanksAndIronyAroundARemedy(t *testing.T) {
	// "Kleine moeite" is no trouble; "veel moeite met inloggen" is.
	assert.Positive(t, ReadMessage("Ik heb sinds de update veel moeite met inloggen in de app.", "nl").Feature("problem"))
	assert.Zero(t, ReadMessage("Kleine moeite, maar wat fijn. Dank!", "nl").Feature("problem"))

	checkComplaints(t, []complaintCase{
		{"Thanks for sorting out my double charge so quickly, money's already back in my account 🙏", "en", false},
		{"Shoutout to Mark at the service desk who helped me, a lost tourist, find the right platform. Legend.", "en", false},
		{"Bedankt voor het oplossen van mijn dubbele afschrijving, het geld staat er al weer op!", "nl", false},
		{"Dank je wel dat mijn trein alweer is uitgevallen 🙃 derde keer deze week, top geregeld", "nl", true},
		{"Chauffeur van lijn 8 wachtte tot mijn moeder met haar rollator zat voordat hij wegreed. Kleine moeite, maar wat fijn. Dank!", "nl", false},
		{"Taart voor mijn dochter besteld, de bovenkant zat tegen het deksel geplakt. Ze was er zó blij mee... niet dus.", "nl", true},
		{"Love how you always let me pay for a seat and then move me anyway. Great value 👌", "en", true},
		{"I love how easy the new app makes it to change my booking!", "en", false},
	})
}

// TestServiceThatGetsWorseOrIgnores: a service that throws the customer
// out, gets worse, raises its price, ignores feedback or has no answer,
// a phrase said in a CamelCase hashtag, and a challenge of what the
// company does about it complain; their near misses ask.
func TestServiceThatGetsWorseOrIgnores(t *testing.T) {
	checkComplaints(t, []complaintCase{
		{"Just randomly boots me offline, there it goes again", "en", true},
		{"The app has been getting worse for a few months now", "en", true},
		{"My cough is getting worse, can I still fly tomorrow?", "en", false},
		{"My broadband is going up £8 next month. What are you all using instead?", "en", true},
		{"Is my bill going up in April?", "en", false},
		{"They obviously ignore negative feedback on Facebook.", "en", true},
		{"Asked in the store, they have no info either..", "en", true},
		{"Served a cold toastie by three staff. #ThanksForNothing", "en", true},
		{"Third delay this week. #NeverAgain", "en", true},
		{"Loved the new menu today! #ThanksForTheTreat", "en", false},
		{"Oh, that's nice. What are you doing about it?", "en", true},
		{"Weer een storing. Wat gaan jullie eraan doen?", "nl", true},
		{"Wat doen jullie aan duurzaamheid in de winkels?", "nl", false},
		{"Purchased a case yesterday that dropped in price today. Can the difference be refunded?", "en", false},
		{"Done online check-in but left my card at home, can I still fly?", "en", false},
		{"Thank you so much once again for the kind words", "en", false},
		{"Moved the speaker closer and it's not skipping at the moment. Fingers crossed!", "en", false},
		{"Thanks for the reply! Got it working after a reinstall, not sure what the initial problem was, but it's working now.", "en", false},
		{"After 2 hours on the phone we finally got it fixed, and we will not be renewing with you.", "en", true},
		{"Sick of being treated like crap after spending thousands with you.", "en", true},
		{"It's quite disturbing you're selling counterfeit items.", "en", true},
		{"This sort of thing happens way too often, you need to do better.", "en", true},
	})
}

// TestAStrangersLoginToldWithAGap: a login by someone the customer does
// not know is a privacy incident however many words stand between
// ("someone I don't know just signed in to my bank account"), in both
// languages.
func TestAStrangersLoginToldWithAGap(t *testing.T) {
	for _, c := range []struct{ text, lang string }{
		{"Someone I don't know just signed in to my bank account from another phone. What do I do?", "en"},
		{"Er heeft iemand die ik niet ken ingelogd op mijn bankrekening. Wat moet ik doen?", "nl"},
	} {
		t.Run(c.text, func(t *testing.T) {
			assert.True(t, ReadMessage(c.text, c.lang).Has(SignalPrivacy), c.text)
		})
	}
	for _, c := range []struct{ text, lang string }{
		{"My husband signed in to our account to check the bill, is that ok?", "en"},
		{"Mijn man heeft op ons account ingelogd om de rekening te bekijken, mag dat?", "nl"},
	} {
		t.Run("near miss: "+c.text, func(t *testing.T) {
			assert.False(t, ReadMessage(c.text, c.lang).Has(SignalPrivacy), c.text)
		})
	}
}

// TestSomeoneWhoIsNoCustomer: "not a customer yet" asks, and is no churn;
// a text "from us" to someone who was never a customer is a sender to
// check; leaving ("geen klant meer") stays churn.
func TestSomeoneWhoIsNoCustomer(t *testing.T) {
	for _, c := range []struct{ text, lang string }{
		{"I'm not a customer yet, do you deliver to Leeds?", "en"},
		{"Ik ben nog geen klant, bezorgen jullie ook in Zwolle?", "nl"},
	} {
		m := ReadMessage(c.text, c.lang)
		assert.False(t, m.Complaint, c.text)
		assert.False(t, m.Has(SignalChurn), c.text)
	}
	for _, c := range []struct{ text, lang string }{
		{"Got a text from you saying I owe £2.99 for a parcel, but I'm not even a customer of yours.", "en"},
		{"Ik krijg een sms van jullie over een openstaande factuur, maar ik ben helemaal geen klant bij jullie.", "nl"},
	} {
		assert.True(t, ReadMessage(c.text, c.lang).ChecksSender, c.text)
	}
	assert.True(t, ReadMessage("Als dit zo doorgaat ben ik geen klant meer bij jullie.", "nl").Has(SignalChurn))
}
