package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// Document languages.
const (
	LangEnglish = "en"
	LangArabic  = "ar"
	LangOther   = "other"
)

// shortText is the word count under which trigram detection is unreliable
// and the stop-word test decides instead.
const shortText = 40

// englishStopWords are frequent function words: in any English sentence,
// in hardly any other Latin-script language as a group.
var englishStopWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "a": true,
	"is": true, "was": true, "that": true, "for": true, "on": true, "said": true,
	"with": true, "by": true, "were": true, "at": true, "from": true, "has": true,
	"have": true, "it": true, "its": true, "an": true, "as": true, "he": true,
	"she": true, "they": true, "are": true, "which": true, "this": true,
	"after": true, "been": true, "had": true, "not": true, "but": true,
}

// foreignStopWords are function words of the other Latin-script languages
// reports arrive in (French, German, Spanish, Italian, Turkish, Kurdish),
// none of them an English word.
var foreignStopWords = map[string]bool{
	"le": true, "la": true, "les": true, "des": true, "du": true, "et": true, "est": true,
	"une": true, "dans": true, "pour": true, "sur": true, "avec": true, "près": true, "selon": true,
	"der": true, "die": true, "das": true, "und": true, "auf": true, "nahe": true, "mit": true,
	"von": true, "ist": true, "ein": true, "eine": true, "bei": true, "nach": true,
	"el": true, "los": true, "las": true, "del": true, "por": true, "con": true, "una": true, "según": true,
	"di": true, "della": true, "che": true, "per": true, "sono": true,
	"ve": true, "bir": true, "ile": true, "için": true, "yakınında": true,
	"û": true, "li": true, "ji": true, "bi": true,
	"de": true,
}

// DetectLang classifies text as "en", "ar" or "other". Arabic is decided
// by script (over half the letters), since trigram models tell Arabic from
// Persian or Urdu poorly and script is unambiguous; English then by trigram
// detection, or for short texts by the share of English stop words.
func DetectLang(text string) string {
	var letters, arabic, latin int
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	switch {
	case letters == 0:
		return LangOther
	case arabic*2 > letters:
		return LangArabic
	case latin*2 <= letters:
		return LangOther
	}

	words := strings.FieldsFunc(strings.ToLower(prefix(text, 8192)), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	stop, foreign := 0, 0
	for _, w := range words {
		switch {
		case englishStopWords[w]:
			stop++
		case foreignStopWords[w]:
			foreign++
		}
	}
	if len(words) >= shortText {
		// English prose runs at 30-50% stop words. Clear cases are settled
		// here; trigram detection, the slow part of ingest, is for the rest.
		switch {
		case stop*5 >= len(words) && foreign*4 < stop:
			return LangEnglish
		case foreign*5 >= len(words) && stop*4 < foreign:
			return LangOther
		}
		if whatlanggo.DetectLang(prefix(text, 4096)) == whatlanggo.Eng {
			return LangEnglish
		}
		return LangOther
	}
	// Terse wire copy and headlines run at 10-20% stop words, or none
	// ("Coalition jets hit fuel convoy"): a short Latin-script text is
	// English unless another language's function words outnumber English ones.
	if stop*10 >= len(words) || (len(words) <= 6 && stop > 0) {
		if foreign <= stop {
			return LangEnglish
		}
	}
	if foreign > 0 {
		return LangOther
	}
	return LangEnglish
}

// normalizeLang maps a declared language ("en", "en-US", "English",
// "ara") to a document language; ok is false for an empty declaration.
func normalizeLang(s string) (lang string, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return "", false
	}
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	switch s {
	case "en", "eng", "english":
		return LangEnglish, true
	case "ar", "ara", "arb", "arabic", "العربية":
		return LangArabic, true
	}
	return LangOther, true
}

// prefix cuts s to at most n bytes on a rune boundary: trigram statistics
// settle long before the end of a long report.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
