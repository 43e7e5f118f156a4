package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Participles of speech: ", telling <recipient> ..." gives the words to the
// subject of the clause before, and a statement issued "blaming" someone is
// its issuer's. Every text is written for the test.
func TestSpeechParticiples(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"a commander going further, telling an agency who struck, speaks",
			model.Document{Text: "A blast hit a Hashd depot near Balad on Friday, killing three fighters. Abu Zainab al-Lami, a commander in the Popular Mobilisation Forces, went further, telling reporters the Americans had bombed the depot."},
			[]triple{{"journalist", "asserts", nil, nil}, {"pmf", "asserts", []string{"us"}, nil}}},
		{"a telling detail is no speech",
			model.Document{Text: "The timing of the raid was telling: Israeli jets struck a depot near Masyaf on Monday."},
			[]triple{{"journalist", "asserts", []string{"israel"}, nil}}},
		{"an embassy's statement blaming a group is the embassy's",
			model.Document{Text: "A rocket hit a house near Baghdad airport on Monday, killing six. The Baghdad Operations Command says it has arrested two suspects. The U.S. embassy issued a statement blaming Kataib Hezbollah for the attack."},
			[]triple{{"journalist", "asserts", nil, nil}, {"us-embassy", "asserts", []string{"pmf"}, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}

// TestSilenceIsNoStatement: a body that "said nothing about" a strike
// makes no statement of it. The text is written for the test.
func TestSilenceIsNoStatement(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"state media saying nothing about the raids say nothing",
			model.Document{Text: "Russian jets struck the outskirts of Kafr Takharim on Friday, killing four farmers. Syrian and Russian state media said nothing about the raids."},
			[]triple{{"journalist", "asserts", []string{"russia"}, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}
