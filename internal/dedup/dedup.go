// Package dedup finds near-copies: the same wire story republished with
// another outlet's boilerplate, a new headline or a trimmed paragraph. It
// compares MinHash signatures of word 5-shingles and finds candidates with
// LSH banding, so each lookup costs a few map reads instead of a scan.
//
// Signatures are stored by the caller and must stay comparable across runs:
// the hash functions are fixed here, never seeded at random. Changing
// NumHashes, shingleSize or the hashing invalidates stored signatures.
package dedup

import (
	"math"
	"strings"
	"unicode"
)

const (
	// NumHashes is the length of a signature.
	NumHashes = 128
	// DefaultThreshold is the estimated Jaccard similarity of shingle sets
	// from which a document counts as a near-copy. Measured on the fixtures
	// (a 460-word wire story): republished with another outlet's header and
	// footer, a new headline and its last paragraphs cut, it scores 0.75
	// (each change alone 0.94-0.97); two outlets' own stories about the same
	// strike, sharing quotes, score about 0.01. With 128 hashes the estimate
	// of a 0.75 pair has a standard deviation of 0.04, so the threshold sits
	// below 0.7 to catch that case reliably, and far above independent text.
	DefaultThreshold = 0.65

	shingleSize = 5
	// 32 bands of 4 rows: a pair at Jaccard 0.65 shares at least one band
	// with probability 1-(1-0.65^4)^32 ≈ 0.998 (at 0.8: > 0.99999999), a
	// pair at 0.1 with 0.003. Candidates are verified on the full signature,
	// so the looser bands cost a few comparisons, never a false match.
	bands = 32
	rows  = NumHashes / bands
)

// hashSeeds (read-only) give the NumHashes hash functions h_i(x) = mix(x ^ seed_i),
// with seeds from a fixed splitmix64 sequence: deterministic across runs.
var hashSeeds = func() [NumHashes]uint64 {
	var s [NumHashes]uint64
	state := uint64(0x63726f7373636b) // "crossck"
	for i := range s {
		state += 0x9e3779b97f4a7c15
		s[i] = mix(state)
	}
	return s
}()

// mix is the splitmix64 finaliser: a cheap, well-distributed 64-bit bijection.
func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Signature returns the MinHash signature (NumHashes values) of text's word
// 5-shingles, after lower-casing and dropping punctuation. A text of fewer
// than five words is one shingle; a text without words has the empty
// signature (every value math.MaxUint64), which never matches anything.
func Signature(text string) []uint64 {
	sig := make([]uint64, NumHashes)
	for i := range sig {
		sig[i] = math.MaxUint64
	}
	words := Words(text)
	if len(words) == 0 {
		return sig
	}
	// Hash each word once; a shingle's hash folds its words' hashes in order.
	wh := make([]uint64, len(words))
	for i, w := range words {
		wh[i] = fnv64a(w)
	}
	n := max(len(wh)-shingleSize+1, 1)
	for i := range n {
		base := uint64(shingleSize)
		for _, h := range wh[i:min(i+shingleSize, len(wh))] {
			base = mix(base ^ h)
		}
		for k := range sig {
			if v := mix(base ^ hashSeeds[k]); v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig
}

func fnv64a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// Words splits text into lower-case words, dropping punctuation, so that
// "Fallujah," and "fallujah" and typographic versus straight quotes agree.
// Letters and digits of any script count; apostrophes inside a word are
// dropped ("ISIS's" -> "isiss") rather than splitting it.
func Words(text string) []string {
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsMark(r): // Arabic diacritics and combining marks belong to their letter
			if b.Len() > 0 {
				b.WriteRune(r)
			}
		case r == '\'' || r == '’' || r == '\u00ad': // inside-word punctuation
		default:
			flush()
		}
	}
	flush()
	return words
}

// Similarity estimates the Jaccard similarity of the shingle sets behind two
// signatures: the fraction of positions where they agree. Empty signatures
// (texts without words) are similar to nothing.
func Similarity(a, b []uint64) float64 {
	if len(a) != len(b) || len(a) == 0 || isEmpty(a) || isEmpty(b) {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

func isEmpty(sig []uint64) bool {
	for _, v := range sig {
		if v != math.MaxUint64 {
			return false
		}
	}
	return true
}

// Index holds signatures in insertion order and finds near-copies among
// them. It is not safe for concurrent use.
type Index struct {
	threshold float64
	ids       []string
	sigs      [][]uint64
	buckets   [bands]map[uint64][]int // band hash -> positions in ids
}

// NewIndex returns an empty index with DefaultThreshold.
func NewIndex() *Index { return NewIndexThreshold(DefaultThreshold) }

// NewIndexThreshold returns an empty index that reports matches with
// estimated similarity >= threshold. The banding is tuned for 0.65-0.8;
// thresholds below about 0.5 will miss pairs that never share a band.
func NewIndexThreshold(threshold float64) *Index {
	ix := &Index{threshold: threshold}
	for i := range ix.buckets {
		ix.buckets[i] = make(map[uint64][]int)
	}
	return ix
}

// Len reports how many signatures the index holds.
func (ix *Index) Len() int { return len(ix.ids) }

// Add records sig under id. Signatures of the wrong length and empty
// signatures are kept out of the buckets: they can never match.
func (ix *Index) Add(id string, sig []uint64) {
	if len(sig) != NumHashes || isEmpty(sig) {
		return
	}
	pos := len(ix.ids)
	ix.ids = append(ix.ids, id)
	ix.sigs = append(ix.sigs, append([]uint64(nil), sig...))
	for b := range bands {
		k := bandKey(sig, b)
		ix.buckets[b][k] = append(ix.buckets[b][k], pos)
	}
}

// NearCopyOf returns the earliest-added document whose signature agrees
// with sig on at least the threshold fraction of positions.
func (ix *Index) NearCopyOf(sig []uint64) (id string, similarity float64, ok bool) {
	if len(sig) != NumHashes || isEmpty(sig) {
		return "", 0, false
	}
	best := -1
	seen := make(map[int]bool)
	for b := range bands {
		for _, pos := range ix.buckets[b][bandKey(sig, b)] {
			if seen[pos] || (best >= 0 && pos >= best) {
				continue
			}
			seen[pos] = true
			if s := Similarity(sig, ix.sigs[pos]); s >= ix.threshold {
				best, similarity = pos, s
			}
		}
	}
	if best < 0 {
		return "", 0, false
	}
	return ix.ids[best], similarity, true
}

// bandKey hashes the rows of band b into one bucket key.
func bandKey(sig []uint64, b int) uint64 {
	k := uint64(b) + 1
	for _, v := range sig[b*rows : (b+1)*rows] {
		k = mix(k ^ v)
	}
	return k
}
