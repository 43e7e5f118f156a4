package extract

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/gazetteer"
)

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
	// The city in capitals, and perhaps the day: "DUBAI, March 13 (Agency) -".
	city, day, dated := strings.Cut(strings.TrimSpace(text[ls:start-1]), ",")
	if len(city) < 3 || len(city) > 30 || strings.ToUpper(city) != city || strings.ToLower(city) == city {
		return false
	}
	if dated && !datelineDay(strings.TrimSpace(day)) {
		return false
	}
	return datelineDash(text[end:min(len(text), end+40)])
}

// datelineDay reports the short date of a dateline: "March 13", "13 March
// 2024", "Sept. 20".
func datelineDay(s string) bool {
	return len(s) >= 3 && len(s) <= 20 && strings.ContainsAny(s, "0123456789")
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

// timeZone reports a name followed by "time": "03:53 Moscow time" is the
// clock the source reads, not where the strike fell.
func timeZone(text string, end int) bool {
	rest := text[end:]
	if !strings.HasPrefix(rest, " time") {
		return false
	}
	rest = rest[len(" time"):]
	if rest == "" {
		return true
	}
	c := rest[0]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
}

// venueLeads say where someone spoke, not where the strike was: "said
// during a press conference in Paris", "told reporters in Moscow".
var venueLeads = [...]string{"press conference in ", "news conference in ", "press briefing in ",
	"news briefing in ", "a briefing in ", "told reporters in ", "told journalists in ",
	"speaking to reporters in ", "speaking to journalists in ", "a speech in "}

// speechVenue reports a name that follows a venue lead: the place of the
// speech.
func speechVenue(text string, start int) bool {
	before := text[max(0, start-28):start]
	if !strings.HasSuffix(before, "in ") {
		return false // (the common case; every lead ends so)
	}
	for _, v := range venueLeads {
		if len(before) >= len(v) && equalLowerASCII(before[len(before)-len(v):], v) {
			return true
		}
	}
	return false
}

// baseNouns follow a base's short code in its full name: "the T4 air base".
var baseNouns = [...]string{" air base", " airbase", " airport", " airfield", " air field"}

// baseCode returns the short code that opens a located base's name ("T4"
// of "T4 air base", "H-3" of "H-3 airfield"): one or two capitals and a
// number, which the report may later write alone ("struck the command
// vehicle at T4"). It returns "" for any other name.
func baseCode(name string) string {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	for _, n := range baseNouns {
		if len(name) > len(n) && strings.EqualFold(name[len(name)-len(n):], n) {
			code := name[:len(name)-len(n)]
			if shortCode(code) {
				return code
			}
		}
	}
	return ""
}

// shortCode: one or two capitals, an optional hyphen, one or two digits.
func shortCode(s string) bool {
	i := 0
	for i < len(s) && i < 2 && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	if i == 0 {
		return false
	}
	if i < len(s) && s[i] == '-' {
		i++
	}
	d := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		d++
	}
	return i == len(s) && d >= 1 && d <= 2
}

// baseCodeMentions adds to located (sorted by start) each bare mention of
// a short base code the report first named in full ("the T4 air base near
// Tiyas" ... "at T4"): the gazetteer keeps bare codes out, as they are
// ambiguous alone, but after the full name they are that base.
func baseCodeMentions(text string, located []gazetteer.Located) []gazetteer.Located {
	n := len(located)
	for k := 0; k < n; k++ {
		code := baseCode(text[located[k].Start:located[k].End])
		if code == "" {
			continue
		}
		for from := located[k].End; ; {
			i := strings.Index(text[from:], code)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(code)
			from = end
			if start > 0 && isWordByte(text[start-1]) || end < len(text) && (isWordByte(text[end]) || text[end] == '-') {
				continue // "T40", "T4-class"
			}
			if coveredBy(located, start, end) {
				continue // "the T4 airport" again: the gazetteer has it
			}
			l := located[k]
			l.Start, l.End = start, end
			located = append(located, l)
		}
	}
	if len(located) > n {
		sort.SliceStable(located, func(i, j int) bool { return located[i].Start < located[j].Start })
	}
	return located
}

// isWordByte: an ASCII letter or digit.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// coveredBy reports [start, end) inside one of located.
func coveredBy(located []gazetteer.Located, start, end int) bool {
	for _, l := range located {
		if l.Start <= start && end <= l.End {
			return true
		}
	}
	return false
}
