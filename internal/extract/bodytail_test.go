package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestBodyNameTail: "the Guards" or "the general command" after a body
// named in full speaks for that body. Every text is written for the test.
func TestBodyNameTail(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"a capitalised tail of the Guards' name",
			model.Document{Text: "Iran's Revolutionary Guards said on Sunday they would respond. The Guards said two of their advisers were killed when Israeli jets struck a villa near Homs on Saturday."},
			[]triple{{"iran", "asserts", []string{"israel"}, nil}}},
		{"a lower-case tail is no body",
			model.Document{Text: "Iran's Revolutionary Guards said on Sunday they would respond. The guards at the gate said a drone struck a villa near Homs on Saturday."},
			nil}, // the unnamed guards' claim has no speaker the report names
	}
	runDocCases(t, e, reportBody, tests)
}

// TestPublisherStateForm: a ministry "of the Republic of" a country is
// that country's. Every text is written for the test.
func TestPublisherStateForm(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"the republic's ministry speaks for its country",
			model.Document{Publisher: "Ministry of Defence of the Republic of Turkey", Kind: "official",
				Text: "Our aircraft carried out an air operation near Qamishli on 5 October, and 12 terrorists were neutralised."},
			[]triple{{"turkey", "asserts", []string{"turkey"}, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}
