package cli

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/*.golden files from the current output")

type tclaim struct {
	speaker, stance  string
	asserted, denied []string
	place            string
	lat, lon         float64
	rel, from, to    string
	target, group    string
	counts           []model.Count
	quote            string
}

func (c tclaim) claim(i int) model.Claim {
	out := model.Claim{
		Speaker: c.speaker, Stance: c.stance,
		PerpetratorsAsserted: nonEmpty(c.asserted), PerpetratorsDenied: nonEmpty(c.denied),
		Event:  model.Event{Type: model.EventAirstrike, Target: c.target, TargetGroup: c.group},
		Counts: c.counts, Quote: c.quote, Span: [2]int{i * 100, i*100 + 90}, Source: "prose",
	}
	if out.Stance == "" {
		out.Stance = model.StanceAsserts
	}
	if out.Event.TargetGroup == "" {
		out.Event.TargetGroup = model.GroupUnknown
	}
	if c.from != "" {
		to := c.to
		if to == "" {
			to = c.from
		}
		out.When = model.When{From: c.from, To: to, Precision: model.PrecisionDay}
		if to != c.from {
			out.When.Precision = model.PrecisionDays
		}
	}
	if c.place != "" {
		lat, lon := c.lat, c.lon
		out.Where = model.Where{Name: c.place, Lat: &lat, Lon: &lon, Country: "IQ", Relation: c.rel, Precision: model.PlaceTown}
	}
	return out
}

func nonEmpty(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

func cnt(kind string, lo, hi int, approx bool) model.Count {
	c := model.Count{Kind: kind, Group: model.GroupUnknown, Approx: approx}
	if lo >= 0 {
		c.Min = model.IntPtr(lo)
	}
	if hi >= 0 {
		c.Max = model.IntPtr(hi)
	}
	return c
}

type tdoc struct {
	path, publisher, published, text string
	claims                           []tclaim
}

// incidentFixture: three reports on the Fallujah convoy strike (one also on
// the Ramadi convoy 45 km away the same day) and one on a strike near Taji
// that is denied and retracted. Built by hand; no seed text.
var incidentFixture = []tdoc{
	{path: "reports/wire.txt", publisher: "Wire", published: "2016-07-01", text: "wire story",
		claims: []tclaim{
			{speaker: "journalist", place: "Fallujah", lat: 33.3494, lon: 43.7861, rel: "near", from: "2016-06-29", to: "2016-06-30",
				target: "convoy", counts: []model.Count{cnt(model.CountVehiclesDestroyed, 260, 260, true)},
				quote: "Over two days, someone destroyed around 260 vehicles of a convoy fleeing Fallujah."},
			{speaker: "cjtf-oir", asserted: []string{"coalition"}, place: "Fallujah", lat: 33.3494, lon: 43.7861, rel: "southwest of", from: "2016-06-30",
				target: "convoy", counts: []model.Count{cnt(model.CountVehiclesDestroyed, 55, 55, false)},
				quote: "The coalition said it destroyed 55 trucks southwest of Fallujah."},
			{speaker: "cjtf-oir", asserted: []string{"coalition"}, place: "Ramadi", lat: 33.4206, lon: 43.3078, rel: "east of", from: "2016-06-30",
				target: "convoy", counts: []model.Count{cnt(model.CountVehiclesStruck, 120, 120, false)},
				quote: "A further 120 vehicles were struck east of Ramadi, the coalition said."},
		}},
	{path: "reports/blog.txt", publisher: "Blog", published: "2016-07-04", text: "blog story",
		claims: []tclaim{
			{speaker: "iraqi-sources", stance: model.StanceDenies, denied: []string{"coalition"}, place: "Fallujah", lat: 33.3494, lon: 43.7861, from: "2016-06-29",
				quote: "Iraqi sources denied that the coalition took part."},
			{speaker: "iraqi-sources", asserted: []string{"iraq-army-aviation"}, group: model.GroupMilitants,
				counts: []model.Count{cnt(model.CountVehiclesDestroyed, 201, -1, false)},
				quote:  "Iraqi helicopters destroyed more than half of the 400 vehicles; most occupants were militants, the pilots said."},
			{speaker: "cjtf-oir", asserted: []string{"iraq-air-force", "iraq-army-aviation"},
				counts: []model.Count{cnt(model.CountVehiclesDestroyed, 24, -1, true)},
				quote:  "Iraqi aircraft destroyed dozens of additional vehicles, Garver said."},
		}},
	{path: "reports/tv.txt", publisher: "Daily", published: "2020-01-05", text: "taji story",
		claims: []tclaim{
			{speaker: "iraq-state-tv", asserted: []string{"us"}, place: "Taji", lat: 33.5211, lon: 44.2719, rel: "near", from: "2020-01-04",
				quote: "A US air strike hit a militia convoy near Taji, state TV said."},
			{speaker: "us-official", stance: model.StanceDenies, denied: []string{"us"},
				quote: "A US official denied the United States was behind the attack."},
			{speaker: "iraq-military", stance: model.StanceDenies, denied: []string{model.Occurrence},
				quote: "The Iraqi military denied that any air strike took place."},
			{speaker: "pmf", stance: model.StanceConfirms, group: model.GroupMedics, target: "convoy of medics",
				quote: "The militia said the strike hit a convoy of its medics."},
			{speaker: "pmf", stance: model.StanceRetracts,
				quote: "The militia later said no medical convoy was targeted."},
		}},
}

// fixtureDB stores the fixture in a fresh database and rebuilds incidents.
func fixtureDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "cc.db")
	st := openStoreForTest(t, db)
	ctx := context.Background()
	for _, d := range incidentFixture {
		h := sha256.Sum256([]byte(d.text))
		doc := model.Document{ID: hex.EncodeToString(h[:]), Path: d.path, Title: d.path, Publisher: d.publisher,
			Published: d.published, Kind: model.KindNews, Lang: "en", Text: d.text}
		var cs []model.Claim
		for i, c := range d.claims {
			cs = append(cs, c.claim(i))
		}
		if err := st.AddDocument(ctx, doc, nil, nil, cs); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := rebuildIncidents(ctx, st, nil); err != nil {
		t.Fatal(err)
	}
	st.Close()
	return db
}

func incidentsJSON(t *testing.T, db string, args ...string) []model.Incident {
	t.Helper()
	r := runCrosscheck(t, context.Background(), db, "", append([]string{"incidents", "--format", "json"}, args...)...)
	if r.code != 0 {
		t.Fatalf("incidents: exit %d: %s", r.code, r.stderr)
	}
	var out struct {
		Incidents []model.Incident `json:"incidents"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("incidents json: %v\n%s", err, r.stdout)
	}
	return out.Incidents
}

func TestIncidentsJSONContract(t *testing.T) {
	db := fixtureDB(t)
	incs := incidentsJSON(t, db)
	if len(incs) != 3 {
		t.Fatalf("want 3 incidents (Fallujah, Ramadi, Taji), got %d", len(incs))
	}
	for _, inc := range incs {
		for _, c := range inc.Claims {
			if c.Document == "" || c.Path == "" || c.ID == "" {
				t.Errorf("%s: claim without document/path/id: %+v", inc.ID, c)
			}
		}
		if inc.Grade == "" || inc.GradeReason == "" || len(inc.Timeline) != len(inc.Claims) {
			t.Errorf("%s: not assessed: grade %q, %d timeline entries for %d claims", inc.ID, inc.Grade, len(inc.Timeline), len(inc.Claims))
		}
	}
	grades := map[string]string{}
	for _, inc := range incs {
		grades[inc.Where.Name] = inc.Grade
	}
	want := map[string]string{"Fallujah": model.GradeContested, "Ramadi": model.GradeConfirmed, "Taji": model.GradeContested}
	if !reflect.DeepEqual(grades, want) {
		t.Errorf("grades %v, want %v", grades, want)
	}
}

func TestIncidentsFilters(t *testing.T) {
	db := fixtureDB(t)
	tests := []struct {
		args []string
		want []string // place names
	}{
		{nil, []string{"Fallujah", "Ramadi", "Taji"}},
		{[]string{"--grade", "contested"}, []string{"Fallujah", "Taji"}},
		{[]string{"--from", "2020-01-01"}, []string{"Taji"}},
		{[]string{"--to", "2016-06-29"}, []string{"Fallujah"}},
		{[]string{"--near", "33.35,43.79", "--within", "30"}, []string{"Fallujah"}},
		{[]string{"--near", "Ramadi"}, []string{"Fallujah", "Ramadi"}}, // 45 km apart, within the default 50
		{[]string{"--near", "Ramadi", "--within", "20"}, []string{"Ramadi"}},
		{[]string{"--actor", "us"}, []string{"Taji"}},
		{[]string{"--actor", "coalition"}, []string{"Fallujah", "Ramadi", "Taji"}},
		{[]string{"--actor", "iraq"}, []string{"Fallujah"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var got []string
			for _, inc := range incidentsJSON(t, db, tt.args...) {
				got = append(got, inc.Where.Name)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	for _, bad := range [][]string{{"--grade", "great"}, {"--from", "June"}, {"--actor", "martians"}, {"--format", "xml"}} {
		r := runCrosscheck(t, context.Background(), db, "", append([]string{"incidents"}, bad...)...)
		if r.code != 2 {
			t.Errorf("incidents %v: exit %d, want 2 (%s)", bad, r.code, r.stderr)
		}
	}
	r := runCrosscheck(t, context.Background(), db, "", "incidents")
	if r.code != 0 || !strings.Contains(r.stdout, "GRADE") || !strings.Contains(r.stdout, "contested") {
		t.Errorf("table output:\n%s\n%s", r.stdout, r.stderr)
	}
}

// TestReassessIdentical: rebuilding from the stored claims gives the same
// incidents, byte for byte, with the same ids.
func TestReassessIdentical(t *testing.T) {
	db := fixtureDB(t)
	before := runCrosscheck(t, context.Background(), db, "", "incidents", "--format", "json")
	r := runCrosscheck(t, context.Background(), db, "", "reassess")
	if r.code != 0 || !strings.Contains(r.stdout, "3 incidents") {
		t.Fatalf("reassess: exit %d: %s %s", r.code, r.stdout, r.stderr)
	}
	after := runCrosscheck(t, context.Background(), db, "", "incidents", "--format", "json")
	if before.stdout != after.stdout {
		t.Errorf("reassess changed the incidents")
	}
}

func TestShowText(t *testing.T) {
	db := fixtureDB(t)
	for _, place := range []string{"Fallujah", "Taji"} {
		t.Run(place, func(t *testing.T) {
			var id string
			for _, inc := range incidentsJSON(t, db) {
				if inc.Where.Name == place {
					id = inc.ID
				}
			}
			r := runCrosscheck(t, context.Background(), db, "", "show", id[:8])
			if r.code != 0 {
				t.Fatalf("show: exit %d: %s", r.code, r.stderr)
			}
			golden := filepath.Join("testdata", "show_"+strings.ToLower(place)+".golden")
			if *updateGolden {
				if err := os.WriteFile(golden, []byte(r.stdout), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run: go test ./internal/cli -run TestShowText -update)", err)
			}
			if r.stdout != string(want) {
				t.Errorf("show %s differs from %s (run with -update to accept):\n%s", place, golden, r.stdout)
			}
			j := runCrosscheck(t, context.Background(), db, "", "show", id, "--format", "json")
			var inc model.Incident
			if j.code != 0 || json.Unmarshal([]byte(j.stdout), &inc) != nil || inc.ID != id {
				t.Errorf("show --format json: exit %d: %s", j.code, j.stderr)
			}
		})
	}
	if r := runCrosscheck(t, context.Background(), db, "", "show", "inc-ffffffffffff"); r.code == 0 {
		t.Errorf("show of an unknown id succeeded")
	}
}
