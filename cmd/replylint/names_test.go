package main

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFileNamesCannotForgeLines lints files whose names hold a newline, a
// carriage return and a terminal escape: in text, line and github output
// and in the messages on stderr the name is escaped, so no line of output
// comes from the name (a forged GitHub "::error" command, a
// "path:line:col:" an editor would jump to, a colour change).
func TestFileNamesCannotForgeLines(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no newlines in Windows file names")
	}
	dir := t.TempDir()
	forged := "a\n::error file=x.txt,line=1::forged\nb.txt"
	escape := "c\x1b[31m\r.txt"
	require.NoError(t, os.WriteFile(filepath.Join(dir, forged), []byte("@klant Misschien komt het morgen.\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, escape), []byte("  \n"), 0o644)) // an empty reply: an error on stderr
	wd, err := os.Getwd()
	require.NoError(t, err)
	require.NoError(t, os.Chdir(dir))
	defer os.Chdir(wd)

	tests := []struct {
		format, want string
	}{
		{"text", `a\n::error file=x.txt,line=1::forged\nb.txt:1:8 warning hedging`},
		{"line", `a\n::error file=x.txt,line=1::forged\nb.txt:1:8: warning: hedging: `},
		{"github", `::warning file=a%0A%3A%3Aerror file=x.txt%2Cline=1%3A%3Aforged%0Ab.txt,line=1,col=8,`},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			code, stdout, stderr := runCLI(context.Background(), t, nil, "--format", tt.format, ".")
			assert.Equal(t, exitError, code)
			assert.Contains(t, stdout, tt.want)
			for _, out := range []string{stdout, stderr} {
				for _, l := range strings.Split(out, "\n") {
					assert.False(t, strings.HasPrefix(l, "::error file=x.txt"), "a forged line: %q", l)
					assert.NotContains(t, l, "\x1b", "a terminal escape")
					assert.NotContains(t, l, "\r")
				}
			}
			assert.Equal(t, `c\x1b[31m\r.txt: empty reply; nothing to lint`+"\n", stderr)
		})
	}
}
