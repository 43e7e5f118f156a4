package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorTopicsAndReferents: a speech verb read as an adjective, a
// rejected claim about what was hit, "the enemy" named before, a bomb
// planted, France's presidency.
func TestPerpetratorTopicsAndReferents(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"a speech verb after a determiner is an adjective",
			model.Document{Text: "The Syrian Foreign Ministry said on Sunday it holds the Zionist enemy responsible for this repeated aggression on the port of Tartus."},
			[]triple{{"syria-gov", "asserts", []string{"israel"}, nil}}},
		{"a claim rejected about the target denies no culprit",
			model.Document{Text: "The Syrian Foreign Ministry said Israeli warplanes struck the port of Tartus on Sunday. The claims made by hostile outlets about weapons stored at the port are lies meant to justify this criminal attack, the ministry said."},
			[]triple{{"syria-gov", "asserts", []string{"israel"}, nil}}},
		{"the enemy is the side the speaker named as its enemy",
			model.Document{Text: "The Syrian Foreign Ministry said the Israeli enemy struck the port of Tartus on Sunday. The ministry said the enemy had also targeted the port on 3 May."},
			[]triple{{"syria-gov", "asserts", []string{"israel"}, nil}, {"syria-gov", "asserts", []string{"israel"}, nil}}},
		{"the enemy named by no one earlier is no one",
			model.Document{Text: "Residents said the enemy shelled the village of Kafr Nabl on Sunday."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"planting the bomb is the attack",
			model.Document{Text: "Iraqi police said Islamic State fighters planted a bomb beside the checkpoint in Tarmiyah on Tuesday."},
			[]triple{{"iraqi-sources", "asserts", []string{"isis"}, nil}}},
		{"the French presidency speaks for France",
			model.Document{Text: "On Friday, French jets struck an arms depot near Tal Afar, the French presidency said."},
			[]triple{{"france", "asserts", []string{"france"}, nil}}},
	}
	runDocCases(t, e, caseDoc{}, tests)
}
