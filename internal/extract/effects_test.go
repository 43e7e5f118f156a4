package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Sentences that tell of a strike without a strike word: a source reporting
// its effects, a verb that names the strike, a body's records listing
// strikes, a monitor putting the number killed at a figure, and a source
// named again as "the same <head>". Every text is written for the test.
func TestClaimsWithoutStrikeWords(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"a source describing explosions after a strike speaks of it",
			model.Document{Text: "Turkish drones struck a depot near Qamishli in Syria on Monday. Witnesses described several explosions at the depot."},
			[]triple{{"journalist", "asserts", []string{"turkey"}, nil}, {"local-sources", "asserts", nil, nil}}},
		{"a source confirming damage after a strike speaks of it",
			model.Document{Text: "Jets struck a bridge near Raqqa in Syria on Monday, a monitor said. Residents confirmed heavy damage to the bridge."},
			[]triple{{"ngo", "asserts", nil, nil}, {"local-sources", "confirms", nil, nil}}},
		{"residents woken by blasts after a strike speak of it",
			model.Document{Text: "Jets struck a depot near Mayadin in Syria on Monday, a monitor said. Farmers told the agency that they had been woken by a series of loud blasts."},
			[]triple{{"ngo", "asserts", nil, nil}, {"local-sources", "asserts", nil, nil}}},
		{"residents who heard no blasts say nothing of the strike",
			model.Document{Text: "Jets struck a depot near Mayadin in Syria on Monday, a monitor said. Farmers told the agency that they had not heard any blasts."},
			[]triple{{"ngo", "asserts", nil, nil}}},
		{"explosions in background prose open no strike",
			model.Document{Text: "Residents described frequent explosions at the quarry near Raqqa in Syria, where contractors blast rock."},
			nil},
		{"explosions with no speaker open no strike",
			model.Document{Text: "Jets struck a bridge near Raqqa in Syria on Monday, a monitor said. Explosions were heard across the city for an hour."},
			[]triple{{"ngo", "asserts", nil, nil}}},
		{"a source that saw no damage says nothing of the strike",
			model.Document{Text: "Jets struck a bridge near Raqqa in Syria on Monday, a monitor said. Residents reported no damage to the bridge."},
			[]triple{{"ngo", "asserts", nil, nil}}},
		{"calling the strike a crime speaks of it",
			model.Document{Text: "A drone struck a car near Qaim in Iraq on Monday, killing two men. The governor called the strike a crime by foreign forces."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", nil, nil}}},
		{"a body's strike log lists its strikes",
			model.Document{Text: "A drone killed two shepherds near Hajin in Syria on 3 April, relatives said. The coalition's strike log lists one strike near Hajin that day."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"cjtf-oir", "asserts", nil, nil}}},
		{"a list is no speech",
			model.Document{Text: "Jets struck a bridge near Raqqa in Syria on Monday, a monitor said. A list of the sites hit was not published."},
			[]triple{{"ngo", "asserts", nil, nil}}},
		{"the same network is the network named before",
			model.Document{Text: "The Idlib Casualty Network said jets struck a market in Ariha on Monday. Four civilians were killed in a strike on a bakery in Saraqib on Tuesday, according to the same network."},
			[]triple{{"ngo", "asserts", nil, nil}, {"ngo", "asserts", nil, nil}}},
		{"a statement issued saying is the issuer's",
			model.Document{Text: "The Joint Operations Command issued a statement before noon saying that four rockets were fired at the airport in Basra on Monday."},
			[]triple{{"iraq-joc", "asserts", nil, nil}}},
		{"a ministry that says its aircraft had not flown any missions denies its part",
			model.Document{Text: "Jets struck a market in Ariha in Syria on Monday, killing four civilians, a monitor said. Moscow's defence ministry said its aircraft had not flown any missions over Ariha."},
			[]triple{{"ngo", "asserts", nil, nil}, {"russia-mod", "denies", nil, []string{"russia"}}}},
	}
	runDocCases(t, e, reportBody, tests)
}

// A monitor putting the number killed at a figure, however long the phrase
// between, gives the figure.
func TestPutTheNumberKilled(t *testing.T) {
	e := newTestExtractor(t)
	doc := model.Document{ID: "t", Published: "2021-03-10", Text: "Report\n\nJets struck depots near Mayadin in Syria on Monday. A London-based monitor puts the number killed across the three depots hit that night at 23."}
	claims, _ := e.Extract(doc)
	for _, c := range claims {
		for _, n := range c.Counts {
			if n.Kind == "killed" && n.Min != nil && *n.Min == 23 && n.Max != nil && *n.Max == 23 {
				return
			}
		}
	}
	t.Fatalf("no killed 23 in %+v", claims)
}

// A monitor that "raised its toll to" a figure while saying who the dead
// were gives the whole toll, not only its parts.
func TestRaisedItsTollTo(t *testing.T) {
	e := newTestExtractor(t)
	doc := model.Document{ID: "t", Published: "2021-03-10", Text: "Report\n\nJets struck a compound near Mayadin in Syria on Monday. A London-based monitor raised its toll to 17 on Tuesday, saying the dead included six guards and three drivers."}
	claims, _ := e.Extract(doc)
	for _, c := range claims {
		for _, n := range c.Counts {
			if n.Kind == "killed" && n.Min != nil && *n.Min == 17 && n.Max != nil && *n.Max == 17 {
				return
			}
		}
	}
	t.Fatalf("no killed 17 in %+v", claims)
}
