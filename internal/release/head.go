package release

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The head of a strike line, before its predicate:
//
//	[On DATE[,]] (Near|near|NEAR)+ | In   PLACE   [,] COUNT [DATE] [separate] [coalition] (air[ ])strike(s)[,]
//	    [consisting of M engagement(s)][,]
//
// "Near Abu Kamal, one strike ...", "Near Hit one strike ...", "Near Al Qaim,
// an airstrike, struck ...", "In Tikrit, 17 airstrikes ...", "Near Hajin,
// Syria, four strikes consisting of 12 engagements ...", "On Aug. 11, near
// Abu Kamal, Syria, a strike ...", "Near Raqqa, six Aug. 7 strikes ...".
// PLACE starts with a capital or a digit (or a lower-case article: "Near al
// Asad"), holds no sentence punctuation and at most maxPlaceLen bytes; the
// first COUNT + strike word after it ends it. This is matched by hand: as a
// regular expression the lazy place and the count alternation made it the
// parser's hot spot.
type strikeHead struct {
	place, n     [2]int // byte ranges in the line
	m            [2]int // engagements; {-1,-1} when not given
	date1, date2 [2]int // the line's own date, {-1,-1} when not given
	pred         int    // start of the predicate
}

const maxPlaceLen = 80

var (
	onDatePrefixRe = regexp.MustCompile(`^On\s+(` + datePattern + `),?\s+`)
	consistingRe   = regexp.MustCompile(`^\s*,?\s*consisting\s+of\s+(\S+)\s+engagements?\b`)
)

// strikeWords are the spellings of "strike" in releases ("airstike" sic).
var strikeWords = map[string]bool{
	"strike": true, "strikes": true, "airstrike": true, "airstrikes": true,
	"airstike": true, "airstikes": true, "stike": true, "stikes": true,
}

type token struct{ s, e int }

// matchStrikeHead parses the head of a strike line at the start of s.
func matchStrikeHead(s string) (strikeHead, bool) {
	none := [2]int{-1, -1}
	h := strikeHead{m: none, date1: none, date2: none}
	pos := 0
	if strings.HasPrefix(s, "On ") {
		m := onDatePrefixRe.FindStringSubmatchIndex(s)
		if m == nil {
			return h, false
		}
		h.date1, pos = [2]int{m[2], m[3]}, m[1]
	}
	near := false
	for {
		w, next := wordAt(s, pos)
		if w != "Near" && w != "near" && w != "NEAR" {
			break
		}
		near, pos = true, next
	}
	if !near {
		w, next := wordAt(s, pos)
		if w != "In" {
			return h, false
		}
		pos = next
	}
	end := min(len(s), pos+maxPlaceLen+60)
	var toks []token
	for i := pos; i < end; {
		for i < end && isSpaceByte(s[i]) {
			i++
		}
		j := i
		for j < end && !isSpaceByte(s[j]) {
			j++
		}
		if j > i {
			toks = append(toks, token{i, j})
		}
		i = j
	}
	if len(toks) < 3 || !placeStart(s, toks) {
		return h, false
	}
	word := func(k int) string { return strings.ToLower(strings.TrimRight(s[toks[k].s:toks[k].e], ",")) }
	for k := 2; k < len(toks); k++ {
		w := word(k)
		first := k // first token of the strike word ("air strike" is two)
		if !strikeWords[w] {
			if w != "strike" && w != "strikes" || word(k-1) != "air" {
				continue
			}
			first = k - 1
		}
		j := first - 1
		if j > 0 && word(j) == "coalition" {
			j--
		}
		if j > 0 && word(j) == "separate" {
			j--
		}
		date2 := none
		if j > 1 && isDigits(word(j)) {
			if _, ok := monthWords[strings.TrimRight(s[toks[j-1].s:toks[j-1].e], ".")]; ok {
				date2 = [2]int{toks[j-1].s, toks[j].e}
				j -= 2
			}
		}
		if j < 1 || strings.HasSuffix(s[toks[j].s:toks[j].e], ",") || !isCountWord(word(j)) {
			continue
		}
		ps, pe := toks[0].s, toks[j-1].e
		for pe > ps && (s[pe-1] == ',' || isSpaceByte(s[pe-1])) {
			pe--
		}
		if pe == ps || pe-ps > maxPlaceLen {
			return h, false
		}
		if strings.ContainsAny(s[ps:pe], ".;!?") {
			return h, false // the place cannot grow past sentence punctuation
		}
		h.place, h.n, h.date2 = [2]int{ps, pe}, [2]int{toks[j].s, toks[j].e}, date2
		after := toks[k].e
		if m := consistingRe.FindStringSubmatchIndex(s[after:]); m != nil && isCountWord(strings.ToLower(s[after+m[2]:after+m[3]])) {
			h.m = [2]int{after + m[2], after + m[3]}
			after += m[1]
		}
		for after < len(s) && (s[after] == ',' || isSpaceByte(s[after])) {
			after++
		}
		h.pred = after
		return h, true
	}
	return h, false
}

// wordAt is the word at pos and the position after the spaces that follow it.
func wordAt(s string, pos int) (string, int) {
	j := pos
	for j < len(s) && !isSpaceByte(s[j]) {
		j++
	}
	k := j
	for k < len(s) && isSpaceByte(s[k]) {
		k++
	}
	if k == j { // a word must be followed by space
		return "", pos
	}
	return s[pos:j], k
}

// placeStart: a place begins with a capital or a digit, or with a lower-case
// article before a capital ("al Asad").
func placeStart(s string, toks []token) bool {
	r, _ := utf8.DecodeRuneInString(s[toks[0].s:])
	if unicode.IsUpper(r) || unicode.IsDigit(r) {
		return true
	}
	if articles[s[toks[0].s:toks[0].e]] && len(toks) > 1 {
		r, _ = utf8.DecodeRuneInString(s[toks[1].s:])
		return unicode.IsUpper(r)
	}
	return false
}

func isDigits(w string) bool {
	if w == "" || len(w) > 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
