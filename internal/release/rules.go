package release

// The grammar of coalition strike releases, as data. Each table lists what
// it matches with an example from a real release (CENTCOM / CJTF-OIR daily
// releases 2014–2016, CJTF-OIR weekly releases 2017–2019). These tables are
// read-only; nothing in the package writes to them.

// bulletRule is one way a release marks a per-location line.
type bulletRule struct {
	Mark     string
	NeedNear bool // a letter used as a bullet only counts before "Near"
	Example  string
}

// bullets are tried longest first, so "--" wins over "-".
var bullets = []bulletRule{
	{Mark: "--", Example: "-- Near Mosul, two strikes struck an ISIL tactical unit."},
	{Mark: "-", Example: "- Near Abu Kamal, one strike destroyed six oil tanker trucks and an oil pump jack."},
	{Mark: "*", Example: "*  Near Al Hawl, one strike destroyed an ISIL vehicle borne improvised explosive device (VBIED)."},
	{Mark: "•", Example: "• Near Abu Kamal, one strike engaged a Daesh tactical unit and destroyed a Daesh vehicle."},
	{Mark: "·", Example: "· Near Hit, one strike destroyed an ISIL bridge section."},
	{Mark: "●", Example: "● Near Raqqa, one strike engaged an ISIS tactical unit."},
	{Mark: "▪", Example: "▪ Near Raqqa, one strike engaged an ISIS tactical unit."},
	{Mark: "–", Example: "– Near Sinjar, one strike struck an ISIL tactical unit."},
	// Word bullets pasted as plain text: Wingdings ❖ becomes "v", the
	// second-level circle becomes "o" (seen in the strikes CSV: "vNear Mosul").
	{Mark: "v", NeedNear: true, Example: "vNear Mosul, seven strikes engaged three ISIL tactical units."},
	{Mark: "o", NeedNear: true, Example: "o Near Kisik, one strike struck an ISIL tactical unit."},
}

// numberWords are the counts releases spell out ("an airstrike" = 1,
// "six oil tanker trucks" = 6). Digits are read directly.
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "another": 1, "single": 1,
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// vagueCounts name a number of items without giving it
// ("destroyed several ISIL fighting positions"): the item is kept, its
// count is left open.
var vagueCounts = map[string]bool{"several": true, "multiple": true, "numerous": true, "some": true}

// verbRule is one thing a strike did to its targets.
type verbRule struct {
	Words     string // lower case, as written
	Canonical string // how the target list names it
	NoObject  bool   // the verb phrase is the whole outcome
	FirstOnly bool   // a typo that is also a noun: a verb only right after "N strikes"
	Example   string
}

// verbs of the predicate "Near X, N strikes <verb> <targets>". Several verbs
// may follow one another: "struck two ISIL tactical units and destroyed five
// ISIL fighting positions". Longer phrases come first.
var verbs = []verbRule{
	{Words: "produced inconclusive results", Canonical: "inconclusive", NoObject: true, Example: "Near Hit one strike produced inconclusive results."},
	{Words: "had inconclusive results", Canonical: "inconclusive", NoObject: true, Example: "Near Al Qaim, one airstrike had inconclusive results."},
	{Words: "resulted in inconclusive results", Canonical: "inconclusive", NoObject: true, Example: "one strike resulted in inconclusive results."},
	{Words: "had no effect", Canonical: "inconclusive", NoObject: true, Example: "Near Al Huwayjah, an airstrike had no effect."},
	{Words: "engaged", Canonical: "engaged", Example: "Near Dayr Az Zawr, two strikes engaged four ISIL supply routes."},
	{Words: "engaging", Canonical: "engaged", Example: "..., engaging an ISIL tactical unit."},
	{Words: "destroyed", Canonical: "destroyed", Example: "Near Ar Raqqah, one strike destroyed two oil pump jacks."},
	{Words: "destroying", Canonical: "destroyed", Example: "four airstrikes struck five ISIL tactical units, destroying an ISIL vehicle"},
	{Words: "damaged", Canonical: "damaged", Example: "one strike damaged an ISIL bridge."},
	{Words: "damaging", Canonical: "damaged", Example: "..., damaging an ISIL building."},
	{Words: "suppressed", Canonical: "suppressed", Example: "and suppressed an ISIL mortar position."},
	{Words: "suppressing", Canonical: "suppressed", Example: "..., suppressing an ISIL mortar team."},
	{Words: "struck", Canonical: "struck", Example: "Near Bayji, one strike struck an ISIL tactical unit."},
	{Words: "stuck", Canonical: "struck", Example: "one strike stuck an ISIL tactical unit (sic)."},
	{Words: "truck", Canonical: "struck", FirstOnly: true, Example: "Near Sinjar, one airstrike truck an ISIL large tactical unit (sic)."},
	{Words: "striking", Canonical: "struck", Example: "..., striking an ISIL tactical unit."},
	{Words: "hit", Canonical: "struck", Example: "one strike hit an ISIL staging area."},
	{Words: "targeted", Canonical: "struck", Example: "one strike targeted an ISIL headquarters."},
	{Words: "denied", Canonical: "denied", Example: "and denied ISIL access to terrain."},
	{Words: "denying", Canonical: "denied", Example: "..., denying ISIL access to terrain."},
	{Words: "cratered", Canonical: "cratered", Example: "one strike cratered an ISIL supply route."},
	{Words: "wounded", Canonical: "wounded", Example: "and wounded three ISIL fighters."},
	{Words: "killed", Canonical: "killed", Example: "and killed an ISIL fighter."},
	{Words: "neutralized", Canonical: "neutralized", Example: "one strike neutralized an ISIL tactical unit."},
	{Words: "degraded", Canonical: "degraded", Example: "and degraded an ISIL oil refinery."},
	{Words: "disabled", Canonical: "disabled", Example: "and disabled an ISIL vehicle."},
	{Words: "breached", Canonical: "breached", Example: "and breached an ISIL berm."},
	{Words: "halted", Canonical: "halted", Example: "and halted an ISIL attack."},
	{Words: "immobilized", Canonical: "immobilized", Example: "and immobilized an ISIL vehicle."},
}

// groupWords name whose target it was; they are dropped from item text
// because every release target belongs to the group fought
// ("an ISIL-held building" -> "building").
var groupWords = map[string]bool{
	"isil": true, "isis": true, "daesh": true, "is": true,
	"isil-held": true, "isis-held": true, "daesh-held": true,
	"isil-controlled": true, "isis-controlled": true, "daesh-controlled": true,
	"isil-used": true, "daesh-used": true, "controlled": true, "held": true,
	"separate": true,
}

// vehicleHeads are the last words of items counted as vehicles
// ("destroyed six oil tanker trucks" -> vehicles_destroyed 6). Construction
// equipment (excavators, bulldozers, front end loaders) and boats are not
// vehicles for the gold convention; they stay as target items.
var vehicleHeads = map[string]bool{
	"vehicle": true, "vehicles": true, "truck": true, "trucks": true,
	"tanker": true, "tankers": true, "car": true, "cars": true,
	"vbied": true, "vbieds": true, "humvee": true, "humvees": true,
	"motorcycle": true, "motorcycles": true, "technical": true, "technicals": true,
	"tank": true, "tanks": true, // "an ISIL tank"; but see notVehicleModifiers
	"apc": true, "apcs": true,
}

// notVehicleModifiers turn a vehicle head into something else:
// "an oil storage tank" is not a battle tank.
var notVehicleModifiers = map[string]bool{
	"storage": true, "oil": true, "fuel": true, "water": true, "gas": true, "septic": true,
	"aerial": true, // "unmanned aerial vehicle" is a drone
}

// personHeads are targets that are people, counted as killed or injured
// militants when the verb says so ("wounded three ISIL fighters").
var personHeads = map[string]bool{
	"fighter": true, "fighters": true, "militant": true, "militants": true,
	"leader": true, "leaders": true, "sniper": true, "snipers": true,
}

// countryRule is a country a release reports strikes in.
type countryRule struct {
	Name string // as releases write it
	ISO2 string
}

var countries = []countryRule{{Name: "Syria", ISO2: "SY"}, {Name: "Iraq", ISO2: "IQ"}}

// speakerRule assigns a release to the command that issued it, from a cue
// in its header (or the document's publisher).
type speakerRule struct {
	Pattern string // regexp, case-insensitive
	Speaker string
	Example string
}

var speakerRules = []speakerRule{
	{Pattern: `\bCombined Joint Task Force\b|\bCJTF-OIR\b|\bOperation Inherent Resolve\b|@CJTFOIR\b`, Speaker: "cjtf-oir", Example: "Combined Joint Task Force – Operation Inherent Resolve"},
	{Pattern: `\bU\.S\. Central Command\b|\bCENTCOM\b|\bTAMPA, Fla\b|\bDepartment of Defense\b|\bDoD News\b|\bPentagon\b`, Speaker: "us-dod", Example: "TAMPA, Fla., Sept. 18, 2014 — U.S. Central Command"},
}

// defaultSpeaker speaks for releases whose header names no command: the
// daily and weekly strike releases of 2014–2019 were CJTF-OIR's.
const defaultSpeaker = "cjtf-oir"

// headerRule marks the start of a release. A header unit that is nothing but
// the header is consumed; one that goes on into prose is left to the prose
// extractor ("SOUTHWEST ASIA – The Iraqi air force conducted an air strike
// near Hajin...").
type headerRule struct {
	Pattern string // regexp anchored at the unit start
	Whole   bool   // the pattern matches the whole unit
	Example string
}

var headerRules = []headerRule{
	{Pattern: `^(?:[A-Z][a-z]+\.? \d{1,2}: )?Military airstrikes continue against (?:ISIL|ISIS)\b.*$`, Whole: true, Example: "Military airstrikes continue against ISIL terrorists in Syria and Iraq"},
	{Pattern: `^(?:SOUTHWEST ASIA|TAMPA, Fla\.)(?:,?\s*(?:[A-Z][a-z]+day,\s*)?` + datePattern + `)?\s*[—–-]*\s*$`, Whole: true, Example: "SOUTHWEST ASIA, November 2, 2015 —"},
	{Pattern: `^(?:SOUTHWEST ASIA|TAMPA, Fla\.)\b`, Example: "SOUTHWEST ASIA — On Nov. 1, coalition military forces continued to attack ISIL terrorists"},
	{Pattern: `^Release\s*(?:#|No\.?|Number)\s*\d{8}-\d+\s*$`, Whole: true, Example: "Release # 20151102-01"},
	{Pattern: `^FOR IMMEDIATE RELEASE\s*$`, Whole: true, Example: "FOR IMMEDIATE RELEASE"},
	{Pattern: `^U\.S\. Central Command\s*$`, Whole: true, Example: "U.S. Central Command"},
}

// boilerplate sentences of a release carry no claim; inside a release that
// yielded claims they are consumed so that prose extraction does not read
// "Coalition nations which have conducted strikes in Syria include..." as a
// strike report.
var boilerplate = []string{
	"Strike assessments are based on initial reports",             // every daily release
	"All aircraft returned to base safely",                        // 2014–2015
	"The strikes were conducted as part of Operation Inherent",    // daily
	"These strikes were conducted as part of Operation Inherent",  // weekly
	"The destruction of ISIL targets",                             // daily
	"Coalition nations which have conducted strikes",              // daily
	"The following is a summary of the strikes",                   // daily
	"Task Force officials define a strike as",                     // 2016
	"The list above contains all strikes",                         // 2017–2019
	"CJTF-OIR strike releases contain",                            // 2017–2019
	"Additional coalition strikes conducted",                      // corrections preamble
	"U.S. and coalition military forces have continued to attack", // daily, 2014–2016
	"U.S. military forces have continued to attack",               // CENTCOM, 2014
	"Coalition military forces have continued to attack",          // daily, 2016
	"Officials reported details of yesterday",                     // daily, 2017
	"Part of Operation Inherent Resolve",                          // 2017 heading
}

// countTargets is the claim count kind of each item a strike hit. The
// gold-scored kinds (strikes, engagements, vehicles_destroyed, killed,
// injured) are derived from the same items; "targets" keeps the whole list
// for readers and is ignored by the scorer, which skips unknown kinds.
const countTargets = "targets"
