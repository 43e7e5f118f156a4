package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// A news site or newspaper another report passes on is the press
// (journalist), whoever narrates. Every text is written for the test.
func TestPressOutletSpeakers(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"a news site in a monitor's note",
			model.Document{Kind: "ngo", Publisher: "Civilian Harm Monitor", Text: "An air strike hit a farm near Hawija on Monday. A Kirkuk news site reported that Iraqi F-16s had struck the farm."},
			[]triple{{"ngo", "asserts", nil, nil}, {"journalist", "asserts", []string{"iraq-air-force"}, nil}}},
		{"a newspaper",
			model.Document{Text: "A Kurdish newspaper reported that Turkish drones struck a village near Amadiya on Monday."},
			[]triple{{"journalist", "asserts", []string{"turkey"}, nil}}},
		{"quoted by a newspaper: the one quoted speaks",
			model.Document{Text: "A military source quoted by a pro-government newspaper said the army had not shelled the camp near Idlib on Monday."},
			[]triple{{"syria-gov", "denies", nil, []string{"syria"}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(tc.doc)
			checkTriples(t, claims, tc.want)
		})
	}
}
