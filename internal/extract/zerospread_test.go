package extract

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/gazetteer"

	"github.com/crosscheck/crosscheck/internal/model"
)

// placeCounts renders each claim as "place: kind/group/min-max, ...".
func placeCounts(claims []model.Claim) []string {
	var out []string
	for _, c := range claims {
		out = append(out, c.Where.Name+" "+c.When.From+" "+strings.TrimPrefix(countsOf([]model.Claim{c})[0], c.Speaker+": "))
	}
	return out
}

// A toll of none told after several strikes covers each of them. Every
// text is written for the test.
func TestSpreadZeroTolls(t *testing.T) {
	gaz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"nobody hurt after two places struck",
			"Drones struck a power station at Kirkuk and the Baiji refinery on Sunday, starting fires, the Iraqi military said. No one was killed or injured, a military spokesman said.",
			[]string{"Kirkuk 2019-05-05 ", "Baiji 2019-05-05 ", "Kirkuk 2019-05-05 killed/unknown/0-0, injured/unknown/0-0", "Baiji 2019-05-05 killed/unknown/0-0, injured/unknown/0-0"}},
		{"in each case: the strikes of earlier paragraphs",
			"On Thursday 2 May, coalition aircraft struck a weapons store near Tikrit, the Iraqi military said.\n\nOn Saturday 4 May, they struck a tunnel near Baiji, the Iraqi military said.\n\nIn each case, the military said, no civilians were killed.",
			[]string{"Tikrit 2019-05-02 ", "Baiji 2019-05-04 killed/civilians/0-0", "Tikrit 2019-05-02 killed/civilians/0-0"}},
		{"a strike with a toll of its own keeps it",
			"Jets bombed a house in Tikrit on Friday, killing four people, the Iraqi military said.\n\nJets bombed a farm near Baiji on Friday, the Iraqi military said. No one was killed or injured, it said.",
			[]string{"Tikrit 2019-05-03 killed/civilians/4-4", "Baiji 2019-05-03 ", "Baiji 2019-05-03 killed/unknown/0-0, injured/unknown/0-0"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := New(gaz, actors.New())
			claims, _ := e.Extract(model.Document{Text: tc.text, Kind: model.KindNews, Published: "2019-05-07"})
			got := placeCounts(claims)
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}
