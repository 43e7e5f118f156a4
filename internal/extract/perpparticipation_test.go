package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorParticipationAndGovernments: a country after a participation phrase is the
// actor, not a place; a government acting through proxies it directs.
func TestPerpetratorParticipationAndGovernments(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"a bare country after 'orders from' is the actor, not a place",
			model.Document{Text: "A State Department spokesman said militias that take orders from Iran fired four rockets at the airport in Erbil on Tuesday."},
			[]triple{{"us-official", "asserts", []string{"iran"}, nil}}},
		{"a bare country after 'with support from' is the actor",
			model.Document{Text: "Kurdish officials said the fighters attacked the village near Kirkuk on Friday with support from Turkey."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"a government acting through militias it directs is responsible",
			model.Document{Text: "The State Department said in a statement that the government of Iran, through proxies it funds, was responsible for the rocket attack on the airport in Erbil on Tuesday."},
			[]triple{{"us-official", "asserts", []string{"iran"}, nil}}},
		{"a side calling the accusation unfounded and saying it had no role denies only",
			model.Document{Text: "Rockets struck the airport in Erbil on Tuesday. The U.S. embassy said the government of Iran, through proxies it arms, was responsible for the attack. Iran's foreign ministry spokesman said the accusation was \"baseless and absurd\" and that Iran had no role in the attack."},
			[]triple{{"us-embassy", "asserts", []string{"iran"}, nil}, {"iran", "denies", nil, []string{"iran"}}, {"iran", "denies", nil, []string{"iran"}}}},
		{"the government of a country is the country, not a place",
			model.Document{Text: "The State Department said the government of Syria was behind the rocket attack on the airport in Erbil on Tuesday."},
			[]triple{{"us-official", "asserts", []string{"syria"}, nil}}},
		{"none of a side's brigades had anything to do with the attack denies it",
			model.Document{Text: "Rockets struck near the airport in Erbil on Tuesday. A spokesman for the Popular Mobilisation Forces said none of its brigades had anything to do with the attack."},
			[]triple{{"pmf", "denies", nil, []string{"pmf"}}}},
		{"asking whether a side had anything to do with it names no one",
			model.Document{Text: "Rockets struck near the airport in Erbil on Tuesday. A spokesman for the Popular Mobilisation Forces asked whether the Americans had anything to do with the attack."},
			nil},
	}
	runDocCases(t, e, caseDoc{published: "2024-05-07"}, tests)
}
