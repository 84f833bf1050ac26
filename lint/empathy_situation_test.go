package lint

import "testing"

// An apology that names the situation the customer tells of, in the
// words of the situation rather than their own, acknowledges it: "sorry
// for the delay" after a flight stuck at the gate. An apology for a
// situation they did not tell of, or a stock one, does not.
func TestApologyNamingTheirSituationIsEmpathy(t *testing.T) {
	cfg := &Config{Rules: map[string]RuleConfig{"empathy-missing": {Severity: Warning}}}
	checkFires(t, "empathy-missing", cfg, []firesCase{
		{"english: the delay named", "@user We're sorry for the delay, Tom. The crew is replacing the part now and boarding starts at 4pm. ^Sam",
			"Stuck on flight 609 at the gate for 55 minutes and nobody tells us anything", false},
		{"dutch: de vertraging named", "@user Sorry voor de vertraging, Tom. De monteur is onderweg en om 16:00 rijdt de trein weer. ^Noor",
			"Al 40 minuten stilstaan bij Amersfoort en niemand zegt iets, belachelijk", false},
		{"english: a situation they did not tell of", "@user We're sorry for the delay. Please DM us your booking reference. ^Sam",
			"My seat was given away and nobody at the desk would help me, disgraceful", true},
		{"english: a stock apology", "@user We apologise for any inconvenience. Please DM us your booking reference. ^Sam",
			"Stuck on flight 609 at the gate for 55 minutes and nobody tells us anything", true},
	})
}
