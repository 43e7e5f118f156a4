package assess

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/model"
)

type contra struct {
	kind string
	a, b *claimView
	expl string
}

// collector keeps one contradiction per kind and pair of independent
// sources (several outlets quoting one speaker are that speaker once).
type collector struct {
	seen  map[string]bool
	n     map[string]int
	items []contra
}

func (k *collector) add(kind string, a, b *claimView, key, expl string) {
	sk := kind + "|" + a.src + "|" + b.src + "|" + key
	if k.seen[sk] || k.n[kind] >= maxContradictionsPerKind {
		return
	}
	k.seen[sk] = true
	k.n[kind]++
	k.items = append(k.items, contra{kind: kind, a: a, b: b, expl: expl})
}

func (a *Assessor) contradictions(v *incView, inc *model.Incident) []model.Contradiction {
	k := &collector{seen: map[string]bool{}, n: map[string]int{}}
	a.attribution(v, k)
	a.occurrence(v, k)
	a.officialRecord(v, inc, k)
	a.counts(v, k)
	a.targets(v, k)
	a.retractions(v, k)
	// within a kind, a belligerent speaking of its own part first
	own := func(c contra) int {
		if a.ownVoice(c.a.c) {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(k.items, func(x, y contra) int {
		if d := contraOrder[x.kind] - contraOrder[y.kind]; d != 0 {
			return d
		}
		if d := own(x) - own(y); d != 0 {
			return d
		}
		if d := x.a.order - y.a.order; d != 0 {
			return d
		}
		return x.b.order - y.b.order
	})
	out := make([]model.Contradiction, 0, len(k.items))
	for _, c := range k.items {
		out = append(out, model.Contradiction{Kind: c.kind, A: *c.a.c, B: *c.b.c, Explanation: c.expl})
	}
	return out
}

// deniedActors: the actors a claim says took no part. A "disputes" claim
// questions the actors it names.
func deniedActors(c *model.Claim) []string {
	var out []string
	for _, x := range c.PerpetratorsDenied {
		if x != model.Occurrence {
			out = append(out, x)
		}
	}
	if c.Stance == model.StanceDisputes {
		out = append(out, c.PerpetratorsAsserted...)
	}
	return out
}

// attribution: X says actor A took part; another source denies A, or an
// actor that covers A or that A covers (the coalition / the United States).
func (a *Assessor) attribution(v *incView, k *collector) {
	for _, y := range v.claims {
		denied := deniedActors(y.c)
		if len(denied) == 0 {
			continue
		}
		for _, x := range v.claims {
			if x.src == y.src || !x.asserting {
				continue
			}
			if act, d, ok := a.coveredPair(x.c.PerpetratorsAsserted, denied); ok {
				verb := "denies"
				if y.c.Stance == model.StanceDisputes {
					verb = "disputes"
				}
				k.add(model.ContraAttribution, x, y, "",
					fmt.Sprintf("%s says %s took part; %s %s that %s did.",
						a.speakerName(x.c), a.actorName(act), a.speakerName(y.c), verb, a.actorName(d)))
			}
		}
	}
}

// coveredPair finds an asserted actor and a denied one that name the same
// actor or one of them includes the other.
func (a *Assessor) coveredPair(asserted, denied []string) (string, string, bool) {
	for _, act := range asserted {
		for _, d := range denied {
			if a.reg.Covers(act, d) {
				return act, d, true
			}
		}
	}
	return "", "", false
}

// occurrence: a source reports the strike; another says no strike took place.
func (a *Assessor) occurrence(v *incView, k *collector) {
	for _, y := range v.claims {
		if !y.denyOcc {
			continue
		}
		for _, x := range v.claims {
			if x.src == y.src || !x.asserting {
				continue
			}
			what := "reports the strike"
			if ps := a.actorList(x.c.PerpetratorsAsserted); ps != "" {
				what = "says " + ps + " struck"
			}
			k.add(model.ContraOccurrence, x, y, "",
				fmt.Sprintf("%s %s; %s says no such strike took place.", a.speakerName(x.c), what, a.speakerName(y.c)))
		}
	}
}

// officialRecord: a media report that the coalition (or a member) struck,
// in a country on a day for which the coalition's own record says it
// conducted no strikes there.
func (a *Assessor) officialRecord(v *incView, inc *model.Incident, k *collector) {
	if len(a.records) == 0 {
		return
	}
	for _, x := range v.claims {
		c := x.c
		if !x.asserting || c.Source == "release" || len(c.PerpetratorsAsserted) == 0 {
			continue
		}
		country := c.Where.Country
		if country == "" {
			country = inc.Where.Country
		}
		lo, ok := parseDay(c.When.From)
		if !ok || country == "" {
			continue
		}
		hi, ok := parseDay(c.When.To)
		if !ok || hi < lo {
			hi = lo
		}
		// the claim's whole date range must fall on days the record covers
		for _, r := range a.records[recordKey(country, lo)] {
			rlo, _ := parseDay(r.When.From)
			rhi, ok := parseDay(r.When.To)
			if !ok || rhi < rlo {
				rhi = rlo
			}
			if hi > rhi || lo < rlo || r.Speaker == c.Speaker {
				continue
			}
			denied := deniedActors(r)
			if len(denied) == 0 {
				if f := a.reg.SpeaksFor(r.Speaker); f != "" {
					denied = []string{f}
				}
			}
			for _, act := range c.PerpetratorsAsserted {
				if !slices.ContainsFunc(denied, func(d string) bool { return a.reg.Covers(act, d) }) {
					continue
				}
				rv := &claimView{c: r, src: a.sourceKey(r, r.Document), order: len(v.claims)}
				k.add(model.ContraOfficialRecord, x, rv, "",
					fmt.Sprintf("%s says %s struck in %s on %s; %s's record says there were no such strikes that day.",
						a.speakerName(x.c), a.actorName(act), country, c.When.From, a.speakerName(r)))
				break
			}
		}
	}
}

// counts: two figures of one kind and group that cannot both be true. Only
// figures that credit the same actors are compared (two totals, or two
// figures for the same actors); a share (one actor's part) contradicts a
// total only when the share is larger than the whole.
func (a *Assessor) counts(v *incView, k *collector) {
	by, keys := figures(v)
	for _, key := range keys {
		fs := by[key]
		for i, f := range fs {
			for _, g := range fs[i+1:] {
				if f.cv.src == g.cv.src {
					continue
				}
				flo, fhi, fopen := f.interval()
				glo, ghi, gopen := g.interval()
				fs, gs := f.cv.c.PerpetratorsAsserted, g.cv.c.PerpetratorsAsserted
				fIn, gIn := a.within(fs, gs), a.within(gs, fs)
				disjoint := (!fopen && fhi < glo) || (!gopen && ghi < flo)
				conflict := false
				switch {
				case fIn && gIn: // same actors, or both totals
					conflict = disjoint
				case fIn: // f is a share of g's total
					conflict = !gopen && flo > ghi
				case gIn:
					conflict = !fopen && glo > fhi
				}
				// A figure credited to every actor its source names is that
				// source's total ("state media: coalition strikes killed 19"
				// against a monitor's "at least 23").
				if !conflict && disjoint && a.isTotal(v, f) && a.isTotal(v, g) {
					conflict = true
				}
				if !conflict {
					continue
				}
				noun := countNoun[f.n.Kind]
				if noun == "" {
					noun = f.n.Kind
				}
				k.add(model.ContraCount, f.cv, g.cv, key,
					fmt.Sprintf("%s gives %s %s%s; %s gives %s%s: both cannot be true.",
						a.speakerName(f.cv.c), f.text(), noun, a.byActors(fs),
						a.speakerName(g.cv.c), g.text(), a.byActors(gs)))
			}
		}
	}
}

// isTotal: the figure credits no actor, or every actor its source says took
// part. A belligerent's figure for its own side only ("the coalition
// destroyed 55 trucks", from the coalition) is its tally, not the strike's
// total; its figure for a joint strike ("Iraqi helicopters with coalition
// support killed as many as 30") is.
func (a *Assessor) isTotal(v *incView, f figure) bool {
	mine := f.cv.c.PerpetratorsAsserted
	if len(mine) == 0 {
		return true
	}
	if voice := a.reg.SpeaksFor(speakerOf(f.cv.c)); voice != "" &&
		!slices.ContainsFunc(mine, func(x string) bool { return !a.reg.Covers(x, voice) }) {
		return false // only its own side: its tally
	}
	for _, cv := range v.claims {
		if cv.src != f.cv.src || !cv.asserting {
			continue
		}
		if !a.within(cv.c.PerpetratorsAsserted, mine) {
			return false
		}
	}
	return true
}

func (a *Assessor) byActors(ids []string) string {
	if s := a.actorList(ids); s != "" {
		return " by " + s
	}
	return " in all"
}

// within reports whether every actor of xs is, or belongs to, an actor of
// ys (an empty ys is everyone: the total).
func (a *Assessor) within(xs, ys []string) bool {
	if len(ys) == 0 {
		return true
	}
	if len(xs) == 0 {
		return false
	}
	for _, x := range xs {
		ok := false
		for _, y := range ys {
			if x == y || slices.Contains(a.reg.Ancestors(x), y) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// targets: sources disagree on who was hit (medics vs militants, civilians
// vs militants).
func (a *Assessor) targets(v *incView, k *collector) {
	for i, x := range v.claims {
		gx := x.c.Event.TargetGroup
		if !x.asserting || gx == "" {
			continue
		}
		for _, y := range v.claims[i+1:] {
			gy := y.c.Event.TargetGroup
			if !y.asserting || x.src == y.src || gy == "" || gx == gy {
				continue
			}
			if !slices.ContainsFunc(conflictingGroups, func(p [2]string) bool {
				return p[0] == gx && p[1] == gy || p[0] == gy && p[1] == gx
			}) {
				continue
			}
			k.add(model.ContraTarget, x, y, "",
				fmt.Sprintf("%s says those hit were %s; %s says they were %s.",
					a.speakerName(x.c), groupWords(x.c), a.speakerName(y.c), groupWords(y.c)))
		}
	}
}

func groupWords(c *model.Claim) string {
	g := c.Event.TargetGroup
	if g == model.GroupMixed {
		g = "civilians as well as militants"
	}
	if t := strings.TrimSpace(c.Event.Target); t != "" {
		return fmt.Sprintf("%s (%s)", g, t)
	}
	return g
}

// retractions: a source asserts, then later withdraws or denies what it said.
func (a *Assessor) retractions(v *incView, k *collector) {
	for j, y := range v.claims {
		if y.c.Stance != model.StanceRetracts && y.c.Stance != model.StanceDenies {
			continue
		}
		for _, x := range v.claims[:j] {
			if x.src != y.src || !x.asserting {
				continue
			}
			if y.c.Stance == model.StanceDenies && !a.withdraws(x.c, y.c) {
				continue
			}
			what := "its earlier account"
			if ps := a.actorList(x.c.PerpetratorsAsserted); ps != "" {
				what = "its claim that " + ps + " struck"
			}
			k.add(model.ContraRetraction, x, y, "",
				fmt.Sprintf("%s first says the strike happened, then withdraws %s.", a.speakerName(x.c), what))
			break
		}
	}
}

// withdraws: a later denial by the same source that takes back the earlier
// claim: it denies an actor the earlier claim named, or denies the strike
// took place when the earlier claim named no one. (Saying "Russia did it,
// not us" denies nothing the source had said.)
func (a *Assessor) withdraws(earlier, later *model.Claim) bool {
	if earlier.Document == later.Document && later.Span[0] < earlier.Span[1] {
		return false // one sentence read as two claims
	}
	if deniesOccurrence(later) && len(earlier.PerpetratorsAsserted) == 0 {
		return true
	}
	for _, d := range later.PerpetratorsDenied {
		for _, x := range earlier.PerpetratorsAsserted {
			if a.reg.Covers(x, d) {
				return true
			}
		}
	}
	return false
}

// ownVoice: the claim's speaker speaks for an actor the claim names.
func (a *Assessor) ownVoice(c *model.Claim) bool {
	voice := a.reg.SpeaksFor(speakerOf(c))
	if voice == "" {
		return false
	}
	for _, x := range c.PerpetratorsAsserted {
		if a.reg.Covers(x, voice) {
			return true
		}
	}
	return false
}
