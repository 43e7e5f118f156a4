package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestOwnStatementOfAttackOnItsSite: a side's statement that its people or
// site, named before the side with "of", were attacked tells of a strike
// on it, not by it.
func TestOwnStatementOfAttackOnItsSite(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"drones heading toward a site of the side",
			model.Document{Publisher: "Russian Ministry of Defence", Kind: "official",
				Text: "On 3 May, five attack drones flew toward the repair point of the Russian Navy in Tartus, and all of them were shot down."},
			[]triple{{"russia-mod", "asserts", nil, nil}}},
		{"the side's servicemen killed",
			model.Document{Publisher: "Russian Ministry of Defence", Kind: "official",
				Text: "As a result of the mortar shelling of the Khmeimim air base on 3 May, two servicemen of the Russian armed forces were wounded."},
			[]triple{{"russia-mod", "asserts", nil, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2019-05-06"}, tests)
}
