package quantity

import (
	"regexp"

	"github.com/crosscheck/crosscheck/internal/model"
)

// A stated absence of casualties is a figure: "the ministry said no one was
// killed" puts 0 against a monitor's toll of nine. Each rule gives the
// kinds its words speak of; the figure's group is unknown.
var zeroTolls = []struct {
	re    *regexp.Regexp
	kinds func(m []string) []string
}{
	// "No one was killed", "nobody was hurt", "none of them were wounded"
	{regexp.MustCompile(`(?i)\b(?:no one|no-one|nobody|none of them)\s+(?:was|were|had been|has been)\s+(killed|hurt|injured|wounded)\b`),
		func(m []string) []string { return kindsOfWord(m[1]) }},
	// "no casualties were reported", "no civilian deaths", "caused no injuries"
	{regexp.MustCompile(`(?i)\bno\s+(?:civilian\s+|human\s+)?(casualties|fatalities|deaths|injuries|victims)\b`),
		func(m []string) []string { return kindsOfWord(m[1]) }},
	// "without causing any casualties", "without injuries"
	{regexp.MustCompile(`(?i)\bwithout\s+(?:causing\s+)?(?:any\s+)?(casualties|fatalities|deaths|injuries)\b`),
		func(m []string) []string { return kindsOfWord(m[1]) }},
	// "the attack caused only material damage"
	{regexp.MustCompile(`(?i)\b(?:only|just|limited to)\s+material\s+damage\b`),
		func([]string) []string { return []string{model.CountKilled, model.CountInjured} }},
}

// mayStateZero is a case-insensitive look for the words every zero-toll
// rule contains, without allocating.
func mayStateZero(s string) bool {
	for i := 0; i+2 <= len(s); i++ {
		if !zeroFirst[s[i]] {
			continue
		}
		if i > 0 && isLetter(s[i-1]) {
			continue // inside a word
		}
		rest := s[i:]
		for _, w := range zeroAnchors {
			if len(rest) >= len(w) && equalFold(w, rest[:len(w)]) {
				return true
			}
		}
	}
	return false
}

// zeroFirst marks the bytes a zero anchor starts with, either case: one
// table load per byte of the sentence instead of three comparisons.
var zeroFirst = func() (t [256]bool) {
	for _, w := range zeroAnchors {
		t[w[0]], t[w[0]-'a'+'A'] = true, true
	}
	return t
}()

// zeroAnchors start every zero-toll rule (lower case).
var zeroAnchors = []string{"no ", "no-one", "nobody", "none ", "without ", "material "}

func kindsOfWord(w string) []string {
	switch lowerASCII(w) {
	case "killed", "fatalities", "deaths", "victims":
		return []string{model.CountKilled}
	case "hurt", "injured", "wounded", "injuries":
		return []string{model.CountInjured}
	}
	return []string{model.CountKilled, model.CountInjured} // casualties
}

// zeroFigures returns the zero tolls a sentence states. Figures runs on
// every claim, so a sentence holding none of the rules' anchor words
// ("no", "nobody", "none", "without", "material") is passed over without
// running a regular expression.
func zeroFigures(sentence string) []Figure {
	if !mayStateZero(sentence) {
		return nil
	}
	var out []Figure
	for _, z := range zeroTolls {
		for _, loc := range z.re.FindAllStringSubmatchIndex(sentence, -1) {
			m := make([]string, len(loc)/2)
			for k := range m {
				if loc[2*k] >= 0 {
					m[k] = sentence[loc[2*k]:loc[2*k+1]]
				}
			}
			for _, kind := range z.kinds(m) {
				out = append(out, Figure{Start: loc[0], End: loc[1], Count: model.Count{
					Kind: kind, Group: model.GroupUnknown, Min: model.IntPtr(0), Max: model.IntPtr(0)}})
			}
		}
	}
	return out
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
