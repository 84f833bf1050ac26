package reply

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// corpusIncoming returns every customer message of the labelled corpus:
// the in_reply_to of testdata/corpus/exchanges.jsonl and the incoming of
// testdata/triage/incoming.jsonl.
func corpusIncoming(t testing.TB) []Incoming {
	t.Helper()
	var out []Incoming
	f, err := os.Open("../testdata/corpus/exchanges.jsonl")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r struct {
			ID        string  `json:"id"`
			Lang      string  `json:"lang"`
			InReplyTo *string `json:"in_reply_to"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
		if r.InReplyTo != nil {
			out = append(out, Incoming{ID: r.ID, Lang: r.Lang, Text: *r.InReplyTo})
		}
	}
	require.NoError(t, sc.Err())
	for _, r := range readIncoming(t, "../testdata/triage/incoming.jsonl") {
		out = append(out, r.Incoming)
	}
	return out
}

// blocking returns the findings at warning or above outside placeholders.
func blocking(r Reply, res lint.Result) []lint.Finding {
	var out []lint.Finding
	for _, f := range res.Findings {
		if f.Severity >= lint.Warning && !inPlaceholder(r.Placeholders, f.Span) {
			out = append(out, f)
		}
	}
	return out
}

// TestDraftsPassLint drafts a reply to every customer message in the
// corpus, under several profiles, and lints each draft independently: no
// finding at warning or above may lie outside a placeholder.
func TestDraftsPassLint(t *testing.T) {
	msgs := corpusIncoming(t)
	require.GreaterOrEqual(t, len(msgs), 150)
	profiles := map[string]Profile{
		"agent and role": {Agent: "Anne", Role: "webcare"},
		"no agent":       {},
		"u by default":   {Agent: "Ruben", Role: "klantenservice", DefaultAddress: "u", Seed: 7},
		"always u":       {Agent: "Ruben", Role: "klantenservice", Address: "u", Seed: 3, Lint: registerConfig("u")},
		"private":        {Agent: "Sam", Role: "Customer Care", Channel: tone.ChannelPrivate},
		"phone and info": {Agent: "Ilse", Role: "webcare", Phone: "0800 0123", InfoPage: "https://example.nl/storing", Seed: 42},
	}
	for name, p := range profiles {
		t.Run(name, func(t *testing.T) {
			infos := 0
			for _, m := range msgs {
				in := tone.Input{Incoming: m.Text, Lang: m.Lang}
				if name == "agent and role" {
					in.Customer = "@klant"
				}
				r := Draft(in, p)
				if r.Hold {
					// A held message gets no public draft, only a note.
					assert.Empty(t, r.Text, m.ID)
					assert.NotEmpty(t, r.Note, m.ID)
					continue
				}
				assert.LessOrEqual(t, CopiedWords(r.Text, m.Text), maxCopied, "%s: no quote of the customer\n%s", m.ID, r.Text)
				res := lint.Lint(r.Input(), p.Lint)
				bad := blocking(r, res)
				assert.Empty(t, bad, "%s: %q\n%s", m.ID, m.Text, r.Text)
				assert.True(t, r.PassesRules(), m.ID)
				infos += len(res.Findings) - len(bad)
			}
			t.Logf("%d drafts, %d info findings", len(msgs), infos)
		})
	}
}

func TestDraftShape(t *testing.T) {
	p := Profile{Agent: "Anne", Role: "webcare"}
	t.Run("complaint: apology, emotion, own words, DM and placeholder", func(t *testing.T) {
		in := "@Kwikr Al een week wacht ik op mijn pakket en de track & trace zegt nog steeds 'onderweg'. Echt belachelijk."
		r := Draft(tone.Input{Incoming: in}, p)
		a := tone.Analyze(r.Input())
		assert.True(t, a.Apologizes(), r.Text)
		assert.True(t, a.Empathic(), r.Text)
		assert.True(t, a.Mirrors(), r.Text)
		assert.True(t, a.MovesToPrivate(), r.Text)
		assert.Equal(t, "Anne", a.SignOff.Name)
		assert.Equal(t, "webcare", a.SignOff.Role)
		assert.Contains(t, r.Text, "[wat we doen en wanneer]")
		require.NotEmpty(t, r.Placeholders)
		assert.Equal(t, "[wat we doen en wanneer]", r.Placeholders[0].Text)
		assert.Equal(t, r.Placeholders[0].Text, r.Placeholders[0].Span.In(r.Text))
		assert.Equal(t, CategoryComplaint, r.Category)
	})
	t.Run("question: no apology, an answer placeholder", func(t *testing.T) {
		r := Draft(tone.Input{Incoming: "Zijn jullie winkels op tweede paasdag open?"}, p)
		a := tone.Analyze(r.Input())
		assert.False(t, a.Apologizes(), r.Text)
		assert.Contains(t, r.Text, "[antwoord op je vraag]")
		assert.True(t, a.Mirrors(), r.Text)
	})
	t.Run("compliment: thanks, no apology", func(t *testing.T) {
		r := Draft(tone.Input{Incoming: "Wat een vriendelijke chauffeur op lijn 12 vanochtend, maakte mijn hele dag goed ☀️"}, p)
		assert.False(t, tone.Analyze(r.Input()).Apologizes(), r.Text)
		assert.Contains(t, r.Text, "chauffeur", "picks up the customer's words")
	})
	t.Run("greets by name", func(t *testing.T) {
		r := Draft(tone.Input{Incoming: "Mijn bestelling is niet gekomen.", Customer: "Sanne de Vries"}, p)
		assert.True(t, strings.HasPrefix(r.Text, "Hoi Sanne,") || strings.HasPrefix(r.Text, "Hallo Sanne,") || strings.HasPrefix(r.Text, "Hé Sanne,"), r.Text)
		r = Draft(tone.Input{Incoming: "Mijn bestelling is niet gekomen. Groet, Marieke"}, p)
		assert.Contains(t, r.Text, "Marieke", "the name the customer signs with")
		r = Draft(tone.Input{Incoming: "Wat een topbezorger vandaag! Dankjewel @Zuivo"}, p)
		assert.NotContains(t, r.Text, "Hoi Dankjewel", "a closing word is no name")
	})
	t.Run("handle opens a public reply", func(t *testing.T) {
		r := Draft(tone.Input{Incoming: "Mijn bestelling is niet gekomen.", Customer: "@sanne_nl"}, p)
		assert.True(t, strings.HasPrefix(r.Text, "@sanne_nl "), r.Text)
	})
	t.Run("matches u", func(t *testing.T) {
		r := Draft(tone.Input{Incoming: "Kunt u mij vertellen waarom mijn pensioenrekening niet meer zichtbaar is?"}, p)
		assert.Equal(t, "u", r.Address)
		assert.Equal(t, "u", tone.Analyze(r.Input()).Address.Form(), r.Text)
	})
	t.Run("matches je", func(t *testing.T) {
		r := Draft(tone.Input{Incoming: "Hoi, kun je me vertellen of mijn pakket vandaag komt?"}, Profile{Agent: "Anne", DefaultAddress: "u"})
		assert.Equal(t, "je", r.Address)
		assert.Equal(t, "je", tone.Analyze(r.Input()).Address.Form(), r.Text)
	})
	t.Run("policy u overrides", func(t *testing.T) {
		r := Draft(tone.Input{Incoming: "Hoi, kun je me vertellen of mijn pakket vandaag komt?"}, Profile{Agent: "Anne", Address: "u"})
		assert.Equal(t, "u", r.Address)
	})
	t.Run("English", func(t *testing.T) {
		r := Draft(tone.Input{Incoming: "My direct debit was taken twice this month, £54 each time. I want one of them back."}, Profile{Agent: "Sam", Role: "Customer Care"})
		assert.Equal(t, "en", r.Lang)
		assert.Contains(t, r.Text, "[what we'll do and when]")
		assert.Contains(t, r.Text, "DM")
		assert.Contains(t, r.Text, "Sam (Customer Care)")
	})
	t.Run("safety asks how they are", func(t *testing.T) {
		r := Draft(tone.Input{Incoming: "In mijn salade van gisteren zat een stuk glas. Mijn dochter heeft haar mond opengehaald."}, p)
		assert.Equal(t, CategorySafety, r.Category)
		assert.Contains(t, r.Text, "je dochter")
		assert.Contains(t, r.Text, "telefoonnummer")
	})
	t.Run("safety with a phone number asks to call", func(t *testing.T) {
		r := Draft(tone.Input{Incoming: "De powerbank die ik bij jullie kocht werd gloeiend heet en begon te roken."}, Profile{Agent: "Anne", Phone: "0800 0123"})
		assert.Contains(t, r.Text, "Bel ons gerust op 0800 0123", r.Text)
		assert.True(t, r.PassesRules())
	})
	t.Run("bereavement", func(t *testing.T) {
		r := Draft(tone.Input{Incoming: "Mijn man is vorige maand overleden. Hoe kan ik zijn abonnement bij u opzeggen?"}, p)
		assert.Contains(t, r.Text, "gecondoleerd met het verlies van uw man")
	})
	t.Run("private channel asks directly", func(t *testing.T) {
		r := Draft(tone.Input{Incoming: "Mijn bestelling is niet gekomen.", Channel: tone.ChannelPrivate}, p)
		assert.Contains(t, r.Text, "Mag ik je ordernummer")
		assert.Equal(t, tone.ChannelPrivate, r.Channel)
	})
	t.Run("no personal data, no shouting from the customer", func(t *testing.T) {
		r := Draft(tone.Input{Incoming: "Voor de VIJFDE keer mijn pakket bij de buren!! Bel me op 06-12345678 of mail jan@voorbeeld.nl"}, p)
		assert.NotContains(t, r.Text, "VIJFDE")
		assert.NotContains(t, r.Text, "06-12345678")
		assert.NotContains(t, r.Text, "jan@voorbeeld.nl")
		assert.NotContains(t, r.Text, "!!")
		assert.True(t, r.PassesRules(), r.Text)
	})
	t.Run("no agent: a signature placeholder", func(t *testing.T) {
		r := Draft(tone.Input{Incoming: "Mijn bestelling is niet gekomen."}, Profile{})
		assert.True(t, strings.HasSuffix(r.Text, "[naam en functie]"), r.Text)
		assert.True(t, r.PassesRules())
	})
}

func TestDraftVariesWording(t *testing.T) {
	in := tone.Input{Incoming: "Al 40 minuten in de wacht bij jullie klantenservice. Echt waardeloos."}
	a := Draft(in, Profile{Agent: "Anne", Seed: 1})
	b := Draft(in, Profile{Agent: "Anne", Seed: 1})
	assert.Equal(t, a.Text, b.Text, "the same seed gives the same draft")
	seen := map[string]bool{}
	for seed := range uint64(12) {
		seen[Draft(in, Profile{Agent: "Anne", Seed: seed}).Text] = true
	}
	assert.GreaterOrEqual(t, len(seen), 3, "seeds vary the wording")

	// Over the corpus the opening sentence is not one stock phrase.
	openings := map[string]int{}
	for _, m := range corpusIncoming(t) {
		r := Draft(tone.Input{Incoming: m.Text, Lang: m.Lang}, Profile{Agent: "Anne"})
		if r.Hold || r.Kind == tone.KindHolding {
			continue // no draft, or the one standard holding message
		}
		first := strings.SplitN(r.Text, ".", 2)[0]
		openings[first]++
	}
	for o, n := range openings {
		assert.Less(t, n, 10, "opening used %d times: %q", n, o)
	}
}

func TestDraftHolding(t *testing.T) {
	p := Profile{Agent: "Ilse", Role: "webcare", Incident: "de storing bij het pinnen", NextUpdate: "16:00", InfoPage: "https://example.nl/storing"}
	r := Draft(tone.Input{Incoming: "Kan niemand pinnen vandaag? Wat is er aan de hand?", Kind: tone.KindHolding}, p)
	assert.Equal(t, tone.KindHolding, r.Kind)
	assert.Contains(t, r.Text, "de storing bij het pinnen")
	assert.Contains(t, r.Text, "16:00")
	assert.Contains(t, r.Text, "https://example.nl/storing")
	assert.Empty(t, r.Placeholders, r.Text)
	assert.True(t, r.PassesRules(), r.Text)

	// Without the facts, placeholders; a crisis message gets a holding
	// message even when a reply is asked for.
	r = Draft(tone.Input{Incoming: "Ik lees dat jullie klantgegevens op straat liggen na een hack. Zit ik daar ook bij?"}, Profile{Agent: "Ilse"})
	assert.Equal(t, tone.KindHolding, r.Kind)
	assert.Contains(t, r.Text, "[tijdstip]")
	assert.Contains(t, r.Text, "[link naar infopagina]")
	assert.True(t, r.PassesRules(), r.Text)

	// The holding message is the same for everyone (webcarecrisis), greeting
	// and sign-off included.
	x := Draft(tone.Input{Incoming: "Pinnen lukt niet, storing?", Kind: tone.KindHolding}, p)
	y := Draft(tone.Input{Incoming: "Weer een storing bij het pinnen. Waardeloos.", Kind: tone.KindHolding, Customer: "Sanne"}, p)
	assert.Equal(t, x.Text, y.Text)
}

func TestDraftStatementKind(t *testing.T) {
	// A statement from a message alone has no facts: a holding message and
	// the list of what is missing.
	r := Draft(tone.Input{Incoming: "Wat is er aan de hand met pinnen?", Kind: tone.KindStatement}, Profile{Agent: "Marieke Jansen", Role: "woordvoerder", Brand: "Betaalbaar"})
	assert.Equal(t, tone.KindHolding, r.Kind)
	assert.Contains(t, r.Missing, "cause")
	assert.Contains(t, r.Text, "Marieke Jansen (woordvoerder, Betaalbaar)")
}

func TestTemplateOverrides(t *testing.T) {
	tpl, err := ParseTemplates(".replylint.yaml", []byte(`
fail_level: warning
templates:
  nl:
    dm: PB
    forms:
      je:
        apology: ["Sorry, dit had niet mogen gebeuren."]
        signoff:
          role: ["^{agent} ({role})"]
`))
	require.NoError(t, err)
	r := Draft(tone.Input{Incoming: "Mijn bestelling is niet gekomen. Waardeloos."}, Profile{Agent: "Anne", Role: "webcare", Templates: tpl})
	assert.Contains(t, r.Text, "Sorry, dit had niet mogen gebeuren.")
	assert.Contains(t, r.Text, "een PB")
	assert.True(t, strings.HasSuffix(r.Text, "^Anne (webcare)"), r.Text)
	assert.True(t, r.PassesRules(), r.Text)
	// Lists the team left alone keep the built-in variants.
	assert.Contains(t, r.Text, "[wat we doen en wanneer]")
	// The defaults are untouched.
	r = Draft(tone.Input{Incoming: "Mijn bestelling is niet gekomen. Waardeloos."}, Profile{Agent: "Anne", Role: "webcare"})
	assert.NotContains(t, r.Text, "dit had niet mogen gebeuren")
}

func TestTemplateErrors(t *testing.T) {
	tests := []struct {
		name, yaml string
		line       int
		key, msg   string
	}{
		{"unknown language", "de:\n  dm: DM\n", 1, "de", "unknown language"},
		{"unknown key", "nl:\n  forms:\n    je:\n      apologies: [Sorry]\n", 4, "nl.forms.je.apologies", "unknown key"},
		{"unknown variable", "nl:\n  forms:\n    je:\n      apology: [\"Sorry {naam}\"]\n", 4, "nl.forms.je.apology[0]", "unknown variable {naam}"},
		{"empty list", "nl:\n  forms:\n    je:\n      apology: []\n", 4, "nl.forms.je.apology", "empty list"},
		{"not a list", "nl:\n  forms:\n    je:\n      apology: Sorry\n", 4, "nl.forms.je.apology", "want a list"},
		{"under templates", "templates:\n  en:\n    forms:\n      you:\n        nexts: [x]\n", 5, "templates.en.forms.you.nexts", "unknown key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseTemplates("team.yaml", []byte(tt.yaml))
			var te *TemplateError
			require.True(t, errors.As(err, &te), "%v", err)
			assert.Equal(t, "team.yaml", te.Path)
			assert.Equal(t, tt.line, te.Line, err.Error())
			assert.Equal(t, tt.key, te.Key, err.Error())
			assert.Contains(t, te.Msg, tt.msg)
		})
	}
}

func TestDraftConcurrent(t *testing.T) {
	msgs := corpusIncoming(t)
	want := make([]string, len(msgs))
	for i, m := range msgs {
		want[i] = Draft(tone.Input{Incoming: m.Text, Lang: m.Lang}, Profile{Agent: "Anne"}).Text
	}
	var wg sync.WaitGroup
	for w := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range msgs {
				j := (i + w*13) % len(msgs)
				got := Draft(tone.Input{Incoming: msgs[j].Text, Lang: msgs[j].Lang}, Profile{Agent: "Anne"}).Text
				assert.Equal(t, want[j], got)
			}
		}()
	}
	wg.Wait()
}

func TestDraftNeverPanics(t *testing.T) {
	for _, s := range []string{"", " ", "\xff\xfe\xfd", "???!!!", "@a @b #c", "mijn", "my", "Mijn (", "“”‘’[]{}()", "🔥🔥🔥", "\n\n\n", strings.Repeat("Mijn pakket is kapot. ", 300)} {
		assert.NotPanics(t, func() {
			Draft(tone.Input{Incoming: s}, Profile{})
			Draft(tone.Input{Text: s, Kind: tone.KindHolding}, Profile{Agent: "A"})
		}, "%q", s)
	}
}

func TestLoadTemplates(t *testing.T) {
	tpl, err := LoadTemplates("testdata/team.replylint.yaml")
	require.NoError(t, err)
	r := Draft(tone.Input{Incoming: "Mijn bestelling is niet gekomen. Waardeloos."}, Profile{Agent: "EK", Role: "webcare", Templates: tpl})
	assert.True(t, strings.HasSuffix(r.Text, "^EK (webcare)"), r.Text)
	assert.Contains(t, r.Text, "PB")
	assert.True(t, r.PassesRules(), r.Text)
	r = Draft(tone.Input{Incoming: "My order never arrived. Useless."}, Profile{Agent: "Sam", Role: "Customer Care", Templates: tpl})
	assert.True(t, strings.HasSuffix(r.Text, "^Sam, Customer Care"), r.Text)
	assert.True(t, r.PassesRules(), r.Text)
	_, err = LoadTemplates("testdata/missing.yaml")
	assert.Error(t, err)
}
