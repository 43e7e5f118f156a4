package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestBareMilitants: a bare "militants" is Islamic State only in a report
// that names the group; elsewhere the attackers are unknown.
func TestBareMilitants(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"bare militants in a report naming the group are its fighters",
			model.Document{Text: "Militants attacked an army checkpoint near Tarmiyah on Sunday, killing four soldiers. Islamic State later claimed the attack through its Amaq agency."},
			[]triple{{"journalist", "asserts", []string{"isis"}, nil}, {"isis-amaq", "asserts", []string{"isis"}, nil}}},
		{"bare militants in a report naming no group are unknown",
			model.Document{Text: "Militants fired mortar rounds at an army base near Tarmiyah on Sunday, killing two soldiers, the Iraqi defence ministry said."},
			[]triple{{"iraq-mod", "asserts", []string{"unknown"}, nil}}},
	}
	runDocCases(t, e, caseDoc{}, tests)
}

// TestNamesActor: the group is named by a whole word or a two-word name,
// an initialism only in the report's own upper case.
func TestNamesActor(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The ISIS attack on the post", true},
		{"The crisis deepened after the attack.", false},
		{"A crisis, then Isis.", true},
		{"IS claimed it through its agency.", true},
		{"It is claimed by nobody.", false},
		{"Fighters of the Islamic State attacked.", true},
		{"An Islamic  State of mind.", false}, // two spaces: not the name as written
		{"The Islamic charity fed the state's poor.", false},
		{"IS-held villages", true},
	}
	for _, tc := range tests {
		st := &docState{text: tc.text}
		if got := st.namesActor("isis"); got != tc.want {
			t.Errorf("namesActor(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
