package extract

// A monitor that counts the dead gives its own figure: "the monitor counted
// four dead", "the health directorate gave two dead" attribute the toll to
// the monitor as "said" would. The verb
// speaks only in that narrow shape; elsewhere it is narration: "said they
// had counted four explosions" (a count nested in another speaker's words),
// "two wounded men had been counted twice" (passive), "correspondents
// counted more than thirty explosions" (a count of blasts, not of people).

// countingSpeechVerbs count a toll in the counter's own name ("gave" speaks
// only before a figure of people: "gave the names of 27 people" does not).
var countingSpeechVerbs = words("counted", "gave", "gives")

// countAuxiliaries before the verb make it perfect or passive, not a report.
var countAuxiliaries = words("had", "have", "has", "been", "be", "being", "was", "were", "is", "are")

// countQualifiers may stand between the verb and its figure.
var countQualifiers = words("at", "least", "more", "than", "about", "around", "some", "nearly", "almost", "over", "up", "to", "a", "total", "of", "another", "between")

// countedPeople are the nouns of a toll of people.
var countedPeople = words("dead", "killed", "wounded", "injured", "civilians", "civilian",
	"people", "bodies", "body", "fatalities", "casualties", "deaths", "victims", "children", "women", "men",
	"fighters", "soldiers", "militants")

// dropNarratedCounts removes the speech flag of a counting verb that is not
// a speaker's own report of the dead.
func dropNarratedCounts(toks []token, ms []match) []match {
	keep := 0
	for k := range ms {
		m := ms[k]
		if m.E.Flags&fSpeech != 0 && m.To == m.From+1 && countingSpeechVerbs.has(toks[m.From].Norm) && !ownToll(toks, ms, k) {
			continue
		}
		ms[keep] = m
		keep++
	}
	return ms[:keep]
}

// ownToll: the counting verb at ms[k] has an active subject, stands in no
// other speaker's clause, and counts people ("counted at least six dead").
func ownToll(toks []token, ms []match, k int) bool {
	v := ms[k].From
	if v == 0 || countAuxiliaries.has(toks[v-1].Norm) {
		return false
	}
	brk := lastClauseBreak(toks, v)
	for j := k - 1; j >= 0; j-- {
		if ms[j].To <= brk {
			break
		}
		if ms[j].E.Flags&fSpeech != 0 {
			return false // "said they counted four dead": the sayer's words
		}
	}
	return countsPeople(toks, v+1)
}

// lastClauseBreak returns the last semicolon or colon before to, where a
// new clause with its own speaker begins, or -1 when there is none.
func lastClauseBreak(toks []token, to int) int {
	for i := min(to, len(toks)) - 1; i >= 0; i-- {
		if n := toks[i].Norm; n == ";" || n == ":" {
			return i
		}
	}
	return -1
}

// countsPeople reports a figure of people from i: "four dead", "at least
// 12 civilians", "between six and eight dead", "four Kurdish fighters".
func countsPeople(toks []token, i int) bool {
	for n := 0; i < len(toks) && n < 4 && countQualifiers.has(toks[i].Norm); n++ {
		i++
	}
	if _, ok := numberAt(toks, i); !ok {
		return false
	}
	i++
	if i+1 < len(toks) && (toks[i].Norm == "and" || toks[i].Norm == "to" || toks[i].Norm == "or") {
		if _, ok := numberAt(toks, i+1); ok {
			i += 2 // "six and eight dead"
		}
	}
	// the noun, or one modifier before it
	return i < len(toks) && countedPeople.has(toks[i].Norm) || i+1 < len(toks) && countedPeople.has(toks[i+1].Norm)
}
