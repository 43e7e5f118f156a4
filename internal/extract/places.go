package extract

import (
	"slices"
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
	ls := lineStartWithin(text, start, datelineAgencyReach)
	if ls < 0 {
		return false // a dateline's city and day are short: a longer line is prose
	}
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

// datelineAgencyReach bounds how far before the agency's parenthesis the
// line may start: a city of 30 bytes, a comma, a day of 20, and spaces.
const datelineAgencyReach = 80

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

// capitalStanceVerbs follow a capital that speaks or judges for its
// government: "Washington believed", "Moscow denied", "Ankara has blamed".
var capitalStanceVerbs = words("said", "says", "believed", "believes", "thinks", "suspects", "suspected",
	"assessed", "assesses", "concluded", "denied", "denies", "blamed", "blames", "accused", "accuses",
	"insisted", "insists", "maintained", "maintains", "rejected", "rejects", "claimed", "claims")

// townPrepositions make the name that follows them a place, whatever
// verb comes next.
var townPrepositions = words("of", "in", "from", "near", "at", "around", "outside", "inside", "on")

// capitalVoicePlace reports a capital named as the subject of a verb of
// speech or judgement ("said Washington believed the militia had carried it
// out"): its government speaks, and the capital is not where the strike
// fell.
func capitalVoicePlace(text string, start, end int) bool {
	if end >= len(text) || text[end] != ' ' || capitalStates[lowerASCII(text[start:end])] == "" {
		return false
	}
	if townPrepositions.has(lowerASCII(lastWord(text[max(0, start-12):start]))) {
		return false // "residents of Damascus said": the town is where they live
	}
	w := lowerASCII(nextWordOf(text, end))
	if w == "has" || w == "had" || w == "have" {
		w = lowerASCII(nextWordOf(text, end+1+len(w)))
	}
	return capitalStanceVerbs.has(w)
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

// saidInLeads before a town followed by "that" make it where the words
// were spoken: "the command said in Baghdad that 56 militants had been
// killed".
var saidInLeads = [...]string{"said in ", "says in ", "announced in ", "stated in ", "declared in "}

// saidInVenue reports a town between a verb of speech with "in" and the
// "that" of what was said.
func saidInVenue(text string, start, end int) bool {
	if !strings.HasPrefix(text[end:], " that ") {
		return false
	}
	before := text[max(0, start-16):start]
	for _, v := range saidInLeads {
		if strings.HasSuffix(before, v) {
			return true
		}
	}
	return false
}

// clockVenue reports a town named with the hour a statement came, before
// the clause of speech: "By midday in Washington, a defence spokesman said
// ...". The hour is the speaker's; the town is where the speaker was. A
// clause that goes on without speech ("By nightfall in Mosul, rescuers had
// pulled out 12 bodies") keeps its place.
func clockVenue(text string, start, end int) bool {
	before := text[max(0, start-32):start]
	lead, ok := strings.CutSuffix(before, " in ")
	if !ok {
		return false
	}
	k := strings.LastIndex(strings.ToLower(lead), "by ")
	if k < 0 || k > 0 && lead[k-1] != ' ' && lead[k-1] != '\n' || !clockWords.has(lowerASCII(lastWord(lead[k+len("by "):]))) {
		return false
	}
	if end >= len(text) || text[end] != ',' {
		return false
	}
	return speechAhead(text[end:min(len(text), end+clockSpeechWindow)])
}

// clockWords end the hour of "by midday in", "by 3 p.m. in".
var clockWords = words("midday", "noon", "midnight", "morning", "afternoon", "evening", "nightfall", "dawn", "m", "gmt", "utc")

// clockSpeechWindow bounds how far after "By midday in Washington," the
// verb of speech is looked for.
const clockSpeechWindow = 90

// speechAhead reports a verb of speech in s: "a spokesman said".
func speechAhead(s string) bool {
	return containsAny(s, speechAheadWords[:])
}

var speechAheadWords = [...]string{" said", " told ", " says ", " announced", " stated"}

// lastWord gives the last run of ASCII letters in s ("m" of "3 p.m.").
func lastWord(s string) string {
	e := len(s)
	for e > 0 && !isASCIILetter(s[e-1]) {
		e--
	}
	b := e
	for b > 0 && isASCIILetter(s[b-1]) {
		b--
	}
	return s[b:e]
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// diplomacyNouns after a place name make it the name of a negotiation or
// its outcome: "the Sochi agreement", "the Astana talks", "the Minsk
// accords". The town is where diplomats met, not where a strike fell.
// "ceasefire" and "truce" are left out: "the Idlib ceasefire" names the
// area the truce covers, which strikes also hit.
var diplomacyNouns = words("agreement", "agreements", "arrangement", "arrangements", "accord", "accords",
	"talks", "process", "format", "memorandum", "summit", "deal", "understanding", "understandings",
	"declaration", "protocol", "negotiations")

// diplomacyLeads before a name say it is where diplomats met: "talks in
// Geneva", "the summit in Sochi".
var diplomacyLeads = [...]string{"talks in ", "summit in ", "negotiations in ", "signed in ", "agreed in "}

// diplomaticVenue reports a name that names a negotiation ("the Sochi
// agreement", "the Astana and Sochi arrangements", where the first name
// shares the noun of the second) or follows a lead that makes it a venue
// of diplomacy ("talks in Geneva").
func diplomaticVenue(text string, start, end int) bool {
	before := text[max(0, start-20):start]
	for _, v := range diplomacyLeads {
		if len(before) >= len(v) && equalLowerASCII(before[len(before)-len(v):], v) {
			return true
		}
	}
	if diplomatBefore(text, start) {
		return true
	}
	rest := text[end:min(len(text), end+60)]
	if r, ok := strings.CutPrefix(rest, " and "); ok {
		rest = skipCapitalised(r)
	}
	if rest == "" || rest[0] != ' ' {
		return false // "Sochi," or "Sochi.": no noun of its own
	}
	return diplomacyNouns.has(lowerASCII(nextWordOf(rest, 0)))
}

// diplomatNouns name envoys and missions: "recalled its ambassador from
// Ankara", "the embassy in Baghdad", "its chargé d'affaires in Ankara".
var diplomatNouns = words("ambassador", "ambassadors", "envoy", "envoys", "embassy", "embassies",
	"consulate", "consul", "diplomat", "diplomats", "affaires")

// diplomatBefore reports a name after a diplomat noun and a preposition
// ("ambassador to Ankara", "embassy in Baghdad"): the seat of a mission.
func diplomatBefore(text string, start int) bool {
	before := text[max(0, start-40):start]
	for _, p := range [...]string{" from ", " to ", " in "} {
		if w, ok := strings.CutSuffix(before, p); ok {
			k := len(w) // the letters before the preposition: "affaires" of "d'affaires"
			for k > 0 && isASCIIAlnum(w[k-1]) {
				k--
			}
			return diplomatNouns.has(lowerASCII(w[k:]))
		}
	}
	return false
}

// skipCapitalised returns s after its leading capitalised words ("Sochi
// arrangements" -> " arrangements"), or s when it opens with none.
func skipCapitalised(s string) string {
	i := 0
	for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		j := i + 1
		for j < len(s) && (isASCIIAlnum(s[j]) || s[j] == '-' || s[j] == '\'') {
			j++
		}
		if j < len(s) && s[j] == ' ' && j+1 < len(s) && s[j+1] >= 'A' && s[j+1] <= 'Z' {
			i = j + 1
			continue
		}
		return s[j:]
	}
	return s
}

// turnVocative reports a one-word name that opens a transcript's turn and
// is set off by a comma: "CORRESPONDENT: Anna, the ministry now says ..."
// addresses the presenter by name, though "Anna" names a town somewhere.
func turnVocative(text string, start, end int) bool {
	if end >= len(text) || text[end] != ',' || strings.ContainsRune(text[start:end], ' ') {
		return false
	}
	// The colon first: looking back to the line's start for every name
	// would read a long paragraph once per name.
	p := start
	for p > 0 && text[p-1] == ' ' {
		p--
	}
	if p == 0 || text[p-1] != ':' {
		return false
	}
	// The label reads at most labelReach bytes to its colon: a line
	// starting further back holds prose before the name, not a label.
	ls := lineStartWithin(text, p, labelReach)
	return ls >= 0 && upperLabelOpens(text[ls:p])
}

// recallWindow bounds how far back a "recalling" clause is looked for.
const recallWindow = 100

// inRecallClause reports a name inside a participial clause that recalls
// earlier events ("..., recalling the strikes that hit positions near
// al-Qaim in past years"): the name is where those happened, not where the
// strike of the sentence fell.
func inRecallClause(text string, start int) bool {
	before := text[max(0, start-recallWindow):start]
	if !strings.Contains(before, ", recalling ") {
		return false // the common case, by the fast forward search
	}
	k := strings.LastIndex(before, ", recalling ")
	return k >= 0 && !strings.ContainsAny(before[k:], ".;!?\n")
}

// landmarkNouns name a war or a turn of one that "since the ..." counts
// from: "the first troops killed since the war in Gaza began".
var landmarkNouns = words("war", "conflict", "uprising", "revolution", "crisis", "invasion", "offensive")

// sinceWindow bounds how far back "since the" is looked for.
const sinceWindow = 40

// inSinceLandmark reports a name in a "since the war in X" phrase: the
// place of the war a time is counted from, not where the strike fell.
func inSinceLandmark(text string, start int) bool {
	before := text[max(0, start-sinceWindow):start]
	if !strings.Contains(before, "since the ") {
		return false // most places: Contains is a short SIMD search, LastIndex hashes every byte
	}
	k := strings.LastIndex(before, "since the ")
	if strings.ContainsAny(before[k:], ".,;!?\n") {
		return false
	}
	rest := before[k+len("since the "):]
	for rest != "" {
		w, r, _ := strings.Cut(rest, " ")
		if landmarkNouns.has(lowerASCII(w)) {
			return true
		}
		rest = r
	}
	return false
}

// reliefLeads open a clause saying what an attack was meant to relieve or
// draw attention from: "an attempt to relieve the pressure on the gangs in
// Mosul". The town is the other front, not where the attack was.
var reliefLeads = [...]string{"relieve the pressure on ", "relieve pressure on ", "ease the pressure on ",
	"ease pressure on ", "divert attention from ", "draw attention away from ", "distract from "}

// reliefWindow bounds how far back a relief lead is looked for.
const reliefWindow = 60

// inReliefClause reports a name inside a relief clause of the same
// sentence.
func inReliefClause(text string, start int) bool {
	before := text[max(0, start-reliefWindow):start]
	if !strings.Contains(before, "ressure on ") && !strings.Contains(before, "ttention") && !strings.Contains(before, "istract from ") {
		return false // no lead's distinctive word: skip the lower-casing
	}
	before = strings.ToLower(before)
	for _, v := range reliefLeads {
		if k := strings.LastIndex(before, v); k >= 0 && !strings.ContainsAny(before[k:], ".;!?\n") {
			return true
		}
	}
	return false
}

// answerLeads open the clause naming the attack a strike answers: "in
// retaliation for the 7 June attacks in Tehran", "in response to rocket
// fire on Tuesday". Its place and day are the answered attack's.
var answerLeads = [...]string{"retaliation for ", "response to ", "revenge for ", "reprisal for ",
	"reprisals for ", "to avenge ", "retaliate for "}

// answerWindow bounds how far back an answer lead is looked for.
const answerWindow = 60

// inAnswerClause reports a place or date at start inside an answer clause
// of the same sentence and clause (no comma between): where and when the
// attack answered happened, not the strike told.
func inAnswerClause(text string, start int) bool {
	before := text[max(0, start-answerWindow):start]
	if !strings.Contains(before, "for ") && !strings.Contains(before, "to ") && !strings.Contains(before, "avenge ") {
		return false // no lead's last word: most places and dates
	}
	lo := max(0, start-answerWindow)
	for _, v := range answerLeads {
		if k := strings.LastIndex(before, v); k >= 0 && !strings.ContainsAny(before[k:], ".,;:!?()\"\n") {
			return answeringStrikeBefore(text, lo+k)
		}
	}
	return false
}

// answerSentenceWindow bounds how far back the answering strike's verb is
// looked for.
const answerSentenceWindow = 240

// answeringVerbs tell the strike that answers: "launched six missiles ...
// in retaliation for". Without one ("These operations are in response to
// the attack of Aug. 26 at the airport") the sentence tells the attack
// answered, and its day and place stand.
var answeringVerbs = words("struck", "strike", "launched", "fired", "bombed", "shelled", "hit", "targeted",
	"pounded", "raided", "attacked", "shot", "launch", "fire")

// answeringStrikeBefore reports a verb of striking in the sentence before
// the answer lead at lead.
func answeringStrikeBefore(text string, lead int) bool {
	before := text[max(0, lead-answerSentenceWindow):lead]
	if i := strings.LastIndexAny(before, ".!?\n"); i >= 0 {
		before = before[i+1:]
	}
	for _, f := range strings.Fields(before) {
		if answeringVerbs.has(lowerASCII(strings.Trim(f, ",;:\"'"))) {
			return true
		}
	}
	return false
}

// launchFromVerbs say that what follows "from" is where weapons were fired
// or flew from: "launched six missiles from Kermanshah".
var launchFromVerbs = words("launched", "fired", "launching", "firing", "launch", "fire", "flew", "flown", "took")

// launchWindow bounds how far before "from" its launch verb may stand.
const launchWindow = 48

// launchedFrom reports a place that "from" introduces after a verb of
// launching in the same clause: the launch site, not where the strike fell.
func launchedFrom(text string, l gazetteer.Located) bool {
	if l.Where.Relation != "from" {
		return false
	}
	before := text[max(0, l.Start-launchWindow):l.Start]
	if i := strings.LastIndexAny(before, ".,;:!?\n"); i >= 0 {
		before = before[i+1:]
	}
	for _, f := range strings.Fields(before) {
		if launchFromVerbs.has(lowerASCII(f)) {
			return true
		}
	}
	return false
}

// firingPositionNouns name where fire comes from: "shelling from army
// positions near Kafr Nubl", "rockets fired from areas around Sirte".
var firingPositionNouns = words("positions", "position", "areas", "area", "lines", "posts", "outposts", "batteries")

// firedFromPositions reports a place a "from … positions" phrase locates:
// "artillery fire from government positions near Saraqib hit the town of
// Binnish": where the fire came from, not where it fell.
func firedFromPositions(text string, l gazetteer.Located) bool {
	if l.Where.Relation == "" || l.Where.Relation == "from" {
		return false
	}
	before := text[max(0, l.Start-launchWindow):l.Start]
	if i := strings.LastIndexAny(before, ".,;:!?\n"); i >= 0 {
		before = before[i+1:]
	}
	fields := strings.Fields(before)
	for k := len(fields) - 1; k >= 0 && k >= len(fields)-6; k-- {
		if !strings.EqualFold(fields[k], "from") {
			continue
		}
		for _, f := range fields[k+1:] {
			if firingPositionNouns.has(lowerASCII(f)) {
				return true
			}
		}
		return false
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
//
// Each code's mentions are searched once, after its first full name: a
// later full name would find only mentions the first search found (a
// report naming a base a hundred times stays linear). The bare mentions
// added never cover another one (a code ends before a letter, digit or
// hyphen, and only those make a code), so the cover test reads the
// gazetteer's places alone.
func baseCodeMentions(text string, located []gazetteer.Located) []gazetteer.Located {
	n := len(located)
	var searched []string
	var cover coverIndex
	for k := 0; k < n; k++ {
		code := baseCode(text[located[k].Start:located[k].End])
		if code == "" || slices.Contains(searched, code) {
			continue
		}
		if searched == nil {
			cover = newCoverIndex(located[:n])
		}
		searched = append(searched, code)
		for from := located[k].End; ; {
			i := strings.Index(text[from:], code)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(code)
			from = end
			if start > 0 && isASCIIAlnum(text[start-1]) || end < len(text) && (isASCIIAlnum(text[end]) || text[end] == '-') {
				continue // "T40", "T4-class"
			}
			if cover.covers(start, end) {
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

// coverIndex answers coveredBy over places sorted by start in logarithmic
// time: the largest end among the places that start at or before a
// position. Places not sorted by start are kept and walked instead.
type coverIndex struct {
	starts, maxEnds []int
	unsorted        []gazetteer.Located
}

func newCoverIndex(located []gazetteer.Located) coverIndex {
	if !slices.IsSortedFunc(located, func(a, b gazetteer.Located) int { return a.Start - b.Start }) {
		return coverIndex{unsorted: located}
	}
	both := make([]int, 2*len(located)) // one allocation for the two
	c := coverIndex{starts: both[:len(located):len(located)], maxEnds: both[len(located):]}
	maxEnd := -1
	for i, l := range located {
		maxEnd = max(maxEnd, l.End)
		c.starts[i], c.maxEnds[i] = l.Start, maxEnd
	}
	return c
}

// covers reports [start, end) inside one of the places.
func (c coverIndex) covers(start, end int) bool {
	if c.unsorted != nil {
		return coveredBy(c.unsorted, start, end)
	}
	j := sort.SearchInts(c.starts, start+1) - 1 // the last place starting at or before start
	return j >= 0 && c.maxEnds[j] >= end
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

// calendarMonth reports a name between a day and a year: "2 Mehr 1401"
// is a date of the Persian calendar, though "Mehr" names a town in Iran.
// No place stands between two such numbers in a report's prose.
func calendarMonth(text string, start, end int) bool {
	return calendarDayBefore(text[max(0, start-4):start]) && yearAfter(text[end:min(len(text), end+6)])
}

// calendarDayBefore reports " 2 " or "21 " ending s: a day of the month, then a space.
func calendarDayBefore(s string) bool {
	s, ok := strings.CutSuffix(s, " ")
	if !ok {
		return false
	}
	n := 0
	for n < len(s) && n < 3 && isDigit(s[len(s)-1-n]) {
		n++
	}
	return (n == 1 || n == 2) && (n == len(s) || !isASCIILetter(s[len(s)-1-n]) && !isDigit(s[len(s)-1-n]))
}

// yearAfter reports " 1401" or " 2022" opening s, not followed by more digits.
func yearAfter(s string) bool {
	s, ok := strings.CutPrefix(s, " ")
	if !ok {
		return false
	}
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	return (n == 3 || n == 4) && (n == len(s) || !isASCIILetter(s[n]))
}
