package timex

import (
	"time"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Precisions, short names for the tables.
const (
	precDay   = model.PrecisionDay
	precDays  = model.PrecisionDays
	precWeek  = model.PrecisionWeek
	precMonth = model.PrecisionMonth
)

// builder turns a match into a When. ok=false rejects the match (an
// impossible date); an unresolvable but valid expression returns an empty
// When and ok=true, so its span is still reported.
type builder func(r *resolver, toks []token, m *match) (w model.When, ok bool)

// resolver holds the reference dates, all at midnight UTC; a zero time is
// unknown.
type resolver struct {
	pub                  time.Time // the document's published day
	anchorFrom, anchorTo time.Time // the last date of the passage (FindWithAnchor)
	localFrom, localTo   time.Time // the last date earlier in this sentence
	anchorCoarse         bool      // the anchor is a month or a week
	localCoarse          bool      // the local date is a month or a week
	firstDay             time.Time // the first day the sentence names (a dateline)
	localDeictic         bool      // the local date is itself deictic ("yesterday")
	scratch              [3][maxCaps]int
	m                    match    // the match being built
	isos                 *isoMemo // formatted days, kept across calls
}

const day = 24 * time.Hour

func dateOf(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func validDate(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// daysIn is the length of month m (1..12) of year y in the proleptic
// Gregorian calendar, as the time package counts it, without building a
// time.Time.
func daysIn(y, m int) int {
	if m == 2 {
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return monthDays[m]
}

var monthDays = [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// iso formats t as "2006-01-02" (years 0..9999) without time.Format.
func iso(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format("2006-01-02")
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + int(m)/10), byte('0' + int(m)%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// isoMemo holds the last days formatted or parsed, each as yyyymmdd, its
// "2006-01-02" string and its midnight UTC, by yyyymmdd modulo its size:
// the dates of a document cluster around its published day and come back
// from the caller as the next anchor, so most need neither a new string
// nor calendar arithmetic.
type isoMemo [16]struct {
	ymd int
	s   string
	t   time.Time
}

// iso is the package's iso through the memo.
func (r *resolver) iso(t time.Time) string {
	if r.isos == nil {
		return iso(t)
	}
	y, m, d := t.Date()
	ymd := y*10000 + int(m)*100 + d
	e := &r.isos[uint(ymd)%uint(len(r.isos))]
	if e.s == "" || e.ymd != ymd {
		e.ymd, e.s, e.t = ymd, iso(t), dateOf(y, int(m), d)
	}
	return e.s
}

// parseISO is the package's parseISO through the memo.
func (r *resolver) parseISO(s string) time.Time {
	if r.isos == nil || len(s) != 10 {
		return parseISO(s)
	}
	// Digits or not, s is in the memo only under its own yyyymmdd.
	ymd := atoi(s[:4])*10000 + atoi(s[5:7])*100 + atoi(s[8:])
	e := &r.isos[uint(ymd)%uint(len(r.isos))]
	if e.s != "" && e.s == s {
		return e.t
	}
	t := parseISO(s)
	if !t.IsZero() {
		e.ymd, e.s, e.t = ymd, s, t
	}
	return t
}

// span makes a When from two days.
func (r *resolver) span(from, to time.Time, prec string) model.When {
	if prec == precDays && from.Equal(to) {
		prec = precDay
	}
	f := r.iso(from)
	if from.Equal(to) {
		return model.When{From: f, To: f, Precision: prec}
	}
	return model.When{From: f, To: r.iso(to), Precision: prec}
}

// parseISO reads "2006-01-02"; anything else is the zero time.
func parseISO(s string) time.Time {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}
	}
	for _, k := range [...]int{0, 1, 2, 3, 5, 6, 8, 9} {
		if !isDigit(s[k]) {
			return time.Time{}
		}
	}
	y, m, d := atoi(s[:4]), atoi(s[5:7]), atoi(s[8:])
	if !validDate(y, m, d) {
		return time.Time{}
	}
	return dateOf(y, m, d)
}

// deicticRef is the "now" of "yesterday" and "over the last two days": a
// date stated earlier in the same sentence (the date of the statement: "On
// June 30, he said ... over the last two days"), else the published day.
func (r *resolver) deicticRef() (time.Time, bool) {
	if !r.localTo.IsZero() && !r.localDeictic {
		return r.localTo, true
	}
	return r.pub, !r.pub.IsZero()
}

// anaphorRef is what "the next day" and "that night" refer back to: a date
// earlier in the sentence, else the passage's anchor. Never the published day.
// A month or a week is too coarse to count days from: "in June ... the
// next day" is left unresolved.
func (r *resolver) anaphorRef() (from, to time.Time, ok bool) {
	if !r.localTo.IsZero() {
		return r.localFrom, r.localTo, !r.localCoarse
	}
	return r.anchorFrom, r.anchorTo, !r.anchorTo.IsZero() && !r.anchorCoarse
}

// yearRef is the date that fixes the year of "June 30". With a published
// day the rule is: the most recent occurrence not after published+1 day
// (news reports the past; +1 absorbs time zones). Without one, the
// occurrence nearest to a date the text itself gave (earlier in the
// sentence, else the anchor). Otherwise no year: nothing is invented.
func (r *resolver) inferYear(m, d int) (int, bool) {
	switch {
	case !r.pub.IsZero():
		limit := r.pub.Add(day)
		y := r.pub.Year()
		for k := 0; k < 9; k, y = k+1, y-1 {
			if validDate(y, m, d) && !dateOf(y, m, d).After(limit) {
				return y, true
			}
		}
		return 0, false
	case !r.localTo.IsZero():
		return nearestYear(r.localTo, m, d)
	case !r.anchorTo.IsZero():
		return nearestYear(r.anchorTo, m, d)
	}
	return 0, false
}

func nearestYear(ref time.Time, m, d int) (int, bool) {
	best, bestDist := 0, time.Duration(1<<62)
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		if !validDate(y, m, d) {
			continue
		}
		dist := dateOf(y, m, d).Sub(ref)
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best, best != 0
}

// capVals returns the values of the captures of the given kinds in order,
// in scratch slot slot of r (no allocation).
func (r *resolver) capVals(slot int, toks []token, m *match, kinds ...uint8) []int {
	out := r.scratch[slot][:0]
	for i := 0; i < m.n; i++ {
		for _, k := range kinds {
			if m.caps[i].kind == k {
				t := &toks[m.caps[i].tok]
				v := int(t.val)
				if t.small > 0 {
					v = int(t.small)
				}
				out = append(out, v)
				break
			}
		}
	}
	return out
}

func (r *resolver) months(toks []token, m *match) []int {
	return r.capVals(0, toks, m, eMonth, eMonthFull)
}

func buildDay(r *resolver, toks []token, m *match) (model.When, bool) {
	if isos := r.capVals(0, toks, m, eISO); len(isos) == 1 {
		v := isos[0]
		t := dateOf(v/10000, v/100%100, v%100)
		return r.span(t, t, precDay), true
	}
	ms, ds, ys := r.months(toks, m), r.capVals(1, toks, m, eDay), r.capVals(2, toks, m, eYear)
	if len(ms) != 1 || len(ds) != 1 {
		return model.When{}, false
	}
	mo, d := ms[0], ds[0]
	if !validDate(2000, mo, d) { // 2000 is a leap year: Feb 29 passes here
		return model.When{}, false
	}
	var y int
	if len(ys) == 1 {
		y = ys[0]
		if !validDate(y, mo, d) {
			return model.When{}, false
		}
	} else {
		var ok bool
		if y, ok = r.inferYear(mo, d); !ok {
			return model.When{}, true
		}
	}
	t := dateOf(y, mo, d)
	return r.span(t, t, precDay), true
}

// buildOrdinalDay resolves a day of the month named alone ("on the 20th",
// "the night of the 22nd"): the last such day on or before the reference
// (the date earlier in the sentence, else the published day, else the
// passage's date), as a briefing says "on the 20th" of the days just past.
// Only where the ordinal ends the phrase: "on the 3rd floor", "of the 5th
// Division" are no days.
func buildOrdinalDay(r *resolver, toks []token, m *match) (model.When, bool) {
	if m.end < len(toks) && !ordinalDayEnds(&toks[m.end]) {
		return model.When{}, false
	}
	ds := r.capVals(1, toks, m, eOrdDay)
	if len(ds) != 1 {
		return model.When{}, false
	}
	ref := r.localTo
	switch {
	case !ref.IsZero():
	case !r.pub.IsZero():
		ref = r.pub
	default:
		ref = r.anchorTo
	}
	if ref.IsZero() {
		return model.When{}, true
	}
	y, mo, d := ref.Year(), int(ref.Month()), ds[0]
	for k := 0; k < 3; k++ {
		if validDate(y, mo, d) && !dateOf(y, mo, d).After(ref) {
			t := dateOf(y, mo, d)
			return r.span(t, t, precDay), true
		}
		if mo--; mo == 0 {
			y, mo = y-1, 12
		}
	}
	return model.When{}, false
}

// ordinalDayEnds reports a token that may follow an ordinal day: a
// punctuation mark or a preposition of place or time ("on the 22nd in Tabqa").
func ordinalDayEnds(t *token) bool {
	if t.class == tokPunct {
		return true
	}
	if t.class != tokWord {
		return false
	}
	switch t.lit() {
	case "in", "at", "and", "or", "on", "by", "around", "about", "when":
		return true
	}
	return false
}

// buildDayRange resolves "June 28-30, 2016", "between March 30 and April 5".
// A single year belongs to both ends; a start later in the year than the end
// falls in the year before.
func buildDayRange(r *resolver, toks []token, m *match) (model.When, bool) {
	ms, ds, ys := r.months(toks, m), r.capVals(1, toks, m, eDay), r.capVals(2, toks, m, eYear)
	if len(ds) != 2 || len(ms) < 1 || len(ms) > 2 || len(ys) > 2 {
		return model.When{}, false
	}
	m1, m2 := ms[0], ms[len(ms)-1]
	d1, d2 := ds[0], ds[1]
	if !validDate(2000, m1, d1) || !validDate(2000, m2, d2) {
		return model.When{}, false
	}
	var y1, y2 int
	switch len(ys) {
	case 2:
		y1, y2 = ys[0], ys[1]
	case 1:
		y2 = ys[0]
	default:
		var ok bool
		if y2, ok = r.inferYear(m2, d2); !ok {
			return model.When{}, true
		}
	}
	if y1 == 0 {
		y1 = y2
		if m1*100+d1 > m2*100+d2 {
			y1--
		}
	}
	if !validDate(y1, m1, d1) || !validDate(y2, m2, d2) {
		return model.When{}, false
	}
	from, to := dateOf(y1, m1, d1), dateOf(y2, m2, d2)
	if to.Before(from) || to.Sub(from) > 92*day {
		return model.When{}, false
	}
	return r.span(from, to, precDays), true
}

// buildDayPair resolves two days joined by "and" ("on 21 and 22 January")
// as the span they make, when they follow each other; days further apart
// ("on 3 and 9 May") are two dates, not a span, and the later one stands.
func buildDayPair(r *resolver, toks []token, m *match) (model.When, bool) {
	ds := r.capVals(1, toks, m, eDay)
	if len(ds) != 2 || ds[1] != ds[0]+1 {
		return model.When{}, false
	}
	return buildDayRange(r, toks, m)
}

// monthYear gives the year of a month named without one: the most recent
// month whose first day is not after published+1 day, else the nearest to a
// date of the text.
func (r *resolver) monthYear(mo int) (int, bool) {
	switch {
	case !r.pub.IsZero():
		y := r.pub.Year()
		if dateOf(y, mo, 1).After(r.pub.Add(day)) {
			y--
		}
		return y, true
	case !r.localTo.IsZero():
		return nearestYear(r.localTo, mo, 15)
	case !r.anchorTo.IsZero():
		return nearestYear(r.anchorTo, mo, 15)
	}
	return 0, false
}

func buildMonth(r *resolver, toks []token, m *match) (model.When, bool) {
	ms, ys := r.months(toks, m), r.capVals(2, toks, m, eYear)
	if len(ms) != 1 {
		return model.When{}, false
	}
	y, ok := 0, true
	if len(ys) == 1 {
		y = ys[0]
	} else if y, ok = r.monthYear(ms[0]); !ok {
		return model.When{}, true
	}
	return r.span(dateOf(y, ms[0], 1), dateOf(y, ms[0]+1, 0), precMonth), true
}

// buildMonthPart: early = days 1-10, mid = 11-20, late = 21 to the end.
func buildMonthPart(r *resolver, toks []token, m *match) (model.When, bool) {
	w, ok := buildMonth(r, toks, m)
	if !ok || w.From == "" {
		return w, ok
	}
	from := r.parseISO(w.From)
	last := r.parseISO(w.To)
	for i := m.start; i < m.end; i++ {
		switch toks[i].lit() {
		case "early", "beginning", "start":
			return r.span(from, from.Add(9*day), precDays), true
		case "mid", "middle":
			return r.span(from.Add(10*day), from.Add(19*day), precDays), true
		case "late", "end":
			return r.span(from.Add(20*day), last, precDays), true
		}
	}
	return w, true
}

func buildLastMonth(r *resolver, toks []token, m *match) (model.When, bool) {
	ref, ok := r.deicticRef()
	if !ok {
		return model.When{}, true
	}
	first := dateOf(ref.Year(), int(ref.Month())-1, 1)
	return r.span(first, dateOf(first.Year(), int(first.Month())+1, 0), precMonth), true
}

func buildThisMonth(r *resolver, toks []token, m *match) (model.When, bool) {
	ref, ok := r.deicticRef()
	if !ok {
		return model.When{}, true
	}
	return r.span(dateOf(ref.Year(), int(ref.Month()), 1), ref, precMonth), true
}

// weekdayCap returns the weekday of the match.
func weekdayCap(toks []token, m *match) int {
	for i := 0; i < m.n; i++ {
		if m.caps[i].kind == eWeekday {
			return int(toks[m.caps[i].tok].val)
		}
	}
	return -1
}

// buildWeekday: the most recent such weekday on or before the published day
// (the same day when it is that weekday). Unknown published day: no date.
func buildWeekday(r *resolver, toks []token, m *match) (model.When, bool) {
	return weekdayBack(r, weekdayCap(toks, m), 0)
}

// buildLastWeekday: "last Thursday" is strictly before the published day.
func buildLastWeekday(r *resolver, toks []token, m *match) (model.When, bool) {
	return weekdayBack(r, weekdayCap(toks, m), 1)
}

func weekdayBack(r *resolver, wd, minBack int) (model.When, bool) {
	ref := r.pub
	if ref.IsZero() {
		// no published date, but a day earlier in the sentence (a
		// dateline: "BAQUBAH, Feb. 10, 2016 — ... on Tuesday evening"):
		// the weekday is the most recent one on or before it
		ref = r.firstDay
	}
	if ref.IsZero() || wd < 0 {
		return model.When{}, true
	}
	back := (int(ref.Weekday()) - wd + 7) % 7
	if back < minBack {
		back += 7
	}
	t := ref.AddDate(0, 0, -back)
	return r.span(t, t, precDay), true
}

// buildWeekdayOvernight: "on Monday and overnight" runs from that weekday
// into the next morning, a span of two days.
func buildWeekdayOvernight(r *resolver, toks []token, m *match) (model.When, bool) {
	w, ok := weekdayBack(r, weekdayCap(toks, m), 0)
	if w.From == "" {
		return w, ok
	}
	t, err := time.Parse("2006-01-02", w.From)
	if err != nil {
		return model.When{}, true
	}
	return r.span(t, t.AddDate(0, 0, 1), precDays), true
}

// buildWeekdayLastWeek: "Thursday of the previous week" is that weekday in
// the calendar week (Monday to Sunday) before the published day's.
func buildWeekdayLastWeek(r *resolver, toks []token, m *match) (model.When, bool) {
	wd := weekdayCap(toks, m)
	if r.pub.IsZero() || wd < 0 {
		return model.When{}, true
	}
	monday := r.pub.AddDate(0, 0, -(int(r.pub.Weekday())+6)%7-7)
	t := monday.AddDate(0, 0, (wd+6)%7)
	return r.span(t, t, precDay), true
}

// buildNextWeekday: "next Tuesday" is strictly after the published day.
func buildNextWeekday(r *resolver, toks []token, m *match) (model.When, bool) {
	wd := weekdayCap(toks, m)
	if r.pub.IsZero() || wd < 0 {
		return model.When{}, true
	}
	ahead := (wd - int(r.pub.Weekday()) + 7) % 7
	if ahead == 0 {
		ahead = 7
	}
	t := r.pub.AddDate(0, 0, ahead)
	return r.span(t, t, precDay), true
}

// deictic builds from+..to+ days around the deictic reference.
func deictic(from, to int, prec string) builder {
	return func(r *resolver, _ []token, _ *match) (model.When, bool) {
		ref, ok := r.deicticRef()
		if !ok {
			return model.When{}, true
		}
		return r.span(ref.AddDate(0, 0, from), ref.AddDate(0, 0, to), prec), true
	}
}

// anaphoric builds days relative to the anaphor: offsets > 0 count from its
// last day, offsets < 0 from its first; 0,0 is the anaphor itself.
func anaphoric(from, to int, prec string) builder {
	return func(r *resolver, _ []token, _ *match) (model.When, bool) {
		f, t, ok := r.anaphorRef()
		if !ok {
			return model.When{}, true
		}
		switch {
		case from == 0 && to == 0:
			return r.span(f, t, precDays), true
		case from > 0:
			return r.span(t.AddDate(0, 0, from), t.AddDate(0, 0, to), prec), true
		default:
			return r.span(f.AddDate(0, 0, from), f.AddDate(0, 0, to), prec), true
		}
	}
}

func numCap(r *resolver, toks []token, m *match) int {
	if v := r.capVals(1, toks, m, eNumW); len(v) == 1 {
		return v[0]
	}
	return 0
}

func buildDaysAgo(r *resolver, toks []token, m *match) (model.When, bool) {
	n := numCap(r, toks, m)
	return deictic(-n, -n, precDay)(r, toks, m)
}

// buildWeeksAgo: "N weeks ago" is the week centred on D-7N.
func buildWeeksAgo(r *resolver, toks []token, m *match) (model.When, bool) {
	n := numCap(r, toks, m)
	return deictic(-7*n-3, -7*n+3, precWeek)(r, toks, m)
}

// buildLastNDays: "over the last two days" said on day D is D-1..D.
func buildLastNDays(r *resolver, toks []token, m *match) (model.When, bool) {
	n := numCap(r, toks, m)
	return deictic(1-n, 0, precDays)(r, toks, m)
}

func buildDaysLater(r *resolver, toks []token, m *match) (model.When, bool) {
	n := numCap(r, toks, m)
	return anaphoric(n, n, precDay)(r, toks, m)
}

func buildDaysEarlier(r *resolver, toks []token, m *match) (model.When, bool) {
	n := numCap(r, toks, m)
	return anaphoric(-n, -n, precDay)(r, toks, m)
}

// buildNextNDays: "over the next two days" after the anchor A is A+1..A+2.
func buildNextNDays(r *resolver, toks []token, m *match) (model.When, bool) {
	n := numCap(r, toks, m)
	return anaphoric(1, n, precDays)(r, toks, m)
}

// buildThisWeek: Monday of the reference's week up to the reference.
func buildThisWeek(r *resolver, toks []token, m *match) (model.When, bool) {
	ref, ok := r.deicticRef()
	if !ok {
		return model.When{}, true
	}
	back := (int(ref.Weekday()) + 6) % 7
	return r.span(ref.AddDate(0, 0, -back), ref, precWeek), true
}

// buildWeekend: the most recent Saturday on or before the reference, and
// the Sunday after it when that is not after the reference.
func buildWeekend(r *resolver, toks []token, m *match) (model.When, bool) {
	ref, ok := r.deicticRef()
	if !ok {
		return model.When{}, true
	}
	sat := ref.AddDate(0, 0, -((int(ref.Weekday()) - int(time.Saturday) + 7) % 7))
	sun := sat.AddDate(0, 0, 1)
	if sun.After(ref) {
		sun = sat
	}
	return r.span(sat, sun, precDays), true
}

// half of the day a time qualifier selects.
type half uint8

const (
	halfNone  half = iota
	halfAM         // "a.m.", "in the morning": 12 -> 0
	halfPM         // "p.m.", "in the evening": 1..11 -> 13..23
	halfNight      // "at night": 6..11 -> 18..23, 12 -> 0, 1..5 stay (small hours)
)

func applyHalf(minutes int, h half) int {
	hh, mm := minutes/60, minutes%60
	switch h {
	case halfAM:
		if hh == 12 {
			hh = 0
		}
	case halfPM:
		if hh >= 1 && hh < 12 {
			hh += 12
		}
	case halfNight:
		switch {
		case hh == 12:
			hh = 0
		case hh >= 6 && hh < 12:
			hh += 12
		}
	}
	return hh*60 + mm
}

func clockString(minutes int) string {
	hh, mm := minutes/60%24, minutes%60
	return string([]byte{byte('0' + hh/10), byte('0' + hh%10), ':', byte('0' + mm/10), byte('0' + mm%10)})
}

func parseClock(s string) int {
	if len(s) != 5 {
		return 0
	}
	return atoi(s[:2])*60 + atoi(s[3:])
}

// buildClock keeps the first time of a range; a.m./p.m. applies to both ends.
func buildClock(r *resolver, toks []token, m *match) (model.When, bool) {
	minutes := -1
	var h half
	for i := 0; i < m.n; i++ {
		t := &toks[m.caps[i].tok]
		switch m.caps[i].kind {
		case eClock, eHour:
			if minutes < 0 {
				minutes = int(t.val)
				if m.caps[i].kind == eHour {
					minutes = int(t.val) * 60
				}
			}
		case eAMPM:
			if t.lit()[0] == 'a' {
				h = halfAM
			} else {
				h = halfPM
			}
		}
	}
	if minutes < 0 {
		switch toks[m.start].lit() {
		case "noon":
			minutes = 12 * 60
		case "midnight":
			minutes = 0
		default:
			return model.When{}, false
		}
	} else if minutes/60 > 12 && h != halfNone {
		h = halfNone // "13:00 pm": the 24-hour clock wins
	}
	return model.When{Time: clockString(applyHalf(minutes, h))}, true
}

// fixedDay builds a holiday on a fixed day of the year ("New Year's Eve"):
// the year is the match's own, else inferred as for "June 30".
func fixedDay(mo, d int) builder {
	return func(r *resolver, toks []token, m *match) (model.When, bool) {
		var y int
		if ys := r.capVals(0, toks, m, eYear); len(ys) == 1 {
			y = ys[0]
		} else {
			var ok bool
			if y, ok = r.inferYear(mo, d); !ok {
				return model.When{}, true
			}
		}
		t := dateOf(y, mo, d)
		return r.span(t, t, precDay), true
	}
}
