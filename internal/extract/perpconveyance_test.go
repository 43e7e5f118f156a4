package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorConveyanceAside: how attackers came ("riding motorcycles",
// "in two cars") stands between them and their verb without hiding them.
func TestPerpetratorConveyanceAside(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"attackers riding vehicles keep their verb",
			model.Document{Text: "Late on Sunday, Islamic State militants riding three motorcycles and a car attacked an army checkpoint near Baiji, police said."},
			[]triple{{"iraqi-sources", "asserts", []string{"isis"}, nil}}},
		{"attackers in cars keep their verb",
			model.Document{Text: "Late on Sunday, Islamic State militants in two pickup trucks attacked an army checkpoint near Baiji, police said."},
			[]triple{{"iraqi-sources", "asserts", []string{"isis"}, nil}}},
		{"a place after the attackers is no conveyance",
			model.Document{Text: "Late on Sunday, militants in the village of Baiji attacked an army checkpoint, police said."},
			[]triple{{"iraqi-sources", "asserts", nil, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2019-05-06"}, tests)
}
