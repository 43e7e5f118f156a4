package gazetteer

// filter is a Bloom filter that scan asks before the vocabulary map. On a
// page of news the map costs a cache miss per capitalised word, and half of
// the look-ups find nothing: a capitalised word in no name, or a lower-case
// word after a name's first word that continues no name ("Iraqi forces").
// A few hundred kilobytes of bits answer most of those "no" without the
// map.
type filter struct {
	words []uint64 // folded words of the vocabulary
	edges []uint64 // (state, folded word) of the automaton's edges that leave a state other than the root
}

const (
	wordFilterBits = 1 << 22 // ~11 bits per word: about 2% false positives
	edgeFilterBits = 1 << 21
)

// wordHash is FNV-1a over a folded word.
func wordHash(k []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range k {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

// edgeHash mixes a state into a word's hash (the finaliser of SplitMix64).
func edgeHash(s int32, wh uint64) uint64 {
	x := wh ^ uint64(s)*0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// set and has use two probes from the two halves of h.
func set(bits []uint64, h uint64) {
	m := uint64(len(bits)*64 - 1)
	a, b := h&m, h>>32&m
	bits[a/64] |= 1 << (a % 64)
	bits[b/64] |= 1 << (b % 64)
}

func has(bits []uint64, h uint64) bool {
	m := uint64(len(bits)*64 - 1)
	a, b := h&m, h>>32&m
	return bits[a/64]&(1<<(a%64)) != 0 && bits[b/64]&(1<<(b%64)) != 0
}

// newFilter fills the filter from the vocabulary and the automaton.
func newFilter(vocab map[string]uint32, a *automaton) filter {
	f := filter{words: make([]uint64, wordFilterBits/64), edges: make([]uint64, edgeFilterBits/64)}
	hashes := make([]uint64, len(vocab)+1) // by word id
	for w, id := range vocab {
		h := wordHash([]byte(w))
		hashes[id] = h
		set(f.words, h)
	}
	for e := range a.next {
		if s := int32(e >> 32); s != root {
			set(f.edges, edgeHash(s, hashes[uint32(e)]))
		}
	}
	return f
}

// mayBeWord reports whether the folded word with hash h may be in the
// vocabulary (false: it is not).
func (f *filter) mayBeWord(h uint64) bool { return has(f.words, h) }

// mayContinue reports whether a word with hash h may lead on from state s
// to a state deeper than one word, along an edge from s or from a state
// on its fail chain (false: it leads to the word alone or to the root).
func (f *filter) mayContinue(a *automaton, s int32, h uint64) bool {
	for ; s != root; s = a.fail[s] {
		if has(f.edges, edgeHash(s, h)) {
			return true
		}
	}
	return false
}
