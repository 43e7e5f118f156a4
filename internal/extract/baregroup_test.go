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
		{"Cell 2isis struck.", true}, // after a digit, where the prefilter starts no word
		{"The Islamic\nState of mind.", false},
		{"Daesh, they said.", true},
		{"The madaesh market.", false},
	}
	pre := buildPrefilter()
	for _, tc := range tests {
		st := &docState{text: tc.text, hits: pre.scan(tc.text, nil)}
		if got := st.namesActor("isis"); got != tc.want {
			t.Errorf("namesActor(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestGroupNamesArePrefilterStems: namesActor finds the names by their
// hitGroup hits, so no other stem may take a name's pattern.
func TestGroupNamesArePrefilterStems(t *testing.T) {
	pre := buildPrefilter()
	for actor, names := range groupNames {
		for _, n := range names {
			found := false
			for _, h := range pre.scan(n, nil) {
				found = found || h.pos == 0 && h.kind == hitGroup
			}
			if !found {
				t.Errorf("%s name %q: no hitGroup hit", actor, n)
			}
		}
	}
}
