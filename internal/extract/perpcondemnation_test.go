package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorCondemnationAndPassiveFire: an official statement that condemns the attack
// it tells of speaks of a strike on its own side, not of its own strike.
func TestPerpetratorCondemnationAndPassiveFire(t *testing.T) {
	e := gazExtractor(t)
	const mod = "Ministry of Defence of the Syrian Arab Republic"
	tests := []docCase{
		{"a side's statement condemning an attack on its troops names no one",
			model.Document{Publisher: mod, Kind: "official",
				Text: "In a treacherous act, armed groups shelled an army checkpoint near Hama on Monday, killing two soldiers."},
			[]triple{{"syria-gov", "asserts", nil, nil}}},
		{"a terrorist attack told by the side attacked names no one",
			model.Document{Publisher: mod, Kind: "official",
				Text: "The terrorist attack on the checkpoint near Hama on Monday led to the martyrdom of two soldiers."},
			[]triple{{"syria-gov", "asserts", nil, nil}}},
		{"a side's statement on its own strike without condemnation is its own",
			model.Document{Publisher: mod, Kind: "official",
				Text: "A drone struck a gathering of terrorists near Hama on Monday, killing six of them."},
			[]triple{{"syria-gov", "asserts", []string{"syria"}, nil}}},
		{"a side's answer to the crimes that martyred its people is its own strike",
			model.Document{Publisher: mod, Kind: "official",
				Text: "In response to the terrorist crimes that martyred our soldiers, a drone struck a gathering of terrorists near Hama on Monday."},
			[]triple{{"syria-gov", "asserts", []string{"syria"}, nil}}},
		{"a passive of opened fire names its agent",
			model.Document{Text: "Heavy fire was opened by Turkish forces on a village near Tal Rifaat on Monday, residents said."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"an arm named with fire support is the side's own after the enemy was named",
			model.Document{Publisher: "Ministry of National Defence of the Republic of Turkey", Kind: "official",
				Text: "Syrian regime forces shelled our post near Saraqib on Monday. Our fire support vehicles and artillery struck the regime positions near Saraqib on Monday."},
			[]triple{{"turkey", "asserts", []string{"syria"}, nil}, {"turkey", "asserts", []string{"turkey"}, nil}}},
		{"the attack told back in a passive keeps the perpetrator told before, not the speaker's side",
			model.Document{Publisher: "Ministry of National Defence of the Republic of Turkey", Kind: "official",
				Text: "Regime forces fired rockets at our observation post near Taftanaz on Monday, wounding three of our soldiers. The attack was thus carried out despite the coordinates shared in advance."},
			[]triple{{"turkey", "asserts", []string{"syria"}, nil}, {"turkey", "asserts", []string{"syria"}, nil}}},
		{"the strike told back by the side that made it stays its own",
			model.Document{Publisher: "Combined Joint Task Force - Operation Inherent Resolve", Kind: "official",
				Text: "Coalition aircraft struck an ISIS weapons cache near Hajin on Monday. The strike was conducted to degrade the group's ability to resupply its fighters."},
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}, {"cjtf-oir", "asserts", []string{"coalition"}, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2024-05-06"}, tests)
}
