package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/model"
)

// passiveAux before a participle makes the mention its patient
// ("36 ISIS fighters ... were killed").
// locatives before a country name make it a place ("in Syria").
var locatives = words("in", "near", "across", "inside", "into", "over", "of", "to", "from", "throughout", "within")

// agentNouns name the men of an actor in an agent phrase ("by the heroes
// of army aviation").
var agentNouns = words("heroes", "men", "pilots", "fighters", "eagles", "falcons",
	"faction", "factions", "elements", "members", "unit", "units", "cell", "cells", "remnants",
	"terrorists", "militants", "gunmen") // "fired by a faction of the PMF", blamed "the remnants of Daesh", "the terrorists of Daesh"

// agentQualifiers may stand before an agent noun ("by a militia faction
// of the PMF", "by rogue elements of the army").
var agentQualifiers = words("militia", "armed", "rogue", "splinter", "hardline", "local", "senior", "outlaw", "unruly", "uncontrolled")

// ownerVerbs are participles whose "by" agent holds or uses the target
// ("a depot used by Iranian forces", "a base run by the IRGC").
var ownerVerbs = words("used", "run", "owned", "operated", "manned",
	"occupied", "controlled", "held", "guarded", "frequented", "built", "set",
	"established", "housed", "leased", "rented", "inhabited")

// distanceUnits measure how far a strike was from a landmark.
var distanceUnits = words("km", "kilometres", "kilometers", "kilometre", "kilometer",
	"miles", "mile", "metres", "meters", "metre", "meter", "m", "yards")

// pilotVerbs are participles whose "by" agent flies an air arm ("a drone
// operated by the Turkish army"): after an arm, that agent struck.
var pilotVerbs = words("operated", "flown", "piloted", "controlled", "launched", "sent", "owned", "belonging")

// epithets a statement puts before an actor it blames ("committed by the
// illegitimate coalition").
var epithets = words("illegitimate", "illegal", "criminal", "aggressor", "international", "hostile",
	"heroic", "valiant", "brave", "courageous", // "by our heroic F-16 pilots"
	"terrorist") // "an attack by the terrorist Daesh gangs"

// armAdjectives describe a weapon between "by" and the arm of an actor:
// "targeted by powerful and precise missiles of the Guards", "by heavy
// artillery of the army".
var armAdjectives = words("powerful", "precise", "accurate", "precision", "heavy", "guided",
	"ballistic", "cruise", "armed", "unmanned", "advanced", "several", "multiple", "intense", "and", ",")

// skipArmAdjectives steps back from q over at most four words that
// describe the arm ("powerful and precise"), and only when they end at a
// determiner or "by": elsewhere q stays.
func skipArmAdjectives(toks []token, q, from int) int {
	r := q
	for r >= from && r > q-4 && armAdjectives.has(toks[r].Norm) {
		r--
	}
	if r == q || r < from || toks[r].Norm == "and" || toks[r].Norm == "," || toks[q].Norm == "and" || toks[q].Norm == "," {
		return q
	}
	if n := toks[r].Norm; n == "by" || n == "from" || n == "the" || n == "a" || n == "an" {
		return r
	}
	return q
}

// compass words may stand between a locative and a country named as a
// place ("in northwest Syria", "across southern Iraq").
var compass = words("north", "south", "east", "west",
	"northern", "southern", "eastern", "western", "central",
	"northeast", "northwest", "southeast", "southwest",
	"northeastern", "northwestern", "southeastern", "southwestern")

// countryAsPlace: the country name at t is a place, not an actor: after a
// locative, possibly across compass words ("in northwest Syria"), or in
// apposition to a place before it ("near Sarmada, Syria," "in Afrin, Syria").
func countryAsPlace(toks []token, ms []match, t int) bool {
	// "killed in Russian airstrikes": a demonym before a strike word is
	// the attacker, whatever the preposition.
	if k, ok := matchAt(ms, t); ok {
		if k2, ok := matchAt(ms, ms[k].To); ok && ms[k2].E.Flags&(fAttackNoun|fType) != 0 {
			return false
		}
		// "injured in Iran's January 8 missile attack": the owner of the attack
		if j := ms[k].To; j+1 < len(toks) && toks[j].Norm == "'s" {
			if k2, ok := matchAt(ms, skipAttackModifiers(toks, j+1, len(toks))); ok && ms[k2].E.Flags&fAttackNoun != 0 {
				return false
			}
		}
	}
	// a state's formal name takes an article: "into the airspace of the
	// Syrian Arab Republic"
	formal := false
	if k, ok := matchAt(ms, t); ok {
		formal = ms[k].To-ms[k].From > 1
	}
	p := t - 1
	for p >= 0 && (compass.has(toks[p].Norm) || toks[p].Norm == "-" || formal && p == t-1 && toks[p].Norm == "the") {
		p--
	}
	if p >= 0 && toks[p].Norm == "to" {
		// "attributed the strike to Turkey": the agent, not a destination
		for q := p - 1; q >= 0 && q >= p-6; q-- {
			if n := toks[q].Norm; n == "attributed" || n == "attributes" || n == "attributing" || n == "attribute" || n == "belonging" {
				return false // also "a drone belonging to the Turkish side"
			}
		}
	}
	// "the aviation of the Syrian Arab Republic", "jets of Turkey": the
	// country owns the air arm before "of"
	if p >= 1 && toks[p].Norm == "of" && airArmBefore(toks, p-1) {
		return false
	}
	// "the government of Iran", "the leadership of Turkey": the country's
	// rulers, not its ground
	// ("at the request of the Government of Iraq" asks, it does not act)
	if p >= 1 && toks[p].Norm == "of" && rulerNouns.has(toks[p-1].Norm) && !afterOf(toks, p-1) {
		return false
	}
	// "militias that take orders from Iran", "with support from Turkey":
	// the "from" of a participation phrase names a side, not a place
	if p >= 0 && toks[p].Norm == "from" && particEndsAt(ms, p) {
		return false
	}
	if p >= 0 && locatives.has(toks[p].Norm) {
		return true
	}
	// "Iraq's border with Syria", "the frontier with Turkey"
	if p >= 1 && toks[p].Norm == "with" && (toks[p-1].Norm == "border" || toks[p-1].Norm == "frontier" || toks[p-1].Norm == "boundary") {
		return true
	}
	// "<Place>, <Country>": a capitalised word that names no actor, itself
	// after a locative within a few words.
	if t >= 2 && toks[t-1].Norm == "," && toks[t-2].Upper && toks[t-2].Word {
		if _, ok := matchAt(ms, t-2); ok {
			return false
		}
		for q := t - 3; q >= 0 && q >= t-6; q-- {
			if locatives.has(toks[q].Norm) || toks[q].Norm == "at" {
				return true
			}
			if n := toks[q].Norm; n == "-" || n == "al" || n == "el" || n == "ez" || n == "az" {
				continue
			}
			if !toks[q].Word || !toks[q].Upper {
				break
			}
		}
	}
	return false
}

// rulerNouns name those who rule a country: "the government of Iran".
var rulerNouns = words("government", "governments", "leadership", "rulers", "regime")

// afterOf reports "of" just before the noun phrase whose head is at h:
// "the request of the government".
func afterOf(toks []token, h int) bool {
	q := h - 1
	if q >= 0 && toks[q].Norm == "the" {
		q--
	}
	return q >= 0 && toks[q].Norm == "of"
}

// particEndsAt reports a participation phrase ("orders from", "support
// from") whose last word is at p.
func particEndsAt(ms []match, p int) bool {
	for q := p; q >= 0 && q >= p-4; q-- {
		if k, ok := matchAt(ms, q); ok && ms[k].To == p+1 && ms[k].E.Flags&fPartic != 0 {
			return true
		}
	}
	return false
}

// strikeHeads are what a relative clause of a strike may describe before
// a predicate names its owner: "the jets that bombed the market were
// Russian", "the shells which hit the school were Turkish".
var strikeHeads = words("aircraft", "jets", "warplanes", "planes", "drones", "drone", "helicopters",
	"jet", "warplane", "plane", "helicopter", "bombers", "bomber",
	"missile", "missiles", "rocket", "rockets", "shell", "shells", "bomb", "bombs", "munition", "munitions")

// relativeStrikeBefore reports a subject ending at the copula at p that is
// a strike head with a relative clause whose verb is an attack cue ("the
// jets that bombed the market were").
func relativeStrikeBefore(toks []token, ms []match, from, p int) bool {
	for r := p - 2; r > from && r >= p-10; r-- {
		n := toks[r].Norm
		if n == "," || n == ";" || n == "said" {
			return false
		}
		if n != "that" && n != "which" {
			continue
		}
		if !strikeHeads.has(toks[r-1].Norm) {
			return false
		}
		k, ok := matchAt(ms, r+1)
		return ok && ms[k].E.Flags&fAttackVerb != 0 && ms[k].E.Flags&fExcept == 0
	}
	return false
}

// heldDegree may stand between an actor held responsible and
// "responsible".
var heldDegree = words("side", "forces", "fully", "directly", "primarily", "chiefly", "mainly", "solely", "squarely", "ultimately", "entirely")

// operationNouns name an act of force without being a strike cue.
var operationNouns = words("operation", "operations", "mission", "missions", "sortie", "sorties")

// operationModifiers may stand between "no" and the operation it denies
// ("no air or ground operation").
var operationModifiers = words("air", "ground", "aerial", "military", "combat", "or", "and", "-", "kind", "type", "such")

// deniedOperation reports an operation or strike noun at q under "no" ("no
// air or ground operation", "no strikes").
func deniedOperation(toks []token, ms []match, from, q int) bool {
	if !operationNouns.has(toks[q].Norm) {
		k, ok := matchAt(ms, q)
		if !ok || ms[k].To != q+1 || ms[k].E.Flags&fAttackNoun == 0 {
			return false
		}
	}
	for r := q - 1; r >= from && r >= q-5; r-- {
		if toks[r].Norm == "no" {
			return true
		}
		if !operationModifiers.has(toks[r].Norm) {
			return false
		}
	}
	return false
}

// negatedPassiveSubject: the passive verb at f has "no" operation or
// strike for its subject, an aside between them allowed ("no operation,
// by air or by land, was carried out by our forces", "no strike had been
// conducted by Turkish jets"): its agent is denied.
func negatedPassiveSubject(toks []token, ms []match, f, from int) bool {
	r := f - 1
	for r > from && passiveSubjectAux.has(toks[r].Norm) {
		r--
	}
	if r == f-1 {
		return false // no auxiliary: not a passive
	}
	if toks[r].Norm == "," {
		q := r - 1
		for q > from && q >= r-asideSpan && toks[q].Norm != "," {
			q--
		}
		if q <= from || toks[q].Norm != "," {
			return false
		}
		r = q - 1
	}
	return r > from && deniedOperation(toks, ms, from, r)
}

// passiveSubjectAux stand between a passive's subject and its participle.
var passiveSubjectAux = words("was", "were", "been", "had", "has", "have", "being")

// asideSpan is the longest aside set off by commas between a subject and
// its verb that negatedPassiveSubject passes over.
const asideSpan = 8

// airArmBefore: the word at q names an air arm ("aviation", "jets", "the
// air force").
func airArmBefore(toks []token, q int) bool {
	n := toks[q].Norm
	return airAgents.has(n) || n == "aviation" || n == "force" && q > 0 && toks[q-1].Norm == "air"
}

// victimVerbs followed by a preposition are passive participles.
var victimVerbs = words("killed", "destroyed", "targeted", "wounded", "injured", "hit", "struck")
var passiveAfter = words("in", "during", "when", "after", "near", "on", "at", "while", "overnight")

// parenthetical phrases between a subject and its verb
// ("four F-16s of the Israeli Air Force, operating from Lebanese airspace,
// delivered a strike"; "coalition aircraft, called in by SDF units on the
// edge of the town, had killed")
var parenthetical = words("almost", "probably", "possibly", "likely", "apparently", "reportedly", "based", "acting", "relying", "in", "speaking", "without", "with", "backed", "supported", "along", "alongside", "together", "assisted", "aided", "helped", "according", "who", "which",
	"operating", "flying", "called", "guided", "requested", "circling",
	"stationed", "positioned", "deployed") // "the Turkish army's artillery, stationed on the ridge, fired"

// proxyAsides open an aside naming the means a subject acts through: "the
// government of Iran, through militias it directs, was responsible". (Not
// a speaker's aside: "IS, through its Amaq agency, blamed" names the speaker.)
var proxyAsides = words("through", "via")

// partGap may stand between a participation phrase and its actor.
var partGap = words("both", "and", "aircraft", "jets", "warplanes", "planes", "drones", "forces", "the", "a", "an", "air", "intelligence", "support", "from", "of", "-", "led", "u.s.", "aerial", "its", "their",
	"armed") // "together with the armed forces of the United Kingdom"

// deontic modals before a negation state a rule, not a denial: "parties
// must not carry out attacks that would harm civilians".
var deontic = words("must", "should", "shall", "ought")

// negGap may stand between a negation and the strike it denies
// ("did not conduct any air strikes", "no medical convoys were targeted").
var negGap = words("of", "its", "their", "any", "the", "a", "an", "such", "reported", "further",
	"was", "were", "is", "are", "been", "be", "have", "has", "had",
	"did", "do", "does", "ever", "new", "coalition")

var passiveAux = words("was", "were", "is", "are", "been", "being")

func matchAt(ms []match, t int) (int, bool) {
	lo, hi := 0, len(ms)
	for lo < hi {
		mid := (lo + hi) / 2
		if ms[mid].From < t {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(ms) && ms[lo].From == t {
		return lo, true
	}
	return 0, false
}

func isCue(e *lexEntry) bool {
	return e.Flags&(fAttackVerb|fAttackNoun) != 0 && e.Flags&fExcept == 0
}

// embeddedQuestion reports a cue inside "who was behind", "whether ... carried out":
// it asks, it does not assert.
func embeddedQuestion(toks []token, at int) bool {
	for q := at - 1; q >= 0 && q >= at-3; q-- {
		switch toks[q].Norm {
		case "who", "whoever":
			return true
		case "whether":
			return !doubtedAt(toks, q)
		case "was", "were", "had", "has", "is", "actually", "really":
			continue
		}
		break
	}
	// "did not say whether Iraqi aircraft had also been involved"
	for q := at - 1; q >= 0 && q >= at-8; q-- {
		if n := toks[q].Norm; n == "whether" {
			return !doubtedAt(toks, q)
		} else if !toks[q].Word {
			return false
		}
	}
	return false
}

// airAgents are arms that strike but are not struck in a headline passive.
var airAgents = words("aircraft", "jets", "warplanes", "planes",
	"drones", "drone", "helicopters", "gunships", "bombers",
	"jet", "warplane", "plane", "helicopter", "gunship", "bomber")

// blameBefore reports an accusation in the few words up to token p: "accused
// Washington of using …".
func blameBefore(toks []token, from, p int) bool {
	for q := p; q >= from && q >= p-8; q-- {
		if n := toks[q].Norm; toks[q].is(classBlameVerb) && !holdVerbs.has(n) {
			return true
		}
	}
	return false
}

// elidedArm: the actor of m stands before "ones" that stands for an air arm
// named earlier in the clause ("blamed Russian planes as well as Syrian
// ones").
func elidedArm(toks []token, m match, from, end int) bool {
	if m.To >= end || toks[m.To].Norm != "ones" && toks[m.To].Norm != "one" {
		return false
	}
	for q := max(0, from); q < m.From; q++ {
		if toks[q].is(classAirAgent) {
			return true
		}
	}
	return false
}

// airSubject: an air arm stands in the subject just before the verb at j.
func airSubject(toks []token, from, j int) bool {
	for q := max(0, from-3); q < j; q++ {
		if toks[q].is(classAirAgent) {
			return true
		}
	}
	return false
}

// unnamedAirSubject finds a clause that opens with aircraft its speaker
// leaves unnamed and that struck: "F-16 jets had destroyed a hideout",
// "Su-34 and Su-24M bombers delivered strikes". It returns the arm's word
// ("jets"). Only the clause's subject counts: "shot down two drones that
// attacked the base" names no side's aircraft.
func unnamedAirSubject(toks []token, ms []match, cl clause) (arm string, ok bool) {
	j := subjectStart(toks, cl)
	if j < cl.to && toks[j].Norm == "the" {
		j++
	}
	for steps := 0; j < cl.to && steps < 8; steps++ {
		t := toks[j]
		switch {
		case t.Upper && j+2 < cl.to && toks[j+1].Norm == "-" && hasDigit(toks[j+2].Norm):
			j += 3 // "Su-24M", "F-16s"
			arm = "aircraft"
			continue
		case airAgents.has(t.Norm) && t.Norm != "drones" && t.Norm != "drone":
			// (unnamed drones are as often the ones that hit the speaker's side)
			found, neg := subjectOf(toks, ms, j+1, cl.to)
			return t.Norm, found && !neg
		case t.Norm == "and" || hasDigit(t.Norm) || numberWords.has(t.Norm):
			j++
			continue
		}
		break
	}
	if arm != "" {
		// a bare designation: "F-16s struck a location"
		found, neg := subjectOf(toks, ms, j, cl.to)
		return arm, found && !neg
	}
	return "", false
}

// subjectStart steps over what stands before a clause's subject: a
// quotation mark, "on Tuesday that", "On November 15,".
func subjectStart(toks []token, cl clause) int {
	j := openQuote(toks, cl.from, cl.to)
	for q := j; q < cl.to && q < j+7; q++ {
		if toks[q].Norm == "that" || toks[q].Norm == "," && timeOpeners.has(toks[j].Norm) {
			return q + 1
		}
	}
	return j
}

// timeOpeners open a time phrase set before a clause's subject.
var timeOpeners = words("on", "in", "at", "early", "late", "overnight", "yesterday", "today", "earlier", "later")

// subjectOf follows a subject to its verb: it returns whether an attack
// verb follows (within the clause, over gap words and coordinated actors),
// whether it is negated, and whether the subject is in fact a patient.
func subjectOf(toks []token, ms []match, from, end int) (found, neg bool) {
	j := from
	passive := false
	aux := false
	doSupport := false // "did not", "never": a bare attack noun after it is the verb
	crossedAnd := false
	progressive := false  // "were carrying out": the act must be a strike
	crossedActor := false // another actor stands between the subject and here
	// "Syrian, Russian and coalition aircraft have all been conducting
	// operations": what several sides all keep doing is the war's
	// background, not one strike
	sharedActivity := false
	projectileSubject := false // "Israeli missiles": what is fired, not who fires
	for steps := 0; j < end && steps < 10; steps++ {
		t := toks[j]
		crossedAnd = crossedAnd || t.Norm == "and"
		sharedActivity = sharedActivity || t.Norm == "all" || t.Norm == "each"
		projectileSubject = projectileSubject || !passive && firedArms.has(t.Norm)
		if k, ok := matchAt(ms, j); ok {
			e := ms[k].E
			if e.Flags&fExcept != 0 {
				return false, false
			}
			if e.Flags&(fAttackVerb|fLink) != 0 {
				if e.Words[0] == "did" && ms[k].To < end && toks[ms[k].To].Word {
					return false, false // "did this to secure the road": only "planes did this," names the act
				}
				if j > 0 && toks[j-1].Norm == "to" {
					return false, false
				}
				if n := toks[j].Norm; n == "died" || n == "martyred" {
					return false, false // the subject is the victim
				}
				cop := copular.has(joinWords(e.Words))
				if !cop && passive {
					// "Israeli missiles had been fired at the airport": who owns
					// the missiles fired them
					if projectileSubject && firedVerbs.has(toks[j].Norm) && (ms[k].To >= end || toks[ms[k].To].Norm != "by") {
						return true, neg
					}
					return false, false
				}
				if !cop && ms[k].To < end && toks[ms[k].To].Norm == "by" {
					return false, false
				}
				// headline passive: "ISIS militants killed in U.S. air attack"
				// (an aircraft subject is the agent: "Israeli jets struck near Masyaf")
				if !cop && !aux && ms[k].To < end && passiveAfter.has(toks[ms[k].To].Norm) && victimVerbs.has(toks[j].Norm) && !airSubject(toks, from, j) && !objectAfterTime(toks, ms, ms[k].To, end) {
					return false, false
				}
				if crossedAnd && tieDenial(e) {
					return false, false // "a post securing the border against Daesh and had no connection to any attack": the post's, not Daesh's
				}
				if interception(toks, ms[k], end) {
					return false, false // "air defences destroyed six of the missiles": no strike of theirs
				}
				if progressive && (genericActs.has(toks[j].Norm) && !strikeObjectAfter(toks, ms, ms[k].To, end) || ms[k].To < end && locatives.has(toks[ms[k].To].Norm) || sharedActivity) {
					// "while they were carrying out an official duty"; "fighters had
					// been firing from a rooftop" tells what they were doing, not a strike
					return false, false
				}
				// "it had conducted no strikes", "had nothing to do with it",
				// had conducted "no strikes in the vicinity" (a quoted object)
				obj := ms[k].To
				for obj < end && toks[obj].Quote != 0 {
					obj++
				}
				if obj < end && (toks[obj].Norm == "no" || toks[obj].Norm == "none") || e.Words[0] == "nothing" || slices.Contains(e.Words, "no") {
					neg = true
				}
				return true, neg
			}
			if e.Flags&fNeg != 0 {
				neg = true
				doSupport = doSupport || doForms.has(e.Words[0]) || e.Words[0] == "never"
				// "it had not struck in the city": an active verb, not a headline passive
				aux = aux || perfectAux.has(e.Words[0]) || doSupport
				if elidedAfter(toks, ms[k], end) {
					return true, true // "its aircraft had not."
				}
				j = ms[k].To
				continue
			}
			if e.Flags&fMention != 0 && e.Mention.Actor != "" {
				j = ms[k].To
				crossedActor = true
				continue
			}
			if e.Flags&(fType|fGroup) != 0 && e.Flags&fAttackNoun == 0 {
				j = ms[k].To
				continue
			}
			if e.Flags&fAttackNoun != 0 {
				// "its aircraft did not strike the house": a noun in form only
				if doSupport && ms[k].To-ms[k].From == 1 && bareAttackVerbs.has(toks[j].Norm) {
					return true, neg
				}
				return false, false
			}
		}
		if t.Norm == "and" {
			if k := alliesAfter(toks, j+1, end); k > 0 {
				j = k // "Turkish forces and the factions loyal to them had shelled"
				continue
			}
		}
		if chaseVerbs.has(t.Norm) && !passive {
			// "helicopters pursued the attackers and struck them": the
			// strike is the second verb of the subject
			if k := andAfter(toks, j+1, end); k > 0 {
				j = k + 1
				continue
			}
			return false, false
		}
		if deliveryVerbs.has(t.Norm) && !passive && deliveredAfter(toks, j+1, end) {
			return true, neg // "helicopters dropped at least six barrel bombs"
		}
		if (t.Norm == "," || t.Norm == "and") && j+1 < end && strings.HasSuffix(toks[j+1].Norm, "ing") && len(toks[j+1].Norm) > 5 && !(t.Norm == "," && parenthetical.has(toks[j+1].Norm)) {
			// "bombed a headquarters of the PMF late on Wednesday, killing":
			// the participle's subject is the clause's, not this object
			return false, false
		}
		if t.Norm == "," && !crossedActor {
			// "a Turkish drone, at approximately 13:40, targeted", "the
			// jets today, Tuesday, 11 August, struck": a time set off by
			// commas keeps the subject's verb (not another actor's: "from
			// northern Syria, the Turkish Armed Forces today, 14 January,
			// carried out")
			if k := timeAside(toks, j+1, end); k > 0 {
				j = k // (its comma may open the next: "today, Tuesday, 11 August,")
				continue
			}
			// "coalition jets, it said, had destroyed a house": the source
			// named in an aside
			if k := speechAside(toks, j+1, end); k > 0 {
				j = k + 1
				continue
			}
		}
		if t.Norm == "," && j+1 < end && (parenthetical.has(toks[openQuote(toks, j+1, end)].Norm) || proxyAsides.has(toks[j+1].Norm)) {
			// "Iraqi Security Forces, with support from Coalition aircraft, destroyed",
			// "Iraqi F-16 aircraft, \"acting on precise intelligence\", had struck"
			k := j + 1
			for k < end && k < j+18 && toks[k].Norm != "," {
				k++
			}
			if k < end && toks[k].Norm == "," {
				j = k + 1
				continue
			}
			return false, false
		}
		if k := placementAsideEnd(toks, ms, j, end); k > 0 && !passive {
			j = k // "regime artillery positioned in the eastern countryside shelled"
			continue
		}
		if k := flightAsideEnd(toks, ms, j, end); k > 0 {
			j = k // "Israeli aircraft flying over Lebanon had fired"
			continue
		}
		if k := conveyanceAsideEnd(toks, ms, j, end); k > 0 && !passive {
			j = k // "Islamic State fighters riding two motorcycles attacked"
			continue
		}
		if t.Norm == "—" {
			// parenthetical: "militants — apparently survivors ... — killing"
			k := j + 1
			for k < end && k < j+14 && toks[k].Norm != "—" {
				k++
			}
			if k < end && toks[k].Norm == "—" {
				j = k + 1
				continue
			}
			return false, false
		}
		if t.Quote != 0 || pluralPossessive(toks, j, from) {
			j++ // "regime forces' artillery shelled": the forces own the arm
			continue
		}
		if passiveAux.has(t.Norm) {
			// "were carrying out no missions": a progressive, not a passive
			prog := progressiveAt(toks, j+1, end)
			passive = passive || !prog
			progressive = progressive || prog
			j++
			continue
		}
		if t.Norm == "nor" {
			j++ // "neither Russian nor Syrian aircraft had struck": both are the subject
			continue
		}
		if k := acronymAside(toks, ms, j, end); j == from && k > 0 {
			j = k // "fighters of the Islamic State (ISIS) carried out": the name's short form
			continue
		}
		if t.Upper && j+2 < end && toks[j+1].Norm == "-" && hasDigit(toks[j+2].Norm) {
			j += 3 // a model designation: "Russian Su-34 and Su-25 jets", "MQ-9 drones"
			continue
		}
		if listedName(toks, ms, j, end) {
			j++ // "the United States, Britain, Denmark and Australia took part": partners the lexicon does not know
			continue
		}
		if t.Norm == "who" && attackVerbAt(ms, j+1) {
			j++ // "U.S. special forces who killed the commander": a relative on the subject tells its act
			continue
		}
		if t.Norm == "fire" && j+1 < end && toks[j+1].Norm == "support" {
			j += 2 // "our fire support vehicles ... struck": an arm's name
			continue
		}
		if gapWords.has(t.Norm) || hasDigit(t.Norm) || len(t.Norm) == 1 && t.Upper {
			switch t.Norm {
			case "had", "has", "have", "did":
				aux = true
			}
			doSupport = doSupport || doForms.has(t.Norm)
			j++
			continue
		}
		return false, false
	}
	return false, false
}

// placementParticiples say where an arm stands: "artillery positioned in
// the countryside", "troops stationed near the border".
var placementParticiples = words("positioned", "stationed", "deployed", "based", "emplaced")

// placementLocatives open the place of a placement participle.
var placementLocatives = words("in", "on", "near", "around", "at", "along", "outside", "inside")

// placementAsideEnd returns the index of the verb that follows a placement
// phrase starting at j ("positioned in the eastern countryside shelled"),
// or 0. The phrase ends at the first attack verb; a comma, a conjunction
// or another actor before it means the words are no aside.
func placementAsideEnd(toks []token, ms []match, j, end int) int {
	if j+2 >= end || !placementParticiples.has(toks[j].Norm) || !placementLocatives.has(toks[j+1].Norm) {
		return 0
	}
	for k := j + 2; k < end && k < j+10; k++ {
		if n := toks[k].Norm; n == "," || n == "and" || n == "which" || n == "that" || n == "who" {
			return 0
		}
		if q, ok := matchAt(ms, k); ok {
			f := ms[q].E.Flags
			if f&fAttackVerb != 0 {
				return k
			}
			if f&fMention != 0 && ms[q].E.Mention.Actor != "" {
				return 0
			}
		}
	}
	return 0
}

// acronymAside returns the index after a bracketed short form of an actor
// that starts at j ("(ISIS)", "(SDF)", "(YPG)"), or 0. A bracketed outlet
// ("WASHINGTON (Reuters) - Russian jets") is no actor, and a short form
// followed by a dash or a locative closes a dateline or a phrase ("the
// Islamic State (ISIS) in 2017, militias ...").
func acronymAside(toks []token, ms []match, j, end int) int {
	if toks[j].Norm != "(" {
		return 0
	}
	k, ok := matchAt(ms, j+1)
	if !ok || ms[k].E.Flags&fMention == 0 || ms[k].E.Mention.Actor == "" {
		return 0
	}
	c := ms[k].To
	if c+1 >= end || toks[c].Norm != ")" {
		return 0
	}
	if n := toks[c+1].Norm; n == "-" || n == "—" || n == "," || locatives.has(n) {
		return 0
	}
	return c + 1
}

// timeAside returns the comma closing a time phrase that starts at j
// ("at approximately 13:40,", "Tuesday,", "11 August 2020,"), or 0 when
// the words from j to the next comma are not all words of a time.
func timeAside(toks []token, j, end int) int {
	if j >= end || !(timeOpeners.has(toks[j].Norm) || dayWords.has(toks[j].Norm) || monthWords.has(toks[j].Norm) || hasDigit(toks[j].Norm)) {
		return 0
	}
	for k := j + 1; k < end && k < j+8; k++ {
		n := toks[k].Norm
		if n == "," {
			return k
		}
		if !(timeFiller.has(n) || dayWords.has(n) || monthWords.has(n) || hasDigit(n)) {
			return 0
		}
	}
	return 0
}

// speechAside returns the comma closing a short aside that names who
// speaks ("it said,", "the monitor added,", "as he put it,"), starting at
// j, or 0.
func speechAside(toks []token, j, end int) int {
	for k := j + 1; k < end && k < j+5; k++ {
		if toks[k].Norm == "," {
			if speechLike.has(toks[k-1].Norm) || asPutIt(toks, j, k) {
				return k
			}
			return 0
		}
	}
	return 0
}

// asPutIt reports "as he put it" filling j..k: the speaker's own words
// marked as his ("\"cells of Daesh\", as he put it, were behind").
func asPutIt(toks []token, j, k int) bool {
	return k-j == 4 && toks[j].Norm == "as" && toks[k-2].Norm == "put" && toks[k-1].Norm == "it"
}

// dayWords name days and parts of a day.
var dayWords = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"morning", "afternoon", "evening", "night", "dawn", "noon", "midnight", "daybreak", "dusk")

// timeFiller may stand inside a time phrase.
var timeFiller = words("on", "at", "in", "the", "of", "about", "around", "approximately", "roughly", "some",
	"early", "late", "local", "time", "hours", "hrs", ":", ".", "a.m.", "p.m.", "am", "pm", "gmt", "utc")

// allyNouns name the auxiliaries a side fights with (not its "allies":
// states that strike on their own account).
var allyNouns = words("mercenaries", "proxies", "factions", "groups", "militias", "auxiliaries")

// allyGap may stand in a phrase naming a side's auxiliaries: "its
// mercenaries", "the terrorist groups loyal to them", "allied armed
// factions".
var allyGap = words("its", "their", "the", "allied", "affiliated", "armed", "terrorist", "proxy", "local",
	"loyal", "to", "them", "it", "with")

// alliesAfter returns where a phrase naming the subject's auxiliaries
// that starts at j ends ("and its mercenaries shelled", "and the groups
// loyal to them had targeted"), or 0: they share the subject's verb and
// name no actor of their own.
func alliesAfter(toks []token, j, end int) int {
	ally := false
	for k := j; k < end && k < j+8; k++ {
		n := toks[k].Norm
		switch {
		case allyNouns.has(n):
			ally = true
		case allyGap.has(n) || toks[k].Quote != 0:
		case ally && n == "of":
			// "and the militias of the Fourth Division shelled": the unit
			// named after them is theirs, not an actor of its own
			if u := namedUnitEnd(toks, k+1, end); u > 0 {
				return u
			}
			return k
		default:
			if ally {
				return k
			}
			return 0
		}
	}
	return 0
}

// namedUnitEnd returns where a capitalised unit name starting at j ends
// ("the Fourth Division", "the 25th Special Mission Forces"), or 0.
func namedUnitEnd(toks []token, j, end int) int {
	if j < end && toks[j].Norm == "the" {
		j++
	}
	k := j
	for k < end && k < j+5 && (toks[k].Upper && toks[k].Word || hasDigit(toks[k].Norm)) {
		k++
	}
	if k == j {
		return 0
	}
	return k
}

// progressiveAt reports an active participle at j after a form of "be"
// ("were carrying out", "is conducting"); "being" itself opens a passive
// ("was being targeted").
func progressiveAt(toks []token, j, end int) bool {
	for j < end && (toks[j].Norm == "not" || toks[j].Norm == "never" || toks[j].Norm == "still" || toks[j].Norm == "currently" || mannerAdverbs.has(toks[j].Norm)) {
		j++ // "are not carrying out any missions", "was deliberately targeting"
	}
	if j >= end {
		return false
	}
	n := toks[j].Norm
	return len(n) > 5 && strings.HasSuffix(n, "ing") && n != "being"
}

// mannerAdverbs may stand between an auxiliary and its participle: "was
// deliberately targeting" is a progressive, "were deliberately targeted"
// a passive.
var mannerAdverbs = words("deliberately", "intentionally", "systematically", "repeatedly", "indiscriminately", "continuously", "constantly", "also")

// genericActs take any act as object: in a progressive only a strike or a
// mission makes them an attack ("were carrying out no missions", not "were
// carrying out an official duty").
var genericActs = words("carrying", "conducting", "performing", "executing")

// strikeObjectAfter reports a strike or mission noun within a few words
// after t.
func strikeObjectAfter(toks []token, ms []match, t, end int) bool {
	for q := t; q < end && q < t+5; q++ {
		if operationNouns.has(toks[q].Norm) {
			return true
		}
		if k, ok := matchAt(ms, q); ok && ms[k].E.Flags&fAttackNoun != 0 {
			return true
		}
	}
	return false
}

// inquiryHeads are agents that look into a strike, never carry one out:
// "an investigation into the attack by coalition and Iraqi authorities".
var inquiryHeads = words("authorities", "officials", "investigators", "inspectors", "experts", "prosecutors", "judiciary", "courts", "committee", "commission", "inquiry")

// inquiryAgent reports that the agent phrase from j, over the names
// coordinated with the actor, ends in an inquiryHead ("by Coalition and
// Iraqi authorities"): those named are the investigators, not the
// strikers.
func inquiryAgent(toks []token, cov []int, j, to int) bool {
	for end := min(to, j+6); j < end; j++ {
		n := toks[j].Norm
		if inquiryHeads.has(n) {
			return true
		}
		if cov[j] == 0 && n != "and" && n != "," && n != "joint" && n != "military" && n != "security" {
			return false
		}
	}
	return false
}

// tieWords deny a tie to an attack rather than a strike: "had no
// connection to the attack".
var tieWords = words("connection", "link", "links", "relation", "relationship")

// ownTie reports at t a tie to the attack as the object of a speech verb:
// "denied any link to the attack", "rejected any connection with the
// bombing" speak of the speaker's own part.
func ownTie(toks []token, t, to int) bool {
	return tieWords.has(toks[t].Norm) && t+1 < to && (toks[t+1].Norm == "to" || toks[t+1].Norm == "with")
}

// tieDenial: e is a denied tie ("no connection with").
func tieDenial(e *lexEntry) bool {
	return len(e.Words) > 1 && e.Words[0] == "no" && tieWords.has(e.Words[1])
}

// interceptVerbs destroy what flies at their subject as well as targets.
var interceptVerbs = words("destroyed", "destroying", "downed", "downing")

// projectiles are what air defences bring down.
var projectiles = words("missile", "missiles", "rocket", "rockets", "projectile", "projectiles", "drone", "drones")

// projectileEnds may follow a projectile that is the whole object
// ("destroyed six of the missiles before they reached", "missiles fired
// from Lebanon"); a noun after it makes it a modifier ("rocket launchers").
var projectileEnds = words("before", "fired", "launched", "over", "in", "that", "which", "aimed", "heading", "and", "as", "on")

// interception: the verb of m brings down projectiles ("destroyed six of
// the missiles", "downed two drones"), an act of air defence, not a strike.
func interception(toks []token, m match, end int) bool {
	if m.To-m.From != 1 || !interceptVerbs.has(toks[m.From].Norm) {
		return false
	}
	for q := m.To; q < end && q <= m.To+5; q++ {
		n := toks[q].Norm
		if projectiles.has(n) {
			return q+1 >= end || !toks[q+1].Word || projectileEnds.has(toks[q+1].Norm)
		}
		if !(n == "the" || n == "of" || n == "all" || n == "most" || hasDigit(n) || numberWords.has(n) || quantityHedges.has(n)) {
			return false
		}
	}
	return false
}

// openQuote steps over a quotation mark at i, so that a quoted aside is
// read by its first word.
func openQuote(toks []token, i, end int) int {
	if toks[i].Quote != 0 && i+1 < end {
		return i + 1
	}
	return i
}

// contrastedAgent reports that the actor of match k stands after ", not"
// (p is the "not") that follows the last agent read, or its arm:
// "by Iraqi, not U.S.-led coalition, aircraft", "by Iraqi jets, not
// coalition aircraft".
func contrastedAgent(toks []token, ms []match, cov []int, k, lastAgent, p, from int) bool {
	if lastAgent < 0 || lastAgent >= k || p-1 < from || toks[p].Norm != "not" || toks[p-1].Norm != "," {
		return false
	}
	end := ms[lastAgent].To
	for end < p-1 && end < ms[lastAgent].To+3 && cov[end] == 0 && (armWords.has(toks[end].Norm) || toks[end].is(classAirAgent) || armNouns.has(toks[end].Norm)) {
		end++
	}
	return end == p-1
}

// participleNegs deny a passive participle: "was not conducted by X",
// "were never carried out by X".
var participleNegs = words("not", "never", "wasn't", "weren't", "isn't", "aren't")

// negatedParticiple reports a negated passive whose participle starts at f:
// "This strike was not conducted by Coalition aircraft" denies the agent's
// part. The negation must follow an auxiliary ("was not", "has never
// been"), so that a negated main verb before an active clause ("did not say
// the raid was carried out by X") is not read as a denial of X.
func negatedParticiple(toks []token, f, from int) bool {
	q := f - 1
	if q >= from && toks[q].Norm == "been" {
		q-- // "had not been carried out by"
	}
	if q < from || !participleNegs.has(toks[q].Norm) {
		return false
	}
	n := toks[q].Norm
	if n != "not" && n != "never" {
		return true // the auxiliary carries the negation: "wasn't conducted by"
	}
	return q-1 >= from && (passiveAux.has(toks[q-1].Norm) || perfectAux.has(toks[q-1].Norm))
}

// deliveryVerbs name how a weapon reached its target; their agent is the
// attacker ("launched" is a strike verb of its own). Only after a weapon:
// "leaflets dropped by coalition aircraft" struck nothing.
var deliveryVerbs = words("dropped", "planted", "placed", "laid")

// deliveredWeapons are what a delivery verb may carry.
var deliveredWeapons = words("bomb", "bombs", "explosive", "explosives", "grenade", "grenades",
	"mine", "mines", "device", "devices", "ied", "ieds", "charge", "charges",
	"munition", "munitions", "shell", "shells", "missile", "missiles", "rocket", "rockets")

// chaseVerbs come before the strike in a run of one subject's acts:
// "pursued the attackers and struck them".
var chaseVerbs = words("pursued", "chased", "tracked", "followed", "spotted", "located", "detected", "intercepted",
	"responded", "retaliated") // "its units had responded to fire from the area and had struck"

// andAfter returns the "and" that opens the next verb within a few words
// of from, or -1.
func andAfter(toks []token, from, end int) int {
	for q := from; q < end && q < from+8; q++ {
		switch toks[q].Norm {
		case "and":
			return q
		case ",", ";", "that", "who", "which":
			return -1
		}
	}
	return -1
}

// payloadGap may stand between a delivery verb and its weapon: "dropped
// at least six barrel bombs", "dropped two improvised explosive devices".
var payloadGap = words("a", "an", "the", "roadside", "at", "least", "several", "more", "than", "up", "to", "fewer", "less",
	"barrel", "improvised", "guided", "unguided", "heavy", "large", "explosive", "cluster")

// deliveredAfter reports a delivered weapon within a few words of from,
// over numbers and payloadGap words.
func deliveredAfter(toks []token, from, end int) bool {
	for q := from; q < end && q < from+6; q++ {
		n := toks[q].Norm
		if deliveredWeapons.has(n) {
			return true
		}
		if n == "no" && q+1 < end && (toks[q+1].Norm == "fewer" || toks[q+1].Norm == "less") {
			continue // "dropped no fewer than eight barrels": a figure, not a denial
		}
		if !payloadGap.has(n) && !hasDigit(n) && !numberWords.has(n) {
			return false
		}
	}
	return false
}

// deemVerbs judge an actor the culprit: "considers X responsible".
var deemVerbs = words("considers", "considered", "consider", "deems", "deemed")

// culpritWords name the role a judgement gives the actor.
var culpritWords = words("source", "perpetrator", "culprit", "cause")

// culpritAfter reports the judgement after an actor that ends at t: "(artillery)
// responsible", "the most likely source of the shelling", "the probable culprit".
func culpritAfter(toks []token, t, end int) bool {
	for t < end && (armWords.has(toks[t].Norm) || toks[t].is(classAirAgent) || armNouns.has(toks[t].Norm)) {
		t++
	}
	if t < end && toks[t].Norm == "responsible" {
		return true
	}
	for u := t; u < end && u <= t+3; u++ {
		switch toks[u].Norm {
		case "the", "most", "likely", "probable", "main":
			continue
		}
		return culpritWords.has(toks[u].Norm) && u > t
	}
	return false
}

// armNouns name an actor's arm in the singular or as a head noun, where
// armWords and airAgents have the plural: they may stand between a cleft's
// actor and its "that" ("an Iraqi army helicopter that fired") or a judged
// actor and its role ("Turkish army artillery responsible").
var armNouns = words("army", "air", "force", "aviation", "helicopter", "jet",
	"plane", "warplane", "fighter", "gunship", "military")

// cleftThat finds the "that" or "who" of a cleft after its actor ends at
// t, over arm words and one short apposition ("an Iraqi army helicopter, a
// Mi-35, that fired"), or returns -1.
func cleftThat(toks []token, t, end int) int {
	for t < end && (armNouns.has(toks[t].Norm) || toks[t].is(classAirAgent)) {
		t++
	}
	if t < end && toks[t].Norm == "," {
		for u := t + 1; u < end && u <= t+6; u++ {
			if toks[u].Norm == "," {
				t = u + 1
				break
			}
		}
	}
	if t < end && (toks[t].Norm == "that" || toks[t].Norm == "who") {
		return t
	}
	return -1
}

// perfectAux open a negated perfect: "had not struck".
var perfectAux = words("had", "has", "have", "hadn't", "hasn't", "haven't")

// doForms carry a bare verb: "did not strike", "does strike".
var doForms = words("did", "do", "does", "didn't", "doesn't", "don't")

// bareAttackVerbs are attack nouns that are also the bare form of a verb.
var bareAttackVerbs = words("strike", "attack", "raid", "bomb", "target")

// elidedAux are the auxiliaries that stand for a verb phrase left out.
var elidedAux = words("did", "had", "has", "have", "do", "does",
	"was", "were", "is", "are", "would", "could")

// elidedAfter reports a negated auxiliary whose verb phrase is left out
// because the sentence before supplies it: "The ministry said its aircraft
// had not.", "the coalition said the Iraqi air force did not, and that ...".
func elidedAfter(toks []token, neg match, end int) bool {
	if !elidedAux.has(toks[neg.From].Norm) && (neg.From == 0 || !elidedAux.has(toks[neg.From-1].Norm)) {
		return false
	}
	j := neg.To
	if j < end && (toks[j].Norm == "either" || toks[j].Norm == "too") {
		j++
	}
	if j >= end || j >= len(toks) {
		return true
	}
	switch toks[j].Norm {
	case ".", "!":
		return true
	case ",", ";", "—":
		return j+1 < len(toks) && (toks[j+1].Norm == "and" || toks[j+1].Norm == "but" || toks[j+1].Norm == "while")
	}
	return false
}

// elidedNegation reports a clause with an elided negated verb phrase.
func elidedNegation(toks []token, ms []match, from, to int) bool {
	i, j := msRange(ms, from, to)
	for _, m := range ms[i:j] {
		if m.E.Flags&fNeg != 0 && elidedAfter(toks, m, to) {
			return true
		}
	}
	return false
}

// blastNouns name what happened without saying a strike caused it.
var blastNouns = words("explosion", "explosions", "blast", "blasts",
	"fire", "blaze", "detonation", "detonations", "incident")

// otherCause reports a clause that explains the event by something other
// than a strike: "the explosion was caused by a gas cylinder", "the blast
// was the result of poor storage", "the fire broke out due to the heat",
// or that says no aircraft flew. Either denies that a strike took place.
func otherCause(toks []token, ms []match, from, to int) bool {
	subject := false
	for t := from; t+1 < to; t++ {
		n := toks[t].Norm
		if blastNounsFilter.has(n) && blastNouns.has(n) {
			subject = true
			continue
		}
		if !subject {
			continue
		}
		after := 0
		switch {
		case (n == "caused" || n == "triggered" || n == "sparked") && toks[t+1].Norm == "by":
			after = t + 2
		case n == "due" && toks[t+1].Norm == "to", n == "resulted" && toks[t+1].Norm == "from":
			after = t + 2
		case n == "result" && toks[t+1].Norm == "of" && t > from && (toks[t-1].Norm == "the" || toks[t-1].Norm == "a"):
			after = t + 2
		}
		if after == 0 || after >= to {
			continue
		}
		// "caused by an air strike", "the result of a coalition raid": a strike after all
		i, j := msRange(ms, after, to)
		for _, m := range ms[i:j] {
			if isCue(m.E) || m.E.Flags&fMention != 0 && m.E.Mention.Actor != "" {
				return false
			}
		}
		return true
	}
	return noAircraft(toks, from, to)
}

// noAircraft reports "no drone or aircraft violated the airspace", "no
// warplanes were seen over the area": a denial that any strike was flown.
func noAircraft(toks []token, from, to int) bool {
	for t := from; t+1 < to; t++ {
		if toks[t].Norm != "no" {
			continue
		}
		for q := t + 1; q < to && q <= t+4; q++ {
			if toks[q].is(classAirAgent) || toks[q].Norm == "aircraft" {
				// "no aircraft flies there without the Americans knowing" asserts
				for r := q + 1; r < to; r++ {
					if toks[r].Norm == "without" || toks[r].Norm == "unless" {
						return false
					}
				}
				return true
			}
			if n := toks[q].Norm; n != "or" && n != "," && n != "military" && n != "foreign" && n != "hostile" {
				break
			}
		}
	}
	return false
}

// flightVerbs say an aircraft was in the air over a place.
var flightVerbs = words("flown", "flew", "flying", "fly", "flies", "overflown", "overflew", "operated", "operating")

// flightAux may stand between an air arm and its flight verb.
var flightAux = words("had", "has", "have", "was", "were", "been", "ever", "not", "never", "did", "does")

// flightDenied reports an air arm from t on whose flight is denied: "no
// Russian aircraft had flown near Hass", "Syrian jets did not fly over the
// town". none says a "no" or "none of" stands before the actor.
func flightDenied(toks []token, t, end int, none bool) bool {
	if t < end && (toks[t].Norm == "aviation" || toks[t].Norm == "air") {
		t++ // "Russian aviation", "the Russian air force"
		if t < end && toks[t].Norm == "force" {
			t++
		}
	} else if t < end && toks[t].is(classAirAgent) {
		t++
	} else if !toks[t-1].is(classAirAgent) {
		return false
	}
	neg := none
	for ; t < end && flightAux.has(toks[t].Norm); t++ {
		if n := toks[t].Norm; n == "not" || n == "never" {
			neg = true
		}
	}
	return neg && t < end && flightVerbs.has(toks[t].Norm)
}

// sightVerbs say an aircraft was seen in the air or leaving its base.
var sightVerbs = words("tracked", "spotted", "seen", "sighted", "observed", "circling", "hovering", "taking", "leaving", "followed", "following", "trailed")

// lingerVerbs keep an arm over the place until the strike: "had been
// circling over the village since dawn" needs no "before it fired".
var lingerVerbs = words("circling", "hovering", "followed", "following", "trailed")

// sightedBeforeStrike reports an air arm from t that was seen in the air,
// or leaving its base, just before the strike: "a Russian Su-34 had been
// tracked leaving Hmeimim shortly before the attack", "the Turkish drone had
// been circling over the village before it fired". A witness who places a
// side's aircraft over the strike names that side.
func sightedBeforeStrike(toks []token, ms []match, t, end int) bool {
	arm := toks[t-1].is(classAirAgent) // "Turkish drone" as one name
	for n := 0; t < end && n < 4; t, n = t+1, n+1 {
		if toks[t].is(classAirAgent) || hasDigit(toks[t].Norm) {
			arm = true // "jets", "drone", "Su-34"
			continue
		}
		if toks[t].Norm != "-" && !toks[t].Upper {
			break // "Sukhoi", "Mi-24" may stand before the arm
		}
	}
	if !arm {
		return false
	}
	for ; t < end && flightAux.has(toks[t].Norm); t++ {
		if n := toks[t].Norm; n == "not" || n == "never" {
			return false
		}
	}
	if t >= end || !sightVerbs.has(toks[t].Norm) {
		return false
	}
	linger := lingerVerbs.has(toks[t].Norm)
	for b := t + 1; b+1 < end; b++ {
		if toks[b].Norm == "before" {
			return strikeAfter(toks, ms, b+1, end)
		}
		if linger && toks[b].Norm == "since" {
			return true
		}
		// "was circling the town at the time of the attack"
		if b+3 < end && toks[b].Norm == "at" && toks[b+1].Norm == "the" && toks[b+2].Norm == "time" && toks[b+3].Norm == "of" {
			return strikeAfter(toks, ms, b+4, end)
		}
	}
	return false
}

// strikeAfter reports the strike told from q: "the raid", "the attack",
// "it fired", "it struck".
func strikeAfter(toks []token, ms []match, q0, end int) bool {
	q := q0
	for ; q < end && q < q0+3; q++ {
		if k, ok := matchAt(ms, q); ok && isCue(ms[k].E) {
			return true
		}
		if n := toks[q].Norm; n != "the" && n != "it" && n != "they" {
			return false
		}
	}
	return false
}

// deniedSpeech reports a clause said under a verb of denial: "denied that
// its aviation had flown over the area".
func deniedSpeech(cl clause) bool {
	return cl.att != nil && cl.att.stance == model.StanceDenies && !cl.att.nonDenial
}

// flightDeniedIn reports, in tokens [from, to), an actor's or the
// speaker's own air arm whose flight is denied ("no Russian aircraft had
// flown near the town", "its aviation had not flown over the area"), or
// said to have flown under a verb of denial (denial): a denied strike.
func flightDeniedIn(toks []token, ms []match, from, to int, denial bool) bool {
	found := false
	for t := from; t < to; t++ {
		if flightVerbs.has(toks[t].Norm) {
			found = true // cheap test first
			break
		}
	}
	if !found {
		return false
	}
	for t := from; t+2 < to; t++ {
		if n := toks[t].Norm; (n == "its" || n == "our") && flightDenied(toks, t+1, to, denial) {
			return true
		}
	}
	i, j := msRange(ms, from, to)
	for _, m := range ms[i:j] {
		if m.E.Flags&fMention != 0 && m.E.Mention.Actor != "" && flightDenied(toks, m.To, to, denial || noneBefore(toks, m.From, from)) {
			return true
		}
	}
	return false
}

// flightParticiples open a phrase on where an arm flew, set after it
// without commas: "aircraft flying over Lebanon fired".
var flightParticiples = words("flying", "operating", "circling")

// flightAsideEnd returns where the verb after a flight phrase at j starts
// ("aircraft flying over north-western Lebanon had fired": "had"), or 0.
func flightAsideEnd(toks []token, ms []match, j, end int) int {
	if j == 0 || !flightParticiples.has(toks[j].Norm) || !toks[j-1].is(classAirAgent) {
		return 0
	}
	for k := j + 2; k < end && k < j+9; k++ {
		if n := toks[k].Norm; n == "," || n == "and" || n == "which" || n == "that" {
			return 0
		}
		if n := toks[k].Norm; n == "had" || n == "has" || n == "have" || n == "were" || n == "was" {
			return k
		}
		if m, ok := matchAt(ms, k); ok && ms[m].E.Flags&fAttackVerb != 0 {
			return k
		}
	}
	return 0
}

// conveyanceOpeners open a phrase on how attackers came, set after them
// without commas: "gunmen riding motorcycles", "militants in two cars".
var conveyanceOpeners = words("riding", "driving", "aboard", "in", "on")

// conveyanceNouns are what attackers ride in.
var conveyanceNouns = words("motorcycle", "motorcycles", "motorbike", "motorbikes", "car", "cars",
	"pickup", "pickups", "truck", "trucks", "vehicle", "vehicles", "van", "vans", "boat", "boats")

// conveyanceAsideEnd returns where the attack verb after a conveyance
// phrase at j starts ("fighters riding two motorcycles and a pickup truck
// attacked": "attacked"), or 0. The phrase must name a vehicle; a comma,
// a relative word or another actor before the verb means it is no aside.
func conveyanceAsideEnd(toks []token, ms []match, j, end int) int {
	if !conveyanceOpeners.has(toks[j].Norm) {
		return 0
	}
	vehicle := false
	for k := j + 1; k < end && k < j+10; k++ {
		if n := toks[k].Norm; n == "," || n == "which" || n == "that" || n == "who" {
			return 0
		}
		vehicle = vehicle || conveyanceNouns.has(toks[k].Norm)
		if q, ok := matchAt(ms, k); ok {
			f := ms[q].E.Flags
			if f&fAttackVerb != 0 {
				if vehicle {
					return k
				}
				return 0
			}
			if f&fMention != 0 && ms[q].E.Mention.Actor != "" {
				return 0
			}
		}
	}
	return 0
}

// strikeNounAt reports a strike noun ending at t: "the drone strike it
// launched" is a relative clause whose "it" is the speaker's side.
func strikeNounAt(ms []match, cov []int, t int) bool {
	if t < 0 || cov[t] == 0 {
		return false
	}
	m := ms[cov[t]-1]
	return m.To == t+1 && isCue(m.E) && m.E.Flags&fAttackNoun != 0
}

// pilotedAside reports a pilot verb at q set after a comma on an air arm
// named shortly before: "the Su-25 jets that Iran has sent, flown by
// Iranian pilots".
func pilotedAside(toks []token, q, from int) bool {
	if q-1 <= from || toks[q-1].Norm != "," || toks[q].Norm != "flown" && toks[q].Norm != "piloted" && toks[q].Norm != "operated" {
		return false
	}
	for r := q - 2; r >= from && r >= q-14; r-- {
		if toks[r].is(classAirAgent) {
			return true
		}
	}
	return false
}

// eitherAt reports "either" at t: "by either Russian or Syrian jets".
func eitherAt(toks []token, t int) bool {
	return t >= 0 && toks[t].Norm == "either"
}

// timeGlue joins the words of a time phrase ("on the night of 3 March",
// "early on Tuesday"); the lexicon's time words (fTime) and digits carry
// the time itself.
var timeGlue = words("on", "at", "in", "the", "of", "early", "late", ",",
	"night", "morning", "evening", "afternoon", "dawn", "noon", "midnight")

// objectAfterTime reports an active verb whose time phrase comes before its
// object, as translated statements write: "aircraft targeted on Tuesday
// night a number of trucks". A headline passive ("militants killed on
// Tuesday in a raid") has no object after the time phrase.
func objectAfterTime(toks []token, ms []match, from, end int) bool {
	t, timed := from, false
	for t < end {
		if k, ok := matchAt(ms, t); ok && ms[k].E.Flags&fTime != 0 {
			t, timed = ms[k].To, true
			continue
		}
		n := toks[t].Norm
		if !timeGlue.has(n) && !hasDigit(n) {
			break
		}
		if !locatives.has(n) && n != "the" && n != "," && n != "at" && n != "on" {
			timed = true // a digit, "night", "early"
		}
		t++
	}
	if !timed || t >= end {
		return false
	}
	n := toks[t].Norm
	return n == "a" || n == "an" || n == "several" || n == "dozens" || numberWords.has(n) || hasDigit(n)
}

// weaponPairNoun: "and" at token t joins a second weapon word to the first,
// and the attack noun follows ("artillery and mortar fire", "rocket and
// drone attacks"); it returns the token of the attack noun, or 0.
func weaponPairNoun(toks []token, ms []match, t, end int) int {
	if t+1 >= end || toks[t].Norm != "and" {
		return 0
	}
	k, ok := matchAt(ms, t+1)
	if !ok {
		return 0
	}
	if ms[k].E.Flags&fAttackNoun != 0 && ms[k].To-ms[k].From > 1 {
		return t + 1 // "mortar fire": a weapon and its attack noun in one
	}
	if ms[k].E.Flags&(fType|fAttackNoun) != fType {
		return 0
	}
	if k2, ok := matchAt(ms, ms[k].To); ok && ms[k].To < end && ms[k2].E.Flags&fAttackNoun != 0 {
		return ms[k].To
	}
	return 0
}

// hasDigit: model designations in a subject ("four Israeli F-16 jets").
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

func joinWords(w []string) string {
	if len(w) == 1 {
		return w[0]
	}
	n := 0
	for _, s := range w {
		n += len(s) + 1
	}
	b := make([]byte, 0, n)
	for i, s := range w {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, s...)
	}
	return string(b)
}

// perpetrators finds the actors a clause says carried out (or did not carry
// out) the strike; side is the actor the speaker speaks for, standing for
// "it", "we", "our" in its own statement.
func (st *docState) perpetrators(toks []token, ms []match, cov []int, cl clause, side string) (asserted, denied []string, negated bool) {
	add := func(actor string, neg bool) {
		if actor == "" {
			return
		}
		if neg {
			denied = uniq(denied, actor)
		} else {
			asserted = uniq(asserted, actor)
		}
	}
	ci, cj := msRange(ms, cl.from, cl.to)
	lastAgent := -1       // match index of the last agent of a passive ("by X"), or of one coordinated with it
	lastAgentNeg := false // its strike is negated: "no strikes by X"
	for k := ci; k < cj; k++ {
		m := ms[k]
		e := m.E
		if e.Flags&fMention == 0 || m.InName {
			continue
		}
		actor := e.Mention.Actor
		if a := speakerArm(e, side); a != "" {
			actor = a
		}
		if bareRegime(e.Mention.Phrase) {
			// "the Zionist regime's warplanes": the name before owns them
			if k > ci && ms[k-1].To == m.From && ms[k-1].E.Mention.Actor != "" {
				continue
			}
			if st.regime != "" {
				actor = st.regime // "the regime's warplanes": the regime named before
			}
		}
		if actor == "" {
			// "Moscow's jets", "Tehran's drones": a capital that speaks
			// for its state owns the arm named after it
			if actor = st.ownerOfArm(toks, m); actor == "" {
				actor = st.heldGovernment(toks, m)
			}
			if actor == "" {
				continue
			}
		}
		// "anti-U.S. alliance", "Iran-backed militias", "US-led" as modifier
		if m.From >= 2 && toks[m.From-1].Norm == "-" && toks[m.From-2].Norm == "anti" {
			continue
		}
		if m.To+1 < len(toks) && toks[m.To].Norm == "-" && patronParticiples.has(toks[m.To+1].Norm) {
			continue
		}
		if m.To < len(toks) && (toks[m.To].Norm == "controlled" || toks[m.To].Norm == "held") {
			continue
		}
		// "Iraqi F-16 aircraft", "Iraqi Mi-28 helicopters": the arm named
		// after a bare demonym refines the side
		if arms := airArms[actor]; arms != nil {
			for q := m.To; q < cl.to && q < m.To+8; q++ {
				if a := arms[toks[q].Norm]; a != "" {
					actor = a
					break
				}
				// "Iraqi and US-led coalition jets": the arm is shared
				if n := toks[q].Norm; !(n == "-" || hasDigit(n) || toks[q].Upper || n == "and" || cov[q] > 0) {
					break
				}
			}
		}
		// "a suspected U.S. drone strike": the narrator only reports a suspicion
		if side == "" && cl.att == nil && m.From > 0 && hedges.has(toks[m.From-1].Norm) {
			continue
		}
		// "none of its aircraft", "no coalition strikes", "not one coalition jet"
		noneOf := noneBefore(toks, m.From, cl.from)
		// "it is unclear whether a British jet carried out the strike": a
		// question names no one
		if !cl.answered && questionBefore(toks, m.From, cl.from) {
			continue
		}
		// "nobody is suggesting the helicopters were Russian": a claim no
		// one makes names no one
		if unclaimedBefore(toks, m.From, cl.from) {
			continue
		}
		// "the drones appear to have come from the Turkish side", "the
		// missiles were fired from Iran": the origin names the owner (before
		// the country-as-place test: "from" is a locative)
		if w, ok := originOf(toks, m.From, weaponHeadBefore(toks, cl.from)); ok {
			add(actor, w > cl.from && toks[w-1].Norm == "no")
			continue
		}
		// A country named as a place: "On April 1 in Syria, Coalition ... conducted"
		if e.Flags&fCountry != 0 && countryAsPlace(toks, ms, m.From) {
			continue
		}
		// "fighters, supported by intense coalition air strikes, have been
		// battling": the campaign's background
		if p, ok := supportBefore(toks, cov, ms, m.From, cl.from); ok && supportAside(toks, ms, p, cl.from, cl.to) {
			continue
		}
		// (a) subject of an attack verb — not its object: "four strikes
		// engaged three ISIS units and destroyed ..." names ISIS as the target.
		// ("we do not believe Syrian aircraft were involved" denies it)
		if ok, neg := subjectOf(toks, ms, m.To, cl.to); ok && !objectOfAttack(toks, ms, m.From, cl.from) && !againstObject(toks, m.From, cl.from) {
			add(actor, neg != disbelievedBefore(toks, m.From, cl.from) || noneOf)
			continue
		}
		// "no Russian aircraft had flown near the town": a side whose
		// aircraft did not fly there did not strike there
		if flightDenied(toks, m.To, cl.to, noneOf || deniedSpeech(cl)) {
			add(actor, true)
			continue
		}
		// "a Russian Su-34 had been tracked leaving Hmeimim shortly before
		// the attack": the side seen over the strike struck
		if !noneOf && !deniedSpeech(cl) && sightedBeforeStrike(toks, ms, m.To, cl.to) {
			add(actor, false)
			continue
		}
		// "the Revolutionary Guards, which fired the missiles": a relative
		// clause on the actor tells its act
		if m.To+2 < cl.to && toks[m.To].Norm == "," && (toks[m.To+1].Norm == "which" || toks[m.To+1].Norm == "who") {
			if ok, neg := subjectOf(toks, ms, m.To+2, cl.to); ok && !neg && !yearBefore(toks, m.To+2, cl.to) {
				add(actor, false)
				continue
			}
		}
		// a cleft: "it was the Iraqi air force that carried out the strike",
		// "it was an Iraqi army helicopter, a Mi-35, that fired"
		if c, rel := m.From-1, cleftThat(toks, m.To, cl.to); rel > 0 && rel+1 < cl.to {
			for c >= cl.from && (toks[c].Norm == "the" || toks[c].Norm == "a" || toks[c].Norm == "an") {
				c--
			}
			if c-1 >= cl.from && toks[c-1].Norm == "it" && (toks[c].Norm == "was" || toks[c].Norm == "is") {
				if ok, neg := subjectOf(toks, ms, rel+1, cl.to); ok {
					add(actor, neg)
					continue
				}
			}
		}
		// "it was the Americans", "it was an American drone": a source names
		// who struck the strike it tells of
		if cl.att != nil && itWasActor(toks, m, cl) {
			add(actor, false)
			continue
		}
		// (b) modifier of an attack noun: "an American strike", "the coalition's air raids",
		// "an American-Israeli strike"
		j := m.To
		for j < cl.to && toks[j].Quote != 0 {
			j++ // the U.S. "aggression"
		}
		if j+1 < cl.to && toks[j].Norm == "-" {
			if k2, ok := matchAt(ms, j+1); ok && ms[k2].E.Mention.Actor != "" {
				j = ms[k2].To
			}
		}
		j = pastActorList(toks, ms, j, cl.to)
		if j < cl.to && toks[j].Norm == "'s" {
			j++
		}
		j = skipAttackModifiers(toks, j, cl.to)
		// "an Iraqi helicopter strike": a weapon word may stand before the noun
		if k2, ok := matchAt(ms, j); ok && j < cl.to && ms[k2].E.Flags&(fType|fAttackNoun) == fType && ms[k2].To < cl.to {
			if k3, ok := matchAt(ms, ms[k2].To); ok && ms[k3].E.Flags&fAttackNoun != 0 {
				j = ms[k2].To
			} else if n := weaponPairNoun(toks, ms, ms[k2].To, cl.to); n > 0 {
				j = n // "Syrian artillery and mortar fire": two weapons share the attack noun
			}
		}
		if j < cl.to {
			if k2, ok := matchAt(ms, j); ok && isCue(ms[k2].E) && ms[k2].E.Flags&fAnaphor == 0 && (ms[k2].E.Flags&fAttackNoun != 0 || toks[j].Norm == "attacks") {
				if fendedOff(toks, m.From, cl.from) {
					continue // "repelling an Islamic State attack when a jet bombed them"
				}
				neg := negatedList(toks, ms, cov, m.From, cl.from) || noRecordBefore(toks, m.From, cl.from) == "record"
				add(actor, neg)
				continue
			}
		}
		// (c) agent of a passive: "planned/conducted by the Iraqi Security Forces",
		// "bombardment from the US-led coalition"
		p := m.From - 1
		for p >= cl.from && (toks[p].Norm == "the" || toks[p].Norm == "a" || toks[p].Norm == "an" || toks[p].Norm == "either" || toks[p].Quote != 0 || epithets.has(toks[p].Norm) || agentNumeral(toks[p].Norm)) {
			p-- // ("by either Russian or Syrian jets", "by two Russian jets")
		}
		// "accused \"the so-called international coalition\" of ..."
		if p-2 >= cl.from && toks[p].Norm == "called" && toks[p-1].Norm == "-" && toks[p-2].Norm == "so" {
			p -= 3
			for p >= cl.from && (toks[p].Norm == "the" || toks[p].Quote != 0) {
				p--
			}
		}
		// blamed what it called "the aircraft of the coalition"
		p = skipWhatCalled(toks, p, cl.from)
		// "no air or ground operation of the Turkish Armed Forces was
		// conducted": the operation denied is the actor's
		if p-1 >= cl.from && toks[p].Norm == "of" && deniedOperation(toks, ms, cl.from, p-1) {
			add(actor, true)
			continue
		}
		// "by the heroes of army aviation", "by jets of the coalition": the
		// agent is the actor whose arm or men are named
		if p-1 >= cl.from && toks[p].Norm == "of" && (armWords.has(toks[p-1].Norm) || agentNouns.has(toks[p-1].Norm)) {
			q := p - 2
			if q > cl.from && agentQualifiers.has(toks[q].Norm) {
				q-- // "by a militia faction of the PMF"
			}
			q = skipArmAdjectives(toks, q, cl.from)
			for q >= cl.from && (toks[q].Norm == "the" || toks[q].Norm == "a" || toks[q].Norm == "an" || toks[q].Quote != 0) {
				q-- // killed by "a drone of the Turkish occupation"
			}
			if q >= cl.from && (toks[q].Norm == "by" || toks[q].Norm == "from") {
				p = q
			}
		}
		// "the hallmarks of Iran-aligned factions within Iraq's Popular
		// Mobilisation Forces": the traces of a part are the whole's
		p = partOf(toks, p, cl.from)
		// "the attack was the work of Islamic State fighters"
		if ok, neg := workOf(toks, p, cl.from); ok {
			add(actor, neg)
			continue
		}
		// "the attack bears the hallmarks of Kataib Hezbollah"
		if ok, neg := markOf(toks, p, cl.from); ok {
			add(actor, neg)
			continue
		}
		// "the gunmen belonged to an Islamic State cell": the attackers' side
		if attackersBelongTo(toks, ms, cov, p, cl.from) {
			add(actor, false)
			continue
		}
		// (f) predicate: "the strike was Israeli", "the drone was American",
		// "the drone was likely Israeli"
		// (the warplanes were "most likely Israeli")
		if h := p; h >= cl.from+1 {
			for h > cl.from && (toks[h].Quote != 0 || predHedges.has(toks[h].Norm)) {
				h--
			}
			if h < p && (toks[h].Norm == "was" || toks[h].Norm == "were") {
				p = h
			}
		}
		if p >= cl.from+1 && (toks[p].Norm == "was" || toks[p].Norm == "were") && predicateEnd(toks, predicateArm(toks, m.To, cl.to), cl.to) {
			if k2, ok := matchAt(ms, p-1); ok || cov[p-1] > 0 {
				if !ok {
					k2 = cov[p-1] - 1
				}
				if ms[k2].E.Flags&(fAttackNoun|fType) != 0 {
					add(actor, false)
					continue
				}
			}
			if toks[p-1].is(classAirAgent) || toks[p-1].Norm == "aircraft" {
				add(actor, false) // "the warplanes were probably Russian"
				continue
			}
			if relativeStrikeBefore(toks, ms, cl.from, p) {
				add(actor, false) // "the jets that bombed the market were Russian"
				continue
			}
		}
		// (e) blame: "blamed Turkey", "held the United States responsible",
		// "blamed aircraft of the coalition", blamed "the cells of Daesh"
		q := p
		if q-2 >= max(0, cl.from-1) && toks[q].Norm == "of" && (armWords.has(toks[q-1].Norm) || agentNouns.has(toks[q-1].Norm)) {
			q -= 2
			// blamed "aircraft of the coalition": the quote opens before the arm
			for q >= cl.from && (toks[q].Norm == "the" || toks[q].Norm == "a" || toks[q].Quote != 0) {
				q--
			}
			q = skipWhatCalled(toks, q, cl.from)
		}
		if q >= cl.from-1 && q >= 0 && toks[q].is(classBlameVerb) && !accusedOfExploiting(toks, q+1, cl.to) {
			held := holdVerbs.has(toks[q].Norm)
			r := m.To
			for r < cl.to && r < m.To+4 && (heldDegree.has(toks[r].Norm) || toks[r].Quote != 0) {
				r++ // "holds the American side fully responsible", held U.S. forces "primarily responsible"
			}
			if !held || r < cl.to && (toks[r].Norm == "responsible" || toks[r].Norm == "accountable") {
				add(actor, false)
				continue
			}
		}
		if q >= cl.from && deemVerbs.has(toks[q].Norm) && culpritAfter(toks, m.To, cl.to) && !negatedWithin(toks, cl.from, q, 3) {
			add(actor, false) // "considers French artillery the most likely source of the shelling"
			continue
		}
		if (toks[m.To-1].is(classAirAgent) || m.To < cl.to && toks[m.To].is(classAirAgent) || elidedArm(toks, m, cl.from, cl.to)) && blameBefore(toks, max(cl.from-1, 0), p) {
			// "accused the United States of bringing Israeli drones into Iraq"
			add(actor, false)
			continue
		}
		if p >= cl.from && toks[p].Norm == "on" {
			// "blamed the attack on Islamic State"
			for q := p - 1; q >= cl.from-1 && q >= p-6; q-- {
				if q < 0 {
					break
				}
				if n := toks[q].Norm; toks[q].is(classBlameVerb) && !holdVerbs.has(n) {
					add(actor, false)
					break
				}
			}
		}
		if p >= cl.from && toks[p].Norm == "to" {
			// "attributed the strike to the US-led coalition"
			for q := p - 1; q >= cl.from-1 && q >= p-6; q-- {
				if q < 0 {
					break
				}
				if n := toks[q].Norm; n == "attributed" || n == "attributes" || n == "attributing" || n == "attribute" {
					add(actor, false)
					break
				}
			}
		}
		// "destroyed by Syrian and Russian warplanes": coordinated agents; "no
		// strikes by Iraqi or coalition aircraft" denies both (a hedge, "by
		// Russian or Syrian jets", asserts only the first; "by either Russian
		// or Syrian jets" names both as the ones that may have struck)
		if p >= cl.from && (toks[p].Norm == "and" || toks[p].Norm == "," || toks[p].Norm == "or" && (lastAgentNeg || eitherAt(toks, ms[k-1].From-1))) && k > ci && ms[k-1].To == p && lastAgent == k-1 {
			add(actor, lastAgentNeg)
			lastAgent = k
			continue
		}
		// "carried out by Iraqi aircraft, not coalition jets": the agent
		// set against the one before it is denied
		if contrastedAgent(toks, ms, cov, k, lastAgent, p, cl.from) {
			add(actor, !lastAgentNeg)
			continue
		}
		if p >= cl.from && (toks[p].Norm == "by" || toks[p].Norm == "from") && !tallyOf(toks, m.To) && !accountAfter(toks, m.To, cl.to) && !inquiryAgent(toks, cov, m.To, cl.to) {
			for q := p - 1; q >= cl.from && q >= p-4; q-- {
				// "hit about 2 km from a PMF headquarters": a distance
				// places the strike, the actor only owns the landmark
				if distanceUnits.has(toks[q].Norm) {
					break
				}
				if cov[q] > 0 && isCue(ms[cov[q]-1].E) {
					// "there were no airstrikes by Iraqi or coalition aircraft"
					f := ms[cov[q]-1].From
					lastAgentNeg = f > cl.from && (toks[f-1].Norm == "no" || negatedParticiple(toks, f, cl.from) || negatedPassiveSubject(toks, ms, f, cl.from))
					add(actor, lastAgentNeg)
					lastAgent = k
					break
				}
				// "no sortie by the Syrian air force": a flight denied
				if cov[q] == 0 && operationNouns.has(toks[q].Norm) && q > cl.from && negDeterminers.has(toks[q-1].Norm) {
					lastAgentNeg = true
					add(actor, true)
					lastAgent = k
					break
				}
				// "a drone operated by the Turkish army": who flies the
				// arm that struck is the attacker
				if cov[q] == 0 && q > cl.from && pilotVerbs.has(toks[q].Norm) && (toks[q-1].is(classAirAgent) || pilotedAside(toks, q, cl.from)) {
					add(actor, false)
					lastAgent = k
					break
				}
				// "a violation of its airspace by Iran": who broke into the
				// airspace is the one that struck
				if q == p-1 && violatedBy(toks, p, cl.from) {
					add(actor, false)
					lastAgent = k
					break
				}
				// "hit warehouses used by Iranian forces": the agent of
				// another participle, not of the strike
				if cov[q] == 0 && ownerVerbs.has(toks[q].Norm) {
					break
				}
				// "an explosive dropped from an Islamic State drone",
				// "explosives planted by Daesh": what struck, and who set it
				if cov[q] == 0 && deliveryVerbs.has(toks[q].Norm) && q > cl.from && deliveredWeapons.has(toks[q-1].Norm) {
					add(actor, false)
					lastAgent = k
					break
				}
			}
			if lastAgent == k {
				continue
			}
		}
		// an arm owned by the actor: "a drone belonging to the Turkish side"
		if p >= cl.from+2 && toks[p].Norm == "to" && belongVerbs.has(toks[p-1].Norm) && (toks[p-2].is(classAirAgent) || toks[p-2].Norm == "aircraft") {
			add(actor, false)
			continue
		}
		// (d) participation: "with support from @CJTFOIR", "coordinated with the Syrian army",
		// "carried out by the Zionist regime with American coordination"
		if withActorAid(toks, m, cl.from, cl.to) {
			add(actor, false)
			continue
		}
		for q := m.From - 1; q >= cl.from && q >= m.From-7; q-- {
			if cov[q] > 0 && ms[cov[q]-1].E.Flags&fPartic != 0 {
				add(actor, false)
				break
			}
			if cov[q] > 0 && ms[cov[q]-1].E.Flags&fMention != 0 {
				continue // "a US -led coalition"
			}
			if !partGap.has(toks[q].Norm) {
				break
			}
		}
	}
	// "the strikes, which it attributed to Israel, killed nine": the
	// relative clause after this one names who the speaker blames
	if actor := relativeBlame(toks, ms, cl.to); actor != "" {
		add(actor, false)
	}
	if actor := relativeSpeakerBlame(toks, ms, cl.att); actor != "" {
		add(actor, false)
	}
	// A speaker's own act named by a gerund: "The coalition denied conducting
	// any strike", "claimed responsibility for the attack".
	if side != "" && cl.att != nil && cl.from < cl.to {
		t := cl.from
		for t+1 < cl.to && (toks[t].Norm == "having" || toks[t].Norm == "any" || toks[t].Norm == "all") {
			t++
		}
		n := toks[t].Norm
		if k2, ok := matchAt(ms, t); ok && ms[k2].E.Flags&(fAttackVerb|fLink) != 0 && strings.HasSuffix(n, "ing") || n == "responsibility" || n == "involvement" || n == "participation" || n == "role" || n == "carrying" || ownTie(toks, t, cl.to) || cl.att.verbEnd > 0 && toks[cl.att.verbEnd-1].Norm == "responsibility" {
			add(side, false)
		}
	}
	// "it had no record of striking a minibus": the speaker denies its own strike
	if side != "" && cl.att != nil {
		for t := cl.from + 2; t < cl.to; t++ {
			if k2, ok := matchAt(ms, t); ok && ms[k2].E.Flags&fAttackVerb != 0 && strings.HasSuffix(toks[t].Norm, "ing") && toks[t-1].Norm == "of" && noRecordBefore(toks, t, cl.from) == "record" {
				add(side, true)
				break
			}
		}
	}
	// "the air force had targeted": the speaker's own forces, unnamed (not
	// when they hit the speaker's own men: "the helicopters killed two of
	// its fighters")
	if side != "" && !ownSideHit(toks, ms, cov, cl.from, cl.to) {
		for t := cl.from; t+1 < cl.to; t++ {
			if toks[t].Norm != "the" || cov[t] != 0 {
				continue
			}
			n := toks[t+1].Norm
			e := t + 2
			if n == "air" && e < cl.to && toks[e].Norm == "force" {
				e++
			} else if n != "army" && n != "military" && n != "warplanes" && n != "jets" && n != "helicopters" {
				continue
			}
			if ok, neg := subjectOf(toks, ms, e, cl.to); ok {
				arm := side
				if a := airArms[side][toks[e-1].Norm]; a != "" {
					arm = a
				} else if n == "air" && side == "iraq" {
					arm = "iraq-air-force"
				}
				add(arm, neg)
			}
		}
	}
	// "carried out by our helicopters"
	if side != "" {
		for t := cl.from + 1; t+1 < cl.to; t++ {
			if toks[t-1].Norm == "by" && (toks[t].Norm == "our" || toks[t].Norm == "its" || toks[t].Norm == "their") {
				arm := side
				if a := airArms[side][toks[t+1].Norm]; a != "" {
					arm = a
				}
				for q := t - 2; q >= cl.from && q >= t-5; q-- {
					if cov[q] > 0 && isCue(ms[cov[q]-1].E) {
						add(arm, false)
						break
					}
				}
			}
		}
	}
	// "the group said a \"martyrdom seeker\" had driven a car bomb into the
	// post": a group's own word for its suicide attacker names its side
	if side != "" && cl.att != nil {
		if t := martyrdomSeekerEnd(toks, cl.from, cl.to); t > 0 {
			if ok, neg := subjectOf(toks, ms, t, cl.to); ok {
				add(side, neg)
			} else if t < cl.to && seekerActs.has(toks[t].Norm) {
				add(side, false) // "had driven a car bomb into", "rammed"
			}
		}
	}
	// Pronouns for the speaker's own side: "it had attacked", "our heroes ... destroyed",
	// "its air strikes had killed".
	if side != "" {
		for t := cl.from; t < cl.to; t++ {
			if cov[t] != 0 || !toks[t].is(classSelfPronoun) {
				continue
			}
			if toks[t].Norm == "it" && t > cl.from && !selfLead.has(toks[t-1].Norm) && !strikeNounAt(ms, cov, t-1) {
				continue // "a fire spread ..., and it killed two fighters": "it" is the fire
			}
			if noOneSaidBefore(toks, t) {
				continue // "no group has said it carried it out": "it" is no group, not the speaker
			}
			if n := toks[t].Norm; (n == "they" || n == "their") && weBefore(toks, cl.from, t) {
				// "we deconflicted the airspace with the Russians, but they
				// played no role": a speaker saying "we" of its side says
				// "they" of the others it named
				if a := lastActorBefore(toks, ms, cl.from, t); a != "" && a != side {
					if ok, neg := subjectOf(toks, ms, t+1, cl.to); ok {
						add(a, neg)
					}
				}
				continue
			}
			if projectileArrival(toks, t, cl.to) {
				continue // "they landed on empty ground": the rounds, not the side
			}
			if (toks[t].Norm == "they" || toks[t].Norm == "their") && cl.att == nil && st.curSpeaker != st.narrator {
				continue // a labelled answer's speaker says "we" of its side: its "they bear responsibility" is the others'
			}
			if personalSources.has(st.curSpeaker) && (toks[t].Norm == "it" || toks[t].Norm == "its") && !capitalVoice(toks, cl.att) {
				// an officer's or a witness's "it" is the aircraft, not their side
				continue
			}
			if personalSources.has(st.curSpeaker) && (toks[t].Norm == "they" || toks[t].Norm == "their") && st.toldOthersStrike(st.curSpeaker, side) {
				// "Islamic State militants opened fire ... 'they fired from
				// three sides', the officer said": the attackers he told of
				continue
			}
			// "none of its strikes hit the house"
			noneOf := noneBefore(toks, t, cl.from)
			who := side
			if n := toks[t].Norm; n != "we" && n != "our" {
				if a := accusedBefore(toks, ms, t, side); a != "" {
					who = a // "accused Israel and said its drones struck": Israel's
				} else if a := controllerBefore(toks, ms, t, side); a != "" {
					who = a // "pressed Turkey to stop its attacks": Turkey's
				}
			}
			if t+1 < cl.to && (toks[t].Norm == "its" || toks[t].Norm == "their" || toks[t].Norm == "our") {
				n := t + 1
				if n+1 < cl.to && (numberWords.has(toks[n].Norm) || hasDigit(toks[n].Norm)) {
					n++ // "its eight strikes in the area struck cave complexes"
				}
				if k2, ok := matchAt(ms, n); ok && isCue(ms[k2].E) && ms[k2].E.Flags&fAttackNoun != 0 {
					add(who, noneOf)
					continue
				}
			}
			if (toks[t].Norm == "its" || toks[t].Norm == "our") && flightDenied(toks, t+1, cl.to, noneOf || deniedSpeech(cl)) {
				add(who, true) // "denied that its aviation had flown over the area"
				continue
			}
			if pastHabitStrike(toks, t, cl.to) {
				continue // "a group that we have struck before": no word on this strike
			}
			if possessiveNounVerb(toks, ms, t) {
				continue // "its launch rails", "their firing positions": a verb's form as a noun's modifier
			}
			if ok, neg := subjectOf(toks, ms, t+1, cl.to); ok {
				arm := who
				for q := t + 1; q < cl.to && q <= t+4; q++ {
					if a := airArms[who][toks[q].Norm]; a != "" {
						arm = a
						break
					}
				}
				add(arm, neg || noneOf)
			}
		}
	}
	// "France's armed forces confirmed that two Rafales struck a cave
	// entrance": a state's own voice telling of aircraft of a model it
	// flies, with no owner named, tells of its own
	if side != "" && cl.att != nil && len(asserted) == 0 && len(denied) == 0 && !st.curNotOwn && st.ownSide(st.curSpeaker) == side {
		if ok, neg := ownModelSubject(toks, ms, cl, side); ok {
			add(side, neg)
		}
	}
	// "Amaq said the group's fighters had blown up a vehicle": an armed
	// group's own claim calls its side "the group"
	if side != "" && cl.att != nil && armedGroupSpeakers.has(st.curSpeaker) {
		for t := cl.from + 1; t+2 < cl.to; t++ {
			if toks[t].Norm != "group" || toks[t-1].Norm != "the" || cov[t] != 0 && ms[cov[t]-1].E.Mention.Actor != "" {
				continue // ("the group" may be a generic mention, naming no actor)
			}
			next := t + 2 // "the group's fighters had blown up"
			if toks[t+1].Norm != "'s" {
				// "told the agency that the group had nothing to do with it":
				// the reported speech's subject is the speaker's group
				if t < 2 || toks[t-2].Norm != "that" {
					continue
				}
				next = t + 1
			}
			if ok, neg := subjectOf(toks, ms, next, cl.to); ok {
				add(side, neg)
			}
		}
	}
	// "blamed the bombing on the YPG": a group with no actor row of its own
	blameFrom := cl.from
	if cl.att != nil && cl.att.verb < cl.from {
		blameFrom = cl.att.verb
	}
	var group string
	var regime bool
	if st.cues.hasClass(classBlameVerb) || st.cues.hasWord(cueAttribute) {
		group, regime = blamedUnnamed(toks, blameFrom, cl.to)
	}
	if group != "" {
		add(group, false)
	}
	// "the attack was the work of the PYD/YPG", "the evidence pointed to the YPG"
	if g, neg := groupNamedCulprit(toks, cl.from, cl.to); g != "" {
		add(g, neg)
	}
	// "the PKK/YPG terrorists carried out a treacherous attack"
	if g, neg := groupAsSubject(toks, ms, cl.from, cl.to); g != "" {
		add(g, neg)
	}
	// "the PKK/YPG ... has shown its true face by targeting civilians"
	if g := groupStrikesByMeans(toks, ms, cl.from, cl.to); g != "" {
		add(g, false)
	}
	// "the attack was carried out by militias working with Iran"
	if a := proxyAgent(toks, ms, cov, cl.from, cl.to); a != "" {
		add(a, false)
	}
	// "the terrorists who carried out the attack had been trained by the PKK/YPG"
	if g := st.groupSentAttackersIn(toks, ms, cl); g != "" {
		add(g, false)
	}
	if regime {
		// "still blames what it calls \"the regime\"": the regime named
		// before, else Syria's
		if st.regime != "" {
			add(st.regime, false)
		} else {
			add("syria", false)
		}
	}
	// Negation of the event itself: "did not conduct airstrikes", "no medical
	// convoys were targeted", "medic convoy not targeted".
	for _, m := range ms[ci:cj] {
		if !isCue(m.E) {
			continue
		}
		for q := m.From - 1; q >= cl.from && q >= m.From-5; q-- {
			if cov[q] > 0 {
				fl := ms[cov[q]-1].E.Flags
				if fl&fNeg != 0 {
					if f := ms[cov[q]-1].From; (f == 0 || !deontic.has(toks[f-1].Norm)) && !unusedMunitions(toks, f, cl.from) && !goodsContrast(toks, f, cl.from) {
						negated = true
					}
					break
				}
				if fl&(fTarget|fType|fGroup|fMention) != 0 {
					continue
				}
			}
			if !negGap.has(toks[q].Norm) {
				break
			}
		}
	}
	return asserted, denied, negated
}

// unusedMunitions reports a negation at neg inside a relative clause about
// weapons: "a number of rockets that had not been launched", "missiles
// which were never fired". What was found unused does not deny the strike.
func unusedMunitions(toks []token, neg, from int) bool {
	q := neg - 1
	for q > from && q >= neg-3 && (toks[q].Norm == "had" || toks[q].Norm == "have" || toks[q].Norm == "has" || toks[q].Norm == "were" || toks[q].Norm == "was") {
		q--
	}
	if q <= from || toks[q].Norm != "that" && toks[q].Norm != "which" {
		return false
	}
	n := toks[q-1].Norm
	return projectiles.has(n) || deliveredWeapons.has(n) || n == "munitions" || n == "rounds"
}

// goodsContrast reports a "not" at neg that contrasts munitions with the
// goods someone carried or sold ("they were selling qat, not bombs",
// "the van was carrying flour, not weapons"): it says who the victims
// were, not that no strike took place.
func goodsContrast(toks []token, neg, from int) bool {
	if neg-1 <= from || toks[neg].Norm != "not" || toks[neg-1].Norm != "," {
		return false
	}
	return wordWithin(toks, goodsVerbs, from, neg-1, 5)
}

// goodsVerbs carry or trade goods: their object, set against munitions, is
// the victims' cargo.
var goodsVerbs = words("selling", "sold", "sell", "sells", "carrying", "carried", "carry",
	"transporting", "transported", "delivering", "delivered", "trading", "traded",
	"loading", "loaded", "bringing", "brought")

// anaphora gives "the raids destroyed 55 trucks" the perpetrators of the
// same speaker's claim just before.
func (st *docState) anaphora(toks []token, ms []match, cl clause, speaker string, co []string, idx int) []string {
	ci, cj := msRange(ms, cl.from, cl.to)
	for _, m := range ms[ci:cj] {
		if m.E.Flags&fAnaphor == 0 || prepositionObject(toks, m.From, cl.from) {
			continue // ("After the strikes, helicopters destroyed ...": the helicopters struck)
		}
		if ok, _ := subjectOf(toks, ms, m.To, cl.to); !ok && !happened(toks, m.To, cl.to) && !passiveToldBack(toks, ms, m.From, m.To, cl.to) {
			continue
		}
		if perps := st.earlierPerps(speaker, co, idx); perps != nil {
			return perps
		}
	}
	if bareEnemySubject(toks, ms, cl) {
		// "the enemy also targeted the yard": the side the speaker has
		// called its enemy ("the Israeli enemy carried out ...")
		return st.earlierPerps(speaker, nil, idx)
	}
	return nil
}

// prepositionObject reports a phrase at from that a preposition governs
// ("after the strikes", "in the attack"): a time or a setting, never the
// subject that struck.
func prepositionObject(toks []token, from, lo int) bool {
	return from > lo && toldBackPrepositions.has(toks[from-1].Norm)
}

// earlierPerps returns the perpetrators of the speaker's own latest claim
// that names them, or of a co-speaker's just before ("State TV, quoting the
// Security Media Cell, said the strikes ..."), or nil.
func (st *docState) earlierPerps(speaker string, co []string, idx int) []string {
	for i := len(st.claims) - 1; i >= 0; i-- {
		c := st.claims[i]
		recent := st.meta[i].sentence >= idx-2
		if (c.Speaker == speaker || recent && slices.Contains(co, c.Speaker)) && len(c.PerpetratorsAsserted) > 0 && c.Stance != model.StanceRetracts {
			if st.meta[i].ownStmt {
				// a statement's own side given by default names no one: "the
				// attack killed a U.S. contractor" after "the base came
				// under attack" in a Pentagon statement is not its strike
				return nil
			}
			return append([]string(nil), c.PerpetratorsAsserted...)
		}
	}
	return nil
}

// storyPerps returns the perpetrators of the report's first claim that
// names them, whoever made it (the strike the story is about: later claims
// may tell of a part in it, "the SDF provided intelligence"), or nil.
func (st *docState) storyPerps() []string {
	for i := range st.claims {
		if c := st.claims[i]; len(c.PerpetratorsAsserted) > 0 && c.Stance == model.StanceAsserts {
			return append([]string(nil), c.PerpetratorsAsserted...)
		}
	}
	return nil
}

// toldOthersStrike reports that speaker's latest claim naming who struck
// named someone other than side.
func (st *docState) toldOthersStrike(speaker, side string) bool {
	perps := st.earlierPerps(speaker, nil, 0)
	for _, p := range perps {
		if st.e.actors.Covers(side, p) {
			return false
		}
	}
	return len(perps) > 0
}

// bareEnemySubject reports "the enemy" with no actor named in it as the
// subject of the clause's strike ("the enemy also targeted the port").
func bareEnemySubject(toks []token, ms []match, cl clause) bool {
	for t := cl.from; t+1 < cl.to; t++ {
		if toks[t].Norm != "the" || toks[t+1].Norm != "enemy" {
			continue
		}
		if _, in := matchAt(ms, t+1); in {
			continue // a named enemy ("the Zionist enemy") is its own mention
		}
		if ok, neg := subjectOf(toks, ms, t+2, cl.to); ok && !neg {
			return true
		}
	}
	return false
}

// toldBackPrepositions before "the attack" make it another phrase's
// complement ("the answer to the attack was launched"), not the subject.
var toldBackPrepositions = words("to", "of", "for", "on", "after", "against", "with", "from", "in", "at", "about", "since", "before")

// passiveAdverbs may stand between a passive's auxiliary and its verb
// ("the attack was therefore carried out").
var passiveAdverbs = words("therefore", "thus", "then", "also", "reportedly", "allegedly", "apparently", "immediately", "clearly", "deliberately", "evidently", "indeed")

// irregularParticiples are passive verbs without the -ed ending.
var irregularParticiples = words("done", "undertaken", "made", "known", "meant", "met", "thrown", "beaten")

// passiveToldBack reports the attack noun [from, to) as the subject of a
// passive with no agent and no actor named after it ("The attack was
// therefore carried out in full knowledge of the presence of our
// elements", "the raid was retaliated against"): the definite noun tells
// again the strike told before, whose perpetrator it keeps; it is no new
// strike of the speaker's own side.
func passiveToldBack(toks []token, ms []match, from, to, end int) bool {
	if from > 0 && toldBackPrepositions.has(toks[from-1].Norm) {
		return false
	}
	j := to
	switch {
	case j+1 < end && (toks[j].Norm == "had" || toks[j].Norm == "has" || toks[j].Norm == "have") && toks[j+1].Norm == "been":
		j += 2
	case j < end && (toks[j].Norm == "was" || toks[j].Norm == "were"):
		j++
	default:
		return false
	}
	for j < end && passiveAdverbs.has(toks[j].Norm) {
		j++
	}
	if j >= end || !toks[j].Word || !strings.HasSuffix(toks[j].Norm, "ed") && !irregularParticiples.has(toks[j].Norm) {
		return false
	}
	for q := j + 1; q < end; q++ {
		if toks[q].Norm == "by" {
			return false // "the attack was carried out by ...": its agent is named
		}
	}
	return !actorNamedIn(ms, j+1, end) // "the raids were made jointly with the coalition": the clause names its part
}

// actorNamedIn reports a mention of an actor among tokens [from, to).
func actorNamedIn(ms []match, from, to int) bool {
	i, k := msRange(ms, from, to)
	for _, m := range ms[i:k] {
		if m.E.Flags&fMention != 0 && (m.E.Mention.Actor != "" || m.E.Mention.RelActor != "") {
			return true
		}
	}
	return false
}

// happened: "the strike took place on Monday", "the raid happened at dawn".
func happened(toks []token, t, end int) bool {
	if t < end && (toks[t].Norm == "happened" || toks[t].Norm == "occurred") {
		return true
	}
	return t+1 < end && toks[t].Norm == "took" && toks[t+1].Norm == "place"
}

// referenced resolves "that claim", "the U.S. claim", "the above tweet by the
// spokesperson for OIR" to the perpetrators that claim asserted on its
// speaker's own side.
//
// The narrator's claims are skipped, except its accounts of its own earlier
// words when it refers to them (narratorRef: "we wrote that … That was
// wrong."); weSaid reports that such an account is the claim referred to.
// ref is that claim's index (-1 when the clause refers to none).
func (st *docState) referenced(toks []token, ms []match, cl clause, narratorRef bool) (ref int, perps []string, wasDenial, weSaid bool) {
	i := st.referencedIndex(toks, ms, cl, narratorRef)
	if i < 0 {
		return -1, nil, false, false
	}
	c := st.claims[i]
	weSaid = c.Speaker == model.Journalist
	if len(c.PerpetratorsAsserted) == 0 {
		// "the Russian denial is false": what it denied
		return i, append([]string(nil), c.PerpetratorsDenied...), true, weSaid
	}
	side := st.meta[i].side
	var out []string
	for _, p := range c.PerpetratorsAsserted {
		if side != "" && st.e.actors.Covers(side, p) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		out = append(out, c.PerpetratorsAsserted...)
	}
	return i, out, false, weSaid
}

// referencedIndex returns the index of the claim a clause refers to (see
// referenced), or -1.
func (st *docState) referencedIndex(toks []token, ms []match, cl clause, narratorRef bool) int {
	refSide := ""
	ci, cj := msRange(ms, cl.from, cl.to)
	for _, m := range ms[ci:cj] {
		if m.E.Flags&fMention == 0 {
			continue
		}
		mm := m.E.Mention
		if mm.Speaker != "" {
			refSide = st.e.actors.SpeaksFor(mm.Speaker)
		}
		if refSide == "" {
			refSide = mm.Actor
		}
		if refSide != "" {
			break
		}
	}
	for i := len(st.claims) - 1; i >= 0 && i >= len(st.claims)-claimLookback; i-- {
		c := st.claims[i]
		if c.Speaker == model.Journalist && !(narratorRef && st.meta[i].weSaid) || len(c.PerpetratorsAsserted) == 0 && len(c.PerpetratorsDenied) == 0 {
			continue
		}
		if refSide != "" && !st.e.actors.Covers(st.meta[i].side, refSide) {
			continue
		}
		return i
	}
	return -1
}

// accusedSide is what a speaker denies when it rejects an accusation this
// report never tells (or tells only later): an accusation a side answers is
// one made against it, so "the militia's spokesman rejected the American
// official's accusation" denies the militia's part, not that the attack
// happened.
func (st *docState) accusedSide(speaker string) []string {
	if side := st.e.actors.SpeaksFor(speaker); side != "" {
		return []string{side}
	}
	return nil
}

// deniesOwnSide reports whether the speaker speaks for a side that covers
// one of the denied actors (its denial is of its own part).
func (st *docState) deniesOwnSide(speaker string, denied []string) bool {
	side := st.e.actors.SpeaksFor(speaker)
	if side == "" {
		return false
	}
	for _, p := range denied {
		if st.e.actors.Covers(side, p) {
			return true
		}
	}
	return false
}

// ownPart narrows the actors of a claim a speaker rejects to its own side's
// when the claim names it: the US embassy that "rejected the accusation"
// that American and Israeli jets struck denies the US part, and says
// nothing of Israel's.
func (st *docState) ownPart(speaker string, perps []string) []string {
	side := st.e.actors.SpeaksFor(speaker)
	if side == "" {
		return perps
	}
	var own []string
	for _, p := range perps {
		if st.e.actors.Covers(side, p) {
			own = append(own, p)
		}
	}
	if len(own) == 0 {
		return perps
	}
	return own
}

// claimLookback is how many of the latest claims a reference to an earlier
// claim ("that claim", "withdrew its report") searches: a bound that keeps
// a document of many such references linear.
const claimLookback = 64

// assertedBy reports a recent claim of speaker that names one of actors
// for a strike.
func (st *docState) assertedBy(speaker string, actors []string) bool {
	for i := len(st.claims) - 1; i >= 0 && i >= len(st.claims)-claimLookback; i-- {
		c := &st.claims[i]
		if c.Speaker != speaker || c.Stance != model.StanceAsserts && c.Stance != model.StanceConfirms {
			continue
		}
		for _, p := range c.PerpetratorsAsserted {
			for _, a := range actors {
				if st.e.actors.Covers(a, p) || st.e.actors.Covers(p, a) {
					return true
				}
			}
		}
	}
	return false
}

// soleOwnAccount reports a claim in which a side with no aircraft tells of
// its own attack ("Amaq said its fighters stormed the post") and that no
// other claim of the report about it puts on anyone else: denying that
// claim denies the attack took place, not a part in it ("The Security
// Media Cell denied the claim"). A side with aircraft that claims a strike
// often claims a part in someone's ("coalition forces had also taken
// part"): a denial of its claim denies its part.
func (st *docState) soleOwnAccount(i int) bool {
	if i < 0 {
		return false
	}
	c := &st.claims[i]
	side := st.meta[i].side
	if side == "" || c.Stance != model.StanceAsserts && c.Stance != model.StanceConfirms || len(c.PerpetratorsAsserted) == 0 {
		return false
	}
	if a, ok := st.e.actors.Lookup(side); !ok || !a.GroundOnly {
		return false
	}
	for _, p := range c.PerpetratorsAsserted {
		if !st.e.actors.Covers(side, p) {
			return false
		}
	}
	for j := max(0, i-sameStrikeWindow); j < min(len(st.claims), i+sameStrikeWindow+1); j++ {
		o := &st.claims[j]
		if j == i || !sameStrike(c, o) {
			continue
		}
		for _, p := range o.PerpetratorsAsserted {
			if !st.e.actors.Covers(side, p) {
				return false
			}
		}
	}
	return true
}

// namedKilled adds "killed: at least 1" for a named person killed
// ("Qassem Soleimani was killed in an American strike").
func (st *docState) namedKilled(toks []token, ms []match, cl clause, counts []model.Count) []model.Count {
	for _, c := range counts {
		if c.Kind == model.CountKilled {
			return counts
		}
	}
	for t := cl.from + 1; t+1 < cl.to; t++ {
		if toks[t].Norm == "was" && namedKillVerbs.has(toks[t+1].Norm) && toks[t-1].Upper && toks[t-1].Word {
			if _, ok := matchAt(ms, t-1); ok {
				continue
			}
			return append(counts, model.Count{Kind: model.CountKilled, Group: model.GroupUnknown, Min: model.IntPtr(1)})
		}
		if n, exact := st.killedNames(toks, ms, t, cl.to); n > 0 {
			c := model.Count{Kind: model.CountKilled, Group: model.GroupUnknown, Min: model.IntPtr(n)}
			if exact {
				c.Max = model.IntPtr(n)
			}
			return append(counts, c)
		}
	}
	return counts
}

// killedNames counts the people named as the objects of an active
// "killed" at t: one for "killed Razi Mousavi, a veteran general", two for
// "killed the Iranian general Qasem Soleimani and the Hashd's deputy
// chairman, Abu Mahdi al-Muhandis". The first name follows the verb
// (killedName) or a title opened by an article; each later one is joined
// by "and" or a comma and led by at most a title (namedListItem). People
// "together with" the named (companionsAfter) count too, and then the
// figure is exact: the sentence lists everyone it says was killed.
func (st *docState) killedNames(toks []token, ms []match, t, end int) (int, bool) {
	if !namedKillVerbs.has(toks[t].Norm) {
		return 0, false
	}
	k := t + 1
	if !st.killedName(toks, ms, t, end) {
		if k >= end || !titleOpeners.has(toks[k].Norm) {
			return 0, false
		}
		var joined bool
		if k, joined = st.nextListedName(toks, ms, k, end); k < 0 || joined {
			return 0, false
		}
	}
	n := 0
	last := k
	for k >= 0 {
		n++
		k = nameRunEnd(toks, k, end)
		last = k
		var joined bool
		if k, joined = st.nextListedName(toks, ms, k, end); !joined {
			break
		}
	}
	if more := companionsAfter(toks, last, end); more > 0 {
		return n + more, true
	}
	return n, false
}

// namedKillVerbs kill the person named after them (active) or before them
// ("Zaarour was eliminated").
var namedKillVerbs = words("killed", "assassinated", "killing", "eliminated")

// companionsAfter counts the people killed "together with" (or "along
// with") a name that ends at k, past its apposition: "Ali Hamdan, a
// commander in the brigade, together with his deputy and an additional
// fighter" (2). Each is a kin or entourage noun after a possessive ("his
// deputy") or a person after "an additional", "another" or "a third"
// (companionItem). It returns 0 when the list holds anything else.
func companionsAfter(toks []token, k, end int) int {
	w := companionWith(toks, k, end)
	if w < 0 {
		return 0
	}
	n := 0
	for k = w; k < end; {
		if toks[k].Norm == "and" || toks[k].Norm == "," {
			k++
			continue
		}
		next, ok := companionItem(toks, k, end)
		if !ok {
			break
		}
		n++
		k = next
	}
	return n
}

// companionWith returns the token after "together with" or "along with"
// right after a name ending at k or after its apposition (a comma, up to
// twelve tokens with no clause break, a comma), else -1.
func companionWith(toks []token, k, end int) int {
	with := func(j int) bool {
		return j+1 < end && (toks[j].Norm == "together" || toks[j].Norm == "along") && toks[j+1].Norm == "with"
	}
	if with(k) {
		return k + 2
	}
	if k >= end || toks[k].Norm != "," {
		return -1
	}
	if with(k + 1) {
		return k + 3
	}
	for j := k + 1; j < end && j <= k+13; j++ {
		switch n := toks[j].Norm; {
		case n == "," && with(j+1):
			return j + 3
		case n == "," || n == ";" || n == "." || toks[j].Quote != 0 || hasDigit(n):
			return -1
		}
	}
	return -1
}

// companionItem reads one companion at k: "his deputy" (a kin noun after a
// possessive) or "an additional Hezbollah operative", "another fighter",
// "a third militant" (a person's noun within four words). It returns the
// token after it.
func companionItem(toks []token, k, end int) (int, bool) {
	if k+1 >= end {
		return k, false
	}
	switch w := toks[k].Norm; {
	case (w == "his" || w == "her" || w == "their") && companionKin.has(toks[k+1].Norm):
		return k + 2, true
	case w == "another", w == "an" && toks[k+1].Norm == "additional", w == "a" && ordinalCompanions.has(toks[k+1].Norm):
		j := k + 1
		if w != "another" {
			j++
		}
		for ; j < end && j <= k+5; j++ {
			if companionPersons.has(toks[j].Norm) {
				return j + 1, true
			}
		}
	}
	return k, false
}

// companionKin are the kin and entourage one named person is killed with.
var companionKin = words("deputy", "aide", "driver", "bodyguard", "guard", "companion", "assistant",
	"wife", "son", "daughter", "brother", "nephew", "cousin")

// ordinalCompanions count one more person after "a": "a third militant".
var ordinalCompanions = words("second", "third", "fourth")

// companionPersons are a person's nouns after "an additional" or "another".
var companionPersons = words("terrorist", "operative", "militant", "fighter", "member", "commander",
	"official", "officer", "man", "person", "jihadist", "insurgent", "associate", "aide", "deputy")

// titleOpeners open a title before a killed person's name: "killed the
// Iranian general Qasem Soleimani".
var titleOpeners = words("the", "a", "an", "his", "its", "their", "her")

// nameRunEnd returns the token after the name starting at k: its
// capitalised words and name particles.
func nameRunEnd(toks []token, k, end int) int {
	for k < end && (toks[k].Word && toks[k].Upper || nameParticles.has(toks[k].Norm)) {
		k++
	}
	return k
}

// nextListedName finds the next person's name from k within a few tokens,
// over titles and appositions ("and the Hashd's deputy chairman, Abu
// Mahdi al-Muhandis", ", a senior adviser, and Hamid Tavakoli"). It
// returns the name's first token, or -1, and whether an "and" or a comma
// joined it to what came before. A stop word (a preposition, "who", a verb
// of saying or a past form: "and wounded Omar Khalil") or a number ends
// the search: what follows is no longer the list.
func (st *docState) nextListedName(toks []token, ms []match, k, end int) (int, bool) {
	joined := false
	for gap := 0; k < end && gap < 10; k, gap = k+1, gap+1 {
		tk := toks[k]
		if tk.Norm == "and" || tk.Norm == "," {
			joined = true
			continue
		}
		if nameListStops.has(tk.Norm) || tk.Quote != 0 || hasDigit(tk.Norm) || numberWords.has(tk.Norm) || strings.HasSuffix(tk.Norm, "ed") {
			return -1, false
		}
		if tk.Word && tk.Upper && k > 0 && !nameNotAfter.has(toks[k-1].Norm) && st.personNameAt(toks, ms, k, end) {
			return k, joined
		}
	}
	return -1, false
}

// personNameAt reports a person's name at k: at least two capitalised
// words over name particles ("Saad al-Rawi"), none a day, a month or an
// actor's mention, no place, closed as a name (nameCloses).
func (st *docState) personNameAt(toks []token, ms []match, k, end int) bool {
	to := nameRunEnd(toks, k, end)
	caps := 0
	for q := k; q < to; q++ {
		if !toks[q].Upper || !toks[q].Word {
			continue
		}
		if dayWords.has(toks[q].Norm) || monthWords.has(toks[q].Norm) {
			return false
		}
		if _, ok := matchAt(ms, q); ok {
			return false
		}
		caps++
	}
	return caps >= 2 && !st.placeAt(toks, k, to) && nameCloses(toks, to, end)
}

// nameListStops end a list of the killed: the places, times and clauses
// that follow it, and the attribution.
var nameListStops = words("in", "on", "at", "near", "who", "which", "when", "with", "as", "after", "during",
	"outside", "inside", "said", "says", "told", "according", "while", "but", ";", ".")

// nameNotAfter: capitalised words right after these are a body's name,
// not a person's ("commander of the Quds Force").
var nameNotAfter = words("the", "of", "a", "an", "'s", "'")

// killedName reports an active "killed <Given> <Family>" at t: "an
// Israeli strike on the house killed Razi Mousavi, a veteran general", "had
// killed Abu Maryam al-Britani". The name must be no place.
func (st *docState) killedName(toks []token, ms []match, t, end int) bool {
	if !namedKillVerbs.has(toks[t].Norm) {
		return false
	}
	return namedObject(toks, ms, t+1, end) && !st.placeAt(toks, t+1, t+3) && nameCloses(toks, t+3, end)
}

// nameCloses reports that a name read from k-2 ends by k or after more
// capitalised words and name particles (nameParticles), at the clause's
// end, a comma or a word that cannot go on a noun phrase: "killed Razi
// Mousavi, a general", "killed Abu Maryam al-Britani in", but not "killed
// Sayyida Zeinab residents".
func nameCloses(toks []token, k, end int) bool {
	for k < end && (toks[k].Word && toks[k].Upper || nameParticles.has(toks[k].Norm)) {
		k++
	}
	return k == end || !toks[k].Word || nameFollowers.has(toks[k].Norm)
}

// nameFollowers may follow a person's name in a killing clause.
var nameFollowers = words("in", "on", "at", "near", "and", "who", "with", "when", "as", "after", "during", "outside", "inside",
	"along", "together")

// namedObject reports a person's name as the object at token k: two
// capitalised words, perhaps over a name particle ("Abd al-Karim"), no
// actor mention covers, not a day or month ("killed Monday"), nor a people
// ("killed Syrian soldiers": one capitalised word).
func namedObject(toks []token, ms []match, k, to int) bool {
	if k+1 >= to {
		return false
	}
	second := k + 1
	for second+1 < to && second < k+3 && nameParticles.has(toks[second].Norm) {
		second++ // "Abd al-Karim"
	}
	for _, q := range [2]int{k, second} {
		if !toks[q].Upper || !toks[q].Word || dayWords.has(toks[q].Norm) || monthWords.has(toks[q].Norm) {
			return false
		}
		if _, ok := matchAt(ms, q); ok {
			return false
		}
	}
	return true
}

// objectOfAttack reports a mention right after an attack verb (over
// articles and numbers): "engaged three ISIS tactical units", "struck the
// PMF's depot".
func objectOfAttack(toks []token, ms []match, at, from int) bool {
	p := skipObjectQuantity(toks, at-1, from)
	if p >= from && p+1 < at && toks[p+1].Norm == "of" && partNouns.has(toks[p].Norm) {
		// "killed four members of the Popular Mobilisation and burned a
		// vehicle": the side whose men or sites were hit
		p = skipObjectQuantity(toks, p-1, from)
	}
	if p < from || p < 0 {
		return false
	}
	k := sort.Search(len(ms), func(i int) bool { return ms[i].To > p })
	return k < len(ms) && ms[k].From <= p && ms[k].E.Flags&fAttackVerb != 0 && ms[k].E.Flags&fAttackNoun == 0 && ms[k].E.Flags&fExcept == 0
}

// skipObjectQuantity steps back from p over the articles, numbers and
// hedges that stand between an attack verb and its object.
func skipObjectQuantity(toks []token, p, from int) int {
	for p >= from && (toks[p].Norm == "the" || toks[p].Norm == "a" || toks[p].Norm == "an" || hasDigit(toks[p].Norm) || numberWords.has(toks[p].Norm) || quantityHedges.has(toks[p].Norm) || toks[p].Quote != 0) {
		p--
	}
	return p
}

// partNouns name a side's men or sites before "of" and the side: "members
// of the Hashd", "positions of the SDF".
var partNouns = words("members", "fighters", "soldiers", "troops", "personnel", "officers", "elements",
	"positions", "posts", "sites", "bases", "vehicles", "hideouts", "headquarters")

// againstObject reports a mention that is the object of "against" (over
// articles and numbers): "a strike against two ISIL fighters firing from
// a roof" names whom the strike hit; the verb after them is what they were
// doing, not a strike of theirs.
func againstObject(toks []token, at, from int) bool {
	p := at - 1
	for p >= from && (toks[p].Norm == "the" || hasDigit(toks[p].Norm) || numberWords.has(toks[p].Norm) || quantityHedges.has(toks[p].Norm)) {
		p--
	}
	return p >= from && toks[p].Norm == "against"
}

// quantityHedges bound or round a number before the object: "killed more
// than 100 Islamic State militants", "at least", "dozens of".
var quantityHedges = words("more", "than", "at", "least", "up", "to", "as", "over", "nearly",
	"about", "around", "almost", "approximately", "roughly", "fewer", "less", "of", "hundreds", "scores")

// numberWords may stand between an attack verb and its object.
var numberWords = words("one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten", "several", "dozens", "some", "many", "multiple")

// capitalVoice reports a speaker named by its government's seat
// ("Washington said it had no part in it"): an institution, whose "it" is
// its side, though its speaker id is that of unnamed officials.
func capitalVoice(toks []token, a *attribution) bool {
	return a != nil && a.spTo == a.spFrom+1 && a.spFrom >= 0 && a.spFrom < len(toks) && capitalStates[toks[a.spFrom].Norm] != ""
}

// personalSources speak as persons, not for an institution: their "it" is
// never their own side ("It fired two missiles," the officer said).
var personalSources = words("iraqi-sources", "local-sources", "us-official", model.Journalist)

// selfLead may stand before an "it" that is the speaker itself ("said that
// it had struck", "it said it had struck").
var selfLead = words("that", "said", "says", "added", "stated", "announced", "confirmed", "denied", "admitted", "acknowledged",
	"us", "reporters", "journalists") // "told us it had carried out no strikes"

// weBefore reports a "we" or "our" in [from, t).
func weBefore(toks []token, from, t int) bool {
	for q := from; q < t; q++ {
		if n := toks[q].Norm; n == "we" || n == "our" {
			return true
		}
	}
	return false
}

// lastActorBefore is the actor of the last mention that ends in [from, t)
// and names a party rather than a place ("in that part of Syria"), or "".
func lastActorBefore(toks []token, ms []match, from, t int) string {
	actor := ""
	for _, m := range ms {
		if m.From >= t {
			break
		}
		if m.From >= from && m.To <= t && m.E.Flags&fMention != 0 && m.E.Mention.Actor != "" &&
			!(m.From > 0 && toks[m.From-1].Norm == "of") && !countryAsPlace(toks, ms, m.From) {
			actor = m.E.Mention.Actor
		}
	}
	return actor
}

// noOneSaidBefore reports a pronoun at t that is what a speech verb with a
// subject naming nobody says of itself ("no group has said it carried it
// out", "nobody has claimed they fired"): the pronoun is that nobody.
func noOneSaidBefore(toks []token, t int) bool {
	const from = 0 // (the speech verb and its subject stand before the clause)
	q := t - 1
	if q >= from && toks[q].Norm == "that" {
		q--
	}
	if q < from || !selfLead.has(toks[q].Norm) && toks[q].Norm != "claimed" {
		return false
	}
	q--
	for q >= from && noClaimFillers.has(toks[q].Norm) {
		q--
	}
	switch {
	case q >= from && toks[q].Norm == "nobody":
		return true
	case q-1 >= from && toks[q-1].Norm == "no" && noClaimHeads.has(toks[q].Norm):
		return true
	}
	return false
}

// supportAside reports a support phrase set off by commas whose forces do
// not strike: "SDF fighters, supported by coalition air strikes, have been
// fighting for the city since June", "government forces, backed by Russian
// air power, began a push". That is the campaign's background, not this
// strike. "Iraqi F-16s, backed by coalition air support, struck" is not.
func supportAside(toks []token, ms []match, p, from, to int) bool {
	if p-1 < from || toks[p-1].Norm != "," {
		return false
	}
	for e := p + 1; e+1 < to && e <= p+12; e++ {
		if toks[e].Norm != "," {
			continue
		}
		if n := toks[e+1]; n.Upper || n.Norm == "the" || n.Norm == "a" {
			break // not the forces' verb but a speaker: "..., the JOC said"
		}
		// the supported forces' own verb, after the aside
		for q := e + 1; q < to && q <= e+4; q++ {
			if k, ok := matchAt(ms, q); ok && ms[k].E.Flags&fAttackVerb != 0 && isCue(ms[k].E) {
				return false
			}
			if !gapWords.has(toks[q].Norm) {
				break
			}
		}
		return true
	}
	// an aside closing the clause: "have been battling ... since June,
	// supported by ...": background unless the clause strikes before it
	// ("was destroyed by army aviation, backed by coalition aircraft")
	i, j := msRange(ms, from, p)
	for _, m := range ms[i:j] {
		if m.E.Flags&fAttackVerb != 0 && isCue(m.E) {
			return false
		}
	}
	return true
}

// supportBefore returns where a support phrase ("backed by", "supported
// by") starts just before the mention at t.
func supportBefore(toks []token, cov []int, ms []match, t, from int) (int, bool) {
	for q := t - 1; q >= from && q >= t-4; q-- {
		if cov[q] > 0 && ms[cov[q]-1].E.Flags&fPartic != 0 {
			return ms[cov[q]-1].From, true
		}
		if !partGap.has(toks[q].Norm) && !intensity.has(toks[q].Norm) {
			break
		}
	}
	return 0, false
}

// intensity words qualify the support: "supported by intense coalition air strikes".
var intensity = words("intense", "heavy", "massive", "continuous", "sustained")

// recordNouns are what a source finds none of when it questions a strike:
// its own records deny it ("no record of a coalition strike"), a want of
// evidence disputes it ("no evidence that would support a coalition
// strike"). "No indication" is a refusal to comment (noComment).
var recordNouns = map[string]string{"record": "record", "records": "record", "trace": "record", "evidence": "evidence"}

// supportVerbs link such a noun to the strike: "no evidence that would
// support a coalition strike".
var supportVerbs = words("support", "supports", "show", "shows", "suggest", "suggests")

// noRecordBefore reports "no record of", "no evidence of", "no evidence
// that would support" just before the actor or act at t, as the kind of
// its noun ("record" or "evidence"; "" when there is none). Only a strike
// the actor is named in counts: "no evidence that fighters were present"
// names no strike.
func noRecordBefore(toks []token, t, from int) string {
	q := t - 1
	for q >= from && (toks[q].Norm == "a" || toks[q].Norm == "an" || toks[q].Norm == "any" || toks[q].Norm == "the") {
		q--
	}
	if q < from {
		return ""
	}
	switch n := toks[q].Norm; {
	case n == "of" || n == "for":
		q--
	case supportVerbs.has(n):
		q--
		for steps := 0; q >= from && steps < 2 && (toks[q].Norm == "would" || toks[q].Norm == "could" || toks[q].Norm == "that" || toks[q].Norm == "to"); steps++ {
			q--
		}
	default:
		return ""
	}
	if q < from {
		return ""
	}
	kind := recordNouns[toks[q].Norm]
	q--
	if q >= from && toks[q].Norm == "such" {
		q--
	}
	if kind == "" || q < from || toks[q].Norm != "no" {
		return ""
	}
	return kind
}

// noEvidenceOfStrike reports an actor's strike the clause finds no
// evidence of: the speaker disputes it without denying it.
func noEvidenceOfStrike(toks []token, ms []match, cl clause) bool {
	ci, cj := msRange(ms, cl.from, cl.to)
	for _, m := range ms[ci:cj] {
		if m.E.Flags&fMention != 0 && m.E.Mention.Actor != "" && noRecordBefore(toks, m.From, cl.from) == "evidence" {
			return true
		}
	}
	return false
}

// itWasActor reports a clause that is only "it was <actor>", perhaps with
// the actor's aircraft ("it was the Americans", "it is probably an Israeli
// drone"); "it was Iraqi territory" names no one.
func itWasActor(toks []token, m match, cl clause) bool {
	return itWasAt(toks, m, cl.from, cl.to, false)
}

// itWasAt is itWasActor over tokens [from, to); loose lets the "it" stand
// anywhere (a sentence-wide look before its clauses are known).
func itWasAt(toks []token, m match, from, to int, loose bool) bool {
	p := m.From - 1
	for p >= from && (toks[p].Norm == "the" || toks[p].Norm == "a" || toks[p].Norm == "an" || predHedges.has(toks[p].Norm)) {
		p--
	}
	if p-1 < from || toks[p-1].Norm != "it" || toks[p].Norm != "was" && toks[p].Norm != "is" {
		return false
	}
	if !loose && p-1 > from && toks[p-2].Norm != "that" && toks[p-2].Quote == 0 && !openerVerbs.has(toks[p-2].Norm) {
		return false
	}
	e := m.To
	if e < to && toks[e].is(classAirAgent) {
		e++
	}
	return e >= to || !toks[e].Word
}

// beliefVerbs open what the speaker holds true: "we believe that ...".
var beliefVerbs = words("believe", "believes", "believed", "think", "thinks", "thought")

// verbNegations negate the verb after them: "do not believe".
var verbNegations = words("not", "never", "don't", "doesn't", "didn't")

// disbelievedBefore reports a negated verb of belief just before the
// actor at t: "we do not believe Syrian aircraft were involved", "it
// does not think that the army took part" deny the actor's part.
func disbelievedBefore(toks []token, t, from int) bool {
	p := t - 1
	for p > from && (toks[p].Norm == "that" || toks[p].Norm == "the" || toks[p].Norm == "any") {
		p--
	}
	return p > from && beliefVerbs.has(toks[p].Norm) && verbNegations.has(toks[p-1].Norm)
}

// openerVerbs may stand before the "it" of "it was the Americans":
// "everyone here says it was the Americans".
var openerVerbs = words("says", "said", "say", "believe", "believed", "believes", "think", "thought")

// pastActorList returns the end of a list of actors that continues at j
// ("U.S. or coalition strikes": from after "U.S." to "strikes"), or j.
func pastActorList(toks []token, ms []match, j, to int) int {
	for j+1 < to && (toks[j].Norm == "or" || toks[j].Norm == "and") {
		k, ok := matchAt(ms, j+1)
		if !ok || ms[k].E.Mention.Actor == "" || ms[k].To > to {
			break
		}
		j = ms[k].To
	}
	return j
}

// negatedList reports "no" before the actor at t, or before the list of
// actors it ends: "no U.S. or coalition strikes" denies both.
func negatedList(toks []token, ms []match, cov []int, t, from int) bool {
	for p := t - 1; p >= from; p-- {
		switch n := toks[p].Norm; {
		case n == "no":
			return true
		case n == "or" || n == "and" || n == ",":
		case cov[p] > 0 && ms[cov[p]-1].E.Mention.Actor != "":
			p = ms[cov[p]-1].From
		default:
			return false
		}
	}
	return false
}

// negDeterminers before an actor deny it: "no coalition jet", "not one
// Russian aircraft", "not a single American plane", "neither Iraqi jets".
var negDeterminers = words("no", "neither", "nor")

// noneBefore reports a negative determiner just before the actor at t (not
// before the clause start): "no", "none of", "not one", "not a single".
func noneBefore(toks []token, t, from int) bool {
	if t-1 < from {
		return false
	}
	if negDeterminers.has(toks[t-1].Norm) {
		return true
	}
	if t-2 < from {
		return false
	}
	a, b := toks[t-2].Norm, toks[t-1].Norm
	if a == "none" && b == "of" || a == "not" && b == "one" {
		return true
	}
	return t-3 >= from && toks[t-3].Norm == "not" && b == "single" && (a == "a" || a == "one")
}

// questionBefore reports an actor that opens an embedded question: "whether
// a British aircraft carried out the strike", "asked whether the coalition
// had struck". The question asserts nothing of it.
func questionBefore(toks []token, t, from int) bool {
	for q := t - 1; q >= from && q >= t-3; q-- {
		switch toks[q].Norm {
		case "whether":
			return !doubtedAt(toks, q)
		case "the", "a", "an", "any":
			continue
		}
		return false
	}
	return false
}

// suggestVerbs put forward a claim: "nobody is suggesting", "no one
// claims".
var suggestVerbs = words("suggesting", "suggests", "suggested", "claiming", "claims", "claimed", "alleging", "alleges", "alleged", "saying", "says")

// unclaimedBefore reports an actor at t inside a claim that nobody makes:
// "nobody here is suggesting the helicopters were Russian", "no one has
// claimed that Iran fired the missiles".
func unclaimedBefore(toks []token, t, from int) bool {
	for q := t - 1; q >= from && q >= t-8; q-- {
		if !toks[q].is(classSuggestVerb) {
			continue
		}
		for p := q - 1; p >= from && p >= q-4; p-- {
			if toks[p].Norm == "nobody" || (toks[p].Norm == "one" && p > from && toks[p-1].Norm == "no") {
				return true
			}
		}
		return false
	}
	return false
}

// attackersBelongTo reports "belonged to" ending at p, "to" at p, whose
// subject is the attackers or their weapon: "said the gunmen belonged to
// an Islamic State cell", "the drone belonged to the coalition".
func attackersBelongTo(toks []token, ms []match, cov []int, p, from int) bool {
	if p-2 < from || toks[p].Norm != "to" || !belongVerbs.has(toks[p-1].Norm) {
		return false
	}
	s := p - 2
	if toks[s].is(classArmedMan) {
		return true
	}
	if cov[s] == 0 {
		return false
	}
	m := ms[cov[s]-1]
	return m.To == s+1 && m.E.Flags&fMention == 0 && m.E.Flags&(fAttackNoun|fType) != 0
}

// belongVerbs tie a weapon to its owner: "the aircraft belonged to the
// coalition".
var belongVerbs = words("belonged", "belongs", "belong", "belonging")

// copulaAfter reports a copula at t that makes what follows the weapon's
// owner ("was", "were", "belonged to", "came from"), and returns where the
// owner starts.
func copulaAfter(toks []token, t, end int) (int, bool) {
	if t >= end {
		return 0, false
	}
	switch n := toks[t].Norm; {
	case n == "was" || n == "were":
		if j, ok := originAfter(toks, t, end); ok {
			return j, true // "the drones were launched from Turkish territory"
		}
		return t + 1, true
	case belongVerbs.has(n) && t+1 < end && toks[t+1].Norm == "to":
		return skipArticles(toks, t+2, end), true
	}
	return originAfter(toks, t, end)
}

// skipArticles steps over articles and quotation marks from j.
func skipArticles(toks []token, j, end int) int {
	for j < end && (toks[j].Norm == "the" || toks[j].Norm == "a" || toks[j].Norm == "an" || toks[j].Quote != 0) {
		j++
	}
	return j
}

// originVerbs say where a weapon came from: its origin names its owner
// ("the drone came from the Turkish side", "the missiles were fired from
// Iran").
var originVerbs = words("came", "come", "comes", "coming", "launched", "fired", "flew", "flown", "entered", "crossed")

// originAux may stand between a weapon and its origin verb: "appear to
// have come", "had in fact come", "was apparently launched".
var originAux = words("had", "have", "has", "been", "was", "were", "to", "appear", "appears", "appeared",
	"seem", "seems", "seemed", "apparently", "probably", "likely", "in", "fact", "actually", "all", "both")

// accusedBefore returns the actor, other than the speaker's side, that the
// sentence accuses or blames before a third-person pronoun at t ("The
// Hashd accused Israel and said its drones had struck"): the pronoun is
// the accused's, not the speaker's.
func accusedBefore(toks []token, ms []match, t int, side string) string {
	for v := t - 1; v >= 0 && v >= t-24; v-- {
		if !toks[v].is(classBlameVerb) {
			continue
		}
		for a := v + 1; a < t && a <= v+4; a++ {
			if k, ok := matchAt(ms, a); ok && ms[k].E.Flags&fMention != 0 {
				if actor := ms[k].E.Mention.Actor; actor != "" && actor != side {
					return actor
				}
				return ""
			}
		}
		return ""
	}
	return ""
}

// controllerHeads may follow an adjective of a state as its head: "press
// the Turkish state to stop".
var controllerHeads = words("state", "government", "regime", "authorities", "army", "forces", "military")

// controllerBefore returns the actor, other than the speaker's side, that
// is the object before an infinitive or a "from" gerund whose possessive
// is at t ("called on Turkey to stop its attacks", "to prevent Israel from
// continuing its raids"): the pronoun is the object's, who is to act.
func controllerBefore(toks []token, ms []match, t int, side string) string {
	if t < 3 || !toks[t-1].Word {
		return ""
	}
	if p := toks[t-2].Norm; p != "to" && !(p == "from" && strings.HasSuffix(toks[t-1].Norm, "ing")) {
		return ""
	}
	for a := t - 3; a >= 0 && a >= t-6; a-- {
		k, ok := matchAt(ms, a)
		if !ok || ms[k].E.Flags&fMention == 0 {
			continue
		}
		if ms[k].To != t-2 && (ms[k].To != t-3 || !controllerHeads.has(toks[t-3].Norm)) {
			return ""
		}
		if actor := ms[k].E.Mention.Actor; actor != side {
			return actor
		}
		return ""
	}
	return ""
}

// ownerOfArm returns the actor a speaker-only mention (a capital:
// "Moscow", "Tehran") speaks for when an arm follows it in the possessive
// ("Moscow's jets"), or "".
func (st *docState) ownerOfArm(toks []token, m match) string {
	sp := m.E.Mention.Speaker
	if sp == "" || m.To+1 >= len(toks) || toks[m.To].Norm != "'s" || !armWords.has(toks[m.To+1].Norm) && !toks[m.To+1].is(classAirAgent) {
		return ""
	}
	return st.e.actors.SpeaksFor(sp)
}

// heldGovernment is the state whose capital or government a hold-responsible
// frame names: "they hold Tehran responsible", "held Damascus fully
// accountable". A capital speaks for its state; held responsible, it is
// the state blamed.
func (st *docState) heldGovernment(toks []token, m match) string {
	sp := m.E.Mention.Speaker
	if sp == "" || !heldResponsible(toks, m) {
		return ""
	}
	return st.e.actors.SpeaksFor(sp)
}

// calledBy may say "what it called": the speaker's own label for the one it
// blames ("blamed what it called the aggressor's aircraft").
var calledBy = words("it", "they", "he", "she", "officials", "ministry", "agency", "statement")

// skipWhatCalled steps back from p over "what it called" (or "what they
// described as") and the articles and quotation marks before the label.
func skipWhatCalled(toks []token, p, from int) int {
	q := p
	if q < 0 || q < from {
		return p
	}
	if q-1 >= from && toks[q].Norm == "as" && toks[q-1].Norm == "described" {
		q--
	}
	if n := toks[q].Norm; q-2 < from || n != "called" && n != "described" || !calledBy.has(toks[q-1].Norm) || toks[q-2].Norm != "what" {
		return p
	}
	q -= 3
	for q >= from && (toks[q].Norm == "the" || toks[q].Quote != 0) {
		q--
	}
	return q
}

// originWeapons are the things whose origin names their owner.
var originWeapons = words("aircraft", "jets", "jet", "warplanes", "warplane", "planes", "plane",
	"drones", "drone", "uav", "uavs", "helicopter", "helicopters", "bomber", "bombers",
	"missile", "missiles", "rocket", "rockets", "shells", "bombs", "bomb", "projectile", "projectiles",
	"mortars", "barrage") // "the barrage was fired from positions held by the army"

// originOf finds, in the dozen words before the actor at t, a weapon whose
// origin is that actor ("the drone had come from the Turkish side") and
// returns the weapon's position.
func originOf(toks []token, t, from int) (int, bool) {
	start := t // where the origin named after "from" starts
	if t < 2 || toks[t-1].Norm != "from" && toks[t-2].Norm != "from" && (t < 3 || toks[t-3].Norm != "from") && !directionOfBefore(toks, t) {
		// cheap test first: no "from" just before the actor, nor an area it holds
		a, ok := heldAreaBefore(toks, t, from)
		if !ok {
			return 0, false
		}
		start = a
	}
	for w := start - 2; w >= from && w >= start-16; w-- { // (room for a relative clause: "the bombs that hit ... came from")
		if !originWeapons.has(toks[w].Norm) {
			continue
		}
		j, ok := originAfter(toks, relativeSkipped(toks, w+1, start), start+1)
		return w, ok && j == start
	}
	return 0, false
}

// weaponHeadBefore widens a clause that starts inside a relative clause
// to the weapon it is about: in "at least two of the bombs that hit the
// position came from Russian jets" the clause may start at "hit", and the
// bombs whose origin is named stand before it.
func weaponHeadBefore(toks []token, from int) int {
	if from >= 2 && (toks[from-1].Norm == "that" || toks[from-1].Norm == "which") && originWeapons.has(toks[from-2].Norm) {
		return from - 2
	}
	return from
}

// directionOfBefore reports "from the direction of" just before the actor
// at t ("came from the direction of the army"): the direction names the
// origin as "from" alone does.
func directionOfBefore(toks []token, t int) bool {
	p := t - 1
	if p >= 0 && toks[p].Norm == "the" {
		p--
	}
	if p < 2 || toks[p].Norm != "of" || toks[p-1].Norm != "direction" {
		return false
	}
	p -= 2
	if p >= 0 && toks[p].Norm == "the" {
		p--
	}
	return p >= 0 && toks[p].Norm == "from" && !borderAfter(toks, t)
}

// borderWords make a direction geography, not a side: "from the direction
// of the Iraqi border".
var borderWords = words("border", "borders", "frontier", "airspace", "desert", "sea", "river")

// borderAfter reports a border word among the two words after t.
func borderAfter(toks []token, t int) bool {
	for j := t + 1; j < len(toks) && j <= t+2; j++ {
		if borderWords.has(toks[j].Norm) {
			return true
		}
	}
	return false
}

// areaNouns name ground a side may hold, from which a weapon is fired.
var areaNouns = words("area", "areas", "territory", "territories", "positions", "position", "zone", "zones", "parts", "part", "side")

// heldVerbs tie an area to the side that holds it: "held by".
var heldVerbs = words("held", "controlled", "occupied")

// heldAreaBefore finds an area held by the actor at t ("an area held by
// Syrian government forces", "areas under the control of the army") and
// returns where the area's words start, when "from" stands before it.
func heldAreaBefore(toks []token, t, from int) (int, bool) {
	p := t - 1
	if p-1 >= from && toks[p].Norm == "of" && toks[p-1].Norm == "government" {
		p -= 2 // "the control of Government of Syria forces"
	}
	for p >= from && (toks[p].Norm == "the" || toks[p].Norm == "a" || toks[p].Norm == "an") {
		p--
	}
	switch {
	case p-1 >= from && toks[p].Norm == "by" && heldVerbs.has(toks[p-1].Norm):
		p -= 2
	case p-3 >= from && toks[p].Norm == "of" && toks[p-1].Norm == "control" && toks[p-2].Norm == "the" && toks[p-3].Norm == "under":
		p -= 4
	default:
		return 0, false
	}
	if p < from || !areaNouns.has(toks[p].Norm) {
		return 0, false
	}
	a := p
	for p--; p >= from && (toks[p].Norm == "the" || toks[p].Norm == "a" || toks[p].Norm == "an"); p-- {
		a = p
	}
	if p < from || toks[p].Norm != "from" {
		return 0, false
	}
	return skipArticles(toks, a, t), true
}

// relativeSkipped steps over a short relative clause at j that tells
// what the weapon hit ("the bombs that hit the convoy's position came
// from ..."): the verb of origin after it is the weapon's. It returns j
// when no such clause opens there.
func relativeSkipped(toks []token, j, end int) int {
	if j >= end || toks[j].Norm != "that" && toks[j].Norm != "which" {
		return j
	}
	for v := j + 2; v < end && v <= j+10; v++ {
		if n := toks[v].Norm; n == "," || n == "." || n == ";" {
			return j
		}
		if originVerbs.has(toks[v].Norm) {
			return v
		}
	}
	return j
}

// originAfter reads "came from", "appear to have come from", "entered
// Iraqi airspace from" at t and returns where the origin starts after
// "from" ("the", "across" stepped over).
func originAfter(toks []token, t, end int) (int, bool) {
	j := t
	for j < end && j < t+6 && (originAux.has(toks[j].Norm) || toks[j].Quote != 0) {
		j++
	}
	if j >= end || !originVerbs.has(toks[j].Norm) {
		return 0, false
	}
	j++
	// "entered Iraqi airspace from the Iranian side"
	for g := j; g < end && g < j+3; g++ {
		if toks[g].Norm == "airspace" {
			j = g + 1
			break
		}
	}
	if j+1 >= end || toks[j].Norm != "from" {
		return 0, false
	}
	j = skipArticles(toks, j+1, end)
	if j+1 < end && originInside.has(toks[j].Norm) {
		j = skipArticles(toks, j+1, end) // "the missiles came from inside Iran"
	}
	if j+2 < end && toks[j].Norm == "direction" && toks[j+1].Norm == "of" {
		j = skipArticles(toks, j+2, end) // "the shells came from the direction of army positions"
	}
	return j, true
}

// originInside may stand between "from" and the origin: "came from inside
// Iran", "fired from within Syrian territory".
var originInside = words("inside", "within")

// attributionIn reports, in tokens [from, to) before a speaker, a sentence
// that names who struck only by a predicate: "the drone was Turkish", "it
// was a Turkish drone", or that nobody knows: "the drone was unidentified".
// It then holds the claim, not the words after the speaker.
func attributionIn(toks []token, ms []match, from, to int) bool {
	i, j := msRange(ms, from, to)
	for _, m := range ms[i:j] {
		if predicateCue(toks, ms, m, to) || m.E.Flags&fMention != 0 && m.E.Mention.Actor != "" && itWasAt(toks, m, from, to, false) {
			return true
		}
	}
	return unidentifiedArm(toks, from, to) // "The drone was unidentified, police said."
}

// doubtVerbs before "whether" make the question a dispute of the claim it
// asks about: "questioned whether a British jet struck" disputes the
// British part; "asked whether" only asks.
var doubtVerbs = words("questioned", "questions", "question", "doubted", "doubts", "doubt", "disputed", "disputes")

// doubtedAt reports a doubt verb just before the "whether" at w.
func doubtedAt(toks []token, w int) bool {
	return w > 0 && doubtVerbs.has(toks[w-1].Norm)
}

// relativeBlame returns the actor of a relative clause of blame that opens at
// t, "which it attributed to Israel", "that the ministry blamed on Turkey"
// (a verb of attributionVerbs or blameVerbs, then "to" or "on"), or "".
func relativeBlame(toks []token, ms []match, t int) string {
	if t < len(toks) && toks[t].Norm == "," {
		t++
	}
	if t >= len(toks) || toks[t].Norm != "which" && toks[t].Norm != "that" {
		return ""
	}
	for v := t + 1; v < len(toks) && v <= t+5; v++ {
		if !toks[v].Word {
			return ""
		}
		if !attributionVerbs.has(toks[v].Norm) && !toks[v].is(classBlameVerb) {
			continue
		}
		return blamedOn(toks, ms, v+1)
	}
	return ""
}

// blamedOn returns the actor after "on" or "to" at t, where a verb of blame
// ends ("blamed on Turkey", "attributed to the coalition"), or "".
func blamedOn(toks []token, ms []match, t int) string {
	if t >= len(toks) || toks[t].Norm != "to" && toks[t].Norm != "on" {
		return ""
	}
	a := t + 1
	for a < len(toks) && (toks[a].Norm == "the" || toks[a].Norm == "a" || toks[a].Norm == "an" || toks[a].Quote != 0) {
		a++
	}
	if k, ok := matchAt(ms, a); ok && ms[k].E.Flags&fMention != 0 {
		return ms[k].E.Mention.Actor
	}
	return ""
}

// relativeSpeakerBlame returns whom an attribution that is itself a
// relative clause of blame names: "the explosion, which Baghdad blamed on
// Turkey, killed four shepherds" (the speaker's claim is its blame).
func relativeSpeakerBlame(toks []token, ms []match, a *attribution) string {
	if a == nil || a.right || a.verbEnd <= a.verb {
		return ""
	}
	if v := toks[a.verb].Norm; !attributionVerbs.has(v) && !toks[a.verb].is(classBlameVerb) {
		return ""
	}
	w := a.spFrom - 1
	for w >= 0 && (toks[w].Norm == "the" || toks[w].Norm == "a") {
		w--
	}
	if w < 0 || toks[w].Norm != "which" && toks[w].Norm != "that" {
		return ""
	}
	return blamedOn(toks, ms, a.verbEnd)
}

// defenceVerbs take the attack that the victims were fighting off: the
// attacker named with it ("repelling an Islamic State attack when a
// coalition jet dropped a bomb") is not the strike's perpetrator.
var defenceVerbs = words("repel", "repels", "repelled", "repelling", "repulse", "repulsed", "repulsing",
	"thwart", "thwarted", "thwarting", "foil", "foiled", "foiling", "resist", "resisted", "resisting",
	"fending", "fended")

// fendedOff reports a defence verb just before the determiner of the
// attack phrase that starts at from.
func fendedOff(toks []token, from, clauseFrom int) bool {
	p := from - 1
	for p >= clauseFrom && (toks[p].Norm == "a" || toks[p].Norm == "an" || toks[p].Norm == "the") {
		p--
	}
	if p >= clauseFrom && defenceVerbs.has(toks[p].Norm) {
		return true
	}
	// "in retaliation for the U.S. drone strike": the attack answered is
	// another one, when a strike answers it; without one ("These
	// operations are in response to the ISIS-K attack of Aug. 26") the
	// clause tells the attack answered (as its place and day do)
	return p-1 >= clauseFrom && (toks[p].Norm == "for" || toks[p].Norm == "to") && answerNouns.has(toks[p-1].Norm) &&
		wordWithin(toks, answeringVerbs, clauseFrom, p-1, p-1-clauseFrom) // "fired six missiles ... in retaliation for"
}

// sourceNouns after an actor make "by X" a source, not an agent ("by
// U.S. accounts", "by Turkish estimates").
var sourceNouns = words("account", "accounts", "estimate", "estimates", "count", "counts", "figures", "tally", "reckoning", "standards")

// accountAfter: the actor ending at t is the owner of an account noun.
func accountAfter(toks []token, t, end int) bool {
	if t < end && toks[t].Norm == "'s" {
		t++
	}
	return t < end && sourceNouns.has(toks[t].Norm)
}

// yearBefore reports a year in the aside from j to its closing comma:
// "the Islamic State, which attacked the town in 2014," tells of the past.
func yearBefore(toks []token, j, end int) bool {
	for ; j < end && toks[j].Norm != ","; j++ {
		if n := toks[j].Norm; len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20")) && hasDigit(n[2:]) {
			return true
		}
	}
	return false
}

// agentFillers are what a "by" after a strike verb may name without an
// agent: a weapon or a manner ("by air", "by artillery", "by a drone"), or
// the speaker's own side ("by our helicopters").
var agentFillers = words("air", "land", "sea", "ground", "artillery", "mistake", "error", "accident",
	"our", "its", "their", "his", "her", "means", "way", "far", "then", "now", "night", "day", "hand", "itself", "themselves",
	"shrapnel", "debris", "fragments", "gunfire", "fire", "rubble", "collapse") // what killed, not who

// unnamedAgent reports a strike verb whose "by" agent names no actor id in
// [from, to): "a provocation carried out by the PKK terrorist
// organisation", "rockets fired by a militia". The strike is then
// nobody's own that the sentence leaves unnamed.
func unnamedAgent(toks []token, ms []match, cov []int, from, to int) bool {
	for t := from + 1; t+1 < to; t++ {
		if toks[t].Norm != "by" || cov[t-1] == 0 {
			continue
		}
		if e := ms[cov[t-1]-1].E; e.Flags&fAttackVerb == 0 || e.Flags&fExcept != 0 || ms[cov[t-1]-1].To != t {
			continue
		}
		a := t + 1
		for a < to && (toks[a].Norm == "the" || toks[a].Norm == "a" || toks[a].Norm == "an" || toks[a].Quote != 0 || epithets.has(toks[a].Norm)) {
			a++
		}
		if a >= to || !toks[a].Word || agentFillers.has(toks[a].Norm) || !agentPhrase(toks, ms, cov, a, to) {
			continue
		}
		return true
	}
	return false
}

// proxyAgent finds a strike verb's "by" agent that is a proxy named by its
// patron: "carried out by militias working with Iran", "fired by groups
// loyal to Tehran's Quds Force". The patron named is the actor the
// speaker holds to account; it returns "" when none stands there.
func proxyAgent(toks []token, ms []match, cov []int, from, to int) string {
	for t := from + 1; t+3 < to; t++ {
		if toks[t].Norm != "by" || cov[t-1] == 0 {
			continue
		}
		if e := ms[cov[t-1]-1].E; e.Flags&fAttackVerb == 0 || e.Flags&fExcept != 0 || ms[cov[t-1]-1].To != t {
			continue
		}
		a := t + 1
		for a < to && a < t+4 && (toks[a].Norm == "the" || toks[a].Norm == "a" || epithets.has(toks[a].Norm)) {
			a++
		}
		if a >= to || !proxyNouns.has(toks[a].Norm) {
			continue
		}
		q := proxyTieEnd(toks, a+1, to)
		if q < 0 {
			continue
		}
		if q < to && toks[q].Norm == "the" {
			q++
		}
		if k, ok := matchAt(ms, q); ok && ms[k].E.Flags&fMention != 0 && ms[k].E.Mention.Actor != "" {
			return ms[k].E.Mention.Actor
		}
	}
	return ""
}

// proxyNouns name armed men who may act for a patron; proxyTies join
// them to it ("militias working with Iran", "groups loyal to Iran").
var (
	proxyNouns = words("militia", "militias", "group", "groups", "faction", "factions", "fighters", "gunmen", "proxies", "cells", "operatives")
	proxyTies  = [][]string{{"working", "with"}, {"working", "for"}, {"acting", "for"}, {"acting", "on", "behalf", "of"},
		{"loyal", "to"}, {"aligned", "with"}, {"allied", "with"}, {"allied", "to"}, {"linked", "to"}, {"affiliated", "with"}}
)

// proxyTieEnd returns the index after a proxy tie at j, or -1.
func proxyTieEnd(toks []token, j, to int) int {
	for _, tie := range proxyTies {
		if j+len(tie) > to {
			continue
		}
		ok := true
		for k, w := range tie {
			if toks[j+k].Norm != w {
				ok = false
				break
			}
		}
		if ok {
			return j + len(tie)
		}
	}
	return -1
}

// agentPhrase reports that the noun phrase from a names an agent with no
// actor id: no weapon or arm in it ("by powerful surface-to-surface
// missiles", "by an MQ-9 Reaper drone", "by drone strike"), no actor named
// in it, no time ("by Tuesday").
func agentPhrase(toks []token, ms []match, cov []int, a, to int) bool {
	for q := a; q < to && q < a+12; q++ {
		n := toks[q].Norm
		if n == "," || n == "." || n == ";" || n == "of" || n == "which" || n == "that" || n == "who" {
			break
		}
		if toks[q].is(classAirAgent) || armWords.has(n) || deliveredWeapons.has(n) || projectiles.has(n) {
			return false
		}
		if cov[q] > 0 {
			e := ms[cov[q]-1].E
			if e.Flags&(fMention|fType|fAttackNoun|fTime) != 0 {
				return false // a named actor or body is read as the agent ("a survey conducted by Iraqi officials"); "by drone strike"
			}
		}
	}
	return true
}

// predicateEnd reports that a predicate ends at j: "the jets were
// Russian", "... were Russian, based on", "... were Russian and".
func predicateEnd(toks []token, j, end int) bool {
	return j >= end || !toks[j].Word || toks[j].Norm == "and" || toks[j].Norm == "but"
}

// predicateArm steps over the aircraft a predicate names after its actor
// ("the jets were Syrian government aircraft", "were Russian Su-34s") and
// returns where the predicate goes on; j itself when no aircraft follow.
func predicateArm(toks []token, j, end int) int {
	q := j
	for q < end && q < j+3 && (toks[q].Norm == "government" || toks[q].Norm == "regime" || toks[q].Norm == "air" || toks[q].Norm == "force") {
		q++
	}
	if q < end && (toks[q].is(classAirAgent) || toks[q].Norm == "aircraft") {
		return q + 1
	}
	return j
}

// aidNouns name a part in another's strike: "with American coordination",
// "with Russian air support".
var aidNouns = words("coordination", "support", "help", "assistance", "backing", "cooperation", "participation", "complicity", "involvement", "approval")

// aidKinds may stand between the actor and its aid noun.
var aidKinds = words("air", "aerial", "intelligence", "logistical", "logistic", "military", "direct", "full", "-")

// withActorAid reports an actor m named as the giver of aid to the strike:
// "with American coordination", "with full US support".
func withActorAid(toks []token, m match, from, to int) bool {
	p := m.From - 1
	for p >= from && (toks[p].Norm == "the" || aidKinds.has(toks[p].Norm)) {
		p--
	}
	if p < from || toks[p].Norm != "with" {
		return false
	}
	q := m.To
	for q < to && aidKinds.has(toks[q].Norm) {
		q++
	}
	return q < to && aidNouns.has(toks[q].Norm)
}

// wrongedWords name what a strike by another violates: "a flagrant
// violation of Iraqi sovereignty", "a breach of Iraq's airspace" (not
// "against U.S. personnel": a strike may answer attacks on its own side).
var wrongedWords = words("sovereignty", "airspace", "territory", "soil", "territorial")

// violationNouns name a breach of a state's sovereignty.
var violationNouns = words("violation", "violations", "breach", "infringement")

// violatedBy reports "violation of its airspace" before "by" at p:
// "condemned an \"unprovoked violation\" of its airspace by Iran, saying
// missiles had struck a village" names the attacker.
func violatedBy(toks []token, p, from int) bool {
	q := p - 1
	if q <= from || !wrongedWords.has(toks[q].Norm) {
		return false
	}
	for q--; q > from && q >= p-4 && toks[q].Norm != "of"; q-- {
	}
	if q <= from || toks[q].Norm != "of" {
		return false
	}
	for q--; q > from && toks[q].Quote != 0; q-- {
	}
	return violationNouns.has(toks[q].Norm)
}

// sovereigntyViolated reports "a violation of Pakistan's sovereignty" in
// [from, to): a breach of a state's airspace, territory or sovereignty.
func sovereigntyViolated(toks []token, from, to int) bool {
	for q := from; q < to; q++ {
		if !violationNouns.has(toks[q].Norm) {
			continue
		}
		for r := q + 1; r < to && r <= q+5; r++ {
			if wrongedWords.has(toks[r].Norm) {
				return true
			}
		}
	}
	return false
}

// sideWronged reports that a clause names the speaker's own side as the
// one wronged by the strike ("in a flagrant violation of Iraqi
// sovereignty", "a breach of Iraq's airspace"): the unnamed aircraft that
// struck are then another's, not the side's own.
func (st *docState) sideWronged(toks []token, ms []match, cl clause, side string) bool {
	ci, cj := msRange(ms, cl.from, cl.to)
	for k := ci; k < cj; k++ {
		m := ms[k]
		if m.E.Flags&fMention == 0 || m.E.Mention.Actor == "" || !st.e.actors.Covers(side, m.E.Mention.Actor) {
			continue
		}
		j := m.To
		if j < cl.to && toks[j].Norm == "'s" {
			j++
		}
		if j < cl.to && wrongedWords.has(toks[j].Norm) {
			return true // "Iraqi sovereignty", "Iraq's airspace"
		}
	}
	return false
}

// ownPeople are the speaker's own men and places when hit ("killed two of
// its fighters", "struck its post").
var ownPeople = words("fighters", "men", "members", "soldiers", "troops", "personnel", "post", "posts",
	"positions", "position", "base", "bases", "headquarters", "convoy", "vehicles", "guards", "medics")

// ownSideHit reports that the speaker's own side was hit in [from, to):
// "the helicopters had struck one of its own posts", "killed two of our
// men". The unnamed aircraft are then not the speaker's own.
func ownSideHit(toks []token, ms []match, cov []int, from, to int) bool {
	for t := from; t+1 < to; t++ {
		if cov[t] > 0 {
			if e := ms[cov[t]-1].E; e.Flags&(fMention|fGroup) != 0 {
				return false // "struck an ISIS hideout, killing five of its fighters": the group's
			}
			continue
		}
		if n := toks[t].Norm; n != "its" && n != "our" {
			continue
		}
		if toks[t+1].Norm == "own" || ownPeople.has(toks[t+1].Norm) && t > from && toks[t-1].Norm == "of" {
			return true
		}
	}
	return false
}

// condemnWords are how a side speaks of an attack on its own people, never
// of its own strike: "a cowardly and treacherous act", "the martyrdom of
// dozens". terrorAttackNouns follow "terrorist" when it names the attack
// itself ("the terrorist attack"), not its target ("terrorist positions").
var (
	condemnWords        = words("cowardly", "treacherous", "heinous", "dastardly", "martyrdom", "martyred", "martyrs")
	terrorAttackNouns   = words("attack", "act", "crime", "bombing", "aggression")
	attackDeterminers   = words("the", "this", "that", "a", "an")
	responseWords       = words("response", "retaliation", "reprisal", "revenge", "avenge", "avenged", "retaliate", "retaliated", "retaliating")
	martyrdomOperations = words("operation", "operations", "attack", "attacks", "seeker", "seekers", "bomber", "bombers")
)

// condemnInitials are the first letters of responseWords, condemnWords,
// "terrorist" and "this": condemnedAttack looks up no other word
// (TestCondemnInitials keeps them in step with the tables).
var condemnInitials = [256]bool{'a': true, 'r': true, 'c': true, 'd': true, 'h': true, 'm': true, 't': true}

// condemnedAttack reports that [from, to) condemns the attack it tells of
// ("In a cowardly act, armed groups targeted the academy", "the terrorist
// attack resulted in the martyrdom of dozens", "those who committed this
// crime"): a side's own statement
// that says so tells of a strike on it, whoever struck.
func condemnedAttack(toks []token, from, to int) bool {
	condemned := false
	for t := from; t < to; t++ {
		n := toks[t].Norm
		if n == "" || !condemnInitials[n[0]] {
			continue // (most words open with no letter of these tables: it runs for every clause)
		}
		if responseWords.has(n) {
			return false // "in response to the terrorist crimes that martyred our compatriots": its own answer
		}
		if condemned {
			continue // (only an answer word further on can still say no)
		}
		switch {
		case condemnWords.has(n) && !(t+1 < to && martyrdomOperations.has(toks[t+1].Norm)):
			condemned = true // (a "martyrdom operation" is a group's own attack)
		case t+1 < to && t > from && n == "terrorist" && terrorAttackNouns.has(toks[t+1].Norm) && attackDeterminers.has(toks[t-1].Norm):
			condemned = true // "the terrorist attack", not "to eliminate terrorist attacks against our people"
		case t+1 < to && n == "this" && toks[t+1].Norm == "crime":
			condemned = true
		}
	}
	return condemned
}

// welcomeVerbs praise what another did: a side that "welcomed the raids"
// speaks of someone else's strike, not of its own.
var welcomeVerbs = words("welcomed", "welcomes", "welcoming", "hailed", "hails", "praised", "praises", "applauded", "applauds", "lauded", "lauds", "commended", "commends")

// welcomedStrike reports a verb of welcome whose object, within a few
// words, is a strike in [from, to): "welcomed the raids", "hailed the
// Russian air strikes". A strike of its own ("praised its pilots' raids")
// is not welcomed from outside.
func welcomedStrike(toks []token, ms []match, cov []int, from, to int) bool {
	for t := from; t+1 < to; t++ {
		if !toks[t].is(classWelcomeVerb) {
			continue
		}
		for q := t + 1; q < to && q <= t+5; q++ {
			if n := toks[q].Norm; n == "its" || n == "our" || n == "their" || n == "," || n == "." {
				break
			}
			if cov[q] > 0 && ms[cov[q]-1].E.Flags&fAttackNoun != 0 {
				return true
			}
		}
	}
	return false
}

// welcomeFrom is where a welcome of the clause's strike may stand: from
// its speaker's phrase on ("A Syrian officer welcomed the raids, saying
// they had hit ...": the welcome precedes the verb of speech).
func welcomeFrom(cl clause) int {
	if cl.att != nil && cl.att.spTo <= cl.from && cl.att.spFrom < cl.from {
		return cl.att.spFrom
	}
	return cl.from
}

// otherSideTold returns the perpetrators of the latest claim that names a
// striker outside side: the strike a side's voice welcomes is the one the
// report has told of, by someone else.
func (st *docState) otherSideTold(side string) []string {
	for i := len(st.claims) - 1; i >= 0 && i >= len(st.claims)-claimLookback; i-- {
		c := st.claims[i]
		if c.Stance == model.StanceRetracts || len(c.PerpetratorsAsserted) == 0 {
			continue
		}
		if side != "" && slices.ContainsFunc(c.PerpetratorsAsserted, func(a string) bool { return st.e.actors.Covers(side, a) }) {
			continue
		}
		return append([]string(nil), c.PerpetratorsAsserted...)
	}
	return nil
}

// blameGroups are armed groups that a report names as the culprit
// without an actor row of their own, for their actor: the blame lands on
// the force they make up ("blamed the bombing on the YPG"). Elsewhere the
// names stay unread ("YPG positions" are struck, not striking).
var blameGroups = map[string]string{
	"ypg": "sdf",
}

// blameGroupAt reads a blame group's name at j, alone or paired with
// another name of its movement ("the YPG", "the PYD/YPG", "the PKK/YPG"
// as Turkish statements write it), and returns its actor and the token
// after the name.
func blameGroupAt(toks []token, j, to int) (actor string, end int) {
	if j >= to {
		return "", j
	}
	if j+2 < to && toks[j+1].Norm == "/" && blameGroups[toks[j+2].Norm] != "" && pairedNames.has(toks[j].Norm) {
		return blameGroups[toks[j+2].Norm], j + 3 // "the PYD/YPG"
	}
	if a := blameGroups[toks[j].Norm]; a != "" {
		if j+2 < to && toks[j+1].Norm == "/" && pairedNames.has(toks[j+2].Norm) {
			return a, j + 3 // "the YPG/PKK"
		}
		return a, j + 1
	}
	return "", j
}

// pairedNames stand with a blame group's name, slashed, for one movement.
var pairedNames = words("pkk", "pyd", "ypj")

// pointVerbs lead evidence to a culprit: "the evidence pointed to the YPG".
var pointVerbs = words("pointed", "points", "point", "pointing")

// groupNamedCulprit finds in [from, to) a blame group named as the
// culprit by a predicate rather than a verb of blame: "the attack was
// (not) the work of the PYD/YPG", "the evidence pointed instead to the
// YPG". It returns the group's actor, or "".
func groupNamedCulprit(toks []token, from, to int) (actor string, neg bool) {
	for j := from + 2; j < to; j++ {
		if n := toks[j].Norm; n != "ypg" && n != "pyd" && n != "pkk" {
			continue // (a cheap gate: most clauses name no such group)
		}
		start := j
		if j >= 2 && toks[j-1].Norm == "/" && pairedNames.has(toks[j-2].Norm) {
			start = j - 2 // "the PYD/YPG": read from the first name
		}
		a, _ := blameGroupAt(toks, start, to)
		if a == "" {
			continue
		}
		p := start - 1
		for p > from && (toks[p].Norm == "the" || toks[p].Quote != 0) {
			p--
		}
		if ok, n := workOf(toks, p, from); ok {
			return a, n // "was the work of the PYD/YPG"
		}
		if toks[p].Norm == "to" && pointedTo(toks, p, from) {
			return a, false // "pointed instead to the PYD/YPG"
		}
	}
	return "", false
}

// arrivalVerbs tell where projectiles came down, not who fired them.
var arrivalVerbs = words("landed", "land", "fell", "fall", "exploded", "impacted", "crashed")

// projectileArrival reports a pronoun at t whose verb tells where
// projectiles came down ("they landed on empty ground", "it had fallen
// short"): the pronoun is the rounds, not the speaker's side.
func projectileArrival(toks []token, t, to int) bool {
	if n := toks[t].Norm; n != "they" && n != "it" {
		return false
	}
	for q := t + 1; q < to && q <= t+3; q++ {
		n := toks[q].Norm
		if arrivalVerbs.has(n) || n == "fallen" || n == "come" && q+1 < to && toks[q+1].Norm == "down" {
			return true
		}
		if n != "had" && n != "have" && n != "all" && n != "both" && n != "then" {
			return false
		}
	}
	return false
}

// groupMemberNouns name a blame group's men after its name: "the PKK/YPG
// terrorists", "YPG militants".
var groupMemberNouns = words("terrorists", "militants", "fighters", "members", "militiamen", "gunmen", "elements", "cells")

// objectCues before a group's name make it the object of a strike or a
// preposition ("struck YPG positions", "an attack on PKK/YPG fighters"),
// not the one who struck.
var objectCues = words("on", "at", "against", "by", "of", "to", "from", "with", "and", "or", "targeting", "targeted", "struck", "hit", "killed", "neutralised", "neutralized")

// groupAsSubject finds in [from, to) a blame group that is the subject of
// an attack verb: "the bloodthirsty PKK/YPG terrorists carried out a
// treacherous attack", "YPG militants fired rockets at the town". It
// returns the group's actor and whether the verb is negated.
func groupAsSubject(toks []token, ms []match, from, to int) (actor string, neg bool) {
	for j := from; j < to; j++ {
		if n := toks[j].Norm; n != "ypg" && n != "pyd" && n != "pkk" {
			continue // (a cheap gate: most clauses name no such group)
		}
		a, end := blameGroupAt(toks, j, to)
		if a == "" || objectBefore(toks, ms, j, from) {
			continue
		}
		if end < to && groupMemberNouns.has(toks[end].Norm) {
			end++
		}
		if found, n := subjectOf(toks, ms, end, to); found {
			return a, n
		}
	}
	return "", false
}

// groupStrikesByMeans finds in [from, to) a blame group that opens its
// clause as the subject and whose predicate tells of a strike as the means
// of what it did: "the PKK/YPG, which cannot bear the peace, has shown its
// true face by targeting civilians", "the organisation has resorted to the
// method of targeting markets". An aside after the name is stepped over;
// another actor named before the strike word takes the reading away.
func groupStrikesByMeans(toks []token, ms []match, from, to int) string {
	j := from
	for j < to && j < from+4 && (toks[j].Norm == "the" || groupEpithets.has(toks[j].Norm)) {
		j++
	}
	if j >= to || toks[j].Norm != "ypg" && toks[j].Norm != "pyd" && toks[j].Norm != "pkk" {
		return "" // (a cheap gate: most clauses open with no such group)
	}
	a, _ := blameGroupAt(toks, j, to)
	if a == "" {
		return ""
	}
	for q := j + 1; q+1 < to; q++ {
		if k, ok := matchAt(ms, q); ok && ms[k].E.Flags&fMention != 0 && ms[k].E.Mention.Actor != "" && ms[k].E.Mention.Actor != a {
			return "" // "the YPG ... by helping the coalition target": another actor's part
		}
		if n := toks[q].Norm; n != "by" && !(n == "of" && meansNouns.has(toks[q-1].Norm)) {
			continue
		}
		g := toks[q+1].Norm
		if k, ok := matchAt(ms, q+1); ok && ms[k].E.Flags&fAttackVerb != 0 && strings.HasSuffix(g, "ing") {
			return a
		}
	}
	return ""
}

// groupSentAttackers finds in [from, to) a blame group named as who
// trained, sent or directed the attackers the clause tells of: "the two
// terrorists who carried out the attack had been trained by the PKK/YPG",
// "the bombers were sent by the YPG". The attack is then the group's.
func groupSentAttackers(toks []token, ms []match, from, to int) string {
	attackers := false
	for q := from; q+2 < to; q++ {
		n := toks[q].Norm
		if attackerNouns.has(n) || n == "carried" && toks[q+1].Norm == "out" {
			attackers = true
		}
		if !attackers || !sponsorVerbs.has(n) || toks[q+1].Norm != "by" {
			continue
		}
		j := q + 2
		for j < to && j < q+5 && (toks[j].Norm == "the" || groupEpithets.has(toks[j].Norm)) {
			j++
		}
		if a, _ := blameGroupAt(toks, j, to); a != "" {
			return a
		}
	}
	return ""
}

// attackerNouns name who carried out an attack; sponsorVerbs, before
// "by", name who stood behind them.
var (
	attackerNouns = words("attackers", "attacker", "bombers", "bomber", "assailants", "assailant", "perpetrators", "perpetrator")
	sponsorVerbs  = words("trained", "sent", "dispatched", "directed", "armed", "recruited", "equipped")
)

// groupEpithets may stand before a blame group's name at the head of its
// clause: "the separatist terrorist organisation PKK/YPG".
var groupEpithets = words("separatist", "terrorist", "terror", "organisation", "organization", "group")

// meansNouns name a way of acting before "of" and a strike word: "the
// cowardly method of targeting markets".
var meansNouns = words("method", "methods", "tactic", "tactics", "practice")

// objectBefore reports that the name at j stands, within three words
// before it in the clause, after a preposition, a verb of striking or a
// figure: the group is struck or a place, not the subject.
func objectBefore(toks []token, ms []match, j, from int) bool {
	for q := j - 1; q >= from && q >= j-3; q-- {
		n := toks[q].Norm
		if n == "," || n == ";" || n == "that" {
			return false
		}
		if objectCues.has(n) || hasDigit(n) {
			return true
		}
		if k, ok := matchAt(ms, q); ok && ms[k].E.Flags&fAttackVerb != 0 {
			return true
		}
	}
	return false
}

// pointedTo: the "to" at p follows a verb of pointing, with at most one
// adverb between ("pointed instead to", "points clearly to").
func pointedTo(toks []token, p, from int) bool {
	for q := p - 1; q >= from && q >= p-2; q-- {
		if pointVerbs.has(toks[q].Norm) {
			return true
		}
	}
	return false
}

// callVerbs name what the speaker calls the one it blames ("what it calls").
var callVerbs = words("calls", "called", "call", "describes", "described", "terms", "termed")

// blamedUnnamed reads, after each verb of blame in [from, to), a culprit
// with no actor row of its own: a blame group gives its actor ("blamed
// the YPG for the attack", "blamed the bombing on the YPG"), and a bare
// "the regime", directly or as what the speaker calls it ("blames what it
// calls \"the regime\""), sets regime.
func blamedUnnamed(toks []token, from, to int) (group string, regime bool) {
	for t := from; t+1 < to; t++ {
		if n := toks[t].Norm; attributionVerbs.has(n) {
			if group == "" {
				group = blamedOnGroup(toks, t, to) // "attributed the bombing to the YPG"
			}
			continue
		} else if !toks[t].is(classBlameVerb) || holdVerbs.has(n) {
			continue
		}
		j := t + 1
		if j+2 < to && toks[j].Norm == "what" && callVerbs.has(toks[j+2].Norm) {
			j += 3 // "what it calls"
		}
		j = skipArticles(toks, j, to)
		if j < to && toks[j].Norm == "regime" && (j+1 >= to || !toks[j+1].Word || toks[j+1].Norm == "for" || toks[j+1].Norm == "and") {
			regime = true
		}
		if group != "" {
			continue
		}
		if g := blamedGroupObject(toks, j, to); g != "" && !accusedOfOtherDeed(toks, t, to) {
			group = g // "blamed the YPG for the attack", "accused the PKK/YPG of", "blamed the YPG."
			continue
		}
		group = blamedOnGroup(toks, t, to)
	}
	return group, regime
}

// blamedOnGroup reads the blame group after the "on" that follows the
// verb of blame at t ("blamed the bombing on the YPG"), or after the "to"
// of a verb of attribution ("attributed the attack to the PKK/YPG").
func blamedOnGroup(toks []token, t, to int) string {
	prep := "on"
	if attributionVerbs.has(toks[t].Norm) {
		prep = "to"
	}
	for q := t + 1; q < to && q <= t+7; q++ {
		if n := toks[q].Norm; n == "," || n == "." || n == ";" {
			return ""
		}
		if toks[q].Norm == prep {
			g, _ := blameGroupAt(toks, skipArticles(toks, q+1, to), to)
			return g
		}
	}
	return ""
}

// blamedGroupTail may follow a blame group's name as the blamed object:
// its men ("the YPG militias") or its kind ("the PKK/YPG terrorist
// organisation").
var blamedGroupTail = words("militia", "militias", "terrorist", "terror", "organisation", "organization", "group")

// blamedObjectEnds close a blamed object: the charge ("blamed the YPG for
// the attack", "accused the YPG of sending the car"), an aside or the
// clause's end ("blamed the YPG, the main force of the SDF").
var blamedObjectEnds = words("for", "of", "as", ",", ".", ";", ":", "(", "over")

// blamedGroupObject reads a blame group named at j as the object of a verb
// of blame, with an epithet before it and its men or kind after it, and
// returns its actor when the object ends there: "accused \"the terrorist
// YPG militias\" of", "blamed the \"PKK/YPG terrorist organisation\",
// saying". Only here, as the one blamed, does such a name stand for its
// force; "blamed YPG positions" is not read.
func blamedGroupObject(toks []token, j, to int) string {
	for j < to && (groupEpithets.has(toks[j].Norm) || toks[j].Quote != 0 || toks[j].Norm == "the") {
		j++
	}
	g, end := blameGroupAt(toks, j, to)
	if g == "" {
		return ""
	}
	for end < to && (blamedGroupTail.has(toks[end].Norm) || groupMemberNouns.has(toks[end].Norm) || toks[end].Quote != 0) {
		end++
	}
	if end >= to || blamedObjectEnds.has(toks[end].Norm) {
		return g
	}
	return ""
}

// supplyGerunds open a charge of arming or harbouring a group rather
// than of striking: "accused the YPG of sending weapons to the PKK".
var supplyGerunds = words("sending", "supplying", "smuggling", "providing", "arming", "harbouring", "harboring", "sheltering", "funding", "financing")

// suppliedGoods are what a charge of supply names as sent.
var suppliedGoods = words("weapons", "arms", "ammunition", "money", "funds", "fighters", "support", "equipment")

// accusedOfOtherDeed: the charge of the accusation at t ("accused X of"
// and a gerund, before the clause ends) is exploiting the strike or
// supplying arms: no blame for the strike.
func accusedOfOtherDeed(toks []token, t, to int) bool {
	if !strings.HasPrefix(toks[t].Norm, "accus") {
		return false
	}
	for q := t + 1; q+1 < to; q++ {
		if n := toks[q].Norm; n == "." || n == ";" {
			return false
		}
		if toks[q].Norm != "of" {
			continue
		}
		g := toks[q+1].Norm
		if exploitGerunds.has(g) {
			return true
		}
		if !supplyGerunds.has(g) {
			return false
		}
		for r := q + 2; r < to && r <= q+4; r++ {
			if suppliedGoods.has(toks[r].Norm) {
				return true
			}
		}
		return false
	}
	return false
}

// answerNouns make the attack after them the one answered, not the one
// told of ("in retaliation for", "in response to", "revenge for").
var answerNouns = words("retaliation", "response", "revenge", "reprisal", "reply", "vengeance")

// attackModifiers may stand between an actor and its attack noun: a date
// ("Iran's January 8 missile attack") or a weapon's kind ("the Iranian
// ballistic missile attack").
var attackModifiers = words("ballistic", "cruise", "guided", "precision", "long", "range", "-", "surprise", "overnight", "deadly")

// skipAttackModifiers steps over a date and attack modifiers from j.
func skipAttackModifiers(toks []token, j, end int) int {
	for steps := 0; j < end && steps < 4; steps++ {
		dated := monthWords.has(toks[j].Norm) && j+1 < end && hasDigit(toks[j+1].Norm) // "Iran's January 8 missile attack"
		if attackModifiers.has(toks[j].Norm) || hasDigit(toks[j].Norm) || dated {
			j++
			continue
		}
		break
	}
	return j
}

// asideNamingVerbs, with blameVerbs, open a relative clause on a speaker
// that names the culprit: "The militia, which called the strikes an
// American crime, says".
var asideNamingVerbs = words("called", "described", "branded", "condemned")

// asideVerbLeads may stand between the relative word and its blaming verb:
// "which also blamed Israel", "who had earlier accused the army".
var asideVerbLeads = words("also", "has", "had", "have", "earlier", "first", "likewise", "previously", "itself", "too")

// asideCulprit returns the actor that a relative clause on the speaker
// blames ("The Popular Mobilization Forces, which blamed Israel for the
// blast, say the dead were guards"): the speaker's claim asserts it when its
// own clause names no one. The aside lies between the speaker phrase's
// start and its verb.
func asideCulprit(toks []token, ms []match, a *attribution) string {
	if a == nil || a.right {
		return ""
	}
	from := a.spFrom
	if from >= a.verb {
		// "A war monitor, which blamed Israel, put the toll at six and
		// said": the speaker of a shared verb stands before the aside.
		from = 0
	}
	for t := from; t+1 < a.verb; t++ {
		if n := toks[t].Norm; (n != "which" && n != "who") || t < 2 || toks[t-1].Norm != "," {
			continue
		}
		if from != a.spFrom && !speakerEndsAt(ms, t-1) {
			continue
		}
		v := t + 1
		for v+1 < a.verb && v-t <= 2 && asideVerbLeads.has(toks[v].Norm) {
			v++ // "which also blamed", "who had earlier accused"
		}
		if !asideNamingVerbs.has(toks[v].Norm) && !toks[v].is(classBlameVerb) {
			continue
		}
		for u := v + 1; u < a.verb; u++ {
			if k, ok := matchAt(ms, u); ok && ms[k].E.Flags&fMention != 0 && ms[k].E.Mention.Actor != "" {
				return ms[k].E.Mention.Actor
			}
		}
		return ""
	}
	return ""
}

// claimVerbs are the forms of "claim" by which a side takes an attack as
// its own: "Islamic State claimed the attack", "the bombing was claimed
// by Islamic State".
var claimVerbs = words("claimed", "claims", "claim", "claiming")

// claimDeterminers may stand before the attack a side claims.
var claimDeterminers = words("the", "this", "that", "its", "an", "a", "both", "all", "friday's", "saturday's", "sunday's", "monday's", "tuesday's", "wednesday's", "thursday's")

// claimsAttack reports an attribution by which its speaker claims an
// attack as its own side's ("claimed responsibility", "claimed the
// bombing"), not a figure or a fact about it ("claimed it had hit",
// "claimed the target was a depot").
func claimsAttack(toks []token, ms []match, cl clause) bool {
	a := cl.att
	if a == nil || a.verbEnd <= a.verb || !claimVerbs.has(toks[a.verb].Norm) {
		return false
	}
	if a.verbEnd-a.verb > 1 && toks[a.verbEnd-1].Norm == "responsibility" {
		return true
	}
	if relativeClaimOfAttack(toks, ms, a) {
		return true
	}
	j := cl.from
	if a.verb < cl.from {
		// active: the attack is the verb's object ("claimed the attack")
		if j != a.verbEnd {
			return false
		}
	} else if a.verbEnd >= len(toks) || passiveAgentAt(toks, a.verbEnd) < 0 && !(a.verbEnd+1 < len(toks) && toks[a.verbEnd].Norm != "," && toks[a.verbEnd+1].Norm == "by") {
		return false // passive only: "was claimed by Islamic State"
	}
	// ("the attack" may be one match: the article is tried as a start too;
	// a few modifiers may come first: "the car bomb attack")
	for mods := 0; j < cl.to && mods <= claimModifiers; j++ {
		// ("the bombing": a verb form named after an article is the deed)
		if k, ok := matchAt(ms, j); ok && (ms[k].E.Flags&fAttackNoun != 0 || j > cl.from && isCue(ms[k].E)) {
			return true
		}
		if !claimDeterminers.has(toks[j].Norm) {
			if !toks[j].Word || locatives.has(toks[j].Norm) || toks[j].Norm == "at" || toks[j].Norm == "on" {
				return false
			}
			mods++
		}
	}
	return false
}

// relativeClaimOfAttack reads a claim told in a relative clause after the
// attack it claims and where and when it was: "the bombing at the gate on
// Thursday, which the group claimed through its outlet, killed 170".
func relativeClaimOfAttack(toks []token, ms []match, a *attribution) bool {
	if a.right || a.verb < a.spTo || a.spFrom < 3 {
		return false
	}
	w := a.spFrom - 1
	if toks[w].Norm == "the" {
		w--
	}
	if n := toks[w].Norm; w < 2 || n != "which" && n != "that" {
		return false
	}
	end := w
	if toks[end-1].Norm == "," {
		end--
	}
	ci, cj := msRange(ms, 0, end)
	for k := cj - 1; k >= ci; k-- {
		if ms[k].E.Flags&fAttackNoun != 0 || isCue(ms[k].E) {
			return ms[k].To == end || attackSetting(toks, ms[k].To, end)
		}
	}
	return false
}

// attackSetting reports that toks[from:to] only tell where and when an
// attack was ("at the airport's gate on Thursday evening"): a preposition
// first, and no comma or verb of its own.
func attackSetting(toks []token, from, to int) bool {
	if !settingPrepositions.has(toks[from].Norm) {
		return false
	}
	for t := from; t < to; t++ {
		if !toks[t].Word && toks[t].Norm != "'s" && toks[t].Norm != "'" && toks[t].Norm != "." {
			return false
		}
	}
	return true
}

// settingPrepositions open the place or time of an attack after its noun.
var settingPrepositions = words("at", "in", "on", "near", "outside", "inside", "against")

// claimModifiers is how many words ("car bomb", "deadly suicide") may
// stand before the attack a side claims.
const claimModifiers = 3

// workNouns name a deed as someone's: "the attack was the work of X".
var workNouns = words("work", "handiwork", "doing")

// workAdverbs may stand between the copula and "the work of".
var workAdverbs = words("also", "probably", "likely", "most", "clearly", "almost", "certainly", "again", "all")

// workOf reads "was (not) the work of" before the actor, with p on "of":
// the predicate names who did the deed ("Amaq said the power station
// attack was also the work of its fighters").
func workOf(toks []token, p, from int) (found, neg bool) {
	if p-2 < from || toks[p].Norm != "of" || !workNouns.has(toks[p-1].Norm) || toks[p-2].Norm != "the" {
		return false, false
	}
	for q := p - 3; q >= from && q >= p-7; q-- {
		switch n := toks[q].Norm; {
		case n == "not" || n == "n't" || n == "never":
			neg = true
		case workAdverbs.has(n):
		case copular.has(n) || n == "was" || n == "were" || n == "is" || n == "are" || n == "been":
			return true, neg
		default:
			return false, false
		}
	}
	return false, false
}

// patronParticiples after an actor and a hyphen make the actor a patron
// or holder, not the striker: "Iran-backed militias", "Iran-aligned
// factions of the PMF", "Turkish-held villages".
var patronParticiples = words("backed", "allied", "held", "controlled", "aligned",
	"linked", "affiliated", "funded", "sponsored", "supported", "armed")

// partPrepositions join a part of an armed force to the force: "factions
// within the PMF", "cells of the SDF".
var partPrepositions = words("within", "of", "in", "inside", "among")

// partModifiers may stand before the part: "Iran-aligned factions",
// "hardline militia factions".
var partModifiers = words("aligned", "backed", "linked", "allied", "affiliated", "-")

// partOf moves p, the token before an actor, over a part of that actor to
// the "of" that governs the part ("the hallmarks of Iran-aligned factions
// within Iraq's Popular Mobilisation Forces", "the work of rogue elements
// of the PMF"), so that the trace or the work is read as the actor's. It
// returns p unchanged when no part stands there.
func partOf(toks []token, p, from int) int {
	q := p
	if q-1 > from && toks[q].Norm == "'s" {
		q -= 2 // "within Iraq's": the country that holds the force
	}
	for q > from && (toks[q].Norm == "the" || toks[q].Quote != 0) {
		q--
	}
	if q-1 <= from || !partPrepositions.has(toks[q].Norm) || !agentNouns.has(toks[q-1].Norm) {
		return p
	}
	q -= 2
	for q > from && q >= p-10 && (partModifiers.has(toks[q].Norm) || agentQualifiers.has(toks[q].Norm) || toks[q].Upper && q+1 < len(toks) && toks[q+1].Norm == "-") {
		q--
	}
	if toks[q].Norm == "of" {
		return q
	}
	// blamed "outlaw factions within the PMF": the verb may open the
	// clause, before the qualifiers and the quote
	for q >= from && q >= 0 && (agentQualifiers.has(toks[q].Norm) || toks[q].Quote != 0) {
		q--
	}
	// blaming what it called "Iran-aligned factions of the PMF"
	q = skipWhatCalled(toks, q, from)
	if q >= 0 && q >= from-1 && partBlamed(toks[q]) {
		return q
	}
	return p
}

// partBlamed reports a verb of blame whose object is a part of an actor
// (blamed "outlaw factions within the PMF"): the blame is the whole's.
func partBlamed(t token) bool {
	return t.is(classBlameVerb) && !holdVerbs.has(t.Norm)
}

// markNouns name the traces that point to a culprit: "bears the hallmarks
// of X", "has the footprints of X".
var markNouns = words("hallmarks", "hallmark", "footprints", "fingerprints", "signature", "trademarks", "stamp")

// markVerbs carry those traces: the deed "bears" or "has" them.
var markVerbs = words("bears", "bear", "bore", "bearing", "has", "have", "had", "carries", "carried", "carry", "shows", "showed", "show")

// markOf reports, with p at the "of" before an actor, "bears the
// hallmarks of", "has all the fingerprints of" (over quote marks: "has
// the footprints" of X), and whether a negation stands before the verb.
func markOf(toks []token, p, from int) (found, neg bool) {
	if p-3 < from || toks[p].Norm != "of" {
		return false, false
	}
	q := p - 1
	for q > from && toks[q].Quote != 0 {
		q--
	}
	if !markNouns.has(toks[q].Norm) {
		return false, false
	}
	q--
	for q >= from && (toks[q].Norm == "the" || toks[q].Norm == "all" || toks[q].Norm == "clear" || toks[q].Norm == "classic" || toks[q].Quote != 0) {
		q--
	}
	if q < from || !markVerbs.has(toks[q].Norm) {
		return false, false
	}
	return true, negatedWithin(toks, from, q, 3)
}

// listedName reports at j a capitalised name the lexicon does not know,
// set in a list after a subject ("the United States, Britain, Denmark and
// Australia"): a member of the list, not the end of the subject.
func listedName(toks []token, ms []match, j, end int) bool {
	if j < 1 || j+1 >= end || !toks[j].Upper || !toks[j].Word {
		return false
	}
	p := j - 1
	if p >= 1 && toks[p].Norm == "the" {
		p-- // "Britain, the Netherlands and Belgium"
	}
	if n := toks[p].Norm; n != "," && n != "and" {
		return false
	}
	if n := toks[j+1].Norm; n == "," || n == "and" || n == "all" || n == "both" {
		return true
	}
	_, ok := matchAt(ms, j+1)
	return ok
}

// firedArms are what a side fires: an owner named before them fired them,
// even in the passive.
var firedArms = words("missiles", "missile", "rockets", "rocket", "shells", "bombs", "projectiles")

// firedVerbs are the participles by which they are sent.
var firedVerbs = words("fired", "launched")

// armedGroupSpeakers are the speakers that are an armed group's own voice:
// in their claims "the group" is their side.
var armedGroupSpeakers = words("pmf", "isis-amaq", "sdf")

// agentNumeral: a count of the arms before their owner ("carried out by two
// Russian Sukhoi aircraft", "by 12 coalition jets").
func agentNumeral(n string) bool {
	return numberWords.has(n) && n != "some" && n != "many" || len(n) <= 2 && hasDigit(n)
}

// relativeMarkers open a relative clause about the noun before them.
var relativeMarkers = words("that", "which", "whom")

// habitNouns are what a side says it has struck in the past: the group or
// its places, not the strike told of ("a group that we have struck before").
var habitNouns = words("group", "groups", "militia", "militias", "organisation", "organization", "network", "faction", "factions", "target", "targets", "facility", "facilities", "camp", "camps", "site", "sites", "outfit")

// pastTimes close a clause that tells of past strikes ("have struck
// before", "have hit them previously").
var pastTimes = words("before", "previously", "repeatedly", "often", "frequently")

// pastHabitStrike tells whether the pronoun at t opens a clause about the
// side's past strikes rather than this one: a relative clause on a group
// ("a group that we have struck") or one whose verb phrase ends in a past
// time ("we have struck them before").
func pastHabitStrike(toks []token, t, to int) bool {
	if t >= 2 && relativeMarkers.has(toks[t-1].Norm) && habitNouns.has(toks[t-2].Norm) {
		return true
	}
	for q := t + 1; q < to && q <= t+5; q++ {
		switch n := toks[q].Norm; {
		case pastTimes.has(n):
			return q+1 >= to || !toks[q+1].Word // "before" ends the clause, no "before the strike"
		case n == "," || n == "." || n == ";" || n == "and":
			return false
		}
	}
	return false
}

// pluralPossessive reports the apostrophe at j of a plural possessive
// that gives the subject an arm ("Turkish forces' artillery shelled"); not
// an attack it owns ("the militants' attacks"), nor a closing quote.
func pluralPossessive(toks []token, j, from int) bool {
	return j > 0 && j >= from && j+1 < len(toks) && toks[j].Norm == "'" &&
		strings.HasSuffix(toks[j-1].Norm, "s") && toks[j-1].End == toks[j].Start &&
		armNoun(toks[j+1].Norm)
}

// gunArms are the ground arms armWords and armWordKinds leave out.
var gunArms = words("guns", "batteries", "tanks", "mortars", "rockets")

// armNoun reports a noun for an arm: an aircraft, helicopter or drone
// (armWordKinds), a force's arm (armWords) or a gun (gunArms).
func armNoun(w string) bool {
	_, air := armWordKinds[w]
	return air || armWords.has(w) || gunArms.has(w)
}

// seekerActs follow a suicide attacker who is the subject of the clause.
var seekerActs = words("had", "has", "drove", "rammed", "detonated", "blew")

// martyrdomSeekerEnd returns the end of "martyrdom seeker(s)" (or
// "martyrdom-seeker") in [from, to), or 0.
func martyrdomSeekerEnd(toks []token, from, to int) int {
	for t := from; t+1 < to; t++ {
		if toks[t].Norm != "martyrdom" {
			continue
		}
		q := t + 1
		if toks[q].Norm == "-" {
			q++
		}
		if q < to && (toks[q].Norm == "seeker" || toks[q].Norm == "seekers") {
			for q++; q < to && toks[q].Quote == 2; q++ {
			} // the closing quote mark
			return q
		}
	}
	return 0
}

// backPointers and backAttacks point back to attacks just told: "these
// attacks", "such shelling".
var (
	backPointers = words("these", "those", "such", "this", "that")
	backAttacks  = words("attack", "attacks", "shelling", "shellings", "strike", "strikes", "raid", "raids", "bombardment", "bombardments")
)

// attacksPointedBack reports "these attacks" or the like in [from, to).
func attacksPointedBack(toks []token, from, to int) bool {
	for t := from; t+1 < to; t++ {
		if backPointers.has(toks[t].Norm) && backAttacks.has(toks[t+1].Norm) {
			return true
		}
	}
	return false
}

// speakerArm resolves a row named by its role ("the army", "army
// helicopters") by the state that speaks rather than the country where the
// places lie: a Turkish source that says "the army carried out an
// operation" in northern Iraq means the Turkish army. Rows named after the
// government ("government forces") stay the host country's, and so do rows
// no place's country resolved. It returns "" when the speaker is no state
// or its state has no such arm.
func speakerArm(e *lexEntry, side string) string {
	rel := e.Mention.RelActor
	if rel == "" || e.Mention.Actor == "" || side == "" || strings.HasPrefix(e.Mention.Phrase, "government") {
		return ""
	}
	for _, c := range countryActorIDs {
		if c.actor == side {
			return countryActors[c.iso][rel]
		}
	}
	return ""
}

// attackVerbAt reports an attack verb (not an actor's name) starting at token t.
func attackVerbAt(ms []match, t int) bool {
	k, ok := matchAt(ms, t)
	return ok && ms[k].E.Flags&fAttackVerb != 0 && ms[k].E.Flags&fMention == 0
}

// possessiveNounVerb reports a possessive pronoun at t followed at once by
// an attack verb's form: after "its", "their" or "our" the word modifies a
// noun ("its launch rails", "their firing positions"); it is no verb whose
// subject the pronoun is.
func possessiveNounVerb(toks []token, ms []match, t int) bool {
	switch toks[t].Norm {
	case "its", "their", "our":
		return attackVerbAt(ms, t+1)
	}
	return false
}
