package extract

import (
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/extract/timex"
	"github.com/crosscheck/crosscheck/internal/model"
)

// ledeReach is how many sentences after a lede its strike may be placed.
const ledeReach = 2

// placeFiledLede gives the lede's claims, placed only where the report was
// filed or nowhere ("BAGHDAD (CP) - U.S. airstrikes near Iraq's border with
// Syria killed four ..."), the place of the strike sentence i tells next
// ("The strikes late Sunday near the town of al-Qaim ..."), and its day
// when the lede named none of its own: the report's first place of a strike
// is where the strike its lede counts happened. ledeOpen says that no claim
// before sentence i was placed by its own words; w is sentence i's place
// and dated whether sentence i resolved the passage's day.
func (st *docState) placeFiledLede(i int, w model.Where, dated bool) {
	if w.Precision == model.PlaceCountry || w.Name == "" {
		return // a country says no more than the lede did
	}
	lo := len(st.claims) // the lede's claims: lo up to the claims of sentence i
	for lo > 0 && st.meta[lo-1].sentence >= i {
		lo--
	}
	hi := lo
	for lo > 0 && st.meta[lo-1].sentence >= i-ledeReach {
		m := st.meta[lo-1]
		if !m.filed || statementStances.has(st.claims[lo-1].Stance) {
			return // (a denial is dated by the strike of its place: see strikeDayOfStatements)
		}
		lo--
	}
	for k := lo; k < hi; k++ {
		c := &st.claims[k]
		if c.Span[0] < st.datelineAt {
			continue // a headline above the dateline says where on its own, or not at all
		}
		c.Where = w
		if dated && !st.meta[k].dated && dayBefore(st.lastDate, c.When) {
			c.When = st.lastDate
		}
	}
}

// rangeBound reports a date that opens or closes a stretch ("between 30
// March and 20 May 2021", "from 2 to 9 June"): in a sentence whose claim
// is dated by another of its days, the stretch is the time of something
// done about the strike (an inquiry, a visit), not the strike's, and the
// passage goes on with the strike's day.
func rangeBound(text string, d timex.Mention) bool {
	lo := max(0, d.Start-8)
	if endsFold(text, lo, d.Start, "between ") || endsFold(text, lo, d.Start, "from ") {
		return true
	}
	if !endsFold(text, lo, d.Start, " and ") && !endsFold(text, lo, d.Start, " to ") && !endsFold(text, lo, d.Start, " until ") {
		return false
	}
	// the opening bound, a few words back: "between 30 March and"
	back := text[max(0, d.Start-30):d.Start]
	for _, w := range [...]string{"between ", "Between ", "from ", "From "} {
		if strings.Contains(back, w) {
			return true
		}
	}
	return false
}

// sameDay reports two dates of the same stretch.
func sameDay(a, b model.When) bool { return a.From == b.From && a.To == b.To }

// claimPlace is where and when a claim put its strike.
type claimPlace struct {
	Where model.Where
	When  model.When
}

// tollOnly reports a clause that gives a toll, not a strike: its figures
// follow a toll noun ("Moscow had put the toll at 62 soldiers killed",
// "the death toll rose to 30"), and no figure or strike noun comes before
// it. The toll noun may stand in the speaker's words before the clause.
func tollOnly(toks []token, cl clause) bool {
	for t := 0; t < cl.to; t++ {
		n := toks[t].Norm
		if tollNouns.has(n) {
			return true
		}
		if n != "" && n[0] >= '0' && n[0] <= '9' || strikeNouns.has(n) {
			return false // a figure or a strike before any toll noun
		}
	}
	return false
}

// tollNouns name a count of the dead as a whole.
var tollNouns = words("toll", "tally")

// dayBefore reports day d, a single day, on or before the day told: "said
// on Monday" of "the strikes late Sunday", "an investigation into a March
// strike" of "the strike ... on March 16"; not a month, and not a later day.
func dayBefore(d, told model.When) bool {
	if d.From == "" || d.From != d.To {
		return false
	}
	a, err1 := time.Parse("2006-01-02", d.From)
	b, err2 := time.Parse("2006-01-02", told.From)
	return err1 == nil && err2 == nil && !a.After(b)
}
