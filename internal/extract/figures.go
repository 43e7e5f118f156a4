package extract

import (
	"github.com/crosscheck/crosscheck/internal/extract/quantity"
	"github.com/crosscheck/crosscheck/internal/extract/sentences"
	"github.com/crosscheck/crosscheck/internal/extract/timex"
	"github.com/crosscheck/crosscheck/internal/model"
)

// claimClauses makes the claims of a sentence's clauses; when none of them
// read a toll, the sentence's first assertion gets the figures of the whole
// sentence: a toll told before a second speaker's clause ("Seven
// people were killed when what residents described as an air strike hit a
// tent, officials said"), one in the speaker's own phrase ("Relatives of
// three farmers killed in the strike said"), one in a clause that made no
// claim ("said the strikes, which it blamed on Israel, killed nine people"),
// or one that points back past its clause ("the trucks were carrying
// weapons, and at least five of them were destroyed"). The figures are the
// report's for the strike the sentence tells of. When a clause did read a
// toll, the figures of the other parts still count (otherClauseFigures),
// and a subject that says, before the clauses, what it says in an embedded
// "they say" makes its own claim of that part (embeddedSayer).
func (st *docState) claimClauses(idx int, s sentences.Sentence, toks []token, ms []match, at, cov []int, quoted []bool, clauses []clause, atts []attribution, dates []timex.Mention) {
	first := len(st.claims)
	var claimed uint64 // the clauses (the first 64) that made a claim
	for i, cl := range clauses {
		n := len(st.claims)
		st.clause(idx, s, toks, ms, at, cov, quoted, cl, atts, dates)
		if len(st.claims) > n && i < 64 {
			claimed |= 1 << i
		}
	}
	if len(st.claims) == first || len(clauses) == 1 && clauses[0].from == 0 && clauses[0].to == len(toks) ||
		backgroundFigures(toks) {
		return
	}
	target := -1
	for k := first; k < len(st.claims); k++ {
		if c := &st.claims[k]; c.Stance == model.StanceAsserts || c.Stance == model.StanceConfirms {
			target = k
			break
		}
	}
	if target < 0 {
		return
	}
	if st.tollRead(first) {
		if sayer := st.embeddedSayer(toks, ms, clauses); sayer != nil && len(sayer.speakers) == 1 {
			// what the sentence's subject says before the clauses is its
			// claim, of the strike the sentence tells of
			n := len(st.claims)
			st.clause(idx, s, toks, ms, at, cov, quoted, clause{from: 0, to: clauses[0].from, att: sayer}, atts, dates)
			if t := &st.claims[target]; len(st.claims) > n && t.Where.Name != "" {
				st.claims[n].Where, st.claims[n].When = t.Where, t.When
			}
		}
		st.otherClauseFigures(idx, s, toks, clauses, claimed, atts, first, target)
		return
	}
	have := st.claims[target].Counts
	var added []model.Count
	for _, fg := range quantity.Counts(st.text[s.Start:s.End], st.paraCounts) {
		c := fg.Count
		if !followKinds.has(c.Kind) || hasKind(have, c.Kind) || countsSpeakers(toks, atts, s.Start+fg.Start) || st.hasFigure(first, c) {
			continue
		}
		added = append(added, c)
	}
	if len(added) == 0 {
		return
	}
	st.claims[target].Counts = append(st.claims[target].Counts, added...)
	if len(st.paraCounts) < 32 {
		st.paraCounts = append(st.paraCounts, added...)
	}
}

// otherClauseFigures reads, once a clause of the sentence has read a toll,
// the tolls of the clauses that made no claim: one with a speaker of its own
// gives that speaker a claim of its own on the strike ("his teams had
// pulled at least 40 bodies from the rubble, while a councillor said more
// than 90 people died"), unless it is the speaker's earlier figure ("which
// had said", or a sentence that corrects a figure); a part of no clause
// gives the sentence's first assertion a figure of a kind or group no claim
// of the sentence has ("a strike on Tuesday, which killed two farmers, two
// days after the ministry said it had killed six fighters"). A figure a
// clause already read is not read twice.
func (st *docState) otherClauseFigures(idx int, s sentences.Sentence, toks []token, clauses []clause, claimed uint64, atts []attribution, first, target int) {
	if !st.figuresOutside(toks, clauses, claimed) {
		return // (the common case: no second parse of the sentence)
	}
	own := -1 // the new claim of a clause's own speaker
	for _, fg := range quantity.Counts(st.text[s.Start:s.End], st.paraCounts) {
		c := fg.Count
		at := s.Start + fg.Start
		if !tollKinds.has(c.Kind) || countsSpeakers(toks, atts, at) || st.hasFigure(first, c) {
			continue
		}
		ci := clauseAt(toks, clauses, at)
		if ci >= 0 && (ci >= 64 || claimed&(1<<ci) != 0) {
			continue // its clause made a claim and read what it holds
		}
		if ci >= 0 {
			if a := clauses[ci].att; a != nil && ownSpeaker(a) && !earlierWord(toks, a) && !mayRevise(st.text[s.Start:s.End]) {
				own = st.ownClauseClaim(idx, s, a, target, own, c)
			} else if a != nil && anaphoricSpeaker(toks, a) && risenFigure(toks, at) {
				// "first reported one killed; on Tuesday it said the toll
				// had risen to two": the source's latest toll
				raiseCount(&st.claims[target], c)
				st.noteParaCount(c)
			}
			continue
		}
		if k := st.claimWithCount(first, c.Kind, c.Group); k >= 0 {
			if risenFigure(toks, at) {
				// "died the following day, bringing the toll to five": the
				// toll the sentence gave before, risen
				replaceCount(st.claims[k].Counts, c)
				st.noteParaCount(c)
			}
			continue
		}
		st.claims[target].Counts = append(st.claims[target].Counts, c)
		st.noteParaCount(c)
	}
}

// anaphoricSpeaker: an attribution whose speaker is only a reference back
// ("it said", "they said", no phrase of its own), the source just quoted
// (as followCounts reads it).
func anaphoricSpeaker(toks []token, a *attribution) bool {
	return a.unresolved && (a.spTo <= a.spFrom || anaphoricWords.has(toks[a.spFrom].Norm)) &&
		(a.stance == model.StanceAsserts || a.stance == model.StanceConfirms)
}

// raiseCount sets the claim's toll of c's kind and group to c, the figure a
// rise gives, or adds it.
func raiseCount(claim *model.Claim, c model.Count) {
	if hasCountKind(claim.Counts, c.Kind, c.Group) {
		replaceCount(claim.Counts, c)
		return
	}
	claim.Counts = append(claim.Counts, c)
}

// figuresOutside reports a part of the sentence outside the clauses that
// made a claim that may hold a figure (quantity's cheap pre-check).
func (st *docState) figuresOutside(toks []token, clauses []clause, claimed uint64) bool {
	from := 0 // the first token not yet checked
	for i, cl := range clauses {
		if i >= 64 || claimed&(1<<i) == 0 || cl.from >= cl.to {
			continue
		}
		if cl.from > from && quantity.MayHaveFigures(st.text[toks[from].Start:toks[cl.from-1].End]) {
			return true
		}
		from = max(from, cl.to)
	}
	return from < len(toks) && quantity.MayHaveFigures(st.text[toks[from].Start:toks[len(toks)-1].End])
}

// embeddedSayer is the speaker of a sentence that opens with a body and
// says, before the first clause, what it says in an embedded "they say"
// ("Elders have demanded an inquiry into a strike that they say killed
// three shepherds, after the ministry said ..."): an attribution with that
// speaker and the say verb, or nil.
func (st *docState) embeddedSayer(toks []token, ms []match, clauses []clause) *attribution {
	if len(clauses) == 0 || clauses[0].from == 0 {
		return nil
	}
	say := -1
	for t := 1; t < clauses[0].from; t++ {
		if n := toks[t].Norm; (n == "say" || n == "says" || n == "said") && anaphoricWords.has(toks[t-1].Norm) {
			say = t
		}
	}
	if say < 0 {
		return nil
	}
	sp := st.subjectBody(toks, ms)
	if sp == "" {
		return nil
	}
	return &attribution{speakers: []string{sp}, stance: model.StanceAsserts, verb: say, verbEnd: say + 1}
}

// tollKinds are the tolls a clause with no claim can still give: the dead
// and the hurt.
var tollKinds = words(model.CountKilled, model.CountInjured)

// clauseAt is the index of the clause holding byte at, or -1.
func clauseAt(toks []token, clauses []clause, at int) int {
	for i, cl := range clauses {
		if cl.from < cl.to && toks[cl.from].Start <= at && at < toks[cl.to-1].End {
			return i
		}
	}
	return -1
}

// earlierWord: a speech verb in the past perfect ("which had said 11 were
// killed"), the source's earlier figure, which a revision or an update
// replaces.
func earlierWord(toks []token, a *attribution) bool {
	return a.verb > 0 && toks[a.verb-1].Norm == "had"
}

// ownSpeaker: an attribution that asserts, with one known speaker.
func ownSpeaker(a *attribution) bool {
	return !a.unresolved && !a.nonDenial && len(a.speakers) == 1 &&
		(a.stance == model.StanceAsserts || a.stance == model.StanceConfirms)
}

// ownClauseClaim adds figure c to the claim own (an index, or -1 for none
// yet) of clause speaker a, made on the strike of claim target; it returns
// the claim's index.
func (st *docState) ownClauseClaim(idx int, s sentences.Sentence, a *attribution, target, own int, c model.Count) int {
	if own >= 0 && st.claims[own].Speaker == a.speakers[0] {
		if !hasCountKind(st.claims[own].Counts, c.Kind, c.Group) {
			st.claims[own].Counts = append(st.claims[own].Counts, c)
			st.noteParaCount(c)
		}
		return own
	}
	if own >= 0 {
		return own // a second speaker's clause: left alone
	}
	base := &st.claims[target]
	nc := model.Claim{
		Speaker:     a.speakers[0],
		SpeakerName: a.name,
		Stance:      model.StanceAsserts,
		Event:       model.Event{Type: base.Event.Type},
		When:        base.When,
		Where:       base.Where,
		Counts:      []model.Count{c},
		Quote:       st.text[s.Start:s.End],
		Span:        [2]int{s.Start, s.End},
		Source:      base.Source,
	}
	st.add(nc, idx, s.Para, st.e.actors.SpeaksFor(nc.Speaker))
	st.noteParaCount(c)
	return len(st.claims) - 1
}

// claimWithCount is the first claim from first on with a count of that
// kind and group, or -1.
func (st *docState) claimWithCount(first int, kind, group string) int {
	for k := first; k < len(st.claims); k++ {
		if hasCountKind(st.claims[k].Counts, kind, group) {
			return k
		}
	}
	return -1
}

// noteParaCount keeps a figure for the paragraph's later references.
func (st *docState) noteParaCount(c model.Count) {
	if len(st.paraCounts) < 32 {
		st.paraCounts = append(st.paraCounts, c)
	}
}

// carriedTolls keeps, at a paragraph break, the last tolls (killed,
// injured) of the figures before it: a new paragraph may say who they were
// ("The three were civilians, the governor's spokesman said."). Sizes and
// other figures stay with their paragraph.
func carriedTolls(counts []model.Count) []model.Count {
	out := counts[:0]
	for _, c := range counts {
		if c.Kind == model.CountKilled || c.Kind == model.CountInjured {
			out = append(out, c)
		}
	}
	if len(out) > 4 {
		out = append(out[:0], out[len(out)-4:]...)
	}
	return out
}

// countsSpeakers reports a figure that counts the speakers themselves:
// "Two officers told me the men were killed" (but not "Relatives of three
// farmers killed in the strike said", where it counts the dead).
func countsSpeakers(toks []token, atts []attribution, at int) bool {
	for _, a := range atts {
		if a.spTo <= a.spFrom || at < toks[a.spFrom].Start || at >= toks[a.spTo-1].End {
			continue
		}
		for t := a.spFrom; t < a.spTo && toks[t].Start < at; t++ {
			if toks[t].Norm == "of" {
				return false
			}
		}
		return true
	}
	return false
}

// hasKind reports a count of that kind, of any group, among counts.
func hasKind(counts []model.Count, kind string) bool {
	for _, c := range counts {
		if c.Kind == kind {
			return true
		}
	}
	return false
}

// tollRead reports a claim from first on with a toll: killed, injured or
// vehicles destroyed.
func (st *docState) tollRead(first int) bool {
	for k := first; k < len(st.claims); k++ {
		for _, c := range st.claims[k].Counts {
			if c.Kind == model.CountKilled || c.Kind == model.CountInjured || c.Kind == model.CountVehiclesDestroyed {
				return true
			}
		}
	}
	return false
}

// hasFigure reports a claim from first on with the same figure as c (kind
// and bounds, any group): a figure some clause already read.
func (st *docState) hasFigure(first int, c model.Count) bool {
	for k := first; k < len(st.claims); k++ {
		for _, h := range st.claims[k].Counts {
			if h.Kind == c.Kind && sameBound(h.Min, c.Min) && sameBound(h.Max, c.Max) {
				return true
			}
		}
	}
	return false
}

func sameBound(a, b *int) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

// backgroundFigures reports a sentence whose figures may be of another time
// or a running total ("since 2014", "so far this year", "in total"): its
// unclaimed figures are not the strike's.
func backgroundFigures(toks []token) bool {
	for k := range toks {
		t := &toks[k] // (by index: no copy of each token)
		if len(t.Norm) == 4 && (t.Norm[:2] == "19" || t.Norm[:2] == "20") && hasDigit(t.Norm[2:]) && !yearOfDay(toks, k) {
			return true // "in 2014"
		}
		if followWordsFilter.has(t.Norm) && backgroundAt(toks, k) {
			return true
		}
	}
	return false
}

// yearOfDay reports a year that ends a full date ("July 11, 2022", "Jan. 15,
// 2024", "11 July 2022"), as in a dateline: a day, not a period like "in 2014".
func yearOfDay(toks []token, k int) bool {
	j := k - 1
	if j >= 0 && toks[j].Norm == "," {
		j--
	}
	if j < 0 {
		return false
	}
	if monthWords.has(toks[j].Norm) {
		return true // "11 July 2022"
	}
	if !hasDigit(toks[j].Norm) || len(toks[j].Norm) > 2 || j < 1 {
		return false
	}
	return monthWords.has(toks[j-1].Norm) || j >= 2 && toks[j-1].Norm == "." && monthWords.has(toks[j-2].Norm)
}

// monthWords are month names and their abbreviations, as tokens.
var monthWords = words(
	"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec",
)
