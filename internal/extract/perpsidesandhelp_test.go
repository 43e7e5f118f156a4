package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorSidesAndHelp: "the army" named by a foreign state's source
// is that state's army; forces that "had help from" others share the raid
// with them; "the American coalition" is the coalition; "the army aviation"
// is not "the army".
func TestPerpetratorSidesAndHelp(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"'the army' in a Turkish source's words is the Turkish army",
			model.Document{Text: "A Turkish security source said the army had carried out an operation near Penjwen on Tuesday and had killed two PKK militants."},
			[]triple{{"turkey", "asserts", []string{"turkey"}, nil}}},
		{"forces who struck had help from two others",
			model.Document{Text: "U.S. special forces who killed a senior Islamic State commander in a night raid on a farm near Atmeh on Tuesday had help from both Turkey and the Kurdish-led forces, officials said."},
			[]triple{{"local-sources", "asserts", []string{"sdf", "turkey", "us"}, nil}}},
		{"the American coalition is the coalition",
			model.Document{Text: "The Joint Operations Command said the aircraft of the American coalition did not take part in the strikes near Tal Afar on Tuesday."},
			[]triple{{"iraq-joc", "denies", nil, []string{"coalition"}}}},
		{"the army aviation is Iraq's army aviation",
			model.Document{Text: "The army aviation helicopters hit militant vehicles near Tal Afar on Tuesday, the Joint Operations Command said."},
			[]triple{{"iraq-joc", "asserts", []string{"iraq-army-aviation"}, nil}}},
		{"a patron named before a hyphen is not the striker",
			model.Document{Text: "A rocket hit a house near Baghdad airport on Monday evening, killing three people. The U.S. embassy blamed Iran-aligned militias."},
			[]triple{{"journalist", "asserts", nil, nil}, {"us-embassy", "asserts", nil, nil}}},
		{"blaming what it called factions of a force blames the force",
			model.Document{Text: "A rocket hit a house near Baghdad airport on Monday evening, killing three people. The U.S. embassy blamed what it called Iran-aligned factions of the Popular Mobilisation Forces for the rocket attack."},
			[]triple{{"journalist", "asserts", nil, nil}, {"us-embassy", "asserts", []string{"pmf"}, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2024-05-08"}, tests)
}
