package extract

import (
	"regexp"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/extract/sentences"
)

// othersSameArea is a sentence telling that another force struck more in
// the area of the strikes told before: "Iraqi Air Force F-16s struck
// additional targets in the same area on the same day".
var othersSameArea = regexp.MustCompile(`(?i)\b(?:struck|hit|bombed|targeted|attacked|engaged)\s+(?:additional|other|further|more)\s+(?:targets|positions|sites|locations|objectives)\s+in\s+the\s+same\s+area\b`)

// sharesOfSameArea opens the upper bound of the exact figures told at the
// place of a sentence saying another force struck more targets in the same
// area (the place of the last claim begun by its end):
// those figures are one force's share, the lower bound of the event's
// (the gold's rule for a perpetrator's share, DESIGN's counts).
func (st *docState) sharesOfSameArea() {
	// The phrase is found by its tail: Index stops at every byte the
	// needle opens with, and "m" is much rarer than the "i" of "in".
	const key, tail = "in the same area", "me area"
	const head = len(key) - len(tail)
	if len(st.text) < len(key) {
		return
	}
	for from := head; ; { // from: where the next tail may start
		i := strings.Index(st.text[min(from, len(st.text)):], tail)
		if i < 0 {
			return
		}
		i += from
		from = i + 1
		at := i - head
		if st.text[at:i] != key[:head] {
			continue
		}
		from = at + len(key) + head
		s, ok := st.sentenceAt(at)
		if !ok || !othersSameArea.MatchString(st.text[s.Start:s.End]) {
			continue
		}
		place := ""
		for i := range st.claims {
			if st.claims[i].Span[0] < s.End {
				place = st.claims[i].Where.Name
			}
		}
		if place == "" {
			continue
		}
		for i := range st.claims {
			c := &st.claims[i]
			if c.Where.Name != place {
				continue // the same area: the strikes told at its place, before or after
			}
			for k := range c.Counts {
				n := &c.Counts[k]
				if n.Min != nil && n.Max != nil && *n.Min == *n.Max && *n.Min > 0 {
					n.Max = nil
				}
			}
		}
	}
}

// sentenceAt returns the sentence holding byte at.
func (st *docState) sentenceAt(at int) (sentences.Sentence, bool) {
	i := sort.Search(len(st.sents), func(i int) bool { return st.sents[i].End > at })
	if i == len(st.sents) || st.sents[i].Start > at {
		return sentences.Sentence{}, false
	}
	return st.sents[i], true
}
