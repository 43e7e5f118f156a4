package release

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// unit is one sentence-sized stretch of the document: a bullet line, an
// <li> item, or one sentence of a paragraph. Offsets are bytes of doc.Text.
type unit struct {
	start, end int
	line       int  // physical line of start (0-based)
	piece      int  // index of the line or <li> item it came from
	bulleted   bool // the piece carried a bullet mark or was an <li>
	first      bool // first unit of its piece
	last       bool // last unit of its piece
	ownLine    bool // the piece began at the start of its physical line
}

// blockTag separates pieces of one physical line ("<li>Near Mosul, ...</li><li>Near Hit, ...").
var blockTag = regexp.MustCompile(`(?i)<\s*/?\s*(?:li|ul|ol|p|br|div|h[1-6]|tr|td|table)\b[^<>]{0,200}>`)

// edgeTag is any other tag at the edge of a piece ("<strong>Syria</strong>").
var edgeTag = regexp.MustCompile(`^<[^<>]{0,200}>`)

// abbreviations end in a period that does not end a sentence
// ("On Nov. 1, coalition", "U.S. and coalition", "Brig. Gen. Sofge").
var abbreviations = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"u.s": true, "a.m": true, "p.m": true, "gen": true, "brig": true, "col": true,
	"lt": true, "maj": true, "capt": true, "dr": true, "mr": true, "mrs": true,
	"ms": true, "st": true, "no": true, "fla": true, "sgt": true, "adm": true,
	"cmdr": true, "gov": true, "sen": true, "rep": true, "vs": true, "e.g": true,
	"i.e": true, "u.k": true, "u.n": true,
}

// segment cuts text into units, in document order. It is linear in the
// length of text.
func segment(text string) []unit {
	var units []unit
	piece := 0
	line := 0
	for ls := 0; ls <= len(text); line++ {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		pos, li, own := ls, false, true
		for _, loc := range blockTag.FindAllStringIndex(text[ls:le], -1) {
			ts, te := ls+loc[0], ls+loc[1]
			units = appendPiece(units, text, pos, ts, line, piece, li, own)
			piece++
			tag := strings.ToLower(strings.TrimLeft(text[ts+1:te], " /"))
			li = strings.HasPrefix(tag, "li") && text[ts+1] != '/'
			pos, own = te, false
		}
		units = appendPiece(units, text, pos, le, line, piece, li, own)
		piece++
		ls = le + 1
	}
	return units
}

// appendPiece trims one piece, strips its bullet and splits it into sentences.
func appendPiece(units []unit, text string, s, e, line, piece int, li, own bool) []unit {
	s, e = trimPiece(text, s, e)
	if s >= e {
		return units
	}
	bulleted := li
	if n := bulletLen(text[s:e]); n > 0 {
		bulleted = true
		s, e = trimPiece(text, s+n, e)
		if s >= e {
			return units
		}
	}
	first := len(units)
	cur := s
	for i := s; i < e; i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' && c != ':' {
			continue
		}
		j := i + 1
		for j < e && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		if j == i+1 || j >= e || !startsSentence(text[j:e]) || (c == '.' && abbreviationBefore(text, cur, i)) {
			continue
		}
		units = append(units, unit{start: cur, end: i + 1, line: line, piece: piece, bulleted: bulleted, ownLine: own})
		cur = j
		if n := bulletLen(text[cur:e]); n > 0 {
			cur, _ = trimPiece(text, cur+n, e)
		}
		i = cur - 1
	}
	if cur < e {
		units = append(units, unit{start: cur, end: e, line: line, piece: piece, bulleted: bulleted, ownLine: own})
	}
	if len(units) > first {
		units[first].first = true
		units[len(units)-1].last = true
	}
	return units
}

// trimPiece drops spaces, non-breaking spaces and inline tags at both ends.
func trimPiece(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\ufeff':
			s += n
		case r == '<':
			loc := edgeTag.FindStringIndex(text[s:e])
			if loc == nil {
				return s, e
			}
			s += loc[1]
		case strings.HasPrefix(text[s:e], "&nbsp;"):
			s += len("&nbsp;")
		default:
			goto right
		}
	}
right:
	for s < e {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\ufeff':
			e -= n
		case r == '>':
			k := strings.LastIndexByte(text[s:e], '<')
			if k < 0 || e-(s+k) > 200 {
				return s, e
			}
			e = s + k
		default:
			return s, e
		}
	}
	return s, e
}

// bulletLen is the length of the bullet mark that begins s, or 0.
func bulletLen(s string) int {
	for _, b := range bullets {
		if !strings.HasPrefix(s, b.Mark) {
			continue
		}
		rest := strings.TrimLeft(s[len(b.Mark):], " \t\u00a0")
		if b.NeedNear && !strings.HasPrefix(rest, "Near ") {
			continue
		}
		// "-5" or "--" inside prose is not a bullet unless words follow.
		if rest == "" {
			return 0
		}
		return len(b.Mark)
	}
	return 0
}

// startsSentence reports whether s can begin a new sentence after a period.
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) || r == '"' || r == '“' || r == '‘' || r == '•' || r == '*' || r == '<' {
		return true
	}
	return strings.HasPrefix(s, "vNear ")
}

// abbreviationBefore reports whether the word ending at the period text[dot]
// is an abbreviation or an initial.
func abbreviationBefore(text string, from, dot int) bool {
	k := dot
	for k > from && text[k-1] != ' ' && text[k-1] != '\t' && text[k-1] != '(' {
		k--
	}
	w := strings.ToLower(text[k:dot])
	if len(w) == 1 {
		return true // an initial: "Robert B. Sofge"
	}
	return abbreviations[w]
}

// terminal reports whether a unit ends a sentence.
func terminal(s string) bool {
	s = strings.TrimRight(s, " \t\"”’)")
	if s == "" {
		return true
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	return false
}
