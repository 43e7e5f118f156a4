package extract

import (
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
