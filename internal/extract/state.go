package extract

import (
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/extract/quantity"
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
	lower     string     // text with ASCII letters in lower case, made by lowerText when first needed
	published time.Time  // the document's date, zero when unknown
	refTime   time.Time  // what relative dates resolve against: the published date
	headRef   time.Time  // a dated heading line's day, for the paragraph under it
	paraSpan  model.When // the days a paragraph's heading gives its incident ("Khasham, 7-8 February 2018.")
	placeDays []placeDay // each town a sentence dated, with the day, in text order
	skip      [][2]int

	located []gazetteer.Located
	plBuf   []gazetteer.Located // run's scratch for placesIn
	hints   []string
	country string // main country (ISO2)
	// placeCountry is the country most of the located places lie in: whose
	// "army helicopters" and "government forces" a report speaks of.
	placeCountry string

	persons map[string]string // "garver" -> "cjtf-oir"

	relCache map[*lexEntry]*lexEntry // RelActor rows resolved for the document's country
	// bareCache holds NamedOnly rows resolved for the document (nil until
	// one is met): the row itself where the report names its actor, else
	// a copy whose actor is unknown
	bareCache map[*lexEntry]*lexEntry

	curSpeaker string // the speaker of the claim being built
	curNotOwn  bool   // the clause being read tells of a strike not its speaker side's own: "carried out by the PKK", "killed two of its fighters"
	curOwnStmt bool   // the claim being built is an official narrator's unattributed strike, given its own side
	prevNotOwn bool   // the last strike clause read told of a strike not its speaker side's own ("attacks by armed groups")
	// sideAttacked: the official narrator tells of a strike on its own
	// side ("landed close to the U.S. Consulate", "a violation of Iraqi
	// sovereignty"): its unattributed strikes are then not its own.
	sideAttacked bool
	// condemnedAt: for each sentence of an official statement that
	// condemns an attack ("this treacherous attack"), the index of the
	// claim last built then (the attack it condemns), or -1.
	condemnedAt []int

	inEntry    bool         // inside an incident log entry of labelled fields
	entryPlace *model.Where // its Location field
	entryPerps []string     // its Belligerent field

	narrator string    // who speaks in unattributed sentences: journalist, or the issuer of an official statement
	pubNames []string  // the names the report may call its publisher by
	official bool      // the narrator is the issuer of the document
	named    bool      // a claim of the document has named a perpetrator other than the narrator's side
	arms     armMemory // who struck with each kind of arm, for "the drone" named before

	lastSpeaker     string
	subjectState    string // ISO of the state the last sentence opened with ("Moscow rejected that.")
	occupier        string // ISO of the state the report calls "the occupation" ("the Turkish occupation army"), for "the occupation state's ministry"
	regime          string // actor the report last named as "the X regime" ("the Zionist regime"), for "the regime's warplanes"
	lastSpeakerName string
	lastSource      string            // whom the last source introduced as such speaks for ("an Iraqi security source")
	lastIssuer      string            // who issued the last report or statement named
	speakerChunk    []string          // oneSpeaker's slices are cut from it
	byHead          map[string]string // "ministry" -> the last ministry named ("the ministry said")
	byTail          map[string]string // "general command" -> the body whose name ended so ("the YPG general command")
	notedEntry      *lexEntry         // the mention noteHeadWords last wrote byHead and byTail for, nil after any other write
	notedSpeaker    string            // and its speaker
	sourceUnknown   bool              // a claim so far in which a source other than the reporter names the attacker unknown
	stateVoice      map[string]string // an actor -> its last official voice, for "Baghdad said" after the JOC
	lastGroup       string            // the last organisation named in an earlier sentence ("the group said")
	lastBody        string            // the last body of any kind named in an earlier sentence ("its coordinator said")
	footageSpeaker  string
	blockSpeaker    string // from a dateline
	interviewee     string // who a Q&A interview's answers are by ("We spoke to X, ...")
	introVoice      string // the first body named before any claim, for an interview's "A:"
	issuerHead      string // the last word of an issuing publisher's name ("project"), for "the Project said"
	questionPara    int    // 1 + the paragraph of the last question, 0 for none
	headerSpeaker   string // from a social-media header
	headerPara      int
	labelSpeaker    string   // a transcript's "COL. REINER:" speaks until the next label
	colonSpeakers   []string // "X said:" speaks the next sentence
	colonName       string
	colonIdx        int
	quoteSpeakers   []string // who spoke the last quotation, for a quotation that follows it
	quoteName       string
	quotePara       int
	quoteIdx        int
	quoteOpenIdx    int // the last sentence of that quotation's speaker that leaves it open: the next one is still theirs
	citedSentence   int // the sentence whose cited claim (citedClaim) has been made

	para      int
	paraPlace *model.Where
	headPlace *model.Where // the paragraph's heading ("Amerli, night of 19 July.")
	// where the story was filed ("MOSUL, March 16 (Nineveh Voices) -"): the
	// place of a claim that names none and follows none
	datelinePlace *model.Where
	// the state the outlet reports from (outletState): whose "security
	// sources" and "state television" a report speaks of unqualified
	outletState string
	eventPlace  *model.Where
	// eventPlaceBuf holds the place clause last set eventPlace to, so that
	// a claim clause does not put a copy on the heap (no other pointer
	// is kept to it: passagePlace's callers read theirs before clause ends)
	eventPlaceBuf model.Where
	// the place last named in a sentence with a strike word: for a claim
	// that names none and follows no claim, nearer than the dateline
	cuePlace *model.Where
	// the places the title names, located once (titleDone)
	titleLs   []gazetteer.Located
	titleDone bool
	lastDate  model.When
	// a live page's updates come newest first (declaresNewestFirst), and the
	// days its strike sentences gave, for newestFirstDays
	newestFirst bool
	strikeDays  []entryDay
	// the day of an attack the people hit had taken part in ("killed the
	// leader who planned Sunday's attack"), kept out of the passage's day
	// for a later "That attack ..." to take up
	asideDate  model.When
	paraCounts []model.Count

	claims []model.Claim
	meta   []claimMeta

	stmtDates markedDates // the dates of the sentence run analyses, with statementDate's answers

	hits           []hit
	sents          []sentences.Sentence // run's, and its flags and fields by sentence
	flags          []uint8
	fields         []string
	toks           []token
	cues           sentenceCues // the classes and cue words of toks (cues.go), for the rules of its clauses
	ms             []match
	covered        []bool      // tokens of the current sentence inside a mention
	intBuf         []int       // per-sentence scratch
	boolBuf        []bool      // per-sentence scratch
	sentRetract    bool        // the current sentence has a retraction cue outside quotes
	sentHabitual   bool        // a speech verb of the current sentence is told as a habit (habitualSpeech)
	sentAirDefence bool        // the current sentence tells of projectiles brought down (airDefence)
	toldType       toldType    // the weapon the last sentence told of (carryToldType)
	weSaid         bool        // the current sentence's narrator speaks of its own words ("we wrote that")
	clauseDated    bool        // the clause being read dates its strike (claimMeta.dated)
	clauseOwnPlace bool        // the clause being read names its strike's place
	countedStrike  *claimPlace // the last strike a claim dated and placed by its own words
	datelineAt     int         // where the dateline's place starts (a headline above it is not the lede)
	placedOnce     bool        // a claim has been placed by its own words (see placeFiledLede)
	clauseFiled    bool        // the clause being read is placed only where the report was filed, or nowhere (claimMeta.filed)

	// Per-sentence scratch for the results of attributions and clauses
	// (and clauses' starts): the next sentence reuses the arrays.
	attBuf    []attribution
	clauseBuf []clause
	startBuf  []int
}

// claimMeta is what later sentences need to know about an earlier claim.
type claimMeta struct {
	sentence int
	para     int
	side     string // actor the speaker speaks for
	weSaid   bool   // the narrator's account of its own earlier words ("we wrote that …")
	dated    bool   // its sentence dates the strike; else the date is the passage's or the report's
	filed    bool   // its place is the dateline's, the speaker's seat, the title's or none: not where the strike was told
	notOwn   bool   // its clause tells of a strike not its speaker side's own (see curNotOwn)
	ownStmt  bool   // an official narrator's unattributed strike, read as its own side's (see dropOwnWhereAttacked)
}

func newDocState(e *Extractor, doc model.Document, published time.Time, skip [][2]int) *docState {
	st := &docState{e: e, doc: doc, text: doc.Text, published: published, skip: skip,
		persons: map[string]string{}, para: -1, narrator: model.Journalist, colonIdx: -2, quoteIdx: -2, quoteOpenIdx: -2, citedSentence: -2}
	return st
}

// issuer resolves the narrator of an official statement, an NGO report or
// state media from the publisher ("U.S. Africa Command" -> us-dod).
func (st *docState) issuer() {
	pub := st.doc.Publisher
	if pub == "" {
		st.titleIssuer()
		return
	}
	toks := tokenize(pub, 0, len(pub), nil)
	ms := dropNarratedCounts(toks, st.e.lex.matchAll(toks, nil))
	for k, m := range ms {
		if !isSpeakerMention(m) || m.E.Mention.Generic || m.E.Flags&fCountry != 0 {
			continue // "North Syria Voice" is no Syrian state media
		}
		if k+1 < len(ms) && ms[k+1].From == m.To && isSpeakerMention(ms[k+1]) && ms[k+1].E.Flags&fCountry == 0 && !ms[k+1].E.Mention.Generic {
			continue // "U.S. Department of Defense": the head names the issuer (not "... Spokesperson's Unit")
		}
		sp := st.resolveMention(toks, ms, k)
		if own := st.bracketedOwner(toks, ms, k); own != "" && m.E.Mention.Relative != "" {
			sp = own // "Ministry of Defence (UK)": the bracket names whose ministry
		}
		if sp == "" || sp == model.Journalist {
			continue
		}
		if rel := m.E.Mention.Relative; rel != "" {
			// "Publisher: Ministry of Defence (UK)": its text's bare "the
			// Ministry of Defence" is the issuer, not the report's state's
			st.setByHead(relativeKey(rel), sp)
		}
		kind := st.doc.Kind
		if kind == model.KindOfficial || kind == model.KindNGO || sp == "syria-gov" || sp == "iraq-state-tv" || sp == "isis-amaq" {
			st.narrator = sp
			st.official = kind == model.KindOfficial || sp == "syria-gov" || sp == "iraq-state-tv" || sp == "isis-amaq"
			if kind == model.KindOfficial && selfVoice(sp) {
				// a state that speaks as itself issues the release: its
				// ministry and its staff named bare are the issuer's own
				st.setByHead(relativeKey("mod"), sp)
				st.setByHead(relativeKey("military"), sp)
			}
		}
		return
	}
}

// selfVoice: speaker sp is a whole state speaking as itself (selfSpeakers).
func selfVoice(sp string) bool {
	for _, v := range selfSpeakers {
		if v == sp {
			return true
		}
	}
	return false
}

// publisherHead is the last word of a publisher's name, before any
// bracket ("Syria Strike Documentation Project": "project"), or "" when it
// is too short to be a head noun.
func publisherHead(pub string) string {
	if i := strings.IndexByte(pub, '('); i >= 0 {
		pub = pub[:i]
	}
	f := strings.Fields(pub)
	if len(f) < 2 {
		return ""
	}
	w := strings.ToLower(f[len(f)-1])
	if len(w) < 4 {
		return ""
	}
	return w
}

// bracketedOwner reads "(UK)" right after mention k: the speaker it names,
// or the actor when it speaks as itself (the registry's own voices), or "".
func (st *docState) bracketedOwner(toks []token, ms []match, k int) string {
	t := ms[k].To
	if k+1 >= len(ms) || t+2 >= len(toks) || toks[t].Norm != "(" {
		return ""
	}
	n := ms[k+1]
	if n.From != t+1 || n.To >= len(toks) || toks[n.To].Norm != ")" {
		return ""
	}
	if sp := n.E.Mention.Speaker; sp != "" {
		return sp
	}
	if a := n.E.Mention.Actor; a != "" && st.e.actors.SpeaksFor(a) == a {
		return a
	}
	return ""
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
	st.sents = sentences.AppendSplit(st.sents[:0], text)
	sents := st.sents
	hits := st.hits
	st.flags = grow(st.flags, len(sents))
	flags := st.flags
	counts := map[string]int{}
	var framePos []int // where a frame's word starts (by position)
	k, last := 0, 0    // hits come by position: the sentence of each is found by walking on
	for _, h := range hits {
		if h.kind&hitCountry != 0 {
			counts[st.e.pre.iso[h.pattern]]++
			continue
		}
		if h.kind == hitFrame {
			framePos = append(framePos, h.pos)
			continue
		}
		if h.kind == hitRevision || h.kind == hitVersion || h.kind == hitGroup {
			continue // (reviseTolls, mayCorrectStory and namesActor read these)
		}
		if h.pos < last {
			k = 0
		}
		last = h.pos
		for k < len(sents) && sents[k].End <= h.pos {
			k++
		}
		if k < len(sents) && sents[k].Start <= h.pos {
			flags[k] |= uint8(h.kind)
		}
	}
	// About one claim per strike sentence: sized once, not grown claim by claim.
	if n := countFlags(flags, hitCue); n > 0 {
		st.claims = make([]model.Claim, 0, n)
		st.meta = make([]claimMeta, 0, n)
	}
	best := 0
	for iso, n := range counts {
		st.hints = append(st.hints, iso)
		if n > best || (n == best && countryRank(iso) < countryRank(st.country)) {
			best, st.country = n, iso
		}
	}
	// The main country first: the gazetteer takes hints[0] for the
	// document's theatre.
	slices.SortFunc(st.hints, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		if ra, rb := countryRank(a), countryRank(b); ra != rb {
			return ra - rb
		}
		return strings.Compare(a, b)
	})
	st.issuer()
	if st.doc.Kind == model.KindNGO && st.narrator == model.Journalist {
		st.narrator = "ngo" // a monitor's own report, whoever publishes it
	}
	if st.narrator != model.Journalist {
		st.issuerHead = publisherHead(st.doc.Publisher) // "the Project" in the Project's own report
	}
	st.fields = grow(st.fields, len(sents))
	fields := st.fields
	for i, s := range sents {
		fields[i] = fieldOf(text[s.Start:s.End])
	}
	if st.e.places != nil {
		// Places only where something may be said about a strike: runs of
		// consecutive sentences with any prefilter hit (most of a report is
		// background prose that can be skipped).
		const placeFlags = hitCue | hitDeny | hitDate | hitHeader
		locatedTo := 0
		var keys []int // framePos within a run, from its start
		for i := 0; i < len(sents); {
			if flags[i]&placeFlags == 0 && fields[i] != "place" {
				i++
				continue
			}
			j := i
			for j+1 < len(sents) && (flags[j+1]&placeFlags != 0 || fields[j+1] == "place") {
				j++
			}
			// One neighbour on each side in the same paragraph: an incident
			// log's "14 May 2019. Idlib province, near Kafr Nabl. A strike
			// hit ..." names the place in a sentence with no cue of its own.
			lo, hi := i, j
			if lo > 0 && sents[lo-1].Para == sents[lo].Para && flags[lo-1]&placeFlags == 0 && sents[lo-1].Start >= locatedTo {
				lo--
			}
			if hi+1 < len(sents) && sents[hi+1].Para == sents[hi].Para && flags[hi+1]&placeFlags == 0 {
				hi++
			}
			from, to := sents[lo].Start, sents[hi].End
			locatedTo = to
			// The frames' words ("the village of X", "the X area") where the
			// prefilter found them, so that the gazetteer need not look.
			keys = keys[:0]
			for _, p := range framePos[sort.SearchInts(framePos, from):] {
				if p >= to {
					break
				}
				keys = append(keys, p-from)
			}
			ls := st.e.places.LocateKeys(text[from:to], st.hints, keys)
			for k := range ls {
				ls[k].Start += from
				ls[k].End += from
			}
			if st.located == nil {
				st.located = ls // Locate's slice is the caller's: no copy
			} else {
				st.located = append(st.located, ls...)
			}
			i = hi + 1
		}
		sort.SliceStable(st.located, func(i, j int) bool { return st.located[i].Start < st.located[j].Start })
		// The places as found, for the rules that ask what the gazetteer
		// read at a position: the loop below overwrites st.located as it
		// keeps places.
		found := newCoverIndex(st.located)
		// "east of the city of Ramadi": the named place, not "the city".
		kept := st.located[:0]
		for k, l := range st.located {
			if isDateline(text, l.Start, l.End) {
				if st.datelinePlace == nil {
					w := pickPlace(text, st.located[k:k+1])
					st.datelinePlace = &w
					st.datelineAt = l.Start
				}
				continue // "BAGHDAD (APA) -": where the story was filed
			}
			if datelineAgency(text, l.Start, l.End) {
				continue // "BAGHDAD (Meridian) -": the agency
			}
			if addressedGovernment(text, l.Start) {
				continue // "called on Tehran to stop": a government, not a place
			}
			if capitalVoicePlace(text, l.Start, l.End) {
				continue // "said Washington believed": a government that speaks, not a place
			}
			if timeZone(text, l.End) {
				continue // "03:53 Moscow time": a clock, not a place
			}
			if calendarMonth(text, l.Start, l.End) {
				continue // "2 Mehr 1401": a month of another calendar, not a place
			}
			if speechVenue(text, l.Start) || clockVenue(text, l.Start, l.End) || saidInVenue(text, l.Start, l.End) {
				continue // "a press conference in Paris": where the speaker spoke
			}
			if diplomaticVenue(text, l.Start, l.End) {
				continue // "the Sochi agreement", "talks in Geneva": where diplomats met
			}
			if turnVocative(text, l.Start, l.End) {
				continue // "REPORTER: Anna, ...": the presenter addressed
			}
			if inReliefClause(text, l.Start) {
				continue // "to relieve the pressure on the gangs in Mosul": the other front
			}
			if inSinceLandmark(text, l.Start) {
				continue // "killed since the war in Gaza began": the war a time counts from
			}
			if inAnswerClause(text, l.Start) {
				continue // "in retaliation for the 7 June attacks in Tehran": the attack answered
			}
			if inRecallClause(text, l.Start) {
				continue // ", recalling the strikes near al-Qaim in past years": an older strike's place
			}
			if designation(text, l.End) {
				continue // "Su-34", "Mi-28": an aircraft model, not a place
			}
			if familyName(text, l.Start, l.End) {
				continue // "John Pratt, a spokesman for": a person, though "Pratt" names a town
			}
			if givenName(text, l.End) {
				continue // "Hamid al-Shatri": a person, though "Hamid" names a town
			}
			if basedAside(text, l.Start) {
				continue // "the Russian centre, based at Hmeimim, said": the body's seat, not a strike's place
			}
			if streetName(text, l.End) {
				continue // "houses on al-Jaouneh Street": a street of the town told, not the town of that name
			}
			if l.Where.Relation == "" && namedPersonBefore(text, found, l) {
				continue // "Abu Bakr al-Baghdadi … Baghdadi fled": the man, named again by his surname
			}
			if frontToward(text, l) {
				l.Where.Relation = "near" // "forces advanced toward Hatra": the front the strikes supported, not a destination
			}
			if l.End-l.Start <= 3 && l.Where.Precision != model.PlaceCountry && len(st.hints) > 0 && !slices.Contains(st.hints, l.Where.Country) {
				continue // a short name abroad, far from every country the report names
			}
			if k+1 < len(st.located) && strings.HasPrefix(lowerASCII(text[l.Start:l.End]), "the ") &&
				st.located[k+1].Start > l.End && st.located[k+1].Start-l.End <= 5 && strings.Contains(text[l.End:st.located[k+1].Start], "of") {
				continue
			}
			kept = append(kept, l)
		}
		st.located = baseCodeMentions(text, st.headlineTowns(kept, sents))
		placeFramed(st.located, sents)
		// The country where the places named lie weighs more than the
		// countries named as actors: "Israeli jets struck near Homs" is a
		// report about Syria, whose "military source" is Syrian.
		if len(st.located) > 0 {
			placeCounts := map[string]int{}
			for _, l := range st.located {
				if l.Where.Precision != model.PlaceCountry && l.Place.Country != "" {
					counts[l.Place.Country] += 2
					placeCounts[l.Place.Country]++
				}
			}
			pb := 0
			for iso, n := range placeCounts {
				if n > pb || n == pb && iso < st.placeCountry {
					pb, st.placeCountry = n, iso
				}
			}
			best := 0
			for iso, n := range counts {
				if n > best || (n == best && countryRank(iso) < countryRank(st.country)) {
					best, st.country = n, iso
				}
			}
		}
	}
	st.outletState = outletState(st.doc.Publisher, st.text)
	// Relative dates resolve against the document's own date, which ingest
	// takes from a header, page metadata or the report's dateline/byline.
	st.refTime = st.published
	postDays := st.postDays(sents)
	st.newestFirst = declaresNewestFirst(st.lowerText())
	for i, s := range sents {
		if st.skipped(s) {
			continue
		}
		if d, ok := postDays[i]; ok {
			st.lastDate = d // a thread's post, dated by its stamp line
		}
		if s.Para != st.para {
			st.para = s.Para
			st.paraPlace, st.headPlace = nil, nil
			st.paraSpan = model.When{}
			st.refTime = st.published // (a dated heading sets it for its paragraph)
			if !st.headRef.IsZero() {
				st.refTime, st.headRef = st.headRef, time.Time{}
			}
			st.paraCounts = carriedTolls(st.paraCounts)
			// An incident log entry runs over its labelled field lines.
			switch {
			case fields[i] != "" && !st.inEntry:
				st.inEntry, st.entryPlace, st.entryPerps = true, nil, nil
			case fields[i] == "" && st.inEntry:
				st.inEntry, st.entryPlace, st.entryPerps = false, nil, nil
			}
		}
		switch fields[i] {
		case "place":
			if st.plBuf = st.appendPlacesIn(st.plBuf[:0], s.Start, s.End, nil); len(st.plBuf) > 0 {
				w := pickPlace(st.text, st.plBuf)
				st.entryPlace, st.eventPlace = &w, &w // the prose after a form is about its place
			}
		case "perp":
			st.entryPerps = st.fieldActors(s)
			if len(st.entryPerps) > 0 {
				st.entryClaim(s)
			}
		}
		if st.interviewee != "" {
			st.noteQuestion(text[s.Start:s.End], s.Para)
		}
		f := flags[i]
		claimed := false
		var dates []timex.Mention
		var stmt statementMarks
		st.stmtDates = st.stmtDates[:0]
		if f&hitDate != 0 {
			dates = timex.FindWithAnchor(text[s.Start:s.End], st.refTime, st.lastDate)
			for k := range dates {
				dates[k].Start += s.Start
				dates[k].End += s.Start
			}
			dates = dropSpanStarts(text, dates)
			dateDaysAfter(text, dates) // "today, Thursday, a day after missiles fell": Wednesday's strike
			// "the summary for Wednesday, published on Thursday, ... that
			// day": "that day" is the event's day, not the statement's.
			prevEvent, prevStmt := st.lastDate, false
			for k := range dates {
				d := &dates[k]
				switch t := text[d.Start:d.End]; {
				case equalLowerASCII(t, "that day"), equalLowerASCII(t, "the same day"), equalLowerASCII(t, "same day"):
					if prevStmt && prevEvent.From != "" {
						d.When = prevEvent
					}
				}
				is := statementDate(text, *d)
				st.stmtDates = append(st.stmtDates, markedDate{d.Start, d.End, d.When.Precision == model.PrecisionDay, is})
				if stmt.mark(k, is) {
					prevStmt = true
				} else if d.When.From != "" {
					prevEvent, prevStmt = d.When, false
				}
			}
		}
		headed := false
		if len(dates) > 0 && opensParagraph(text, sents, i) {
			if w, ok := headingSpan(text, s, dates); ok {
				st.paraSpan = w
			}
			if t, ok := headingDate(text, s, dates); ok {
				st.refTime, headed = t, true // "Al-Qusayr, 21 August 2024.": its paragraph's weekdays
				if i+1 < len(sents) && sents[i+1].Para != s.Para {
					st.headRef = t // a heading on a line of its own dates the paragraph under it
				}
			}
		}
		if st.asideDate.From != "" && thatStrikeOpens(text[s.Start:s.End]) {
			st.lastDate = st.asideDate // "That attack, which IS claimed, killed two soldiers"
		}
		n0 := len(st.claims)
		ledeOpen, lastBefore := !st.placedOnce, st.lastDate
		var ledePlace *model.Where // sentence i's strike place, for a lede placed only at its dateline
		sentTown := ""             // sentence i's town, when it is not aside: the place its day dates
		if st.inEntry && fields[i] == "field" && st.fieldCounts(i, s) {
			// "Injured: at least 40" — a figure of the entry
		} else if f&(hitCue|hitDeny|hitHeader|hitSpeech) != 0 || (s.Start == 0 || text[s.Start-1] == '\n') && upperLabelOpens(text[s.Start:s.End]) ||
			st.recentClaim(i) && culpritCue(text[s.Start:s.End]) || anonOpens(text[s.Start:s.End]) {
			// (a transcript's "COL. GARRITY: No." names who speaks next)
			before := len(st.claims)
			st.sentence(i, s, f, dates)
			claimed = len(st.claims) > before
		}
		if st.official && condemnsAttack(text[s.Start:s.End]) {
			st.condemnedAt = append(st.condemnedAt, len(st.claims)-1)
		}
		// Carry the passage context.
		if st.plBuf = st.appendPlacesIn(st.plBuf[:0], s.Start, s.End, nil); len(st.plBuf) > 0 {
			w := pickPlace(st.text, st.plBuf)
			if st.headPlace != nil && !townNamed(st.text, st.plBuf) {
				w = *st.headPlace // "Baghdad's command" under a "SUSAH." heading
			}
			passage := st.passagePlace()
			aside := asideAll(st.text, st.plBuf, passage) || allLaunched(st.text, st.plBuf) // "Ankara's army", "died on the way to Erbil", "fired from the sea west of Latakia"
			if !claimed && countryAround(w, passage) {
				aside = true // "the head of its unit in Syria": the passage stays in Damascus
			}
			if passage != nil && passage.Lat == nil && passage.Name != "" && unnamedSiteBearing(st.text, st.plBuf, w) {
				aside = true // "in a valley north-west of Y": the site lies in the area told before, which stays the passage's
			}
			if !aside || passage == nil {
				st.paraPlace = &w
			}
			if !aside && (w.Precision == model.PlaceTown || w.Precision == model.PlacePoint) {
				sentTown = w.Name
			}
			if f&(hitCue|hitSpeech) == 0 && (i == 0 || sents[i-1].Para != s.Para) {
				// the paragraph's first sentence only, and a copy on the
				// heap only when it is a heading
				if h, ok := headingPlace(st.text, s, st.plBuf); ok {
					st.headPlace = &h
				}
			}
			if f&hitCue != 0 && !aside {
				st.cuePlace = &w
				ledePlace = &w
			}
		}
		// A short dated line is a byline, unless it heads an item by its
		// place ("2. Homs governorate - 7 December 2023").
		if len(dates) > 0 && (fields[i] == "date" || headed && len(st.plBuf) > 0 || !st.byline(s)) {
			resolved := false
			var aside model.When
			for k, d := range dates {
				if claimed && backdated(text[d.Start:d.End]) && claimDayAmong(st.claims, n0, dates) {
					continue // "revenge for the killing five days earlier": the strike told is dated by its own day
				}
				if claimed && rangeBound(text, d) && claimDayAmong(st.claims, n0, dates) && !sameDay(st.claims[len(st.claims)-1].When, d.When) {
					continue // "conducted an inquiry between 30 March and 20 May": not the strike's day
				}
				if participantDay(text, d) && !(claimed && sameDay(st.claims[len(st.claims)-1].When, d.When)) {
					aside = d.When
					continue // the strike's day stays the passage's: "After the strikes, helicopters ..."
				}
				if d.When.From != "" && !stmt.of(k, text, d) && !afterSince(text, d.Start) && !comparedDay(text, d) && !accordDay(text, d) && !inAnswerClause(text, d.Start) && !(!claimed && tallyDay(text, d)) && !thanDay(text, d) && !aftermathDay(st.lastDate, text, d) && !laterSpeechDay(f, s, d, text, st.lastDate) && (claimed || !backdated(text[d.Start:d.End]) && !(f&hitCue == 0 && reportDay(text[d.Start:d.End])) && !speechDay(f, s, d, text) && !pictureDay(text, d.Start) && !afterwardDay(f, st.lastDate, d, text[s.Start:s.End]) && !laterTallyDay(st.lastDate, d, text[s.Start:s.End]) && !(st.lastDate.From != "" && beganDay(text, d))) && !sinceBegan(text, d) {
					st.lastDate, resolved = d.When, true
					if strikeDay(text, d) {
						break // "Sunday night's strikes": the passage's day
					}
				}
			}
			// The story moved to a day nothing resolves: later sentences
			// must not inherit an older date.
			if !resolved && unresolvedDay(dates, s.Start, s.End) {
				st.lastDate = model.When{}
			}
			if resolved || aside.From != "" {
				st.asideDate = aside
			}
			if w, ok := claimedDay(st.claims, n0, dates, st.lastDate); ok && resolved {
				st.lastDate = w // the strike the sentence told of, not a background date after it
			}
			if resolved && sentTown != "" {
				st.placeDays = append(st.placeDays, placeDay{sentTown, st.lastDate})
			}
			if resolved && st.newestFirst && (claimed || f&hitCue != 0) {
				st.strikeDays = append(st.strikeDays, entryDay{i, s.Para, st.lastDate})
			}
		}
		if ledeOpen && ledePlace != nil && !st.inEntry && st.datelinePlace != nil { // (a wire's lede; a statement's opening may sum up many strikes)
			st.placeFiledLede(i, *ledePlace, len(dates) > 0 && st.lastDate != lastBefore)
		}
		if (claimed || f&hitCue != 0) && !anyDay(dates) {
			// (also "Two days after the rocket attack on the base,
			// questions remain": the strike's day, told in passing)
			if w, ok := openingDaysAfter(text[s.Start:s.End], st.refTime); ok {
				st.lastDate = w // the passage goes on with the strike "two days after" opened
			}
		}
	}
	st.dropOwnWhereAttacked()
	st.dropOwnWhereCondemned()
	st.ownStrikes()
	st.ownStatementsOfToldStrike()
	st.newestFirstDays()
	st.strikeDayOfStatements()
	st.sharesOfSameArea()
	st.reviseTolls() // corrected tolls (revision.go)
	st.areasPlacedEarlier()
	return st.claims
}

// placeDay is a town a sentence dated and the day it gave.
type placeDay struct {
	town string
	day  model.When
}

// dayOfTown is the day last given with town, when the passage's last day
// came with another town: "U.S. jets struck a site near Hillah early on
// Tuesday ... The strikes came hours after a drone hit Erbil on Monday ...
// The PMF said the strike killed two fighters near Hillah" dates the PMF's
// claim Tuesday.
func (st *docState) dayOfTown(town string) (model.When, bool) {
	n := len(st.placeDays)
	if n == 0 || st.placeDays[n-1].town == town || st.placeDays[n-1].day != st.lastDate {
		return model.When{}, false
	}
	for k := n - 2; k >= 0; k-- {
		if st.placeDays[k].town == town {
			return st.placeDays[k].day, st.placeDays[k].day.From != ""
		}
	}
	return model.When{}, false
}

// countryAround reports w the country that holds the passage's finer place
// p. A sentence that makes no claim names it in passing ("the head of
// the Guards' unit in Syria" after a strike in Damascus): the passage is
// still where it was.
func countryAround(w model.Where, p *model.Where) bool {
	return p != nil && w.Precision == model.PlaceCountry && p.Precision != model.PlaceCountry && p.Country != "" && w.Country == p.Country
}

// opensParagraph reports sentence i first in its paragraph, or first after
// the item's number ("2." before "Homs, 7 December 2023").
func opensParagraph(text string, sents []sentences.Sentence, i int) bool {
	if i == 0 || sents[i-1].Para != sents[i].Para {
		return true
	}
	p := sents[i-1]
	return (i == 1 || sents[i-2].Para != p.Para) && listNumber(text[p.Start:p.End])
}

// listNumber reports an item's number standing alone: "2." or "(3)".
func listNumber(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 2 || len(s) > 5 {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c != '.' && c != ')' && c != '(':
			return false
		}
	}
	return digits > 0
}

// speechDay reports a sentence, making no claim, that opens with a later
// day and reports what someone said then ("The next day, police said a gas
// cylinder had exploded"): the day of the speech, not of the strike the
// story tells, which later sentences keep.
func speechDay(f uint8, s sentences.Sentence, d timex.Mention, text string) bool {
	if f&hitSpeech == 0 || d.Start-s.Start > 4 {
		return false
	}
	lower := strings.ToLower(text[d.Start:d.End]) // (a short phrase)
	return strings.Contains(lower, "next") || strings.Contains(lower, "following") || strings.Contains(lower, "later")
}

// laterSpeechDay reports a transcript's line, a claim or not, that opens
// after its speaker label with a day later than the passage's and
// reports what someone said then ("PRESENTER: Yesterday the command said
// the rockets fell in open land"): the day of the speech, while the
// passage keeps its strike's day.
func laterSpeechDay(f uint8, s sentences.Sentence, d timex.Mention, text string, last model.When) bool {
	if f&hitSpeech == 0 || last.From == "" || d.When.From <= last.To || d.Start < s.Start || d.End > s.End {
		return false
	}
	sentence := text[s.Start:s.End]
	opening := s.End - len(afterLabel(sentence))
	if opening == s.Start || d.Start < opening || d.Start-opening > 4 {
		return false
	}
	// the speaker and its verb right after the day: not "May 4 - jets
	// strike a depot that the Pentagon says ..."
	return speechAhead(text[d.End:min(s.End, d.End+laterSpeechWindow)])
}

// laterSpeechWindow bounds the speaker's words between the opening day and
// the verb of speech ("Yesterday the Joint Operations Command in Baghdad said").
const laterSpeechWindow = 64

// afterwardDay reports a later day in a sentence that tells of no strike
// and makes no claim, but of a visit to the site, while the passage already
// has its strike's day ("Our researchers visited the site on 21
// September"): the day of what was done after the strike, which later
// sentences do not take.
func afterwardDay(f uint8, last model.When, d timex.Mention, sentence string) bool {
	if f&hitCue != 0 || last.From == "" || d.When.From <= last.To {
		return false
	}
	lower := strings.ToLower(sentence) // (rare: a dated sentence with no strike word and no claim)
	for _, v := range visitVerbs {
		if strings.Contains(lower, v) {
			return true
		}
	}
	return false
}

// laterTallyDay reports a later day in a sentence that makes no claim but
// tells of a toll counted after the strike, while the passage already has
// its strike's day ("On Saturday the ministry put the final toll at 89
// dead"): the day of the count, which later sentences do not take.
func laterTallyDay(last model.When, d timex.Mention, sentence string) bool {
	if last.From == "" || d.When.From <= last.To {
		return false
	}
	return containsAnyAfterSpace(sentence, tallyWords)
}

// aftermathDay reports a later day told of what followed the strike, the
// dead counted or recovered ("two of the wounded died in hospital and one
// body was recovered from the rubble on 16 January"): later sentences
// ("on the same afternoon") keep the strike's day.
func aftermathDay(last model.When, text string, d timex.Mention) bool {
	if last.From == "" || d.When.From <= last.To {
		return false
	}
	before := text[max(0, d.Start-aftermathWindow):d.Start]
	if i := strings.LastIndexAny(before, ".,;:!?\n"); i >= 0 {
		before = before[i+1:]
	}
	return containsAnyAfterSpace(before, aftermathWords)
}

// aftermathWindow bounds how far before its day an aftermath word stands.
const aftermathWindow = 64

// aftermathWords tell of the dead found, recovered or dying of their wounds
// (burns, injuries) after the strike, or of a figure given for them later
// ("gave 11 dead on Wednesday", "put the toll at 31 on Monday"). Each
// starts with a space (containsAnyAfterSpace).
var aftermathWords = newAfterSpaceWords(" recovered ", " retrieved ", " pulled from ", " exhumed ", " buried ", " succumbed ", " died of ", " died in hospital", " died in intensive care", " later died",
	" gave ", " put the toll", " put the death toll", " put its toll", " raised the toll", " raised its toll", " raised the death toll")

// visitVerbs tell of going to a site or its people after a strike.
var visitVerbs = [...]string{"visited ", "inspected ", "went to ", "travelled to ", "traveled to ", "returned to the site", "toured "}

// tallyWords tell of a toll counted after the strike ("On Saturday the
// ministry put the final toll at 89 dead"): the day of the count. Each
// starts with a space (containsAnyAfterSpace).
var tallyWords = newAfterSpaceWords(" toll ", " toll,", " tally ", " death count ")

// reportDays name the day of the report itself. In a sentence with no
// strike word and no claim ("But there is a new element tonight") it dates
// the telling, and the story's day goes on.
var reportDays = words("today", "tonight", "this evening", "this afternoon")

// reportDay reports a date mention that names the report's own day.
func reportDay(mention string) bool {
	return reportDays.has(strings.ToLower(mention))
}

// backdated reports a date counted back from the story's day ("three days
// earlier", "the day before", "the previous week"): in a sentence that makes
// no claim it dates some background ("weapons that had arrived three days
// earlier"), and the story's day goes on.
func backdated(mention string) bool {
	// (the tests of strings.ToLower(mention), without making it: see
	// containsLowerASCII)
	if len(mention) >= len(" week") && equalLowerASCII(mention[len(mention)-len(" week"):], " week") && containsLowerASCII(mention, " of ") {
		return false // "Thursday of the previous week": a calendar day, counted from the report's
	}
	for _, w := range [...]string{"earlier", "before", "previous", "prior"} {
		if containsLowerASCII(mention, w) {
			return true
		}
	}
	return false
}

// labelReach is how far upperLabelOpens reads for the label's colon.
const labelReach = 40

// upperLabelOpens reports a sentence opening with a capitalised speaker
// label, as transcripts write them: "Q:", "COL. GARRITY:", "MR. REAVES
// (Spokesman, ...):".
func upperLabelOpens(s string) bool {
	letters := 0
	for i := 0; i < len(s) && i < labelReach; i++ {
		switch c := s[i]; {
		case c == ':' || c == '(':
			return letters > 0
		case c >= 'a' && c <= 'z', c == '\n':
			return false
		case c >= 'A' && c <= 'Z':
			letters++
		}
	}
	return false
}

// countFlags counts the sentences flagged with f.
func countFlags(flags []uint8, f uint8) int {
	n := 0
	for _, g := range flags {
		if g&f != 0 {
			n++
		}
	}
	return n
}

// oneSpeaker is []string{sp} carved from a chunk kept by the report: most
// speaker phrases resolve to one speaker, and a slice each was about eleven
// allocations per report. The capacity is cut to one, so an append copies;
// a full chunk is left to the slices that hold it, never reused.
func (st *docState) oneSpeaker(sp string) []string {
	if len(st.speakerChunk) == cap(st.speakerChunk) {
		st.speakerChunk = make([]string, 0, 16)
	}
	st.speakerChunk = append(st.speakerChunk, sp)
	n := len(st.speakerChunk)
	return st.speakerChunk[n-1 : n : n]
}

// setByHead remembers the body last named by a head noun ("the Iraqi
// Defence Ministry" for "ministry").
func (st *docState) setByHead(head, speaker string) {
	if st.byHead == nil {
		st.byHead = make(map[string]string, 4)
	}
	st.byHead[head] = speaker
	st.notedEntry = nil // a later noteHeadWords of the same mention must write again
}

// setStateVoice remembers the last official body heard for actor.
func (st *docState) setStateVoice(actor, speaker string) {
	if st.stateVoice == nil {
		st.stateVoice = make(map[string]string, 2)
	}
	st.stateVoice[actor] = speaker
}

// recentClaim reports a claim made in the last two sentences before idx:
// the strike an elided verb phrase stands for.
func (st *docState) recentClaim(idx int) bool {
	return len(st.meta) > 0 && st.meta[len(st.meta)-1].sentence >= idx-2
}

// byline reports a short line that dates the report or a post, not an
// event ("Moon of Alabama, 24 April, 2018", "@OIRSpox - 15:02 UTC - 24 Apr 2018").
func (st *docState) byline(s sentences.Sentence) bool {
	t := st.text[s.Start:s.End]
	if strings.Contains(t, "UTC") || strings.Contains(t, "Verified account") {
		return true
	}
	if strings.IndexByte(t, '.') >= 0 || strings.IndexByte(t, '!') >= 0 || strings.IndexByte(t, '?') >= 0 {
		return false // (strings.ContainsAny, a byte at a time, would cost more)
	}
	words := 0
	for i := 0; i < len(t); i++ {
		if c := t[i]; (i == 0 || t[i-1] == ' ' || t[i-1] == '\n') && (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			words++
		}
	}
	return words < 7
}

// headlineTowns drops from located the villages the gazetteer does not know
// (framed: "the village of Helince") when the title names a town and not
// them, and the areas ("the Jallam area") when it names a town: a report
// headlined "drone kills two near Kobani" tells of its strike by that town,
// which the claim keeps (as its other reports will); one headlined by the
// village, or by no town, is about the village.
func (st *docState) headlineTowns(located []gazetteer.Located, sents []sentences.Sentence) []gazetteer.Located {
	if !slices.ContainsFunc(located, func(l gazetteer.Located) bool { return l.Framed }) {
		return located
	}
	title := st.doc.Title
	towns := titleTowns(title, st.titlePlaces())
	if towns == 0 {
		return located
	}
	bearing := titleBearingOnly(title, st.titlePlaces())
	var townSentences []bool
	if bearing {
		townSentences = sentencesNamingTitleTown(located, st.titlePlaces(), sents)
	}
	titleFamily := weaponFamily(title)
	return slices.DeleteFunc(located, func(l gazetteer.Located) bool {
		if !l.Framed {
			return false
		}
		named := strings.Contains(title, l.Where.Name[gazetteer.ArticleLen(l.Where.Name):])
		if !named && titleFamily != "" && otherWeapon(titleFamily, st.text, sentenceAround(sents, l.Start)) {
			return false // "warplanes pound X" over "artillery shelled the village of Y": a second strike
		}
		if bearing && !named && !townSentences[sentenceIndex(sents, l.Start)] {
			return false
		}
		// An area ("the Jallam area") is a town's surroundings even when
		// the title names it beside the town; but a title naming several
		// towns is a round-up of stories, and an area it names is one.
		return !named || l.Where.Precision == model.PlaceDistrict && towns == 1
	})
}

// weaponWords tell how a strike was delivered: from the air or by guns.
var weaponWords = map[string]string{
	"warplanes": "air", "warplane": "air", "jets": "air", "jet": "air", "aircraft": "air",
	"airstrike": "air", "airstrikes": "air", "air": "air", "drone": "air", "drones": "air",
	"helicopter": "air", "helicopters": "air", "bombed": "air",
	"artillery": "guns", "shelled": "guns", "shelling": "guns", "shells": "guns",
	"mortar": "guns", "mortars": "guns",
}

// weaponFamily returns "air" or "guns" when s tells its strike only one
// way, "" when it tells neither or both.
func weaponFamily(s string) string {
	family := ""
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		f := weaponWords[strings.ToLower(w)]
		switch {
		case f == "" || f == family:
		case family == "":
			family = f
		default:
			return ""
		}
	}
	return family
}

// otherWeapon reports a sentence that tells its strike delivered another
// way than the title's: a village shelled by artillery in a report
// headlined by warplanes pounding a town is a second strike, not the
// town's surroundings.
func otherWeapon(titleFamily, text string, s sentences.Sentence) bool {
	if s.End <= s.Start {
		return false
	}
	f := weaponFamily(text[s.Start:s.End])
	return f != "" && f != titleFamily
}

// titleBearingOnly reports a title that names its towns only as bearings
// ("fighters killed north of Baghdad"): the strike is somewhere out from
// the town, and the area the body names is nearer to it than the town.
func titleBearingOnly(title string, ls []gazetteer.Located) bool {
	seen := false
	for _, l := range ls {
		p := l.Where.Precision
		if l.Framed || p != model.PlaceTown && p != model.PlacePoint || asidePlace(title, l) {
			continue
		}
		if !bearingRelation(l.Where.Relation) {
			return false
		}
		seen = true
	}
	return seen
}

// bearingRelation reports a relation that is a compass bearing from a
// place ("north of", "12 km south-west of"), not a place itself.
func bearingRelation(rel string) bool {
	rest, ok := strings.CutSuffix(rel, " of")
	if !ok {
		return false
	}
	if i := strings.LastIndexByte(rest, ' '); i >= 0 {
		rest = rest[i+1:]
	}
	return compass.has(strings.ReplaceAll(rest, "-", ""))
}

// launchBearing reports a bearing that says where something came from:
// "fired from the sea west of Latakia", "launched from waters south of the
// port city of Tartus". The strike fell elsewhere.
func launchBearing(text string, l gazetteer.Located) bool {
	if l.Where.Relation != "" && !bearingRelation(l.Where.Relation) {
		return false
	}
	before := text[max(0, l.Start-64):l.Start]
	if !strings.Contains(before, "from ") {
		return false // (the common case, before the sentence's start is sought)
	}
	if i := strings.LastIndexAny(before, ".;\n"); i >= 0 {
		before = before[i+1:]
	}
	if !strings.Contains(before, "from ") {
		return false
	}
	fields := strings.Fields(before)
	for k := len(fields) - 2; k >= 1; k-- {
		if fields[k+1] != "of" || !compass.has(strings.ToLower(strings.ReplaceAll(fields[k], "-", ""))) {
			continue
		}
		for b := k - 1; b >= 0 && b >= k-3; b-- {
			if strings.EqualFold(fields[b], "from") {
				return true
			}
		}
		return false
	}
	return false
}

// allLaunched reports places that all say where the weapons came from
// ("fired from the sea west of Latakia"): they do not move the passage.
func allLaunched(text string, pl []gazetteer.Located) bool {
	for _, l := range pl {
		if !launchBearing(text, l) {
			return false
		}
	}
	return len(pl) > 0
}

// sentencesNamingTitleTown marks the sentences that name the title's town
// itself ("the village of Ayyash in the countryside of Deir Ezzor"): their
// villages lie by that town, which the claim keeps. Marked once for the
// document (one slot per sentence and one past the last, never marked), so
// that a long text of many villages does not walk every place per village.
func sentencesNamingTitleTown(located, title []gazetteer.Located, sents []sentences.Sentence) []bool {
	marked := make([]bool, len(sents)+1)
	for _, l := range located {
		if l.Framed || !slices.ContainsFunc(title, func(t gazetteer.Located) bool { return !t.Framed && t.Place.Name == l.Place.Name }) {
			continue
		}
		if i := sentenceIndex(sents, l.Start); i >= 0 && l.Start >= sents[i].Start && l.End <= sents[i].End {
			marked[i] = true
		}
	}
	return marked
}

// sentenceIndex is the index of the sentence sentenceAround gives for pos,
// or len(sents) when none ends after pos.
func sentenceIndex(sents []sentences.Sentence, pos int) int {
	return sort.Search(len(sents), func(i int) bool { return sents[i].End > pos })
}

// titlePlaces are the places the report's title names, located once for
// the rules that read them.
func (st *docState) titlePlaces() []gazetteer.Located {
	if !st.titleDone {
		st.titleDone = true
		if st.e.places != nil && st.doc.Title != "" {
			st.titleLs = st.e.places.Locate(st.doc.Title, st.hints)
		}
	}
	return st.titleLs
}

// titlePlace is the one town or point the report's title names, for a claim
// that names no place and follows none: a report headlined "Hasakah prison
// attack: ..." tells of Hasakah. A title naming several towns is a round-up
// and gives none.
func (st *docState) titlePlace() *model.Where {
	ls := st.titlePlaces()
	if titleTowns(st.doc.Title, ls) != 1 {
		return nil
	}
	for _, l := range ls {
		if p := l.Where.Precision; !l.Framed && (p == model.PlaceTown || p == model.PlacePoint) && !asidePlace(st.doc.Title, l) {
			return &l.Where
		}
	}
	return nil
}

// titleTowns counts the distinct towns and points a title names, not
// those standing for a government ("…, Baghdad protests").
func titleTowns(title string, ls []gazetteer.Located) int {
	var names []string
	for k, l := range ls {
		p := l.Where.Precision
		if k > 0 && bearingOfPrevious(title, ls[k-1], l) {
			continue // "Harir air base north-east of Erbil": where the base lies, not a second town
		}
		if !l.Framed && (p == model.PlaceTown || p == model.PlacePoint) && !slices.Contains(names, l.Place.Name) && !asidePlace(title, l) {
			names = append(names, l.Place.Name)
		}
	}
	return len(names)
}

// bearingOfPrevious reports l a bare bearing ("north-east of Erbil") right
// after the place prev: it tells where prev lies.
func bearingOfPrevious(text string, prev, l gazetteer.Located) bool {
	return bareBearing(l.Where.Relation) && prev.End <= l.Start && l.Start-prev.End <= 32 &&
		bareBearing(strings.ToLower(strings.TrimSpace(text[prev.End:l.Start])))
}

// placeFramed gives a framed place that nothing in its sentence locates
// ("an ISIS headquarters in the al-Hoz area") the coordinates of the last
// town its paragraph or the one before named ("near Ramadi, Iraq."), in its
// country if it names one, so that it links with that town's claims.
func placeFramed(located []gazetteer.Located, sents []sentences.Sentence) {
	for k := range located {
		l := &located[k]
		if !l.Framed || l.Where.Lat != nil {
			continue
		}
		para := paraAt(sents, l.Start)
		for j := k - 1; j >= 0 && paraAt(sents, located[j].Start) >= para-1; j-- {
			t := located[j]
			if !t.Framed && t.Where.Lat != nil && (t.Where.Precision == model.PlaceTown || t.Where.Precision == model.PlacePoint) &&
				(l.Where.Country == "" || l.Where.Country == t.Where.Country) {
				ll := [2]float64{*t.Where.Lat, *t.Where.Lon}
				l.Where.Lat, l.Where.Lon, l.Where.Country = &ll[0], &ll[1], t.Where.Country
				break
			}
		}
	}
}

// paraAt is the paragraph of the sentence holding byte pos.
// sentenceAround is the sentence holding pos (zero past the last).
func sentenceAround(sents []sentences.Sentence, pos int) sentences.Sentence {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > pos })
	if i == len(sents) {
		return sentences.Sentence{}
	}
	return sents[i]
}

func paraAt(sents []sentences.Sentence, pos int) int {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > pos })
	if i == len(sents) {
		return -1
	}
	return sents[i].Para
}

// passagePlace is the strike place the passage gave before the current
// sentence, the fallback of a claim that names none: the paragraph's, the
// log entry's, the last claim's or the last strike sentence's.
func (st *docState) passagePlace() *model.Where {
	switch {
	case st.paraPlace != nil && !(st.eventPlace != nil && originWords.has(st.paraPlace.Relation)):
		return st.paraPlace
	case st.inEntry && st.entryPlace != nil:
		return st.entryPlace
	case st.eventPlace != nil:
		return st.eventPlace
	}
	return st.cuePlace
}

// placesIn returns the located places inside [start, end), leaving out the
// ranges in excl (speaker phrases: "the Ministry of Defense in Baghdad").
func (st *docState) placesIn(start, end int, excl [][2]int) []gazetteer.Located {
	return st.appendPlacesIn(nil, start, end, excl)
}

// appendPlacesIn appends the places of placesIn to out.
func (st *docState) appendPlacesIn(out []gazetteer.Located, start, end int, excl [][2]int) []gazetteer.Located {
	lo := sort.Search(len(st.located), func(i int) bool { return st.located[i].Start >= start })
	hi := lo
	for hi < len(st.located) && st.located[hi].End <= end {
		hi++
	}
	for k := lo; k < hi; k++ {
		l := st.located[k]
		// A country named as an actor is no place: "the United States
		// refused", "Iraq's military"; "in Iraq" is.
		if l.Where.Precision == model.PlaceCountry && (!countryLocatives.has(prevWordOf(st.text, l.Start)) || possessive(st.text, l.End) || modifier(st.text, l.End) || bodyOf(st.text, l.Start)) {
			continue
		}
		if outletName(st.text, l.End) || bodyName(st.text, l.End) {
			continue // "told Al-Bayda Post": the outlet's town is not the strike's
		}
		if nativeOf(st.text, l.Start) {
			continue // "a commander, a native of Tajikistan": where a person comes from
		}
		// "Families who escaped Tal Afar said": the town they fled is the
		// strike's, though it stands in the speaker phrase.
		inside := false
		for _, x := range excl {
			if l.Start >= x[0] && l.End <= x[1] && !fledWords.has(prevWordOf(st.text, l.Start)) {
				inside = true
				break
			}
		}
		if !inside {
			if len(out) == cap(out) {
				out = slices.Grow(out, hi-k) // sized once
			}
			out = append(out, l)
		}
	}
	return out
}

// bodyOf reports a name closing an institution's: "the Government of
// Syria", "the Ministry of Defence of Russia". A country so named is an
// actor, not a place.
func bodyOf(text string, start int) bool {
	if !prevWordIs(text, start, "of") {
		return false
	}
	before := strings.TrimRight(text[:start], " ")
	return bodyTails.has(prevWordOf(text, len(before)-len("of")))
}

// bodyTails end an institution's name before "of" and its country.
var bodyTails = words("government", "governments", "ministry", "authorities", "president", "army", "forces", "parliament", "embassy", "defence", "defense")

// nativeOf reports a place named as a person's origin: "a native of X",
// "a citizen of X", "a national of X".
func nativeOf(text string, start int) bool {
	if !prevWordIs(text, start, "of") {
		return false
	}
	before := strings.TrimRight(text[:start], " ")
	return originNouns.hasFold(prevWordCut(text, len(before)-len("of")))
}

// originNouns before "of" name a person by where they come from.
var originNouns = words("native", "natives", "citizen", "citizens", "national", "nationals")

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

// givenName reports a place name followed by the particle of an Arabic
// surname ("Hamid al-Shatri", "Hassan bin Ali"): the name is a person's.
func givenName(text string, end int) bool {
	rest := text[end:min(len(text), end+5)]
	return strings.HasPrefix(rest, " al-") || strings.HasPrefix(rest, " bin ") || strings.HasPrefix(rest, " ibn ")
}

// familyName reports a place name after a capitalised given name and
// before an appositive that says what the person is ("John Pratt, a
// spokesman for the council", "Maria Denton, deputy director of"): the
// name is a person's.
func familyName(text string, start, end int) bool {
	if end >= len(text) || text[end] != ',' {
		return false
	}
	prev := prevWordOf(text, start) // lower case
	if len(prev) < 2 || start < len(prev)+1 || text[start-1] != ' ' || nonNameCapitals.has(prev) {
		return false
	}
	if c := text[start-1-len(prev)]; c < 'A' || c > 'Z' {
		return false
	}
	next := nextWordOf(text, end+1)
	if seatArticles.has(lowerASCII(next)) {
		k := strings.Index(text[end+1:], next) + end + 1 + len(next)
		next = nextWordOf(text, k)
	}
	return appositiveRoles.has(lowerASCII(next))
}

// basedAside reports a place in an appositive telling where a body is
// based (", based at X", ", based in X"): its seat, not a strike's place.
func basedAside(text string, start int) bool {
	w := prevWordOf(text, start)
	if w != "at" && w != "in" {
		return false
	}
	p := spacesBefore(text, start) - len(w)
	if prevWordOf(text, p) != "based" {
		return false
	}
	p = spacesBefore(text, spacesBefore(text, p)-len("based"))
	return p > 0 && text[p-1] == ','
}

// streetName reports a place name that names a street or a square, a
// capitalised street word right after it ("Haifa Street", "Palestine
// Square"): a place inside the town the report tells of, not the town
// the gazetteer knows by that name.
func streetName(text string, end int) bool {
	if end >= len(text) || text[end] != ' ' {
		return false
	}
	e := end + 1
	for e < len(text) && isASCIILetter(text[e]) {
		e++
	}
	return streetHeads.has(text[end+1 : e])
}

// streetHeads, capitalised, make the name before them a street's.
var streetHeads = words("Street", "Road", "Avenue", "Square", "Boulevard")

// namedPersonBefore reports a place written without a relation whose
// name the text used before as the last word of a person's name, where
// no place was found ("Abu Bakr al-Baghdadi … Baghdadi fled into a
// tunnel"): the person, named again by his surname.
func namedPersonBefore(text string, cover coverIndex, l gazetteer.Located) bool {
	name := text[l.Start:l.End]
	name = name[gazetteer.ArticleLen(name):]
	if len(name) < 4 || strings.IndexByte(name, ' ') >= 0 || placeNounAfter(text, l.End) {
		return false // "the al-Azim district": the place, whatever name came before
	}
	// Only a window before the place is searched, so that a long text of
	// many places stays linear: a surname is named again within a report.
	for from := max(0, l.Start-surnameWindow); from < l.Start; {
		k := strings.Index(text[from:l.Start], name)
		if k < 0 {
			return false
		}
		at := from + k
		from = at + len(name)
		if from < len(text) && isASCIILetter(text[from]) || !surnameAt(text, at) || cover.covers(at, from) {
			continue
		}
		if !placeNounAfter(text, from) {
			return true
		}
	}
	return false
}

// surnameWindow is how far before a place namedPersonBefore looks for the
// same name as a surname, in bytes: a long report's length.
const surnameWindow = 16 << 10

// placeNounAfter reports a noun of places right after pos: "X district",
// "X area", which make the name before it a place's.
func placeNounAfter(text string, pos int) bool {
	n := lowerASCII(nextWordOf(text, pos))
	return namingPlaceNouns.has(n)
}

// namingPlaceNouns make the name before them a place's: placeNouns and
// the larger or special areas ("the al-Azim desert", "X air base").
var namingPlaceNouns = words(append([]string{"areas", "province", "governorate", "base", "airport", "desert", "valley", "quarter"}, placeNouns.list...)...)

// surnameAt reports a name at pos written as a surname: after an article
// joined to it and a capitalised given name ("Bakr al-Baghdadi").
func surnameAt(text string, pos int) bool {
	if pos < 4 || text[pos-1] != '-' {
		return false
	}
	a := pos - 1
	for a > 0 && isASCIILetter(text[a-1]) {
		a--
	}
	if gazetteer.ArticleLen(text[a:pos]) != pos-a || a < 2 || text[a-1] != ' ' {
		return false
	}
	prev := prevWordCut(text, a)
	return len(prev) >= 2 && prev[0] >= 'A' && prev[0] <= 'Z' && !nonNameCapitals.has(lowerASCII(prev))
}

// nonNameCapitals are capitalised words before a town that are not given
// names: "In Kirkuk, a police officer said".
var nonNameCapitals = words("in", "at", "near", "from", "to", "of", "on", "by", "outside", "inside", "around",
	"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater", "old", "new")

// appositiveRoles open the appositive after a person's name: "a spokesman
// for", "deputy director of".
var appositiveRoles = words("spokesman", "spokeswoman", "spokesperson", "official", "senior", "deputy",
	"director", "minister", "adviser", "advisor", "analyst", "researcher", "professor", "commander",
	"chief", "head", "correspondent", "reporter", "journalist", "lawyer", "doctor", "surgeon", "former", "retired")

// isDateline reports a place opening a wire story's dateline: upper case
// ("BAGHDAD (APA) -", "KIRKUK, Iraq (CNS) -", "STUTTGART, Germany -",
// "BEIRUT/WASHINGTON (Reuters) -"), or in any case when a dash closes the
// dateline within a few words ("Beirut (AEP) -", "Amsterdam, 9 October
// 2017 -", "(Beirut) –"). Where the story was filed is not where it
// happened.
func isDateline(text string, start, end int) bool {
	name := text[start:end]
	lineStart := start == 0 || text[start-1] == '\n'
	if !lineStart && start > 0 && (text[start-1] == '/' || text[start-1] == '(') {
		// the second city of "BEIRUT/WASHINGTON (Reuters) -", or "(Beirut) –"
		ls := lineStartWithin(text, start, 30)
		lineStart = ls >= 0 && (text[start-1] == '(' && start-1 == ls ||
			text[start-1] == '/' && strings.ToUpper(text[ls:start]) == text[ls:start])
	}
	if !lineStart || len(name) < 3 || strings.ToLower(name) == name {
		return false
	}
	rest := text[end:min(len(text), end+40)]
	if strings.ToUpper(name) == name {
		// "ZUMMAR CAMP - ": one more upper-case word may close the place
		if n := upperWordLen(rest); n > 0 {
			rest = rest[n:]
		}
		for _, mark := range []string{" (", " -", " —", " –", ",", "/"} {
			if strings.HasPrefix(rest, mark) {
				return true
			}
		}
	}
	return datelineDash(rest)
}

// outletName reports a place name followed by the word that closes an
// outlet's name (outletWords): "told Al-Bayda Post", "the Kurdistan Wire",
// or a command's (commandWords): "the Nineveh Operations Command". The town
// in such a name is the outlet's or the command's, not the strike's.
func outletName(text string, end int) bool {
	if end+1 >= len(text) || text[end] != ' ' || text[end+1] < 'A' || text[end+1] > 'Z' {
		return false
	}
	e := end + 1
	for e < len(text) && (text[e] >= 'a' && text[e] <= 'z' || text[e] >= 'A' && text[e] <= 'Z') {
		e++
	}
	w := lowerASCII(text[end+1 : e])
	return outletWords.has(w) || commandWords.has(w)
}

// bodyNameHeads close the name of a public body called after its area:
// "the Kharkiv Regional Military Administration", "the Basra Provincial
// Council", "the Nineveh Health Directorate".
var bodyNameHeads = words("administration", "council", "directorate", "command", "authority", "prosecutor")

// bodyName reports a place name followed by up to three capitalised words
// that close a body's name (bodyNameHeads): the town is the body's seat or
// area, not where the strike was.
func bodyName(text string, end int) bool {
	e := end
	for n := 0; n < 3; n++ {
		if e+1 >= len(text) || text[e] != ' ' || text[e+1] < 'A' || text[e+1] > 'Z' {
			return false
		}
		w := e + 1
		for e = w; e < len(text) && (text[e] >= 'a' && text[e] <= 'z' || text[e] >= 'A' && text[e] <= 'Z' || text[e] == '\''); e++ {
		}
		if bodyNameHeads.has(lowerASCII(text[w:e])) {
			return true
		}
	}
	return false
}

// datelineCountry reports a country naming where a wire story was filed:
// "BAGHDAD, Iraq - A drone struck", "Erbil, Iraq (Wire) -". The country
// belongs to the dateline; it neither struck nor speaks.
func datelineCountry(text string, start, end int) bool {
	ls := lineStartWithin(text, start, 40)
	if ls < 0 {
		return false // the dateline's city is short: a longer line is prose
	}
	prefix := text[ls:start]
	if len(prefix) < 5 || !strings.HasSuffix(prefix, ", ") || prefix[0] < 'A' || prefix[0] > 'Z' ||
		strings.ContainsAny(prefix[:len(prefix)-2], ",.!?\"") {
		return false
	}
	for _, w := range strings.Fields(prefix[:len(prefix)-2]) {
		if (w[0] < 'A' || w[0] > 'Z') && !strings.Contains(w, "-") {
			return false // "The strike, Iraq ...": a place name is capitalised ("Deir ez-Zor")
		}
	}
	return datelineDash(text[end:min(len(text), end+40)])
}

// lineStartWithin is the start of the line holding pos when it lies at
// most maxLen bytes before pos, or -1: the look-back stops there, so that a
// rule asking it for every name of a long text without line breaks does
// not read the whole text before each name.
func lineStartWithin(text string, pos, maxLen int) int {
	from := max(0, pos-maxLen-1)
	if k := strings.LastIndexByte(text[from:pos], '\n'); k >= 0 {
		return from + k + 1
	}
	if pos <= maxLen {
		return 0
	}
	return -1
}

// upperWordLen is the length of " WORD" (a space, then two upper-case
// letters or more) at the start of s, or 0.
func upperWordLen(s string) int {
	if len(s) < 3 || s[0] != ' ' {
		return 0
	}
	n := 1
	for n < len(s) && s[n] >= 'A' && s[n] <= 'Z' {
		n++
	}
	if n < 3 {
		return 0
	}
	return n
}

// datelineDash reports a dateline's closing dash right after its place or
// after the agency or date that follow it: "(AEP) - ", ", 9 October 2017 -
// ", ") – ", with no sentence end before it.
func datelineDash(rest string) bool {
	opens := false
	for _, p := range []string{" (", ")", ",", " - ", " – ", " — "} {
		opens = opens || strings.HasPrefix(rest, p)
	}
	if !opens {
		return false // "Mosul was shelled again - residents said - ..."
	}
	for _, dash := range []string{" - ", " – ", " — "} {
		if i := strings.Index(rest, dash); i >= 0 && i <= 30 && !strings.ContainsAny(rest[:i], ".!?\"") {
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
var countryLocatives = words("in", "inside", "across", "throughout", "into", "near", "over", "within", "of")

// fledWords name, inside a speaker phrase, the town the speakers fled.
var fledWords = words("fled", "escaped", "fleeing", "escaping")

// frontToward reports a place that an offensive's movement is toward
// ("troops advanced toward Hatra", "the push towards Raqqa"): the front
// line, where the strikes supporting it fell, unlike the destination of
// a target hit on its way ("a convoy heading toward X").
func frontToward(text string, l gazetteer.Located) bool {
	if r := l.Where.Relation; r != "toward" && r != "towards" {
		return false
	}
	e := spacesBefore(text, l.Start)
	w := prevWordOf(text, l.Start)
	if w != "toward" && w != "towards" {
		return false // "toward the town of X": the frame's words stand between
	}
	return offensiveMoves.has(prevWordOf(text, e-len(w)))
}

// offensiveMoves are an offensive's movement words before "toward".
var offensiveMoves = words("advance", "advanced", "advances", "advancing", "push", "pushed", "pushes", "pushing",
	"march", "marched", "marching", "offensive", "drive", "drove", "driving")

// originWords before a place make it where something came from, not where
// it was hit ("a convoy fleeing Fallujah").
var originWords = words("fleeing", "from", "fled", "leaving", "left", "evacuated", "to", "toward", "towards")

// prevWordPastOwner is the word before start, past a possessive name that
// owns the place: "from" in "crossed from Iraq's Anbar province".
func prevWordPastOwner(text string, start int) string {
	b := strings.TrimSuffix(text[:start], " ")
	switch {
	case strings.HasSuffix(b, "'s"):
		b = b[:len(b)-len("'s")]
	case strings.HasSuffix(b, "’s"):
		b = b[:len(b)-len("’s")]
	default:
		return prevWordOf(text, start)
	}
	k := len(b)
	for k > 0 && isASCIILetter(b[k-1]) {
		k--
	}
	if k == len(b) || b[k] < 'A' || b[k] > 'Z' {
		return prevWordOf(text, start)
	}
	return prevWordOf(text, k)
}

// originLed reports a place named after a word of origin or destination
// (originWords), read past an article, a frame naming the kind of place and
// "the direction of": "on the road to the town of Jarabulus", "missiles
// fired from the direction of the occupied Golan Heights". "close to" and
// "next to" say where the strike was, not where anything went.
func originLed(text string, start int) bool {
	pos := pastTheArticle(text, start)
	pos = pastPlaceFrame(text, pos)
	w := prevWordPastOwner(text, pos)
	if !originWords.has(w) {
		return false
	}
	if w == "to" {
		to := spacesBefore(text, pos) - len("to")
		return !nearnessWords.has(prevWordOf(text, to))
	}
	return true
}

// pastTheArticle returns start moved back over "the" and perhaps one
// lower-case word between it and the name ("the occupied Golan Heights").
func pastTheArticle(text string, start int) int {
	if prevWordIs(text, start, "the") {
		return spacesBefore(text, start) - len("the")
	}
	adj := prevWordCut(text, start)
	if adj == "" || adj[0] < 'a' || adj[0] > 'z' {
		return start
	}
	at := spacesBefore(text, start) - len(adj)
	if !prevWordIs(text, at, "the") {
		return start
	}
	return spacesBefore(text, at) - len("the")
}

// nearnessWords before "to" make it a place's neighbourhood: "close to".
var nearnessWords = words("close", "next", "adjacent", "near", "nearer", "closer")

// pastPlaceFrame returns start moved back over a frame naming the kind of
// place before a known town ("the town of ", "the village of ") or the
// direction to it ("the direction of "), so that the word before the frame
// is read: "on the road to the town of Amuda" leads to the town, it does
// not place the strike there.
func pastPlaceFrame(text string, start int) int {
	// Frames nest: "from the area of the settlement of Muazzara".
	for range 2 {
		next := pastOnePlaceFrame(text, start)
		if next == start {
			break
		}
		start = next
	}
	return start
}

// pastOnePlaceFrame returns start moved back over one frame ("the town of ").
func pastOnePlaceFrame(text string, start int) int {
	if !prevWordIs(text, start, "of") {
		return start
	}
	of := spacesBefore(text, start) - len("of")
	kind := prevWordCut(text, of)
	if !frameKinds.has(lowerASCII(kind)) {
		return start
	}
	at := spacesBefore(text, of) - len(kind)
	if !prevWordIs(text, at, "the") {
		return start
	}
	return spacesBefore(text, at) - len("the")
}

// frameKinds name the kind of place in "the town of X", or the way to it.
var frameKinds = words("town", "village", "city", "hamlet", "settlement", "area", "direction")

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
	rank := func(k int) int {
		l := pl[k]
		r := 0
		if k > 0 && locatesPrevious(text, pl[k-1], l) || l.Locates {
			r++ // "near al-Kiswah, south of Damascus": Damascus only locates al-Kiswah
		}
		if k+1 < len(pl) && areaPlacedByNext(text, l, pl[k+1]) {
			r++ // "in the Tharthar desert, north of Karmah": the town
		}
		if k > 0 && bearsFromAfterFramed(text, pl[:k], l) {
			r += 2 // "in Mutaibija, a rugged area of orchards …, west of the al-Azim district": the area, even unplaced, not the town it lies by
		}
		if k > 0 && betweenSecond(text, pl[k-1], l) {
			r++ // "the road between al-Qaim and Akashat": the first town
		}
		if l.Framed && l.Where.Lat == nil {
			r++ // "the Gara region", placed by nothing: after a known town
		}
		if k > 0 && listFollower(text, pl[k-1], l) {
			r++ // "in the Amude, Qamishli, Derik and Tal Tamr regions": the list's first town
		}
		if l.Region || k > 0 && districtOfPrevious(text, pl[k-1], l) {
			r++ // "near Boni, in the Mopti region", "near Barawe, Lower Shabelle region": the town
		}
		switch l.Where.Precision {
		case model.PlaceCountry:
			r += 4
		case model.PlaceProvince:
			r += 2
		}
		if l.Where.Relation == "" {
			if originLed(text, l.Start) {
				r += 3
			}
		} else if launchBearing(text, l) || launchedFrom(text, l) || firedFromPositions(text, l) {
			r += 3 // "fired from the sea west of Latakia", "launched missiles from Kermanshah", "fire from army positions near X": where the missiles came from
		}
		if cue >= 0 && l.End < cue && asideBefore(text, l.End, cue) {
			r++ // "French warplanes, avenging the massacre in Paris, bombed Raqqa": an aside's town
		}
		if careListed(text, pl, k) {
			r += 3 // "exploded in al-Rai …, after a wounded man died in a hospital in Kilis": where the wounded went
		}
		if seatOfBody(text, l) || actingTown(text, l) {
			r += 5 // below even a country: "what Baghdad's Joint Operations Command called", "Tehran bore responsibility": a body, not where the strike fell
		}
		return r
	}
	best := 0
	for k := 1; k < len(pl); k++ {
		if r, rb := rank(k), rank(best); r < rb || r == rb && dist(pl[k]) < dist(pl[best]) {
			best = k
		}
	}
	return pl[best].Where
}

// bearsFromAfterFramed reports l a place written with a compass bearing
// and no distance ("west of Y") after a name read from its frame
// earlier in the same clause, past an appositive comma: "in Mutaibija, a
// rugged area of orchards and dry valleys on the boundary between two
// provinces, west of the al-Azim district". The bearing says where the
// unknown place lies, so Y only locates it, however long the appositive
// (anchorAfter stops at a short window).
func bearsFromAfterFramed(text string, before []gazetteer.Located, l gazetteer.Located) bool {
	if !bareBearing(l.Where.Relation) {
		return false // ("X, some ten kilometres north of Y": Y, moved by the distance, is X's best position)
	}
	for _, p := range slices.Backward(before) {
		if !p.Framed {
			continue
		}
		gap := text[p.End:l.Start]
		return strings.HasPrefix(gap, ",") && !strings.ContainsAny(gap, ".;:!?\"()\n")
	}
	return false
}

// bareBearing reports a relation that bears from a place with no
// distance: "west of", "north-north-east of" (not "80 kilometres
// south-west of", whose distance moves the place).
func bareBearing(rel string) bool {
	if !strings.HasSuffix(rel, " of") || strings.ContainsAny(rel, "0123456789") {
		return false
	}
	w := rel[:len(rel)-len(" of")]
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	}
	return compassWords.has(strings.ReplaceAll(w, "-", ""))
}

// compassWords are the directions of bareBearing, hyphens dropped.
var compassWords = words("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
	"northnortheast", "eastnortheast", "eastsoutheast", "southsoutheast", "southsouthwest", "westsouthwest",
	"westnorthwest", "northnorthwest")

// listFollower reports l a later member of a list of places joined by ", "
// and " and ": a report sums up many strikes by the first it names, not by
// the one nearest its verb.
func listFollower(text string, prev, l gazetteer.Located) bool {
	if prev.End > l.Start {
		return false
	}
	switch text[prev.End:l.Start] {
	case ", ", " and ", ", and ":
		return true
	}
	return false
}

// betweenSecond reports the second town of "between X and Y": a road or a
// stretch between two towns is placed by the first, as reports and their
// readers do ("the road between al-Qaim and Akashat", "clashes between
// Jalawla and Saadiya").
func betweenSecond(text string, prev, l gazetteer.Located) bool {
	if prev.End > l.Start || text[prev.End:l.Start] != " and " {
		return false
	}
	return afterBetween(text, prev)
}

// afterBetween reports a place named right after "between": the first end
// of a stretch ("the road between al-Qaim and Akashat").
func afterBetween(text string, l gazetteer.Located) bool {
	return strings.HasSuffix(text[max(0, l.Start-len("between ")):l.Start], "between ")
}

// districtOfPrevious reports a district named right after a town and a
// comma ("near Barawe, Lower Shabelle region"): it only says where the town
// lies.
func districtOfPrevious(text string, prev, l gazetteer.Located) bool {
	if l.Where.Precision != model.PlaceDistrict || prev.End > l.Start || l.Start-prev.End > 3 {
		return false
	}
	p := prev.Where.Precision
	return (p == model.PlaceTown || p == model.PlacePoint) && strings.TrimSpace(text[prev.End:l.Start]) == ","
}

// asideBefore reports a place that closes a comma aside ending just before
// the strike word at cue: "…, in their revenge for the massacre in Paris,
// bombed …".
func asideBefore(text string, end, cue int) bool {
	gap := strings.TrimSpace(text[end:cue])
	return gap == "," && strings.Contains(text[max(0, end-80):end], ", ")
}

// seatOfBody reports a town named as the seat of the body that speaks or
// acts ("Baghdad's Joint Operations Command", "Kabul's health ministry"):
// the body's home, not where the strike fell.
func seatOfBody(text string, l gazetteer.Located) bool {
	if l.Where.Relation == "in" {
		at, body := wordBeforeIn(text, l.Start)
		return seatNouns.has(body) && !siteOfAttack(text, at) // "the foreign ministry in Baghdad summoned"
	}
	if l.Where.Relation != "" {
		return false
	}
	if !possessive(text, l.End) {
		return l.End < len(text) && text[l.End] == ' ' && attributiveSeat(text, l)
	}
	return bodyHeads.has(lowerASCII(nextWordOf(text, l.End)))
}

// attributiveSeat reports a town used as an adjective before a noun of
// speech or a spokesman, after an article: "a White House claim", "a
// Kremlin statement", "a Baghdad official". What is said there is the
// body's word, not where the strike fell.
func attributiveSeat(text string, l gazetteer.Located) bool {
	if !seatArticles.has(lowerASCII(prevWordOf(text, l.Start))) {
		return false
	}
	return attributiveBodyNouns.has(lowerASCII(nextWordOf(text, l.End)))
}

// seatArticles open a noun phrase whose adjective is a town: "a Kremlin
// statement", "the Baghdad government".
var seatArticles = words("a", "an", "the")

// attributiveBodyNouns follow a town used as an adjective for its
// government: words said, and those who say them. Bodies that act where
// they are ("the Mosul police") are left out: they are often where the
// strike fell.
var attributiveBodyNouns = words("claim", "claims", "statement", "statements", "account", "version",
	"denial", "denials", "accusation", "accusations", "assertion", "announcement", "official", "officials",
	"spokesman", "spokeswoman", "spokesperson", "government", "administration", "ministry",
	"provincial", "council", // "a member of the Babil provincial council said"
	"channel", "newspaper", "daily", "broadcaster", "website") // "he told a Baghdad channel": the outlet's home

// siteOfAttack reports an institution's name, ending before pos, that a
// preposition of place or a verb of striking governs: "the bombing outside
// the interior ministry in Ankara", "rockets hit the embassy in Baghdad".
// The building is where the attack fell, not a body that acts.
func siteOfAttack(text string, pos int) bool {
	before := text[max(0, pos-48):pos]
	if i := strings.LastIndexAny(before, ".,;:!?\n\""); i >= 0 {
		before = before[i+1:]
	}
	fields := strings.Fields(before)
	for k := len(fields) - 2; k >= 1 && k >= len(fields)-4; k-- {
		if !seatArticles.has(lowerASCII(fields[k])) {
			continue
		}
		w := lowerASCII(fields[k-1])
		if w == "of" && k >= 2 {
			w = lowerASCII(fields[k-2]) // "in front of the ministry"
		}
		return sitePrepositions.has(w) || answeringVerbs.has(w)
	}
	return false
}

// sitePrepositions before an institution's name make its building a place:
// "outside the ministry", "near the embassy".
var sitePrepositions = words("outside", "at", "near", "inside", "into", "behind", "beside", "opposite", "front")

// seatNouns before "in <town>" name an institution seated there: "the
// foreign ministry in Baghdad", "the government in Damascus", "the Joint
// Operations Command in Baghdad said".
var seatNouns = words("ministry", "government", "embassy", "presidency", "parliament", "command")

// asidePlace reports a place named for something other than where the
// strike fell: a body's seat, a town standing for its government, where the
// wounded or the fleeing went ("died on the way to Erbil", "were taken to a
// hospital in Kharkiv").
func asidePlace(text string, l gazetteer.Located) bool {
	return seatOfBody(text, l) || actingTown(text, l) || destinationPlace(text, l) || burialPlace(text, l) || diplomatBefore(text, l.Start) || outsideCountry(l)
}

// burialPlace reports a town the dead were buried or mourned in, not where
// they were hit: "buried in Amuda", "the funeral of his two comrades was
// held in Najaf" (not "a strike on a funeral in X": the funeral is what
// was hit).
func burialPlace(text string, l gazetteer.Located) bool {
	if l.Where.Relation != "in" || !prevWordIs(text, l.Start, "in") {
		return false
	}
	var buf [8]string
	fields := lastFields(text[max(0, l.Start-64):l.Start], buf[:0]) // last first; fields[0] is "in"
	if len(fields) < 2 {
		return false
	}
	switch strings.ToLower(fields[1]) {
	case "buried", "laid":
		return true
	case "held":
		for _, f := range fields[2:] {
			if funeralNouns.hasFold(strings.TrimRight(f, ",")) {
				return true
			}
		}
	}
	return false
}

// funeralNouns name the rites held for the dead.
var funeralNouns = words("funeral", "funerals", "burial", "burials", "wake", "mourning")

// outsideCountry reports a country named as what lies beyond it
// ("networks outside of Iraq and Syria"): everywhere else, not a place a
// strike fell ("outside Mosul", a town's edge, is one).
func outsideCountry(l gazetteer.Located) bool {
	return l.Where.Relation == "outside" && l.Where.Precision == model.PlaceCountry
}

// asideAll reports places all named aside (asidePlace). With ref, the
// passage's strike place, a person's home in another country is aside too:
// "the house belonged to an emigrant living in Australia".
func asideAll(text string, pl []gazetteer.Located, ref *model.Where) bool {
	for k, l := range pl {
		abroadHome := ref != nil && (ref.Country == "" || l.Where.Country != ref.Country) && residencePlace(text, l)
		abroadVenue := ref != nil && ref.Country != "" && l.Where.Country != ref.Country && openingSpeechVenue(text, l)
		if !abroadHome && !abroadVenue && !asidePlace(text, l) && !backToAside(text, pl[:k], l) && !careListed(text, pl, k) {
			return false
		}
	}
	return len(pl) > 0
}

// openingSpeechVenue reports a town that opens its sentence as where the
// speaker was, before the clause of speech: "In Washington, a Pentagon
// spokesman said ...". Read with the passage's country (asideAll): a town
// abroad so named is the speaker's, while "In Mosul, residents said" at
// home may be the strike's.
func openingSpeechVenue(text string, l gazetteer.Located) bool {
	if l.Where.Relation != "in" || l.End >= len(text) || text[l.End] != ',' {
		return false
	}
	lead := strings.TrimRight(text[max(0, l.Start-4):l.Start], " ")
	if !strings.HasSuffix(lead, "In") || !opensSentence(text, l.Start-len("In ")) {
		return false
	}
	return speechAhead(text[l.End:min(len(text), l.End+clockSpeechWindow)])
}

// backToAside reports l an anaphor ("the city", "the town") the gazetteer
// took back to a place named aside before it in the sentence: "Damascus
// says missiles hit the port, coming in from the sea west of the city"
// speaks of the struck city, not of the capital speaking.
func backToAside(text string, before []gazetteer.Located, l gazetteer.Located) bool {
	if t := text[l.Start:l.End]; len(t) < 4 || !strings.EqualFold(t[:4], "the ") {
		return false
	}
	for _, b := range before {
		if b.Where.Name == l.Where.Name && asidePlace(text, b) {
			return true
		}
	}
	return false
}

// destinationPrev before a place make it where someone went: "fled to
// Turkey", "heading towards Raqqa".
var destinationPrev = words("to", "toward", "towards")

// destinationPlace reports a place someone went to, not where they were
// hit: "on the way to Erbil", "taken to a hospital in Kharkiv".
func destinationPlace(text string, l gazetteer.Located) bool {
	if l.Where.Relation == "" {
		return destinationPrev.has(prevWordOf(text, l.Start))
	}
	return l.Where.Relation == "in" && careBefore(text, l.Start)
}

// careListed reports pl[k] where the wounded were taken, or the next of a
// list of such towns: "admitted to hospitals in Kilis and Gaziantep".
func careListed(text string, pl []gazetteer.Located, k int) bool {
	for ; k >= 0; k-- {
		if destinationPlace(text, pl[k]) {
			return true
		}
		if k == 0 || !listFollower(text, pl[k-1], pl[k]) {
			return false
		}
	}
	return false
}

// careBefore reports a hospital just before "in" and start: "taken to a
// hospital in", "died in the regional hospital in". The place holds the
// hospital the wounded went to.
func careBefore(text string, start int) bool {
	if !prevWordIs(text, start, "in") {
		return false
	}
	var buf [6]string
	fields := lastFields(text[max(0, start-48):start], buf[:0]) // last first
	if len(fields) < 3 {
		return false
	}
	care := false
	for _, f := range fields[1:] { // fields[0] is "in"
		switch {
		case careNouns.hasFold(f):
			care = true
		case equalLowerASCII(f, "to") || equalLowerASCII(f, "in"):
			return care
		}
	}
	return false
}

// lastFields appends to dst, last first, the last cap(dst)-len(dst)
// fields of s as strings.Fields splits it (all of them when there are
// fewer), without making the list of all its fields: over ASCII text it
// walks back from the end.
func lastFields(s string, dst []string) []string {
	for k := 0; k < len(s); k++ {
		if s[k] >= utf8.RuneSelf {
			all := strings.Fields(s) // (spaces beyond ASCII)
			for i := len(all) - 1; i >= 0 && len(dst) < cap(dst); i-- {
				dst = append(dst, all[i])
			}
			return dst
		}
	}
	end := len(s)
	for len(dst) < cap(dst) {
		for end > 0 && asciiFieldSpace(s[end-1]) {
			end--
		}
		if end == 0 {
			break
		}
		from := end - 1
		for from > 0 && !asciiFieldSpace(s[from-1]) {
			from--
		}
		dst = append(dst, s[from:end])
		end = from
	}
	return dst
}

// asciiFieldSpace: the ASCII bytes strings.Fields splits at.
func asciiFieldSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// careNouns are where the wounded are taken.
var careNouns = words("hospital", "hospitals", "clinic", "clinics", "infirmary")

// residencePlace reports a place a person lives in or a body is based in:
// "an emigrant living in Australia", "a monitor based in Britain".
func residencePlace(text string, l gazetteer.Located) bool {
	if l.Where.Relation != "in" {
		return false
	}
	_, verb := wordBeforeIn(text, l.Start)
	return residenceWords.has(verb)
}

// wordBeforeIn returns, when the word just before pos is "in", where that
// "in" starts and the word before it ("living" in "living in Australia");
// else -1 and "".
func wordBeforeIn(text string, pos int) (int, string) {
	if !prevWordIs(text, pos, "in") {
		return -1, ""
	}
	e := spacesBefore(text, pos)
	return e - len("in"), prevWordOf(text, e-len("in"))
}

var residenceWords = words("living", "lives", "live", "lived", "residing", "resides", "resident", "settled", "based")

// bodyHeads open the name of an institution after a town's possessive.
var bodyHeads = words("joint", "ministry", "government", "military", "army", "police", "security", "health",
	"interior", "defence", "defense", "foreign", "operations", "command", "governor", "mayor", "council",
	"authorities", "officials", "spokesman", "spokesperson", "embassy", "parliament", "prime", "president",
	"intelligence", "media", "civil", "provincial", "local",
	"state", "broadcaster", "television", "radio", // "since Tehran's state broadcaster claimed"
	"account", "version", "claim", "claims", "accusation", "accusations", "denial") // "contradicting Ankara's account"

// actingTown reports a town standing for its government, the subject of a
// verb of speech or blame: "adding that Tehran bore responsibility",
// "Ankara denied any role".
func actingTown(text string, l gazetteer.Located) bool {
	if l.Where.Relation == "in" {
		return blameLiesIn(text, l.Start)
	}
	if l.Where.Relation == "" && accusedTownVerbs.has(prevWordOf(text, l.Start)) {
		return true // "accusing Washington of clearing the way": the government blamed
	}
	if l.Where.Relation == "" && heldToAccount(text, l) {
		return true // "they hold Tehran responsible": the government blamed
	}
	if l.Where.Relation == "" && capitalSpeaking(text, l) {
		return true // "Damascus's statement that the airport was destroyed": the government speaking
	}
	if l.Where.Relation != "" || l.End >= len(text) || text[l.End] != ' ' && text[l.End] != ',' {
		return false
	}
	if text[l.End] == ',' && !opensSentence(text, l.Start) {
		return false // "a resident of Tal Afar, reached by phone, said": the resident speaks
	}
	return subjectTownVerb(text, l.End) || capitalGoverning(text, l)
}

// heldToAccount reports a town between a verb of holding and a word of
// blame: "hold Tehran responsible", "held Damascus accountable". The town
// stands for the government blamed, not where the strike fell. (The
// text-level twin of heldResponsible, which reads the same frame in
// tokens for the actor; they share holdVerbs and accountWords.)
func heldToAccount(text string, l gazetteer.Located) bool {
	return holdVerbs.has(prevWordOf(text, l.Start)) && accountWords.has(lowerASCII(nextWordOf(text, l.End)))
}

// capitalSpeaking reports a state's capital whose possessive owns words
// said: "Damascus's statement", "Kyiv's denial". The capital is its
// government speaking, not where the strike fell.
func capitalSpeaking(text string, l gazetteer.Located) bool {
	rest := text[l.End:]
	if !strings.HasPrefix(rest, "'s ") && !strings.HasPrefix(rest, "’s ") {
		return false
	}
	return capitalStates[lowerASCII(text[l.Start:l.End])] != "" && saidNouns.has(lowerASCII(nextWordOf(text, l.End)))
}

// saidNouns after a capital's possessive are its government's words.
var saidNouns = words("statement", "statements", "account", "version", "denial", "claim", "claims",
	"announcement", "assertion", "accusation", "accusations", "protest", "complaint")

// capitalGoverning reports a state's capital that is the subject of a
// political verb, past an auxiliary and a "not" or an opening quote:
// "Tehran was held accountable", "Washington had switched from",
// "saying Tehran \"does not take part\"", "Tehran arms them". A capital so
// used is its government, not where the strike fell; a town's passive
// ("Mosul was held by") is not read so, nor a capital struck ("Damascus
// was hit").
func capitalGoverning(text string, l gazetteer.Located) bool {
	if capitalStates[lowerASCII(text[l.Start:l.End])] == "" {
		return false
	}
	pos := l.End
	w := nextWordOf(text, skipQuote(text, pos))
	if governmentVerbs.has(w) {
		return true
	}
	if !auxiliaries.has(w) {
		return false
	}
	pos = strings.Index(text[pos:], w) + pos + len(w)
	w = nextWordOf(text, pos)
	if w == "not" {
		pos = strings.Index(text[pos:], w) + pos + len(w)
		w = nextWordOf(text, pos)
	}
	return agencyVerbs.has(w) || governmentVerbs.has(w)
}

// skipQuote steps past spaces and one opening quotation mark at pos.
func skipQuote(text string, pos int) int {
	for pos < len(text) && text[pos] == ' ' {
		pos++
	}
	switch {
	case strings.HasPrefix(text[pos:], "\""):
		pos++
	case strings.HasPrefix(text[pos:], "“"):
		pos += len("“")
	}
	return pos
}

// auxiliaries may stand between a capital and its political verb.
var auxiliaries = words("was", "is", "has", "had", "have", "would", "will", "does", "did", "do", "must", "should", "could", "can")

// governmentVerbs after a capital, with or without an auxiliary, make it
// its government: what a state does to others or keeps out of.
var governmentVerbs = words("arms", "funds", "trains", "backs", "supports", "supported", "backed", "armed", "funded",
	"switched", "take", "takes", "took", "seeks", "sought", "sponsors", "sponsored", "directs", "directed")

// allActing reports a clause whose places all speak or act as governments
// ("an attack that Damascus said killed one soldier"): it names no place
// of the strike.
func allActing(text string, pl []gazetteer.Located) bool {
	for _, l := range pl {
		if !actingTown(text, l) {
			return false
		}
	}
	return true
}

// placesNotActing gives the sentence's places that do not act, for a
// clause that names only a speaking capital: the strike lies at the
// sentence's other town. With none, the clause keeps its own.
func placesNotActing(text string, sentence, clause []gazetteer.Located) []gazetteer.Located {
	var other []gazetteer.Located
	for _, l := range sentence {
		if p := l.Where.Precision; (p == model.PlaceTown || p == model.PlacePoint) && !actingTown(text, l) {
			other = append(other, l)
		}
	}
	if len(other) == 0 {
		return clause
	}
	return other
}

// opensSentence reports that only spaces stand between a sentence's end
// (or the text's start) and start.
func opensSentence(text string, start int) bool {
	before := strings.TrimRight(text[:start], " ")
	return before == "" || strings.ContainsRune(".!?\n", rune(before[len(before)-1]))
}

// subjectTownVerb reports a verb of speech or blame after a town that is
// the subject, past a coordinated town ("Erbil and Ankara agree") or a
// comma aside ("Ankara, at its weekly briefing on Thursday, spoke of");
// "did not" is the government keeping silent ("Ankara did not comment").
func subjectTownVerb(text string, end int) bool {
	rest := text[end:min(len(text), end+asideWindow)]
	if r, ok := strings.CutPrefix(rest, " and "); ok && r != "" && r[0] >= 'A' && r[0] <= 'Z' {
		k := strings.IndexByte(r, ' ')
		if k < 0 {
			return false
		}
		rest = r[k:] // the other town
	}
	if strings.HasPrefix(rest, ",") {
		k := strings.Index(rest[1:], ", ")
		if k < 0 || strings.ContainsAny(rest[1:1+k], ".;\n") {
			return false
		}
		rest = rest[1+k+1:] // past the aside's closing comma
	}
	w := nextWordOf(rest, 0)
	switch w {
	case "did":
		return nextWordOf(rest, strings.Index(rest, w)+len(w)) == "not"
	case "is", "was":
		return readinessWords.has(nextWordOf(rest, strings.Index(rest, w)+len(w))) // "Ankara was ready to"
	case "has", "had":
		return toldTown(rest[strings.Index(rest, w)+len(w):]) // "Baghdad had been told of the strikes"
	}
	return agencyVerbs.has(w)
}

// toldTown reports "been told", "been informed", "been warned" or a verb
// of saying after a town's "has"/"had": the government informed or
// speaking ("Baghdad had been told of the strikes", "Washington has denied").
func toldTown(rest string) bool {
	w := nextWordOf(rest, 0)
	if w == "been" {
		return informedWords.has(nextWordOf(rest, strings.Index(rest, w)+len(w)))
	}
	return agencyVerbs.has(w)
}

// informedWords after "has been"/"had been" make a town a government told
// of something.
var informedWords = words("told", "informed", "warned", "notified", "briefed")

// readinessWords after "is"/"was" make a town a government that will act:
// "Ankara was ready to take every step", "Moscow is prepared to respond".
var readinessWords = words("ready", "prepared", "willing", "determined")

// asideWindow bounds how far after a town its verb is looked for.
const asideWindow = 80

// blameLiesIn reports "the responsibility sits in" or "the blame lies in"
// just before start: the town is the government blamed.
func blameLiesIn(text string, start int) bool {
	in, verb := wordBeforeIn(text, start)
	if verb != "sits" && verb != "lies" && verb != "rests" {
		return false
	}
	// "the responsibility (for the strike) sits in"
	before := lowerASCII(text[max(0, in-40):in])
	return strings.Contains(before, "responsibility") || strings.Contains(before, "blame ")
}

// agencyVerbs after a town's name make it its government acting or speaking.
var agencyVerbs = words("bore", "bears", "bear", "blames", "blamed", "says", "said", "denies", "denied",
	"accuses", "accused", "insists", "insisted", "warned", "warns", "rejected", "rejects", "condemned",
	"condemns", "responded", "vowed", "vows", "claims", "claimed", "would", "wants", "announced", "admitted",
	"held", "holds", "called", // "Washington held Russia responsible", "what Ankara called a response"
	"declined", "spoke", "agree", "agrees", "agreed", "protests", "protested", // "Ankara declined to comment", "Erbil and Ankara agree"
	"sent", "sends", // "since Ankara sent troops into Syria"
	"recalled", "recalls", "summoned", "summons", "expelled", "expels", // "Baghdad recalled its envoy from Ankara"
	"regretted", "regrets", "apologised", "apologized", // "Washington regretted any loss of life"
	"described", "describes", // "Washington has described the raids as a response"
	"considers", "considered", "regards", "regarded") // "the Kurdish forces Ankara considers its enemy"

// accusedTownVerbs before a town make it the government they address or
// blame: "accusing Washington of clearing the way", "urged Ankara to".
var accusedTownVerbs = words("accusing", "accused", "accuses", "blaming", "blamed", "blames", "urging", "urged", "urges",
	"warning", "warned", "warns", "condemning", "condemned", "condemns")

// nextWordOf is the ASCII word after pos, past a possessive "'s" there.
func nextWordOf(text string, pos int) string {
	switch {
	case strings.HasPrefix(text[pos:], "'s"):
		pos += len("'s")
	case strings.HasPrefix(text[pos:], "’s"):
		pos += len("’s")
	}
	for pos < len(text) && text[pos] == ' ' {
		pos++
	}
	e := pos
	for e < len(text) && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z')) {
		e++
	}
	return text[pos:e]
}

// townNamed reports a town or a point among a clause's places that may be
// where the strike fell: not a country or a province, not where something
// came from, not a body's seat.
func townNamed(text string, pl []gazetteer.Located) bool {
	for _, l := range pl {
		if p := l.Where.Precision; p == model.PlaceCountry || p == model.PlaceProvince || asidePlace(text, l) {
			continue
		}
		if l.Where.Relation == "" && originLed(text, l.Start) {
			continue
		}
		return true
	}
	return false
}

// headingPlace reads a paragraph's heading, "Amerli, night of 19 July." or
// "SUSAH.": a thread's or a round-up's section names the town that its
// paragraph tells of, whatever country its prose passes over. A blog's
// heading may be set in bold or italics ("**Amerli, 19 July.**"): the
// marks are no words.
func headingPlace(text string, s sentences.Sentence, pl []gazetteer.Located) (model.Where, bool) {
	if len(pl) != 1 || pl[0].Where.Precision == model.PlaceCountry || strings.Trim(text[s.Start:pl[0].Start], headingMarks) != "" {
		return model.Where{}, false
	}
	rest := strings.TrimSuffix(strings.Trim(text[pl[0].End:s.End], headingMarks), ".")
	if rest != "" && (rest[0] != ',' || strings.Count(rest, " ") > 5) {
		return model.Where{}, false
	}
	return pl[0].Where, true
}

// headingMarks are the spaces and emphasis marks around a heading's words.
const headingMarks = " \t\n*_#"

// areaByTown reports a wide area (a desert, a lake's shores) placed by a
// town after it and lying mostly away from it: "in the Tharthar desert,
// north of Karmah". The town is the finer anchor of the two, and the one
// other reports of the strike name: the area's centre lies far from where
// it fell. A city's quarter ("Barzeh, north of Damascus") lies near its
// town and stays the finer place.
func areaByTown(prev, l gazetteer.Located) bool {
	p := l.Where.Precision
	return prev.Where.Precision == model.PlaceDistrict && !prev.Framed && (p == model.PlaceTown || p == model.PlacePoint) &&
		model.DistanceKM(prev.Place.Lat, prev.Place.Lon, l.Place.Lat, l.Place.Lon) > areaFarKM
}

// areaFarKM: an area whose anchor lies farther than this from the town
// that places it is wider than the town's surroundings (a town's radius in
// the linker).
const areaFarKM = 25

// areasPlacedEarlier moves a claim placed only at a wide area ("in the
// Tharthar area") to the town its report placed that area by before ("the
// Tharthar desert north of Karmah"): the report has said where in the area
// the strike fell, and the area's centre lies far from it.
func (st *docState) areasPlacedEarlier() {
	for k := 0; k+1 < len(st.located); k++ {
		area, town := st.located[k], st.located[k+1]
		if !areaPlacedByNext(st.text, area, town) {
			continue
		}
		for i := range st.claims {
			c := &st.claims[i]
			if c.Span[0] > town.End && c.Where.Name == area.Where.Name && c.Where.Precision == model.PlaceDistrict &&
				!strings.Contains(c.Quote, town.Where.Name) {
				c.Where = town.Where
			}
		}
	}
}

// areaPlacedByNext reports a wide area placed by the town named right
// after it with a bearing: "the Tharthar area, north of Karmah", "the
// desert west of Rutba" (areaByTown).
func areaPlacedByNext(text string, area, town gazetteer.Located) bool {
	if !areaByTown(area, town) || area.End > town.Start || town.Where.Relation == "in" || town.Where.Relation == "near" {
		return false
	}
	gap := text[area.End:town.Start]
	return len(gap) <= 30 && strings.HasSuffix(gap, " of ") && !strings.ContainsAny(gap, ".;()")
}

// locatesPrevious reports whether place l only says where the place named
// just before it lies: "X, south of Y", "X, 20 km north of Y", "X (east of
// Y)". The strike is at X.
func locatesPrevious(text string, prev, l gazetteer.Located) bool {
	if prev.End > l.Start || l.Where.Relation == "" || l.Where.Relation == "near" || areaByTown(prev, l) {
		return false
	}
	gap := strings.TrimSpace(text[prev.End:l.Start])
	if i := strings.IndexAny(gap, ",("); i > 0 && placeNouns.has(strings.TrimSpace(gap[:i])) {
		gap = gap[i:] // "in Hawija district, southwest of Kirkuk": the district is X's
	}
	// (A long gap is a distance's phrase: "X, about 55 kilometres
	// west-south-west of Y".)
	if len(gap) >= 40 && len(gap) > len(l.Where.Relation)+12 || !(strings.HasPrefix(gap, ",") || strings.HasPrefix(gap, "(")) {
		return false
	}
	if l.Where.Relation == "in" {
		// "on the outskirts of Ariha, in southern Idlib": a town placed in
		// a larger one's area, not a list of places ("in X, in Y and in Z").
		in := prev.Where.Relation != "" && prev.Where.Relation != "in" && strings.Count(gap, " ") <= 2
		return in && (gap == ", in" || strings.HasPrefix(gap, ", in ") && strings.HasSuffix(gap, "ern"))
	}
	if !strings.HasSuffix(gap, " of") {
		return false
	}
	// "heading toward the desert near Tharthar Lake, north of Ramadi,
	// before being hit": X is where they were going, not where they were hit.
	before := strings.ToLower(text[max(0, prev.Start-60):prev.Start])
	for _, w := range destinationWords {
		if strings.Contains(before, w) {
			return false
		}
	}
	return true
}

// placeNouns may follow a place's name before the comma of "X district,
// south of Y": the kind of place X is.
var placeNouns = words("district", "subdistrict", "town", "village", "city", "area", "camp", "neighbourhood", "neighborhood", "region", "countryside")

// spacesBefore returns pos moved back over the spaces and line breaks
// before it: the end of the word before pos.
func spacesBefore(text string, pos int) int {
	for pos > 0 && (text[pos-1] == ' ' || text[pos-1] == '\n') {
		pos--
	}
	return pos
}

// destinationWords before a place make it where something was going.
var destinationWords = []string{"toward", "heading", "bound for", "on the way to", "fleeing to", "fled to"}

// prevWordOf returns the word of letters before pos, in lower case.
func prevWordOf(text string, pos int) string {
	return lowerASCII(prevWordCut(text, pos))
}

// lowerText returns the document's text with its ASCII letters in lower
// case, made once: tokenising its sentences then allocates nothing.
func (st *docState) lowerText() string {
	if st.lower == "" {
		st.lower = lowerASCIIString(st.text)
	}
	return st.lower
}

// prevWordCut returns the word of letters before pos as the text spells
// it: prevWordOf without lower-casing, for a look-up that folds case.
func prevWordCut(text string, pos int) string {
	e := spacesBefore(text, pos)
	b := e
	for b > 0 {
		c := text[b-1]
		if (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
			b--
			continue
		}
		break
	}
	return text[b:e]
}

// prevWordIs reports whether prevWordOf(text, pos) is lower, a lower-case
// word, without making the word: it runs for every place and date found.
func prevWordIs(text string, pos int, lower string) bool {
	e := spacesBefore(text, pos)
	b := e - len(lower)
	if b < 0 || !equalLowerASCII(text[b:e], lower) {
		return false
	}
	if b > 0 {
		if c := text[b-1]; (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
			return false // a longer word ending so: "proof", "Don"
		}
	}
	return true
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

// equalLowerASCII reports lowerASCII(s) == lower without allocating.
func equalLowerASCII(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lowerByte(s[i]) != lower[i] {
			return false
		}
	}
	return true
}

// containsLowerASCII reports strings.Contains(strings.ToLower(s), lower)
// for a lower-case ASCII needle without making the lower-case copy (no
// letter outside ASCII lowers to a letter of the needles it serves).
func containsLowerASCII(s, lower string) bool {
	for i := 0; i+len(lower) <= len(s); i++ {
		if lowerByte(s[i]) == lower[0] && equalLowerASCII(s[i:i+len(lower)], lower) {
			return true
		}
	}
	return false
}

// afterSpaceWords are lower-case ASCII needles that each start with a space
// and a letter, indexed by that letter: a search looks at each space of
// its text only for the needles whose letter follows it.
type afterSpaceWords struct {
	list     []string
	byLetter [256]uint64 // bit k: list[k]'s letter after its space
}

// newAfterSpaceWords indexes needles (at most 64, each " " and a lower-case byte
// first; a package's own lists, so a wrong one is a programming error).
func newAfterSpaceWords(needles ...string) *afterSpaceWords {
	if len(needles) > 64 {
		panic("afterSpaceWords: more than 64 needles")
	}
	w := &afterSpaceWords{list: needles}
	for k, v := range needles {
		if len(v) < 2 || v[0] != ' ' || lowerByte(v[1]) != v[1] {
			panic("afterSpaceWords: needle " + strconv.Quote(v) + " does not open with a space and a lower-case byte")
		}
		w.byLetter[v[1]] |= 1 << k
	}
	return w
}

// containsAnyAfterSpace reports whether containsLowerASCII(s, v) for any
// v of needles: one pass that stops only at the spaces of s, trying there
// the needles of the letter after the space.
func containsAnyAfterSpace(s string, needles *afterSpaceWords) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != ' ' {
			continue
		}
		for m := needles.byLetter[lowerByte(s[i+1])]; m != 0; m &= m - 1 {
			v := needles.list[bits.TrailingZeros64(m)]
			if len(v) <= len(s)-i && equalLowerASCII(s[i:i+len(v)], v) {
				return true
			}
		}
	}
	return false
}

// statementWords before a date make it the statement's ("said Monday"), and
// so do statementOn before its "on" ("said on Monday", "told reporters on
// Monday"); statementAdverbs may stand before that "on".
var (
	statementWords = [...]string{"said ", "posted ", "uploaded ", "online ", "since ", "published ", "issued ", "statement ", "announced ", "confirmed ", "denied ", "reporters ", "briefing ", "tweeted ",
		"told me ", "told us ", // a reporter's own interview: "the spokesman told me this afternoon"
		"reported ",                // "state TV reported Saturday" (not "reported on": that day may be its claim's only one)
		"repeated ", "reiterated "} // "the PMF repeated tonight that the base was hit from the air"
	statementOn = [...]string{"said ", "tweet ", "statement ", "told reporters ", "told me ", "told us ", "briefing ", "announced ", "published ", "issued ", "released ", "confirmed ", "denied ",
		"revised ", "corrected ", "updated ", "lowered ", // "the toll was revised on Friday to 74": the day of the new figure
		"repeated ", "reiterated ", // "the figure, repeated on Friday, is three": the day it was said again
		"accusation ", "accusations ", "allegation ", "allegations ", "charges ", // "rejected the accusation on Monday": the day of the answer
		"statement, ", "briefing, "} // "the ministry's first statement, on Monday, described the attackers"
	statementAdverbs = [...]string{"earlier ", "later ", "late ", "early "}
	// "the SDF's statement of Monday": a statement named by its day; so is
	// a report or note ("our note of 30 July reported nine killed in X on
	// 29 July": the note's day, not the strike's).
	statementOf = [...]string{"statement ", "tweet ", "briefing ", "announcement ", "communique ", "note ", "report ", "bulletin "}
)

// statementLast has the byte before the final space of every statement
// word, and the "n" of "on" and "f" of "of": most dates follow another letter and need no
// closer look.
var statementLast = func() (last [256]bool) {
	last['n'], last['f'] = true, true
	for _, v := range statementWords {
		last[v[len(v)-2]] = true
	}
	return last
}()

// dropSpanStarts removes the dates that open a span reaching to the time
// of writing ("the fourth raid since June", "since early 2019"): they date
// no strike, and a later sentence must not take them as the passage's day.
//
// One such date does date a strike (sinceStrike): "has hit tanks around
// Sweida since Tuesday" (the strikes began that day).
func dropSpanStarts(text string, dates []timex.Mention) []timex.Mention {
	kept := dates[:0]
	for _, d := range dates {
		if !(afterSince(text, d.Start) && !sinceStrike(text, d)) && !titleWeekday(text, d) {
			kept = append(kept, d)
		}
	}
	return kept
}

// weekdayNames are the days a newspaper's or programme's title may carry.
var weekdayNames = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// titleWeekday reports a weekday inside a title ("told The Sunday
// Chronicle", "The Monday Briefing reported"): a capitalised "The" before
// it and a capitalised word after it name a paper or a programme, not a
// day.
func titleWeekday(text string, d timex.Mention) bool {
	if d.Start < 4 || text[d.Start-4:d.Start] != "The " || !weekdayNames.has(lowerASCII(text[d.Start:d.End])) {
		return false
	}
	return d.End+1 < len(text) && text[d.End] == ' ' && text[d.End+1] >= 'A' && text[d.End+1] <= 'Z'
}

// sinceStrike reports a date "since" opens that dates a strike: the day a
// run of strikes began, told in the perfect with a strike verb ("Israel
// has also hit tanks around Sweida since Tuesday", "jets have been
// pounding the town since Monday"). A month or a year ("has struck Syria
// hundreds of times since 2011") is a long campaign's start, not a
// strike's day.
func sinceStrike(text string, d timex.Mention) bool {
	if d.When.Precision != model.PrecisionDay {
		return false
	}
	if whenStrikeAfter(text, d.End) {
		return true
	}
	// the clause before "since": back to the last comma, semicolon or
	// full stop, at most 100 bytes
	lo := max(0, d.Start-100)
	if k := strings.LastIndexAny(text[lo:d.Start], ",;.:"); k >= 0 {
		lo += k + 1
	}
	perfect := false
	for _, w := range strings.Fields(text[lo:d.Start]) {
		w = lowerASCII(strings.Trim(w, "\"'"))
		switch {
		case sincePerfectAux.has(w):
			perfect = true
		case perfect && sinceStrikeVerbs.has(w):
			return true
		}
	}
	return false
}

// whenStrikeAfter reports a when-clause telling a strike right after a
// date at end: "has run high since 3 January 2020, when a drone strike
// killed the general" (the strike is that day's). A when-clause telling
// no strike ("since 5 March, when the truce began") dates none.
func whenStrikeAfter(text string, end int) bool {
	const when = ", when "
	if end+len(when) > len(text) || text[end:end+len(when)] != when {
		return false
	}
	lo := end + len(when)
	hi := min(len(text), lo+160)
	for _, w := range strings.Fields(text[lo:hi]) {
		if whenStrikeWords.has(lowerASCII(strings.Trim(w, "\"',.;"))) {
			return true
		}
		if strings.HasSuffix(w, ";") || strings.HasSuffix(w, ".") && len(w) > 3 && !strings.Contains(w[:len(w)-1], ".") {
			return false // the sentence ends ("U.S." does not)
		}
	}
	return false
}

// whenStrikeWords tell a strike in a when-clause.
var whenStrikeWords = words("strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "struck", "hit", "shelled",
	"bombed", "pounded", "targeted", "raided", "attacked", "killed")

// sincePerfectAux open the perfect a run of strikes "since" a day is told in.
var sincePerfectAux = words("has", "have", "had")

// sinceStrikeVerbs are the participles of such a run: "has hit", "have
// been shelling".
var sinceStrikeVerbs = words("hit", "struck", "shelled", "bombed", "pounded", "targeted", "raided", "attacked",
	"hitting", "striking", "shelling", "bombing", "pounding", "targeting", "raiding", "attacking")

// afterSince reports a date phrase that "since" opens, inside the phrase
// ("since June") or just before it ("since early June").
func afterSince(text string, start int) bool {
	return start+6 <= len(text) && equalLowerASCII(text[start:start+6], "since ") || endsFold(text, max(0, start-6), start, "since ")
}

// statementMarks remembers statementDate for the first 64 dates of a
// sentence: run asks it twice of each date, and it costs a look back at
// the words before the date.
type statementMarks uint64

// mark records whether dates[k] dates the statement (is) and returns is.
func (m *statementMarks) mark(k int, is bool) bool {
	if is && k < 64 {
		*m |= 1 << k
	}
	return is
}

// of returns statementDate(text, d) for dates[k], d, as marked.
func (m statementMarks) of(k int, text string, d timex.Mention) bool {
	if k < 64 {
		return m&(1<<k) != 0
	}
	return statementDate(text, d)
}

// markedDates are the dates of the sentence run analyses, each with
// statementDate's answer, for the clauses that ask again: the answer
// depends only on the date's bytes and whether it names a day.
type markedDates []markedDate

// markedDate is one date's span, whether it names a day, and whether it
// dates the statement.
type markedDate struct {
	start, end int
	day        bool
	statement  bool
}

// of returns statementDate(text, d), as marked when d is among m (text is
// the document's).
func (m markedDates) of(text string, d timex.Mention) bool {
	day := d.When.Precision == model.PrecisionDay
	for _, k := range m {
		if k.start == d.Start && k.end == d.End && k.day == day {
			return k.statement
		}
	}
	return statementDate(text, d)
}

// statementDate reports a date that dates the statement, not the strike
// ("said on Saturday", "said in a tweet on Thursday", "posted ... Wednesday").
func statementDate(text string, d timex.Mention) bool {
	if inDateline(text, d.Start) && !closesSentence(text, d.End) && !lowerOpening(text, d.Start) {
		// "MOSUL, Iraq, March 3, 2017 (Wire) —": the report's date (not a
		// transcript's "Claire, late on Sunday afternoon two drones struck")
		return true
	}
	if d.Start < 2 || text[d.Start-1] != ' ' {
		return false // every phrase ends in a space
	}
	if possessive(text, d.End) {
		return false // "confirmed Tuesday's strike": the strike's day
	}
	if c := text[d.Start-2]; !statementLast[c] && !(c >= 'A' && c <= 'Z' && statementLast[c+'a'-'A']) {
		return false // the letter before that space ends no phrase
	}
	// The phrases are looked for in the 24 bytes before the date, ASCII
	// letters lower-cased, in place: this runs for every date found.
	lo, end := max(0, d.Start-24), d.Start
	phrases := statementWords[:]
	if endsFold(text, lo, end, "on ") {
		end -= 3
		// "said earlier on Wednesday", "announced late on Friday"
		if c := lastLetter(text, lo, end); c != 0 {
			for _, adv := range statementAdverbs {
				if adv[len(adv)-2] == c && endsFold(text, lo, end, adv) {
					end -= len(adv)
					break
				}
			}
		}
		phrases = statementOn[:]
		if toldOutletBefore(text, end) {
			return true // "told the BBC on Thursday", "told AFP on Monday"
		}
	} else if endsFold(text, lo, end, " of ") {
		end -= 3
		phrases = statementOf[:]
	}
	c := lastLetter(text, lo, end)
	if c == 0 {
		return false
	}
	for _, v := range phrases {
		if v[len(v)-2] == c && endsFold(text, lo, end, v) {
			return v != "since " || !sinceStrike(text, d)
		}
	}
	return false
}

// pictureDay reports a day that dates a picture, not the strike: "daylight
// imagery from Friday shows the scorch mark", "photos taken on Saturday".
func pictureDay(text string, start int) bool {
	var w string
	switch {
	case prevWordIs(text, start, "from"):
		w = "from"
	case prevWordIs(text, start, "on"):
		w = "on"
	case endsFold(text, start, min(len(text), start+5), "from ") || endsFold(text, start, min(len(text), start+3), "on "):
		// the preposition inside the mention: "imagery from January"
	default:
		return false
	}
	b := strings.TrimRight(text[:start], " ")
	b = strings.TrimRight(b[:len(b)-len(w)], " ")
	prev := prevWordOf(text, len(b))
	if prev == "taken" {
		b = strings.TrimRight(b[:len(b)-len(prev)], " ")
		prev = prevWordOf(text, len(b))
	}
	return pictureWords.has(prev)
}

// pictureWords name pictures whose day is when they were taken.
var pictureWords = words("imagery", "images", "image", "picture", "photos", "photographs", "photo", "pictures", "footage", "video", "videos")

// lowerOpening reports a date phrase that opens with a lower-case word
// ("late on Sunday", "yesterday"): prose, never a dateline's date.
func lowerOpening(text string, pos int) bool {
	return pos < len(text) && text[pos] >= 'a' && text[pos] <= 'z'
}

// toldOutletBefore reports "told <Name> " ending at end: "told the BBC ",
// "told AFP ", "told the Dispatch " (an article, then one or two
// capitalised words). "told AFP the raid" is no such phrase: the words
// after the name are the report's.
func toldOutletBefore(text string, end int) bool {
	lo := max(0, end-32)
	i := lastTold(text[lo:end])
	if i < 0 {
		return false
	}
	words := strings.Fields(text[lo+i+5 : end])
	if len(words) > 0 && (words[0] == "the" || words[0] == "a" || words[0] == "an") {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, w := range words {
		if c := w[0]; c < 'A' || c > 'Z' || strings.ContainsAny(w, ",;:\"") {
			return false
		}
	}
	return true
}

// lastTold is strings.LastIndex(s, "told "), a byte loop: the library's
// search hashes every byte, and this runs for every date after "on ".
func lastTold(s string) int {
	for j := len(s) - len("told "); j >= 0; j-- {
		if s[j] == 't' && s[j+1] == 'o' && s[j+2] == 'l' && s[j+3] == 'd' && s[j+4] == ' ' {
			return j
		}
	}
	return -1
}

// lastLetter returns the byte before the last of text[lo:end], lower-cased
// (the last letter of a phrase ending in a space), or 0 when there is none.
func lastLetter(text string, lo, end int) byte {
	if end-lo < 2 {
		return 0
	}
	c := text[end-2]
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}

// endsFold reports whether text[lo:end], its ASCII letters lower-cased,
// ends with v (lower case).
func endsFold(text string, lo, end int, v string) bool {
	if end-lo < len(v) {
		return false
	}
	for k := 1; k <= len(v); k++ {
		c := text[end-k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != v[len(v)-k] {
			return false
		}
	}
	return true
}

// closesSentence reports a full stop right after pos: "Batifa, near Zakho,
// 11 September 2024." heads a log's entry, and dates what follows; a
// dateline goes on to its agency or dash.
func closesSentence(text string, pos int) bool {
	return pos < len(text) && text[pos] == '.' && (pos+1 == len(text) || text[pos+1] == ' ' || text[pos+1] == '\n')
}

// inDateline reports a date in a wire dateline: at the start of a line,
// after only a capitalised place and perhaps its country ("BAQUBAH, Iraq,
// Feb. 10, 2016 (Wire) —", "Duhok, 17 August 2021 -"), or set off from
// them by a dash ("MOSUL, Iraq -- March 3 -- Jets struck").
func inDateline(text string, pos int) bool {
	sep := datelineSeparator(text[:pos])
	if sep == 0 || pos < 4 {
		return false
	}
	// The line start is looked for in the 49 bytes before pos only: a
	// longer prefix is no dateline, and paragraphs are often one long line.
	lo := max(0, pos-49)
	ls := strings.LastIndexByte(text[lo:pos], '\n')
	if ls < 0 && lo > 0 {
		return false
	}
	ls += lo + 1
	pre := text[ls:pos]
	if len(pre) < 4 || len(pre) > 48 || pre[0] < 'A' || pre[0] > 'Z' {
		return false
	}
	commas := 0
	for _, w := range strings.Fields(pre) {
		if strings.HasSuffix(w, ",") {
			commas++
		}
		if c := w[0]; c >= 'a' && c <= 'z' {
			return false // a sentence: "On March 3, 2017, jets ..." has no comma before
		}
	}
	if sep > 2 {
		commas++ // "MOSUL, Iraq -- ": the dash stands for the comma before the date
	}
	return commas >= 1 && commas <= 2
}

// datelineSeps set a dateline's date off from its place: a comma, or a
// dash written as two hyphens or as a dash.
var datelineSeps = [...]string{", ", " -- ", " — ", " – "}

// datelineSeparator is the length of the separator ending before (0 when
// none does).
func datelineSeparator(before string) int {
	for _, s := range datelineSeps {
		if strings.HasSuffix(before, s) {
			return len(s)
		}
	}
	return 0
}

// fieldOf returns what a labelled field line of an incident log gives
// ("date", "place", "perp"), or "" for any other line.
func fieldOf(line string) string {
	line = strings.TrimLeft(line, "-•*–— \t")
	k := strings.IndexByte(line, ':')
	if k <= 0 || k > 32 {
		return ""
	}
	key := lowerASCII(strings.TrimSpace(line[:k]))
	if f, ok := fieldKeys[key]; ok {
		return f
	}
	for i := 0; i < len(key); i++ {
		if c := key[i]; !(c >= 'a' && c <= 'z' || c == ' ') {
			return ""
		}
	}
	if strings.Count(key, " ") <= 2 {
		return "field" // "Civilians killed: 19 to 31", "Summary: ..."
	}
	return ""
}

// fieldActors returns the actors a Belligerent field names ("the
// international coalition (likely)", "Russia", "unidentified aircraft").
func (st *docState) fieldActors(s sentences.Sentence) []string {
	toks := tokenize(st.text, s.Start, s.End, nil)
	var out []string
	for _, m := range st.e.lex.matchAll(toks, nil) {
		if m.E.Mention.RelActor != "" && m.E.Mention.Actor == "" {
			m.E = st.relActor(m.E)
		}
		if m.E.Flags&fMention != 0 && m.E.Mention.Actor != "" {
			out = uniq(out, m.E.Mention.Actor)
		} else if m.E.Flags&fCountry != 0 {
			for _, c := range countryActorIDs {
				if c.iso == m.E.ISO {
					out = uniq(out, c.actor)
				}
			}
		}
	}
	return out
}

// countryActorIDs: a country named alone in a Belligerent field is its state.
var countryActorIDs = []struct{ iso, actor string }{
	{"IQ", "iraq"}, {"SY", "syria"}, {"RU", "russia"}, {"TR", "turkey"}, {"IR", "iran"}, {"IL", "israel"},
}

// entryClaim is the narrator's attribution in an incident log entry: the
// belligerent it names, at the entry's place and date.
func (st *docState) entryClaim(s sentences.Sentence) {
	c := model.Claim{
		Speaker:              st.narrator,
		Stance:               model.StanceAsserts,
		PerpetratorsAsserted: append([]string(nil), st.entryPerps...),
		Event:                model.Event{Type: typeFromActors(st.entryPerps)},
		When:                 st.lastDate,
		Quote:                st.text[s.Start:s.End],
		Span:                 [2]int{s.Start, s.End},
		Source:               "prose",
	}
	if st.entryPlace != nil {
		c.Where = *st.entryPlace
	}
	st.add(c, -1, s.Para, st.e.actors.SpeaksFor(st.narrator))
}

// countFieldWords make a field a figure of the entry: "Civilians killed: 19
// to 31", "Injured: at least 40", "Vehicles destroyed: 3".
var countFieldWords = []string{"killed", "dead", "deaths", "injured", "wounded", "destroyed", "casualties"}

// groupParts reads the parts of a field's figure with a group of their own,
// "Killed: 4-7, of whom civilians 3-6" (3..6 civilians killed), from the
// whole line, leaving out those of a kind and group the field has.
func groupParts(line string, have []model.Count) []model.Count {
	var out []model.Count
	for _, fg := range quantity.Counts(line, nil) {
		if c := fg.Count; c.Group != model.GroupUnknown && !hasKindGroup(have, c.Kind, c.Group) {
			out = append(out, c)
		}
	}
	return out
}

// hasKindGroup reports a count of that kind and group among counts.
func hasKindGroup(counts []model.Count, kind, group string) bool {
	for _, c := range counts {
		if c.Kind == kind && c.Group == group {
			return true
		}
	}
	return false
}

// fieldCounts reads a figure field as "value key" ("at least 40 injured")
// and adds the narrator's claim for it. It reports whether the line was a
// figure field (even one with no number: "Injured: not known").
func (st *docState) fieldCounts(idx int, s sentences.Sentence) bool {
	line := st.text[s.Start:s.End]
	k := strings.IndexByte(line, ':')
	key := lowerASCII(strings.TrimSpace(strings.TrimLeft(line[:k], "-•*–— \t")))
	isCount := false
	for _, w := range countFieldWords {
		if strings.Contains(key, w) {
			isCount = true
		}
	}
	if !isCount {
		return false
	}
	value := strings.TrimSpace(line[k+1:])
	if c := strings.IndexAny(value, "(;,"); c > 0 {
		value = value[:c] // "6 (named in local records), among them two women"
	}
	var counts []model.Count
	for _, fg := range quantity.Counts(value+" "+key, nil) {
		counts = append(counts, fg.Count)
	}
	if len(counts) > 0 && strings.Contains(line[k+1:], ", of whom ") {
		counts = append(counts, groupParts(line, counts)...)
	}
	if len(counts) == 0 {
		return true
	}
	c := model.Claim{
		Speaker:              st.narrator,
		Stance:               model.StanceAsserts,
		PerpetratorsAsserted: append([]string(nil), st.entryPerps...),
		Event:                model.Event{Type: typeFromActors(st.entryPerps)},
		When:                 st.lastDate,
		Counts:               counts,
		Quote:                line,
		Span:                 [2]int{s.Start, s.End},
		Source:               "prose",
	}
	if strings.Contains(key, "civilian") {
		c.Event.TargetGroup = model.GroupCivilians
	}
	if st.entryPlace != nil {
		c.Where = *st.entryPlace
	}
	st.add(c, idx, s.Para, st.e.actors.SpeaksFor(st.narrator))
	return true
}

// communiqueTitles open the title of an official text by naming its issuer:
// "Statement of the Ministry of Defence ...", "Communiqué by the General
// Command of the Army", "Press release from U.S. Central Command".
var communiqueTitles = []string{"statement of ", "statement by ", "statement from ", "communiqué of ", "communiqué by ",
	"communique of ", "communique by ", "press release from ", "press release by ", "press release of ", "announcement of ", "announcement by ", "official statement of "}

// titleIssuer makes the issuer named by a communiqué's title the narrator
// of a document with no publisher.
func (st *docState) titleIssuer() {
	title := lowerASCII(st.doc.Title)
	if strings.HasPrefix(title, "the ") {
		title = title[4:]
	}
	ok := false
	for _, p := range communiqueTitles {
		if strings.HasPrefix(title, p) {
			ok = true
			break
		}
	}
	if !ok {
		return
	}
	t := st.doc.Title
	toks := tokenize(t, 0, len(t), nil)
	ms := dropNarratedCounts(toks, st.e.lex.matchAll(toks, nil))
	for k, m := range ms {
		if !isSpeakerMention(m) || m.E.Mention.Generic || m.E.Mention.Relative != "" {
			continue
		}
		if sp := st.resolveMention(toks, ms, k); sp != "" && sp != model.Journalist {
			st.narrator, st.official = sp, true
			return
		}
	}
}

// designation reports a name followed by "-" and a number: an aircraft or
// missile model ("Su-25", "MQ-9"), not a place.
func designation(text string, end int) bool {
	return end+1 < len(text) && text[end] == '-' && text[end+1] >= '0' && text[end+1] <= '9'
}

// anonOpens reports a sentence that opens with an unnamed voice ("A senior
// U.S. official went further."): read it, so that "the official said" in
// the next sentence is that voice (anonSubject).
func anonOpens(s string) bool {
	var rest string
	switch {
	case strings.HasPrefix(s, "A "):
		rest = s[2:]
	case strings.HasPrefix(s, "An "):
		rest = s[3:]
	default:
		return false
	}
	if len(rest) > 40 {
		rest = rest[:40]
	}
	for _, h := range anonHeadWords {
		if strings.Contains(rest, h) {
			return true
		}
	}
	return false
}

// anonHeadWords are anonHeads as anonOpens looks for them in raw text.
var anonHeadWords = []string{" official", " source", " diplomat", " officer"}
