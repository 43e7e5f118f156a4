package extract

// wordClass is a bit of token.classes. Each class is one of the rule tables
// looked up token by token most often (each hundreds of thousands of times
// per 4 MB of reports, several times per token over the scans of a
// clause): a token is classed on the first ask, by one look-up in the union
// of those tables, and every later ask is a bit test instead of a hash
// look-up and a comparison. The tables keep their words where they are.
type wordClass uint32

const (
	classBlameVerb wordClass = 1 << iota
	classPictureWord
	classWelcomeVerb
	classArmedMan
	classStrikeObjectCue
	classSiteNoun
	classAirAgent
	classSuggestVerb
	classSelfPronoun
	classArmedLabel
	classCopula
	classJustifyWord
	classPluralStrike
	classPeriodicMark
	classIdentityVerb
	classPerceptionVerb
	classBackSiteNoun
	classPlacePreposition
	classAnaphorHead
	classCareWord
	classHearsayWord
	classArmedMovement
	classMadeArm
	classArmedRole
	classFireVerb
	classVictimRef
	classFollowBackground
	classNotKnownWord
	classSayVerb
	classFindOutVerb
	// classed marks a token whose classes are known (possibly none)
	classed
)

// classTables are the rule tables behind the classes, in the order of
// their bits.
var classTables = [...]*wordSet{
	&blameVerbs, &pictureWords, &welcomeVerbs, &armedMen, &strikeObjectCues, &siteNouns,
	&airAgents, &suggestVerbs, &selfPronouns, &armedLabels, &copulas, &justifyWords,
	&pluralStrikes, &periodicMarks, &identityVerbs, &perceptionVerbs, &backSiteNouns,
	&placePrepositions, &anaphorHeads, &careWords, &hearsayWords,
	&armedMovements, &madeArms, &armedRoles, &fireVerbs, &victimRefs, &followBackground,
	&notKnownWords, &sayVerbs, &findOutVerbs,
}

// wordClasses maps a word to its classes; built once at start-up and
// read-only after.
var wordClasses = newClassIndex(classTables[:], cueTables[:])

// classIndex is the union of the class tables: a wordSet of their words
// and, slot by slot, the classes of the word in that slot.
type classIndex struct {
	words   wordSet
	classes []wordClass // parallel to words.slots
	cues    []cueWord   // parallel to words.slots: the cue tables (cues.go) of the word
}

// newClassIndex indexes tables, table i giving class bit i, and cueTabs,
// table i giving cue bit i.
func newClassIndex(tables []*wordSet, cueTabs []wordSet) classIndex {
	if len(tables) >= 31 {
		panic("extract: more word classes than bits in token.classes")
	}
	if len(cueTabs) > 32 {
		panic("extract: more cue tables than bits in cueWord")
	}
	of := map[string]wordClass{}
	cueOf := map[string]cueWord{}
	var list []string
	seen := map[string]bool{}
	note := func(w string) {
		if !seen[w] {
			seen[w] = true
			list = append(list, w)
		}
	}
	for i, t := range tables {
		for _, w := range t.list {
			note(w)
			of[w] |= 1 << i
		}
	}
	for i, t := range cueTabs {
		for _, w := range t.list {
			note(w)
			cueOf[w] |= 1 << i
		}
	}
	c := classIndex{words: words(list...)}
	c.classes = make([]wordClass, len(c.words.slots))
	c.cues = make([]cueWord, len(c.words.slots))
	for i, v := range c.words.slots {
		if v != "" {
			c.classes[i] = of[v]
			c.cues[i] = cueOf[v]
		}
	}
	return c
}

// ofWithCues is of, with the cue tables of w.
func (c *classIndex) ofWithCues(w string) (wordClass, cueWord) {
	s := &c.words
	for h := setHash(w); ; h++ {
		v := s.slots[h&s.mask]
		if v == "" {
			return classed, 0
		}
		if v == w {
			return c.classes[h&s.mask] | classed, c.cues[h&s.mask]
		}
	}
}

// of returns the classes of w, with the bit classed set. It walks the
// slots as wordSet.has does. Not inlined, so that token.is, which calls
// it once per token, inlines into every rule.
//
//go:noinline
func (c *classIndex) of(w string) wordClass {
	s := &c.words
	for h := setHash(w); ; h++ {
		v := s.slots[h&s.mask]
		if v == "" {
			return classed
		}
		if v == w {
			return c.classes[h&s.mask] | classed
		}
	}
}

// is reports whether the token's word is in the rule table of class c
// (one of the tables in classTables), classing the token on the first ask.
func (t *token) is(c wordClass) bool {
	if t.classes == 0 {
		t.classes = wordClasses.of(t.Norm)
	}
	return t.classes&c != 0
}
