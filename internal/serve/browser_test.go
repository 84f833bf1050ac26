package serve

// A minimal Chrome DevTools Protocol client for the end-to-end test. It
// talks to Chromium over --remote-debugging-pipe (file descriptors 3 and
// 4, one JSON message per NUL-terminated frame), so it needs no WebSocket
// library and no module beyond the standard library: chromedp would add
// cdproto, gobwas/ws and easyjson to go.mod for the dozen commands used
// here.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// browserCandidates are the names Chromium and Chrome go by on Debian,
// Ubuntu, Fedora, macOS (via PATH) and in CI images.
var browserCandidates = []string{
	"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "headless_shell",
	"/usr/lib/chromium/chromium", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
}

// findBrowser returns the browser to drive: $REPLYLINT_CHROME, else the
// first candidate found. It also returns what it looked for.
func findBrowser() (string, []string) {
	if p := os.Getenv("REPLYLINT_CHROME"); p != "" {
		if path, err := exec.LookPath(p); err == nil {
			return path, []string{p}
		}
		return "", []string{"$REPLYLINT_CHROME=" + p}
	}
	for _, c := range browserCandidates {
		if path, err := exec.LookPath(c); err == nil {
			return path, browserCandidates
		}
	}
	return "", browserCandidates
}

// browser is a headless Chromium with one page attached.
type browser struct {
	t       *testing.T
	cmd     *exec.Cmd
	out     *os.File // to the browser (its fd 3)
	in      *os.File // from the browser (its fd 4)
	stderr  *syncBuffer
	session string

	writeMu sync.Mutex
	mu      sync.Mutex
	nextID  int64
	pending map[int64]chan cdpMessage
	// problems are JavaScript exceptions and console errors on the page.
	problems []string
	closed   chan struct{}
}

type cdpMessage struct {
	ID        int64           `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *cdpError       `json:"error,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
}

type cdpError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.b.Len() < 64<<10 {
		s.b.Write(p)
	}
	return len(p), nil
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// launchBrowser starts a headless browser with a fresh profile and attaches
// to a blank page of width×height CSS pixels. It skips the test, saying
// why, when no browser is installed, unless REPLYLINT_E2E=require.
func launchBrowser(t *testing.T, ctx context.Context, width, height int) *browser {
	t.Helper()
	path, looked := findBrowser()
	if path == "" {
		msg := fmt.Sprintf("end-to-end test needs Chromium or Chrome and found none (looked for %s); "+
			"install it (Debian: apt-get install -y chromium) or set REPLYLINT_CHROME to the browser's path",
			strings.Join(looked, ", "))
		if os.Getenv("REPLYLINT_E2E") == "require" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	profile := t.TempDir() // removed after the browser has exited (cleanups run last-in, first-out)
	args := []string{
		"--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
		"--disable-sync", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
		"--disable-dev-shm-usage", "--mute-audio", "--hide-scrollbars", "--force-device-scale-factor=1",
		"--lang=nl-NL", "--accept-lang=nl-NL,nl",
		fmt.Sprintf("--window-size=%d,%d", width, height),
		"--user-data-dir=" + profile, "--remote-debugging-pipe", "about:blank",
	}
	if runtime.GOOS == "linux" && os.Geteuid() == 0 {
		args = append([]string{"--no-sandbox"}, args...) // Chromium's sandbox refuses to run as root
	}
	toBrowser, outW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	inR, fromBrowser, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	b := &browser{t: t, out: outW, in: inR, stderr: &syncBuffer{}, pending: map[int64]chan cdpMessage{}, closed: make(chan struct{})}
	b.cmd = exec.Command(path, args...)
	b.cmd.ExtraFiles = []*os.File{toBrowser, fromBrowser} // fds 3 and 4
	b.cmd.Stderr = b.stderr
	b.cmd.Stdout = b.stderr
	if err := b.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", path, err)
	}
	toBrowser.Close()
	fromBrowser.Close()
	t.Logf("browser: %s", path)
	go b.read()
	t.Cleanup(b.close)

	var target struct {
		TargetID string `json:"targetId"`
	}
	b.callSession(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &target)
	var attached struct {
		SessionID string `json:"sessionId"`
	}
	b.callSession(ctx, "", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &attached)
	b.session = attached.SessionID
	for _, domain := range []string{"Page", "Runtime", "Log"} {
		b.call(ctx, domain+".enable", nil, nil)
	}
	b.viewport(ctx, width, height)
	return b
}

// read dispatches the browser's messages until the pipe closes.
func (b *browser) read() {
	defer close(b.closed)
	r := bufio.NewReaderSize(b.in, 1<<20)
	for {
		frame, err := r.ReadBytes(0)
		if err != nil {
			return
		}
		var m cdpMessage
		if json.Unmarshal(frame[:len(frame)-1], &m) != nil {
			continue
		}
		b.mu.Lock()
		if m.ID != 0 {
			if ch, ok := b.pending[m.ID]; ok {
				delete(b.pending, m.ID)
				ch <- m
			}
		} else if p := problem(m); p != "" {
			b.problems = append(b.problems, p)
		}
		b.mu.Unlock()
	}
}

// problem describes an event that means the page is broken: an uncaught
// exception, a console error, or a browser log error (CSP violations,
// failed loads).
func problem(m cdpMessage) string {
	switch m.Method {
	case "Runtime.exceptionThrown":
		var p struct {
			ExceptionDetails struct {
				Text      string `json:"text"`
				Exception struct {
					Description string `json:"description"`
				} `json:"exception"`
			} `json:"exceptionDetails"`
		}
		json.Unmarshal(m.Params, &p)
		return "exception: " + p.ExceptionDetails.Text + " " + p.ExceptionDetails.Exception.Description
	case "Runtime.consoleAPICalled":
		var p struct {
			Type string `json:"type"`
			Args []struct {
				Value any `json:"value"`
			} `json:"args"`
		}
		json.Unmarshal(m.Params, &p)
		if p.Type == "error" || p.Type == "assert" {
			return fmt.Sprintf("console.%s: %v", p.Type, p.Args)
		}
	case "Log.entryAdded":
		var p struct {
			Entry struct {
				Level, Text, URL string
			} `json:"entry"`
		}
		json.Unmarshal(m.Params, &p)
		if p.Entry.Level == "error" {
			return "log: " + p.Entry.Text + " " + p.Entry.URL
		}
	}
	return ""
}

func (b *browser) problemsSoFar() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.problems...)
}

// call sends a command to the page and decodes its result into result
// (when not nil); an error fails the test.
func (b *browser) call(ctx context.Context, method string, params, result any) {
	b.t.Helper()
	b.callSession(ctx, b.session, method, params, result)
}

func (b *browser) callSession(ctx context.Context, session, method string, params, result any) {
	b.t.Helper()
	if err := b.try(ctx, session, method, params, result); err != nil {
		b.t.Fatalf("%s: %v\nbrowser output:\n%s", method, err, b.stderr)
	}
}

func (b *browser) try(ctx context.Context, session, method string, params, result any) error {
	b.mu.Lock()
	b.nextID++
	id := b.nextID
	ch := make(chan cdpMessage, 1)
	b.pending[id] = ch
	b.mu.Unlock()

	var raw json.RawMessage
	if params != nil {
		var err error
		if raw, err = json.Marshal(params); err != nil {
			return err
		}
	}
	msg, err := json.Marshal(cdpMessage{ID: id, Method: method, Params: raw, SessionID: session})
	if err != nil {
		return err
	}
	b.writeMu.Lock()
	_, err = b.out.Write(append(msg, 0))
	b.writeMu.Unlock()
	if err != nil {
		return err
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			return fmt.Errorf("%s (%d)", m.Error.Message, m.Error.Code)
		}
		if result != nil {
			return json.Unmarshal(m.Result, result)
		}
		return nil
	case <-b.closed:
		return errors.New("the browser exited")
	case <-ctx.Done():
		return ctx.Err()
	}
}

// eval evaluates a JavaScript expression on the page (awaiting a promise)
// and decodes its value into result.
func (b *browser) eval(ctx context.Context, expr string, result any) {
	b.t.Helper()
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	b.call(ctx, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true}, &r)
	if r.ExceptionDetails != nil {
		b.t.Fatalf("evaluate %s: %s %s", expr, r.ExceptionDetails.Text, r.ExceptionDetails.Exception.Description)
	}
	if result != nil && len(r.Result.Value) > 0 {
		if err := json.Unmarshal(r.Result.Value, result); err != nil {
			b.t.Fatalf("evaluate %s: %v (%s)", expr, err, r.Result.Value)
		}
	}
}

// waitFor polls a JavaScript condition until it is true; on timeout it
// fails the test with what describe returns then.
func (b *browser) waitFor(ctx context.Context, what, cond, describe string) {
	b.t.Helper()
	deadline := time.Now().Add(8 * time.Second)
	for {
		var ok bool
		b.eval(ctx, "!!("+cond+")", &ok)
		if ok {
			return
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			var state any
			if describe != "" {
				b.eval(ctx, describe, &state)
			}
			b.t.Fatalf("timed out waiting for %s; page state: %v; page problems: %v", what, state, b.problemsSoFar())
		}
		time.Sleep(40 * time.Millisecond)
	}
}

func (b *browser) navigate(ctx context.Context, url string) {
	b.t.Helper()
	b.call(ctx, "Page.navigate", map[string]any{"url": url}, nil)
}

// key presses one key: a character, or a named key (Tab, Enter).
func (b *browser) key(ctx context.Context, key string) {
	b.t.Helper()
	named := map[string]struct {
		code, text string
		vk         int
	}{
		"Enter": {"Enter", "\r", 13},
		"Tab":   {"Tab", "", 9},
	}
	if k, ok := named[key]; ok {
		down := map[string]any{"type": "rawKeyDown", "key": key, "code": k.code, "windowsVirtualKeyCode": k.vk, "nativeVirtualKeyCode": k.vk}
		if k.text != "" {
			down["type"] = "keyDown"
			down["text"] = k.text
			down["unmodifiedText"] = k.text
		}
		b.call(ctx, "Input.dispatchKeyEvent", down, nil)
		b.call(ctx, "Input.dispatchKeyEvent", map[string]any{"type": "keyUp", "key": key, "code": k.code, "windowsVirtualKeyCode": k.vk, "nativeVirtualKeyCode": k.vk}, nil)
		return
	}
	b.call(ctx, "Input.dispatchKeyEvent", map[string]any{"type": "keyDown", "key": key, "text": key, "unmodifiedText": key}, nil)
	b.call(ctx, "Input.dispatchKeyEvent", map[string]any{"type": "keyUp", "key": key}, nil)
}

// typeText types text key by key into the focused element.
func (b *browser) typeText(ctx context.Context, text string) {
	b.t.Helper()
	for _, r := range text {
		if r == '\n' {
			b.key(ctx, "Enter")
			continue
		}
		b.key(ctx, string(r))
	}
}

// center scrolls an element into view and returns its centre in CSS
// pixels of the viewport, once the element is what is there (not under
// another one, and not moving: a scroll or a layout change in progress).
// With under set, the element may lie under another one (a highlight
// behind the textarea).
func (b *browser) center(ctx context.Context, selector string, under bool) (x, y float64) {
	b.t.Helper()
	var p struct {
		X, Y float64
		OK   bool
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		b.eval(ctx, fmt.Sprintf(`(async () => { const e = document.querySelector(%q); if (!e) throw new Error("no element " + %q);
			e.scrollIntoView({block: "center"});
			const at = () => { const r = e.getClientRects()[0] || e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; };
			const [x, y] = at();
			await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
			const [x2, y2] = at();
			const hit = document.elementFromPoint(x2, y2);
			return {X: x2, Y: y2, OK: x === x2 && y === y2 && (%t || !!hit && (hit === e || e.contains(hit)))}; })()`, selector, selector, under), &p)
		if p.OK {
			return p.X, p.Y
		}
		if time.Now().After(deadline) {
			b.t.Fatalf("%s is not clickable at its centre (%.0f, %.0f)", selector, p.X, p.Y)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// click clicks the middle of an element with the mouse.
func (b *browser) click(ctx context.Context, selector string) {
	b.t.Helper()
	x, y := b.center(ctx, selector, false)
	b.call(ctx, "Input.dispatchMouseEvent", map[string]any{"type": "mouseMoved", "x": x, "y": y}, nil)
	for _, typ := range []string{"mousePressed", "mouseReleased"} {
		b.call(ctx, "Input.dispatchMouseEvent", map[string]any{"type": typ, "x": x, "y": y, "button": "left", "clickCount": 1}, nil)
	}
}

// hover moves the mouse to the middle of an element, which may lie under
// another.
func (b *browser) hover(ctx context.Context, selector string) {
	b.t.Helper()
	x, y := b.center(ctx, selector, true)
	b.call(ctx, "Input.dispatchMouseEvent", map[string]any{"type": "mouseMoved", "x": x, "y": y}, nil)
}

func (b *browser) viewport(ctx context.Context, width, height int) {
	b.t.Helper()
	b.call(ctx, "Emulation.setDeviceMetricsOverride", map[string]any{
		"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600,
	}, nil)
}

// screenshot saves the whole page, at the current width, as a PNG.
func (b *browser) screenshot(ctx context.Context, path string, width, height int) {
	b.t.Helper()
	var full int
	b.eval(ctx, "Math.ceil(document.documentElement.scrollHeight)", &full)
	b.viewport(ctx, width, max(height, full))
	var shot struct {
		Data string `json:"data"`
	}
	b.call(ctx, "Page.captureScreenshot", map[string]any{"format": "png"}, &shot)
	b.viewport(ctx, width, height)
	data, err := base64.StdEncoding.DecodeString(shot.Data)
	if err != nil {
		b.t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		b.t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.t.Logf("screenshot: %s", path)
}

// close asks the browser to quit and waits for it, killing it when it
// does not.
func (b *browser) close() {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	_ = b.try(ctx, "", "Browser.close", nil, nil)
	done := make(chan struct{})
	go func() { b.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		b.cmd.Process.Kill()
		<-done
	}
	b.out.Close()
	b.in.Close()
}
