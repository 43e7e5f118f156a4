package gazetteer

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/model"
)

// hit is one name found in the text.
type hit struct {
	start, end int   // bytes
	key        int32 // name key
	words      int
	cased      bool // written in a script with case (Latin), not Arabic
	demonym    bool // every place of the key is a demonym candidate
	best       int32
	score      float64
	spell      uint32 // spellBits of the name as written; 0 if not needed (one candidate)
	// unknown: dropped as a small namesake in a country remote from the
	// theatre; the text still names a place there, one the gazetteer
	// does not know (see remoteNames).
	unknown bool
}

// wordAt is what Locate remembers of the last few words (a match spans at
// most maxWords of them).
type wordAt struct {
	start, end   int
	upper, cased bool
	stop         bool // a stop word ("The")
	kin          bool // a prefix of people's names ("Abu")
}

// Locate finds every place mentioned in text, disambiguated by the
// countries in hint (ISO2 codes, e.g. those mentioned elsewhere in the
// document, the document's theatre first), the other places in the text and population, each with the
// spatial relation written before it. Results are in text order.
func (g *Gazetteer) Locate(text string, hint []string) []Located {
	return g.locate(text, hint, frameCandidates(text))
}

// LocateKeys is Locate for a caller that has found where the words of
// FrameKeys may start words of text (keyStarts: byte offsets, ascending,
// found case-insensitively; every such place must be among them): it
// tries the frames there instead of walking every word of text.
func (g *Gazetteer) LocateKeys(text string, hint []string, keyStarts []int) []Located {
	return g.locate(text, hint, frameCandidatesAt(text, keyStarts))
}

// locate is Locate with the frames' candidates in text.
func (g *Gazetteer) locate(text string, hint []string, cands []frameCandidate) []Located {
	sc := getScratch()
	defer sc.release()
	hits := g.scan(text, sc)
	if len(hits) == 0 {
		return g.framed(text, nil, cands) // "the al-Mutaibijah area": no known place needed
	}
	hits = longestFirst(hits)
	g.disambiguate(text, hits, hint, sc)
	return g.resolve(text, hits, cands)
}

// scratch holds the working buffers of one Locate or Countries call,
// pooled: a Gazetteer serves many goroutines, and most calls would
// otherwise grow the same slices from nothing.
type scratch struct {
	hits      []hit
	key       []byte // the scanner's folded word
	anchors   []anchor
	mentioned []string
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledHits bounds the hit buffer kept for reuse, so that one huge
// text does not pin its buffer.
const maxPooledHits = 4096

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

func (sc *scratch) release() {
	if cap(sc.hits) > maxPooledHits || cap(sc.key) > maxPooledHits {
		return
	}
	clear(sc.mentioned) // drop references to country codes
	sc.hits, sc.anchors, sc.mentioned = sc.hits[:0], sc.anchors[:0], sc.mentioned[:0]
	scratchPool.Put(sc)
}

// scan runs the automaton over the words of text and returns the matches
// that may be place names (capitalised, not stop words, not run across
// punctuation), overlapping ones included.
func (g *Gazetteer) scan(text string, scr *scratch) []hit {
	var (
		hits = scr.hits[:0]
		ring [maxWords]wordAt
		sc   = scanner{text: text, buf: scr.key}
		s    = int32(root)
		n    = 0 // words seen, articles excluded
	)
	for {
		if s == root {
			// A match never starts at a lower-case word: skip those
			// unread. A match spans only words read since the root, so
			// the ring need not hold them.
			sc.skipLower()
		}
		t, ok := sc.next()
		if !ok {
			break
		}
		if t.article {
			continue // "al-", "ash-": optional in names, so skipped in text
		}
		ring[n%maxWords] = wordAt{start: t.start, end: t.end, upper: t.upper, cased: t.cased}
		n++
		// Words skipLower left to next ("d'Ivoire") are skipped here.
		if s == root && t.cased && !t.upper {
			continue
		}
		h := wordHash(t.key)
		if s != root && t.cased && !t.upper && !g.filter.mayContinue(g.ac, s, h) {
			// A lower-case word that continues no name here: the step
			// would lead to the word alone, where no match may start.
			s = root
			continue
		}
		var id uint32
		if g.filter.mayBeWord(h) {
			id = g.vocab[string(t.key)]
		}
		if id == 0 && !t.cased {
			id = g.arabicConjunction(t.key)
		}
		ring[(n-1)%maxWords].stop = id != 0 && g.stop[id]
		ring[(n-1)%maxWords].kin = id != 0 && t.upper && g.kin[id]
		s = g.ac.step(s, id)
		for st := s; st > 0; st = g.ac.dict[st] {
			k := g.ac.out[st]
			if k < 0 {
				continue
			}
			words := int(g.ac.depth[st])
			first := ring[(n-words)%maxWords]
			last := ring[(n-1)%maxWords]
			if first.cased && !first.upper {
				continue // "hit" the verb is not Hit the town
			}
			if words == 1 && first.cased && g.stop[id] {
				continue
			}
			if words > 1 && breaksName(text[first.end:last.start]) {
				continue
			}
			if words > 1 && first.cased && first.stop && !laterCapital(&ring, n, words) {
				continue // "The mission recalls": a sentence's words, not "The Mission"
			}
			if words == 1 && first.cased && g.prefix[id] && capitalisedNext(text, last.end) {
				continue // "Tel" of an unknown "Tel Zuwaya"
			}
			if words < n && words < maxWords && kinTail(text, ring[(n-words-1)%maxWords], first) {
				continue // "Rasin" of an unknown "Abu Rasin"
			}
			hits = append(hits, hit{start: first.start, end: last.end, key: k, words: words, cased: first.cased})
		}
	}
	scr.hits, scr.key = hits, sc.buf
	return hits
}

// laterCapital reports whether a word after the first of the match of
// words ending at the n-th word read is capitalised.
func laterCapital(ring *[maxWords]wordAt, n, words int) bool {
	for k := n - words + 1; k < n; k++ {
		if ring[k%maxWords].upper {
			return true
		}
	}
	return false
}

// kinTail reports a match that begins right after a prefix of people's
// names ("Abu Rasin"): the tail of an unknown name, not a place.
func kinTail(text string, prev, first wordAt) bool {
	if !prev.kin || prev.end >= first.start {
		return false
	}
	gap := text[prev.end:first.start]
	return gap == " " || gap == "-"
}

// arabicConjunction looks up an Arabic word without the one-letter
// conjunction or preposition written onto it ("وهجين" = "and Hajin"). Only
// text words are retried, and only when the whole word is no name, so
// names that begin with these letters ("واسط") keep matching.
func (g *Gazetteer) arabicConjunction(k []byte) uint32 {
	if len(k) < 8 { // the letter and at least three more (two bytes each)
		return 0
	}
	switch string(k[:2]) {
	case "و", "ب", "ف", "ل":
		return g.vocab[string(k[2:])]
	}
	return 0
}

// breaksName reports whether the text between two words of a match shows
// they belong to different phrases ("Hit, Anah", "Tall. Afar"); the dots of
// "U.S." do not.
func breaksName(gap string) bool {
	run := 0 // bytes since the last letter or digit
	for i := 0; i < len(gap); i++ {
		if c := gap[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf {
			run = 0
			continue
		}
		if run++; run > 4 {
			return true // a wide gap: a table, not a name
		}
		switch gap[i] {
		case ',', ';', ':', '!', '?', '(', ')', '"', '\n':
			return true
		case '.':
			if i+1 < len(gap) && gap[i+1] == ' ' {
				return true
			}
		}
	}
	return false
}

// longestFirst keeps the leftmost-longest of overlapping matches.
func longestFirst(hits []hit) []hit {
	slices.SortFunc(hits, func(a, b hit) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	kept := hits[:0]
	end := -1
	for _, h := range hits {
		if h.start >= end {
			kept = append(kept, h)
			end = h.end
		}
	}
	return kept
}

// contextWindow bounds how far context checks look around a match.
const contextWindow = 160

// Scores added by context (baseScore is in log10 of population).
const (
	hintBonus      = 3.0  // the place is in a country the caller names
	mentionedBonus = 2.0  // ... in a country the text names
	nearBonus      = 2.5  // ... within nearKm of another place of the text
	spellBonus     = 1.0  // the text spells one of the place's names, not just a name with its key
	nearKm         = 150  // how near "near" is
	maxAnchors     = 64   // places of the text that count as context
	keepPopulation = 4.17 // log10(15,000): big enough to mention without context
)

// disambiguate picks each hit's place: first by population and the
// countries in hint and in the text, then again with a bonus for places
// near the first picks of the other hits. A hit whose only candidates are
// small places far from any context is dropped (best = -1): more likely a
// word or a person's name than a village abroad.
func (g *Gazetteer) disambiguate(text string, hits []hit, hint []string, sc *scratch) {
	inHint := func(cc string) bool {
		return slices.ContainsFunc(hint, func(h string) bool { return strings.EqualFold(h, cc) })
	}
	// Countries the text names or implies with a demonym.
	mentioned := sc.mentioned[:0]
	for i := range hits {
		h := &hits[i]
		h.demonym = true
		cs := g.cands(h.key)
		if len(cs) > 1 {
			h.spell, sc.key = spelling(text[h.start:h.end], sc.key)
		}
		for _, c := range cs {
			e := &g.places[c.place]
			if !c.demonym {
				h.demonym = false
			}
			if e.kind == kindCountry && !slices.Contains(mentioned, e.Country) {
				mentioned = append(mentioned, e.Country)
			}
		}
	}
	score := func(c cand, spell uint32, near bool) float64 {
		e := &g.places[c.place]
		s := g.baseScore(c) + g.spellScore(c, spell)
		switch {
		case inHint(e.Country):
			s += hintBonus
		case slices.Contains(mentioned, e.Country) && mentionBacks(e):
			s += mentionedBonus
		}
		if near {
			s += nearBonus
		}
		return s
	}
	pick := func(h *hit, near func(*entry) bool) {
		h.best, h.score = -1, math.Inf(-1)
		for _, c := range g.cands(h.key) {
			if c.demonym {
				continue
			}
			e := &g.places[c.place]
			nr := near != nil && near(e)
			if s := score(c, h.spell, nr); s > h.score {
				h.best, h.score = c.place, s
			}
		}
	}
	for i := range hits {
		pick(&hits[i], nil)
	}
	sc.mentioned = mentioned
	// The first picks anchor "nearby": distinct ones only, and a bounded
	// number of them, so that a long text stays linear (and a linear
	// search of them is cheaper than a set).
	anchors := sc.anchors[:0]
	for _, h := range hits {
		a := anchor{h.best, h.key}
		if h.best < 0 || slices.Contains(anchors, a) || g.places[h.best].kind == kindCountry || len(anchors) >= maxAnchors {
			continue
		}
		anchors = append(anchors, a)
	}
	sc.anchors = anchors
	focus, lone := focusCountry(g, hits, hint, mentioned)
	// A country outside the theatre: the hint's countries, or the focus
	// when there is no hint (two small namesakes abroad can make a focus).
	abroad := func(cc string) bool { return !inHint(cc) && (len(hint) > 0 || cc != focus) }
	nearMemo := map[anchor]bool{} // names repeat: compute each once
	for i := range hits {
		h := &hits[i]
		nearOther := func(e *entry) bool {
			if e.kind == kindCountry {
				return false
			}
			self := anchor{e.index, h.key}
			if v, ok := nearMemo[self]; ok {
				return v
			}
			near := false
			for _, a := range anchors {
				if a.key != h.key && within(e, &g.places[a.place], nearKm) {
					near = true
					break
				}
			}
			nearMemo[self] = near
			return near
		}
		if len(g.cands(h.key)) > 1 {
			pick(h, nearOther)
		}
		if h.best < 0 {
			continue
		}
		alt, swapped := g.loneNamesake(h, focus, lone, inHint, mentioned, nearOther)
		if swapped {
			h.best = alt // "al-Mansoura" in a report that names Syria: Syria's, not Algeria's
		}
		e := &g.places[h.best]
		unsupported := !(swapped || g.supported(h, focus, lone, inHint(e.Country) || slices.Contains(mentioned, e.Country), nearOther) ||
			g.countryFollows(text, hits, i))
		if unsupported || g.acronym(text, h) || g.personName(text, hits, i) || g.namesNoPlace(text, h, abroad(e.Country)) {
			h.unknown = unsupported && e.Country == lone && inHint(e.Country) && h.cased && !g.acronym(text, h) && !g.personName(text, hits, i) && !g.namesNoPlace(text, h, true)
			h.best = -1
		}
	}
}

// mentionBacks reports whether naming a place's country is reason enough
// to prefer it: a curated place, a division, or a town big enough to be
// meant on that mention alone (see supported). "U.S. officials" does not
// make the "Geneva" of a report on Syria a village in the United States.
func mentionBacks(e *entry) bool {
	return e.kind != kindTown || e.curated || e.logPop >= contextPopulation
}

// spellScore is spellBonus when the text spells the candidate's main
// name or a name the supplement gives it (spell = spellBits of the text),
// not only a name with the same key: "Samarra" is Samarra, Iraq, whose
// key it shares with Samara, Russia, seven times bigger. "Palmyra" spells
// the main name of small towns in the United States, and a name the
// supplement gives Tadmur, Syria: curated, Tadmur wins.
//
// Towns only: the names of provinces and countries are few and listed by
// hand, and "Daraa" is the town, spelled "Dar'a" by GeoNames, before the
// province spelled "Daraa".
func (g *Gazetteer) spellScore(c cand, spell uint32) float64 {
	if spell != 0 && c.spell&spell == spell && g.places[c.place].kind <= kindCurated {
		return spellBonus
	}
	return 0
}

// anchor is a place picked for a name key.
type anchor struct{ place, key int32 }

// Populations (log10) a town needs to be taken as meant without support
// from the context.
const (
	contextPopulation = 4.7 // 50,000: in a country the document names
	worldPopulation   = 5.0 // 100,000: anywhere, under its own or an Arabic name
)

// supported reports whether the context backs the place picked for h: a
// curated place, province or country always; a town when it lies near
// another place of the text, in the document's focus country, or is big
// for a town of a country the document names, or big anywhere (a name of
// several words needs less). A town in the lone country that only its own
// name points to (see focusCountry) counts as in a named country when the
// text writes the town's main name, and is taken whatever its size when
// that name has several words.
func (g *Gazetteer) supported(h *hit, focus, lone string, inContext bool, near func(*entry) bool) bool {
	e := &g.places[h.best]
	if e.kind != kindTown || e.curated || e.Country == focus || near(e) {
		return true
	}
	// An English word is more often a town's alternate name than an
	// Arabic word is ("Deny" for Denny): Latin needs the main name.
	primary := func() bool {
		return slices.ContainsFunc(g.cands(h.key), func(c cand) bool { return c.place == h.best && c.primary })
	}
	pop := e.logPop
	if e.Country == lone && primary() {
		// "Qaryat Zarqa", "Tal Tamr": a main name of several words.
		return h.words > 1 || pop >= contextPopulation
	}
	if inContext {
		return pop >= contextPopulation
	}
	if h.words > 1 && pop >= keepPopulation {
		return true // a name of several words rarely collides
	}
	return pop >= worldPopulation && (!h.cased || primary())
}

// loneNamesake returns, for a hit whose pick is a town that only its own
// name backs (in the lone country, named by neither the hint nor the text,
// near no other place), the namesake that the hint backs instead: the best
// of the hit's candidates whose main name the key is and that lie in a
// country of the hint. A writer who names Syria and writes "al-Mansoura"
// means Syria's, however much bigger Algeria's is.
func (g *Gazetteer) loneNamesake(h *hit, focus, lone string, inHint func(string) bool, mentioned []string, near func(*entry) bool) (int32, bool) {
	e := &g.places[h.best]
	if e.kind != kindTown || e.curated || e.Country != lone || e.Country == focus ||
		inHint(e.Country) || slices.Contains(mentioned, e.Country) || near(e) {
		return 0, false
	}
	best, score := int32(-1), math.Inf(-1)
	for _, c := range g.cands(h.key) {
		a := &g.places[c.place]
		if c.demonym || !c.primary || a.kind == kindCountry || !inHint(a.Country) {
			continue
		}
		if s := g.baseScore(c); s > score {
			best, score = c.place, s
		}
	}
	return best, best >= 0
}

// countryFollows reports a town written with its own country after a
// comma ("Jilib, Somalia", "Marib, Yemen"): the writer says which town
// is meant, whatever its size.
func (g *Gazetteer) countryFollows(text string, hits []hit, i int) bool {
	if i+1 >= len(hits) || hits[i+1].best < 0 {
		return false
	}
	e, c := &g.places[hits[i].best], &g.places[hits[i+1].best]
	return c.kind == kindCountry && e.kind != kindCountry && c.Country == e.Country && text[hits[i].end:hits[i+1].start] == ", "
}

// focusCountry returns the country most of the text's places lie in
// (first picks, towns and finer), else the first hint: the document's
// theatre. A country that only one name points to is the focus only if
// hint names it too; otherwise it is returned as lone: a "Human" (Uman,
// Ukraine) or "Drone" (Dronero, Italy) alone in a passage would make its
// own country the focus and so support itself.
//
// A hint country far from the theatre (hint[0]) that the text does not
// name backs no name alone: the "Russian military" of a report on Syria
// does not make its unknown "Zirgan" a village in Russia.
func focusCountry(g *Gazetteer, hits []hit, hint, mentioned []string) (focus, lone string) {
	// A text's places lie in a few countries: a short list, not a map.
	type count struct {
		country string
		n       int
		key     int32 // the first name key seen in the country
		keys    bool  // a second, different key was seen
	}
	var buf [8]count
	counts := buf[:0]
	for _, h := range hits {
		if h.best < 0 {
			continue
		}
		e := &g.places[h.best]
		if e.kind == kindCountry {
			continue
		}
		k := slices.IndexFunc(counts, func(c count) bool { return c.country == e.Country })
		if k < 0 {
			k = len(counts)
			counts = append(counts, count{country: e.Country, key: h.key})
		}
		c := &counts[k]
		c.n++
		c.keys = c.keys || h.key != c.key
	}
	// The focus is the country with most places among those that two
	// names or the hint back; a name repeated in another country ("Africa
	// Command", an alternate name of Mahdia, Tunisia) does not outweigh
	// two towns of the hinted one.
	best, bestLone := -1, -1
	for k, c := range counts {
		backed := c.keys || slices.ContainsFunc(hint, func(h string) bool { return strings.EqualFold(h, c.country) }) &&
			(slices.Contains(mentioned, c.country) || !g.remoteFromTheatre(c.country, hint))
		switch {
		case backed && (best < 0 || c.n > counts[best].n):
			best = k
		case !backed && (bestLone < 0 || c.n > counts[bestLone].n):
			bestLone = k
		}
	}
	if bestLone >= 0 && (best < 0 || counts[bestLone].n > counts[best].n) {
		lone = counts[bestLone].country // the name that would have been the focus
	}
	switch {
	case best >= 0:
		focus = counts[best].country
	case bestLone < 0 && len(hint) > 0:
		focus = strings.ToUpper(hint[0])
	}
	return focus, lone
}

// remoteKm is how far apart (centroids) two countries are for one to be
// remote from the other's war: Turkey, Iran, Jordan are Syria's and
// Iraq's neighbours; Russia, Britain, the United States are not.
const remoteKm = 3000

// remoteFromTheatre reports whether country cc lies far from the
// document's theatre, the first country of hint.
func (g *Gazetteer) remoteFromTheatre(cc string, hint []string) bool {
	if len(hint) == 0 || strings.EqualFold(hint[0], cc) {
		return false
	}
	t, ok1 := g.countries[strings.ToUpper(hint[0])]
	c, ok2 := g.countries[cc]
	return ok1 && ok2 && !within(&g.places[t], &g.places[c], remoteKm)
}

// acronym reports an all-capital word of up to four letters ("IS", "AP")
// matched as anything but a country ("US", "UAE").
func (g *Gazetteer) acronym(text string, h *hit) bool {
	if g.places[h.best].kind == kindCountry || h.end-h.start > 4 || h.words > 1 {
		return false
	}
	for i := h.start; i < h.end; i++ {
		if c := text[i]; !(c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// personName reports whether hit i reads as part of a person's or an
// organisation's name: a capitalised word right before it, or before its
// article, that starts no sentence and is no relation word ("Matthew
// Allen", "President Obama", "Gen. Soleimani", "Gen. Warren Ashby",
// "Hayat Tahrir al-Sham"), unless the line is a title-case headline.
func (g *Gazetteer) personName(text string, hits []hit, i int) bool {
	h := hits[i]
	if e := &g.places[h.best]; e.kind == kindCountry || e.kind == kindProvince {
		return false
	}
	// "Tahrir al-Sham": the word before the article ("near al-Qaim" is
	// a relation).
	start := includeArticle(text, h.start)
	// Look back over a bounded window: context checks must stay linear in
	// the text even for pathological input (a megabyte of spaces).
	lo := max(0, start-contextWindow)
	win := text[lo:start]
	j := len(win)
	for j > 0 && win[j-1] == ' ' {
		j--
	}
	if j == len(win) && j > 0 {
		return false // "al-Qaim": joined by a hyphen or another sign
	}
	title := false
	if j > 0 && win[j-1] == '.' {
		title = true
		j--
	}
	k := j
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(win[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= n
	}
	word := win[k:j]
	if word == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(r) {
		return false
	}
	if title {
		return titles[strings.ToLower(word)]
	}
	if codenameHeads[word] {
		return true // "Operation Hamilton", even opening a headline: a codename
	}
	if allowedBefore[strings.ToLower(word)] || demonymWord(g, word) {
		return false
	}
	// Hits do not overlap and are in text order: only the previous one
	// can hold the word before.
	if i > 0 && hits[i-1].best >= 0 && hits[i-1].end > lo+k {
		return false // "Syria Hajin": another place
	}
	if articleJoined(win, k) {
		return true // "al-Bu Hassan", "al-Hajj Hassan": a longer Arabic name, not the town
	}
	if sentenceStart(win, k) || titleCaseLine(text, h.start) {
		return false
	}
	return true
}

// articleJoined reports whether the word at k is joined by a hyphen to an
// article before it ("al-Bu"): a word of an Arabic name, not the dash that
// opens a clause.
func articleJoined(text string, k int) bool {
	if k < 2 || text[k-1] != '-' {
		return false
	}
	a := k - 1
	for a > 0 && k-1-a < 3 && isASCIILetter(text[a-1]) {
		a--
	}
	if a > 0 && isASCIILetter(text[a-1]) {
		return false
	}
	var low [3]byte
	n := 0
	for i := a; i < k-1; i++ {
		low[n] = text[i] | 0x20
		n++
	}
	return n > 0 && isArticle(low[:n])
}

// codenameHeads, capitalised right before a town's name, make it a
// military operation's codename ("Operation Hamilton", "Exercise
// Dublin"), not a place of the story.
var codenameHeads = map[string]bool{"Operation": true, "Exercise": true}

// namesNoPlace reports whether the words after a town's name show that it
// names a person ("Hassan, a 15-year-old boy") or, for a town abroad (see
// disambiguate), a people or a body: "the
// Obeid tribe", "Highland Water Trust", or an operation ("the Olive Branch
// regions" of a Turkish statement, not Olive Branch, Mississippi). A body named after a town of the
// theatre ("Hawler Times") still tells where its report comes from.
func (g *Gazetteer) namesNoPlace(text string, h *hit, abroad bool) bool {
	if e := &g.places[h.best]; e.kind == kindCountry || e.kind == kindProvince {
		return false
	}
	rest := text[h.end:min(len(text), h.end+contextWindow)]
	return ageAfter(rest) || abroad && (statedAgeAfter(rest) || groupAfter(rest) || orgNameAfter(rest) || g.opName[h.key])
}

// nextWord returns the ASCII word at the start of s and what follows it.
func nextWord(s string) (string, string) {
	i := 0
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	return s[:i], s[i:]
}

// groupAfter reports a lower-case word of groupWords right after a name.
func groupAfter(rest string) bool {
	w, _ := nextWord(strings.TrimPrefix(rest, " "))
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && groupWords[w]
}

// orgNameAfter reports an organisation's head word among the (at most
// three) capitalised words that continue the name.
func orgNameAfter(rest string) bool {
	for range 3 {
		if !strings.HasPrefix(rest, " ") {
			return false
		}
		var w string
		w, rest = nextWord(rest[1:])
		if w == "" || !(w[0] >= 'A' && w[0] <= 'Z') {
			return false
		}
		if orgHeads[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// ageAfter reports an age in apposition: "X, a 15-year-old", "X, an
// eight-year-old", "X, 17, ...", "X, aged 17".
func ageAfter(rest string) bool {
	rest, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, "aged ")
	if r, ok := strings.CutPrefix(rest, "a "); ok {
		rest = r
	} else if r, ok := strings.CutPrefix(rest, "an "); ok {
		rest = r
	}
	i := 0
	for i < len(rest) && i < 3 && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	if i == 0 {
		w, _ := nextWord(rest)
		if !cardinalWords[strings.ToLower(w)] { // "an eight-year-old"
			return false
		}
		i = len(w)
	}
	tail := rest[i:]
	return strings.HasPrefix(tail, ",") || strings.HasPrefix(tail, "-year") || strings.HasPrefix(tail, " year")
}

// statedAgeAfter reports an age stated of a name: "X was 17.", "X is
// 9, ...". Only for a town abroad: "the toll in Mosul was 17." is a town.
func statedAgeAfter(rest string) bool {
	rest, ok := strings.CutPrefix(rest, " was ")
	if !ok {
		if rest, ok = strings.CutPrefix(rest, " is "); !ok {
			return false
		}
	}
	i := 0
	for i < len(rest) && i < 3 && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	if i == 0 || i == 3 {
		return false
	}
	tail := rest[i:]
	return strings.HasPrefix(tail, ".") || strings.HasPrefix(tail, ",") || strings.HasPrefix(tail, " years old")
}

func demonymWord(g *Gazetteer, w string) bool {
	k, ok := g.keyOf(w)
	if !ok {
		return false
	}
	return slices.ContainsFunc(g.cands(k), func(c cand) bool { return c.demonym })
}

// sentenceStart reports whether the word at k opens a sentence, a line or
// a quotation. The full stop of a title or an initial ends none: "Gen.
// Warren Ashby", "John F. Kelly".
func sentenceStart(text string, k int) bool {
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:k])
		switch {
		case r == ' ' || r == '\t':
			k -= n
		case r == '.' && abbreviation(text[:k-1]):
			return false
		case strings.ContainsRune(".!?:\n\"“‘'•-–—*#([", r):
			return true
		default:
			return false
		}
	}
	return true
}

// abbreviation reports whether text ends with a title ("Gen", "Maj") or a
// capital initial ("F"), which a full stop after it abbreviates.
func abbreviation(text string) bool {
	k := len(text)
	for k > 0 && isASCIILetter(text[k-1]) {
		k--
	}
	w := text[k:]
	if k > 0 && text[k-1] != ' ' && text[k-1] != '\n' && text[k-1] != '(' {
		return false
	}
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' || len(w) > 1 && len(w) <= 5 && titles[strings.ToLower(w)]
}

// titleCaseLine reports whether the line around pos is a headline written
// in title case, where capitalised words say nothing about names.
func titleCaseLine(text string, pos int) bool {
	const maxHeadline = 300
	lo := max(0, pos-maxHeadline)
	a := strings.LastIndexByte(text[lo:pos], '\n')
	if a < 0 && lo > 0 {
		return false
	}
	a += lo + 1
	hi := min(len(text), pos+maxHeadline)
	b := strings.IndexByte(text[pos:hi], '\n')
	if b < 0 && hi < len(text) {
		return false
	}
	if b < 0 {
		b = hi
	} else {
		b += pos
	}
	words, upper := 0, 0
	for _, w := range strings.Fields(text[a:b]) {
		if len(w) < 4 {
			continue
		}
		words++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			upper++
		}
	}
	return words >= 3 && upper*10 >= words*7
}

// within reports whether two places lie within km of each other, with a
// cheap latitude test first.
func within(a, b *entry, km float64) bool {
	if math.Abs(a.Lat-b.Lat)*111.2 > km {
		return false
	}
	return distanceKm(a.Lat, a.Lon, b.Lat, b.Lon) <= km
}

// distanceKm is the great-circle distance.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}

// resolve turns the chosen hits into Located values with their relations,
// and adds the back references ("east of the city").
func (g *Gazetteer) resolve(text string, hits []hit, cands []frameCandidate) []Located {
	n := 0
	for _, h := range hits {
		if h.best >= 0 && !h.demonym {
			n++
		}
	}
	out := make([]Located, 0, n)
	coords := make([][2]float64, n) // one allocation for all the pointers
	for _, h := range hits {
		if h.best < 0 || h.demonym {
			continue
		}
		if precededBy(text, h.start, waterHeads) {
			continue // "the Gulf of Aden": a sea, not the town
		}
		if h.start > 0 && text[h.start-1] == '(' && otherSpelling(text, h.start) {
			continue // "the Qarachogh (Qara Chokh) mountains": the name before, spelled again
		}
		e := &g.places[h.best]
		p := e.Place
		start, end := h.start, h.end
		start = includeArticle(text, start)
		rel := relationBefore(text, start)
		precision := p.Precision
		after := wordAfter(text, end)
		if rel.province || after == "province" || after == "governorate" {
			// "in Anbar province", "the province of Deir ez-Zor": the
			// division, even where the name also names its capital.
			if pv, ok := g.provinceOf(h.key, e); ok {
				p = pv
			}
			precision = model.PlaceProvince
		} else if rel.rural || after == "countryside" || provinceAreaAfter(text, end) {
			// "the eastern countryside of Deir Ezzor", "Idlib countryside",
			// "the Idlib de-escalation zone", "the Deir ez-Zor desert":
			// the province named like the town (the Syrian rif), but only
			// the town's surroundings where no province has its name
			// ("Manbij countryside").
			if pv, ok := g.namesakeProvince(h.key, e); ok {
				p, precision = pv, model.PlaceProvince
			}
		}
		l := located(&coords[len(out)], start, end, p, precision, rel)
		// "the Mopti region", "Kharkiv oblast": the division around the
		// town. ("the region of X" is X's surroundings, as "the area of X".)
		l.Region = precision == e.Place.Precision && (after == "region" || after == "oblast")
		if p.ID == e.Place.ID && (precision == model.PlacePoint || precision == model.PlaceTown) {
			// A town keeps the report's spelling; its identity is
			// the coordinates (and Place).
			if sp, ok := spelled(text[start:end]); ok {
				l.Where.Name = sp
			}
		}
		out = append(out, l)
	}
	return g.remoteNames(text, g.framed(text, g.backReferences(text, out), cands), hits)
}

// remoteNames adds, as names the gazetteer does not know, the hits
// dropped as small namesakes in a hinted country remote from the theatre
// (see focusCountry): "the road between Zirgan and ..." in a report on
// Syria names a Syrian village, not Zirgan, Russia. Such a name is placed
// like a framed one, at the town an appositive locates it by, if any.
func (g *Gazetteer) remoteNames(text string, out []Located, hits []hit) []Located {
	n := len(out)
	for _, h := range hits {
		if !h.unknown {
			continue
		}
		if _, known := overlapping(out[:n], h.start, h.end); known {
			continue
		}
		out = append(out, unknownPlace(text, out[:n], h.start, h.end, model.PlaceTown))
	}
	if len(out) > n {
		slices.SortStableFunc(out, func(a, b Located) int { return a.Start - b.Start })
	}
	return out
}

// otherSpelling reports a name opening a bracket right after a capitalised
// word that begins with the same four letters: "Qarachogh (Qara Chokh)",
// "Shayrat (Sha'irat)". The bracket spells the word before again, a place
// the gazetteer may not know; a town of that spelling is none of the
// story's. ("Khasham (Deir ez-Zor)", a place and where it lies, differs.)
func otherSpelling(text string, start int) bool {
	before := strings.TrimRight(text[:start-1], " ")
	k := len(before)
	for k > 0 && isASCIILetter(before[k-1]) {
		k--
	}
	word := before[k:]
	const same = 4
	if len(word) < same || word[0] < 'A' || word[0] > 'Z' || start+same > len(text) {
		return false
	}
	return strings.EqualFold(word[:same], text[start:start+same])
}

// waterHeads name a sea after a town or country: "the Gulf of Aden", "the
// Sea of Azov", "the Strait of Hormuz", "the Bay of Bengal".
var waterHeads = []string{"Gulf of ", "Bay of ", "Sea of ", "Strait of ", "Straits of "}

// precededBy reports whether one of heads ends right before start.
func precededBy(text string, start int, heads []string) bool {
	for _, w := range heads {
		if strings.HasSuffix(text[:start], w) {
			return true
		}
	}
	return false
}

// includeArticle widens a match over an article written before it
// ("al-Boukamal", "Al Qaim"), which the scanner skipped.
func includeArticle(text string, start int) int {
	j := start
	if j > 0 && (text[j-1] == '-' || text[j-1] == ' ') {
		j--
	} else {
		return start
	}
	k := j
	for k > 0 && j-k < 4 && isASCIILetter(text[k-1]) {
		k--
	}
	var low [4]byte // the article lower-cased, without allocating
	for n := k; n < j; n++ {
		low[n-k] = text[n] | 0x20 // ASCII letters only
	}
	if k < j && isArticle(low[:j-k]) && (k == 0 || !isASCIILetter(text[k-1])) {
		// Only a capitalised or hyphenated article belongs to the name:
		// "at Fallujah" is a preposition.
		if text[j] == '-' || text[k] >= 'A' && text[k] <= 'Z' {
			return k
		}
	}
	return start
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// provinceOf returns the province a hit names: a province candidate of the
// same key in the place's country, else the division the place lies in.
func (g *Gazetteer) provinceOf(key int32, e *entry) (Place, bool) {
	if pv, ok := g.namesakeProvince(key, e); ok {
		return pv, true
	}
	if e.kind == kindProvince {
		return e.Place, true
	}
	if i, ok := g.provinces[e.admin1]; ok {
		return g.places[i].Place, true
	}
	return Place{}, false
}

// namesakeProvince returns the province of the place's country that the
// hit's name also names.
func (g *Gazetteer) namesakeProvince(key int32, e *entry) (Place, bool) {
	for _, c := range g.cands(key) {
		if pv := &g.places[c.place]; pv.kind == kindProvince && pv.Country == e.Country {
			return pv.Place, true
		}
	}
	return Place{}, false
}

// wordAfter returns the word after the name at end, past spaces, if it
// is one of the few read there ("province", "governorate",
// "countryside", "region", "oblast", in lower case or capitalised), else "".
func wordAfter(text string, end int) string {
	w, _ := nextWord(strings.TrimLeft(text[end:min(len(text), end+contextWindow)], " "))
	if len(w) < 6 || len(w) > 11 {
		return ""
	}
	for _, k := range [...]string{"province", "governorate", "countryside", "region", "oblast"} {
		if w == k || w[0] == k[0]-'a'+'A' && w[1:] == k[1:] {
			return k
		}
	}
	return ""
}

// provinceAreaWords after a name make it the wide area around a town,
// which is the province where one is named like it: "the Deir ez-Zor
// desert", "the Idlib de-escalation zone".
var provinceAreaWords = [...]string{"desert", "zone"}

// provinceAreaAfter reports a word of provinceAreaWords right after the
// name at end, or after one lower-case word ("de-escalation zone",
// "buffer zone").
func provinceAreaAfter(text string, end int) bool {
	rest := text[end:min(len(text), end+contextWindow)]
	for range 2 {
		rest = strings.TrimLeft(rest, " ")
		if rest == "" || rest[0] < 'a' || rest[0] > 'z' {
			return false // a capitalised word goes on the name: "Idlib Free Zone" is no area of it
		}
		w := rest
		if i := strings.IndexAny(rest, " ,.;:)\n"); i >= 0 {
			w = rest[:i]
		}
		for _, k := range provinceAreaWords {
			if w == k {
				return true
			}
		}
		rest = rest[len(w):]
	}
	return false
}

// located makes the Located of a span, its coordinates stored in ll.
func located(ll *[2]float64, start, end int, p Place, precision string, rel relation) Located {
	lat, lon := p.Lat, p.Lon
	if rel.km > 0 && rel.bearing >= 0 {
		// "12 miles south of X": move the point by the stated offset, so
		// linking compares the place the report means, not the town it
		// measures from. Flat-earth step: fine at tens of km.
		lat += rel.km * math.Cos(rel.bearing*math.Pi/180) / 111.32
		lon += rel.km * math.Sin(rel.bearing*math.Pi/180) / (111.32 * math.Cos(p.Lat*math.Pi/180))
		lat = math.Round(lat*1e4) / 1e4
		lon = math.Round(lon*1e4) / 1e4
	}
	*ll = [2]float64{lat, lon}
	return Located{
		Start: start, End: end, Place: p,
		Where: model.Where{Name: p.Name, Lat: &ll[0], Lon: &ll[1], Country: p.Country,
			Relation: rel.text, Precision: precision},
	}
}

// backReferences adds "the city" in "east of the city" as a mention of the
// last town named before it.
func (g *Gazetteer) backReferences(text string, out []Located) []Located {
	// A back reference needs a town or point named before it: search only
	// past the first (spans do not overlap, so their ends are in order).
	from := slices.IndexFunc(out, func(l Located) bool {
		return l.Where.Precision == model.PlaceTown || l.Where.Precision == model.PlacePoint
	})
	if from < 0 {
		return out
	}
	from = out[from].End
	var extra []Located
	// One search per phrase, each by its rarest letter: a search for
	// "the " would stop at every "t". No two finds overlap, so they are
	// those of a scan over every "the ".
	for _, b := range [...]struct {
		phrase string
		rare   int
	}{{"the city", 7}, {"the town", 6}, {"the village", 4}} {
		for off := from; ; {
			i := indexBy(text[off:], b.phrase, b.rare)
			if i < 0 {
				break
			}
			i += off
			off = i + len(b.phrase)
			if l, ok := backReference(text, out, i, off); ok {
				extra = append(extra, l)
			}
		}
	}
	if len(extra) == 0 {
		return out
	}
	slices.SortFunc(extra, func(a, b Located) int { return a.Start - b.Start })
	// Both lists are in text order: merge in place from the back, not sort.
	i, j := len(out)-1, len(extra)-1
	out = append(out, extra...)
	for k := len(out) - 1; j >= 0; k-- {
		if i >= 0 && out[i].Start > extra[j].Start {
			out[k] = out[i]
			i--
		} else {
			out[k] = extra[j]
			j--
		}
	}
	return out
}

// indexBy is strings.Index(s, phrase), searching for the byte at k of
// phrase first: a rare letter makes for few false starts.
func indexBy(s, phrase string, k int) int {
	for i := k; i < len(s); i++ {
		j := strings.IndexByte(s[i:], phrase[k])
		if j < 0 {
			return -1
		}
		i += j
		if start := i - k; start+len(phrase) <= len(s) && s[start:start+len(phrase)] == phrase {
			return start
		}
	}
	return -1
}

// backReference returns the mention that "the city" at text[i:end] makes,
// if a spatial relation comes before it and a town was named before.
func backReference(text string, out []Located, i, end int) (Located, bool) {
	if end < len(text) && isASCIILetter(text[end]) {
		return Located{}, false // "the townspeople"
	}
	if strings.HasPrefix(text[end:], " of ") {
		return Located{}, false // "east of the city of Ramadi" names its city
	}
	rel := relationBefore(text, i)
	if rel.text == "" || rel.text == "in" || rel.text == "from" {
		return Located{}, false // only a spatial relation makes "the city" a place
	}
	// The last town or point named before: out is in text order.
	n, _ := slices.BinarySearchFunc(out, i, func(l Located, pos int) int { return l.End - pos })
	for j := min(n, len(out)) - 1; j >= 0; j-- {
		if p := out[j].Where.Precision; out[j].End <= i && (p == model.PlaceTown || p == model.PlacePoint) && !precededBy(text, out[j].Start, seatWords) {
			return located(new([2]float64), i, end, out[j].Place, out[j].Where.Precision, rel), true
		}
	}
	return Located{}, false
}

// seatWords before "in" make the town after them the seat of a government
// that speaks, not a place of the story: "north of the city" after "the
// Houthi-run administration in Sanaa said" is north of the town struck
// before.
var seatWords = []string{"administration in ", "government in ", "authorities in "}

// capitalisedNext reports whether the next word after end, past spaces or
// a hyphen, starts with a capital letter.
func capitalisedNext(text string, end int) bool {
	i := end
	for i < len(text) && i-end < contextWindow && (text[i] == ' ' || text[i] == '-') {
		i++
	}
	if i == end || i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

// Countries returns the ISO2 codes of the countries text names ("Syria",
// "U.S.") or implies with a demonym ("Iraqi", "Syrians"), in order of
// first mention: a ready hint for Locate on the same document.
func (g *Gazetteer) Countries(text string) []string {
	var out []string
	sc := getScratch()
	defer sc.release()
	for _, h := range longestFirst(g.scan(text, sc)) {
		for _, c := range g.cands(h.key) {
			if e := &g.places[c.place]; e.kind == kindCountry && !slices.Contains(out, e.Country) {
				out = append(out, e.Country)
			}
		}
	}
	return out
}

// spelled returns the report's own spelling of a place when it is a plain
// Latin name in mixed case ("Kafr Nabl", "al-Qaim"), not a dateline's
// capitals or another script: a reader finds the name the report wrote.
func spelled(s string) (string, bool) {
	upper, lower := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			upper = true
		case c == ' ', c == '-', c == '\'':
		default:
			return "", false
		}
	}
	return s, upper && lower
}
