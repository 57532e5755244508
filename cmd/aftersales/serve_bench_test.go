package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"runtime/debug"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var (
	loadTest     = flag.Bool("loadtest", false, "run TestServeLoad: the loopback load test of deadline and quote")
	loadRequests = flag.Int("loadtest.n", 200000, "requests per decision in the load test (at most)")
	loadWorkers  = flag.Int("loadtest.c", 16, "concurrent clients in the load test")
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
// loadtest.c clients on 127.0.0.1 send at most loadtest.n requests per
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
	tr := &http.Transport{MaxIdleConnsPerHost: *loadWorkers, MaxConnsPerHost: *loadWorkers}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	for _, x := range loadCases() {
		body := x.requestBody()
		u := ts.URL + "/v1/" + x.path + "?" + x.query
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
				for sent.Add(1) <= int64(*loadRequests) && time.Now().Before(deadline) {
					t0 := time.Now()
					resp, err := client.Post(u, "application/json", bytes.NewReader(body))
					if err != nil {
						failed.Add(1)
						continue
					}
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 200 {
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
		t.Logf("%-8s %7d requests in %5.2fs: %7.0f req/s, p50 %v, p99 %v, failed %d (%d clients)",
			x.path, len(all), elapsed.Seconds(), float64(len(all))/elapsed.Seconds(), pct(0.50), pct(0.99), failed.Load(), *loadWorkers)
		if failed.Load() > 0 {
			t.Errorf("%s: %d requests failed", x.path, failed.Load())
		}
	}
	fmt.Println()
}
