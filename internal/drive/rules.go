package drive

import "github.com/replylint/replylint/lint"

// RuleInfo is a rule as "replylint rules --format json" and the web page's
// GET /api/rules list it.
type RuleInfo struct {
	// ID is the rule's id, as findings and the config name it.
	ID string `json:"id"`
	// Severity is the rule's default severity.
	Severity lint.Severity `json:"severity"`
	// Effective is the severity under the team's config: "off", or the
	// severity the config sets, or the default.
	Effective string `json:"effective"`
	// NeedsIncoming tells that the rule checks only when the customer's
	// message is given.
	NeedsIncoming bool `json:"needs_incoming"`
	// Doc says what the rule checks.
	Doc string `json:"doc"`
	// Labels are the rule's short names for people, by language ("nl",
	// "en"): what the web page and the team report show.
	Labels map[string]string `json:"labels"`
}

// Rules lists every rule, built-in ones first, with its effective severity
// under cfg (nil is the default config). The error is the config's, when
// the linter cannot be built from it.
func Rules(cfg *lint.Config) ([]RuleInfo, error) {
	l, err := lint.New(cfg)
	if err != nil {
		return nil, err
	}
	rules := l.Rules()
	infos := make([]RuleInfo, 0, len(rules))
	for _, r := range rules {
		eff := "off"
		if sev, on := l.Severity(r.ID); on {
			eff = sev.String()
		}
		infos = append(infos, RuleInfo{ID: r.ID, Severity: r.Severity, Effective: eff, NeedsIncoming: r.NeedsIncoming, Doc: r.Doc,
			Labels: map[string]string{"nl": lint.RuleLabel("nl", r.ID), "en": lint.RuleLabel("en", r.ID)}})
	}
	return infos, nil
}
