package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Speakers the lexicon does not name: local posts, factions, monitors and
// bodies known by their head, names with particles, state bodies of
// countries with no actor id. Every text is written for the test.
func TestSpeakerResolution(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		name string
		text string
		want []triple
	}{
		{"the US Department of Defense is the department, not US officials",
			"The US Department of Defense said on Tuesday that its aircraft struck a weapons depot near Albu Kamal.",
			[]triple{{"us-dod", "asserts", []string{"us"}, nil}}},
		{"a post owned by a common noun is a local voice",
			"The pumping station's manager, Rezan Ali, said a Turkish drone struck the generators near Amuda on Friday.",
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"a local post's name speaks again by its surname",
			"The pumping station's manager, Rezan Ali, said a Turkish drone struck the generators near Amuda on Friday. Ali said a second drone struck the water tanks near Amuda an hour later.",
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}, {"local-sources", "asserts", nil, nil}}},
		{"the director of a body with no voice of its own",
			"The director of the Tal Hamis water board said Turkish artillery shelled the pumps near Amuda.",
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"a mukhtar after his quotation",
			"\"Russian jets bombed the olive press near Kafr Takharim,\" the mukhtar said.",
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"a nurse at a hospital",
			"A nurse at the district hospital said regime helicopters dropped barrel bombs on the bakery in Sarmin.",
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"a doctor's aside says where he works",
			"Dr Karim Nassar, who runs the burns unit of a hospital in Idlib, said Russian jets bombed the fuel market in Sarmin.",
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"an agency's head of mission is no local voice",
			"\"An air strike destroyed the ambulance near Mosul,\" said the head of the mission.",
			nil},
		{"a local body after according to",
			"Four shepherds were killed when a drone hit their tent near Makhmour, according to Qaraj hospital.",
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"a monitor known by the head of its name",
			"The Euphrates Casualty Network, which counts the dead from its office in Erbil, said Turkish drones killed three men near Qamishli.",
			[]triple{{"ngo", "asserts", []string{"turkey"}, nil}}},
		{"its post speaks for the body last named",
			"The United Nations said an air strike destroyed its warehouse near Saada. Its country director, Anna Berg, said the air strike on the warehouse near Saada killed two guards.",
			[]triple{{"un", "asserts", nil, nil}, {"un", "asserts", nil, nil}}},
		{"a state body of a country with no actor id",
			"Ukraine's navy said Russian drones struck the grain terminal in Izmail overnight.",
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"the Russian reconciliation centre speaks for the ministry",
			"The Russian reconciliation centre said Russian aircraft destroyed a drone workshop near Sarmin.",
			[]triple{{"russia-mod", "asserts", []string{"russia"}, nil}}},
		{"a PMF faction speaks for the PMF",
			"Harakat al-Nujaba said American jets bombed its base near Qaim.",
			[]triple{{"pmf", "asserts", []string{"us"}, nil}}},
		{"the commander-in-chief's spokesman speaks for the military",
			"Turkish jets struck a village near Zakho in northern Iraq on Monday. A spokesman for the Commander-in-Chief of the Armed Forces said the strike near Zakho killed two shepherds.",
			[]triple{{"journalist", "asserts", []string{"turkey"}, nil}, {"iraq-military", "asserts", nil, nil}}},
		{"an aside on how the ministry was asked",
			"The Russian defence ministry, asked about the reports on Friday, denied that its aircraft had struck the market in Sarmin.",
			[]triple{{"russia-mod", "denies", nil, []string{"russia"}}}},
		{"a name with a particle is known by its last part",
			"A PMF commander, Qasim Hadi al-Jubouri, said American aircraft bombed the checkpoint near Qaim. Later al-Jubouri said two guards died in the strike near Qaim.",
			[]triple{{"pmf", "asserts", []string{"us"}, nil}, {"pmf", "asserts", nil, nil}}},
		{"a post in a unit of a body speaks for the body",
			"A commander of the engineering units of the Popular Mobilization Forces said Turkish jets bombed the depot near Sinjar.",
			[]triple{{"pmf", "asserts", []string{"turkey"}, nil}}},
		{"a spokesman for a unit of a body, with its short name and an aside",
			"A spokesman for the border regiment of the Popular Mobilization Forces (Hashd), which guards the crossing, told reporters that American jets struck the trucks near Qaim.",
			[]triple{{"pmf", "asserts", []string{"us"}, nil}}},
		{"the PMF by its short name",
			"A commander in the Mobilisation said American drones struck the depot near Balad.",
			[]triple{{"pmf", "asserts", []string{"us"}, nil}}},
		{"a claim spread by a body, according to which",
			"The claims spread on Facebook by the municipal council of the town, according to which a Russian missile destroyed the school in Izium, are a provocation.",
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"its office is the body named before in the sentence",
			"A resident said the jets came at dawn. The High Commission for Human Rights said its coordinator in Anbar had documented the deaths of four civilians in the strike near Rutba.",
			[]triple{{"ngo", "asserts", nil, nil}}},
		{"a tally's owner is a source, not the agent",
			"Three guards died in the drone strike near Husaybah by the brigade's count; four according to the hospital in Husaybah.",
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"a unit's media office speaks for the body last named",
			"A blast destroyed a depot of the Popular Mobilization Forces near Karbala. The battalion's media office blamed an American drone for the blast near Karbala.",
			[]triple{{"pmf", "asserts", []string{"us"}, nil}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Text: tc.text})
			checkTriples(t, claims, tc.want)
		})
	}
}

// Speakers the report names in a form that used to leave the clause with
// no speaker (dropped) or with the wrong one. Every text is written for the
// test.
func TestSpeakerForms(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		name string
		text string
		want []triple
	}{
		{"a body's head noun refers back to it (from a lexicon mention's words)",
			"Iraq's Security Media Cell said army helicopters struck a hideout near Baiji. The cell added that the strike near Baiji killed five militants.",
			[]triple{{"iraq-joc", "asserts", []string{"iraq"}, nil}, {"iraq-joc", "asserts", []string{"iraq"}, nil}}},
		{"a body quoted by an outlet speaks, by its head noun, named in a sentence with no claim",
			"The toll from the Raqqa health directorate rose on Monday after the strike near Tabqa. The directorate, quoted by a local radio station, says nine people were killed in the Turkish strike near Tabqa.",
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"a bracket names the body the phrase before does not",
			"The Zakho security directorate (Asayish) said a Turkish drone hit a car near Zakho.",
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"a body of the Kurdistan Region is a local voice",
			"The Kurdistan Region's Counter-Terrorism Directorate said a Turkish drone killed two men near Sidakan.",
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"a district's directorate is a local voice",
			"The Sinjar district's emergency directorate said Turkish drones struck a clinic near Sinjar.",
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"a body mourning its dead in a statement, then saying more after a quotation",
			"The Popular Mobilization Forces mourned in a statement two of its members, who \"died in the American raid\" near Qaim, and said three others were wounded.",
			[]triple{{"pmf", "asserts", []string{"us"}, nil}, {"pmf", "asserts", nil, nil}}},
		{"a monitor the lexicon does not know, before an apposition",
			"Kurdish Peace Watch, a group that documents cross-border shelling, said Turkish artillery hit the orchards near Batifa.",
			[]triple{{"ngo", "asserts", []string{"turkey"}, nil}}},
		{"a second verb after \"and also\" has the same subject",
			"The Levant Casualty Observatory, a Paris-based monitor, put the toll higher, at 12, and also blamed Russian aircraft for the raid on Maarat.",
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}}},
		{"a name before an aside set off by dashes speaks",
			"The Hashd - the PMF - says an American drone struck its checkpoint near Akashat.",
			[]triple{{"pmf", "asserts", []string{"us"}, nil}}},
		{"an aside that quotes does not end the speaker phrase",
			"The Popular Mobilization Forces, which called the raid \"a cowardly crime\", say an American drone struck the checkpoint near Akashat.",
			[]triple{{"pmf", "asserts", []string{"us"}, nil}}},
		{"people quoted by an outlet speak, not the outlet",
			"Iraqi officers quoted by a local television channel said an American drone struck the checkpoint near Akashat.",
			[]triple{{"iraqi-sources", "asserts", []string{"us"}, nil}}},
		{"a demonym across a modifier gives the officer's country",
			"An Iraqi border guard officer, who declined to be named, said Turkish jets struck the post near Sinjar.",
			[]triple{{"iraqi-sources", "asserts", []string{"turkey"}, nil}}},
		{"a coalition member's officer speaks as the member",
			"A French officer said French artillery shelled the bridge near Hajin.",
			[]triple{{"france", "asserts", []string{"france"}, nil}}},
		{"a general staff is its country's military",
			"The Turkish General Staff said its jets struck shelters near Hakurk.",
			[]triple{{"turkey", "asserts", []string{"turkey"}, nil}}},
		{"a son named in apposition is a local voice",
			"His son, Omar, told a local radio station that a Turkish drone hit the tractor near Derik.",
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"a hospital by itself is a local voice",
			"The hospital told us that Russian jets struck the market in Maarat.",
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"a UN mission speaks for the UN",
			"UNIFIL said Israeli artillery shelled the outskirts of Khiam.",
			[]triple{{"un", "asserts", []string{"israel"}, nil}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Text: tc.text})
			checkTriples(t, claims, tc.want)
		})
	}
}

// A ministry's publisher line with its country in brackets names whose
// ministry issues the document.
func TestBracketedIssuer(t *testing.T) {
	e := newTestExtractor(t)
	doc := model.Document{ID: "t", Kind: model.KindOfficial, Publisher: "Ministry of Defence (UK)",
		Text: "Update\n\nOn Monday RAF Typhoons struck a Daesh command post near Mosul in Iraq."}
	claims, _ := e.Extract(doc)
	checkTriples(t, claims, []triple{{"uk", "asserts", []string{"uk"}, nil}})
}

// A later day that opens a sentence reporting only what someone said then
// dates the speech: the next sentence keeps the strike's day.
func TestSpeechDayKeepsStrikeDay(t *testing.T) {
	e := newTestExtractor(t)
	doc := model.Document{ID: "t", Text: "Depot blast\n\nAn air strike hit the depot near Karbala on 3 May 2021. The next day, police said a fuel tank had exploded. The blast killed two guards, according to the hospital in Karbala."}
	claims, _ := e.Extract(doc)
	if len(claims) == 0 {
		t.Fatal("no claims")
	}
	if last := claims[len(claims)-1]; last.When.From != "2021-05-03" {
		t.Errorf("got %q, want the strike's day 2021-05-03", last.When.From)
	}
}

// State voices named by their country, quoted sources, verbs that share
// a subject, nouns that look like speech verbs. Every text is written for
// the test.
func TestSpeakerOwnersAndForms(t *testing.T) {
	e := newTestExtractor(t)
	const strike = "An air strike hit a wedding near Gao on Tuesday, killing 19 people. "
	tests := []struct {
		name string
		text string
		want []triple
	}{
		{"the authorities of a state with no actor id are a local voice",
			strike + "The Malian authorities said French jets had struck a gathering of militants.",
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"france"}, nil}}},
		{"a coalition member's authorities speak as the member",
			strike + "The French authorities said French jets had struck a gathering of militants.",
			[]triple{{"journalist", "asserts", nil, nil}, {"france", "asserts", []string{"france"}, nil}}},
		{"a belligerent's authorities speak as the belligerent",
			strike + "The Turkish authorities said Turkish jets had struck a gathering of militants.",
			[]triple{{"journalist", "asserts", nil, nil}, {"turkey", "asserts", []string{"turkey"}, nil}}},
		{"bare regional authorities are local, not the report's state",
			"Shelling hit a market in Kherson on Monday, injuring three civilians, according to the regional authorities.",
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"Kurdish officials are the region's local voice",
			"Rockets hit the airport in Erbil on Monday. Kurdish officials said the rockets that hit the airport were launched from a pickup truck.",
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"a member's ministry by its possessive is the member",
			"US and British jets struck sites near Hodeidah on Friday. Britain's defence ministry said RAF jets had hit two drone launch sites.",
			[]triple{{"journalist", "asserts", []string{"uk", "us"}, nil}, {"uk", "asserts", []string{"uk"}, nil}}},
		{"rejecting the accounts denies them",
			"An air strike hit a market in Saraqib, Syria, on Tuesday, killing nine people, the Syrian Civil Defence said. A monitor blamed Russian aircraft. Russia's defence ministry rejected the accounts.",
			[]triple{{"local-sources", "asserts", nil, nil}, {"ngo", "asserts", []string{"russia"}, nil}, {"russia-mod", "denies", nil, []string{"russia"}}}},
		{"the source quoted as saying speaks, not the outlet quoting it",
			"Jets struck a depot near al-Qaim in Iraq on Tuesday, killing four people. Foreign news agencies are quoting a US official as saying that the strike was carried out by Israel.",
			[]triple{{"journalist", "asserts", nil, nil}, {"us-official", "asserts", []string{"israel"}, nil}}},
		{"state media giving a toll speak",
			"Jets struck a depot near al-Qaim in Iraq on Tuesday. Iraqi state media are still giving a toll of four dead in the strike.",
			[]triple{{"iraq-state-tv", "asserts", nil, nil}}},
		{"media describing the strike speak",
			"Jets struck a depot in Homs on Friday. Syrian state media describe the strikes as Israeli aggression.",
			[]triple{{"syria-gov", "asserts", []string{"israel"}, nil}}},
		{"a second verb after and keeps the first subject, not its object",
			"Russian jets struck near Palmyra on Monday. Amaq said Russian raids had killed 20 residents and published photographs.",
			[]triple{{"journalist", "asserts", []string{"russia"}, nil}, {"isis-amaq", "asserts", []string{"russia"}, nil}}},
		{"it said after a sentence whose subject is a body",
			"US and British jets struck sites near Hodeidah on Friday. The Pentagon said 13 targets were hit. Britain's defence ministry was more cautious. In a statement, it said RAF jets had hit two drone launch sites.",
			[]triple{{"journalist", "asserts", []string{"uk", "us"}, nil}, {"us-dod", "asserts", nil, nil}, {"uk", "asserts", []string{"uk"}, nil}}},
		{"an aid agency is an NGO",
			"A drone struck a car near Khost on Friday, killing three people. A Norwegian aid agency said the driver was killed in an American drone strike.",
			[]triple{{"journalist", "asserts", nil, nil}, {"ngo", "asserts", []string{"us"}, nil}}},
		{"the official news agency is the state's voice",
			"Helicopters dropped barrel bombs on Daraa in Syria on Friday, killing 14 people, the Syrian War Observatory said. The official news agency claimed that \"army units carried out precise operations against terrorists in the town\".",
			[]triple{{"ngo", "asserts", nil, nil}, {"syria-gov", "asserts", []string{"syria"}, nil}}},
		{"a quotation left open goes on in the speaker's words",
			"A drone struck a car near Amuda on Thursday, killing three people. \"The elder one has a fragment in his leg,\" a doctor at the hospital said. \"They were lucky. The drone hit the car in front, not them.\"",
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", nil, nil}}},
		{"reports after a preposition are a noun, no speech of the one asked",
			"US jets struck the port of Ras Isa overnight, killing 20 people. We asked the UK Ministry of Defence about reports on local television that British jets joined the raid.",
			[]triple{{"journalist", "asserts", []string{"us"}, nil}, {"journalist", "asserts", []string{"uk"}, nil}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Text: tc.text, Published: "2021-03-10"})
			checkTriples(t, claims, tc.want)
		})
	}
}

// A publisher whose name holds a country's name is the narrator of its own
// report, not that country's government, also over an auxiliary.
func TestPublisherNamedForCountry(t *testing.T) {
	e := newTestExtractor(t)
	doc := model.Document{ID: "t", Kind: model.KindNGO, Publisher: "Archive Watch Yemen",
		Text: "Update\n\nArchive Watch Yemen has documented the killing of six civilians in an air strike by Saudi-led coalition jets on a market near Saada on 4 March 2019."}
	claims, _ := e.Extract(doc)
	if len(claims) == 0 || claims[0].Speaker != "ngo" {
		t.Fatalf("got %+v, want the ngo speaking", claims)
	}
}
