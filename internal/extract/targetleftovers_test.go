package extract

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Leftovers of the targets round: a movement's vehicles, a disguise, a
// role described after the name of the man killed, "not bombs" said of
// those hit, and a fleet of boats that was not hit.
func TestTargetGroupsLeftovers(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text, quote, group string
	}{
		{"Report\n\nThe army said on Monday that its jets had destroyed four Islamic State vehicles leaving Rawa in Iraq.",
			"Islamic State vehicles", model.GroupMilitants},
		{"Report\n\nAn army officer said the truck was \"a bomb-laden vehicle disguised as a civilian ambulance\" and was hit by a helicopter near Baiji in Iraq on Monday.",
			"disguised as", model.GroupMilitants},
		{"Report\n\nThe coalition said an air strike near Mosul in Iraq on Monday killed Abu Omar al-Iraqi, whom we assess was a senior ISIS logistics emir.",
			"logistics emir", model.GroupMilitants},
	} {
		claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-03-10", Text: tc.text})
		found := false
		for _, c := range claims {
			if strings.Contains(c.Quote, tc.quote) {
				found = true
				if c.Event.TargetGroup != tc.group {
					t.Errorf("%q: target group %q, want %q", tc.quote, c.Event.TargetGroup, tc.group)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim quoting it in %+v", tc.quote, claims)
		}
	}
}

// "the strikes have cut the number of fishing boats going out" counts a
// fleet: the boats were not hit, and say nothing of who was.
func TestFishingBoatsNotHitNameNoGroup(t *testing.T) {
	e := newTestExtractor(t)
	text := "Report\n\nAir strikes hit the port of Mokha in Yemen on Monday, the agency said. Officials said the strikes have cut the number of fishing boats going out to sea."
	claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-03-10", Text: text})
	for _, c := range claims {
		if strings.Contains(c.Quote, "fishing boats") && c.Event.TargetGroup == model.GroupCivilians {
			t.Errorf("civilians from %q", c.Quote)
		}
	}
}
