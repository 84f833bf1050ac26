package drive

import (
	"cmp"
	"fmt"
	"os"

	"github.com/replylint/replylint/internal/confdoc"
	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/reply"
)

// Team is a team's config file read in one pass: the lint settings, the
// drafting profile and the templates come from one read and one parse of
// the file, so they always belong together. The CLI, the language server
// and the web page all load it with LoadTeam.
type Team struct {
	// Path is the file, or "" for the defaults.
	Path string
	// Lint is the lint config; never nil.
	Lint *lint.Config
	// Profile is the "profile:" section with the "templates:" section in
	// Profile.Templates (nil: the built-in templates) and Lint in
	// Profile.Lint.
	Profile reply.Profile
}

// DefaultTeam returns the defaults: no file.
func DefaultTeam() *Team {
	cfg := lint.DefaultConfig()
	return &Team{Lint: cfg, Profile: reply.Profile{Lint: cfg}}
}

// LoadTeam reads a config file. A directory is a *ConfigDirError; a
// problem in the file is a *lint.ConfigError naming file, line and column;
// other errors name the file.
func LoadTeam(path string) (*Team, error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return nil, &ConfigDirError{Path: path}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseTeam(path, data)
}

// ParseTeam parses a config file's bytes once and reads the lint settings,
// the profile and the templates from it.
func ParseTeam(path string, data []byte) (*Team, error) {
	d, err := confdoc.Parse(path, data)
	if err != nil {
		return nil, err
	}
	c, err := confdoc.Lint(d)
	if err != nil {
		return nil, err
	}
	p, err := confdoc.Profile(d)
	if err != nil {
		return nil, err
	}
	cfg, ok := c.(*lint.Config)
	prof, ok2 := p.(reply.Profile)
	if !ok || !ok2 {
		return nil, fmt.Errorf("%s: internal error: config readers returned %T and %T", path, c, p)
	}
	prof.Lint = cfg
	return &Team{Path: path, Lint: cfg, Profile: prof}, nil
}

// DraftProfile is the team's profile with what a person asked for on top:
// every non-empty string field of ask wins (the CLI's flags, the web
// page's form), and ask's Seed, Matrix and Triage are taken as they are.
// The templates and the lint config are always the team's.
func (t *Team) DraftProfile(ask reply.Profile) reply.Profile {
	p := t.Profile
	p.Agent = cmp.Or(ask.Agent, p.Agent)
	p.Role = cmp.Or(ask.Role, p.Role)
	p.Brand = cmp.Or(ask.Brand, p.Brand)
	p.Address = cmp.Or(ask.Address, p.Address)
	p.DefaultAddress = cmp.Or(ask.DefaultAddress, p.DefaultAddress)
	p.Channel = cmp.Or(ask.Channel, p.Channel)
	p.DM = cmp.Or(ask.DM, p.DM)
	p.Phone = cmp.Or(ask.Phone, p.Phone)
	p.Email = cmp.Or(ask.Email, p.Email)
	p.InfoPage = cmp.Or(ask.InfoPage, p.InfoPage)
	p.Incident = cmp.Or(ask.Incident, p.Incident)
	p.NextUpdate = cmp.Or(ask.NextUpdate, p.NextUpdate)
	p.Seed, p.Matrix, p.Triage = ask.Seed, ask.Matrix, ask.Triage
	p.Lint = t.Lint
	return p
}

// Facts are a statement's facts with what they leave open filled from the
// team's profile (brand, info page, agent as spokesperson, role), and the
// team's templates and lint config.
func (t *Team) Facts(f reply.Facts) reply.Facts {
	f.Brand = cmp.Or(f.Brand, t.Profile.Brand)
	f.InfoPage = cmp.Or(f.InfoPage, t.Profile.InfoPage)
	f.Spokesperson = cmp.Or(f.Spokesperson, t.Profile.Agent)
	f.Role = cmp.Or(f.Role, t.Profile.Role)
	if f.Templates == nil {
		f.Templates = t.Profile.Templates
	}
	f.Lint = t.Lint
	return f
}
