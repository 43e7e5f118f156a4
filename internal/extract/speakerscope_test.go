package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Speaker scope: a monitor's "our field team" is the monitor, a list of speakers all speak,
// and a running toll since a date is no claim about the strike. Every
// text is written for the test.
func TestSpeakerScope(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"our field team is the monitor itself",
			model.Document{Kind: model.KindNGO, Publisher: "Idlib Relief Network", Text: "Mortar rounds hit a school in Ariha on Monday. According to our field team, the rounds were fired by Syrian government forces."},
			[]triple{{"ngo", "asserts", nil, nil}, {"ngo", "asserts", []string{"syria"}, nil}}},
		{"our researchers are the monitor itself",
			model.Document{Kind: model.KindNGO, Publisher: "Idlib Relief Network", Text: "A bomb struck a house in Douma on 8 March. Our researchers attribute the strike to the Syrian government air force."},
			[]triple{{"ngo", "asserts", nil, nil}, {"ngo", "asserts", []string{"syria"}, nil}}},
		{"an adverb between we and the verb",
			model.Document{Kind: model.KindNGO, Publisher: "Idlib Relief Network", Text: "A bomb struck a house in Saada on 28 March. We therefore attribute the strike to the United States."},
			[]triple{{"ngo", "asserts", nil, nil}, {"ngo", "asserts", []string{"us"}, nil}}},
		{"every speaker of a list attributes",
			model.Document{Publisher: "Mountain News", Text: "Shells hit orchards near Penjwen on Monday. Residents, the local administration and the Iraqi army all attribute the shelling to Iranian artillery."},
			[]triple{{"local-sources", "asserts", []string{"iran"}, nil}, {"iraq-military", "asserts", []string{"iran"}, nil}}},
		{"an apposition is not a list",
			model.Document{Publisher: "Mountain News", Text: "The Pentagon, the coalition's largest member, said American jets bombed a farm near Hit on Monday."},
			[]triple{{"us-dod", "asserts", []string{"us"}, nil}}},
		{"a running toll since a date is background",
			model.Document{Publisher: "Mountain News", Text: "Shells hit orchards near Penjwen on Monday, wounding a boy. More than 30 civilians have been killed in the district since the spring, according to the monitor."},
			[]triple{{"journalist", "asserts", nil, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}
