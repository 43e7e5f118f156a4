package quantity

import (
	"slices"

	"github.com/crosscheck/crosscheck/internal/model"
)

// This file holds the vocabulary as data: number words, qualifiers, counted
// nouns, the verbs that give a count its kind, and the modifiers that may
// sit between a number and its noun. Each entry shows what it matches.

// Number words.
type numberWord struct {
	word string
	val  int
	kind uint8
}

const (
	nkUnit    uint8 = iota + 1 // "five", "seventeen"
	nkTens                     // "twenty" (may take "-three")
	nkHundred                  // "hundred": multiplies what precedes
	nkScale                    // "thousand", "million": closes a group
	nkDozen                    // "dozen": "a dozen" 12, "two dozen" 24
	nkVague                    // "dozens" 24.., "hundreds" 200..: approximate, open-ended
)

var numberWords = []numberWord{
	{"one", 1, nkUnit}, {"two", 2, nkUnit}, {"three", 3, nkUnit}, {"four", 4, nkUnit},
	{"five", 5, nkUnit}, {"six", 6, nkUnit}, {"seven", 7, nkUnit}, {"eight", 8, nkUnit},
	{"nine", 9, nkUnit}, {"ten", 10, nkUnit}, {"eleven", 11, nkUnit}, {"twelve", 12, nkUnit},
	{"thirteen", 13, nkUnit}, {"fourteen", 14, nkUnit}, {"fifteen", 15, nkUnit},
	{"sixteen", 16, nkUnit}, {"seventeen", 17, nkUnit}, {"eighteen", 18, nkUnit},
	{"nineteen", 19, nkUnit},
	{"twenty", 20, nkTens}, {"thirty", 30, nkTens}, {"forty", 40, nkTens}, {"fifty", 50, nkTens},
	{"sixty", 60, nkTens}, {"seventy", 70, nkTens}, {"eighty", 80, nkTens}, {"ninety", 90, nkTens},
	{"hundred", 100, nkHundred},
	{"thousand", 1000, nkScale}, {"million", 1000000, nkScale},
	{"dozen", 12, nkDozen}, // "a dozen militants", "two dozen trucks"
	// vague plurals: the lower bound of DESIGN.md / gold conventions, open above
	{"dozens", 24, nkVague},      // "dozens of militants" -> 24..
	{"scores", 40, nkVague},      // "scores of vehicles" -> 40..
	{"hundreds", 200, nkVague},   // "hundreds of fighters" -> 200..
	{"thousands", 2000, nkVague}, // "thousands of civilians" -> 2000.. ("tens of thousands" -> 20000..)
}

// NumberWord returns the value of a single number word ("two", "twelve",
// "twenty"), lower-case; not of the words that multiply or are vague.
func NumberWord(w string) (int, bool) {
	for _, n := range numberWords {
		if n.word == w && (n.kind == nkUnit || n.kind == nkTens) {
			return n.val, true
		}
	}
	return 0, false
}

// Words that are never a figure even though they look like one: "several",
// "many", "a number of", "a few", "numerous" give no number (gold: []).

// Qualifiers before a number: how they bound it.
type qualOp uint8

const (
	qExact    qualOp = iota
	qApprox          // N..N approx
	qUpTo            // ..N
	qMoreThan        // N+1..
	qAtLeast         // N..
	qLessThan        // ..N-1
	qAtMost          // ..N
)

type qualifier struct {
	words string // lower-case, space separated
	op    qualOp
}

// qualifiers are tried longest first (the table is ordered so).
var qualifiers = []qualifier{
	{"as many as", qUpTo},       // "as many as 750 militants"
	{"no fewer than", qAtLeast}, // "no fewer than 30 civilians"
	{"no less than", qAtLeast},  // "no less than 30"
	{"no more than", qAtMost},   // "no more than 10"
	{"not more than", qAtMost},  // "not more than 10"
	{"in excess of", qMoreThan}, // "in excess of 100 vehicles"
	{"a minimum of", qAtLeast},  // "a minimum of 12 people"
	{"a maximum of", qAtMost},   // "a maximum of 12 people"
	{"more than", qMoreThan},    // "more than 400 vehicles" -> 401..
	{"fewer than", qLessThan},   // "fewer than 10 civilians" -> ..9
	{"less than", qLessThan},    // "less than 10"
	{"at least", qAtLeast},      // "at least 348 civilians" -> 348..
	{"at most", qAtMost},        // "at most 20" -> ..20
	{"up to", qUpTo},            // "up to 250 killed" -> ..250
	{"upwards of", qMoreThan},   // "upwards of 200"
	{"just over", qMoreThan},    // "just over 50"
	{"just under", qLessThan},   // "just under 50"
	{"close to", qApprox},       // "close to 100"
	{"an estimated", qApprox},   // "an estimated 4,000 fighters"
	{"over", qMoreThan},         // "over 50,000 civilians"
	{"under", qLessThan},        // "under 20"
	{"around", qApprox},         // "around 260 vehicles" -> 260..260 approx
	{"about", qApprox},          // "about 30 vehicles"
	{"approximately", qApprox},  // "approximately 120 others"
	{"roughly", qApprox},        // "roughly 40"
	{"some", qApprox},           // "some 4.7 million children"
	{"nearly", qApprox},         // "nearly 100 people"
	{"almost", qApprox},         // "almost 100"
	{"estimated", qApprox},      // "estimated 5,000"
	{"approx", qApprox},         // "approx. 50"
}

// Counted nouns.
type class uint8

const (
	clsHuman class = iota + 1
	clsVehicle
	clsStrike
	clsEngagement
	clsOthers // "120 others": the noun of the figure before
	clsConvoy // "half the convoy": a relative figure's base
)

type head struct {
	word  string
	cls   class
	group string // for humans; "" = decided by modifiers (unknown by default)
	one   bool   // singular: counted after "a"/"an"/"one"
}

var heads = []head{
	// people whose status the noun does not say
	{"people", clsHuman, "", false}, {"persons", clsHuman, "", false}, {"person", clsHuman, "", true},
	{"individuals", clsHuman, "", false}, {"men", clsHuman, "", false}, {"members", clsHuman, "", false},
	{"bodies", clsHuman, "", false}, {"soldiers", clsHuman, model.GroupUnknown, false},
	{"troops", clsHuman, model.GroupUnknown, false}, {"policemen", clsHuman, model.GroupUnknown, false},
	{"personnel", clsHuman, "", false}, {"commanders", clsHuman, "", false}, {"leaders", clsHuman, "", false},
	{"guards", clsHuman, "", false}, {"passengers", clsHuman, "", false}, {"occupants", clsHuman, "", false},
	{"passenger", clsHuman, "", true}, {"occupant", clsHuman, "", true}, // "a third passenger was wounded"
	{"man", clsHuman, "", true}, {"member", clsHuman, "", true}, {"commander", clsHuman, "", true},
	{"leader", clsHuman, "", true}, {"sons", clsHuman, "", false},
	{"general", clsHuman, "", true}, {"generals", clsHuman, "", false}, // "six fighters and an Iranian general"
	{"heroes", clsHuman, "", false},                                    // an armed group's or army's own dead: "two of our heroes martyred"
	{"comrades", clsHuman, "", false}, {"comrade", clsHuman, "", true}, // "12 of our comrades-in-arms were martyred"
	{"daughters", clsHuman, "", false}, {"brothers", clsHuman, "", false}, {"prisoners", clsHuman, "", false},
	{"detainees", clsHuman, "", false}, {"soldier", clsHuman, model.GroupUnknown, true},
	{"officers", clsHuman, "", false}, {"officer", clsHuman, "", true}, {"policeman", clsHuman, model.GroupUnknown, true},
	{"servicemen", clsHuman, model.GroupUnknown, false}, // "two Syrian servicemen were wounded"
	{"serviceman", clsHuman, model.GroupUnknown, true}, {"conscripts", clsHuman, model.GroupUnknown, false},
	{"crew", clsHuman, "", false}, {"crewmen", clsHuman, "", false}, // "three crew were killed"
	{"employees", clsHuman, "", false}, {"staff", clsHuman, "", false},
	{"pilots", clsHuman, "", false}, {"volunteers", clsHuman, "", false}, {"rescuers", clsHuman, "", false},
	{"volunteer", clsHuman, "", true}, {"rescuer", clsHuman, "", true}, // "one civil defence volunteer and one driver were injured"
	{"aides", clsHuman, "", false}, {"associates", clsHuman, "", false}, {"associate", clsHuman, "", true}, {"bodyguards", clsHuman, "", false}, // "the emir and two of his aides"
	{"companions", clsHuman, "", false}, {"escorts", clsHuman, "", false},
	{"guard", clsHuman, "", true}, {"bodyguard", clsHuman, "", true}, // "killed a guard and wounded 13 others"
	{"companion", clsHuman, "", true}, {"aide", clsHuman, "", true},
	{"sisters", clsHuman, "", false}, {"wives", clsHuman, "", false}, {"husbands", clsHuman, "", false},
	{"nephews", clsHuman, "", false}, {"nieces", clsHuman, "", false}, {"cousins", clsHuman, "", false},
	{"parents", clsHuman, "", false}, {"grandchildren", clsHuman, "", false}, {"grandsons", clsHuman, "", false},
	{"uncles", clsHuman, "", false},                                             // "a man and his two nephews"
	{"mercenaries", clsHuman, "", false}, {"nationalists", clsHuman, "", false}, // a defence ministry's enemy: "up to 40 nationalists and foreign mercenaries were eliminated"
	{"elements", clsHuman, "", false},                                      // a defence ministry's word for enemy personnel: "64 regime elements were neutralised"
	{"apostates", clsHuman, "", false}, {"crusaders", clsHuman, "", false}, // a jihadist group's word for the forces it fights: "killed 30 apostates"
	{"citizens", clsHuman, "", false},                                    // "five citizens were martyred": not a group
	{"official", clsHuman, "", true}, {"officials", clsHuman, "", false}, // "killed a local official and three other people"
	{"contractor", clsHuman, "", true}, {"contractors", clsHuman, "", false}, // "wounding eight contractors and a soldier": no group of their own
	// civilians
	{"civilians", clsHuman, model.GroupCivilians, false}, {"civilian", clsHuman, model.GroupCivilians, true},
	{"residents", clsHuman, model.GroupCivilians, false}, {"villagers", clsHuman, model.GroupCivilians, false},
	{"worshippers", clsHuman, model.GroupCivilians, false}, {"farmers", clsHuman, model.GroupCivilians, false},
	{"shepherds", clsHuman, model.GroupCivilians, false}, {"students", clsHuman, model.GroupCivilians, false},
	{"women", clsHuman, model.GroupCivilians, false}, {"journalists", clsHuman, model.GroupCivilians, false},
	{"refugees", clsHuman, model.GroupCivilians, false}, {"relatives", clsHuman, model.GroupCivilians, false},
	{"relative", clsHuman, model.GroupCivilians, true}, // "one of the dead was a relative of the family"
	{"workers", clsHuman, model.GroupCivilians, false}, {"guests", clsHuman, model.GroupCivilians, false},
	{"fishermen", clsHuman, model.GroupCivilians, false}, {"herders", clsHuman, model.GroupCivilians, false},
	{"mourners", clsHuman, model.GroupCivilians, false}, {"shoppers", clsHuman, model.GroupCivilians, false},
	{"pilgrims", clsHuman, model.GroupCivilians, false}, {"teachers", clsHuman, model.GroupCivilians, false},
	{"patients", clsHuman, model.GroupCivilians, false}, {"bystanders", clsHuman, model.GroupCivilians, false},
	{"laborers", clsHuman, model.GroupCivilians, false}, {"labourers", clsHuman, model.GroupCivilians, false},
	{"woman", clsHuman, model.GroupCivilians, true}, {"journalist", clsHuman, model.GroupCivilians, true},
	{"families", clsHuman, model.GroupCivilians, false},
	{"drivers", clsHuman, model.GroupCivilians, false}, {"driver", clsHuman, model.GroupCivilians, true}, // "two civilian truck drivers"
	{"hunters", clsHuman, model.GroupCivilians, false}, {"traders", clsHuman, model.GroupCivilians, false}, // "three truffle hunters"
	{"migrants", clsHuman, model.GroupCivilians, false}, {"tourists", clsHuman, model.GroupCivilians, false}, // "40 migrants were killed"
	{"visitors", clsHuman, model.GroupCivilians, false}, {"picnickers", clsHuman, model.GroupCivilians, false}, // "two visitors were killed"
	{"holidaymakers", clsHuman, model.GroupCivilians, false},
	{"neighbours", clsHuman, model.GroupCivilians, false}, {"neighbors", clsHuman, model.GroupCivilians, false}, // "two neighbours were injured"
	// the singular of the civilian nouns above, counted after "a"/"one":
	// "killed a shepherd and his three sons" (4 civilians), "a farmer was
	// wounded"
	{"shepherd", clsHuman, model.GroupCivilians, true}, {"farmer", clsHuman, model.GroupCivilians, true},
	{"herder", clsHuman, model.GroupCivilians, true}, {"teacher", clsHuman, model.GroupCivilians, true},
	{"student", clsHuman, model.GroupCivilians, true}, {"worker", clsHuman, model.GroupCivilians, true},
	{"resident", clsHuman, model.GroupCivilians, true}, {"villager", clsHuman, model.GroupCivilians, true},
	{"fisherman", clsHuman, model.GroupCivilians, true}, {"labourer", clsHuman, model.GroupCivilians, true},
	{"laborer", clsHuman, model.GroupCivilians, true}, {"trader", clsHuman, model.GroupCivilians, true},
	{"refugee", clsHuman, model.GroupCivilians, true}, {"migrant", clsHuman, model.GroupCivilians, true},
	{"tourist", clsHuman, model.GroupCivilians, true}, {"visitor", clsHuman, model.GroupCivilians, true},
	{"bystander", clsHuman, model.GroupCivilians, true}, {"worshipper", clsHuman, model.GroupCivilians, true},
	{"pilgrim", clsHuman, model.GroupCivilians, true}, {"mourner", clsHuman, model.GroupCivilians, true},
	{"shopkeeper", clsHuman, model.GroupCivilians, true}, {"shopkeepers", clsHuman, model.GroupCivilians, false},
	{"vendor", clsHuman, model.GroupCivilians, true}, {"vendors", clsHuman, model.GroupCivilians, false},
	{"patient", clsHuman, model.GroupCivilians, true}, {"pupil", clsHuman, model.GroupCivilians, true},
	{"pupils", clsHuman, model.GroupCivilians, false},
	{"schoolteachers", clsHuman, model.GroupCivilians, false}, {"schoolteacher", clsHuman, model.GroupCivilians, true},
	{"seller", clsHuman, model.GroupCivilians, true}, {"sellers", clsHuman, model.GroupCivilians, false}, // "a fuel seller"
	{"baker", clsHuman, model.GroupCivilians, true}, {"bakers", clsHuman, model.GroupCivilians, false},
	{"mechanic", clsHuman, model.GroupCivilians, true}, {"mechanics", clsHuman, model.GroupCivilians, false},
	{"passerby", clsHuman, model.GroupCivilians, true}, {"passersby", clsHuman, model.GroupCivilians, false},
	{"passer", clsHuman, model.GroupCivilians, true}, {"passers", clsHuman, model.GroupCivilians, false}, // "a passer-by", "two passers-by"
	{"teenager", clsHuman, model.GroupCivilians, true}, {"teenagers", clsHuman, model.GroupCivilians, false}, // "a teenager was wounded"
	{"shopper", clsHuman, model.GroupCivilians, true}, {"beekeeper", clsHuman, model.GroupCivilians, true},
	{"beekeepers", clsHuman, model.GroupCivilians, false},
	// children
	{"children", clsHuman, model.GroupChildren, false}, {"child", clsHuman, model.GroupChildren, true},
	{"kids", clsHuman, model.GroupChildren, false}, {"minors", clsHuman, model.GroupChildren, false},
	{"boys", clsHuman, model.GroupChildren, false}, {"girls", clsHuman, model.GroupChildren, false},
	{"infants", clsHuman, model.GroupChildren, false}, {"babies", clsHuman, model.GroupChildren, false},
	{"boy", clsHuman, model.GroupChildren, true}, {"girl", clsHuman, model.GroupChildren, true},
	{"toddlers", clsHuman, model.GroupChildren, false}, {"schoolchildren", clsHuman, model.GroupChildren, false},
	{"schoolgirls", clsHuman, model.GroupChildren, false}, {"schoolboys", clsHuman, model.GroupChildren, false},
	// militants
	{"militants", clsHuman, model.GroupMilitants, false}, {"militant", clsHuman, model.GroupMilitants, true},
	{"fighters", clsHuman, model.GroupMilitants, false}, {"fighter", clsHuman, model.GroupMilitants, true},
	{"jihadists", clsHuman, model.GroupMilitants, false}, {"jihadis", clsHuman, model.GroupMilitants, false},
	{"insurgents", clsHuman, model.GroupMilitants, false}, {"terrorists", clsHuman, model.GroupMilitants, false},
	{"extremists", clsHuman, model.GroupMilitants, false}, {"gunmen", clsHuman, model.GroupMilitants, false},
	{"rebels", clsHuman, model.GroupMilitants, false}, {"combatants", clsHuman, model.GroupMilitants, false},
	{"militiamen", clsHuman, model.GroupMilitants, false},
	// singulars that are also modifiers ("terrorist commanders"): "killed one terrorist"
	{"terrorist", clsHuman, model.GroupMilitants, true}, {"insurgent", clsHuman, model.GroupMilitants, true},
	{"jihadist", clsHuman, model.GroupMilitants, true}, {"combatant", clsHuman, model.GroupMilitants, true},
	{"gunman", clsHuman, model.GroupMilitants, true}, {"militiaman", clsHuman, model.GroupMilitants, true},
	// medics
	{"medics", clsHuman, model.GroupMedics, false}, {"paramedics", clsHuman, model.GroupMedics, false},
	{"doctors", clsHuman, model.GroupMedics, false}, {"nurses", clsHuman, model.GroupMedics, false},
	{"doctor", clsHuman, model.GroupMedics, true}, {"medic", clsHuman, model.GroupMedics, true},
	{"nurse", clsHuman, model.GroupMedics, true}, {"paramedic", clsHuman, model.GroupMedics, true},
	// vehicles
	{"vehicles", clsVehicle, "", false}, {"vehicle", clsVehicle, "", true},
	{"trucks", clsVehicle, "", false}, {"truck", clsVehicle, "", true},
	{"cars", clsVehicle, "", false}, {"car", clsVehicle, "", true},
	{"technicals", clsVehicle, "", false}, {"pickups", clsVehicle, "", false}, {"pickup", clsVehicle, "", true},
	{"tankers", clsVehicle, "", false}, {"tanker", clsVehicle, "", true},
	{"bulldozers", clsVehicle, "", false}, {"bulldozer", clsVehicle, "", true},
	{"suvs", clsVehicle, "", false}, {"humvees", clsVehicle, "", false}, {"tanks", clsVehicle, "", false},
	{"tank", clsVehicle, "", true}, {"apcs", clsVehicle, "", false}, {"buses", clsVehicle, "", false},
	{"vans", clsVehicle, "", false}, {"lorries", clsVehicle, "", false}, {"motorcycles", clsVehicle, "", false},
	{"motorbikes", clsVehicle, "", false}, {"tractors", clsVehicle, "", false}, {"vbieds", clsVehicle, "", false},
	{"vbied", clsVehicle, "", true}, {"carriers", clsVehicle, "", false},
	{"motorcycle", clsVehicle, "", true}, {"motorbike", clsVehicle, "", true}, // "destroying a motorcycle"
	{"minibus", clsVehicle, "", true}, {"minibuses", clsVehicle, "", false},
	{"jeep", clsVehicle, "", true}, {"jeeps", clsVehicle, "", false}, {"lorry", clsVehicle, "", true},
	{"tractor", clsVehicle, "", true}, {"humvee", clsVehicle, "", true},
	{"ambulances", clsVehicle, "", false}, {"ambulance", clsVehicle, "", true}, // "two ambulances were destroyed"
	// strikes and engagements
	{"strikes", clsStrike, "", false}, {"airstrikes", clsStrike, "", false}, {"raids", clsStrike, "", false},
	{"airraids", clsStrike, "", false}, {"engagements", clsEngagement, "", false},
	{"strike", clsStrike, "", true}, {"airstrike", clsStrike, "", true}, {"raid", clsStrike, "", true},
	{"engagement", clsEngagement, "", true}, // "one strike consisting of one engagement"
	// anaphora and relative bases
	{"others", clsOthers, "", false}, // "55 trucks ... and approximately 120 others"
	{"more", clsOthers, "", false},   // "destroyed 55 trucks; Iraq destroyed 20 more"
	{"convoy", clsConvoy, "", true},  // "more than half the convoy"
	{"column", clsConvoy, "", true},  // "half the column"
}

// listedOnlyHeads are singular nouns of people counted only with a rank
// after them or a figure joined after them ("an officer with the rank of
// captain and six soldiers", "an officer and ten soldiers"): alone ("the
// second strike this month to kill a senior officer") they tell of the
// man's standing more than of a toll.
var listedOnlyHeads = []string{"officer"}

// countedInListOnly reports a noun of listedOnlyHeads.
func countedInListOnly(w string) bool { return slices.Contains(listedOnlyHeads, w) }

// Cues: the verb or noun that says what happened to the counted things.
type cue uint8

const (
	cueKilled cue = iota + 1
	cueInjured
	cueDestroyed
	cueStruck
	cueToll // "death toll": killed, also for a bare number a few words on
)

var cues = []struct {
	word string
	c    cue
}{
	// killed: "killed as many as 750 militants", "five people were killed", "36 dead"
	{"killed", cueKilled}, {"kill", cueKilled}, {"kills", cueKilled}, {"killing", cueKilled},
	{"dead", cueKilled}, {"died", cueKilled}, {"die", cueKilled}, {"deaths", cueKilled},
	{"death", cueKilled}, {"martyrdom", cueKilled}, // translated statements: "the death of 21 civilians", "the martyrdom of two civilians"
	{"fatalities", cueKilled}, {"slain", cueKilled}, {"perished", cueKilled}, {"massacred", cueKilled},
	{"succumbed", cueKilled},                          // "a nurse who succumbed to his wounds": one of the dead, not of the hurt
	{"martyred", cueKilled}, {"martyring", cueKilled}, // "martyring nine of our comrades"
	{"lives", cueKilled},                                         // "claimed the lives of 15", "20 lost their lives"
	{"martyrs", cueKilled},                                       // translated tolls: "the toll has risen to 23 martyrs"
	{"neutralisation", cueKilled}, {"neutralization", cueKilled}, // "the neutralisation of around ten terrorists"
	{"neutralized", cueKilled}, {"neutralised", cueKilled}, // a defence ministry's "4 terrorists were neutralized": its word for killed
	{"eliminated", cueKilled}, {"eliminating", cueKilled}, // "up to 12 militants were eliminated" (people only: familyOK)
	{"executed", cueKilled}, {"executing", cueKilled}, // "claimed it had executed 200 prisoners" (people only: familyOK)
	{"accounting", cueKilled}, // a defence ministry's "accounting for four of the extremists" (people only: familyOK)
	{"toll", cueToll},         // "the death toll rose to 36"
	{"tally", cueToll},        // "the tally of the dead reached 40"
	// injured: "wounding 30", "12 civilians were injured"
	{"injured", cueInjured}, {"injuring", cueInjured}, {"injures", cueInjured}, {"injure", cueInjured},
	{"wounded", cueInjured}, {"wounding", cueInjured}, {"wounds", cueInjured}, {"hurt", cueInjured},
	{"injuries", cueInjured}, {"injury", cueInjured}, // "and the injury of four others"
	// vehicles destroyed: "destroyed 55 trucks", "were found burned", "knocked out"
	{"destroyed", cueDestroyed}, {"destroying", cueDestroyed}, {"destroys", cueDestroyed},
	{"destroy", cueDestroyed}, {"knocked", cueDestroyed}, {"burned", cueDestroyed}, {"burnt", cueDestroyed},
	{"torched", cueDestroyed}, {"wrecked", cueDestroyed}, {"charred", cueDestroyed},
	{"incinerated", cueDestroyed}, {"obliterated", cueDestroyed}, {"ablaze", cueDestroyed},
	{"demolished", cueDestroyed}, {"disabled", cueDestroyed},
	{"burning", cueDestroyed},     // "burning out three vehicles"
	{"gutted", cueDestroyed},      // "four tankers were gutted"
	{"blew", cueDestroyed},        // "blew up two trucks" (vehicles only: familyOK)
	{"blown", cueDestroyed},       // "five cars were blown up"
	{"destruction", cueDestroyed}, // "the destruction of more than 60 vehicles"
	// vehicles struck: "120 vehicles were struck", "hit 30 trucks"
	{"struck", cueStruck}, {"hit", cueStruck}, {"hits", cueStruck}, {"hitting", cueStruck},
	{"targeted", cueStruck}, {"targeting", cueStruck}, {"attacked", cueStruck}, {"attacking", cueStruck},
	{"bombed", cueStruck}, {"engaged", cueStruck}, {"engaging", cueStruck}, {"shelled", cueStruck},
	{"striking", cueStruck},
}

// modifiers may stand between a number and its noun: "55 ISIL trucks",
// "dozens of additional vehicles", "36 ISIS fighters". Capitalised words
// (names) are skipped as well; these are the lower-case ones.
var modifiers = []struct {
	word     string
	militant bool // makes "members", "men" militants: "militia members"
	civilian bool // makes "people" civilians: "civilian people"
}{
	{"militia", true, false},   // "militia members"
	{"jihadist", true, false},  // "jihadist fighters"
	{"terrorist", true, false}, // "terrorist commanders"
	{"insurgent", true, false}, // "insurgent leaders"
	{"rebel", true, false},     // "rebel fighters"
	{"enemy", true, false},     // "enemy fighters"
	{"civilian", false, true},  // "civilian vehicles", "civilian people"
	{"innocent", false, true},  // "innocent people"
	{"unarmed", false, true},   // "unarmed men"
	{"hospital", false, true},  // "a hospital guard", "two hospital staff": the people of a place the gold counts civilian
	{"clinic", false, true},    // "a clinic guard"
	{"school", false, true},    // "a school guard"
	{"more", false, false}, {"other", false, false}, {"additional", false, false}, {"further", false, false},
	{"armed", false, false}, {"suspected", false, false}, {"alleged", false, false}, {"local", false, false},
	{"foreign", false, false}, {"senior", false, false}, {"top", false, false}, {"high", false, false},
	{"ranking", false, false}, {"major", false, false}, {"large", false, false}, {"small", false, false},
	{"heavy", false, false}, {"light", false, false}, {"armored", false, false}, {"armoured", false, false},
	{"oil", false, false}, {"fuel", false, false}, {"tanker", false, false}, {"pickup", false, false},
	{"military", false, false}, {"government", false, false}, {"pro", false, false},
	{"security", false, false}, {"police", false, false}, {"army", false, false}, {"federal", false, false}, // "two federal police officers"
	{"air", false, false}, {"drone", false, false}, {"coalition", false, false}, {"separate", false, false},
	{"precision", false, false}, {"aid", false, false}, {"health", false, false}, {"rescue", false, false},
	{"family", false, false}, {"young", false, false}, {"elderly", false, false},
	{"unidentified", false, false}, {"explosive", false, false}, {"laden", false, false},
	{"bomb", false, false}, {"mostly", false, false}, {"so", false, false}, {"called", false, false},
	{"pick", false, false},                                      // "six pick-up trucks"
	{"consecutive", false, false}, {"successive", false, false}, // "hit by four consecutive air strikes"
}

// civilianPlaces are the places whose mention makes people killed or
// injured there civilians when the noun does not say ("at least 23 people
// were killed at the bakery", "12 people died when the strike hit homes"),
// as the gold annotates them; see civilianContext.
var civilianPlaces = []string{
	"market", "markets", "marketplace", // "people were killed in a market"
	"bakery", "bakeries", // "23 people were killed at the bakery"
	"home", "homes", "house", "houses", // "hit their homes", "a house"
	"residential",                   // "a residential area"
	"neighbourhood", "neighborhood", // "a crowded neighbourhood"
	"mosque", "church", "school", "schools", // places of worship and schools
	"hospital", "clinic", // "a hospital"
	"wedding", "funeral", // gatherings
	"shop", "shops", "restaurant", "cafe", // "a row of shops"
}

// militantNames are names that make a following "members", "men" or
// "commanders" militants: "ISIS members", "Daesh commanders".
var militantNames = []string{
	"isis", "isil", "is", "daesh", "islamic", "state", "al", "qaeda", "qaida", "nusra", "taliban",
	"shabaab", "shabab", "boko", "haram", "houthi", "houthis", "hezbollah", "hamas", "pkk", "jihadi",
}

// auxiliaries are skipped when looking for a cue after a noun: "five people
// were reportedly killed".
var auxiliaries = []string{
	"were", "was", "have", "has", "had", "been", "being", "are", "is", "be", "reportedly",
	"also", "all", "later", "allegedly", "confirmed", "found", "left", "believed", "said",
	"to", "either", "both", "who", "which", "that", "got", "get", "out",
}

// judgedVerbs say how a group was told after a copula: "were assessed to
// be", "were identified as" (see judgedAs).
var judgedVerbs = []string{"assessed", "believed", "said", "reported", "confirmed", "found", "thought",
	"known", "determined", "identified", "described", "classified", "listed", "named", "judged", "considered"}

// clauseSkips open an aside that the cue search jumps over: "36 ISIS
// fighters, including high ranking commanders, were killed".
var clauseSkips = []string{"including", "among", "most", "many", "some", "mostly", "mainly", "both", "all"}

// Fractions of a count given earlier in the passage.
var fractions = []struct {
	words    string
	num, den int
}{
	{"half", 1, 2},           // "more than half the convoy"
	{"a third", 1, 3},        // "a third of the vehicles"
	{"one third", 1, 3},      // "one third of the column"
	{"two thirds", 2, 3},     // "two-thirds of the convoy"
	{"a quarter", 1, 4},      // "a quarter of the vehicles"
	{"three quarters", 3, 4}, // "three quarters of the convoy"
}

// notCountBefore: a number right after these is not a count ("aged 12",
// "No. 5", "Resolution 2254").
var notCountBefore = []string{"aged", "age", "ages", "no", "number", "resolution", "article",
	"route", "highway", "brigade", "division", "battalion", "flight", "room", "page", "chapter",
	"section", "paragraph", "unit", "level", "grade", "class", "phase", "sector", "gate", "road",
	"hill", "kilometer", "kilometre", "km", "mile", "camp", "zone", "point", "checkpoint", "year",
	"page", "vol", "volume", "episode", "season", "verse", "sura", "surah", "platform", "channel"}

// monthNames mark dates: a number next to one is a day or a year.
var monthNames = []string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
	"jul", "aug", "sep", "sept", "oct", "nov", "dec"}

// kinWords are singular nouns of a person's kin or entourage, counted as
// one after a possessive in a list that starts with that person: "a man,
// his wife and their three children" (5), "the commander and his driver"
// (2). They are not counted alone ("his son was killed" gives no figure).
var kinWords = []string{"wife", "husband", "son", "daughter", "brother", "sister", "mother", "father",
	"nephew", "niece", "cousin", "uncle", "grandson", "granddaughter", "aide", "bodyguard", "companion",
	"associate", "guard", "relative", "driver", "deputy"}

// ordinalWords count one more person after "a" ("wounding a third", "a
// fourth man died later"); "another" does the same.
var ordinalWords = []string{"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "another"}
