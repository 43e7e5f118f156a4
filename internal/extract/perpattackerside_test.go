package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorNotControllerNorPatronNorCondition: the side that
// controls an area is no striker; militants who fired on a base are its
// attackers, not its target; "attacks by X's proxies" does not name X,
// and a condition on future attacks asserts nothing.
func TestPerpetratorNotControllerNorPatronNorCondition(t *testing.T) {
	e := gazExtractor(t)
	official := func(publisher, text string) model.Document {
		return model.Document{Publisher: publisher, Kind: model.KindOfficial, Text: text}
	}
	const mod = "Ministry of Defence of the Russian Federation"
	tests := []docCase{
		{"a drone brought down in an area a side controls is not that side's strike",
			official(mod, "On 4 March, air defence units detected five drones heading toward the base of the Russian forces at Hmeimim. Two of them were landed at an area controlled by Russian forces near the base."),
			[]triple{{"russia-mod", "asserts", nil, nil}}},
		{"militants who fired on a base are its attackers",
			official(mod, "In the early hours of 4 March, the Hmeimim air base came under rocket fire by a small group of militants. As a result of the attack, three servicemen of the Russian armed forces were wounded."),
			[]triple{{"russia-mod", "asserts", nil, nil}}},
		{"a condition on future attacks by a patron's proxies asserts no striker",
			official("U.S. Department of Defense", "U.S. aircraft struck a weapons depot near Abu Kamal on 3 March. If attacks by Iran's proxies against our troops continue, we will respond."),
			[]triple{{"us-dod", "asserts", []string{"us"}, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2022-03-05"}, tests)
}
