package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/replylint/replylint/internal/drive"
	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/internal/textpos"
	"github.com/replylint/replylint/lint"
)

// stdinPath names stdin in output when --stdin-filename is not given.
const stdinPath = "<stdin>"

// produce reads the inputs in order and hands each reply, or each input
// that is not one, to em. It returns false when the run was cut short: by
// an interrupt, or because em said stop.
func (l *linter) produce(ctx context.Context, files []string, em emitter) bool {
	if len(files) == 0 {
		files = []string{"-"}
	}
	for _, arg := range files {
		if ctx.Err() != nil {
			return false
		}
		var ok bool
		if arg == "-" {
			ok = l.readStdin(ctx, em)
		} else if st, err := os.Stat(arg); err != nil {
			ok = em.emit(errItem(arg, fileError(arg, err)))
			em.fileDone(0)
		} else if st.IsDir() {
			ok = l.walk(ctx, arg, em)
		} else {
			ok = l.readFile(ctx, arg, false, em)
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

// walk lints the reply files under a directory (.txt, .md, .jsonl, .csv),
// in lexical order, skipping hidden files and directories (.git) and what
// --exclude matches.
func (l *linter) walk(ctx context.Context, root string, em emitter) bool {
	ok := true
	found := 0
	err := l.walkFiles(root, func(p string, err error) bool {
		if ctx.Err() != nil {
			ok = false
			return false
		}
		var sk *skipped
		if errors.As(err, &sk) {
			// Not a reply: a line on stderr in its place, nothing more.
			ok = em.emit(&item{path: p, skip: true, warnings: []string{sk.Error()}})
			return ok
		}
		found++
		if err != nil {
			ok = em.emit(errItem(p, fileError(p, err)))
			em.fileDone(0)
			return ok
		}
		ok = l.readFile(ctx, p, true, em)
		return ok
	})
	switch {
	case err != nil && ok:
		ok = em.emit(errItem(root, fileError(root, err)))
	case found == 0 && ok:
		// Most often a wrong path in a CI job: a run that lints nothing
		// must not pass.
		ok = em.emit(errItem(root, fmt.Errorf("%s: no replies in this directory (no .txt, .md, .jsonl or .csv files%s)", root, l.excludedNote())))
	}
	return ok
}

// excludedNote adds to the message about a directory without replies
// that --exclude may have left them out.
func (l *linter) excludedNote() string {
	if len(l.opts.exclude) == 0 {
		return ""
	}
	return " that --exclude leaves in"
}

// walkFiles calls visit with each reply file under root, in lexical
// order, or with an error for a directory it cannot read; visit returns
// false to stop. Hidden files and directories are skipped, and those an
// --exclude glob matches.
//
// Only regular files are read: a FIFO, socket or device with a reply
// file's name, or a symbolic link to one (or to a directory), is passed
// to visit as a *skipped error, as is a link that leads out of the
// directory tree, which is not followed. A link to a regular file in the
// tree is read under the link's name.
func (l *linter) walkFiles(root string, visit func(path string, err error) bool) error {
	tree := realPath(root)
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if !visit(p, err) {
				return filepath.SkipAll
			}
			return nil // WalkDir skips the directory it could not read
		}
		if p == root {
			return nil
		}
		skip := strings.HasPrefix(d.Name(), ".") || l.excluded(root, p)
		if d.IsDir() {
			if skip {
				return filepath.SkipDir
			}
			return nil
		}
		if skip || !input.ReplyFile(p) {
			return nil
		}
		var why error
		switch t := d.Type(); {
		case t.IsRegular():
		case t&fs.ModeSymlink != 0:
			why = linkProblem(tree, root, p)
		default:
			why = &skipped{path: p, msg: modeName(t) + ", not a regular file; skipped"}
		}
		if !visit(p, why) {
			return filepath.SkipAll
		}
		return nil
	})
}

// skipped is a file a directory walk passes over, with the reason, for a
// line on stderr.
type skipped struct{ path, msg string }

func (s *skipped) Error() string { return s.path + ": " + s.msg }

// realPath is a path's absolute form with its links resolved, or the
// absolute path when it cannot be resolved.
func realPath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// linkProblem says why a symbolic link under root is not read: it leads
// to something other than a regular file, or out of the tree (tree is
// root's real path). A link whose target is missing is left to the read,
// which reports it.
func linkProblem(tree, root, p string) error {
	target, err := filepath.EvalSymlinks(p)
	if err != nil {
		return nil
	}
	target = realPath(target)
	st, err := os.Stat(target)
	if err != nil {
		return nil
	}
	if !st.Mode().IsRegular() {
		return &skipped{path: p, msg: "a link to " + modeName(st.Mode()) + ", not a regular file; skipped"}
	}
	if rel, err := filepath.Rel(tree, target); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return &skipped{path: p, msg: fmt.Sprintf("a link out of %s (to %s); not followed", root, target)}
	}
	return nil
}

// modeName names a kind of file that is not a regular one.
func modeName(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

// excluded reports whether an --exclude glob matches a path below a
// directory argument: its path relative to the argument, with slashes,
// or its base name.
func (l *linter) excluded(root, p string) bool {
	if len(l.opts.exclude) == 0 {
		return false
	}
	rel, err := filepath.Rel(root, p)
	if err != nil {
		rel = p
	}
	rel, base := filepath.ToSlash(rel), filepath.Base(p)
	for _, g := range l.opts.exclude {
		if m, _ := path.Match(g, rel); m {
			return true
		}
		if m, _ := path.Match(g, base); m {
			return true
		}
	}
	return false
}

// errNotRegular is a file found in a directory walk that is not a regular
// file when it is opened.
var errNotRegular = errors.New("not a regular file; skipped")

// readFile reads a file's replies: an export (.jsonl, .csv) is streamed
// here, record by record; a .txt or .md reply is read by a worker.
// regularOnly is set for a file a directory walk found.
func (l *linter) readFile(ctx context.Context, path string, regularOnly bool, em emitter) bool {
	if !input.FormatOf(path).Stream() {
		ok := em.emit(&item{path: path, load: true, regularOnly: regularOnly})
		em.fileDone(0)
		return ok
	}
	cfg, err := l.configFor(path)
	if err != nil {
		ok := em.emit(errItem(path, err))
		em.fileDone(0)
		return ok
	}
	f, err := openFile(path, regularOnly)
	if err != nil {
		ok := em.emit(errItem(path, fileError(path, err)))
		em.fileDone(0)
		return ok
	}
	defer f.Close()
	return l.stream(ctx, path, cfg, f, em)
}

// load reads a .txt or .md reply file, in a worker.
func (l *linter) load(it *item) {
	it.load = false
	cfg, err := l.configFor(it.path)
	if err != nil {
		it.err = err
		return
	}
	f, err := openFile(it.path, it.regularOnly)
	if err != nil {
		it.err = fileError(it.path, err)
		return
	}
	defer f.Close()
	*it = *l.readDocument(it.path, cfg, f)
}

// readStdin reads stdin as the file --stdin-filename names: its extension
// says the format and its directory where the config is.
func (l *linter) readStdin(ctx context.Context, em emitter) bool {
	path := l.opts.stdinName
	if path == "" {
		path = stdinPath
	}
	cfg, err := l.configFor(l.opts.stdinName)
	if err != nil {
		return em.emit(errItem(path, err))
	}
	if input.FormatOf(path).Stream() {
		return l.stream(ctx, path, cfg, l.env.stdin, em)
	}
	ok := em.emit(l.readDocument(path, cfg, l.env.stdin))
	em.fileDone(0)
	return ok
}

// readDocument reads one .txt or .md reply.
func (l *linter) readDocument(path string, cfg *lint.Config, r io.Reader) *item {
	maxBytes := cfg.MaxReplyBytes
	limit := maxBytes + 3 // a byte order mark
	if input.FormatOf(path) == input.Markdown {
		limit = 2*maxBytes + 64<<10 // front matter may hold the customer's message
	}
	data, release, err := readLimited(r, limit)
	defer release()
	if err != nil && err != errTooLarge {
		return errItem(path, fileError(path, err))
	}
	if err == errTooLarge || len(data) > limit {
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
	bad, err := drive.CheckText("reply", doc.Input.Text, maxBytes)
	var te *drive.TextError
	if errors.As(err, &te) {
		// Offsets in the file, and the line where the reply starts when
		// front matter comes before it.
		te.Offset += doc.Offset
		line := 0
		if te.Kind == drive.ErrEmpty && doc.Line > 0 {
			line = doc.Line + 1
		}
		it.err = &input.Error{Path: path, Line: line, Msg: te.Error(), Err: te}
		return it
	}
	if bad >= 0 {
		i := doc.Offset + bad
		p := textpos.FilePosition(data, i)
		it.warnings = append(it.warnings, fmt.Sprintf("%s:%d:%d: warning: invalid UTF-8 at byte %d; linting anyway", path, p.Line, p.Column, i))
	}
	return it
}

// readBuffers are the buffers reply files are read into; a reply is
// copied out of its buffer, so one buffer serves many files.
var readBuffers = sync.Pool{New: func() any { return new([]byte) }}

// sizedReader is a file that knows what is left to read in it when it is
// a regular file, so it is read in one call, or not at all when it is too
// large.
type sizedReader interface {
	io.Reader
	regularSize() (left int64, regular bool)
}

// osFile is an *os.File with its size: stdin redirected from a file,
// which a command before replylint may have read part of.
type osFile struct{ *os.File }

func (f osFile) regularSize() (int64, bool) {
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return 0, false
	}
	at, err := f.Seek(0, io.SeekCurrent)
	if err != nil || at > st.Size() {
		return 0, false
	}
	return st.Size() - at, true
}

// errTooLarge says a file is larger than the limit, without reading it.
var errTooLarge = errors.New("too large")

// readLimited reads up to limit+1 bytes: enough to tell that a file is
// larger than limit without reading it all. The bytes are valid until
// release is called. A regular file is read with one read of the size
// fstat gives: a snapshot, with no second read to see the end.
func readLimited(r io.Reader, limit int) (data []byte, release func(), err error) {
	bp := readBuffers.Get().(*[]byte)
	release = func() {
		if cap(*bp) <= 256<<10 {
			readBuffers.Put(bp)
		}
	}
	buf := (*bp)[:0]
	if f, ok := r.(*os.File); ok {
		r = osFile{f} // stdin redirected from a file
	}
	if f, ok := r.(sizedReader); ok {
		size, regular := f.regularSize()
		if regular && size > int64(limit) {
			return nil, release, errTooLarge
		}
		if regular && size > 0 {
			buf = slices.Grow(buf, int(size))[:size]
			*bp = buf
			n, err := io.ReadFull(f, buf)
			if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF { // EOF: the file shrank
				return nil, release, err
			}
			return buf[:n], release, nil
		}
	}
	w := bytes.NewBuffer(buf)
	_, err = w.ReadFrom(io.LimitReader(r, int64(limit)+1))
	*bp = w.Bytes()
	return w.Bytes(), release, err
}

// recordReader is a reader of an export: .jsonl or .csv.
type recordReader interface {
	Next() (*input.Record, error)
	Buffered() int
	Offset() int64
}

// stream reads the records of an export (.jsonl, .csv). A record that is
// not valid becomes an error item in its place; the others are linted. A
// stream that starts with NUL bytes is not text and is skipped whole.
func (l *linter) stream(ctx context.Context, path string, cfg *lint.Config, r io.Reader, em emitter) bool {
	var rd recordReader
	badBytes := "read as U+FFFD"
	if input.FormatOf(path) == input.CSV {
		rd = input.NewCSVReader(r, path, cfg.MaxReplyBytes, l.opts.columns)
		badBytes = "linting anyway"
	} else {
		rd = input.NewReader(r, path, cfg.MaxReplyBytes)
	}
	defer func() { em.fileDone(rd.Offset()) }()
	for first := true; ; first = false {
		if ctx.Err() != nil {
			return false
		}
		if rd.Buffered() == 0 {
			// The next read may wait for a live stream: what was read so
			// far goes to the workers first.
			em.streamAt(rd.Offset())
			if !em.wait() {
				return false
			}
		}
		rec, err := rd.Next()
		if err == io.EOF {
			return true
		}
		if err != nil {
			var ie *input.Error
			switch {
			case errors.As(err, &ie) && errors.Is(err, input.ErrColumns):
				err = fmt.Errorf("%w; name the columns with --columns, e.g. --columns reply=Tekst", err)
			case errors.As(err, &ie):
			default:
				err = fileError(path, err)
			}
			return em.emit(errItem(path, err))
		}
		// The progress line goes by the bytes read as records: every
		// record moves it, not only a read that empties the buffer.
		em.streamAt(rd.Offset())
		it := &item{path: path, rec: rec, cfg: cfg, in: input.Defaults(rec.Input, l.defaults)}
		switch {
		case first && errors.Is(rec.Err, input.ErrBinary):
			it.err = fmt.Errorf("%s: NUL bytes in the first record: not a text file; skipped", path)
			return em.emit(it)
		case rec.Err != nil:
			it.err = rec.Err
		default:
			if _, err := drive.CheckText("reply", rec.Input.Text, cfg.MaxReplyBytes); err != nil {
				it.err = &input.Error{Path: path, Line: rec.Line, Msg: err.Error(), Err: err}
			}
		}
		for _, w := range rec.Warnings {
			it.warnings = append(it.warnings, fmt.Sprintf("%s:%d: warning: %s", w.Path, w.Line, w.Msg))
		}
		if rec.BadUTF8 >= 0 {
			it.warnings = append(it.warnings, fmt.Sprintf("%s:%d: warning: invalid UTF-8 at byte %d; %s", path, rec.Line, rec.BadUTF8, badBytes))
		}
		if !em.emit(it) {
			return false
		}
	}
}

// readIncoming reads the customer's message for --in-reply-to.
func readIncoming(name string, e *env) (string, error) {
	what := "the customer's message (--in-reply-to)"
	data, _, err := readMessage(name, stdinPath, lint.DefaultMaxReplyBytes, what, what+" is empty", e)
	return string(data), err
}

// readMessage reads a text the command needs whole, a file or stdin ("-",
// called stdinName in messages), of at most limit bytes: larger (never cut
// off), NUL bytes or blank (the error ifEmpty) are errors naming the file.
// A byte order mark is dropped. It returns the text and the name it goes
// by.
func readMessage(name, stdinName string, limit int, what, ifEmpty string, e *env) ([]byte, string, error) {
	var r io.Reader = e.stdin
	path := stdinName
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, name, fileError(name, err)
		}
		defer f.Close()
		r, path = f, name
	}
	data, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, path, fileError(path, err)
	}
	_, err = drive.CheckText(what, string(data), limit)
	var te *drive.TextError
	if errors.As(err, &te) {
		switch te.Kind {
		case drive.ErrTooLarge:
			return nil, path, fmt.Errorf("%s: %s is larger than %d bytes", path, what, limit)
		case drive.ErrBinary:
			return nil, path, fmt.Errorf("%s: NUL bytes: not a text file", path)
		case drive.ErrEmpty:
			return nil, path, fmt.Errorf("%s: %s", path, ifEmpty)
		}
		return nil, path, fmt.Errorf("%s: %s has no valid UTF-8 text (invalid from byte %d)", path, what, te.Offset)
	}
	return bytes.TrimPrefix(data, []byte("\ufeff")), path, nil
}
