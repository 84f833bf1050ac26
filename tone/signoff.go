package tone

import (
	"strings"
)

// teamWords name a team or department rather than a person.
var teamWords = setOf("team", "webcare", "webcareteam", "klantenservice", "klantenserviceteam", "support",
	"service", "care", "customer", "klantcontact", "helpdesk", "redactie", "servicedesk", "the", "het",
	"onze", "our", "social", "media", "socialmedia", "serviceteam", "supportteam", "crew")

// roleWords start a role after a name.
var roleWords = setOf("teamleider", "medewerker", "adviseur", "specialist", "manager", "coördinator", "coordinator",
	"woordvoerder", "supervisor", "hoofd", "directeur", "lead", "agent", "advisor", "adviser", "representative",
	"head", "director", "spokesperson", "community", "webcaremedewerker", "klantenservicemedewerker")

// signDashes are the marks that put a name under a reply: "-Anne", "/MT".
var signDashes = []string{"-", "–", "—", "/", "~", "~~", "--"}

// findSignOff looks for the reply's sign-off at its end: a marker ("^EK",
// "*TM", "-Anne", "/MT", "~Sam"), a closing ("Groet, Anne"; "Best, Laura,
// Customer Care Team Lead") or a bare name on the last line. Links, emoji,
// hashtags and a thread marker may follow it.
func findSignOff(a *Analysis) SignOff {
	toks := a.Tokens
	end := len(toks)
	for end > 0 && mayFollowSignOff(toks[end-1], a.Thread) {
		end--
	}
	if end == 0 {
		return SignOff{}
	}
	lo := max(0, end-9)

	// 1. A marker token: ^EK or *TM, maybe followed by a role.
	for k := end - 1; k >= lo; k-- {
		if toks[k].Kind == SignMark {
			return makeSignOff(a, k, k, end, toks[k].Text[1:])
		}
		if toks[k].Kind == Punct && strings.ContainsAny(toks[k].Text, ".!?") && k < end-1 {
			break
		}
	}

	// 2. A closing phrase followed by a name: "Groet, Anne".
	for _, h := range a.Hits {
		if h.Category != "closing" || h.Last >= end || h.First < lo-4 || h.Quoted {
			continue
		}
		// "Groet, Anne" or "Groet\nAnne"; not "Thanks! Maybe …".
		k := h.Last
		for k < end && toks[k].Kind == Punct && (toks[k].Text == "," || toks[k].Text == "-" || toks[k].Text == ":") {
			k++
		}
		if k < end && isNameToken(toks[k]) && !stopNL[toks[k].Lower] && !stopEN[toks[k].Lower] &&
			(k > h.Last || strings.Contains(a.Text[toks[k-1].Span.End:toks[k].Span.Start], "\n") || groetWords[strings.ToLower(h.Text(a.Text))]) &&
			!hasSentenceEnd(toks[k:end]) {
			return makeSignOff(a, h.First, k, end, "")
		}
	}

	// 3. A dash or slash before a name: "-Anne", "- Jimy", "/MT", "~Sam".
	for k := end - 1; k >= lo; k-- {
		t := toks[k]
		for _, d := range signDashes {
			if t.Text == d && k+1 < end && isNameToken(toks[k+1]) && startsLine(a, k) {
				return makeSignOff(a, k, k+1, end, "")
			}
			if strings.HasPrefix(t.Text, d) && len(t.Text) > len(d) && isCapitalized(t.Text[len(d):]) &&
				allLetters(strings.TrimRight(t.Text[len(d):], ".")) {
				return makeSignOff(a, k, k, end, t.Text[len(d):])
			}
			// "… happened? –jeh": lower-case initials glued to a dash,
			// as the last word, after the last sentence.
			if k == end-1 && (d == "-" || d == "–" || d == "—") && strings.HasPrefix(t.Text, d) && lowerInitials(t.Text[len(d):]) && startsLine(a, k) {
				return makeSignOff(a, k, k, end, t.Text[len(d):])
			}
		}
		if t.Kind == Punct && strings.ContainsAny(t.Text, ".!?") && k < end-1 {
			break
		}
	}

	// 4. A bare name on a line of its own, or straight after a link:
	// "…/flight-changes Sasha".
	// Up to three capitalised words: "Sasha", "Marieke Jansen", "The
	// Support Team".
	// A name is not followed by sentence punctuation ("Tot morgen!").
	last := toks[end-1]
	if !isNameToken(last) || end < len(toks) && toks[end].Kind == Punct {
		return SignOff{}
	}
	k := end - 1
	for k > end-3 && k > 0 && isNameToken(toks[k-1]) && !startsLine(a, k) {
		k--
	}
	if k > 0 && (isTeamName(last.Text) || !stopNL[last.Lower] && !stopEN[last.Lower]) &&
		(startsLine(a, k) || toks[k-1].Kind == URL) {
		return makeSignOff(a, k, k, end, "")
	}
	return SignOff{}
}

// lowerInitials reports two or three lower-case ASCII letters: "jeh".
func lowerInitials(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// groetWords may stand right before a name without a comma: "Groetjes Anne".
var groetWords = setOf("groet", "groeten", "groetjes", "mvg", "gr", "grt", "liefs", "met vriendelijke groet",
	"vriendelijke groet", "hartelijke groet", "kind regards", "best regards", "warm regards", "regards")

// hasSentenceEnd reports a full stop, "!" or "?" among tokens: a sign-off
// is not followed by another sentence.
func hasSentenceEnd(toks []Token) bool {
	for _, t := range toks {
		if t.Kind == Punct && strings.ContainsAny(t.Text, ".!?") {
			return true
		}
	}
	return false
}

// mayFollowSignOff reports tokens that can stand after a sign-off.
func mayFollowSignOff(t Token, th *Thread) bool {
	switch t.Kind {
	case URL, Emoji, Hashtag, Handle:
		return true
	case Punct:
		return true
	}
	return th != nil && t.Span == th.Span
}

// isNameToken reports a capitalised word or initials.
func isNameToken(t Token) bool {
	return t.Kind == Word && isCapitalized(t.Text) && allLetters(strings.Trim(strings.ReplaceAll(t.Text, "-", ""), "."))
}

// startsLine reports whether token k is the first on its line.
func startsLine(a *Analysis, k int) bool {
	if k == 0 {
		return true
	}
	gap := a.Text[a.Tokens[k-1].Span.End:a.Tokens[k].Span.Start]
	if strings.Contains(gap, "\n") {
		return true
	}
	p := a.Tokens[k-1]
	return p.Kind == Emoji || p.Kind == URL || (p.Kind == Punct && strings.ContainsAny(p.Text, ".!?"))
}

// makeSignOff builds the sign-off from token from (its start) with the name
// starting at token nameAt; name is given for marker tokens.
func makeSignOff(a *Analysis, from, nameAt, end int, name string) SignOff {
	toks := a.Tokens
	so := SignOff{Found: true}
	k := nameAt
	if name == "" {
		var parts []string
		for k < end && isNameToken(toks[k]) && len(parts) < 3 {
			// "Oliver Grant Customer Care Lead": the role starts at the
			// first team or role word after the name.
			if len(parts) > 0 && (teamWords[toks[k].Lower] || roleWords[toks[k].Lower]) {
				break
			}
			parts = append(parts, toks[k].Text)
			k++
		}
		name = strings.Join(parts, " ")
	} else {
		k = nameAt + 1
	}
	// What follows the name, after a separator, is the role.
	var role []string
	for j := k; j < end; j++ {
		t := toks[j]
		if t.Kind == Punct && len(role) == 0 {
			continue
		}
		if t.Kind == Punct && strings.ContainsAny(t.Text, ")|") {
			break
		}
		if t.Kind == Word || t.Kind == Punct {
			role = append(role, t.Text)
		}
	}
	so.Name = name
	so.Role = strings.TrimSpace(strings.Trim(strings.Join(role, " "), ",;-|()"))
	so.Span = Span{toks[from].Span.Start, toks[max(end-1, from)].Span.End}
	if end < len(toks) && (toks[end].Text == ")" || toks[end].Text == "]") && strings.ContainsAny(so.Span.In(a.Text), "([") {
		so.Span.End = toks[end].Span.End // "Groet, Anne (webcare)"
	}
	so.Text = so.Span.In(a.Text)
	if isTeamName(name) {
		so.Team, so.Name = true, ""
		if so.Role != "" && isTeamName(so.Role) {
			so.Role = ""
		}
	}
	return so
}

// isTeamName reports a name made of team words only ("Team Webcare").
func isTeamName(name string) bool {
	if name == "" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if !teamWords[strings.Trim(w, ".,")] {
			return false
		}
	}
	return true
}
