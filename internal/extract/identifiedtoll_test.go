package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// killedCounts lists every death toll of the claims as "group min-max"
// (max "+" when open), claim by claim.
func killedCounts(claims []model.Claim) []string {
	var out []string
	for _, c := range claims {
		for _, k := range c.Counts {
			if k.Kind != model.CountKilled {
				continue
			}
			lo, hi := "?", "+"
			if k.Min != nil {
				lo = fmt.Sprint(*k.Min)
			}
			if k.Max != nil {
				hi = fmt.Sprint(*k.Max)
			}
			out = append(out, k.Group+" "+lo+"-"+hi)
		}
	}
	return out
}

// A source that says who the dead were gives its own toll of no group
// that group too (sentences written for this test).
func TestIdentifiedToll(t *testing.T) {
	e := newTestExtractor(t)
	cases := []struct {
		name, text string
		want       string // a death toll that must be among the claims'
		not        string // one that must not ("": none)
	}{
		{"the dead described in the toll's own sentence",
			"Seven people were killed, according to rescuers who searched the ruins of the house overnight, and neighbours say that the dead are shepherds and their wives, not fighters.",
			"civilians 7-7", ""},
		{"the dead described by the same source a paragraph on",
			"Three men were killed on Monday when a drone hit their car on the road north of Sinjar, the district mayor said.\n\nThe mayor said the men had been driving to market. \"They had nothing to do with any armed group,\" he said.",
			"civilians 3-3", ""},
		{"another source's description leaves the toll be",
			"Three men were killed on Monday when a drone hit their car on the road north of Sinjar, the district mayor said.\n\nA war monitor said the men were not fighters.",
			"unknown 3-3", "civilians 3-3"},
		{"a part of the dead described leaves the whole be",
			"Russian jets struck a market in Ariha on Sunday, a war monitor said.\n\n\"We counted between six and eight dead, and at least four of them were civilians,\" the monitor said.",
			"unknown 6-8", "civilians 6-8"},
		{"the dead named just before a pronoun are the ones described",
			"At least eleven people were killed in the raid on the outskirts of Saraqib, residents said. Among them were three brothers, Omar, Fadi and Sami, who were driving home from the fields. \"They were not fighters. They had no guns,\" said a neighbour who helped to bury them.",
			"civilians 3-3", "civilians 11-+"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-06-03", Text: tc.text})
			got := killedCounts(claims)
			if !slices.Contains(got, tc.want) || tc.not != "" && slices.Contains(got, tc.not) {
				t.Errorf("%q: tolls %s, want %q and not %q", tc.text, strings.Join(got, "; "), tc.want, tc.not)
			}
		})
	}
}
