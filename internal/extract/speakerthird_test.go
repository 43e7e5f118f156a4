package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Who speaks, third round: speech verbs and speakers the first rounds left
// unread. Every text is written for the test.
func TestSpeakersThirdRound(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"the observers' network is a local voice",
			model.Document{Text: "Jets struck a bakery in Saraqib in Syria on Friday, killing four people. The observers' network said a Russian jet had bombed the bakery."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"russia"}, nil}}},
		{"a media official of a force speaks for it",
			model.Document{Text: "Jets struck a house near Raqqa in Syria on Friday, killing six people. A media official of the Syrian Democratic Forces said coalition jets had struck the house."},
			[]triple{{"journalist", "asserts", nil, nil}, {"sdf", "asserts", []string{"coalition"}, nil}}},
		{"a force's name in quotes is its name, not its words",
			model.Document{Text: "Jets struck a house near Raqqa in Syria on Friday, killing six people. A media official of the \"Syrian Democratic Forces\" said coalition jets had struck the house."},
			[]triple{{"journalist", "asserts", nil, nil}, {"sdf", "asserts", []string{"coalition"}, nil}}},
		{"an aside saying the speaker said the same elsewhere keeps the speaker",
			model.Document{Text: "Jets struck a market in Hit in Iraq on Monday, killing six people. The coalition told us, as it had told other outlets, that it carried out no strikes in Hit that day."},
			[]triple{{"journalist", "asserts", nil, nil}, {"cjtf-oir", "denies", nil, []string{"coalition"}}}},
	}
	runDocCases(t, e, reportBody, tests)
}
