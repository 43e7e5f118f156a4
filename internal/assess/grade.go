package assess

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/model"
)

// grade applies the rules of docs/methodology.md, first match wins:
//
//  1. discounted: every source that reported the strike later withdrew it.
//  2. contested:  competing claims of who did it, or whether it happened
//     (attribution, occurrence or official-record contradictions).
//  3. confirmed:  a belligerent's own voice says it took part.
//  4. fair:       two or more independent sources report it, none denies it.
//  5. weak:       a single source (or only denials).
func (a *Assessor) grade(v *incView, cs []model.Contradiction) (string, string) {
	retracted := map[string]bool{}
	for _, c := range cs {
		if c.Kind == model.ContraRetraction && len(c.B.Revises) == 0 && !isAsserting(&c.B) {
			// (a corrected figure, or account of who was hit, withdraws
			// no strike)
			retracted[a.srcOf(v, c.A.ID)] = true
		}
	}
	var reporters, standing []*claimView
	seen := map[string]bool{}
	for _, cv := range v.claims {
		if !cv.asserting || seen[cv.src] {
			continue
		}
		seen[cv.src] = true
		reporters = append(reporters, cv)
		if !retracted[cv.src] {
			standing = append(standing, cv)
		}
	}
	if len(reporters) == 0 {
		return model.GradeWeak, "weak: no source in hand reports the strike; only denials or questions"
	}
	if len(standing) == 0 {
		return model.GradeDiscounted, fmt.Sprintf("discounted: %s reported the strike and then withdrew it; no other source reports it",
			a.speakerList(reporters))
	}
	// contested: one clause per kind of competing claim
	type side struct {
		for_, against []*claimView
		actors        []string // for attribution: the actors whose part is denied
	}
	sides := map[string]*side{}
	var kinds []string
	for _, c := range cs {
		if !contestingKinds[c.Kind] {
			continue
		}
		x := a.find(v, c.A.ID)
		if x == nil || retracted[x.src] {
			continue
		}
		y := a.find(v, c.B.ID)
		if y == nil {
			cb := c.B
			y = &claimView{c: &cb, src: cb.Speaker}
		}
		if y.asserting && retracted[y.src] {
			continue // the rival account was withdrawn
		}
		sd := sides[c.Kind]
		if sd == nil {
			sd = &side{}
			sides[c.Kind] = sd
			kinds = append(kinds, c.Kind)
		}
		if a.ownVoice(x.c) && !slices.ContainsFunc(sd.for_, func(y *claimView) bool { return y.src == x.src }) {
			sd.for_ = append([]*claimView{x}, sd.for_...) // a belligerent's own word first
		}
		sd.for_ = appendSrc(sd.for_, x)
		sd.against = appendSrc(sd.against, y)
		if c.Kind == model.ContraAttribution {
			for _, act := range x.c.PerpetratorsAsserted {
				// y blames others for what x calls act's strike
				blamed := act != unknownActor && !actors.GroundOnly(act) && len(culprits(y.c.PerpetratorsAsserted)) > 0 &&
					!slices.ContainsFunc(y.c.PerpetratorsAsserted, func(p string) bool { return a.reg.Covers(p, act) })
				if (blamed || slices.ContainsFunc(deniedActors(y.c), func(d string) bool { return a.reg.Covers(act, d) })) && !slices.Contains(sd.actors, act) {
					sd.actors = append(sd.actors, act)
				}
			}
		}
	}
	also := a.alsoDisagree(cs)
	if len(kinds) > 0 {
		var clauses []string
		for _, k := range kinds {
			sd := sides[k]
			switch k {
			case model.ContraAttribution:
				clauses = append(clauses, fmt.Sprintf("%s %s %s struck; %s %s it",
					a.speakerList(sd.for_), verb(sd.for_, "says", "say"), a.actorList(sd.actors),
					a.speakerList(sd.against), verb(sd.against, "denies", "deny")))
			case model.ContraOccurrence:
				if _, ok := sides[model.ContraAttribution]; ok {
					clauses = append(clauses, fmt.Sprintf("%s %s no strike took place",
						a.speakerList(sd.against), verb(sd.against, "says", "say")))
				} else {
					clauses = append(clauses, fmt.Sprintf("%s %s a strike; %s %s none took place",
						a.speakerList(sd.for_), verb(sd.for_, "reports", "report"),
						a.speakerList(sd.against), verb(sd.against, "says", "say")))
				}
			case model.ContraOfficialRecord:
				clauses = append(clauses, fmt.Sprintf("%s %s %s struck; the official record of %s says there were no such strikes that day",
					a.speakerList(sd.for_), verb(sd.for_, "says", "say"), a.assertedActors(sd.for_), a.speakerList(sd.against)))
			}
		}
		return model.GradeContested, "contested: " + strings.Join(clauses, "; ") + also
	}
	for _, cv := range standing {
		voice := a.reg.SpeaksFor(speakerOf(cv.c))
		if voice == "" {
			continue
		}
		for _, act := range cv.c.PerpetratorsAsserted {
			if a.reg.Covers(act, voice) {
				return model.GradeConfirmed, fmt.Sprintf("confirmed: %s, speaking for %s, says %s took part%s",
					a.speakerName(cv.c), a.actorName(voice), a.actorName(act), also)
			}
		}
	}
	if len(standing) >= 2 {
		return model.GradeFair, fmt.Sprintf("fair: %d independent sources report it (%s) and none denies it%s",
			len(standing), a.speakerList(standing), also)
	}
	return model.GradeWeak, fmt.Sprintf("weak: a single source (%s)%s", a.speakerList(standing), also)
}

func (a *Assessor) alsoDisagree(cs []model.Contradiction) string {
	var ks []string
	for _, c := range cs {
		if (c.Kind == model.ContraCount || c.Kind == model.ContraTarget) && !slices.Contains(ks, c.Kind) {
			ks = append(ks, c.Kind)
		}
	}
	if len(ks) == 0 {
		return ""
	}
	words := map[string]string{model.ContraCount: "the figures", model.ContraTarget: "who was hit"}
	var ws []string
	for _, k := range ks {
		ws = append(ws, words[k])
	}
	return "; sources also disagree on " + strings.Join(ws, " and ")
}

func (a *Assessor) assertedActors(cvs []*claimView) string {
	var ids []string
	for _, cv := range cvs {
		for _, x := range cv.c.PerpetratorsAsserted {
			if !slices.Contains(ids, x) {
				ids = append(ids, x)
			}
		}
	}
	return a.actorList(ids)
}

func appendSrc(xs []*claimView, x *claimView) []*claimView {
	for _, y := range xs {
		if y.src == x.src {
			return xs
		}
	}
	return append(xs, x)
}

func verb(xs []*claimView, one, many string) string {
	if len(xs) == 1 {
		return one
	}
	return many
}

func (a *Assessor) find(v *incView, id string) *claimView {
	for _, cv := range v.claims {
		if cv.c.ID == id {
			return cv
		}
	}
	return nil
}

func (a *Assessor) srcOf(v *incView, id string) string {
	if cv := a.find(v, id); cv != nil {
		return cv.src
	}
	return ""
}

// timeline lists every claim in publication order.
func (a *Assessor) timeline(v *incView) []model.TimelineEntry {
	out := make([]model.TimelineEntry, 0, len(v.claims))
	for _, cv := range v.claims {
		out = append(out, model.TimelineEntry{
			Published: cv.pub, Claim: cv.c.ID, Speaker: speakerOf(cv.c), Stance: cv.c.Stance,
			Summary: a.summary(cv),
		})
	}
	return out
}

func (a *Assessor) summary(cv *claimView) string {
	c := cv.c
	who := a.speakerName(c)
	ps := a.actorList(c.PerpetratorsAsserted)
	var s string
	switch {
	case cv.groupDenial:
		s = who + " says no " + deniedGroup(c) + " were hit"
	case slices.Contains(c.PerpetratorsDenied, model.Occurrence) || deniesOccurrence(c):
		s = who + " says no strike took place"
	case len(c.PerpetratorsDenied) > 0:
		s = who + " denies that " + a.actorList(c.PerpetratorsDenied) + " took part"
	case c.Stance == model.StanceRetracts && ps != "":
		s = who + " withdraws its claim that " + ps + " struck"
	case c.Stance == model.StanceRetracts:
		s = who + " withdraws its earlier account of the strike"
	case c.Stance == model.StanceDisputes && ps != "":
		s = who + " questions that " + ps + " struck"
	case c.Stance == model.StanceDisputes:
		s = who + " questions the account of the strike"
	case ps != "":
		s = who + " " + stanceVerbOr(c.Stance) + " " + ps + " struck"
	default:
		s = who + " " + stanceVerbOr(c.Stance) + " a strike took place"
	}
	if c.Stance == model.StanceRetracts || c.Stance == model.StanceDenies {
		// what was withdrawn or denied is said above
	} else if c.Event.TargetGroup != "" && c.Event.TargetGroup != model.GroupUnknown || c.Event.Target != "" {
		t := strings.TrimSpace(c.Event.Target)
		if t == "" {
			t = c.Event.TargetGroup
		}
		s += " (target: " + t + ")"
	}
	var figs []string
	for _, n := range c.Counts {
		noun := model.CountNoun(n.Kind, n.Min != nil && n.Max != nil && *n.Min == 1 && *n.Max == 1)
		if n.Group != "" && n.Group != model.GroupUnknown {
			noun += " (" + n.Group + ")"
		}
		figs = append(figs, figure{n: n}.text()+" "+noun+revisedNote(c, n))
	}
	if len(figs) > 0 {
		s += "; " + strings.Join(figs, ", ")
	}
	if cv.copy {
		s += " [near-copy of an earlier report]"
	}
	return s
}

// revisedNote: the figure the claim's source gave before correcting it to
// n ("12 killed (earlier 16, withdrawn)").
func revisedNote(c *model.Claim, n model.Count) string {
	if r, ok := c.RevisedFigure(n.Kind); ok {
		return " (earlier " + figure{n: r}.text() + ", withdrawn)"
	}
	return ""
}

func stanceVerbOr(stance string) string {
	if v := stanceVerb[stance]; v != "" && stance != model.StanceDenies && stance != model.StanceRetracts && stance != model.StanceDisputes {
		return v
	}
	return "says"
}
