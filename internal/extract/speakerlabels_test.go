package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// A transcript label naming a person whose post
// the report gave before the name. Every text is written for the test.
func TestTranscriptLabelPost(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"a label names the person the post named before the name",
			model.Document{Text: "Excerpts from Monday's briefing by the Pentagon's press secretary, Maj. Lena Ostrow, on the rocket attack.\n\nQ: Who fired the rockets?\n\nMAJ. OSTROW: We assess that Kataib Hezbollah carried out the attack on the base near Erbil on Sunday."},
			[]triple{{"us-dod", "asserts", []string{"pmf"}, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}

// An unnamed official who opens a sentence without a verb of saying is the
// "the official" of the next sentence's quotation.
func TestAnonSubjectSpeaks(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"the official of the sentence before, not the body before it",
			model.Document{Text: "Drones struck an oil depot near Ras Tanura in eastern Saudi Arabia on Sunday, Saudi authorities said. A senior U.S. official was more blunt. \"Iran launched this attack,\" the official said."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"us-official", "asserts", []string{"iran"}, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}

// In an armed group's own claim "the group's fighters" are its side.
func TestGroupOwnFighters(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"the group's fighters in the group's own claim",
			model.Document{Text: "A bomb hit a checkpoint near Deir ez-Zor in Syria on Monday. Islamic State's Amaq agency said the group's fighters had detonated a bomb at the checkpoint, killing three guards."},
			[]triple{{"isis-amaq", "asserts", []string{"isis"}, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}

// A source placed in a body is left to the rules that read the body; an
// unplaced one opening the sentence is the next "the source".
func TestAnonSubjectPlaced(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text   string
		placed bool
	}{
		{"A source in the Peace Brigades offered another account.", true},
		{"A senior U.S. official went further.", false},
	} {
		toks := tokenize(tc.text, 0, len(tc.text), nil)
		ms := e.lex.matchAll(toks, nil)
		st := &docState{e: e}
		if got := st.anonSubject(toks, ms, 0); (got == "") != tc.placed {
			t.Errorf("%q: anonSubject = %q", tc.text, got)
		}
	}
}
