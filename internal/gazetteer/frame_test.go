package gazetteer

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestFramedPlaces checks that a name the gazetteer does not know is read
// as a place from its frame, placed at the known place its phrase locates
// it by (marked Locates), or left without coordinates.
func TestFramedPlaces(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		name      string
		text      string
		framed    string // the unknown name read, "" for none
		precision string
		placed    bool   // has the coordinates of an anchor
		anchor    string // the known place marked Locates, "" for none
	}{
		{"village of X in a district", "A shell hit the village of Birkemal in Zakho district on Friday.",
			"Birkemal", model.PlaceTown, true, "Zakho"},
		{"village of X, direction of a town", "Two farmers died in the village of Ain Qasrouk, south-west of Hasakah.",
			"Ain Qasrouk", model.PlaceTown, true, "Hasakah"},
		{"X, a village near a town", "The drone struck near Girbasi, a village near Amadiya, at noon.",
			"Girbasi", model.PlaceTown, true, "Amadiya"},
		{"appositive after a relation", "A blast near Tel Qoshra, north of Mosul, killed a shepherd.",
			"Tel Qoshra", model.PlaceTown, true, "Mosul"},
		{"appositive after a bracketed other name", "Shells hit a farm near Kherbet Salmo (Umm Jidr), south-east of Hasakah, on Sunday.",
			"Kherbet Salmo", model.PlaceTown, true, "Hasakah"},
		{"area with an article, unplaced", "Gunmen attacked a checkpoint in the al-Warrar area overnight.",
			"al-Warrar", model.PlaceDistrict, false, ""},
		{"area of X, unplaced", "Shells landed in the area of Beit Lif after dark.",
			"Beit Lif", model.PlaceTown, false, ""},
		{"X, a rugged area", "Gunmen struck in Hawi Salim, a hilly area of orchards, at night.",
			"Hawi Salim", model.PlaceDistrict, false, ""},
		{"X, an old village", "A drone hit Kani Rash, an old village in the hills.",
			"Kani Rash", model.PlaceTown, false, ""},
		{"X, a remote district of a province", "A drone struck a jeep outside Bardakan, a remote district of Duhok province.",
			"Bardakan", model.PlaceTown, false, ""},
		{"a known town's district is no new place", "Shells fell in the Sinjar district at dawn.", "", "", false, ""},
		{"camp", "Rockets fell on the Haji Omaran camp at dawn.",
			"Haji Omaran", model.PlacePoint, false, ""},
		{"a people qualifies the village", "Jets bombed a Kurdish village near the border.", "", "", false, ""},
		{"an acronym is no place", "Aircraft hit the PKK camp in the mountains.", "", "", false, ""},
		{"sentence-initial word", "Local village elders said the well was destroyed.", "", "", false, ""},
		{"headline capitals", "Village Elders Recall Night Of Strikes", "", "", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := g.Locate(tt.text, []string{"IQ", "SY"})
			var framed *Located
			anchor := ""
			for i := range got {
				if got[i].Framed {
					framed = &got[i]
				}
				if got[i].Locates {
					anchor = tt.text[got[i].Start:got[i].End]
				}
			}
			switch {
			case tt.framed == "" && framed != nil:
				t.Fatalf("Locate(%q): framed %q, want none", tt.text, framed.Where.Name)
			case tt.framed == "":
				return
			case framed == nil:
				t.Fatalf("Locate(%q): no framed place, want %q:\n%s", tt.text, tt.framed, describe(tt.text, got))
			}
			if framed.Where.Name != tt.framed || framed.Where.Precision != tt.precision || (framed.Where.Lat != nil) != tt.placed {
				t.Errorf("Locate(%q): framed %q %s placed=%v, want %q %s placed=%v", tt.text,
					framed.Where.Name, framed.Where.Precision, framed.Where.Lat != nil, tt.framed, tt.precision, tt.placed)
			}
			if anchor != tt.anchor {
				t.Errorf("Locate(%q): anchor %q, want %q", tt.text, anchor, tt.anchor)
			}
		})
	}
}

// TestQuarterIsNoTown checks that a city's quarter named like a town
// elsewhere is not that town, and that "the X area of a town" leaves the
// town as the place.
func TestQuarterIsNoTown(t *testing.T) {
	g := testGazetteer(t)
	for _, tt := range []struct{ text, want string }{
		{"Snipers fired from the al-Thawra neighbourhood of western Mosul.", "Mosul"},
		{"A jet struck a house in the al-Jamiaa area of central Ramadi.", "Ramadi"},
		// A river named like a town is no town: "Juba" is also South Sudan's capital.
		{"A drone hit a fishing boat on the Juba river near Kismayo.", "Kismayo"},
	} {
		got := g.Locate(tt.text, []string{"IQ"})
		if len(got) != 1 || got[0].Where.Name != tt.want || got[0].Framed {
			t.Errorf("Locate(%q) =\n%s want only %s", tt.text, describe(tt.text, got), tt.want)
		}
	}
}

// TestStopWordMission checks that "Mission" in a base's name is no town.
func TestStopWordMission(t *testing.T) {
	g := testGazetteer(t)
	if got := g.Locate("Rockets were fired at Mission Support Site Alpha.", []string{"SY"}); len(got) != 0 {
		t.Errorf("Locate: %s, want nothing", describe("Rockets were fired at Mission Support Site Alpha.", got))
	}
	if got := g.Locate("Drones hit a camp near Koya.", []string{"IQ"}); len(got) != 1 || got[0].Where.Name != "Koya" || got[0].Where.Country != "IQ" {
		t.Errorf("Locate(Koya) = %v, want Koya, Iraq", got)
	}
}

// TestRegionOfATown checks that a town named for its region ("the Mopti
// region") is marked Region and keeps the town's precision, and that "the
// region of X" (X's surroundings) is not.
func TestRegionOfATown(t *testing.T) {
	g := testGazetteer(t)
	for _, tt := range []struct {
		text   string
		region map[string]bool
	}{
		{"Jets struck a camp near Boni, in the Mopti region, at noon.", map[string]bool{"Boni": false, "Mopti": true}},
		{"Shelling hit Kharkiv oblast overnight.", map[string]bool{"Kharkiv": true}},
		{"A drone was downed in the region of Mopti.", map[string]bool{"Mopti": false}},
	} {
		got := g.Locate(tt.text, nil)
		seen := 0
		for _, l := range got {
			name := tt.text[l.Start:l.End]
			want, ok := tt.region[name]
			if !ok {
				continue
			}
			seen++
			if l.Region != want || l.Where.Precision != model.PlaceTown {
				t.Errorf("Locate(%q): %s Region=%v %s, want Region=%v town", tt.text, name, l.Region, l.Where.Precision, want)
			}
		}
		if seen != len(tt.region) {
			t.Errorf("Locate(%q) =\n%s want %v", tt.text, describe(tt.text, got), tt.region)
		}
	}
}

// TestFocusNotARepeatedForeignName checks that one name repeated in
// another country (a word that is some town's alternate name) does not
// take the focus from the two towns of the hinted country, which keeps
// a town too small to stand without it.
func TestFocusNotARepeatedForeignName(t *testing.T) {
	g := testGazetteer(t)
	idx := func(name, cc string) (int32, int32) {
		k, ok := g.keyOf(name)
		if !ok {
			t.Fatalf("no key %q", name)
		}
		for _, c := range g.cands(k) {
			if g.places[c.place].Country == cc {
				return c.place, k
			}
		}
		t.Fatalf("no %s in %s", name, cc)
		return 0, 0
	}
	mog, kMog := idx("Mogadishu", "SO")
	jil, kJil := idx("Jilib", "SO")
	mah, kMah := idx("Mahdia", "TN")
	hits := []hit{{key: kMog, best: mog}, {key: kMah, best: mah}, {key: kJil, best: jil}, {key: kMah, best: mah}, {key: kMah, best: mah}}
	if focus, lone := focusCountry(g, hits, []string{"SO"}, nil); focus != "SO" || lone != "TN" {
		t.Errorf("focusCountry = %q, %q; want SO, TN", focus, lone)
	}
	if focus, _ := focusCountry(g, hits[1:2], nil, nil); focus != "" {
		t.Errorf("focusCountry of one lone name = %q, want none", focus)
	}
	// A hinted country far from the theatre backs no name alone, unless
	// the text names it.
	if focus, lone := focusCountry(g, hits[1:2], []string{"SO", "TN"}, nil); focus != "" || lone != "TN" {
		t.Errorf("focusCountry of a remote hinted country = %q, %q; want none, TN", focus, lone)
	}
	if focus, _ := focusCountry(g, hits[1:2], []string{"SO", "TN"}, []string{"TN"}); focus != "TN" {
		t.Errorf("focusCountry of a remote hinted country the text names = %q, want TN", focus)
	}
}

// TestFrameCandidates checks the one-pass search for frames against the
// plain definition: every place a frame's words stand, except a forward
// frame right after a letter (which framed passes over) or a digit.
func TestFrameCandidates(t *testing.T) {
	texts := []string{
		"",
		"the village of Sharanish",
		"downtown of Mosul, the town of Hit and the Ashti camp",
		"village of X village",
		"near X, a small village in the Gara region; the Qandil mountains",
		"the al-Thawra neighbourhood, the X neighborhood, the old quarter",
		"arearea area areas regional camping Camp refugee camp valley basin",
		"éhamlet of X, 1town of Y, \"village of Z\"",
		"town of",
		"Town of X, the AREA, 5area of Y, a2village of Z",
	}
	for _, text := range texts {
		var want []frameCandidate
		for k, f := range frames {
			for i := 0; i+len(f.word) <= len(text); i++ {
				if text[i:i+len(f.word)] == f.word && !(f.after && i > 0 && isASCIIAlnum(text[i-1])) {
					want = append(want, frameCandidate{k, i})
				}
			}
		}
		got := frameCandidates(text)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: got %v, want %v", text, got, want)
		}
		// Given the word starts where a key stands in any case (as the
		// extractor's prefilter finds them), frameCandidatesAt finds the same.
		var starts []int
		for p := 1; p < len(text); p++ {
			if !isASCIIAlnum(text[p-1]) && slices.ContainsFunc(FrameKeys(), func(k string) bool {
				return strings.HasPrefix(strings.ToLower(text[p:]), k)
			}) {
				starts = append(starts, p)
			}
		}
		if at := frameCandidatesAt(text, starts); !slices.Equal(at, want) {
			t.Fatalf("%q at %v: got %v, want %v", text, starts, at, want)
		}
	}
}

// TestBackReferenceToVillage checks that "the village" after a village the
// gazetteer does not know, located by a town, is that village, and that a
// town named again after the village takes the reference back.
func TestBackReferenceToVillage(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct{ text, want string }{
		{"Jets struck near Tel Qoshra, a village north of Mosul, and later shelled the outskirts of the village.", "Tel Qoshra"},
		{"A drone hit Tel Qoshra, north of Mosul; police in Mosul said a second drone was seen east of the town.", "Mosul"},
	}
	for _, tt := range tests {
		var got string
		for _, l := range g.Locate(tt.text, nil) {
			if s := tt.text[l.Start:l.End]; s == "the village" || s == "the town" {
				got = l.Where.Name
			}
		}
		if got != tt.want {
			t.Errorf("%q: the back reference is %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestSpanSet: overlaps answers as a walk over the spans added does,
// whatever order they were added in.
func TestSpanSet(t *testing.T) {
	var s spanSet
	var spans [][2]int
	for _, sp := range [][2]int{{10, 14}, {30, 38}, {0, 4}, {20, 21}, {40, 41}} {
		s.add(sp[0], sp[1])
		spans = append(spans, sp)
	}
	for start := 0; start < 45; start++ {
		for end := start + 1; end <= 45; end++ {
			want := slices.ContainsFunc(spans, func(sp [2]int) bool { return sp[0] < end && start < sp[1] })
			if got := s.overlaps(start, end); got != want {
				t.Errorf("overlaps(%d, %d) = %v, want %v", start, end, got, want)
			}
		}
	}
}
