package gazetteer

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSkipLowerMatchesNext checks the unfolded fast path against the
// folding scanner on random text: skipLower followed by next yields the
// words next yields, less some that start with a lower-case letter.
func TestSkipLowerMatchesNext(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"al", "Al", "el", "all", "ash", "aal", "elll", "ouh", "ahh", "Ad", "ez", "-", " ", "  ", ".", ",", "'", "’", "`", "s",
		"é", "Fallujah", "strike", "iPhone", "x9", "9x", "اﻟ", "ال", "\n", "ou", "u", "h", "a", "zz", "ǅ", "\u0301", "ʿ", "Baʿaj", "d'", "'s "}
	lowerStart := func(tk token) bool { return tk.cased && !tk.upper }
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.IntN(12); k >= 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		a, f := scanner{text: text}, scanner{text: text}
		for {
			a.skipLower()
			ta, oka := a.next()
			tf, okf := f.next()
			for okf && lowerStart(tf) && (!oka || tf.start < ta.start) {
				tf, okf = f.next() // a word skipLower skipped
			}
			if oka != okf {
				t.Fatalf("%q: ok %v vs %v", text, oka, okf)
			}
			if !oka {
				break
			}
			if ta.start != tf.start || ta.end != tf.end || ta.upper != tf.upper || ta.cased != tf.cased || ta.article != tf.article ||
				!bytes.Equal(ta.key, tf.key) {
				t.Fatalf("%q: %+v vs %+v", text, ta, tf)
			}
		}
	}
}

// TestIndexBy checks the search by a rare letter against strings.Index.
func TestIndexBy(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"the ", "the", "city", "town", "village", "vill", "t", "y", "w", "v", " ", "e "}
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := r.IntN(8); k >= 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		for _, c := range []struct {
			phrase string
			k      int
		}{{"the city", 7}, {"the town", 6}, {"the village", 4}, {"ty", 0}} {
			if got, want := indexBy(s, c.phrase, c.k), strings.Index(s, c.phrase); got != want {
				t.Fatalf("indexBy(%q, %q) = %d, want %d", s, c.phrase, got, want)
			}
		}
	}
}

// TestFilterKeepsEveryName checks that the filter never answers "no" for a
// word of the vocabulary or for an edge of the automaton: scan relies on
// it to skip look-ups without losing a match.
func TestFilterKeepsEveryName(t *testing.T) {
	g := testGazetteer(t)
	hashes := make([]uint64, len(g.vocab)+1)
	for w, id := range g.vocab {
		hashes[id] = wordHash([]byte(w))
		if !g.filter.mayBeWord(hashes[id]) {
			t.Fatalf("word %q filtered out", w)
		}
	}
	for e, to := range g.ac.next {
		s := int32(e >> 32)
		if s != root && !g.filter.mayContinue(g.ac, s, hashes[uint32(e)]) {
			t.Fatalf("edge %d -> %d filtered out", s, to)
		}
	}
}

// TestSkipUnstopped checks skipUnstopped, eight bytes a round, against the
// byte loop it replaced, from every position of texts with each kind of
// stop at every offset of a round.
func TestSkipUnstopped(t *testing.T) {
	texts := []string{"", "a", "abcdefgh", "abcdefghi", "the city of Mosul, near 12 km", "d'Ivoire `x` café"}
	for _, stop := range []string{"A", "Z", "0", "9", "'", "`", "é"} {
		for k := 0; k < 17; k++ {
			texts = append(texts, strings.Repeat("x ", k)[:k]+stop+"the rest of it, lower")
		}
	}
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			want := i
			for want < len(text) && !rootStop[text[want]] {
				want++
			}
			if got := skipUnstopped(text, i); got != want {
				t.Fatalf("skipUnstopped(%q, %d) = %d, want %d", text, i, got, want)
			}
		}
	}
}
