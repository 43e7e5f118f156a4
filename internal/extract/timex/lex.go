package timex

import (
	"slices"
	"sort"
	"strings"
)

// The lexer turns a sentence into the few tokens date patterns look at.
// Words not in the lexicon become tokOther, so a pattern can never match
// across them; a sentence with no digit and no lexicon word yields no
// pattern start at all and is skipped after one linear pass.

// token classes.
const (
	tokOther   uint8 = iota
	tokWord          // a lexicon word (lit holds its lower-case form)
	tokMonth         // "June", "Jan" (val 1..12)
	tokWeekday       // "Thursday" (val 0=Sunday..6)
	tokNum           // "28", "28th", "2016" (val; ord set for "28th")
	tokClock         // "1:12", "22:00" (val = minutes after midnight)
	tokISO           // "2016-06-28" (val = yyyymmdd)
	tokPunct         // one byte of punctuation (lit holds it)
)

// token holds no pointers: a sentence's tokens are one allocation the
// garbage collector need not scan.
type token struct {
	start, end int32
	val        int32
	id         uint16 // lexicon entry of a word or punctuation (0: none)
	class      uint8
	small      uint8 // "two" -> 2 for number words (0 when not one)
	core       bool  // a digit, month, weekday or core word: patterns hold one
	abbr       bool  // month abbreviation ("Jan"): never a bare month
	ord        bool  // "28th"
}

// lit is the lower-case lexicon form of a word or the punctuation, else "".
func (t *token) lit() string { return lexWords[t.id] }

// lexEntry is what the lexicon knows about a lower-case word.
type lexEntry struct {
	class uint8
	val   int
	abbr  bool
	small int    // value of a small number word ("two" -> 2)
	word  string // the key itself
	id    uint16 // its number in lexWords
	core  bool   // a word every pattern without a number or name needs
}

// lexicon: month and weekday names (matched only when capitalised), and the
// function words the patterns of patterns.go spell out. lexIDs numbers its
// words (and punctuation) from 1; lexWords[id] is the word.
var lexicon, lexIDs, lexWords = func() (map[string]lexEntry, map[string]uint16, []string) {
	m := map[string]lexEntry{}
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, s := range months {
		m[s] = lexEntry{class: tokMonth, val: i + 1}
	}
	for s, v := range map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
		"jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		m[s] = lexEntry{class: tokMonth, val: v, abbr: true}
	}
	days := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	for i, s := range days {
		m[s] = lexEntry{class: tokWeekday, val: i}
	}
	// core words: every pattern holds one, so a sentence without any (and
	// without a digit, month or weekday) is skipped.
	for _, w := range []string{"yesterday", "today", "tonight", "day", "days", "week",
		"weekend", "month", "night", "overnight", "morning", "evening", "afternoon", "noon", "midnight", "eve"} {
		m[w] = lexEntry{class: tokWord, core: true}
	}
	for _, w := range []string{
		"next", "following", "ensuing",
		"previous", "preceding", "last", "past", "recent", "this", "that", "same",
		"weeks", "late", "early", "earlier", "later", "mid", "the",
		"before", "after", "ago", "on", "in", "at", "of", "between", "and", "from",
		"to", "until", "till", "through", "over", "during", "a", "an", "am", "pm", "a.m", "p.m", "few", "utc", "gmt", "local", "time",
		"around", "about", "by", "since", "throughout", "within", "or", "into",
		"end", "beginning", "start", "middle", "coming", "afterwards", "for",
		"hours", "small", "first", "new", "year", "s", "christmas",
	} {
		m[w] = lexEntry{class: tokWord}
	}
	for i, w := range []string{"one", "two", "three", "four", "five", "six", "seven",
		"eight", "nine", "ten"} {
		m[w] = lexEntry{class: tokWord, small: i + 1}
	}
	for _, p := range []string{",", ".", "-", ":", "'", "/", "(", ")"} {
		m[p] = lexEntry{class: tokPunct}
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	ids := make(map[string]uint16, len(m))
	words := []string{""}
	for _, k := range keys {
		e := m[k]
		e.word, e.id = k, uint16(len(words))
		m[k] = e
		ids[k] = e.id
		words = append(words, k)
	}
	return m, ids, words
}()

// maxLexWord is the longest lexicon word; longer words are tokOther at once.
const maxLexWord = 9

// shapes filters words before the lexicon map: a word can be in the lexicon
// only if some entry has its length, first and last letter.
var shapes = func() (f [maxLexWord + 1][26][26]bool) {
	for w := range lexicon {
		if n := len(w); n <= maxLexWord && isLetter(w[0]) && isLetter(w[n-1]) {
			f[n][w[0]-'a'][w[n-1]-'a'] = true
		}
	}
	return f
}()

// lookup finds the ASCII word w (any case) in the lexicon: the shape
// filter, then an open-addressing table over an FNV-1a hash of the
// lower-cased word (cheaper than a string-keyed map). It returns nil for a
// word not in it, and a pointer, not a copy: the lexer calls it for every
// word.
func lookup(w string) *lexEntry {
	n := len(w)
	if n == 0 || n > maxLexWord || !shapes[n][(w[0]|0x20)-'a'][(w[n-1]|0x20)-'a'] {
		return nil
	}
	h := uint32(2166136261)
	for k := 0; k < n; k++ {
		h = (h ^ uint32(w[k]|0x20)) * 16777619
	}
	for i := h & tableMask; ; i = (i + 1) & tableMask {
		sl := &lexTable[i]
		if sl.id == 0 {
			return nil
		}
		if sl.h == h && equalFold(lexWords[sl.id], w) {
			return &lexEntries[sl.id]
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

const tableMask = 1<<10 - 1

type slot struct {
	h  uint32
	id uint16
}

// lexEntries[id] is the entry of lexWords[id].
var lexEntries = func() []lexEntry {
	out := make([]lexEntry, len(lexWords))
	for _, e := range lexicon {
		out[e.id] = e
	}
	return out
}()

var lexTable = func() (t [tableMask + 1]slot) {
	for w, e := range lexicon {
		h := uint32(2166136261)
		for k := 0; k < len(w); k++ {
			h = (h ^ uint32(w[k])) * 16777619
		}
		i := h & tableMask
		for t[i].id != 0 {
			i = (i + 1) & tableMask
		}
		t[i] = slot{h, e.id}
	}
	return t
}()

// deicticWord reports "Today" or "Tonight", which a name may end with.
func deicticWord(w string) bool {
	return strings.EqualFold(w, "today") || strings.EqualFold(w, "tonight")
}

// afterCapitalWord reports a word at i set one space after a capitalised
// word: a capitalised "Today" there ends a name ("an observer told Aleppo
// Today", "Baghdad Today reported"), not the report's day.
func afterCapitalWord(s string, toks []token, i int) bool {
	if len(toks) == 0 || i < 2 || s[i-1] != ' ' {
		return false
	}
	p := toks[len(toks)-1]
	return int(p.end) == i-1 && isUpper(s[p.start]) && isLetter(s[p.end-1])
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }

// lex tokenises s into dst (reused from its start). It returns nil when s
// has no digit and no lexicon word that can start a date (a capitalised
// month or weekday, or a core word).
func lex(dst []token, s string) []token {
	toks := slices.Grow(dst[:0], len(s)/5+4)
	starter := false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case isLetter(c):
			j := i
			for j < len(s) && isLetter(s[j]) {
				j++
			}
			// "a.m." and "p.m.": keep the inner dot in the word.
			if j-i == 1 && j+1 < len(s) && s[j] == '.' && s[j+1]|0x20 == 'm' &&
				(c|0x20 == 'a' || c|0x20 == 'p') && (j+2 == len(s) || !isLetter(s[j+2])) {
				j += 2
			}
			// letters glued to digits ("M79", "F16") are a name, not a date
			if j < len(s) && isDigit(s[j]) {
				for j < len(s) && (isLetter(s[j]) || isDigit(s[j])) {
					j++
				}
				toks = append(toks, token{start: int32(i), end: int32(j), class: tokOther})
				i = j
				continue
			}
			t := token{start: int32(i), end: int32(j), class: tokOther}
			v := 0
			if mayBeOrdinalDay(s[i:j]) {
				v = ordinalDay(s[i:j])
			}
			if v > 0 {
				// "the twentieth of February": a day in words
				t.class, t.val, t.ord, t.core = tokNum, int32(v), true, true
				starter = true
			} else {
				if e := lookup(s[i:j]); e != nil && !(isUpper(c) && deicticWord(s[i:j]) && afterCapitalWord(s, toks, i)) {
					switch {
					case e.class == tokMonth || e.class == tokWeekday:
						if isUpper(c) {
							t.class, t.val, t.abbr, t.id, t.core = e.class, int32(e.val), e.abbr, e.id, true
							starter = true
						}
					default:
						t.class, t.id, t.small, t.core = tokWord, e.id, uint8(e.small), e.core
						starter = starter || e.core
					}
				}
			}
			toks = append(toks, t)
			i = j
		case isDigit(c):
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			starter = true
			t := token{start: int32(i), end: int32(j), class: tokNum, val: int32(atoi(s[i:j]))}
			// a number is core only if it can be a day, an hour or a year
			t.core = j-i <= 2 && t.val >= 1 && t.val <= 31 || j-i == 4 && t.val >= 1900 && t.val <= 2100
			switch {
			case i > 0 && (isLetter(s[i-1]) || s[i-1] == '-' && i > 1 && isLetter(s[i-2]) ||
				s[i-1] == '.' && i > 1 && isLetter(s[i-2])):
				// "Mi-28", "EC.635": a model number
				t.class = tokOther
			case j-i <= 2 && j+2 < len(s) && s[j] == ':' && isDigit(s[j+1]) && isDigit(s[j+2]) &&
				(j+3 == len(s) || !isDigit(s[j+3])):
				h, m := int(t.val), atoi(s[j+1:j+3])
				if h <= 24 && m < 60 {
					t.class, t.val, t.core = tokClock, int32(h*60+m), true
				} else {
					t.class = tokOther
				}
				j += 3
			case j-i == 4 && j+6 <= len(s) && (s[j] == '-' || s[j] == '/') && isDigit(s[j+1]) && isDigit(s[j+2]) &&
				s[j+3] == s[j] && isDigit(s[j+4]) && isDigit(s[j+5]) && (j+6 == len(s) || !isDigit(s[j+6])):
				y, mo, d := int(t.val), atoi(s[j+1:j+3]), atoi(s[j+4:j+6])
				if validDate(y, mo, d) {
					t.class, t.val, t.core = tokISO, int32(y*10000+mo*100+d), true
				} else {
					t.class = tokOther
				}
				j += 6
			case j-i <= 2 && j+6 <= len(s) && s[j] == '/' && slashDate(s[i:]) > 0:
				// "12/30/2019", "30/12/2019": only when the day is above 12,
				// so that the order is certain
				n := slashDate(s[i:])
				v := slashValue(s[i : i+n])
				t.class, t.val, t.core = tokISO, int32(v), true
				j = i + n
			case j-i <= 2 && j+2 <= len(s) && isOrdSuffix(s[j:j+2]) && (j+2 == len(s) || !isLetter(s[j+2])):
				t.ord = true
				j += 2
			case j < len(s) && isLetter(s[j]):
				// "24h", "5km": a unit glued to the number
				for j < len(s) && isLetter(s[j]) {
					j++
				}
				t.class = tokOther
			case j < len(s) && (s[j] == ',' || s[j] == '.') && j+1 < len(s) && isDigit(s[j+1]):
				// "1,200" or "4.7": a quantity, never a date part
				for j < len(s) && (isDigit(s[j]) || (s[j] == ',' || s[j] == '.') && j+1 < len(s) && isDigit(s[j+1])) {
					j++
				}
				t.class = tokOther
			}
			t.end = int32(j)
			toks = append(toks, t)
			i = j
		case c < 0x80:
			toks = append(toks, token{start: int32(i), end: int32(i + 1), class: tokPunct, id: punctID[c]})
			i++
		default:
			// a multi-byte rune: dashes become "-", anything else tokOther
			j := i + 1
			for j < len(s) && s[j]&0xC0 == 0x80 {
				j++
			}
			r := s[i:j]
			if r == "–" || r == "—" {
				toks = append(toks, token{start: int32(i), end: int32(j), class: tokPunct, id: punctID['-']})
			} else if r == "’" {
				toks = append(toks, token{start: int32(i), end: int32(j), class: tokPunct, id: punctID['\'']})
			} else {
				toks = append(toks, token{start: int32(i), end: int32(j), class: tokOther})
			}
			i = j
		}
	}
	if !starter {
		return nil
	}
	return toks
}

// ordinalDays are the days of a month written as one ordinal word
// ("first" is left out: "the first hours of" is no day).
var ordinalDays = map[string]int{
	"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30,
}

// mayBeOrdinalDay is ordinalDay's first test, small enough to inline
// into lex: most words are shorter than five letters or end in neither
// "h" nor "d", and need no call.
func mayBeOrdinalDay(w string) bool {
	return len(w) >= 5 && (w[len(w)-1] == 'h' || w[len(w)-1] == 'd')
}

// ordinalDay returns the day an ordinal word names, else 0. Cheap for
// other words: only lengths 5..10 are looked up.
func ordinalDay(w string) int {
	if len(w) < 5 || len(w) > 10 || !strings.HasSuffix(w, "th") && !strings.HasSuffix(w, "nd") && !strings.HasSuffix(w, "rd") {
		return 0
	}
	var buf [10]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return ordinalDays[string(buf[:len(w)])]
}

func isOrdSuffix(s string) bool {
	switch s {
	case "st", "nd", "rd", "th", "ST", "ND", "RD", "TH":
		return true
	}
	return false
}

// atoi parses a short run of ASCII digits; it saturates instead of overflowing.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if n > 1e8 {
			return 1e9
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// punctID maps an ASCII punctuation byte to its lexicon id (0: none).
var punctID = func() (out [128]uint16) {
	for c := 0; c < 128; c++ {
		out[c] = lexIDs[string(rune(c))]
	}
	return out
}()

// slashDate returns the length of a d/d/yyyy date at the start of s whose
// order is certain (one of the first two numbers is above 12), else 0.
func slashDate(s string) int {
	var parts [3]int
	var lens [3]int
	k := 0
	for p := 0; p < 3; p++ {
		st := k
		for k < len(s) && isDigit(s[k]) && k-st < 4 {
			k++
		}
		lens[p] = k - st
		parts[p] = atoi(s[st:k])
		if p < 2 {
			if k >= len(s) || s[k] != '/' {
				return 0
			}
			k++
		}
	}
	if lens[0] < 1 || lens[0] > 2 || lens[1] < 1 || lens[1] > 2 || lens[2] != 4 ||
		(k < len(s) && (isDigit(s[k]) || s[k] == '/')) {
		return 0
	}
	if slashValue(s[:k]) == 0 {
		return 0
	}
	return k
}

// slashValue resolves a d/d/yyyy date to yyyymmdd, or 0 when its order is
// uncertain or it is no date.
func slashValue(s string) int {
	a, rest, _ := cut(s, '/')
	b, y, _ := cut(rest, '/')
	x, z, yy := atoi(a), atoi(b), atoi(y)
	var m, d int
	switch {
	case x > 12 && z <= 12:
		d, m = x, z
	case z > 12 && x <= 12:
		m, d = x, z
	default:
		return 0
	}
	if !validDate(yy, m, d) {
		return 0
	}
	return yy*10000 + m*100 + d
}

func cut(s string, sep byte) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}
