package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Who speaks, second round: a state named only as "the occupation", the
// issuer by the head of its name, eyewitnesses named by what they fled,
// definite appositives, posts of a body named by its head,
// and a minister's label in a parliamentary record. Every text is written for the test.
func TestSpeakerOccupationAndAppositives(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"the occupation state's ministry is the state the report calls the occupation",
			model.Document{Text: "Drones of the Israeli occupation army struck a car near Jenin on Monday, killing two men. The occupation state's defence ministry claimed that its drones had struck an armed cell near Jenin."},
			[]triple{{"journalist", "asserts", []string{"israel"}, nil}, {"israel", "asserts", []string{"israel"}, nil}}},
		{"an occupation never named is no state the report knows",
			model.Document{Text: "Jets struck a market near Afrin in Syria on Monday, killing six people. The occupation state's defence ministry claimed that its jets had struck a depot near Afrin."},
			[]triple{{"journalist", "asserts", nil, nil}}},
		{"a relative clause that ranks the attack is not the sentence's speaker",
			model.Document{Text: "Jets struck a bakery near Idlib in Syria on Monday, killing 14 people, a war monitor said, blaming Syrian jets for an attack that survivors described as the worst in months."},
			[]triple{{"ngo", "asserts", []string{"syria"}, nil}}},
		{"the issuer's post named by the head of its name",
			model.Document{Kind: model.KindOfficial, Publisher: "Combined Joint Task Force - Operation Inherent Resolve",
				Text: "Coalition aircraft struck a house near Hajin, Syria, on 3 May 2019. \"Our first report of this strike was wrong, and we withdraw it,\" the task force's chief of staff said."},
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}, {"cjtf-oir", "retracts", nil, []string{"coalition"}}}},
		{"the narration before ', and' and people who fled",
			model.Document{Text: "Air strikes hit a camp near Hajin in Syria on Monday, and people who fled the camp on Tuesday said that the strikes killed 20 children."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", nil, nil}}},
		{"a definite appositive after a speaker of a place",
			model.Document{Text: "Residents of Kobani, the town that sits on the border, told our reporter that Turkish drones struck a house near Kobani on Monday."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"a channel close to Iraq's resistance factions speaks for the PMF",
			model.Document{Text: "A drone struck a car near Qaim in Iraq on Monday. A channel close to the resistance factions published that an American drone had killed two fighters."},
			[]triple{{"journalist", "asserts", nil, nil}, {"pmf", "asserts", []string{"us"}, nil}}},
		{"an embassy that informed a ministry",
			model.Document{Text: "A depot exploded near Tikrit in Iraq on Monday. The Embassy of the United States informed the ministry that no American aircraft had flown over Tikrit."},
			[]triple{{"us-embassy", "denies", nil, []string{"us"}}}},
		{"informing someone with no words reported is no claim",
			model.Document{Text: "US jets struck a depot near Qaim in Iraq on Monday. The American envoy had informed the prime minister an hour before the US strikes."},
			[]triple{{"journalist", "asserts", []string{"us"}, nil}, {"journalist", "asserts", []string{"us"}, nil}}}, // (the narrator's, not the envoy's)
		{"it was X told to the reporter",
			model.Document{Text: "A drone struck a car near Duhok in Iraq on Monday. The driver's brother told me it was a Turkish drone."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"officers of an air force are its unnamed sources",
			model.Document{Text: "Jets struck a market near Samarra in Iraq on Monday, killing nine people. Two Iraqi air force officers told reporters that no Iraqi jet had flown over Samarra."},
			[]triple{{"journalist", "asserts", nil, nil}, {"iraqi-sources", "denies", nil, []string{"iraq"}}}},
		{"the post of a body named by its head, with a name in apposition",
			model.Document{Text: "Jets struck a school near Raqqa in Syria on Monday. The Euphrates Civilian Monitor said 12 people died. \"Russian jets carried out the raid,\" the monitor's director, Sami Haddad, told us."},
			[]triple{{"ngo", "asserts", nil, nil}, {"ngo", "asserts", []string{"russia"}, nil}}},
		{"an official representative: the adjective names no body",
			model.Document{Text: "Jets struck a school near Hajin in Syria on Monday. The official representative of the Russian defence ministry said coalition jets had struck the school."},
			[]triple{{"russia-mod", "asserts", []string{"coalition"}, nil}}},
		{"a minister's label speaks for the ministry",
			model.Document{Kind: model.KindOfficial, Publisher: "Parliament Watch",
				Text: "THE MINISTER OF DEFENCE: No Iraqi aircraft flew near Rutba on 3 May."},
			[]triple{{"iraq-mod", "denies", nil, []string{"iraq-air-force"}}}},
	}
	runDocCases(t, e, reportBody, tests)
}
