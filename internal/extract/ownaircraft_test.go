package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestOwnAircraftByModel: a state's own statement of aircraft of a model it
// flies, named without owner, tells of its own strike; a model it does not
// fly, or one named with its owner, does not.
func TestOwnAircraftByModel(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"a state's forces confirm two of their models struck",
			model.Document{Text: "Britain's armed forces confirmed that two Typhoons struck a bunker near Hawija on Monday."},
			[]triple{{"uk", "confirms", []string{"uk"}, nil}}},
		{"a model with a dash and a plural",
			model.Document{Text: "The Pentagon said that two F-15s bombed a depot near Hawija on Monday, and that Iraqi F-16s struck a bridge near Hawija on Monday."},
			[]triple{{"us-dod", "asserts", []string{"us"}, nil}, {"us-dod", "asserts", []string{"iraq-air-force"}, nil}}},
		{"a model the speaker's side does not fly is not its own",
			model.Document{Text: "Britain's defence ministry said that two Rafales struck a bunker near Hawija on Monday."},
			[]triple{{"uk", "asserts", nil, nil}}},
		{"its numbered strikes are its own",
			model.Document{Text: "Iraqi F-16s hit the ravine near Hawija on Monday, a local official said. The coalition said that its eight strikes near Hawija on Monday hit cave complexes."},
			[]triple{{"local-sources", "asserts", []string{"iraq-air-force"}, nil}, {"cjtf-oir", "asserts", []string{"coalition"}, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2021-03-10"}, tests)
}

// TestCountedAgentAndPastDenial: a count before a passive's agent keeps the
// agent; a denial said before, in the perfect, is no word on this strike.
func TestCountedAgentAndPastDenial(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"a counted agent of a passive",
			model.Document{Text: "Activists said the raids on Binnish on Sunday were carried out by two Russian jets that flew in from the coast."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"a denial said before is background",
			model.Document{Text: "Russian jets struck a clinic in Binnish on Sunday, activists said. Russia's defence ministry has previously denied striking clinics in Idlib province."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"a denial of this strike stands",
			model.Document{Text: "Russian jets struck a clinic in Binnish on Sunday, activists said. Russia's defence ministry denied striking the clinic in Binnish."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}, {"russia-mod", "denies", nil, []string{"russia"}}}},
	}
	runDocCases(t, e, caseDoc{published: "2020-02-18"}, tests)
}
