package extract

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// claimQuoted returns the claim whose quote opens with prefix.
func claimQuoted(t *testing.T, claims []model.Claim, prefix string) model.Claim {
	t.Helper()
	for _, c := range claims {
		if strings.HasPrefix(c.Quote, prefix) {
			return c
		}
	}
	t.Fatalf("no claim quoting %q in %+v", prefix, claims)
	return model.Claim{}
}

// A title naming a base and the town it lies north-east of names one
// place; an outlet named by its city ("a Baghdad channel") is not where
// the strike fell.
func TestTitleBearingAndOutletSeat(t *testing.T) {
	e := gazExtractor(t)
	doc := model.Document{ID: "t", Published: "2021-05-04", Title: "Drone attack on Taji base north of Baghdad",
		Text: "A spokesman for the Popular Mobilisation Forces rejected the accusation over the attack. \"The Hashd has no link to this attack,\" he told a Basra channel.\n\nTwo rockets struck inside the base late on Monday. Nobody was hurt, the police said."}
	claims, _ := e.Extract(doc)
	for _, c := range claims {
		if c.Where.Name == "Basra" {
			t.Errorf("%q placed at the outlet's city", c.Quote)
		}
	}
	if c := claimQuoted(t, claims, "Nobody was hurt"); !strings.Contains(c.Where.Name, "Taji") {
		t.Errorf("place %+v, want the title's Taji", c.Where)
	}
}

// A transcript opening "Two days after the rocket attack on ..." dates the
// attack two days before the broadcast; "Yesterday the command said ..."
// dates only what was said.
func TestTranscriptDaysAfterAndLaterSpeech(t *testing.T) {
	e := gazExtractor(t)
	doc := model.Document{ID: "t", Published: "2021-05-06", Title: "Morning show transcript",
		Text: "HOST: Good morning. Two days after the rocket attack on Camp Taji, questions remain.\n\nHOST: Yesterday the army said the rockets fell in open land. What do you see?\n\nREPORTER: The police insist that two rockets hit the camp."}
	claims, _ := e.Extract(doc)
	if c := claimQuoted(t, claims, "REPORTER: The police"); c.When.From != "2021-05-04" {
		t.Errorf("day %+v, want 2021-05-04", c.When)
	}
}

// A country named as what lies beyond ("networks outside of Iraq and
// Syria") does not move the passage away from the town struck.
func TestOutsideCountryIsAside(t *testing.T) {
	e := gazExtractor(t)
	doc := model.Document{ID: "t", Published: "2022-03-02", Title: "Drone strike kills militant commander",
		Text: "U.S. forces conducted a drone strike near Dabiq today, killing a senior militant commander.\n\nHe ran the group's cells outside of Iraq and Syria.\n\nThere were no civilian casualties in the strike."}
	claims, _ := e.Extract(doc)
	if c := claimQuoted(t, claims, "There were no civilian"); c.Where.Name != "Dabiq" {
		t.Errorf("place %+v, want Dabiq", c.Where)
	}
}
