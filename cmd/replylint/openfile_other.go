//go:build !unix

package main

import (
	"io"
	"os"
)

// openFile opens a reply file to read it whole.
func openFile(path string) (io.ReadCloser, error) { return os.Open(path) }
