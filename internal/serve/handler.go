package serve

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"path"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/replylint/replylint/internal/drive"
	"github.com/replylint/replylint/internal/report"
)

//go:embed static
var staticFS embed.FS

// contentSecurityPolicy lets the page load its own files only: no inline
// script, no other site, no frames.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// route is an API endpoint: the one method it takes and its handler.
type route struct {
	method string
	serve  http.Handler
}

// statusWriter records the status of an answer for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// handler builds the request pipeline: guard, then the API or the page.
func (s *server) handler() http.Handler {
	// The API's handlers answer within s.timeout, or with a JSON error;
	// the http.Server's WriteTimeout would only drop the connection.
	limit := s.withTimeout
	routes := map[string]route{
		"/api/lint":   {http.MethodPost, limit(s.handleLint)},
		"/api/score":  {http.MethodPost, limit(s.handleLint)},
		"/api/triage": {http.MethodPost, limit(s.handleTriage)},
		"/api/draft":  {http.MethodPost, limit(s.handleDraft)},
		"/api/rules":  {http.MethodGet, http.HandlerFunc(s.handleRules)},
		"/healthz":    {http.MethodGet, http.HandlerFunc(s.handleHealth)},
	}
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(err) // embedded at build time
	}
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		start := time.Now()
		w := &statusWriter{ResponseWriter: rw}
		defer func() {
			s.logger.Debug("request", "method", r.Method, "path", r.URL.Path, "status", w.status, "duration", time.Since(start))
		}()
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Add("Vary", "Origin")
		defer s.recoverPanic(w, r)

		status, msg, cors := s.guard.check(r)
		if status != 0 {
			s.logger.Warn("request refused", "method", r.Method, "path", r.URL.Path, "host", r.Host, "origin", r.Header.Get("Origin"), "status", status)
			writeError(w, status, msg)
			return
		}
		if cors {
			h.Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))
			if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
				h.Set("Access-Control-Allow-Methods", "GET, POST")
				h.Set("Access-Control-Allow-Headers", "Content-Type")
				h.Set("Access-Control-Max-Age", "600")
				w.WriteHeader(http.StatusNoContent)
				return
			}
		}
		if rt, ok := routes[r.URL.Path]; ok {
			h.Set("Cache-Control", "no-store")
			if r.Method != rt.method && !(rt.method == http.MethodGet && r.Method == http.MethodHead) {
				allow := rt.method
				if rt.method == http.MethodGet {
					allow += ", HEAD"
				}
				h.Set("Allow", allow)
				writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s is not allowed on %s; use %s", r.Method, r.URL.Path, rt.method))
				return
			}
			// Set here so that a timeout's answer is JSON too; the handler's
			// own headers replace these when it answers in time.
			h.Set("Content-Type", "application/json; charset=utf-8")
			rt.serve.ServeHTTP(w, r)
			return
		}
		if strings.HasPrefix(r.URL.Path, "/api/") {
			writeError(w, http.StatusNotFound, fmt.Sprintf("no API endpoint %s (see GET /api/rules, POST /api/lint, /api/score, /api/triage, /api/draft)", r.URL.Path))
			return
		}
		s.serveStatic(static, w, r)
	})
}

// recoverPanic turns a panic in a handler into a 500 answer and a log entry;
// the library does not panic on input, so this is a defect to report.
func (s *server) recoverPanic(w http.ResponseWriter, r *http.Request) {
	v := recover()
	if v == nil {
		return
	}
	if v == http.ErrAbortHandler {
		panic(v)
	}
	s.panicked(w, r, drive.Recovered(r.URL.Path, v))
}

// panicked logs a panic with its stack and answers 500.
func (s *server) panicked(w http.ResponseWriter, r *http.Request, pe *drive.PanicError) {
	s.logger.Error("panic in handler", "path", r.URL.Path, "panic", fmt.Sprint(pe.Value), "stack", string(pe.Stack))
	writeError(w, http.StatusInternalServerError, "internal error; see the server log")
}

// serveStatic serves the embedded page: "/" is index.html, other files by
// name. Directories are not listed.
func (s *server) serveStatic(files fs.FS, w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s is not allowed on %s; use GET", r.Method, r.URL.Path))
		return
	}
	name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
	if name == "" {
		name = "index.html"
	}
	data, err := fs.ReadFile(files, name)
	if err != nil {
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
}

// apiError is the body of every error answer.
type apiError struct {
	Error string `json:"error"`
}

// writeJSON writes v as the answer, without escaping <, > and &, which
// replies use.
func writeJSON(w http.ResponseWriter, status int, v any) {
	writeRawJSON(w, status, report.Marshal(v, "", ""))
}

func writeRawJSON(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(body)
	io.WriteString(w, "\n")
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, apiError{Error: msg})
}

// requestError is a request the server cannot handle, with the status to
// answer.
type requestError struct {
	status int
	msg    string
}

func (e *requestError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &requestError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// decode reads a request body of at most s.maxBody bytes into v: one JSON
// object with no unknown fields.
func (s *server) decode(w http.ResponseWriter, r *http.Request, v any) error {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
			return &requestError{http.StatusUnsupportedMediaType, fmt.Sprintf("content type %q: send a JSON object with Content-Type: application/json", ct)}
		}
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, s.maxBody))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		var rest json.RawMessage
		switch err = dec.Decode(&rest); {
		case err == io.EOF:
			return nil
		case err == nil:
			return badRequest("more than one JSON value in the body; send one object")
		}
	}
	return decodeError(err, v)
}

// decodeError turns a JSON decoding error into a message a person can act
// on.
func decodeError(err error, v any) error {
	var (
		maxErr    *http.MaxBytesError
		syntaxErr *json.SyntaxError
		typeErr   *json.UnmarshalTypeError
	)
	var netErr net.Error
	switch {
	case errors.As(err, &netErr) && netErr.Timeout():
		return &requestError{http.StatusRequestTimeout, msgCancelled}
	case errors.As(err, &maxErr):
		return &requestError{http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over the limit of %d bytes", maxErr.Limit)}
	case errors.Is(err, io.EOF):
		return badRequest("empty body: send a JSON object")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return badRequest("invalid JSON: the body ends in the middle of a value")
	case errors.As(err, &syntaxErr):
		return badRequest("invalid JSON at byte %d: %s", syntaxErr.Offset, strings.TrimPrefix(syntaxErr.Error(), "json: "))
	case errors.As(err, &typeErr):
		if typeErr.Field == "" {
			return badRequest("the body is a JSON %s; send a JSON object", typeErr.Value)
		}
		return badRequest("field %q: want %s, got a JSON %s", typeErr.Field, jsonType(typeErr.Type.String()), typeErr.Value)
	}
	if m, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return badRequest("unknown field %s (known: %s)", m, strings.Join(jsonFields(v), ", "))
	}
	return badRequest("invalid request: %s", strings.TrimPrefix(err.Error(), "json: "))
}

// jsonType names a Go type as JSON calls it.
func jsonType(t string) string {
	switch {
	case t == "string":
		return "a string"
	case t == "bool":
		return "true or false"
	case strings.HasPrefix(t, "int"), strings.HasPrefix(t, "uint"), strings.HasPrefix(t, "float"):
		return "a number"
	case t == "time.Time":
		return "a time (RFC 3339, e.g. \"2025-05-01T14:30:00+02:00\")"
	}
	return "a JSON object"
}

// jsonFields lists the JSON field names of the struct v points to.
func jsonFields(v any) []string {
	var out []string
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for i := range t.NumField() {
			f := t.Field(i)
			if f.Anonymous && f.Tag.Get("json") == "" && f.Type.Kind() == reflect.Struct {
				walk(f.Type)
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name != "" && name != "-" {
				out = append(out, name)
			}
		}
	}
	t := reflect.TypeOf(v)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() == reflect.Struct {
		walk(t)
	}
	sort.Strings(out)
	return out
}
