package tone

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The sign-off is read from the end of the reply by a small grammar over
// its white-space separated fields, so that names glued to the text
// ("Thank you- Mariya", "it-Tabby", "confirmed.Thanks-Emir", "game.-RM")
// are found as well as names on a line of their own:
//
//	signoff  = lead name role? trailer*
//	trailer  = link | emoji | emoticon | hashtag | @handle | part | "."
//	part     = "2/2" | "(2/2)" | "...1/2"
//	name     = one to three name words: "Anne", "Marieke Jansen", "EK",
//	           "JonPorter", "KellenF", "Jan-Nicolaas"; after a marker also
//	           lower-case initials ("-kc")
//	lead     = marker | closing | line start | sentence end | link | emoji | part
//	marker   = ^ * - – — ~ / = , alone or glued to the word or the
//	           punctuation before the name ("you-", "help.--JV", "2/2^ML")
//	closing  = "Groet", "Met vriendelijke groet", "Thanks", "TY", "Cheers" …,
//	           with "," ":" or "-" after it
//	role     = (","|"|"|"-")? role or team words ("teamleider
//	           klantenservice", "Customer Care Team Lead") | "(" words ")"
//
// A closing alone ("Cheers 🙂", "Thanks!", "Groetjes!") names nobody; a
// name after a comma that is no closing ("…, Andrew.") is the customer's.

// teamWords name a team or department rather than a person.
var teamWords = setOf("team", "webcare", "webcareteam", "klantenservice", "klantenserviceteam", "support",
	"service", "care", "customer", "klantcontact", "helpdesk", "redactie", "servicedesk", "the", "het",
	"onze", "our", "social", "media", "socialmedia", "serviceteam", "supportteam", "crew")

// roleWords start a role after a name.
var roleWords = setOf("teamleider", "medewerker", "adviseur", "specialist", "manager", "coördinator", "coordinator",
	"woordvoerder", "supervisor", "hoofd", "directeur", "lead", "agent", "advisor", "adviser", "representative",
	"head", "director", "spokesperson", "community", "webcaremedewerker", "klantenservicemedewerker",
	"leidinggevende", "coach", "communitymanager", "rep", "officer", "executive", "assistant", "senior", "junior",
	"tech", "technical", "technician")

// closingPhrases stand before a name ("Groet, Anne", "TY - Chris"), in
// lower case without punctuation.
var closingPhrases = setOf("groet", "groeten", "groetjes", "gr", "grt", "mvg", "m.v.g", "liefs", "vriendelijke groet",
	"met vriendelijke groet", "met vriendelijke groeten", "hartelijke groet", "hartelijke groeten", "hartelijke groetjes",
	"fijne dag", "regards", "kind regards", "kind regard", "best regards", "warm regards", "many thanks", "best wishes",
	"sincerely", "cheers", "best", "thanks", "thank you", "thankyou", "thanks again", "ty", "thx", "tx", "rgds", "take care",
	"apologies", "bedankt", "dank", "dankjewel", "dank je wel", "dank u wel", "dankuwel", "thanks so much", "many thanks",
	"all the best", "have a great day", "speak soon", "talk soon")

// notNames are capitalised words and initials that end a reply without
// naming anyone: "Send us a DM", "Thanks, OK".
var notNames = setOf("dm", "pm", "dms", "ok", "okay", "id", "uk", "us", "usa", "eu", "tv", "faq", "asap", "fyi", "pb",
	"app", "nl", "be", "ios", "pc", "sms", "url", "pin", "btw", "lol", "omg", "thanks", "thank", "cheers", "hi",
	"hello", "hey", "hoi", "hallo", "yes", "no", "nee", "ja", "please", "sorry", "welcome", "soon", "today", "tomorrow",
	"morgen", "vandaag", "settings", "home", "here", "there", "now", "again", "everyone", "all")

// nameParticles stand between the parts of a Dutch name: "Kees de Wit".
var nameParticles = setOf("de", "van", "der", "den", "ter", "ten", "'t", "von", "du", "da", "di")

// signMarkers may stand before a name.
const signMarkers = "^*-–—~/="

// field is a white-space separated piece of the text with its offset.
type field struct {
	text  string
	start int
	// lineStart is set when a line break comes before the field.
	lineStart bool
}

func (f field) end() int { return f.start + len(f.text) }

// signFields is how many fields at the end of a reply can hold its
// sign-off.
const signFields = 16

// lastFields returns the last signFields fields of text (all of them when
// there are fewer), kept in buf. It reads the text from its end, so a
// long reply's start is never read, and allocates nothing. A field starts
// a line when a line break ("\n") stands in the white space before it, or
// it is the text's first field.
func lastFields(text string, buf *[signFields]field) []field {
	n := 0
	i, _ := spaceBefore(text, len(text))
	for i > 0 && n < signFields {
		start := fieldStart(text, i)
		before, nl := spaceBefore(text, start)
		buf[signFields-1-n] = field{text[start:i], start, nl || before == 0}
		n++
		i = before
	}
	copy(buf[:n], buf[signFields-n:])
	return buf[:n]
}

// spaceBefore returns where the white space that ends at byte i of text
// starts, and whether it holds a line break. Decoded from the end, a
// character outside ASCII is read as it is from the start (UTF-8 is
// self-synchronizing: an invalid byte is one RuneError either way).
func spaceBefore(text string, i int) (int, bool) {
	nl := false
	for i > 0 {
		r, size := rune(text[i-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(text[:i])
		}
		if !isSpace(r) {
			break
		}
		nl = nl || r == '\n'
		i -= size
	}
	return i, nl
}

// fieldStart returns where the field that ends at byte i of text starts:
// after the white space before it, or at the text's start.
func fieldStart(text string, i int) int {
	for i > 0 {
		if c := text[i-1]; c < utf8.RuneSelf {
			if asciiClass[c] == asciiSpace {
				return i
			}
			i--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if isSpace(r) {
			return i
		}
		i -= size
	}
	return i
}

// findSignOff reads the reply's sign-off at its end by the grammar above.
func findSignOff(a *Analysis) SignOff {
	text := a.Text
	// Only the end of a reply can hold its sign-off.
	var buf [signFields]field
	fs := lastFields(text, &buf)
	n := len(fs)
	for n > 0 && isTrailer(fs[n-1].text) {
		n--
	}
	if n == 0 {
		return SignOff{}
	}
	// A trailing "." or "," is no part of the name: "Thanks, James.".
	last := fs[n-1]
	if strings.HasSuffix(last.text, "..") || strings.HasSuffix(last.text, "…") {
		return SignOff{} // "Well Lidl....": the sentence trails off
	}
	// Emoji glued to the name: "^Yannick💪".
	for len(last.text) > 0 {
		r, size := utf8.DecodeLastRuneInString(last.text)
		if !isEmojiRune(r) && r != '\ufe0f' && r != '\u200d' || size == len(last.text) {
			break
		}
		last.text = last.text[:len(last.text)-size]
	}
	if len(last.text) > 1 && strings.ContainsRune(".,", rune(last.text[len(last.text)-1])) {
		last.text = last.text[:len(last.text)-1]
	}
	if strings.HasSuffix(last.text, ")") {
		// "(webcare)", "(Support Lead)" after the name: a role in brackets.
		for k := n - 1; k >= 0 && k >= n-8; k-- {
			if strings.HasPrefix(fs[k].text, "(") {
				br := field{text: a.Text[fs[k].start:last.end()], start: fs[k].start}
				if so, ok := signedBefore(a, fs[:k], br); ok {
					return so
				}
				break
			}
		}
	}
	fs[n-1] = last
	if so, ok := signedBefore(a, fs[:n], field{}); ok {
		return so
	}
	return SignOff{}
}

// signedBefore parses a sign-off that ends with the last of fs, with an
// optional role in brackets after it.
func signedBefore(a *Analysis, fs []field, bracket field) (SignOff, bool) {
	n := len(fs)
	if n == 0 {
		return SignOff{}, false
	}
	// A role after a separator: "Marieke Jansen, teamleider klantenservice",
	// "Laura, Customer Care Team Lead", "Anne | webcare".
	if k, ok := roleAfterSeparator(fs); ok {
		nameEnd := k
		if isMarkerOnly(fs[k-1].text) || fs[k-1].text == "|" {
			nameEnd = k - 1 // "Anne – webcare": the separator is a field
		}
		if so, found := nameEndingAt(a, fs[:nameEnd], fs[k:n]); found {
			return withBracket(a, so, bracket), true
		}
	}
	// Role words straight after the name: "Oliver Grant Customer Care Lead".
	k := n
	for k > 0 && n-k < 5 && isRoleWord(fs[k-1].text) && isCapitalized(fs[k-1].text) {
		k--
	}
	if k < n && k > 0 {
		if so, found := nameEndingAt(a, fs[:k], fs[k:n]); found && !so.Team {
			return withBracket(a, so, bracket), true
		}
	}
	so, found := nameEndingAt(a, fs, nil)
	if found {
		so = withBracket(a, so, bracket)
	}
	return so, found
}

// withBracket adds a role in brackets after the name: "Anne (webcare)".
func withBracket(a *Analysis, so SignOff, bracket field) SignOff {
	if bracket.text == "" || isPart(bracket.text) || !strings.ContainsFunc(bracket.text, unicode.IsLetter) {
		return so
	}
	if so.Role == "" {
		so.Role = strings.Trim(bracket.text, "()")
	}
	so.Span.End = bracket.end()
	so.Text = so.Span.In(a.Text)
	return so
}

// roleAfterSeparator finds a role at the end of fs after ",", "|" or
// " - ", and returns the index of its first field.
func roleAfterSeparator(fs []field) (int, bool) {
	n := len(fs)
	for k := n - 1; k > 0 && n-k <= 5; k-- {
		t := fs[k-1].text
		sep := strings.HasSuffix(t, ",") || fs[k-1].text == "|" || fs[k-1].text == "-" || fs[k-1].text == "–"
		if !isRoleWord(fs[k].text) && !isLowerWord(strings.TrimRight(fs[k].text, ".")) {
			return 0, false
		}
		if sep {
			if t == "|" || t == "-" || t == "–" {
				return k, k > 1 // the name is before the separator field
			}
			return k, true
		}
	}
	return 0, false
}

// nameEndingAt parses name words ending with the last of fs, and the lead
// before them. role, when set, are the fields of a role after the name.
func nameEndingAt(a *Analysis, fs []field, role []field) (SignOff, bool) {
	n := len(fs)
	if n == 0 {
		return SignOff{}, false
	}
	lastF := fs[n-1]
	if len(role) > 0 {
		lastF.text = strings.TrimRight(lastF.text, ",|")
		if lastF.text == "" && n > 1 {
			n--
			lastF = fs[n-1]
			lastF.text = strings.TrimRight(lastF.text, ",|")
		}
	}
	mk := func(from int, nameStart int, name string, nameEnd int) SignOff {
		so := SignOff{Found: true, Name: name, Span: Span{from, nameEnd}}
		if len(role) > 0 {
			var words []string
			for _, f := range role {
				words = append(words, f.text)
			}
			so.Role = strings.Trim(strings.Join(words, " "), ",;-|() ")
			so.Span.End = role[len(role)-1].end()
		}
		so.Text = so.Span.In(a.Text)
		if isTeamName(name) {
			so.Team, so.Name = true, ""
			if isTeamName(so.Role) {
				so.Role = ""
			}
		}
		return so
	}

	// 1. The last field holds a marker before the name, glued or not:
	// "^EK", "*KellenF", "-Anne", "you-Mariya", "it-Tabby",
	// "confirmed.Thanks-Emir", "game.-RM", "2/2^ML".
	if prefix, name, ok := markedName(lastF.text); ok {
		// Lower-case initials ("-kc") only after the last sentence or on
		// a line of their own: "app -ish" is no sign-off.
		if isLowerInitials(name) && strings.ContainsAny(lastF.text, "-–—") && !lastF.lineStart && (n < 2 || !strings.ContainsRune(".!?", lastRune(fs[n-2].text))) {
			ok = false
		}
		if ok && (prefix == "" || gluedLeadOK(prefix)) {
			start := lastF.start
			if prefix != "" {
				start = lastF.start + len(prefix)
			}
			return mk(start, start, name, lastF.end()), true
		}
	}
	// "much?EE": initials glued to the sentence's last mark.
	if i := strings.LastIndexAny(lastF.text, ".!?"); i > 0 && i < len(lastF.text)-1 {
		name := lastF.text[i+1:]
		if isInitials(name) && len(name) >= 2 && !hasLower(notNames, name) && isWordy(lastF.text[:i]) {
			return mk(lastF.start+i+1, lastF.start+i+1, name, lastF.end()), true
		}
	}

	// 2. Name words, up to three: "Anne", "Marieke Jansen", "Team Webcare".
	k, names, marked := n, 0, false
	for k > 0 && names < 3 {
		t := fs[k-1].text
		if k < n {
			if r := lastRune(t); (r == '.' || r == '!' || r == '?') && utf8.RuneCountInString(t) > 2 {
				break // "Happy Halloween. Mark": the sentence ends before the name
			}
			t = strings.TrimRight(t, ".")
		} else {
			t = lastF.text
		}
		// "Kees de Wit", "Anne van der Berg": particles between name words.
		if k < n && nameParticles[t] {
			p := k - 1
			for p > 0 && nameParticles[fs[p-1].text] {
				p--
			}
			if p > 0 && p >= k-3 && !fs[k-1].lineStart {
				if isNameWord(fs[p-1].text) {
					k = p
					continue
				}
				if prefix, _, ok := markedName(fs[p-1].text); ok && prefix == "" {
					k, marked = p-1, true // "^Valérie van Picnic"
					break
				}
			}
			break
		}
		if k < n {
			// "^Valérie van Picnic", "~Heather B.": the marker on the
			// first word of the name.
			if prefix, _, ok := markedName(t); ok && prefix == "" {
				k--
				marked = true
				break
			}
		}
		if !isNameWord(t) && !(isTeamWord(t) && isCapitalized(t)) {
			break
		}
		k--
		names++
		if fs[k].lineStart {
			break // a name starts its line
		}
	}
	if k == n {
		return SignOff{}, false
	}
	var words []string
	for _, f := range fs[k:n] {
		words = append(words, strings.TrimRight(f.text, ".,"))
	}
	if marked {
		_, first, _ := markedName(fs[k].text)
		words[0] = first
	}
	words[len(words)-1] = strings.TrimRight(lastF.text, ".,")
	name := strings.Join(words, " ")
	for _, w := range words {
		if hasLower(notNames, w) || len(words) == 1 && hasLower(closingPhrases, w) {
			return SignOff{}, false // "Cheers 🙂", "Thanks.", "Reply in DM."
		}
	}
	if strings.EqualFold(name, a.Input.Customer) && name != "" {
		return SignOff{}, false // the customer's name
	}
	nameStart, nameEnd := fs[k].start, lastF.end()

	// The lead before the name.
	if marked {
		return mk(fs[k].start, nameStart, name, nameEnd), true
	}
	if fs[k].lineStart {
		// On its own line; a closing right before it joins the span.
		if c := closingBefore(fs[:k]); c >= 0 {
			return mk(fs[c].start, nameStart, name, nameEnd), true
		}
		return mk(nameStart, nameStart, name, nameEnd), true
	}
	if k == 0 {
		return SignOff{}, false
	}
	prev := fs[k-1].text
	switch {
	case isMarkerOnly(prev):
		// "- Jimy", "TY - Chris", "= JJ", "booking - Ed".
		from := fs[k-1].start
		if c := closingBefore(fs[:k-1]); c >= 0 {
			from = fs[c].start
		}
		return mk(from, nameStart, name, nameEnd), true
	case strings.ContainsRune(signMarkers, lastRune(prev)) && len(prev) > 1 && isWordy(strings.TrimRight(prev, signMarkers)):
		// "Thank you- Mariya", "there!- Anwar".
		return mk(fs[k-1].start+len(strings.TrimRight(prev, signMarkers)), nameStart, name, nameEnd), true
	}
	if c := closingBefore(fs[:k]); c >= 0 {
		// "Groet, Anne", "Thanks, James", "Met vriendelijke groet,\nMarieke Jansen".
		return mk(fs[c].start, nameStart, name, nameEnd), true
	}
	if isTrailer(prev) && prev[0] != '@' || isPart(prev) || strings.HasSuffix(prev, "...") {
		// "…/flight-changes Sasha", "=) Yana", "👍 Anne".
		return mk(nameStart, nameStart, name, nameEnd), true
	}
	if r := lastRune(prev); r == '.' || r == '!' || r == '?' {
		// "… today. Team Webcare", "… today. KB", "… for you. Marc": a
		// name after the last sentence.
		return mk(nameStart, nameStart, name, nameEnd), true
	}
	return SignOff{}, false
}

// closingBefore returns the index of the field where a closing phrase
// starts that ends right before fs ends ("Groet,", "Met vriendelijke
// groet,", "TY"), or -1.
func closingBefore(fs []field) int {
	n := len(fs)
	for w := min(4, n); w >= 1; w-- {
		var parts []string
		for _, f := range fs[n-w:] {
			parts = append(parts, f.text)
		}
		phrase := strings.ToLower(strings.Join(parts, " "))
		phrase = strings.TrimRight(phrase, ",:-–!. ")
		if closingPhrases[phrase] {
			return n - w
		}
		// "confirmed.Thanks" glued to the sentence before it.
		if w == 1 {
			if i := strings.LastIndexAny(phrase, ".!?"); i >= 0 && closingPhrases[phrase[i+1:]] {
				return n - 1
			}
		}
	}
	return -1
}

// markedName splits a field into what comes before a sign-off marker and
// the name after it: "^EK" → "", "EK"; "confirmed.Thanks-Emir" →
// "confirmed.Thanks", "Emir". It tries the markers from the right, so a
// hyphenated name stays whole ("^Jan-Nicolaas").
func markedName(t string) (prefix, name string, ok bool) {
	for i := len(t) - 1; i >= 0; i-- {
		r, size := utf8.DecodeRuneInString(t[i:])
		if r == utf8.RuneError && size <= 1 || !strings.ContainsRune(signMarkers, r) {
			continue
		}
		name = t[i+size:]
		j := i
		for j > 0 {
			pr, ps := utf8.DecodeLastRuneInString(t[:j])
			if !strings.ContainsRune(signMarkers, pr) {
				break
			}
			j -= ps
		}
		if name == "" {
			return "", "", false
		}
		prefix = t[:j]
		// Initials right after a marker are a sign-off even where they
		// spell a word: "^DO", "-JA", "^sp", "/TV".
		bare := prefix == "" || !unicode.IsLetter(lastRune(prefix))
		initials := isInitials(name) && utf8.RuneCountInString(name) <= 3 || isLowerInitials(name)
		// After "^" or "*" any capitalised word is a name: "^Ben".
		strong := prefix == "" && isCapitalized(name) && isNameShape(name) && !hasLower(notNames, name) && !hasLower(closingPhrases, name) ||
			bare && (r == '^' || r == '*') && isNameShape(name)
		if !(bare && initials) && !strong && (!isNameWord(name) || hasLower(notNames, name) || hasLower(closingPhrases, name)) {
			continue
		}
		if isLowerInitials(name) && j > 0 {
			continue // "-ish" glued to a word is no sign-off
		}
		if prefix != "" && !gluedLeadOK(prefix) {
			continue
		}
		return prefix, name, true
	}
	return "", "", false
}

// gluedLeadOK reports what may stand glued before a marker and a name:
// sentence punctuation ("game.-RM"), a lower-case word ("it-Tabby"), a
// closing ("Thanks-Emir", "confirmed.Thanks-Emir"), a part marker
// ("2/2^ML") or an emoticon (":~)-Tabby").
func gluedLeadOK(p string) bool {
	r := lastRune(p)
	switch {
	case strings.ContainsRune(".!?,:;)'\"’”", r), isEmojiRune(r), r == '\ufe0f':
		return true
	case isPart(p):
		return true
	}
	low := strings.ToLower(p)
	if i := strings.LastIndexAny(low, ".!?-"); i >= 0 {
		low = low[i+1:]
	}
	if closingPhrases[low] {
		return true
	}
	// A lower-case word of two or more letters: "it-Tabby", "you-Mariya";
	// not "T-Mobile", "e-Mail", "Coca-Cola".
	return utf8.RuneCountInString(p) >= 2 && isLowerWord(p)
}

// isTrailer reports a field that may follow a sign-off: a link, emoji or
// an emoticon, a hashtag, a handle, a part marker or punctuation alone.
func isTrailer(t string) bool {
	switch {
	case t == "":
		return true
	case strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "www."):
		return !strings.Contains(t, ".^") // "…/x.^Anne": a name glued to the link
	case len(t) > 1 && (t[0] == '#' || t[0] == '@'):
		return true
	case isPart(t):
		return true
	case hasLower(endFaces, t) || isEmoticon(t):
		return true
	}
	for _, r := range t {
		if !isEmojiRune(r) && !unicode.IsPunct(r) && !unicode.IsSymbol(r) && r != '\u200d' && r != '\ufe0f' {
			return false
		}
	}
	return true
}

// endFaces are the text faces that end replies, in lower case.
var endFaces = setOf(":)", ":-)", ";)", ";-)", ":d", ":p", ":-p", "=)", ":~)", ":o", ":(", "(:", "<3", "xx", "xxx", "x", "^^", "^_^", ":]", "=]", "(y)")

// isPart reports a part marker: "2/2", "(1/3)", "...1/2".
func isPart(t string) bool {
	t = strings.TrimLeft(brackets.trim(t), ".…")
	slash := strings.IndexByte(t, '/')
	if slash <= 0 || slash == len(t)-1 {
		return false
	}
	_, ok1 := smallInt(t[:slash])
	_, ok2 := smallInt(t[slash+1:])
	return ok1 && ok2
}

// isMarkerOnly reports a field that is a marker alone: "-", "--", "–", "=".
func isMarkerOnly(t string) bool {
	if t == "" || len(t) > 6 {
		return false
	}
	for _, r := range t {
		if !strings.ContainsRune(signMarkers, r) {
			return false
		}
	}
	return true
}

// isNameWord reports a word that can be (part of) a name: capitalised
// ("Anne", "Jan-Nicolaas", "O'Neill"), CamelCase ("JonPorter",
// "KellenF") or initials ("EK", "J.D."); not a common word.
func isNameWord(t string) bool {
	t = strings.TrimRight(t, ".")
	if t == "" || !isCapitalized(t) || hasLower(stopEN, t) || hasLower(stopNL, t) {
		return false
	}
	for _, r := range t {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '.' && r != '’' {
			return false
		}
	}
	return !strings.HasSuffix(t, "-")
}

// isNameShape reports letters, with "-" or an apostrophe inside: the
// shape of a name, whatever the word.
func isNameShape(t string) bool {
	for _, r := range t {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
			return false
		}
	}
	return t != "" && !strings.HasSuffix(t, "-")
}

// isInitials reports capitals only: "EK", "JMR".
func isInitials(t string) bool {
	if t == "" || utf8.RuneCountInString(t) > 4 {
		return false
	}
	for _, r := range t {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isCamelOrInitials reports "JonPorter", "KellenF" or "EK".
func isCamelOrInitials(t string) bool {
	if isInitials(t) {
		return true
	}
	upper := 0
	for _, r := range t {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2 && isNameWord(t)
}

// isLowerInitials reports two or three lower-case ASCII letters: "jeh".
func isLowerInitials(s string) bool {
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

// isLowerWord reports a word in lower-case letters.
func isLowerWord(t string) bool {
	if t == "" {
		return false
	}
	for _, r := range t {
		if !unicode.IsLower(r) && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// isWordy reports a field that ends in a letter, digit or punctuation
// after a word: what a glued sign-off can follow.
func isWordy(t string) bool {
	if t == "" {
		return false
	}
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isRoleWord reports a word of a role or a team: "teamleider", "Lead".
func isRoleWord(t string) bool {
	t = roleTrim.trim(t)
	var buf [24]byte
	if b, ok := lowerOnStack(&buf, t); ok {
		return roleWords[string(b)] || teamWords[string(b)] || bytes.HasPrefix(b, []byte("webcare")) || bytes.HasPrefix(b, []byte("klantenservice"))
	}
	low := strings.ToLower(t)
	return roleWords[low] || teamWords[low] || strings.HasPrefix(low, "webcare") || strings.HasPrefix(low, "klantenservice")
}

// isTeamWord reports a word that names a team: "Team", "Webcare".
func isTeamWord(t string) bool {
	return hasLower(teamWords, commaDot.trim(t))
}

// hasLower reports whether set holds s lower-cased (strings.ToLower),
// lower-casing an ASCII s on the stack: the sign-off's words are looked
// up in their lower case many times, and most are short.
func hasLower(set map[string]bool, s string) bool {
	var buf [24]byte
	if b, ok := lowerOnStack(&buf, s); ok {
		return set[string(b)]
	}
	return set[strings.ToLower(s)]
}

// lowerOnStack returns s lower-cased in buf, as strings.ToLower would,
// when s is ASCII and fits; false otherwise.
func lowerOnStack(buf *[24]byte, s string) ([]byte, bool) {
	if len(s) > len(buf) {
		return nil, false
	}
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		b[i] = asciiLower[c]
	}
	return b, true
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// isTeamName reports a name made of team words only ("Team Webcare",
// "The Support Team") or one with a word no person's name has ("Team
// NetKabel", "Webcare BusOost").
func isTeamName(name string) bool {
	if name == "" {
		return false
	}
	all := true
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = commaDot.trim(w)
		if strongTeamWords[w] {
			return true
		}
		all = all && teamWords[w]
	}
	return all
}

// strongTeamWords make any name a team's.
var strongTeamWords = setOf("team", "webcare", "webcareteam", "klantenservice", "klantenserviceteam", "serviceteam",
	"supportteam", "klantcontact", "helpdesk", "servicedesk", "redactie", "socialmedia")

// brandSignOff makes a sign-off with the company's name a team's: the
// customer wrote to "@Telecomm_BE" and the reply is signed "^Telecomm".
func brandSignOff(so SignOff, inc *Analysis) SignOff {
	if !so.Found || so.Team || utf8.RuneCountInString(so.Name) < 4 || strings.Contains(so.Name, " ") {
		return so
	}
	name := strings.ToLower(so.Name)
	for _, t := range inc.Tokens {
		if t.Kind == Handle && strings.HasPrefix(strings.ToLower(t.Text[1:]), name) {
			so.Team, so.Name = true, ""
			return so
		}
	}
	return so
}
