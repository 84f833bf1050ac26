package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/internal/report"
	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/reply"
	"github.com/replylint/replylint/tone"
)

const testAddr = "127.0.0.1:8080"

// newHandler returns the handler bound to testAddr, with the config looked
// for from an empty directory unless opts say otherwise.
func newHandler(t *testing.T, opts Options) http.Handler {
	t.Helper()
	if opts.Addr == "" {
		opts.Addr = testAddr
	}
	if opts.Dir == "" && opts.ConfigPath == "" {
		opts.Dir = t.TempDir()
	}
	h, err := New(opts)
	require.NoError(t, err)
	return h
}

// do sends a request to h as a browser on testAddr would, with extra
// headers as name, value pairs ("Host" sets the Host).
func do(t *testing.T, h http.Handler, method, path, body string, headers ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	req.Host = testAddr
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(headers); i += 2 {
		if headers[i] == "Host" {
			req.Host = headers[i+1]
		} else {
			req.Header.Set(headers[i], headers[i+1])
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func jsonBody(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

// errorOf checks that an answer is a JSON error with a status and returns
// its message.
func errorOf(t *testing.T, rec *httptest.ResponseRecorder, status int) string {
	t.Helper()
	require.Equal(t, status, rec.Code, rec.Body.String())
	assert.Equal(t, "application/json; charset=utf-8", rec.Header().Get("Content-Type"))
	var e map[string]any
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &e), rec.Body.String())
	require.Len(t, e, 1, "an error answer has only \"error\": %s", rec.Body.String())
	msg, ok := e["error"].(string)
	require.True(t, ok, rec.Body.String())
	require.NotEmpty(t, msg)
	return msg
}

// lintAnswer is /api/lint's answer as a client reads it.
type lintAnswer struct {
	Path            string          `json:"path"`
	Lang            string          `json:"lang"`
	Score           lint.Scorecard  `json:"score"`
	Findings        []finding       `json:"findings"`
	Address         string          `json:"address"`
	CustomerAddress string          `json:"customer_address"`
	SignOff         signOffInfo     `json:"signoff"`
	Fixes           []fixInfo       `json:"fixes"`
	Collapsed       []collapsedInfo `json:"collapsed"`
	ConfigError     string          `json:"config_error"`
}

func postLint(t *testing.T, h http.Handler, req LintRequest) lintAnswer {
	t.Helper()
	rec := do(t, h, "POST", "/api/lint", jsonBody(t, req))
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	var a lintAnswer
	dec := json.NewDecoder(rec.Body)
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&a))
	return a
}

// finding is a finding as a client reads it: lint.Finding's severity has
// no decoder.
type finding struct {
	Rule        string   `json:"rule"`
	Severity    string   `json:"severity"`
	Message     string   `json:"message"`
	Line        int      `json:"line"`
	Column      int      `json:"column"`
	EndLine     int      `json:"end_line"`
	EndColumn   int      `json:"end_column"`
	Offset      int      `json:"offset"`
	EndOffset   int      `json:"end_offset"`
	Suggestions []string `json:"suggestions"`
}

func rules(fs []finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule+"@"+f.Severity)
	}
	return out
}

func lintRules(fs []lint.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule+"@"+f.Severity.String())
	}
	return out
}

func TestLintAnswersTheJSONFormatsFileObject(t *testing.T) {
	h := newHandler(t, Options{})
	text := "Hoi, misschien is je pakket NIET morgen binnen!!"
	for _, path := range []string{"/api/lint", "/api/score"} {
		t.Run(path, func(t *testing.T) {
			rec := do(t, h, "POST", path, jsonBody(t, LintRequest{Reply: text}))
			require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
			assert.Equal(t, "application/json; charset=utf-8", rec.Header().Get("Content-Type"))
			assert.Equal(t, "no-store", rec.Header().Get("Cache-Control"))

			// The answer starts with the CLI's file object, byte for byte.
			in := tone.Input{Text: text}
			want := report.Marshal(report.Document(defaultPath, &input.Document{Input: in}, lint.Lint(in, nil)).JSON(), "", "")
			got := rec.Body.Bytes()
			require.True(t, bytes.HasPrefix(got, want[:len(want)-1]), "answer:\n%s\nwant prefix:\n%s", got, want)

			var a lintAnswer
			require.NoError(t, json.Unmarshal(got, &a))
			assert.Equal(t, "<request>", a.Path)
			assert.Equal(t, "nl", a.Lang)
			assert.Equal(t, []string{"hedging@warning", "emotional@warning", "emotional@warning", "signature@warning"}, rules(a.Findings))
			assert.Equal(t, "misschien", text[a.Findings[0].Offset:a.Findings[0].EndOffset])
			assert.Less(t, a.Score.Total, 90)
			assert.Equal(t, "je", a.Address)
			assert.False(t, a.SignOff.Found)
			assert.Equal(t, []fixInfo{
				{Finding: 1, Offset: 28, EndOffset: 32, NewText: "niet"},
				{Finding: 2, Offset: 46, EndOffset: 48, NewText: "!"},
			}, a.Fixes)
			assert.Equal(t, "NIET", text[28:32])
		})
	}
}

func TestLintContext(t *testing.T) {
	h := newHandler(t, Options{})
	complaint := "Mijn pakket is al een week onderweg. Belachelijk, kunt u dat uitleggen?"

	t.Run("the customer's message turns on the context rules", func(t *testing.T) {
		a := postLint(t, h, LintRequest{Reply: "Hoi, je pakket komt eraan.\n^EK", InReplyTo: complaint})
		assert.Contains(t, rules(a.Findings), "apology-missing@warning")
		assert.Equal(t, "u", a.CustomerAddress)
		assert.Equal(t, "je", a.Address)
		assert.Equal(t, signOffInfo{Found: true, Text: "^EK", Name: "EK", Offset: 27, EndOffset: 30}, a.SignOff)
	})
	t.Run("without it they stay silent", func(t *testing.T) {
		a := postLint(t, h, LintRequest{Reply: "Hoi, je pakket komt eraan.\n^EK"})
		assert.NotContains(t, rules(a.Findings), "apology-missing@warning")
		assert.Empty(t, a.CustomerAddress)
	})
	t.Run("a private channel needs no sign-off", func(t *testing.T) {
		a := postLint(t, h, LintRequest{Reply: "Hoi, je pakket komt morgen.", Channel: "private"})
		assert.NotContains(t, rules(a.Findings), "signature@warning")
	})
	t.Run("lang fixes the language", func(t *testing.T) {
		a := postLint(t, h, LintRequest{Reply: "Maybe your parcel arrives tomorrow.", Lang: "en", Path: "x.txt"})
		assert.Equal(t, "en", a.Lang)
		assert.Equal(t, "x.txt", a.Path)
		assert.Contains(t, rules(a.Findings), "hedging@warning")
	})
	t.Run("lists in the answer are never null", func(t *testing.T) {
		a := postLint(t, h, LintRequest{Reply: "Ok"})
		assert.NotNil(t, a.Findings)
		assert.NotNil(t, a.Fixes)
		assert.NotNil(t, a.Collapsed)
	})
	t.Run("offsets are bytes of the reply", func(t *testing.T) {
		text := "😀 Wellicht komt het goed."
		a := postLint(t, h, LintRequest{Reply: text})
		require.NotEmpty(t, a.Findings)
		assert.Equal(t, "Wellicht", text[a.Findings[0].Offset:a.Findings[0].EndOffset])
		assert.Equal(t, 3, a.Findings[0].Column)
	})
}

func TestBadRequests(t *testing.T) {
	h := newHandler(t, Options{MaxBodyBytes: 4096})
	big := jsonBody(t, LintRequest{Reply: strings.Repeat("a", 5000)})
	tests := []struct {
		name, path, body, contentType string
		status                        int
		msg                           string
	}{
		{"invalid JSON", "/api/lint", `{"reply": "a",}`, "", 400, "invalid JSON at byte"},
		{"a cut-off body", "/api/lint", `{"reply": "a`, "", 400, "ends in the middle"},
		{"an empty body", "/api/lint", ``, "application/json", 400, "empty body"},
		{"two values", "/api/lint", `{"reply":"a"} {"reply":"b"}`, "", 400, "more than one JSON value"},
		{"an array", "/api/lint", `[{"reply":"a"}]`, "", 400, "the body is a JSON array"},
		{"a string", "/api/lint", `"misschien"`, "", 400, "the body is a JSON string"},
		{"a number for a string", "/api/lint", `{"reply": 42}`, "", 400, `field "reply": want a string, got a JSON number`},
		{"an unknown field", "/api/lint", `{"reply": "a", "in_reply": "b"}`, "", 400, `unknown field "in_reply" (known: channel, customer, in_reply_to, kind, lang, path, reply)`},
		{"an unknown lang", "/api/lint", `{"reply": "a", "lang": "de"}`, "", 400, `lang "de": want nl, en or auto`},
		{"an unknown channel", "/api/lint", `{"reply": "a", "channel": "fax"}`, "", 400, `channel "fax"`},
		{"an unknown kind", "/api/score", `{"reply": "a", "kind": "poem"}`, "", 400, `kind "poem"`},
		{"a form", "/api/lint", `reply=a`, "application/x-www-form-urlencoded", 415, "Content-Type: application/json"},
		{"plain text", "/api/lint", `{"reply":"a"}`, "text/plain", 415, "content type"},
		{"an oversize body", "/api/lint", big, "", 413, "request body over the limit of 4096 bytes"},
		{"an oversize triage", "/api/triage", `{"incoming":"` + strings.Repeat("a", 5000) + `"}`, "", 413, "over the limit"},
		{"triage without a message", "/api/triage", `{"incoming":"  "}`, "", 400, "incoming is empty"},
		{"triage with a bad time", "/api/triage", `{"incoming":"hoi","time":"gisteren"}`, "", 400, "invalid"},
		{"triage with a wrong field", "/api/triage", `{"reply":"hoi"}`, "", 400, `unknown field "reply"`},
		{"draft without a message", "/api/draft", `{"agent":"Anne"}`, "", 400, "incoming is empty"},
		{"draft with a bad seed", "/api/draft", `{"incoming":"hoi","seed":-1}`, "", 400, `field "seed": want a number`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			headers := []string{}
			if tt.contentType != "" {
				headers = append(headers, "Content-Type", tt.contentType)
			}
			msg := errorOf(t, do(t, h, "POST", tt.path, tt.body, headers...), tt.status)
			assert.Contains(t, msg, tt.msg)
		})
	}
}

func TestReplyOverMaxReplyBytes(t *testing.T) {
	h := newHandler(t, Options{Dir: "testdata/team"}) // max_reply_bytes: 2000
	msg := errorOf(t, do(t, h, "POST", "/api/lint", jsonBody(t, LintRequest{Reply: strings.Repeat("a ", 1001)})), 413)
	assert.Equal(t, "reply of 2002 bytes is larger than max_reply_bytes (2000); not linted", msg, "the CLI's words")
	msg = errorOf(t, do(t, h, "POST", "/api/lint", jsonBody(t, LintRequest{Reply: "a", InReplyTo: strings.Repeat("a ", 1001)})), 413)
	assert.Equal(t, "in_reply_to of 2002 bytes is larger than max_reply_bytes (2000); not read", msg)
}

// The page refuses what the CLI and the language server refuse
// (drive.CheckText), with the same words.
func TestRequestTextsAreCheckedAsTheCLIChecksThem(t *testing.T) {
	h := newHandler(t, Options{})
	tests := []struct {
		name   string
		req    LintRequest
		status int
		msg    string // "" is linted
	}{
		{"Dutch reply with a NUL", LintRequest{Reply: "@user Je pakket\x00 komt morgen. ^Anne"}, 400, "reply holds a NUL character; not linted"},
		{"English reply with a NUL", LintRequest{Reply: "@user Your parcel\x00 arrives tomorrow. ^Anne"}, 400, "reply holds a NUL character; not linted"},
		{"a NUL in the customer's message", LintRequest{Reply: "@user Sorry! ^Anne", InReplyTo: "Waar\x00 is het?"}, 400, "in_reply_to holds a NUL character; not read"},
		{"Dutch near miss: a zero digit is text", LintRequest{Reply: "@user Bel 0800-0000. ^Anne"}, 0, ""},
		{"English near miss: a blank customer's message is no message", LintRequest{Reply: "@user Sorry! ^Anne", InReplyTo: "  "}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, "POST", "/api/lint", jsonBody(t, tt.req))
			if tt.msg == "" {
				assert.Equal(t, 200, rec.Code, rec.Body.String())
				return
			}
			assert.Equal(t, tt.msg, errorOf(t, rec, tt.status))
		})
	}
}

func TestMethodsAndPaths(t *testing.T) {
	h := newHandler(t, Options{})
	tests := []struct {
		method, path string
		status       int
		allow, msg   string
	}{
		{"GET", "/api/lint", 405, "POST", "method GET is not allowed on /api/lint; use POST"},
		{"PUT", "/api/score", 405, "POST", "use POST"},
		{"GET", "/api/triage", 405, "POST", "use POST"},
		{"DELETE", "/api/draft", 405, "POST", "use POST"},
		{"POST", "/api/rules", 405, "GET, HEAD", "use GET"},
		{"POST", "/healthz", 405, "GET, HEAD", "use GET"},
		{"POST", "/", 405, "GET, HEAD", "use GET"},
		{"OPTIONS", "/api/lint", 405, "POST", "method OPTIONS"},
		{"GET", "/api/nothing", 404, "", "no API endpoint /api/nothing"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			rec := do(t, h, tt.method, tt.path, "")
			assert.Contains(t, errorOf(t, rec, tt.status), tt.msg)
			assert.Equal(t, tt.allow, rec.Header().Get("Allow"))
		})
	}
	t.Run("HEAD /healthz", func(t *testing.T) {
		rec := do(t, h, "HEAD", "/healthz", "")
		assert.Equal(t, http.StatusOK, rec.Code)
	})
	t.Run("GET /healthz", func(t *testing.T) {
		rec := do(t, h, "GET", "/healthz", "")
		assert.Equal(t, http.StatusOK, rec.Code)
		assert.JSONEq(t, `{"status":"ok"}`, rec.Body.String())
	})
}

func TestPage(t *testing.T) {
	h := newHandler(t, Options{})
	for _, tt := range []struct{ path, contentType, contains string }{
		{"/", "text/html; charset=utf-8", `<textarea id="draft"`},
		{"/index.html", "text/html; charset=utf-8", `<script src="/app.js" defer></script>`},
		{"/app.js", "text/javascript; charset=utf-8", "/api/lint"},
		{"/app.css", "text/css; charset=utf-8", ".backdrop"},
		{"/icon.svg", "image/svg+xml", "<svg"},
	} {
		t.Run(tt.path, func(t *testing.T) {
			rec := do(t, h, "GET", tt.path, "")
			require.Equal(t, http.StatusOK, rec.Code)
			assert.Equal(t, tt.contentType, rec.Header().Get("Content-Type"))
			assert.Contains(t, rec.Body.String(), tt.contains)
			assert.Equal(t, contentSecurityPolicy, rec.Header().Get("Content-Security-Policy"))
			assert.Equal(t, "nosniff", rec.Header().Get("X-Content-Type-Options"))
			assert.Equal(t, "DENY", rec.Header().Get("X-Frame-Options"))
		})
	}
	t.Run("nothing else is served", func(t *testing.T) {
		for _, p := range []string{"/static/", "/nope.html", "/../serve.go", "/%2e%2e/serve.go", "/serve.go"} {
			assert.Equal(t, http.StatusNotFound, do(t, h, "GET", p, "").Code, p)
		}
	})
	t.Run("the page loads nothing from elsewhere", func(t *testing.T) {
		for _, name := range []string{"index.html", "app.js", "app.css", "icon.svg"} {
			data, err := staticFS.ReadFile("static/" + name)
			require.NoError(t, err)
			for _, bad := range []string{"http://", "https://", "//fonts", "@import", "cdn"} {
				s := strings.ReplaceAll(string(data), "http://www.w3.org/2000/svg", "")
				assert.NotContains(t, s, bad, name)
			}
		}
	})
}

func TestHostCheck(t *testing.T) {
	tests := []struct {
		bound, host string
		allowHosts  []string
		ok          bool
	}{
		{"127.0.0.1:8080", "127.0.0.1:8080", nil, true},
		{"127.0.0.1:8080", "localhost:8080", nil, true},
		{"127.0.0.1:8080", "LOCALHOST:8080", nil, true},
		{"127.0.0.1:8080", "[::1]:8080", nil, true},
		{"127.0.0.1:8080", "evil.example:8080", nil, false},
		{"127.0.0.1:8080", "127.0.0.1.evil.example:8080", nil, false},
		{"127.0.0.1:8080", "127.0.0.1:9090", nil, false},
		{"127.0.0.1:8080", "127.0.0.1", nil, false},
		{"127.0.0.1:8080", "", nil, false},
		{"127.0.0.1:8080", "192.168.1.5:8080", nil, false},
		{"127.0.0.1:80", "localhost", nil, true},
		{"localhost:8080", "127.0.0.1:8080", nil, true},
		{"[::1]:8080", "[::1]:8080", nil, true},
		{"0.0.0.0:8080", "192.168.1.5:8080", nil, true},
		{":8080", "[fe80::1]:8080", nil, true},
		{":8080", "evil.example:8080", nil, false},
		{":8080", "mybox:8080", []string{"mybox"}, true},
		{"192.168.1.5:8080", "192.168.1.5:8080", nil, true},
		{"192.168.1.5:8080", "127.0.0.1:8080", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.bound+" "+tt.host, func(t *testing.T) {
			h := newHandler(t, Options{Addr: tt.bound, AllowHosts: tt.allowHosts})
			rec := do(t, h, "GET", "/healthz", "", "Host", tt.host)
			if tt.ok {
				assert.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
				return
			}
			assert.Contains(t, errorOf(t, rec, http.StatusForbidden), "is not the address this server is bound to")
			// The page is refused too: a rebound name must not read it.
			assert.Equal(t, http.StatusForbidden, do(t, h, "GET", "/", "", "Host", tt.host).Code)
		})
	}
}

func TestOriginCheck(t *testing.T) {
	body := jsonBody(t, LintRequest{Reply: "Hoi"})
	tests := []struct {
		name, origin string
		allow        []string
		ok, cors     bool
	}{
		{"no origin: curl and other tools", "", nil, true, false},
		{"the page itself", "http://127.0.0.1:8080", nil, true, false},
		{"the page by localhost", "http://localhost:8080", nil, true, false},
		{"another site", "https://evil.example", nil, false, false},
		{"another port", "http://127.0.0.1:3000", nil, false, false},
		{"https on our port", "https://127.0.0.1:8080", nil, false, false},
		{"a sandboxed frame", "null", nil, false, false},
		{"an allowed origin", "http://localhost:3000", []string{"http://localhost:3000"}, true, true},
		{"an allowed origin, written differently", "http://LOCALHOST:3000", []string{"http://localhost:3000/"}, true, true},
		{"not the allowed one", "http://localhost:3001", []string{"http://localhost:3000"}, false, false},
		{"any origin", "https://tool.example", []string{"*"}, true, true},
		{"any origin but null", "null", []string{"*"}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHandler(t, Options{AllowOrigins: tt.allow})
			var hdr []string
			if tt.origin != "" {
				hdr = []string{"Origin", tt.origin}
			}
			rec := do(t, h, "POST", "/api/lint", body, hdr...)
			if !tt.ok {
				assert.Contains(t, errorOf(t, rec, http.StatusForbidden), "may not use this server")
				assert.Empty(t, rec.Header().Get("Access-Control-Allow-Origin"))
				return
			}
			require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
			if tt.cors {
				assert.Equal(t, tt.origin, rec.Header().Get("Access-Control-Allow-Origin"))
			} else {
				assert.Empty(t, rec.Header().Get("Access-Control-Allow-Origin"))
			}
		})
	}
	t.Run("preflight", func(t *testing.T) {
		h := newHandler(t, Options{AllowOrigins: []string{"http://localhost:3000"}})
		rec := do(t, h, "OPTIONS", "/api/lint", "", "Origin", "http://localhost:3000",
			"Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type")
		assert.Equal(t, http.StatusNoContent, rec.Code)
		assert.Equal(t, "http://localhost:3000", rec.Header().Get("Access-Control-Allow-Origin"))
		assert.Equal(t, "GET, POST", rec.Header().Get("Access-Control-Allow-Methods"))
		assert.Equal(t, "Content-Type", rec.Header().Get("Access-Control-Allow-Headers"))

		rec = do(t, h, "OPTIONS", "/api/lint", "", "Origin", "https://evil.example", "Access-Control-Request-Method", "POST")
		errorOf(t, rec, http.StatusForbidden)
	})
}

func TestNewRefusesBadOptions(t *testing.T) {
	for _, tt := range []struct {
		name string
		opts Options
		msg  string
	}{
		{"no port", Options{Addr: "127.0.0.1"}, "missing port"},
		{"port 0", Options{Addr: "127.0.0.1:0"}, "want the port"},
		{"a bad origin", Options{AllowOrigins: []string{"localhost:3000"}}, "want scheme://host[:port]"},
		{"an origin with a path", Options{AllowOrigins: []string{"http://localhost:3000/app"}}, "want scheme://host[:port]"},
		{"a missing config", Options{ConfigPath: "testdata/nope.yaml"}, "nope.yaml"},
		{"a broken config", Options{ConfigPath: "testdata/broken.replylint.yaml"}, "broken.replylint.yaml:2"},
		{"a missing matrix", Options{MatrixPath: "testdata/nope.yaml"}, "nope.yaml"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.opts)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
}

func TestTriage(t *testing.T) {
	at := time.Date(2025, 5, 1, 14, 30, 0, 0, time.FixedZone("CEST", 2*3600))
	msg := reply.Incoming{Text: "Ik ga naar de krant! Jullie hebben mijn gegevens gelekt, dit is een datalek.", Time: at}

	t.Run("the built-in matrix", func(t *testing.T) {
		h := newHandler(t, Options{})
		rec := do(t, h, "POST", "/api/triage", jsonBody(t, msg))
		require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
		var d reply.Decision
		require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &d))
		want := reply.TriageMessage(msg, nil)
		assert.Equal(t, want.Priority, d.Priority)
		assert.Equal(t, want.Owner, d.Owner)
		assert.NotEmpty(t, d.Owner.Email)
		assert.NotEmpty(t, d.Owner.Phone)
		assert.True(t, d.Deadline.Equal(at.Add(time.Duration(want.RespondWithin))), d.Deadline)
		assert.NotEmpty(t, d.Advice)
		assert.Equal(t, "nl", d.Lang)
	})
	t.Run("the team's matrix, found from the directory", func(t *testing.T) {
		h := newHandler(t, Options{Dir: "testdata/team"})
		rec := do(t, h, "POST", "/api/triage", `{"incoming":"Ik ga naar de krant, dit is een datalek!","time":"2025-05-01T14:30:00+02:00"}`)
		require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
		var d reply.Decision
		require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &d))
		assert.Equal(t, "urgent", d.Priority)
		assert.Equal(t, reply.Owner{Name: "Woordvoerder", Department: "Communicatie", Email: "pers@example.nl", Phone: "088 123 45 21"}, d.Owner)
		assert.Equal(t, "2025-05-01T14:50:00+02:00", d.Deadline.Format(time.RFC3339))
		assert.True(t, d.Hold)
	})
	t.Run("metadata counts", func(t *testing.T) {
		h := newHandler(t, Options{})
		rec := do(t, h, "POST", "/api/triage", `{"incoming":"Wat een slechte service, al drie weken geen internet.","meta":{"followers":250000,"verified":true}}`)
		require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
		assert.Contains(t, rec.Body.String(), `"kind":"influence"`)
	})
}

func TestDraft(t *testing.T) {
	h := newHandler(t, Options{})
	req := DraftRequest{Incoming: "Mijn pakket is al een week onderweg. Belachelijk!", Agent: "Anne", Role: "webcare"}
	rec := do(t, h, "POST", "/api/draft", jsonBody(t, req))
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	var d reply.Reply
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &d))
	assert.Equal(t, reply.Draft(tone.Input{Incoming: req.Incoming}, reply.Profile{Agent: "Anne", Role: "webcare"}).Text, d.Text)
	assert.Contains(t, d.Text, "Anne (webcare)")
	assert.Equal(t, "nl", d.Lang)
	require.NotEmpty(t, d.Placeholders)
	for _, p := range d.Placeholders {
		assert.Equal(t, p.Text, d.Text[p.Start:p.End])
	}
	// The only findings are the open slots: the agent fills them in.
	require.Len(t, d.Findings, len(d.Placeholders))
	for i, f := range d.Findings {
		assert.Equal(t, "placeholder", f.Rule)
		assert.Equal(t, d.Placeholders[i].Start, f.Offset)
	}

	t.Run("a holding message needs no message", func(t *testing.T) {
		rec := do(t, h, "POST", "/api/draft", `{"kind":"holding","agent":"Anne","role":"webcare","lang":"nl"}`)
		require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
		assert.Contains(t, rec.Body.String(), `"kind":"holding"`)
	})
	t.Run("a statement names the brand", func(t *testing.T) {
		rec := do(t, h, "POST", "/api/draft", `{"kind":"statement","agent":"Anne","role":"woordvoerder","brand":"Pakketpost","lang":"nl"}`)
		require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
		assert.Contains(t, rec.Body.String(), "Pakketpost")
	})
	t.Run("a statement from facts", func(t *testing.T) {
		facts := `{"brand":"Betaalbaar","incident":"de storing bij het pinnen","situation":"Klanten konden vanochtend niet pinnen",` +
			`"cause":"een fout in een update","at_fault":true,"actions":["We hebben de update teruggedraaid"],` +
			`"when":"Pinnen werkt weer sinds 11:40","info_page":"https://example.nl/storing","spokesperson":"Marieke Jansen","role":"woordvoerder"}`
		rec := do(t, h, "POST", "/api/draft", `{"kind":"statement","lang":"nl","facts":`+facts+`}`)
		require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
		assert.Contains(t, rec.Body.String(), `"kind":"statement"`)
		assert.Contains(t, rec.Body.String(), `"placeholders":[]`)
		assert.Contains(t, rec.Body.String(), `"clean":true`)
		rec = do(t, h, "POST", "/api/draft", `{"kind":"statement","lang":"nl","facts":{"incident":"de storing"}}`)
		require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
		assert.Contains(t, rec.Body.String(), `"kind":"holding"`)
		assert.Contains(t, rec.Body.String(), `"missing":["situation"`)
	})
	t.Run("the config's address policy", func(t *testing.T) {
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(dir, ".replylint.yaml"), []byte("address: u\n"), 0o644))
		h := newHandler(t, Options{Dir: dir})
		rec := do(t, h, "POST", "/api/draft", jsonBody(t, DraftRequest{Incoming: "Waar blijft mijn pakket? Je zou het gisteren sturen.", Agent: "Anne"}))
		require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
		assert.Contains(t, rec.Body.String(), `"address":"u"`)
	})
}

func TestRulesShowTheTeamsEffectiveSeverity(t *testing.T) {
	tests := []struct {
		name string
		dir  string
		// effective is the severity expected per rule; rules not named
		// keep their default.
		effective map[string]string
	}{
		{"no team config: the defaults", t.TempDir(), nil},
		{"the team's config: hedging raised, mirror off", "testdata/team", map[string]string{"hedging": "error", "mirror": "off"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHandler(t, Options{Dir: tt.dir})
			rec := do(t, h, "GET", "/api/rules", "")
			require.Equal(t, http.StatusOK, rec.Code)
			var got struct {
				Rules []struct {
					ID            string `json:"id"`
					Severity      string `json:"severity"`
					Effective     string `json:"effective"`
					NeedsIncoming bool   `json:"needs_incoming"`
					Doc           string `json:"doc"`
				} `json:"rules"`
			}
			require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &got))
			require.Len(t, got.Rules, len(lint.Rules()))
			for i, r := range lint.Rules() {
				assert.Equal(t, r.ID, got.Rules[i].ID)
				assert.Equal(t, r.Doc, got.Rules[i].Doc)
				assert.Equal(t, r.NeedsIncoming, got.Rules[i].NeedsIncoming)
				assert.Equal(t, r.Severity.String(), got.Rules[i].Severity, "severity stays the default")
				want, ok := tt.effective[r.ID]
				if !ok {
					want = r.Severity.String()
				}
				assert.Equal(t, want, got.Rules[i].Effective, r.ID)
			}
		})
	}
}

func TestConfig(t *testing.T) {
	t.Run("found from the directory, as the CLI finds it", func(t *testing.T) {
		h := newHandler(t, Options{Dir: "testdata/team"})
		a := postLint(t, h, LintRequest{Reply: "Misschien komt het morgen.\n^EK (webcare)"})
		assert.Equal(t, []string{"hedging@error"}, rules(a.Findings))
	})
	t.Run("a directory named like the config is an error, not skipped", func(t *testing.T) {
		dir := t.TempDir()
		require.NoError(t, os.Mkdir(filepath.Join(dir, ".replylint.yaml"), 0o755))
		_, err := New(Options{Dir: dir})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "is a directory, not a config file")
	})
	t.Run("a given path", func(t *testing.T) {
		h := newHandler(t, Options{ConfigPath: "testdata/team/.replylint.yaml", Dir: t.TempDir()})
		a := postLint(t, h, LintRequest{Reply: "Misschien komt het morgen.\n^EK (webcare)"})
		assert.Equal(t, []string{"hedging@error"}, rules(a.Findings))
	})
	t.Run("read again when it changes; a broken one leaves the last in force", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, ".replylint.yaml")
		write := func(s string, age time.Duration) {
			require.NoError(t, os.WriteFile(path, []byte(s), 0o644))
			when := time.Now().Add(age)
			require.NoError(t, os.Chtimes(path, when, when))
		}
		write("rules: {hedging: off}\n", -time.Hour)
		h := newHandler(t, Options{Dir: dir})
		req := LintRequest{Reply: "Misschien komt het morgen.\n^EK (webcare)"}
		assert.Empty(t, postLint(t, h, req).Findings)

		write("rules: {hedging: info}\n", -time.Minute)
		a := postLint(t, h, req)
		assert.Equal(t, []string{"hedging@info"}, rules(a.Findings))
		assert.Empty(t, a.ConfigError)

		write("rules: {hedging: loud}\n", 0)
		a = postLint(t, h, req)
		assert.Equal(t, []string{"hedging@info"}, rules(a.Findings), "the last good config stays in force")
		assert.Contains(t, a.ConfigError, ".replylint.yaml:1")

		require.NoError(t, os.Remove(path))
		a = postLint(t, h, req)
		assert.Equal(t, []string{"hedging@warning"}, rules(a.Findings), "no config file: the defaults")
		assert.Empty(t, a.ConfigError)
	})
}

func TestConcurrentRequests(t *testing.T) {
	h := newHandler(t, Options{})
	texts := []string{
		"Misschien komt je pakket morgen.",
		"Dat is NIET onze schuld!! Zoals eerder aangegeven.\n^EK",
		"Wat balen dat je pakket na een week nog niet binnen is. Sorry! We sturen vandaag een nieuw pakket.\nGroet, Anne (webcare)",
		"Stuur je adres en telefoonnummer maar hier, dan kijken we ernaar.",
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for i := range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			text := texts[i%len(texts)]
			req := httptest.NewRequest("POST", "/api/lint", strings.NewReader(jsonBody(t, LintRequest{Reply: text})))
			req.Host = testAddr
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			var a lintAnswer
			if err := json.Unmarshal(rec.Body.Bytes(), &a); err != nil || rec.Code != 200 {
				errs <- fmt.Sprintf("%d %v %s", rec.Code, err, rec.Body)
				return
			}
			want := lint.Lint(tone.Input{Text: text}, nil)
			if fmt.Sprint(rules(a.Findings)) != fmt.Sprint(lintRules(want.Findings)) || a.Score.Total != want.Score.Total {
				errs <- fmt.Sprintf("%q: got %v, want %v", text, rules(a.Findings), lintRules(want.Findings))
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestServe(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, Options{Dir: t.TempDir()}) }()

	url := URL(ln.Addr().String())
	resp, err := http.Post(url+"api/lint", "application/json", strings.NewReader(`{"reply":"Misschien."}`))
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	assert.Contains(t, string(body), `"rule":"hedging"`)

	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(ShutdownTimeout + time.Second):
		t.Fatal("Serve did not return after its context ended")
	}
	_, err = http.Get(url + "healthz")
	assert.Error(t, err, "the listener is closed")
}

func TestListenAndServeErrors(t *testing.T) {
	err := ListenAndServe(context.Background(), "127.0.0.1", Options{})
	assert.ErrorContains(t, err, "missing port")

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	err = ListenAndServe(context.Background(), ln.Addr().String(), Options{})
	assert.ErrorContains(t, err, "address already in use")
}

// TestListenAcceptsItsHostName: bound by a host name ("localhost:0"),
// the server answers requests that name it; Ready gets the URL once the
// config is loaded.
func TestListenAcceptsItsHostName(t *testing.T) {
	opts := Options{Dir: t.TempDir()}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ln, err := Listen(ctx, "localhost:0", &opts)
	require.NoError(t, err)
	assert.Equal(t, []string{"localhost"}, opts.AllowHosts)
	ready := make(chan string, 1)
	opts.Ready = func(url string) { ready <- url }
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, opts) }()
	url := <-ready
	_, port, err := net.SplitHostPort(ln.Addr().String())
	require.NoError(t, err)
	resp, err := http.Get("http://localhost:" + port + "/healthz")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode, "a request for localhost:%s (Ready said %s)", port, url)
	cancel()
	require.NoError(t, <-done)
}

func TestNewServerTimeouts(t *testing.T) {
	srv := NewServer(http.NotFoundHandler(), nil)
	assert.Equal(t, ReadHeaderTimeout, srv.ReadHeaderTimeout)
	assert.Equal(t, ReadTimeout, srv.ReadTimeout)
	assert.Equal(t, WriteTimeout, srv.WriteTimeout)
	assert.Equal(t, IdleTimeout, srv.IdleTimeout)
	assert.NotZero(t, srv.MaxHeaderBytes)
}

func TestURL(t *testing.T) {
	assert.Equal(t, "http://127.0.0.1:8080/", URL("127.0.0.1:8080"))
	assert.Equal(t, "http://127.0.0.1:8080/", URL(":8080"))
	assert.Equal(t, "http://127.0.0.1:8080/", URL("[::]:8080"))
	assert.Equal(t, "http://[::1]:8080/", URL("[::1]:8080"))
	assert.Equal(t, "http://localhost:9000/", URL("localhost:9000"))
}

func TestSlowRequestsGetAJSONError(t *testing.T) {
	s, err := newServer(Options{Addr: testAddr, Dir: t.TempDir()})
	require.NoError(t, err)
	s.timeout = time.Millisecond
	text := strings.Repeat("Misschien komt je pakket morgen. Wat balen dat het zo lang duurt! ", 2000)
	rec := do(t, s.handler(), "POST", "/api/lint", jsonBody(t, LintRequest{Reply: text}))
	assert.Contains(t, errorOf(t, rec, http.StatusServiceUnavailable), "took too long")
	assert.Equal(t, "nosniff", rec.Header().Get("X-Content-Type-Options"))
}

func TestRequestLog(t *testing.T) {
	var log bytes.Buffer
	h := newHandler(t, Options{Logger: slog.New(slog.NewTextHandler(&log, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	do(t, h, "GET", "/healthz", "")
	do(t, h, "GET", "/healthz", "", "Host", "evil.example:8080")
	assert.Contains(t, log.String(), "msg=request method=GET path=/healthz status=200")
	assert.Contains(t, log.String(), `level=WARN msg="request refused" method=GET path=/healthz host=evil.example:8080`)
}

func TestBusyServerQueues(t *testing.T) {
	s, err := newServer(Options{Addr: testAddr, Dir: t.TempDir()})
	require.NoError(t, err)
	s.timeout = 50 * time.Millisecond
	for range cap(s.work) {
		s.work <- struct{}{} // every slot taken
	}
	rec := do(t, s.handler(), "POST", "/api/lint", jsonBody(t, LintRequest{Reply: "Hoi"}))
	assert.Equal(t, http.StatusServiceUnavailable, rec.Code)
	<-s.work
	// The wait for a slot was short to see the queue full; serving is
	// not timed, so a loaded machine cannot fail the request that follows.
	s.timeout = time.Minute
	rec = do(t, s.handler(), "POST", "/api/lint", jsonBody(t, LintRequest{Reply: "Hoi"}))
	assert.Equal(t, http.StatusOK, rec.Code, "a free slot serves again")
}
