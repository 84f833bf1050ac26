package tone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A customer who reports harm or danger to someone else is a witness; a
// customer who was hurt, or whose child or partner was, is not, nor one
// who names nobody else.
func TestWitnessReportsDangerToOthers(t *testing.T) {
	for _, tc := range []struct {
		in, lang string
		witness  bool
	}{
		{"Op tram 4 heeft de chauffeur vanmorgen zo hard geremd dat een oude mevrouw gevallen is, met haar hoofd tegen de paal.", "nl", true},
		{"De buschauffeur van lijn 3 zat met zijn telefoon te appen en reed bijna een fietser aan.", "nl", true},
		{"The driver of the number 9 ran a red light while on his phone, a cyclist had to swerve.", "en", true},
		{"There's a cable hanging out of the junction box on Mill Lane and it's sparking in the rain. Children walk past it every morning.", "en", true},
		// The customer only saw it happen: "ik zag", "I saw".
		{"Ik zag vanmiddag een fietser bijna onder jullie bus komen, de chauffeur zat op zijn telefoon.", "nl", true},
		{"I saw a cyclist nearly get hit by your bus this morning, the driver was on his phone.", "en", true},
		// Near misses: the customer or theirs is in it.
		{"Ik zag een fietser uitwijken en toen reed de bus mij bijna aan, de chauffeur zat op zijn telefoon.", "nl", false},
		{"I saw a cyclist swerve and then your bus nearly hit me, the driver was on his phone.", "en", false},
		{"Ik ben vanochtend in jullie winkel uitgegleden over een plas olie en heb mijn pols gebroken.", "nl", false},
		{"Mijn zoontje heeft zich gesneden aan een kapotte schap in jullie winkel.", "nl", false},
		{"The charger I bought from you started smoking on my nightstand last night.", "en", false},
		{"My daughter got a nasty burn from the kettle, the lid flew off.", "en", false},
		// A tweet that leaves out "ik" names nobody else: the customer's own.
		{"Gisteren uitgegleden in jullie winkel over een natte vloer zonder bord. Pols gekneusd.", "nl", false},
		{"In het brood van vanochtend zat een stukje metaal. Bijna mijn tand op gebroken.", "nl", false},
		// No danger at all: no witness.
		{"De chauffeur van lijn 3 was super vriendelijk vandaag!", "nl", false},
	} {
		m := ReadMessage(tc.in, tc.lang)
		assert.Equal(t, tc.witness, m.Witness, tc.in)
	}
}
