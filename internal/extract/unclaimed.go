package extract

import "github.com/crosscheck/crosscheck/internal/model"

// A news report's own "No group has claimed responsibility for the attack"
// says that nobody is known to have struck: the reporter names the
// perpetrator `unknown`, even where a source goes on to blame someone (the
// blame is that source's). Where a source has already said the attacker
// was unidentified, the unknown is that source's word, not the reporter's.
// An analyst's blog, a thread or an NGO's report
// that says so usually goes on to name its own culprit, and is left alone.

// noClaimHeads follow "no" in the subjects that claim nothing: "no group", "no
// one", "nobody", "no party".
var noClaimHeads = words("group", "one", "party", "organisation", "organization", "faction", "side", "militant")

// noClaimFillers may stand between the subject and its verb: "has not yet",
// "had immediately".
var noClaimFillers = words("has", "had", "have", "yet", "immediately", "so", "far", "publicly", "officially", "formally", "since")

// unclaimedAt reports, at t, a clause saying nobody has claimed the attack.
func unclaimedAt(toks []token, t, to int) bool {
	q := t
	switch {
	case q < to && toks[q].Norm == "nobody":
		q++
	case q+1 < to && toks[q].Norm == "no" && noClaimHeads.has(toks[q+1].Norm):
		q += 2
	default:
		return false
	}
	for q < to && noClaimFillers.has(toks[q].Norm) {
		q++
	}
	if q >= to {
		return false
	}
	// "claimed responsibility", "claimed the attack", "claimed it" ("no
	// group has said it carried out the attack" is left alone: in a live
	// blog it sits under one entry's blame and joins the wrong strike)
	return toks[q].Norm == "claimed"
}

// unclaimedClause finds in a sentence of a news report's own narration a
// clause saying nobody has claimed the attack, at its start or after ",
// and" or ";", or at lead, the first token after a correspondent's
// transcript label ("KAREEM: No group has claimed it."). It returns the
// clause's bounds (from < to when found).
func (st *docState) unclaimedClause(toks []token, quoted []bool, lead int) (from, to int) {
	if st.narrator != model.Journalist || st.doc.Kind != model.KindNews || st.sourceUnknown {
		return 0, 0
	}
	for t := range toks {
		if t > 0 && t != lead && toks[t-1].Norm != ";" && !(t > 1 && toks[t-1].Norm == "and" && toks[t-2].Norm == ",") {
			continue
		}
		if quoted[t] {
			continue
		}
		if unclaimedAt(toks, t, len(toks)) {
			end := t + 1
			for end < len(toks) && toks[end].Norm != ";" && !(toks[end].Norm == "," && end+1 < len(toks) && toks[end+1].Norm == "but") {
				end++
			}
			return t, end
		}
	}
	return 0, 0
}
