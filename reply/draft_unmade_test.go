package reply

import "testing"

// TestAnOrderThatNeverWentThroughHasNoNumber: a customer who could not
// order, book or pay has no order number or booking reference to send;
// the draft asks for the details instead. An order that was placed keeps
// its number.
func TestAnOrderThatNeverWentThroughHasNoNumber(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"en can't place an order", "I can't place an order on your website, the payment page keeps failing.", nil, []string{"order number"}},
		{"en tried to buy tickets", "I tried five times to buy tickets on your site and it fails every time.", nil, []string{"booking reference"}},
		{"nl kan niet bestellen", "Ik kan al de hele dag niet bestellen in de app, betalen mislukt steeds.", nil, []string{"ordernummer", "bestelnummer"}},
		{"en near miss: an order placed", "My order never arrived and the tracking says delivered.", []string{"order number"}, nil},
		{"nl near miss: an order placed", "Mijn bestelling is nooit aangekomen, volgens de track & trace bezorgd.", []string{"nummer"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSeedDrafts(t, c.text, c.want, c.not) })
	}
}
