package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorRound26b: asides that mark a speaker's own words, and
// rejections by those who speak for no side.
func TestPerpetratorRound26b(t *testing.T) {
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
	}
	runDocCases(t, e, caseDoc{published: "2024-05-07"}, tests)
}
