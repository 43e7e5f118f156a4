// Package assess lays out, for one incident, who says who did it, the range
// of figures, where sources contradict each other, a grade, and the story's
// timeline. It is pure: no I/O, no logging; the rules are written in
// docs/methodology.md and the tables are in rules.go.
package assess

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/model"
)

// Assessor holds what assessing an incident needs beyond its own claims.
// It is read-only once built and safe for concurrent use.
type Assessor struct {
	docs map[string]model.Document
	reg  *actors.Registry
	// records by "country|day": official-record denials (link.Result.Records).
	records map[string][]*model.Claim
	rank    map[string]int // registry order of actor ids
}

// New returns an Assessor. docs gives each claim's document (publisher,
// date, near-copy link); records are link.Result.Records.
func New(docs map[string]model.Document, reg *actors.Registry, records []model.Claim) *Assessor {
	if reg == nil {
		reg = actors.New()
	}
	a := &Assessor{docs: docs, reg: reg, records: map[string][]*model.Claim{}, rank: map[string]int{}}
	for i, act := range reg.All() {
		a.rank[act.ID] = i
	}
	for i := range records {
		r := &records[i]
		lo, ok1 := model.ParseDay(r.When.From)
		hi, ok2 := model.ParseDay(r.When.To)
		if !ok1 {
			continue
		}
		if !ok2 || hi < lo {
			hi = lo
		}
		if hi-lo > 31 {
			hi = lo + 31
		}
		for d := lo; d <= hi; d++ {
			k := recordKey(r.Where.Country, d)
			a.records[k] = append(a.records[k], r)
		}
	}
	return a
}

// Assess fills the derived fields of inc, without official records.
func Assess(inc *model.Incident, docs map[string]model.Document, reg *actors.Registry) {
	New(docs, reg, nil).Assess(inc)
}

// Assess fills inc's Belligerents, Estimates, Contradictions, Grade,
// GradeReason and Timeline from its claims.
func (a *Assessor) Assess(inc *model.Incident) {
	v := a.view(inc)
	inc.Belligerents = a.belligerents(v)
	inc.Estimates = a.estimates(v)
	inc.Contradictions = a.contradictions(v, inc)
	inc.Grade, inc.GradeReason = a.grade(v, inc.Contradictions)
	inc.Timeline = a.timeline(v)
}

// claimView is one claim with what the rules ask of it.
type claimView struct {
	c     *model.Claim
	src   string // independent source key
	pub   string
	root  string // the document, or the original it is a near-copy of
	copy  bool
	order int // publication order
	asserting,
	denyOcc bool
	// groupDenial: a denial that names no actor but a group, from a source
	// that itself reports the strike ("no civilians were hit"): it denies
	// who was hit, not the strike.
	groupDenial bool
}

type incView struct {
	claims []*claimView // publication order
}

// sourceKey: several outlets quoting one speaker are that speaker once; an
// outlet's own narration is a source per original story (near-copies of a
// story are one source).
func (a *Assessor) sourceKey(c *model.Claim, root string) string {
	if c.Speaker == "" || c.Speaker == model.Journalist {
		return model.Journalist + "@" + root
	}
	return c.Speaker
}

func (a *Assessor) rootDoc(id string) (string, bool) {
	cur, copied := id, false
	for range 16 {
		d, ok := a.docs[cur]
		if !ok || d.CopyOf == "" || d.CopyOf == cur {
			break
		}
		cur, copied = d.CopyOf, true
	}
	return cur, copied
}

func (a *Assessor) view(inc *model.Incident) *incView {
	v := &incView{claims: make([]*claimView, len(inc.Claims))}
	for i := range inc.Claims {
		c := &inc.Claims[i]
		root, copied := a.rootDoc(c.Document)
		pub := c.Published
		if d, ok := a.docs[c.Document]; ok && pub == "" {
			pub = d.Published
		}
		cv := &claimView{c: c, root: root, copy: copied, pub: pub}
		cv.src = a.sourceKey(c, root)
		cv.asserting = isAsserting(c)
		cv.denyOcc = deniesOccurrence(c)
		v.claims[i] = cv
	}
	slices.SortStableFunc(v.claims, func(x, y *claimView) int {
		if (x.pub == "") != (y.pub == "") {
			if x.pub == "" {
				return 1
			}
			return -1
		}
		if c := strings.Compare(x.pub, y.pub); c != 0 {
			return c
		}
		if c := strings.Compare(x.c.Document, y.c.Document); c != 0 {
			return c
		}
		if c := cmp.Compare(x.c.Span[0], y.c.Span[0]); c != 0 {
			return c
		}
		return strings.Compare(x.c.ID, y.c.ID)
	})
	for i, cv := range v.claims {
		cv.order = i
	}
	for _, cv := range v.claims {
		if cv.denyOcc && isGroupDenial(cv.c) && slices.ContainsFunc(v.claims, func(x *claimView) bool {
			return x.src == cv.src && reportsStrike(x)
		}) {
			cv.denyOcc, cv.groupDenial = false, true
		} else if (cv.asserting || questionsOnlyHarm(cv.c)) && deniedGroup(cv.c) != "" {
			cv.groupDenial = true // "the strike killed militants and no civilians"
		}
	}
	return v
}

// deniedGroup is the group a claim says was not hit: a group denial's target
// group, or civilians for a claim that the strike happened and counts no
// civilian dead ("no civilians were killed in the strike") and no other
// civilian toll.
func deniedGroup(c *model.Claim) string {
	if isGroupDenial(c) {
		return c.Event.TargetGroup
	}
	if !isAsserting(c) && !questionsOnlyHarm(c) {
		return ""
	}
	zero := false
	for _, n := range c.Counts {
		if !model.CivilianGroup(n.Group) {
			continue
		}
		if !n.None() {
			return ""
		}
		zero = true
	}
	if zero {
		return model.GroupCivilians
	}
	return ""
}

// questionsOnlyHarm: a claim that disputes and names no actor, neither
// for nor against: what it questions is the harm its figures speak of
// ("there was no indication that civilians had been harmed"), not the
// strike or who carried it out.
func questionsOnlyHarm(c *model.Claim) bool {
	return c.Stance == model.StanceDisputes && len(c.PerpetratorsAsserted) == 0 && len(c.PerpetratorsDenied) == 0
}

// reportsStrike: the claim says the strike happened, and does not blame
// only actors with no aircraft: "Islamic State militants had rigged the
// houses" is a competing account of what happened, not a report of the
// strike, so the same source's "there was no air strike on any civilian
// house" denies the strike itself.
func reportsStrike(cv *claimView) bool {
	return cv.asserting && !groundOnly(culprits(cv.c.PerpetratorsAsserted))
}

// isGroupDenial: a denial of no actor and not of the strike by name, that
// says which group was not hit (target group civilians, children, medics or
// militants).
func isGroupDenial(c *model.Claim) bool {
	if c.Stance != model.StanceDenies || len(c.PerpetratorsAsserted) > 0 || len(c.PerpetratorsDenied) > 0 {
		return false
	}
	switch c.Event.TargetGroup {
	case model.GroupCivilians, model.GroupChildren, model.GroupMedics, model.GroupMilitants:
		return true
	}
	return false
}

// isAsserting: the claim says the strike happened (naming a perpetrator or not).
func isAsserting(c *model.Claim) bool {
	switch c.Stance {
	case model.StanceAsserts, model.StanceConfirms, "":
		return !slices.Contains(c.PerpetratorsDenied, model.Occurrence)
	}
	return false
}

// deniesOccurrence: the claim says no strike took place.
func deniesOccurrence(c *model.Claim) bool {
	if slices.Contains(c.PerpetratorsDenied, model.Occurrence) {
		return true
	}
	return (c.Stance == model.StanceDenies) && len(c.PerpetratorsAsserted) == 0 && len(c.PerpetratorsDenied) == 0
}

func source(c *model.Claim) model.Source {
	return model.Source{Speaker: speakerOf(c), Claim: c.ID, Document: c.Document}
}

func speakerOf(c *model.Claim) string {
	if c.Speaker == "" {
		return model.Journalist
	}
	return c.Speaker
}

// ---- belligerents ----

// addByStance files s under the list of b its stance belongs to.
func addByStance(b *model.Belligerent, stance string, s model.Source) {
	switch stance {
	case model.StanceConfirms:
		b.ConfirmedBy = append(b.ConfirmedBy, s)
	case model.StanceRetracts:
		b.RetractedBy = append(b.RetractedBy, s)
	case model.StanceDisputes:
		b.DisputedBy = append(b.DisputedBy, s)
	case model.StanceDenies:
		b.DeniedBy = append(b.DeniedBy, s)
	default:
		b.AssertedBy = append(b.AssertedBy, s)
	}
}

func (a *Assessor) belligerents(v *incView) []model.Belligerent {
	by := map[string]*model.Belligerent{}
	get := func(actor string) *model.Belligerent {
		b := by[actor]
		if b == nil {
			b = &model.Belligerent{Actor: actor, AssertedBy: []model.Source{}, DeniedBy: []model.Source{},
				ConfirmedBy: []model.Source{}, RetractedBy: []model.Source{}}
			by[actor] = b
		}
		return b
	}
	for _, cv := range v.claims {
		c := cv.c
		s := source(c)
		for _, act := range c.PerpetratorsAsserted {
			addByStance(get(act), c.Stance, s)
		}
		for _, act := range c.PerpetratorsDenied {
			b := get(act)
			b.DeniedBy = append(b.DeniedBy, s)
		}
		if len(c.PerpetratorsAsserted) == 0 && len(c.PerpetratorsDenied) == 0 && !cv.groupDenial {
			addByStance(get(model.Occurrence), c.Stance, s)
		}
	}
	rank := a.rank
	out := make([]model.Belligerent, 0, len(by))
	for _, b := range by {
		out = append(out, *b)
	}
	slices.SortFunc(out, func(x, y model.Belligerent) int {
		rx, okx := rank[x.Actor]
		ry, oky := rank[y.Actor]
		if x.Actor == model.Occurrence {
			rx, okx = 1<<30, true
		}
		if y.Actor == model.Occurrence {
			ry, oky = 1<<30, true
		}
		switch {
		case okx && oky && rx != ry:
			return rx - ry
		case okx != oky:
			if okx {
				return -1
			}
			return 1
		}
		return strings.Compare(x.Actor, y.Actor)
	})
	return out
}

// ---- names for people to read ----

func (a *Assessor) actorName(id string) string {
	if id == model.Occurrence {
		return "the strike"
	}
	if act, ok := a.reg.Lookup(id); ok {
		switch id {
		case "us":
			return "the United States"
		case "coalition":
			return "the coalition"
		case "uk":
			return "the United Kingdom"
		}
		return act.Name
	}
	return id
}

func (a *Assessor) speakerName(c *model.Claim) string {
	sp := speakerOf(c)
	if sp == model.Journalist {
		d, ok := a.docs[c.Document]
		switch {
		case ok && d.Publisher != "":
			return d.Publisher + " (own reporting)"
		case ok && d.Title != "":
			return "“" + clipWords(d.Title, 40) + "” (own reporting)"
		}
		return "the report's own narration"
	}
	if act, ok := a.reg.Lookup(sp); ok {
		return act.Name
	}
	return sp
}

func (a *Assessor) actorList(ids []string) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if id == model.Occurrence {
			continue
		}
		n := a.actorName(id)
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return joinAnd(names)
}

func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	case 2:
		return xs[0] + " and " + xs[1]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// speakerList names up to three speakers, then how many more.
func (a *Assessor) speakerList(cvs []*claimView) string {
	var names []string
	for _, cv := range cvs {
		n := a.speakerName(cv.c)
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	if len(names) > 3 {
		more := len(names) - 2
		names = append(names[:2], fmt.Sprintf("%d other sources", more))
	}
	return joinAnd(names)
}

// clipWords shortens s to about n bytes at a word boundary.
func clipWords(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndex(s[:n], " ")
	if cut < n/2 {
		cut = n
	}
	return s[:cut] + "…"
}

// ---- dates ----

func recordKey(country string, day int) string {
	return fmt.Sprintf("%s|%d", strings.ToUpper(country), day)
}
