package assess

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/actors"
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
	// one per kind and pair, whichever side is named first
	x, y := a.src, b.src
	if y < x {
		x, y = y, x
	}
	sk := kind + "|" + x + "|" + y + "|" + key
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
	a.rivalCulprits(v, k)
	a.occurrence(v, k)
	a.officialRecord(v, inc, k)
	a.counts(v, k)
	a.targets(v, k)
	a.groupDenials(v, k)
	a.ownStrikeDenials(v, k)
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

// rivalCulprits: X says actors with aircraft struck; Y says other actors
// did it, none of which includes or belongs to X's, and Y's source names
// none of X's actors anywhere in the incident: the two accounts of who
// struck exclude each other. When Y blames only actors that have no
// aircraft ("the house had been blown up by Islamic State militants") that
// is enough; when Y blames another air force ("Iraqi jets" against
// "American planes") X's source must also name none of Y's actors, since
// two partners may each be named alone for one joint strike.
func (a *Assessor) rivalCulprits(v *incView, k *collector) {
	named := namedBySource(v)
	// what each claim's source names, read once per claim, not per pair
	until := make([][]string, len(v.claims))
	for i, cv := range v.claims {
		until[i] = a.namedUntilWithdrawn(v, cv, named)
	}
	for j, y := range v.claims {
		ys := culprits(y.c.PerpetratorsAsserted)
		if !y.asserting || len(ys) == 0 {
			continue
		}
		ground := groundOnly(ys)
		for i, x := range v.claims {
			if x.src == y.src || !x.asserting {
				continue
			}
			air := slices.DeleteFunc(culprits(x.c.PerpetratorsAsserted), actors.GroundOnly)
			if len(air) == 0 {
				continue
			}
			if _, _, ok := a.coveredPair(air, until[j]); ok {
				continue
			}
			if _, _, ok := a.coveredPair(ys, until[i]); ok && !ground {
				continue
			}
			why := "says %s did it, and has no aircraft."
			if !ground {
				why = "says %s did."
			}
			k.add(model.ContraAttribution, x, y, "",
				fmt.Sprintf("%s says %s struck; %s "+why,
					a.speakerName(x.c), a.actorList(air), a.speakerName(y.c), a.actorList(ys)))
		}
	}
}

// namedUntilWithdrawn: the actors x's source names in the incident, up to
// the first account it withdraws after x. A source that withdrew its
// accusation and then blamed another ("the mayor withdrew his accusation
// against Turkey and said the drone was Iranian") did not name the second
// culprit beside the first: its first account still excludes a rival's.
func (a *Assessor) namedUntilWithdrawn(v *incView, x *claimView, named map[string][]string) []string {
	var r *claimView
	for _, cv := range v.claims {
		if cv.src == x.src && cv.c.Stance == model.StanceRetracts && len(cv.c.Revises) == 0 && a.after(x.c, cv.c) {
			r = cv
			break
		}
	}
	if r == nil {
		return named[namingKey(x)]
	}
	var out []string
	for _, cv := range v.claims {
		if namingKey(cv) != namingKey(x) || !cv.asserting || toldSinceWithdrawal(cv, r) {
			continue
		}
		out = append(out, cv.c.PerpetratorsAsserted...)
	}
	return out
}

// toldSinceWithdrawal: cv is published after the withdrawal r, or told in
// its document from r's sentence on.
func toldSinceWithdrawal(cv, r *claimView) bool {
	if cv.c.Document == r.c.Document {
		return cv.c.Span[0] >= r.c.Span[0]
	}
	return cv.order > r.order
}

// culprits: the actors a claim names as perpetrators, without "unknown".
func culprits(ps []string) []string {
	return slices.DeleteFunc(slices.Clone(ps), func(p string) bool { return p == unknownActor })
}

// namedBySource: every actor each source says took part, over all its
// asserting claims in the incident.
func namedBySource(v *incView) map[string][]string {
	out := map[string][]string{}
	for _, cv := range v.claims {
		if cv.asserting {
			k := namingKey(cv)
			out[k] = append(out[k], cv.c.PerpetratorsAsserted...)
		}
	}
	return out
}

// namingKey is the source whose account a claim belongs to when asking
// what else that source names: an unnamed speaker ("Iraqi officers",
// "residents") is one source per report, since two reports' unnamed
// officers are seldom the same people.
func namingKey(cv *claimView) string {
	if anonymousSpeakers[cv.src] {
		return cv.src + "@" + cv.c.Document
	}
	return cv.src
}

func groundOnly(ps []string) bool {
	return len(ps) > 0 && !slices.ContainsFunc(ps, func(p string) bool { return !actors.GroundOnly(p) })
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
		lo, ok := model.ParseDay(c.When.From)
		if !ok || country == "" {
			continue
		}
		hi, ok := model.ParseDay(c.When.To)
		if !ok || hi < lo {
			hi = lo
		}
		// the claim's whole date range must fall on days the record covers
		for _, r := range a.records[recordKey(country, lo)] {
			rlo, _ := model.ParseDay(r.When.From)
			rhi, ok := model.ParseDay(r.When.To)
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
// total only when the share is larger than the whole. Nor are two figures
// that are each some of the parts of one summed count (partsOfOneToll).
func (a *Assessor) counts(v *incView, k *collector) {
	by, keys := figures(v)
	by, keys = comparedFigures(by, keys, a.enemyTallyOnly(by))
	tolls := splitTolls(v)
	sums := incidentSums(v)
	for _, key := range keys {
		fs := by[key]
		for i, f := range fs {
			for _, g := range fs[i+1:] {
				if f.cv.src == g.cv.src || shareAgainstWhole(tolls, f, g) || shareAgainstWhole(tolls, g, f) ||
					sums.partsOfOneToll(f, g) {
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
				noun := model.CountNoun(f.n.Kind, false)
				k.add(model.ContraCount, f.cv, g.cv, key,
					fmt.Sprintf("%s gives %s%s; %s gives %s%s: both cannot be true.",
						a.speakerName(f.cv.c), f.words(noun, true), a.byActors(fs),
						a.speakerName(g.cv.c), g.words(noun, false), a.byActors(gs)))
			}
		}
	}
	a.noneAtAll(by, keys, k)
	a.allDead(v, k, tolls, sums)
}

// words: the figure with the group it names, if any, and the noun of its
// kind when it comes first or names a group: a zero of civilians beside a
// bare toll reads "0 civilians injured", not "0 injured in all".
func (f figure) words(noun string, first bool) string {
	s := f.text()
	if g := f.n.Group; !noGroup(g) {
		return s + " " + g + " " + noun
	}
	if first {
		return s + " " + noun
	}
	return s
}

// allDead compares two sources' counts of everyone killed (or hurt, ...)
// when they file them under different groups. A figure is a source's count
// of all of them when it names no group and the same claim gives a part of
// it by group ("four people, including a civilian"), or when the claim says
// everyone hit was of one group and counts only that group ("three people,
// all of them fighters"). Two such counts that cannot both be true, each the
// source's total for the strike and at least one given with its parts, are
// a count contradiction. (A bare "four men" beside "11 militants" is not
// compared: it may be some of the dead; nor "14 militants" beside "six of a
// family": each may be a different strike of one operation.) tolls are
// the incident's splitTolls and sums its summed counts, found once by
// counts.
func (a *Assessor) allDead(v *incView, k *collector, tolls []splitToll, sums summedTolls) {
	type total struct {
		f     figure
		group string
		parts bool // gives a part of it by group
	}
	byKind := map[string][]total{}
	var kinds []string
	for _, cv := range v.claims {
		if cv.denyOcc || cv.c.Stance == model.StanceRetracts {
			continue
		}
		hg := hitGroup(cv.c)
		perKind := map[string][]model.Count{}
		var ks []string
		for _, n := range cv.c.Counts {
			if n.Min == nil && n.Max == nil {
				continue
			}
			if _, ok := perKind[n.Kind]; !ok {
				ks = append(ks, n.Kind)
			}
			perKind[n.Kind] = append(perKind[n.Kind], n)
		}
		for _, kind := range ks {
			ns := perKind[kind]
			var t *model.Count
			parts := false
			unnamed := slices.IndexFunc(ns, func(n model.Count) bool { return noGroup(n.Group) })
			switch {
			case unnamed >= 0 && len(ns) > 1 && holdsParts(ns, unnamed):
				t, parts = &ns[unnamed], true
			case len(ns) == 1 && allOfHitGroup(ns[0], hg):
				t = &ns[0]
			}
			if t == nil {
				continue
			}
			if _, ok := byKind[kind]; !ok {
				kinds = append(kinds, kind)
			}
			group := t.Group
			if !parts {
				group = hg
			}
			byKind[kind] = append(byKind[kind], total{f: figure{cv: cv, n: *t}, group: group, parts: parts})
		}
	}
	for _, st := range tolls {
		if _, ok := byKind[st.f.n.Kind]; !ok {
			kinds = append(kinds, st.f.n.Kind)
		}
		byKind[st.f.n.Kind] = append(byKind[st.f.n.Kind], total{f: st.f, group: "", parts: true})
	}
	for _, kind := range kinds {
		ts := byKind[kind]
		for i, x := range ts {
			for _, y := range ts[i+1:] {
				// one of them must be a total given with its parts, or the
				// two must say the dead were civilians and militants: two
				// sources each saying all the dead were of their group may
				// be telling of two strikes, but one that calls the dead
				// civilians and one that calls them militants tell of the
				// same dead (the target contradiction) and count them
				if x.f.cv.src == y.f.cv.src || x.group == y.group || !(x.parts || y.parts || opposedGroups(x.group, y.group)) ||
					sums.partsOfOneToll(x.f, y.f) {
					continue
				}
				xlo, xhi, xopen := x.f.interval()
				ylo, yhi, yopen := y.f.interval()
				xBelow, yBelow := !xopen && xhi < ylo, !yopen && yhi < xlo
				if !xBelow && !yBelow {
					continue
				}
				xTot, yTot := a.isTotal(v, x.f), a.isTotal(v, y.f)
				// a share (one side's tally of the enemies its aircraft
				// killed) larger than another source's count of all the
				// dead, given with its parts, cannot be true either
				if !(xTot && yTot) && !(xBelow && x.parts && xTot) && !(yBelow && y.parts && yTot) {
					continue
				}
				noun := model.CountNoun(kind, false)
				words := func(t total) string {
					if t.parts {
						return "in all"
					}
					return "in all, all " + t.group
				}
				k.add(model.ContraCount, x.f.cv, y.f.cv, kind+"|all",
					fmt.Sprintf("%s gives %s %s %s; %s gives %s %s: both cannot be true.",
						a.speakerName(x.f.cv.c), x.f.text(), noun, words(x), a.speakerName(y.f.cv.c), y.f.text(), words(y)))
			}
		}
	}
}

// splitToll is a source's toll of one kind given in one claim ("killing
// three people") and split by group in another of its claims ("one of the
// dead was a fighter, and the other two were civilians").
type splitToll struct {
	f     figure     // the toll, naming no group
	split *claimView // the claim that splits it
}

// splitTolls finds each source's toll that another of its claims splits
// into groups: the split claim names two groups or more of the kind and
// no figure without one, and its parts fit in the toll. The toll is then
// that source's count of all the dead (compared in allDead), and each
// part a share of it.
func splitTolls(v *incView) []splitToll {
	var out []splitToll
	for _, sp := range v.claims {
		if sp.denyOcc || sp.c.Stance == model.StanceRetracts {
			continue
		}
		for _, kind := range splitKinds(sp.c) {
			for _, cv := range v.claims {
				if cv == sp || cv.src != sp.src || cv.denyOcc || cv.c.Stance == model.StanceRetracts {
					continue
				}
				if t, ok := loneToll(cv.c, kind); ok && holdsSplit(t, sp.c.Counts, kind) {
					out = append(out, splitToll{f: figure{cv: cv, n: t}, split: sp})
					break
				}
			}
		}
	}
	return out
}

// splitKinds: the person-count kinds the claim gives both as militants
// and as civilians (children are some of the civilians, not a part of
// their own), with no figure of the kind that names no group.
func splitKinds(c *model.Claim) []string {
	var out []string
	for i, n := range c.Counts {
		if !personCount(n.Kind) || slices.Contains(out, n.Kind) || noGroup(n.Group) {
			continue
		}
		other, unnamed := false, false
		for _, m := range c.Counts[i+1:] {
			if m.Kind != n.Kind {
				continue
			}
			unnamed = unnamed || noGroup(m.Group)
			other = other || model.CivilianGroup(m.Group) && n.Group == model.GroupMilitants ||
				model.CivilianGroup(n.Group) && m.Group == model.GroupMilitants
		}
		if other && !unnamed && !slices.ContainsFunc(c.Counts[:i], func(m model.Count) bool {
			return m.Kind == n.Kind && noGroup(m.Group)
		}) {
			out = append(out, n.Kind)
		}
	}
	return out
}

// loneToll: the claim's one figure of kind, naming no group.
func loneToll(c *model.Claim, kind string) (model.Count, bool) {
	var t model.Count
	found := 0
	for _, n := range c.Counts {
		if n.Kind != kind {
			continue
		}
		if found++; !noGroup(n.Group) || n.None() || n.Max == nil && n.Min == nil {
			return t, false
		}
		t = n
	}
	return t, found == 1
}

// holdsSplit: the parts of kind add up to no more than the toll.
func holdsSplit(t model.Count, parts []model.Count, kind string) bool {
	sum := 0
	for _, n := range parts {
		if n.Kind == kind {
			sum += figure{n: n}.low()
		}
	}
	return t.Max == nil || sum <= *t.Max
}

// shareAgainstWhole: f is a part of a toll its source splits by group, and
// g counts all the dead its claim says were of f's group ("one of the dead
// was a fighter" against "three militants were neutralised"). The two
// disagree on who the dead were (the target contradiction) and compare as
// tolls (allDead), not as counts of that group.
func shareAgainstWhole(tolls []splitToll, f, g figure) bool {
	if !slices.ContainsFunc(tolls, func(t splitToll) bool { return t.split == f.cv && t.f.n.Kind == f.n.Kind }) {
		return false
	}
	return allOfHitGroup(g.n, hitGroup(g.cv.c)) && figuresOfKind(g.cv.c, g.n.Kind) == 1
}

// figuresOfKind: how many figures of kind the claim gives.
func figuresOfKind(c *model.Claim, kind string) int {
	k := 0
	for _, n := range c.Counts {
		if n.Kind == kind {
			k++
		}
	}
	return k
}

// allOfHitGroup: the claim's only figure of its kind counts everyone hit,
// all of whom it says were civilians or all militants: "killed six
// militants", or "a group of terrorists ... killing four of them".
func allOfHitGroup(n model.Count, hg string) bool {
	if hg != model.GroupMilitants && hg != model.GroupCivilians {
		return false
	}
	return n.Group == hg || noGroup(n.Group)
}

// opposedGroups: one side says the dead were civilians, the other militants.
func opposedGroups(g, h string) bool {
	return (g == model.GroupCivilians && h == model.GroupMilitants) ||
		(g == model.GroupMilitants && h == model.GroupCivilians)
}

// holdsParts: the figure ns[i] can hold each other figure as a part of
// it ("four people, including a civilian"); "20 militants, including a
// commander" gives the commander as a part, not the whole.
func holdsParts(ns []model.Count, i int) bool {
	total := figure{n: ns[i]}
	for j, n := range ns {
		part := figure{n: n}
		if j != i && total.n.Max != nil && part.low() > total.high() {
			return false
		}
	}
	return true
}

// noneAtAll: "no one was killed" (a figure of zero that names no group)
// rules out any dead at all: it contradicts a positive figure of the same
// kind for any group ("five to seven fighters were killed"), or one that
// names none but is read as a group's (Amaq's "killed six" of the soldiers
// it says it ambushed). by and keys are the compared figures, each figure
// naming no group filed under the group it is read as.
func (a *Assessor) noneAtAll(by map[string][]figure, keys []string, k *collector) {
	for _, zk := range keys {
		kind, group, _ := strings.Cut(zk, "|")
		if !noGroup(group) {
			continue
		}
		for _, z := range by[zk] {
			if z.n.Max == nil || *z.n.Max != 0 {
				continue
			}
			for _, key := range keys {
				ok, og, _ := strings.Cut(key, "|")
				if ok != kind || noGroup(og) {
					continue
				}
				for _, f := range by[key] {
					if f.cv.src == z.cv.src || f.low() <= 0 {
						continue
					}
					noun := model.CountNoun(kind, false)
					k.add(model.ContraCount, z.cv, f.cv, key,
						fmt.Sprintf("%s says no one was %s; %s gives %s %s: both cannot be true.",
							a.speakerName(z.cv.c), noun, a.speakerName(f.cv.c), f.text(), og))
				}
			}
		}
	}
}

// civilianOrUnsaid: the claim says civilians were hit, or does not say who.
func civilianOrUnsaid(c *model.Claim) bool {
	switch hitGroup(c) {
	case "", model.GroupUnknown, model.GroupCivilians, model.GroupChildren, model.GroupMedics:
		return true
	}
	return false
}

// comparedFigures files each figure that names no group ("11 people
// died") under the group it counts, when that can be told (see
// unnamedReading); the others are compared only with figures that name
// none.
//
// tallies holds the keys of militants counted only by the side that says
// it struck them (see enemyTallyOnly).
func comparedFigures(by map[string][]figure, keys []string, tallies []string) (map[string][]figure, []string) {
	out := make(map[string][]figure, len(by))
	for _, key := range keys {
		out[key] = by[key]
	}
	outKeys := slices.Clone(keys)
	for _, key := range keys {
		kind, group, _ := strings.Cut(key, "|")
		if !noGroup(group) {
			continue
		}
		named := withOwnReadings(namedGroups(keys, kind, tallies), out[key])
		var keep []figure
		for _, f := range out[key] {
			g := unnamedReading(f, named)
			if g == "" {
				keep = append(keep, f)
				continue
			}
			to := kind + "|" + g
			if _, ok := out[to]; !ok {
				outKeys = append(outKeys, to)
			}
			out[to] = append(slices.Clip(out[to]), f)
		}
		if len(keep) == 0 {
			delete(out, key)
			outKeys = slices.DeleteFunc(outKeys, func(k string) bool { return k == key })
		} else {
			out[key] = keep
		}
	}
	return out, outKeys
}

// namedGroups: the groups the incident's figures of kind name (children
// and medics are part of civilians when civilians are named too; so are
// militants when only the striking side names them, in its tally of the
// enemies it says it killed: "our drones neutralised five terrorists"
// beside locals' "three workers" leaves a monitor's "four deaths" read as
// the civilians).
func namedGroups(keys []string, kind string, tallies []string) []string {
	var named []string
	for _, o := range keys {
		ok, og, _ := strings.Cut(o, "|")
		if ok != kind || noGroup(og) || slices.Contains(named, og) {
			continue
		}
		named = append(named, og)
	}
	if slices.Contains(named, model.GroupCivilians) {
		tally := slices.Contains(tallies, kind+"|"+model.GroupMilitants)
		named = slices.DeleteFunc(named, func(g string) bool {
			return g == model.GroupChildren || g == model.GroupMedics || tally && g == model.GroupMilitants
		})
	}
	return named
}

// withOwnReadings: when no figure of the kind names a group, the groups
// that figures naming none are read as by their own claims. A figure whose
// claim says nothing of who was hit then counts the dead the other sources
// count where they say who was hit rather than name the group in the figure
// (Amaq's "17 killed" of the soldiers it says it ambushed, against a
// monitor's bare "nine were killed"). A group named in a figure still comes
// first.
func withOwnReadings(named []string, unnamed []figure) []string {
	if len(named) > 0 {
		return named
	}
	for _, f := range unnamed {
		if g := unnamedReading(f, nil); g != "" && !slices.Contains(named, g) {
			named = append(slices.Clip(named), g)
		}
	}
	return named
}

// unnamedReading is the group a figure that names none counts, or "":
//   - its own claim says who was hit, and gives no other figure of its
//     kind by group: "more than 30 people" where it says civilians were
//     hit counts civilians; "nine were killed" where it says militants
//     were, militants;
//   - its claim says nothing of who was hit, and every figure of its kind
//     in the incident that names a group names one group, civilians or
//     militants: where all sources count civilian dead, "people" are those
//     dead; relatives' "four men" among a command's "nine terrorists" are
//     the same dead, counted differently;
//   - civilians also when its claim says civilians were hit and every
//     named figure names civilians, even beside a part of it by group
//     ("four people, including a civilian").
//
// Otherwise (militants hit, and civilians counted elsewhere: "40 of them"
// of the terrorists it says were hit) it stays apart.
func unnamedReading(f figure, named []string) string {
	if !personCount(f.n.Kind) || f.n.None() {
		return "" // "no one was killed" rules out every group
	}
	hg := hitGroup(f.cv.c)
	switch hg {
	case model.GroupChildren, model.GroupMedics:
		hg = model.GroupCivilians
	case "", model.GroupUnknown:
		hg = ""
	}
	only := ""
	if len(named) == 1 {
		only = named[0]
	}
	if only == model.GroupCivilians && (hg == "" || hg == model.GroupCivilians) {
		return model.GroupCivilians
	}
	if byGroup(f.cv.c, f.n.Kind) {
		return ""
	}
	switch {
	case hg == model.GroupCivilians || hg == model.GroupMilitants:
		return hg
	case hg == "" && only == model.GroupMilitants:
		return only
	}
	return ""
}

// enemyTallyOnly: the keys of militants whose every figure is a
// belligerent's tally of the enemies its own strike killed.
func (a *Assessor) enemyTallyOnly(by map[string][]figure) []string {
	var out []string
	for key, fs := range by {
		if _, g, _ := strings.Cut(key, "|"); g != model.GroupMilitants {
			continue
		}
		if !slices.ContainsFunc(fs, func(f figure) bool { return !a.ownTally(f) }) {
			out = append(out, key)
		}
	}
	return out
}

// ownTally: the figure's speaker speaks for every actor its claim says
// struck.
func (a *Assessor) ownTally(f figure) bool {
	mine := f.cv.c.PerpetratorsAsserted
	voice := a.reg.SpeaksFor(speakerOf(f.cv.c))
	return len(mine) > 0 && voice != "" && !slices.ContainsFunc(mine, func(x string) bool { return !a.reg.Covers(x, voice) })
}

// personCount: the kind counts people, whom a group describes.
func personCount(kind string) bool {
	return kind == model.CountKilled || kind == model.CountInjured
}

// byGroup: the claim gives a figure of kind that names a group.
func byGroup(c *model.Claim, kind string) bool {
	return slices.ContainsFunc(c.Counts, func(n model.Count) bool {
		return n.Kind == kind && !noGroup(n.Group)
	})
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
		// only its own side: its tally ("the coalition destroyed 55
		// trucks"). But a belligerent that counts the dead or hurt of a
		// strike that no one says another actor with aircraft took part
		// in (or whoever said so has withdrawn it) gives its assessment of
		// the strike's toll.
		others := !personCount(f.n.Kind) || slices.ContainsFunc(v.claims, func(cv *claimView) bool {
			return cv.asserting && slices.ContainsFunc(cv.c.PerpetratorsAsserted, func(x string) bool {
				return x != unknownActor && !actors.GroundOnly(x) && !a.reg.Covers(x, voice) && !withdrawnBy(v, cv.src, x)
			})
		})
		if others && !a.withdrewAll(v, f.cv.src, mine) {
			return false
		}
	}
	if a.withdrewAll(v, f.cv.src, mine) {
		return true // its later naming of another side corrects who struck, not how many died
	}
	for _, cv := range v.claims {
		// a claim naming no one names no other actor
		if cv.src != f.cv.src || !cv.asserting || len(cv.c.PerpetratorsAsserted) == 0 {
			continue
		}
		if !a.namesOnlyMine(cv.c.PerpetratorsAsserted, mine) {
			return false
		}
	}
	return true
}

// namesOnlyMine: every actor of named is, or belongs to, an actor of mine,
// or is the side all of mine belong to: "Iraqi jets struck" beside "the
// Iraqi air force killed six" names one side, not another actor's part.
func (a *Assessor) namesOnlyMine(named, mine []string) bool {
	for _, x := range named {
		if !a.within([]string{x}, mine) && !a.within(mine, []string{x}) {
			return false
		}
	}
	return true
}

// withdrawnBy: src has withdrawn its claim that act took part.
// withdrewAll reports whether source src has retracted every actor of
// mine: a belligerent that credited a toll to its own side and then withdrew
// that it struck gave its count of the strike's toll, not of its share.
func (a *Assessor) withdrewAll(v *incView, src string, mine []string) bool {
	for _, x := range mine {
		if !slices.ContainsFunc(v.claims, func(cv *claimView) bool {
			return cv.src == src && cv.c.Stance == model.StanceRetracts &&
				slices.ContainsFunc(cv.c.PerpetratorsAsserted, func(y string) bool { return a.reg.Covers(x, y) })
		}) {
			return false
		}
	}
	return true
}

func withdrawnBy(v *incView, src, act string) bool {
	return slices.ContainsFunc(v.claims, func(cv *claimView) bool {
		return cv.src == src && cv.c.Stance == model.StanceRetracts && slices.Contains(cv.c.PerpetratorsAsserted, act)
	})
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
		hx, gx := hitGroup(x.c), a.toldGroup(x.c)
		if !x.asserting || gx == "" {
			continue
		}
		for _, y := range v.claims[i+1:] {
			hy, gy := hitGroup(y.c), a.toldGroup(y.c)
			if !y.asserting || x.src == y.src || gy == "" {
				continue
			}
			// the groups as said conflict, or as told: a monitor's "a
			// commander and a driver" conflicts both with "civilians" and
			// with "militants"
			px, py := gx, gy
			switch {
			case groupsConflict(hx, hy):
				px, py = hx, hy
			case !groupsConflict(gx, gy):
				continue
			}
			k.add(model.ContraTarget, x, y, "",
				fmt.Sprintf("%s says those hit were %s; %s says they were %s.",
					a.speakerName(x.c), groupPhrase(px, x.c), a.speakerName(y.c), groupPhrase(py, y.c)))
		}
	}
}

// groupsConflict: g and h cannot both describe who was hit.
func groupsConflict(g, h string) bool {
	return g != h && slices.ContainsFunc(conflictingGroups, func(p [2]string) bool {
		return p[0] == g && p[1] == h || p[0] == h && p[1] == g
	})
}

// toldGroup is who the claim says was hit, for comparing accounts: a
// source that speaks for no side and counts a civilian among fighters
// ("one of the two was a militia commander, the other a municipal driver")
// says civilians were hit as well. A belligerent's or its media's claim
// that gives a civilian figure beside its fighters keeps its own word.
func (a *Assessor) toldGroup(c *model.Claim) string {
	g := hitGroup(c)
	if g != model.GroupMilitants || a.reg.SpeaksFor(speakerOf(c)) != "" || !countsCivilianDead(c) {
		return g
	}
	return model.GroupMixed
}

// countsCivilianDead: the claim counts some civilians killed or wounded.
func countsCivilianDead(c *model.Claim) bool {
	for _, n := range c.Counts {
		if !n.None() && model.CivilianGroup(n.Group) && (n.Kind == model.CountKilled || n.Kind == model.CountInjured) {
			return true
		}
	}
	return false
}

// groupHit: a report that those hit were g says that some of group d were
// hit (children and medics are civilians; a mixed group holds civilians and
// militants).
func groupHit(g, d string) bool {
	switch {
	case g == d:
		return true
	case d == model.GroupCivilians:
		return g == model.GroupChildren || g == model.GroupMedics || g == model.GroupMixed
	case d == model.GroupMilitants:
		return g == model.GroupMixed
	}
	return false
}

// groupDenials: a source says some group was hit; another says none of
// that group was ("no civilians were hit").
func (a *Assessor) groupDenials(v *incView, k *collector) {
	for _, y := range v.claims {
		if !y.groupDenial {
			continue
		}
		d := deniedGroup(y.c)
		for _, x := range v.claims {
			if x.src == y.src || !x.asserting || !groupHit(hitGroup(x.c), d) {
				continue
			}
			k.add(model.ContraTarget, x, y, "",
				fmt.Sprintf("%s says those hit were %s; %s says no %s were hit.",
					a.speakerName(x.c), groupWords(x.c), a.speakerName(y.c), d))
		}
	}
}

// hitGroup is who the claim says was hit: its target group, or, when it
// gives none, what its figures count ("four of the dead were farm
// labourers": civilians killed says civilians were hit; "killed 40
// terrorists", militants; civilians and militants both counted: mixed).
// A zero says that group was not hit ("no civilians were harmed").
func hitGroup(c *model.Claim) string {
	if g := c.Event.TargetGroup; !noGroup(g) {
		return g
	}
	civ, mil := false, false
	for _, n := range c.Counts {
		switch {
		case n.None():
		case model.CivilianGroup(n.Group):
			civ = true
		case n.Group == model.GroupMilitants:
			mil = true
		}
	}
	switch {
	case civ && mil:
		return model.GroupMixed
	case civ:
		return model.GroupCivilians
	case mil:
		return model.GroupMilitants // "killed 40 terrorists"
	}
	return c.Event.TargetGroup
}

func groupWords(c *model.Claim) string { return groupPhrase(hitGroup(c), c) }

// groupPhrase words the group g said to be hit, with the claim's target.
func groupPhrase(g string, c *model.Claim) string {
	if g == model.GroupMixed {
		g = "civilians as well as militants"
	}
	if t := strings.TrimSpace(c.Event.Target); t != "" {
		return fmt.Sprintf("%s (%s)", g, t)
	}
	return g
}

// ownStrikeDenials: a belligerent that says it struck, and in the same
// report denies or disputes that it did ("coalition strikes engaged ISIS
// fighters and vehicles" / "we did not strike the Popular Mobilisation
// Forces"), denies what another source says it hit, not its strike: a
// target contradiction with each source that says it struck.
func (a *Assessor) ownStrikeDenials(v *incView, k *collector) {
	for _, y := range v.claims {
		act, ok := a.ownStrikeDenial(v, y)
		if !ok {
			continue
		}
		verb := stanceVerb[y.c.Stance]
		for _, x := range v.claims {
			if x.src == y.src || !x.asserting ||
				!slices.ContainsFunc(x.c.PerpetratorsAsserted, func(p string) bool { return a.reg.Covers(p, act) }) {
				continue
			}
			k.add(model.ContraTarget, x, y, "",
				fmt.Sprintf("%s says %s hit %s; %s says it struck, but %s it hit that.",
					a.speakerName(x.c), a.actorName(act), hitWords(x.c), a.speakerName(y.c), verb))
		}
	}
}

// ownStrikeDenial: y denies or disputes a part of the actor its speaker
// speaks for, while the same source, in the same report, says that very
// actor struck something other than civilians (a target it names, or
// militants) and names no other air force: what it denies is what was hit.
// It returns the actor.
func (a *Assessor) ownStrikeDenial(v *incView, y *claimView) (string, bool) {
	if y.c.Stance != model.StanceDenies && y.c.Stance != model.StanceDisputes {
		return "", false
	}
	voice := a.reg.SpeaksFor(speakerOf(y.c))
	if voice == "" {
		return "", false
	}
	for _, d := range deniedActors(y.c) {
		if a.reg.Covers(d, voice) && a.saysItHitOther(v, y, d) {
			return d, true
		}
	}
	return "", false
}

// saysItHitOther: y's source says, in y's report, that act struck a
// target other than civilians, and names no other air force anywhere.
func (a *Assessor) saysItHitOther(v *incView, y *claimView, act string) bool {
	own := false
	for _, cv := range v.claims {
		if cv.src != y.src || !cv.asserting {
			continue
		}
		for _, p := range cv.c.PerpetratorsAsserted {
			switch {
			case p == act:
				own = own || cv.c.Document == y.c.Document && hitsNonCivilians(cv.c)
			case p != unknownActor && !actors.GroundOnly(p) && !a.reg.Covers(p, act):
				return false // "Iraqi jets struck, not ours": a withdrawal
			}
		}
	}
	return own
}

// hitsNonCivilians: the claim names what was hit, and not civilians
// ("engaged ISIS fighters and vehicles", "struck a VBIED").
func hitsNonCivilians(c *model.Claim) bool {
	switch hitGroup(c) {
	case model.GroupCivilians, model.GroupChildren, model.GroupMedics, model.GroupMixed:
		return false
	case model.GroupMilitants:
		return true
	}
	return strings.TrimSpace(c.Event.Target) != ""
}

// hitWords: who or what a claim says was hit, for explanations.
func hitWords(c *model.Claim) string {
	g := hitGroup(c)
	if noGroup(g) && strings.TrimSpace(c.Event.Target) == "" {
		return "what it hit"
	}
	return groupWords(c)
}

// retractions: a source asserts, then later withdraws or denies what it
// said, or corrects its own figure.
func (a *Assessor) retractions(v *incView, k *collector) {
	a.revisedFigures(v, k)
	a.revisedTargets(v, k)
	for j, y := range v.claims {
		if y.c.Stance != model.StanceRetracts && y.c.Stance != model.StanceDenies {
			continue
		}
		if _, ok := a.ownStrikeDenial(v, y); ok {
			continue // it denies what was hit, not its strike
		}
		paired := false
		for i, x := range v.claims {
			if x.src != y.src || !x.asserting || i == j {
				continue
			}
			// A denial takes back only what was said before it. A
			// withdrawal reports the earlier account itself ("withdrew
			// their claim that drones hit the convoy"), so it pairs with
			// that account wherever its report tells it, but never with a
			// later report's.
			if i > j && (y.c.Stance != model.StanceRetracts || x.pub != y.pub) {
				continue
			}
			if y.groupDenial {
				// "no medical convoy was targeted" takes back only an
				// earlier account that medics were hit
				if !groupHit(hitGroup(x.c), y.c.Event.TargetGroup) || !a.after(x.c, y.c) {
					continue
				}
			} else if y.c.Stance == model.StanceDenies && !a.withdraws(x.c, y.c) {
				continue
			}
			k.add(model.ContraRetraction, x, y, "", a.withdrawal(x))
			paired = true
			break
		}
		if !paired && y.c.Stance == model.StanceRetracts {
			// "withdrew its statement that a drone had struck the house":
			// the withdrawal tells of the account it withdraws
			k.add(model.ContraRetraction, y, y, "", a.withdrawal(y))
		}
	}
}

// withdrawal explains a retraction of the account x.
func (a *Assessor) withdrawal(x *claimView) string {
	what := "its earlier account"
	if ps := a.actorList(x.c.PerpetratorsAsserted); ps != "" {
		what = "its claim that " + ps + " struck"
	}
	return fmt.Sprintf("%s first says the strike happened, then withdraws %s.", a.speakerName(x.c), what)
}

// revisedFigures: a claim that corrects its source's own figure (revises)
// is a retraction of that figure, paired with the source's earlier claim
// that gave it, or with itself when the report tells only of the correction.
func (a *Assessor) revisedFigures(v *incView, k *collector) {
	for _, y := range v.claims {
		for _, r := range y.c.Revises {
			x := y
			for _, e := range v.claims {
				if e != y && e.src == y.src && e.order <= y.order && a.after(e.c, y.c) && hasCount(e.c.Counts, r) {
					x = e
				}
			}
			now := "another figure"
			for _, n := range y.c.Counts {
				if n.Kind == r.Kind {
					now = figure{n: n}.text()
					break
				}
			}
			k.add(model.ContraRetraction, x, y, "revised|"+r.Kind,
				fmt.Sprintf("%s first gave %s %s, then corrected it to %s.", a.speakerName(y.c),
					figure{n: r}.text(), model.CountNoun(r.Kind, false), now))
		}
	}
}

// revisedTargets: a belligerent that said its strike hit fighters and
// later, speaking again of its own strike, counts civilians among the dead
// or hurt and no fighters ("we said the strike killed an ISIS-K
// facilitator … the strike killed three civilians") has withdrawn its
// account of who was hit, though not its strike.
func (a *Assessor) revisedTargets(v *incView, k *collector) {
	for _, y := range v.claims {
		if !y.asserting || !a.ownVoice(y.c) || !countsOnlyCivilians(y.c) {
			continue
		}
		for _, x := range v.claims {
			// the same report tells both accounts (a review's findings
			// beside what was said at the time); a later report's civilian
			// toll may be of another strike the incident holds
			if x == y || x.src != y.src || x.c.Document != y.c.Document || !x.asserting || x.order > y.order || !a.after(x.c, y.c) ||
				!a.ownVoice(x.c) || hitGroup(x.c) != model.GroupMilitants {
				continue
			}
			k.add(model.ContraRetraction, x, y, "target",
				fmt.Sprintf("%s first says those hit were %s, then counts civilians among them.",
					a.speakerName(x.c), groupWords(x.c)))
			break
		}
	}
}

// countsOnlyCivilians: the claim gives a positive figure of civilians
// killed or hurt and none of fighters.
func countsOnlyCivilians(c *model.Claim) bool {
	civ := false
	for _, n := range c.Counts {
		switch {
		case n.Group == model.GroupMilitants:
			return false
		case model.CivilianGroup(n.Group) && !n.None() && personCount(n.Kind):
			civ = true
		}
	}
	return civ
}

func hasCount(ns []model.Count, c model.Count) bool {
	for _, n := range ns {
		if n.SameFigure(c) {
			return true
		}
	}
	return false
}

// withdraws: a later denial by the same source that takes back the earlier
// claim: it denies an actor the earlier claim named, or denies the strike
// took place when the earlier claim named no one. (Saying "Russia did it,
// not us" denies nothing the source had said.)
func (a *Assessor) withdraws(earlier, later *model.Claim) bool {
	if !a.after(earlier, later) {
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

// after: later is told after earlier, not in the same sentence.
func (a *Assessor) after(earlier, later *model.Claim) bool {
	return earlier.Document != later.Document || later.Span[0] >= earlier.Span[1]
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

// noGroup reports a count filed under no group: none given, or unknown.
func noGroup(g string) bool { return g == "" || g == model.GroupUnknown }
