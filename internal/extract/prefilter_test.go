package extract

import (
	"cmp"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	ahocorasick "github.com/BobuSumisu/aho-corasick"
)

// acScan is the prefilter as first written: an Aho-Corasick walk over the
// lower-cased text. The stem trie must find the same hits.
func acScan(p *prefilter, trie *ahocorasick.Trie, text string) []hit {
	buf := []byte(text)
	for i, c := range buf {
		if c >= 'A' && c <= 'Z' {
			buf[i] = c + 32
		} else if c == '\n' || c == '\t' || c == '\r' {
			buf[i] = ' '
		}
	}
	var hits []hit
	trie.Walk(buf, func(end, n, pattern int64) bool {
		start := int(end - n + 1)
		if start > 0 {
			c := buf[start-1]
			if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
				return true
			}
		}
		k := p.kinds[pattern]
		if k == hitCountry && int(end)+1 < len(buf) {
			c := buf[end+1]
			if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
				return true
			}
		}
		hits = append(hits, hit{pos: start, kind: k, pattern: int(pattern)})
		return true
	})
	return hits
}

// prefilterStems re-runs buildPrefilter's pattern list through a recording
// builder.
func prefilterStems() []string {
	rec := &recordingTrie{}
	buildPrefilterWith(rec)
	return rec.stems
}

type recordingTrie struct{ stems []string }

func (r *recordingTrie) AddString(s string) { r.stems = append(r.stems, s) }

func sortHits(h []hit) []hit {
	h = slices.Clone(h)
	slices.SortFunc(h, func(a, b hit) int {
		return cmp.Or(cmp.Compare(a.pos, b.pos), cmp.Compare(a.pattern, b.pattern), cmp.Compare(a.kind, b.kind))
	})
	return h
}

func TestPrefilterMatchesAhoCorasick(t *testing.T) {
	p := buildPrefilter()
	stems := prefilterStems()
	var texts []string
	docs, _ := benchCorpus(256 << 10)
	for _, d := range docs {
		texts = append(texts, d.Text)
	}
	for _, dir := range []string{"testdata", "../../eval/corpus/texts", "../../eval/holdout/texts", "../../../shared/seeds"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				texts = append(texts, string(b))
			}
		}
	}
	// Random text from stem fragments, case changes and odd bytes.
	r := rand.New(rand.NewPCG(3, 4))
	bits := []string{" ", "\n", "\t", "-", ".", "’", "é", "x", "9", "STRIK", "Syria", "iraqi", "US", "u.s.", "air strik", "may ", "Jun."}
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := r.IntN(20); k >= 0; k-- {
			if r.IntN(2) == 0 {
				s := stems[r.IntN(len(stems))]
				if r.IntN(3) == 0 {
					s = strings.ToUpper(s)
				}
				if r.IntN(3) == 0 && len(s) > 1 {
					s = s[:r.IntN(len(s))]
				}
				b.WriteString(s)
			} else {
				b.WriteString(bits[r.IntN(len(bits))])
			}
		}
		texts = append(texts, b.String())
	}
	b := ahocorasick.NewTrieBuilder()
	for _, s := range stems {
		b.AddString(s)
	}
	trie := b.Build()
	for _, text := range texts {
		got := p.scan(text, nil)
		want := acScan(p, trie, text)
		if g, w := sortHits(got), sortHits(want); !slices.Equal(g, w) {
			t.Fatalf("%.200q: %d hits, want %d", text, len(g), len(w))
		}
	}
}

// The words a story's correction note needs are found at word starts in
// any case (mayCorrectStory): "version" as a kind of its own, "corrected"
// among the revision words.
func TestCorrectionNoteHits(t *testing.T) {
	e := New(nil, nil)
	for _, text := range []string{
		"An earlier version of this story said the ministry struck.",
		"AN EARLIER VERSION OF THIS STORY said so.",
		"This article has been corrected.",
		"This article has been\nCorrected.",
	} {
		st := &docState{e: e, text: text, hits: e.pre.scan(text, nil)}
		if !st.mayCorrectStory() {
			t.Errorf("%q: no correction word found", text)
		}
	}
	for _, text := range []string{"The subversion was uncorrected.", "A correct count."} {
		st := &docState{e: e, text: text, hits: e.pre.scan(text, nil)}
		if st.mayCorrectStory() {
			t.Errorf("%q: a correction word found", text)
		}
	}
}
