package reply

import "testing"

// TestDraftSaysBackWhatHappened checks the families of a team lead's
// rating that stock empathy missed, each with hits and near misses: the
// colleague a customer thanks by name is named back; a parcel at the
// wrong address is said as such, and the customer's count of how often it
// went wrong is said back.
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
		// A parcel at the wrong address is no wrong item, and the count is said back.
		{"nl wrong neighbours, the third time this month", "Voor de derde keer deze maand staat mijn pakket bij de verkeerde buren. Ik ben het echt zat.",
			[]string{"verkeerde adres", "al de derde keer deze maand"}, []string{"anders kreeg dan je bestelde"}},
		{"en wrong address, the 4th time this week", "My parcel was delivered to the wrong address for the 4th time this week. Seriously?",
			[]string{"wrong address", "the 4th time this week"}, []string{"personal data", "other than you ordered"}},
		{"en the count at the start", "Third time this month my package went to the wrong house. Fed up.",
			[]string{"wrong address", "third time this month"}, nil},
		{"nl near miss: a wrong item stays a wrong item", "Ik bestelde een blauwe jas en kreeg de verkeerde maat.",
			[]string{"anders kreeg dan je bestelde"}, []string{"adres", "keer"}},
		{"nl near miss: no count, no number said", "Mijn pakket is weer bij de verkeerde buren afgeleverd.",
			[]string{"verkeerde adres"}, []string{"derde", "keer deze"}},
		{"en near miss: an invoice to the wrong address is a privacy matter", "You sent my invoice to the wrong address, now my neighbour knows my salary.",
			[]string{"personal data"}, []string{"parcel"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkDraftCase(t, p, tc.in, tc.want, tc.not)
		})
	}
}
