//go:build !unix

package main

import (
	"io"
	"os"
)

// openFile opens a reply file to read it whole; with regularOnly (a file
// a directory walk found) only a regular file.
func openFile(path string, regularOnly bool) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if _, regular := (osFile{f}).regularSize(); regularOnly && !regular {
		f.Close()
		return nil, &os.PathError{Op: "open", Path: path, Err: errNotRegular}
	}
	return osFile{f}, nil
}
