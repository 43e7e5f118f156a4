package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Speakers the lexicon names only in part: a party of a nation (not its
// state), a medical alliance, and a reporter's
// question that relays a side's doubt. Every text is written for the test.
func TestSpeakerPartiesAndAidGroups(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"a spokesman for a nation's party is neither its state nor the last speaker",
			model.Document{Text: "The Revolutionary Guards said on Monday that their drones had struck bases near Piranshahr. A spokesman for one of the Iranian Kurdish opposition parties said none of its fighters had been hurt in the strikes."},
			[]triple{{"iran", "asserts", []string{"iran"}, nil}}},
		{"a nation's party heading the speaker phrase is not its state",
			model.Document{Text: "Turkish drones struck a farm near Amuda on Sunday, a Syrian Kurdish party said."},
			nil},
		{"a hospitals alliance the lexicon does not know is a monitor",
			model.Document{Text: "The Western Aleppo Hospitals Alliance, which runs four clinics in the area, said Russian jets struck its clinic in Atarib on Sunday."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}}},
		{"an alliance alone is not a monitor",
			model.Document{Text: "The Kurdistan Alliance said Turkish jets struck a village near Zakho on Sunday."},
			nil},
		{"a reporter's question relays a side's doubt of the strike",
			model.Document{Text: "U.S. commandos raided a house near Sarmada on Saturday, the Pentagon said.\n\nQ: The Russian defence ministry says it has no information about any such operation. Was Moscow told?"},
			[]triple{{"us-dod", "asserts", []string{"us"}, nil}, {"russia-mod", "disputes", []string{"us"}, nil}}},
		{"no information on the strike is no comment",
			model.Document{Text: "A spokesman for the Pentagon said he had no information on the strike near Sarmada."},
			nil},
	}
	runDocCases(t, e, reportBody, tests)
}
