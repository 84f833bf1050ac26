package drive

import (
	"os"
	"path/filepath"

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
