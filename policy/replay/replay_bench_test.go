package replay

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/aftersales/aftersales/policy/preset"
)

// syntheticCases writes n recorded cases of every kind, varied by index,
// as JSON Lines.
func syntheticCases(n int) []byte {
	var b bytes.Buffer
	for i := 0; i < n; i++ {
		day := 2 + i%26
		hour := 8 + i%10
		switch i % 8 {
		case 0, 1:
			fmt.Fprintf(&b, `{"id":"c%d","kind":"conversation","input":{"at":"2026-12-15T12:00:00+01:00","thread":{"messages":[`+
				`{"id":"m1","from":"buyer","at":"2026-11-%02dT%02d:00:00+01:00","kind":"complaint"},`+
				`{"id":"m2","from":"seller","at":"2026-11-%02dT%02d:30:00+01:00"},`+
				`{"id":"m3","from":"buyer","at":"2026-11-%02dT%02d:00:00+01:00","kind":"question"},`+
				`{"id":"m4","from":"platform","at":"2026-11-%02dT%02d:10:00+01:00"},`+
				`{"id":"m5","from":"seller","at":"2026-12-%02dT%02d:00:00+01:00"}]}}}`+"\n",
				i, day, hour, day, hour+1, day, hour+2, day, hour+2, 1+i%9, hour)
		case 2:
			fmt.Fprintf(&b, `{"id":"d%d","kind":"deadline","input":{"kind":"complaint","received":"2026-11-%02dT%02d:15:00+01:00"}}`+"\n", i, day, hour)
		case 3, 4:
			fmt.Fprintf(&b, `{"id":"q%d","kind":"quote","input":{"reason":"withdrawal","buyer":"consumer","currency":"EUR","delivered":"2026-10-%02d","informed":"2026-11-02","goods_back":"2026-11-06","lines":[{"id":"L1","description":"Alternator","quantity":1,"unit_price":"%d.00","returned":1},{"id":"L2","description":"Starter","quantity":2,"unit_price":"30.50","returned":%d}],"delivery":{"standard":"9.90","surcharge":"5.00"},"return_shipping":"8.00"}}`+"\n", i, day, 40+i%50, 1+i%2)
		case 5:
			fmt.Fprintf(&b, `{"id":"w%d","kind":"withdrawal","input":{"delivered":["2026-02-%02d"],"on":"2026-03-02"}}`+"\n", i, 1+i%28)
		case 6:
			fmt.Fprintf(&b, `{"id":"e%d","kind":"escalation","input":{"opened":"2026-03-%02dT09:00:00+01:00","at":"2026-03-%02dT%02d:00:00+01:00"}}`+"\n", i, 1+i%20, 2+i%20, hour)
		case 7:
			fmt.Fprintf(&b, `{"id":"t%d","kind":"takeover","input":{"device_lock":"google_account","reply_overdue":%v}}`+"\n", i, i%2 == 0)
		}
	}
	return b.Bytes()
}

func benchReplay(b *testing.B, n int) {
	data := syntheticCases(n)
	from := preset.Opisto()
	to := preset.Opisto()
	to.Name = "opisto-48h"
	to.SLA.Targets = append(to.SLA.Targets[:0:0], to.SLA.Targets...)
	for i := range to.SLA.Targets {
		to.SLA.Targets[i].Hours = 48
	}
	to.Refund.OnWithdrawal.DeliverySurcharge = false
	ra, rb := mustRunner(b, from), mustRunner(b, to)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		sum, err := Replay(context.Background(), ra, rb, bytes.NewReader(data), func(CaseChange) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
		if sum.Cases != n || sum.Failed != 0 {
			b.Fatalf("%d cases, %d failed: %+v", sum.Cases, sum.Failed, sum.Errors)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/case")
}

// BenchmarkReplay replays 10,000 mixed cases (conversations, deadlines,
// quotes, withdrawals, escalations, takeovers) under Opisto and a variant
// with 48-hour replies and no surcharge refund, on every core.
func BenchmarkReplay(b *testing.B) { benchReplay(b, 10_000) }

// BenchmarkReplay1M replays one million cases: the target is under
// 10 seconds on two cores, in bounded memory.
func BenchmarkReplay1M(b *testing.B) { benchReplay(b, 1_000_000) }

var (
	casesOut = flag.String("cases-out", "", "TestWriteCases: write the BenchmarkReplay mix of cases to this file")
	casesN   = flag.Int("cases-n", 1_000_000, "TestWriteCases: how many cases")
)

// TestWriteCases writes the benchmark's mix of cases as JSON Lines, for
// measuring the command line on it (README.md, "Replay at marketplace
// scale"): go test ./policy/replay -run TestWriteCases -cases-out FILE.
// Without -cases-out it does nothing.
func TestWriteCases(t *testing.T) {
	if *casesOut == "" {
		t.Skip("no -cases-out")
	}
	if err := os.WriteFile(*casesOut, syntheticCases(*casesN), 0o644); err != nil {
		t.Fatal(err)
	}
}
