package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestUnclaimedAttack: a news report's own "no group has claimed the
// attack" names the perpetrator unknown; a blog's does not.
func TestUnclaimedAttack(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"no group claimed responsibility",
			model.Document{Kind: model.KindNews, Text: "A car bomb exploded at a checkpoint outside Tikrit on Monday, killing four soldiers, police said. No group claimed responsibility."},
			[]triple{{"iraqi-sources", "asserts", nil, nil}, {"journalist", "asserts", []string{"unknown"}, nil}}},
		{"nobody has claimed responsibility, after ', and'",
			model.Document{Kind: model.KindNews, Text: "A car bomb exploded at a checkpoint outside Tikrit on Monday, killing four soldiers, police said. The army has not commented, and nobody has claimed responsibility."},
			[]triple{{"iraqi-sources", "asserts", nil, nil}, {"journalist", "asserts", []string{"unknown"}, nil}}},
		{"a source's unidentified attacker is the source's word",
			model.Document{Kind: model.KindNews, Text: "\"An unidentified drone struck the checkpoint outside Tikrit,\" a police officer said on Monday. No group claimed responsibility."},
			[]triple{{"iraqi-sources", "asserts", []string{"unknown"}, nil}}},
		{"a blogger's no claim is left to the blogger's own culprit",
			model.Document{Kind: model.KindBlog, Text: "A car bomb exploded at a checkpoint outside Tikrit on Monday, killing four soldiers, police said. No group claimed responsibility."},
			[]triple{{"iraqi-sources", "asserts", nil, nil}}},
	}
	runDocCases(t, e, caseDoc{}, tests)
}
