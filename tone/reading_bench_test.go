package tone

import "testing"

// typicalMessage is a 130-byte Dutch customer complaint.
const typicalMessage = "@Zuivo al drie weken wacht ik op mijn terugbetaling en niemand reageert op mijn mails. " +
	"Belachelijk, dit is de derde keer!! 😡"

func BenchmarkReadMessage(b *testing.B) {
	ReadMessage(typicalMessage, "") // parse the lexicons and the model once
	b.ReportAllocs()
	b.SetBytes(int64(len(typicalMessage)))
	for b.Loop() {
		ReadMessage(typicalMessage, "")
	}
}
