package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestDenialForms: bare attack verbs after a negation, an accusation
// rejected, blame laid on others by the side accused, disbelief in an
// actor's part, a breach of airspace by an actor, and a rejection that
// holds the claim's actor to the attack.
func TestDenialForms(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"did not shell is a denial",
			model.Document{Text: "The Turkish defence ministry said its artillery did not shell Ain Issa on Sunday."},
			[]triple{{"turkey", "denies", nil, []string{"turkey"}}}},
		{"did not bomb is a denial",
			model.Document{Text: "The Russian defence ministry said its aircraft did not bomb the hospital in Maarat al-Numan on Tuesday."},
			[]triple{{"russia-mod", "denies", nil, []string{"russia"}}}},
		{"did not fire on is a denial",
			model.Document{Text: "The PMF said its units did not fire on the houses in Tuz Khurmatu on Monday."},
			[]triple{{"pmf", "denies", nil, []string{"pmf"}}}},
		{"did not fire a single shell is a denial",
			model.Document{Text: "The PMF said its fighters did not fire a single shell on Tuz Khurmatu on Monday."},
			[]triple{{"pmf", "denies", nil, []string{"pmf"}}}},
		{"a car bomb is no verb",
			model.Document{Text: "A car bomb exploded near a checkpoint in Tuz Khurmatu on Monday, the PMF said."},
			nil},
		{"a denied accusation denies the accused side's part",
			model.Document{Text: "Kurdish officials accused the PMF of shelling Tuz Khurmatu on Monday. A PMF spokesman denied the accusation."},
			[]triple{{"local-sources", "asserts", []string{"pmf"}, nil}, {"pmf", "denies", nil, []string{"pmf"}}}},
		{"an accusation of something else is no claim about the strike",
			model.Document{Text: "Iranian drones struck a camp near Koya on Wednesday. The party's spokesman said: \"Tehran's accusation that the camp stores rifles is a lie.\""},
			[]triple{{"journalist", "asserts", []string{"iran"}, nil}}},
		{"the accused side blaming unnamed others denies its part",
			model.Document{Text: "Kurdish officials said PMF fighters shelled Tuz Khurmatu on Monday. The PMF blamed criminal gangs."},
			[]triple{{"local-sources", "asserts", []string{"pmf"}, nil}, {"pmf", "denies", nil, []string{"pmf"}}}},
		{"disbelief in an actor's part denies it",
			model.Document{Text: "Russian jets struck the market in Atareb on Monday, the monitor said. The monitor said it does not believe Syrian helicopters took part."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}, {"ngo", "denies", nil, []string{"syria"}}}},
		{"a breach of airspace by an actor names the attacker",
			model.Document{Text: "Iraq condemned a violation of its airspace by Turkey, saying drones had struck a farm near Zakho on Friday."},
			[]triple{{"iraq-mod", "asserts", []string{"turkey"}, nil}}},
	}
	runDocCases(t, e, caseDoc{}, tests)
}
