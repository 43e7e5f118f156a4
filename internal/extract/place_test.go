package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/gazetteer"
	"github.com/crosscheck/crosscheck/internal/model"
)

// TestFramedVillagePlace checks the place of a strike told by a village the
// gazetteer does not know: the village when the title names it or names no
// town, the town when the title tells the story by the town; an area the
// sentence does not locate takes the coordinates of the town its paragraph
// named before.
func TestFramedVillagePlace(t *testing.T) {
	e := gazExtractor(t)
	tests := []struct {
		name, title, text, want string
		placed                  bool
	}{
		{"village in a district, title names the village", "Shell kills shepherd in Birkemal",
			"A Turkish shell killed a shepherd in the village of Birkemal in Zakho district in Iraq on Friday, the mayor said.\n", "Birkemal", true},
		{"village, title names no town", "Shepherd killed in northern Iraq",
			"A Turkish shell killed a shepherd near Birkemal, a village in the remote Zakho district, on Friday, the mayor said.\n", "Birkemal", true},
		{"village, title tells of the town", "Shell kills shepherd near Zakho",
			"A Turkish shell killed a shepherd in the village of Birkemal, 8 km east of Zakho, on Friday, the Iraqi mayor said.\n", "Zakho", true},
		{"village shelled, title tells of jets on the town", "Jets pound Zakho market",
			"On the same evening, Turkish artillery shelled the village of Birkemal, south-east of Zakho, killing a shepherd and his son, activists said.\n", "Birkemal", false}, // (the town it is told by comes after it: no anchor yet)
		{"area, title names its town only as a bearing", "Gunmen kill two guards north of Kirkuk",
			"Gunmen killed two guards in the Hawi Salim area on Friday, a police officer said.\n", "Hawi Salim", true},
		{"village, title's bearing town named beside it", "Shell kills shepherd west of Kirkuk",
			"A Turkish shell killed a shepherd in the village of Birkemal, in the countryside of Kirkuk, on Friday, the mayor said.\n", "Kirkuk", true},
		{"a clause naming only a speaking capital", "Depot hit",
			"Missiles hit a depot at Homs airport on Friday in an attack that Damascus said killed two soldiers.\n", "Homs", true},
		{"town of a command's name", "Gunmen driven off",
			"Helicopters of the Nineveh Operations Command struck the gunmen on Friday, the army said.\n", "", false},
		{"area named alone", "Drone kills two soldiers at night",
			"A drone strike killed two soldiers at a checkpoint in the al-Warrar area on Friday, a police officer said.\n", "al-Warrar", false},
		{"area after its town", "Monthly report",
			"1. 3 May 2019, near Ramadi, Iraq. Two civilians were killed when a strike hit a workshop in the al-Warrar area.\n", "al-Warrar", true},
		{"area named by a round-up title", "Round-up: drone near Kobani, ambush in Hawi Salim, shelling near Mosul",
			"Gunmen ambushed a patrol in the Hawi Salim area on Friday, a police officer said.\n", "Hawi Salim", true},
		{"area a one-town title names beside its town", "Blast in Hawi Salim near Kirkuk",
			"A blast destroyed an arms depot in the Hawi Salim area near Kirkuk on Friday, the mayor said.\n", "Kirkuk", true},
		{"town before a region named like its capital", "Strike in central Mali",
			"Near Boni, in the Mopti region, French jets struck a camp on Friday, the army said.\n", "Boni", true},
		{"town in a district, located by another town", "Depot destroyed",
			"Iraqi jets bombed a fuel depot in Baiji district, north of Tikrit, on Friday, killing six militants, the defence ministry said.\n", "Baiji", true},
		{"town of a body's name", "Gunmen driven off",
			"A drone killed two herders on Friday, the Dohuk Provincial Council said.\n", "", false},
		{"outlet named after a town", "Two herders killed",
			"A drone killed two herders on Friday, a relative told Mosul Gazette.\n", "", false},
		{"capital sending troops, country beside it, title names the town", "Jets pound Manbij as offensive stalls",
			"A monitor said Turkish jets killed 30 civilians in raids on the town on Friday, the worst day since Ankara sent troops into Syria.\n", "Manbij", true},
		{"town in a larger town's area", "Quarry strike",
			"Jets destroyed a quarry on the outskirts of Saraqib, in eastern Idlib, killing four workers, rescuers said.\n", "Saraqib", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.title + "\n\n" + tt.text
			claims, err := e.Extract(model.Document{ID: "d", Title: tt.title, Published: "2019-05-04", Text: text})
			if err != nil || len(claims) == 0 {
				t.Fatalf("%q: no claims (%v)", tt.text, err)
			}
			for _, c := range claims {
				if c.Quote == tt.title {
					continue // the headline, which names no place here
				}
				if !strings.Contains(c.Where.Name, tt.want) || (c.Where.Lat != nil) != tt.placed {
					t.Errorf("%q: placed at %q (coordinates %v), want %s (coordinates %v)", c.Quote, c.Where.Name, c.Where.Lat != nil, tt.want, tt.placed)
				}
			}
		})
	}
}

// TestStrikePlaceOverDateline checks that a claim naming no place, after a
// strike sentence that made no claim of its own, takes the strike's place,
// not the city the story was filed from.
func TestStrikePlaceOverDateline(t *testing.T) {
	e := gazExtractor(t)
	text := "BEIRUT - A drone strike hit a car near Baalbek on Monday, the Cedar Wire Agency said.\n\n" +
		"A security source told reporters the drone was Israeli.\n"
	claims, _ := e.Extract(model.Document{ID: "d", Title: "Car hit in the east", Published: "2024-06-11", Text: text})
	if len(claims) == 0 {
		t.Fatalf("no claims")
	}
	if got := claims[len(claims)-1].Where.Name; got != "Baalbek" {
		t.Errorf("place %q, want Baalbek", got)
	}
}

// Where a speaker named after the clause spoke from is not the strike's place.
func TestSpokenFromIsNoStrikePlace(t *testing.T) {
	e := gazExtractor(t)
	doc := model.Document{ID: "t", Title: "Report", Text: "Report\n\nJets struck a column of trucks near Tal Afar on Monday.\n\n\"We hit the trucks near Tal Afar ourselves,\" he said. \"Not one foreign jet fired,\" the officer told the agency at a base south of Mosul."}
	claims, _ := e.Extract(doc)
	if len(claims) == 0 {
		t.Fatal("no claim")
	}
	for _, c := range claims {
		if c.Where.Name == "Mosul" {
			t.Errorf("claim %q placed at Mosul, where the officer spoke", c.Quote)
		}
	}
}

// An aside on how a speaker spoke, between the speaker and the verb,
// places the speaking, not the strike.
func TestSpeakingAsideIsNoStrikePlace(t *testing.T) {
	e := gazExtractor(t)
	text := "Report\n\nRockets hit an air base on Sunday, wounding three airmen.\n\n" +
		"But an American official, speaking to foreign reporters in Washington on condition of anonymity, said the attack bore the marks of a militia, which Washington has blamed for earlier fire on its troops.\n"
	claims, _ := e.Extract(model.Document{ID: "t", Title: "Report", Published: "2020-01-13", Text: text})
	if len(claims) == 0 {
		t.Fatal("no claim")
	}
	for _, c := range claims {
		if c.Where.Name == "Washington" {
			t.Errorf("claim %q placed at Washington, where the official spoke", c.Quote)
		}
	}
}

// TestPlaceRules checks the place rules of claims: a paragraph's heading
// town, a town named only as a body's seat, a town standing for its
// government, a person's origin, a town in an aside before the strike
// verb, and the places a claim names aside (a speaker's seat, a hospital
// the wounded went to, a home abroad), which yield to the passage's.
func TestPlaceRules(t *testing.T) {
	e := gazExtractor(t)
	cases := []struct {
		name, text, quote, want string
	}{
		{"the same site is the place of the strike told before",
			"Report.\n\nIsraeli jets struck an air base near Homs on Monday, killing two guards. On Friday, Israeli jets attacked the same base, an attack that was condemned in Beirut.\n",
			"On Friday", "Homs"},
		{"heading town over a country passed over",
			"Notes on two nights.\n\nKirkuk, night of 3 May. The imagery shows one crater. My sources say the jet was Turkish and came in over Iran.\n",
			"My sources", "Kirkuk"},
		{"a bold heading town over a country passed over",
			"Notes on two nights.\n\n**Kirkuk, 3-4 May 2019.** The imagery shows one crater. My sources say the jet was Turkish and came in over Iran.\n",
			"My sources", "Kirkuk"},
		{"heading town over a body's seat",
			"Round-up.\n\nHAWIJA. Tuesday's strike by Iraqi helicopters on what Baghdad's Joint Operations Command called a hideout is disputed.\n",
			"Tuesday's strike", "Hawija"},
		{"a town acting is no place",
			"Report.\n\nRockets that hit the airport in Erbil were fired by a militia, a U.S. official said, adding that Tehran bore responsibility.\n",
			"Rockets that hit", "Erbil"},
		{"a person's origin is no place",
			"Report.\n\nRussian jets struck a depot near Mayadin on Sunday. The strike killed 40 militants, among them a commander, a native of Uzbekistan.\n",
			"The strike killed", "Mayadin"},
		{"an aside's town before the verb",
			"Report.\n\nBritish jets, in revenge for the bombing in Manchester, struck the town of Hajin on Sunday.\n",
			"British jets", "Hajin"},
		{"a town the road leads to, framed, is not the place",
			"Report.\n\nA drone struck a pickup truck near Manbij, on the road to the town of Jarabulus, on Tuesday, killing three men, activists said.\n",
			"A drone struck", "Manbij"},
		{"missiles fired from the direction of a place came from it",
			"Report.\n\nIsraeli jets struck an arms depot near Jableh on Sunday night, wounding two soldiers. The army said the jets fired four missiles from the direction of Tartus.\n",
			"The army said", "Jableh"},
		{"a launch site framed as the area of a settlement is not the place",
			"Report.\n\nIsraeli jets struck an arms depot near Jableh on Sunday night, wounding two soldiers. The army said the jets fired four missiles from a distance of about 40 kilometres, from the area of the settlement of Tartus.\n",
			"The army said", "Jableh"},
		{"a capital holding a view is its government, not the place",
			"Report.\n\nTurkish drones struck a convoy of the Kurdish-led militia Ankara considers a terrorist group near Qamishli on Monday, killing four fighters, a monitor said.\n",
			"Turkish drones struck", "Qamishli"},
		{"a town close to, framed, is the place",
			"Report.\n\nA drone struck a car close to the town of Jarabulus on Tuesday, killing three men, activists said.\n",
			"A drone struck", "Jarabulus"},
		{"a list of towns is placed by its first",
			"Report.\n\nIraqi jets struck hideouts of the militants in the Tal Afar, Sinjar and Rabia areas on Monday, killing 14 fighters, the defence ministry said.\n",
			"Iraqi jets", "Tal Afar"},
		{"a speaker's seat opening the sentence",
			"Report.\n\nA drone strike hit a car near Tal Afar on Monday, killing two men.\n\nIn Washington, a Pentagon spokesman said the United States had carried out the strike.\n",
			"In Washington", "Tal Afar"},
		{"a capital's army is no place, the passage's strike place is",
			"Report.\n\nWarplanes bombed Afrin's main hospital on Friday evening, rescuers said.\n\nA spokesman for the Kurdish militia said Turkish jets struck the hospital deliberately, before the assault that Ankara's army is preparing.\n",
			"A spokesman for the Kurdish", "Afrin"},
		{"the hospital the wounded were taken to",
			"Report.\n\nShelling hit a school in Kupiansk in Ukraine on Tuesday, killing three pupils, officials said.\n\nThe wounded were taken to a hospital in Kharkiv, where the governor said Russian artillery had fired.\n",
			"The wounded were taken", "Kupiansk"},
		{"a person's home abroad",
			"Report.\n\nA strike destroyed a house in Afrin in Syria on Friday, a monitor said.\n\nThe house belonged to an emigrant living in Australia, the monitor said, adding that Turkish drones carried out the strike.\n",
			"The house belonged", "Afrin"},
		{"where the speaker told reporters",
			"Report.\n\nTwenty civilians were killed in an air strike near Aleppo, a U.N. spokesman told reporters in Geneva, calling the attack a violation.\n",
			"Twenty civilians", "Aleppo"},
		{"the sentence after an unnamed site's bearing keeps the area told before",
			"Report.\n\nJets struck hideouts in the al-Kashran area on Sunday, the army said. The army said the jets bombed a cave in a gully east of the Tikrit district. It said drones had filmed the strikes and that troops would search the caves.\n",
			"It said drones had filmed", "al-Kashran"},
		{"the town an offensive advanced toward is the front, not a destination",
			"Report.\n\nBritish jets struck militants in Mosul on Monday, killing four, the Ministry of Defence said.\n\nOn Tuesday, as Iraqi troops advanced toward Tal Afar, some 60 kilometres west of Mosul, British jets flew in support. The jets destroyed two mortar positions with guided bombs, the ministry said.\n",
			"The jets destroyed", "Tal Afar"},
		{"a man's surname named like a town is no place",
			"Report.\n\nCommandos raided a house near Hajin on Sunday, targeting the militant commander Abu Hamza al-Baghdadi, the army said.\n\nBaghdadi fled into a tunnel and blew himself up, killing two guards, the army said.\n",
			"Baghdadi fled", "Hajin"},
		{"a district named like the last word of an area's name is a place",
			"Report.\n\nGunmen attacked an army post in the Jazirat al-Hawija area of the Hawija district, west of Kirkuk, on Friday, killing two soldiers, the army said.\n",
			"Gunmen attacked", "Hawija"},
		{"where a body is based is no place",
			"Report.\n\nIsraeli jets struck a bridge near Qusayr on Thursday, killing three civilians, a monitor said.\n\nThe Russian Centre for Reconciliation, based at Latakia, said that four Israeli jets fired the missiles. It called the strikes a gross violation of Syrian sovereignty.\n",
			"It called the strikes", "Qusayr"},
		{"a street named after a town is no town",
			"Report.\n\nGovernment jets bombed the Yarmouk camp south of Damascus on Friday, killing nine refugees, residents said.\n\nResidents said the raids hit houses on Haifa Street, in the centre of the camp.\n",
			"Residents said the raids", "Yarmouk"},
		{"where a minister held a press conference",
			"Report.\n\nBritish jets struck a bunker near Hajin on Sunday.\n\n\"The bunker was destroyed,\" a British defence official said at a press conference in London on Monday.\n",
			"The bunker was destroyed", "Hajin"},
		{"where officials briefed reporters",
			"Report.\n\nRussian jets bombed a market near Idlib on Friday, the Russian defence ministry said at a briefing in Moscow, adding that forty fighters were killed.\n",
			"Russian jets bombed", "Idlib"},
		{"a base's short code alone after its full name",
			"Report.\n\nJets struck the T4 air base near Tiyas on Monday, a monitor said.\n\nIn March, rockets had hit a depot near Palmyra, the monitor said.\n\nOn 3 March, the army said it had hit a radar at T4 as well.\n",
			"On 3 March", "Tiyas"},
		{"a district after a town and a comma only locates the town",
			"Report.\n\nA drone struck a pickup near Afgooye, Lower Shabelle region, on Monday, killing two fighters, the army said.\n",
			"A drone struck", "Afgooye"},
		{"the capital that bears the blame",
			"Report.\n\nJets bombed a convoy near Aleppo on Monday, killing twenty civilians.\n\n\"The responsibility for the strike sits in Moscow,\" a U.S. official said.\n",
			"The responsibility", "Aleppo"},
		{"the town near which a strike fell, not a distance's reference town",
			"Report.\n\nOn Monday night, near Qayyarah, some 60 kilometres south-south-east of Mosul, one air strike destroyed a depot.\n",
			"On Monday night", "Qayyarah"},
		{"a government keeping silent is no place",
			"Report.\n\nA drone hit a truck near Amadiya on Tuesday, killing two men.\n\nTehran did not comment. A security source said the drone had hit smugglers.\n",
			"A security source", "Amadiya"},
		{"a government speaking after an aside is no place",
			"Report.\n\nA drone hit a truck near Amadiya on Tuesday, killing two men.\n\nAnkara, in a short note on Friday, spoke of two militants killed.\n",
			"Ankara, in a short note", "Amadiya"},
		{"two governments agreeing are no place",
			"Report.\n\nA drone hit a truck near Amadiya on Tuesday. On the toll, Baghdad and Ankara agree: two men died in the strike.\n",
			"On the toll", "Amadiya"},
		{"a government recalling its envoy is no place",
			"Report.\n\nA shell hit a picnic site near Amadiya on Tuesday, killing two men. The army blamed Turkish artillery, and Baghdad recalled its ambassador from Ankara.\n",
			"The army blamed", "Amadiya"},
		{"a capital held to account is its government",
			"Report.\n\nRockets that hit the airport in Erbil were fired by a militia, a U.S. official said, adding that Tehran was held accountable.\n",
			"Rockets that hit", "Erbil"},
		{"a capital that had switched its policy is its government",
			"Report.\n\nJets struck a depot near Hama on Friday, a monitor said, adding that Moscow had switched its support to the offensive.\n",
			"Jets struck", "Hama"},
		{"a capital keeping out is its government",
			"Report.\n\nA drone hit a truck near Amadiya on Tuesday, killing two men, a Kurdish official said, though Ankara \"does not take part\" in such raids, its envoy insisted.\n",
			"A drone hit", "Amadiya"},
		{"a sentence telling two strikes, each on its day, is dated and placed by the first",
			"Report.\n\nThe monitor recorded the deaths of six civilians in shelling of Atareb on 4 May, and of one man in shelling of the town of Darat Izza on 5 May.\n",
			"The monitor recorded", "Atareb"},
		{"a road between two towns is placed by the first",
			"Report.\n\nA drone struck a car on the road between Haditha and Rawa on Tuesday, killing two men.\n",
			"A drone struck", "Haditha"},
		{"a government recalling its envoy from another capital names neither as the place",
			"Report.\n\nMortar rounds hit a market near Amadiya on Tuesday, killing four shoppers.\n\nThe army blamed Turkish gunners for the attack, and Baghdad recalled its ambassador from Ankara. A local official said the rounds had come from the ridge.\n",
			"The army blamed", "Amadiya"},
		{"a government accused, and a government regretting, are no place",
			"Report.\n\nJets struck an army post near Palmyra on Saturday, killing 30 soldiers.\n\nThe army called the raid a crime, accusing Washington of helping the militants. A U.S. official said Washington regretted any loss of life among the soldiers.\n",
			"The army called", "Palmyra"},
		{"a government told in advance is no place",
			"Report.\n\nJets struck a militia depot near Qaim on Friday, killing six guards.\n\nIraq's defence ministry said the strike had killed two soldiers, and that Baghdad had been told of it only afterwards.\n",
			"Iraq's defence ministry", "Qaim"},
		{"a government's account is no place",
			"Report.\n\nJets struck a militia depot near Qaim on Friday, killing six guards.\n\nA monitor disputed Washington's account of the raid, saying the guards were civilians.\n",
			"A monitor disputed", "Qaim"},
		{"a government ready to act is no place",
			"Report.\n\nMortar rounds hit a market near Amadiya on Tuesday, killing four shoppers.\n\nTurkish officials denied firing, saying Ankara was ready to help any inquiry into the attack.\n",
			"Turkish officials", "Amadiya"},
		{"a wide area placed by a town: the town",
			"Report.\n\nGunmen attacked a police checkpoint in the Tharthar desert, west of Samarra, on Monday, killing two policemen.\n",
			"Gunmen attacked", "Samarra"},
		{"a city's quarter placed by its city: the quarter",
			"Report.\n\nA rocket hit a house in Barzeh, north of Damascus, on Monday, killing a child.\n",
			"A rocket hit", "Barzeh"},
		{"a clause naming only the town's country keeps the town",
			"Report.\n\nJets struck a depot near Mayadin on Sunday, a U.S. official said.\n\nThe official said U.S. jets had struck the depot, which supplied militias that attacked troops in Syria.\n",
			"The official said", "Mayadin"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "d", Title: "Report", Published: "2019-05-06", Text: c.text})
			found := false
			for _, cl := range claims {
				if strings.Contains(cl.Quote, c.quote) {
					found = true
					if cl.Where.Name != c.want {
						t.Errorf("%q placed at %q, want %q", cl.Quote, cl.Where.Name, c.want)
					}
				}
			}
			if !found {
				t.Errorf("no claim quoting %q in %+v", c.quote, claims)
			}
		})
	}
}

// TestTitleTownPlacesUnplacedClaims checks that a claim naming no place,
// in a report that names none before it, takes the one town its title
// names, and that a title naming two towns gives none.
func TestTitleTownPlacesUnplacedClaims(t *testing.T) {
	e := gazExtractor(t)
	text := "Updates are newest first.\n\n18:20 - The coalition said its aircraft struck fighters holed up near the jail on Friday.\n"
	cases := []struct{ title, want string }{
		{"Qamishli jail siege: live updates", "Qamishli"},
		{"Qamishli and Hasakah: live updates", ""},
	}
	for _, c := range cases {
		claims, _ := e.Extract(model.Document{ID: "d", Title: c.title, Published: "2022-01-22", Text: text})
		if len(claims) == 0 {
			t.Fatalf("%q: no claims", c.title)
		}
		for _, cl := range claims {
			if cl.Where.Name != c.want {
				t.Errorf("%q: %q placed at %q, want %q", c.title, cl.Quote, cl.Where.Name, c.want)
			}
		}
	}
}

// TestSeatBeforeIn checks "the <institution> in <town>": the town is the
// institution's seat, not where the strike fell.
func TestSeatBeforeIn(t *testing.T) {
	cases := []struct {
		text, town string
		want       bool
	}{
		{"The foreign ministry in Baghdad summoned the envoy.", "Baghdad", true},
		{"The government in Damascus denied the report.", "Damascus", true},
		{"A drone hit a car in Zakho.", "Zakho", false},
		{"Rockets struck the ministry building in Kabul.", "Kabul", false},
		{"The blast outside the justice ministry in Kabul wounded four guards.", "Kabul", false},
		{"Two rockets hit the embassy in Baghdad overnight.", "Baghdad", false},
		{"A spokesman of the foreign ministry in Tehran denied it.", "Tehran", true},
		{"Yesterday the Joint Operations Command in Baghdad said the rockets fell in open land.", "Baghdad", true},
		{"Gunmen attacked the police command in Tikrit before dawn.", "Tikrit", false},
	}
	for _, c := range cases {
		start := strings.Index(c.text, c.town)
		l := gazetteer.Located{Start: start, End: start + len(c.town), Where: model.Where{Name: c.town, Relation: "in"}}
		if got := seatOfBody(c.text, l); got != c.want {
			t.Errorf("seatOfBody(%q, %q) = %v, want %v", c.text, c.town, got, c.want)
		}
	}
}

// TestCoarserSameCountry checks that a country named after a town of it
// does not replace the town as the story's strike place.
func TestCoarserSameCountry(t *testing.T) {
	town := &model.Where{Name: "Mayadin", Country: "SY", Precision: model.PlaceTown}
	cases := []struct {
		name string
		w    model.Where
		prev *model.Where
		want bool
	}{
		{"the town's country", model.Where{Name: "Syria", Country: "SY", Precision: model.PlaceCountry}, town, true},
		{"another country", model.Where{Name: "Iraq", Country: "IQ", Precision: model.PlaceCountry}, town, false},
		{"another town", model.Where{Name: "Hajin", Country: "SY", Precision: model.PlaceTown}, town, false},
		{"no place before", model.Where{Name: "Syria", Country: "SY", Precision: model.PlaceCountry}, nil, false},
	}
	for _, c := range cases {
		if got := coarserSameCountry(c.w, c.prev); got != c.want {
			t.Errorf("%s: coarserSameCountry = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestCoordinatedStrikesSplitByPlace checks that one clause telling of two
// coordinated strikes, each at its own place, gives a claim at each.
func TestCoordinatedStrikesSplitByPlace(t *testing.T) {
	e := gazExtractor(t)
	text := "Report.\n\nU.S. jets struck before dawn on Sunday, destroying a depot in Hajin and hitting a bridge near Mayadin, the Pentagon said.\n"
	claims, _ := e.Extract(model.Document{ID: "d", Title: "Report", Published: "2019-05-06", Text: text})
	got := map[string]bool{}
	for _, cl := range claims {
		got[cl.Where.Name] = true
	}
	if !got["Hajin"] || !got["Mayadin"] {
		t.Errorf("places %v, want Hajin and Mayadin", got)
	}
}

// TestJoinedObjectsSplitByPlace checks that two places struck by one verb
// and joined by "and" give a claim at each, and that a road between two
// towns stays one claim.
func TestJoinedObjectsSplitByPlace(t *testing.T) {
	e := gazExtractor(t)
	cases := []struct {
		text string
		want []string
	}{
		{"Report.\n\nDrones hit the refinery at Baiji and the Khurais oilfield before dawn on Sunday, officials said.\n", []string{"Baiji", "Khurais oilfield"}},
		{"Report.\n\nA drone struck a car on the road between Haditha and Rawa on Tuesday.\n", []string{"Haditha"}},
	}
	for _, c := range cases {
		claims, _ := e.Extract(model.Document{ID: "d", Title: "Report", Published: "2019-05-06", Text: c.text})
		var got []string
		for _, cl := range claims {
			if !slices.Contains(got, cl.Where.Name) {
				got = append(got, cl.Where.Name)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: places %v, want %v", c.text, got, c.want)
		}
	}
	// the far end of a road "between X and the town of Y" is no second strike
	text := "Report.\n\nA drone struck a car on the road between Haditha and the town of Rawa on Tuesday, killing two men.\n"
	claims, _ := e.Extract(model.Document{ID: "d", Title: "Report", Published: "2019-05-06", Text: text})
	if len(claims) != 1 {
		t.Errorf("%q: %d claims, want one", text, len(claims))
	}
}

func TestAndJoined(t *testing.T) {
	cases := []struct {
		between string
		want    bool
	}{
		{" and the ", true},
		{" and a bridge near ", true},
		{", and ", false},
		{" and ", false},
		{" and western ", false},
		{" and then, hours later, in ", false},
	}
	for _, c := range cases {
		if got := andJoined(c.between); got != c.want {
			t.Errorf("andJoined(%q) = %v, want %v", c.between, got, c.want)
		}
	}
}

func TestCoordinatedStrike(t *testing.T) {
	cases := []struct {
		between string
		want    bool
	}{
		{", on the edge of the capital, and hitting storage sites", true},
		{" and struck a bridge", true},
		{" and the road to", false},
		{". Later, jets and hit", false},
	}
	for _, c := range cases {
		if got := coordinatedStrike(c.between); got != c.want {
			t.Errorf("coordinatedStrike(%q) = %v, want %v", c.between, got, c.want)
		}
	}
}

// TestAttributiveSeat checks a town used as an adjective before a word of
// speech or a spokesman: the government's word, not the strike's place.
func TestAttributiveSeat(t *testing.T) {
	cases := []struct {
		text, town string
		want       bool
	}{
		{"The minister dismissed a Damascus statement that no civilians had died.", "Damascus", true},
		{"He cited a Tehran official as saying the missiles were launched in error.", "Tehran", true},
		{"Militants attacked a Tikrit checkpoint before dawn.", "Tikrit", false},
		{"Officials have denied it since Damascus's state television said 30 were killed.", "Damascus", true},
		{"The Mosul police said a car bomb went off near the market.", "Mosul", false},
		{"Aircraft struck Raqqa statement buildings.", "Raqqa", false}, // no article before the town
		{"A member of the Nineveh provincial council said nine people died.", "Nineveh", true},
	}
	for _, c := range cases {
		start := strings.Index(c.text, c.town)
		l := gazetteer.Located{Start: start, End: start + len(c.town), Where: model.Where{Name: c.town}}
		if got := seatOfBody(c.text, l); got != c.want {
			t.Errorf("seatOfBody(%q, %q) = %v, want %v", c.text, c.town, got, c.want)
		}
	}
}

// TestClockVenue checks "By <hour> in <town>," before a clause of speech:
// where the speaker was when the statement came.
func TestClockVenue(t *testing.T) {
	checkSpanRule(t, "clockVenue", clockVenue, []spanCase{
		{"By late afternoon in Ankara, a ministry spokeswoman said no soldiers had been hurt.", "Ankara", true},
		{"By 4 p.m. in Moscow, the defence ministry had said nothing about the raid.", "Moscow", true},
		{"By nightfall in Fallujah, rescuers had pulled 12 bodies from the rubble.", "Fallujah", false},
		{"At dawn in Kirkuk, a police officer said, the bombers struck the checkpoint.", "Kirkuk", false},
	})
}

// TestFamilyName checks a town's name borne by a person introduced with
// what the person is.
func TestFamilyName(t *testing.T) {
	checkSpanRule(t, "familyName", familyName, []spanCase{
		{"Laura Denton, a spokeswoman for the ministry, said the base was not hit.", "Denton", true},
		{"Mark Aurora, deputy director of the agency, said the count would rise.", "Aurora", true},
		{"In Kirkuk, a police official said four were killed.", "Kirkuk", false},
		{"Aircraft struck Raqqa, a city the group held for years.", "Raqqa", false},
	})
}

// TestSpeechAndReliefVenues checks towns named as where words were spoken
// ("said in Damascus that") and as the other front an attack was meant to
// relieve.
func TestSpeechAndReliefVenues(t *testing.T) {
	cases := []struct {
		text, town   string
		said, relief bool
	}{
		{"The army said in Damascus that 30 gunmen had been killed in the town.", "Damascus", true, false},
		{"The army said in Damascus, where it briefed reporters, that 30 died.", "Damascus", false, false},
		{"Rockets fell in Erbil that night.", "Erbil", false, false},
		{"He called the raid a bid to ease the pressure on its fighters in Raqqa.", "Raqqa", false, true},
		{"Jets kept up the pressure on Raqqa, striking a bridge.", "Raqqa", false, false},
		{"The raid, meant to divert attention from Idlib. Jets then struck Homs.", "Homs", false, false},
	}
	for _, c := range cases {
		start := strings.Index(c.text, c.town)
		if got := saidInVenue(c.text, start, start+len(c.town)); got != c.said {
			t.Errorf("saidInVenue(%q, %q) = %v, want %v", c.text, c.town, got, c.said)
		}
		if got := inReliefClause(c.text, start); got != c.relief {
			t.Errorf("inReliefClause(%q, %q) = %v, want %v", c.text, c.town, got, c.relief)
		}
	}
}

// TestLastClaimPlace checks the place of a document's last claim: a
// capital whose possessive owns a statement, a bracketed other spelling of
// an unknown name, a site called "the airport" again after two sites, and
// a province named as where a convoy came from are no strike place.
func TestLastClaimPlace(t *testing.T) {
	e := gazExtractor(t)
	tests := []struct{ name, text, want string }{
		{"a capital's statement",
			"Jets bombed the air base outside Homs on Monday, the monitor said.\n\n" +
				"Damascus's statement that the base was ruined is close to the truth.\n\n" +
				"The monitor that first counted two dead in Homs now says at least nine soldiers were killed.\n", "Homs"},
		{"other spelling in brackets",
			"Coalition jets struck caves in the Sinjarok (Sinja Rok) hills near Tal Afar on Monday.\n\n" +
				"The coalition says its aircraft carried out 12 strikes there.\n", "Tal Afar"},
		{"the airport of two sites",
			"Israeli jets bombed the military airport of Hama on Monday and also hit an airbase near Tiyas, a monitor said.\n\n" +
				"The ministry said in a statement that the airport had been destroyed and that dozens of soldiers were wounded.\n", "Hama"},
		{"a capital describing the raids",
			"Jets struck al-Qaim on Friday, killing four, a spokesman said.\n\n" +
				"Washington has described the raids as a response to attacks on its forces.\n", "al-Qaim"},
		{"where a convoy came from",
			"Air strikes hit a truck convoy near Mayadin on Sunday, killing seven fighters, two sources said.\n\n" +
				"The trucks had crossed into Syria from Iraq's Anbar province on Saturday. About a dozen of them were destroyed, one of the sources said.\n", "Mayadin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims, err := e.Extract(model.Document{ID: "d", Title: "Strikes", Published: "2024-06-11", Text: tt.text})
			if err != nil || len(claims) == 0 {
				t.Fatalf("no claims (%v)", err)
			}
			if got := claims[len(claims)-1].Where.Name; got != tt.want {
				t.Errorf("%q: placed at %q, want %s", claims[len(claims)-1].Quote, got, tt.want)
			}
		})
	}
}

// TestAreaPlacedEarlier checks that a wide area named alone ("in the
// Tharthar area") takes the town the report placed it by before.
func TestAreaPlacedEarlier(t *testing.T) {
	e := gazExtractor(t)
	text := "Soldiers killed in desert ambush\n\n" +
		"Gunmen ambushed an army patrol in the Tharthar desert north of Fallujah late on Sunday, killing two soldiers, a police officer said on Monday.\n\n" +
		"The army said in a statement that three soldiers had been killed when militants attacked the patrol in the Tharthar area.\n"
	claims, err := e.Extract(model.Document{ID: "d", Title: "Soldiers killed in desert ambush", Published: "2021-10-04", Text: text})
	if err != nil || len(claims) < 2 {
		t.Fatalf("want two claims, got %d (%v)", len(claims), err)
	}
	for _, c := range claims {
		if c.Where.Name != "Fallujah" {
			t.Errorf("%q: placed at %q, want Fallujah", c.Quote, c.Where.Name)
		}
	}
}

// A town held to account is the government blamed, not a place struck.
func TestHeldToAccountTown(t *testing.T) {
	cases := []struct {
		text, town string
		want       bool
	}{
		{"Officials in Washington say they hold Damascus responsible for the barrage.", "Damascus", true},
		{"The envoy said his country held Moscow accountable.", "Moscow", true},
		{"Fighters still hold Raqqa despite the raids.", "Raqqa", false},
	}
	for _, c := range cases {
		start := strings.Index(c.text, c.town)
		l := gazetteer.Located{Start: start, End: start + len(c.town), Where: model.Where{Name: c.town}}
		if got := actingTown(c.text, l); got != c.want {
			t.Errorf("actingTown(%q, %q) = %v, want %v", c.text, c.town, got, c.want)
		}
	}
}
