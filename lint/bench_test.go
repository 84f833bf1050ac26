package lint

import (
	"strings"
	"testing"

	"github.com/replylint/replylint/tone"
)

const typicalReply = "@sanne Wat balen dat je boodschappen twee uur te laat kwamen, en dat de diepvriespizza's " +
	"ontdooid waren. Sorry! Stuur ons even een DM met je ordernummer, dan zetten we het bedrag " +
	"vandaag nog terug op je rekening. Fijne avond alvast! ^EK"

var statement5K = strings.Repeat("Op dinsdag 3 juni was onze bezorgdienst in de regio Utrecht urenlang verstoord door een storing "+
	"in ons planningssysteem. Daardoor kwamen veel bestellingen te laat of helemaal niet aan. Dat is niet "+
	"wat je van ons mag verwachten, en we bieden onze excuses aan. ", 20)[:5000]

func BenchmarkLintReply(b *testing.B) {
	Lint(tone.Input{Text: typicalReply}, nil)
	b.ReportAllocs()
	b.SetBytes(int64(len(typicalReply)))
	for b.Loop() {
		Lint(tone.Input{Text: typicalReply}, nil)
	}
}

func BenchmarkLintExchange(b *testing.B) {
	in := tone.Input{Text: typicalReply, Incoming: "Mijn boodschappen kwamen twee uur te laat en de pizza's waren ontdooid. Belachelijk!"}
	Lint(in, nil)
	b.ReportAllocs()
	for b.Loop() {
		Lint(in, nil)
	}
}

func BenchmarkLintStatement(b *testing.B) {
	in := tone.Input{Text: statement5K, Kind: tone.KindStatement}
	Lint(in, nil)
	b.ReportAllocs()
	b.SetBytes(int64(len(statement5K)))
	for b.Loop() {
		Lint(in, nil)
	}
}
