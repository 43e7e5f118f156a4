package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Who speaks: a pronoun after a fronted phrase with no comma, the body a
// sentence without a speech verb opens with as "the Israeli military", a
// state's government by its own row and the regime's news agency.
// Every text is written for the test.
func TestSpeakersFrontedAndRelative(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"a pronoun after a fronted time phrase with no comma is the subject",
			model.Document{Text: "Israeli jets struck a depot near Homs in Syria on Sunday, a monitor said. The Israeli army did not name the town. In a brief statement on Monday it said its jets had struck weapons stores."},
			[]triple{{"ngo", "asserts", []string{"israel"}, nil}, {"israel", "asserts", []string{"israel"}, nil}}},
		{"a body named with its country's adjective is the subject for the next 'it said'",
			model.Document{Text: "Jets struck a depot near Homs in Syria on Sunday, a monitor said. The Israeli military did not name the town. It said its jets had struck weapons stores."},
			[]triple{{"ngo", "asserts", nil, nil}, {"israel", "asserts", []string{"israel"}, nil}}},
		{"a pronoun inside a relative clause of a noun is not the subject",
			model.Document{Text: "Turkish drones struck a farm near Qamishli in Syria on Monday. On Tuesday the fighters it says are linked to the PKK fled the area."},
			[]triple{{"journalist", "asserts", []string{"turkey"}, nil}}},
		{"'in which it said' after a document is no fronted phrase",
			model.Document{Text: "A Turkish drone struck a car near Sinjar in Iraq on Monday, local officials said. Turkey's defence ministry pointed to a weekly briefing in which it said operations in northern Iraq would go on."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"Iraq's government speaks through the commander-in-chief's office",
			model.Document{Text: "US jets struck two depots near Qaim in Iraq late on Sunday, killing four people, the Iraqi government said on Monday."},
			[]triple{{"iraq-joc", "asserts", []string{"us"}, nil}}},
		{"Iraq's foreign ministry is no voice of the command",
			model.Document{Text: "A Turkish drone struck a car near Zakho in Iraq on Monday. The foreign ministry in Baghdad said it condemned the Turkish drone strike."},
			[]triple{{"journalist", "asserts", []string{"turkey"}, nil}}},
		{"the regime's news agency is Syria's state media",
			model.Document{Text: "Barrel bombs hit a market near Daraa in Syria on Monday, killing six people, local activists said. For its part, the regime's news agency claimed that army units had struck terrorist hideouts near Daraa."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"syria-gov", "asserts", []string{"syria"}, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}
