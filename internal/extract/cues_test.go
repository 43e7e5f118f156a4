package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestCuesOfTables: every word of a cue table or a class table sets its
// bits in the cues of a sentence holding it.
func TestCuesOfTables(t *testing.T) {
	for i, tab := range cueTables {
		for _, w := range tab.list {
			s := "They said " + w + " again."
			if c := cuesOf(tokenize(s, 0, len(s), nil)); !c.hasWord(1 << i) {
				t.Errorf("cue table %d: %q not found in %q", i, w, s)
			}
		}
	}
	for i, tab := range classTables {
		for _, w := range tab.list {
			s := "They said " + w + " again."
			if c := cuesOf(tokenize(s, 0, len(s), nil)); !c.hasClass(1 << i) {
				t.Errorf("class table %d: %q not found in %q", i, w, s)
			}
		}
	}
}

// TestCueGates: a rule read only when the sentence holds its cue words
// finds nothing in a sentence without them (the gate never hides a find).
func TestCueGates(t *testing.T) {
	e := newTestExtractor(t)
	gates := []struct {
		name string
		open func(sentenceCues) bool
		rule func(toks []token, ms []match, cl clause) bool
	}{
		{"condemnedAttack", func(c sentenceCues) bool { return c.hasWord(cueCondemn) },
			func(toks []token, ms []match, cl clause) bool { return condemnedAttack(toks, cl.from, cl.to) }},
		{"otherCause", func(c sentenceCues) bool { return c.hasWord(cueCause) },
			func(toks []token, ms []match, cl clause) bool { return otherCause(toks, ms, cl.from, cl.to) }},
		{"groupSentAttackers", func(c sentenceCues) bool { return c.hasWord(cueSponsor) },
			func(toks []token, ms []match, cl clause) bool {
				return groupSentAttackers(toks, ms, cl.from, cl.to) != ""
			}},
		{"unidentifiedArm", func(c sentenceCues) bool { return c.hasWord(cueUnidentified) },
			func(toks []token, ms []match, cl clause) bool { return unidentifiedArm(toks, cl.from, cl.to) }},
		{"unidentified", func(c sentenceCues) bool { return c.hasClass(classNotKnownWord | classSayVerb | classFindOutVerb) },
			func(toks []token, ms []match, cl clause) bool { return unidentified(toks, ms, cl.from, cl.to) }},
		{"tally", func(c sentenceCues) bool { return c.hasWord(cueTally) || c.hasClass(classPeriodicMark) },
			func(toks []token, ms []match, cl clause) bool { return tally(toks, ms, cl) }},
		{"membersStruck", func(c sentenceCues) bool { return c.hasWord(cueMembers) },
			func(toks []token, ms []match, cl clause) bool { return membersStruck(toks, cl.from, cl.to) }},
		{"armedMenStruck", func(c sentenceCues) bool { return c.hasClass(classArmedMan) },
			func(toks []token, ms []match, cl clause) bool { return armedMenStruck(toks, cl.from, cl.to) }},
		{"blamedUnnamed", func(c sentenceCues) bool { return c.hasClass(classBlameVerb) || c.hasWord(cueAttribute) },
			func(toks []token, ms []match, cl clause) bool {
				g, r := blamedUnnamed(toks, cl.from, cl.to)
				return g != "" || r
			}},
		{"noEvidenceOfStrike", func(c sentenceCues) bool { return c.hasWord(cueEvidence) },
			func(toks []token, ms []match, cl clause) bool { return noEvidenceOfStrike(toks, ms, cl) }},
		{"discredited", func(c sentenceCues) bool { return c.hasClass(classPictureWord) },
			func(toks []token, ms []match, cl clause) bool { return discredited(toks, cl, false) }},
		{"pretextedAttack", func(c sentenceCues) bool { return c.hasWord(cuePretext) || c.hasClass(classJustifyWord) },
			func(toks []token, ms []match, cl clause) bool { return anyAt(toks, pretextedAttack) }},
		{"embeddedQuestion", func(c sentenceCues) bool { return c.hasWord(cueQuestion) },
			func(toks []token, ms []match, cl clause) bool { return anyAt(toks, embeddedQuestion) }},
		{"habitual", func(c sentenceCues) bool { return c.hasWord(cueHave) },
			func(toks []token, ms []match, cl clause) bool { return habitual(toks, cl) }},
		{"airDefence", func(c sentenceCues) bool { return c.hasWord(cueDown) },
			func(toks []token, ms []match, cl clause) bool { return airDefence(toks, cl.from, cl.to) }},
		{"shareLowerBound", func(c sentenceCues) bool { return c.hasWord(cueMore) },
			func(toks []token, ms []match, cl clause) bool {
				counts := []model.Count{{Kind: model.CountVehiclesDestroyed, Min: model.IntPtr(40), Max: model.IntPtr(40)}}
				return shareLowerBound(toks, ms, cl, counts)[0].Max == nil
			}},
		{"laterAnchorFrom", func(c sentenceCues) bool { return c.hasWord(cueAfter) },
			func(toks []token, ms []match, cl clause) bool { return laterAnchorFrom(toks, cl) < cl.to }},
	}
	found := map[string]bool{}
	for _, s := range []string{
		"The interior ministry called the bombing of the market a heinous crime.",
		"Police said the explosion was caused by a gas cylinder in a bakery.",
		"No drone or aircraft entered the airspace over the border that night, the ministry said.",
		"The attackers who carried out the bombing had been trained by the PKK/YPG, the governor's office said.",
		"Residents said the drone was unidentified.",
		"It was not immediately clear who carried out the strike on the convoy.",
		"Since January, coalition aircraft have carried out more than 40 air strikes near the city.",
		"The drone targeted members of the Sinjar Resistance Units near the town.",
		"The helicopter struck the gunmen at a checkpoint outside the village.",
		"The ministry blamed the bombing on the YPG.",
		"The coalition said it had found no evidence of a coalition strike in the area.",
		"Photos posted online showed the hospital intact, and the ministry called the footage fake.",
		"Ankara used the shooting as a pretext for attacks on the border villages.",
		"The spokesman did not say whether Iraqi aircraft had also struck the bridge.",
		"The militia has repeatedly fired rockets at the airbase, the officials said.",
		"Coalition aircraft destroyed 40 fuel trucks on the highway, and Russian jets destroyed more, the statement said.",
		"Air defences shot down four drones approaching the airbase, the ministry said.",
		"Schools in the district reopened last month after repairs funded by donors.",
		"Coalition aircraft struck a weapons depot near the town on Monday, the coalition said.",
		"The raid came three days after gunmen ambushed a patrol, and a day after Turkish drones hit a farm.",
	} {
		toks := tokenize(s, 0, len(s), nil)
		c := cuesOf(toks)
		ms := e.lex.matchAll(toks, nil)
		cl := clause{from: 0, to: len(toks)}
		for _, g := range gates {
			got := g.rule(toks, ms, cl)
			found[g.name] = found[g.name] || got
			if got && !g.open(c) {
				t.Errorf("%s finds %q, but its gate is closed", g.name, s)
			}
		}
	}
	for _, g := range gates {
		if !found[g.name] {
			t.Errorf("%s: no sentence of the test finds anything", g.name)
		}
	}
}

// anyAt reports rule true at some token of toks.
func anyAt(toks []token, rule func([]token, int) bool) bool {
	for t := range toks {
		if rule(toks, t) {
			return true
		}
	}
	return false
}
