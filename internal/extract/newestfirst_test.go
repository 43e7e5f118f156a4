package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

func TestDeclaresNewestFirst(t *testing.T) {
	for text, want := range map[string]bool{
		"Latest updates appear newest first. Times are local.\n\n18:00 - ...": true,
		"Posts are in reverse chronological order.\n\n09:00 - ...":            true,
		"This page is in Reverse Order; all times GMT.":                       true,
		"We list the latest at the top of this page.":                         true,
		"12:00 - Jets struck Tyre on Monday, the army said.":                  false,
		"The ministry put the names of the dead in alphabetical order.":       false,
	} {
		if got := declaresNewestFirst(lowerASCIIString(text)); got != want {
			t.Errorf("declaresNewestFirst(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestNewestNoticesHoldANoticeWord: declaresNewestFirst looks for the
// notices only in a head holding one of newestNoticeWords.
func TestNewestNoticesHoldANoticeWord(t *testing.T) {
	for _, n := range newestFirstNotices {
		if !containsAny(n, newestNoticeWords[:]) {
			t.Errorf("notice %q holds none of %q", n, newestNoticeWords)
		}
	}
}

// A newest-first live page tells the strike's day in its oldest entry, at
// the foot: the undated entries above it tell of that strike, not of the
// page's day.
func TestNewestFirstEntriesTakeTheDayBelow(t *testing.T) {
	e := gazExtractor(t)
	text := "Live: strike on a market in Maarat al-Numan\n\nNewest first. Times are local.\n\n" +
		"16:20 - The civil defence now says the strike on the market in Maarat al-Numan killed 14 people.\n\n" +
		"11:05 - A monitor says Russian jets carried out the strike.\n\n" +
		"08:30 - Welcome to our coverage. Jets bombed a crowded market in Maarat al-Numan late on Sunday, residents said."
	claims, _ := e.Extract(model.Document{ID: "t", Published: "2020-06-15", Text: text})
	if len(claims) < 2 {
		t.Fatalf("%d claims, want at least 2", len(claims))
	}
	for _, c := range claims {
		if c.When.From != "2020-06-14" {
			t.Errorf("%q: day %+v, want 2020-06-14", c.Quote, c.When)
		}
	}
}

// A page in time order keeps the page's day for an entry over the dated one.
func TestOldestFirstEntriesKeepTheirDay(t *testing.T) {
	e := gazExtractor(t)
	text := "Live: strike on a market in Maarat al-Numan\n\n" +
		"08:30 - The civil defence says the strike on the market in Maarat al-Numan killed 14 people.\n\n" +
		"11:05 - Jets bombed a bakery in Maarat al-Numan late on Sunday, residents said."
	claims, _ := e.Extract(model.Document{ID: "t", Published: "2020-06-15", Text: text})
	if len(claims) == 0 || claims[0].When.From != "2020-06-15" {
		t.Fatalf("first claim %+v, want the page's day 2020-06-15", claims)
	}
}
