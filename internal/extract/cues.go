package extract

import (
	"maps"
	"slices"
)

// Sentence cues: one pass over a sentence's tokens classes every token
// (wordclass.go) and records which rule words the sentence holds at all.
// A rule that scans a clause for a word of one table returns at once when
// the sentence holds none: most sentences, even those about a strike, hold
// none of the words most rules look for, and each rule would otherwise
// walk the clause token by token.

// cueWord is a bit of sentenceCues.words: a table of words that some rule
// needs before it can find anything, but that no rule asks of one token
// (those are word classes).
type cueWord uint32

const (
	cueCondemn      cueWord = 1 << iota // condemnedAttack: condemnWords, "terrorist", "crime"
	cueCause                            // otherCause: blastNouns, "no" (noAircraft)
	cueSponsor                          // groupSentAttackers: sponsorVerbs
	cueUnidentified                     // unidentifiedArm: "unidentified", "unknown"
	cueTally                            // tally: "since", "string", "spate" (or a periodic mark, a class)
	cueMembers                          // membersStruck: "members"
	cueEvidence                         // noEvidenceOfStrike: "evidence"
	cuePretext                          // pretextedAttack: pretextNouns (or a justifying word, a class)
	cueQuestion                         // embeddedQuestion: "who", "whoever", "whether"
	cueHave                             // habitual: "has", "have"
	cueMore                             // shareLowerBound: "more", "additional", "others", "further"
	cueArm                              // noteArms: armWordKinds
	cueDash                             // noteArms: "-" ("Iraqi F-16s")
	cueAfter                            // laterAnchorFrom: "after" ("and a day after jets bombed")
	cueDown                             // airDefence: "down", downingWords
	cueAttribute                        // blamedUnnamed: attributionVerbs
)

// cueTables are the words behind the cue bits, in the order of their bits.
var cueTables = [...]wordSet{
	words(append([]string{"terrorist", "crime"}, condemnWords.list...)...),
	words(append([]string{"no"}, blastNouns.list...)...),
	sponsorVerbs,
	words("unidentified", "unknown"),
	words("since", "string", "spate"),
	words("members"),
	words("evidence"),
	pretextNouns,
	words("who", "whoever", "whether"),
	words("has", "have"),
	words("more", "additional", "others", "further"),
	words(slices.Sorted(maps.Keys(armWordKinds))...),
	words("-"),
	words("after"),
	words(append([]string{"down"}, downingWords.list...)...),
	attributionVerbs,
}

// mayBeHabitual: the sentence holds the "has" or "have" habitual needs.
func (st *docState) mayBeHabitual() bool { return st.cues.hasWord(cueHave) }

// sentenceCues are the word classes and cue words a sentence holds.
type sentenceCues struct {
	classes wordClass
	words   cueWord
}

// hasClass reports whether some token of the sentence is of a class in c.
func (s sentenceCues) hasClass(c wordClass) bool { return s.classes&c != 0 }

// hasWord reports whether the sentence holds a word of a cue table in w.
func (s sentenceCues) hasWord(w cueWord) bool { return s.words&w != 0 }

// cuesOf classes every token of toks (so that later token.is asks are bit
// tests) and returns what the sentence holds: one look-up per token.
func cuesOf(toks []token) sentenceCues {
	var s sentenceCues
	for i := range toks {
		c, w := wordClasses.ofWithCues(toks[i].Norm)
		toks[i].classes = c
		s.classes |= c
		s.words |= w
	}
	return s
}

// mayTally: the sentence holds a word tally needs to find a tally.
func (st *docState) mayTally() bool {
	return st.cues.hasWord(cueTally) || st.cues.hasClass(classPeriodicMark)
}

// mayBePretext: the sentence holds a word pretextedAttack needs.
func (st *docState) mayBePretext() bool {
	return st.cues.hasWord(cuePretext) || st.cues.hasClass(classJustifyWord)
}

// groupSentAttackersIn is groupSentAttackers over the clause, read only
// when the sentence holds a verb of sending.
func (st *docState) groupSentAttackersIn(toks []token, ms []match, cl clause) string {
	if !st.cues.hasWord(cueSponsor) {
		return ""
	}
	return groupSentAttackers(toks, ms, cl.from, cl.to)
}
