package quantity

import (
	"slices"
	"testing"
)

// Each zero rule tried at the anchors only must find what a search of the
// whole sentence finds.
func TestAnchoredZeroRulesMatchWholeSearch(t *testing.T) {
	sentences := []string{
		"The ministry said no one was killed and nobody was hurt in the raid.",
		"Police said no-one had been injured, and none of them were wounded either.",
		"There were no casualties, no civilian deaths and no human victims.",
		"No civilians were harmed or killed, and no patients were hurt when the shell hit the clinic.",
		"The coalition said there was no indication at this time of civilian casualties.",
		"The statement said there were \"no indications\" that any civilians were harmed.",
		"None of the dead were civilians, a medic said; none of the 13 drones caused casualties.",
		"The strike was carried out without causing any casualties and without civilian injuries.",
		"The drones hit the depot without damage or casualties, the army said, causing only material damage.",
		"5no casualties_no deaths were reported, NO ONE WAS KILLED, nobody, soldier or civilian, had been killed or wounded.",
		"There were no strikes in the town on Tuesday, and no one knows why.",
		"no deaths no injuries no casualties",
	}
	found := 0
	for _, s := range sentences {
		var buf [8]int
		starts, _ := anchorsIn(s, buf[:0])
		for k, z := range zeroTolls {
			if z.negated || z.anywhere {
				continue
			}
			want := z.re.FindAllStringSubmatchIndex(s, -1)
			got := anchoredMatches(z.anchored, s, starts)
			found += len(want)
			if !slices.EqualFunc(want, got, slices.Equal[[]int]) {
				t.Errorf("rule %d on %q: anchored %v, whole search %v", k, s, got, want)
			}
		}
	}
	if found < 15 {
		t.Errorf("the sentences hold %d matches: too few to test the rules", found)
	}
}
