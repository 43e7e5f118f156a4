package extract

// A side that tells of drones or missiles brought down over its positions
// ("seven drones were shot down and six brought down by electronic
// warfare", "air defences intercepted two missiles") tells of an attack on
// it: the downing is air defence, not a strike of its own, whatever the
// attackers are called.

// downingWords bring down what flies on their own; downingVerbs do so with
// "down" after them ("shot down", "brought down").
var (
	downingWords = words("downed", "downing", "intercepted", "intercepting", "intercept", "intercepts")
	downingVerbs = words("shot", "shoot", "shooting", "brought", "bring", "bringing", "knocked", "knocking", "taken")
)

// downingReach is how far a projectile may stand from the downing verb:
// before it as the passive's subject ("seven drones were shot down"),
// after it as the object ("intercepted two of the missiles").
const downingReach = 6

// airDefence reports that [from, to) tells of projectiles brought down.
// The caller gates it on cueDown.
func airDefence(toks []token, from, to int) bool {
	for q := from; q < to; q++ {
		n := toks[q].Norm
		if !downingWords.has(n) && !(downingVerbs.has(n) && q+1 < to && toks[q+1].Norm == "down") {
			continue
		}
		if projectileNear(toks, q, from, to) {
			return true
		}
	}
	return false
}

// projectileNear: a projectile within downingReach of q, in the same
// stretch of the clause (no sentence stop between).
func projectileNear(toks []token, q, from, to int) bool {
	return projectileToward(toks, q, -1, from, to) || projectileToward(toks, q, 1, from, to)
}

// projectileToward is projectileNear read one way from q (step -1 or 1).
func projectileToward(toks []token, q, step, from, to int) bool {
	for p, k := q+step, 1; p >= from && p < to && k <= downingReach; p, k = p+step, k+1 {
		if n := toks[p].Norm; projectiles.has(n) {
			return true
		} else if n == ";" || n == "." {
			break
		}
	}
	return false
}
