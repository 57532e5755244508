package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var (
	loadTest     = flag.Bool("loadtest", false, "run TestServeLoad: the loopback load test of deadline and quote")
	loadRequests = flag.Int("loadtest.n", 200000, "requests per decision in the load test (at most)")
	loadWorkers  = flag.Int("loadtest.c", 8, "concurrent connections in the load test")
	loadFor      = flag.Duration("loadtest.time", 10*time.Second, "longest time per decision in the load test")
)

// loadCases are the two decisions the load test measures.
func loadCases() []serveExample {
	var out []serveExample
	for _, x := range serveExamples() {
		if x.name == "deadline-complaint" || x.name == "quote-withdrawal" {
			out = append(out, x)
		}
	}
	return out
}

// BenchmarkServeDecide is one decision in-process, without HTTP.
func BenchmarkServeDecide(b *testing.B) {
	s, _ := newTestServer(b, nil)
	for _, x := range loadCases() {
		q, _ := url.ParseQuery(x.query)
		body := x.requestBody()
		ep := s.endpoints[x.path]
		b.Run(x.path, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if a := s.decide(ep, q, "", body); a.err != nil {
					b.Fatal(a.err.message)
				}
			}
		})
	}
}

// BenchmarkServeHTTP is one decision over loopback HTTP with keep-alive,
// from parallel clients.
func BenchmarkServeHTTP(b *testing.B) {
	_, ts := newTestServer(b, nil)
	for _, x := range loadCases() {
		body := x.requestBody()
		u := ts.URL + "/v1/" + x.path + "?" + x.query
		b.Run(x.path, func(b *testing.B) {
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					resp, err := ts.Client().Post(u, "application/json", bytes.NewReader(body))
					if err != nil {
						b.Fatal(err)
					}
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 200 {
						b.Fatal(resp.Status)
					}
				}
			})
		})
	}
}

// TestServeLoad is the load test (go test -run TestServeLoad -loadtest):
// loadtest.c keep-alive connections on 127.0.0.1, each sending one
// request after the other, send at most loadtest.n requests per
// decision, for at most loadtest.time, and it reports the throughput and
// the 50th and 99th percentile latencies. The access log is written (as
// JSON, to io.Discard) as in service, and the collector's target is the
// server's (serveGCPercent) unless GOGC is set. The clients run in the
// same process, on the same cores.
func TestServeLoad(t *testing.T) {
	if !*loadTest {
		t.Skip("run with -loadtest")
	}
	if os.Getenv("GOGC") == "" {
		// as runServe does
		defer debug.SetGCPercent(debug.SetGCPercent(serveGCPercent))
	}
	_, ts := newTestServer(t, nil)
	addr := strings.TrimPrefix(ts.URL, "http://")
	for _, x := range loadCases() {
		body := x.requestBody()
		req := []byte(fmt.Sprintf("POST /v1/%s?%s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s",
			x.path, x.query, addr, len(body), body))
		lat := make([][]time.Duration, *loadWorkers)
		var sent atomic.Int64
		var failed atomic.Int64
		deadline := time.Now().Add(*loadFor)
		start := time.Now()
		var wg sync.WaitGroup
		for w := range *loadWorkers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c, err := newRawClient(addr)
				if err != nil {
					failed.Add(1)
					return
				}
				defer c.conn.Close()
				for sent.Add(1) <= int64(*loadRequests) && time.Now().Before(deadline) {
					t0 := time.Now()
					status, err := c.do(req)
					if err != nil {
						failed.Add(1)
						return
					}
					if status != 200 {
						failed.Add(1)
					}
					lat[w] = append(lat[w], time.Since(t0))
				}
			}()
		}
		wg.Wait()
		elapsed := time.Since(start)
		var all []time.Duration
		for _, l := range lat {
			all = append(all, l...)
		}
		slices.Sort(all)
		if len(all) == 0 {
			t.Fatalf("%s: no request completed", x.path)
		}
		pct := func(p float64) time.Duration { return all[int(float64(len(all)-1)*p)] }
		t.Logf("%-8s %7d requests in %5.2fs: %7.0f req/s, p50 %v, p99 %v, failed %d (%d connections)",
			x.path, len(all), elapsed.Seconds(), float64(len(all))/elapsed.Seconds(), pct(0.50), pct(0.99), failed.Load(), *loadWorkers)
		if failed.Load() > 0 {
			t.Errorf("%s: %d requests failed", x.path, failed.Load())
		}
	}
}

// rawClient is the load test's client: one keep-alive connection that
// writes a prepared request and reads the answer's status and body
// (Content-Length only), so that the clients, which share the cores with
// the server, cost little.
type rawClient struct {
	conn net.Conn
	r    *bufio.Reader
}

func newRawClient(addr string) (*rawClient, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &rawClient{conn: c, r: bufio.NewReaderSize(c, 64<<10)}, nil
}

// do sends req and reads one response, returning its status.
func (c *rawClient) do(req []byte) (int, error) {
	if _, err := c.conn.Write(req); err != nil {
		return 0, err
	}
	line, err := c.r.ReadSlice('\n')
	if err != nil {
		return 0, err
	}
	if len(line) < 12 {
		return 0, fmt.Errorf("bad status line %q", line)
	}
	status, err := strconv.Atoi(string(line[9:12]))
	if err != nil {
		return 0, err
	}
	n := -1
	for {
		h, err := c.r.ReadSlice('\n')
		if err != nil {
			return 0, err
		}
		if len(h) <= 2 {
			break
		}
		if v, ok := bytes.CutPrefix(h, []byte("Content-Length: ")); ok {
			if n, err = strconv.Atoi(string(bytes.TrimSpace(v))); err != nil {
				return 0, err
			}
		}
	}
	if n < 0 {
		return 0, fmt.Errorf("no Content-Length")
	}
	if _, err := c.r.Discard(n); err != nil {
		return 0, err
	}
	return status, nil
}
