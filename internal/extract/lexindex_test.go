package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/extract/sentences"
)

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

// matchAllWalk is matchAll trying every phrase of the first word, longest
// first, as it did before the phrases were indexed by their first two words.
func (lx *lexicon) matchAllWalk(toks []token, buf []match) []match {
	for i := 0; i < len(toks); {
		f := lx.first(toks[i].Norm)
		found := false
		for k := 0; f != nil && k < len(f.cands); k++ {
			c := f.cands[k]
			n := c.n
			if i+n > len(toks) || n > 1 && toks[i+1].Norm != c.second {
				continue
			}
			ok := true
			for k := 2; k < n; k++ {
				if toks[i+k].Norm != c.e.Words[k] {
					ok = false
					break
				}
			}
			if ok && c.e.Flags&fAfterNeg != 0 && !verbNegationBefore(buf, i) {
				ok = false
			}
			if ok {
				buf = append(buf, match{From: i, To: i + n, E: c.e})
				i += n
				found = true
				break
			}
		}
		if !found {
			i++
		}
	}
	return buf
}

// TestMatchAllByPairs checks matchAll, which tries only the phrases of the
// first two words, against a walk over all phrases of the first word, on
// every sentence of the development sets and on every phrase alone, cut
// short and followed by a one-word phrase.
func TestMatchAllByPairs(t *testing.T) {
	lx := buildLexicon()
	var extra []string
	for w, list := range lx.byFirst {
		for _, c := range list {
			p := strings.Join(c.e.Words, " ")
			extra = append(extra, p, p+" "+w, "the "+p+".", strings.Join(c.e.Words[:len(c.e.Words)-1], " "), "not "+p)
		}
	}
	n := 0
	for _, text := range developmentTexts(t, extra...) {
		spans := []sentences.Sentence{{Start: 0, End: len(text)}}
		for _, s := range append(spans, sentences.Split(text)...) {
			toks := tokenize(text, s.Start, s.End, nil)
			got, want := lx.matchAll(toks, nil), lx.matchAllWalk(toks, nil)
			if !slices.Equal(got, want) {
				t.Fatalf("%q: matchAll %v, want %v", text[s.Start:s.End], got, want)
			}
			n += len(got)
		}
	}
	if n < 100000 {
		t.Fatalf("only %d matches", n)
	}
}
