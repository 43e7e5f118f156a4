// Package timex finds the dates and times of one sentence and resolves them
// against the document's published date.
//
// Spans are found by the pattern tables of patterns.go (each with an
// example) over a small lexicon of month, weekday and function words, and
// resolved by plain calendar arithmetic (build.go). Resolution rules:
//
//   - A date with its year ("June 28, 2016", "28 June 2016", "2016-06-28")
//     is that day. "June 2016" is the month (precision month).
//   - A date without a year ("June 30", "on April 19", "Jan. 4") takes the
//     most recent occurrence not after published+1 day. Without a published
//     date, the occurrence nearest to a date the text gave (earlier in the
//     sentence, else the anchor); otherwise no From/To: a year is never
//     invented.
//   - A weekday ("on Thursday", "late Friday", "Friday night", "Thursday's
//     strike") is the most recent such day on or before the published day
//     (the same day if it is that weekday); "last Thursday" is strictly
//     before it. Without a published date, a day the sentence names first
//     (a dateline: "BAQUBAH, Feb. 10, 2016 — ... on Tuesday evening")
//     stands in for it; else unresolved. "late on Wednesday night", "early
//     on Monday", "in the early hours of Tuesday" are that weekday.
//   - "yesterday", "today", "last night", "overnight", "two days ago", "over the last two
//     days" (D-1..D), "in recent days" (D-3..D, days), "last week" (D-7..D-1,
//     week), "this week", "last month", "over the weekend": D is a date
//     stated earlier in the same sentence (the day of the statement: "Later
//     on June 30, Garver said ... over the last two days"), else the
//     published day.
//   - "the next day", "the following day", "the day before", "two days
//     later", "over the next two days" (A+1..A+2, days), "that night": A is
//     a date earlier in the sentence, else the anchor passed to
//     FindWithAnchor (the passage's last date); never the published day.
//   - Two days as one stretch (days): "overnight Sunday into Monday", "the
//     night of Sunday to Monday", "from Sunday to Tuesday", "between Sunday
//     and Monday", "between 8 a.m. yesterday and 8 a.m. today" (D-1..D);
//     "on Sunday and Monday" stays two days (see joinSpans).
//   - Ranges: "June 28-30, 2016", "between March 30 and April 5", two
//     days in a row joined by "and" ("on 21 and 22 January") (days);
//     "early/mid/late June" is days 1-10/11-20/21-end (days).
//   - Times of day: "1:12 A.M.", "10 p.m.", "1:30 in the morning", "10:00
//     that night", "between 9:00 and 10:00 at night" (the start: 21:00) give
//     When.Time in 24-hour form; a time next to a date joins it ("1:30 in
//     the morning on June 29" is June 29 at 01:30).
//
// go-dateparser was measured here at about 200 µs per Parse call ("June 28,
// 2016"): with a date every few hundred bytes of news prose that alone caps
// extraction far below 20 MB/s, and it cannot parse "late Friday", "last
// Thursday" or "over the next two days" anyway. It is not called at run
// time; the tests use it as an oracle for the absolute forms.
package timex

import (
	"sync"
	"time"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Mention is one date or time expression with its byte span in the sentence.
// A mention the text does not fix to a calendar date (a weekday, "June 30"
// with no year and no published date) has empty When.From and When.To; a
// bare time of day ("1:12 A.M.") has only When.Time.
type Mention struct {
	Start, End int
	When       model.When
}

// Find returns the date and time mentions of sentence, in order. published
// is the document's date; zero means unknown, and then no year is ever
// invented: only what the text itself fixes is resolved.
func Find(sentence string, published time.Time) []Mention {
	return FindWithAnchor(sentence, published, model.When{})
}

// FindWithAnchor is Find with anchor, the last date mentioned earlier in the
// passage: "the next day", "over the next two days", "that night" resolve
// against it (never against the published date). A date earlier in the same
// sentence takes precedence over anchor.
//
// It has no pre-check of its own: callers gate it already (the extractor's
// prefilter finds a date word first), and the lexer returns nil for a
// sentence with no digit, capitalised month or weekday, or core word.
func FindWithAnchor(sentence string, published time.Time, anchor model.When) []Mention {
	sc := scratchPool.Get().(*scratch)
	out := sc.find(sentence, published, anchor)
	if cap(sc.toks) <= maxPooledTokens {
		scratchPool.Put(sc)
	}
	return out
}

// scratch is the working memory of one FindWithAnchor call, pooled: most
// sentences with a date start (see lex) would otherwise allocate their
// tokens, atoms and resolver anew.
type scratch struct {
	toks  []token
	atoms []atom
	r     resolver
	// The published day of the last call, kept: the sentences of a
	// document share it, and making it costs calendar arithmetic.
	pubOK     bool
	published time.Time
	pub       time.Time
	isos      isoMemo // days formatted and parsed by earlier calls
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledTokens bounds the token buffer kept for reuse, so that one huge
// sentence does not pin its buffer.
const maxPooledTokens = 4096

func (sc *scratch) find(sentence string, published time.Time, anchor model.When) []Mention {
	toks := lex(sc.toks[:0], sentence)
	if toks == nil {
		return nil
	}
	sc.toks = toks
	e := env{published: published, anchor: anchor, sc: sc}
	atoms := sc.atoms[:0]
	var m match
	nextCore := 0
	for i := 0; i < len(toks); {
		// skip to a few tokens before the next core token: no pattern can
		// start farther from one
		if nextCore < i {
			nextCore = i
		}
		for nextCore < len(toks) && !toks[nextCore].core {
			nextCore++
		}
		if nextCore == len(toks) {
			break
		}
		if l := leadOf(&toks[nextCore]); i < nextCore-l {
			i = nextCore - l
		}
		i = pastOther(toks, i, nextCore)
		if alone(toks, i) {
			i++
			continue
		}
		w, end, ok := longestAt(&e, toks, i, i, &m)
		if !ok {
			i++
			continue
		}
		// a longer date starting inside this one wins: "of June" gives way
		// to "June 28, 2016", "in June" to "June 2016"
		if j := overtaken(&e, toks, i, end, &m); j > i {
			i = j
			continue
		}
		a := atom{first: i, end: end, when: w, isTime: w.Time != "" && w.From == ""}
		if a.isTime {
			a.end, a.when = qualify(e.res(), toks, a.end, a.when)
		}
		a.weekday = toks[i].class == tokWeekday || i+1 < end && toks[i+1].class == tokWeekday
		atoms = append(atoms, a)
		if a.when.From != "" {
			r := e.res()
			r.localFrom, r.localTo = r.parseISO(a.when.From), r.parseISO(a.when.To)
			r.localCoarse = coarse(a.when.Precision)
			r.localDeictic = deicticAtom(toks, a)
			if r.firstDay.IsZero() && a.when.Precision == precDay {
				r.firstDay = r.localTo
			}
		}
		i = a.end
	}
	sc.atoms = atoms[:0]
	if len(atoms) == 0 {
		return nil
	}
	atoms = merge(toks, atoms)
	if len(atoms) > 1 {
		atoms = joinSpans(e.res(), toks, atoms)
	}
	out := make([]Mention, 0, len(atoms))
	for _, a := range atoms {
		out = append(out, Mention{Start: int(toks[a.first].start), End: int(toks[a.end-1].end), When: a.when})
	}
	return out
}

// pastOther returns the first position from i where a match may start
// (the loop tries none before core, the next core token). No element
// accepts a word outside the lexicon (tokOther), and a pattern with a core
// element must reach core, so it cannot start before the last such word
// ahead of core; only the few patterns without one ("two weeks ago",
// coreFree) may, where a token starts one of them.
func pastOther(toks []token, i, core int) int {
	k := core - 1
	for k >= i && toks[k].class != tokOther {
		k--
	}
	if k < i {
		return i
	}
	for p := i; p <= k; p++ {
		if startsCoreFree(&toks[p]) {
			return p
		}
	}
	return k + 1
}

// alone reports a position where no match can start: the next token is
// outside the lexicon (or the sentence ends there), so a match would be
// this token alone, and no pattern that may start here matches one token
// ("12 civilians": a number starts only longer patterns).
func alone(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].class != tokOther {
		return false
	}
	for _, pi := range candidates(&toks[i]) {
		if oneToken[pi] {
			return false
		}
	}
	return true
}

// atom is one matched pattern, before time and date are joined.
type atom struct {
	first, end int // token range
	when       model.When
	isTime     bool // a time of day with no date
	weekday    bool // starts with a weekday ("Thursday, June 30")
}

// qualify extends a time of day with "in the morning", "that night", "local
// time"... (table qualifiers), adjusting the hour and, for "that night",
// taking the anaphor's day.
func qualify(r *resolver, toks []token, end int, w model.When) (int, model.When) {
	for round := 0; round < 2; round++ {
		matched := false
		for _, q := range qualifiers {
			n, ok := matchWords(toks, end, q.words)
			if !ok {
				continue
			}
			w.Time = clockString(applyHalf(parseClock(w.Time), q.half))
			switch q.day {
			case anaphor:
				if f, t, ok := r.anaphorRef(); ok {
					dw := r.span(f, t, precDays)
					w.From, w.To, w.Precision = dw.From, dw.To, dw.Precision
				}
			case yesterday:
				if ref, ok := r.deicticRef(); ok {
					d := ref.AddDate(0, 0, -1)
					w.From = r.iso(d)
					w.To, w.Precision = w.From, precDay
				}
			}
			end += n
			matched = true
			break
		}
		if !matched {
			break
		}
	}
	return end, w
}

// matchWords matches space-separated lower-case words at toks[i:].
func matchWords(toks []token, i int, words string) (int, bool) {
	n := 0
	for len(words) > 0 {
		j := 0
		for j < len(words) && words[j] != ' ' {
			j++
		}
		w := words[:j]
		if j < len(words) {
			words = words[j+1:]
		} else {
			words = ""
		}
		if i+n >= len(toks) || toks[i+n].class != tokWord || toks[i+n].lit() != w {
			return 0, false
		}
		n++
	}
	return n, true
}

// merge joins a time of day to the date next to it ("1:30 in the morning on
// June 29", "June 29 at 1:30") and a weekday to the date it names
// ("Thursday, June 30"): the date wins.
func merge(toks []token, atoms []atom) []atom {
	out := atoms[:0]
	for i := 0; i < len(atoms); i++ {
		a := atoms[i]
		for i+1 < len(atoms) {
			b := atoms[i+1]
			switch {
			case a.isTime && !b.isTime && fillers(toks, a.end, b.first, timeThenDate):
				t := a.when.Time
				a.when = b.when
				if a.when.Time == "" {
					a.when.Time = t
				}
			case !a.isTime && b.isTime && fillers(toks, a.end, b.first, dateThenTime):
				a.when.Time = b.when.Time
				if b.when.From != "" && a.when.From == "" {
					a.when.From, a.when.To, a.when.Precision = b.when.From, b.when.To, b.when.Precision
				}
			case (a.weekday || countedDay(toks, a)) && !a.isTime && !b.isTime && !b.weekday && b.when.From != "" &&
				b.when.Precision == precDay && fillers(toks, a.end, b.first, appositionComma),
				a.weekday && !a.isTime && !b.isTime && !b.weekday && b.when.From != "" &&
					fillers(toks, a.end, b.first, timeThenDate):
				t := a.when.Time
				a.when = b.when
				if t != "" {
					a.when.Time = t
				}
			default:
				goto done
			}
			a.end = b.end
			a.isTime = a.isTime && b.isTime
			i++
		}
	done:
		out = append(out, a)
	}
	return out
}

// appositionComma is the only filler between a day counted from another
// ("the next day") and the calendar day that restates it.
var appositionComma = map[string]bool{",": true}

// countedDay reports an atom that counts its day from another date ("the
// next day", "the following morning", "the previous night"): a calendar day
// written after it and a comma ("The next day, 15 November, ...") restates
// it, and the writer's calendar day wins over a count from a possibly wrong
// anchor.
func countedDay(toks []token, a atom) bool {
	for k := a.first; k < a.end; k++ {
		switch toks[k].lit() {
		case "next", "following", "previous":
			return true
		}
	}
	return false
}

func fillers(toks []token, from, to int, ok map[string]bool) bool {
	if to-from > 3 {
		return false
	}
	for k := from; k < to; k++ {
		t := &toks[k]
		if (t.class != tokWord && t.class != tokPunct) || !ok[t.lit()] {
			return false
		}
	}
	return true
}

// longestAt returns the longest match at token i that ends past token
// minEnd (ties: table order). A shorter match is never built.
func longestAt(e *env, toks []token, i, minEnd int, m *match) (model.When, int, bool) {
	bestEnd, found := minEnd, false
	var bestW model.When
	for _, pi := range candidates(&toks[i]) {
		p := &patterns[pi]
		if !matchAt(p, toks, i, m) || m.end <= bestEnd {
			continue
		}
		r := e.res()
		r.m = *m // builders see the match through the (heap) resolver
		if w, ok := p.build(r, toks, &r.m); ok {
			bestEnd, bestW, found = m.end, w, true
		}
	}
	return bestW, bestEnd, found
}

// overtaken returns the first token inside (i, end) where a match starts
// that reaches past end, or i when there is none.
func overtaken(e *env, toks []token, i, end int, m *match) int {
	if endsHere(toks, end) {
		return i
	}
	for j := i + 1; j < end; j++ {
		if _, _, ok := longestAt(e, toks, j, end, m); ok {
			return j
		}
	}
	return i
}

// endsHere reports that no match can end past end: it would take the
// tokens from end on up to one that is not a comma or a dash (those are
// trimmed from a match's end), and there is none, or it is a word outside
// the lexicon, which no element accepts.
func endsHere(toks []token, end int) bool {
	k := end
	for k < len(toks) && toks[k].class == tokPunct && (toks[k].lit() == "," || toks[k].lit() == "-") {
		k++
	}
	return k == len(toks) || toks[k].class == tokOther
}

// env holds what resolution needs; the resolver is made only once a
// pattern matches, so sentences with numbers but no date allocate nothing
// for it.
type env struct {
	published time.Time
	anchor    model.When
	r         *resolver
	sc        *scratch // holds the resolver once made
}

func (e *env) res() *resolver {
	if e.r != nil {
		return e.r
	}
	sc := e.sc
	// == rather than Equal: the day is read in published's location.
	if !sc.pubOK || sc.published != e.published {
		sc.pubOK, sc.published, sc.pub = true, e.published, time.Time{}
		if !e.published.IsZero() {
			sc.pub = dateOf(e.published.Year(), int(e.published.Month()), e.published.Day())
		}
	}
	r := &sc.r
	*r = resolver{pub: sc.pub, isos: &sc.isos}
	if e.anchor.From != "" {
		r.anchorFrom = r.parseISO(e.anchor.From)
		r.anchorTo = r.anchorFrom
		if e.anchor.To != "" {
			if t := r.parseISO(e.anchor.To); !t.IsZero() && !t.Before(r.anchorFrom) {
				r.anchorTo = t
			}
		}
		if r.anchorFrom.IsZero() {
			r.anchorTo = time.Time{}
		}
		r.anchorCoarse = coarse(e.anchor.Precision)
	}
	e.r = r
	return r
}

func coarse(precision string) bool {
	return precision == model.PrecisionMonth || precision == model.PrecisionWeek
}

// joinSpans joins two days into one span (precision days) when the text
// presents them as one stretch of time:
//
//	"overnight Sunday into Monday"                 Sunday..Monday
//	"the night of Sunday to Monday"                Sunday..Monday
//	"between 8 a.m. yesterday and 8 a.m. today"    D-1..D
//	"from Sunday through Tuesday"                  Sunday..Tuesday
//
// "into", "to", "-", "through", "until" and "till" join consecutive days,
// or any days when "from", "between", "overnight" or "night of" comes
// before the first; "and" joins only after "between" ("on Sunday and Monday" are two
// days). The second day must follow the first by at most a week.
func joinSpans(r *resolver, toks []token, atoms []atom) []atom {
	out := atoms[:0]
	for i := 0; i < len(atoms); i++ {
		a := atoms[i]
		if i+1 < len(atoms) && a.end-a.first == 1 && toks[a.first].lit() == "overnight" && atoms[i+1].first == a.end {
			continue // "overnight Sunday (into Monday)": the days named date the night
		}
		if i+1 < len(atoms) && !a.isTime && !atoms[i+1].isTime && a.when.From != "" && atoms[i+1].when.From != "" &&
			a.when.Precision == precDay && atoms[i+1].when.Precision == precDay && atoms[i+1].first == a.end+1 {
			b := atoms[i+1]
			from, to := r.parseISO(a.when.From), r.parseISO(b.when.To)
			gap := to.Sub(from)
			opener := ""
			if a.first > 0 {
				opener = toks[a.first-1].lit()
			}
			wide := opener == "from" || opener == "between" || opener == "overnight" ||
				opener == "of" && a.first > 1 && toks[a.first-2].lit() == "night"
			join := false
			switch toks[a.end].lit() {
			case "into", "to", "-", "through", "until", "till":
				join = gap == day || wide
			case "and":
				join = opener == "between"
			}
			if join && gap > 0 && gap <= 7*day && !from.IsZero() && !to.IsZero() {
				a.when = r.span(from, to, precDays) // a time of day belongs to one day: dropped
				a.end = b.end
				if opener == "overnight" || opener == "between" || opener == "from" {
					a.first--
				}
				i++
			}
		}
		out = append(out, a)
	}
	return out
}

// deicticAtom reports whether a counts from the published day itself
// ("yesterday", "8 a.m. today"): it is no "now" for a later deictic of the
// sentence, so "between 8 a.m. yesterday and 8 a.m. today" keeps today as
// the published day ("the next day" may still count from it).
func deicticAtom(toks []token, a atom) bool {
	for k := a.first; k < a.end; k++ {
		switch toks[k].lit() {
		case "yesterday", "today", "tonight":
			return true
		}
	}
	return false
}
