package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/extract/sentences"
	"github.com/crosscheck/crosscheck/internal/extract/timex"
	"github.com/crosscheck/crosscheck/internal/model"
)

// postDays dates the posts of a thread copied with each post's timestamp
// line: "23:47 · Apr 20, 2021" under an X post, "@handle · 23:38 · 14 Oct
// 2021" over a Telegram one. A post that names no day of its own tells of
// the day it was written; the thread's published date is only that of its
// last post, often the next morning. It maps the index of each post's
// first sentence to the post's day.
func (st *docState) postDays(sents []sentences.Sentence) map[int]model.When {
	if !strings.Contains(st.text, "·") {
		return nil
	}
	var days map[int]model.When
	after := -1 // the index after the last stamp line
	for i, s := range sents {
		day, header, ok := st.postStamp(s)
		if !ok {
			continue
		}
		if days == nil {
			days = map[int]model.When{}
		}
		switch {
		case header:
			if i+1 < len(sents) {
				days[i+1] = day // the post below the stamp
			}
		case i > 0:
			first := after
			if first < 0 { // the thread's first post: its paragraph
				for first = i - 1; first > 0 && sents[first-1].Para == sents[i-1].Para; first-- {
				}
			}
			if first < i {
				days[first] = day // the post above the stamp
			}
		}
		after = i + 1
	}
	return days
}

// postStamp reads a line holding only a post's time and day, and perhaps
// its handle: "10:14 AM · Mar 19, 2019", "@EuphratesEye · 23:38 · 14 Oct
// 2021". A stamp that opens with the handle heads its post; one that
// opens with the time ends it.
func (st *docState) postStamp(s sentences.Sentence) (day model.When, header, ok bool) {
	line := strings.TrimSpace(st.text[s.Start:s.End])
	if len(line) > 64 || !strings.Contains(line, " · ") || !hasClockTime(line) ||
		s.Start > 0 && st.text[s.Start-1] != '\n' {
		return model.When{}, false, false
	}
	for _, d := range timex.FindWithAnchor(line, st.published, model.When{}) {
		if d.When.From != "" && d.When.Precision == model.PrecisionDay {
			return d.When, line[0] == '@', true
		}
	}
	return model.When{}, false, false
}

// hasClockTime reports an "HH:MM" in s.
func hasClockTime(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i] == ':' && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
