package server

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// The address a request came from, for the trainer's guess limits, the
// login's record and the control log. Behind a reverse proxy (nginx, a
// TLS terminator) every request comes from the proxy, and the control log
// named the proxy's address for every trainer. Config.TrustedProxies names
// the proxies; only a request whose own peer is one of them is read
// further, from X-Forwarded-For (or Forwarded, RFC 7239, when it is there),
// from the right: each trusted proxy appended the address it saw, and the
// first address from the right that is not a trusted proxy is the client.
// Whatever a client writes into those headers itself stands to the left of
// what the proxies appended, and is never read past an untrusted hop. With
// no trusted proxies (the default) the headers are not read at all: a
// server never trusts what a client says of itself.

// ParseTrustedProxies reads the addresses and networks given for
// --trusted-proxy ("10.0.0.1", "10.0.0.0/8", "::1"; comma-separated or
// one per flag).
func ParseTrustedProxies(specs []string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, spec := range specs {
		for _, f := range strings.Split(spec, ",") {
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			if p, err := netip.ParsePrefix(f); err == nil {
				out = append(out, p.Masked())
				continue
			}
			a, err := netip.ParseAddr(f)
			if err != nil {
				return nil, err
			}
			a = a.Unmap()
			out = append(out, netip.PrefixFrom(a, a.BitLen()))
		}
	}
	return out, nil
}

// clientAddr is the address a request is counted against and recorded
// with: the client's IP (see above), and for IPv6 its /64 (one machine
// usually has a whole /64).
func (s *Server) clientAddr(r *http.Request) string {
	host := clientHost(r, s.cfg.TrustedProxies)
	ip := net.ParseIP(host)
	if ip == nil {
		return host
	}
	if ip.To4() == nil {
		return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
	}
	return ip.String()
}

// clientHost is the client's address as the request's peer and the trusted
// proxies tell it.
func clientHost(r *http.Request, trusted []netip.Prefix) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	if err != nil || !isTrusted(peer, trusted) {
		return host
	}
	hops := forwardedFor(r.Header)
	if hops == nil {
		hops = xForwardedFor(r.Header)
	}
	client := peer
	for i := len(hops) - 1; i >= 0; i-- {
		a, ok := hopAddr(hops[i])
		if !ok {
			// "unknown", an obfuscated name: nothing to the left of it
			// can be told apart from what a client wrote; the nearest
			// address known stands.
			break
		}
		client = a
		if !isTrusted(a, trusted) {
			break
		}
	}
	return client.String()
}

func isTrusted(a netip.Addr, trusted []netip.Prefix) bool {
	a = a.Unmap()
	for _, p := range trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// xForwardedFor lists the addresses of every X-Forwarded-For header, in
// order.
func xForwardedFor(h http.Header) []string {
	var out []string
	for _, v := range h.Values("X-Forwarded-For") {
		for _, f := range strings.Split(v, ",") {
			out = append(out, strings.TrimSpace(f))
		}
	}
	return out
}

// forwardedFor lists the for= of every element of every Forwarded header
// (RFC 7239), in order; nil when there is none.
func forwardedFor(h http.Header) []string {
	var out []string
	for _, v := range h.Values("Forwarded") {
		for _, elem := range strings.Split(v, ",") {
			found := ""
			for _, pair := range strings.Split(elem, ";") {
				k, val, ok := strings.Cut(strings.TrimSpace(pair), "=")
				if ok && strings.EqualFold(strings.TrimSpace(k), "for") {
					found = strings.Trim(strings.TrimSpace(val), `"`)
				}
			}
			out = append(out, found)
		}
	}
	return out
}

// hopAddr reads one hop's address: "192.0.2.1", "192.0.2.1:4711",
// "2001:db8::1", "[2001:db8::1]:4711".
func hopAddr(s string) (netip.Addr, bool) {
	if a, err := netip.ParseAddr(s); err == nil {
		return a.Unmap(), true
	}
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr().Unmap(), true
	}
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		if a, err := netip.ParseAddr(s[1 : len(s)-1]); err == nil {
			return a.Unmap(), true
		}
	}
	return netip.Addr{}, false
}
