package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Speech forms of the p2 round. Every text is written for the test.
func TestSpeechFormsP2(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"the pronoun of 'what it said was' is the sentence's subject",
			model.Document{Text: "Coalition jets struck a farm near Hit on Tuesday, killing four. On Thursday the Iraqi defence ministry released footage of what it said was an Iraqi Air Force raid on a boat near Hit."},
			[]triple{{"journalist", "asserts", []string{"coalition"}, nil}, {"iraq-mod", "asserts", []string{"iraq-air-force"}, nil}}},
		{"a channel of a body speaks for it; the body calling its own statement false takes it back",
			model.Document{Text: "American jets struck a depot near Abu Kamal on Thursday, killing 12 fighters. A statement posted on a channel of the Popular Mobilisation Forces said the American raid had hit one of its bases. The PMF later said its statement was inauthentic."},
			[]triple{{"journalist", "asserts", []string{"us"}, nil}, {"pmf", "asserts", []string{"us"}, nil}, {"pmf", "retracts", []string{"us"}, nil}}},
		{"a body calling others' claims lies denies, it takes nothing back",
			model.Document{Text: "American jets struck a depot near Abu Kamal on Thursday, killing 12 fighters. A statement posted on a channel of the Popular Mobilisation Forces said the American raid had hit one of its bases. The PMF later said the claims of the media were lies."},
			[]triple{{"journalist", "asserts", []string{"us"}, nil}, {"pmf", "asserts", []string{"us"}, nil}, {"pmf", "denies", nil, []string{"us"}}}},
	}
	runDocCases(t, e, reportBody, tests)
	for _, tc := range []struct {
		text string
		p    int
		want bool
	}{
		{"a video of what it said was a raid", 4, true},
		{"a handful of what it describes as experts", 4, false},
		{"footage of what they say is the moment", 3, false},
	} {
		toks := tokenize(tc.text, 0, len(tc.text), nil)
		if got := freeRelative(toks, tc.p, tc.p+2); got != tc.want {
			t.Errorf("%q: freeRelative = %v, want %v", tc.text, got, tc.want)
		}
	}
}
