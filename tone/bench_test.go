package tone

import (
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tokenize"
)

// typicalReply is a 250-byte Dutch webcare reply.
const typicalReply = "@sanne Wat balen dat je boodschappen twee uur te laat kwamen, en dat de diepvriespizza's " +
	"ontdooid waren. Sorry! Stuur ons even een DM met je ordernummer, dan zetten we het bedrag " +
	"vandaag nog terug op je rekening. Fijne avond alvast! ^EK"

// statement5K is a 5 KB crisis statement.
var statement5K = strings.Repeat("Op dinsdag 3 juni was onze bezorgdienst in de regio Utrecht urenlang verstoord door een storing "+
	"in ons planningssysteem. Daardoor kwamen veel bestellingen te laat of helemaal niet aan. Dat is niet "+
	"wat je van ons mag verwachten, en we bieden onze excuses aan. ", 20)[:5000]

func BenchmarkAnalyzeReply(b *testing.B) {
	Analyze(Input{Text: typicalReply}) // build lexicons and segmenter once
	b.ReportAllocs()
	b.SetBytes(int64(len(typicalReply)))
	for b.Loop() {
		Analyze(Input{Text: typicalReply})
	}
}

func BenchmarkAnalyzeStatement(b *testing.B) {
	Analyze(Input{Text: statement5K})
	b.ReportAllocs()
	b.SetBytes(int64(len(statement5K)))
	for b.Loop() {
		Analyze(Input{Text: statement5K, Kind: KindStatement})
	}
}

// BenchmarkProseTokenize is the floor: a bare prose v3 tokenize of the
// same reply, for the ratio bench/run.sh reports.
func BenchmarkProseTokenize(b *testing.B) {
	tk := tokenize.New()
	b.ReportAllocs()
	b.SetBytes(int64(len(typicalReply)))
	for b.Loop() {
		tk.Tokenize(typicalReply)
	}
}
