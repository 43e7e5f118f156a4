package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorForms: ways a sentence names who struck, or says nobody
// knows.
func TestPerpetratorForms(t *testing.T) {
	e := gazExtractor(t)
	tests := []struct {
		name string
		doc  model.Document
		want []triple
	}{
		{"the remnants of a group that attacked",
			model.Document{Text: "Three policemen were killed when ISIS remnants attacked their checkpoint near Baiji on Monday, the Joint Operations Command said."},
			[]triple{{"iraq-joc", "asserts", []string{"isis"}, nil}}},
		{"a country's intelligence service that struck",
			model.Document{Text: "Turkish intelligence killed a senior militant commander in a drone operation near Qamishli on Friday, a resident said."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"a country named as a side",
			model.Document{Text: "The mayor of a border town said the Iranian side had shelled two villages nearby on Sunday."},
			[]triple{{"local-sources", "asserts", []string{"iran"}, nil}}},
		{"an arm named by its service",
			model.Document{Text: "A US official said US Navy aircraft had struck two radar sites near the port."},
			[]triple{{"us-official", "asserts", []string{"us"}, nil}}},
		{"the speaker's own armed forces",
			model.Document{Text: "Syrian state television said units of our armed forces had destroyed a depot near Idlib."},
			[]triple{{"syria-gov", "asserts", []string{"syria"}, nil}}},
		{"missiles that slammed into a place",
			model.Document{Text: "Russian missiles slammed into a shopping centre in Kharkiv on Monday, killing two people, the governor said."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"a source that does not know which side struck",
			model.Document{Text: "An air strike hit a clinic in Idlib on Monday, killing four people. The monitor does not know which side carried out the strike."},
			[]triple{{"journalist", "asserts", nil, nil}, {"ngo", "asserts", []string{"unknown"}, nil}}},
		{"a witness who does not know whose drone struck names it unknown",
			model.Document{Text: "A drone strike hit a car near Sinjar on Monday, killing two men, a resident said. He said he did not know whose drone carried out the strike."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"local-sources", "asserts", []string{"unknown"}, nil}}},
		{"whether the aircraft were one side's or another's",
			model.Document{Text: "The monitor could not determine whether the jets that bombed the bridge belonged to the army or to its allies."},
			[]triple{{"ngo", "asserts", []string{"unknown"}, nil}}},
		{"a hedged predicate",
			model.Document{Text: "A drone hit a car near Qamishli on Monday. A local resident said the drone was almost certainly Turkish."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"the outlet attributes the strike",
			model.Document{Kind: model.KindNGO, Publisher: "Civilian Harm Desk", Text: "The clinic was hit on Monday. We attribute the strike on the clinic to Russia."},
			[]triple{{"ngo", "asserts", nil, nil}, {"ngo", "asserts", []string{"russia"}, nil}}},
		{"a quoted attack noun after the demonym",
			model.Document{Text: "Syrian state media said the Israeli \"aggression\" destroyed a warehouse near Damascus."},
			[]triple{{"syria-gov", "asserts", []string{"israel"}, nil}}},
		{"a quoted agent named by its arm",
			model.Document{Text: "Residents said two farmers had been killed by \"a drone of the Turkish army\" near Qamishli."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"an epithet before the agent",
			model.Document{Text: "The Joint Operations Command said the checkpoint near Samarra came under an attack by the terrorist Daesh gangs."},
			[]triple{{"iraq-joc", "asserts", []string{"isis"}, nil}}},
		{"government helicopters that dropped barrel bombs",
			model.Document{Text: "A monitor said government helicopters dropped at least five barrel bombs on a village near Idlib in Syria on Friday, killing two women."},
			[]triple{{"ngo", "asserts", []string{"syria"}, nil}}},
		{"a regime helicopter that dropped a barrel bomb",
			model.Document{Text: "Rescuers said a regime helicopter dropped two barrel bombs on a school near Hama on Friday."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"the country's own army units",
			model.Document{Text: "Syrian state TV said army units had shelled gatherings of terrorists near Hama on Friday."},
			[]triple{{"syria-gov", "asserts", []string{"syria"}, nil}}},
		{"helicopters that pursued attackers and then struck them",
			model.Document{Text: "The Joint Operations Command said army aviation helicopters pursued the gunmen near Baiji and struck them on Friday."},
			[]triple{{"iraq-joc", "asserts", []string{"iraq-army-aviation"}, nil}}},
		{"a statement that left out the struck town",
			model.Document{Text: "Russian jets struck a market in Idlib on Friday, a monitor said. State media said army units had shelled terrorist positions in the countryside, without mentioning Idlib."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}}},
		{"a negative determiner on the actor denies it",
			model.Document{Text: "A drone hit a car near Qamishli on Monday. Not one Russian jet struck the town that day, the Russian defence ministry said."},
			[]triple{{"journalist", "asserts", nil, nil}, {"russia-mod", "denies", nil, []string{"russia"}}}},
		{"an embedded question names no one",
			model.Document{Text: "A bakery in Hama was hit on Sunday, killing three people, a monitor said. It remains unclear whether a Russian aircraft carried out the raid."},
			[]triple{{"ngo", "asserts", nil, nil}}},
		{"a doubted question disputes the actor",
			model.Document{Text: "A bakery in Hama was hit on Sunday, killing three people, a monitor said. The monitor questioned whether a Russian aircraft had carried out the raid."},
			[]triple{{"ngo", "asserts", nil, nil}, {"ngo", "disputes", []string{"russia"}, nil}}},
		{"a relative clause of attribution",
			model.Document{Text: "A monitor said the raids on a village near Hama, which it attributed to Russia, killed six people."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}}},
		{"a singular jet in a predicate",
			model.Document{Text: "A drone hit a car near Qamishli on Monday. Residents said the jet was Russian."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"russia"}, nil}}},
		{"a predicate before a trailing speaker",
			model.Document{Text: "A drone hit a car near Qamishli on Monday. The drone was Turkish, a resident said."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"an owner named by belonged to",
			model.Document{Text: "A drone hit a car near Qamishli on Monday. Residents said the warplanes belonged to the Russian air force."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"russia"}, nil}}},
		{"a quoted it-was before its speaker",
			model.Document{Text: "A drone hit a car near Qamishli on Monday. \"It was a Turkish drone, like last week,\" a resident told reporters."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"turkey"}, nil}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.doc.ID = "t"
			claims, _ := e.Extract(tc.doc)
			checkTriples(t, claims, tc.want)
		})
	}
}
