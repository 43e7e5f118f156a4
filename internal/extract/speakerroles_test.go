package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Who speaks: bodies named by an apposition or by the issuer's own name,
// states with no actor id, figures announced before the words, asides that
// rank the strike, and the answers of a printed interview. Every text is
// written for the test.
func TestSpeakerRolesAndLayouts(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		name string
		doc  model.Document
		want []triple
	}{
		{"a military council is a force's body, not a town's",
			model.Document{Text: "A spokesman for the Kobani Military Council, a force within the SDF, said Turkish drones struck a depot near Ain Issa."},
			[]triple{{"sdf", "asserts", []string{"turkey"}, nil}}},
		{"the ministry of a coalition partner with no actor id is a local voice",
			model.Document{Text: "US jets struck a depot near Mosul in Iraq on Monday. The Danish defence ministry said one of its jets had bombed the depot."},
			[]triple{{"journalist", "asserts", []string{"us"}, nil}, {"local-sources", "asserts", nil, nil}}},
		{"the partner named by its possessive",
			model.Document{Text: "US jets struck a depot near Mosul in Iraq on Monday. The Netherlands' defence ministry said one of its jets had bombed the depot."},
			[]triple{{"journalist", "asserts", []string{"us"}, nil}, {"local-sources", "asserts", nil, nil}}},
		{"a register putting the toll at a figure",
			model.Document{Text: "A drone strike hit a market near Raqqa in Syria on Sunday, killing five people. The Euphrates Harm Register, a monitoring group that keeps a database of strikes, puts the death toll from the strike at 12."},
			[]triple{{"journalist", "asserts", nil, nil}, {"ngo", "asserts", nil, nil}}},
		{"a body that gave a figure speaks next as it",
			model.Document{Text: "Israeli jets struck depots near Palmyra on Friday, killing 30 fighters, a war monitor said. Syria's state media gave a lower figure. Citing a military source, it said Israeli jets had struck depots near Palmyra and killed five soldiers."},
			[]triple{{"ngo", "asserts", []string{"israel"}, nil}, {"syria-gov", "asserts", []string{"israel"}, nil}}},
		{"an aside ranking the strike is no claim of the narrator's",
			model.Document{Text: "Turkish drones struck a convoy near Qamishli on Monday, killing 11 fighters, the SDF said, the deadliest Turkish strike on the group this year."},
			[]triple{{"sdf", "asserts", []string{"turkey"}, nil}}},
		{"the issuer's bare ministry is the issuer, not the report's state",
			model.Document{Kind: model.KindOfficial, Publisher: "Ministry of Defence (UK)",
				Text: "The Ministry of Defence can confirm that RAF Typhoons struck a Daesh depot near Raqqa in Syria on Friday."},
			[]triple{{"uk", "confirms", []string{"uk"}, nil}}},
		{"a monitor's report names itself by its head",
			model.Document{Kind: model.KindNGO, Publisher: "Euphrates Strike Documentation Project",
				Text: "Two air strikes hit a bakery in Saraqib, Syria, on 3 May 2019. The Project attributes the strikes to Russian aircraft."},
			[]triple{{"ngo", "asserts", nil, nil}, {"ngo", "asserts", []string{"russia"}, nil}}},
		{"a verb listed after a comma keeps the subject, not an object before it",
			model.Document{Text: "A drone struck a depot near Karbala in Iraq on Monday, killing two guards. The Pentagon said the depot was used by the IRGC to store rockets, called the strike a response to attacks on US troops, and said no civilians were harmed."},
			[]triple{{"journalist", "asserts", nil, nil}, {"us-dod", "asserts", nil, nil}}},
		{"calling the strikes names them",
			model.Document{Text: "Jets struck depots near Qaim in Iraq on Monday, killing four people. The military spokesman called the strikes an aggression."},
			[]triple{{"journalist", "asserts", nil, nil}, {"iraq-military", "asserts", nil, nil}}},
		{"an interview's answers are the interviewee's",
			model.Document{Text: "A drone strike destroyed a car near Qaim in Iraq on Monday. We spoke to Ali Hassan, a spokesman for the Popular Mobilization Forces.\n\nWhat happened?\n\nAn American drone fired two missiles at our car near Qaim.\n\nWashington says the men were planning attacks.\n\nThat is a lie. The missiles killed three of our brothers."},
			[]triple{{"journalist", "asserts", nil, nil}, {"pmf", "asserts", []string{"us"}, nil}, {"pmf", "asserts", nil, nil}}},
		{"an interview's labelled answers are the interviewee's",
			model.Document{Text: "A drone strike hit a hill near Idlib in Syria on Monday, killing one man. We spoke by phone with Omar Saleh, whose father was killed in the strike.\n\nQ: What happened that day?\n\nA: A drone fired a missile at my father on the hill, killing him."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", nil, nil}}},
		{"a Red Crescent society counts the dead as a local voice",
			model.Document{Text: "Turkish jets bombed the hospital in Afrin on Friday, killing nine civilians, the Kurdish Red Crescent said."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"the general command of a force with a voice is the force",
			model.Document{Text: "Turkish shells hit a school in Tel Rifaat, Syria, on Monday, killing four children. The general command of the Syrian Democratic Forces said Turkish artillery had shelled the school deliberately."},
			[]triple{{"journalist", "asserts", []string{"turkey"}, nil}, {"sdf", "asserts", []string{"turkey"}, nil}}},
		{"the YPG acronym before its own command is the force",
			model.Document{Text: "Turkish jets bombed a radio station near Kobani in Syria on Sunday, killing five fighters. In a statement, the YPG general command said 20 Turkish jets had struck the station."},
			[]triple{{"journalist", "asserts", []string{"turkey"}, nil}, {"sdf", "asserts", []string{"turkey"}, nil}}},
		{"a capital speaks through the state's voice already heard",
			model.Document{Text: "The Joint Operations Command said Iraqi F-16s struck a hideout near Qaim in Iraq on Sunday, killing 12 militants. Baghdad said the strike near Qaim was coordinated with the coalition."},
			[]triple{{"iraq-joc", "asserts", []string{"iraq-air-force"}, nil}, {"iraq-joc", "asserts", []string{"coalition"}, nil}}},
		{"an unnamed interviewee's answers are the body the report opened with",
			model.Document{Text: "Lina Aziz leads the field team of the Euphrates Civilian Monitor.\n\nQ: The army says its jets killed ten fighters near Hajin in Syria on Monday. What did you find?\n\nA: We documented six dead in the strike near Hajin, four of them children."},
			[]triple{{"syria-gov", "asserts", []string{"syria"}, nil}, {"ngo", "asserts", nil, nil}}},
		// issue 3 (speakers of extracted claims)
		{"a state with no actor id speaks as a local voice by its name",
			model.Document{Text: "Rockets hit a farm near Tyre in Lebanon on Monday, killing two shepherds. Lebanon said Israeli drones had fired the rockets at the farm."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"israel"}, nil}}},
		{"a condemnation that goes on saying what happened is a claim",
			model.Document{Text: "Yemen condemned the raid, saying missiles had struck a wedding hall near Marib on Sunday and killed eleven guests."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"a bare condemnation still says nothing",
			model.Document{Text: "Missiles struck a wedding hall near Marib in Yemen on Sunday, killing eleven guests. Yemen condemned the raid."},
			[]triple{{"journalist", "asserts", nil, nil}}},
		{"a foreign office is the government's voice",
			model.Document{Text: "Drones struck a house near Quetta in Pakistan on Tuesday, killing a Pakistani farmer. The foreign office said Iranian drones had struck the house."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"iran"}, nil}}},
		{"a district's deputy commissioner is a local authority",
			model.Document{Text: "Drones struck a house near Quetta in Pakistan on Tuesday, killing a farmer. According to the deputy commissioner of the district, two drones hit the house."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", nil, nil}}},
		{"state media that continue to claim",
			model.Document{Text: "Drones struck a house near Quetta in Pakistan on Tuesday, killing a farmer. Iranian state television continued to claim that the Guards had struck a militant base near Quetta."},
			[]triple{{"journalist", "asserts", nil, nil}, {"iran", "asserts", nil, nil}}},
		{"it after a sentence that opens with a lexicon phrase holding the article",
			model.Document{Text: "Shells hit a bakery in Maarat in Syria on Friday, killing six people. The official news agency made no mention of Maarat. It said army units had shelled terrorist positions near Maarat."},
			[]triple{{"journalist", "asserts", nil, nil}, {"syria-gov", "asserts", []string{"syria"}, nil}}},
		{"a body the city owns is a local voice",
			model.Document{Text: "A drone hit a car near Duhok in Iraq on Monday, killing two men. The spokesman for the city's police directorate said a Turkish drone had hit the car."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"turkey"}, nil}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.doc.ID, tc.doc.Published = "t", "2021-03-10"
			tc.doc.Text = "Report\n\n" + tc.doc.Text // (the first line is the title)
			claims, _ := e.Extract(tc.doc)
			checkTriples(t, claims, tc.want)
		})
	}
}
