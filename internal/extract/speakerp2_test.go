package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Speech forms of the p2 round. Every text is written for the test.
func TestSpeechFormsP2(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"a channel of a body speaks for it; the body calling its own statement false takes it back",
			model.Document{Text: "American jets struck a depot near Abu Kamal on Thursday, killing 12 fighters. A statement posted on a channel of the Popular Mobilisation Forces said the American raid had hit one of its bases. The PMF later said its statement was inauthentic."},
			[]triple{{"journalist", "asserts", []string{"us"}, nil}, {"pmf", "asserts", []string{"us"}, nil}, {"pmf", "retracts", []string{"us"}, nil}}},
		{"a body calling others' claims lies denies, it takes nothing back",
			model.Document{Text: "American jets struck a depot near Abu Kamal on Thursday, killing 12 fighters. A statement posted on a channel of the Popular Mobilisation Forces said the American raid had hit one of its bases. The PMF later said the claims of the media were lies."},
			[]triple{{"journalist", "asserts", []string{"us"}, nil}, {"pmf", "asserts", []string{"us"}, nil}, {"pmf", "denies", nil, []string{"us"}}}},
	}
	runDocCases(t, e, reportBody, tests)
}
