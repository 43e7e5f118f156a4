// Package release reads coalition strike releases — the CENTCOM / CJTF-OIR
// daily releases of 2014–2016 and the CJTF-OIR weekly releases of 2017–2019 —
// into claims. It recognises release text by its structure anywhere in a
// document: a whole release, or release lines quoted inside an article or a
// blog. Each "Near X, N strikes <verb> <targets>" line becomes a claim by
// the coalition; each "There were no reported strikes conducted in Syria on
// April 5, 2018" becomes a denial for that country and day; totals are
// checked against the sum of their lines. Parse is a pure function of the
// document and the place resolver. See docs/releases.md.
package release

import (
	"time"

	"github.com/crosscheck/crosscheck/internal/gazetteer"
	"github.com/crosscheck/crosscheck/internal/model"
)

// PlaceResolver finds a place by name within a country (ISO2; "" = any).
// *gazetteer.Gazetteer satisfies it.
type PlaceResolver interface {
	Lookup(name, country string) (gazetteer.Place, bool)
}

// Result is what Parse found. It is empty when the document holds no
// release text.
type Result struct {
	Claims   []model.Claim // speaker cjtf-oir / us-dod, Source "release"
	Spans    [][2]int      // byte ranges of the document consumed as release text
	Warnings []string      // e.g. totals that do not match the sum of the lines
}

// Parser parses release text. It is safe for concurrent use.
type Parser struct {
	places    PlaceResolver
	spellings map[string]*placeSpelling
}

// NewParser returns a parser resolving places through places (nil: no
// place resolves; names are kept without coordinates).
func NewParser(places PlaceResolver) *Parser {
	return &Parser{places: places, spellings: spellingIndex()}
}

// Statement kinds of a unit.
const (
	stNone = iota
	stStrike
	stNoStrikes
	stTotal
	stCoverage
	stHeading
	stBoilerplate
	stResult // "The strike destroyed an ISIS-held building." after a total naming its place
)

// stmt is one classified unit (wrapped lines joined).
type stmt struct {
	kind       int
	header     int // index into headerRules, -1 if none
	start, end int
	bulleted   bool
	piece      int
	head       strikeHead // stStrike: the parsed head and targets, kept from classify
	items      []item
}

// Parse finds the release text of doc and turns it into claims.
func (p *Parser) Parse(doc model.Document) Result {
	text := doc.Text
	stmts := classify(text, segment(text))

	// Gate: release structure must be present. A lone unbulleted "Near X,
	// two strikes struck..." in a news story with no other release statement
	// is left to the prose extractor, which can attribute it.
	anchored, strikes := false, 0
	for _, s := range stmts {
		switch s.kind {
		case stNoStrikes, stTotal, stCoverage:
			anchored = true
		case stStrike:
			strikes++
		}
		if s.header >= 0 {
			anchored = true
		}
	}
	ps := &parseState{p: p, doc: doc, text: text, anchors: findAnchors(text), defaultSpeaker: defaultSpeaker}
	if t, err := time.Parse("2006-01-02", doc.Published); err == nil {
		ps.published, ps.hasPublished = t, true
	}
	for i, re := range speakerRes {
		if re.MatchString(doc.Publisher) {
			ps.defaultSpeaker = speakerRules[i].Speaker
			break
		}
	}
	ps.b = ps.newBlock()
	for _, s := range stmts {
		if s.kind == stStrike && !anchored && !s.bulleted && strikes < 2 {
			continue
		}
		ps.step(s)
	}
	ps.endBlock()
	return ps.result()
}
