// Package tone analyses a webcare reply: its language, sentences and tokens
// with exact byte spans, the way it addresses the reader (je or u), its
// sign-off, thread marker, the personal data it contains, and the lexicon
// phrases it uses (hedging, clichés, apologies, empathy and more).
//
// Analysis is the single source the lint rules read; nothing in tone knows
// about rules or findings. Tokenising uses prose v3's tokenize package and
// sentence splitting its punkt segmenter with Dutch training, both made
// Dutch-aware and built once per process (Prepare builds them ahead).
//
// Speed: most of a reply is plain words, where prose's answer is known
// without asking (a word is one token; "binnen." ends a sentence unless
// punkt's training says otherwise). tone takes those words as they stand
// and hands prose only the rest: the spans with marks to peel, and texts
// with abbreviations, numbers with periods, URLs or ellipses. Tests and
// fuzzing compare both paths with prose alone on every text of the corpus
// (TestTokenizeAsProse, TestQuickBreaksAsPunkt, FuzzAnalyze).
//
// Every exported function is safe for concurrent use.
package tone
