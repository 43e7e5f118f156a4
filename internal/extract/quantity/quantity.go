// Package quantity finds the figures of one sentence: how many were killed
// or injured, how many vehicles were destroyed or struck, how many strikes
// and engagements, with the bounds the wording gives and the group counted.
//
// The vocabulary is data (words.go); the rules (this file) read a figure as
//
//	[qualifier] number [range] [of [the] [size]] [modifiers] noun ... [cue]
//
// and take its kind from the nearest cue of the noun's family: killed or
// injured for people, destroyed or struck for vehicles; strikes and
// engagements need no cue. A figure whose noun is unknown ("24 hours",
// "12 miles", "150 targets") or whose kind nothing states ("4.7 million
// children in need", "thousands of fighters evacuated") is not a count.
// Years, dates, times, ages ("aged 12", "12-year-old"), ordinals,
// percentages, money and model numbers ("Mi-28", "EC.635", "M79") never are.
//
// Bounds (../shared/eval/gold/README.md conventions):
//
//	"55"                      55..55
//	"around/about/some 260"   260..260, approx
//	"as many as/up to 750"    ..750          "at most 20"    ..20
//	"more than/over 400"      401..          "at least 348"  348..
//	"fewer than/less than 10" ..9
//	"five to six", "5-6", "five or six", "between 5 and 6"   5..6
//	"dozens" 24.., "scores" 40.., "hundreds" 200.., "thousands" 2000.. (approx)
//	"a dozen" 12; "more than a dozen" 13..
//	"several", "many", "a number of", "a few": no figure
//	"rose from 12 to 20": 20..20
//	"two of the three vehicles were found burned": 2..2 (three is a size)
//	"more than half the convoy": relative to a size in previous (Figures)
//	"nearly/almost 50": 50..50, approx (an estimate near N like "about",
//	                  not the bound ..49)
//
// Other shapes of a figure:
//
//	"more than 40 pickups, fuel tankers and armoured cars were destroyed"
//	                  one figure over a list of nouns of one class
//	"destroyed two fighting positions and an ISIS vehicle"   1 (the list
//	                  of "destroyed" goes on; other cues must be next to "a")
//	"the drone destroyed the car", "...; car destroyed"      1 vehicle
//	"Civilians killed: 19 to 31", "Injured: at least 40"     a label
//	"put the number of dead civilians at 31", "the toll at 36"
//	"four of the dead were farm labourers"   4 civilians killed
//	"one of them a child"                    1 child, of the figure before
//	"up to 40 militants ... were destroyed", "the destruction of more than
//	60 terrorists"    fighters "destroyed" are killed (military statements)
//	"a family of six was killed"             6 civilians
//	"killing two people and wounding a third"   2 killed, 1 injured (one
//	                  more person: "a third", "a fourth man", "another")
//	"Abu Anas and six of his aides were killed", "the emir and his two
//	bodyguards", "he was killed along with two associates"   7, 3, 3
//	                  (the person named counts with his companions)
//	"killing a man, his wife and their three children"   5 civilians
//	"two women and three children were killed"   5 civilians (parts of
//	                  civilians joined by "and" are summed; parts after
//	                  "including" or "of them" are not)
//	"the martyrdom of two civilians and the injury of four others"
//	                  2 killed, 4 injured (a cue noun with its own "of"
//	                  object is not the cue of the figure before it)
//	"two civilian truck drivers", "three truffle hunters", "a
//	booby-trapped car"   compound nouns: the last noun is the head
//	"a truck that was heading ..., 30 km north of the town, was destroyed"
//	                  the cue past a relative clause
//	"destroyed three boats ..., two artillery pieces and a vehicle"   1
//	"the number of civilians killed ... has risen to 22"   22 civilians
//	"a 16-year-old shepherd who was grazing his flock 200 metres away was
//	wounded"          1 civilian injured (an age compound; the verb past a
//	                  relative clause without commas)
//	"killed a senior commander of the group and two other people"   3
//	                  ("and N other(s)" adds to the figure before)
//	"killing a woman and her two sons and wounding her husband"   3
//	                  civilians killed, 1 injured (kin as a verb's object)
//	"three occupants killed, one of them a child"   the child is the
//	                  civilians among a total of no group (civilians 1)
//	"the death toll of the strikes that hit ..., at dawn on Sunday has
//	risen to 11"      a long subject, commas and all (48 tokens)
//	"12 vehicles, including pickups, and three depots were destroyed"
//	                  the verb shared with a conjunct that is not counted
//	"the monitor's own count, based on hospital records, is 61"   61 of
//	                  the kind of the toll told before (a bare "count")
//	"killed four people: the three fighters and the civilian driver"
//	                  4, and its parts by group (3 militants, 1 civilian)
//	                  when they add up to it
//	"killing both men" 2; "the wounding of the driver", "the driver was
//	                  injured"   1 ("both civilians and fighters": none)
//	"put the toll at four, then raised it to nine"   4 and 9 (the caller
//	                  keeps the later)
//	"four of the group's members"   4 (a possessor before the noun)
//	"one of the dead was a fighter, and the other two were civilians"
//	                  1 killed, and 2 civilians killed (the rest of the toll)
//	"the vehicle used by the cell to move arms was destroyed"   1 (the verb
//	                  past a participle's phrase)
//	"six other people were still being treated"   6 injured
//
// Groups come from the noun and its modifiers: militants (militants,
// fighters, jihadists, "ISIS members", "militia members", "members of the
// Islamic State"), civilians (civilians, residents, women, "civilian ..."),
// children, medics, else unknown ("people", "five to six people"). People
// with no group of their own ("people", "persons", a bare "killing 14") in
// a sentence that names a civilian place (a market, a bakery, homes, a
// school, a hospital, a wedding...) and counts no militants are civilians,
// as the gold annotates them ("at least 23 people were killed at the
// bakery" -> civilians_killed). "120 others" takes the class of the figure
// before; a bare number ("killing 36", "12 dead", "the death toll rose to
// 36") needs its cue next to it, and takes the group all people figures
// before it share.
//
// Everything is linear in the sentence: one lexing pass (after a
// pre-check that skips a sentence with no digit and no number word without
// allocating), then look-arounds of bounded width.
package quantity

import (
	"slices"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Figure is one count found in a sentence, with its byte span (from the
// qualifier to the counted noun: "as many as 750 militants").
type Figure struct {
	Start, End int
	Count      model.Count
	// Adverbial: strikes told by an adverb of the verb ("struck the
	// station twice"), which counts the strikes on a place already named.
	Adverbial bool
}

// Counts returns the figures of sentence, of the kinds of model (killed,
// injured, vehicles_destroyed, vehicles_struck, strikes, engagements).
// previous holds the counts found earlier in the passage (and the sizes of
// Figures), for relative figures: "more than half the convoy".
func Counts(sentence string, previous []model.Count) []Figure {
	counts, _ := Figures(sentence, previous)
	return counts
}

// CountsAfter is Counts of sentence read after before, the sentence
// before it, whose nouns a "them" at the sentence's opening may stand for:
// "The trucks had crossed from Iraq on Saturday. About a dozen of them
// were destroyed" (12 vehicles destroyed). Only the figures of sentence
// are returned, at their offsets in it.
func CountsAfter(before, sentence string, previous []model.Count) []Figure {
	joined := before + " " + sentence
	off := len(before) + 1
	var out []Figure
	for _, f := range Counts(joined, previous) {
		if f.Start >= off {
			f.Start, f.End = f.Start-off, f.End-off
			out = append(out, f)
		}
	}
	return out
}

// MayHaveFigures is the cheap pre-check of Figures: false means that
// Figures finds nothing in sentence, nor in any part of it that cuts no
// word.
func MayHaveFigures(sentence string) bool {
	zero, number := prescan(sentence)
	return zero || number
}

// Figures returns the counts of Counts and, separately, the sizes the
// sentence gives without saying what happened to them: "the convoy included
// more than 400 vehicles" is a size (Kind "", Item "vehicles"). Sizes are
// not claims; pass them on in previous (for the whole document, not only
// the paragraph: reports give the convoy's size paragraphs before its fate)
// so that a later "more than half the convoy" can be resolved.
//
// A share of the convoy ("half", "a third", "two-thirds", "a quarter" of
// "the convoy", "the column", "the vehicles") is taken of the latest vehicle
// size, or count of vehicles struck, in previous; with base B and share s:
//
//	more than s of B   floor(B*s)+1 ..     (B = 401.. and s = 1/2: 201..)
//	at least s of B    ceil(B*s) ..
//	less than s of B   .. ceil(B*s)-1
//	at most s of B     .. floor(B*s)
//	(about) s of B     round(B*s), approx
//
// A base open above ("more than 400") gives only lower bounds; a base open
// below ("as many as 400") only upper bounds. Without a base: no figure.
func Figures(sentence string, previous []model.Count) (counts, sizes []Figure) {
	zero, number := prescan(sentence)
	var zeros []Figure
	if zero {
		zeros = zeroFigures(sentence)
	}
	if !number {
		return zeros, nil
	}
	sc := scratchPool.Get().(*scratch)
	counts, sizes = sc.figures(sentence, previous, zeros)
	if cap(sc.toks) <= maxPooledTokens {
		scratchPool.Put(sc)
	}
	return counts, sizes
}

// scratch holds the token and figure buffers of one Figures call, pooled:
// every sentence with a number would otherwise allocate both.
type scratch struct {
	toks []token
	figs []fig
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledTokens bounds the token buffer kept for reuse, so that one huge
// sentence does not pin its buffer.
const maxPooledTokens = 4096

func (sc *scratch) figures(sentence string, previous []model.Count, zeros []Figure) (counts, sizes []Figure) {
	toks := lex(sc.toks, sentence)
	sc.toks = toks
	p := parser{toks: toks, prev: previous, src: sentence, figs: sc.figs[:0]}
	for i := 0; i < len(toks); {
		if !toks[i].mayStartFigure() {
			i++ // (most tokens: figureAt would find nothing)
			continue
		}
		if end := p.figureAt(i); end > i {
			i = end
		} else {
			i++
		}
	}
	p.coordinate()
	p.sumVehicleList()
	p.addOthers()
	p.oneBeforeOthers()
	p.sumTotal()
	p.rollUp()
	p.sumMixedPair()
	p.sumMilitantPair()
	p.sumAlongWith()
	p.dropUnnamedParts()
	p.colonParts()
	p.civilianContext()
	p.childParts()
	p.partsAmongDead()
	p.civilianHarmLabel()
	p.ofWhomGroup()
	sc.figs = p.figs[:0] // read below, reused only by a later call
	n := 0
	for k := range p.figs {
		if !p.figs[k].drop && (p.figs[k].kind != "" || p.figs[k].cls == clsVehicle) {
			n++
		}
	}
	if n == 0 {
		return zeros, nil
	}
	ints := make([]int, 2*n) // the bounds of all figures: one allocation
	for k := range p.figs {
		f := &p.figs[k]
		if f.drop || f.kind == "" && f.cls != clsVehicle {
			continue
		}
		out := Figure{Start: int(toks[f.first].start), End: int(toks[f.last].end), Count: model.Count{
			Kind: f.kind, Group: f.group, Approx: f.approx, Item: f.item, Parts: f.parts}, Adverbial: f.adverbial}
		if f.min.ok {
			ints[0] = f.min.v
			out.Count.Min = &ints[0]
		}
		if f.max.ok {
			ints[1] = f.max.v
			out.Count.Max = &ints[1]
		}
		ints = ints[2:]
		if !out.Count.PartsAddUp() {
			out.Count.Parts = nil // a bound that is open or a part that was not exact leaves no parts
		}
		if out.Count.Group == "" || f.kind == "" {
			out.Count.Group = model.GroupUnknown
		}
		if f.kind == "" {
			sizes = append(sizes, out)
			continue
		}
		if counts == nil {
			counts = make([]Figure, 0, n)
		}
		counts = append(counts, out)
	}
	return append(counts, zeros...), sizes
}

type parser struct {
	src  string
	toks []token
	prev []model.Count
	figs []fig
	// kept up to date by add, so that look-backs stay O(1) in a sentence
	// of any length
	lastFigAt, lastHumanAt int    // index+1 in figs; 0: none
	group                  string // the group all people figures share so far; "mixed" once they differ
}

// fig is a figure being built.
type fig struct {
	first, last int // token range, inclusive
	numAt       int // the number's first token
	min, max    bound
	approx      bool
	cls         class
	group       string
	item        string
	kind        string
	bare        bool // no noun: "killing 36", "five were killed"
	adverbial   bool // "struck twice": no noun at all
	byPlace     bool // civilians only because of the place struck (civilianContext)
	drop        bool
	parts       []int // the figures a sum adds up (see joinParts); nil for most
}

// joinParts notes that figure t, which counted was, now also counts part:
// a sum remembers its parts, so that a report giving one of them alone is
// not read as a rival toll (model.Count.Parts). A part that is itself a
// sum brings its own parts. "Others" added to a figure ("a commander and
// two others") are the rest of a toll, not a group another report would
// count alone: addOthers, which adds them, does not call joinParts, so
// such sums keep no parts.
func (t *fig) joinParts(was int, part *fig) {
	if len(t.parts) == 0 {
		t.parts = append(t.parts, was)
	}
	if len(part.parts) > 0 {
		t.parts = append(t.parts, part.parts...)
		return
	}
	t.parts = append(t.parts, part.min.v)
}

func (p *parser) add(f fig) {
	p.figs = append(p.figs, f)
	if f.kind != "" || f.cls == clsVehicle {
		p.lastFigAt = len(p.figs)
	}
	if f.cls == clsHuman && !f.bare {
		p.lastHumanAt = len(p.figs)
		g := f.group
		if g == model.GroupChildren {
			g = model.GroupCivilians // children are civilians here
		}
		switch {
		case p.group == "":
			p.group = g
		case p.group != g:
			p.group = model.GroupMixed
		}
	}
}

func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].lit()
}

// text is token i as written ("" out of range).
func (p *parser) text(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.src[p.toks[i].start:p.toks[i].end]
}

// number reads a number at i: digits ("1,200", "4.7 million"), words
// ("twenty-three", "two hundred and fifty", "a dozen") or a vague plural
// ("dozens"). It returns the token after it.
func (p *parser) number(i int) (val int, vague bool, end int, ok bool) {
	if i < 0 || i >= len(p.toks) {
		return 0, false, i, false
	}
	t := &p.toks[i]
	if t.kind == tNum {
		if t.bad {
			return 0, false, i, false
		}
		j := i + 1
		if j < len(p.toks) && p.toks[j].ent() != nil && p.toks[j].ent().num != nil &&
			(p.toks[j].ent().num.kind == nkScale || p.toks[j].ent().num.kind == nkHundred) {
			return sat(int(min(decimal(p.text(i))*float64(p.toks[j].ent().num.val), 1e9) + 0.5)), false, j + 1, true
		}
		if t.frac {
			return 0, false, i, false
		}
		return int(t.val), false, j, true
	}
	if t.kind != tWord || t.ent() == nil {
		return 0, false, i, false
	}
	j := i
	if t.lit() == "a" || t.lit() == "an" {
		if j+1 >= len(p.toks) || p.toks[j+1].ent() == nil || p.toks[j+1].ent().num == nil {
			return 0, false, i, false
		}
		switch p.toks[j+1].ent().num.kind {
		case nkDozen, nkHundred, nkScale:
			j++
		default:
			return 0, false, i, false
		}
	}
	if t.lit() == "tens" && p.word(i+1) == "of" && p.word(i+2) == "thousands" {
		return 20000, true, i + 3, true
	}
	nw := p.toks[j].ent().num
	if nw == nil {
		return 0, false, i, false
	}
	if nw.kind == nkVague {
		return nw.val, true, j + 1, true
	}
	if nw.kind == nkDozen && j == i && vagueDozen(strings.ToLower(p.text(i-1))) {
		return 2 * nw.val, true, j + 1, true // "several dozen", "a few dozen": dozens, 24..
	}
	total, cur := 0, 0
	var last uint8
	for ; j < len(p.toks); j++ {
		tk := &p.toks[j]
		if tk.kind == tPunct && tk.lit() == "-" && last == nkTens && j+1 < len(p.toks) &&
			p.toks[j+1].ent() != nil && p.toks[j+1].ent().num != nil && p.toks[j+1].ent().num.kind == nkUnit {
			continue // "twenty-three"
		}
		if tk.lit() == "and" && (last == nkHundred || last == nkScale) && j+1 < len(p.toks) &&
			p.toks[j+1].ent() != nil && p.toks[j+1].ent().num != nil &&
			(p.toks[j+1].ent().num.kind == nkUnit || p.toks[j+1].ent().num.kind == nkTens) {
			continue // "two hundred and fifty"
		}
		if tk.kind != tWord || tk.ent() == nil || tk.ent().num == nil {
			break
		}
		w := tk.ent().num
		switch w.kind {
		case nkUnit:
			if last == nkUnit || (last == nkTens && w.val >= 10) {
				goto done
			}
			cur += w.val
		case nkTens:
			if last == nkUnit || last == nkTens {
				goto done
			}
			cur += w.val
		case nkHundred:
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case nkScale:
			if cur == 0 {
				cur = 1
			}
			total = sat(total + cur*w.val)
			cur = 0
		case nkDozen:
			if cur == 0 {
				cur = 1
			}
			cur *= 12
			last = w.kind
			j++
			goto done
		default:
			goto done
		}
		last = w.kind
	}
done:
	if j == i {
		return 0, false, i, false
	}
	return sat(total + cur), false, j, true
}

// vagueDozen reports a word that makes "dozen" a vague plural: "several
// dozen", "a few dozen".
func vagueDozen(w string) bool {
	return w == "several" || w == "few"
}

// excluded reports whether the number at [i, end) is a year, a date, an
// age, a label ("No. 5") or a percentage rather than a count.
func (p *parser) excluded(i, end int) bool {
	t := &p.toks[i]
	if t.kind == tNum && !t.frac && t.end-t.start == 4 && t.val >= 1900 && t.val <= 2100 {
		return true // "2016"
	}
	if i > 0 {
		b := &p.toks[i-1]
		if b.ent() != nil && (b.ent().notBefore || b.ent().month && b.cap) {
			return true // "aged 12", "June 30"
		}
		if t.kind == tNum && b.kind == tPunct && b.lit() == "-" && t.glued && i > 1 &&
			p.toks[i-2].kind == tNum && i > 2 && p.toks[i-3].ent() != nil && p.toks[i-3].ent().month {
			return true // "June 28-30"
		}
	}
	if t.kind == tNum && end == i+1 && t.val <= 120 && i > 1 && p.word(i-1) == "," && p.toks[i-2].kind == tWord &&
		p.toks[i-2].cap && p.word(end) == "," {
		return true // an age after a name: "Fatima al-Ali, 60, a neighbour, died"
	}
	if end+1 < len(p.toks) && p.toks[end].kind == tPunct && p.toks[end].punct == '-' && p.toks[end].glued &&
		p.toks[end+1].glued && p.toks[end+1].kind == tWord &&
		(p.toks[end+1].ent() == nil || p.toks[end+1].ent().num == nil) {
		return true // "12-year-old", "two-storey", "5-km"
	}
	if p.personOfNumber(i) {
		return true // an age: "a girl of eleven died", "a man of 60"
	}
	if p.placeOfThem(i, end) {
		return true // "a truck parked outside one of them": where, not how many
	}
	if end < len(p.toks) {
		a := &p.toks[end]
		if a.ent() != nil && (a.ent().month && a.cap || a.lit() == "percent") {
			return true // "30 June", "5 percent"
		}
		if a.lit() == "per" && p.word(end+1) == "cent" {
			return true
		}
		if a.lit() == "of" && end+1 < len(p.toks) && p.toks[end+1].ent() != nil && p.toks[end+1].ent().month {
			return true // "5 of June"
		}
	}
	return false
}

// personOfNumber reports "a girl of" (one person's noun after an article,
// then "of") right before the number at i: the number is an age, or the
// children of "a father of three", never a figure of the dead.
func (p *parser) personOfNumber(i int) bool {
	if i < 3 || p.word(i-1) != "of" {
		return false
	}
	e := p.toks[i-2].ent()
	if e == nil || e.head == nil || !e.head.one || e.head.cls != clsHuman {
		return false
	}
	w := p.word(i - 3)
	return w == "a" || w == "an"
}

// qualifierBefore matches a qualifier ending right before token i.
func (p *parser) qualifierBefore(i int) (qualOp, int) {
	if i == 0 || p.toks[i-1].id == 0 {
		return qExact, i
	}
	for q, ids := range qualifierIDs {
		k := i - 1
		ok := true
		for w := len(ids) - 1; w >= 0; w-- {
			if k < 0 || p.toks[k].id != ids[w] {
				ok = false
				break
			}
			k--
		}
		if ok {
			return qualifiers[q].op, k + 1
		}
	}
	return qExact, i
}

// qualifierIDs holds the vocabulary ids of the words of each entry of
// qualifiers (every one has an entry): qualifierBefore runs at every
// number, and comparing ids is cheaper than comparing words.
var qualifierIDs = func() [][]uint16 {
	out := make([][]uint16, len(qualifiers))
	for k, q := range qualifiers {
		for _, w := range splitWords(q.words) {
			out[k] = append(out[k], vocabulary[w])
		}
	}
	return out
}()

// bound is one end of a figure; ok=false is open (nil in model.Count).
// Pointers are made only for the figures returned, in one allocation.
type bound struct {
	v  int
	ok bool
}

func ptr(v int) bound { return bound{v, true} }

// bounds applies a qualifier to n (or to the range lo..hi).
func bounds(op qualOp, lo, hi int, isRange bool) (min, max bound, approx bool) {
	switch op {
	case qApprox:
		return ptr(lo), ptr(hi), true
	case qUpTo, qAtMost:
		return bound{}, ptr(hi), false
	case qMoreThan:
		return ptr(lo + 1), bound{}, false
	case qAtLeast:
		return ptr(lo), bound{}, false
	case qLessThan:
		if hi <= 0 {
			return bound{}, ptr(0), false
		}
		return bound{}, ptr(hi - 1), false
	}
	return ptr(lo), ptr(hi), false
}

// possessorBeforeNumber skips a possessor between a partitive's article
// and its size ("18 of the convoy's 31 trucks": 31 is the size, not the
// figure); it returns k when no number follows the possessor.
func (p *parser) possessorBeforeNumber(k int) int {
	if k+3 >= len(p.toks) || p.toks[k].kind != tWord || p.toks[k+1].kind != tPunct || p.toks[k+1].lit() != "'" ||
		p.text(k+2) != "s" || p.toks[k+3].kind != tNum {
		return k
	}
	return k + 3
}

// possessorBeforeHead skips a possessor between a partitive's article and
// the noun of people counted ("four of the group's members", "one of the
// militia's top commanders"): the owner is not the counted noun. It returns
// k when no noun of people follows the possessor within two modifiers.
func (p *parser) possessorBeforeHead(k int) int {
	if k+3 >= len(p.toks) || p.toks[k].kind != tWord || p.toks[k+1].kind != tPunct || p.toks[k+1].lit() != "'" ||
		p.text(k+2) != "s" {
		return k
	}
	for j := k + 3; j < len(p.toks) && j <= k+5; j++ {
		e := p.toks[j].ent()
		if e != nil && e.head != nil && !e.mod && e.head.cls == clsHuman {
			return k + 3
		}
		if p.toks[j].kind != tWord || e != nil && e.head != nil {
			return k
		}
	}
	return k
}

func isDet(w string) bool {
	switch w {
	case "the", "these", "those", "its", "their", "his", "her", "this", "that", "our":
		return true
	}
	return false
}

// figureAt reads a figure starting at token i; it returns the token after
// it, or i when there is none.
func (p *parser) figureAt(i int) int {
	if fractionStart[p.toks[i].id] {
		if end := p.fraction(i); end > i {
			return end
		}
	}
	t := &p.toks[i]
	if t.kind == tWord && (t.lit() == "a" || t.lit() == "an" || t.lit() == "another") {
		if end := p.oneMore(i); end > i {
			return end
		}
		if end := p.article(i); end > i {
			return end
		}
	}
	if t.kind == tWord && possessive(t.lit()) {
		if end := p.possessiveVehicle(i); end > i {
			return end
		}
	}
	if t.kind == tWord && t.ent() != nil && t.ent().num == nil && (t.lit() == "the" || t.ent().head != nil) {
		if end := p.deadNamed(i); end > i {
			return end
		}
		if end := p.definite(i); end > i {
			return end
		}
		if end := p.eventOfPerson(i); end > i {
			return end
		}
		if end := p.definitePerson(i); end > i {
			return end
		}
		if end := p.restatedGroup(i); end > i {
			return end
		}
		if end := p.nthOfTheDead(i); end > i {
			return end
		}
	}
	if t.lit() == "both" {
		if end := p.both(i); end > i {
			return end
		}
	}
	if w := t.lit(); w == "his" || w == "her" || w == "their" {
		if end := p.kinObject(i); end > i {
			return end
		}
	}
	if t.lit() == "twice" {
		return p.struckTwice(i)
	}
	val, vague, end, ok := p.number(i)
	if !ok {
		return i
	}
	if p.excluded(i, end) || t.lit() == "one" && p.word(i-1) == "no" {
		return end
	}
	if !vague {
		if end := p.restatedToll(i, val, end); end > 0 {
			return end
		}
		if end := p.ofWhomPart(i, val, end); end > 0 {
			return end
		}
		if end := p.restOfTheDead(i, val, end); end > 0 {
			return end
		}
	}
	op, first := p.qualifierBefore(i)
	if (vague || t.plus) && op == qExact {
		op = qAtLeast // "dozens", "4+"
	}
	f := fig{first: first, numAt: i, last: end - 1}
	lo, hi := val, val
	isRange := false
	// ranges: "five to six", "5-6", "five or six", "between 5,000 and 12,000"
	if end+1 < len(p.toks) && !vague {
		sep := p.toks[end]
		between := p.word(i-1) == "between"
		from := p.word(i-1) == "from"
		if sep.lit() == "-" || sep.lit() == "to" || sep.lit() == "or" || sep.lit() == "and" && between {
			if v2, vg2, e2, ok2 := p.number(end + 1); ok2 && !vg2 && v2 > val && !p.excluded(end+1, e2) {
				switch {
				case from && isRiseVerb(p.word(i-2)):
					lo, hi = v2, v2 // "rose from 5 to 12": the new figure
					first = i - 1
				case sep.lit() == "-" && (p.toks[end].glued != p.toks[end+1].glued):
					// "5 -6": not a range
				default:
					isRange = true
					hi = v2
					if between || from {
						first = i - 1
						if op2, q2 := p.qualifierBefore(i - 1); q2 < i-1 {
							op, first = op2, q2
						}
					}
				}
				if lo == v2 || isRange {
					end = e2
				}
			}
		}
	}
	f.first = first
	f.min, f.max, f.approx = bounds(op, lo, hi, isRange)
	if vague {
		f.approx = true
	}
	if end := p.leadPart(f, end); end > 0 {
		return end
	}
	if !vague && !isRange && op == qExact {
		if end := p.companions(f, end); end > 0 {
			return end
		}
	}
	// "of": "dozens of militants", "two of the three vehicles", "five of them"
	k := end
	partitive := false
	if p.word(k) == "of" {
		k++
		if isDet(p.word(k)) {
			k++
			k = p.possessorBeforeNumber(k)
			k = p.possessorBeforeHead(k)
		}
		if !vague {
			partitive = true
			if v3, vg3, e3, ok3 := p.number(k); ok3 && !vg3 {
				if p.oneOfAll(i, val, op) {
					// "Ali was one of four farmers killed": the four were killed
					f.min, f.max = ptr(v3), ptr(v3)
				} else {
					// "two of the three vehicles": three is the size
					p.sizeOf(k, e3, v3)
				}
				k = e3
				if end := p.partOfToldToll(f, v3, k); end > 0 {
					return end
				}
				if end := p.oneAndTheOther(f, v3, k); end > 0 {
					return end
				}
			}
		}
		if end := p.ofTheDead(f, k); end > 0 {
			return end
		}
		if w := p.word(k); w == "them" || w == "whom" || w == "which" {
			// "eight of them children", "five of whom were civilians",
			// "4 vehicles, 3 of which were destroyed": the class of the
			// figure before, the kind of its own cue or else of that figure
			prev := p.lastFig()
			if prev == nil {
				// "struck their positions and killed 40 of them": people
				if c, d := p.cueBefore(f.first-1, true); c != 0 && d <= 1 && w == "them" {
					f.last, f.cls, f.group, f.kind = k, clsHuman, p.groupBefore(f.first, false), kindOf(c, clsHuman)
					p.add(f)
				} else if end := p.partOfToll(f, k); w == "them" && end > 0 {
					return end
				} else if w == "them" && p.vehiclesBefore(f.first) {
					// "hit a column of trucks, and five of them were
					// destroyed", "fired on the vehicles, burning two of
					// them": the vehicles named before, uncounted
					fwd, fd := p.cueAfter(k+1, false)
					back, bd := p.cueBefore(f.first-1, false)
					if bd > 1 {
						back = 0
					}
					if f.kind = kindOf(pickCue(fwd, fd, back, bd), clsVehicle); f.kind != "" {
						f.last, f.cls = k, clsVehicle
						p.add(f)
					}
				}
				return k + 1
			}
			f.last = k
			k++
			f.cls, f.group, f.item = prev.cls, prev.group, prev.item
			if f.cls == clsHuman && f.min.v == 1 && f.max.v == 1 {
				if at := p.copulaSubject(f.first); at >= 0 {
					// "a 15-year-old boy was one of them": the subject says who
					e := p.toks[at].ent()
					f.group, f.item = e.head.group, p.text(at)
					if f.group == "" {
						f.group = model.GroupUnknown
					}
				}
			}
			if w := p.word(k); w == "were" || w == "was" || w == "being" {
				k++
			}
			if (p.word(k) == "a" || p.word(k) == "an") && f.cls == clsHuman {
				k++                  // "one of them a child"
				k = p.ageCompound(k) // "one of them a 14-year-old boy"
			}
			if k < len(p.toks) && p.toks[k].ent() != nil && p.toks[k].ent().head != nil &&
				p.toks[k].ent().head.cls == clsHuman && f.cls == clsHuman {
				f.group, f.item, f.last = p.toks[k].ent().head.group, p.toks[k].lit(), k
			}
			if c, d := p.cueAfter(f.last+1, f.cls == clsHuman); c != 0 && d <= 3 {
				f.kind = kindOf(c, f.cls)
			} else if c, d := p.cueBefore(f.first-1, true); c != 0 && d <= 1 && f.cls != clsHuman {
				// "destroyed three of their vehicles, killing 40 of them":
				// them are people, not the vehicles
				f.cls, f.group, f.item, f.kind = clsHuman, model.GroupUnknown, "", kindOf(c, clsHuman)
				if h := p.lastHuman(); h != nil {
					f.group, f.item = h.group, h.item
				}
			} else {
				f.kind = prev.kind
			}
			if f.kind != "" {
				p.add(f)
			}
			return f.last + 1
		}
	}
	h := p.headAfter(k)
	switch {
	case h.at >= 0 && val > 1 && p.modifiesNext(h):
		return max(end, k) // "three terrorist hideouts": a modifier, not the counted noun
	case h.at >= 0:
		f.last = p.fixedTailEnd(h.at)
		f.cls = h.head.cls
		f.item = p.text(h.at)
		f.group = h.group()
	case h.bareOK && !partitive:
		f.bare = true
		f.cls = clsHuman
		if h.stop-1 > f.last && h.stop <= len(p.toks) {
			f.last = h.stop - 1 // "3 Americans were killed"
			for f.last > end-1 && p.toks[f.last].kind == tPunct {
				f.last--
			}
		}
	default:
		return max(end, k) // "24 hours", "12 miles", "4.7 million children in need"
	}
	if f.cls == clsOthers {
		prev := p.lastFig()
		if h := p.lastHuman(); h != nil && h != prev && p.humanCueNear(f.first, f.last) {
			// "the martyrdom of two civilians, the drivers of two of the
			// trucks, and the injury of four others": others hurt are people
			prev = h
		}
		switch {
		case prev != nil:
			f.cls, f.group, f.item = prev.cls, prev.group, prev.item
			if f.cls == clsHuman {
				f.group = p.commonGroup()
			}
		case p.tollAfter(f.last + 1):
			// "Fourteen others were wounded when ...": the figure before
			// is in an earlier sentence, but only people are wounded
			f.cls, f.group = clsHuman, model.GroupUnknown
		default:
			return f.last + 1
		}
	}
	if f.cls == clsHuman && h.at >= 0 && h.head.group == "" && !h.civ {
		switch {
		case p.ofMilitants(h.at + 1):
			f.group = model.GroupMilitants // "twelve members of the Islamic State"
		case p.ofFamily(h.at + 1):
			f.group = model.GroupCivilians // "eleven members of one family"
		case partitive && (p.word(end+1) == "its" || p.word(end+1) == "their") && p.familyBefore(i):
			f.group = model.GroupCivilians // "hit the house of a family, killing seven of its members"
		}
	}
	if f.bare {
		return p.bareFigure(f)
	}
	switch f.cls {
	case clsHuman, clsVehicle:
		human := f.cls == clsHuman
		if end := p.listEnd(f.last, f.cls); end > f.last {
			if human && f.group == model.GroupCivilians && p.nonCivilianIn(f.last+1, end) {
				f.group = model.GroupUnknown // "dozens of civilians and military personnel": not all civilians
			}
			f.last = end
		}
		fwd, fd := p.cueAfter(f.last+1, human)
		back, bd, bk := p.cueBeforeAt(f.first-1, human)
		if fwd != 0 && back != 0 && p.earlierPredicate(bk) {
			back = 0 // "two were killed and three residents of the village were injured"
		}
		f.kind = kindOf(pickCue(fwd, fd, back, bd), f.cls)
		if fwd == 0 && human && p.otherFateAfter(f.last+1) {
			f.kind = "" // "52 men were killed and 605 others are still missing": their own predicate
		}
		if fwd == 0 && human && p.takenForCareAfter(f.last+1) && !p.bodiesOf(&f) {
			f.kind = model.CountInjured // "a man was killed and two others were taken to hospital": alive, hurt
		}
		if f.kind == "" && human && f.group == model.GroupMilitants {
			// military statements "destroy" fighters: "the destruction of
			// more than 60 terrorists", "up to 40 militants were destroyed"
			fwd2, fd2 := p.cueAfter(f.last+1, false)
			back2, bd2 := p.cueBefore(f.first-1, false)
			if pickCue(fwd2, fd2, back2, bd2) == cueDestroyed {
				f.kind = model.CountKilled
			}
		}
		if f.kind == "" && human {
			// "the death toll from air strikes on a market in X, a town
			// in the Y countryside, has risen to 61 civilians": the cue is
			// the long subject's, beyond cueBefore's reach
			f.kind = kindOf(p.subjectTollCue(f.first), f.cls)
		}
		if f.kind == "" && human && p.text(f.last) == "bodies" {
			f.kind = model.CountKilled // "30 bodies were recovered"
		}

		if f.kind == "" && human && p.introducedBy(f.first) {
			// "at least 23 people, including 7 children, died"; a bare toll
			// too: "the toll has risen to 14, among them six children"
			if prev := p.lastHuman(); prev != nil {
				f.kind = prev.kind
			} else if prev := p.lastFig(); prev != nil && prev.cls == clsHuman {
				f.kind = prev.kind
			}
		}
		if f.kind == "" && p.isOther(f) {
			// "killed a senior commander of the group and two other
			// people": the list of the verb goes on past the commander's
			// "of" phrase
			if prev := p.lastFig(); prev != nil && prev.cls == f.cls && prev.kind != "" && p.otherJoin(prev.last, f.first) {
				f.kind = prev.kind
			}
		}
	case clsStrike:
		if partitive {
			return f.last + 1
		}
		f.kind = model.CountStrikes
	case clsEngagement:
		if partitive {
			return f.last + 1
		}
		f.kind = model.CountEngagements
	default:
		return f.last + 1 // "two convoys"
	}
	if f.kind == "" && f.cls == clsVehicle && p.lastListItem(f.first) && !p.ownVerbAfter(f.last+1) && p.destroyedFarBefore(f.first-1) {
		// "destroyed a workshop in which ..., as well as an ammunition
		// store and two vehicles": the last item of the verb's long list
		f.kind = model.CountVehiclesDestroyed
	}
	if f.kind != "" && (p.cumulative(f.last+1) || p.cumulativeBefore(f.first)) {
		f.kind = "" // "more than 14,000 strikes since 2014": a campaign total
	}
	if f.cls == clsVehicle && f.kind != "" && p.introducedBy(f.first) {
		if prev := p.lastFig(); prev != nil && prev.cls == clsVehicle && prev.kind == f.kind {
			return f.last + 1 // "11 vehicles, including four tanks": a part, not another figure
		}
	}
	if f.cls == clsHuman {
		if g := p.allOfGroup(f.last + 1); g != "" {
			f.group = g // "nineteen men, all civilians, were killed"
		}
		if f.group == model.GroupUnknown && f.kind != "" && p.civilianColonList(f.last+1) {
			f.group = model.GroupCivilians // "three people were killed: a nurse, a patient and ..."
		}
	}
	p.add(f)
	return f.last + 1
}

// otherFateAfter reports a predicate at token k that gives people a fate
// other than death or injury: "(are) (still) missing", "were detained".
func (p *parser) otherFateAfter(k int) bool {
	j := k
	for ; j < len(p.toks) && j < k+3; j++ {
		if e := p.toks[j].ent(); (e == nil || !e.aux) && !strings.EqualFold(p.text(j), "still") {
			break
		}
	}
	if j == k || j >= len(p.toks) {
		return false
	}
	if strings.EqualFold(p.text(j), "taken") {
		return j+1 < len(p.toks) && takenElsewhere(p.text(j+1)) // "taken away", not "taken to hospital"
	}
	return otherFate(p.text(j))
}

// takenForCareAfter reports a predicate at token k that carries people to
// hospital ("were taken to hospital", "were later rushed to a nearby
// hospital") or keeps them there ("were hospitalised"): they are hurt, not
// dead, whatever verb of death came earlier in the sentence.
func (p *parser) takenForCareAfter(k int) bool {
	j := p.pastAux(k)
	if j == k || j >= len(p.toks) {
		return false
	}
	switch strings.ToLower(p.text(j)) {
	case "hospitalised", "hospitalized":
		return true
	case "taken", "rushed", "evacuated", "transferred", "transported", "brought", "admitted":
	default:
		return false
	}
	if p.word(j+1) != "to" {
		return false
	}
	for i := j + 2; i < len(p.toks) && i <= j+4; i++ {
		switch p.word(i) {
		case "hospital", "hospitals":
			return true
		case "a", "the", "local", "nearby", "nearest", "field":
		default:
			return false
		}
	}
	return false
}

// pastAux is the first token from k that is no auxiliary ("were", "have
// been") nor "still"/"later", at most three on; k when there is none.
func (p *parser) pastAux(k int) int {
	j := k
	for ; j < len(p.toks) && j < k+3; j++ {
		if e := p.toks[j].ent(); (e == nil || !e.aux) && !strings.EqualFold(p.text(j), "still") && !strings.EqualFold(p.text(j), "later") {
			break
		}
	}
	return j
}

// bodiesOf reports a figure of the dead's bodies: "11 bodies were brought
// to the hospital", "the bodies of two men were taken to hospital".
func (p *parser) bodiesOf(f *fig) bool {
	if deadBodies(p.word(f.last)) {
		return true
	}
	return p.word(f.first-1) == "of" && deadBodies(p.word(f.first-2))
}

func deadBodies(w string) bool {
	switch w {
	case "bodies", "remains", "corpses", "dead":
		return true
	}
	return false
}

// takenElsewhere reports the word after "taken" that makes people carried
// off alive ("two others were taken away"), not brought for care.
func takenElsewhere(w string) bool {
	switch strings.ToLower(w) {
	case "away", "prisoner", "captive", "hostage":
		return true
	}
	return false
}

// otherFate: what becomes of people who are neither dead nor wounded.
func otherFate(w string) bool {
	switch strings.ToLower(w) {
	case "missing", "unaccounted", "detained", "held", "captured", "abducted", "kidnapped", "arrested", "trapped":
		return true
	}
	return false
}

// allOfGroup returns the group of an apposition that opens at the comma k
// and says who all of the figure were: ", all civilians", ", all of them
// children". It returns "" when there is none.
func (p *parser) allOfGroup(k int) string {
	if p.word(k) != "," || p.word(k+1) != "all" {
		return ""
	}
	j := k + 2
	if p.word(j) == "of" && p.word(j+1) == "them" {
		j += 2
	}
	if j >= len(p.toks) {
		return ""
	}
	if e := p.toks[j].ent(); e != nil && e.head != nil && !e.mod && e.head.cls == clsHuman {
		return e.head.group
	}
	return ""
}

// lastListItem reports a figure at token k that closes a list: "and" (or
// "as well as") before it.
func (p *parser) lastListItem(k int) bool {
	return p.word(k-1) == "and" || p.word(k-1) == "as" && p.word(k-2) == "well" && p.word(k-3) == "as"
}

// ownVerbAfter reports an auxiliary at token k, after a noun: the noun is
// the subject of a clause of its own ("and two cars were parked outside").
func (p *parser) ownVerbAfter(k int) bool {
	switch w := p.word(k); w {
	case "had", "have", "has", "will", "would", "could":
		return true
	default:
		return beWord(w)
	}
}

// destroyedFarBefore looks back from token k, within the clause (commas
// pass, other clause punctuation and speech words stop it), for a verb that
// destroys or strikes things, up to 25 words off: the verb of a list whose
// earlier items run long.
func (p *parser) destroyedFarBefore(k int) bool {
	for dist := 0; k >= 0 && dist < 25; k-- {
		t := &p.toks[k]
		if t.kind == tPunct {
			switch t.punct {
			case ';', ':', '.', '!', '?', '"':
				return false
			}
			continue
		}
		dist++
		if w := t.lit(); tellsOf(w) || w == "but" || w == "while" {
			return false
		}
		if e := t.ent(); e != nil && e.cue != 0 {
			return e.cue == cueDestroyed && !beWord(p.word(k-1))
		}
	}
	return false
}

// earlierPredicate reports a cue at token k that is the passive predicate
// of an earlier subject ("were killed", "had been wounded") followed by
// "and": it closes that subject's clause, so it is no verb of a figure past
// the "and" that has a cue of its own.
func (p *parser) earlierPredicate(k int) bool {
	return k > 0 && beWord(p.word(k-1)) && p.word(k+1) == "and"
}

// civilianColonList reports a colon, a few words after token k (past the
// toll's own predicate: "were killed:"), opening a list of who the people
// were that names someone of no armed side ("a nurse", "a patient") and no
// one armed ("a soldier", "two fighters"): the toll is of civilians. People
// named by no group word ("a man who had brought his son") do not say
// otherwise; a list that names no one of a group says nothing.
func (p *parser) civilianColonList(k int) bool {
	colon := -1
	for j := k; j < len(p.toks) && j < k+6; j++ {
		if t := &p.toks[j]; t.kind == tPunct {
			if t.punct == ':' {
				colon = j
			}
			break
		}
		if t := &p.toks[j]; t.kind == tNum || t.ent() != nil && t.ent().num != nil {
			return false // another figure: its own list
		}
	}
	if colon < 0 {
		return false
	}
	civilian := false
	for j := colon + 1; j < len(p.toks); j++ {
		t := &p.toks[j]
		if t.kind == tPunct && (t.punct == ';' || t.punct == '.' || t.punct == ':') {
			break
		}
		e := t.ent()
		if e == nil {
			continue
		}
		if e.militant || e.mod && forcesModifier(t.lit()) || forcesNoun(t.lit()) {
			return false
		}
		if e.head == nil || e.head.cls != clsHuman || e.mod {
			continue
		}
		switch e.head.group {
		case model.GroupMilitants:
			return false
		case model.GroupCivilians, model.GroupMedics, model.GroupChildren:
			civilian = true
		}
	}
	return civilian
}

// tollAfter reports a cue of killed or injured right after token k ("were
// wounded"), which only people can be.
func (p *parser) tollAfter(k int) bool {
	c, d := p.cueAfter(k, true)
	return (c == cueKilled || c == cueInjured) && d <= 3
}

// vehiclesBefore reports a plural noun of vehicles in the sentence before
// token k, with no noun of people nearer: the antecedent of "them".
func (p *parser) vehiclesBefore(k int) bool {
	for j := k - 1; j >= 0; j-- {
		if e := p.toks[j].ent(); e != nil && e.head != nil && !e.head.one {
			switch e.head.cls {
			case clsVehicle:
				return true
			case clsHuman:
				return false
			}
		}
	}
	return false
}

// copulaSubject returns the token of the singular noun of people that is
// the subject of "was" right before token k, as in "tribal elders said a
// 15-year-old boy was one of them" (the subject with its article, and at
// most an age or a modifier between), or -1.
func (p *parser) copulaSubject(k int) int {
	if p.word(k-1) != "was" {
		return -1
	}
	at := k - 2
	if at < 0 {
		return -1
	}
	e := p.toks[at].ent()
	if e == nil || e.head == nil || e.head.cls != clsHuman || !e.head.one || e.mod {
		return -1
	}
	for j := at - 1; j >= 0 && j >= at-6; j-- {
		switch w := p.word(j); {
		case w == "a" || w == "an":
			return at
		case p.toks[j].kind == tWord && p.toks[j].ent() != nil && p.toks[j].ent().mod,
			w == "-", p.text(j) == "old" || p.text(j) == "year" || p.text(j) == "month",
			p.toks[j].kind == tNum, p.toks[j].ent() != nil && p.toks[j].ent().num != nil:
			continue
		}
		return -1
	}
	return -1
}

// cumulative reports whether the clause after token k makes a figure a
// running total rather than one event's: "since 2014", "since the start of
// the campaign", "so far", "to date", "in total", "this year".
func (p *parser) cumulative(k int) bool {
	for j := k; j < len(p.toks) && j < k+10; j++ {
		t := &p.toks[j]
		if t.kind == tPunct && (t.punct == ';' || t.punct == '.' || t.punct == ':') {
			return false
		}
		w := p.word(j)
		if w == "" {
			w = p.text(j) // words the lexicon does not hold: "past"
		}
		switch w {
		case "since":
			n := &p.toks[min(j+1, len(p.toks)-1)]
			if j+1 >= len(p.toks) {
				break
			}
			switch {
			case n.kind == tNum && n.end-n.start == 4, n.ent() != nil && n.ent().month,
				p.word(j+1) == "its" || p.word(j+1) == "their":
				return true // "since 2014", "since June", "since its launch"
			case p.word(j+1) == "the":
				switch p.text(j + 2) {
				case "start", "beginning", "launch", "outset", "war", "campaign", "conflict":
					return true // "since the start of the campaign"
				}
			}
		case "past":
			if p.periodAfter(j + 1) {
				return true // "over the past week", "in the past two days"
			}
		case "last":
			if p.text(j-1) == "the" && p.periodAfter(j+1) {
				return true // "over the last month" (not "last week": a day of it)
			}
		case "so":
			if p.text(j+1) == "far" {
				return true
			}
		case "to":
			if p.text(j+1) == "date" {
				return true
			}
		case "in":
			if w := p.text(j + 1); w == "total" {
				return true
			}
		case "this":
			if w := p.text(j + 1); w == "year" {
				return true
			}
		}
	}
	return false
}

// setOnFire reports "set on fire" or "set alight" at token k: what was set
// on fire was destroyed.
func (p *parser) setOnFire(k int) bool {
	if p.text(k) != "set" {
		return false
	}
	return p.text(k+1) == "on" && p.text(k+2) == "fire" || p.text(k+1) == "alight"
}

// periodWord reports a word naming a stretch of time a running total
// covers.
func periodWord(w string) bool {
	switch w {
	case "week", "weeks", "month", "months", "year", "years", "days", "fortnight", "hours":
		return true
	}
	return false
}

// periodAfter reports a period at token j, or after a number: "week",
// "two weeks", "24 hours".
func (p *parser) periodAfter(j int) bool {
	if j < len(p.toks) && (p.toks[j].kind == tNum || p.toks[j].ent() != nil && p.toks[j].ent().num != nil) {
		j++
	}
	return j < len(p.toks) && periodWord(p.text(j))
}

// cumulativeBefore reports a running total announced before the figure at
// token k, in its clause: "a total of 1,146", "Since the beginning of the
// year, 40 militants ...", "In the past week, 38 ...".
func (p *parser) cumulativeBefore(k int) bool {
	if k >= 2 && p.text(k-1) == "of" && p.text(k-2) == "total" {
		// "for a total of 105" sums the figures before it (sumTotal); "a
		// total of 61 terrorists were neutralised in the operations" is
		// the event's own total; a running total is told in the perfect:
		// "a total of 1,155 have been neutralised", "have conducted a
		// total of 14,308 strikes"
		return !p.forATotal(k-2) && p.perfectInClause(k-2)
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		t := &p.toks[j]
		if t.kind == tPunct && (t.punct == ';' || t.punct == '.' || t.punct == ':') {
			return false
		}
		if t.kind == tPunct && t.punct == ',' && j+1 < k && clauseJoins(p.text(j+1)) {
			return false // "a store since 2020, and seven fighters were killed": a new clause
		}
		if w := p.text(j); (w == "since" || w == "Since" || w == "past") && j+1 < k && p.cumulative(j) {
			return true
		}
	}
	return false
}

// perfectInClause reports a perfect auxiliary ("has", "have") in the
// clause around token k, within a few words either side.
func (p *parser) perfectInClause(k int) bool {
	for _, step := range [2]int{-1, 1} {
		for j := k + step; j >= 0 && j < len(p.toks) && j >= k-8 && j <= k+12; j += step {
			t := &p.toks[j]
			if t.kind == tPunct && (t.punct == ';' || t.punct == '.' || t.punct == ':' || t.punct == ',') {
				break
			}
			if w := p.text(j); w == "has" || w == "have" {
				return true
			}
		}
	}
	return false
}

// clauseJoins reports a conjunction that, after a comma, opens a clause of
// its own.
func clauseJoins(w string) bool {
	switch w {
	case "and", "but", "while", "whereas":
		return true
	}
	return false
}

// forATotal reports "for a total of" whose "total" is token k: the sum of
// the figures the sentence gave before it ("killed 101 fighters and four
// civilians, for a total of 105"), not a running total.
func (p *parser) forATotal(k int) bool {
	return k >= 2 && p.text(k+1) == "of" && p.text(k-1) == "a" && strings.EqualFold(p.text(k), "total") &&
		strings.EqualFold(p.text(k-2), "for")
}

// sumTotal keeps the sum "for a total of N" gives and drops the parts it adds
// up: exact figures of one kind before it whose values sum to N. The sum
// takes the group its noun gives or the parts share; with no such group it
// counts everyone, and parts of a group stay as that group's figures (as with
// "including"). A bare "for a total of 105" takes the kind of its parts.
func (p *parser) sumTotal() {
	if len(p.figs) < 2 {
		return // partsBefore would find fewer than two parts: nothing to drop
	}
	for k := 2; k+2 < len(p.toks); k++ {
		if t := &p.toks[k+1]; t.end-t.start != 2 || !p.forATotal(k) {
			continue
		}
		val, vague, end, ok := p.number(k + 2)
		if !ok || vague {
			return
		}
		parts, kind, group, sum := p.partsBefore(k)
		if len(parts) < 2 || sum != val {
			return
		}
		at := p.figAt(k + 2)
		if at < 0 {
			p.add(fig{first: k + 2, last: end - 1, numAt: k + 2, min: ptr(val), max: ptr(val),
				cls: clsHuman, group: group, kind: kind, bare: true})
			at = len(p.figs) - 1
		}
		total := &p.figs[at]
		if total.kind != kind {
			return
		}
		total.parts = total.parts[:0]
		for _, m := range parts {
			total.parts = append(total.parts, p.figs[m].min.v)
			if total.group == model.GroupUnknown && p.figs[m].group != model.GroupUnknown {
				continue // "101 fighters and four civilians, for a total of 105": the civilians stay
			}
			p.figs[m].drop = true
		}
		return
	}
}

// partsBefore returns the exact figures of people before token k, their
// kind, the group they share (else unknown) and their sum; none when they
// are of more than one kind or one is not exact.
func (p *parser) partsBefore(k int) (parts []int, kind, group string, sum int) {
	for m := range p.figs {
		f := &p.figs[m]
		if f.first >= k || f.drop || f.kind == "" {
			continue
		}
		if f.cls != clsHuman || !f.min.ok || !f.max.ok || f.min.v != f.max.v || kind != "" && f.kind != kind {
			return nil, "", "", 0
		}
		if kind == "" {
			kind, group = f.kind, f.group
		} else if group != f.group {
			group = model.GroupUnknown
		}
		parts = append(parts, m)
		sum += f.min.v
	}
	return parts, kind, group, sum
}

// figAt returns the index of the figure whose number starts at token i, or -1.
func (p *parser) figAt(i int) int {
	for m := range p.figs {
		if p.figs[m].numAt == i && !p.figs[m].drop {
			return m
		}
	}
	return -1
}

// elliptical reads a bare number that goes on the verb's list of figures
// with a place of its own: "killed 12 people in Ariha and seven in
// Saraqeb", "between 30 and 40 civilians in a school and between 14 and 22
// in a block of flats". It takes the kind and group of the figure before,
// when only "and" and that figure's own place phrase (no number, no
// clause punctuation) stand between them. It returns the token after the
// number, or 0.
func (p *parser) elliptical(f fig) int {
	if p.word(f.first-1) != "and" || !placePreposition(p.text(f.last+1)) {
		return 0
	}
	prev := p.lastFig()
	if prev == nil || prev.kind == "" || prev.bare || f.first-1-prev.last > 12 {
		return 0
	}
	for j := prev.last + 1; j < f.first-1; j++ {
		t := &p.toks[j]
		if t.kind == tNum || t.kind == tPunct && t.punct != '-' && t.punct != '\'' ||
			t.ent() != nil && (t.ent().cue != 0 || t.ent().num != nil) {
			return 0
		}
	}
	if c, _ := p.cueAfter(f.last+1, prev.cls == clsHuman); c != 0 {
		return 0 // "and 30 in the town were injured": a verb of its own
	}
	f.cls, f.kind, f.group, f.item = prev.cls, prev.kind, prev.group, prev.item
	p.add(f)
	return f.last + 1
}

// placePreposition opens the place phrase of an elliptical figure.
func placePreposition(w string) bool {
	switch w {
	case "in", "at", "near", "outside", "inside", "around":
		return true
	}
	return false
}

// civilianToll: the toll word at k is said to count civilians ("the
// civilian death toll", "the civilian toll"): "civilian" one or two words
// before it.
func (p *parser) civilianToll(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if w := p.word(j); w == "civilian" {
			return true
		} else if w != "death" {
			return false
		}
	}
	return false
}

// bareFigure: a number with no noun needs its cue right next to it:
// "killing 36", "36 killed", "the death toll rose to 36", "destroying 30"
// (after "struck 45 oil tankers": the vehicles of the figure before).
func (p *parser) bareFigure(f fig) int {
	if end := p.labelled(f); end > 0 {
		return end
	}
	if end := p.elliptical(f); end > 0 {
		return end
	}
	if end := p.numberAt(f); end > 0 {
		return end
	}
	for _, human := range []bool{true, false} {
		fwd, fd := p.cueAfter(f.last+1, human)
		back, bd := p.cueBefore(f.first-1, human)
		c := cue(0)
		switch {
		case fwd != 0 && fd <= 2+p.perfectPassive(f.last+1)+p.severity(f.last+1):
			c = fwd
		case back == cueToll && bd <= 4, back != 0 && back != cueToll && bd <= 1:
			c = back
		case back != 0 && back != cueToll && bd == 2 && p.word(f.first-1) == "of" && p.word(f.first-3) == "the":
			c = back // a cue noun's own object: "resulted in the martyrdom of dozens"
		case human && p.estimatesRange(f.first):
			// "estimates of the dead run from 135 to 280": the subject's cue
			if b, d := p.cueBefore(f.first-2, true); b != 0 && d <= 3 {
				c = b
			}
		}
		if c == 0 {
			continue
		}
		if human {
			f.cls = clsHuman
			if prev := p.lastHuman(); prev != nil {
				// the group all people so far share: after "23 people were
				// killed, seven of them children", "dozens were wounded" are
				// not children
				f.group, f.item = p.commonGroup(), prev.item
			}
			if p.word(f.first-1) == "of" && (p.word(f.first-2) == "family" || p.text(f.first-2) == "families") {
				// "a family of six was killed": the gold counts a family as civilians
				f.group, f.item = model.GroupCivilians, "family"
			}
		} else {
			prev := p.lastFig()
			if prev == nil || prev.cls != clsVehicle {
				continue
			}
			f.cls, f.item = clsVehicle, prev.item
		}
		f.kind = kindOf(c, f.cls)
		if human && f.kind != "" {
			if g := p.allOfGroup(f.last + 1); g != "" {
				f.group = g // "put the toll at three, all of them civilians"
			}
		}
		p.add(f)
		break
	}
	return f.last + 1
}

// perfectPassive is 1 when tokens k and k+1 are "had/has/have been" or
// "were/was/are/is being": the bare figure of "at least 12 had been
// killed" or "eight were being treated for wounds" is as close to its verb
// as that of "12 were killed".
func (p *parser) perfectPassive(k int) int {
	switch p.word(k) {
	case "had", "has", "have":
		if p.word(k+1) == "been" {
			return 1
		}
	case "were", "was", "are", "is":
		if p.word(k+1) == "being" {
			return 1
		}
	}
	return 0
}

// severity is 1 when a word saying how badly someone was hurt stands in
// the two tokens from k ("one was seriously injured"): it does not part
// the figure from its verb.
func (p *parser) severity(k int) int {
	for j := k; j < k+2; j++ {
		w := p.text(j)
		for _, a := range severityAdverbs {
			if equalFold(a, w) {
				return 1
			}
		}
	}
	return 0
}

// severityAdverbs say how badly someone was hurt. They are not in the
// vocabulary: as auxiliaries they would join a relative clause's verb to
// an apposition ("one civilian, a farmer who was guarding his land, was
// lightly wounded" is one person).
var severityAdverbs = [...]string{"seriously", "critically", "severely", "gravely", "lightly", "slightly", "moderately", "badly"}

// treatedFor reports "treated for" at token k: "eight people were treated
// for burns" are injured, whatever the wound is called; so are people
// "still being treated" after a strike, their care going on (but not a
// report "still being treated as unconfirmed"; a bare "being treated in
// hospital" may be for shock).
func (p *parser) treatedFor(k int) bool {
	switch p.text(k) { // not lexicon words: p.word is empty
	case "treated":
		return p.text(k+1) == "for"
	case "being":
		// read at "being", so that "two more are still being treated" is
		// as near its figure as "were wounded"
		return p.text(k-1) == "still" && p.text(k+1) == "treated" && p.text(k+2) != "as"
	}
	return false
}

// inHospital reports "hospitalised", "remain(ed) in hospital" or "are
// (still) in hospital" at token k: "more than 30 people remain in
// hospital", "two more are in hospital" are hurt. The past "were in
// hospital" needs "still": without it the people may merely have been
// there. Not lexicon words (but "hospital"), so read as written.
func (p *parser) inHospital(k int) bool {
	switch w := p.text(k); {
	case equalFold("hospitalised", w) || equalFold("hospitalized", w):
		return true
	case equalFold("remain", w) || equalFold("remained", w) || equalFold("remains", w) ||
		equalFold("are", w) || equalFold("is", w):
		return p.inHospitalFrom(k + 1)
	case equalFold("were", w) || equalFold("was", w):
		return equalFold("still", p.text(k+1)) && p.inHospitalFrom(k+1)
	}
	return false
}

// inHospitalFrom reports "in hospital" or "still in hospital" from token k.
func (p *parser) inHospitalFrom(k int) bool {
	if equalFold("still", p.text(k)) {
		k++
	}
	return equalFold("in", p.text(k)) && equalFold("hospital", p.text(k+1))
}

// careIdiom reports "in hospital" or "to hospital" at token k (the
// hospital), without an article: where the hurt are treated, not a place
// struck ("30 people remain in hospital").
func (p *parser) careIdiom(k int) bool {
	if k == 0 || !equalFold("hospital", p.text(k)) {
		return false
	}
	w := p.text(k - 1)
	return equalFold("in", w) || equalFold("to", w)
}

// injuryNouns are harms that no lexicon cue names, said of people taken
// to hospital "with" or "for" them.
var injuryNouns = []string{"burns", "fractures", "shrapnel"}

// withInjury reports "with burns" or "for fractures" at token k: "three
// workers were taken to hospital with burns" were hurt. Not lexicon words,
// so read as written.
func (p *parser) withInjury(k int) bool {
	if w := p.text(k); w != "with" && w != "for" {
		return false
	}
	next := p.text(k + 1)
	for _, n := range injuryNouns {
		if equalFold(n, next) {
			return true
		}
	}
	return false
}

// estimatesRange reports "from" at token k after a verb that spans a range
// of estimates: "(the estimates) run from", "range from", "vary from".
func (p *parser) estimatesRange(k int) bool {
	if p.word(k) != "from" || k < 2 {
		return false
	}
	switch strings.ToLower(p.text(k - 1)) {
	case "run", "runs", "ran", "range", "ranges", "ranged", "vary", "varies", "varied":
		return true
	}
	return false
}

// kindOf maps a cue to the count kind of a class.
func kindOf(c cue, cls class) string {
	switch {
	case cls == clsHuman && (c == cueKilled || c == cueToll):
		return model.CountKilled
	case cls == clsHuman && c == cueInjured:
		return model.CountInjured
	case cls == clsVehicle && c == cueDestroyed:
		return model.CountVehiclesDestroyed
	case cls == clsVehicle && c == cueStruck:
		return model.CountVehiclesStruck
	}
	return ""
}

// introducedBy reports whether the figure at token k follows "including"
// or "among them": a part of the figure before.
func (p *parser) introducedBy(k int) bool {
	switch p.word(k - 1) {
	case "including", "among":
		return true
	case "them":
		return p.word(k-2) == "among"
	}
	return false
}

// ofFamily reports whether "of [the same|one|a] family" follows token k, or
// a family named by a hyphenated surname: "of the al-Hamad family".
func (p *parser) ofFamily(k int) bool {
	if p.word(k) != "of" {
		return false
	}
	for j := k + 1; j < k+7 && j < len(p.toks); j++ {
		if p.text(j) == "family" {
			return true
		}
		if j > k+2 && !familyNamePart(p.text(j)) {
			return false // past "of one farming family", only a surname
		}
	}
	return false
}

// familyNamePart reports a word that may stand between "of" and "family":
// a determiner, "same", or a part of a surname ("al-Hamad", "Abu Zeid").
func familyNamePart(w string) bool {
	switch w {
	case "the", "a", "one", "same", "his", "her", "their", "-", "'", "al", "el", "abu", "bin", "bani":
		return true
	}
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// familyBefore reports whether "family" or "families" stands in the ten
// words before token k, in the same clause.
func (p *parser) familyBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if t := &p.toks[j]; t.kind == tPunct && t.punct != ',' && t.punct != '-' && t.punct != '\'' {
			return false
		}
		if w := p.text(j); w == "family" || w == "families" {
			return true
		}
	}
	return false
}

// ofMilitants reports whether "of [the] <militant name>" follows token k:
// "members of the Islamic State", "fighters of ISIS".
func (p *parser) ofMilitants(k int) bool {
	if p.word(k) != "of" {
		return false
	}
	k++
	if p.word(k) == "the" {
		k++
	}
	return k < len(p.toks) && p.toks[k].cap && p.toks[k].ent() != nil && p.toks[k].ent().name
}

// isGerund: a cue word in -ing ("killing", "wounding").
func isGerund(w string) bool {
	n := len(w)
	return n > 4 && w[n-3:] == "ing"
}

func isRiseVerb(w string) bool {
	switch w {
	case "rose", "risen", "rising", "increased", "climbed", "jumped", "grew":
		return true
	}
	return false
}

// sizeOf records the size in "two of the three vehicles".
func (p *parser) sizeOf(i, end, val int) {
	h := p.headAfter(end)
	if h.at < 0 || h.head.cls != clsVehicle {
		return
	}
	p.add(fig{first: i, last: h.at, numAt: i, min: ptr(val), max: ptr(val),
		cls: clsVehicle, item: p.text(h.at)})
}

// headHit is the noun found after a number.
type headHit struct {
	at            int // token of the noun, -1 if none
	head          *head
	militant, civ bool
	bareOK        bool // no noun, but what follows allows a bare figure
	stop          int  // the first token not skipped (when no noun)
	sawMod        bool // a modifier was skipped: a noun was due ("one family were")
}

// modifiesNext reports a singular noun that is also a modifier found as
// the counted noun, before a word the vocabulary lacks: in "three terrorist
// hideouts" it modifies that word, and a number above one counts that.
func (p *parser) modifiesNext(h headHit) bool {
	e := p.toks[h.at].ent()
	if !h.head.one || !e.mod || h.at+1 >= len(p.toks) {
		return false
	}
	t := &p.toks[h.at+1]
	return t.kind == tWord && t.ent() == nil && !t.cap
}

func (h headHit) group() string {
	g := h.head.group
	if h.head.cls != clsHuman {
		return ""
	}
	switch {
	case g == model.GroupChildren || g == model.GroupMedics:
		return g
	case h.civ:
		return model.GroupCivilians
	case g != "":
		return g
	case h.militant:
		return model.GroupMilitants
	}
	return model.GroupUnknown
}

// headAfter finds the counted noun after token k, skipping modifiers,
// names ("55 ISIL trucks", "250 Islamic State of Iraq and Levant (ISIL)
// jihadists") and hyphenated compounds ("Iran-backed fighters").
func (p *parser) headAfter(k int) headHit {
	h := headHit{at: -1}
	fallback := -1
	compound := false
	for steps := 0; k < len(p.toks) && steps < 14; k, steps = k+1, steps+1 {
		t := &p.toks[k]
		if t.ent() != nil && t.ent().head != nil && !t.ent().mod {
			h.at, h.head = k, t.ent().head
			if k+1 < len(p.toks) {
				if n := p.toks[k+1].ent(); n != nil && n.head != nil && n.head.cls == clsVehicle && !n.head.one {
					// a noun before a vehicle noun is its modifier:
					// "three armoured personnel carriers"
					h.at, h.head = k+1, n.head
				} else if n != nil && n.head != nil && !n.mod && n.head.cls == clsHuman && h.head.cls != clsHuman {
					// a noun before a noun of people is its modifier:
					// "two civilian truck drivers"
					h.at, h.head = k+1, n.head
				}
			}
			return h
		}
		switch {
		case t.ent() != nil && t.ent().mod:
			h.sawMod = true
			h.militant = h.militant || t.ent().militant
			h.civ = h.civ || t.ent().civilian
			if t.ent().head != nil {
				fallback = k
			}
			continue
		case t.ent() != nil && t.ent().name && (t.cap || t.lit() == "al"):
			h.militant = true // "ISIS members", "al-Shabaab fighters"
			continue
		case t.kind == tWord && t.cap:
			if t.ent() != nil && (t.ent().cue != 0 || t.ent().aux) {
				break // "Five Killed" in a headline
			}
			continue
		case t.kind == tWord && t.ent() == nil && k+2 < len(p.toks) && p.toks[k+1].kind == tPunct && p.toks[k+1].punct == '-' &&
			p.toks[k+1].glued && p.toks[k+2].glued && p.toks[k+2].kind == tWord:
			continue // a hyphenated modifier: "a booby-trapped truck"
		case t.kind == tWord && t.ent() == nil && !compound && p.compoundHeadAt(k+1):
			compound = true // a noun the vocabulary lacks before a noun of people or vehicles: "three truffle hunters", "two motor vehicles"
			continue
		case t.kind == tWord && t.ent() == nil && !t.cap && !compound && k+1 < len(p.toks) && p.toks[k+1].kind == tWord &&
			p.toks[k+1].ent() == nil && !p.toks[k+1].cap && p.compoundHeadAt(k+2):
			compound = true // two such nouns: "four defence ministry personnel", "two water tanker trucks"
			k++
			continue
		case t.kind == tPunct && (t.lit() == "-" || t.lit() == "'") && t.glued:
			continue
		case p.abbreviationDot(k):
			continue // an initialism: "three U.S. soldiers", "two U.N. workers"
		case t.kind == tPunct && t.lit() == "/" && t.glued && k > 0 && p.toks[k-1].cap && k+1 < len(p.toks) && p.toks[k+1].cap:
			continue // two names of one group: "four PKK/YPG terrorists"
		case t.kind == tPunct && t.punct == '"' && t.glued && steps == 0:
			continue // a quoted figure: "more than 20" fighters
		case t.kind == tPunct && t.punct == '"' && !t.glued && steps == 0:
			continue // a quoted noun: 80 "American terrorists"
		case (t.lit() == "units" || t.lit() == "pieces") && steps == 0 && p.word(k+1) == "of":
			k++ // a measure word: "twelve units of armoured vehicles"
			continue
		case t.lit() == "and" && h.sawMod && k+1 < len(p.toks) && p.toks[k+1].kind == tWord:
			continue // two modifiers: "armoured and motor vehicles"
		case t.kind == tWord && t.glued && k > 0 && p.toks[k-1].lit() == "-":
			continue // "Iran-backed"
		case t.kind == tNum && t.glued && k > 1 && p.toks[k-1].lit() == "-" && p.toks[k-2].cap:
			continue // a model name: "two T-72 tanks"
		case p.ageCompound(k) > k:
			k = p.ageCompound(k) - 1 // an age: "a 16-year-old shepherd", "three five-year-old boys"
			continue
		case t.kind == tWord && t.ent() == nil && t.lit() == "" && k > 0 && p.toks[k-1].kind == tPunct && p.toks[k-1].lit() == "'":
			continue // "Iraq's"
		case t.kind == tPunct && t.lit() == "(":
			j := k + 1
			for j < len(p.toks) && j < k+8 && p.toks[j].lit() != ")" {
				j++
			}
			if j < len(p.toks) && p.toks[j].lit() == ")" {
				k = j
				continue
			}
		case (t.lit() == "of" || t.lit() == "and" || t.lit() == "the") && k > 0 && p.toks[k-1].cap && k+1 < len(p.toks) &&
			(p.toks[k+1].cap || p.toks[k+1].lit() == "the"):
			continue // "Islamic State of Iraq and the Levant"
		}
		break
	}
	if fallback >= 0 {
		h.at, h.head = fallback, p.toks[fallback].ent().head
		return h
	}
	// nothing counted: a bare figure is possible only before a verb, a
	// preposition or punctuation, never before another noun ("24 hours")
	h.stop = k
	if k >= len(p.toks) {
		h.bareOK = !h.sawMod
		return h
	}
	t := &p.toks[k]
	h.bareOK = !h.sawMod && (t.kind == tPunct || t.ent() != nil && (t.ent().cue != 0 || t.ent().aux || t.ent().head == nil && t.ent().num == nil && !t.ent().mod && !t.ent().month))
	return h
}

// compoundHeadAt reports a noun of people or vehicles at token k that an
// unknown noun before it may modify: "truffle hunters", "motor vehicles".
func (p *parser) compoundHeadAt(k int) bool {
	if k >= len(p.toks) {
		return false
	}
	e := p.toks[k].ent()
	return e != nil && e.head != nil && !e.mod && (e.head.cls == clsHuman || e.head.cls == clsVehicle && !e.head.one)
}

// alongWith reports "along with" or "together with" just before token i.
func (p *parser) alongWith(i int) bool {
	w := p.word(i - 2)
	return p.word(i-1) == "with" && (w == "along" || w == "together")
}

// fixedTails are the phrases that close a noun of people as part of it:
// "comrades in arms", "sons in law".
var fixedTails = [][2]string{{"in", "arms"}, {"in", "law"}}

// fixedTailEnd returns the last token of the noun at token k with its fixed
// tail, so that what follows ("and one civilian") joins the whole noun.
func (p *parser) fixedTailEnd(k int) int {
	if e := p.toks[k].ent(); e == nil || e.head == nil || e.head.cls != clsHuman {
		return k
	}
	for _, tail := range fixedTails {
		if p.word(k+1) == tail[0] && equalFold(tail[1], p.text(k+2)) {
			return k + 2
		}
	}
	return k
}

// abbreviationDot reports whether token k is the dot of an initialism, glued
// to a single capital letter: either dot of "U.S." or "U.N.".
func (p *parser) abbreviationDot(k int) bool {
	t := &p.toks[k]
	if t.kind != tPunct || t.punct != '.' || !t.glued || k == 0 {
		return false
	}
	prev := &p.toks[k-1]
	return prev.kind == tWord && prev.cap && prev.end-prev.start == 1
}

// ageCompound returns the token after an age compound that opens at token
// k ("16-year-old", "five-month-old", "16 year-old"), or k when there is none.
func (p *parser) ageCompound(k int) int {
	if k >= len(p.toks) {
		return k
	}
	if t := &p.toks[k]; t.kind != tNum && (t.ent() == nil || t.ent().num == nil) {
		return k
	}
	j := k + 1
	if p.word(j) == "-" {
		j++
	}
	switch p.text(j) {
	case "year", "month", "week", "day":
	default:
		return k
	}
	if p.word(j+1) != "-" || p.text(j+2) != "old" {
		return k
	}
	return j + 3
}

// cueAfter looks for a cue of the noun's family after token k, skipping
// auxiliaries and asides between commas ("36 ISIS fighters, including
// commanders, were killed"); it stops at clause punctuation and at the next
// number. A cue followed by its own object ("20 militants killed 5
// civilians") is the noun acting, not being acted upon: ignored.
func (p *parser) cueAfter(k int, human bool) (cue, int) {
	if w := p.word(k); w == "that" || w == "which" || w == "who" {
		if c, d := p.afterRelative(k, human); c != 0 {
			return c, d
		}
		if c, d := p.afterRestrictive(k, human); c != 0 {
			return c, d
		}
	}
	if p.word(k) == "of" {
		// "three relatives of the dead", "the families of the wounded":
		// the noun is kin of the dead, not dead
		j := k + 1
		if isDet(p.word(j)) {
			j++
		}
		if e := p.toks[min(j, len(p.toks)-1)].ent(); j < len(p.toks) && e != nil && e.cue != 0 && e.head == nil {
			return 0, 0
		}
	}
	dist := 0
	articles := 0 // articles inside the window, which they do not use up: "from a village at the foot of the ridge"
	relative := false
	for ; k < len(p.toks) && dist-articles < 10; k++ {
		t := &p.toks[k]
		if w := t.lit(); w == "the" || w == "a" || w == "an" {
			articles++
		}
		if t.kind == tPunct {
			switch t.lit() {
			case ",":
				if j := p.asideEnd(k); j > k {
					k = j
					continue
				}
				if c, d := p.relativeAside(k, human); c != 0 {
					return c, dist + d
				}
				if human && p.word(k+1) == "who" && !p.verbAfterAside(k) {
					continue // the clause's own verb: "three heroes of the brigade, who were martyred"
				}
				if j := p.listItemEnd(k); j > k {
					k = j - 1 // "12 vehicles, three depots and a centre were destroyed"
					continue
				}
				return 0, 0
			case "-", "'":
				continue
			case "(":
				if j := p.parentheticalEnd(k); j > k {
					k = j // a name glossed: "three fighters of the Hashd (Popular Mobilisation) were killed"
					continue
				}
			}
			if p.openingQuote(k) {
				continue // a ministry's own word quoted: four militants were "neutralised"
			}
			if t.punct == '"' && t.glued && k > 0 && p.toks[k-1].kind == tWord {
				continue // a quoted noun closes: 80 "American terrorists" had been killed
			}
			return 0, 0
		}
		dist++
		if t.kind == tNum && t.bad && p.word(k-1) == "the" {
			continue // a unit's ordinal is no figure: "three fighters of the 23rd Brigade were killed"
		}
		if t.kind == tNum || t.ent() != nil && t.ent().num != nil && t.lit() != "one" {
			if j := p.ageCompound(k); j > k {
				k = j - 1 // an age is no figure: "a woman and her nine-year-old son were killed"
				continue
			}
			if j := p.skipConjunct(k); j > k {
				// "12 vehicles, including pickups, and three ammunition
				// depots were destroyed": the verb of both subjects
				k = j - 1
				continue
			}
			return 0, 0
		}
		switch w := t.lit(); {
		case w == "who" || w == "whom" || w == "that" || w == "which":
			relative = true // "four shepherds, who their relatives say were killed"
		case (tellsOf(w) || t.ent() == nil && tellsOf(p.text(k))) && !beWord(p.word(k-1)):
			if !relative || !p.verbFollows(k+1) {
				// "two officers told me the men were killed": the speakers,
				// not the dead; "an official who declined to be named said
				// the deaths were ...": the main verb past the clause
				return 0, 0
			}
		}
		if !human && p.setOnFire(k) {
			return cueDestroyed, dist // "six trucks were set on fire"
		}
		if human && (p.treatedFor(k) || p.withInjury(k) || p.inHospital(k)) {
			return cueInjured, dist
		}
		if t.ent() == nil {
			continue
		}
		if c := t.ent().cue; c != 0 && familyOK(c, human) {
			if participleAfterPossessive(p.text(k-1), t.ent().word) {
				continue // an adjective of another noun: "a man who brought his injured son"
			}
			if _, _, _, ok := p.number(k + 1); ok {
				return 0, 0
			}
			if w := p.word(k + 1); w == "his" || w == "her" || w == "their" {
				return 0, 0 // a verb with its own object: "killed two farmers and wounded their uncle"
			}
			if w := p.word(k + 1); w == "another" || (w == "a" || w == "an") && k+2 < len(p.toks) &&
				p.toks[k+2].ent() != nil && p.toks[k+2].ent().ordinal {
				return 0, 0 // "killed four soldiers and injured another"
			}
			if w := p.word(k + 1); p.word(k-1) == "and" && (w == "a" || w == "an" || w == "the") {
				return 0, 0 // a second verb with its own object: "killed four farmers and wounded a boy"
			}
			if p.word(k+1) == "of" && p.word(k-1) == "the" {
				// a cue noun with its own complement: "the martyrdom of two
				// civilians and the injury of four others" (not "two
				// soldiers died of their wounds")
				return 0, 0
			}
			if p.word(k-1) == "and" && isGerund(t.ent().word) {
				// a second verb with its own object: "killing two people
				// and wounding a third"
				return 0, 0
			}
			if q, at := p.qualifierAfter(k + 1); q && at > k {
				return 0, 0
			}
			if c == cueInjured && dist == 1 && p.diesLater(k+1) {
				return cueKilled, dist // "a man wounded in the strike died of his burns": one of the dead
			}
			return c, dist
		}
		if t.lit() == "but" || t.lit() == "while" || t.lit() == "whereas" {
			return 0, 0
		}
	}
	return 0, 0
}

// participleAfterPossessive reports a participle cue after a possessive
// determiner or an indefinite article: an adjective of the noun that
// follows ("his injured son", "after a wounded man died"), not the verb of
// a figure before it (but "lost their lives" is a toll).
func participleAfterPossessive(before, cueWord string) bool {
	if !strings.HasSuffix(cueWord, "ed") {
		return false
	}
	switch strings.ToLower(before) {
	case "his", "her", "their", "its", "our", "my", "your", "a", "an":
		return true
	}
	return false
}

// diesLater reports that the clause whose subject a participle ("a man
// wounded in the strike") qualifies goes on to say the person died, before
// any punctuation or other figure.
func (p *parser) diesLater(k int) bool {
	for end := min(len(p.toks), k+20); k < end; k++ {
		t := &p.toks[k]
		if t.kind == tPunct || t.kind == tNum {
			return false
		}
		switch t.lit() {
		case "died", "succumbed":
			return true
		case "and", "but", "while":
			return false
		}
	}
	return false
}

// quotedCueBefore returns the cue of a one-word quotation that the quote k
// closes ("neutralised" in had "neutralised" two fighters), or 0.
func (p *parser) quotedCueBefore(k int) cue {
	if k < 2 || !p.toks[k].glued || p.toks[k-1].ent() == nil || !p.openingQuote(k-2) {
		return 0
	}
	return p.toks[k-1].ent().cue
}

// openingQuote reports a double quote at token k that opens a quoted word.
func (p *parser) openingQuote(k int) bool {
	return p.toks[k].punct == '"' && k+1 < len(p.toks) && p.toks[k+1].glued && p.toks[k+1].kind == tWord
}

// oneOfAll reports "one" after a copula, "X was one of four farmers
// killed": what follows is said of all of them, the figure is theirs.
func (p *parser) oneOfAll(i, val int, op qualOp) bool {
	if val != 1 || op != qExact || p.word(i) != "one" {
		return false
	}
	switch p.word(i - 1) {
	case "was", "is", "were", "are":
		return true
	}
	return false
}

// tellsOf reports a verb of speech whose subject speaks of others' fate:
// a figure before it counts who spoke.
func tellsOf(w string) bool {
	switch w {
	case "told", "said", "say", "says":
		return true
	}
	return false
}

// speaksAt reports a verb of speech at token k ("said", "told").
func (p *parser) speaksAt(k int) bool {
	w := p.word(k)
	if w == "" && k < len(p.toks) && p.toks[k].kind == tWord {
		w = strings.ToLower(p.text(k)) // (most speech verbs are not in the vocabulary)
	}
	return tellsOf(w)
}

// verbFollows reports an auxiliary or a cue at token k: the speech verb
// before it is inside a relative clause, its object the noun's fate ("who
// their relatives say were killed", "who residents say died").
func (p *parser) verbFollows(k int) bool {
	if k >= len(p.toks) {
		return false
	}
	e := p.toks[k].ent()
	return e != nil && (e.aux || e.cue != 0)
}

// beWord: a form of "be" before a speech verb makes it passive ("five
// people were said to have died"): the figure is still the dead.
func beWord(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been":
		return true
	}
	return false
}

// skipConjunct: a number at token k after "and" that opens a subject of
// things not counted ("and three ammunition depots were destroyed") is
// passed over to the verb both subjects share; it returns the token of the
// auxiliary or cue after the conjunct (at most four words), or k.
func (p *parser) skipConjunct(k int) int {
	if p.word(k-1) != "and" {
		return k
	}
	_, vague, end, ok := p.number(k)
	if !ok || vague {
		return k
	}
	for j := end; j < len(p.toks) && j < end+4; j++ {
		t := &p.toks[j]
		if t.kind != tWord {
			return k
		}
		e := t.ent()
		switch {
		case e == nil:
		case e.aux || e.cue != 0:
			if j == end {
				return k // "and three were killed": a figure of its own
			}
			return j
		case e.head != nil && !e.mod, e.num != nil:
			return k // a counted noun: a figure of its own
		}
	}
	return k
}

// afterRelative finds the verb of a noun past the relative clause that
// opens at token k: "a truck that was heading towards our positions on the
// road, 30 km north of the town, was destroyed" (the cue right after the
// last comma of the clause, over auxiliaries). It returns 0 when no comma
// within 40 tokens is followed by such a cue.
func (p *parser) afterRelative(k int, human bool) (cue, int) {
	for j := k + 1; j < len(p.toks) && j < k+40; j++ {
		t := &p.toks[j]
		if t.kind != tPunct {
			continue
		}
		switch t.punct {
		case ',':
		case '-', '\'':
			continue
		default:
			return 0, 0
		}
		d := 0
		for m, last := j+1, j+3; m < len(p.toks) && m <= last; m++ {
			if p.coordinatedParticiple(m) {
				// "who were guarding the site, were identified and
				// neutralised": the second participle is the figure's verb
				m, d, last = m+1, d+2, last+2
				continue
			}
			e := p.toks[m].ent()
			if d > 0 && last < j+7 && p.verbGoesOn(m) {
				// the verb's own words after an auxiliary: "were shot or
				// tortured to death" (its cue a few words on)
				m, last = m+1, last+2
				continue
			}
			if e == nil {
				break
			}
			d++
			if e.cue != 0 {
				if !familyOK(e.cue, human) {
					break
				}
				if _, _, _, ok := p.number(m + 1); ok {
					break
				}
				return e.cue, d
			}
			if !e.aux {
				break
			}
		}
	}
	return 0, 0
}

// participleAt reports a present participle outside the vocabulary at
// token m ("preparing", "planting"): after "while" it goes on with the
// clause before, it opens no clause of its own.
func (p *parser) participleAt(m int) bool {
	if m >= len(p.toks) || p.toks[m].kind != tWord || p.toks[m].ent() != nil {
		return false
	}
	w := p.text(m)
	return len(w) > 5 && strings.HasSuffix(w, "ing")
}

// verbGoesOn reports a verb outside the vocabulary at token m whose phrase
// goes on to a cue: "shot or (killed)", "tortured to (death)".
func (p *parser) verbGoesOn(m int) bool {
	if m+2 >= len(p.toks) || p.toks[m].kind != tWord || p.toks[m].ent() != nil {
		return false
	}
	next := p.text(m + 1)
	return next == "or" || next == "to" && p.word(m+2) == "death"
}

// coordinatedParticiple reports a participle joined by "and" to the next
// verb at token m: "identified and" in "were identified and neutralised".
func (p *parser) coordinatedParticiple(m int) bool {
	return m+2 < len(p.toks) && p.toks[m].kind == tWord && strings.HasSuffix(p.text(m), "ed") &&
		p.word(m+1) == "and" && (p.toks[m].ent() == nil || p.toks[m].ent().cue == 0 && !p.toks[m].ent().aux)
}

// relativeAside finds the verb of a noun past a relative clause set off by
// the comma k: "two men from the village, who kept bees near the border,
// were killed" (the cue right after the clause's closing comma).
func (p *parser) relativeAside(k int, human bool) (cue, int) {
	switch p.word(k + 1) {
	case "who", "which":
		return p.afterRelative(k+1, human)
	}
	return 0, 0
}

// listItemEnd returns the token after an item of a list that opens at the
// comma k with a number and a noun that is not a counted head ("three
// ammunition depots" in "12 vehicles, three ammunition depots and a
// centre were destroyed"): the items share the list's verb. It returns k
// when no such item follows, or when the item ends without "," or "and".
func (p *parser) listItemEnd(k int) int {
	_, vague, end, ok := p.number(k + 1)
	if !ok || vague {
		return k
	}
	for j := end; j < len(p.toks) && j < end+4; j++ {
		t := &p.toks[j]
		if t.kind == tPunct {
			if t.punct == ',' {
				return j
			}
			return k
		}
		if t.kind != tWord {
			return k
		}
		if p.word(j) == "and" {
			return j
		}
		if e := t.ent(); e != nil && (e.aux || e.cue != 0 || e.head != nil && !e.mod || e.num != nil) {
			return k // a counted noun or a verb: a figure of its own
		}
	}
	return k
}

// afterRestrictive finds the verb of a noun past a relative clause with no
// commas that opens at token k: "a 16-year-old shepherd who was grazing his
// flock about 200 metres away was wounded" (the main verb: an auxiliary
// after a word of the clause, then the cue). The clause may hold numbers
// ("200 metres") but no other counted noun, pronoun or verb of speech (then
// the verb may be another subject's: "a man who said five people were
// killed"); at most 25 tokens, within the clause's punctuation.
func (p *parser) afterRestrictive(k int, human bool) (cue, int) {
	for j := k + 2; j < len(p.toks) && j < k+25; j++ {
		t := &p.toks[j]
		if t.kind == tPunct {
			if t.punct == '-' || t.punct == '\'' {
				continue
			}
			return 0, 0
		}
		e := t.ent()
		switch p.word(j) {
		case "while", "when":
			if p.participleAt(j + 1) {
				continue // "who were detected while preparing an attack": still the clause
			}
			return 0, 0
		case "said", "and", "but":
			return 0, 0
		}
		if t.kind == tOther && p.text(j) == "" {
			continue
		}
		if e == nil {
			// words outside the vocabulary, read as written: a speech verb
			// or a pronoun starts the next clause
			switch p.text(j) {
			case "says", "told", "say", "they", "he", "she", "it", "we", "I", "He", "She", "They", "It", "We":
				return 0, 0
			}
			continue
		}
		if e.head != nil && !e.mod {
			return 0, 0
		}
		if e.cue != 0 && participleAfterPossessive(p.text(j-1), e.word) {
			continue // "who carried his injured son": an adjective of the clause's object
		}
		if e.cue != 0 {
			return 0, 0 // the clause's own verb ("who was wounded"): the plain scan reads it
		}
		if !e.aux || p.toks[j-1].ent() != nil && p.toks[j-1].ent().aux {
			continue
		}
		switch p.word(j - 1) {
		case "who", "which", "that":
			continue
		}
		if p.word(j) == "to" {
			continue // an infinitive of the clause: "who were preparing to open fire", "detected to be"
		}
		if p.word(j) == "out" {
			continue // a particle of the clause's verb: "who were preparing to carry out an attack"
		}
		// the main verb: "was wounded", "had been killed"
		for m, d := j+1, 1; m < len(p.toks) && m <= j+2; m, d = m+1, d+1 {
			em := p.toks[m].ent()
			if em == nil {
				break
			}
			if em.cue != 0 {
				if !familyOK(em.cue, human) {
					return 0, 0
				}
				if _, _, _, ok := p.number(m + 1); ok {
					return 0, 0
				}
				return em.cue, d + 1
			}
			if !em.aux {
				break
			}
		}
		return 0, 0
	}
	return 0, 0
}

// asideEnd returns the comma closing an aside that opens at the comma k
// ("36 fighters, including commanders, were killed"; "16 civilians, five
// of them children, were killed"), or k when there is none.
func (p *parser) asideEnd(k int) int {
	aside := false
	// (20 tokens: "four civilians, among them a property developer and his
	// 11-month-old daughter, were killed")
	for j := k + 1; j < len(p.toks) && j < k+20; j++ {
		t := &p.toks[j]
		if t.kind == tPunct && t.punct == ',' {
			if aside {
				return j
			}
			return k
		}
		if e := t.ent(); e != nil && (e.clauseSkip || e.word == "them" || e.word == "whom") {
			aside = true
		}
		if j == k+1 && p.word(j) == "aged" {
			aside = true // an age: "a woman and her two sons, aged 7 and 9, were killed"
		}
		if e := t.ent(); j == k+1 && e != nil && e.head != nil && !e.mod && e.head.cls == clsHuman && e.cue == 0 {
			// a noun of people with no article, when a verb of the figure
			// follows: "two children, brothers aged eight and eleven, were
			// killed"
			aside = p.appositionEnd(k) > k
		}
		if j == k+1 && (p.word(j) == "a" || p.word(j) == "an") {
			// an apposition, when a verb of the figure follows it: "two
			// civilians, a shepherd and his son, were killed"
			aside = p.appositionEnd(k) > k
		}
		if j == k+1 && p.word(j) == "the" && p.singlePersonAt(j+1) {
			// one person named again, when a verb of the figure follows:
			// "a third man, the driver, was wounded"
			aside = p.appositionEnd(k) > k
		}
		if j == k+1 && t.kind == tWord && t.cap && t.ent() == nil {
			// the names of the people counted, when a verb of the figure
			// follows: "two of our fighters, Hevi Ali and Omar Saleh, were
			// martyred"
			aside = p.appositionEnd(k) > k
		}
		if j == k+1 && compassAt(p.src[t.start:t.end]) {
			// where they came from, when a verb of the figure follows:
			// "three herders from a hamlet, north-east of the town, were killed"
			aside = p.appositionEnd(k) > k
		}
	}
	return k
}

// struckTwice reads "twice" after a verb of striking in its clause as two
// strikes: "drones struck the station twice", "the house was hit twice"
// (not "attacked twice", which may be a ground assault, nor "twice as
// many"). The figure does not become the last one, which later figures of
// people or vehicles refer back to.
func (p *parser) struckTwice(i int) int {
	if w := p.word(i + 1); w == "as" || w == "that" {
		return i + 1
	}
	for j := i - 1; j >= 0 && j >= i-7; j-- {
		t := &p.toks[j]
		if t.kind == tPunct && t.punct != '-' && t.punct != '\'' || t.kind == tNum {
			return i + 1
		}
		e := t.ent()
		if e == nil || e.cue != cueStruck {
			continue
		}
		if e.word == "attacked" || e.word == "attacking" || e.word == "engaged" || e.word == "engaging" {
			return i + 1
		}
		two := ptr(2)
		p.figs = append(p.figs, fig{first: i, last: i, numAt: i, min: two, max: two,
			cls: clsStrike, item: p.text(i), kind: model.CountStrikes, adverbial: true})
		return i + 1
	}
	return i + 1
}

// verbAfterAside reports that the aside opened by the comma at token k
// closes on a comma and an auxiliary, the sentence's own verb ("two guards,
// who were wounded in the clash, were taken to hospital").
func (p *parser) verbAfterAside(k int) bool {
	for j := k + 1; j < len(p.toks) && j < k+30; j++ {
		if t := &p.toks[j]; t.kind == tPunct && t.punct == ',' {
			if j+1 == len(p.toks) {
				return false
			}
			e := p.toks[j+1].ent()
			return e != nil && e.aux
		}
	}
	return false
}

// parentheticalEnd returns the ")" that closes a short parenthesis opened at
// token k ("(Hashd al-Shaabi)", "(Asayish)") holding no figure, or k.
func (p *parser) parentheticalEnd(k int) int {
	for j := k + 1; j < len(p.toks) && j <= k+8; j++ {
		t := &p.toks[j]
		if t.kind == tNum || t.ent() != nil && t.ent().num != nil {
			return k
		}
		if t.kind == tPunct {
			if t.punct == ')' && j > k+1 {
				return j
			}
			if t.punct != '-' && t.punct != '\'' {
				return k
			}
		}
	}
	return k
}

// singlePersonAt reports a singular noun of a person at token at, perhaps after
// one adjective ("driver", "local guide").
func (p *parser) singlePersonAt(at int) bool {
	for j := at; j < len(p.toks) && j < at+2; j++ {
		e := p.toks[j].ent()
		if e != nil && e.head != nil && e.head.cls == clsHuman && e.head.one {
			return true
		}
		if p.toks[j].kind != tWord || e != nil && !e.mod {
			return false
		}
	}
	return false
}

// compassAt reports a word that opens a bearing ("south-west of", "north
// of"): a compass point, in either case.
func compassAt(w string) bool {
	for _, c := range [...]string{"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"} {
		if equalFold(c, w) {
			return true
		}
	}
	return false
}

// appositionEnd returns the comma closing an apposition that opens at the
// comma k and is followed by an auxiliary or a cue, or k.
func (p *parser) appositionEnd(k int) int {
	for j := k + 1; j < len(p.toks) && j < k+14; j++ {
		t := &p.toks[j]
		if t.kind == tPunct && t.punct == ',' {
			if e := p.toks[min(j+1, len(p.toks)-1)].ent(); j+1 < len(p.toks) && e != nil && (e.aux || e.cue != 0) {
				return j
			}
			return k
		}
		if t.kind == tPunct && t.punct != '-' && t.punct != '\'' {
			return k
		}
	}
	return k
}

// qualifierAfter reports whether a qualifier and a number follow token k.
func (p *parser) qualifierAfter(k int) (bool, int) {
	for j := k + 1; j <= k+3 && j < len(p.toks); j++ {
		if op, q := p.qualifierBefore(j); op != qExact && q == k {
			if _, _, _, ok := p.number(j); ok {
				return true, j
			}
		}
	}
	return false, 0
}

// cueBefore looks back from token k for a cue of the family, within the
// sentence's clause (it stops at ";", ":" and quotes).
func (p *parser) cueBefore(k int, human bool) (cue, int) {
	c, d, _ := p.cueBeforeAt(k, human)
	return c, d
}

// cueBeforeAt is cueBefore with the token of the cue (-1 when none).
func (p *parser) cueBeforeAt(k int, human bool) (cue, int, int) {
	dist := 0
	for ; k >= 0 && dist < 10; k-- {
		t := &p.toks[k]
		if t.kind == tPunct {
			switch t.lit() {
			case "\"":
				if dist == 0 && k+1 < len(p.toks) && p.toks[k+1].glued {
					continue // a quoted figure: put the dead at "at least 24" militants
				}
				// a quoted object right after its verb: destroyed "a large
				// gathering of terrorists and three of their vehicles"
				if k > 0 && !t.glued && p.toks[k-1].ent() != nil {
					if c := p.toks[k-1].ent().cue; c != 0 && familyOK(c, human) {
						return c, dist + 1, k - 1
					}
				}
				if c := p.quotedCueBefore(k); c != 0 && familyOK(c, human) {
					return c, dist + 1, -1 // the verb itself quoted: had "neutralised" two fighters
				}
				return 0, 0, -1
			case ";", ":", ".", "!", "?":
				return 0, 0, -1
			}
			continue
		}
		if p.isQualifierWord(k) {
			continue
		}
		dist++
		if !human && p.setFireTo(k) {
			return cueDestroyed, dist, k // "the blast set fire to three minibuses"
		}
		if t.ent() == nil {
			continue
		}
		if c := t.ent().cue; c != 0 && familyOK(c, human) {
			return c, dist, k
		}
	}
	return 0, 0, -1
}

// setFireTo reports "set fire to" with "fire" at token k: the active form
// of "were set on fire", its object burned. Not lexicon words, so read as
// written ("opened fire on two cars" struck them, burned nothing).
func (p *parser) setFireTo(k int) bool {
	if k == 0 || p.text(k) != "fire" || p.text(k+1) != "to" {
		return false
	}
	switch p.text(k - 1) {
	case "set", "sets", "setting":
		return true
	}
	return false
}

// isQualifierWord: words of qualifiers do not count as distance ("killed
// as many as 750": killed is next to the figure).
func (p *parser) isQualifierWord(k int) bool {
	switch p.toks[k].lit() {
	case "as", "many", "more", "than", "at", "least", "up", "to", "around", "about", "approximately",
		"some", "over", "nearly", "almost", "roughly", "an", "estimated", "fewer", "less", "most":
		return true
	}
	return false
}

func familyOK(c cue, human bool) bool {
	if human {
		return c == cueKilled || c == cueInjured || c == cueToll
	}
	return c == cueDestroyed || c == cueStruck
}

// pickCue prefers a cue right after the noun ("five people were killed"),
// then one before it ("killed as many as 750 militants"), then a further
// one after it ("two of the three vehicles making up a convoy were found
// burned").
//
// A verb right before the figure governs it as its object even when another
// verb follows close after ("had killed seven soldiers and wounded others":
// the wounding is a verb of its own, not the soldiers' fate).
func pickCue(fwd cue, fd int, back cue, bd int) cue {
	switch {
	case back != 0 && bd == 1 && fd >= 2 && back != cueToll && fwd != back:
		return back
	case fwd != 0 && fd <= 3:
		return fwd
	case back != 0:
		return back
	}
	return fwd
}

func (p *parser) lastFig() *fig {
	if p.lastFigAt == 0 {
		return nil
	}
	return &p.figs[p.lastFigAt-1]
}

func (p *parser) lastHuman() *fig {
	if p.lastHumanAt == 0 {
		return nil
	}
	return &p.figs[p.lastHumanAt-1]
}

// commonGroup is the group all people figures so far share (children count
// as civilians here: "killed 12 civilians, including four children, and
// wounded 30 others"), else unknown.
func (p *parser) commonGroup() string {
	if p.group == "" || p.group == model.GroupMixed {
		return model.GroupUnknown
	}
	return p.group
}

// coordinate gives a people figure with no kind the kind of the next one
// when only "and" or a comma stands between: "five militants and three
// civilians were killed".
func (p *parser) coordinate() {
	for k := len(p.figs) - 2; k >= 0; k-- {
		a, b := &p.figs[k], &p.figs[k+1]
		if a.kind != "" || a.cls != clsHuman || b.kind == "" {
			continue
		}
		kind := b.kind
		if b.cls != clsHuman {
			// "up to 40 militants, three armoured vehicles and an ammunition
			// depot were destroyed": fighters destroyed are killed
			if b.kind != model.CountVehiclesDestroyed || a.group != model.GroupMilitants {
				continue
			}
			kind = model.CountKilled
		}
		ok := b.first-a.last <= 3
		for j := a.last + 1; j < b.first && ok; j++ {
			switch p.toks[j].lit() {
			case "and", ",", "or", "plus":
			default:
				ok = false
			}
		}
		if ok {
			a.kind = kind
		}
	}
	// the parts listed after "including" or "among them" share the kind of
	// the first: "ten civilians, among them three women and four children,
	// died"
	for k := 0; k+1 < len(p.figs); k++ {
		a, b := &p.figs[k], &p.figs[k+1]
		if a.kind != "" && b.kind == "" && a.cls == clsHuman && b.cls == clsHuman && !b.bare &&
			p.introducedBy(a.first) && p.joined(a.last, b.first) {
			b.kind = a.kind
		}
	}
}

// sumVehicleList adds up the exact vehicle figures of one kind that a
// list joins ("destroyed three trucks, two tanks and a pickup": 6), as the
// report's total for the strike; the first figure holds the sum.
//
// Items after a comma that add up to the first figure name its parts:
// "destroyed two vehicles, a motorcycle and a pickup" is 2.
func (p *parser) sumVehicleList() {
	for k := 0; k+1 < len(p.figs); k++ {
		a := &p.figs[k]
		if !p.exactVehicle(a) {
			continue
		}
		end, rest := k+1, 0
		for ; end < len(p.figs); end++ {
			b := &p.figs[end]
			if !p.exactVehicle(b) || b.kind != a.kind || !p.joined(p.figs[end-1].last, b.first) {
				break
			}
			rest += b.min.v
		}
		if end == k+1 {
			continue
		}
		restated := end-k > 2 && p.word(a.last+1) == "," && rest == a.min.v
		if !restated {
			for m := k + 1; m < end; m++ {
				a.joinParts(a.min.v, &p.figs[m])
			}
			a.min.v += rest
			a.max.v = a.min.v
		}
		for m := k + 1; m < end; m++ {
			p.figs[m].drop = true
		}
		a.last = p.figs[end-1].last
		k = end - 1
	}
}

// exactVehicle reports a vehicle figure with a kind and one exact value,
// not a part of another ("four of them").
func (p *parser) exactVehicle(f *fig) bool {
	if f.drop || f.cls != clsVehicle || f.kind == "" || !f.min.ok || !f.max.ok || f.min.v != f.max.v || f.approx {
		return false
	}
	for j := f.numAt + 1; j <= f.last; j++ {
		if p.word(j) == "of" {
			return false
		}
	}
	return true
}

// isOther reports whether figure f counts "other" ones: "two others", "two
// other people", "two other vehicles".
func (p *parser) isOther(f fig) bool {
	if f.numAt+1 > f.last {
		return false
	}
	_, _, end, ok := p.number(f.numAt)
	if !ok {
		return false
	}
	w := p.word(end)
	return w == "others" || w == "other"
}

// otherJoin reports whether tokens a and b are joined by "and", with at
// most an "of" phrase of the noun at a between ("a senior commander of the
// Iran-aligned group and two other people"): no punctuation but hyphens and
// apostrophes, no number, no cue, at most 10 tokens.
func (p *parser) otherJoin(a, b int) bool {
	if b-a < 2 || b-a > 12 || p.word(b-1) != "and" {
		return false
	}
	if b-a == 2 {
		return true
	}
	if p.word(a+1) != "of" {
		return false
	}
	for j := a + 2; j < b-1; j++ {
		t := &p.toks[j]
		if t.kind == tPunct && t.punct != '-' && t.punct != '\'' || t.kind == tNum {
			return false
		}
		if e := t.ent(); e != nil && (e.cue != 0 || e.num != nil || e.head != nil && !e.mod) {
			return false
		}
	}
	return true
}

// addOthers sums a figure and the "others" joined to it, of one kind: "a
// commander and two other people were killed" (3), "killed two soldiers and
// three others" (5): "other" says they are not among the first. A part
// ("including") or a figure of a range or open bounds is not summed.
func (p *parser) addOthers() {
	for k := 1; k < len(p.figs); k++ {
		a, b := &p.figs[k-1], &p.figs[k]
		if a.drop || b.drop || a.kind == "" || a.kind != b.kind || a.cls != b.cls || b.bare || !p.isOther(*b) ||
			p.partOf(a) || p.introducedBy(b.first) || !p.otherJoin(a.last, b.first) {
			continue
		}
		if !a.min.ok || !a.max.ok || !b.min.ok || !b.max.ok || a.min.v != a.max.v || b.min.v != b.max.v {
			continue
		}
		a.min, a.max = ptr(a.min.v+b.min.v), ptr(a.max.v+b.max.v)
		a.approx = a.approx || b.approx
		if a.group != b.group {
			a.group = model.GroupUnknown
		}
		a.last = b.last
		b.drop = true
	}
}

// oneBeforeOthers counts the one person joined before a figure of people
// that is no figure of its own: "Kuntar and five other citizens were
// killed" (6), "a commander and ten fighters were killed" (11). Before "N
// other(s)" ("other" says the one is not among the N) the one may be a
// capitalised name the vocabulary does not know; else it is a singular
// person noun after an article or a possessive that is no figure ("killed
// a commander and two others" is one, which addOthers sums).
func (p *parser) oneBeforeOthers() {
	for k := range p.figs {
		b := &p.figs[k]
		if b.drop || (b.kind != model.CountKilled && b.kind != model.CountInjured) || b.cls != clsHuman && !p.isOther(*b) ||
			!b.min.ok || !b.max.ok || b.min.v != b.max.v || p.introducedBy(b.first) || p.word(b.first-1) != "and" {
			continue
		}
		if k > 0 && !p.figs[k-1].drop && p.figs[k-1].last >= b.first-4 {
			continue // a figure right before: summed by addOthers, or not one person
		}
		// without "other", only a person noun: "hit Idlib and two people were killed"
		group, ok := p.onePersonAt(b.first-2, p.isOther(*b))
		if !ok {
			continue
		}
		b.min, b.max = ptr(b.min.v+1), ptr(b.max.v+1)
		if group != b.group && !(civilianish(group) && civilianish(b.group)) {
			b.group = model.GroupUnknown // "a woman and two fighters"
		} else if group == model.GroupCivilians {
			b.group = group // "a farmer and his two children": civilians
		}
		b.first -= 2
	}
}

// onePersonAt reports one person named at token j: a capitalised word the
// vocabulary does not know ("Kuntar", "Hassan Nasser") when names allows
// it, or a singular
// person noun after an article or a possessive, perhaps with an adjective
// ("the commander", "a local official", "his driver").
// It returns the person's group: the noun's, or the figure's after it for
// a name (the "other" ones are of its kind).
func (p *parser) onePersonAt(j int, names bool) (string, bool) {
	if j < 0 || j >= len(p.toks) {
		return "", false
	}
	t := &p.toks[j]
	if names && t.kind == tWord && t.cap && t.id == 0 && p.word(j-1) != "," {
		return p.figGroupAfter(j), true
	}
	e := t.ent()
	if e == nil || e.head == nil || e.head.cls != clsHuman || !e.head.one {
		return "", false
	}
	group := e.head.group
	if group == "" {
		group = model.GroupUnknown
	}
	d := j - 1
	if a := &p.toks[max(d, 0)]; d > 0 && a.kind == tWord && !a.cap && (a.id == 0 || p.toks[d].ent().mod) {
		d-- // an adjective: "a local official"
	}
	if p.word(d-1) == "," || p.introducedBy(d) {
		return "", false // an item of a list: "five fighters, a soldier and two drivers"
	}
	switch p.word(d) {
	case "the", "a", "an", "his", "her", "their", "its":
		return group, true
	}
	return "", false
}

// figGroupAfter is the group of the figure starting two tokens after j
// (past "and"), "" if none.
func (p *parser) figGroupAfter(j int) string {
	for k := range p.figs {
		if p.figs[k].first == j+2 {
			return p.figs[k].group
		}
	}
	return ""
}

// civilianish: civilians or children, who are civilians here.
func civilianish(g string) bool {
	return g == model.GroupCivilians || g == model.GroupChildren
}

// hyphens counts the tokens of hyphenated compounds in [from, to) beyond
// their first word: "booby-trapped" is one word.
func (p *parser) hyphens(from, to int) int {
	n := 0
	for j := from; j < to; j++ {
		if t := &p.toks[j]; t.kind == tPunct && t.punct == '-' && t.glued && j+1 < to && p.toks[j+1].glued {
			n += 2
		}
	}
	return n
}

// oneMore reads one more person after others counted: "killing two
// people and wounding a third", "a fourth man died in hospital", "killing
// three and wounding another". Not a share ("a third of the vehicles") and
// not another thing ("a second strike", "another two", "a third time").
func (p *parser) oneMore(i int) int {
	j := i + 1
	if p.word(i) != "another" {
		if j >= len(p.toks) || p.toks[j].ent() == nil || !p.toks[j].ent().ordinal || p.word(j) == "another" {
			return i
		}
		j++
	}
	f := fig{first: i, numAt: i, last: j - 1, min: ptr(1), max: ptr(1), cls: clsHuman, group: model.GroupUnknown}
	named := false
	if j < len(p.toks) {
		t := &p.toks[j]
		e := t.ent()
		switch {
		case e != nil && e.head != nil && !e.mod && e.head.cls == clsHuman && e.head.one:
			f.last, f.item, named = j, p.text(j), true
			if e.head.group != "" {
				f.group = e.head.group
			}
		case t.kind == tPunct && t.punct != '-' && t.punct != '\'':
		case e != nil && (e.cue != 0 || e.aux):
		default:
			switch p.word(j) {
			case "in", "on", "at", "near", "when", "while", "as", "and", "after", "later":
			default:
				return i
			}
		}
	}
	if !named {
		// "a third", "another": one more of the people counted before
		prev := p.lastFig()
		if prev == nil || prev.cls != clsHuman {
			return i
		}
		f.group, f.item = p.commonGroup(), prev.item
	}
	c := cue(0)
	if fwd, fd := p.cueAfter(f.last+1, true); fwd != 0 && fd <= 3 {
		c = fwd
	} else if back, bd := p.cueBefore(i-1, true); back != 0 && (bd <= 1 || bd == 2 && p.word(i-1) == "of") {
		c = back // "wounding a third", "the injury of a third"
	}
	if f.kind = kindOf(c, clsHuman); f.kind == "" {
		return i
	}
	if n := ordinalValue(p.word(i + 1)); named && n > 1 && p.lastFig() == nil {
		if group, ok := p.prevExact(f.kind, n-1); ok {
			// "three people were killed ... a fourth person, an elderly man,
			// had died": the ordinal goes on from a toll of its kind told
			// before, and gives the new toll (not "a fourth passenger was
			// hurt" after three dead: one injured); a person of no group
			// is one more of the toll's group ("three civilians ... a
			// fourth person": four civilians)
			f.min, f.max = ptr(n), ptr(n)
			if f.group == model.GroupUnknown {
				f.group = group
			}
		}
	}
	p.add(f)
	return f.last + 1
}

// prevExact finds an exact count of kind n in the passage before and gives
// its group (the most specific one when the toll was told twice).
func (p *parser) prevExact(kind string, n int) (group string, ok bool) {
	for _, c := range p.prev {
		if c.Kind == kind && c.Min != nil && c.Max != nil && *c.Min == n && *c.Max == n {
			if !ok || group == model.GroupUnknown {
				group = c.Group
			}
			ok = true
		}
	}
	return group, ok
}

// ordinalValue is the rank an ordinal word gives ("fourth": 4), else 0.
func ordinalValue(w string) int {
	if w == "another" {
		return 0
	}
	return slices.Index(ordinalWords, w) + 2 // ordinalWords opens with "second"; -1 gives 1
}

// kinObject reads one person of someone's kin that a verb of people acts
// upon, right after it: "killing a woman and her two sons and wounding her
// husband" (1 injured), "the shell killed his brother". Not a subject ("his
// son was killed": no figure, he may be among the others counted).
func (p *parser) kinObject(i int) int {
	if i == 0 || i+1 >= len(p.toks) {
		return i
	}
	e := p.toks[i+1].ent()
	if e == nil || !e.kin || e.head != nil {
		return i
	}
	c := p.toks[i-1].ent()
	if c == nil || c.cue == 0 || !familyOK(c.cue, true) || c.cue == cueToll {
		return i
	}
	switch p.word(i + 2) {
	case "of", "and", "or":
		return i // "killed his brother and two cousins", "his driver of ten years": a list of its own
	}
	f := fig{first: i, last: i + 1, numAt: i, min: ptr(1), max: ptr(1), cls: clsHuman,
		group: model.GroupUnknown, item: p.text(i + 1), kind: kindOf(c.cue, clsHuman)}
	p.add(f)
	return i + 2
}

// companions reads a figure of the people with a person just named, who
// count with them: "Abu Anas and six of his aides" (7), "the emir and his
// two bodyguards were killed" (3), "he was killed along with two
// associates" (3). f is the figure of the number, which ends at end; it
// returns the token after the figure, or 0 when it is not such a figure.
func (p *parser) companions(f fig, end int) int {
	first := f.first
	var h headHit
	ante := -1 // the last token of the person's name before "and"
	switch {
	case p.word(first-1) == "and" && p.word(end) == "of" && (p.word(end+1) == "his" || p.word(end+1) == "her"):
		h, ante = p.headAfter(end+2), first-2 // "and six of his aides"
	case (p.word(first-1) == "his" || p.word(first-1) == "her") && p.word(first-2) == "and":
		h, ante = p.headAfter(end), first-3 // "and his two bodyguards"
		first--
	case (p.word(first-1) == "his" || p.word(first-1) == "her") && p.word(first-2) == "with" &&
		(p.word(first-3) == "along" || p.word(first-3) == "together"):
		h, ante = p.headAfter(end), first-4 // "the commander along with his two sons"
		first--
	case p.word(first-1) == "with" && (p.word(first-2) == "along" || p.word(first-2) == "together") && p.word(first-4) == "was":
		h = p.headAfter(end) // "he was killed along with two associates"
		c := cue(0)
		if e := p.toks[max(first-3, 0)].ent(); first >= 3 && e != nil {
			c = e.cue
		}
		if c != cueKilled && c != cueInjured {
			return 0
		}
		f.kind = kindOf(c, clsHuman)
	case p.word(first-1) == "and" && p.accompanyingAfter(p.headAfter(end)):
		h, ante = p.headAfter(end), first-2 // "the leader and two fighters accompanying him"
		if c, d := p.cueAfter(h.at+3, true); c != 0 && d <= 3 {
			f.kind = kindOf(c, clsHuman) // past "accompanying him": "were killed"
		}
	default:
		return 0
	}
	if h.at < 0 || (h.head.cls != clsHuman && h.head.cls != clsOthers) || h.head.one {
		return 0
	}
	if ante > 0 && p.word(ante) == "," {
		// a name in apposition: "a shepherd, Ali Hamad, and two of his sons"
		// (the person is the noun before the name)
		j := ante - 1
		for j > 0 && j > ante-8 && (p.toks[j].kind == tWord && (p.toks[j].cap || p.word(j) == "al") ||
			p.toks[j].kind == tPunct && (p.toks[j].punct == '-' || p.toks[j].punct == '\'')) {
			j--
		}
		if j > 0 && j < ante-1 && p.word(j) == "," {
			if e := p.toks[j-1].ent(); e != nil && e.head != nil && e.head.cls == clsHuman && e.head.one && !e.mod {
				ante = j - 1
			}
		}
	}
	if ante >= 0 {
		if p.toks[ante].kind == tNum {
			return 0
		}
		if prev := p.lastHuman(); prev != nil && (prev.last == ante || p.ofPhrase(prev.last, ante)) {
			// "an ISIS commander and two of his aides": one figure
			if prev.max.v != 1 || !prev.max.ok {
				return 0
			}
			prev.drop = true
			first = prev.first
			if prev.group == model.GroupMilitants {
				f.group = model.GroupMilitants
			}
		}
	}
	if ante >= 0 {
		// the person is a noun of a group: "a woman and her two sons" are
		// civilians, "a militant and two of his aides" militants
		if e := p.toks[ante].ent(); e != nil && e.head != nil && e.head.cls == clsHuman && e.head.one && !e.mod {
			switch e.head.group {
			case model.GroupCivilians, model.GroupChildren:
				f.group = model.GroupCivilians
			case model.GroupMilitants:
				f.group = model.GroupMilitants
			}
			if w := p.word(ante - 1); first > ante && (w == "a" || w == "an" || w == "the") {
				if prev := p.lastHuman(); prev == nil || prev.last < ante-1 {
					first = ante - 1
				}
			}
		}
	}
	f.first, f.last, f.cls, f.item = first, h.at, clsHuman, p.text(h.at)
	if f.group == "" && ante >= 0 && p.groupBefore(ante+1, true) == model.GroupMilitants {
		f.group = model.GroupMilitants // "the ISIS emir and two of his aides"
	}
	if f.group == "" {
		f.group = model.GroupUnknown
	}
	if g := h.group(); h.head.cls == clsHuman && (g == model.GroupCivilians || g == model.GroupChildren) {
		f.group = model.GroupCivilians
	}
	f.min, f.max = ptr(f.min.v+1), ptr(f.max.v+1) // and the person
	if f.kind == "" {
		if c, d := p.cueAfter(f.last+1, true); c != 0 && d <= 3 {
			f.kind = kindOf(c, clsHuman)
		} else if c := p.cueFarBefore(f.first - 1); c != 0 {
			f.kind = kindOf(c, clsHuman)
		}
	}
	if f.kind == "" {
		return 0
	}
	p.add(f)
	return f.last + 1
}

// accompanyingAfter reports "accompanying him" (or "her", or "escorting")
// right after the noun of h: the people of the figure were with a person
// named before it, who counts with them ("the emir and two guards
// accompanying him were killed": three).
func (p *parser) accompanyingAfter(h headHit) bool {
	if h.at < 0 {
		return false
	}
	v, o := p.text(h.at+1), p.text(h.at+2)
	return (equalFold("accompanying", v) || equalFold("escorting", v)) && (equalFold("him", o) || equalFold("her", o))
}

// ofPhrase reports an "of" phrase after the noun at a that ends at b,
// words only (no number, cue or noun of people): "a commander of the
// party's elite force and two of his companions" (the commander's).
func (p *parser) ofPhrase(a, b int) bool {
	if p.word(a+1) != "of" || b <= a+1 || b > a+7 {
		return false
	}
	for j := a + 2; j <= b; j++ {
		t := &p.toks[j]
		if t.kind == tPunct && t.punct == '\'' {
			continue
		}
		if t.kind != tWord {
			return false
		}
		if e := t.ent(); e != nil && (e.cue != 0 || e.num != nil || e.head != nil && e.head.cls == clsHuman) {
			return false
		}
	}
	return true
}

// cueFarBefore looks back from token k, over a long name and quoted words
// ("the killing of the so-called \"wali\" of Hit of the organisation and six
// of his aides"), for a cue of people within the clause.
func (p *parser) cueFarBefore(k int) cue {
	for dist := 0; k >= 0 && dist < 20; k-- {
		t := &p.toks[k]
		if t.kind == tPunct {
			switch t.punct {
			case ';', ':', '.', '!', '?':
				return 0
			}
			continue
		}
		if t.kind == tNum {
			return 0
		}
		dist++
		if e := t.ent(); e != nil && e.cue != 0 && familyOK(e.cue, true) {
			return e.cue
		}
	}
	return 0
}

// kinChain reads the kin listed after a person: ", his wife and their
// three children" (4 more), " and his two sons" (2 more). It returns how
// many, whether they are civilians by their nouns, and the token after the
// list (0 when there is none).
func (p *parser) kinChain(k int) (n int, civ bool, end int) {
	for links := 0; links < 6; links++ {
		j := k
		if p.word(j) == "," {
			j++
		}
		if p.word(j) == "and" {
			j++
		}
		if j == k {
			break
		}
		switch p.word(j) {
		case "his", "her", "their":
		default:
			return n, civ, end
		}
		j++
		j = p.ageCompound(j) // "her nine-year-old son": an age, not a count
		if v, vague, e, ok := p.number(j); ok && !vague {
			h := p.headAfter(e)
			if h.at < 0 || h.head.cls != clsHuman || h.head.one || h.at > e+2 {
				return n, civ, end
			}
			if g := h.group(); g == model.GroupChildren || g == model.GroupCivilians {
				civ = true
			}
			n += v
			k = h.at + 1
		} else if e := p.toks[min(j, len(p.toks)-1)].ent(); j < len(p.toks) && e != nil && (e.kin || e.head != nil && e.head.one && e.head.cls == clsHuman && !e.mod) {
			if e.head != nil && (e.head.group == model.GroupChildren || e.head.group == model.GroupCivilians) {
				civ = true
			}
			n++
			k = j + 1
		} else {
			return n, civ, end
		}
		end = k
	}
	return n, civ, end
}

// groupBefore is the group of the nearest word of people in the 16 words
// before token k ("struck positions of the Daesh terrorist gangs and
// killed 40 of them": militants), else unknown. With stopAtCue, only the
// words after the last cue count ("killed the ISIS emir and two of his
// aides": militants; "ISIS killed a man and two of his sons": unknown).
func (p *parser) groupBefore(k int, stopAtCue bool) string {
	for j := k - 1; j >= 0 && j >= k-16; j-- {
		t := &p.toks[j]
		e := t.ent()
		switch {
		case e == nil:
		case stopAtCue && e.cue != 0 && familyOK(e.cue, true):
			return model.GroupUnknown
		case e.militant || e.name && t.cap:
			return model.GroupMilitants
		case e.civilian:
			return model.GroupCivilians
		case e.head != nil && e.head.cls == clsHuman && e.head.group != "":
			if e.head.group == model.GroupChildren || e.head.group == model.GroupMedics {
				return model.GroupCivilians
			}
			return e.head.group
		}
	}
	return model.GroupUnknown
}

// humanCueNear reports whether a cue of people stands next to the figure
// at [first, last]: "the injury of four others", "wounding 20 others",
// "four others were hurt".
func (p *parser) humanCueNear(first, last int) bool {
	if c, d := p.cueBefore(first-1, true); c != 0 && d <= 2 {
		return true
	}
	c, d := p.cueAfter(last+1, true)
	return c != 0 && d <= 3
}

// rollUp sums civilians counted in parts joined by "and" or commas into
// one figure of civilians: "two women and three children were killed" (5
// civilians killed); people of no group likewise into one figure of no
// group: "wounding eight contractors and one soldier" (9 injured). Parts
// of a figure before ("12 civilians, including four children", "six of
// them children") are not summed.
func (p *parser) rollUp() {
	for k := 0; k+1 < len(p.figs); k++ {
		a := &p.figs[k]
		side := p.rollSide(a)
		if side == rollNone || p.partOf(a) && !p.civilianPartsOfAll(k, side) {
			continue
		}
		n := 0 // the figures joined to a
		for m := k + 1; m < len(p.figs); m++ {
			b, prev := &p.figs[m], &p.figs[m-1]
			if p.rollSide(b) != side || b.kind != a.kind || p.partOf(b) || !p.joined(prev.last, b.first) {
				break
			}
			n++
		}
		if n == 0 || side == rollNoGroup && p.joinedAfter(k+n) {
			continue // "two guards, three policemen and a driver": a list of mixed groups keeps its figures
		}
		distinct := false
		for m := k + 1; m <= k+n; m++ {
			if !p.sameWording(a, &p.figs[m]) {
				distinct = true
			}
		}
		if !distinct {
			continue
		}
		if p.restated(k, n) {
			for m := k + 1; m <= k+n; m++ {
				p.figs[m].drop = true
			}
			k += n
			continue
		}
		for m := k + 1; m <= k+n; m++ {
			b := &p.figs[m]
			a.joinParts(a.min.v, b)
			a.min = bound{a.min.v + b.min.v, a.min.ok && b.min.ok}
			a.max = bound{a.max.v + b.max.v, a.max.ok && b.max.ok}
			a.approx = a.approx || b.approx
			a.last = b.last
			b.drop = true
		}
		if !a.min.ok && !a.max.ok {
			for m := k + 1; m <= k+n; m++ {
				p.figs[m].drop = false
			}
			continue
		}
		if side == rollCivilians {
			a.group = model.GroupCivilians
		}
		k += n
	}
}

// sameWording reports two figures whose nouns read alike after their
// numbers ("three soldiers ... two soldiers"); "four U.S. service members
// and two members of the security forces" differ by the words before the
// head.
func (p *parser) sameWording(a, b *fig) bool {
	if a.item != b.item {
		return false
	}
	_, _, ea, okA := p.number(a.numAt)
	_, _, eb, okB := p.number(b.numAt)
	if !okA || !okB {
		return true
	}
	if a.last-ea != b.last-eb {
		return false
	}
	for j := 0; ea+j <= a.last; j++ {
		if !strings.EqualFold(p.word(ea+j), p.word(eb+j)) {
			return false
		}
	}
	return true
}

// civilianParts: two figures of people, both civilians or children.
func civilianParts(a, b *fig) bool {
	civ := func(g string) bool { return g == model.GroupCivilians || g == model.GroupChildren }
	return civ(a.group) && civ(b.group)
}

// civilianPartsOfAll reports figure k as the first of civilian parts that
// "including" or "among them" gives of a whole of no group: "16 dead,
// among them six fishermen and a boy" (at least 7 civilians). The parts of
// a whole of civilians are not summed: each is a part of a known total.
func (p *parser) civilianPartsOfAll(k, side int) bool {
	if side != rollCivilians || !p.introducedBy(p.figs[k].first) {
		return false
	}
	w := p.wholeBefore(k)
	return w != nil && (w.group == "" || w.group == model.GroupUnknown)
}

// sumMixedPair makes the total of two figures of people that "and" joins,
// one of no group and one of civilians, the figure of no group: "killed
// five of its soldiers and a civilian" is 6 killed, 1 of them civilians
// (the gold's totals). The civilian figure stays as the part it is. Only a
// pair on its own: a longer list or one after a comma may restate a whole
// ("three people, a woman and her two children"), and parts of a whole
// before ("12 dead, including two soldiers and a child") are not summed.
func (p *parser) sumMixedPair() {
	for k := 0; k+1 < len(p.figs); k++ {
		a, b := &p.figs[k], &p.figs[k+1]
		if a.drop || b.drop || a.kind == "" || a.kind != b.kind || !p.andJoined(a.last, b.first) {
			continue
		}
		if k > 0 && p.joined(p.figs[k-1].last, a.first) || p.joinedAfter(k+1) {
			continue // a longer list
		}
		total, part := a, b
		if p.rollSide(a) == rollCivilians {
			total, part = b, a
		}
		if p.rollSide(total) != rollNoGroup || p.rollSide(part) != rollCivilians ||
			p.introducedBy(a.first) || p.partOfWhole(a) || p.partOfWhole(b) {
			continue
		}
		if !exact(total) || !exact(part) {
			continue
		}
		total.joinParts(total.min.v, part)
		total.min.v += part.min.v
		total.max.v += part.max.v
		total.first, total.last = a.first, b.last // the span of the whole pair
		k++
	}
}

// sumMilitantPair makes the total of a figure of fighters and one of
// people of no group that "and" alone joins: "killed six Hezbollah fighters
// and an Iranian general" is 7 killed, of no group. The fighters' figure
// becomes the total and the other goes, as it tells nothing the total does
// not. Fighters and civilians keep their own figures ("40 militants and
// three civilians"), and so does a longer list, as for sumMixedPair.
func (p *parser) sumMilitantPair() {
	for k := 0; k+1 < len(p.figs); k++ {
		a, b := &p.figs[k], &p.figs[k+1]
		if a.drop || b.drop || a.kind == "" || a.kind != b.kind || a.cls != clsHuman || b.cls != clsHuman ||
			a.bare || b.bare || !p.andJoined(a.last, b.first) {
			continue
		}
		if k > 0 && p.joined(p.figs[k-1].last, a.first) || p.joinedAfter(k+1) {
			continue // a longer list
		}
		total, part := a, b
		if b.group == model.GroupMilitants {
			total, part = b, a
		}
		if total.group != model.GroupMilitants || part.group == model.GroupMilitants ||
			p.introducedBy(a.first) || p.partOfWhole(a) || p.partOfWhole(b) || !exact(total) || !exact(part) {
			continue
		}
		if p.rollSide(part) != rollNoGroup {
			continue
		}
		total.joinParts(total.min.v, part)
		total.min.v += part.min.v
		total.max.v += part.max.v
		total.group = model.GroupUnknown
		total.first, total.last = a.first, b.last // the span of the whole pair
		part.drop = true
		k++
	}
}

// sumAlongWith makes the total of a figure of people and the civilians
// "along with" it who share its fate: "five fighters were killed along with
// two civilians" is 7 killed, 2 of them civilians (the gold's totals, as
// for sumMixedPair). The first figure becomes the total, of no group when
// it was of another; the civilians stay as the part they are.
func (p *parser) sumAlongWith() {
	for k := 0; k+1 < len(p.figs); k++ {
		a, b := &p.figs[k], &p.figs[k+1]
		if a.drop || b.drop || a.kind == "" || a.kind != b.kind || a.cls != clsHuman || !p.alongWith(b.first) {
			continue
		}
		if !p.civilianPart(b) || p.civilianPart(a) || a.bare || !exact(a) || !exact(b) ||
			p.introducedBy(a.first) || p.partOfWhole(a) {
			continue
		}
		a.joinParts(a.min.v, b)
		a.min.v += b.min.v
		a.max.v += b.max.v
		a.group = model.GroupUnknown
		a.last = b.last // the span of the whole
		k++
	}
}

// andJoined reports whether "and" or ", and" alone stands between tokens a
// and b.
func (p *parser) andJoined(a, b int) bool {
	switch b - a {
	case 2:
		return p.word(a+1) == "and"
	case 3:
		return p.word(a+1) == "," && p.word(a+2) == "and"
	}
	return false
}

// partOfWhole reports a figure that counts some of a whole named after
// "of": "six of them", "two of the dead", "three of whom"; not "five of its
// soldiers", which counts the soldiers themselves.
func (p *parser) partOfWhole(f *fig) bool {
	if p.word(f.numAt+1) != "of" {
		return false
	}
	switch p.word(f.numAt + 2) {
	case "them", "whom", "those", "these", "the":
		return true
	}
	return false
}

func exact(f *fig) bool { return f.min.ok && f.max.ok && f.min.v == f.max.v }

// dropUnnamedParts drops a part that does not say which group it is of a
// figure of people that does ("12 militants, among them a commander"): it
// tells nothing the whole does not, and read alone it would be a second,
// smaller toll of no group. A part by group ("including two children")
// stays, and so does any part of a whole of no group ("eight people,
// including four staff"): it marks the whole as the count of all the dead.
func (p *parser) dropUnnamedParts() {
	for k := range p.figs {
		f := &p.figs[k]
		if f.drop || f.cls != clsHuman || f.kind == "" || f.group != "" && f.group != model.GroupUnknown || !p.partOf(f) {
			continue
		}
		w := p.wholeBefore(k)
		if w == nil || w.group == "" || w.group == model.GroupUnknown {
			continue
		}
		if !w.max.ok || !f.min.ok || f.min.v <= w.max.v {
			f.drop = true
		}
	}
}

// wholeBefore is the latest figure of people before figure k, of its kind,
// that is not itself a part, or nil.
func (p *parser) wholeBefore(k int) *fig {
	for m := k - 1; m >= 0; m-- {
		w := &p.figs[m]
		if w.drop || w.cls != clsHuman || w.kind != p.figs[k].kind || p.partOf(w) {
			continue
		}
		return w
	}
	return nil
}

// Which parts rollUp sums together: civilians (children are civilians) or
// people of no group; never across the two, nor militants.
const (
	rollNone = iota
	rollCivilians
	rollNoGroup
)

// joinedAfter reports a figure of people joined to figure k by "and" or
// commas.
func (p *parser) joinedAfter(k int) bool {
	if k+1 >= len(p.figs) {
		return false
	}
	b := &p.figs[k+1]
	return !b.drop && b.cls == clsHuman && p.joined(p.figs[k].last, b.first)
}

// rollSide is the side of rollUp a counted figure of people is on.
func (p *parser) rollSide(f *fig) int {
	switch {
	case p.civilianPart(f):
		return rollCivilians
	case !f.drop && !f.bare && f.cls == clsHuman && f.kind != "" && (f.group == "" || f.group == model.GroupUnknown):
		return rollNoGroup
	}
	return rollNone
}

// restated reports the n figures after figure k as an apposition that
// names who the first were: "killing three civilians, a woman and her two
// children" (3, not 6). The first counts a whole class ("civilians",
// "children"), a comma follows it, and the parts add up to it exactly.
func (p *parser) restated(k, n int) bool {
	a := &p.figs[k]
	if w := strings.ToLower(a.item); w != "civilians" && w != "children" || p.word(a.last+1) != "," {
		return false
	}
	if !a.min.ok || !a.max.ok || a.min.v != a.max.v {
		return false
	}
	sum := 0
	for m := k + 1; m <= k+n; m++ {
		b := &p.figs[m]
		if !b.min.ok || !b.max.ok || b.min.v != b.max.v {
			return false
		}
		sum += b.min.v
	}
	return sum == a.min.v
}

// civilianPart: a counted figure of civilians or children, with a kind.
func (p *parser) civilianPart(f *fig) bool {
	return !f.drop && !f.bare && f.cls == clsHuman && f.kind != "" &&
		(f.group == model.GroupCivilians || f.group == model.GroupChildren)
}

// partOf: a figure that is a part of the one before ("including four
// children", "five of them children").
func (p *parser) partOf(f *fig) bool {
	return p.introducedBy(f.first) || p.word(f.numAt+1) == "of"
}

// joined reports whether only "and" and commas stand between tokens
// a and b.
func (p *parser) joined(a, b int) bool {
	if b <= a+1 || b-a > 3 {
		return false
	}
	for j := a + 1; j < b; j++ {
		switch p.word(j) {
		case "and", ",":
		default:
			return false
		}
	}
	return true
}

// article reads "a"/"an" before a singular counted noun that a cue acts
// upon: "destroyed a Daesh vehicle" -> 1, "killed a civilian" -> 1.
func (p *parser) article(i int) int {
	if end := p.burnedVehicle(i); end > i {
		return end
	}
	h := p.headAfter(i + 1)
	if h.at < 0 || !h.head.one || h.at-p.hyphens(i+1, h.at) > i+3 {
		return i
	}
	if countedInListOnly(h.head.word) && p.rankPhraseEnd(h.at) == h.at && !p.figureJoinsAfter(h.at) {
		return i
	}
	f := fig{first: i, last: h.at, numAt: i, min: ptr(1), max: ptr(1), cls: h.head.cls,
		item: p.text(h.at), group: h.group()}
	switch f.cls {
	case clsHuman:
		fwd, fd := p.cueAfter(h.at+1, true)
		if _, _, end, ok := p.number(h.at + 2); fwd == 0 && ok && p.personOfNumber(h.at+2) {
			fwd, fd = p.cueAfter(end, true) // over the age: "a boy of 14 died"
		}
		back, bd := p.cueBefore(i-1, true)
		if bd > 1 && !p.cueNounOf(i, bd) {
			back = 0
		}
		if back == cueInjured && p.oneOfTheWoundedBefore(i) {
			// "One of the wounded, a boy, died": the verb after the
			// apposition says his fate
			if e := p.appositionEnd(i - 1); e > i-1 {
				if c, d := p.cueAfter(e+1, true); c == cueKilled && d <= 2 {
					fwd, fd, back = c, 1, 0
				}
			}
		}
		switch pickCue(fwd, fd, back, bd) {
		case cueKilled:
			f.kind = model.CountKilled
		case cueInjured:
			f.kind = model.CountInjured
		}
		if f.kind == "" && p.introducedBy(i) {
			// "killed four people, including a civilian": a part of the
			// figure before, a bare one too ("and nine were wounded,
			// including a nurse")
			if prev := p.lastFig(); prev != nil && prev.cls == clsHuman {
				f.kind = prev.kind
			} else if prev := p.lastHuman(); prev != nil {
				f.kind = prev.kind
			}
		}
		if f.kind == "" && p.word(i-1) == "and" {
			// the list of the verb before goes on: "killing two
			// fighters and a civilian"
			if prev := p.lastHuman(); prev != nil && prev.last == i-2 && (!p.introducedBy(prev.first) || civilianParts(prev, &f)) {
				f.kind = prev.kind // also a part going on: "among them six fishermen and a boy"
			}
		}
		if f.kind == "" && p.alongWith(i) {
			// "four militants were killed, they said, along with a
			// farmer": the person shares the fate of the figure before,
			// as "along with two farmers" does
			if prev := p.lastHuman(); prev != nil && prev.kind != "" {
				f.kind = prev.kind
			}
		}
		if f.kind == "" {
			// the verb after the kin: "A man, his wife and their three
			// children were killed"
			if _, _, end := p.kinChain(h.at + 1); end > 0 {
				switch c, _ := p.cueAfter(end, true); c {
				case cueKilled:
					f.kind = model.CountKilled
				case cueInjured:
					f.kind = model.CountInjured
				}
			}
		}
		if f.kind != "" {
			// "a man, his wife and their three children": the person and
			// the kin listed after him
			if n, civ, end := p.kinChain(h.at + 1); end > 0 {
				f.min, f.max, f.last = ptr(1+n), ptr(1+n), end-1
				// a child with his kin ("a 12-year-old boy and his father")
				// are a family: civilians
				if (civ || f.group == model.GroupChildren) && f.group != model.GroupMilitants {
					f.group = model.GroupCivilians
				}
				p.add(f)
				return end
			}
		}
	case clsVehicle:
		fwd, fd := p.cueAfter(h.at+1, false)
		back, bd := p.cueBefore(i-1, false)
		if bd > 1 && !(back == cueDestroyed && p.word(i-1) == "and" && bd <= 8) && !p.cueNounOf(i, bd) {
			// "destroyed two fighting positions and an ISIS vehicle": the
			// object list of "destroyed" goes on (release style); otherwise
			// the cue is too far ("hit four technicals and a bulldozer"
			// stays one figure)
			back = 0
		}
		if back == 0 && fwd == 0 && p.word(i-1) == "and" && p.listCue(i-1) {
			// "destroyed three boats the militants used, two artillery
			// pieces and a vehicle": a longer list of "destroyed"
			back = cueDestroyed
		}
		if back == 0 && fwd == 0 && p.word(i-1) == "," && p.listGoesOn(h.at+1) {
			// "destroying a tank, an armoured vehicle and two pickups": an
			// item between two others of the list (not an apposition)
			if prev := p.lastFig(); prev != nil && prev.cls == clsVehicle && prev.last == i-2 {
				back, bd = cueOfKind(prev.kind), 1
			}
		}
		switch pickCue(fwd, fd, back, bd) {
		case cueDestroyed:
			f.kind = model.CountVehiclesDestroyed
		case cueStruck:
			f.kind = model.CountVehiclesStruck
		}
	}
	if f.kind == "" {
		return i
	}
	if f.cls == clsHuman {
		f.last = p.rankPhraseEnd(h.at)
		if (f.group == "" || f.group == model.GroupUnknown) && p.bystanderClause(h.at+1) {
			f.group = model.GroupCivilians // "a man who lived nearby was also killed"
		}
	}
	p.add(f)
	return f.last + 1
}

// burnedVehicle reads one vehicle a destroy participle describes, after
// "a" or "an": "showed us a burned motorcycle", "a charred car stood at
// the roadside" (1 vehicle destroyed), also hyphened "a burned-out truck".
// i is the article's token; it returns i when the shape does not hold.
func (p *parser) burnedVehicle(i int) int {
	k := i + 1
	if k >= len(p.toks) {
		return i
	}
	switch p.word(k) {
	case "burned", "burnt", "charred", "gutted", "wrecked", "destroyed", "incinerated":
	default:
		return i
	}
	k++
	if p.text(k) == "-" && p.text(k+1) == "out" {
		k += 2
	}
	if k >= len(p.toks) {
		return i
	}
	e := p.toks[k].ent()
	if e == nil || e.head == nil || e.head.cls != clsVehicle || !e.head.one {
		return i
	}
	if prev := p.lastFig(); prev != nil && prev.cls == clsVehicle && prev.kind == model.CountVehiclesStruck &&
		prev.min == ptr(1) && prev.max == ptr(1) {
		prev.kind = model.CountVehiclesDestroyed // "hit a car, leaving a burned car": the one struck
		return k + 1
	}
	p.add(fig{first: i, last: k, numAt: i, min: ptr(1), max: ptr(1), cls: clsVehicle,
		item: p.text(k), kind: model.CountVehiclesDestroyed})
	return k + 1
}

// figureJoinsAfter reports "and" and a number right after token k: "an
// officer and ten soldiers".
func (p *parser) figureJoinsAfter(k int) bool {
	if p.word(k+1) != "and" {
		return false
	}
	_, _, _, ok := p.number(k + 2)
	return ok
}

// rankPhraseEnd returns the last token of a rank that follows the noun of
// one person at k ("an officer with the rank of first lieutenant and ten
// soldiers", as translated military statements give it), so that the
// figures listed after it still join the person's; k when none follows.
func (p *parser) rankPhraseEnd(k int) int {
	if p.word(k+1) != "with" || p.word(k+2) != "the" || p.word(k+3) != "rank" || p.word(k+4) != "of" {
		return k
	}
	end := k
	for j := k + 5; j <= k+8 && j < len(p.toks); j++ {
		t := p.toks[j]
		if t.kind == tPunct && t.punct == '-' && end == j-1 {
			continue // "lieutenant-colonel"
		}
		if e := t.ent(); t.kind != tWord || p.word(j) == "and" || e != nil && (e.aux || e.cue != 0) {
			break // the rank ends at the list or at the verb ("with the rank of major was killed")
		}
		end = j
	}
	return end
}

// possessive: the word owns the one vehicle a verb acts upon ("destroyed
// their motorcycle").
func possessive(w string) bool {
	switch w {
	case "their", "his", "her", "its":
		return true
	}
	return false
}

// possessiveVehicle reads a possessive before a singular vehicle right
// after a verb that destroys or hits it: "killed three fighters and
// destroyed their motorcycle" -> 1 vehicle destroyed.
func (p *parser) possessiveVehicle(i int) int {
	h := p.headAfter(i + 1)
	if h.at < 0 || h.at > i+2 || !h.head.one || h.head.cls != clsVehicle {
		return i
	}
	f := fig{first: i, last: h.at, numAt: i, min: ptr(1), max: ptr(1), cls: clsVehicle,
		item: p.text(h.at), group: h.group()}
	switch back, bd := p.cueBefore(i-1, false); {
	case bd != 1:
		return i
	case back == cueDestroyed:
		f.kind = model.CountVehiclesDestroyed
	case back == cueStruck:
		f.kind = model.CountVehiclesStruck
	default:
		return i
	}
	p.add(f)
	return h.at + 1
}

// oneOfTheWoundedBefore reports "one of the wounded," (or "injured")
// right before token i: the person at i is that one in apposition, and
// the verb after the apposition, not "wounded", tells what befell them.
func (p *parser) oneOfTheWoundedBefore(i int) bool {
	switch p.word(i - 2) {
	case "wounded", "injured":
	default:
		return false
	}
	return i >= 5 && p.word(i-1) == "," && p.word(i-3) == "the" && p.word(i-4) == "of" &&
		(p.word(i-5) == "one" || p.word(i-5) == "another")
}

// both reads "both" before a plural noun of people that a cue acts upon:
// "killing both men" (2). "Both civilians and fighters were killed"
// coordinates two nouns and counts nothing.
func (p *parser) both(i int) int {
	h := p.headAfter(i + 1)
	if h.at < 0 || h.at > i+3 || h.head.cls != clsHuman || h.head.one || p.word(h.at+1) == "and" {
		return i
	}
	f := fig{first: i, last: h.at, numAt: i, min: ptr(2), max: ptr(2), cls: clsHuman,
		item: p.text(h.at), group: h.group()}
	if f.kind = p.personCue(i, h.at); f.kind == "" {
		return i
	}
	p.add(f)
	return h.at + 1
}

// eventOfPerson reads "the <cue noun> of the <person>": "the wounding of
// the driver" (1 injured), "the killing of the shepherd" (1 killed).
func (p *parser) eventOfPerson(i int) int {
	if p.word(i) != "the" || p.word(i-1) != "of" || p.word(i-3) != "the" {
		return i
	}
	h := p.headAfter(i + 1)
	if h.at < 0 || h.at > i+3 || h.head.cls != clsHuman || !h.head.one {
		return i
	}
	c, d := p.cueBefore(i-1, true)
	if d != 2 {
		return i
	}
	kind := kindOf(c, clsHuman)
	if kind != model.CountKilled && kind != model.CountInjured {
		return i
	}
	p.add(fig{first: i, last: h.at, numAt: i, min: ptr(1), max: ptr(1), cls: clsHuman,
		item: p.text(h.at), group: h.group(), kind: kind})
	return h.at + 1
}

// definitePerson reads "the <person> was injured" (1), the subject of a
// passive cue right after its noun: "and the driver was injured". A toll of
// that kind told before in the sentence may already count the person ("four
// were killed; the driver was killed instantly"): then no figure.
func (p *parser) definitePerson(i int) int {
	if p.word(i) != "the" || !isAuxiliary(p.word(i+2)) && !isAuxiliary(p.word(i+3)) {
		return i // (a cheap test first: "the" is common)
	}
	h := p.headAfter(i + 1)
	if h.at < 0 || h.at > i+2 || h.head.cls != clsHuman || !h.head.one {
		return i
	}
	aux := p.auxiliaries(h.at + 1)
	if aux == 0 {
		return i // "the driver" with no verb of its own
	}
	e := p.toks[min(h.at+1+aux, len(p.toks)-1)].ent()
	if e == nil || h.at+1+aux >= len(p.toks) {
		return i
	}
	kind := kindOf(e.cue, clsHuman)
	if kind != model.CountKilled && kind != model.CountInjured {
		return i
	}
	for k := range p.figs {
		if f := &p.figs[k]; f.cls == clsHuman && f.kind == kind && !f.drop {
			return i
		}
	}
	p.add(fig{first: i, last: h.at, numAt: i, min: ptr(1), max: ptr(1), cls: clsHuman,
		item: p.text(h.at), group: h.group(), kind: kind})
	return h.at + 1
}

// restatedGroup reads who the people of the toll told before were, said
// with no number: "the men were civilians", "the dead were civilians"
// after "killing both men". The figure is that toll (the latest exact one
// of previous, of no group) with the group of the noun after the copula;
// nothing when the sentence has a figure of people of its own.
func (p *parser) restatedGroup(i int) int {
	if i+2 >= len(p.toks) || p.word(i) != "the" || p.word(i+2) != "were" && p.word(i+2) != "are" {
		return i // (a cheap test first: "the" is common)
	}
	kind, ok := restatedNouns[p.word(i+1)]
	if !ok || p.lastHuman() != nil {
		return i
	}
	at := p.identityAfter(i + 2)
	if at < 0 {
		return i
	}
	if kind == "" {
		kind = p.latestToll()
	}
	toll := p.latestExact(kind)
	if toll == nil || toll.Group != "" && toll.Group != model.GroupUnknown {
		return i
	}
	p.add(fig{first: i, numAt: i, last: at, cls: clsHuman, kind: kind, item: p.text(at),
		group: p.toks[at].ent().head.group, min: ptr(*toll.Min), max: ptr(*toll.Max)})
	return at + 1
}

// partOfToldToll reads a part of a toll told before, named by its number
// and said who they were: "two of the six were farmers" after "killed six
// militants" gives two civilians killed. The size must be the latest exact
// toll of previous (killed or injured) of that number; k is the token
// after the size.
func (p *parser) partOfToldToll(f fig, size, k int) int {
	if p.lastHuman() != nil {
		return 0
	}
	at := p.identityAfter(k)
	if at < 0 {
		return 0
	}
	toll := p.latestTollOf(size)
	if toll == nil {
		return 0
	}
	f.cls, f.kind, f.item, f.last = clsHuman, toll.Kind, p.text(at), at
	f.group = p.toks[at].ent().head.group
	p.add(f)
	return at + 1
}

// latestTollOf is the latest exact toll of people (killed or injured)
// among the last eight of previous when its figure is size, or nil.
func (p *parser) latestTollOf(size int) *model.Count {
	for k := len(p.prev) - 1; k >= 0 && k >= len(p.prev)-8; k-- {
		c := &p.prev[k]
		if c.Kind != model.CountKilled && c.Kind != model.CountInjured {
			continue
		}
		if c.Min != nil && c.Max != nil && *c.Min == size && *c.Max == size {
			return c
		}
		return nil
	}
	return nil
}

// latestExact is the latest count of kind among the last eight of
// previous when it is an exact figure above zero, or nil.
func (p *parser) latestExact(kind string) *model.Count {
	for k := len(p.prev) - 1; k >= 0 && k >= len(p.prev)-8; k-- {
		c := &p.prev[k]
		if kind == "" || c.Kind != kind {
			continue
		}
		if c.Min == nil || c.Max == nil || *c.Min != *c.Max || *c.Min == 0 {
			return nil
		}
		return c
	}
	return nil
}

// personCue is the kind (killed or injured) a cue right before token i or
// right after the noun at token at gives to the people between, or "".
func (p *parser) personCue(i, at int) string {
	fwd, fd := p.cueAfter(at+1, true)
	back, bd := p.cueBefore(i-1, true)
	if bd > 1 {
		back = 0
	}
	switch pickCue(fwd, fd, back, bd) {
	case cueKilled:
		return model.CountKilled
	case cueInjured:
		return model.CountInjured
	}
	return ""
}

// cueNounOf reports the cue bd words before the article at i to be a noun
// whose "of" object the article opens: "the destruction of a pickup
// truck", "the martyrdom of a fighter".
func (p *parser) cueNounOf(i, bd int) bool {
	return bd == 2 && p.word(i-1) == "of" && p.word(i-3) == "the"
}

// listCue reports whether the "and" at token k ends a list of objects of
// "destroyed" with at least one comma: "destroyed three boats the militants
// used to cross the river, two artillery pieces and a vehicle". Each item
// after a comma opens with a number or an article, and the first item comes
// right after the cue.
func (p *parser) listCue(k int) bool {
	j := k - 1
	for items := 0; items < 6 && j >= 0; items++ {
		m := j
		for ; m >= 0 && m > j-12; m-- {
			t := &p.toks[m]
			if t.kind == tPunct {
				if t.punct == '-' || t.punct == '\'' {
					continue
				}
				break
			}
			if e := t.ent(); e != nil && e.cue != 0 {
				return items > 0 && e.cue == cueDestroyed && m < j && p.opensItem(m+1)
			}
		}
		if m < 0 || p.toks[m].kind != tPunct || p.toks[m].punct != ',' || m == j || !p.opensItem(m+1) {
			return false
		}
		j = m - 1
	}
	return false
}

// listGoesOn reports another item of a list at token k: ", a ...", "and
// two ...".
func (p *parser) listGoesOn(k int) bool {
	w := p.word(k)
	return (w == "and" || w == ",") && p.opensItem(k+1)
}

// cueOfKind is the cue that gives a vehicle figure its kind.
func cueOfKind(kind string) cue {
	switch kind {
	case model.CountVehiclesDestroyed:
		return cueDestroyed
	case model.CountVehiclesStruck:
		return cueStruck
	}
	return 0
}

// opensItem: a number or an article opens an item of a list of objects.
func (p *parser) opensItem(k int) bool {
	switch p.word(k) {
	case "a", "an", "the":
		return true
	}
	_, _, _, ok := p.number(k)
	return ok
}

// fraction reads "more than half the convoy", "a third of the vehicles":
// a share of the latest size of vehicles (or count of vehicles struck) in
// previous. With base B and share s:
//
//	more than s of B   -> floor(B*s)+1 ..
//	at least s of B    -> ceil(B*s) ..
//	less than s of B   -> .. ceil(B*s)-1
//	at most / up to    -> .. floor(B*s)
//	s of B, about s    -> round(B*s), approx
//
// When B is itself open above ("more than 400"), only lower bounds are
// given: "more than half" of 401.. is 201.., "half" of it ~201...
//
// Callers test fractionStart first: most tokens start no fraction.
func (p *parser) fraction(i int) int {
	num, den, end := 0, 0, i
	for _, k := range fractionsFrom[p.toks[i].id] {
		fr := fractions[k]
		if n, ok := p.matchIDs(i, fractionIDs[k]); ok {
			num, den, end = fr.num, fr.den, i+n
			break
		}
	}
	if den == 0 {
		return i
	}
	// "two-thirds": the hyphen was lexed apart
	k := end
	if p.word(k) == "of" {
		k++
	}
	if isDet(p.word(k)) {
		k++
	}
	h := p.headAfter(k)
	if h.at < 0 || (h.head.cls != clsConvoy && h.head.cls != clsVehicle) {
		return i
	}
	base := p.baseSize()
	if base == nil {
		return i
	}
	op, first := p.qualifierBefore(i)
	f := fig{first: first, last: h.at, numAt: i, cls: clsVehicle,
		item: p.text(h.at)}
	share := func(v int) float64 { return float64(v) * float64(num) / float64(den) }
	floor := func(x float64) int { return int(x) }
	ceil := func(x float64) int {
		if float64(int(x)) == x {
			return int(x)
		}
		return int(x) + 1
	}
	switch {
	case base.Min != nil && base.Max == nil: // open above
		s := share(*base.Min)
		switch op {
		case qMoreThan:
			f.min = ptr(floor(s) + 1)
		case qAtLeast:
			f.min = ptr(ceil(s))
		case qExact, qApprox:
			f.min, f.approx = ptr(ceil(s)), true
		default:
			return h.at + 1
		}
	case base.Min == nil && base.Max != nil: // open below
		s := share(*base.Max)
		switch op {
		case qLessThan, qAtMost, qUpTo:
			f.max = ptr(floor(s))
		case qExact, qApprox:
			f.max, f.approx = ptr(floor(s+0.5)), true
		default:
			return h.at + 1
		}
	case base.Min != nil:
		s := share(*base.Min)
		switch op {
		case qMoreThan:
			f.min = ptr(floor(s) + 1)
		case qAtLeast:
			f.min = ptr(ceil(s))
		case qLessThan:
			f.max = ptr(ceil(s) - 1)
		case qAtMost, qUpTo:
			f.max = ptr(floor(s))
		default:
			v := floor(s + 0.5)
			f.min, f.max, f.approx = ptr(v), ptr(v), true
		}
	default:
		return i
	}
	fwd, fd := p.cueAfter(h.at+1, false)
	back, bd := p.cueBefore(first-1, false)
	switch pickCue(fwd, fd, back, bd) {
	case cueDestroyed:
		f.kind = model.CountVehiclesDestroyed
	case cueStruck:
		f.kind = model.CountVehiclesStruck
	default:
		return h.at + 1
	}
	p.add(f)
	return h.at + 1
}

// partOfToll reads "Sixteen of them were civilians" after a sentence that
// told a toll ("... killed 25 people."), "them" at k: a part of that toll,
// by who they were. It returns the token after the noun, or 0.
func (p *parser) partOfToll(f fig, k int) int {
	kind := p.tollBefore()
	if kind == "" {
		return 0
	}
	at := p.identityAfter(k + 1)
	if at < 0 {
		return 0
	}
	f.last, f.cls, f.kind, f.item, f.group = at, clsHuman, kind, p.text(at), p.toks[at].ent().head.group
	p.add(f)
	return at + 1
}

// ofWhomPart reads "of whom 19 were civilians" after a figure of people
// ("At least 22 people were killed, of whom 19 were civilians"): a part of
// that figure, of its kind, by who they were. It returns the token after
// the noun, or 0.
func (p *parser) ofWhomPart(i, val, end int) int {
	if p.word(i-1) != "whom" || p.word(i-2) != "of" {
		return 0
	}
	prev := p.lastHuman()
	if prev == nil || prev.kind == "" {
		return 0
	}
	at := p.identityAfter(end)
	if at < 0 {
		return 0
	}
	p.add(fig{first: i - 2, numAt: i, last: at, min: ptr(val), max: ptr(val), cls: clsHuman,
		kind: prev.kind, item: p.text(at), group: p.toks[at].ent().head.group})
	return at + 1
}

// restatedNouns may follow the number of a toll told again: "the three
// dead", "the two men". Those that say the kind ("dead", "wounded") need
// no toll before: "the three dead were civilians" is one.
var restatedNouns = map[string]string{"dead": model.CountKilled, "killed": model.CountKilled,
	"victims": model.CountKilled, "bodies": model.CountKilled, "wounded": model.CountInjured,
	"injured": model.CountInjured, "men": "", "people": "", "persons": ""}

// restatedToll reads a toll told before, said again to say who the dead
// were: "the three were civilians", "the two dead were fighters", "all
// three were civilians" after "killed three people". The number must be
// that of a toll before it (in the sentence or in previous); the figure is
// that toll with the group of the noun after the copula.
func (p *parser) restatedToll(i, val, end int) int {
	if w := p.text(i - 1); !strings.EqualFold(w, "the") && !strings.EqualFold(w, "all") {
		return 0
	}
	k := end
	nounKind, noun := restatedNouns[strings.ToLower(p.text(k))]
	if noun {
		k++
	}
	at := p.identityAfter(k)
	if at < 0 {
		return 0
	}
	group := p.toks[at].ent().head.group
	if own := p.tollIn(val); own != nil {
		// the toll is the sentence's own: it says who they were, and is
		// not counted again ("killed three people, and the three were
		// civilians")
		if own.group == "" || own.group == model.GroupUnknown {
			own.group = group
		}
		return at + 1
	}
	kind := nounKind
	if kind == "" {
		if kind = p.tollBefore(); kind == "" || !p.prevToll(kind, val) {
			return 0
		}
	}
	p.add(fig{first: i - 1, numAt: i, last: at, cls: clsHuman, kind: kind, item: p.text(at),
		group: group, min: bound{val, true}, max: bound{val, true}})
	return at + 1
}

// deadNamed reads "the dead are farmers", "the victims were all
// shepherds" after the sentence's own toll of no group: the toll's dead
// are of the noun's group. It returns the token after the noun, or i.
func (p *parser) deadNamed(i int) int {
	if !strings.EqualFold(p.text(i), "the") {
		return i
	}
	if w := p.word(i + 1); w != "dead" && w != "victims" {
		return i
	}
	at := p.identityAfter(i + 2)
	if at < 0 {
		return i
	}
	for k := len(p.figs) - 1; k >= 0; k-- {
		f := &p.figs[k]
		if f.cls != clsHuman || f.drop || f.kind != model.CountKilled {
			continue
		}
		if f.group != "" && f.group != model.GroupUnknown {
			return i // the toll says its group itself
		}
		f.group = p.toks[at].ent().head.group
		return at + 1
	}
	return i
}

// tollIn is the sentence's figure of exactly n people killed or injured,
// or nil.
func (p *parser) tollIn(n int) *fig {
	for k := len(p.figs) - 1; k >= 0; k-- {
		f := &p.figs[k]
		if f.cls == clsHuman && !f.drop && (f.kind == model.CountKilled || f.kind == model.CountInjured) &&
			f.min.ok && f.max.ok && f.min.v == n && f.max.v == n {
			return f
		}
	}
	return nil
}

// prevToll reports a count of that kind of exactly n among the last
// entries of previous.
func (p *parser) prevToll(kind string, n int) bool {
	for k := len(p.prev) - 1; k >= 0 && k >= len(p.prev)-8; k-- {
		c := &p.prev[k]
		if c.Kind == kind && c.Min != nil && c.Max != nil && *c.Min == n && *c.Max == n {
			return true
		}
	}
	return false
}

// tollBefore is the kind of the latest count of people (killed or injured)
// among the last entries of previous, when the sentence has no figure yet:
// "them" in "Sixteen of them were civilians" are those people.
func (p *parser) tollBefore() string {
	if p.lastFigAt != 0 {
		return ""
	}
	for k := len(p.prev) - 1; k >= 0 && k >= len(p.prev)-8; k-- {
		if c := &p.prev[k]; c.Kind == model.CountKilled || c.Kind == model.CountInjured {
			return c.Kind
		}
	}
	return ""
}

// identityAfter returns the token of a plural noun of people with a group
// right after a copula at k ("were civilians", "were ISIS militants",
// "were assessed to be combatants"), or -1.
func (p *parser) identityAfter(k int) int {
	if w := p.word(k); w != "were" && w != "are" {
		return -1
	}
	k = p.judgedAs(k+1) - 1
	for j := k + 1; j < len(p.toks) && j <= k+3; j++ {
		e := p.toks[j].ent()
		if e == nil || e.head == nil {
			if p.toks[j].kind == tPunct {
				return -1
			}
			continue // "ISIS", "foreign"
		}
		if e.head.cls == clsHuman && !e.head.one && e.head.group != "" && e.head.group != model.GroupUnknown {
			return j
		}
		if !e.mod {
			return -1
		}
	}
	return -1
}

// judgedAs skips "assessed to be", "identified as" at token k; it returns
// the token after them, or k.
func (p *parser) judgedAs(k int) int {
	if !slices.Contains(judgedVerbs, p.word(k)) {
		return k
	}
	switch {
	case p.word(k+1) == "to" && p.word(k+2) == "be":
		return k + 3
	case p.word(k+1) == "as":
		return k + 2
	}
	return k
}

// leadKinds are the nouns of an opening "Of the dead," that give the kind
// of the parts after it.
var leadKinds = map[string]string{"dead": model.CountKilled, "killed": model.CountKilled,
	"victims": model.CountKilled, "wounded": model.CountInjured, "injured": model.CountInjured}

// leadOpening reads a sentence that opens with the whole its figures are
// parts of: "Of the dead, ...", "Of these, ..." (a toll told before). It
// returns the kind of the whole and the token after the comma, or "".
func (p *parser) leadOpening() (kind string, after int) {
	if p.word(0) != "of" {
		return "", 0
	}
	j := 1
	switch w := p.word(j); w {
	case "these", "those", "them":
		if k := leadKinds[p.word(j+1)]; w == "those" && k != "" {
			kind, j = k, j+1 // "Of those killed,"
		} else {
			kind = p.latestToll()
		}
	case "the":
		j++
		kind = leadKinds[p.word(j)]
	}
	if kind == "" || p.word(j+1) != "," {
		return "", 0
	}
	return kind, j + 2
}

// latestToll is the kind of the latest count of people (killed or
// injured) among the last entries of previous, or "".
func (p *parser) latestToll() string {
	for k := len(p.prev) - 1; k >= 0 && k >= len(p.prev)-8; k-- {
		if c := &p.prev[k]; c.Kind == model.CountKilled || c.Kind == model.CountInjured {
			return c.Kind
		}
	}
	return ""
}

// leadPart reads a part of the whole a sentence opens with, said by who
// they were: "Of the dead, five were civilians"; "Of these, 13 were
// assessed to be combatants and at least five were civilians". The figure
// must follow the opening's comma, or another such part joined to it by
// "and". It returns the token after the noun, or 0.
func (p *parser) leadPart(f fig, end int) int {
	if p.word(0) != "of" || f.first < 3 {
		return 0
	}
	kind, after := p.leadOpening()
	if kind == "" {
		return 0
	}
	if f.first != after {
		prev := p.lastFig()
		if prev == nil || prev.kind != kind || prev.first < after || !p.joined(prev.last, f.first) {
			return 0
		}
	}
	at := p.identityAfter(end)
	if at < 0 {
		return 0
	}
	f.last, f.cls, f.kind, f.item, f.group = at, clsHuman, kind, p.text(at), p.toks[at].ent().head.group
	p.add(f)
	return at + 1
}

// baseSize is the latest vehicle size or vehicles-struck count among the
// last 64 entries of previous.
func (p *parser) baseSize() *model.Count {
	for k := len(p.prev) - 1; k >= 0 && k >= len(p.prev)-64; k-- {
		c := &p.prev[k]
		if c.Min == nil && c.Max == nil {
			continue
		}
		if c.Kind == "" && isVehicleItem(c.Item) || c.Kind == model.CountVehiclesStruck {
			return c
		}
	}
	return nil
}

func isVehicleItem(item string) bool {
	if item == "" {
		return false
	}
	var low [maxVocabWord]byte
	if len(item) > maxVocabWord {
		return false
	}
	for k := 0; k < len(item); k++ {
		low[k] = item[k] | 0x20
	}
	id, ok := vocabulary[string(low[:len(item)])]
	e := &entries[id]
	return ok && e.head != nil && (e.head.cls == clsVehicle || e.head.cls == clsConvoy)
}

// figureStarts marks the vocabulary ids of the words figureAt reads a
// figure from: a fraction's first word, "a", "an" or "another", "the" or a
// head noun, a possessive before kin ("his wife"), a number word, "tens".
// It finds nothing at any other word, so figures passes over those.
var figureStarts = func() []bool {
	out := make([]bool, len(entries))
	for id := 1; id < len(entries); id++ {
		e := &entries[id]
		switch e.word {
		case "a", "an", "another", "the", "his", "her", "their", "tens", "both", "twice":
			out[id] = true
		}
		out[id] = out[id] || fractionStart[id] || e.num != nil || e.head != nil
	}
	return out
}()

// fractionStart marks the vocabulary ids of the first words of fractions
// ("half", "a", "one", ...): fraction runs at every token.
var fractionStart = func() []bool {
	out := make([]bool, len(entries))
	for _, ids := range fractionIDs {
		out[ids[0]] = true
	}
	return out
}()

// fractionsFrom lists, for each vocabulary id, the indexes in fractions
// of the fractions it starts, in their order ("a" starts two of them).
var fractionsFrom = func() [][]int {
	out := make([][]int, len(entries))
	for k, ids := range fractionIDs {
		out[ids[0]] = append(out[ids[0]], k)
	}
	return out
}()

// fractionIDs holds the vocabulary ids of the words of each entry of
// fractions: compared by id, a fraction's first word turns "a" and "one"
// away before any string is compared.
var fractionIDs = func() [][]uint16 {
	out := make([][]uint16, len(fractions))
	for k, f := range fractions {
		for _, w := range splitWords(f.words) {
			out[k] = append(out[k], vocabulary[w]) // (all there: TestTableWordsInVocabulary)
		}
	}
	return out
}()

// matchIDs matches the words of ids at token i ("two-thirds" too): a
// token's id is that of its lower-case word.
func (p *parser) matchIDs(i int, ids []uint16) (int, bool) {
	n := 0
	for _, id := range ids {
		k := i + n
		if n > 0 && k < len(p.toks) && p.toks[k].kind == tPunct && p.toks[k].punct == '-' {
			n++ // "two-thirds"
			k++
		}
		if k >= len(p.toks) || p.toks[k].id != id {
			return 0, false
		}
		n++
	}
	return n, true
}

// listEnd extends a counted noun over a list of nouns of its class, so that
// the cue after the list is found: "more than 40 pickup trucks, fuel
// tankers and armoured cars were destroyed" (41.. vehicles destroyed);
// "12 women, children and elderly men were killed". A number in the list
// ends it: "40 trucks and 12 tankers" are two figures. People followed by
// a verb of speech are who speaks: "killed 9 fishermen, medics said".
func (p *parser) listEnd(at int, cls class) int {
	start := at
	for n := 0; n < 6; n++ {
		j := at + 1
		switch p.word(j) {
		case ",", "and", "or":
		default:
			return at
		}
		j++
		if w := p.word(j); w == "and" || w == "or" {
			j++ // "trucks, tankers, and cars"
		}
		if e := p.toks[min(j, len(p.toks)-1)].ent(); j < len(p.toks) && e != nil && e.clauseSkip {
			return at // "7 people, mostly women": an apposition, not a list
		}
		next := -1
		for m := 0; m < 4 && j < len(p.toks); m, j = m+1, j+1 {
			e := p.toks[j].ent()
			if e == nil || e.num != nil {
				break
			}
			if e.head != nil && !e.mod {
				next = j
				break
			}
			if e.head != nil && e.mod && (j+1 >= len(p.toks) || p.toks[j+1].ent() == nil || p.toks[j+1].ent().head == nil) {
				next = j // "..., and pickup" ending the list on a noun that is also a modifier
				break
			}
			if !e.mod {
				break
			}
		}
		if next < 0 || p.toks[next].ent().head.cls != cls {
			return at
		}
		if e := p.toks[min(next+1, len(p.toks)-1)].ent(); next+1 < len(p.toks) && e != nil && e.clauseSkip && p.word(next+2) == "them" {
			return at // "16 people, civilians among them, were killed": an apposition
		}
		if cls == clsHuman && p.speaksAt(next+1) {
			return start // "killed 9 fishermen, medics said": who speaks, not a list item
		}
		if w := p.word(next + 1); cls == clsHuman && p.word(at+1) == "," && w != "," && w != "and" && w != "or" &&
			p.appositionEnd(at+1) > at+1 {
			return at // "two children, brothers aged eight and eleven, were killed": an apposition
		}
		at = next
	}
	return at
}

// nonCivilianIn reports a noun of people in tokens from..to (a list's
// later items) that says armed men: a noun of militants, one of forces
// ("soldiers", "troops") or one after a modifier of forces ("military
// personnel", "security staff"). "Patients and staff" stay civilians.
func (p *parser) nonCivilianIn(from, to int) bool {
	armed := false // a modifier of forces before the noun
	for j := from; j <= to && j < len(p.toks); j++ {
		e := p.toks[j].ent()
		switch {
		case e == nil:
			armed = false
			continue
		case e.mod && (e.militant || forcesModifier(p.toks[j].lit())) && j < to:
			armed = true
			continue
		case e.head == nil || e.head.cls != clsHuman:
			continue
		}
		if armed || e.head.group == model.GroupMilitants || forcesNoun(p.toks[j].lit()) {
			return true
		}
	}
	return false
}

// forcesModifier: a modifier that makes people members of a force.
func forcesModifier(w string) bool {
	switch w {
	case "military", "army", "security", "police", "government", "militia":
		return true
	}
	return false
}

// forcesNoun: a noun of members of a force, which no vocabulary group
// marks ("soldiers" are of no group in the gold's tolls).
func forcesNoun(w string) bool {
	switch w {
	case "soldier", "soldiers", "troops", "servicemen", "officers", "conscripts", "policemen", "guards":
		return true
	}
	return false
}

// definite reads one vehicle a destroy cue acts upon, with "the" or, at the
// start of a clause, no article: "the drone destroyed the car" -> 1, "the
// truck had been completely destroyed" -> 1, "Three occupants killed; car
// destroyed" -> 1. Only for vehicles destroyed, with the cue next to the
// noun or after its auxiliaries. When the sentence has counted one vehicle
// struck before, it is that vehicle, now destroyed ("targeted a car,
// burning the car"); after any other vehicle figure it is one of them.
func (p *parser) definite(i int) int {
	at := i
	if p.word(i) == "the" {
		at = i + 1
		if e := p.toks[min(at, len(p.toks)-1)].ent(); at < len(p.toks) && e != nil && e.mod && e.head == nil {
			at++ // "the lead vehicle" is not in the table; "the fuel truck" is
		}
	} else if i > 0 {
		if pt := &p.toks[i-1]; pt.kind != tPunct || (pt.punct != ';' && pt.punct != '.') {
			return i
		}
	}
	if at >= len(p.toks) {
		return i
	}
	e := p.toks[at].ent()
	if e == nil || e.head == nil || e.head.cls != clsVehicle || !e.head.one {
		return i
	}
	fwd, fd := p.cueAfter(at+1, false)
	back, bd := p.cueBefore(i-1, false)
	ofNoun := i >= 2 && p.word(i-1) == "of" && p.toks[i-2].ent() != nil && p.toks[i-2].ent().cue == cueDestroyed // "the destruction of the car"
	if fwd != cueDestroyed || fd > 2+p.auxiliaries(at+1) {
		if v := p.reducedRelativeEnd(at + 1); v > 0 {
			// "the vehicle used by the gunmen to carry weapons was also
			// destroyed": the verb past the participle's phrase
			if c, d := p.cueAfter(v, false); c == cueDestroyed && d <= 1+p.auxiliaries(v) {
				fwd, fd = c, 1
			}
		}
	}
	if !(fwd == cueDestroyed && fd <= 2+p.auxiliaries(at+1) || (back == cueDestroyed && bd <= 1 || ofNoun) && fwd == 0) {
		return i
	}
	if prev := p.lastFig(); prev != nil && prev.cls == clsVehicle {
		if prev.kind == model.CountVehiclesStruck && prev.min == ptr(1) && prev.max == ptr(1) {
			prev.kind = model.CountVehiclesDestroyed
			return at + 1
		}
		return i
	}
	p.add(fig{first: i, last: at, numAt: i, min: ptr(1), max: ptr(1), cls: clsVehicle,
		item: p.text(at), kind: model.CountVehiclesDestroyed})
	return at + 1
}

// reducedRelativeEnd returns the auxiliary that ends a participle phrase
// opening at token k, a verb outside the vocabulary ("used by the
// fighters to carry ammunition was"), or -1: the phrase has no comma and
// at most a dozen words.
func (p *parser) reducedRelativeEnd(k int) int {
	if k >= len(p.toks) || p.toks[k].kind != tWord || p.toks[k].ent() != nil || !strings.HasSuffix(p.text(k), "ed") {
		return -1
	}
	for j := k + 1; j < len(p.toks) && j <= k+12; j++ {
		if p.toks[j].kind != tWord {
			return -1
		}
		switch p.word(j) {
		case "was", "were", "had", "has", "is", "are":
			return j
		}
	}
	return -1
}

// auxiliaries counts the words of a verb's auxiliaries and adverbs from
// token k on: "had been completely" before "destroyed".
func (p *parser) auxiliaries(k int) int {
	n := 0
	for ; k < len(p.toks) && isAuxiliary(p.word(k)); k++ {
		n++
	}
	return n
}

func isAuxiliary(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
		"completely", "totally", "entirely", "fully", "partly", "partially", "badly", "also", "later":
		return true
	}
	return false
}

// ofTheDead reads "four of the dead were farm labourers", "two of those
// killed were children": a part of the dead (or wounded) whose group the
// noun after "were" gives. Without such a noun it is no figure ("two of
// the dead were identified"). k is the token after "of [the]".
func (p *parser) ofTheDead(f fig, k int) int {
	var kind string
	switch p.word(k) {
	case "dead", "killed", "victims":
		kind = model.CountKilled
	case "wounded", "injured":
		kind = model.CountInjured
	default:
		return 0
	}
	j := k + 1
	if w := p.word(j); w != "were" && w != "was" {
		return 0
	}
	for end := j + 4; j < end && j < len(p.toks); j++ {
		e := p.toks[j].ent()
		if e != nil && e.head != nil && e.head.cls == clsHuman && !e.mod {
			f.cls, f.kind, f.item, f.last = clsHuman, kind, p.text(j), j
			f.group = e.head.group
			if f.group == "" {
				f.group = model.GroupUnknown
			}
			p.add(f)
			return j + 1
		}
		if p.toks[j].kind != tWord || e != nil && (e.cue != 0 || e.num != nil) {
			return 0
		}
	}
	return 0
}

// nthOfTheDead reads the last of the dead named after a part of them:
// "two of the dead were members of the faction and the third was a young
// man who was passing in his car" (one civilian). The ordinal goes on from
// the part told just before (two, then the third); the person counts when
// its words, or a clause of the passer-by or the neighbour, say who it was.
func (p *parser) nthOfTheDead(i int) int {
	n := ordinalValue(p.word(i + 1))
	if p.word(i) != "the" || n < 2 || p.word(i+2) != "was" && p.word(i+2) != "is" {
		return i
	}
	prev := p.lastToll()
	if prev == nil || !prev.min.ok || !prev.max.ok || prev.min.v != n-1 || prev.max.v != n-1 {
		return i
	}
	noun, group := p.personAt(i + 3)
	if noun < 0 {
		return i
	}
	if group == "" && p.bystanderClause(noun+1) {
		group = model.GroupCivilians
	}
	if group == "" {
		return i
	}
	one := ptr(1)
	p.add(fig{first: i, last: noun, numAt: i + 1, min: one, max: one, cls: clsHuman,
		group: group, item: p.text(noun), kind: prev.kind})
	return noun + 1
}

// lastToll is the last figure of people killed or injured, the toll a
// further part of the dead (nthOfTheDead, restOfTheDead) goes on from, or
// nil.
func (p *parser) lastToll() *fig {
	prev := p.lastHuman()
	if prev == nil || prev.kind != model.CountKilled && prev.kind != model.CountInjured {
		return nil
	}
	return prev
}

// bystanderClauses are what a relative clause says of a person caught by
// chance, a civilian by what they were doing or where they lived: "who was
// passing in his car", "who lived nearby".
var bystanderClauses = [][]string{
	{"was", "passing"}, {"were", "passing"}, {"happened", "to", "be"},
	{"lived", "nearby"}, {"lived", "next"}, {"lived", "close"},
}

// bystanderClause: a "who" clause of bystanderClauses opens within a few
// words of token k, in the same clause.
func (p *parser) bystanderClause(k int) bool {
	for j := k; j < len(p.toks) && j <= k+10; j++ {
		if t := &p.toks[j]; t.kind == tPunct && t.punct != ',' && t.punct != '-' {
			return false
		}
		if !equalFold(p.text(j), "who") {
			continue
		}
		for _, c := range bystanderClauses {
			if p.wordsAt(j+1, c) {
				return true
			}
		}
		return false
	}
	return false
}

// wordsAt: the tokens from k are ws (as written, in any case).
func (p *parser) wordsAt(k int, ws []string) bool {
	for x, w := range ws {
		if !equalFold(p.text(k+x), w) {
			return false
		}
	}
	return true
}

// restOfTheDead reads "the other two were civilians" after a part of the
// dead told before it in the sentence ("one of the dead was a fighter, and
// the other two were civilians"): the rest of the same toll, of the group
// its noun gives. i is the number's token, val its value, end the token
// after it; 0 when the shape does not hold.
func (p *parser) restOfTheDead(i, val, end int) int {
	if w := p.text(i - 1); (w != "other" && w != "remaining") || p.word(i-2) != "the" { // "remaining" is no lexicon word
		return 0
	}
	if w := p.word(end); w != "were" && w != "was" {
		return 0
	}
	prev := p.lastToll()
	if prev == nil {
		return 0
	}
	for j := end + 1; j < len(p.toks) && j <= end+4; j++ {
		e := p.toks[j].ent()
		if e != nil && e.head != nil && e.head.cls == clsHuman && !e.mod && e.head.group != "" {
			p.add(fig{first: i - 2, last: j, numAt: i, min: ptr(val), max: ptr(val), cls: clsHuman,
				group: e.head.group, item: p.text(j), kind: prev.kind})
			return j + 1
		}
		if p.toks[j].kind != tWord || e != nil && (e.cue != 0 || e.num != nil) {
			return 0
		}
	}
	return 0
}

// labelled reads a figure after a label that ends with its cue, as in fact
// sheets and NGO tables: "Civilians killed: 19 to 31" (19..31 civilians
// killed), "Injured: at least 40", "Vehicles destroyed: 3", "Death toll:
// 36". The label must open its line or clause.
func (p *parser) labelled(f fig) int {
	j := f.first - 1
	if p.word(j) != ":" {
		return 0
	}
	j = p.labelNote(j - 1)
	if j < 0 || p.toks[j].ent() == nil || p.toks[j].ent().cue == 0 {
		return 0
	}
	c := p.toks[j].ent().cue
	j--
	if labelVerb(p.text(j)) {
		j-- // "Civilians reported killed:"
	}
	var h *head
	civ := false
	if j >= 0 && p.toks[j].ent() != nil && p.toks[j].ent().head != nil {
		h = p.toks[j].ent().head // "Civilians killed:"
		j--
	} else if p.word(j) == "death" && c == cueToll {
		j-- // "Death toll:"
	} else if e := p.toks[max(j, 0)].ent(); j >= 0 && e != nil && e.mod && e.civilian {
		civ = true // "Civilian deaths:"
		j--
	}
	if strings.EqualFold(p.text(j), "total") {
		j-- // "Total deaths reported:"
	}
	if j >= 0 && p.toks[j].kind != tPunct {
		return 0
	}
	human := c == cueKilled || c == cueInjured || c == cueToll
	switch {
	case h != nil && h.cls == clsHuman && human:
		f.cls, f.group, f.item = clsHuman, h.group, p.text(j+1)
		if f.group == "" {
			f.group = model.GroupUnknown
		}
	case civ && human:
		f.cls, f.group, f.item = clsHuman, model.GroupCivilians, p.text(j+1)
	case h != nil && h.cls == clsVehicle && !human:
		f.cls, f.item = clsVehicle, p.text(j+1)
	case h == nil && human:
		f.cls, f.group = clsHuman, model.GroupUnknown
		if p.allOfGroup(f.last+1) == model.GroupCivilians {
			f.group = model.GroupCivilians // "Killed: 5 to 7, all civilians" ("all fighters" stays unknown)
		}
	default:
		return 0
	}
	f.kind = kindOf(c, f.cls)
	f.bare = h == nil
	p.add(f)
	return f.last + 1
}

// labelNote skips back from token k over what may stand between a label's
// cue and its colon: a note in brackets ("Civilian deaths (Ledger
// estimate):") and a reporting word ("Total deaths reported:"). It returns
// the token before them.
func (p *parser) labelNote(k int) int {
	if p.word(k) == ")" {
		for j := k - 1; j >= 0 && j >= k-8; j-- {
			if p.word(j) == "(" {
				k = j - 1
				break
			}
		}
	}
	if labelVerb(p.text(k)) {
		k--
	}
	return k
}

// labelVerb: the words of a fact sheet's label that say how a figure is
// known ("reported", "confirmed"), not what it counts.
func labelVerb(w string) bool {
	for _, v := range [...]string{"reported", "confirmed", "documented", "verified", "estimated"} {
		if strings.EqualFold(w, v) {
			return true
		}
	}
	return false
}

// numberAt reads "put the number of dead civilians at 31" (31 civilians
// killed), "the number of wounded at 40", "put the toll at 36": a bare
// figure after "at" that a count noun a few words back introduces.
func (p *parser) numberAt(f fig) int {
	at := f.first - 1 // "at" or "to"
	width := 7
	revised, put := false, false
	switch {
	case p.word(at) == "at" && p.putSubject(at):
		width, put = 20, true // "puts the number killed across all the sites hit during the night at 57"
	case p.word(at) == "at":
	case p.word(at) == "is" || p.word(at) == "was":
		// "the number of wounded is 43"
	case p.word(at) == "to" && isRiseVerb(p.word(at-1)):
		width = 20 // "the number of civilians killed in Wednesday's strike has risen to 22"
	case p.word(at) == "reached":
		width = 20 // "the number of wounded reached 19"
	case p.word(at) == "to" && p.revisedBefore(at):
		// "the toll was revised on Friday to 74", "revised the number of
		// people it says were killed in the strike to 74"
		width, revised = 20, true
	default:
		return 0
	}
	start := -1
	from := at // where the look-back starts
	if width == 7 && p.word(at) != "at" {
		from = p.asideStart(at) // "the monitor's own count, based on hospital records, is 61"
	}
	for j := from - 1; j >= 0 && j >= from-width; j-- {
		if t := &p.toks[j]; t.kind == tPunct && (width == 7 || t.punct != '\'' && t.punct != '-') {
			if width == 7 {
				return 0
			}
			break // a long subject may still hold the toll (tollSubject)
		}
		switch p.toks[j].lit() {
		case "number", "count", "toll", "tally":
			start = j
		case "dead", "wounded", "injured":
			if revised && p.word(j-1) == "the" {
				start = j // "bringing the dead to two"
			}
		}
		if start >= 0 {
			break
		}
	}
	if start < 0 && width == 20 {
		// a long subject: "The death toll of the strikes that hit positions
		// and warehouses of the militias in and around the city, in the
		// eastern countryside, at dawn on Sunday has risen to 11"
		start = p.tollSubject(at - 1)
	}
	if start < 0 && revised {
		if end := p.tollObject(f); end > 0 {
			return end
		}
		return p.raisedIt(f, at)
	}
	if start < 0 {
		return 0
	}
	// the counted noun is the one of "number of [dead] civilians [killed]";
	// the cue, the first one after the start
	var c cue
	var h *head
	stop := from // (not into an aside: "its count, based on what relatives say, is 9")
	if width > 7 {
		stop = min(at, start+5)
	}
	if revised {
		stop = min(at, start+8) // "the number of people it says were killed"
	}
	cueStop := stop
	if width > 7 {
		// the cue may come later than the noun: "the number of service
		// members diagnosed with traumatic brain injuries has climbed to 109"
		cueStop = min(at, start+12)
	}
	for j := start; j < max(stop, cueStop); j++ {
		e := p.toks[j].ent()
		if e == nil {
			continue
		}
		if e.cue != 0 && c == 0 {
			c = e.cue
		}
		if j >= stop {
			continue
		}
		if e.head != nil && !e.mod && (width == 7 || h == nil && p.word(start+1) == "of") {
			if (p.word(start) == "toll" || p.word(start) == "tally") && e.head.cls == clsStrike {
				continue // "the death toll of the strikes": the event, not what is counted
			}
			h = e.head
			f.item = p.text(j)
		}
	}
	cls := clsHuman
	if h != nil {
		cls = h.cls
	}
	kind := ""
	if c != 0 {
		kind = kindOf(c, cls)
	} else if h == nil && (p.word(start) == "count" || p.word(start) == "tally") && countOwner(p.text(start-1)) {
		kind = p.referredTollKind() // "reported 53 dead. Its own count is 61"
	} else if h != nil && p.word(start) == "number" && !p.cumulative(start+1) && !p.cumulative(f.last+1) {
		kind = countedEvents(h.cls) // "put the number of strikes at 14"
	}
	if kind == "" {
		return 0
	}
	f.cls, f.kind, f.bare = cls, kind, h == nil
	if cls == clsHuman {
		f.group = model.GroupUnknown
		if h != nil && h.group != "" {
			f.group = h.group
		}
		if h == nil && width == 20 && !put {
			f.group = p.raisedTollGroup(f) // "one civilian killed; the toll has since risen to two"
		}
		if h == nil && p.civilianToll(start) {
			f.group = model.GroupCivilians // "the civilian death toll has risen to 42"
		}
		if g := p.allOfGroup(f.last + 1); g != "" {
			f.group = g // "the toll rose to three, all of them civilians"
		}
	}
	if width == 7 || put {
		f.first = start
	}
	p.add(f)
	return f.last + 1
}

// countedEvents is the kind of a count of events of class cls, whatever
// befell them: strikes or engagements; "" for other classes.
func countedEvents(cls class) string {
	switch cls {
	case clsStrike:
		return model.CountStrikes
	case clsEngagement:
		return model.CountEngagements
	}
	return ""
}

// raisedTollGroup is the group of a bare toll that a rise or revision
// sets: that of the toll it changes, the largest earlier figure of its kind
// (in the sentence, else the passage) not above it ("four people were
// killed, among them two patients ... bringing the toll to five": the
// civilians of the four). Unknown when that figure names none.
func (p *parser) raisedTollGroup(f fig) string {
	if !f.min.ok {
		return model.GroupUnknown
	}
	best, group := -1, model.GroupUnknown
	consider := func(kind, g string, lo bound) {
		if kind == f.kind && lo.ok && lo.v <= f.min.v && lo.v > best {
			best, group = lo.v, g
		}
	}
	for i := range p.figs {
		if g := &p.figs[i]; g.cls == clsHuman && !g.drop {
			consider(g.kind, g.group, g.min)
		}
	}
	if best < 0 {
		for _, c := range p.prev {
			if c.Min != nil {
				consider(c.Kind, c.Group, ptr(*c.Min))
			}
		}
	}
	if group == "" || group == model.GroupMixed {
		return model.GroupUnknown
	}
	return group
}

// subjectTollCue is the cue of a toll subject that a rise or revision
// verb sets to the figure at first ("the number of people killed when
// ... on Wednesday morning has risen to 13 civilians", "the death toll
// from ..., a town in ..., has climbed to 61 civilians"), or 0.
func (p *parser) subjectTollCue(first int) cue {
	at := first - 1
	if p.word(at) != "to" || !isRiseVerb(p.word(at-1)) && !p.revisedBefore(at) {
		return 0
	}
	start := p.tollSubject(at - 1)
	if start < 0 {
		return 0
	}
	if w := p.word(start); w == "toll" || w == "tally" {
		return cueToll // "the death toll"
	}
	for j := start + 1; j < at && j <= start+12; j++ {
		if e := p.toks[j].ent(); e != nil && e.cue != 0 && familyOK(e.cue, true) {
			return e.cue // "the number of people killed"
		}
	}
	return 0
}

// tollObject reads a bare figure that a revision verb sets before naming
// the toll: "raised to six the number of people killed", "revised to 40
// the death toll". It returns the token after the toll's words, or 0.
func (p *parser) tollObject(f fig) int {
	j := f.last + 1
	if p.word(j) != "the" {
		return 0
	}
	j++
	if p.word(j) == "death" {
		j++
	}
	var c cue
	var h *head
	switch p.word(j) {
	case "toll", "tally":
		c = cueToll
	case "number", "count":
		if p.word(j+1) != "of" {
			return 0
		}
	default:
		return 0
	}
	end := j + 1
	for k := j + 1; k < len(p.toks) && k <= j+5 && c == 0; k++ {
		e := p.toks[k].ent()
		if e == nil {
			continue
		}
		if e.head != nil && !e.mod && h == nil {
			h, f.item = e.head, p.text(k)
		}
		if e.cue != 0 && familyOK(e.cue, true) {
			c, end = e.cue, k+1 // "the number of people killed", "the number of wounded"
		}
	}
	if c == 0 || h != nil && h.cls != clsHuman {
		return 0
	}
	f.cls, f.kind, f.bare, f.group = clsHuman, kindOf(c, clsHuman), h == nil, model.GroupUnknown
	if h != nil && h.group != "" {
		f.group = h.group
	}
	p.add(f)
	return end
}

// raisedIt reads "raised it to nine" after a toll ("put the toll at four,
// then raised it to nine"): "it" is the toll of the last figure of people,
// which the figure replaces, of its kind and group.
func (p *parser) raisedIt(f fig, at int) int {
	if !strings.EqualFold(p.text(at-1), "it") || !isRevisionVerb(p.word(at-2)) {
		return 0
	}
	h := p.lastFig() // (a bare "toll at four" too)
	if h == nil || h.cls != clsHuman || h.kind != model.CountKilled && h.kind != model.CountInjured {
		return 0
	}
	f.cls, f.kind, f.group, f.item, f.bare = clsHuman, h.kind, h.group, h.item, true
	p.add(f)
	return f.last + 1
}

// asideStart is where the subject of "is" at k ends when a comma aside
// stands between them ("the count, based on hospital records, is 61"):
// the comma that opens the aside, at most 16 tokens back with no other
// punctuation between; else k.
func (p *parser) asideStart(k int) int {
	if k < 1 || p.word(k-1) != "," {
		return k
	}
	for j := k - 2; j >= 1 && j >= k-17; j-- {
		t := &p.toks[j]
		if t.kind == tNum {
			return k
		}
		if t.kind != tPunct {
			continue
		}
		if t.punct == ',' {
			return j
		}
		return k
	}
	return k
}

// countOwner: a word before "count" that makes it a source's figure of the
// dead ("its own count", "the latest tally"), not a count of something else
// ("the vote count").
func countOwner(w string) bool {
	for _, o := range [...]string{"the", "its", "their", "our", "his", "her", "own",
		"official", "latest", "new", "final", "independent", "separate"} {
		if strings.EqualFold(w, o) {
			return true
		}
	}
	return false
}

// referredTollKind is the kind of the toll a bare "count" or "tally" with
// no word of its own refers to: that of the last figure of people in the
// sentence, else in the passage before it (killed or injured), else "".
func (p *parser) referredTollKind() string {
	if h := p.lastFig(); h != nil && h.cls == clsHuman && (h.kind == model.CountKilled || h.kind == model.CountInjured) {
		return h.kind
	}
	for i := len(p.prev) - 1; i >= 0; i-- {
		if k := p.prev[i].Kind; k == model.CountKilled || k == model.CountInjured {
			return k
		}
	}
	return ""
}

// colonParts splits a toll of no group by the list a colon opens after it:
// "killed five people: the two gunmen and three passers-by" (2 militants,
// 3 civilians), "...: four soldiers and the driver" (the one person "the"
// names counts 1). The parts take the toll's kind only when they add up to
// it exactly, so a list of anything else is left alone.
func (p *parser) colonParts() {
	for k := range p.figs {
		a := &p.figs[k]
		if a.drop || a.cls != clsHuman || a.group != model.GroupUnknown || a.bare ||
			a.kind != model.CountKilled && a.kind != model.CountInjured ||
			!a.min.ok || !a.max.ok || a.min.v != a.max.v || p.word(a.last+1) != ":" {
			continue
		}
		p.splitByColon(k)
		return // (one breakdown a sentence)
	}
}

// splitByColon gives the parts of the list after toll k's colon its kind,
// reading numbered figures already parsed and singular "the <noun>" items.
func (p *parser) splitByColon(k int) {
	a := p.figs[k]
	n := len(p.figs)
	sum := 0
	var parts []int // figures of the list (indices), new ones appended
	for j := a.last + 2; j < len(p.toks); j++ {
		t := &p.toks[j]
		if t.kind == tPunct && (t.punct == ';' || t.punct == '.' || t.punct == ':') {
			break
		}
		if i := p.figAt(j); i >= 0 {
			b := &p.figs[i]
			if b.drop || b.cls != clsHuman || b.kind != "" && b.kind != a.kind || !b.min.ok || !b.max.ok || b.min.v != b.max.v {
				p.figs = p.figs[:n]
				return
			}
			parts, sum, j = append(parts, i), sum+b.min.v, b.last
			continue
		}
		if p.word(j) != "the" || j > a.last+2 && p.word(j-1) != "and" && p.word(j-1) != "," {
			continue
		}
		h := p.headAfter(j + 1)
		if h.at < 0 || h.head.cls != clsHuman || !h.head.one || h.group() == "" || h.at > j+3 {
			continue
		}
		p.figs = append(p.figs, fig{first: j, last: h.at, numAt: j, min: ptr(1), max: ptr(1),
			cls: clsHuman, group: h.group(), item: p.text(h.at)})
		parts, sum, j = append(parts, len(p.figs)-1), sum+1, h.at
	}
	if len(parts) < 2 || sum != a.min.v {
		p.figs = p.figs[:n]
		return
	}
	for _, i := range parts {
		p.figs[i].kind = a.kind
		if p.figs[i].group == "" {
			p.figs[i].group = model.GroupUnknown
		}
	}
}

// revisedBefore reports a verb that sets a toll to a new figure in the 20
// tokens before "to" at k ("revised", "lowered", "raises", "bringing"),
// with no clause punctuation between.
func (p *parser) revisedBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-20; j-- {
		if t := &p.toks[j]; t.kind == tPunct && t.punct != '\'' && t.punct != '-' || t.kind == tNum {
			return false
		}
		if isRevisionVerb(p.word(j)) {
			return true
		}
	}
	return false
}

// putSubject reports, in the 20 tokens before "at" at k, "put the number"
// (or "puts the death toll", "putting the count") with no number or clause
// punctuation between: the verb that sets a count to the figure after "at"
// however long the phrase that says what is counted.
func (p *parser) putSubject(k int) bool {
	for j := k - 1; j >= 2 && j >= k-20; j-- {
		if t := &p.toks[j]; t.kind == tPunct && t.punct != '\'' && t.punct != '-' || t.kind == tNum {
			return false
		}
		switch p.word(j) {
		case "number", "count", "toll", "tally":
		default:
			continue
		}
		d := j - 1
		if p.word(d) == "death" {
			d-- // "the death toll"
		}
		return d >= 1 && p.word(d) == "the" && isPutVerb(p.word(d-1))
	}
	return false
}

// putVerbs set a count at the figure after "at" (in the lexer's vocabulary).
var putVerbs = []string{"put", "puts", "putting"}

// isPutVerb: w is one of putVerbs.
func isPutVerb(w string) bool { return slices.Contains(putVerbs, w) }

// revisionVerbs set a count to the figure after "to" (the lexer's
// vocabulary holds them: see functionWords).
var revisionVerbs = []string{"revised", "revises", "revising", "raised", "raises", "raising",
	"lowered", "lowers", "lowering", "corrected", "updated", "brought", "bringing", "brings"}

// isRevisionVerb: w is one of revisionVerbs.
func isRevisionVerb(w string) bool { return slices.Contains(revisionVerbs, w) }

// tollSubject finds, in the 48 tokens before the rise verb at token k, a
// subject "the death toll" (or "tally") that opens the sentence or a
// clause after "that" or a comma, with no number, quote or clause
// punctuation but commas between; it returns the token of "toll" or -1.
func (p *parser) tollSubject(k int) int {
	for j := k - 1; j >= 1 && j >= k-48; j-- {
		t := &p.toks[j]
		if t.kind == tNum && p.dayOfMonth(j) {
			continue // "after the January 8 attack": a date, not a figure
		}
		if t.kind == tPunct && t.punct != ',' && t.punct != '-' && t.punct != '\'' || t.kind == tNum {
			return -1
		}
		if e := t.ent(); e != nil && e.num != nil {
			return -1
		}
		switch p.word(j) {
		case "toll", "tally":
		case "number", "count":
			// "The number of soldiers injured in the attack on the base,
			// which lies west of the town, has climbed to 109"
			if p.word(j+1) != "of" || p.word(j-1) != "the" {
				return -1
			}
			if b := j - 2; b < 0 || p.word(b) == "that" || p.toks[b].kind == tPunct {
				return j
			}
			return -1
		default:
			continue
		}
		if p.word(j-1) != "death" || p.word(j-2) != "the" {
			return -1
		}
		if b := j - 3; b < 0 || p.word(b) == "that" || p.toks[b].kind == tPunct {
			return j
		}
		return -1
	}
	return -1
}

// dayOfMonth reports a number right after a capitalised month name: "January
// 8" is a day.
func (p *parser) dayOfMonth(j int) bool {
	b := &p.toks[max(j-1, 0)]
	return j > 0 && b.ent() != nil && b.ent().month && b.cap
}

// civilianContext: people whose noun does not say who they were ("people",
// "persons", a bare "killing 14") killed or injured in a sentence that
// names a civilian place ("at the bakery", "a market", "their homes") or a
// civilian vehicle ("a civilian car") are
// civilians, as the gold annotates them; not when the sentence counts
// militants too.
func (p *parser) civilianContext() {
	cand := false
	for k := range p.figs {
		f := &p.figs[k]
		if f.cls == clsHuman && (f.kind == model.CountKilled || f.kind == model.CountInjured) {
			if f.group == model.GroupMilitants {
				return
			}
			if (f.group == "" || f.group == model.GroupUnknown) && (f.bare || isPeopleNoun(f.item)) {
				cand = true
			}
		}
	}
	if !cand {
		return
	}
	place := false
	for k := range p.toks {
		e := p.toks[k].ent()
		if e != nil && e.civPlace && !p.careIdiom(k) {
			place = true
			break
		}
		if e != nil && e.civilian && k+1 < len(p.toks) {
			// a civilian vehicle: "struck a civilian car, killing two people"
			if n := p.toks[k+1].ent(); n != nil && n.head != nil && n.head.cls == clsVehicle {
				place = true
				break
			}
		}
	}
	if !place {
		return
	}
	for k := range p.figs {
		f := &p.figs[k]
		if f.cls == clsHuman && (f.group == "" || f.group == model.GroupUnknown) && (f.bare || isPeopleNoun(f.item)) {
			f.group, f.byPlace = model.GroupCivilians, true
		}
	}
}

// childParts: children (or women) counted as a part of a figure that is
// not one of civilians ("three occupants killed, one of them a child", "20
// people were killed, eight of them children") are the civilians among
// that figure. Of a toll of "people" (or a bare toll) they are only the
// civilians known to be among the dead: at least that many, since the
// others may be civilians too, also when only the place made the people
// civilians ("the raid on the clinic killed nine people, three of them
// children": at least three civilians). Parts of a figure of civilians ("16 civilians, among them 5
// children") stay children.
func (p *parser) childParts() {
	whole := -1 // the last figure of people that is not a part
	for k := range p.figs {
		f := &p.figs[k]
		if f.drop || f.cls != clsHuman || f.kind == "" {
			continue
		}
		if !p.partOf(f) {
			whole = k
			if f.group == model.GroupChildren && f.kind == model.CountKilled && p.onlyWhole(k) {
				f.group = model.GroupCivilians // "killing two children": the civilians killed
			}
			continue
		}
		if whole < 0 {
			continue
		}
		// a medic among people is a civilian too ("three people, including a nurse")
		child := f.group == model.GroupChildren || f.group == model.GroupMedics && p.figs[whole].group != model.GroupMedics
		if !child && !civilianKind(f.item) && !p.civilianByTrade(f) {
			continue
		}
		if w := &p.figs[whole]; w.kind == f.kind && (w.group != model.GroupCivilians && w.group != model.GroupChildren ||
			w.byPlace && child) {
			f.group = model.GroupCivilians
			if w.bare || isPeopleNoun(w.item) {
				f.max = bound{} // "nine people, including three children": at least three civilians
			}
		}
	}
}

// onlyWhole reports figure k as the only figure of people of its kind in
// the sentence.
func (p *parser) onlyWhole(k int) bool {
	for m := range p.figs {
		if g := &p.figs[m]; m != k && !g.drop && g.cls == clsHuman && g.kind == p.figs[k].kind {
			return false
		}
	}
	return true
}

// civilianKind: nouns of people who are civilians by who they are, a
// part of the civilians among the dead, not a count of them all.
// civilianByTrade reports a part named after "including" or "among them"
// that is civilian by what the people are ("a schoolteacher"), not by the
// word "civilian": "three people, among them a schoolteacher" are at least
// one civilian, where "including a civilian driver" tells the civilians
// exactly, and so does "two of whom were farmers".
func (p *parser) civilianByTrade(f *fig) bool {
	if f.group != model.GroupCivilians || !p.introducedBy(f.first) {
		return false
	}
	for k := f.first; k <= f.last; k++ {
		if w := p.text(k); equalFold("civilian", w) || equalFold("civilians", w) {
			return false
		}
	}
	return true
}

func civilianKind(item string) bool {
	return item == "women" || item == "woman"
}

func isPeopleNoun(item string) bool {
	switch item {
	case "people", "People", "persons", "Persons", "person", "individuals", "Individuals", "bodies":
		return true
	}
	return false
}

// partsAmongDead: people said to be among the dead ("two children are among
// the dead", "the dead included a doctor and two nurses", "among the
// victims were three women") are some of the dead, not all of them: at least
// that many, and children or women among them are civilians.
func (p *parser) partsAmongDead() {
	for k := range p.figs {
		f := &p.figs[k]
		if f.drop || f.cls != clsHuman || !f.min.ok || f.max.ok && f.max.v != f.min.v {
			continue
		}
		kind := p.amongDeadAfter(f.last)
		if kind == "" {
			kind = p.deadIncludedBefore(f.first)
		}
		if kind == "" || kind != f.kind {
			continue
		}
		f.max = bound{}
		if f.group == model.GroupChildren || civilianKind(f.item) {
			f.group = model.GroupCivilians
		}
	}
}

// amongDeadAfter reads "are/were among the dead" (or "those killed", "the
// victims", "the wounded") after token k and returns the kind of the toll
// named, "" if none.
func (p *parser) amongDeadAfter(k int) string {
	j := p.placeOfOriginEnd(k) + 1
	if !isCopula(p.word(j)) {
		return ""
	}
	if p.word(j+1) == "also" {
		j++
	}
	if p.word(j+1) != "among" {
		return ""
	}
	return p.tollNoun(j+2, j+3)
}

// ofWhomGroup reads a fact sheet's part of a toll with the group before
// its figure: "Killed: 4-7, of whom civilians 3-6" (3..6 civilians
// killed), "Injured: 12, of whom children 5".
func (p *parser) ofWhomGroup() {
	for k := range p.figs {
		a := p.figs[k]
		if a.drop || a.cls != clsHuman || a.kind != model.CountKilled && a.kind != model.CountInjured {
			continue
		}
		j := a.last + 1
		if p.word(j) != "," || p.word(j+1) != "of" || p.word(j+2) != "whom" {
			continue
		}
		e := p.toks[min(j+3, len(p.toks)-1)].ent()
		if j+3 >= len(p.toks) || e == nil || e.head == nil || e.head.cls != clsHuman || e.head.group == "" {
			continue
		}
		lo, hi, end, ok := p.numberRange(j + 4)
		if !ok {
			continue
		}
		p.add(fig{first: j + 3, numAt: j + 4, last: end - 1, cls: clsHuman, kind: a.kind,
			group: e.head.group, item: p.text(j + 3), min: bound{lo, true}, max: bound{hi, true}})
		return // (one part a sentence)
	}
}

// numberRange reads "3", "3-6" or "3 to 6" at i and returns its bounds and
// the token after it.
func (p *parser) numberRange(i int) (lo, hi, end int, ok bool) {
	lo, vague, end, ok := p.number(i)
	if !ok || vague {
		return 0, 0, i, false
	}
	hi = lo
	if w := p.word(end); w == "-" || w == "to" {
		if v, vg, e2, ok2 := p.number(end + 1); ok2 && !vg && v >= lo {
			hi, end = v, e2
		}
	}
	return lo, hi, end, true
}

// civilianHarmLabel gives the tolls of no group listed after a fact
// sheet's label of civilian harm the civilians' group: "Civilian harm
// reported: 3 - 4 killed, 2 injured", "Civilian casualties: 5 killed".
// The label must open the sentence, so a figure merely after a colon is
// left alone.
func (p *parser) civilianHarmLabel() {
	colon := p.civilianHarmColon()
	if colon < 0 {
		return
	}
	for k := range p.figs {
		f := &p.figs[k]
		if f.drop || f.first <= colon || f.cls != clsHuman || f.group != "" && f.group != model.GroupUnknown ||
			f.kind != model.CountKilled && f.kind != model.CountInjured {
			continue
		}
		if p.clauseEndBetween(colon, f.first) {
			break
		}
		f.group = model.GroupCivilians
	}
}

// civilianHarmColon is the colon of a label "Civilian harm [reported]:" or
// "Civilian casualties:" that opens the sentence, or -1.
func (p *parser) civilianHarmColon() int {
	e := p.toks[0].ent()
	if len(p.toks) < 4 || e == nil || !e.mod || !e.civilian {
		return -1
	}
	if w := p.text(1); !equalFold("harm", w) && !equalFold("casualties", w) {
		return -1
	}
	j := 2
	if labelVerb(p.text(j)) {
		j++
	}
	if p.word(j) != ":" {
		return -1
	}
	return j
}

// clauseEndBetween reports a full stop or semicolon between tokens a and b.
func (p *parser) clauseEndBetween(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if t := &p.toks[j]; t.kind == tPunct && (t.punct == '.' || t.punct == ';') {
			return true
		}
	}
	return false
}

// placeOfOriginEnd skips a short phrase of origin after the noun at k,
// "three shepherds from a village on the edge of the wadi were among the
// dead", and returns its last token; k when there is none. It stops at
// punctuation, a number or a relative word, so a clause of its own is not
// skipped.
func (p *parser) placeOfOriginEnd(k int) int {
	if p.word(k+1) != "from" {
		return k
	}
	for j := k + 2; j < len(p.toks) && j <= k+12; j++ {
		t := &p.toks[j]
		if t.kind != tWord {
			return k
		}
		switch t.lit() {
		case "who", "which", "that", "and":
			return k
		}
		if isCopula(p.word(j + 1)) {
			return j
		}
	}
	return k
}

// deadIncludedBefore reads "the dead included" or "among the dead were"
// ending just before token k and returns the kind of the toll named.
func (p *parser) deadIncludedBefore(k int) string {
	switch {
	case p.includesVerb(k - 1):
		return p.tollNoun(k-3, k-2)
	case isCopula(p.word(k-1)) && p.word(k-4) == "among":
		return p.tollNoun(k-3, k-2)
	}
	return ""
}

// tollNoun reads "the dead", "the victims", "the fatalities", "the
// wounded", "the injured" at tokens det, noun and returns the kind it
// names. "Those killed" is left out: "three farmers were among those killed
// when the jets bombed the valley" is annotated as the civilians' toll
// itself, not a lower bound.
func (p *parser) tollNoun(det, noun int) string {
	if !equalFold("the", p.text(det)) {
		return ""
	}
	w := p.text(noun)
	switch {
	case equalFold("dead", w), equalFold("victims", w), equalFold("fatalities", w):
		return model.CountKilled
	case equalFold("wounded", w), equalFold("injured", w):
		return model.CountInjured
	}
	return ""
}

func (p *parser) includesVerb(k int) bool {
	w := p.text(k)
	return equalFold("included", w) || equalFold("include", w) || equalFold("includes", w)
}

func isCopula(w string) bool {
	return w == "are" || w == "were" || w == "is" || w == "was"
}

// locativeWords: a preposition of place before "one of them" makes it the
// place of something else ("parked outside one of them", "a fire broke out
// in two of them"), not a count.
var locativeWords = []string{"outside", "inside", "near", "beside", "behind", "in", "at", "into", "onto", "on", "from"}

// placeOfThem reports the number at [i, end) as "N of them/those/these"
// right after a preposition of place.
func (p *parser) placeOfThem(i, end int) bool {
	if i == 0 || p.word(end) != "of" {
		return false
	}
	if w := p.text(end + 1); !equalFold("them", w) && !equalFold("those", w) && !equalFold("these", w) {
		return false
	}
	b := p.text(i - 1)
	for _, l := range locativeWords {
		if equalFold(l, b) {
			return true
		}
	}
	return false
}

// oneAndTheOther reads the two dead of a told toll of two named one by one:
// "one of the two was a militia commander but the other a farmer" gives a
// figure of one for each person whose group the words tell (1 militant, 1
// civilian), of the toll's kind.
func (p *parser) oneAndTheOther(f fig, size, k int) int {
	if size != 2 || !f.min.ok || f.min.v != 1 || p.lastHuman() != nil {
		return 0
	}
	if w := p.word(k); w != "was" && w != "is" {
		return 0
	}
	toll := p.latestTollPast(size)
	if toll == nil {
		return 0
	}
	first, g1 := p.personAt(k + 1)
	if first < 0 {
		return 0
	}
	m := first + 1
	for ; m < len(p.toks) && m <= first+4; m++ {
		if p.word(m) == "the" && equalFold("other", p.text(m+1)) {
			break
		}
	}
	if m > first+4 || m >= len(p.toks) {
		return 0
	}
	j := m + 2
	if w := p.word(j); w == "was" || w == "is" {
		j++
	}
	second, g2 := p.personAt(j)
	if second < 0 {
		return 0
	}
	one := bound{v: 1, ok: true}
	if g1 != "" {
		p.add(fig{first: f.first, last: first, numAt: f.numAt, min: one, max: one, cls: clsHuman,
			group: g1, item: p.text(first), kind: toll.Kind})
	}
	if g2 != "" {
		p.add(fig{first: m, last: second, numAt: m, min: one, max: one, cls: clsHuman,
			group: g2, item: p.text(second), kind: toll.Kind})
	}
	return second + 1
}

// personAt reads "a [modifiers] noun" of one person at token k: the noun's
// token and the group its words give ("" when none), or -1.
func (p *parser) personAt(k int) (int, string) {
	if w := p.word(k); w != "a" && w != "an" {
		return -1, ""
	}
	group := ""
	for j := k + 1; j < len(p.toks) && j <= k+4; j++ {
		e := p.toks[j].ent()
		if p.toks[j].kind == tPunct || e != nil && e.cue != 0 {
			return -1, ""
		}
		if e == nil {
			continue // "municipal", a name
		}
		if e.head != nil && e.head.cls == clsHuman && e.head.one {
			if g := e.head.group; g == model.GroupMilitants || g == model.GroupCivilians {
				group = g
			}
			return j, group
		}
		switch {
		case e.militant:
			group = model.GroupMilitants
		case e.civilian:
			group = model.GroupCivilians
		}
	}
	return -1, ""
}

// latestTollPast is latestTollOf past the parts told after the toll ("two
// fighters, one of them a leader": the toll of two).
func (p *parser) latestTollPast(size int) *model.Count {
	for k := len(p.prev) - 1; k >= 0 && k >= len(p.prev)-8; k-- {
		c := &p.prev[k]
		if c.Kind != model.CountKilled && c.Kind != model.CountInjured || c.Min == nil || c.Max == nil {
			continue
		}
		if *c.Min == size && *c.Max == size {
			return c
		}
		if *c.Max >= size {
			return nil
		}
	}
	return nil
}
