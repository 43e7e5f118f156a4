package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorMarksAndUnits: the traces that point to a culprit ("bears
// the hallmarks of"), auxiliaries named with their unit, an armed group
// named with its head noun, and the device planted.
func TestPerpetratorMarksAndUnits(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"bears the hallmarks of names the culprit",
			model.Document{Text: "The Pentagon said the rocket attack on the base near Erbil on Monday bears the hallmarks of Kataib Hezbollah."},
			[]triple{{"us-dod", "asserts", []string{"pmf"}, nil}}},
		{"the traces may be quoted apart from their owner",
			model.Document{Text: "The Pentagon said the drone attack on the base near Erbil on Monday \"has all the fingerprints\" of Kataib Hezbollah."},
			[]triple{{"us-dod", "asserts", []string{"pmf"}, nil}}},
		{"the hallmarks of factions within a force are the force's",
			model.Document{Text: "The Pentagon said the rocket attack on the base near Erbil on Tuesday bore the hallmarks of Iran-backed factions within Iraq's Popular Mobilization Forces."},
			[]triple{{"us-dod", "asserts", []string{"pmf"}, nil}}},
		{"hallmarks of a weapon name no one",
			model.Document{Text: "Residents said a rocket hit the market in Ariha on Monday. These are the hallmarks of an improvised rocket, a nurse said."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"auxiliaries named with their unit share the subject's verb",
			model.Document{Text: "Three civilians were killed on Monday when the regime's forces and the militias of the Fourth Division shelled the town of Jassem, activists said."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"the regime's artillery is the Syrian army's",
			model.Document{Text: "At dawn on Friday the regime's artillery shelled the town of Jassem, killing a farmer, activists said."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"an armed group named with its head noun",
			model.Document{Text: "The SDF said cells of the ISIS terrorist organisation detonated an explosive device beside a patrol near al-Hol on Saturday."},
			[]triple{{"sdf", "asserts", []string{"isis"}, nil}}},
		{"planted the device names who planted it",
			model.Document{Text: "The SDF said Islamic State cells had planted the device that killed two guards near al-Hol on Saturday."},
			[]triple{{"sdf", "asserts", []string{"isis"}, nil}}},
	}
	runDocCases(t, e, caseDoc{}, tests)
}
