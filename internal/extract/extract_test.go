package extract

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/gazetteer"
	"github.com/crosscheck/crosscheck/internal/model"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	return New(nil, actors.New())
}

// triple is what the table tests check of a claim.
type triple struct {
	Speaker, Stance string
	Asserted        []string
	Denied          []string
}

func triples(claims []model.Claim) []triple {
	var out []triple
	for _, c := range claims {
		a := append([]string(nil), c.PerpetratorsAsserted...)
		d := append([]string(nil), c.PerpetratorsDenied...)
		slices.Sort(a)
		slices.Sort(d)
		out = append(out, triple{c.Speaker, c.Stance, a, d})
	}
	return out
}

// checkTriples fails the test unless the claims read as want, in order.
func checkTriples(t *testing.T, claims []model.Claim, want []triple) {
	t.Helper()
	got := triples(claims)
	if len(got) != len(want) {
		t.Fatalf("got %d claims %+v, want %+v", len(got), got, want)
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.Speaker != w.Speaker || g.Stance != w.Stance || !slices.Equal(g.Asserted, w.Asserted) || !slices.Equal(g.Denied, w.Denied) {
			t.Errorf("claim %d: got %+v, want %+v", i, g, w)
		}
	}
}

// docCase is a table-test row: a document and the claims it gives.
type docCase struct {
	name string
	doc  model.Document
	want []triple
}

// caseDoc says how a table completes its rows' documents before
// extraction: every row gets the id "t".
type caseDoc struct {
	published string // the report's date, when the table fixes one
	titled    bool   // the text is a report's body: a title line goes first
}

// reportBody: rows that are the body of a report of 10 March 2021.
var reportBody = caseDoc{published: "2021-03-10", titled: true}

// runDocCases extracts each row's document, completed as cd says, and
// checks the claims it gives.
func runDocCases(t *testing.T, e *Extractor, cd caseDoc, tests []docCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.doc.ID = "t"
			if cd.published != "" {
				tc.doc.Published = cd.published
			}
			if cd.titled {
				tc.doc.Text = "Report\n\n" + tc.doc.Text
			}
			claims, _ := e.Extract(tc.doc)
			checkTriples(t, claims, tc.want)
		})
	}
}

func TestAttributionAndStance(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		name string
		text string
		want []triple
	}{
		{"unknown person: no claim",
			"John Smith said the coalition destroyed 40 vehicles near Mosul.",
			nil},
		{"surname of a known spokesman",
			"Garver said the coalition destroyed 40 vehicles near Mosul.",
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}}},
		{"person introduced earlier",
			"Col. Joseph Scrocca, a spokesman for the coalition, said the coalition would investigate. Scrocca said coalition jets struck the building.",
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}}},
		{"known spokesman",
			"Col. Chris Garver said the coalition destroyed 40 vehicles near Mosul.",
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}}},
		{"said X after a quote",
			"“Coalition aircraft struck the bridge,” said Col. Ryan Dillon.",
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}}},
		{"according to",
			"According to the Pentagon, U.S. aircraft bombed the depot.",
			[]triple{{"us-dod", "asserts", []string{"us"}, nil}}},
		{"told Reuters with trailing continuation",
			"Two vehicles were found burned, an Iraqi source told Reuters, adding that the strikes took place at night.",
			[]triple{{"iraqi-sources", "asserts", nil, nil}}},
		{"denial with perpetrator",
			"U.S. officials denied that the United States was behind the strike.",
			[]triple{{"us-official", "denies", nil, []string{"us"}}}},
		{"denial of occurrence",
			"The Iraqi military denied that such an attack took place at all.",
			[]triple{{"iraq-military", "denies", nil, nil}}},
		{"negated own strike",
			"The U.S.-led coalition said it did not conduct any air strikes near Camp Taji.",
			[]triple{{"cjtf-oir", "denies", nil, []string{"coalition"}}}},
		{"two clauses, but",
			"The coalition announced that coalition forces had also taken part in these air strikes, but Iraqi sources denied that claim.",
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}, {"iraqi-sources", "denies", nil, []string{"coalition"}}}},
		{"passive agent and participation",
			"The strike was conducted by the Iraqi Security Forces, with support from the coalition, the ministry said.",
			nil}, // "the ministry" without country: unresolved, so no claim
		{"passive agent and participation, journalist",
			"The strike was conducted by the Iraqi Security Forces with support from the coalition.",
			[]triple{{"journalist", "asserts", []string{"coalition", "iraq"}, nil}}},
		{"noun modifier",
			"Residents said a Turkish drone strike killed three people.",
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"victims are not perpetrators",
			"ISIS militants killed in U.S. air attack near Fallujah",
			[]triple{{"journalist", "asserts", []string{"us"}, nil}}},
		{"object is not perpetrator",
			"Iraqi army sources said the airstrike targeted the Popular Mobilization Forces.",
			[]triple{{"iraqi-sources", "asserts", nil, nil}}},
		{"recanting",
			"The Popular Mobilization Forces said the airstrike hit a convoy of medics, before recanting.",
			[]triple{{"pmf", "asserts", nil, nil}, {"pmf", "retracts", nil, nil}}},
		{"confirms",
			"“Again, we know the Iraqi security forces destroyed more”, Col. Chris Garver confirmed.",
			[]triple{{"cjtf-oir", "confirms", []string{"iraq"}, nil}}},
		{"pronoun is the speaker's side",
			"On June 30, the Ministry of Defense in Baghdad announced it had attacked the convoy from the air.",
			[]triple{{"iraq-mod", "asserts", []string{"iraq"}, nil}}},
		{"question asserts nothing",
			"Why did the Americans attack the convoy on their own?",
			nil},
		{"denied permission is no denial",
			"Baghdad informed the Americans, but CJTF-OIR denied permission for its warplanes to attack the area.",
			nil},
		{"blame names the perpetrator",
			"The Hashd blamed Israel for the strike.",
			[]triple{{"pmf", "asserts", []string{"israel"}, nil}}},
		{"predicate nationality",
			"Tribal sources said the drone was American.",
			[]triple{{"local-sources", "asserts", []string{"us"}, nil}}},
		{"gerund after a denial",
			"The coalition denied conducting any strike in Mayadin that day.",
			[]triple{{"cjtf-oir", "denies", nil, []string{"coalition"}}}},
		{"none of its aircraft",
			"The coalition said none of its aircraft had struck near Hit on Tuesday.",
			[]triple{{"cjtf-oir", "denies", nil, []string{"coalition"}}}},
		{"quotation continued in the next sentence",
			"An Iraqi army officer disputed that account. “The operation was carried out by our helicopters alone. The coalition did not take part,” he said.",
			[]triple{{"iraqi-sources", "asserts", []string{"iraq-army-aviation"}, nil}, {"iraqi-sources", "denies", nil, []string{"coalition"}}}},
		{"no comment is no claim",
			"A spokesman for the Pentagon said he had no information on the strike.",
			nil},
		{"embedded question asserts nothing",
			"An Iraqi military spokesman declined to say who was behind the strike.",
			nil},
		{"statement introduced by a colon",
			"The Iraqi Ministry of Defence said in a statement:\n“Our aircraft destroyed a Daesh headquarters near Qaim.”",
			[]triple{{"iraq-mod", "asserts", []string{"iraq-air-force"}, nil}}},
		{"dispute of a denial",
			"The Russian Defence Ministry denied that its aircraft had struck the hospital. Activists said the Russian denial was false.",
			[]triple{{"russia-mod", "denies", nil, []string{"russia"}}, {"local-sources", "asserts", []string{"russia"}, nil}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Text: tc.text})
			checkTriples(t, claims, tc.want)
		})
	}
}

func TestClaimInvariants(t *testing.T) {
	e := newTestExtractor(t)
	text := "Title line\n\nCoalition jets struck a convoy near Mosul on Monday, killing 12 militants, the coalition said.\n"
	doc := model.Document{ID: "abc", Path: "p.txt", Text: text, Published: "2017-03-20"}
	claims, _ := e.Extract(doc)
	if len(claims) == 0 {
		t.Fatal("no claims")
	}
	for i, c := range claims {
		if c.Quote != text[c.Span[0]:c.Span[1]] {
			t.Errorf("claim %d: quote %q is not text[span] %q", i, c.Quote, text[c.Span[0]:c.Span[1]])
		}
		if c.ID != model.ClaimID(doc.ID, c.Span, i) || c.Document != "abc" || c.Path != "p.txt" || c.Published != "2017-03-20" || c.Source != "prose" {
			t.Errorf("claim %d: bad bookkeeping %+v", i, c)
		}
		if c.PerpetratorsAsserted == nil || c.PerpetratorsDenied == nil || c.Counts == nil || c.Event.Type == "" || c.Event.TargetGroup == "" {
			t.Errorf("claim %d: nil or empty field %+v", i, c)
		}
	}
}

// golden is the part of a claim the golden files pin: what this package
// decides (places, dates and counts come from their own packages).
type golden struct {
	Speaker  string   `json:"speaker"`
	Name     string   `json:"speaker_name,omitempty"`
	Stance   string   `json:"stance"`
	Asserted []string `json:"asserted"`
	Denied   []string `json:"denied"`
	Event    string   `json:"event"`
	Quote    string   `json:"quote"`
}

func TestGolden(t *testing.T) {
	e := newTestExtractor(t)
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			claims, _ := e.Extract(model.Document{ID: "g", Text: string(b)})
			var got []golden
			for _, c := range claims {
				ev := c.Event.Type
				if c.Event.Target != "" {
					ev += "/" + c.Event.Target
				}
				ev += "/" + c.Event.TargetGroup
				got = append(got, golden{c.Speaker, c.SpeakerName, c.Stance, c.PerpetratorsAsserted, c.PerpetratorsDenied, ev, c.Quote})
			}
			out, _ := json.MarshalIndent(got, "", "  ")
			out = append(out, '\n')
			gf := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(gf, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if string(want) != string(out) {
				t.Errorf("%s differs from the extraction (go test -update to accept):\n%s", gf, out)
			}
		})
	}
}

// TestLongSentence: a 5 MB input without a sentence break finishes (linear time).
func TestLongSentence(t *testing.T) {
	if testing.Short() {
		t.Skip("long input")
	}
	e := newTestExtractor(t)
	var b strings.Builder
	unit := "coalition aircraft struck the convoy and Iraqi sources denied that claim while militants fled near Mosul "
	for b.Len() < 5<<20 {
		b.WriteString(unit)
	}
	start := time.Now()
	claims, _ := e.Extract(model.Document{ID: "long", Text: b.String()})
	t.Logf("5 MB single sentence: %d claims in %v", len(claims), time.Since(start))
	var c strings.Builder
	for c.Len() < 5<<20 {
		c.WriteString("“ said , — the the 's U.S. - led ")
	}
	start = time.Now()
	e.Extract(model.Document{ID: "junk", Text: c.String()})
	t.Logf("5 MB of quotes and punctuation in %v", time.Since(start))
}

func FuzzExtract(f *testing.F) {
	f.Add("Coalition jets struck a convoy near Mosul, the coalition said.", "2017-03-20")
	f.Add("“FACT: the coalition @cjtfoir did not conduct airstrikes,” a spokesman said.", "")
	f.Add("SOUTHWEST ASIA – The Iraqi air force conducted an air strike near Hajin, Syria, on April 19.", "2018-04-24")
	f.Add("OIR Spokesman Verified account @OIRSpox\n#Iraq's strike was planned by the ISF, w/ support from @CJTFOIR.", "")
	f.Add("U.S. sources, however, deny that the United States was behind the strike, and the Iraqi military denies that such an attack took place at all.", "")
	f.Add("\"\u201c\u201d’s — – -led anti- , said said said according to", "bad")
	f.Add("An Iraqi officer disputed that account. “The operation was carried out by our helicopters alone. The coalition did not take part,” he said.", "")
	g, err := gazetteer.Default()
	if err != nil {
		f.Fatal(err)
	}
	e := New(g, actors.New())
	f.Fuzz(func(t *testing.T, text, published string) {
		claims, _ := e.Extract(model.Document{ID: "f", Text: text, Published: published})
		for i, c := range claims {
			if c.Span[0] < 0 || c.Span[1] > len(text) || c.Span[0] > c.Span[1] {
				t.Fatalf("claim %d: span %v out of range", i, c.Span)
			}
			if c.Quote != text[c.Span[0]:c.Span[1]] {
				t.Fatalf("claim %d: quote is not text[span]", i)
			}
		}
	})
}
