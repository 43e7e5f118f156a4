package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Speakers of a named day's attack, unnamed officers' tolls and an agency's officials. Every text is written for the test.
func TestSpeakerNamedDaysAndHeadOfficials(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"a strike of a named day called a crime",
			model.Document{Text: "Rockets hit an air base near Balad on Tuesday. The Joint Operations Command called Tuesday's attack a hostile act and said two soldiers were wounded."},
			[]triple{{"iraq-joc", "asserts", nil, nil}, {"iraq-joc", "asserts", nil, nil}}},
		{"a toll of the hurt from an unnamed officer",
			model.Document{Text: "Rockets hit an air base near Balad on Tuesday. An Iraqi army officer at the base told reporters six contractors were hurt, and that two of them were flown to Baghdad."},
			[]triple{{"iraqi-sources", "asserts", nil, nil}}},
		{"an agency official after the agency was named",
			model.Document{Text: "An Israeli strike hit a bridge near Qusayr on Tuesday. The UN refugee agency says the bridge was the main route for families leaving the area. An agency official said its teams saw people crossing the river on foot after the strike."},
			[]triple{{"journalist", "asserts", []string{"israel"}, nil}, {"un", "asserts", nil, nil}}},
		{"a state-run agency of a state with no actor id, by its name alone",
			model.Document{Text: "An Israeli drone struck a car near the Syrian border on Monday. The state-run National News Agency said the strike killed two men near Hermel."},
			[]triple{{"journalist", "asserts", []string{"israel"}, nil}, {"local-sources", "asserts", nil, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}
