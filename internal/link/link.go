// Package link groups claims about the same strike into incidents.
//
// Link is a pure function of its claims: no I/O, no logging, and the same
// claims in any order give the same incidents with the same ids. It never
// compares all pairs: claims are blocked by a 1-degree space grid and 4-day
// time buckets, so linking n claims costs O(n log n) (the sort) plus work
// proportional to the claims that share a block. The rules are written in
// docs/linking.md; the tables are in rules.go.
package link

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/model"
)

// Result is what Link returns.
type Result struct {
	// Incidents, ordered by first date (undated last), then id. Each has ID,
	// When, Where, Claims, Documents and Links; assess fills the rest.
	Incidents []model.Incident
	// Records are country-wide, dated denials that refer to no strike of
	// their own report, such as a coalition release's "There were no
	// reported strikes conducted in Syria on April 5". They are no member of
	// any incident; assess checks incidents against them (official_record).
	Records []model.Claim
}

// Link groups claims into incidents.
func Link(claims []model.Claim) Result {
	l := newLinker(claims)
	l.run()
	return l.result()
}

// placement tiers, in the order claims are linked: precise claims open
// incidents, vaguer ones attach to them.
const (
	tierFine       = iota // town/point/district and a date of a few days
	tierFineCoarse        // town/point/district and a week or month
	tierFineUndated
	tierProvince
	tierCountry
	tierUnplaced
	tierRecord
)

type item struct {
	c      *model.Claim
	id     string
	tier   int
	dated  bool
	lo, hi int // day numbers (days since 1970-01-01), raw range
	pad    int
	hasLL  bool
	lat    float64
	lon    float64
	radius float64 // km, place precision + relation offset; +Inf for a country
	name   string  // normalised place name (for a place with coordinates, its pointKey)
	// label: a place with coordinates by its normalised name, for reports
	// that name it without them (see placeFit).
	label   string
	country string
	fam     int
	tgt     int
	pub     int // publication day, -1 when unknown
	doc     string
	cluster int // -1 until assigned
	reason  string
	denial  bool
	foreign bool // a country-wide place taken as a nationality: linked as unplaced
	// withdrawal: the claim withdraws an earlier account (stance retracts),
	// or is that account as told in the withdrawal's own sentence ("the
	// Hashd, which had blamed Israeli drones, later withdrew that
	// statement"): it may be dated by when the withdrawal was said.
	withdrawal bool
	keepDates  bool // joined as a withdrawal: does not widen the incident's dates
	// civ: the claim says civilians were hit (civilians, children, medics,
	// or civilians among militants). Its target does not split it from a
	// strike on militants' vehicles or positions at that place and time:
	// what was hit is what the two sides disagree about.
	civ bool
	// culprit: a ground attack only because the actors it blames have no
	// aircraft ("the house had been blown up by Islamic State militants").
	culprit bool
	// site: the claim's own sentence names its town or point as where the
	// strike was ("IDF artillery struck in the area of Khiam"); see
	// separateStrikes.
	site bool
	// ownPlace: like site, but a district (a city's quarter, "Daraa
	// al-Balad") counts too; see otherDayElsewhere.
	ownPlace bool
	// bearing: the claim's own sentence places the strike by a compass
	// bearing from its town ("in orchards east of Tarmiyah"), no distance;
	// see otherDayElsewhere.
	bearing bool
	// answer: the claim's sentence tells its strike as the answer to
	// another ("in response", "retaliated"); see answeredStrike.
	answer bool
	// another: the claim's sentence tells a further strike beside one its
	// report has told ("On the same day, …", "a second strike"); see
	// separateStrikes.
	another bool
	// town: the claim places its strike in a town or point it names (no
	// "near", no bearing, no distance); see distinctTowns.
	town bool
	// byTown: the claim places its strike in or by a town or point it
	// names (a site relation: "in", "near", "outside"; no bearing, no
	// distance); see distinctTowns.
	byTown bool
}

type cluster struct {
	leader   int
	members  []int
	dated    bool
	lo, hi   int
	fineTime bool // lo..hi come from day-precise claims
	hasLL    bool
	lat, lon float64
	radius   float64
	town     bool // the leader's place is a town it names (see distinctTowns)
	byTown   bool // the leader's place is in or by a town it names
	country  string
	names    []string
	labels   []string // the labels of its members with coordinates
	fams     [4]bool
	civFams  [4]bool // families of members that say civilians were hit
	hardFams [4]bool // families of the others
	tgts     [5]bool
	hardTgts [5]bool // targets named by claims that do not say civilians were hit
	civTgts  [5]bool // targets named by claims that do
	// window is, for an undated cluster, the union of its reports' windows.
	wKnown bool
	wlo    int
	whi    int
	// indexed buckets (dated clusters), to index only new ones as dates grow.
	blo, bhi int
	gx, gy   int
}

type linker struct {
	items    []item
	clusters []cluster
	records  []int
	// blocking indexes: dated cluster ids by grid cell and 4-day bucket
	// (cellDay, nameDay) and by cell alone (cellAll, nameAll: for reports
	// with no date at all); undated ones by cell (cellUnd, nameUnd);
	// country-wide ones by country.
	cellDay      map[uint64][]int32
	cellAll      map[uint64][]int32
	nameDay      map[nameBucket][]int32
	nameAll      map[string][]int32
	cellUnd      map[uint64][]int32
	nameUnd      map[string][]int32
	byCountry    map[string][]int32
	maxRadius    float64
	docs         map[string]*docInfo
	seen         []int // per cluster: the stamp of the last gather that saw it
	stamp        int
	byCountryDay map[nameBucket][]int32
	// reg answers whether two perpetrators name one actor (coalition and
	// us-dod): see agreeingIncident.
	reg *actors.Registry
}

type docInfo struct {
	items  []int // in span order
	pub    int
	wKnown bool
	wlo    int
	whi    int
}

func newLinker(claims []model.Claim) *linker {
	l := &linker{
		cellDay:   map[uint64][]int32{},
		cellAll:   map[uint64][]int32{},
		nameDay:   map[nameBucket][]int32{},
		nameAll:   map[string][]int32{},
		cellUnd:   map[uint64][]int32{},
		nameUnd:   map[string][]int32{},
		byCountry: map[string][]int32{},
		docs:      map[string]*docInfo{},
		reg:       actors.New(),
	}
	l.items = make([]item, 0, len(claims))
	seenID := make(map[string]bool, len(claims))
	for i := range claims {
		c := &claims[i]
		id := c.ID
		if id == "" {
			id = model.ClaimID(c.Document, c.Span, len(c.Quote))
		}
		if seenID[id] {
			continue // the same claim twice links once
		}
		seenID[id] = true
		l.items = append(l.items, makeItem(c, id))
	}
	// A country that is not where any placed claim of the report lies is
	// more likely a nationality ("U.S. aircraft", "the U.S. claim") than the
	// place of the strike: such a claim is linked as unplaced. Not so a
	// strike release's country ("no reported strikes in Iraq on July 11"):
	// the release names it as a place.
	placedIn := map[string]map[string]bool{}
	for i := range l.items {
		it := &l.items[i]
		if it.tier < tierCountry && it.tier != tierUnplaced && it.country != "" {
			if placedIn[it.doc] == nil {
				placedIn[it.doc] = map[string]bool{}
			}
			placedIn[it.doc][it.country] = true
		}
	}
	for i := range l.items {
		it := &l.items[i]
		if it.tier == tierCountry && it.c.Source != model.SourceRelease && len(placedIn[it.doc]) > 0 && !placedIn[it.doc][it.country] {
			it.tier, it.foreign = tierUnplaced, true
		}
	}
	groundStrikeWords(l.items)
	// Canonical order: every later step walks items in this order, so the
	// result does not depend on the input order.
	slices.SortFunc(l.items, compareItems)
	for i := range l.items {
		it := &l.items[i]
		d := l.docs[it.doc]
		if d == nil {
			d = &docInfo{pub: -1}
			l.docs[it.doc] = d
		}
		d.items = append(d.items, i)
		if it.pub >= 0 && (d.pub < 0 || it.pub < d.pub) {
			d.pub = it.pub
		}
	}
	for _, d := range l.docs {
		slices.SortFunc(d.items, func(a, b int) int { return compareSpan(&l.items[a], &l.items[b]) })
		for _, i := range d.items {
			r := &l.items[i]
			if r.c.Stance != model.StanceRetracts {
				continue
			}
			for _, j := range d.items {
				o := &l.items[j]
				if j == i || (o.c.Span[0] < r.c.Span[1] && r.c.Span[0] < o.c.Span[1] && o.c.Speaker == r.c.Speaker) {
					o.withdrawal = true
				}
			}
		}
	}
	return l
}

func compareItems(a, b item) int {
	if c := cmp.Compare(a.tier, b.tier); c != 0 {
		return c
	}
	if a.dated != b.dated {
		if a.dated {
			return -1
		}
		return 1
	}
	if c := cmp.Compare(a.lo, b.lo); c != 0 {
		return c
	}
	if c := cmp.Compare(a.hi, b.hi); c != 0 {
		return c
	}
	// Accounts of a day open its incidents before the denials of that day
	// are placed: a denial answers an account, and one placed first may
	// join an older strike its report told ("no strikes were conducted on
	// that date", under a report's second entry). (Only among precise
	// claims: that is where a denial may join an older strike.)
	if a.tier == tierFine && a.denial != b.denial {
		if b.denial {
			return -1
		}
		return 1
	}
	if c := strings.Compare(a.doc, b.doc); c != 0 {
		return c
	}
	if c := cmp.Compare(a.c.Span[0], b.c.Span[0]); c != 0 {
		return c
	}
	return strings.Compare(a.id, b.id)
}

func compareSpan(a, b *item) int {
	if c := cmp.Compare(a.c.Span[0], b.c.Span[0]); c != 0 {
		return c
	}
	if c := cmp.Compare(a.c.Span[1], b.c.Span[1]); c != 0 {
		return c
	}
	return strings.Compare(a.id, b.id)
}

func makeItem(c *model.Claim, id string) item {
	it := item{c: c, id: id, doc: c.Document, cluster: -1, pub: -1}
	if d, ok := model.ParseDay(c.Published); ok {
		it.pub = d
	}
	from, okf := model.ParseDay(c.When.From)
	to, okt := model.ParseDay(c.When.To)
	switch {
	case okf && okt:
		it.dated, it.lo, it.hi = true, min(from, to), max(from, to)
	case okf:
		it.dated, it.lo, it.hi = true, from, from
	case okt:
		it.dated, it.lo, it.hi = true, to, to
	}
	if p, ok := datePadDays[c.When.Precision]; ok {
		it.pad = p
	} else {
		it.pad = 1
	}
	w := c.Where
	it.name = normName(w.Name)
	it.country = strings.ToUpper(w.Country)
	if w.Lat != nil && w.Lon != nil && !(*w.Lat == 0 && *w.Lon == 0) {
		it.hasLL, it.lat, it.lon = true, *w.Lat, *w.Lon
		// Claims spell a place as their report does ("Kafr Nabl",
		// "Kafranbel"); the gazetteer's coordinates say it is one place.
		it.label, it.name = it.name, pointKey(it.lat, it.lon)
	}
	it.fam = eventFamily[c.Event.Type]
	if it.fam == famUnknown && onlyGroundActors(c.PerpetratorsAsserted) {
		it.fam = famGround
		it.culprit = true
	}
	it.tgt = targetClass(c.Event.Target)
	switch c.Event.TargetGroup {
	case model.GroupCivilians, model.GroupChildren, model.GroupMedics, model.GroupMixed:
		it.civ = true
	case "", model.GroupUnknown:
		// no group given: its figures may say it ("four of the dead were
		// farm labourers")
		it.civ = slices.ContainsFunc(c.Counts, func(n model.Count) bool {
			return model.CivilianGroup(n.Group)
		})
	}
	it.denial = c.Stance == model.StanceDenies || c.Stance == model.StanceRetracts
	it.site = it.hasLL && (w.Precision == model.PlaceTown || w.Precision == model.PlacePoint) &&
		siteRelations[strings.ToLower(w.Relation)] && quoteNames(c.Quote, w.Name)
	it.ownPlace = it.site || it.hasLL && w.Precision == model.PlaceDistrict &&
		siteRelations[strings.ToLower(w.Relation)] && quoteNames(c.Quote, w.Name)
	it.answer = tellsAnswer(c.Quote)
	it.another = tellsAnother(c.Quote)
	it.town = it.hasLL && it.name != "" && (w.Precision == model.PlaceTown || w.Precision == model.PlacePoint) &&
		(w.Relation == "" || insideTown[strings.ToLower(w.Relation)])
	it.byTown = it.hasLL && it.name != "" && (w.Precision == model.PlaceTown || w.Precision == model.PlacePoint) &&
		siteRelations[strings.ToLower(w.Relation)]
	it.bearing = it.hasLL && (w.Precision == model.PlaceTown || w.Precision == model.PlacePoint) &&
		compassBearing(w.Relation) && quoteNames(c.Quote, w.Name)
	fine := w.Precision != model.PlaceProvince && w.Precision != model.PlaceCountry
	switch {
	case w.Precision == model.PlaceCountry && (it.name != "" || it.country != ""):
		it.tier = tierCountry
		it.radius = math.Inf(1)
	case !it.hasLL && it.name == "":
		it.tier = tierUnplaced
	case w.Precision == model.PlaceProvince:
		it.tier = tierProvince
		it.radius = placeRadiusKM[model.PlaceProvince] + relationOffset(w.Relation)
	case fine && it.dated && it.hi-it.lo+1 <= fineTimeMaxDays && it.pad <= 1:
		it.tier = tierFine
	case fine && it.dated:
		it.tier = tierFineCoarse
	default:
		it.tier = tierFineUndated
	}
	if it.tier <= tierFineUndated {
		r, ok := placeRadiusKM[w.Precision]
		if !ok {
			r = placeRadiusKM[""]
		}
		it.radius = r + relationOffset(w.Relation)
		if km, ok := projectedBy(w.Relation); ok && it.hasLL {
			// "45 km southeast of Deir ez-Zor": the strike is there, not in
			// Deir ez-Zor, so the name no longer places it either. The
			// extractor has already moved where.lat/lon to that point.
			it.radius = pointRadiusKM + projectedSpread*km
			it.name = ""
		}
	}
	return it
}

// quoteNames reports that a claim's sentence names its place, spelled as
// the gazetteer spells it or with a hyphen for a space and in any case:
// "Near Al Qaim" names "Al-Qaim".
func quoteNames(quote, name string) bool {
	if name == "" {
		return false
	}
	if strings.Contains(quote, name) {
		return true
	}
	fold := func(s string) string { return strings.ReplaceAll(strings.ToLower(s), "-", " ") }
	return strings.Contains(fold(quote), fold(name))
}

// projectedBy reads the distance of a relation that also names a
// direction ("12 miles south of" -> 19.3 km): the extractor has moved the
// claim's point that far from the named place.
func projectedBy(rel string) (km float64, ok bool) {
	r := strings.ToLower(rel)
	km, ok = relationDistance(r)
	if !ok {
		return 0, false
	}
	for _, d := range directions {
		if strings.Contains(r, d) {
			return km, true
		}
	}
	return 0, false
}

// relationDistance reads "12 miles", "30 km", "45-km" from a relation.
func relationDistance(r string) (float64, bool) {
	f := strings.Fields(strings.ReplaceAll(r, "-", " "))
	for i := 0; i+1 < len(f); i++ {
		v, err := strconv.ParseFloat(f[i], 64)
		if err != nil {
			continue
		}
		switch strings.TrimSuffix(f[i+1], "s") {
		case "km", "kilometer", "kilometre":
			return min(v, maxOffsetKM), true
		case "mile", "mi":
			return min(v*1.609, maxOffsetKM), true
		}
	}
	return 0, false
}

// relationOffset is the km a relation puts between the strike and the
// named place: an explicit distance, or the table's allowance.
func relationOffset(rel string) float64 {
	r := strings.ToLower(rel)
	if r == "" || r == "in" || r == "at" {
		return 0
	}
	if km, ok := relationDistance(r); ok {
		return km
	}
	for _, o := range relationOffsetKM {
		if strings.Contains(r, o.word) {
			return o.km
		}
	}
	return 0
}

// compassBearing reports a relation that is a bare bearing from a town
// ("north of", "south-east of"), with no distance.
func compassBearing(rel string) bool {
	r := strings.ToLower(rel)
	if _, ok := relationDistance(r); ok || !strings.HasSuffix(r, " of") {
		return false
	}
	d := strings.ReplaceAll(strings.TrimSuffix(r, " of"), "-", "")
	return bearingWords[d]
}

// pointKey names a place by its coordinates, to the gazetteer's precision.
func pointKey(lat, lon float64) string {
	b := make([]byte, 0, 24)
	b = append(b, '@')
	b = strconv.AppendFloat(b, math.Round(lat*1e4)/1e4, 'f', -1, 64)
	b = append(b, ',')
	b = strconv.AppendFloat(b, math.Round(lon*1e4)/1e4, 'f', -1, 64)
	return string(b)
}

func normName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, p := range []string{"al-", "al ", "el-", "the "} {
		s = strings.TrimPrefix(s, p)
	}
	return s
}

// incidentID derives a stable id from the member claim that was published
// first (then the smallest claim id): a later report joining an incident
// does not change its id.
func incidentID(claimID string) string {
	h := sha256.Sum256([]byte(claimID))
	return "inc-" + hex.EncodeToString(h[:])[:12]
}

// nameKeys are the names an item is looked up by: its name and its label
// (either may be empty).
func (it *item) nameKeys() [2]string { return [2]string{it.name, it.label} }

// groundStrikeWords makes a ground attack of an air strike or helicopter
// attack blamed only on actors with no aircraft when its sentence also
// blames an actor that has them: "the strike came two days after militants
// attacked an army checkpoint" tells the F-16 strike and, before it, the
// militants' attack; the strike word is the F-16s'. Told alone ("Islamic
// State claimed the bombing"), the type may be the extractor's slip for
// the bombing every report tells, so it is left as it is.
func groundStrikeWords(items []item) {
	type sentence struct {
		doc  string
		span [2]int
	}
	withAircraft := map[sentence]bool{}
	for i := range items {
		c := items[i].c
		if slices.ContainsFunc(c.PerpetratorsAsserted, func(a string) bool { return !actors.GroundOnly(a) }) {
			withAircraft[sentence{items[i].doc, c.Span}] = true
		}
	}
	for i := range items {
		it := &items[i]
		if it.fam == famAir && it.c.Event.Type != model.EventDroneStrike && onlyGroundActors(it.c.PerpetratorsAsserted) &&
			withAircraft[sentence{it.doc, it.c.Span}] {
			it.fam = famGround
		}
	}
}

// onlyGroundActors: perpetrators were named and none of them has aircraft
// (a drone, which such groups do fly, is left to the caller).
func onlyGroundActors(perps []string) bool {
	return len(perps) > 0 && !slices.ContainsFunc(perps, func(a string) bool { return !actors.GroundOnly(a) })
}
