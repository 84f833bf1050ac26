package teamreport

import (
	"fmt"
	"html"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The charts are inline SVG written here by hand: four simple chart types
// need a few rectangles, lines and labels each, and writing them directly
// keeps the report one self-contained file with no dependency (see the
// package documentation). Every text goes through esc; every chart has a
// <title> and an aria-label; values are printed on the chart, not only
// encoded in length or colour, so it reads in greyscale print too.

// Chart geometry, in SVG user units (the viewBox; the page scales it).
const (
	chartWidth = 760
	fontSize   = 13
	charWidth  = 7.4 // rough advance of a 13px sans-serif character
	textColor  = "#1a1a1a"
	gridColor  = "#c8c8c8"
	axisColor  = "#555555"
	barColor   = "#2b5d8a"
)

// bandColor is the colour of a score: red below 50, amber to 74, green
// from 75. All three have a contrast above 4.5:1 on white.
func bandColor(score float64) string {
	switch {
	case score < 50:
		return "#b3261e"
	case score < 75:
		return "#8a5a00"
	}
	return "#1e6b3a"
}

// esc escapes text for SVG and HTML alike, after making it valid UTF-8
// without control characters.
func esc(s string) string { return html.EscapeString(cleanText(s)) }

// num formats a coordinate compactly.
func num(x float64) string { return strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64) }

// textWidth estimates the width of a label.
func textWidth(s string) float64 { return float64(utf8.RuneCountInString(s)) * charWidth }

// truncate shortens a label to at most width units, with an ellipsis.
func truncate(s string, width float64) string {
	n := int(width / charWidth)
	if utf8.RuneCountInString(s) <= n || n < 2 {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// svgOpen starts an SVG element with its accessible name.
func svgOpen(sb *strings.Builder, title string, height float64) {
	fmt.Fprintf(sb, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %s" width="%d" height="%s" role="img" aria-label="%s" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="%d">`,
		chartWidth, num(height), chartWidth, num(height), esc(title), fontSize)
	fmt.Fprintf(sb, `<title>%s</title>`, esc(title))
}

// barItem is one bar of a chart.
type barItem struct {
	// Label names the bar; Value is its length; Text is printed at its
	// end; Tip is its tooltip; Fill its colour.
	Label string
	Value float64
	Text  string
	Tip   string
	Fill  string
}

// hbarChart draws horizontal bars, one per item, scaled to maxValue, with
// the label left of each bar and its value right of it.
func hbarChart(title string, items []barItem, maxValue float64) string {
	const rowH, barH, top = 26.0, 18.0, 6.0
	if maxValue <= 0 {
		maxValue = 1
	}
	labelW, valueW := 80.0, 30.0
	for _, it := range items {
		labelW = max(labelW, textWidth(it.Label)+12)
		valueW = max(valueW, textWidth(it.Text)+12)
	}
	labelW = min(labelW, 280)
	plotW := chartWidth - labelW - valueW
	height := top*2 + rowH*float64(max(1, len(items)))

	var sb strings.Builder
	svgOpen(&sb, title, height)
	for i, it := range items {
		y := top + rowH*float64(i)
		w := math.Max(0, it.Value) / maxValue * plotW
		if it.Value > 0 {
			w = math.Max(w, 2) // a value above zero stays visible
		}
		fill := it.Fill
		if fill == "" {
			fill = barColor
		}
		fmt.Fprintf(&sb, `<g><title>%s</title>`, esc(it.Tip))
		fmt.Fprintf(&sb, `<text x="%s" y="%s" text-anchor="end" dominant-baseline="middle" fill="%s">%s</text>`,
			num(labelW-8), num(y+rowH/2), textColor, esc(truncate(it.Label, labelW-12)))
		fmt.Fprintf(&sb, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>`,
			num(labelW), num(y+(rowH-barH)/2), num(w), num(barH), fill)
		fmt.Fprintf(&sb, `<text x="%s" y="%s" dominant-baseline="middle" fill="%s" font-weight="600">%s</text>`,
			num(labelW+w+6), num(y+rowH/2), textColor, esc(it.Text))
		sb.WriteString(`</g>`)
	}
	fmt.Fprintf(&sb, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s"/>`,
		num(labelW), num(top), num(labelW), num(height-top), axisColor)
	sb.WriteString(`</svg>`)
	return sb.String()
}

// niceStep returns a step of 1, 2 or 5 times a power of ten that divides
// 0..maxValue into at most five intervals.
func niceStep(maxValue float64) float64 {
	if maxValue <= 0 {
		return 1
	}
	raw := maxValue / 5
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= raw {
			return math.Max(1, m*p) // counts: no fractional gridlines
		}
	}
	return math.Max(1, 10*p)
}

// columnChart draws vertical columns with the value above each and the
// label below, over a y axis with gridlines.
func columnChart(title, axisTitle string, items []barItem) string {
	const height, left, right, top, bottom = 280.0, 48.0, 12.0, 26.0, 52.0
	maxValue := 0.0
	for _, it := range items {
		maxValue = math.Max(maxValue, it.Value)
	}
	step := niceStep(maxValue)
	yMax := math.Max(step, math.Ceil(maxValue/step)*step)
	plotW, plotH := chartWidth-left-right, height-top-bottom
	y := func(v float64) float64 { return top + plotH - v/yMax*plotH }

	var sb strings.Builder
	svgOpen(&sb, title, height)
	for v := 0.0; v <= yMax+step/2; v += step {
		fmt.Fprintf(&sb, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1"/>`,
			num(left), num(y(v)), num(chartWidth-right), num(y(v)), gridColor)
		fmt.Fprintf(&sb, `<text x="%s" y="%s" text-anchor="end" dominant-baseline="middle" fill="%s">%s</text>`,
			num(left-6), num(y(v)), axisColor, num(v))
	}
	n := max(1, len(items))
	slot := plotW / float64(n)
	colW := slot * 0.78
	for i, it := range items {
		x := left + slot*float64(i) + (slot-colW)/2
		fill := it.Fill
		if fill == "" {
			fill = barColor
		}
		h := math.Max(0, it.Value) / yMax * plotH
		fmt.Fprintf(&sb, `<g><title>%s</title>`, esc(it.Tip))
		fmt.Fprintf(&sb, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>`,
			num(x), num(y(0)-h), num(colW), num(h), fill)
		fmt.Fprintf(&sb, `<text x="%s" y="%s" text-anchor="middle" fill="%s" font-weight="600">%s</text>`,
			num(x+colW/2), num(y(0)-h-6), textColor, esc(it.Text))
		fmt.Fprintf(&sb, `<text x="%s" y="%s" text-anchor="middle" fill="%s">%s</text>`,
			num(x+colW/2), num(y(0)+18), textColor, esc(truncate(it.Label, slot)))
		sb.WriteString(`</g>`)
	}
	fmt.Fprintf(&sb, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s"/>`,
		num(left), num(y(0)), num(chartWidth-right), num(y(0)), axisColor)
	fmt.Fprintf(&sb, `<text x="%s" y="%s" text-anchor="middle" fill="%s">%s</text>`,
		num(left+plotW/2), num(height-8), axisColor, esc(axisTitle))
	sb.WriteString(`</svg>`)
	return sb.String()
}

// linePoint is one point of a line chart: X in 0..1 along the time axis,
// Value on the 0–100 score scale.
type linePoint struct {
	X     float64
	Value float64
	Label string
	Text  string
	Tip   string
}

// lineChart draws scores over time: a line through the points, each
// point's value above it and the dates below, thinned out so labels don't
// collide. The y axis ends at 100 and starts at a round number below the
// lowest point (a line, unlike a bar, needs no zero baseline), so a month
// of scores between 85 and 95 does not look flat.
func lineChart(title string, pts []linePoint) string {
	const height, left, right, top, bottom, inset = 280.0, 48.0, 24.0, 30.0, 40.0, 20.0
	low := 100.0
	for _, p := range pts {
		low = math.Min(low, p.Value)
	}
	yMin := math.Max(0, math.Floor((low-5)/10)*10)
	step := 25.0
	switch {
	case 100-yMin <= 20:
		step = 5
	case 100-yMin <= 50:
		step = 10
	}
	plotW, plotH := chartWidth-left-right, height-top-bottom
	x := func(f float64) float64 { return left + inset + math.Max(0, math.Min(1, f))*(plotW-2*inset) }
	y := func(v float64) float64 {
		return top + plotH - (math.Max(yMin, math.Min(100, v))-yMin)/(100-yMin)*plotH
	}

	var sb strings.Builder
	svgOpen(&sb, title, height)
	for v := yMin; v <= 100; v += step {
		fmt.Fprintf(&sb, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1"/>`,
			num(left), num(y(v)), num(chartWidth-right), num(y(v)), gridColor)
		fmt.Fprintf(&sb, `<text x="%s" y="%s" text-anchor="end" dominant-baseline="middle" fill="%s">%s</text>`,
			num(left-6), num(y(v)), axisColor, num(v))
	}
	if len(pts) > 1 {
		var path strings.Builder
		for i, p := range pts {
			if i > 0 {
				path.WriteByte(' ')
			}
			fmt.Fprintf(&path, "%s,%s", num(x(p.X)), num(y(p.Value)))
		}
		fmt.Fprintf(&sb, `<polyline points="%s" fill="none" stroke="%s" stroke-width="2.5" stroke-linejoin="round"/>`,
			path.String(), barColor)
	}
	// Label every k-th point so the labels along the axis don't touch.
	maxLabel := 1.0
	for _, p := range pts {
		maxLabel = math.Max(maxLabel, math.Max(textWidth(p.Label), textWidth(p.Text))+10)
	}
	k := max(1, int(math.Ceil(float64(len(pts))*maxLabel/(plotW-2*inset))))
	for i, p := range pts {
		fmt.Fprintf(&sb, `<g><title>%s</title>`, esc(p.Tip))
		fmt.Fprintf(&sb, `<circle cx="%s" cy="%s" r="4.5" fill="%s" stroke="#ffffff" stroke-width="1.5"/>`,
			num(x(p.X)), num(y(p.Value)), bandColor(p.Value))
		if i%k == 0 {
			fmt.Fprintf(&sb, `<text x="%s" y="%s" text-anchor="middle" fill="%s" font-weight="600">%s</text>`,
				num(x(p.X)), num(y(p.Value)-10), textColor, esc(p.Text))
			fmt.Fprintf(&sb, `<text x="%s" y="%s" text-anchor="middle" fill="%s">%s</text>`,
				num(x(p.X)), num(height-bottom+20), axisColor, esc(p.Label))
		}
		sb.WriteString(`</g>`)
	}
	fmt.Fprintf(&sb, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s"/>`,
		num(left), num(y(yMin)), num(chartWidth-right), num(y(yMin)), axisColor)
	sb.WriteString(`</svg>`)
	return sb.String()
}
