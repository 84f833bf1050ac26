package serve

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/replylint/replylint/internal/drive"
	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/reply"
)

// DefaultAddr is the address the server binds unless told otherwise: the
// loopback interface only, so nothing outside this machine reaches it.
const DefaultAddr = "127.0.0.1:8080"

// DefaultMaxBodyBytes limits a request body unless Options says otherwise:
// room for a reply and a customer's message of the default
// max_reply_bytes each, JSON-escaped, and the other fields.
const DefaultMaxBodyBytes = 2*lint.DefaultMaxReplyBytes + 64<<10

// Timeouts of the http.Server that Serve runs. A linted reply answers in
// milliseconds; the limits only stop slow or stuck clients from holding
// connections.
const (
	ReadHeaderTimeout = 5 * time.Second
	ReadTimeout       = 15 * time.Second
	WriteTimeout      = 30 * time.Second
	IdleTimeout       = 2 * time.Minute
	// HandlerTimeout is how long an API request may take before it is
	// answered with 503 Service Unavailable.
	HandlerTimeout = 20 * time.Second
	// ShutdownTimeout is how long Serve waits for requests in flight when
	// its context ends.
	ShutdownTimeout = 5 * time.Second
)

// Options configure the server. The zero value serves on DefaultAddr with
// the config found from the working directory.
type Options struct {
	// Addr is the host:port the server is bound to; requests for any
	// other Host are refused. Serve sets it from its listener. Default
	// DefaultAddr.
	Addr string
	// AllowOrigins lists origins ("http://localhost:3000") whose pages may
	// call the API, with CORS; "*" allows any. Empty: only the page
	// itself.
	AllowOrigins []string
	// AllowHosts lists extra host names (without port) that requests may
	// name in their Host header, e.g. a name the machine is reached by
	// when bound to a non-loopback address.
	AllowHosts []string

	// ConfigPath is the config file to use; "" finds .replylint.yaml from
	// Dir upwards, as the CLI does.
	ConfigPath string
	// MatrixPath is the escalation matrix for triage; "" finds
	// escalation.yaml from Dir upwards, else the built-in matrix.
	MatrixPath string
	// Dir is where config files are looked for; "" is the working
	// directory.
	Dir string

	// MaxBodyBytes limits a request body; 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// Logger receives the server's log; nil discards it.
	Logger *slog.Logger
	// Ready, when set, is called by Serve with the page's URL once the
	// config and matrix are loaded and requests are about to be served.
	Ready func(url string)
}

// server holds what the handlers share. Its fields are read-only after
// New, apart from the sources, which lock.
type server struct {
	logger  *slog.Logger
	guard   *guard
	maxBody int64
	timeout time.Duration
	// work holds a slot per CPU: linting, drafting and triage wait for
	// one, so a burst of requests (a huge text pasted and edited) queues
	// instead of running all at once.
	work chan struct{}
	// heavy is the one slot for a request with long texts (HeavyBytes),
	// taken besides a work slot, so that memory stays bounded.
	heavy  chan struct{}
	config *drive.Configs
	dir    string // where configs are looked for
	matrix *drive.Source[*reply.Matrix]
}

// New returns the handler for the page and the API. It reads the config
// and the escalation matrix once, so a broken file is an error now rather
// than on the first request. The handler is safe for concurrent use.
func New(opts Options) (http.Handler, error) {
	s, err := newServer(opts)
	if err != nil {
		return nil, err
	}
	return s.handler(), nil
}

func newServer(opts Options) (*server, error) {
	addr := opts.Addr
	if addr == "" {
		addr = DefaultAddr
	}
	g, err := newGuard(addr, opts.AllowOrigins, opts.AllowHosts)
	if err != nil {
		return nil, err
	}
	dir := opts.Dir
	if dir == "" {
		dir = "."
	}
	if dir, err = filepath.Abs(dir); err != nil {
		return nil, err
	}
	s := &server{
		logger:  opts.Logger,
		guard:   g,
		maxBody: opts.MaxBodyBytes,
		timeout: HandlerTimeout,
		work:    make(chan struct{}, runtime.GOMAXPROCS(0)),
		heavy:   make(chan struct{}, 1),
	}
	if s.logger == nil {
		s.logger = slog.New(slog.DiscardHandler)
	}
	if s.maxBody <= 0 {
		s.maxBody = DefaultMaxBodyBytes
	}
	s.dir = dir
	s.config = &drive.Configs{Path: opts.ConfigPath, Logger: s.logger}
	s.matrix = &drive.Source[*reply.Matrix]{
		What: "escalation matrix", Path: opts.MatrixPath, Logger: s.logger,
		Find: func() string { return lint.FindUp(dir, reply.MatrixFileName) },
		Load: reply.LoadMatrix, Fallback: reply.DefaultMatrix,
	}
	if _, err := s.config.For(dir); err != nil {
		return nil, err
	}
	if _, err := s.matrix.Get(); err != nil {
		return nil, err
	}
	return s, nil
}

// NewServer returns an http.Server for a handler with the package's
// timeouts and the logger for its errors.
func NewServer(h http.Handler, logger *slog.Logger) *http.Server {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
}

// Serve serves the page and the API on a listener until ctx ends, then
// shuts down gracefully (waiting up to ShutdownTimeout) and returns nil.
// opts.Addr is set from the listener. Serve closes the listener.
func Serve(ctx context.Context, ln net.Listener, opts Options) error {
	opts.Addr = ln.Addr().String()
	h, err := New(opts)
	if err != nil {
		ln.Close()
		return err
	}
	srv := NewServer(h, opts.Logger)
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	done := make(chan error, 1)
	stop := context.AfterFunc(ctx, func() {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), ShutdownTimeout)
		defer cancel()
		done <- srv.Shutdown(sctx)
	})
	logger.Info("serving", "url", URL(opts.Addr))
	if opts.Ready != nil {
		opts.Ready(URL(opts.Addr))
	}
	err = srv.Serve(ln)
	if !errors.Is(err, http.ErrServerClosed) {
		if stop() {
			srv.Close()
		}
		return err
	}
	return <-done
}

// Listen listens on addr (DefaultAddr when empty) for Serve. A host name
// in addr is added to opts.AllowHosts, so requests that name it are
// accepted besides the address it resolves to.
func Listen(ctx context.Context, addr string, opts *Options) (net.Listener, error) {
	if addr == "" {
		addr = DefaultAddr
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("address %q: %w", addr, err)
	}
	if host != "" && net.ParseIP(host) == nil {
		opts.AllowHosts = append(opts.AllowHosts[:len(opts.AllowHosts):len(opts.AllowHosts)], host)
	}
	var lc net.ListenConfig
	return lc.Listen(ctx, "tcp", addr)
}

// ListenAndServe listens on addr (see Listen) and serves the page and the
// API until ctx ends; see Serve.
func ListenAndServe(ctx context.Context, addr string, opts Options) error {
	ln, err := Listen(ctx, addr, &opts)
	if err != nil {
		return err
	}
	return Serve(ctx, ln, opts)
}

// URL returns the address of the page for a host:port the server is
// bound to; an unspecified host (":8080", "0.0.0.0:8080") becomes
// 127.0.0.1.
func URL(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "http://" + addr + "/"
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}

// UserLang returns the language of the person running the server, "nl"
// or "en", from the locale variables that getenv reads (LC_ALL, then
// LC_MESSAGES, then LANG, as POSIX orders them): Dutch for a locale of
// nl, English otherwise.
func UserLang(getenv func(string) string) string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "nl") {
				return "nl"
			}
			return "en"
		}
	}
	return "en"
}

// Announce says, in lang ("nl" or "en"), where a server listening on addr
// (the listener's address, as Serve has it) can be reached: the line to
// print once it serves, and a warning when the page is reachable from
// other machines ("" when it is bound to the loopback interface only). A
// server bound to every interface ("0.0.0.0:9001", "[::]:9001") says so,
// with the URL to open on this machine.
func Announce(addr, lang string) (line, warning string) {
	nl := lang == "nl"
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		if nl {
			return "replylint draait op " + addr + " (Ctrl-C stopt)", ""
		}
		return "replylint serving on " + addr + " (Ctrl-C stops)", ""
	}
	ip := net.ParseIP(host)
	switch {
	case host == "" || ip != nil && ip.IsUnspecified():
		if nl {
			line = fmt.Sprintf("replylint draait op alle netwerkinterfaces van deze computer, poort %s (%s); op deze computer: %s (Ctrl-C stopt)", port, addr, URL(addr))
		} else {
			line = fmt.Sprintf("replylint serving on every network interface of this machine, port %s (%s); on this machine: %s (Ctrl-C stops)", port, addr, URL(addr))
		}
	case nl:
		line = fmt.Sprintf("replylint draait op %s (Ctrl-C stopt)", URL(addr))
	default:
		line = fmt.Sprintf("replylint serving on %s (Ctrl-C stops)", URL(addr))
	}
	if host == "localhost" || ip != nil && ip.IsLoopback() {
		return line, ""
	}
	local := net.JoinHostPort("127.0.0.1", port)
	if nl {
		warning = fmt.Sprintf("let op: de pagina en de API zijn vanaf het netwerk bereikbaar voor iedereen die deze computer op poort %s kan bereiken, zonder wachtwoord; met --addr %s blijven ze op deze computer", port, local)
	} else {
		warning = fmt.Sprintf("warning: the page and the API are reachable from the network by anyone who can reach this machine on port %s, without a password; --addr %s keeps them on this machine", port, local)
	}
	return line, warning
}
