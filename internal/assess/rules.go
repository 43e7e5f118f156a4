package assess

import "github.com/crosscheck/crosscheck/internal/model"

// Assessment rules as data. docs/methodology.md explains each one.

// conflictingGroups are target groups that cannot both describe who was hit
// ("the strike hit a convoy of medics" / "it hit militant leaders").
// A "mixed" report (civilians among militants) conflicts with a report that
// those hit were militants only.
var conflictingGroups = [][2]string{
	{model.GroupMedics, model.GroupMilitants},
	{model.GroupCivilians, model.GroupMilitants},
	{model.GroupChildren, model.GroupMilitants},
	{model.GroupMixed, model.GroupMilitants},
}

// contraOrder is the order contradictions are listed in.
var contraOrder = map[string]int{
	model.ContraAttribution:    0,
	model.ContraOccurrence:     1,
	model.ContraOfficialRecord: 2,
	model.ContraCount:          3,
	model.ContraTarget:         4,
	model.ContraRetraction:     5,
}

// contestingKinds make an incident contested: competing claims of who did
// it, or of whether it happened.
var contestingKinds = map[string]bool{
	model.ContraAttribution:    true,
	model.ContraOccurrence:     true,
	model.ContraOfficialRecord: true,
}

// countKindOrder orders estimates.
var countKindOrder = map[string]int{
	model.CountKilled:            0,
	model.CountInjured:           1,
	model.CountVehiclesDestroyed: 2,
	model.CountVehiclesStruck:    3,
	model.CountStrikes:           4,
	model.CountEngagements:       5,
}

// stanceVerb words a stance for summaries.
var stanceVerb = map[string]string{
	model.StanceAsserts:  "says",
	model.StanceConfirms: "confirms",
	model.StanceDenies:   "denies",
	model.StanceRetracts: "retracts",
	model.StanceDisputes: "disputes",
}

// maxContradictionsPerKind bounds what one incident lists of one kind
// (one per pair of independent sources is kept in any case).
const maxContradictionsPerKind = 50

// unknownActor is the perpetrator "unknown" ("an unidentified aircraft"):
// it names no other party.
const unknownActor = "unknown"

// anonymousSpeakers are speaker ids that stand for unnamed people ("an
// Iraqi officer", "U.S. officials", "residents"): each report's are taken
// as its own, not as one voice across reports.
var anonymousSpeakers = map[string]bool{
	"iraqi-sources": true,
	"us-official":   true,
	"local-sources": true,
}
