package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorStruckSideStatements: a statement of a side that is
// struck rather than strikes (the PMF, the SDF) gives its unattributed
// strikes to no one, while a ministry's or a coalition's still tells of its
// own; a strike named after a preposition ("after the strikes") is no
// subject, so the arm that follows is the one that struck.
func TestPerpetratorStruckSideStatements(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"a PMF statement's unattributed blast is no strike of the PMF",
			model.Document{Publisher: "Popular Mobilisation Forces, Media Office", Kind: model.KindOfficial,
				Text: "An explosion hit a weapons depot of the brigade near Hilla on Friday night. We call on the government to hold accountable the party behind this aggression."},
			[]triple{{"pmf", "asserts", nil, nil}, {"pmf", "asserts", nil, nil}}},
		{"an SDF statement's unattributed shelling is no strike of the SDF",
			model.Document{Publisher: "Syrian Democratic Forces, Media Centre", Kind: model.KindOfficial,
				Text: "Heavy shelling hit the villages west of Tal Tamr on Sunday, wounding three civilians."},
			[]triple{{"sdf", "asserts", nil, nil}}},
		{"a coalition release's unattributed strike stays its own",
			model.Document{Publisher: "Combined Joint Task Force - Operation Inherent Resolve", Kind: model.KindOfficial,
				Text: "Near Raqqa, a strike destroyed a bridge used by the militants on 3 March."},
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}}},
		{"the arm after 'after the strikes' struck, not the jets before",
			model.Document{Publisher: "Security Media Cell", Kind: model.KindOfficial,
				Text: "Iraqi F-16 jets struck a hideout near Mutaibija on Tuesday. After the strikes, helicopters of the Army Aviation Command destroyed a vehicle near Mutaibija."},
			[]triple{{"iraq-joc", "asserts", []string{"iraq-air-force"}, nil}, {"iraq-joc", "asserts", []string{"iraq-army-aviation"}, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2024-04-20"}, tests)
}
