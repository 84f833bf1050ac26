package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// syncBuffer is a writer the test can read while run writes to it.
type syncBuffer struct {
	ch chan string
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.ch <- string(p)
	return len(p), nil
}

// replylint serve listens on the address given, answers the API, and
// stops cleanly when its context ends.
func TestServeAnswersAndStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncBuffer{ch: make(chan string, 16)}
	e := &env{stdin: strings.NewReader(""), stdout: out, stderr: io.Discard, getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0"}, e) }()

	var url string
	select {
	case line := <-out.ch:
		url = regexp.MustCompile(`http://[0-9.:]+`).FindString(line)
	case <-time.After(10 * time.Second):
		t.Fatal("serve printed no address")
	}
	require.NotEmpty(t, url)

	resp, err := http.Post(url+"/api/lint", "application/json", strings.NewReader(`{"reply":"Misschien komt je pakket morgen."}`))
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var body struct {
		Findings []struct{ Rule string } `json:"findings"`
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&body))
	var rules []string
	for _, f := range body.Findings {
		rules = append(rules, f.Rule)
	}
	assert.Contains(t, rules, "hedging")

	cancel()
	select {
	case code := <-done:
		assert.Equal(t, exitOK, code)
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}
