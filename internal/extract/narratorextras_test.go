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
	}
	runDocCases(t, e, reportBody, tests)
}
