package lint

import (
	"strconv"
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

// BenchmarkLintExchangeLongLine lints one reply of a single line against a
// customer's message of a single line, at two sizes: ns/op at 4x should
// stay about 4x the 1x figure (every path linear in its input). The reply
// repeats apologies, an "ik snap je ergernis" after the situation and
// stock requests, the shapes mirroring and empathy read.
func BenchmarkLintExchangeLongLine(b *testing.B) {
	// The reply's words are not the customer's (mirror and empathy
	// search the whole single sentence for one), its understanding and
	// apologies recur.
	reply := "Excuses, ik snap je ergernis over de gang van zaken en vind het vervelend, " +
		"een collega kijkt ernaar en laat morgen voor twaalf uur iets weten, "
	msg := "Mijn pakket met de winterjas is na vijf dagen nog steeds niet bezorgd en niemand belt terug, "
	for _, n := range []int{25, 100} {
		in := tone.Input{Text: strings.Repeat(reply, n) + "^Sanne", Incoming: strings.Repeat(msg, n)}
		b.Run(strconv.Itoa(n)+"x", func(b *testing.B) {
			b.SetBytes(int64(len(in.Text) + len(in.Incoming)))
			for b.Loop() {
				Lint(in, nil)
			}
		})
	}
}
