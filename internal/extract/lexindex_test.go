package extract

import "testing"

// TestLexiconCandidates checks what matchAll reads beside each phrase: its
// length and second word, longest phrases first.
func TestLexiconCandidates(t *testing.T) {
	lx := buildLexicon()
	for w, list := range lx.byFirst {
		for k, c := range list {
			if c.n != len(c.e.Words) || c.e.Words[0] != w || c.n > 1 && c.second != c.e.Words[1] || c.n == 1 && c.second != "" {
				t.Fatalf("%q: phrase %d is %+v for %q", w, k, c, c.e.Words)
			}
			if k > 0 && list[k-1].n < c.n {
				t.Fatalf("%q: phrase %d (%d words) after a shorter one", w, k, c.n)
			}
		}
		// matchAll reads the phrases through the open-addressed table.
		f := lx.first(w)
		if f == nil || f.word != w || len(f.cands) != len(list) || &f.cands[0] != &list[0] {
			t.Fatalf("%q: first returns %+v", w, f)
		}
		for k, c := range list {
			if (c.n > 1) != (k < f.multi) || c.n > 1 && !f.seconds.has(c.second) {
				t.Fatalf("%q: phrase %d (%d words) is not read as such (multi %d)", w, k, c.n, f.multi)
			}
		}
	}
	for _, w := range []string{"", "zzz", "thee", "th", "iraq's"} {
		if _, ok := lx.byFirst[w]; !ok && lx.first(w) != nil {
			t.Fatalf("%q starts no phrase, but first finds it", w)
		}
	}
}

// A phrase listed twice is merged silently by the lexicon, so a second row
// with other fields would override the first without anyone noticing.
func TestMentionPhrasesUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, m := range orgMentions {
		if seen[m.Phrase] {
			t.Errorf("phrase %q listed twice in orgMentions", m.Phrase)
		}
		seen[m.Phrase] = true
	}
}
