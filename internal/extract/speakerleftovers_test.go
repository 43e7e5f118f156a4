package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Speaker leftovers: an account giver with a hyphenated
// modifier, a coordinated "it", an account before a
// colon, a hostile outlet's "occupation army", employees and lawmakers.
// Every text is written for the test.
func TestSpeakerLeftovers(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"a London-based monitor giving a toll is the next sentence's it",
			model.Document{Text: "Israeli jets struck a warehouse near Homs on Monday, Syrian state media said. A London-based monitor gave a higher toll. It said nine people had been killed in the strike."},
			[]triple{{"syria-gov", "asserts", []string{"israel"}, nil}, {"ngo", "asserts", nil, nil}}},
		{"a coordinated it is the first verb's speaker",
			model.Document{Text: "Residents said jets struck the market in Deir ez-Zor on Friday. The Amaq agency said its fighters had repelled an attack near the town, and it claimed the raid had killed 40 people."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"isis-amaq", "asserts", nil, nil}, {"isis-amaq", "asserts", []string{"isis"}, nil}}},
		{"an account before a colon is the it after it",
			model.Document{Text: "The Kurdish-led SDF said Turkish drones struck Amuda on Monday. Turkey's defence ministry has given its own version: it says its drones hit only terrorist targets in the area."},
			[]triple{{"sdf", "asserts", []string{"turkey"}, nil}, {"turkey", "asserts", []string{"turkey"}, nil}}},
		{"an employee is a local voice",
			model.Document{Text: "A warehouse employee told the agency that a drone struck the depot in Qaim on Sunday."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"a lawmaker is a local voice",
			model.Document{Text: "A lawmaker from Anbar told reporters that militia rockets struck the base near Hit on Sunday."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}
