// Package gazetteer resolves place names in text to coordinates: GeoNames
// cities (population over 1,000), countries, first-level provinces of Iraq
// and Syria and a curated supplement, all embedded in the binary
// (docs/gazetteer.md). Locate finds every place mentioned in a text in one
// Aho-Corasick pass over folded words, picks the place each name means from
// context, and reads the spatial relation written before it ("12 miles
// south of", "near", "in X province").
//
// A *Gazetteer is safe for concurrent Locate and Lookup calls; Add must not
// run concurrently with them.
package gazetteer

import (
	"math"
	"strings"
	"unsafe"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Place is one named place.
type Place struct {
	ID         int64 // GeoNames id; negative for the supplement, provinces and countries
	Name       string
	Lat, Lon   float64
	Country    string // ISO 3166-1 alpha-2
	Admin1     string // first-level division name, "" if unknown
	Precision  string // model.PlacePoint | PlaceTown | PlaceDistrict | PlaceProvince | PlaceCountry
	Population int
}

// Located is a place mentioned in text: its byte span, the place it means
// and the model.Where to put in a claim (with the relation read from the
// words before it).
type Located struct {
	Start, End int
	Where      model.Where
	Place      Place
	// Framed: a name the gazetteer does not know, read from its frame ("the
	// village of Sharanish"); its coordinates, if any, are those of the
	// place that locates it.
	Framed bool
	// Locates: this place only says where the framed place just before it
	// lies ("the village of X in Zakho district"): the strike is at X.
	Locates bool
	// Region: a town named for the division around it ("the Mopti
	// region", "Kharkiv oblast"). Its position and precision stay the
	// town's, for linking; a town the sentence names is nearer the strike.
	Region bool
}

type kind uint8

const (
	kindTown     kind = iota // a GeoNames populated place
	kindCurated              // a row of the supplement: known to matter in reports
	kindProvince             // a first-level division
	kindCountry
)

type entry struct {
	Place
	index   int32 // position in Gazetteer.places
	curated bool  // named in the supplement: known to matter in reports
	kind    kind
	admin1  string  // "IQ.01": country and GeoNames admin1 code
	logPop  float64 // log10(Population+1), made once: Locate scores by it
}

// cand is one place a name key may mean.
type cand struct {
	place   int32
	spell   uint32 // signature of the spellings of the place's names with this key (spellBits)
	demonym bool   // "Iraqi": a hint of the country, not a place mention
	primary bool   // the key of the place's canonical name
}

// maxWords bounds the words of one name, and so how far back a match can
// start.
const maxWords = 8

// Gazetteer is a set of places searchable by name.
type Gazetteer struct {
	places    []entry
	byID      map[int64]int32
	countries map[string]int32 // ISO2 -> place
	provinces map[string]int32 // "IQ.01" -> place

	// A name key is a sequence of folded words; its id is the out value of
	// the automaton state the sequence leads to.
	vocab   map[string]uint32 // folded word -> id (0 = not in any name)
	first   []cand            // key -> the first place it may mean
	more    map[int32][]cand  // key -> all its places, for the few keys with several
	several []uint64          // bit k: key k is in more (a bit test is cheaper than a look-up)
	stop    map[uint32]bool   // words never matched alone in Latin script
	prefix  map[uint32]bool   // words that begin longer names: "Tel", "Ain"
	kin     map[uint32]bool   // prefixes of people's names: "Abu", "Umm"
	opName  map[int32]bool    // name keys of military operations: "Olive Branch"
	ac      *automaton
	filter  filter // answers most look-ups in vocab that find nothing

	// Buffers reused while names are added; not used by Locate.
	scratch struct {
		buf, joined []byte
		ids         []uint32
		names       []string
	}
	// codes interns the short codes read from the data (countries,
	// "IQ.01"), while building.
	codes map[string]string
	// words holds the bytes of the vocabulary's keys, in chunks that are
	// only ever appended to: one allocation per chunk, not per word.
	words []byte
}

func newBuilder() *Gazetteer {
	return &Gazetteer{
		// Sized for the embedded data, to spare rehashing at start-up.
		places:    make([]entry, 0, 140_000),
		byID:      make(map[int64]int32, 140_000),
		codes:     map[string]string{},
		countries: map[string]int32{},
		provinces: map[string]int32{},
		vocab:     make(map[string]uint32, 300_000),
		ac:        newAutomaton(),
		more:      map[int32][]cand{},
	}
}

// add appends a place with its names (the first is the canonical one) and
// returns its index.
func (g *Gazetteer) add(p Place, k kind, admin1 string, names []string) int32 {
	i := int32(len(g.places))
	g.places = append(g.places, entry{Place: p, index: i, kind: k, admin1: admin1,
		logPop: math.Log10(float64(p.Population) + 1)})
	if p.ID > 0 {
		g.byID[p.ID] = i
	}
	curated := k == kindCurated
	for j, n := range names {
		g.addNameKey(i, n, false, j == 0, j == 0 || curated)
	}
	return i
}

func (g *Gazetteer) addName(i int32, name string, demonym bool) {
	g.addNameKey(i, name, demonym, false, false)
}

// addNameKey indexes one name of place i. The spelling of a main name
// (primary) or of a name from the supplement (spelled) is kept in the
// candidate's signature; other alternate names are too often another
// place's short or colloquial name ("Rawa" for Rawa Mazowiecka, Poland,
// beside Rawah, Iraq) to make a spelling count.
func (g *Gazetteer) addNameKey(i int32, name string, demonym, primary, spelled bool) {
	// Fold straight into word ids with reused buffers: this runs for
	// ~370,000 names at start-up.
	sc := scanner{text: name, buf: g.scratch.buf, lit: true}
	ids := g.scratch.ids[:0]
	joined := g.scratch.joined[:0]
	spell := uint32(0)
	for {
		t, ok := sc.next()
		if !ok {
			break
		}
		if t.article || len(t.key) == 0 {
			continue
		}
		ids = append(ids, g.wordID(t.key))
		joined = append(joined, t.key...)
		spell = spellOf(spell, t.raw)
	}
	g.scratch.buf, g.scratch.ids, g.scratch.joined = sc.buf, ids, joined
	if len(ids) == 0 || len(ids) > maxWords || numeralName(name) {
		return
	}
	c := cand{place: i, demonym: demonym, primary: primary}
	if spelled {
		c.spell = spellBits(spell)
	}
	g.addKey(ids, c)
	// "Abu Kamal" is also written "Abukamal": index the joined form of
	// short multi-word names (with no spelling of its own).
	if !demonym && len(ids) >= 2 && len(ids) <= 3 && len(joined) >= 6 {
		c.primary, c.spell = false, 0
		g.addKey([]uint32{g.wordID(joined)}, c)
	}
}

// numeralName reports a name written only in number words ("Forty-Two",
// an old name of Dickson, Tennessee): in a report it is a figure
// ("Forty-two people were killed"), never a place.
func numeralName(name string) bool {
	var buf [12]byte // the longest number word, lower-cased
	n, words := 0, 0
	for i := 0; i <= len(name); i++ {
		if i == len(name) || name[i] == ' ' || name[i] == '-' {
			if n == 0 || n > len(buf) || !cardinalWords[string(buf[:n])] {
				return false
			}
			n, words = 0, words+1
			continue
		}
		if n >= len(buf) {
			return false
		}
		c := name[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return words > 0
}

// cardinalWords are the English words of cardinal numbers.
var cardinalWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true,
	"eighteen": true, "nineteen": true, "twenty": true, "thirty": true, "forty": true,
	"fifty": true, "sixty": true, "seventy": true, "eighty": true, "ninety": true,
	"hundred": true, "thousand": true,
}

// wordID returns the id of a folded word, adding it to the vocabulary.
func (g *Gazetteer) wordID(w []byte) uint32 {
	if id, ok := g.vocab[string(w)]; ok {
		return id
	}
	id := uint32(len(g.vocab) + 1)
	g.vocab[g.intern(w)] = id
	return id
}

// intern returns w as a string stored in g.words.
func (g *Gazetteer) intern(w []byte) string {
	return g.internString(unsafe.String(unsafe.SliceData(w), len(w)))
}

// internString returns a copy of w stored in g.words: a name kept by a
// place no longer holds on to the whole data line it was read from.
func (g *Gazetteer) internString(w string) string {
	if len(w) == 0 {
		return ""
	}
	if cap(g.words)-len(g.words) < len(w) {
		g.words = make([]byte, 0, max(64<<10, len(w)))
	}
	n := len(g.words)
	g.words = append(g.words, w...)
	// The chunk's bytes up to len are never written again (appends only
	// write past it, and a full chunk is replaced, not grown).
	return unsafe.String(&g.words[n], len(w))
}

func (g *Gazetteer) addKey(ids []uint32, c cand) {
	st := g.ac.insert(ids)
	k := g.ac.out[st]
	if k < 0 {
		g.ac.out[st] = int32(len(g.first))
		g.first = append(g.first, c)
		return
	}
	cs := g.cands(k)
	for j, o := range cs {
		if o.place == c.place {
			if c.primary && !o.primary {
				cs[j].primary = true
			}
			cs[j].spell |= c.spell
			return
		}
	}
	g.more[k] = append(cs[:len(cs):len(cs)], c)
	for int(k)/64 >= len(g.several) {
		g.several = append(g.several, 0)
	}
	g.several[k/64] |= 1 << (k % 64)
}

// cands returns the places key k may mean. Most keys mean one place:
// those live in one flat slice, sparing the collector ~400,000 objects.
func (g *Gazetteer) cands(k int32) []cand {
	if w := int(k) / 64; w < len(g.several) && g.several[w]&(1<<(k%64)) != 0 {
		return g.more[k]
	}
	return g.first[k : k+1 : k+1]
}

// keyOf returns the key of a name, folded, if the index has it.
func (g *Gazetteer) keyOf(name string) (int32, bool) {
	words := foldName(name)
	if len(words) == 0 {
		return 0, false
	}
	ids := make([]uint32, len(words))
	for j, w := range words {
		id, ok := g.vocab[w]
		if !ok {
			return 0, false
		}
		ids[j] = id
	}
	st, ok := g.ac.find(ids)
	if !ok || g.ac.out[st] < 0 {
		return 0, false
	}
	return g.ac.out[st], true
}

func (g *Gazetteer) admin1Name(code string) string {
	if i, ok := g.provinces[code]; ok {
		return g.places[i].Name
	}
	return ""
}

// build makes the automaton and the stop set; called after every change.
func (g *Gazetteer) build() *Gazetteer {
	g.ac.link()
	g.filter = newFilter(g.vocab, g.ac)
	g.stop = map[uint32]bool{}
	for _, w := range stopWords {
		for _, k := range foldName(w) {
			if id, ok := g.vocab[k]; ok {
				g.stop[id] = true
			}
		}
	}
	g.opName = map[int32]bool{}
	for _, n := range operationNames {
		if k, ok := g.keyOf(n); ok {
			g.opName[k] = true
		}
	}
	g.prefix = map[uint32]bool{}
	for _, w := range namePrefixes {
		if id, ok := g.vocab[Key(w)]; ok {
			g.prefix[id] = true
		}
	}
	g.kin = map[uint32]bool{}
	for _, w := range kinPrefixes {
		if id, ok := g.vocab[Key(w)]; ok {
			g.kin[id] = true
		}
	}
	return g
}

// Add adds places with their alternate names (keyed by Place.ID), e.g. from
// an imported GeoNames dump, and rebuilds the index (about a second: add
// in one batch). A place whose GeoNames id is already known only adds its
// names.
func (g *Gazetteer) Add(places []Place, altNames map[int64][]string) {
	for _, p := range places {
		if i, ok := g.byID[p.ID]; ok && p.ID != 0 {
			for _, a := range altNames[p.ID] {
				g.addName(i, a, false)
			}
			continue
		}
		if p.Precision == "" {
			p.Precision = model.PlaceTown
		}
		g.add(p, kindTown, "", append([]string{p.Name}, altNames[p.ID]...))
	}
	g.build()
}

// Lookup finds a place by name within country ("" = any): the most
// populous of those the name may mean, countries and curated places first.
func (g *Gazetteer) Lookup(name, country string) (Place, bool) {
	k, ok := g.keyOf(name)
	if !ok {
		// "Abu Kamal" when only "Abukamal" is indexed.
		if k, ok = g.keyOf(strings.ReplaceAll(Key(name), " ", "")); !ok {
			return Place{}, false
		}
	}
	best, bestScore := int32(-1), math.Inf(-1)
	cs := g.cands(k)
	spell := uint32(0)
	if len(cs) > 1 {
		spell, _ = spelling(name, nil)
	}
	for _, c := range cs {
		e := &g.places[c.place]
		if c.demonym || country != "" && !strings.EqualFold(e.Country, country) {
			continue
		}
		if s := g.baseScore(c) + g.spellScore(c, spell); s > bestScore {
			best, bestScore = c.place, s
		}
	}
	if best < 0 {
		return Place{}, false
	}
	return g.places[best].Place, true
}

// baseScore ranks the places a name may mean without context: by
// population (log10), curated places and provinces as a town of ~30,000,
// countries above all.
func (g *Gazetteer) baseScore(c cand) float64 {
	e := &g.places[c.place]
	s := e.logPop
	switch {
	case e.kind == kindCurated || e.curated:
		// A GeoNames place amended by the supplement too: many towns of
		// the region have no population there (Hawija, Qamishli).
		s = max(s, 4.5) + 0.5
	case e.kind == kindProvince:
		s = 4.5
	case e.kind == kindCountry:
		s = 8
	}
	if c.primary {
		s += 0.3
	}
	return s
}
