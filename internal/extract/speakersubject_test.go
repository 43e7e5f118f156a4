package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Who speaks, speakers' second round: a group's bare acronym only as the
// subject of its speech verb, the body a labelled answer opens with, and a
// ranked post after its body's name. Every text is written for the test.
func TestSpeakersSubjectsAndRanks(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"the bare acronym as the subject of a speech verb speaks for the force",
			model.Document{Text: "A drone struck a car near Kobani in Syria on Monday. The Kurdish YPG militia said a Turkish drone had killed two of its fighters near Kobani."},
			[]triple{{"journalist", "asserts", nil, nil}, {"sdf", "asserts", []string{"turkey"}, nil}}},
		{"its spokesman after the acronym's rejection speaks for the force",
			model.Document{Text: "A car bomb killed 20 people in Jarablus in Syria on Monday. The YPG rejected the accusation. Its spokesman, Ali Bozan, said in a statement that a Turkish drone had struck a checkpoint near Jarablus."},
			[]triple{{"journalist", "asserts", nil, nil}, {"sdf", "denies", nil, []string{"sdf"}}, {"sdf", "asserts", []string{"turkey"}, nil}}}, // the accusation it rejects is one against it
		{"media described by the acronym are not the force",
			model.Document{Text: "A drone struck a car near Kobani in Syria on Monday. YPG-controlled media claimed that a Turkish drone had killed two farmers near Kobani."},
			[]triple{{"journalist", "asserts", nil, nil}, {"journalist", "asserts", []string{"turkey"}, nil}}},
		{"the acronym as an object is no speaker",
			model.Document{Text: "A drone struck a car near Kobani in Syria on Monday. Turkey's defence ministry said it had neutralised two YPG fighters near Kobani."},
			[]triple{{"journalist", "asserts", nil, nil}, {"turkey", "asserts", []string{"turkey"}, nil}}},
		{"the body a transcript's labelled answer opens with is the next 'it'",
			model.Document{Text: "PRESENTER: Shells hit a market in Maarat al-Numan in Syria this morning, killing nine. What does Damascus say?\n\nREPORTER: The official news agency did not mention the town. It said army units had shelled terrorist positions near Maarat al-Numan."},
			[]triple{{"journalist", "asserts", nil, nil}, {"syria-gov", "asserts", []string{"syria"}, nil}}},
		{"a ranked post after its body's name, then its label",
			model.Document{Text: "Excerpts from the briefing by the Pentagon's deputy press secretary, Maj. Tom Avery, on the rocket attack near Erbil.\n\nQ: Who fired the rockets?\n\nMAJ. AVERY: We assess that the rockets were fired by Kataib Hezbollah at the base near Erbil on Monday."},
			[]triple{{"us-dod", "asserts", []string{"pmf"}, nil}}},
		{"a side's past strikes on the group it blames are no claim of this one",
			model.Document{Text: "Excerpts from the briefing by the Pentagon's acting press secretary, Capt. Dana Reyes, on the drone attack near Tanf.\n\nQ: Who launched the drone?\n\nCAPT. REYES: We assess that it was launched by Kataib Hezbollah. It is an organisation that we have hit before, and we have struck its depots repeatedly.\n\nQ: Is Iran to blame?\n\nCAPT. REYES: They bear responsibility for the attack."},
			[]triple{{"us-dod", "asserts", []string{"pmf"}, nil}, {"us-dod", "asserts", nil, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}
