package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorStanceForms: subjects kept over times set off by commas
// and over their auxiliaries, a side named as the one wronged, aid and
// coordination as a part in the strike, passives of telling, concessive
// "whatever X says", capitals that speak for their state.
func TestPerpetratorStanceForms(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"a time set off by commas keeps the subject's verb",
			model.Document{Text: "An Israeli jet, at about 22:15, bombed a warehouse near Masyaf on Sunday."},
			[]triple{{"journalist", "asserts", []string{"israel"}, nil}}},
		{"a run of times set off by commas keeps the subject's verb",
			model.Document{Published: "2021-03-09", Text: "A Turkish drone today, Tuesday, 9 March 2021, at 10:05 local time, hit a pick-up truck near Qamishli."},
			[]triple{{"journalist", "asserts", []string{"turkey"}, nil}}},
		{"a time after another actor does not make it the subject",
			model.Document{Text: "To stop attacks launched from northern Syria, the Turkish Armed Forces today, 3 May, struck shelters near Qamishli."},
			[]triple{{"journalist", "asserts", []string{"turkey"}, nil}}},
		{"a ministry whose sovereignty was violated does not claim the unnamed drone",
			model.Document{Publisher: "Ministry of Defence of the Republic of Iraq", Kind: "official",
				Text: "In a blatant breach of Iraqi airspace, a drone struck a border post near Zakho on Friday."},
			[]triple{{"iraq-mod", "asserts", nil, nil}}},
		{"a ministry of a named member state is that member's voice",
			model.Document{Publisher: "Ministry of Defence of the United Kingdom", Kind: "official",
				Text: "Royal Air Force Typhoons struck a weapons store near Hit on Tuesday. The Minister of Defence said the store had been destroyed."},
			[]triple{{"uk", "asserts", []string{"uk"}, nil}, {"uk", "asserts", []string{"uk"}, nil}}},
		{"the armed forces' ministry of a member names its own minister",
			model.Document{Publisher: "Ministry of the Armed Forces of the French Republic", Kind: "official",
				Text: "French Rafale jets struck a depot near Hajin on Sunday, the Minister of the Armed Forces said."},
			[]triple{{"france", "asserts", []string{"france"}, nil}}},
		{"a raising passive hedges the sentence, it names no speaker",
			model.Document{Text: "French jets struck two depots near Hajin on Sunday, where rockets are believed to have been stored."},
			[]triple{{"journalist", "asserts", []string{"france"}, nil}}},
		{"an actor's coordination is a part in the strike",
			model.Document{Text: "Tehran's foreign ministry said the raid near Homs on Monday had been carried out by Israel with American coordination."},
			[]triple{{"iran", "asserts", []string{"israel", "us"}, nil}}},
		{"an actor's air support is a part in the strike",
			model.Document{Text: "Residents said regime helicopters bombed the bakery in Ariha on Monday with Russian air support."},
			[]triple{{"local-sources", "asserts", []string{"russia", "syria"}, nil}}},
		{"a passive of telling is no speaker's",
			model.Document{Text: "A Pentagon spokesman said the United States had no role in the raid near Homs and had not been told about it in advance."},
			[]triple{{"us-dod", "denies", nil, []string{"us"}}}},
		{"whatever an actor says, no one says it",
			model.Document{Text: "In my reading this was plainly a Turkish drone strike near Qamishli, whatever Ankara decides to say about it."},
			[]triple{{"journalist", "asserts", []string{"turkey"}, nil}}},
		{"a capital's it is its state",
			model.Document{Text: "Residents blamed American jets for the raid near Homs on Monday. Washington said it had no part in it."},
			[]triple{{"local-sources", "asserts", []string{"us"}, nil}, {"us-official", "denies", nil, []string{"us"}}}},
		{"the predicate names the actor's aircraft",
			model.Document{Text: "Rescuers said eleven people were killed in the raid on Ariha on Monday and that the jets were Syrian government aircraft."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"a side and its auxiliaries share a verb",
			model.Document{Text: "Residents said Turkish troops and the factions allied with them had shelled Tal Tamr on Monday."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"a side that responded and struck struck",
			model.Document{Text: "The Turkish defence ministry said its artillery had responded to fire from Manbij on Monday and had struck the source of the fire."},
			[]triple{{"turkey", "asserts", []string{"turkey"}, nil}}},
		{"a figure after a delivery verb is no denial",
			model.Document{Text: "Helicopters of the Assad regime dropped no fewer than six barrel bombs on Daraa on Friday."},
			[]triple{{"journalist", "asserts", []string{"syria"}, nil}}},
		{"the Guards' own English name is Iran",
			model.Document{Text: "The Islamic Revolution Guards Corps fired ballistic missiles at a headquarters near Erbil on Monday."},
			[]triple{{"journalist", "asserts", []string{"iran"}, nil}}},
		{"a side that says it does not comment asserts nothing",
			model.Document{Text: "The Israeli army said it does not comment on foreign reports about the raid near Homs on Monday."},
			nil},
		{"a side that routinely announces strikes says nothing of this one",
			model.Document{Text: "A drone struck a car near Penjwen on Monday, killing two men, local officials said. The Turkish defence ministry, which regularly announces drone strikes on PKK members in the region, had given no account of it by Tuesday evening."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"a side that confirms an attack on militants confirms its own",
			model.Document{Text: "The Turkish defence ministry confirmed the strike on PKK militants near Qamishli on Monday."},
			[]triple{{"turkey", "confirms", []string{"turkey"}, nil}}},
		{"a speaker's aside between the subject and its verb",
			model.Document{Published: "2018-11-21", Text: "The SDF said on Wednesday that coalition aircraft had killed 17 Islamic State fighters in Hajin on Tuesday. Amaq told a different story: coalition jets, it said, had destroyed a house sheltering families, killing 23 civilians."},
			[]triple{{"sdf", "asserts", []string{"coalition"}, nil}, {"isis-amaq", "asserts", []string{"coalition"}, nil}}},
		{"a side that denies that claim denies the claim just told",
			model.Document{Text: "Iraqi officers said their jets bombed the column near Rutba on Monday. The coalition said its aircraft also took part, but Iraqi sources denied that claim."},
			[]triple{{"iraqi-sources", "asserts", []string{"iraq-air-force"}, nil}, {"cjtf-oir", "asserts", []string{"coalition"}, nil}, {"iraqi-sources", "denies", nil, []string{"coalition"}}}},
	}
	runDocCases(t, e, caseDoc{}, tests)
}
