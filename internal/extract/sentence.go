package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/extract/quantity"
	"github.com/crosscheck/crosscheck/internal/extract/sentences"
	"github.com/crosscheck/crosscheck/internal/extract/timex"
	"github.com/crosscheck/crosscheck/internal/gazetteer"
	"github.com/crosscheck/crosscheck/internal/model"
)

// objectMarkers before a mention make it the object of a modifier, not the
// speaker ("the coalition fighting the Islamic State said").
var objectMarkers = words("from", "in", "during", "inside", "near", "of", "for", "against", "fighting", "targeting", "on", "to", "toward", "with", "vs", "about", "at")

// partitives head a speaker phrase "one of the residents", "two of the
// witnesses": the group after "of" is the speaker.
var partitives = words("one", "two", "three", "four", "five",
	"some", "several", "many", "both", "each", "most", "another")

// roleNouns name a post held in a body: "the head of U.S. Central Command",
// "a senior commander in the PMF", "a member of the council".
var roleNouns = words("head", "chief", "commander", "director", "leader",
	"deputy", "secretary", "minister", "member", "members", "representative",
	"envoy", "adviser", "advisor", "officer", "officers",
	// units of a body speak for it: "the 47th Brigade of the Popular Mobilization says"
	"brigade", "brigades", "battalion", "regiment", "division", "faction", "wing",
	// its outlets speak for it: "the media platforms of the terrorist gangs have circulated claims"
	"platforms", "media", "channel", "channels", "outlets", "account", "accounts", "website", "websites",
	// its offices speak for it: "the media centre of the Syrian Democratic Forces said"
	"centre", "center",
	// "a commander of the Turkmen units of the Popular Mobilization Forces",
	// "the security directorate of the Popular Mobilization Authority"
	"unit", "units", "directorate", "office", "department")

// affiliations join a speaker to the body it speaks for: "Telegram
// channels affiliated with Kataib Hezbollah claimed", "media close to the
// Hashd said".
var affiliations = map[string]string{"affiliated": "with", "linked": "to", "close": "to", "loyal": "to", "aligned": "with", "tied": "to"}

// roleOf: the mention at t names the body of the post or unit just before
// it ("Gen. Raymond Kessler, the head of U.S. Central Command, said"), or
// the body a source is affiliated with: it is the speaker's affiliation,
// not an object.
func roleOf(toks []token, t int) bool {
	if affiliatedTo(toks, t) {
		return true
	}
	p := t - 1
	if p >= 0 && toks[p].Norm == "the" {
		p--
	}
	if p < 1 || toks[p].Norm != "of" && toks[p].Norm != "in" && toks[p].Norm != "at" && toks[p].Norm != "from" {
		return false // ("a commander from Kataib Hezbollah")
	}
	return roleNouns.has(toks[p-1].Norm) || toks[p].Norm == "of" && collectiveNouns.has(toks[p-1].Norm)
}

// collectiveNouns gather the speakers named after "of": "a local network
// of activists says", "a group of residents said" (the members speak).
var collectiveNouns = words("network", "networks", "group", "groups", "team", "teams", "committee")

// affiliatedTo: the mention at t follows an affiliation ("close to the
// Hashd", "affiliated with Kataib Hezbollah").
func affiliatedTo(toks []token, t int) bool {
	p := t - 1
	if p >= 0 && toks[p].Norm == "the" {
		p--
	}
	return p >= 1 && affiliations[toks[p-1].Norm] == toks[p].Norm
}

// partitive: the mention at t follows "<partitive> of (the)".
func partitive(toks []token, t int) bool {
	p := t - 1
	if p >= 0 && toks[p].Norm == "the" {
		p--
	}
	return p >= 1 && toks[p].Norm == "of" && partitives.has(toks[p-1].Norm)
}

// condemnVerbs make a claim only when they name who struck ("condemned the
// American strike").
var condemnVerbs = words("condemned", "condemns", "denounced", "denounces")

// sayingWithin: ", saying" or ", adding" between from and to goes on to
// tell of a strike ("condemned the strike, saying missiles had hit a
// village"): a claim even with no one blamed (not "saying they endanger
// civilians").
func sayingWithin(toks []token, ms []match, from, to int) bool {
	for t := max(from, 1); t < to && t < len(toks); t++ {
		if n := toks[t].Norm; (n == "saying" || n == "adding") && toks[t-1].Norm == "," {
			return cueIn(ms, t+1, to)
		}
	}
	return false
}

// weak reports a verb that attributes only when its speaker is found.
func weak(verb string) bool {
	return weakVerbs.has(verb) || condemnVerbs.has(verb)
}

// weakVerbs attribute only when their speaker is found ("footage shows");
// so do condemnVerbs (see weak).
var weakVerbs = words("show", "shows", "showed", "released", "posted",
	"distributed", "published", "described", "noted", "claims",
	"reports", "reported", "warned", "claimed", "claiming", "confirm",
	"per", "read", "circulated", "spread")

// nonDenial reports a denial or confirmation verb at t that the speaker
// withholds: "did not deny", "has not ruled out", "would neither confirm
// nor deny". A non-denial is not a denial, nor is it a claim.
func nonDenial(toks []token, t int, stance string) bool {
	if t == 0 {
		return false
	}
	switch toks[t-1].Norm {
	case "not", "never", "n't":
		return stance == model.StanceDenies
	case "neither":
		return stance == model.StanceConfirms || stance == model.StanceDenies
	case "nor":
		for q := t - 2; q >= 0 && q >= t-5; q-- {
			if toks[q].Norm == "neither" {
				return true
			}
		}
	}
	return false
}

// relativeBefore reports "which" or "who" within a few words before the
// verb at t, with no comma between: the verb is in a relative clause.
func relativeBefore(toks []token, t int) bool {
	for q := t - 1; q >= 0 && q >= t-7; q-- {
		switch toks[q].Norm {
		case "which", "who":
			return true
		case ",", ";", "—":
			return false
		}
	}
	return false
}

// nounVerbs are speech verbs that are more often nouns: they attribute only
// right after their speaker ("SANA reports", not "local reports describing").
var nounVerbs = words("reports", "claims", "shows", "show", "report")

// continuations after "X said," keep the speaker ("…, adding that the strikes took place at 1:12 A.M.").
var continuations = words("blaming", "accusing", "adding", "saying", "noting", "citing", "explaining", "according", "before", "clarifying")

// ownWords open the narrator's own source: "according to our assessment",
// "according to our records".
var ownWords = words("our")

// ownStop ends such a phrase ("according to our team, which ...").
var ownStop = words("which", "who", "that", "and")

// passiveAgentAt is the "by" that brings a passive speech verb's speaker
// at token t, or after a short time phrase there ("were claimed the same
// day by Islamic State", "was reported on Monday by police"); -1 if none.
func passiveAgentAt(toks []token, t int) int {
	for q := t; q < len(toks) && q <= t+3; q++ {
		n := toks[q].Norm
		if n == "by" {
			return q
		}
		if !passiveTimeWords.has(n) && !weekdayNames.has(n) {
			return -1
		}
	}
	return -1
}

// passiveTimeWords may stand between a passive speech verb and its "by".
var passiveTimeWords = words("the", "same", "day", "night", "morning", "evening", "on", "later", "quickly", "swiftly", "immediately", "also", "first", "promptly")

// passiveSpeech verbs take their speaker after "by" in the passive: "the
// toll was confirmed by the health directorate".
var passiveSpeech = words("reported", "claimed", "announced", "confirmed", "denied", "stated")

// adverbs set off by commas do not end a speaker phrase ("U.S. sources, however, deny").
var adverbs = words("however", "meanwhile", "though", "too", "also", "instead", "separately", "later", "in")

// titleWords may precede a person's name ("Army Col. Chris Garver").
var titleWords = words("col", "colonel", "gen", "general", "brig", "brigadier",
	"lt", "lieutenant", "maj", "major", "capt", "captain", "army",
	"sgt", "adm", "admiral", "dr", "mr", "ms", "mrs", ".",
	"spokesman", "spokeswoman", "spokesperson", "commander", "minister")

// attribution is one "speaker + speech verb" of a sentence.
type attribution struct {
	verb       int // token index of the verb
	verbEnd    int
	stance     string
	speakers   []string
	name       string
	spFrom     int // speaker phrase tokens [spFrom, spTo)
	spTo       int
	right      bool // speaker after the verb ("said X", "according to X")
	unresolved bool
	inherited  bool // "... and said": the subject of the verb before
	nonDenial  bool // "did not deny", "would neither confirm nor deny": says nothing
}

// inherit gives a the speaker of prev, an earlier verb of the same
// subject, with its speaker phrase at [from, to).
func (a *attribution) inherit(prev attribution, from, to int) {
	a.speakers, a.name, a.unresolved, a.inherited = prev.speakers, prev.name, false, true
	a.spFrom, a.spTo = from, to
}

// clause is the content of one attribution (or of the narration).
type clause struct {
	from, to  int // content tokens
	att       *attribution
	idx       int  // index of att in the sentence's attributions
	answered  bool // a question the speaker answers: "Asked whether X struck, Y said it had not"
	narrated  bool // the narrator's own clause before ", and <speaker> said": it tells the strike even naming no one
	unclaimed bool // the narrator's "no group has claimed the attack": nobody is known to have struck
}

// sentenceAfter is what sentence leaves to be done once it returns.
type sentenceAfter struct {
	follow      bool          // followCounts, if no claim was made since
	claims      int           // len(st.claims) when follow was set
	atts        []attribution // the sentence's attributions, as last set
	quoteGoesOn bool          // the quotation goes on past this sentence
	claims0     int           // len(st.claims) when the sentence began
}

// afterSentence runs when sentence returns, by any of its exits. One
// defer: six (some conditional) over sentence's many returns made Go keep
// a defer record per call instead of open-coding them.
func (st *docState) afterSentence(idx int, s sentences.Sentence, toks []token, ms []match, dates []timex.Mention, after *sentenceAfter) {
	if after.follow && len(st.claims) == after.claims {
		// A figure in a sentence that makes no claim: the last strike's.
		st.followCounts(idx, s, toks, ms, after.atts, dates)
		if len(st.claims) == after.claims {
			st.listedTargets(idx, s) // "Among them were a depot near X and …"
		}
	}
	if len(st.claims) > after.claims0 {
		st.spreadZeroTolls(toks, after.claims0)
	}
	if after.quoteGoesOn {
		st.quoteIdx, st.quoteOpenIdx = idx, idx
	}
	if len(st.claims) == after.claims0 {
		// "A senior U.S. official cast doubt on the claim.": no claim, but
		// the next sentence's "the official said" is that official
		if sp := st.anonSubject(toks, ms, st.afterLabel(s, toks)); sp != "" {
			st.lastSpeaker, st.lastSpeakerName = sp, ""
		}
	}
	st.toldType = sentenceType(idx, s.Para, ms, after.atts)
	st.noteRegime(toks, ms)
	st.noteOccupier(toks, ms)
	st.noteSubjectState(toks, ms)
	st.noteGroup(ms)
}

func (st *docState) sentence(idx int, s sentences.Sentence, f uint8, dates []timex.Mention) {
	text := st.text
	st.toks = tokenizeLowered(text, st.lowerText(), s.Start, s.End, st.toks[:0])
	toks := st.toks
	if len(toks) == 0 {
		return
	}
	st.cues = cuesOf(toks)
	// (once per sentence: each clause of it asks)
	st.sentAirDefence = st.cues.hasWord(cueDown) && airDefence(toks, 0, len(toks))
	st.ms = dropNarratedCounts(toks, dropObjectVoices(toks, st.e.lex.matchAll(toks, st.ms[:0])))
	st.ms = st.armyBeforeAttackNoun(toks, st.ms)
	ms := st.ms
	for k := range ms {
		if rel := ms[k].E.Mention.RelActor; rel != "" && ms[k].E.Mention.Actor == "" {
			ms[k].E = st.relActor(ms[k].E)
		}
		if ms[k].E.Mention.NamedOnly {
			ms[k].E = st.bareGroupActor(ms[k].E)
		}
	}
	after := sentenceAfter{claims0: len(st.claims)}
	defer st.afterSentence(idx, s, toks, ms, dates, &after)
	title := titleCaseMemo{toks: toks} // (read only when a rule below has matched the rest)
	accusedTo := 0                     // the end of the last mention a fabrication aims at
	for k := range ms {
		if ms[k].E.Flags&fCountry != 0 && (inProperName(toks, ms[k]) || datelineCountry(text, toks[ms[k].From].Start, toks[ms[k].To-1].End)) {
			ms[k].InName = true
		}
		if ms[k].E.Flags&fAttackVerb != 0 && ms[k].E.Flags&fMention == 0 && hypotheticalAt(toks, ms[k].From) {
			ms[k].E = properName // "knowing that the crossing could be hit": no strike happened
		}
		if ms[k].E.Flags&(fAttackVerb|fAttackNoun) != 0 && ms[k].E.Flags&fMention == 0 && purposeAt(toks, ms[k].From) {
			ms[k].E = properName // "rockets intended for attacks on the north": a purpose, no strike
		}
		if ms[k].E.Flags&fMention != 0 && (accusedInPurpose(toks, ms[k].From) || accusedTo > 0 && joinsNamesOnly(toks, accusedTo, ms[k].From)) {
			ms[k].E = properName // "staged in order to accuse Russia": whom a fabrication aims at, no one's claim
			accusedTo = ms[k].To
		}
		if ms[k].E.Flags&(fAttackVerb|fAttackNoun) != 0 && ms[k].E.Flags&fMention == 0 && futureConditionAt(toks, ms[k]) {
			ms[k].E = properName // "if attacks against our forces continue, we will respond": no strike told
		}
		if ms[k].E.Flags&fAttackVerb != 0 && ms[k].E.Flags&fMention == 0 && !fallenMunition(toks, ms[k]) {
			ms[k].E = properName // "the blame fell on the governor": nothing fell from the sky
		}
		if ms[k].E.Flags&fAttackVerb != 0 && ms[k].E.Flags&fMention == 0 && figurativeStrike(toks, ms[k]) {
			ms[k].E = properName // "the ministry struck a firmer note": a figure of speech, no strike
		}
		if ms[k].E.Flags&fSpeech != 0 && ms[k].E.Flags&fMention == 0 && !recordListing(toks, ms[k]) {
			ms[k].E = properName // "a list of targets", "the sites they list": no record speaks
		}
		// "near Tell Abyad": a capitalised speech verb after a place
		// preposition is a name
		if ms[k].From > 0 && ms[k].E.Flags&fSpeech != 0 && ms[k].E.Flags&fMention == 0 && toks[ms[k].From].Upper && placePrepositions.has(toks[ms[k].From-1].Norm) && !title.is() {
			ms[k].E = properName
		}
		// "near Hit": a capitalised strike word inside a sentence is a name
		if ms[k].From > 0 && ms[k].To-ms[k].From == 1 && toks[ms[k].From].Upper && ms[k].E.Flags&(fAttackVerb|fAttackNoun) != 0 && ms[k].E.Flags&fMention == 0 && !title.is() {
			if p := toks[ms[k].From-1]; p.Word || p.Norm == "," {
				ms[k].E = properName
			}
		}
	}
	st.intBuf = grow(st.intBuf, 2*len(toks))
	at := st.intBuf[:len(toks)]               // match index+1 starting at token
	cov := st.intBuf[len(toks) : 2*len(toks)] // match index+1 covering token
	for k, m := range ms {
		at[m.From] = k + 1
		for t := m.From; t < m.To; t++ {
			cov[t] = k + 1
		}
	}
	// Quote regions.
	st.boolBuf = grow(st.boolBuf, 2*len(toks))
	quoted := st.boolBuf[:len(toks)]
	in := false
	for k := range toks {
		t := &toks[k] // (by index: no copy of each token)
		if t.Quote == 1 {
			in = true
		} else if t.Quote == 2 {
			in = false
		} else {
			quoted[k] = in
		}
	}
	if in && st.quoteContinues(idx, s) {
		// "“…,” the doctor said. “They were lucky. The drone hit the car
		// in front.”": the quotation goes on past this sentence
		after.quoteGoesOn = true
	}
	st.sentRetract = false
	st.weSaid = false
	st.covered = st.boolBuf[len(toks) : 2*len(toks)]
	for _, m := range ms {
		if m.E.Flags&fMention != 0 {
			for t := m.From; t < m.To; t++ {
				st.covered[t] = true
			}
		}
	}
	st.noteApposition(toks, ms)
	st.noteInterviewee(toks, ms)
	// Headers and datelines.
	if f&hitHeader != 0 {
		if st.header(s, toks, ms) {
			return
		}
	}
	// "MR. REAVES: No. ...", "Iraq's Hashd: US drone hit our men": a
	// speaker label opens the paragraph and speaks all of it.
	labelEnd := -1
	if s.Start == 0 || st.text[s.Start-1] == '\n' {
		if sp, end := st.speakerLabel(toks, ms); sp != "" {
			st.headerSpeaker, st.headerPara, labelEnd = sp, s.Para, end
			// A transcript's upper-case label speaks until the next one.
			st.labelSpeaker = ""
			if upperLabel(st.text, toks[:end]) {
				st.labelSpeaker = sp
			}
		}
	}
	// The narrator speaks again: a dateline block ends.
	if st.blockSpeaker != "" {
		for k, t := range toks {
			if !quoted[k] && (t.Norm == "my" || t.Norm == "i") {
				st.blockSpeaker = ""
				break
			}
		}
	}
	if toks[len(toks)-1].Norm == "?" || writtenQuestion(toks) {
		return // a question asserts nothing
	}
	hasCue := false
	for _, m := range ms {
		if m.E.Flags&(fAttackVerb|fAttackNoun) != 0 && m.E.Flags&fExcept == 0 || predicateCue(toks, ms, m, len(toks)) ||
			m.E.Flags&fMention != 0 && m.E.Mention.Actor != "" && (itWasAt(toks, m, 0, len(toks), true) && flagIn(ms, 0, len(toks), fSpeech) || heldResponsible(toks, m)) ||
			m.E.Flags&fSpeech != 0 && (toks[m.From].is(classBlameVerb) && !chargeOfOtherDeed(toks, ms, m.To, len(toks)) || ownActAfter(toks, m.To) || speechNamesStrike(toks, m.From, m.To)) {
			hasCue = true
			break
		}
	}
	denyish, claimish := false, false
	for _, m := range ms {
		if m.E.Flags&(fDenial|fDispute) != 0 || retractionCue(toks, m) || (m.E.Flags&fSpeech != 0 && m.E.Stance != "asserts" && m.E.Stance != "confirms") {
			denyish = true
		}
		if m.E.Flags&fClaim != 0 || reportMention(m.E) || namedWithdrawal(m) {
			claimish = true
		}
		if retractionCue(toks, m) && !quoted[m.From] {
			st.sentRetract = true
		}
	}
	if !hasCue && (denyish || flagIn(ms, 0, len(toks), fNeg)) && flightDeniedIn(toks, ms, 0, len(toks), denyish) {
		hasCue = true // "denied that its aviation had flown over the area": a denied strike
	}
	hasRef := denyish && (claimish || demonstrativeSubject(toks, clause{from: 0, to: len(toks)}) ||
		st.recentClaim(idx) && pronounAfterDenial(toks, ms)) // "Moscow flatly denies it."
	if from, to := st.unclaimedClause(toks, quoted, st.correspondentLabelEnd(labelEnd)); from < to {
		// "No group has claimed responsibility for the attack": the
		// reporter's own word that nobody is known to have struck
		st.clause(idx, s, toks, ms, at, cov, quoted, clause{from: from, to: to, unclaimed: true}, nil, dates)
		if from == 0 || from == labelEnd+1 {
			return
		}
	}
	atts := st.attributions(toks, ms, at, cov, quoted)
	// (once per sentence: every clause asks, and a sentence may have
	// thousands of clauses and attributions)
	st.sentHabitual = st.mayBeHabitual() && habitualSpeech(toks, atts)
	st.noteQuoteSpeaker(idx, s, toks, atts)
	if !hasRef {
		after.follow, after.claims, after.atts = true, len(st.claims), atts
	}
	// "In its monthly report, the coalition said ... The report also
	// confirmed": remember who issued the last document named.
	if len(atts) > 0 && namesDocument(toks) {
		for _, a := range atts {
			if len(a.speakers) > 0 && a.speakers[0] != model.Journalist && !a.inherited {
				st.lastIssuer = a.speakers[0]
			}
		}
	}
	// "The ministry said in a statement:" introduces the next sentence.
	if toks[len(toks)-1].Norm == ":" && len(atts) > 0 && len(atts[len(atts)-1].speakers) > 0 && !hasCue {
		a := atts[len(atts)-1]
		st.colonSpeakers, st.colonName, st.colonIdx = a.speakers, a.name, idx
	}
	if !hasCue && !hasRef && len(atts) > 0 && len(atts[0].speakers) > 0 && casualtyIn(toks, clause{from: 0, to: len(toks)}) {
		// "More than 15 people were wounded, it said": a source's figure
		// for the strike just told of.
		hasCue = true
	}
	if !hasCue && !hasRef && len(st.meta) > 0 && anyEffectReported(toks, atts) {
		// "Residents confirmed heavy damage": the effects of the strike
		// the report told of
		hasCue = true
	}
	if !hasCue && !hasRef && st.recentClaim(idx) && (elidedNegation(toks, ms, 0, len(toks)) || st.cues.hasWord(cueCause) && otherCause(toks, ms, 0, len(toks))) {
		// "The ministry said its aircraft had not.", "Police said the blast
		// was caused by a gas cylinder": about the strike just told of
		hasCue = true
	}
	if !hasCue && !hasRef && len(st.meta) > 0 && victimIdentity(toks, 0, len(toks)) != "" {
		// "Relatives said the three were livestock traders": who was hit
		// in the strike the report told of.
		hasCue = true
	}
	if !hasCue && !hasRef && len(st.meta) > 0 && anyResolved(atts) && sourceNamesCulprit(toks, ms) {
		// "A U.S. official told us the missiles came from inside Iran", "the
		// command said this was the work of Islamic State": a source's word
		// on who struck the strike told of, however far back it was told.
		hasCue = true
	}
	if !hasCue && !hasRef && st.recentClaim(idx) && namesCulprit(toks, ms) {
		// "Local sources attributed them to Russian aircraft.", "It was the
		// Americans.", "The drone was unidentified.": who struck the strike
		// just told of.
		hasCue = true
	}
	if !hasCue && !hasRef {
		// No strike here, but remember who spoke, for "it said" and "Garver said".
		for _, a := range atts {
			if len(a.speakers) > 0 && a.speakers[0] != model.Journalist {
				st.lastSpeaker = a.speakers[len(a.speakers)-1]
				st.lastSpeakerName = a.name
			}
		}
		if !anyResolved(atts) {
			if sp := st.accountGiver(toks, ms); sp != "" {
				st.lastSpeaker, st.lastSpeakerName = sp, ""
			} else if sp := st.subjectBodyAt(toks, ms, st.afterLabel(s, toks)); sp != "" && len(atts) == 0 {
				st.lastSpeaker, st.lastSpeakerName = sp, ""
			}
		}
		return
	}
	if len(atts) == 0 && in {
		// A quotation that goes on into the next sentence, where its speaker
		// is named: "“The operation was carried out by our helicopters alone.
		// The coalition did not take part,” he said."
		if sp, name := st.quoteSpeaker(s.End); len(sp) > 0 {
			atts = []attribution{{speakers: sp, name: name, stance: model.StanceAsserts, verb: 0, verbEnd: 0}}
			after.atts = atts
			st.clause(idx, s, toks, ms, at, cov, quoted, clause{from: 0, to: len(toks), att: &atts[0]}, atts, dates)
			return
		}
	}
	st.citedSentence = -1
	if sp, from, to := st.citedClaim(toks, ms); sp != "" {
		// "Claims by rebel media that the jets hit a school are false": the
		// cited source asserts what it is said to claim.
		ca := attribution{speakers: []string{sp}, stance: model.StanceAsserts}
		last, lastName := st.lastSpeaker, st.lastSpeakerName
		st.clause(idx, s, toks, ms, at, cov, quoted, clause{from: from, to: to, att: &ca}, atts, dates)
		st.lastSpeaker, st.lastSpeakerName = last, lastName
		st.citedSentence = idx
	}
	clauses := st.clauses(toks, ms, atts, at)
	for i := range clauses {
		if clauses[i].from <= labelEnd {
			clauses[i].from = labelEnd + 1 // the label names no perpetrator
		}
	}
	// "said that A and that B": two statements.
	for i := 0; i < len(clauses); i++ {
		cl := clauses[i]
		for t := cl.from + 1; t+1 < cl.to; t++ {
			// (a "no indication" in B does not void A)
			if (toks[t].Norm == "and" || toks[t].Norm == "but") && toks[t+1].Norm == "that" && !quoted[t] && (cueIn(ms, t+2, cl.to) || flagIn(ms, t+2, cl.to, fNoComment)) {
				clauses[i].to = t
				rest := cl
				rest.from = t + 2
				clauses = slices.Insert(clauses, i+1, rest)
				break
			}
		}
	}
	st.claimClauses(idx, s, toks, ms, at, cov, quoted, clauses, atts, dates)
}

// toldBefore returns the day a sentence says an earlier account was given
// ("had said on Tuesday that ...": the pluperfect sets it before the
// story's day) when that day is before the day the passage borrowed for
// it: a strike is not later than the day it was told.
func toldBefore(text string, dates []timex.Mention, borrowed model.When) (model.When, bool) {
	for _, d := range dates {
		if d.When.From != "" && d.When.Precision == model.PrecisionDay && d.When.To < borrowed.From && statementDate(text, d) &&
			strings.Contains(text[max(0, d.Start-28):d.Start], "had ") {
			return d.When, true
		}
	}
	return model.When{}, false
}

// namedWithdrawal: a withdrawal verb that names what it withdraws
// ("withdrew the statement", "deleted its post"): a reference to a claim.
func namedWithdrawal(m match) bool {
	return m.E.Flags&(fSpeech|fRetract) == fSpeech|fRetract && m.To-m.From > 1
}

// writtenQuestion: a parliamentary written question, which has no question
// mark ("To ask the Secretary of State for Defence whether ...").
func writtenQuestion(toks []token) bool {
	return len(toks) > 2 && toks[0].Norm == "to" && toks[1].Norm == "ask" && toks[2].Norm == "the"
}

// quoteContinues: sentence idx goes on with the last quotation's speaker,
// in the same paragraph right after it, opening a quotation or inside one
// left open.
func (st *docState) quoteContinues(idx int, s sentences.Sentence) bool {
	return len(st.quoteSpeakers) > 0 && idx == st.quoteIdx+1 && s.Para == st.quotePara &&
		(opensQuote(st.text, s.Start) || st.quoteOpenIdx == idx-1)
}

// noteQuoteSpeaker remembers who speaks a quotation of the sentence, for a
// quotation that follows it in the same paragraph with no speaker of its own.
func (st *docState) noteQuoteSpeaker(idx int, s sentences.Sentence, toks []token, atts []attribution) {
	if len(atts) == 0 {
		return
	}
	if !quotedAnywhere(toks) {
		return
	}
	a := atts[len(atts)-1]
	if len(a.speakers) == 0 || a.unresolved || a.speakers[0] == st.narrator {
		return
	}
	st.quoteSpeakers, st.quoteName, st.quotePara, st.quoteIdx = a.speakers, a.name, s.Para, idx
}

// anyResolved: some attribution names its speaker.
func anyResolved(atts []attribution) bool {
	for _, a := range atts {
		if len(a.speakers) > 0 && !a.unresolved {
			return true
		}
	}
	return false
}

// accountNouns announce whose words follow: "A different account came
// from Iraq's defence ministry. In a statement, it said ...".
var accountNouns = words("account", "version", "explanation", "response", "reply", "denial",
	"figure", "toll", "tally") // "Syria's state news agency gave a much lower figure."

// accountNounsFilter turns away most of a sentence's words unhashed.
var accountNounsFilter = newWordFilter(accountNouns)

// accountGiver is the one speaker a sentence with no speech verb names as
// giving an account, or "".
func (st *docState) accountGiver(toks []token, ms []match) string {
	found := false
	for i := range toks {
		t := &toks[i] // (by index: no copy of each token)
		if accountNounsFilter.has(t.Norm) && accountNouns.has(t.Norm) {
			found = true
			break
		}
	}
	if !found {
		return ""
	}
	sp := ""
	for k, m := range ms {
		if !isSpeakerMention(m) || m.E.Mention.Generic {
			continue
		}
		if m.To < len(toks) && toks[m.To].Norm == "'s" && k+1 < len(ms) && ms[k+1].From == m.To+1 && isSpeakerMention(ms[k+1]) {
			continue // "Iraq's defence ministry": the ministry
		}
		if compoundModifier(toks, m) {
			continue // "A Britain-based monitor gave a higher toll": the monitor
		}
		s := st.resolveMention(toks, ms, k)
		if s == "" || sp != "" && s != sp {
			return ""
		}
		sp = s
	}
	return sp
}

// giverBeforeColon is the one speaker the words before a colon or
// semicolon right before the pronoun at p name as giving an account
// ("The ministry has given its own version: it says ..."), or "".
func (st *docState) giverBeforeColon(toks []token, ms []match, p int) string {
	if p < 3 || toks[p-1].Norm != ":" && toks[p-1].Norm != ";" {
		return ""
	}
	k := 0
	for k < len(ms) && ms[k].To <= p-1 {
		k++
	}
	for _, m := range ms[:k] {
		if m.E.Flags&fSpeech != 0 {
			return "" // "X said ...: it" is X's own sentence, told otherwise
		}
	}
	return st.accountGiver(toks[:p-1], ms[:k])
}

// subjectBody is the body a sentence with no speech verb opens with, its
// subject, for "it said" in the next one: "Britain's defence ministry was
// more cautious. In a statement, it said ...".
// It returns "" when the sentence opens otherwise.
func (st *docState) subjectBody(toks []token, ms []match) string {
	return st.subjectBodyAt(toks, ms, 0)
}

// subjectBodyAt is subjectBody for the clause that opens at token start.
func (st *docState) subjectBodyAt(toks []token, ms []match, start int) string {
	k := 0
	for k < len(ms) && ms[k].From < start {
		k++
	}
	if k == len(ms) || start >= len(toks) {
		return ""
	}
	open := start
	if toks[start].Norm == "the" {
		start++
	}
	if ms[k].From != start && ms[k].From != open {
		return "" // (a lexicon phrase may hold the article: "the official news agency")
	}
	if m := ms[k]; m.To < len(toks) && toks[m.To].Norm == "'s" && k+1 < len(ms) && ms[k+1].From == m.To+1 {
		k++ // "Britain's defence ministry": the ministry
	} else if ms[k].E.Flags&fCountry != 0 && k+1 < len(ms) && ms[k+1].From == ms[k].To && isSpeakerMention(ms[k+1]) {
		k++ // "The Israeli military did not comment": the military, of the country named
	}
	if !isSpeakerMention(ms[k]) || ms[k].E.Mention.Generic || ms[k].E.Flags&fCountry != 0 {
		return ""
	}
	if k+1 < len(ms) && ms[k+1].From == ms[k].To && isSpeakerMention(ms[k+1]) {
		return "" // a longer name the lexicon splits: not sure of the head
	}
	return st.resolveMention(toks, ms, k)
}

// anonSubject is the unnamed official or source a sentence with no speech
// verb opens with ("A senior U.S. official cast doubt on the claim."), for
// "the official said" in the next one. It returns "" otherwise. The
// subject opens at token from: after a transcript's label ("KAREEM: A U.S.
// official was blunter.") it is the first token after the colon.
func (st *docState) anonSubject(toks []token, ms []match, from int) string {
	if len(toks)-from < 3 || toks[from].Norm != "a" && toks[from].Norm != "an" && toks[from].Norm != "one" {
		return ""
	}
	k := 0
	for k < len(ms) && ms[k].From < from {
		k++
	}
	if k == len(ms) {
		return ""
	}
	m := ms[k]
	if !isSpeakerMention(m) || m.From > from+3 || m.To > len(toks) || !anonHeads.has(toks[m.To-1].Norm) {
		return ""
	}
	for t := from + 1; t < m.From; t++ {
		if !toks[t].Word {
			return "" // "A day later, officials ...": no subject phrase
		}
	}
	if m.To < len(toks) && anonPlacers.has(toks[m.To].Norm) {
		return "" // "A source in Saraya al-Salam offered a third account": the body after it says who
	}
	return st.resolveMention(toks, ms, k)
}

// correspondentLabelEnd is the first token after a transcript label that
// names the reporter (labelEnd is the label's colon, or -1): the
// correspondent's words are the report's own narration. It is 0 otherwise.
func (st *docState) correspondentLabelEnd(labelEnd int) int {
	if labelEnd < 0 || st.labelSpeaker != model.Journalist {
		return 0
	}
	return labelEnd + 1
}

// anonPlacers put an unnamed voice inside a body named after it.
var anonPlacers = words("in", "within", "inside", "from", "at", "with", "close", "of")

// anonHeads are the heads of an unnamed voice referred back to as "the
// official" or "the source".
var anonHeads = words("official", "source", "diplomat", "officer")

// issuedAside opens an aside that dates a statement or story between it and
// its verb: "An earlier version of this article, published on April 18,
// said", "The statement, issued late on Monday, said".
var issuedAside = words("published", "issued", "posted", "dated")

// afterDateline is the first token after a wire dateline that opens the
// sentence ("DUBAI (CPA) - The ministry ..."), or 0.
func (st *docState) afterDateline(toks []token) int {
	if len(toks) == 0 || !isDateline(st.text, toks[0].Start, toks[0].End) {
		return 0
	}
	for t := 1; t < len(toks) && t < 16; t++ {
		if n := toks[t].Norm; n == "-" || n == "—" || n == "–" {
			return t + 1
		}
	}
	return 0
}

// dropObjectVoices removes the names that speak only as a subject (a
// mention's Subject) where they are not one: "YPG-controlled media
// claimed" is no word of the YPG's own.
func dropObjectVoices(toks []token, ms []match) []match {
	keep := 0
	for k := range ms {
		if ms[k].E.Mention.Subject && !voiceAsSubject(toks, ms, k) {
			continue
		}
		ms[keep] = ms[k]
		keep++
	}
	return ms[:keep]
}

// subjectGap may stand between a group's name and its speech verb: "the
// YPG militia said", "the YPG has denied", "the YPG, for its part, said".
var subjectGap = words("militia", "has", "have", "had", "also", "later", "again", "itself", "quickly", "swiftly", "then", "on", "its", "for", "part", ",")

// voiceAsSubject: the mention ms[k] is the subject of a speech verb after
// it ("the YPG rejected"), or the agent of one before it ("the claims
// circulated by the PKK/YPG").
func voiceAsSubject(toks []token, ms []match, k int) bool {
	m := ms[k]
	if affiliatedTo(toks, m.From) {
		return false // "media close to the YPG said": the outlets', not the group's
	}
	if p := m.From - 1; p >= 0 && toks[p].Norm == "by" || p >= 2 && toks[p].Norm == "/" && toks[p-2].Norm == "by" {
		for j := k - 1; j >= 0 && ms[j].To >= m.From-4; j-- {
			if ms[j].E.Flags&fSpeech != 0 {
				return true
			}
		}
		return false
	}
	t := m.To
	for t < len(toks) && t < m.To+5 && subjectGap.has(toks[t].Norm) {
		t++
	}
	for j := k + 1; j < len(ms) && ms[j].From <= t; j++ {
		if ms[j].From == t && ms[j].E.Flags&(fSpeech|fDenial) != 0 {
			return true
		}
	}
	return false
}

// afterLabel is the first token after a transcript's upper-case label that
// opens the paragraph ("ABOUD: The official news agency did not mention
// the town."), or 0: the subject of what the label's speaker says comes
// after it, whether or not the label itself names a known speaker.
func (st *docState) afterLabel(s sentences.Sentence, toks []token) int {
	if s.Start > 0 && st.text[s.Start-1] != '\n' {
		return 0
	}
	for t := 1; t < len(toks) && t < 5; t++ {
		if toks[t].Norm == ":" {
			if clockColon(toks, t) || !upperLabel(st.text, toks[:t]) {
				return 0
			}
			return t + 1
		}
		if !toks[t].Word && toks[t].Norm != "." {
			return 0
		}
	}
	return 0
}

// spokenFromWords open the phrase that says where a speaker spoke from.
var spokenFromWords = words("at", "in", "from", "by")

// spokenFrom finds where a speaker named after the clause spoke from: the
// phrase after its verb (and the outlet told) that opens with at, in, from
// or by, up to the next comma ("…,” the officer told NNS at a base south of
// Mosul", "police said in Baghdad"). It returns the token range.
func spokenFrom(toks []token, a *attribution, cl clause) (int, int, bool) {
	// "…, a spokesman told reporters in Geneva, calling the attack …": the
	// clause after "told" opens with where it was told
	after := a.verb < cl.to && cl.from >= a.verbEnd && a.verbEnd > a.verb && toks[a.verbEnd-1].Norm == "told"
	if a.verbEnd <= a.verb || a.verb < cl.to && !after {
		return 0, 0, false
	}
	e := max(a.verbEnd, toldWhom(toks, a))
	// step over an unnamed recipient: "told the agency at", "told reporters in"
	for k := 0; k < 3 && e < len(toks) && toks[e].Word && !spokenFromWords.has(toks[e].Norm) && toks[e].Norm != "that"; k++ {
		e++
	}
	if e >= len(toks) || !spokenFromWords.has(toks[e].Norm) {
		return 0, 0, false
	}
	hi := e + 1
	for hi < len(toks) && toks[hi].Norm != "," && toks[hi].Norm != ";" && toks[hi].Quote == 0 && !(after && toks[hi].Norm == "that") {
		hi++
	}
	return e, hi, true
}

// speakingAside reports tokens [from, to) between a speaker and its verb
// that are an aside on how the speaker spoke: ", speaking to reporters in
// Washington on condition of anonymity, said". Its place is where the
// words were said, not where the strike fell.
func speakingAside(toks []token, from, to int) bool {
	return to-from <= 20 && from+1 < to && toks[from].Norm == "," && toks[to-1].Norm == "," && speakingParticiples.has(toks[from+1].Norm)
}

// speakingParticiples open an aside on how a speaker spoke.
var speakingParticiples = words("speaking", "talking", "writing", "briefing", "addressing", "testifying")

// seatBefore finds the speaker's seat opening a sentence before its
// speaker: "In Washington, a Pentagon spokesman said …", "In Ankara, the
// defence ministry said …". It returns the end of "In X ,".
func seatBefore(toks []token, a *attribution) (int, bool) {
	if a.right || a.spTo <= a.spFrom || a.spFrom < 3 || a.spFrom > 12 || toks[0].Norm != "in" || !toks[1].Upper {
		return 0, false
	}
	c := 2
	for c < a.spFrom && toks[c].Norm != "," {
		if !toks[c].Upper && toks[c].Norm != "-" {
			return 0, false // "In a statement, the ministry said": no place
		}
		c++
	}
	// the speaker phrase follows the comma: "In Moscow, the aggressor's defence ministry"
	if c >= a.spFrom || a.spFrom-c > 4 {
		return 0, false
	}
	return c + 1, true
}

// toldWhom returns the end of the capitalised recipient of "told" ("told
// Baghdad Now that", "told Kurdistan 24 on Monday"), or 0.
func toldWhom(toks []token, a *attribution) int {
	if a.verbEnd <= a.verb || a.verbEnd >= len(toks) || toks[a.verbEnd-1].Norm != "told" {
		return 0
	}
	e := a.verbEnd
	for e < len(toks) && e < a.verbEnd+4 && (toks[e].Upper || hasDigit(toks[e].Norm)) {
		e++
	}
	return e
}

// quoteSpeaker finds who speaks a quotation left open at from: the
// attribution after its closing quote, in the same paragraph.
func (st *docState) quoteSpeaker(from int) ([]string, string) {
	text := st.text
	end := min(len(text), from+800)
	if k := strings.Index(text[from:end], "\n\n"); k >= 0 {
		end = from + k
	}
	seg := text[from:end]
	k := strings.IndexAny(seg, "”\"")
	if k < 0 {
		return nil, ""
	}
	start := from + k
	stop := start + 1
	for stop < end && text[stop] != '\n' && (text[stop] != '.' || abbrevBefore(text, stop)) {
		stop++
	}
	toks := tokenize(text, start, stop, nil)
	if len(toks) < 2 {
		return nil, ""
	}
	toks[0].Quote = 2
	ms := dropNarratedCounts(toks, st.e.lex.matchAll(toks, nil))
	at := make([]int, len(toks))
	cov := make([]int, len(toks))
	for i, m := range ms {
		at[m.From] = i + 1
		for t := m.From; t < m.To; t++ {
			cov[t] = i + 1
		}
	}
	saved := st.covered
	st.covered = cov2(ms, len(toks))
	savedAtts := st.attBuf
	st.attBuf = nil // (an array of its own: the sentence's attributions are still read)
	atts := st.attributions(toks, ms, at, cov, make([]bool, len(toks)))
	st.covered, st.attBuf = saved, savedAtts
	for _, a := range atts {
		if len(a.speakers) > 0 && !a.unresolved && a.verb <= 10 {
			return a.speakers, a.name
		}
	}
	return nil, ""
}

// titleAbbrevs end in a full stop that does not end the sentence.
var titleAbbrevs = words("col", "lt", "gen", "maj", "brig", "capt",
	"cpt", "sgt", "cmdr", "adm", "dr", "mr", "mrs", "ms",
	"rep", "sen", "gov", "st", "no", "jr", "u.s", "u.n", "u.k")

// abbrevBefore: the full stop at i closes an abbreviation ("Col.", "U.S.",
// an initial) rather than a sentence.
func abbrevBefore(text string, i int) bool {
	b := i
	for b > 0 && (text[b-1] >= 'a' && text[b-1] <= 'z' || text[b-1] >= 'A' && text[b-1] <= 'Z' || text[b-1] == '.') {
		b--
	}
	w := strings.ToLower(text[b:i])
	return titleAbbrevs.has(w) || len(w) == 1 && text[b] >= 'A' && text[b] <= 'Z'
}

// header handles a social-media header ("OIR Spokesman Verified account
// @OIRSpox - 15:02 UTC") and a release dateline ("SOUTHWEST ASIA –").
// It reports whether the sentence is only a header.
func (st *docState) header(s sentences.Sentence, toks []token, ms []match) bool {
	joined := make([]string, 0, 4)
	for k := 0; k < len(toks) && k < 4; k++ {
		joined = append(joined, toks[k].Norm)
		if sp, ok := datelines[strings.Join(joined, " ")]; ok {
			if k+1 < len(toks) && (toks[k+1].Norm == "—" || toks[k+1].Norm == "-") {
				st.blockSpeaker = sp
				return false
			}
		}
	}
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Norm == "verified" && toks[k+1].Norm == "account" {
			for _, m := range ms {
				if m.E.Flags&fMention != 0 && m.E.Mention.Speaker != "" {
					st.headerSpeaker = m.E.Mention.Speaker
					st.headerPara = s.Para + 1
					return true
				}
			}
		}
	}
	return false
}

func isSpeakerMention(m match) bool {
	mm := m.E.Mention
	if m.InName {
		return false
	}
	return m.E.Flags&fMention != 0 && (mm.Speaker != "" || mm.Relative != "" || mm.Generic)
}

// relativeKey is the byHead key of the last body of a relative kind named
// with its country ("mod": "Turkey's defence ministry").
func relativeKey(relative string) string { return "rel:" + relative }

// relativeSpeaker is the speaker a state body ("mod", "state-tv", ...) of
// country iso stands for: its id where the registry has one, a local voice
// for a country whose state has no actor id (Yemen, Lebanon, Somalia).
func relativeSpeaker(iso, relative string) string {
	sp, known := stateSpeaker(iso, relative)
	if !known {
		return "local-sources"
	}
	return sp
}

// stateSpeaker returns the speaker id of the state body relative of country
// iso ("" when the registry has none), and whether the registry knows that
// country's state voices at all.
func stateSpeaker(iso, relative string) (string, bool) {
	if id, ok := selfSpeakers[iso]; ok {
		return id, true
	}
	sp, ok := countrySpeakers[iso]
	return stateVoice(sp, relative), ok
}

// noteOccupier remembers the state a report names as an occupier ("the
// Turkish occupation army", "Israeli occupation forces"), which it may
// later call only "the occupation state".
func (st *docState) noteOccupier(toks []token, ms []match) {
	for _, m := range ms {
		if m.E.Flags&fCountry != 0 && m.To < len(toks) && toks[m.To].Norm == "occupation" {
			st.occupier = m.E.ISO
		}
		if m.To-m.From == 2 && toks[m.To-1].Norm == "occupation" {
			if iso := countryISO(toks[m.From].Norm); iso != "" {
				st.occupier = iso // one lexicon row: "Turkish occupation"
			}
		}
	}
}

// siteNouns name a struck site that "the same" points back to.
var siteNouns = words("airport", "airbase", "base", "town", "village", "city", "site", "hospital", "market", "building", "school", "camp", "area", "neighbourhood", "neighborhood", "district")

// sameSiteIn reports "the same <site>" in tokens [from, to): "warplanes
// attacked the same airport" names the place of the strike told before,
// whatever other place the sentence names.
func sameSiteIn(toks []token, from, to int) bool {
	for j := from + 2; j < to; j++ {
		if toks[j].is(classSiteNoun) && toks[j-1].Norm == "same" && toks[j-2].Norm == "the" {
			return true
		}
	}
	return false
}

// backSiteNouns name a site a report calls "the <noun>" again once it has
// named it by its town. ("hospital" is left out: the wounded are taken to
// one elsewhere.)
var backSiteNouns = words("airport", "airbase", "base", "camp", "market", "school", "refinery", "port", "dam")

// namedSitePlace places a clause that names no place but "the airport" (a
// site noun after "the", perhaps past one adjective) at the town the
// report last named that site by before the sentence at sentStart: "the
// military airport of Hama", "Hama airport". Of two sites named before,
// the clause tells of the one its noun names.
func (st *docState) namedSitePlace(toks []token, cl clause, sentStart int) (model.Where, bool) {
	for j := cl.from + 1; j < cl.to; j++ {
		if !toks[j].is(classBackSiteNoun) || !(toks[j-1].Norm == "the" || j-2 >= cl.from && toks[j-2].Norm == "the" && !toks[j-1].Upper) {
			continue
		}
		for k := len(st.located) - 1; k >= 0; k-- {
			l := st.located[k]
			if l.End > sentStart {
				continue
			}
			if p := l.Where.Precision; (p == model.PlaceTown || p == model.PlacePoint) && siteOfTown(st.text, l, toks[j].Norm) {
				return l.Where, true
			}
		}
		return model.Where{}, false
	}
	return model.Where{}, false
}

// siteOfTown reports the site noun right after a town ("Hama airport") or
// before it past "of", "near", "in" or "at" ("the airport of Hama", "an
// airbase near Tiyas").
func siteOfTown(text string, l gazetteer.Located, noun string) bool {
	if lowerASCII(nextWordOf(text, l.End)) == noun {
		return true
	}
	pos := l.Start
	for range 3 {
		w := prevWordOf(text, pos)
		if w == noun {
			return true
		}
		if !siteLinkWords.has(w) {
			return false
		}
		pos = spacesBefore(text, pos) - len(w) // where w starts
	}
	return false
}

// siteLinkWords stand between a site noun and the town that places it.
var siteLinkWords = words("of", "near", "in", "at", "outside")

// noteRegime remembers the actor a report names with "regime" after it
// ("the Zionist regime", "the Syrian regime"): the regime it later calls
// only "the regime" (an Iranian outlet's "the regime's warplanes" are
// Israel's, an opposition outlet's Syria's).
func (st *docState) noteRegime(toks []token, ms []match) {
	for _, m := range ms {
		a := m.E.Mention.Actor
		if a == "" || m.E.Flags&fMention == 0 {
			continue
		}
		if m.To < len(toks) && toks[m.To].Norm == "regime" || m.To-m.From >= 2 && toks[m.To-1].Norm == "regime" {
			st.regime = a
		}
	}
}

// bareRegime reports a lexicon row that names a regime without saying
// whose ("regime warplanes", "the forces of the regime").
func bareRegime(phrase string) bool {
	return strings.HasPrefix(phrase, "regime") || strings.HasSuffix(phrase, "of the regime")
}

// countryISO is the country a name or demonym stands for, or "".
func countryISO(word string) string {
	for _, c := range countries {
		if c.Phrase == word {
			return c.ISO
		}
	}
	return ""
}

// occupierNouns may stand between "occupation" and the owned body: "the
// occupation state's ministry", "the occupation army's spokesman".
var occupierNouns = words("state", "government", "army", "regime", "authorities", "forces")

// occupationOwned: the body at from is owned by "the occupation" ("the
// occupation state's defence ministry"), a partisan outlet's name for a
// state it does not name there.
func occupationOwned(toks []token, from int) bool {
	t := from - 1
	if t >= 0 && toks[t].Norm == "'s" {
		t--
	}
	if t >= 0 && occupierNouns.has(toks[t].Norm) {
		t--
	}
	return t >= 0 && t < from-1 && toks[t].Norm == "occupation"
}

// groupSpeakers are the organisations a report may call "the group".
var groupSpeakers = words("pmf", "isis-amaq", "ngo", "airwars")

// noteSubjectState remembers the state a sentence opens with ("Moscow
// rejected that."), for "Its defence ministry said" in the next one.
func (st *docState) noteSubjectState(toks []token, ms []match) {
	st.subjectState = ""
	if len(ms) > 0 {
		st.subjectState = stateNamedAt(toks, ms[0], 2)
	}
}

// stateNamedAt returns the country of mention m when it names a state by
// its name or capital ("Russia", "Moscow", not "Russian jets") within the
// first `within` tokens, or "".
func stateNamedAt(toks []token, m match, within int) string {
	if m.From >= within || m.To-m.From != 1 || m.E.Flags&fMention == 0 || m.E.Mention.Speaker == "" {
		return ""
	}
	if iso := capitalStates[toks[m.From].Norm]; iso != "" {
		return iso
	}
	if m.E.Flags&fCountry != 0 {
		return m.E.ISO
	}
	return ""
}

// noteGroup remembers the last organisation a sentence names, for "the
// group said" in a later one, and the last body, for "its coordinator said".
func (st *docState) noteGroup(ms []match) {
	body := false
	for k := len(ms) - 1; k >= 0; k-- {
		e := ms[k].E
		if e.Flags&fMention == 0 || e.Mention.Generic {
			continue
		}
		if e.Mention.Speaker != "" && !ms[k].InName {
			st.noteHeadWords(e, e.Mention.Speaker) // "the toll from the Hama health directorate has risen. The directorate says"
		}
		if !body && isBody(ms[k]) {
			st.lastBody, body = e.Mention.Speaker, true
		}
		if groupSpeakers.has(e.Mention.Speaker) {
			st.lastGroup = e.Mention.Speaker
			return
		}
	}
}

// restrictiveOpeners open a clause that picks the sources out ("the
// sources we consulted", "the sources who spoke to us"): new ones, not
// the ones last heard.
var restrictiveOpeners = words("we", "i", "who", "that", "which", "whom", "whose", "our")

// restrictedAfter reports a restrictive clause (no comma) at token t.
func restrictedAfter(toks []token, t int) bool {
	return t < len(toks) && restrictiveOpeners.has(toks[t].Norm)
}

// anonymousIn gives, for a body's official voice, the id of the unnamed
// people who speak from inside it.
var anonymousIn = map[string]string{"iraq-mod": "iraqi-sources", "iraq-joc": "iraqi-sources", "iraq-military": "iraqi-sources", "us-dod": "us-official"}

// anonymousHeads name an unnamed person, not a post: "an official at",
// "a source in".
var anonymousHeads = words("official", "officials", "source", "sources", "officer", "officers")

// personIn resolves an unnamed person in a body ("an official at the
// Nineveh Operations Command", "an Iraqi military official") to the id of
// such people, not to the body speaking officially. head is the noun that
// names the person.
func personIn(body, head string) string {
	if !anonymousHeads.has(head) {
		return body // (the set first: the map look-up costs four times as much)
	}
	if u := anonymousIn[body]; u != "" {
		return u
	}
	return body
}

// staffTitles name the post of a monitor's or an outlet's own staff; a
// country just before one is the post's brief ("Syria director", "senior Iraq
// researcher"), and in a monitor's own report such a person speaks for it.
var staffTitles = words("researcher", "director", "analyst", "expert",
	"specialist", "correspondent", "editor", "coordinator", "campaigner", "investigator")

// resolveMention returns the speaker id of a mention in a speaker phrase.
func (st *docState) resolveMention(toks []token, ms []match, k int) string {
	if to := ms[k].To; ms[k].E.Flags&fCountry != 0 && to < len(toks) && staffTitles.has(toks[to].Norm) {
		return "" // "senior Iraq researcher": the country is the brief, not the employer
	}
	sp := st.mentionSpeaker(toks, ms, k)
	if e := ms[k].E; sp != "" && e.Mention.Relative != "" && k > 0 && ms[k-1].E.Flags&fCountry != 0 {
		st.setByHead(relativeKey(e.Mention.Relative), sp) // "Turkey's defence ministry", for "the defence ministry" later
	}
	if officialVoices.has(sp) && !capitalMention(toks, ms[k]) {
		st.setStateVoice(st.e.actors.SpeaksFor(sp), sp) // for "Baghdad said" later
	}
	st.noteSourceVoice(toks, ms[k], sp)
	if e := ms[k].E; sp != "" && !e.Mention.Generic {
		st.noteHeadWords(e, sp) // the body, for "the ministry added", "the cell said"
		if to := ms[k].To; to < len(toks) {
			sp = personIn(sp, toks[to].Norm) // "a JOC official said"
		}
	}
	return sp
}

// noteSourceVoice remembers whom a source introduced as such speaks for ("an
// Iraqi security source", "military sources"): "the source" later in the
// report is that one, though another speaker was named after it. "The
// source" itself is no introduction.
func (st *docState) noteSourceVoice(toks []token, m match, sp string) {
	if sp == "" || sp == model.Journalist {
		return
	}
	if last := toks[m.To-1].Norm; last != "source" && last != "sources" {
		return
	}
	for t := max(0, m.From-1); t < m.To; t++ {
		if n := toks[t].Norm; n == "the" || n == "same" || n == "that" || n == "this" {
			return
		}
	}
	st.lastSource = sp
}

// mentionSpeaker resolves a mention to its speaker id. It records nothing
// itself, but a body named after "of/for" is resolved (and recorded for "the
// ministry") through resolveMention.
func (st *docState) mentionSpeaker(toks []token, ms []match, k int) string {
	m := ms[k]
	mm := m.E.Mention
	if mm.Relative != "" {
		if sp := forceOwner(toks, ms, k); sp != "" {
			return sp // "the general command of the Syrian Democratic Forces": the force's own
		}
		if sp := memberOfAfter(toks, ms, k, mm.Relative); sp != "" {
			return sp // "the Ministry of the Armed Forces of the French Republic"
		}
		if ownedByForce(toks, ms, k) {
			return "" // "the General Command of the Syrian Democratic Forces" is no state body
		}
		// "Iraqi state TV": a demonym just before fixes the country.
		iso := st.country
		if k > 0 && (ms[k-1].To == m.From || ms[k-1].To == m.From-1 && toks[m.From-1].Norm == "'s" || modifiedBy(toks, ms[k-1], m)) && ms[k-1].E.Flags&fCountry != 0 {
			// "Turkey's defence ministry" in a report about Iraq is not
			// Iraq's; "Yemen's defence ministry" is a local voice
			return relativeSpeaker(ms[k-1].E.ISO, mm.Relative)
		}
		if occupationOwned(toks, m.From) {
			// "the occupation state's defence ministry": the state the report
			// calls the occupation, never the report's own
			if st.occupier == "" {
				return ""
			}
			return relativeSpeaker(st.occupier, mm.Relative)
		}
		if k > 0 && ms[k-1].To == m.From-1 && toks[m.From-1].Norm == "'s" {
			if sp := memberVoice(ms[k-1].E.Mention, mm.Relative); sp != "" {
				return sp // "Britain's defence ministry": the member's, though Britain is also a place
			}
		}
		if voicelessOwner(toks, m.From) {
			return "local-sources" // "the Dutch defence ministry": a state with no actor id
		}
		if m.From == 1 && toks[0].Norm == "its" && st.subjectState != "" {
			// "Moscow rejected that. Its defence ministry said": the state
			// the sentence before opened with
			return relativeSpeaker(st.subjectState, mm.Relative)
		}
		if iso := st.placeOwner(toks, m.From); iso != "" {
			// "the Baghdad Operations Command", "Moscow's defence ministry":
			// the body of the place's state, not the report's
			return relativeSpeaker(iso, mm.Relative)
		}
		if j, ok := countryOfAfter(toks, ms, k); ok {
			// "the Ministry of National Defence of Türkiye": the country
			// the name gives, not the report's
			return relativeSpeaker(ms[j].E.ISO, mm.Relative)
		}
		if iso := capitalAfter(toks, m.To); iso != "" {
			return relativeSpeaker(iso, mm.Relative) // "the Ministry of Defence in London said"
		}
		if iso := frontedCapital(toks, m.From); iso != "" && !mm.Owned {
			return relativeSpeaker(iso, mm.Relative) // "In Ankara, the defence ministry said"
		}
		if k > 0 && (ms[k-1].To == m.From || ms[k-1].To == m.From-1 && toks[m.From-1].Norm == "'s" || modifiedBy(toks, ms[k-1], m)) {
			if sp := memberVoice(ms[k-1].E.Mention, mm.Relative); sp != "" {
				return sp // "a French officer", "a British defence source", "Britain's defence ministry"
			}
		}
		if k > 0 && ms[k-1].To == m.From && ownVoice(ms[k-1]) {
			return ms[k-1].E.Mention.Speaker // "the French Armed Forces General Staff": the force's own staff
		}
		if mm.Owned {
			// "the authorities" with no country named: not the report's
			// state, but where that state has no voice of its own (Yemen,
			// Mali) whoever governs there is a local voice
			if _, known := stateSpeaker(iso, mm.Relative); mm.LocalBare && iso != "" && !known {
				return "local-sources"
			}
			return ""
		}
		if m.From > 0 && toks[m.From-1].Norm == "the" && len(st.byTail) > 0 {
			if sp := st.byTail[strings.Join(m.E.Words, " ")]; sp != "" {
				return sp // "the YPG general command said ... The general command rejected": the body named before
			}
		}
		if sp := st.byHead[relativeKey(mm.Relative)]; sp != "" && m.From > 0 && toks[m.From-1].Norm == "the" {
			// "Turkey's defence ministry said ... The ministry of defence
			// added": the body named before, not the report's country's
			return sp
		}
		if sp := st.outletVoice(mm.Relative); sp != "" {
			return sp // "ANKARA - ... security sources said" of a strike in Syria: Turkey's
		}
		if sp, _ := stateSpeaker(iso, mm.Relative); sp != "" {
			return sp
		}
		for _, h := range []string{"IQ", "SY", "RU", "US"} {
			if slices.Contains(st.hints, h) {
				if sp, _ := stateSpeaker(h, mm.Relative); sp != "" {
					return sp
				}
			}
		}
		if _, known := stateSpeaker(iso, mm.Relative); iso != "" && !known {
			return "local-sources" // "the interior ministry said" in a report about Yemen
		}
		return ""
	}
	if mm.Generic {
		// "the spokesman for the coalition", "the spokesman of the Joint Operations Command"
		t := m.To
		if t < len(toks) && (toks[t].Norm == "for" || toks[t].Norm == "of" || toks[t].Norm == "from" || toks[t].Norm == "at" || toks[t].Norm == "within") {
			for j := k + 1; j < len(ms) && ms[j].From <= unitReach(toks, t); j++ {
				if isSpeakerMention(ms[j]) && !ms[j].E.Mention.Generic {
					if ms[j].E.Flags&fCountry != 0 && nationalityOfParty(toks, ms[j].To, len(toks)) {
						return "" // "a spokesman for one of the Iranian Kurdish parties": a party's, not the state's
					}
					// "a statement from Iraq's Security Media Cell": the head speaks
					if e := ms[j].To; e+1 < len(toks) && toks[e].Norm == "'s" && j+1 < len(ms) && ms[j+1].From == e+1 && isSpeakerMention(ms[j+1]) {
						j++
					}
					return personIn(st.resolveMention(toks, ms, j), toks[m.To-1].Norm)
				}
			}
		}
		if t < len(toks) && (toks[t].Norm == "for" || toks[t].Norm == "of") && partyNamedFrom(toks, t+1) {
			return "" // "a spokesman for one of the Kurdish parties": a party the lexicon does not know, not the last speaker
		}
		if j, ok := frontedSeat(toks, ms, k); ok {
			return st.resolveMention(toks, ms, j) // "At the Pentagon, press secretary Jane Roe said": a post there
		}
		if localPost(toks, m) {
			return "local-sources" // "camp officials", "a spokeswoman for the camp's council"
		}
		// "CJTF-OIR spokesman", "the Pentagon's deputy press secretary"
		if from := rankedPostFrom(toks, m.From); k > 0 && (ms[k-1].To == from || ms[k-1].To == from-1 && toks[from-1].Norm == "'s") && isSpeakerMention(ms[k-1]) && !ms[k-1].E.Mention.Generic {
			return st.resolveMention(toks, ms, k-1)
		}
		// "the brigade's media office": a unit of the body the report last named
		if m.From >= 2 && toks[m.From-1].Norm == "'s" && roleNouns.has(toks[m.From-2].Norm) && st.lastBody != "" {
			return st.lastBody
		}
		n := toks[m.From].Norm
		last := toks[m.To-1].Norm
		if last == "reporter" || last == "correspondent" || last == "this" {
			return st.narrator
		}
		if (last == "report" || last == "statement" || last == "release") && st.lastIssuer != "" {
			return st.lastIssuer
		}
		if sp := st.byHead[last]; sp != "" && (n == "the" || m.From > 0 && (toks[m.From-1].Norm == "the" || toks[m.From-1].Norm == "that")) {
			return sp // "the ministry": the last ministry named
		}
		if last == "source" || last == "sources" || last == "official" || last == "officials" {
			if n == "initial" || last == "official" && m.To < len(toks) && (toks[m.To].Upper && toks[m.To].Word || personPosts.has(toks[m.To].Norm)) {
				return "" // "the official SANA news agency", "the official representative of": an adjective
			}
			if iso := capitalAfter(toks, m.To); iso != "" {
				sp, _ := stateSpeaker(iso, "sources") // "officials in Ankara": the state's
				return sp
			}
			if (n == "the" || n == "same") && !restrictedAfter(toks, m.To) {
				if (last == "source" || last == "sources") && st.lastSource != "" {
					return st.lastSource // "a security source said, as Washington denied ... The source added": the source, not Washington
				}
				if st.lastSpeaker != "" && st.lastSpeaker != model.Journalist {
					return st.lastSpeaker // "a military source said ... The source added": the same one
				}
			}
			if st.lastSpeaker == "iraqi-sources" || st.lastSpeaker == "us-official" || st.lastSpeaker == "local-sources" {
				return st.lastSpeaker
			}
			if sp, _ := stateSpeaker(st.country, "anon"); sp != "" {
				return sp
			}
			return "local-sources"
		}
		if (st.lastSpeaker == "" && last == "office") || last == "group" || last == "grouping" {
			// "The PMF have dropped their accusation ..., the group said":
			// the organisation that is the sentence's subject
			for j := 0; j < k && j < 12; j++ {
				if isCue(ms[j].E) || ms[j].E.Flags&fSpeech != 0 {
					break // past the subject
				}
				if isSpeakerMention(ms[j]) && !ms[j].E.Mention.Generic && !ms[j].E.Mention.Person && ms[j].E.Mention.Speaker != "" && ms[j].E.Flags&fCountry == 0 {
					return ms[j].E.Mention.Speaker
				}
			}
			if (last == "group" || last == "grouping") && st.lastGroup != "" {
				return st.lastGroup // "The PMF gave a different account. In a statement, the umbrella group said"
			}
		}
		return st.lastSpeaker
	}
	if mm.Speaker != "" {
		if capitalMention(toks, m) {
			if sp := st.stateVoice[st.e.actors.SpeaksFor(mm.Speaker)]; sp != "" {
				return sp // "The Joint Operations Command said ... Baghdad said": the voice already heard
			}
		}
		return mm.Speaker
	}
	return ""
}

// coordinatedSpeakers adds to a the speakers listed after the mention at j
// and before v: "X and Y", "X, Y and Z". Commas join only in a list that an
// "and" closes, so an apposition ("Tasnim, an Iranian agency, said") adds
// no one.
func (st *docState) coordinatedSpeakers(toks []token, ms []match, j, k, v int, a *attribution) {
	var pending []string // joined by commas, waiting for the closing "and"
	prevTo := ms[j].To
	for j2 := j + 1; j2 < k && ms[j2].To <= v; j2++ {
		gap := toks[prevTo:ms[j2].From]
		if ms[j2].E.Flags&fCountry != 0 && j2+1 < k && ms[j2+1].From == ms[j2].To && ms[j2+1].To <= v && isSpeakerMention(ms[j2+1]) {
			j2++ // "the Iraqi Border Guards": the body the demonym qualifies speaks
		}
		if len(gap) == 0 || len(gap) > 2 || gap[0].Norm != "and" && gap[0].Norm != "," || !isSpeakerMention(ms[j2]) {
			return
		}
		if len(gap) == 2 && !articles.has(gap[1].Norm) {
			return
		}
		sp2 := st.resolveMention(toks, ms, j2)
		if sp2 == "" {
			return
		}
		if gap[0].Norm == "," {
			pending = append(pending, sp2)
			prevTo = ms[j2].To
			continue
		}
		for _, p := range append(pending, sp2) {
			if !slices.Contains(a.speakers, p) {
				a.speakers = append(a.speakers, p)
			}
		}
		return
	}
}

// postRanks may open a post between its body and it: "the Pentagon's
// deputy press secretary", "the coalition's acting spokesman".
var postRanks = words("deputy", "acting", "chief", "senior", "assistant", "principal")

// rankedPostFrom is where the post that opens at from begins with the
// ranks before it.
func rankedPostFrom(toks []token, from int) int {
	for n := 0; n < 2 && from > 0 && postRanks.has(toks[from-1].Norm); n++ {
		from--
	}
	return from
}

// sameWordsAside reports a speech verb at t inside an aside that says the
// speaker said the same elsewhere: "The coalition told us, as it told
// several news organisations, that ...", "as she had told reporters".
func sameWordsAside(toks []token, t int) bool {
	p := t - 1
	for p >= 0 && asideAux.has(toks[p].Norm) {
		p--
	}
	if p < 2 || !subjectPronouns.has(toks[p].Norm) {
		return false
	}
	return toks[p-1].Norm == "as" && toks[p-2].Norm == ","
}

// asideAux may stand between the pronoun and the verb of such an aside.
var asideAux = words("had", "has", "have", "did", "also", "earlier")

// quotedNameOpen is the opening quote of a speaker's name set in quotes
// and closed at t (translated reports quote a body's name: "a media
// official of the "Syrian Democratic Forces" said"), or -1; not a
// so-called name, which mocks it.
func quotedNameOpen(toks []token, ms []match, t int) int {
	if toks[t].Quote != 2 {
		return -1
	}
	for k := len(ms) - 1; k >= 0; k-- {
		if m := ms[k]; m.To == t {
			if m.From > 1 && toks[m.From-1].Quote == 1 && toks[m.From-2].Norm != "called" && isSpeakerMention(m) && !m.E.Mention.Generic {
				return m.From - 1
			}
			return -1
		}
	}
	return -1
}

// officialVoices are a state's official bodies: a capital that speaks after
// one of them has ("Baghdad said") speaks through it.
var officialVoices = words("iraq-mod", "iraq-joc", "iraq-military", "russia-mod", "us-dod", "syria-gov")

// capitalMention: m is a capital standing for its state ("Baghdad").
func capitalMention(toks []token, m match) bool {
	return m.To-m.From == 1 && capitalStates[toks[m.From].Norm] != ""
}

// voicelessStates name states with no actor id that the country table
// (which steers places) leaves out, mostly coalition partners: their state
// bodies are local voices (docs/methodology.md), never the report's state.
var voicelessStates = words("dutch", "netherlands", "danish", "denmark", "belgian", "belgium",
	"australian", "australia", "canadian", "canada", "german", "germany", "norwegian", "norway",
	"italian", "italy", "spanish", "spain", "emirati", "qatari", "qatar", "bahraini", "bahrain",
	"kuwaiti", "kuwait", "egyptian", "egypt", "moroccan", "morocco")

// voicelessOwner: the state body starting at token from is named by such a
// state ("the Dutch defence ministry", "the Netherlands' defence ministry").
func voicelessOwner(toks []token, from int) bool {
	t := from - 1
	if t > 0 && (toks[t].Norm == "'s" || toks[t].Norm == "'") {
		t--
	}
	return t >= 0 && voicelessStates.has(toks[t].Norm)
}

// capitalStates are capitals that name their state's officials: "officials
// in Ankara said", "In Moscow, the defence ministry said".
var capitalStates = map[string]string{
	"ankara": "TR", "moscow": "RU", "tehran": "IR", "damascus": "SY",
	"washington": "US", "baghdad": "IQ", "beirut": "LB", "sanaa": "YE",
	"london": "GB", "paris": "FR",
}

// capitalAfter returns the country of "in <Capital>" at token t, or "".
func capitalAfter(toks []token, t int) string {
	if t+1 >= len(toks) || toks[t].Norm != "in" || !toks[t+1].Upper {
		return ""
	}
	if t+2 < len(toks) && toks[t+2].Norm == "-" {
		return "" // "officials in Washington-backed ..."
	}
	return capitalStates[toks[t+1].Norm]
}

// placeOwner returns the country of a capital or a located place that
// names the body starting at token from ("the Nineveh Operations Command",
// "Tehran's defence ministry"), or "".
func (st *docState) placeOwner(toks []token, from int) string {
	t := from - 1
	if t >= 1 && toks[t].Norm == "'s" {
		t--
	}
	if t < 0 || !toks[t].Upper || !toks[t].Word {
		return ""
	}
	if iso := capitalStates[toks[t].Norm]; iso != "" {
		return iso
	}
	end := toks[t].End
	i := sort.Search(len(st.located), func(i int) bool { return st.located[i].Start >= toks[0].Start })
	for ; i < len(st.located) && st.located[i].Start < end; i++ {
		if l := st.located[i]; l.End == end && !l.Framed && l.Where.Country != "" {
			return l.Where.Country
		}
	}
	return ""
}

// capitalModifier: the mention ms[j] is a capital naming the state body
// right after it ("the Baghdad Operations Command"): the body speaks.
func capitalModifier(toks []token, ms []match, j int) bool {
	m := ms[j]
	if j+1 >= len(ms) || capitalStates[toks[m.From].Norm] == "" || m.To-m.From != 1 {
		return false
	}
	n := ms[j+1]
	return n.From == m.To && n.E.Flags&fMention != 0 && n.E.Mention.Relative != ""
}

// frontedSeat finds the body a sentence opens with as "At <body>," right
// before the post at ms[k] ("At the Pentagon, press secretary Jane Roe
// said"): the post is the body's. It returns the body's match index.
func frontedSeat(toks []token, ms []match, k int) (int, bool) {
	if k == 0 || len(toks) == 0 || toks[0].Norm != "at" {
		return 0, false
	}
	j := k - 1
	b := ms[j]
	if b.To >= len(toks) || toks[b.To].Norm != "," || b.To+1 != ms[k].From || !isBody(b) {
		return 0, false
	}
	if b.From != 1 && (b.From != 2 || toks[1].Norm != "the") {
		return 0, false
	}
	return j, true
}

// countryModifier: the mention ms[j] is a country's name standing right
// before a body with a voice of its own, as part of that body's name ("the
// Syria Civil Defence", "the Iraq Red Crescent"): the body speaks.
func countryModifier(ms []match, j int) bool {
	m := ms[j]
	if j+1 >= len(ms) || m.To-m.From != 1 || m.E.Flags&fCountry == 0 || m.E.Mention.Speaker == "" {
		return false
	}
	n := ms[j+1]
	return n.From == m.To && isSpeakerMention(n) && !n.E.Mention.Generic && n.E.Mention.Speaker != "" && n.E.Mention.Speaker != m.E.Mention.Speaker
}

// frontedCapital returns the country of a sentence that opens "In
// <Capital>," before the mention at from, or "".
func frontedCapital(toks []token, from int) string {
	if from < 3 || from > 6 || toks[0].Norm != "in" || toks[2].Norm != "," {
		return ""
	}
	return capitalAfter(toks, 0)
}

// memberOfAfter is the voice of a coalition member named by its demonym
// right after the state body at ms[k] ("the Ministry of the Armed Forces of
// the French Republic"), or "".
func memberOfAfter(toks []token, ms []match, k int, relative string) string {
	j, ok := mentionOfAfter(toks, ms, k)
	if !ok {
		return ""
	}
	return memberVoice(ms[j].E.Mention, relative)
}

// countryOfAfter finds a country named right after the state body at
// ms[k] ("the Ministry of Defence of Türkiye", "... of the Russian
// Federation") and returns its match index.
func countryOfAfter(toks []token, ms []match, k int) (int, bool) {
	j, ok := mentionOfAfter(toks, ms, k)
	if !ok || ms[j].E.Flags&fCountry == 0 || ms[j].E.ISO == "" {
		return 0, false
	}
	return j, true
}

// mentionOfAfter finds the mention right after "of" or "of the" that
// follows mention k ("the armed forces of the French Republic"): its index.
func mentionOfAfter(toks []token, ms []match, k int) (int, bool) {
	t := ms[k].To
	if t >= len(toks) || toks[t].Norm != "of" || k+1 >= len(ms) {
		return 0, false
	}
	from := t + 1
	if from < len(toks) && toks[from].Norm == "the" {
		from++
	}
	if from+2 < len(toks) && stateForms.has(toks[from].Norm) && toks[from+1].Norm == "of" {
		from += 2 // "the Ministry of National Defence of the Republic of Turkey"
	}
	if ms[k+1].From != from {
		return 0, false
	}
	return k + 1, true
}

// stateForms name a state by its form before its country: "the Republic
// of Turkey", "the Kingdom of Saudi Arabia", "the State of Israel".
var stateForms = words("republic", "kingdom", "state")

// unitReach is the last token where the body of a post named after t may
// start: three words on, or past a unit of it ("a spokesman for the border
// regiment of Iraq's Popular Mobilization Forces").
func unitReach(toks []token, t int) int {
	for q := t + 2; q < len(toks) && q <= t+4; q++ {
		if toks[q].Norm == "of" && roleNouns.has(toks[q-1].Norm) {
			return q + 3
		}
		if !toks[q].Word {
			break
		}
	}
	return t + 3
}

// tallyNouns after a possessive make its owner a source, not an agent:
// "four died by the PMF's count".
var tallyNouns = words("count", "tally", "estimate", "figures", "account", "reckoning")

// tallyOf reports "'s count" at token t: the mention before it counts.
func tallyOf(toks []token, t int) bool {
	return t+1 < len(toks) && toks[t].Norm == "'s" && tallyNouns.has(toks[t+1].Norm)
}

// localBodies are the bodies of a place, not of a state or an armed
// force: their officials and spokespeople are local voices.
var localBodies = words("camp", "camp's", "hospital", "hospital's", "clinic", "district", "municipal",
	"municipality", "village", "village's", "town's", "city's", "council", "council's", "provincial", "health")

// localOwners own a local body by the possessive ("the city's security
// directorate", "the province's health office"); the tokenizer splits
// "'s" off, so localBodies' "city's" forms do not see them.
var localOwners = words("city", "town", "village", "camp", "province", "governorate", "district")

// forceModifiers before a local body's noun make it an armed force's
// ("a military council").
var forceModifiers = words("military")

// localPost: a generic speaker ("officials", "a spokeswoman") of a local
// body, named just before it ("camp officials") or after "for/of/at/in"
// ("a spokeswoman for the camp's council", "a source in the provincial
// health directorate").
func localPost(toks []token, m match) bool {
	if m.From > 0 && localBodies.has(toks[m.From-1].Norm) {
		return true
	}
	t := m.To
	if t >= len(toks) || toks[t].Norm != "for" && toks[t].Norm != "of" && toks[t].Norm != "at" && toks[t].Norm != "in" {
		return false
	}
	for q := t + 1; q < len(toks) && q <= t+4; q++ {
		if q+1 < len(toks) && toks[q+1].Norm == "'s" && localOwners.has(toks[q].Norm) {
			return true // "the spokesman for the city's security directorate": a body of the town, not the state
		}
		if localBodies.has(toks[q].Norm) {
			// "the Manbij Military Council": an armed force's body, whose
			// voice its apposition or the context gives, not a town's
			return !forceModifiers.has(toks[q-1].Norm)
		}
		if !toks[q].Word {
			return false
		}
	}
	return false
}

// ownedByForce reports a body named after "of" as an armed force with no
// voice of its own in the registry ("the General Command of the Syrian
// Democratic Forces"): the country's bodies are not meant.
func ownedByForce(toks []token, ms []match, k int) bool {
	t := ms[k].To
	if t >= len(toks) || toks[t].Norm != "of" || k+1 >= len(ms) {
		return false
	}
	n := ms[k+1]
	return n.From <= t+2 && n.E.Flags&fCountry == 0 && n.E.Mention.Actor != "" && n.E.Mention.Speaker == "" && n.E.Mention.Relative == ""
}

// forceOwner returns the speaker of an armed force with a voice of its own
// named after "of" a state-like body ("the general command of the Syrian
// Democratic Forces": sdf), or "".
func forceOwner(toks []token, ms []match, k int) string {
	t := ms[k].To
	if t >= len(toks) || toks[t].Norm != "of" || k+1 >= len(ms) {
		return ""
	}
	n := ms[k+1]
	if n.From > t+2 || !ownVoice(n) || n.E.Mention.Actor == "" || n.E.Mention.Person {
		return ""
	}
	return n.E.Mention.Speaker
}

// personName returns the capitalised name ending just before token end
// (left) or starting at token start (right), skipping titles.
func personName(toks []token, from, to int, fromRight bool) (string, int, int) {
	name, a, b := personName0(toks, from, to, fromRight)
	if name == "" {
		return "", 0, 0
	}
	words := 0
	for k := a; k < b; k++ {
		if toks[k].Word {
			words++
			if determiners.has(toks[k].Norm) {
				return "", 0, 0
			}
		}
	}
	if words < 2 && !(words == 1 && a > 0 && titleWords.has(toks[a-1].Norm)) {
		// a single capitalised word is a name only for look-up ("Garver said")
		return name, a, b
	}
	return name, a, b
}

// objectAt: the phrase at t is the object of a preposition ("killed in an
// Iraqi army strike"), not a subject; "according to" introduces a speaker.
func objectAt(toks []token, t int) bool {
	p := t - 1
	if p >= 0 && (toks[p].Norm == "the" || toks[p].Norm == "a" || toks[p].Norm == "an") {
		p--
	}
	if p < 0 || !objectMarkers.has(toks[p].Norm) {
		return false
	}
	return !(toks[p].Norm == "to" && p > 0 && toks[p-1].Norm == "according")
}

// leadAdverbs open a sentence before its subject's name ("Later Dulaimi
// said"): capitalised there, they are not part of the name.
var leadAdverbs = words("later", "earlier", "meanwhile", "separately", "then", "and", "but")

// participleDeterminers before a speech verb make it an adjective of the
// noun that follows ("the reported attack", "this repeated aggression",
// "its published toll"), not a verb with a speaker.
var participleDeterminers = words("the", "a", "an", "this", "these", "those", "its", "their", "our", "his", "her")

var determiners = words("the", "a", "an", "following", "this", "that", "it", "its", "their", "later", "earlier", "both", "after", "before", "on", "in")

func personName0(toks []token, from, to int, fromRight bool) (string, int, int) {
	if fromRight {
		k := from
		for k < to && (titleWords.has(toks[k].Norm) && (toks[k].Upper || toks[k].Norm == ".")) {
			k++
		}
		b := k
		for k < to && (toks[k].Upper || (toks[k].Norm == "." && k > b)) && toks[k].Word || (k < to && toks[k].Norm == "." && k > b) {
			k++
		}
		if k-b >= 1 && k > b {
			return nameOf(toks, b, k), b, k
		}
		return "", 0, 0
	}
	k := to
	for k > from && (toks[k-1].Upper && toks[k-1].Word || toks[k-1].Norm == ".") {
		k--
	}
	if k < to {
		for k < to && (titleWords.has(toks[k].Norm) || leadAdverbs.has(toks[k].Norm)) {
			k++
		}
		if k < to {
			return nameOf(toks, k, to), k, to
		}
	}
	return "", 0, 0
}

func nameOf(toks []token, a, b int) string {
	var parts []string
	for k := a; k < b; k++ {
		if toks[k].Word {
			parts = append(parts, strings.TrimSuffix(toks[k].Norm, "."))
		}
	}
	return strings.Join(parts, " ")
}

// predicateCue reports "the drone was American", "the strike was Israeli".
func predicateCue(toks []token, ms []match, m match, end int) bool {
	if m.To+1 >= end {
		return false
	}
	// an air arm is looked up only for a match that is no strike word
	if m.E.Flags&(fType|fAttackNoun) == 0 && !(m.To-m.From == 1 && (toks[m.From].is(classAirAgent) || toks[m.From].Norm == "aircraft")) { // "the warplanes were most likely Israeli"
		return false
	}
	j, ok := copulaAfter(toks, m.To, end) // "was", "were", "belonged to"
	if !ok {
		return false
	}
	for j+1 < end && (predHedges.has(toks[j].Norm) || toks[j].Quote != 0) {
		j++ // "the drone was likely Israeli", the warplanes were "most likely Israeli"
	}
	k2, ok := matchAt(ms, j)
	return ok && ms[k2].E.Flags&fMention != 0 && ms[k2].E.Mention.Actor != ""
}

// predHedges may stand between the copula and the actor of a predicate
// ("the jets were probably Russian").
var predHedges = words("likely", "probably", "possibly", "apparently", "most", "almost", "certainly")

// properName stands for a strike word used as a place or person name, or
// one that no strike stands behind.
var properName = &lexEntry{Words: []string{"(name)"}}

// possibleModals before a strike verb make it a possibility or a threat:
// "could be hit", "would strike any convoy", "might be targeted".
var possibleModals = words("could", "might", "would", "will", "may")

// purposeWords make the strike words a few words after them a purpose or
// a plan, not a strike that happened.
var purposeWords = words("intended", "destined", "planning", "plotting", "preparing")

// purposeWordsFilter turns away most words before a strike word unhashed.
var purposeWordsFilter = newWordFilter(purposeWords)

// purposeAt: a purpose word stands in the six words before token t, with
// only words between ("intended for attacks", "planning and executing
// anti-tank missile attacks").
func purposeAt(toks []token, t int) bool {
	for q := t - 1; q >= 0 && q >= t-6; q-- {
		if purposeWordsFilter.has(toks[q].Norm) && purposeWords.has(toks[q].Norm) {
			return true
		}
		if !toks[q].Word && toks[q].Norm != "-" {
			return false
		}
	}
	return false
}

// accuseVerbs, after "to", tell what a claim or its pictures were made up
// for: "filmed in advance to accuse Russia", "in order to blame the army".
var accuseVerbs = words("accuse", "blame", "frame", "implicate", "incriminate", "discredit", "defame")

// accusedInPurpose: the mention at t is the object of "to accuse" (or
// "blame", "frame") two words before at most ("to accuse the Russian
// Federation"): the speaker says someone wants to blame it, not that it
// struck.
func accusedInPurpose(toks []token, t int) bool {
	v := t - 1
	if v >= 0 && toks[v].Norm == "the" {
		v--
	}
	if v < 1 || !accuseVerbs.has(toks[v].Norm) || toks[v-1].Norm != "to" {
		return false
	}
	// "was quick to accuse Israel" is an accusation: only a purpose ("in
	// order to", "meant to") or a made-up claim in the sentence makes it
	// the aim of a fabrication
	if v >= 2 && purposeInfinitives.has(toks[v-2].Norm) {
		return true
	}
	for q := range toks {
		if fabricationWords.has(toks[q].Norm) {
			return true
		}
	}
	return false
}

// purposeInfinitives stand before a "to" of purpose: "in order to",
// "meant to", "designed to".
var purposeInfinitives = words("order", "intended", "meant", "designed", "aimed", "calculated")

// joinsNamesOnly: tokens [from, to) only join one name to the next ("
// and the", ", ").
func joinsNamesOnly(toks []token, from, to int) bool {
	if from >= to || to-from > 3 {
		return false
	}
	for q := from; q < to; q++ {
		if n := toks[q].Norm; n != "and" && n != "or" && n != "," && n != "the" {
			return false
		}
	}
	return true
}

// conditionOpeners open a condition: "if attacks continue".
var conditionOpeners = words("if", "unless", "should")

// ongoingVerbs make a condition one about strikes yet to come: "if
// attacks ... continue", "should the shelling resume".
var ongoingVerbs = words("continue", "continues", "persist", "persists", "resume", "resumes",
	"recur", "recurs", "escalate", "escalates", "intensify", "intensifies")

// futureConditionAt: the strike word of m stands in a condition on strikes
// yet to come ("If attacks by militias against U.S. forces continue, we
// will ..."): the sentence tells of no strike. The condition opens at
// most six words before it and its verb stands before the clause ends.
func futureConditionAt(toks []token, m match) bool {
	opened := false
	for q := m.From - 1; q >= 0 && q >= m.From-6; q-- {
		if conditionOpeners.has(toks[q].Norm) {
			opened = true
			break
		}
		if !toks[q].Word && toks[q].Norm != "'s" {
			return false
		}
	}
	if !opened {
		return false
	}
	for q := m.To; q < len(toks) && q <= m.To+12; q++ {
		if ongoingVerbs.has(toks[q].Norm) {
			return true
		}
		if n := toks[q].Norm; n == "," || n == ";" || n == "." {
			return false
		}
	}
	return false
}

// figurativeVerbs strike a note or a deal as well as a target.
var figurativeVerbs = words("struck", "strike", "strikes", "striking", "hit", "hits", "hitting")

// figurativeObjects make such a verb a figure of speech: "struck a firmer
// note", "struck a deal with", "hit the right tone".
var figurativeObjects = words("note", "notes", "tone", "chord", "deal", "deals", "balance",
	"agreement", "compromise", "bargain", "accord", "pose", "nerve")

// figurativeObjectsFilter turns away most words after the verb unhashed.
var figurativeObjectsFilter = newWordFilter(figurativeObjects)

// figurativeStrike: the strike verb of m has a figurative object within a
// short noun phrase after it ("struck a more cautious note"); a punctuation
// mark or a place preposition ends the phrase ("struck a depot near the
// accord's line" is a strike).
func figurativeStrike(toks []token, m match) bool {
	if m.To-m.From != 1 || !figurativeVerbs.has(toks[m.From].Norm) {
		return false
	}
	for q := m.To; q < len(toks) && q <= m.To+4; q++ {
		if n := toks[q].Norm; figurativeObjectsFilter.has(n) && figurativeObjects.has(n) {
			return true
		}
		if !toks[q].Word || toks[q].is(classPlacePreposition) {
			return false
		}
	}
	return false
}

// hypotheticalAt reports a modal, and perhaps "be", just before token t.
func hypotheticalAt(toks []token, t int) bool {
	p := t - 1
	if p >= 1 && toks[p].Norm == "be" {
		p--
	}
	return p >= 0 && possibleModals.has(toks[p].Norm)
}

// isTitleCase reports a headline: most words capitalised.
func isTitleCase(toks []token) bool {
	words, upper := 0, 0
	for i := range toks {
		t := &toks[i] // (by index: no copy of each token)
		if t.Word && len(t.Norm) > 3 {
			words++
			if t.Upper {
				upper++
			}
		}
	}
	return words > 0 && upper*10 >= words*6
}

// titleCaseMemo is isTitleCase of a sentence, computed at the first
// question: most sentences never ask it.
type titleCaseMemo struct {
	toks        []token
	done, title bool
}

func (m *titleCaseMemo) is() bool {
	if !m.done {
		m.title, m.done = isTitleCase(m.toks), true
	}
	return m.title
}

// disguiseVerbs say that what follows "as" was a disguise.
var disguiseVerbs = words("disguised", "posing", "masquerading", "camouflaged", "dressed")

// disguisedAs: the group word at t names only what the thing hit passed
// itself off as ("a car bomb disguised as a civilian minibus", "fighters
// posing as farmers"): whoever wears a disguise is the enemy the speaker
// says it struck.
func disguisedAs(toks []token, from, t int) bool {
	for q := t - 1; q > from && q >= t-4 && toks[q].Word; q-- {
		if toks[q].Norm == "as" {
			return disguiseVerbs.has(toks[q-1].Norm)
		}
	}
	return false
}

// groupSet is the set of victim groups named in a clause.
type groupSet uint8

const (
	gMedics groupSet = 1 << iota
	gCivilians
	gMilitants
)

func (g *groupSet) add(name string) {
	switch name {
	case "medics":
		*g |= gMedics
	case "civilians":
		*g |= gCivilians
	case "militants":
		*g |= gMilitants
	}
}

// grow returns buf with length n, zeroed, reusing its array when it is
// large enough (per-sentence and per-document scratch).
func grow[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n, 2*n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// cov2 marks the tokens covered by a mention.
func cov2(ms []match, n int) []bool {
	out := make([]bool, n)
	for _, m := range ms {
		if m.E.Flags&fMention != 0 {
			for t := m.From; t < m.To; t++ {
				out[t] = true
			}
		}
	}
	return out
}

// asWritten is a name as the text writes it, for display ("Raymond
// Kessler"); names are looked up by their lower-case form.
func (st *docState) asWritten(toks []token, a, b int) string {
	return strings.TrimSuffix(st.text[toks[a].Start:toks[b-1].End], ".")
}

// findName returns the first name of two capitalised words or more in
// tokens [lo, hi) that is not an alias ("Col. Joseph Scrocca" -> "Joseph Scrocca").
func findName(toks []token, covered []bool, lo, hi int) (string, int, int) {
	for k := lo; k < hi; k++ {
		if !toks[k].Word || !toks[k].Upper || covered[k] || titleWords.has(toks[k].Norm) || determiners.has(toks[k].Norm) || k == 0 {
			continue
		}
		e := nameEnd(toks, covered, k, hi)
		if n := toks[k-1].Norm; n == "for" || n == "of" {
			k = e // the rest of a body's name: "the Levant Observatory for Human Rights"
			continue
		}
		if e-k >= 2 {
			return nameOf(toks, k, e), k, e
		}
		k = e
	}
	return "", 0, 0
}

// nameEnd returns the end of the capitalised name starting at k, taking in
// the particles of Arabic names ("Ghazi Awad al-Dulaimi", "Hamza bin
// Laden") when a capitalised word follows them.
func nameEnd(toks []token, covered []bool, k, hi int) int {
	e := k
	for e < hi && !covered[e] {
		if toks[e].Word && toks[e].Upper {
			e++
			continue
		}
		p := e
		for p < hi && !covered[p] && nameParticles.has(toks[p].Norm) && toks[p].Norm != "." {
			p++
		}
		if p == e || p >= hi || covered[p] || !toks[p].Word || !toks[p].Upper {
			break
		}
		e = p
	}
	return e
}

// mentionText is the mention as written ("Col. Chris Garver" -> "Chris Garver").
func mentionText(text string, toks []token, m match) string {
	return text[toks[m.From].Start:toks[m.To-1].End]
}

// inProperName reports a country word inside a longer capitalised name
// ("the New Syria Army", "Free Syrian Army").
func inProperName(toks []token, m match) bool {
	if m.To-m.From != 1 || !toks[m.From].Upper {
		return false
	}
	prev := m.From > 1 && toks[m.From-1].Upper && toks[m.From-1].Word && toks[m.From-1].Norm != "the"
	next := m.To < len(toks) && toks[m.To].Upper && toks[m.To].Word
	return prev && next || next && monitorName(toks, m.To) || prev && monitorNameBefore(toks, m.From)
}

// monitorNameBefore reports a monitor's head among the capitalised words
// right before t: a country closing a monitor's name ("Civic Watch Syria").
func monitorNameBefore(toks []token, t int) bool {
	for p := t - 1; p >= 0 && p >= t-3 && toks[p].Upper && toks[p].Word; p-- {
		if monitorHeads.has(toks[p].Norm) {
			return true
		}
	}
	return false
}

// monitorHeads end the names of monitors and rights groups that open with a
// country ("Syria War Monitor", "Iraq Body Count"): such a name is the
// group's, not the state's.
var monitorHeads = words("monitor", "watch", "observatory", "network", "institute",
	"center", "centre", "archive", "campaign", "count",
	"watchdog", "tracker", "documentation", "register") // "the Syria Human Rights Watchdog", "Syria Strike Documentation Project"

// monitorName reports a monitor's head word among the capitalised words from t.
func monitorName(toks []token, t int) bool {
	for e := t; e < len(toks) && e < t+4 && toks[e].Upper && toks[e].Word; e++ {
		if monitorHeads.has(toks[e].Norm) {
			return true
		}
	}
	return false
}

func surname(name string) string {
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		return name[i+1:]
	}
	return name
}

// commaBefore reports a comma just before t, also inside a quotation
// closed there (`rejected it as "baseless," saying`).
func commaBefore(toks []token, t int) bool {
	q := t - 1
	if q > 0 && toks[q].Quote != 0 {
		q--
	}
	return q >= 0 && toks[q].Norm == ","
}

// tellingVerb reports "telling" at t used as a verb of speech, with whom
// it tells right after it: after a comma that closes its speaker's clause
// ("the commander went further, telling the agency the Americans were
// responsible") or after "was" or "were" ("officials were telling us it
// was a drone"), not an adjective ("the timing was telling:").
func tellingVerb(toks []token, t int) bool {
	if t == 0 || t+1 >= len(toks) {
		return false
	}
	switch toks[t-1].Norm {
	case ",", "was", "were":
	default:
		return false
	}
	next := toks[t+1]
	return next.Upper || recipientPronouns.has(next.Norm) || tellingRecipients.has(next.Norm)
}

// tellingRecipients open whom "telling" tells besides a name or a pronoun.
var tellingRecipients = words("the", "a", "an", "reporters", "journalists")

// concessiveSpeech reports a verb of saying in a concessive clause
// ("whatever Israel chooses to say", "whatever the ministry says"): the
// narrator sets aside what a source might say, no source says it.
func concessiveSpeech(toks []token, v int) bool {
	for p := v - 1; p >= 0 && p >= v-5; p-- {
		if toks[p].Norm == "whatever" {
			return true
		}
		if toks[p].Norm == "," || toks[p].Norm == ";" {
			return false
		}
	}
	return false
}

// contraryToWhat reports a verb of speech in a clause that names a claim
// the sentence sets aside ("contrary to what some outlets claimed", "unlike
// what the ministry said"): its subject does not speak the sentence.
func contraryToWhat(toks []token, v int) bool {
	for p := v - 1; p >= 1 && p >= v-8; p-- {
		switch toks[p].Norm {
		case ",", ";":
			return false
		case "what":
			prev := toks[p-1].Norm
			return prev == "unlike" || prev == "despite" || prev == "to" && p >= 2 && toks[p-2].Norm == "contrary"
		}
	}
	return false
}

// recipientVerbs make their passive subject the one who hears: "had not
// been told about it", "were informed in advance".
var recipientVerbs = words("told", "informed", "notified", "briefed", "warned")

// toldRecipient reports a passive of a verb of telling with no agent after
// it ("had not been told about it beforehand").
func toldRecipient(toks []token, m match) bool {
	if m.To-m.From != 1 || !recipientVerbs.has(toks[m.From].Norm) || m.To < len(toks) && toks[m.To].Norm == "by" {
		return false
	}
	p := m.From - 1
	for p >= 0 && (toks[p].Norm == "not" || toks[p].Norm == "never") {
		p--
	}
	return p >= 0 && passiveAux.has(toks[p].Norm)
}

// attributions finds the speech verbs outside quotes and their speakers.
func (st *docState) attributions(toks []token, ms []match, at, cov []int, quoted []bool) []attribution {
	out := st.attBuf[:0] // (the sentence's: the next sentence reuses the array)
	cueEnd := firstCueEnd(ms)
	for k, m := range ms {
		if m.E.Flags&fSpeech == 0 || m.E.Flags&fExcept != 0 || quoted[m.From] {
			continue
		}
		if m.From > 0 && (toks[m.From-1].Norm == "as" || participleDeterminers.has(toks[m.From-1].Norm)) && quotingSource(toks, ms, k) < 0 {
			continue // "the reported attack", "this repeated aggression", "as reported in some media"
		}
		if nounReading(toks, m) {
			continue // "asked the ministry about reports on state TV that": a noun, no verb
		}
		if toks[m.From].Norm == "telling" && !tellingVerb(toks, m.From) {
			continue // "a telling detail", "in telling that story": no one is told anything
		}
		if sameWordsAside(toks, m.From) {
			continue // "told us, as it told several outlets, that": the same words again
		}
		if toks[m.From].Norm == "informed" && !thatWithin(toks, m.To, 8) {
			continue // "the secretary had informed the prime minister an hour before": no words reported
		}
		if raisingPassive(toks, m) {
			continue // "the agents are assessed to have been kept there": a hedge of the sentence's own speaker
		}
		if withdrawnFigureVerb(toks, m.From) {
			continue // "13 were killed, not the 14 it announced": the figure's relative clause
		}
		if m.From > 0 && relayedBy(toks, m.From) && !passiveAux.has(toks[m.From-1].Norm) && speechAfter(ms, k) {
			continue // "The directorate, quoted by SANA, says": the outlet relays, the body speaks
		}
		if len(out) > 0 && continuations.has(toks[m.From].Norm) && commaBefore(toks, m.From) {
			// "…, saying": the same speaker goes on; after a denial, what it
			// says instead is its own claim ("denied that its jets struck
			// the village, saying that mortars had hit the patrol")
			if prev := out[len(out)-1]; (prev.stance == model.StanceDenies || prev.stance == model.StanceRetracts) && m.E.Stance == model.StanceAsserts && len(prev.speakers) > 0 && !prev.unresolved {
				out = append(out, attribution{verb: m.From, verbEnd: m.To, stance: m.E.Stance, speakers: prev.speakers, name: prev.name,
					spFrom: m.From, spTo: m.From, inherited: true})
			}
			continue
		}
		if len(out) > 0 {
			prev := out[len(out)-1]
			gap := m.From - prev.verbEnd
			if gap >= 0 && gap <= 2 && (gap == 0 || toks[prev.verbEnd].Norm == "also" || toks[prev.verbEnd].Norm == "and" || toks[prev.verbEnd].Norm == ",") {
				continue // "said also said", "said and added"
			}
		}
		a := attribution{verb: m.From, verbEnd: m.To, stance: m.E.Stance}
		a.nonDenial = nonDenial(toks, m.From, m.E.Stance)
		if a.nonDenial && relativeBefore(toks, m.From) {
			continue // "the raid, which Israel has neither confirmed nor denied, ...": the narrator's sentence goes on
		}
		verb := toks[m.From].Norm
		according := verb == "according" || verb == "per"
		if verb == "per" && m.From > 0 && toks[m.From-1].Norm != "," {
			continue // "20 raids per day": a rate, not a source
		}
		passive := passiveAgentAt(toks, m.To) >= 0 && m.From > 0 && passiveAux.has(toks[m.From-1].Norm) && passiveSpeech.has(verb)
		if concessiveSpeech(toks, m.From) {
			continue // "whatever Israel chooses to say": no one says anything
		}
		if contraryToWhat(toks, m.From) {
			continue // "…, contrary to what some media outlets have claimed": the claim set aside is not the sentence's speaker
		}
		if !passive && toldRecipient(toks, m) {
			continue // "the United States had not been told about it": the told one hears, it does not speak
		}
		quotedFrom, quotedSp := -1, ""
		if !according && !passive {
			if quotedFrom = quotingSource(toks, ms, k); quotedFrom >= 0 {
				quotedSp = st.resolveMention(toks, ms, quotedFrom)
			}
		}
		if quotedSp != "" {
			// "agencies are quoting a US official as saying": the one quoted speaks
			a.speakers, a.spFrom, a.spTo = []string{quotedSp}, ms[quotedFrom].From, ms[quotedFrom].To
		} else if according || passive {
			// "According to X, ..." / "..., according to X." / "The raid was
			// reported by two local officials."
			a.right = true
			st.rightSpeaker(toks, ms, k, &a)
		} else {
			st.leftSpeaker(toks, ms, cueEnd, k, &a)
			// "…,” said X": only right after a comma or a closing quote
			afterComma := m.From > 0 && (toks[m.From-1].Norm == "," || toks[m.From-1].Quote == 2)
			// "Reuters quoted a police officer as saying": an outlet the
			// lexicon does not know passes on the words of its source.
			quotedAs := verb == "quoted" && asSayingAfter(toks, m.To)
			if len(a.speakers) == 0 && !a.unresolved && (afterComma && !weak(verb) || quotedAs) {
				st.rightSpeaker(toks, ms, k, &a)
				a.right = len(a.speakers) > 0
			}
		}
		if len(a.speakers) == 0 || a.spTo > a.spFrom {
			// "…, Rights Watch International said today": the document's own
			// publisher, unknown to the lexicon, is its narrator; so is a
			// publisher whose name holds a name the lexicon knows ("Justice
			// Record Syria has documented" is not Syria's government)
			if f, t, ok := st.publisherSpan(toks, m.From, m.To); ok && (len(a.speakers) == 0 || f <= a.spFrom && a.spTo <= t && t-f > a.spTo-a.spFrom) {
				a.speakers, a.unresolved, a.name = []string{st.narrator}, false, ""
				a.spFrom, a.spTo, a.right = f, t, f >= m.To
			}
		}
		if len(out) > 0 && parentheticalPronoun(toks, a) && len(out[len(out)-1].speakers) > 0 && !out[len(out)-1].unresolved {
			// "Amaq told a different story: coalition jets, it said, had
			// destroyed a house": an aside of the speaker already heard,
			// whose words go on
			continue
		}
		if len(a.speakers) == 0 && m.From > 1 && len(out) > 0 && relativeOfSpeaker(toks, out[len(out)-1], m.From) {
			// "according to the news agency Rojava Today, which said ...":
			// the relative pronoun is the speaker just named
			a.inherit(out[len(out)-1], m.From-1, m.From)
		}
		if len(a.speakers) > 0 && len(out) > 0 && blamedObject(toks, out[len(out)-1], a) {
			// "State TV blamed the US-led coalition and said ...": the one
			// blamed is not the speaker of the second verb
			a.speakers, a.unresolved = nil, false
		}
		if m.From > 0 && toks[m.From-1].Norm == "," && toks[m.From].Norm == "called" && len(out) > 0 && len(out[len(out)-1].speakers) > 0 && !out[len(out)-1].right {
			// "The Pentagon said ..., called the strike a response ...": a
			// verb of a list shares its subject (no speaker follows "called")
			a.speakers, a.unresolved = nil, false
			a.inherit(out[len(out)-1], m.From, m.From)
		}
		if len(out) > 0 && issuedSaying(toks, out[len(out)-1], m.From) {
			// "the command issued a statement at dawn saying that": the
			// statement speaks for its issuer (the first verb said nothing
			// of the strike: the claim is this verb's, not inherited)
			a.inherit(out[len(out)-1], m.From, m.From)
			a.inherited = false
		}
		if len(a.speakers) == 0 && m.From > 0 && sharedSubject(toks, m.From) && len(out) > 0 && len(out[len(out)-1].speakers) > 0 && !out[len(out)-1].right {
			// "the spokesman confirmed that ... and said ...", "state TV said
			// ..., then retracted its statement": one subject, two verbs
			a.inherit(out[len(out)-1], m.From, m.From)
		}
		if len(out) > 0 && coordinatedIt(toks, out[len(out)-1], a) {
			// "Amaq said its fighters had attacked ..., and it claimed
			// more than 200 dead": the body of the first verb, not the
			// speaker of the sentence before
			a.inherit(out[len(out)-1], a.spFrom, a.spTo)
			a.inherited = false
		}
		if len(out) > 0 && (len(a.speakers) == 0 || a.spFrom >= out[len(out)-1].verbEnd) && withdrawnByRelative(toks, out[len(out)-1], a) {
			// "X, who on Monday accused the coalition, changed his account":
			// the subject of the relative clause withdraws
			a.inherit(out[len(out)-1], m.From, m.From)
		}
		if len(a.speakers) == 0 && !a.right {
			// "Before dawn the channel deleted the post": the body named
			// before by the same head noun
			if sp, from := st.headAnaphor(toks, a.verb); sp != "" {
				a.speakers, a.unresolved = []string{sp}, false
				a.spFrom, a.spTo = from, a.verb
			} else if sp, from := st.headNamedBefore(toks, ms, k, a.verb); sp != "" {
				a.speakers, a.unresolved = []string{sp}, false
				a.spFrom, a.spTo = from, a.verb
			}
		}
		if len(a.speakers) == 0 && according {
			// "..., according to the same network": the body named before
			// by the same head noun
			if sp, to := st.headAnaphorAfter(toks, m.To); sp != "" {
				a.speakers, a.unresolved = []string{sp}, false
				a.spFrom, a.spTo = m.To, to
			}
		}
		if len(a.speakers) == 0 && tollUpdate(toks, m) {
			// "The ministry raised the toll of the dead to six, and revised
			// the number of wounded down to 83": the body the sentence
			// opens with changes its count; with no subject, no one speaks
			if sp := st.subjectBodyAt(toks, ms, st.afterDateline(toks)); sp != "" && sharedSubject(toks, m.From) {
				a.speakers, a.spFrom, a.spTo = []string{sp}, m.From, m.From
			} else {
				continue
			}
		}
		if len(a.speakers) == 0 && according && findingsObject(toks, m.To, min(len(toks), m.To+16)) {
			continue // "According to initial determinations, ...": a finding, not a source
		}
		if len(a.speakers) == 0 {
			if weak(verb) || verb == "say" || verb == "says" {
				continue
			}
			a.unresolved = true
		}
		if len(a.speakers) == 1 && a.speakers[0] != model.Journalist && !a.inherited {
			st.noteHeads(toks, a.spFrom, possessedHeadsEnd(toks, a.spTo, a.verb), a.speakers[0])
		}
		// "State TV, quoting a statement from the Security Media Cell, said":
		// the cited source speaks too (alone, when the first is the press).
		if !a.right && len(a.speakers) > 0 {
			for t := a.spTo; t+1 < a.verb; t++ {
				if n := toks[t].Norm; (n == "citing" || n == "quoting") && toks[t-1].Norm == "," {
					for j, m2 := range ms {
						if m2.From > t && m2.To <= a.verb && isSpeakerMention(m2) {
							if sp := st.resolveMention(toks, ms, j); sp != "" && !slices.Contains(a.speakers, sp) {
								if a.speakers[0] == model.Journalist {
									a.speakers = st.oneSpeaker(sp)
								} else {
									a.speakers = append(a.speakers, sp)
								}
							}
							break
						}
					}
					break
				}
			}
		}
		// "a house which they said belonged to a family": a speaker inside a
		// relative clause vouches for a detail, not for the sentence.
		if !a.right && (relativeSpeech(toks, a) || asAside(toks, a) || claimRelative(toks, a)) {
			continue
		}
		// "denied permission" and the like never reach here (fExcept).
		out = append(out, a)
	}
	st.attBuf = out
	return out
}

// raisingPassive: the speech verb m is a passive that raises its subject
// into an infinitive ("are assessed to have been kept", "is believed to
// be"): no one is named as speaking; the sentence hedges its own claim.
func raisingPassive(toks []token, m match) bool {
	t := m.To
	return m.From > 0 && passiveAux.has(toks[m.From-1].Norm) && t+1 < len(toks) && toks[t].Norm == "to" &&
		(toks[t+1].Norm == "be" || toks[t+1].Norm == "have")
}

// thatWithin: a "that" opens reported words within n tokens after t
// ("informed the ministry in writing on 12 July that").
func thatWithin(toks []token, t, n int) bool {
	for end := t + n; t < len(toks) && t < end; t++ {
		if toks[t].Norm == "that" {
			return true
		}
	}
	return false
}

// recipientPronouns are whom a speaker told: "told me", "tells us".
var recipientPronouns = words("me", "us", "him", "her", "them")

// nounVerbForms are speech verbs that are also plural nouns.
var nounVerbForms = words("reports", "claims")

// nounReading: the speech verb m is a noun after a preposition ("about
// reports on state TV", "amid claims that").
func nounReading(toks []token, m match) bool {
	return m.To-m.From == 1 && m.From > 0 && nounVerbForms.has(toks[m.From].Norm) &&
		(objectMarkers.has(toks[m.From-1].Norm) || toks[m.From-1].Norm == "amid" || toks[m.From-1].Norm == "despite")
}

// quotingSource is the mention quoted before "as saying" at match k
// ("outlets are quoting a US official as saying"): the source speaks, not
// the outlet that quotes it. It returns -1 when there is none.
func quotingSource(toks []token, ms []match, k int) int {
	v := ms[k].From
	if v < 3 || toks[v-1].Norm != "as" || toks[v].Norm != "saying" {
		return -1
	}
	q := -1
	for t := v - 2; t >= 0 && t >= v-16; t-- {
		if toks[t].Norm == "quoting" {
			q = t
			break
		}
	}
	if q < 0 {
		return -1
	}
	for j := sort.Search(k, func(x int) bool { return ms[x].From > q }); j < k && ms[j].From < v; j++ {
		if ms[j].To < v && isSpeakerMention(ms[j]) {
			return j
		}
	}
	return -1
}

// speakerLabel reads a label that opens a paragraph: a transcript's
// "MR. REAVES:" or "Q:", a headline's or a post's "Iraq's Hashd:". It
// returns the speaker and the index of the colon token. An upper-case label
// naming an unknown person in an official document is its issuer speaking.
// clockColon reports the colon of a time of day: digits written on both
// sides of it ("01:45").
func clockColon(toks []token, t int) bool {
	return t > 0 && t+1 < len(toks) && toks[t-1].End == toks[t].Start && toks[t+1].Start == toks[t].End &&
		isDigit(toks[t-1].Norm[len(toks[t-1].Norm)-1]) && isDigit(toks[t+1].Norm[0])
}

func (st *docState) speakerLabel(toks []token, ms []match) (string, int) {
	colon, commas, paren, outside := -1, 0, false, 0
	for t := 0; t < len(toks) && outside < 16; t++ {
		n := toks[t].Norm
		if n == ":" && clockColon(toks, t) {
			continue // "The Pentagon at 01:45 on Monday said": a time, no label
		}
		if n == ":" {
			colon = t
			break
		}
		switch {
		case n == "(" && !paren:
			paren = true // "COL. DALE GARRITY (Spokesman, Combined Joint Task Force ...):"
		case n == ")" && paren:
			paren = false
		case n == "," && !paren:
			commas++ // "COLONEL THOMAS REINER, SPOKESMAN, CJTF-OIR:"
		case !toks[t].Word && n != "." && n != "'s" && n != "-" && n != ",":
			return "", -1
		}
		if !paren {
			outside++
		}
	}
	if colon < 1 || colon+1 >= len(toks) {
		return "", -1
	}
	if colon == 1 && (toks[0].Norm == "q" || toks[0].Norm == "question") {
		return model.Journalist, colon
	}
	if sp := st.answerLabelSpeaker(); colon == 1 && (toks[0].Norm == "a" || toks[0].Norm == "answer") && sp != "" {
		return sp, colon // "A: My father took the sheep out ..."
	}
	for k, m := range ms {
		if m.From >= colon {
			break
		}
		if !isSpeakerMention(m) || m.E.Flags&fCountry != 0 && m.To == colon {
			continue // "Syria: jets bomb ...": a place label, not a speaker
		}
		if k+1 < len(ms) && ms[k+1].From < colon && ms[k].To < len(toks) && toks[ms[k].To].Norm == "'s" {
			continue // "Iraq's Hashd": the head speaks
		}
		if sp := st.resolveMention(toks, ms, k); sp != "" {
			// "COLONEL THOMAS REINER, SPOKESMAN, CJTF-OIR:": later
			// labels name him alone ("COL. REINER:")
			if e := labelNameEnd(toks, colon); e > 0 && toks[e-1].Word && toks[e-1].Upper {
				if _, ok := matchAt(ms, e-1); !ok && toks[e-1].End-toks[e-1].Start > 2 {
					st.persons[toks[e-1].Norm] = sp // by its lower-case form, as every name
				}
			}
			if n := bracketedLabelName(toks, ms, m.To, colon); n >= 0 {
				st.persons[toks[n].Norm] = sp // "CORRESPONDENT (YUSUF KAREEM):", then "KAREEM:"
			}
			return sp, colon
		}
	}
	if commas > 0 {
		return "", -1
	}
	if !upperLabel(st.text, toks[:colon]) {
		return "", -1
	}
	if sp := st.lookupPerson(toks[colon-1].Norm); sp != "" {
		return sp, colon // "COL. REINER:", or "COL. WHITFIELD:" after "Colonel Marcus Whitfield, the spokesman for …"
	}
	if st.official {
		return st.narrator, colon
	}
	return "", -1
}

// noteApposition remembers a person introduced by the post in apposition
// after the name, whether or not the sentence says anything: "Joining us is
// Colonel Marcus Whitfield, the spokesman for Combined Joint Task
// Force-Operation Inherent Resolve" makes a later "COL. WHITFIELD:" the
// coalition's.
func (st *docState) noteApposition(toks []token, ms []match) {
	for k, m := range ms {
		if !isSpeakerMention(m) || !m.E.Mention.Generic {
			continue
		}
		c := m.From - 1
		for c > 0 && determiners.has(toks[c].Norm) {
			c--
		}
		if c < 2 || toks[c].Norm != "," {
			continue
		}
		name, nb, _ := personName(toks, max(0, c-6), c, false)
		if name == "" || nb == c-1 || st.covered[nb] {
			continue // one word is no name ("Sunday, the spokesman said")
		}
		if sp := st.mentionSpeaker(toks, ms, k); sp != "" && sp != model.Journalist {
			st.persons[name], st.persons[surname(name)] = sp, sp
		}
	}
	st.notePostBeforeName(toks, ms)
}

// notePostBeforeName remembers a person whose post goes before the name:
// "a briefing by the Pentagon's press secretary, Maj. Lena Ostrow," makes a
// later "MAJ. OSTROW:" the Pentagon's. The name must close the phrase (a
// comma, a full stop or "on"/"at" follows), so "the spokesman, Kirby said"
// is no apposition.
func (st *docState) notePostBeforeName(toks []token, ms []match) {
	for k, m := range ms {
		if !isSpeakerMention(m) || !m.E.Mention.Generic || m.To+2 >= len(toks) || toks[m.To].Norm != "," {
			continue
		}
		e := m.To + 1
		for e < len(toks) && e-m.To <= 6 && (toks[e].Word && toks[e].Upper || toks[e].Norm == ".") {
			e++
		}
		if e >= len(toks) || e-m.To > 6 || !appositionCloser.has(toks[e].Norm) {
			continue
		}
		name, nb, ne := personName(toks, m.To+1, e, true)
		if name == "" || ne-nb < 2 {
			continue // one word is no name
		}
		if sp := st.mentionSpeaker(toks, ms, k); sp != "" && sp != model.Journalist {
			st.persons[name], st.persons[surname(name)] = sp, sp
		}
	}
}

// appositionCloser ends a name set in apposition after a post.
var appositionCloser = words(",", ".", "on", "at", "in", "(")

// upperLabel reports a label written in capitals, as transcripts write
// their speakers ("MR. REAVES", "Q").
func upperLabel(text string, toks []token) bool {
	for _, t := range toks {
		for i := t.Start; i < t.End; i++ {
			if c := text[i]; c >= 'a' && c <= 'z' {
				return false
			}
		}
	}
	return true
}

// labelNameEnd is where the name of a label ends: at its first comma or
// parenthesis, or at the colon.
func labelNameEnd(toks []token, colon int) int {
	for t := 0; t < colon; t++ {
		if toks[t].Norm == "," || toks[t].Norm == "(" {
			return t
		}
	}
	return colon
}

// bracketedLabelName finds the surname in a label whose post goes before
// the name in brackets ("CORRESPONDENT (YUSUF KAREEM):"; the post ends at
// token post): later labels name the person alone ("KAREEM:"). It returns
// the surname's token, or -1.
func bracketedLabelName(toks []token, ms []match, post, colon int) int {
	if post+3 >= colon || toks[post].Norm != "(" || toks[colon-1].Norm != ")" || colon-post-2 > 4 {
		return -1
	}
	for t := post + 1; t < colon-1; t++ {
		if !toks[t].Word || !toks[t].Upper {
			return -1
		}
		if _, ok := matchAt(ms, t); ok {
			return -1 // "(Spokesman, Combined Joint Task Force)": a post, not a name
		}
	}
	if n := colon - 2; toks[n].End-toks[n].Start > 2 {
		return n
	}
	return -1
}

// nameSpan reports whether toks[from:to] is a person's name, perhaps with
// a rank: capitalised words, initials and name particles, opening with a
// capitalised word ("Col. Mark Henning", "Khalid al-Jumaili", "Abdullah
// bin Zayed").
func nameSpan(toks []token, from, to int) bool {
	if to-from < 2 || to-from > 8 || !toks[from].Upper {
		return false
	}
	for _, t := range toks[from:to] {
		if !(t.Word && t.Upper) && !nameParticles.has(t.Norm) {
			return false
		}
	}
	return true
}

// ownActAfter reports a speech verb whose object is the speaker's own part
// in a strike: "denied involvement", "claimed responsibility", "denied any
// role".
func ownActAfter(toks []token, from int) bool {
	for t := from; t < len(toks) && t < from+3; t++ {
		switch toks[t].Norm {
		case "any", "all", "its", "their":
			continue
		case "involvement", "responsibility", "role", "participation":
			return true
		}
		return false
	}
	return false
}

// asSayingAfter reports "as saying" within a few words after from
// ("quoted an Iraqi police officer as saying").
func asSayingAfter(toks []token, from int) bool {
	for t := from; t+1 < len(toks) && t < from+12; t++ {
		if toks[t].Norm == "as" && toks[t+1].Norm == "saying" {
			return true
		}
	}
	return false
}

// publisherSpan finds the document's publisher named right before the speech
// verb at [from, to) ("…, Rights Watch International said") or, after a
// comma, right after it ("…, said the Levant Post"): its token span.
func (st *docState) publisherSpan(toks []token, from, to int) (int, int, bool) {
	names := st.pubNames
	if len(names) == 0 {
		return 0, 0, false
	}
	is := func(a, b int) bool { // tokens [a, b) spell the publisher, "the" aside
		txt := strings.ToLower(st.text[toks[a].Start:toks[b-1].End])
		txt = strings.TrimPrefix(txt, "the ")
		return slices.Contains(names, txt)
	}
	end := from // "Rights Watch has documented": the name ends before the auxiliary
	for end > 1 && verbAuxiliaries.has(toks[end-1].Norm) {
		end--
	}
	for q := end - 1; q >= 0 && q >= end-12; q-- {
		if is(q, end) {
			return q, end, true
		}
	}
	// "…, Rights Watch said": after the verb, but "told Shafaq News" names
	// whom the speaker told.
	if v := toks[from].Norm; from > 0 && toks[from-1].Norm == "," && v != "told" && v != "tells" && v != "tell" {
		for q := to + 1; q <= len(toks) && q <= to+12; q++ {
			if is(to, q) {
				return to, q, true
			}
		}
	}
	return 0, 0, false
}

// verbAuxiliaries stand between a speaker and its verb: "has documented",
// "had also said".
var verbAuxiliaries = words("has", "have", "had", "also", "again", "previously")

// publisherNames lists the lower-case names a report may call its publisher
// by: "Jazira Health Relief (JHR) - Press release" is also "Jazira Health
// Relief (JHR)", "Jazira Health Relief" and "JHR". Names shorter than four
// letters, but for an acronym of two or more capitals, and a section's
// generic head ("News - Kobani Medical Aid") are left out.
func publisherNames(pub string) []string {
	pub = strings.TrimSpace(pub)
	var names []string
	addName := func(n string, minLen int) {
		n = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(n)), "the ")
		if len(n) >= minLen && !genericHeads.has(n) && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	addName(pub, 4)
	for _, sep := range []string{" - ", " – ", " — ", " | ", ": "} {
		if i := strings.Index(pub, sep); i > 0 {
			pub = pub[:i] // the outlet's section or the document's kind follows
		}
	}
	addName(pub, 4)
	if open, close := strings.IndexByte(pub, '('), strings.LastIndexByte(pub, ')'); open > 0 && close > open {
		addName(pub[:open], 4)
		if acr := pub[open+1 : close]; isAcronym(acr) {
			addName(acr, 2)
		}
	}
	return names
}

// genericHeads name a page's section, not its publisher.
var genericHeads = words("news", "update", "updates", "press release", "statement", "home")

// isAcronym reports two or more letters, all capitals ("JHR", not "2019" or "Ar").
func isAcronym(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// verbTail words open a phrase of time or channel after a speech verb
// ("said on Monday", "said in a statement", "told reporters late on Sunday").
var verbTail = words("on", "in", "late", "early", "today", "yesterday",
	"earlier", "later", "last", "this", "at", "via")

// contactRelativeNarration finds the narrator's own clause before a
// relative clause with no pronoun whose speaker vouches only for what the
// strikes were for: "Jets bombed a ridge on Tuesday, killing six, in
// strikes Ankara said were aimed at PKK militants". The speaker follows a
// strike noun at once, and a verb of the relative clause follows the
// speech verb. It returns the end of the clause before the strike noun's
// phrase, which must have a strike verb and no speech of its own.
func contactRelativeNarration(toks []token, ms []match, from int, a *attribution) (int, bool) {
	sp := a.spFrom
	if a.right || sp-from < 5 || a.verbEnd >= len(toks) || sp >= a.verb {
		return 0, false
	}
	if k, ok := matchEndingAt(ms, sp); !ok || ms[k].E.Flags&fAttackNoun == 0 {
		return 0, false
	}
	if n := toks[a.verbEnd].Norm; !relVerbs.has(n) {
		return 0, false
	}
	e := sp - 1
	for n := 0; e > from && n < 5 && toks[e].Norm != ","; n++ {
		e--
	}
	if e-from < 3 || toks[e].Norm != "," {
		return 0, false
	}
	return e, narratorStrike(toks, ms, from, e)
}

// matchEndingAt returns the match that ends right before token t.
func matchEndingAt(ms []match, t int) (int, bool) {
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].To == t {
			return k, true
		}
		if ms[k].From < t-6 {
			break
		}
	}
	return 0, false
}

// narratorStrike: [from, to) holds a strike verb, no quote and no speech.
func narratorStrike(toks []token, ms []match, from, to int) bool {
	for t := from; t < to; t++ {
		if toks[t].Quote != 0 {
			return false
		}
	}
	verb := false
	i, j := msRange(ms, from, to)
	for _, m := range ms[i:j] {
		if m.E.Flags&(fSpeech|fClaim) != 0 {
			return false
		}
		if m.E.Flags&fAttackVerb != 0 && m.E.Flags&(fAttackNoun|fExcept|fMention) == 0 {
			verb = true
		}
	}
	return verb
}

// workOfIn: words in [from, to) name whose work a deed was ("This is the
// work of the Zionist entity," a commander said): a claim with no strike
// word of its own.
func workOfIn(toks []token, ms []match, from, to int) bool {
	i, j := msRange(ms, from, to)
	for _, m := range ms[i:j] {
		if m.E.Flags&fMention != 0 && m.E.Mention.Actor != "" && workOfActor(toks, m.From) {
			return true
		}
	}
	return false
}

// demonstrativeContent: "this" after a speech verb is the subject of the
// content clause ("said this was the work of …"), not the start of a time
// phrase ("said this week").
func demonstrativeContent(toks []token, t, end int) bool {
	return toks[t].Norm == "this" && t+1 < end && (toks[t+1].is(classCopula) || demonstrativeVerbs.has(toks[t+1].Norm))
}

// demonstrativeVerbs may follow a demonstrative subject besides a copula
// (classCopula):
// "said this had been an Israeli strike", "said this could only be …".
var demonstrativeVerbs = words("had", "has", "would", "could", "must", "might", "may", "will", "showed", "shows", "proves", "proved")

// askedWhether reports a fronted question, "Asked whether|if <content>,",
// in tokens [from, to), and where its content starts.
func askedWhether(toks []token, from, to int) (int, bool) {
	for to-1 > from && (toks[to-1].Norm == "a" || toks[to-1].Norm == "an" || toks[to-1].Norm == "the") {
		to-- // ", a spokesperson said"
	}
	if to-from < 4 || toks[from].Norm != "asked" || toks[to-1].Norm != "," {
		return 0, false
	}
	if n := toks[from+1].Norm; n == "whether" || n == "if" {
		return from + 2, true
	}
	return 0, false
}

// timeWordAt reports a time word at token t ("said Monday, while ...").
func timeWordAt(ms []match, t int) bool {
	k, ok := matchAt(ms, t)
	return ok && ms[k].E.Flags&fTime != 0
}

// relVerbs are finite verbs that follow the speech verb of a relative
// clause whose gap is their subject ("which residents said was a school").
var relVerbs = words("was", "were", "is", "are", "had", "has",
	"have", "belongs", "houses", "contains", "serves", "hosts")

// relativeSpeech: "..., which they said belonged to ...", "a house that
// residents say was empty": the speaker follows a relative pronoun and the
// speech verb is followed at once by the relative clause's own verb.
func relativeSpeech(toks []token, a attribution) bool {
	sp := a.spFrom
	if sp == 0 && a.spTo == 0 && a.verb > 0 {
		sp = a.verb - 1 // an embedded pronoun left unresolved: "which they said"
	}
	if sp < 2 || a.verbEnd >= len(toks) || sp >= a.verb {
		return false
	}
	switch toks[sp-1].Norm {
	case "which", "that", "who":
	default:
		return false
	}
	if p := toks[sp-2].Norm; speechLike.has(p) {
		return false // "officials said that residents said ...": a complement, not a relative
	}
	n := toks[a.verbEnd].Norm
	// "an attack that residents described as the worst": the relative
	// clause ranks what the sentence tells of
	return relVerbs.has(n) || n == "as" || len(n) > 4 && strings.HasSuffix(n, "ed") && toks[a.verbEnd].Word
}

// ownSubjectBefore finds a short subject opened by "our" that ends right
// before v ("our researchers", "our field team"), starting the clause, in
// a sentence with no quote ("“Our sources confirm ...,” the Observatory
// said" is the quoted body's own "our"). (The quotes are looked for only
// after an "our" subject is found, so that a sentence of many verbs stays
// linear.)
func ownSubjectBefore(toks []token, lo, v int) (int, bool) {
	for q := v - 1; q >= lo && q >= v-4; q-- {
		if !toks[q].Word {
			return 0, false
		}
		if ownWords.has(toks[q].Norm) {
			opens := q == 0 || q == lo || !toks[q-1].Word || toks[q-1].Norm == "and" || toks[q-1].Norm == "but"
			return q, opens && !quotedAnywhere(toks)
		}
	}
	return 0, false
}

// quotedAnywhere reports a quoted token in toks.
func quotedAnywhere(toks []token) bool {
	for i := range toks { // (by index: no copy of each token)
		if toks[i].Quote != 0 {
			return true
		}
	}
	return false
}

// preVerbAdverbs may stand between a pronoun and its speech verb: "it also
// said", "we therefore attribute".
var preVerbAdverbs = words("also", "later", ",", "however", "then", "therefore", "thus")

// relativeOfSpeaker: the verb at t follows ", which" or ", who" right after
// the speaker phrase of prev.
func relativeOfSpeaker(toks []token, prev attribution, t int) bool {
	n := toks[t-1].Norm
	return (n == "which" || n == "who") && toks[t-2].Norm == "," && prev.right && prev.spTo == t-2 && len(prev.speakers) > 0
}

// blamedObject: the speaker found for a, a verb that shares the subject of
// prev ("... and said"), is a word of prev's object or of what prev
// reports: "blamed the US-led coalition and said", "said Russian raids had
// killed 20 residents and published photographs".
func blamedObject(toks []token, prev, a attribution) bool {
	return !prev.right && len(prev.speakers) > 0 && !a.right && a.verb > 0 && sharedSubject(toks, a.verb) && a.spFrom >= prev.verbEnd
}

// sharedSubject: the verb at t shares the subject of the verb before it:
// "… and said", "…, then retracted", "… and later withdrew".
func sharedSubject(toks []token, t int) bool {
	if t == 0 {
		return false
	}
	p := t - 1
	if p > 0 && (toks[p].Norm == "later" || toks[p].Norm == "then" || toks[p].Norm == "also") && (toks[p-1].Norm == "and" || toks[p-1].Norm == ",") {
		return true
	}
	return toks[p].Norm == "and" || toks[p].Norm == "then" && p > 0 && toks[p-1].Norm == ","
}

// coordinatedIt: a's speaker is a bare "it" opening a clause joined by
// "and" to prev's, whose speaker was named before its verb: the
// "it" is that speaker ("SANA said ..., and it added").
func coordinatedIt(toks []token, prev, a attribution) bool {
	p := a.spFrom
	if a.right || a.spTo != p+1 || p < 1 || toks[p].Norm != "it" || p < prev.verbEnd {
		return false
	}
	if prev.right || prev.unresolved || len(prev.speakers) == 0 || prev.spTo-prev.spFrom == 1 && toks[prev.spFrom].Norm == "it" {
		return false
	}
	// (not "but it withdrew that": a turn, often told of a body the
	// sentence names only by a head noun, is left to lastSpeaker)
	return toks[p-1].Norm == "and"
}

// claimRelative: "withdrew a statement in which it had blamed …": the
// speech verb in a relative clause on a claim noun tells what the claim
// said; the sentence stays the outer speaker's.
func claimRelative(toks []token, a attribution) bool {
	p := a.verb - 1
	for p >= 0 && perfectAux.has(toks[p].Norm) {
		p--
	}
	if p < 2 || !subjectPronouns.has(toks[p].Norm) {
		return false
	}
	p--
	if toks[p].Norm == "which" && toks[p-1].Norm == "in" {
		p--
	} else if toks[p].Norm != "which" && toks[p].Norm != "that" {
		return false
	}
	return p > 0 && claimAt(toks, p-1)
}

// claimAt: the word at t is one of claimWords ("a statement", "its report").
func claimAt(toks []token, t int) bool {
	return slices.Contains(claimWords, toks[t].Norm)
}

// subjectPronouns may open the relative clause of claimRelative.
var subjectPronouns = words("it", "he", "she", "they", "we")

// demonstrativeSubject: the clause opens with "that" or "this", alone or
// before a claim noun, as the subject of a copula ("That was wrong", "This
// is incorrect", "That report was incorrect").
func demonstrativeSubject(toks []token, cl clause) bool {
	t := cl.from
	for t < cl.to && toks[t].Quote != 0 {
		t++
	}
	if t+1 >= cl.to || toks[t].Norm != "that" && toks[t].Norm != "this" {
		return false
	}
	if t+2 < cl.to && claimAt(toks, t+1) {
		t++ // "That report was incorrect"
	}
	return toks[t+1].is(classCopula)
}

// objectPronouns stand for a claim just told after a verb of denial.
var objectPronouns = words("it", "this", "that", "them", "these", "those")

// pronounObjectAfter: a verb ending at v has a bare pronoun object, up to
// the end ("denies it.", "rejected that." where the verb's own entry may
// hold the "that").
func pronounObjectAfter(toks []token, v, end int) bool {
	t := v
	if t < end && objectPronouns.has(toks[t].Norm) {
		t++
	} else if v == 0 || !objectPronouns.has(toks[v-1].Norm) {
		return false
	}
	for tail := 0; t < end; t++ {
		if !toks[t].Word {
			continue
		}
		// "denied that on Wednesday", "rejected it late last night": a
		// short time phrase may close the sentence after the pronoun
		if tail++; tail > 4 || !denialTimeTail.has(toks[t].Norm) && !weekdayNames.has(toks[t].Norm) {
			return false
		}
	}
	return true
}

// denialTimeTail are the words of a time phrase that may follow a denial's
// pronoun object.
var denialTimeTail = words("on", "late", "early", "yesterday", "today", "later", "last", "night", "morning", "afternoon", "evening", "immediately", "swiftly", "quickly")

// pronounAfterDenial: a verb of denial ends the sentence on a bare pronoun
// object ("The ministry flatly denies it.", "Moscow rejected that.").
func pronounAfterDenial(toks []token, ms []match) bool {
	for _, m := range ms {
		if m.E.Flags&fSpeech == 0 || m.E.Stance != model.StanceDenies {
			continue
		}
		if pronounObjectAfter(toks, m.To, len(toks)) {
			return true
		}
	}
	return false
}

// ownWordIn: the narrator names its own words ("our report was wrong").
func ownWordIn(toks []token, cl clause) bool {
	for t := cl.from; t < cl.to; t++ {
		if ownWords.has(toks[t].Norm) {
			return true
		}
	}
	return false
}

// asAside: "…, not militants as the military had announced, their
// relatives said": a speaker after "as", which follows a word of the
// sentence, comments on a detail and closes its phrase at once; the sentence
// is another speaker's. "As the coalition said, its jets struck" is not one.
func asAside(toks []token, a attribution) bool {
	if a.verbEnd >= len(toks) || toks[a.verbEnd].Norm != "," && toks[a.verbEnd].Norm != "—" && toks[a.verbEnd].Norm != ")" {
		return false
	}
	for t := a.verb - 2; t >= 1 && t >= a.verb-6; t-- {
		switch {
		case toks[t].Norm == "as":
			return toks[t-1].Word
		case !toks[t].Word:
			return false
		}
	}
	return false
}

// speechLike words take a "that" complement.
var speechLike = words("said", "says", "say", "reported", "added", "told",
	"claimed", "stated", "announced", "confirmed", "denied", "insisted", "alleged")

// subjectStop: a token a speaker phrase does not reach back over (a colon
// only when it is no clock's, a hyphen only with a space before it). A
// switch on the word, not a chain of comparisons: it runs per token.
func subjectStop(n string) bool {
	switch n {
	case ";", "that", ":", "but", "while", "whereas", "—", ")", "-":
		return true
	}
	return false
}

// leftSpeaker looks for "X said"; cueEnd is firstCueEnd of the sentence.
func (st *docState) leftSpeaker(toks []token, ms []match, cueEnd, k int, a *attribution) {
	vt := ms[k].From // the verb
	v := vt          // where the speaker phrase ends
	if b := bracketBefore(toks, v); b > 0 {
		v = b // "the Syrian Democratic Forces (SDF) said": the short form adds nothing
	}
	// "An officer in the police, who spoke on condition that he not be
	// named, said": the speaker phrase ends before the parenthetical.
	if v >= 3 && toks[v-1].Norm == "," {
		for t := v - 2; t >= 1 && t >= v-24; t-- {
			if q := quoteOpening(toks, t, v-24); q > 0 {
				t = q // an aside may quote: "The PMF, which called the strike "a crime", say"
				continue
			}
			if toks[t].Norm == "," || toks[t].Quote != 0 {
				if parenthetical.has(toks[t+1].Norm) || toks[t+1].Norm == "speaking" || askedAside.has(toks[t+1].Norm) || relayedBy(toks, t+1) || issuedAside.has(toks[t+1].Norm) {
					v = t
				}
				// an appositive after a named speaker: "The White Helmets, a
				// rescue service that works in rebel-held areas, said"
				if (toks[t+1].Norm == "a" || toks[t+1].Norm == "an") && (speakerEndsAt(ms, t) || monitorNameEndsAt(toks, t)) {
					v = t // (or a monitor the lexicon does not know: "Peace Watch Network, a group that documents ...")
				}
				// "Residents of Hasakah, the city that ..., say": a
				// definite appositive that names no speaker of its own
				if toks[t+1].Norm == "the" && speakerPostEndsAt(toks, ms, t) && !speakerIn(ms, t+1, v) {
					v = t
				}
				// a name in apposition: "…,” its spokesman, Col. Mark
				// Henning, wrote", "the mayor of Rutba, Khalid al-Jumaili,
				// told": the speaker phrase (with its post's place) is the
				// one before
				if (speakerPostEndsAt(toks, ms, t) || st.headPostEndsAt(toks, t)) && nameSpan(toks, t+1, vt-1) {
					v = t
				}
				break
			}
		}
	}
	if b := bracketBefore(toks, v); b > 0 && v < vt {
		v = b // "the border regiment of the PMF (Hashd), which guards the crossing, told"
	}
	if d := dashAsideBefore(toks, v); d > 0 {
		v = d // "The Hashd - the PMF - says": the name before the aside speaks
	}
	if r := relayedWithin(toks, v); r > 0 {
		v = r // "Iraqi officers quoted by two television channels said"
	}
	// The subject may be long: "Relatives of three farmers and a boy killed
	// in an Iraqi army helicopter strike east of Samarra on Tuesday said".
	lo := max(0, v-30)
	// Stop at quotes, semicolons, other speech verbs, "that".
	for t := v - 1; t >= lo; t-- {
		n := toks[t].Norm
		if (n == "that" || n == "who" || n == "which") && t > 0 && !cueIn(ms, t, v) && speakerEndsAt(ms, t) {
			continue // "A monitoring group that tracks the war ... alleged": the head is the speaker
		}
		if t == v-1 {
			if open := quotedNameOpen(toks, ms, t); open > 0 {
				t = open // "the "Syrian Democratic Forces" said": a name in quotes, not words
				continue
			}
		}
		if toks[t].Quote != 0 || subjectStop(n) && (n != ":" || !clockColon(toks, t)) && (n != "-" || toks[t].Start > 0 && st.text[toks[t].Start-1] == ' ') {
			lo = t + 1 // also a dateline: "BAGHDAD (APA) - Iraqi state television reported"
			break
		}
	}
	for j := k - 1; j >= 0 && ms[j].From >= lo; j-- {
		if ms[j].E.Flags&fSpeech != 0 && ms[j].To <= v {
			lo = ms[j].To
			break
		}
	}
	// "The strike was conducted ..., the ministry said": the speaker phrase
	// starts after the last comma (not one right before the verb, and not
	// the commas around an adverb: ", however,").
	for t := v - 2; t > lo; t-- {
		if toks[t].Norm != "," {
			continue
		}
		if t >= 2 && toks[t-2].Norm == "," && adverbs.has(toks[t-1].Norm) {
			t -= 2
			continue
		}
		if t+2 < v && adverbs.has(toks[t+1].Norm) && toks[t+2].Norm == "," {
			continue
		}
		// "In response to a letter from the monitor, CJTF-OIR
		// acknowledged": a fronted phrase names no speaker
		if cueEnd >= 0 && cueEnd <= t || frontedOpeners.has(toks[lo].Norm) && speakerIn(ms, t+1, v) || otherCause(toks, ms, max(0, t-60), t) {
			lo = t + 1
		}
		// "The Pentagon said ..., and the coalition said": a new clause
		if n := toks[t+1].Norm; t+2 < v && (n == "and" || n == "but" || n == "while") {
			lo = t + 2
		}
		break
	}
	// "…, was reported by two local officials, who said ...": the speaker
	// is the noun phrase before ", who".
	if v >= 2 && (toks[v-1].Norm == "who" || toks[v-1].Norm == "which") && toks[v-2].Norm == "," {
		end := v - 2
		b := end
		for b > 0 && end-b < 12 && toks[b-1].Norm != "," && toks[b-1].Quote == 0 {
			b--
		}
		for j := k - 1; j >= 0 && ms[j].From >= b; j-- {
			if m := ms[j]; m.To <= end && isSpeakerMention(m) {
				if sp := st.resolveMention(toks, ms, j); sp != "" {
					a.speakers = st.oneSpeaker(sp)
					a.spFrom, a.spTo = m.From, m.To
					return
				}
			}
		}
	}
	// An impersonal passive: "it is assessed that", "it was reported
	// that": the narrator (the issuer of an official report) speaks.
	if vt >= 2 && impersonalVerbs.has(toks[vt].Norm) && toks[vt-2].Norm == "it" && (toks[vt-1].Norm == "is" || toks[vt-1].Norm == "was" || toks[vt-1].Norm == "been") {
		a.speakers = st.oneSpeaker(st.narrator)
		a.spFrom, a.spTo = vt-2, vt
		return
	}
	// "Our researchers attribute", "our field team found": the monitor or
	// outlet itself.
	if f, ok := ownSubjectBefore(toks, lo, v); ok {
		a.speakers = st.oneSpeaker(st.narrator)
		a.spFrom, a.spTo = f, v
		return
	}
	// Pronoun or adverb right before the verb: "it said", "he added".
	p := v - 1
	for p >= lo && (preVerbAdverbs.has(toks[p].Norm) || modals.has(toks[p].Norm)) {
		p--
	}
	if p >= lo {
		embedded := p > 0 && toks[p-1].Word && !hasDigit(toks[p-1].Norm) && toks[p-1].Norm != "and" && toks[p-1].Norm != "but" && toks[p-1].Norm != "later" &&
			!frontedPhraseSubject(toks, ms, lo, p, ms[k].To)
		switch toks[p].Norm {
		case "i", "we":
			if st.headerSpeaker != "" && st.headerPara == st.para {
				a.speakers = st.oneSpeaker(st.headerSpeaker) // "MR. REAVES: ... I can tell you that"
				a.spFrom, a.spTo = p, p+1
				return
			}
			if st.labelSpeaker != "" {
				a.speakers = st.oneSpeaker(st.labelSpeaker)
				a.spFrom, a.spTo = p, p+1
				return
			}
			if sp := st.answerer(st.para); sp != "" && !embedded {
				a.speakers = st.oneSpeaker(sp) // "we say the coalition's presence must end" in an interview's answer
				a.spFrom, a.spTo = p, p+1
				return
			}
			if toks[p].Norm == "we" && !embedded {
				a.speakers = st.oneSpeaker(st.narrator) // the outlet or issuer: "In our post at 23:20 we wrote that"
				a.spFrom, a.spTo = p, p+1
				st.weSaid = true
				return
			}
		}
		if partitiveSubject(toks, lo, p) && !(ms[k].To < len(toks) && toks[ms[k].To].Norm == "by") {
			// "one of them said", "“…,” one said": some of the group last
			// heard (not "most of them claimed by the group", a passive),
			// or the sayers of an earlier clause of the sentence ("Two
			// officials said …, and one of them said")
			if j := earlierSayer(toks, ms, k, p); j >= 0 {
				if sp := st.resolveMention(toks, ms, j); sp != "" {
					a.speakers = st.oneSpeaker(sp)
					a.spFrom, a.spTo = ms[j].From, ms[j].To
					return
				}
			}
			st.groupMember(a, p)
			return
		}
		switch toks[p].Norm {
		case "it", "he", "she", "they", "we":
			if embedded {
				a.unresolved = false
				return // "fighters it says are linked to the PKK"
			}
			if sp := st.giverBeforeColon(toks, ms, p); sp != "" {
				a.speakers = st.oneSpeaker(sp)
				a.spFrom, a.spTo = p, p+1
			} else if st.lastSpeaker != "" {
				a.speakers = st.oneSpeaker(st.lastSpeaker)
				a.name = st.lastSpeakerName
				a.spFrom, a.spTo = p, p+1
			} else {
				a.unresolved = true
			}
			return
		}
	}
	// The first speaker mention of the phrase not marked as an object (the
	// head of the subject: "A Britain-based monitoring group that relies on
	// a network of activists ... said").
	first := k
	for first > 0 && ms[first-1].From >= lo {
		first--
	}
	// (the head search in a function of its own: with its many returns, a
	// defer here made Go keep a defer record per call)
	possessor := st.headSpeaker(toks, ms, k, first, lo, v, vt, a)
	if len(a.speakers) == 0 && !a.unresolved && possessor >= 0 {
		if sp := st.resolveMention(toks, ms, possessor); sp != "" {
			a.speakers = st.oneSpeaker(sp)
			a.spFrom, a.spTo = ms[possessor].From, ms[possessor].To
		}
	}
	if len(a.speakers) == 0 && v < vt && bracketBefore(toks, vt) == v {
		st.bracketSpeaker(toks, ms, k, v, vt, a)
	}
	if len(a.speakers) == 0 && v < vt {
		// "The directorate, quoted by SANA, says": the head before the aside
		if sp, from := st.headAnaphor(toks, v); sp != "" {
			a.speakers, a.unresolved = []string{sp}, false
			a.spFrom, a.spTo = from, v
		}
	}
}

// ownStatementIn: the clause names a statement of the speaker's own ("its
// statement", "the statement", "our post"), not the claims of others ("the
// claims spread by hostile media").
func ownStatementIn(toks []token, ms []match, cl clause) bool {
	ci, cj := msRange(ms, cl.from, cl.to)
	for _, m := range ms[ci:cj] {
		if m.E.Flags&fClaim == 0 {
			continue
		}
		switch toks[m.To-1].Norm {
		case "statement", "post", "tweet":
		default:
			continue
		}
		if m.To-m.From > 1 && toks[m.From].Norm == "the" {
			return true // "the statement"
		}
		if m.From > 0 {
			switch toks[m.From-1].Norm {
			case "its", "our", "their", "the", "that":
				return true
			}
		}
	}
	return false
}

// headSpeaker finds the head of the speaker phrase toks[lo:v] for
// leftSpeaker, from its first speaker mention; it returns the possessor
// ("the Syrian army's general command"), or -1, for leftSpeaker to fall
// back on when no head is known.
func (st *docState) headSpeaker(toks []token, ms []match, k, first, lo, v, vt int, a *attribution) (possessor int) {
	possessor = -1
	for j := first; j < k; j++ {
		m := ms[j]
		if m.To > v || m.From < lo {
			continue
		}
		if !isSpeakerMention(m) {
			continue
		}
		if m.E.Flags&fCountry != 0 {
			if _, ne, ok := st.namedOutlet(toks, m.To, v); ok && ne == v {
				continue // "The Syrian opposition outlet Sharqiya Now reported": the outlet speaks
			}
		}
		if objectAt(toks, m.From) && !partitive(toks, m.From) && !roleOf(toks, m.From) {
			continue
		}
		if m.E.Flags&fCountry != 0 && affiliatedTo(toks, m.From) {
			continue // "parties close to Iran": a state is not the voice of those close to it
		}
		if compoundModifier(toks, m) {
			continue // "Iran-aligned militias said": the militias speak
		}
		if m.E.Flags&fCountry != 0 && nationalityOfParty(toks, m.To, v) {
			continue // "one of the Iranian Kurdish parties said": a party, not the state
		}
		if capitalModifier(toks, ms, j) {
			continue // "the Baghdad Operations Command said": the command speaks
		}
		if countryModifier(ms, j) {
			continue // "the Syria Civil Defence said": the rescue service speaks, not the state
		}
		if m.To < v && toks[m.To].Norm == "'s" {
			if possessor < 0 {
				possessor = j
			}
			continue // "Iraq's Popular Mobilization Forces": the possessor is not the head
		}
		if nounVerbs.has(toks[vt].Norm) && v-m.To > 1 {
			continue // "local reports describing", "the footage shows": the noun, not the verb
		}
		sp := st.resolveMention(toks, ms, j)
		if sp == "" {
			continue
		}
		if sp == model.Journalist && possessor >= 0 && ms[possessor].To+1 == m.From && ms[possessor].E.Flags&fCountry == 0 {
			// "Daesh's media outlets claimed": a group's own outlets speak
			// for it, as "the media platforms of the gangs" do (a state's
			// media are not its government)
			if own := st.resolveMention(toks, ms, possessor); own != "" {
				sp = own
			}
		}
		a.speakers = st.oneSpeaker(sp)
		a.spFrom, a.spTo = m.From, m.To
		if possessor >= 0 && ms[possessor].To+1 == m.From {
			a.spFrom = ms[possessor].From // "Tehran's Revolutionary Guards": the capital is the owner's, not the strike's place
		}
		// A person named in the speaker phrase: "Yahya Rasool, the spokesman of
		// ...", or in apposition after it: "A coalition spokesman, Col. John
		// Dorrian, said".
		nameEnd := v
		if v < vt && nameSpan(toks, v+1, vt-1) {
			nameEnd = vt
		}
		if name, nb, ne := findName(toks, st.covered, lo, nameEnd); name != "" && !m.E.Mention.Person && !st.placeAt(toks, nb, ne) {
			st.persons[name] = sp
			st.persons[surname(name)] = sp
			a.name = st.asWritten(toks, nb, ne)
			if nb < a.spFrom {
				a.spFrom = nb
			}
		}
		if m.E.Mention.Person {
			a.name = mentionText(st.text, toks, m)
		}
		// Coordinated speakers: "The Iraqi army and the Pentagon",
		// "Residents, the local council and the army".
		st.coordinatedSpeakers(toks, ms, j, k, v, a)
		return
	}
	// "the task force's deputy commander said" in the Combined Joint Task
	// Force's release: the issuer by the head of its name, or a post of it.
	if len(a.speakers) == 0 && possessor < 0 && st.official {
		if from, ok := st.issuerShortName(toks, lo, v); ok {
			a.speakers, a.unresolved = []string{st.narrator}, false
			a.spFrom, a.spTo = from, v
			return
		}
	}
	// A person known from earlier in the document: "Garver said".
	if name, nb, ne := personName(toks, lo, v, false); name != "" {
		if sp := st.lookupPerson(name); sp != "" {
			a.speakers = st.oneSpeaker(sp)
			a.name = st.asWritten(toks, nb, ne)
			a.spFrom, a.spTo = nb, ne
			return
		}
		if ne == v && (st.townOutlet(toks, nb, ne) || outletNamedAt(toks, nb)) {
			a.speakers = st.oneSpeaker("local-sources")
			a.spFrom, a.spTo = nb, ne
			return
		}
		if ne == v && possessor < 0 && (toks[vt].Norm == "said" || toks[vt].Norm == "told" || toks[vt].Norm == "added" || toks[vt].Norm == "says") {
			a.unresolved = true // (not "the Kurdistan Region's Counter-Terrorism Directorate": its possessor speaks)
		}
	}
	// "Ukraine's air force said", "Pakistan's Foreign Office condemned": the
	// state body of a country with no actor id is a local voice.
	if len(a.speakers) == 0 && possessor < 0 && voicelessState(toks, ms, lo, v) {
		a.speakers, a.unresolved = []string{"local-sources"}, false
		a.spFrom, a.spTo = lo, v
		return
	}
	// "Its local coordinator, Omar Bakour, blames": a post of the body the
	// report last named.
	if len(a.speakers) == 0 && possessor < 0 && ownPost(toks, lo, v) {
		if body := st.bodyBefore(ms, lo); body != "" {
			st.speakAsPost(toks, a, body, lo, vt)
			return
		}
	}
	// "the monitor's director, Hassan Khoury, told": a post of the body
	// last named by that head.
	if len(a.speakers) == 0 && possessor < 0 {
		if body := st.headPost(toks, lo, v); body != "" {
			st.speakAsPost(toks, a, body, lo, vt)
			return
		}
	}
	// A monitor the lexicon does not know, by the head of its name: "The
	// Syrian Network for Civilian Records, which tracks casualties, said".
	if len(a.speakers) == 0 && possessor < 0 && monitorNamed(toks, lo, v) {
		a.speakers, a.unresolved = []string{"ngo"}, false
		a.spFrom, a.spTo = lo, vt // with its aside: "from its base in Gaziantep" is no strike's place
		return
	}
	// A post in a local body the lexicon does not name: "the station's
	// director, Shiyar Mahmoud, said", "the mukhtar said", "a nurse at the
	// field hospital said" (or its aside: "Dr Halabi, who runs the
	// emergency ward of a hospital in the city, said").
	if len(a.speakers) == 0 && possessor < 0 && st.localVoice(toks, ms, lo, vt) {
		a.speakers, a.unresolved = []string{"local-sources"}, false
		a.spFrom, a.spTo = lo, v
		if name, nb, ne := findName(toks, st.covered, lo, vt); name != "" && !st.placeAt(toks, nb, ne) {
			st.persons[name] = "local-sources"
			st.persons[surname(name)] = "local-sources"
			a.name = st.asWritten(toks, nb, ne)
		}
		return
	}
	// Footage as the speaker: "The footage also purports to show".
	for t := lo; t < v; t++ {
		if e := at2(ms, toks, t); e != nil && e.Flags&fFootage != 0 && st.footageSpeaker != "" {
			a.speakers = st.oneSpeaker(st.footageSpeaker)
			a.spFrom, a.spTo = t, t+1
			return
		}
	}
	return
}

// issuerShortName finds in [lo, v) a subject "the <head>" or "the
// <head>'s <post>" whose head is the last two to four words of the
// publisher's name ("the task force" of "Combined Joint Task Force"): it
// returns where the subject starts.
func (st *docState) issuerShortName(toks []token, lo, v int) (int, bool) {
	for t := lo; t+2 < v; t++ {
		if toks[t].Norm != "the" {
			continue
		}
		end := t + 1
		for end < v && toks[end].Word && toks[end].Norm != "'s" && end-t <= 4 {
			end++
		}
		if n := end - t - 1; n < 2 || n > 4 || end < v && toks[end].Norm != "'s" {
			return 0, false
		}
		head := " " + strings.ToLower(st.text[toks[t+1].Start:toks[end-1].End])
		for _, name := range st.pubNames {
			if strings.HasSuffix(name, head) {
				return t, true
			}
		}
		return 0, false
	}
	return 0, false
}

// parentheticalPronoun: a's speaker is a pronoun set off by commas with
// its verb (", it said,"), an aside inside another speaker's words.
func parentheticalPronoun(toks []token, a attribution) bool {
	p := a.spFrom
	if a.right || a.spTo != p+1 || p < 1 || a.verb != p+1 || a.verbEnd >= len(toks) {
		return false
	}
	switch toks[p].Norm {
	case "it", "he", "she", "they":
		return toks[p-1].Norm == "," && toks[a.verbEnd].Norm == ","
	}
	return false
}

// speechAfter: a speech verb follows match k in the sentence.
func speechAfter(ms []match, k int) bool {
	for _, m := range ms[k+1:] {
		if m.E.Flags&fSpeech != 0 {
			return true
		}
	}
	return false
}

// quoteOpening returns, when token t closes a quotation, the index of the
// token that opens it (not before lo); 0 otherwise.
func quoteOpening(toks []token, t, lo int) int {
	if toks[t].Quote != 2 {
		return 0
	}
	for q := t - 1; q > 0 && q >= lo; q-- {
		if toks[q].Quote == 1 {
			return q
		}
	}
	return 0
}

// dashAsideBefore returns where a short aside set off by dashes ends a
// speaker phrase right before token v ("The Hashd - the PMF - says"): the
// index of its opening dash, or 0.
func dashAsideBefore(toks []token, v int) int {
	if v < 4 || !dashes.has(toks[v-1].Norm) {
		return 0
	}
	for t := v - 2; t >= 2 && t >= v-8; t-- {
		if dashes.has(toks[t].Norm) {
			return t
		}
		if !toks[t].Word {
			return 0
		}
	}
	return 0
}

var dashes = words("-", "—") // (tokenize folds "–" and "―" into "—")

// relayedWithin returns the index of a "quoted by"/"cited by" that ends the
// speaker phrase before token v with no comma ("officers quoted by state TV
// said"), or 0; "was quoted by" is a passive speech verb of its own.
func relayedWithin(toks []token, v int) int {
	for t := v - 2; t >= 1 && t >= v-10; t-- {
		if toks[t].Norm == "," || toks[t].Quote != 0 {
			return 0
		}
		if relayedBy(toks, t) && toks[t-1].Word && !passiveAux.has(toks[t-1].Norm) {
			return t
		}
	}
	return 0
}

// ownVoice: m names a speaker by itself (not a country, a relative body or
// a generic head).
func ownVoice(m match) bool {
	mm := m.E.Mention
	return isSpeakerMention(m) && m.E.Flags&fCountry == 0 && mm.Speaker != "" && !mm.Generic && mm.Relative == ""
}

// memberVoice is the speaker of a state body relative ("sources", "mod")
// of a coalition member named by its demonym, an actor the lexicon gives no
// country: the US's bodies have speaker ids, the UK and France speak as
// themselves.
func memberVoice(demonym mention, relative string) string {
	if demonym.Speaker != "" && demonym.Speaker != demonym.Actor || demonym.Relative != "" {
		return "" // a body of its own ("the U.S. military"), not a state by name ("Britain")
	}
	switch demonym.Actor {
	case "us":
		return stateVoice(countrySpeakers["US"], relative)
	case "uk", "france":
		return demonym.Actor
	}
	return ""
}

// modifiedBy: mention c (a demonym) modifies mention m across at most two
// plain words ("an Iraqi border guard officer").
func modifiedBy(toks []token, c, m match) bool {
	if c.To >= m.From || m.From-c.To > 2 {
		return false
	}
	for t := c.To; t < m.From; t++ {
		if !toks[t].Word || objectMarkers.has(toks[t].Norm) || toks[t].Norm == "'s" {
			return false
		}
	}
	return true
}

// bracketSpeaker gives a the speaker named in the bracket [v, vt) right
// before the verb when the phrase before it names none the registry knows:
// "the Dohuk security directorate (Asayish) said".
func (st *docState) bracketSpeaker(toks []token, ms []match, k, v, vt int, a *attribution) {
	for j := k - 1; j >= 0 && ms[j].From > v; j-- {
		if m := ms[j]; m.To < vt && isSpeakerMention(m) && !m.E.Mention.Generic {
			if sp := st.resolveMention(toks, ms, j); sp != "" {
				a.speakers, a.unresolved = []string{sp}, false
				a.spFrom, a.spTo = m.From, m.To
				return
			}
		}
	}
}

// voicelessState: the speaker phrase [lo, v) opens with a country the
// registry has no voices for, as the owner of what speaks ("Ukraine's air
// force").
func voicelessState(toks []token, ms []match, lo, v int) bool {
	t := lo
	if t < v && toks[t].Norm == "the" {
		t++
	}
	j, ok := matchAt(ms, t)
	if !ok {
		return false
	}
	m := ms[j]
	if m.E.Flags&fCountry == 0 || m.E.ISO == "" || m.To+1 >= v || toks[m.To].Norm != "'s" {
		return false
	}
	_, known := stateSpeaker(m.E.ISO, "mod")
	return !known
}

// bodyBefore is the body "its" stands for at token t: the last body named
// before it in the sentence ("the commission said its coordinator had
// documented"), else in the sentences before.
func (st *docState) bodyBefore(ms []match, t int) string {
	for k := len(ms) - 1; k >= 0; k-- {
		if m := ms[k]; m.To <= t && isBody(m) {
			return m.E.Mention.Speaker
		}
	}
	return st.lastBody
}

// isBody: a mention of an organisation by name, not of a person, a
// country or a kind of people ("a cousin", "residents").
func isBody(m match) bool {
	e := m.E
	return e.Flags&fMention != 0 && !e.Mention.Generic && !m.InName && !e.Mention.Person && e.Flags&fCountry == 0 &&
		e.Mention.Speaker != "" && e.Mention.Speaker != "local-sources" && e.Mention.Speaker != model.Journalist
}

// ownPost: the speaker phrase [lo, v) opens with "its" and a post ("Its
// deputy regional coordinator, Henrik Lund,").
func ownPost(toks []token, lo, v int) bool {
	if lo >= v || toks[lo].Norm != "its" {
		return false
	}
	for t := lo + 1; t < v && t <= lo+5 && toks[t].Word; t++ {
		if n := toks[t].Norm; postHeads.has(n) || staffTitles.has(n) || personPosts.has(n) {
			return true
		}
	}
	return false
}

// speakAsPost makes body the speaker of a, whose words lo..vt name a post
// of it ("Its local coordinator, Omar Bakour", "the monitor's director,
// Hassan Khoury"), and keeps the person named there as the body's.
func (st *docState) speakAsPost(toks []token, a *attribution, body string, lo, vt int) {
	a.speakers, a.unresolved = []string{body}, false
	a.spFrom, a.spTo = lo, vt
	if name, nb, ne := findName(toks, st.covered, lo, vt); name != "" && !st.placeAt(toks, nb, ne) {
		st.persons[name] = body
		st.persons[surname(name)] = body
		a.name = st.asWritten(toks, nb, ne)
	}
}

// headPost: the speaker phrase [lo, v) is "the <head>'s <post>" ("the
// monitor's director"), with a body already named by that head: that body.
func (st *docState) headPost(toks []token, lo, v int) string {
	if lo+3 >= v+1 || toks[lo].Norm != "the" || toks[lo+2].Norm != "'s" || !toks[lo+1].is(classAnaphorHead) {
		return ""
	}
	body := st.byHead[toks[lo+1].Norm]
	if body == "" {
		return ""
	}
	for t := lo + 3; t < v && t <= lo+6 && toks[t].Word; t++ {
		if n := toks[t].Norm; postHeads.has(n) || staffTitles.has(n) || personPosts.has(n) {
			return body
		}
	}
	return ""
}

// headPostEndsAt: "the <head>'s <post>" of headPost ends right before t
// ("the monitor's director, Hassan Khoury, told").
func (st *docState) headPostEndsAt(toks []token, t int) bool {
	for q := t - 3; q >= 0 && q >= t-6; q-- {
		if toks[q].Norm == "the" {
			return st.headPost(toks, q, t) != ""
		}
	}
	return false
}

// personPosts are the roleNouns held by a person, not a unit or office of
// the body ("its commander", not "its Anbar office").
var personPosts = words("commander", "leader", "deputy", "secretary", "minister",
	"representative", "envoy", "adviser", "advisor", "officer", "spokesman", "spokeswoman", "spokesperson")

// ngoHeads end the names of monitors ("the Syrian Network for Civilian
// Records", "Shingal Watch"); unlike monitorHeads they leave out the heads
// a state body may also carry ("centre", "institute").
var ngoHeads = words("monitor", "watch", "observatory", "network", "archive", "campaign", "documentation",
	"register", "tracker", "watchdog") // "the Civilian Harm Register", "the Conflict Tracker"

// aidQualifiers and aidOrgHeads make a name a medical or relief
// organisation's when both are among its words: "the Northern Hospitals
// Alliance", "the Syrian Medical Association", "the Health Relief Union"
// (an alliance or union alone may be a party's or an army's).
var (
	aidQualifiers = words("hospitals", "hospital", "medical", "health", "relief", "humanitarian", "doctors")
	aidOrgHeads   = words("alliance", "association", "society", "union", "foundation", "organisation", "organization")
)

// monitorNamed: the speaker phrase [lo, v) opens with a capitalised name
// whose words include a monitor's head, or name a medical or relief
// organisation.
func monitorNamed(toks []token, lo, v int) bool {
	t := lo
	if t < v && toks[t].Norm == "the" {
		t++
	}
	aid, org := false, false
	for ; t < v && toks[t].Word && toks[t].Upper; t++ {
		n := toks[t].Norm
		if ngoHeads.has(n) {
			return true
		}
		aid = aid || aidQualifiers.has(n)
		org = org || aid && aidOrgHeads.has(n)
	}
	return org
}

// monitorNameEndsAt: a capitalised name ending right before token t has a
// monitor's head among its words ("the Levant Casualty Network").
func monitorNameEndsAt(toks []token, t int) bool {
	for p := t - 1; p >= 0 && p >= t-6 && toks[p].Word && toks[p].Upper; p-- {
		if ngoHeads.has(toks[p].Norm) {
			return true
		}
	}
	return false
}

// localHeads name people who speak only for a place: its mukhtar, its
// nurses and surgeons, its school's head.
var localHeads = words("mukhtar", "nurse", "nurses", "surgeon", "surgeons",
	"headmaster", "headteacher", "imam", "shopkeeper", "farmer", "farmers",
	"boatman", "fisherman", "fishermen", "shepherd", "shepherds", "driver", "boy", "girl",
	"son", "sons", "elder", "elders")

// postHeads name a post whose body must be given: "the station's
// director", "the head of the water directorate".
var postHeads = words("director", "head", "manager", "administration",
	"administrator", "chief", "staff", "employees", "management", "principal", "member", "members",
	"directorate", "department")

// localVoice reports a speaker phrase in tokens [lo, to) that names no
// known body but a local post: a localHead, or a postHead owned by a
// common noun ("the station's director") or followed by the body it runs
// ("the director of the sub-district", "who runs the emergency department
// of a hospital"). A monitor's own name ("Syria Network") is no place.
func (st *docState) localVoice(toks []token, ms []match, lo, to int) bool {
	i, j := msRange(ms, lo, to)
	for _, m := range ms[i:j] {
		if isSpeakerMention(m) && !(m.E.Flags&fCountry != 0 && objectAt(toks, m.From)) {
			return false
		}
	}
	for t := lo; t < to; t++ {
		if n := toks[t].Norm; toks[t].Upper && monitorHeads.has(n) || aidBodies.has(n) {
			return false // "the head of the mission": an agency's staff
		}
	}
	if escapedPeople(toks, lo, to) {
		return true
	}
	for t := lo; t < to; t++ {
		n := toks[t].Norm
		if localHeads.has(n) || postHeads.has(n) && (postOwned(toks, t, to) || t > lo && localBodies.has(toks[t-1].Norm)) {
			return true
		}
		if localBodies.has(n) && t > lo && (toks[t-1].Norm == "a" || toks[t-1].Norm == "the") && runsBody(toks, lo, t) {
			return true
		}
		if localBodyHeads.has(n) && t+1 == to && t <= lo+1 {
			return true // the body itself: "the hospital told us"
		}
	}
	return false
}

// peopleHeads name people by what they went through, in "people who fled
// the town", "those who survived the strike".
var peopleHeads = words("people", "those", "men", "women", "families")

// witnessVerbs put people where the strike was: they fled it, lived
// through it or saw it.
var witnessVerbs = words("fled", "escaped", "walked", "left", "survived", "saw", "witnessed", "lived", "live")

// escapedPeople: the subject in [lo, to) opens with people defined by
// having fled, survived or seen the strike ("people who walked out of the
// camp said"): eyewitnesses, a local voice.
func escapedPeople(toks []token, lo, to int) bool {
	t := lo
	if t < to && (toks[t].Norm == "the" || toks[t].Norm == "some" || toks[t].Norm == "many") {
		t++
	}
	return t+2 < to && peopleHeads.has(toks[t].Norm) && toks[t+1].Norm == "who" && witnessVerbs.has(toks[t+2].Norm)
}

// aidBodies are charities and agencies: their staff speak for them, not
// for the place ("the charity's head of mission").
var aidBodies = words("charity", "charities", "organisation", "organization",
	"ngo", "mission", "alliance", "agency", "society", "group", "monitor", "network")

// postOwned: the post at t is held in a body named next to it, by a
// possessive before it ("the station's director") or "of/at/in" after it.
func postOwned(toks []token, t, to int) bool {
	if t >= 2 && toks[t-1].Norm == "'s" && !toks[t-2].Upper {
		return true
	}
	if t >= 3 && toks[t-1].Word && !toks[t-1].Upper && toks[t-2].Norm == "'s" && !toks[t-3].Upper {
		return true // with its brief: "the district's emergency directorate"
	}
	return t+2 < to && (toks[t+1].Norm == "of" || toks[t+1].Norm == "at" || toks[t+1].Norm == "in")
}

// runVerbs say who runs or works in a body: "who runs the ward of a hospital".
var runVerbs = words("runs", "heads", "works", "worked", "manages", "directs")

// runsBody: an aside between lo and t says its person runs or works in a body.
func runsBody(toks []token, lo, t int) bool {
	for p := t - 1; p >= lo && p >= t-8; p-- {
		if runVerbs.has(toks[p].Norm) {
			return true
		}
	}
	return false
}

// askedAside opens an aside on how the speaker was asked ("The ministry,
// asked about the reports on Tuesday, denied"): the speaker is before it.
var askedAside = words("asked", "contacted", "questioned", "reached", "responding", "replying")

// compoundParticiples make a name before a hyphen a modifier of the
// speaker, not the speaker: "US-led", "Iran-backed", "Turkey-based".
// ("Houthi-run media", "Hezbollah-affiliated outlets" speak for the body.)
var compoundParticiples = words("backed", "led", "aligned", "allied", "funded", "sponsored", "supported", "based")

// partyHeads are nouns that a nationality word before them makes a
// party or an opposition of that nation, never its state ("the Iranian
// Kurdish parties", "a Turkish opposition party", "Iraqi exiles").
var partyHeads = words("party", "parties", "opposition", "dissident", "dissidents", "exile", "exiles")

// nationalityOfParty: the nationality word ending at to modifies, across at
// most two more modifiers, a party head before end ("Iranian Kurdish
// opposition parties").
func nationalityOfParty(toks []token, to, end int) bool {
	return partyHeadWithin(toks, to, min(end, to+3))
}

// suchDoubtIn: the clause doubts the strike told before as a whole ("no
// information about any such operation", a suchDoubts entry).
func suchDoubtIn(ms []match, cl clause) bool {
	ci, cj := msRange(ms, cl.from, cl.to)
	for _, m := range ms[ci:cj] {
		if m.E.Flags&(fDispute|fAnaphor) == fDispute|fAnaphor {
			return true
		}
	}
	return false
}

// partyNamedFrom: the words from t name a party or an opposition ("one of
// the Iranian Kurdish parties", "a Syrian opposition party"): a party head
// within six words, before any punctuation.
func partyNamedFrom(toks []token, t int) bool {
	return partyHeadWithin(toks, t, min(len(toks), t+6))
}

// partyHeadWithin reports a party head in toks[from:to] before any
// punctuation.
func partyHeadWithin(toks []token, from, to int) bool {
	for q := from; q < to && toks[q].Word; q++ {
		if partyHeads.has(toks[q].Norm) {
			return true
		}
	}
	return false
}

// compoundModifier: the mention m opens a hyphenated modifier ("Iran-backed").
func compoundModifier(toks []token, m match) bool {
	return m.To+1 < len(toks) && toks[m.To].Norm == "-" && compoundParticiples.has(toks[m.To+1].Norm)
}

// relayedBy reports an aside naming who passed the words on ("Turkish
// security sources, quoted by the state news agency, said"): the source
// speaks, not the outlet that quotes it.
func relayedBy(toks []token, t int) bool {
	n := toks[t].Norm
	return (n == "quoted" || n == "cited") && t+1 < len(toks) && toks[t+1].Norm == "by"
}

func at2(ms []match, toks []token, t int) *lexEntry {
	k := sort.Search(len(ms), func(i int) bool { return ms[i].From >= t })
	if k < len(ms) && ms[k].From == t {
		return ms[k].E
	}
	return nil
}

func (st *docState) lookupPerson(name string) string {
	if sp := st.persons[name]; sp != "" {
		return sp
	}
	return st.persons[surname(name)]
}

// townOutlet: a name that opens with a town and ends with an outlet word
// ("Raqqa Voices", "Hit Now", "Mosul Eye") is a local news page, which
// casualty recorders count among local sources.
func (st *docState) townOutlet(toks []token, from, to int) bool {
	if to-from < 2 {
		return false
	}
	l, ok := st.locatedAt(toks, from, to)
	if !ok || l.End >= toks[to-1].End {
		return false // no town opens it, or the town is the whole name
	}
	p := l.Where.Precision
	return p != model.PlaceCountry && p != model.PlaceProvince && outletWords.has(toks[to-1].Norm)
}

// unmentionVerbs follow "without" when a report notes what a statement
// left out.
var unmentionVerbs = words("mentioning", "naming")

// placeUnmentioned reports a clause that says its statement left out the
// place ("..., without mentioning Saraqib"): the statement is about some
// other strike or a wider area, not the one the report tells of.
func (st *docState) placeUnmentioned(toks []token, from, to int) bool {
	for t := from; t+2 < to; t++ {
		if toks[t].Norm == "without" && unmentionVerbs.has(toks[t+1].Norm) && toks[t+2].Upper && st.placeAt(toks, t+2, to) {
			return true
		}
	}
	return false
}

// placeAt reports a located place starting at token from, within [from, to):
// "Families who escaped Tal Afar said" names a town, not a person.
func (st *docState) placeAt(toks []token, from, to int) bool {
	_, ok := st.locatedAt(toks, from, to)
	return ok
}

// locatedAt returns the located place that starts at token from and ends
// within [from, to).
func (st *docState) locatedAt(toks []token, from, to int) (gazetteer.Located, bool) {
	start, end := toks[from].Start, toks[to-1].End
	i := sort.Search(len(st.located), func(i int) bool { return st.located[i].Start >= start })
	if i == len(st.located) || st.located[i].Start != start || st.located[i].End > end {
		return gazetteer.Located{}, false
	}
	return st.located[i], true
}

// outletWords end the names of local news pages ("Hit Now", "Raqqa Voices").
var outletWords = words("now", "voices", "voice", "eye", "news", "today", "post",
	"times", "observer", "network", "media", "press", "radio", "tv", "agency", "live", "pulse",
	"wire", "daily", "herald", "tribune", "gazette", "journal", "channel")

// outletNouns introduce a news outlet's name: "the Kurdish news agency Rojava
// Today", "the Syrian opposition outlet Sharqiya Now", "the Baghdad-based
// Dijla Post".
var outletNouns = words("agency", "outlet", "website", "site", "channel", "newspaper",
	"daily", "weekly", "broadcaster", "station", "page", "based")

// namedOutlet finds, in tokens [from, to), an outlet noun followed by a
// capitalised name the lexicon does not know: an outlet another outlet cites,
// which casualty recorders count among local sources. Known bodies ("the
// state news agency SANA") are mentions and resolve as such.
func (st *docState) namedOutlet(toks []token, from, to int) (int, int, bool) {
	for t := from; t+1 < to; t++ {
		if n := toks[t].Norm; n == "," || toks[t].Quote != 0 {
			break
		}
		if !outletNamedAt(toks, t+1) {
			continue
		}
		e := t + 1
		for e < to && toks[e].Word && toks[e].Upper && !st.covered[e] {
			e++
		}
		if e > t+1 {
			return t + 1, e, true
		}
	}
	return 0, 0, false
}

// outletNamedAt reports an outlet noun just before the name at nb.
func outletNamedAt(toks []token, nb int) bool {
	return nb > 1 && outletNouns.has(toks[nb-1].Norm) && (toks[nb-1].Norm != "based" || toks[nb-2].Norm == "-")
}

// rightSpeaker looks for "said X" and "according to X".
func (st *docState) rightSpeaker(toks []token, ms []match, k int, a *attribution) {
	v := ms[k].To
	hi := min(len(toks), v+16)
	for t := v; t < hi; t++ {
		n := toks[t].Norm
		if toks[t].Quote != 0 || n == ";" || n == "that" {
			hi = t
			break
		}
	}
	// "…,” said one, a shopkeeper", "said one of them"
	if v < hi && partitiveHeads.has(toks[v].Norm) && (v+1 == hi || !toks[v+1].Word || toks[v+1].Norm == "of" && partitiveOf(toks, v+1, hi)) {
		st.groupMember(a, v)
		return
	}
	// "According to information gathered by our Office, the families ...":
	// the outlet's own words before the comma end the speaker phrase.
	own := false
	for t := v; t < hi; t++ {
		if toks[t].Norm == "," {
			if own {
				a.speakers = st.oneSpeaker(st.narrator)
				a.spFrom, a.spTo = v, t
				return
			}
			break
		}
		own = own || ownWords.has(toks[t].Norm)
	}
	onb, one, outlet := st.namedOutlet(toks, v, hi)
	for j := k + 1; j < len(ms) && ms[j].From < hi; j++ {
		m := ms[j]
		if !isSpeakerMention(m) || outlet && m.From < onb && m.E.Flags&fCountry != 0 {
			continue // "a report by the Syrian opposition outlet Sharqiya Now": the demonym describes the outlet
		}
		if compoundModifier(toks, m) {
			continue // "claimed by Iran-aligned groups": the groups speak
		}
		if m.E.Flags&fCountry != 0 && m.From > 0 && toks[m.From-1].Norm == "in" {
			continue // "said Jan Smit, head of mission in Iraq": where the post is, not who speaks
		}
		sp := st.resolveMention(toks, ms, j)
		if sp == "" {
			continue
		}
		a.speakers = st.oneSpeaker(sp)
		a.spFrom, a.spTo = v, m.To
		if m.E.Mention.Person {
			a.name = mentionText(st.text, toks, m)
		}
		if name, nb, ne := findName(toks, st.covered, v, hi); name != "" && !m.E.Mention.Person {
			st.persons[name] = sp
			st.persons[surname(name)] = sp
			a.name = st.asWritten(toks, nb, ne)
		}
		// the speaker phrase runs to the next comma after the mention, or on
		e := m.To
		for e < hi && toks[e].Norm != "," {
			e++
		}
		if a.spTo < e && !a.right {
			a.spTo = e
		}
		if n := toks[ms[k].From].Norm; n == "according" || n == "per" {
			a.spTo = e
		}
		return
	}
	if sp, e := st.sensorSpeaker(toks, ms, k, v, hi); sp != "" {
		a.speakers = st.oneSpeaker(sp)
		a.spFrom, a.spTo = v, e
		return
	}
	// "according to our assessment", "our team found": the outlet or the
	// monitor itself, i.e. the narrator.
	if v < hi && ownWords.has(toks[v].Norm) {
		e := v + 1
		for e < hi && toks[e].Word && !ownStop.has(toks[e].Norm) {
			e++
		}
		a.speakers = st.oneSpeaker(st.narrator)
		a.spFrom, a.spTo = v, e
		return
	}
	if e, ok := ownSourceAt(toks, v, hi); ok {
		a.speakers = st.oneSpeaker(st.narrator) // "according to information we have received"
		a.spFrom, a.spTo = v, e
		return
	}
	if name, nb, ne := personName(toks, v, hi, true); name != "" {
		sp := st.lookupPerson(name)
		if sp == "" && st.townOutlet(toks, nb, ne) {
			sp = "local-sources" // "according to Raqqa Voices"
		}
		if sp == "" && st.doc.Kind == model.KindNGO && staffIn(toks, ne, hi) {
			sp = st.narrator // "said Lina Haddad, senior Iraq researcher" in the monitor's release
			st.persons[name], st.persons[surname(name)] = sp, sp
		}
		if sp != "" {
			a.speakers = st.oneSpeaker(sp)
			a.name = st.asWritten(toks, nb, ne)
			a.spFrom, a.spTo = nb, ne
			return
		}
	}
	if outlet {
		a.speakers = st.oneSpeaker("local-sources")
		a.spFrom, a.spTo = v, one
		return
	}
	// "according to Nasser hospital", "said the station's director",
	// "according to the Syrian Network for Civilian Records".
	e := v
	for e < hi && toks[e].Norm != "," {
		e++
	}
	switch {
	case monitorNamed(toks, v, e):
		a.speakers = st.oneSpeaker("ngo")
	case st.localVoice(toks, ms, v, e) || localBodyHead(toks, v, e):
		a.speakers = st.oneSpeaker("local-sources")
	default:
		return
	}
	a.spFrom, a.spTo = v, e
}

// sensorWords name a state's detection systems, whose data its military
// reports: "the Russian airspace monitoring system", "Turkish radars".
var sensorWords = words("radar", "radars", "monitoring", "surveillance", "airspace", "tracking")

// sensorSpeaker resolves "according to the data of the Russian airspace
// monitoring system": the military of the state named in the phrase
// speaks (with no state named, no one). It returns the speaker and the
// end of its phrase.
func (st *docState) sensorSpeaker(toks []token, ms []match, k, v, hi int) (string, int) {
	e, sensor := v, false
	for e < hi && toks[e].Norm != "," {
		sensor = sensor || sensorWords.has(toks[e].Norm)
		e++
	}
	if !sensor {
		return "", 0
	}
	for j := k + 1; j < len(ms) && ms[j].From < e; j++ {
		if m := ms[j]; m.E.Flags&fCountry != 0 && m.E.ISO != "" && (m.From == 0 || toks[m.From-1].Norm != "in") {
			return relativeSpeaker(m.E.ISO, "military"), e
		}
	}
	return "", 0
}

// localBodyHead: the phrase [from, to) names a local body itself, by its
// head among its first words ("Nasser hospital", "the hospital in
// al-Qaim", "the municipality").
func localBodyHead(toks []token, from, to int) bool {
	for t := from; t < to && t < from+4 && toks[t].Word; t++ {
		if n := toks[t].Norm; n == "in" || n == "of" {
			return false
		} else if localBodyHeads.has(n) {
			return true
		}
	}
	return false
}

// localBodyHeads name bodies that speak as local voices by themselves.
var localBodyHeads = words("hospital", "clinic", "morgue", "municipality")

// staffIn reports a staff title in the apposition after a name, before the
// next comma ("…, senior Iraq researcher").
func staffIn(toks []token, from, to int) bool {
	if from >= to || toks[from].Norm != "," {
		return false
	}
	for t := from + 1; t < to && toks[t].Norm != ","; t++ {
		if staffTitles.has(toks[t].Norm) {
			return true
		}
	}
	return false
}

// clauses splits the sentence into the contents of its attributions.
func (st *docState) clauses(toks []token, ms []match, atts []attribution, at []int) []clause {
	n := len(toks)
	out := st.clauseBuf[:0] // (the sentence's: the next sentence reuses the array)
	if len(atts) == 0 {
		st.clauseBuf = append(out, clause{from: 0, to: n})
		return st.clauseBuf
	}
	// Clause starts: sentence start, then the boundary before each later
	// attribution's speaker phrase.
	st.startBuf = grow(st.startBuf, len(atts))
	starts := st.startBuf
	for i := range atts {
		if i == 0 {
			starts[i] = 0
			continue
		}
		prevEnd := atts[i-1].verbEnd
		if atts[i-1].right && atts[i-1].spTo > prevEnd {
			prevEnd = atts[i-1].spTo
		}
		first := atts[i].spFrom
		if atts[i].right || atts[i].unresolved {
			first = atts[i].verb
		}
		b := prevEnd
		for t := first - 1; t >= prevEnd; t-- {
			nm := toks[t].Norm
			if nm == "," || nm == "—" || nm == ";" || nm == "but" || nm == "while" || nm == "and" {
				b = t + 1
				break
			}
		}
		starts[i] = b
	}
	for i := range atts {
		a := &atts[i]
		cs, ce := starts[i], n
		if i+1 < len(atts) {
			ce = starts[i+1]
		}
		spFrom, spTo := a.spFrom, a.spTo
		if a.right || a.unresolved || len(a.speakers) == 0 {
			spFrom = a.verb
		}
		if spTo < a.verbEnd {
			spTo = a.verbEnd
		}
		if a.right && (toks[a.verb].Norm == "according" || toks[a.verb].Norm == "per") {
			// "According to X, content" or "content, according to X"
			pre := cueIn(ms, cs, spFrom)
			if pre {
				out = append(out, clause{from: cs, to: spFrom, att: a, idx: i})
			}
			post := spTo
			if post < ce && toks[post].Norm == "," {
				post++
			}
			if cueIn(ms, post, ce) {
				out = append(out, clause{from: post, to: ce, att: a, idx: i})
			}
			continue
		}
		if a.right && toks[a.verb].Norm == "quoted" && (a.verb == 0 || !passiveAux.has(toks[a.verb-1].Norm)) {
			// "Reuters quoted an officer as saying that content"
			post := a.verbEnd
			for post < ce && toks[post].Norm != "saying" {
				post++
			}
			post++
			if post < ce && toks[post].Norm == "that" {
				post++
			}
			out = append(out, clause{from: min(post, ce), to: ce, att: a, idx: i})
			continue
		}
		if a.right {
			// "…,” said X." content before the verb.
			out = append(out, clause{from: cs, to: a.verb, att: a, idx: i})
			rest := spTo
			st.trailing(toks, ms, rest, ce, a, i, &out)
			continue
		}
		// "Asked whether American forces had carried out a strike, a
		// spokesperson said they had not": the answer's stance is taken
		// towards the question's content.
		if q, ok := askedWhether(toks, cs, spFrom); ok && elidedNegation(toks, ms, a.verbEnd, ce) {
			neg := *a
			neg.stance = model.StanceDenies
			qe := spFrom - 1
			for toks[qe].Norm != "," {
				qe--
			}
			out = append(out, clause{from: q, to: qe, att: &neg, idx: i, answered: true})
			continue
		}
		// "During a coalition strike on the building, it is assessed that
		// ...": the fronted phrase tells of the same strike.
		fs := cs
		for t := cs; t < spFrom; t++ {
			if toks[t].Norm == ":" {
				fs = t + 1 // "1. Nov. 26, 2015, near Hit, Iraq: During ..."
			}
		}
		if spFrom-1 > fs && toks[spFrom-1].Norm == "," && frontedOpeners.has(toks[fs].Norm) && cueIn(ms, fs, spFrom-1) {
			out = append(out, clause{from: fs, to: spFrom - 1, att: a, idx: i})
		}
		// "X said ..." or "…, X said."
		post := a.verbEnd
		if v := toks[a.verb].Norm; v == "told" || v == "tells" || v == "telling" {
			// "told Reuters", "told reporters", "told The Associated Press"
			for k := post; k < ce && k < post+4; k++ {
				if toks[k].Upper || toks[k].Norm == "reporters" || toks[k].Norm == "journalists" {
					continue
				}
				if toks[k].Norm == "," {
					post = k
				}
				break
			}
			if post < ce && recipientPronouns.has(toks[post].Norm) {
				post++ // "told me it was a Turkish drone": the words start after whom they were told
			}
		}
		if post < ce && toks[post].Norm == "that" {
			post++
		}
		if post < ce && (verbTail.has(toks[post].Norm) && !demonstrativeContent(toks, post, ce) || timeWordAt(ms, post)) {
			// "…, Amnesty said on Monday, blaming ...": a time or channel
			// phrase after the verb, then the speaker's own continuation
			for k := post + 1; k < ce && k <= post+8; k++ {
				if toks[k].Norm == "that" {
					// "said on Wednesday that coalition aircraft, which
					// ...": the content clause opens at "that", not at
					// the aside's comma after its subject.
					post = k + 1
					break
				}
				if toks[k].Norm == "," || toks[k].Norm == "." {
					if !cueIn(ms, post, k) {
						post = k
					}
					break
				}
			}
		}
		if e, ok := contactRelativeNarration(toks, ms, cs, a); ok {
			out = append(out, clause{from: cs, to: e, idx: i, narrated: true}) // "Jets bombed X, in strikes Ankara said were aimed at ...": the bombing is the narrator's
		}
		blame := toks[a.verb].is(classBlameVerb)
		commaAfter := post >= ce || toks[post].Norm == "," || toks[post].Norm == "." || toks[post].Quote != 0 && !blame
		preHas := cueIn(ms, cs, spFrom) || otherCause(toks, ms, cs, spFrom) || attributionIn(toks, ms, cs, spFrom) || workOfIn(toks, ms, cs, spFrom)
		obj := post // a blame verb's object, perhaps quoted: blamed "the international coalition forces"
		for obj < ce && toks[obj].Quote != 0 {
			obj++
		}
		postHas := cueIn(ms, post, ce) || predicateIn(toks, ms, post, ce) || blame && obj < ce && toks[obj].Word
		switch {
		case commaAfter && preHas:
			out = append(out, clause{from: cs, to: spFrom, att: a, idx: i})
			st.trailing(toks, ms, post, ce, a, i, &out)
		case postHas:
			sb := spFrom // "…,” the ministry said": past the article
			for sb-1 > cs && (toks[sb-1].Norm == "the" || toks[sb-1].Norm == "a" || toks[sb-1].Norm == "an") {
				sb--
			}
			quotedPre := preHas && sb > cs && sb-1 > cs && (toks[sb-1].Quote == 2 || toks[sb-2].Quote == 2)
			if e, ok := narratedBefore(toks, ms, cs, spFrom); ok && preHas && !quotedPre {
				out = append(out, clause{from: cs, to: e, idx: i, narrated: true}) // "Jets struck X, and the ministry said ...": the narrator's
			}
			out = append(out, clause{from: post, to: ce, att: a, idx: i})
			if quotedPre {
				out = append(out, clause{from: cs, to: spFrom, att: a, idx: i})
			}
		case preHas && !commaAfter && !pronounSpeaker(toks, a) && contrastJoin(toks, ms, cs, spFrom):
			// "Jets struck the depot, while Damascus insisted that most
			// missiles were downed": the strike is the narrator's, the
			// speaker's words are only what follows its verb
			e, _ := narratedBefore(toks, ms, cs, spFrom)
			out = append(out, clause{from: cs, to: e, idx: i, narrated: true})
			out = append(out, clause{from: post, to: ce, att: a, idx: i})
		case preHas:
			out = append(out, clause{from: cs, to: spFrom, att: a, idx: i})
		case a.stance != model.StanceAsserts && a.stance != model.StanceConfirms && i > 0 && len(out) > 0 && !cueIn(ms, post, ce) && !claimIn(ms, post, ce):
			// "..., a report the U.S.-led coalition questioned on Wednesday":
			// the content is the previous clause of the sentence.
			prev := out[len(out)-1]
			out = append(out, clause{from: prev.from, to: prev.to, att: a, idx: i})
		default:
			// "Iraqi sources denied that claim": content is the reference.
			out = append(out, clause{from: post, to: ce, att: a, idx: i})
		}
	}
	st.clauseBuf = out
	return out
}

// contrastJoin: the words before the speaker are a main clause of the
// narrator's, with an attack verb, set against the speaker's by ", while"
// or ", but" (", and a monitor says ..." rather bears the strike out).
func contrastJoin(toks []token, ms []match, from, speaker int) bool {
	e, ok := narratedBefore(toks, ms, from, speaker)
	if !ok || e+1 >= len(toks) {
		return false
	}
	j := toks[e+1].Norm
	return j == "while" || j == "but"
}

// pronounSpeaker: the speaker is a pronoun ("we said so"), who may be the
// one who struck in the words before.
func pronounSpeaker(toks []token, a *attribution) bool {
	return a.spTo == a.spFrom+1 && a.spFrom >= 0 && a.spFrom < len(toks) && speakerPronouns.has(toks[a.spFrom].Norm)
}

var speakerPronouns = words("i", "we", "he", "she", "they", "it")

// awareOf reports "aware of (the|media|these|those) …" before the report word at t: a
// speaker that knows of a report says nothing of the strike itself.
func awareOf(toks []token, t int) bool {
	p := t - 1
	if p >= 0 && (toks[p].Norm == "the" || toks[p].Norm == "media" || toks[p].Norm == "these" || toks[p].Norm == "those") {
		p--
	}
	return p >= 1 && toks[p].Norm == "of" && toks[p-1].Norm == "aware"
}

// reportsAllege: the report word m is followed at once by a verb that
// gives the reports' own words ("reports alleging that", "claims saying").
func reportsAllege(ms []match, m match) bool {
	k, ok := matchAt(ms, m.To)
	return ok && ms[k].E.Flags&fSpeech != 0 && ms[k].E.Stance == model.StanceAsserts
}

// trailing handles what follows "…, X said,": a continuation of the speech
// ("adding that ...") or the narrator's own words ("almost exactly 24 hours
// after Soleimani was killed in an American strike").
func (st *docState) trailing(toks []token, ms []match, from, to int, a *attribution, idx int, out *[]clause) {
	for from < to && (toks[from].Norm == "," || toks[from].Norm == ".") {
		from++
	}
	if from < to && companionPhrase(toks, from) {
		// "Four militants were killed, they said, along with a farmer":
		// the content goes on past the speaker, with the people who
		// shared the fate of those before
		(*out)[len(*out)-1].to = to
		return
	}
	if tollContinuation(toks, from, to) {
		// "Two of the wounded died, the doctors said, bringing the toll to
		// 42": the new toll is the speaker's, told of the same dead
		(*out)[len(*out)-1].to = to
		return
	}
	if from >= to || !cueIn(ms, from, to) && !toks[from].is(classBlameVerb) {
		return
	}
	if resultParticiples.has(toks[from].Norm) {
		// "…, the monitor said, killing at least ten civilians": the
		// dead are the speaker's, told of the strike before the verb
		(*out)[len(*out)-1].to = to
		return
	}
	if comparisonAside(toks, from) {
		return // "…, a war monitor said, the highest toll from an Israeli raid in years"
	}
	if continuations.has(toks[from].Norm) {
		(*out)[len(*out)-1].to = to
		// keep the speaker; the content grows over the continuation
		return
	}
	// a trailing phrase of the speaker ("in a tweet on Thursday") has no cue
	*out = append(*out, clause{from: from, to: to, att: nil, idx: idx})
}

// resultParticiples open the toll of the strike just told ("killing at
// least ten", "wounding 12").
var resultParticiples = words("killing", "wounding", "injuring", "leaving")

// tollRaisers open a participle that sets a new toll ("bringing the toll
// to 42", "raising the death toll to nine").
var tollRaisers = words("bringing", "raising", "taking", "pushing")

// tollContinuation: the phrase at from is a participle that raises the
// toll ("bringing the civilian death toll to at least 42"), its "toll"
// within a few words.
func tollContinuation(toks []token, from, to int) bool {
	if from >= to || !tollRaisers.has(toks[from].Norm) {
		return false
	}
	for t := from + 1; t < to && t <= from+5; t++ {
		if n := toks[t].Norm; n == "toll" || n == "tally" {
			return true
		}
	}
	return false
}

// companionPhrase reports "along with" or "together with" at token t.
func companionPhrase(toks []token, t int) bool {
	return t+1 < len(toks) && (toks[t].Norm == "along" || toks[t].Norm == "together") && toks[t+1].Norm == "with"
}

// comparisonHeads open a noun phrase that ranks the strike among others.
var comparisonHeads = words("highest", "deadliest", "worst", "largest", "biggest",
	"heaviest", "bloodiest", "latest", "most")

// comparisonAside: the phrase at t ranks the strike just told of among
// others ("the deadliest attack on the town since 2017"): the narrator's
// aside about that strike, not a strike of its own.
func comparisonAside(toks []token, t int) bool {
	return t+1 < len(toks) && (toks[t].Norm == "the" || toks[t].Norm == "its") && comparisonHeads.has(toks[t+1].Norm)
}

func cueIn(ms []match, from, to int) bool {
	i, j := msRange(ms, from, to)
	for _, m := range ms[i:j] {
		if m.E.Flags&(fAttackVerb|fAttackNoun) != 0 && m.E.Flags&fExcept == 0 {
			return true
		}
	}
	return false
}

// firstCueEnd returns where the sentence's first strike cue (cueIn's kind
// of match) ends, or -1: cueIn(ms, 0, t) is then firstCueEnd <= t, asked
// of every speech verb without a scan from the sentence's start each time.
func firstCueEnd(ms []match) int {
	for _, m := range ms {
		if m.E.Flags&(fAttackVerb|fAttackNoun) != 0 && m.E.Flags&fExcept == 0 {
			return m.To
		}
	}
	return -1
}

// flagIn reports a match with flag f inside tokens [from, to).
func flagIn(ms []match, from, to int, f lexFlag) bool {
	i, j := msRange(ms, from, to)
	for _, m := range ms[i:j] {
		if m.E.Flags&f != 0 {
			return true
		}
	}
	return false
}

func claimIn(ms []match, from, to int) bool { return flagIn(ms, from, to, fClaim) }

// msRange returns the indexes [i, j) of the matches inside tokens [from, to).
// Matches are sorted and do not overlap.
func msRange(ms []match, from, to int) (int, int) {
	i := sort.Search(len(ms), func(k int) bool { return ms[k].From >= from })
	j := sort.Search(len(ms), func(k int) bool { return ms[k].To > to })
	if j < i {
		j = i
	}
	return i, j
}

// uniq appends v to list when absent.
func uniq(list []string, v string) []string {
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list, v)
}

// citedSpeaker: the source a report cites ("media reports, citing the
// so-called White Helmets, ..."), or "".
func (st *docState) citedSpeaker(toks []token, ms []match, cl clause) string {
	i, j := msRange(ms, cl.from, cl.to)
	for _, m := range ms[i:j] {
		if m.E.Flags&fClaim != 0 {
			if by := st.claimAuthor(toks, ms, m.To); by != "" {
				return by // "Claims by rebel media that ... are false"
			}
		}
	}
	for t := cl.from; t < cl.to; t++ {
		if n := toks[t].Norm; n != "citing" && n != "quoting" {
			continue
		}
		for j, m := range ms {
			if m.From <= t || m.From > t+6 || m.To > cl.to {
				continue
			}
			if isSpeakerMention(m) {
				return st.resolveMention(toks, ms, j)
			}
		}
	}
	return ""
}

// claimAuthor resolves "by X" right after a claim word ending at t ("claims
// by rebel-run media", "reports by the ministry"), or "".
func (st *docState) claimAuthor(toks []token, ms []match, t int) string {
	if t+1 >= len(toks) || toks[t].Norm != "by" {
		return ""
	}
	for j, m := range ms {
		if m.From <= t || m.From > t+3 {
			continue
		}
		if isSpeakerMention(m) && !m.E.Mention.Generic {
			return st.resolveMention(toks, ms, j)
		}
	}
	return ""
}

// chargeNouns name an accusation; with "that" they carry what it charges.
var chargeNouns = words("accusation", "accusations", "allegation", "allegations")

// chargeOfNoStrike reports an accusation whose content names no strike:
// "dismissed Tehran's accusation that the camp was used to send weapons"
// answers a charge of something else, not a claim about the strike.
func chargeOfNoStrike(toks []token, ms []match, m match, to int) bool {
	return chargeNouns.has(toks[m.To-1].Norm) && m.To < to && toks[m.To].Norm == "that" && !cueIn(ms, m.To, to)
}

// citedVerbs carry a claim to its author: "claims made in state media",
// "allegations spread by its outlets".
var citedVerbs = words("made", "spread", "published", "circulated", "carried", "aired", "posted")

// verdictWords, after "is/are", give the speaker's verdict on a cited claim:
// "... are untrue".
var verdictWords = words("untrue", "false", "baseless", "unfounded", "incorrect", "fabricated", "wrong", "lies", "not")

// citedClaim finds a claim the sentence cites with its author and content
// ("claims by Houthi-run media that civilians were killed", "claims made in
// Syrian state media that coalition jets struck a mosque"): the author's id
// and the token range of what it claims, or "".
func (st *docState) citedClaim(toks []token, ms []match) (string, int, int) {
	for _, m := range ms {
		if m.E.Flags&fClaim == 0 || m.To+2 >= len(toks) {
			continue
		}
		if n := toks[m.To-1].Norm; n != "claims" && n != "claim" && n != "reports" {
			continue
		}
		t := m.To
		if citedVerbs.has(toks[t].Norm) {
			t = byAfterVenue(toks, t+1) // "claims spread on Telegram by"
		}
		if n := toks[t].Norm; n != "by" && n != "in" && n != "from" {
			continue
		}
		sp, end := st.authorAfter(toks, ms, t)
		if sp == "" || sp == st.narrator {
			continue
		}
		for q := end; q < len(toks) && q <= end+3; q++ {
			if toks[q].Norm == "that" && !toks[q].Upper {
				return sp, q + 1, verdictAt(toks, q+1)
			}
		}
		if q := accordingToWhich(toks, end); q > 0 {
			return sp, q, verdictAt(toks, q)
		}
	}
	return "", 0, 0
}

// byAfterVenue skips where a claim was spread ("on Telegram", "in a post")
// to the "by" that names its author, or returns t.
func byAfterVenue(toks []token, t int) int {
	if t >= len(toks) || toks[t].Norm != "on" && toks[t].Norm != "in" {
		return t
	}
	for q := t + 1; q < len(toks) && q <= t+4; q++ {
		if toks[q].Norm == "by" {
			return q
		}
		if !toks[q].Word {
			break
		}
	}
	return t
}

// accordingToWhich finds ", according to which" within a few words after
// t (after the author's own qualifiers: "of the Kiev regime") and returns
// where the claim's content starts, or 0.
func accordingToWhich(toks []token, t int) int {
	for q := t; q+3 < len(toks) && q <= t+8; q++ {
		if toks[q].Norm == "," && toks[q+1].Norm == "according" && toks[q+2].Norm == "to" && toks[q+3].Norm == "which" {
			return q + 4
		}
	}
	return 0
}

// authorAfter resolves the speaker mention that starts within three words
// after token t (five past a "-run" or "-led" modifier: "by the Hamas-run
// Ministry of Health"), and where it ends.
func (st *docState) authorAfter(toks []token, ms []match, t int) (string, int) {
	reach := t + 3
	if t+4 < len(toks) && toks[t+3].Norm == "-" && (compoundParticiples.has(toks[t+4].Norm) || toks[t+4].Norm == "run") {
		reach = t + 5
	}
	for j, m := range ms {
		if m.From <= t || m.From > reach {
			continue
		}
		if isSpeakerMention(m) && !m.E.Mention.Generic {
			return st.resolveMention(toks, ms, j), m.To
		}
	}
	return "", 0
}

// verdictAt is where the speaker's verdict on a cited claim starts ("are
// untrue", "do not reflect the truth"), or the sentence's end.
func verdictAt(toks []token, from int) int {
	for q := from; q+1 < len(toks); q++ {
		n, next := toks[q].Norm, toks[q+1].Norm
		if (n == "are" || n == "is") && verdictWords.has(next) || (n == "do" || n == "does") && next == "not" {
			return q
		}
	}
	return len(toks)
}

// habitualMarks make a present-perfect clause a summary of many strikes,
// not a report of one ("has carried out hundreds of strikes", "have
// repeatedly bombed").
var habitualMarks = words("hundreds", "dozens", "thousands", "scores",
	"numerous", "countless", "repeatedly", "regularly", "periodically",
	"frequently", "routinely", "often")

// periodicMarks before a plural strike noun make it a pattern, not a strike
// ("militants still mount sporadic attacks").
var periodicMarks = words("sporadic", "frequent", "regular", "repeated",
	"occasional", "daily", "nightly", "near-daily")

var pluralStrikes = words("attacks", "strikes", "airstrikes", "raids", "bombardments")

// tallyWordsFilter turns away the words at which tally does nothing.
var tallyWordsFilter = newWordFilter(words("has", "have", "since", "string", "spate"),
	pluralStrikes, periodicMarks)

// tally: a count over a period, not one strike: "Since 1 January 2023,
// local sources have reported more than 40 drone strikes", "more than 150
// attacks have been claimed since October", "a string of blasts at depots".
// A perfect tense and "since" alone are not enough: "the deadliest strike
// since 2017 has killed ..." tells of one strike.
func tally(toks []token, ms []match, cl clause) bool {
	perfect, since, counted := false, false, false
	toll := false // a counted toll in the perfect passive: "dozens of civilians have been killed"
	// From before the clause ("Since 1 January, sources have reported ..."),
	// a bounded way back so a long sentence of many clauses stays linear.
	for t := max(0, cl.from-40); t < cl.to; t++ {
		n := toks[t].Norm
		if !tallyWordsFilter.has(n) {
			continue
		}
		switch {
		case n == "has" || n == "have":
			perfect = true
			if t >= cl.from && perfectPassiveToll(toks, t, cl.to) && countedVictimsBefore(toks, t) {
				toll = true
			}
		case n == "since" && t+1 < cl.to:
			k, ok := matchAt(ms, t+1)
			if hasDigit(toks[t+1].Norm) || ok && ms[k].E.Flags&fTime != 0 {
				since = true // "since October", "since 1 January", "since 2014"
			}
			if toll && !strikeSince(ms, t+1, cl.to) {
				return true // "Dozens of civilians have been killed in the area since then": a running toll
			}
		case toks[t].is(classPluralStrike) && countedBefore(toks, t):
			counted = true // "more than 40 drone strikes"
		case (n == "string" || n == "spate") && t+2 < cl.to && toks[t+1].Norm == "of" && strings.HasSuffix(toks[t+2].Norm, "s"):
			return true
		case toks[t].is(classPeriodicMark) && t+1 < cl.to && toks[skipWeapon(toks, t+1, cl.to)].is(classPluralStrike):
			if s := skipWeapon(toks, t+1, cl.to); !datedEpisode(toks, ms, s+1, cl.to) {
				return true
			}
		}
	}
	return perfect && since && counted
}

// perfectPassiveToll: the auxiliary at t opens "have been killed" (or
// wounded, injured).
func perfectPassiveToll(toks []token, t, to int) bool {
	return t+2 < to && toks[t+1].Norm == "been" && tollParticiples.has(toks[t+2].Norm)
}

var tollParticiples = words("killed", "wounded", "injured")

// countedVictimsBefore: a figure stands among the few words of the
// subject before the auxiliary at t ("at least 11 people have",
// "thousands of civilians are thought to have").
func countedVictimsBefore(toks []token, t int) bool {
	for q := t - 1; q >= max(0, t-6); q-- {
		n := toks[q].Norm
		if n == "," || n == ";" {
			return false
		}
		if hasDigit(n) || numberWords.has(n) || habitualMarks.has(n) {
			return true
		}
	}
	return false
}

// strikeSince: the "since" phrase starting at t names a strike ("since the
// attack began"): the toll is that strike's, not a running one.
func strikeSince(ms []match, t, to int) bool {
	end := min(to, t+4)
	for k := sort.Search(len(ms), func(k int) bool { return ms[k].From >= t }); k < len(ms) && ms[k].From < end; k++ {
		if ms[k].E.Flags&fAttackNoun != 0 {
			return true
		}
	}
	return false
}

// datedEpisode: a day right after the strikes ("repeated air strikes on
// Wednesday hit the school") makes them one episode, not a pattern
// ("sporadic attacks" go on for weeks).
func datedEpisode(toks []token, ms []match, t, to int) bool {
	for q := t; q < to && q <= t+2; q++ {
		if timeWordAt(ms, q) {
			return true
		}
		if n := toks[q].Norm; n != "on" && n != "late" && n != "early" {
			return false
		}
	}
	return false
}

// skipWeapon steps over a weapon word before a strike noun ("daily air
// strikes", "regular drone strikes"); it stays below to.
func skipWeapon(toks []token, t, to int) int {
	if t+1 < to {
		switch toks[t].Norm {
		case "air", "drone", "missile", "artillery", "rocket":
			return t + 1
		}
	}
	return t
}

// countedBefore: a figure stands in the three words before t ("40 drone
// strikes", "dozens of attacks").
func countedBefore(toks []token, t int) bool {
	for q := t - 1; q >= max(0, t-3); q-- {
		if n := toks[q].Norm; hasDigit(n) || numberWords.has(n) || habitualMarks.has(n) {
			return true
		}
	}
	return false
}

// trendVerbs tell strikes growing or waning over a period: "attacks on
// the SDF have risen since the autumn", "Turkey has intensified its drone
// strikes": the campaign's background, not one strike.
var trendVerbs = words("risen", "increased", "intensified", "escalated", "surged",
	"multiplied", "decreased", "declined", "subsided", "doubled", "tripled")

// strikesTrend: a perfect trend verb whose subject or object is plural
// strikes ("Government and Russian air strikes on the north-west have
// increased since October", "the army has escalated its attacks"). A
// trend that ends "to" a figure is a toll ("the toll from the strikes has
// risen to four"), not a trend.
func strikesTrend(toks []token, cl clause) bool {
	for t := cl.from; t < cl.to; t++ {
		if n := toks[t].Norm; n != "has" && n != "have" {
			continue
		}
		v := t + 1
		if v+1 < cl.to && strings.HasSuffix(toks[v].Norm, "ly") {
			v++ // "have steadily increased"
		}
		if v >= cl.to || !trendVerbs.has(toks[v].Norm) {
			continue
		}
		if v+1 < cl.to && toks[v+1].Norm == "to" {
			continue // "has risen to 14": a toll
		}
		if secondClauseAfter(toks, v+1, cl.to) {
			return false // "..., and the road has been hit": the clause tells more than the trend
		}
		if pluralStrikesIn(toks, cl.from, t) || pluralStrikesIn(toks, v+1, min(cl.to, v+5)) {
			return true
		}
	}
	return false
}

// secondClauseAfter reports a second clause joined by ", and" or ";" from t
// to the clause's end.
func secondClauseAfter(toks []token, t, to int) bool {
	for q := t; q < to; q++ {
		if n := toks[q].Norm; n == ";" || n == "," && q+1 < to && toks[q+1].Norm == "and" {
			return true
		}
	}
	return false
}

// pluralStrikesIn reports a plural strike noun from from to to.
func pluralStrikesIn(toks []token, from, to int) bool {
	for q := from; q < to; q++ {
		if toks[q].is(classPluralStrike) {
			return true
		}
	}
	return false
}

// habitual: a present-perfect auxiliary ("has", "have") and, within a few
// words after it, a habitual mark.
func habitual(toks []token, cl clause) bool {
	for t := cl.from; t < cl.to; t++ {
		if n := toks[t].Norm; n != "has" && n != "have" {
			continue
		}
		for q := t + 1; q < cl.to && q <= t+5; q++ {
			if habitualMarks.has(toks[q].Norm) {
				return true
			}
		}
		if siteOfPast(toks, t+1, cl.to) {
			return true
		}
	}
	return false
}

// repeatTimesMarks before "times" make a perfect clause a count of strikes
// over a period ("has struck the port several times since January").
var repeatTimesMarks = words("several", "many", "multiple", "numerous", "countless",
	"dozens", "hundreds", "scores", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten")

// narratedPattern: the narrator's perfect clause that strikes again and
// again ("U.S. forces have struck back several times", "Israel has struck
// southern Lebanon almost daily since September") tells the campaign's
// background, not a strike. Left to the narrator: a source's "the army has
// shelled our quarters almost daily" blames the army for this strike too. A
// relative clause ("one of the strikes that have pounded the city almost
// nightly") describes the strike its main clause tells, and a verb after a
// comma may share the clause with one that tells of a strike. A passive
// ("the port has been struck several times by the coalition") counts the
// strikes on the place at hand, this one among them.
func narratedPattern(toks []token, ms []match, cl clause) bool {
	if cl.att != nil {
		return false
	}
	for t := cl.from; t < cl.to; t++ {
		n := toks[t].Norm
		if n == "," || n == ";" {
			return false // a later coordinated verb: the clause told more than the pattern
		}
		if n != "has" && n != "have" || t > 0 && relativeWords.has(toks[t-1].Norm) || t+1 < cl.to && toks[t+1].Norm == "been" {
			continue
		}
		if q := repeatedAt(toks, t+1, cl.to); q > 0 && strikeWordIn(toks, ms, t+1, q) {
			return true
		}
	}
	return false
}

// repeatedAt returns where, from t to the clause's end or the next comma, a
// frequency makes a clause a pattern ("several times", "hundreds of times",
// "almost daily"), or 0. The comma keeps it to one verb: "strikes have
// intensified since September, and the road has been hit several times".
func repeatedAt(toks []token, t, to int) int {
	for q := t + 1; q < to; q++ {
		switch n := toks[q].Norm; {
		case n == "," || n == ";":
			return 0
		case n == "times" && timesCounted(toks, q-1):
			return q
		case (n == "daily" || n == "nightly") && (toks[q-1].Norm == "almost" || toks[q-1].Norm == "nearly"):
			return q
		}
	}
	return 0
}

// timesCounted: the word before "times" counts them ("several times",
// "hundreds of times", "12 times").
func timesCounted(toks []token, q int) bool {
	n := toks[q].Norm
	if n == "of" && q > 0 {
		n = toks[q-1].Norm
	}
	return repeatTimesMarks.has(n) || hasDigit(n)
}

// siteOfPast reports "been the site of" or "been the scene of" from t: a
// place described by the attacks it has seen ("the road has been the site
// of several attacks by Daesh remnants") is background, not a strike.
func siteOfPast(toks []token, t, to int) bool {
	if t+3 >= to || toks[t].Norm != "been" || toks[t+1].Norm != "the" || toks[t+3].Norm != "of" {
		return false
	}
	return toks[t+2].Norm == "site" || toks[t+2].Norm == "scene"
}

// habitualSpeech reports a speech verb of the sentence told as a habit:
// "Syria has repeatedly accused the coalition of ..., charges the coalition
// denies" is background on both sides.
func habitualSpeech(toks []token, atts []attribution) bool {
	for _, a := range atts {
		if a.verb > 0 && a.verbEnd > a.verb && habitual(toks, clause{from: max(0, a.verb-4), to: a.verbEnd}) {
			return true
		}
		if a.verb > 0 && a.verbEnd > a.verb && acknowledgedMany(toks, a) {
			return true
		}
		if perfectBefore(toks, a.verb) {
			return true
		}
	}
	return false
}

// perfectBefore reports a speech verb told as something said before this
// strike: "has previously denied targeting hospitals", "have in the past
// denied": background, not a word on this strike.
func perfectBefore(toks []token, verb int) bool {
	if verb < 2 {
		return false
	}
	q := verb - 1
	switch {
	case toks[q].Norm == "previously":
	case q >= 3 && toks[q].Norm == "past" && toks[q-1].Norm == "the" && toks[q-2].Norm == "in":
		q -= 2
	default:
		return false
	}
	n := toks[q-1].Norm
	return n == "has" || n == "have"
}

// customAdverbs before a speech verb in the present tell what a speaker
// usually does, not what it said of this strike. "Repeatedly" is left out:
// "the ministry repeatedly denied that its jets struck the market" is one
// statement said many times.
var customAdverbs = words("regularly", "routinely", "often", "frequently", "usually", "typically", "normally")

// speechAsCustom: the verb of a is a present-tense habit ("which routinely
// announces its strikes", "it often claims raids").
func speechAsCustom(toks []token, a attribution) bool {
	if a.verb <= 0 || a.verbEnd <= a.verb || !customAdverbs.has(toks[a.verb-1].Norm) {
		return false
	}
	v := toks[a.verb].Norm
	return strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") || a.verb >= 2 && (toks[a.verb-2].Norm == "which" || toks[a.verb-2].Norm == "who")
}

// acknowledgedMany: a perfect speech verb whose object is many strikes
// ("it has acknowledged hundreds of strikes in Syria"): a tally, not a
// report of one.
func acknowledgedMany(toks []token, a attribution) bool {
	e := a.verbEnd
	if e+2 >= len(toks) || !habitualMarks.has(toks[e].Norm) || toks[e+1].Norm != "of" {
		return false
	}
	if n := toks[a.verb-1].Norm; n != "has" && n != "have" {
		return false
	}
	return toks[skipWeapon(toks, e+2, len(toks))].is(classPluralStrike)
}

// clause turns one clause into claims.
func (st *docState) clause(idx int, s sentences.Sentence, toks []token, ms []match, at, cov []int, quoted []bool, cl clause, atts []attribution, dates []timex.Mention) {
	text := st.text
	if cl.from >= cl.to {
		return
	}
	// Speakers.
	var speakers []string
	name := ""
	stance := model.StanceAsserts
	if cl.att != nil {
		if cl.att.unresolved || cl.att.nonDenial {
			return // a speaker that neither denies nor confirms makes no claim
		}
		speakers = cl.att.speakers
		name = cl.att.name
		stance = cl.att.stance
	} else {
		speakers, name = st.unattributedSpeakers(idx, s)
	}
	// Clause-level cues.
	var retract, denyWord, dispute, claimRef, confirm, footage bool
	chargeRef := false // the claim referred to is an accusation: never a denial
	var evType, target, group string
	targetLen, targetNegated := 0, false
	var groups, notGroups groupSet
	hasCue := false
	if cl.att != nil {
		fi, fj := msRange(ms, max(0, cl.att.verb-20), min(len(toks), cl.att.verbEnd+3))
		for _, m := range ms[fi:fj] {
			if m.E.Flags&fFootage != 0 {
				footage = true
			}
		}
	}
	if st.placeUnmentioned(toks, cl.from, cl.to) {
		return // "said army units had targeted positions in the countryside, without mentioning Saraqib"
	}
	ci, cj := msRange(ms, cl.from, cl.to)
	for _, m := range ms[ci:cj] {
		fl := m.E.Flags
		if fl&fExcept != 0 {
			continue
		}
		if fl&(fAttackVerb|fAttackNoun) != 0 && (cl.answered || !st.cues.hasWord(cueQuestion) || !embeddedQuestion(toks, m.From)) &&
			!(fl&fAttackVerb != 0 && fl&fAttackNoun == 0 && m.From > 0 && (toks[m.From-1].Norm == "the" || toks[m.From-1].Norm == "a")) &&
			!(st.mayBePretext() && pretextedAttack(toks, m.From)) {
			hasCue = true // not "the bombed building", nor "to justify attacks on Afrin"
		}
		if fl&fNoComment != 0 {
			if n := toks[m.From].Norm; n == "no" && m.To+1 < len(toks) && (toks[m.To].Norm == "indicating" || toks[m.To].Norm == "suggesting" || toks[m.To].Norm == "that" || toks[m.To+1].Norm == "indicate") {
				dispute = true // "no information indicating its aircraft struck civilian homes"
				continue
			}
			return // "said he had no information on the strike"
		}
		if fl&fSpeech != 0 && toks[m.From].is(classBlameVerb) && !accusedOfExploiting(toks, m.To, cl.to) && !chargeOfOtherDeed(toks, ms, m.To, cl.to) {
			hasCue = true // "The Hashd blamed Israel"
		}
		if predicateCue(toks, ms, m, cl.to) || cl.att != nil && fl&fMention != 0 && m.E.Mention.Actor != "" && itWasActor(toks, m, cl) {
			hasCue = true // "the drone was American", "it was the Americans"
		}
		if fl&fMention != 0 && m.E.Mention.Actor != "" && (attributedTo(toks, m.From) || originNamed(toks, m.From) || heldResponsible(toks, m) || workOfActor(toks, m.From)) {
			hasCue = true // "attributed them to Russian aircraft", "the rockets came from Iran", "hold Israel responsible", "the work of Islamic State"
		}
		if retractionCue(toks, m) {
			retract = true
		}
		if fl&fDenial != 0 && (fl&fSpeech == 0 || !nonDenial(toks, m.From, model.StanceDenies)) {
			denyWord = true
		}
		if fl&fDispute != 0 {
			dispute = true
		}
		if (fl&fClaim != 0 || reportMention(m.E)) && !chargeOfNoStrike(toks, ms, m, cl.to) {
			if awareOf(toks, m.From) && !flagIn(ms, 0, len(toks), fDenial|fRetract) {
				if reportsAllege(ms, m) {
					// "we are aware of reports alleging that one of those killed
					// was a civilian": the allegation is the unnamed reports',
					// which the speaker only notes
					speakers, name, stance = []string{model.Journalist}, "", model.StanceAsserts
				}
				if !flagIn(ms, m.To, cl.to, fSpeech) && !flagIn(ms, cl.from, cl.to, fAttackVerb) {
					// "it was aware of reports of civilian casualties and was
					// assessing them" (but "… and they are false" denies, "the
					// report by Airwars, which alleges that …" passes it on, and
					// "… casualties after its jets struck" admits the strike)
					return
				}
			}
			claimRef = true
			chargeRef = chargeRef || fl&fClaim != 0 && chargeNouns.has(toks[m.To-1].Norm)
		}
		if fl&fFootage != 0 {
			footage = true
		}
		if fl&fSpeech != 0 && m.E.Stance == model.StanceConfirms && !nonDenial(toks, m.From, m.E.Stance) {
			confirm = true // not "has neither confirmed nor denied"
		}
		if fl&fSpeech != 0 && m.E.Stance == model.StanceRetracts {
			retract = true
		}
		if fl&fType != 0 && storedArms(toks, cl.from, cl.to, m.From) {
			// "struck a depot of attack drones": what was hit, not the weapon
			if len("weapons depot") > targetLen {
				target, targetLen = "weapons depot", len("weapons depot")
			}
			groups.add(model.GroupMilitants)
			continue
		}
		if m.E.Type != "" && (fl&(fAttackVerb|fAttackNoun|fType|fMention) != 0) {
			evType = strongerType(evType, m.E.Type)
		}
		if fl&fTarget != 0 && (careDestination(toks, cl.from, m.From) || landmark(toks, cl.from, m.From)) {
			continue // "the wounded were taken to Ramadi General Hospital", "2 km from the hospital": not what was hit
		}
		if fl&(fTarget|fGroup) != 0 && recordModifier(toks, m.To, cl.to) {
			continue // "a funeral notice shared by a militia channel": the record and its outlet, not who was hit
		}
		if fl&fTarget != 0 && provokingAttack(toks, cl.from, m.From) {
			continue // "killed 100 fighters after they attacked a headquarters of the SDF": what the struck force hit
		}
		if fl&fTarget != 0 && m.E.Target != "" && m.To-m.From > targetLen {
			target, targetLen = m.E.Target, m.To-m.From
			targetNegated = negatedBefore(toks, cl.from, m.From)
		}
		if m.E.Group != "" && fl&(fTarget|fGroup) != 0 && !spared(toks, cl.from, m.From) && !enemyConduct(toks, cl.from, m.From, m.To, cl.to) {
			if disguisedAs(toks, cl.from, m.From) {
				groups.add(model.GroupMilitants) // "a car bomb disguised as a civilian minibus"
			} else if negatedBefore(toks, cl.from, m.From) {
				notGroups.add(m.E.Group) // "not militants", "had not targeted any civilians"
			} else {
				groups.add(m.E.Group)
			}
		}
		if fl&fMention != 0 && fightersStruck(toks, cl.from, m) {
			groups.add(model.GroupMilitants) // "struck ISIS fighters"
		}
	}
	if st.cues.hasClass(classArmedMan) && armedMenStruck(toks, cl.from, cl.to) || st.cues.hasWord(cueMembers) && membersStruck(toks, cl.from, cl.to) {
		groups.add(model.GroupMilitants) // "targeted gunmen who had crossed the river", "targeted members of the ... Units"
	}
	if !hasCue && flightDeniedIn(toks, ms, cl.from, cl.to, deniedSpeech(cl)) {
		hasCue = true // "no Russian aircraft had flown near the town", "denied that its aviation had flown over the area"
	}
	if !hasCue && cl.att != nil {
		if g, _ := groupNamedCulprit(toks, cl.from, cl.to); g != "" {
			hasCue = true // "said the evidence pointed to the YPG", "said the attack was the work of the PYD/YPG"
		}
	}
	if st.cues.hasWord(cueEvidence) && noEvidenceOfStrike(toks, ms, cl) {
		dispute = true // "found no evidence that would support a coalition strike"
	}
	if st.mayBeHabitual() && (habitual(toks, cl) || narratedPattern(toks, ms, cl) || strikesTrend(toks, cl)) || st.mayTally() && tally(toks, ms, cl) || st.sentHabitual {
		return // "Israel has carried out hundreds of strikes in Syria": background
	}
	if cl.att != nil && speechAsCustom(toks, *cl.att) {
		return // "the ministry, which regularly announces drone strikes in the area, had not commented"
	}
	// "That was wrong.": the narrator's own words just reported (below)
	thatRef := denyWord && !claimRef && demonstrativeSubject(toks, cl)
	claimRef = claimRef || thatRef
	if a := cl.att; a != nil && a.stance == model.StanceDenies && !a.nonDenial && a.verbEnd <= cl.from && pronounObjectAfter(toks, a.verbEnd, cl.to) {
		claimRef = true // "Moscow's defence ministry flatly denies it": the claim just told
	}
	if cl.att != nil && st.sentRetract {
		retract = true
	}
	if a := cl.att; a != nil && a.verbEnd > a.verb {
		if k, ok := matchAt(ms, a.verb); ok && namedWithdrawal(ms[k]) {
			claimRef = true // "withdrew the statement": the verb names what it withdraws
		}
	}
	if cl.att != nil && cl.att.verbEnd > cl.att.verb && (toks[cl.att.verb].is(classBlameVerb) || ownActAfter(toks, cl.att.verbEnd) || speechNamesStrike(toks, cl.att.verb, cl.att.verbEnd)) {
		hasCue = true // "The Hashd blamed Israel, then pulled its statement", "The coalition denied involvement"
	}
	if !hasCue && len(st.meta) > 0 && cl.att != nil && cl.att.verbEnd <= cl.from && effectReported(toks, cl.att) {
		hasCue = true // "Local sources describe explosions at the base": the effects of the strike told of
	}
	// "called the reports staged", "the video showed no craters": no strike
	// (and a statement's own "the videos are staged")
	statementOwn := cl.att == nil && st.official // (not the package's ownWords: a statement's own words)
	discredits := (cl.att != nil || statementOwn) && (claimRef || footage || st.cues.hasClass(classPictureWord)) && discredited(toks, cl, claimRef || footage)
	if discredits && (claimRef || statementOwn) {
		denyWord = true // "called the reports staged"
	}
	explained := st.cues.hasWord(cueCause) && otherCause(toks, ms, cl.from, cl.to) && (hasCue || st.recentClaim(idx) || cueIn(ms, 0, len(toks)))
	if explained || !hasCue && st.recentClaim(idx) && elidedNegation(toks, ms, cl.from, cl.to) {
		hasCue = true
	}
	unknownPerp := st.cues.hasClass(classNotKnownWord|classSayVerb|classFindOutVerb) && unidentified(toks, ms, cl.from, cl.to) || st.cues.hasWord(cueUnidentified) && unidentifiedArm(toks, cl.from, cl.to)
	if a := cl.att; !unknownPerp && a != nil && a.verb < a.verbEnd && a.verbEnd <= cl.from && sayVerbs.has(toks[a.verb].Norm) {
		// "Police could not say whose aircraft struck": the content is the question
		unknownPerp = negatedWithin(toks, 0, a.verb, 6) && abilityWithin(toks, 0, a.verb, 5) && whoStruck(toks, ms, cl.from, cl.to)
	}
	ownIgnorance := false // the speaker itself cannot tell who struck
	if cl.unclaimed {
		unknownPerp, ownIgnorance, hasCue = true, true, true
	}
	if unknownPerp && cl.att == nil {
		if sp := st.ignorantSubject(toks, ms, cl); sp != "" {
			speakers, name = []string{sp}, "" // "The monitor did not identify the aircraft that struck"
			hasCue, ownIgnorance = true, true
		}
	}
	if unknownPerp && cl.att != nil {
		hasCue = true // "officials said it was not clear who carried out the strike" says nobody knows
	}
	identity := ""
	if len(st.meta) > 0 {
		lo := cl.from
		if cl.att != nil && cl.att.verbEnd <= cl.from && cl.att.verb < cl.att.verbEnd && toks[cl.att.verb].is(classIdentityVerb) {
			lo = cl.att.verb // "the cell described all three men as ...": the speech verb is the describing
		}
		identity = victimIdentity(toks, lo, cl.to)
	}
	if !hasCue && !(claimRef && (denyWord || dispute || retract || stance == model.StanceDenies || stance == model.StanceDisputes || stance == model.StanceRetracts)) && identity == "" {
		// A source's own toll of the strike the sentence tells of: "...,
		// contradicting the ministry, which said three soldiers were wounded".
		if cl.att == nil || len(cl.att.speakers) == 0 || !casualtyIn(toks, cl) {
			return
		}
	}
	if cl.att != nil && cl.att.stance == model.StanceConfirms {
		confirm = true
	}
	if groups == 0 && (movementAsset(toks, cl.from, cl.to) || armedRole(toks, ms, cl.from, cl.to)) {
		groups.add(model.GroupMilitants) // "it hit three Kataib Hezbollah facilities"
	}
	if groups == 0 {
		if t := armsMaker(toks, cl.from, cl.to); t != "" {
			groups.add(model.GroupMilitants) // "a facility used to make vehicle-borne bombs"
			target = t
		}
	}
	switch {
	case groups&gMedics != 0:
		group = model.GroupMedics
	case groups&gCivilians != 0 && groups&gMilitants != 0:
		group = model.GroupMixed
	case groups&gCivilians != 0:
		group = model.GroupCivilians
	case groups&gMilitants != 0:
		group = model.GroupMilitants
	}
	denyGroup := "" // "no civilians were hit": who the denial is about
	switch {
	case notGroups&gMedics != 0:
		denyGroup = model.GroupMedics
	case notGroups&gCivilians != 0:
		denyGroup = model.GroupCivilians
	}
	if group == "" && notGroups == gMilitants {
		group = model.GroupCivilians // "killed a shepherd and his sons, not militants"
	}
	if group == "" && identity == "" {
		group = apposedGroup(toks, cl.from, cl.to) // "four people were killed, all of them members of the SDF"
	}
	if identity != "" {
		group = identity // what the sentence says those hit were outweighs what it mentions
		if targetNegated && identity == model.GroupCivilians {
			target = "" // "there was no military target at the farm": not what was hit
		}
	}

	// Perpetrators, per speaker (pronouns stand for the speaker's side).
	startByte, endByte := toks[cl.from].Start, toks[cl.to-1].End
	var excl [][2]int
	var seat [2]int // the speaker's seat opening the sentence, if any
	for i := max(0, cl.idx-1); i < len(atts) && i <= cl.idx+1; i++ {
		a := &atts[i]
		if len(a.speakers) > 0 && a.spTo > a.spFrom {
			end := a.spTo
			if !a.right && a.verb > end && (a.verb-end <= 8 || a.verb-end <= 14 && quotedByAt(toks, end) || speakingAside(toks, end, a.verb)) {
				end = a.verb // "a security source in Salahuddin Operations Command told": the speaker's post, not the strike's place
			}
			excl = append(excl, [2]int{toks[a.spFrom].Start, toks[min(end, len(toks))-1].End})
		}
		if e := toldWhom(toks, a); e > a.verbEnd {
			excl = append(excl, [2]int{toks[a.verbEnd].Start, toks[e-1].End}) // "told Baghdad Now that": an outlet, not the place
		}
		if lo, hi, ok := spokenFrom(toks, a, cl); ok {
			excl = append(excl, [2]int{toks[lo].Start, toks[hi-1].End}) // "…, he told NNS at a base south of Mosul": where he spoke
		}
		if e, ok := seatBefore(toks, a); ok {
			seat = [2]int{toks[0].Start, toks[e-1].End}
			excl = append(excl, seat) // "In Washington, a Pentagon spokesman said": where he spoke
		}
	}
	// Place.
	var where model.Where
	lastCue := -1
	for _, m := range ms[ci:cj] {
		if isCue(m.E) {
			lastCue = toks[m.From].Start
		}
	}
	clausePlaces := st.placesIn(startByte, endByte, excl) // read again below
	passage := st.passagePlace()
	if len(clausePlaces) > 0 && st.eventPlace != nil && sameSiteIn(toks, cl.from, cl.to) {
		// "attacked the same airport, an attack celebrated in Damascus":
		// the place of the strike told before, not the other place named
		where = *st.eventPlace
	} else if pl := clausePlaces; len(pl) > 0 && !(allOrigins(text, pl) && st.eventPlace != nil) && !(passage != nil && asideAll(text, pl, passage)) {
		if allActing(text, pl) {
			pl = placesNotActing(text, st.placesIn(s.Start, s.End, excl), pl)
		}
		where = pickPlaceNear(text, pl, lastCue)
		if st.headPlace != nil && !townNamed(text, pl) {
			where = *st.headPlace // "SUSAH. … what Baghdad's command called …", "… flew in over Syria"
		} else if passage != nil && passage.Lat == nil && passage.Name != "" && unnamedSiteBearing(text, pl, where) {
			where = *passage // "in the Mutaibija area …. … in a valley north-west of the al-Azim district": the area told before
		} else if coarserSameCountry(where, passage) {
			where = *passage // "… groups that have attacked U.S. troops in Syria" after a strike near a Syrian town
		} else if title := st.titlePlace(); passage == nil && coarserSameCountry(where, title) {
			where = *title // "Turkish jets … on the town …, since Ankara sent troops into Syria" under a title naming al-Bab
		}
	} else if w, ok := st.theCountry(toks, cl); ok {
		where = w
		if st.headPlace != nil {
			where = *st.headPlace
		}
	} else if pl := st.placesIn(s.Start, s.End, excl); len(pl) > 0 && !(allOrigins(text, pl) && st.eventPlace != nil) && !(passage != nil && asideAll(text, pl, passage)) {
		where = pickPlace(text, pl)
	} else if w, ok := st.namedSitePlace(toks, cl, s.Start); ok {
		where = w // "the airport had been destroyed" after "the military airport of Hama … and the T4 airbase near Tiyas"
	} else if st.paraPlace != nil && !(st.eventPlace != nil && originWords.has(st.paraPlace.Relation)) {
		where = *st.paraPlace
	} else if st.inEntry && st.entryPlace != nil {
		where = *st.entryPlace
	} else if st.eventPlace != nil {
		where = *st.eventPlace
	} else if st.cuePlace != nil {
		where = *st.cuePlace // "a drone strike near Baalbek" told before any claim
	} else {
		// Nothing the report tells places it: where the report was filed,
		// its speaker's seat, its title, or nowhere.
		st.clauseFiled = true
		if st.datelinePlace != nil && (st.country == "" || st.datelinePlace.Country == st.country) {
			where = *st.datelinePlace // not "WASHINGTON (Reuters) -" over a strike in Syria
		} else if pl := st.placesIn(seat[0], seat[1], nil); len(pl) > 0 {
			where = pickPlace(text, pl) // the speaker's seat, when nothing else places the claim
		} else if w := st.titlePlace(); w != nil {
			where = *w
		}
	}
	if len(clausePlaces) == 0 && st.datelinePlace != nil && where == *st.datelinePlace {
		st.clauseFiled = true // the dateline's, by way of the passage
	}
	// Date.
	var when model.When
	ownDate := false
	ownDateAt := -1 // byte offset of the clause's own date
	di := sort.Search(len(dates), func(k int) bool { return dates[k].Start >= startByte })
	if d, ok := eventDate(text, dates[di:], startByte, endByte, st.stmtDates); ok && !aftermathDay(st.lastDate, text, d) {
		// (not "a driver who died of burns two days later": the day of
		// his death, the strike's is the passage's)
		when, ownDate, ownDateAt = d.When, true, d.Start
		if len(clausePlaces) > 1 && len(dates)-di > 1 {
			if w, ok := firstStrikePlace(text, clausePlaces, dates[di:], d, where, endByte); ok {
				where = w // "in A on 29 July, and of two in B on 30 July": the day dates A's strike
			}
		}
	}
	if !ownDate {
		if d, ok := eventDate(text, dates, 0, len(text), st.stmtDates); ok && !aftermathDay(st.lastDate, text, d) {
			when, ownDate = d.When, true
		}
	}
	if !ownDate {
		if w, ok := openingDaysAfter(text[s.Start:s.End], st.refTime); ok {
			when, ownDate = w, true // "Two days after jets bombed the farm, ..."
		}
	}
	st.clauseDated = ownDate // (read by add, for strikeDayOfStatements; false again at the end)
	// A day the sentence names but nothing resolves ("late Friday" in a
	// report with no date) is not the passage's last date: borrowing it
	// would date the strike to some other day, such as a photo caption's.
	if !ownDate && st.lastDate.From != "" && !unresolvedDay(dates, s.Start, s.End) {
		when = st.lastDate
		if d, ok := toldBefore(text, dates, when); ok {
			when = d // "The command had said on Tuesday that jets hit ...": not Friday's, when it was withdrawn
		}
		if within(when, st.paraSpan) {
			when = st.paraSpan // "Khasham, 7-8 February. ... on the evening of 7 February ... The agency called it a massacre": the whole incident
		}
		if d, ok := st.dayOfTown(where.Name); ok && len(clausePlaces) > 0 {
			when, st.lastDate = d, d // the claim names a town dated before, the passage's day came with another: the passage goes back to it
		}
	}
	if when.From == "" && !st.published.IsZero() {
		// A report that dates nothing tells of the day it is published.
		d := st.published.Format("2006-01-02")
		when = model.When{From: d, To: d, Precision: model.PrecisionDay}
	}
	for _, d := range dates[di:] {
		if d.Start >= endByte {
			break
		}
		if d.When.Time != "" && d.When.From == "" && when.Time == "" && when.From != "" {
			when.Time = d.When.Time
		}
	}
	if st.countedStrike != nil && !ownDate && len(clausePlaces) == 0 && tollOnly(toks, cl) {
		// "Moscow had put the toll at 62": a count of the strike told,
		// not a strike of its own at the passage's later day or place
		where, when = st.countedStrike.Where, st.countedStrike.When
	}
	st.clauseOwnPlace = len(clausePlaces) > 0
	if identity != "" && !hasCue && len(st.claims) > 0 {
		// Who the dead were, said of no strike of its own: the strike the
		// report last told of, wherever the sentence says they came from.
		last := st.claims[len(st.claims)-1]
		where, when = last.Where, last.When
	}
	// Counts.
	var counts []model.Count
	for _, fg := range quantity.Counts(text[tollStart(toks, cl.from, startByte):endByte], st.paraCounts) {
		counts = append(counts, fg.Count)
	}
	if len(counts) == 0 && cl.from == 0 && opensOfThem(toks) && idx > 0 && st.sents[idx-1].Para == s.Para {
		// "The trucks had crossed on Saturday. About a dozen of them were
		// destroyed": "them" are the previous sentence's
		prev := st.sents[idx-1]
		for _, fg := range quantity.CountsAfter(text[prev.Start:prev.End], text[startByte:endByte], st.paraCounts) {
			counts = append(counts, fg.Count)
		}
	}
	counts = st.namedKilled(toks, ms, cl, counts)
	if len(st.paraCounts) < 32 {
		st.paraCounts = append(st.paraCounts, counts...)
	}
	if len(counts) > 0 && st.cues.hasWord(cueMore) {
		counts = shareLowerBound(toks, ms, cl, counts) // (it only ever loosens a count of the clause)
	}
	// One clause about two places, each with its figures: "destroyed 55
	// trucks southwest of Fallujah and approximately 120 others east of
	// Ramadi" is two claims.
	parts := []part{{where: where, counts: counts}}
	if pl := clausePlaces; len(pl) >= 2 {
		parts = st.splitByPlace(pl, startByte, endByte, parts)
	}

	// "a provocation carried out by the PKK", "the helicopters killed two
	// of its fighters": whoever struck, it was not the speaker's side
	welcomed := st.cues.hasClass(classWelcomeVerb) && welcomedStrike(toks, ms, cov, welcomeFrom(cl), cl.to)
	notOwn := unnamedAgent(toks, ms, cov, cl.from, cl.to) || ownSideHit(toks, ms, cov, cl.from, cl.to) || welcomed || st.cues.hasWord(cueCondemn) && condemnedAttack(toks, cl.from, cl.to)
	// "militants carried out 21 shellings": armed men no actor names struck
	notOwn = notOwn || memberSubject(toks, ms, cov, cl)
	// "strikes allegedly carried out by the air force": a charge passed on
	hedged := hedgedAgent(toks, ms, cov, cl.from, cl.to)
	notOwn = notOwn || hedged
	// "..., and said seven drones were shot down": the sentence tells of an
	// attack the speaker's side defended against, in each of its clauses
	notOwn = notOwn || st.sentAirDefence
	// "As a result of these attacks, ..." after "attacks by armed groups were
	// recorded": the attacks pointed back to are the ones not the speaker's.
	notOwn = notOwn || st.prevNotOwn && attacksPointedBack(toks, cl.from, cl.to)
	st.prevNotOwn = notOwn
	for _, pt := range parts {
		where, counts := pt.where, pt.counts
		for _, sp := range speakers {
			side := st.e.actors.SpeaksFor(sp)
			st.curSpeaker = sp
			// a source that tells of the strike itself calls fake what
			// reports say of it, not the strike
			fake := discredits && !st.toldStrike(sp)
			// (and "called the reports fabricated" denies the strike, not a part in it)
			st.curNotOwn = notOwn || fake
			ownSide := side
			if welcomed {
				ownSide = "" // "welcomed the raids, saying they had hit ...": "they" are the raiders
			}
			// a later "and a day after jets bombed …" tells its own event's actor
			pcl := cl
			if st.cues.hasWord(cueAfter) {
				pcl.to = laterAnchorFrom(toks, cl)
			}
			asserted, denied, negated := st.perpetrators(toks, ms, cov, pcl, ownSide)
			if hedged {
				asserted = nil // (the speaker passes the charge on)
			}
			if welcomed && len(asserted) == 0 && len(denied) == 0 && !negated {
				asserted = st.otherSideTold(side) // the raids welcomed are those the report told
			}
			if fake && len(asserted) == 0 && len(denied) == 0 {
				negated = true // its pictures are no proof of its own strike
			}
			// Footage a side released, or its own statement, shows its own strike
			// unless it names someone else.
			st.curOwnStmt = false
			if sp == st.narrator && st.official && side != "" && st.sideStruck(toks, ms, cl, side) {
				// "two servicemen of the Russian armed forces were killed":
				// those hit are its own, and the strike no operation of its own
				st.sideAttacked = true
				st.curNotOwn = true
			} else if sp == st.narrator && st.official && side != "" && st.sideAreaHit(toks, ms, cl, side) {
				st.curNotOwn = true
			}
			if len(asserted) == 0 && len(denied) == 0 && side != "" && !negated && !st.curNotOwn && !st.sideWronged(toks, ms, cl, side) {
				// (a side that is struck rather than strikes names its own
				// operations: its unattributed strikes are another's)
				ownStatement := cl.att == nil && sp == st.narrator && st.official && !st.named && !unofficialVoices.has(sp)
				switch {
				case footage && !discredits || ownStatement: // (not pictures it calls fake)
					asserted = []string{side}
					st.curOwnStmt = ownStatement && !footage
				case !personalSources.has(sp):
					// An institution's "F-16 jets had destroyed a hideout" are its
					// own side's aircraft: it would name anyone else's.
					if word, ok := unnamedAirSubject(toks, ms, cl); ok {
						arm := side
						if a := airArms[side][word]; a != "" {
							arm = a
						}
						asserted = []string{arm}
					}
				}
			}
			if len(asserted) == 0 && len(denied) == 0 && !negated && side != "" && claimsAttack(toks, ms, cl) {
				asserted = []string{side} // "Islamic State claimed the attack": its own
			}
			if len(asserted) == 0 && len(denied) == 0 && !negated {
				if a := asideCulprit(toks, ms, cl.att); a != "" {
					asserted = []string{a} // "The PMF, which called the strikes an American crime, say"
				}
			}
			if len(asserted) == 0 && len(denied) == 0 && !negated {
				// "the drone fired two missiles": the arm the report named before
				if a := st.armAnaphor(toks, ms, cl, sp); a != "" {
					asserted = []string{a}
				}
			}
			if len(asserted) == 0 && len(denied) == 0 && !negated {
				// "launched by the three countries": the list named before
				if n := countedSides(toks, ms, cl); n > 0 {
					asserted = st.listedSides(n)
				}
			}
			if len(asserted) == 0 && len(denied) == 0 && !negated && st.occupier != "" && occupationSubject(toks, ms, cl) {
				// "the occupation's aircraft bombed": the occupier named before
				if a := countryActors[st.occupier]["army"]; a != "" {
					asserted = []string{a}
				}
			}
			for _, a := range st.anaphora(toks, ms, cl, sp, speakers, idx) {
				asserted = uniq(asserted, a)
			}
			if dispute && len(asserted) == 0 && len(denied) == 0 && !negated && suchDoubtIn(ms, cl) {
				// "it has no information about any such operation": doubt of
				// the strike the report is about, by whoever told it
				asserted = st.storyPerps()
			}
			// A log entry's figures and summary are about its belligerent.
			if st.inEntry && sp == st.narrator && len(asserted) == 0 && len(denied) == 0 && !negated {
				asserted = append(asserted, st.entryPerps...)
			}
			if explained && len(asserted) == 0 {
				negated = true // no strike: something else caused it
			}
			// (the narrator's "it was not clear who" leaves the question open)
			if cl.unclaimed {
				asserted, denied, negated = []string{"unknown"}, nil, false
			}
			if unknownPerp && (sp != model.Journalist || ownIgnorance) && len(asserted) == 0 && len(denied) == 0 && !negated {
				asserted = []string{"unknown"}
			}
			if side != "" && len(asserted) == 0 && len(denied) == 0 && !negated && blamesOthers(toks, ms, cl) && st.accusedBefore(side, sp, evType) {
				denied = []string{side} // the accused side "blamed outlaw elements": not its own part
			}
			if a := cl.att; a != nil && a.verbEnd > a.verb && condemnVerbs.has(toks[a.verb].Norm) && len(asserted) == 0 && !sayingWithin(toks, ms, a.verbEnd, cl.to) {
				continue // "Baghdad condemned the strikes": a condemnation says something only of whom it blames
			}
			heldToIt := false
			if stance == model.StanceDenies && len(asserted) == 0 && len(denied) == 0 && !negated && sovereigntyViolated(toks, cl.from, cl.to) {
				// "rejected this claim, terming the attack a violation of
				// Pakistan's sovereignty": it rejects what the claim says was
				// hit, not the attack, and holds the claim's actor to it
				_, perps, ofDenial, _ := st.referenced(toks, ms, cl, false)
				if len(perps) == 0 || ofDenial {
					continue
				}
				asserted, heldToIt = perps, true
			}
			claimStance := stance
			if claimStance == "" || heldToIt {
				claimStance = model.StanceAsserts
			}
			switch {
			case stance == model.StanceDenies && !heldToIt:
				denied = append(denied, asserted...)
				asserted = nil
			case negated && len(asserted) == 0:
				if sp == model.Journalist && cl.att == nil && len(denied) == 0 && !noStrikeNoun(toks, ms, cl) {
					// "The Peshmerga are not taking part in the assault": the
					// narrator tells of the fighting; it denies no strike
					continue
				}
				claimStance = model.StanceDenies
			case len(denied) > 0 && len(asserted) == 0:
				claimStance = model.StanceDenies
			}
			if denyWord && claimRef && len(asserted) > 0 && len(denied) == 0 && !negated && reportThenDenial(toks, ms, cl) {
				// "Reports of a strike by the air force on the clinic are false":
				// the unnamed reports assert it (the narrator passes them on),
				// the speaker denies it. (Reports of "its jets" are the
				// speaker's words for them: no one the narrator can pass on.)
				if ref := refAt(ms, cl); sp != model.Journalist && reportOwner(toks, ms, cl) < 0 && !(ref < len(quoted) && quoted[ref]) && st.citedSentence != idx {
					// (reports the speaker names in its own quoted words are
					// not passed on by the narrator: "“We are aware of reports
					// attributing this to the United States, and they are false”")
					who := model.Journalist
					if c := st.citedSpeaker(toks, ms, cl); c != "" && c != sp {
						who = c // "Reports, citing the White Helmets, of strikes by ..."
					}
					rc := model.Claim{Speaker: who, Stance: model.StanceAsserts, PerpetratorsAsserted: asserted,
						Event: model.Event{Type: evType, Target: target, TargetGroup: group}, When: when, Where: where,
						Quote: text[s.Start:s.End], Span: [2]int{s.Start, s.End}, Source: "prose"}
					if rc.Event.Type == "" {
						rc.Event.Type = typeFromActors(asserted)
					}
					st.add(rc, idx, s.Para, "")
				}
				denied, asserted, claimStance = asserted, nil, model.StanceDenies
			}
			if fake && cl.att == nil && !claimRef && sp == st.narrator {
				// a statement's own "the videos are staged to accuse Russia
				// of the strikes": no strike took place, whoever the
				// fabrication would blame
				asserted, denied, claimStance = nil, nil, model.StanceDenies
			}
			if (stance == model.StanceRetracts || retract && !hasCue) && claimRef && len(asserted) == 0 && len(denied) == 0 {
				// "withdrew that statement": what the speaker had said
				_, perps, _, _ := st.referenced(toks, ms, cl, false)
				asserted = perps
			} else if (denyWord || dispute || stance == model.StanceDisputes) && claimRef && len(asserted) == 0 && len(denied) == 0 {
				// "the U.S. claim is misleading if not false"
				narratorRef := sp == model.Journalist && (demonstrativeSubject(toks, cl) || ownWordIn(toks, cl))
				ref, perps, ofDenial, weSaid := st.referenced(toks, ms, cl, narratorRef)
				switch {
				case weSaid && denyWord && !ofDenial:
					// "we wrote that Israeli warplanes carried out the strikes. That was wrong."
					asserted, claimStance = perps, model.StanceRetracts
				case denyWord && !ofDenial && !weSaid && len(perps) > 0 && cl.att != nil && st.claims[ref].Speaker == sp && sp != model.Journalist && ownStatementIn(toks, ms, cl):
					// "the PMF said the statement was not authentic": a body
					// disowning its own earlier statement takes it back
					asserted, claimStance = perps, model.StanceRetracts
				case thatRef:
					continue // a bare "This is false" refers to no claim we can name
				case fake && denyWord && !(ofDenial && st.claims[ref].Speaker != sp):
					// "described the reports as fabricated": no strike took
					// place, whoever the reports named (its own denial just
					// before is not what it calls fabricated)
					claimStance = model.StanceDenies
				case ofDenial && denyWord:
					asserted, claimStance = perps, model.StanceAsserts
				case ofDenial:
					asserted, claimStance = perps, model.StanceDisputes
				case denyWord && len(perps) > 0 && st.soleOwnAccount(ref):
					// "Amaq said its fighters stormed the post. The Cell
					// called the claim a fabrication": no attack took place
					claimStance = model.StanceDenies
				case denyWord:
					denied, claimStance = st.ownPart(sp, perps), model.StanceDenies
				default:
					asserted, claimStance = perps, model.StanceDisputes
				}
				if len(perps) == 0 && !hasCue {
					continue // a reference to nothing this document reported
				}
			} else if stance == model.StanceDenies && claimRef && len(denied) == 0 {
				ref, perps, ofDenial, _ := st.referenced(toks, ms, cl, false)
				switch {
				case ofDenial && chargeRef:
					continue // "rejected the accusation" does not answer the denial just told
				case ofDenial:
					asserted, claimStance = perps, model.StanceAsserts
				case len(counts) == 0 && st.assertedBy(sp, perps):
					// "The SDF rejected the claim, saying the occupation
					// inflates its numbers": a source that itself blames the
					// actor rejects what the claim says of the victims
					continue
				case st.soleOwnAccount(ref):
					// "Amaq said its fighters stormed the post. The Cell
					// denied the claim": no attack took place
				case len(perps) > 0 && st.e.actors.SpeaksFor(sp) == "":
					// "A local councillor rejected that account": one who
					// speaks for no side disputes whom it blames, it cannot
					// deny a part of its own
					asserted, claimStance = perps, model.StanceDisputes
				default:
					denied = st.ownPart(sp, perps)
				}
			}
			if claimStance == model.StanceDenies && claimRef && len(asserted) == 0 && len(counts) == 0 && targetTopicReport(toks, ms, cl) {
				continue // "the claims about military cargo in the port are lies": it rejects what was hit, not who struck
			}
			if claimStance == model.StanceDenies && chargeRef && len(asserted) == 0 && len(denied) == 0 {
				denied = st.accusedSide(sp)
			}
			claimGroup := group
			if claimStance == model.StanceDenies && claimRef && len(asserted) == 0 {
				if victims, civilian := victimReport(toks, ms, cl); victims {
					// "dismissed reports of civilian casualties as propaganda":
					// it denies who was hit, not its part in the strike
					denied = nil
					if civilian && (group == "" || group == model.GroupUnknown) {
						claimGroup = model.GroupCivilians
					}
				}
			}
			if claimStance == model.StanceDenies && group == "" && denyGroup != "" {
				claimGroup = denyGroup
				if negated && len(asserted) == 0 {
					denied = nil // "its aircraft had not targeted any civilians" denies who was hit, not the strike
				}
			}
			if dispute && !claimRef && !denyWord && claimStance == model.StanceDenies && len(asserted) == 0 && len(denied) > 0 && !st.deniesOwnSide(sp, denied) {
				// "no reliable information about this operation ... no strikes
				// by U.S. aircraft were recorded": a speaker that doubts
				// another side's strike questions it, it cannot deny its part
				asserted, denied, claimStance = denied, nil, model.StanceDisputes
			}
			if dispute && !claimRef && claimStance == model.StanceAsserts {
				claimStance = model.StanceDisputes
			}
			if confirm && claimStance == model.StanceAsserts {
				claimStance = model.StanceConfirms
			}
			if cl.att != nil && cl.att.inherited && len(asserted) == 0 && len(denied) == 0 && len(counts) == 0 && !fake {
				continue // "... and blamed the group": nothing the first verb did not say
			}
			if sp == model.Journalist && len(asserted) == 0 && len(denied) == 0 && claimStance == model.StanceAsserts && len(counts) == 0 && identity == "" && !cl.narrated {
				continue // narration naming no one and no figure adds nothing
			}
			c := model.Claim{
				Speaker:              sp,
				SpeakerName:          name,
				Stance:               claimStance,
				PerpetratorsAsserted: asserted,
				PerpetratorsDenied:   denied,
				Event:                model.Event{Type: evType, Target: target, TargetGroup: claimGroup},
				When:                 when,
				Where:                where,
				Counts:               counts,
				Quote:                text[s.Start:s.End],
				Span:                 [2]int{s.Start, s.End},
				Source:               "prose",
			}
			if c.Event.Type == "" && cl.att == nil && len(counts) > 0 && !strikeWordIn(toks, ms, cl.from, cl.to) {
				c.Event.Type = st.toldType.carried(idx, s.Para)
			}
			if c.Event.Type == "" {
				c.Event.Type = typeFromActors(asserted)
			}
			if retract {
				if claimStance == model.StanceAsserts || claimStance == model.StanceConfirms {
					// "said ..., before recanting": the claim, then its withdrawal
					// (not "confirmed that the statement had been withdrawn")
					if !negated && (hasCue || !claimRef) {
						st.add(c, idx, s.Para, side)
					}
				}
				c.Stance = model.StanceRetracts
				c.PerpetratorsAsserted = retractedActors(ms, cl, c.PerpetratorsAsserted)
			}
			if c.Stance == model.StanceRetracts {
				st.withdrawnPlaceAndDay(&c, toks, cl, ownDateAt, len(clausePlaces) > 0)
				if st.repeatsWithdrawal(c) {
					continue // one subject's withdrawal read from two of its verbs
				}
			}
			st.noteArms(c, toks, cl)
			if identity != "" && claimGroup == identity {
				st.identifyToll(&c, identity, s.Para, idx)
			}
			if pcl.to < cl.to && c.Stance == model.StanceAsserts {
				// "…, and a day after jets bombed a hideout": that strike's own
				// claim, made first: the passage goes on with the first anchor's
				if lc, ok := st.laterAnchorClaim(c, toks, ms, cov, cl, pcl.to, ownSide); ok {
					st.add(lc, idx, s.Para, side)
				}
			}
			st.add(c, idx, s.Para, side)
			if sp != model.Journalist && cl.att != nil {
				st.lastSpeaker = sp
				st.lastSpeakerName = name
			}
			if footage && sp != model.Journalist {
				st.footageSpeaker = sp
			}
		}
	}
	if where.Name != "" && !coarserSameCountry(where, st.eventPlace) {
		st.eventPlaceBuf = where
		st.eventPlace = &st.eventPlaceBuf
	}
	// Update the last speaker even without claims, for "it said".
	if cl.att != nil && len(cl.att.speakers) > 0 && cl.att.speakers[0] != model.Journalist {
		st.lastSpeaker = cl.att.speakers[len(cl.att.speakers)-1]
		st.lastSpeakerName = cl.att.name
	}
	// (not deferred: clause has no return past clauseDated, and Go keeps a
	// record for each defer of a function with many returns)
	st.clauseDated, st.curNotOwn, st.clauseFiled, st.clauseOwnPlace = false, false, false, false
}

// coarserSameCountry reports a country named after a place within it
// ("… near Abu Kamal, the highest toll from a raid in Syria in years"):
// the story's strike place (and a clause naming only that country) stays
// the town.
func coarserSameCountry(w model.Where, prev *model.Where) bool {
	return prev != nil && w.Precision == model.PlaceCountry && prev.Precision != model.PlaceCountry && prev.Country == w.Country
}

// theCountry resolves "in the country" to the document's main country.
func (st *docState) theCountry(toks []token, cl clause) (model.Where, bool) {
	if st.e.places == nil || st.country == "" {
		return model.Where{}, false
	}
	for t := cl.from; t+2 < cl.to; t++ {
		if toks[t].Norm == "in" && toks[t+1].Norm == "the" && toks[t+2].Norm == "country" {
			name := countryNames[st.country]
			if p, ok := st.e.places.Lookup(name, st.country); ok && name != "" {
				lat, lon := p.Lat, p.Lon
				return model.Where{Name: p.Name, Lat: &lat, Lon: &lon, Country: p.Country, Relation: "in", Precision: model.PlaceCountry}, true
			}
		}
	}
	return model.Where{}, false
}

// shareLowerBound: a figure credited to one of several perpetrators when
// another "destroyed more" is only the lower bound of the strike's total
// ("The coalition destroyed 55 trucks; Iraq Air Force destroyed more").
func shareLowerBound(toks []token, ms []match, cl clause, counts []model.Count) []model.Count {
	more := false
	for t := cl.from; t < cl.to; t++ {
		if n := toks[t].Norm; n == "more" || n == "additional" || n == "others" || n == "further" {
			if t > cl.from && (toks[t-1].Norm == "than" || toks[t-1].Norm == "many") {
				continue
			}
			if t+1 < cl.to && notShareAfter.has(toks[t+1].Norm) {
				continue // "wounded more than 30", "further down the river": a bound or a way, not a share
			}
			if toks[t].Norm == "others" && peopleOthers(toks, t, cl.to) {
				continue
			}
			more = true
		}
	}
	if !more {
		return counts
	}
	actors := 0
	ci, cj := msRange(ms, cl.from, cl.to)
	for _, m := range ms[ci:cj] {
		if m.E.Flags&fMention != 0 && m.E.Mention.Actor != "" && m.E.Mention.Actor != "isis" {
			actors++
		}
	}
	if actors < 2 {
		return counts
	}
	for i := range counts {
		c := &counts[i]
		if (c.Kind == model.CountVehiclesDestroyed || c.Kind == model.CountKilled) && c.Min != nil && c.Max != nil && *c.Min == *c.Max {
			c.Max = nil
		}
	}
	return counts
}

// notShareAfter follow a "more" or "further" that is no further share of
// the strike: a figure's bound ("more than 30") or a direction ("further
// down the river", "further north").
var notShareAfter = words(
	"than", "down", "up", "along", "north", "south", "east", "west",
	"away", "afield", "inland", "into", "toward", "towards", "from", "to",
)

// peopleOthers reports an "others" at t that counts people, not a further
// share of the strike: "wounding six others", "others were injured".
// othersCounts count the "others" after them beyond numberWords: "a dozen
// others", "a few others", "eleven others".
var othersCounts = words("dozen", "few", "scores", "hundreds", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty")

func peopleOthers(toks []token, t, to int) bool {
	if t > 0 && (hasDigit(toks[t-1].Norm) || numberWords.has(toks[t-1].Norm) || othersCounts.has(toks[t-1].Norm)) {
		return true
	}
	for k := t + 1; k < to && k <= t+3; k++ {
		if n := toks[k].Norm; casualtyWords.has(n) || n == "killed" || n == "hurt" {
			return true
		}
	}
	return false
}

// part is one place of a clause with its figures.
type part struct {
	where  model.Where
	counts []model.Count
}

// splitByPlace cuts a clause after each town-level place when every piece
// up to the last place carries its own figures.
func (st *docState) splitByPlace(pl []gazetteer.Located, start, end int, parts []part) []part {
	var towns []gazetteer.Located
	for _, l := range pl {
		if l.Where.Precision == model.PlaceCountry || l.Where.Precision == model.PlaceProvince {
			continue
		}
		if l.Where.Relation == "" && (len(towns) == 0 || !joinedObject(st.text, towns[len(towns)-1], l)) {
			continue // "the Mosul road", "Raqqa residents"; but "at Abqaiq and the Khurais oilfield"
		}
		if len(towns) > 0 && towns[len(towns)-1].Where.Name == l.Where.Name {
			continue
		}
		towns = append(towns, l)
	}
	if len(towns) < 2 || len(towns) > 6 {
		return parts
	}
	between := st.text[towns[0].End:towns[1].Start]
	// "at Abqaiq and the Khurais oilfield": the second named in its
	// target's name, under the first's preposition
	coordinated := len(towns) == 2 && (coordinatedStrike(between) || towns[1].Where.Relation == "" && joinedObject(st.text, towns[0], towns[1]))
	var out []part
	from := start
	for k, l := range towns {
		to := l.End
		if k == len(towns)-1 {
			to = end
		}
		var counts []model.Count
		for _, fg := range quantity.Counts(st.text[from:to], nil) {
			if fg.Adverbial {
				continue // "the station near X, which serves Y, was hit twice": no strike of Y's own
			}
			counts = append(counts, fg.Count)
		}
		if len(counts) == 0 && !coordinated {
			return parts
		}
		out = append(out, part{where: l.Where, counts: counts})
		from = to
	}
	return out
}

// coordinatedStrike reports a second strike verb, coordinated with the
// first, between two places: "destroying a depot in X and hitting storage
// sites west of Y" tells of two strikes, one at each place.
func coordinatedStrike(between string) bool {
	if strings.ContainsAny(between, ".;:\n") {
		return false
	}
	for rest := between; ; {
		k := strings.Index(rest, " and ")
		if k < 0 {
			return false
		}
		rest = rest[k+len(" and "):]
		if coordinatedStrikeVerbs.has(nextWordOf(rest, 0)) {
			return true
		}
	}
}

// andJoined reports two places joined by "and" as the objects of one
// strike, a short noun phrase with its article before the second: "at
// Abqaiq and the Khurais oilfield", "near Hit and a bridge at Haditha".
// Each is struck. Two names under one preposition ("redeployed in Mayadin
// and Albukamal", "in Idlib and western Aleppo governorates") tell of an
// area, not of two targets.
func andJoined(between string) bool {
	rest, ok := strings.CutPrefix(between, " and ")
	if !ok || strings.ContainsAny(rest, ".,;:\n\"()") || strings.Count(rest, " ") > 4 {
		return false
	}
	art := nextWordOf(rest, 0)
	return art == "the" || art == "a" || art == "an"
}

// joinedObject reports place l joined to prev by "and" as a second object
// of one strike (andJoined), not the far end of "between X and the village
// of Y".
func joinedObject(text string, prev, l gazetteer.Located) bool {
	return prev.End <= l.Start && andJoined(text[prev.End:l.Start]) && !afterBetween(text, prev)
}

// coordinatedStrikeVerbs open the second of two coordinated strikes.
var coordinatedStrikeVerbs = words("hitting", "striking", "destroying", "targeting", "bombing", "shelling",
	"hit", "struck", "destroyed", "targeted", "bombed", "shelled")

func (st *docState) add(c model.Claim, idx, para int, side string) {
	if c.Speaker == st.narrator {
		for _, p := range c.PerpetratorsAsserted {
			if p != side {
				st.named = true
			}
		}
	}
	st.placedOnce = st.placedOnce || !st.clauseFiled
	if st.clauseDated && st.clauseOwnPlace && (c.Stance == model.StanceAsserts || c.Stance == model.StanceConfirms) {
		st.countedStrike = &claimPlace{Where: c.Where, When: c.When}
	}
	if c.Speaker != model.Journalist && slices.Contains(c.PerpetratorsAsserted, "unknown") && !bareUnknownOnly(st.ms) {
		st.sourceUnknown = true // (unclaimedClause: the unknown is that source's word)
	}
	st.claims = append(st.claims, c)
	st.meta = append(st.meta, claimMeta{sentence: idx, para: para, side: side, weSaid: st.weSaid && c.Speaker == model.Journalist,
		dated: st.clauseDated, notOwn: st.curNotOwn, filed: st.clauseFiled, ownStmt: st.curOwnStmt && c.Speaker == st.narrator})
	st.curOwnStmt = false
}

// eventRank orders event types from the most to the least specific.
var eventRank = map[string]int{"helicopter_attack": 5, "drone_strike": 4, "artillery": 3, "airstrike": 2, "ground_attack": 1}

func strongerType(a, b string) string {
	if eventRank[b] > eventRank[a] {
		return b
	}
	return a
}

func typeFromActors(asserted []string) string {
	for _, a := range asserted {
		switch a {
		case "iraq-army-aviation":
			return model.EventHelicopterAttack
		case "iraq-air-force", "coalition", "us", "uk", "france", "russia", "israel":
			return model.EventAirstrike
		}
	}
	return ""
}

// armyBeforeAttackNoun reads a bare "government" or "regime" right before
// an attack noun as the state's forces, the way a demonym names the side
// ("Government shelling killed a woman", "came under regime shelling"):
// the word becomes a match of its own, leaving the attack noun its cue.
func (st *docState) armyBeforeAttackNoun(toks []token, ms []match) []match {
	for t := 0; t+1 < len(toks); t++ {
		n := toks[t].Norm
		if n != "government" && n != "regime" {
			continue
		}
		if t > 0 && toks[t-1].Norm == "anti" || t > 1 && toks[t-1].Norm == "-" && toks[t-2].Norm == "anti" {
			continue // "anti-government shelling": the other side
		}
		if t > 0 && toks[t-1].Norm == "or" {
			continue // "Russian or regime air strikes": a tally that leaves the side open
		}
		k2, ok := matchAt(ms, t+1)
		if !ok || ms[k2].E.Flags&(fAttackNoun|fType) == 0 || ms[k2].E.Flags&fMention != 0 {
			continue
		}
		if k2 > 0 && ms[k2-1].To > t && ms[k2-1].From < t {
			continue // inside a longer phrase
		}
		e := st.e.lex.governmentArmy
		if n == "regime" {
			e = st.e.lex.regimeArmy
		}
		if e == nil {
			continue
		}
		if k, ok := matchAt(ms, t); ok {
			if ms[k].To == t+1 {
				ms[k].E = e
			}
			continue
		}
		// no row starts at t ("regime" alone is none): insert one
		ms = append(ms, match{})
		copy(ms[k2+1:], ms[k2:])
		ms[k2] = match{From: t, To: t + 1, E: e}
	}
	return ms
}

// relActor returns the entry of a RelActor row with its actor fixed by the
// country where the document's places lie ("army helicopters" in Iraq: iraq-army-aviation),
// or the entry unchanged when the country has no such actor.
func (st *docState) relActor(e *lexEntry) *lexEntry {
	if r, ok := st.relCache[e]; ok {
		return r
	}
	r := e
	if a := countryActors[st.placeCountry][e.Mention.RelActor]; a != "" {
		c := *e
		c.Mention.Actor = a
		r = &c
	}
	if st.relCache == nil {
		st.relCache = map[*lexEntry]*lexEntry{}
	}
	st.relCache[e] = r
	return r
}

// predicateIn reports "the aircraft was American" inside tokens [from, to).
func predicateIn(toks []token, ms []match, from, to int) bool {
	i, j := msRange(ms, from, to)
	for _, m := range ms[i:j] {
		if predicateCue(toks, ms, m, to) {
			return true
		}
	}
	return false
}

// bracketBefore returns the index of the "(" of a short bracketed form that
// ends right before token t ("Syrian Democratic Forces (SDF)"), or -1.
func bracketBefore(toks []token, t int) int {
	if t < 3 || toks[t-1].Norm != ")" {
		return -1
	}
	for b := t - 2; b >= 1 && b >= t-5; b-- {
		switch {
		case toks[b].Norm == "(":
			if b == t-2 {
				return -1 // "()"
			}
			return b
		case !toks[b].Word && toks[b].Norm != "-" && toks[b].Norm != "." && toks[b].Norm != "/":
			return -1
		}
	}
	return -1
}

// postPlaceWords may follow a post's preposition in a place: "the mayor of
// Rutba", "a health official in Salahuddin province".
var postPlaceWords = words("province", "governorate", "district", "city", "town", "village", "region", "the", "al", "-")

// speakerPostEndsAt reports a speaker mention whose phrase, with a place
// after "of/in/at", ends right before token t: "the mayor of Rutba".
func speakerPostEndsAt(toks []token, ms []match, t int) bool {
	if speakerEndsAt(ms, t) {
		return true
	}
	for p := t - 1; p >= 1 && p >= t-5; p-- {
		n := toks[p].Norm
		if n == "of" || n == "in" || n == "at" {
			return p < t-1 && speakerEndsAt(ms, p)
		}
		if !toks[p].Upper && !postPlaceWords.has(n) {
			return false
		}
	}
	return false
}

// opensOfThem reports a sentence whose first words are a figure "of
// them" ("About a dozen of them were destroyed", "Five of them died").
func opensOfThem(toks []token) bool {
	for k := 1; k+1 < len(toks) && k < 5; k++ {
		if toks[k].Norm == "of" && toks[k+1].Norm == "them" {
			return true
		}
	}
	return false
}

// nameParticles may stand inside a person's name: "Ghazi al-Dulaimi",
// "Abdullah bin Zayed", "Col. Mark Henning".
var nameParticles = words("al", "el", "bin", "ibn", "abu", "-", "de", "van", "von", ".")

// placePrepositions come before a place name: "near Tell Abyad".
var placePrepositions = words("near", "in", "at", "from", "to", "toward", "towards", "outside", "around")

// speakerEndsAt reports a speaker mention ending right before token t.
func speakerEndsAt(ms []match, t int) bool {
	k := sort.Search(len(ms), func(i int) bool { return ms[i].To >= t })
	return k < len(ms) && ms[k].To == t && isSpeakerMention(ms[k])
}

// reportMention: a speaker named by its reports ("media reports", "press
// reports") refers to a claim as "reports" does.
func reportMention(e *lexEntry) bool {
	if e.Flags&fMention == 0 || len(e.Words) < 2 {
		return false
	}
	w := e.Words[len(e.Words)-1]
	return w == "reports" || w == "report" || w == "claims"
}

// reportThenDenial reports a clause that names a report, the actor it
// blames, and then calls it false, in that order: "Claims that Turkish
// drones hit the village are baseless". The actor may be the speaker's
// own, named by a possessive: "reports that its jets had targeted the
// convoy were lies".
func reportThenDenial(toks []token, ms []match, cl clause) bool {
	i, j := msRange(ms, cl.from, cl.to)
	claim, actor := -1, -1
	for _, m := range ms[i:j] {
		switch {
		case (m.E.Flags&fClaim != 0 || reportMention(m.E)) && claim < 0:
			claim = m.From
			actor = reportOwner(toks, ms, cl)
		case m.E.Flags&fMention != 0 && m.E.Mention.Actor != "" && claim >= 0 && actor < 0:
			actor = m.From
		case m.E.Flags&fDenial != 0 && actor >= 0:
			return true
		}
	}
	return false
}

// reportOwner returns where a possessive pronoun opens the content of the
// clause's first report ("reports that its jets had targeted the convoy"),
// or -1.
func reportOwner(toks []token, ms []match, cl clause) int {
	i, j := msRange(ms, cl.from, cl.to)
	for _, m := range ms[i:j] {
		if m.E.Flags&fClaim != 0 || reportMention(m.E) {
			if m.To+1 < cl.to && toks[m.To].Norm == "that" && ownPossessives.has(toks[m.To+1].Norm) {
				return m.To + 1
			}
			return -1
		}
	}
	return -1
}

// ownPossessives name the speaker's side as the owner of an arm: "its
// jets", "their drones".
var ownPossessives = words("its", "their", "our")

// victimWords name the people a report says were hit.
var victimWords = words("casualties", "casualty", "deaths", "dead", "victims", "civilians", "civilian", "injuries")

// victimReport: the clause's first reference to a claim is a report of
// casualties ("reports of civilian casualties", "claims of civilian
// deaths"): denying it denies who was hit. civilian tells that the report
// is of civilians.
func victimReport(toks []token, ms []match, cl clause) (victims, civilian bool) {
	ref := refAt(ms, cl)
	k := sort.Search(len(ms), func(i int) bool { return ms[i].From >= ref })
	if k >= len(ms) || ms[k].To+1 >= cl.to || toks[ms[k].To].Norm != "of" {
		return false, false
	}
	for q := ms[k].To + 1; q < cl.to && q <= ms[k].To+3; q++ {
		n := toks[q].Norm
		civilian = civilian || n == "civilian" || n == "civilians"
		if victimWords.has(n) {
			victims = true
		}
	}
	return victims, civilian
}

// targetTopicReport reports a claim whose topic, after "about" or
// "regarding", is neither a strike nor an actor ("the claims spread by
// hostile media about military cargo in the port are lies"): rejecting it
// says what the target was, not who struck it.
func targetTopicReport(toks []token, ms []match, cl clause) bool {
	ref := refAt(ms, cl)
	if ref >= cl.to {
		return false
	}
	end := cl.to
	i, j := msRange(ms, ref+1, cl.to)
	for _, m := range ms[i:j] {
		if m.E.Flags&(fDenial|fDispute) != 0 {
			end = m.From
			break
		}
	}
	for q := ref + 1; q < end && q <= ref+6; q++ {
		if n := toks[q].Norm; n == "about" || n == "regarding" || n == "concerning" {
			return !flagIn(ms, q, end, fMention|fAttackNoun|fAttackVerb|fAnaphor|fType) && !civilianTargetIn(ms, q, topicHeadEnd(toks, q+1, end))
		}
	}
	return false
}

// civilianTargetIn reports a target word in tokens [from, to) that is not
// a fighters' asset: a claim "about the market" is about the strike, one
// "about a tunnel" (or "a weapons depot") is about what was hit.
func civilianTargetIn(ms []match, from, to int) bool {
	i, j := msRange(ms, from, to)
	for _, m := range ms[i:j] {
		if m.E.Flags&fTarget != 0 && m.E.Group != model.GroupMilitants {
			return true
		}
	}
	return false
}

// topicHeadEnd returns where the noun phrase opening at t ends: at the
// first preposition or participle after it ("military cargo | in the
// port", "weapons | stored at the port"). Reports "about the market" are
// about the target itself, that is about the strike.
func topicHeadEnd(toks []token, t, end int) int {
	for q := t + 1; q < end; q++ {
		if n := toks[q].Norm; topicEnders.has(n) || strings.HasSuffix(n, "ed") {
			return q
		}
	}
	return end
}

// topicEnders end a topic's head noun phrase.
var topicEnders = words("in", "at", "on", "inside", "near", "of", "from", "to", "within")

// refAt returns the first token of the clause's first reference to a claim
// or report, or the clause's end when it has none.
func refAt(ms []match, cl clause) int {
	i, j := msRange(ms, cl.from, cl.to)
	for _, m := range ms[i:j] {
		if m.E.Flags&fClaim != 0 || reportMention(m.E) {
			return m.From
		}
	}
	return cl.to
}

// allOrigins reports places that are all where something came from ("on
// the road from Deir ez-Zor"): the strike's place is then the one the
// passage already gave.
func allOrigins(text string, pl []gazetteer.Located) bool {
	for _, l := range pl {
		if !(l.Where.Relation == "" && originLed(text, l.Start) || originWords.has(l.Where.Relation) || launchBearing(text, l)) {
			return false
		}
	}
	return true
}

// casualtyWords make a clause a toll: "three soldiers were wounded", "four
// personnel were hurt".
var casualtyWords = words("wounded", "injured", "hurt", "dead", "died", "casualties")

// casualtyIn reports a clause giving a toll with a number.
func casualtyIn(toks []token, cl clause) bool {
	num, cas := false, false
	for t := cl.from; t < cl.to; t++ {
		n := toks[t].Norm
		if casualtyWordsFilter.has(n) && casualtyWords.has(n) {
			cas = true
		}
		if hasDigit(n) || numberWordsFilter.has(n) && numberWords.has(n) {
			num = true
		}
	}
	return num && cas
}

// firstStrikePlace: a clause that tells two strikes, each with its place
// and day ("the killing of eight in shelling of A on 29 July, and of two in
// shelling of the town of B on 30 July"), is dated by the first day; its
// place is then the first strike's, not the place picked nearest the last
// strike word. It returns the place before the day when where lies past
// it, after an "and", with another day of a strike after where.
func firstStrikePlace(text string, pl []gazetteer.Located, dates []timex.Mention, day timex.Mention, where model.Where, end int) (model.Where, bool) {
	k := slices.IndexFunc(pl, func(l gazetteer.Located) bool { return l.Start > day.End && l.Where.Name == where.Name })
	if k < 0 || !strings.Contains(text[day.End:pl[k].Start], " and ") {
		return where, false
	}
	later := slices.ContainsFunc(dates, func(d timex.Mention) bool {
		return d.Start > pl[k].End && d.End <= end && d.When.From != "" && d.When.From != day.When.From && !statementDate(text, d)
	})
	if !later {
		return where, false
	}
	n := 0
	for n < len(pl) && pl[n].End <= day.Start {
		n++
	}
	if n == 0 {
		return where, false
	}
	w := pickPlace(text, pl[:n])
	if w.Precision == model.PlaceCountry || w.Precision == model.PlaceProvince {
		return where, false
	}
	return w, true
}

// eventDate picks the strike's date among the dates within text[from:to]
// (statementDate's answers as marked, when text is the document's):
// the first that dates no statement, unless a later one names its strike
// ("on Tuesday revised the toll of Sunday night's strikes").
func eventDate(text string, dates []timex.Mention, from, to int, marked markedDates) (first timex.Mention, ok bool) {
	for _, d := range dates {
		if d.Start >= to {
			break
		}
		if d.Start < from || d.End > to || d.When.From == "" || marked.of(text, d) || comparedDay(text, d) || accordDay(text, d) || inAnswerClause(text, d.Start) || sinceBegan(text, d) || whereDay(text, d) || participantDay(text, d) {
			continue
		}
		if strikeDay(text, d) {
			return d, true
		}
		if !ok {
			first, ok = d, true
		}
	}
	if ok {
		if d, moved := todayBeside(text, dates, first, from, to); moved {
			return d, true
		}
	}
	return first, ok
}

// unnamedSiteBearing reports the clause's place where, chosen among pl, a
// town that only bears an unnamed site ("in a valley north-west of Y",
// "on a farm east of Y"): the site lies in the area the passage named
// before, which the gazetteer could not place.
func unnamedSiteBearing(text string, pl []gazetteer.Located, where model.Where) bool {
	if !bareBearing(where.Relation) {
		return false
	}
	k := slices.IndexFunc(pl, func(l gazetteer.Located) bool {
		return l.Where.Name == where.Name && l.Where.Relation == where.Relation
	})
	if k < 0 {
		return false
	}
	// the words before the relation: "… in a valley north-west of the"
	w := strings.Fields(strings.ToLower(text[max(0, pl[k].Start-60):pl[k].Start]))
	if len(w) > 0 && w[len(w)-1] == "the" {
		w = w[:len(w)-1]
	}
	n := len(strings.Fields(where.Relation))
	if len(w) < n+2 {
		return false
	}
	art, noun := w[len(w)-n-2], w[len(w)-n-1]
	return (art == "a" || art == "an") && bearingSiteNouns.has(noun)
}

// bearingSiteNouns name an unnamed site a bearing places: "a valley north-west of".
var bearingSiteNouns = words("valley", "area", "farm", "field", "gully", "wadi", "orchard", "ravine", "hill", "hillside")

// whereDay reports a day's possessive opening a relative clause on a
// place: "west of the district where Friday's attack took place" dates
// the event the place is known for, not the clause's strike.
func whereDay(text string, d timex.Mention) bool {
	return possessive(text, d.End) && prevWordOf(text, d.Start) == "where"
}

// strikeNames name a strike: after a day's possessive ("Sunday night's
// strikes", "Tuesday's air raid"), before the object "on" introduces
// ("strikes on 21 January on ..."), closing a speech verb that names it
// ("called the strike an assassination").
var strikeNames = words("strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
	"attack", "attacks", "bombing", "bombings", "shelling", "bombardment", "blast", "blasts")

// strikeDay reports a date whose possessive names the strike it dates:
// "revised on Tuesday the toll of Sunday night's strikes" dates the
// strikes to Sunday, whatever day the clause gives first. Up to two words
// ("deadly", "air", "Israeli") may stand between the day and the noun.
func strikeDay(text string, d timex.Mention) bool {
	if strikeNamedBefore(text, d) {
		return true
	}
	if !possessive(text, d.End) {
		return false
	}
	rest := text[d.End:]
	rest = rest[strings.IndexByte(rest, 's')+1:]
	for range 3 {
		rest = strings.TrimLeft(rest, " -")
		n := 0
		for n < len(rest) && (rest[n] >= 'a' && rest[n] <= 'z' || rest[n] >= 'A' && rest[n] <= 'Z') {
			n++
		}
		if n == 0 {
			return false
		}
		if strikeNames.has(lowerASCII(rest[:n])) {
			return true
		}
		rest = rest[n:]
	}
	return false
}

// dayParts stand between "on the" and "of" before a day: "the raids on
// the night of 2 April".
var dayParts = words("night", "morning", "evening", "afternoon", "hours")

// strikeNamedBefore reports a date a strike noun governs: "the raids on
// the night of Wednesday 2 April", "the attack of 5 May", "the strike on
// Tuesday". Another day the sentence gives first ("imagery taken on 3
// April, hours after the raids on 2 April") dates something else.
func strikeNamedBefore(text string, d timex.Mention) bool {
	b := strings.TrimRight(text[:d.Start], " ")
	if m := text[d.Start:d.End]; len(m) > 3 && strings.EqualFold(m[:3], "on ") {
		// the day's own "on": "the strike on Tuesday"
	} else if prevWordIs(text, len(b), "of") {
		b = strings.TrimRight(b[:len(b)-2], " ")
		if w := prevWordCut(text, len(b)); dayParts.hasFold(w) {
			b = strings.TrimRight(b[:len(b)-len(w)], " ")
			if w := prevWordCut(text, len(b)); equalLowerASCII(w, "early") || equalLowerASCII(w, "small") {
				b = strings.TrimRight(b[:len(b)-len(w)], " ")
			}
			if !prevWordIs(text, len(b), "the") {
				return false
			}
			b = strings.TrimRight(b[:len(b)-3], " ")
			if !prevWordIs(text, len(b), "on") && !prevWordIs(text, len(b), "in") {
				return false
			}
			b = strings.TrimRight(b[:len(b)-2], " ")
		}
	} else if prevWordIs(text, len(b), "on") {
		b = strings.TrimRight(b[:len(b)-2], " ")
	} else {
		return false
	}
	return strikeNames.hasFold(prevWordCut(text, len(b)))
}

// unresolvedDay reports whether a date mention within [start, end) names a
// day that could not be resolved (a weekday with no publication date),
// rather than only a time of day.
func unresolvedDay(dates []timex.Mention, start, end int) bool {
	for _, d := range dates {
		if d.Start >= start && d.End <= end && d.When.From == "" && d.When.Time == "" {
			return true
		}
	}
	return false
}

// modals between a pronoun and its speech verb ("I can tell you that").
var modals = words("can", "could", "would", "will", "must", "can't")

// impersonalVerbs make "it is/was ... that" the narrator's own statement.
var impersonalVerbs = words("assessed", "reported", "believed", "understood", "estimated", "confirmed", "determined", "concluded")

// frontedOpeners open an adverbial phrase before the speaker ("During the
// strike, it was assessed that ...").
var frontedOpeners = words("during", "in", "after", "following",
	"speaking", "writing") // "Speaking at a Pentagon briefing, CJTF-OIR spokesman ... confirmed"

// frontedTimeOpeners open a fronted phrase of time or source that a pronoun
// subject may follow with no comma: "On Monday it said", "In a short
// statement it said".
var frontedTimeOpeners = words("in", "on", "at", "after", "late", "early", "earlier", "by", "during", "within", "following")

// finiteAfterSpeech are verbs that, right after "it says", show the pronoun
// and verb sit in a relative clause ("the sites it says were hit").
var finiteAfterSpeech = words("was", "were", "is", "are", "had", "has", "have", "belonged", "belong")

// frontedPhraseSubject: the pronoun at p follows a fronted phrase of
// time or source that opens the clause at lo ("In a statement on Monday
// morning it said"), so it is the subject, not inside a relative clause
// ("fighters it says are linked to the PKK"). verbEnd ends the speech verb.
func frontedPhraseSubject(toks []token, ms []match, lo, p, verbEnd int) bool {
	if lo >= p || !frontedTimeOpeners.has(toks[lo].Norm) || p-lo > 10 || namedSpeakerIn(ms, lo, p) {
		return false
	}
	if lo > 0 && !frontedLeads.has(toks[lo-1].Norm) {
		return false // the phrase must open the sentence or a clause, not follow a quote
	}
	if verbEnd < len(toks) && finiteAfterSpeech.has(toks[verbEnd].Norm) {
		return false
	}
	for t := lo; t < p; t++ {
		if !toks[t].Word && !hasDigit(toks[t].Norm) {
			return false // a comma or quote: not one plain phrase
		}
		if relativeWords.has(toks[t].Norm) {
			return false // "in which it said": a relative clause
		}
	}
	return true
}

// relativeWords open a relative clause.
var relativeWords = words("which", "that", "whom", "whose", "where", "who", "what")

// frontedLeads may stand right before a clause's fronted phrase.
var frontedLeads = words(",", ";", "and", "but")

// namedSpeakerIn reports a speaker mention within tokens [from, to) that
// names its body ("In a statement" names none).
func namedSpeakerIn(ms []match, from, to int) bool {
	i, j := msRange(ms, from, to)
	for _, m := range ms[i:j] {
		if isSpeakerMention(m) && !m.E.Mention.Generic {
			return true
		}
	}
	return false
}

// speakerIn reports a speaker mention within tokens [from, to).
func speakerIn(ms []match, from, to int) bool {
	i, j := msRange(ms, from, to)
	for _, m := range ms[i:j] {
		if m.To <= to && isSpeakerMention(m) {
			return true
		}
	}
	return false
}

// namesDocument reports a sentence that names a report or statement.
func namesDocument(toks []token) bool {
	for i := range toks {
		t := &toks[i] // (by index: no copy of each token)
		switch t.Norm {
		case "report", "statement", "release", "bulletin", "communique", "communiqué":
			return true
		}
	}
	return false
}

// partitiveHeads name some members of a group as a speaker: "one of them
// said", "several said", "another told AFP".
var partitiveHeads = words("one", "two", "three", "four", "five",
	"several", "some", "many", "most", "another", "others", "both")

// partitiveOf: "of them", "of those", "of the residents" after a head at t-1.
func partitiveOf(toks []token, t, hi int) bool {
	if t+1 >= hi || toks[t].Norm != "of" {
		return false
	}
	n := toks[t+1].Norm
	return n == "them" || n == "those" || n == "the" || n == "these"
}

// partitiveSubject reports a subject that ends at p and names members of
// a group just mentioned: "one of them", "several of those", or a bare
// "one" / "another" standing alone before the verb.
func partitiveSubject(toks []token, lo, p int) bool {
	if n := toks[p].Norm; (n == "them" || n == "those") && p-2 >= lo && toks[p-1].Norm == "of" {
		return partitiveHeads.has(toks[p-2].Norm) && (p-2 == lo || !toks[p-3].Word)
	}
	return partitiveHeads.has(toks[p].Norm) && (p == lo || !toks[p-1].Word)
}

// earlierSayer finds, for a partitive subject "one of them" ending at p,
// the speaker mention that is the subject of an earlier speech verb of
// the same sentence: "Two U.S. officials, speaking on condition of
// anonymity, said …, and one of them said". -1 when there is none.
func earlierSayer(toks []token, ms []match, k, p int) int {
	if p < 2 || toks[p-1].Norm != "of" {
		return -1 // a bare "one said" follows a quote, not a clause
	}
	for j := k - 1; j >= 0; j-- {
		if ms[j].To > p-2 || ms[j].E.Flags&fSpeech == 0 || ms[j].E.Flags&fMention != 0 {
			continue
		}
		for i := j - 1; i >= 0; i-- {
			if isSpeakerMention(ms[i]) {
				return i
			}
		}
		return -1
	}
	return -1
}

// groupMember gives a partitive subject the last speaker heard, a group of
// people ("Residents said … One of them said …"); with none it stays
// unresolved.
func (st *docState) groupMember(a *attribution, t int) {
	if st.lastSpeaker == "" || st.lastSpeaker == model.Journalist {
		a.unresolved = true
		return
	}
	a.speakers = st.oneSpeaker(st.lastSpeaker)
	a.spFrom, a.spTo = t, t+1
}

// noStrikeNoun reports a negation governing a strike noun: "there was no
// air strike", "no strikes took place", "did not see any strike".
func noStrikeNoun(toks []token, ms []match, cl clause) bool {
	ci, cj := msRange(ms, cl.from, cl.to)
	for _, m := range ms[ci:cj] {
		if m.E.Flags&fAttackNoun != 0 && negatedBefore(toks, cl.from, m.From) {
			return true
		}
	}
	return false
}

// retractionCue: the match withdraws an account, not troops: fighters
// "withdrawing from the positions" or "withdrawing into the desert", or
// "withdrawing" with nothing withdrawn after it, move away; a speaker
// "withdrawing its statement" takes its words back.
func retractionCue(toks []token, m match) bool {
	if m.E.Flags&fRetract == 0 {
		return false
	}
	switch toks[m.To-1].Norm {
	case "withdrawing":
		return m.To < len(toks) && toks[m.To].Word && !retreatWords.has(toks[m.To].Norm)
	case "withdrawn":
		return m.To >= len(toks) || !retreatWords.has(toks[m.To].Norm) || toks[m.To].Norm == "from"
	}
	return true
}

// retreatWords follow a withdrawal that moves troops ("withdrawing into the
// desert", "withdrawn to their bases").
var retreatWords = words("from", "into", "to", "toward", "towards", "across", "back", "behind", "under", "through", "inside", "south", "north", "east", "west", "after")

// retractedActors: the actors a clause withdraws. When it names some before
// its retraction cue and others after ("initially blamed the Israeli enemy,
// before correcting its report to say US aircraft struck"), only those named
// before are withdrawn: the ones after are its new account.
func retractedActors(ms []match, cl clause, asserted []string) []string {
	if len(asserted) < 2 {
		return asserted
	}
	ci, cj := msRange(ms, cl.from, cl.to)
	cue := -1
	for _, m := range ms[ci:cj] {
		if m.E.Flags&fRetract != 0 {
			cue = m.From
			break
		}
	}
	var before []string
	for _, m := range ms[ci:cj] {
		if m.From >= cue {
			break
		}
		if a := m.E.Mention.Actor; m.E.Flags&fMention != 0 && slices.Contains(asserted, a) && (cl.att == nil || m.From >= cl.att.spTo || m.To <= cl.att.spFrom) {
			before = uniq(before, a)
		}
	}
	if len(before) == 0 || len(before) == len(asserted) {
		return asserted
	}
	return before
}

// anaphorHeads are the nouns by which a report refers back to a body or
// post whose speaker it named before: "the Iraqi Defence Ministry said ...
// The ministry added", "the municipal council of Kufra said ... Later the
// council withdrew the statement", "the Security Media Cell said ... The
// cell added". They are remembered from a lexicon mention's words
// (resolveMention) and from any resolved speaker phrase (noteHeads), and
// read back by a generic mention ("the ministry", mentionSpeaker) or a bare
// "the <head>" subject (headAnaphor). ("The group" is the last organisation
// named: see noteGroup.)
var anaphorHeads = words("ministry", "agency", "council", "councillor", "councilor", "councilman", "channel", "directorate",
	"faction", "brigade", "committee", "observatory", "monitor", "broadcaster", "station", "television",
	"outlet", "militia", "governor", "mayor", "presenter",
	"cell", "campaign", "party", "page", "network", "charity", "authority", "organisation", "organization",
	"command") // "the Joint Operations Command said ... The Command added"

// headBarriers before "the <head>" make it part of a larger phrase ("a
// member of the council"), not the subject.
var headBarriers = words("of", "for", "to", "by", "from", "with", "in", "at", "'s", "and", "or")

// possessedHeadsEnd extends a speaker phrase that ends at a possessor up to
// the verb at v, over the body it owns: "the Kurdistan Region's
// Counter-Terrorism Directorate says" is later "the directorate". A comma
// before the verb ends the phrase (an aside is no part of the name).
func possessedHeadsEnd(toks []token, to, v int) int {
	if to >= v || v > len(toks) || toks[to].Norm != "'s" {
		return to
	}
	for t := to + 1; t < v; t++ {
		if !toks[t].Word && toks[t].Norm != "-" {
			return to
		}
	}
	return v
}

// noteHeads remembers the speaker of a speaker phrase [from, to) by each of
// its head nouns, for "the council" in a later sentence.
func (st *docState) noteHeads(toks []token, from, to int, sp string) {
	for t := max(0, from); t < to && t < len(toks); t++ {
		if toks[t].is(classAnaphorHead) {
			st.setByHead(toks[t].Norm, sp)
		}
	}
}

// noteHeadWords remembers the speaker of a lexicon mention by each of its
// head nouns ("Security Media Cell": "cell") and, for a later "the general
// command" or "the Guards" that means the "YPG general command" or the
// "Revolutionary Guards" named before, by its name's shorter tails. A body
// named again with nothing noted in between (most repeated mentions) would
// write the same values, so it is skipped.
func (st *docState) noteHeadWords(e *lexEntry, sp string) {
	if e == st.notedEntry && sp == st.notedSpeaker {
		return
	}
	for _, w := range e.heads {
		st.setByHead(w, sp)
	}
	if len(e.tails) > 0 {
		if st.byTail == nil {
			st.byTail = make(map[string]string, 4)
		}
		for _, t := range e.tails {
			st.byTail[t] = sp
		}
	}
	st.notedEntry, st.notedSpeaker = e, sp
}

// headAnaphor resolves a subject "the <head>" (or "the <adjective> <head>")
// right before the verb at v to the speaker last named by that head. It
// returns the speaker and where the subject starts.
func (st *docState) headAnaphor(toks []token, v int) (string, int) {
	t := v - 1
	for t >= 0 && (adverbs.has(toks[t].Norm) || toks[t].Norm == "then" || toks[t].Norm == "had" || toks[t].Norm == "has" || toks[t].Norm == "have") {
		t--
	}
	if t >= 1 && toks[t].Upper && toks[t].Norm == st.issuerHead && toks[t-1].Norm == "the" {
		return st.narrator, t - 1 // "the Project attributes ..." in the Project's own report
	}
	if t >= 1 && toks[t].Upper && toks[t-1].Norm == "the" && !toks[t].is(classAnaphorHead) {
		// "the Guards said" after the "Revolutionary Guards": a capitalised
		// tail of a body's name stands for the body
		if sp := st.byTail[toks[t].Norm]; sp != "" && !(t > 1 && headBarriers.has(toks[t-2].Norm)) {
			return sp, t - 1
		}
	}
	if sp, d := st.headOfficial(toks, t); sp != "" {
		return sp, d
	}
	if t < 1 || !toks[t].is(classAnaphorHead) {
		return "", 0
	}
	sp := st.byHead[toks[t].Norm]
	d := t - 1
	if d >= 1 && toks[d].Word && toks[d].Norm != "the" && !toks[d].is(classAnaphorHead) {
		d-- // "the provincial council"
	}
	if sp == "" || (toks[d].Norm != "the" && toks[d].Norm != "that") || d > 0 && headBarriers.has(toks[d-1].Norm) {
		return "", 0
	}
	return sp, d
}

// officialNouns name one who speaks for a body: "an agency official".
var officialNouns = words("official", "officials", "spokesman", "spokeswoman", "spokesperson")

// headOfficial resolves a subject "a|an|the <head> official" ending at t
// to the body last named by that head: "The UN refugee agency says … An
// agency official said". It returns the speaker and where the subject
// starts.
func (st *docState) headOfficial(toks []token, t int) (string, int) {
	if t < 2 || !officialNouns.has(toks[t].Norm) || !toks[t-1].is(classAnaphorHead) {
		return "", 0
	}
	d := t - 2
	if n := toks[d].Norm; n != "a" && n != "an" && n != "the" || d > 0 && headBarriers.has(toks[d-1].Norm) {
		return "", 0
	}
	sp := st.byHead[toks[t-1].Norm]
	if sp == "" {
		return "", 0
	}
	return sp, d
}

// headNamedBefore resolves a subject "the <head>" right before the verb
// at v to a body named earlier in the same sentence by a name with that
// head ("struck what the Security Media Cell called hideouts …, the Cell
// said"): a mention the sentence has not yet resolved is not noted by its
// head. It returns the speaker and where the subject starts.
func (st *docState) headNamedBefore(toks []token, ms []match, k, v int) (string, int) {
	t := v - 1
	if t < 1 || !toks[t].is(classAnaphorHead) || toks[t-1].Norm != "the" || t >= 2 && headBarriers.has(toks[t-2].Norm) {
		return "", 0
	}
	for j := k - 1; j >= 0; j-- {
		if ms[j].To > t-1 || !isSpeakerMention(ms[j]) || !slices.Contains(ms[j].E.heads, toks[t].Norm) {
			continue
		}
		if sp := st.resolveMention(toks, ms, j); sp != "" {
			return sp, t - 1
		}
	}
	return "", 0
}

// headAnaphorAfter resolves "the <head>" or "the same <head>" starting at
// t (after "according to") to the speaker last named by that head. It
// returns the speaker and where the phrase ends.
func (st *docState) headAnaphorAfter(toks []token, t int) (string, int) {
	if t >= len(toks) || toks[t].Norm != "the" && toks[t].Norm != "that" {
		return "", 0
	}
	h := t + 1
	if h < len(toks) && toks[h].Norm == "same" {
		h++
	}
	if h >= len(toks) || !toks[h].is(classAnaphorHead) {
		return "", 0
	}
	return st.byHead[toks[h].Norm], h + 1
}

// withdrawnPlaceAndDay dates and places a withdrawal by the claim it
// withdraws (its speaker's last account in the report): "On Friday the
// council withdrew the statement" tells of Friday's withdrawal, not of a
// strike on Friday. A day the clause names after its withdrawal verb ("withdrew
// its statement that a drone struck the house on 16 July") and a place it
// names are its own.
func (st *docState) withdrawnPlaceAndDay(c *model.Claim, toks []token, cl clause, ownDateAt int, ownPlace bool) {
	j := st.withdrawnClaim(c.Speaker, c.PerpetratorsAsserted)
	if j < 0 {
		return
	}
	w := st.claims[j]
	if ownDateAt < 0 || cl.att == nil || cl.att.verb >= len(toks) || ownDateAt < toks[cl.att.verb].Start {
		c.When = w.When
	}
	if !ownPlace && w.Where.Name != "" {
		c.Where = w.Where
	}
}

// withdrawnClaim is the index of the speaker's last recent account of a
// strike (one naming an actor of asserted when it names any), or -1.
func (st *docState) withdrawnClaim(speaker string, asserted []string) int {
	last := -1
	for j := len(st.claims) - 1; j >= 0 && j >= len(st.claims)-claimLookback; j-- {
		c := st.claims[j]
		if c.Speaker != speaker || c.Stance != model.StanceAsserts && c.Stance != model.StanceConfirms {
			continue
		}
		if last < 0 {
			last = j
		}
		for _, a := range asserted {
			if slices.Contains(c.PerpetratorsAsserted, a) {
				return j
			}
		}
	}
	return last
}

// withdrawnByRelative: a, a withdrawal verb after a comma, is the main verb
// of a subject that prev's verb told of in a relative clause: "the
// councillor who on Monday accused the coalition of the raid, changed his
// account" (not the coalition, found in the relative clause).
func withdrawnByRelative(toks []token, prev, a attribution) bool {
	if a.stance != model.StanceRetracts || prev.right || len(prev.speakers) == 0 || a.verb < 1 || toks[a.verb-1].Norm != "," {
		return false
	}
	for t := prev.verb - 1; t >= prev.spTo && t >= prev.verb-6; t-- {
		if toks[t].Norm == "who" {
			return true
		}
	}
	return false
}

// repeatsWithdrawal: c withdraws what the last claim, from the same
// sentence and speaker, already withdrew.
func (st *docState) repeatsWithdrawal(c model.Claim) bool {
	if len(st.claims) == 0 {
		return false
	}
	l := st.claims[len(st.claims)-1]
	return l.Stance == model.StanceRetracts && l.Speaker == c.Speaker && l.Span == c.Span && slices.Equal(l.PerpetratorsAsserted, c.PerpetratorsAsserted)
}

// tollStart returns where a clause's figures are read from: its start, or
// the toll noun of the speaker's verb just before it ("the monitor raised
// its toll | to 13, saying ..."), which says what the clause's first number
// counts.
func tollStart(toks []token, from, start int) int {
	if from > 0 && from < len(toks) {
		if tollNouns.has(toks[from-1].Norm) {
			return toks[from-1].Start
		}
	}
	return start
}

// justifyWords make the attacks after them what a side is said to want
// an excuse for, not a strike told of ("accused Ankara of using the
// tragedy to justify attacks on Afrin").
var justifyWords = words("justify", "justifies", "justified", "justifying", "legitimise", "legitimize")

// pretextNouns do so with "for": "a pretext for attacks", "an excuse for
// more strikes".
var pretextNouns = words("pretext", "pretexts", "excuse", "excuses", "justification")

// pretextedAttack: the attack word at t is governed, within two words
// ("to justify its attacks", "a pretext for new strikes"), by a verb of
// justifying or a pretext noun.
func pretextedAttack(toks []token, t int) bool {
	for q := t - 1; q >= 0 && q >= t-3; q-- {
		n := toks[q].Norm
		if toks[q].is(classJustifyWord) || n == "for" && q > 0 && pretextNouns.has(toks[q-1].Norm) {
			return true
		}
		if !toks[q].Word {
			return false
		}
	}
	return false
}

// exploitGerunds accuse a side of making use of a strike, not of striking:
// "accused Ankara of using the tragedy to justify attacks".
var exploitGerunds = words("using", "exploiting", "politicising", "politicizing", "manipulating")

// accusedOfExploiting: after the blame verb that ends at from, the charge
// ("of" within four words) is one of exploiting the strike.
func accusedOfExploiting(toks []token, from, to int) bool {
	for q := from; q+1 < to && q <= from+4; q++ {
		if toks[q].Norm == "of" {
			return exploitGerunds.has(toks[q+1].Norm)
		}
	}
	return false
}

// toldType is the weapon a sentence told of, kept for the next one: "A
// suicide bomber drove a truck into the checkpoint. Four soldiers were
// killed." The toll is the bombing's, not a strike of unknown kind.
type toldType struct {
	idx, para int
	typ       string
}

// sentenceType reads the weapon a sentence told of in its own (narrated,
// unattributed) words; "" when someone else's speech told it.
func sentenceType(idx, para int, ms []match, atts []attribution) toldType {
	t := toldType{idx: idx, para: para}
	if len(atts) > 0 {
		return t
	}
	for _, m := range ms {
		if m.E.Type != "" && m.E.Flags&(fAttackVerb|fAttackNoun|fType) != 0 && m.E.Flags&fMention == 0 {
			t.typ = strongerType(t.typ, m.E.Type)
		}
	}
	return t
}

// carried gives the weapon told in the sentence just before, in the same
// paragraph, to a bare toll sentence.
func (t toldType) carried(idx, para int) string {
	if t.idx != idx-1 || t.para != para {
		return ""
	}
	return t.typ
}

// tollVerbs tell what befell people, not which strike befell them.
var tollVerbs = words("killed", "martyred", "wounded", "injured", "hurt", "died", "dead", "slain")

// strikeWordIn: the clause names a strike or weapon of its own (a word
// for the dead or hurt, "were martyred", tells no new strike).
func strikeWordIn(toks []token, ms []match, from, to int) bool {
	for _, m := range ms {
		if m.From >= from && m.To <= to && m.E.Flags&(fAttackVerb|fAttackNoun|fType) != 0 && !tollVerbs.has(toks[m.From].Norm) {
			return true
		}
	}
	return false
}
