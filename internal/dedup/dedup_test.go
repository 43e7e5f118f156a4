package dedup

import (
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func readFixture(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// paragraphs splits on blank lines.
func paragraphs(s string) []string {
	return strings.Split(strings.TrimSpace(s), "\n\n")
}

// exactJaccard is the true similarity the signatures estimate.
func exactJaccard(a, b string) float64 {
	set := func(s string) map[string]bool {
		w := Words(s)
		m := map[string]bool{}
		for i := 0; i+shingleSize <= len(w); i++ {
			m[strings.Join(w[i:i+shingleSize], " ")] = true
		}
		return m
	}
	sa, sb := set(a), set(b)
	inter := 0
	for k := range sa {
		if sb[k] {
			inter++
		}
	}
	return float64(inter) / float64(len(sa)+len(sb)-inter)
}

func TestNearCopies(t *testing.T) {
	wire := readFixture(t, "wire.txt")
	paras := paragraphs(wire)
	body := strings.Join(paras[1:], "\n\n")

	tests := []struct {
		name string
		text string
		want bool
	}{
		{"identical", wire, true},
		{"other outlet's header and footer", "World News | Middle East | Share this article\n\n" + wire +
			"\n\nCopyright 2017 The Gulf Ledger. All rights reserved. Follow us on social media.", true},
		{"changed headline", "US-led strike on ISIS fuel trucks kills 31 near Syrian border\n\n" + body, true},
		{"trimmed final paragraph", strings.Join(paras[:len(paras)-1], "\n\n"), true},
		{"case and punctuation", strings.ToUpper(strings.ReplaceAll(wire, "\"", "“")), true},
		{"republished: all three at once", readFixture(t, "republished.txt"), true},
		{"same strike, other outlet's own story", readFixture(t, "other_outlet.txt"), false},
		{"first half only", strings.Join(paras[:len(paras)/2], "\n\n"), false},
		{"unrelated", "The ministry of agriculture announced a new irrigation scheme for farms along the Tigris on Monday.", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := NewIndex()
			ix.Add("wire", Signature(wire))
			id, sim, ok := ix.NearCopyOf(Signature(tt.text))
			t.Logf("estimated %.3f, exact %.3f", Similarity(Signature(wire), Signature(tt.text)), exactJaccard(wire, tt.text))
			if ok != tt.want {
				t.Fatalf("NearCopyOf ok = %v (id %q, similarity %.3f), want %v", ok, id, sim, tt.want)
			}
			if ok && (id != "wire" || sim < DefaultThreshold) {
				t.Errorf("NearCopyOf = %q, %.3f; want wire, >= %.2f", id, sim, DefaultThreshold)
			}
		})
	}
}

// Official strike releases share long boilerplate from day to day; two
// days' releases are different documents, not copies.
func TestTemplatedReleasesAreNotCopies(t *testing.T) {
	a, b := readFixture(t, "release_0712.txt"), readFixture(t, "release_0713.txt")
	ix := NewIndex()
	ix.Add("0712", Signature(a))
	id, sim, ok := ix.NearCopyOf(Signature(b))
	t.Logf("estimated %.3f, exact %.3f", Similarity(Signature(a), Signature(b)), exactJaccard(a, b))
	if ok {
		t.Fatalf("next day's release matched %q at %.3f", id, sim)
	}
}

func TestNearCopyOfReturnsEarliest(t *testing.T) {
	wire := readFixture(t, "wire.txt")
	ix := NewIndex()
	ix.Add("other", Signature(readFixture(t, "other_outlet.txt")))
	ix.Add("first", Signature(wire))
	ix.Add("second", Signature(wire))
	ix.Add("third", Signature(readFixture(t, "republished.txt")))
	if id, _, ok := ix.NearCopyOf(Signature(wire + "\n\nEditing by Paul Grant")); !ok || id != "first" {
		t.Fatalf("NearCopyOf = %q, %v; want first", id, ok)
	}
	if ix.Len() != 4 {
		t.Errorf("Len = %d, want 4", ix.Len())
	}
}

func TestSignatureStable(t *testing.T) {
	// Stored signatures must stay comparable across releases: pin a value.
	sig := Signature("Coalition aircraft struck a column of fuel tankers east of al-Qaim.")
	if len(sig) != NumHashes {
		t.Fatalf("len = %d", len(sig))
	}
	again := Signature("COALITION aircraft struck a column of fuel tankers, east of al-Qaim!")
	if !slices.Equal(sig, again) {
		t.Error("case and punctuation changed the signature")
	}
	const pinned = uint64(0x815acc4bc112f40)
	if sig[0] != pinned {
		t.Logf("sig[0] = %#x", sig[0])
		t.Error("signature changed: stored signatures would no longer match; bump a version and re-sign")
	}
}

func TestEmptySignature(t *testing.T) {
	for _, text := range []string{"", "  \n\t", "— … !!"} {
		sig := Signature(text)
		for _, v := range sig {
			if v != math.MaxUint64 {
				t.Fatalf("Signature(%q) not empty", text)
			}
		}
		ix := NewIndex()
		ix.Add("a", sig)
		if ix.Len() != 0 {
			t.Errorf("empty signature was indexed")
		}
		if _, _, ok := ix.NearCopyOf(sig); ok {
			t.Errorf("empty signature matched")
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Coalition jets hit, al-Qaim.", []string{"coalition", "jets", "hit", "al", "qaim"}},
		{"the group’s revenue; ISIS's", []string{"the", "groups", "revenue", "isiss"}},
		{"قصف التحالف قافلة", []string{"قصف", "التحالف", "قافلة"}},
		{"22 trucks (about 40)", []string{"22", "trucks", "about", "40"}},
	}
	for _, tt := range tests {
		if got := Words(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// generated makes n distinct reports from one vocabulary: the shared words
// and phrasing of strike reporting, in a different order each time.
func generated(n int) []string {
	vocab := strings.Fields(`the coalition said its aircraft struck a convoy of vehicles near the town
		on tuesday night killing at least militants civilians officials reported local sources told
		reporters a spokesman for ministry of defence denied any role in strike which hit trucks
		carrying fuel from fields across border hospital received bodies wounded men drivers families`)
	rng := rand.New(rand.NewPCG(1, 2))
	docs := make([]string, n)
	for i := range docs {
		words := make([]string, 300)
		for j := range words {
			words[j] = vocab[rng.IntN(len(vocab))]
		}
		docs[i] = strings.Join(words, " ")
	}
	return docs
}

// Many reports on one subject in one vocabulary are still not copies of
// each other.
func TestNoFalseMatchesAmongDistinctReports(t *testing.T) {
	ix := NewIndex()
	for i, d := range generated(500) {
		sig := Signature(d)
		if id, sim, ok := ix.NearCopyOf(sig); ok {
			t.Fatalf("report %d matched %s at %.2f", i, id, sim)
		}
		ix.Add(strconv.Itoa(i), sig)
	}
}

func BenchmarkNearCopyOf(b *testing.B) {
	ix := NewIndex()
	docs := generated(2000)
	for i, d := range docs {
		ix.Add(strconv.Itoa(i), Signature(d))
	}
	sig := Signature(readFixture(b, "wire.txt"))
	for b.Loop() {
		ix.NearCopyOf(sig)
	}
}

func BenchmarkSignature(b *testing.B) {
	text := readFixture(b, "wire.txt")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Signature(text)
	}
}
