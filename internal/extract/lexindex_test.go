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
