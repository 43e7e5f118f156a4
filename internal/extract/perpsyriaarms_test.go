package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorSyrianArms: Syrian government forces named by their arms.
func TestPerpetratorSyrianArms(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"regime forces' artillery is the Syrian government",
			model.Document{Text: "On Monday, regime forces' artillery shelled the village of Kafr Nabl in the southern Idlib countryside, killing two civilians, activists said."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"the regime's guns are the Syrian government",
			model.Document{Text: "On Monday the regime's guns shelled the village of Kafr Nabl in the southern Idlib countryside, killing two civilians, activists said."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"government artillery in a Syrian report",
			model.Document{Text: "On Monday government artillery shelled the village of Kafr Nabl in the southern Idlib countryside, killing two civilians, activists said."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"units of the Syrian Arab Army delivered fire",
			model.Document{Text: "The Russian Defence Ministry said that on Monday units of the Syrian Arab Army delivered fire on positions of terrorist groups near Kafr Nabl."},
			[]triple{{"russia-mod", "asserts", []string{"syria"}, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2024-05-07"}, tests)
}

// TestHumanitarianActionNoStrike: relief an army conducts is no strike.
func TestHumanitarianActionNoStrike(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"a humanitarian action conducted is no strike",
			model.Document{Text: "The Russian Defence Ministry said that on Monday a humanitarian action was conducted in the village of Kafr Nabl, where two tonnes of flour were handed out."},
			nil},
	}
	runDocCases(t, e, caseDoc{published: "2024-05-07"}, tests)
}

// TestPluralPossessiveAttackNoSubject: "the militants' attacks" names whose
// attacks they were, not a strike the militants carried out here.
func TestPluralPossessiveAttackNoSubject(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"government forces' tanks shelled",
			model.Document{Text: "On Monday, government forces' tanks shelled the village of Kafr Nabl in the southern Idlib countryside, killing two civilians, activists said."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"the militants' attacks are background",
			model.Document{Text: "The government changed its policy after the militants' attacks in the capital last year."},
			nil},
	}
	runDocCases(t, e, caseDoc{published: "2024-05-07"}, tests)
}
