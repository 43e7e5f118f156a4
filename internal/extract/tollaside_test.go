package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// A figure after a speech aside: a participle that raises the toll keeps the
// speaker's claim ("…, doctors said, bringing the toll to 31"), and "a dozen
// others" wounded are people, not another party's share that would leave the
// dead a lower bound.
func TestTollPastSpeechAsideAndOthers(t *testing.T) {
	e := newTestExtractor(t)
	type want struct {
		kind, group string
		min         int
		max         *int
	}
	exact := func(n int) *int { return &n }
	for _, tc := range []struct {
		text string
		want want
	}{
		{"Report\n\nJets bombed a bakery in Maarat al-Numan in Syria on Monday, killing 29 people. Two of the injured died overnight, doctors at the hospital said, bringing the civilian death toll to 31.",
			want{model.CountKilled, model.GroupCivilians, 31, exact(31)}},
		{"Report\n\nRockets hit an airbase near Balad in Iraq late on Friday, killing two contractors and an Iraqi soldier and wounding a dozen others, officials said.",
			want{model.CountKilled, model.GroupUnknown, 3, exact(3)}},
	} {
		claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-03-10", Text: tc.text})
		found := false
		for _, c := range claims {
			for _, n := range c.Counts {
				if n.Kind == tc.want.kind && n.Group == tc.want.group && n.Min != nil && *n.Min == tc.want.min &&
					(n.Max == nil) == (tc.want.max == nil) && (n.Max == nil || *n.Max == *tc.want.max) {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%q: no %+v in %+v", tc.text, tc.want, claims)
		}
	}
}

// "There was no military target at the station" says civilians were hit,
// and names no target that was hit.
func TestDeniedMilitaryTargetIsNoTarget(t *testing.T) {
	e := newTestExtractor(t)
	text := "Report\n\nTurkish drones struck a water pumping station near Amuda in Syria on Monday. The station's director said there was no military target at the station, only its engineers."
	claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-03-10", Text: text})
	found := false
	for _, c := range claims {
		if c.Speaker == "local-sources" {
			found = true
			if c.Event.TargetGroup != model.GroupCivilians || c.Event.Target != "" {
				t.Errorf("director's claim: target %q group %q, want no target and civilians", c.Event.Target, c.Event.TargetGroup)
			}
		}
	}
	if !found {
		t.Errorf("no claim of the director in %+v", claims)
	}
}
