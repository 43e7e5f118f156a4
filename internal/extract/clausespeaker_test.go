package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Content clauses after a time or channel phrase, speakers named by a
// capital, by "of <country>" or by a state's sensors, and withheld denials.
// Every text is written for the test.
func TestClausesSpeakersNonDenials(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		name string
		text string
		want []triple
	}{
		{"time phrase then an aside with which",
			"The Syrian defence ministry said on Wednesday that coalition aircraft, which had been circling for hours, had bombed a bakery near Raqqa.",
			[]triple{{"syria-gov", "asserts", []string{"coalition"}, nil}}},
		{"late time phrase then an aside with who",
			"The Syrian defence ministry said late on Tuesday that coalition pilots, who were never seen by residents, had bombed a bakery near Raqqa.",
			[]triple{{"syria-gov", "asserts", []string{"coalition"}, nil}}},
		{"a statement then a participle aside",
			"The Syrian defence ministry said in a statement that coalition aircraft, flying in from the east, had bombed a bakery near Raqqa.",
			[]triple{{"syria-gov", "asserts", []string{"coalition"}, nil}}},
		{"a channel phrase then an aside",
			"The Syrian defence ministry said on its Telegram channel that coalition aircraft, which came from the east, had bombed a bakery near Raqqa.",
			[]triple{{"syria-gov", "asserts", []string{"coalition"}, nil}}},
		{"an aside naming who called the aircraft in",
			"The Syrian Democratic Forces said that coalition aircraft, called in by their units on the edge of the village, had killed 11 fighters near Hasakah.",
			[]triple{{"sdf", "asserts", []string{"coalition"}, nil}}},
		{"the country after of wins over the report's",
			"Residents of Zakho in Iraq said a drone hit a farm. The Ministry of National Defence of Türkiye said its drones had struck a PKK depot near Zakho.",
			[]triple{{"local-sources", "asserts", nil, nil}, {"turkey", "asserts", []string{"turkey"}, nil}}},
		{"officials in a capital speak for its state",
			"Residents of Zakho in Iraq said a drone hit a farm. Officials in Ankara said Turkish forces had nothing to do with the strike near Zakho.",
			[]triple{{"local-sources", "asserts", nil, nil}, {"turkey", "denies", nil, []string{"turkey"}}}},
		{"an official in Moscow",
			"Residents of Saraqib in Syria said jets hit a market. An official in Moscow said Russian aircraft had carried out no strikes near Saraqib.",
			[]triple{{"local-sources", "asserts", nil, nil}, {"russia-mod", "denies", nil, []string{"russia"}}}},
		{"a fronted capital places the ministry",
			"Residents of Zakho in Iraq said a drone hit a farm. In Ankara, the defence ministry said its drones had struck a PKK depot near Zakho.",
			[]triple{{"local-sources", "asserts", nil, nil}, {"turkey", "asserts", []string{"turkey"}, nil}}},
		{"a state's monitoring system speaks for its military",
			"According to the data of the Russian airspace monitoring system, Syrian aviation struck an ammunition depot near Saraqib.",
			[]triple{{"russia-mod", "asserts", []string{"syria"}, nil}}},
		{"did not deny is no denial",
			"A drone struck a car near Marib in Yemen, killing two men. A US official did not deny that American aircraft had struck near Marib.",
			[]triple{{"journalist", "asserts", nil, nil}}},
		{"has not ruled out is no denial",
			"A drone struck a car near Marib in Yemen, killing two men. The Pentagon has not ruled out an American strike.",
			[]triple{{"journalist", "asserts", nil, nil}}},
		{"neither confirm nor deny is no claim",
			"A drone struck a car near Marib in Yemen, killing two men. Israeli officials would neither confirm nor deny that their jets struck the car.",
			[]triple{{"journalist", "asserts", nil, nil}}},
		{"a withheld denial in a relative clause leaves the narrator's sentence",
			"The strike near Marib in Yemen, which Israel has neither confirmed nor denied, killed two men on Monday.",
			[]triple{{"journalist", "asserts", nil, nil}}},
		{"a speaker in a relative clause with no pronoun leaves the main clause the narrator's",
			"Russian jets bombed a market in Maarat al-Numan in Syria on Monday, killing nine people, in raids Moscow said were aimed at Nusra Front positions.",
			[]triple{{"journalist", "asserts", []string{"russia"}, nil}, {"russia-mod", "asserts", []string{"russia"}, nil}}},
		{"a speaker before the verb of a plain content clause keeps the whole sentence",
			"Residents said Russian jets bombed a market in Maarat al-Numan in Syria on Monday, killing nine people.",
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"a plain denial stays a denial",
			"A drone struck a car near Marib in Yemen, killing two men. The Pentagon denied that American aircraft had struck near Marib.",
			[]triple{{"journalist", "asserts", nil, nil}, {"us-dod", "denies", nil, []string{"us"}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Text: tc.text})
			checkTriples(t, claims, tc.want)
		})
	}
}
