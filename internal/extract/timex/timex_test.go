package timex

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/model"
)

func mustDay(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// want is "text => from/to/precision/time"; "-" for an empty field.
type findCase struct {
	name      string
	sentence  string
	published string
	anchor    string // "from/to" or "from"
	want      []string
}

func (c findCase) run(t *testing.T) {
	t.Helper()
	var anchor model.When
	if c.anchor != "" {
		from, to, _ := strings.Cut(c.anchor, "/")
		if to == "" {
			to = from
		}
		anchor = model.When{From: from, To: to}
	}
	got := FindWithAnchor(c.sentence, mustDay(c.published), anchor)
	var gs []string
	for _, m := range got {
		if m.Start < 0 || m.End > len(c.sentence) || m.Start >= m.End {
			t.Fatalf("bad span %d..%d", m.Start, m.End)
		}
		gs = append(gs, c.sentence[m.Start:m.End]+" => "+show(m.When))
	}
	if strings.Join(gs, " | ") != strings.Join(c.want, " | ") {
		t.Errorf("%q (published %q, anchor %q)\n got: %q\nwant: %q", c.sentence, c.published, c.anchor, gs, c.want)
	}
}

func show(w model.When) string {
	f := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	return f(w.From) + "/" + f(w.To) + "/" + f(w.Precision) + "/" + f(w.Time)
}

var findCases = []findCase{
	// ---- absolute dates
	{"wire mdy", "During the night of June 28, 2016, a huge convoy evacuated Fallujah.", "2016-07-04", "",
		[]string{"June 28, 2016 => 2016-06-28/2016-06-28/day/-"}},
	{"dmy", "The strike on 28 June 2016 killed five.", "", "", []string{"28 June 2016 => 2016-06-28/2016-06-28/day/-"}},
	{"dmy comma", "OIR Spokesman - 15:02 UTC - 24 Apr 2018", "", "", []string{"15:02 UTC - 24 Apr 2018 => 2018-04-24/2018-04-24/day/15:02"}},
	{"iso", "Published 2016-06-28 by the ministry.", "", "", []string{"2016-06-28 => 2016-06-28/2016-06-28/day/-"}},
	{"month day, year from published", "On June 30, the Ministry of Defense announced it.", "2016-07-04", "",
		[]string{"June 30 => 2016-06-30/2016-06-30/day/-"}},
	{"month day no published: no year invented", "On June 30, the Ministry of Defense announced it.", "", "",
		[]string{"June 30 => -/-/-/-"}},
	{"month day year from anchor", "On June 30, the ministry spoke.", "", "2016-06-28",
		[]string{"June 30 => 2016-06-30/2016-06-30/day/-"}},
	{"month day previous year", "The attack on December 30 was confirmed.", "2017-01-03", "",
		[]string{"December 30 => 2016-12-30/2016-12-30/day/-"}},
	{"published+1 allowed", "Strikes on July 5 were reported.", "2016-07-04", "",
		[]string{"July 5 => 2016-07-05/2016-07-05/day/-"}},
	{"abbrev", "The raid on Jan. 4 hit a convoy.", "2020-01-06", "", []string{"Jan. 4 => 2020-01-04/2020-01-04/day/-"}},
	{"ordinal", "It happened on the 3rd of January, 2020.", "", "", []string{"the 3rd of January, 2020 => 2020-01-03/2020-01-03/day/-"}},
	{"ordinal day of the report's month", "Jets bombed the bridge on the 11th, the governor said.", "2019-05-14", "",
		[]string{"on the 11th => 2019-05-11/2019-05-11/day/-"}},
	{"ordinal day of the month before", "Asked about the night of the 28th in Hajin, he said nothing.", "2019-06-03", "",
		[]string{"of the 28th => 2019-05-28/2019-05-28/day/-"}},
	{"ordinal day in words", "On the fourteenth of May a drone hit the bridge.", "2019-06-03", "",
		[]string{"the fourteenth of May => 2019-05-14/2019-05-14/day/-"}},
	{"an ordinal word alone is no day", "A second strike hit the bridge on the third attempt.", "2019-06-03", "", nil},
	{"ordinal before a noun is no day", "Commanders of the 5th Division met on the 2nd floor.", "2019-06-03", "", nil},
	{"april 19", "On April 19 the 4+1 met for coordinating their future campaigns.", "2018-04-24", "",
		[]string{"April 19 => 2018-04-19/2018-04-19/day/-"}},
	{"invalid date", "On June 31 nothing happened.", "2016-07-04", "", nil},
	{"feb 29 leap", "On Feb. 29 a strike hit.", "2017-03-02", "", []string{"Feb. 29 => 2016-02-29/2016-02-29/day/-"}},
	{"month year", "Airstrikes in June 2016 killed hundreds.", "", "", []string{"June 2016 => 2016-06-01/2016-06-30/month/-"}},
	{"since month year", "The map has not changed since November 2017.", "", "", []string{"November 2017 => 2017-11-01/2017-11-30/month/-"}},
	{"in month", "Strikes in June hit the town.", "2016-07-04", "", []string{"in June => 2016-06-01/2016-06-30/month/-"}},
	{"late month", "Fighting in late June displaced thousands.", "2016-07-04", "", []string{"late June => 2016-06-21/2016-06-30/days/-"}},
	{"mid month", "By mid-June 2016 the city had fallen.", "", "", []string{"mid-June 2016 => 2016-06-11/2016-06-20/days/-"}},
	{"range same month", "Strikes on June 28-30, 2016 destroyed the convoy.", "", "", []string{"June 28-30, 2016 => 2016-06-28/2016-06-30/days/-"}},
	{"range between", "Between March 30 and April 5, Coalition military forces conducted nine strikes.", "2018-04-24", "",
		[]string{"Between March 30 and April 5 => 2018-03-30/2018-04-05/days/-"}},
	{"range dmy", "Between 28 and 30 June 2016 the column was hit.", "", "", []string{"Between 28 and 30 June 2016 => 2016-06-28/2016-06-30/days/-"}},
	{"range across year", "from December 30 to January 2 the raids went on.", "2017-01-10", "",
		[]string{"from December 30 to January 2 => 2016-12-30/2017-01-02/days/-"}},
	{"two dates", "There were no strikes on April 5, 2018 nor on April 4, 2018.", "", "",
		[]string{"April 5, 2018 => 2018-04-05/2018-04-05/day/-", "April 4, 2018 => 2018-04-04/2018-04-04/day/-"}},
	{"weekday and date", "On Thursday, June 30, the coalition spoke.", "2016-07-04", "",
		[]string{"Thursday, June 30 => 2016-06-30/2016-06-30/day/-"}},

	// ---- weekdays (2020-01-04 is a Saturday)
	{"late friday", "A United States airstrike targeted an Iraqi militia late Friday north of Baghdad.", "2020-01-04", "",
		[]string{"late Friday => 2020-01-03/2020-01-03/day/-"}},
	{"weekday unknown published", "A United States airstrike targeted an Iraqi militia late Friday north of Baghdad.", "", "",
		[]string{"late Friday => -/-/-/-"}},
	{"on saturday same day", "The PMF said on Saturday that the airstrike hit a convoy of medics.", "2020-01-04", "",
		[]string{"Saturday => 2020-01-04/2020-01-04/day/-"}},
	{"friday night", "Friday night's strike killed six.", "2020-01-04", "", []string{"Friday night => 2020-01-03/2020-01-03/day/-"}},
	{"last thursday strictly before", "The raid last Thursday killed 12.", "2016-06-30", "", []string{"last Thursday => 2016-06-23/2016-06-23/day/-"}},
	{"possessive", "Thursday's strike was the deadliest.", "2016-07-04", "", []string{"Thursday => 2016-06-30/2016-06-30/day/-"}},
	{"earlier wednesday", "Earlier Wednesday in a briefing from Baghdad, Garver said it.", "2016-06-30", "",
		[]string{"Earlier Wednesday => 2016-06-29/2016-06-29/day/-"}},
	{"next weekday", "Talks resume next Tuesday.", "2016-06-30", "", []string{"next Tuesday => 2016-07-05/2016-07-05/day/-"}},
	{"lowercase month not a name", "They may march on the city.", "2016-06-30", "", nil},

	// ---- relative
	{"yesterday", "The ministry said yesterday that 20 were killed.", "2016-07-04", "", []string{"yesterday => 2016-07-03/2016-07-03/day/-"}},
	{"today", "Clashes continued today.", "2016-07-04", "", []string{"today => 2016-07-04/2016-07-04/day/-"}},
	{"outlet named Today", "A witness told Mosul Today Network that jets hit the bridge.", "2016-07-04", "", nil},
	{"outlet named Tonight", "The channel Kurdistan Tonight showed the ruins.", "2016-07-04", "", nil},
	{"Today opening a sentence", "Today, jets hit the bridge.", "2016-07-04", "", []string{"Today => 2016-07-04/2016-07-04/day/-"}},
	{"Today after a label", "REPORTER: Today the army said it hit the bridge.", "2016-07-04", "", []string{"Today => 2016-07-04/2016-07-04/day/-"}},
	{"next two days from anchor", "Over the next two days, someone destroyed most of this convoy.", "2016-07-04", "2016-06-28",
		[]string{"Over the next two days => 2016-06-29/2016-06-30/days/-"}},
	{"next day no anchor", "The next day, the army returned.", "2016-07-04", "", []string{"The next day => -/-/-/-"}},
	{"following day", "The following day, the army returned.", "2016-07-04", "2016-06-28", []string{"The following day => 2016-06-29/2016-06-29/day/-"}},
	{"next day restated by its calendar day", "The next day, 2 July, a drone hit a truck near the bridge.", "2016-07-20", "2016-07-12",
		[]string{"The next day, 2 July => 2016-07-02/2016-07-02/day/-"}},
	{"next day and a later date are two", "The next day the army said on 5 July that it had returned.", "2016-07-20", "2016-07-01",
		[]string{"The next day => 2016-07-02/2016-07-02/day/-", "5 July => 2016-07-05/2016-07-05/day/-"}},
	{"last two days from in-sentence date", "Later on June 30, Garver stated that the coalition had struck two convoys over the last two days.", "2016-07-04", "",
		[]string{"June 30 => 2016-06-30/2016-06-30/day/-", "over the last two days => 2016-06-29/2016-06-30/days/-"}},
	{"last two days from published", "Over the last two days, Iraqi forces conducted strikes.", "2016-06-30", "",
		[]string{"Over the last two days => 2016-06-29/2016-06-30/days/-"}},
	{"last two decades is not a date", "Over the last two decades, Soleimani had assembled a network.", "2020-01-04", "", nil},
	{"recent days", "The coalition did not conduct airstrikes near Camp Taji in recent days.", "2020-01-04", "",
		[]string{"in recent days => 2020-01-01/2020-01-04/days/-"}},
	{"last week", "An airstrike last week killed 12 people.", "2018-04-24", "", []string{"last week => 2018-04-17/2018-04-23/week/-"}},
	{"weekday of the previous week", "On Tuesday of the previous week, a drone hit the depot.", "2019-05-09", "", []string{"On Tuesday of the previous week => 2019-04-30/2019-04-30/day/-"}},
	{"weekday of last week", "Rockets fell on Sunday of last week.", "2019-05-09", "", []string{"on Sunday of last week => 2019-05-05/2019-05-05/day/-"}},
	{"new year's eve", "Mortar rounds hit the airfield on New Year's Eve, killing two soldiers.", "2019-01-09", "", []string{"New Year's Eve => 2018-12-31/2018-12-31/day/-"}},
	{"new year's day curly", "A rocket landed near the gate on New Year’s Day.", "2019-01-09", "", []string{"New Year’s Day => 2019-01-01/2019-01-01/day/-"}},
	{"christmas eve with year", "Shelling resumed on Christmas Eve 2016, monitors said.", "2017-02-01", "", []string{"Christmas Eve 2016 => 2016-12-24/2016-12-24/day/-"}},
	{"new year no holiday", "The new year brought no respite for the town.", "2019-01-09", "", nil},
	{"night before last", "The night before last, a drone hit a farm.", "2019-05-09", "", []string{"The night before last => 2019-05-07/2019-05-07/day/-"}},
	{"weekday and overnight", "Shelling hit the town on Sunday and overnight, residents said.", "2019-05-07", "", []string{"Sunday and overnight => 2019-05-05/2019-05-06/days/-"}},
	{"two days ago", "The raid two days ago killed three.", "2018-04-24", "", []string{"two days ago => 2018-04-22/2018-04-22/day/-"}},
	{"three days later", "Three days later the town fell.", "", "2018-04-19", []string{"Three days later => 2018-04-22/2018-04-22/day/-"}},
	{"days after is no date of what follows", "The shelling came two days after a drone hit a car near Manbij on Sunday.", "2019-05-09", "",
		[]string{"Sunday => 2019-05-05/2019-05-05/day/-"}},
	{"last month", "Strikes last month hit Mosul.", "2018-04-24", "", []string{"last month => 2018-03-01/2018-03-31/month/-"}},
	{"earlier this month", "Strikes earlier this month hit Mosul.", "2018-04-24", "", []string{"earlier this month => 2018-04-01/2018-04-24/month/-"}},

	// ---- times of day
	{"am", "The strikes took place at 1:12 A.M. local time.", "2020-01-04", "", []string{"1:12 A.M. local time => -/-/-/01:12"}},
	{"morning on date", "The first two helicopters took off at 1:30 in the morning on June 29.", "2016-07-04", "",
		[]string{"1:30 in the morning on June 29 => 2016-06-29/2016-06-29/day/01:30"}},
	{"between at night on date", "Between 9:00 and 10:00 at night on June 28, Iraqi military intelligence detected vehicles.", "2016-07-04", "",
		[]string{"Between 9:00 and 10:00 at night on June 28 => 2016-06-28/2016-06-28/day/21:00"}},
	{"that night with anchor", "Around 10:00 that night, intelligence reports indicated militants were fleeing.", "2016-07-04", "2016-06-28",
		[]string{"10:00 that night => 2016-06-28/2016-06-28/day/22:00"}},
	{"pm", "The blast came at 10 p.m. on Friday.", "2020-01-04", "", []string{"10 p.m. on Friday => 2020-01-03/2020-01-03/day/22:00"}},
	{"date at time", "On June 29 at 1:30, the helicopters attacked.", "2016-07-04", "", []string{"June 29 at 1:30 => 2016-06-29/2016-06-29/day/01:30"}},

	{"end of month", "By the end of June 2016 the city had fallen.", "", "", []string{"the end of June 2016 => 2016-06-21/2016-06-30/days/-"}},
	{"this past sunday", "The raid this past Sunday killed four.", "2020-01-07", "", []string{"this past Sunday => 2020-01-05/2020-01-05/day/-"}},
	{"weekend", "Strikes over the weekend hit Idlib.", "2020-01-07", "", []string{"over the weekend => 2020-01-04/2020-01-05/days/-"}},
	{"days earlier", "Three days earlier the convoy had left.", "", "2016-06-30", []string{"Three days earlier => 2016-06-27/2016-06-27/day/-"}},
	{"same night", "The same night, a second convoy left.", "", "2016-06-28", []string{"The same night => 2016-06-28/2016-06-28/day/-"}},
	{"last night time", "The blast came at 11:30 last night.", "2020-01-04", "", []string{"11:30 last night => 2020-01-03/2020-01-03/day/23:30"}},
	// a strike "overnight" in a report is dated by the night's first day
	{"overnight", "Jets struck a depot near Baiji overnight, police said.", "2020-01-04", "", []string{"overnight => 2020-01-03/2020-01-03/day/-"}},
	{"overnight weekday", "Jets struck the depot overnight Friday.", "2020-01-04", "", []string{"Friday => 2020-01-03/2020-01-03/day/-"}},
	{"noon", "The strike came at noon on Friday.", "2020-01-04", "", []string{"noon on Friday => 2020-01-03/2020-01-03/day/12:00"}},
	{"date then weekday time", "Friday, January 3, 2020 at 1:12 a.m.", "", "", []string{"Friday, January 3, 2020 at 1:12 a.m. => 2020-01-03/2020-01-03/day/01:12"}},
	{"range no published", "Strikes on June 28-30 destroyed the convoy.", "", "", []string{"June 28-30 => -/-/-/-"}},
	{"anchor year for bare date", "The next strike came on July 2.", "", "2016-06-30", []string{"July 2 => 2016-07-02/2016-07-02/day/-"}},

	{"us slash date", "The drone strike on 12/30/2019 killed 25.", "", "", []string{"12/30/2019 => 2019-12-30/2019-12-30/day/-"}},
	{"eu slash date", "The drone strike on 30/12/2019 killed 25.", "", "", []string{"30/12/2019 => 2019-12-30/2019-12-30/day/-"}},
	{"ambiguous slash date", "The drone strike on 3/1/2020 killed 25.", "", "", nil},

	{"weeks ago", "The raid two weeks ago killed 3.", "2020-01-20", "", []string{"two weeks ago => 2020-01-03/2020-01-09/week/-"}},
	{"later in the day", "Later in the day, a second strike hit.", "", "2020-01-03", []string{"Later in the day => 2020-01-03/2020-01-03/day/-"}},

	{"coarse local no anaphor", "In June 2016, and the next day, nothing.", "", "", []string{"June 2016 => 2016-06-01/2016-06-30/month/-", "the next day => -/-/-/-"}},

	// ---- negatives
	{"duration", "almost exactly 24 hours after Soleimani was killed", "2020-01-04", "", nil},
	{"bare year", "Trump withdrew from the 2015 nuclear deal.", "2020-01-04", "", nil},
	{"counts", "The raids destroyed 55 trucks and 1,200 others in 4 hours.", "2016-07-04", "", nil},
	{"model numbers", "An Mi-28N gunship and EC.635 helicopters and M79 rockets.", "2016-07-04", "", nil},
	{"bare month", "July marks just over two years since ISIL captured Mosul.", "2016-07-04", "", nil},
	{"first name", "Jan Egeland said 4 people died.", "2016-07-04", "", nil},
	{"score", "The vote was 3:2 in favour.", "2016-07-04", "", nil},

	// ---- parts of a named day and spans of two days (published Tuesday 2017-06-13)
	{"this morning", "Jets struck the town this morning.", "2017-06-13", "", []string{"this morning => 2017-06-13/2017-06-13/day/-"}},
	{"this evening", "A second raid followed this evening.", "2017-06-13", "", []string{"this evening => 2017-06-13/2017-06-13/day/-"}},
	{"late on weekday night", "The raid came late on Wednesday night.", "2017-06-13", "", []string{"late on Wednesday night => 2017-06-07/2017-06-07/day/-"}},
	{"early on weekday", "Residents said the drone returned early on Monday.", "2017-06-13", "", []string{"early on Monday => 2017-06-12/2017-06-12/day/-"}},
	{"early hours of weekday", "It was hit in the early hours of Sunday.", "2017-06-13", "", []string{"in the early hours of Sunday => 2017-06-11/2017-06-11/day/-"}},
	{"small hours of date", "The blast woke them in the small hours of June 11.", "2017-06-13", "", []string{"in the small hours of June 11 => 2017-06-11/2017-06-11/day/-"}},
	{"overnight into", "A strike hit the house overnight Sunday into Monday.", "2017-06-13", "", []string{"overnight Sunday into Monday => 2017-06-11/2017-06-12/days/-"}},
	{"night into", "Shelling went on from Sunday night into Monday.", "2017-06-13", "", []string{"from Sunday night into Monday => 2017-06-11/2017-06-12/days/-"}},
	{"night of to", "on the night of Saturday to Sunday", "2017-06-13", "", []string{"Saturday to Sunday => 2017-06-10/2017-06-11/days/-"}},
	{"two days joined", "Jets hit the depots on 7 and 8 March, the monitor said.", "2021-03-10", "", []string{"7 and 8 March => 2021-03-07/2021-03-08/days/-"}},
	{"two days joined after the month", "On March 7 and 8, 2021 jets hit the depots.", "", "", []string{"March 7 and 8, 2021 => 2021-03-07/2021-03-08/days/-"}},
	{"two days apart are no span", "Jets hit the depots on 3 and 9 March.", "2021-03-10", "", []string{"9 March => 2021-03-09/2021-03-09/day/-"}},
	{"between weekdays", "The raids took place between Sunday and Tuesday.", "2017-06-13", "", []string{"between Sunday and Tuesday => 2017-06-11/2017-06-13/days/-"}},
	{"and is two days", "Jets struck on Sunday and Monday.", "2017-06-13", "", []string{"Sunday => 2017-06-11/2017-06-11/day/-", "Monday => 2017-06-12/2017-06-12/day/-"}},
	{"to not consecutive", "He moved the talks on Sunday to Wednesday.", "2017-06-13", "", []string{"Sunday => 2017-06-11/2017-06-11/day/-", "Wednesday => 2017-06-07/2017-06-07/day/-"}},
	{"through", "Strikes continued from Sunday through Tuesday.", "2017-06-13", "", []string{"from Sunday through Tuesday => 2017-06-11/2017-06-13/days/-"}},
	{"release window", "The strikes took place between 8 a.m. yesterday and 8 a.m. today, local time.", "2015-04-14", "",
		[]string{"between 8 a.m. yesterday and 8 a.m. today => 2015-04-13/2015-04-14/days/-"}},
	{"today after yesterday", "It began yesterday and ended today.", "2015-04-14", "",
		[]string{"yesterday => 2015-04-13/2015-04-13/day/-", "today => 2015-04-14/2015-04-14/day/-"}},
	// a dateline dates the weekdays of its sentence when no published date is known
	{"dateline weekday", "BAQUBAH, Iraq, Feb. 10, 2016 (Wire) — four men were killed on Tuesday evening, police said Wednesday.", "", "",
		[]string{"Feb. 10, 2016 => 2016-02-10/2016-02-10/day/-", "Tuesday evening => 2016-02-09/2016-02-09/day/-", "Wednesday => 2016-02-10/2016-02-10/day/-"}},
	{"weekday no date", "Four men were killed on Tuesday.", "", "", []string{"Tuesday => -/-/-/-"}},
}

func TestFind(t *testing.T) {
	for _, c := range findCases {
		t.Run(c.name, c.run)
	}
}

// TestCoreFree: the patterns without a core token are few and known;
// pastOther tries every position where one of them may start.
func TestCoreFree(t *testing.T) {
	var free []string
	for pi, p := range patterns {
		if coreFree[pi] {
			free = append(free, p.seq)
		}
	}
	if want := []string{"NUMW weeks ago"}; !slices.Equal(free, want) {
		t.Errorf("core-free patterns %q, want %q", free, want)
	}
}

// TestSkipsFindNothing checks find's shortcuts against the matcher on every
// position of the test prose, the cases and the evaluation texts: alone and
// pastOther pass over positions where longestAt finds nothing, and endsHere
// holds only where no match inside a match reaches past it.
func TestSkipsFindNothing(t *testing.T) {
	texts, _ := loadSentences(t)
	for _, c := range findCases {
		texts = append(texts, c.sentence)
	}
	files, _ := filepath.Glob("../../../eval/*/texts/*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	pub := time.Date(2016, 7, 4, 0, 0, 0, 0, time.UTC)
	var m match
	checked := 0
	for _, s := range texts {
		toks := lex(nil, s)
		e := env{published: pub, sc: new(scratch)}
		found := func(i, minEnd int) bool {
			_, _, ok := longestAt(&e, toks, i, minEnd, &m)
			return ok
		}
		core := len(toks)
		for i := len(toks) - 1; i >= 0; i-- {
			if toks[i].core {
				core = i
			}
			if alone(toks, i) && found(i, i) {
				t.Errorf("alone at %d of %q, but a date starts there", i, s)
			}
			if core < len(toks) {
				for p := i; p < pastOther(toks, i, core); p++ {
					if found(p, p) {
						t.Errorf("pastOther from %d passes over %d of %q, where a date starts", i, p, s)
					}
				}
			}
			if _, end, ok := longestAt(&e, toks, i, i, &m); ok && endsHere(toks, end) {
				for j := i + 1; j < end; j++ {
					if found(j, end) {
						t.Errorf("endsHere at %d of %q, but a match from %d reaches past it", end, s, j)
					}
				}
			}
			checked++
		}
	}
	if checked < 100000 {
		t.Errorf("only %d positions checked", checked)
	}
}
