package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/model"
)

// A source that says nobody knows who struck names the perpetrator
// `unknown`, which is not the same as naming no one: "We have not been
// able to establish which air force carried out the strikes", "aircraft
// that no party has been able to identify", "it was not immediately clear
// who was behind the attack". A source that only declines to say ("would
// not say whose drone it was") still names no one.

// findOutVerbs are the verbs of finding out, or knowing, who struck ("he
// did not know whose aircraft carried out the strike").
var findOutVerbs = words(
	"know", "knew", "knows",
	"establish", "established", "identify", "identified",
	"determine", "determined", "ascertain", "ascertained",
	"confirm", "confirmed", "verify", "verified",
)

// notKnownWords say that something is not known, with or without a negation
// before them ("unclear", "not clear").
var notKnownWords = words("unclear", "clear", "known", "unknown")

// inabilityWords negate a finding-out verb a few words later: the
// one-word negations of the lexicon, and words of inability.
var inabilityWords = func() wordSet {
	list := []string{"unable", "cannot", "couldn't", "can't", "isn't"}
	for _, n := range negations {
		if !strings.Contains(n, " ") {
			list = append(list, n) // "did not" is found by its "not"
		}
	}
	return words(list...)
}()

// sayVerbs tell who struck only when the speaker says it cannot ("FMA is
// not in a position to say who carried out the strikes", "police could not
// tell whose drone it was"); "would not say" declines and names no one.
var sayVerbs = words("say", "tell")

// abilityWords before a negated "say" make it an inability.
var abilityWords = words("could", "can", "cannot", "couldn't", "can't", "able", "unable",
	"position", "possible")

// perpNouns name whoever struck: "identify the perpetrators", "the
// nationality of the aircraft".
var perpNouns = words("perpetrator", "perpetrators", "attackers", "attacker",
	"nationality", "identity", "origin")

// unidentified reports a clause saying nobody knows who struck.
func unidentified(toks []token, ms []match, from, to int) bool {
	for t := from; t < to; t++ {
		n := toks[t].Norm
		if n != "say" && n != "tell" && !unidentifiedFilter.has(n) {
			continue // (say and tell stay out of the filter: they share its keys with "that", "she" ...)
		}
		switch {
		case toks[t].is(classNotKnownWord):
			// "unclear who", "not (immediately) clear which", "not known whose"
			if (n == "clear" || n == "known") && !negatedWithin(toks, from, t, 3) {
				continue
			}
			if whoStruck(toks, ms, t+1, to) {
				return true
			}
		case toks[t].is(classSayVerb):
			if !negatedWithin(toks, from, t, 6) || !abilityWithin(toks, from, t, 5) {
				continue
			}
			if whoStruck(toks, ms, t+1, to) {
				return true
			}
		case toks[t].is(classFindOutVerb):
			// "could not independently verify the figures or establish whose aircraft"
			if !negatedWithin(toks, from, t, 8) {
				continue
			}
			// "establish which air force carried out", "identify the attackers",
			// "aircraft that no party has been able to identify struck"
			w := t + 1
			if w+1 < to && strings.HasSuffix(toks[w].Norm, "ly") {
				w++ // "establish independently who operated the drone"
			}
			if whoStruck(toks, ms, w, to) || perpNamedAfter(toks, w, to) || w < to && cueStartsAt(ms, w) {
				return true
			}
		}
	}
	return false
}

// negatedWithin reports an inability word in the n tokens before t.
func negatedWithin(toks []token, from, t, n int) bool {
	return wordWithin(toks, inabilityWords, from, t, n)
}

// abilityWithin reports an ability word in the n tokens before t.
func abilityWithin(toks []token, from, t, n int) bool {
	return wordWithin(toks, abilityWords, from, t, n)
}

// wordWithin reports a word of set in the n tokens before t, from on.
func wordWithin(toks []token, set wordSet, from, t, n int) bool {
	for q := t - 1; q >= from && q >= t-n; q-- {
		if set.has(toks[q].Norm) {
			return true
		}
	}
	return false
}

// whoStruck reports a question about the perpetrator starting at t: "who
// carried out", "who was behind", "which air force", "whose drone". "who
// was killed" asks about the victims.
func whoStruck(toks []token, ms []match, t, to int) bool {
	if t >= to {
		return false
	}
	switch toks[t].Norm {
	case "who":
		return t+1 < to && cueStartsAt(ms, t+1)
	case "whether":
		// "whether the aircraft that carried out the attack belonged to ...":
		// a choice between strikers, not "whether civilians were killed"
		for q := t + 1; q < to && q <= t+3; q++ {
			if n := toks[q].Norm; armWords.has(n) || toks[q].is(classAirAgent) {
				return true
			}
		}
	case "which", "whose", "what":
		for q := t + 1; q < to && q <= t+4; q++ {
			n := toks[q].Norm
			if armWords.has(n) || toks[q].is(classAirAgent) || n == "air" || n == "country" || n == "side" || n == "party" || n == "military" {
				return true
			}
			if cueStartsAt(ms, q) {
				return true
			}
		}
	}
	return false
}

// perpNamedAfter reports "the perpetrators", "the aircraft" as the object
// of a finding-out verb.
func perpNamedAfter(toks []token, t, to int) bool {
	for q := t; q < to && q <= t+2; q++ {
		n := toks[q].Norm
		if perpNouns.has(n) || armWords.has(n) || toks[q].is(classAirAgent) {
			return true
		}
		if n != "the" && n != "any" {
			return false
		}
	}
	return false
}

// cueStartsAt reports an attack verb or noun starting at token t.
func cueStartsAt(ms []match, t int) bool {
	k, ok := matchAt(ms, t)
	return ok && isCue(ms[k].E)
}

// ignorantSubject finds who says nobody knows who struck when the clause
// has no speech verb: "The monitor did not identify the aircraft that
// carried out the strike", "EMA does not know which party ...". The
// subject must stand just before the words of inability.
func (st *docState) ignorantSubject(toks []token, ms []match, cl clause) string {
	neg := -1
	for t := cl.from; t < cl.to && t < cl.from+8; t++ {
		if inabilityWords.has(toks[t].Norm) {
			neg = t
			break
		}
	}
	if neg < 0 {
		return ""
	}
	if toks[cl.from].Norm == "we" && neg <= cl.from+3 {
		return st.narrator // "We have not been able to establish who operated the drone"
	}
	if n := toks[cl.from].Norm; neg <= cl.from+2 && subjectPronouns.has(n) {
		if st.lastSpeaker != model.Journalist {
			return st.lastSpeaker
		}
		return ""
	}
	ci, cj := msRange(ms, cl.from, neg)
	for k := ci; k < cj; k++ {
		if !isSpeakerMention(ms[k]) || ms[k].From > cl.from+1 {
			continue
		}
		if ms[k].To+2 < neg {
			return "" // the subject's head is further on
		}
		return st.resolveMention(toks, ms, k)
	}
	return ""
}
