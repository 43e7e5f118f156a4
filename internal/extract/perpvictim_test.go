package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorVictimSide: a side's statement about an attack on it, and
// a blame group as the subject of the attack.
func TestPerpetratorVictimSide(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"a side whose members an attack killed is not who burned what it burned",
			model.Document{Text: "Gunmen attacked an army post near Tarmiyah on Friday night. Islamic State said its fighters had killed six members of the Iraqi army and burned two vehicles."},
			[]triple{{"isis-amaq", "asserts", []string{"isis"}, nil}}},
		{"a statement of an attack that killed its own people is not its own strike",
			model.Document{Publisher: "U.S. Department of Defense", Kind: "official",
				Text: "Late on Sunday, Camp Taji, an Iraqi base north of Baghdad that hosts U.S. troops, came under attack by several rockets. The attack killed one U.S. soldier and wounded three contractors."},
			[]triple{{"us-dod", "asserts", nil, nil}, {"us-dod", "asserts", nil, nil}}},
		{"a blame group as the subject of an attack verb is the culprit",
			model.Document{Publisher: "Ministry of Defence of the Republic of Turkey", Kind: "official",
				Text: "This morning the treacherous PKK/YPG terrorists carried out a bomb attack in Azaz, killing five civilians."},
			[]triple{{"turkey", "asserts", []string{"sdf"}, nil}}},
		{"a blame group struck is no culprit",
			model.Document{Publisher: "Ministry of Defence of the Republic of Turkey", Kind: "official",
				Text: "Our jets struck PKK/YPG terrorists near Tal Rifaat on Monday, neutralising seven of them."},
			[]triple{{"turkey", "asserts", []string{"turkey"}, nil}}},
		{"an embassy's statement of rockets landing near its own consulate is not its own strike",
			model.Document{Publisher: "U.S. Embassy Baghdad", Kind: "official",
				Text: "Two rockets were fired at Erbil airport overnight. One of them landed near the U.S. Consulate General in Erbil."},
			[]triple{{"us-embassy", "asserts", nil, nil}, {"us-embassy", "asserts", nil, nil}}},
		{"a command's strike in answer to attacks on its troops stays its own",
			model.Document{Publisher: "U.S. Central Command", Kind: "official",
				Text: "A precision strike hit a weapons depot near Al Qaim, Iraq, on Tuesday. The strike was carried out in response to repeated attacks on U.S. troops."},
			[]triple{{"us-dod", "asserts", []string{"us"}, nil}}},
		{"militias that take direction from a state carry out its attack",
			model.Document{Text: "A U.S. official said the attack on the airport in Erbil, Iraq, on Sunday was carried out by militias that receive direction from the Iranian regime."},
			[]triple{{"us-official", "asserts", []string{"iran"}, nil}}},
		{"an officer's 'they landed' is the rounds, not his side",
			model.Document{Text: "Three mortar rounds fell in the Green Zone in Baghdad on Monday night. Iraqi security officials said that they landed on empty ground."},
			[]triple{{"iraqi-sources", "asserts", nil, nil}}},
		{"a member's own strike in the coalition's tally is the coalition's",
			model.Document{Text: "The coalition's release lists four strikes near Hajin, Syria, on Monday, with a tank destroyed. France's armed forces ministry says its Rafales struck Islamic State positions near Hajin on Monday."},
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}, {"france", "asserts", []string{"france"}, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2024-05-07", titled: true}, tests)
}
