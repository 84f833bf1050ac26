package serve

import (
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// guard decides which requests the server answers: those whose Host is
// the address it is bound to, and whose Origin, when they have one, is the
// page itself or an allowed origin.
//
// A page on another site can make a browser send requests to
// 127.0.0.1:8080, and with DNS rebinding it can even read the answers: its
// own host name then resolves to 127.0.0.1, but the browser still sends
// that name in the Host header. So the Host must be an IP literal or
// "localhost" (names no attacker controls), or a name the user allowed,
// with the bound port.
type guard struct {
	port string
	// hosts are the accepted host names and IPs, lower case, without
	// brackets or port.
	hosts map[string]bool
	// anyIP accepts every IP literal: the server is bound to all
	// interfaces, so it is reached by any of the machine's addresses.
	anyIP bool
	// origins are the allowed cross-origin origins, anyOrigin is "*".
	origins   map[string]bool
	anyOrigin bool
}

func newGuard(addr string, allowOrigins, allowHosts []string) (*guard, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("address %q: %w", addr, err)
	}
	if port == "" || port == "0" {
		return nil, fmt.Errorf("address %q: want the port the server is bound to", addr)
	}
	g := &guard{port: port, hosts: map[string]bool{}, origins: map[string]bool{}}
	host = normalHost(host)
	ip := net.ParseIP(host)
	switch {
	case host == "" || ip != nil && ip.IsUnspecified():
		g.anyIP = true
		g.hosts["localhost"] = true
	case host == "localhost" || ip != nil && ip.IsLoopback():
		for _, h := range []string{"localhost", "127.0.0.1", "::1", host} {
			g.hosts[h] = true
		}
	default:
		g.hosts[host] = true
	}
	for _, h := range allowHosts {
		g.hosts[normalHost(h)] = true
	}
	for _, o := range allowOrigins {
		if o == "*" {
			g.anyOrigin = true
			continue
		}
		n, ok := normalOrigin(o)
		if !ok {
			return nil, fmt.Errorf("allowed origin %q: want scheme://host[:port], e.g. http://localhost:3000", o)
		}
		g.origins[n] = true
	}
	return g, nil
}

// normalHost lowers a host name and drops IPv6 brackets and a trailing
// dot.
func normalHost(h string) string {
	return strings.TrimSuffix(strings.ToLower(strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")), ".")
}

// normalOrigin returns an origin as browsers send it: scheme://host[:port]
// in lower case, without a default port. ok is false for anything else,
// including "null".
func normalOrigin(o string) (string, bool) {
	u, err := url.Parse(o)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
		u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		return "", false
	}
	host, port := u.Hostname(), u.Port()
	if port == defaultPort(u.Scheme) {
		port = ""
	}
	h := strings.ToLower(host)
	if strings.Contains(h, ":") {
		h = "[" + h + "]"
	}
	if port != "" {
		h += ":" + port
	}
	return u.Scheme + "://" + h, true
}

func defaultPort(scheme string) string {
	if scheme == "https" {
		return "443"
	}
	return "80"
}

// hostOK reports whether a Host header (or an origin's host) names this
// server; port is the one to assume when it names none.
func (g *guard) hostOK(hostport, port string) bool {
	host, p, err := net.SplitHostPort(hostport)
	if err != nil {
		host, p = hostport, port
	}
	if p != g.port || host == "" {
		return false
	}
	host = normalHost(host)
	if g.hosts[host] {
		return true
	}
	return g.anyIP && net.ParseIP(host) != nil
}

// sameOrigin reports whether an Origin header is the page itself.
func (g *guard) sameOrigin(origin string) bool {
	u, err := url.Parse(origin)
	if err != nil || u.Scheme != "http" || u.Host == "" {
		return false
	}
	return g.hostOK(u.Host, "80")
}

// check returns the status and message for a request the server refuses,
// or 0. cors is set for an allowed cross-origin request, which gets CORS
// headers.
func (g *guard) check(r *http.Request) (status int, msg string, cors bool) {
	if !g.hostOK(r.Host, "80") {
		return http.StatusForbidden, fmt.Sprintf("host %q is not the address this server is bound to; open the page at its own address", r.Host), false
	}
	origin := r.Header.Get("Origin")
	if origin == "" || g.sameOrigin(origin) {
		return 0, "", false
	}
	if n, ok := normalOrigin(origin); ok && (g.anyOrigin || g.origins[n]) {
		return 0, "", true
	}
	return http.StatusForbidden, fmt.Sprintf("origin %q may not use this server (allow it with --allow-origin)", origin), false
}
