package tone

import "testing"

// typicalMessage is a 130-byte Dutch customer complaint.
const typicalMessage = "@Zuivo al drie weken wacht ik op mijn terugbetaling en niemand reageert op mijn mails. " +
	"Belachelijk, dit is de derde keer!! 😡"

// typicalMessageEN is a 150-byte English customer complaint, read with
// the English word model.
const typicalMessageEN = "@ShopCo my order was supposed to arrive on Monday, it's Friday and still nothing. " +
	"Nobody answers the chat either. Really disappointed #fail"

func BenchmarkReadMessage(b *testing.B)        { benchReadMessage(b, typicalMessage) }
func BenchmarkReadMessageEnglish(b *testing.B) { benchReadMessage(b, typicalMessageEN) }

// benchReadMessage times ReadMessage on msg once the lexicons and models
// its language needs are parsed.
func benchReadMessage(b *testing.B, msg string) {
	ReadMessage(msg, "") // parse the lexicons and the models once
	b.ReportAllocs()
	b.SetBytes(int64(len(msg)))
	for b.Loop() {
		ReadMessage(msg, "")
	}
}

// BenchmarkParseWordModel is what the first English reading pays once for
// the word model (loaded lazily, as the lexicons are).
func BenchmarkParseWordModel(b *testing.B) {
	b.SetBytes(int64(len(wordModelEN)))
	for b.Loop() {
		if _, err := ParseWordModel(wordModelEN); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseLexicons is what the first reply and the first message in
// a language pay once: the reply and customer lexicons, parsed and
// compiled (start-up of the CLI for one message).
func BenchmarkParseLexicons(b *testing.B) {
	for _, lang := range []string{"nl", "en"} {
		b.Run(lang, func(b *testing.B) {
			for b.Loop() {
				if _, err := parseBuiltin(lang); err != nil {
					b.Fatal(err)
				}
				if _, err := parseCustomer(lang); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
