//go:build unix

package main

import (
	"io"
	"os"
	"syscall"
)

// openFile opens a reply file to read it whole. On Unix it calls the
// system directly: os.Open adds an fstat and an attempt to register the
// file with the network poller (which epoll refuses for regular files),
// and for a run over 20,000 small files those calls cost more than the
// reading (bench/run.sh): open, fstat, read, close is all it takes. A
// read of a FIFO or a device still blocks as
// it would through os.File.
//
// With regularOnly (a file a directory walk found) it opens without
// blocking and refuses what is not a regular file: a FIFO put in a
// file's place after the walk looked at it does not stall the run.
func openFile(path string, regularOnly bool) (io.ReadCloser, error) {
	flags := syscall.O_RDONLY | syscall.O_CLOEXEC
	if regularOnly {
		flags |= syscall.O_NONBLOCK // no effect on a regular file
	}
	for {
		fd, err := syscall.Open(path, flags, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "open", Path: path, Err: err}
		}
		f := rawFile{fd: fd, path: path}
		if _, regular := f.regularSize(); regularOnly && !regular {
			f.Close()
			return nil, &os.PathError{Op: "open", Path: path, Err: errNotRegular}
		}
		return f, nil
	}
}

// rawFile reads a file descriptor without the runtime's poller.
type rawFile struct {
	fd   int
	path string
}

func (f rawFile) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if len(p) > 1<<30 {
		p = p[:1<<30] // as os.File does: some systems refuse larger reads
	}
	for {
		n, err := syscall.Read(f.fd, p)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, &os.PathError{Op: "read", Path: f.path, Err: err}
		}
		if n == 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

func (f rawFile) Close() error { return syscall.Close(f.fd) }

// regularSize is the file's size: it was just opened, at offset 0.
func (f rawFile) regularSize() (int64, bool) {
	var st syscall.Stat_t
	if err := syscall.Fstat(f.fd, &st); err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return 0, false
	}
	return st.Size, true
}
