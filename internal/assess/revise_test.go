package assess

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/model"
)

// A source that corrects its own toll, or withdraws a claim its report tells
// of only in the withdrawal.
func TestRevisionsAndWithdrawals(t *testing.T) {
	tests := []struct {
		name       string
		inc        *model.Incident
		wantContra string
		wantGrade  string
		explHas    string
		killed     [2]int // the killed estimate's min and max (0 0: none)
		timeline   string // in some timeline summary
	}{
		{
			name: "a corrected toll is a retraction; the withdrawn figure is no estimate and contradicts nothing",
			inc: incident(
				cl{id: "cd1", speaker: "local-sources", asserted: []string{"russia"}, counts: []model.Count{n("killed", "unknown", 16, 16, false)}},
				cl{id: "mon", speaker: "ngo", asserted: []string{"russia"}, counts: []model.Count{n("killed", "unknown", 12, 12, false)}},
				cl{id: "cd2", speaker: "local-sources", counts: []model.Count{n("killed", "unknown", 12, 12, false)},
					revises: []model.Count{n("killed", "unknown", 16, 16, false)}},
			),
			wantContra: "retraction:local-sources/local-sources",
			wantGrade:  model.GradeFair,
			explHas:    "first gave 16 killed, then corrected it to 12",
			killed:     [2]int{12, 12},
			timeline:   "12 killed (earlier 16, withdrawn)",
		},
		{
			name: "a correction the report tells alone pairs with itself and discounts nothing",
			inc: incident(
				cl{id: "sdf", speaker: "sdf", asserted: []string{"turkey"}},
				cl{id: "fix", speaker: "sdf", counts: []model.Count{n("killed", "unknown", 2, 2, false)},
					revises: []model.Count{n("killed", "unknown", 3, 3, false)}},
			),
			wantContra: "retraction:sdf/sdf",
			wantGrade:  model.GradeWeak,
			explHas:    "first gave 3 killed",
			killed:     [2]int{2, 2},
		},
		{
			name: "a withdrawal that tells of the claim it withdraws, with no account of it before",
			inc: incident(
				cl{id: "pmf", speaker: "pmf", stance: model.StanceRetracts, asserted: []string{"israel"}},
				cl{id: "joc", speaker: "iraq-joc", stance: model.StanceDenies, denied: []string{model.Occurrence}},
			),
			wantContra: "retraction:pmf/pmf",
			wantGrade:  model.GradeWeak,
			explHas:    "withdraws its claim that Israel struck",
		},
		{
			name: "a source that withdrew its accusation and blamed another still contradicts the rival it first excluded",
			inc: incident(
				cl{id: "mayor", doc: "d2", speaker: "local-sources", asserted: []string{"turkey"}},
				cl{id: "guards", doc: "d3", speaker: "iran", asserted: []string{"iran"}},
				cl{id: "back", doc: "d1", speaker: "local-sources", stance: model.StanceRetracts},
				cl{id: "now", doc: "d1", speaker: "local-sources", asserted: []string{"iran"}},
			),
			wantContra: "attribution:iran/local-sources retraction:local-sources/local-sources",
			wantGrade:  model.GradeConfirmed,
			explHas:    "local sources says Turkey did",
		},
	}
	reg := actors.New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			New(docs, reg, nil).Assess(tt.inc)
			if got := kinds(tt.inc.Contradictions); got != tt.wantContra {
				t.Errorf("contradictions: got %s, want %s", got, tt.wantContra)
			}
			if tt.inc.Grade != tt.wantGrade {
				t.Errorf("grade %s (%s), want %s", tt.inc.Grade, tt.inc.GradeReason, tt.wantGrade)
			}
			found := false
			for _, c := range tt.inc.Contradictions {
				found = found || strings.Contains(c.Explanation, tt.explHas)
			}
			if !found {
				t.Errorf("no explanation contains %q", tt.explHas)
				for _, c := range tt.inc.Contradictions {
					t.Log(c.Explanation)
				}
			}
			if tt.timeline != "" {
				var sums []string
				for _, e := range tt.inc.Timeline {
					sums = append(sums, e.Summary)
				}
				if !strings.Contains(strings.Join(sums, "|"), tt.timeline) {
					t.Errorf("timeline %q lacks %q", sums, tt.timeline)
				}
			}
			for _, e := range tt.inc.Estimates {
				if e.Kind == "killed" && (*e.Min != tt.killed[0] || *e.Max != tt.killed[1]) {
					t.Errorf("killed estimate %d..%d, want %v", *e.Min, *e.Max, tt.killed)
				}
			}
		})
	}
}
