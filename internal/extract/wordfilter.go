package extract

// wordFilter is a cheap pre-check for a set of words scanned token by
// token: a bit per (length mod 8, first byte mod 32) of its words, so that
// most tokens are turned away without hashing. has may say yes for a word
// not in the set, never no for one in it.
type wordFilter [4]uint64

// newWordFilter is the filter of the words of all the sets.
func newWordFilter(sets ...wordSet) wordFilter {
	var f wordFilter
	for _, set := range sets {
		for _, w := range set.list {
			f.add(w)
		}
	}
	return f
}

// add puts w in the filter.
func (f *wordFilter) add(w string) {
	if w != "" {
		k := wordFilterKey(w)
		f[k>>6] |= 1 << (k & 63)
	}
}

func wordFilterKey(w string) int { return len(w)&7<<5 | int(w[0]&31) }

// has reports whether w may be in the set (always for "").
func (f *wordFilter) has(w string) bool {
	if w == "" {
		return true
	}
	k := wordFilterKey(w)
	return f[k>>6]&(1<<(k&63)) != 0
}

// Filters of the sets looked up for every token of a clause.
var (
	blastNounsFilter    = newWordFilter(blastNouns)
	numberWordsFilter   = newWordFilter(numberWords)
	casualtyWordsFilter = newWordFilter(casualtyWords)
	unidentifiedFilter  = newWordFilter(findOutVerbs, notKnownWords)
)
