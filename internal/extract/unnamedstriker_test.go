package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestUnnamedStrikersAndHedgedCharges: armed men no actor names ("militants
// of armed groups") strike for no side the statement speaks for; a strike
// "allegedly carried out by" an actor is a charge the speaker passes on,
// not one it makes; a statement's own "the videos are staged to accuse X"
// denies that the strike happened.
func TestUnnamedStrikersAndHedgedCharges(t *testing.T) {
	e := gazExtractor(t)
	mod := func(text string) model.Document {
		return model.Document{Publisher: "Russian Ministry of Defence", Kind: model.KindOfficial, Text: text}
	}
	tests := []docCase{
		{"militants named by no actor struck, not the ministry's side",
			mod("Over the last day, militants of armed groups based in the de-escalation zone carried out nine shellings of villages in Latakia province."),
			[]triple{{"russia-mod", "asserts", nil, nil}}},
		{"a strike allegedly carried out by an actor is not asserted",
			mod("The ministry has seen reports on social media of strikes allegedly carried out by Russian aircraft near Sarmada on 4 May."),
			[]triple{{"russia-mod", "asserts", nil, nil}}},
		{"a statement's own 'staged to accuse' denies the strike",
			mod("The videos of the strike near Sarmada on 4 May are staged and were recorded in advance in order to accuse the Russian Federation of attacks on civilians."),
			[]triple{{"russia-mod", "denies", nil, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2021-05-05"}, tests)
}

// TestHedgedAgent: the hedge must stand right before a strike verb with a
// "by" agent.
func TestHedgedAgent(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		text string
		want bool
	}{
		{"strikes allegedly carried out by Russian aircraft", true},
		{"raids purportedly conducted by the coalition", true},
		{"a man allegedly linked to the group was killed by a strike", false},
		{"strikes carried out by Russian aircraft", false},
	}
	for _, tc := range tests {
		toks := tokenize(tc.text, 0, len(tc.text), nil)
		ms := e.lex.matchAll(toks, nil)
		cov := make([]int, len(toks))
		for k, m := range ms {
			for q := m.From; q < m.To; q++ {
				cov[q] = k + 1
			}
		}
		if got := hedgedAgent(toks, ms, cov, 0, len(toks)); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}
