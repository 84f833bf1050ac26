package reply

import (
	"os"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// Facts are what is known about a crisis, for a statement (webcarecrisis, step
// 4). In JSON (the web page's POST /api/draft with kind statement) the
// keys are those of a facts file: brand, incident, situation, cause,
// at_fault, actions, what_to_do, info_page …. Statement never invents a fact: with too few facts it writes a
// holding message and lists what is missing.
type Facts struct {
	// Lang is "nl" (the default) or "en".
	Lang string `json:"lang,omitempty"`
	// Address is the Dutch register, "je" (the default) or "u".
	Address string `json:"address,omitempty"`
	// Brand is the company's name.
	Brand string `json:"brand,omitempty"`
	// Incident names what is going on in a few words, for the title:
	// "de storing bij het pinnen".
	Incident string `json:"incident,omitempty"`
	// Kind is what sort of crisis it is: "recall" or "leak" (a data
	// breach) put WhatToDo first; others ("outage", "") put it after the
	// actions.
	Kind string `json:"kind,omitempty"`
	// WhatToDo is what the reader should do now: "Gebruik de powerbank
	// niet meer en breng hem terug naar de winkel." For a recall or a
	// leak it is the first thing the statement says.
	WhatToDo []string `json:"what_to_do,omitempty"`
	// Situation says what happened, as a sentence: "Klanten in heel
	// Nederland kunnen niet pinnen".
	Situation string `json:"situation,omitempty"`
	// Since is when it started: "vanochtend 9:00".
	Since string `json:"since,omitempty"`
	// Affected is who is affected: "klanten van alle winkels".
	Affected string `json:"affected,omitempty"`
	// Cause is the cause, as far as it is known.
	Cause string `json:"cause,omitempty"`
	// AtFault is set when the company caused it: the statement then
	// apologises for the cause; otherwise it regrets the trouble without
	// pointing at anyone.
	AtFault bool `json:"at_fault,omitempty"`
	// Actions are what the company does about it.
	Actions []string `json:"actions,omitempty"`
	// When says when it is solved or the next update comes.
	When string `json:"when,omitempty"`
	// InfoPage is the link to the one page with all the information
	// (webcarecrisis, step 2).
	InfoPage string `json:"info_page,omitempty"`
	// Contact says how to reach the company with other questions.
	Contact string `json:"contact,omitempty"`
	// Spokesperson is the name the statement is signed with.
	Spokesperson string `json:"spokesperson,omitempty"`
	// Role is the spokesperson's role, e.g. "woordvoerder".
	Role string `json:"role,omitempty"`
	// Templates are the team's templates; nil uses DefaultTemplates.
	Templates *Templates `json:"-"`
	// Lint is the config the statement is checked with; nil uses the
	// default config.
	Lint *lint.Config `json:"-"`
}

// urgent reports a crisis in which the reader must act first: a recall or
// a leak.
func (f Facts) urgent() bool {
	switch strings.ToLower(strings.TrimSpace(f.Kind)) {
	case "recall", "terugroepactie", "terugroep", "leak", "lek", "datalek", "breach", "hack":
		return true
	}
	return false
}

// Missing lists the facts a statement needs that are not given, by their
// YAML key: incident, situation, cause, actions, when, info_page,
// spokesperson, and what_to_do for a recall or a leak.
func (f Facts) Missing() []string {
	var out []string
	for _, m := range []struct {
		key string
		ok  bool
	}{
		{"incident", strings.TrimSpace(f.Incident) != ""},
		{"situation", strings.TrimSpace(f.Situation) != ""},
		{"cause", strings.TrimSpace(f.Cause) != ""},
		{"actions", len(nonEmpty(append([]string(nil), f.Actions...))) > 0},
		{"when", strings.TrimSpace(f.When) != ""},
		{"info_page", strings.TrimSpace(f.InfoPage) != ""},
		{"spokesperson", strings.TrimSpace(f.Spokesperson) != ""},
		{"what_to_do", !f.urgent() || len(nonEmpty(append([]string(nil), f.WhatToDo...))) > 0},
	} {
		if !m.ok {
			out = append(out, m.key)
		}
	}
	return out
}

// factKeys maps the keys of a facts file, English and Dutch, to the
// canonical key.
var factKeys = map[string]string{
	"lang": "lang", "taal": "lang", "address": "address", "aanspreekvorm": "address",
	"brand": "brand", "merk": "brand", "incident": "incident", "wat": "incident",
	"kind": "kind", "soort": "kind", "what_to_do": "what_to_do", "wat_nu_doen": "what_to_do", "wat_je_nu_moet_doen": "what_to_do",
	"situation": "situation", "situatie": "situation", "since": "since", "sinds": "since",
	"affected": "affected", "getroffen": "affected", "cause": "cause", "oorzaak": "cause",
	"at_fault": "at_fault", "onze_schuld": "at_fault", "eigen_schuld": "at_fault",
	"actions": "actions", "acties": "actions", "maatregelen": "actions", "when": "when", "wanneer": "when",
	"info_page": "info_page", "infopagina": "info_page", "contact": "contact",
	"spokesperson": "spokesperson", "woordvoerder": "spokesperson", "role": "role", "rol": "role", "functie": "role",
}

// LoadFacts reads a facts file; see ParseFacts.
func LoadFacts(path string) (Facts, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Facts{}, err
	}
	return ParseFacts(path, data)
}

// ParseFacts reads the facts of a crisis from YAML with the fields of
// Facts as snake_case keys, in English or Dutch (brand/merk,
// situation/situatie, cause/oorzaak, at_fault/onze_schuld: ja,
// actions/maatregelen, what_to_do/wat_nu_doen, info_page/infopagina …).
// Lists may be one string. Errors are *lint.ConfigError values with file,
// line and key, in the file's language.
func ParseFacts(file string, data []byte) (Facts, error) {
	var f Facts
	p := matrixParser{file: file, lang: "en"}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return f, p.syntax(err)
	}
	if len(doc.Content) == 0 {
		return f, nil
	}
	root := doc.Content[0]
	for i := 0; i+1 < len(root.Content); i += 2 {
		if _, ok := factKeys[root.Content[i].Value]; ok && factKeys[root.Content[i].Value] != root.Content[i].Value {
			p.lang = "nl"
		}
	}
	if root.Kind != yaml.MappingNode {
		return f, p.errAt(root, "", p.msg("want_mapping"))
	}
	var keys []string
	for k := range factKeys {
		keys = append(keys, k)
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		canon, ok := factKeys[strings.ToLower(k.Value)]
		if !ok {
			msg := p.msg("unknown_key", "brand, incident, kind, what_to_do, situation, since, affected, cause, at_fault, actions, when, info_page, contact, spokesperson, role")
			if c := closest(k.Value, keys); c != "" {
				msg += "; " + p.msg("did_you_mean", c)
			}
			return f, p.errAt(k, k.Value, msg)
		}
		var err error
		str := func(dst *string) {
			var s string
			if s, err = p.scalar(v, k.Value); err == nil {
				*dst = strings.TrimSpace(s)
			}
		}
		switch canon {
		case "lang":
			str(&f.Lang)
			if err == nil && !isLanguage(f.Lang) {
				err = p.errAt(v, k.Value, p.msg("unknown_language", f.Lang))
			}
		case "address":
			str(&f.Address)
			if err == nil && f.Address != "je" && f.Address != "u" {
				err = p.errAt(v, k.Value, p.msg("bad_address", f.Address))
			}
		case "brand":
			str(&f.Brand)
		case "incident":
			str(&f.Incident)
		case "kind":
			str(&f.Kind)
		case "situation":
			str(&f.Situation)
		case "since":
			str(&f.Since)
		case "affected":
			str(&f.Affected)
		case "cause":
			str(&f.Cause)
		case "when":
			str(&f.When)
		case "info_page":
			str(&f.InfoPage)
		case "contact":
			str(&f.Contact)
		case "spokesperson":
			str(&f.Spokesperson)
		case "role":
			str(&f.Role)
		case "at_fault":
			f.AtFault, err = p.boolean(v, k.Value)
		case "actions":
			f.Actions, err = p.strings(v, k.Value)
		case "what_to_do":
			f.WhatToDo, err = p.strings(v, k.Value)
		}
		if err != nil {
			return f, err
		}
	}
	return f, nil
}

// Statement writes a crisis statement of 150 to 300 words (webcarecrisis, step
// 4) from complete facts: for a recall or a leak first what to do now,
// then the situation, the cause, an apology (for the cause when the
// company is at fault; otherwise regret for the trouble, without pointing
// at anyone), what the company does and when, and the info page, signed
// by the spokesperson. With facts missing it writes no statement with
// gaps but the holding message for the incident, Kind "holding", with the
// missing facts in Reply.Missing. The statement is linted with Kind
// "statement"; Reply.Clean is false while a finding or a "[…]" slot is
// left, and the length rule reports a statement whose facts run over 300
// words.
func Statement(f Facts) Reply {
	lang := f.Lang
	if !isLanguage(lang) {
		lang = "nl"
	}
	lt := f.Templates.lang(lang)
	formName := "you"
	if lang == "nl" {
		formName = "je"
		if f.Address == "u" {
			formName = "u"
		}
	}
	form := lt.form(formName)
	def := DefaultTemplates().lang(lang).form(formName)
	st := def.Statement
	if form != nil && form.Statement != nil {
		st = form.Statement
	}
	signer := strings.TrimSpace(f.Spokesperson)
	var role []string
	for _, s := range []string{f.Role, f.Brand} {
		if strings.TrimSpace(s) != "" {
			role = append(role, strings.TrimSpace(s))
		}
	}
	if signer == "" {
		ph := lt.Placeholders
		signer = firstNonEmpty(ph["signature"], DefaultTemplates().lang(lang).Placeholders["signature"])
	} else if len(role) > 0 {
		signer += " (" + strings.Join(role, ", ") + ")"
	}
	if missing := f.Missing(); len(missing) > 0 {
		return holdingForFacts(f, lang, formName, missing, fill(st.Closing, map[string]string{"spokesperson": signer}))
	}
	clean := func(v string) string { return strings.TrimRight(strings.TrimSpace(v), ".!;: ") }
	and := " " + triageFor(lang).Labels["and"] + " "
	list := func(items []string) string {
		var xs []string
		for _, a := range items {
			if s := clean(a); s != "" {
				xs = append(xs, lowerFirst(s))
			}
		}
		switch n := len(xs); {
		case n == 1:
			return upperFirst(xs[0])
		case n > 1:
			return upperFirst(strings.Join(xs[:n-1], ", ") + and + xs[n-1])
		}
		return ""
	}
	vars := map[string]string{
		"incident":     clean(f.Incident),
		"situation":    upperFirst(clean(f.Situation)),
		"since":        clean(f.Since),
		"affected":     clean(f.Affected),
		"cause":        upperFirst(clean(f.Cause)),
		"actions":      list(f.Actions),
		"todo":         list(f.WhatToDo),
		"when":         upperFirst(clean(f.When)),
		"infopage":     clean(f.InfoPage),
		"contact":      strings.TrimSpace(f.Contact),
		"brand":        clean(f.Brand),
		"spokesperson": signer,
	}
	situation := fill(st.Situation, vars)
	switch {
	case vars["since"] != "" && vars["affected"] != "":
		situation += " " + fill(st.SinceAffected, vars)
	case vars["since"] != "":
		situation += " " + fill(st.Since, vars)
	case vars["affected"] != "":
		situation += " " + fill(st.Affected, vars)
	}
	var core []string
	todo := ""
	if vars["todo"] != "" {
		todo = fill(st.WhatToDo, vars)
	}
	if f.urgent() {
		core = append(core, todo)
	}
	core = append(core, situation, fill(st.Cause, vars))
	if f.AtFault {
		core = append(core, fill(st.Apology, vars))
	} else {
		core = append(core, fill(st.Regret, vars))
	}
	core = append(core, fill(st.Actions, vars), fill(st.When, vars))
	if !f.urgent() {
		core = append(core, todo)
	}
	tail := []string{fill(st.InfoPage, vars)}
	if vars["contact"] != "" {
		tail = append(tail, fill(st.Contact, vars))
	}
	title := fill(st.Title, vars)
	closing := fill(st.Closing, vars)
	build := func(extra int) string {
		paras := []string{title}
		paras = append(paras, nonEmpty(append([]string(nil), core...))...)
		paras = append(paras, st.Filler[:min(extra, len(st.Filler))]...)
		paras = append(paras, tail...)
		return strings.Join(nonEmpty(paras), "\n\n") + "\n\n" + closing
	}
	var r Reply
	for n := 0; n <= len(st.Filler); n++ {
		r = lintText(build(n), lang, formName, tone.KindStatement, f.Lint)
		if r.Words >= statementMinWords {
			break
		}
	}
	return r
}

// holdingForFacts is what Statement writes with facts missing: the holding
// message for the incident, signed as the statement would be, and the
// list of missing facts.
func holdingForFacts(f Facts, lang, formName string, missing []string, closing string) Reply {
	p := Profile{Incident: f.Incident, InfoPage: f.InfoPage, Templates: f.Templates}
	text := WaveHolding(lang, "", p) + "\n\n" + closing
	r := lintText(text, lang, formName, tone.KindHolding, f.Lint)
	r.Missing = missing
	r.Clean = false
	return r
}

// lintText lints a statement or holding text and fills the Reply.
func lintText(text, lang, formName, kind string, cfg *lint.Config) Reply {
	r := Reply{Text: text, Lang: lang, Kind: kind, Channel: tone.ChannelPublic}
	if lang == "nl" {
		r.Address = formName
	}
	r.Placeholders = placeholders(text)
	res := lint.Lint(r.Input(), cfg)
	r.Words = res.Analysis.WordCount()
	r.Findings = res.Findings
	r.Clean = len(r.Placeholders) == 0
	for _, fd := range r.Findings {
		if fd.Severity >= lint.Warning {
			r.Clean = false
		}
	}
	return r
}

// MissingText lists missing facts for a person, in the language: "oorzaak
// (cause), …" is not mixed; Dutch gets Dutch names.
func MissingText(lang string, missing []string) string {
	names := triageFor(lang).Labels
	var out []string
	for _, m := range missing {
		out = append(out, firstNonEmpty(names["fact_"+m], m))
	}
	return strings.Join(out, ", ")
}

// MissingHeading introduces the list of missing facts, in the language:
// "Nog geen verklaring: deze feiten ontbreken".
func MissingHeading(lang string) string { return triageFor(lang).Labels["missing_label"] }

// statementMinWords is the lower bound for a statement
// (webcarecrisis, step 4).
const statementMinWords = 150

func upperFirst(s string) string {
	if s == "" || strings.HasPrefix(s, "[") {
		return s
	}
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
