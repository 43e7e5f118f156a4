package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Narrator extras: sentences the narrator seemed to assert because their
// real speaker was missed. Every text is written for the test.
func TestNarratorExtras(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"relatives who insist are the speaker, not the narrator",
			model.Document{Text: "HIT, Iraq, March 9, 2021 (Wire) - Relatives of three men killed when a drone struck their car near Hit on Sunday insist the dead were shepherds."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"the toll after a mid-sentence said is the speaker's, not the narrator's",
			model.Document{Text: "ALEPPO, Syria, June 3, 2021 (Wire) - Syrian government forces shelled two villages west of Aleppo on Wednesday, the monitor said, killing at least seven civilians, among them three in Atarib."},
			[]triple{{"ngo", "asserts", []string{"syria"}, nil}}},
		{"a network of activists speaks for its members",
			model.Document{Text: "HOMS, Syria, June 3, 2021 (Wire) - A small network of activists in the town says two missiles hit a house on the edge of Talbiseh on Wednesday, killing a woman."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}
