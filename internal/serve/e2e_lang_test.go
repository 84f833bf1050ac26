package serve

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPageSpeaksTheRepliesLanguage checks in headless Chromium that the
// page's labels and the findings are never in two languages: a Dutch
// browser with an English draft shows an English page, a Dutch draft
// turns it back, a language chosen in the settings holds, the triage's
// signals are named in the page's language, and a wall of shouting lists
// a bounded number of findings and counts the rest.
func TestPageSpeaksTheRepliesLanguage(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srvCtx, stop := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() { served <- Serve(srvCtx, ln, Options{Dir: t.TempDir()}) }()
	t.Cleanup(func() {
		stop()
		assert.NoError(t, <-served)
	})
	b := launchBrowser(t, ctx, 1280, 900) // a Dutch browser
	b.navigate(ctx, URL(ln.Addr().String()))
	b.waitFor(ctx, "the page to start", `document.body && document.body.dataset.ready === "1"`, "document.readyState")

	// setDraft puts text in the draft as typing would and waits for its
	// findings.
	setDraft := func(text string) {
		t.Helper()
		b.eval(ctx, `(() => { const d = document.getElementById("draft"); d.value = `+jsString(text)+`; d.dispatchEvent(new Event("input", { bubbles: true })); })()`, nil)
		b.waitFor(ctx, "the draft linted", `document.getElementById("summary").getAttribute("aria-busy") === "false" && document.querySelector("#findings .finding")`,
			`[document.getElementById("summary").textContent, document.getElementById("error").textContent]`)
	}
	type page struct {
		Lang, Heading, Rule, Severity, Message, Summary string
	}
	read := func() page {
		t.Helper()
		var p page
		b.eval(ctx, `({ Lang: document.documentElement.lang, Heading: document.querySelector("#h-draft").textContent.trim(),
			Rule: document.querySelector("#findings .finding .rule").textContent, Severity: document.querySelector("#findings .finding .sev").textContent,
			Message: document.querySelector("#findings .finding .msg").textContent, Summary: document.getElementById("summary").textContent })`, &p)
		return p
	}

	var heading string
	b.eval(ctx, `document.querySelector("#h-draft").textContent.trim()`, &heading)
	assert.Equal(t, "Jouw antwoord", heading, "Dutch for a Dutch browser, before any draft")

	setDraft("@user Maybe your parcel arrives tomorrow. Best, Anne (customer care)")
	p := read()
	assert.Equal(t, page{Lang: "en", Heading: "Your reply", Rule: "Hedging", Severity: "warning",
		Message: p.Message, Summary: p.Summary}, p, "an English draft: an English page")
	assert.Contains(t, p.Message, "Hedging")
	assert.Contains(t, p.Summary, "finding")

	setDraft("@klant Misschien komt je pakket morgen. Groet, Anne (webcare)")
	p = read()
	assert.Equal(t, "nl", p.Lang)
	assert.Equal(t, "Jouw antwoord", p.Heading)
	assert.Equal(t, "Twijfeltaal", p.Rule)
	assert.Equal(t, "waarschuwing", p.Severity)
	assert.Contains(t, p.Message, "Twijfeltaal")
	assert.Contains(t, p.Summary, "bevinding")

	// A wall of shouting: the first findings of the rule, and a count.
	setDraft(strings.Repeat("NIET!! ", 200) + "Groet, Anne (webcare)")
	var shown int
	var more string
	b.eval(ctx, `document.querySelectorAll('#findings .finding[data-rule="emotional"]:not(.collapsed)').length`, &shown)
	b.eval(ctx, `document.querySelector("#findings .finding.collapsed").textContent`, &more)
	assert.Equal(t, MaxFindingsPerRule, shown)
	assert.Contains(t, more, "× Emotioneel, niet getoond")

	// A language chosen in the settings holds for page and findings.
	b.eval(ctx, `(() => { const s = document.getElementById("lang"); s.value = "en"; s.dispatchEvent(new Event("change")); })()`, nil)
	b.waitFor(ctx, "the English page", `document.documentElement.lang === "en" && document.querySelector("#findings .finding .msg") && !document.querySelector("#findings .finding .msg").textContent.includes("Twijfel")`,
		`document.documentElement.lang`)
	b.eval(ctx, `(() => { const s = document.getElementById("lang"); s.value = ""; s.dispatchEvent(new Event("change")); })()`, nil)

	// Triage of a Dutch complaint: signals named in Dutch.
	setDraft("@klant Misschien komt je pakket morgen. Groet, Anne (webcare)")
	b.eval(ctx, `(() => { const m = document.getElementById("incoming"); m.value = "Mijn pakket is al een week onderweg en niemand reageert. Belachelijk!"; m.dispatchEvent(new Event("input")); })()`, nil)
	b.click(ctx, "#btn-triage")
	b.waitFor(ctx, "the triage", `!document.getElementById("triage").hidden`, `document.getElementById("error").textContent`)
	var panel string
	b.eval(ctx, `document.getElementById("triage").textContent`, &panel)
	assert.Equal(t, "nl", read().Lang)
	for _, english := range []string{"complaint", "question", "Owner", "What to do"} {
		assert.NotContains(t, panel, english)
	}
	require.Empty(t, b.problemsSoFar(), "JavaScript errors or CSP violations on the page")

	// An error the server answers in English is said in the page's
	// language: a reply over max_reply_bytes.
	b.eval(ctx, `(() => { const d = document.getElementById("draft"); d.value = "a".repeat(1100000); d.dispatchEvent(new Event("input", { bubbles: true })); })()`, nil)
	b.waitFor(ctx, "the error banner", `!document.getElementById("error").hidden`, `document.getElementById("summary").textContent`)
	var banner string
	b.eval(ctx, `document.getElementById("error").textContent`, &banner)
	assert.Equal(t, "De tekst is te lang om te controleren.", banner)
	for _, p := range b.problemsSoFar() {
		assert.Contains(t, p, "status of 413", "only the browser's note of the refused request")
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\u2028", `\u2028`, "\u2029", `\u2029`)
	return `"` + r.Replace(s) + `"`
}
