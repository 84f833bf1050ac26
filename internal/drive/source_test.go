package drive

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/lint"
)

func TestSourceReloadsAChangedConfigAndKeepsTheLastGoodOne(t *testing.T) {
	// Each step writes the config (or removes it with "-") and expects
	// hedging's effective severity and whether Get reports an error.
	type step struct {
		write   string
		want    string
		wantErr bool
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"a change is read again", []step{
			{"rules:\n  hedging: error\n", "error", false},
			{"rules:\n  hedging: info\n", "info", false},
		}},
		{"an unchanged file stays", []step{
			{"rules:\n  hedging: error\n", "error", false},
			{"", "error", false},
		}},
		{"a broken change keeps the previous config and says why", []step{
			{"rules:\n  hedging: off\n", "off", false},
			{"rules:\n  hedging: [nope\n", "off", true},
			{"rules:\n  hedging: error\n", "error", false},
		}},
		{"no file: the fallback", []step{
			{"-", defaultOf(t, "hedging"), false},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, ".replylint.yaml")
			src := &Source[*lint.Config]{What: "config", Find: func() string { return lint.FindConfig(dir) },
				Load: lint.LoadConfig, Fallback: lint.DefaultConfig}
			for i, st := range tt.steps {
				switch st.write {
				case "":
				case "-":
					_ = os.Remove(path)
				default:
					require.NoError(t, os.WriteFile(path, []byte(st.write), 0o644))
					// A different modification time, whatever the
					// file system's resolution.
					mt := time.Unix(int64(1_700_000_000+i*10), 0)
					require.NoError(t, os.Chtimes(path, mt, mt))
				}
				cfg, err := src.Get()
				if st.wantErr {
					assert.Error(t, err, "step %d", i)
				} else {
					assert.NoError(t, err, "step %d", i)
				}
				infos, err := Rules(cfg)
				require.NoError(t, err)
				for _, r := range infos {
					if r.ID == "hedging" {
						assert.Equal(t, st.want, r.Effective, "step %d", i)
					}
				}
			}
		})
	}
}

func TestSourceFailsFirstOnABrokenFileNamingFileAndLine(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, ".replylint.yaml")
	require.NoError(t, os.WriteFile(path, []byte("rules:\n  hedging: loud\n"), 0o644))
	src := &Source[*lint.Config]{Path: path, Load: lint.LoadConfig, Fallback: lint.DefaultConfig}
	_, err := src.Get()
	require.Error(t, err)
	assert.Contains(t, err.Error(), ".replylint.yaml:2")
}
