package lsp

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestManyEditsOnABigDocument: a thousand keystrokes on a 200 KB reply do
// not each get a lint that the next ones wait for: the server lints once
// the typing pauses, drops what a change made stale, and the last
// diagnostics are those of the last text.
func TestManyEditsOnABigDocument(t *testing.T) {
	c := startServer(t)
	c.initialize(map[string]any{})
	uri := fileURI(filepath.Join(t.TempDir(), "big.txt"))
	para := "@klant Wat vervelend dat je pakket nog niet binnen is. We sturen je vandaag een nieuwe. Groet, Anne (webcare)\n\n"
	text := strings.Repeat(para, 200<<10/len(para))
	lines := strings.Count(text, "\n")
	open(c, uri, "plaintext", text)
	first := c.diagnostics(uri)
	require.Equal(t, 1, *first.Version)
	for _, d := range first.Diagnostics {
		require.NotEqual(t, "hedging", d.Code)
	}
	// Type "Misschien komt hij morgen." and more at the end, one
	// character per change.
	typed := strings.Repeat("Misschien komt hij morgen. ", 40)[:1000]
	for i, r := range typed {
		c.notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": uri, "version": i + 2},
			"contentChanges": []map[string]any{{"range": Range{Start: Position{lines, i}, End: Position{lines, i}}, "text": string(r)}},
		})
	}
	last := len(typed) + 1
	publishes, prev := 0, 1
	for {
		p := c.diagnostics(uri)
		publishes++
		require.Greater(t, *p.Version, prev, "each publish is of a newer text than the one before")
		prev = *p.Version
		if *p.Version == last {
			h := find(t, p.Diagnostics, "hedging")
			assert.Equal(t, Range{Start: Position{lines, 0}, End: Position{lines, 9}}, h.Range)
			break
		}
	}
	t.Logf("%d publishes for %d changes", publishes, len(typed))
	assert.Less(t, publishes, 20, "a lint per pause, not per keystroke")
	c.exit()
}

// TestContentLengthMismatch: a message whose Content-Length counts
// characters instead of bytes costs at most itself, never the requests
// after it.
func TestContentLengthMismatch(t *testing.T) {
	c := startServer(t)
	c.initialize(map[string]any{})
	req := func(id int) string {
		return fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"café/unknown"}`, id)
	}
	wrong := func(body string, delta int) string {
		return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body)+delta, body)
	}
	// Too large: the message itself is still read, and so is the next.
	c.raw(wrong(req(5), 7) + frame(req(6)))
	for _, id := range []string{"5", "6"} {
		m := c.next()
		assert.Equal(t, id, string(m.ID))
		require.NotNil(t, m.Error)
		assert.Equal(t, CodeMethodNotFound, m.Error.Code)
	}
	// Too small: a parse error for it, and the next request is answered.
	c.raw(wrong(req(7), -3) + frame(req(8)))
	m := c.next()
	require.NotNil(t, m.Error)
	assert.Equal(t, CodeParseError, m.Error.Code)
	m = c.next()
	assert.Equal(t, "8", string(m.ID), "the request after the broken one: %+v", m)
	c.exit()
}

// TestRecordWarnings: what the readers warn about in an export is a
// warning diagnostic on its line.
func TestRecordWarnings(t *testing.T) {
	c := startServer(t)
	c.initialize(map[string]any{})
	uri := fileURI(filepath.Join(t.TempDir(), "export.jsonl"))
	open(c, uri, "json", "{\"reply\":\"Ok. ^Anne (webcare)\"}\n{\"reply\":\"Misschien\",\"reply\":\"Ok. ^Anne (webcare)\"}\n")
	p := c.diagnostics(uri)
	require.Len(t, p.Diagnostics, 1, "%+v", p.Diagnostics)
	d := p.Diagnostics[0]
	assert.Equal(t, severityWarning, d.Severity)
	assert.Equal(t, 1, d.Range.Start.Line)
	assert.Contains(t, d.Message, `key "reply" given more than once`)
	c.exit()
}
