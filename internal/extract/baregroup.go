package extract

import "strings"

// A bare "militants" names nobody: in a report about Islamic State it is
// the group's fighters ("militants stormed the checkpoint" after "Islamic
// State claimed the attack"), but in a report that never names the group
// ("militants fired mortar rounds at the air base") the attackers are
// unknown, and the report's own silence is the reader's only evidence.

// groupNames are the words a report names each actor of a NamedOnly row
// by, lower case (two letters at least), matched as whole words.
var groupNames = map[string][]string{
	"isis": {"islamic state", "isis", "isil", "daesh", "is militants", "is fighters", "is group"},
}

// groupInitialisms are upper-case forms only whole words in the report's
// own case may match ("IS claimed", not "it is").
var groupInitialisms = map[string][]string{
	"isis": {"IS"},
}

// bareGroupActor returns the entry of a NamedOnly row as the document
// reads it: unchanged where the report names its actor, else a copy whose
// actor is unknown.
func (st *docState) bareGroupActor(e *lexEntry) *lexEntry {
	if r, ok := st.bareCache[e]; ok {
		return r
	}
	r := e
	if !st.namesActor(e.Mention.Actor) {
		c := *e
		c.Mention.Actor = "unknown"
		r = &c
	}
	if st.bareCache == nil {
		st.bareCache = map[*lexEntry]*lexEntry{}
	}
	st.bareCache[e] = r
	return r
}

// namesActor reports whether the document names actor by one of its
// groupNames or groupInitialisms. The names are prefilter stems
// (hitGroup), found at every word start after a byte that is no letter or
// digit; only a name right after a digit ("2isis") is looked for apart.
// (A search of the whole text for the names' openings cost 27K
// instructions a call, over every "is" of "this" and "his".)
func (st *docState) namesActor(actor string) bool {
	lower := st.lowerText()
	names := groupNames[actor]
	for _, h := range st.hits {
		if h.kind == hitGroup && namedAt(lower, h.pos, names) {
			return true // (the prefilter reads newlines as spaces: namedAt checks the text as it is)
		}
	}
	if namedAfterDigit(lower, names) {
		return true
	}
	for _, w := range groupInitialisms[actor] {
		if containsWord(st.text, w) {
			return true
		}
	}
	return false
}

// namedAt reports one of names as a whole word at lower[i:].
func namedAt(lower string, i int, names []string) bool {
	if i >= len(lower) {
		return false
	}
	for _, m := range names {
		if lower[i] == m[0] && wordAt(lower, i, m) {
			return true
		}
	}
	return false
}

// namedAfterDigit reports one of names right after a digit ("2isis"),
// where the prefilter starts no word.
func namedAfterDigit(lower string, names []string) bool {
	for from := 0; ; {
		i := strings.IndexAny(lower[from:], "0123456789")
		if i < 0 {
			return false
		}
		from += i + 1
		if namedAt(lower, from, names) {
			return true
		}
	}
}

// wordAt reports w at s[i:] standing between non-letters.
func wordAt(s string, i int, w string) bool {
	return strings.HasPrefix(s[i:], w) && !letterAt(s, i-1) && !letterAt(s, i+len(w))
}

// containsWord reports whether w occurs in s between non-letters ("IS",
// not the "IS" of "ISIS").
func containsWord(s, w string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		if wordAt(s, i, w) {
			return true
		}
		from = i + 1
	}
}

// letterAt reports an ASCII letter at s[i] (false outside s).
func letterAt(s string, i int) bool {
	return i >= 0 && i < len(s) && isASCIILetter(s[i])
}

// bareUnknownOnly reports a sentence whose only unknown attacker is a
// NamedOnly row read as unknown ("militants fired mortar rounds"): the
// source called the attackers militants, not unidentified, so its claim
// does not speak for "no group has claimed it" that the reporter adds.
func bareUnknownOnly(ms []match) bool {
	bare := false
	for _, m := range ms {
		if m.E.Mention.Actor != "unknown" {
			continue
		}
		if !m.E.Mention.NamedOnly {
			return false
		}
		bare = true
	}
	return bare
}
