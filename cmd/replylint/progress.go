package main

// Why a hand-written progress line: the module keeps its go.mod small.
// github.com/schollz/progressbar/v3 (v3.19.1) is maintained, but it brings
// six direct dependencies (ansi, colour, grapheme and terminal packages, a
// virtual terminal for its tests) and moves golang.org/x/sys up twenty
// minor versions, for one line that this file writes with \r on a ticker.

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/replylint/replylint/internal/input"
)

// Progress line timing.
const (
	// progressDelay is how long a run goes before it shows progress, so
	// short runs stay silent.
	progressDelay = time.Second
	// progressEvery is how often the line is redrawn.
	progressEvery = 250 * time.Millisecond
)

// progress is the one-line display on stderr of a long run: the replies
// done, their rate, and, when the size of the work is known, the share
// done and the time left. The size is the number of files, or for a
// single export the bytes of the file. Messages written through it clear
// the line first; it is redrawn on the next tick.
//
// A nil *progress shows nothing; all methods may be called on it.
type progress struct {
	w     io.Writer
	start time.Time

	replies, files, bytes atomic.Int64
	// totalFiles and totalBytes are the size of the work; 0 when unknown
	// (stdin) or not known yet (a directory still being counted).
	totalFiles, totalBytes atomic.Int64

	mu    sync.Mutex
	shown bool // the line is on the screen
	quit  chan struct{}
	done  chan struct{}
}

// startProgress starts the progress line of a run over files, when
// --progress and the terminal ask for one.
func (l *linter) startProgress(files []string) {
	e := l.env
	switch l.opts.progress {
	case "never":
		return
	case "auto":
		if !e.stderrTTY || e.getenv("TERM") == "dumb" {
			return
		}
	}
	p := &progress{w: e.stderr, start: time.Now(), quit: make(chan struct{}), done: make(chan struct{})}
	l.progress, l.stderr = p, p
	l.sizeWork(files)
	delay := progressDelay
	if e.progressDelay > 0 {
		delay = e.progressDelay
	}
	go p.run(delay, progressEvery)
}

// sizeWork finds the size of the work: the bytes of a single export, or
// the number of files, counted in the background for directories.
func (l *linter) sizeWork(files []string) {
	p := l.progress
	if len(files) == 1 && input.FormatOf(files[0]).Stream() {
		if st, err := os.Stat(files[0]); err == nil && st.Mode().IsRegular() {
			p.totalBytes.Store(max(1, st.Size()))
			return
		}
	}
	if len(files) == 0 {
		return // stdin: unknown
	}
	var dirs []string
	n := int64(0)
	for _, f := range files {
		if st, err := os.Stat(f); err == nil && st.IsDir() {
			dirs = append(dirs, f)
		} else {
			n++
		}
	}
	if len(dirs) == 0 {
		p.totalFiles.Store(n)
		return
	}
	go func() {
		for _, d := range dirs {
			l.walkFiles(d, func(_ string, err error) bool {
				var sk *skipped
				if !errors.As(err, &sk) {
					n++
				}
				select {
				case <-p.quit:
					return false
				default:
					return true
				}
			})
		}
		p.totalFiles.Store(n)
	}()
}

// batchDone counts a batch the run has reported.
func (p *progress) batchDone(b *batch) {
	if p == nil {
		return
	}
	p.replies.Add(int64(len(b.items)))
	p.files.Add(int64(b.filesDone))
	if b.offset > 0 {
		p.bytes.Store(b.offset)
	}
}

// Write writes a message to stderr, clearing the progress line first.
func (p *progress) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	return p.w.Write(b)
}

// clear removes the line from the screen; p.mu is held.
func (p *progress) clear() {
	if p.shown {
		io.WriteString(p.w, "\r\x1b[K")
		p.shown = false
	}
}

// stop ends the display and clears the line.
func (p *progress) stop() {
	if p == nil {
		return
	}
	close(p.quit)
	<-p.done
	p.mu.Lock()
	p.clear()
	p.mu.Unlock()
}

func (p *progress) run(delay, every time.Duration) {
	defer close(p.done)
	select {
	case <-time.After(delay):
	case <-p.quit:
		return
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		p.mu.Lock()
		io.WriteString(p.w, "\r"+p.line(time.Since(p.start))+"\x1b[K")
		p.shown = true
		p.mu.Unlock()
		select {
		case <-t.C:
		case <-p.quit:
			return
		}
	}
}

// line is the text of the display after a run of elapsed time, e.g.
// "replylint: 1200/20000 files, 5300 replies/s, about 4s left".
func (p *progress) line(elapsed time.Duration) string {
	n := p.replies.Load()
	rate := float64(n) / max(elapsed.Seconds(), 0.001)
	var b strings.Builder
	b.WriteString("replylint: ")
	share := -1.0
	switch files, total := p.files.Load(), p.totalFiles.Load(); {
	case p.totalBytes.Load() > 0:
		tb := p.totalBytes.Load()
		share = float64(p.bytes.Load()) / float64(tb)
		fmt.Fprintf(&b, "%d replies, %.0f/s, %d%% of %s", n, rate, int(100*share), megabytes(tb))
	case total > 0:
		share = float64(files) / float64(total)
		fmt.Fprintf(&b, "%d/%d files, %d replies, %.0f/s", files, total, n, rate)
	case files > 1:
		fmt.Fprintf(&b, "%d files, %d replies, %.0f/s", files, n, rate)
	default:
		fmt.Fprintf(&b, "%d replies, %.0f/s", n, rate)
	}
	if share > 0 && share < 1 {
		left := time.Duration(float64(elapsed) * (1 - share) / share)
		fmt.Fprintf(&b, ", about %s left", left.Round(time.Second))
	}
	return b.String()
}

// megabytes formats a size for the progress line.
func megabytes(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", (n+1023)>>10)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}
