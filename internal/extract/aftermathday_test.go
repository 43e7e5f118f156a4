package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// A later day told of a victim dying of burns or injuries dates the death,
// not the strike: the claim that tells it, and the sentences after it,
// keep the strike's day.
func TestDiedOfBurnsDayIsNotTheStrikes(t *testing.T) {
	e := gazExtractor(t)
	text := "Report\n\nJets bombed a fuel market in Maarat al-Numan in Syria on 9 June 2020. Rescuers said two people were killed: a vendor who died at the scene and a boy who died of his injuries three days later.\n\nAbout 40 stalls were destroyed, the rescuers said."
	claims, _ := e.Extract(model.Document{ID: "t", Published: "2020-06-20", Text: text})
	if len(claims) == 0 {
		t.Fatal("no claims")
	}
	for _, c := range claims {
		if c.When.From != "2020-06-09" {
			t.Errorf("%q: day %+v, want 2020-06-09", c.Quote, c.When)
		}
	}
}

// A later day told as the day a figure was given ("gave nine dead on
// Wednesday") dates the count, not the attack: the claims keep the
// attack's day.
func TestFigureGivenDayIsNotTheStrikes(t *testing.T) {
	e := gazExtractor(t)
	text := "Weekly notes\n\nThe attack on a checkpoint near Muqdadiyah on Tuesday evening was the deadliest in months. Iraqi security officials blamed Islamic State remnants for the attack and gave nine dead on Wednesday; by Friday the health directorate said the toll had risen to 12."
	claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-10-31", Text: text})
	if len(claims) == 0 {
		t.Fatal("no claims")
	}
	for _, c := range claims {
		if c.When.From != "2021-10-26" {
			t.Errorf("%q: day %+v, want 2021-10-26", c.Quote, c.When)
		}
	}
}
