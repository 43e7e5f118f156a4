// Package sentences splits report text into sentences, returning byte spans
// into the original text. It is rule based and linear in the input:
//
//   - blank lines end paragraphs; a single newline inside a paragraph is a soft
//     wrap (blogs break lines mid-sentence) unless the line ends a sentence,
//     the next line is a bullet, or the next line starts a new sentence;
//   - "." "!" "?" end a sentence when the next word starts with a capital, a
//     digit or an opening quote, except after the abbreviations of [abbrevs]
//     ("Col. Chris Garver", "Lt. Gen.", "Jan. 4", "U.S. aircraft");
//   - a line that opens with a field label ("Location: …") starts a sentence;
//   - bullet marks ("•", "■", "▪") and bullet lines are their own sentences.
package sentences

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/crosscheck/crosscheck/internal/bytescan"
)

// Sentence is one sentence: text[Start:End]. Para numbers the paragraph
// (hard line break or blank line) the sentence belongs to, from 0.
type Sentence struct {
	Start, End int
	Para       int
}

// titles never end a sentence: they precede a name ("Col. Chris Garver").
var titles = map[string]bool{
	"col": true, "gen": true, "lt": true, "brig": true, "maj": true, "capt": true,
	"sgt": true, "adm": true, "cmdr": true, "cdr": true, "dr": true, "mr": true,
	"mrs": true, "ms": true, "prof": true, "rep": true, "sen": true, "gov": true,
	"pres": true, "sr": true, "jr": true, "st": true, "mt": true, "ft": true,
	"no": true, "nos": true, "vs": true, "v": true, "cpl": true, "pvt": true,
	"lieut": true, "gens": true, "col.-gen": true, "hon": true, "rev": true,
	"approx": true, "est": true, "fig": true, "inc": true, "corp": true, "co": true,
	"e.g": true, "i.e": true, "etc": false,
}

// months end a sentence only when no day number follows ("Jan. 4").
var months = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// starters are words that begin a new sentence even after an initialism
// ("... with the U.S. The next day").
var starters = map[string]bool{
	"The": true, "A": true, "An": true, "It": true, "He": true, "She": true,
	"They": true, "We": true, "I": true, "But": true, "In": true, "On": true,
	"This": true, "That": true, "These": true, "Those": true, "There": true,
	"Its": true, "His": true, "Her": true, "Their": true, "After": true,
	"Before": true, "When": true, "While": true, "Later": true, "Earlier": true,
	"According": true, "Meanwhile": true, "However": true, "At": true, "And": true,
	"Some": true, "No": true, "Two": true, "Three": true, "One": true,
}

// function words: a line ending in one of them continues on the next line.
var function = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "and": true,
	"or": true, "in": true, "on": true, "at": true, "by": true, "for": true,
	"with": true, "from": true, "that": true, "as": true, "his": true, "her": true,
	"its": true, "their": true, "our": true, "my": true, "is": true, "was": true,
	"were": true, "are": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "this": true, "these": true, "those": true, "into": true,
	"near": true, "than": true, "but": true, "not": true, "who": true, "which": true,
	"after": true, "before": true, "said": true, "says": true, "some": true,
}

func isBullet(r rune) bool {
	switch r {
	case '•', '■', '▪', '●', '◦', '►', '▶':
		return true
	}
	return false
}

func isTerminal(c byte) bool { return c == '.' || c == '!' || c == '?' }

func isClosing(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»':
		return true
	}
	return false
}

// isEmphasis reports a mark that closes a bold or italic run: a blog's
// bold heading "**Amerli, 19 July.**" ends with its full stop.
func isEmphasis(r rune) bool { return r == '*' || r == '_' }

func isOpening(r rune) bool {
	switch r {
	case '"', '“', '‘', '\'', '(', '[', '«', '#', '@':
		return true
	}
	return false
}

// plain marks the ASCII bytes Split only steps over: all but line breaks,
// terminals and bullet signs.
var plain = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch c {
		case '\n', '\r', '-', '*', '.', '!', '?':
		default:
			t[c] = true
		}
	}
	return t
}()

// plainByte is plain as 0 or 1, so that skipPlain tests eight bytes with
// one branch.
var plainByte = func() (t bytescan.Table) {
	for c, p := range plain {
		if p {
			t[c] = 1
		}
	}
	return t
}()

// skipPlain returns the first index from i whose byte is not plain, or
// len(text): eight bytes a round while all are plain (most of a
// sentence's line), then byte by byte.
func skipPlain(text string, i int) int {
	return bytescan.Skip(text, i, &plainByte)
}

// Split returns the sentences of text in order.
func Split(text string) []Sentence {
	return AppendSplit(make([]Sentence, 0, len(text)/128+1), text) // news sentences run longer
}

// AppendSplit appends the sentences of text, in order, to out.
func AppendSplit(out []Sentence, text string) []Sentence {
	para := 0
	used := false // the current paragraph has a sentence
	start := -1   // start of the current sentence, -1 when between sentences
	emit := func(end int) {
		if start < 0 {
			return
		}
		e := end
		for e > start {
			r, size := utf8.DecodeLastRuneInString(text[:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= size
		}
		if e > start {
			out = append(out, Sentence{Start: start, End: e, Para: para})
			used = true
		}
		start = -1
	}
	n := len(text)
	lineStart := true
	for i := 0; i < n; {
		c := text[i]
		if c == '\n' || c == '\r' {
			// Look at the next line.
			j := i + 1
			blank := false
			for j < n {
				cj := text[j]
				if cj == '\n' {
					blank = true
				} else if cj != ' ' && cj != '\t' && cj != '\r' {
					break
				}
				j++
			}
			if blank || j >= n || hardBreak(text, start, i, j) {
				emit(i)
				if used {
					para++
					used = false
				}
			}
			i = j
			lineStart = true
			continue
		}
		if plain[c] {
			// ASCII fast path: letters, digits, spaces, other punctuation
			if start >= 0 && !lineStart {
				// Inside a sentence's line these change nothing: skip
				// the run at once.
				i = skipPlain(text, i+1)
				continue
			}
			if c == ' ' || c == '\t' {
				i++
				continue
			}
			lineStart = false
			if start < 0 {
				start = i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isBullet(r) || (lineStart && (c == '-' || c == '*') && i+1 < n && text[i+1] == ' ') {
			emit(i)
			i += size
			lineStart = false
			continue
		}
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		lineStart = false
		if start < 0 {
			start = i
		}
		if isTerminal(c) {
			// Extend over repeated terminals and closing quotes.
			k := i + 1
			for k < n && isTerminal(text[k]) {
				k++
			}
			for k < n {
				r2, s2 := utf8.DecodeRuneInString(text[k:])
				if !isClosing(r2) && !isEmphasis(r2) {
					break
				}
				k += s2
			}
			k = afterCitations(text, k)
			if k >= n {
				i = k
				continue
			}
			if text[k] != ' ' && text[k] != '\t' {
				i = k
				continue // "U.S.-led", "1.5", "e-mail.Send"
			}
			// Next word.
			m := k
			for m < n && (text[m] == ' ' || text[m] == '\t') {
				m++
			}
			if m >= n || text[m] == '\n' || text[m] == '\r' {
				i = k
				continue // the newline decides
			}
			if endsSentence(text, start, i, m) {
				emit(k)
				i = m
				continue
			}
			i = k
			continue
		}
		i += size
	}
	emit(n)
	if len(out) == 0 {
		return nil // as before the buffer was made up front
	}
	return out
}

// afterCitations skips reference marks after a sentence's end, as
// encyclopedia text writes them: "warplanes.[4][5] The ministry".
func afterCitations(text string, k int) int {
	for k < len(text) && text[k] == '[' {
		j := k + 1
		for j < len(text) && j-k <= 20 && text[j] != ']' {
			if c := text[j]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c == ' ') {
				return k
			}
			j++
		}
		if j >= len(text) || text[j] != ']' || j == k+1 {
			return k
		}
		k = j + 1
	}
	return k
}

// prevWord returns the word ending at end (exclusive), with inner periods.
func prevWord(text string, from, end int) string {
	b := end
	for b > from {
		if c := text[b-1]; c < utf8.RuneSelf {
			if wordASCII[c] || c == '.' || c == '-' {
				b--
				continue
			}
			break
		}
		r, size := utf8.DecodeLastRuneInString(text[:b])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-' {
			b -= size
			continue
		}
		break
	}
	return text[b:end]
}

func nextWord(text string, m int) string {
	e := m
	for e < len(text) {
		if c := text[e]; c < utf8.RuneSelf {
			if wordASCII[c] || c == '.' || c == '-' || c == '\'' {
				e++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-' || r == '\'' {
			e += size
			continue
		}
		break
	}
	return text[m:e]
}

// endsSentence decides whether the terminal at i (next word at m) ends one.
func endsSentence(text string, start, i, m int) bool {
	r, _ := utf8.DecodeRuneInString(text[m:])
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || isOpening(r) || isBullet(r)) {
		return false
	}
	if text[i] != '.' {
		return true
	}
	if start < 0 {
		start = 0
	}
	w := prevWord(text, start, i) // without the final period
	if w == "" {
		return true
	}
	// Lower-cased on the stack: this runs at every period before a
	// capital.
	var buf [16]byte
	lw := lowerIn(&buf, w)
	if titles[lw] {
		return false
	}
	if months[lw] {
		next := nextWord(text, m)
		return !(len(next) > 0 && next[0] >= '0' && next[0] <= '9')
	}
	// Initials and initialisms: "B.", "U.S.", "A.M."
	if isInitialism(w) {
		if lw == "a.m" || lw == "p.m" {
			return true
		}
		if len(w) == 1 {
			return false // middle initial "Robert B. Sofge"
		}
		return starters[trimPunct(nextWord(text, m))]
	}
	return true
}

// wordASCII marks the ASCII letters and digits (unicode.IsLetter or
// unicode.IsDigit below utf8.RuneSelf).
var wordASCII = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
	}
	return t
}()

// lowerIn is lower(s), made in buf when s is short enough: the result is
// only valid while buf is.
func lowerIn(buf *[16]byte, s string) string {
	if !hasUpperASCII(s) || len(s) > len(buf) {
		return lower(s)
	}
	b := buf[:len(s)]
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	return unsafe.String(&b[0], len(b))
}

func trimPunct(s string) string {
	for len(s) > 0 && (s[len(s)-1] == '.' || s[len(s)-1] == ',') {
		s = s[:len(s)-1]
	}
	return s
}

// isInitialism reports "B", "U.S", "A.M" (letters separated by periods).
func isInitialism(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	if len(w) < 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if k%2 == 0 {
			if !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
				return false
			}
		} else if c != '.' {
			return false
		}
	}
	return true
}

func lower(s string) string {
	if !hasUpperASCII(s) {
		return s // most words: no copy
	}
	b := []byte(s)
	for k, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[k] = c + 32
		}
	}
	return string(b)
}

func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// labelLine reports whether the line at next opens with a field label: one
// to four words, the first capitalised, then a colon ("Suspected
// belligerent: Coalition", "Civilians reported killed: 9-11").
func labelLine(text string, next int) bool {
	words := 1
	for i := next; i < len(text) && i < next+40; i++ {
		switch c := text[i]; {
		case c == ':':
			return i > next && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n')
		case c == ' ':
			if words++; words > 4 {
				return false
			}
		case c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		default:
			return false
		}
	}
	return false
}

// lineStart returns the start of the line that ends at nl.
func lineStart(text string, nl int) int {
	for i := nl - 1; i >= 0; i-- {
		if text[i] == '\n' {
			return i + 1
		}
	}
	return 0
}

// hardBreak decides whether the newline at nl ends the sentence; next is the
// first byte of the next non-empty line.
func hardBreak(text string, start, nl, next int) bool {
	if start < 0 {
		return true
	}
	// Last visible character of the line.
	e := nl
	for e > start && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\r') {
		e--
	}
	if e <= start {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:e])
	nr, _ := utf8.DecodeRuneInString(text[next:])
	if isBullet(nr) || ((nr == '-' || nr == '*') && next+1 < len(text) && text[next+1] == ' ') {
		return true
	}
	if isClosing(r) {
		// A closing quote or bracket ends the line's sentence only after a terminal.
		k := e - utf8.RuneLen(r)
		for k > start {
			r2, s2 := utf8.DecodeLastRuneInString(text[:k])
			if !isClosing(r2) {
				break
			}
			k -= s2
		}
		if k > start && (isTerminal(text[k-1]) || text[k-1] == ':') {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(text[:k])
		e = k
	}
	switch r {
	case '.', '!', '?', ':', ';':
		if r == '.' {
			var buf [16]byte
			w := prevWord(text, start, e-1)
			if titles[lowerIn(&buf, w)] || (isInitialism(w) && len(w) == 1) {
				return false
			}
		}
		return true
	case ',', '-', '–', '—', '(', '/', '&':
		return false
	}
	if !(unicode.IsUpper(nr) || isOpening(nr)) {
		return false
	}
	if labelLine(text, next) || labelLine(text, lineStart(text, nl)) {
		return true // a form's fields: "Location: …, Iraq\nAirwars grading: Fair"
	}
	var buf [16]byte
	w := prevWord(text, start, e)
	if function[lowerIn(&buf, w)] {
		return false
	}
	// A capitalised name wrapped over two lines ("Operation Inherent\nResolve"),
	// except in the document's first line (the headline).
	if start > 0 && w != "" {
		if fr, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(fr) && unicode.IsUpper(nr) {
			return false
		}
	}
	return true
}
