package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

func TestOwnStrikes(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		name string
		text string
		want []triple
	}{
		{"a belligerent's voice on a strike the report puts on its side",
			"US jets bombed a warehouse outside the town on Monday. The Pentagon said the strike destroyed rockets stored there by the militia.",
			[]triple{{"journalist", "asserts", []string{"us"}, nil}, {"us-dod", "asserts", []string{"us"}, nil}}},
		{"the arm the report names",
			"An Iraqi army helicopter struck a car on the river road on Friday. The Joint Operations Command said the strike killed three terrorists.",
			[]triple{{"journalist", "asserts", []string{"iraq-army-aviation"}, nil}, {"iraq-joc", "asserts", []string{"iraq-army-aviation"}, nil}}},
		{"a joint strike leaves the share unsaid",
			"Iraqi and coalition aircraft struck a column of trucks on the desert road on Friday. The Joint Operations Command said 40 terrorists were killed.",
			[]triple{{"journalist", "asserts", []string{"coalition", "iraq-air-force"}, nil}, {"iraq-joc", "asserts", nil, nil}}},
		{"unnamed officers are not the side's voice",
			"An Iraqi army helicopter struck a car on the river road on Friday. An army officer said the strike killed two smugglers.",
			[]triple{{"journalist", "asserts", []string{"iraq-army-aviation"}, nil}, {"iraqi-sources", "asserts", nil, nil}}},
		{"a denial of the strike the report puts on its side",
			"Residents blamed coalition jets for the strike on the bridge on Sunday. The coalition denied any strike in the area that day.",
			[]triple{{"local-sources", "asserts", []string{"coalition"}, nil}, {"cjtf-oir", "denies", nil, []string{"coalition"}}}},
		{"a side that claims its strike and denies civilians were hit asserts its strike",
			"Iraqi F-16s struck a hideout in the desert on Sunday, the defence ministry said. The ministry said its aircraft had not targeted any civilians.",
			[]triple{{"iraq-mod", "asserts", []string{"iraq-air-force"}, nil}, {"iraq-mod", "asserts", []string{"iraq-air-force"}, nil}}},
		{"no civilians killed in the side's own strike",
			"The Pentagon said US aircraft struck a weapons depot near the border on Tuesday. The Pentagon assesses that no civilians were killed in the strike.",
			[]triple{{"us-dod", "asserts", []string{"us"}, nil}, {"us-dod", "asserts", []string{"us"}, nil}}},
		{"a civilian-harm denial by a side that does not claim the strike stays a denial",
			"Activists said Russian jets bombed a bakery in the town on Monday. The Russian defence ministry said that no civilians had been killed.",
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}, {"russia-mod", "denies", nil, nil}}},
		{"a side that claims the strike denies something else",
			"Iraqi jets struck a convoy near Tuz Khurmatu on Friday, killing 20 militants, Iraqi state television said. Amaq said the strike had killed only civilians. A spokesman for the Iraqi military rejected the Amaq report as propaganda.",
			[]triple{{"iraq-state-tv", "asserts", []string{"iraq-air-force"}, nil}, {"isis-amaq", "asserts", nil, nil}, {"iraq-military", "denies", nil, nil}}},
		{"a side's own voice on the militants its operation killed",
			"The Turkish defence ministry said three PKK terrorists were neutralised in the Gara region on Tuesday.",
			[]triple{{"turkey", "asserts", []string{"turkey"}, nil}}},
		{"the same voice on a toll of civilians names no one",
			"The Turkish defence ministry said two civilians were killed in a blast in the Gara region on Tuesday.",
			[]triple{{"turkey", "asserts", nil, nil}}},
		{"no side named: the statement is about whether it happened",
			"A further 40 trucks were struck near the border on Friday, a coalition spokesman said.",
			[]triple{{"cjtf-oir", "asserts", nil, nil}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Published: "2024-05-06", Text: tc.text})
			checkTriples(t, claims, tc.want)
		})
	}
}

// samePlace's latitude shortcut agrees with the distance on pairs around
// its bound: north of a town by 0.3 to 0.5 degrees, at several longitudes.
func TestSamePlaceLatitudeShortcut(t *testing.T) {
	at := func(name string, lat, lon float64) model.Where { return model.Where{Name: name, Lat: &lat, Lon: &lon} }
	town := at("Mosul", 36.34, 43.13)
	for _, dlat := range []float64{0, 0.2, 0.3, 0.35, 0.36, 0.37, 0.4, 0.41, 0.45, 0.5, 1.5} {
		for _, dlon := range []float64{0, 0.1, 0.5} {
			other := at("Other", 36.34+dlat, 43.13+dlon)
			want := model.DistanceKM(36.34, 43.13, 36.34+dlat, 43.13+dlon) <= samePlaceKM
			if got := samePlace(town, other); got != want {
				t.Errorf("samePlace(Mosul, +%.2f lat +%.2f lon) = %v, want %v", dlat, dlon, got, want)
			}
		}
	}
}
