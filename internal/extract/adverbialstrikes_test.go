package extract

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Strikes told by an adverb ("hit twice") count the strikes on the place
// the sentence names; a second place named in a relative clause before the
// verb ("which supplies the area around Y") gets no claim of its own from them.
func TestAdverbialStrikesStayWithTheirPlace(t *testing.T) {
	e := newTestExtractor(t)
	text := "The SDF said two guards were killed and three workers wounded when the pumping station east of Tal Tamr, which supplies water to the area around Hasakah, was hit twice on Monday afternoon."
	claims, _ := e.Extract(model.Document{Text: text, Kind: model.KindNews, Published: "2023-10-03"})
	got := countsOf(claims)
	want := []string{"sdf: killed/unknown/2-2, injured/civilians/3-3, strikes/unknown/2-2"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
