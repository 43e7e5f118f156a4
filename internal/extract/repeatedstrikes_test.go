package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// The narrator's perfect-tense sentence that counts strikes over a period
// ("several times", "almost daily") is the campaign's background: it makes
// no claim of its own. Every text is written for the test.
func TestRepeatedStrikesAreBackground(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"struck back several times is background",
			model.Document{Text: "Residents said Israeli jets struck a depot near Tyre on Monday. Israel has struck the hills around the town several times since the spring."},
			[]triple{{"local-sources", "asserts", []string{"israel"}, nil}}},
		{"hundreds of times far after the verb is background",
			model.Document{Text: "Residents said a drone struck a car near Qusayr on Monday. Israel, which has struck Iranian-linked sites in Syria hundreds of times, did not comment."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"almost daily is background",
			model.Document{Text: "Residents said Turkish drones struck a farm near Qamishli on Monday. Turkey has struck the border villages almost daily since the summer."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"a relative clause of many strikes leaves the main clause's strike",
			model.Document{Text: "A warehouse near Sanaa was destroyed on Monday night in one of the American strikes that have pounded the city almost nightly this month."},
			[]triple{{"journalist", "asserts", []string{"us"}, nil}}},
		{"a source's habitual accusation still blames",
			model.Document{Text: "A shell hit the clinic in Ramadi on Monday. Residents said the Iraqi army has shelled their quarter almost daily since the spring."},
			[]triple{{"local-sources", "asserts", []string{"iraq"}, nil}}},
		{"a frequency after a comma leaves the clause before it",
			model.Document{Text: "Residents said an Israeli drone struck a car near Hermel on Monday. Israeli strikes around Hermel have intensified since the spring, and the main road to Baalbek has been hit several times."},
			[]triple{{"local-sources", "asserts", []string{"israel"}, nil}, {"journalist", "asserts", []string{"israel"}, nil}}},
		{"a trend of strikes over months is background",
			model.Document{Text: "Residents said a Turkish drone struck a car near Amuda on Monday. Turkish drone strikes on the border towns have increased since the summer."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"one strike, the deadliest in recent years, is still told",
			model.Document{Text: "Turkish jets have struck a village near Zakho, killing seven people in the deadliest raid in recent years, residents said."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}

// narratedPattern on single narrated clauses: active counts of strikes are
// background; a passive count on the place, a relative clause and a second
// verb after a comma are not.
func TestNarratedPattern(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		text string
		want bool
	}{
		{"Turkey has struck the border villages almost daily since the summer", true},
		{"American forces have struck back several times", true},
		{"Israel has bombed the airport hundreds of times", true},
		{"The jetty has been struck several times since March by British aircraft", false},
		{"The toll has changed five times", false},
		{"A depot was destroyed in one of the strikes that have pounded the city almost nightly", false},
		{"Strikes have intensified since the spring, and the road has been hit several times", false},
	}
	for _, tc := range tests {
		toks := tokenize(tc.text, 0, len(tc.text), nil)
		ms := e.lex.matchAll(toks, nil)
		if got := narratedPattern(toks, ms, clause{from: 0, to: len(toks)}); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

// strikesTrend: plural strikes said to grow or wane over a period are the
// campaign's background; a toll that "has risen to" a figure, and a trend
// joined to a second clause, are not.
func TestStrikesTrend(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Drone attacks on the villages east of the river have increased since the spring", true},
		{"The army has stepped up and has intensified its artillery strikes on the hills", true},
		{"Raids by government aircraft on the province have steadily escalated since March, when talks collapsed", true},
		{"The death toll from the air strikes on the market has risen to nine", false},
		{"Air strikes on the valley have intensified since May, and the bridge has been hit twice", false},
		{"Tensions between the two capitals have risen sharply in recent weeks", false},
	}
	for _, tc := range tests {
		toks := tokenize(tc.text, 0, len(tc.text), nil)
		cuesOf(toks)
		if got := strikesTrend(toks, clause{from: 0, to: len(toks)}); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}
