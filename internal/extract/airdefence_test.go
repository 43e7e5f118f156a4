package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestAirDefenceIsNoOwnStrike: a side's voice telling of drones or missiles
// brought down over its base tells of an attack on it, not of its own strike
// on the attackers it names.
func TestAirDefenceIsNoOwnStrike(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		name string
		text string
		want []triple
	}{
		{"drones shot down and brought down, attackers called terrorists",
			"The Turkish defence ministry said on Sunday that terrorists had launched drones at a base near Bashiqa, and that five drones were shot down and two brought down by jamming.",
			[]triple{{"turkey", "asserts", nil, nil}}},
		{"without the downing the militants are its operation's",
			"The Turkish defence ministry said three PKK terrorists were neutralised in the Gara region on Tuesday.",
			[]triple{{"turkey", "asserts", []string{"turkey"}, nil}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Published: "2024-05-06", Text: tc.text})
			checkTriples(t, claims, tc.want)
		})
	}
}

func TestAirDefence(t *testing.T) {
	for s, want := range map[string]bool{
		"Seven drones were shot down over the airfield overnight.":         true,
		"Air defences intercepted two of the missiles before they landed.": true,
		"The army said it downed three drones near the border.":            true,
		"Gunmen shot down the street at passers-by.":                       false, // no projectile
		"Jets struck rocket launchers east of the town.":                   false, // no downing
	} {
		toks := tokenize(s, 0, len(s), nil)
		if got := airDefence(toks, 0, len(toks)); got != want {
			t.Errorf("airDefence(%q) = %v, want %v", s, got, want)
		}
	}
}
