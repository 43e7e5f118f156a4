package extract

import (
	"sort"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/extract/sentences"
	"github.com/crosscheck/crosscheck/internal/extract/timex"
	"github.com/crosscheck/crosscheck/internal/gazetteer"
	"github.com/crosscheck/crosscheck/internal/model"
)

// datelines open an official statement quoted whole: its sentences are the
// issuer's until the narrator speaks again ("My sources say ...").
var datelines = map[string]string{
	"southwest asia":         "cjtf-oir", // CJTF-OIR / CENTCOM press releases
	"macdill air force base": "us-dod",   // CENTCOM press releases
}

// docState is the passage context carried from sentence to sentence.
type docState struct {
	e         *Extractor
	doc       model.Document
	text      string
	published time.Time // the document's date, zero when unknown
	refTime   time.Time // what relative dates resolve against: published, else the document's first full date
	skip      [][2]int

	located []gazetteer.Located
	hints   []string
	country string // main country (ISO2)

	persons map[string]string // "garver" -> "cjtf-oir"

	narrator string // who speaks in unattributed sentences: journalist, or the issuer of an official statement
	official bool   // the narrator is the issuer of the document
	named    bool   // a claim of the document has named a perpetrator other than the narrator's side

	lastSpeaker     string
	lastSpeakerName string
	footageSpeaker  string
	blockSpeaker    string // from a dateline
	headerSpeaker   string // from a social-media header
	headerPara      int
	colonSpeakers   []string // "X said:" speaks the next sentence
	colonName       string
	colonIdx        int

	para       int
	paraPlace  *model.Where
	eventPlace *model.Where
	lastDate   model.When
	paraCounts []model.Count

	claims []model.Claim
	meta   []claimMeta

	hits        []hit
	toks        []token
	ms          []match
	covered     []bool // tokens of the current sentence inside a mention
	intBuf      []int  // per-sentence scratch
	boolBuf     []bool // per-sentence scratch
	sentRetract bool   // the current sentence has a retraction cue outside quotes
}

// claimMeta is what later sentences need to know about an earlier claim.
type claimMeta struct {
	sentence int
	para     int
	side     string // actor the speaker speaks for
}

func newDocState(e *Extractor, doc model.Document, published time.Time, skip [][2]int) *docState {
	st := &docState{e: e, doc: doc, text: doc.Text, published: published, skip: skip,
		persons: map[string]string{}, para: -1, narrator: model.Journalist, colonIdx: -2}
	return st
}

// issuer resolves the narrator of an official statement, an NGO report or
// state media from the publisher ("U.S. Africa Command" -> us-dod).
func (st *docState) issuer() {
	pub := st.doc.Publisher
	if pub == "" {
		return
	}
	toks := tokenize(pub, 0, len(pub), nil)
	ms := st.e.lex.matchAll(toks, nil)
	for k, m := range ms {
		if !isSpeakerMention(m) || m.E.Mention.Generic || m.E.Flags&fCountry != 0 {
			continue // "North Syria Voice" is no Syrian state media
		}
		sp := st.resolveMention(toks, ms, k)
		if sp == "" || sp == model.Journalist {
			continue
		}
		kind := st.doc.Kind
		if kind == model.KindOfficial || kind == model.KindNGO || sp == "syria-gov" || sp == "iraq-state-tv" || sp == "isis-amaq" {
			st.narrator = sp
			st.official = kind == model.KindOfficial || sp == "syria-gov" || sp == "iraq-state-tv" || sp == "isis-amaq"
		}
		return
	}
}

func (st *docState) skipped(s sentences.Sentence) bool {
	for _, r := range st.skip {
		lo, hi := max(r[0], s.Start), min(r[1], s.End)
		if hi > lo && (hi-lo)*2 >= s.End-s.Start {
			return true
		}
	}
	return false
}

func (st *docState) run() []model.Claim {
	text := st.text
	if text == "" {
		return nil
	}
	sents := sentences.Split(text)
	hits := st.hits
	flags := make([]uint8, len(sents))
	counts := map[string]int{}
	for _, h := range hits {
		if h.kind&hitCountry != 0 {
			counts[st.e.pre.iso[h.pattern]]++
			continue
		}
		k := sort.Search(len(sents), func(i int) bool { return sents[i].End > h.pos })
		if k < len(sents) && sents[k].Start <= h.pos {
			flags[k] |= h.kind
		}
	}
	best := 0
	for iso, n := range counts {
		st.hints = append(st.hints, iso)
		if n > best || (n == best && countryRank(iso) < countryRank(st.country)) {
			best, st.country = n, iso
		}
	}
	sort.Strings(st.hints)
	st.issuer()
	if st.e.places != nil {
		// Places only where something may be said about a strike: runs of
		// consecutive sentences with any prefilter hit (most of a report is
		// background prose that can be skipped).
		const placeFlags = hitCue | hitDeny | hitDate | hitHeader
		for i := 0; i < len(sents); {
			if flags[i]&placeFlags == 0 {
				i++
				continue
			}
			j := i
			for j+1 < len(sents) && flags[j+1]&placeFlags != 0 {
				j++
			}
			from, to := sents[i].Start, sents[j].End
			for _, l := range st.e.places.Locate(text[from:to], st.hints) {
				l.Start += from
				l.End += from
				st.located = append(st.located, l)
			}
			i = j + 1
		}
		sort.SliceStable(st.located, func(i, j int) bool { return st.located[i].Start < st.located[j].Start })
		// "east of the city of Ramadi": the named place, not "the city".
		kept := st.located[:0]
		for k, l := range st.located {
			if isDateline(text, l.Start, l.End) {
				continue // "BAGHDAD (APA) -": where the story was filed
			}
			if k+1 < len(st.located) && strings.HasPrefix(lowerASCII(text[l.Start:l.End]), "the ") &&
				st.located[k+1].Start > l.End && st.located[k+1].Start-l.End <= 5 && strings.Contains(text[l.End:st.located[k+1].Start], "of") {
				continue
			}
			kept = append(kept, l)
		}
		st.located = kept
	}
	st.refTime = st.published
	if st.published.IsZero() {
		// No published date: the document's own first full date (a byline,
		// "July 4, 2016") dates it; years are never invented.
		for i, s := range sents {
			if flags[i]&hitDate == 0 {
				continue
			}
			found := false
			for _, m := range timex.Find(text[s.Start:s.End], time.Time{}) {
				if t, err := time.Parse("2006-01-02", m.When.From); err == nil && m.When.Precision == model.PrecisionDay {
					st.refTime, found = t, true
					break
				}
			}
			if found {
				break
			}
		}
	}
	for i, s := range sents {
		if st.skipped(s) {
			continue
		}
		if s.Para != st.para {
			st.para = s.Para
			st.paraPlace = nil
			st.paraCounts = nil
		}
		f := flags[i]
		var dates []timex.Mention
		if f&hitDate != 0 {
			dates = timex.FindWithAnchor(text[s.Start:s.End], st.refTime, st.lastDate)
			for k := range dates {
				dates[k].Start += s.Start
				dates[k].End += s.Start
			}
		}
		if f&(hitCue|hitDeny|hitHeader|hitSpeech) != 0 {
			st.sentence(i, s, f, dates)
		}
		// Carry the passage context.
		if pl := st.placesIn(s.Start, s.End, nil); len(pl) > 0 {
			w := pickPlace(st.text, pl)
			st.paraPlace = &w
		}
		if len(dates) > 0 && !st.byline(s) {
			for _, d := range dates {
				if d.When.From != "" && !statementDate(text, d) {
					st.lastDate = d.When
				}
			}
		}
	}
	return st.claims
}

// byline reports a short line that dates the report or a post, not an
// event ("Moon of Alabama, 24 April, 2018", "@OIRSpox - 15:02 UTC - 24 Apr 2018").
func (st *docState) byline(s sentences.Sentence) bool {
	t := st.text[s.Start:s.End]
	if strings.Contains(t, "UTC") || strings.Contains(t, "Verified account") {
		return true
	}
	if strings.ContainsAny(t, ".!?") {
		return false
	}
	words := 0
	for i := 0; i < len(t); i++ {
		if c := t[i]; (i == 0 || t[i-1] == ' ' || t[i-1] == '\n') && (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			words++
		}
	}
	return words < 7
}

// placesIn returns the located places inside [start, end), leaving out the
// ranges in excl (speaker phrases: "the Ministry of Defense in Baghdad").
func (st *docState) placesIn(start, end int, excl [][2]int) []gazetteer.Located {
	lo := sort.Search(len(st.located), func(i int) bool { return st.located[i].Start >= start })
	var out []gazetteer.Located
	for k := lo; k < len(st.located) && st.located[k].End <= end; k++ {
		l := st.located[k]
		// A country named as an actor is no place: "the United States
		// refused", "Iraq's military"; "in Iraq" is.
		if l.Where.Precision == model.PlaceCountry && (!countryLocatives[prevWordOf(st.text, l.Start)] || possessive(st.text, l.End) || modifier(st.text, l.End)) {
			continue
		}
		inside := false
		for _, x := range excl {
			if l.Start >= x[0] && l.End <= x[1] {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, l)
		}
	}
	return out
}

// countryRank breaks ties between countries mentioned equally often: the
// countries with speaker tables first.
func countryRank(iso string) int {
	switch iso {
	case "IQ":
		return 0
	case "SY":
		return 1
	case "RU":
		return 2
	case "US":
		return 3
	case "":
		return 100
	}
	return 10 + int(iso[0])
}

// isDateline reports an upper-case place opening a wire story's dateline
// ("BAGHDAD (APA) -", "KIRKUK, Iraq (CNS) -", "STUTTGART, Germany -").
func isDateline(text string, start, end int) bool {
	name := text[start:end]
	if len(name) < 3 || strings.ToUpper(name) != name || strings.ToLower(name) == name {
		return false
	}
	if start > 0 && text[start-1] != '\n' {
		return false
	}
	rest := text[end:min(len(text), end+40)]
	for _, mark := range []string{" (", " -", " —", " –", ","} {
		if strings.HasPrefix(rest, mark) {
			return true
		}
	}
	return false
}

// modifier reports a country name used as an adjective: "in U.S. air
// attack", "of Iran-backed militias".
func modifier(text string, pos int) bool {
	if pos < len(text) && text[pos] == '.' && pos+1 < len(text) && text[pos+1] == ' ' && pos > 0 && text[pos-1] >= 'A' && text[pos-1] <= 'Z' {
		pos++ // "U.S." matched as "U.S"
	}
	if pos >= len(text) {
		return false
	}
	if text[pos] == '-' {
		return true
	}
	if text[pos] != ' ' {
		return false
	}
	e := pos + 1
	for e < len(text) && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	w := text[pos+1 : e]
	switch w {
	case "", "and", "or", "on", "in", "at", "since", "during", "after", "before", "when", "where", "which", "that", "as", "for", "from", "to", "by", "with", "over", "last", "this", "earlier", "later", "but":
		return false
	}
	return true
}

// possessive reports "'s" or "’s" at pos ("Iraq's armed forces").
func possessive(text string, pos int) bool {
	return strings.HasPrefix(text[pos:], "'s") || strings.HasPrefix(text[pos:], "’s")
}

// countryLocatives make a country name a place.
var countryLocatives = map[string]bool{"in": true, "inside": true, "across": true, "throughout": true, "into": true, "near": true, "over": true, "within": true, "of": true}

// originWords before a place make it where something came from, not where
// it was hit ("a convoy fleeing Fallujah").
var originWords = map[string]bool{"fleeing": true, "from": true, "fled": true, "leaving": true, "left": true, "evacuated": true, "to": true, "toward": true, "towards": true}

// pickPlace chooses the place of a clause: a town or point before a
// province or country, not a place of origin, first in the text.
func pickPlace(text string, pl []gazetteer.Located) model.Where {
	return pickPlaceNear(text, pl, -1)
}

// pickPlaceNear is pickPlace preferring, among equals, the place nearest to
// byte cue (the strike word): "heading toward the desert near Tharthar
// Lake, north of Ramadi, before being hit".
func pickPlaceNear(text string, pl []gazetteer.Located, cue int) model.Where {
	dist := func(l gazetteer.Located) int {
		if cue < 0 {
			return 0
		}
		if l.Start > cue {
			return l.Start - cue
		}
		return cue - l.End
	}
	rank := func(l gazetteer.Located) int {
		r := 0
		switch l.Where.Precision {
		case model.PlaceCountry:
			r += 4
		case model.PlaceProvince:
			r += 2
		}
		if l.Where.Relation == "" {
			w := prevWordOf(text, l.Start)
			if originWords[w] {
				r += 3
			}
		}
		return r
	}
	best := 0
	for k := 1; k < len(pl); k++ {
		if r, rb := rank(pl[k]), rank(pl[best]); r < rb || r == rb && dist(pl[k]) < dist(pl[best]) {
			best = k
		}
	}
	return pl[best].Where
}

func prevWordOf(text string, pos int) string {
	e := pos
	for e > 0 && (text[e-1] == ' ' || text[e-1] == '\n') {
		e--
	}
	b := e
	for b > 0 {
		c := text[b-1]
		if (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
			b--
			continue
		}
		break
	}
	return lowerASCII(text[b:e])
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if b[k] >= 'A' && b[k] <= 'Z' {
					b[k] += 32
				}
			}
			return string(b)
		}
	}
	return s
}

// statementDate reports a date that dates the statement, not the strike
// ("said on Saturday", "said in a tweet on Thursday", "posted ... Wednesday").
func statementDate(text string, d timex.Mention) bool {
	lo := max(0, d.Start-24)
	w := lowerASCII(text[lo:d.Start])
	for _, v := range []string{"said ", "said on ", "tweet on ", "statement on ", "told reporters on ", "briefing on ", "posted ", "announced on ", "uploaded ", "online ", "since "} {
		if len(w) >= len(v) && w[len(w)-len(v):] == v {
			return true
		}
	}
	return false
}
