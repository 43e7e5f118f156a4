package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Who speaks: a body whose name opens with a country's name, a post seated
// at a body fronted as "At <body>,", and "its spokesman" after a sentence
// whose subject is a body that says nothing about a strike. Every text is
// written for the test.
func TestSpeakersSeatAndName(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"a rescue service named with its country's name speaks for itself",
			model.Document{Text: "Shells hit a camp near Idlib in Syria on Monday, killing six people. The Syria Civil Defence said the shells were fired by Syrian government forces."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"syria"}, nil}}},
		{"a post fronted by the body it sits at",
			model.Document{Text: "Rockets struck a base near Ramadi in Iraq on Monday, killing two guards. At the Pentagon, press secretary Jane Roe said three soldiers were wounded in the attack."},
			[]triple{{"journalist", "asserts", nil, nil}, {"us-dod", "asserts", nil, nil}}},
		{"its spokesman after a body that disagrees",
			model.Document{Text: "Rockets hit a depot near Qaim in Iraq on Monday, the army said. The coalition disagrees. Its spokesman, Col. Jim Hale, said the coalition was not involved in the strike."},
			[]triple{{"iraq-military", "asserts", nil, nil}, {"cjtf-oir", "denies", nil, []string{"coalition"}}}},
	}
	runDocCases(t, e, reportBody, tests)
}
