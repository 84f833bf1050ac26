package lint

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/replylint/replylint/tone"
)

// Linter lints replies under one configuration. It is made once with New,
// which checks the config and compiles its lexicon entries, and is safe
// for concurrent use by any number of goroutines.
type Linter struct {
	cfg   Config
	an    *tone.Analyzer
	rules []*Rule
}

// Option changes how New builds a Linter.
type Option func(*options)

type options struct {
	extra []Rule
}

// WithRules adds the caller's own rules after the built-in ones. Each
// needs a unique ID, a Run and a Severity; the config can turn them off
// or change their severity like any rule (a Config built in Go; a config
// file names only built-in rules).
func WithRules(rules ...Rule) Option {
	return func(o *options) { o.extra = append(o.extra, rules...) }
}

// New checks cfg (nil: the defaults), compiles its lexicon entries and
// returns a Linter with its own copy of cfg. A problem is a *ConfigError:
// an unknown rule ID, an unknown register, a lexicon entry that does not
// compile.
func New(cfg *Config, opts ...Option) (*Linter, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	if cfg == nil {
		cfg = newConfig()
	}
	l := &Linter{cfg: cfg.clone(), rules: registry()}
	if len(o.extra) > 0 {
		l.rules = append([]*Rule(nil), registry()...)
		for i := range o.extra {
			r := o.extra[i] // a copy: the caller's value may change
			switch {
			case r.ID == "" || r.Run == nil:
				return nil, fmt.Errorf("lint.WithRules: rule %q needs an ID and a Run", r.ID)
			case l.rule(r.ID) != nil:
				return nil, fmt.Errorf("lint.WithRules: rule %q: the ID is taken", r.ID)
			case r.Severity < Info || r.Severity > Error:
				return nil, fmt.Errorf("lint.WithRules: rule %q: Severity must be Info, Warning or Error", r.ID)
			case r.Part != "" && Weights{}.index(r.Part) < 0:
				return nil, fmt.Errorf("lint.WithRules: rule %q: unknown score part %q", r.ID, r.Part)
			}
			l.rules = append(l.rules, &r)
		}
	}
	for id := range l.cfg.Rules {
		if l.rule(id) == nil {
			return nil, &ConfigError{Path: cfg.Path, Key: "rules." + id, Msg: "unknown rule (see 'replylint rules')"}
		}
	}
	switch l.cfg.Address {
	case "", "je", "u", "match":
	default:
		return nil, &ConfigError{Path: cfg.Path, Key: "address", Msg: fmt.Sprintf("%q: want je, u or match", l.cfg.Address)}
	}
	an, err := analyzerFor(&l.cfg, cfg)
	if err != nil {
		return nil, err
	}
	l.an = an
	return l, nil
}

// Config returns a copy of the linter's configuration.
func (l *Linter) Config() *Config {
	c := l.cfg.clone()
	return &c
}

// Rules returns the linter's rules, the built-in ones first: copies the
// caller may change.
func (l *Linter) Rules() []Rule {
	out := make([]Rule, len(l.rules))
	for i, r := range l.rules {
		out[i] = *r
	}
	return out
}

// Severity returns a rule's severity under the linter's config, and false
// when the rule is off or unknown.
func (l *Linter) Severity(id string) (Severity, bool) {
	r := l.rule(id)
	if r == nil {
		return 0, false
	}
	return l.cfg.severity(r.ID, r.Severity)
}

func (l *Linter) rule(id string) *Rule {
	for _, r := range l.rules {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// defaultLinter lints with the built-in configuration.
var defaultLinter = sync.OnceValue(func() *Linter {
	l, err := New(nil)
	if err != nil {
		panic(err) // the defaults are tested
	}
	return l
})

// Lint analyses a reply and runs every enabled rule over it. A nil config
// means the defaults. Lint is a convenience over New(cfg).Lint(in): the
// lexicon entries of a config are compiled on the first Lint with that
// *Config and kept while its Lexicon holds the same entries; entries that
// do not compile are left out (New reports them).
func Lint(in tone.Input, cfg *Config) Result {
	res, _ := LintContext(context.Background(), in, cfg)
	return res
}

// LintContext is Lint that stops when ctx ends (a request whose client
// has gone): it checks ctx before the analysis, between the rules and
// before placing the findings, and returns ctx's error then.
func LintContext(ctx context.Context, in tone.Input, cfg *Config) (Result, error) {
	if cfg == nil {
		return defaultLinter().LintContext(ctx, in)
	}
	an, err := analyzerFor(cfg, cfg)
	if err != nil {
		an = builtinAnalyzer()
	}
	l := Linter{cfg: *cfg, an: an, rules: registry()}
	return l.LintContext(ctx, in)
}

// Lint analyses a reply and runs every enabled rule over it: the findings
// sorted by offset, each with its rule's severity under the config and its
// position, and the scorecard built from them.
func (l *Linter) Lint(in tone.Input) Result {
	res, _ := l.LintContext(context.Background(), in)
	return res
}

// LintContext is Lint that stops when ctx ends: it checks ctx before the
// analysis, between the rules and before placing the findings, and
// returns ctx's error then.
func (l *Linter) LintContext(ctx context.Context, in tone.Input) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	text, dirs := readDirectives(in.Text, func(id string) bool { return l.rule(id) != nil })
	if dirs != nil {
		blank := in
		blank.Text = text
		// The rules read the reply without its directives; the result
		// keeps the reply as written (same offsets and lines).
		res, err := l.lint(ctx, l.an.Analyze(blank), dirs, tone.NewLineIndex(in.Text), tone.NewLineIndex(in.Text))
		if err != nil {
			return Result{}, err
		}
		res.Analysis.Text, res.Analysis.Input.Text = in.Text, in.Text
		return res, nil
	}
	a := l.an.Analyze(in)
	return l.lint(ctx, a, nil, a.Lines(), a.Lines())
}

// lint runs the rules over an analysis and places the findings with two
// line indexes of the reply: one for the starts, in order, and one for
// the ends.
func (l *Linter) lint(ctx context.Context, a *tone.Analysis, dirs *directives, starts, ends *tone.LineIndex) (Result, error) {
	cfg := &l.cfg
	var out []Finding
	var credits []credit
	p := &Pass{Analysis: a, Config: cfg, directives: dirs} // one for all rules: fewer allocations
	for _, r := range l.rules {
		if err := ctx.Err(); err != nil {
			return Result{}, err
		}
		sev, on := cfg.severity(r.ID, r.Severity)
		if !on || r.NeedsIncoming && a.Incoming == nil {
			continue
		}
		p.Rule, p.findings, p.credits = r, p.findings[:0], p.credits[:0]
		r.Run(p)
		for _, f := range p.findings {
			f.Rule, f.part = r.ID, r.Part
			if f.Severity == 0 || f.Severity == Warning {
				f.Severity = sev
			}
			if f.Suggestions == nil {
				f.Suggestions = []string{}
			}
			out = append(out, f)
		}
		credits = append(credits, p.credits...)
	}
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	out, credits = dirs.apply(out, credits)
	slices.SortStableFunc(out, func(x, y Finding) int {
		return cmp.Or(cmp.Compare(x.Span.Start, y.Span.Start), strings.Compare(x.Rule, y.Rule))
	})
	// Starts in order, so each position counts on from the last; ends
	// from their own start.
	for i := range out {
		f := &out[i]
		f.Offset, f.EndOffset = f.Span.Start, f.Span.End
		f.Line, f.Column = starts.Position(f.Span.Start)
		ends.Position(f.Span.Start)
		f.EndLine, f.EndColumn = ends.Position(f.Span.End)
	}
	if out == nil {
		out = []Finding{}
	}
	return Result{Lang: a.Lang, Findings: out, Score: scorecard(out, credits, cfg.ScoreLevel, cfg.Weights), Analysis: a}, nil
}

// builtinAnalyzer analyses with the built-in lexicons.
var builtinAnalyzer = sync.OnceValue(func() *tone.Analyzer { return tone.NewAnalyzer(nil) })

// compileLexicons builds an analyzer with the config's extra lexicon
// entries.
func compileLexicons(c *Config) (*tone.Analyzer, error) {
	lexicons := map[string]*tone.Lexicon{}
	for lang, entries := range c.Lexicon {
		if lang != "nl" && lang != "en" {
			return nil, &ConfigError{Path: c.Path, Key: "lexicon." + lang, Msg: "unknown language (want nl or en)"}
		}
		lx, err := tone.DefaultLexicon(lang).With(entries)
		if err != nil {
			var ee *tone.EntryError
			if errors.As(err, &ee) {
				return nil, &ConfigError{Path: c.Path, Line: ee.Line, Key: "lexicon." + lang + "." + ee.Field, Msg: ee.Err.Error()}
			}
			return nil, &ConfigError{Path: c.Path, Key: "lexicon." + lang, Msg: err.Error()}
		}
		lexicons[lang] = lx
	}
	return tone.NewAnalyzer(lexicons), nil
}

// compiled remembers the analyzer of each *Config whose lexicon entries
// were compiled, with the entries it was compiled from, so Lint with a
// loaded config compiles once. It is cleared when it grows past
// maxCompiled (a server that reloads its config often).
var (
	compiled      sync.Map // *Config → *compiledLexicon
	compiledCount atomic.Int64
)

const maxCompiled = 256

type compiledLexicon struct {
	entries map[string][]*tone.Entry
	an      *tone.Analyzer
}

// same reports whether the entries are the ones the analyzer was
// compiled from.
func (cl *compiledLexicon) same(lex map[string][]*tone.Entry) bool {
	if len(cl.entries) != len(lex) {
		return false
	}
	for lang, es := range lex {
		was, ok := cl.entries[lang]
		if !ok || len(was) != len(es) {
			return false
		}
		for i := range es {
			if es[i] != was[i] {
				return false
			}
		}
	}
	return true
}

func remember(key *Config, an *tone.Analyzer) {
	if compiledCount.Add(1) > maxCompiled {
		compiled.Clear()
		compiledCount.Store(1)
	}
	entries := make(map[string][]*tone.Entry, len(key.Lexicon))
	for lang, es := range key.Lexicon {
		entries[lang] = append([]*tone.Entry(nil), es...)
	}
	compiled.Store(key, &compiledLexicon{entries: entries, an: an})
}

// analyzerFor returns the analyzer for c's lexicon entries, compiled once
// per key.
func analyzerFor(c, key *Config) (*tone.Analyzer, error) {
	if len(c.Lexicon) == 0 {
		return builtinAnalyzer(), nil
	}
	if v, ok := compiled.Load(key); ok && v.(*compiledLexicon).same(c.Lexicon) {
		return v.(*compiledLexicon).an, nil
	}
	an, err := compileLexicons(c)
	if err != nil {
		return nil, err
	}
	remember(key, an)
	return an, nil
}
