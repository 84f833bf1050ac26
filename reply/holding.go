package reply

// waveHolding returns the one standard holding message for every customer
// in a wave on a subject, in the message's language (webcarecrisis, steps 1 to
// 3): no greeting and no name, so each customer gets the same text; the
// time of the next update and the info page are placeholders the team
// fills once.
func waveHolding(lang, subject string) string {
	return WaveHolding(lang, subject, Profile{})
}

// WaveHolding returns the standard holding message for a wave on a matrix
// subject, with the profile's info page and next update when it has them
// (placeholders otherwise). The text depends only on the language, the
// subject and the profile, so every customer in the wave gets the same.
func WaveHolding(lang, subject string, p Profile) string {
	if !isLanguage(lang) {
		lang = "nl"
	}
	lt := p.Templates.lang(lang)
	def := DefaultTemplates().lang(lang)
	// The team's own text wins over the built-in one; within each, the
	// subject's own text over the general one.
	tmpl := firstNonEmpty(lt.WaveHoldingFor[subject], lt.WaveHolding, def.WaveHoldingFor[subject], def.WaveHolding)
	ph := lt.Placeholders
	if len(ph) == 0 {
		ph = def.Placeholders
	}
	incident := lt.Incidents[subject]
	if incident == "" {
		incident = def.Incidents[subject]
	}
	switch {
	case incident != "":
	case subject == "":
		incident = ph["incident"]
	default:
		incident = fill(firstNonEmpty(lt.Incidents["other"], def.Incidents["other"]), map[string]string{"topic": subject})
	}
	vars := map[string]string{
		"incident": firstNonEmpty(p.Incident, incident),
		"update":   firstNonEmpty(p.NextUpdate, ph["update"]),
		"infopage": firstNonEmpty(p.InfoPage, ph["infopage"]),
	}
	return fill(tmpl, vars)
}
