package drive

import (
	"sync"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/reply"
)

// Matrices finds and loads the escalation matrix that governs each
// directory, as the CLI's draft and triage find it without --matrix
// (MatrixPath): reply.MatrixFileName (escalation.yaml) from the
// directory up, else none, which is the built-in matrix. Each file is read
// again when it changes (a Source per file), so a front end that lives
// long (the language server) drafts with the matrix on disk. It is safe
// for concurrent use.
type Matrices struct {
	mu    sync.Mutex
	files map[string]*Source[*reply.Matrix]
}

// For returns the matrix for dir and the file it came from: nil and ""
// when there is none (reply.Profile takes nil as the built-in matrix).
// While a file never loaded, the matrix is nil and the error says why;
// after a good load, a broken change returns the last good matrix with
// the error.
func (m *Matrices) For(dir string) (*reply.Matrix, string, error) {
	path := MatrixPath("", dir)
	if path == "" {
		return nil, "", nil
	}
	m.mu.Lock()
	src, ok := m.files[path]
	if !ok {
		src = &Source[*reply.Matrix]{What: "escalation matrix", Path: path, Load: reply.LoadMatrix}
		if m.files == nil {
			m.files = map[string]*Source[*reply.Matrix]{}
		}
		m.files[path] = src
	}
	m.mu.Unlock()
	mx, err := src.Get()
	return mx, path, err
}

// MatrixPath returns the escalation matrix file that governs dir: path
// (--matrix) when set, else reply.MatrixFileName found from dir up, else
// "" (the built-in matrix).
func MatrixPath(path, dir string) string {
	if path != "" {
		return path
	}
	return lint.FindUp(dir, reply.MatrixFileName)
}
