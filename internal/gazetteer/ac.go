package gazetteer

// automaton is an Aho-Corasick automaton over word ids rather than bytes.
// Names are sequences of folded words, so matches fall on word boundaries
// by construction (for any script), and the automaton has one state per
// distinct word prefix of a name: a few hundred thousand states held in one
// hash map, where a byte automaton with dense 256-wide tables (such as
// github.com/BobuSumisu/aho-corasick) would need gigabytes for the same
// names.
type automaton struct {
	next   map[uint64]int32 // (state<<32 | word) -> state
	fail   []int32
	out    []int32 // name key matched at this state, or -1
	dict   []int32 // nearest state on the fail chain with out >= 0, or -1
	depth  []int32 // words from the root
	maxLen int
	// fromRoot[w] is the state word w leads to from the root (0 = none),
	// made by link: most steps start at the root, and a slice index is
	// cheaper than a look-up in next.
	fromRoot []int32
}

const root = 0

func edge(s int32, w uint32) uint64 { return uint64(s)<<32 | uint64(w) }

func newAutomaton() *automaton {
	a := &automaton{next: make(map[uint64]int32, 500_000)}
	a.addState(0)
	return a
}

// insert adds the path of words to the trie (fail links are stale until
// link is called) and returns its final state.
func (a *automaton) insert(words []uint32) int32 {
	s := int32(root)
	for _, w := range words {
		t, ok := a.next[edge(s, w)]
		if !ok {
			t = a.addState(a.depth[s] + 1)
			a.next[edge(s, w)] = t
		}
		s = t
	}
	a.maxLen = max(a.maxLen, len(words))
	return s
}

// find returns the state the words lead to from the root, if any: the trie
// doubles as the index from a name's words to its key.
func (a *automaton) find(words []uint32) (int32, bool) {
	s := int32(root)
	for _, w := range words {
		t, ok := a.next[edge(s, w)]
		if !ok {
			return 0, false
		}
		s = t
	}
	return s, true
}

// link computes the fail and dictionary links, breadth first.
func (a *automaton) link() {
	// Group the edges by source state once.
	children := make([][]uint64, len(a.fail))
	for e := range a.next {
		s := int32(e >> 32)
		children[s] = append(children[s], e)
	}
	queue := make([]int32, 0, len(a.fail))
	var maxWord uint32
	for _, e := range children[root] {
		maxWord = max(maxWord, uint32(e))
	}
	a.fromRoot = make([]int32, maxWord+1)
	for _, e := range children[root] {
		t := a.next[e]
		a.fromRoot[uint32(e)] = t
		a.fail[t] = root
		a.dict[t] = -1
		queue = append(queue, t)
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		if s != root && a.depth[s] > 1 {
			if f := a.fail[s]; a.out[f] >= 0 {
				a.dict[s] = f
			} else {
				a.dict[s] = a.dict[f]
			}
		}
		for _, e := range children[s] {
			t := a.next[e]
			w := uint32(e)
			f := a.fail[s]
			for {
				if s == root {
					a.fail[t] = root
					break
				}
				if u, ok := a.next[edge(f, w)]; ok {
					a.fail[t] = u
					break
				}
				if f == root {
					a.fail[t] = root
					break
				}
				f = a.fail[f]
			}
			queue = append(queue, t)
		}
	}
}

func (a *automaton) addState(depth int32) int32 {
	a.fail = append(a.fail, root)
	a.out = append(a.out, -1)
	a.dict = append(a.dict, -1)
	a.depth = append(a.depth, depth)
	return int32(len(a.fail) - 1)
}

// step moves from state s on word w (0 = a word in no name).
func (a *automaton) step(s int32, w uint32) int32 {
	if w == 0 {
		return root
	}
	for {
		if s == root {
			if int(w) < len(a.fromRoot) {
				return a.fromRoot[w]
			}
			return root
		}
		if t, ok := a.next[edge(s, w)]; ok {
			return t
		}
		s = a.fail[s]
	}
}
