// Package actors is the one registry of canonical actor and speaker ids
// (../shared/eval/gold/README.md): their names, parents and the actor each
// speaker speaks for. Aliases used to recognise them in text live beside the
// extractor that uses them; the ids and the hierarchy live here.
package actors

// Actor is one canonical id.
type Actor struct {
	ID     string
	Name   string
	Parent string // "" for a root
	// SpeaksFor is, for a speaker id, the actor whose voice it is
	// (iraq-mod speaks for iraq). Empty for ids that are not speakers.
	SpeaksFor string
	// GroundOnly marks an actor with no aircraft or artillery to speak of:
	// a claim blaming only it is a ground attack, or a competing account of
	// what another source calls an air strike.
	GroundOnly bool
}

// registry is ordered: actors (perpetrators) first, then speakers. An
// actor with no speaker id of its own speaks as itself (the PMF, Turkey's
// defence ministry, the IDF, the UK MoD): its words are its own, not the
// outlet's, and "its jets" are its.
var registry = []Actor{
	{ID: "coalition", Name: "US-led coalition (CJTF-OIR)"},
	{ID: "us", Name: "United States", Parent: "coalition"},
	{ID: "uk", Name: "United Kingdom", Parent: "coalition", SpeaksFor: "uk"},
	{ID: "france", Name: "France", Parent: "coalition", SpeaksFor: "france"},
	{ID: "iraq", Name: "Iraq"},
	{ID: "iraq-air-force", Name: "Iraqi Air Force", Parent: "iraq"},
	{ID: "iraq-army-aviation", Name: "Iraqi Army Aviation", Parent: "iraq"},
	{ID: "russia", Name: "Russia"},
	{ID: "syria", Name: "Syria"},
	{ID: "turkey", Name: "Turkey", SpeaksFor: "turkey"},
	{ID: "iran", Name: "Iran", SpeaksFor: "iran"},
	{ID: "israel", Name: "Israel", SpeaksFor: "israel"},
	{ID: "isis", Name: "Islamic State (ISIS)", GroundOnly: true},
	{ID: "pmf", Name: "Popular Mobilization Forces", SpeaksFor: "pmf"},
	{ID: "sdf", Name: "Syrian Democratic Forces", SpeaksFor: "sdf"},
	{ID: "unknown", Name: "unidentified perpetrator"},

	{ID: "cjtf-oir", Name: "CJTF-OIR (coalition command)", Parent: "coalition", SpeaksFor: "coalition"},
	{ID: "us-dod", Name: "US Department of Defense", Parent: "us", SpeaksFor: "us"},
	{ID: "us-official", Name: "unnamed US official", Parent: "us", SpeaksFor: "us"},
	{ID: "us-embassy", Name: "US embassy", Parent: "us", SpeaksFor: "us"},
	{ID: "iraq-mod", Name: "Iraqi Ministry of Defence", Parent: "iraq", SpeaksFor: "iraq"},
	{ID: "iraq-joc", Name: "Iraqi Joint Operations Command", Parent: "iraq", SpeaksFor: "iraq"},
	{ID: "iraq-military", Name: "Iraqi military", Parent: "iraq", SpeaksFor: "iraq"},
	{ID: "iraqi-sources", Name: "unnamed Iraqi sources", Parent: "iraq", SpeaksFor: "iraq"},
	{ID: "iraq-state-tv", Name: "Iraqi state TV", Parent: "iraq", SpeaksFor: "iraq"},
	{ID: "isis-amaq", Name: "Amaq (ISIS)", Parent: "isis", SpeaksFor: "isis"},
	{ID: "syria-gov", Name: "Syrian government", Parent: "syria", SpeaksFor: "syria"},
	{ID: "russia-mod", Name: "Russian Ministry of Defence", Parent: "russia", SpeaksFor: "russia"},
	{ID: "local-sources", Name: "local sources"},
	{ID: "airwars", Name: "Airwars"},
	{ID: "ngo", Name: "NGO"},
	{ID: "un", Name: "United Nations"},
	{ID: "journalist", Name: "the outlet's own narration"},
}

// Registry answers questions about canonical ids. The zero value is not
// usable; call New.
type Registry struct {
	byID map[string]Actor
}

// New returns the registry of canonical ids.
func New() *Registry {
	r := &Registry{byID: make(map[string]Actor, len(registry))}
	for _, a := range registry {
		r.byID[a.ID] = a
	}
	return r
}

// Lookup returns the actor with id.
func (r *Registry) Lookup(id string) (Actor, bool) {
	a, ok := r.byID[id]
	return a, ok
}

// Known reports whether id is canonical.
func (r *Registry) Known(id string) bool {
	_, ok := r.byID[id]
	return ok
}

// Ancestors returns id's parents, nearest first, not including id.
func (r *Registry) Ancestors(id string) []string {
	var out []string
	for a, ok := r.byID[id]; ok && a.Parent != ""; a, ok = r.byID[a.Parent] {
		out = append(out, a.Parent)
	}
	return out
}

// Covers reports whether a and b name the same actor or one is an ancestor
// of the other (iraq covers iraq-army-aviation; siblings do not cover).
func (r *Registry) Covers(a, b string) bool {
	if a == b {
		return true
	}
	for _, p := range r.Ancestors(a) {
		if p == b {
			return true
		}
	}
	for _, p := range r.Ancestors(b) {
		if p == a {
			return true
		}
	}
	return false
}

// SpeaksFor returns the actor a speaker speaks for ("" if none).
func (r *Registry) SpeaksFor(speaker string) string {
	return r.byID[speaker].SpeaksFor
}

// All returns every canonical actor in registry order.
func (r *Registry) All() []Actor {
	return append([]Actor(nil), registry...)
}

// GroundOnly reports whether id is a ground-only actor. It reads the
// immutable table directly, so pure stages without a Registry can ask.
func GroundOnly(id string) bool {
	for i := range registry {
		if registry[i].ID == id {
			return registry[i].GroundOnly
		}
	}
	return false
}
