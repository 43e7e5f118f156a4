package quantity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// show renders a count as "text => kind/group/min..max[~]".
func show(s string, f Figure) string {
	b := func(p *int) string {
		if p == nil {
			return "nil"
		}
		return fmt.Sprint(*p)
	}
	a := ""
	if f.Count.Approx {
		a = "~"
	}
	return fmt.Sprintf("%s => %s/%s/%s..%s%s", s[f.Start:f.End], f.Count.Kind, f.Count.Group, b(f.Count.Min), b(f.Count.Max), a)
}

// killedN is a toll of n killed of no group, as a previous count.
func killedN(n int) model.Count {
	return model.Count{Kind: model.CountKilled, Group: model.GroupUnknown, Min: &n, Max: &n}
}

type countCase struct {
	name     string
	sentence string
	previous []model.Count
	want     []string
}

// civiliansKilledN is a toll of n civilians killed, as a previous count.
func civiliansKilledN(n int) model.Count {
	return model.Count{Kind: model.CountKilled, Group: model.GroupCivilians, Min: &n, Max: &n}
}

var countCases = []countCase{
	// ---- people carried to hospital are hurt, whatever verb of death came before (written for these tests)
	{"others taken to hospital after one killed", "A man was killed in a house there and two others were taken to hospital.", nil,
		[]string{"A man => killed/unknown/1..1", "two others => injured/unknown/2..2"}},
	{"hospitalised after a toll", "The strike killed a shepherd; two boys were hospitalised with burns.", nil,
		[]string{"a shepherd => killed/civilians/1..1", "two boys => injured/children/2..2"}},
	{"the bodies taken to hospital are the dead", "The bodies of two men were taken to the hospital in the city.", nil, nil},
	{"bodies brought to hospital are the dead", "Officials said 14 bodies had been brought to the hospital.", nil,
		[]string{"14 bodies => killed/civilians/14..14"}},
	{"killed and taken to a morgue", "Five fighters were killed and taken to the hospital morgue.", nil,
		[]string{"Five fighters => killed/militants/5..5"}},
	// ---- one head noun in a list, told apart by the words before it (written for these tests)
	{"service members and members of a force", "The blast wounded five U.S. service members and two members of the Iraqi army.", nil,
		[]string{"five U.S. service members and two members => injured/unknown/7..7"}},
	// ---- a possessor in a partitive, the rest of the dead, a participle phrase before the verb, care going on (written for these tests)
	{"a possessor before the noun of people", "The raid killed three of the militia's senior commanders, the army said.", nil,
		[]string{"three of the militia's senior commanders => killed/unknown/3..3"}},
	{"a possessor before a plain noun of people", "Two of the group's members were wounded in the shelling.", nil,
		[]string{"Two of the group's members => injured/unknown/2..2"}},
	{"a possessor before no noun of people", "Five of the town's 12 bakeries were closed.", nil, nil},
	{"an associate counts as one", "The drone killed the commander and seriously wounded a senior associate.", nil,
		[]string{"a senior associate => injured/unknown/1..1"}},
	{"the other two after one of the dead", "Relatives said one of the dead was a soldier on leave and the other two were shepherds.", nil,
		[]string{"one of the dead was a soldier => killed/unknown/1..1", "the other two were shepherds => killed/civilians/2..2"}},
	{"the remaining three after a part of the wounded", "Two of the wounded were police officers; the remaining three were civilians.", nil,
		[]string{"Two of the wounded were police officers => injured/unknown/2..2", "the remaining three were civilians => injured/civilians/3..3"}},
	{"the third of the dead, a passer-by by its clause", "Two of the dead were guards at the gate and the third was an elderly man from a nearby farm who was passing on his motorbike.", nil,
		[]string{"Two of the dead were guards => killed/unknown/2..2", "the third was an elderly man => killed/civilians/1..1"}},
	{"the third of the dead, no word of who he was", "Two of the dead were guards at the gate and the third was a man from the town.", nil,
		[]string{"Two of the dead were guards => killed/unknown/2..2"}},
	{"the third after a part that does not go before it", "One of the dead was a guard and the third was a farmer who lived nearby.", nil,
		[]string{"One of the dead was a guard => killed/unknown/1..1"}},
	{"one person of no group, a neighbour by its clause", "A man who lived nearby was also killed when the second missile hit the yard.", nil,
		[]string{"A man => killed/civilians/1..1"}},
	{"one person of no group, no clause of who he was", "A man who ran to help was also killed when the second missile hit the yard.", nil,
		[]string{"A man => killed/unknown/1..1"}},
	{"the other two with no noun is no figure", "One of the dead was a fighter and the other two were never identified.", nil,
		[]string{"One of the dead was a fighter => killed/militants/1..1"}},
	{"the verb past a participle's phrase", "The pickup used by the cell to move ammunition was also destroyed.", nil,
		[]string{"The pickup => vehicles_destroyed/unknown/1..1"}},
	{"a participle's phrase with no destroy verb", "The truck parked by the gate was searched by the police.", nil, nil},
	{"people still being treated are hurt", "Nine other people were still being treated in Damascus on Monday.", nil,
		[]string{"Nine other people => injured/unknown/9..9"}},
	{"more people still being treated are hurt", "Three more are still being treated in Mosul.", nil,
		[]string{"Three more => injured/unknown/3..3"}},
	{"a burned vehicle after an article", "Reporters at the site saw spent cartridges and a burned pickup.", nil,
		[]string{"a burned pickup => vehicles_destroyed/unknown/1..1"}},
	{"a burned-out vehicle", "A burned-out minibus blocked the road into the village.", nil,
		[]string{"A burned-out minibus => vehicles_destroyed/unknown/1..1"}},
	{"the burned vehicle is the one struck", "The drone hit a truck on the highway, leaving a charred truck by the road.", nil,
		[]string{"a truck => vehicles_destroyed/unknown/1..1"}},
	{"a claim still being treated as unverified", "The two reports were still being treated as unverified.", nil, nil},
	{"a subject with a long relative clause", "Three gunmen who had been spotted by the border guards, the drones and the patrols while crossing the river near the old mill, north of the village on the plain, were killed.", nil,
		[]string{"Three gunmen => killed/militants/3..3"}},
	// ---- a rank after one person's noun, the people of a hospital, weapons that harmed no one (written for these tests)
	{"a rank phrase keeps the list of the dead whole", "The assault led to the martyrdom of an officer with the rank of captain and seven soldiers.", nil,
		[]string{"an officer with the rank of captain and seven soldiers => killed/unknown/8..8"}},
	{"a rank phrase ends at the verb", "An officer with the rank of major was wounded by sniper fire.", nil,
		[]string{"An officer with the rank of major => injured/unknown/1..1"}},
	{"a commander of a rank and his fighters", "The drone killed a commander with the rank of brigadier general and four fighters.", nil,
		[]string{"a commander with the rank of brigadier general and four fighters => killed/unknown/5..5"}},
	{"an officer and soldiers are one list", "The attack killed an officer and nine soldiers at the post.", nil,
		[]string{"an officer and nine soldiers => killed/unknown/10..10"}},
	{"an officer alone is no toll", "It was the third raid this year to kill a senior officer of the Guards.", nil, nil},
	{"a hospital guard is a civilian", "A clinic guard, aged 35, was killed when the second missile hit.", nil,
		[]string{"A clinic guard => killed/civilians/1..1"}},
	{"hospital staff are civilians", "Three hospital staff were injured in the raid.", nil,
		[]string{"Three hospital staff => injured/civilians/3..3"}},
	{"none of the drones caused casualties", "The army said none of the six drones caused any casualties.", nil,
		[]string{"none of the six drones caused any casualties => killed/unknown/0..0", "none of the six drones caused any casualties => injured/unknown/0..0"}},
	{"none of them caused casualties", "Two of the shells landed in open fields and none of them caused casualties, the mayor said.", nil,
		[]string{"none of them caused casualties => killed/unknown/0..0", "none of them caused casualties => injured/unknown/0..0"}},
	// ---- a toll said to be of civilians, and a label's figure "all civilians" (written for these tests)
	{"civilian death toll raised", "Two more of the injured died on Sunday, bringing the civilian death toll to at least 17.", nil,
		[]string{"at least 17 => killed/civilians/17..nil"}},
	{"civilian toll risen", "The civilian toll has risen to nine, the monitor said.", nil,
		[]string{"nine => killed/civilians/9..9"}},
	{"a fact sheet's dead all civilians", "Dead: 8 to 10, all of them civilians. Wounded: 15.", nil,
		[]string{"8 to 10 => killed/civilians/8..10", "15 => injured/unknown/15..15"}},
	{"a volunteer and a driver", "One rescue volunteer and one driver were hurt when the second strike hit.", nil,
		[]string{"One rescue volunteer and one driver => injured/unknown/2..2", "one driver => injured/civilians/1..1"}},
	{"a fact sheet's dead all fighters stay unknown", "Dead: 4, all fighters.", nil,
		[]string{"4 => killed/unknown/4..4"}},
	// ---- a pair of fighters and people of no group is one toll (written for these tests)
	{"fighters and a general", "The raid killed four Hamas fighters and an Iranian general, the group said.", nil,
		[]string{"four Hamas fighters and an Iranian general => killed/unknown/5..5"}},
	{"soldiers and militants", "Two soldiers and three militants died in the clash.", nil,
		[]string{"Two soldiers and three militants => killed/unknown/5..5"}},
	{"fighters and a commander in a longer list keep their figures", "The strike killed four fighters, two guards and a commander.", nil,
		[]string{"four fighters => killed/militants/4..4", "two guards and a commander => killed/unknown/3..3"}},
	// ---- a risen toll said to be all of one group (written for these tests)
	{"a risen toll all civilians", "By evening the toll had risen to five, all of them civilians.", nil,
		[]string{"five => killed/civilians/5..5"}},
	// ---- people among the dead are some of the dead: at least that many (written for these tests)
	{"children among the dead after a toll", "Eleven people died in the shelling, and the governor says three children are among the dead.", nil,
		[]string{"Eleven people => killed/unknown/11..11", "three children => killed/civilians/3..nil"}},
	{"the dead included", "Medics said the dead included two women and four children.", nil,
		[]string{"two women and four children => killed/civilians/6..nil"}},
	{"among the dead were", "Among the dead were two women from the camp.", nil,
		[]string{"two women => killed/civilians/2..nil"}},
	{"among the wounded", "Four boys were among the wounded, the clinic said.", nil,
		[]string{"Four boys => injured/civilians/4..nil"}},
	{"one of two dead and the other, each with a group", "Relatives say one of the two was a schoolteacher, but the other a farmer.", []model.Count{killedN(2), killedN(1)},
		[]string{"one of the two was a schoolteacher => killed/civilians/1..1", "the other a farmer => killed/civilians/1..1"}},
	{"one of two fighters and the other a shepherd", "Villagers said one of the two was a fighter and the other was a shepherd.", []model.Count{killedN(2)},
		[]string{"one of the two was a fighter => killed/militants/1..1", "the other was a shepherd => killed/civilians/1..1"}},
	{"a medic among people is at least one civilian", "Four people, among them a paramedic, were killed in the raid.", nil,
		[]string{"Four people => killed/unknown/4..4", "a paramedic => killed/civilians/1..nil"}},
	{"medics among medics stay medics", "Six medics, among them two nurses, were killed.", nil,
		[]string{"Six medics => killed/medics/6..6", "two nurses => killed/medics/2..2"}},
	{"among the dead with a figure of its own kind only", "Six people were killed and three women were among the wounded.", nil,
		[]string{"Six people => killed/unknown/6..6", "three women => injured/civilians/3..nil"}},
	{"among the dead after a phrase of origin", "Elders said four farmers from a hamlet near the river were among the dead.", nil,
		[]string{"four farmers => killed/civilians/4..nil"}},
	{"among the dead after a relative clause stays exact", "Two men from the camp who were among the dead were buried on Friday.", nil,
		[]string{"Two men => killed/unknown/2..2"}},
	// ---- a fact sheet's label of civilian harm and its parts (written for these tests)
	{"civilian harm label gives the tolls after it their group", "Civilian harm reported: 5 – 8 killed, 3 injured", nil,
		[]string{"5 – 8 => killed/civilians/5..8", "3 => injured/civilians/3..3"}},
	{"a part of a toll with its group before the figure", "Killed: 6-9, of whom civilians 2-5", nil,
		[]string{"6-9 => killed/unknown/6..9", "civilians 2-5 => killed/civilians/2..5"}},
	// ---- "the dead were ..." after the sentence's own toll (written for these tests)
	{"the dead named after the toll give its group", "Eleven people were killed in the raid, and neighbours insist the dead were farmers and their sons.", nil,
		[]string{"Eleven people => killed/civilians/11..11"}},
	{"the victims named with all", "Six people died, and the victims were all shepherds.", nil,
		[]string{"Six people => killed/civilians/6..6"}},
	{"the dead with no group noun say nothing", "Three people were killed and the dead were buried on Sunday.", nil,
		[]string{"Three people => killed/unknown/3..3"}},
	// ---- the last item of a long list of what a verb destroyed (written for these tests)
	{"vehicles closing a long list of destroyed things", "The jets destroyed a bridge that the fighters had used to cross the river, two bunkers near the ridge and three pickup trucks.", nil,
		[]string{"three pickup trucks => vehicles_destroyed/unknown/3..3"}},
	{"vehicles after as well as past a relative clause", "The raids destroyed a depot in which the gunmen were storing rockets, as well as a command post and two armoured cars.", nil,
		[]string{"two armoured cars => vehicles_destroyed/unknown/2..2"}},
	{"vehicles with a verb of their own are not the list's", "The jets destroyed a bridge that the fighters had used to cross the river near the old mill, and two trucks were found nearby.", nil, nil},
	// ---- a passive predicate before "and" is its own subject's (written for these tests)
	{"a passive predicate before and is not the next figure's verb", "Two farmers were killed and three residents of the village were injured.", nil,
		[]string{"Two farmers => killed/civilians/2..2", "three residents => injured/civilians/3..3"}},
	{"a figure with no cue of its own still takes the predicate before", "Five people were killed and two children from the camp next door.", nil,
		[]string{"Five people => killed/unknown/5..5", "two children => killed/children/2..2"}},
	// ---- a colon list saying who the dead were (written for these tests)
	{"a colon list of civilians makes the toll civilian", "Three people were killed: a nurse, a patient recovering from surgery, and a man who had brought his injured son to the emergency department.", nil,
		[]string{"Three people => killed/civilians/3..3"}},
	{"a colon list after the verb", "The strike killed two people: a farmer and his teenage son.", nil,
		[]string{"two people => killed/civilians/2..2"}},
	{"a colon list naming soldiers keeps no group", "Four people were killed: two soldiers, a nurse and a driver.", nil,
		[]string{"Four people => killed/unknown/4..4"}},
	{"a colon list naming a fighter keeps no group", "Five people were wounded: a fighter of the group and four passers-by.", nil,
		[]string{"Five people => injured/unknown/5..5"}},
	{"a colon list of names says no group", "Two people died on Sunday: Ahmed Saleh, 34, and Omar Haddad, 29.", nil,
		[]string{"Two people => killed/unknown/2..2"}},
	// ---- a teenager; a bare figure of a perfect passive; a fourth person of a civilian toll (written for these tests)
	{"a teenager is a civilian", "Two farmers were killed in the shelling, and a teenager was wounded, the governor said.", nil,
		[]string{"Two farmers => killed/civilians/2..2", "a teenager => injured/civilians/1..1"}},
	{"a bare figure before had been", "The hospital said at least 30 had been wounded by nightfall.", nil,
		[]string{"at least 30 => injured/civilians/30..nil"}},
	{"a bare figure before have been", "Rescuers say 14 have been killed so far.", nil,
		[]string{"14 => killed/unknown/14..14"}},
	{"treated for burns are injured", "Officials said one man had died and six were being treated for burns overnight.", nil,
		[]string{"one man => killed/unknown/1..1", "six => injured/unknown/6..6"}},
	{"treated in hospital says no wound", "Five were being treated in hospital on Sunday evening.", nil, nil},
	{"a bare figure before had been with no cue is no figure", "Of the 40 families on the street, 12 had been evacuated.", nil, nil},
	{"a fourth person goes on from a toll of civilians", "Relatives said a fourth person, an elderly man, had died in hospital.", []model.Count{civiliansKilledN(3)},
		[]string{"a fourth person => killed/civilians/4..4"}},
	{"a fourth person goes on from a toll of no group", "The army said a fourth soldier had died of his wounds overnight.", []model.Count{killedN(3)},
		[]string{"a fourth soldier => killed/unknown/4..4"}},
	{"a fourth person of no group after a civilian toll", "The council said a fourth person had died of burns overnight.", []model.Count{civiliansKilledN(3)},
		[]string{"a fourth person => killed/civilians/4..4"}},
	// ---- a subject past a long relative clause (written for these tests)
	{"an infinitive inside a restrictive clause", "Six gunmen who were preparing to open fire on our border posts were neutralised overnight.", nil,
		[]string{"Six gunmen => killed/militants/6..6"}},
	{"to be inside a restrictive clause", "3 militants who were found to be planting mines on the road were neutralized in a drone strike.", nil,
		[]string{"3 militants => killed/militants/3..3"}},
	{"two names of one group joined by a slash", "Seven ISIS/Daesh terrorists were neutralised near the border.", nil,
		[]string{"Seven ISIS/Daesh terrorists => killed/militants/7..7"}},
	{"a participle coordinated with the cue after an aside", "The three militants, who had been hiding in a cave, were located and killed by the patrol.", nil,
		[]string{"three militants => killed/militants/3..3"}},
	{"the verb itself in quotes before the figure", "Officials said the operation had \"eliminated\" nine insurgents hiding in the valley.", nil,
		[]string{"nine insurgents => killed/militants/9..9"}},
	{"a quoted word that is no cue", "The minister called the raid \"successful\" two days later.", nil, nil},
	{"an apposition saying all were civilians", "Fourteen men, all civilians from the same clan, were killed at the well.", nil,
		[]string{"Fourteen men => killed/civilians/14..14"}},
	{"a bare toll said to be all civilians", "State radio was still giving a toll of four, all of them civilians, on Friday night.", nil,
		[]string{"four => killed/civilians/4..4"}},
	{"all of them with a noun of no group keeps the group", "Eleven men, all of them members of the guard, were killed at the gate.", nil,
		[]string{"Eleven men => killed/unknown/11..11"}},
	{"a participle coordinated with no cue is no figure", "The three men, who had been hiding in a cave, were located and questioned by the patrol.", nil, nil},
	// ---- a list of vehicles is one total; a speaker past a relative clause (written for these tests)
	{"a list of vehicles of one verb is summed", "Jets hit the column, destroying a truck, an armoured car and three pickups.", nil,
		[]string{"a truck, an armoured car and three pickups => vehicles_destroyed/unknown/5..5"}},
	{"items naming the parts of the figure before are no more", "The raid destroyed three vehicles, a tanker and two pickups, near the crossing.", nil,
		[]string{"three vehicles, a tanker and two pickups => vehicles_destroyed/unknown/3..3"}},
	{"a part of the figure before is not added", "Jets destroyed nine trucks, two of them fuel tankers, near the town.", nil,
		[]string{"nine trucks => vehicles_destroyed/unknown/9..9", "two of them => vehicles_destroyed/unknown/2..2"}},
	{"an apposition of a plural noun with ages", "Three boys, cousins aged between nine and twelve, were killed near the school.", nil,
		[]string{"Three boys => killed/civilians/3..3"}},
	{"estimates that run over a range", "Accounts differ, and estimates of the dead range from 40 to 65.", nil,
		[]string{"from 40 to 65 => killed/unknown/40..65"}},
	{"a range of no toll", "Ticket prices range from 10 to 20 dollars.", nil, nil},
	{"an apposition is no further vehicle", "Jets destroyed a truck, a white pickup, near the border.", nil,
		[]string{"a truck => vehicles_destroyed/unknown/1..1"}},
	{"an ordinal going on from a toll of its kind tells the toll", "Relatives said a third man, a shepherd from the village, died of his wounds on Monday.", []model.Count{killedN(2)},
		[]string{"a third man => killed/unknown/3..3"}},
	{"an ordinal of another kind than the toll before is one", "A third man was wounded, the hospital said.", []model.Count{killedN(2)},
		[]string{"A third man => injured/unknown/1..1"}},
	{"a part of a bare figure before", "Five people were killed and eight were hurt, among them a nurse.", nil,
		[]string{"Five people => killed/unknown/5..5", "eight => injured/unknown/8..8", "a nurse => injured/civilians/1..nil"}},
	{"a speaker past a relative clause is not the dead", "A police officer who asked not to be identified said the deaths were caused by a mine.", nil, nil},
	{"a relative among the dead is a civilian", "The family said one of the dead was a relative who had gone out to water the orchard.", nil,
		[]string{"one of the dead was a relative => killed/civilians/1..1"}},
	{"a speech verb inside the relative clause", "Three shepherds who villagers say died in the raid were buried at dawn.", nil,
		[]string{"Three shepherds => killed/civilians/3..3"}},
	{"a total of N told in the past is the event's", "A total of 17 fighters were killed in the raids, officials said.", nil,
		[]string{"17 fighters => killed/militants/17..17"}},
	{"a total of N in the perfect is a running total", "A total of 1,200 fighters have been neutralised in the region.", nil, nil},
	// ---- tolls in translated and ministry prose (written for these tests)
	{"martyrs after a toll", "By evening the toll from the raid had reached 17 martyrs.", nil,
		[]string{"17 => killed/unknown/17..17"}},
	{"citizens are people of no group", "Three citizens were martyred and six others were wounded in the raid on the village.", nil,
		[]string{"Three citizens => killed/unknown/3..3", "six others => injured/unknown/6..6"}},
	{"the number of wounded reached", "By nightfall the number of wounded had reached 27, the hospital said.", nil,
		[]string{"27 => injured/civilians/27..27"}},
	{"reached without a count noun is no figure", "The column reached 30 vehicles by noon.", nil, nil},
	{"women among a toll of people", "Six people were killed in the raid, among them two women.", nil,
		[]string{"Six people => killed/unknown/6..6", "two women => killed/civilians/2..nil"}},
	{"mercenaries", "As many as 30 mercenaries guarding the depot were eliminated.", nil,
		[]string{"As many as 30 mercenaries => killed/unknown/nil..30"}},
	// ---- a participle after a possessive is an adjective (written for these tests)
	{"his injured son is no figure", "Two people died: a cook and a farmer who had carried his injured son up the hill.", nil,
		[]string{"Two people => killed/civilians/2..2"}},
	{"lost their lives is still a toll", "Four herders lost their lives when the shell landed.", nil,
		[]string{"Four herders => killed/civilians/4..4"}},
	{"their injured colleague inside a relative clause", "Two drivers who had taken their injured colleague to hospital were killed.", nil,
		[]string{"Two drivers => killed/civilians/2..2"}},
	{"the neutralisation of", "The operation ended with the neutralization of about 15 insurgents.", nil,
		[]string{"about 15 insurgents => killed/militants/15..15~"}},
	{"of whom N were a group", "Fifteen people died in the shelling, of whom four were children.", nil,
		[]string{"Fifteen people => killed/unknown/15..15", "of whom four were children => killed/children/4..4"}},
	// ---- a bare figure on the verb's list with a place of its own (written for these tests)
	{"elliptical figure with its own place", "The shelling killed nine people in Kafr Zita and four in Latamneh.", nil,
		[]string{"nine people => killed/unknown/9..9", "four => killed/unknown/4..4"}},
	{"elliptical range", "The raids wounded between 10 and 12 fighters at the checkpoint and between three and five at the depot.", nil,
		[]string{"between 10 and 12 fighters => injured/militants/10..12", "between three and five => injured/militants/3..5"}},
	{"a figure with a verb of its own is not elliptical", "At least 10 people were killed and 30 in the next street were injured.", nil,
		[]string{"At least 10 people => killed/unknown/10..nil"}},
	// ---- "several dozen" is dozens (written for these tests)
	{"several dozen", "The rally was hit twice and several dozen were wounded.", nil,
		[]string{"twice => strikes/unknown/2..2", "dozen => injured/unknown/24..nil~"}},
	{"a few dozen with a noun", "A few dozen soldiers were killed in the barracks.", nil,
		[]string{"dozen soldiers => killed/unknown/24..nil~"}},
	// ---- members of a named family are civilians (written for these tests)
	{"members of a family with a hyphenated name", "Nine members of the al-Sabri family were killed when the roof fell in.", nil,
		[]string{"Nine members => killed/civilians/9..9"}},
	{"a family further on is not theirs", "Five members of a militia that attacked the family were killed.", nil,
		[]string{"Five members => killed/unknown/5..5"}},
	// ---- "for a total of": the sum, not its parts (written for these tests)
	{"a total of one group replaces its parts", "Sixty-two villagers died in the mosque and nine more in the market, for a total of 71 villagers killed.", nil,
		[]string{"71 villagers => killed/civilians/71..71"}},
	{"a bare total of mixed groups keeps the groups", "The strikes killed 40 militants and three civilians, for a total of 43.", nil,
		[]string{"40 militants => killed/militants/40..40", "three civilians => killed/civilians/3..3", "43 => killed/unknown/43..43"}},
	{"a total that is not the parts' sum changes nothing", "The strikes killed 40 militants and three civilians, for a total of 50 this month.", nil,
		[]string{"40 militants => killed/militants/40..40", "three civilians => killed/civilians/3..3"}},
	// ---- long subjects (written for these tests)
	{"a relative clause between the dead and their verb", "Two shepherds from a hamlet in the valley, who had taken their flock out at dawn, were killed by the blast.", nil,
		[]string{"Two shepherds => killed/civilians/2..2"}},
	{"a relative clause after the things alone", "Three fuel tankers, which had queued at the depot since noon, were destroyed.", nil,
		[]string{"Three fuel tankers => vehicles_destroyed/unknown/3..3"}},
	{"the relative clause's own verb is no figure", "Two guards, who were wounded in the clash, were taken to hospital.", nil, nil},
	{"a list of things destroyed shares the verb", "Nine trucks, two fuel stores and a radio mast were destroyed in the raid.", nil,
		[]string{"Nine trucks => vehicles_destroyed/unknown/9..9"}},
	{"a list of counted people keeps its own figures", "Two guards, three policemen and a driver were killed.", nil,
		[]string{"Two guards => killed/unknown/2..2", "three policemen => killed/unknown/3..3", "a driver => killed/civilians/1..1"}},
	{"the number of with a date and an aside has climbed", "The number of workers hurt in the March 3 fire at the plant, which stands north of the port, has climbed to 46.", nil,
		[]string{"46 => injured/civilians/46..46"}},
	{"the number of with an aside has risen", "The number of workers hurt in the fire at the plant, which stands north of the port, has risen to 46.", nil,
		[]string{"46 => injured/civilians/46..46"}},
	// ---- wire and blog prose about the 2016 Fallujah convoy
	{"around and as many as", "Over the next two days, someone destroyed most of this convoy — around 260 vehicles — and killed as many as 750 militants.", nil,
		[]string{"around 260 vehicles => vehicles_destroyed/unknown/260..260~", "as many as 750 militants => killed/militants/nil..750"}},
	{"a weekly total", "The ministry said 31 militants had been neutralised over the past week in the north.", nil, nil},
	{"a running total and its weekly share", "Since the start of the year, a total of 900 militants have been neutralised in the region, 40 of them in the past week.", nil, nil},
	{"not a week's total: a day of last week", "The strike killed four militants last week.", nil,
		[]string{"four militants => killed/militants/4..4"}},
	{"vehicles set on fire", "Three tankers were set on fire near the crossing.", nil,
		[]string{"Three tankers => vehicles_destroyed/unknown/3..3"}},
	{"people set on fire are not vehicles", "Two men were set on fire.", nil, nil},
	{"size only", "The ISIS convoy included more than 400 vehicles, most of which were civilian.", nil, nil},
	{"more than half the convoy", "In a series of fierce attacks that lasted hours, Iraqi helicopters destroyed more than half the convoy, killing dozens of militants.",
		[]model.Count{{Group: "unknown", Min: model.IntPtr(401), Item: "vehicles"}},
		[]string{"more than half the convoy => vehicles_destroyed/unknown/201..nil", "dozens of militants => killed/militants/24..nil~"}},
	{"half without base", "Iraqi helicopters destroyed more than half the convoy.", nil, nil},
	{"others", "Garver said the raids destroyed 55 trucks southwest of Fallujah and approximately 120 others — including three carrying improvised explosive devices — east of Ramadi, while Iraqi air force and army aviation destroyed dozens of additional vehicles.", nil,
		[]string{"55 trucks => vehicles_destroyed/unknown/55..55", "approximately 120 others => vehicles_destroyed/unknown/120..120~", "dozens of additional vehicles => vehicles_destroyed/unknown/24..nil~"}},
	{"names between", "“The coalition destroyed 55 ISIL trucks southwest of Fallujah; Iraq Air Force destroyed more,” Colonel Chris Garver said in a tweet on Thursday.", nil,
		[]string{"55 ISIL trucks => vehicles_destroyed/unknown/55..55"}},
	{"struck passive", "A further 120 vehicles were struck east of the city of Ramadi, Garver said.", nil,
		[]string{"120 vehicles => vehicles_struck/unknown/120..120"}},
	{"scores", "A US military official said anti-ISIL coalition forces destroyed scores of vehicles and that the Iraqi army hit an unspecified number.", nil,
		[]string{"scores of vehicles => vehicles_destroyed/unknown/40..nil~"}},
	{"long name", "The Iraqi air force and US-led coalition warplanes killed as many as 250 Islamic State of Iraq and Levant (ISIL) jihadists in airstrikes on a pair of convoys fleeing Fallujah.", nil,
		[]string{"as many as 250 Islamic State of Iraq and Levant (ISIL) jihadists => killed/militants/nil..250"}},
	{"more than 200", "“Our heroes in the military aviation destroyed more than 200 vehicles”, Yahya Rasool said.", nil,
		[]string{"more than 200 vehicles => vehicles_destroyed/unknown/201..nil"}},
	{"thousands evacuated", "During the night of June 28, 2016, a huge convoy reportedly including thousands of Islamic State fighters evacuated Fallujah.", nil, nil},
	{"many civilians", "Next came reports of militants killing many civilians east of Ramadi.", nil, nil},
	{"several", "Other vehicles knocked out by Iraqis included several bulldozers and a large number of technicals.", nil, nil},
	{"model numbers", "An Mi-28N gunship and EC.635 helicopters fired M79 Osa rockets; the Mi-28 made two passes.", nil, nil},
	{"time and hours", "Four hours later, at 1:30 in the morning, the first two helicopters took off.", nil, nil},
	{"percent money age", "About 40% of the 2,000 residents, aged 12 to 60, paid $300 each.", nil, nil},
	{"year and date", "In 2016, on June 30, the ministry spoke of 2015 and 30 June.", nil, nil},
	{"in need", "Some 4.7 million Iraqi children are in need of humanitarian assistance.", nil, nil},
	{"live", "The stronghold where over 50,000 civilians live was not the target.", nil, nil},
	{"range people", "Iraqi army sources said five to six people were killed in the airstrike.", nil,
		[]string{"five to six people => killed/unknown/5..6"}},
	{"partitive burned", "Two of the three vehicles making up a militia convoy were found burned, an Iraqi source told Reuters.", nil,
		[]string{"Two of the three vehicles => vehicles_destroyed/unknown/2..2"}},
	{"release style", "Between March 30 and April 5, Coalition military forces conducted nine strikes consisting of 11 engagements in Syria and Iraq.", nil,
		[]string{"nine strikes => strikes/unknown/9..9", "11 engagements => engagements/unknown/11..11"}},
	{"one strike", "On April 1 in Syria, Coalition military forces conducted one strike consisting of three engagements against Daesh targets.", nil,
		[]string{"one strike => strikes/unknown/1..1", "three engagements => engagements/unknown/3..3"}},
	{"article vehicle", "Near Abu Kamal, one strike engaged a Daesh tactical unit and destroyed a Daesh vehicle.", nil,
		[]string{"one strike => strikes/unknown/1..1", "a Daesh vehicle => vehicles_destroyed/unknown/1..1"}},
	{"aside", "Iraq later announced that 36 ISIS fighters, including high ranking ISIS commanders, were killed in the strike.", nil,
		[]string{"36 ISIS fighters => killed/militants/36..36"}},
	{"estimated range no kind", "The total number of ISIS fighters in the area is estimated between 5,000 and 12,000.", nil, nil},

	// ---- qualifiers
	{"at least", "The strikes killed at least 348 civilians, Airwars said.", nil, []string{"at least 348 civilians => killed/civilians/348..nil"}},
	{"fewer than", "Fewer than 10 people were wounded.", nil, []string{"Fewer than 10 people => injured/unknown/nil..9"}},
	{"at most", "At most 20 fighters died.", nil, []string{"At most 20 fighters => killed/militants/nil..20"}},
	{"up to", "Up to 30 civilians were killed in the raid.", nil, []string{"Up to 30 civilians => killed/civilians/nil..30"}},
	{"over", "Over 100 militants were killed.", nil, []string{"Over 100 militants => killed/militants/101..nil"}},
	{"some", "Some 40 residents were injured.", nil, []string{"Some 40 residents => injured/civilians/40..40~"}},
	{"roughly", "The bombing killed roughly 70 people.", nil, []string{"roughly 70 people => killed/unknown/70..70~"}},
	{"digits range", "The strike killed 5-6 insurgents.", nil, []string{"5-6 insurgents => killed/militants/5..6"}},
	{"between and", "Between 10 and 15 children were killed.", nil, []string{"Between 10 and 15 children => killed/civilians/10..15"}},
	{"or", "Five or six civilians died.", nil, []string{"Five or six civilians => killed/civilians/5..6"}},
	{"a dozen", "More than a dozen militiamen were killed.", nil, []string{"More than a dozen militiamen => killed/militants/13..nil"}},
	{"hundred words", "The raid killed two hundred and fifty fighters.", nil, []string{"two hundred and fifty fighters => killed/militants/250..250"}},
	{"twenty-three", "Twenty-three people were wounded.", nil, []string{"Twenty-three people => injured/unknown/23..23"}},
	{"hundreds", "Hundreds of civilians were killed.", nil, []string{"Hundreds of civilians => killed/civilians/200..nil~"}},
	{"thousands killed", "Airstrikes killed thousands of fighters.", nil, []string{"thousands of fighters => killed/militants/2000..nil~"}},
	{"death toll", "The death toll rose to 36, officials said.", nil, []string{"36 => killed/unknown/36..36"}},
	{"rose from to", "The death toll rose from 12 to 20 people.", nil, []string{"from 12 to 20 people => killed/unknown/20..20"}},
	{"bare killed", "The strike left 12 dead and 30 wounded.", nil, []string{"12 => killed/unknown/12..12", "30 => injured/unknown/30..30"}},

	// ---- local outlets and NGOs
	{"killed and wounded", "An airstrike on the market killed 12 civilians, including four children, and wounded 30 others.", nil,
		[]string{"12 civilians => killed/civilians/12..12", "four children => killed/children/4..4", "30 others => injured/civilians/30..30"}},
	{"coordinated", "Five militants and three civilians were killed.", nil,
		[]string{"Five militants => killed/militants/5..5", "three civilians => killed/civilians/3..3"}},
	{"of them", "The raid killed 20 people, eight of them children.", nil,
		[]string{"20 people => killed/unknown/20..20", "eight of them children => killed/civilians/8..nil"}},
	{"militia members", "At least seven militia members were killed near the border.", nil,
		[]string{"At least seven militia members => killed/militants/7..nil"}},
	{"isis members", "The coalition said 15 ISIS members died in the strike.", nil,
		[]string{"15 ISIS members => killed/militants/15..15"}},
	{"medics", "Three medics were injured when the ambulance was hit.", nil, []string{"Three medics => injured/medics/3..3"}},
	{"agent not patient", "Twenty gunmen killed five villagers.", nil, []string{"five villagers => killed/civilians/5..5"}},
	{"tankers", "Coalition aircraft destroyed 116 oil tanker trucks near Abu Kamal.", nil,
		[]string{"116 oil tanker trucks => vehicles_destroyed/unknown/116..116"}},
	{"technicals hit", "Drones hit four technicals and a bulldozer.", nil, []string{"four technicals => vehicles_struck/unknown/4..4"}},
	{"air strikes", "The coalition carried out 14 air strikes near Mosul.", nil, []string{"14 air strikes => strikes/unknown/14..14"}},
	{"raids", "Warplanes conducted 30 raids on Idlib.", nil, []string{"30 raids => strikes/unknown/30..30"}},
	{"km", "The village lies 12 miles south of Mosul, about 20 km from the front.", nil, nil},
	// a stated zero is a figure: it stands against another source's toll
	{"no one", "No one was killed.", nil, []string{"No one was killed => killed/unknown/0..0"}},
	{"no dead as a noun", "Rescue teams searched the market and found no dead.", nil, []string{"no dead => killed/unknown/0..0"}},
	{"no deadline is no toll", "The council set no deadline for the repairs.", nil, nil},
	{"no civilians harmed", "The command said no civilians were harmed.", nil,
		[]string{"no civilians were harmed => killed/civilians/0..0", "no civilians were harmed => injured/civilians/0..0"}},
	{"no sign of civilian casualties", "The Pentagon said there was no indication at this time of civilian casualties.", nil,
		[]string{"no indication at this time of civilian casualties => killed/civilians/0..0", "no indication at this time of civilian casualties => injured/civilians/0..0"}},
	{"no sign that civilians were harmed", "A defence official said the army had \"no indication\" that any civilians were killed or wounded.", nil,
		[]string{"no indication\" that any civilians were killed or wounded => killed/civilians/0..0", "no indication\" that any civilians were killed or wounded => injured/civilians/0..0"}},
	{"no civilian deaths beside fighters", "The raid killed 4 fighters and caused no civilian deaths.", nil,
		[]string{"4 fighters => killed/militants/4..4", "no civilian deaths => killed/civilians/0..0"}},
	{"none of the dead civilians", "Nine militiamen died and none of the dead were civilians.", nil,
		[]string{"Nine militiamen => killed/militants/9..9", "none of the dead were civilians => killed/civilians/0..0"}},
	{"nobody hurt: nobody killed either", "The ministry said nobody was hurt in the raid.", nil,
		[]string{"nobody was hurt => killed/unknown/0..0", "nobody was hurt => injured/unknown/0..0"}},
	{"nobody wounded says nothing of the dead", "The ministry said nobody was wounded in the raid.", nil, []string{"nobody was wounded => injured/unknown/0..0"}},
	{"nobody, either side, killed or wounded", "The army said nobody, officer or conscript, had been killed or wounded at the depot.", nil,
		[]string{"nobody, officer or conscript, had been killed or wounded => killed/unknown/0..0", "nobody, officer or conscript, had been killed or wounded => injured/unknown/0..0"}},
	{"a running total's since closes at a new clause", "The depot had stored shells since 2019, and four guards were killed when it blew up.", nil,
		[]string{"four guards => killed/unknown/4..4"}},
	{"no casualties across a line break", "Officials said the strike caused no\ncasualties.", nil,
		[]string{"no\ncasualties => killed/unknown/0..0", "no\ncasualties => injured/unknown/0..0"}},
	{"no casualties", "Officials said no casualties were reported.", nil,
		[]string{"no casualties => killed/unknown/0..0", "no casualties => injured/unknown/0..0"}},
	{"material damage", "The agency said the attack caused only material damage.", nil,
		[]string{"only material damage => killed/unknown/0..0", "only material damage => injured/unknown/0..0"}},
	{"without any civilian casualties", "The ministry said its jets struck the depot without any civilian casualties.", nil,
		[]string{"without any civilian casualties => killed/civilians/0..0", "without any civilian casualties => injured/civilians/0..0"}},
	{"without damage or casualties", "The governor said the rocket fell in an empty field, without damage or casualties.", nil,
		[]string{"without damage or casualties => killed/unknown/0..0", "without damage or casualties => injured/unknown/0..0"}},
	{"heroes are people", "The brigade said two of its heroes were martyred in the raid.", nil,
		[]string{"two of its heroes => killed/unknown/2..2"}},
	{"comrades are people", "Eleven of our brave comrades-in-arms were martyred when the post was shelled.", nil,
		[]string{"Eleven of our brave comrades => killed/unknown/11..11"}},
	{"martyring as a verb", "Enemy jets bombed the camp at dawn, martyring nine of our comrades and wounding six others.", nil,
		[]string{"nine of our comrades => killed/unknown/9..9", "six others => injured/unknown/6..6"}},
	{"executed people are killed", "The group said in a video that it had executed 40 prisoners taken in the fighting.", nil,
		[]string{"40 prisoners => killed/unknown/40..40"}},
	{"executed strikes are no toll", "Allied aircraft executed 12 strikes near the dam overnight.", nil,
		[]string{"12 strikes => strikes/unknown/12..12"}},
	{"a verb of several words past a relative clause", "Nine men who were seized at a checkpoint, east of the city, were beaten or shot to death, relatives said.", nil,
		[]string{"Nine men => killed/unknown/9..9"}},
	{"others with a fate of their own", "At least 20 people were killed in the shelling, and 40 others are still missing, officials said.", nil,
		[]string{"At least 20 people => killed/unknown/20..nil"}},
	{"migrants are civilians", "Between 30 and 45 migrants died when the shelter was bombed.", nil,
		[]string{"Between 30 and 45 migrants => killed/civilians/30..45"}},
	{"visitors are civilians", "Three visitors were wounded at the lakeside park.", nil,
		[]string{"Three visitors => injured/civilians/3..3"}},
	{"zero beside a toll", "No one was killed, but three guards were wounded.", nil,
		[]string{"three guards => injured/unknown/3..3", "No one was killed => killed/unknown/0..0"}},
	{"zero of one side", "The army said the rockets fell near the airport and caused no casualties among its soldiers.", nil, nil},
	{"zero of civilians by among", "Officials said there were no casualties among residents of the village.", nil,
		[]string{"no casualties => killed/civilians/0..0", "no casualties => injured/civilians/0..0"}},
	{"not a zero", "Nobody knows who flew the drone.", nil, nil},
	{"zero of civilians, two kinds", "The command said its review found that no civilians were wounded or killed in the raid.", nil,
		[]string{"no civilians were wounded or killed => killed/civilians/0..0", "no civilians were wounded or killed => injured/civilians/0..0"}},
	{"zero of a noun of civilians", "The school had closed for the holiday, so no pupils were hurt.", nil,
		[]string{"no pupils were hurt => killed/civilians/0..0", "no pupils were hurt => injured/civilians/0..0"}},
	{"zero of people", "Firefighters said no people were killed in the blaze at the depot.", nil,
		[]string{"no people were killed => killed/unknown/0..0"}},
	{"zero of a force is not the toll", "The ministry said no soldiers were killed when the shells landed.", nil, nil},
	{"consecutive strikes", "The bridge was hit by three successive air strikes before dawn.", nil,
		[]string{"three successive air strikes => strikes/unknown/3..3"}},
	{"ambulances destroyed", "Two ambulances were destroyed when the drone struck the car park.", nil,
		[]string{"Two ambulances => vehicles_destroyed/unknown/2..2"}},
	{"neighbours", "Three neighbours were wounded by falling masonry.", nil,
		[]string{"Three neighbours => injured/civilians/3..3"}},
	{"accounting for", "The jets bombed the position, accounting for six Daesh fighters, the ministry said.", nil,
		[]string{"six Daesh fighters => killed/militants/6..6"}},
	{"accounting for, not a toll", "Women and children, accounting for 12 of the 30 injured, were taken to hospital.", nil, nil},
	{"remain in hospital", "Medics said 14 people remain in hospital after the blast.", nil,
		[]string{"14 people => injured/unknown/14..14"}},
	{"more are in hospital", "Four farmers died at the scene and three more are still in hospital in Mosul.", nil,
		[]string{"Four farmers => killed/civilians/4..4", "three more => injured/civilians/3..3"}},
	{"were in hospital is a place without still", "Nurses who were in hospital at the time said two guards were killed.", nil,
		[]string{"two guards => killed/unknown/2..2"}},
	{"a wounded man who died is no wound of the toll", "The toll rose to five villagers overnight after an injured woman died in Kilis.", nil,
		[]string{"five villagers => killed/civilians/5..5"}},
	{"set fire to", "Militants stormed the depot and set fire to five tanker trucks before dawn.", nil,
		[]string{"five tanker trucks => vehicles_destroyed/unknown/5..5"}},
	{"opened fire on burns nothing", "Gunmen opened fire on two buses near the bridge.", nil, nil},
	{"a relative clause goes on past while and a participle", "Three militants who were spotted by drones while preparing to carry out an ambush near the dam were killed in the strike.", nil,
		[]string{"Three militants => killed/militants/3..3"}},
	{"while with a clause of its own ends the relative clause", "Two soldiers who were on patrol while the rockets fell were unhurt.", nil, nil},
	{"hospitalised", "Nine people were hospitalised with breathing problems.", nil,
		[]string{"Nine people => injured/unknown/9..9"}},
	{"a cue noun's bare object", "The explosion caused the deaths of 17, the governor said.", nil,
		[]string{"17 => killed/unknown/17..17"}},
	{"a risen toll keeps the group of the toll it raises", "Three farmers were killed at first; a fourth died in hospital overnight, bringing the toll to four.", nil,
		[]string{"Three farmers => killed/civilians/3..3", "a fourth => killed/civilians/1..1", "four => killed/civilians/4..4"}},
	{"a risen toll over a whole and its part", "Twenty people were killed, including five children, and the toll later rose to 24.", nil,
		[]string{"Twenty people => killed/unknown/20..20", "five children => killed/civilians/5..nil", "24 => killed/unknown/24..24"}},
	{"commander and his deputy", "The drone killed a Hezbollah commander and his deputy near the border.", nil,
		[]string{"a Hezbollah commander and his deputy => killed/militants/2..2"}},
	{"ordinal", "It was the 3rd strike this week and the first two helicopters returned.", nil, nil},
	{"clock", "The strikes took place at 1:12 A.M. local time.", nil, nil},
	{"no number", "The coalition denied that any strike took place.", nil, nil},
	{"resolution", "Resolution 2254 calls for a ceasefire.", nil, nil},
	{"24 hours", "almost exactly 24 hours after top Iranian general Qassem Soleimani was killed", nil, nil},
	// people killed at a civilian place are civilians (gold c31: "at least 23
	// people were killed at the bakery" -> civilians_killed [23, null])
	{"aside part", "At least 23 people, including 7 children, died when the strike hit the market.", nil,
		[]string{"At least 23 people => killed/civilians/23..nil", "7 children => killed/civilians/7..nil"}},
	{"people no place", "At least 23 people, including 7 children, died in the strike.", nil,
		[]string{"At least 23 people => killed/unknown/23..nil", "7 children => killed/civilians/7..nil"}},
	{"bare vehicles", "Warplanes struck 45 oil tankers, destroying 30.", nil,
		[]string{"45 oil tankers => vehicles_struck/unknown/45..45", "30 => vehicles_destroyed/unknown/30..30"}},
	{"of which", "The airstrikes hit 4 vehicles, 3 of which were destroyed.", nil,
		[]string{"4 vehicles => vehicles_struck/unknown/4..4", "3 of which => vehicles_destroyed/unknown/3..3"}},
	{"al- name", "U.S. forces killed 150 al-Shabaab fighters in a strike in Somalia.", nil,
		[]string{"150 al-Shabaab fighters => killed/militants/150..150"}},
	{"members of", "Twelve members of the Islamic State were killed.", nil, []string{"Twelve members => killed/militants/12..12"}},
	{"wounding dozens", "Russian jets pounded the town, killing 20 civilians and wounding dozens.", nil,
		[]string{"20 civilians => killed/civilians/20..20", "dozens => injured/civilians/24..nil~"}},
	{"singular medic", "The bombing of the hospital killed at least one doctor.", nil, []string{"at least one doctor => killed/medics/1..nil"}},
	{"age compound", "The attack killed a 12-year-old boy and his father.", nil,
		[]string{"a 12-year-old boy and his father => killed/civilians/2..2"}},
	{"displaced", "The UN said 300,000 people had been displaced.", nil, nil},
	{"targets", "Israel said it struck 150 targets.", nil, nil},
	{"arrested", "Police said 2 suspects were arrested.", nil, nil},
	{"decimal million", "The Pentagon said 1.2 million people had fled.", nil, nil},
	{"bare both", "Casualties included 14 dead and 31 injured.", nil,
		[]string{"14 => killed/unknown/14..14", "31 => injured/unknown/31..31"}},
	{"bare were", "Two civilians were killed and three were injured.", nil,
		[]string{"Two civilians => killed/civilians/2..2", "three => injured/civilians/3..3"}},
	{"convoy of", "The convoy of 30 vehicles was struck near Taji.", nil, []string{"30 vehicles => vehicles_struck/unknown/30..30"}},
	{"of them aside", "Sixteen civilians, five of them children, were killed in the raid.", nil,
		[]string{"Sixteen civilians => killed/civilians/16..16", "five of them children => killed/children/5..5"}},
	{"among them", "The raids killed 16 civilians, among them 5 children.", nil,
		[]string{"16 civilians => killed/civilians/16..16", "5 children => killed/children/5..5"}},
	{"dozens bare", "Dozens were killed when the market was hit.", nil, []string{"Dozens => killed/civilians/24..nil~"}},
	{"civilian place but militants", "The strike on the house killed 12 people, among them 4 fighters.", nil,
		[]string{"12 people => killed/unknown/12..12", "4 fighters => killed/militants/4..4"}},
	{"aux bare after name", "Officials said 3 Americans were killed.", nil, []string{"3 Americans => killed/unknown/3..3"}},
	{"decimal thousand", "The strikes killed 1.5 thousand fighters.", nil, []string{"1.5 thousand fighters => killed/militants/1500..1500"}},
	{"million", "Bombing killed 4.7 million people.", nil, []string{"4.7 million people => killed/unknown/4700000..4700000"}},
	{"lives", "The strike claimed the lives of 15 civilians.", nil, []string{"15 civilians => killed/civilians/15..15"}},
	{"bodies", "Rescuers recovered 30 bodies from the rubble.", nil, []string{"30 bodies => killed/unknown/30..30"}},
	{"family", "Eleven members of one family were killed.", nil, []string{"Eleven members => killed/civilians/11..11"}},
	{"article commander", "The raid killed an ISIS commander.", nil, []string{"an ISIS commander => killed/militants/1..1"}},
	{"dozens of airstrikes", "Russian jets carried out dozens of airstrikes.", nil, []string{"dozens of airstrikes => strikes/unknown/24..nil~"}},
	{"campaign total", "The coalition has conducted more than 14,000 strikes since 2014.", nil, nil},
	{"so far", "Airstrikes have killed 300 civilians so far, Airwars says.", nil, nil},
	{"since weekday kept", "Strikes have killed 12 civilians since Friday.", nil, []string{"12 civilians => killed/civilians/12..12"}},
	{"headline caps", "Strike Kills 12 Civilians in Idlib", nil, []string{"12 Civilians => killed/civilians/12..12"}},

	// ---- forms added for other outlets: one row per rule
	{"burning out", "Drones struck the convoy, killing two fighters and burning out three vehicles.", nil,
		[]string{"two fighters => killed/militants/2..2", "three vehicles => vehicles_destroyed/unknown/3..3"}},
	{"noun list", "Over 40 pickups, fuel tankers and armoured cars were destroyed on the desert road.", nil,
		[]string{"Over 40 pickups, fuel tankers and armoured cars => vehicles_destroyed/unknown/41..nil"}},
	{"noun list number ends", "Jets destroyed 12 trucks and 3 tankers.", nil,
		[]string{"12 trucks and 3 tankers => vehicles_destroyed/unknown/15..15"}},
	{"destroyed list article", "Two strikes destroyed three bunkers and a Daesh truck.", nil,
		[]string{"Two strikes => strikes/unknown/2..2", "a Daesh truck => vehicles_destroyed/unknown/1..1"}},
	{"label range", "- Civilians killed: 7 to 12", nil, []string{"7 to 12 => killed/civilians/7..12"}},
	{"label bare", "Wounded: at least 15", nil, []string{"at least 15 => injured/unknown/15..nil"}},
	{"label vehicles", "Vehicles destroyed: 4", nil, []string{"4 => vehicles_destroyed/unknown/4..4"}},
	{"label not at start", "He said killed: 4", nil, nil},
	{"family of", "Neighbours said a family of seven died when the roof collapsed.", nil, []string{"seven => killed/civilians/7..7"}},
	{"brothers", "The drone killed two brothers on a motorbike.", nil, []string{"two brothers => killed/unknown/2..2"}},
	{"destruction of", "The ministry reported the destruction of more than 30 vehicles.", nil,
		[]string{"more than 30 vehicles => vehicles_destroyed/unknown/31..nil"}},
	{"deaths of", "Medics confirmed the deaths of nine civilians.", nil, []string{"nine civilians => killed/civilians/9..9"}},
	{"death of", "The monitor documented the death of 21 civilians.", nil, []string{"21 civilians => killed/civilians/21..21"}},
	{"martyrdom of", "The raid caused the martyrdom of two civilians.", nil, []string{"two civilians => killed/civilians/2..2"}},
	{"drivers are civilians", "The jets killed two drivers.", nil, []string{"two drivers => killed/civilians/2..2"}},
	{"companions of a leader", "The strike killed the emir and two of his aides.", nil, []string{"two of his aides => killed/unknown/3..3"}},
	{"death toll of", "Local officials gave a death toll of 17.", nil, []string{"17 => killed/unknown/17..17"}},
	{"toll rose", "By evening the toll had risen to 42.", nil, []string{"42 => killed/unknown/42..42"}},
	{"killing at least including", "The jets bombed a wedding party, killing at least 14, including six children.", nil,
		[]string{"at least 14 => killed/civilians/14..nil", "six children => killed/civilians/6..nil"}},
	{"dead and wounded", "The blast left 14 dead and 20 wounded.", nil,
		[]string{"14 => killed/unknown/14..14", "20 => injured/unknown/20..20"}},
	// "nearly/almost N" is an estimate near N, like "about": N..N approx
	// (not ..N-1, which would read it as a bound)
	{"nearly", "Nearly 50 militants were killed.", nil, []string{"Nearly 50 militants => killed/militants/50..50~"}},
	{"a further", "A further 75 fighters were killed in a second raid.", nil, []string{"75 fighters => killed/militants/75..75"}},
	{"number words thousands", "Officials said two thousand four hundred and six fighters were killed.", nil,
		[]string{"two thousand four hundred and six fighters => killed/militants/2406..2406"}},
	{"one of them a child", "Four passengers died, one of them a child.", nil,
		[]string{"Four passengers => killed/unknown/4..4", "one of them a child => killed/civilians/1..1"}},
	{"definite vehicle", "The missile destroyed the truck outside the town.", nil, []string{"the truck => vehicles_destroyed/unknown/1..1"}},
	{"clause start vehicle", "Two occupants killed; car destroyed.", nil,
		[]string{"Two occupants => killed/unknown/2..2", "car => vehicles_destroyed/unknown/1..1"}},
	{"definite after count", "Jets destroyed two trucks; the truck was burned.", nil, []string{"two trucks => vehicles_destroyed/unknown/2..2"}},
	{"kin with an age", "A woman and her nine-year-old son were killed.", nil,
		[]string{"A woman and her nine-year-old son => killed/civilians/2..2"}},
	{"kin before the verb", "A man, his wife and their three children were killed.", nil,
		[]string{"A man, his wife and their three children => killed/civilians/5..5"}},
	{"an occupation among the dead", "Police said a baker was among those killed.", nil,
		[]string{"a baker => killed/civilians/1..1"}},
	{"definite after auxiliaries", "Witnesses said the pickup had been completely destroyed.", nil,
		[]string{"the pickup => vehicles_destroyed/unknown/1..1"}},
	// the one vehicle struck, then destroyed, is one vehicle destroyed
	{"definite destroys the vehicle struck", "The drone hit a car on the highway, burning the car.", nil,
		[]string{"a car => vehicles_destroyed/unknown/1..1"}},
	{"definite after two struck", "The drone hit two cars on the highway, burning the car.", nil,
		[]string{"two cars => vehicles_struck/unknown/2..2"}},
	{"of the dead were", "Three of the dead were shepherds, elders said.", nil, []string{"Three of the dead were shepherds => killed/civilians/3..3"}},
	{"of the dead no group", "Two of the dead were identified.", nil, nil},
	{"number of dead at", "The monitor put the number of dead civilians at 27.", nil, []string{"number of dead civilians at 27 => killed/civilians/27..27"}},
	{"toll at", "Rescuers put the toll at 19.", nil, []string{"toll at 19 => killed/unknown/19..19"}},
	// "put" sets the count however long the phrase that says what is counted
	{"put the number far from at", "A rights group puts the number killed in the three villages shelled that morning at 41.", nil,
		[]string{"number killed in the three villages shelled that morning at 41 => killed/unknown/41..41"}},
	{"long phrase without put", "The number killed in the three villages shelled that morning at dawn was high.", nil, nil},
	{"militants destroyed", "Up to 30 terrorists, two tanks and a depot were destroyed.", nil,
		[]string{"Up to 30 terrorists => killed/militants/nil..30", "two tanks => vehicles_destroyed/unknown/2..2"}},
	{"destruction of terrorists", "Data confirm the destruction of over 50 terrorists and four pick-up trucks.", nil,
		[]string{"over 50 terrorists => killed/militants/51..nil", "four pick-up trucks => vehicles_destroyed/unknown/4..4"}},
	{"civilians not destroyed", "The shelling destroyed 12 homes and 3 civilians were hurt.", nil,
		[]string{"3 civilians => injured/civilians/3..3"}},
	{"quoted object", "The army said it destroyed \"a convoy of fighters and six of their trucks\", killing 30 of them.", nil,
		[]string{"six of their trucks => vehicles_destroyed/unknown/6..6", "30 of them => killed/unknown/30..30"}},
	{"quoted figure", "Officials said \"more than 20\" gunmen were killed.", nil, []string{"more than 20\" gunmen => killed/militants/21..nil"}},
	{"bare after part", "At least 23 people were killed, seven of them children, and dozens were wounded.", nil,
		[]string{"At least 23 people => killed/unknown/23..nil", "seven of them children => killed/civilians/7..nil", "dozens => injured/unknown/24..nil~"}},
	{"apposition not a list", "The strike killed 7 people, mostly women and children.", nil, []string{"7 people => killed/unknown/7..7"}},
	{"personnel carriers", "Jets destroyed three armoured personnel carriers and two T-72 tanks.", nil,
		[]string{"three armoured personnel carriers and two T-72 tanks => vehicles_destroyed/unknown/5..5"}},
	{"servicemen", "Two servicemen were wounded in the attack.", nil, []string{"Two servicemen => injured/unknown/2..2"}},
	{"quoted cue word", "The ministry said five gunmen were \"neutralized\" in the hills.", nil, []string{"five gunmen => killed/militants/5..5"}},
	{"wounded then died", "A woman wounded in the shelling of the market died in hospital on Friday.", nil, []string{"A woman => killed/civilians/1..1"}},
	{"wounded and still alive", "A woman wounded in the shelling of the market is in hospital.", nil, []string{"A woman => injured/civilians/1..1"}},
	{"including a civilian", "The drone killed four people, including a civilian.", nil,
		[]string{"four people => killed/unknown/4..4", "a civilian => killed/civilians/1..1"}},
	// ---- one more person, kin and companions, compound nouns, roll-ups
	{"wounding a third", "Shelling hit a minibus, killing two passengers and wounding a third.", nil,
		[]string{"a minibus => vehicles_struck/unknown/1..1", "two passengers => killed/unknown/2..2", "a third => injured/unknown/1..1"}},
	{"a fourth man", "Three farmers died at the scene and a fourth man was wounded.", nil,
		[]string{"Three farmers => killed/civilians/3..3", "a fourth man => injured/unknown/1..1"}},
	{"another", "The blast killed four soldiers and injured another.", nil,
		[]string{"four soldiers => killed/unknown/4..4", "another => injured/unknown/1..1"}},
	{"a third of no person", "Jets struck a second depot, and a third of the garrison fled.", nil, nil},
	{"another two", "Another two strikes hit the bridge.", nil, []string{"two strikes => strikes/unknown/2..2"}},
	{"forward cue of", "The shelling caused the death of three residents and the injury of five others.", nil,
		[]string{"three residents => killed/civilians/3..3", "five others => injured/civilians/5..5"}},
	{"died of", "Two soldiers died of their wounds and three were hurt.", nil,
		[]string{"Two soldiers => killed/unknown/2..2", "three => injured/unknown/3..3"}},
	{"others after a vehicle", "The raid caused the death of two civilians, the owners of three of the cars, and the wounding of six others.", nil,
		[]string{"two civilians => killed/civilians/2..2", "six others => injured/civilians/6..6"}},
	{"named and companions", "Omar al-Khatib and four of his companions were killed in the raid.", nil,
		[]string{"four of his companions => killed/unknown/5..5"}},
	{"named militant and companions", "The raid killed the Daesh \"emir\" of the town and five of his guards.", nil,
		[]string{"five of his guards => killed/militants/6..6"}},
	{"agent is not the person", "ISIS gunmen killed a shepherd, Ali Hamad, and two of his sons.", nil,
		[]string{"a shepherd, Ali Hamad, and two of his sons => killed/civilians/3..3"}},
	{"a person and the people accompanying him", "A regional commander of the movement and three guards accompanying him were killed when the drone hit their car.", nil,
		[]string{"three guards => killed/unknown/4..4", "their car => vehicles_struck/unknown/1..1"}},
	{"named and his bodyguards", "The drone killed Salim Haddad and his two bodyguards outside Sirte.", nil,
		[]string{"his two bodyguards => killed/unknown/3..3"}},
	{"article and companions", "The strike killed an ISIS commander and three of his aides.", nil,
		[]string{"an ISIS commander and three of his aides => killed/militants/4..4"}},
	{"along with", "She was wounded along with three relatives when the house was shelled.", nil,
		[]string{"three relatives => injured/civilians/4..4"}},
	{"along with a person after an aside", "Six gunmen died, the police said, along with a 45-year-old shopkeeper.", nil,
		[]string{"Six gunmen died, the police said, along with a 45-year-old shopkeeper => killed/unknown/7..7", "a 45-year-old shopkeeper => killed/civilians/1..1"}},
	{"comrades in arms joined to a civilian", "Three of our brave comrades in arms and one civilian driver were martyred at the checkpoint.", nil,
		[]string{"Three of our brave comrades in arms and one civilian driver => killed/unknown/4..4", "one civilian driver => killed/civilians/1..1"}},
	{"taken to hospital with burns are injured", "Two guards were rushed to the district hospital with burns after the blast.", nil,
		[]string{"Two guards => injured/unknown/2..2"}},
	{"a schoolteacher among the dead", "Two people died in the shelling, among them a schoolteacher, the mayor said.", nil,
		[]string{"Two people => killed/unknown/2..2", "a schoolteacher => killed/civilians/1..nil"}},
	{"a civilian driver among the dead is exact", "The raid killed four people, among them a civilian driver.", nil,
		[]string{"four people => killed/unknown/4..4", "a civilian driver => killed/civilians/1..1"}},
	{"along with not singular", "Five fighters were killed along with two civilians.", nil,
		[]string{"Five fighters were killed along with two civilians => killed/unknown/7..7", "two civilians => killed/civilians/2..2"}},
	{"a man and his sons", "The missile killed a man and his three sons.", nil,
		[]string{"a man and his three sons => killed/unknown/4..4"}},
	{"family list", "Shelling killed a woman, her husband and their four children near Dara'a.", nil,
		[]string{"a woman, her husband and their four children => killed/civilians/6..6"}},
	{"kin alone", "His son was killed in the raid.", nil, nil},
	{"compound job noun", "The strike killed three farm labourers and two aid workers.", nil,
		[]string{"three farm labourers and two aid workers => killed/civilians/5..5"}},
	{"soldiers and a civilian make one total", "Mortar fire on the outpost killed four of its soldiers and a civilian, the ministry said.", nil,
		[]string{"four of its soldiers and a civilian => killed/unknown/5..5", "a civilian => killed/civilians/1..1"}},
	{"a pair summed, not a part of a whole", "Nine people died, among them two policemen and a teacher.", nil,
		[]string{"Nine people => killed/unknown/9..9", "two policemen => killed/unknown/2..2"}},
	{"an initialism before the noun", "Three U.S. soldiers were hurt when the drone hit the pier.", nil,
		[]string{"Three U.S. soldiers => injured/unknown/3..3"}},
	{"elements are people", "Our artillery struck the firing points and 27 regime elements were neutralised.", nil,
		[]string{"27 regime elements => killed/unknown/27..27"}},
	{"vehicle noun before people", "Jets killed four oil-tanker drivers and two bus passengers.", nil,
		[]string{"four oil-tanker drivers => killed/civilians/4..4", "four oil-tanker drivers and two bus passengers => killed/unknown/6..6"}},
	{"parts listed", "Ten civilians, among them three women and four children, died.", nil,
		[]string{"Ten civilians => killed/civilians/10..10", "three women => killed/civilians/3..3", "four children => killed/children/4..4"}},
	{"along with his", "The drone killed the commander along with his two sons.", nil,
		[]string{"the commander along with his two sons => killed/unknown/3..3"}},
	{"roll up women and children", "Two women and three children were killed when the shell hit.", nil,
		[]string{"Two women and three children => killed/civilians/5..5"}},
	{"no roll up of parts", "The raid killed nine civilians, including two women and three children.", nil,
		[]string{"nine civilians => killed/civilians/9..9", "two women => killed/civilians/2..2", "three children => killed/children/3..3"}},
	{"no roll up across groups", "Four militants and two children were killed.", nil,
		[]string{"Four militants => killed/militants/4..4", "two children => killed/children/2..2"}},
	{"long aside", "Five civilians, among them a well-known shopkeeper and his 4-year-old grandson, were killed.", nil,
		[]string{"Five civilians => killed/civilians/5..5"}},
	{"apposition of a part", "Twelve people, women among them, were killed and 30 wounded.", nil,
		[]string{"Twelve people => killed/unknown/12..12", "30 => injured/unknown/30..30"}},
	{"apposition", "Two herders, a father and his son, were killed by the drone.", nil,
		[]string{"Two herders => killed/civilians/2..2"}},
	{"of them without a figure before", "The army said it shelled their hideouts and killed 25 of them.", nil,
		[]string{"25 of them => killed/unknown/25..25"}},
	{"of them after militants named", "The ministry said its jets hit \"hideouts of the terrorist gangs\" and killed 25 of them.", nil,
		[]string{"25 of them => killed/militants/25..25"}},
	{"of our", "The statement mourned the martyrdom of four of our fighters.", nil,
		[]string{"four of our fighters => killed/militants/4..4"}},
	{"family its members", "The jets bombed the home of a displaced family, killing six of its members.", nil,
		[]string{"six of its members => killed/civilians/6..6"}},
	{"number risen to", "The number of civilians killed in Monday's shelling of the town has risen to 31, medics said.", nil,
		[]string{"31 => killed/civilians/31..31"}},
	{"number of wounded rose", "The number of wounded rose to 12.", nil, []string{"12 => injured/unknown/12..12"}},
	{"civilian vehicle", "The drone hit a civilian car, killing three people.", nil,
		[]string{"a civilian car => vehicles_struck/unknown/1..1", "three people => killed/civilians/3..3"}},
	{"destroyed list with commas", "The raid destroyed four depots the group had built, two mortar positions and a pickup.", nil,
		[]string{"a pickup => vehicles_destroyed/unknown/1..1"}},
	{"and a civilian", "The raid killed two gunmen and a bystander.", nil,
		[]string{"two gunmen => killed/militants/2..2", "a bystander => killed/civilians/1..1"}},
	{"list of the verb goes on", "The strike killed three fighters and a civilian.", nil,
		[]string{"three fighters => killed/militants/3..3", "a civilian => killed/civilians/1..1"}},
	{"relative clause", "A truck that was carrying fighters along the river road, 12 km east of the town, was destroyed by the drone.", nil,
		[]string{"A truck => vehicles_destroyed/unknown/1..1"}},
	{"vehicles part", "The raids destroyed 11 vehicles, including four booby-trapped trucks.", nil,
		[]string{"11 vehicles => vehicles_destroyed/unknown/11..11"}},
	{"hyphenated modifier", "Helicopters destroyed a booby-trapped car and two explosive-laden trucks.", nil,
		[]string{"a booby-trapped car and two explosive-laden trucks => vehicles_destroyed/unknown/3..3"}},
	{"relative clause object", "Jets hit a car which was parked outside, killing 4 people.", nil,
		[]string{"a car => vehicles_struck/unknown/1..1", "4 people => killed/unknown/4..4"}},
	{"bodies at a market", "Medics said 17 bodies were pulled from the ruined market.", nil,
		[]string{"17 bodies => killed/civilians/17..17"}},

	// ---- round six: singular civilian nouns, ages, restrictive clauses, kin
	{"singular civilian noun", "Witnesses said a farmer tending his olive trees was wounded by shrapnel.", nil,
		[]string{"a farmer => injured/civilians/1..1"}},
	{"singular civilian and kin", "The jets killed a herder and his four sons near the well.", nil,
		[]string{"a herder and his four sons => killed/civilians/5..5"}},
	{"age compound after article", "A nine-year-old girl was hurt when the shell landed.", nil,
		[]string{"A nine-year-old girl => injured/children/1..1"}},
	{"restrictive relative clause", "A teacher who was walking home about 300 metres from the school was killed.", nil,
		[]string{"A teacher => killed/civilians/1..1"}},
	{"restrictive clause other subject", "A doctor who said 14 people were killed spoke to reporters.", nil,
		[]string{"14 people => killed/unknown/14..14"}},
	{"aged aside", "A man and his two daughters, aged 4 and 6, were killed in the raid.", nil,
		[]string{"A man and his two daughters => killed/unknown/3..3"}},
	{"kin of a civilian noun", "Shelling killed a woman and her three sons in the village.", nil,
		[]string{"a woman and her three sons => killed/civilians/4..4"}},
	{"children among a total of no group", "Four men died in the car, one of them a 14-year-old boy.", nil,
		[]string{"Four men => killed/unknown/4..4", "one of them a 14-year-old boy => killed/civilians/1..1"}},
	{"children among people at a civilian place", "The raid on the clinic killed nine people, three of them children.", nil,
		[]string{"nine people => killed/civilians/9..9", "three of them children => killed/civilians/3..nil"}},
	{"a possessor before the size", "Twelve of the column's 40 lorries were destroyed.", nil,
		[]string{"Twelve of the column's 40 lorries => vehicles_destroyed/unknown/12..12"}},
	{"a toll restated with who the dead were", "The provincial governor said the three were civilians.", []model.Count{killedN(3)},
		[]string{"the three were civilians => killed/civilians/3..3"}},
	{"a toll restated with its noun", "All four dead were fighters of the group, the army said.", []model.Count{killedN(4)},
		[]string{"All four dead were fighters => killed/militants/4..4"}},
	{"a restated number with no toll before", "The three were civilians.", []model.Count{killedN(5)}, nil},
	{"a possessive before one vehicle a verb destroyed", "The drone killed two gunmen near the dam and destroyed their pickup.", nil,
		[]string{"two gunmen => killed/militants/2..2", "their pickup => vehicles_destroyed/unknown/1..1"}},
	{"a possessive before one vehicle with no verb on it", "The two gunmen left their pickup by the dam.", nil, nil},
	{"a part of the toll told before, named by its number", "A village elder said two of the five were shepherds.", []model.Count{killedN(5)},
		[]string{"two of the five were shepherds => killed/civilians/2..2"}},
	{"a part of a number that is no toll told before", "Two of the five were shepherds.", []model.Count{killedN(7)}, nil},
	{"the dead restated need no toll before", "The elder said the two dead were farmers from the village.", nil,
		[]string{"the two dead were farmers => killed/civilians/2..2"}},
	{"a restated toll in its own sentence", "A strike killed three people, and the three were civilians, the mayor said.", nil,
		[]string{"three people => killed/civilians/3..3"}},
	{"children among civilians stay children", "Eight civilians died, three of them children.", nil,
		[]string{"Eight civilians => killed/civilians/8..8", "three of them children => killed/children/3..3"}},
	{"subject of was one of them", "The raid killed five men, and neighbours said a young girl was one of them.", nil,
		[]string{"five men => killed/unknown/5..5", "one of them => killed/civilians/1..1"}},
	{"and n other people", "The blast killed a local official of the ruling party and three other people.", nil,
		[]string{"a local official of the ruling party and three other people => killed/unknown/4..4"}},
	{"and n others summed", "Mortar fire killed two policemen and four others on Sunday.", nil,
		[]string{"two policemen and four others => killed/unknown/6..6"}},
	{"others with a place between", "Jets destroyed 20 trucks near the border and 15 others outside the town.", nil,
		[]string{"20 trucks => vehicles_destroyed/unknown/20..20", "15 others => vehicles_destroyed/unknown/15..15"}},
	{"toll of the strikes", "The death toll from the air raids on the port has risen to 17, the ministry said.", nil,
		[]string{"17 => killed/unknown/17..17"}},
	{"toll with a long subject", "The death toll of the raids that hit a depot and a camp on the edge of the city, in the north of the province, before dawn on Friday has risen to 9, medics said.", nil,
		[]string{"9 => killed/unknown/9..9"}},
	{"subject joined to things not counted", "Nine trucks, among them two fuel tankers, and four storage sheds were burned.", nil,
		[]string{"Nine trucks => vehicles_destroyed/unknown/9..9"}},
	{"second subject with its own verb", "Drones hit six trucks and two bridges were destroyed.", nil,
		[]string{"six trucks => vehicles_struck/unknown/6..6"}},
	{"kin object of a verb", "The shell killed two farmers and wounded their uncle.", nil,
		[]string{"two farmers => killed/civilians/2..2", "their uncle => injured/unknown/1..1"}},
	{"kin subject no figure", "Her husband was wounded in the raid.", nil, nil},
	{"relatives of the dead", "Reporters met four relatives of the dead at the hospital.", nil, nil},
	{"age after a name", "Omar Saleh, 45, a baker, died of his wounds on Monday.", nil, nil},
	{"a guard and others", "The explosion at the depot killed a guard and wounded nine others.", nil,
		[]string{"a guard => killed/unknown/1..1", "nine others => injured/unknown/9..9"}},
	{"them after vehicles named uncounted", "Jets struck a column of fuel trucks on the highway, and at least four of them were destroyed.", nil,
		[]string{"at least four of them => vehicles_destroyed/unknown/4..nil"}},
	{"them after a verb on vehicles", "Gunships fired on the pickups with rockets, burning three of them.", nil,
		[]string{"three of them => vehicles_destroyed/unknown/3..3"}},
	{"them after people is not vehicles", "The drone hit the trucks' drivers as they slept, and two of them were burned.", nil, nil},
	{"them with no cue", "The convoy had 30 trucks; ten of them were empty.", nil, nil},
	{"article after a cue noun's of", "The raid led to the killing of four gunmen and the destruction of a truck.", nil,
		[]string{"four gunmen => killed/militants/4..4", "a truck => vehicles_destroyed/unknown/1..1"}},
	{"article after the martyrdom of", "The attack caused the martyrdom of a fighter, the brigade said.", nil,
		[]string{"a fighter => killed/militants/1..1"}},

	// ---- round ten: speakers are not the dead, one of all, singular nouns
	{"speakers before a toll", "Three nurses told us the patients had been killed in their beds.", nil, nil},
	{"speakers before a figure of their own", "Two medics told reporters nine people died in the raid.", nil,
		[]string{"nine people => killed/unknown/9..9"}},
	{"passive speech verb keeps the dead", "Six men were said to have been killed near the dam.", nil,
		[]string{"Six men => killed/unknown/6..6"}},
	{"relative clause with speech verb", "Mourners buried five herders, among them a boy, who their families say were killed at dawn.", nil,
		[]string{"five herders => killed/civilians/5..5", "a boy => killed/children/1..1"}},
	{"copula one of all", "Samir was one of six labourers killed by the shelling.", nil,
		[]string{"one of six labourers => killed/civilians/6..6"}},
	{"subject one of all stays one", "One of six labourers was killed by the shelling.", nil,
		[]string{"One of six labourers => killed/civilians/1..1"}},
	{"ordinal singular passenger", "A fourth passenger was hurt, the hospital said.", nil,
		[]string{"A fourth passenger => injured/unknown/1..1"}},
	{"injury of a third", "The blast caused the death of two guards and the injury of a third.", nil,
		[]string{"two guards => killed/unknown/2..2", "a third => injured/unknown/1..1"}},
	{"singular motorcycle", "The drone killed a rider and destroyed a motorcycle near the bridge.", nil,
		[]string{"a motorcycle => vehicles_destroyed/unknown/1..1"}},
	{"part of the toll before by identity", "Eleven of them were farmers, the council said.",
		[]model.Count{{Kind: "killed", Group: "unknown", Min: model.IntPtr(18), Max: model.IntPtr(18)}},
		[]string{"Eleven of them were farmers => killed/civilians/11..11"}},
	{"part of the wounded before by identity", "Three of them are children.",
		[]model.Count{{Kind: "injured", Group: "unknown", Min: model.IntPtr(9), Max: model.IntPtr(9)}},
		[]string{"Three of them are children => injured/children/3..3"}},
	{"them with no identity", "Six of them were at the wheel.",
		[]model.Count{{Kind: "killed", Group: "unknown", Min: model.IntPtr(18), Max: model.IntPtr(18)}}, nil},
	{"them with no toll before", "Eleven of them were farmers.", nil, nil},

	// ---- round fourteen: labels with notes, "N+", "eliminated", "others" first, appositions
	{"label with a reporting word", "Civilians reported wounded: 7-10", nil,
		[]string{"7-10 => injured/civilians/7..10"}},
	{"label with a note in brackets", "Civilian deaths (monitor's count): 2 to 4", nil,
		[]string{"2 to 4 => killed/civilians/2..4"}},
	{"label with total and reporting word", "Total deaths confirmed: 12", nil,
		[]string{"12 => killed/unknown/12..12"}},
	{"label with an open end", "Injured: 15+", nil, []string{"15 => injured/unknown/15..nil"}},
	{"plus between numbers is not open", "The score was 4+1 at the end.", nil, nil},
	{"eliminated people", "The ministry said as many as 9 gunmen were eliminated.", nil,
		[]string{"as many as 9 gunmen => killed/militants/nil..9"}},
	{"eliminated is not a vehicle count", "Two launchers were eliminated in the raid.", nil, nil},
	{"others opening a sentence", "Nine others were injured as the roof fell in.", nil,
		[]string{"Nine others => injured/unknown/9..9"}},
	{"others with no toll", "Five others stayed behind.", nil, nil},
	{"apposition restates the civilians", "The shells killed four civilians, two women and two children.", nil,
		[]string{"four civilians => killed/civilians/4..4"}},
	{"list after a comma that is no apposition", "The shells killed two civilians, two women and three children.", nil,
		[]string{"two civilians, two women and three children => killed/civilians/7..7"}},

	// ---- round fifteen: revised tolls, "is N", quoted nouns, measure words
	{"toll revised on a day to N", "The provincial toll was revised on Tuesday to 41.", nil,
		[]string{"41 => killed/unknown/41..41"}},
	{"number of people revised to N", "The council revised the number of people it believes were killed in the shelling to 26.", nil,
		[]string{"26 => killed/unknown/26..26"}},
	{"the dead brought to N", "A porter died overnight, bringing the dead to three.", nil,
		[]string{"three => killed/unknown/3..3"}},
	{"number of wounded is N", "By evening the number of wounded was 57.", nil,
		[]string{"number of wounded was 57 => injured/unknown/57..57"}},
	{"revised with no toll", "The plan was revised on Tuesday to 41 pages.", nil, nil},
	{"quoted noun after the figure", `The channel said 60 "occupation soldiers" had been killed.`, nil,
		[]string{`60 "occupation soldiers => killed/unknown/60..60`}},
	{"injury count rises with a late cue", "The number of marines treated for concussions and brain injuries since the barrage has risen to 34.", nil,
		[]string{"34 => injured/unknown/34..34"}},
	{"measure word before vehicles", "Nine units of armoured and utility vehicles were destroyed.", nil,
		[]string{"Nine units of armoured and utility vehicles => vehicles_destroyed/unknown/9..9"}},

	// ---- round twenty-two: passers-by, contractors, people of no group summed
	{"a passer-by in a list", "Witnesses said a baker and a passer-by were hurt by flying glass.", nil,
		[]string{"a baker and a passer => injured/civilians/2..2"}},
	{"passers-by", "Three passers-by died when the mortar round landed.", nil,
		[]string{"Three passers => killed/civilians/3..3"}},
	{"people of no group joined by and are summed", "The mortar round wounded six guards and two soldiers at the depot.", nil,
		[]string{"six guards and two soldiers => injured/unknown/8..8"}},
	{"contractors count", "Four contractors were wounded when the rocket hit the hangar.", nil,
		[]string{"Four contractors => injured/unknown/4..4"}},

	// ---- round twenty-two, second round: own counts, colon breakdowns, "both"
	{"a source's own count after a comma aside", "The rights group's own count, drawn from morgue records in two towns, is 27.", []model.Count{killedN(19)},
		[]string{"count, drawn from morgue records in two towns, is 27 => killed/unknown/27..27"}},
	{"our own count is", "Officials spoke of five deaths; our own count is seven.", []model.Count{killedN(5)},
		[]string{"five => killed/unknown/5..5", "count is seven => killed/unknown/7..7"}},
	{"a count with nothing counted before is no figure", "The count, he added, is 40.", nil, nil},
	{"a vote count is no toll", "The vote count, after a recount, is 40.", []model.Count{killedN(5)}, nil},
	{"a colon breakdown by group", "The shelling killed five people: the two gunmen and three passers-by.", nil,
		[]string{"five people => killed/unknown/5..5", "two gunmen => killed/militants/2..2", "three passers => killed/civilians/3..3"}},
	{"a colon breakdown with a person named by the", "The raid wounded three people: two guards and the driver.", nil,
		[]string{"three people => injured/unknown/3..3", "two guards => injured/unknown/2..2", "the driver => injured/civilians/1..1"}},
	{"a colon list that does not add up is left alone", "The shelling killed six people: the two gunmen and three passers-by.", nil,
		[]string{"six people => killed/unknown/6..6"}},
	{"both before people a cue acts on", "The second missile killed both brothers as they ran.", nil,
		[]string{"both brothers => killed/unknown/2..2"}},
	{"both after the verb's subject", "Both farmers were wounded by shrapnel.", nil,
		[]string{"Both farmers => injured/civilians/2..2"}},
	{"both coordinating two groups is no figure", "Both soldiers and villagers were killed in the shelling.", nil, nil},
	{"raised it to a new toll", "Rescuers put the toll at three, then raised it to seven.", nil,
		[]string{"toll at three => killed/unknown/3..3", "seven => killed/unknown/7..7"}},
	{"the verb before the figure, another verb with a bare object after", "The group said its men had killed five guards and wounded others at the checkpoint.", nil,
		[]string{"five guards => killed/unknown/5..5"}},
	{"the verb before a quoted head, another verb after", "Its statement said the fighters had killed nine \"apostate soldiers\" and wounded many.", nil,
		[]string{"nine \"apostate soldiers => killed/unknown/9..9"}},
	{"a second verb with an article object", "The drone killed four farmers and wounded a boy near the well.", nil,
		[]string{"four farmers => killed/civilians/4..4", "a boy => injured/children/1..1"}},
	{"the person a passive cue tells of", "Two women were killed and the driver was injured when the drone hit the minibus.", nil,
		[]string{"Two women => killed/civilians/2..2", "the driver => injured/civilians/1..1"}},
	{"the person already in a toll of the kind", "Three people were killed, and the driver was killed on the spot.", nil,
		[]string{"Three people => killed/unknown/3..3"}},
	{"children among a bare toll with a civilian place", "The toll from the shelling of the market has risen to 19, among them seven children.", nil,
		[]string{"19 => killed/civilians/19..19", "seven children => killed/civilians/7..nil"}},
	{"the wounding of one person", "The army regretted the wounding of the shepherd during the raid.", nil,
		[]string{"the shepherd => injured/civilians/1..1"}},
	// ---- a long toll subject gives a headed figure its cue (written for these tests)
	{"number killed with a long subject has risen to a group", "The number of people killed when rockets fell on the port of Tartus in the province's south on Monday night has risen to 9 fishermen, the ministry said.", nil,
		[]string{"9 fishermen => killed/civilians/9..9"}},
	{"death toll with an apposition has climbed to a group", "The death toll from the shelling of a camp near Kobani, a town on the northern border, has climbed to 27 civilians, the governor said.", nil,
		[]string{"27 civilians => killed/civilians/27..27"}},
	{"a figure that no toll subject sets stays uncounted", "The convoy that left the depot on the edge of the town before dawn on Monday has grown to 12 trucks.", nil, nil},
	// ---- a revision verb before the toll it sets (written for these tests)
	{"raised to N the number of people killed", "The ministry on Friday raised to nine the number of people killed in the raid on the village.", nil,
		[]string{"nine => killed/unknown/9..9"}},
	{"lowered to N the number of wounded", "Officials later lowered to 31 the number of wounded.", nil,
		[]string{"31 => injured/unknown/31..31"}},
	{"raised to N the death toll", "Rescuers raised to 14 the death toll from the collapse.", nil,
		[]string{"14 => killed/unknown/14..14"}},
	{"raised to N the number of a thing is no toll", "The army raised to 40 the number of checkpoints on the road.", nil, nil},
	// ---- parts of a whole the sentence opens with (written for these tests)
	{"of the dead, N were a group", "Of the dead, six were farm workers.", nil,
		[]string{"six were farm workers => killed/civilians/6..6"}},
	{"of these, parts by group after a toll told before", "Of these, 20 were judged to be insurgents and at least four were civilians.",
		[]model.Count{killedN(31)},
		[]string{"20 were judged to be insurgents => killed/militants/20..20", "at least four were civilians => killed/civilians/4..nil"}},
	{"of these with no toll before is no figure", "Of these, 20 were civilians.", nil, nil},
	{"of the wounded, N were a group", "Of the wounded, nine were identified as children.", nil,
		[]string{"nine were identified as children => injured/children/9..9"}},
	// ---- a part that names no group tells nothing (written for these tests)
	{"among them a leader of a militant toll", "The raid killed all nine gunmen in the house, among them a cell leader.", nil,
		[]string{"nine gunmen => killed/militants/9..9"}},
	{"one of them a guard of a toll of no group stays", "Six people were wounded, one of them a guard.", nil,
		[]string{"Six people => injured/unknown/6..6", "one of them a guard => injured/unknown/1..1"}},
	{"a part by group stays", "Six people were wounded, one of them a boy.", nil,
		[]string{"Six people => injured/unknown/6..6", "one of them a boy => injured/civilians/1..nil"}},
	// ---- who speaks after a comma is no list item (written for these tests)
	{"people then a speech verb", "The shelling killed 4 shepherds, nurses told us.", nil,
		[]string{"4 shepherds => killed/civilians/4..4"}},
	// ---- nouns of destruction and singular militant nouns (written for these tests)
	{"the destruction of the car", "The raid ended with the death of two militants and the destruction of the car they drove.", nil,
		[]string{"two militants => killed/militants/2..2", "the car => vehicles_destroyed/unknown/1..1"}},
	{"one insurgent", "The helicopter killed one insurgent near the dam.", nil,
		[]string{"one insurgent => killed/militants/1..1"}},
	{"a singular modifier before an unknown noun is not counted", "Two terrorist safehouses were destroyed.", nil, nil},
	// ---- one of the wounded who died; the number of strikes (written for these tests)
	{"one of the wounded in apposition who died is killed", "One of the wounded, a girl of nine, died in hospital overnight, her uncle said.", nil,
		[]string{"a girl => killed/civilians/1..1"}},
	{"one of the wounded who is flown abroad stays wounded", "One of the wounded, a man in his sixties, was flown to Ankara for surgery.", nil,
		[]string{"a man => injured/unknown/1..1"}},
	{"a person of a number is an age", "The toll climbed to six overnight after a woman of seventy died of her burns, the mayor said.", nil,
		[]string{"six => killed/unknown/6..6", "a woman => killed/civilians/1..1"}},
	{"a father of a number is no toll", "A father of four was among those pulled from the rubble.", nil, nil},
	{"a commander of a named force and two of his aides", "Officials said the raid killed a commander of the border brigade and two of his bodyguards.", nil,
		[]string{"a commander of the border brigade and two of his bodyguards => killed/unknown/3..3"}},
	{"put the number of strikes at", "Going by the craters alone, the analyst would put the number of strikes at 9.", nil,
		[]string{"number of strikes at 9 => strikes/unknown/9..9"}},
	{"the number of raids is", "The number of raids on the port was 6, the navy said.", nil,
		[]string{"number of raids on the port was 6 => strikes/unknown/6..6"}},
	{"a running number of strikes is no count", "The ministry put the number of air strikes since the start of the war at 3,000.", nil, nil},
	// ---- two unknown nouns before a noun of people; a long post-modifier; a mixed list; a quoted figure (written for these tests)
	{"two unknown nouns before a noun of people", "The monitor said three interior ministry personnel died in the blast.", nil,
		[]string{"three interior ministry personnel => killed/unknown/3..3"}},
	{"a participle phrase with articles before the verb", "Three pickups used by the gang for moving fuel across the river were destroyed.", nil,
		[]string{"Three pickups => vehicles_destroyed/unknown/3..3"}},
	{"a place phrase with articles before the verb", "Relatives said four farmers from a hamlet on the edge of the plain were killed at dawn.", nil,
		[]string{"four farmers => killed/civilians/4..4"}},
	{"civilians and soldiers are of no one group", "The governor said dozens of civilians and security personnel were wounded.", nil,
		[]string{"dozens of civilians and security personnel => injured/unknown/24..nil~"}},
	{"patients and staff stay civilians", "At least nine patients and staff were killed when the clinic was hit.", nil,
		[]string{"At least nine patients and staff => killed/civilians/9..nil"}},
	{"a quoted figure after its cue noun", "The army put the dead at \"more than 30\" insurgents.", nil,
		[]string{"more than 30\" insurgents => killed/militants/31..nil"}},
	{"civilian parts of a whole of no group are summed", "The shelling killed 11 people, among them four shepherds and a girl, the council said.", nil,
		[]string{"11 people => killed/unknown/11..11", "four shepherds and a girl => killed/civilians/5..nil"}},
	{"civilian parts of a whole of civilians stay parts", "The shelling killed 11 civilians, among them four shepherds and a girl, the council said.", nil,
		[]string{"11 civilians => killed/civilians/11..11", "four shepherds => killed/civilians/4..4", "a girl => killed/children/1..1"}},
	{"a jihadist group's word for its enemy", "The group claimed it had killed \"more than a hundred of the apostates\" in the assault.", nil,
		[]string{"more than a hundred of the apostates => killed/unknown/101..nil"}},
	{"who the men of the toll before were, with no number", "Their relatives said the men were civilians from the camp.", []model.Count{killedN(3)},
		[]string{"the men were civilians => killed/civilians/3..3"}},
	{"who the men were after a toll of civilians says nothing new", "Their relatives said the men were civilians from the camp.", []model.Count{civiliansKilledN(3)}, nil},
	{"did not result in any losses", "The shelling did not result in any losses among the staff of the post, the command said.", nil,
		[]string{"not result in any losses => killed/unknown/0..0", "not result in any losses => injured/unknown/0..0"}},
	{"did not cause any casualties among a force is no toll", "The raid killed six gunmen and did not cause any casualties among our troops.", nil,
		[]string{"six gunmen => killed/militants/6..6"}},
	// ---- one person joined before a figure; wounds one died of; a bearing aside; how badly hurt (written for these tests)
	{"a name and N others", "Police said Rahimi and four other passengers were killed when the bus was hit.", nil,
		[]string{"Rahimi and four other passengers => killed/unknown/5..5"}},
	{"the one noun and N others", "The commander and two others were wounded in the raid, the group said.", nil,
		[]string{"commander and two others => injured/unknown/3..3"}},
	{"a rank the vocabulary does not know and N soldiers", "The army said a captain and six soldiers were killed.", nil,
		[]string{"six soldiers => killed/unknown/6..6"}},
	{"a person noun and N fighters", "The group said a commander and six fighters were killed.", nil,
		[]string{"commander and six fighters => killed/unknown/7..7"}},
	{"a civilian and N fighters are of no group", "A woman and three fighters were killed at the checkpoint.", nil,
		[]string{"woman and three fighters => killed/unknown/4..4"}},
	{"a place before and is no person", "Shells fell on Kafr Nabl and two people were killed.", nil,
		[]string{"two people => killed/unknown/2..2"}},
	{"succumbed to his wounds is a death", "A teacher who succumbed to his wounds overnight was buried on Tuesday.", nil,
		[]string{"A teacher => killed/civilians/1..1"}},
	{"a bearing between commas before the verb", "Four herders from a hamlet on the plain, north-east of the town, were killed at dawn.", nil,
		[]string{"Four herders => killed/civilians/4..4"}},
	{"one named again between commas", "A third man, the night guard, was badly hurt.", nil,
		[]string{"A third man => injured/unknown/1..1"}},
	{"a bare one seriously hurt", "Two guards were killed and one was critically wounded.", nil,
		[]string{"Two guards => killed/unknown/2..2", "one => injured/unknown/1..1"}},
	// ---- glosses, names and initialisms between a figure and its verb
	{"a gloss in brackets before the verb", "Four members of the border guard (Hudud) were killed when the post was shelled.", nil,
		[]string{"Four members => killed/unknown/4..4"}},
	{"a short aside in brackets before the verb", "Three conscripts (all from the same village) were wounded in the shelling.", nil,
		[]string{"Three conscripts => injured/unknown/3..3"}},
	{"the names of the dead between commas", "Two of our comrades, Karwan Aziz and Dara Omar, were martyred at the checkpoint.", nil,
		[]string{"Two of our comrades => killed/unknown/2..2"}},
	{"a dotted initialism stays inside the list", "The rocket wounded three U.S. soldiers and two federal police officers at the gate.", nil,
		[]string{"three U.S. soldiers and two federal police officers => injured/unknown/5..5"}},
	{"an article before a dotted initialism", "The blast killed a U.K. aid worker near the border.", nil,
		[]string{"a U.K. aid worker => killed/civilians/1..1"}},
	{"struck twice is two strikes", "Witnesses said the jets struck the bridge twice before dawn.", nil,
		[]string{"twice => strikes/unknown/2..2"}},
	{"attacked twice may be a ground assault", "Gunmen attacked the checkpoint twice last week.", nil, nil},
	{"twice as many is no strike", "The second raid hit twice as many homes as the first.", nil, nil},
	{"taken away is no death", "One man was shot dead in the raid and three others were taken away.", nil,
		[]string{"One man => killed/unknown/1..1"}},
	{"a relative clause's own verb after a comma", "The brigade mourns four of its fighters of the 5th Regiment, who fell as martyrs on Friday.", nil,
		[]string{"four of its fighters => killed/militants/4..4"}},
}

func TestCounts(t *testing.T) {
	for _, c := range countCases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, f := range Counts(c.sentence, c.previous) {
				if f.Start < 0 || f.End > len(c.sentence) || f.Start >= f.End {
					t.Fatalf("bad span %d..%d", f.Start, f.End)
				}
				got = append(got, show(c.sentence, f))
			}
			if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
				t.Errorf("%q\n got: %q\nwant: %q", c.sentence, got, c.want)
			}
		})
	}
}

// A figure "of them" at a sentence's opening counts the nouns of the
// sentence before (sentences written for this test).
func TestCountsAfter(t *testing.T) {
	before := "The tankers, loaded with diesel from the refinery, had crossed the border at night."
	sentence := "Nine of them were destroyed, one of the officials said."
	var got []string
	for _, f := range CountsAfter(before, sentence, nil) {
		got = append(got, show(sentence, f))
	}
	if want := "Nine of them => vehicles_destroyed/unknown/9..9"; strings.Join(got, " | ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := CountsAfter("Seven fighters were killed.", "Two of the dead were commanders.", nil); len(got) != 0 {
		t.Errorf("a figure of the sentence before came through: %v", got)
	}
}

func TestMayStateZero(t *testing.T) {
	for s, want := range map[string]bool{
		"No one was killed.":                  true,
		"It caused only MATERIAL damage.":     true,
		"nobody was hurt":                     true,
		"without causing casualties":          true,
		"The strike caused no\ncasualties.":   true, // a line break after the anchor word
		"Five militants were killed.":         false,
		"The town is known for its orchards.": false, // "no" inside a word
		"Dozens were wounded in the north.":   false,
		"It did not result in any losses.":    true,
		"Officials did not say who fired.":    true, // "not": only the negated rules run
	} {
		if got := mayStateZero(s); got != want {
			t.Errorf("mayStateZero(%q) = %v, want %v", s, got, want)
		}
	}
}

// MayHaveFigures is false only where Figures finds nothing, in the whole
// sentence and in any part of it cut between words (followCounts reads the
// parts).
func TestMayHaveFigures(t *testing.T) {
	for _, s := range []string{
		"Analysts say the group has lost most of the territory it held.",
		"Officials said the talks would resume next week in the capital.",
		"Five militants were killed.", "No one was killed.", "It killed a civilian.",
		"The strike wounded his brother, residents said.", "More than half the convoy was hit.",
		"It caused only MATERIAL damage.", "Dozens were wounded in the north.",
	} {
		if MayHaveFigures(s) {
			continue
		}
		words := strings.Fields(s)
		for i := range words {
			for j := i + 1; j <= len(words); j++ {
				part := strings.Join(words[i:j], " ")
				if counts, sizes := Figures(part, nil); len(counts)+len(sizes) > 0 {
					t.Errorf("MayHaveFigures(%q) is false, but Figures(%q) finds %v %v", s, part, counts, sizes)
				}
			}
		}
	}
	for s, want := range map[string]bool{
		"Analysts say the group has lost ground.": false,
		"Five militants were killed.":             true,
		"No one was killed.":                      true,
		"It killed a civilian.":                   true,
		"at least 12":                             true,
	} {
		if got := MayHaveFigures(s); got != want {
			t.Errorf("MayHaveFigures(%q) = %v, want %v", s, got, want)
		}
	}
}

// The qualifier and fraction tables are compared by vocabulary id: a word
// missing from the vocabulary would have id 0 and match any unknown word.
func TestTableWordsInVocabulary(t *testing.T) {
	for _, ids := range qualifierIDs {
		for _, id := range ids {
			if id == 0 {
				t.Errorf("a qualifier word is not in the vocabulary: %v", qualifierIDs)
			}
		}
	}
	for k, ids := range fractionIDs {
		for _, id := range ids {
			if id == 0 {
				t.Errorf("a word of fraction %q is not in the vocabulary", fractions[k].words)
			}
		}
	}
}

// A singular noun of people or vehicles is a figure by itself ("a farmer
// was wounded"), so the pre-check must see it: one longer than
// maxTriggerWord would never reach the parser.
func TestSingularHeadsAreTriggers(t *testing.T) {
	for _, h := range heads {
		if h.one && (h.cls == clsHuman || h.cls == clsVehicle) && len(h.word) > maxTriggerWord {
			t.Errorf("singular head %q is longer than maxTriggerWord (%d): the pre-check skips it", h.word, maxTriggerWord)
		}
	}
}

// figures skips the tokens that start no figure (mayStartFigure): at each
// of them in the count cases, figureAt finds nothing and records nothing.
func TestFigureStartsSkipped(t *testing.T) {
	skipped := 0
	for _, c := range countCases {
		toks := lex(nil, c.sentence)
		for i := range toks {
			if toks[i].mayStartFigure() {
				continue
			}
			skipped++
			p := parser{toks: toks, prev: c.previous, src: c.sentence}
			if end := p.figureAt(i); end != i || len(p.figs) != 0 {
				t.Errorf("%q: figureAt(%d) = %d with %d figures at a token that starts none", c.sentence, i, end, len(p.figs))
			}
		}
	}
	if skipped == 0 {
		t.Error("no token skipped")
	}
}

// TestNegatedVerbAt: the look before the negated zero-toll expression
// passes every "not" the expression could match.
func TestNegatedVerbAt(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"not result", true}, {"not\tCaused", true}, {"not  led", true}, {"not leave", true}, {"not lead", true},
		{"not say", false}, {"not", false}, {"not-", false}, {"not r", false}, {"notresult", false /* the expression wants white space after "not" */},
	}
	for _, tt := range tests {
		if got := negatedVerbAt(tt.s, 3); got != tt.want {
			t.Errorf("negatedVerbAt(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	if got := ZeroTolls("The strike did not result in any casualties, the army said."); len(got) == 0 {
		t.Error(`ZeroTolls("did not result in any casualties") found none`)
	}
}
