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
		{"en trying to make a reservation", "I've been trying to make a reservation on your site for an hour and it won't let me pick a time.", nil, []string{"booking reference"}},
		{"nl geen reservering kunnen maken", "Ik kan via de app al de hele avond geen reservering maken, hij blijft laden.", nil, []string{"reserveringsnummer", "boekingsnummer"}},
		{"en near miss: a reservation made and lost", "I made a reservation for 8pm and nobody had it when we arrived.", []string{"sorry"}, nil},
		{"en near miss: an order placed", "My order never arrived and the tracking says delivered.", []string{"order number"}, nil},
		{"nl near miss: an order placed", "Mijn bestelling is nooit aangekomen, volgens de track & trace bezorgd.", []string{"nummer"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSeedDrafts(t, c.text, c.want, c.not) })
	}
}

// TestAMessageToSomeoneWhoIsNoCustomerIsChecked: a text or mail "from us"
// to someone who was never a customer is likely phishing: the draft warns
// and says how to check, without an apology or an order number. A
// customer leaving ("geen klant meer") is no such thing.
func TestAMessageToSomeoneWhoIsNoCustomerIsChecked(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"en text to a non-customer", "I just got a text from you saying my parcel is on hold and I need to pay £2.99, but I'm not even a customer of yours.",
			[]string{"link"}, []string{"order number", "sorry", "apolog", "kept on hold"}},
		{"nl sms aan wie geen klant is", "Ik krijg een sms van jullie dat ik nog een openstaande factuur heb, maar ik ben helemaal geen klant bij jullie.",
			[]string{"link"}, []string{"klantnummer", "excuses", "als klant houden"}},
		{"nl near miss: leaving", "Ik ben geen klant meer bij jullie als dit zo doorgaat, de derde storing deze week.", nil, []string{"klik niet"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSeedDrafts(t, c.text, c.want, c.not) })
	}
}
