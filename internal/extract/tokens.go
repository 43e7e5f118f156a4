package extract

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// token is one word or punctuation mark of a sentence. Norm is its matching
// form: lower case, "’" as "'", initialisms dotted ("US", "U.S." -> "u.s.").
type token struct {
	Start, End int // byte offsets into the document text
	Norm       string
	Upper      bool // starts with an upper-case letter
	Word       bool
	Quote      int8 // 1 opening double quote, 2 closing, 0 none
	// classes are the word classes of Norm (wordclass.go), 0 until the
	// first ask
	classes wordClass
}

// shortInitialisms are upper-case words read as dotted initialisms so that
// "US" and "U.S." match alike while the pronoun "us" does not.
var shortInitialisms = map[string]string{"US": "u.s.", "UN": "u.n.", "UK": "u.k.", "IS": "i.s."}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return wordByte[r]&1 != 0
	}
	return isWordRuneSlow(r)
}

// isWordRuneSlow is isWordRune beyond ASCII, apart so that isWordRune
// inlines.
func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '@' || r == '_'
}

// wordByte classes the bytes of words: bit 0 for ASCII word runes (letters,
// digits, '@', '_'), bit 1 for ASCII letters and digits, bit 3 for upper-case
// ASCII letters; bit 2 marks the ASCII spaces of unicode.IsSpace.
var wordByte = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			t[c] = 3
		}
		if c >= 'A' && c <= 'Z' {
			t[c] |= 8
		}
		if unicode.IsSpace(rune(c)) {
			t[c] = 4
		}
	}
	t['@'], t['_'] = 1, 1
	return t
}()

// tokenize splits text[start:end] into tokens, appending to buf.
func tokenize(text string, start, end int, buf []token) []token {
	return tokenizeLowered(text, "", start, end, buf)
}

// tokenizeLowered is tokenize with lower, all of text with its ASCII
// letters in lower case (lowerASCIIString), or "": a document's sentences
// take their words' lower case from it instead of lowering each sentence
// on the heap.
func tokenizeLowered(text, lower string, start, end int, buf []token) []token {
	// About one token per five bytes of English: grow once, not per token.
	if n := (end-start)/5 + 8; cap(buf)-len(buf) < n {
		buf = append(make([]token, 0, len(buf)+n), buf...)
	}
	// lowered is text[start:end] with ASCII letters in lower case, made at
	// the first ASCII word that needs lowering: its words are substrings
	// of it, one allocation per sentence rather than one per word.
	var lowered string
	if lower != "" {
		lowered = lower[start:end]
	}
	s := text[:end] // (its length bounds the loops below without a check)
	i := start
	for i < len(s) {
		c := s[i]
		if wordByte[c]&4 != 0 { // an ASCII space
			i++
			continue
		}
		// Most tokens are ASCII letters and digits that end at a space or
		// at punctuation that joins no word: read here, in a loop small
		// enough for the compiler to keep in registers; the rest is
		// tokenizeOne's.
		if cls := wordByte[c]; cls&2 != 0 {
			j := i + 1
			for j < len(s) {
				b := wordByte[s[j]]
				if b&2 == 0 {
					break
				}
				cls |= b // bit 3: an upper-case letter
				j++
			}
			if j == len(s) || s[j] < utf8.RuneSelf && !wordJoiner[s[j]] {
				out := token{Start: i, End: j, Word: true, Upper: c >= 'A' && c <= 'Z'}
				switch w := s[i:j]; {
				case cls&8 == 0:
					out.Norm = w
				case len(w) == 2 && shortInitialisms[w] != "":
					out.Norm = normWord(w)
				default:
					if lowered == "" {
						lowered = lowerASCIIString(text[start:end])
					}
					out.Norm = lowered[i-start : j-start]
				}
				buf = append(buf, out)
				i = j
				continue
			}
		}
		buf, lowered, i = tokenizeOne(text, start, end, i, buf, lowered)
	}
	return buf
}

// wordJoiner marks the ASCII bytes after a word that may continue it: a
// dot or an apostrophe when a word character follows, and the word runes
// '@' and '_'.
var wordJoiner = [utf8.RuneSelf]bool{'.': true, '\'': true, '@': true, '_': true}

// tokenizeOne reads the token at text[i] (or the non-ASCII space there) for
// tokenize: every token but a plain ASCII word. It returns buf with the
// token appended, lowered (made when first needed) and where the next
// token may start. Not inlined: its code inside tokenize's loop would make
// the compiler spill that loop's variables again.
//
//go:noinline
func tokenizeOne(text string, start, end, i int, buf []token, lowered string) ([]token, string, int) {
	if c := text[i]; c < utf8.RuneSelf && wordByte[c] == 0 && c != '"' && c != '\'' {
		// ASCII punctuation but quotes: a token of its own byte
		return append(buf, token{Start: i, End: i + 1, Norm: text[i : i+1]}), lowered, i + 1
	}
	r, size := rune(text[i]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) || r == '\u200a' || r == '\u00a0' {
			return buf, lowered, i + size
		}
	}
	if isWordRune(r) {
		j := i + size
		dots := false
		// plain: the word is one ASCII character and then ASCII letters
		// and digits only, so that its norm needs no second scan; the
		// letters' AND has bit 0x20 clear when one is upper case.
		plain, and := r < utf8.RuneSelf, byte(0xff)
		for j < end {
			if c := text[j]; wordByte[c]&2 != 0 { // an ASCII letter or digit
				and &= c
				j++
				continue
			}
			if c := text[j]; c < utf8.RuneSelf && c != '.' && c != '\'' && c != '@' && c != '_' {
				break // an ASCII byte that neither continues nor joins a word
			}
			r2, s2 := utf8.DecodeRuneInString(text[j:end])
			if isWordRune(r2) {
				plain = false
				j += s2
				continue
			}
			if r2 == '.' || r2 == '\'' || r2 == '’' {
				// Joiner only when a word character follows.
				if j+s2 < end {
					r3, s3 := utf8.DecodeRuneInString(text[j+s2 : end])
					if isWordRune(r3) {
						if r2 != '.' && (r3 == 's' || r3 == 'S') {
							// possessive "'s": a token of its own
							k := j + s2 + s3
							if k >= end {
								break
							}
							r4, _ := utf8.DecodeRuneInString(text[k:end])
							if !isWordRune(r4) {
								break
							}
						}
						if r2 == '.' {
							dots = true
						}
						plain = false
						j += s2 + s3
						continue
					}
				}
			}
			break
		}
		w := text[i:j]
		// Trailing period of an initialism ("U.S.").
		if dots && j < end && text[j] == '.' && isInitialismWord(w) {
			j++
			w = text[i:j]
		}
		var k int
		if plain {
			// asciiNeedsLower(w) without the scan (w has no '.' and no
			// byte >= 0x80)
			if upper := r >= 'A' && r <= 'Z' || and&0x20 == 0; !upper {
				k = 0
			} else if len(w) == 2 && shortInitialisms[w] != "" {
				k = 2
			} else {
				k = 1
			}
		} else {
			k = asciiNeedsLower(w)
		}
		out := token{Start: i, End: j, Word: true}
		if r < utf8.RuneSelf {
			out.Upper = r >= 'A' && r <= 'Z'
		} else {
			out.Upper = unicode.IsUpper(r)
		}
		if k == 1 {
			if lowered == "" {
				lowered = lowerASCIIString(text[start:end])
			}
			out.Norm = lowered[i-start : j-start]
		} else if k == 0 {
			out.Norm = w
		} else {
			out.Norm = normWord(w)
		}
		buf = append(buf, out)
		return buf, lowered, j
	}
	// Possessive 's
	if (r == '\'' || r == '’') && i+size < end && (text[i+size] == 's' || text[i+size] == 'S') {
		k := i + size + 1
		ok := k >= end
		if !ok {
			r4, _ := utf8.DecodeRuneInString(text[k:end])
			ok = !isWordRune(r4)
		}
		if ok {
			buf = append(buf, token{Start: i, End: k, Norm: "'s", Word: true})
			return buf, lowered, k
		}
	}
	t := token{Start: i, End: i + size}
	switch r {
	case '“':
		t.Norm, t.Quote = "\"", 1
	case '”':
		t.Norm, t.Quote = "\"", 2
	case '"':
		t.Norm = "\""
		// Opening when preceded by space or start, closing otherwise.
		if i == start {
			t.Quote = 1
		} else {
			p, _ := utf8.DecodeLastRuneInString(text[:i])
			if unicode.IsSpace(p) || p == '(' || p == '\u00a0' {
				t.Quote = 1
			} else {
				t.Quote = 2
			}
		}
	case '–', '—', '―':
		t.Norm = "—"
	case '’', '‘':
		t.Norm = "'"
	default:
		t.Norm = text[i : i+size]
	}
	buf = append(buf, t)
	return buf, lowered, i + size
}

// asciiNeedsLower says how normWord would treat w: 0 it returns w, 1 it
// returns w in lower case (an ASCII word with an upper-case letter, no
// initialism), 2 anything else.
func asciiNeedsLower(w string) int {
	upper := false
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 0x80 || c == '.' {
			return 2
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return 0
	}
	if len(w) == 2 {
		if _, ok := shortInitialisms[w]; ok {
			return 2
		}
	}
	return 1
}

// lowerASCIIString lower-cases the ASCII letters of s, byte for byte.
func lowerASCIIString(s string) string {
	if s == "" {
		return ""
	}
	b := make([]byte, len(s))
	copy(b, s)
	// Eight bytes at a time: each byte's high bit marks 'A'..'Z' (an ASCII
	// byte at least 'A' and not above 'Z'); no sum carries into the next byte.
	const hi = 0x8080808080808080
	k := 0
	for ; k+8 <= len(b); k += 8 {
		x := binary.LittleEndian.Uint64(b[k:])
		h := x &^ hi
		upper := (h + 0x3f3f3f3f3f3f3f3f) &^ (h + 0x2525252525252525) &^ x & hi
		binary.LittleEndian.PutUint64(b[k:], x|upper>>2)
	}
	for ; k < len(b); k++ {
		if c := b[k]; c >= 'A' && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return unsafe.String(&b[0], len(b)) // b is never written again
}

func isInitialismWord(w string) bool {
	if len(w) < 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if k%2 == 1 {
			if c != '.' {
				return false
			}
		} else if !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
			return false
		}
	}
	return true
}

func normWord(w string) string {
	if v, ok := shortInitialisms[w]; ok {
		return v
	}
	if isInitialismWord(w) || (len(w) >= 3 && w[len(w)-1] == '.' && isInitialismWord(w[:len(w)-1])) {
		s := strings.ToLower(w)
		if !strings.HasSuffix(s, ".") {
			s += "."
		}
		return s
	}
	ascii := true
	lowerNeeded := false
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 0x80 {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			lowerNeeded = true
		}
	}
	if ascii {
		if !lowerNeeded {
			return w
		}
		return strings.ToLower(w)
	}
	return strings.ReplaceAll(strings.ToLower(w), "’", "'")
}

// lexFlag says what a phrase is.
type lexFlag uint32

const (
	fMention lexFlag = 1 << iota
	fSpeech
	fAttackVerb
	fAttackNoun
	fExcept
	fType
	fTarget
	fGroup
	fNeg
	fDenial
	fDispute
	fRetract
	fClaim
	fPartic
	fCountry
	fAnaphor
	fTime
	fFootage
	fLink
	fNoComment
	fAfterNeg // only right after a negation: "did not shell"
)

// lexEntry is everything one phrase means.
type lexEntry struct {
	Words   []string
	Flags   lexFlag
	Mention mention
	Stance  string // speech verbs
	Type    string // event type
	Target  string
	Group   string
	ISO     string
	// heads and tails are what noteHeadWords remembers a body's speaker by:
	// the words of Words in anaphorHeads, and the name's shorter tails
	// ("general command" of "ypg general command"), made once when the
	// lexicon is built instead of at every mention.
	heads, tails []string
}

// lexicon matches phrases of word tokens, longest first.
type lexicon struct {
	// byFirst holds the phrases by first word, longest first, each with
	// its length and second word beside its entry, so that the phrases a
	// sentence does not continue ("the" starts two dozen) are turned away
	// without following a pointer. matchAll reads it through firsts.
	byFirst map[string][]lexCand
	// first2 has a bit for the first two bytes of every key of byFirst
	// (one byte and 0 for a one-byte key): most tokens of a sentence start
	// no phrase and are turned away without hashing.
	first2 [1 << 16 / 64]uint64
	// firsts is byFirst as matchAll reads it: an open-addressed table of
	// lexFirst by wordHash (slots hold index+1 into firsts, 0 = empty),
	// cheaper than a map look-up for the half of all tokens that start a
	// phrase.
	firsts []lexFirst
	slots  []uint16
	// pairs holds the phrases of two words or more by their first two
	// words, each pair's phrases longest first and then the first word's
	// one-word phrase, if any: matchAll tries only the phrases the next
	// token continues ("the" starts five dozen, half of them "the united
	// states ..."). pairSlots is its open-addressed table (index+1, 0 =
	// empty) by pairHash.
	pairs     []lexPair
	pairSlots []uint16
	// governmentArmy and regimeArmy are the rows "government forces" and
	// "regime forces": a bare "government" or "regime" before an attack
	// noun ("government shelling killed") stands for them.
	governmentArmy, regimeArmy *lexEntry
}

// lexPair is the phrases of one first and second word.
type lexPair struct {
	first  int32  // index of the first word in lexicon.firsts
	second string // the second word
	cands  []lexCand
}

// lexFirst is one key of lexicon.byFirst.
type lexFirst struct {
	word  string
	cands []lexCand // byFirst[word]: its phrases of two words or more first
	multi int       // how many of cands have two words or more
	id    int32     // its index in lexicon.firsts
	// seconds filters the second words of its phrases of two words or
	// more: a next token it turns away continues none, and only the
	// one-word phrase is left to try.
	seconds wordFilter
}

// lexCand is one phrase of lexicon.byFirst.
type lexCand struct {
	n      int    // words
	second string // the second word, "" for one word
	e      *lexEntry
}

// wordHash hashes w for lexicon.slots from its length and its first two
// and last two bytes: cheaper than hashing every byte, and spread enough
// over the few hundred first words (first compares the word itself).
func wordHash(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	x := uint32(w[0]) | uint32(w[n/2])<<8 | uint32(w[n-1])<<16 | uint32(n)<<24
	if n >= 4 {
		x ^= uint32(w[1])<<4 | uint32(w[n-2])<<12
	}
	return x * 0x9E3779B1 >> 16
}

// index builds firsts and slots from byFirst.
func (lx *lexicon) index() {
	n := 1
	for n < 2*len(lx.byFirst) {
		n <<= 1
	}
	lx.slots = make([]uint16, n)
	lx.firsts = make([]lexFirst, 0, len(lx.byFirst))
	for w, cands := range lx.byFirst {
		f := lexFirst{word: w, cands: cands}
		for _, c := range cands {
			if c.n > 1 {
				f.multi++
				f.seconds.add(c.second)
			}
		}
		f.id = int32(len(lx.firsts))
		lx.firsts = append(lx.firsts, f)
		for h := wordHash(w); ; h++ {
			if k := h & uint32(n-1); lx.slots[k] == 0 {
				lx.slots[k] = uint16(len(lx.firsts))
				break
			}
		}
	}
	lx.indexPairs()
}

// indexPairs builds pairs and pairSlots from firsts, keeping the order of
// each first word's phrases: of the phrases longest first, only those
// with the next token's second word can match, so the first of them that
// matches is the one a walk over all of them would take.
func (lx *lexicon) indexPairs() {
	lx.pairs = lx.pairs[:0]
	for fi := range lx.firsts {
		f := &lx.firsts[fi]
		own := len(lx.pairs) // f's pairs are lx.pairs[own:]
		for _, c := range f.cands[:f.multi] {
			k := own
			for k < len(lx.pairs) && lx.pairs[k].second != c.second {
				k++
			}
			if k == len(lx.pairs) {
				lx.pairs = append(lx.pairs, lexPair{first: f.id, second: c.second})
			}
			lx.pairs[k].cands = append(lx.pairs[k].cands, c)
		}
		for k := own; k < len(lx.pairs); k++ {
			lx.pairs[k].cands = append(lx.pairs[k].cands, f.cands[f.multi:]...)
		}
	}
	n := 1
	for n < 2*len(lx.pairs) {
		n <<= 1
	}
	lx.pairSlots = make([]uint16, n)
	for k, p := range lx.pairs {
		for h := pairHash(p.first, p.second); ; h++ {
			if s := h & uint32(n-1); lx.pairSlots[s] == 0 {
				lx.pairSlots[s] = uint16(k + 1)
				break
			}
		}
	}
}

// pairHash hashes a first word's index and a second word for pairSlots.
func pairHash(first int32, second string) uint32 {
	return wordHash(second) + uint32(first)*0x9E37
}

// pair returns the phrases of f continued by the word second, or nil.
func (lx *lexicon) pair(f *lexFirst, second string) *lexPair {
	mask := uint32(len(lx.pairSlots) - 1)
	for h := pairHash(f.id, second); ; h++ {
		k := lx.pairSlots[h&mask]
		if k == 0 {
			return nil
		}
		if p := &lx.pairs[k-1]; p.first == f.id && p.second == second {
			return p
		}
	}
}

// first returns the phrases starting with the word w, or nil.
func (lx *lexicon) first(w string) *lexFirst {
	mask := uint32(len(lx.slots) - 1)
	for h := wordHash(w); ; h++ {
		k := lx.slots[h&mask]
		if k == 0 {
			return nil
		}
		if f := &lx.firsts[k-1]; f.word == w {
			return f
		}
	}
}

func first2Key(w string) int {
	switch len(w) {
	case 0:
		return 0
	case 1:
		return int(w[0]) << 8
	}
	return int(w[0])<<8 | int(w[1])
}

// mayStart reports whether a phrase may start with the word w.
func (lx *lexicon) mayStart(w string) bool {
	k := first2Key(w)
	return lx.first2[k>>6]&(1<<(k&63)) != 0
}

func phraseWords(p string) []string {
	toks := tokenize(p, 0, len(p), nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Norm
	}
	return out
}

// addTyped flags each phrase and gives it its event type, unless an
// earlier table already typed it.
func (lx *lexicon) addTyped(list []struct{ Phrase, Type string }, flag lexFlag) {
	for _, v := range list {
		lx.add(v.Phrase, func(e *lexEntry) {
			e.Flags |= flag
			if e.Type == "" {
				e.Type = v.Type
			}
		})
	}
}

func (lx *lexicon) add(phrase string, f func(e *lexEntry)) {
	words := phraseWords(phrase)
	if len(words) == 0 {
		return
	}
	if e := lx.entryOfWords(words); e != nil {
		f(e)
		return
	}
	e := &lexEntry{Words: words}
	f(e)
	k := first2Key(words[0])
	lx.first2[k>>6] |= 1 << (k & 63)
	c := lexCand{n: len(words), e: e}
	if len(words) > 1 {
		c.second = words[1]
	}
	list := append(lx.byFirst[words[0]], c)
	// keep longest first
	for k := len(list) - 1; k > 0 && list[k].n > list[k-1].n; k-- {
		list[k], list[k-1] = list[k-1], list[k]
	}
	lx.byFirst[words[0]] = list
}

// match is one phrase found at tokens [From, To).
type match struct {
	From, To int
	E        *lexEntry
	InName   bool // a country word inside a longer proper name
}

// matchAll finds the longest phrase at each position, left to right, without
// overlaps.
func (lx *lexicon) matchAll(toks []token, buf []match) []match {
	for i := 0; i < len(toks); {
		if !lx.mayStart(toks[i].Norm) {
			i++
			continue
		}
		f := lx.first(toks[i].Norm)
		if f == nil {
			i++
			continue
		}
		// the phrases the next token continues, then the one-word phrase
		cands := f.cands[f.multi:]
		if i+1 < len(toks) && f.seconds.has(toks[i+1].Norm) {
			if p := lx.pair(f, toks[i+1].Norm); p != nil {
				cands = p.cands
			}
		}
		found := false
		for _, c := range cands {
			n := c.n
			if i+n > len(toks) {
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
				ok = false // "a tank shell", "a car bomb": a noun
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

// verbNegationBefore reports a negation of a verb ending at token i
// ("did not", "never"), not of a noun ("no", "none").
func verbNegationBefore(buf []match, i int) bool {
	if len(buf) == 0 {
		return false
	}
	m := buf[len(buf)-1]
	if m.To != i || m.E.Flags&fNeg == 0 {
		return false
	}
	w := m.E.Words[len(m.E.Words)-1]
	return w != "no" && w != "none"
}

func buildLexicon() *lexicon {
	lx := &lexicon{byFirst: make(map[string][]lexCand, 1024)}
	for _, m := range orgMentions {
		m := m
		lx.add(m.Phrase, func(e *lexEntry) { e.Flags |= fMention; e.Mention = m })
	}
	for _, m := range orgMentions {
		// "the United States Central Command": every "U.S. ..." body by the
		// state's full name, where the lexicon has no row of its own for it
		// (and with its article, which "the united states" would take first)
		if rest, ok := strings.CutPrefix(m.Phrase, "u.s. "); ok {
			for _, full := range [...]string{"united states ", "the united states "} {
				m := m
				m.Phrase = full + rest
				lx.add(m.Phrase, func(e *lexEntry) {
					if e.Flags&fMention == 0 {
						e.Flags |= fMention
						e.Mention = m
					}
				})
			}
		}
	}
	for _, m := range knownPeople {
		m := m
		lx.add(m.Phrase, func(e *lexEntry) { e.Flags |= fMention; e.Mention = m })
		// The surname alone, for names of two words or more that are unusual enough.
		w := phraseWords(m.Phrase)
		if len(w) >= 2 && len(w[len(w)-1]) >= 6 {
			sm := m
			sm.Phrase = w[len(w)-1]
			lx.add(sm.Phrase, func(e *lexEntry) {
				if e.Flags&fMention == 0 {
					e.Flags |= fMention
					e.Mention = sm
				}
			})
		}
	}
	for _, c := range countries {
		c := c
		lx.add(c.Phrase, func(e *lexEntry) { e.Flags |= fCountry; e.ISO = c.ISO })
	}
	for _, v := range speechVerbs {
		v := v
		lx.add(v.Phrase, func(e *lexEntry) { e.Flags |= fSpeech; e.Stance = v.Stance })
	}
	for _, p := range tollUpdateVerbs {
		lx.add(p, func(e *lexEntry) { e.Flags |= fSpeech; e.Stance = "asserts" })
	}
	for _, p := range datedNamingVerbs() {
		lx.add(p, func(e *lexEntry) { e.Flags |= fSpeech; e.Stance = "asserts" })
	}
	for _, w := range footageWords {
		lx.add(w, func(e *lexEntry) { e.Flags |= fFootage })
	}
	lx.addTyped(attackVerbs, fAttackVerb)
	lx.addTyped(negatedBareVerbs, fAttackVerb|fAfterNeg)
	lx.addTyped(attackNouns, fAttackNoun)
	for _, p := range cueExceptions {
		lx.add(p, func(e *lexEntry) { e.Flags |= fExcept })
	}
	lx.addTyped(typeWords, fType)
	for _, v := range targetWords {
		v := v
		lx.add(v.Phrase, func(e *lexEntry) {
			e.Flags |= fTarget
			e.Target = v.Target
			if v.Group != "" {
				e.Group = v.Group
			}
		})
	}
	for _, v := range groupWords {
		v := v
		lx.add(v.Phrase, func(e *lexEntry) {
			e.Flags |= fGroup
			if e.Group == "" {
				e.Group = v.Group
			}
		})
	}
	for _, p := range negations {
		lx.add(p, func(e *lexEntry) { e.Flags |= fNeg })
	}
	for _, p := range denialWords {
		lx.add(p, func(e *lexEntry) { e.Flags |= fDenial })
	}
	for _, p := range disputeWords {
		lx.add(p, func(e *lexEntry) { e.Flags |= fDispute })
	}
	for _, p := range suchDoubts {
		lx.add(p, func(e *lexEntry) { e.Flags |= fDispute | fAnaphor | fAttackNoun })
	}
	for _, p := range retractionCues {
		lx.add(p, func(e *lexEntry) { e.Flags |= fRetract })
	}
	for _, p := range claimWords {
		lx.add(p, func(e *lexEntry) { e.Flags |= fClaim })
	}
	for _, p := range participation {
		lx.add(p, func(e *lexEntry) { e.Flags |= fPartic })
	}
	for _, p := range anaphors {
		lx.add(p, func(e *lexEntry) { e.Flags |= fAnaphor | fAttackNoun })
	}
	for _, p := range copular.list {
		lx.add(p, func(e *lexEntry) { e.Flags |= fAttackVerb })
	}
	for _, p := range noComment {
		lx.add(p, func(e *lexEntry) { e.Flags |= fNoComment })
	}
	for _, p := range linkVerbs {
		lx.add(p, func(e *lexEntry) { e.Flags |= fLink })
	}
	for _, p := range intelligenceLinks {
		lx.add(p, func(e *lexEntry) { e.Flags |= fLink })
	}
	for _, p := range enablingPhrases {
		lx.add(p, func(e *lexEntry) {
			e.Flags |= fLink
			if strings.HasSuffix(p, " for") || strings.HasSuffix(p, " to") {
				e.Flags |= fPartic
			}
		})
	}
	for _, p := range timeWords {
		lx.add(p, func(e *lexEntry) { e.Flags |= fTime })
	}
	// A mention that names a weapon tells the event type: "a Turkish drone".
	types := map[string]string{}
	for _, v := range typeWords {
		if !strings.Contains(v.Phrase, " ") {
			types[v.Phrase] = v.Type
		}
	}
	for _, list := range lx.byFirst {
		for _, c := range list {
			e := c.e
			if e.Flags&fMention == 0 || e.Type != "" {
				continue
			}
			for _, w := range e.Words {
				if t := types[w]; t != "" {
					e.Type = t
				}
			}
		}
	}
	for _, list := range lx.byFirst {
		for _, c := range list {
			c.e.heads, c.e.tails = headNotes(c.e.Words)
		}
	}
	lx.governmentArmy = lx.entryOf("government forces")
	lx.regimeArmy = lx.entryOf("regime forces")
	lx.index()
	return lx
}

// entryOf returns the row of a phrase the lexicon holds, or nil.
func (lx *lexicon) entryOf(phrase string) *lexEntry {
	return lx.entryOfWords(phraseWords(phrase))
}

// entryOfWords returns the row of a phrase's words, or nil.
func (lx *lexicon) entryOfWords(words []string) *lexEntry {
	for _, c := range lx.byFirst[words[0]] {
		if slices.Equal(c.e.Words, words) {
			return c.e
		}
	}
	return nil
}

// headNotes returns the words of a phrase in anaphorHeads, in order, and its
// tails (each a suffix of its words after the first, joined by spaces),
// longest first.
func headNotes(words []string) (heads, tails []string) {
	for _, w := range words {
		if anaphorHeads.has(w) {
			heads = append(heads, w)
		}
	}
	if len(words) < 2 {
		return heads, nil
	}
	joined := strings.Join(words[1:], " ")
	for i, off := 1, 0; i < len(words); i++ {
		tails = append(tails, joined[off:])
		off += len(words[i]) + 1
	}
	return heads, tails
}
