package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Speakers after transcript labels, and attacks claimed by a group. Every text is written for the test.
func TestSpeakerTranscriptLabelsAndClaimedBy(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"an unnamed official after a correspondent's label is the next sentence's he",
			model.Document{Kind: model.KindNews, Text: "HOST (ANNA BELL): Rockets hit near the airport in Erbil today. Our reporter is Omar Saleh. Omar?\n\nCORRESPONDENT (OMAR SALEH): Anna, four rockets landed near the runway in Erbil this morning.\n\nSALEH: A U.S. official I reached by phone was blunter. He said the rockets were fired by Kataib Hezbollah."},
			[]triple{{"us-official", "asserts", []string{"pmf"}, nil}}},
		{"a correspondent's label opens the narrator's no-claim sentence",
			model.Document{Kind: model.KindNews, Text: "HOST (ANNA BELL): Rockets hit near the airport in Erbil today. Our reporter is Omar Saleh. Omar?\n\nCORRESPONDENT (OMAR SALEH): Anna, four rockets landed near the runway in Erbil this morning.\n\nBELL: Who fired them?\n\nSALEH: No group has claimed the attack."},
			[]triple{{"journalist", "asserts", []string{"unknown"}, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}

// A passive speech verb may have a time phrase before its "by".
func TestPassiveAgentAfterTime(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"claimed the same day by the group",
			model.Document{Text: "A car bomb killed nine people at a market in Tal Afar on Sunday. The bombing was claimed the same day by Islamic State."},
			[]triple{{"journalist", "asserts", nil, nil}, {"isis-amaq", "asserts", []string{"isis"}, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
	for _, tc := range []struct {
		text string
		by   int
	}{
		{"claimed by Islamic State", 1},
		{"claimed on Monday by Islamic State", 3},
		{"claimed the attack by phone", -1},
	} {
		toks := tokenize(tc.text, 0, len(tc.text), nil)
		if got := passiveAgentAt(toks, 1); got != tc.by {
			t.Errorf("%q: passiveAgentAt = %d, want %d", tc.text, got, tc.by)
		}
	}
}

// A tribal figure is a local voice.
func TestTribalFigureSpeaks(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"a tribal figure told reporters",
			model.Document{Text: "Jets struck a farm near Hit on Monday. A tribal figure from Hit told reporters that the air strike killed four farmers."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}
