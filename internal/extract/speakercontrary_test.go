package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// A claim the sentence sets aside ("contrary to what some outlets claimed")
// does not make its author the sentence's speaker. Every text is written
// for the test.
func TestContraryClaimIsNoSpeaker(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"contrary to what some media outlets have claimed",
			model.Document{Text: "The Turkish defence ministry said its jets did not bomb the village near Amuda on Monday, contrary to what some media outlets have claimed."},
			[]triple{{"turkey", "denies", nil, []string{"turkey"}}}},
		{"unlike what the monitor said",
			model.Document{Text: "The Russian defence ministry said its jets did not bomb the market in Ariha on Sunday, unlike what the monitor said."},
			[]triple{{"russia-mod", "denies", nil, []string{"russia"}}}},
		{"a trailing attribution still speaks",
			model.Document{Text: "Turkish jets bombed the village near Amuda on Monday, some media outlets have claimed."},
			[]triple{{"journalist", "asserts", []string{"turkey"}, nil}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(tc.doc)
			checkTriples(t, claims, tc.want)
		})
	}
}
