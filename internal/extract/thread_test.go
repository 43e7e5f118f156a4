package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestThreadPostDays: a post that names no day is dated by its stamp line,
// under the post (X) or over it (a channel's "@handle · time · day"), not by
// the thread's published date; a post's own day still wins.
func TestThreadPostDays(t *testing.T) {
	e := gazExtractor(t)
	for _, tc := range []struct {
		name, text string
		want       []string // the claims' first days, in order
	}{
		{"stamp under each post",
			"1/ Loud blasts now at a depot west of Mayadin.\n22:51 · Mar 3, 2019\n\n" +
				"2/ Residents tell us two strikes by unknown jets hit the depot near Mayadin.\n23:05 · Mar 3, 2019\n\n" +
				"3/ A monitor says the jets killed six fighters near Mayadin.\n08:12 · Mar 4, 2019\n",
			[]string{"2019-03-03", "2019-03-04"}},
		{"stamp over each post",
			"@MayadinNow · 22:51 · 3 Mar 2019\nResidents say two strikes by unknown jets hit a depot near Mayadin.\n\n" +
				"@MayadinNow · 08:12 · 4 Mar 2019\nA monitor says jets killed six fighters near Mayadin on Saturday.\n",
			[]string{"2019-03-03", "2019-03-02"}},
	} {
		claims, err := e.Extract(model.Document{ID: "thread", Title: "Blasts near Mayadin", Kind: model.KindSocial, Published: "2019-03-04", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range claims {
			got = append(got, c.When.From)
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: days %v, want %v (%+v)", tc.name, got, tc.want, triples(claims))
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: days %v, want %v", tc.name, got, tc.want)
				break
			}
		}
	}
}
