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

func TestContainsWord(t *testing.T) {
	tests := []struct {
		s, w string
		want bool
	}{
		{"the isis attack", "isis", true},
		{"the crisis deepened", "isis", false},
		{"a crisis, then isis.", "isis", true},
		{"IS claimed it", "IS", true},
		{"ISIS claimed it", "IS", false},
	}
	for _, tc := range tests {
		if got := containsWord(tc.s, tc.w); got != tc.want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", tc.s, tc.w, got, tc.want)
		}
	}
}
