package timex

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/cputime"
	"github.com/crosscheck/crosscheck/internal/model"
)

func loadSentences(tb testing.TB) ([]string, int) {
	b, err := os.ReadFile("testdata/prose.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	n := 0
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
			n += len(l)
		}
	}
	return out, n
}

// BenchmarkFind reports MB/s over mixed prose, sentence by sentence.
func BenchmarkFind(b *testing.B) {
	sents, n := loadSentences(b)
	pub := time.Date(2018, 4, 24, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	start := cputime.Process()
	defer func() { cputime.ReportMB(b, start, n) }()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			Find(s, pub)
		}
	}
}

// BenchmarkFindNoDates measures the pre-check on prose with no date.
func BenchmarkFindNoDates(b *testing.B) {
	s := "Residents said the strike hit a house where families had taken shelter from the fighting, and the government blamed terrorist groups for the attack on the town."
	pub := time.Date(2018, 4, 24, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	start := cputime.Process()
	defer func() { cputime.ReportMB(b, start, len(s)) }()
	for i := 0; i < b.N; i++ {
		Find(s, pub)
	}
}

// TestHugeSentence: a 5 MB sentence must finish quickly (linear time).
func TestHugeSentence(t *testing.T) {
	pub := time.Date(2016, 7, 4, 0, 0, 0, 0, time.UTC)
	unit := "between 9:00 and 10:00 at night on June 28, 2016 and over the next two days, late Friday, "
	s := strings.Repeat(unit, 5<<20/len(unit))
	if len(Find(s, pub)) == 0 {
		t.Fatal("no mentions in a huge sentence")
	}
	FindWithAnchor(strings.Repeat("the ", 5<<20/4)+"next day", pub, model.When{From: "2016-06-28"})
	Find(strings.Repeat("1", 5<<20), pub)
	Find(strings.Repeat("June ", 1<<20), pub)
}

func FuzzFind(f *testing.F) {
	sents, _ := loadSentences(f)
	for _, s := range sents {
		f.Add(s, int64(1467590400), "2016-06-28")
	}
	for _, c := range findCases {
		f.Add(c.sentence, int64(0), c.anchor)
	}
	f.Fuzz(func(t *testing.T, s string, pubUnix int64, anchor string) {
		var pub time.Time
		if pubUnix > 0 && pubUnix < 1<<35 {
			pub = time.Unix(pubUnix, 0).UTC()
		}
		for _, m := range FindWithAnchor(s, pub, model.When{From: anchor, To: anchor}) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("bad span %d..%d in %q", m.Start, m.End, s)
			}
			if utf8.ValidString(s) && !utf8.ValidString(s[m.Start:m.End]) {
				t.Fatalf("span cuts a rune: %q", s[m.Start:m.End])
			}
			w := m.When
			if (w.From == "") != (w.To == "") || w.From > w.To {
				t.Fatalf("bad range %+v for %q", w, s)
			}
			if w.From != "" && pub.IsZero() && anchor == "" && !strings.Contains(s, w.From[:4]) {
				t.Fatalf("invented year %s in %q", w.From, s)
			}
		}
	})
}

// BenchmarkBaselineFields calibrates the numbers above on a shared machine:
// strings.Fields over the same sentences, a trivial pass that allocates one
// slice per sentence. Compare MB/cpu-s of the benchmarks with this one.
func BenchmarkBaselineFields(b *testing.B) {
	sents, n := loadSentences(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	start := cputime.Process()
	defer func() { cputime.ReportMB(b, start, n) }()
	words := 0
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			words += len(strings.Fields(s))
		}
	}
	if words == 0 {
		b.Fatal("no words")
	}
}
