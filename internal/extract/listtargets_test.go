package extract

import (
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestListedTargets checks that a sentence listing, by town, the targets of
// the strike told just before gives that strike a claim at each town, and
// that a list with no strike before it gives none.
func TestListedTargets(t *testing.T) {
	e := gazExtractor(t)
	cases := []struct {
		text string
		want []string
	}{
		{"Report.\n\nU.S. jets struck a dozen targets in Iraq on Sunday, the Pentagon said. Among them were a bunker near Hit and a depot outside Baiji.\n",
			[]string{"Iraq", "Hit", "Baiji"}},
		{"Report.\n\nThe governor visited the province on Sunday. Among them were schools near Hit and Baiji.\n", nil},
	}
	for _, c := range cases {
		claims, _ := e.Extract(model.Document{ID: "d", Title: "Report", Published: "2019-05-06", Text: c.text})
		var got []string
		for _, cl := range claims {
			got = append(got, cl.Where.Name)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: places %v, want %v", c.text, got, c.want)
		}
	}
	for s, want := range map[string]bool{"Among them were a depot": true, "The targets included two bridges": true, "Among the dead were": false} {
		if got := targetList(s); got != want {
			t.Errorf("targetList(%q) = %v, want %v", s, got, want)
		}
	}
}
