package serve

import (
	"log/slog"
	"os"
	"sync"
	"time"
)

// source is a file the server reads once and again when it changes: the
// config or the escalation matrix. A file that no longer loads leaves the
// previous value in force; get reports why. It is safe for concurrent use.
type source[T any] struct {
	what string
	// path is the file given; "" means find one with find, which may
	// return "" for none, and then fallback is used.
	path     string
	find     func() string
	load     func(path string) (T, error)
	fallback func() T
	logger   *slog.Logger

	mu     sync.Mutex
	loaded bool
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

// get returns the current value. The first call fails when the file does
// not load; later calls return the last good value and, when the file
// changed into one that does not load, the error too.
func (s *source[T]) get() (T, error) {
	path := s.path
	if path == "" {
		path = s.find()
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
	if s.loaded && st == s.stamp {
		return s.value, nil
	}
	if s.err != nil && st == s.failed {
		return s.value, s.err
	}
	var v T
	if path == "" {
		v = s.fallback()
	} else {
		var err error
		if v, err = s.load(path); err != nil {
			return s.failLocked(st, err)
		}
	}
	if s.loaded {
		s.logger.Info(s.what+" loaded", "path", path)
	}
	s.value, s.stamp, s.loaded, s.err = v, st, true, nil
	return v, nil
}

func (s *source[T]) keep(st stamp, err error) (T, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.failLocked(st, err)
}

// failLocked records a file that did not load and returns the previous
// value with the error.
func (s *source[T]) failLocked(st stamp, err error) (T, error) {
	if s.err == nil || st != s.failed {
		s.logger.Error(s.what+" not loaded; the previous one stays in force", "err", err)
	}
	s.failed, s.err = st, err
	return s.value, err
}
