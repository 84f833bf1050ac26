package reply

import "testing"

// TestDraftSaysBackWhatHappened checks the families of a team lead's
// rating that stock empathy missed, each with hits and near misses: the
// colleague a customer thanks by name is named back.
func TestDraftSaysBackWhatHappened(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	tests := []struct {
		name, in  string
		want, not []string
	}{
		// The colleague named after thanks, or after the service they gave.
		{"nl the colleague after the service", "Wat een topservice van Ilse aan de telefoon, binnen 5 minuten was mijn probleem opgelost!",
			[]string{"Ilse"}, []string{"over de telefoon"}},
		{"en the colleague after thanks", "Thank you Sarah for sorting out my refund so quickly, great service!",
			[]string{"Sarah"}, []string{"enjoyed your refund"}},
		{"en near miss: thanks, then a new sentence", "Thank you. Great service today!",
			[]string{"thank you"}, []string{"on to great"}},
		{"nl near miss: the brand tagged", "Topservice van Coolblue weer @Coolblue",
			nil, []string{"aan Coolblue"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkDraftCase(t, p, tc.in, tc.want, tc.not)
		})
	}
}
