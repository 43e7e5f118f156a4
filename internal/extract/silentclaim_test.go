package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Attributed sentences that made no claim: a weapon's origin or a deed's
// author told far from the strike, a health body's toll, victims described
// by their families, a bomber detonating his belt. Every text is written
// for the test.
func TestSilentAttributedSentences(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"a weapon's origin named by a source sentences after the strike",
			model.Document{Text: "Missiles struck a farm near Kirkuk in Iraq on Sunday, killing two men. The owner said his family was asleep. Neighbours swept up the glass. Schools stayed closed. A U.S. official told reporters the missiles came from inside Iran."},
			[]triple{{"journalist", "asserts", nil, nil}, {"us-official", "asserts", []string{"iran"}, nil}}},
		{"whose work the attack was, told sentences after it",
			model.Document{Text: "A blast tore through a market in Kirkuk in Iraq on Friday, killing nine people. Shops were shut on Saturday. Funerals were held. Traders counted their losses. The provincial police command said the attack was the work of Islamic State."},
			[]triple{{"journalist", "asserts", nil, nil}, {"iraqi-sources", "asserts", []string{"isis"}, nil}}},
		{"a health board's figure for the wounded",
			model.Document{Text: "A drone struck a car near Qamishli in Syria on Monday. The wounded were taken to a clinic in Qamishli, where the health board of the local administration said three of the wounded were in a serious condition."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", nil, nil}}},
		{"families who describe the dead as schoolgirls",
			model.Document{Text: "A drone struck a house near Qamishli in Syria on Monday, killing three girls. The army calls them fighters; their families describe them as schoolgirls."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", nil, nil}}},
		{"a bomber detonating his belt",
			model.Document{Text: "An explosion hit a mosque near Kirkuk in Iraq on Friday, killing six worshippers. Police said a man had walked into the prayer hall before detonating his explosive vest."},
			[]triple{{"journalist", "asserts", nil, nil}, {"iraqi-sources", "asserts", nil, nil}}},
		{"a weapon fired from the direction of a side's positions, told by clinic staff",
			model.Document{Text: "Mortar shells hit a clinic near Kirkuk in Iraq on Tuesday, killing three patients. The staff said the shells came from the direction of Iraqi army positions south of the town."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"iraq"}, nil}}},
		{"a direction that is only a border names no side",
			model.Document{Text: "A drone struck a car near Qaim in Iraq on Monday, killing two fighters. A police source said the drone came from the direction of the Syrian border."},
			[]triple{{"journalist", "asserts", nil, nil}, {"iraqi-sources", "asserts", nil, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}
