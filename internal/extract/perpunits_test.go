package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorUnitsPartsAndPronouns: a side's unit named by its role
// ("special operations forces", "commandos"); intelligence given for a
// raid as a part in it; "they" beside a speaker's "we" as the others it
// named; "no group has said it carried it out" as no one's strike.
func TestPerpetratorUnitsPartsAndPronouns(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"a side's special operations forces conduct the raid",
			model.Document{Text: "U.S. special operations forces conducted a raid on a farmhouse near the town of Atmeh on Tuesday, local officials said."},
			[]triple{{"local-sources", "asserts", []string{"us"}, nil}}},
		{"a side's commandos conduct the raid",
			model.Document{Text: "British commandos conducted a raid on a farmhouse near the town of Atmeh on Tuesday, local officials said."},
			[]triple{{"local-sources", "asserts", []string{"uk"}, nil}}},
		{"a force that provided intelligence for the raid took part in it",
			model.Document{Text: "The Syrian Democratic Forces provided intelligence for the raid on a farmhouse near Atmeh on Tuesday, the Pentagon said."},
			[]triple{{"us-dod", "asserts", []string{"sdf"}, nil}}},
		{"'they' beside the speaker's 'we' is the side it named",
			model.Document{Text: "\"We informed the Russians of the raid near Atmeh on Tuesday, but they played no part in it,\" a Pentagon spokesman said."},
			[]triple{{"us-dod", "denies", nil, []string{"russia"}}}},
		{"'it' after 'no group has said' is no group, not the speaker",
			model.Document{Text: "Mortar rounds hit the Russian base near Jableh on Tuesday. The Russian defence ministry has given no further detail, and no group has said it carried out the attack."},
			[]triple{{"russia-mod", "asserts", nil, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2024-05-07"}, tests)
}
