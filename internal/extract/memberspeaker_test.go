package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Coalition members that speak as themselves (uk, france): by the state's
// name, by a body owned by the name or placed in the capital, and as the
// issuer of their own releases. Every text is written for the test.
func TestMemberStateSpeakers(t *testing.T) {
	e := newTestExtractor(t)
	// the strike is told once, in the speaker's sentence
	const strike = "Missiles struck a depot near Masyaf in Syria on Saturday, killing nobody. "
	tests := []docCase{
		{"a member state by its name speaks as itself",
			model.Document{Text: strike + "France said its Rafale jets had fired cruise missiles at the depot near Masyaf."},
			[]triple{{"france", "asserts", []string{"france"}, nil}}},
		{"a member's possessed ministry is the member's, though its name is also a place",
			model.Document{Text: strike + "Britain's defence ministry said British jets had fired missiles at the depot near Masyaf."},
			[]triple{{"uk", "asserts", []string{"uk"}, nil}}},
		{"a ministry placed in a member's capital is the member's",
			model.Document{Text: strike + "The Ministry of Defence in London said British jets had fired missiles at the depot near Masyaf."},
			[]triple{{"uk", "asserts", []string{"uk"}, nil}}},
		{"a U.S. command by the state's full name is the command",
			model.Document{Text: strike + "The United States Central Command said American jets had struck the depot near Masyaf."},
			[]triple{{"us-dod", "asserts", []string{"us"}, nil}}},
		{"a monitor based in a member state is still a monitor",
			model.Document{Text: strike + "A Britain-based monitor said Russian jets had struck the depot near Masyaf."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}}},
		{"a member's release: its ministry by its other name, its minister and its staff speak for it",
			model.Document{Publisher: "Ministry of the Armed Forces of the French Republic", Kind: "official",
				Text: "On Saturday the French armed forces struck a depot near Masyaf in Syria.\n\n" +
					"\"Our strikes destroyed the depot near Masyaf,\" the Minister of the Armed Forces said.\n\n" +
					"The depot near Masyaf was destroyed, the Chief of the Defence Staff said."},
			[]triple{{"france", "asserts", []string{"france"}, nil}, {"france", "asserts", []string{"france"}, nil}, {"france", "asserts", []string{"france"}, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2021-03-10"}, tests)
}

// A strike the narrator tells, joined to a speaker's words that tell of no
// strike: the strike stays the narrator's. Every text is written for the test.
func TestNarratedStrikeBeforeJoinedSpeech(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		name string
		text string
		want []triple
	}{
		{"a while-clause speaker with no strike of its own",
			"American jets struck a depot near Masyaf on Saturday, while Damascus insisted that most of the missiles had been shot down.",
			[]triple{{"journalist", "asserts", []string{"us"}, nil}}},
		{"a but-clause speaker with no strike of its own",
			"American jets struck a depot near Masyaf on Saturday, but the Syrian government said most of the missiles had been shot down.",
			[]triple{{"journalist", "asserts", []string{"us"}, nil}}},
		{"a speaker after the strike without a join keeps it",
			"American jets struck a depot near Masyaf on Saturday, the Syrian government said.",
			[]triple{{"syria-gov", "asserts", []string{"us"}, nil}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Text: tc.text, Published: "2021-03-10"})
			checkTriples(t, claims, tc.want)
		})
	}
}
