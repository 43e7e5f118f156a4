package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Who speaks: the unqualified state voices of an outlet reporting from a
// state other than the one struck. Every text is written for the test.
func TestOutletStateSpeakers(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"a wire datelined in a capital: its security sources are that state's",
			model.Document{Publisher: "Capital Wire", Text: "ANKARA\n\nTurkish drones struck a depot of the terror group near Tal Rifaat in northern Syria on Monday, security sources said."},
			[]triple{{"turkey", "asserts", []string{"turkey"}, nil}}},
		{"without a dateline the security sources are the struck country's",
			model.Document{Publisher: "Capital Wire", Text: "Turkish drones struck a depot near Tal Rifaat in northern Syria on Monday, security sources said."},
			[]triple{{"syria-gov", "asserts", []string{"turkey"}, nil}}},
		{"state television in an outlet translated from Persian is Iran's",
			model.Document{Publisher: "Shiraz Daily (translated from Persian)", Text: "The Guards' missiles struck a headquarters near Albu Kamal in Syria at dawn. State television said the Guards' missiles had destroyed the headquarters."},
			[]triple{{"iran", "asserts", nil, nil}}},
		{"the state agency: the short form of the state news agency",
			model.Document{Text: "Missiles hit the port of Tartus in Syria on Monday, state media said.\n\nA war monitor said the missiles had hit an arms depot.\n\nOn 2 March, missiles also hit a depot near Homs, the state agency said at the time."},
			[]triple{{"syria-gov", "asserts", nil, nil}, {"ngo", "asserts", nil, nil}, {"syria-gov", "asserts", nil, nil}}},
		{"the sources added: the sources last heard",
			model.Document{Text: "Russian jets struck a hideout near Palmyra in Syria on Monday, army sources said. Four fighters were killed in the raid, the sources added."},
			[]triple{{"syria-gov", "asserts", []string{"russia"}, nil}, {"syria-gov", "asserts", nil, nil}}},
		{"the sources we consulted: the narrator's own, not the last heard",
			model.Document{Text: "Russian jets struck a hideout near Palmyra in Syria on Monday, army sources said. Four people were killed in the raid, according to the sources we consulted."},
			[]triple{{"syria-gov", "asserts", []string{"russia"}, nil}, {"local-sources", "asserts", nil, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}
