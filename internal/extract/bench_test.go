package extract

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/cputime"
	"github.com/crosscheck/crosscheck/internal/extract/sentences"
	"github.com/crosscheck/crosscheck/internal/gazetteer"
	"github.com/crosscheck/crosscheck/internal/model"
)

// Synthetic reports for the benchmark: wire stories, official statements,
// local reports and blog posts assembled from templates with a fixed seed.
// Most sentences are background prose, as in real reports.

var (
	benchPlaces = []string{"Mosul", "Raqqa", "Fallujah", "Ramadi", "Hajin", "Abu Kamal", "Deir ez-Zor", "Tikrit",
		"Sinjar", "Kirkuk", "Tal Afar", "Qayyarah", "Hit", "Haditha", "Baiji", "Manbij", "Hasakah", "Mayadin", "Al-Qaim", "Idlib"}
	benchRel      = []string{"near", "north of", "south of", "east of", "west of", "southwest of", "in", "outside"}
	benchActors   = []string{"coalition aircraft", "U.S. warplanes", "Iraqi helicopters", "the Iraqi air force", "Russian jets", "Syrian government aircraft", "Turkish drones", "coalition forces", "Iraqi security forces"}
	benchSpeakers = []string{"the coalition said", "Iraq's Joint Operations Command said", "a U.S. military official said", "residents said", "Iraqi army sources said", "the Russian Defence Ministry said", "Syrian state media reported", "activists said", "the Pentagon said", "local officials told Reuters"}
	benchTargets  = []string{"a convoy", "a weapons depot", "a headquarters", "a checkpoint", "a house", "a bridge", "vehicles", "a command post"}
	benchDays     = []string{"on Monday", "on Tuesday", "late Friday", "on Saturday", "on June 29", "on March 17", "overnight", "on Jan. 4"}
	benchFiller   = []string{
		"The city has been contested for months, and aid groups say thousands of families remain trapped.",
		"Prices of bread and fuel have risen sharply since the road to the provincial capital was closed.",
		"The government is expected to announce a new budget for reconstruction before the end of the year.",
		"Schools in the district reopened last month after repairs funded by international donors.",
		"Analysts say the group has lost most of the territory it held at the height of its power.",
		"Electricity returned to several neighbourhoods on Sunday after engineers repaired the main line.",
		"The United Nations has appealed for more funding to support displaced people in the camps.",
		"Local councils have begun registering residents who want to return to their homes.",
		"Farmers in the valley said the harvest would be smaller than last year because of the drought.",
		"The parliament session was postponed again amid disagreements over the new electoral law.",
		"Officials said the talks on the new oil law would resume next week in the capital.",
		"Many of the families who fled the fighting two years ago are still living with relatives.",
		"The provincial governor told reporters that water supplies had improved in recent days.",
		"Traders said the market reopened on Thursday for the first time since the spring.",
		"A committee of tribal leaders met on Wednesday to discuss the return of displaced families.",
	}
)

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

func benchReport(r *rand.Rand) string {
	var b strings.Builder
	place := pick(r, benchPlaces)
	fmt.Fprintf(&b, "%s strike %s %s kills %d, officials say\n\n", strings.ToUpper(pick(r, benchActors)[:1])+pick(r, benchActors)[1:], pick(r, benchRel), place, 2+r.IntN(40))
	paras := 4 + r.IntN(6)
	for p := 0; p < paras; p++ {
		n := 2 + r.IntN(4)
		for s := 0; s < n; s++ {
			switch r.IntN(20) { // about one sentence in three is about a strike
			case 0, 1, 2, 3:
				fmt.Fprintf(&b, "%s struck %s %s %s %s, killing %d militants, %s. ",
					pick(r, benchActors), pick(r, benchTargets), pick(r, benchRel), place, pick(r, benchDays), 3+r.IntN(60), pick(r, benchSpeakers))
			case 4:
				fmt.Fprintf(&b, "“We did not conduct any strikes %s %s,” %s. ", pick(r, benchRel), place, pick(r, benchSpeakers))
			case 5, 6:
				fmt.Fprintf(&b, "At least %d civilians were killed when %s hit %s %s, %s. ",
					1+r.IntN(30), pick(r, benchActors), pick(r, benchTargets), pick(r, benchDays), pick(r, benchSpeakers))
			default:
				b.WriteString(pick(r, benchFiller))
				b.WriteByte(' ')
			}
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// benchCorpus returns deterministic reports totalling at least size bytes.
func benchCorpus(size int) ([]model.Document, int) {
	r := rand.New(rand.NewPCG(2016, 6))
	var docs []model.Document
	total := 0
	for total < size {
		t := benchReport(r)
		docs = append(docs, model.Document{ID: strconv.Itoa(len(docs)), Text: t, Published: "2017-06-30"})
		total += len(t)
	}
	return docs, total
}

func benchSize() int {
	if v, err := strconv.Atoi(os.Getenv("BENCH_MB")); err == nil && v > 0 {
		return v << 20
	}
	return 50 << 20
}

// BenchmarkExtract extracts claims from >= 50 MB of generated reports
// (BENCH_MB overrides) on one core, with the embedded gazetteer.
func BenchmarkExtract(b *testing.B) {
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	e := New(g, actors.New())
	docs, total := benchCorpus(benchSize())
	runtime.GC()
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	claims := 0
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	cpu0 := cputime.Process()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			c, _ := e.Extract(d)
			claims += len(c)
		}
	}
	el := time.Since(start)
	cpu := cputime.Process() - cpu0
	runtime.ReadMemStats(&ms1)
	b.StopTimer()
	n := float64(b.N * len(docs))
	// Per core: bytes over the CPU time this process used (user + system),
	// which does not count time the core spent on other processes.
	b.ReportMetric(float64(total)*float64(b.N)/cpu.Seconds()/1e6, "MB/s/core")
	b.ReportMetric(float64(total)*float64(b.N)/el.Seconds()/1e6, "MB/s-wall")
	b.ReportMetric(float64(ms1.Mallocs-ms0.Mallocs)/n, "allocs/doc")
	b.ReportMetric(float64(claims)/n, "claims/doc")
	b.ReportMetric(float64(len(docs)), "docs")
}

// BenchmarkProseNER is the baseline: the prose/v2 tagger with named-entity
// recognition over a sample of the same reports (BENCH_NER_KB, default
// 512 KB), which does less than extraction (no attribution, no claims).
func BenchmarkProseNER(b *testing.B) {
	kb := 512
	if v, err := strconv.Atoi(os.Getenv("BENCH_NER_KB")); err == nil && v > 0 {
		kb = v
	}
	docs, total := benchCorpus(kb << 10)
	b.SetBytes(int64(total))
	b.ResetTimer()
	cpu0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			doc, err := prose.NewDocument(d.Text)
			if err != nil {
				b.Fatal(err)
			}
			_ = doc.Entities()
		}
	}
	b.ReportMetric(float64(total)*float64(b.N)/(cputime.Process()-cpu0).Seconds()/1e6, "MB/s/core")
}

// TestBenchDensity compares how much of the generated reports extraction
// has to work on with reports written like real ones (our corpus, and the
// seeds when ../shared is beside the checkout): sentences analysed, bytes
// handed to the gazetteer, claims, all per KB. The generator must be about
// as dense in claims as those reports, so that the benchmark cannot flatter.
func TestBenchDensity(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts a megabyte of generated reports; skipped with -short")
	}
	dirs := []string{filepath.Join("..", "..", "eval", "corpus", "texts")}
	if _, err := os.Stat(filepath.Join("..", "..", "..", "shared", "seeds")); err == nil {
		dirs = append(dirs, filepath.Join("..", "..", "..", "shared", "seeds"))
	}
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	e := New(g, actors.New())
	measure := func(name string, docs []model.Document) (claimsPerKB float64) {
		var bytes, sents, analysed, located, claims int
		for _, d := range docs {
			bytes += len(d.Text)
			hits := e.pre.scan(d.Text, nil)
			ss := sentences.Split(d.Text)
			flags := make([]uint8, len(ss))
			for _, h := range hits {
				for k, s := range ss {
					if s.Start <= h.pos && h.pos < s.End {
						flags[k] |= uint8(h.kind)
					}
				}
			}
			sents += len(ss)
			for k, s := range ss {
				if flags[k]&(hitCue|hitDeny|hitHeader|hitSpeech) != 0 {
					analysed++
				}
				if flags[k]&(hitCue|hitDeny|hitDate|hitHeader) != 0 {
					located += s.End - s.Start
				}
			}
			c, _ := e.Extract(d)
			claims += len(c)
		}
		kb := float64(bytes) / 1024
		t.Logf("%-28s %7d KB  sentences/KB %.2f  analysed/KB %.2f (%.0f%%)  located %.0f%% of bytes  claims/KB %.2f",
			name, bytes>>10, float64(sents)/kb, float64(analysed)/kb, 100*float64(analysed)/float64(sents),
			100*float64(located)/float64(bytes), float64(claims)/kb)
		return float64(claims) / kb
	}
	gen, _ := benchCorpus(1 << 20)
	generated := measure("generated", gen)
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		var docs []model.Document
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, model.Document{ID: filepath.Base(f), Text: string(b)})
		}
		if len(docs) == 0 {
			t.Fatalf("no reports in %s", dir)
		}
		if real := measure(dir, docs); generated < 0.9*real {
			t.Errorf("generated reports have %.2f claims/KB, under 90%% of %s's %.2f: the benchmark would flatter", generated, dir, real)
		}
	}
}
