package release

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// classify labels each unit, joining a statement broken over several
// physical lines ("...two ISIL tactical units and\ndestroyed two ISIL heavy
// machine guns.") into one.
func classify(text string, units []unit) []stmt {
	out := make([]stmt, 0, len(units))
	for i := 0; i < len(units); i++ {
		u := units[i]
		start, end := u.start, u.end
		s := text[start:end]
		if u.last && !terminal(s) && (isStrikeHead(s) || noStrikesRe.MatchString(s) || isTotal(s)) {
			for j := i + 1; j < len(units) && j <= i+6; j++ {
				v := units[j]
				if !v.first || !v.ownLine || v.line != units[j-1].line+1 || v.bulleted || startsStatement(text[v.start:v.end]) {
					break
				}
				end, i = v.end, j
				if !v.last || terminal(text[v.start:v.end]) {
					break
				}
			}
			s = text[start:end]
		}
		if qs, qe, ok := quotedLine(s); ok {
			// “Near Raqqah, six strikes engaged ...,” the release said: the
			// quoted line is release text, the attribution stays prose. A
			// quote without a release source around it ("Near Abu Kamal,
			// two strikes hit houses," he said) is someone else's words.
			prev := ""
			if i > 0 && units[i-1].piece == u.piece {
				prev = text[units[i-1].start:units[i-1].end]
			}
			if releaseSourceRe.MatchString(s[qe:]) || releaseSourceRe.MatchString(prev) {
				start, end = start+qs, start+qe
				s = text[start:end]
			}
		}
		st := stmt{kind: stNone, header: headerMatch(s), start: start, end: end, bulleted: u.bulleted, piece: u.piece}
		switch {
		case noStrikesRe.MatchString(s):
			st.kind = stNoStrikes
		case isStrikeLine(s, u.bulleted, &st):
			st.kind = stStrike
		case isHeading(s):
			st.kind = stHeading
		case isTotal(s):
			st.kind = stTotal
		case isCoverage(s):
			st.kind = stCoverage
		case isBoilerplate(s):
			st.kind = stBoilerplate
		case resultRe.MatchString(s):
			st.kind = stResult
		}
		out = append(out, st)
	}
	return out
}

// releaseSourceRe names a release as the source of a quoted line.
var releaseSourceRe = regexp.MustCompile(`(?i)\b(?:release|statement|summary|report|coalition|CJTF-OIR|OIR|Inherent Resolve|task force|CENTCOM|Central Command|Pentagon)\b`)

// quotedLine finds a release line inside quotation marks at the start of s
// and returns its byte range without the marks and a trailing comma.
func quotedLine(s string) (start, end int, ok bool) {
	open, n := utf8.DecodeRuneInString(s)
	var closing string
	switch open {
	case '“':
		closing = "”"
	case '"':
		closing = `"`
	case '‘':
		closing = "’"
	default:
		return 0, 0, false
	}
	if !maybeStrikeLine(s[n:]) {
		return 0, 0, false
	}
	i := strings.Index(s[n:], closing)
	if i < 0 {
		return 0, 0, false
	}
	end = n + i
	for end > n && (s[end-1] == ',' || s[end-1] == ' ') {
		end--
	}
	return n, end, end > n
}

// isCoverage reports whether s says which day(s) the release covers.
func isCoverage(s string) bool {
	return strings.Contains(s, "a.m") && windowRe.MatchString(s) ||
		strings.Contains(s, "ontinued") && (continuedRe.MatchString(s) || yesterdayRe.MatchString(s))
}

// isStrikeLine reports whether s is a "Near X, N strikes ..." line. Its
// predicate must open with a known verb ("Near the end of the year, two
// strikes were..." is prose), unless a bullet marks it as a release line
// ("- Near Haditha, an airstrike was conducted to help support friendly
// forces movement.").
// The parsed head and targets are kept in st.
func isStrikeLine(s string, bulleted bool, st *stmt) bool {
	if !maybeStrikeLine(s) {
		return false
	}
	h, ok := matchStrikeHead(s)
	if !ok {
		return false
	}
	items, ok := predicateItems(s[h.pred:])
	st.head, st.items = h, items
	return ok || bulleted
}

// findTotal finds "conducted N strikes [consisting of M engagements]" in s,
// with submatch indices as FindStringSubmatchIndex gives them. The grammar
// is tried only where "conducted" or "carried out" occurs: running it
// unanchored over every sentence is the parser's hot spot.
func findTotal(s string) []int {
	// Next occurrence of each cue at or after off; -1 once exhausted. Each
	// is searched again only after it is passed, so the scan stays linear.
	next := func(cue string, from int) int {
		if i := strings.Index(s[from:], cue); i >= 0 {
			return from + i
		}
		return -1
	}
	ci, ai := next("onduct", 0), next("arried out", 0)
	for ci >= 0 || ai >= 0 {
		i := ci
		if i < 0 || (ai >= 0 && ai < ci) {
			i = ai
		}
		at := max(i-1, 0)
		if m := totalRe.FindStringSubmatchIndex(s[at:]); m != nil {
			for k := range m {
				if m[k] >= 0 {
					m[k] += at
				}
			}
			return m
		}
		if i == ci {
			ci = next("onduct", i+1)
		} else {
			ai = next("arried out", i+1)
		}
	}
	return nil
}

// isStrikeHead reports whether s opens like a strike line.
func isStrikeHead(s string) bool {
	if !maybeStrikeLine(s) {
		return false
	}
	_, ok := matchStrikeHead(s)
	return ok
}

// maybeStrikeLine is a cheap test run before the strike-line grammar.
func maybeStrikeLine(s string) bool {
	return (strings.HasPrefix(s, "Near") || strings.HasPrefix(s, "near") || strings.HasPrefix(s, "NEAR") ||
		strings.HasPrefix(s, "In ") || strings.HasPrefix(s, "On ")) &&
		strings.Contains(s, "tr")
}

// isTotal reports whether s gives a number of strikes for a country, day or week.
func isTotal(s string) bool {
	if !strings.Contains(s, "trike") && !strings.Contains(s, "TRIKE") {
		return false // cheap test before the totals grammar
	}
	if m := findTotal(s); m != nil && totalWhoRe.MatchString(s[:m[0]]) {
		return true
	}
	return (strings.Contains(s, "occurred") || strings.Contains(s, "were conducted")) && occurredRe.MatchString(s)
}

// isBoilerplate reports whether s is a fixed sentence of releases.
func isBoilerplate(s string) bool {
	for _, b := range boilerplate {
		if strings.HasPrefix(s, b) {
			return true
		}
	}
	return false
}
