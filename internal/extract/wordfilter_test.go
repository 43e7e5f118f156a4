package extract

import "testing"

func TestWordFilter(t *testing.T) {
	for _, set := range []wordSet{blastNouns, numberWords, casualtyWords, words("a", "ab")} {
		f := newWordFilter(set)
		for _, w := range set.list {
			if !f.has(w) {
				t.Errorf("filter turns away %q, a word of its set", w)
			}
		}
	}
	f := newWordFilter(blastNouns)
	if f.has("the") || f.has("said") || f.has("killing") {
		t.Error("filter lets common words through: it would save nothing")
	}
}
