package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// A toll that goes on past a speech aside with "along with" keeps the
// people after the aside in its total.
func TestCompanionsPastSpeechAside(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text string
		want int
	}{
		{"Report\n\nJets struck a farm near Hawija in Iraq on Monday. Three gunmen died in the strike, witnesses said, along with a 70-year-old shepherd.", 4},
		{"Report\n\nA drone hit a car near Idlib in Syria on Friday. Two fighters were killed, the monitor said, together with two farmers who were passing by.", 4},
	} {
		claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-03-10", Text: tc.text})
		found := false
		for _, c := range claims {
			for _, n := range c.Counts {
				if n.Kind == "killed" && n.Min != nil && *n.Min == tc.want && n.Max != nil && *n.Max == tc.want {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%q: no killed %d in %+v", tc.text, tc.want, claims)
		}
	}
}
