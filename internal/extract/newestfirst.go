package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/model"
)

// newestFirstNotices are the notes a live page puts over its updates when
// the latest comes first ("Updates appear newest first."): its entries are
// read bottom-up, and the story's first day is told at the foot.
var newestFirstNotices = [...]string{
	"newest first", "latest first", "most recent first",
	"reverse order", "reverse chronological order", "reverse-chronological order",
	"newest at the top", "latest at the top", "most recent at the top",
	"newest updates at the top", "latest updates at the top",
}

// newestNoticeReach is how far into a report the notice is looked for: it
// stands over the first update.
const newestNoticeReach = 600

// newestNoticeWords are words one of which every newest-first notice
// holds: a head with none of them (most reports) is not searched for
// each notice.
var newestNoticeWords = [...]string{"first", "reverse", " top"}

// declaresNewestFirst reports a note near the top of a report saying its
// updates come newest first; lower is the report's text with its ASCII
// letters in lower case (the notices are ASCII, and no other letter
// lower-cases into one of theirs).
func declaresNewestFirst(lower string) bool {
	head := lower[:min(len(lower), newestNoticeReach)]
	return containsAny(head, newestNoticeWords[:]) && containsAny(head, newestFirstNotices[:])
}

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// entryDay is the day a sentence telling of a strike gave the passage.
type entryDay struct {
	sentence int
	para     int
	day      model.When
}

// newestFirstDays dates the claims of a newest-first live page that name no
// day of their own by the entries under them, which came before: "15:40 -
// The agency now says the building was hit by missiles" over "07:45 - ...
// was killed late on Saturday in a strike on a building" tells of
// Saturday's strike, not of the page's day, nor of a later entry's day
// above it. A day given earlier in the claim's own entry (its paragraph)
// stays the claim's.
func (st *docState) newestFirstDays() {
	if len(st.strikeDays) == 0 {
		return
	}
	for i := range st.claims {
		m := st.meta[i]
		if m.dated {
			continue
		}
		if d, ok := st.dayBelow(m.sentence, m.para); ok {
			st.claims[i].When = d
		}
	}
}

// dayBelow is the day the first strike sentence after sentence gave, unless
// a strike sentence before it in its paragraph gave one.
func (st *docState) dayBelow(sentence, para int) (model.When, bool) {
	for _, sd := range st.strikeDays {
		switch {
		case sd.sentence < sentence && sd.para == para:
			return model.When{}, false // dated by its own entry
		case sd.sentence > sentence:
			return sd.day, true
		}
	}
	return model.When{}, false
}
