package drive

import (
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/replylint/replylint/lint"
)

// ConfigDirError is a directory found where a config file was looked for:
// a config someone meant to write, so it is an error rather than passed
// over in silence.
type ConfigDirError struct {
	// Path is the directory's absolute path.
	Path string
}

// Error names the directory and says what is expected there.
func (e *ConfigDirError) Error() string {
	return e.Path + ": is a directory, not a config file; the config is a YAML file of this name (replylint init writes one)"
}

// FindConfig finds the config file for dir as lint.FindConfig does,
// nearest first, returning its absolute path or "" for none; a directory
// with a config file's name is a *ConfigDirError.
func FindConfig(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", nil
	}
	for {
		for _, name := range lint.ConfigFileNames {
			p := filepath.Join(dir, name)
			st, err := os.Stat(p)
			switch {
			case err != nil:
			case st.IsDir():
				return "", &ConfigDirError{Path: p}
			default:
				return p, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Configs finds and loads the team config for each directory, the one way
// the CLI, the language server and the web page do it: the file Path
// names, else the nearest config file from the directory up (FindConfig),
// else the defaults. Each file is read once; unless Static, it is read
// again when it changes (its modification time or size) or when Changed
// names it, and a change that does not load leaves the last good config in
// force. It is safe for concurrent use; set the fields before the first
// For.
type Configs struct {
	// Path is a config file that governs every directory (--config); ""
	// finds one per directory.
	Path string
	// Static reads each file once and never looks for changes: a CLI run.
	Static bool
	// Name turns a found absolute path into the one used in messages
	// (e.g. relative to the working directory); nil keeps it.
	Name func(string) string
	// OnFail hears of a config file that does not load, once per version
	// of the file: previous tells that a config that loaded before stays
	// in force. A directory named like a config file is reported with the
	// path of that directory.
	OnFail func(path string, err error, previous bool)
	// Logger gets a line when a changed file loads or fails to; nil logs
	// nothing.
	Logger *slog.Logger

	mu    sync.Mutex
	dirs  map[string]found
	files map[string]*Source[*Team]
	// static holds each file's one result when Static.
	static map[string]loaded
}

// found is the config file found for a directory: a path ("" for none)
// or the error of a directory named like a config file.
type found struct {
	path string
	err  error
}

type loaded struct {
	team *Team
	err  error
}

// For returns the team config for dir. While the file never loaded, the
// team is nil and the error says why; after a good load a broken change
// returns the last good team together with the error.
func (c *Configs) For(dir string) (*Team, error) {
	path, err := c.find(dir)
	if err != nil {
		return nil, err
	}
	if path == "" {
		return DefaultTeam(), nil
	}
	c.mu.Lock()
	if c.Static {
		defer c.mu.Unlock()
		if l, ok := c.static[path]; ok {
			return l.team, l.err
		}
		t, err := LoadTeam(path)
		if c.static == nil {
			c.static = map[string]loaded{}
		}
		c.static[path] = loaded{t, err}
		if err != nil && c.OnFail != nil {
			c.OnFail(path, err, false)
		}
		return t, err
	}
	src, ok := c.files[path]
	if !ok {
		src = &Source[*Team]{What: "config", Path: path, Load: LoadTeam, Logger: c.Logger, onFail: c.onFail(path)}
		if c.files == nil {
			c.files = map[string]*Source[*Team]{}
		}
		c.files[path] = src
	}
	c.mu.Unlock()
	return src.Get()
}

func (c *Configs) onFail(path string) func(error, bool) {
	if c.OnFail == nil {
		return nil
	}
	return func(err error, previous bool) { c.OnFail(path, err, previous) }
}

// find returns the config file for dir: looked up once per directory
// when Static, else on every call (a few stats), so that a config file
// written or removed since is seen.
func (c *Configs) find(dir string) (string, error) {
	if c.Path != "" {
		return c.Path, nil
	}
	c.mu.Lock()
	prev, seen := c.dirs[dir]
	c.mu.Unlock()
	if seen && c.Static {
		return prev.path, prev.err
	}
	p, err := FindConfig(dir)
	var de *ConfigDirError
	if errors.As(err, &de) && c.Name != nil {
		de = &ConfigDirError{Path: c.Name(de.Path)}
		err = de
	}
	if p != "" && c.Name != nil {
		p = c.Name(p)
	}
	c.mu.Lock()
	if c.dirs == nil {
		c.dirs = map[string]found{}
	}
	c.dirs[dir] = found{p, err}
	c.mu.Unlock()
	if de != nil && c.OnFail != nil && (!seen || prev.err == nil || prev.err.Error() != err.Error()) {
		c.OnFail(de.Path, err, false)
	}
	return p, err
}

// Changed says a config file was written, created or deleted: the file is
// read again on its next use, even when its modification time and size
// look the same, and a file that is gone is forgotten.
func (c *Configs) Changed(path string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.dirs)
	for p, src := range c.files {
		if !sameFile(p, path) {
			continue
		}
		if _, err := os.Stat(p); err != nil && c.Path == "" {
			delete(c.files, p)
			continue
		}
		src.Forget()
	}
	for p := range c.static {
		if sameFile(p, path) {
			delete(c.static, p)
		}
	}
}

// sameFile compares two names of a file, one perhaps relative.
func sameFile(a, b string) bool {
	if a == b {
		return true
	}
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}

// IsConfigName reports whether a path names a config file (by its base
// name), e.g. for a language server deciding that a saved file is one.
func IsConfigName(path string) bool {
	return path != "" && slices.Contains(lint.ConfigFileNames, filepath.Base(path))
}
