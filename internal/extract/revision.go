package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/extract/quantity"
	"github.com/crosscheck/crosscheck/internal/model"
)

// A source that corrects its own toll ("first said three were killed, then
// corrected the figure to two") gives the standing figure in counts and the
// withdrawn one in revises (model.Claim.Revises): assess reports the change
// as a retraction and keeps the withdrawn figure out of its estimates. Only
// words of correction make a revision; a toll that rises ("the toll rose to
// 30") is an update, not a withdrawal.

// revisionVerbList change a figure: "corrected the toll to two".
var revisionVerbList = []string{"corrected", "corrects", "correcting", "revised", "revises", "revising",
	"lowered", "lowers", "lowering", "reduced", "reduces", "reducing", "amended", "amends",
	"adjusted", "adjusts", "downgraded", "downgrades", "cut", "cuts"}

var revisionVerbs = words(revisionVerbList...)

// tollUpdateVerbs make the body that changes its own count of the dead its
// speaker: "the health directorate revised down the number of people
// killed to 14", "the ministry lowered its count of wounded" (the lexicon
// reads them as speech verbs; see tollUpdatePhrases).
var tollUpdateVerbs = tollUpdatePhrases(tollUpdateHeads.list,
	[]string{"toll", "death toll", "casualty toll", "number", "count", "tally", "figure", "casualty figure"})

// tollUpdateHeads are the verbs of tollUpdateVerbs.
// (Not "raised": a rise is an update, and "raised the number of people
// killed … to seven" keeps its figure only as the narrator's sentence.)
var tollUpdateHeads = words("revised", "revises", "lowered", "lowers", "corrected", "corrects", "reduced", "reduces")

// tollUpdate reports whether the speech verb m is one of tollUpdateVerbs
// (a phrase, not a bare "corrected").
func tollUpdate(toks []token, m match) bool {
	return m.To-m.From >= 3 && tollUpdateHeads.has(toks[m.From].Norm)
}

// tollUpdatePhrases spells each verb with "the", "its" or "their" and a
// figure noun, with or without "down"/"up" before them.
func tollUpdatePhrases(verbs, nouns []string) []string {
	var out []string
	for _, v := range verbs {
		for _, adv := range []string{"", "down ", "up "} {
			for _, det := range []string{"the", "its", "their"} {
				for _, n := range nouns {
					out = append(out, v+" "+adv+det+" "+n)
				}
			}
		}
	}
	return out
}

// figureNouns name the figure a revision changes ("the death toll", "its
// count", "the number of dead", "corrected it to five").
var figureNouns = words("toll", "figure", "figures", "number", "count", "tally", "total", "it",
	"range", "estimate", "estimates") // a monitor's "revised that range down to 105-230"

// correctWordList name the standing figure: "the correct number was five".
var correctWordList = []string{"correct", "corrected", "revised", "accurate", "actual"}

var correctWords = words(correctWordList...)

// upWords make a revision a rise, which is an update ("revised the toll up to 30").
var upWords = words("up", "upward", "upwards", "higher", "raised", "rose", "risen")

// earlierPronouns open a reference to the speaker's own earlier figure:
// "not the 16 it reported this morning".
var earlierPronouns = words("it", "they", "he", "she", "we", "initially", "first", "earlier")

// revisionStems hold a part of every word of revisionVerbList and
// correctWordList, and the "not the" of "not the 16 it reported": a
// sentence with none of them has no revision (without their first letter,
// so either case matches with no copy).
var revisionStems = [...]string{"orrect", "evise", "evising", "owere", "owers", "owering",
	"educ", "mend", "djust", "owngrad", "cut", "ccurate", "ctual", "ot the "}

// revisionStarts has a bit per trigramKey of the first three bytes of each
// of revisionStems (none is shorter).
var revisionStarts = func() (f [64]uint64) {
	for _, w := range revisionStems {
		k := trigramKey(uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16)
		f[k>>6] |= 1 << (k & 63)
	}
	return f
}()

// trigramKey hashes three bytes (the first in the low byte) into 12 bits.
func trigramKey(x uint32) uint32 { return x * 0x9E3779B1 >> 20 }

// mayRevise is the cheap filter in front of the revision scan: whether the
// sentence holds one of revisionStems. One pass over its bytes tries the
// stems only where three bytes start one, instead of a strings.Contains
// per stem, which cost 5% of extraction (most stems start with a common
// letter).
func mayRevise(sentence string) bool {
	if len(sentence) < 3 {
		return false
	}
	x := uint32(sentence[0])<<8 | uint32(sentence[1])<<16
	for i := 2; i < len(sentence); i++ {
		x = x>>8 | uint32(sentence[i])<<16 // the bytes from i-2 to i
		if k := trigramKey(x); revisionStarts[k>>6]&(1<<(k&63)) != 0 && revisionStemAt(sentence[i-2:]) {
			return true
		}
	}
	return false
}

// revisionStemAt reports whether s starts with one of revisionStems.
func revisionStemAt(s string) bool {
	for _, w := range revisionStems {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// numberAt reads a figure written as digits or as a small number word.
func numberAt(toks []token, i int) (int, bool) {
	if i >= len(toks) {
		return 0, false
	}
	if toks[i].Norm == "zero" {
		return 0, true
	}
	if n, ok := quantity.NumberWord(toks[i].Norm); ok {
		return n, true
	}
	n, err := strconv.Atoi(strings.ReplaceAll(toks[i].Norm, ",", ""))
	return n, err == nil && n >= 0
}

// withdrawnFigureVerb reports a speech verb at v in the relative clause of
// a withdrawn figure, "not the 14 it announced", "down from the 80 it had
// first announced": it tells who gave that figure, and makes no
// attribution of the sentence's own.
func withdrawnFigureVerb(toks []token, v int) bool {
	p := v - 1
	for p > 0 && auxBeforeEarlier.has(toks[p].Norm) {
		if _, figure := numberAt(toks, p-1); figure {
			break // "the 14 first announced": "first" stands for the pronoun
		}
		p-- // "it had first announced"
	}
	if p < 3 || !earlierPronouns.has(toks[p].Norm) || toks[p-2].Norm != "the" || !withdrawnOpeners.has(toks[p-3].Norm) {
		return false
	}
	_, ok := numberAt(toks, p-1)
	return ok
}

// auxBeforeEarlier may stand between the pronoun and the speech verb of a
// withdrawn figure: "the 18 it had announced", "the 87 it had first given".
var auxBeforeEarlier = words("had", "has", "have", "first", "initially", "earlier", "originally", "previously")

// withdrawnOpeners introduce the earlier figure a correction replaces:
// "not the 16 it reported", "(down) from the 80 it announced".
var withdrawnOpeners = words("not", "from")

// revision is what a sentence says of a corrected figure.
type revision struct {
	standing int // the figure that stands
	// standingTo is the upper end when the standing figure is a range
	// ("revised that range down to 105-230"), else 0
	standingTo int
	withdrawn  int  // the figure withdrawn, when the sentence gives it as "not the N"
	notThe     bool // withdrawn is set
	at         int  // token where the correction starts: figures after it explain it
	// fromKind is set when the sentence gives the withdrawn figure after
	// the standing one ("lowered the toll to 12, down from the 15 it
	// gave"): withdrawn holds it, and fromKind is the count kind its
	// figure noun names.
	fromKind string
}

// findRevision reads "corrected/lowered the toll (down) to N", "the correct
// number was N" and "N …, not the M it reported".
func findRevision(toks []token) (revision, bool) {
	for i := 0; i < len(toks); i++ {
		n := toks[i].Norm
		if revisionVerbs.has(n) {
			if v, to, ok := revisedTo(toks, i); ok {
				rv := revision{standing: v, standingTo: rangeEnd(toks, to+2, v), at: i}
				if w, ok := revisedFrom(toks, to+2); ok {
					rv.withdrawn, rv.fromKind = w, figureKind(toks, i, to)
				} else if w, ok := earlierGivenAfter(toks, to+2); ok {
					rv.withdrawn, rv.fromKind = w, figureKind(toks, i, to)
				}
				return rv, true
			}
		}
		if correctWords.has(n) && i+1 < len(toks) {
			if v, at, ok := correctIs(toks, i); ok {
				rv := revision{standing: v, at: i}
				if w, ok := notFigure(toks, at+1); ok {
					rv.withdrawn, rv.fromKind = w, figureKind(toks, i, at)
				}
				return rv, true
			}
		}
		if n == "not" && i+3 < len(toks) && toks[i+1].Norm == "the" && earlierPronouns.has(toks[i+3].Norm) {
			if v, ok := numberAt(toks, i+2); ok {
				return revision{withdrawn: v, notThe: true, at: i}, true
			}
		}
	}
	return revision{}, false
}

// revisedTo: "corrected the toll to two", "lowered its death toll to 12",
// "revised down the number of dead to 12", "corrected it to five". It
// returns the standing figure and the token of its "to". Once the figure
// noun is read, the noun phrase may run on before the "to" ("revised the
// number of people killed in Thursday's strike on the port to 74").
func revisedTo(toks []token, verb int) (int, int, bool) {
	noun := false
	for j := verb + 1; j < len(toks) && (j <= verb+8 || noun && j <= verb+revisedNounSpan); j++ {
		n := toks[j].Norm
		switch {
		case n == "," && noun:
			continue // "the number killed in the strikes near Masyaf, blamed on Israel, to 14"
		case n == "," || n == "." || n == ";":
			return 0, 0, false
		case upWords.has(n):
			return 0, 0, false // "revised the toll up to 30": a rise
		case figureNouns.has(n):
			noun = true
		case n == "to" && noun:
			if v, ok := numberAt(toks, j+1); ok {
				return v, j, true
			}
			if j > verb+8 {
				continue // "killed in the attack to the south ... to 74"
			}
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// rangeEnd reads the upper end of a range whose lower end lo stands just
// before i ("105-230", "105 to 230"), or 0.
func rangeEnd(toks []token, i, lo int) int {
	if i >= len(toks) || toks[i].Norm != "-" && toks[i].Norm != "to" {
		return 0
	}
	if hi, ok := numberAt(toks, i+1); ok && hi > lo {
		return hi
	}
	return 0
}

// revisedNounSpan is how far after a revision verb the "to" of the
// standing figure may stand once a figure noun has opened its noun phrase.
const revisedNounSpan = 24

// revisedFrom reads the withdrawn figure given after the standing one at
// i: ", down from the 80 it announced", "from 18", "from the earlier 18".
func revisedFrom(toks []token, i int) (int, bool) {
	if i < len(toks) && toks[i].Norm == "," {
		i++
	}
	if i < len(toks) && toks[i].Norm == "down" {
		i++
	}
	if i >= len(toks) || toks[i].Norm != "from" {
		return 0, false
	}
	for i++; i < len(toks) && fromFillers.has(toks[i].Norm); i++ {
	}
	return numberAt(toks, i)
}

// fromFillers may stand between "from" and the withdrawn figure.
var fromFillers = words("the", "its", "an", "earlier", "previous", "initial")

// injuryWords name the wounded in a figure's noun phrase ("the number of
// wounded").
var injuryWords = words("wounded", "injured", "injuries", "hurt")

// figureKind is the count kind a revised figure's noun phrase names, between
// the verb and the "to": the injured for "the number of wounded", else the
// dead.
func figureKind(toks []token, verb, to int) string {
	for j := verb + 1; j < to; j++ {
		if injuryWords.has(toks[j].Norm) {
			return model.CountInjured
		}
		if n := toks[j].Norm; n == "killed" || n == "dead" || n == "death" || n == "deaths" {
			return model.CountKilled
		}
	}
	return model.CountKilled
}

// correctIs: "the correct number was five", "the actual toll is 12", "the
// revised figure stands at 3". Once the figure noun is read, a phrase may
// run on before the verb ("the correct figure for the old city on 29 July
// is eight"). It returns the standing figure and its token.
func correctIs(toks []token, adj int) (int, int, bool) {
	reach := adj + 6
	for j := adj + 1; j < len(toks) && j <= reach; j++ {
		if j <= adj+2 && figureNouns.has(toks[j].Norm) && toks[j].Norm != "it" {
			reach = adj + correctNounSpan
		}
		switch toks[j].Norm {
		case "was", "is", "at", "be":
			if !figureNounBetween(toks, adj+1, j) {
				return 0, 0, false
			}
			v, ok := numberAt(toks, j+1)
			return v, j + 1, ok
		case ",", ".", ";":
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// correctNounSpan is how far after "correct" the verb of the standing
// figure may stand once the figure noun follows it.
const correctNounSpan = 14

// notFigure reads the withdrawn figure the speaker sets right after the
// standing one: "the correct number is 48, not 60", "is eight, not the
// nine we reported".
func notFigure(toks []token, i int) (int, bool) {
	if i < len(toks) && toks[i].Norm == "," {
		i++
	}
	if i+1 >= len(toks) || toks[i].Norm != "not" {
		return 0, false
	}
	if toks[i+1].Norm == "the" && i+3 < len(toks) && earlierPronouns.has(toks[i+3].Norm) {
		return numberAt(toks, i+2) // "not the nine we reported"
	}
	return numberAt(toks, i+1)
}

// earlierGivenAfter reads the withdrawn figure from a clause after the
// standing one that tells how the speaker gave it: "lowered the toll to 48
// …, when it announced 60 dead on Sunday", "after they had reported 31".
// A pronoun, auxiliaries, a verb of giving a figure, the figure.
func earlierGivenAfter(toks []token, from int) (int, bool) {
	for p := from; p+2 < len(toks); p++ {
		if !givenPronouns.has(toks[p].Norm) {
			continue
		}
		v := p + 1
		for v < len(toks) && auxBeforeEarlier.has(toks[v].Norm) {
			v++
		}
		if v+1 < len(toks) && figureGivingVerbs.has(toks[v].Norm) {
			if w, ok := numberAt(toks, v+1); ok {
				return w, true
			}
		}
	}
	return 0, false
}

// givenPronouns stand for the speaker that gave an earlier figure.
var givenPronouns = words("it", "they", "he", "she", "we")

// figureGivingVerbs give a figure: "when it announced 60 dead".
var figureGivingVerbs = words("announced", "reported", "gave", "given", "put", "counted", "recorded", "registered", "listed")

func figureNounBetween(toks []token, from, to int) bool {
	for j := from; j < to; j++ {
		if figureNouns.has(toks[j].Norm) && toks[j].Norm != "it" {
			return true
		}
	}
	return false
}

// reviseTolls finds the corrected tolls of the document once its sentences
// are read, and moves each withdrawn figure from counts to revises; and it
// dates the story's own correction notice.
func (st *docState) reviseTolls() {
	st.storyCorrections()
	st.correctionNotices()
	// Only the sentences holding a word findRevision starts from, which the
	// prefilter found (hitRevision; hits come by position): most sentences
	// hold none, and passing over them all cost 3% of extraction.
	idx, done := 0, -1
	for _, h := range st.hits {
		if h.kind != hitRevision {
			continue
		}
		for idx < len(st.sents) && st.sents[idx].End <= h.pos {
			idx++
		}
		if idx == len(st.sents) {
			break
		}
		s := st.sents[idx]
		if idx == done || s.Start > h.pos {
			continue // a sentence read already, or a word between sentences
		}
		done = idx
		// (mayRevise first: it turns away more sentences, more cheaply)
		if st.skipped(s) || !mayRevise(st.text[s.Start:s.End]) || !quantity.MayHaveFigures(st.text[s.Start:s.End]) {
			continue
		}
		st.toks = tokenizeLowered(st.text, st.lowerText(), s.Start, s.End, st.toks[:0])
		rv, ok := findRevision(st.toks)
		if !ok {
			continue
		}
		st.reviseSentence(idx, rv)
	}
}

// reviseSentence applies one sentence's revision to its claims, or gives
// the revision a claim of its own when the sentence made none.
func (st *docState) reviseSentence(idx int, rv revision) {
	s := st.sents[idx]
	cutAt := st.toks[rv.at].Start - s.Start
	figs := quantity.Counts(st.text[s.Start:s.End], nil)
	var before []model.Count // the sentence's figures before the correction
	for _, f := range figs {
		if f.Start < cutAt {
			before = append(before, f.Count)
		}
	}
	withdrawn, standing, ok := revisedPair(rv, before)
	if rv.fromKind != "" {
		known := before
		if prev, found := st.earlierFigure(idx, false); found && prev.Kind == rv.fromKind {
			known = append([]model.Count{prev}, before...) // its group: "36 civilians"
		}
		withdrawn = statedPair(rv, known)
		standing, ok = withValue(withdrawn, rv.standing), true
	}
	if !ok {
		prev, found := st.earlierFigure(idx, rv.standingTo > 0)
		if !found || rv.notThe {
			return
		}
		withdrawn = prev
		standing = withValue(prev, rv.standing)
		if rv.standingTo > 0 {
			hi := rv.standingTo
			standing.Max = &hi
		}
	}
	if withdrawn.SameFigure(standing) {
		return
	}
	kept := st.claims[:0]
	keptMeta := st.meta[:0]
	revised := false
	for i, c := range st.claims {
		m := st.meta[i]
		if m.sentence == idx {
			if c.Stance == model.StanceRetracts && len(c.PerpetratorsAsserted) == 0 {
				continue // a corrected toll withdraws no strike
			}
			c.Counts = appendNew(revisedCounts(before, withdrawn, standing), laterFigures(c.Counts, figs))
			c.Revises = []model.Count{withdrawn}
			if e := st.ownEarlierFigure(i, c.Speaker, withdrawn.Kind); e >= 0 {
				// a corrected figure is of the strike the source counted
				// before, not of the day the correction was made
				c.When, c.Where = st.claims[e].When, st.claims[e].Where
			}
			revised = true
		}
		kept = append(kept, c)
		keptMeta = append(keptMeta, m)
	}
	st.claims, st.meta = kept, keptMeta
	if !revised {
		st.revisionClaim(idx, withdrawn, standing)
	}
}

// revisedPair finds, among the sentence's figures before the correction,
// the withdrawn one and the standing one: "had initially said three people
// were killed, but later corrected the figure to two" (3 withdrawn);
// "14 people were killed …, not the 16 it reported" (16 withdrawn).
func revisedPair(rv revision, before []model.Count) (withdrawn, standing model.Count, ok bool) {
	for i := len(before) - 1; i >= 0; i-- {
		f := before[i]
		if f.Min == nil || !personOrVehicle(f.Kind) {
			continue
		}
		if rv.notThe {
			return withValue(f, rv.withdrawn), f, true
		}
		if *f.Min != rv.standing {
			return f, withValue(f, rv.standing), true
		}
	}
	return model.Count{}, model.Count{}, false
}

// statedPair is the withdrawn figure a sentence gives after the standing
// one ("to 74, down from the 80"): of the kind and group of a figure of
// that kind before the correction, or of the kind its noun names.
func statedPair(rv revision, before []model.Count) model.Count {
	f := model.Count{Kind: rv.fromKind, Group: model.GroupUnknown}
	for _, b := range before {
		if b.Kind == rv.fromKind {
			f = b
		}
	}
	return withValue(f, rv.withdrawn)
}

func personOrVehicle(kind string) bool {
	switch kind {
	case model.CountKilled, model.CountInjured, model.CountVehiclesDestroyed, model.CountVehiclesStruck:
		return true
	}
	return false
}

// revisedCounts: the claim's figures with the withdrawn one replaced by the
// standing one (figures in the correction's explanation, "two wounded men
// had been counted twice", are not counts of the strike).
func revisedCounts(before []model.Count, withdrawn, standing model.Count) []model.Count {
	out := []model.Count{standing}
	for _, f := range before {
		if f.SameFigure(withdrawn) || f.SameFigure(standing) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// laterFigures are the counts of a claim that its own sentence does not
// give: figures of the sentences after it that joined the claim ("Fifty-eight
// were wounded." after the corrected toll), which the correction keeps.
func laterFigures(counts []model.Count, figs []quantity.Figure) []model.Count {
	var out []model.Count
	for _, c := range counts {
		own := false
		for _, f := range figs {
			if f.Count.SameFigure(c) {
				own = true
				break
			}
		}
		if !own {
			out = append(out, c)
		}
	}
	return out
}

// appendNew appends to counts the figures of more it does not hold yet: a
// later sentence that repeats the standing figure ("Our figure is 74")
// adds nothing.
func appendNew(counts, more []model.Count) []model.Count {
	for _, m := range more {
		if !slices.ContainsFunc(counts, m.SameFigure) {
			counts = append(counts, m)
		}
	}
	return counts
}

// withValue is f (its kind, group and item) with the exact value v.
func withValue(f model.Count, v int) model.Count {
	lo, hi := v, v
	f.Min, f.Max, f.Approx = &lo, &hi, false
	return f
}

// earlierFigure: the last figure of people or vehicles that a claim of the
// previous sentence gave ("The ministry first said three people had been
// killed. It corrected the figure to two."). When the correction gives a
// range, the last figure that is a range ("gave a range of 141-278
// civilians killed, 27 of them children. It revised that range to ..."),
// if there is one.
func (st *docState) earlierFigure(idx int, wantRange bool) (model.Count, bool) {
	if wantRange {
		if f, ok := st.earlierFigureWhere(idx, isRange); ok {
			return f, true
		}
	}
	return st.earlierFigureWhere(idx, func(model.Count) bool { return true })
}

// isRange: the figure has two closed ends that differ ("141-278").
func isRange(n model.Count) bool {
	return n.Min != nil && n.Max != nil && *n.Max > *n.Min
}

// earlierFigureWhere is earlierFigure among the figures that pass ok.
func (st *docState) earlierFigureWhere(idx int, ok func(model.Count) bool) (model.Count, bool) {
	for i := len(st.claims) - 1; i >= 0; i-- {
		m := st.meta[i]
		if m.sentence >= idx {
			continue
		}
		if m.sentence < idx-1 {
			break
		}
		cs := st.claims[i].Counts
		for k := len(cs) - 1; k >= 0; k-- {
			if cs[k].Min != nil && personOrVehicle(cs[k].Kind) && ok(cs[k]) {
				return cs[k], true
			}
		}
	}
	return model.Count{}, false
}

// revisionClaim gives a correction that made no claim of its own ("It
// corrected the figure to two.") the speaker of the claim it corrects: the
// last claim within two sentences that gave the withdrawn or the standing
// figure, not the narrator's.
func (st *docState) revisionClaim(idx int, withdrawn, standing model.Count) {
	at, kindOnly := -1, -1
	for i := len(st.claims) - 1; i >= 0 && at < 0; i-- {
		m := st.meta[i]
		if m.sentence >= idx {
			continue
		}
		if m.sentence < idx-2 {
			break
		}
		if st.claims[i].Speaker == model.Journalist {
			continue
		}
		for _, f := range st.claims[i].Counts {
			if f.SameFigure(withdrawn) || f.SameFigure(standing) {
				at = i
				break
			}
			if f.Kind == withdrawn.Kind && kindOnly < 0 {
				kindOnly = i
			}
		}
	}
	if at < 0 {
		// "lowered the toll to 12, from the 15 it gave": the last source
		// that gave a figure of the kind, though not that one
		at = kindOnly
	}
	if at < 0 {
		return
	}
	s := st.sents[idx]
	src := st.claims[at]
	c := model.Claim{Speaker: src.Speaker, SpeakerName: src.SpeakerName, Stance: model.StanceAsserts,
		Event: model.Event{Type: src.Event.Type, Target: src.Event.Target, TargetGroup: src.Event.TargetGroup},
		When:  src.When, Where: src.Where, Counts: []model.Count{standing}, Revises: []model.Count{withdrawn},
		Quote: st.text[s.Start:s.End], Span: [2]int{s.Start, s.End}, Source: model.SourceProse}
	// in text order: after every claim of an earlier sentence
	pos := len(st.claims)
	for pos > 0 && st.meta[pos-1].sentence > idx {
		pos--
	}
	st.claims = append(st.claims, model.Claim{})
	copy(st.claims[pos+1:], st.claims[pos:])
	st.claims[pos] = c
	st.meta = append(st.meta, claimMeta{})
	copy(st.meta[pos+1:], st.meta[pos:])
	st.meta[pos] = claimMeta{sentence: idx, para: s.Para, side: st.meta[at].side}
}

// ownEarlierFigure: the last claim before claim i in which speaker gave a
// figure of kind, or -1.
func (st *docState) ownEarlierFigure(i int, speaker, kind string) int {
	for e := i - 1; e >= 0; e-- {
		if st.claims[e].Speaker != speaker || st.meta[e].sentence == st.meta[i].sentence {
			continue
		}
		for _, n := range st.claims[e].Counts {
			if n.Kind == kind {
				return e
			}
		}
	}
	return -1
}

// storyCorrections: an outlet's note that "an earlier version of this
// story said …" is about the story's own strike, told in its first claim
// that dates and places a strike, not about whatever day the sentence
// before it named, nor the day of the correction.
func (st *docState) storyCorrections() {
	if !st.mayCorrectStory() {
		return
	}
	lead := st.storyLead()
	retracted := false // the story's correction already takes back its words
	for i, c := range st.claims {
		if !ownCorrection(c.Quote) {
			continue
		}
		if c.Stance == model.StanceRetracts && c.Speaker != model.Journalist {
			// "An earlier version of this article said the ministry put
			// the toll at 83": the outlet takes back its own words, not
			// the ministry
			st.claims[i].Speaker, st.claims[i].SpeakerName = model.Journalist, ""
		}
		if c.Stance == model.StanceRetracts || len(c.Revises) > 0 {
			retracted = true
		}
		if lead >= 0 && (st.claims[i].Speaker == model.Journalist || st.claims[i].Speaker == st.claims[lead].Speaker) {
			// the outlet's note, or a monitor's note on its own assessment
			st.claims[i].When, st.claims[i].Where = st.claims[lead].When, st.claims[lead].Where
		}
	}
	if !retracted {
		st.correctionRetraction(lead)
	}
	st.correctionStandingAccount()
	st.figureCorrections()
}

// figureCorrections: a correction note that withdraws only a figure ("An
// earlier version of this report said 15 people were killed") takes back
// the toll, not the outlet's account of the strike: its retraction becomes
// the outlet's claim that revises the figure (the withdrawn figure moves to
// revises). The narrator's claim told in the same sentence stays: later
// corrections of the figure by its source find it there.
func (st *docState) figureCorrections() {
	for i := range st.claims {
		c := &st.claims[i]
		if c.Speaker != model.Journalist || c.Stance != model.StanceRetracts || len(c.Counts) == 0 ||
			len(c.PerpetratorsAsserted) > 0 || len(c.PerpetratorsDenied) > 0 || !ownCorrection(c.Quote) {
			continue
		}
		c.Stance = model.StanceAsserts
		c.Revises, c.Counts = c.Counts, nil
	}
}

// correctionStandingAccount: a correction note that says who did strike
// ("An earlier version of this story said Iraqi jets carried out the
// strike. It was carried out by U.S. aircraft, as the U.S. military
// said.") is the outlet's own account of the strike: the narrator asserts
// the actors the note's sources name, no longer the ones it withdraws
// (unless it keeps some of them), and withdraws only the actors the note
// does not name again ("said US and British aircraft …; only US forces
// carried it out").
func (st *docState) correctionStandingAccount() {
	for i := 0; i < len(st.claims); i++ {
		c := st.claims[i]
		if c.Speaker != model.Journalist || c.Stance != model.StanceAsserts || len(c.PerpetratorsAsserted) == 0 || !ownCorrection(c.Quote) {
			continue
		}
		r := st.withdrawalOf(i)
		if r < 0 {
			continue
		}
		by := st.standingAccount(i)
		if by < 0 {
			continue // the note names no one in their place: its words stand as told
		}
		standing := st.claims[by].PerpetratorsAsserted
		kept := withoutActors(st.claims[r].PerpetratorsAsserted, standing)
		partial := len(kept) < len(st.claims[r].PerpetratorsAsserted)
		if len(kept) > 0 {
			st.claims[r].PerpetratorsAsserted = kept
		}
		own := c
		own.PerpetratorsAsserted = slices.Clone(standing)
		own.PerpetratorsDenied = nil
		own.Quote, own.Span = st.claims[by].Quote, st.claims[by].Span
		m := st.meta[i] // the narrator's, told in the source's sentence
		m.sentence, m.para = st.meta[by].sentence, st.meta[by].para
		st.claims = slices.Insert(st.claims, by, own)
		st.meta = slices.Insert(st.meta, by, m)
		if partial {
			// "said US and British aircraft …; only US forces took part":
			// the earlier account stands in part, and who else told of
			// the rest is not known here, so its words are kept
			i = by
			continue
		}
		st.claims = slices.Delete(st.claims, i, i+1)
		st.meta = slices.Delete(st.meta, i, i+1)
		i-- // the claim now at i has not been looked at
	}
}

// withdrawalOf: the narrator's retraction made from the same sentence as
// claim i, or -1.
func (st *docState) withdrawalOf(i int) int {
	for r, c := range st.claims {
		if c.Speaker == model.Journalist && c.Stance == model.StanceRetracts && c.Span == st.claims[i].Span {
			return r
		}
	}
	return -1
}

// standingAccount: the first claim after the correction claim i, in the
// same paragraph, in which a source asserts who struck, or -1.
func (st *docState) standingAccount(i int) int {
	for j := i + 1; j < len(st.claims) && st.meta[j].para == st.meta[i].para; j++ {
		c := st.claims[j]
		if c.Span != st.claims[i].Span && c.Stance == model.StanceAsserts && len(c.PerpetratorsAsserted) > 0 && c.Speaker != model.Journalist {
			return j
		}
	}
	return -1
}

// withoutActors: the actors of all that are not in drop.
func withoutActors(all, drop []string) []string {
	var out []string
	for _, a := range all {
		if !slices.Contains(drop, a) {
			out = append(out, a)
		}
	}
	return out
}

// mayCorrectStory: the text holds the word ownCorrection or correctedStory
// needs. Every claim's quote and every sentence is a span of the text, so
// without either the story has no correction note, and the passes over its
// claims and sentences (a search of each, 1.2% of extraction) are skipped.
// Both notes' phrases hold the word after a space ("earlier version of",
// "has been corrected"), so the prefilter's hits, case-folded at word
// starts, find every text with a note: "version" (hitVersion) and
// "corrected", one of the revision words (hitRevision). Texts holding the
// words only inside others ("subversion") have no note either way.
func (st *docState) mayCorrectStory() bool {
	for _, h := range st.hits {
		switch h.kind {
		case hitVersion:
			return true // "version", "first published" (firstPublishedNotes)
		case hitRevision:
			if w := st.text[h.pos:min(len(st.text), h.pos+len("corrected"))]; strings.EqualFold(w, "corrected") {
				return true
			}
		}
	}
	return false
}

// storyLead: the claim that tells of the story's strike: the first one,
// not a correction, that dates and places it, else the first dated one.
func (st *docState) storyLead() int {
	dated := -1
	for i, c := range st.claims {
		if c.When.From == "" || ownCorrection(c.Quote) || correctedStory(c.Quote) {
			continue
		}
		if c.Where.Name != "" {
			return i
		}
		if dated < 0 {
			dated = i
		}
	}
	return dated
}

// correctionRetraction: a correction note that made no claim ("An earlier
// version of this article said 64 troops had been diagnosed", "This story
// has been corrected to remove a reference to an air strike") still takes
// back the outlet's earlier words about the story's strike, told in its
// lead claim.
func (st *docState) correctionRetraction(lead int) {
	if lead < 0 {
		// no dated claim: the story's first claim tells of its strike
		lead = slices.IndexFunc(st.claims, func(c model.Claim) bool { return !ownCorrection(c.Quote) && !correctedStory(c.Quote) })
	}
	if lead < 0 {
		return
	}
	for idx, s := range st.sents {
		sentence := st.text[s.Start:s.End]
		if !versionNote(sentence) && !correctedStory(sentence) {
			continue // (a note that the report was first published on a day takes nothing back)
		}
		if bearingIn(sentence) {
			// "said the strike took place at the eastern entrance of the
			// town": where it fell, a detail, not the account taken back
			return
		}
		src := st.claims[lead]
		c := model.Claim{Speaker: model.Journalist, Stance: model.StanceRetracts,
			Event: model.Event{Type: src.Event.Type},
			When:  src.When, Where: src.Where,
			Quote: sentence, Span: [2]int{s.Start, s.End}, Source: model.SourceProse}
		pos := len(st.claims)
		for pos > 0 && st.meta[pos-1].sentence > idx {
			pos--
		}
		st.claims = slices.Insert(st.claims, pos, c)
		st.meta = slices.Insert(st.meta, pos, claimMeta{sentence: idx, para: s.Para})
		return
	}
}

// bearingIn: the sentence names a compass bearing ("east of the city
// centre").
func bearingIn(sentence string) bool {
	for _, w := range strings.FieldsFunc(lowerASCII(sentence), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if compass.has(w) {
			return true
		}
	}
	return false
}

// correctedStory: the outlet's note that "this story has been corrected".
func correctedStory(sentence string) bool {
	if !strings.Contains(sentence, "corrected") {
		return false
	}
	l := lowerASCII(sentence)
	for _, w := range [...]string{"story", "article", "report", "dispatch"} {
		if strings.Contains(l, "this "+w+" has been corrected") || strings.Contains(l, "this "+w+" was corrected") {
			return true
		}
	}
	return false
}

// ownCorrection: the sentence is the outlet's correction of its own story:
// "an earlier version of this story said", or a monitor's revision note
// "this assessment was first published on 28 March with a range of 5-12".
func ownCorrection(sentence string) bool {
	return versionNote(sentence) || firstPublishedNote(sentence)
}

// versionNote: "an earlier version of this story said …".
func versionNote(sentence string) bool {
	if !strings.Contains(sentence, "version") {
		return false
	}
	l := lowerASCII(sentence)
	return strings.Contains(l, "earlier version of this") || strings.Contains(l, "previous version of this")
}

// firstPublishedNote: "this assessment was first published on 28 March
// with …", which a revision of the figure then follows.
func firstPublishedNote(sentence string) bool {
	if !strings.Contains(sentence, "published") {
		return false
	}
	l := lowerASCII(sentence)
	for _, w := range firstPublishedNotes {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// firstPublishedNotes open a note on the report's own first edition.
var firstPublishedNotes = func() []string {
	var out []string
	for _, n := range [...]string{"story", "article", "report", "assessment", "entry", "dispatch"} {
		for _, w := range [...]string{"first", "originally", "initially"} {
			out = append(out, "this "+n+" was "+w+" published")
		}
	}
	return out
}()

// correctionNotices: a wire story's correction line ("(Corrects paragraph 1
// to show the strike was carried out by Iraqi, not U.S.-led coalition,
// aircraft)") withdraws the outlet's own earlier attribution. The actors it
// sets aside are not denied by a new source: the outlet retracts them, so
// its denial becomes a retraction beside the attribution that stands.
func (st *docState) correctionNotices() {
	var claims []model.Claim // built only when a notice is found: one pass, whatever their number
	var meta []claimMeta
	for i, c := range st.claims {
		notice := c.Speaker == model.Journalist && len(c.PerpetratorsDenied) > 0 && correctionNotice(c.Quote)
		if notice && claims == nil {
			claims = append(make([]model.Claim, 0, len(st.claims)+1), st.claims[:i]...)
			meta = append(make([]claimMeta, 0, len(st.meta)+1), st.meta[:i]...)
		}
		if claims == nil {
			continue
		}
		if !notice {
			claims, meta = append(claims, c), append(meta, st.meta[i])
			continue
		}
		r := c
		r.Stance = model.StanceRetracts
		r.PerpetratorsAsserted, r.PerpetratorsDenied = c.PerpetratorsDenied, nil
		r.Counts = nil
		c.PerpetratorsDenied = nil
		claims, meta = append(claims, c, r), append(meta, st.meta[i], st.meta[i])
	}
	if claims != nil {
		st.claims, st.meta = claims, meta
	}
}

// correctionNotice: the sentence is a wire correction line, "(Corrects
// paragraph 3 to show ...)".
func correctionNotice(sentence string) bool {
	s := strings.TrimLeft(sentence, "( ")
	return strings.HasPrefix(s, "Corrects ") || strings.HasPrefix(s, "CORRECTS ")
}
