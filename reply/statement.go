package reply

import (
	"strings"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// Facts are what is known about a crisis, for a statement (seed 001, step
// 4). A fact left empty becomes a placeholder in the statement; Statement
// never invents one.
type Facts struct {
	// Lang is "nl" (the default) or "en".
	Lang string
	// Address is the Dutch register, "je" (the default) or "u".
	Address string
	// Brand is the company's name.
	Brand string
	// Incident names what is going on in a few words, for the title:
	// "de storing bij het pinnen".
	Incident string
	// Situation says what happened, as a sentence: "Klanten in heel
	// Nederland kunnen niet pinnen".
	Situation string
	// Since is when it started: "vanochtend 9:00".
	Since string
	// Affected is who is affected: "klanten van alle winkels".
	Affected string
	// Cause is the cause, as far as it is known.
	Cause string
	// AtFault is set when the company caused it: the statement then
	// apologises for the cause, not only for the trouble.
	AtFault bool
	// Actions are what the company does about it.
	Actions []string
	// When says when it is solved or the next update comes.
	When string
	// InfoPage is the link to the one page with all the information
	// (seed 001, step 2).
	InfoPage string
	// Contact says how to reach the company with other questions.
	Contact string
	// Spokesperson is the name the statement is signed with.
	Spokesperson string
	// Role is the spokesperson's role, e.g. "woordvoerder".
	Role string
	// Templates are the team's templates; nil uses DefaultTemplates.
	Templates *Templates
	// Lint is the config the statement is checked with; nil uses the
	// default config.
	Lint *lint.Config
}

// Statement writes a crisis statement of 150 to 300 words (seed 001, step
// 4): the situation, the cause, an apology (for the cause when the company
// is at fault, for the trouble otherwise), what the company does and when,
// and the info page, signed by the spokesperson. Missing facts are
// placeholders. Fixed sentences without facts (everyone gets the same
// answer, news comes on the info page first) are added until the
// statement reaches 150 words. The statement is linted with Kind
// "statement"; Reply.Clean reports whether it passed, and the length rule
// reports a statement whose facts alone run over 300 words.
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
	ph := lt.Placeholders
	if len(ph) == 0 {
		ph = DefaultTemplates().lang(lang).Placeholders
	}
	fact := func(v, key string) string {
		v = strings.TrimSpace(v)
		v = strings.TrimRight(v, ".!;: ")
		if v == "" {
			return ph[key]
		}
		return v
	}
	and := " " + triageFor(lang).Labels["and"] + " "
	var actions []string
	for _, a := range f.Actions {
		if s := fact(a, ""); s != "" {
			actions = append(actions, lowerFirst(s))
		}
	}
	actionText := ph["actions"]
	switch n := len(actions); {
	case n == 1:
		actionText = upperFirst(actions[0])
	case n > 1:
		actionText = upperFirst(strings.Join(actions[:n-1], ", ") + and + actions[n-1])
	}
	signer := strings.TrimSpace(f.Spokesperson)
	if signer != "" {
		var role []string
		for _, s := range []string{f.Role, f.Brand} {
			if strings.TrimSpace(s) != "" {
				role = append(role, strings.TrimSpace(s))
			}
		}
		if len(role) > 0 {
			signer += " (" + strings.Join(role, ", ") + ")"
		}
	} else {
		signer = ph["signature"]
	}
	vars := map[string]string{
		"incident":     fact(f.Incident, "incident"),
		"situation":    upperFirst(fact(f.Situation, "situation")),
		"since":        fact(f.Since, "since"),
		"affected":     fact(f.Affected, "affected"),
		"cause":        upperFirst(fact(f.Cause, "cause")),
		"actions":      actionText,
		"when":         upperFirst(fact(f.When, "when")),
		"infopage":     fact(f.InfoPage, "infopage"),
		"contact":      strings.TrimSpace(f.Contact),
		"brand":        fact(f.Brand, "brand"),
		"spokesperson": signer,
	}
	core := []string{fill(st.Title, vars), fill(st.Situation, vars), fill(st.Cause, vars)}
	if f.AtFault {
		core = append(core, fill(st.Apology, vars))
	} else {
		core = append(core, fill(st.Regret, vars))
	}
	core = append(core, fill(st.Actions, vars), fill(st.When, vars), fill(st.InfoPage, vars))
	if vars["contact"] != "" {
		core = append(core, fill(st.Contact, vars))
	}
	closing := fill(st.Closing, vars)

	build := func(fillers int) string {
		paras := append([]string(nil), core[0])
		body := append([]string(nil), core[1:]...)
		// Fixed sentences go before the info page, which closes the body.
		at := len(body)
		for i, s := range body {
			if s == fill(st.InfoPage, vars) {
				at = i
			}
		}
		extra := st.Filler[:min(fillers, len(st.Filler))]
		body = append(body[:at:at], append(append([]string(nil), extra...), body[at:]...)...)
		paras = append(paras, nonEmpty(body)...)
		return strings.Join(nonEmpty(paras), "\n\n") + "\n\n" + closing
	}
	var r Reply
	for n := 0; n <= len(st.Filler); n++ {
		text := build(n)
		r = Reply{Text: text, Lang: lang, Kind: tone.KindStatement, Channel: tone.ChannelPublic}
		if lang == "nl" {
			r.Address = formName
		}
		r.Placeholders = placeholders(text)
		res := lint.Lint(r.Input(), f.Lint)
		r.Words = countWords(res.Analysis)
		r.Findings = res.Findings
		if r.Words >= statementMinWords {
			break
		}
	}
	r.Clean = true
	for _, fd := range r.Findings {
		if fd.Severity >= lint.Warning && !inPlaceholder(r.Placeholders, fd.Span) {
			r.Clean = false
		}
	}
	return r
}

// statementMinWords is seed 001's lower bound for a statement.
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
