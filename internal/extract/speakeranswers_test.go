package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Speakers answering: a side that rejects an accusation the report tells
// only later (or not at all) denies its own part; a denial's pronoun
// object may be followed by its day; the Russian command speaks from its
// air base; an interviewee named by a local post answers as a local
// voice; rockets that "fell in" a place tell a strike.
// Every text is written for the test.
func TestSpeakerAnswers(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"a militia rejecting an accusation told later denies its own part",
			model.Document{Text: "14:20 - A spokesman for the Popular Mobilisation Forces has rejected the accusation.\n\n13:05 - Rockets struck the air base near Erbil overnight, residents said."},
			[]triple{{"pmf", "denies", nil, []string{"pmf"}}, {"local-sources", "asserts", nil, nil}}},
		{"a government official rejecting a faction's accusation denies the state's part",
			model.Document{Text: "A car bomb exploded near a checkpoint in Daraa on Monday, killing two people, residents said. A Syrian government official rejected the faction's accusation."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"syria-gov", "denies", nil, []string{"syria"}}}},
		{"a denial's pronoun object followed by its day",
			model.Document{Text: "A US official blamed Kata'ib Hezbollah for the rocket attack on the base near Balad on Sunday.\n\nThe Popular Mobilisation Forces denied it on Monday."},
			[]triple{{"us-official", "asserts", []string{"pmf"}, nil}, {"pmf", "denies", nil, []string{"pmf"}}}},
		{"the Russian command speaks from its air base",
			model.Document{Text: "Missiles struck the fuel market near Jarablus on Friday night, rescuers said. The Hmeimim base said that Russian forces had not carried out any strikes in the area."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"russia-mod", "denies", nil, []string{"russia"}}}},
		{"rockets that fell in open land",
			model.Document{Text: "The Joint Operations Command said on Monday that the rockets fell in open land far from the base near Balad."},
			[]triple{{"iraq-joc", "asserts", nil, nil}}},
		{"the blame that fell on a militia tells no strike",
			model.Document{Text: "The coalition said on Monday that the blame fell in the end on a militia in Anbar."},
			nil},
	}
	runDocCases(t, e, reportBody, tests)
}
