package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// A body named with its owner ("the region's ... directorate") is the
// later "the directorate", though its owner is what names its speaker.
// Every text is written for the test.
func TestSpeakerOwnedBodyAnaphor(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"a region's directorate is the directorate that says no one was hurt",
			model.Document{Text: "The Kurdistan Region's Security Directorate says two rockets were fired at the airport near Erbil on Monday. A car was found burned. No one was hurt, the directorate says."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"journalist", "asserts", nil, nil}, {"local-sources", "asserts", nil, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}
