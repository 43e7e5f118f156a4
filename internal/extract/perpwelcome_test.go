package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorWelcomeAndBlame: a side that welcomes a strike speaks of
// another's; blame placed on a group names the group.
func TestPerpetratorWelcomeAndBlame(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"a side that welcomed the raids speaks of another's strike",
			model.Document{Text: "Russian jets bombed rebel positions near Rastan on Friday, the Russian defence ministry said.\n\nA Syrian army officer quoted by state television welcomed the raids, saying they had destroyed \"terrorist dens\" near Rastan."},
			[]triple{{"russia-mod", "asserts", []string{"russia"}, nil}, {"syria-gov", "asserts", []string{"russia"}, nil}}},
		{"blame put on a group with no actor row names its force",
			model.Document{Text: "A motorbike bomb killed six people at a bus station in Ras al-Ain on Sunday. Turkey's interior ministry blamed the bombing on the YPG."},
			[]triple{{"journalist", "asserts", nil, nil}, {"turkey", "asserts", []string{"sdf"}, nil}}},
		{"blaming the group for the attack names its force",
			model.Document{Text: "A motorbike bomb killed six people at a bus station in Ras al-Ain on Sunday. Turkish officials blamed the YPG for the attack."},
			[]triple{{"journalist", "asserts", nil, nil}, {"turkey", "asserts", []string{"sdf"}, nil}}},
		{"the group's positions struck are no blame",
			model.Document{Text: "Turkey's defence ministry said its jets struck YPG positions near Ras al-Ain on Sunday."},
			[]triple{{"turkey", "asserts", []string{"turkey"}, nil}}},
		{"a weapon whose relative clause tells what it hit keeps its origin",
			model.Document{Text: "Turkish officials said the bombs that hit the observation post near Saraqeb on Thursday came from Russian jets."},
			[]triple{{"turkey", "asserts", []string{"russia"}, nil}}},
		{"blaming what a side calls the regime names the regime",
			model.Document{Text: "An air strike killed nine Turkish soldiers near Saraqeb on Thursday. Ankara blames what it calls \"the regime\" for the strike."},
			[]triple{{"journalist", "asserts", nil, nil}, {"turkey", "asserts", []string{"syria"}, nil}}},
	}
	runDocCases(t, e, caseDoc{}, tests)
}
