package release

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/gazetteer"
	"github.com/crosscheck/crosscheck/internal/model"
)

// sharedData is ../shared/data/centcom-oir-strikes, beside the repository.
var sharedData = filepath.Join("..", "..", "..", "shared", "data", "centcom-oir-strikes")

// centcomRow is one row of strikes-2014-12_2016-10.csv: a real release line
// with the place and strike number a person read from it.
type centcomRow struct {
	date     time.Time
	country  string // "Iraq" or "Syria"
	location string
	number   int
	line     string
}

func readCentcomRows(tb testing.TB) []centcomRow {
	tb.Helper()
	path := filepath.Join(sharedData, "strikes-2014-12_2016-10.csv")
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		tb.Skipf("skipping: %s is absent (the real-release accuracy test needs ../shared checked out beside the repository)", path)
	}
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatalf("read %s: %v", path, err)
	}
	var rows []centcomRow
	for i, r := range recs[1:] { // header: date,country,location,number,manually_edited,description,line
		d, err := time.Parse("01/02/2006", r[0])
		if err != nil {
			tb.Fatalf("%s row %d: date %q: %v", path, i+2, r[0], err)
		}
		n, err := strconv.Atoi(r[3])
		if err != nil {
			tb.Fatalf("%s row %d: number %q: %v", path, i+2, r[3], err)
		}
		country := "Syria"
		if strings.Contains(r[1], "Iraq") { // one row says "Tikrit, Iraq"
			country = "Iraq"
		}
		rows = append(rows, centcomRow{date: d, country: country, location: r[2], number: n, line: r[6]})
	}
	return rows
}

// wrapRow puts a bare release line back into the frame of a daily release:
// a dateline the day after the day it covers, the coverage sentence
// ("between 8 a.m. yesterday and 8 a.m. today") and the country heading, as
// in the 2015–2016 releases. The parser must date the line from the text.
func wrapRow(r centcomRow) model.Document {
	rel := r.date.AddDate(0, 0, 1)
	text := fmt.Sprintf("SOUTHWEST ASIA, %s —\n"+
		"U.S. and coalition military forces have continued to attack ISIL terrorists in Syria and Iraq. "+
		"Officials reported details of the latest strikes, which took place between 8 a.m. yesterday and 8 a.m. today.\n"+
		"%s\n%s\n", rel.Format("January 2, 2006"), r.country, r.line)
	return model.Document{ID: "csv", Text: text, Kind: model.KindOfficial}
}

func strikesOf(c model.Claim) int {
	for _, n := range c.Counts {
		if n.Kind == model.CountStrikes && n.Min != nil {
			return *n.Min
		}
	}
	return -1
}

// samePlace compares a claim's place with the CSV's curated location: equal
// folded names, or the same place once the location is resolved the way the
// parser resolves a release name (gazetteer, else the release spelling table).
func samePlace(p *Parser, got model.Where, location, iso2 string) bool {
	want := p.resolve(location, iso2)
	if got.Lat != nil && want.Lat != nil {
		return *got.Lat == *want.Lat && *got.Lon == *want.Lon
	}
	return foldPlace(got.Name) == foldPlace(location) || foldPlace(got.Name) == foldPlace(want.Name)
}

// TestCentcomLines parses every line of the 5,531 real release lines and
// scores the strike number and the place against the CSV.
func TestCentcomLines(t *testing.T) {
	rows := readCentcomRows(t)
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatalf("gazetteer: %v", err)
	}
	p := NewParser(g)
	var numOK, placeOK, bothOK, whenOK, resolved int
	var misses []string
	for i, r := range rows {
		iso := countryByName(r.country).ISO2
		res := p.Parse(wrapRow(r))
		if len(res.Claims) == 0 {
			misses = append(misses, fmt.Sprintf("row %d: no claim from %q", i+2, r.line))
			continue
		}
		// Five hand-edited rows join two bullets in one line: the row's
		// claim is the one at its location, else the first.
		c := res.Claims[0]
		for _, cand := range res.Claims {
			if samePlace(p, cand.Where, r.location, iso) {
				c = cand
				break
			}
		}
		n := strikesOf(c) == r.number
		pl := samePlace(p, c.Where, r.location, iso)
		if n {
			numOK++
		}
		if pl {
			placeOK++
		}
		if n && pl {
			bothOK++
		}
		if c.When.From == r.date.Format("2006-01-02") && c.When.To == c.When.From {
			whenOK++
		}
		if c.Where.Lat != nil {
			resolved++
		}
		if !n || !pl {
			misses = append(misses, fmt.Sprintf("row %d: got %q/%d want %q/%d: %q", i+2, c.Where.Name, strikesOf(c), r.location, r.number, r.line))
		}
	}
	total := len(rows)
	pct := func(k int) float64 { return 100 * float64(k) / float64(total) }
	for _, m := range misses {
		t.Log("miss:", m)
	}
	t.Logf("%d lines: strike number %d (%.2f%%), place %d (%.2f%%), both %d (%.2f%%), date %d (%.2f%%), resolved by gazetteer %d (%.2f%%)",
		total, numOK, pct(numOK), placeOK, pct(placeOK), bothOK, pct(bothOK), whenOK, pct(whenOK), resolved, pct(resolved))
	if pct(bothOK) < 99 {
		t.Errorf("number and place right on %.2f%% of lines, want >= 99%%", pct(bothOK))
	}
}

// TestRelease20151102 parses one whole real release end to end.
func TestRelease20151102(t *testing.T) {
	path := filepath.Join(sharedData, "release-20151102-01.txt")
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("skipping: %s is absent (needs ../shared beside the repository)", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	doc := model.Document{ID: "rel", Text: string(b), Kind: model.KindOfficial}
	res := NewParser(nil).Parse(doc)
	if len(res.Warnings) != 0 {
		t.Errorf("warnings: %q", res.Warnings)
	}
	want := []struct {
		place, country string
		strikes        int
	}{
		{"Al Hawl", "SY", 1}, {"Hasakah", "SY", 2}, {"Raqqa", "SY", 1}, {"Mar'a", "SY", 6},
		{"Baiji", "IQ", 1}, {"Habbaniyah", "IQ", 1}, {"Kisik", "IQ", 1}, {"Makhmur", "IQ", 1},
		{"Mosul", "IQ", 3}, {"Ramadi", "IQ", 4}, {"Sinjar", "IQ", 5}, {"Tal Afar", "IQ", 1},
	}
	if len(res.Claims) != len(want) {
		t.Fatalf("got %d claims, want %d", len(res.Claims), len(want))
	}
	for i, w := range want {
		c := res.Claims[i]
		if c.Where.Name != w.place || c.Where.Country != w.country || strikesOf(c) != w.strikes {
			t.Errorf("claim %d: got %s/%s/%d, want %s/%s/%d", i, c.Where.Name, c.Where.Country, strikesOf(c), w.place, w.country, w.strikes)
		}
		if c.When.From != "2015-11-01" || c.When.To != "2015-11-01" {
			t.Errorf("claim %d: when %+v, want 2015-11-01", i, c.When)
		}
		if c.Speaker != "cjtf-oir" || c.Source != "release" || doc.Text[c.Span[0]:c.Span[1]] != c.Quote {
			t.Errorf("claim %d: speaker %q source %q span %v quote %q", i, c.Speaker, c.Source, c.Span, c.Quote)
		}
	}
	// Ramadi: two tactical vehicles and a VBIED destroyed.
	if got := countMin(res.Claims[9], model.CountVehiclesDestroyed); got != 3 {
		t.Errorf("Ramadi vehicles_destroyed = %d, want 3", got)
	}
	// The boilerplate naming coalition nations is consumed, not left to prose.
	if !covered(res.Spans, strings.Index(doc.Text, "Coalition nations which have conducted strikes in Syria")) {
		t.Errorf("boilerplate not consumed; spans %v", res.Spans)
	}
}

func countMin(c model.Claim, kind string) int {
	for _, n := range c.Counts {
		if n.Kind == kind && n.Min != nil {
			return *n.Min
		}
	}
	return -1
}

func covered(spans [][2]int, pos int) bool {
	for _, s := range spans {
		if pos >= s[0] && pos < s[1] {
			return true
		}
	}
	return false
}

// BenchmarkCentcomLines measures release parsing over the real lines, each
// wrapped as a one-line release.
func BenchmarkCentcomLines(b *testing.B) {
	rows := readCentcomRows(b)
	docs := make([]model.Document, len(rows))
	for i, r := range rows {
		docs[i] = wrapRow(r)
	}
	p := NewParser(nil)
	b.ResetTimer()
	lines := 0
	for b.Loop() {
		for _, d := range docs {
			lines += len(p.Parse(d).Claims)
		}
	}
	b.ReportMetric(float64(lines)/b.Elapsed().Seconds(), "lines/s")
}
