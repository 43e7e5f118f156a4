package gazetteer

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cputime"
	"github.com/crosscheck/crosscheck/internal/model"
)

// loadDefault parses the embedded data once per test binary (about a
// second); tests must not Add to it.
var loadDefault = sync.OnceValues(Default)

func testGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := loadDefault()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return g
}

func TestKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"al-Fallujah", "Falluja"},
		{"Fallūjah", "FALLUJAH"},
		{"Ar Raqqah", "Raqqa"},
		{"Boukamal", "Bukamal"},
		{"Shadaddi", "Shaddadi"},
		{"Ba'aj", "Al Ba‘āj"},
		{"Deir ez-Zor", "Deir al-Zor"},
		{"الفلوجة", "بالفلوجة"},
		{"إدلب", "ادلب"},
		// The generic first words of Arabic place names.
		{"Maaret Misrin", "Ma'arat Misrin"},
		{"Maarrat Misrin", "Maarat Misrin"},
		{"Tell Abyad", "Tal Abyad"},
		{"Ayn Issa", "Ain Issa"},
		{"Kfar Nabl", "Kafr Nabl"},
		{"Khirbet Ghazaleh", "Khirbat Ghazaleh"},
	}
	for _, tt := range tests {
		if ka, kb := Key(tt.a), Key(tt.b); ka != kb || ka == "" {
			t.Errorf("Key(%q) = %q, Key(%q) = %q; want equal", tt.a, ka, tt.b, kb)
		}
	}
	if Key("Iraq's") != "iraq s" {
		t.Errorf("Key(\"Iraq's\") = %q: a possessive must end the word", Key("Iraq's"))
	}
}

// want is one expected mention: the text as written, the canonical name,
// country, relation and precision.
type want struct {
	text, name, country, relation, precision string
}

func TestLocate(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		name string
		text string
		hint []string
		want []want
	}{
		{"relation southwest of", "The coalition destroyed 55 trucks southwest of Fallujah.", nil,
			[]want{{"Fallujah", "Fallujah", "IQ", "southwest of", model.PlaceTown}}},
		{"distance in miles", "Jets struck 12 miles south of Mosul on Tuesday.", nil,
			[]want{{"Mosul", "Mosul", "IQ", "12 miles south of", model.PlaceTown}}},
		{"distance in km, hyphenated direction", "A drone hit a car 30 km north-east of Ramadi.", nil,
			[]want{{"Ramadi", "Ramadi", "IQ", "30 km northeast of", model.PlaceTown}}},
		{"two-word direction", "Fighting flared north west of Tikrit.", nil,
			[]want{{"Tikrit", "Tikrit", "IQ", "northwest of", model.PlaceTown}}},
		{"a part of a place is no bearing", "Shells fell in the north west of Tikrit.", nil,
			[]want{{"Tikrit", "Tikrit", "IQ", "in", model.PlaceTown}}},
		{"heading for a part of a place", "The jets flew towards the east of Tikrit.", nil,
			[]want{{"Tikrit", "Tikrit", "IQ", "toward", model.PlaceTown}}},
		{"near, with article", "Clashes erupted near al-Bukamal overnight.", nil,
			[]want{{"al-Bukamal", "Abu Kamal", "SY", "near", model.PlaceTown}}},
		{"a provincial capital by its wire spelling, no country named", "A car bomb exploded in Suwayda on Wednesday.", nil,
			[]want{{"Suwayda", "Sweida", "SY", "in", model.PlaceTown}}},
		{"outside", "A strike outside Baghdad killed four.", nil,
			[]want{{"Baghdad", "Baghdad", "IQ", "outside", model.PlaceTown}}},
		{"outskirts", "Shelling on the outskirts of Raqqa continued.", nil,
			[]want{{"Raqqa", "Raqqa", "SY", "on the outskirts of", model.PlaceTown}}},
		{"town of", "The raid hit the Syrian town of Hajin.", nil,
			[]want{{"Hajin", "Hajin", "SY", "", model.PlaceTown}}},
		{"in X province", "Militants regrouped in Anbar province.", nil,
			[]want{{"Anbar", "Anbar", "IQ", "in", model.PlaceProvince}}},
		{"province named like its capital", "Strikes in Deir ez-Zor province hit oil wells.", nil,
			[]want{{"Deir ez-Zor", "Deir ez-Zor", "SY", "in", model.PlaceProvince}}},
		{"province of X", "Government troops fought in the province of Anbar.", nil,
			[]want{{"Anbar", "Anbar", "IQ", "in", model.PlaceProvince}}},
		{"spellings fold", "From Falluja to al-Fallujah and Fallouja.", nil,
			[]want{{"Falluja", "Fallujah", "IQ", "from", model.PlaceTown},
				{"al-Fallujah", "Fallujah", "IQ", "", model.PlaceTown},
				{"Fallouja", "Fallujah", "IQ", "", model.PlaceTown}}},
		{"Abu Kamal spellings", "Boukamal, Albu Kamal and Abu Kamal are one town.", nil,
			[]want{{"Boukamal", "Abu Kamal", "SY", "", model.PlaceTown},
				{"Albu Kamal", "Abu Kamal", "SY", "", model.PlaceTown},
				{"Abu Kamal", "Abu Kamal", "SY", "", model.PlaceTown}}},
		{"Heri and Hari", "Coalition jets struck al-Heri.", nil,
			[]want{{"al-Heri", "al-Hari", "SY", "", model.PlaceTown}}},
		{"Shadaddi", "• Near Shadaddi, one strike engaged a Daesh tactical unit.", nil,
			[]want{{"Shadaddi", "Shaddadi", "SY", "near", model.PlaceTown}}},
		{"Ar Raqqah", "Ar Raqqah was shelled.", nil,
			[]want{{"Ar Raqqah", "Raqqa", "SY", "", model.PlaceTown}}},
		{"Arabic", "غارة جوية قرب الفلوجة وفي الرقة", nil,
			[]want{{"الفلوجة", "Fallujah", "IQ", "", model.PlaceTown},
				{"الرقة", "Raqqa", "SY", "", model.PlaceTown}}},
		{"Arabic conjunction", "قصف في دير الزور والبوكمال وهجين", nil,
			[]want{{"دير الزور", "Deir ez-Zor", "SY", "", model.PlaceTown},
				{"والبوكمال", "Abu Kamal", "SY", "", model.PlaceTown},
				{"وهجين", "Hajin", "SY", "", model.PlaceTown}}},
		{"hit the verb, Hit the town", "Coalition jets hit a convoy in Hit, west of Ramadi.", nil,
			[]want{{"Hit", "Hit", "IQ", "in", model.PlaceTown},
				{"Ramadi", "Ramadi", "IQ", "west of", model.PlaceTown}}},
		{"stop words", "On Friday in June the Islamic State claimed Victory and Mercy.", nil, nil},
		{"a small town written with its country", "Drones struck near Adale, Somalia, before dawn.", nil,
			[]want{{"Adale", "Cadale", "SO", "near", model.PlaceTown},
				{"Somalia", "Somalia", "SO", "", model.PlaceCountry}}},
		{"a continent is no town", "Africa Command said Europe and Asia were not involved.", nil, nil},
		{"south Lebanon villages of the supplement", "Shells fell on Khiyam and near Kfar Remen.", []string{"LB"},
			[]want{{"Khiyam", "Khiam", "LB", "", model.PlaceTown},
				{"Kfar Remen", "Kfar Rumman", "LB", "near", model.PlaceTown}}},
		{"south Lebanese towns in their usual spelling, and a north Idlib border town",
			"Jets hit a building in Nabatieh, a car near Bint Jbeil and a camp outside Atmeh.", nil,
			[]want{{"Nabatieh", "Nabatieh", "LB", "in", model.PlaceTown},
				{"Bint Jbeil", "Bint Jbeil", "LB", "near", model.PlaceTown},
				{"Atmeh", "Atmeh", "SY", "outside", model.PlaceTown}}},
		{"Euphrates villages of the supplement", "Jets struck near Shaafa and in al-Susah.", nil,
			[]want{{"Shaafa", "Shaafa", "SY", "near", model.PlaceTown},
				{"al-Susah", "Susah", "SY", "in", model.PlaceTown}}},
		{"a drone's maker is no place", "A Bayraktar drone hit the car.", nil, nil},
		{"a figure in number words is no place", "Forty-Two died and Twenty-one were hurt.", nil, nil},
		{"Syrian towns of the supplement", "Jets hit a clinic in Afrin, a bakery in Hammuriyah and a depot near Qusayr.", nil,
			[]want{{"Afrin", "Afrin", "SY", "in", model.PlaceTown},
				{"Hammuriyah", "Hamouria", "SY", "in", model.PlaceTown},
				{"Qusayr", "al-Qusayr", "SY", "near", model.PlaceTown}}},
		{"a Kurdistan border town of the supplement", "A drone hit a car on the road outside Sidekan.", nil,
			[]want{{"Sidekan", "Sidakan", "IQ", "outside", model.PlaceTown}}},
		{"a Ukrainian town in its Ukrainian transliteration", "Missiles hit a school in Balakliia.", nil,
			[]want{{"Balakliia", "Balakliia", "UA", "in", model.PlaceTown}}},
		{"a Somali coastal town of the supplement", "The raid near Brava killed two.", nil,
			[]want{{"Brava", "Barawe", "SO", "near", model.PlaceTown}}},
		{"a capital's airport of the supplement", "Rockets fell near Hamid Karzai International Airport at dawn.", nil,
			[]want{{"Hamid Karzai International Airport", "Hamid Karzai International Airport", "AF", "near", model.PlacePoint}}},
		{"a Russian air base of the supplement", "Drones attacked the air base at Hmeimim on Saturday.", nil,
			[]want{{"Hmeimim", "Khmeimim", "SY", "at", model.PlacePoint}}},
		{"a Red Sea port of the supplement", "Warships shelled the oil port of Ras Issa.", nil,
			[]want{{"Ras Issa", "Ras Isa", "YE", "", model.PlacePoint}}},
		{"Sahel and Libyan towns of the supplement", "Raids near Banibangou, Boni and Kufra.", nil,
			[]want{{"Banibangou", "Banibangou", "NE", "near", model.PlaceTown},
				{"Boni", "Boni", "ML", "", model.PlaceTown},
				{"Kufra", "Kufra", "LY", "", model.PlaceTown}}},
		{"a Golan town whose first word names other towns", "A rocket hit a football pitch in Majdal Shams on Saturday.", nil,
			[]want{{"Majdal Shams", "Majdal Shams", "SY", "in", model.PlaceTown}}},
		{"desert towns and an oilfield of the supplement", "Bombers struck depots near Akashat and Jalula; drones hit the Khurais oilfield.", nil,
			[]want{{"Akashat", "Akashat", "IQ", "near", model.PlaceTown},
				{"Jalula", "Jalawla", "IQ", "", model.PlaceTown},
				{"Khurais oilfield", "Khurais", "SA", "", model.PlacePoint}}},
		{"a shrine town south of the capital, under two spellings", "A strike hit a house in Sayyida Zeinab; mourners gathered in Sayyidah Zaynab.", nil,
			[]want{{"Sayyida Zeinab", "Sayyida Zeinab", "SY", "in", model.PlaceTown},
				{"Sayyidah Zaynab", "Sayyida Zeinab", "SY", "in", model.PlaceTown}}},
		{"the old quarter of a provincial capital, named apart from its city", "Mortar rounds fell on homes in Daraa al-Balad before dawn.", nil,
			[]want{{"Daraa al-Balad", "Daraa al-Balad", "SY", "in", model.PlaceDistrict}}},
		{"a summary line's opening word is no place", "Bottom line: a strike on an arms depot in Latakia. Key point: nobody died.", nil,
			[]want{{"Latakia", "Latakia", "SY", "in", model.PlaceTown}}},
		{"person names", "Pentagon spokesman Matthew Allen and President Obama spoke.", []string{"US"}, nil},
		{"titles", "Gen. Soleimani met Col. Garver.", nil, nil},
		// Sentences written for these rules: a town abroad that a name's
		// other words show to be a person, a people or a body is no place.
		{"a town's name after an article-joined word is a longer name", "Rockets were fired from the orchards of al-Bu Hassan, east of the base.", []string{"IQ"}, nil},
		{"a person with an age in apposition", "Rescuers found Hassan, a 12-year-old shepherd, under the rubble.", []string{"SY"}, nil},
		{"a tribe named like a town abroad", "Elders of the Obeid tribe buried the dead near Hawija.", []string{"IQ"},
			[]want{{"Hawija", "Hawija", "IQ", "near", model.PlaceTown}}},
		{"a charity named like a town abroad", "A spokesman for Highland Water Trust said two drivers died.", []string{"AF"}, nil},
		{"a relief society's name", "Trucks of the Syrian Arab Red Crescent were burned.", []string{"SY"}, nil},
		{"a stop word and a lower-case word are no name", "The mission regrets the loss of life.", []string{"UA"}, nil},
		// A lone town abroad yields to a namesake in a country the
		// document names; a mention of the United States does not make a
		// village of its the Geneva where reporters were briefed.
		{"namesake in the hinted country", "Witnesses said dozens died in the school at al-Mansoura overnight.", []string{"SY"},
			[]want{{"al-Mansoura", "Al Mansurah", "SY", "at", model.PlaceTown}}},
		{"the English name of a city abroad", "U.S. officials spoke to reporters in Geneva on Monday.", []string{"SY"},
			[]want{{"U.S", "United States", "US", "", model.PlaceCountry}, {"Geneva", "Geneva", "CH", "in", model.PlaceTown}}},
		{"a Kurdish town name in a report on Syria", "Turkish jets struck villages near Derik and Qamishli in Syria.", []string{"SY", "TR"},
			[]want{{"Derik", "al-Malikiyah", "SY", "near", model.PlaceTown}, {"Qamishli", "Qamishli", "SY", "", model.PlaceTown}, {"Syria", "Syria", "SY", "in", model.PlaceCountry}}},
		{"acronyms", "IS fighters fled, AP reported.", nil, nil},
		{"demonyms are hints, not places", "Iraqi and Syrian forces advanced.", nil, nil},
		{"back reference", "Jets struck near Fallujah. Another 120 vehicles were hit east of the city.", nil,
			[]want{{"Fallujah", "Fallujah", "IQ", "near", model.PlaceTown},
				{"the city", "Fallujah", "IQ", "east of", model.PlaceTown}}},
		{"a gulf named after a town is a sea", "Warships in the Gulf of Aden shadowed the tanker while jets struck near Mosul.", nil,
			[]want{{"Mosul", "Mosul", "IQ", "near", model.PlaceTown}}},
		{"back reference skips a government's seat", "Jets struck near Ramadi, the government in Baghdad said, and a bridge east of the city was hit.", nil,
			[]want{{"Ramadi", "Ramadi", "IQ", "near", model.PlaceTown}, {"Baghdad", "Baghdad", "IQ", "in", model.PlaceTown},
				{"the city", "Ramadi", "IQ", "east of", model.PlaceTown}}},
		{"the city of X is X", "Strikes hit Fallujah and 120 vehicles east of the city of Ramadi.", nil,
			[]want{{"Fallujah", "Fallujah", "IQ", "", model.PlaceTown},
				{"Ramadi", "Ramadi", "IQ", "east of", model.PlaceTown}}},
		{"base is a point", "The coalition did not strike near Camp Taji.", nil,
			[]want{{"Camp Taji", "Camp Taji", "IQ", "near", model.PlacePoint}}},
		{"dam is a point", "A drone struck a convoy near the Tishreen Dam.", nil,
			[]want{{"Tishreen Dam", "Tishrin Dam", "SY", "near", model.PlacePoint}}},
		{"base alias", "Missiles hit Ain al-Asad air base.", nil,
			[]want{{"Ain al-Asad air base", "Al Asad Air Base", "IQ", "", model.PlacePoint}}},
		{"airbase by its code", "Missiles hit the T4 airbase before dawn.", nil,
			[]want{{"T4 airbase", "Tiyas", "SY", "", model.PlacePoint}}},
		{"operation codename is no place", "Operation Hamilton: jets struck depots in Syria.", nil,
			[]want{{"Syria", "Syria", "SY", "in", model.PlaceCountry}}},
		{"country", "Strikes continued in Syria.", nil,
			[]want{{"Syria", "Syria", "SY", "in", model.PlaceCountry}}},
		{"U.S.", "U.S. aircraft took part.", nil,
			[]want{{"U.S", "United States", "US", "", model.PlaceCountry}}},
		{"title-case headline", "Airstrike Hits Convoy Near Fallujah\n\nText.", nil,
			[]want{{"Fallujah", "Fallujah", "IQ", "near", model.PlaceTown}}},
		{"curated missing places", "Convoys left Amiriyat al-Fallujah for Lake Tharthar and Baghuz.", nil,
			[]want{{"Amiriyat al-Fallujah", "Amiriyat al-Fallujah", "IQ", "", model.PlaceTown},
				{"Lake Tharthar", "Lake Tharthar", "IQ", "", model.PlaceDistrict},
				{"Baghuz", "Baghuz", "SY", "", model.PlaceTown}}},
		// Disambiguation.
		{"Taji without context", "A strike near Taji.", nil,
			[]want{{"Taji", "Taji", "IQ", "near", model.PlaceTown}}},
		{"Tripoli by population", "Fighting in Tripoli.", nil,
			[]want{{"Tripoli", "Tripoli", "LY", "in", model.PlaceTown}}},
		{"Tripoli by hint", "Fighting in Tripoli.", []string{"LB"},
			[]want{{"Tripoli", "Tripoli", "LB", "in", model.PlaceTown}}},
		{"Tripoli by a nearby place", "Fighting in Beirut spread to Tripoli.", nil,
			[]want{{"Beirut", "Beirut", "LB", "in", model.PlaceTown},
				{"Tripoli", "Tripoli", "LB", "", model.PlaceTown}}},
		{"Tripoli by the country named", "Fighting in Tripoli, Lebanon.", nil,
			[]want{{"Tripoli", "Tripoli", "LB", "in", model.PlaceTown},
				{"Lebanon", "Lebanon", "LB", "", model.PlaceCountry}}},
		// The spelling: "Samarra" spells the Iraqi town's main name, not
		// Samara's (Russia, seven times bigger), though both fold to one key.
		{"Samarra by its spelling", "Clashes near Samarra.", nil,
			[]want{{"Samarra", "Samarra'", "IQ", "near", model.PlaceTown}}},
		{"Palmyra is Tadmur", "Russian jets struck near Palmyra.", nil,
			[]want{{"Palmyra", "Palmyra", "SY", "near", model.PlaceTown}}},
		{"Washington is the capital", "Officials in Washington denied it.", nil,
			[]want{{"Washington", "Washington, D.C.", "US", "in", model.PlaceTown}}},
		// Places the supplement adds or names.
		{"Badush", "A car bomb hit troops near Badush, north-west of Mosul.", nil,
			[]want{{"Badush", "Badush", "IQ", "near", model.PlaceTown},
				{"Mosul", "Mosul", "IQ", "northwest of", model.PlaceTown}}},
		{"al-Kasrat", "Jets hit the pumping station in the village of al-Kasrat.", nil,
			[]want{{"al-Kasrat", "al-Kasrat", "SY", "in", model.PlaceTown}}},
		{"Qamishlo", "A drone struck a car in Qamishlo.", nil,
			[]want{{"Qamishlo", "Qamishli", "SY", "in", model.PlaceTown}}},
		{"Maarat Misrin spellings", "Shells fell on Maarat Misreen, Maaret Misrin and Ma'arat Misrin.", nil,
			[]want{{"Maarat Misreen", "Maarat Misrin", "SY", "", model.PlaceTown},
				{"Maaret Misrin", "Maarat Misrin", "SY", "", model.PlaceTown},
				{"Ma'arat Misrin", "Maarat Misrin", "SY", "", model.PlaceTown}}},
		// "countryside of": the province named like the town, if any.
		{"countryside of a province", "Jets hit tankers south of al-Bukamal, in the eastern countryside of Deir Ezzor.", nil,
			[]want{{"al-Bukamal", "Abu Kamal", "SY", "south of", model.PlaceTown},
				{"Deir Ezzor", "Deir ez-Zor", "SY", "in", model.PlaceProvince}}},
		{"countryside of a town", "A drone hit a farm in Manbij countryside, near Hajin.", nil,
			[]want{{"Manbij", "Manbij", "SY", "in", model.PlaceTown},
				{"Hajin", "Hajin", "SY", "near", model.PlaceTown}}},
		// A province's name before a word for its wide area.
		{"zone after a province's name", "Jets bombed hills in the Hama de-escalation zone on Friday.", nil,
			[]want{{"Hama", "Hama", "SY", "in", model.PlaceProvince}}},
		{"desert after a province's name", "Gunmen ambushed a patrol in the Homs desert.", nil,
			[]want{{"Homs", "Homs", "SY", "in", model.PlaceProvince}}},
		{"an ordinal in a unit's name is no place", "A colonel of the Fourth Armoured Brigade was wounded.", nil, nil},
		// Names of people and groups.
		{"a name before the article", "Hayat Tahrir al-Sham fighters attacked near al-Qaim.", nil,
			[]want{{"al-Qaim", "Al-Qaim", "IQ", "near", model.PlaceTown}}},
		{"a title's full stop starts no sentence", "Maj. Gen. Carl Whitfield said the strike was a response.", []string{"US"}, nil},
		// A lone word that only an alternate name of a town abroad matches
		// supports nothing by itself.
		{"lone alternate name", "Residents of the al-Jura district told reporters.", []string{"SY"}, nil},
		{"lone alternate name, no hint", "Drone strikes on vehicles have become regular.", nil, nil},
		{"lone main name of several words", "Shelling hit Tal Tamr.", nil,
			[]want{{"Tal Tamr", "Tall Tamr", "SY", "", model.PlaceTown}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := g.Locate(tt.text, tt.hint)
			if len(got) != len(tt.want) {
				t.Fatalf("Locate(%q) = %d places, want %d:\n%s", tt.text, len(got), len(tt.want), describe(tt.text, got))
			}
			for i, w := range tt.want {
				l := got[i]
				if span := tt.text[l.Start:l.End]; span != w.text || l.Place.Name != w.name ||
					l.Where.Country != w.country || l.Where.Relation != w.relation || l.Where.Precision != w.precision {
					t.Errorf("Locate(%q)[%d] = %q %s/%s %q %s, want %q %s/%s %q %s", tt.text, i,
						span, l.Place.Name, l.Where.Country, l.Where.Relation, l.Where.Precision,
						w.text, w.name, w.country, w.relation, w.precision)
				}
				if l.Where.Lat == nil || l.Where.Lon == nil {
					t.Errorf("Locate(%q)[%d]: no coordinates", tt.text, i)
				}
			}
		})
	}
}

// TestNamesakeMovedToItsAnchor checks that a town an appositive puts by a
// place of another country, far away, is taken for an unknown namesake
// there, and that an operation's name is no town abroad.
func TestNamesakeMovedToItsAnchor(t *testing.T) {
	g := testGazetteer(t)
	text := "Jets bombed a depot near Maysalun, on the edge of Deir ez-Zor city, after drone attacks on bases in Gaza and Syria."
	got := g.Locate(text, nil)
	var x, y *Located
	for i := range got {
		switch text[got[i].Start:got[i].End] {
		case "Maysalun":
			x = &got[i]
		case "Deir ez-Zor":
			y = &got[i]
		}
	}
	if x == nil || y == nil {
		t.Fatalf("Locate(%q):\n%s want Maysalun and Deir ez-Zor", text, describe(text, got))
	}
	if d := distanceKm(*x.Where.Lat, *x.Where.Lon, *y.Where.Lat, *y.Where.Lon); d > 1 || x.Where.Country != "SY" {
		t.Errorf("Maysalun at %.0f km from Deir ez-Zor in %s, want at it in SY", d, x.Where.Country)
	}
	// The same country: a loose appositive, not a namesake.
	text = "Shelling hit Palmyra, north-east of Damascus, on Monday."
	for _, l := range g.Locate(text, nil) {
		if text[l.Start:l.End] == "Palmyra" && *l.Where.Lon < 37.5 {
			t.Errorf("Palmyra moved to %v,%v", *l.Where.Lat, *l.Where.Lon)
		}
	}
	text = "Artillery hit targets in the Tel Rifat region, which faces the Euphrates Shield and Olive Branch regions."
	for _, l := range g.Locate(text, nil) {
		if l.Where.Country != "SY" {
			t.Errorf("Locate(%q): %s in %s, want only Syrian places", text, text[l.Start:l.End], l.Where.Country)
		}
	}
}

// TestUnknownNamePlacedByItsInnerTown checks that an unknown name a bare
// bearing locates ("X Hawija, south-west of Kirkuk") takes the known town
// its later words name, and keeps the anchor's place when the bearing
// states a distance.
func TestUnknownNamePlacedByItsInnerTown(t *testing.T) {
	g := testGazetteer(t)
	cases := []struct {
		text    string
		wantLon float64 // about: Hawija 43.77, Kirkuk 44.39
	}{
		{"Militants ambushed a patrol in the village of Jazirat Hawija, south-west of Kirkuk, on Tuesday.", 43.77},
		{"Militants ambushed a patrol in the village of Jazirat Hawija, 8 km south-west of Kirkuk, on Tuesday.", 44.33},
	}
	for _, c := range cases {
		found := false
		for _, l := range g.Locate(c.text, []string{"IQ"}) {
			if c.text[l.Start:l.End] != "Jazirat Hawija" {
				continue
			}
			found = true
			if l.Where.Lon == nil || math.Abs(*l.Where.Lon-c.wantLon) > 0.1 {
				t.Errorf("Locate(%q): Jazirat Hawija at lon %v, want about %v", c.text, l.Where.Lon, c.wantLon)
			}
		}
		if !found {
			t.Errorf("Locate(%q): no Jazirat Hawija", c.text)
		}
	}
}

func describe(text string, ls []Located) string {
	var b strings.Builder
	for _, l := range ls {
		b.WriteString("  " + text[l.Start:l.End] + " -> " + l.Where.Name + "/" + l.Where.Country + " " + l.Where.Relation + " " + l.Where.Precision + "\n")
	}
	return b.String()
}

// TestLocateSpelling checks that a town keeps the report's spelling, while a
// dateline's capitals, other scripts and provinces take the gazetteer's name.
func TestLocateSpelling(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct{ text, want string }{
		{"Shells fell on Maaret Misrin at dawn.", "Maaret Misrin"},
		{"Jets struck near al-Fallujah.", "al-Fallujah"},
		{"BOUKAMAL, Syria - Jets struck the town.", "Abu Kamal"},
		{"Jets struck the town of الفلوجة at dawn.", "Fallujah"},
		{"Jets struck targets in Anbar province.", "Anbar"},
	}
	for _, tt := range tests {
		got := g.Locate(tt.text, nil)
		if len(got) == 0 {
			t.Errorf("Locate(%q): no place", tt.text)
			continue
		}
		if got[0].Where.Name != tt.want {
			t.Errorf("Locate(%q)[0].Where.Name = %q, want %q", tt.text, got[0].Where.Name, tt.want)
		}
	}
}

func TestCountries(t *testing.T) {
	g := testGazetteer(t)
	got := g.Countries("Iraqi pilots said U.S. jets struck in Syria; Syrians and Iraqis fled.")
	if want := []string{"IQ", "US", "SY"}; !slices.Equal(got, want) {
		t.Errorf("Countries = %q, want %q", got, want)
	}
}

func TestLocateOffset(t *testing.T) {
	g := testGazetteer(t)
	got := g.Locate("Jets struck 20 km south of Mosul.", nil)
	if len(got) != 1 {
		t.Fatalf("got %d places, want 1", len(got))
	}
	mosul, _ := g.Lookup("Mosul", "IQ")
	dLat := mosul.Lat - *got[0].Where.Lat
	if math.Abs(dLat-20/111.32) > 0.01 || math.Abs(*got[0].Where.Lon-mosul.Lon) > 0.001 {
		t.Errorf("20 km south of Mosul: %.4f,%.4f; Mosul is %.4f,%.4f", *got[0].Where.Lat, *got[0].Where.Lon, mosul.Lat, mosul.Lon)
	}
	if got[0].Place.Lat != mosul.Lat {
		t.Errorf("Place must keep the town's own position")
	}
}

func TestLookup(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		name, country string
		wantName      string
		wantCountry   string
		wantPrecision string
	}{
		{"Falluja", "", "Fallujah", "IQ", model.PlaceTown},
		{"al-Raqqa", "SY", "Raqqa", "SY", model.PlaceTown},
		{"Taji", "IQ", "Taji", "IQ", model.PlaceTown},
		{"Tripoli", "", "Tripoli", "LY", model.PlaceTown},
		{"Tripoli", "lb", "Tripoli", "LB", model.PlaceTown},
		{"Iraq", "", "Iraq", "IQ", model.PlaceCountry},
		{"Anbar", "IQ", "Anbar", "IQ", model.PlaceProvince},
		{"Nineveh", "", "Nineveh", "IQ", model.PlaceProvince},
		{"Abukamal", "", "Abu Kamal", "SY", model.PlaceTown},
		{"Qayyarah West", "", "Qayyarah Airfield West", "IQ", model.PlacePoint},
		{"Samarra", "", "Samarra'", "IQ", model.PlaceTown},
		{"Palmyra", "", "Palmyra", "SY", model.PlaceTown},
		{"Washington", "", "Washington, D.C.", "US", model.PlaceTown},
		{"Tozkhurmato", "", "Tuz Khurmatu", "IQ", model.PlaceTown},
	}
	for _, tt := range tests {
		p, ok := g.Lookup(tt.name, tt.country)
		if !ok || p.Name != tt.wantName || p.Country != tt.wantCountry || p.Precision != tt.wantPrecision {
			t.Errorf("Lookup(%q, %q) = %+v, %v; want %s/%s %s", tt.name, tt.country, p, ok, tt.wantName, tt.wantCountry, tt.wantPrecision)
		}
	}
	for _, name := range []string{"Nowhereville", "", "Iraqi"} {
		if p, ok := g.Lookup(name, ""); ok {
			t.Errorf("Lookup(%q) = %+v, want none", name, p)
		}
	}
	if p, _ := g.Lookup("Fallujah", ""); p.Admin1 != "Anbar" {
		t.Errorf("Fallujah admin1 = %q, want Anbar", p.Admin1)
	}
}

func TestImportGeoNames(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "geonames_sample.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	places, alts, st, err := ImportGeoNames(f)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Stats{Read: 8, Imported: 4, Skipped: 1, Bad: 3}); st != want {
		t.Errorf("stats = %+v, want %+v", st, want)
	}
	if len(places) != 4 || places[0].Name != "Qaryat al Husayn" || places[3].Precision != model.PlacePoint {
		t.Errorf("places = %+v", places)
	}
	// Lower-case romanisations are dropped, Arabic kept.
	if got := alts[9900001]; strings.Join(got, "|") != "Husayn Village|قرية الحسين" {
		t.Errorf("alternate names = %q", got)
	}

	// A village known only from the import is found once added. A fresh
	// gazetteer: Add changes it.
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if got := g.Locate("A strike hit Tel Zuwaya near Abu Kamal.", nil); len(got) != 1 {
		t.Fatalf("before import: want only Abu Kamal:\n%s", describe("A strike hit Tel Zuwaya near Abu Kamal.", got))
	}
	g.Add(places, alts)
	got := g.Locate("A strike hit Tel Zuwaya near Abu Kamal.", nil)
	if len(got) != 2 || got[0].Place.ID != 9900002 || got[1].Where.Name != "Abu Kamal" {
		t.Fatalf("after import: %s", describe("A strike hit Tel Zuwaya near Abu Kamal.", got))
	}
}

func TestRelationBefore(t *testing.T) {
	tests := []struct {
		before string
		want   string
		km     float64
	}{
		{"struck near ", "near", 0},
		{"struck 12 miles south of ", "12 miles south of", 19.31},
		{"five kilometres east of ", "5 kilometres east of", 5}, // in digits, for the linker
		{"just outside of ", "outside", 0},
		{"in the vicinity of ", "near", 0},
		{"on the edge of ", "outside", 0},
		{"close to ", "near", 0},
		{"on the road between ", "near", 0}, // "between X and Y": near X
		{"heading towards ", "toward", 0},
		{"in northern ", "in", 0},
		{"said. ", "", 0},
		{"the convoy, ", "", 0},
		{"some 40 km north-north-west of ", "40 km north-north-west of", 40}, // a point between the eight
	}
	for _, tt := range tests {
		r := relationBefore(tt.before+"X", len(tt.before))
		if r.text != tt.want || math.Abs(r.km-tt.km) > 0.01 {
			t.Errorf("relationBefore(%q) = %q %.2f km, want %q %.2f km", tt.before, r.text, r.km, tt.want, tt.km)
		}
	}
}

func FuzzLocate(f *testing.F) {
	for _, s := range []string{
		"12 miles south of Mosul", "al-Bukamal", "east of the city", "U.S.", "in Anbar province",
		"الفلوجة", "Ba'aj's", "''", "al-", "of the city", "\xff\xfe", "A\u0301l-Fa\u0300llujah",
	} {
		f.Add(s)
	}
	g := testGazetteer(f)
	f.Fuzz(func(t *testing.T, text string) {
		last := -1
		for _, l := range g.Locate(text, []string{"IQ"}) {
			if l.Start < 0 || l.End > len(text) || l.Start >= l.End || l.Start < last {
				t.Fatalf("bad span %d:%d in %q", l.Start, l.End, text)
			}
			if l.Where.Lat == nil || l.Where.Name == "" {
				t.Fatalf("incomplete place %+v", l.Where)
			}
			last = l.Start
		}
	})
}

func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLocate reports MB/s over news-like documents: testdata/bench.txt
// (dense with places: one every ~60 bytes, four times the seeds) repeated
// into ~5 KB documents, 1 MB per iteration, one Locate call per document
// as the extractor makes them.
func BenchmarkLocate(b *testing.B) {
	g := testGazetteer(b)
	sample, err := os.ReadFile(filepath.Join("testdata", "bench.txt"))
	if err != nil {
		b.Fatal(err)
	}
	doc := strings.Repeat(string(sample)+"\n", 5000/len(sample)+1)
	docs := make([]string, 1<<20/len(doc)+1)
	total := 0
	for i := range docs {
		docs[i] = doc
		total += len(doc)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	start := cputime.Process()
	for b.Loop() {
		for _, d := range docs {
			g.Locate(d, []string{"IQ", "SY"})
		}
	}
	if cpu := (cputime.Process() - start).Seconds(); cpu > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/cpu, "MB/cpu-s")
	}
}

// TestLocateLongSentence: a 5 MB input without sentence breaks finishes in
// linear time.
func TestLocateLongSentence(t *testing.T) {
	if testing.Short() {
		t.Skip("5 MB input")
	}
	g := testGazetteer(t)
	text := strings.Repeat("militants near Fallujah and al-Bukamal ", 5<<20/39)
	got := g.Locate(text, nil)
	if len(got) != 2*(5<<20/39) {
		t.Errorf("got %d places, want %d", len(got), 2*(5<<20/39))
	}
	spaces := "Abu" + strings.Repeat(" ", 5<<20) + "Kamal"
	for _, l := range g.Locate(spaces, nil) {
		if l.Where.Name == "Abu Kamal" {
			t.Errorf("a name split by 5 MB of spaces matched: %q", spaces[l.Start:l.End][:10])
		}
	}
}

// TestLookupStrikePlaces checks that the places strike reports and the
// 2014–2016 CJTF-OIR releases name most resolve by name alone (no country
// given) to the right country, in the spellings the releases used.
func TestLookupStrikePlaces(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct{ name, country string }{
		// Iraq.
		{"Camp Taji", "IQ"}, {"Taji", "IQ"}, {"Amiriyat al-Fallujah", "IQ"},
		{"Tharthar Lake", "IQ"}, {"Lake Tharthar", "IQ"}, {"al-Qaim", "IQ"},
		{"Rawa", "IQ"}, {"Rawah", "IQ"}, {"Anah", "IQ"}, {"Hit", "IQ"},
		{"Haditha", "IQ"}, {"Baiji", "IQ"}, {"Bayji", "IQ"}, {"Hawija", "IQ"},
		{"Al Huwayjah", "IQ"}, {"Tal Afar", "IQ"}, {"Sinjar", "IQ"},
		{"Qayyarah", "IQ"}, {"Makhmour", "IQ"}, {"Makhmur", "IQ"}, {"Rutba", "IQ"},
		{"Ar Rutbah", "IQ"}, {"Amerli", "IQ"}, {"Zummar", "IQ"}, {"Amadiya", "IQ"}, {"Amedi", "IQ"},
		// Places of the releases missing from cities1000 (supplement).
		{"Kisik", "IQ"}, {"Sultan Abdallah", "IQ"}, {"Sultan Abdullah", "IQ"},
		{"Bashir", "IQ"}, {"Waleed", "IQ"}, {"Walweed", "IQ"},
		{"Al-Walid border crossing", "IQ"}, {"Kiske", "IQ"},
		// Syria.
		{"Baghuz", "SY"}, {"Hajin", "SY"}, {"Shaddadi", "SY"}, {"Shadaddi", "SY"},
		{"Al Shadaddi", "SY"}, {"Abu Kamal", "SY"}, {"Albu Kamal", "SY"},
		{"Mayadin", "SY"}, {"Manbij", "SY"}, {"Tabqa", "SY"}, {"Kobani", "SY"},
		{"Jarabulus", "SY"}, {"al-Bab", "SY"}, {"Palmyra", "SY"}, {"Dabiq", "SY"},
		{"Marea", "SY"}, {"Kiswah", "SY"}, {"Tal Jibbin", "SY"},
		{"Badush", "IQ"}, {"Tikrit", "IQ"}, {"al-Kasrat", "SY"}, {"Sarmada", "SY"},
		{"Qamishlo", "SY"}, {"Maarat Misreen", "SY"}, {"Ariha", "SY"}, {"Suwayda", "SY"},
		{"Rmelan", "SY"}, {"Rumeylan", "SY"}, {"Jdeidet Yabous", "SY"},
		// Lebanon.
		{"Masnaa crossing", "LB"}, {"al-Masnaa", "LB"},
		// Yemen and Libya.
		{"Mukalla", "YE"}, {"Hodeidah", "YE"}, {"Marib", "YE"},
		{"Sirte", "LY"}, {"Derna", "LY"},
		// Mali.
		{"Hombori", "ML"},
	}
	for _, tt := range tests {
		p, ok := g.Lookup(tt.name, "")
		if !ok || p.Country != tt.country {
			t.Errorf("Lookup(%q, \"\") = %s/%s (%v), want a place in %s", tt.name, p.Name, p.Country, ok, tt.country)
		}
	}
	// The bare given name is left out of the al-Walid crossing on purpose
	// (Walid al-Moallem, Walid Jumblatt): a curated place is always kept.
	if p, ok := g.Lookup("Walid", "IQ"); ok {
		t.Errorf("Lookup(\"Walid\", \"IQ\") = %+v, want none", p)
	}
}

// TestKinNameTailIsNoPlace checks that the word after a prefix of
// people's names ("Abu", "Umm") is not matched alone as a town: "Abu
// Rasin" is an unknown name, not Rasin abroad. A known name with the
// prefix is still found whole.
func TestKinNameTailIsNoPlace(t *testing.T) {
	g := testGazetteer(t)
	text := "Mortars fell on Abu Rasin and on farms outside Abu Kamal overnight."
	got := g.Locate(text, []string{"SY", "US"})
	for _, l := range got {
		if text[l.Start:l.End] == "Rasin" {
			t.Errorf("Locate(%q): matched Rasin alone (%s):\n%s", text, l.Where.Country, describe(text, got))
		}
	}
	if !slices.ContainsFunc(got, func(l Located) bool { return text[l.Start:l.End] == "Abu Kamal" }) {
		t.Errorf("Locate(%q): no Abu Kamal:\n%s", text, describe(text, got))
	}
}

// TestRemoteNamesakeIsUnknownName checks that a small town of a hinted
// country far from the theatre (hint[0]), which the text does not name,
// is read as a name the gazetteer does not know, and that naming the
// country in the text makes it the town again.
func TestRemoteNamesakeIsUnknownName(t *testing.T) {
	g := testGazetteer(t)
	text := "Mortar rounds fell on farms near Zirgan at dawn, the council said."
	got := g.Locate(text, []string{"SY", "TR", "RU"})
	if len(got) != 1 || got[0].Where.Name != "Zirgan" || !got[0].Framed || got[0].Where.Lat != nil {
		t.Errorf("Locate(%q) = \n%s want Zirgan unknown, unplaced", text, describe(text, got))
	}
	text = "Mortar rounds fell on farms near Zirgan in Russia at dawn."
	got = g.Locate(text, []string{"SY", "TR", "RU"})
	if len(got) == 0 || got[0].Where.Country != "RU" || got[0].Framed {
		t.Errorf("Locate(%q) = \n%s want Zirgan, RU", text, describe(text, got))
	}
}

// TestStatedAgeNamesAPerson checks that a name abroad with an age stated
// of it ("X was 17.") is a person, while a town of the theatre keeps its
// place before the same words.
func TestStatedAgeNamesAPerson(t *testing.T) {
	g := testGazetteer(t)
	text := "\"Hasan was 16. He was herding sheep,\" his uncle said."
	if got := g.Locate(text, []string{"IQ"}); len(got) != 0 {
		t.Errorf("Locate(%q) = \n%s want no place", text, describe(text, got))
	}
	text = "The toll in Mosul was 12."
	if got := g.Locate(text, []string{"IQ"}); len(got) != 1 || got[0].Where.Country != "IQ" {
		t.Errorf("Locate(%q) = \n%s want Mosul", text, describe(text, got))
	}
}
