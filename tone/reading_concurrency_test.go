package tone

import (
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadMessageConcurrently reads messages from many goroutines at once
// and holds each reading to the same message read alone: the memory a
// reading reuses (readingScratch) is never shared by two readings, and a
// Message keeps none of it.
func TestReadMessageConcurrently(t *testing.T) {
	texts := corpusTexts(t)
	if len(texts) > 600 {
		texts = texts[:600]
	}
	want := make([]string, len(texts))
	for i, text := range texts {
		want[i] = fmt.Sprintf("%+v", *ReadMessage(text, ""))
	}
	got := make([]*Message, len(texts))
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < len(texts); i += 8 {
				got[i] = ReadMessage(texts[i], "")
			}
		}()
	}
	wg.Wait()
	// Every reading is looked at after all were made: one that shared
	// memory with a later one would show.
	for i := range texts {
		assert.Equal(t, want[i], fmt.Sprintf("%+v", *got[i]), "%q", texts[i])
	}
}
