// Package gazetteer resolves place names in text to coordinates.
package gazetteer

import "github.com/crosscheck/crosscheck/internal/model"

// Place is one named place.
type Place struct {
	ID         int64
	Name       string
	Lat, Lon   float64
	Country    string
	Admin1     string
	Precision  string
	Population int
}

// Located is a place mentioned in text with its relation.
type Located struct {
	Start, End int
	Where      model.Where
	Place      Place
}

// Gazetteer is a set of places searchable by name. PLACEHOLDER: being written.
type Gazetteer struct{}

// Default returns the embedded gazetteer.
func Default() (*Gazetteer, error) { return &Gazetteer{}, nil }

// Add adds places with their alternate names.
func (g *Gazetteer) Add(places []Place, altNames map[int64][]string) {}

// Lookup finds a place by name within country ("" = any).
func (g *Gazetteer) Lookup(name, country string) (Place, bool) { return Place{}, false }

// Locate finds the places mentioned in text.
func (g *Gazetteer) Locate(text string, hint []string) []Located { return nil }
