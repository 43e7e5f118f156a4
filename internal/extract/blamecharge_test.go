package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// An accusation whose charge names no strike ("accused him of building a
// network") is no claim about the strike, nor the accuser's denial of its
// own part. Every text is written for the test.
func TestChargeOfOtherDeed(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"accused of building a network",
			model.Document{Text: "Syrian state media said Israeli jets struck a building in Jaramana on Sunday. Israel had long accused the commander of building a militant network on the Golan front."},
			[]triple{{"syria-gov", "asserts", []string{"israel"}, nil}}},
		{"accused of bombing is still a claim",
			model.Document{Text: "The Hashd accused the Americans of bombing its post near Qaim on Sunday."},
			[]triple{{"pmf", "asserts", []string{"us"}, nil}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(tc.doc)
			checkTriples(t, claims, tc.want)
		})
	}
}
