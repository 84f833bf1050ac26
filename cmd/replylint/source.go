package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/lint"
)

// stdinPath names stdin in output when --stdin-filename is not given.
const stdinPath = "<stdin>"

// produce reads the inputs in order and hands each reply, or each input
// that is not one, to emit. It returns false when the run was cut short:
// by an interrupt, or because emit returned false.
func (l *linter) produce(ctx context.Context, files []string, emit func(*item) bool) bool {
	if len(files) == 0 {
		files = []string{"-"}
	}
	for _, arg := range files {
		if ctx.Err() != nil {
			return false
		}
		var ok bool
		if arg == "-" {
			ok = l.readStdin(ctx, emit)
		} else if st, err := os.Stat(arg); err != nil {
			ok = emit(errItem(arg, fileError(arg, err)))
		} else if st.IsDir() {
			ok = l.walk(ctx, arg, emit)
		} else {
			ok = l.readFile(ctx, arg, emit)
		}
		if !ok {
			return false
		}
	}
	return ctx.Err() == nil
}

func errItem(path string, err error) *item { return &item{path: path, err: err} }

// fileError names the file in an I/O error.
func fileError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %v", path, pe.Err)
	}
	return fmt.Errorf("%s: %v", path, err)
}

// walk lints the .txt, .md and .jsonl files under a directory, in lexical
// order, skipping hidden files and directories (.git).
func (l *linter) walk(ctx context.Context, root string, emit func(*item) bool) bool {
	ok := true
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			ok = false
			return filepath.SkipAll
		}
		if err != nil {
			if !emit(errItem(p, fileError(p, err))) {
				ok = false
				return filepath.SkipAll
			}
			return nil // WalkDir skips the directory it could not read
		}
		hidden := p != root && strings.HasPrefix(d.Name(), ".")
		if d.IsDir() {
			if hidden {
				return filepath.SkipDir
			}
			return nil
		}
		if hidden || !input.ReplyFile(p) || !(d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0) {
			return nil
		}
		if !l.readFile(ctx, p, emit) {
			ok = false
			return filepath.SkipAll
		}
		return nil
	})
	if err != nil && ok {
		ok = emit(errItem(root, fileError(root, err)))
	}
	return ok
}

// readFile reads a file's replies: one for .txt and .md, a stream of them
// for .jsonl.
func (l *linter) readFile(ctx context.Context, path string, emit func(*item) bool) bool {
	cfg, err := l.configFor(path)
	if err != nil {
		return emit(errItem(path, err))
	}
	f, err := os.Open(path)
	if err != nil {
		return emit(errItem(path, fileError(path, err)))
	}
	defer f.Close()
	if input.FormatOf(path) == input.JSONL {
		return l.stream(ctx, path, cfg, f, emit)
	}
	return emit(l.readDocument(path, cfg, f))
}

// readStdin reads stdin as the file --stdin-filename names: its extension
// says the format and its directory where the config is.
func (l *linter) readStdin(ctx context.Context, emit func(*item) bool) bool {
	path := l.opts.stdinName
	if path == "" {
		path = stdinPath
	}
	cfg, err := l.configFor(l.opts.stdinName)
	if err != nil {
		return emit(errItem(path, err))
	}
	if input.FormatOf(path) == input.JSONL {
		return l.stream(ctx, path, cfg, l.env.stdin, emit)
	}
	return emit(l.readDocument(path, cfg, l.env.stdin))
}

// readDocument reads one .txt or .md reply.
func (l *linter) readDocument(path string, cfg *lint.Config, r io.Reader) *item {
	maxBytes := cfg.MaxReplyBytes
	limit := maxBytes + 3 // a byte order mark
	if input.FormatOf(path) == input.Markdown {
		limit = 2*maxBytes + 64<<10 // front matter may hold the customer's message
	}
	data, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return errItem(path, fileError(path, err))
	}
	if len(data) > limit {
		return errItem(path, fmt.Errorf("%s: larger than max_reply_bytes (%d) allows; not linted", path, maxBytes))
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return errItem(path, &input.Error{Path: path, Msg: fmt.Sprintf("NUL byte at byte %d: not a text file; skipped", i), Err: input.ErrBinary})
	}
	doc, err := input.ReadDocument(path, data)
	if err != nil {
		return errItem(path, err)
	}
	it := &item{path: path, doc: doc, cfg: cfg, in: input.Defaults(doc.Input, l.defaults)}
	switch {
	case len(doc.Input.Text) > maxBytes:
		it.err = fmt.Errorf("%s: reply of %d bytes is larger than max_reply_bytes (%d); not linted", path, len(doc.Input.Text), maxBytes)
	case input.Blank(doc.Input.Text):
		it.err = &input.Error{Path: path, Line: doc.Line + 1, Msg: "empty reply; nothing to lint"}
		if doc.Line == 0 {
			it.err = &input.Error{Path: path, Msg: "empty reply; nothing to lint"}
		}
	}
	if i := input.InvalidUTF8(data); i >= 0 {
		it.warnings = append(it.warnings, fmt.Sprintf("%s: warning: invalid UTF-8 at byte %d; linting anyway", path, i))
	}
	return it
}

// stream reads the records of a .jsonl stream. A line that is not a valid
// record becomes an error item in its place; the others are linted. A
// stream that starts with NUL bytes is not text and is skipped whole.
func (l *linter) stream(ctx context.Context, path string, cfg *lint.Config, r io.Reader, emit func(*item) bool) bool {
	rd := input.NewReader(r, path, cfg.MaxReplyBytes)
	for first := true; ; first = false {
		if ctx.Err() != nil {
			return false
		}
		rec, err := rd.Next()
		if err == io.EOF {
			return true
		}
		if err != nil {
			return emit(errItem(path, fileError(path, err)))
		}
		it := &item{path: path, rec: rec, cfg: cfg, in: input.Defaults(rec.Input, l.defaults)}
		switch {
		case first && errors.Is(rec.Err, input.ErrBinary):
			it.err = fmt.Errorf("%s: NUL bytes in the first record: not a text file; skipped", path)
			return emit(it)
		case rec.Err != nil:
			it.err = rec.Err
		case input.Blank(rec.Input.Text):
			it.err = &input.Error{Path: path, Line: rec.Line, Msg: "empty reply; nothing to lint"}
		case strings.IndexByte(rec.Input.Text, 0) >= 0:
			it.err = &input.Error{Path: path, Line: rec.Line, Msg: "reply holds a NUL character; not linted", Err: input.ErrBinary}
		}
		if rec.BadUTF8 >= 0 {
			it.warnings = append(it.warnings, fmt.Sprintf("%s:%d: warning: invalid UTF-8 at byte %d; read as U+FFFD", path, rec.Line, rec.BadUTF8))
		}
		if !emit(it) {
			return false
		}
	}
}

// readIncoming reads the customer's message for --in-reply-to.
func readIncoming(name string, e *env) (string, error) {
	var r io.Reader = e.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", fileError(name, err)
		}
		defer f.Close()
		r = f
	} else {
		name = stdinPath
	}
	data, err := io.ReadAll(io.LimitReader(r, lint.DefaultMaxReplyBytes+1))
	if err != nil {
		return "", fileError(name, err)
	}
	if len(data) > lint.DefaultMaxReplyBytes {
		return "", fmt.Errorf("%s: customer's message larger than %d bytes", name, lint.DefaultMaxReplyBytes)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", fmt.Errorf("%s: NUL bytes: not a text file", name)
	}
	if input.Blank(string(data)) {
		return "", fmt.Errorf("%s: the customer's message (--in-reply-to) is empty", name)
	}
	return string(bytes.TrimPrefix(data, []byte("\ufeff"))), nil
}

// dirOf returns the directory of a file, where its config is looked for.
func dirOf(path string) string { return filepath.Dir(path) }
