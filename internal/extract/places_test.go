package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/gazetteer"
)

// spanCase is a sentence, a place name in it, and whether a rule reading
// the name's span fires.
type spanCase struct {
	text, name string
	want       bool
}

// checkSpanRule runs rule over the first occurrence of each case's name.
func checkSpanRule(t *testing.T, name string, rule func(text string, start, end int) bool, cases []spanCase) {
	t.Helper()
	for _, c := range cases {
		start := strings.Index(c.text, c.name)
		if got := rule(c.text, start, start+len(c.name)); got != c.want {
			t.Errorf("%s(%q, %q) = %v, want %v", name, c.text, c.name, got, c.want)
		}
	}
}

func TestDatelineAgency(t *testing.T) {
	checkSpanRule(t, "datelineAgency", datelineAgency, []spanCase{
		{"DUHOK (Victoria) - A drone hit a pickup near the border.", "Victoria", true},
		{"ALEPPO (Florence) — Shells fell on a market.", "Florence", true},
		{"MUSCAT, Feb 9 (Lincoln) - Warships struck the port.", "Lincoln", true},
		{"AMMAN, 9 February 2024 (Lincoln) - Warships struck the port.", "Lincoln", true},
		{"AMMAN, the capital (Lincoln) - Warships struck the port.", "Lincoln", false},
		{"Families from Sinjar (Nineveh) - many of them Yazidis - fled again.", "Nineveh", false},
		{"DUHOK (Victoria) said that a drone hit a pickup.", "Victoria", false},
		{"The strike hit Zakho (Duhok province) - local officials said.", "Duhok", false},
		{"Families who had fled the fighting along the river reached the camp at KHANKE (Victoria) - aid workers said.", "Victoria", false},
	})
}

func TestDiplomaticVenue(t *testing.T) {
	checkSpanRule(t, "diplomaticVenue", diplomaticVenue, []spanCase{
		{"Our positions had been notified under the Astana and Sochi arrangements.", "Sochi", true},
		{"Our positions had been notified under the Astana and Sochi arrangements.", "Astana", true},
		{"The ministry said the shelling breached the Sochi agreement.", "Sochi", true},
		{"The envoys resumed talks in Geneva on Tuesday.", "Geneva", true},
		{"Baghdad recalled its chargé d'affaires from Ankara.", "Ankara", true},
		{"Protesters gathered outside the embassy in Baghdad.", "Baghdad", true},
		{"The envoy flew from Erbil to Baghdad.", "Erbil", false},
		{"Shells hit a market in Sochi, officials said.", "Sochi", false},
		{"Jets struck Idlib and Saraqib overnight.", "Idlib", false},
		{"The Idlib ceasefire collapsed as jets struck the town.", "Idlib", false},
	})
}

func TestTurnVocative(t *testing.T) {
	checkSpanRule(t, "turnVocative", turnVocative, []spanCase{
		{"Transcript\nJANE MORROW: Anna, the ministry now says nine died.", "Anna", true},
		{"JANE MORROW: Shells hit Anna, a town on the Euphrates.", "Anna", false},
		{"JANE MORROW: Anna was shelled again today.", "Anna", false},
		{"Residents said: Anna, like Rawa, was hit.", "Anna", false},
		// the colon before the name is not the label's: prose, and the town itself
		{"CORRESPONDENT: Shells fell all night on the villages by the river, and then: Anna, the town itself.", "Anna", false},
		{"PRESENTER: Anna, are the roads open? CORRESPONDENT: Tomas, they are not.", "Anna", true},
		{"Residents said the shelling went on: Anna, like Rawa, was hit.", "Anna", false},
	})
}

// A bare town named earlier as a man's surname is the man again, unless
// the gazetteer read a place at that surname.
func TestNamedPersonBefore(t *testing.T) {
	text := "Troops raided a house near Hajin, targeting Abu Hamza al-Baghdadi. Baghdadi fled into a tunnel."
	surname := strings.Index(text, "Baghdadi")
	again := strings.LastIndex(text, "Baghdadi")
	l := gazetteer.Located{Start: again, End: again + len("Baghdadi")}
	if !namedPersonBefore(text, newCoverIndex(nil), l) {
		t.Errorf("namedPersonBefore(%q) = false, want true", text)
	}
	read := []gazetteer.Located{{Start: surname - 3, End: surname + len("Baghdadi")}, l}
	if namedPersonBefore(text, newCoverIndex(read), l) {
		t.Errorf("namedPersonBefore(%q) with a place read at the surname = true, want false", text)
	}
}

func TestInRecallClause(t *testing.T) {
	checkSpanRule(t, "inRecallClause", func(text string, start, _ int) bool { return inRecallClause(text, start) }, []spanCase{
		{"Militia channels blamed Israel, recalling the raids that hit their depots near Abu Kamal in 2019.", "Abu Kamal", true},
		{"Jets struck a depot near Abu Kamal, residents said. Recalling the raids, they fled.", "Abu Kamal", false},
		{"Militia channels blamed Israel, recalling the raids. Jets hit Abu Kamal again.", "Abu Kamal", false},
	})
}

func TestInSinceLandmark(t *testing.T) {
	checkSpanRule(t, "inSinceLandmark", func(text string, start, _ int) bool { return inSinceLandmark(text, start) }, []spanCase{
		{"A rocket killed two soldiers at a base in Iraq, the first deaths there since the war in Ukraine began.", "Ukraine", true},
		{"It was the deadliest raid since the Russian invasion of Crimea.", "Crimea", true},
		{"Shelling has hit Tafas every night since the strike on Daraa.", "Daraa", false},
		{"Since the war began, jets have struck Idlib daily.", "Idlib", false},
	})
}

func TestAddressedGovernment(t *testing.T) {
	checkSpanRule(t, "addressedGovernment", func(text string, start, _ int) bool { return addressedGovernment(text, start) }, []spanCase{
		{"The ministry called on Tehran to stop the attacks.", "Tehran", true},
		{"Baghdad urged Ankara to respect its borders.", "Ankara", true},
		{"The drone struck a car near Ankara on Monday.", "Ankara", false},
		{"Residents of Tehran said nothing.", "Tehran", false},
	})
}

func TestCapitalVoicePlace(t *testing.T) {
	checkSpanRule(t, "capitalVoicePlace", capitalVoicePlace, []spanCase{
		{"Two officials said Washington believed the militia had fired the rockets.", "Washington", true},
		{"Moscow denied that its aircraft had flown over the town.", "Moscow", true},
		{"Ankara has blamed the group for the bombing.", "Ankara", true},
		{"Residents of Damascus said the blasts shook their windows.", "Damascus", false},
		{"A drone struck a car in Baghdad on Monday.", "Baghdad", false},
		{"Baghdad airport was hit by two rockets.", "Baghdad", false},
	})
}

// TestLaunchBearing checks that a bearing after "from" is where the
// weapons came from, not where they fell.
func TestLaunchBearing(t *testing.T) {
	e := gazExtractor(t)
	tests := []struct {
		text string
		want bool
	}{
		{"The rockets were fired from boats west of the port city of Tartus.", true},
		{"The drones came from the desert south-east of Homs.", true},
		{"Jets struck a depot west of Homs.", false},
		{"Shells from the army hit a school in Homs.", false},
	}
	for _, tt := range tests {
		ls := e.places.Locate(tt.text, nil)
		if len(ls) == 0 {
			t.Fatalf("%q: no place", tt.text)
		}
		if got := launchBearing(tt.text, ls[len(ls)-1]); got != tt.want {
			t.Errorf("launchBearing(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestAsideWordRules checks the look-backs that make a place a hospital's
// town, a government blamed or a country named as an institution's.
func TestAsideWordRules(t *testing.T) {
	cases := []struct {
		name, text, place string
		rule              func(text string, start int) bool
		want              bool
	}{
		{"taken to a hospital", "The wounded were taken to a hospital in Dohuk.", "Dohuk", careBefore, true},
		{"died in the regional hospital", "She died on Monday in the regional hospital in Sumy.", "Sumy", careBefore, true},
		{"a strike on a hospital", "Jets struck a hospital in Dohuk.", "Dohuk", careBefore, false},
		{"blame lies in a capital", "Blame for the raid lies in Tehran, he said.", "Tehran", blameLiesIn, true},
		{"a town lying in a province", "The village lies in Idlib province.", "Idlib", blameLiesIn, false},
		{"a country's government", "The trucks were cleared by all parties, including the Government of Yemen.", "Yemen", bodyOf, true},
		{"a country's north", "Jets struck a depot in the north of Yemen.", "Yemen", bodyOf, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.rule(c.text, strings.Index(c.text, c.place)); got != c.want {
				t.Errorf("%q: got %v, want %v", c.text, got, c.want)
			}
		})
	}
}

func TestTimeZone(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Two jets struck the airfield at 03:40 Moscow time with six missiles.", "Moscow", true},
		{"The rockets fell at 9 p.m. Baghdad time.", "Baghdad", true},
		{"The drone struck a car near Ankara on Monday.", "Ankara", false},
		{"Officials in Baghdad timed the announcement for the evening.", "Baghdad", false},
	}
	for _, tt := range tests {
		start := strings.Index(tt.text, tt.name)
		if got := timeZone(tt.text, start+len(tt.name)); got != tt.want {
			t.Errorf("timeZone(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

func TestBaseCode(t *testing.T) {
	for name, want := range map[string]string{
		"T4 air base": "T4", "the H-3 airfield": "H-3", "T4 airport": "T4",
		"Tiyas air base": "", "Shayrat airfield": "", "F-150 airport": "", "4 air base": "",
	} {
		if got := baseCode(name); got != want {
			t.Errorf("baseCode(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestBaseCodeMentions: a base's bare code after its full name is the
// base, once per mention however often the full name comes back, and not
// inside a longer code or a mention the gazetteer already has.
func TestBaseCodeMentions(t *testing.T) {
	text := "Jets hit the T4 air base. Drones struck T4 again, and the T4 air base was hit. T40 and T4-class are not it; T4 is."
	located := []gazetteer.Located{}
	for from := 0; ; {
		k := strings.Index(text[from:], "the T4 air base")
		if k < 0 {
			break
		}
		located = append(located, gazetteer.Located{Start: from + k, End: from + k + len("the T4 air base")})
		from += k + 1
	}
	var got []string
	for _, l := range baseCodeMentions(text, located) {
		got = append(got, fmt.Sprintf("%d:%s", l.Start, text[l.Start:l.End]))
	}
	want := []string{"9:the T4 air base", "40:T4", "54:the T4 air base", "108:T4"}
	if !slices.Equal(got, want) {
		t.Errorf("baseCodeMentions = %v, want %v", got, want)
	}
}

// TestCoverIndex: the index answers as coveredBy does, over nested and
// overlapping places, and over places not sorted by start.
func TestCoverIndex(t *testing.T) {
	span := func(s, e int) gazetteer.Located { return gazetteer.Located{Start: s, End: e} }
	for _, located := range [][]gazetteer.Located{
		{span(0, 20), span(3, 6), span(8, 12), span(30, 34)},
		{span(5, 9), span(6, 7), span(10, 25), span(12, 14)},
		{span(30, 34), span(0, 20), span(8, 12)},
		{},
	} {
		c := newCoverIndex(located)
		for start := 0; start < 36; start++ {
			for end := start + 1; end <= 36; end++ {
				if got, want := c.covers(start, end), coveredBy(located, start, end); got != want {
					t.Errorf("%v: covers(%d, %d) = %v, coveredBy %v", located, start, end, got, want)
				}
			}
		}
	}
}

func TestInAnswerClause(t *testing.T) {
	checkSpanRule(t, "inAnswerClause", func(text string, start, _ int) bool { return inAnswerClause(text, start) }, []spanCase{
		{"Jets bombed depots near Hama in retaliation for the rocket attack on Haifa.", "Haifa", true},
		{"The army shelled the hills in response to mortar fire on Sunday.", "Sunday", true},
		{"The group fired rockets in revenge for the killing of its commander in Beirut.", "Beirut", true},
		{"In response to the attacks, jets struck Abu Kamal on Friday.", "Abu Kamal", false},
		{"In response to the attacks, jets struck Abu Kamal on Friday.", "Friday", false},
		{"Jets bombed depots near Hama in retaliation for attacks.", "Hama", false},
		{"These raids are in response to the bombing of Aug. 26 at the gate of the airport.", "Aug. 26", false},
	})
}

// TestLaunchedFrom checks that a town "from" introduces after a verb of
// launching is the launch site.
func TestLaunchedFrom(t *testing.T) {
	e := gazExtractor(t)
	tests := []struct {
		text, town string
		want       bool
	}{
		{"The navy fired cruise missiles from Tartus at rebel depots.", "Tartus", true},
		{"The drones were launched from Qamishli overnight.", "Qamishli", true},
		{"Families fleeing from Raqqa were hit on the road.", "Raqqa", false},
		{"Fighters from Raqqa attacked the post, and the army fired back.", "Raqqa", false},
	}
	for _, tt := range tests {
		var got *bool
		for _, l := range e.places.Locate(tt.text, nil) {
			if tt.text[l.Start:l.End] == tt.town {
				v := launchedFrom(tt.text, l)
				got = &v
			}
		}
		if got == nil {
			t.Fatalf("%q: %s not located", tt.text, tt.town)
		}
		if *got != tt.want {
			t.Errorf("launchedFrom(%q, %s) = %v, want %v", tt.text, tt.town, *got, tt.want)
		}
	}
}

func TestCalendarMonth(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"The guards said the raids began on Sunday, 3 Mehr 1401, at dawn.", "Mehr", true},
		{"Statement issued on 14 Aban 1398 by the command.", "Aban", true},
		{"Three drones struck 2 Mosul 19 times.", "Mosul", false},
		{"The 12 Mosul residents were killed in 2017.", "Mosul", false},
		{"Shells hit Mosul 2017 and Tikrit.", "Mosul", false},
		{"Jets struck near Mosul on 3 March 2017.", "Mosul", false},
	}
	for _, tt := range tests {
		start := strings.Index(tt.text, tt.name)
		if got := calendarMonth(tt.text, start, start+len(tt.name)); got != tt.want {
			t.Errorf("calendarMonth(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

// TestBearingLocatesFramed checks that a town written with a bearing after
// an unknown framed name and its appositive only locates that name, and
// that an unnamed site a bearing places is told apart from a named place.
func TestBearingLocatesFramed(t *testing.T) {
	e := gazExtractor(t)
	for text, want := range map[string]string{
		"Troops raided hideouts in al-Kashran, a rugged area of caves and dry gullies on the boundary of two provinces, east of Tikrit, on Sunday.": "al-Kashran",
		"Troops raided hideouts north of Tikrit on Sunday.": "Tikrit",
	} {
		if got := pickPlace(text, e.places.Locate(text, nil)); got.Name != want {
			t.Errorf("pickPlace(%q) = %q, want %q", text, got.Name, want)
		}
	}
	for text, want := range map[string]bool{
		"Bombs fell on a farm west of the Tikrit district.": true,
		"Bombs fell on a farm 12 km west of Tikrit.":        false, // a stated distance places the site itself
		"Bombs fell on the airport west of Tikrit.":         false,
	} {
		pl := e.places.Locate(text, nil)
		if got := unnamedSiteBearing(text, pl, pickPlace(text, pl)); got != want {
			t.Errorf("unnamedSiteBearing(%q) = %v, want %v", text, got, want)
		}
	}
}
