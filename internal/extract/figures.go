package extract

import (
	"github.com/crosscheck/crosscheck/internal/extract/quantity"
	"github.com/crosscheck/crosscheck/internal/extract/sentences"
	"github.com/crosscheck/crosscheck/internal/extract/timex"
	"github.com/crosscheck/crosscheck/internal/model"
)

// claimClauses makes the claims of a sentence's clauses; when none of them
// read a toll, the sentence's first assertion gets the figures of the whole
// sentence: a toll told before a second speaker's clause ("Seven
// people were killed when what residents described as an air strike hit a
// tent, officials said"), one in the speaker's own phrase ("Relatives of
// three farmers killed in the strike said"), one in a clause that made no
// claim ("said the strikes, which it blamed on Israel, killed nine people"),
// or one that points back past its clause ("the trucks were carrying
// weapons, and at least five of them were destroyed"). The figures are the
// report's for the strike the sentence tells of.
func (st *docState) claimClauses(idx int, s sentences.Sentence, toks []token, ms []match, at, cov []int, quoted []bool, clauses []clause, atts []attribution, dates []timex.Mention) {
	first := len(st.claims)
	for _, cl := range clauses {
		st.clause(idx, s, toks, ms, at, cov, quoted, cl, atts, dates)
	}
	if len(st.claims) == first || len(clauses) == 1 && clauses[0].from == 0 && clauses[0].to == len(toks) ||
		st.tollRead(first) || backgroundFigures(toks) {
		return // (a toll a clause read is the sentence's: no second parse)
	}
	target := -1
	for k := first; k < len(st.claims); k++ {
		if c := &st.claims[k]; c.Stance == model.StanceAsserts || c.Stance == model.StanceConfirms {
			target = k
			break
		}
	}
	if target < 0 {
		return
	}
	have := st.claims[target].Counts
	var added []model.Count
	for _, fg := range quantity.Counts(st.text[s.Start:s.End], st.paraCounts) {
		c := fg.Count
		if !followKinds.has(c.Kind) || hasKind(have, c.Kind) || countsSpeakers(toks, atts, s.Start+fg.Start) || st.hasFigure(first, c) {
			continue
		}
		added = append(added, c)
	}
	if len(added) == 0 {
		return
	}
	st.claims[target].Counts = append(st.claims[target].Counts, added...)
	if len(st.paraCounts) < 32 {
		st.paraCounts = append(st.paraCounts, added...)
	}
}

// carriedTolls keeps, at a paragraph break, the last tolls (killed,
// injured) of the figures before it: a new paragraph may say who they were
// ("The three were civilians, the governor's spokesman said."). Sizes and
// other figures stay with their paragraph.
func carriedTolls(counts []model.Count) []model.Count {
	out := counts[:0]
	for _, c := range counts {
		if c.Kind == model.CountKilled || c.Kind == model.CountInjured {
			out = append(out, c)
		}
	}
	if len(out) > 4 {
		out = append(out[:0], out[len(out)-4:]...)
	}
	return out
}

// countsSpeakers reports a figure that counts the speakers themselves:
// "Two officers told me the men were killed" (but not "Relatives of three
// farmers killed in the strike said", where it counts the dead).
func countsSpeakers(toks []token, atts []attribution, at int) bool {
	for _, a := range atts {
		if a.spTo <= a.spFrom || at < toks[a.spFrom].Start || at >= toks[a.spTo-1].End {
			continue
		}
		for t := a.spFrom; t < a.spTo && toks[t].Start < at; t++ {
			if toks[t].Norm == "of" {
				return false
			}
		}
		return true
	}
	return false
}

// hasKind reports a count of that kind, of any group, among counts.
func hasKind(counts []model.Count, kind string) bool {
	for _, c := range counts {
		if c.Kind == kind {
			return true
		}
	}
	return false
}

// tollRead reports a claim from first on with a toll: killed, injured or
// vehicles destroyed.
func (st *docState) tollRead(first int) bool {
	for k := first; k < len(st.claims); k++ {
		for _, c := range st.claims[k].Counts {
			if c.Kind == model.CountKilled || c.Kind == model.CountInjured || c.Kind == model.CountVehiclesDestroyed {
				return true
			}
		}
	}
	return false
}

// hasFigure reports a claim from first on with the same figure as c (kind
// and bounds, any group): a figure some clause already read.
func (st *docState) hasFigure(first int, c model.Count) bool {
	for k := first; k < len(st.claims); k++ {
		for _, h := range st.claims[k].Counts {
			if h.Kind == c.Kind && sameBound(h.Min, c.Min) && sameBound(h.Max, c.Max) {
				return true
			}
		}
	}
	return false
}

func sameBound(a, b *int) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

// backgroundFigures reports a sentence whose figures may be of another time
// or a running total ("since 2014", "so far this year", "in total"): its
// unclaimed figures are not the strike's.
func backgroundFigures(toks []token) bool {
	for k, t := range toks {
		if len(t.Norm) == 4 && (t.Norm[:2] == "19" || t.Norm[:2] == "20") && hasDigit(t.Norm[2:]) && !yearOfDay(toks, k) {
			return true // "in 2014"
		}
		if followWordsFilter.has(t.Norm) && backgroundAt(toks, k) {
			return true
		}
	}
	return false
}

// yearOfDay reports a year that ends a full date ("July 11, 2022", "Jan. 15,
// 2024", "11 July 2022"), as in a dateline: a day, not a period like "in 2014".
func yearOfDay(toks []token, k int) bool {
	j := k - 1
	if j >= 0 && toks[j].Norm == "," {
		j--
	}
	if j < 0 {
		return false
	}
	if monthWords.has(toks[j].Norm) {
		return true // "11 July 2022"
	}
	if !hasDigit(toks[j].Norm) || len(toks[j].Norm) > 2 || j < 1 {
		return false
	}
	return monthWords.has(toks[j-1].Norm) || j >= 2 && toks[j-1].Norm == "." && monthWords.has(toks[j-2].Norm)
}

// monthWords are month names and their abbreviations, as tokens.
var monthWords = words(
	"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec",
)
