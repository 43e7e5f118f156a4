package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorGovernmentBeforeAttackNoun: a bare "government" or
// "regime" before an attack noun is the state's forces, as a demonym is.
func TestPerpetratorGovernmentBeforeAttackNoun(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"government shelling is the state's army",
			model.Document{Text: "IDLIB, Syria - Government shelling killed two farmers in the village of Kafr Nabl in Idlib province on Monday, rescuers said."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"a town that came under regime shelling",
			model.Document{Text: "The town of Kafr Nabl in Idlib province came under regime shelling on Monday, killing a boy, activists said."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"anti-government shelling is not the government's",
			model.Document{Text: "Anti-government shelling killed two soldiers in the village of Kafr Nabl in Idlib province on Monday, activists said."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"a tally of Russian or regime strikes leaves the side open",
			model.Document{Text: "Russian or regime air strikes killed four people in the village of Kafr Nabl in Idlib province on Monday, activists said."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2024-05-07"}, tests)
}

// TestPerpetratorAttackersBelongTo: the side the attackers "belonged to"
// is the one that struck.
func TestPerpetratorAttackersBelongTo(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"the gunmen belonged to a group",
			model.Document{Text: "Gunmen attacked a checkpoint near al-Busayrah in Deir ez-Zor province on Tuesday, killing three guards. A war monitor said the gunmen belonged to an Islamic State cell hiding in the desert."},
			[]triple{{"journalist", "asserts", nil, nil}, {"ngo", "asserts", []string{"isis"}, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2024-05-07"}, tests)
}
