package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tiny is an invented labelled file: one hit, one false positive by
// label, one miss by label, one allowed finding, one context rule
// without the customer's message.
const tiny = `{"id":"hit","lang":"nl","reply":"Misschien komt het morgen. ^Anne","expect":["hedging"]}
{"id":"fp","lang":"nl","reply":"Wellicht komt het morgen. ^Anne","expect":[]}

{"id":"fn","lang":"nl","reply":"Het komt morgen. ^Anne","expect":["hedging"]}
{"id":"allowed","lang":"en","reply":"Maybe it arrives tomorrow. ^Sam","allow":["hedging"]}
{"id":"noctx","lang":"en","reply":"It arrives tomorrow. ^Sam","expect":["apology-missing"]}
`

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	return p
}

func TestEvalCountsHitsFalsePositivesAndMisses(t *testing.T) {
	p := writeFile(t, "tiny.jsonl", tiny)
	var out, errb bytes.Buffer
	require.Equal(t, 0, Run([]string{p}, &out, &errb), errb.String())
	assert.Contains(t, out.String(), "5 labelled replies")
	assert.Regexp(t, `(?m)^hedging\s+1\s+1\s+1\s+0\.50\s+0\.50$`, out.String())
	// apology-missing needs the customer's message: the record without one
	// is not counted, so the rule has no row.
	assert.NotContains(t, out.String(), "apology-missing")
	assert.Regexp(t, `(?m)^micro\s+1\s+1\s+1\s`, out.String())
}

func TestEvalVerboseListsErrorsWithFileAndLine(t *testing.T) {
	p := writeFile(t, "tiny.jsonl", tiny)
	var out, errb bytes.Buffer
	require.Equal(t, 0, Run([]string{"-v", "-rule", "hedging", p}, &out, &errb))
	assert.Contains(t, out.String(), "FP hedging")
	assert.Contains(t, out.String(), p+":2 fp flagged \"Wellicht\"")
	assert.Contains(t, out.String(), p+":4 fn")
	assert.NotContains(t, out.String(), "allowed")
}

func TestEvalRejectsBadInputNamingFileAndLine(t *testing.T) {
	for name, text := range map[string]string{
		"broken json": "{\"reply\":\"ok ^Anne\"}\n{\"reply\":\n",
	} {
		t.Run(name, func(t *testing.T) {
			p := writeFile(t, "bad.jsonl", text)
			var out, errb bytes.Buffer
			assert.Equal(t, 2, Run([]string{p}, &out, &errb))
			assert.True(t, strings.Contains(errb.String(), p+":"), errb.String())
		})
	}
}

func TestEvalWithoutFilesIsUsageError(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, 2, Run(nil, &out, &errb))
	assert.Contains(t, errb.String(), "Usage")
}

func TestEvalInfoFlagCountsAdvisoryRules(t *testing.T) {
	// no-next-step reports at info by default: without -info it does not
	// count as firing, with it it does.
	p := writeFile(t, "ctx.jsonl", `{"id":"c","lang":"nl","reply":"Wat balen, sorry! ^Anne","in_reply_to":"Mijn pakket is weer te laat, belachelijk.","expect":["no-next-step"],"allow":["empathy-missing","mirror","dm-move"]}`+"\n")
	var out, errb bytes.Buffer
	require.Equal(t, 0, Run([]string{p}, &out, &errb), errb.String())
	assert.Regexp(t, `(?m)^no-next-step\s+0\s+0\s+1\s`, out.String())
	out.Reset()
	require.Equal(t, 0, Run([]string{"-info", "no-next-step", p}, &out, &errb), errb.String())
	assert.Regexp(t, `(?m)^no-next-step\s+1\s+0\s+0\s`, out.String())
}

func TestEvalWarnsOnceAboutLabelsOfUnknownRules(t *testing.T) {
	p := writeFile(t, "typo.jsonl", "{\"reply\":\"ok ^Anne\",\"expect\":[\"hedgin\"]}\n{\"reply\":\"ok ^Anne\",\"expect\":[\"hedgin\"]}\n")
	var out, errb bytes.Buffer
	require.Equal(t, 0, Run([]string{p}, &out, &errb))
	assert.Equal(t, 1, strings.Count(errb.String(), "hedgin"), errb.String())
	assert.Contains(t, errb.String(), p+":1:")
	assert.Contains(t, out.String(), "2 labelled replies")
}

// messages is an invented labelled file of customer messages: two that
// triage agrees with, one labelled higher than triage reads it, one
// English privacy message in in_reply_to labelled question/laag on purpose:
// triage reads it as legal-privacy/hoog, so it counts as risky, not at laag.
const messages = `{"id":"q","lang":"nl","incoming":"Hoe laat gaat de winkel in Zwolle morgen open?","category":"question","priority":"laag","hold":false,"needs_human":false,"subject":"store"}
{"id":"c","lang":"nl","incoming":"Al drie weken wacht ik op mijn pakket en niemand reageert. Echt slecht.","category":"complaint","priority":"middel","hold":false,"needs_human":false,"subject":"delivery"}

{"id":"rep","lang":"nl","incoming":"Wat een gedoe met jullie app.","meta":{"followers":120000,"verified":true},"category":"reputation-risk","priority":"crisis","hold":true,"needs_human":false}
{"id":"en","lang":"en","in_reply_to":"I got an email with another customer's address and phone number in it.","category":"question","priority":"laag","signals":["privacy"]}
`

func TestEvalTriageScoresAgreementWithLabels(t *testing.T) {
	p := writeFile(t, "msgs.jsonl", messages)
	var out, errb bytes.Buffer
	require.Equal(t, 0, Run([]string{"-triage", p}, &out, &errb), errb.String())
	s := out.String()
	assert.Contains(t, s, "4 labelled messages")
	assert.Regexp(t, `(?m)^both\s+2/4\s+50\.0%$`, s)
	assert.Regexp(t, `(?m)^hold\s+\d/3 `, s, "hold counts only labelled records")
	assert.Regexp(t, `(?m)^question/laag\s+2\s+legal-privacy/hoog 1, =question/laag 1$`, s)
	assert.Regexp(t, `(?m)^privacy/safety/legal at laag: 0 of 1$`, s)
	assert.NotContains(t, s, "msgs.jsonl:1 q", "no disagreement listed without -v")

	out.Reset()
	require.Equal(t, 0, Run([]string{"-triage", "-v", p}, &out, &errb))
	assert.Contains(t, out.String(), p+":4 rep: ")
	assert.Contains(t, out.String(), "want reputation-risk/crisis")
	assert.NotContains(t, out.String(), p+":1 q:")
}

func TestEvalTriageRejectsUnlabelledMessage(t *testing.T) {
	p := writeFile(t, "bad.jsonl", `{"id":"x","incoming":"hoi"}`+"\n")
	var out, errb bytes.Buffer
	require.Equal(t, 2, Run([]string{"-triage", p}, &out, &errb))
	assert.Contains(t, errb.String(), p+":1: ")
}
