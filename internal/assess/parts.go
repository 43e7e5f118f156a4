package assess

import (
	"slices"

	"github.com/crosscheck/crosscheck/internal/model"
)

// summedTolls is, per count kind, the parts of every sum an incident's
// claims give ("four soldiers and two police officers": [4 2]).
type summedTolls map[string][][]int

// incidentSums collects the parts of the summed counts of the incident's
// claims that add up to their figure.
func incidentSums(v *incView) summedTolls {
	var out summedTolls
	for _, cv := range v.claims {
		if cv.denyOcc || cv.c.Stance == model.StanceRetracts {
			continue
		}
		for _, n := range cv.c.Counts {
			if !n.PartsAddUp() { // an edit that moved its bounds since leaves its parts meaningless
				continue
			}
			if out == nil {
				out = summedTolls{}
			}
			out[n.Kind] = append(out[n.Kind], n.Parts)
		}
	}
	return out
}

// partsOfOneToll reports two exact figures of one kind that are each the
// whole or one part of one summed count in the incident: "wounded four
// soldiers and two police officers" (6) beside another report's "four
// soldiers were wounded" (4) or "two policemen were hurt" (2). The figures
// count some of the same people, not rival tolls, unless one says the dead
// were fighters and the other civilians. A part of one person is no sign
// (any one of the dead is one), nor is a sum of some parts.
func (s summedTolls) partsOfOneToll(f, g figure) bool {
	fv, fok := exactValue(f.n)
	gv, gok := exactValue(g.n)
	if !fok || !gok || fv == gv || f.n.Kind != g.n.Kind || opposedGroups(toldOf(f), toldOf(g)) {
		return false // one side's dead were fighters, the other's civilians: rival accounts
	}
	for _, parts := range s[f.n.Kind] {
		if wholeOrPart(parts, fv) && wholeOrPart(parts, gv) {
			return true
		}
	}
	return false
}

// wholeOrPart: v is the sum of parts, or one part of two or more.
func wholeOrPart(parts []int, v int) bool {
	return v == model.SumOf(parts) || v >= 2 && slices.Contains(parts, v)
}

// toldOf is the group the figure names, else the one its claim says was hit.
// Children and medics are civilians here.
func toldOf(f figure) string {
	g := f.n.Group
	if noGroup(g) {
		g = hitGroup(f.cv.c)
	}
	if model.CivilianGroup(g) {
		return model.GroupCivilians
	}
	return g
}

// exactValue is the count's one value, when its bounds are equal.
func exactValue(n model.Count) (int, bool) {
	if n.Min == nil || n.Max == nil || *n.Min != *n.Max || n.Approx {
		return 0, false
	}
	return *n.Min, true
}
