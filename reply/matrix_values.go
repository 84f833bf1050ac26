package reply

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// keyAliases maps the Dutch (and a few spare English) spellings of matrix
// keys to the canonical key. A team lead may write the whole matrix in
// Dutch: "niveaus", "reageer_binnen: 1 uur", "wachten: ja".
var keyAliases = map[string]string{
	"versie": "version", "taal": "lang", "language": "lang",
	"niveaus": "levels", "naam": "name", "wanneer": "match",
	"categorieën": "categories", "categorieen": "categories", "soorten": "categories",
	"signalen": "cues", "signals": "cues", "bereik": "reach", "golf": "wave", "woorden": "words",
	"eigenaar": "owner", "contacten": "contacts", "betrek": "contacts",
	"reageer_binnen": "respond_within", "reactietermijn": "respond_within", "reactietijd": "respond_within",
	"wachten": "hold", "wacht": "hold", "advies": "advice", "adviezen": "advice",
	"afdeling": "department", "telefoon": "phone", "e-mail": "email", "mail": "email",
	"rol": "role", "functie": "role",
	"onderwerpen": "subjects", "onderwerp": "subject", "themas": "topics", "thema's": "topics",
	"plaatsvervanger": "deputy", "vervanger": "deputy",
	"rooster": "rota", "kantooruren": "office_hours", "openingstijden": "office_hours",
	"piket": "on_call", "buiten_kantooruren": "on_call", "oncall": "on_call",
	"escaleer": "escalate", "escalatie": "escalate", "escalation": "escalate", "naar": "to",
	"na": "after", "basislijn": "baseline", "normaal": "baseline",
	"golfvenster": "wave_window", "venster": "wave_window", "volume_window": "wave_window",
	"tijdzone": "timezone", "golffactor": "wave_factor", "golfminimum": "wave_min",
	"extra_signalen": "cues", "twijfel": "unsure", "onzeker": "unsure", "volume": "volume",
}

// canonKey returns the canonical matrix key for a key as written, and
// whether it was written in Dutch.
func canonKey(k string) (string, bool) {
	low := strings.ToLower(strings.TrimSpace(k))
	if c, ok := keyAliases[low]; ok {
		return c, true
	}
	return low, false
}

// categoryAliases maps Dutch category names to the categories.
var categoryAliases = map[string]Category{
	"vraag": CategoryQuestion, "vragen": CategoryQuestion,
	"klacht": CategoryComplaint, "klachten": CategoryComplaint,
	"complimenten":    CategoryCompliment,
	"reputatierisico": CategoryReputationRisk, "reputatie": CategoryReputationRisk,
	"veiligheid": CategorySafety, "overig": CategoryOther, "anders": CategoryOther,
	"juridisch-privacy": CategoryLegalPrivacy, "juridisch/privacy": CategoryLegalPrivacy,
	"juridisch": CategoryLegalPrivacy, "privacy": CategoryLegalPrivacy, "legal": CategoryLegalPrivacy,
}

// parseCategory reads a category in English or Dutch.
func parseCategory(s string) (Category, bool) {
	low := strings.ToLower(strings.TrimSpace(s))
	if c := Category(low); c.valid() {
		return c, true
	}
	c, ok := categoryAliases[low]
	return c, ok
}

// cueAliases maps Dutch cue kind names to the cue kinds.
var cueAliases = map[string]CueKind{
	"pers": CuePress, "media": CuePress, "viraal": CueViral,
	"juridisch": CueLegal, "advocaat": CueLegal,
	"gevaar": CueHazard, "letsel": CueInjury, "storing": CueOutage, "uitval": CueOutage,
	"wijdverbreid": CueWidespread, "grootschalig": CueWidespread,
	"hack": CueBreach, "datalek": CueBreach, "lek": CueBreach,
	"terugroepactie": CueRecall, "terugroepen": CueRecall,
	"opzeggen": CueChurn, "vertrek": CueChurn, "zakelijk": CueBusiness,
	"kwetsbaar": CueVulnerable, "kwetsbare": CueVulnerable, "eigen-gegevens": CueOwnData,
	"invloed": CueInfluence, "volgers": CueInfluence, "golf": CueWave, "volume": CueWave,
	"eigen": CueCustom, "woorden": CueCustom,
	"klacht": CueComplaint, "vraag": CueQuestion,
}

// parseCueKind reads a cue kind in English or Dutch.
func parseCueKind(s string) (CueKind, bool) {
	low := strings.ToLower(strings.TrimSpace(s))
	if k := CueKind(low); k.valid() {
		return k, true
	}
	k, ok := cueAliases[low]
	return k, ok
}

// parseBool reads yes/no in English or Dutch.
func parseBool(s string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "ja", "yes", "true", "waar", "aan", "on", "j", "y":
		return true, true
	case "nee", "no", "false", "onwaar", "uit", "off", "n":
		return false, true
	}
	return false, false
}

// durationUnits maps a unit as a team lead writes it to its length.
var durationUnits = map[string]time.Duration{
	"s": time.Second, "sec": time.Second, "seconde": time.Second, "seconden": time.Second, "second": time.Second, "seconds": time.Second,
	"m": time.Minute, "min": time.Minute, "mins": time.Minute, "minuut": time.Minute, "minuten": time.Minute, "minute": time.Minute, "minutes": time.Minute,
	"h": time.Hour, "u": time.Hour, "uur": time.Hour, "uren": time.Hour, "hr": time.Hour, "hrs": time.Hour, "hour": time.Hour, "hours": time.Hour,
	"d": 24 * time.Hour, "dag": 24 * time.Hour, "dagen": 24 * time.Hour, "day": 24 * time.Hour, "days": 24 * time.Hour,
}

// parseDuration reads "15m", "1h30m", "4h", "1d", "1 uur", "2u", "30 min",
// "1,5 uur", "2 dagen", "1 hour and 30 minutes", "1 uur en 15 minuten" or
// "anderhalf uur".
func parseDuration(s string) (time.Duration, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "anderhalf", "1.5")
	s = strings.ReplaceAll(s, "half uur", "30 min")
	if s == "" {
		return 0, fmt.Errorf("empty duration")
	}
	var total time.Duration
	i, n := 0, 0
	for i < len(s) {
		for i < len(s) && (s[i] == ' ' || s[i] == ',' && (i+1 >= len(s) || s[i+1] < '0' || s[i+1] > '9')) {
			i++
		}
		if i >= len(s) {
			break
		}
		// "en" / "and" between parts.
		if rest := s[i:]; strings.HasPrefix(rest, "en ") || strings.HasPrefix(rest, "and ") {
			i += strings.IndexByte(rest, ' ') + 1
			continue
		}
		j := i
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.' || s[j] == ',') {
			j++
		}
		if j == i {
			return 0, fmt.Errorf("want a number at %q", s[i:])
		}
		num, err := strconv.ParseFloat(strings.ReplaceAll(s[i:j], ",", "."), 64)
		if err != nil {
			return 0, err
		}
		for j < len(s) && s[j] == ' ' {
			j++
		}
		k := j
		for k < len(s) && unicode.IsLetter(rune(s[k])) {
			k++
		}
		unit, ok := durationUnits[s[j:k]]
		if !ok {
			return 0, fmt.Errorf("unknown unit %q", s[j:k])
		}
		total += time.Duration(num * float64(unit))
		i = k
		n++
	}
	if n == 0 {
		return 0, fmt.Errorf("empty duration")
	}
	return total, nil
}

// parseRate reads a baseline: "10 per uur", "10/uur", "240 per dag",
// "10 per hour", "10/h" or a plain number (per hour). It returns messages
// per hour.
func parseRate(s string) (float64, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	num, unit := s, "uur"
	if i := strings.IndexAny(s, "/"); i >= 0 {
		num, unit = s[:i], s[i+1:]
	} else if i := strings.Index(s, " per "); i >= 0 {
		num, unit = s[:i], s[i+5:]
	}
	num = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(num), "berichten"))
	num = strings.TrimSpace(strings.TrimSuffix(num, "messages"))
	n, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", "."), 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("want a number")
	}
	unit = strings.TrimSpace(unit)
	if unit == "" {
		unit = "uur"
	}
	per, err := parseDuration("1 " + unit)
	if err != nil {
		if per, err = parseDuration(unit); err != nil {
			return 0, err
		}
	}
	return n * float64(time.Hour) / float64(per), nil
}

// weekdays maps day names and abbreviations in Dutch and English.
var weekdays = map[string]time.Weekday{
	"ma": time.Monday, "maandag": time.Monday, "mon": time.Monday, "monday": time.Monday, "mo": time.Monday,
	"di": time.Tuesday, "dinsdag": time.Tuesday, "tue": time.Tuesday, "tu": time.Tuesday, "tuesday": time.Tuesday,
	"wo": time.Wednesday, "woensdag": time.Wednesday, "wed": time.Wednesday, "we": time.Wednesday, "wednesday": time.Wednesday,
	"do": time.Thursday, "donderdag": time.Thursday, "thu": time.Thursday, "th": time.Thursday, "thursday": time.Thursday,
	"vr": time.Friday, "vrijdag": time.Friday, "fri": time.Friday, "fr": time.Friday, "friday": time.Friday,
	"za": time.Saturday, "zaterdag": time.Saturday, "sat": time.Saturday, "sa": time.Saturday, "saturday": time.Saturday,
	"zo": time.Sunday, "zondag": time.Sunday, "sun": time.Sunday, "su": time.Sunday, "sunday": time.Sunday,
}

// Hours are office hours on some days of the week: From and To are
// minutes after midnight, To exclusive.
type Hours struct {
	// Days are the weekdays the hours hold on.
	Days [7]bool
	// From and To are minutes after midnight; To may be 24*60.
	From, To int
}

// parseHours reads "ma-vr 8:00-18:00", "za 10-16", "mon-fri 08:30-17:30",
// "dagelijks 8-22" or "weekdagen 9u-17u".
func parseHours(s string) (Hours, error) {
	var h Hours
	s = strings.ToLower(strings.TrimSpace(s))
	days, times, ok := strings.Cut(s, " ")
	if !ok {
		return h, fmt.Errorf("want days and times")
	}
	switch days {
	case "dagelijks", "daily", "elke", "alle", "every":
		for i := range h.Days {
			h.Days[i] = true
		}
		times = strings.TrimPrefix(strings.TrimPrefix(times, "dag "), "day ")
	case "weekdagen", "werkdagen", "weekdays":
		for d := time.Monday; d <= time.Friday; d++ {
			h.Days[d] = true
		}
	case "weekend":
		h.Days[time.Saturday], h.Days[time.Sunday] = true, true
	default:
		for _, part := range strings.Split(days, ",") {
			a, b, isRange := strings.Cut(part, "-")
			da, ok1 := weekdays[strings.TrimSpace(a)]
			if !ok1 {
				return h, fmt.Errorf("unknown day %q", a)
			}
			if !isRange {
				h.Days[da] = true
				continue
			}
			db, ok2 := weekdays[strings.TrimSpace(b)]
			if !ok2 {
				return h, fmt.Errorf("unknown day %q", b)
			}
			for d := da; ; d = (d + 1) % 7 {
				h.Days[d] = true
				if d == db {
					break
				}
			}
		}
	}
	from, to, ok := strings.Cut(strings.ReplaceAll(strings.TrimSpace(times), " ", ""), "-")
	if !ok {
		return h, fmt.Errorf("want a time range such as 8:00-18:00")
	}
	var err error
	if h.From, err = parseClock(from); err != nil {
		return h, err
	}
	if h.To, err = parseClock(to); err != nil {
		return h, err
	}
	if h.To <= h.From {
		return h, fmt.Errorf("the end %q is not after the start %q", to, from)
	}
	return h, nil
}

// parseClock reads "8", "8u", "08:30", "8.30" or "17h" as minutes after
// midnight.
func parseClock(s string) (int, error) {
	s = strings.TrimRight(strings.TrimSpace(s), "uh")
	hh, mm, _ := strings.Cut(strings.ReplaceAll(s, ".", ":"), ":")
	h, err := strconv.Atoi(hh)
	if err != nil || h < 0 || h > 24 {
		return 0, fmt.Errorf("%q is no time of day", s)
	}
	m := 0
	if mm != "" {
		if m, err = strconv.Atoi(mm); err != nil || m < 0 || m > 59 {
			return 0, fmt.Errorf("%q is no time of day", s)
		}
	}
	if h == 24 && m > 0 {
		return 0, fmt.Errorf("%q is no time of day", s)
	}
	return h*60 + m, nil
}

// contains reports whether the hours hold at t (in t's location).
func (h Hours) contains(t time.Time) bool {
	if !h.Days[t.Weekday()] {
		return false
	}
	m := t.Hour()*60 + t.Minute()
	return h.From <= m && m < h.To
}

// closest returns the candidate nearest to s by edit distance, or "" when
// none is close: the suggestion in "did you mean …".
func closest(s string, candidates []string) string {
	best, bestD := "", 3
	for _, c := range candidates {
		if d := editDistance(strings.ToLower(s), c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// dutchCategoryNames and dutchCueNames are how a Dutch matrix names
// categories and cue kinds, for errors.
const (
	dutchCategoryNames = "vraag, klacht, compliment, overig, reputatierisico, veiligheid, juridisch-privacy, crisis"
	dutchCueNames      = "pers, viraal, juridisch, privacy, gevaar, letsel, storing, wijdverbreid, datalek, terugroepactie, opzeggen, zakelijk, kwetsbaar, invloed, golf, eigen, klacht, vraag, compliment"
)
