package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Where the wounded were treated or the dead were buried is not where the
// strike fell: a town the report names for it gives way to the strike's
// own town, or to the passage's place when the sentence names no other.
func TestCareAndBurialTownsAreNoStrikePlace(t *testing.T) {
	e := gazExtractor(t)
	for _, tc := range []struct {
		name, text, quote, want string
	}{
		{"hospital town after a framed town",
			"A car bomb exploded on Friday near the market in the town of Qabasin, in the eastern countryside of Aleppo, killing four civilians, after one of the wounded died on Saturday in a hospital in Gaziantep, the local council said.",
			"A car bomb", "Qabasin"},
		{"a list of hospital towns",
			"A roadside bomb hit a minibus near Jarablus on Friday, killing five civilians, the local council said. Turkish officials said 12 wounded were admitted to hospitals in Kilis and Gaziantep.",
			"Turkish officials", "Jarablus"},
		{"funeral town",
			"A drone struck a pickup truck near Taji on Monday, killing two fighters, the Popular Mobilisation Forces said. A third man died in a hospital in Baghdad on Tuesday, after the funeral of his comrades was held in Karbala, the PMF said.",
			"A third man", "Taji"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-03-10", Title: "Report", Text: tc.text})
			if c := claimQuoted(t, claims, tc.quote); c.Where.Name != tc.want {
				t.Errorf("%q placed at %+v, want %s", tc.quote, c.Where, tc.want)
			}
		})
	}
}
