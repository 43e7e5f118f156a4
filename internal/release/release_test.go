package release

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/gazetteer"
	"github.com/crosscheck/crosscheck/internal/model"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the parser's output")

// fakePlaces is a tiny gazetteer for tests: the gazetteer package is
// written concurrently, and these tests must not depend on its contents.
type fakePlaces map[string]gazetteer.Place // key: lower-case name + "|" + ISO2

func (f fakePlaces) Lookup(name, country string) (gazetteer.Place, bool) {
	name = strings.ToLower(name)
	if country != "" {
		p, ok := f[name+"|"+country]
		return p, ok
	}
	for k, p := range f {
		if strings.HasPrefix(k, name+"|") {
			return p, true
		}
	}
	return gazetteer.Place{}, false
}

var testPlaces = fakePlaces{
	"abu kamal|SY": {ID: 1, Name: "Abu Kamal", Lat: 34.45, Lon: 40.92, Country: "SY", Precision: model.PlaceTown},
	"mosul|IQ":     {ID: 2, Name: "Mosul", Lat: 36.34, Lon: 43.13, Country: "IQ", Precision: model.PlaceTown},
	"raqqa|SY":     {ID: 3, Name: "Raqqa", Lat: 35.95, Lon: 39.01, Country: "SY", Precision: model.PlaceTown},
	"al qaim|IQ":   {ID: 4, Name: "Al Qaim", Lat: 34.38, Lon: 41.05, Country: "IQ", Precision: model.PlaceTown},
	"syria|SY":     {ID: 5, Name: "Syria", Lat: 35.0, Lon: 38.5, Country: "SY", Precision: model.PlaceCountry},
	"iraq|IQ":      {ID: 6, Name: "Iraq", Lat: 33.0, Lon: 44.0, Country: "IQ", Precision: model.PlaceCountry},
}

// want is one expected claim, by the fields a reviewer checks.
type want struct {
	speaker, stance, place, country, from, to string
	strikes, engagements, vehicles            int // -1: must be absent
	resolved                                  bool
}

func claimSummary(c model.Claim) want {
	get := func(kind string) int {
		for _, n := range c.Counts {
			if n.Kind == kind && n.Min != nil {
				return *n.Min
			}
		}
		return -1
	}
	return want{speaker: c.Speaker, stance: c.Stance, place: c.Where.Name, country: c.Where.Country,
		from: c.When.From, to: c.When.To, strikes: get(model.CountStrikes), engagements: get(model.CountEngagements),
		vehicles: get(model.CountVehiclesDestroyed), resolved: c.Where.Lat != nil}
}

func TestFixtures(t *testing.T) {
	tests := []struct {
		file      string
		published string
		publisher string
		claims    []want
		warnings  []string // substrings, one per warning
		consumed  []string // text that must lie inside Spans
		kept      []string // text that must lie outside Spans (left to prose)
	}{
		{
			file: "weekly_2018.txt",
			claims: []want{
				{"cjtf-oir", "denies", "Syria", "SY", "2018-04-12", "2018-04-12", -1, -1, -1, true},
				{"cjtf-oir", "denies", "Iraq", "IQ", "2018-04-12", "2018-04-12", -1, -1, -1, true},
				{"cjtf-oir", "denies", "Iraq", "IQ", "2018-04-11", "2018-04-11", -1, -1, -1, true},
				{"cjtf-oir", "asserts", "Abu Kamal", "SY", "2018-04-11", "2018-04-11", 1, -1, -1, true},
				{"cjtf-oir", "asserts", "Deir ez-Zor", "SY", "2018-04-11", "2018-04-11", 1, -1, -1, false},
				{"cjtf-oir", "asserts", "Al Qaim", "IQ", "2018-04-09", "2018-04-09", 3, 5, 8, true},
				{"cjtf-oir", "asserts", "Shaddadi", "SY", "2018-04-07", "2018-04-07", 2, 3, 1, false},
			},
			consumed: []string{"Between April 6 and April 12", "On April 9 in Iraq", "These strikes were conducted"},
		},
		{
			file: "daily_li.html.txt",
			claims: []want{
				{"cjtf-oir", "asserts", "Hasakah", "SY", "2016-03-08", "2016-03-08", 1, -1, 1, false},
				{"cjtf-oir", "asserts", "Raqqa", "SY", "2016-03-08", "2016-03-08", 2, -1, -1, true},
				{"cjtf-oir", "asserts", "Mosul", "IQ", "2016-03-08", "2016-03-08", 3, -1, -1, true},
				{"cjtf-oir", "asserts", "Sinjar", "IQ", "2016-03-08", "2016-03-08", 1, -1, -1, false},
			},
			consumed: []string{"two ISIL heavy machine guns and an ISIL excavator.", "Strike assessments"},
		},
		{
			file: "wrapped_bullets.txt",
			claims: []want{
				{"cjtf-oir", "asserts", "Kobani", "SY", "2014-12-29", "2014-12-29", 2, -1, -1, false},
				{"cjtf-oir", "asserts", "Deir ez-Zor", "SY", "2014-12-29", "2014-12-29", 1, -1, -1, false},
				{"cjtf-oir", "asserts", "Al Asad", "IQ", "2014-12-29", "2014-12-29", 1, -1, -1, false},
				{"cjtf-oir", "asserts", "Sinjar", "IQ", "2014-12-29", "2014-12-29", 2, -1, 1, false},
				{"cjtf-oir", "asserts", "Tal Afar", "IQ", "2014-12-29", "2014-12-29", 2, -1, -1, false},
			},
			consumed: []string{"destroyed an ISIL building.", "two ISIL fighting positions."},
		},
		{
			file:      "news_quoted.txt",
			published: "2018-04-03",
			claims: []want{
				{"cjtf-oir", "asserts", "Abu Kamal", "SY", "2018-04-01", "2018-04-01", 1, 3, 1, true},
			},
			consumed: []string{"On April 1 in Syria", "• Near Abu Kamal, one strike"[len("• "):]},
			kept:     []string{"Residents of Abu Kamal", "In its weekly summary it said:", "two strikes hit houses", "did not respond"},
		},
		{
			file: "mismatch.txt",
			claims: []want{
				{"cjtf-oir", "asserts", "Ramadi", "IQ", "2015-11-23", "2015-11-23", 4, -1, 2, false},
				{"cjtf-oir", "asserts", "Mosul", "IQ", "2015-11-23", "2015-11-23", 12, -1, -1, true},
			},
			warnings: []string{"says 21 strikes in Iraq 2015-11-23, but its 2 line(s) sum to 16 strikes"},
		},
		{
			file: "daily_2017.txt",
			claims: []want{
				{"cjtf-oir", "asserts", "Abu Kamal", "SY", "2017-08-09", "2017-08-09", 1, -1, -1, true},
				{"cjtf-oir", "asserts", "Raqqa", "SY", "2017-08-09", "2017-08-09", 7, -1, 1, true},
				{"cjtf-oir", "asserts", "Tal Afar", "IQ", "2017-08-09", "2017-08-09", 3, -1, 1, false}, // a vehicle-borne bomb
				{"cjtf-oir", "asserts", "Al Qaim", "IQ", "2017-08-09", "2017-08-09", 1, -1, -1, true},
				{"cjtf-oir", "asserts", "Deir ez-Zor", "SY", "2017-08-07", "2017-08-07", 1, -1, -1, false},
				{"cjtf-oir", "asserts", "Raqqa", "SY", "2017-08-08", "2017-08-08", 2, -1, -1, true},
			},
			consumed: []string{"Officials reported details of yesterday", "Aug. 7-8 Strikes", "Additionally, three strikes", "Part of Operation", "These strikes were"},
		},
		{
			// 2018 weekly summary: day totals that name their one place, with
			// the next sentence saying what was hit; no-strike spans of days.
			file:      "weekly_2018_summary.txt",
			published: "2018-05-11",
			claims: []want{
				{"cjtf-oir", "asserts", "Hajin", "SY", "2018-05-10", "2018-05-10", 1, 2, -1, false},
				{"cjtf-oir", "asserts", "Abu Kamal", "SY", "2018-05-09", "2018-05-09", 1, -1, -1, true},
				{"cjtf-oir", "asserts", "Shaddadi", "SY", "2018-05-09", "2018-05-09", 1, -1, -1, false},
				{"cjtf-oir", "denies", "Syria", "SY", "2018-05-06", "2018-05-08", -1, -1, -1, true},
				{"cjtf-oir", "asserts", "Dashisha", "SY", "2018-05-05", "2018-05-05", 3, 4, 1, false},
				{"cjtf-oir", "denies", "Syria", "SY", "2018-05-04", "2018-05-04", -1, -1, -1, true},
				{"cjtf-oir", "denies", "Iraq", "IQ", "2018-05-10", "2018-05-10", -1, -1, -1, true},
				{"cjtf-oir", "asserts", "Rutba", "IQ", "2018-05-08", "2018-05-08", 3, 4, 2, false},
				{"cjtf-oir", "denies", "Iraq", "IQ", "2018-05-04", "2018-05-07", -1, -1, -1, true},
			},
			consumed: []string{"Combined Joint Task Force Operation Inherent Resolve and its partners", "The strike destroyed an ISIS fighting position.", "The strikes destroyed two ISIS pickup trucks"},
			kept:     []string{"Officials Report Details"},
		},
		{
			file: "news_curly_quotes.txt",
			claims: []want{
				{"cjtf-oir", "asserts", "Raqqa", "SY", "", "", 4, -1, -1, true},
				{"cjtf-oir", "asserts", "Al Qaim", "IQ", "", "", 2, -1, -1, true},
				{"cjtf-oir", "asserts", "Kirkuk", "IQ", "", "", 1, -1, -1, false},
			},
			consumed: []string{"Near Raqqah, four strikes", "Coalition forces conducted a total"},
			kept:     []string{"“Near Raqqah", "the release said on Tuesday", "One strike near Kirkuk also", "A spokesman", "October 4, 2017"},
		},
		{
			file: "centcom_tampa.txt",
			claims: []want{
				{"us-dod", "asserts", "Baghdad", "IQ", "2014-09-17", "2014-09-17", 1, -1, -1, false},
				{"us-dod", "asserts", "Kirkuk", "IQ", "2014-09-17", "2014-09-17", 1, -1, 1, false},
			},
		},
	}
	p := NewParser(testPlaces)
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			doc := model.Document{ID: tt.file, Text: string(b), Published: tt.published, Publisher: tt.publisher}
			res := p.Parse(doc)
			checkInvariants(t, doc, res)
			if len(res.Claims) != len(tt.claims) {
				for _, c := range res.Claims {
					t.Logf("got %+v", claimSummary(c))
				}
				t.Fatalf("got %d claims, want %d", len(res.Claims), len(tt.claims))
			}
			for i, w := range tt.claims {
				if got := claimSummary(res.Claims[i]); got != w {
					t.Errorf("claim %d (%q):\n got  %+v\n want %+v", i, res.Claims[i].Quote, got, w)
				}
			}
			if len(res.Warnings) != len(tt.warnings) {
				t.Errorf("warnings %q, want %d", res.Warnings, len(tt.warnings))
			}
			for i, w := range tt.warnings {
				if i < len(res.Warnings) && !strings.Contains(res.Warnings[i], w) {
					t.Errorf("warning %q does not contain %q", res.Warnings[i], w)
				}
			}
			for _, s := range tt.consumed {
				if i := strings.Index(doc.Text, s); i < 0 || !covered(res.Spans, i) {
					t.Errorf("%q not consumed (spans %v)", s, res.Spans)
				}
			}
			for _, s := range tt.kept {
				if i := strings.Index(doc.Text, s); i < 0 || covered(res.Spans, i) {
					t.Errorf("%q consumed, should be left to prose (spans %v)", s, res.Spans)
				}
			}
			golden(t, filepath.Join("testdata", strings.TrimSuffix(tt.file, ".txt")+".golden.json"), res)
		})
	}
}

// checkInvariants holds for every result: quotes are the text at their
// spans, spans cover every claim, ids are unique.
func checkInvariants(t *testing.T, doc model.Document, res Result) {
	t.Helper()
	ids := map[string]bool{}
	for i, c := range res.Claims {
		if c.Span[0] < 0 || c.Span[1] > len(doc.Text) || c.Span[0] >= c.Span[1] {
			t.Fatalf("claim %d: bad span %v", i, c.Span)
		}
		if doc.Text[c.Span[0]:c.Span[1]] != c.Quote {
			t.Errorf("claim %d: quote %q is not the text at span %v", i, c.Quote, c.Span)
		}
		if !covered(res.Spans, c.Span[0]) || !covered(res.Spans, c.Span[1]-1) {
			t.Errorf("claim %d: span %v outside Spans %v", i, c.Span, res.Spans)
		}
		if c.Source != "release" || c.ID == "" || ids[c.ID] {
			t.Errorf("claim %d: source %q id %q (dup %v)", i, c.Source, c.ID, ids[c.ID])
		}
		ids[c.ID] = true
		if c.Speaker != "cjtf-oir" && c.Speaker != "us-dod" {
			t.Errorf("claim %d: speaker %q", i, c.Speaker)
		}
		if c.PerpetratorsAsserted == nil || c.PerpetratorsDenied == nil || c.Counts == nil {
			t.Errorf("claim %d: nil list (JSON must say [])", i)
		}
	}
	for i := 1; i < len(res.Spans); i++ {
		if res.Spans[i][0] < res.Spans[i-1][1] {
			t.Errorf("spans overlap: %v", res.Spans)
		}
	}
}

func golden(t *testing.T, path string, res Result) {
	t.Helper()
	got, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	wantB, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(wantB) != string(got) {
		t.Errorf("%s differs from the parser's output (go test -update to accept):\n%s", path, got)
	}
}

// TestSeed004Excerpt is the gold case of ../shared/eval/gold/004: the
// weekly release quoted in the Moon of Alabama blog, written out here.
func TestSeed004Excerpt(t *testing.T) {
	text := "From OIR's weekly summary fromMarch\n30 to April 5 (Syria only):\n" +
		"Between March 30 and April 5, Coalition military forces conducted nine strikes consisting of 11 engagements in Syria and Iraq.\n" +
		"There were no reported strikes conducted in Syria on April 2, 2018.\n" +
		"On April 1 in Syria, Coalition military forces conducted one strike consisting of three engagements against Daesh targets.\n" +
		"• Near Abu Kamal, one strike engaged a Daesh tactical unit and destroyed a Daesh vehicle.\n" +
		"Two cars and three assumed militants (aka 'tactical units') targeted in one week is not a fight at all.\n"
	doc := model.Document{ID: "004", Text: text, Published: "2018-04-24", Kind: model.KindBlog}
	res := NewParser(testPlaces).Parse(doc)
	checkInvariants(t, doc, res)
	if len(res.Claims) != 2 {
		t.Fatalf("got %d claims, want 2", len(res.Claims))
	}
	got := claimSummary(res.Claims[1])
	wantC := want{"cjtf-oir", "asserts", "Abu Kamal", "SY", "2018-04-01", "2018-04-01", 1, 3, 1, true}
	if got != wantC {
		t.Errorf("got %+v\nwant %+v", got, wantC)
	}
	c := res.Claims[1]
	if c.Quote != "Near Abu Kamal, one strike engaged a Daesh tactical unit and destroyed a Daesh vehicle." ||
		c.Event.Target != "tactical unit (engaged), vehicle (destroyed)" || c.Where.Relation != "near" || c.Where.Precision != model.PlaceTown {
		t.Errorf("claim %+v", c)
	}
	// The excerpt holds Syria only: the week's total of nine strikes cannot
	// be matched, and says so.
	if len(res.Warnings) != 2 || !strings.Contains(res.Warnings[0], "9 strikes") || !strings.Contains(res.Warnings[0], "sum to 1 strikes") {
		t.Errorf("warnings %q", res.Warnings)
	}
	if i := strings.Index(text, "Two cars"); covered(res.Spans, i) {
		t.Errorf("the blogger's prose was consumed")
	}
}

func TestStrikeLineGrammar(t *testing.T) {
	tests := []struct {
		line    string
		place   string
		strikes int
		target  string
	}{
		{"- Near Abu Kamal, one strike destroyed six oil tanker trucks and an oil pump jack.", "Abu Kamal", 1, "6 oil tanker trucks (destroyed), oil pump jack (destroyed)"},
		{"-- Near Hit one strike produced inconclusive results.", "Hit", 1, "inconclusive results"},
		{"* Near Al Qaim, an airstrike, struck an ISIL tactical unit and destroyed an ISIL vehicle.", "Al Qaim", 1, "tactical unit (struck), vehicle (destroyed)"},
		{"Near Kirkuk, an airstike struck an ISIL fighting position.", "Kirkuk", 1, "fighting position (struck)"},
		{"- Near Hit in Al Anbar Province, an airstrike struck an ISIL tactical unit.", "Hit", 1, "tactical unit (struck)"},
		{"- Near Near Abu Kamal, one strike destroyed an ISIL wellhead.", "Abu Kamal", 1, "wellhead (destroyed)"},
		{"- Near Dayz Ar Awr, 11 strikes engaged four ISIL supply routes.", "Deir ez-Zor", 11, "4 supply routes (engaged)"},
		{"• Near Hajin, Syria, four strikes consisting of 12 engagements destroyed two Daesh command and control nodes.", "Hajin", 4, "2 command and control nodes (destroyed)"},
		{"- Near Ramadi, four strikes struck an ISIL tactical unit, and destroyed two ISIL tactical vehicles, an ISIL VBIED, and denied ISIL access to terrain.", "Ramadi", 4, "tactical unit (struck), 2 tactical vehicles (destroyed), VBIED (destroyed), access to terrain (denied)"},
		{"- Near Baghdad, two airstrikes destroyed an ISIL tactical unit and struck another, destroyed an ISIL fighting position.", "Baghdad", 2, "tactical unit (destroyed), tactical unit (struck), fighting position (destroyed)"},
		{"- Near Haditha, an airstrike was conducted to help support friendly forces movement.", "Haditha", 1, ""},
		{"<li>Near Mosul, twenty-one strikes struck several ISIL fighting positions.</li>", "Mosul", 21, "fighting positions (struck)"},
		{"  • Near Dayr Az Zawr [Deir Ezzor], two strikes engaged two ISIS tactical units and destroyed a vehicle.", "Deir ez-Zor", 2, "2 tactical units (engaged), vehicle (destroyed)"},
		{"-- Near Tal Afar, a strike destroyed two ISIL buildings an ISIL artillery piece, and ISIL vehicle.", "Tal Afar", 1, "2 buildings (destroyed), artillery piece (destroyed), vehicle (destroyed)"},
		{"-- Near Raqqa, six Aug. 7 strikes engaged three ISIS tactical units.", "Raqqa", 6, "3 tactical units (engaged)"},
	}
	p := NewParser(nil)
	for _, tt := range tests {
		doc := model.Document{ID: "g", Text: "SOUTHWEST ASIA, June 2, 2016 —\nIraq\n" + tt.line + "\n"}
		res := p.Parse(doc)
		checkInvariants(t, doc, res)
		if len(res.Claims) != 1 {
			t.Errorf("%q: %d claims", tt.line, len(res.Claims))
			continue
		}
		c := res.Claims[0]
		if c.Where.Name != tt.place || strikesOf(c) != tt.strikes || c.Event.Target != tt.target {
			t.Errorf("%q:\n got  %q %d %q\n want %q %d %q", tt.line, c.Where.Name, strikesOf(c), c.Event.Target, tt.place, tt.strikes, tt.target)
		}
	}
}

// TestParagraphForm: 2019 weekly releases ran day totals and their lines
// together in one paragraph, without bullets.
func TestParagraphForm(t *testing.T) {
	text := "SOUTHWEST ASIA, March 8, 2019 — Between Feb. 24 and March 2, Coalition military forces conducted 12 strikes consisting of 20 engagements in Syria.\n" +
		"On Feb. 24, Coalition military forces conducted five strikes consisting of nine engagements in Syria. Near Hajin, five strikes destroyed four ISIS supply routes and a vehicle.\n" +
		"On March 1, Coalition military forces conducted seven strikes consisting of 11 engagements in Syria. Near Baghuz, four strikes engaged two ISIS tactical units. Near Hajin, three strikes destroyed an ISIS headquarters.\n"
	doc := model.Document{ID: "p", Text: text}
	res := NewParser(testPlaces).Parse(doc)
	checkInvariants(t, doc, res)
	wantC := []want{
		{"cjtf-oir", "asserts", "Hajin", "SY", "2019-02-24", "2019-02-24", 5, 9, 1, false},
		{"cjtf-oir", "asserts", "Baghuz", "SY", "2019-03-01", "2019-03-01", 4, -1, -1, false},
		{"cjtf-oir", "asserts", "Hajin", "SY", "2019-03-01", "2019-03-01", 3, -1, -1, false},
	}
	if len(res.Claims) != len(wantC) {
		t.Fatalf("got %d claims, want %d", len(res.Claims), len(wantC))
	}
	for i, w := range wantC {
		if got := claimSummary(res.Claims[i]); got != w {
			t.Errorf("claim %d: got %+v, want %+v", i, got, w)
		}
	}
	if len(res.Warnings) != 0 {
		t.Errorf("warnings %q", res.Warnings)
	}
}

// TestQuotedAttribution: a quoted release line is release text when a
// release is named around it, prose when someone else says it.
func TestQuotedAttribution(t *testing.T) {
	tests := []struct {
		text   string
		claims int
	}{
		{"The coalition said: “Near Raqqa, two strikes destroyed an ISIS vehicle.” Residents disputed it.\nCoalition military forces conducted two strikes in Syria.", 1},
		{"“Near Raqqa, two strikes destroyed an ISIS vehicle,” the statement said.\nCoalition military forces conducted two strikes in Syria.", 1},
		{"“Near Raqqa, two strikes destroyed a house,” a resident said.\nCoalition military forces conducted two strikes in Syria.", 0},
	}
	for _, tt := range tests {
		doc := model.Document{ID: "q", Text: tt.text}
		res := NewParser(testPlaces).Parse(doc)
		checkInvariants(t, doc, res)
		if len(res.Claims) != tt.claims {
			t.Errorf("%q: %d claims, want %d", tt.text, len(res.Claims), tt.claims)
		}
	}
}

func TestNotARelease(t *testing.T) {
	for _, text := range []string{
		"",
		"Near the end of the year, two strikes were reported by residents.",
		"Near Mosul, two strikes hit a market, residents said.\nThe coalition did not comment.",
		"The coalition said its aircraft conducted 21 strikes in Iraq last week.",
		"SOUTHWEST ASIA – The Iraqi air force conducted an air strike near Hajin, Syria, against Daesh terrorists on April 19.",
	} {
		res := NewParser(testPlaces).Parse(model.Document{ID: "n", Text: text})
		if len(res.Claims) != 0 || len(res.Spans) != 0 {
			t.Errorf("%q: claims %d spans %v", text, len(res.Claims), res.Spans)
		}
	}
}

func TestYears(t *testing.T) {
	tests := []struct {
		text, published, want string
	}{
		// No year anywhere and no publication date: no date is invented.
		{"On April 1 in Syria, Coalition military forces conducted one strike consisting of one engagement against Daesh targets.\n• Near Abu Kamal, one strike engaged a Daesh tactical unit.\n", "", ""},
		// Publication date completes the year.
		{"On April 1 in Syria, Coalition military forces conducted one strike consisting of one engagement against Daesh targets.\n• Near Abu Kamal, one strike engaged a Daesh tactical unit.\n", "2018-04-24", "2018-04-01"},
		// A release of Jan. 1 reporting Dec. 31: the previous year.
		{"SOUTHWEST ASIA, January 1, 2016 —\nOn Dec. 31, coalition military forces continued to attack ISIL terrorists in Syria and Iraq.\nIraq\n- Near Mosul, one strike struck an ISIL tactical unit.\n", "", "2015-12-31"},
		// Weekend window: Friday 8 a.m. to Monday 8 a.m. covers three days.
		{"SOUTHWEST ASIA, Monday, June 6, 2016 —\nOfficials reported details of the latest strikes, which took place between 8 a.m. Friday and 8 a.m. Monday.\nIraq\n- Near Mosul, one strike struck an ISIL tactical unit.\n", "", "2016-06-03..2016-06-05"},
	}
	for _, tt := range tests {
		res := NewParser(nil).Parse(model.Document{ID: "y", Text: tt.text, Published: tt.published})
		if len(res.Claims) == 0 {
			t.Errorf("%q: no claims", tt.text)
			continue
		}
		w := res.Claims[len(res.Claims)-1].When
		got := w.From
		if w.To != w.From {
			got += ".." + w.To
		}
		if got != tt.want {
			t.Errorf("%q: when %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestYesterdayNeedsReleaseDate: "yesterday" is dated from the release, or
// from the document only when the document is the release.
func TestYesterdayNeedsReleaseDate(t *testing.T) {
	text := "There were no reported strikes conducted in Iraq yesterday.\n"
	for _, tt := range []struct {
		kind string
		want int
	}{{model.KindOfficial, 1}, {model.KindBlog, 0}, {model.KindNews, 0}} {
		res := NewParser(nil).Parse(model.Document{ID: "y", Text: text, Published: "2018-05-11", Kind: tt.kind})
		if len(res.Claims) != tt.want {
			t.Errorf("kind %s: %d claims, want %d", tt.kind, len(res.Claims), tt.want)
		}
		if tt.want == 1 && res.Claims[0].When.From != "2018-05-10" {
			t.Errorf("kind %s: when %+v", tt.kind, res.Claims[0].When)
		}
	}
}

func TestFindAnchors(t *testing.T) {
	text := "24 April, 2018 ... April 5, 2018. Nov. 1 and Release # 20151102-01, Sept. 18, 2014 -- March 2018 -- May 5 2019"
	var got []string
	for _, a := range findAnchors(text) {
		got = append(got, a.date.Format("2006-01-02"))
	}
	want := "2018-04-24 2018-04-05 2015-11-02 2014-09-18 2019-05-05"
	if strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

func TestFoldPlace(t *testing.T) {
	for _, pair := range [][2]string{
		{"Ar Raqqah", "Raqqa"}, {"Al Shadadi", "Al Shaddadi"}, {"Habbaniya", "Habbaniyah"},
		{"Mar'a", "Mar’a"}, {"AL Hawl", "Al-Hawl"}, {"Ar Rut bah", "Ar Rutbah"}, {"Tallafar", "Tal Afar"},
	} {
		if foldPlace(pair[0]) != foldPlace(pair[1]) {
			t.Errorf("fold %q = %q, fold %q = %q", pair[0], foldPlace(pair[0]), pair[1], foldPlace(pair[1]))
		}
	}
	if foldPlace("Baghdad") == foldPlace("Baghdadi") {
		t.Errorf("Baghdad and Baghdadi must stay apart")
	}
}

// BenchmarkWholeReleases parses the 5,531 real lines regrouped into the 570
// daily releases they came from (dateline, coverage sentence, per-country
// headings and totals, then the lines).
func BenchmarkWholeReleases(b *testing.B) {
	rows := readCentcomRows(b)
	type key struct{ date time.Time }
	var order []time.Time
	byDate := map[time.Time]map[string][]centcomRow{}
	for _, r := range rows {
		if byDate[r.date] == nil {
			byDate[r.date] = map[string][]centcomRow{}
			order = append(order, r.date)
		}
		byDate[r.date][r.country] = append(byDate[r.date][r.country], r)
	}
	var docs []model.Document
	for _, d := range order {
		var sb strings.Builder
		sb.WriteString("Military airstrikes continue against ISIL terrorists in Syria and Iraq\n")
		sb.WriteString("SOUTHWEST ASIA, " + d.AddDate(0, 0, 1).Format("January 2, 2006") + " —\n")
		sb.WriteString("U.S. and coalition military forces have continued to attack ISIL terrorists in Syria and Iraq. Officials reported details of the latest strikes, which took place between 8 a.m. yesterday and 8 a.m. today.\n")
		for _, c := range []string{"Syria", "Iraq"} {
			if len(byDate[d][c]) == 0 {
				continue
			}
			sb.WriteString(c + "\n")
			for _, r := range byDate[d][c] {
				sb.WriteString(r.line + "\n")
			}
		}
		docs = append(docs, model.Document{ID: d.String(), Text: sb.String()})
	}
	p := NewParser(nil)
	lines := 0
	for b.Loop() {
		for _, d := range docs {
			lines += len(p.Parse(d).Claims)
		}
	}
	b.ReportMetric(float64(lines)/b.Elapsed().Seconds(), "lines/s")
}

// FuzzParse: Parse never panics, keeps its invariants, and takes time
// linear in the input (checked loosely against a doubled input).
func FuzzParse(f *testing.F) {
	for _, name := range []string{"weekly_2018.txt", "daily_li.html.txt", "wrapped_bullets.txt", "news_quoted.txt", "mismatch.txt", "centcom_tampa.txt", "daily_2017.txt", "news_curly_quotes.txt", "weekly_2018_summary.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b), "2018-04-24")
	}
	f.Add("Near , one strike destroyed", "")
	f.Add("- Near X, 9999999999999999999999 strikes struck an ISIL", "x")
	f.Add("There were no reported strikes conducted in Syria on February 31", "")
	p := NewParser(testPlaces)
	f.Fuzz(func(t *testing.T, text, published string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := model.Document{ID: "fuzz", Text: text, Published: published}
		start := time.Now()
		res := p.Parse(doc)
		elapsed := time.Since(start)
		checkInvariants(t, doc, res)
		if len(text) > 0 && elapsed > 50*time.Millisecond {
			doc.Text = text + "\n" + text
			start = time.Now()
			p.Parse(doc)
			if twice := time.Since(start); twice > 6*elapsed {
				t.Errorf("doubling the input took %v vs %v: not linear", twice, elapsed)
			}
		}
	})
}

// Impossible days never roll over into the next month: a span's last day
// past the month's end falls back to its first day; a non-existent day
// gives no dated claim at all.
func TestImpossibleDaysAreNotDates(t *testing.T) {
	p := NewParser(nil)
	tests := []struct {
		name, text string
		want       []string // From..To of each claim
	}{
		{"day past month end in a span", "There were no reported strikes conducted in Syria between June 28-31, 2018.\n", []string{"2018-06-28..2018-06-28"}},
		{"valid span", "There were no reported strikes conducted in Syria between June 28-30, 2018.\n", []string{"2018-06-28..2018-06-30"}},
		{"February 30", "There were no reported strikes conducted in Syria on February 30, 2018.\n", nil},
		{"February 29 in a common year", "There were no reported strikes conducted in Iraq on February 29, 2018.\n", nil},
	}
	for _, tc := range tests {
		res := p.Parse(model.Document{ID: "d", Text: tc.text, Published: "2018-07-05"})
		var got []string
		for _, c := range res.Claims {
			got = append(got, c.When.From+".."+c.When.To)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: claims dated %v, want %v", tc.name, got, tc.want)
		}
	}
}
