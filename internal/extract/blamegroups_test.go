package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Blame laid on a group named by acronym, and blame that is no claim
// about the strike. Every text is written for the test.
func TestBlameOnAcronymGroups(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"the work of the slashed names is the force's",
			model.Document{Text: "A car bomb killed 12 people in Jarablus in Syria on Tuesday. A Turkish foreign ministry spokesman said the bombing was the work of the PKK/YPG."},
			[]triple{{"journalist", "asserts", nil, nil}, {"turkey", "asserts", []string{"sdf"}, nil}}},
		{"evidence that points to the group names it",
			model.Document{Text: "A car bomb killed 12 people in Jarablus in Syria on Tuesday. A Turkish security official said the first findings pointed to the YPG."},
			[]triple{{"journalist", "asserts", nil, nil}, {"turkey", "asserts", []string{"sdf"}, nil}}},
		{"blamed on the slashed names",
			model.Document{Text: "A car bomb killed 12 people in Jarablus in Syria on Tuesday. Turkey's interior ministry blamed the bombing on the PYD/YPG."},
			[]triple{{"journalist", "asserts", nil, nil}, {"turkey", "asserts", []string{"sdf"}, nil}}},
		{"the quoted cells of a group are the group",
			model.Document{Text: "A car bomb killed 12 people in Jarablus in Syria on Tuesday. The town's mayor, Omar Hadi, blamed \"the cells of Daesh\"."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"isis"}, nil}}},
		{"accusing a side of exploiting the strike blames it for nothing",
			model.Document{Text: "A car bomb killed 12 people in Jarablus in Syria on Tuesday. The YPG denied any role. Its spokesman said the group had no link to the bombing and accused Ankara of exploiting the deaths to justify new operations."},
			[]triple{{"journalist", "asserts", nil, nil}, {"sdf", "denies", nil, []string{"sdf"}}, {"sdf", "asserts", nil, nil}}},
		{"attacks a side seeks a pretext for are no strike told of",
			model.Document{Text: "A car bomb killed 12 people in Jarablus in Syria on Tuesday. The Kurdish YPG militia said Turkey was looking for a pretext for attacks on Manbij."},
			[]triple{{"journalist", "asserts", nil, nil}}},
		{"the group blamed with nothing after it is the culprit",
			model.Document{Text: "A car bomb killed 12 people in Jarablus in Syria on Tuesday. Turkey's defence ministry blamed the YPG."},
			[]triple{{"journalist", "asserts", nil, nil}, {"turkey", "asserts", []string{"sdf"}, nil}}},
		{"the quoted organisation blamed before an aside is the culprit",
			model.Document{Text: "A car bomb killed 12 people in Jarablus in Syria on Tuesday. Turkey's defence ministry blamed the \"PKK/YPG terrorist organisation\", saying it wanted to sow fear."},
			[]triple{{"journalist", "asserts", nil, nil}, {"turkey", "asserts", []string{"sdf"}, nil}}},
		{"the militias accused, an aside, then the charge",
			model.Document{Text: "A car bomb killed 12 people in Jarablus in Syria on Tuesday. The local council accused \"the terrorist YPG militias\", which hold villages to the south, of sending the car bomb."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"sdf"}, nil}}},
		{"the bombing attributed to the group",
			model.Document{Text: "A car bomb killed 12 people in Jarablus in Syria on Tuesday. Turkey's defence ministry attributed the bombing to the PKK/YPG."},
			[]triple{{"journalist", "asserts", nil, nil}, {"turkey", "asserts", []string{"sdf"}, nil}}},
		{"a charge of sending weapons blames no one for the strike",
			model.Document{Text: "A car bomb killed 12 people in Jarablus in Syria on Tuesday. Turkey's defence ministry accused the YPG of sending weapons to the PKK."},
			[]triple{{"journalist", "asserts", nil, nil}}},
		{"the group's positions blamed are no culprit",
			model.Document{Text: "A car bomb killed 12 people in Jarablus in Syria on Tuesday. The council blamed YPG positions near the town for the shelling of the road."},
			[]triple{{"journalist", "asserts", nil, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}
