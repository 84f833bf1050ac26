package drive

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/reply"
)

// Matrices finds escalation.yaml from a directory up, as the CLI's draft
// does; none is the built-in matrix (nil); a broken change keeps the last
// good matrix with the error.
func TestMatricesFindUpAndKeepTheLastGood(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "team", "replies")
	require.NoError(t, os.MkdirAll(sub, 0o755))
	var m Matrices

	mx, path, err := m.For(sub)
	require.NoError(t, err)
	assert.Nil(t, mx, "no file: the built-in matrix")
	assert.Empty(t, path)

	example, err := os.ReadFile("../../reply/escalation.example.yaml")
	require.NoError(t, err)
	file := filepath.Join(root, "team", reply.MatrixFileName)
	require.NoError(t, os.WriteFile(file, example, 0o644))
	mx, path, err = m.For(sub)
	require.NoError(t, err)
	require.NotNil(t, mx, "found in a parent directory")
	assert.Equal(t, file, path)

	require.NoError(t, os.WriteFile(file, []byte("levels: [\n"), 0o644))
	later := time.Now().Add(2 * time.Second)
	require.NoError(t, os.Chtimes(file, later, later))
	broken, _, err := m.For(sub)
	require.Error(t, err)
	assert.Contains(t, err.Error(), reply.MatrixFileName)
	assert.Same(t, mx, broken, "the last good matrix stays in force")

	var fresh Matrices
	mx, _, err = fresh.For(sub)
	require.Error(t, err, "a broken file that never loaded")
	assert.Nil(t, mx)
}
