package reply

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A wave's holding message in triage is the text its drafts post: one
// text for everyone (webcarecrisis, step 3). A wave under the catch-all
// subject, grouped by a shared word ("roltrap", "escalator"), names no
// incident in either; the near miss, a wave on a subject the matrix
// names, names it in both. Every text is invented for the test.
func TestWaveHoldingIsTheDraftsText(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, lang string
		texts      []string
		named      string // the incident the holding message names, or ""
	}{
		{"a shared word in Dutch", "nl", []string{"De roltrap op het station doet het weer niet", "Alweer die roltrap kapot, echt", "roltrap stuk, ik moet met koffers de trap op", "De roltrap staat stil, belachelijk"}, ""},
		{"a shared word in English", "en", []string{"The escalator is broken again", "escalator stuck AGAIN, ridiculous", "Why is the escalator always broken?", "That escalator has stopped again, useless"}, ""},
		{"near miss: an outage the matrix names", "nl", []string{"Storing! Al een uur geen internet", "Internet ligt eruit, storing?", "Geen internet hier, wat is er aan de hand", "Weer een storing, geen internet"}, "de storing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var items []Incoming
			for i := 0; i < 30; i++ {
				items = append(items, Incoming{ID: fmt.Sprint(i), Text: tc.texts[i%len(tc.texts)], Lang: tc.lang, Time: t0.Add(time.Duration(i) * time.Minute)})
			}
			ds, rs := DraftBatch(items, Profile{Agent: "Sanne"})
			require.NotNil(t, ds[0].Wave)
			for i, d := range ds {
				assert.True(t, strings.HasPrefix(rs[i].Text, d.Holding), "triage %q, draft %q", d.Holding, rs[i].Text)
			}
			if tc.named != "" {
				assert.Contains(t, ds[0].Holding, tc.named)
			} else {
				assert.NotContains(t, ds[0].Holding, "roltrap")
				assert.NotContains(t, ds[0].Holding, "escalator")
			}
		})
	}
}
