package server

import (
	"net/http"
	"testing"
)

// Behind a reverse proxy every request came from the proxy, and the
// control log named the proxy for every trainer. With the proxy trusted,
// the client is the first address from the right of what the proxies
// appended that is no trusted proxy; whatever the client wrote itself
// stands further left and is never believed; without a trusted proxy
// nothing in the headers is read.
func TestTheClientAddressBehindTrustedProxies(t *testing.T) {
	trusted, err := ParseTrustedProxies([]string{"10.0.0.0/8, 127.0.0.1", "::1"})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		peer    string
		trusted bool
		header  map[string][]string
		want    string
	}{
		{"no proxy configured: the peer, whatever the headers say", "127.0.0.1:5000", false,
			map[string][]string{"X-Forwarded-For": {"203.0.113.7"}}, "127.0.0.1"},
		{"a peer that is no trusted proxy writes what it likes", "198.51.100.9:5000", true,
			map[string][]string{"X-Forwarded-For": {"203.0.113.7"}}, "198.51.100.9"},
		{"one trusted proxy", "127.0.0.1:5000", true,
			map[string][]string{"X-Forwarded-For": {"203.0.113.7"}}, "203.0.113.7"},
		{"the client's own forged entry stands left of the proxy's", "127.0.0.1:5000", true,
			map[string][]string{"X-Forwarded-For": {"6.6.6.6, 203.0.113.7"}}, "203.0.113.7"},
		{"two trusted proxies, in two header lines", "127.0.0.1:5000", true,
			map[string][]string{"X-Forwarded-For": {"6.6.6.6, 203.0.113.7", "10.1.2.3"}}, "203.0.113.7"},
		{"Forwarded wins over X-Forwarded-For", "127.0.0.1:5000", true,
			map[string][]string{"Forwarded": {`for=6.6.6.6, for="[2001:db8:cafe::17]:4711";proto=https`, "for=10.0.0.5"},
				"X-Forwarded-For": {"192.0.2.99"}}, "2001:db8:cafe::/64"},
		{"Forwarded with a port", "[::1]:5000", true,
			map[string][]string{"Forwarded": {`For="203.0.113.8:4711"`}}, "203.0.113.8"},
		{"an unknown hop: the nearest address known", "127.0.0.1:5000", true,
			map[string][]string{"X-Forwarded-For": {"203.0.113.7, unknown, 10.0.0.9"}}, "10.0.0.9"},
		{"only trusted proxies: the leftmost", "127.0.0.1:5000", true,
			map[string][]string{"X-Forwarded-For": {"10.0.0.8, 10.0.0.9"}}, "10.0.0.8"},
		{"a trusted proxy that forwarded nothing", "127.0.0.1:5000", true, nil, "127.0.0.1"},
	}
	for _, c := range cases {
		s := &Server{}
		if c.trusted {
			s.cfg.TrustedProxies = trusted
		}
		r := &http.Request{RemoteAddr: c.peer, Header: http.Header{}}
		for k, vs := range c.header {
			for _, v := range vs {
				r.Header.Add(k, v)
			}
		}
		if got := s.clientAddr(r); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
	if _, err := ParseTrustedProxies([]string{"proxy.example"}); err == nil {
		t.Error("a name that is no address is taken as a trusted proxy")
	}
}
