// Package reply triages incoming customer messages through an escalation
// matrix and drafts replies, holding messages and crisis statements that
// pass replylint's own rules.
//
// Triage (escalatiematrix) decides what a message is —
// question, complaint, compliment, reputation-risk, safety, legal-privacy
// or crisis — with the words that decided it, and gives it a priority,
// an owner, a response time and advice from the matrix. TriageBatch does
// the same for a queue of messages and counts how many share a topic.
// Cue words are matched on tokens with context guards, so "de krant lag
// niet in de bus", "brand-ambassadeur", "Sue from your Bath branch" and
// "fire sale" are no cues.
//
// Draft (negatieve referenties, escalatie voorkomen) writes a first
// reply: the customer's name and own
// words, an acknowledgement that carries emotion, an apology for a
// complaint, the next step as a placeholder for the agent, a DM invitation
// for personal matters, je or u as the customer writes, and the agent's
// name and role. With kind "holding" it writes a holding message; Statement
// (webcarecrisis) writes a crisis statement of 150 to 300 words.
//
// Word lists, advice and templates are data (templates/*.yaml and
// escalation.example.yaml, embedded), Dutch first and English second. All
// functions are safe for concurrent use; Matrix and Templates values are
// read-only once parsed.
package reply
