package link

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/model"
)

const bucketDays = 4

func (l *linker) run() {
	n := len(l.items)
	// 1. Precise claims open and grow incidents; week/month-dated ones attach.
	i := 0
	for ; i < n && l.items[i].tier <= tierFineCoarse; i++ {
		l.placeDated(i)
	}
	// 2. Each report's time window, for its undated claims.
	l.docWindows()
	// 3. Placed but undated claims.
	for ; i < n && l.items[i].tier == tierFineUndated; i++ {
		l.placeUndated(i)
	}
	// 4. Province-wide claims attach to the nearest incident, or open one.
	for ; i < n && l.items[i].tier == tierProvince; i++ {
		l.placeProvince(i)
	}
	// 5. Country-wide claims: official records, or attached by their report.
	for ; i < n && l.items[i].tier == tierCountry; i++ {
		l.placeCountry(i)
	}
	// 6. Unplaced claims follow their report's neighbouring placed claim.
	for ; i < n; i++ {
		l.placeUnplaced(i)
	}
	// 7. Accounts that blame a ground actor for what others call a strike.
	l.alternativeAccounts()
}

// alternativeAccounts: a claim that is a ground attack only because the
// actor it blames has no aircraft opens an incident of its own. When its
// report tells it as the other account of a strike ("the Joint Operations
// Command said the house had been blown up by Islamic State militants,
// while residents said 11 people died": the same sentence as a claim of
// the strike; or its speaker denies the strike in that report: "denied
// that any air strike had hit the house. He said Daesh had rigged the
// building"), it belongs with that strike: the disagreement is over who did
// it. The incident it opened, if it holds only such accounts, joins that
// strike.
func (l *linker) alternativeAccounts() {
	for id := range l.clusters {
		c := &l.clusters[id]
		if len(c.members) == 0 || !c.dated || !slices.ContainsFunc(c.members, func(m int) bool { return l.items[m].culprit }) ||
			slices.ContainsFunc(c.members, func(m int) bool {
				it := &l.items[m]
				return !it.culprit && it.fam != famUnknown || it.tier > tierProvince || !it.dated
			}) {
			continue
		}
		var stay []int
		to := -1 // the strike every culprit joined; -2 when they part
		for _, m := range c.members {
			it := &l.items[m]
			if !it.culprit {
				stay = append(stay, m)
				continue
			}
			t, why := l.strikeToldWith(m, id)
			switch {
			case t < 0:
				stay, to = append(stay, m), -2
				continue
			case to == -1:
				to = t
			case to != t:
				to = -2
			}
			l.moveTo(m, t, fmt.Sprintf("blames %s, which has no aircraft, for what others call a strike: %s",
				strings.Join(it.c.PerpetratorsAsserted, ", "), why))
		}
		if to >= 0 {
			stay = l.untypedFollow(stay, to)
		}
		if len(stay) == len(c.members) {
			continue
		}
		c.members = stay
		if len(stay) > 0 && !slices.Contains(stay, c.leader) {
			c.leader = stay[0]
			l.items[stay[0]].reason = "first claim of this incident"
		}
	}
}

// untypedFollow: claims of no stated kind of attack ("killed when the
// building collapsed") gathered round an account that blames a ground
// actor are, once that account has joined the strike it answers, told of
// that strike too, when they fit its place, days and target. It returns
// the claims that stay.
func (l *linker) untypedFollow(stay []int, to int) []int {
	t := &l.clusters[to]
	for _, m := range stay {
		it := &l.items[m]
		if it.culprit || gap(it.lo, it.hi, t.lo, t.hi) > it.pad || !eventFit(it, t) {
			return stay
		}
		if ok, _, _ := l.placeFit(it, t); !ok {
			return stay
		}
	}
	for _, m := range stay {
		l.moveTo(m, to, "of no stated kind, told with the other account of this strike: same day, same place")
	}
	return nil
}

// moveTo puts item m in cluster to, with the reason given.
func (l *linker) moveTo(m, to int, reason string) {
	it := &l.items[m]
	t := &l.clusters[to]
	t.members = append(t.members, m)
	it.cluster = to
	it.reason = reason
	if it.name != "" && !slices.Contains(t.names, it.name) {
		t.names = append(t.names, it.name)
	}
	if it.label != "" && !slices.Contains(t.labels, it.label) {
		t.labels = append(t.labels, it.label)
	}
}

// strikeToldWith finds the incident (other than from) of a strike that
// item i's report tells it with: a claim of the same sentence, or a denial
// by the same speaker, at a place and on dates that fit.
func (l *linker) strikeToldWith(i, from int) (int, string) {
	it := &l.items[i]
	for _, j := range l.docs[it.doc].items {
		o := &l.items[j]
		if o.cluster < 0 || o.cluster == from || o.culprit {
			continue
		}
		t := &l.clusters[o.cluster]
		if !t.dated || gap(it.lo, it.hi, t.lo, t.hi) > it.pad {
			continue
		}
		if ok, _, _ := l.placeFit(it, t); !ok {
			continue
		}
		switch {
		case o.c.Span[0] < it.c.Span[1] && it.c.Span[0] < o.c.Span[1]:
			return o.cluster, "told in the same sentence as a claim of this strike"
		case o.c.Speaker != "" && o.c.Speaker == it.c.Speaker && o.c.Stance == model.StanceDenies:
			return o.cluster, "its speaker denies this strike in the same report"
		}
	}
	if to, ok := l.onlyStrikeBlamed(i, from); ok {
		return to, "only says who did it, at the place and on the day of the one strike its report tells"
	}
	return -1, ""
}

// onlyStrikeBlamed: a claim that only names who did it, with no target,
// victims or figures of its own ("Iraq's Joint Operations Command blames
// explosives planted by IS"), told after its report has told a strike at
// that very place (same name) on fitting dates, answers that strike, when
// the report tells only one there. An ISIS attack told with what it hit or
// whom it killed, or told first, stays a ground attack of its own.
func (l *linker) onlyStrikeBlamed(i, from int) (int, bool) {
	it := &l.items[i]
	if it.c.Event.Target != "" || len(it.c.Counts) > 0 || it.name == "" ||
		it.c.Event.TargetGroup != "" && it.c.Event.TargetGroup != model.GroupUnknown {
		return -1, false
	}
	found := -1
	for _, j := range l.docs[it.doc].items {
		o := &l.items[j]
		if o.cluster < 0 || o.cluster == from || o.culprit || o.cluster == found || o.c.Span[0] >= it.c.Span[0] {
			continue
		}
		t := &l.clusters[o.cluster]
		if !t.dated || gap(it.lo, it.hi, t.lo, t.hi) > it.pad || !slices.Contains(t.names, it.name) {
			continue
		}
		if found >= 0 {
			return -1, false
		}
		found = o.cluster
	}
	return found, found >= 0
}

// ---- blocking keys ----

func cellOf(lat, lon float64) (int, int) {
	return int(math.Floor(lon)), int(math.Floor(lat))
}

func cellKey(gx, gy int) uint64 { return uint64(gx+512)<<32 | uint64(gy+512) }

func cellDayKey(gx, gy, b int) uint64 {
	return uint64(gx+512)<<54 | uint64(gy+512)<<44 | uint64(b+(1<<30))&(1<<44-1)
}

func bucketOf(day int) int {
	if day < 0 {
		return (day - bucketDays + 1) / bucketDays
	}
	return day / bucketDays
}

// nameBucket keys the name and country indexes by 4-day bucket.
type nameBucket struct {
	name string
	b    int
}

func nameDayKey(name string, b int) nameBucket { return nameBucket{name, b} }

// cellsAround calls fn for every grid cell within r km of (lat, lon).
func cellsAround(lat, lon, r float64, fn func(gx, gy int)) {
	gx, gy := cellOf(lat, lon)
	dy := int(math.Ceil(r / 111.0))
	maxLat := math.Min(89, math.Abs(lat)+float64(dy))
	dx := int(math.Ceil(r / (111.0 * math.Cos(maxLat*math.Pi/180))))
	if dx > 180 {
		dx = 180
	}
	for y := gy - dy; y <= gy+dy; y++ {
		for x := gx - dx; x <= gx+dx; x++ {
			xx := x
			if xx < -180 {
				xx += 360
			} else if xx >= 180 {
				xx -= 360
			}
			fn(xx, y)
		}
	}
}

// ---- clusters ----

func (l *linker) newCluster(i int, dated bool) int {
	it := &l.items[i]
	c := cluster{leader: i, members: []int{i}, hasLL: it.hasLL, lat: it.lat, lon: it.lon,
		radius: it.radius, town: it.town, byTown: it.byTown, country: it.country, blo: 1, bhi: 0}
	if it.name != "" {
		c.names = []string{it.name}
	}
	if it.label != "" {
		c.labels = []string{it.label}
	}
	c.noteFamily(it)
	c.tgts[it.tgt] = true
	switch {
	case it.denial:
		// what a denial names is what others say was hit, not a target of
		// its own (see eventFit)
	case it.civ:
		c.civTgts[it.tgt] = true
	default:
		c.hardTgts[it.tgt] = true
	}
	if dated && it.dated {
		c.dated, c.lo, c.hi = true, it.lo, it.hi
		c.fineTime = it.tier == tierFine
	} else if w := l.docs[it.doc]; w != nil && w.wKnown {
		c.wKnown, c.wlo, c.whi = true, w.wlo, w.whi
	}
	id := len(l.clusters)
	l.clusters = append(l.clusters, c)
	l.seen = append(l.seen, -1)
	it.cluster = id
	it.reason = "first claim of this incident"
	l.index(id)
	if !math.IsInf(it.radius, 1) && it.radius > l.maxRadius && it.hasLL {
		l.maxRadius = it.radius
	}
	return id
}

func (l *linker) index(id int) {
	c := &l.clusters[id]
	if c.radius > 0 && math.IsInf(c.radius, 1) {
		// country-wide: by report and country (they are shared within a report only)
		k := l.items[c.leader].doc + "\x00" + c.country
		l.byCountry[k] = append(l.byCountry[k], int32(id))
		return
	}
	if c.hasLL {
		c.gx, c.gy = cellOf(c.lat, c.lon)
	}
	if !c.dated {
		if c.hasLL {
			k := cellKey(c.gx, c.gy)
			l.cellUnd[k] = append(l.cellUnd[k], int32(id))
		}
		for _, k := range c.nameKeys() {
			if k != "" {
				l.nameUnd[k] = append(l.nameUnd[k], int32(id))
			}
		}
		return
	}
	if c.blo > c.bhi { // first time
		if c.hasLL {
			k := cellKey(c.gx, c.gy)
			l.cellAll[k] = append(l.cellAll[k], int32(id))
		}
		for _, k := range c.nameKeys() {
			if k != "" {
				l.nameAll[k] = append(l.nameAll[k], int32(id))
			}
		}
	}
	blo, bhi := bucketOf(c.lo), bucketOf(c.hi)
	for b := blo; b <= bhi; b++ {
		if c.blo <= c.bhi && b >= c.blo && b <= c.bhi {
			continue
		}
		if c.hasLL {
			k := cellDayKey(c.gx, c.gy, b)
			l.cellDay[k] = append(l.cellDay[k], int32(id))
		}
		for _, n := range c.nameKeys() {
			if n != "" {
				k := nameDayKey(n, b)
				l.nameDay[k] = append(l.nameDay[k], int32(id))
			}
		}
	}
	c.blo, c.bhi = blo, bhi
}

// nameKeys are the names a cluster is indexed by: its first member's name
// and its first label (either may be empty).
func (c *cluster) nameKeys() [2]string {
	var keys [2]string
	if len(c.names) > 0 {
		keys[0] = c.names[0]
	}
	if len(c.labels) > 0 {
		keys[1] = c.labels[0]
	}
	return keys
}

func (l *linker) join(i, id int, reason string) {
	l.moveTo(i, id, reason)
	it := &l.items[i]
	c := &l.clusters[id]
	c.noteFamily(it)
	c.tgts[it.tgt] = true
	switch {
	case it.denial:
		// what a denial names is what others say was hit, not a target of
		// its own (see eventFit)
	case it.civ:
		c.civTgts[it.tgt] = true
	default:
		c.hardTgts[it.tgt] = true
	}
	if c.country == "" && !math.IsInf(c.radius, 1) {
		c.country = it.country
	}
	if c.dated && c.fineTime && it.tier == tierFine && !it.keepDates && (it.lo < c.lo || it.hi > c.hi) {
		c.lo, c.hi = min(c.lo, it.lo), max(c.hi, it.hi)
		l.index(id)
	}
}

// ---- compatibility ----

// shellingDisputed: a report that shells fell on civilians and a report
// that the side firing hit gunmen ("our forces targeted the gatherings of
// the gunmen attacking our points") tell one strike at that place and
// time, however each names the weapon: what was hit is what they dispute.
// Only the shelling says civilians: militants' ground attack on civilians
// beside an army's shelling of militants stays two incidents.
func shellingDisputed(it *item, c *cluster, f int) bool {
	switch {
	case it.fam == famArtillery && f == famGround:
		return it.civ && !it.denial && !c.civFams[famGround]
	case it.fam == famGround && f == famArtillery:
		return !it.civ && !c.hardFams[famArtillery]
	}
	return false
}

// placeFit reports whether item i may be about cluster c's place, with the
// distance in km (-1 when matched by name only).
func (l *linker) placeFit(it *item, c *cluster) (ok, sameName bool, km float64) {
	km = -1
	sameName = it.name != "" && slices.Contains(c.names, it.name)
	if sameName && it.hasLL && c.hasLL && l.villageByTown(it, c) {
		return false, false, km
	}
	if it.hasLL && c.hasLL {
		// Two places with coordinates and one label are one place only
		// when near each other: a village the gazetteer does not know
		// takes the coordinates of the town it is told near ("near
		// al-Jinah, west of Aleppo"), and namesakes lie far apart.
		labelled := !sameName && it.label != "" && slices.Contains(c.labels, it.label)
		maxKm := math.Max(it.radius, c.radius)
		if labelled {
			maxKm = math.Max(maxKm, labelKm)
		}
		if !sameName && math.Abs(it.lat-c.lat)*111.2 > maxKm {
			return false, false, km // cheap rejection before the trigonometry
		}
		km = model.DistanceKM(it.lat, it.lon, c.lat, c.lon)
		if sameName || km <= math.Max(it.radius, c.radius) && !distinctTowns(it, c, km, labelled) && !l.farTowns(it, c, km, labelled) {
			// A province named after its capital ("in the Idlib
			// countryside") shares its name with the capital's incident.
			return true, sameName || labelled && it.tier == tierProvince && km <= labelKm, km
		}
		if labelled && km <= labelKm {
			return true, true, km
		}
		return false, false, km
	}
	// A report that names a place without coordinates names the place
	// another report gives coordinates to, under the same name.
	if sameName || it.name != "" && slices.Contains(c.labels, it.name) || it.label != "" && slices.Contains(c.names, it.label) {
		return true, true, km
	}
	return false, false, km
}

// villageByTown reports an item and a cluster at one anchor under two
// names, one a village the gazetteer does not know whose own sentence
// names the other only as its bearing ("strikes near Iblin, a village
// north of Ihsim"): the village took the town's coordinates, it is not
// the town. Such a claim joins an incident that holds a claim spelled with
// its village's name, not one told inside the town. Either side may be
// the village.
func (l *linker) villageByTown(it *item, c *cluster) bool {
	if it.label == "" || slices.Contains(c.labels, it.label) {
		return false
	}
	lead := &l.items[c.leader]
	if lead.label != "" && lead.name == it.name && villageOf(lead, it) {
		return toldInsideTown(it) // the incident is the village's, the item its town's
	}
	inside := false
	for _, m := range c.members {
		o := &l.items[m]
		if o.label == "" || o.name != it.name || !villageOf(it, o) {
			continue
		}
		if !toldInsideTown(o) {
			return false // "an attack on a village near M": it may be the village
		}
		inside = true
	}
	return inside
}

// villageOf reports that a's sentence names its own place, a village (no
// district or mountain range: "the caves of the Q mountains, south-west
// of M" may hold M's strike), and names b's own sentence's town only
// after a compass bearing ("Iblin, a village north of Ihsim").
func villageOf(a, b *item) bool {
	p := a.c.Where.Precision
	return a.label != b.label && b.site && (p == model.PlaceTown || p == model.PlacePoint) &&
		quoteNames(a.c.Quote, a.c.Where.Name) && onlyAsBearing(a.c.Quote, b.c.Where.Name)
}

// toldInsideTown reports a claim whose own sentence places its strike in its
// town ("a house in Ihsim"), not near it: a strike "near M" may be at a
// village by M.
func toldInsideTown(it *item) bool { return it.site && it.town }

// distinctTowns: two towns the gazetteer knows, each named bare as the
// strike's site, on days that do not meet, are two strikes once they lie
// distinctTownsKM apart, though each town's radius would take in the other:
// "in Ariha" one day and "in Maarat al-Numan" the day before, 20 km apart,
// are two strikes, not one told by two names and dated a day apart. On one
// day the two names may be one strike told from either town.
func distinctTowns(it *item, c *cluster, km float64, labelled bool) bool {
	if labelled {
		return false
	}
	return it.town && c.town && km > distinctTownsKM && it.dated && c.dated && gap(it.lo, it.hi, c.lo, c.hi) > 0
}

// farTowns: two towns the gazetteer knows, each named as a strike's site
// or its neighbour ("in A", "near B"), farTownsKM apart, each told as a
// strike (a known event family) and neither sentence naming the other's
// town, are two places on any day: "near" reaches a town's outskirts, not
// a town 31 km off. A sentence of no known event ("taken to the hospital
// near B") may be placed by what followed the strike.
func (l *linker) farTowns(it *item, c *cluster, km float64, labelled bool) bool {
	if labelled || km <= farTownsKM || !it.byTown || !c.byTown || it.fam == famUnknown {
		return false
	}
	lead := &l.items[c.leader]
	return lead.fam != famUnknown && !quoteNames(it.c.Quote, lead.c.Where.Name) && !quoteNames(lead.c.Quote, it.c.Where.Name)
}

// labelKm is how far apart two places of one name may be given and still
// be one place: the distance from a village to the town it is told near.
const labelKm = 40

// noteFamily records the item's event family, and whether it says
// civilians were hit (see shellingDisputed).
func (c *cluster) noteFamily(it *item) {
	c.fams[it.fam] = true
	if it.civ {
		c.civFams[it.fam] = true
	} else {
		c.hardFams[it.fam] = true
	}
}

func eventFit(it *item, c *cluster) bool {
	for f, on := range c.fams {
		if on && !familiesCompatible(it.fam, f) && !shellingDisputed(it, c, f) {
			return false
		}
	}
	// A denial's target is what it says was not hit ("denied that
	// coalition aircraft had struck any house in the area"): the target of
	// the account it answers, which may not be the one others report.
	if it.denial {
		return true
	}
	// A report of civilians hit is not split by its target from a report
	// of militants' vehicles or positions (what was hit is what the sides
	// dispute), only from another report of civilians hit elsewhere.
	tgts := &c.hardTgts
	if it.civ {
		tgts = &c.civTgts
	}
	for t, on := range tgts {
		if on && !targetsCompatible(it.tgt, t) {
			return false
		}
	}
	return true
}

func gap(alo, ahi, blo, bhi int) int {
	return max(0, alo-bhi, blo-ahi)
}

// timeFit: a dated item against a cluster.
func timeFit(it *item, c *cluster) (bool, int) {
	if !c.dated {
		if !c.wKnown {
			return true, 0
		}
		g := gap(it.lo, it.hi, c.wlo, c.whi)
		return g == 0, g
	}
	g := gap(it.lo, it.hi, c.lo, c.hi)
	if g > it.pad {
		return false, g
	}
	if it.tier == tierFine && c.fineTime {
		span := max(c.hi, it.hi) - min(c.lo, it.lo) + 1
		limit := max(maxIncidentSpanDays, it.hi-it.lo+1, c.hi-c.lo+1)
		if span > limit {
			return false, g
		}
	}
	return true, g
}

// windowFit: an undated item (its report's window) against a cluster.
func (l *linker) windowFit(it *item, c *cluster) bool {
	d := l.docs[it.doc]
	if !d.wKnown {
		return true
	}
	if c.dated {
		return gap(d.wlo, d.whi, c.lo, c.hi) == 0
	}
	if !c.wKnown {
		return true
	}
	return gap(d.wlo, d.whi, c.wlo, c.whi) == 0
}

type candidate struct {
	id       int
	sameName bool
	// spelled: a member spelled the place as the claim does (its label),
	// whatever coordinates each took; see better.
	spelled bool
	sameTgt bool
	km      float64
	gap     int
	size    int // claims in the incident so far
	// agree: members blaming what the claim blames; computed for
	// candidates tied on everything before it (see best).
	agree int
}

// better orders candidates: same place name, same known target, nearer,
// closer in time, blaming what the claim blames, more claims so far,
// earlier incident.
func better(a, b candidate) bool {
	if an, bn := a.sameName || a.spelled, b.sameName || b.spelled; an != bn {
		return an
	}
	// Of two incidents named as the claim names its place, the one spelled
	// as it spells it: one report's "Yarmouk" may take the coordinates of
	// Damascus, the city around it, and still mean the camp others named.
	if a.spelled != b.spelled {
		return a.spelled
	}
	if a.sameName != b.sameName {
		return a.sameName
	}
	if a.sameTgt != b.sameTgt {
		return a.sameTgt
	}
	ak, bk := a.km, b.km
	if ak < 0 {
		ak = 0
	}
	if bk < 0 {
		bk = 0
	}
	if ak != bk {
		return ak < bk
	}
	if a.gap != b.gap {
		return a.gap < b.gap
	}
	if a.agree != b.agree {
		return a.agree > b.agree // the incident told as the claim tells it
	}
	if a.size != b.size {
		return a.size > b.size // the more reported incident
	}
	return a.id < b.id
}

// tiedBefore: a and b are alike on every test before perpetrators.
func tiedBefore(a, b candidate) bool {
	return a.sameName == b.sameName && a.spelled == b.spelled && a.sameTgt == b.sameTgt &&
		max(a.km, 0) == max(b.km, 0) && a.gap == b.gap
}

// Which clusters gather visits.
const (
	gatherDays    = iota // dated clusters in the day buckets of lo..hi
	gatherUndated        // undated clusters, any time
	gatherDated          // dated clusters, any time (reports with no date)
)

// gather collects candidate clusters near item i, each once.
func (l *linker) gather(i int, mode int, lo, hi int, fn func(id int)) {
	it := &l.items[i]
	l.stamp++
	stamp := l.stamp
	visit := func(ids []int32) {
		for _, id := range ids {
			if l.seen[id] == stamp {
				continue
			}
			l.seen[id] = stamp
			fn(int(id))
		}
	}
	r := math.Max(it.radius, l.maxRadius)
	switch mode {
	case gatherDays:
		blo, bhi := bucketOf(lo), bucketOf(hi)
		if it.hasLL {
			cellsAround(it.lat, it.lon, r, func(gx, gy int) {
				for b := blo; b <= bhi; b++ {
					visit(l.cellDay[cellDayKey(gx, gy, b)])
				}
			})
		}
		for _, n := range it.nameKeys() {
			for b := blo; b <= bhi && n != ""; b++ {
				visit(l.nameDay[nameDayKey(n, b)])
			}
		}
	case gatherUndated:
		if it.hasLL {
			cellsAround(it.lat, it.lon, r, func(gx, gy int) { visit(l.cellUnd[cellKey(gx, gy)]) })
		}
		for _, n := range it.nameKeys() {
			if n != "" {
				visit(l.nameUnd[n])
			}
		}
	case gatherDated:
		if it.hasLL {
			cellsAround(it.lat, it.lon, r, func(gx, gy int) { visit(l.cellAll[cellKey(gx, gy)]) })
		}
		for _, n := range it.nameKeys() {
			if n != "" {
				visit(l.nameAll[n])
			}
		}
	}
}

func (l *linker) best(i int, cands []candidate) (candidate, bool, bool) {
	if len(cands) == 0 {
		return candidate{}, false, false
	}
	b := cands[0]
	for _, c := range cands[1:] {
		if better(c, b) {
			b = c
		}
	}
	b = l.preferAgreeing(i, b, cands)
	// ambiguous: another candidate as good on name and target
	amb := false
	for _, c := range cands {
		if c.id != b.id && c.sameName == b.sameName && c.sameTgt == b.sameTgt {
			amb = true
		}
	}
	return b, true, amb
}

// preferAgreeing: of the candidates tied with b on place, target and time,
// the one whose members blame what claim i blames (or, for a denial, what it
// denies) wins over the larger one: a monitor's "Turkish shelling killed 13"
// belongs with Turkey's strike, not with the Syrian shelling it answered at
// the same town on the same day.
func (l *linker) preferAgreeing(i int, b candidate, cands []candidate) candidate {
	blamed := l.items[i].blamed()
	if len(blamed) == 0 {
		return b
	}
	var tied []candidate
	for _, c := range cands {
		if tiedBefore(c, b) {
			tied = append(tied, c)
		}
	}
	if len(tied) < 2 {
		return b
	}
	for k := range tied {
		tied[k].agree = l.agreement(blamed, tied[k].id)
	}
	b = tied[0]
	for _, c := range tied[1:] {
		if better(c, b) {
			b = c
		}
	}
	return b
}

// blamed: the known actors a claim asserts, or, for a denial, denies.
func (it *item) blamed() []string {
	a := it.c.PerpetratorsAsserted
	if it.c.Stance == model.StanceDenies {
		a = it.c.PerpetratorsDenied
	}
	return slices.DeleteFunc(slices.Clone(a), func(x string) bool { return !knownActor(x) })
}

// agreement counts the members of cluster id that assert an actor covering
// one of blamed. Members blaming others do not count against it: an
// incident that only blames others is no better or worse a home than one
// that blames no one, and the larger of those stays preferred (a
// commentator's "the Iraqi Air Force's strikes deserve scrutiny" stays with
// the coalition's strike it is told beside).
func (l *linker) agreement(blamed []string, id int) int {
	n := 0
	for _, m := range l.clusters[id].members {
		if slices.ContainsFunc(l.items[m].c.PerpetratorsAsserted, func(a string) bool { return l.coversAny(a, blamed) }) {
			n++
		}
	}
	return n
}

func (l *linker) coversAny(a string, list []string) bool {
	return slices.ContainsFunc(list, func(b string) bool { return l.reg.Covers(a, b) })
}

func (l *linker) candidateFor(it *item, id int, g int) candidate {
	c := &l.clusters[id]
	_, same, km := l.placeFit(it, c)
	spelled := it.label != "" && slices.Contains(c.labels, it.label)
	return candidate{id: id, sameName: same, spelled: spelled, sameTgt: it.tgt != tgtUnknown && c.tgts[it.tgt], km: km, gap: g, size: len(c.members)}
}

// ---- phases ----

func (l *linker) placeDated(i int) {
	it := &l.items[i]
	var cands []candidate
	l.gather(i, gatherDays, it.lo-it.pad, it.hi+it.pad, func(id int) {
		c := &l.clusters[id]
		if !eventFit(it, c) {
			return
		}
		if ok, _, _ := l.placeFit(it, c); !ok {
			return
		}
		ok, g := timeFit(it, c)
		if !ok || l.separateStrikes(it, id) || l.otherDayElsewhere(it, id) || l.answeredStrike(it, id) || l.opposedElsewhere(it, id) {
			return
		}
		cands = append(cands, l.candidateFor(it, id, g))
	})
	if b, ok, _ := l.best(i, cands); ok {
		l.join(i, b.id, l.reasonDated(it, b))
		return
	}
	if (it.withdrawal || it.c.Stance == model.StanceDenies) && l.joinWithdrawn(i) {
		return
	}
	l.newCluster(i, true)
}

// joinWithdrawn: a withdrawal is dated by when it was said, which may be
// days after the strike it takes back ("on Monday withdrew their claim that
// drones had attacked the convoy on Saturday"). It joins the strike at its
// place up to statementLagDays before its date, if that incident already
// holds a claim of its own report or of its speaker (the account being
// withdrawn). The incident's dates do not grow. So does a denial dated by
// when it was said ("speaking to reporters on Thursday, the spokesman said
// no air strike took place near al-Qaim"), when that incident holds a claim
// of its own report: the account it answers.
func (l *linker) joinWithdrawn(i int) bool {
	it := &l.items[i]
	what := "a withdrawal"
	if !it.withdrawal {
		what = "a denial"
	}
	var cands []candidate
	l.gather(i, gatherDays, it.lo-statementLagDays, it.hi, func(id int) {
		c := &l.clusters[id]
		if !c.dated || c.hi >= it.lo || it.lo-c.hi > statementLagDays || !eventFit(it, c) {
			return
		}
		if ok, _, _ := l.placeFit(it, c); !ok {
			return
		}
		if !slices.ContainsFunc(c.members, func(m int) bool {
			o := &l.items[m]
			return o.doc == it.doc || (it.withdrawal && o.c.Speaker != "" && o.c.Speaker == it.c.Speaker)
		}) {
			return
		}
		cands = append(cands, l.candidateFor(it, id, it.lo-c.hi))
	})
	b, ok, _ := l.best(i, cands)
	if !ok {
		return false
	}
	it.keepDates = true
	l.join(i, b.id, fmt.Sprintf("%s said on %s, %d day(s) after this incident, %s",
		what, dateLabel(it.lo, it.hi), b.gap, l.placePhrase(it, b)))
	return true
}

// docWindows sets each report's window: its publication date, else its own
// dated claims, else (below) the incidents its placed claims unambiguously
// join.
func (l *linker) docWindows() {
	keys := make([]string, 0, len(l.docs))
	for k := range l.docs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		d := l.docs[k]
		if d.pub >= 0 {
			d.wKnown, d.wlo, d.whi = true, d.pub-docWindowBeforeDays, d.pub+docWindowAfterDays
			continue
		}
		first := true
		for _, i := range d.items {
			it := &l.items[i]
			if !it.dated || it.tier == tierCountry {
				continue
			}
			if first {
				d.wlo, d.whi, first = it.lo, it.hi, false
			} else {
				d.wlo, d.whi = min(d.wlo, it.lo), max(d.whi, it.hi)
			}
		}
		if !first {
			d.wKnown = true
			d.wlo -= inferredWindowPadDays
			d.whi += inferredWindowPadDays
		}
	}
	// Reports with no date at all: vote with their undated placed claims
	// for the dated incident each joins unambiguously.
	for _, k := range keys {
		d := l.docs[k]
		if d.wKnown {
			continue
		}
		votes := map[int]int{}
		var shared dayVotes
		for _, i := range d.items {
			it := &l.items[i]
			if it.tier != tierFineUndated {
				continue
			}
			var cands []candidate
			l.gather(i, gatherDated, 0, 0, func(id int) {
				c := &l.clusters[id]
				if ok, _, _ := l.placeFit(it, c); !ok || !eventFit(it, c) {
					return
				}
				cands = append(cands, l.candidateFor(it, id, 0))
			})
			cands, byDay := l.onNamedWeekday(it, cands)
			if b, ok, amb := l.best(i, cands); ok && !amb {
				votes[b.id] += voteWeight(byDay)
			} else if b, ok := l.agreeingIncident(it, cands); ok {
				votes[b.id]++
			}
			shared.add(l, cands)
		}
		bestID, bestN := -1, 0
		for id, n := range votes {
			if n > bestN || n == bestN && id < bestID {
				bestID, bestN = id, n
			}
		}
		if bestID >= 0 {
			c := &l.clusters[bestID]
			d.wKnown, d.wlo, d.whi = true, c.lo-inferredWindowPadDays, c.hi+inferredWindowPadDays
			continue
		}
		// Every place ambiguous on its own ("Abu Kamal" and "Deir ez-Zor",
		// each struck on several days): the days on which strikes at two
		// of its places or more were told date the report.
		if lo, hi, ok := shared.agreed(); ok {
			d.wKnown, d.wlo, d.whi = true, lo-inferredWindowPadDays, hi+inferredWindowPadDays
		}
	}
}

// dayVotes counts, for each span of days of a dated incident, the undated
// claims of one report that fit an incident on those days, and the
// incidents that gave them.
type dayVotes struct {
	spans    [][2]int
	claims   []int
	clusters [][]int
}

// add counts one claim's candidates: once for each span of days.
func (v *dayVotes) add(l *linker, cands []candidate) {
	counted := make([]bool, len(v.spans), len(v.spans)+len(cands))
	for _, cd := range cands {
		c := &l.clusters[cd.id]
		if !c.dated {
			continue
		}
		k := slices.Index(v.spans, [2]int{c.lo, c.hi})
		if k < 0 {
			v.spans = append(v.spans, [2]int{c.lo, c.hi})
			v.claims = append(v.claims, 0)
			v.clusters = append(v.clusters, nil)
			counted = append(counted, false)
			k = len(v.spans) - 1
		}
		if !slices.Contains(v.clusters[k], cd.id) {
			v.clusters[k] = append(v.clusters[k], cd.id)
		}
		if !counted[k] {
			counted[k] = true
			v.claims[k]++
		}
	}
}

// agreed returns the one span of days that the most claims fit, when
// incidents at two places or more give it and no other span ties it.
func (v *dayVotes) agreed() (lo, hi int, ok bool) {
	best, tie := -1, false
	for k := range v.spans {
		switch {
		case best < 0 || v.claims[k] > v.claims[best]:
			best, tie = k, false
		case v.claims[k] == v.claims[best]:
			tie = true
		}
	}
	if best < 0 || tie || v.claims[best] < 2 || len(v.clusters[best]) < 2 {
		return 0, 0, false
	}
	return v.spans[best][0], v.spans[best][1], true
}

func (l *linker) placeUndated(i int) {
	it := &l.items[i]
	d := l.docs[it.doc]
	var cands []candidate
	consider := func(id int) {
		c := &l.clusters[id]
		if ok, _, _ := l.placeFit(it, c); !ok || !eventFit(it, c) || !l.windowFit(it, c) || l.separateStrikes(it, id) || l.answeredStrike(it, id) || l.opposedElsewhere(it, id) {
			return
		}
		cands = append(cands, l.candidateFor(it, id, 0))
	}
	if d.wKnown {
		l.gather(i, gatherDays, d.wlo, d.whi, consider)
	} else {
		l.gather(i, gatherDated, 0, 0, consider)
	}
	l.gather(i, gatherUndated, 0, 0, consider)
	cands, _ = l.onNamedWeekday(it, cands)
	b, ok, amb := l.best(i, cands)
	if ok && (d.wKnown || !amb) {
		l.join(i, b.id, l.reasonUndated(it, b))
		return
	}
	if b, ok := l.ownReportIncident(it, cands); ok {
		l.join(i, b.id, l.reasonUndated(it, b)+", where its report's other claims are")
		return
	}
	if b, ok := l.agreeingIncident(it, cands); ok {
		l.join(i, b.id, l.reasonUndated(it, b)+", the one incident blaming "+strings.Join(it.c.PerpetratorsAsserted, ", "))
		return
	}
	l.newCluster(i, false)
}

// ownReportIncident: an undated claim that no candidate wins joins the one
// candidate holding a claim of its own report: a report tells one strike
// at a place, and its claims at that place are that strike's ("a drone hit
// a car near Qamishli", then "the SDF said the strike west of Qamishli was
// Turkish"). Several such candidates decide nothing.
func (l *linker) ownReportIncident(it *item, cands []candidate) (candidate, bool) {
	var found candidate
	n := 0
	for _, cd := range cands {
		if l.hasDoc(cd.id, it.doc) {
			found, n = cd, n+1
		}
	}
	return found, n == 1
}

// agreeingIncident: an undated claim of a report with no date, among
// several dated incidents at its town, joins the one told as it tells the
// strike: a perpetrator it blames is blamed there too, and the killed
// figures do not rule it out ("Israeli aircraft fired missiles at a
// building in Mezzeh" beside a wire's dated Israeli strike on Mezzeh, not
// the army's barrel bombs on a suburb of the same city years before). When
// several agree, or none, nothing is decided: the claim stays apart.
func (l *linker) agreeingIncident(it *item, cands []candidate) (candidate, bool) {
	if !agreeingPrecisions[it.c.Where.Precision] || it.c.Stance == model.StanceDenies || it.c.Stance == model.StanceRetracts {
		return candidate{}, false
	}
	if !slices.ContainsFunc(it.c.PerpetratorsAsserted, knownActor) {
		return candidate{}, false
	}
	var found, named candidate
	n, nNamed := 0, 0
	for _, cd := range cands {
		c := &l.clusters[cd.id]
		if c.dated && l.blamesSame(it, c) && l.tollsAgree(it, c) {
			found, n = cd, n+1
			if cd.sameName {
				named, nNamed = cd, nNamed+1
			}
		}
	}
	if n > 1 && nNamed == 1 {
		// Of several agreeing, the one at the place the claim names (the
		// city, not the shrine suburb struck another week) is the one.
		return named, true
	}
	return found, n == 1
}

// knownActor: a perpetrator that names someone ("unknown" names no one).
func knownActor(a string) bool { return a != "" && a != "unknown" && a != "occurrence" }

// blamesSame: a member of c asserts a perpetrator it also blames, or one
// covering it (the coalition and us-dod).
func (l *linker) blamesSame(it *item, c *cluster) bool {
	return slices.ContainsFunc(c.members, func(m int) bool {
		o := l.items[m].c
		if o.Stance == model.StanceDenies || o.Stance == model.StanceRetracts {
			return false
		}
		return slices.ContainsFunc(o.PerpetratorsAsserted, func(a string) bool {
			return knownActor(a) && slices.ContainsFunc(it.c.PerpetratorsAsserted, func(b string) bool {
				return knownActor(b) && l.reg.Covers(a, b)
			})
		})
	})
}

// tollsAgree: the claim gives no killed figure, the incident none, or one
// of the incident's is within agreeingTollRatio of one of the claim's.
func (l *linker) tollsAgree(it *item, c *cluster) bool {
	mine := killedRanges(it.c.Counts)
	if len(mine) == 0 {
		return true
	}
	any := false
	for _, m := range c.members {
		for _, r := range killedRanges(l.items[m].c.Counts) {
			any = true
			for _, q := range mine {
				if q[0] <= agreeingTollRatio*r[1] && r[0] <= agreeingTollRatio*q[1] {
					return true
				}
			}
		}
	}
	return !any
}

// killedRanges: the killed figures as [min, max] ("at least ten": no max,
// taken as unbounded).
func killedRanges(counts []model.Count) [][2]int {
	var out [][2]int
	for _, n := range counts {
		if n.Kind != model.CountKilled || n.Min == nil {
			continue
		}
		hi := math.MaxInt32
		if n.Max != nil {
			hi = *n.Max
		}
		out = append(out, [2]int{*n.Min, hi})
	}
	return out
}

// onNamedWeekday: an undated claim that names one day of the week ("the
// rockets that struck the Green Zone late on Sunday", "Thursday's strikes on
// the crossings") keeps only the dated incidents that include such a day,
// when any does (narrowed); otherwise its candidates stay as they are (the
// day may be when something was said).
func (l *linker) onNamedWeekday(it *item, cands []candidate) (kept []candidate, narrowed bool) {
	wd, ok := namedWeekday(it.c.Quote)
	if !ok || len(cands) < 2 {
		return cands, false
	}
	for _, cd := range cands {
		if c := &l.clusters[cd.id]; c.dated && includesWeekday(c.lo, c.hi, wd) {
			kept = append(kept, cd)
		}
	}
	if len(kept) == 0 || len(kept) == len(cands) {
		return cands, false
	}
	return kept, true
}

// voteWeight: a claim whose named weekday picked its incident dates its
// report more surely than claims that matched by place alone.
func voteWeight(byDay bool) int {
	if byDay {
		return weekdayVoteWeight
	}
	return 1
}

// namedWeekday finds the one day of the week a sentence names (0 = Sunday);
// none, or two different days, is no answer.
func namedWeekday(quote string) (int, bool) {
	found := -1
	for d, name := range weekdayNames {
		if !containsStrikeWeekday(quote, name) {
			continue
		}
		if found >= 0 {
			return 0, false
		}
		found = d
	}
	return found, found >= 0
}

// containsStrikeWeekday: the day w occurs in s as a word of its own
// ("Sunday", "Sunday's"; not "Sundays" of a habit), and not as the day
// something was said ("The Pentagon said on Friday that a drone strike on
// Thursday night …": Thursday is the strike's).
func containsStrikeWeekday(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(w)
		if (j == 0 || !isLetter(s[j-1])) && (end == len(s) || !isLetter(s[end])) && !saidOn(s[:j]) {
			return true
		}
		i = j + 1
	}
}

// saidOn: the text before a weekday ends in a verb of saying and "on"
// ("said on", "told reporters on").
func saidOn(before string) bool {
	return slices.ContainsFunc(speechBeforeWeekday, func(p string) bool { return strings.HasSuffix(before, p) })
}

// includesWeekday: day numbers count from 1970-01-01, a Thursday.
func includesWeekday(lo, hi, wd int) bool {
	if hi-lo >= 6 {
		return true
	}
	for d := lo; d <= hi; d++ {
		if (d+4)%7 == wd {
			return true
		}
	}
	return false
}

func (l *linker) placeProvince(i int) {
	it := &l.items[i]
	d := l.docs[it.doc]
	var cands []candidate
	consider := func(id int) {
		c := &l.clusters[id]
		if ok, _, _ := l.placeFit(it, c); !ok || !eventFit(it, c) {
			return
		}
		g := 0
		if it.dated {
			var ok bool
			if ok, g = timeFit(it, c); !ok {
				return
			}
		} else if !l.windowFit(it, c) {
			return
		}
		cands = append(cands, l.candidateFor(it, id, g))
	}
	switch {
	case it.dated:
		l.gather(i, gatherDays, it.lo-it.pad, it.hi+it.pad, consider)
	case d.wKnown:
		l.gather(i, gatherDays, d.wlo, d.whi, consider)
	default:
		l.gather(i, gatherDated, 0, 0, consider)
	}
	l.gather(i, gatherUndated, 0, 0, consider)
	if id, ok := l.ownStrikeOnDays(i); ok {
		l.join(i, id, fmt.Sprintf("province-wide (%s); its report's only strike in the country on %s",
			placeLabel(it.c), dateLabel(it.lo, it.hi)))
		return
	}
	// A province holds many strikes: attach only to the one incident that
	// fits, or to the one incident that shares the name, or, for a claim
	// dated to a day or a few, to the one incident on those very days.
	if b, ok, amb := l.best(i, cands); ok && (len(cands) == 1 || b.sameName && !amb) {
		l.join(i, b.id, l.reasonCoarse(it, b))
		return
	}
	if b, ok := l.sameDays(it, cands); ok {
		l.join(i, b.id, l.reasonCoarseWhy(it, b, "the only incident there on those days"))
		return
	}
	if b, ok := l.withdrawnAccount(it, cands); ok {
		l.join(i, b.id, l.reasonCoarseWhy(it, b, "the only incident there holding the account it withdraws"))
		return
	}
	l.newCluster(i, true)
}

// withdrawnAccount: for a withdrawal, the one candidate holding its
// speaker's own assertion of an actor it withdraws ("withdrew its claim
// that Iraqi jets had killed the commander" beside "the command had said
// that Iraqi F-16s hit the tunnels"), when there is exactly one.
func (l *linker) withdrawnAccount(it *item, cands []candidate) (candidate, bool) {
	if it.c.Stance != model.StanceRetracts || len(it.c.PerpetratorsAsserted) == 0 {
		return candidate{}, false
	}
	var found candidate
	n := 0
	for _, cd := range cands {
		if slices.ContainsFunc(l.clusters[cd.id].members, func(m int) bool {
			o := l.items[m].c
			return o.Speaker == it.c.Speaker && o.Stance == model.StanceAsserts &&
				slices.ContainsFunc(o.PerpetratorsAsserted, func(a string) bool { return slices.Contains(it.c.PerpetratorsAsserted, a) })
		}) {
			found, n = cd, n+1
		}
	}
	return found, n == 1
}

// sameDays: the one candidate whose dates meet a day-precise claim's own
// dates with no padding, when there is exactly one ("a helicopter strike in
// Salahuddin on Tuesday" beside strikes in the province on Monday and
// Wednesday).
func (l *linker) sameDays(it *item, cands []candidate) (candidate, bool) {
	if !it.dated || it.hi-it.lo+1 > fineTimeMaxDays || it.pad > 1 {
		return candidate{}, false
	}
	var out []candidate
	for _, c := range cands {
		if c.gap == 0 && l.clusters[c.id].dated {
			out = append(out, c)
		}
	}
	if len(out) != 1 {
		return candidate{}, false
	}
	return out[0], true
}

// placeCountry handles claims whose place is a whole country.
func (l *linker) placeCountry(i int) {
	it := &l.items[i]
	if it.denial {
		if nb, ok := l.docNeighbour(i, true); ok {
			l.join(i, l.items[nb].cluster, l.reasonNeighbour(it, nb, "a country-wide denial"))
			return
		}
		if it.dated {
			l.records = append(l.records, i)
			it.tier = tierRecord
			return
		}
	} else {
		// A dated claim: the one incident in that country on those dates,
		// told by other reports (a report that names the place of a strike
		// and then only the country is, without more, talking of another).
		if it.dated && it.hi-it.lo+1 <= fineTimeMaxDays && it.pad <= 1 {
			var cands []int
			for _, id32 := range l.countryClusters(it) {
				id := int(id32)
				c := &l.clusters[id]
				if !c.dated || c.country != it.country || !eventFit(it, c) {
					continue
				}
				if ok, _ := timeFit(it, c); ok {
					cands = append(cands, id)
				}
			}
			for _, id := range cands {
				if l.hasDoc(id, it.doc) {
					cands = nil // its own report's strike: only the rules below may tie them
					break
				}
			}
			if id, ok := l.ownStrikeOnDays(i); ok {
				l.join(i, id, fmt.Sprintf("country-wide (%s); its report's only strike there on %s",
					placeLabel(it.c), dateLabel(it.lo, it.hi)))
				return
			}
			// the one incident on exactly those dates, else the one within the margin
			var exact []int
			for _, id := range cands {
				c := &l.clusters[id]
				if gap(it.lo, it.hi, c.lo, c.hi) == 0 {
					exact = append(exact, id)
				}
			}
			if len(exact) == 1 || len(exact) == 0 && len(cands) == 1 {
				id := cands[0]
				if len(exact) == 1 {
					id = exact[0]
				}
				l.join(i, id, fmt.Sprintf("country-wide (%s), the only incident there on %s",
					placeLabel(it.c), dateLabel(it.lo, it.hi)))
				return
			}
		}
		// The same report names the same known target in that country.
		if it.tgt != tgtUnknown {
			if nb, ok := l.docNeighbourTarget(i); ok {
				l.join(i, l.items[nb].cluster, fmt.Sprintf("country-wide (%s); the same report describes a strike on the same %s there",
					placeLabel(it.c), targetClassName[it.tgt]))
				return
			}
		}
	}
	// Otherwise a country-wide incident of its own, shared with claims of the
	// same report about the same country.
	for _, id32 := range l.byCountry[it.doc+"\x00"+it.country] {
		id := int(id32)
		c := &l.clusters[id]
		if l.items[c.leader].doc != it.doc || !eventFit(it, c) {
			continue
		}
		if it.dated && c.dated {
			if ok, _ := timeFit(it, c); !ok {
				continue
			}
		} else if it.dated != c.dated {
			continue
		}
		l.join(i, id, fmt.Sprintf("country-wide (%s), same report", placeLabel(it.c)))
		return
	}
	l.newCluster(i, true)
}

// ownStrikeOnDays: a country- or province-wide claim dated to a day or a
// few ("U.S. forces struck a weapons storage facility" in Iraq on Sunday;
// "no attack took place on any of our units in western Anbar") whose report
// places a strike in that country on its very days, and only one, tells of
// that strike: the report names the place once and then the region. Several
// strikes of the report there on those days, or a strike on other days
// (Soleimani killed "in the country" the day before the Taji strike), leave
// it apart. A province's own radius is too small for the largest ones
// (Rutba lies some 300 km from the centre of Anbar), so within the
// province the strike may lie up to provinceReachKM from its anchor; a
// place the gazetteer does not know may lie anywhere.
func (l *linker) ownStrikeOnDays(i int) (int, bool) {
	it := &l.items[i]
	if !it.dated || it.hi-it.lo+1 > fineTimeMaxDays || it.pad > 1 {
		return -1, false
	}
	found := -1
	for _, j := range l.docs[it.doc].items {
		o := &l.items[j]
		if o.cluster < 0 || o.tier >= it.tier || !o.dated || o.hi-o.lo+1 > fineTimeMaxDays || o.pad > 1 ||
			gap(it.lo, it.hi, o.lo, o.hi) > 0 || o.cluster == found {
			continue
		}
		// a village the gazetteer does not know (no coordinates, no
		// country) may lie anywhere in the region
		unknownPlace := !o.hasLL && o.country == ""
		if !unknownPlace && (o.country != it.country || it.tier == tierProvince &&
			(!it.hasLL || !o.hasLL || model.DistanceKM(it.lat, it.lon, o.lat, o.lon) > provinceReachKM)) {
			continue
		}
		if found >= 0 {
			return -1, false
		}
		found = o.cluster
	}
	if found < 0 || !eventFit(it, &l.clusters[found]) {
		return -1, false
	}
	return found, true
}

// hasDoc reports whether cluster id has a member from document doc.
func (l *linker) hasDoc(id int, doc string) bool {
	for _, m := range l.clusters[id].members {
		if l.items[m].doc == doc {
			return true
		}
	}
	return false
}

func (l *linker) countryClusters(it *item) []int32 {
	// dated incidents whose anchor lies in the country: look through the
	// clusters of the same country code. Clusters are indexed by cell, so
	// walk the dated clusters of the time buckets instead.
	var out []int32
	blo, bhi := bucketOf(it.lo-it.pad), bucketOf(it.hi+it.pad)
	seen := map[int32]bool{}
	for b := blo; b <= bhi; b++ {
		for _, id := range l.countryDay(it.country, b) {
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	slices.Sort(out)
	return out
}

// countryDay lists the dated, placed clusters of a country in bucket b.
// Built lazily once the dated phases are over (clusters no longer grow).
func (l *linker) countryDay(country string, b int) []int32 {
	if l.byCountryDay == nil {
		l.byCountryDay = map[nameBucket][]int32{}
		for id := range l.clusters {
			c := &l.clusters[id]
			if !c.dated || math.IsInf(c.radius, 1) || c.country == "" {
				continue
			}
			for bb := bucketOf(c.lo); bb <= bucketOf(c.hi); bb++ {
				k := nameDayKey(c.country, bb)
				l.byCountryDay[k] = append(l.byCountryDay[k], int32(id))
			}
		}
	}
	return l.byCountryDay[nameDayKey(country, b)]
}

// docNeighbour finds, in item i's report, the nearest placed claim (before
// it first, then after) whose incident i can belong to. sameCountry limits
// it to placed claims in i's country (or with none given).
func (l *linker) docNeighbour(i int, sameCountry bool) (int, bool) {
	if j, ok := l.docNeighbourTier(i, sameCountry, tierCountry); ok {
		return j, true
	}
	if l.items[i].tier == tierUnplaced {
		return l.docNeighbourTier(i, sameCountry, tierCountry+1)
	}
	return -1, false
}

// docNeighbourTier is docNeighbour among placed claims of a tier below maxTier.
func (l *linker) docNeighbourTier(i int, sameCountry bool, maxTier int) (int, bool) {
	it := &l.items[i]
	d := l.docs[it.doc]
	pos := slices.Index(d.items, i)
	fits := func(j int) bool {
		nb := &l.items[j]
		if nb.cluster < 0 || nb.tier >= maxTier {
			return false
		}
		if sameCountry && it.country != "" && nb.country != "" && nb.country != it.country {
			return false
		}
		c := &l.clusters[nb.cluster]
		if !eventFit(it, c) {
			return false
		}
		if it.tier == tierCountry {
			// a country-wide denial answers the strike its report
			// describes only if it is about that claim's very days
			if it.dated && (!nb.dated || gap(it.lo, it.hi, nb.lo, nb.hi) > 0) {
				return false
			}
		} else if it.dated && c.dated {
			// an unplaced claim may be dated by when it was said
			if it.hi < c.lo-it.pad || it.lo > c.hi+statementLagDays {
				return false
			}
		}
		return true
	}
	// claims of the same sentence first
	for _, j := range d.items {
		nb := &l.items[j]
		if j != i && nb.c.Span[0] < it.c.Span[1] && it.c.Span[0] < nb.c.Span[1] && fits(j) {
			return j, true
		}
	}
	return nearestFitting(d.items, pos, fits)
}

// nearestFitting returns the first item before pos, walking back, that
// fits, else the first after it: the document's nearest neighbour.
func nearestFitting(items []int, pos int, fits func(int) bool) (int, bool) {
	for k := pos - 1; k >= 0; k-- {
		if fits(items[k]) {
			return items[k], true
		}
	}
	for k := pos + 1; k < len(items); k++ {
		if fits(items[k]) {
			return items[k], true
		}
	}
	return -1, false
}

func (l *linker) docNeighbourTarget(i int) (int, bool) {
	it := &l.items[i]
	d := l.docs[it.doc]
	pos := slices.Index(d.items, i)
	fits := func(j int) bool {
		nb := &l.items[j]
		if nb.cluster < 0 || nb.tier >= tierCountry {
			return false
		}
		if it.country != "" && nb.country != "" && nb.country != it.country {
			return false
		}
		c := &l.clusters[nb.cluster]
		return c.tgts[it.tgt] && eventFit(it, c)
	}
	return nearestFitting(d.items, pos, fits)
}

func (l *linker) placeUnplaced(i int) {
	it := &l.items[i]
	if nb, ok := l.docNeighbour(i, false); ok {
		what := "no place given"
		if it.foreign {
			what = fmt.Sprintf("%s is not where this report's strikes are (taken as a nationality)", it.c.Where.Name)
		}
		l.join(i, l.items[nb].cluster, l.reasonNeighbour(it, nb, what))
		return
	}
	// A report whose claims give no place: its unplaced claims form one
	// incident per compatible date.
	d := l.docs[it.doc]
	for _, j := range d.items {
		nb := &l.items[j]
		if j == i || nb.tier != tierUnplaced || nb.cluster < 0 || l.clusters[nb.cluster].leader != j {
			continue
		}
		c := &l.clusters[nb.cluster]
		if !eventFit(it, c) {
			continue
		}
		if it.dated && c.dated {
			if ok, _ := timeFit(it, c); !ok {
				continue
			}
		}
		l.join(i, nb.cluster, "no place given; same report as the claim that opens this incident, which gives none either")
		return
	}
	l.newCluster(i, true)
}

// ---- reasons ----

func placeLabel(c *model.Claim) string {
	w := c.Where
	if w.Name == "" {
		return "unnamed place"
	}
	if w.Relation != "" && w.Relation != "in" {
		return w.Relation + " " + w.Name
	}
	return w.Name
}

// placedAt words a claim's place after "placed": "at Fallujah", "near Taji".
func placedAt(c *model.Claim) string {
	w := c.Where
	switch {
	case w.Name == "":
		return "nowhere named"
	case w.Relation == "" || w.Relation == "in" || w.Relation == "at":
		return "at " + w.Name
	}
	return w.Relation + " " + w.Name
}

func dateLabel(lo, hi int) string {
	if lo == hi {
		return model.DayString(lo)
	}
	return model.DayString(lo) + ".." + model.DayString(hi)
}

func (l *linker) eventLabel(it *item, c *cluster) string {
	ct := -1
	for t, on := range c.tgts {
		if on && t != tgtUnknown {
			ct = t
		}
	}
	if it.tgt != tgtUnknown && it.tgt == ct {
		return "both " + targetClassName[it.tgt] + " strikes"
	}
	lt := l.items[c.leader].c.Event.Type
	if it.c.Event.Type != "" && it.c.Event.Type == lt && lt != model.EventUnknown {
		return "both " + strings.ReplaceAll(lt, "_", " ") + "s"
	}
	return "compatible events"
}

func (l *linker) placePhrase(it *item, b candidate) string {
	c := &l.clusters[b.id]
	lead := l.items[c.leader].c
	switch {
	case b.sameName:
		return fmt.Sprintf("same place (%s)", it.c.Where.Name)
	case b.km >= 0:
		return fmt.Sprintf("%.0f km apart (%s / %s)", b.km, placeLabel(it.c), placeLabel(lead))
	}
	return "near places"
}

func (l *linker) reasonDated(it *item, b candidate) string {
	c := &l.clusters[b.id]
	var t string
	switch {
	case it.lo == it.hi && c.lo == c.hi && it.lo == c.lo:
		t = "same day"
	case b.gap == 0:
		t = fmt.Sprintf("dates overlap (%s / %s)", dateLabel(it.lo, it.hi), dateLabel(c.lo, c.hi))
	default:
		t = fmt.Sprintf("%d day(s) apart, within the %d-day margin of a %s date", b.gap, it.pad, orDay(it.c.When.Precision))
	}
	return t + ", " + l.placePhrase(it, b) + ", " + l.eventLabel(it, c)
}

func orDay(p string) string {
	if p == "" {
		return model.PrecisionDay
	}
	return p
}

func (l *linker) reasonUndated(it *item, b candidate) string {
	c := &l.clusters[b.id]
	d := l.docs[it.doc]
	var t string
	switch {
	case d.pub >= 0:
		t = fmt.Sprintf("no date; report published %s", model.DayString(d.pub))
	case d.wKnown:
		t = fmt.Sprintf("no date; the report's other claims date it to %s", dateLabel(d.wlo+inferredWindowPadDays, d.whi-inferredWindowPadDays))
	default:
		t = "no date, and the only incident that fits"
	}
	return t + ", " + l.placePhrase(it, b) + ", " + l.eventLabel(it, c)
}

func (l *linker) reasonCoarse(it *item, b candidate) string {
	return l.reasonCoarseWhy(it, b, "the only incident there that fits")
}

func (l *linker) reasonCoarseWhy(it *item, b candidate, why string) string {
	c := &l.clusters[b.id]
	t := "no date"
	if it.dated {
		t = "dates fit (" + dateLabel(it.lo, it.hi) + ")"
	}
	km := ""
	if b.km >= 0 {
		km = fmt.Sprintf(", %.0f km from %s", b.km, placeLabel(l.items[c.leader].c))
	}
	return fmt.Sprintf("province-wide (%s)%s, %s, %s, %s", placeLabel(it.c), km, t, why, l.eventLabel(it, c))
}

func (l *linker) reasonNeighbour(it *item, nb int, what string) string {
	n := l.items[nb].c
	rel := "follows"
	if n.Span[0] > it.c.Span[0] {
		rel = "precedes"
	}
	if n.Span[0] < it.c.Span[1] && it.c.Span[0] < n.Span[1] {
		rel = "shares a sentence with"
	}
	return fmt.Sprintf("%s; %s a claim placed %s in the same report", what, rel, placedAt(n))
}

// ---- result ----

func (l *linker) result() Result {
	var res Result
	for _, i := range l.records {
		res.Records = append(res.Records, *l.items[i].c)
	}
	slices.SortFunc(res.Records, func(a, b model.Claim) int {
		if c := strings.Compare(a.When.From, b.When.From); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	res.Incidents = make([]model.Incident, 0, len(l.clusters))
	for id := range l.clusters {
		c := &l.clusters[id]
		if len(c.members) == 0 {
			continue
		}
		members := slices.Clone(c.members)
		slices.SortFunc(members, func(a, b int) int { return l.comparePublished(&l.items[a], &l.items[b]) })
		// the id comes from the first-published member (then the smallest claim id)
		first := &l.items[members[0]]
		for _, m := range members[1:] {
			it := &l.items[m]
			if it.pub != first.pub {
				break
			}
			if it.id < first.id {
				first = it
			}
		}
		inc := model.Incident{ID: incidentID(first.id)}
		lead := l.items[c.leader].c
		inc.Where = lead.Where
		if c.dated {
			inc.When = model.When{From: model.DayString(c.lo), To: model.DayString(c.hi), Precision: model.PrecisionDay}
			if c.lo != c.hi {
				inc.When.Precision = model.PrecisionDays
			}
			if !c.fineTime {
				inc.When.Precision = lead.When.Precision
			}
		}
		inc.Claims = make([]model.Claim, 0, len(members))
		inc.Links = make([]model.Link, 0, len(members))
		docs := make([]string, 0, 2)
		for _, m := range members {
			it := &l.items[m]
			cl := *it.c
			cl.ID = it.id
			inc.Claims = append(inc.Claims, cl)
			inc.Links = append(inc.Links, model.Link{Claim: it.id, Reason: it.reason})
			if !slices.Contains(docs, it.doc) {
				docs = append(docs, it.doc)
			}
		}
		slices.Sort(docs)
		inc.Documents = docs
		res.Incidents = append(res.Incidents, inc)
	}
	slices.SortFunc(res.Incidents, func(a, b model.Incident) int {
		if (a.When.From == "") != (b.When.From == "") {
			if a.When.From == "" {
				return 1
			}
			return -1
		}
		if c := strings.Compare(a.When.From, b.When.From); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return res
}

// comparePublished orders an incident's claims: published first (undated
// reports last), then report, then position in the report.
func (l *linker) comparePublished(a, b *item) int {
	if (a.pub < 0) != (b.pub < 0) {
		if a.pub < 0 {
			return 1
		}
		return -1
	}
	if a.pub != b.pub {
		return a.pub - b.pub
	}
	if c := strings.Compare(a.doc, b.doc); c != 0 {
		return c
	}
	return compareSpan(a, b)
}

// separateStrikes reports that item it and a claim of cluster id are two
// strikes its report tells apart: the same speaker, in two sentences that
// each name their own town (at least sameSiteKM apart, neither naming the
// other's, neither referring back to a strike), tells each differently (see
// toldApart) or tells each as a strike at towns far apart (farStrikes).
// "IDF jets struck a depot in Kfar Rumman … IDF artillery struck in the
// area of Khiam" are two strikes; "an air strike near
// Fallujah killed six … the strike in Albu Sudah" is one. Across reports
// and speakers, air and artillery stay compatible: sources confuse them.
//
// The other sentence need not be linked yet: when it joins cluster id only
// by distance, a sentence of its report not yet linked that places its own
// strike at the cluster's very place counts as well ("Near Hajin, 6
// strikes … Near Shaafa, 8 strikes …" beside another report's strike at
// Shaafa): otherwise the first sentence read takes the other's incident.
func (l *linker) separateStrikes(it *item, id int) bool {
	if !it.site {
		return false
	}
	c := &l.clusters[id]
	byDistance := !slices.Contains(c.names, it.name)
	for _, j := range l.docs[it.doc].items {
		o := &l.items[j]
		if !o.site || o == it {
			continue
		}
		another := laterTellsAnother(it, o)
		if o.c.Speaker != it.c.Speaker && !another {
			continue
		}
		if o.cluster != id && !(byDistance && o.cluster < 0 && o.dated && slices.Contains(c.names, o.name) &&
			c.dated && gap(o.lo, o.hi, c.lo, c.hi) <= o.pad) {
			continue
		}
		if villageOtherWeapon(it, o) {
			if laterRefersBack(it, o) {
				continue
			}
			return true
		}
		if km := model.DistanceKM(it.lat, it.lon, o.lat, o.lon); km < sameSiteKM || !another && !toldApart(it, o) && !farStrikes(it, o, km) && !countriesDiffer(it, o) {
			continue
		}
		if namesOtherSite(it, o) || namesOtherSite(o, it) || laterRefersBack(it, o) {
			continue
		}
		return true
	}
	return false
}

// laterTellsAnother: the later of two sentences tells a further strike
// ("On the same day, warplanes raided B", "a second strike the same night
// hit a radar near B"): the report tells two strikes, told alike or not,
// whoever it quotes for each.
func laterTellsAnother(a, b *item) bool {
	if compareSpan(a, b) < 0 {
		a = b
	}
	return a.another
}

// laterRefersBack: the later of two sentences points back to a strike
// ("the strike in Albu Sudah killed six"), so it may retell the earlier
// one. The earlier sentence's "the raids were carried out by two Sukhoi
// jets" points back to its own strike, told before it, not to one told
// after it ("On the same day, artillery shelled B").
func laterRefersBack(a, b *item) bool {
	if compareSpan(a, b) < 0 {
		a = b
	}
	return refersToStrike(a.c.Quote)
}

// namesOtherSite reports that a's sentence names b's town, so the two may be
// one strike told twice ("near Fallujah … the village of Albu Sudah, south
// of Fallujah"). Told with two weapon families, when b's strike is told in
// its town (not near it), a town named only as the bearing of a's own
// place ("artillery shelled the town of B, north-east of A", beside
// "warplanes bombed the market in A") locates B; it is not a second telling
// of the strike on A.
func namesOtherSite(a, b *item) bool {
	name := b.c.Where.Name
	if !strings.Contains(a.c.Quote, name) {
		return false
	}
	return !familiesDiffer(a.fam, b.fam) || !insideTown[strings.ToLower(b.c.Where.Relation)] ||
		!onlyAsBearing(a.c.Quote, name)
}

// onlyAsBearing: every mention of name in quote follows a compass bearing
// ("north-east of Idlib", "east of the city of Idlib" does not count).
func onlyAsBearing(quote, name string) bool {
	found := false
	for i := 0; ; {
		k := strings.Index(quote[i:], name)
		if k < 0 {
			return found
		}
		at := i + k
		if !afterBearing(quote[:at]) {
			return false
		}
		found = true
		i = at + len(name)
	}
}

// afterBearing: text ending in a compass bearing and "of" ("… the town of
// Binnish, north-east of ").
func afterBearing(before string) bool {
	s := strings.TrimRight(before, " ")
	if len(s) < 3 || !strings.EqualFold(s[len(s)-3:], " of") {
		return false
	}
	s = strings.TrimRight(s[:len(s)-3], " ")
	start := strings.LastIndexByte(s, ' ') + 1
	word := strings.ToLower(strings.ReplaceAll(s[start:], "-", ""))
	return bearingWords[word]
}

// villageOtherWeapon reports two sentences of one speaker that name two
// places by two names at one anchor (a village the gazetteer does not know
// takes the coordinates of the town it is told by) and tell two weapons:
// "warplanes carried out raids on the eastern quarter of X … artillery
// shelled the village of Y, south-east of X". The village is a second
// strike, though it lies by the town and is told by it.
func villageOtherWeapon(a, b *item) bool {
	return a.label != "" && b.label != "" && a.label != b.label && a.name == b.name &&
		familiesDiffer(a.fam, b.fam)
}

// otherDayElsewhere reports that item it, a strike its sentence places at
// its own town, and a sentence of its own report that places its strike at
// another town on another day would end up in cluster id: "shelled Daraa
// al-Balad yesterday, Thursday … at dawn today, Friday, the artillery also
// shelled the town of Tafas". The report tells two strikes, whoever it
// quotes for each. Unlike separateStrikes the speakers may differ: two
// towns and two days, both told by one report, leave no room for one
// strike told twice (unless one sentence names the other's town or points
// back to a strike). A sentence may place its strike by a bearing from its
// town ("in orchards east of Tarmiyah … north of Dujail yesterday") when
// the two towns lie farSitesKM apart or more: a bearing moves a strike a
// few km, not from one town to the other. The other sentence counts when it is in the cluster
// already (whatever names the cluster took from sentences placed only by
// their passage), or, not yet linked, when the cluster lies at its very
// place on its days and the item would join by distance alone.
func (l *linker) otherDayElsewhere(it *item, id int) bool {
	if !(it.ownPlace || it.bearing) || !it.dated || it.tier != tierFine || !toldAsKilling(it) {
		return false
	}
	c := &l.clusters[id]
	byDistance := c.dated && !slices.Contains(c.names, it.name)
	for _, j := range l.docs[it.doc].items {
		o := &l.items[j]
		if o == it || !(o.ownPlace || o.bearing) || !toldAsKilling(o) || !o.dated || o.tier != tierFine || gap(it.lo, it.hi, o.lo, o.hi) == 0 {
			continue
		}
		if o.cluster != id && !(byDistance && o.cluster < 0 && slices.Contains(c.names, o.name) && gap(o.lo, o.hi, c.lo, c.hi) <= o.pad) {
			continue
		}
		km := model.DistanceKM(it.lat, it.lon, o.lat, o.lon)
		if km < sameSiteKM || (!it.ownPlace || !o.ownPlace) && km < farSitesKM ||
			strings.Contains(it.c.Quote, o.c.Where.Name) || strings.Contains(o.c.Quote, it.c.Where.Name) ||
			refersToStrike(it.c.Quote) || refersToStrike(o.c.Quote) {
			continue
		}
		return true
	}
	return false
}

// answeredStrike reports that item it and a claim of cluster id are a
// strike and the strike that answered it, told by one speaker in one
// report: "fire was opened by the Syrian regime forces on our elements near
// Saraqib … Our artillery and F-16 aircraft struck the positions from which
// the fire had come". Each sentence blames its own perpetrator, the two are
// on opposite sides (see opposingSides), and one of them tells the answer.
// Different speakers blaming different sides for one strike are what the
// product shows as a contradiction, so the speaker must be the same.
func (l *linker) answeredStrike(it *item, id int) bool {
	if !assertsActor(it) {
		return false
	}
	for _, j := range l.docs[it.doc].items {
		o := &l.items[j]
		if o == it || o.cluster != id || o.c.Speaker != it.c.Speaker || !assertsActor(o) || spansMeet(it.c.Span, o.c.Span) {
			continue
		}
		if (it.answer || o.answer) &&
			l.opposingSides(it.c.PerpetratorsAsserted, o.c.PerpetratorsAsserted, it.doc) {
			return true
		}
	}
	return false
}

// countriesDiffer: one speaker's two sites lie in two countries ("Near Abu
// Kamal, four strikes …" under Syria, "Near Al Qaim, two strikes …" under
// Iraq, 9 km apart across the border): a strike is in one country, so a
// report that places two in two is telling two.
func countriesDiffer(a, b *item) bool {
	return a.country != "" && b.country != "" && a.country != b.country
}

// opposedElsewhere reports that item it and a claim of cluster id, told by
// one speaker in one report, blame actors on opposite sides (see
// opposingSides) for what they place at two places sameSiteKM apart or more
// under two names: "army units destroyed ISIS dens in the Yarmouk camp …
// mortar rounds fired by ISIS fell on a Damascus neighbourhood". One
// speaker does not blame two enemies for one strike at two places; two
// speakers who do are an attribution contradiction, so the speaker must be
// the same. A sentence that names the other's place tells one strike twice;
// a place told by a distance from a town ("60 km west of Palmyra", the
// airbase the other sentence names) is no second place; a withdrawn
// account is the same strike blamed anew.
func (l *linker) opposedElsewhere(it *item, id int) bool {
	if !assertsActor(it) || it.name == "" || !it.hasLL || it.denial || it.withdrawal {
		return false
	}
	for _, j := range l.docs[it.doc].items {
		o := &l.items[j]
		if o == it || o.cluster != id || o.c.Speaker != it.c.Speaker || !assertsActor(o) || !o.hasLL ||
			o.name == "" || o.name == it.name || o.withdrawal || spansMeet(it.c.Span, o.c.Span) {
			continue
		}
		if model.DistanceKM(it.lat, it.lon, o.lat, o.lon) < sameSiteKM ||
			strings.Contains(it.c.Quote, o.c.Where.Name) || strings.Contains(o.c.Quote, it.c.Where.Name) {
			continue
		}
		if l.opposingSides(it.c.PerpetratorsAsserted, o.c.PerpetratorsAsserted, it.doc) {
			return true
		}
	}
	return false
}

// assertsActor: the claim asserts (or confirms) a known perpetrator.
func assertsActor(it *item) bool {
	return (it.c.Stance == model.StanceAsserts || it.c.Stance == model.StanceConfirms) &&
		slices.ContainsFunc(it.c.PerpetratorsAsserted, knownActor)
}

// spansMeet: two claims drawn from overlapping text (one sentence).
func spansMeet(a, b [2]int) bool {
	return a[0] < b[1] && b[0] < a[1]
}

// tellsAnswer reports a sentence telling a strike as an answer to another.
func tellsAnswer(quote string) bool {
	q := strings.ToLower(quote)
	return slices.ContainsFunc(answerWords, func(w string) bool { return strings.Contains(q, w) })
}

// opposingSides: every known actor of a against every known actor of b:
// neither covers the other (the US is the coalition), they are no partners,
// and no claim of the report blames both at once ("Iraqi and coalition
// aircraft struck …").
func (l *linker) opposingSides(a, b []string, doc string) bool {
	for _, x := range a {
		for _, y := range b {
			if !knownActor(x) || !knownActor(y) {
				continue
			}
			if l.reg.Covers(x, y) || l.partners(x, y) || l.toldTogether(x, y, doc) {
				return false
			}
		}
	}
	return true
}

// partners reports actors told striking side by side (see rules.go).
func (l *linker) partners(x, y string) bool {
	return slices.ContainsFunc(partners, func(p [2]string) bool {
		return l.reg.Covers(x, p[0]) && l.reg.Covers(y, p[1]) || l.reg.Covers(x, p[1]) && l.reg.Covers(y, p[0])
	})
}

// toldTogether: a claim of report doc blames x and y in one breath.
func (l *linker) toldTogether(x, y, doc string) bool {
	for _, j := range l.docs[doc].items {
		a := l.items[j].c.PerpetratorsAsserted
		if l.coversAny(x, a) && l.coversAny(y, a) {
			return true
		}
	}
	return false
}

// farStrikes: two sentences told as strikes (known event families) at
// towns farSitesKM apart or more. A sentence of no known event ("had been
// taken to the hospital in Baghdad") may be placed by what followed the
// strike, not by the strike.
func farStrikes(a, b *item, km float64) bool {
	return km >= farSitesKM && a.fam != famUnknown && b.fam != famUnknown
}

// toldAsKilling: a sentence told as a strike (a known event family) or as
// a toll at its town ("one of the nine was killed in Tafas on the following
// morning"); not a death in hospital, placed where the wounded were taken.
func toldAsKilling(it *item) bool {
	if it.fam != famUnknown {
		return true
	}
	return slices.ContainsFunc(it.c.Counts, func(n model.Count) bool { return tollKinds[n.Kind] }) &&
		!strings.Contains(strings.ToLower(it.c.Quote), "hospital")
}

// toldApart: two sentences of one speaker tell their strikes differently:
// an air strike and shelling, different tolls, two known kinds of target
// ("destroyed a command-and-control node" / "destroyed two vehicles"), or
// two different days ("On Nov. 23, near Hajin … On Nov. 24, near
// al-Susah").
func toldApart(a, b *item) bool {
	return familiesDiffer(a.fam, b.fam) || tollsDiffer(a.c.Counts, b.c.Counts) ||
		!targetsCompatible(a.tgt, b.tgt) || daysDiffer(a, b)
}

// daysDiffer: both are told as strikes (a known event family) dated to a
// day (or a few), and the ranges do not meet. A sentence of no known event
// ("died on Monday night in a hospital in Baghdad") may be dated and placed
// by what followed the strike, not by the strike.
func daysDiffer(a, b *item) bool {
	return a.fam != famUnknown && b.fam != famUnknown && a.dated && b.dated &&
		a.tier == tierFine && b.tier == tierFine && gap(a.lo, a.hi, b.lo, b.hi) > 0
}

// familiesDiffer: two known event families (an air strike and shelling).
func familiesDiffer(a, b int) bool {
	return a != famUnknown && b != famUnknown && a != b
}

// tollsDiffer: both claims give killed or injured figures, and none is
// the same ("13 killed in Rastan" / "three killed in Talbiseh").
func tollsDiffer(a, b []model.Count) bool {
	var na, nb int
	for _, x := range a {
		if !tollKinds[x.Kind] {
			continue
		}
		na++
		for _, y := range b {
			if y.Kind == x.Kind && sameBound(x.Min, y.Min) && sameBound(x.Max, y.Max) {
				return false
			}
		}
	}
	for _, y := range b {
		if tollKinds[y.Kind] {
			nb++
		}
	}
	return na > 0 && nb > 0
}

func sameBound(a, b *int) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

// tellsAnother reports that a sentence tells a further strike beside one
// its report has told: it opens with "On the same day" (or the like), or
// names "a second strike", "another raid" (see anotherStrikeWords).
func tellsAnother(quote string) bool {
	q := strings.ToLower(strings.TrimLeft(quote, " \"'“"))
	if slices.ContainsFunc(anotherStrikeOpeners, func(o string) bool { return strings.HasPrefix(q, o) }) {
		return true
	}
	for _, w := range anotherStrikeWords {
		for i := 0; ; {
			k := strings.Index(q[i:], w)
			if k < 0 {
				break
			}
			i += k + len(w)
			if (i == len(w) || !isLetter(q[i-len(w)-1])) && strikeNounFollows(q[i:]) {
				return true
			}
		}
	}
	return false
}

// strikeNounFollows: text that opens with a strike noun, or with one word
// and then a strike noun ("Israeli strike", "air raid").
func strikeNounFollows(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == ';' })
	for k := 0; k < 2 && k < len(words); k++ {
		if anotherStrikeNouns[words[k]] {
			return true
		}
	}
	return false
}

// refersToStrike reports a sentence pointing back to a strike already told.
func refersToStrike(quote string) bool {
	q := strings.ToLower(quote)
	return slices.ContainsFunc(strikeReferences, func(r string) bool { return strings.Contains(q, r) })
}
