package extract

import "strings"

// Rules that decide whether a name the gazetteer found in a report's text
// is a place of the story at all, or part of another name.

// datelineAgency reports a name in the parentheses after an upper-case
// dateline place: "BAGHDAD (Meridian) -" names the agency, not a place,
// though "Meridian" is a town somewhere.
func datelineAgency(text string, start, end int) bool {
	if start < 2 || end >= len(text) || text[start-1] != '(' || text[end] != ')' {
		return false
	}
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	prefix := strings.TrimSpace(text[ls : start-1])
	if len(prefix) < 3 || len(prefix) > 30 || strings.ToUpper(prefix) != prefix || strings.ToLower(prefix) == prefix {
		return false
	}
	return datelineDash(text[end:min(len(text), end+40)])
}

// commandWords close the name of a military command called after its area:
// "the Anbar Operations Command" speaks for the army, and places none of
// its claims in Anbar.
var commandWords = words("operations")

// addressVerbs address a government by its capital: "called on Tehran to
// stop", "urged Ankara to".
var addressVerbs = [...]string{"called on ", "calling on ", "calls on ", "urged ", "urging ", "urges "}

// addressedGovernment reports a name that a source calls on or urges: the
// government addressed, not where the strike was.
func addressedGovernment(text string, start int) bool {
	before := text[max(0, start-12):start]
	for _, v := range addressVerbs {
		if strings.HasSuffix(before, v) {
			return true
		}
	}
	return false
}
