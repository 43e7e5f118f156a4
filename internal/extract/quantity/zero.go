package quantity

import (
	"regexp"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/model"
)

// A stated absence of casualties is a figure: "the ministry said no one was
// killed" puts 0 against a monitor's toll of nine. Each rule gives the
// kinds its words speak of, and the group: civilians when the rule names
// them ("no civilians were harmed" says nothing of fighters), else unknown.
var zeroTolls = withAnchored([]zeroToll{
	// "No one was killed", "nobody was hurt", "none of them were wounded",
	// "nobody, soldier or civilian, had been killed or wounded"
	{re: regexp.MustCompile(`(?i)\b(?:no one|no-one|nobody|none of them)(?:,\s+[a-z]+\s+or\s+[a-z]+,)?\s+(?:was|were|had been|has been)\s+(killed|hurt|injured|wounded)(?:\s+or\s+(killed|hurt|injured|wounded))?\b`)},
	// "no casualties were reported", "caused no injuries"
	{re: regexp.MustCompile(`(?i)\bno\s+(?:human\s+)?(casualties|fatalities|deaths|injuries|victims)\b`)},
	// "rescuers found no dead", "there were no dead": the dead as a noun
	{re: regexp.MustCompile(`(?i)\bno\s+dead\b`), kinds: []string{model.CountKilled}},
	// "no civilian casualties", "no civilian deaths"
	{re: regexp.MustCompile(`(?i)\bno\s+civilian\s+(casualties|fatalities|deaths|injuries|victims)\b`), group: model.GroupCivilians},
	// "no civilians were harmed", "no civilian was killed", "no civilians
	// were injured or killed"
	{re: regexp.MustCompile(`(?i)\bno\s+civilians?\s+(?:was|were|had been|have been|has been)\s+(killed|hurt|injured|wounded|harmed)(?:\s+or\s+(killed|hurt|injured|wounded))?\b`), group: model.GroupCivilians},
	// "no patients were killed", "no residents were hurt": people whose
	// noun gives their group (zeroNounGroup); not a force's own ("no
	// soldiers were wounded" says nothing of the strike's toll)
	{re: regexp.MustCompile(`(?i)\bno\s+([a-z]+)\s+(?:was|were|had been|have been|has been)\s+(killed|hurt|injured|wounded|harmed)(?:\s+or\s+(killed|hurt|injured|wounded))?\b`), noun: true},
	// "no indication of civilian casualties", "no indications at this time
	// that any civilians were harmed": the striking side's own word that no
	// civilians were hit
	{re: regexp.MustCompile(`(?i)\bno\s+(?:initial\s+)?(?:indications?|signs?|evidence)"?(?:\s+at\s+(?:this|that)\s+(?:time|stage|point))?"?\s+of\s+(?:any\s+)?civilian\s+(casualties|fatalities|deaths|injuries|victims)\b`), group: model.GroupCivilians},
	{re: regexp.MustCompile(`(?i)\bno\s+(?:initial\s+)?(?:indications?|signs?|evidence)"?(?:\s+at\s+(?:this|that)\s+(?:time|stage|point))?"?\s+that\s+(?:any\s+)?civilians?\s+(?:was|were|had been|have been|has been)\s+(killed|hurt|injured|wounded|harmed)(?:\s+or\s+(killed|hurt|injured|wounded|harmed))?\b`), group: model.GroupCivilians},
	// "none of the dead were civilians"
	{re: regexp.MustCompile(`(?i)\bnone\s+of\s+the\s+(?:dead|killed|victims)\s+(?:was|were)\s+civilians?\b`), kinds: []string{model.CountKilled}, group: model.GroupCivilians},
	// "none of the 13 drones caused casualties", "none of them inflicted
	// any injuries": each of the weapons fired harmed no one
	{re: regexp.MustCompile(`(?i)\bnone\s+of\s+(?:them\s+|the\s+(?:[a-z0-9\-]+\s+){1,3}?)(?:caused|inflicted|resulted\s+in)\s+(?:any\s+)?(casualties|fatalities|deaths|injuries)\b`)},
	// "without causing any casualties", "without injuries", "without
	// damage or casualties" (the damage named first says nothing of people)
	{re: regexp.MustCompile(`(?i)\bwithout\s+(?:causing\s+)?(?:any\s+)?(?:(?:material\s+)?damage\s+(?:or|and)\s+)?(casualties|fatalities|deaths|injuries)\b`)},
	// "carried out without any civilian casualties"
	{re: regexp.MustCompile(`(?i)\bwithout\s+(?:causing\s+)?(?:any\s+)?civilian\s+(casualties|fatalities|deaths|injuries)\b`), group: model.GroupCivilians},
	// "the attack did not result in any losses", "did not cause any
	// casualties": starts at the negation, which followCounts reads
	{re: regexp.MustCompile(`(?i)^not\s+(?:result(?:ed)?\s+in|cause[ds]?|lead\s+to|led\s+to|leave|leaves)\s+any\s+(?:human\s+)?(casualties|fatalities|deaths|injuries|losses)\b`), negated: true},
	// "the attack caused only material damage"
	{re: regexp.MustCompile(`(?i)\b(?:only|just|limited to)\s+material\s+damage\b`), kinds: []string{model.CountKilled, model.CountInjured}, anywhere: true},
})

// zeroToll is one rule of zeroTolls.
type zeroToll struct {
	re      *regexp.Regexp
	kinds   []string // nil: the kinds of the word the expression captures
	group   string   // "": unknown
	negated bool     // the rule starts at "not": run only on a sentence holding it
	noun    bool     // the first capture is the noun counted, its group from zeroNounGroup
	// anywhere: a match may start before the anchor word ("only material
	// damage"); every other rule's match starts at a zero anchor and is
	// looked for only there, with anchored
	anywhere bool
	anchored *regexp.Regexp // re held to the start of the text
}

// withAnchored fills the anchored expression of each rule tried at its
// anchors (not a negated or an anywhere rule: they never use one).
func withAnchored(rules []zeroToll) []zeroToll {
	for k := range rules {
		if !rules[k].negated && !rules[k].anywhere {
			rules[k].anchored = regexp.MustCompile(`^(?:` + rules[k].re.String() + `)`)
		}
	}
	return rules
}

// zeroSide is a zero toll limited to one side: "no casualties among
// Iraqi forces", "no losses in the ranks of the army". The words after it name the side.
var zeroSide = regexp.MustCompile(`(?i)^\s+(?:among|in\s+the\s+ranks\s+of|within)\s+(?:the\s+|its\s+|their\s+|our\s+)?([a-z.\-]+)(?:\s+([a-z\-]+))?`)

// zeroOfOneSide reports a zero toll limited to one side by the words after
// it (rest), and that side: civilians when it names them, else "" (the
// zero of a force says nothing of the strike's toll).
func zeroOfOneSide(rest string) (string, bool) {
	loc := zeroSide.FindStringSubmatchIndex(rest)
	if loc == nil {
		return "", false
	}
	for _, g := range [][2]int{{loc[2], loc[3]}, {loc[4], loc[5]}} {
		if g[0] < 0 {
			continue
		}
		switch strings.ToLower(rest[g[0]:g[1]]) {
		case "civilian", "civilians", "residents", "locals", "villagers", "population":
			return model.GroupCivilians, true
		case "personnel", "staff":
			return "", false // "no losses among the personnel of the base": the people at the place struck
		}
	}
	return "", true
}

// mayStateZero is a case-insensitive look for the words every zero-toll
// rule contains, without allocating: a whole word (the rules allow any
// space after it, "no\ncasualties"), which prescan finds in its pass.
func mayStateZero(s string) bool {
	zero, _ := prescan(s)
	return zero
}

// zeroAnchor reports whether the word w (ASCII letters) is one of
// zeroAnchors, in any case.
func zeroAnchor(w string) bool {
	for _, a := range zeroAnchors {
		if equalFold(a, w) {
			return true
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
var zeroAnchors = []string{"no", "nobody", "none", "without", "material", "not"}

// negationAnchor starts the negated rules; a sentence holding only it runs
// only those (it is common, the regular expressions are not cheap).
const negationAnchor = "not"

// negatedMatches runs re, anchored at its start, at each "not" of
// sentence: a search from every byte costs several times the whole parse.
func negatedMatches(re *regexp.Regexp, sentence string) [][]int {
	var out [][]int
	for i, j := nextWord(sentence, 0); i < len(sentence); i, j = nextWord(sentence, j) {
		if !equalFold(negationAnchor, sentence[i:j]) || !negatedVerbAt(sentence, j) {
			continue
		}
		if loc := re.FindStringSubmatchIndex(sentence[i:]); loc != nil {
			for k := range loc {
				if loc[k] >= 0 {
					loc[k] += i
				}
			}
			out = append(out, loc)
		}
	}
	return out
}

// negatedVerbs start the verbs the negated rule allows after "not"
// ("result", "cause", "lead", "led", "leave"), lower case: two letters,
// none with another case fold than its ASCII one (the expression's (?i)
// also matches "ſ" for "s").
var negatedVerbs = [...]string{"re", "ca", "le"}

// negatedVerbAt reports whether the "not" ending at j is followed by
// white space and a word the negated rule could match: most "not"s are
// not ("did not say", "could not be reached"), and the expression costs
// a hundred times this look.
func negatedVerbAt(s string, j int) bool {
	k := j
	for k < len(s) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r' || s[k] == '\f') {
		k++
	}
	if k == j || k+2 > len(s) {
		return false
	}
	for _, v := range negatedVerbs {
		if equalFold(v, s[k:k+2]) {
			return true
		}
	}
	return false
}

// anchorsIn appends to starts the offsets of the zero anchors of sentence
// other than "not", and reports whether it holds "not": whole words of
// any case.
func anchorsIn(s string, starts []int) (_ []int, negated bool) {
	for i, j := nextWord(s, 0); i < len(s); i, j = nextWord(s, j) {
		if w := s[i:j]; byteClass[s[i]]&classZeroFirst != 0 && zeroAnchor(w) {
			if equalFold(negationAnchor, w) {
				negated = true
			} else {
				starts = append(starts, i)
			}
		}
	}
	return starts, negated
}

// anchoredMatches returns what re.FindAllStringSubmatchIndex would of a
// rule whose match opens with a word boundary and a zero anchor, given its
// anchored form and the anchors' offsets: the expression tried at each
// anchor only (from every byte, it cost most of a quoted sentence's
// parse). An anchor after a digit or "_" has no word boundary before it;
// one inside the last match is passed over, as a search resumes after it.
func anchoredMatches(anchored *regexp.Regexp, sentence string, starts []int) [][]int {
	var out [][]int
	end := 0
	for _, i := range starts {
		if i < end || i > 0 && asciiWordByte(sentence[i-1]) {
			continue
		}
		loc := anchored.FindStringSubmatchIndex(sentence[i:])
		if loc == nil {
			continue
		}
		for k := range loc {
			if loc[k] >= 0 {
				loc[k] += i
			}
		}
		out = append(out, loc)
		end = loc[1]
	}
	return out
}

// asciiWordByte reports a byte \b counts as a word character.
func asciiWordByte(c byte) bool {
	return byteClass[c]&(classLetter|classDigit) != 0 || c == '_'
}

// nextWord returns the bounds of the first run of letters in s at or after
// i (start len(s) when there is none).
func nextWord(s string, i int) (start, end int) {
	for i < len(s) && byteClass[s[i]]&classLetter == 0 {
		i++
	}
	end = i
	for end < len(s) && byteClass[s[end]]&classLetter != 0 {
		end++
	}
	return i, end
}

// unionKinds returns the kinds of a and b, each once, killed first.
func unionKinds(a, b []string) []string {
	if slices.Equal(a, b) {
		return a
	}
	return []string{model.CountKilled, model.CountInjured}
}

// zeroNounGroup returns the group of the people a zero toll names ("no
// patients were killed": civilians; "no people": unknown), and false for a
// noun that is not one of them, or names a force or fighters, whose zero is
// not the strike's toll. Civilians themselves have their own rule.
func zeroNounGroup(noun string) (string, bool) {
	idx, ok := vocabulary[strings.ToLower(noun)]
	if !ok || entries[idx].head == nil {
		return "", false
	}
	h := entries[idx].head
	if h.cls != clsHuman || h.one {
		return "", false
	}
	switch {
	case h.group == model.GroupCivilians && !strings.HasPrefix(strings.ToLower(noun), "civilian"):
		return h.group, true
	case h.group == model.GroupChildren || h.group == model.GroupMedics:
		return h.group, true
	case h.group == "" && (strings.EqualFold(noun, "people") || strings.EqualFold(noun, "persons")):
		return model.GroupUnknown, true
	}
	return "", false
}

func kindsOfWord(w string) []string {
	switch strings.ToLower(w) {
	case "killed", "fatalities", "deaths", "victims":
		return []string{model.CountKilled}
	case "injured", "wounded", "injuries":
		return []string{model.CountInjured}
	}
	// casualties; "nobody was hurt" (or harmed) says no one was killed either
	return []string{model.CountKilled, model.CountInjured}
}

// ZeroTolls returns the zero tolls a sentence states ("there were no
// deaths", "nobody was hurt"), with their spans.
func ZeroTolls(sentence string) []Figure {
	if !mayStateZero(sentence) {
		return nil
	}
	return zeroFigures(sentence)
}

// zeroFigures returns the zero tolls a sentence states. Figures runs on
// every claim, so it is called only for a sentence holding one of the
// rules' anchor words ("no", "nobody", "none", "without", "material"; see
// prescan): the others are passed over without running a regular
// expression.
func zeroFigures(sentence string) []Figure {
	var out []Figure
	var startsBuf [8]int
	starts, negated := anchorsIn(sentence, startsBuf[:0])
	plain := len(starts) > 0
	for _, z := range zeroTolls {
		if z.negated && !negated || !z.negated && !plain {
			continue
		}
		var locs [][]int
		switch {
		case z.negated:
			locs = negatedMatches(z.re, sentence)
		case z.anywhere:
			locs = z.re.FindAllStringSubmatchIndex(sentence, -1)
		default:
			locs = anchoredMatches(z.anchored, sentence, starts)
		}
		for _, loc := range locs {
			group := z.group
			word := loc[2:] // the captures of the kinds' words
			if z.noun {
				var ok bool
				if group, ok = zeroNounGroup(sentence[loc[2]:loc[3]]); !ok {
					continue
				}
				word = loc[4:]
			}
			kinds := z.kinds
			if kinds == nil {
				kinds = kindsOfWord(sentence[word[0]:word[1]])
				if len(word) > 3 && word[2] >= 0 { // "killed or wounded": both
					kinds = unionKinds(kinds, kindsOfWord(sentence[word[2]:word[3]]))
				}
			}
			switch side, ok := zeroOfOneSide(sentence[loc[1]:]); {
			case ok && side == model.GroupCivilians:
				group = side // "no casualties among civilians"
			case ok:
				continue // "no casualties among Iraqi forces": not the strike's toll
			}
			if group == "" {
				group = model.GroupUnknown
			}
			for _, kind := range kinds {
				out = append(out, Figure{Start: loc[0], End: loc[1], Count: model.Count{
					Kind: kind, Group: group, Min: model.IntPtr(0), Max: model.IntPtr(0)}})
			}
		}
	}
	return out
}
