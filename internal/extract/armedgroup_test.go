package extract

import (
	"fmt"
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestArmedGroupSubjects: an armed group named by its cells, its full name
// or a bracketed short form is the subject of the attack verb after it.
// Every text is written for the test.
func TestArmedGroupSubjects(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"the group's cells are the group",
			model.Document{Text: "Islamic State cells detonated a roadside bomb near Raqqa on Tuesday, killing three guards, the Kurdish-led administration said."},
			[]triple{{"local-sources", "asserts", []string{"isis"}, nil}}},
		{"cells of the group are the group",
			model.Document{Text: "Cells of the ISIS terrorist organisation detonated an explosive device near Raqqa on Tuesday, killing three guards, the Kurdish-led administration said."},
			[]triple{{"local-sources", "asserts", []string{"isis"}, nil}}},
		{"a device planted names who planted it",
			model.Document{Text: "A roadside bomb killed three guards near Raqqa on Tuesday. The Kurdish-led administration said ISIS cells had planted the device near the checkpoint, killing the guards."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"isis"}, nil}}},
		{"the group's full name holds a country that strikes nothing",
			model.Document{Text: "Fighters of the Islamic State of Iraq and the Levant executed dozens of captured soldiers near Mosul on Friday, a rights group said."},
			[]triple{{"ngo", "asserts", []string{"isis"}, nil}}},
		{"a bracketed short form keeps the subject",
			model.Document{Text: "Fighters of the Islamic State (ISIS) executed dozens of captured soldiers near Mosul on Friday, a rights group said."},
			[]triple{{"ngo", "asserts", []string{"isis"}, nil}}},
		{"a bracketed outlet in a dateline is no aside of the capital",
			model.Document{Text: "WASHINGTON (Wire) - Russian jets struck a base of U.S.-backed fighters near Raqqa on Tuesday, wounding four of them, a U.S. official said."},
			[]triple{{"us-official", "asserts", []string{"russia"}, nil}}},
	}
	runDocCases(t, e, caseDoc{}, tests)
}

// TestKilledByName: a strike that killed a named person killed at least
// one. Every text is written for the test.
func TestKilledByName(t *testing.T) {
	e := gazExtractor(t)
	tests := []struct {
		name, text string
		want       string // "kind min..max" of the first claim's first count, or ""
	}{
		{"a named person killed",
			"An Israeli strike on a flat near Homs on Monday killed Hamid Tavakoli, a senior adviser, Iranian state media said.", "killed 1..-"},
		{"a place after killed is no person",
			"An Israeli strike on Monday killed Sayyida Zeinab residents, a monitor said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Published: "2024-01-20", Text: tt.text})
			got := ""
			if len(claims) > 0 && len(claims[0].Counts) > 0 {
				n := claims[0].Counts[0]
				got = fmt.Sprintf("%s %s..%s", n.Kind, bound(n.Min), bound(n.Max))
			}
			if got != tt.want {
				t.Errorf("got %q, want %q (%d claims)", got, tt.want, len(claims))
			}
		})
	}
}
