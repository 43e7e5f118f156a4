package extract

import "fmt"

// wordSet is a rule table's words, looked up token by token. It is an
// open-addressed table by setHash (the length and the first and last bytes
// of a word) at most a quarter full, so that most look-ups end at their
// first slot: a Go map hashes every byte of the key and then compares, and
// its look-ups took a tenth of all instructions.
type wordSet struct {
	slots []string // "" for an empty slot; a power of two long
	mask  uint32   // len(slots)-1
	list  []string // the words, in the order given
}

// words returns the set of the words given. A word listed twice or ""
// panics at start-up, as a repeated key of a map literal does not compile.
func words(list ...string) wordSet {
	n := 8
	for n < 4*len(list) {
		n <<= 1
	}
	s := wordSet{slots: make([]string, n), mask: uint32(n - 1)}
	for _, w := range list {
		if w == "" || s.has(w) {
			panic(fmt.Sprintf("extract: word %q empty or repeated in a wordSet", w))
		}
		h := setHash(w)
		for s.slots[h&s.mask] != "" {
			h++
		}
		s.slots[h&s.mask] = w
		s.list = append(s.list, w)
	}
	return s
}

// has reports whether w is in the set. The first slot settles most
// look-ups. It is kept small enough for the compiler to inline (one loop,
// no call): it runs about half a million times per megabyte.
func (s *wordSet) has(w string) bool {
	for h := setHash(w); ; h++ {
		v := s.slots[h&s.mask]
		if v == w {
			return v != "" // w == "" is in no set
		}
		if v == "" {
			return false
		}
	}
}

// hasFold reports has(lowerASCII(w)) without making the lower-case word:
// for a set of lower-case words, looked up with a word cut from the text
// ("Strikes", "Raids"). It hashes as setHash does, with the two bytes
// folded.
func (s *wordSet) hasFold(w string) bool {
	if len(w) == 0 {
		return false
	}
	for h := setHashOf(len(w), lowerByte(w[0]), lowerByte(w[len(w)-1])); ; h++ {
		v := s.slots[h&s.mask]
		if v == "" {
			return false
		}
		if equalLowerASCII(w, v) {
			return true
		}
	}
}

// lowerByte lower-cases an ASCII letter.
func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// setHash hashes w for wordSet from as few bytes as tell apart the words
// of a rule table; a collision costs a second slot, not a wrong answer.
func setHash(w string) uint32 {
	if len(w) == 0 {
		return 0
	}
	return setHashOf(len(w), w[0], w[len(w)-1])
}

// setHashOf is setHash of a word of length n, first byte first and last
// byte last: hasFold hashes the folded bytes without making the word.
func setHashOf(n int, first, last byte) uint32 {
	return (uint32(n)<<16 | uint32(first)<<8 | uint32(last)) * 0x9E3779B1 >> 16
}
