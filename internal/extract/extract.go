// Package extract turns a document's text into attributed claims.
//
// The pipeline, per document:
//
//  1. strike-release lines (internal/release) are parsed first; their spans
//     are left out of prose extraction;
//  2. the rest is split into sentences (internal/extract/sentences) with byte
//     spans into doc.Text;
//  3. a cheap prefilter (Aho-Corasick over cue stems, prefilter.go) skips the
//     sentences that name no attack, denial or date;
//  4. each remaining sentence is tokenised and matched against the rule
//     tables of lexicon.go; attribution.go finds who speaks, perp.go who did it
//     and whether that is denied;
//  5. place (gazetteer), date (timex) and counts (quantity) complete the
//     claim, with the place and date of the passage carried to sentences
//     that lack them;
//  6. an incident log's entries of labelled fields ("- Date:", "-
//     Location:", "- Belligerent assessed:", "- Civilians killed:") are read
//     as one passage: the monitor's claims about the belligerent it names.
//
// Relative dates resolve against doc.Published, which ingest takes from a
// header, page metadata or the report's own dateline or byline; a document
// with no date never gets an invented year.
//
// Extract is a pure function of its inputs: no I/O, no logging.
package extract

import (
	"crypto/sha256"
	"sync"
	"time"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/extract/sentences"
	"github.com/crosscheck/crosscheck/internal/gazetteer"
	"github.com/crosscheck/crosscheck/internal/model"
	"github.com/crosscheck/crosscheck/internal/release"
)

// Extractor holds the read-only tables extraction needs. It is safe for
// concurrent use.
type Extractor struct {
	places  *gazetteer.Gazetteer
	actors  *actors.Registry
	lex     *lexicon
	pre     *prefilter
	release *release.Parser
	scratch sync.Pool // *scratch: per-call buffers, reused
}

// scratch holds buffers one Extract call needs and the next may reuse.
type scratch struct {
	hits []hit
	// docState's buffers, so that a document does not grow them afresh
	// (what they hold once the document is done is never read again).
	toks    []token
	ms      []match
	ints    []int
	bools   []bool
	located []gazetteer.Located
	sents   []sentences.Sentence
	flags   []uint8
	fields  []string
	atts    []attribution
	clauses []clause
	starts  []int
	marked  markedDates
}

// New returns an Extractor. g may be nil (no places are resolved); r nil
// means the default registry.
func New(g *gazetteer.Gazetteer, r *actors.Registry) *Extractor {
	if r == nil {
		r = actors.New()
	}
	e := &Extractor{places: g, actors: r, lex: buildLexicon(), pre: buildPrefilter(), release: newReleaseParser(g)}
	e.scratch.New = func() any { return &scratch{} }
	return e
}

// Extract returns the claims of doc and warnings about its content.
func (e *Extractor) Extract(doc model.Document) ([]model.Claim, []string) {
	var published time.Time
	if doc.Published != "" {
		if t, err := time.Parse("2006-01-02", doc.Published); err == nil {
			published = t
		} else if t, err := time.Parse(time.RFC3339, doc.Published); err == nil {
			published = t
		}
	}
	sc := e.scratch.Get().(*scratch)
	defer e.scratch.Put(sc)
	sc.hits = e.pre.scan(doc.Text, sc.hits[:0])
	hits := sc.hits
	var claims []model.Claim
	var warnings []string
	var skip [][2]int
	for _, h := range hits {
		if h.kind == hitRelease {
			claims, warnings, skip = e.releaseClaims(doc)
			break
		}
	}
	st := newDocState(e, doc, published, skip)
	st.pubNames = publisherNames(doc.Publisher) // (set here: newDocState stays inlined, its state on the stack)
	st.hits = hits
	st.toks, st.ms, st.intBuf, st.boolBuf, st.located = sc.toks[:0], sc.ms[:0], sc.ints, sc.bools, sc.located[:0]
	st.sents, st.flags, st.fields = sc.sents, sc.flags, sc.fields
	st.attBuf, st.clauseBuf, st.startBuf = sc.atts, sc.clauses, sc.starts
	st.stmtDates = sc.marked
	prose := st.run()
	sc.toks, sc.ms, sc.ints, sc.bools, sc.located = st.toks[:0], st.ms[:0], st.intBuf, st.boolBuf, st.located[:0]
	sc.sents, sc.flags, sc.fields = st.sents[:0], st.flags[:0], st.fields[:0]
	sc.atts, sc.clauses, sc.starts = st.attBuf[:0], st.clauseBuf[:0], st.startBuf[:0]
	sc.marked = st.stmtDates[:0]
	if len(claims) == 0 && len(prose) > 0 {
		claims = prose // no release claims: no copy
	} else {
		claims = append(claims, prose...)
	}
	// A real id is 64 hex characters, a whole SHA-256 block: hashed once
	// for the document's claims (the ids are ClaimID's either way).
	var ids *model.ClaimIDs
	if len(claims) > 1 && len(doc.ID) >= sha256.BlockSize {
		ids = model.NewClaimIDs(doc.ID)
	}
	for i := range claims {
		c := &claims[i]
		c.Document = doc.ID
		c.Path = doc.Path
		c.Published = doc.Published
		if c.PerpetratorsAsserted == nil {
			c.PerpetratorsAsserted = []string{}
		}
		if c.PerpetratorsDenied == nil {
			c.PerpetratorsDenied = []string{}
		}
		if c.Counts == nil {
			c.Counts = []model.Count{}
		}
		if c.Event.Type == "" {
			c.Event.Type = model.EventUnknown
		}
		if c.Event.TargetGroup == "" {
			c.Event.TargetGroup = model.GroupUnknown
		}
		if ids != nil {
			c.ID = ids.ID(c.Span, i)
		} else {
			c.ID = model.ClaimID(doc.ID, c.Span, i)
		}
	}
	return claims, warnings
}
