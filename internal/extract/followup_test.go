package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// countsOf renders each claim as "speaker: kind/group/min-max, ...".
func countsOf(claims []model.Claim) []string {
	var out []string
	for _, c := range claims {
		var fs []string
		for _, n := range c.Counts {
			lo, hi := "", ""
			if n.Min != nil {
				lo = fmt.Sprint(*n.Min)
			}
			if n.Max != nil {
				hi = fmt.Sprint(*n.Max)
			}
			fs = append(fs, fmt.Sprintf("%s/%s/%s-%s", n.Kind, n.Group, lo, hi))
		}
		out = append(out, c.Speaker+": "+strings.Join(fs, ", "))
	}
	return out
}

// A figure in a sentence that makes no claim of its own belongs to the
// strike told of just before. Every text is written for the test.
func TestFollowCounts(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"children among the dead of a market toll: the toll has no group, the children are civilians",
			"Nine people were killed when a car bomb exploded in the market of the town on Monday, the civil defence said. Shops burned for hours. The dead included three children, according to the civil defence.",
			[]string{"local-sources: killed/unknown/9-9, killed/civilians/3-"}},
		{"the day a source's relative clause names dates the source, not the toll",
			"Iraq's defence ministry said its jets struck a militant hideout in the hills near Kifri on Monday. According to the troops who combed the area the next day, five militants were killed.",
			[]string{"iraq-mod: killed/militants/5-5"}},
		{"a body that gives the dead gives its own figure",
			"Syrian state media said Israeli missiles hit an army depot near Izraa on Tuesday. The provincial health directorate gave three dead and nine wounded.",
			[]string{"syria-gov: ", "local-sources: killed/unknown/3-3, injured/unknown/9-9"}},
		{"a time of day told as half past the hour is no background",
			"Seven civilians were killed when a car bomb exploded at the bus station of the town on Sunday, the civil defence said. The blast, at half past ten in the morning, set fire to three cars parked nearby.",
			[]string{"local-sources: killed/civilians/7-7, vehicles_destroyed/unknown/3-3"}},
		{"a stated absence of deaths joins the claim",
			"Syrian state media said Israeli missiles hit an army post near Quneitra on Monday. There were no deaths, the agency said.",
			[]string{"syria-gov: killed/unknown/0-0"}},
		{"a source's first figure, since replaced, is no figure",
			"A monitor said a drone killed nine fighters at a depot near the town on Monday. It had originally put the toll at six.",
			[]string{"ngo: killed/militants/9-9"}},
		{"no information is no figure",
			"Syrian state media said Israeli missiles hit an army post near Quneitra on Monday. There was no information on the dead, the agency said.",
			[]string{"syria-gov: "}},
		{"people still in hospital are the hurt of the strike just told",
			"The Syrian Observatory for Human Rights said Russian jets struck a bakery in the town on Monday, killing seven people. About 20 people remained in hospital.",
			[]string{"ngo: killed/civilians/7-7, injured/unknown/20-20"}},
		{"a toll raised in the source's second clause is its standing toll",
			"The provincial health office said an Israeli strike hit a farm near the town on Sunday and first reported one farmer killed and six wounded; on Monday it said the toll had risen to three dead.",
			[]string{"local-sources: killed/civilians/3-3, injured/civilians/6-6"}},
		{"a toll a death brings up, after the speaker's clause",
			"Russian jets struck a market in the town on Monday, the Syrian Observatory for Human Rights said. Six shoppers were killed and ten wounded, the monitor said. The wounded shopkeeper died on Tuesday, his brother told us, bringing the toll to seven.",
			[]string{"ngo: ", "ngo: killed/civilians/6-6, injured/civilians/10-10", "local-sources: killed/civilians/7-7"}},
		{"it said: the same source's toll joins its claim",
			"The Syrian Observatory for Human Rights said Russian jets struck a bakery in the town on Monday. At least 12 people were wounded, it said.",
			[]string{"ngo: injured/unknown/12-"}},
		{"bare narration after a sourced claim goes on with that source",
			"Russian jets struck a bakery in the town on Monday, the Syrian Observatory for Human Rights said. A 14-year-old boy was wounded and taken to hospital.",
			[]string{"ngo: injured/children/1-1"}},
		{"an unnamed speaker goes on with the last source",
			"Iraqi army helicopters killed 9 militants in a strike on a farm on Friday, the Joint Operations Command said. The command said three of their vehicles were burnt out.",
			[]string{"iraq-joc: killed/militants/9-9, vehicles_destroyed/unknown/3-3"}},
		{"next paragraph, no strike cue of its own",
			"The Joint Operations Command said army helicopters bombed a hideout near the road on Friday.\n\nTwo of their pick-up trucks were burnt out, and the fire was seen from the town.",
			[]string{"iraq-joc: vehicles_destroyed/unknown/2-2"}},
		{"the toll restated across a paragraph break says who they were",
			"A drone strike on a car near the town on Friday killed four people, his relatives said.\n\nA spokesman for the governor said the four were civilians.",
			[]string{"local-sources: killed/unknown/4-4, killed/civilians/4-4"}},
		{"another source's figure is its own claim of the same strike",
			"Turkish drones hit a car on the road on Sunday, the Syrian Observatory for Human Rights said. Residents said three people were treated for injuries.",
			[]string{"ngo: vehicles_struck/unknown/1-1", "local-sources: injured/unknown/3-3"}},
		{"no damage beside no casualties is no doubt",
			"Syrian state media said Israeli missiles hit an army post near Quneitra on Monday. The post suffered no casualties and no damage, the agency said.",
			[]string{"syria-gov: killed/unknown/0-0, injured/unknown/0-0"}},
		{"a toll that rises keeps its latest figure",
			"The Syrian Observatory for Human Rights said Russian jets struck a bakery in the town on Monday. It first put the toll at three, then raised it to seven.",
			[]string{"ngo: killed/unknown/7-7"}},
		{"a rise told to another source's claim keeps the latest figure",
			"Russian jets struck a bakery in the town on Monday, the Syrian Observatory for Human Rights said. The civil defence said the toll was three, later raising it to seven.",
			[]string{"ngo: ", "local-sources: killed/unknown/7-7"}},
		{"a running total since a year is background",
			"Turkish drones hit a car on the road on Sunday, the Syrian Observatory for Human Rights said. Since 2019, more than 300 people have been wounded in the province.",
			[]string{"ngo: vehicles_struck/unknown/1-1"}},
		{"said not to be: a zero of its group",
			"Turkish drones hit a car on the road on Sunday, the Syrian Observatory for Human Rights said. It said no civilians were wounded.",
			[]string{"ngo: vehicles_struck/unknown/1-1, injured/civilians/0-0"}},
		{"a figure of another day is another incident",
			"Turkish drones hit a car on the road on Sunday, the Syrian Observatory for Human Rights said. On Friday, 7 people were wounded in the town.",
			[]string{"ngo: vehicles_struck/unknown/1-1"}},
		{"a source's own hedge is no second source",
			"Iraqi army helicopters killed militants in a strike on a camp on Friday, the Joint Operations Command said. A security source told our correspondent that, according to preliminary information, more than 20 gunmen were killed.",
			[]string{"iraq-joc: ", "iraqi-sources: killed/militants/21-"}},
		{"the day a victim died is no other strike's day",
			"Shells struck the clinic in the town on Tuesday, the Syrian Observatory for Human Rights said. Three people were killed and six were wounded. A man of 60 who was hurt in the blast died the next day, his family told us, bringing the toll to four.",
			[]string{"ngo: ", "journalist: killed/unknown/4-4, injured/unknown/6-6"}},
		{"too far from the claim, in another paragraph",
			"Turkish drones hit a car on the road on Sunday, the Syrian Observatory for Human Rights said.\n\nThe town lies on the main road. Its market reopened. Traders returned.\n\nEleven shops were burnt out by the fire.",
			[]string{"ngo: vehicles_struck/unknown/1-1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{Text: tc.text, Kind: model.KindNews, Published: "2019-05-07"})
			got := countsOf(claims)
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}
