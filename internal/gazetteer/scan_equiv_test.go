package gazetteer

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestNextAtRootMatchesNext checks the unfolded fast path against the
// folding scanner on random text: same spans, case and articles.
func TestNextAtRootMatchesNext(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"al", "Al", "el", "all", "ash", "aal", "elll", "ouh", "ahh", "Ad", "ez", "-", " ", "  ", ".", ",", "'", "’", "`", "s",
		"é", "Fallujah", "strike", "iPhone", "x9", "9x", "اﻟ", "ال", "\n", "ou", "u", "h", "a", "zz", "ǅ", "\u0301", "ʿ", "Baʿaj", "d'", "'s "}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.IntN(12); k >= 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		a, f := scanner{text: text}, scanner{text: text}
		for {
			ta, oka := a.nextAtRoot()
			tf, okf := f.next()
			if oka != okf {
				t.Fatalf("%q: ok %v vs %v", text, oka, okf)
			}
			if !oka {
				break
			}
			if ta.start != tf.start || ta.end != tf.end || ta.upper != tf.upper || ta.cased != tf.cased || ta.article != tf.article {
				t.Fatalf("%q: %+v vs %+v", text, ta, tf)
			}
			if ta.key != nil && !bytes.Equal(ta.key, tf.key) {
				t.Fatalf("%q: key %q vs %q", text, ta.key, tf.key)
			}
			if ta.key == nil && (!ta.cased || ta.upper) {
				t.Fatalf("%q: unfolded word not lower-case: %+v", text, ta)
			}
		}
	}
}

func TestASCIIArticle(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	const letters = "aeluohdrstznAELUOH0b"
	for n := 0; n < 200000; n++ {
		w := make([]byte, 1+r.IntN(7))
		for k := range w {
			w[k] = letters[r.IntN(len(letters))]
		}
		want := isArticle(finishKey(bytes.ToLower(w)))
		if got := asciiArticle(string(w)); got != want {
			t.Fatalf("%q: %v, want %v", w, got, want)
		}
	}
}
