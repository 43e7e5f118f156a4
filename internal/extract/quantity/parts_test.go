package quantity

import (
	"fmt"
	"testing"
)

// TestSummedCountsKeepTheirParts: a figure summed from a list remembers
// the figures it adds up, in the order written.
func TestSummedCountsKeepTheirParts(t *testing.T) {
	cases := []struct {
		name, sentence string
		want           []string // "span => parts"
	}{
		{"people of no group joined by and",
			"The shelling wounded three soldiers and two border guards on Tuesday.",
			[]string{"three soldiers and two border guards => [3 2]"}},
		{"one head noun, told apart by the words before it",
			"The blast wounded five Iraqi soldiers and two members of the coalition's training mission.",
			[]string{"five Iraqi soldiers and two members => [5 2]"}},
		{"a total given for the parts before it",
			"Officials said 12 soldiers and three civilians were killed, for a total of 15.",
			[]string{"three civilians => []", "15 => [12 3]"}},
		{"others added to a figure are the rest of the toll, no part of its own",
			"The strike killed two commanders and three others near the border.",
			[]string{"two commanders and three others => []"}},
		{"a single figure is no sum",
			"Four soldiers were wounded in the attack.",
			[]string{"Four soldiers => []"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, f := range Counts(c.sentence, nil) {
				got = append(got, fmt.Sprintf("%s => %v", c.sentence[f.Start:f.End], f.Count.Parts))
			}
			if fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("%q\n got %q\nwant %q", c.sentence, got, c.want)
			}
		})
	}
}
