package extract

import (
	"maps"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/gazetteer"
)

// Prefilter stems, matched case-folded at the start of a word anywhere in the
// text by walking a trie from each word start (see scan). A sentence without
// any is not analysed further (most sentences of a report). Stems for the
// first words of the rule tables are added by buildPrefilterWith.
var (
	// cueStems mark an attack or a statement about one.
	cueStems = []string{
		"strik", "struck", "airstrik", "air strik", "air-strik", "raid", "bomb", "attack",
		"shell", "destroy", "kill", "target", "hit", "fire", "firing", "missile",
		"knocked out", "wiped out", "engage", "conduct", "carried out", "carry out",
		"carrying out", "launch", "took part", "taken part", "take part", "taking part",
		"particip", "behind", "involved", "burn", "massacre", "assault", "ambush",
		"wound", "injur", "hurt", "dead", "died", "death", "toll", // a bare toll ("Six dead, nine wounded.") goes on with the last strike
		"hospitalis", "hospitaliz", "remain in hospital", "remains in hospital", "remained in hospital", // the hurt: "More than 30 people remain in hospital."
		"downed", "responsib", "execut", "air rad", "planned", "operation", "drone", "blame", "accuse", "martyr", "no involvement", "no connection", "no link", "no relation", "no aircraft", "no drones", "no jets", // ("no" is too short to be derived from the rule tables)
		"pointed to", "pointed instead", "points to", "pointing to", "work of", // a culprit named by a predicate: "the evidence pointed to the YPG"
	}
	// denyStems mark a denial, retraction or dispute.
	denyStems = []string{
		"deni", "deny", "recant", "retract", "withdr", "mislead", "false", "untrue",
		"disput", "reject", "dismiss", "refut", "question", "wrong", "erroneous", "mistaken",
		// reports or pictures called invented, or pictures of no damage (discredited)
		"fake", "fabricat", "staged", "forged", "doctored", "hoax", "concocted", "intact", "undamaged", "crater",
	}
	// dateStems make a sentence worth a date look-up.
	dateStems = []string{
		"jan", "feb", "march", "mar.", "apr", "june", "jun.", "july", "jul.", "aug",
		// "may" only as a whole word, not "mayor" or "Mayadin": "26 May, ", "mid-May."
		"may ", "may,", "may.", "may;", "may:", "may)", "may-",
		// a year or an ISO day: "in 2017", "2017-05-26"
		"199", "200", "201", "202",
		"sep", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday", "yesterday", "today", "tonight", "night",
		"next day", "following day", "days", "morning", "evening", "afternoon", "this week",
		// an ordinal day with no month: "on the 20th"
		"the 1", "the 2", "the 3", "the 4", "the 5", "the 6", "the 7", "the 8", "the 9",
		// a holiday on a fixed day: "on New Year's Eve", "on Christmas Day"
		"new year", "christmas",
	}
	// headerStems mark social-media headers and release datelines.
	headerStems = []string{"verified account", "southwest asia", "macdill air force base"}
	// releaseStems mark coalition strike-release lines, the only text the
	// release parser reads.
	releaseStems = []string{"engagement", "military forces conducted", "strikes struck", "strike struck", "tactical unit", "strike consisting", "strikes consisting", "no reported strikes", "strikes conducted", "strike conducted"}
	// speechStems introduce speakers ("Col. Joseph Scrocca, a spokesman for the coalition, said").
	speechStems = []string{"said", "says", "told", "spokes", "according to", "added", "announc", "stated", "issued", "put out", "statement", "sent a", "sent me", "sent us", "logged", "monitor", "observatory",
		"telling", "spoke to", "spoke with", "spoke by", "talked to", "talked with", "interviewed", // "We spoke to the town's mayor": who a Q&A's answers are by (noteInterviewee)
		"disagree", // "The coalition disagrees. Its spokesman said": the body the next "its" stands for (subjectBody)
		"describ",  // "the ministry described the building as a headquarters": who or what was hit (victimIdentity)
		"different account", "another account", "third account", "different version", "different story",
		// "Syria's state news agency gave a much lower figure.": whose figure follows (accountGiver)
		"lower figure", "higher figure", "different figure", "lower toll", "higher toll", "different toll"}
)

// Hit kinds. All but hitRevision, hitVersion and hitGroup are also the flags of a sentence (uint8):
// the constants are untyped so that they serve both.
const (
	hitCue = 1 << iota
	hitDeny
	hitDate
	hitHeader
	hitCountry
	hitSpeech
	hitRelease
	hitFrame    // a word that frames a place name ("village", "area"): see gazetteer.FrameKeys
	hitRevision // a word a corrected toll needs (revisionVerbList, correctWordList, "not"): read by reviseTolls, no sentence flag
	hitVersion  // "version" or "first published", which a story's correction note needs (mayCorrectStory), no sentence flag
	hitGroup    // a name of a NamedOnly row's group ("islamic state", "daesh"), which namesActor needs, no sentence flag
)

type prefilter struct {
	trie  *stemTrie
	kinds []uint16 // by pattern index
	iso   []string // by pattern index, for country patterns
}

func buildPrefilter() *prefilter {
	b := newStemTrie()
	kinds, iso := buildPrefilterWith(b)
	return &prefilter{trie: b.Build(), kinds: kinds, iso: iso}
}

// buildPrefilterWith adds the stems to b and returns the kind and country of
// each, by pattern index.
func buildPrefilterWith(b interface{ AddString(string) }) ([]uint16, []string) {
	var kinds []uint16
	add := func(list []string, k uint16) {
		for _, s := range list {
			b.AddString(s)
			kinds = append(kinds, k)
		}
	}
	add(cueStems, hitCue)
	// Every strike word of the rule tables, by its first word.
	seen := map[string]bool{}
	for _, s := range cueStems {
		seen[s] = true
	}
	first := func(p string) string {
		if i := strings.IndexByte(p, ' '); i > 0 {
			p = p[:i]
		}
		if len(p) > 6 {
			p = p[:6]
		}
		return p
	}
	var more []string
	for _, v := range attackVerbs {
		more = append(more, first(v.Phrase))
	}
	for _, v := range attackNouns {
		more = append(more, first(v.Phrase))
	}
	for _, v := range slices.Concat(linkVerbs, enablingPhrases) {
		more = append(more, first(v))
	}
	for _, v := range speechVerbs {
		if v.Stance != "asserts" {
			more = append(more, first(v.Phrase))
		}
	}
	for _, v := range more {
		if !seen[v] && len(v) >= 3 {
			seen[v] = true
			b.AddString(v)
			kinds = append(kinds, hitCue)
		}
	}
	add(denyStems, hitDeny)
	add(dateStems, hitDate)
	add(headerStems, hitHeader)
	add(speechStems, hitSpeech)
	add(releaseStems, hitRelease)
	add(gazetteer.FrameKeys(), hitFrame)
	// Every word findRevision starts from, so that reviseTolls reads only
	// the sentences that hold one instead of passing over every sentence.
	add(revisionVerbList, hitRevision)
	add(correctWordList, hitRevision)
	add([]string{"not"}, hitRevision)
	add([]string{"version", "first published", "originally published", "initially published"}, hitVersion)
	// Every group name namesActor looks for, so that it reads the hits
	// instead of searching the whole text for each.
	for _, actor := range slices.Sorted(maps.Keys(groupNames)) {
		add(groupNames[actor], hitGroup)
	}
	iso := make([]string, len(kinds))
	for _, c := range countries {
		b.AddString(c.Phrase)
		kinds = append(kinds, hitCountry)
		iso = append(iso, c.ISO)
	}
	return kinds, iso
}

type hit struct {
	pos     int
	kind    uint16
	pattern int
}

// scan returns the prefilter hits of text, by start and then length (callers
// use them as a set). Every stem
// starts a word, so the trie is walked from each word start only (a
// position after a byte that is no ASCII letter or digit), reading ASCII
// letters case-folded and newlines and tabs as spaces.
func (p *prefilter) scan(text string, hits []hit) []hit {
	t := p.trie
	for i := 0; i < len(text); {
		// i starts a word: walk the trie from it.
		s := uint32(0)
		for j := i; j < len(text); j++ {
			v := t.next[s+uint32(t.class[text[j]])]
			if v == 0 {
				break
			}
			s = v >> 1
			if v&1 == 0 {
				continue
			}
			pat := t.pattern[s/uint32(t.width)]
			k := p.kinds[pat]
			if k == hitCountry && j+1 < len(text) && isASCIIAlnum(text[j+1]) {
				continue // whole word only (with plural and demonym forms listed apart)
			}
			hits = append(hits, hit{pos: i, kind: k, pattern: int(pat)})
		}
		// The next word start: past the rest of a word, or the next byte.
		if t.alnum[text[i]] {
			i++
			for i < len(text) && t.alnum[text[i]] {
				i++
			}
		}
		i++
	}
	return hits
}

// isASCIIAlnum: an ASCII letter or digit.
func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// stemTrie is a plain trie over the bytes of the stems, with a dense
// transition table over the byte classes the stems use (a few dozen), so
// that a walk from a word start is one table look-up per byte and dies at
// the first byte no stem continues with. State 0 is the root and, as a
// target, the dead state (no edge leads back to the root).
type stemTrie struct {
	class [256]uint8 // byte -> class; 0 = in no stem
	alnum [256]bool  // ASCII letters and digits: bytes inside a word
	width int        // classes + 1
	// next maps state*width + class to the next state's offset (state*width)
	// shifted left by one, with the low bit set when a pattern ends there;
	// 0 = none. One look-up per byte, and no second table unless a stem ends.
	next    []uint32
	pattern []int32 // pattern index ending at the state, -1 = none

	stems []string // while building
}

func newStemTrie() *stemTrie { return &stemTrie{} }

// AddString adds a stem (lower case: upper-case stems never match). The
// pattern index is the number of stems added before; a stem added twice
// keeps its last index.
func (t *stemTrie) AddString(s string) { t.stems = append(t.stems, s) }

// Build makes the tables of the stems added.
func (t *stemTrie) Build() *stemTrie {
	var classOf [256]uint8
	n := 0
	for _, s := range t.stems {
		for k := 0; k < len(s); k++ {
			if classOf[s[k]] == 0 {
				n++
				classOf[s[k]] = uint8(n)
			}
		}
	}
	t.width = n + 1
	// Text bytes that read as stem bytes: upper-case letters as lower case,
	// newline, tab and carriage return as space.
	t.class = classOf
	for c := 'A'; c <= 'Z'; c++ {
		t.class[c] = classOf[c+'a'-'A']
	}
	for _, c := range []byte{'\n', '\t', '\r'} {
		t.class[c] = classOf[' ']
	}
	// (An upper-case or newline byte of a stem keeps a class no text byte
	// has: such a stem never matches, as in lower-cased text.)
	for c := 0; c < 256; c++ {
		t.alnum[c] = isASCIIAlnum(byte(c))
	}
	next := make([]int32, t.width) // by state, as built
	t.pattern = []int32{-1}
	for idx, s := range t.stems {
		st := int32(0)
		for k := 0; k < len(s); k++ {
			c := int(classOf[s[k]])
			nx := next[int(st)*t.width+c]
			if nx == 0 {
				nx = int32(len(t.pattern))
				t.pattern = append(t.pattern, -1)
				next = append(next, make([]int32, t.width)...)
				next[int(st)*t.width+c] = nx
			}
			st = nx
		}
		if st != 0 {
			t.pattern[st] = int32(idx)
		}
	}
	t.next = make([]uint32, len(next))
	for k, nx := range next {
		if nx != 0 {
			v := uint32(nx) * uint32(t.width) << 1
			if t.pattern[nx] >= 0 {
				v |= 1
			}
			t.next[k] = v
		}
	}
	t.stems = nil
	return t
}
