package gazetteer

import (
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/bytescan"
	"golang.org/x/text/unicode/norm"
)

// Folding turns a name or a stretch of text into a sequence of word keys so
// that the spellings reports use for one place meet in one key:
//
//	"al-Fallujah", "Falluja", "Fallūjah", "AL FALLUJAH" -> [faluja]
//	"Ar Raqqah", "Raqqa", "ar-Raqqa"                   -> [raqa]
//	"Deir ez-Zor", "Deir al-Zor", "Deir Zor"            -> [deir zor]
//	"الفلوجة", "بالفلوجة"                                 -> [فلوجه]
//
// The rules, applied identically to the index and to the text: case,
// diacritics, apostrophes and ayn/hamza signs inside a word, Arabic-script
// articles and letter variants, doubled letters, "ou" -> "u", a final "h".
// Article words (al-, el-, ar-, ash-, ...) are dropped as whole tokens by
// the tokenizer, which makes them optional on both sides.

// token is one word of text: its byte span in the original and its folded
// key (valid until the next call that reuses the buffer).
type token struct {
	start, end int
	key        []byte
	upper      bool   // first letter is an upper-case letter
	cased      bool   // first letter belongs to a script with case (Latin, ...)
	article    bool   // an Arabic article written as a separate word: al, el, ash...
	raw        uint32 // with scanner.lit: hash of the word as spelled (case, diacritics and apostrophes folded; nothing else)
}

// articles are the transliterated forms of the Arabic article "al-" (with
// its sun-letter assimilations) and of French-style "el", "ed". They are
// optional in names: "al-Bukamal" and "Bukamal" fold to the same key.
func isArticle(k []byte) bool {
	switch string(k) {
	case "al", "el", "al'", "ar", "ash", "as", "ad", "az", "at", "an", "adh",
		"ath", "ed", "es", "er", "ez", "en", "et", "ul", "ush", "ut", "ud", "ur", "uz":
		return true
	}
	return false
}

// isApostrophe reports the signs written inside transliterated Arabic words
// for ayn and hamza ("Ba'aj", "Qa’im", "Sāmarrā’"): they are dropped.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', '`', 'ʿ', 'ʾ', '′', 'ʻ', 'ʼ':
		return true
	}
	return false
}

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == 'ـ')
}

// scanner walks text word by word. It keeps one buffer for keys, so a
// whole document is folded without allocating per word.
type scanner struct {
	text string
	pos  int
	buf  []byte
	lit  bool // set token.raw
}

// next returns the next word of the text, or ok=false at the end.
func (s *scanner) next() (t token, ok bool) {
	text := s.text
	i := s.pos
	// Skip to the start of a word.
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) && !unicode.IsMark(r) && !isApostrophe(r) {
			break
		}
		i += n
	}
	if i >= len(text) {
		s.pos = i
		return token{}, false
	}
	t.start = i
	buf := s.buf[:0]
	first := true
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				if first {
					t.cased = c >= 'a'
				}
				buf = append(buf, c)
			case c >= 'A' && c <= 'Z':
				if first {
					t.upper, t.cased = true, true
				}
				buf = append(buf, c+'a'-'A')
			case c == '\'' || c == '`':
				if !s.apostropheInWord(i, 1) {
					goto done
				}
			default:
				goto done
			}
			first = false
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isApostrophe(r):
			if !s.apostropheInWord(i, n) {
				goto done
			}
		case isWordRune(r):
			if first {
				t.upper = unicode.IsUpper(r) || unicode.IsTitle(r)
				t.cased = t.upper || unicode.IsLower(r)
			}
			buf = foldRune(buf, r)
			first = false
		default:
			goto done
		}
		i += n
	}
done:
	t.end = i
	s.pos = i
	if s.lit {
		t.raw = spellHash(buf)
	}
	buf = finishKey(buf)
	s.buf = buf
	t.key = buf
	t.article = isArticle(buf)
	return t, true
}

// skipLower moves past the words that start with a lower-case ASCII letter
// and the ASCII signs between them, up to the next word that may start a
// name (Locate at the root of the automaton: no name starts at a lower-case
// word, so those need neither folding nor a look-up, and they are most
// words of English text). A word that may go on past ASCII (an apostrophe,
// a non-ASCII letter) is left to next, which knows where it ends.
func (s *scanner) skipLower() {
	text := s.text
	from, i := s.pos, s.pos
	for {
		// Lower-case letters and ASCII signs, the bulk of the text, cost
		// one table look-up each.
		i = skipUnstopped(text, i)
		if i >= len(text) {
			s.pos = i
			return
		}
		w := i // start of the word text[i] is in (letters before it are lower-case)
		for w > from && isASCIIAlnum(text[w-1]) {
			w--
		}
		c := text[i]
		switch {
		case w == i && (c == '\'' || c == '`'):
			i++ // a quote before a word
		case w == i || c >= utf8.RuneSelf || c == '\'' || c == '`':
			// A word that may start a name, or one that may go on past
			// ASCII: next decides.
			s.pos = w
			return
		default:
			// A capital or digit inside a lower-case word ("iPhone").
			for i < len(text) && isASCIIAlnum(text[i]) {
				i++
			}
			if i < len(text) && (text[i] >= utf8.RuneSelf || text[i] == '\'' || text[i] == '`') {
				s.pos = w
				return
			}
		}
	}
}

// rootStop marks the bytes skipLower looks at: capitals and digits (a word
// that may start a name), non-ASCII and the quotes that may sit inside a
// word.
var rootStop = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf || c == '\'' || c == '`'
	}
	return t
}()

// rootPass is !rootStop as 0 or 1, so that skipUnstopped tests eight
// bytes with one branch.
var rootPass = func() (t bytescan.Table) {
	for c, stop := range rootStop {
		if !stop {
			t[c] = 1
		}
	}
	return t
}()

// skipUnstopped returns the first index from i whose byte is in rootStop,
// or len(text): eight bytes a round while none is (most of a run of
// lower-case words), then byte by byte.
func skipUnstopped(text string, i int) int {
	return bytescan.Skip(text, i, &rootPass)
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// apostropheInWord reports whether the apostrophe at text[i:i+n] sits
// between letters of one word ("Ba'aj") rather than ending it ("Iraq's",
// "the militants' ").
func (s *scanner) apostropheInWord(i, n int) bool {
	text := s.text
	j := i + n
	if j >= len(text) || i == 0 {
		return false
	}
	r, m := utf8.DecodeRuneInString(text[j:])
	if !isWordRune(r) {
		return false
	}
	// A possessive 's ends the word.
	if r == 's' || r == 'S' {
		if k := j + m; k >= len(text) {
			return false
		} else if r2, _ := utf8.DecodeRuneInString(text[k:]); !isWordRune(r2) {
			return false
		}
	}
	return true
}

// foldRune appends the folded form of one non-ASCII rune.
func foldRune(buf []byte, r rune) []byte {
	if r >= 0x0600 && r <= 0x06FF {
		return foldArabic(buf, r)
	}
	if unicode.IsMark(r) {
		return buf
	}
	switch r {
	case 'ß':
		return append(buf, 's', 's')
	case 'æ', 'Æ':
		return append(buf, 'a', 'e')
	case 'œ', 'Œ':
		return append(buf, 'o', 'e')
	case 'ø', 'Ø':
		return append(buf, 'o')
	case 'ł', 'Ł':
		return append(buf, 'l')
	case 'đ', 'Đ', 'ð', 'Ð':
		return append(buf, 'd')
	case 'ı':
		return append(buf, 'i')
	case 'þ', 'Þ':
		return append(buf, 't', 'h')
	}
	// Latin letters with diacritics decompose to an ASCII base letter
	// plus marks: keep the base.
	var tmp [utf8.UTFMax]byte
	enc := utf8.AppendRune(tmp[:0], r)
	if d := norm.NFD.Properties(enc).Decomposition(); len(d) > 0 && d[0] < utf8.RuneSelf {
		c := d[0]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		return append(buf, c)
	}
	return utf8.AppendRune(buf, unicode.ToLower(r))
}

// foldArabic maps Arabic letter variants to one form and drops vowel signs
// and the tatweel, so that spelling with or without hamza seats and
// diacritics meet.
func foldArabic(buf []byte, r rune) []byte {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		r = 'ا'
	case 'ة':
		r = 'ه'
	case 'ى':
		r = 'ي'
	case 'ؤ':
		r = 'و'
	case 'ئ':
		r = 'ي'
	case 'ـ':
		return buf
	}
	if unicode.IsMark(r) {
		return buf
	}
	return utf8.AppendRune(buf, r)
}

// Arabic-script prefixes of a word: the article and the one-letter
// conjunctions and prepositions written together with it ("والفلوجة",
// "بالفلوجة"). Longest first.
var arabicPrefixes = [...]string{"وال", "بال", "فال", "كال", "لل", "ال"}

// finishKey applies the whole-word rules to a folded word in place.
func finishKey(b []byte) []byte {
	if len(b) == 0 {
		return b
	}
	if b[0] >= utf8.RuneSelf {
		for _, p := range arabicPrefixes {
			if len(b) > len(p)+4 && string(b[:len(p)]) == p { // keep >= 3 letters
				b = b[:copy(b, b[len(p):])]
				break
			}
		}
		return b
	}
	// Doubled letters and "ou" fold: "Fallujah" = "Falujah", "Boukamal" =
	// "Bukamal". (A doubled e is not folded to i, though "Misreen" is
	// "Misrin": "Rasheed", "Hameed" and "Waleed" would become Rashid, Hamid
	// and Walid, given names that are also towns.) Done in place: w never
	// passes r.
	w := 0
	for r := 0; r < len(b); r++ {
		c := b[r]
		if w > 0 && c == b[w-1] && c >= 'a' {
			continue
		}
		if c == 'u' && w > 0 && b[w-1] == 'o' {
			b[w-1] = 'u'
			continue
		}
		b[w] = c
		w++
	}
	b = b[:w]
	// A final h after a vowel is silent in transliteration: "Fallujah" =
	// "Falluja", "Raqqah" = "Raqqa".
	if n := len(b); n > 3 && b[n-1] == 'h' && isVowel(b[n-2]) {
		b = b[:n-1]
	}
	if v := genericWord(b); v != "" {
		b = append(b[:0], v...)
	}
	return b
}

// genericWord returns the one spelling of a generic first word of Arabic
// place names, "" for other words: "Maaret", "Ma'arat" and "Maarrat
// Misrin" meet, as do "Tell", "Tel" and "Tall Abyad", "Ain", "Ayn" and
// "`Ayn Issa", "Kfar" and "Kafr Nabl". The construct "-et" of Levantine
// spellings is the "-at" of the others (Maaret/Maarat, Khirbet/Khirbat).
// It runs after the rules above ("Maarrat" is "marat" by then).
func genericWord(b []byte) string {
	if len(b) < 3 || len(b) > 7 {
		return ""
	}
	switch string(b) { // a switch on bytes converted in place: no allocation
	case "maret":
		return "marat"
	case "khirbet":
		return "khirbat"
	case "qaryet":
		return "qaryat"
	case "madinet", "medinet":
		return "madinat"
	case "tel":
		return "tal"
	case "ayn", "ein":
		return "ain"
	case "kfar", "kefr", "kafar":
		return "kafr"
	case "jebel", "jbel":
		return "jabal"
	case "dayr", "dair":
		return "deir"
	case "shaykh", "shaikh":
		return "sheikh"
	case "bayt":
		return "beit"
	}
	return ""
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// foldName folds a place name into its word keys, articles dropped.
func foldName(name string) []string {
	s := scanner{text: name}
	var keys []string
	for {
		t, ok := s.next()
		if !ok {
			return keys
		}
		if t.article || len(t.key) == 0 {
			continue
		}
		keys = append(keys, string(t.key))
	}
}

// Key folds a place name the way the index does and returns its word keys
// joined by single spaces: Key("al-Fallujah") == Key("Falluja") == "faluja".
// Callers can compare place names written differently with it.
func Key(name string) string {
	keys := foldName(name)
	n := 0
	for _, k := range keys {
		n += len(k) + 1
	}
	b := make([]byte, 0, n)
	for i, k := range keys {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, k...)
	}
	return string(b)
}

// A name's spelling, as against its key: "Samarra" and "Samara" share the
// key "samara", but a text that writes "Samarra" spells the Iraqi town's
// name, not the Russian city's. Each candidate of a key keeps a small
// Bloom signature of the spellings of its names that fold to that key
// (cand.spell); a match spelled like one of them weighs more.

// spellHash is FNV-1a over a word before the whole-word rules of
// finishKey.
func spellHash(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// spellOf combines the spelling hashes of the words of a name (articles
// left out) in order.
func spellOf(acc, raw uint32) uint32 { return (acc ^ raw) * 0x9e3779b1 }

// spellBits is the two-bit signature of a spelling: a candidate holds
// the union of its spellings', so that one with three spellings answers
// "spelled like this" wrongly for about one other spelling in thirty.
func spellBits(h uint32) uint32 {
	return 1<<(h&31) | 1<<(h>>27)
}

// spelling returns the signature of the name text as written.
func spelling(text string, buf []byte) (uint32, []byte) {
	sc := scanner{text: text, buf: buf, lit: true}
	acc, n := uint32(0), 0
	for {
		t, ok := sc.next()
		if !ok {
			break
		}
		if t.article || len(t.key) == 0 {
			continue
		}
		acc, n = spellOf(acc, t.raw), n+1
	}
	if n == 0 {
		return 0, sc.buf
	}
	return spellBits(acc), sc.buf
}
