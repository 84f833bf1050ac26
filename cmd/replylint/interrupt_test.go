//go:build unix

package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestInterruptBulkRun sends a real SIGINT to a bulk run over a large
// export, at moments from the start (as soon as the process catches the
// signal, while it still loads its models) to well into the run, in
// the formats people pipe (json) and read (line), on one worker. The
// process is started the way a script's background job is, with SIGINT
// ignored until replylint installs its handler, so an interrupt that comes
// while it starts is lost unless the handler is there from the start.
// Every run must end with 130, no panic, the replies done in order, and
// JSON that is a complete document.
func TestInterruptBulkRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and lints a large export")
	}
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	bin := filepath.Join(buildReplylint(t), "replylint")
	t.Run("handler before the models load", func(t *testing.T) {
		// The runtime's trace of package initialisers, in the order they
		// run: the interrupt handler is installed before the heavy ones.
		cmd := exec.Command(bin, "--version")
		cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s", out)
		at := map[string]int{}
		for i, l := range strings.Split(string(out), "\n") {
			if f := strings.Fields(l); len(f) > 1 && f[0] == "init" {
				at[f[1]] = i + 1
			}
		}
		handler := at["github.com/replylint/replylint/cmd/replylint/internal/interrupt"]
		require.NotZero(t, handler, "the interrupt package's init ran")
		for _, heavy := range []string{"github.com/replylint/replylint/tone", "github.com/jdkato/prose/v3/tokenize", "html/template", "net/http"} {
			require.NotZero(t, at[heavy], heavy)
			assert.Less(t, handler, at[heavy], "handler before %s", heavy)
		}
	})
	dir := t.TempDir()
	export := filepath.Join(dir, "export.jsonl")
	// Enough replies that no machine lints them all before the last
	// interrupt (1.2s): at 100,000 a fast build finished first and exited
	// 1 with every reply done.
	const records = 1_000_000
	writeExport(t, export, records)

	for _, format := range []string{"json", "line"} {
		for _, after := range []time.Duration{0, 100 * time.Millisecond, 400 * time.Millisecond, 1200 * time.Millisecond} {
			t.Run(fmt.Sprintf("%s after %s", format, after), func(t *testing.T) {
				out, stderr, code := interruptRun(t, dir, after, bin, "--format", format, "-j", "1", "--progress", "never", export)
				assert.Equal(t, 130, code, "exit status; stderr: %s", stderr)
				assert.NotContains(t, stderr, "panic")
				assert.Equal(t, "replylint: interrupted\n", stderr)
				ids := reportedIDs(t, format, out)
				assert.Less(t, len(ids), records, "the run stopped before the end")
				for i, id := range ids {
					if !assert.Equal(t, i, id, "replies in input order, none skipped") {
						break
					}
				}
			})
		}
	}
}

// writeExport writes a .jsonl export of n replies with findings.
func writeExport(t *testing.T, path string, n int) {
	f, err := os.Create(path)
	require.NoError(t, err)
	w := bufio.NewWriter(f)
	replies := []string{
		"@klant Misschien is je pakket morgen al binnen. ^Sam",
		"@klant NIET!! Dat klopt echt niet. Stuur ons een DM met je ordernummer. ^Sam",
		"@customer Perhaps your parcel arrives tomorrow. Sorry for that! ^Sam",
	}
	for i := range n {
		fmt.Fprintf(w, "{\"id\": %d, \"reply\": %q}\n", i, replies[i%len(replies)])
	}
	require.NoError(t, w.Flush())
	require.NoError(t, f.Close())
}

// interruptRun runs the command as a background job of sh (SIGINT
// ignored), sends it SIGINT after the delay and returns its stdout, stderr
// and exit status.
func interruptRun(t *testing.T, dir string, after time.Duration, args ...string) (stdout, stderr string, code int) {
	outPath, errPath := filepath.Join(dir, "out"), filepath.Join(dir, "err")
	sh := exec.Command("sh", "-c", `"$@" >"$OUT" 2>"$ERR" & echo $!; wait $!; echo $?`, "sh")
	sh.Args = append(sh.Args, args...)
	sh.Env = append(os.Environ(), "OUT="+outPath, "ERR="+errPath)
	pipe, err := sh.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, sh.Start())
	defer sh.Process.Kill()
	lines := bufio.NewScanner(pipe)
	require.True(t, lines.Scan(), "the job's pid")
	pid, err := strconv.Atoi(strings.TrimSpace(lines.Text()))
	require.NoError(t, err)
	waitCatching(t, pid)
	time.Sleep(after)
	require.NoError(t, syscall.Kill(pid, syscall.SIGINT))
	status := make(chan string, 1)
	go func() {
		if lines.Scan() {
			status <- lines.Text()
		}
		close(status)
	}()
	var s string
	select {
	case s = <-status:
	case <-time.After(2 * time.Minute):
		syscall.Kill(pid, syscall.SIGKILL)
		t.Fatal("no exit after SIGINT")
	}
	require.NoError(t, sh.Wait())
	code, err = strconv.Atoi(s)
	require.NoError(t, err, "exit status %q", s)
	o, err := os.ReadFile(outPath)
	require.NoError(t, err)
	e, err := os.ReadFile(errPath)
	require.NoError(t, err)
	return string(o), string(e), code
}

// waitCatching waits until the process catches SIGINT, as
// /proc/PID/status shows (Linux): on a loaded machine a process may take
// a while to start, and a signal before it runs at all is not what the
// test is about. Without /proc it waits a fixed while.
func waitCatching(t *testing.T, pid int) {
	status := fmt.Sprintf("/proc/%d/status", pid)
	if _, err := os.Stat(status); err != nil {
		time.Sleep(300 * time.Millisecond)
		return
	}
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		data, err := os.ReadFile(status)
		require.NoError(t, err)
		started := false // the job is replylint, not sh before the exec
		for _, l := range strings.Split(string(data), "\n") {
			if name, ok := strings.CutPrefix(l, "Name:"); ok {
				started = strings.TrimSpace(name) == "replylint"
			}
			if mask, ok := strings.CutPrefix(l, "SigCgt:"); ok && started {
				bits, err := strconv.ParseUint(strings.TrimSpace(mask), 16, 64)
				require.NoError(t, err)
				if bits&(1<<(syscall.SIGINT-1)) != 0 {
					return
				}
			}
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatal("the process never caught SIGINT")
}

// reportedIDs returns the record ids of the replies in the output, in
// order: from a JSON document that must be complete, or from the line
// numbers of line output (record i is on line i+1).
func reportedIDs(t *testing.T, format, out string) []int {
	var ids []int
	if format == "json" {
		var doc struct {
			Files []struct {
				ID int `json:"id"`
			} `json:"files"`
		}
		require.NoError(t, json.Unmarshal([]byte(out), &doc), "a complete JSON document, ending %q", out[max(0, len(out)-80):])
		for _, f := range doc.Files {
			ids = append(ids, f.ID)
		}
		return ids
	}
	last := -1
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if l == "" {
			continue
		}
		parts := strings.SplitN(l, ":", 3)
		require.Len(t, parts, 3, "a whole line: %q", l)
		line, err := strconv.Atoi(parts[1])
		require.NoError(t, err, "a whole line: %q", l)
		if line-1 != last {
			ids = append(ids, line-1)
			last = line - 1
		}
	}
	// Every record of this export has a finding, so the ids run on.
	return ids
}
