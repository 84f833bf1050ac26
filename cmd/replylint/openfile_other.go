//go:build !unix

package main

import (
	"io"
	"os"
)

// openFile opens a reply file to read it whole.
func openFile(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return osFile{f}, nil
}
