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
