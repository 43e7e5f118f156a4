package extract

import (
	"math"
	"slices"
	"time"

	"github.com/crosscheck/crosscheck/internal/model"
)

// A speaker that speaks for a belligerent with aircraft, drones or missiles
// of its own (the registry's SpeaksFor) speaks officially for it: when it
// talks about a strike that the report puts on its side ("the strike
// killed three militants", the command said), it speaks of its own side's
// strike. unofficialVoices are the exceptions: unnamed officers
// (iraqi-sources), who may belong to any of their country's forces, and
// the groups that are struck rather than strike (the PMF, the SDF); a side
// with no aircraft (ISIS) has no strike to speak of.
var unofficialVoices = words("iraqi-sources", "pmf", "sdf")

// ownSide is the side whose strikes speaker speaks officially of, or "".
func (st *docState) ownSide(speaker string) string {
	side := st.e.actors.SpeaksFor(speaker)
	if side == "" || unofficialVoices.has(speaker) {
		return ""
	}
	if a, ok := st.e.actors.Lookup(side); !ok || a.GroundOnly {
		return ""
	}
	return side
}

// ownStrikes gives a belligerent's voice its own side when it asserts or
// denies a strike without naming who struck, and another claim of the
// report about the same strike names that side: the Pentagon that "called
// the strike a response to attacks on US personnel" after "US aircraft
// struck" asserts the US's part; the coalition that "denied any strike"
// after state TV blamed the coalition denies the coalition's. A side no claim
// names for the strike stays unnamed ("120 vehicles were struck east of
// Ramadi", the coalition's spokesman said): the statement is about whether
// it happened.
func (st *docState) ownStrikes() {
	for i := range st.claims {
		c := &st.claims[i]
		if len(c.PerpetratorsAsserted) > 0 || len(c.PerpetratorsDenied) > 0 || st.meta[i].notOwn {
			continue // (a strike "carried out by the PKK" is no side's own)
		}
		side := st.ownSide(c.Speaker)
		if side == "" {
			continue
		}
		actor, byOwn, others := st.sideNamedFor(i, side)
		if actor == "" && !others && ownOperation(c) {
			actor = side
		}
		if actor == "" {
			continue
		}
		switch c.Stance {
		case model.StanceAsserts, model.StanceConfirms:
			c.PerpetratorsAsserted = []string{actor}
		case model.StanceDenies:
			if byOwn && ownVictimDenial(c) {
				ownStrikeSparedCivilians(c, actor)
				continue
			}
			// "it had not targeted any civilians" denies a victim, not a
			// part; and a side that claims the strike itself denies
			// something else when it denies ("rejected the report as
			// propaganda").
			if c.Event.TargetGroup != model.GroupCivilians && !byOwn {
				c.PerpetratorsDenied = []string{actor}
			}
		}
	}
}

// ownStatementsOfToldStrike gives an official statement's unattributed
// sentence the actor of the strike its previous sentence told: after
// "units of the army delivered fire on positions east of the town", the
// ministry's "No residential areas were targeted." speaks of that strike,
// not of one by its own side.
func (st *docState) ownStatementsOfToldStrike() {
	for i := 1; i < len(st.claims); i++ {
		c, p := &st.claims[i], &st.claims[i-1]
		m, pm := st.meta[i], st.meta[i-1]
		if !m.ownStmt || pm.ownStmt || pm.para != m.para || pm.sentence != m.sentence-1 || !sameStrike(c, p) {
			continue
		}
		if c.Stance != model.StanceAsserts || p.Stance != model.StanceAsserts || len(p.PerpetratorsAsserted) == 0 || len(c.PerpetratorsDenied) > 0 {
			continue
		}
		if slices.ContainsFunc(p.PerpetratorsAsserted, func(a string) bool { return a == "unknown" || st.e.actors.Covers(m.side, a) }) {
			continue // its own side's strike, or no one's: the default stands
		}
		c.PerpetratorsAsserted = slices.Clone(p.PerpetratorsAsserted)
	}
}

// sideNamedFor returns the actor of side that other claims of the report
// assert for the strike of claim i: side itself, or the one arm of it they
// all name (iraq-air-force for iraq). It returns "" when none does, or when
// a claim makes the strike a joint one ("Iraqi and coalition aircraft
// pounded ..."): of a joint strike, the statement does not say whose part
// it speaks of. byOwn tells that one of side's own voices names it; others
// that some claim names another actor for the strike.
func (st *docState) sideNamedFor(i int, side string) (actor string, byOwn, others bool) {
	named, namedBy := "", -1
	// Claims about one strike stand near each other; the window keeps a
	// huge document linear.
	for j := max(0, i-sameStrikeWindow); j < min(len(st.claims), i+sameStrikeWindow+1); j++ {
		o := &st.claims[j]
		// A claim naming no one tells nothing of the side: passed over
		// before sameStrike, whose distance and date parsing cost most.
		if j == i || len(o.PerpetratorsAsserted) == 0 || (o.Stance != model.StanceAsserts && o.Stance != model.StanceConfirms) || !sameStrike(&st.claims[i], o) {
			continue
		}
		ours, theirs := false, false
		for _, a := range o.PerpetratorsAsserted {
			if a != side && st.e.actors.Covers(side, a) && st.e.actors.SpeaksFor(o.Speaker) == a {
				a = side // France's own "its Rafales struck": a member's part, the coalition's strike
			}
			switch {
			case !st.e.actors.Covers(side, a):
				// (a statement's side read by default names no other side)
				theirs = theirs || a != "unknown" && !st.meta[j].ownStmt
			case named == "" || named == a:
				ours, named, namedBy = true, a, j
			case named != side && a != side && namedBy != j:
				// two claims, two arms ("Iraqi F-16 jets bombed …", "army
				// aviation destroyed …"): two strikes near each other, and
				// no telling which one the voice speaks of, nor that it is
				// one of its own side's at all
				return "", false, true
			default:
				ours, named = true, side // two arms, or the side and an arm
			}
		}
		if theirs {
			others = true
		}
		if ours && theirs {
			return "", false, true
		}
		if ours && st.e.actors.Covers(side, st.e.actors.SpeaksFor(o.Speaker)) {
			byOwn = true
		}
	}
	if named != "" && named != side && !st.below(named, side) {
		return side, byOwn, others // a parent of side ("coalition" for the US): its side's part
	}
	return named, byOwn, others
}

// ownOperation reports whether claim c, from a belligerent's official
// voice, reads as that side's account of its own operation though no
// claim names who struck: it asserts that militants were hit or
// "neutralised" ("the ministry said two terrorists had been neutralised").
// A side reports the enemy it killed; a toll of civilians or vehicles from
// the same voice may be anyone's strike, and stays about whether it
// happened. A side that confirms an attack on militants ("the ministry
// confirmed the attack on a PKK hideout") confirms its own.
func ownOperation(c *model.Claim) bool {
	return (c.Stance == model.StanceAsserts || c.Stance == model.StanceConfirms) && c.Event.TargetGroup == model.GroupMilitants
}

// sameStrikeWindow is how many claims before and after a claim are read
// for the side named for its strike.
const sameStrikeWindow = 200

// below reports whether actor a is an arm or member of side.
func (st *docState) below(a, side string) bool {
	return slices.Contains(st.e.actors.Ancestors(a), side)
}

// sameStrike reports whether two claims of one report may be about the same
// strike: their places and dates, where both have one, agree (the same
// place or within 40 km; dates a day apart at most).
func sameStrike(a, b *model.Claim) bool {
	return samePlace(a.Where, b.Where) && sameDays(a.When, b.When)
}

func samePlace(a, b model.Where) bool {
	if a.Name == "" || b.Name == "" || a.Name == b.Name {
		return true
	}
	if a.Lat == nil || a.Lon == nil || b.Lat == nil || b.Lon == nil {
		return false
	}
	// Places a degree of latitude apart lie over 110 km apart whatever
	// their longitudes: most pairs are told apart without the trigonometry.
	if math.Abs(*a.Lat-*b.Lat) > samePlaceLatDegrees {
		return false
	}
	return model.DistanceKM(*a.Lat, *a.Lon, *b.Lat, *b.Lon) <= samePlaceKM
}

// samePlaceKM is how far apart two places of one strike may lie.
const samePlaceKM = 40

// samePlaceLatDegrees is a latitude difference that alone puts two places
// further apart than samePlaceKM (a degree of latitude is 111 km; the
// margin keeps rounding out of the decision).
const samePlaceLatDegrees = samePlaceKM/111.0 + 0.05

func sameDays(a, b model.When) bool {
	if a.From == "" || b.From == "" {
		return true
	}
	af, err1 := time.Parse("2006-01-02", a.From)
	bf, err2 := time.Parse("2006-01-02", b.From)
	if err1 != nil || err2 != nil {
		return true // a month or a week: no day to compare
	}
	at, bt := af, bf
	if t, err := time.Parse("2006-01-02", a.To); err == nil {
		at = t
	}
	if t, err := time.Parse("2006-01-02", b.To); err == nil {
		bt = t
	}
	const day = 24 * time.Hour
	return !af.After(bt.Add(day)) && !bf.After(at.Add(day))
}

// ownVictimDenial: a denial that names no actor but says civilians were not
// hit ("no civilians were killed", "its aircraft had not targeted any
// civilians"), and gives no civilian toll of its own.
func ownVictimDenial(c *model.Claim) bool {
	if c.Event.TargetGroup != model.GroupCivilians && c.Event.TargetGroup != model.GroupChildren {
		return false
	}
	for _, n := range c.Counts {
		if model.CivilianGroup(n.Group) && !n.None() {
			return false // "denies targeting civilians, though thousands have been killed"
		}
	}
	return true
}

// ownStrikeSparedCivilians rewrites the civilian-harm denial of a side that
// says, in the same report, that it struck: the side asserts its strike and
// says that no civilians died in it ("the strike targeted a group of
// terrorists ... and no civilians were killed"). It does not say that no
// strike took place; a zero civilian toll keeps what it denies.
func ownStrikeSparedCivilians(c *model.Claim, actor string) {
	c.Stance = model.StanceAsserts
	c.PerpetratorsAsserted = []string{actor}
	c.Event.TargetGroup = model.GroupUnknown
	if !slices.ContainsFunc(c.Counts, func(n model.Count) bool { return model.CivilianGroup(n.Group) && n.Kind == model.CountKilled }) {
		lo, hi := 0, 0
		c.Counts = append(c.Counts, model.Count{Kind: model.CountKilled, Group: model.GroupCivilians, Min: &lo, Max: &hi})
	}
}

// attackedPlaces are a side's sites and people that a strike on it lands
// near or hits: "close to the U.S. Consulate", "at the Russian base".
var attackedPlaces = words("embassy", "consulate", "mission", "personnel", "troops", "soldiers", "servicemen",
	"citizens", "diplomats", "base", "bases", "convoy", "patrol", "facility", "facilities")

// attackedCues stand before the side's site a strike is aimed at or
// lands by: "fired at", "landed close to", "an attack on", "targeting".
var attackedCues = words("at", "near", "to", "on", "against", "targeting", "targeted", "toward", "towards")

// passiveHarmAfter: a passive verb of harm right after a side's people
// ("personnel were wounded", "troops had been killed"): the side's men
// are the victims; "coalition troops killed" stays their own strike.
func passiveHarmAfter(toks []token, j, to int) bool {
	if j < to && (toks[j].Norm == "were" || toks[j].Norm == "was") {
		j++
	} else if j+1 < to && (toks[j].Norm == "had" || toks[j].Norm == "have") && toks[j+1].Norm == "been" {
		j += 2
	} else {
		return false
	}
	return j < to && harmWords.has(toks[j].Norm)
}

// activeHarmVerbs stand before the people a strike hit: "killed a U.S.
// contractor", "wounding four American soldiers".
var activeHarmVerbs = words("killed", "wounded", "injured", "killing", "wounding", "injuring")

// harmVerbBefore reports an active verb of harm just before the mention at
// from, over an article or a number ("wounded four U.S. service members").
func harmVerbBefore(toks []token, from, lo int) bool {
	q := from - 1
	if q >= lo && (toks[q].Norm == "a" || toks[q].Norm == "an" || toks[q].Norm == "the" || hasDigit(toks[q].Norm) || numberWords.has(toks[q].Norm)) {
		q--
	}
	return q >= lo && activeHarmVerbs.has(toks[q].Norm)
}

// harmWords follow a side's people denied as harmed: "no American
// personnel were injured".
var harmWords = words("injured", "wounded", "hurt", "killed", "harmed")

// sideStruck reports that the clause tells of a strike on side: its site
// or people after a cue of aim ("landed close to the U.S. Consulate",
// "rockets fired at the American embassy"), its people unharmed ("no
// American personnel were injured"), its sovereignty violated or its own
// men hit. A side's statement of such a strike is the victim's account.
func (st *docState) sideStruck(toks []token, ms []match, cl clause, side string) bool {
	if cl.att != nil || answeredIn(toks, cl.from, cl.to) {
		return false // (its quoted words, or "in response to attacks on U.S. troops": the attack it answers)
	}
	if st.sideWronged(toks, ms, cl, side) {
		return true
	}
	ci, cj := msRange(ms, cl.from, cl.to)
	for k := ci; k < cj; k++ {
		m := ms[k]
		if m.E.Flags&fMention == 0 || !st.ofSide(m.E.Mention, side) {
			continue
		}
		if h := ownedBefore(toks, m.From, cl.from); h >= 0 && (passiveHarmAfter(toks, afterForces(toks, m.To, cl.to), cl.to) || aimedAt(toks, h, cl.from)) {
			return true // "two servicemen of the Russian armed forces were killed", "toward the support point of the Russian Navy"
		}
		if harmVerbBefore(toks, m.From, cl.from) && (m.To >= cl.to || toks[m.To].Norm != "-") {
			return true // "the attack killed a U.S. civilian contractor" (not "killed two Russian-backed fighters")
		}
		j := m.To
		if j < cl.to && toks[j].Norm == "'s" {
			j++
		}
		if j >= cl.to || !attackedPlaces.has(toks[j].Norm) && !attackedPlaces.has(finalWord(m.E.Words)) {
			continue
		}
		p := m.From - 1
		if p >= cl.from && toks[p].Norm == "the" {
			p--
		}
		if p >= cl.from && attackedCues.has(toks[p].Norm) {
			return true // "landed close to the U.S. Consulate"
		}
		if p >= cl.from && toks[p].Norm == "no" && harmedAfter(toks, j+1, cl.to) {
			return true // "No American personnel were injured"
		}
		if passiveHarmAfter(toks, j+1, cl.to) {
			return true // "12 other Coalition personnel were wounded"
		}
	}
	return false
}

// heldAreaCues stand before an area a weapon came down in: "landed at an
// area controlled by Russian forces", "fell in areas held by the army".
var heldAreaCues = words("at", "in", "inside", "into", "near", "on")

// sideAreaHit reports a clause whose weapon came down in an area the side
// holds: the side names the ground it was aimed at, not its own strike.
func (st *docState) sideAreaHit(toks []token, ms []match, cl clause, side string) bool {
	ci, cj := msRange(ms, cl.from, cl.to)
	for k := ci; k < cj; k++ {
		m := ms[k]
		if m.E.Flags&fMention == 0 || !st.ofSide(m.E.Mention, side) {
			continue
		}
		p := m.From - 1
		if p-2 < cl.from || toks[p].Norm != "by" || !heldVerbs.has(toks[p-1].Norm) || !areaNouns.has(toks[p-2].Norm) {
			continue
		}
		for p -= 3; p >= cl.from && (toks[p].Norm == "the" || toks[p].Norm == "a" || toks[p].Norm == "an"); p-- {
		}
		if p >= cl.from && heldAreaCues.has(toks[p].Norm) {
			return true
		}
	}
	return false
}

// ownedSites are the side's people or sites named before it with "of":
// "the servicemen of the Russian armed forces", "the logistics point of the
// Russian Navy".
var ownedSites = words("personnel", "troops", "soldiers", "servicemen", "base", "bases", "convoy", "patrol",
	"facility", "facilities", "point", "headquarters", "embassy", "consulate", "members")

// ownedBefore returns the index of the side's site or people named just
// before its mention at from ("servicemen of the", "point of"), or -1.
func ownedBefore(toks []token, from, lo int) int {
	q := from - 1
	if q >= lo && toks[q].Norm == "the" {
		q--
	}
	if q-1 < lo || toks[q].Norm != "of" || !ownedSites.has(toks[q-1].Norm) {
		return -1
	}
	return q - 1
}

// forceWords may end a side's name after its mention ("Russian armed forces").
var forceWords = words("armed", "forces", "force", "military", "army", "navy")

// afterForces steps over them from j, below to.
func afterForces(toks []token, j, to int) int {
	for j < to && forceWords.has(toks[j].Norm) {
		j++
	}
	return j
}

// aimedAt: a cue of aim in the few words before the site at h ("heading
// toward the logistics support point").
func aimedAt(toks []token, h, lo int) bool {
	for q := h - 1; q >= lo && q >= h-5; q-- {
		n := toks[q].Norm
		if n == "," || n == "." || n == ";" {
			return false
		}
		if attackedCues.has(n) && n != "to" {
			return true
		}
	}
	return false
}

// ofSide reports a mention of side or of one of its voices ("the U.S.
// embassy" of the US).
func (st *docState) ofSide(mn mention, side string) bool {
	if mn.Actor != "" {
		return st.e.actors.Covers(side, mn.Actor)
	}
	return mn.Speaker != "" && st.e.actors.Covers(side, mn.Speaker)
}

// harmedAfter: a verb of harm within three words from j ("were injured").
func harmedAfter(toks []token, j, to int) bool {
	for q := j; q < to && q < j+3; q++ {
		if harmWords.has(toks[q].Norm) {
			return true
		}
	}
	return false
}

// finalWord is a phrase's last word ("embassy" of "u.s. embassy").
func finalWord(w []string) string {
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// dropOwnWhereAttacked takes back the side given to an official
// statement's unattributed strikes when the statement tells of a strike on
// that side: "three rockets were fired at the airport" from an embassy
// whose consulate they landed near is no strike of its own.
func (st *docState) dropOwnWhereAttacked() {
	if !st.sideAttacked {
		return
	}
	for i := range st.claims {
		if st.meta[i].ownStmt {
			st.claims[i].PerpetratorsAsserted = nil
			st.meta[i].notOwn = true
		}
	}
}

// answeredIn: an answer noun in [from, to) ("in response to", "in
// retaliation for") makes the attack on the side the one answered.
func answeredIn(toks []token, from, to int) bool {
	for q := from; q < to; q++ {
		if answerNouns.has(toks[q].Norm) {
			return true
		}
	}
	return false
}

// dropOwnWhereCondemned takes back the side given to an official
// statement's unattributed strikes when the statement condemns the attack
// it tells of ("40 civilians were martyred in this treacherous attack"): a
// side does not call its own strike heinous. Only the claims of that
// attack (same place and day) lose it; the statement may go on to tell of
// its own strikes elsewhere.
func (st *docState) dropOwnWhereCondemned() {
	for _, k := range st.condemnedAt {
		if k < 0 || k >= len(st.claims) {
			continue
		}
		for i := range st.claims {
			if st.meta[i].ownStmt && sameStrike(&st.claims[i], &st.claims[k]) {
				st.claims[i].PerpetratorsAsserted = nil
				st.meta[i].notOwn = true
			}
		}
	}
}

// crimeWords call an attack a crime: "this heinous attack", "a
// treacherous terrorist attack". condemnedActs are the attack nouns they
// qualify (singular: "the cowardly attacks of the organisation" tells of
// a campaign, not the strike at hand). condemnedAttack (perp.go) reads a
// clause's own words for the same cue; this reads a whole sentence, and
// only takes back its side from the claims of the attack it condemns.
var (
	crimeWords    = words("heinous", "treacherous", "cowardly", "dastardly", "despicable", "barbaric", "barbarous", "odious", "abhorrent", "vile")
	condemnedActs = words("attack", "assault", "bombing", "massacre", "crime", "aggression")
)

// condemnsAttack reports a sentence that calls an attack a crime, and not
// the one its own strike answers ("in response to the cowardly attack on
// our base" tells of the answer).
func condemnsAttack(sentence string) bool {
	found := false
	prev := ""
	for i := 0; i < len(sentence); {
		if !isASCIILetter(sentence[i]) {
			i++
			continue
		}
		j := i
		for j < len(sentence) && isASCIILetter(sentence[j]) {
			j++
		}
		w := sentence[i:j]
		i = j
		if answerNouns.hasFold(w) {
			return false
		}
		if condemnedActs.hasFold(w) && crimeWords.hasFold(prev) {
			found = true
		}
		if !equalLowerASCII(w, "terrorist") {
			prev = w // "a heinous terrorist attack"
		}
	}
	return found
}
