package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/extract/timex"
	"github.com/crosscheck/crosscheck/internal/model"
)

// TestStatementDate checks the phrases before a date that make it the
// statement's, in any case, with the quick test on the letter before the
// date's space.
func TestStatementDate(t *testing.T) {
	for text, want := range map[string]bool{
		"The ministry said on |Monday":                    true,
		"The ministry Said Late On |Monday":               true,
		"officials SAID EARLIER ON |Monday":               true,
		"the statement issued |Monday":                    true,
		"quiet since |Monday":                             true,
		"He told reporters on |Friday":                    true,
		"The spokesman told me |this afternoon":           true,
		"MOSUL, Iraq, |March 3, 2017 (Wire) —":            true,
		"KIRKUK, Iraq -- |Feb. 9 -- Jets struck":          true, // a dateline's date set off by dashes
		"Erbil — |12 May — Drones hit":                    true,
		"Jets struck the hills -- |Feb. 9 -- at dawn":     false,
		"Sarah, |late on Sunday two rockets hit":          false, // a transcript's address, not a dateline
		"the toll was revised on |Friday to 12":           true,  // the day of the new figure
		"the count was corrected on |Friday":              true,
		"the army's figure, repeated on |Friday, is two":  true, // the day it was said again
		"the militia reiterated |tonight that it was hit": true, // the day it was said again, with no "on"
		"Jets struck the town on |Monday":                 false,
		"the strike late on |Monday":                      false,
		"|Monday":                                         false,
		"x|Monday":                                        false,
		"On |March 3, 2017, jets struck":                  false,
		"a long paragraph, with a town, Iraq, |May":       false,
		"the video uploaded |Monday":                      true,
		"a briefing early on |Monday":                     true,
		"He told reporters late on |Monday":               true,  // 23 bytes: inside the 24 looked at
		"He told reporters earlier on |Monday":            false, // 26 bytes: "told" is out of reach
		"the raid near Mosul on |Monday":                  false,
		"a spokesman told the Gazette on |Sunday":         true, // told an outlet: when it was told
		"an officer told AFP on |Sunday":                  true,
		"a medic told AFP the raid on |Sunday":            false, // the raid's day
		"she told them on |Sunday":                        false,
		"the army confirmed on |Saturday":                 true, // when it confirmed, not when it struck
		"the ministry denied on |Sunday":                  true,
		"the ministry said in a statement |last night":    true, // AP style: no "on"
		"the Pentagon announced |Monday":                  true,
		"officials confirmed |Tuesday's strike":           false, // the strike's day
		"the raid |Tuesday":                               false,
		"the army's statement of |Friday says":            true, // a statement named by its day
		"the shelling of |Friday":                         false,
		"Our note of |4 May put the dead at six":          true, // a report named by its day
		"the monitor's report of |Sunday said":            true,
		"the news agency reported |Sunday":                true,  // the day of the report, not the raid
		"local radio reported on |Sunday that":            false, // its claim's only day: kept
		"Ankara dismissed the accusation on |Monday":      true,  // the day of the answer
		"the group denied the allegations on |Tuesday":    true,
		"the convoy was hit on |Sunday":                   false,
	} {
		pos := strings.IndexByte(text, '|')
		text = text[:pos] + text[pos+1:]
		end := len(text)
		if q := strings.IndexByte(text[pos:], '\''); q > 0 {
			end = pos + q // the date ends before a possessive
		}
		if got := statementDate(text, timex.Mention{Start: pos, End: end}); got != want {
			t.Errorf("%q at %d: %v, want %v", text, pos, got, want)
		}
	}
}

// TestDropSpanStarts checks that a date "since" opens is no date of a
// strike, whether timex's phrase holds the "since" or starts after it.
func TestDropSpanStarts(t *testing.T) {
	published := time.Date(2022, 5, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		sentence string
		kept     []string
	}{
		{"Jets hit the depot late on Tuesday, the third raid there since March.", []string{"late on Tuesday"}},
		{"The camp has been shelled every week since early April, residents said.", nil},
		{"Since January 2021 the group has lost four commanders.", nil},
		{"The convoy was struck on Monday, residents said.", []string{"Monday"}},
		// a weekday in a paper's or programme's title dates nothing
		{"A medic told The Saturday Courier that nine people had died in the raid.", nil},
		{"The Sunday Ledger reported that the shelling went on for hours on Friday.", []string{"Friday"}},
		{"The shelling stopped. The Sunday raid killed four.", []string{"Sunday"}},
		// a run of strikes told in the perfect began on its "since" day
		{"Turkish drones have struck villages east of the river since Monday.", []string{"Monday"}},
		{"Artillery has been shelling the market area since Tuesday, medics said.", []string{"Tuesday"}},
		{"Jets have struck the province hundreds of times since March.", nil},
		{"The town has been calm since Monday.", nil},
		// a when-clause after the "since" day tells what happened that day
		{"Relations have been strained since 12 February 2022, when a U.S. air strike near the border killed two guards.", []string{"12 February 2022"}},
		{"Fighting has eased since 5 February, when the truce took hold.", nil},
	} {
		var kept []string
		for _, d := range dropSpanStarts(tc.sentence, timex.Find(tc.sentence, published)) {
			kept = append(kept, tc.sentence[d.Start:d.End])
		}
		if strings.Join(kept, "|") != strings.Join(tc.kept, "|") {
			t.Errorf("%q: kept %q, want %q", tc.sentence, kept, tc.kept)
		}
	}
}

// TestEventDate checks which date of a clause dates its strike: the first
// that dates no statement, unless a later day's possessive names the
// strike.
func TestEventDate(t *testing.T) {
	published := time.Date(2023, 3, 9, 0, 0, 0, 0, time.UTC) // a Thursday
	for _, tc := range []struct{ sentence, want string }{
		{"The ministry on Wednesday raised the toll of Monday's air raid on the camp to 12.", "2023-03-06"},
		{"On Wednesday officials counted the dead of Monday night's deadly strikes.", "2023-03-06"},
		{"Jets struck the camp on Tuesday and again on Wednesday.", "2023-03-07"},
		{"The ministry said on Wednesday that jets struck the camp on Monday.", "2023-03-06"},
		{"On Wednesday the families buried Monday's victims.", "2023-03-08"},
		{"Turkish drones have struck villages east of the river since Monday.", "2023-03-06"}, // the run of strikes began then
		// a strike noun governs its own day, whatever day comes first
		{"Satellite photos taken on 8 March, a day after the air raids on the night of 6 March, show the depot gutted.", "2023-03-06"},
		{"The clinic reopened on Wednesday, two weeks after the strike on 22 February.", "2023-02-22"},
		{"The clinic reopened on Wednesday, after a week of repairs on the roof.", "2023-03-08"},
		// a day opening a relative clause on a place dates what the place is known for
		{"Jets hit caves on Tuesday near the town where Monday's ambush took place.", "2023-03-07"},
	} {
		dates := timex.Find(tc.sentence, published)
		d, ok := eventDate(tc.sentence, dates, 0, len(tc.sentence), nil)
		if !ok || d.When.From != tc.want {
			t.Errorf("%q: %v %v, want %s", tc.sentence, d.When, ok, tc.want)
		}
	}
}

// TestDatelineOrHeading tells a wire dateline (the report's date) from a
// log entry's heading of place and date (the date of what follows).
func TestDatelineOrHeading(t *testing.T) {
	published := time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC)
	for text, want := range map[string]bool{
		"KOBANI, Syria, 4 May 2022 (Wire) - Drones hit a car.": true,
		"Kobani, 4 May 2022 - Drones hit a car.":               true,
		"Kobani, 4 May 2022. Drones hit a car.":                false,
	} {
		dates := timex.Find(text, published)
		if len(dates) == 0 {
			t.Fatalf("%q: no date", text)
		}
		if got := statementDate(text, dates[0]); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

// TestPictureDay checks that the day a picture was taken is not read as the
// passage's day.
func TestPictureDay(t *testing.T) {
	for text, want := range map[string]bool{
		"Satellite imagery from |Sunday shows two craters.":    true,
		"Photos taken on |Sunday show the wreck.":              true,
		"The hangar is gone in a picture from |Tuesday.":       true,
		"Satellite images |from March show the runway intact.": true, // the month's mention holds its "from"
		"Jets struck the depot |from Sunday to Tuesday.":       false,
		"Jets struck the depot on |Sunday.":                    false,
		"The video posted |Sunday shows the blast.":            false, // a posting day: statementDate's
	} {
		pos := strings.IndexByte(text, '|')
		text = text[:pos] + text[pos+1:]
		if got := pictureDay(text, pos); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

// TestMarkedDatesOf: a marked date answers as marked; a date not marked
// (another span, or the same span naming no day) is read again.
func TestMarkedDatesOf(t *testing.T) {
	text := "The ministry said on Monday that jets struck on Sunday."
	published := time.Date(2023, 3, 8, 0, 0, 0, 0, time.UTC)
	dates := timex.Find(text, published)
	if len(dates) != 2 {
		t.Fatalf("dates %v, want two", dates)
	}
	var marked markedDates
	for _, d := range dates {
		marked = append(marked, markedDate{d.Start, d.End, d.When.Precision == model.PrecisionDay, !statementDate(text, d)})
	}
	for _, d := range dates {
		if got, want := marked.of(text, d), !statementDate(text, d); got != want {
			t.Errorf("%q marked: %v, want %v", text[d.Start:d.End], got, want)
		}
		other := d
		other.When.Precision = model.PrecisionMonth
		if got, want := marked.of(text, other), statementDate(text, other); got != want {
			t.Errorf("%q not marked: %v, want %v", text[d.Start:d.End], got, want)
		}
	}
}
