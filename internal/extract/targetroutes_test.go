package extract

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// What a strike hit, told by the side that struck or by those who lost
// people: an arms route or tunnel, a gathering of a movement's fighters,
// its vehicles, a bomb disguised as something else, a man whose role is
// told after his name say fighters were hit; shepherds, farmers and a
// fishing boat say civilians were; "not a weapons route" says no fighters
// were there.
func TestTargetGroupsOfRoutesGatheringsAndTrades(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text, quote, group string
	}{
		{"Report\n\nThe army said its jets struck a tunnel near the Kerem crossing in Gaza on Monday that Hamas used to bring weapons into the area.",
			"struck a tunnel", model.GroupMilitants},
		{"Report\n\nThe army said its aircraft hit a route in southern Lebanon on Monday that the group uses for the transfer of weapons from Syria.",
			"transfer of weapons", model.GroupMilitants},
		{"Report\n\nThe defence ministry said Iraqi jets destroyed a large gathering of Daesh terrorists east of Tikrit in Iraq on Monday.",
			"gathering of Daesh", model.GroupMilitants},
		{"Report\n\nAn air strike near Tikrit in Iraq on Monday killed shepherds, not Daesh, relatives of the dead said.",
			"killed shepherds", model.GroupCivilians},
		{"Report\n\nA drone strike hit a fishing boat on the Euphrates near Hit in Iraq on Monday, relatives said.",
			"fishing boat", model.GroupCivilians},
		{"Report\n\nRussian missiles hit the outskirts of Kharkiv in Ukraine on Monday, injuring two people. Russia's defence ministry said it had destroyed an ammunition depot. The mayor said the building was a family home.",
			"building was a family home", model.GroupCivilians},
		{"Report\n\nAn Israeli strike cut the road at the crossing near Hermel in Lebanon on Monday. \"They hit a road used by families fleeing the shelling, not a weapons route,\" the mayor said.",
			"not a weapons route", model.GroupCivilians},
		{"Report\n\nThe army said on Monday that its jets had destroyed four Islamic State vehicles leaving Rawa in Iraq.",
			"Islamic State vehicles", model.GroupMilitants},
		{"Report\n\nAn army officer said the truck was \"a bomb-laden vehicle disguised as a civilian ambulance\" and was hit by a helicopter near Baiji in Iraq on Monday.",
			"disguised as", model.GroupMilitants},
		{"Report\n\nThe coalition said an air strike near Mosul in Iraq on Monday killed Abu Omar al-Iraqi, whom we assess was a senior ISIS logistics emir.",
			"logistics emir", model.GroupMilitants},
	} {
		claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-03-10", Text: tc.text})
		forQuoting(t, claims, tc.quote, func(c model.Claim) {
			if c.Event.TargetGroup != tc.group {
				t.Errorf("%q: target group %q, want %q", tc.quote, c.Event.TargetGroup, tc.group)
			}
		})
	}
}

// Rejecting "the claim about a tunnel" rejects what was hit, not the
// strike: it is no denial that the strike took place.
func TestClaimAboutFightersAssetIsNoDenial(t *testing.T) {
	e := newTestExtractor(t)
	text := "Report\n\nAn Israeli strike hit the road at the crossing near Hermel in Lebanon on Monday, the agency said. The transport minister rejected the Israeli claim about a tunnel."
	claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-03-10", Text: text})
	for _, c := range claims {
		if c.Stance == model.StanceDenies {
			t.Errorf("denial from %q", c.Quote)
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

// A position the struck force had itself attacked before the strike
// ("after they attacked a headquarters") is not what the strike hit; the
// jets' own target still is ("after they attacked, the jets hit a
// headquarters").
func TestProvokingAttackIsNoTarget(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text, quote, target string
	}{
		{"Report\n\nGovernment aircraft killed 40 rebel fighters near Hama in Syria on Monday after they stormed an army headquarters, a monitor said.",
			"killed 40", ""},
		{"Report\n\nGovernment aircraft bombed a rebel headquarters near Hama in Syria on Monday, killing 40 fighters, a monitor said.",
			"bombed a rebel", "headquarters"},
	} {
		claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-03-10", Text: tc.text})
		forQuoting(t, claims, tc.quote, func(c model.Claim) {
			if c.Event.Target != tc.target {
				t.Errorf("%q: target %q, want %q", tc.quote, c.Event.Target, tc.target)
			}
		})
	}
}

// forQuoting runs check on every claim whose quote holds quote, and fails
// when there is none.
func forQuoting(t *testing.T, claims []model.Claim, quote string, check func(model.Claim)) {
	t.Helper()
	found := false
	for _, c := range claims {
		if strings.Contains(c.Quote, quote) {
			found = true
			check(c)
		}
	}
	if !found {
		t.Errorf("%q: no claim quoting it in %+v", quote, claims)
	}
}
