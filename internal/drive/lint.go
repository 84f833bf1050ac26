package drive

import (
	"context"
	"fmt"
	"runtime"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// PanicError is a panic in a rule, recovered by Lint so that one odd input
// does not end a bulk run, a language-server session or a web request.
type PanicError struct {
	// Where names the input: a path, "path:line" for a record, or "".
	Where string
	// Value is what the rule panicked with.
	Value any
	// Stack is the panicking goroutine's stack, for a log.
	Stack []byte
}

// Error says where the panic happened and asks for a report.
func (e *PanicError) Error() string {
	msg := fmt.Sprintf("internal error, please report it: %v", e.Value)
	if e.Where == "" {
		return msg
	}
	return e.Where + ": " + msg
}

// Lint lints in under cfg (nil is the default config) as lint.Lint does;
// a panic in a rule becomes a *PanicError naming the input by where, and
// the result is then empty.
func Lint(where string, in tone.Input, cfg *lint.Config) (lint.Result, error) {
	return safe(where, func() lint.Result { return lint.Lint(in, cfg) })
}

// LintWith is Lint with a linter of the caller's (its own rules or
// options).
func LintWith(where string, l *lint.Linter, in tone.Input) (lint.Result, error) {
	return safe(where, func() lint.Result { return l.Lint(in) })
}

func safe(where string, f func() lint.Result) (res lint.Result, err error) {
	if err = Safely(where, func() { res = f() }); err != nil {
		res = lint.Result{}
	}
	return res, err
}

// LintContext is Lint that stops when ctx ends, as lint.LintContext does
// (returning ctx's error). A panic is a *PanicError as in Lint.
func LintContext(ctx context.Context, where string, in tone.Input, cfg *lint.Config) (res lint.Result, err error) {
	if perr := Safely(where, func() { res, err = lint.LintContext(ctx, in, cfg) }); perr != nil {
		return lint.Result{}, perr
	}
	return res, err
}

// Safely runs f and turns a panic in it into a *PanicError naming the
// input by where: the one recovery of the CLI's workers, the language
// server and the web page.
func Safely(where string, f func()) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = Recovered(where, v)
		}
	}()
	f()
	return nil
}

// Recovered makes the *PanicError of a value recover returned, with the
// stack of the goroutine that panicked, for a deferred function of a
// front end's own (an HTTP handler's guard) that must call recover itself.
func Recovered(where string, v any) *PanicError {
	buf := make([]byte, 4<<10)
	buf = buf[:runtime.Stack(buf, false)]
	return &PanicError{Where: where, Value: v, Stack: buf}
}
