package link

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Linking rules as data. Each table says what it decides and shows an example.

// placeRadiusKM is how far, in km, a strike may lie from the place a claim
// names, by the place's precision. Two placed claims are about the same spot
// when their anchors are no further apart than the larger of their radii
// (not the sum: Fallujah and Ramadi, 45 km apart, stay two places).
// A country is unbounded within that country.
var placeRadiusKM = map[string]float64{
	model.PlacePoint:    10,  // "Camp Taji"
	model.PlaceTown:     25,  // "Fallujah"
	model.PlaceDistrict: 50,  // "Hit district"
	model.PlaceProvince: 150, // "Anbar province"
	"":                  25,  // precision not given: a town
}

// provinceReachKM: how far from a province's anchor a strike its report
// places on the province-wide claim's very days may lie and still be in
// that province (Anbar reaches some 300 km west of its centre to Rutba and
// al-Qaim). Used only for the report's own, single strike on those days.
const provinceReachKM = 2 * 150

// relationOffsetKM widens a place's radius by how far the relation puts the
// strike from the named place. An explicit distance ("12 miles south of")
// adds that distance instead (capped at maxOffsetKM).
var relationOffsetKM = []struct {
	word string
	km   float64
}{
	{"near", 10},      // "near Abu Kamal"
	{"outside", 10},   // "outside Mosul"
	{"north", 15},     // "north of Baghdad", "northwest of"
	{"south", 15},     // "southwest of Fallujah"
	{"east", 15},      // "east of Ramadi"
	{"west", 15},      // "west of Mosul"
	{"toward", 15},    // "toward Tharthar"
	{"outskirts", 10}, // "on the outskirts of Raqqa"
}

const maxOffsetKM = 60

// directions a relation may name ("southwest of" contains "south").
var directions = []string{"north", "south", "east", "west"}

// A relation with a distance and a direction ("about 45 km southeast of
// Deir ez-Zor") puts the strike at that point, not at the named place: the
// extractor has moved the claim's where.lat/lon there; its radius is pointRadiusKM plus
// projectedSpread of the distance (distances in reports are rounded).
const (
	pointRadiusKM   = 10
	projectedSpread = 0.3
)

// datePadDays widens a claim's date range on each side by its precision:
// a strike around midnight is reported on either day; "last week" is
// ±3 days; "in June" ±15.
var datePadDays = map[string]int{
	model.PrecisionDay:   1,
	model.PrecisionDays:  1,
	model.PrecisionWeek:  3,
	model.PrecisionMonth: 15,
	"":                   1,
}

// maxIncidentSpanDays caps how long an incident's dates may grow by linking
// day-precise claims: a convoy struck "over two days" is one incident, daily
// strikes on one town for a week are several.
const maxIncidentSpanDays = 3

// fineTimeMaxDays: a date range up to this long is precise enough to open
// and extend an incident; longer ones (weeks, months) only attach.
const fineTimeMaxDays = 4

// docWindowBeforeDays/AfterDays: an undated claim in a report published on
// day P is about a strike between P-45 and P+1.
const (
	docWindowBeforeDays = 45
	docWindowAfterDays  = 1
	// inferredWindowPadDays pads a window inferred from the report's other
	// claims (its own dated claims, or the incidents they unambiguously join).
	inferredWindowPadDays = 15
)

// Event families: types that one strike may be reported as. An air strike
// may be reported as a drone or helicopter attack (the Fallujah convoy was
// hit by Iraqi helicopters and coalition jets), but not as a ground attack
// (ISIS killing civilians east of Ramadi is not the coalition's convoy strike).
const (
	famUnknown = iota
	famAir
	famArtillery
	famGround
)

var eventFamily = map[string]int{
	model.EventAirstrike:        famAir,
	model.EventDroneStrike:      famAir,
	model.EventHelicopterAttack: famAir,
	model.EventArtillery:        famArtillery,
	model.EventGroundAttack:     famGround,
	model.EventUnknown:          famUnknown,
	"":                          famUnknown,
}

// incompatibleFamilies lists the pairs that are never one strike.
// Air and artillery stay compatible: reports often confuse shelling and
// air strikes.
var incompatibleFamilies = [][2]int{
	{famAir, famGround},
	{famArtillery, famGround},
}

// statementLagDays: a claim with no place of its own may be dated by when
// it was said ("the coalition denied it on Tuesday"); it still belongs to a
// strike of its report up to this many days earlier.
const statementLagDays = 7

func familiesCompatible(a, b int) bool {
	if a == famUnknown || b == famUnknown || a == b {
		return true
	}
	for _, p := range incompatibleFamilies {
		if (p[0] == a && p[1] == b) || (p[0] == b && p[1] == a) {
			return false
		}
	}
	return true
}

// Target classes, from words in Event.Target. Two known, different classes
// are different strikes ("convoy" vs "headquarters"). A person may be in a
// convoy or a building, so "person" is compatible with everything.
const (
	tgtUnknown = iota
	tgtConvoy
	tgtBuilding
	tgtInfrastructure
	tgtPerson
)

var targetClassWords = []struct {
	word  string
	class int
}{
	{"convoy", tgtConvoy},        // "a convoy of medics"
	{"column", tgtConvoy},        // "a column of vehicles"
	{"vehicle", tgtConvoy},       // "vehicles fleeing Fallujah"
	{"truck", tgtConvoy},         // "55 ISIL trucks"
	{"tanker", tgtConvoy},        // "oil tanker trucks"
	{"car", tgtConvoy},           // "a car"
	{"headquarter", tgtBuilding}, // "a known Daesh HQ"
	{"hq", tgtBuilding},
	{"command", tgtBuilding}, // "command and control center"
	{"villa", tgtBuilding},
	{"house", tgtBuilding},
	{"building", tgtBuilding},
	{"compound", tgtBuilding},
	{"hospital", tgtBuilding},
	{"school", tgtBuilding},
	{"mosque", tgtBuilding},
	{"bridge", tgtInfrastructure},
	{"refinery", tgtInfrastructure},
	{"oil field", tgtInfrastructure},
	{"dam", tgtInfrastructure},
	{"leader", tgtPerson}, // "senior leaders"
	{"commander", tgtPerson},
	{"general", tgtPerson},
}

func targetClass(target string) int {
	t := strings.ToLower(target)
	if t == "" {
		return tgtUnknown
	}
	for _, w := range targetClassWords {
		if containsWord(t, w.word) {
			return w.class
		}
	}
	return tgtUnknown
}

// containsWord reports whether w occurs in s starting at a word boundary
// ("car" in "car bomb", not in "scarf"); plurals match.
func containsWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if j == 0 || !isLetter(s[j-1]) {
			return true
		}
		i = j + 1
	}
	return false
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func targetsCompatible(a, b int) bool {
	return a == tgtUnknown || b == tgtUnknown || a == tgtPerson || b == tgtPerson || a == b
}

var targetClassName = map[int]string{
	tgtConvoy:         "convoy",
	tgtBuilding:       "building",
	tgtInfrastructure: "infrastructure",
	tgtPerson:         "person",
}

// A report that tells two strikes at two towns on one day gives each its own
// sentence, its own town and its own telling (see separateStrikes); the
// tables below say what counts as each.

// siteRelations say a claim's town is where the strike was, not what it
// lies away from ("north of Baghdad") or where people came from.
var siteRelations = map[string]bool{
	"": true, "in": true, "at": true, "near": true, "outside": true,
	"around": true, "on the outskirts of": true, "in the area of": true,
}

// distinctTownsKM: two towns each named bare as a strike's site ("in A",
// "at B"), on days that do not meet, further apart than this are two
// strikes (see distinctTowns); "near", a bearing or a distance may still
// reach the other town.
const distinctTownsKM = 15

// farTownsKM: two towns each named as a strike's site, in it or near it
// ("near A", "in B"), further apart than this are two places however their
// radii overlap (see distinctTowns); one strike told from two towns names
// towns closer than this ("outside Amuda" / "near Qamishli", 27 km).
const farTownsKM = 30

// insideTown: relations that put a strike within its town, not by it: a
// second town placed by a bearing from it lies elsewhere (see
// namesOtherSite).
var insideTown = map[string]bool{"in": true, "at": true}

// bearingWords are the compass bearings a relation may give ("north of",
// "south-east of", hyphens dropped).
var bearingWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
}

// sameSiteKM: anchors closer than this are one place spelled two ways.
const sameSiteKM = 3

// farSitesKM: one speaker who places two strikes of one report at two towns
// this far apart, each sentence naming its own, tells two strikes even when
// it tells them alike ("jets struck a building in A … a drone struck a car
// near B", 30 km away): one strike is not placed at two towns that far
// apart without one sentence naming the other or pointing back to it.
const farSitesKM = 20

// strikeReferences in a sentence point back to a strike already told ("the
// strike in Albu Sudah killed six"): such a sentence names where that
// strike was, not a strike of its own.
var strikeReferences = []string{
	"the strike", "the air strike", "the airstrike", "the attack", "the raid",
	"the bombing", "the shelling", "the incident", "this strike", "that strike",
	"the same strike", "the drone strike",
}

// weekdayNames, from Sunday (day 0): an undated sentence that names one
// ("late on Sunday") is about a strike on such a day.
var weekdayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// weekdayVoteWeight: when a report with no date at all is dated by the
// incidents its claims join, a claim that its named weekday placed counts
// as this many claims placed by name and distance alone.
const weekdayVoteWeight = 3

// speechBeforeWeekday: words before a weekday that make it the day
// something was said, not the strike's ("the ministry said on Friday").
var speechBeforeWeekday = []string{
	"said on ", "said late on ", "announced on ", "stated on ", "told reporters on ",
	"reported on ", "confirmed on ", "denied on ", "claimed on ",
}

// tollKinds are the figures that tell what one strike did to people.
var tollKinds = map[string]bool{model.CountKilled: true, model.CountInjured: true}

// agreeingTollRatio: for a report with no date, an undated claim's killed
// figure and an incident's agree when neither is more than this many times
// the other (sources differ: "at least ten" beside 13, not 40 beside two).
const agreeingTollRatio = 3

// agreeingPrecisions: an undated claim of a report with no date is matched
// to one dated incident by how it is told only when it names a town or a
// point: a province holds too many strikes.
var agreeingPrecisions = map[string]bool{model.PlaceTown: true, model.PlacePoint: true, "": true}

// answerWords tell a strike as the answer to another ("the attack was
// retaliated against", "struck 46 targets in response", "struck the
// positions from which the fire had come"): the sentence and the strike it
// answers, blamed on the other side by the same speaker, are two strikes
// (see answeredStrike).
var answerWords = []string{
	"retaliat", "in response", "in reprisal", "in return for", "responded to",
	"from which the fire", "from which the attack", "source of the fire", "sources of the fire",
	"source of fire",
}

// partners are actors told striking side by side ("Iraqi and coalition
// aircraft", "Russian and Syrian jets", Iraqi forces with the PMF, the SDF
// with the coalition): a strike by one and a strike by the other at one
// place and day may be one operation, never a strike and its answer.
var partners = [][2]string{
	{"coalition", "iraq"},
	{"coalition", "sdf"},
	{"iraq", "pmf"},
	{"russia", "syria"},
	{"iran", "syria"},
	{"russia", "iran"},
}

// anotherStrikeOpeners begin a sentence that tells a further strike beside
// one its report has told ("On the same day, Russian warplanes carried out
// three raids on B"): the report tells two strikes, whoever it quotes for
// each (see tellsAnother).
var anotherStrikeOpeners = []string{
	"on the same day", "the same day", "on the same night", "later that day",
	"later the same day", "in a separate", "elsewhere",
}

// anotherStrikeWords, followed by a strike noun, tell a further strike
// anywhere in a sentence ("a second strike the same night hit a radar near
// B"). Only the indefinite forms: "the second strike" may point back to
// one told already.
var anotherStrikeWords = []string{"a second ", "a third ", "another ", "a separate ", "a further "}

// anotherStrikeNouns follow anotherStrikeWords (with at most one word
// between: "a second Israeli strike", "another air raid").
var anotherStrikeNouns = map[string]bool{
	"strike": true, "strikes": true, "airstrike": true, "raid": true, "attack": true,
	"bombardment": true, "bombing": true,
}
