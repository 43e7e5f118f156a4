package extract

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/model"
)

// Kinds of arm a report may point back to with a bare noun ("the jets",
// "the drone", "the helicopters").
const (
	armAircraft = iota
	armHelicopter
	armDrone
	armKinds
)

// ambiguousArm marks a kind of arm the report has given to two actors:
// "the jets" then names neither.
const ambiguousArm = "?"

// armWordKinds map the head of a bare arm to its kind.
var armWordKinds = map[string]int{
	"aircraft": armAircraft, "jets": armAircraft, "jet": armAircraft, "warplanes": armAircraft,
	"warplane": armAircraft, "planes": armAircraft, "plane": armAircraft,
	"bombers": armAircraft, "bomber": armAircraft,
	"helicopters": armHelicopter, "helicopter": armHelicopter, "gunships": armHelicopter, "gunship": armHelicopter,
	"drones": armDrone, "drone": armDrone, "uav": armDrone, "uavs": armDrone,
}

// armWordsFilter turns away, before the map look-up, most of the tokens
// noteArms reads (every token of a claim's clause).
var armWordsFilter = func() wordFilter {
	var f wordFilter
	for w := range armWordKinds {
		f.add(w)
	}
	return f
}()

// definiteArm: the determiners of an arm named before ("the drone", "these
// jets"); "a drone" may be another one.
var definiteArm = words("the", "these", "those", "this", "that")

// armMemory holds, for each speaker and kind of arm, the one actor that
// speaker's claims have said struck with it. A bare "the drone" points back
// only to its own speaker's account: residents who say "the drone fired"
// after a ministry named a Turkish drone have named no one. It is reset
// with the document (it lives in docState).
type armMemory map[string]*[armKinds]string // "" none yet, ambiguousArm when two actors

// note records that a claim asserts actor struck with an arm of the kind.
// An actor that a recorded one includes, or that includes it, is the same
// side: the more specific is kept ("Iraqi jets", then "Iraqi Air Force
// F-16s").
func (am *armMemory) note(r *actors.Registry, speaker string, kind int, actor string) {
	if *am == nil {
		*am = armMemory{}
	}
	arms := (*am)[speaker]
	if arms == nil {
		arms = new([armKinds]string)
		(*am)[speaker] = arms
	}
	cur := arms[kind]
	switch {
	case cur == "" || slices.Contains(r.Ancestors(actor), cur):
		arms[kind] = actor
	case cur == ambiguousArm || cur == actor || slices.Contains(r.Ancestors(cur), actor):
	default:
		arms[kind] = ambiguousArm
	}
}

// resolved returns the one actor of the kind the speaker named, or "".
func (am armMemory) resolved(speaker string, kind int) string {
	if arms := am[speaker]; arms != nil && arms[kind] != ambiguousArm {
		return arms[kind]
	}
	return ""
}

// noteArms records the arms of a claim that asserts one actor: those its
// clause names as the ones that struck ("a Turkish drone struck", "a strike
// by an American drone", "Iraqi F-16s"). An arm that only names the kind
// of strike ("a U.S. drone strike") is no drone a later "the drone" can
// point back to.
func (st *docState) noteArms(c model.Claim, toks []token, cl clause) {
	if len(c.PerpetratorsAsserted) != 1 || c.PerpetratorsAsserted[0] == "unknown" || c.Stance != model.StanceAsserts && c.Stance != model.StanceConfirms {
		return
	}
	actor := c.PerpetratorsAsserted[0]
	named := false
	for t := cl.from; t < cl.to && st.cues.hasWord(cueArm); t++ {
		if !armWordsFilter.has(toks[t].Norm) {
			continue
		}
		if kind, isArm := armWordKinds[toks[t].Norm]; isArm && (t+1 >= cl.to || !strikeNouns.has(toks[t+1].Norm)) {
			st.arms.note(st.e.actors, c.Speaker, kind, actor)
			named = true
		}
	}
	if named {
		return
	}
	for t := cl.from; t+2 < cl.to && st.cues.hasWord(cueDash); t++ {
		if toks[t].Upper && toks[t+1].Norm == "-" && hasDigit(toks[t+2].Norm) {
			st.arms.note(st.e.actors, c.Speaker, armAircraft, actor) // "Iraqi F-16s"
			return
		}
	}
	if kind, isArm := actorArms[actor]; isArm {
		st.arms.note(st.e.actors, c.Speaker, kind, actor) // "army aviation struck": its helicopters
	}
}

// actorArms are the actors that are an arm of one kind.
var actorArms = map[string]int{"iraq-army-aviation": armHelicopter, "iraq-air-force": armAircraft}

// strikeNouns after an arm make it the kind of strike: "a drone strike".
var strikeNouns = words("strike", "strikes", "attack", "attacks", "raid", "raids")

// armAnaphor resolves a clause of speaker sp whose subject is a bare arm
// named before ("the F-16s had struck twice", "the drone fired two
// missiles") to the one actor sp has said struck with that kind of arm.
func (st *docState) armAnaphor(toks []token, ms []match, cl clause, sp string) string {
	if st.arms[sp] == nil {
		return "" // (most clauses: no lookup)
	}
	kind, ok := bareArmSubject(toks, ms, cl)
	if !ok {
		return ""
	}
	return st.arms.resolved(sp, kind)
}

// bareArmSubject finds a clause that opens with a definite arm and no actor,
// whose verb is a strike: "the jets struck", "the F-16 aircraft had hit".
func bareArmSubject(toks []token, ms []match, cl clause) (kind int, ok bool) {
	j := subjectStart(toks, cl)
	if j >= cl.to || !definiteArm.has(toks[j].Norm) {
		return 0, false
	}
	j++
	kind = -1
	if j+2 < cl.to && toks[j].Upper && toks[j+1].Norm == "-" && hasDigit(toks[j+2].Norm) {
		kind, j = armAircraft, j+3 // "the F-16s", "the Su-24"
	}
	if j < cl.to {
		if k, isArm := armWordKinds[toks[j].Norm]; isArm {
			kind, j = k, j+1
		}
	}
	if kind < 0 {
		return 0, false
	}
	found, neg := subjectOf(toks, ms, j, cl.to)
	return kind, found && !neg
}

// culpritStems may name who struck in a sentence with no strike word:
// "Local sources attributed them to Russian aircraft.", "It was the
// Americans." A sentence with one of them after a claim is read (a cheap
// look before tokenizing).
var culpritStems = []string{"attribut", "It was ", "it was "}

func culpritCue(sentence string) bool {
	for _, w := range culpritStems {
		if strings.Contains(sentence, w) {
			return true
		}
	}
	return false
}

// attributionVerbs put the actor after their "to" among the perpetrators.
var attributionVerbs = words("attributed", "attributes", "attributing", "attribute")

// namesCulprit reports a sentence that says who struck, or that nobody
// knows, without a strike word: "It was Russian.", "attributed them to
// Turkish drones", "the rockets came from Iran", "the drone was
// unidentified".
func namesCulprit(toks []token, ms []match) bool {
	for _, m := range ms {
		if m.E.Flags&fMention != 0 && m.E.Mention.Actor != "" && (itWasAt(toks, m, 0, len(toks), true) || attributedTo(toks, m.From) || originNamed(toks, m.From) || heldResponsible(toks, m)) {
			return true
		}
	}
	return unidentifiedArm(toks, 0, len(toks))
}

// sourceNamesCulprit reports a sentence that names an actor as where a
// weapon came from ("the missiles came from inside Iran") or whose work
// something was ("this was the work of Islamic State"), or a blame group
// as the culprit ("the evidence pointed to the YPG").
func sourceNamesCulprit(toks []token, ms []match) bool {
	for _, m := range ms {
		if m.E.Flags&fMention != 0 && m.E.Mention.Actor != "" && (originNamed(toks, m.From) || workOfActor(toks, m.From)) {
			return true
		}
	}
	g, _ := groupNamedCulprit(toks, 0, len(toks)) // "said the evidence pointed to the PYD/YPG"
	return g != ""
}

// workOfActor: the actor at t is whose work a deed was ("this was the
// work of Islamic State"; workOf reads the predicate).
func workOfActor(toks []token, t int) bool {
	p := t - 1
	for p >= 0 && (toks[p].Norm == "the" || toks[p].Norm == "a" || toks[p].Norm == "an") {
		p--
	}
	found, _ := workOf(toks, p, 0)
	return found
}

// holdVerbs blame only with "responsible" after the one held: "hold the
// Americans responsible" (not "the town held by the army").
var holdVerbs = words("held", "holds", "holding", "hold")

// accountWords close a hold-responsible frame: "held X responsible",
// "hold Tehran accountable" (heldResponsible, heldToAccount).
var accountWords = words("responsible", "accountable", "liable", "culpable")

// heldResponsible: the actor of m is held responsible ("the brigades hold
// the American forces responsible").
func heldResponsible(toks []token, m match) bool {
	p := m.From - 1
	for p >= 0 && (toks[p].Norm == "the" || toks[p].Norm == "a" || toks[p].Norm == "an") {
		p--
	}
	if p < 0 || !holdVerbs.has(toks[p].Norm) {
		return false
	}
	for r := m.To; r < len(toks) && r < m.To+4; r++ {
		if accountWords.has(toks[r].Norm) {
			return true
		}
		if !heldDegree.has(toks[r].Norm) && toks[r].Quote == 0 && !toks[r].is(classAirAgent) && toks[r].Norm != "forces" && toks[r].Norm != "side" {
			return false
		}
	}
	return false
}

// originNamed: the actor at t is where a weapon came from ("the missiles
// came from Iranian territory"): its origin names its owner.
func originNamed(toks []token, t int) bool {
	_, ok := originOf(toks, t, 0)
	return ok
}

// attributedTo: the actor at t is the "to" of an attribution verb a few
// words before ("attributed them to Russian aircraft").
func attributedTo(toks []token, t int) bool {
	p := t - 1
	for p >= 0 && (toks[p].Norm == "the" || toks[p].Norm == "a" || toks[p].Norm == "an") {
		p--
	}
	if p < 1 || toks[p].Norm != "to" {
		return false
	}
	return wordWithin(toks, attributionVerbs, 0, p, 6)
}

// unidentifiedArm: an arm said to be of unknown origin, "the drone was
// unidentified", "the aircraft were unknown".
func unidentifiedArm(toks []token, from, to int) bool {
	for t := from + 2; t < to; t++ {
		if n := toks[t].Norm; n != "unidentified" && n != "unknown" {
			continue
		}
		if c := toks[t-1].Norm; c != "was" && c != "were" && c != "is" && c != "are" && c != "remains" && c != "remained" {
			continue
		}
		if _, isArm := armWordKinds[toks[t-2].Norm]; isArm && (t+1 >= to || !toks[t+1].Word) {
			return true
		}
	}
	return sightedUnidentified(toks, from, to)
}

// sightingVerbs tell of an arm seen or heard before a blast: "had seen an
// unidentified drone over the village".
var sightingVerbs = words("seen", "saw", "seeing", "spotted", "heard", "observed")

// sightedUnidentified: an unidentified arm seen over the place, the
// speaker's account of who struck ("reported seeing an unidentified drone").
func sightedUnidentified(toks []token, from, to int) bool {
	for t := from; t+1 < to; t++ {
		if toks[t].Norm != "unidentified" {
			continue
		}
		if _, isArm := armWordKinds[toks[t+1].Norm]; isArm && wordWithin(toks, sightingVerbs, from, t, 4) {
			return true
		}
	}
	return false
}
