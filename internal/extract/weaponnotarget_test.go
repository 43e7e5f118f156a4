package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// The weapon is not what it hit: "unmanned aerial vehicles" are drones,
// not vehicles struck, and "home-made" drones hit no house. A wrong target
// class splits one attack told by two reports.
func TestWeaponWordsAreNoTarget(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text, quote, target, typ string
	}{
		{"Report\n\nEight unmanned aerial vehicles attacked the Russian air base at Hama in Syria on Sunday night, Russia's defence ministry said.",
			"Eight unmanned", "base", "drone_strike"},
		{"Report\n\nRussia's defence ministry said militants fired a swarm of home-made drones at the air base at Hama in Syria on Sunday.",
			"swarm of home", "base", "drone_strike"},
	} {
		claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-03-10", Text: tc.text})
		forQuoting(t, claims, tc.quote, func(c model.Claim) {
			if c.Event.Target != tc.target || c.Event.Type != tc.typ {
				t.Errorf("%q: target %q type %q, want %q %q", tc.quote, c.Event.Target, c.Event.Type, tc.target, tc.typ)
			}
		})
	}
}
