package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Who was hit: each claim as "speaker stance +asserted -denied group".
// Every text is written for the test.
func TestTargetGroups(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the dead were an occupation",
			"Turkish drones struck a car near Amuda on Monday, a war monitor said. Relatives said the two dead were olive farmers.",
			[]string{"ngo asserts +turkey unknown", "local-sources asserts civilians"}},
		{"no military target where the strike fell",
			"Turkish drones struck a water pumping station near Amuda on Monday, a war monitor said. The station's director said there was no military target at the station, only its engineers.",
			[]string{"ngo asserts +turkey unknown", "local-sources asserts civilians"}},
		{"members of one family",
			"Iraqi jets killed four terrorists in a pickup west of Rutba, Iraq's Defence Ministry said. Residents told reporters that the four men were members of one family.",
			[]string{"iraq-mod asserts +iraq-air-force militants", "local-sources asserts civilians"}},
		{"members of an armed body are fighters",
			"A drone hit a car near Qamishli on Friday, killing two men, activists said. The monitor said both men were members of a local military council.",
			[]string{"local-sources asserts unknown", "ngo asserts militants"}},
		{"members of groups backed by a state are fighters",
			"A drone hit a truck near Mayadin on Friday, killing six men, activists said. The monitor said four of the six were members of groups aligned with Tehran.",
			[]string{"local-sources asserts unknown", "ngo asserts militants"}},
		{"a strike on a meeting of two bodies' commanders hits fighters",
			"Missiles hit a farm outside Qusayr overnight, killing four people, Syrian state media said. A war monitor said the strike had hit a meeting of Iranian and Hezbollah commanders.",
			[]string{"syria-gov asserts unknown", "ngo asserts militants"}},
		{"a strike on a meeting of a movement's experts hits fighters",
			"Missiles hit a flat in western Damascus overnight, killing three people, state media said. A war monitor said the strike had targeted a meeting of Hezbollah drone experts.",
			[]string{"syria-gov asserts unknown", "ngo asserts militants"}},
		{"a strike on a movement's terrorist hits fighters",
			"A strike flattened a flat in a village near Tyre on Sunday, killing five people, the health ministry said. The Israeli army said the strike had targeted a Hezbollah terrorist who directed rocket fire.",
			[]string{"local-sources asserts unknown", "israel asserts +israel militants"}},
		{"a strike on the members of an armed body hits fighters",
			"A drone struck a pickup near Makhmour on Tuesday, the mayor said. An Iraqi army officer, who asked not to be named, said the Turkish drone had targeted members of the Makhmour Defence Units, a local armed group.",
			[]string{"local-sources asserts unknown", "iraqi-sources asserts +turkey militants"}},
		{"a fighter and civilians among the dead are both hit",
			"A drone struck a car near Tal Tamr on Monday, killing four people, the SDF said. The SDF said one of the dead was a fighter of its local guard and the other three were civilians.",
			[]string{"sdf asserts unknown", "sdf asserts mixed"}},
		{"all of them members of a militia known by its initials",
			"A drone struck a truck outside Tabqa on Sunday, the SDF said. A war monitor said five men were killed, all of them members of the SDF.",
			[]string{"sdf asserts unknown", "ngo asserts militants"}},
		{"all of them civilians after a toll",
			"Jets struck a road near Maarat Misrin on Friday, a war monitor said. Rescuers said seven people were killed, all of them civilians.",
			[]string{"ngo asserts unknown", "local-sources asserts civilians"}},
		{"a funeral notice on a militia channel names neither target nor group",
			"Israeli missiles struck a depot near Masyaf on Friday, Syria's army said. A funeral notice shared by a militia channel on Monday names two men killed in the strike.",
			[]string{"syria-gov asserts +israel unknown", "journalist asserts unknown"}},
		{"kin of one of the dead say he was not a fighter",
			"Iraqi jets killed two terrorists in a raid near Hit on Sunday, Iraq's Defence Ministry said. The brother of one of the dead said he was not a fighter.",
			[]string{"iraq-mod asserts +iraq-air-force militants", "local-sources asserts civilians"}},
		{"were not fighters",
			"Coalition aircraft struck a farm near Hajin, the coalition said. Villagers said the men were not fighters.",
			[]string{"cjtf-oir asserts +coalition unknown", "local-sources asserts civilians"}},
		{"not the movement the belligerent named",
			"Iraqi jets bombed a farmhouse near Tarmiyah, the defence ministry said. Villagers said the two brothers killed there were not Daesh.",
			[]string{"iraq-mod asserts +iraq-air-force unknown", "local-sources asserts civilians"}},
		{"nothing to do with the group",
			"Russian jets bombed a house in Sarmada, a monitor said. Relatives said the family had nothing to do with any armed group.",
			[]string{"ngo asserts +russia unknown", "local-sources asserts civilians"}},
		{"a negated group is not who was hit",
			"A strike killed a herder and his son near Baaj, not militants, villagers said.",
			[]string{"local-sources asserts civilians"}},
		{"a negated strike on civilians by the side that claims the strike asserts its strike, with no civilians killed",
			"Iraqi F-16s struck a cave near Mutaibija on Monday, Iraq's Defence Ministry said. The ministry said its aircraft had not targeted any civilians.",
			[]string{"iraq-mod asserts +iraq-air-force unknown", "iraq-mod asserts +iraq-air-force unknown"}},
		{"what only fighters use",
			"Coalition aircraft struck a weapons store near Hajin on Tuesday, the coalition said.",
			[]string{"cjtf-oir asserts +coalition militants"}},
		{"a role in an armed group that a strike killed",
			"A US drone strike near Jilib on Sunday killed a senior commander of al-Shabaab, AFRICOM said.",
			[]string{"us-dod asserts +us militants"}},
		{"a role in a group named as an organisation",
			"Turkey's defence ministry said its drone struck a car near Qandil on Friday, killing a field commander in the so-called Zagros organisation.",
			[]string{"turkey asserts +turkey militants"}},
		{"a movement's leaders that a strike hit",
			"Iraqi jets struck a gathering of twelve Daesh commanders in a farmhouse near Rawa on Friday, the Joint Operations Command said.",
			[]string{"iraq-joc asserts +iraq-air-force militants"}},
		{"a role of a movement, in a clause about the person a strike killed",
			"The Israeli military said its aircraft killed Abu Hamza al-Tikriti, who it says was Hamas's most senior rocket commander, in a strike near Rafah on Tuesday.",
			[]string{"israel asserts +israel militants"}},
		{"a role in an armed group, in apposition to the person a strike killed",
			"A US drone strike near Jilib on Sunday killed Ahmed Omar Dhere, a senior commander of al-Shabaab, AFRICOM said.",
			[]string{"us-dod asserts +us militants"}},
		{"an air base's shelters and stores are a military target",
			"The Pentagon said its cruise missiles struck hardened aircraft shelters and ammunition stores at an air base near Homs on Friday.",
			[]string{"us-dod asserts +us militants"}},
		{"a movement's commanders named over modifiers, in quotation marks",
			"An American official said the strikes near Hodeidah on Sunday had targeted \"Huthi drone and missile commanders\".",
			[]string{"us-official asserts +us militants"}},
		{"a label for the enemy after a quoted removal verb",
			"Turkey's defence ministry said its jets had \"neutralised\" 12 PKK terrorists near Gara on Monday.",
			[]string{"turkey asserts +turkey militants"}},
		{"a movement's commander who speaks is not hit",
			"A Hezbollah commander said a drone hit a car near Tyre on Friday.",
			[]string{"local-sources asserts unknown"}},
		{"a leader of a place is no fighter",
			"A drone hit a car near Qandil on Friday, killing a tribal leader of the valley, villagers said.",
			[]string{"local-sources asserts unknown"}},
		{"a strategic centre is what a belligerent says it hit",
			"The IRGC said its missiles struck a strategic centre of its enemies near Erbil on Sunday.",
			[]string{"iran asserts +iran militants"}},
		{"a military site is a fighters' target",
			"RAF Typhoons struck two military sites near Ramadi on Sunday, Britain's Ministry of Defence said.",
			[]string{"uk asserts +uk militants"}},
		{"a military compound is a fighters' target",
			"The Israeli army said its jets struck a military compound of the group near Tyre on 5 May 2024.",
			[]string{"israel asserts +israel militants"}},
		{"air defences are a military target",
			"The Israeli military said its aircraft hit air defence systems near Masyaf on 5 May 2024.",
			[]string{"israel asserts +israel militants"}},
		{"no armed men where the strike fell",
			"Coalition aircraft struck a farmhouse near Hit on 5 May 2024, the coalition said. Neighbours said there were no gunmen in the farmhouse.",
			[]string{"cjtf-oir asserts +coalition unknown", "local-sources asserts civilians"}},
		{"a broadcaster's building is a civilian target",
			"Residents said British jets hit a radio station in Zabid on 5 May 2024.",
			[]string{"local-sources asserts +uk civilians"}},
		{"a grain warehouse is a civilian target",
			"A Russian missile hit a grain warehouse in Lozova on Monday, villagers said.",
			[]string{"local-sources asserts +russia civilians"}},
		{"a civilian target against a military one",
			"Drones struck a poultry farm outside Saraqeb on 4 March 2024, residents said. Russia's defence ministry said its aircraft had destroyed a drone workshop there.",
			[]string{"local-sources asserts civilians", "russia-mod asserts +russia militants"}},
		{"what an armed movement holds",
			"US aircraft struck three Houthi missile sites near Hodeidah on 3 March 2024, a US official said.",
			[]string{"us-official asserts +us militants"}},
		{"what an armed movement uses, named after it",
			"Israeli jets bombed two warehouses used by Hezbollah near Tyre on 3 March 2024, the army said.",
			[]string{"israel asserts +israel militants"}},
		{"where the wounded were taken is not what was hit",
			"A drone hit a car near Haditha on 3 March 2024, killing two men, and the wounded were taken to Haditha General Hospital, residents said.",
			[]string{"local-sources asserts unknown"}},
		{"a supposition says nothing of who was hit",
			"A drone hit a car near Haditha, residents said. The council said the families must be compensated if it is proven that the men were civilians.",
			[]string{"local-sources asserts unknown"}},
		{"an army post is a fighters' target",
			"Israeli jets struck an army post and an observation position near Quneitra on 5 May 2024, Israel's army said.",
			[]string{"israel asserts +israel militants"}},
		{"a belligerent's spy headquarters",
			"Iran's Revolutionary Guards said their missiles destroyed an espionage headquarters of Israel near Erbil on 5 May 2024.",
			[]string{"iran asserts +iran militants"}},
		{"a train carrying arms",
			"Russia's defence ministry said its missile destroyed a train carrying weapons and ammunition at a junction near Kupiansk on 5 May 2024.",
			[]string{"russia-mod asserts +russia militants"}},
		{"a movement's fighters struck",
			"Coalition aircraft struck ISIS fighters near Hajin on 5 May 2024, the coalition said.",
			[]string{"cjtf-oir asserts +coalition militants"}},
		{"snipers a strike was made against are fighters, not its makers",
			"The coalition said its aircraft carried out a strike against two ISIS snipers firing from a rooftop near Raqqa on 5 May 2024.",
			[]string{"cjtf-oir asserts +coalition militants"}},
		{"fighters counted after against are what was hit",
			"The coalition said its aircraft carried out a strike against three ISIS fighters firing mortars near Raqqa on 5 May 2024.",
			[]string{"cjtf-oir asserts +coalition militants"}},
		{"a firm that stores food is a civilian site",
			"Israeli jets struck a warehouse near Zahle on 5 May 2024, the army said. The mayor said the strike hit a firm that packs and stores food, killing two people.",
			[]string{"israel asserts +israel unknown", "local-sources asserts civilians"}},
		{"a statement of care names no victim",
			"US aircraft struck three militia depots near Qaim on 5 May 2024, a US official said, and the targets had been chosen to avoid civilian casualties.",
			[]string{"us-official asserts +us militants"}},
		{"a family says the dead man was unarmed",
			"A drone struck a motorcycle near Sarmada on 5 May 2024, residents said. His brother said he never carried a weapon.",
			[]string{"local-sources asserts unknown", "local-sources asserts civilians"}},
		{"mercenaries are fighters",
			"Russia's defence ministry said its missiles killed up to 30 foreign mercenaries near Kupiansk on 5 May 2024.",
			[]string{"russia-mod asserts +russia militants"}},
		{"gathering places of a movement's commanders",
			"Iran's Revolutionary Guards said their missiles hit gathering places of Daesh commanders near Idlib on 5 May 2024.",
			[]string{"iran asserts +iran militants"}},
		{"routes to smuggle weapons",
			"Israel's army said its jets struck routes used to smuggle weapons near Qusayr on 5 May 2024.",
			[]string{"israel asserts +israel militants"}},
		{"unarmed men are civilians",
			"Residents said a drone killed two unarmed men near Qamishli on 5 May 2024.",
			[]string{"local-sources asserts civilians"}},
		{"members of the group named before, neutralised, are fighters",
			"Turkey's defence ministry said on Sunday that its aircraft had struck \"the PKK terrorist organisation\" near Makhmur, and that two senior members of the group had been neutralised.",
			[]string{"turkey asserts +turkey unknown", "turkey asserts +turkey militants"}},
		{"members of a family killed are no fighters",
			"A drone struck a house near Makhmur on Sunday; two members of the family had been killed, residents said.",
			[]string{"local-sources asserts unknown"}},
		{"a belligerent describes the building it hit as a fighters' post",
			"Jets struck a three-storey house in Qaim on Monday, killing nine civilians, relatives said. The coalition described the house as a jihadist headquarters.",
			[]string{"local-sources asserts civilians", "cjtf-oir asserts +coalition militants"}},
		{"a spared list joined by and",
			"Turkish jets struck two villages near Amuda on Monday, Turkey's defence ministry said, adding that every care was taken to avoid harm to civilians and civilian homes.",
			[]string{"turkey asserts +turkey unknown"}},
		{"a claim of harm it will look into names no victim",
			"RAF jets struck insurgent positions near Ramadi on Sunday, Britain's Ministry of Defence said, and it would review any allegation of civilian casualties.",
			[]string{"uk asserts +uk militants"}},
		{"the positions of a labelled enemy",
			"Syrian state media said army aircraft had struck the bunkers and positions of terrorist groups near Maarat on Friday.",
			[]string{"syria-gov asserts +syria militants"}},
		{"a site used to make bombs, whatever vehicle word their name holds",
			"A coalition spokesman said its jets had hit a facility used to make vehicle-borne bombs near Tal Afar on 5 May 2024.",
			[]string{"cjtf-oir asserts +coalition militants"}},
		{"a plant producing explosives",
			"Russia's defence ministry said its missiles destroyed a plant producing explosives near Kramatorsk on 5 May 2024.",
			[]string{"russia-mod asserts +russia militants"}},
		{"strikes on a movement's fighters, after the dates",
			"The coalition said it carried out air strikes on 4 and 5 May 2024 on Islamic State fighters hiding in orchards near Baiji.",
			[]string{"cjtf-oir asserts +coalition militants"}},
		{"care for a list joined by and to",
			"The coalition said the strikes near Baiji on 5 May 2024 were planned to minimise the risk to civilians and to civilian homes.",
			[]string{"cjtf-oir asserts unknown"}},
		{"a landmark a distance is measured from is not hit",
			"Syrian jets struck an arms depot about 3 km from the town's school near Ariha on 5 May 2024, Russia's defence ministry said.",
			[]string{"russia-mod asserts +syria militants"}},
		{"civilians used as human shields are the enemy's conduct",
			"Turkey's defence ministry said its drones hit terrorist positions near Kobani on 5 May 2024 and that the PKK was using civilians as human shields.",
			[]string{"turkey asserts +turkey militants"}},
		{"civilians fighters fired on are not those the strike hit",
			"The coalition said its aircraft struck militants near Baiji on 5 May 2024 who were firing on soldiers and on civilians.",
			[]string{"cjtf-oir asserts +coalition militants"}},
		{"aircraft firing on civilians hit civilians",
			"Residents said Russian helicopters were firing on civilians near Ariha on 5 May 2024.",
			[]string{"local-sources asserts +russia civilians"}},
		{"missiles fired at a meeting of a labelled group's leaders",
			"Iran's Revolutionary Guards said they fired five missiles on Sunday at what they called a meeting of the leaders of a \"terrorist group\" near Koya.",
			[]string{"iran asserts +iran militants"}},
		{"a compound holding migrants",
			"An air strike hit a compound holding migrants near Hajjah on 5 May 2024, local health officials said.",
			[]string{"local-sources asserts civilians"}},
		{"a movement's headquarters by its two-word name",
			"Iran's Revolutionary Guards said their missiles destroyed Islamic State headquarters near Sarmada on 5 May 2024.",
			[]string{"iran asserts +iran militants"}},
		{"a site a movement controls",
			"US forces struck a Houthi-controlled site near Saada on 5 May 2024, a US official said.",
			[]string{"us-official asserts +us militants"}},
		{"armed men the striking side says it fired at",
			"A monitor said SDF shells killed two women in Hajin on Sunday; the SDF said it fired only at the positions of gunmen who had attacked its checkpoint.",
			[]string{"ngo asserts +sdf civilians", "sdf asserts +sdf militants"}},
		{"attackers struck by the helicopters",
			"Iraqi army helicopters struck the attackers near Tarmiyah on Sunday, Iraq's Defence Ministry said.",
			[]string{"iraq-mod asserts +iraq-army-aviation militants"}},
		{"armed men who kill are not those hit",
			"Gunmen killed three farmers near Tarmiyah on Sunday, Iraq's Defence Ministry said.",
			[]string{"iraq-mod asserts civilians"}}, // the farmers were hit, not the gunmen
		{"a movement's facilitator is a fighter",
			"A US drone struck a car near Jalalabad on Friday, killing an ISIS-K facilitator, the Pentagon said.",
			[]string{"us-dod asserts +us militants"}},
		{"none of the places hit was of a group",
			"The Pentagon said the strikes near Qaim on Monday targeted militia command centres and weapons depots, and that none of the sites was a medical facility.",
			[]string{"us-dod asserts +us militants"}},
		{"no sign of civilian casualties is no civilians hit",
			"The Pentagon said a drone had killed a senior ISIS commander near Deir ez-Zor on Monday and that there were \"no initial indications\" of civilian casualties.",
			[]string{"us-dod asserts +us militants"}},
		{"a belligerent's word for an enemy's arms it struck",
			"The Israeli military said on Tuesday that its jets had struck remaining military capabilities near Homs.",
			[]string{"israel asserts +israel militants"}},
		{"a weapons programme's site is a military one",
			"The British defence ministry said on Saturday that its aircraft had struck a site of the regime's chemical weapons programme near Hama.",
			[]string{"uk asserts +uk militants"}},
		{"classrooms are a school's",
			"Residents said Turkish drones hit a building that held classrooms in Tal Tamr on Sunday.",
			[]string{"local-sources asserts +turkey civilians"}},
		{"a boy passing by is a civilian",
			"A drone struck a pickup at a junction in Kirkuk on Monday, police said. Doctors say the wounded passer-by is a 12-year-old boy who sells bread at the junction.",
			[]string{"local-sources asserts civilians"}},
		{"a copula about something else",
			"A drone hit a car near Haditha, residents said. Police said the men were taken to a hospital in Ramadi.",
			[]string{"local-sources asserts unknown"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Text: tc.text})
			var got []string
			for _, c := range claims {
				s := c.Speaker + " " + c.Stance
				for _, a := range c.PerpetratorsAsserted {
					s += " +" + a
				}
				for _, d := range c.PerpetratorsDenied {
					s += " -" + d
				}
				got = append(got, s+" "+c.Event.TargetGroup)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

func TestVictimIdentity(t *testing.T) {
	tests := []struct{ clause, want string }{
		{"the dead were sheep traders", model.GroupCivilians},
		{"one was a civilian driver", model.GroupCivilians},
		{"all three dead were fighters of the resistance units", model.GroupMilitants},
		{"the three men were \"well-known traders from the city\"", model.GroupCivilians},
		{"they were not civilians", model.GroupMilitants},
		{"two of the victims were boys", model.GroupCivilians},
		{"none of the dead were civilians", model.GroupMilitants},
		{"three of the dead were Hezbollah members", model.GroupMilitants},
		{"he never carried a weapon in his life", model.GroupCivilians},
		{"the commander never carried out the order", ""},
		{"the men were killed when the car was hit", ""},
		{"if the men were civilians", ""},
		{"the weather was clear", ""},
		{"two shepherds who grazed goats near the river were among the dead", model.GroupCivilians},
		{"four labourers from the brick kiln were among those killed", model.GroupCivilians},
		{"if any fighters were among the dead", ""},
		{"two of them were farmers", model.GroupCivilians},
		{"the army described the warehouse as a jihadist arsenal", model.GroupMilitants},
		{"the ministry described the building as an Islamic State headquarters", model.GroupMilitants},
		{"the party described the building as its headquarters", ""},
		{"gunmen had used the clinic as a staging area", model.GroupMilitants},
		{"the militants used the old mill as a base", model.GroupMilitants},
		{"the council used the school as a shelter", ""},
		{"many of the families who fled two years ago are still living with relatives", ""},
	}
	for _, tc := range tests {
		toks := tokenize(tc.clause, 0, len(tc.clause), nil)
		if got := victimIdentity(toks, 0, len(toks)); got != tc.want {
			t.Errorf("victimIdentity(%q) = %q, want %q", tc.clause, got, tc.want)
		}
	}
}

// A label for the enemy holds an asset only as its owner.
func TestMovementAssetLabels(t *testing.T) {
	tests := []struct {
		clause string
		want   bool
	}{
		{"the jets hit terrorist positions", true},
		{"army units shelled the hideouts and tunnels of the militants", true},
		{"terrorists attacked army positions", false},
		{"a terrorist attack on the market", false},
	}
	for _, tc := range tests {
		toks := tokenize(tc.clause, 0, len(tc.clause), nil)
		if got := movementAsset(toks, 0, len(toks)); got != tc.want {
			t.Errorf("movementAsset(%q) = %v, want %v", tc.clause, got, tc.want)
		}
	}
}

// Arms a site keeps or makes are what was hit, not the strike's weapon.
func TestStoredArms(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		name, text      string
		wantType, group string
	}{
		{"a depot of drones",
			"Russia's defence ministry said its jets destroyed a depot of Ukrainian attack drones near Izium on 3 March 2024.",
			"airstrike", "militants"},
		{"a workshop assembling drones",
			"Israel's army said its aircraft struck a workshop assembling drones near Tyre on 3 March 2024.",
			"airstrike", "militants"},
		{"the drones that struck",
			"Turkish drones struck a depot near Amuda on 3 March 2024, residents said.",
			"drone_strike", "unknown"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Text: tc.text})
			if len(claims) != 1 {
				t.Fatalf("got %d claims, want 1: %+v", len(claims), claims)
			}
			ev := claims[0].Event
			if ev.Type != tc.wantType || ev.TargetGroup != tc.group {
				t.Errorf("got %s on %q (%s), want %s (%s)", ev.Type, ev.Target, ev.TargetGroup, tc.wantType, tc.group)
			}
		})
	}
}

// A site that makes or keeps arms is what was hit; its name is the target.
func TestArmsMaker(t *testing.T) {
	tests := []struct{ clause, want string }{
		{"the jets hit a facility used to make vehicle-borne bombs", "workshop"},
		{"they targeted warehouses used to store rockets", "weapons depot"},
		{"a plant producing explosives was destroyed", "workshop"},
		{"a car bomb exploded near the factory gate", ""},
		{"the fighters used the house to make bombs", ""},
	}
	for _, tc := range tests {
		toks := tokenize(tc.clause, 0, len(tc.clause), nil)
		if got := armsMaker(toks, 0, len(toks)); got != tc.want {
			t.Errorf("armsMaker(%q) = %q, want %q", tc.clause, got, tc.want)
		}
	}
}

// A site a distance is measured from is a landmark, not what was hit.
func TestLandmark(t *testing.T) {
	tests := []struct {
		clause, site string
		want         bool
	}{
		{"struck a command post about 2 km from the local hospital", "hospital", true},
		{"the building is fifteen metres from a mosque", "mosque", true},
		{"the missile hit a school far from the front", "school", false},
		{"jets struck the hospital from the air", "hospital", false},
	}
	for _, tc := range tests {
		toks := tokenize(tc.clause, 0, len(tc.clause), nil)
		at := slices.IndexFunc(toks, func(k token) bool { return k.Norm == tc.site })
		if got := landmark(toks, 0, at); got != tc.want {
			t.Errorf("landmark(%q, %q) = %v, want %v", tc.clause, tc.site, got, tc.want)
		}
	}
}

// Where the wounded were taken is no target.
func TestCareDestination(t *testing.T) {
	tests := []struct {
		clause, site string
		want         bool
	}{
		{"three wounded soldiers were taken to the town's hospital", "hospital", true},
		{"the injured were transferred to the military hospital in the city", "hospital", true},
		{"two men were rushed to a nearby field hospital", "hospital", true},
		{"the rockets hit the military hospital", "hospital", false},
		{"a drone struck a clinic in the village", "clinic", false},
		{"four people died in the strike on the hospital", "hospital", false},
		{"both men had died, the second in hospital in Raqqa on Friday", "hospital", true},
		{"the shell landed in the hospital courtyard", "hospital", false},
		{"one of the wounded died at dawn in the Tikrit hospital", "hospital", true},
		{"a soldier died on Sunday in the military hospital", "hospital", true},
	}
	for _, tc := range tests {
		toks := tokenize(tc.clause, 0, len(tc.clause), nil)
		at := slices.IndexFunc(toks, func(k token) bool { return k.Norm == tc.site })
		if got := careDestination(toks, 0, at); got != tc.want {
			t.Errorf("careDestination(%q, %q) = %v, want %v", tc.clause, tc.site, got, tc.want)
		}
	}
}
