package extract

import "testing"

// TestLexiconIndex checks matchAll's index against byFirst, from which
// buildLexicon makes it last: a phrase added after the index is built
// would never match.
func TestLexiconIndex(t *testing.T) {
	lx := buildLexicon()
	if len(lx.cands) != len(lx.byFirst) {
		t.Fatalf("%d first words indexed, want %d", len(lx.cands), len(lx.byFirst))
	}
	for w, list := range lx.byFirst {
		cs := lx.cands[w]
		if len(cs) != len(list) {
			t.Fatalf("%q: %d phrases indexed, want %d", w, len(cs), len(list))
		}
		for k, e := range list {
			if c := cs[k]; c.e != e || c.n != len(e.Words) || c.n > 1 && c.second != e.Words[1] {
				t.Fatalf("%q: phrase %d indexed as %+v", w, k, c)
			}
		}
	}
}
