package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/extract/quantity"
	"github.com/crosscheck/crosscheck/internal/model"
)

// Who was hit, said without a strike word: "relatives said the three were
// livestock traders", "the cell described all three men as members of an
// armed group", "the family had nothing to do with Daesh". Sources that
// agree on a strike disagree most often here, so such a sentence is a claim
// about the strike the report has told of, with the group it names.

// victimRefs stand for those hit as the subject of "were ...".
var victimRefs = words(
	"dead", "victims", "victim", "killed", "men", "man",
	"driver", "passengers", "occupants", "family", "they",
	"both", "all", "one", "two", "three", "four", "five",
	"six", "seven", "eight", "nine", "ten", "wounded",
	"casualties", "targets", "target",
)

// countWords are the victimRefs that only count.
var countWords = words("all", "both", "one", "two", "three", "four",
	"five", "six", "seven", "eight", "nine", "ten")

// identityVerbs describe those hit: "described X as", "called X", "identified X as".
var identityVerbs = words(
	"described", "describes", "describing", "describe", "identified", "identifies", "identify",
	"called", "calls", "labelled", "labeled", "branded",
)

var copulas = words("was", "were", "are", "is")

// unlinked say that people had no part in a group: "had nothing to do with
// Daesh", "with no link to the group".
var unlinked = []string{"nothing to do with", "no link to", "no links to", "no ties to", "no connection to", "no affiliation with", "not affiliated with"}

// armedBodies make "members" militants: "members of an armed group",
// "Military Council members".
var armedBodies = words("armed", "military", "militia", "brigade",
	"faction", "cell", "council", "battalion", "unit",
	"aligned", "backed", "allied", "proxy", "paramilitary", // "members of groups aligned with Iran"
	"sdf", "pmf", "hashd") // militias known by their initials or short names: "members of the SDF"

// victimIdentity returns the group a clause says those hit belonged to, or
// "" when it says none. A clause that names fighters in one part and
// civilians in another ("one of the dead was a fighter, and the other two
// were civilians") says both were hit: mixed.
func victimIdentity(toks []token, from, to int) string {
	found := ""
	for t := from; t < to; t++ {
		if !identityTriggersFilter.has(toks[t].Norm) {
			continue
		}
		g := identityAt(toks, from, t, to)
		if g == "" {
			continue
		}
		if found == "" {
			found = g
			continue
		}
		if m := bothHit(found, g); m != found {
			return m
		}
	}
	return found
}

// bothHit is the group two identities of one clause give together: a
// civilian group beside militants is mixed; otherwise the first stands.
func bothHit(g, h string) string {
	if model.CivilianGroup(g) && h == model.GroupMilitants || g == model.GroupMilitants && model.CivilianGroup(h) {
		return model.GroupMixed
	}
	return g
}

// identityAt is the group the identity phrase triggered at t names, or "".
func identityAt(toks []token, from, t, to int) string {
	n := toks[t].Norm
	switch {
	case toks[t].is(classCopula) && victimSubject(toks, from, t):
		if g := predicateGroup(toks, t+1, to); g != "" {
			return flip(g, noneOfSubject(toks, from, t)) // "none of the dead were civilians"
		}
	case toks[t].is(classCopula) && siteSubject(toks, from, t):
		// "the site was a private furniture workshop"
		return sitePredicateGroup(toks, t+1, to)
	case toks[t].is(classIdentityVerb):
		// the object names those hit, then what they were
		for u := t + 1; u < min(to, t+6); u++ {
			if toks[u].is(classVictimRef) || toks[u].Norm == "them" { // "describe them as schoolgirls"
				return predicateGroup(toks, u+1, to)
			}
			if siteRefs.has(toks[u].Norm) {
				// "described the building as an Islamic State headquarters"
				if armedSitePredicate(toks, u+1, to, false) {
					return model.GroupMilitants
				}
				return ""
			}
		}
	case n == "nothing" || n == "no" || n == "not":
		if unlinkedAt(toks, t, to) && victimSubject(toks, from, t) || armedAbsent(toks, from, t, to) {
			return model.GroupCivilians
		}
	case n == "among":
		// "three shepherds from the village were among the dead"
		return amongTheDead(toks, from, t, to)
	case n == "used" || n == "using":
		// "fighters used the school as a staging area"
		return usedAs(toks, from, t, to)
	case n == "never":
		// "he never carried a weapon": a family's account of the dead man
		if unarmedAt(toks, t, to) && (victimSubject(toks, from, t) || t > from && personPronouns.has(toks[t-1].Norm)) {
			return model.GroupCivilians
		}
	}
	return ""
}

// apposedGroup is the group an apposition ", all of them …" (or "both of
// them") names of those a clause counts: "four people were killed, all of
// them members of an armed group". It only says who the counted were, so
// it never makes a clause a claim by itself.
func apposedGroup(toks []token, from, to int) string {
	for t := from + 3; t < to; t++ {
		if toks[t].Norm == "them" && toks[t-1].Norm == "of" && (toks[t-2].Norm == "all" || toks[t-2].Norm == "both") && toks[t-3].Norm == "," {
			return flip(predicateGroup(toks, t+1, to), false)
		}
	}
	return ""
}

// absentArms are what a source says was not where the strike fell, to say
// those hit were civilians ("there were no fighters in the house").
var absentArms = words("fighters", "militants", "gunmen", "jihadists", "insurgents", "terrorists", "weapons")

// presenceWords place what was there: "in", "on" the house.
var presenceWords = words("in", "inside", "on", "at", "near", "around")

// armedAbsent: "no" at t opens "there were no fighters in ...": no armed men
// were where the strike fell.
func armedAbsent(toks []token, from, t, to int) bool {
	if t-2 < from || t+2 >= to || toks[t-2].Norm != "there" || !copulas.has(toks[t-1].Norm) {
		return false
	}
	next := t + 1
	if toks[next].Norm == "military" && next+2 < to && militaryAbsent.has(toks[next+1].Norm) {
		next++ // "there is no military target at the station"
	}
	return (absentArms.has(toks[next].Norm) || next > t+1) && presenceWords.has(toks[next+1].Norm)
}

// militaryAbsent follow "there is no military" to say nothing armed was
// where the strike fell ("no military target at", "no military presence in").
var militaryAbsent = words("target", "targets", "presence", "position", "positions", "site", "sites", "objective", "objectives")

// identityTriggersFilter turns away, before any look-up, the words at
// which victimIdentity does nothing.
var identityTriggersFilter = newWordFilter(words("nothing", "no", "not", "never", "among", "used", "using"), copulas, identityVerbs)

// deadRefs close "among the ...": those the strike killed or hurt.
var deadRefs = words("dead", "killed", "victims", "casualties", "wounded", "injured")

// amongTheDead: "among the dead" at t, after a copula whose subject names
// people by a group word ("two shepherds from the village were among the
// dead", "party members were among those killed"): the group of the first
// such word of the subject, up to twelve words back within the clause.
func amongTheDead(toks []token, from, t, to int) string {
	u := t + 1
	if u < to && (toks[u].Norm == "the" || toks[u].Norm == "those") {
		u++
	}
	if u >= to || !deadRefs.has(toks[u].Norm) || t-1 < from || !toks[t-1].is(classCopula) {
		return ""
	}
	start := t - 1
	for start > max(from, t-13) && toks[start-1].Word && !clauseOpeners.has(toks[start-1].Norm) {
		start--
	}
	if supposed(toks, from, t-1) {
		return "" // "if any fighters were among the dead"
	}
	for q := start; q < t-1; q++ {
		n := toks[q].Norm
		if n == "member" || n == "members" {
			if g := membersGroup(toks, start, t-1, q); g != "" {
				return flip(g, false)
			}
			continue
		}
		if g := quantity.PersonGroup(n); g != "" {
			return flip(g, false)
		}
	}
	return ""
}

// clauseOpeners open a clause, so that a subject never reaches back over them.
var clauseOpeners = words("that", "said", "says", "and", "but", "while", "when")

// siteRefs are buildings and places a source describes as what it was:
// "described the building as a headquarters", "used the school as a base".
var siteRefs = words("building", "buildings", "school", "house", "home", "site", "compound",
	"mosque", "hospital", "clinic", "farm", "facility", "structure", "warehouse", "it")

// civilianSites are the places people live or work in: "the site was a
// private furniture workshop", "the building was a family home".
var civilianSites = words("home", "house", "workshop", "shop", "bakery", "farm",
	"restaurant", "residence", "garage", "carpentry", "sawmill", "factory", "store")

// siteSubject: the copula at t has a site for its subject, right before
// it: "the site was", "the building is" (not "it", which may be anything).
func siteSubject(toks []token, from, t int) bool {
	q := t - 1
	if q <= from || !siteRefs.has(toks[q].Norm) || toks[q].Norm == "it" {
		return false
	}
	d := toks[q-1].Norm
	return d == "the" || d == "that" || d == "this"
}

// sitePredicateGroup reads what the site is said to be, up to a clause
// break: a home or a business that names no arms or fighters says
// civilians were hit. (A fighters' site said so is left to the strike's
// own sentence: "the military insisted the building was a sniper
// position" would make the insisting a claim of its own.)
func sitePredicateGroup(toks []token, from, to int) string {
	civil := false
	for u := from; u < min(to, from+8) && (toks[u].Word || toks[u].Norm == "-"); u++ {
		n := toks[u].Norm
		switch {
		case n == "not" || n == "never" || n == "no":
			return "" // "the building was not a home": says nothing of who was hit
		case toks[u].is(classArmedLabel|classArmedMovement) || madeArms.has(n) || armedSites.has(n) || n == "military":
			return ""
		case civilianSites.has(n):
			civil = true
		case n == "that" || n == "which" || n == "where" || n == "but":
			u = to
		}
	}
	if civil {
		return model.GroupCivilians
	}
	return ""
}

// armedSites are what fighters hold or use: "an Islamic State
// headquarters", "a staging area", "a weapons depot". Only armedSiteOnly
// say fighters without an armed group named beside them (a party's
// headquarters is no fighters' post).
var armedSites = words("headquarters", "hq", "base", "staging", "depot", "arsenal",
	"hideout", "barracks", "post", "position", "command", "training", "storage")

var armedSiteOnly = words("staging", "arsenal", "hideout", "barracks")

// armedLabels are the words a belligerent gives its enemies.
var armedLabels = words("terrorist", "terrorists", "militant", "militants", "insurgent",
	"insurgents", "jihadist", "jihadists", "extremist", "extremists")

// armedSitePredicate reads the noun phrase from from ("as an Islamic State
// headquarters", "as a staging area") up to a clause break: a site that
// fighters hold. armed says the sentence already names fighters as those
// who use it ("fighters used it as a base").
func armedSitePredicate(toks []token, from, to int, armed bool) bool {
	if from < to && toks[from].Norm == "as" {
		from++
	}
	site := false
	for u := from; u < min(to, from+8) && (toks[u].Word || toks[u].Norm == "-"); u++ {
		n := toks[u].Norm
		switch {
		case armedSiteOnly.has(n):
			return true
		case armedSites.has(n):
			site = true
		case toks[u].is(classArmedLabel|classArmedMovement) || n == "islamic" && u+1 < to && toks[u+1].Norm == "state":
			armed = true
		case n == "that" || n == "which" || n == "where" || n == "but":
			return site && armed
		}
	}
	return site && armed
}

// usedAs: "used" at t joins a site to what it was used as ("Islamic State
// fighters used it as a staging area", "militants were using the school as
// a base"): fighters when the phrase or the subject before the verb names them.
func usedAs(toks []token, from, t, to int) string {
	as := -1
	for u := t + 1; u < min(to, t+5); u++ {
		if toks[u].Norm == "as" {
			as = u
			break
		}
		if !toks[u].Word {
			return ""
		}
	}
	if as < 0 {
		return ""
	}
	armed := false
	for q := t - 1; q >= max(from, t-5) && toks[q].Word; q-- {
		if quantity.PersonGroup(toks[q].Norm) == model.GroupMilitants || toks[q].is(classArmedLabel) || toks[q].is(classArmedMovement) {
			armed = true
			break
		}
	}
	if armedSitePredicate(toks, as+1, to, armed) {
		return model.GroupMilitants
	}
	return ""
}

// unarmedPhrases say that someone never bore arms.
var unarmedPhrases = []string{"never carried a weapon", "never carried weapons", "never carried arms",
	"never took up arms", "never held a weapon", "never fought"}

// personPronouns stand for the one dead man or woman a family speaks of.
var personPronouns = words("he", "she")

func unarmedAt(toks []token, t, to int) bool {
	for _, p := range unarmedPhrases {
		if phraseAt(toks, t, to, p) {
			return true
		}
	}
	return false
}

// victimSubject: one of victimRefs stands in the four words before t, with
// no clause break in between, and the clause is not a supposition ("if it
// is proven that the men were civilians").
func victimSubject(toks []token, from, t int) bool {
	if kinOfTheDeadSpeaks(toks, from, t) {
		return true // "relatives of one of the dead said he was not a militant"
	}
	for q := t - 1; q >= max(from, t-4); q-- {
		n := toks[q].Norm
		if n == "them" && q == t-1 && q > from && toks[q-1].Norm == "of" {
			return !supposed(toks, from, q) // "three of them were labourers"
		}
		if toks[q].is(classVictimRef) && (!countWords.has(n) || q == t-1) {
			// a figure stands for those hit only right before the verb:
			// "the three were", not "two years ago are"
			return !supposed(toks, from, q)
		}
		if !toks[q].Word || n == "that" || n == "who" || n == "which" {
			return false
		}
	}
	return false
}

// noneOfSubject: "none" or "neither" opens the subject before the copula
// at t ("none of the dead were civilians", "neither of the men was armed"),
// so what follows is who those hit were not.
func noneOfSubject(toks []token, from, t int) bool {
	for q := t - 1; q >= max(from, t-5) && toks[q].Word; q-- {
		if n := toks[q].Norm; n == "none" || n == "neither" {
			return true
		}
	}
	return false
}

// careWords say a group was spared or kept from harm: "chosen to avoid
// civilian casualties", "steps to reduce the risk of harm to uninvolved
// civilians". A statement of care names no victim.
var careWords = words("avoid", "avoiding", "reduce", "reducing", "minimise",
	"minimize", "minimising", "minimizing", "prevent", "preventing", "protect",
	"protecting", "spare", "sparing", "mitigate", "mentioning", "mention")

// hearsayWords make a group the subject of what others say, not of what
// the speaker says was hit: "would look into any claim of civilian harm".
var hearsayWords = words("claim", "claims", "allegation", "allegations")

// spared: the group word at t follows a word of care (or "without
// mentioning", "no mention of", "any claim of") in the seven words before
// it, within the phrase ("to avoid civilian casualties and hit militia
// sites" spares no militia). A conjunction right before the group word
// joins it to what was spared ("to avoid harm to civilians and civilian
// infrastructure").
func spared(toks []token, from, t int) bool {
	for q := t - 1; q >= max(from, t-7) && toks[q].Word; q-- {
		switch n := toks[q].Norm; {
		case toks[q].is(classCareWord) || toks[q].is(classHearsayWord) && q+1 < t && toks[q+1].Norm == "of":
			return true
		case (n == "and" || n == "or") && (q == t-1 || q == t-2 && toks[t-1].Norm == "to"):
			continue // "to civilians and to civilian infrastructure"
		case n == "and" || n == "but" || n == "while" || n == "then":
			return false
		}
	}
	return false
}

// fighterHeads end a movement's name for its fighters ("ISIS fighters").
var fighterHeads = words("fighters", "militants", "snipers", "terrorists")

// massNouns gather the fighters named after "of" into what a strike hits:
// "destroyed a gathering of Daesh terrorists".
var massNouns = words("gathering", "gatherings", "concentration", "concentrations")

// strikeObjectCues put the phrase after them among those hit.
var strikeObjectCues = words("struck", "hit", "hitting", "striking", "targeted",
	"targeting", "killed", "killing", "against", "bombed", "engaged")

// fightersStruck: a mention of a movement's fighters is what a strike hit
// ("struck ISIS fighters", "strikes against two Islamic State militants"), not
// the actor that did something ("ISIS fighters had been firing").
func fightersStruck(toks []token, from int, m match) bool {
	if m.To-m.From < 2 || !fighterHeads.has(toks[m.To-1].Norm) {
		return false
	}
	q := m.From - 1
	// "against two ISIL fighters", "struck the 12 militants"
	for q > from && (hasDigit(toks[q].Norm) || numberWords.has(toks[q].Norm)) {
		q--
	}
	if q > from && toks[q].Norm == "the" {
		q--
	}
	if q >= from && (toks[q].Norm == "on" || toks[q].Norm == "upon") {
		return strikeNounBefore(toks, from, q) // "air strikes on 21 and 22 January on Islamic State fighters"
	}
	if q > from && toks[q].Norm == "of" && massNouns.has(toks[q-1].Norm) {
		return true // "a large gathering of Daesh terrorists"
	}
	return q >= from && toks[q].is(classStrikeObjectCue)
}

// armedMen name people by their arms or their attack: the side that struck
// them says it hit fighters ("targeted gunmen who had crossed the river",
// "fired only at the positions of attackers").
var armedMen = words("gunmen", "attackers", "assailants", "bombers")

// armedMenFillers may stand between the strike verb and the armed men:
// "struck the suicide bombers", "fired at the positions of attackers".
var armedMenFillers = words("the", "suicide", "armed", "positions", "position", "of", "those", "a", "group", "groups")

// armedMenStruck reports armed men in the clause from..to as what the
// strike hit: right after a verb of striking, or after "fired (only) at".
// Armed men who strike ("gunmen killed three farmers") are not hit.
func armedMenStruck(toks []token, from, to int) bool {
	for t := from + 1; t < to; t++ {
		if !toks[t].is(classArmedMan) {
			continue
		}
		q := t - 1
		for q > from && armedMenFillers.has(toks[q].Norm) {
			q--
		}
		n := toks[q].Norm
		if toks[q].is(classStrikeObjectCue) {
			return true
		}
		if n != "at" && n != "on" {
			continue
		}
		if q--; q > from && toks[q].Norm == "only" {
			q--
		}
		if q >= from && toks[q].is(classFireVerb) {
			return true
		}
	}
	return false
}

// armedRanks name the body whose members a strike hit ("members of the
// Resistance Units", "members of a Yazidi armed group"); a council is left
// out: "members of the local council" may be civilians.
var armedRanks = words("armed", "militia", "militias", "brigade", "brigades",
	"faction", "factions", "cell", "cells", "battalion", "battalions", "unit", "units")

// membersStruck: right after a verb of striking, the members of an armed
// body ("the drone had targeted members of the Sinjar Resistance Units")
// are what was hit, and fighters.
func membersStruck(toks []token, from, to int) bool {
	for t := from + 1; t+1 < to; t++ {
		if !toks[t].is(classStrikeObjectCue) {
			continue
		}
		u := t + 1
		if toks[u].Norm == "the" || toks[u].Norm == "some" || toks[u].Norm == "two" || toks[u].Norm == "three" {
			u++
		}
		if u+1 >= to || toks[u].Norm != "members" || toks[u+1].Norm != "of" {
			continue
		}
		for q := u + 2; q < min(to, u+12); q++ {
			n := toks[q].Norm
			if armedRanks.has(n) || toks[q].is(classArmedMovement) {
				return true
			}
			if !toks[q].Word && n != "(" && n != ")" && n != "," && n != "-" {
				break
			}
		}
	}
	return false
}

// strikeNounBefore: a strike noun stands in the eight words before t, with
// no clause break between ("strikes on 21 and 22 January on ...").
func strikeNounBefore(toks []token, from, t int) bool {
	for q := t - 1; q >= max(from, t-8); q-- {
		n := toks[q].Norm
		if strikeNames.has(n) {
			return true
		}
		if !toks[q].Word && n != "-" || clauseOpeners.has(n) && n != "and" {
			return false
		}
	}
	return false
}

// supposed: "if", "whether" or "unless" opens the clause before t.
func supposed(toks []token, from, t int) bool {
	for q := t - 1; q >= max(from, t-8); q-- {
		switch toks[q].Norm {
		case "if", "whether", "unless", "should":
			return true
		case ",", ";", ":":
			return false
		}
	}
	return false
}

func unlinkedAt(toks []token, t, to int) bool {
	for _, p := range unlinked {
		if phraseAt(toks, t, to, p) {
			return true
		}
	}
	return false
}

// phraseAt reports whether the space-separated words of p start at token t.
func phraseAt(toks []token, t, to int, p string) bool {
	for len(p) > 0 {
		w := p
		rest := ""
		for i := 0; i < len(p); i++ {
			if p[i] == ' ' {
				w, rest = p[:i], p[i+1:]
				break
			}
		}
		if t >= to || toks[t].Norm != w {
			return false
		}
		t, p = t+1, rest
	}
	return true
}

// predicateGroup reads the noun phrase after a copula or "as" ("were
// livestock traders", "was a civilian driver", "were not militants",
// "as members of an armed group") up to the next clause break.
func predicateGroup(toks []token, from, to int) string {
	neg := false
	end := min(to, from+10)
	for u := from; u < end; u++ {
		n := toks[u].Norm
		if toks[u].Quote != 0 {
			continue // were "well-known merchants"
		}
		if !toks[u].Word && n != "-" {
			break // ",": the phrase ended
		}
		switch n {
		case "not", "never":
			neg = true
			continue
		case "as", "a", "an", "the", "all", "only", "just", "simply", "ordinary", "merely":
			continue
		case "with", "in", "at", "to", "from", "for", "on", "by", "near", "inside":
			return "" // "were still living with relatives": the noun phrase ended
		case "that", "who", "which", "and", "but", "when", "because":
			if u > from {
				end = u // "were killed when ...": no noun phrase
			}
			continue
		case "member", "members":
			if g := membersGroup(toks, from, end, u); g != "" {
				return flip(g, neg)
			}
			continue
		}
		if g := quantity.PersonGroup(n); g != "" {
			return flip(g, neg)
		}
		if toks[u].is(classArmedMovement) && onlyDeterminersBetween(toks, from, u) {
			return flip(model.GroupMilitants, neg) // "they were not Daesh" (not "were trapped between Daesh and ...")
		}
	}
	return ""
}

// onlyDeterminersBetween: the words from from to t are negations and
// determiners only, so t heads the predicate ("were not Daesh").
func onlyDeterminersBetween(toks []token, from, t int) bool {
	for q := from; q < t; q++ {
		switch toks[q].Norm {
		case "not", "never", "a", "an", "the", "all", "only", "just", "simply", "merely":
		default:
			return false
		}
	}
	return true
}

// membersGroup: "members of an armed group", "Military Council members",
// "members of one family".
func membersGroup(toks []token, from, end, u int) string {
	for q := max(from, u-3); q < min(len(toks), u+5); q++ {
		n := toks[q].Norm
		switch {
		case armedBodies.has(n) || toks[q].is(classArmedMovement):
			return model.GroupMilitants // "Hezbollah members"
		case n == "family":
			return model.GroupCivilians
		}
	}
	return ""
}

// flip: "were not militants" says civilians; "were not civilians",
// militants. Children are civilians as a target group.
func flip(g string, neg bool) string {
	if g == model.GroupChildren {
		g = model.GroupCivilians
	}
	switch {
	case !neg:
		return g
	case g == model.GroupMilitants:
		return model.GroupCivilians
	case g == model.GroupCivilians:
		return model.GroupMilitants
	}
	return ""
}

// negatedBefore: a negation governs the word at t ("not militants", "no
// civilians", "had not targeted any civilians", "no ISIS fighters"): only
// determiners, auxiliaries, strike verbs and names stand between them.
func negatedBefore(toks []token, from, t int) bool {
	if noneOfWas(toks, from, t) || noSignOf(toks, from, t) {
		return true
	}
	for q := t - 1; q >= max(from, t-4); q-- {
		n := toks[q].Norm
		switch {
		case n == "not" || n == "no" || n == "never" || n == "without" || n == "nor" || n == "n't":
			return true
		case negatedGap.has(n) || toks[q].Upper && q > from:
			continue
		}
		return false
	}
	return false
}

// noSignOf: the group word at t is what "no indication of" (or "no sign
// of", "no evidence of") speaks of: "there were \"no initial indications\"
// of civilian casualties" says none were hit. "no", at most three words
// (adjectives, quotation marks), a noun of evidence, "of", the group word.
func noSignOf(toks []token, from, t int) bool {
	if t-2 < from || toks[t-1].Norm != "of" {
		return false
	}
	q := t - 2
	for q >= from && quoteMarks.has(toks[q].Norm) {
		q--
	}
	if q < from || !signNouns.has(toks[q].Norm) {
		return false
	}
	for n := 0; n < 4 && q-1 >= from; n++ {
		q--
		if toks[q].Norm == "no" {
			return true
		}
	}
	return false
}

// signNouns are what a source says it has none of when it denies a group
// was hit ("no indications of civilian casualties").
var signNouns = words("indication", "indications", "sign", "signs", "evidence", "trace", "traces")

// quoteMarks may close a quoted "no initial indications" before its "of".
var quoteMarks = words("\"", "”", "'", "’")

// noneOfWas: the group word at t is what "none of" the things named was
// ("none of the sites was a medical facility", "none of them were
// civilians"): "none of", a determiner, at most two words, a copula, an
// article.
func noneOfWas(toks []token, from, t int) bool {
	q := t - 1
	if q >= from && (toks[q].Norm == "a" || toks[q].Norm == "an") {
		q--
	}
	if q < from || !toks[q].is(classCopula) {
		return false
	}
	for n := 0; n < 4 && q-1 >= from; n++ {
		q--
		if toks[q].Norm == "of" {
			return q-1 >= from && toks[q-1].Norm == "none"
		}
		if !toks[q].Word {
			return false
		}
	}
	return false
}

var negatedGap = words("any", "the", "a", "an", "single", "of",
	"was", "were", "been", "be", "have", "has", "had",
	"targeted", "target", "hit", "struck", "strike", "harmed", "harm",
	"hurt", "killed", "kill", "attacked", "attack", "bombed")

// armedMovements are armed movements without an actor id, and the actors
// that are movements, by a word of their name.
var armedMovements = words("hezbollah", "houthi", "houthis", "huthi", "huthis",
	"shabaab", "hamas", "pkk", "ypg", "daesh", "isis", "isil", "qaeda", "nusra")

// movementAssets are what such a movement holds: hitting one hits fighters
// ("three Kataib Hezbollah facilities", "sites used by the Houthis to launch
// drones"). People are left out: "a Hezbollah commander said" is a speaker.
var movementAssets = words("facilities", "facility", "sites", "site", "positions",
	"position", "posts", "depots", "depot", "warehouses", "warehouse", "bases",
	"headquarters", "hideouts", "launchers", "infrastructure", "storage",
	"fortifications", "bunkers", "tunnels",
	"vehicles", "vehicle", "boats", "boat") // "destroyed six Islamic State vehicles fleeing the town"

// movementAsset: a clause names something an armed movement holds, the
// movement before it ("Huthi missile sites") or after it ("positions of
// Hezbollah", "sites used by Kataib Hezbollah"), within the same phrase.
// A belligerent's label for its enemies holds it only right before it
// ("terrorist positions") or after "of" ("the positions of terrorist
// groups"): "terrorists attacked army positions" hit no terrorists.
func movementAsset(toks []token, from, to int) bool {
	for t := from; t < to; t++ {
		if toks[t].is(classArmedLabel) && labelledAsset(toks, from, to, t) {
			return true
		}
		if !toks[t].is(classArmedMovement) && !islamicState(toks, from, t) {
			continue
		}
		for u := t + 1; u < min(to, t+4) && (toks[u].Word || toks[u].Norm == "-"); u++ {
			if movementAssets.has(toks[u].Norm) {
				return true
			}
		}
		for q := t - 1; q >= max(from, t-6) && toks[q].Word; q-- {
			if movementAssets.has(toks[q].Norm) {
				return true
			}
		}
	}
	return false
}

// islamicState: "state" at t closes the movement's name "Islamic State"
// ("Islamic State headquarters").
func islamicState(toks []token, from, t int) bool {
	return toks[t].Norm == "state" && t > from && toks[t-1].Norm == "islamic"
}

// labelledAsset: the label at t names who holds an asset: "terrorist
// positions", "terrorist group headquarters", "positions of terrorist
// groups", "headquarters and depots of the terrorists".
func labelledAsset(toks []token, from, to, t int) bool {
	for u := t + 1; u < min(to, t+3) && toks[u].Word; u++ {
		if movementAssets.has(toks[u].Norm) {
			return true
		}
		if !groupHeads.has(toks[u].Norm) && toks[u].Norm != "groups" {
			break
		}
	}
	q := t - 1
	if q > from && toks[q].Norm == "the" {
		q--
	}
	if q <= from || toks[q].Norm != "of" {
		return false
	}
	for q--; q >= max(from, t-7) && toks[q].Word; q-- {
		if movementAssets.has(toks[q].Norm) {
			return true
		}
	}
	return false
}

// armedRoles are ranks and roles in an armed group that a belligerent says
// it struck: "killed a senior leader in the Hurras al-Din organisation".
var armedRoles = words("leader", "leaders", "commander", "commanders", "facilitator",
	"facilitators", "operative", "operatives", "financier", "financiers", "emir",
	"members",                         // "two senior members of the group had been neutralised"
	"experts", "advisers", "advisors", // "targeted a meeting of Hezbollah drone experts"
	"terrorist") // "the raid had targeted a Hezbollah terrorist"

// adjectiveUse reports a role word at t that only qualifies the noun after
// it ("the PKK terrorist organisation", "a terrorist attack"): it names no
// person hit.
func adjectiveUse(toks []token, t, to int) bool {
	return toks[t].Norm == "terrorist" && t+1 < to && toks[t+1].Word && !roleFollowers.has(toks[t+1].Norm)
}

// roleFollowers may follow a role noun that names a person: "a terrorist
// who directed rocket fire", "a terrorist responsible for ...".
var roleFollowers = words("who", "responsible", "in", "of", "from", "and", "with", "at", "near", "on", "hiding", "involved", "behind")

// armedGroupHeads close the name of an armed group after a role: "in the X
// organisation", "for the Islamic State's Khorasan branch".
var armedGroupHeads = words("organisation", "organization", "branch", "network", "faction", "militia")

// roleObjectGap may stand between a strike verb and the role it hit.
var roleObjectGap = words("a", "an", "the", "two", "three", "senior", "top", "high", "-", "ranking",
	"key", "local", "field", "military", "what", "it", "they", "described", "called", "as", "one", "of", "its", "their",
	"meeting", "gathering") // "at what they called a meeting of the leaders"

// armedRole: a clause says the strike hit someone by a role in an armed
// group ("killed a senior leader of al Qaeda", "against what it described
// as a facilitator for the Islamic State's Khorasan branch"): those hit were
// fighters. The role must be what a strike verb hit, so that the speaker
// "a commander in the Hashd said" is not read as a target.
func armedRole(toks []token, ms []match, from, to int) bool {
	if labelStruck(toks, from, to) {
		return true
	}
	for t := from; t < to; t++ {
		if !toks[t].is(classArmedRole) || adjectiveUse(toks, t, to) {
			continue
		}
		if m := namedBefore(toks, from, t); m >= 0 && (strikeBefore(toks, from, m) || describesStruckName(toks, from, roleStart(toks, from, m))) {
			return true // "struck a meeting of forty Daesh leaders", "targeted Huthi missile commanders"
		}
		if !roleStruck(toks, from, t) && !roleStruckAfter(toks, t, to) && !describesStruckName(toks, from, roleStart(toks, from, t)) {
			continue
		}
		if t+1 < to && (toks[t+1].Norm == "of" || toks[t+1].Norm == "in" || toks[t+1].Norm == "for" || toks[t+1].Norm == "with") && (armedGroupAfter(toks, ms, t+2, min(to, t+9)) || groupAnaphor(toks, ms, t+2, to)) {
			return true
		}
	}
	return false
}

// roleStruck: a strike verb stands before the role at t, over roleObjectGap.
func roleStruck(toks []token, from, t int) bool {
	for q := t - 1; q >= max(from, t-9); q-- {
		n := toks[q].Norm
		if toks[q].is(classStrikeObjectCue) || removalVerbs.has(n) || n == "at" && firedBefore(toks, from, q) {
			return true
		}
		if !roleObjectGap.has(n) {
			return false
		}
	}
	return false
}

// roleModifiers may stand between a movement's name and a role:
// "Huthi missile and drone commanders", "ISIS senior leaders", "Hezbollah's
// most senior military commander".
var roleModifiers = words("missile", "drone", "and", "senior", "top", "military", "field", "local", "regional", "rocket",
	"'s", "most", "highest", "-", "ranking", "chief",
	"financial", "finance", "logistics", "media", "security") // "a senior ISIL financial emir"

// roleStart is where the noun phrase of the role at t begins: the first
// of the articles and modifiers before it ("a senior commander").
func roleStart(toks []token, from, t int) int {
	for t > from && (roleModifiers.has(toks[t-1].Norm) || articles.has(toks[t-1].Norm)) {
		t--
	}
	return t
}

// articles open the noun phrase of a role: "a senior commander", "its commander".
var articles = words("a", "an", "the", "its", "their", "his")

// describerGap may stand between "who" and the copula of a description:
// "who it says was", "who Israel said was".
var describerGap = words("it", "they", "he", "she", "says", "said", "say", "claims", "claimed", "believes", "believed",
	"we", "assess", "assessed", "assesses", "believe") // "whom we assess was a senior emir"

// describesStruckName: the phrase at t describes a person a strike verb
// named just before it, after a comma, either as an apposition ("killed
// Abu Bakr al-Ansari, a senior commander of the group") or in a clause
// ("killed Fuad Shukr, who it says was Hezbollah's top commander"): the
// role is the struck person's.
func describesStruckName(toks []token, from, t int) bool {
	q := t - 1
	if q > from && toks[q].is(classCopula) {
		for q--; q > from && (describerGap.has(toks[q].Norm) || toks[q].Upper && toks[q].Word); q-- {
		}
		if toks[q].Norm != "who" && toks[q].Norm != "whom" {
			return false
		}
		q--
	}
	if q <= from || toks[q].Norm != "," {
		return false
	}
	q--
	names := 0
	for ; q >= from && q >= t-12 && (toks[q].Upper && toks[q].Word || nameParticles.has(toks[q].Norm)); q-- {
		if toks[q].Upper {
			names++
		}
	}
	return names > 0 && q >= from && (toks[q].is(classStrikeObjectCue) || removalVerbs.has(toks[q].Norm))
}

// namedBefore: the token of an armed movement or a label for the enemy
// that names the group of the role at t ("Daesh leaders", "Huthi missile
// commanders"), over roleModifiers, or -1.
func namedBefore(toks []token, from, t int) int {
	for q := t - 1; q >= max(from, t-5); q-- {
		n := toks[q].Norm
		switch {
		case toks[q].is(classArmedMovement | classArmedLabel):
			return q
		case !roleModifiers.has(n):
			return -1
		}
	}
	return -1
}

// labelStruck: a strike or removal verb hit people under the label a
// belligerent gives its enemies ("had \"neutralised\" 44 Daesh
// terrorists", "killed nine militants"), with only a figure, a movement's
// name or quotation marks between.
func labelStruck(toks []token, from, to int) bool {
	for t := from; t < to; t++ {
		if !toks[t].is(classArmedLabel) {
			continue
		}
		for q := t - 1; q >= max(from, t-5); q-- {
			n := toks[q].Norm
			if toks[q].is(classStrikeObjectCue) || removalVerbs.has(n) {
				return true
			}
			if _, ok := numberAt(toks, q); !ok && toks[q].Quote == 0 && !armedMovements.has(n) {
				break
			}
		}
	}
	return false
}

// strikeBefore: a strike verb stands in the eight words before t, within
// the phrase ("struck a meeting of forty ..."), so that the name at t is
// among those hit, not a speaker ("a Hezbollah commander said").
func strikeBefore(toks []token, from, t int) bool {
	for q := t - 1; q >= max(from, t-8) && (toks[q].Word || toks[q].Quote != 0); q-- {
		n := toks[q].Norm
		if toks[q].is(classStrikeObjectCue) || removalVerbs.has(n) {
			return true
		}
		if n == "and" && coordinatedAfterOf(toks, from, q, t) {
			continue // "a meeting of Iranian and Hezbollah experts"
		}
		if n == "said" || n == "says" || n == "that" || n == "and" || n == "but" {
			return false
		}
	}
	return false
}

// coordinatedAfterOf: the "and" at q joins one word after "of" to the
// name at t ("of Iranian and Hezbollah"), inside one noun phrase, not two
// clauses.
func coordinatedAfterOf(toks []token, from, q, t int) bool {
	return q == t-1 && q-2 >= from && toks[q-2].Norm == "of" && toks[q-1].Word
}

// launchVerbs send missiles or shells "at" what they hit.
var launchVerbs = words("fired", "launched", "aimed")

// firedBefore: a launch verb stands in the clause before the "at" at t
// ("fired seven missiles on Saturday morning at ...").
func firedBefore(toks []token, from, t int) bool {
	for q := t - 1; q >= max(from, t-10); q-- {
		if launchVerbs.has(toks[q].Norm) {
			return true
		}
	}
	return false
}

// removalVerbs are what a belligerent says it did to the people it struck.
var removalVerbs = words("neutralised", "neutralized", "eliminated", "killed")

// roleStruckAfter: the role at t is the subject of a passive removal verb
// a few words on ("members of the group had been neutralised").
func roleStruckAfter(toks []token, t, to int) bool {
	for q := t + 1; q < to && q <= t+9; q++ {
		if removalVerbs.has(toks[q].Norm) && passiveAux.has(toks[q-1].Norm) {
			return true
		}
	}
	return false
}

// groupHeads name an armed group already named: "the group", "the organisation".
var groupHeads = words("group", "organisation", "organization")

// groupAnaphor: "the group" at t refers back to an armed group named earlier
// in the sentence ("the PKK terrorist organisation ... members of the group").
func groupAnaphor(toks []token, ms []match, t, to int) bool {
	if t+1 >= to || toks[t].Norm != "the" || !groupHeads.has(toks[t+1].Norm) {
		return false
	}
	for u := 0; u < t; u++ {
		if armedGroupAt(toks, ms, u) {
			return true
		}
	}
	return false
}

// armedGroupAfter: an armed group is named from t to end: a movement
// ("al Qaeda", "the PKK"), ISIS by its actor name, or a name closed by
// "organisation", "branch", "network".
func armedGroupAfter(toks []token, ms []match, t, end int) bool {
	for u := t; u < end && (toks[u].Word || toks[u].Norm == "'s" || toks[u].Norm == "-" || toks[u].Quote != 0); u++ {
		if armedGroupAt(toks, ms, u) {
			return true
		}
	}
	return false
}

// armedGroupAt: token u is a word of an armed group's name: a movement, a
// group head ("organisation"), or ISIS by its actor name.
func armedGroupAt(toks []token, ms []match, u int) bool {
	if toks[u].is(classArmedMovement) || armedGroupHeads.has(toks[u].Norm) || toks[u].is(classArmedLabel) {
		return true // "the leaders of a terrorist group"
	}
	k, ok := matchAt(ms, u)
	return ok && ms[k].E.Flags&fMention != 0 && ms[k].E.Mention.Actor == "isis"
}

// careVerbs carry the wounded and the dead to where they are cared for.
var careVerbs = words("taken", "rushed", "transferred", "admitted", "evacuated",
	"moved", "brought", "treated", "died", "remains", "remain", "received", "receiving")

// careDestination: the place named at t is where the wounded were taken or
// treated ("were taken to the town's hospital", "died in hospital"), not
// what the strike hit.
func careDestination(toks []token, from, t int) bool {
	if t > from && toks[t].Norm == "hospital" && (toks[t-1].Norm == "in" || toks[t-1].Norm == "to") {
		return true // "in hospital", "to hospital" with no article: a patient's stay ("the second in hospital on Wednesday"), never a strike's target
	}
	q := t - 1
	for q >= from && (toks[q].Upper || toks[q].Norm == "the" || toks[q].Norm == "a" || toks[q].Norm == "'s") {
		q-- // "to Musayyib General Hospital", "to the town's hospital"
	}
	for k := 0; k < 2 && q > from && toks[q].Word && !careLinks.has(toks[q].Norm) && !careStops.has(toks[q].Norm); k++ {
		q-- // "to the military hospital", "to a nearby field hospital"
		for q >= from && (toks[q].Norm == "the" || toks[q].Norm == "a") {
			q--
		}
	}
	if q <= from || !careLinks.has(toks[q].Norm) {
		return false
	}
	v := q - 1
	for k := 0; k < 3 && v > from && careTimeWords.has(toks[v].Norm); k++ {
		v-- // "died at dawn in the town's hospital", "died on Wednesday in hospital"
	}
	return careVerbs.has(toks[v].Norm)
}

// careTimeWords may stand between a verb of care and where it was given:
// "died at dawn in", "was taken overnight to".
var careTimeWords = words("at", "on", "dawn", "night", "overnight", "morning", "evening", "later",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// careLinks join a verb of care to where it was given: "taken to", "died in".
var careLinks = words("to", "in", "at")

// careStops end the words before a hospital that may describe it: "died in
// the strike on the hospital" names what was hit.
var careStops = words("on", "of", "by", "for", "with", "from", "near", "into", "and", "strike", "attack", "raid")

// landmark: the site named at t is what a distance is measured from ("a
// command post about 2 km from the local hospital", "500 metres away from
// the school"), not what was hit.
func landmark(toks []token, from, t int) bool {
	q := t - 1
	for q > from && t-q <= 3 && toks[q].Word && toks[q].Norm != "from" {
		q-- // "the local", "the town's"
	}
	return q > from && toks[q].Norm == "from" && (distanceUnits.has(toks[q-1].Norm) || toks[q-1].Norm == "away")
}

// provokingAttack: the target word at t is what the force struck had
// itself attacked before the strike, told in a clause of time whose
// subject is a pronoun: "killed more than 100 fighters after they
// attacked a headquarters of the SDF", "when they stormed the base".
func provokingAttack(toks []token, from, t int) bool {
	for q := t - 1; q > from+1 && q >= t-5; q-- {
		if !provokeVerbs.has(toks[q].Norm) {
			continue
		}
		p := q - 1
		if toks[p].Norm == "had" && p > from+1 {
			p--
		}
		return toks[p].Norm == "they" && provokeTimes.has(toks[p-1].Norm)
	}
	return false
}

// provokeVerbs are a force's own assault on a position; provokeTimes open
// the clause that tells it happened before the strike.
var (
	provokeVerbs = words("attacked", "assaulted", "stormed", "raided", "advanced", "overran")
	provokeTimes = words("after", "when", "as", "once", "because")
)

// fireVerbs are how fighters attack the people a report says they endangered.
var fireVerbs = words("firing", "fired", "shooting", "shot", "shelling", "shelled")

// enemyConduct: the group word at t (from the match end to) is what the
// enemy did to people, not whom the strike hit: a belligerent's "using
// civilians as human shields", or fighters named earlier in the clause
// "firing on SDF forces and on civilians".
func enemyConduct(toks []token, from, t, end, to int) bool {
	if end+2 < to && toks[end].Norm == "as" && (toks[end+1].Norm == "shields" ||
		toks[end+1].Norm == "human" && toks[end+2].Norm == "shields") {
		return true
	}
	for q := t - 1; q > from && q >= t-6 && toks[q].Word; q-- {
		if !toks[q].is(classFireVerb) {
			continue
		}
		for r := q - 1; r >= from; r-- {
			if fighterHeads.has(toks[r].Norm) || toks[r].is(classArmedLabel) {
				return true // "fighters who were firing on civilians"
			}
		}
		return false
	}
	return false
}

// armStores keep or make arms: "a depot of attack drones", "a workshop
// assembling drones", "the drone factory".
var armStores = words("depot", "depots", "workshop", "workshops", "factory",
	"factories", "warehouse", "warehouses", "store", "stores", "storage", "plant",
	"hangar", "hangars", "production", "assembly")

// madeArms are what a site makes or keeps for fighters: "a facility used
// to make vehicle-borne bombs", "a workshop producing explosives".
var madeArms = words("bomb", "bombs", "explosives", "ieds", "munitions", "weapons",
	"ammunition", "missiles", "rockets", "drones", "mines", "shells")

// makeVerbs join a site to the arms it makes or keeps.
var makeVerbs = words("make", "makes", "making", "build", "builds", "building",
	"produce", "produces", "producing", "manufacture", "manufactures", "manufacturing",
	"assemble", "assembles", "assembling", "store", "stores", "storing")

// makerSites are the sites such a verb follows.
var makerSites = words("facility", "facilities", "factory", "factories", "workshop",
	"workshops", "plant", "site", "sites", "warehouse", "warehouses", "depot", "building")

// keepVerbs are the makeVerbs that keep arms rather than make them.
var keepVerbs = words("store", "stores", "storing")

// armsMaker: the clause names a site that makes or keeps arms ("a facility
// used to make vehicle-borne bombs", "a plant that produces rockets"): what
// was hit is fighters' property, whatever vehicle word the arms' name holds.
// It returns the target: a workshop, or a weapons depot for a site that
// keeps them; "" when the clause names none.
func armsMaker(toks []token, from, to int) string {
	for t := from; t < to; t++ {
		if !toks[t].is(classMadeArm) {
			continue
		}
		for q := t - 1; q >= max(from, t-4) && (toks[q].Word || toks[q].Norm == "-"); q-- {
			if !makeVerbs.has(toks[q].Norm) {
				continue
			}
			if !siteBefore(toks, from, q) {
				break
			}
			if keepVerbs.has(toks[q].Norm) {
				return "weapons depot"
			}
			return "workshop"
		}
	}
	return ""
}

// siteBefore: a maker site stands in the four words before the verb at t
// ("facility used to", "plant that", "workshop").
func siteBefore(toks []token, from, t int) bool {
	for q := t - 1; q >= max(from, t-4) && toks[q].Word; q-- {
		if makerSites.has(toks[q].Norm) {
			return true
		}
	}
	return false
}

// armStoreVerbs join a store to the arms it keeps or makes.
var armStoreVerbs = words("of", "for", "assembling", "producing", "making",
	"building", "manufacturing", "storing", "housing")

// storedArms: the arm word at t is what a site stores or makes, not the
// weapon of the strike: "a depot of Ukrainian attack drones", "a workshop
// assembling drones", "the drone factory". Hitting such a site hits
// fighters' property.
func storedArms(toks []token, from, to, t int) bool {
	if t+1 < to && armStores.has(toks[t+1].Norm) {
		return true // "drone factory", "drone assembly workshop"
	}
	for q := t - 1; q >= max(from, t-4) && toks[q].Word; q-- {
		if armStoreVerbs.has(toks[q].Norm) {
			return q > from && armStores.has(toks[q-1].Norm)
		}
	}
	return false
}

// identifyToll: a source that says who the dead were ("the dead are
// farmers and their sons, not fighters", "they had nothing to do with the
// PKK") says it of the toll it gave: a death toll of people of no group
// that the claim c carries, or failing that the last one its source gave
// in the passage just before, is also a toll of that group. It walks back only over
// the same source's claims of the same or the previous paragraph: another
// source's toll is not the one described.
func (st *docState) identifyToll(c *model.Claim, group string, para, idx int) {
	if group != model.GroupCivilians && group != model.GroupMilitants {
		return
	}
	part := st.namedSubgroup(idx)
	if groupTollOf(&c.Counts, group, part) {
		return
	}
	for i := len(st.claims) - 1; i >= 0; i-- {
		prev := &st.claims[i]
		if prev.Speaker != c.Speaker || st.meta[i].para < para-1 || prev.Stance != model.StanceAsserts && prev.Stance != model.StanceConfirms {
			return
		}
		if groupTollOf(&prev.Counts, group, part) {
			return
		}
	}
}

// subgroupOpeners open a sentence that names some of the dead just
// counted: "Among them were two men from the village".
var subgroupOpeners = [...]string{"among them were", "among them was", "among the dead were",
	"among those killed were", "among the victims were"}

// subgroupPronouns stand for the people the sentence before named.
var subgroupPronouns = words("they", "both")

// namedSubgroup: a sentence at idx whose subject is a pronoun ("They were
// not fighters") right after one that names a number of the dead ("Among
// them were two men from the village, ...") speaks of those named, not of
// the whole toll: it returns their number, or 0.
func (st *docState) namedSubgroup(idx int) int {
	if idx < 1 || idx >= len(st.sents) {
		return 0
	}
	cur := st.sents[idx]
	ct := tokenize(st.text, cur.Start, cur.End, nil)
	first := firstWordToken(ct)
	if first < 0 || !subgroupPronouns.has(ct[first].Norm) {
		return 0
	}
	prev := st.sents[idx-1]
	pt := tokenize(st.text, prev.Start, prev.End, nil)
	at := firstWordToken(pt)
	if at < 0 {
		return 0
	}
	for _, o := range subgroupOpeners {
		if !phraseAt(pt, at, len(pt), o) {
			continue
		}
		if n, ok := numberAt(pt, at+strings.Count(o, " ")+1); ok && n > 0 {
			return n
		}
		return 0
	}
	return 0
}

// firstWordToken is the index of the first word token of toks, or -1.
func firstWordToken(toks []token) int {
	for i := range toks {
		if toks[i].Word {
			return i
		}
	}
	return -1
}

// plainVictims name the dead by no more than their sex: what they were is
// said elsewhere.
var plainVictims = words("men", "man", "women", "woman", "bodies", "dead")

// groupTollOf adds to the death tolls of counts that name no group the
// same toll of that group, and reports whether counts held a death toll
// at all. The toll of no group stays: it is what the source counted, and
// what another source's count of fighters is set against. A toll with a
// group of its own beside them leaves them be: "between nine and twelve
// dead, at least five of them civilians" describes a part.
//
// part, when above 0, is the number of those the source named of the
// toll ("Among them were two men ... They were not fighters"): only they
// are of that group, so the count of the group is theirs.
func groupTollOf(counts *[]model.Count, group string, part int) bool {
	found, n := false, len(*counts)
	for _, k := range *counts {
		if k.Kind == model.CountKilled {
			found = true
			if k.Group != model.GroupUnknown {
				return true
			}
		}
	}
	for i := 0; i < n; i++ {
		k := (*counts)[i]
		if k.Kind == model.CountKilled && (peopleItem(k.Item) || plainVictims.has(strings.ToLower(k.Item))) && (k.Min == nil || *k.Min > 0) {
			k.Group = group
			if part > 0 && (k.Min == nil || part < *k.Min || k.Max == nil) {
				k.Min, k.Max = &part, &part
			}
			*counts = append(*counts, k)
		}
	}
	return found
}

// recordedOnNouns are records and outlets a site or group word may qualify:
// "a funeral notice", "a militia channel", "hospital records".
var recordedOnNouns = words("notice", "notices", "announcement", "announcements", "channel", "channels",
	"records", "record", "poster", "posters", "obituary", "obituaries")

// recordModifier: the word ending before end qualifies a record or an
// outlet named right after it ("a funeral notice shared by an Iraqi militia
// channel"), so it names neither what was hit nor who.
func recordModifier(toks []token, end, to int) bool {
	return end < to && recordedOnNouns.has(toks[end].Norm)
}

// kinOfTheDeadSpeaks: the copula at t follows "he" or "she", and the
// sentence (toks) before it names the speaker as kin of one of those
// killed ("the brother of one of the victims said he was a shepherd"), so
// the pronoun is the dead man.
func kinOfTheDeadSpeaks(toks []token, from, t int) bool {
	if t-1 < from || toks[t-1].Norm != "he" && toks[t-1].Norm != "she" {
		return false
	}
	for q := 2; q < t-1; q++ { // the speaker may stand before the clause, in the sentence's opening
		if deadRefs.has(toks[q].Norm) && toks[q-1].Norm == "the" && toks[q-2].Norm == "of" {
			return true
		}
	}
	return false
}
