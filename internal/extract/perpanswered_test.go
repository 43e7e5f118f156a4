package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorAnsweredAndRelativeClaims: a group claiming an attack in a
// relative clause after it; the attack an operation answers, told with no
// strike of its own, is the other side's; the Afghan branch of Islamic
// State is Islamic State.
func TestPerpetratorAnsweredAndRelativeClaims(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"a group's claim in a relative clause after the attack is its own",
			model.Document{Text: "The car bombing at the vegetable market in Baqubah on Friday, which the Islamic State group claimed the same evening, killed 31 people, police said."},
			[]triple{{"isis-amaq", "asserts", []string{"isis"}, nil}}},
		{"a relative claim of something other than the attack names no one",
			model.Document{Text: "Rescuers pulled bodies from the rubble of the market, which Islamic State claimed was a militia base, after the raid on Friday."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"the Khorasan branch's attack is Islamic State's",
			model.Document{Text: "The ISIS-K attack on the checkpoint outside Jalalabad killed nine soldiers on Sunday, officials said."},
			[]triple{{"local-sources", "asserts", []string{"isis"}, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2021-08-29"}, tests)
}

// TestPerpetratorAnsweredAttack: an official's "these operations are in
// response to the X attack" tells the attack answered, not its own strike.
func TestPerpetratorAnsweredAttack(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"an answer with no strike of its own tells the attack answered",
			model.Document{Publisher: "U.S. Central Command Public Affairs", Kind: "official",
				Text: "These operations are in response to the ISIS-K attack of Aug. 26 at the north gate of Hamid Karzai International Airport, which killed scores of people."},
			[]triple{{"us-dod", "asserts", []string{"isis"}, nil}}},
		{"forces engaged against a group are not striking: the official's own aircraft are",
			model.Document{Publisher: "Ministry of Defence of the United Kingdom", Kind: "official",
				Text: "The United Kingdom provides air support to the Iraqi forces engaged against Daesh in northern Iraq.\n\nOn Tuesday two Typhoon aircraft carried out a strike on a mortar team near Kirkuk."},
			[]triple{{"uk", "asserts", []string{"uk"}, nil}}},
		{"a strike that answers an attack is still the striker's",
			model.Document{Text: "Israeli jets struck a weapons depot near Damascus on Sunday in retaliation for the Iranian drone attack on the Golan, state media said."},
			[]triple{{"syria-gov", "asserts", []string{"israel"}, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2021-08-29"}, tests)
}
