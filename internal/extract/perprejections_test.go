package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorRejectionsAndRetractions: asides that mark a speaker's own words, and
// rejections by those who speak for no side.
func TestPerpetratorRejectionsAndRetractions(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"'as he put it' between the culprit and its verb keeps the culprit",
			model.Document{Text: `The mayor said that "sleeper cells of Daesh", as he put it, were behind the bombing of the market in Baqubah on Monday, which killed six people.`},
			[]triple{{"local-sources", "asserts", []string{"isis"}, nil}}},
		{"one who speaks for no side rejecting an account disputes whom it blames",
			model.Document{Text: "The provincial police chief said an Islamic State cell was behind the bombing of the market in Baqubah on Monday, which killed six people. A tribal elder from the city rejected that account."},
			[]triple{{"iraqi-sources", "asserts", []string{"isis"}, nil}, {"local-sources", "disputes", []string{"isis"}, nil}}},
		{"a side rejecting an account that blames it still denies",
			model.Document{Text: "Residents said a Turkish drone struck a car near Qamishli on Monday, killing two men. The Turkish defence ministry rejected that account."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}, {"turkey", "denies", nil, []string{"turkey"}}}},
		{"the remnants of a group blamed are the group",
			model.Document{Text: "Gunmen killed nine shepherds near Tuz Khurmatu on Sunday. A police colonel in the town blamed the remnants of Daesh and said an operation to track them had begun."},
			[]triple{{"journalist", "asserts", nil, nil}, {"iraqi-sources", "asserts", []string{"isis"}, nil}}},
		{"an officer's 'they' after he named the attackers is not his side",
			model.Document{Text: "Gunmen killed nine people near Baiji in Iraq on Sunday. A police officer said Islamic State fighters opened fire on shepherds in a village. The officer said they fired from three sides."},
			[]triple{{"journalist", "asserts", nil, nil}, {"iraqi-sources", "asserts", []string{"isis"}, nil}, {"iraqi-sources", "asserts", nil, nil}}},
		{"a body saying its member's accusation does not represent its official position retracts it",
			model.Document{Text: `A blast hit a weapons depot near Diwaniyah on Sunday. The Popular Mobilisation Forces said on Tuesday that a statement by its commander, which accused the United States of targeting the depot with a drone, "does not represent the official position" of the Forces.`},
			[]triple{{"pmf", "asserts", []string{"us"}, nil}, {"pmf", "retracts", []string{"us"}, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2024-05-07"}, tests)
	ngo := []docCase{
		{"a monitor that withdraws its attribution in its own voice retracts it",
			model.Document{Publisher: "Syria Strike Monitor", Kind: "ngo",
				Text: "In the first version of this note, the monitor said Russian aircraft struck a bakery in Saraqib, Syria, on 2 March. We withdraw that attribution."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}, {"ngo", "retracts", []string{"russia"}, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2024-05-07", titled: true}, ngo)
}
