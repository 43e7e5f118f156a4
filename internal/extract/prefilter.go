package extract

import (
	"strings"

	ahocorasick "github.com/BobuSumisu/aho-corasick"
)

// Prefilter stems, matched at the start of a word anywhere in the lower-cased
// text in one Aho-Corasick pass. A sentence without any is not analysed
// further (most sentences of a report).
var (
	// cueStems mark an attack or a statement about one.
	cueStems = []string{
		"strik", "struck", "airstrik", "air strik", "air-strik", "raid", "bomb", "attack",
		"shell", "destroy", "kill", "target", "hit", "fire", "firing", "missile",
		"knocked out", "wiped out", "engage", "conduct", "carried out", "carry out",
		"carrying out", "launch", "took part", "taken part", "take part", "taking part",
		"particip", "behind", "involved", "burn", "massacre", "assault", "ambush",
		"downed", "responsib", "execut", "air rad", "planned", "operation", "drone", "blame", "accuse", "martyr",
	}
	// denyStems mark a denial, retraction or dispute.
	denyStems = []string{
		"deni", "deny", "recant", "retract", "withdr", "mislead", "false", "untrue",
		"disput", "reject", "dismiss", "refut", "question",
	}
	// dateStems make a sentence worth a date look-up.
	dateStems = []string{
		"jan", "feb", "march", "mar.", "apr", "may ", "june", "jun.", "july", "jul.", "aug",
		"sep", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday", "yesterday", "today", "tonight", "night",
		"next day", "following day", "days", "morning", "evening", "afternoon", "this week",
	}
	// headerStems mark social-media headers and release datelines.
	headerStems = []string{"verified account", "southwest asia", "macdill air force base"}
	// releaseStems mark coalition strike-release lines, the only text the
	// release parser reads.
	releaseStems = []string{"engagement", "military forces conducted", "strikes struck", "strike struck", "tactical unit", "strike consisting", "strikes consisting", "no reported strikes", "strikes conducted", "strike conducted"}
	// speechStems introduce speakers ("Col. Joseph Scrocca, a spokesman for the coalition, said").
	speechStems = []string{"said", "says", "told", "spokes", "according to", "added", "announc", "stated"}
)

const (
	hitCue uint8 = 1 << iota
	hitDeny
	hitDate
	hitHeader
	hitCountry
	hitSpeech
	hitRelease
)

type prefilter struct {
	trie  *ahocorasick.Trie
	kinds []uint8  // by pattern index
	iso   []string // by pattern index, for country patterns
}

func buildPrefilter() *prefilter {
	b := ahocorasick.NewTrieBuilder()
	var kinds []uint8
	add := func(list []string, k uint8) {
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
	for _, v := range linkVerbs {
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
	iso := make([]string, len(kinds))
	for _, c := range countries {
		b.AddString(c.Phrase)
		kinds = append(kinds, hitCountry)
		iso = append(iso, c.ISO)
	}
	return &prefilter{trie: b.Build(), kinds: kinds, iso: iso}
}

type hit struct {
	pos     int
	kind    uint8
	pattern int
}

// scan returns the prefilter hits of text (lower-cased into buf), in order.
func (p *prefilter) scan(text string, buf []byte, hits []hit) ([]byte, []hit) {
	buf = append(buf[:0], text...)
	for i, c := range buf {
		if c >= 'A' && c <= 'Z' {
			buf[i] = c + 32
		} else if c == '\n' || c == '\t' || c == '\r' {
			buf[i] = ' '
		}
	}
	p.trie.Walk(buf, func(end, n, pattern int64) bool {
		start := int(end - n + 1)
		if start > 0 {
			c := buf[start-1]
			if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
				return true
			}
		}
		k := p.kinds[pattern]
		if k == hitCountry && int(end)+1 < len(buf) {
			// whole word only (with plural and demonym forms listed apart)
			c := buf[end+1]
			if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
				return true
			}
		}
		hits = append(hits, hit{pos: start, kind: k, pattern: int(pattern)})
		return true
	})
	return buf, hits
}
