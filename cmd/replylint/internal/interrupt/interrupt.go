// Package interrupt catches the first SIGINT (^C) of a replylint process
// from the moment the program starts: its init runs among the first
// package initialisers, before the lexicons, models and templates load,
// so an interrupt that comes while replylint starts is not lost. That
// matters most for a process started with SIGINT ignored (a background
// job of a script, which then sends "kill -INT"): until a handler is
// installed, such a signal is dropped without a trace.
//
// The package imports only os and os/signal, so that it is initialised as
// soon as they are. A test binary (its name ends in ".test") does not
// catch the signal, so that ^C still ends "go test".
package interrupt

import (
	"os"
	"os/signal"
)

// signals receives the first interrupt; it holds one, so a signal that
// comes before Notify is called waits there.
var signals chan os.Signal

func init() {
	if testBinary(os.Args[0]) {
		return
	}
	signals = make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt)
}

// testBinary reports whether a program name is that of a test binary:
// it ends in ".test" or ".test.exe".
func testBinary(name string) bool {
	for _, suffix := range []string{".test", ".test.exe"} {
		if len(name) >= len(suffix) && name[len(name)-len(suffix):] == suffix {
			return true
		}
	}
	return false
}

// Notify calls cancel at the first interrupt, also one that came before
// the call. After it the signal's default action is back: a second ^C
// ends the process at once. The function it returns releases the
// handler. In a test binary it returns false and does nothing.
func Notify(cancel func()) (stop func(), ok bool) {
	if signals == nil {
		return func() {}, false
	}
	done := make(chan struct{})
	go func() {
		select {
		case <-signals:
			signal.Stop(signals)
			cancel()
		case <-done:
		}
	}()
	stopped := false
	return func() {
		if !stopped {
			stopped = true
			close(done)
			signal.Stop(signals)
		}
	}, true
}
