package assess

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/model"
)

// figure is one count reported by one claim.
type figure struct {
	cv *claimView
	n  model.Count
}

// low is the lowest number the figure allows as reported ("as many as 750"
// reports 750); high the highest (nil: open).
func (f figure) low() int {
	if f.n.Min != nil {
		return *f.n.Min
	}
	if f.n.Max != nil {
		return *f.n.Max
	}
	return 0
}

func (f figure) high() int {
	if f.n.Max != nil {
		return *f.n.Max
	}
	return f.low()
}

// point is the figure's single value: the middle of a range ("five to six"
// is 5), else its one bound.
func (f figure) point() int {
	switch {
	case f.n.Min != nil && f.n.Max != nil:
		return (*f.n.Min + *f.n.Max) / 2
	case f.n.Min != nil:
		return *f.n.Min
	case f.n.Max != nil:
		return *f.n.Max
	}
	return 0
}

// interval is what the figure rules in for contradiction checks: an unknown
// lower end is 0, an unknown upper end unbounded, except that a vague
// approximate figure ("dozens", 24+) stays below the next power of ten
// (dozens are fewer than a hundred, hundreds fewer than a thousand).
func (f figure) interval() (lo, hi int, open bool) {
	if f.n.Min != nil {
		lo = *f.n.Min
	}
	if f.n.Max != nil {
		if f.n.Min == nil {
			lo = *f.n.Max // "as many as eight" reports eight
		}
		return lo, *f.n.Max, false
	}
	if f.n.Approx && f.n.Min != nil {
		p := 10
		for p <= *f.n.Min {
			p *= 10
		}
		return lo, p - 1, false
	}
	return lo, 0, true
}

func (f figure) text() string {
	n := f.n
	switch {
	case n.Min != nil && n.Max != nil && *n.Min == *n.Max:
		if n.Approx {
			return fmt.Sprintf("about %d", *n.Min)
		}
		return fmt.Sprintf("%d", *n.Min)
	case n.Min != nil && n.Max != nil:
		return fmt.Sprintf("%d-%d", *n.Min, *n.Max)
	case n.Min != nil:
		if n.Approx {
			return fmt.Sprintf("%d or more (vague)", *n.Min)
		}
		return fmt.Sprintf("at least %d", *n.Min)
	case n.Max != nil:
		return fmt.Sprintf("up to %d", *n.Max)
	}
	return "an unknown number"
}

func countKey(n model.Count) string { return n.Kind + "|" + n.Group }

// figures groups the counts by kind and group, from every claim that does
// not deny or withdraw the strike itself: denying one actor's part ("the
// coalition did not take part; 45 militants were killed") still reports it.
func figures(v *incView) (map[string][]figure, []string) {
	by := map[string][]figure{}
	var keys []string
	revised := false // (most incidents correct no figure: skip the look-up)
	for _, cv := range v.claims {
		revised = revised || len(cv.c.Revises) > 0
	}
	for _, cv := range v.claims {
		if cv.denyOcc || cv.c.Stance == model.StanceRetracts {
			continue
		}
		for _, n := range cv.c.Counts {
			if n.Min == nil && n.Max == nil || revised && revisedLater(v, cv, n) {
				continue
			}
			k := countKey(n)
			if _, ok := by[k]; !ok {
				keys = append(keys, k)
			}
			by[k] = append(by[k], figure{cv: cv, n: n})
		}
	}
	slices.SortFunc(keys, func(x, y string) int {
		kx, gx, _ := strings.Cut(x, "|")
		ky, gy, _ := strings.Cut(y, "|")
		ox, okx := countKindOrder[kx]
		oy, oky := countKindOrder[ky]
		if !okx {
			ox = 99
		}
		if !oky {
			oy = 99
		}
		if c := cmp.Compare(ox, oy); c != 0 {
			return c
		}
		if c := strings.Compare(kx, ky); c != 0 {
			return c
		}
		return strings.Compare(gx, gy)
	})
	return by, keys
}

// revisedLater: the figure n of cv is one its source later corrected (a
// claim of the source whose revises holds it): it is no estimate of the
// strike and contradicts nothing.
func revisedLater(v *incView, cv *claimView, n model.Count) bool {
	for _, y := range v.claims {
		if y == cv || y.src != cv.src || len(y.c.Revises) == 0 || y.order < cv.order {
			continue
		}
		if y.c.Document == cv.c.Document && y.c.Span[0] < cv.c.Span[1] {
			continue // the correction comes before the figure: not this one
		}
		for _, r := range y.c.Revises {
			if r.SameFigure(n) {
				return true
			}
		}
	}
	return false
}

func (a *Assessor) estimates(v *incView) []model.Estimate {
	by, keys := figures(v)
	out := make([]model.Estimate, 0, len(keys))
	for _, k := range keys {
		fs := by[k]
		e := model.Estimate{Kind: fs[0].n.Kind, Group: fs[0].n.Group, Sources: make([]model.Source, 0, len(fs))}
		lo, hi := fs[0], fs[0]
		for _, f := range fs {
			e.Sources = append(e.Sources, source(f.cv.c))
			if f.low() < lo.low() {
				lo = f
			}
			if f.high() > hi.high() || f.high() == hi.high() && f.n.Max == nil && hi.n.Max != nil {
				hi = f
			}
		}
		e.Min = model.IntPtr(lo.low())
		e.Max = model.IntPtr(hi.high())
		ls, hs := source(lo.cv.c), source(hi.cv.c)
		e.MinSource, e.MaxSource = &ls, &hs
		best, how := bestValue(fs)
		e.Best = model.IntPtr(best)
		var notes []string
		if hi.n.Max == nil && hi.n.Min != nil {
			notes = append(notes, fmt.Sprintf("the highest figure is open-ended (%s, from %s)", hi.text(), a.speakerName(hi.cv.c)))
		}
		notes = append(notes, "best: "+how)
		notes = append(notes, fmt.Sprintf("ACLED's conservative rule would code %d, the lowest reported figure (%s)", *e.Min, a.speakerName(lo.cv.c)))
		e.Note = strings.Join(notes, "; ")
		out = append(out, e)
	}
	return out
}

// bestValue: the value most independent sources give, if two or more agree
// and no other value is as common; else the median of the sources' values
// (each source's figure for the whole strike if it gives one, else its
// latest; the lower middle when even).
func bestValue(fs []figure) (int, string) {
	perSource := map[string]int{}
	var vals []int
	var order []string
	// a source's figure for the whole strike (crediting no one) over its
	// figures for one party's part; then its latest (publication order)
	total := map[string]bool{}
	for _, f := range fs {
		isTotal := len(f.cv.c.PerpetratorsAsserted) == 0
		if _, ok := perSource[f.cv.src]; !ok {
			order = append(order, f.cv.src)
		} else if total[f.cv.src] && !isTotal {
			continue
		}
		perSource[f.cv.src] = f.point()
		total[f.cv.src] = total[f.cv.src] || isTotal
	}
	for _, s := range order {
		vals = append(vals, perSource[s])
	}
	counts := map[int]int{}
	for _, x := range vals {
		counts[x]++
	}
	bestV, bestN, tie := 0, 0, false
	for _, x := range vals {
		n := counts[x]
		switch {
		case n > bestN:
			bestV, bestN, tie = x, n, false
		case n == bestN && x != bestV:
			tie = true
		}
	}
	if bestN >= 2 && !tie {
		return bestV, fmt.Sprintf("%d, given by %d independent sources", bestV, bestN)
	}
	slices.Sort(vals)
	m := vals[(len(vals)-1)/2]
	if len(vals) == 1 {
		return m, fmt.Sprintf("%d, the only source's figure", m)
	}
	return m, fmt.Sprintf("%d, the median of %d independent sources' figures", m, len(vals))
}
