package extract

import (
	"slices"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Background time clauses tell events of their own: in "The strike came
// two days after militants attacked a checkpoint, and a day after jets
// bombed a hideout", each "N days after" opens another event with its own
// attacker. The claim the sentence makes is the first anchor's (its date
// and figures are read there); the actor of a later anchor is that later
// event's, not this claim's.

// anchorSpanWords measure how long after something an event came.
var anchorSpanWords = words("day", "days", "week", "weeks", "hours", "month", "months")

// anchorCounters count the span of an anchor: "a day", "two days", "the day".
var anchorCounters = words("a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "several", "few", "48", "24", "72")

// timeAnchorAt reports whether a time anchor ("a day after", "two days
// after") opens at token k.
func timeAnchorAt(toks []token, k, to int) bool {
	if k+2 >= to || !anchorCounters.has(toks[k].Norm) {
		return false
	}
	return anchorSpanWords.has(toks[k+1].Norm) && toks[k+2].Norm == "after"
}

// laterAnchorFrom returns the token at which a second time anchor joined
// by "and" opens within cl ("…, and a day after Iraqi jets bombed …"), or
// cl.to when the clause holds no earlier anchor or no later one.
func laterAnchorFrom(toks []token, cl clause) int {
	first := firstAnchorFrom(toks, cl)
	if first < 0 {
		return cl.to
	}
	for k := first + 1; k < cl.to; k++ {
		if toks[k].Norm == "and" && timeAnchorAt(toks, k+1, cl.to) {
			return k
		}
	}
	return cl.to
}

// dayNumbers count an anchor's days, "one" first.
var dayNumbers = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

// anchorDays is how many days an anchor opening at token k counts ("two
// days after": 2, "a week after": 7), or 0 when it counts no whole days.
func anchorDays(toks []token, k int) int {
	n := 0
	switch w := toks[k].Norm; w {
	case "a", "an", "the", "one":
		n = 1
	default:
		n = slices.Index(dayNumbers, w) + 1 // (0 for "several")
	}
	switch toks[k+1].Norm {
	case "day", "days":
		return n
	case "week", "weeks":
		return 7 * n
	}
	return 0
}

// firstAnchorFrom returns the token of the first time anchor in cl, or -1.
func firstAnchorFrom(toks []token, cl clause) int {
	for k := cl.from; k < cl.to; k++ {
		if timeAnchorAt(toks, k, cl.to) {
			return k
		}
	}
	return -1
}

// laterAnchorClaim is the claim of the event a later anchor tells ("…,
// and a day after Iraqi jets bombed a hideout"): its own actor, no
// figures of the first anchor's, and its own day, counted from the day of
// the first anchor's event: the strike came n1 days after that and n2
// after this one. ok is false when the anchor names no actor or the days
// cannot be counted.
func (st *docState) laterAnchorClaim(c model.Claim, toks []token, ms []match, cov []int, cl clause, later int, side string) (model.Claim, bool) {
	first := firstAnchorFrom(toks, cl)
	if first < 0 || c.When.Precision != model.PrecisionDay {
		return c, false
	}
	n1, n2 := anchorDays(toks, first), anchorDays(toks, later+1)
	if n1 == 0 || n2 == 0 {
		return c, false
	}
	lcl := cl
	lcl.from = later + 1
	asserted, _, negated := st.perpetrators(toks, ms, cov, lcl, side)
	if len(asserted) == 0 || negated {
		return c, false
	}
	when, ok := shiftedDays(c.When, n1-n2)
	if !ok {
		return c, false
	}
	lc := c
	lc.PerpetratorsAsserted = asserted
	lc.PerpetratorsDenied = nil
	lc.Counts = nil
	lc.Event = model.Event{Type: typeFromActors(asserted)}
	lc.When = when
	return lc, true
}
