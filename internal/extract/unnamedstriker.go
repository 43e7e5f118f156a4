package extract

// hedgeAdverbs put a strike on an agent only as others tell it: "strikes
// allegedly carried out by the air force" asserts nobody's part.
var hedgeAdverbs = words("allegedly", "purportedly", "supposedly")

// hedgedAgent reports a strike verb hedged before its "by" agent in
// [from, to): "raids allegedly conducted by Russian jets". The speaker
// passes the charge on; it neither makes it nor tells of its own strike.
func hedgedAgent(toks []token, ms []match, cov []int, from, to int) bool {
	for t := from; t+2 < to; t++ {
		if !hedgeAdverbs.has(toks[t].Norm) || cov[t+1] == 0 {
			continue
		}
		m := ms[cov[t+1]-1]
		if m.E.Flags&fAttackVerb != 0 && m.To < to && toks[m.To].Norm == "by" {
			return true
		}
	}
	return false
}

// memberSubject reports a clause whose subject is armed men it names by no
// actor ("militants of armed groups carried out 21 shellings", "the
// terrorists detonated a device"): the strike is theirs, not the speaker's
// side's own.
func memberSubject(toks []token, ms []match, cov []int, cl clause) bool {
	j := frontedPhraseEnd(toks, ms, cov, subjectStart(toks, cl), cl.to)
	for j < cl.to && j < cl.from+8 && !mentionAt(ms, cov, j) && (toks[j].Norm == "the" || toks[j].Norm == "a" || epithets.has(toks[j].Norm)) {
		j++
	}
	if j >= cl.to || mentionAt(ms, cov, j) || !groupMemberNouns.has(toks[j].Norm) || toks[j].Norm == "members" {
		return false
	}
	found, neg := subjectOf(toks, ms, postmodifierEnd(toks, ms, cov, j+1, cl.to), cl.to)
	return found && !neg
}

// postmodifierEnd steps over an "of" phrase after a subject noun at j
// ("militants of terrorist groups operating in the zone carried out") to
// the clause's first strike verb, when no punctuation or actor stands
// between; else it returns j.
func postmodifierEnd(toks []token, ms []match, cov []int, j, to int) int {
	if j >= to || toks[j].Norm != "of" {
		return j
	}
	for q := j + 1; q < to && q < j+14; q++ {
		if n := toks[q].Norm; n == "," || n == ";" || n == "." || n == ":" {
			return j
		}
		if cov[q] == 0 {
			continue
		}
		if m := ms[cov[q]-1]; m.From != q {
			continue
		} else if m.E.Flags&fAttackVerb != 0 {
			return q
		}
		if mentionAt(ms, cov, q) {
			return j
		}
	}
	return j
}

// mentionAt: a mention of an actor or a voice covers token j (not a
// noun that names one only in context, "militants").
func mentionAt(ms []match, cov []int, j int) bool {
	return cov[j] != 0 && ms[cov[j]-1].E.Flags&fMention != 0 && !ms[cov[j]-1].E.Mention.NamedOnly
}

// frontedPhraseEnd steps over a short phrase set before the subject with a
// comma ("Over the past day, militants ..."), when it names no actor.
func frontedPhraseEnd(toks []token, ms []match, cov []int, j, to int) int {
	for q := j; q < to && q < j+6; q++ {
		if mentionAt(ms, cov, q) {
			return j
		}
		if toks[q].Norm == "," {
			return q + 1
		}
	}
	return j
}
