package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorSightingsAndMartyrdom: a side's aircraft seen over the strike just
// before it; a group's own word for its fighters.
func TestPerpetratorSightingsAndMartyrdom(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"an arm seen circling before it fired names its side",
			model.Document{Text: "His cousin said the Turkish drone had been circling over the farm for an hour before it fired on the tractor near Qamishli on Sunday."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"an arm tracked leaving its base shortly before the raid names its side",
			model.Document{Text: "Rescuers said a Russian Su-34 had been tracked leaving the Hmeimim base shortly before the raid on the market in Kafranbel on Sunday."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"an arm circling at the time of the attack names its side",
			model.Document{Text: "Farmers said a Syrian helicopter was hovering over the village at the time of the attack on the bakery in Latamneh on Sunday."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"an arm that followed its target before it fired names its side",
			model.Document{Text: "A farmer said the Iranian drone had followed the car along the valley road \"for twenty minutes\" before it fired near Sidakan on Sunday."},
			[]triple{{"local-sources", "asserts", []string{"iran"}, nil}}},
		{"an arm circling over the place since dawn names its side",
			model.Document{Text: "His brother said the strike came after the Turkish drone had been circling over the village since dawn near Kobani on Sunday."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"an arm not circling at the time of the attack names no one",
			model.Document{Text: "Farmers said no helicopter was hovering over the village at the time of the attack on the bakery in Latamneh on Sunday."},
			[]triple{{"local-sources", "denies", nil, nil}}},
		{"an arm not seen names no one",
			model.Document{Text: "Rescuers said no Russian jets had been spotted before the raid on the market in Kafranbel on Sunday."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"the group's soldiers of the caliphate are its own fighters",
			model.Document{Text: "The Islamic State group said its \"soldiers of the caliphate\" had attacked an army checkpoint near Baiji on Sunday, killing six soldiers."},
			[]triple{{"isis-amaq", "asserts", []string{"isis"}, nil}}},
		{"a group's martyrdom seeker is its own attacker",
			model.Document{Text: "The Islamic State group said a \"martyrdom seeker\" had driven a truck bomb into an army post near Baiji on Sunday, killing nine soldiers."},
			[]triple{{"isis-amaq", "asserts", []string{"isis"}, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2019-05-06"}, tests)
}
