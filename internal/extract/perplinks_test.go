package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorLinksFactionsAndOwnHarm: a denied tie to the attack is the speaker's own
// part; blame on a part of a force quoted after the verb; investigators
// named after "by" are no strikers; a statement telling of its side's men
// wounded speaks of an attack on it.
func TestPerpetratorLinksFactionsAndOwnHarm(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"a denied link to the attack denies the speaker's own part",
			model.Document{Text: "A rocket hit an oil depot near Kirkuk on Monday, killing two guards. A spokesman for the Popular Mobilisation Forces denied any link to the attack."},
			[]triple{{"journalist", "asserts", nil, nil}, {"pmf", "denies", nil, []string{"pmf"}}}},
		{"blame on quoted factions within a force lands on the force",
			model.Document{Text: "A drone struck a gas plant near Erbil on Monday, killing three workers. The Kurdistan Regional Government blamed \"rogue factions within the Popular Mobilisation Forces\" for the attack."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"pmf"}, nil}}},
		{"authorities after by investigate the attack, they did not carry it out",
			model.Document{Text: "Rockets hit a base near Baghdad on Monday, killing one contractor. An inquiry into the attack by coalition and Iraqi authorities has begun, the coalition said."},
			[]triple{{"journalist", "asserts", nil, nil}, {"cjtf-oir", "asserts", nil, nil}}},
		{"a coalition statement telling of its personnel wounded gives the coalition no strike",
			model.Document{Publisher: "Combined Joint Task Force - Operation Inherent Resolve", Kind: model.KindOfficial,
				Text: "Four Coalition personnel were wounded when several rockets struck a base near Erbil on 3 March."},
			[]triple{{"cjtf-oir", "asserts", nil, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2021-03-04"}, tests)
}
