package serve

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"sync"

	"github.com/replylint/replylint/lint"
)

// HeavyBytes is the size of text (reply and customer's message together)
// from which a request counts as heavy: linting it takes long and much
// memory, so only one heavy request is worked on at a time, besides the
// light ones.
const HeavyBytes = 64 << 10

// MaxFindingsPerRule bounds the findings of one rule that /api/lint
// answers with: a pasted wall of "NIET!!" would otherwise give hundreds of
// thousands. The rest are counted in "collapsed", and the score still
// counts them all.
const MaxFindingsPerRule = 20

// Messages of the answers the limits give.
const (
	msgTimeout   = "the request took too long; is the text very long?"
	msgCancelled = "the request ended before it was answered: the body did not arrive in time or the connection closed; send it again"
)

// collapsedInfo counts the findings of a rule left out of an answer.
type collapsedInfo struct {
	Rule  string `json:"rule"`
	Count int    `json:"count"`
}

// collapse keeps the first MaxFindingsPerRule findings of each rule, and
// as many of its score reasons, and counts the findings left out, by
// rule in the order the rules first occur.
func collapse(res lint.Result) (lint.Result, []collapsedInfo) {
	seen := map[string]int{}
	var out []lint.Finding
	var dropped []collapsedInfo
	at := map[string]int{}                  // rule → index in dropped
	index := make([]int, len(res.Findings)) // old index → new, or -1
	for i, f := range res.Findings {
		seen[f.Rule]++
		if seen[f.Rule] <= MaxFindingsPerRule {
			index[i] = len(out)
			out = append(out, f)
			continue
		}
		index[i] = -1
		j, ok := at[f.Rule]
		if !ok {
			j = len(dropped)
			at[f.Rule] = j
			dropped = append(dropped, collapsedInfo{Rule: f.Rule})
		}
		dropped[j].Count++
	}
	if len(dropped) == 0 {
		return res, []collapsedInfo{}
	}
	res.Findings = out
	// The reasons of the findings kept, pointing at them, and the credits.
	reasons := make([]lint.Reason, 0, len(out))
	for _, r := range res.Score.Reasons {
		switch {
		case r.Finding < 0 || r.Finding >= len(index):
			reasons = append(reasons, r)
		case index[r.Finding] >= 0:
			r.Finding = index[r.Finding]
			reasons = append(reasons, r)
		}
	}
	res.Score.Reasons = reasons
	return res, dropped
}

// acquire waits for a work slot, and for the heavy slot too when the
// request's texts are heavy; the request's context ends the wait when the
// client goes away or the handler timeout passes.
func (s *server) acquire(r *http.Request, texts ...string) (release func(), err error) {
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	busy := &requestError{http.StatusServiceUnavailable, "the server is busy; try again"}
	if size >= HeavyBytes {
		select {
		case s.heavy <- struct{}{}:
		case <-r.Context().Done():
			return nil, busy
		}
	}
	select {
	case s.work <- struct{}{}:
		return func() {
			<-s.work
			if size >= HeavyBytes {
				<-s.heavy
			}
		}, nil
	case <-r.Context().Done():
		if size >= HeavyBytes {
			<-s.heavy
		}
		return nil, busy
	}
}

// bufferedWriter holds a handler's answer until it is complete, so that a
// timeout can answer instead.
type bufferedWriter struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (w *bufferedWriter) Header() http.Header { return w.header }

func (w *bufferedWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
}

func (w *bufferedWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.body.Write(b)
}

// withTimeout runs an API handler with a context that ends after
// s.timeout, and answers with a JSON error when the handler has not
// answered by the time the context ends: 503 when it took too long, 408
// when the request ended otherwise (a body that did not arrive within the
// server's ReadTimeout, a client that went away). The handler sees the
// context end and stops its work at the next step.
func (s *server) withTimeout(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.timeout)
		defer cancel()
		bw := &bufferedWriter{header: http.Header{}}
		done := make(chan struct{})
		var (
			mu       sync.Mutex
			panicked any
		)
		go func() {
			defer close(done)
			defer func() {
				if v := recover(); v != nil {
					mu.Lock()
					panicked = v
					mu.Unlock()
				}
			}()
			h(bw, r.WithContext(ctx))
		}()
		select {
		case <-done:
			mu.Lock()
			p := panicked
			mu.Unlock()
			if p != nil {
				repanic(p)
			}
			for k, v := range bw.header {
				w.Header()[k] = v
			}
			if bw.status == 0 {
				bw.status = http.StatusOK
			}
			w.WriteHeader(bw.status)
			w.Write(bw.body.Bytes())
		case <-ctx.Done():
			if errors.Is(ctx.Err(), context.DeadlineExceeded) && r.Context().Err() == nil {
				writeError(w, http.StatusServiceUnavailable, msgTimeout)
				return
			}
			writeError(w, http.StatusRequestTimeout, msgCancelled)
		}
	})
}

// repanic panics again with a handler's panic value, in the goroutine
// that serves the request, where recoverPanic answers it.
func repanic(v any) { panic(v) }
