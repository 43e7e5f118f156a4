package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// A named person killed in the active voice counts as at least one dead;
// a people or a day after the verb does not, and names listed with "and"
// or commas count one each (sentences written for this test).
func TestNamedKilledObject(t *testing.T) {
	e := newTestExtractor(t)
	cases := []struct {
		name, text string
		want       int // the least number killed; 0 for none
	}{
		{"a named person", "BAGHDAD, June 3 - The Pentagon said a U.S. drone strike near Hawija on Tuesday had killed Khalid Abu Omar, a senior Islamic State financier.", 1},
		{"a name with a particle", "BAGHDAD, June 3 - The Pentagon said a U.S. drone strike near Hawija on Tuesday had killed Abu Hamza al-Iraqi, a senior Islamic State financier.", 1},
		{"a name closed by its apposition", "DAMASCUS, Jan. 20 - An Israeli strike on a flat near Homs on Monday killed Hamid Tavakoli, a senior adviser, Iranian state media said.", 1},
		{"a place after killed is no person", "DAMASCUS, Jan. 20 - An Israeli strike on Monday killed Sayyida Zeinab residents, a monitor said.", 0},
		{"a people is no name", "BAGHDAD, June 3 - The Pentagon said a U.S. drone strike near Hawija on Tuesday killed Syrian soldiers at a checkpoint.", 0},
		{"two titled names joined by and", "BEIRUT, March 9 - Hezbollah said an Israeli drone strike on a car near Tyre on Friday killed the senior field commander Hassan Jaber and the unit's deputy head, Ali Abu Karim, who had fought in Syria.", 2},
		{"three names in a list", "BAGHDAD, June 3 - The Pentagon said a U.S. strike near Qaim on Tuesday killed Khalid Abu Omar, Saad al-Rawi and Ahmad Yassin Hamdan, all senior financiers.", 3},
		{"a name, its apposition and another name", "BAGHDAD, June 3 - The Pentagon said a U.S. strike near Qaim on Tuesday killed Khalid Abu Omar, a senior financier, and Saad al-Rawi, his deputy.", 2},
		{"a body in the apposition is no second name", "BAGHDAD, June 3 - The Pentagon said a U.S. strike near Qaim on Tuesday killed Khalid Abu Omar, a commander of the Hamza Brigade, officials said.", 1},
		{"killing a name with a particle in its given name", "BAGHDAD, June 3 - The Pentagon said U.S. forces carried out a drone strike near Hawija on Tuesday, targeting and killing Abd al-Rahman Saleh, a senior Islamic State financier.", 1},
		{"a title, a name and its apposition are no companions", "BAGHDAD, June 3 - The Pentagon said a U.S. strike near Qaim on Tuesday killed the financier Khalid Abu Omar, a senior member of the group.", 1},
		{"a second verb ends the list", "BAGHDAD, June 3 - Officials said a U.S. strike near Qaim on Tuesday killed Khalid Abu Omar and wounded Saad Hamdan, his deputy.", 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-06-03", Text: tc.text})
			got := mostKilled(claims, false)
			if got != tc.want {
				t.Errorf("%q: named killed = %v, want %v (claims %+v)", tc.text, got, tc.want, claims)
			}
		})
	}
}

// A named person killed "together with" kin or "an additional" member
// gives an exact toll: the sentence lists every one of the dead
// (sentences written for this test).
func TestNamedKilledCompanions(t *testing.T) {
	e := newTestExtractor(t)
	cases := []struct {
		name, text string
		want       int // the exact number killed; 0 for none
	}{
		{"a deputy and an additional member", "BEIRUT, March 9 - The Israeli military said an Israeli strike on a compound near Tyre on Friday eliminated the commander Hassan Jaber, the head of the unit's rocket force, together with his deputy and an additional Hezbollah operative who were inside.", 3},
		{"along with his driver right after the name", "BAGHDAD, June 3 - The Pentagon said a U.S. strike near Qaim on Tuesday killed Khalid Abu Omar along with his driver.", 2},
		{"another fighter after a comma", "BAGHDAD, June 3 - The Pentagon said a U.S. strike near Qaim on Tuesday killed Khalid Abu Omar, together with another fighter.", 2},
		{"goats are no companions", "BAGHDAD, June 3 - The Pentagon said a U.S. strike near Qaim on Tuesday killed Khalid Abu Omar together with the family's goats.", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-06-03", Text: tc.text})
			got := mostKilled(claims, true)
			if got != tc.want {
				t.Errorf("%q: named killed exactly = %v, want %v (claims %+v)", tc.text, got, tc.want, claims)
			}
		})
	}
}

// mostKilled is the largest killed figure of claims: open-ended ("at
// least N") ones, or with exact, those whose least and most are equal.
func mostKilled(claims []model.Claim, exact bool) int {
	got := 0
	for _, c := range claims {
		for _, n := range c.Counts {
			if n.Kind != model.CountKilled || n.Min == nil {
				continue
			}
			if exact && n.Max != nil && *n.Min == *n.Max || !exact && n.Max == nil {
				got = max(got, *n.Min)
			}
		}
	}
	return got
}
