package drive

import (
	"log/slog"
	"os"
	"sync"
	"time"
)

// Source is a file read once and again when it changes (its modification
// time or size): a config or an escalation matrix. A file that no longer
// loads leaves the previous value in force; Get reports why. It is safe
// for concurrent use; the exported fields must not change after the first
// Get.
type Source[T any] struct {
	// What names the file in log lines ("config").
	What string
	// Path is the file given; "" means find one with Find, which may
	// return "" for none, and then Fallback is used.
	Path string
	// Find finds the file when Path is "".
	Find func() string
	// Load reads and checks the file.
	Load func(path string) (T, error)
	// Fallback is the value when there is no file.
	Fallback func() T
	// Logger gets a line when a changed file loads or fails to; nil logs
	// nothing.
	Logger *slog.Logger
	// onFail hears of a file that does not load, once per version.
	onFail func(err error, previous bool)

	mu     sync.Mutex
	loaded bool
	stale  bool  // Forget was called: read the file again
	stamp  stamp // of the file value was read from
	value  T
	failed stamp // of the file that failed to load, to read it only once
	err    error
}

// stamp tells whether a file changed since it was read.
type stamp struct {
	path    string
	modTime time.Time
	size    int64
}

// Get returns the current value. The first call fails when the file does
// not load; later calls return the last good value and, when the file
// changed into one that does not load, the error too.
func (s *Source[T]) Get() (T, error) {
	path := s.Path
	if path == "" && s.Find != nil {
		path = s.Find()
	}
	var st stamp
	if path != "" {
		fi, err := os.Stat(path)
		if err != nil {
			return s.keep(stamp{path: path}, err)
		}
		st = stamp{path: path, modTime: fi.ModTime(), size: fi.Size()}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.loaded && st == s.stamp && !s.stale {
		return s.value, nil
	}
	if s.err != nil && st == s.failed && !s.stale {
		return s.value, s.err
	}
	var v T
	if path == "" {
		v = s.Fallback()
	} else {
		var err error
		if v, err = s.Load(path); err != nil {
			return s.failLocked(st, err)
		}
	}
	if s.loaded && s.Logger != nil {
		s.Logger.Info(s.What+" loaded", "path", path)
	}
	s.value, s.stamp, s.loaded, s.err, s.stale = v, st, true, nil, false
	return v, nil
}

// Forget makes the next Get read the file again even when its
// modification time and size did not change (an edit within the file
// system's time resolution); the value stays in force until then.
func (s *Source[T]) Forget() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stale = true
}

func (s *Source[T]) keep(st stamp, err error) (T, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.failLocked(st, err)
}

// failLocked records a file that did not load and returns the previous
// value with the error.
func (s *Source[T]) failLocked(st stamp, err error) (T, error) {
	if s.err == nil || st != s.failed || s.stale {
		if s.Logger != nil {
			s.Logger.Error(s.What+" not loaded; the previous one stays in force", "err", err)
		}
		if s.onFail != nil {
			s.onFail(err, s.loaded)
		}
	}
	s.failed, s.err, s.stale = st, err, false
	return s.value, err
}
