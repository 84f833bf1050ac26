// Package tone analyses a webcare reply: its language, sentences and tokens
// with exact byte spans, the way it addresses the reader (je or u), its
// sign-off, thread marker, the personal data it contains, and the lexicon
// phrases it uses (hedging, clichés, apologies, empathy and more).
//
// Analysis is the single source the lint rules read; nothing in tone knows
// about rules or findings. Tokenising uses prose v3's tokenize package and
// sentence splitting its punkt segmenter with Dutch training, both made
// Dutch-aware and built once per process.
//
// Every exported function is safe for concurrent use.
package tone
