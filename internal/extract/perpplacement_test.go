package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorPlacementAndFollowUp: an arm's placement phrase without commas before
// its verb; an official statement's unattributed sentence about the strike
// its previous sentence told.
func TestPerpetratorPlacementAndFollowUp(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"a placement participle between the arm and its verb is stepped over",
			model.Document{Text: "Turkish artillery stationed near the border shelled the village of Tal Tamr on Sunday, killing two farmers, residents said."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"a statement's passive follow-up takes the actor of the strike just told",
			model.Document{Publisher: "Ministry of Defence of the Russian Federation", Kind: model.KindOfficial,
				Text: "According to information received from the Syrian side, on 3 May units of the Syrian Arab Army delivered fire on ammunition depots of terrorist groups near Kafr Nabl. No residential buildings were hit."},
			[]triple{{"syria-gov", "asserts", []string{"syria"}, nil}, {"russia-mod", "asserts", []string{"syria"}, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2019-05-04"}, tests)
}
