package lint

import (
	"bufio"
	"cmp"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/tone"
)

// costs returns the points each rule cost, by rule ID.
func costs(sc Scorecard) map[string]int {
	out := map[string]int{}
	for _, r := range sc.Reasons {
		if r.Points < 0 {
			out[r.Rule] -= r.Points
		}
	}
	return out
}

func TestScoreFollowsTheFindings(t *testing.T) {
	const hedged = "@user Je pakket komt misschien morgen. ^Anne, webcare"
	const mobile = "@user We bellen je morgen op 06-12345678. ^Anne, webcare"
	const complaint = "Mijn pakket is al een week onderweg. Belachelijk!"
	cases := []struct {
		name, config, reply, incoming string
		rule                          string
		base                          string // the reply without its directive
		want                          int    // points the rule costs
	}{
		{name: "hedging costs clarity points", reply: hedged, rule: "hedging", want: 20},
		{name: "hedging off costs nothing", config: "rules: {hedging: off}", reply: hedged, rule: "hedging"},
		{name: "hedging disabled inline costs nothing", reply: hedged + "\nreplylint-disable hedging", base: hedged, rule: "hedging"},
		{name: "hedging below the score level costs nothing", config: "rules: {hedging: info}\nscore_level: warning", reply: hedged, rule: "hedging"},
		{name: "a mobile number costs privacy points", reply: mobile, rule: "public-pii", want: 60},
		{name: "an allowed contact costs nothing", config: "allowed_contacts: ['06 1234 5678']", reply: mobile, rule: "public-pii"},
		{name: "a roster mismatch costs what it reports", config: "signature: {roster: [Anne]}", reply: "@user Je pakket komt morgen. ^Bert, webcare", rule: "signature", want: 30},
		{name: "a Dutch reply in u to a customer who says je costs personal points", reply: "@user Uw pakket komt morgen. ^Anne, webcare",
			incoming: "Waar blijft mijn pakket? Ik wacht al een week, kun je even kijken?", rule: "address-match", want: 30},
		{name: "the config's register is the one the score uses", config: "address: u", reply: "@user Je pakket komt morgen. ^Anne, webcare", incoming: "Waar blijft mijn pakket?", rule: "address-match", want: 30},
		{name: "English: maybe costs clarity points", reply: "@user Maybe your parcel arrives tomorrow. ^Jo, support lead", rule: "hedging", want: 20},
		{name: "English: maybe disabled in a comment costs nothing", reply: "<!-- replylint-disable hedging -->\n@user Maybe your parcel arrives tomorrow. ^Jo, support lead",
			base: "@user Maybe your parcel arrives tomorrow. ^Jo, support lead", rule: "hedging"},
		{name: "no apology to a complaint costs empathy points", reply: "@user Je pakket komt morgen. ^Anne, webcare", incoming: complaint, rule: "apology-missing", want: 45},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg, err := ParseConfig("c.yaml", []byte(c.config))
			require.NoError(t, err)
			res := Lint(tone.Input{Text: c.reply, Incoming: c.incoming}, cfg)
			assert.Equal(t, c.want, costs(res.Score)[c.rule], "reasons %+v", res.Score.Reasons)
			if c.want == 0 {
				base := Lint(tone.Input{Text: cmp.Or(c.base, c.reply), Incoming: c.incoming}, nil)
				assert.Positive(t, costs(base.Score)[c.rule], "the default config charges it")
			}
		})
	}
}

func TestScoreCreditsEmpathyWithoutAFinding(t *testing.T) {
	res := Lint(tone.Input{
		Text:     "@user Wat balen dat je pakket zo laat is. Excuses voor het ongemak. ^Anne, webcare",
		Incoming: "Mijn pakket is al een week onderweg. Belachelijk!",
	}, nil)
	var credit *Reason
	for i, r := range res.Score.Reasons {
		if r.Points > 0 {
			credit = &res.Score.Reasons[i]
		}
	}
	require.NotNil(t, credit, "reasons %+v", res.Score.Reasons)
	assert.Equal(t, "empathy-missing", credit.Rule)
	assert.Equal(t, -1, credit.Finding)
	assert.Equal(t, "balen", credit.Span.In(res.Analysis.Text))
	assert.Equal(t, 100-25+10, res.Score.Empathy, "the cliché's 25 points, 10 of them made up")
}

func TestCostsGroupTheFindingsOfARuleMostPointsFirst(t *testing.T) {
	sc := Scorecard{Reasons: []Reason{
		{Part: PartClarity, Rule: "hedging", Points: -20, Finding: 0},
		{Part: PartPersonal, Rule: "signature", Points: -30, Finding: 1},
		{Part: PartClarity, Rule: "hedging", Points: -20, Finding: 2},
		{Part: PartDeEscalation, Rule: "emotional", Points: -25, Finding: 3},
		{Part: PartPrivacy, Rule: "public-pii", Points: -30, Finding: 4},
		{Part: PartEmpathy, Rule: "empathy-missing", Points: 10, Finding: -1},
	}}
	assert.Equal(t, []RuleCost{
		{Rule: "hedging", Part: PartClarity, Points: -40, Findings: 2, First: 0},
		{Rule: "signature", Part: PartPersonal, Points: -30, Findings: 1, First: 1},
		{Rule: "public-pii", Part: PartPrivacy, Points: -30, Findings: 1, First: 4},
		{Rule: "emotional", Part: PartDeEscalation, Points: -25, Findings: 1, First: 3},
	}, sc.Costs(), "two hedges are one cost of 40; a tie keeps the order of the findings; a credit is no cost")
	assert.Empty(t, Scorecard{}.Costs(), "nothing cost points")

	res := Lint(tone.Input{Text: "@user Misschien komt je pakket morgen, misschien overmorgen."}, nil)
	got := res.Score.Costs()
	require.NotEmpty(t, got)
	for _, c := range got {
		assert.Equal(t, c.Rule, res.Findings[c.First].Rule, "each cost points at its rule's first finding")
	}
}

func TestScoreWeights(t *testing.T) {
	cfg := newConfig()
	cfg.Weights = Weights{Clarity: 1}
	res := Lint(tone.Input{Text: "@user Je pakket komt misschien morgen. ^Anne, webcare"}, cfg)
	assert.Equal(t, 80, res.Score.Clarity)
	assert.Equal(t, res.Score.Clarity, res.Score.Total)
}

// corpusReply is a record of the shared corpus: a reply, and the
// customer's message when there is one.
type corpusReply struct {
	Reply     string  `json:"reply"`
	InReplyTo *string `json:"in_reply_to"`
	Channel   string  `json:"channel"`
}

func readCorpus(t *testing.T) []corpusReply {
	t.Helper()
	dir := cmp.Or(os.Getenv("REPLYLINT_CORPUS"), sharedCorpus())
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if len(files) == 0 {
		t.Skipf("no shared corpus in %q (../shared/corpus/*.jsonl next to the repository; CI has it)", dir)
	}
	var out []corpusReply
	for _, path := range files {
		f, err := os.Open(path)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var r corpusReply
			if json.Unmarshal(sc.Bytes(), &r) == nil && r.Reply != "" {
				out = append(out, r)
			}
		}
		f.Close()
	}
	return out
}

// sharedCorpus returns the first directory shared/corpus beside the
// package directory or one of its parents: ../shared/corpus next to the
// repository, also from a git worktree kept further down (../wt/NAME),
// where a fixed ../../shared/corpus would miss it and the property test
// would skip. REPLYLINT_CORPUS names another directory.
func sharedCorpus() string {
	dir, err := filepath.Abs(".")
	if err != nil {
		return ""
	}
	for {
		c := filepath.Join(dir, "shared", "corpus")
		if fi, err := os.Stat(c); err == nil && fi.IsDir() {
			return c
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
}

// Over every reply of the shared corpus, with random configs and inline
// directives: every cost has a finding of the same rule at the same span,
// at or above the score level, of a rule that is on and not disabled; and
// every finding at or above the level with a cost is charged once.
func TestScorePropertyOverCorpus(t *testing.T) {
	recs := readCorpus(t)
	rules := Rules()
	sevs := []Severity{Info, Warning, Error}
	for i, r := range recs {
		rng := rand.New(rand.NewPCG(uint64(i), 11))
		cfg := newConfig()
		for _, rl := range rules {
			switch rng.IntN(6) {
			case 0:
				cfg.Rules[rl.ID] = RuleConfig{Off: true}
			case 1:
				cfg.Rules[rl.ID] = RuleConfig{Severity: sevs[rng.IntN(3)]}
			}
		}
		cfg.ScoreLevel = Severity(rng.IntN(4))
		text := r.Reply
		disabled := ""
		switch rng.IntN(4) {
		case 0:
			disabled = rules[rng.IntN(len(rules))].ID
			text += "\nreplylint-disable " + disabled
		case 1:
			disabled = rules[rng.IntN(len(rules))].ID
			text = "<!-- replylint-disable " + disabled + " -->\n" + text
		}
		in := tone.Input{Text: text, Channel: r.Channel}
		if r.InReplyTo != nil {
			in.Incoming = *r.InReplyTo
		}
		if rng.IntN(3) == 0 {
			// The company's own contact: whatever personal data the reply
			// holds first.
			if pd := tone.Analyze(in).PersonalData(); len(pd) > 0 {
				cfg.AllowedContacts = []string{pd[0].Text}
			}
		}
		res := Lint(in, cfg)
		charged := map[int]int{}
		for _, rs := range res.Score.Reasons {
			if rs.Points > 0 {
				require.Equal(t, -1, rs.Finding, "record %d: a credit has no finding", i)
				continue
			}
			require.True(t, rs.Finding >= 0 && rs.Finding < len(res.Findings), "record %d: cost %+v points at no finding", i, rs)
			f := res.Findings[rs.Finding]
			require.Equal(t, f.Rule, rs.Rule, "record %d", i)
			require.Equal(t, f.Span, rs.Span, "record %d", i)
			require.Equal(t, f.Cost, -rs.Points, "record %d", i)
			require.GreaterOrEqual(t, f.Severity, cfg.ScoreLevel, "record %d", i)
			charged[rs.Finding]++
		}
		for k, f := range res.Findings {
			require.False(t, cfg.Rules[f.Rule].Off, "record %d: %s is off", i, f.Rule)
			require.NotEqual(t, disabled, f.Rule, "record %d: %s is disabled inline", i, f.Rule)
			want := 0
			if f.Cost > 0 && f.Severity >= cfg.ScoreLevel {
				want = 1
			}
			require.Equal(t, want, charged[k], "record %d: finding %+v", i, f)
		}
	}
	t.Logf("%d corpus replies", len(recs))
}
