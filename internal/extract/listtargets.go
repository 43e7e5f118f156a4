package extract

import (
	"slices"

	"github.com/crosscheck/crosscheck/internal/extract/sentences"
	"github.com/crosscheck/crosscheck/internal/gazetteer"
	"github.com/crosscheck/crosscheck/internal/model"
)

// targetListOpeners open a sentence that lists, by place, the targets of the
// strike told just before: "Among them were a depot near X and a base in
// Y", "The targets included …". Lower case, matched at the sentence's start.
var targetListOpeners = []string{
	"among them were", "among them was", "among those were", "among these were",
	"among the targets were", "among the sites were", "among the sites hit were", "among the targets hit were",
	"the targets included", "targets included", "the sites included", "they included", "these included",
}

// targetList reports a sentence opening with a target-list phrase (case
// folded by hand: it runs on every sentence).
func targetList(s string) bool {
	for _, o := range targetListOpeners {
		if len(s) > len(o) && s[len(o)] == ' ' && equalLowerASCII(s[:len(o)], o) {
			return true
		}
	}
	return false
}

// listedTargets gives the strike told just before, in the same paragraph or
// the sentence before, a claim at each town its target list names that the
// claim's own place does not: "… struck more than 80 targets in Iraq and
// Syria. Among them were a depot near Akashat and a base in the al-Mayadin
// area." places the strike at both towns. The sentence makes no claim of
// its own (it has no strike word).
func (st *docState) listedTargets(idx int, s sentences.Sentence) {
	if len(st.claims) == 0 || !targetList(st.text[s.Start:s.End]) {
		return
	}
	lm := st.meta[len(st.meta)-1]
	if lm.sentence >= idx || !(lm.sentence >= idx-2 || lm.para == s.Para) {
		return
	}
	last := st.claims[len(st.claims)-1]
	if last.Source != model.SourceProse || last.Stance != model.StanceAsserts && last.Stance != model.StanceConfirms {
		return
	}
	var done []string
	for _, l := range st.placesIn(s.Start, s.End, nil) {
		if !listedTown(st.text, l) || l.Where.Name == last.Where.Name || slices.Contains(done, l.Where.Name) {
			continue
		}
		done = append(done, l.Where.Name)
		c := last
		c.ID = ""
		c.Where = l.Where
		c.Counts = nil
		c.PerpetratorsAsserted = slices.Clone(last.PerpetratorsAsserted)
		c.PerpetratorsDenied = slices.Clone(last.PerpetratorsDenied)
		c.Quote = st.text[s.Start:s.End]
		c.Span = [2]int{s.Start, s.End}
		st.add(c, idx, s.Para, lm.side)
	}
}

// listedTown reports a town or point a target list places a target at:
// not a country or a province, nor a place named aside.
func listedTown(text string, l gazetteer.Located) bool {
	p := l.Where.Precision
	return (p == model.PlaceTown || p == model.PlacePoint) && l.Where.Relation != "" && !asidePlace(text, l)
}
