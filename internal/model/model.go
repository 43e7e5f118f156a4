// Package model holds the data crosscheck passes from stage to stage:
// documents, the claims extracted from them, and the incidents they form.
// The JSON tags are the contract of DESIGN.md ("The JSON contract") that
// ../shared/eval/score reads: fields may be added, never renamed.
package model

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
)

// Document kinds.
const (
	KindNews     = "news"
	KindOfficial = "official"
	KindNGO      = "ngo"
	KindBlog     = "blog"
	KindSocial   = "social"
)

// Document is one report after ingest: normalised text plus metadata.
type Document struct {
	ID         string    `json:"id"` // hex sha256 of Text
	Path       string    `json:"path,omitempty"`
	URL        string    `json:"url,omitempty"`
	Title      string    `json:"title"`
	Publisher  string    `json:"publisher"`
	Author     string    `json:"author,omitempty"`
	Published  string    `json:"published"` // ISO date "2006-01-02" or "" when unknown
	Kind       string    `json:"kind"`
	Lang       string    `json:"lang"` // "en", "ar" or "other"
	Text       string    `json:"text,omitempty"`
	CopyOf     string    `json:"copy_of,omitempty"`    // id of the earlier near-copy
	RawSHA256  string    `json:"raw_sha256,omitempty"` // address of the archived original bytes
	Warnings   []string  `json:"warnings,omitempty"`
	IngestedAt time.Time `json:"ingested_at,omitzero"`
}

// Stances a claim can take.
const (
	StanceAsserts  = "asserts"
	StanceDenies   = "denies"
	StanceConfirms = "confirms"
	StanceRetracts = "retracts"
	StanceDisputes = "disputes"
)

// Occurrence is the pseudo-actor of "no strike took place".
const Occurrence = "occurrence"

// Journalist is the speaker of an outlet's own narration.
const Journalist = "journalist"

// Event types.
const (
	EventAirstrike        = "airstrike"
	EventHelicopterAttack = "helicopter_attack"
	EventDroneStrike      = "drone_strike"
	EventArtillery        = "artillery"
	EventGroundAttack     = "ground_attack"
	EventUnknown          = "unknown"
)

// Target groups.
const (
	GroupMilitants = "militants"
	GroupCivilians = "civilians"
	GroupChildren  = "children"
	GroupMedics    = "medics"
	GroupMixed     = "mixed"
	GroupUnknown   = "unknown"
)

// Count kinds.
const (
	CountKilled            = "killed"
	CountInjured           = "injured"
	CountVehiclesDestroyed = "vehicles_destroyed"
	CountVehiclesStruck    = "vehicles_struck"
	CountStrikes           = "strikes"
	CountEngagements       = "engagements"
)

// Date precisions.
const (
	PrecisionDay   = "day"
	PrecisionDays  = "days"
	PrecisionWeek  = "week"
	PrecisionMonth = "month"
)

// Place precisions.
const (
	PlacePoint    = "point"
	PlaceTown     = "town"
	PlaceDistrict = "district"
	PlaceProvince = "province"
	PlaceCountry  = "country"
)

// Event is what happened: the kind of attack and what it hit.
type Event struct {
	Type        string `json:"type"`
	Target      string `json:"target,omitempty"`
	TargetGroup string `json:"target_group"`
}

// When is a date range; From == To for a known day. Empty strings mean the
// text fixes no calendar date.
type When struct {
	From      string `json:"from,omitempty"`
	To        string `json:"to,omitempty"`
	Precision string `json:"precision,omitempty"`
	Time      string `json:"time,omitempty"` // local "15:04"
}

// Where is a resolved place. Lat/Lon are nil when the place is unknown to
// the gazetteer: the name is still kept.
type Where struct {
	Name      string   `json:"name,omitempty"`
	Lat       *float64 `json:"lat,omitempty"`
	Lon       *float64 `json:"lon,omitempty"`
	Country   string   `json:"country,omitempty"` // ISO 3166-1 alpha-2
	Relation  string   `json:"relation,omitempty"`
	Precision string   `json:"precision,omitempty"`
}

// Count is one figure. Min/Max nil mean an open end: "more than 400" is
// Min 401, Max nil.
type Count struct {
	Kind   string `json:"kind"`
	Group  string `json:"group"`
	Min    *int   `json:"min"`
	Max    *int   `json:"max"`
	Approx bool   `json:"approx,omitempty"`
	Item   string `json:"item,omitempty"` // what was counted, e.g. "oil tanker trucks"
	// Parts are the exact figures a summed count adds up, as written: "four
	// soldiers and two police officers were wounded" is 6 with Parts [4 2].
	// Another report's 4 or 2 is then a part of the same toll, not a rival.
	Parts []int `json:"parts,omitempty"`
}

// CivilianGroup reports a target group of civilians: civilians, and the
// children and medics who are civilians by who they are.
func CivilianGroup(g string) bool {
	switch g {
	case GroupCivilians, GroupChildren, GroupMedics:
		return true
	}
	return false
}

// None reports a count of none ("no civilians were killed").
func (c Count) None() bool {
	return c.Max != nil && *c.Max == 0
}

// SameFigure reports whether c and o give one figure of one kind: the same
// bounds, whatever group each reads them as.
func (c Count) SameFigure(o Count) bool {
	eq := func(x, y *int) bool { return x == nil && y == nil || x != nil && y != nil && *x == *y }
	return c.Kind == o.Kind && eq(c.Min, o.Min) && eq(c.Max, o.Max)
}

// PartsAddUp reports parts (two or more) that add up to c's one exact
// value: a count whose bounds are open, unequal or moved since has none
// that mean anything.
func (c Count) PartsAddUp() bool {
	if len(c.Parts) < 2 || c.Min == nil || c.Max == nil || *c.Min != *c.Max {
		return false
	}
	return SumOf(c.Parts) == *c.Min
}

// SumOf is the sum of vs.
func SumOf(vs []int) int {
	sum := 0
	for _, v := range vs {
		sum += v
	}
	return sum
}

// Claim is one attributed assertion about one event, from one sentence or a
// short run of sentences.
type Claim struct {
	ID                   string   `json:"id,omitempty"`
	Document             string   `json:"document,omitempty"`
	Path                 string   `json:"path,omitempty"`
	Published            string   `json:"published,omitempty"` // the document's date, for timelines
	Speaker              string   `json:"speaker"`
	SpeakerName          string   `json:"speaker_name,omitempty"` // as written: "Col. Chris Garver"
	Stance               string   `json:"stance"`
	PerpetratorsAsserted []string `json:"perpetrators_asserted"`
	PerpetratorsDenied   []string `json:"perpetrators_denied"`
	Event                Event    `json:"event"`
	When                 When     `json:"when"`
	Where                Where    `json:"where"`
	Counts               []Count  `json:"counts"`
	Revises              []Count  `json:"revises,omitempty"` // figures the speaker gave earlier and withdraws here (a corrected toll)
	Quote                string   `json:"quote"`
	Span                 [2]int   `json:"span"`             // byte offsets into Document.Text
	Source               string   `json:"source,omitempty"` // "prose" or "release"
}

// Where a claim was read from (Claim.Source).
const (
	SourceProse   = "prose"   // the general extractor
	SourceRelease = "release" // a strike release's grammar
)

// Link explains why a claim joined an incident.
type Link struct {
	Claim  string `json:"claim"`
	Reason string `json:"reason"`
}

// Incident groups the claims about one strike.
type Incident struct {
	ID             string          `json:"id"`
	When           When            `json:"when"`
	Where          Where           `json:"where"`
	Claims         []Claim         `json:"claims"`
	Documents      []string        `json:"documents"`
	Links          []Link          `json:"links,omitempty"`
	Belligerents   []Belligerent   `json:"belligerents"`
	Estimates      []Estimate      `json:"estimates"`
	Contradictions []Contradiction `json:"contradictions"`
	Grade          string          `json:"grade"`
	GradeReason    string          `json:"grade_reason"`
	Timeline       []TimelineEntry `json:"timeline"`
}

// Belligerent says, for one actor, which speakers assert, deny, confirm or
// retract its part in the incident. Each entry is a claim id.
type Belligerent struct {
	Actor       string   `json:"actor"`
	AssertedBy  []Source `json:"asserted_by"`
	DeniedBy    []Source `json:"denied_by"`
	ConfirmedBy []Source `json:"confirmed_by"`
	RetractedBy []Source `json:"retracted_by"`
	// DisputedBy: speakers who question the actor's part without denying it.
	DisputedBy []Source `json:"disputed_by,omitempty"`
}

// Source names who said something and where.
type Source struct {
	Speaker  string `json:"speaker"`
	Claim    string `json:"claim"`
	Document string `json:"document"`
}

// Estimate is the range of one count kind and group across an incident's
// sources (UCDP-style low/best/high).
type Estimate struct {
	Kind      string   `json:"kind"`
	Group     string   `json:"group"`
	Min       *int     `json:"min"`
	Best      *int     `json:"best"`
	Max       *int     `json:"max"`
	MinSource *Source  `json:"min_source,omitempty"`
	MaxSource *Source  `json:"max_source,omitempty"`
	Sources   []Source `json:"sources"`
	Note      string   `json:"note,omitempty"`
}

// Contradiction kinds.
const (
	ContraAttribution    = "attribution"
	ContraOccurrence     = "occurrence"
	ContraCount          = "count"
	ContraTarget         = "target"
	ContraRetraction     = "retraction"
	ContraOfficialRecord = "official_record"
)

// Contradiction is a disagreement between two claims of one incident.
type Contradiction struct {
	Kind        string `json:"kind"`
	A           Claim  `json:"a"`
	B           Claim  `json:"b"`
	Explanation string `json:"explanation"`
}

// Grades.
const (
	GradeConfirmed  = "confirmed"
	GradeFair       = "fair"
	GradeWeak       = "weak"
	GradeContested  = "contested"
	GradeDiscounted = "discounted"
)

// TimelineEntry is one claim in publication order.
type TimelineEntry struct {
	Published string `json:"published"`
	Claim     string `json:"claim"`
	Speaker   string `json:"speaker"`
	Stance    string `json:"stance"`
	Summary   string `json:"summary"`
}

// IntPtr returns a pointer to v, for building counts.
func IntPtr(v int) *int { return &v }

// ClaimID derives a stable claim id from its document, span and its ordinal
// among the document's claims, so re-extracting a document gives the same ids.
func ClaimID(docID string, span [2]int, ordinal int) string {
	// "doc:start:end:ordinal", built without fmt: this runs for every claim.
	var buf [64]byte
	b := append(buf[:0], docID...)
	for _, n := range [3]int{span[0], span[1], ordinal} {
		b = strconv.AppendInt(append(b, ':'), int64(n), 10)
	}
	h := sha256.Sum256(b)
	var id [16]byte
	hex.Encode(id[:], h[:8])
	return string(id[:])
}

// countNouns words each count kind for readers: plural, then singular.
var countNouns = map[string][2]string{
	CountKilled:            {"killed", "killed"},
	CountInjured:           {"injured", "injured"},
	CountVehiclesDestroyed: {"vehicles destroyed", "vehicle destroyed"},
	CountVehiclesStruck:    {"vehicles struck", "vehicle struck"},
	CountStrikes:           {"strikes", "strike"},
	CountEngagements:       {"engagements", "engagement"},
}

// CountNoun words a count kind ("vehicles destroyed"; "vehicle destroyed"
// when the figure is exactly one). Unknown kinds read with spaces.
func CountNoun(kind string, exactlyOne bool) string {
	n, ok := countNouns[kind]
	if !ok {
		return strings.ReplaceAll(kind, "_", " ")
	}
	if exactlyOne {
		return n[1]
	}
	return n[0]
}

// RevisedFigure returns the figure of kind that the claim's speaker gave
// earlier and withdraws here (Revises), if any.
func (c *Claim) RevisedFigure(kind string) (Count, bool) {
	for _, r := range c.Revises {
		if r.Kind == kind {
			return r, true
		}
	}
	return Count{}, false
}
