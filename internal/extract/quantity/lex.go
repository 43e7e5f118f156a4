package quantity

import "slices"

// token kinds.
const (
	tWord  uint8 = iota + 1 // ASCII letters
	tNum                    // digits: "55", "1,200", "4.7"
	tPunct                  // one ASCII punctuation byte, or a dash or quote rune
	tOther                  // anything else (non-ASCII letters, long words)
)

// token holds no pointers, so a sentence's tokens are one allocation the
// garbage collector need not scan.
type token struct {
	start, end int32
	val        int32  // tNum: integer value (saturated at 1e9)
	id         uint16 // vocabulary entry (0: unknown word)
	kind       uint8
	punct      byte // tPunct: the byte ("-" also for dashes, '"' for curly quotes)
	cap        bool // starts with an upper-case letter
	glued      bool // no space before it
	frac       bool // tNum: has a decimal part ("4.7")
	bad        bool // tNum that is not a count: "Mi-28", "M79", "24h", "1:12", "5%", "$40", "28th"
	plus       bool // tNum followed by a lone "+": "4+" is at least four
}

// ent returns the vocabulary entry of a word, or nil.
func (t *token) ent() *entry {
	if t.id == 0 {
		return nil
	}
	return &entries[t.id]
}

// mayStartFigure: every form figureAt reads starts with a number or one of
// figureStarts, so that it finds nothing at any other token.
func (t *token) mayStartFigure() bool { return t.kind == tNum || figureStarts[t.id] }

// lit is the lower-case vocabulary word or the punctuation ("" otherwise).
func (t *token) lit() string {
	if t.id != 0 {
		return entries[t.id].word
	}
	if t.kind == tPunct {
		return punctStrings[t.punct]
	}
	return ""
}

var punctStrings = func() (out [256]string) {
	for c := 0; c < 128; c++ {
		out[c] = string(rune(c))
	}
	out['\x97'] = "—" // the em dash is stored as 0x97
	return out
}()

// entry is what the vocabulary knows about a lower-case word.
type entry struct {
	word       string
	num        *numberWord
	head       *head
	cue        cue
	mod        bool
	militant   bool // modifier or name that makes people militants
	civilian   bool
	name       bool // a militant name, counted only when capitalised ("IS", not "is")
	aux        bool
	clauseSkip bool
	notBefore  bool // "aged 12"
	month      bool
	civPlace   bool // civilianPlaces
	kin        bool // kinWords: "his wife", "his driver"
	ordinal    bool // ordinalWords: "a third", "another"
}

// vocabulary maps a lower-case word to its index in entries; both are
// built once from the tables of words.go and never changed.
var entries, vocabulary = func() ([]entry, map[string]uint16) {
	var list []*entry
	v := map[string]*entry{}
	get := func(w string) *entry {
		e, ok := v[w]
		if !ok {
			e = &entry{word: w}
			v[w] = e
			list = append(list, e)
		}
		return e
	}
	for i := range numberWords {
		get(numberWords[i].word).num = &numberWords[i]
	}
	for i := range heads {
		get(heads[i].word).head = &heads[i]
	}
	for _, c := range cues {
		get(c.word).cue = c.c
	}
	for _, m := range modifiers {
		e := get(m.word)
		e.mod, e.militant, e.civilian = true, e.militant || m.militant, e.civilian || m.civilian
	}
	for _, w := range militantNames {
		e := get(w)
		e.name = true
	}
	for _, w := range auxiliaries {
		get(w).aux = true
	}
	for _, w := range clauseSkips {
		get(w).clauseSkip = true
	}
	for _, w := range notCountBefore {
		get(w).notBefore = true
	}
	for _, w := range monthNames {
		get(w).month = true
	}
	for _, w := range civilianPlaces {
		get(w).civPlace = true
	}
	for _, w := range kinWords {
		get(w).kin = true
	}
	for _, w := range ordinalWords {
		get(w).ordinal = true
	}
	for _, q := range qualifiers {
		for _, w := range splitWords(q.words) {
			get(w)
		}
	}
	for _, f := range fractions {
		for _, w := range splitWords(f.words) {
			get(w)
		}
	}
	for _, w := range functionWords {
		get(w)
	}
	for _, w := range revisionVerbs {
		get(w)
	}
	for _, w := range putVerbs {
		get(w)
	}
	for _, w := range judgedVerbs {
		get(w)
	}
	es := make([]entry, 1, len(list)+1) // index 0: no entry
	ids := make(map[string]uint16, len(list))
	for _, e := range list {
		ids[e.word] = uint16(len(es))
		es = append(es, *e)
	}
	return es, ids
}()

// functionWords are spelled out by the rules of figures.go.
var functionWords = []string{"a", "an", "of", "the", "these", "those", "its", "their", "his", "her",
	"them", "whom", "to", "or", "and", "between", "from", "no", "rose", "risen", "rising", "increased",
	"climbed", "jumped", "grew", "reached", "in", "on", "at", "near", "as", "after", "when", "during", "by", "with",
	"while", "but", "for", "since", "across", "inside", "outside", "around", "into", "plus", "well",
	"percent", "per", "cent", "thirds", "quarters", "third", "quarter", "than", "whereas", "tens",
	"this", "that", "said", "according", "earlier", "yesterday", "today", "overnight", "also",
	"family", "number", "count", "victims", "were", "was", "tally", "our", "along", "together",
	"units", "pieces", "rank", "twice"}

func splitWords(s string) []string {
	var out []string
	for len(s) > 0 {
		j := 0
		for j < len(s) && s[j] != ' ' {
			j++
		}
		out = append(out, s[:j])
		if j < len(s) {
			j++
		}
		s = s[j:]
	}
	return out
}

const maxVocabWord = 14

// maxTriggerWord is the longest word the pre-check looks up ("motorcycle",
// "schoolteacher").
const maxTriggerWord = 13

// shapes is a filter in front of the vocabulary map: a word can be in the
// vocabulary only if some entry has its length, first and last letter.
// Most words of prose fail it without hashing.
var shapes = func() (f [maxVocabWord + 1][26][26]bool) {
	for w := range vocabulary {
		if n := len(w); n > 0 && n <= maxVocabWord && isLetter(w[0]) && isLetter(w[n-1]) {
			f[n][w[0]-'a'][w[n-1]-'a'] = true
		}
	}
	return f
}()

// triggerShapes is shapes restricted to the words of the pre-check
// (number words, "half", "both", singular nouns counted after "a", and kin words:
// "wounding her husband").
var triggerShapes = func() (f [maxVocabWord + 1][26][26]bool) {
	for _, nw := range numberWords {
		w := nw.word
		f[len(w)][w[0]-'a'][w[len(w)-1]-'a'] = true
	}
	f[4]['h'-'a']['f'-'a'] = true // "half"
	f[4]['b'-'a']['h'-'a'] = true // "both" ("killing both men")
	for _, w := range []string{"third", "fourth", "fifth"} {
		f[len(w)][w[0]-'a'][w[len(w)-1]-'a'] = true // "wounding a third"
	}
	for _, w := range kinWords {
		if len(w) <= maxTriggerWord {
			f[len(w)][w[0]-'a'][w[len(w)-1]-'a'] = true // "wounding her husband"
		}
	}
	for _, h := range heads {
		if w := h.word; h.one && len(w) <= maxTriggerWord && (h.cls == clsHuman || h.cls == clsVehicle) {
			f[len(w)][w[0]-'a'][w[len(w)-1]-'a'] = true // "killed a civilian"
		}
	}
	f[len("civilians")]['c'-'a']['s'-'a'] = true // "the men were civilians" (restatedGroup)
	return f
}()

// lookup returns the vocabulary id of the ASCII word s (any case), or 0.
// An open-addressing table over an FNV-1a hash of the lower-cased word is
// several times cheaper than a string-keyed map here, and the shape filter
// rejects most words before hashing.
func lookup(s string) uint16 {
	n := len(s)
	if n == 0 || n > maxVocabWord || !shapes[n][(s[0]|0x20)-'a'][(s[n-1]|0x20)-'a'] {
		return 0
	}
	h := uint32(2166136261)
	for k := 0; k < n; k++ {
		h = (h ^ uint32(s[k]|0x20)) * 16777619
	}
	for i := h & tableMask; ; i = (i + 1) & tableMask {
		sl := &vocabTable[i]
		if sl.id == 0 {
			return 0
		}
		if sl.h == h && equalFold(entries[sl.id].word, s) {
			return sl.id
		}
	}
}

func equalFold(lower, s string) bool {
	if len(lower) != len(s) {
		return false
	}
	for k := 0; k < len(s); k++ {
		if lower[k] != s[k]|0x20 {
			return false
		}
	}
	return true
}

// initialismEnd returns the end of a dotted initialism whose first letter
// ends at j ("U.S.", "U.N.", "U.A.E."), or j when there is none.
func initialismEnd(s string, j int) int {
	k := j
	for k+2 < len(s) && s[k] == '.' && isLetter(s[k+1]) && s[k+2] == '.' {
		k += 2
	}
	if k == j {
		return j
	}
	return k + 1
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

const tableMask = 1<<12 - 1

type slot struct {
	h  uint32
	id uint16
}

var vocabTable = func() (t [tableMask + 1]slot) {
	for w, id := range vocabulary {
		h := uint32(2166136261)
		for k := 0; k < len(w); k++ {
			h = (h ^ uint32(w[k])) * 16777619
		}
		i := h & tableMask
		for t[i].id != 0 {
			i = (i + 1) & tableMask
		}
		t[i] = slot{h, id}
	}
	return t
}()

// prescan is the cheap pre-check of Figures, one pass over the words of s
// allocating nothing: number reports a digit, a number word, "half", a
// singular counted noun ("killed a civilian") or a kin word ("killed his
// brother"); zero reports a word every zero-toll rule holds (mayStateZero).
func prescan(s string) (zero, number bool) {
	for i := 0; i < len(s); {
		c := s[i]
		cl := byteClass[c]
		switch {
		case cl&classDigit != 0:
			if number = true; zero {
				return
			}
			i++
		case cl&classLetter != 0:
			j := i + 1
			for j < len(s) && byteClass[s[j]]&classLetter != 0 {
				j++
			}
			if !zero && cl&classZeroFirst != 0 && zeroAnchor(s[i:j]) {
				if zero = true; number {
					return
				}
			}
			if n := j - i; !number && n <= maxTriggerWord && triggerBits[n][cl&31]>>(byteClass[s[j-1]]&31)&1 != 0 && isTrigger(s[i:j]) {
				if number = true; zero {
					return
				}
			}
			i = j
		default:
			i++
		}
	}
	return
}

// isTrigger reports whether the word w is one prescan looks for (see
// triggerShapes).
func isTrigger(w string) bool {
	id := lookup(w)
	if id == 0 {
		return false
	}
	e := &entries[id]
	return e.num != nil || e.word == "half" || e.word == "both" || e.word == "civilians" || e.word == "twice" ||
		e.ordinal && e.word != "another" && e.word != "second" ||
		e.kin ||
		e.head != nil && e.head.one && (e.head.cls == clsHuman || e.head.cls == clsVehicle)
}

// byteClass holds, for each byte, its letter index (0..25, either case) in
// the low five bits and the class bits above: one table load per byte in
// prescan instead of range tests.
const (
	classLetter    = 1 << 5
	classDigit     = 1 << 6
	classZeroFirst = 1 << 7
)

var byteClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = uint8(c-'a') | classLetter
		t[c-'a'+'A'] = t[c]
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = classDigit
	}
	for c, z := range zeroFirst {
		if z {
			t[c] |= classZeroFirst
		}
	}
	return t
}()

// triggerBits packs triggerShapes words of three letters or more: bit l
// of triggerBits[n][f] is set when a trigger word of n letters starts with
// letter f and ends with letter l.
var triggerBits = func() (b [maxTriggerWord + 1][32]uint32) {
	for n := 3; n <= maxTriggerWord; n++ {
		for f := range 26 {
			for l := range 26 {
				if triggerShapes[n][f][l] {
					b[n][f] |= 1 << l
				}
			}
		}
	}
	return b
}()

// lex tokenises s into dst (reused from its start). Callers run the cheap
// pre-check prescan first: most sentences of a report hold no digit
// and no number word.
func lex(dst []token, s string) []token {
	toks := slices.Grow(dst[:0], len(s)/5+8)
	space := true
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
			space = true
			continue
		case isLetter(c):
			j := i
			for j < len(s) && isLetter(s[j]) {
				j++
			}
			t := token{start: int32(i), kind: tWord, cap: c < 'a', glued: !space}
			if j == i+1 {
				j = initialismEnd(s, j)
			}
			if j > i+1 && s[j-1] == '.' {
				// "U.S.", "U.K.": one unknown word, like "American", so that
				// "four U.S. soldiers and two Iraqi policemen" stays one list
			} else if j < len(s) && isDigit(s[j]) {
				// "M79", "F16", "4x4": a name
				for j < len(s) && (isLetter(s[j]) || isDigit(s[j])) {
					j++
				}
				t.kind = tOther
			} else {
				t.id = lookup(s[i:j])
			}
			t.end = int32(j)
			toks = append(toks, t)
			i = j
		case isDigit(c):
			j := i
			t := token{start: int32(i), kind: tNum, glued: !space}
			v := 0
			for j < len(s) && isDigit(s[j]) {
				v = sat(v*10 + int(s[j]-'0'))
				j++
			}
			// thousands groups: "1,200", "50,000" (exactly three digits each)
			for j+3 < len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) &&
				(j+4 == len(s) || !isDigit(s[j+4])) {
				v = sat(v*1000 + int(s[j+1]-'0')*100 + int(s[j+2]-'0')*10 + int(s[j+3]-'0'))
				j += 4
			}
			t.val = int32(v)
			if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
				// "4.7": a decimal (its value is read back by decimal());
				// "EC.635" is caught below as glued to letters
				j++
				for j < len(s) && isDigit(s[j]) {
					j++
				}
				t.frac = true
			}
			// what touches the number decides whether it can be a count
			prev := byte(' ')
			if i > 0 {
				prev = s[i-1]
			}
			next := byte(' ')
			if j < len(s) {
				next = s[j]
			}
			switch {
			case isLetter(prev), prev == '-' && i > 1 && isLetter(s[i-2]), prev == '.' && i > 1 && isLetter(s[i-2]):
				t.bad = true // "Mi-28", "EC.635"
			case isLetter(next):
				t.bad = true // "24h", "28th", "5km"
				for j < len(s) && isLetter(s[j]) {
					j++
				}
			case next == '+' && (j+1 == len(s) || !isDigit(s[j+1])):
				t.plus = true // "Injured: 4+": at least four
			case next == '%', next == ':' || next == '/' || next == '+', prev == ':', prev == '/', prev == '+',
				prev == '$', prev == '#', prev == '.':
				t.bad = true // "5%", "1:12", "24/7", "4+1", "$40", "#3"
			case i >= 2 && s[i-2:i] == "£", i >= 3 && s[i-3:i] == "€":
				t.bad = true
			}
			t.end = int32(j)
			toks = append(toks, t)
			i = j
		case c < 0x80:
			toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: tPunct, punct: c, glued: !space})
			i++
		default:
			j := i + 1
			for j < len(s) && s[j]&0xC0 == 0x80 {
				j++
			}
			t := token{start: int32(i), end: int32(j), kind: tOther, glued: !space}
			switch s[i:j] {
			case "–", "‑", "‐":
				t.kind, t.punct = tPunct, '-'
			case "—", "―":
				t.kind, t.punct = tPunct, 0x97
			case "“", "”", "«", "»":
				t.kind, t.punct = tPunct, '"'
			case "’", "‘":
				t.kind, t.punct = tPunct, '\''
			}
			toks = append(toks, t)
			i = j
		}
		space = false
	}
	return toks
}

// decimal reads the value of a number token such as "4.7" or "1,200".
func decimal(s string) float64 {
	v, scale, frac := 0.0, 0.1, false
	for k := 0; k < len(s); k++ {
		switch c := s[k]; {
		case c == '.':
			frac = true
		case isDigit(c) && frac:
			v += float64(c-'0') * scale
			scale /= 10
		case isDigit(c):
			v = v*10 + float64(c-'0')
		}
	}
	return v
}

func sat(v int) int {
	if v > 1e9 {
		return 1e9
	}
	return v
}
