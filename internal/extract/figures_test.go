package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestSentenceFigures: the figures of a sentence that no clause's claim
// read go to the sentence's assertion. Every text is written for the test.
func TestSentenceFigures(t *testing.T) {
	e := gazExtractor(t)
	tests := []struct {
		name, text string
		want       []string // "kind/group min..max", in any claim
		not        []string // figures no claim may carry
	}{
		{"toll before a second speaker's clause",
			"Nine people were killed and 20 others wounded on Friday when what witnesses described as a drone strike hit a market in Raqqa, hospital staff told reporters.",
			[]string{"killed/civilians 9..9", "injured/civilians 20..20"}, nil},
		{"toll in the speaker's own phrase",
			"Relatives of two shepherds killed in a coalition air strike near Mosul on Monday said the men were grazing their flocks when the jets hit them.",
			[]string{"killed/civilians 2..2"}, nil},
		{"another force struck more in the same area: one force's figures are lower bounds",
			"Coalition aircraft conducted five strikes near Hit on Tuesday, killing nine ISIS fighters, the coalition said. Iraqi Army aviation struck other targets in the same area the same night.",
			[]string{"strikes/unknown 5..-", "killed/militants 9..-"}, []string{"killed/militants 9..9"}},
		{"toll in a clause that made no claim",
			"The Syrian Observatory for Human Rights said on Sunday that the raids, which it blamed on Russia, killed eleven people in Idlib.",
			[]string{"killed/unknown 11..11"}, nil},
		{"speakers are not the dead",
			"Two nurses told reporters the patients were killed when Russian jets struck the hospital in Idlib on Sunday.",
			nil, []string{"killed/unknown 2..2", "killed/civilians 2..2"}},
		{"a dateline's year is no background",
			"QAMISHLI, Syria, March 3, 2020 - Two people were killed when what residents described as a Turkish drone hit a car near Qamishli, local officials told reporters.",
			[]string{"killed/unknown 2..2"}, nil},
		{"a war monitor is no background",
			"Russian jets struck a market in Idlib on Sunday, a Britain-based war monitor said, adding that six people were wounded.",
			[]string{"injured/civilians 6..6"}, nil},
		{"the laws of war are no background",
			"Russian jets bombed a bakery in Idlib on Sunday. About fifteen civilians were killed, an aid worker told reporters in Idlib, calling the raid \"a grave breach\" of the laws of war.",
			[]string{"killed/civilians 15..15"}, nil},
		{"a second speaker's toll once a clause read one",
			"Russian jets struck a residential block in Ariha on Monday, residents said. Rescuers told reporters they had pulled at least 14 bodies from the ruins of the block, while a member of the provincial council said more than 30 people had died in the raids.",
			[]string{"killed/unknown 14..-", "killed/unknown 31..-"}, nil},
		{"a figure of another group in a part with no speaker",
			"Elders have demanded an inquiry into an army drone strike on Sunday near Tal Afar that they say killed four farmers and wounded a boy, a day after the Ministry of Defence said its drones had killed nine militants in the area.",
			[]string{"killed/civilians 4..4", "injured/children 1..1", "killed/militants 9..9"}, nil},
		{"a patient admitted to hospital is no speaker",
			"According to the health directorate, two farmers were killed when a drone hit their tractor near Raqqa on Monday, and the driver was injured and admitted to hospital.",
			[]string{"killed/civilians 2..2", "injured/civilians 1..1"}, nil},
		{"a war crime is no background",
			"Jets hit a school in Ariha on Monday, killing eight pupils, in what a rights group called a war crime.",
			[]string{"killed/civilians 8..8"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Published: "2020-05-04", Text: tt.text})
			have := map[string]bool{}
			for _, c := range claims {
				for _, n := range c.Counts {
					have[fmt.Sprintf("%s/%s %s..%s", n.Kind, n.Group, bound(n.Min), bound(n.Max))] = true
				}
			}
			for _, w := range tt.want {
				if !have[w] {
					t.Errorf("no %q in %v", w, have)
				}
			}
			for _, w := range tt.not {
				if have[w] {
					t.Errorf("unexpected %q in %v", w, have)
				}
			}
		})
	}
}

// TestEmbeddedSayer: a sentence's subject that tells, in an embedded "they
// say", a toll before another speaker's clause makes its own claim with its
// figures, on the strike of that clause. Every text is written for the test.
func TestEmbeddedSayer(t *testing.T) {
	e := gazExtractor(t)
	text := "Elders have demanded an inquiry into an army drone strike on Sunday near Tal Afar that they say killed four farmers and wounded a boy, a day after the Ministry of Defence said its drones had killed nine militants in the area."
	claims, _ := e.Extract(model.Document{ID: "t", Published: "2020-05-04", Text: text})
	got := countsOf(claims)
	want := []string{"iraq-mod: killed/militants/9-9", "local-sources: killed/civilians/4-4, injured/children/1-1"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Fatalf("got %q\nwant %q", got, want)
	}
	if claims[1].Where != claims[0].Where || claims[1].When != claims[0].When {
		t.Errorf("the elders' claim is not of the ministry's strike: %+v vs %+v", claims[1].Where, claims[0].Where)
	}
}

// TestFollowCountsReach: a figure a few sentences on, in a later paragraph,
// still goes on with the last strike, unless it names another place or its
// paragraph is about another time.
func TestFollowCountsReach(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a later paragraph goes on with the last strike",
			"Turkish drones hit a car on the road on Sunday, the Syrian Observatory for Human Rights said.\n\nThe road was closed for hours. Traffic was diverted.\n\nTwo passengers were wounded and taken to hospital.",
			[]string{"ngo: vehicles_struck/unknown/1-1, injured/unknown/2-2"}},
		{"a bare toll line with no strike word is read",
			"Turkish drones hit a car on the road on Sunday, the Syrian Observatory for Human Rights said. Four dead, two wounded.",
			[]string{"ngo: vehicles_struck/unknown/1-1, killed/unknown/4-4, injured/unknown/2-2"}},
		{"a later paragraph about another year is background",
			"Turkish drones hit a car on the road on Sunday, the Syrian Observatory for Human Rights said.\n\nThe road was closed for hours.\n\nThe monitor logged 40 incidents in 2018. Two passengers were wounded in one of them.",
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

// A sentence opening with a figure "of them" counts the vehicles the
// sentence before named (sentences written for this test).
func TestOfThemAcrossSentences(t *testing.T) {
	e := newTestExtractor(t)
	text := "BAGHDAD, June 3 - U.S. jets struck a fuel convoy near Qaim on Tuesday, two Iraqi security sources said.\n\n" +
		"The tankers, loaded with diesel from the refinery, had crossed the border at night. Nine of them were destroyed, one of the sources said."
	claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-06-03", Text: text})
	for _, c := range claims {
		for _, n := range c.Counts {
			if n.Kind == model.CountVehiclesDestroyed && n.Min != nil && *n.Min == 9 {
				return
			}
		}
	}
	t.Errorf("no 9 vehicles destroyed in %+v", claims)
}
