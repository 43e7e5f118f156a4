package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/extract/quantity"
	"github.com/crosscheck/crosscheck/internal/extract/sentences"
	"github.com/crosscheck/crosscheck/internal/extract/timex"
	"github.com/crosscheck/crosscheck/internal/model"
)

// headingDate reads a paragraph's dated heading, "Al-Qusayr, 21 August
// 2024." or "Amerli, night of 19 July.": the day its paragraph tells of.
// The paragraph's weekdays ("late on a Wednesday") resolve against it,
// not against the report's own date.
func headingDate(text string, s sentences.Sentence, dates []timex.Mention) (time.Time, bool) {
	if len(dates) == 0 {
		return time.Time{}, false
	}
	d := dates[len(dates)-1]
	if d.When.From == "" || d.When.From != d.When.To {
		return time.Time{}, false
	}
	if rest := strings.TrimSpace(text[d.End:s.End]); rest != "" && rest != "." {
		return time.Time{}, false
	}
	head, ok := cutHeadingSeparator(strings.TrimSpace(text[s.Start:d.Start]))
	if !ok || !headingWords(head) {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", d.When.From)
	return t, err == nil
}

// headingSpan reads a paragraph opening with a heading dated over several
// days, "**Khasham, 7-8 February 2018.** This one is murkier.": the span
// of the incident the passage tells of. The heading may be set in bold or
// as a title ('*', '#', '_' around it) and its paragraph may go on after it.
func headingSpan(text string, s sentences.Sentence, dates []timex.Mention) (model.When, bool) {
	if len(dates) == 0 {
		return model.When{}, false
	}
	d := dates[0]
	if d.When.From == "" || d.When.To <= d.When.From || d.Start < s.Start || d.End > s.End {
		return model.When{}, false
	}
	if rest := strings.TrimLeft(text[d.End:s.End], "*_ "); rest != "" && rest[0] != '.' && rest[0] != '\n' {
		return model.When{}, false
	} else if rest = strings.TrimLeft(strings.TrimPrefix(rest, "."), "*_"); rest != "" && rest[0] != ' ' && rest[0] != '\n' {
		return model.When{}, false
	}
	head, ok := cutHeadingSeparator(strings.TrimSpace(strings.TrimLeft(text[s.Start:d.Start], "*_# ")))
	if !ok || head == "" || !headingWords(head) {
		return model.When{}, false
	}
	return d.When, true
}

// within reports a claim's day lying inside span.
func within(w, span model.When) bool {
	return w.From != "" && w.To != "" && w.From >= span.From && w.To <= span.To
}

// cutHeadingSeparator cuts what parts a heading's name from its date: a
// comma ("Al-Qusayr, 21 August 2024") or a dash or colon ("2. Homs
// governorate - 7 December 2023", "Homs: 7 December 2023").
func cutHeadingSeparator(head string) (string, bool) {
	for _, sep := range [...]string{",", " -", " –", " —", ":"} {
		if h, ok := strings.CutSuffix(head, sep); ok {
			return strings.TrimSpace(h), true
		}
	}
	return head, false
}

// headingWords reports a short name, as a heading gives it: up to six
// words, each capitalised, a number ("3."), a joining word ("of", "al-") or
// a place noun ("Idlib governorate").
func headingWords(head string) bool {
	fields := strings.Fields(head)
	if len(fields) == 0 || len(fields) > 6 {
		return false
	}
	for _, w := range fields {
		c := w[0]
		lw := strings.ToLower(strings.TrimSuffix(w, ","))
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || headingJoins.has(lw) || headingPlaceNouns.has(lw) || articled(lw) || c >= 0x80) {
			return false
		}
	}
	return true
}

// headingJoins may stand uncapitalised inside a heading's name.
var headingJoins = words("of", "al-", "el-", "the", "and", "de", "near")

// articled reports a name under an Arabic article written small ("al-Numan").
func articled(w string) bool {
	return len(w) > 3 && (strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-"))
}

// headingPlaceNouns may follow a name in a heading, uncapitalised.
var headingPlaceNouns = words("governorate", "province", "district", "region", "countryside", "city")

// claimedDay is the day of the last claim a sentence made, when one of the
// sentence's dates gives it and the passage's date last would otherwise be a
// longer stretch named after it: the passage goes on with that strike, not
// with a background month ("in violation of the understandings of October
// 2019"). A later day ("buried their dead on Wednesday after a drone struck
// ... yesterday, Tuesday") stays the passage's.
func claimedDay(claims []model.Claim, from int, dates []timex.Mention, last model.When) (model.When, bool) {
	if len(claims) <= from || last.From == last.To {
		return model.When{}, false
	}
	w := claims[len(claims)-1].When
	if w.From == "" {
		return model.When{}, false
	}
	for _, d := range dates {
		if d.When.From == w.From && d.When.To == w.To {
			return w, true
		}
	}
	return model.When{}, false
}

// claimDayAmong reports that the last claim made from index from is dated
// by one of the sentence's own dates.
func claimDayAmong(claims []model.Claim, from int, dates []timex.Mention) bool {
	if len(claims) <= from {
		return false
	}
	w := claims[len(claims)-1].When
	for _, d := range dates {
		if w.From != "" && d.When.From == w.From && d.When.To == w.To {
			return true
		}
	}
	return false
}

// ownSourceNouns name what a narrator received or gathered: "according to
// information we have received", "according to reports we gathered".
var ownSourceNouns = words("information", "reports", "accounts", "testimony", "testimonies", "evidence", "data", "details")

// ownSourceAt reports "information we have received" at token v: the
// narrator's own sources, which make the clause the narrator's claim. It
// returns the end of the phrase (the next comma).
func ownSourceAt(toks []token, v, hi int) (int, bool) {
	t := v
	if t < hi && (toks[t].Norm == "the" || toks[t].Norm == "some") {
		t++
	}
	if t >= hi || !ownSourceNouns.has(toks[t].Norm) {
		return 0, false
	}
	t++
	if t >= hi || toks[t].Norm != "we" && toks[t].Norm != "i" {
		return 0, false
	}
	for t < hi && toks[t].Norm != "," {
		t++
	}
	return t, true
}

// narratedBefore finds the narrator's own clause before a speaker joined
// to it by ", and", ", but", ", while" or ";": "Iraqi jets struck a cave
// south of Kirkuk, and the ministry said nine militants died" tells the
// strike in the outlet's voice and the toll in the ministry's. It returns
// the end of that clause, which must have a strike verb and no speech of
// its own.
func narratedBefore(toks []token, ms []match, from, speaker int) (int, bool) {
	// back over the speaker's words ("the Cell", "local officials") to the join
	e := speaker - 1
	for n := 0; e > from && n < 6 && toks[e].Word && !clauseJoins.has(toks[e].Norm); n++ {
		e--
	}
	switch {
	case e > from && toks[e].Norm == ";":
	case e-1 > from && clauseJoins.has(toks[e].Norm) && toks[e-1].Norm == ",":
		e--
	default:
		return 0, false
	}
	if e-from < 3 {
		return 0, false
	}
	verb := false
	for t := from; t < e; t++ {
		if toks[t].Quote != 0 {
			return 0, false
		}
	}
	i, j := msRange(ms, from, e)
	for _, m := range ms[i:j] {
		if m.To > e {
			break
		}
		if m.E.Flags&(fSpeech|fClaim) != 0 {
			return 0, false
		}
		if m.E.Flags&fAttackVerb != 0 && m.E.Flags&(fAttackNoun|fExcept|fMention) == 0 {
			verb = true
		}
	}
	return e, verb
}

// clauseJoins join two main clauses after a comma.
var clauseJoins = words("and", "but", "while")

// fallVerbs tell of a strike only when a munition falls: "missiles and
// drones fell on the camps", "shells rained down on the town".
var fallVerbs = words("fell", "rained")

// munitionWords name what is fired or dropped.
var munitionWords = words("missile", "missiles", "rocket", "rockets", "shell", "shells", "bomb", "bombs",
	"drone", "drones", "projectile", "projectiles", "mortar", "mortars", "munitions", "barrels")

// dropVerbs tell of a strike only when what is dropped is a munition: "a jet
// dropped the bombs on the market", not "the ministry dropped the charges" or
// "aircraft dropped leaflets".
var dropVerbs = words("dropped", "dropping")

// droppedMunitions are the objects of a drop verb that make it a strike.
var droppedMunitions = words("bomb", "bombs", "missile", "missiles", "barrel", "barrels", "munition",
	"munitions", "explosive", "explosives", "ordnance", "grenade", "grenades", "shell", "shells", "rocket", "rockets")

// fallenMunition reports whether m, if a fall verb, has a munition for its
// subject within the four words before it, or, if a drop verb, a munition
// just before it or for its object within the four words after it; any
// other verb passes.
func fallenMunition(toks []token, m match) bool {
	if dropVerbs.has(toks[m.From].Norm) && m.To-m.From == 1 {
		if m.From > 0 && toks[m.From-1].Norm == "-" {
			return false // "air-dropped munitions": a kind of weapon, no strike
		}
		if m.From > 0 && droppedMunitions.has(toks[m.From-1].Norm) {
			return true // "a grenade dropped from a drone"
		}
		for t := m.To; t < len(toks) && t < m.To+4 && toks[t].Word; t++ {
			if droppedMunitions.has(toks[t].Norm) {
				return true
			}
		}
		return false
	}
	if !fallVerbs.has(toks[m.From].Norm) {
		return true
	}
	for t := m.From - 1; t >= 0 && t >= m.From-4 && toks[t].Word; t-- {
		if munitionWords.has(toks[t].Norm) {
			return true
		}
	}
	return false
}

// statementStances are claims about a strike told elsewhere: a denial, a
// withdrawal or a doubt dates nothing but the day it was said.
var statementStances = words(model.StanceDenies, model.StanceRetracts, model.StanceDisputes)

// strikeDayOfStatements dates a denial, withdrawal or doubt that names no
// day of its own by the strike it answers, when the report dates that
// strike elsewhere and the reference is clear: an account of the same place
// or target, all on one day ("The channel on Thursday withdrew its report
// that an air strike hit troops near Hit. ... it had said that aircraft hit
// an army position near Hit on Tuesday evening"). The other claims of the
// statement's sentence that name no day either move with it.
func (st *docState) strikeDayOfStatements() {
	for i := range st.claims {
		c := &st.claims[i]
		var w model.When
		var ok bool
		switch {
		case statementStances.has(c.Stance):
			if st.meta[i].dated && !st.statedDayOnly(*c) {
				continue
			}
			w, ok = st.answeredDay(i)
		case c.Stance == model.StanceAsserts && st.meta[i].dated:
			// the accounts first: statedDayOnly reads the quote's dates
			// again, and most assertions have no earlier day to move to
			w, ok = st.toldStrikeDay(i)
			ok = ok && st.statedDayOnly(*c)
		}
		if !ok {
			continue
		}
		old := c.When
		// the sentence's other claims, which stand next to it
		lo, hi := i, i
		for lo > 0 && st.meta[lo-1].sentence == st.meta[i].sentence {
			lo--
		}
		for hi+1 < len(st.claims) && st.meta[hi+1].sentence == st.meta[i].sentence {
			hi++
		}
		for k := lo; k <= hi; k++ {
			if k == i || st.claims[k].When == old && (!st.meta[k].dated || st.statedDayOnly(st.claims[k])) {
				st.claims[k].When = w
			}
		}
	}
}

// answeredDay is the one day of the accounts (dated assertions, in other
// sentences) of claim i's place or target; false when there is none, or
// more than one.
func (st *docState) answeredDay(i int) (model.When, bool) {
	c := st.claims[i]
	var day model.When
	// the accounts told near it: a long document stays linear
	for j := max(0, i-claimLookback); j < min(len(st.claims), i+claimLookback); j++ {
		o := &st.claims[j]
		if st.meta[j].sentence == st.meta[i].sentence || !st.meta[j].dated || o.When.From == "" || o.Stance != model.StanceAsserts && o.Stance != model.StanceConfirms {
			continue
		}
		if !sameSite(&c, o) || j > i && longBefore(o.When, c.When) {
			continue // (an older strike recalled after it, at the same base, is not the one answered)
		}
		if day.From != "" && day != o.When {
			return model.When{}, false
		}
		day = o.When
	}
	return day, day.From != "" && day != c.When
}

// sameSite reports an account o of claim c's place (finer than a country)
// or of its target.
func sameSite(c, o *model.Claim) bool {
	return c.Where.Name != "" && o.Where.Name == c.Where.Name && c.Where.Precision != model.PlaceCountry ||
		c.Event.Target != "" && o.Event.Target == c.Event.Target
}

// toldStrikeDay is the day of the strike an assertion dated only by the day
// it was made tells of ("the ministry on Wednesday accused the United States
// of helping the militants who launched drones at its base ... the drones
// were in the air late on Saturday"): the one earlier day the report gives
// the accounts (in other sentences) of the same place or target and of a
// like kind of strike. False when there is none, or more than one: another
// strike at the same place leaves the statement where it is.
func (st *docState) toldStrikeDay(i int) (model.When, bool) {
	// Accounts naming the kind of strike decide first: an account of no
	// kind on another day ("no further detail about that attack") may be
	// another strike at the place. One pass reads both.
	c := &st.claims[i]
	known := knownType(c.Event.Type)
	var ofKnown, ofAll toldDays
	for j := max(0, i-claimLookback); j < min(len(st.claims), i+claimLookback); j++ {
		o := &st.claims[j]
		if st.meta[j].sentence == st.meta[i].sentence || o.When.From == "" || o.Stance != model.StanceAsserts && o.Stance != model.StanceConfirms {
			continue
		}
		if !sameSite(c, o) {
			continue // (first: longBefore reads dates)
		}
		if o.When.To >= c.When.From || longBefore(o.When, c.When) || !likeStrikes(o.Event.Type, c.Event.Type) {
			continue // (the statement's own day, a later one, or another kind of strike)
		}
		ofAll.add(o.When)
		if known && knownType(o.Event.Type) {
			ofKnown.add(o.When)
		}
		if ofAll.many && (!known || ofKnown.many) {
			break // neither can name one day now
		}
	}
	if known {
		if day, ok := ofKnown.one(); ok {
			return day, true
		}
	}
	return ofAll.one()
}

// toldDays gathers the days of the accounts toldStrikeDay reads: one day,
// or many.
type toldDays struct {
	day  model.When
	many bool
}

// add reads one more account's day.
func (t *toldDays) add(w model.When) {
	if t.day.From != "" && t.day != w {
		t.many = true
	}
	t.day = w
}

// one is the accounts' one day; false when there is none, or more than one.
func (t toldDays) one() (model.When, bool) {
	if t.many || t.day.From == "" {
		return model.When{}, false
	}
	return t.day, true
}

// airborneStrikes are the kinds of strike one account may call by another
// name: "an air strike", "the drones", "a helicopter".
var airborneStrikes = words(model.EventAirstrike, model.EventDroneStrike, model.EventHelicopterAttack)

// likeStrikes reports two event types that may tell one strike: the same,
// either unknown, or both from the air.
func likeStrikes(a, b string) bool {
	return a == b || a == model.EventUnknown || b == model.EventUnknown || a == "" || b == "" ||
		airborneStrikes.has(a) && airborneStrikes.has(b)
}

// maxAnsweredDays bounds how long before a statement the strike it answers
// may lie when the statement names no day: a denial or withdrawal told
// without a day follows its strike within weeks.
const maxAnsweredDays = 31

// longBefore reports strike day w more than maxAnsweredDays before the
// statement's day s.
func longBefore(w, s model.When) bool {
	a, ok1 := model.ParseDay(w.To)
	b, ok2 := model.ParseDay(s.From)
	return ok1 && ok2 && b-a > maxAnsweredDays
}

// shiftedDays is w moved n days (back when n < 0); false when w is not a
// span of days.
func shiftedDays(w model.When, n int) (model.When, bool) {
	from, ok1 := model.ParseDay(w.From)
	to, ok2 := model.ParseDay(w.To)
	if !ok1 || !ok2 {
		return w, false
	}
	w.From, w.To = model.DayString(from+n), model.DayString(to+n)
	return w, true
}

// statementVerbs follow the day a statement was made: "the channel on
// Thursday withdrew its report", "the ministry on Friday denied".
var statementVerbs = words("withdrew", "retracted", "deleted", "denied", "rejected", "dismissed", "disputed",
	"questioned", "corrected", "said", "announced", "stated", "insisted", "accused", "blamed")

// statedDayOnly reports a claim whose sentence gives its day only as the
// day something was said: a dateline, "said on Friday", "on Thursday
// withdrew". (Read for denials and withdrawals only: few claims.)
func (st *docState) statedDayOnly(c model.Claim) bool {
	quote := st.text[c.Span[0]:c.Span[1]]
	found := false
	for _, d := range timex.Find(quote, st.refTime) {
		if d.When.From != c.When.From || d.When.To != c.When.To {
			continue
		}
		d.Start += c.Span[0]
		d.End += c.Span[0]
		if !statementDate(st.text, d) && !statementVerbs.has(lowerASCII(nextWordOf(st.text, d.End))) {
			return false
		}
		found = true
	}
	return found
}

// daysAfterPhrases follow a day and name the strike told after them: "today,
// Thursday, a day after missiles fell on the camps" dates the strike to
// Wednesday.
var daysAfterPhrases = []struct {
	phrase string
	days   int
}{{"a day after ", 1}, {"the day after ", 1}, {"one day after ", 1}, {"two days after ", 2}}

// dateDaysAfter moves each day followed by ", a day after" back to the day
// of what follows: the strike, not the day the sentence opens with.
func dateDaysAfter(text string, dates []timex.Mention) {
	for k := range dates {
		d := &dates[k]
		if d.When.From == "" || d.End+2 >= len(text) || text[d.End] != ',' {
			continue
		}
		rest := text[d.End+2 : min(len(text), d.End+2+len("one day after "))]
		for _, p := range daysAfterPhrases {
			if !strings.HasPrefix(rest, p.phrase) {
				continue
			}
			was := d.When
			moved, ok := shiftedDays(was, -p.days)
			if !ok {
				break
			}
			// with the same day named just before it: "today, Thursday"
			for j := k; j >= 0 && dates[j].When == was && (j == k || text[dates[j].End:dates[j+1].Start] == ", "); j-- {
				dates[j].When = moved
			}
			break
		}
	}
}

// comparedDay reports a date given as the occasion a clause compares its
// strike with ("Turkey did this, as it did in April", "as they had on
// Monday"): the day of that other strike, not of this one.
func comparedDay(text string, d timex.Mention) bool {
	lo, end := wordsBeforeDate(text, d)
	end = cutPreposition(text, lo, end, " in", " on", " last")
	for _, p := range comparePhrases {
		if endsFold(text, lo, end, p) {
			return true
		}
	}
	return false
}

// thanWindow bounds how far before its date a comparison's "than" may stand:
// "than the fire after the strike of 7 December".
const thanWindow = 64

// thanOpeners follow a comparison's "than" that names another occasion,
// not a number ("more than 20 people on Tuesday" compares a count).
var thanOpeners = words("the", "that", "those", "on", "in", "at", "during", "last")

// thanDay reports a date inside the second term of a comparison, with no
// clause break between: "a much larger footprint than the fire after the
// strike of 7 December" dates the other strike, not the passage's.
func thanDay(text string, d timex.Mention) bool {
	lo := max(0, d.Start-thanWindow)
	for k := d.Start - 1; k >= lo; k-- {
		switch text[k] {
		case ',', ';', '.', ':', '\n', '(', '"':
			return false
		case ' ':
			if k >= lo+len(" than") && equalLowerASCII(text[k-len(" than"):k], " than") {
				return thanOpeners.has(lowerASCII(nextWordOf(text, k)))
			}
		}
	}
	return false
}

// tallyDay reports a date given as the time by which a tally or a state
// was reached ("By Wednesday we had received 52 bodies", "by 5 June the
// toll stood at 40"): when the counting stood, not the day of the strike.
// A possessive day is the strike's own ("killed by Tuesday's raid").
func tallyDay(text string, d timex.Mention) bool {
	lo, end := wordsBeforeDate(text, d)
	if !endsFold(text, lo, end, "by") || end-lo > 2 && text[end-3] != ' ' && text[end-3] != '\n' {
		return false
	}
	rest := text[d.End:min(len(text), d.End+4)]
	return !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") && !strings.HasSuffix(text[d.Start:d.End], "'s")
}

// accordNouns name a truce or an agreement dated by what follows: "the
// agreement of October 2019", "the truce in March". Such a date is
// background, not the day of a strike.
var accordNouns = [...]string{" ceasefire", " truce", " agreement", " accord", " deal", " understandings"}

// accordVerbs make one, and may stand a few words before its date: "the
// ceasefire agreed by Russia and Turkey in March 2020".
var accordVerbs = [...]string{" agreed ", " signed ", " brokered "}

// accordVerbEnd ends every one of accordVerbs (TestAccordVerbsEnd).
const accordVerbEnd = "ed "

// accordDay reports a date given as when a truce or agreement was made.
func accordDay(text string, d timex.Mention) bool {
	lo, end := wordsBeforeDate(text, d)
	if e := cutPreposition(text, lo, end, " in", " of"); e < end {
		for _, w := range accordNouns {
			if endsFold(text, lo, e, w) {
				return true
			}
		}
	}
	// the clause before the date, back to a comma: the verb and its agent
	window := text[max(0, d.Start-48):d.Start]
	if !containsAccordVerb(window) {
		return false // (the common case: no verb, so no clause to cut)
	}
	clause := window
	if k := strings.LastIndexAny(clause, ",;.("); k >= 0 {
		clause = clause[k+1:]
	}
	return containsAccordVerb(clause)
}

// containsAccordVerb reports whether s holds one of accordVerbs: one
// search for their common end "ed " (a participle or two in the window),
// each hit then tested for the verbs, instead of a search per verb.
func containsAccordVerb(s string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], accordVerbEnd)
		if k < 0 {
			return false
		}
		e := i + k + len(accordVerbEnd)
		for _, w := range accordVerbs {
			if strings.HasSuffix(s[:e], w) {
				return true
			}
		}
		i += k + 1
	}
}

// wordsBeforeDate is the span of up to 24 bytes before date d, its trailing
// spaces cut: where the words that set the date aside stand.
func wordsBeforeDate(text string, d timex.Mention) (lo, end int) {
	lo, end = max(0, d.Start-24), d.Start
	for end > lo && text[end-1] == ' ' {
		end--
	}
	return lo, end
}

// cutPreposition cuts the first of preps that text[lo:end] ends with.
func cutPreposition(text string, lo, end int, preps ...string) int {
	for _, p := range preps {
		if endsFold(text, lo, end, p) {
			return end - len(p)
		}
	}
	return end
}

// comparePhrases close the words that liken a strike to an earlier one.
var comparePhrases = [...]string{"as it did", "as they did", "as it had", "as they had", "as it has", "as they have", "as happened", "as it also did", "as they also did"}

// openingSpanUnits are the spans a sentence opening "N <unit> after ..."
// counts back by, in days: "Nine days after the bombing", "Three weeks
// after the raid".
var openingSpanUnits = [...]struct {
	word string
	days int
}{{"day", 1}, {"days", 1}, {"week", 7}, {"weeks", 7}, {"fortnight", 14}}

// maxOpeningDays bounds the span counted back: past a month the day is a
// guess, and the report's own dates say more.
const maxOpeningDays = 31

// openingDaysAfter gives the day of the strike a sentence opening "Two days
// after ..." (any count of days or weeks up to a month) tells of, counted
// back from ref (the report's day).
func openingDaysAfter(sentence string, ref time.Time) (model.When, bool) {
	sentence = afterLabel(sentence) // "ANCHOR (NAME): Two days after ..."
	if ref.IsZero() || len(sentence) < 12 {
		return model.When{}, false
	}
	first, rest, _ := strings.Cut(sentence, " ")
	unit, rest, ok := strings.Cut(rest, " ")
	if !ok || len(rest) < 6 || !strings.EqualFold(rest[:6], "after ") {
		return model.When{}, false
	}
	count, ok := openingCount(first)
	if !ok {
		return model.When{}, false
	}
	for _, u := range openingSpanUnits {
		if strings.EqualFold(unit, u.word) && count*u.days <= maxOpeningDays {
			d := ref.AddDate(0, 0, -count*u.days).Format("2006-01-02")
			return model.When{From: d, To: d, Precision: model.PrecisionDay}, true
		}
	}
	return model.When{}, false
}

// afterLabel is what a sentence says after a transcript's speaker label
// of one or two words ("ANCHOR (HELEN MARSH): ...", "COL. GARRITY: ..."),
// or the sentence itself.
func afterLabel(s string) string {
	if !upperLabelOpens(s) {
		return s
	}
	i := strings.IndexByte(s[:min(len(s), 60)], ':')
	if i < 0 || strings.Count(strings.TrimSpace(s[:strings.IndexAny(s, "(:")]), " ") > 1 {
		return s // "THE WEEK IN ONE LINE:": a heading, not who speaks
	}
	return strings.TrimSpace(s[i+1:])
}

// openingCount reads the count a sentence opens with ("a", "one",
// "nine", "twenty-one", "12").
func openingCount(word string) (int, bool) {
	if len(word) > 12 {
		return 0, false
	}
	word = strings.ToLower(word)
	if word == "a" {
		return 1, true
	}
	if n, err := strconv.Atoi(word); err == nil {
		return n, n > 0
	}
	n := 0
	for _, part := range strings.Split(word, "-") {
		v, ok := quantity.NumberWord(part)
		if !ok {
			return 0, false
		}
		n += v
	}
	return n, n > 0
}

// todayBeside reports whether first, the clause's date, is "today" while the
// clause also names an earlier day: "In Najaf today, thousands followed the
// coffins of the men killed in the bombing on Sunday night" tells of the
// strike on Sunday. It returns that earlier day.
func todayBeside(text string, dates []timex.Mention, first timex.Mention, from, to int) (timex.Mention, bool) {
	if !strings.EqualFold(text[first.Start:first.End], "today") {
		return first, false
	}
	for _, d := range dates {
		if d.Start <= first.Start || d.Start < from || d.End > to || d.When.From == "" || d.When.To >= first.When.From {
			continue
		}
		if !statementDate(text, d) && !comparedDay(text, d) && !backdated(text[d.Start:d.End]) {
			return d, true
		}
	}
	return first, false
}

// anyDay reports a date mention that resolves to a calendar day or span.
func anyDay(dates []timex.Mention) bool {
	for _, d := range dates {
		if d.When.From != "" {
			return true
		}
	}
	return false
}

// beganDay reports a date given as when something long began ("the worst
// loss of life since the campaign began in October", "since
// 2014"): in a sentence that makes no claim it is background, and the
// passage keeps the day of its strike.
func beganDay(text string, d timex.Mention) bool {
	lo, end := wordsBeforeDate(text, d)
	if endsFold(text, lo, end, "since") {
		return true
	}
	end = cutPreposition(text, lo, end, " in", " on")
	return endsFold(text, lo, end, " began") || endsFold(text, lo, end, " begun") || endsFold(text, lo, end, " started")
}

// sinceBegan reports a date inside a "since" clause that tells when
// something long began ("for the first time since the fighting began in
// October, jets struck ..."): the start of a war, not the day of the strike
// the main clause tells. ("The strikes began on Monday" is no such clause.)
func sinceBegan(text string, d timex.Mention) bool {
	lo, end := wordsBeforeDate(text, d)
	end = cutPreposition(text, lo, end, " in", " on")
	if !endsFold(text, lo, end, " began") && !endsFold(text, lo, end, " begun") && !endsFold(text, lo, end, " started") {
		return false // (bare "since Tuesday" dates strikes running from then)
	}
	lo = max(0, d.Start-96)
	if k := strings.LastIndexAny(text[lo:d.Start], ",;.:\n"); k >= 0 {
		lo += k + 1
	}
	clause := text[lo:d.Start]
	return strings.HasPrefix(clause, "since ") || strings.Contains(clause, " since ") || strings.HasPrefix(clause, "Since ")
}

// participantDay reports a day's possessive naming an attack that the
// people of the clause took part in ("killing six militants, among them the
// leader who planned Sunday's attack", "accused of planning Sunday night's
// attack", "members of the cell behind Tuesday's attack"): the day of that
// earlier attack, not of the strike that hit them. A main clause's blame
// ("militias were behind Monday's attack") is the strike's own day.
func participantDay(text string, d timex.Mention) bool {
	if !possessive(text, d.End) {
		return false
	}
	w1 := prevWordOf(text, d.Start)
	b := spacesBefore(text, d.Start) - len(w1)
	w2 := prevWordOf(text, b)
	switch {
	case plannedVerbs.has(w1):
		return relativeLeads.has(w2)
	case planningVerbs.has(w1):
		return w2 == "of" || w2 == "for"
	case w1 == "behind":
		return behindNouns.has(w2)
	case w1 == "in" && w2 == "part":
		// "believed to have taken part in", "who took part in"
		b = spacesBefore(text, b) - len(w2)
		switch w3 := prevWordOf(text, b); w3 {
		case "taken":
			return true
		case "took":
			return relativeLeads.has(prevWordOf(text, spacesBefore(text, b)-len(w3)))
		}
	}
	return false
}

// plannedVerbs tell who prepared or led an attack, after a relative
// pronoun or "had": "who planned", "who had ordered".
var plannedVerbs = words("planned", "plotted", "ordered", "organised", "organized", "masterminded", "led", "staged", "prepared")

// planningVerbs are their gerunds, after "of" or "for": "accused of
// planning", "wanted for organising".
var planningVerbs = words("planning", "plotting", "ordering", "organising", "organizing", "masterminding", "leading", "staging", "preparing")

// relativeLeads open the clause a planned verb tells of people: "who
// planned", "that had ordered", "believed to have plotted".
var relativeLeads = words("who", "that", "which", "had", "have", "having", "allegedly", "reportedly")

// behindNouns are the people "behind" an attack in a noun phrase ("the cell
// behind", "those behind"), unlike a verb's blame ("were behind").
var behindNouns = words("cell", "cells", "men", "man", "group", "network", "those", "militants", "fighters",
	"gunmen", "team", "squad", "planners", "perpetrators", "attackers", "commander", "leader", "leaders", "members")

// thatStrikeOpens reports a sentence opening with a distal demonstrative
// on a strike noun ("That attack, which ...", "That raid killed ..."): it
// goes back to the other attack the sentence before named in passing.
func thatStrikeOpens(sentence string) bool {
	rest, ok := strings.CutPrefix(sentence, "That ")
	return ok && strikeNames.has(lowerASCII(nextWordOf(rest, 0)))
}
