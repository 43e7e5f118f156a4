package extract

import "github.com/crosscheck/crosscheck/internal/model"

// listCounts are the numbers by which a report points back to the sides
// it listed: "the three countries", "all three allies".
var listCounts = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5}

// listNouns name the sides of such a list.
var listNouns = words("countries", "allies", "powers", "nations", "governments", "states")

// countedSides finds, as the agent of a clause, a count of sides named
// before ("launched by the three countries", "missiles from all three
// allies", "the two countries struck"): it returns the count.
func countedSides(toks []token, ms []match, cl clause) int {
	for j := cl.from; j+1 < cl.to; j++ {
		n, ok := listCounts[toks[j].Norm]
		if !ok || !listNouns.has(toks[j+1].Norm) {
			continue
		}
		p := j - 1
		for p >= cl.from && (toks[p].Norm == "the" || toks[p].Norm == "all") {
			p--
		}
		if p == j-1 {
			continue // "two countries" with no article is new, not named before
		}
		if p >= cl.from && (toks[p].Norm == "by" || toks[p].Norm == "from") {
			if strikeAgentAt(toks, ms, p) {
				return n
			}
			continue // "a series of joint operations by the two countries": their campaign, not this strike
		}
		if found, neg := subjectOf(toks, ms, j+2, cl.to); found && !neg {
			return n
		}
	}
	return 0
}

// listedSides returns the sides of the latest claim that named exactly n
// of them: the list "the three countries" points back to.
func (st *docState) listedSides(n int) []string {
	for i := len(st.claims) - 1; i >= 0 && i >= len(st.claims)-claimLookback; i-- {
		c := &st.claims[i]
		if c.Stance != model.StanceAsserts && c.Stance != model.StanceConfirms {
			continue
		}
		if len(c.PerpetratorsAsserted) == n {
			return append([]string(nil), c.PerpetratorsAsserted...)
		}
	}
	return nil
}

// strikeAgentAt reports a strike, or what it fires, just before the "by"
// or "from" at p: "missiles launched by", "strikes by", "missiles from".
func strikeAgentAt(toks []token, ms []match, p int) bool {
	if p < 1 {
		return false
	}
	if n := toks[p-1].Norm; firedArms.has(n) || firedVerbs.has(n) {
		return true
	}
	i, j := msRange(ms, max(0, p-4), p)
	for k := i; k < j; k++ {
		if ms[k].To == p && isCue(ms[k].E) {
			return true
		}
	}
	return false
}

// occupationDeterminer: "the occupation", "an occupation drone".
func occupationDeterminer(n string) bool { return n == "the" || n == "an" || n == "a" }

// occupationSubject finds "the occupation" as the subject of a strike
// ("the occupation's aircraft bombed", "the occupation shelled"): a
// partisan report's name for the state it called the occupier before.
// "an occupation drone struck" names it as a modifier of the arm.
func occupationSubject(toks []token, ms []match, cl clause) bool {
	for j := cl.from + 1; j < cl.to; j++ {
		if toks[j].Norm != "occupation" || !occupationDeterminer(toks[j-1].Norm) {
			continue
		}
		k := j + 1
		if k < cl.to && toks[k].Norm == "'s" {
			k++
		}
		if found, neg := subjectOf(toks, ms, k, cl.to); found && !neg {
			return true
		}
	}
	return false
}
