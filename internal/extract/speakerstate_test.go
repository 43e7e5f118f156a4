package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// State bodies named by a pronoun, a capital or a place, bodies known by
// the head of their name, and speech verbs in the present tense. Every text
// is written for the test.
func TestSpeakerStatesAndBodies(t *testing.T) {
	e := newTestExtractor(t)
	const strike = "An air strike hit a bakery in Binnish, Syria, on Sunday, killing six people. "
	tests := []struct {
		name string
		text string
		want []triple
	}{
		{"its state body is the state the sentence before opened with",
			strike + "Moscow rejected the reports. Its defence ministry said no Russian aircraft had struck the bakery.",
			[]triple{{"journalist", "asserts", nil, nil}, {"russia-mod", "denies", nil, nil}, {"russia-mod", "denies", nil, []string{"russia"}}}},
		{"a time of day between the speaker and the verb is no speaker label",
			"The Pentagon at 01:45 on Monday said a US drone struck a car near Idlib, killing two men.",
			[]triple{{"us-dod", "asserts", []string{"us"}, nil}}},
		{"a capital's state body is that state's",
			strike + "Moscow's defence ministry said no Russian aircraft had struck the bakery.",
			[]triple{{"journalist", "asserts", nil, nil}, {"russia-mod", "denies", nil, []string{"russia"}}}},
		{"a command named after a place speaks for that place's state",
			"Gunmen attacked an army checkpoint near Baiji in Iraq on Thursday. The Salahuddin Operations Command said Daesh remnants had fired two mortar rounds at the checkpoint near Baiji.",
			[]triple{{"iraq-military", "asserts", []string{"isis"}, nil}}},
		{"a command named after a capital is the command, not the capital",
			"Gunmen attacked an army checkpoint near Tarmiyah in Iraq on Thursday. The Baghdad Operations Command confirmed the attack on the checkpoint near Tarmiyah, blaming Daesh remnants.",
			[]triple{{"iraq-military", "confirms", []string{"isis"}, nil}}},
		{"a present-tense maintains is speech, and a capital owning the speaker is no place",
			"Missiles hit a party compound near Koya in Iraq on Monday. Tehran's Revolutionary Guards maintains that they struck a base of armed separatists near Koya.",
			[]triple{{"iran", "asserts", []string{"iran"}, nil}}},
		{"a monitor whose name closes with a country is the monitor's",
			strike + "Civic Watch Syria said Russian jets had carried out the strike on the bakery.",
			[]triple{{"journalist", "asserts", nil, nil}, {"ngo", "asserts", []string{"russia"}, nil}}},
		{"a documentation centre is a monitor",
			strike + "The Orontes Documentation Centre said Russian jets had carried out the strike on the bakery.",
			[]triple{{"journalist", "asserts", nil, nil}, {"ngo", "asserts", []string{"russia"}, nil}}},
		{"a commission of inquiry is a UN body",
			strike + "The Independent International Commission of Inquiry said Russian jets had carried out the strike on the bakery.",
			[]triple{{"journalist", "asserts", nil, nil}, {"un", "asserts", []string{"russia"}, nil}}},
		{"the People's Protection Units speak for the SDF",
			"Jets struck a grain silo near Amuda on Friday. Siyamend Ali, a spokesman of the People's Protection Units, said Turkish jets had destroyed the silo near Amuda.",
			[]triple{{"sdf", "asserts", []string{"turkey"}, nil}}},
		{"a health ministry raising its toll speaks",
			"Drones hit a camp near Koya in Iraq on Monday. The Kurdistan Region's health ministry has raised its toll to nine dead in the strike near Koya.",
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"the government of a state speaks for it",
			strike + "The government of Syria denied that its aircraft had struck the bakery.",
			[]triple{{"journalist", "asserts", nil, nil}, {"syria-gov", "denies", nil, []string{"syria"}}}},
		{"a state's representative speaks for it",
			strike + "The representative of the Russian Federation said no Russian aircraft had struck the bakery.",
			[]triple{{"journalist", "asserts", nil, nil}, {"russia-mod", "denies", nil, []string{"russia"}}}},
		{"bare authorities where the state has no voice of its own are local",
			"Jets struck the port of Hodeidah in Yemen on Friday, killing five workers. The authorities said that the dead were dock workers.",
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", nil, nil}}},
		{"local government officials are local voices",
			"A drone struck a car near Ataq in Yemen on Friday. The strike near Ataq was reported by two local government officials, who said the drone was American.",
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", nil, nil}, {"local-sources", "asserts", []string{"us"}, nil}}},
		{"official before a body's name is an adjective, not an official",
			strike + "The official SANA news agency said army units had struck a terrorist den in Binnish.",
			[]triple{{"journalist", "asserts", nil, nil}, {"syria-gov", "asserts", nil, nil}}},
		{"a humanitarian organisation is an NGO",
			strike + "The humanitarian organisation that ran the bakery, Bread for All, said in a statement that Russian jets had struck it.",
			[]triple{{"journalist", "asserts", nil, nil}, {"ngo", "asserts", []string{"russia"}, nil}}},
		{"a health office counts the dead as a local voice",
			strike + "The health office in Idlib governorate said in a statement that the strike on the bakery killed seven.",
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", nil, nil}}},
		{"a local coordination committee is a local voice",
			strike + "The Local Coordination Committee in Binnish said Russian jets had struck the bakery.",
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"russia"}, nil}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Text: tc.text, Published: "2021-03-10"})
			checkTriples(t, claims, tc.want)
		})
	}
}
