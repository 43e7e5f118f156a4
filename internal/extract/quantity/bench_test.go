package quantity

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/cputime"
	"github.com/crosscheck/crosscheck/internal/model"
)

// loadSentences reads testdata/prose.txt (mixed wire, official, NGO and
// local-outlet sentences, one per line).
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

// BenchmarkCounts reports MB/s over mixed prose, sentence by sentence.
func BenchmarkCounts(b *testing.B) {
	sents, n := loadSentences(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	start := cputime.Process()
	defer func() { cputime.ReportMB(b, start, n) }()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			Counts(s, nil)
		}
	}
}

// BenchmarkCountsNoNumbers measures the pre-check on prose with no figure.
func BenchmarkCountsNoNumbers(b *testing.B) {
	s := "Residents said the strike hit a house where families had taken shelter from the fighting, and the government blamed terrorist groups for the attack on the town."
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	start := cputime.Process()
	defer func() { cputime.ReportMB(b, start, len(s)) }()
	for i := 0; i < b.N; i++ {
		Counts(s, nil)
	}
}

// TestHugeSentence: a 5 MB sentence must finish quickly (linear time).
func TestHugeSentence(t *testing.T) {
	unit := "killed as many as 750 militants and destroyed more than half the convoy, five to six people, "
	s := strings.Repeat(unit, 5<<20/len(unit))
	figs := Counts(s, nil)
	if len(figs) == 0 {
		t.Fatal("no figures in a huge sentence")
	}
	s2 := strings.Repeat("9", 5<<20) + " militants were killed"
	Counts(s2, nil)
	s3 := strings.Repeat("twenty-", 1<<19) + "three people were killed"
	Counts(s3, nil)
	s4 := strings.Repeat("A ", 2<<20) + "1 strike"
	Counts(s4, nil)
	s5 := strings.Repeat("killed 5 civilians and 3 others, ", 5<<20/33)
	Counts(s5, nil)
	prev := make([]model.Count, 10000)
	s6 := strings.Repeat("destroyed more than half the convoy, ", 5<<20/37)
	Counts(s6, prev)
}

func FuzzCounts(f *testing.F) {
	sents, _ := loadSentences(f)
	for _, s := range sents {
		f.Add(s)
	}
	for _, c := range countCases {
		f.Add(c.sentence)
	}
	f.Fuzz(func(t *testing.T, s string) {
		counts, sizes := Figures(s, nil)
		for _, fs := range [][]Figure{counts, sizes} {
			for _, g := range fs {
				if g.Start < 0 || g.End > len(s) || g.Start >= g.End {
					t.Fatalf("bad span %d..%d in %q", g.Start, g.End, s)
				}
				if utf8.ValidString(s) && !utf8.ValidString(s[g.Start:g.End]) {
					t.Fatalf("span cuts a rune: %q", s[g.Start:g.End])
				}
				c := g.Count
				if c.Min != nil && c.Max != nil && *c.Min > *c.Max {
					t.Fatalf("min > max in %q: %d > %d", s, *c.Min, *c.Max)
				}
				if c.Min == nil && c.Max == nil {
					t.Fatalf("no bound in %q", s)
				}
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
