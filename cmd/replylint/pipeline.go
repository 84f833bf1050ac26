package main

import (
	"context"
	"sync/atomic"

	"github.com/replylint/replylint/internal/drive"
	"github.com/replylint/replylint/lint"
)

// Batches: the reader hands replies to the workers in batches, so that a
// run of many short replies costs a few channel operations per batch
// rather than per reply, while a live stream is still linted as it comes.
const (
	// batchItems is the most replies in a batch.
	batchItems = 64
	// batchBytes ends a batch once its replies hold this much text, which
	// bounds the memory of the replies in flight.
	batchBytes = 256 << 10
	// readAhead bounds the text of the replies read but not yet reported,
	// whatever -j is: the reader waits when the workers or the writer fall
	// behind. It is counted in units of readAheadUnit.
	readAhead     = 32 << 20
	readAheadUnit = 64 << 10
)

// budget is the read-ahead allowance, as tokens of readAheadUnit bytes.
type budget chan struct{}

func newBudget() budget { return make(budget, readAhead/readAheadUnit) }

// acquire takes the tokens for size bytes (at least one, at most all, so
// one large reply still goes), waiting while too much is in flight. It
// returns how many it took, or false on an interrupt.
func (b budget) acquire(ctx context.Context, size int) (int, bool) {
	n := min(cap(b), max(1, (size+readAheadUnit-1)/readAheadUnit))
	for i := range n {
		select {
		case b <- struct{}{}:
		case <-ctx.Done():
			b.release(i)
			return 0, false
		}
	}
	return n, true
}

// release gives back n tokens.
func (b budget) release(n int) {
	for range n {
		<-b
	}
}

// batch is a run of consecutive items, linted by one worker in order.
type batch struct {
	items []*item
	// size is the text the items hold, as far as the reader knows it.
	size int
	// filesDone counts the input files whose last item is in this batch or
	// before it, and offset is how far a single stream had been read: both
	// for the progress line.
	filesDone int
	offset    int64
	// tokens is the read-ahead budget the batch holds until it is
	// reported.
	tokens int
	// finished counts the items done, in order; done is closed when the
	// worker has left the batch: all done, or cut short by an interrupt.
	finished atomic.Int32
	done     chan struct{}
}

// emitter takes the items of a run in input order from the readers.
type emitter interface {
	// emit takes one item; false means stop reading (an interrupt).
	emit(it *item) bool
	// wait says the reader's next read may block: the items taken so far
	// should go to the workers now rather than wait for more.
	wait() bool
	// fileDone says an input file is read to its end; at is how far a
	// stream was read, for the progress line.
	fileDone(at int64)
	// streamAt says how far a stream has been read.
	streamAt(at int64)
}

// batcher is the emitter of a linting run: it fills batches and hands
// each to the reporting order and to the workers.
type batcher struct {
	ctx    context.Context
	order  chan<- *batch
	work   chan<- *batch
	cur    *batch
	budget budget
}

func (b *batcher) batch() *batch {
	if b.cur == nil {
		b.cur = &batch{items: make([]*item, 0, batchItems), done: make(chan struct{})}
	}
	return b.cur
}

func (b *batcher) emit(it *item) bool {
	cur := b.batch()
	cur.items = append(cur.items, it)
	cur.size += it.size()
	if len(cur.items) >= batchItems || cur.size >= batchBytes {
		return b.flush()
	}
	return true
}

func (b *batcher) wait() bool { return b.flush() }

func (b *batcher) fileDone(at int64) {
	cur := b.batch()
	cur.filesDone++
	cur.offset = at
}

func (b *batcher) streamAt(at int64) { b.batch().offset = at }

// flush hands the current batch on; an empty one only when it counts a
// finished file.
func (b *batcher) flush() bool {
	cur := b.cur
	if cur == nil || (len(cur.items) == 0 && cur.filesDone == 0) {
		return b.ctx.Err() == nil
	}
	b.cur = nil
	tokens, ok := b.budget.acquire(b.ctx, cur.size)
	if !ok {
		return false
	}
	cur.tokens = tokens
	select {
	case b.order <- cur:
	case <-b.ctx.Done():
		return false
	}
	select {
	case b.work <- cur:
		return true
	case <-b.ctx.Done():
		return false
	}
}

// emitFunc is an emitter that hands each item to a function at once, for
// commands that read one reply.
type emitFunc func(*item) bool

func (f emitFunc) emit(it *item) bool { return f(it) }
func (emitFunc) wait() bool           { return true }
func (emitFunc) fileDone(int64)       {}
func (emitFunc) streamAt(int64)       {}

// size is what an item holds in memory, as far as the reader knows.
func (it *item) size() int {
	if it.load {
		return 4 << 10 // a reply file, read by the worker
	}
	return len(it.in.Text) + len(it.in.Incoming) + 256
}

// pipeline lints every input with -j workers and hands each item to
// deliver in input order, in the calling goroutine. onLinted, when set,
// runs in the worker after a reply is linted (e.g. to add it to a team
// report), before the reply's analysis is let go. pipeline returns true
// when the run was interrupted: then deliver has seen every item that was
// done, in order, and nothing after the first that was not.
func (l *linter) pipeline(ctx context.Context, files []string, onLinted func(*item), deliver func(*item)) (interrupted bool) {
	jobs := l.opts.jobs
	order := make(chan *batch, 2*jobs) // bounds the batches in memory
	work := make(chan *batch, jobs)
	ahead := newBudget() // bounds the bytes in memory
	for range jobs {
		go func() {
			for b := range work {
				// After an interrupt the rest of the batch is left
				// undone: finished counts the items done, in order.
				for _, it := range b.items {
					if ctx.Err() != nil {
						break
					}
					l.process(it, onLinted)
					b.finished.Add(1)
				}
				close(b.done)
			}
		}()
	}
	cut := false
	go func() {
		defer close(order)
		defer close(work)
		bt := &batcher{ctx: ctx, order: order, work: work, budget: ahead}
		cut = !l.produce(ctx, files, bt)
		if !bt.flush() {
			cut = true
		}
	}()

	// next returns the next batch in input order; after an interrupt only
	// one already read, without waiting for more input.
	next := func() (*batch, bool) {
		select {
		case b, ok := <-order:
			return b, ok
		case <-ctx.Done():
			select {
			case b, ok := <-order:
				return b, ok
			default:
				interrupted = true
				return nil, false
			}
		}
	}
	for b, ok := next(); ok; b, ok = next() {
		select {
		case <-b.done:
		case <-ctx.Done():
		}
		// Only the items done are reported: after an interrupt a batch
		// may be cut short, and nothing after its first undone item is.
		n := int(b.finished.Load())
		if n < len(b.items) {
			interrupted = true
		}
		for _, it := range b.items[:n] {
			deliver(it)
		}
		if interrupted {
			break
		}
		ahead.release(b.tokens)
		l.progress.batchDone(b)
	}
	if !interrupted && cut {
		interrupted = true // order is closed: the reader has stopped
	}
	return interrupted
}

// process reads (for a reply file), lints and places one item, in a
// worker. A panic in a rule becomes an error for that reply, so one odd
// record does not end a bulk run. What the formatters need stays in
// it.file; the analysis is let go at once.
func (l *linter) process(it *item, onLinted func(*item)) {
	if it.skip {
		return
	}
	if err := drive.Safely(it.where(), func() { l.lintAndPlace(it, onLinted) }); err != nil {
		it.err, it.res = err, lint.Result{}
		it.file = it.report()
	}
}

// lintAndPlace is process's work: read, lint, place the findings.
func (l *linter) lintAndPlace(it *item, onLinted func(*item)) {
	if it.load {
		l.load(it)
	}
	if it.err == nil {
		l.lintItem(it)
	}
	it.file = it.report()
	if it.err == nil && onLinted != nil {
		onLinted(it)
	}
	it.file.Result.Analysis = nil
	it.res = lint.Result{}
}
