package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// A possessive after an infinitive or a "from" gerund is the object's
// before it, who is to act, not the speaker's. Every text is written for
// the test.
func TestPossessiveOfTheOneToAct(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"pressing a side to stop its strikes blames that side",
			model.Document{Publisher: "Syrian Democratic Forces, Media Centre", Kind: model.KindOfficial,
				Text: "A drone struck a car of our forces near Qamishli on Sunday, killing two fighters. We call on the coalition to press the Turkish state to stop its aggression."},
			[]triple{{"sdf", "asserts", nil, nil}, {"sdf", "asserts", []string{"turkey"}, nil}}},
		{"keeping a side from continuing its attacks blames that side",
			model.Document{Publisher: "Syrian Democratic Forces, Media Centre", Kind: model.KindOfficial,
				Text: "A drone struck a car of our forces near Qamishli on Sunday, killing two fighters. We urge Russia to prevent Turkey from continuing its aggression."},
			[]triple{{"sdf", "asserts", nil, nil}, {"sdf", "asserts", []string{"turkey"}, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}
