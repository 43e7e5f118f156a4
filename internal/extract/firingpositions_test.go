package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Fire "from army positions near" a town came from there; the town it hit
// is the strike's place. A day told of the dead recovered later is not the
// strike's day: "the same evening" after it keeps the strike's.
func TestFiringPositionsAndAftermathDay(t *testing.T) {
	e := gazExtractor(t)
	text := "Report\n\nOn 3 March 2020, jets bombed a bakery in Maarat al-Numan in Syria, killing nine people. The toll rose to eleven as two of the wounded died in hospital and one body was pulled from the ruins on 4 March.\n\nOn the same evening, rocket fire from Syrian army positions near Khan Shaykhun hit the village of Kafr Nubl, wounding three civilians."
	claims, _ := e.Extract(model.Document{ID: "t", Published: "2020-03-06", Text: text})
	found := false
	for _, c := range claims {
		if len(c.Quote) < 15 || c.Quote[:15] != "On the same eve" {
			continue
		}
		found = true
		if c.Where.Name != "Kafr Nubl" {
			t.Errorf("place %+v, want Kafr Nubl", c.Where)
		}
		if c.When.From != "2020-03-03" {
			t.Errorf("day %+v, want 2020-03-03", c.When)
		}
	}
	if !found {
		t.Errorf("no claim for the rocket fire in %+v", claims)
	}
}
