package extract

import (
	"github.com/crosscheck/crosscheck/internal/model"
)

// zeroSpreadReach is how many paragraphs back the strikes a zero toll
// covers may have been told; eachCaseReach when the sentence opens with
// "In each case".
const (
	zeroSpreadReach = 1
	eachCaseReach   = 3
)

// spreadZeroTolls gives a toll of none ("Nobody was killed or injured",
// "In each case there were no civilian casualties") told in sentence idx
// to every other strike told in the passage before it, not only the last:
// a report of drones hitting two plants, then "nobody was hurt", says no
// one was hurt at either. A strike that already has a toll keeps it (another
// incident of a round-up). from is len(st.claims) when
// the sentence began; the claims it made are st.claims[from:].
func (st *docState) spreadZeroTolls(toks []token, from int) {
	made := len(st.claims)
	for i := from; i < made; i++ {
		if onlyZeroTolls(st.claims[i].Counts) {
			st.spreadZeros(toks, i, st.claims[i].Counts)
		}
	}
}

// spreadZeros copies claim i, with zeros for its counts, to each other
// strike told in the passage before it.
func (st *docState) spreadZeros(toks []token, i int, zeros []model.Count) {
	reach := zeroSpreadReach
	if eachCaseOpening(toks) {
		reach = eachCaseReach
	}
	for _, j := range st.otherStrikes(i, reach) {
		c := st.claims[i]
		c.Where, c.When = st.claims[j].Where, st.claims[j].When
		c.Counts = append([]model.Count(nil), zeros...)
		st.claims = append(st.claims, c)
		st.meta = append(st.meta, st.meta[i])
	}
}

// otherStrikes are the latest claims, one per place and day, of the
// strikes told in the reach paragraphs before claim i's that are not claim
// i's strike and have no toll of their own.
func (st *docState) otherStrikes(i, reach int) []int {
	zero := &st.claims[i]
	para := st.meta[i].para
	var out []int
	for j := i - 1; j >= 0 && st.meta[j].para >= para-reach; j-- {
		c := &st.claims[j]
		if c.Where.Name == "" || c.Stance != model.StanceAsserts && c.Stance != model.StanceConfirms {
			continue
		}
		if sameStrike(c, zero) || st.strikeCounted(out, c) {
			continue
		}
		if st.strikeTolled(j, para-reach) {
			continue
		}
		out = append(out, j)
	}
	return out
}

// strikeCounted: a claim of c's strike is among those chosen.
func (st *docState) strikeCounted(chosen []int, c *model.Claim) bool {
	for _, k := range chosen {
		if sameStrike(&st.claims[k], c) {
			return true
		}
	}
	return false
}

// strikeTolled reports a claim of claim j's strike, back to paragraph
// minPara, that gives a toll: that strike's own figures stand.
func (st *docState) strikeTolled(j, minPara int) bool {
	for k := len(st.claims) - 1; k >= 0 && st.meta[k].para >= minPara; k-- {
		if !sameStrike(&st.claims[k], &st.claims[j]) {
			continue
		}
		for _, d := range st.claims[k].Counts {
			if d.Kind == model.CountKilled || d.Kind == model.CountInjured {
				return true
			}
		}
	}
	return false
}

// onlyZeroTolls: counts holds tolls, every one of them none.
func onlyZeroTolls(counts []model.Count) bool {
	if len(counts) == 0 {
		return false
	}
	for _, c := range counts {
		if c.Kind != model.CountKilled && c.Kind != model.CountInjured {
			return false
		}
		if c.Min == nil || *c.Min != 0 || c.Max == nil || *c.Max != 0 {
			return false
		}
	}
	return true
}

// eachCaseOpening reports a sentence opening with a phrase that spreads
// what it says over every strike told: "In each case", "In both cases",
// "In all cases", "On each occasion", "On both occasions".
func eachCaseOpening(toks []token) bool {
	if len(toks) < 3 || (toks[0].Norm != "in" && toks[0].Norm != "on") {
		return false
	}
	switch toks[1].Norm {
	case "each", "both", "all", "every":
	default:
		return false
	}
	switch toks[2].Norm {
	case "case", "cases", "occasion", "occasions", "instance", "instances", "strike", "strikes", "attack", "attacks":
		return true
	}
	return false
}
