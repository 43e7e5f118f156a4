package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// A bare toll right after the narrator told of an attack of a known kind
// is that attack's toll: it keeps the kind the sentence before told.
func TestTollSentenceKeepsToldType(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct{ text, quote, want string }{
		{"Report\n\nOn Tuesday night a suicide bomber blew himself up at a police checkpoint on the edge of Tikrit in Iraq. Three policemen were killed and five were wounded.",
			"Three policemen", model.EventGroundAttack},
		{"Report\n\nA drone hit a car outside Jisr al-Shughur in Syria on Friday. Two men inside it were killed.",
			"Two men", model.EventDroneStrike},
	} {
		claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-03-10", Text: tc.text})
		found := false
		for _, c := range claims {
			if len(c.Quote) >= len(tc.quote) && c.Quote[:len(tc.quote)] == tc.quote {
				found = true
				if c.Event.Type != tc.want {
					t.Errorf("%q: type %q, want %q", c.Quote, c.Event.Type, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim quoting %q in %+v", tc.text, tc.quote, claims)
		}
	}
}
