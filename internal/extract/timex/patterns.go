package timex

import (
	"slices"
	"strings"
)

// A pattern is a short sequence of elements matched against tokens:
//
//	MONTH      a capitalised month name or abbreviation ("June", "Jan")
//	MONTHFULL  a capitalised full month name ("June"; never "Jan", a first name)
//	WEEKDAY    a capitalised weekday name ("Thursday")
//	DAY        a number 1..31, optionally ordinal ("28", "28th")
//	ORDDAY     an ordinal day 1st..31st ("20th"), with no month
//	YEAR       a four-digit number 1900..2100 ("2016")
//	NUMW       a count of days: "two", "2" (1..99)
//	HOUR       a number 1..12 ("10" in "10 p.m.")
//	CLOCK      "1:12", "22:00"
//	ISO        "2016-06-28"
//	AMPM       "a.m.", "A.M.", "pm"
//	word       a lower-case literal; "a|b" alternatives; "," "." "-" punctuation
//	x?         optional
//
// At each token the longest match among all patterns wins (ties: the first in
// the table). Patterns never span a word the lexicon does not know.
type pattern struct {
	seq   string // the elements, space separated
	build builder
	elems []elem // compiled from seq
}

// The builders (build.go) resolve a match against the reference dates.
var patterns = compile([]pattern{
	// ---- absolute days
	{seq: "MONTH .? DAY ,? YEAR", build: buildDay},                                                           // "June 28, 2016", "Jan. 4, 2020"
	{seq: "DAY MONTH .? ,? YEAR", build: buildDay},                                                           // "28 June 2016", "24 April, 2018"
	{seq: "the? DAY of MONTH .? ,? YEAR", build: buildDay},                                                   // "the 28th of June, 2016"
	{seq: "ISO", build: buildDay},                                                                            // "2016-06-28"
	{seq: "MONTH .? DAY", build: buildDay},                                                                   // "June 30", "Jan. 4" (year from context)
	{seq: "DAY MONTH", build: buildDay},                                                                      // "30 June" (year from context)
	{seq: "the DAY of MONTH", build: buildDay},                                                               // "the 30th of June"
	{seq: "on|of|from|since|until|by the ORDDAY", build: buildOrdinalDay},                                    // "on the 20th": a day of the report's month
	{seq: "MONTH .? DAY -|to|through|until|till DAY ,? YEAR?", build: buildDayRange},                         // "June 28-30, 2016"
	{seq: "between MONTH .? DAY and DAY ,? YEAR?", build: buildDayRange},                                     // "between June 28 and 30"
	{seq: "DAY -|to DAY MONTH .? ,? YEAR?", build: buildDayRange},                                            // "28-30 June 2016"
	{seq: "between DAY and DAY MONTH .? ,? YEAR?", build: buildDayRange},                                     // "between 28 and 30 June"
	{seq: "DAY and DAY MONTH .? ,? YEAR?", build: buildDayPair},                                              // "on 21 and 22 January"
	{seq: "MONTH .? DAY and DAY ,? YEAR?", build: buildDayPair},                                              // "on Jan. 21 and 22"
	{seq: "between MONTH .? DAY ,? YEAR? and MONTH .? DAY ,? YEAR?", build: buildDayRange},                   // "between March 30 and April 5"
	{seq: "from? MONTH .? DAY ,? YEAR? -|to|through|until|till MONTH .? DAY ,? YEAR?", build: buildDayRange}, // "March 30 to April 5, 2018"

	// ---- fixed-date holidays (year from context, as for "June 30")
	{seq: "new year ' s eve ,? YEAR?", build: fixedDay(12, 31)}, // "on New Year's Eve"
	{seq: "new year ' s day ,? YEAR?", build: fixedDay(1, 1)},   // "on New Year's Day"
	{seq: "christmas eve ,? YEAR?", build: fixedDay(12, 24)},    // "on Christmas Eve"
	{seq: "christmas day ,? YEAR?", build: fixedDay(12, 25)},    // "on Christmas Day"

	// ---- months
	{seq: "MONTH .? ,? YEAR", build: buildMonth},                                                        // "June 2016", "Jan. 2020"
	{seq: "in|since|during|until|till|throughout|by|of|before|after|from MONTHFULL", build: buildMonth}, // "in June" (year from context)
	{seq: "early|late|mid -? MONTHFULL ,? YEAR?", build: buildMonthPart},                                // "late June", "mid-June 2016"
	{seq: "the end|beginning|start|middle of MONTHFULL ,? YEAR?", build: buildMonthPart},                // "the end of June"
	{seq: "last month", build: buildLastMonth},                                                          // "last month"
	{seq: "earlier? this month", build: buildThisMonth},                                                 // "earlier this month"

	// ---- weekdays (resolved only against the published date)
	{seq: "late|early|earlier|later? WEEKDAY night|morning|evening|afternoon?", build: buildWeekday}, // "late Friday", "Friday night", "on Thursday"
	{seq: "late|early on WEEKDAY night|morning|evening|afternoon?", build: buildWeekday},             // "late on Wednesday night", "early on Monday"
	{seq: "in? the early|small|first hours of WEEKDAY morning?", build: buildWeekday},                // "in the early hours of Tuesday"
	{seq: "in? the early|small|first hours of MONTH .? DAY ,? YEAR?", build: buildDay},               // "the early hours of June 29"
	{seq: "last|past WEEKDAY night|morning|evening|afternoon?", build: buildLastWeekday},             // "last Thursday": strictly before the published day
	{seq: "this past WEEKDAY night|morning|evening|afternoon?", build: buildLastWeekday},             // "this past Sunday"
	{seq: "next|coming WEEKDAY", build: buildNextWeekday},                                            // "next Tuesday"
	{seq: "WEEKDAY night|evening? and overnight", build: buildWeekdayOvernight},                      // "on Monday and overnight": into Tuesday
	{seq: "on? WEEKDAY of the previous|preceding week", build: buildWeekdayLastWeek},                 // "Thursday of the previous week"
	{seq: "on? WEEKDAY of last week", build: buildWeekdayLastWeek},                                   // "Thursday of last week"

	// ---- days relative to the published date (or a date earlier in the sentence)
	{seq: "yesterday", build: deictic(-1, -1, precDay)},                                   // "yesterday"
	{seq: "the day before yesterday", build: deictic(-2, -2, precDay)},                    // "the day before yesterday"
	{seq: "the night|evening before last", build: deictic(-2, -2, precDay)},               // "the night before last"
	{seq: "today|tonight", build: deictic(0, 0, precDay)},                                 // "today", "tonight"
	{seq: "earlier|later? this morning|afternoon|evening", build: deictic(0, 0, precDay)}, // "this morning"
	{seq: "last night", build: deictic(-1, -1, precDay)},                                  // "last night"
	{seq: "overnight", build: deictic(-1, -1, precDay)},                                   // "struck overnight": the night before the report, dated by its first day
	{seq: "NUMW days ago", build: buildDaysAgo},                                           // "two days ago"
	{seq: "a day ago", build: deictic(-1, -1, precDay)},
	{seq: "NUMW weeks ago", build: buildWeeksAgo},                                               // "two weeks ago": the week around D-14
	{seq: "a week ago", build: deictic(-10, -4, precWeek)},                                      // "a week ago"                                         // "a day ago"
	{seq: "over|in|during|for|within? the last|past NUMW days", build: buildLastNDays},          // "over the last two days"
	{seq: "over|in|during|for|within? the last|past day", build: deictic(-1, 0, precDays)},      // "in the past day"
	{seq: "over|in|during|for|within? recent days", build: deictic(-3, 0, precDays)},            // "in recent days"
	{seq: "over|in|during|for|within? the last|past few days", build: deictic(-3, 0, precDays)}, // "in the past few days"
	{seq: "last week", build: deictic(-7, -1, precWeek)},                                        // "last week": the seven days before
	{seq: "over|in|during|for|within? the last|past week", build: deictic(-6, 0, precWeek)},     // "over the past week"
	{seq: "earlier|later? this week", build: buildThisWeek},                                     // "earlier this week"
	{seq: "last|this weekend", build: buildWeekend},                                             // "last weekend"
	{seq: "over|during the weekend", build: buildWeekend},                                       // "over the weekend"

	// ---- days relative to the last date of the passage (the anchor)
	{seq: "the next|following day|morning|night|evening|afternoon", build: anaphoric(1, 1, precDay)},       // "the next day"
	{seq: "the day after", build: anaphoric(1, 1, precDay)},                                                // "the day after"
	{seq: "the previous|preceding day|morning|night|evening|afternoon", build: anaphoric(-1, -1, precDay)}, // "the previous night"
	{seq: "the day before", build: anaphoric(-1, -1, precDay)},                                             // "the day before"
	{seq: "a|one day earlier|before", build: anaphoric(-1, -1, precDay)},                                   // "a day earlier"
	{seq: "a|one day later|afterwards", build: anaphoric(1, 1, precDay)},                                   // "a day later"
	// not "two days after": "the raid came two days after a drone struck ..."
	// dates the raid, and what follows has its own day
	{seq: "NUMW days later|afterwards", build: buildDaysLater},                                        // "two days later"
	{seq: "NUMW days earlier", build: buildDaysEarlier},                                               // "three days earlier"
	{seq: "over|in|during|for|within? the next|following|ensuing NUMW days", build: buildNextNDays},   // "over the next two days"
	{seq: "later|earlier? that day|morning|night|evening|afternoon", build: anaphoric(0, 0, precDay)}, // "later that day"
	{seq: "the same day|morning|night|evening|afternoon", build: anaphoric(0, 0, precDay)},
	{seq: "earlier|later in the day", build: anaphoric(0, 0, precDay)}, // "later in the day"                 // "the same night"

	// ---- times of day (a When with only Time, unless a date is attached)
	{seq: "between|from CLOCK and|to|- CLOCK", build: buildClock},       // "between 9:00 and 10:00"
	{seq: "between|from HOUR and|to|- HOUR AMPM .?", build: buildClock}, // "between 9 and 10 p.m."
	{seq: "CLOCK AMPM? .?", build: buildClock},                          // "1:12 A.M.", "22:00"
	{seq: "HOUR AMPM .?", build: buildClock},                            // "10 p.m."
	{seq: "noon|midnight", build: buildClock},                           // "midnight"
})

// qualifiers extend a time of day: they set the half of the day and, for
// "that night", the day itself.
var qualifiers = []struct {
	words string // space separated
	half  half
	day   int // 0: none; anaphor: the passage's last date; yesterday: published-1
}{
	{"in the morning", halfAM, 0},        // "1:30 in the morning"
	{"in the afternoon", halfPM, 0},      // "3:00 in the afternoon"
	{"in the evening", halfPM, 0},        // "9:00 in the evening"
	{"at night", halfNight, 0},           // "10:00 at night"
	{"that night", halfNight, anaphor},   // "10:00 that night"
	{"that evening", halfPM, anaphor},    // "8:00 that evening"
	{"that morning", halfAM, anaphor},    // "6:00 that morning"
	{"last night", halfNight, yesterday}, // "11:00 last night"
	{"local time", 0, 0},                 // "1:12 A.M. local time"
	{"utc", 0, 0},                        // "15:02 UTC"
	{"gmt", 0, 0},                        // "15:02 GMT"
}

const (
	anaphor   = 1
	yesterday = 2
)

// fillers may separate a time of day from the date it belongs to:
// "1:30 in the morning on June 29", "June 29 at 1:30".
var timeThenDate = map[string]bool{"on": true, ",": true, "of": true, "the": true, "-": true}
var dateThenTime = map[string]bool{"at": true, ",": true, "around": true, "about": true, "by": true, "-": true}

// elem kinds.
const (
	eLit uint8 = iota
	eMonth
	eMonthFull
	eWeekday
	eDay
	eYear
	eNumW
	eHour
	eClock
	eISO
	eAMPM
	eOrdDay
)

type elem struct {
	kind uint8
	alts []uint16 // lexicon ids of a literal's alternatives
	opt  bool
}

var elemKinds = map[string]uint8{
	"MONTH": eMonth, "MONTHFULL": eMonthFull, "WEEKDAY": eWeekday, "DAY": eDay,
	"YEAR": eYear, "NUMW": eNumW, "HOUR": eHour, "CLOCK": eClock, "ISO": eISO, "AMPM": eAMPM, "ORDDAY": eOrdDay,
}

func compile(ps []pattern) []pattern {
	for i := range ps {
		for _, f := range strings.Fields(ps[i].seq) {
			e := elem{}
			if len(f) > 1 && strings.HasSuffix(f, "?") {
				e.opt = true
				f = f[:len(f)-1]
			}
			if k, ok := elemKinds[f]; ok {
				e.kind = k
			} else {
				e.kind = eLit
				for _, a := range strings.Split(f, "|") {
					id, ok := lexIDs[a]
					if !ok {
						panic("timex: pattern word not in the lexicon: " + a)
					}
					e.alts = append(e.alts, id)
				}
			}
			ps[i].elems = append(ps[i].elems, e)
		}
	}
	return ps
}

// maxCaps bounds the class tokens one pattern captures.
const maxCaps = 8

// match is one pattern matched at a token.
type match struct {
	start int // token index of the first token
	end   int // token index after the match
	n     int
	caps  [maxCaps]capture
}

type capture struct {
	kind uint8
	tok  int
}

// accepts reports whether token t satisfies element e.
func accepts(e *elem, t *token) bool {
	switch e.kind {
	case eLit:
		if t.class != tokWord && t.class != tokPunct {
			return false
		}
		for _, a := range e.alts {
			if a == t.id {
				return true
			}
		}
		return false
	case eMonth:
		return t.class == tokMonth
	case eMonthFull:
		return t.class == tokMonth && !t.abbr
	case eWeekday:
		return t.class == tokWeekday
	case eDay:
		return t.class == tokNum && t.val >= 1 && t.val <= 31 && (t.end-t.start <= 4 || t.ord)
	case eOrdDay: // digits only: "on the second" is too often no day
		return t.class == tokNum && t.ord && t.val >= 1 && t.val <= 31 && t.end-t.start <= 4
	case eYear:
		return t.class == tokNum && !t.ord && t.end-t.start == 4 && t.val >= 1900 && t.val <= 2100
	case eNumW:
		return t.small > 0 || t.class == tokNum && !t.ord && t.val >= 1 && t.val <= 99 && t.end-t.start <= 2
	case eHour:
		return t.class == tokNum && !t.ord && t.val >= 1 && t.val <= 12 && t.end-t.start <= 2
	case eClock:
		return t.class == tokClock
	case eISO:
		return t.class == tokISO
	case eAMPM:
		return t.class == tokWord && (t.lit() == "am" || t.lit() == "pm" || t.lit() == "a.m" || t.lit() == "p.m")
	}
	return false
}

// matchAt tries p at token i; optional elements are tried taken, then
// skipped (a pattern has few, so the search is bounded by a constant).
func matchAt(p *pattern, toks []token, i int, m *match) bool {
	m.n, m.start = 0, i
	return matchFrom(p.elems, toks, i, m)
}

func matchFrom(es []elem, toks []token, i int, m *match) bool {
	if len(es) == 0 {
		// optional punctuation at the end belongs to the sentence, not the
		// date ("April 5," "June 28."), except the dot of "a.m."
		for i > m.start+1 && toks[i-1].class == tokPunct && (toks[i-1].lit() == "," || toks[i-1].lit() == "-" ||
			toks[i-1].lit() == "." && !(toks[i-2].class == tokWord && (toks[i-2].lit() == "a.m" || toks[i-2].lit() == "p.m"))) {
			i--
		}
		m.end = i
		return true
	}
	e := &es[0]
	if i < len(toks) && accepts(e, &toks[i]) {
		n := m.n
		if e.kind != eLit && m.n < maxCaps {
			m.caps[m.n] = capture{e.kind, i}
			m.n++
		}
		if matchFrom(es[1:], toks, i+1, m) {
			return true
		}
		m.n = n
	}
	if e.opt {
		return matchFrom(es[1:], toks, i, m)
	}
	return false
}

// index lists, for each kind of first token, the patterns that can start
// there, in table order (so ties between equally long matches keep it).
type index struct {
	byID               [][]int // by lexicon id of the first word
	monthFull, monthAb []int
	weekday, num       []int
	clock, iso         []int
}

var patIndex = func() index {
	ix := index{byID: make([][]int, len(lexWords))}
	add := func(list *[]int, pi int) {
		if n := len(*list); n == 0 || (*list)[n-1] != pi {
			*list = append(*list, pi)
		}
	}
	for pi := range patterns {
		for _, e := range patterns[pi].elems {
			switch e.kind {
			case eLit:
				for _, a := range e.alts {
					add(&ix.byID[a], pi)
				}
			case eMonth:
				add(&ix.monthFull, pi)
				add(&ix.monthAb, pi)
			case eMonthFull:
				add(&ix.monthFull, pi)
			case eWeekday:
				add(&ix.weekday, pi)
			case eDay, eYear, eHour, eOrdDay:
				add(&ix.num, pi)
			case eNumW:
				add(&ix.num, pi)
				for _, le := range lexicon {
					if le.small > 0 {
						add(&ix.byID[le.id], pi)
					}
				}
			case eClock:
				add(&ix.clock, pi)
			case eISO:
				add(&ix.iso, pi)
			}
			if !e.opt {
				break
			}
		}
	}
	return ix
}()

// candidates returns the patterns that may match starting at t.
func candidates(t *token) []int {
	switch t.class {
	case tokWord:
		return patIndex.byID[t.id]
	case tokMonth:
		if t.abbr {
			return patIndex.monthAb
		}
		return patIndex.monthFull
	case tokWeekday:
		return patIndex.weekday
	case tokNum:
		return patIndex.num
	case tokClock:
		return patIndex.clock
	case tokISO:
		return patIndex.iso
	}
	return nil
}

// coreFree marks the patterns with no required element that accepts only
// core tokens ("NUMW weeks ago"): a match of one need not hold a core
// token. (DAY does not count: "001" is a day number but no core token.)
var coreFree = func() []bool {
	out := make([]bool, len(patterns))
	for pi, p := range patterns {
		out[pi] = !slices.ContainsFunc(p.elems, func(e elem) bool { return !e.opt && coreOnly(&e) })
	}
	return out
}()

// oneToken marks the patterns a single token may match: those with at most
// one required element ("yesterday", "CLOCK AMPM? .?").
var oneToken = func() []bool {
	out := make([]bool, len(patterns))
	for pi, p := range patterns {
		required := 0
		for _, e := range p.elems {
			if !e.opt {
				required++
			}
		}
		out[pi] = required <= 1
	}
	return out
}()

// coreOnly reports whether e accepts core tokens only.
func coreOnly(e *elem) bool {
	switch e.kind {
	case eLit:
		for _, a := range e.alts {
			if !lexEntries[a].core {
				return false
			}
		}
		return true
	case eMonth, eMonthFull, eWeekday, eYear, eHour, eClock, eISO:
		return true
	case eOrdDay: // "20th": two digits at most, 1..31, so core
		return true
	}
	return false
}

// startsCoreFree reports whether a coreFree pattern may start at t.
func startsCoreFree(t *token) bool {
	for _, pi := range candidates(t) {
		if coreFree[pi] {
			return true
		}
	}
	return false
}

// leads bounds, for each kind of core token (a digit, a month or weekday
// name, a core word such as "days"), how many tokens a pattern can match
// before it: the matcher tries no position farther than that before the
// next core token. It is the largest index of an element accepting that
// token in any pattern (every element takes at most one token).
type leads struct {
	byID                            []int
	num, clock, iso, month, weekday int
}

var lead = func() leads {
	l := leads{byID: make([]int, len(lexWords))}
	for _, p := range patterns {
		for n, e := range p.elems {
			if !isCoreElem(&e) {
				continue
			}
			switch e.kind {
			case eLit:
				for _, a := range e.alts {
					l.byID[a] = max(l.byID[a], n)
				}
			case eDay, eYear, eHour, eOrdDay:
				l.num = max(l.num, n)
			case eClock:
				l.clock = max(l.clock, n)
			case eISO:
				l.iso = max(l.iso, n)
			case eMonth, eMonthFull:
				l.month = max(l.month, n)
			case eWeekday:
				l.weekday = max(l.weekday, n)
			}
		}
	}
	return l
}()

// leadOf returns the lead of core token t.
func leadOf(t *token) int {
	switch t.class {
	case tokNum:
		return lead.num
	case tokClock:
		return lead.clock
	case tokISO:
		return lead.iso
	case tokMonth:
		return lead.month
	case tokWeekday:
		return lead.weekday
	}
	return lead.byID[t.id]
}

func isCoreElem(e *elem) bool {
	switch e.kind {
	case eLit:
		for _, a := range e.alts {
			if !lexicon[lexWords[a]].core {
				return false
			}
		}
		return true
	case eNumW, eAMPM:
		return false
	}
	return true
}
