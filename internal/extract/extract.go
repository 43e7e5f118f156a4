// Package extract turns a document's text into attributed claims.
package extract

import (
	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/gazetteer"
	"github.com/crosscheck/crosscheck/internal/model"
)

// Extractor holds the read-only tables extraction needs. PLACEHOLDER: being written.
type Extractor struct {
	places *gazetteer.Gazetteer
	actors *actors.Registry
}

// New returns an Extractor.
func New(g *gazetteer.Gazetteer, r *actors.Registry) *Extractor {
	return &Extractor{places: g, actors: r}
}

// Extract returns the claims of doc and warnings about its content.
func (e *Extractor) Extract(doc model.Document) ([]model.Claim, []string) { return nil, nil }
