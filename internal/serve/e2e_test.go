package serve

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// screenshotDir is where the end-to-end test saves its screenshots:
// $REPLYLINT_E2E_OUT, or testdata/out (ignored by git).
func screenshotDir() string {
	if d := os.Getenv("REPLYLINT_E2E_OUT"); d != "" {
		return d
	}
	return filepath.Join("testdata", "out")
}

// TestPageInBrowser drives the page in headless Chromium as an agent
// would: fill in name and role, type a Dutch draft with "misschien" and no
// sign-off, see both highlighted, read the hover text, apply the sign-off
// with the keyboard, triage a message, draft a reply, and check the page
// at 360 px. It fails on any JavaScript error or CSP violation.
func TestPageInBrowser(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
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
	url := URL(ln.Addr().String())

	b := launchBrowser(t, ctx, 1280, 900)
	b.navigate(ctx, url)
	b.waitFor(ctx, "the page to start", `document.body && document.body.dataset.ready === "1"`, "document.readyState")

	// Dutch for a Dutch browser.
	var heading string
	b.eval(ctx, `document.querySelector("#h-draft").textContent.trim()`, &heading)
	assert.Equal(t, "Jouw antwoord", heading)

	// The settings are open on a first visit: the name is still missing.
	var open bool
	b.eval(ctx, `document.getElementById("settings").open`, &open)
	require.True(t, open, "settings open while no name is known")
	b.click(ctx, "#agent")
	b.typeText(ctx, "Anne")
	b.click(ctx, "#role")
	b.typeText(ctx, "webcare")

	// A Dutch draft with hedging and no sign-off.
	// The emoji and "é" check that byte offsets land on the right UTF-16
	// characters.
	draft := "Hoi Sanne 😊 Café-tip: misschien is je pakket morgen al binnen. We sturen je vandaag een nieuwe bevestiging."
	b.click(ctx, "#draft")
	b.typeText(ctx, draft)

	const marks = `[...document.querySelectorAll("#backdrop mark[data-rule]")].map(m => m.dataset.rule + "=" + m.textContent)`
	b.waitFor(ctx, "hedging and signature highlights",
		`document.getElementById("summary").getAttribute("aria-busy") === "false" && document.querySelector('#backdrop mark[data-rule~="hedging"]') && document.querySelector('#backdrop mark[data-rule~="signature"]')`, marks)
	var hedged string
	b.eval(ctx, `document.querySelector('#backdrop mark[data-rule~="hedging"]').textContent`, &hedged)
	assert.Equal(t, "misschien", hedged)
	var list []string
	b.eval(ctx, `[...document.querySelectorAll("#findings .finding")].map(li => li.dataset.rule)`, &list)
	assert.Equal(t, []string{"hedging", "signature"}, list)
	var total string
	b.eval(ctx, `document.getElementById("total-value").textContent`, &total)
	assert.Equal(t, "84", total)
	var signoff string
	b.eval(ctx, `document.getElementById("s-signoff").textContent`, &signoff)
	assert.Equal(t, "geen ondertekening", signoff)

	b.screenshot(ctx, filepath.Join(screenshotDir(), "1-findings-1280.png"), 1280, 900)
	b.viewport(ctx, 360, 780)
	b.screenshot(ctx, filepath.Join(screenshotDir(), "1-findings-360.png"), 360, 780)
	b.viewport(ctx, 1280, 900)

	// Hover: the message and suggestion of the word under the mouse.
	b.hover(ctx, `#backdrop mark[data-rule~="hedging"]`)
	b.waitFor(ctx, "the hover text", `!document.getElementById("tip").hidden`, `document.getElementById("tip").outerHTML`)
	var tip string
	b.eval(ctx, `document.getElementById("tip").textContent`, &tip)
	assert.Contains(t, tip, "Twijfeltaal: \"misschien\"")
	assert.Contains(t, tip, "misschien")
	b.screenshot(ctx, filepath.Join(screenshotDir(), "2-hover-1280.png"), 1280, 900)

	// Keyboard: the caret is at the end, on the missing sign-off; Tab
	// reaches its fix and Enter applies it.
	b.click(ctx, "#draft")
	b.eval(ctx, `(() => { const d = document.getElementById("draft"); d.focus(); d.setSelectionRange(d.value.length, d.value.length); d.dispatchEvent(new KeyboardEvent("keyup")); })()`, nil)
	b.waitFor(ctx, "the sign-off under the caret", `!document.getElementById("current").hidden && document.querySelector("#current button.fix")`,
		`document.getElementById("current").outerHTML`)
	b.key(ctx, "Tab")
	var focused string
	b.eval(ctx, `document.activeElement.textContent`, &focused)
	require.Equal(t, "Zet „^Anne” eronder", focused)
	b.key(ctx, "Enter")
	b.waitFor(ctx, "the sign-off applied and linted",
		`document.getElementById("draft").value.endsWith("\n^Anne") && document.getElementById("summary").getAttribute("aria-busy") === "false" && document.querySelector('#findings .finding.sev-info[data-rule="signature"]') && document.querySelector('#backdrop mark[data-rule~="hedging"]')`,
		`[document.getElementById("draft").value, `+marks+`]`)
	b.eval(ctx, `document.getElementById("s-signoff").textContent`, &signoff)
	assert.Equal(t, "Anne, geen functie", signoff)
	b.eval(ctx, `[...document.querySelectorAll("#findings .finding")].map(li => li.dataset.rule)`, &list)
	assert.Equal(t, []string{"hedging", "signature"}, list, "the sign-off without a role is a tip")
	var roleFix string
	b.eval(ctx, `document.querySelector('#findings .finding[data-rule="signature"] button.fix').textContent`, &roleFix)
	assert.Equal(t, "Voeg je functie toe: „(webcare)”", roleFix)
	var undone string
	b.eval(ctx, `(() => { document.getElementById("draft").focus(); document.execCommand("undo"); return document.getElementById("draft").value; })()`, &undone)
	assert.Equal(t, draft, undone, "undo takes the fix back")
	b.eval(ctx, `document.execCommand("redo")`, nil)
	b.waitFor(ctx, "redo", `document.getElementById("draft").value.endsWith("^Anne")`, `document.getElementById("draft").value`)

	// Triage and draft from the customer's message.
	b.click(ctx, "#incoming")
	b.typeText(ctx, "Mijn pakket is al een week onderweg en niemand reageert. Belachelijk!")
	b.click(ctx, "#btn-triage")
	b.waitFor(ctx, "the triage", `!document.getElementById("triage").hidden`, `document.getElementById("error").textContent`)
	var owner, deadline string
	b.eval(ctx, `document.getElementById("t-owner").textContent`, &owner)
	b.eval(ctx, `document.getElementById("t-deadline").textContent`, &deadline)
	assert.Contains(t, owner, "@", "the owner's e-mail")
	assert.Contains(t, deadline, "uiterlijk")
	var advice int
	b.eval(ctx, `document.querySelectorAll("#t-advice li").length`, &advice)
	assert.Positive(t, advice)

	b.click(ctx, "#btn-draft")
	b.waitFor(ctx, "the drafted reply", `document.getElementById("draft").value.includes("Anne (webcare)") && document.querySelector("#backdrop mark[data-ph]")`,
		`[document.getElementById("draft").value, document.getElementById("error").textContent]`)
	var selected string
	b.eval(ctx, `(() => { const d = document.getElementById("draft"); return d.value.slice(d.selectionStart, d.selectionEnd); })()`, &selected)
	assert.True(t, strings.HasPrefix(selected, "[") && strings.HasSuffix(selected, "]"), "the first placeholder is selected, got %q", selected)
	b.waitFor(ctx, "the draft linted", `document.getElementById("summary").getAttribute("aria-busy") === "false"`, `document.getElementById("summary").textContent`)
	var summary string
	b.eval(ctx, `document.getElementById("summary").textContent`, &summary)
	assert.Contains(t, summary, "1 placeholder in te vullen")
	b.click(ctx, "#btn-copy")
	b.waitFor(ctx, "the copy status", `document.getElementById("copy-status").textContent !== ""`, `[document.activeElement.id, document.getElementById("copy-status").outerHTML]`)
	var copyStatus string
	b.eval(ctx, `document.getElementById("copy-status").textContent`, &copyStatus)
	assert.Contains(t, copyStatus, "nog niet ingevuld", "copying warns about the placeholder")
	b.screenshot(ctx, filepath.Join(screenshotDir(), "3-draft-1280.png"), 1280, 900)

	// 360 px: nothing wider than the screen.
	b.viewport(ctx, 360, 780)
	b.waitFor(ctx, "the narrow layout", `window.innerWidth === 360`, `window.innerWidth`)
	var overflow []string
	b.eval(ctx, `[...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > 361 && e.offsetParent !== null && !e.closest(".tip")).map(e => e.tagName + "#" + e.id + "." + e.className).slice(0, 10)`, &overflow)
	assert.Empty(t, overflow, "elements wider than 360 px")
	var scrollWidth int
	b.eval(ctx, `document.documentElement.scrollWidth`, &scrollWidth)
	assert.LessOrEqual(t, scrollWidth, 360)
	b.screenshot(ctx, filepath.Join(screenshotDir(), "3-draft-360.png"), 360, 780)

	// English when the browser prefers it.
	b.call(ctx, "Emulation.setLocaleOverride", map[string]any{"locale": "en-US"}, nil)
	b.call(ctx, "Emulation.setUserAgentOverride", map[string]any{"userAgent": "Mozilla/5.0 replylint-e2e", "acceptLanguage": "en-US,en"}, nil)
	b.navigate(ctx, url)
	b.waitFor(ctx, "the English page", `document.body && document.body.dataset.ready === "1" && document.documentElement.lang === "en"`,
		`[navigator.languages, document.documentElement.lang]`)
	b.eval(ctx, `document.querySelector("#h-draft").textContent.trim()`, &heading)
	assert.Equal(t, "Your reply", heading)
	var agent string
	b.eval(ctx, `document.getElementById("agent").value`, &agent)
	assert.Equal(t, "Anne", agent, "the name is remembered")
	b.screenshot(ctx, filepath.Join(screenshotDir(), "4-english-360.png"), 360, 780)

	assert.Empty(t, b.problemsSoFar(), "JavaScript errors or CSP violations on the page")
}
