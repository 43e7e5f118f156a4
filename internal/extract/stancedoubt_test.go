package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// A speaker that doubts another side's strike ("no reliable information",
// "no strikes by its aircraft were recorded") disputes it; it denies only a
// part of its own side. Every text is written for the test.
func TestDoubtOfAnotherSidesStrikeDisputesIt(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"no reliable information, no strikes recorded",
			model.Document{Text: "The Russian defence ministry was sceptical. \"We have no reliable information about this raid,\" a ministry spokesman said, adding that no strikes by U.S. aircraft had been recorded near Sarmada on Sunday."},
			[]triple{{"russia-mod", "disputes", []string{"us"}, nil}}},
		{"its own aircraft: still a denial",
			model.Document{Text: "\"We have no reliable information about this raid,\" a Russian defence ministry spokesman said, adding that no strikes by Russian aircraft had been recorded near Sarmada on Sunday."},
			[]triple{{"russia-mod", "denies", nil, []string{"russia"}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(tc.doc)
			checkTriples(t, claims, tc.want)
		})
	}
}

// "which they deny" after an accusation of something other than a strike
// answers that charge: the accuser does not deny its own strike. Every text
// is written for the test.
func TestDenialOfAnotherChargeIsNoDenialOfTheStrike(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"accused a long-named group of organising the protests",
			model.Document{Text: "Iranian drones struck a camp near Koya on Monday, local officials said. Tehran has accused armed Kurdish exile parties based in northern Iraq of organising the protests, which they deny."},
			[]triple{{"local-sources", "asserts", []string{"iran"}, nil}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(tc.doc)
			checkTriples(t, claims, tc.want)
		})
	}
}
