package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/model"
)

// fabricationWords call a claim, or the pictures behind it, invented: the
// speaker denies that the strike happened at all, not merely who did it
// ("described the reports as fabricated", "the images were staged").
var fabricationWords = words("fake", "fakes", "faked", "fabricated", "fabrication", "fabrications",
	"staged", "forged", "doctored", "hoax", "concocted")

// verbObjects follow a fabrication word used as a verb with an object
// ("staged an attack", "forged the documents"): then it calls nothing fake.
var verbObjects = words("a", "an", "the", "its", "their", "his", "her", "attacks", "raids")

// damageNouns are what a strike leaves behind: pictures that show none of
// them deny the strike.
var damageNouns = words("crater", "craters", "damage", "destruction", "debris", "traces", "trace", "sign", "signs", "impact", "impacts")

// intactWords say a place pictured was not hit.
var intactWords = words("intact", "undamaged", "unscathed", "untouched", "unharmed")

// damageGap may stand between "no" and what a strike leaves: "no visible
// damage", "no such craters".
var damageGap = words("visible", "such", "fresh", "new", "major", "serious", "significant", "obvious", "apparent", ",", "or", "and")

// discredited reports a clause whose speaker calls a claim or its pictures
// invented ("called the reports staged", "the footage is fake"), or whose
// pictures show no trace of a strike ("video from the scene showed no
// craters", "imagery showed the school intact"). Either denies that the
// strike took place; the pictures are no proof of the speaker's own strike.
// evidence says the clause refers to a claim or to pictures.
func discredited(toks []token, cl clause, evidence bool) bool {
	pictures := false
	for t := cl.from; t < cl.to; t++ {
		if toks[t].is(classPictureWord) {
			pictures = true
			break
		}
	}
	if !evidence && !pictures {
		return false
	}
	for t := cl.from; t < cl.to; t++ {
		n := toks[t].Norm
		switch {
		case fabricationWords.has(n):
			if t+1 < cl.to && verbObjects.has(toks[t+1].Norm) {
				continue // "militants staged an attack"
			}
			if t > cl.from && (toks[t-1].Norm == "not" || toks[t-1].Norm == "no") {
				continue // "the footage was not fake"
			}
			return true
		case !pictures:
			continue
		case intactWords.has(n):
			return true
		case n == "no" && noDamageAfter(toks, t+1, cl.to):
			return true
		}
	}
	return false
}

// noDamageAfter reports a trace of a strike named within a few words from
// t ("no craters", "no visible damage").
func noDamageAfter(toks []token, t, end int) bool {
	for q := t; q < end && q < t+3; q++ {
		if damageNouns.has(toks[q].Norm) {
			return true
		}
		if !damageGap.has(toks[q].Norm) {
			return false
		}
	}
	return false
}

// toldStrike reports a recent claim in which speaker itself says who
// struck: calling reports fake is then about what they say of the strike
// it tells of (the victims), not a denial that it happened ("its aircraft
// destroyed boats ..., and dismissed reports that civilians were among
// the dead as fake").
func (st *docState) toldStrike(speaker string) bool {
	for i := len(st.claims) - 1; i >= 0 && i >= len(st.claims)-claimLookback; i-- {
		c := &st.claims[i]
		if c.Speaker == speaker && (c.Stance == model.StanceAsserts || c.Stance == model.StanceConfirms) && len(c.PerpetratorsAsserted) > 0 {
			return true
		}
	}
	return false
}

// quotedByAt reports "quoted by" or "cited by" at t, after a speaker: "a
// military source quoted by a newspaper in Damascus said" speaks from
// where the newspaper is, not where the strike was.
func quotedByAt(toks []token, t int) bool {
	return t+1 < len(toks) && (toks[t].Norm == "quoted" || toks[t].Norm == "cited") && toks[t+1].Norm == "by"
}

// blamesOthers reports a clause whose verb of saying lays the blame on
// someone ("He blamed outlaw elements and looters", "blaming criminal
// gangs"): said by a side accused of the strike, it answers the charge.
func blamesOthers(toks []token, ms []match, cl clause) bool {
	a := cl.att
	return a != nil && a.verbEnd > a.verb && toks[a.verb].is(classBlameVerb) && !holdVerbs.has(toks[a.verb].Norm) &&
		!chargeOfOtherDeed(toks, ms, a.verbEnd, cl.to)
}

// chargeObjectWords bounds the accused named between "accused" and "of"
// ("accused Kurdish opposition groups based in Iraq of").
const chargeObjectWords = 8

// chargeOfOtherDeed: the charge of an accusation ("accused X of" and a
// gerund within four words) names no strike and no weapon: "accused the
// commander of building a network", "accused the parties of fomenting the
// unrest" blame someone for something else, and answer no charge about the
// strike. ("blamed a drone of the Zionist entity" names no charge.)
func chargeOfOtherDeed(toks []token, ms []match, from, to int) bool {
	if from < 1 || !strings.HasPrefix(toks[from-1].Norm, "accus") {
		return false
	}
	for q := from; q+1 < to && q <= from+chargeObjectWords; q++ {
		if toks[q].Norm == "of" {
			return strings.HasSuffix(toks[q+1].Norm, "ing") && !strikeOrWeaponIn(ms, q+1, to)
		}
	}
	return false
}

// strikeOrWeaponIn: a strike cue or a word naming a weapon ("Israeli
// drones") lies in [from, to).
func strikeOrWeaponIn(ms []match, from, to int) bool {
	i, j := msRange(ms, from, to)
	for _, m := range ms[i:j] {
		if m.E.Flags&(fAttackVerb|fAttackNoun|fType) != 0 || m.E.Type != "" {
			return true
		}
	}
	return false
}

// accusedBefore reports a recent claim of another source that says side
// took part in a strike: the side's blame on others denies its own part
// (the militia accused of shelling a town "blamed outlaw elements").
//
// An accusation of another kind of strike is another incident: the Pentagon
// blaming militias for rocket attacks answers no charge about its own
// airstrike. evType is the blaming clause's type ("" when it names none).
func (st *docState) accusedBefore(side, speaker, evType string) bool {
	for i := len(st.claims) - 1; i >= 0 && i >= len(st.claims)-claimLookback; i-- {
		c := &st.claims[i]
		if c.Speaker == speaker || c.Stance != model.StanceAsserts && c.Stance != model.StanceConfirms {
			continue
		}
		// "the Pentagon said U.S. aircraft struck": the side's own account
		// accuses no one
		if st.e.actors.SpeaksFor(c.Speaker) == side || knownType(evType) && knownType(c.Event.Type) && c.Event.Type != evType {
			continue
		}
		for _, a := range c.PerpetratorsAsserted {
			if st.e.actors.Covers(side, a) {
				return true
			}
		}
	}
	return false
}

// knownType reports an event type that names a kind of strike.
func knownType(t string) bool {
	return t != "" && t != model.EventUnknown
}
