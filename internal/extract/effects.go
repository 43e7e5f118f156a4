package extract

import "github.com/crosscheck/crosscheck/internal/model"

// effectNouns name what a strike leaves behind. Alone they tell of no
// strike ("explosions are common near the depots"), but a source that
// reports them once the report has told of a strike speaks of that strike:
// "Local sources describe explosions at the base", "Residents confirmed
// heavy damage around the university".
var effectNouns = words("explosion", "explosions", "blast", "blasts", "damage", "destruction", "craters")

// effectReach is how far into a speech verb's object an effect noun may
// come: "reported hearing three loud explosions".
const effectReach = 5

// effectStops end the search: "confirmed no damage" reports none, "said
// that" opens a clause of its own, and "described the explosion as an
// accident" characterises an explosion already told of rather than
// reporting one.
var effectStops = words("no", "not", "little", "that", "the", "this", "its", "their", "any")

// effectReported: a speech verb of a known speaker that asserts or
// confirms takes as its object what a strike leaves behind. The caller
// checks that the report has already told of a strike.
func effectReported(toks []token, a *attribution) bool {
	if a == nil || len(a.speakers) == 0 || a.unresolved || a.nonDenial || a.right ||
		a.stance != model.StanceAsserts && a.stance != model.StanceConfirms {
		return false
	}
	return effectAfter(toks, a.verbEnd) || perceivedEffect(toks, a.verbEnd)
}

// effectAfter: an effect noun opens the words at from, after at most a
// few modifiers ("heavy damage", "several loud explosions").
func effectAfter(toks []token, from int) bool {
	for t := from; t < len(toks) && t < from+effectReach; t++ {
		n := toks[t].Norm
		if !toks[t].Word || effectStops.has(n) {
			return false
		}
		if effectNouns.has(n) {
			return true
		}
	}
	return false
}

// perceptionVerbs tell what witnesses heard or felt: "they had been woken
// by a series of heavy blasts", "residents heard explosions".
var perceptionVerbs = words("heard", "hear", "hearing", "woken", "awoken", "woke", "felt", "saw", "seen")

// perceptionReach is how far into a speech verb's content a perception
// verb may come ("told the agency by telephone that they had been woken").
const perceptionReach = 14

// perceivedEffect: the content at from says, before any clause
// punctuation, that someone heard, saw or was woken by a strike's effects.
func perceivedEffect(toks []token, from int) bool {
	for t := from; t < len(toks) && t < from+perceptionReach; t++ {
		n := toks[t].Norm
		if !toks[t].Word && n != "," || n == "not" || n == "no" || n == "never" {
			return false
		}
		if !toks[t].is(classPerceptionVerb) {
			continue
		}
		e := t + 1
		if e < len(toks) && toks[e].Norm == "by" {
			e++ // "woken by"
		}
		if e < len(toks) && (toks[e].Norm == "a" || toks[e].Norm == "the") && e+2 < len(toks) && toks[e+2].Norm == "of" {
			e += 3 // "a series of", "the sound of"
		}
		return effectAfter(toks, e)
	}
	return false
}

// anyEffectReported: some attribution of the sentence reports a strike's
// effects (effectReported).
func anyEffectReported(toks []token, atts []attribution) bool {
	for i := range atts {
		if effectReported(toks, &atts[i]) {
			return true
		}
	}
	return false
}

// speechNamesStrike: the speech verb at [from, to) names the strike itself
// ("called the strike an assassination"): what follows tells of that strike
// even with no strike word of its own.
func speechNamesStrike(toks []token, from, to int) bool {
	return to-from > 1 && strikeNames.has(toks[to-1].Norm)
}

// listingRecords are a body's own records, which speak for it when they list
// strikes: "the coalition's strike reports list two strikes".
var listingRecords = words("report", "reports", "log", "logs", "record", "records", "register",
	"release", "releases", "summary", "summaries", "database")

// listVerbs speak only after one of listingRecords.
var listVerbs = words("list", "lists")

// recordListing: a speech match other than "list" passes; "list" speaks
// only right after a record ("its strike log lists"), never as a noun ("a
// list of targets") or after people ("the sites residents list").
func recordListing(toks []token, m match) bool {
	if m.To-m.From != 1 || !listVerbs.has(toks[m.From].Norm) {
		return true
	}
	return m.From > 0 && listingRecords.has(toks[m.From-1].Norm)
}

// issuedDocuments are what a body issues that then "says" something.
var issuedDocuments = words("statement", "communique", "communiqué", "release", "message", "bulletin")

// documentParticiples tell what an issued document says or whom it blames.
var documentParticiples = words("saying", "blaming", "accusing")

// issuedSaying: "saying" (or "blaming", "accusing") at v follows, with no
// clause punctuation between, a document that the previous verb's speaker
// issued ("the command issued a statement at dawn saying that", "the
// embassy issued a statement blaming the militias"): the document's words
// are the issuer's.
func issuedSaying(toks []token, prev attribution, v int) bool {
	if !documentParticiples.has(toks[v].Norm) || len(prev.speakers) == 0 || prev.unresolved || prev.right || v-prev.verbEnd > 8 {
		return false
	}
	doc := false
	for t := prev.verbEnd; t < v; t++ {
		if !toks[t].Word {
			return false // "issued a statement, and officials later said"
		}
		doc = doc || issuedDocuments.has(toks[t].Norm)
	}
	return doc
}
