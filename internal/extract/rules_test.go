package extract

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/gazetteer"
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Table cases for the attribution, stance and perpetrator rules added for
// reports in styles beyond the development sets. Every text is written for
// the test.
func TestGeneralRules(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"each time anchor of a background clause keeps its own attacker",
			model.Document{Published: "2024-03-08", Text: "The raid on Thursday came three days after Islamic State fighters ambushed a patrol near Tuz Khurmatu on Monday, and a day after Turkish drones hit a farm west of Tuz Khurmatu."},
			[]triple{{"journalist", "asserts", []string{"turkey"}, nil}, {"journalist", "asserts", []string{"isis"}, nil}}},
		{"two arms named by two claims leave the voice's own strike open",
			model.Document{Text: "Iraqi F-16 jets bombed a hideout near Rawa on Monday. Iraqi army helicopters fired on a truck near Rawa on Monday. The Security Media Cell said five militants were killed near Rawa on Monday."},
			[]triple{{"journalist", "asserts", []string{"iraq-air-force"}, nil}, {"journalist", "asserts", []string{"iraq-army-aviation"}, nil}, {"iraq-joc", "asserts", nil, nil}}},
		{"a negated quantifier over combat missions denies the part",
			model.Document{Text: "The Russian defence ministry said on Tuesday that no Russian aircraft had performed any combat missions near Maarat al-Numan on Monday."},
			[]triple{{"russia-mod", "denies", nil, []string{"russia"}}}},
		{"rejecting the accounts denies what they said",
			model.Document{Text: "Residents said Russian jets struck a school near Maarat al-Numan on Monday. The Russian defence ministry rejected the accounts."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}, {"russia-mod", "denies", nil, []string{"russia"}}}},
		{"ruling out an attack denies it took place",
			model.Document{Text: "A blast destroyed a depot near Balad on Monday, residents said. The Iraqi military said the explosion was caused by the summer heat and ruled out an attack."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"iraq-military", "denies", nil, nil}}},
		{"a figurative strike verb strikes nothing",
			model.Document{Text: "Britain's Ministry of Defence struck a firmer note on Tuesday about the raid near Hit."},
			nil},
		{"no connection with the attack denies a part",
			model.Document{Text: "A spokesman for the PMF said in a statement on Monday that it has no connection with the attack near al-Qaim."},
			[]triple{{"pmf", "denies", nil, []string{"pmf"}}}},
		{"no connection reached across and is the other subject's",
			model.Document{Text: "The PMF said the strikes near al-Qaim on Monday had destroyed a post guarding the border against the remnants of Daesh and had \"no connection to any attack on anyone.\""},
			[]triple{{"pmf", "asserts", nil, nil}}},
		{"dismissing reports of civilian casualties denies who was hit, not the part",
			model.Document{Text: "A Turkish drone struck a house near Amude on Monday, killing three civilians, residents said. The Turkish defence ministry dismissed reports of civilian casualties as propaganda."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}, {"turkey", "denies", nil, nil}}},
		{"denying a side's sole account of its own attack denies the attack",
			model.Document{Text: "Amaq said on Tuesday its fighters had destroyed two tanks near Baiji. The Security Media Cell denied the claim on Wednesday."},
			[]triple{{"isis-amaq", "asserts", []string{"isis"}, nil}, {"iraq-joc", "denies", nil, nil}}},
		{"calling a side's sole account of its own attack a fabrication denies the attack",
			model.Document{Text: "Amaq said on Tuesday its fighters had stormed an army post near Baiji. The Security Media Cell denied the claim on Wednesday, calling it a fabrication."},
			[]triple{{"isis-amaq", "asserts", []string{"isis"}, nil}, {"iraq-joc", "denies", nil, nil}}},
		{"denying a side's claim where another actor struck denies its part",
			model.Document{Text: "Iraqi helicopters destroyed 40 trucks near Rutba on Monday. The coalition said its aircraft took part in the strike. Iraqi sources denied that claim."},
			[]triple{{"journalist", "asserts", []string{"iraq-army-aviation"}, nil}, {"cjtf-oir", "asserts", []string{"coalition"}, nil}, {"iraqi-sources", "denies", nil, []string{"coalition"}}}},
		{"a belligerent rejecting a joint accusation denies its own part",
			model.Document{Text: "The PMF said American and Israeli drones struck its depot near Anah on Monday. The US embassy in Baghdad rejected the claims on Tuesday."},
			[]triple{{"pmf", "asserts", []string{"israel", "us"}, nil}, {"us-embassy", "denies", nil, []string{"us"}}}},
		{"a source that blames the actor and rejects its claim disputes the victims",
			model.Document{Text: "A Turkish drone hit a car near Amuda on Monday, killing three people, the SDF said. Turkey's defence ministry said its forces had neutralised four terrorists near Amuda on Monday. The SDF rejected the claim, saying Turkey labels every civilian a terrorist."},
			[]triple{{"sdf", "asserts", []string{"turkey"}, nil}, {"turkey", "asserts", []string{"turkey"}, nil}}},
		{"a belligerent with no speaker id of its own speaks as itself",
			model.Document{Text: "Turkey's defence ministry denied that Turkish drones had struck the village near Duhok."},
			[]triple{{"turkey", "denies", nil, []string{"turkey"}}}},
		{"the IDF speaks as Israel",
			model.Document{Text: "The IDF said its jets struck a weapons depot near Nabatieh on Monday."},
			[]triple{{"israel", "asserts", []string{"israel"}, nil}}},
		{"a state body of a country with no actor id is a local voice",
			model.Document{Text: "Air strikes hit the port of Hodeidah in Yemen, killing nine people, the interior ministry said."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"a health ministry counts the dead as a local voice",
			model.Document{Text: "Russian missiles struck the market in Kharkiv, the regional health ministry said."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"dropped explosive barrels is a strike",
			model.Document{Text: "Regime helicopters dropped six explosive barrels on the market of Jisr al-Shughour on Monday, leaving nine dead."},
			[]triple{{"journalist", "asserts", []string{"syria"}, nil}}},
		{"plural monitors speak as a monitor",
			model.Document{Text: "Russian jets bombed a bakery in the town on Friday, war monitors said."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}}},
		{"plural medics speak as local sources",
			model.Document{Text: "Paramedics said Turkish drones had hit the tractor twice."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"blamed a quoted arm of an actor",
			model.Document{Text: "Syrian state television blamed \"warplanes of the US-led coalition\" for the raid on the silos."},
			[]triple{{"syria-gov", "asserts", []string{"coalition"}, nil}}},
		{"a monitor that did not identify the aircraft",
			model.Document{Text: "A war monitor said the raid killed six fighters. The monitor did not identify the aircraft that carried out the raid."},
			[]triple{{"ngo", "asserts", nil, nil}, {"ngo", "asserts", []string{"unknown"}, nil}}},
		{"a witness who could not establish whose aircraft",
			model.Document{Text: "Witnesses said the drone fired twice at the truck. One said he could not establish whose drone carried out the attack."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"local-sources", "asserts", []string{"unknown"}, nil}}},
		{"a witness who did not know whose aircraft struck",
			model.Document{Text: "Two brothers were killed when the farmhouse was bombed, a neighbour said. He did not know whose warplanes carried out the raid."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"local-sources", "asserts", []string{"unknown"}, nil}}},
		{"one of a group speaks",
			model.Document{Text: "Villagers said the bakery was hit at noon. \"Russian jets bombed the bakery,\" one of them said."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"local-sources", "asserts", []string{"russia"}, nil}}},
		{"a passive partitive is no speaker",
			model.Document{Text: "Dozens of rocket attacks have hit the bases since May, most of them claimed by a militia alliance."},
			nil},
		{"no record of a strike denies it",
			model.Document{Text: "The coalition said it had no record of a coalition strike on the bridge."},
			[]triple{{"cjtf-oir", "denies", nil, []string{"coalition"}}}},
		{"no record of striking denies the speaker's own strike",
			model.Document{Text: "The coalition said it had no record of striking a bus near the bridge."},
			[]triple{{"cjtf-oir", "denies", nil, []string{"coalition"}}}},
		{"no evidence of a strike disputes it",
			model.Document{Text: "\"We saw no evidence that would support a Russian strike,\" the monitor said of the market blast."},
			[]triple{{"ngo", "disputes", []string{"russia"}, nil}}},
		{"no evidence about who was present names no strike",
			model.Document{Text: "An airstrike hit the school on Monday, the monitor said. The monitor found no evidence that fighters were inside the school."},
			[]triple{{"ngo", "asserts", nil, nil}}},
		{"the narrator's negated campaign verb denies no strike",
			model.Document{Text: "Kurdish fighters are not taking part in the offensive on the town."},
			nil},
		{"it was the actor",
			model.Document{Text: "A strike hit a fuel depot on Sunday. Residents said it was the Russians."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"quoted as saying",
			model.Document{Text: "A U.S. official was quoted as saying that U.S. drones had struck the depot."},
			[]triple{{"us-official", "asserts", []string{"us"}, nil}}},
		{"who said after a passive report",
			model.Document{Text: "The blast, which levelled a farmhouse, was reported by two village witnesses, who said the drone was Turkish."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"parenthetical between speaker and verb",
			model.Document{Text: "A U.S. official, speaking on condition of anonymity because he could not brief the press, said no American aircraft had been involved in the raid."},
			[]triple{{"us-official", "denies", nil, []string{"us"}}}},
		{"relative clause after the speaker",
			model.Document{Text: "A monitoring group that tracks the fighting through volunteers alleged that Russian jets were responsible for the raid."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}}},
		{"who blamed an actor's aircraft",
			model.Document{Text: "A bakery was hit on Sunday, according to witnesses reached by phone, who blamed aircraft of the Russian air force."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"local-sources", "asserts", []string{"russia"}, nil}}},
		{"blaming as a continuation",
			model.Document{Text: "A bakery was hit on Sunday, witnesses said, blaming warplanes of the Syrian regime."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"enemy after a demonym",
			model.Document{Text: "The Hashd said drones of \"the Israeli enemy\" struck its depot."},
			[]triple{{"pmf", "asserts", []string{"israel"}, nil}}},
		{"a monitor's staff member with a country brief",
			model.Document{Kind: model.KindNGO, Publisher: "Rights Monitor", Text: "\"Russian jets struck the market and killed eight people,\" said Lina Haddad, senior Syria researcher. \"Nobody warned them,\" Haddad said of the strike."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}, {"ngo", "asserts", nil, nil}}},
		{"a country brief is no employer in a news story",
			model.Document{Kind: model.KindNews, Text: "\"Russian jets struck the market,\" said Lina Haddad, Syria director at a rights group based in London."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}}},
		{"a transcript's label names the speaker for the prose after it",
			model.Document{Text: "COLONEL THOMAS REINER, SPOKESMAN, CJTF-OIR: Good morning.\n\nReiner said coalition jets struck the bridge near the town."},
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}}},
		{"a transcript's speaker introduced by his post",
			model.Document{Kind: model.KindOfficial, Publisher: "U.S. Department of Defense", Text: "STAFF: Joining us today is Colonel Marcus Whitfield, the spokesman for Combined Joint Task Force-Operation Inherent Resolve.\n\nCOL. WHITFIELD: On Friday we did strike a ferry near the town."},
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}}},
		{"no involvement, and an embassy written without dots",
			model.Document{Text: "The US Embassy in Baghdad said in a statement that American forces \"had no involvement whatsoever\" in the strike."},
			[]triple{{"us-embassy", "denies", nil, []string{"us"}}}},
		{"the UK's ministry is not the document country's",
			model.Document{Text: "Syrian state media said jets struck a house near Raqqa. The UK Ministry of Defence said an RAF Reaper drone struck near Raqqa."},
			[]triple{{"syria-gov", "asserts", []string{"syria"}, nil}, {"uk", "asserts", []string{"uk"}, nil}}},
		{"a press secretary after the body's statement",
			model.Document{Text: "The Pentagon has issued a statement. Press secretary Paul Kessler says US forces conducted a strike on a depot near the town."},
			[]triple{{"us-dod", "asserts", []string{"us"}, nil}}},
		{"what a denial says instead",
			model.Document{Text: "The Iraqi Defence Ministry denied that its helicopters had fired on the patrol, saying that Daesh mortars had hit it."},
			[]triple{{"iraq-mod", "denies", nil, []string{"iraq-army-aviation"}}, {"iraq-mod", "asserts", []string{"isis"}, nil}}},
		{"aircraft named in an accusation",
			model.Document{Text: "The Hashd accused Washington of flying Israeli drones over Iraq to strike its depots."},
			[]triple{{"pmf", "asserts", []string{"israel", "us"}, nil}}},
		{"reports named in the speaker's own quoted denial",
			model.Document{Text: "\"We are aware of reports attributing the blast to Israeli drones, and they are false,\" said a spokesman for the Joint Operations Command."},
			[]triple{{"iraq-joc", "denies", nil, []string{"israel"}}}},
		{"reports passed on, then denied",
			model.Document{Text: "Reports that Israeli drones struck the depot are false, the Joint Operations Command said."},
			[]triple{{"journalist", "asserts", []string{"israel"}, nil}, {"iraq-joc", "denies", nil, []string{"israel"}}}},
		{"a rule of law is no denial",
			model.Document{Kind: model.KindNGO, Publisher: "Rights Monitor", Text: "Under the laws of war, parties must not carry out attacks that would cause disproportionate harm to civilians."},
			[]triple{{"ngo", "asserts", nil, nil}}},
		{"a hedge between subject and verb",
			model.Document{Text: "The monitor assessed that Russian jets most likely carried out the raid on the market."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}}},
		{"a quoted aside between subject and verb",
			model.Document{Text: "The Joint Operations Command said Iraqi F-16 aircraft, \"acting on precise intelligence\", had struck a weapons depot."},
			[]triple{{"iraq-joc", "asserts", []string{"iraq-air-force"}, nil}}},
		{"none of its strikes denies the speaker's side",
			model.Document{Text: "The coalition said none of its strikes hit the house."},
			[]triple{{"cjtf-oir", "denies", nil, []string{"coalition"}}}},
		{"an institution's unnamed aircraft are its own",
			model.Document{Text: "Iraq's Defence Ministry said on Tuesday that F-16 jets had destroyed a hideout used by militants."},
			[]triple{{"iraq-mod", "asserts", []string{"iraq-air-force"}, nil}}},
		{"an institution's unnamed aircraft after a time phrase",
			model.Document{Text: "\"On November 15, Su-34 and Su-25 jets struck terrorist targets,\" the Russian Defence Ministry said."},
			[]triple{{"russia-mod", "asserts", []string{"russia"}, nil}}},
		{"unnamed drones are not the institution's",
			model.Document{Text: "The coalition said drones struck the base, causing no injuries."},
			[]triple{{"cjtf-oir", "asserts", nil, nil}}},
		{"a person's unnamed aircraft are not their side's",
			model.Document{Text: "Iraqi security sources said F-16 jets had struck a location used by militants."},
			[]triple{{"iraqi-sources", "asserts", nil, nil}}},
		{"unnamed officers with no nationality speak for the document's country",
			model.Document{Text: "Two officers told AFP that Daesh militants attacked the Iraqi outpost with mortars."},
			[]triple{{"iraqi-sources", "asserts", []string{"isis"}, nil}}},
		{"a military official with no nationality",
			model.Document{Text: "A military official said Daesh militants attacked the Iraqi outpost with mortars."},
			[]triple{{"iraqi-sources", "asserts", []string{"isis"}, nil}}},
		{"another country's defence ministry is not the document country's",
			model.Document{Text: "Iraqi officials said a drone struck a car near the Iraqi town. Turkey's defence ministry said its jets had neutralised 15 militants in the area."},
			[]triple{{"iraqi-sources", "asserts", nil, nil}, {"turkey", "asserts", []string{"turkey"}, nil}}},
		{"a name in apposition to the speaker is remembered",
			model.Document{Text: "A coalition spokesman, Col. John Dorrian, said coalition aircraft had struck the building. The strike was carried out at the request of Iraqi forces, Dorrian said."},
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}, {"cjtf-oir", "asserts", []string{"coalition"}, nil}}}, // its own strike (ownStrikes)
		{"an adverb between the subject and its verb",
			model.Document{Text: "Iraq's defence ministry said one of its helicopters mistakenly fired on a patrol of pro-government fighters."},
			[]triple{{"iraq-mod", "asserts", []string{"iraq-army-aviation"}, nil}}},
		{"quoted munitions of an actor",
			model.Document{Text: "The coalition said in a statement that \"Russian munitions\" had struck close to positions of its partners."},
			[]triple{{"cjtf-oir", "asserts", []string{"russia"}, nil}}},
		{"a negated perfect before a place is active",
			model.Document{Text: "The coalition said it had not struck in the city that day."},
			[]triple{{"cjtf-oir", "denies", nil, []string{"coalition"}}}},
		{"an aircraft named by its model",
			model.Document{Text: "The coalition said a British Typhoon jet took part in the strike."},
			[]triple{{"cjtf-oir", "asserts", []string{"uk"}, nil}}},
		{"an unnamed Iraqi military official is a source, not the military",
			model.Document{Text: "Coalition warplanes struck a headquarters in Tal Afar, an Iraqi military official told Kurdistan Voice."},
			[]triple{{"iraqi-sources", "asserts", []string{"coalition"}, nil}}},
		{"an unnamed official at a command is a source",
			model.Document{Text: "An official at the Iraqi Joint Operations Command said coalition jets hit the building."},
			[]triple{{"iraqi-sources", "asserts", []string{"coalition"}, nil}}},
		{"an unnamed official named after a body is a source",
			model.Document{Text: "An Iraqi Defence Ministry official said coalition jets hit the building."},
			[]triple{{"iraqi-sources", "asserts", []string{"coalition"}, nil}}},
		{"a spokesman for a command is the command",
			model.Document{Text: "A spokesman for the Iraqi Joint Operations Command said coalition jets hit the building."},
			[]triple{{"iraq-joc", "asserts", []string{"coalition"}, nil}}},
		{"object of an attack verb is no perpetrator",
			model.Document{Text: "The coalition said two strikes engaged three ISIS tactical units and destroyed a bunker."},
			[]triple{{"cjtf-oir", "asserts", nil, nil}}},
		{"accused the so-called coalition",
			model.Document{Text: "The Syrian foreign ministry accused \"the so-called international coalition\" of bombing the school."},
			[]triple{{"syria-gov", "asserts", []string{"coalition"}, nil}}},
		{"suspected in narration is no claim of the outlet",
			model.Document{Text: "A suspected Israeli strike hit a weapons depot, killing four guards."},
			[]triple{{"journalist", "asserts", nil, nil}}},
		{"according to our assessment is the narrator",
			model.Document{Kind: model.KindNGO, Text: "A strike by a Turkish drone hit a minibus, according to our assessment."},
			[]triple{{"ngo", "asserts", []string{"turkey"}, nil}}},
		{"according to a finding leaves the sentence to the issuer",
			model.Document{Kind: model.KindOfficial, Publisher: "Turkish Ministry of National Defence", Text: "Press release\n\nAccording to preliminary determinations, Turkish jets neutralised 14 terrorists near the border."},
			[]triple{{"turkey", "asserts", []string{"turkey"}, nil}}},
		{"according to information from a named side is that side's, not a finding",
			model.Document{Text: "According to information received from the Iraqi Ministry of Defence, Turkish jets struck a depot near the town."},
			[]triple{{"iraq-mod", "asserts", []string{"turkey"}, nil}}},
		{"report named then called false: the reports assert, the speaker denies",
			model.Document{Title: "Statement of the Russian Defence Ministry", Text: "Statement of the Russian Defence Ministry\n\nReports by some outlets of a strike by Russian jets on a school in Idlib are baseless."},
			[]triple{{"journalist", "asserts", []string{"russia"}, nil}, {"russia-mod", "denies", nil, []string{"russia"}}}},
		{"the source again is the last speaker",
			model.Document{Text: "An Iraqi military source said jets bombed the hideout. The source said Iraqi jets also hit a car."},
			[]triple{{"iraqi-sources", "asserts", nil, nil}, {"iraqi-sources", "asserts", []string{"iraq-air-force"}, nil}}},
		{"the ministry again after its full name",
			model.Document{Text: "The Iraqi Ministry of Defence said jets bombed a cave. The raids were made \"jointly with the coalition\", the ministry said."},
			[]triple{{"iraq-mod", "asserts", []string{"iraq-air-force"}, nil}, {"iraq-mod", "asserts", []string{"coalition"}, nil}}},
		{"warnings are no claims",
			model.Document{Text: "Officials warned that militants use the valley to launch attacks on villages."},
			nil},
		{"and said: one subject, two verbs",
			model.Document{Text: "A Pentagon spokesman confirmed that Iraqi jets had taken part and said U.S. aircraft had struck alongside them."},
			[]triple{{"us-dod", "confirms", []string{"iraq-air-force"}, nil}, {"us-dod", "asserts", []string{"us"}, nil}}},
		{"which said: a source's own toll",
			model.Document{Text: "Turkish drones struck a base near the border, killing five people, a war monitor said, contradicting Damascus, which said only that two soldiers were wounded."},
			[]triple{{"ngo", "asserts", []string{"turkey"}, nil}, {"syria-gov", "asserts", nil, nil}}},
		{"the release adds",
			model.Document{Text: "The coalition said its jets bombed a cave. In the same week, the release adds, coalition forces conducted nine strikes."},
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}, {"cjtf-oir", "asserts", []string{"coalition"}, nil}}},
		{"aircraft models between actor and verb",
			model.Document{Text: "Russian Su-24 and Su-30 jets bombed a depot, the Russian military said."},
			[]triple{{"russia-mod", "asserts", []string{"russia"}, nil}}},
		{"possessor speaks for an unknown head",
			model.Document{Text: "The Syrian army's general command said the depot had been destroyed by \"Syrian and Russian warplanes\"."},
			[]triple{{"syria-gov", "asserts", []string{"russia", "syria"}, nil}}},
		{"a strike summary is no strike",
			model.Document{Text: "The coalition published its weekly strike summary on Friday."},
			nil},
		{"passive report names its speaker after by",
			model.Document{Text: "An air raid on the bakery by Russian jets was reported by the Syrian Observatory for Human Rights."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}}},
		{"state broadcaster",
			model.Document{Text: "Fighting near Mosul. According to the Iraqi state broadcaster, army helicopters destroyed five vehicles."},
			[]triple{{"iraq-state-tv", "asserts", nil, nil}}},
		{"state-media English: the Zionist enemy's warplanes",
			model.Document{Text: "SANA said warplanes of the Zionist enemy fired missiles at a military position near Damascus."},
			[]triple{{"syria-gov", "asserts", []string{"israel"}, nil}}},
		{"general command of a country's army",
			model.Document{Text: "In Syria, the General Command of the Army said Turkish occupation drones targeted a village near Manbij."},
			[]triple{{"syria-gov", "asserts", []string{"turkey"}, nil}}},
		{"dropped bombs is a strike",
			model.Document{Text: "Witnesses said Russian jets dropped bombs on the market."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"country after a compass word is a place",
			model.Document{Text: "A U.S. drone strike in eastern Syria killed a militant commander, the Pentagon said."},
			[]triple{{"us-dod", "asserts", []string{"us"}, nil}}},
		{"country in apposition to a town is a place",
			model.Document{Text: "\"Our aircraft struck a compound near Dana, Syria, on Sunday,\" a Pentagon spokesman said."},
			[]triple{{"us-dod", "asserts", []string{"us"}, nil}}},
		{"aircraft subject before a place is active",
			model.Document{Text: "Turkish warplanes struck near the village overnight, a monitor said."},
			[]triple{{"ngo", "asserts", []string{"turkey"}, nil}}},
		{"arm named after a demonym refines the side",
			model.Document{Text: "Residents said Iraqi Su-25 aircraft bombed the orchard."},
			[]triple{{"local-sources", "asserts", []string{"iraq-air-force"}, nil}}},
		{"speaker inside a relative clause does not own the sentence",
			model.Document{Text: "Iraqi jets bombed a shop, which villagers said was closed at the time."},
			[]triple{{"journalist", "asserts", []string{"iraq-air-force"}, nil}}},
		{"a quotation split over sentences keeps its speaker",
			model.Document{Text: "\"Coalition aircraft struck two boats on the river. No civilians were present,\" said Col. Ann Miles, a coalition spokeswoman."},
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}}},
		{"state agency quoted a source as saying",
			model.Document{Text: "SANA quoted a military source as saying that Israeli missiles hit an airbase."},
			[]triple{{"syria-gov", "asserts", []string{"israel"}, nil}}},
		{"reports said not to correspond to reality are denied",
			model.Document{Title: "Briefing", Text: "Briefing\n\nClaims of a raid by Russian aircraft on the bakery do not correspond to reality, the Russian defence ministry said."},
			[]triple{{"journalist", "asserts", []string{"russia"}, nil}, {"russia-mod", "denies", nil, []string{"russia"}}}},
		{"a report citing a monitor is the monitor's",
			model.Document{Title: "Briefing", Text: "Briefing\n\nMedia reports, citing the White Helmets, of a raid by Russian aircraft on the bakery are unfounded, the Russian defence ministry said."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}, {"russia-mod", "denies", nil, []string{"russia"}}}},
		{"a present-perfect summary of many strikes is background",
			model.Document{Text: "Turkey has launched dozens of drone strikes on the region this year."},
			nil},
		{"one of the residents speaks",
			model.Document{Text: "Jets bombed a farm on Monday. Three people were killed in the raid, one of the residents said."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"a station quoting a command speaks with it",
			model.Document{Text: "Iraqi state TV, quoting the Joint Operations Command, said Iraqi army helicopters destroyed a hideout."},
			[]triple{{"iraq-state-tv", "asserts", []string{"iraq-army-aviation"}, nil}, {"iraq-joc", "asserts", []string{"iraq-army-aviation"}, nil}}},
		{"an appositive after a speaker",
			model.Document{Text: "The White Helmets, a volunteer rescue group, said Russian jets struck the clinic."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}}},
		{"opened fire is an attack",
			model.Document{Text: "Villagers said Syrian helicopters opened fire on a funeral."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"a single villager speaks",
			model.Document{Text: "\"The jets were Russian, they bombed the well,\" one villager said."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"a hedged predicate names the actor",
			model.Document{Text: "The monitor said the warplane was probably Turkish."},
			[]triple{{"ngo", "asserts", []string{"turkey"}, nil}}},
		{"an epithet before a blamed agent",
			model.Document{Text: "Damascus said the raid on the hospital was carried out by the illegitimate coalition."},
			[]triple{{"syria-gov", "asserts", []string{"coalition"}, nil}}},
		{"the agent of a using participle is no perpetrator",
			model.Document{Text: "A monitor said Israeli missiles hit a depot run by Iranian advisers."},
			[]triple{{"ngo", "asserts", []string{"israel"}, nil}}},
		{"medical sources speak for the locality",
			model.Document{Text: "Medical sources said Turkish artillery shelled the village."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"a local activist speaks for the locality",
			model.Document{Text: "A local activist said Russian jets bombed the bakery."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"the strike took place keeps the speaker's perpetrator",
			model.Document{Text: "The coalition said its aircraft bombed a tunnel. A coalition spokesman said the strike took place at dawn."},
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}, {"cjtf-oir", "asserts", []string{"coalition"}, nil}}},
		{"the publisher named as speaker is the narrator",
			model.Document{Kind: model.KindNGO, Publisher: "Civilian Shield Network", Text: "Turkish drones struck a bus, killing nine civilians, Civilian Shield Network said on Monday."},
			[]triple{{"ngo", "asserts", []string{"turkey"}, nil}}},
		{"a time phrase after the verb before the speaker's continuation",
			model.Document{Text: "A drone hit a minibus on the road, Amnesty International said late on Sunday, blaming Turkish forces."},
			[]triple{{"ngo", "asserts", []string{"turkey"}, nil}}},
		{"a drone of unknown origin is an unknown perpetrator",
			model.Document{Text: "A drone of unknown origin struck a truck at dawn, residents said."},
			[]triple{{"local-sources", "asserts", []string{"unknown"}, nil}}},
		{"per names its source like according to",
			model.Document{Text: "Per the Syrian Observatory for Human Rights, Russian jets carried out at least 20 raids on the town."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}}},
		{"per as a rate is no attribution",
			model.Document{Text: "Russian jets carried out 20 raids per day on the town, residents said."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"a group claiming responsibility names itself",
			model.Document{Text: "Islamic State claimed responsibility for the bombing of the checkpoint."},
			[]triple{{"isis-amaq", "asserts", []string{"isis"}, nil}}},
		{"conceded confirms",
			model.Document{Text: "The Russian military conceded that one of its Su-24 bombers had struck a hospital by mistake."},
			[]triple{{"russia-mod", "confirms", []string{"russia"}, nil}}},
		{"an outlet quoted a source as saying",
			model.Document{Text: "Reuters quoted an Iraqi police officer as saying that unidentified aircraft bombed a convoy."},
			[]triple{{"iraqi-sources", "asserts", []string{"unknown"}, nil}}},
		{"a statement from an issuer read",
			model.Document{Text: "A statement from the Joint Operations Command read: \"Iraqi F-16s struck a hideout, killing 11 terrorists.\""},
			[]triple{{"iraq-joc", "asserts", []string{"iraq-air-force"}, nil}}},
		{"denied involvement names the speaker's own side",
			model.Document{Text: "The coalition denied any involvement in the raid."},
			[]triple{{"cjtf-oir", "denies", nil, []string{"coalition"}}}},
		{"a name in apposition after the speaker phrase",
			model.Document{Text: "\"No coalition aircraft struck targets in the area,\" the coalition spokesman, Col. Dana Kerr, wrote on Twitter."},
			[]triple{{"cjtf-oir", "denies", nil, []string{"coalition"}}}},
		{"dropped its accusation, the group said",
			model.Document{Text: "The Popular Mobilisation Forces have dropped their accusation that a U.S. drone attacked a depot, the group said."},
			[]triple{{"pmf", "asserts", []string{"us"}, nil}, {"pmf", "retracts", []string{"us"}, nil}}},
		{"the grouping: the organisation that is the sentence's subject",
			model.Document{Text: "Three fighters of the Popular Mobilisation Forces were wounded when a drone hit their post near Rutba, the paramilitary grouping said."},
			[]triple{{"pmf", "asserts", nil, nil}}},
		{"the attack the victims were fending off is not the strike's",
			model.Document{Text: "Iraqi officers said the soldiers were repelling an Islamic State attack on their checkpoint near Hit when a coalition jet bombed them."},
			[]triple{{"iraqi-sources", "asserts", []string{"coalition"}, nil}}},
		{"an impersonal passive is the narrator's",
			model.Document{Kind: model.KindOfficial, Publisher: "Combined Joint Task Force - Operation Inherent Resolve", Text: "After a review, it was assessed that no coalition strikes were conducted in the vicinity."},
			[]triple{{"cjtf-oir", "denies", nil, []string{"coalition"}}}},
		{"a fronted phrase tells of the same strike",
			model.Document{Kind: model.KindOfficial, Publisher: "Combined Joint Task Force - Operation Inherent Resolve", Text: "During a coalition strike on a depot, it is assessed that two civilians were killed."},
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}, {"cjtf-oir", "asserts", []string{"coalition"}, nil}}}, // its own strike (ownStrikes)
		{"the agent named by its men",
			model.Document{Text: "A truck was destroyed by the heroes of army aviation, backed by the aircraft of the international coalition, the JOC said."},
			[]triple{{"iraq-joc", "asserts", []string{"coalition", "iraq-army-aviation"}, nil}}},
		{"a cleft names the attacker",
			model.Document{Text: "State television reported that it was the Iraqi air force that carried out the strike."},
			[]triple{{"iraq-state-tv", "asserts", []string{"iraq-air-force"}, nil}}},
		{"a time phrase before the object keeps the verb active",
			model.Document{Text: "A Syrian military source said that aircraft of the US occupation forces targeted on Tuesday night a number of trucks."},
			[]triple{{"syria-gov", "asserts", []string{"us"}, nil}}},
		{"a demonym before a strike word is the attacker after in",
			model.Document{Text: "The Observatory said 14 civilians were killed in Russian airstrikes on the town."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}}},
		{"a fronted phrase names no speaker",
			model.Document{Text: "In response to a letter from a rights monitor, the coalition acknowledged that its aircraft had struck the building."},
			[]triple{{"cjtf-oir", "confirms", []string{"coalition"}, nil}}},
		{"the report is its last issuer's",
			model.Document{Text: "In its monthly report, the coalition said its jets struck a school. Residents said 14 people died. The report also confirmed that a coalition strike killed four civilians."},
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}, {"local-sources", "asserts", nil, nil}, {"cjtf-oir", "confirms", []string{"coalition"}, nil}}},
		{"the victims of died are no perpetrators",
			model.Document{Text: "Jets bombed the valley, where only Islamic State militants died, residents said."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"did not report is no claim",
			model.Document{Kind: model.KindNGO, Text: "The coalition did not report any strikes near the town that day."},
			nil},
		{"an elided verb phrase after a strike is a denial",
			model.Document{Text: "Jets bombed a farm outside Hit on Monday, residents said. The Iraqi Defence Ministry said its aircraft had not."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"iraq-mod", "denies", nil, []string{"iraq-air-force"}}}},
		{"an elided negation needs a strike just before",
			model.Document{Text: "The ministry held a briefing on the harvest. The Iraqi Defence Ministry said its aircraft had not."},
			nil},
		{"another cause denies the strike",
			model.Document{Text: "A drone struck a militia depot near Hilla, residents said. Iraqi police said the blast was caused by an electrical fault."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"iraqi-sources", "denies", nil, nil}}},
		{"a cause that is a strike asserts it",
			model.Document{Text: "A drone struck a militia depot near Hilla, residents said. A PMF commander said the blast was the result of an Israeli drone strike."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"pmf", "asserts", []string{"israel"}, nil}}},
		{"no aircraft flew denies the strike",
			model.Document{Text: "The PMF said a drone hit its base near Balad. The Joint Operations Command said no drone or warplane had entered the area."},
			[]triple{{"pmf", "asserts", nil, nil}, {"iraq-joc", "denies", nil, nil}}},
		{"the ministry is the last ministry named",
			model.Document{Text: "The Iraqi Defence Ministry said its jets struck a hideout near Kirkuk. A U.S. spokesman said the coalition took part. The ministry said it had also destroyed two vehicles."},
			[]triple{{"iraq-mod", "asserts", []string{"iraq-air-force"}, nil}, {"us-official", "asserts", []string{"coalition"}, nil}, {"iraq-mod", "asserts", []string{"iraq"}, nil}}},
		{"the head of a body speaks for it",
			model.Document{Text: "Adm. Karen Holt, the commander of U.S. Central Command, said American jets had struck two depots near Deir ez-Zor."},
			[]triple{{"us-dod", "asserts", []string{"us"}, nil}}},
		{"the group is the last organisation named",
			model.Document{Text: "A U.S. official said American drones struck a militia post near al-Qaim. Kataib Hezbollah disputed that account. In a statement, the group said the strikes had hit a border post."},
			[]triple{{"us-official", "asserts", []string{"us"}, nil}, {"pmf", "disputes", []string{"us"}, nil}, {"pmf", "asserts", []string{"us"}, nil}}},
		{"a time word after the verb ends the speaker's clause",
			model.Document{Text: "U.S. drones struck a militia post near al-Qaim, the Popular Mobilization Forces said Monday, while Baghdad condemned the strikes."},
			[]triple{{"pmf", "asserts", []string{"us"}, nil}}},
		{"a border with a country names no perpetrator",
			model.Document{Text: "Russian jets struck a convoy near Syria's border with Iraq, the Observatory said."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}}},
		{"a statement issued names the next sentence's speaker",
			model.Document{Text: "A drone hit a car in Baghdad. The PMF issued a statement on Friday. It said the commander was killed in an American strike."},
			[]triple{{"journalist", "asserts", nil, nil}, {"pmf", "asserts", []string{"us"}, nil}}},
		{"bearing responsibility is blame",
			model.Document{Text: "A drone hit a car in Baghdad. A military spokesman said the coalition bears responsibility for the attack."},
			[]triple{{"journalist", "asserts", nil, nil}, {"iraq-military", "asserts", []string{"coalition"}, nil}}},
		{"a correction retracts the outlet's earlier words",
			model.Document{Text: "A drone hit a car in Baghdad on Thursday, killing two people.\n\nCORRECTION: An earlier version of this article said the strike was carried out by the coalition."},
			[]triple{{"journalist", "asserts", nil, nil}, {"journalist", "asserts", []string{"coalition"}, nil}, {"journalist", "retracts", []string{"coalition"}, nil}}},
		{"two coordinated attributions",
			model.Document{Text: "A drone hit a car in Baghdad. The Pentagon said U.S. forces acted alone, and the coalition said it was not involved."},
			[]triple{{"journalist", "asserts", nil, nil}, {"cjtf-oir", "denies", nil, []string{"coalition"}}}},
		{"a blamed actor in quotation marks",
			model.Document{Text: "A drone hit a car in Baghdad. Hours after the strike, the army spokesman blamed \"the coalition forces\" - words he later softened."},
			[]triple{{"journalist", "asserts", nil, nil}, {"iraq-military", "asserts", []string{"coalition"}, nil}}},
		{"attributed to a country",
			model.Document{Text: "A drone hit a car near Qamishli. Local authorities attributed the strike to Turkey."},
			[]triple{{"journalist", "asserts", nil, nil}, {"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"a hedged predicate of an air arm",
			model.Document{Text: "A depot burned near Mayadin after a raid. The monitor said the warplanes were \"most likely Israeli\"."},
			[]triple{{"ngo", "asserts", []string{"israel"}, nil}}},
		{"an answered question",
			model.Document{Text: "A blast hit a base near Karbala. Asked whether American forces had carried out a strike, a U.S. embassy spokesperson said they had not."},
			[]triple{{"us-embassy", "denies", nil, []string{"us"}}}},
		{"a tally since a date is no strike",
			model.Document{Text: "Since 1 March, local sources have reported more than 30 drone strikes in the governorate."},
			nil},
		{"sporadic attacks are a pattern",
			model.Document{Text: "Islamic State cells still mount sporadic attacks in the desert west of Samarra."},
			nil},
		{"repeated strikes on a named day are one episode",
			model.Document{Text: "Residents said repeated air strikes on Saturday hit the clinic in Maarat Misrin, killing three nurses."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"a string of blasts is background",
			model.Document{Text: "Officials have struggled to explain a string of blasts at militia depots, some of which militia leaders blamed on Israel."},
			nil},
		{"nobody could establish who struck",
			model.Document{Text: "The U.N. mission said it had not been able to establish which air force carried out the strike on the village near Sirte."},
			[]triple{{"un", "asserts", []string{"unknown"}, nil}}},
		{"a source finds it unclear who struck",
			model.Document{Text: "Local officials said it was not immediately clear who was behind the drone strike on the farm near Idlib."},
			[]triple{{"local-sources", "asserts", []string{"unknown"}, nil}}},
		{"an arm nobody can identify",
			model.Document{Text: "Aircraft that no party has been able to identify struck two houses near Sirte, the monitor said."},
			[]triple{{"ngo", "asserts", []string{"unknown"}, nil}}},
		{"a speaker not in a position to say who struck",
			model.Document{Kind: model.KindNGO, Publisher: "Field Surgery Network", Text: "Our hospital near Idlib was hit twice on Monday night. We are not in a position to say who carried out the strikes."},
			[]triple{{"ngo", "asserts", nil, nil}, {"ngo", "asserts", []string{"unknown"}, nil}}},
		{"a speaker who could not say whose aircraft struck",
			model.Document{Text: "Iraqi police officers said they could not say whose aircraft carried out the raid near Sinjar."},
			[]triple{{"iraqi-sources", "asserts", []string{"unknown"}, nil}}},
		{"a monitor that logged a strike is who 'it' is next",
			model.Document{Text: "A drone hit a car near the border on Sunday, relatives said. The Conflict Log, a monitor, has logged the strike. It reports that four men died."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"ngo", "asserts", nil, nil}, {"ngo", "asserts", nil, nil}}},
		{"a monitor judges an actor the likely source",
			model.Document{Text: "Airwars said three civilians were killed in the shelling and considers Turkish artillery the most likely source."},
			[]triple{{"airwars", "asserts", []string{"turkey"}, nil}}},
		{"dropping bombs is a strike even with an article before the munition",
			model.Document{Text: "Activists in Saraqib said on Tuesday that a Russian jet had dropped the bombs on the vegetable market."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"dropping what is no munition strikes nothing",
			model.Document{Text: "Residents of Saraqib said on Tuesday that aircraft dropped leaflets over the town, and the court dropped the charges against two traders."},
			nil},
		{"whoever dropped or planted what struck is its agent",
			model.Document{Text: "The Joint Operations Command said the clinic was hit by a grenade dropped from a Daesh drone. Iraqi police blamed mines planted by the Islamic State for the blast at the farm."},
			[]triple{{"iraq-joc", "asserts", []string{"isis"}, nil}, {"iraqi-sources", "asserts", []string{"isis"}, nil}}},
		{"a monitor that counted the dead gives its own toll",
			model.Document{Text: "Residents said a Turkish drone hit a car near Amuda on Friday; the Kurdistan Monitor counted three dead, all of them farmers."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}, {"ngo", "asserts", nil, nil}}},
		{"blasts counted inside another speaker's words are that speaker's",
			model.Document{Text: "Residents of Amuda said they had counted six explosions before a Turkish drone hit the market."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"reports alleging what a speaker is aware of are the reports' own",
			model.Document{Text: "The coalition said its aircraft struck a compound near Hajin on Monday. \"We are aware of reports claiming that one of those killed was a farmer,\" a coalition spokesman said."},
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}, {"journalist", "asserts", nil, nil}}},
		{"being aware of reports asserts nothing",
			model.Document{Text: "Residents said Russian jets bombed the bakery. The Russian Defence Ministry said it was aware of reports of civilian casualties and was looking into them."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"the Iraqi Air Force Command issues its own statement",
			model.Document{Kind: model.KindOfficial, Publisher: "Iraqi Air Force Command", Text: "Statement\n\nOur valiant F-16 pilots carried out three airstrikes on a cave used by the terrorists near the valley."},
			[]triple{{"iraq-military", "asserts", []string{"iraq-air-force"}, nil}}},
		{"the Iraqi air force as a speaker",
			model.Document{Text: "The Iraqi Air Force said its jets had not struck the village."},
			[]triple{{"iraq-military", "denies", nil, []string{"iraq-air-force"}}}},
		{"a monitor that does not consider an actor responsible asserts none",
			model.Document{Text: "Airwars said three civilians were killed in the shelling but does not consider Turkish artillery responsible."},
			[]triple{{"airwars", "asserts", nil, nil}}},
		{"leaflets dropped by aircraft struck nothing",
			model.Document{Text: "Residents said leaflets dropped by coalition aircraft were found near the house destroyed in the strike."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"aware of reports, after its own jets struck",
			model.Document{Text: "The coalition said it was aware of reports of civilian casualties after its jets struck a building near the river."},
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}}},
		{"declining to say whose drone names no one",
			model.Document{Text: "Two Iraqi security sources said a drone had hit the car near Sinjar. Neither would say whose drone it was."},
			[]triple{{"iraqi-sources", "asserts", nil, nil}}},
		{"not knowing who was killed is no unknown perpetrator",
			model.Document{Text: "Rescuers said Turkish drones hit the village near Kobani, but they could not establish who was killed."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"the narrator's open question names no one",
			model.Document{Text: "A drone struck a car near Sinjar on Monday. It was not clear who carried out the strike."},
			[]triple{{"journalist", "asserts", nil, nil}}}, // the first sentence's car
		{"a campaign supported by air strikes is background",
			model.Document{Text: "Kurdish-led fighters, supported by coalition air strikes, have been battling the militants for the town since June."},
			nil},
		{"a campaign aside closing the clause is background",
			model.Document{Text: "Government forces have been advancing on the town since June, backed by intense Russian air strikes."},
			nil},
		{"forces that strike with support",
			model.Document{Text: "Iraqi F-16s, backed by coalition air support, struck hideouts near Hit, the Defence Ministry said."},
			[]triple{{"iraq-mod", "asserts", []string{"coalition", "iraq-air-force"}, nil}}},
		{"a bare verb after did not",
			model.Document{Text: "A house collapsed in west Mosul on Sunday. The coalition says its aircraft did not strike it."},
			[]triple{{"cjtf-oir", "denies", nil, []string{"coalition"}}}},
		{"a unit of a body speaks for it",
			model.Document{Text: "The 47th Brigade of the Hashd says an American aircraft bombed its men near Tikrit."},
			[]triple{{"pmf", "asserts", []string{"us"}, nil}}},
		{"channels affiliated with a group speak for it",
			model.Document{Text: "Telegram channels affiliated with Kataib Hezbollah claimed that an American drone had struck the convoy near Rutba."},
			[]triple{{"pmf", "asserts", []string{"us"}, nil}}},
		{"a transcript label with the speaker's post in parentheses",
			model.Document{Text: "COL. DALE GARRITY (Spokesman, Combined Joint Task Force - Operation Inherent Resolve): Good morning.\n\nQ: The Popular Mobilization says an American aircraft bombed its outpost near Tikrit on Sunday. Did the coalition carry out that strike?\n\nCOL. GARRITY: No. We did not. There were no coalition strikes in that area on Sunday."},
			[]triple{{"pmf", "asserts", []string{"us"}, nil}, {"cjtf-oir", "denies", nil, []string{"coalition"}}, {"cjtf-oir", "denies", nil, []string{"coalition"}}}},
		{"an arm belonging to an actor",
			model.Document{Text: "The Security Media Cell said a drone belonging to the Turkish side had targeted a car near Sinjar."},
			[]triple{{"iraq-joc", "asserts", []string{"turkey"}, nil}}},
		{"a weapon word between a demonym and the strike",
			model.Document{Text: "Residents said the shepherds were killed in an Iraqi helicopter strike on Tuesday."},
			[]triple{{"local-sources", "asserts", []string{"iraq-army-aviation"}, nil}}},
		{"an actor after an article inside the speaker phrase is no speaker",
			model.Document{Text: "Two brothers of a farmer killed in an Iraqi army strike near the river on Tuesday said a coalition helicopter fired twice."},
			[]triple{{"local-sources", "asserts", []string{"coalition"}, nil}}},
		{"according to a speaker",
			model.Document{Text: "According to a local council member quoted by one outlet, a coalition strike killed six members of the family."},
			[]triple{{"local-sources", "asserts", []string{"coalition"}, nil}}},
		{"a fronted participle names no speaker",
			model.Document{Text: "Speaking at a Pentagon briefing on Friday, the coalition spokesman Colonel Jon Reyes confirmed that coalition jets had struck the bridge."},
			[]triple{{"cjtf-oir", "confirms", []string{"coalition"}, nil}}},
		{"presence denied",
			model.Document{Text: "The coalition said it \"had no aircraft in the area\" at the time. A U.S. official said American forces had no drones operating near the town that night."},
			[]triple{{"cjtf-oir", "denies", nil, []string{"coalition"}}, {"us-official", "denies", nil, []string{"us"}}}},
		{"no strikes by coordinated agents",
			model.Document{Text: "\"There were no airstrikes by Iraqi or coalition aircraft in the district on Sunday,\" the Joint Operations Command said."},
			[]triple{{"iraq-joc", "denies", nil, []string{"coalition", "iraq"}}}},
		{"a group's outlets speak for it",
			model.Document{Text: "The media platforms of the terrorist gangs have circulated claims that coalition aircraft bombed a school near the river."},
			[]triple{{"isis-amaq", "asserts", []string{"coalition"}, nil}}},
		{"a speaker after 'as' comments on a detail",
			model.Document{Text: "An Iraqi air force strike killed five civilians, not militants as the ministry had announced, their relatives said on Saturday."},
			[]triple{{"local-sources", "asserts", []string{"iraq-air-force"}, nil}}},
		{"'did this' after an attacker",
			model.Document{Text: "\"American planes did this, everyone here saw them,\" said the council member."},
			[]triple{{"local-sources", "asserts", []string{"us"}, nil}}},
		{"an offensive is no strike",
			model.Document{Text: "The Syrian Democratic Forces, backed by the coalition, launched an offensive in September to retake the town."},
			nil},
		{"almost daily air strikes are a pattern",
			model.Document{Text: "The city has been under the group's control since 2014 and is the target of almost daily air strikes by the coalition."},
			nil},
		{"a statement withdrawn, described in a relative clause, and the account given instead",
			model.Document{Text: "Iraq's Ministry of Defence on Friday withdrew a statement in which it had blamed a coalition air strike for the deaths of nine soldiers, saying an investigation had found that the men were killed by Islamic State mortar fire."},
			[]triple{{"iraq-mod", "retracts", []string{"coalition"}, nil}, {"iraq-mod", "asserts", []string{"isis"}, nil}}},
		{"a claim, then its retraction by the same subject",
			model.Document{Text: "Syrian state television said on Monday that Israeli aircraft had struck a military position near the airport, then retracted its earlier statement hours later."},
			[]triple{{"syria-gov", "asserts", []string{"israel"}, nil}, {"syria-gov", "retracts", []string{"israel"}, nil}}},
		{"a retraction in the speaker's own words",
			model.Document{Text: "\"We withdraw our statement that Russian aircraft carried out the raid,\" the monitoring group said."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}, {"ngo", "retracts", []string{"russia"}, nil}}},
		{"a person's statement withdrawn by the body",
			model.Document{Text: "Hamid al-Shatri, a commander close to Kataib Hezbollah, blamed the United States for the blast. Within 48 hours, the Hashd leadership withdrew his statement."},
			[]triple{{"pmf", "asserts", []string{"us"}, nil}, {"pmf", "retracts", []string{"us"}, nil}}},
		{"the outlet corrects what it wrote",
			model.Document{Kind: model.KindNews, Text: "CORRECTION: In our post at 23:20 we wrote that Israeli warplanes carried out the strikes. That was wrong."},
			[]triple{{"journalist", "asserts", []string{"israel"}, nil}, {"journalist", "retracts", []string{"israel"}, nil}}},
		{"another's report called incorrect is denied, not retracted",
			model.Document{Kind: model.KindNews, Text: "Residents said Turkish drones hit the farm. The coalition said that report was incorrect."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}, {"cjtf-oir", "denies", nil, []string{"turkey"}}}},
		{"'had nothing to do with' denies, also for a blast",
			model.Document{Text: "A US official said Washington had nothing to do with the strike. The coalition said it had nothing to do with the explosion at the base."},
			[]triple{{"us-official", "denies", nil, []string{"us"}}, {"cjtf-oir", "denies", nil, []string{"coalition"}}}},
		{"a statement sent, then 'it says'",
			model.Document{Text: "The coalition sent me a written statement. It says coalition aircraft conducted a strike near the town that destroyed a car bomb."},
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}}},
		{"a speaker after a sentence-opening 'as' still speaks",
			model.Document{Text: "As the coalition said, its jets struck the bridge."},
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}}},
		{"a hedged 'or' asserts only the first agent",
			model.Document{Text: "The village was hit by Russian or Syrian jets, activists said."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"'did this to' is no strike",
			model.Document{Text: "The Iraqi army did this to secure the road before the offensive, officials said."},
			[]triple{{"iraqi-sources", "asserts", nil, nil}}},
		{"a bare 'This is false' from the narrator names no claim",
			model.Document{Kind: model.KindNews, Text: "Israeli jets struck the depot, activists said. Damascus claims the dead were civilians. This is false."},
			[]triple{{"local-sources", "asserts", []string{"israel"}, nil}, {"syria-gov", "asserts", nil, nil}}},
		{"a Facebook page is a local source",
			model.Document{Text: "The Facebook page of a local activist reported that coalition aircraft targeted the ferry."},
			[]triple{{"local-sources", "asserts", []string{"coalition"}, nil}}},
		{"the publisher named without its section, by its acronym",
			model.Document{Kind: model.KindNGO, Publisher: "Kobani Medical Aid (KMA) | News", Text: "Two farmers were killed when a Turkish drone hit their tractor near the village on Sunday, KMA said on Monday."},
			[]triple{{"ngo", "asserts", []string{"turkey"}, nil}}},
		{"the publisher named with its acronym",
			model.Document{Kind: model.KindNGO, Publisher: "Kobani Medical Aid (KMA) - Press release", Text: "Two farmers were killed when a Turkish drone hit their tractor near the village on Sunday, Kobani Medical Aid (KMA) said on Monday."},
			[]triple{{"ngo", "asserts", []string{"turkey"}, nil}}},
		{"the publisher told is no speaker",
			model.Document{Kind: model.KindNews, Publisher: "Tigris Wire (English)", Text: "A Hashd commander, who asked not to be named, told Tigris Wire that Iraqi army helicopters had fired on the patrol on Sunday."},
			[]triple{{"pmf", "asserts", []string{"iraq-army-aviation"}, nil}}},
		{"a speaker who gave a different account speaks next",
			model.Document{Text: "Residents said American jets bombed the mill on Sunday. An Iraqi army officer gave a different account. \"No aircraft bombed the mill on Sunday,\" he said."},
			[]triple{{"local-sources", "asserts", []string{"us"}, nil}, {"iraqi-sources", "denies", nil, nil}}},
		{"a strike carried out, its object a pronoun",
			model.Document{Text: "Two cars were hit near the border. The Joint Operations Command said Turkish drones carried them out."},
			[]triple{{"journalist", "asserts", nil, nil}, {"iraq-joc", "asserts", []string{"turkey"}, nil}}},
		{"a demonym in the plural is its state's forces",
			model.Document{Text: "\"The Israelis killed my cousin in the raid on the depot,\" a relative said."},
			[]triple{{"local-sources", "asserts", []string{"israel"}, nil}}},
		{"a cleft over the arm and an apposition",
			model.Document{Text: "An Iraqi army officer said it was an Iraqi army helicopter, a Mi-35, that fired on the checkpoint by mistake."},
			[]triple{{"iraqi-sources", "asserts", []string{"iraq-army-aviation"}, nil}}},
		{"a post from the body it speaks for",
			model.Document{Text: "An official from Kataib Hezbollah said US drones struck the warehouses."},
			[]triple{{"pmf", "asserts", []string{"us"}, nil}}},
		{"Zionist names Israel, and two demonyms joined by a hyphen both strike",
			model.Document{Text: "The Hashd said its fighters were killed in a Zionist strike. A PMF commander blamed an American-Israeli raid."},
			[]triple{{"pmf", "asserts", []string{"israel"}, nil}, {"pmf", "asserts", []string{"israel", "us"}, nil}}},
		{"condemning a strike names who struck",
			model.Document{Text: "BAGHDAD - A drone hit a truck near Balad. Brigadier General Salim Jabr, military spokesman for the prime minister, condemned the American strike."},
			[]triple{{"journalist", "asserts", nil, nil}, {"iraq-military", "asserts", []string{"us"}, nil}}},
		{"condemning with no speaker found leaves the narrator its sentence",
			model.Document{Text: "Turkish drones struck a car near Amuda late on Monday, and the government condemns the attacks."},
			[]triple{{"journalist", "asserts", []string{"turkey"}, nil}}},
		{"the Hashed is the PMF",
			model.Document{Text: "The Hashed said its convoy had been hit by a US drone near Qaim."},
			[]triple{{"pmf", "asserts", []string{"us"}, nil}}},
		{"families speak as local sources",
			model.Document{Text: "Families from the village said Turkish jets bombed the farm near Zakho."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"a retraction clarified by a new account",
			model.Document{Text: "An officer later withdrew his statement that the raid was carried out by coalition jets, clarifying that Iraqi F-16s had carried it out."},
			[]triple{{"iraqi-sources", "retracts", []string{"coalition"}, nil}, {"iraqi-sources", "asserts", []string{"iraq-air-force"}, nil}}},
		{"a very different account names who speaks next",
			model.Document{Text: "A truck was hit near Mosul in Iraq. A police officer gave a very different account. The truck, he said, was destroyed by a coalition drone."},
			[]triple{{"journalist", "asserts", nil, nil}, {"iraqi-sources", "asserts", []string{"coalition"}, nil}}},
		{"a monitor whose name opens with a country, then 'the group'",
			model.Document{Text: "The Syria Civilian Monitor, a small group of volunteers, counted the dead. In a statement, the group said Turkish drones had struck the depot."},
			[]triple{{"ngo", "asserts", []string{"turkey"}, nil}}},
		{"an outlet another outlet cites, and its relative clause",
			model.Document{Text: "A drone struck a car near Kobani on Friday, according to a report by the Kurdish news agency Hawar Today, which said Turkish forces carried out the attack."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"an outlet named after its description speaks, not the demonym",
			model.Document{Text: "The Syrian opposition outlet Furat Now reported that Russian jets bombed the market."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"the command of a force with no voice is not the state's",
			model.Document{Text: "The General Command of the Syrian Democratic Forces condemned what it called a crime and said the drone fired twice."},
			nil},
		{"the outlet's own findings before the comma",
			model.Document{Kind: model.KindNGO, Publisher: "Refugee Aid Office", Text: "According to information gathered by our Office, the families had been hit by shelling while fleeing."},
			[]triple{{"ngo", "asserts", nil, nil}}},
		{"a strike that could happen is none",
			model.Document{Text: "Residents said the bridge near Raqqa could be hit at any moment."},
			nil},
		{"accusations told as a habit are background on both sides",
			model.Document{Text: "Damascus has repeatedly accused Israel of striking civilian sites, charges Israel denies."},
			nil},
		{"a road described by the attacks it has seen is background",
			model.Document{Text: "The highway to Rutba, a journalist said, has been the site of several ambushes by Daesh remnants."},
			nil},
		{"a channel quick to accuse names the perpetrator it blames",
			model.Document{Text: "Channels close to the militias were quick to accuse Israel of being behind the strike on the depot near Abu Kamal."},
			[]triple{{"journalist", "asserts", []string{"israel"}, nil}}},
		{"nobody could establish who struck, after a long object",
			model.Document{Text: "Officials said they could not independently verify the figures or establish whose aircraft carried out the strike on the market near Sirte."},
			[]triple{{"local-sources", "asserts", []string{"unknown"}, nil}}},
		{"a movement's own media speak as a local voice",
			model.Document{Text: "Warplanes hit a fuel depot near Zabid in Yemen on Tuesday, Houthi-run television reported."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"a movement's radio speaks as a local voice",
			model.Document{Text: "Al-Shabaab's radio station said American drones bombed a well near Bardere in Somalia."},
			[]triple{{"local-sources", "asserts", []string{"us"}, nil}}},
		{"a rescue service counts the dead as a monitor does",
			model.Document{Text: "The Aleppo Civil Response said Russian jets hit a bakery in the town on Friday. The rescue group said four bakers died."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}, {"ngo", "asserts", nil, nil}}},
		{"a ministry of information is a state body",
			model.Document{Text: "Somalia's Information Ministry said American aircraft struck a camp near Balad."},
			[]triple{{"local-sources", "asserts", []string{"us"}, nil}}},
		{"the outlet that quotes a source does not speak for it",
			model.Document{Text: "Turkish military sources, quoted by the state broadcaster, said Turkish drones struck a depot near Zakho in Iraq."},
			[]triple{{"turkey", "asserts", []string{"turkey"}, nil}}},
		{"claims by a named author are that author's",
			model.Document{Text: "Claims by Hezbollah media that Israeli jets struck a clinic in Tyre are untrue, the IDF said."},
			[]triple{{"local-sources", "asserts", []string{"israel"}, nil}, {"israel", "denies", nil, []string{"israel"}}}},
		{"a belligerent named by its country speaks as itself",
			model.Document{Text: "Iran said its drones hit a base of an armed Kurdish group near Koya on Sunday."},
			[]triple{{"iran", "asserts", []string{"iran"}, nil}}},
		{"a belligerent's general staff speaks as the belligerent",
			model.Document{Text: "The Turkish General Staff said Turkish jets destroyed six shelters of the group near Amadiya."},
			[]triple{{"turkey", "asserts", []string{"turkey"}, nil}}},
		{"the UK named by its initials",
			model.Document{Text: "A British defence ministry spokesman said no UK jets took part in the raid on the port."},
			[]triple{{"uk", "denies", nil, []string{"uk"}}}},
		{"a country before a hyphenated participle is no speaker",
			model.Document{Text: "Turkey-backed fighters said a drone hit their checkpoint near Afrin."},
			nil},
		{"a country where a monitor is based is no speaker",
			model.Document{Text: "A Turkey-based monitoring group said Russian jets bombed a market near Idlib."},
			[]triple{{"ngo", "asserts", []string{"russia"}, nil}}},
		{"a country that parties are close to is no speaker",
			model.Document{Text: "Lawmakers from parties close to Iran accused the coalition of bombing an army post near Qaim."},
			nil},
		{"a perfect speech verb over many strikes is a tally",
			model.Document{Text: "Israel seldom comments on single raids, though it has admitted dozens of strikes in the country."},
			nil},
		{"a parliamentary written question asserts nothing",
			model.Document{Text: "To ask the Secretary of State for Defence whether British aircraft bombed a ferry near Raqqa in May."},
			nil},
		{"a quotation after a quoted speaker's words is that speaker's",
			model.Document{Text: "A drone struck a van near Sinjar, the mayor said.\n\nThe driver's cousin spoke to us by phone. \"He sold vegetables,\" the cousin said. \"Turkish drones killed him for nothing.\""},
			[]triple{{"local-sources", "asserts", nil, nil}, {"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"officials of a local body are local voices",
			model.Document{Text: "A drone killed two shepherds near Tal Afar in Iraq on Monday, hospital officials and camp officials said."},
			[]triple{{"local-sources", "asserts", nil, nil}}},
		{"the spokeswoman of a local council is a local voice",
			model.Document{Text: "Iraqi army helicopters fired on a wedding near Hawija, a spokeswoman for the village council said."},
			[]triple{{"local-sources", "asserts", []string{"iraq-army-aviation"}, nil}}},
		{"a country after in is where a post is, not who speaks",
			model.Document{Text: "\"Jets bombed the clinic near Mosul twice,\" said Anna Berg, the charity's director in Iraq."},
			nil},
		{"an account announced before its pronoun",
			model.Document{Text: "A different version came from the Iraqi Defence Ministry. In a statement, it said Iraqi jets destroyed a depot near Ramadi."},
			[]triple{{"iraq-mod", "asserts", []string{"iraq-air-force"}, nil}}},
		{"its press office speaks for the sentence's body",
			model.Document{Text: "The coalition rejected the claim. Coalition jets did not strike the bridge at Qaim, its press office said."},
			[]triple{{"cjtf-oir", "denies", nil, nil}, {"cjtf-oir", "denies", nil, []string{"coalition"}}}},
		{"claims made in a named outlet that a strike happened are that outlet's",
			model.Document{Kind: model.KindOfficial, Publisher: "U.S. Central Command", Text: "CENTCOM is aware of claims made in Syrian state media that American jets struck a hospital in Deir ez-Zor."},
			[]triple{{"syria-gov", "asserts", []string{"us"}, nil}, {"us-dod", "asserts", []string{"us"}, nil}}},
		{"a spokesperson's unit as publisher is its body",
			model.Document{Kind: model.KindOfficial, Publisher: "Israel Defense Forces Spokesperson's Unit", Text: "Fighter jets struck a launcher in the area of Tyre earlier today."},
			[]triple{{"israel", "asserts", []string{"israel"}, nil}}},
		{"a strike word after a purpose word is no strike",
			model.Document{Text: "The depot held rockets intended for attacks on towns near Metula, the army said."},
			nil},
		{"France's Sahel operation speaks as France",
			model.Document{Text: "The Barkhane force said its jets struck a group of fighters near Gao on Tuesday."},
			[]triple{{"france", "asserts", []string{"france"}, nil}}},
	}
	runDocCases(t, e, caseDoc{}, tests)
}

var (
	gazOnce sync.Once
	gazExt  *Extractor
)

// A transcript's upper-case labels say who speaks, until the next label;
// a name first given in full is known by its surname later.
func TestTranscriptLabels(t *testing.T) {
	e := newTestExtractor(t)
	doc := model.Document{ID: "t", Kind: model.KindOfficial, Publisher: "U.S. Department of Defense", Text: "COLONEL DANA KERR, SPOKESMAN, OPERATION INHERENT RESOLVE: Good morning.\n\nOn Tuesday, a coalition strike killed an ISIS financier.\n\nQ: State TV said Iraqi jets carried out that strike. Was it yours?\n\nCOL. KERR: I can tell you that the Iraqi air force did not conduct that strike.\n\nMR. LANE: No U.S. aircraft were involved."}
	claims, _ := e.Extract(doc)
	want := []triple{
		{"cjtf-oir", "asserts", []string{"coalition"}, nil},
		{"iraq-state-tv", "asserts", []string{"iraq-air-force"}, nil},
		{"cjtf-oir", "denies", nil, []string{"iraq-air-force"}},
		{"us-dod", "denies", nil, []string{"us"}},
	}
	checkTriples(t, claims, want)
}

func gazExtractor(t *testing.T) *Extractor {
	t.Helper()
	gazOnce.Do(func() {
		g, err := gazetteer.Default()
		if err != nil {
			t.Fatal(err)
		}
		gazExt = New(g, actors.New())
	})
	return gazExt
}

// An NGO incident log of labelled fields: each entry is a claim of the
// monitor naming the assessed belligerent, with the entry's place, date and
// figures.
func TestIncidentLogEntries(t *testing.T) {
	e := gazExtractor(t)
	text := "Weekly log\n\nEntries below are provisional.\n\n" +
		"Entry IQ-22\n- Date: 12 June 2017, night\n- Location: a farm south of Tal Afar, Nineveh province\n- Belligerent assessed: the U.S.-led coalition\n- Civilians killed: 3 to 5\n- Injured: at least 7\n- Summary: a strike hit a farmhouse where a family slept.\n\n" +
		"Entry SY-09\n- Date: 14 June 2017\n- Location: houses on the edge of Saraqib, Idlib province\n- Belligerent assessed: Russia\n- Civilians killed: 4\n\n" +
		"Other entries follow next week.\n"
	claims, _ := e.Extract(model.Document{ID: "log", Kind: model.KindNGO, Publisher: "Harm Watch Collective", Published: "2017-06-20", Text: text})
	type row struct{ speaker, perp, date, place string }
	var got []row
	counts := map[string]int{}
	for _, c := range claims {
		p := ""
		if len(c.PerpetratorsAsserted) > 0 {
			p = c.PerpetratorsAsserted[0]
		}
		got = append(got, row{c.Speaker, p, c.When.From, c.Where.Name})
		for _, n := range c.Counts {
			if n.Min != nil {
				counts[p+"/"+n.Kind] = *n.Min
			}
		}
	}
	if len(got) < 4 {
		t.Fatalf("claims: %+v", got)
	}
	for _, r := range got {
		if r.speaker != "ngo" {
			t.Errorf("speaker %q, want the monitor (ngo): %+v", r.speaker, r)
		}
		switch r.perp {
		case "coalition":
			if r.date != "2017-06-12" || r.place != "Tall 'Afar" && r.place != "Tal Afar" {
				t.Errorf("first entry claim: %+v", r)
			}
		case "russia":
			if r.date != "2017-06-14" || r.place != "Saraqib" {
				t.Errorf("second entry claim: %+v", r)
			}
		default:
			t.Errorf("claim without the entry's belligerent: %+v", r)
		}
	}
	if counts["coalition/killed"] != 3 || counts["coalition/injured"] != 7 || counts["russia/killed"] != 4 {
		t.Errorf("entry figures: %v", counts)
	}
}

// "army helicopters" are the army of the country where the report's places
// lie; a dateline's date is the report's, not the strike's.
func TestCountryRelativeActorAndDateline(t *testing.T) {
	e := gazExtractor(t)
	text := "Farmers killed in helicopter raid\n\nKIRKUK, Iraq, May 9, 2018 (Delta Wire) — Army helicopters fired on an orchard near Hawija on Monday, killing five men, a police officer said.\n"
	claims, _ := e.Extract(model.Document{ID: "d", Published: "2018-05-09", Text: text})
	found := false
	for _, c := range claims {
		if slices.Contains(c.PerpetratorsAsserted, "iraq-army-aviation") {
			found = true
			if c.Speaker != "iraqi-sources" {
				t.Errorf("speaker %q, want iraqi-sources", c.Speaker)
			}
			if c.When.From != "2018-05-07" {
				t.Errorf("date %q, want Monday 2018-05-07 (not the dateline's day)", c.When.From)
			}
		}
	}
	if !found {
		t.Fatalf("no claim naming iraq-army-aviation: %+v", triples(claims))
	}
}

// "the summary for Tuesday, published on Wednesday, ... that day": that day
// is Tuesday.
func TestThatDayAfterStatementDate(t *testing.T) {
	e := gazExtractor(t)
	text := "Head\n\nThe coalition's summary for Tuesday, published on Wednesday, lists strikes near Hawija, where residents say a coalition strike hit a school that day.\n"
	claims, _ := e.Extract(model.Document{ID: "d", Published: "2018-05-10", Text: text})
	if len(claims) == 0 {
		t.Fatal("no claims")
	}
	for _, c := range claims {
		if c.When.From != "2018-05-08" {
			t.Errorf("%s: date %q, want 2018-05-08", c.Speaker, c.When.From)
		}
	}
}

// Dates that only a month written "May", a year or an ISO day mark must
// still reach the date finder: "26 May," is not "may " and "2017-05-26" has
// no month name.
func TestDateFormsReachTimex(t *testing.T) {
	e := gazExtractor(t)
	for _, tc := range []struct{ sentence, want string }{
		{"On 14 May, Russian jets bombed a bakery in Saraqib.", "2019-05-14"},
		{"Russian jets bombed a bakery in Saraqib on 14 May.", "2019-05-14"},
		{"Russian jets bombed a bakery in Saraqib on 14 May; six people died.", "2019-05-14"},
		{"On 2019-05-14, Russian jets bombed a bakery in Saraqib.", "2019-05-14"},
		{"Russian jets bombed a bakery in Saraqib on 14/5/2019.", "2019-05-14"},
		{"Russian jets bombed a bakery in Saraqib in mid-May.", "2019-05-11"},
		{"The mayor of Saraqib said Russian jets bombed a bakery on Tuesday.", "2019-05-14"},
	} {
		text := "Head\n\n" + tc.sentence + "\n"
		claims, _ := e.Extract(model.Document{ID: "d", Published: "2019-05-16", Text: text})
		if len(claims) == 0 {
			t.Errorf("%q: no claims", tc.sentence)
			continue
		}
		if got := claims[0].When.From; got != tc.want {
			t.Errorf("%q: date %q, want %s", tc.sentence, got, tc.want)
		}
	}
}

// A date counted back in a sentence that makes no claim dates background:
// the next sentence's figures stay with the strike's day.
func TestBackdatedBackgroundKeepsStrikeDay(t *testing.T) {
	e := gazExtractor(t)
	text := "Head\n\nMonitors said Israeli jets struck a warehouse near Homs on Tuesday. The warehouse held rockets that had been trucked in from Iraq four days earlier.\n\nFive guards were killed in the strike, the monitors said.\n"
	claims, _ := e.Extract(model.Document{ID: "d", Published: "2021-11-18", Text: text})
	if len(claims) == 0 {
		t.Fatal("no claims")
	}
	for _, c := range claims {
		if c.When.From != "2021-11-16" {
			t.Errorf("%s %q: date %q, want Tuesday 2021-11-16", c.Speaker, c.Quote, c.When.From)
		}
	}
}

// A place something came from ("on the road from X") is not where it was
// hit when the passage already placed the strike.
func TestOriginPlaceKeepsPassagePlace(t *testing.T) {
	e := gazExtractor(t)
	text := "Head\n\nRussian jets destroyed a convoy east of Palmyra on Tuesday, the Russian military said. According to the ministry, 30 trucks were destroyed on the road from Raqqa.\n"
	claims, _ := e.Extract(model.Document{ID: "d", Published: "2016-12-07", Text: text})
	if len(claims) < 2 {
		t.Fatalf("claims: %+v", triples(claims))
	}
	if a, b := claims[0].Where.Name, claims[1].Where.Name; a == "" || a != b {
		t.Errorf("places %q and %q: the second claim should keep the first's place", a, b)
	}
}

// In a report with no publication date, a weekday cannot be resolved; the
// strike must stay undated rather than borrow the date of a photo caption
// above it, and so must the sentences that follow.
func TestUnresolvedWeekdayDoesNotBorrowCaptionDate(t *testing.T) {
	e := gazExtractor(t)
	text := "Militia convoy hit near Samarra\n\n" +
		"Fighters of a militia patrol the road to Samarra, Iraq, March 2, 2019.\n\n" +
		"A drone strike hit a militia convoy late Tuesday near Samarra, local officials said.\n\n" +
		"The coalition said it did not conduct any strikes near Samarra.\n"
	claims, _ := e.Extract(model.Document{ID: "d", Text: text})
	if len(claims) == 0 {
		t.Fatal("no claims")
	}
	for _, c := range claims {
		if strings.HasPrefix(c.When.From, "2019-03") {
			t.Errorf("%s %s: dated %s from the caption: %q", c.Speaker, c.Stance, c.When.From, c.Quote)
		}
	}
}

// placeCase is a report whose every claim must be placed at want.
type placeCase struct{ text, want string }

// checkPlaced extracts each case's text, published on the given day, and
// fails unless it makes claims and each is placed at a name containing want.
func checkPlaced(t *testing.T, e *Extractor, published string, tests []placeCase) {
	t.Helper()
	for _, tc := range tests {
		claims, _ := e.Extract(model.Document{ID: "d", Published: published, Text: tc.text})
		if len(claims) == 0 {
			t.Errorf("%q: no claims", tc.text)
			continue
		}
		for _, c := range claims {
			if !strings.Contains(c.Where.Name, tc.want) {
				t.Errorf("%q: placed at %q (%s), want %s", tc.text, c.Where.Name, c.Where.Relation, tc.want)
			}
		}
	}
}

// "X, south of Y" places the strike at X: Y only says where X lies. Not so
// when X is where something was heading.
func TestLocatorPlaceAfterComma(t *testing.T) {
	e := gazExtractor(t)
	tests := []placeCase{
		// the strike word comes after both places: nearness to it cannot decide
		{"Head\n\nMissiles fired at targets near the town of Baiji, north of Tikrit, late on Friday, officials said, adding that the attack destroyed a depot.\n", "Baiji"},
		{"Head\n\nRockets launched at positions near the village of Zummar, west of Mosul, overnight hit an arms store, a security source said.\n", "Zummar"},
		{"Head\n\nThe trucks were heading toward the desert near Lake Tharthar, north of Samarra, when aircraft hit them, officials said.\n", "Samarra"},
	}
	checkPlaced(t, e, "2017-03-02", tests)
}

// The place a story was filed from is the place of a claim that names none
// and follows none; a place the claim names comes first.
func TestDatelineIsLastResortPlace(t *testing.T) {
	e := gazExtractor(t)
	tests := []placeCase{
		{"A baker remembered\n\nKIRKUK, May 3, 2019 (Tigris Voices) - The oven was destroyed on the night of April 30, residents said.\n", "Kirkuk"},
		{"A baker remembered\n\nKIRKUK, May 3, 2019 (Tigris Voices) - The oven in Hawija was destroyed on the night of April 30, residents said.\n", "Hawija"},
	}
	checkPlaced(t, e, "2019-05-03", tests)
	// A camp's dateline ("ZAKHO CAMP -") is where the story was filed; the
	// town the speakers fled is where the strike was.
	checkPlaced(t, e, "2019-05-03", []placeCase{
		{"Strike on car\n\nZAKHO CAMP - Families who escaped Sinjar this week say six civilians were killed on Monday when a drone hit a car.\n", "Sinjar"},
	})
	// Filed abroad: a strike in Syria is not placed at Beirut.
	abroad := "Strike on bakery\n\nBEIRUT, May 3, 2019 (Levant Wire) - Syrian rescuers said a bakery was destroyed on Tuesday by an air strike.\n"
	claims, _ := e.Extract(model.Document{ID: "d", Published: "2019-05-03", Text: abroad})
	if len(claims) == 0 {
		t.Fatalf("%q: no claims", abroad)
	}
	for _, c := range claims {
		if c.Where.Country == "LB" {
			t.Errorf("%q: placed at %q in Lebanon, the dateline's country", c.Quote, c.Where.Name)
		}
	}
}

func TestPublisherNames(t *testing.T) {
	tests := []struct {
		pub  string
		want []string
	}{
		{"Jazira Health Relief (JHR) - Press release", []string{"jazira health relief (jhr) - press release", "jazira health relief (jhr)", "jazira health relief", "jhr"}},
		{"The Tigris Wire (English)", []string{"tigris wire (english)", "tigris wire"}},
		{"News - Kobani Medical Aid", []string{"news - kobani medical aid"}},
		{"Annual report (2019)", []string{"annual report (2019)", "annual report"}},
		{"", nil},
	}
	for _, tc := range tests {
		if got := publisherNames(tc.pub); !slices.Equal(got, tc.want) {
			t.Errorf("publisherNames(%q) = %q, want %q", tc.pub, got, tc.want)
		}
	}
}

// A casualty monitor's assessment opens with a form of field lines without
// bullets; each line is its own field, and the prose after it is about the
// place of its Location line.
func TestAssessmentForm(t *testing.T) {
	e := gazExtractor(t)
	text := "Incident date: 3 May 2017\nLocation: a farm south of Tal Afar, Nineveh, Iraq\nGrading: Fair\n" +
		"Suspected belligerent: Coalition; Iraqi Air Force\nCivilians reported killed: 4\n\n" +
		"Summary\n\nFour members of one family were reported killed when their farmhouse was struck at night.\n"
	claims, _ := e.Extract(model.Document{ID: "form", Kind: model.KindNGO, Publisher: "Harm Watch Collective", Published: "2017-06-20", Text: text})
	var perps []string
	for _, c := range claims {
		if c.Where.Name != "Tall 'Afar" && c.Where.Name != "Tal Afar" {
			t.Errorf("claim away from the Location line: %q at %+v", c.Quote, c.Where)
		}
		perps = append(perps, c.PerpetratorsAsserted...)
	}
	if !slices.Contains(perps, "coalition") || !slices.Contains(perps, "iraq-air-force") {
		t.Errorf("the Suspected belligerent line is not read: %v (claims %+v)", perps, claims)
	}
	if len(claims) < 3 {
		t.Errorf("want the belligerent, the figure and the prose claim, got %d: %+v", len(claims), claims)
	}
}

// TestClaimFigures checks the figures the claims of a passage carry after
// the clause rules (shares, places, speakers) have had their say: kind,
// group and bounds, "-" for an open end.
func TestClaimFigures(t *testing.T) {
	e := gazExtractor(t)
	tests := []struct {
		name, text string
		want       []string // "kind/group min..max", in any claim
	}{
		{"others wounded is no further share",
			"A U.S. drone struck a post of the Popular Mobilisation Forces near Samarra on Monday, killing two fighters and wounding four others, the Hashd said.",
			[]string{"killed/militants 2..2", "injured/militants 4..4"}},
		{"others injured as a subject is no further share",
			"Six civilians were killed and others were injured on Monday when aircraft of the US-led coalition struck a market in Raqqa, local sources said.",
			[]string{"killed/civilians 6..6"}},
		{"destroyed more is a further share",
			"\"The coalition destroyed 40 trucks near Fallujah; Iraqi jets destroyed more,\" a coalition spokesman said on Monday.",
			[]string{"vehicles_destroyed/unknown 40..-"}},
		{"more than N is a bound, not a further share",
			"A Russian air strike on a bakery in Saraqib killed seven civilians and wounded more than 20 on Friday, Syrian rescuers said.",
			[]string{"killed/civilians 7..7", "injured/civilians 21..-"}},
		{"further down a river is a way, not a further share",
			"Israeli jets struck depots near Mayadin and further down the Euphrates on Tuesday, killing 12 Iranian-backed fighters, a monitor said.",
			[]string{"killed/militants 12..12"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Published: "2020-05-04", Text: tt.text})
			have := map[string]bool{}
			for _, c := range claims {
				for _, n := range c.Counts {
					have[fmt.Sprintf("%s/%s %s..%s", n.Kind, n.Group, bound(n.Min), bound(n.Max))] = true
				}
			}
			for _, w := range tt.want {
				if !have[w] {
					t.Errorf("no %q in %v", w, have)
				}
			}
		})
	}
}

func bound(p *int) string {
	if p == nil {
		return "-"
	}
	return strconv.Itoa(*p)
}

// TestIsDateline: the place where a story was filed, in the shapes wires
// and monitors give it, and places that open a line without being one.
func TestDatelineCountry(t *testing.T) {
	checkSpanRule(t, "datelineCountry", datelineCountry, []spanCase{
		{"BAGHDAD, Iraq - A drone struck a car.", "Iraq", true},
		{"Erbil, Iraq (Kurdistan Wire) - Turkish jets bombed a village.", "Iraq", true},
		{"QAMISHLI, Syria, March 3, 2021 — A drone hit a car.", "Syria", true},
		{"Deir ez-Zor, Syria (Levant Wire) - Russian jets struck a depot.", "Syria", true},
		{"Witnesses in Qamishli, Syria said a drone hit a car.", "Syria", false},
		{"Aircraft from Turkey, Iraq said, hit the village.", "Iraq", false},
		{"The strike, Iraq - its army said - was a mistake.", "Iraq", false},
		{"Jets struck a depot outside the town late on Friday.\nSULAYMANIYAH, Iraq - A drone hit a car.", "Iraq", true},
		{"Jets struck a depot outside the town late on Friday. SULAYMANIYAH, Iraq - A drone hit a car.", "Iraq", false},
	})
}

// TestLineStartWithin: the line's start when it lies at most maxLen bytes
// back, and -1 past that, on a line break or at the text's start.
func TestLineStartWithin(t *testing.T) {
	for _, c := range []struct {
		text   string
		pos    int
		maxLen int
		want   int
	}{
		{"ab\ncdef", 7, 4, 3},
		{"ab\ncdef", 7, 3, -1},
		{"abcdef", 4, 4, 0},
		{"abcdef", 5, 4, -1},
		{"abc\n", 4, 0, 4},
		{"", 0, 10, 0},
	} {
		if got := lineStartWithin(c.text, c.pos, c.maxLen); got != c.want {
			t.Errorf("lineStartWithin(%q, %d, %d) = %d, want %d", c.text, c.pos, c.maxLen, got, c.want)
		}
	}
}

func TestIsDateline(t *testing.T) {
	checkSpanRule(t, "isDateline", isDateline, []spanCase{
		{"MOSUL, Iraq (Northline) - Helicopters struck a column near Zummar.", "MOSUL", true},
		{"ERBIL/ANKARA (Wire) - Turkish jets struck a village near Amadiya.", "ERBIL", true},
		{"ERBIL/ANKARA (Wire) - Turkish jets struck a village near Amadiya.", "ANKARA", true},
		{"Amman (NNA) - Air strikes hit a market near the town of Deraa.", "Amman", true},
		{"Geneva, 3 May 2019 - A hospital in Idlib was hit by air strikes.", "Geneva", true},
		{"(Erbil) – A drone strike on a car in Sinjar killed two men.", "Erbil", true},
		{"Mosul was shelled again on Monday - residents said - and two died.", "Mosul", false},
		{"Raqqa residents said the strike - the third this week - hit a bakery.", "Raqqa", false},
		{"Near Mosul, a strike hit a house.", "Mosul", false},
		{"Witnesses in the villages along the river road said Sinjar/Mosul were hit.", "Mosul", false},
	})
}

// A name that opens with a town is a local news page ("Hit Now reported"),
// a local source; a country's name opens no local page.
func TestTownOutlet(t *testing.T) {
	e := gazExtractor(t)
	for _, tc := range []struct {
		text  string
		local bool
	}{
		{"Mosul Voices reported that coalition warplanes destroyed the building.", true},
		{"Tikrit Now posted that a coalition aircraft had struck the bridge.", true},
		{"Iraq Pulse reported that a coalition aircraft had struck the bridge near Tikrit.", false},
		{"Mosul University reported that coalition warplanes destroyed the building.", false},
	} {
		claims, _ := e.Extract(model.Document{ID: "t", Text: tc.text})
		if len(claims) != 1 || (claims[0].Speaker == "local-sources") != tc.local {
			t.Errorf("%q: got %+v, want one claim, by local sources: %v", tc.text, triples(claims), tc.local)
		}
	}
}

func TestGivenName(t *testing.T) {
	tests := []struct {
		text, place string
		want        bool
	}{
		{"Hamid al-Shatri, a commander, blamed the United States.", "Hamid", true},
		{"The emir, Hassan bin Ali, was killed.", "Hassan", true},
		{"Jets struck Hamid, a village near the border.", "Hamid", false},
		{"Jets struck near Mosul on Monday.", "Mosul", false},
	}
	for _, tt := range tests {
		start := strings.Index(tt.text, tt.place)
		if got := givenName(tt.text, start+len(tt.place)); got != tt.want {
			t.Errorf("givenName(%q, %q) = %v, want %v", tt.text, tt.place, got, tt.want)
		}
	}
}

// TestTollSpeakers: a toll sentence keeps its figures only when its speaker
// is resolved; these are the speaker phrases that used to go unresolved.
func TestTollSpeakers(t *testing.T) {
	e := gazExtractor(t)
	tests := []struct {
		name, text string
		speaker    string // of the claim holding the figure
		figure     string // "kind/group min..max"
	}{
		{"a bracketed short form before the verb",
			"A drone struck a grain store near Qamishli on Friday, killing two guards and wounding three, the Syrian Democratic Forces (SDF) said on Saturday.",
			"sdf", "injured/unknown 3..3"},
		{"an office of the body speaks for it",
			"Four people were killed in a drone strike on a farm near Kobani on Friday, the media center of the Syrian Democratic Forces (SDF) said.",
			"sdf", "killed/unknown 4..4"},
		{"a health official with his province",
			"A drone hit a fuel depot in Baiji on Friday, killing three workers, a health official in Salahuddin province said.",
			"local-sources", "killed/civilians 3..3"},
		{"a post with its place, then the holder's name",
			"Five shepherds were killed when a drone hit their tent near Qaim on Friday, the mayor of Qaim, Salim Hamad al-Karbouli, told Euphrates Radio.",
			"local-sources", "killed/civilians 5..5"},
		{"a municipal council",
			"A drone struck a lorry near Haditha on Friday, killing two drivers, the town's municipal council said.",
			"local-sources", "killed/civilians 2..2"},
		{"a regional military administration is a local authority",
			"Guided bombs struck a warehouse in Sumy on Friday, injuring six people, the head of the regional military administration said.",
			"local-sources", "injured/unknown 6..6"},
		{"a district official speaking from elsewhere",
			"A drone struck a car near Kufra on Friday, killing four people, a district official, speaking from Sabha, confirmed.",
			"local-sources", "killed/unknown 4..4"},
		{"a capitalised place word is no speech verb",
			"Three people were killed when a drone hit a car near Tell Tamr on Friday, the Kurdish-led administration said.",
			"local-sources", "killed/unknown 3..3"},
		{"the number of wounded reached, in a sentence of its own",
			"A drone struck a market in Marib on Friday, killing four people, the health ministry said. The number of wounded reached 12, the ministry said.",
			"local-sources", "injured/unknown 12..12"},
		{"one speaker with two verbs adds its figure",
			"A drone struck a lorry near Marib on Friday, witnesses said. Residents put the death toll at 9 and said the drone came at dawn.",
			"local-sources", "killed/unknown 9..9"},
		{"the commander is the one just heard",
			"Two fighters were killed when a drone hit their post near Baiji on Friday, a PMF commander said. The commander, who asked not to be named, told Baghdad Today that the drone also burned three vehicles.",
			"pmf", "vehicles_destroyed/unknown 3..3"},
		{"a sheikh of a tribe",
			"A drone struck a farm near Hawija on Friday. A sheikh of the Ubaid tribe told the Tamim Post that three herders from the village were among the dead.",
			"local-sources", "killed/civilians 3..-"}, // among the dead: at least three
		{"a state-run agency of a country with no actor id",
			"A drone struck a van near Tyre on Friday, killing two people, Lebanon's state-run National News Agency said.",
			"local-sources", "killed/unknown 2..2"},
		{"a source in a health directorate is a local voice",
			"Two guards were killed when a drone hit a checkpoint near Hilla on Friday, a source in the Babil Health Directorate told Euphrates Radio.",
			"local-sources", "killed/unknown 2..2"},
		{"the ministry is the one named before, not the report's country's",
			"ERBIL, Iraq, May 2, 2020 - Turkey's defence ministry said its jets struck caves near Zakho on Friday. The ministry of defence said six militants were killed in the raid near Zakho.",
			"turkey", "killed/militants 6..6"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Published: "2020-05-02", Text: tt.text})
			var have []string
			for _, c := range claims {
				for _, n := range c.Counts {
					f := fmt.Sprintf("%s/%s %s..%s", n.Kind, n.Group, bound(n.Min), bound(n.Max))
					if f == tt.figure && c.Speaker == tt.speaker {
						return
					}
					have = append(have, c.Speaker+" "+f)
				}
			}
			t.Errorf("no %s %q in %v", tt.speaker, tt.figure, have)
		})
	}
}

// A figure field with a part of its own group after "of whom" gives both
// figures: "Killed: 5-8, of whom civilians 2-4" (text written for this test).
func TestFieldPartOfWhom(t *testing.T) {
	e := gazExtractor(t)
	text := "Assessment SY-114\n\nDate of incident: 3 May 2021\nLocation: a farm near Saraqib, Idlib governorate\nSuspected belligerent: Russia\nKilled: 5-8, of whom civilians 2-4 (including a child)\nInjured: 6\n"
	claims, _ := e.Extract(model.Document{ID: "a", Kind: model.KindNGO, Published: "2021-05-10", Text: text})
	var have []string
	for _, c := range claims {
		for _, n := range c.Counts {
			have = append(have, fmt.Sprintf("%s/%s %s..%s", n.Kind, n.Group, bound(n.Min), bound(n.Max)))
		}
	}
	want := []string{"killed/unknown 5..8", "killed/civilians 2..4", "injured/unknown 6..6"}
	for _, w := range want {
		if !slices.Contains(have, w) {
			t.Errorf("no %q in %v", w, have)
		}
	}
}
