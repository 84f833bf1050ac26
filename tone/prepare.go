package tone

import "sync"

// Prepare builds now, in parallel, what the first Analyze would otherwise
// build on first use: the sentence segmenter (the Dutch punkt model), the
// tokenizer, the entity patterns, the built-in lexicons and word models of
// langs ("nl" and "en" when none are given). It returns when all are ready.
//
// Nothing needs it: everything is built lazily, once per process. A
// one-shot command or a server can run it in a goroutine at start-up, so
// that the first reply does not wait for the loading, or pay for it on one
// core. It is safe to call at any time, from any goroutine, and again.
func Prepare(langs ...string) {
	if len(langs) == 0 {
		langs = []string{"nl", "en"}
	}
	var wg sync.WaitGroup
	wg.Go(func() { _, _ = dutchSegmenter() })
	wg.Go(func() {
		proseTokenizer()
		entityPatterns()
	})
	for _, lang := range langs {
		wg.Go(func() { DefaultLexicon(lang) })
		wg.Go(func() { DefaultWordModel(lang) })
	}
	wg.Wait()
}
