package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorFiringPositions: fire "from government positions" is the
// government's; positions struck after the verb stay the target.
func TestPerpetratorFiringPositions(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"artillery fire from government positions is the government's",
			model.Document{Text: "On Monday artillery fire from government positions near Khan Sheikhoun hit the village of Kafr Nabl, wounding two civilians, activists said."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"shells fired from army positions are the army's",
			model.Document{Text: "On Monday shells fired from army positions hit the village of Kafr Nabl in the southern Idlib countryside, wounding a boy, activists said."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"government positions shelled by rebels are the target",
			model.Document{Text: "On Monday rebels shelled government positions near Kafr Nabl in the southern Idlib countryside, killing two soldiers, activists said."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2024-05-07"}, tests)
}
