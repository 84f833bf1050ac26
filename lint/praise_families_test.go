package lint

import "testing"

// A sincere compliment, slang praise included, needs no apology; a
// sarcastic one is a complaint and does. Each reply thanks without
// apologising. Every text is invented for the test.
func TestApologyMissingFollowsPraiseAndSarcasm(t *testing.T) {
	checkFires(t, "apology-missing", nil, []firesCase{
		{"slang praise in Dutch", "Dank je, fijn dat de burger zo in de smaak valt! Groet, Sanne", "Die nieuwe burger is echt ziek lekker 🤤 vette aanrader", false},
		{"a curse that praises", "Wat leuk om te horen, we geven het door aan Mo! Groet, Sanne", "fucking goed geholpen door jullie medewerker, dank!", false},
		{"slang praise in English", "Thanks, glad you love it! We'll pass it on to the kitchen. ^Jo", "Love the new menu! The vegan burger is insane 🔥🔥", false},
		{"chapeau for a kindness", "Wat mooi om te lezen, we geven het door aan de chauffeur! Groet, Sanne", "Merci aan de chauffeur van lijn 4, die heeft gewacht tot mijn moeder met haar rollator zat. Chapeau!", false},
		{"sarcastic thanks in Dutch", "Dank je voor je bericht, we kijken ernaar. Groet, Sanne", "Dank je wel dat mijn trein alweer is uitgevallen 🙃", true},
		{"scare-quoted thanks", "Dank je voor je bericht, we kijken ernaar. Groet, Sanne", "Bedankt voor het 'bezorgen' van mijn pakket bij de buren, die twee weken op vakantie zijn. Echt heel attent.", true},
		{"sarcastic love in English", "Thanks for your message, we'll look into it. ^Jo", "gotta love paying extra for nothing", true},
		{"mock praise beside a failure", "Thanks for your message, we'll look into it. ^Jo", "Great job, third late parcel this month", true},
	})
}
