package drive

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindConfigWalksUpAndRefusesADirectory(t *testing.T) {
	tests := []struct {
		name    string
		files   []string // relative paths; a trailing "/" is a directory
		from    string
		want    string // relative path, "" for none
		wantDir string // relative path of a *ConfigDirError
	}{
		{"in the directory itself", []string{"team/.replylint.yaml"}, "team", "team/.replylint.yaml", ""},
		{"from a parent", []string{"team/.replylint.yaml", "team/nl/replies/"}, "team/nl/replies", "team/.replylint.yaml", ""},
		{"the .yml spelling", []string{"team/.replylint.yml"}, "team", "team/.replylint.yml", ""},
		{"the nearest wins", []string{"team/.replylint.yaml", "team/en/.replylint.yaml"}, "team/en", "team/en/.replylint.yaml", ""},
		{"a near miss name is no config", []string{"team/replylint.yaml"}, "team", "", ""},
		{"a directory of that name is an error", []string{"team/.replylint.yaml/"}, "team", "", "team/.replylint.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			for _, f := range tt.files {
				p := filepath.Join(root, f)
				if f[len(f)-1] == '/' {
					require.NoError(t, os.MkdirAll(p, 0o755))
					continue
				}
				require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
				require.NoError(t, os.WriteFile(p, []byte("rules: {}\n"), 0o644))
			}
			got, err := FindConfig(filepath.Join(root, tt.from))
			if tt.wantDir != "" {
				var de *ConfigDirError
				require.True(t, errors.As(err, &de), "%v", err)
				assert.Equal(t, filepath.Join(root, tt.wantDir), de.Path)
				assert.Contains(t, err.Error(), "is a directory, not a config file")
				return
			}
			require.NoError(t, err)
			want := ""
			if tt.want != "" {
				want = filepath.Join(root, tt.want)
			}
			assert.Equal(t, want, got)
		})
	}
}
