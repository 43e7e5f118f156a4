package release

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Dates as releases write them: "November 2, 2015", "Nov. 1", "Sept. 18",
// "April 5, 2018", and day first "24 April, 2018".
const monthPattern = `(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`

const datePattern = monthPattern + `\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?`

var (
	monthFirstRe = regexp.MustCompile(`\b(` + monthPattern + `)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`)
	dayFirstRe   = regexp.MustCompile(`\b(\d{1,2})\s+(` + monthPattern + `),?\s+(\d{4})\b`)
	releaseNumRe = regexp.MustCompile(`Release\s*(?:#|No\.?|Number)\s*(\d{4})(\d{2})(\d{2})-\d+`)
)

// countPattern matches a count as releases write it: "one", "an", "11",
// "twenty-one", "several".
var countPattern = buildCountPattern()

func buildCountPattern() string {
	words := make([]string, 0, len(numberWords)+len(vagueCounts))
	for w := range numberWords {
		words = append(words, w)
	}
	for w := range vagueCounts {
		words = append(words, w)
	}
	// Longest first so "eleven" is not read as "e...".
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) > len(words[j])
		}
		return words[i] < words[j]
	})
	return `(?:\d{1,3}(?:,\d{3})*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|` + strings.Join(words, "|") + `)`
}

// Statement grammars. Each is anchored at the start of a unit.
var (
	// "There were no reported strikes conducted in Syria on April 5, 2018."
	// "There were no reported strikes conducted in Syria or Iraq on April 3, 2018."
	// "There were no reported strikes conducted in Syria between July 23-26." (2018)
	// "There were no reported strikes conducted Syria yesterday." (2018, sic)
	noStrikesRe = regexp.MustCompile(`^(?:There\s+were\s+no|No)\s+(?:reported\s+)?(?:[Cc]oalition\s+)?(?:air\s?)?strikes\s+(?:were\s+)?(?:conducted\s+|reported\s+)?(?:by\s+[Cc]oalition\s+(?:military\s+)?forces\s+)?(?:in\s+)?(Syria|Iraq)(?:\s*(?:,|or|and|nor)\s+(?:in\s+)?(Syria|Iraq))?\s+(?:(?:on|for)\s+(` + datePattern + `)|(yesterday)|between\s+(` + monthPattern + `\s+\d{1,2})\s*[-–]\s*(\d{1,2})\b|between\s+(` + datePattern + `)\s+and\s+(` + datePattern + `))`)

	// "On March 14, coalition military forces conducted a strike consisting of
	// four engagements against ISIS targets near Shadaddi." (2018): a total
	// that is also the day's only line.
	totalNearRe = regexp.MustCompile(`\b(?:against|on)\s+(?:ISIS|ISIL|Daesh)\s+targets\s+near\s+(\p{Lu}[\p{L}'’\- ]{0,60}?)\s*(?:[.,;:]|$)`)
	// "The strike destroyed an ISIS-held building." after such a total.
	resultRe = regexp.MustCompile(`^The\s+(?:air\s?)?strikes?\s+`)
	// "Yesterday in Syria, coalition military forces conducted a strike..." (2018)
	yesterdayTotalRe = regexp.MustCompile(`^Yesterday\b`)

	// "Coalition military forces conducted 21 strikes in Iraq"
	// "In Syria, coalition military forces conducted 5 strikes using attack, fighter and remotely piloted aircraft"
	// "Between March 30 and April 5, Coalition military forces conducted nine strikes consisting of 11 engagements in Syria and Iraq."
	// "On April 1 in Syria, Coalition military forces conducted one strike consisting of three engagements against Daesh targets."
	totalRe    = regexp.MustCompile(`^(?i)(?:conducted|conducting|carried\s+out)\s+(?:a\s+total\s+of\s+)?(` + countPattern + `)\s+(?:additional\s+)?(?:air\s?)?strikes?\b(?:,?\s+consisting\s+of\s+(` + countPattern + `)\s+engagements?\b)?`)
	totalWhoRe = regexp.MustCompile(`(?i)\b(?:coalition|aircraft|forces|task force|partners)\b`)
	// "Additionally on Nov. 21, two strikes occurred in Syria that were previously unreported:"
	// "Additionally, 26 strikes consisting of 42 engagements were conducted in Syria and Iraq on Aug. 11-12..."
	occurredRe = regexp.MustCompile(`(?i)\b(` + countPattern + `)\s+(?:additional\s+)?(?:air\s?)?strikes?(?:\s+consisting\s+of\s+(` + countPattern + `)\s+engagements?)?\s+(?:occurred|were\s+conducted)\b`)
	// "Aug. 18-20", "Aug. 11-12"
	dayRangeRe = regexp.MustCompile(`\b(` + monthPattern + `\s+\d{1,2})\s*[-–]\s*(\d{1,2})\b`)
	// "were conducted July 15 in Syria"
	conductedDateRe = regexp.MustCompile(`\bconducted\s+(` + datePattern + `)`)
	// "the Islamic State of Iraq and Syria" names the enemy, not where the strikes were.
	enemyNameRe = regexp.MustCompile(`(?i)Islamic State of Iraq and (?:Syria|the Levant)|Islamic State in Iraq and (?:Syria|the Levant)`)
	betweenRe   = regexp.MustCompile(`\b[Bb]etween\s+(` + datePattern + `)\s+and\s+(` + datePattern + `)`)
	onDateRe    = regexp.MustCompile(`\b[Oo]n\s+(` + datePattern + `)`)
	countryRe   = regexp.MustCompile(`\b(Syria|Iraq)\b`)

	// "...which took place between 8 a.m. yesterday and 8 a.m. today."
	// "...between 8 a.m., Oct. 15, and 8 a.m., Oct. 16, local time."
	windowRe = regexp.MustCompile(`(?i)between\s+8(?::00)?\s*a\.?m\.?,?\s+(yesterday|today|[a-z]+day|` + datePattern + `),?\s+and\s+8(?::00)?\s*a\.?m\.?,?\s+(yesterday|today|[a-z]+day|` + datePattern + `)`)
	// "U.S. and coalition military forces continued to attack the Islamic State of Iraq and Syria yesterday, conducting 31 strikes..." (2017)
	yesterdayRe = regexp.MustCompile(`(?i)\bcontinued\s+to\s+attack\b[^.]{0,120}?\byesterday\b`)
	// "SOUTHWEST ASIA — On Nov. 1, coalition military forces continued to attack ISIL terrorists"
	continuedRe = regexp.MustCompile(`(?i)\bOn\s+(` + datePattern + `),?\s+(?:U\.S\.\s+and\s+)?coalition\s+(?:military\s+)?forces\s+(?:have\s+)?continued\b`)

	// "Syria", "Iraq:", "Strikes in Syria", "Airstrikes in Iraq"
	headingRe = regexp.MustCompile(`^(?:(?:Air)?[Ss]trikes\s+in\s+)?(Syria|Iraq)\s*:?$`)
	// "July 15 Strikes", "Aug. 20-22 Strikes" (2017): the day of the lines that follow.
	headingDayRe = regexp.MustCompile(`^(` + monthPattern + `\s+\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s+[Ss]trikes:?$`)
	// "Other Recent Strikes", "Earlier Strikes" (2017): lines of other, unstated days.
	headingOtherRe = regexp.MustCompile(`^(?:Other Recent|Other|Earlier|Previous|Additional|Recent)\s+[Ss]trikes:?$`)
)

var (
	headerRes  = compileHeaders()
	speakerRes = compileSpeakers()
)

func compileHeaders() []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(headerRules))
	for i, h := range headerRules {
		out[i] = regexp.MustCompile(h.Pattern)
	}
	return out
}

func compileSpeakers() []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(speakerRules))
	for i, s := range speakerRules {
		out[i] = regexp.MustCompile(`(?i)` + s.Pattern)
	}
	return out
}

// startsStatement reports whether a unit opens a release statement; a wrapped
// statement stops before the next one.
func startsStatement(s string) bool {
	return isStrikeHead(s) || noStrikesRe.MatchString(s) || isHeading(s) ||
		strings.HasPrefix(s, "On ") || strings.HasPrefix(s, "Between ") || headerMatch(s) >= 0
}

func isHeading(s string) bool {
	return headingRe.MatchString(s) || headingDayRe.MatchString(s) || headingOtherRe.MatchString(s)
}

// headerMatch is the index of the header rule s matches, or -1.
func headerMatch(s string) int {
	for i, re := range headerRes {
		if re.MatchString(s) {
			return i
		}
	}
	return -1
}

// countValue reads a count; ok is false for vague counts ("several").
func countValue(s string) (int, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if n, ok := numberWords[s]; ok {
		return n, true
	}
	if tens, ones, ok := strings.Cut(s, "-"); ok {
		return numberWords[tens] + numberWords[ones], numberWords[tens] > 0 && numberWords[ones] > 0
	}
	n, err := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
	return n, err == nil
}

// partialDate is a date as written; year 0 when the text gives none.
type partialDate struct {
	year  int
	month time.Month
	day   int
}

func monthOf(s string) time.Month {
	s = strings.ToLower(s)
	if len(s) < 3 {
		return 0
	}
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), s[:3]) {
			return m
		}
	}
	return 0
}

// parseDate reads the first date in s.
func parseDate(s string) (partialDate, bool) {
	if m := monthFirstRe.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		return validDate(y, monthOf(m[1]), d)
	}
	if m := dayFirstRe.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[3])
		return validDate(y, monthOf(m[2]), d)
	}
	return partialDate{}, false
}

func validDate(y int, m time.Month, d int) (partialDate, bool) {
	if m == 0 || d < 1 || d > 31 || (y != 0 && (y < 1990 || y > 2100)) {
		return partialDate{}, false
	}
	return partialDate{year: y, month: m, day: d}, true
}

// anchor is an explicit, full date in the document: the reference for the
// year of dates written without one.
type anchor struct {
	pos  int
	date time.Time
}

// monthWords are the month names releases write, capitalised
// ("Nov.", "Sept.", "November").
var monthWords = map[string]time.Month{
	"Jan": 1, "January": 1, "Feb": 2, "February": 2, "Mar": 3, "March": 3,
	"Apr": 4, "April": 4, "May": 5, "Jun": 6, "June": 6, "Jul": 7, "July": 7,
	"Aug": 8, "August": 8, "Sep": 9, "Sept": 9, "September": 9, "Oct": 10,
	"October": 10, "Nov": 11, "November": 11, "Dec": 12, "December": 12,
}

// findAnchors lists the full dates of text ("April 5, 2018", "24 April,
// 2018", "Release # 20151102-01") in order. It scans once for digit runs
// and looks at the words around them, which is much faster than running
// the date grammar unanchored over a long document.
func findAnchors(text string) []anchor {
	var out []anchor
	add := func(pos, y int, m time.Month, d int) {
		if pd, ok := validDate(y, m, d); ok && pd.year != 0 {
			out = append(out, anchor{pos: pos, date: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)})
		}
	}
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	for i := 0; i < len(text); {
		if !isDigit(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		start, end := i, j
		i = j
		if start > 0 && !isSpaceByte(text[start-1]) {
			continue
		}
		switch n := end - start; {
		case n <= 2:
			day, _ := strconv.Atoi(text[start:end])
			// "April 5, 2018": month before, year after.
			if m, ms := monthBefore(text, start); m != 0 {
				if y, ok := yearAfter(text, skipSuffix(text, end)); ok {
					add(ms, y, m, day)
					continue
				}
			}
			// "24 April, 2018": month and year after.
			k := end
			for k < len(text) && isSpaceByte(text[k]) {
				k++
			}
			w := k
			for w < len(text) && (text[w] >= 'a' && text[w] <= 'z' || text[w] >= 'A' && text[w] <= 'Z') {
				w++
			}
			if m, ok := monthWords[text[k:w]]; ok {
				if w < len(text) && text[w] == '.' {
					w++
				}
				if y, ok := yearAfter(text, w); ok {
					add(start, y, m, day)
				}
			}
		case n == 8 && end < len(text) && text[end] == '-':
			// "Release # 20151102-01"
			y, _ := strconv.Atoi(text[start : start+4])
			mo, _ := strconv.Atoi(text[start+4 : start+6])
			d, _ := strconv.Atoi(text[start+6 : start+8])
			if strings.Contains(text[max(0, start-14):start], "Release") {
				add(start, y, time.Month(mo), d)
			}
		}
	}
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// monthBefore reads the month word just before pos ("Nov. 1" -> November).
func monthBefore(text string, pos int) (time.Month, int) {
	k := pos
	for k > 0 && isSpaceByte(text[k-1]) {
		k--
	}
	if k == pos {
		return 0, 0
	}
	if k > 0 && text[k-1] == '.' {
		k--
	}
	e := k
	for k > 0 && (text[k-1] >= 'a' && text[k-1] <= 'z' || text[k-1] >= 'A' && text[k-1] <= 'Z') {
		k--
	}
	if k > 0 && !isSpaceByte(text[k-1]) && text[k-1] != ',' && text[k-1] != '(' {
		return 0, 0
	}
	m, ok := monthWords[text[k:e]]
	if !ok {
		return 0, 0
	}
	return m, k
}

// skipSuffix skips an ordinal suffix ("1st").
func skipSuffix(text string, pos int) int {
	for _, s := range []string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(text[pos:], s) {
			return pos + 2
		}
	}
	return pos
}

// yearAfter reads ", 2018" or " 2018" at pos.
func yearAfter(text string, pos int) (int, bool) {
	k := pos
	if k < len(text) && text[k] == ',' {
		k++
	}
	s := k
	for k < len(text) && isSpaceByte(text[k]) {
		k++
	}
	if k == s || k+4 > len(text) || k+4 < len(text) && text[k+4] >= '0' && text[k+4] <= '9' {
		return 0, false
	}
	y, err := strconv.Atoi(text[k : k+4])
	return y, err == nil
}

// nearestAnchor is the full date nearest to pos, if any.
func nearestAnchor(anchors []anchor, pos int) (time.Time, bool) {
	if len(anchors) == 0 {
		return time.Time{}, false
	}
	i := sort.Search(len(anchors), func(i int) bool { return anchors[i].pos >= pos })
	best := -1
	for _, j := range []int{i - 1, i} {
		if j < 0 || j >= len(anchors) {
			continue
		}
		if best < 0 || abs(anchors[j].pos-pos) < abs(anchors[best].pos-pos) {
			best = j
		}
	}
	return anchors[best].date, true
}

// withYear completes a date written without a year: the year that puts it
// closest to ref ("On April 1" near "April 2, 2018" is 2018; "Dec. 31" near
// "January 1, 2016" is 2015).
func withYear(d partialDate, ref time.Time) time.Time {
	if d.year != 0 {
		return time.Date(d.year, d.month, d.day, 0, 0, 0, 0, time.UTC)
	}
	var best time.Time
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		t := time.Date(y, d.month, d.day, 0, 0, 0, 0, time.UTC)
		if t.Day() != d.day {
			continue // "Feb. 29" in a year without it: time.Date would give March 1
		}
		if best.IsZero() || absDur(t.Sub(ref)) < absDur(best.Sub(ref)) {
			best = t
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// verbWords are the words of each verb rule; verbFirstWords their first
// words, a quick test before trying the rules at a position.
var verbWords, verbFirstWords = splitVerbs()

func splitVerbs() ([][]string, map[string]bool) {
	words := make([][]string, len(verbs))
	first := make(map[string]bool)
	for i, v := range verbs {
		words[i] = strings.Fields(v.Words)
		first[words[i][0]] = true
	}
	return words, first
}

// item is one target of a strike line: "two separate ISIL tactical units"
// struck -> {verb: struck, n: 2, noun: "tactical units"}.
type item struct {
	verb  string
	noun  string
	n     int
	known bool // n is a number the text gives
}

// predicateItems splits "struck two ISIL tactical units and destroyed five
// ISIL fighting positions, an ISIL rocket, and wounded an ISIL fighter" into
// items, verb by verb.
//
// ok is false when the predicate does not open with a known verb.
func predicateItems(pred string) (items []item, ok bool) {
	words := strings.Fields(pred)
	type verbAt struct{ at, len int }
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = strings.ToLower(strings.Trim(w, ",.;"))
	}
	var found []verbAt
	var rules []verbRule
	for i := 0; i < len(words); i++ {
		if !verbFirstWords[lower[i]] {
			continue
		}
		for vi, v := range verbs {
			if v.FirstOnly && i > 0 {
				continue
			}
			vw := verbWords[vi]
			if i+len(vw) > len(words) {
				continue
			}
			match := true
			for k, w := range vw {
				if lower[i+k] != w {
					match = false
					break
				}
			}
			if match {
				found = append(found, verbAt{i, len(vw)})
				rules = append(rules, v)
				i += len(vw) - 1
				break
			}
		}
	}
	if len(found) == 0 || found[0].at != 0 {
		return nil, false
	}
	prevNoun := ""
	for k, f := range found {
		end := len(words)
		if k+1 < len(found) {
			end = found[k+1].at
		}
		if rules[k].NoObject {
			items = append(items, item{verb: rules[k].Canonical})
			continue
		}
		obj := strings.Join(words[f.at+f.len:end], " ")
		// "destroyed and ISIL vehicle": a typo of "an" (13 lines of the 2014–2016 releases).
		if rest, ok := strings.CutPrefix(obj, "and "); ok {
			if next := strings.Fields(rest); len(next) > 0 && groupWords[strings.ToLower(next[0])] {
				obj = "an " + rest
			}
		}
		for _, it := range splitItems(obj) {
			it.verb = rules[k].Canonical
			if it.noun == "" {
				it.noun = prevNoun // "struck an ISIL tactical unit and struck another"
			}
			if it.noun == "" {
				continue
			}
			prevNoun = singular(it.noun)
			items = append(items, it)
		}
	}
	return items, true
}

// splitItems splits an object list at commas and at "and" before a count
// or group word, so "command and control node" stays whole.
func splitItems(obj string) []item {
	obj = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(obj), ".;,"))
	obj = strings.TrimSuffix(obj, " and")
	obj = strings.TrimSuffix(obj, ",")
	var parts []string
	for _, p := range strings.Split(obj, ",") {
		p = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "and "))
		start := 0
		for off := 0; ; {
			i := strings.Index(p[off:], " and ")
			if i < 0 {
				break
			}
			i += off
			if next := strings.Fields(p[i+5:]); len(next) > 0 && (isCountWord(next[0]) || groupWords[strings.ToLower(next[0])]) {
				parts = append(parts, p[start:i])
				start = i + 5
			}
			off = i + 5
		}
		parts = append(parts, splitMissingComma(p[start:])...)
	}
	var out []item
	for _, p := range parts {
		if it, ok := parseItem(p); ok {
			out = append(out, it)
		}
	}
	return out
}

// splitMissingComma splits "two ISIL buildings an ISIL artillery piece"
// (a comma the release left out) before a count followed by a group word.
func splitMissingComma(p string) []string {
	words := strings.Fields(p)
	var out []string
	from := 0
	for i := 1; i+1 < len(words); i++ {
		if isCountWord(words[i]) && groupWords[strings.ToLower(words[i+1])] && !isCountWord(words[i-1]) {
			out = append(out, strings.Join(words[from:i], " "))
			from = i
		}
	}
	return append(out, strings.Join(words[from:], " "))
}

func isCountWord(w string) bool {
	w = strings.ToLower(w)
	if _, ok := countValue(w); ok {
		return true
	}
	return vagueCounts[w]
}

// parseItem reads "six oil tanker trucks" -> 6 "oil tanker trucks".
func parseItem(p string) (item, bool) {
	words := strings.Fields(p)
	it := item{}
	counted := false // a count word was read, known or vague ("several")
	for len(words) > 0 {
		w := strings.ToLower(words[0])
		if !counted && isCountWord(w) {
			it.n, it.known = countValue(w)
			counted = true
		} else if !groupWords[w] { // "ISIL", "separate", "ISIL-held" are dropped
			break
		}
		words = words[1:]
	}
	if !it.known {
		it.n = 0
	}
	it.noun = strings.TrimRight(strings.Join(words, " "), ".;,")
	if it.noun == "" && !it.known {
		return it, false
	}
	return it, true
}

// singular is a rough singular of a noun phrase, for "another".
func singular(noun string) string {
	if strings.HasSuffix(noun, "ies") {
		return noun[:len(noun)-3] + "y"
	}
	if strings.HasSuffix(noun, "s") && !strings.HasSuffix(noun, "ss") {
		return noun[:len(noun)-1]
	}
	return noun
}

// headWord is the last word of a noun phrase, before any parenthesis.
func headWord(noun string) (head, modifier string) {
	if i := strings.IndexByte(noun, '('); i >= 0 {
		if strings.TrimSpace(noun[i:]) == "(VBIED)" || strings.TrimSpace(noun[i:]) == "(VBIEDs)" {
			return "vbied", ""
		}
		noun = noun[:i]
	}
	f := strings.Fields(strings.ToLower(noun))
	if len(f) == 0 {
		return "", ""
	}
	if len(f) > 1 {
		modifier = f[len(f)-2]
	}
	return strings.Trim(f[len(f)-1], ".,;"), modifier
}

// isVehicle: the head word is a vehicle ("tactical vehicle", "oil tanker
// trucks"), or the item is a vehicle bomb ("vehicle borne improvised
// explosive device (VBIED)", "vehicle-borne bomb") — but not a place or
// plant for them ("VBIED facility", "vehicle storage area").
func isVehicle(noun string) bool {
	h, mod := headWord(noun)
	lower := strings.ToLower(noun)
	if i := strings.IndexByte(lower, '('); i >= 0 {
		lower = lower[:i]
	}
	switch {
	case vehicleHeads[h]:
		return !notVehicleModifiers[mod]
	case h == "device" || h == "devices" || h == "bomb" || h == "bombs":
		return strings.Contains(lower, "vehicle")
	case h == "carrier" || h == "carriers":
		return mod == "personnel"
	}
	return false
}

func isPerson(noun string) bool {
	h, _ := headWord(noun)
	return personHeads[h]
}
