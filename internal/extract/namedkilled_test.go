package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// A named person killed in the active voice counts as at least one dead;
// a people or a day after the verb does not (sentences written for this test).
func TestNamedKilledObject(t *testing.T) {
	e := newTestExtractor(t)
	cases := []struct {
		name, text string
		want       bool
	}{
		{"a named person", "BAGHDAD, June 3 - The Pentagon said a U.S. drone strike near Hawija on Tuesday had killed Khalid Abu Omar, a senior Islamic State financier.", true},
		{"a name with a particle", "BAGHDAD, June 3 - The Pentagon said a U.S. drone strike near Hawija on Tuesday had killed Abu Hamza al-Iraqi, a senior Islamic State financier.", true},
		{"a name closed by its apposition", "DAMASCUS, Jan. 20 - An Israeli strike on a flat near Homs on Monday killed Hamid Tavakoli, a senior adviser, Iranian state media said.", true},
		{"a place after killed is no person", "DAMASCUS, Jan. 20 - An Israeli strike on Monday killed Sayyida Zeinab residents, a monitor said.", false},
		{"a people is no name", "BAGHDAD, June 3 - The Pentagon said a U.S. drone strike near Hawija on Tuesday killed Syrian soldiers at a checkpoint.", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-06-03", Text: tc.text})
			got := false
			for _, c := range claims {
				for _, n := range c.Counts {
					if n.Kind == model.CountKilled && n.Min != nil && *n.Min == 1 && n.Max == nil {
						got = true
					}
				}
			}
			if got != tc.want {
				t.Errorf("%q: named killed = %v, want %v (claims %+v)", tc.text, got, tc.want, claims)
			}
		})
	}
}
