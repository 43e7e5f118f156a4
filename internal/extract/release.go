package extract

import (
	"github.com/crosscheck/crosscheck/internal/gazetteer"
	"github.com/crosscheck/crosscheck/internal/model"
	"github.com/crosscheck/crosscheck/internal/release"
)

// noPlaces resolves nothing, for an Extractor built without a gazetteer.
type noPlaces struct{}

func (noPlaces) Lookup(name, country string) (gazetteer.Place, bool) { return gazetteer.Place{}, false }

// releaseClaims runs the strike-release parser over the whole document and
// returns its claims, its warnings and the byte ranges prose must skip.
func (e *Extractor) releaseClaims(doc model.Document) ([]model.Claim, []string, [][2]int) {
	if e.release == nil {
		return nil, nil, nil
	}
	r := e.release.Parse(doc)
	return r.Claims, r.Warnings, r.Spans
}

func newReleaseParser(g *gazetteer.Gazetteer) *release.Parser {
	if g == nil {
		return release.NewParser(noPlaces{})
	}
	return release.NewParser(g)
}
