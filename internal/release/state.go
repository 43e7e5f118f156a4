package release

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/model"
)

// dayRange is the period a statement covers.
type dayRange struct {
	from, to time.Time
	ok       bool
}

// when is the range as a model.When: precision day for one day, days for more.
func (d dayRange) when() model.When {
	if !d.ok {
		return model.When{}
	}
	w := model.When{From: d.from.Format("2006-01-02"), To: d.to.Format("2006-01-02"), Precision: model.PrecisionDay}
	if !d.from.Equal(d.to) {
		w.Precision = model.PrecisionDays
	}
	return w
}

// contains reports whether o lies within d (both known).
func (d dayRange) contains(o dayRange) bool {
	return d.ok && o.ok && !o.from.Before(d.from) && !o.to.After(d.to)
}

// strikeLine is one parsed "Near X, N strikes ..." line.
type strikeLine struct {
	start, end int
	where      model.Where
	strikes    int
	eng        int // -1: not given
	items      []item
	when       dayRange
}

// denial is one "There were no reported strikes conducted in X on DATE".
type denial struct {
	start, end int
	country    countryRule
	when       dayRange
}

// total is one totals sentence and the lines it covers.
type total struct {
	start, end int
	scope      string // "day", "week" or "release"
	countries  []countryRule
	when       dayRange
	strikes    int
	eng        int // -1: not given
	lines      []*strikeLine
	closed     bool
}

// block is one release: from a header (or the document start) to the next
// header that follows release content.
type block struct {
	speaker      string
	release      time.Time
	hasRelease   bool
	day          dayRange
	undated      bool   // lines under "Other Recent Strikes" have no day unless they give one
	country      string // ISO2 of the lines that follow; "" unknown
	countryPiece int    // piece of the totals sentence that set country
	open         []*total
	content      bool
	structural   [][2]int
	lines        []*strikeLine
	pending      *strikeLine // a total-line waiting for its "The strike destroyed..." sentence
	denials      []denial
	totalClaims  []model.Claim
}

type parseState struct {
	p              *Parser
	doc            model.Document
	text           string
	anchors        []anchor
	published      time.Time
	hasPublished   bool
	defaultSpeaker string
	b              *block
	claims         []model.Claim
	spans          [][2]int
	warnings       []string
}

// newBlock starts a release with the document's default speaker.
func (ps *parseState) newBlock() *block {
	return &block{speaker: ps.defaultSpeaker, countryPiece: -1}
}

// ref is the date that completes a year-less date at pos: the release's own
// date, else the nearest full date in the document, else its publication.
func (ps *parseState) ref(pos int) (time.Time, bool) {
	if ps.b.hasRelease {
		return ps.b.release, true
	}
	if t, ok := nearestAnchor(ps.anchors, pos); ok {
		return t, true
	}
	return ps.published, ps.hasPublished
}

// date resolves a date as written at pos; never invents a year.
func (ps *parseState) date(s string, pos int) (time.Time, bool) {
	d, ok := parseDate(s)
	if !ok {
		return time.Time{}, false
	}
	if d.year != 0 {
		t := time.Date(d.year, d.month, d.day, 0, 0, 0, 0, time.UTC)
		return t, t.Day() == d.day // "February 30, 2016" is no date
	}
	ref, ok := ps.ref(pos)
	if !ok {
		return time.Time{}, false
	}
	t := withYear(d, ref)
	return t, !t.IsZero()
}

// datelineRe reads the release date of "SOUTHWEST ASIA, Aug. 10, 2017 — ...".
var datelineRe = regexp.MustCompile(`^(?:SOUTHWEST ASIA|TAMPA, Fla\.),?\s*(?:[A-Z][a-z]+day,\s*)?(` + datePattern + `)`)

// step applies one statement to the current release.
func (ps *parseState) step(s stmt) {
	text := ps.text[s.start:s.end]
	b := ps.b
	if s.header >= 0 {
		if b.content {
			ps.endBlock()
			ps.b = ps.newBlock()
			b = ps.b
		}
		ps.header(s, text)
	}
	if s.header >= 0 || s.kind == stBoilerplate {
		for i, re := range speakerRes {
			if re.MatchString(text) {
				b.speaker = speakerRules[i].Speaker
				break
			}
		}
	}
	if s.kind != stResult && s.kind != stTotal {
		b.pending = nil
	}
	switch s.kind {
	case stResult:
		ps.resultLine(s, text)
		b.pending = nil
	case stCoverage:
		if d, ok := ps.coverage(text, s.start); ok {
			b.day = d
		}
		b.structural = append(b.structural, [2]int{s.start, s.end})
	case stHeading:
		switch {
		case headingRe.MatchString(text):
			b.country = countryByName(headingRe.FindStringSubmatch(text)[1]).ISO2
		case headingDayRe.MatchString(text):
			m := headingDayRe.FindStringSubmatch(text)
			b.day, b.undated = ps.dayOrRange(m[1], m[2], s.start), false
		default: // "Other Recent Strikes": the lines carry their own days, or none
			b.day, b.undated = dayRange{}, true
		}
		b.structural = append(b.structural, [2]int{s.start, s.end})
	case stBoilerplate:
		b.structural = append(b.structural, [2]int{s.start, s.end})
	case stTotal:
		if isCoverage(text) { // "...continued to attack ... yesterday, conducting 31 strikes"
			if d, ok := ps.coverage(text, s.start); ok {
				b.day = d
			}
		}
		ps.total(s, text)
	case stNoStrikes:
		ps.noStrikes(s, text)
	case stStrike:
		ps.strike(s, text)
	}
}

// header reads a release header: its date ("Release # 20151102-01", the
// dateline) and consumes it when it is nothing but a header.
func (ps *parseState) header(s stmt, text string) {
	b := ps.b
	h := headerRules[s.header]
	if h.Whole {
		b.structural = append(b.structural, [2]int{s.start, s.end})
	}
	if m := releaseNumRe.FindStringSubmatch(text); m != nil {
		if t, err := time.Parse("20060102", m[1]+m[2]+m[3]); err == nil {
			b.release, b.hasRelease = t, true
		}
		return
	}
	var ds string
	if m := datelineRe.FindStringSubmatch(text); m != nil {
		ds = m[1]
	} else if h.Whole {
		ds = text
	}
	if ds == "" {
		return
	}
	if t, ok := ps.date(ds, s.start); ok {
		b.release, b.hasRelease = t, true
	}
}

// coverage reads the period a daily release covers: "between 8 a.m.
// yesterday and 8 a.m. today" is the day before the release date.
func (ps *parseState) coverage(text string, pos int) (dayRange, bool) {
	if m := continuedRe.FindStringSubmatch(text); m != nil {
		if t, ok := ps.date(m[1], pos); ok {
			return dayRange{t, t, true}, true
		}
	}
	if yesterdayRe.MatchString(text) {
		if base, ok := ps.releaseDay(); ok {
			y := base.AddDate(0, 0, -1)
			return dayRange{y, y, true}, true
		}
	}
	m := windowRe.FindStringSubmatch(text)
	if m == nil {
		return dayRange{}, false
	}
	base, ok := ps.releaseDay()
	from, ok1 := ps.endpoint(m[1], base, ok, pos)
	to, ok2 := ps.endpoint(m[2], base, ok, pos)
	if !ok1 || !ok2 || !to.After(from) || to.Sub(from) > 8*24*time.Hour {
		return dayRange{}, false
	}
	// An 8 a.m.-to-8 a.m. window is dated by the day it starts on; a window
	// over a weekend covers every day but the last.
	return dayRange{from, to.AddDate(0, 0, -1), true}, true
}

// endpoint reads one end of an 8 a.m. window: "yesterday", "today", a
// weekday (the latest on or before base) or a date.
func (ps *parseState) endpoint(s string, base time.Time, hasBase bool, pos int) (time.Time, bool) {
	switch w := strings.ToLower(strings.TrimSpace(s)); w {
	case "yesterday":
		return base.AddDate(0, 0, -1), hasBase
	case "today":
		return base, hasBase
	default:
		for d := time.Sunday; d <= time.Saturday; d++ {
			if strings.ToLower(d.String()) == w {
				if !hasBase {
					return time.Time{}, false
				}
				back := (int(base.Weekday()) - int(d) + 7) % 7
				return base.AddDate(0, 0, -back), true
			}
		}
	}
	return ps.date(s, pos)
}

// dayOrRange reads "July 15" or "Aug. 20" + "22" as a day or a span of days.
func (ps *parseState) dayOrRange(first, lastDay string, pos int) dayRange {
	f, ok := ps.date(first, pos)
	if !ok {
		return dayRange{}
	}
	if lastDay == "" {
		return dayRange{f, f, true}
	}
	d, err := strconv.Atoi(lastDay)
	// "June 28-31": a last day past the month's end is a typo, not July.
	if err != nil || d < f.Day() || d > daysInMonth(f) {
		return dayRange{f, f, true}
	}
	return dayRange{f, f.AddDate(0, 0, d-f.Day()), true}
}

// countryByName is the release country named name ("Syria").
func countryByName(name string) countryRule {
	for _, c := range countries {
		if strings.EqualFold(c.Name, name) {
			return c
		}
	}
	return countryRule{}
}

// total reads a totals sentence: its strikes and engagements, its scope
// (a day, a span of days, or the release) and countries, and opens it for
// the lines that follow.
func (ps *parseState) total(s stmt, text string) {
	b := ps.b
	b.pending = nil
	t := &total{start: s.start, end: s.end, eng: -1, scope: "release", when: b.day}
	m := findTotal(text)
	if m == nil || !totalWhoRe.MatchString(text[:m[0]]) {
		m = occurredRe.FindStringSubmatchIndex(text)
	}
	if m != nil { // both grammars: group 1 strikes, group 2 engagements
		t.strikes, _ = countValue(text[m[2]:m[3]])
		if m[4] >= 0 {
			t.eng, _ = countValue(text[m[4]:m[5]])
		}
	}
	body := text
	if m := datelineRe.FindStringIndex(text); m != nil {
		body = text[m[1]:] // the release's own date is not the strikes' day
	}
	if m := betweenRe.FindStringSubmatch(body); m != nil {
		f, ok1 := ps.date(m[1], s.start)
		l, ok2 := ps.date(m[2], s.start)
		if ok1 && ok2 && !l.Before(f) && l.Sub(f) < 32*24*time.Hour {
			t.scope, t.when = "week", dayRange{f, l, true}
		}
	} else if m := dayRangeRe.FindStringSubmatch(body); m != nil {
		if d := ps.dayOrRange(m[1], m[2], s.start); d.ok {
			t.scope, t.when = "week", d
		}
	} else if m := onDateRe.FindStringSubmatch(body); m != nil {
		if d, ok := ps.date(m[1], s.start); ok {
			t.scope, t.when = "day", dayRange{d, d, true}
		}
	} else if m := conductedDateRe.FindStringSubmatch(body); m != nil {
		if d, ok := ps.date(m[1], s.start); ok {
			t.scope, t.when = "day", dayRange{d, d, true}
		}
	} else if yesterdayTotalRe.MatchString(body) {
		if base, ok := ps.releaseDay(); ok {
			y := base.AddDate(0, 0, -1)
			t.scope, t.when = "day", dayRange{y, y, true}
		}
	}
	seen := map[string]bool{}
	for _, m := range countryRe.FindAllString(enemyNameRe.ReplaceAllString(text, ""), -1) {
		if c := countryByName(m); !seen[c.ISO2] {
			seen[c.ISO2] = true
			t.countries = append(t.countries, c)
		}
	}
	if len(t.countries) == 0 {
		t.countries = countries // "conducted 30 strikes" with no country: both
	}
	if len(t.countries) == 1 {
		// Two per-country totals in one paragraph ("In Syria, ... 10
		// strikes ... Separately in Iraq, ... 17 strikes") leave the lines'
		// country to their headings, or to the gazetteer.
		if b.countryPiece == s.piece && b.country != t.countries[0].ISO2 {
			b.country = ""
		} else {
			b.country = t.countries[0].ISO2
		}
		b.countryPiece = s.piece
	}
	if t.scope == "day" {
		b.day = t.when
	}
	if m := totalNearRe.FindStringSubmatchIndex(text); m != nil && t.strikes > 0 {
		// The total names its one place: it is the day's line, and the
		// next sentence ("The strike destroyed...") says what it hit.
		ps.totalLine(s, t, text[m[2]:m[3]])
	}
	// A new total replaces the open ones of its scope whose countries it
	// covers: lines that follow belong to it. "In Syria, ... eight strikes"
	// does not close the release's total for Syria and Iraq.
	for _, o := range b.open {
		if !o.closed && o.scope == t.scope && subset(o.countries, t.countries) {
			ps.close(o)
		}
	}
	kept := b.open[:0]
	for _, o := range b.open {
		if !o.closed {
			kept = append(kept, o)
		}
	}
	b.open = append(kept, t)
	b.content = true
}

// totalLine makes the strike line of a total that names its place.
func (ps *parseState) totalLine(s stmt, t *total, place string) {
	b := ps.b
	name, country := cleanPlace(place)
	if country == "" && len(t.countries) == 1 {
		country = t.countries[0].ISO2
	} else if country == "" {
		country = b.country
	}
	l := &strikeLine{start: s.start, end: s.end, strikes: t.strikes, eng: t.eng, when: t.when,
		where: ps.p.resolve(name, country)}
	if !l.when.ok {
		l.when = b.day
	}
	b.pending = l
	t.lines = append(t.lines, l) // t is not open yet
	ps.addLine(l)
}

// subset reports whether every country of a is in b.
func subset(a, b []countryRule) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			found = found || x.ISO2 == y.ISO2
		}
		if !found {
			return false
		}
	}
	return true
}

// noStrikes reads "There were no reported strikes conducted in X on DATE"
// into one denial per country.
func (ps *parseState) noStrikes(s stmt, text string) {
	m := noStrikesRe.FindStringSubmatch(text)
	var d dayRange
	switch {
	case m[3] != "":
		if t, ok := ps.date(m[3], s.start); ok {
			d = dayRange{t, t, true}
		}
	case m[4] != "": // "yesterday"
		if base, ok := ps.releaseDay(); ok {
			y := base.AddDate(0, 0, -1)
			d = dayRange{y, y, true}
		}
	case m[5] != "":
		d = ps.dayOrRange(m[5], m[6], s.start)
	case m[7] != "":
		f, ok1 := ps.date(m[7], s.start)
		l, ok2 := ps.date(m[8], s.start)
		if ok1 && ok2 && !l.Before(f) && l.Sub(f) < 32*24*time.Hour {
			d = dayRange{f, l, true}
		}
	}
	if !d.ok {
		return // never a denial without its day
	}
	b := ps.b
	for _, name := range []string{m[1], m[2]} {
		if name == "" {
			continue
		}
		b.denials = append(b.denials, denial{start: s.start, end: s.end, country: countryByName(name), when: d})
	}
	b.content = true
}

// releaseDay is the date "yesterday" and "today" refer to: the release's
// own date, else the document's when the document is the release itself
// (kind official, or unknown). A blog quoting "no reported strikes ...
// yesterday" weeks later gives no date rather than a wrong one.
func (ps *parseState) releaseDay() (time.Time, bool) {
	if ps.b.hasRelease {
		return ps.b.release, true
	}
	if ps.doc.Kind != "" && ps.doc.Kind != model.KindOfficial {
		return time.Time{}, false
	}
	return ps.published, ps.hasPublished
}

var bracketRe = regexp.MustCompile(`\s*\[[^\]]*\]`)

var provinceSuffixRe = regexp.MustCompile(`\s+in\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}[Pp]rovince$`)

// cleanPlace turns the text between "Near" and the count into a place name
// and, when the line gives one, its country ("Hajin, Syria").
func cleanPlace(raw string) (name, country string) {
	name = strings.Join(strings.Fields(raw), " ")
	name = bracketRe.ReplaceAllString(name, "") // "Dayr Az Zawr [Deir Ezzor]": an editor's gloss
	name = strings.Trim(name, "*,; ")
	if loc := provinceSuffixRe.FindStringIndex(name); loc != nil {
		name = name[:loc[0]]
	}
	for _, c := range countries {
		if n, ok := strings.CutSuffix(name, ", "+c.Name); ok {
			return strings.TrimSpace(n), c.ISO2
		}
	}
	return name, ""
}

// strike reads a "Near X, N strikes ..." line in the context of its release.
func (ps *parseState) strike(s stmt, text string) {
	b := ps.b
	h := s.head
	name, country := cleanPlace(text[h.place[0]:h.place[1]])
	if country == "" {
		country = b.country
	}
	n, _ := countValue(text[h.n[0]:h.n[1]])
	l := &strikeLine{start: s.start, end: s.end, strikes: n, eng: -1, when: b.day}
	if h.m[0] >= 0 {
		l.eng, _ = countValue(text[h.m[0]:h.m[1]])
	}
	for _, g := range [][2]int{h.date1, h.date2} {
		if g[0] >= 0 { // the line's own day ("On Aug. 11, near Abu Kamal", "six Aug. 7 strikes")
			if d, ok := ps.date(text[g[0]:g[1]], s.start); ok {
				l.when = dayRange{d, d, true}
			}
		}
	}
	l.items = s.items
	l.where = ps.p.resolve(name, country)
	if base, ok := ps.releaseDay(); !l.when.ok && ok && !b.undated {
		// No coverage statement: the strikes fell on the release day or the
		// day before (precision "days" says so).
		l.when = dayRange{base.AddDate(0, 0, -1), base, true}
	}
	ps.addLine(l)
}

// addLine counts a line toward the open totals that cover it.
func (ps *parseState) addLine(l *strikeLine) {
	b := ps.b
	for _, t := range b.open {
		if t.closed || !t.covers(l) {
			continue
		}
		t.lines = append(t.lines, l)
	}
	b.lines = append(b.lines, l)
	b.content = true
}

// resultLine gives the pending total-line its targets: "The strikes engaged two
// ISIS tactical units and destroyed an ISIS-held building."
func (ps *parseState) resultLine(s stmt, text string) {
	l := ps.b.pending
	if l == nil {
		return
	}
	m := resultRe.FindStringIndex(text)
	if items, ok := predicateItems(text[m[1]:]); ok {
		l.items = append(l.items, items...)
		l.end = s.end // the quote runs from the total to its result
	}
}

// covers reports whether line l counts toward total t.
func (t *total) covers(l *strikeLine) bool {
	in := false
	for _, c := range t.countries {
		if c.ISO2 == l.where.Country || (l.where.Country == "" && len(t.countries) == 1) {
			in = true
		}
	}
	if !in {
		return false
	}
	// A dated total counts only lines of its days: a release's "Other Recent
	// Strikes" of earlier days are not part of today's total.
	if t.when.ok {
		return t.when.contains(l.when)
	}
	return true
}

// close checks a total against its lines. A day total with exactly one line
// gives that line its engagements ("one strike consisting of three
// engagements" + one bullet).
func (ps *parseState) close(t *total) {
	if t.closed {
		return
	}
	t.closed = true
	b := ps.b
	if len(t.lines) == 0 {
		if t.scope == "day" && len(t.countries) == 1 && t.when.ok {
			// "On April 3 in Iraq, Coalition military forces conducted two
			// strikes..." quoted without its bullets: a claim for the country.
			c := ps.baseClaim(t.start, t.end)
			c.Where = ps.p.countryWhere(t.countries[0])
			c.When = t.when.when()
			c.Counts = []model.Count{countOf(model.CountStrikes, t.strikes)}
			if t.eng >= 0 {
				c.Counts = append(c.Counts, countOf(model.CountEngagements, t.eng))
			}
			b.totalClaims = append(b.totalClaims, c)
			ps.spans = append(ps.spans, [2]int{t.start, t.end})
		}
		return
	}
	ps.spans = append(ps.spans, [2]int{t.start, t.end})
	if t.scope == "day" && t.eng >= 0 && len(t.lines) == 1 && t.lines[0].eng < 0 && t.lines[0].strikes == t.strikes {
		t.lines[0].eng = t.eng
	}
	sum, engSum, engKnown := 0, 0, true
	for _, l := range t.lines {
		sum += l.strikes
		if l.eng < 0 {
			engKnown = false
		}
		engSum += l.eng
	}
	names := make([]string, len(t.countries))
	for i, c := range t.countries {
		names[i] = c.Name
	}
	where := strings.Join(names, " and ")
	if t.when.ok {
		where += " " + t.when.when().From
		if t.when.when().To != t.when.when().From {
			where += ".." + t.when.when().To
		}
	}
	quote := ps.text[t.start:t.end]
	if sum != t.strikes {
		ps.warnings = append(ps.warnings, fmt.Sprintf(
			"release: %s total at byte %d (%q) says %d strikes in %s, but its %d line(s) sum to %d strikes",
			t.scope, t.start, clip(quote, 90), t.strikes, where, len(t.lines), sum))
	}
	if t.eng >= 0 && engKnown && engSum != t.eng {
		ps.warnings = append(ps.warnings, fmt.Sprintf(
			"release: %s total at byte %d (%q) says %d engagements in %s, but its %d line(s) sum to %d engagements",
			t.scope, t.start, clip(quote, 90), t.eng, where, len(t.lines), engSum))
	}
}

// clip shortens s for a warning.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// endBlock closes the release: totals are checked (days first, whose
// engagements weeks need), claims built, and the structural text consumed
// when the release yielded claims.
func (ps *parseState) endBlock() {
	b := ps.b
	rank := map[string]int{"day": 0, "release": 1, "week": 2}
	sort.SliceStable(b.open, func(i, j int) bool { return rank[b.open[i].scope] < rank[b.open[j].scope] })
	for _, t := range b.open {
		ps.close(t)
	}
	n := len(ps.claims)
	for _, l := range b.lines {
		ps.claims = append(ps.claims, ps.lineClaim(l))
		ps.spans = append(ps.spans, [2]int{l.start, l.end})
	}
	for _, d := range b.denials {
		c := ps.baseClaim(d.start, d.end)
		c.Stance = model.StanceDenies
		c.PerpetratorsAsserted = []string{}
		c.PerpetratorsDenied = []string{"coalition"}
		c.Event.TargetGroup = model.GroupUnknown
		c.When = d.when.when()
		c.Where = ps.p.countryWhere(d.country)
		ps.claims = append(ps.claims, c)
		ps.spans = append(ps.spans, [2]int{d.start, d.end})
	}
	ps.claims = append(ps.claims, b.totalClaims...)
	for i := n; i < len(ps.claims); i++ {
		ps.claims[i].Speaker = b.speaker
	}
	if len(ps.claims) > n {
		ps.spans = append(ps.spans, b.structural...)
	}
}

// daysInMonth is the number of days in t's month.
func daysInMonth(t time.Time) int {
	return time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
