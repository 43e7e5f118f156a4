package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Speakers among earlier sayers, a group's media outlets, a body named earlier by its head noun, replies and live blogs. Every text is written for the test.
func TestSpeakerSayersOutletsAndVerbs(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"one of them after the sayers of an earlier clause of the sentence",
			model.Document{Text: "Rockets hit an air base near Balad on Tuesday. The Iraqi army said it found the launch site. Three U.S. officials, speaking on condition of anonymity, said the evidence pointed to a militia, and one of them said Iran had directed the attack."},
			[]triple{{"us-official", "asserts", []string{"iran"}, nil}}},
		{"a faction's name spelled with the hamza's apostrophe",
			model.Document{Text: "Rockets hit an air base near Balad on Tuesday. Asa'ib Ahl al-Haq said it had carried out the attack."},
			[]triple{{"pmf", "asserts", []string{"pmf"}, nil}}},
		{"a group's own media outlets speak for it",
			model.Document{Text: "A suicide bomber drove a truck into an army checkpoint near Haditha on Friday. Daesh's media outlets claimed that the attack killed 40 soldiers."},
			[]triple{{"isis-amaq", "asserts", nil, nil}}},
		{"the cell named earlier in the sentence by the same head",
			model.Document{Text: "On Sunday, army helicopters struck what the Security Media Cell called hideouts of the gangs near Tuz Khurmatu, killing four militants, the Cell said."},
			[]triple{{"iraq-joc", "asserts", []string{"iraq"}, nil}}},
		{"replied that it had no record",
			model.Document{Text: "An air strike hit a farmhouse near Hajin on 3 May 2018, killing a family of five. The coalition replied that it had no record of a coalition strike near Hajin that day."},
			[]triple{{"cjtf-oir", "denies", nil, []string{"coalition"}}}},
		{"a live blog's present tense: calls the strike …, and says",
			model.Document{Text: "An Israeli strike hit a bridge near Qusayr on Tuesday. Syria's state news agency calls the strike \"a blatant aggression\" on the bridge, and says traffic has stopped."},
			[]triple{{"journalist", "asserts", []string{"israel"}, nil}, {"syria-gov", "asserts", nil, nil}}},
		{"the UN refugee agency",
			model.Document{Text: "An Israeli strike hit a bridge near Qusayr on Tuesday. The UN refugee agency said families were stranded on both sides of the bridge after the strike."},
			[]triple{{"journalist", "asserts", []string{"israel"}, nil}, {"un", "asserts", nil, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}
