package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorFiringPositions: fire "from government positions" is the
// government's; positions struck after the verb stay the target.
func TestPerpetratorFiringPositions(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"artillery fire from government positions is the government's",
			model.Document{Text: "On Monday artillery fire from government positions near Khan Sheikhoun hit the village of Kafr Nabl, wounding two civilians, activists said."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"shells fired from army positions are the army's",
			model.Document{Text: "On Monday shells fired from army positions hit the village of Kafr Nabl in the southern Idlib countryside, wounding a boy, activists said."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"shells fired from regime positions are the regime's",
			model.Document{Text: "On Monday shells fired from regime positions near Khan Sheikhoun hit the village of Kafr Nabl in the southern Idlib countryside, wounding a boy, activists said."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"a barrage from positions held by a side is that side's",
			model.Document{Text: "Activists said the mortar barrage that hit Kafr Nabl in Idlib province on Monday was fired from positions held by Turkish forces."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"government positions shelled by rebels are the target",
			model.Document{Text: "On Monday rebels shelled government positions near Kafr Nabl in the southern Idlib countryside, killing two soldiers, activists said."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2024-05-07"}, tests)
}

// TestPerpetratorAttacksPointedBack: an official statement's "these
// attacks" after attacks by armed groups are not its own side's strikes.
func TestPerpetratorAttacksPointedBack(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"these attacks after attacks by armed groups are not the issuer's",
			model.Document{Publisher: "Ministry of Defence of the Russian Federation", Kind: "official",
				Text: "On Monday, 12 shelling attacks by illegal armed formations were recorded against settlements in Hama province. As a result of these attacks, two civilians were wounded in the town of Mhardeh."},
			[]triple{{"russia-mod", "asserts", nil, nil}, {"russia-mod", "asserts", nil, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2024-05-07"}, tests)
}

// TestPerpetratorGroupSelfReference: an armed group's spokesman saying
// "the group" had nothing to do with an attack denies its own part.
func TestPerpetratorGroupSelfReference(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"the group in a faction spokesman's reported speech is the faction",
			model.Document{Text: "A spokesman for Kata'ib Hezbollah told reporters that the group had nothing to do with the rocket attack on the airbase near Balad on Monday."},
			[]triple{{"pmf", "denies", nil, []string{"pmf"}}}},
	}
	runDocCases(t, e, caseDoc{published: "2024-05-07"}, tests)
}
