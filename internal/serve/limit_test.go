package serve

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// An empty reply is refused as the CLI refuses it, not scored.
func TestEmptyReplyIsRefused(t *testing.T) {
	h := newHandler(t, Options{})
	for _, path := range []string{"/api/lint", "/api/score"} {
		for _, reply := range []string{"", " \n\t"} {
			rec := do(t, h, "POST", path, jsonBody(t, LintRequest{Reply: reply, InReplyTo: "Waar blijft mijn pakket?"}))
			assert.Contains(t, errorOf(t, rec, http.StatusBadRequest), "empty reply; nothing to lint", "%s %q", path, reply)
		}
	}
	a := postLint(t, h, LintRequest{Reply: "Ok"})
	assert.Equal(t, "<request>", a.Path, "a short reply is linted")
}

// A wall of shouting gives at most MaxFindingsPerRule findings of a rule;
// the others are counted, and the score counts them all.
func TestFindingsAreCollapsedPerRule(t *testing.T) {
	h := newHandler(t, Options{})
	tests := []struct {
		name, reply string
		rule        string
		collapsed   bool
	}{
		{"Dutch shouting", strings.Repeat("NIET!! ", 300) + "^Anne, webcare", "emotional", true},
		{"English shouting", strings.Repeat("NEVER!! ", 300) + "^Anne, support lead", "emotional", true},
		{"a few, all shown", strings.Repeat("NIET!! ", 3) + "^Anne, webcare", "emotional", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			full := lint.Lint(tone.Input{Text: tt.reply}, lint.DefaultConfig())
			all := 0
			for _, f := range full.Findings {
				if f.Rule == tt.rule {
					all++
				}
			}
			a := postLint(t, h, LintRequest{Reply: tt.reply})
			shown := 0
			for _, f := range a.Findings {
				if f.Rule == tt.rule {
					shown++
				}
			}
			assert.LessOrEqual(t, shown, MaxFindingsPerRule)
			assert.Equal(t, full.Score.Total, a.Score.Total, "the score counts every finding")
			if !tt.collapsed {
				assert.Equal(t, all, shown)
				assert.Empty(t, a.Collapsed)
				return
			}
			require.Greater(t, all, MaxFindingsPerRule)
			assert.Equal(t, MaxFindingsPerRule, shown)
			assert.Contains(t, a.Collapsed, collapsedInfo{Rule: tt.rule, Count: all - shown})
			assert.LessOrEqual(t, len(a.Score.Reasons), len(a.Findings)+MaxFindingsPerRule)
		})
	}
}

// Only one request with long texts is worked on at a time; short ones
// are not held up by it.
func TestHeavyRequestsTakeTurns(t *testing.T) {
	s, err := newServer(Options{Addr: testAddr, Dir: t.TempDir()})
	require.NoError(t, err)
	s.timeout = 50 * time.Millisecond
	s.heavy <- struct{}{} // a heavy request at work
	long := strings.Repeat("Wat vervelend dat je pakket niet is aangekomen. ", HeavyBytes/40)
	rec := do(t, s.handler(), "POST", "/api/lint", jsonBody(t, LintRequest{Reply: long}))
	errorOf(t, rec, http.StatusServiceUnavailable) // busy, or too long waiting
	rec = do(t, s.handler(), "POST", "/api/lint", jsonBody(t, LintRequest{Reply: "Ok ^Anne"}))
	assert.Equal(t, http.StatusOK, rec.Code, "a short reply does not wait for it")
	<-s.heavy
	s.timeout = time.Minute
	rec = do(t, s.handler(), "POST", "/api/lint", jsonBody(t, LintRequest{Reply: long}))
	assert.Equal(t, http.StatusOK, rec.Code, "the long reply's turn")
	assert.Empty(t, s.heavy, "the slot is given back")
	assert.Empty(t, s.work)
}

// A body that does not arrive within the server's ReadTimeout is answered
// with the JSON error shape, not an empty 503.
func TestSlowBodyGetsAJSONError(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	s, err := newServer(Options{Addr: ln.Addr().String(), Dir: t.TempDir()})
	require.NoError(t, err)
	srv := NewServer(s.handler(), nil)
	srv.ReadTimeout = 200 * time.Millisecond
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Shutdown(context.Background()) })
	c, err := net.Dial("tcp", ln.Addr().String())
	require.NoError(t, err)
	defer c.Close()
	// Half a body, and then nothing.
	fmt.Fprintf(c, "POST /api/lint HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"reply\":", ln.Addr())
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	assert.Equal(t, http.StatusRequestTimeout, resp.StatusCode, string(body))
	assert.Equal(t, "application/json; charset=utf-8", resp.Header.Get("Content-Type"))
	var e apiError
	require.NoError(t, json.Unmarshal(body, &e), string(body))
	assert.Contains(t, e.Error, "did not arrive in time")
}

// The server says what it really listens on, and warns in the user's
// language when the page is reachable from the network.
func TestAnnounceSaysWhereThePageIsReached(t *testing.T) {
	tests := []struct {
		addr, lang    string
		line, warning []string // substrings; warning nil: no warning
	}{
		{"127.0.0.1:9001", "en", []string{"serving on http://127.0.0.1:9001/"}, nil},
		{"[::1]:9001", "nl", []string{"draait op http://[::1]:9001/"}, nil},
		{"0.0.0.0:9001", "en", []string{"every network interface", "0.0.0.0:9001", "http://127.0.0.1:9001/"},
			[]string{"reachable from the network", "port 9001", "--addr 127.0.0.1:9001"}},
		{"0.0.0.0:9001", "nl", []string{"alle netwerkinterfaces", "0.0.0.0:9001", "http://127.0.0.1:9001/"},
			[]string{"vanaf het netwerk bereikbaar", "poort 9001", "--addr 127.0.0.1:9001"}},
		{"[::]:9001", "en", []string{"every network interface", "[::]:9001"}, []string{"reachable from the network"}},
		{"192.168.1.20:9001", "nl", []string{"draait op http://192.168.1.20:9001/"}, []string{"vanaf het netwerk bereikbaar"}},
	}
	for _, tt := range tests {
		t.Run(tt.addr+" "+tt.lang, func(t *testing.T) {
			line, warning := Announce(tt.addr, tt.lang)
			for _, s := range tt.line {
				assert.Contains(t, line, s)
			}
			if tt.warning == nil {
				assert.Empty(t, warning)
			}
			for _, s := range tt.warning {
				assert.Contains(t, warning, s)
			}
			other := "serving"
			if tt.lang == "en" {
				other = "draait"
			}
			assert.NotContains(t, line+warning, other, "one language only")
		})
	}
}

func TestUserLangFollowsTheLocale(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	assert.Equal(t, "nl", UserLang(env("LANG", "nl_NL.UTF-8")))
	assert.Equal(t, "nl", UserLang(env("LANG", "en_US.UTF-8", "LC_MESSAGES", "nl_BE.UTF-8")))
	assert.Equal(t, "en", UserLang(env("LANG", "nl_NL.UTF-8", "LC_ALL", "C")))
	assert.Equal(t, "en", UserLang(env()))
}
