package gazetteer

import (
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Reports name villages, camps and valleys that no gazetteer holds ("the
// village of Sharanish", "the al-Mutaibijah area"). Written in a place
// frame, such a name is still the place nearest the strike: framed returns
// it as a place of its own, at the coordinates of the known place the same
// phrase locates it by ("in Zakho district", "north-east of Derik"), or with
// no coordinates when the phrase names none. The known place that only
// locates a village is marked Locates, so callers prefer the village.

// frame is a phrase that makes a capitalised name a place.
type frame struct {
	word      string // the frame's words, lower case
	after     bool   // the name follows the words ("village of X"); else it precedes them ("X village")
	precision string // "" for a part of a city ("the al-Thawra neighbourhood"): no place of its own
}

// frames, each with an example. The backward frames need the lower-case
// word: "Village Elders" in a headline frames nothing.
var frames = [...]frame{
	{"village of ", true, model.PlaceTown},  // "the village of Sharanish"
	{"hamlet of ", true, model.PlaceTown},   // "the hamlet of X"
	{"town of ", true, model.PlaceTown},     // "the town of X"
	{"area of ", true, model.PlaceTown},     // "struck in the area of X": the town's surroundings
	{" village", false, model.PlaceTown},    // "Sharanish village"
	{", a village", false, model.PlaceTown}, // "near X, a village in Zakho district"
	{", a small village", false, model.PlaceTown},
	{", a town", false, model.PlaceTown},
	{" district", false, model.PlaceTown}, // "outside X, a remote district of Y province" (appositiveOnly)
	{" camp", false, model.PlacePoint},    // "the Ashti camp"
	{" refugee camp", false, model.PlacePoint},
	{" area", false, model.PlaceDistrict},      // "the al-Mutaibijah area"
	{" region", false, model.PlaceDistrict},    // "the Gara region"
	{" valley", false, model.PlaceDistrict},    // "the Zakho valley"
	{" basin", false, model.PlaceDistrict},     // "the X basin"
	{" mountains", false, model.PlaceDistrict}, // "the Qandil mountains"
	// A city's quarter named like a town elsewhere is not that town:
	// "the al-Thawra neighbourhood" of Mosul is not al-Thawra (Tabqa).
	{" neighbourhood", false, ""},
	{" neighborhood", false, ""},
	{" quarter", false, ""},
	// A river is no town: "the Jubba river" is not Juba, South Sudan.
	{" river", false, ""},
}

// appositiveOnly frames name a place only in an appositive ("X, a remote
// district of Y"): "X district" is most often a known town's.
var appositiveOnly = map[string]bool{" district": true}

// maxFrameWords bounds the words of an unknown name.
const maxFrameWords = 3

// anchorWindow is how far after a framed name (bytes) the known place that
// locates it may stand: "Ain Diwar, near Derik (al-Malikiyah)".
const anchorWindow = 70

// framed adds to out (text order, no overlaps) the unknown places that
// text names in a frame, and marks the known places that locate a framed
// name, among cands (from frameCandidates or frameCandidatesAt).
func (g *Gazetteer) framed(text string, out []Located, cands []frameCandidate) []Located {
	var extra []Located
	var taken spanSet // extra's spans, to test overlaps without walking them all
	var drop []int    // known places that name a city's quarter
	for _, c := range cands {
		f, i := frames[c.frame], c.at
		off := i + len(f.word) // just past the frame's words
		if f.after && i > 0 && isASCIILetter(text[i-1]) {
			continue // "downtown of"
		}
		if !f.after && off < len(text) && isASCIILetter(text[off]) {
			continue // "areas", "regional"
		}
		start, end := off, off
		if f.after {
			end = nameAfter(text, start)
		} else {
			start, end = nameBefore(text, i), i
			if appositiveOnly[f.word] {
				start = end // only the name before the appositive's comma
			}
			if comma, ok := appositiveBefore(text, i); ok && end <= start && f.precision != "" {
				start, end = nameBefore(text, comma), comma // "al-Mutaibijah, a rugged area of orchards"
			}
		}
		if end <= start {
			continue
		}
		k, known := overlapping(out, start, end)
		if f.precision == "" || !f.after && g.partOfTown(text, out, off) {
			if known {
				drop = append(drop, k) // "the al-Hoz area of central Ramadi": Ramadi
			}
			continue
		}
		if known {
			markAnchor(text, out, k) // "the village of Bartella, east of Mosul"
			continue
		}
		if taken.overlaps(start, end) {
			continue // "the village of X" and "X village" in one phrase
		}
		if !g.plausibleName(text, start, end, f.after) {
			continue
		}
		l := unknownPlace(text, out, start, end, f.precision)
		if l.Where.Country == "" && !f.after {
			l.Where.Country = countryOf(text, out, off) // "the Gara region of northern Iraq"
		}
		extra = append(extra, l)
		taken.add(l.Start, l.End)
	}
	extra = g.appositives(text, out, extra)
	g.placeByInnerName(text, out, extra)
	relocateNamesakes(text, out)
	if len(drop) > 0 {
		slices.Sort(drop)
		for _, k := range slices.Backward(slices.Compact(drop)) {
			out = slices.Delete(out, k, k+1)
		}
	}
	if len(extra) == 0 {
		return out
	}
	out = append(out, extra...)
	slices.SortStableFunc(out, func(a, b Located) int { return a.Start - b.Start })
	backToVillage(text, out)
	return out
}

// villageReferences are the back references ("on the outskirts of the
// village") that a village the gazetteer does not know may take.
var villageReferences = [...]string{"the village", "the town"}

// backToVillage points a back reference ("the village") at the village
// the gazetteer does not know, when that is the last town-like place named
// before it: "strikes near Iblin, a village north of Ihsim … raids on the
// outskirts of the village" are on Iblin, not on Ihsim, which only locates
// it. backReferences, run before the framed names were read, took the
// last known town. Only a village given coordinates (by the town that
// locates it) takes the reference: one without any would leave the
// sentence unplaced.
func backToVillage(text string, out []Located) {
	for k := range out {
		l := &out[k]
		if l.Framed || !isVillageReference(text[l.Start:l.End]) {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			p := out[j].Where.Precision
			if p != model.PlaceTown && p != model.PlacePoint || out[j].Locates {
				continue // a town that only locates the village: look before it
			}
			if v := out[j]; v.Framed && v.Where.Lat != nil && v.Where.Name != l.Where.Name {
				rel := l.Where.Relation
				l.Place, l.Where = v.Place, v.Where
				l.Where.Relation = rel
			}
			break
		}
	}
}

func isVillageReference(s string) bool {
	return slices.ContainsFunc(villageReferences[:], func(r string) bool { return strings.EqualFold(s, r) })
}

// spanSet holds disjoint spans sorted by start (so by end too): an
// overlap test is a binary search, and spans added in text order append.
type spanSet struct{ starts, ends []int }

// overlaps reports a span of the set that overlaps [start, end).
func (s *spanSet) overlaps(start, end int) bool {
	k := sort.SearchInts(s.ends, start+1) // the first span ending after start
	return k < len(s.ends) && s.starts[k] < end
}

// add inserts [start, end), which overlaps no span of the set.
func (s *spanSet) add(start, end int) {
	k := sort.SearchInts(s.starts, start)
	s.starts, s.ends = slices.Insert(s.starts, k, start), slices.Insert(s.ends, k, end)
}

// appositiveBefore reports ", a " or ", an ", with perhaps one lower-case
// word after it, ending at i (the start of a backward frame's noun): "X, a
// rugged area", "X, an agricultural village". It returns the comma's position.
func appositiveBefore(text string, i int) (int, bool) {
	j := i
	for pass := 0; pass < 2; pass++ {
		k := j
		for k > 0 && (text[k-1] >= 'a' && text[k-1] <= 'z' || text[k-1] == '-') {
			k--
		}
		w := text[k:j]
		if w == "" || k < 3 || text[k-1] != ' ' {
			return 0, false
		}
		if w == "a" || w == "an" {
			return k - 2, text[k-2] == ','
		}
		j = k - 1 // an adjective: the article must come before it
	}
	return 0, false
}

// frameCandidate is a frame's words found in the text: frames[frame] at
// byte at.
type frameCandidate struct{ frame, at int }

// frameKeys are the words the frames are found by, in one walk over the
// words of the text (a search per frame, and then one per key, cost a
// quarter of Locate; a search per rare letter of the keys cost more than
// the walk); keyOf[k] is the key of frames[k] and keyAt[k] its offset in
// the frame's words; keysFrom[c] has bit n for each key frameKeys[n] that
// starts with the byte c.
var frameKeys, keyOf, keyAt, keysFrom = func() (keys []string, of, at [len(frames)]int, from [256]uint16) {
	keys = []string{"village", "hamlet", "town", "camp", "area", "region", "valley", "basin", "mountains", "neighbo", "quarter", "river", "district"}
	for k, f := range frames {
		of[k] = slices.IndexFunc(keys, func(key string) bool { return strings.Contains(f.word, key) })
		at[k] = strings.Index(f.word, keys[of[k]])
	}
	for n, key := range keys {
		from[key[0]] |= 1 << n
	}
	return keys, of, at, from
}()

// FrameKeys returns the words the frames are found by, in lower case. A
// caller that has already found where they start words of a text (after a
// byte that is no ASCII letter or digit, in upper or lower case) can hand
// those places to LocateKeys, which then need not walk the text.
func FrameKeys() []string { return slices.Clone(frameKeys) }

// frameCandidates returns the places text holds a frame's words, in the
// order of frames and then of the text: where two frames claim one name
// ("the village of X" and "X village"), the first frame wins. Only keys
// that start a word are tried: framed passes over a forward frame after a
// letter ("downtown of"), a backward frame's key follows a space, and a
// word glued to digits ("1town") starts no frame.
func frameCandidates(text string) []frameCandidate {
	var cands []frameCandidate
	for p := 0; p < len(text); {
		if !isASCIILetter(text[p]) {
			c := text[p]
			p++
			if c >= '0' && c <= '9' { // "1town": no word starts inside
				for p < len(text) && isASCIIAlnum(text[p]) {
					p++
				}
			}
			continue
		}
		// p starts a word: try the keys of its first letter, then skip the word.
		cands = keysAt(text, p, cands)
		for p++; p < len(text) && isASCIILetter(text[p]); p++ {
		}
	}
	return sortCandidates(cands)
}

// frameCandidatesAt is frameCandidates for a caller that knows every word
// start of text where a key may stand (starts, ascending; more are no
// harm): only those and the start of text, which starts a word here
// whatever precedes it in the caller's document, are tried.
func frameCandidatesAt(text string, starts []int) []frameCandidate {
	var cands []frameCandidate
	if len(text) > 0 && isASCIILetter(text[0]) {
		cands = keysAt(text, 0, cands)
	}
	last := 0
	for _, p := range starts {
		if p > last && p < len(text) && isASCIILetter(text[p]) && !isASCIIAlnum(text[p-1]) {
			cands = keysAt(text, p, cands)
			last = p
		}
	}
	return sortCandidates(cands)
}

// keysAt appends the frames whose key starts at p, a word start.
func keysAt(text string, p int, cands []frameCandidate) []frameCandidate {
	for keys := keysFrom[text[p]]; keys != 0; keys &= keys - 1 {
		key := bits.TrailingZeros16(keys)
		if strings.HasPrefix(text[p:], frameKeys[key]) {
			cands = framesAt(text, p, key, cands)
		}
	}
	return cands
}

func sortCandidates(cands []frameCandidate) []frameCandidate {
	slices.SortFunc(cands, func(a, b frameCandidate) int {
		if a.frame != b.frame {
			return a.frame - b.frame
		}
		return a.at - b.at
	})
	return cands
}

// framesAt appends the frames whose words hold frameKeys[key] at byte p.
func framesAt(text string, p, key int, cands []frameCandidate) []frameCandidate {
	for k, f := range frames {
		if keyOf[k] != key {
			continue
		}
		if i := p - keyAt[k]; i >= 0 && i+len(f.word) <= len(text) && text[i:i+len(f.word)] == f.word {
			cands = append(cands, frameCandidate{k, i})
		}
	}
	return cands
}

// partOfTown reports a frame ending at end that a town follows with "of":
// "the al-Hoz area of central Ramadi" is a part of Ramadi.
func (g *Gazetteer) partOfTown(text string, out []Located, end int) bool {
	if !strings.HasPrefix(text[end:], " of ") {
		return false
	}
	k := placeFrom(out, end)
	if k >= len(out) || out[k].Start-end > 20 || strings.ContainsAny(text[end:out[k].Start], ",.;") {
		return false
	}
	p := out[k].Where.Precision
	return p == model.PlaceTown || p == model.PlacePoint
}

// countryOf returns the country named right after a frame ending at end
// (" of northern Iraq"), or "".
func countryOf(text string, out []Located, end int) string {
	if !strings.HasPrefix(text[end:], " of ") {
		return ""
	}
	k := placeFrom(out, end)
	if k < len(out) && out[k].Start-end <= 20 && out[k].Where.Precision == model.PlaceCountry {
		return out[k].Where.Country
	}
	return ""
}

// appositives adds the unknown names that a known place locates right
// after a comma, where a relation or a label introduces the name: "near Ain
// Diwar, east of Derik", "Location: Ain Diwar, near Derik".
func (g *Gazetteer) appositives(text string, out, extra []Located) []Located {
	for k := range out {
		a := &out[k]
		if a.Where.Lat == nil || a.Where.Relation == "" || a.Where.Relation == "from" || a.Where.Relation == "toward" {
			continue
		}
		comma := relationComma(text, a.Start)
		if comma < 0 {
			continue
		}
		end := aliasBefore(text, comma) // "near Zirgan (Abu Rasin), north-west of Y"
		start := nameBefore(text, end)
		if start == end || !introduced(text, start) || !g.plausibleName(text, start, end, true) {
			continue
		}
		if _, known := overlapping(out, start, end); known || slices.ContainsFunc(extra, func(l Located) bool { return l.Start < end && start < l.End }) {
			continue
		}
		if p := a.Where.Precision; p == model.PlaceProvince || p == model.PlaceCountry {
			continue
		}
		extra = append(extra, unknownPlace(text, out, start, end, model.PlaceTown))
	}
	return extra
}

// placeByInnerName moves an unknown name that a bare bearing locates
// ("Hawi al-Azim, north of Baqubah": no distance, so anywhere up the road)
// to the known town its later words name, when that town lies within
// namesakeKm of the anchor: the town the name is called after places it
// better than the town the bearing starts from.
func (g *Gazetteer) placeByInnerName(text string, out, extra []Located) {
	for i := range extra {
		l := &extra[i]
		_, tail, ok := strings.Cut(l.Where.Name, " ")
		if !ok || l.Where.Lat == nil {
			continue
		}
		k, ok := anchorAfter(text, out, l.End)
		if !ok {
			continue
		}
		a := &out[k]
		if r := a.Where.Relation; !strings.HasSuffix(r, " of") || strings.ContainsAny(r, "0123456789") || statedKm(r) > 0 {
			continue
		}
		p, ok := g.Lookup(tail, a.Where.Country)
		if !ok || p.Precision != model.PlaceTown && p.Precision != model.PlacePoint {
			continue
		}
		if distanceKm(p.Lat, p.Lon, *a.Where.Lat, *a.Where.Lon) > namesakeKm {
			continue
		}
		l.Place.Lat, l.Place.Lon, l.Place.Admin1 = p.Lat, p.Lon, p.Admin1
		*l.Where.Lat, *l.Where.Lon = p.Lat, p.Lon
	}
}

// namesakeKm is how far a town may lie from the place an appositive puts
// it by ("X, on the edge of Y", "X, north of Y") beyond the stated
// distance before it is taken for a namesake of the one the report means.
const namesakeKm = 100

// relocateNamesakes moves a town that an appositive locates by another
// place ("near Maysalun, on the edge of Deir ez-Zor city") to that place
// when the gazetteer's town of that name lies far from it, in another
// country: the report
// means a village or quarter the gazetteer does not know (Maysalun of
// Deir ez-Zor, not of the West Bank), and the place after it is the best
// position known for it.
func relocateNamesakes(text string, out []Located) {
	for k := range out {
		x := &out[k]
		if x.Framed || x.Where.Lat == nil || !strings.HasPrefix(text[x.End:], ", ") {
			continue
		}
		if p := x.Where.Precision; p != model.PlaceTown && p != model.PlacePoint {
			continue
		}
		a, ok := anchorAfter(text, out, x.End)
		if !ok || a == k || out[a].Place.ID == x.Place.ID {
			continue
		}
		y := &out[a]
		if y.Place.Country == x.Place.Country {
			continue // "Palmyra, north-east of Damascus": loose, not another town
		}
		if distanceKm(x.Place.Lat, x.Place.Lon, *y.Where.Lat, *y.Where.Lon) <= namesakeKm+statedKm(y.Where.Relation) {
			continue
		}
		y.Locates = true
		ll := [2]float64{*y.Where.Lat, *y.Where.Lon}
		x.Place.Lat, x.Place.Lon, x.Place.Country, x.Place.Admin1 = ll[0], ll[1], y.Place.Country, y.Place.Admin1
		x.Where.Lat, x.Where.Lon, x.Where.Country = &ll[0], &ll[1], y.Where.Country
	}
}

// statedKm reads the distance of a relation such as "30 km west of" (0
// when none is stated), in kilometres.
func statedKm(rel string) float64 {
	n, rest, ok := strings.Cut(rel, " ")
	if !ok {
		return 0
	}
	v, err := strconv.ParseFloat(n, 64)
	if err != nil {
		return 0
	}
	unit, _, _ := strings.Cut(rest, " ")
	return v * units[unit]
}

// relationComma returns the position of the comma before the relation
// phrase that ends at pos (", north-east of "), or -1.
func relationComma(text string, pos int) int {
	for i := pos - 1; i >= 0 && pos-i <= 30; i-- {
		switch c := text[i]; {
		case c == ',':
			if i+1 < pos && text[i+1] == ' ' && i+2 < pos {
				return i
			}
			return -1
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == ' ', c == '-', c == '.':
		default:
			return -1
		}
	}
	return -1
}

// introduced reports a name that a relation word or a label introduces:
// "near X", "in X", "Location: X".
func introduced(text string, start int) bool {
	j := start
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	if j == 0 || text[j-1] == ':' || text[j-1] == '\n' {
		return true
	}
	w := lower(text[wordStart(text, j):j])
	return w == "near" || w == "in" || w == "at" || w == "outside" || w == "around"
}

// unknownPlace makes the Located of an unknown framed name at
// text[start:end], placed at its anchor when it has one.
func unknownPlace(text string, out []Located, start, end int, precision string) Located {
	name := text[start:end]
	l := Located{Start: start, End: end, Framed: true,
		Place: Place{Name: name, Precision: precision},
		Where: model.Where{Name: name, Relation: relationBefore(text, start).text, Precision: precision}}
	if k, ok := anchorAfter(text, out, end); ok {
		a := &out[k]
		a.Locates = true
		ll := [2]float64{*a.Where.Lat, *a.Where.Lon}
		l.Place.Lat, l.Place.Lon, l.Place.Country, l.Place.Admin1 = ll[0], ll[1], a.Place.Country, a.Place.Admin1
		l.Where.Lat, l.Where.Lon, l.Where.Country = &ll[0], &ll[1], a.Where.Country
	}
	return l
}

// markAnchor marks the known place that locates the known framed place
// out[k].
func markAnchor(text string, out []Located, k int) {
	if a, ok := anchorAfter(text, out, out[k].End); ok && a != k {
		out[a].Locates = true
	}
}

// anchorAfter returns the index in out of the town or point written within
// anchorWindow after end, in the same clause, with a relation that locates
// what comes before it ("in Zakho district", ", near Derik", ", 5 km south
// of Hit").
func anchorAfter(text string, out []Located, end int) (int, bool) {
	end = aliasAfter(text, end)
	k := placeFrom(out, end)
	if k >= len(out) || out[k].Start-end > anchorWindow || out[k].Where.Lat == nil {
		return 0, false
	}
	a := out[k]
	if strings.ContainsAny(text[end:a.Start], ".;:!?\"()\n") {
		return 0, false
	}
	if p := a.Where.Precision; p == model.PlaceProvince || p == model.PlaceCountry {
		return 0, false
	}
	switch r := a.Where.Relation; {
	case r == "in", r == "near", r == "outside", r == "around", strings.HasSuffix(r, " of"):
		return k, true
	}
	return 0, false
}

// aliasAfter returns the end of the other name written in brackets right
// after a name ending at end ("Zirgan (Abu Rasin)"), else end: the
// alias does not part the name from the place that locates it.
func aliasAfter(text string, end int) int {
	if !strings.HasPrefix(text[end:], " (") {
		return end
	}
	start := end + len(" (")
	stop := nameAfter(text, start)
	if stop == start || !strings.HasPrefix(text[stop:], ")") {
		return end
	}
	return stop + len(")")
}

// aliasBefore returns where the other name in brackets ending at end
// begins ("Zirgan (Abu Rasin)" -> the space before the bracket), else end.
func aliasBefore(text string, end int) int {
	if end == 0 || text[end-1] != ')' {
		return end
	}
	start := nameBefore(text, end-1)
	if start == end-1 || start < len(" (") || text[start-len(" ("):start] != " (" {
		return end
	}
	return start - len(" (")
}

// placeFrom returns the index of the first place of out (in text order)
// that starts at pos or after it.
func placeFrom(out []Located, pos int) int {
	k, _ := slices.BinarySearchFunc(out, pos, func(l Located, pos int) int { return l.Start - pos })
	return k
}

// overlapping returns the index of a place of out that overlaps [start, end).
func overlapping(out []Located, start, end int) (int, bool) {
	k, _ := slices.BinarySearchFunc(out, start, func(l Located, pos int) int { return l.End - pos })
	for ; k < len(out) && out[k].Start < end; k++ {
		if out[k].End > start {
			return k, true
		}
	}
	return 0, false
}

// nameAfter returns the end of the capitalised name starting at start
// ("Ain Diwar", "al-Mutaibijah"), or start when none does.
func nameAfter(text string, start int) int {
	end, i := start, start
	for w := 0; w < maxFrameWords; w++ {
		j := wordEnd(text, i)
		if j == i || !nameWord(text[i:j]) {
			break
		}
		end = j
		if j >= len(text) || text[j] != ' ' {
			break
		}
		i = j + 1
	}
	return end
}

// nameBefore returns the start of the capitalised name ending at end, or
// end when none does.
func nameBefore(text string, end int) int {
	start, j := end, end
	for w := 0; w < maxFrameWords; w++ {
		i := wordStart(text, j)
		if i == j || !nameWord(text[i:j]) {
			break
		}
		start = i
		if i == 0 || text[i-1] != ' ' {
			break
		}
		j = i - 1
	}
	return start
}

// wordEnd and wordStart bound a word of letters, hyphens and apostrophes.
func wordEnd(text string, i int) int {
	j := i
	for j < len(text) && nameByte(text[j]) {
		j++
	}
	return j
}

func wordStart(text string, j int) int {
	i := j
	for i > 0 && nameByte(text[i-1]) {
		i--
	}
	return i
}

func nameByte(c byte) bool {
	return isASCIILetter(c) || c == '-' || c == '\'' || c >= 0x80
}

// nameWord reports a word that may be part of a place name: capitalised
// ("Sharanish"), or a lower-case article joined to one ("al-Mutaibijah").
func nameWord(w string) bool {
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return false // "Mosul's Zanjili neighbourhood": a possessive opens no name
	}
	r, _ := utf8.DecodeRuneInString(w[ArticleLen(w):])
	return unicode.IsUpper(r)
}

// ArticleLen is the length of a lower-case article joined to a word by a
// hyphen ("al-" of "al-Mutaibijah"), or 0.
func ArticleLen(w string) int {
	h := strings.IndexByte(w, '-')
	if h <= 0 || h > 3 || !isArticle([]byte(w[:h])) {
		return 0
	}
	return h + 1
}

// plausibleName rejects framed words that are no place: stop words
// ("Security area"), demonyms and faiths ("the Kurdish village", "a
// Yazidi village"), acronyms ("the PKK camp"), and a lone capitalised word
// opening a sentence before a backward frame ("Local village leaders").
func (g *Gazetteer) plausibleName(text string, start, end int, after bool) bool {
	name := text[start:end]
	words := strings.Count(name, " ") + 1
	for w := range strings.SplitSeq(name, " ") {
		bare := w[ArticleLen(w):]
		if len(bare) < 3 || frameStop[bare] || upperASCII(bare) {
			return false
		}
	}
	if !after && words == 1 && ArticleLen(name) == 0 && sentenceStart(text, start) {
		return false
	}
	for w := range strings.SplitSeq(name, " ") {
		if demonymWord(g, w[ArticleLen(w):]) { // a look-up: last
			return false
		}
	}
	return true
}

// upperASCII reports a word with no lower-case ASCII letter ("PKK").
func upperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

// frameStop are capitalised words that frame no unknown place: the stop
// words of Locate and the peoples and faiths that qualify villages.
var frameStop = func() map[string]bool {
	m := make(map[string]bool, len(stopWords)+24)
	for _, w := range stopWords {
		m[w] = true
	}
	for _, w := range [...]string{"Kurdish", "Arab", "Arabic", "Yazidi", "Yezidi", "Christian", "Assyrian",
		"Chaldean", "Turkmen", "Shia", "Shiite", "Sunni", "Druze", "Alawite", "Bedouin", "Armenian",
		"Border", "Frontier", "Mountain", "Rural", "Refugee", "Displaced", "Palestinian", "Kurdistan",
		"Local", "Residential", "Industrial", "Agricultural", "Civilian", "Farming", "Same", "Nearby"} {
		m[w] = true
	}
	return m
}()
