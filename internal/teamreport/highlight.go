package teamreport

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// segment is a piece of a reply's text and the marks that cover it. A
// point segment stands for a finding with an empty span (something
// missing at that place); it has no text.
type segment struct {
	text  string
	marks []Mark
	point bool
}

// segments cuts text at the edges of the marks, so overlapping findings
// become a flat run of pieces that nest properly in HTML. Spans outside
// the text are clipped, reversed spans made empty, and edges inside a
// UTF-8 sequence moved outward to the character's edge, so no character
// is ever split.
func segments(text string, marks []Mark) []segment {
	type span struct {
		start, end int
		m          Mark
	}
	spans := make([]span, 0, len(marks))
	cuts := []int{0, len(text)}
	for _, m := range marks {
		s := runeFloor(text, clamp(m.Offset, 0, len(text)))
		e := runeCeil(text, clamp(m.EndOffset, 0, len(text)))
		if e < s {
			e = s
		}
		spans = append(spans, span{s, e, m})
		cuts = append(cuts, s, e)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)

	var out []segment
	for i, at := range cuts {
		var points []Mark
		for _, sp := range spans {
			if sp.start == at && sp.end == at {
				points = append(points, sp.m)
			}
		}
		if len(points) > 0 {
			out = append(out, segment{marks: points, point: true})
		}
		if i+1 == len(cuts) {
			break
		}
		next := cuts[i+1]
		var cover []Mark
		for _, sp := range spans {
			if sp.start <= at && next <= sp.end && sp.start < sp.end {
				cover = append(cover, sp.m)
			}
		}
		seg := segment{text: text[at:next], marks: cover}
		// Pieces covered by the same findings are one mark.
		if k := len(out) - 1; k >= 0 && !out[k].point && sameMarks(out[k].marks, cover) {
			out[k].text += seg.text
			continue
		}
		out = append(out, seg)
	}
	return out
}

func sameMarks(a, b []Mark) bool {
	return slices.Equal(a, b)
}

func clamp(x, lo, hi int) int { return max(lo, min(hi, x)) }

// runeFloor moves i back to the start of the UTF-8 sequence it is in.
func runeFloor(s string, i int) int {
	for k := 0; k < utf8.UTFMax-1 && i > 0 && i < len(s) && !utf8.RuneStart(s[i]); k++ {
		i--
	}
	return i
}

// runeCeil moves i forward past the UTF-8 sequence it is in.
func runeCeil(s string, i int) int {
	for k := 0; k < utf8.UTFMax-1 && i > 0 && i < len(s) && !utf8.RuneStart(s[i]); k++ {
		i++
	}
	return i
}

// worst returns the highest severity among marks.
func worst(marks []Mark) string {
	w := "info"
	for _, m := range marks {
		switch {
		case m.Severity == "error":
			return "error"
		case m.Severity == "warning":
			w = "warning"
		}
	}
	return w
}

// pointSymbol stands in the text for a finding about something missing.
const pointSymbol = "▲"

// highlightHTML renders a reply as escaped HTML with each finding in a
// <mark> whose title names the rule, severity and message.
func highlightHTML(text string, marks []Mark, lab *labels) string {
	var sb strings.Builder
	for _, seg := range segments(text, marks) {
		if len(seg.marks) == 0 {
			sb.WriteString(esc(seg.text))
			continue
		}
		tips := make([]string, len(seg.marks))
		for i, m := range seg.marks {
			tips[i] = markTip(m, lab)
		}
		class := "sev-" + worst(seg.marks)
		if len(seg.marks) > 1 {
			class += " multi" // darker: more than one finding here
		}
		body := esc(seg.text)
		if seg.point {
			class += " point"
			body = pointSymbol
		}
		sb.WriteString(`<mark class="` + class + `" title="` + esc(strings.Join(tips, "\n")) + `">` + body + `</mark>`)
	}
	return sb.String()
}

// markTip is a finding's tooltip: "hedging (waarschuwing): message".
func markTip(m Mark, lab *labels) string {
	return m.Rule + " (" + lab.severityName(m.Severity) + "): " + m.Message
}

// markWords returns the words a mark covers, shortened to at most 60
// characters; "" for an empty or invalid span.
func markWords(text string, m Mark) string {
	s := runeFloor(text, clamp(m.Offset, 0, len(text)))
	e := runeCeil(text, clamp(m.EndOffset, 0, len(text)))
	if e <= s {
		return ""
	}
	w := strings.Join(strings.Fields(cleanText(text[s:e])), " ")
	if r := []rune(w); len(r) > 60 {
		w = string(r[:59]) + "…"
	}
	return w
}

// mdEscaper escapes the characters that would make Markdown out of plain
// text, or HTML: a reply's "<script>" stays text in any renderer.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `&lt;`, `>`, `&gt;`, `&`, `&amp;`, `#`, `\#`, `|`, `\|`, `~`, `\~`,
)

// mdText escapes text for Markdown inline content.
func mdText(s string) string {
	s = mdEscaper.Replace(cleanText(s))
	// A line that starts like a list, heading or rule would become one.
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		t := strings.TrimLeft(l, " ")
		if t != "" && strings.ContainsRune("+-=", rune(t[0])) {
			lines[i] = strings.Repeat(" ", len(l)-len(t)) + `\` + t
		} else if d := strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' }); d > 0 && (t[d] == '.' || t[d] == ')') {
			lines[i] = strings.Repeat(" ", len(l)-len(t)) + t[:d] + `\` + t[d:]
		}
	}
	return strings.Join(lines, "\n")
}

// mdCell escapes text for a Markdown table cell: one line.
func mdCell(s string) string {
	return mdEscaper.Replace(strings.Join(strings.Fields(cleanText(s)), " "))
}

// highlightMarkdown renders a reply as a Markdown block quote with each
// finding's words in bold and a ▲ where something is missing.
func highlightMarkdown(text string, marks []Mark) string {
	// Markdown has one kind of mark: adjacent marked pieces become one
	// bold run ("**a****b**" would not be bold).
	var segs []segment
	for _, seg := range segments(text, marks) {
		if k := len(segs) - 1; k >= 0 && !seg.point && len(seg.marks) > 0 && !segs[k].point && len(segs[k].marks) > 0 {
			segs[k].text += seg.text
			continue
		}
		segs = append(segs, seg)
	}
	var sb strings.Builder
	for _, seg := range segs {
		switch {
		case seg.point:
			sb.WriteString(" **" + pointSymbol + "**")
		case len(seg.marks) == 0:
			sb.WriteString(mdText(seg.text))
		default:
			// Bold per line, with the spaces outside the asterisks, or
			// CommonMark would not see emphasis.
			for i, line := range strings.Split(seg.text, "\n") {
				if i > 0 {
					sb.WriteByte('\n')
				}
				core := strings.TrimSpace(line)
				if core == "" {
					sb.WriteString(line)
					continue
				}
				lead := line[:strings.Index(line, core)]
				trail := line[len(lead)+len(core):]
				sb.WriteString(lead + "**" + mdText(core) + "**" + trail)
			}
		}
	}
	lines := strings.Split(sb.String(), "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			lines[i] = ">"
		} else {
			lines[i] = "> " + l
		}
	}
	return strings.Join(lines, "\n")
}
