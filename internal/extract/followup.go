package extract

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/extract/quantity"
	"github.com/crosscheck/crosscheck/internal/extract/sentences"
	"github.com/crosscheck/crosscheck/internal/extract/timex"
	"github.com/crosscheck/crosscheck/internal/model"
)

// followKinds are the figures a sentence can add to the strike told of just
// before: tolls and vehicles, not numbers of strikes (those are tallies).
var followKinds = words(
	model.CountKilled, model.CountInjured,
	model.CountVehiclesDestroyed, model.CountVehiclesStruck,
)

// followReach is how many sentences after the last claim a figure in
// another paragraph may still be that claim's strike's.
const followReach = 6

// followBackground words mark a figure of another time or a running total:
// "since 2014", "so far this year", "in total", "in an earlier raid".
var followBackground = words(
	"since", "total", "totals", "overall", "cumulative",
	"year", "years", "month", "months", "weeks", "ago",
	"war", "conflict", "campaign", "previous", "earlier",
	"separate", "another", "last", "past", "similar",
)

// followCounts gives the figures of a sentence that makes no claim of its
// own to the strike the report told of just before (the last claim, made in
// the same paragraph or at most two sentences back; up to followReach
// sentences back when the sentence names no place and its paragraph no
// other time): "More than 15 people
// were wounded, it said.", "The four men inside the truck were killed.",
// "The command said two of their vehicles were destroyed." When the
// sentence's speaker made that claim the figures join it (its quote runs
// on to this sentence); so do a reporter's bare narration and a speaker
// named only by reference ("the command", "it", "which confirms"), which
// go on with the source just quoted. Another named speaker makes a new
// claim with the strike's place and date. It looks only at the last claim
// and reads the sentence a bounded number of times: linear in its length.
func (st *docState) followCounts(idx int, s sentences.Sentence, toks []token, ms []match, atts []attribution, dates []timex.Mention) {
	if len(st.claims) == 0 || len(toks) == 0 {
		return
	}
	// Every figure below is read from a part of the sentence cut between
	// words: when the sentence may hold none, no part holds one, and the
	// tests before that read only ever return.
	if !quantity.MayHaveFigures(st.text[s.Start:s.End]) {
		return
	}
	lm := st.meta[len(st.meta)-1]
	if lm.sentence >= idx {
		return
	}
	// Past the paragraph and two sentences, a figure still goes on with the
	// last strike a few sentences on ("Three other relatives were wounded,
	// he said." after a quote), unless it names a place: another strike.
	far := !(lm.sentence >= idx-2 || lm.para == s.Para)
	if far && lm.sentence < idx-followReach {
		return
	}
	last := &st.claims[len(st.claims)-1]
	if last.Source != "prose" {
		return
	}
	whole := clause{from: 0, to: len(toks)}
	if habitual(toks, whole) || tally(toks, ms, whole) {
		return
	}
	var zeros []quantity.Figure // the sentence's zero tolls, read at its first negation
	zerosRead := false
	for k, t := range toks {
		if len(t.Norm) == 4 && (t.Norm[:2] == "19" || t.Norm[:2] == "20") && hasDigit(t.Norm[2:]) {
			return // "in 2014"
		}
		if !followWordsFilter.has(t.Norm) {
			continue
		}
		if followNegation.has(t.Norm) {
			if !zerosRead {
				zeros, zerosRead = quantity.ZeroTolls(st.text[s.Start:s.End]), true
			}
			if !opensZeroToll(zeros, t.Start-s.Start) && !noDamage(toks, k) {
				return // "no information about a woman being killed"
			}
		}
		if backgroundAt(toks, k) {
			return // "since 2014", "last year", "in a separate raid"
		}
	}
	if firstFigureOnly(toks) {
		return // "It had initially put the toll at five": a figure it no longer gives
	}
	// A day of its own that is not the strike's: another incident.
	for _, d := range dates {
		if d.When.From != "" && !statementDate(st.text, d) && d.When.From != last.When.From && !deathDay(toks, d.Start) && !inSourceClause(toks, d.Start) {
			return
		}
	}
	// The speaker: that of the sentence's one attribution; a source named
	// by no known name ("the command said", "it named") or the reporter's
	// own narration goes on with the last claim's source.
	sp := ""
	name := ""
	segs := [2][2]int{{0, len(toks)}, {0, 0}}
	if len(atts) > 1 && !oneSpeaker(atts) {
		return // two sources in one sentence: not a plain figure
	}
	if len(atts) > 0 {
		a := &atts[0]
		if a.stance != model.StanceAsserts && a.stance != model.StanceConfirms {
			return
		}
		switch {
		case a.unresolved || len(a.speakers) == 0:
			if a.spTo > a.spFrom && !anaphoricWords.has(toks[a.spFrom].Norm) {
				return // "Iraqi civil defence officials said": a source of its own, unknown
			}
			sp = last.Speaker // "the command said", "it named", "which confirms"
		case len(a.speakers) == 1:
			sp, name = a.speakers[0], a.name
		default:
			return
		}
		lo, hi := a.verb, a.verbEnd
		if hi > lo+1 {
			hi = lo + 1 // "put the death toll at 9": the count noun stays with its figure
		}
		if sp != last.Speaker && a.spTo > a.spFrom {
			lo, hi = min(a.spFrom, a.verb), max(a.spTo, a.verbEnd)
		}
		segs = [2][2]int{{0, lo}, {hi, len(toks)}}
	} else {
		sps, _ := st.unattributedSpeakers(idx, s)
		if len(sps) != 1 {
			return // a colon that introduced two sources
		}
		sp = sps[0]
		if sp == model.Journalist {
			sp = last.Speaker
		}
	}
	var counts []model.Count
	var risen uint32 // the counts (the first 32) a rise sets: "raising it to nine"
	for _, sg := range segs {
		if sg[1] <= sg[0] {
			continue
		}
		from, to := toks[sg[0]].Start, toks[sg[1]-1].End
		for _, fg := range quantity.Counts(st.text[from:to], st.paraCounts) {
			if !followKinds.has(fg.Count.Kind) {
				continue
			}
			if risenFigure(toks, from+fg.Start) && len(counts) < 32 {
				risen |= 1 << len(counts)
			}
			counts = append(counts, fg.Count)
		}
	}
	counts = latestFigures(counts, risen)
	if len(counts) == 0 || far && (len(st.placesIn(s.Start, s.End, nil)) > 0 || st.paragraphBackground(idx)) {
		return
	}
	if len(st.paraCounts) < 32 {
		st.paraCounts = append(st.paraCounts, counts...)
	}
	if sp == last.Speaker && (last.Stance == model.StanceAsserts || last.Stance == model.StanceConfirms) {
		// The same source goes on about its strike: its figures join the
		// claim, whose quote runs on to this sentence.
		added := false
		for i, c := range counts {
			if !hasCountKind(last.Counts, c.Kind, c.Group) {
				last.Counts = append(last.Counts, c)
				added = true
			} else if ungroupPeopleToll(last.Counts, c) {
				last.Counts = append(last.Counts, c)
				added = true
			} else if i < 32 && risen&(1<<i) != 0 {
				replaceCount(last.Counts, c) // the toll rose: its latest figure is the source's
				added = true
			}
		}
		if added && s.End > last.Span[1] {
			last.Span[1] = s.End
			last.Quote = st.text[last.Span[0]:s.End]
		}
		if added && onlyZeroTolls(counts) {
			st.spreadZeros(toks, len(st.claims)-1, counts) // "No one was hurt": at any strike just told
		}
		return
	}
	if sp == last.Speaker {
		return // a denial or retraction goes on: its figures are not its strike's
	}
	c := model.Claim{
		Speaker:     sp,
		SpeakerName: name,
		Stance:      model.StanceAsserts,
		Event:       model.Event{Type: last.Event.Type},
		When:        last.When,
		Where:       last.Where,
		Counts:      counts,
		Quote:       st.text[s.Start:s.End],
		Span:        [2]int{s.Start, s.End},
		Source:      "prose",
	}
	st.add(c, idx, s.Para, st.e.actors.SpeaksFor(sp))
}

// riseWords set a toll to a later, higher figure: "raising it to nine",
// "the toll rose to 30", "bringing the number of dead to 12".
var riseWords = words("rose", "risen", "rising", "raised", "raising", "raises",
	"climbed", "climbing", "increased", "increasing", "bringing", "brought", "jumped", "up")

// firstWords mark a source's first figure, which a later one replaced.
var firstWords = words("initially", "originally")

// laterWords give, beside a first figure, the one that replaced it ("first
// put at three, later raised to five").
var laterWords = words("later", "now", "since", "then", "but")

// firstFigureOnly reports a sentence that gives only a source's first
// figure ("It had initially put the toll at five"): the standing one is
// the source's figure told before.
func firstFigureOnly(toks []token) bool {
	first := false
	for _, t := range toks {
		switch {
		case firstWords.has(t.Norm):
			first = true
		case laterWords.has(t.Norm) || riseWords.has(t.Norm):
			return false
		}
	}
	return first
}

// risenFigure reports a figure at byte at that a rise sets: "to" right
// before it and a rise word at most four tokens before that.
func risenFigure(toks []token, at int) bool {
	k, ok := slices.BinarySearchFunc(toks, at, func(t token, at int) int { return t.Start - at })
	if !ok || k < 2 || toks[k-1].Norm != "to" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		if riseWords.has(toks[j].Norm) {
			return true
		}
	}
	return false
}

// latestFigures drops a figure that a later one of the same kind and group
// in the sentence raises ("put the toll at four, raising it to nine": 9).
// risen marks the counts a rise sets.
func latestFigures(counts []model.Count, risen uint32) []model.Count {
	if risen == 0 {
		return counts
	}
	out := counts[:0]
	for i, c := range counts {
		if superseded(counts, risen, i) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// superseded: a later count than i, of its kind and group, set by a rise.
func superseded(counts []model.Count, risen uint32, i int) bool {
	for j := i + 1; j < len(counts) && j < 32; j++ {
		if risen&(1<<j) != 0 && counts[j].Kind == counts[i].Kind && counts[j].Group == counts[i].Group {
			return true
		}
	}
	return false
}

// replaceCount puts c in place of the count of its kind and group.
func replaceCount(counts []model.Count, c model.Count) {
	for i := range counts {
		if counts[i].Kind == c.Kind && counts[i].Group == c.Group {
			counts[i] = c
			return
		}
	}
}

// damageWords name harm to things: "no damage" beside a zero toll ("suffered
// no casualties and no damage") is no figure to doubt.
var damageWords = words("damage", "destruction", "material")

// noDamage reports "no" at token k before a word of damageWords.
func noDamage(toks []token, k int) bool {
	return toks[k].Norm == "no" && k+1 < len(toks) && damageWords.has(toks[k+1].Norm)
}

// opensZeroToll reports a zero toll of zeros (the sentence's) starting at
// byte pos of the sentence: "There were no deaths, the source said." gives
// 0 killed to the strike told of before; "no information about the dead"
// gives none.
func opensZeroToll(zeros []quantity.Figure, pos int) bool {
	for _, z := range zeros {
		if z.Start == pos {
			return true
		}
	}
	return false
}

// unattributedSpeakers are who speak a sentence that names no source: those
// a colon introduced ("The ministry said in a statement:"), a header's or
// a label's speaker, else the narrator.
func (st *docState) unattributedSpeakers(idx int, s sentences.Sentence) ([]string, string) {
	switch {
	case len(st.colonSpeakers) > 0 && idx == st.colonIdx+1:
		return st.colonSpeakers, st.colonName
	case st.quoteContinues(idx, s):
		// "“…,” she told the agency. “Turkey kills our children.”": the
		// quotation goes on in the speaker's words
		st.quoteIdx = idx
		return st.quoteSpeakers, st.quoteName
	case st.headerSpeaker != "" && s.Para == st.headerPara:
		return []string{st.headerSpeaker}, ""
	case st.labelSpeaker != "":
		return []string{st.labelSpeaker}, ""
	case st.blockSpeaker != "":
		return []string{st.blockSpeaker}, ""
	}
	if sp := st.answerer(s.Para); sp != "" {
		return []string{sp}, "" // an interview's answer
	}
	return []string{st.narrator}, ""
}

// opensQuote: the text at i opens a quotation.
func opensQuote(text string, i int) bool {
	return strings.HasPrefix(text[i:], "\"") || strings.HasPrefix(text[i:], "“")
}

// anaphoricWords open a speaker phrase that points back: "the command", "it".
var anaphoricWords = words("the", "it", "its", "they", "their",
	"he", "she", "his", "her", "which", "who", "this")

// followNegation: a figure said not to be, or not known.
var followNegation = words("no", "not", "never", "nor", "n't", "without", "unclear")

// followWordsFilter turns away the words in neither followNegation nor
// followBackground before any look-up.
var followWordsFilter = newWordFilter(followNegation, followBackground)

// backgroundAt reports a word of another time or a running total at token
// k: not the "year" of an age, nor the "war" of a "war monitor".
func backgroundAt(toks []token, k int) bool {
	if !toks[k].is(classFollowBackground) || ageWord(toks, k) || clockPast(toks, k) {
		return false
	}
	if toks[k].Norm == "war" && (k+1 < len(toks) && warNames.has(toks[k+1].Norm) || lawOfWar(toks, k)) {
		return false // "a Britain-based war monitor said", "a war crime", "the laws of war"
	}
	return true
}

// clockPast reports the "past" of a time of day: "at half past eleven",
// "a quarter past nine", "ten past four" (not "the past week").
func clockPast(toks []token, k int) bool {
	if toks[k].Norm != "past" || k == 0 {
		return false
	}
	switch prev := toks[k-1].Norm; prev {
	case "half", "quarter":
		return true
	default:
		_, ok := quantity.NumberWord(prev)
		return ok
	}
}

// warNames follow a "war" that names no time: "a war monitor", "a war
// crime".
var warNames = words("monitor", "monitoring", "crime", "crimes")

// lawOfWar reports the "war" of "the laws of war" or "the rules of war": a
// body of law, not a period the figure belongs to.
func lawOfWar(toks []token, k int) bool {
	if k < 2 || toks[k-1].Norm != "of" {
		return false
	}
	switch toks[k-2].Norm {
	case "law", "laws", "rules", "customs":
		return true
	}
	return false
}

// ageWord reports "year" in an age: "a 16-year-old shepherd", "aged 60 years".
func ageWord(toks []token, k int) bool {
	if n := toks[k].Norm; n != "year" && n != "years" {
		return false
	}
	if k+1 < len(toks) && (toks[k+1].Norm == "-" || toks[k+1].Norm == "old") {
		return true
	}
	return k >= 2 && toks[k-2].Norm == "aged"
}

// ungroupPeopleToll: a toll of "people" read as civilians (by the place
// struck: "ten people were killed in the market") followed by some of the
// dead named as civilians ("the dead included two children": at least two)
// is a toll of no known group with a part that is civilian. It makes the
// whole a toll of no group and reports whether it did.
func ungroupPeopleToll(counts []model.Count, part model.Count) bool {
	if part.Group != model.GroupCivilians || part.Min == nil || part.Max != nil {
		return false
	}
	for i := range counts {
		c := &counts[i]
		if c.Kind == part.Kind && c.Group == model.GroupCivilians && peopleItem(c.Item) &&
			c.Min != nil && c.Max != nil && *c.Min == *c.Max && *c.Min > *part.Min {
			c.Group = model.GroupUnknown
			return true
		}
	}
	return false
}

// peopleItem: a count of "people" (or a bare figure) names no group of its own.
func peopleItem(item string) bool {
	switch strings.ToLower(item) {
	case "", "people", "persons", "person", "individuals":
		return true
	}
	return false
}

// hasCountKind reports a count of that kind and group among counts.
func hasCountKind(counts []model.Count, kind, group string) bool {
	for _, c := range counts {
		if c.Kind == kind && c.Group == group {
			return true
		}
	}
	return false
}

// paragraphBackground reports an earlier sentence of sentence idx's
// paragraph that names a year or a period ("Between January and June 2016,
// the coalition assessed 37 allegations. Three were credible, resulting in
// five deaths."): the paragraph is about something else than the strike.
func (st *docState) paragraphBackground(idx int) bool {
	para := st.sents[idx].Para
	var toks []token
	for j := idx - 1; j >= 0 && st.sents[j].Para == para; j-- {
		toks = tokenizeLowered(st.text, st.lowerText(), st.sents[j].Start, st.sents[j].End, toks[:0])
		if backgroundFigures(toks) {
			return true
		}
	}
	return false
}

// oneSpeaker: every attribution after the first goes on with the first's
// subject ("Activists put the toll at 14 and said most were patients") or
// names no one ("a source told our reporter that, according to initial
// reports, 40 were killed": the source's own hedge, not a second source).
func oneSpeaker(atts []attribution) bool {
	for _, a := range atts[1:] {
		if a.right && a.unresolved && a.spTo <= a.spFrom {
			continue
		}
		if !a.inherited || !slices.Equal(a.speakers, atts[0].speakers) {
			return false
		}
	}
	return true
}

// deathWords tell that a victim died: the day after them ("died the
// following day", "succumbed to her wounds on Friday") is when a victim of
// the strike died, not another strike's day.
var deathWords = words("died", "succumbed")

// deathDay reports a date mention at byte at with a death word at most
// five tokens before it, in the same clause.
func deathDay(toks []token, at int) bool {
	k, _ := slices.BinarySearchFunc(toks, at, func(t token, at int) int { return t.Start - at })
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		switch {
		case deathWords.has(toks[j].Norm):
			return true
		case toks[j].Norm == "," || toks[j].Norm == ";":
			return false
		}
	}
	return false
}

// inSourceClause reports that the token at byte offset at lies in a
// relative clause of an "according to" source: "according to the forces
// who searched the area the next day, four militants were killed" dates
// the search, not the deaths.
func inSourceClause(toks []token, at int) bool {
	k, _ := slices.BinarySearchFunc(toks, at, func(t token, at int) int { return t.Start - at })
	relative := false
	for j := k - 1; j > 0; j-- {
		switch toks[j].Norm {
		case ",", ";", ":":
			return false
		case "who", "which", "that":
			relative = true
		case "to":
			if toks[j-1].Norm == "according" {
				return relative
			}
		}
	}
	return false
}
